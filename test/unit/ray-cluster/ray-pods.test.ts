import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as renderCommand } from '../../../scripts/commands/render.ts';
import { parseQuantity } from '../../../scripts/lib/footprint.ts';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { helmYaml } from '../../../scripts/lib/helm/values-yaml.ts';
import { render, type RenderOptions, tryRender } from '../../../scripts/lib/helm/render.ts';
import { type Manifest, ofKind } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { chartDefaults } from '../../../scripts/lib/schema/values.ts';
import { run } from '../../../scripts/lib/tools/index.ts';

const chart = 'charts/ray-cluster';
const ciFile = (name: string) => join(repoRoot, chart, 'ci', `${name}-values.yaml`);
const profile = (name: string) => join(repoRoot, 'values', `${name}.yaml`);
const apiVersions = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const scratch = mkdtempSync(join(tmpdir(), 'mlp-ray-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every Ray pod group of the RayClusters and RayServices in a render: the head and each worker group. */
function rayGroups(docs: Manifest[]): { name: string; group: any }[] {
  return [...ofKind(docs, 'RayCluster').map((c: any) => c.spec), ...ofKind(docs, 'RayService').map((s: any) => s.spec.rayClusterConfig)].flatMap((spec: any) => [
    { name: 'head', group: spec.headGroupSpec },
    ...spec.workerGroupSpecs.map((g: any) => ({ name: g.groupName, group: g })),
  ]);
}

describe('object store: every Ray pod of every profile keeps it in /dev/shm', async () => {
  // Ray 2.57 (_private/services.py): the store goes to /tmp unless /dev/shm has object-store-memory bytes
  // free; it refuses stores under 75 MiB. The chart's share of the memory limit is Ray's own default (30 %).
  const percent = (chartDefaults('ray-cluster').objectStore as { memoryPercent: number }).memoryPercent;
  const renders: { name: string; chart: string; opts: RenderOptions }[] = [
    { name: 'ray-cluster defaults', chart, opts: {} },
    ...['default', 'gpu', 'mtls'].map((f) => ({ name: `ray-cluster ci/${f}`, chart, opts: { values: [ciFile(f)], apiVersions } })),
    { name: 'ray-cluster RayService', chart, opts: { valuesObject: { rayService: { enabled: true, serveConfigV2: { applications: [{ name: 'echo', import_path: 'echo:app' }] } } } } },
    ...[['dev'], ['prod'], ['gpu'], ['prod', 'gpu']].map((p) => ({ name: `ml-platform ${p.join(' + ')}`, chart: 'charts/ml-platform', opts: { values: p.map(profile), apiVersions } })),
  ];
  const groups = (
    await Promise.all(renders.map(async (r) => rayGroups(await render(r.chart, r.opts)).map((g) => ({ ...g, render: r.name }))))
  ).flat();

  it('covers the head and every worker group, GPU groups included', () => {
    expect(new Set(groups.map((g) => g.render)).size).toBe(renders.length);
    expect(groups.filter((g) => g.name === 'gpu').map((g) => g.render)).toEqual(['ray-cluster ci/gpu', 'ml-platform gpu', 'ml-platform prod + gpu']);
    expect(groups.filter((g) => g.name === 'head').length).toBe(renders.length);
  });

  it('sizes object-store-memory from the memory limit and /dev/shm above it', () => {
    for (const { render: where, name, group } of groups) {
      const label = `${where}: ${name}`;
      const container = group.template.spec.containers[0];
      const limit = parseQuantity(container.resources.limits.memory);
      const store = Number(group.rayStartParams['object-store-memory']);
      const shm = group.template.spec.volumes.find((v: any) => container.volumeMounts.some((m: any) => m.mountPath === '/dev/shm' && m.name === v.name));
      expect(store, label).toBe(Math.floor((limit * percent) / 100));
      expect(shm?.emptyDir?.medium, label).toBe('Memory');
      expect(parseQuantity(shm.emptyDir.sizeLimit), label).toBeGreaterThanOrEqual(store);
      expect(parseQuantity(shm.emptyDir.sizeLimit), label).toBeLessThan(limit);
      expect(store, label).toBeGreaterThanOrEqual(75 * 2 ** 20);
    }
  });

  it('takes a group rayStartParams object-store-memory (any quantity) as the store, in bytes, and sizes /dev/shm from it', async () => {
    const docs = await render(chart, { valuesObject: { workers: [{ name: 'cpu', maxReplicas: 2, rayStartParams: { 'object-store-memory': '3Gi' } }] } });
    const g = rayGroups(docs).find((x) => x.name === 'cpu')!.group;
    expect(g.rayStartParams['object-store-memory']).toBe(String(3 * 2 ** 30));
    const shm = g.template.spec.volumes.find((v: any) => v.name === 'dshm');
    expect(parseQuantity(shm.emptyDir.sizeLimit)).toBeGreaterThanOrEqual(3 * 2 ** 30);
  });

  it.each([3, 4] as const)('refuses a memory limit too small for Ray\'s minimum store, naming it (helm %i)', async (helm) => {
    const r = await tryRender(chart, { valuesObject: { workers: [{ name: 'tiny', maxReplicas: 1, resources: { requests: { memory: '128Mi' }, limits: { memory: '200Mi' } } }] }, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(errorValuePaths(r.error.stderr)).toContain('workers[0].resources.limits.memory');
      expect(r.error.stderr).toMatch(/below Ray's minimum .*Fix: raise the memory limit to at least \d+Mi/);
    }
  });
});

describe('worker groups from a user list keep the default requests and limits', () => {
  const partial = { workers: [{ name: 'big', minReplicas: 0, maxReplicas: 3, resources: { limits: { memory: '16Gi' } } }] };

  it('merges a partial group over workerDefaults.resources, key by key', async () => {
    const docs = await render(chart, { valuesObject: partial });
    const defaults = (chartDefaults('ray-cluster').workerDefaults as any).resources;
    const container = rayGroups(docs).find((g) => g.name === 'big')!.group.template.spec.containers[0];
    expect(container.resources).toEqual({ requests: defaults.requests, limits: { ...defaults.limits, memory: '16Gi' } });
  });

  it('passes `mlp render --check` (every policy)', async () => {
    const file = join(scratch, 'partial-worker.yaml');
    writeFileSync(file, helmYaml(partial));
    expect(await renderCommand([chart, '-f', file, '--check'])).toBe(0);
  });

  it.each([3, 4] as const)('refuses a group whose memory limit ends up below its (default) request, naming it (helm %i)', async (helm) => {
    const r = await tryRender(chart, { valuesObject: { workers: [{ name: 'small', maxReplicas: 1, resources: { limits: { memory: '4Gi' } } }] }, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toContain('workers[0].resources.limits.memory');
  });
});

describe('dual-stack pods under the mesh: Ray advertises one DNS name built from the pod IP', async () => {
  const docs = await render(chart, { values: [ciFile('mtls')], apiVersions, namespace: 'ml' });
  const groups = rayGroups(docs);
  const dnsName = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

  it('gives every Ray container the pod IP from the downward API', () => {
    for (const { group } of groups) {
      expect(group.template.spec.containers[0].env).toContainEqual({ name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
    }
  });

  // The primary pod IP of a dual-stack pod is either family (`hostname -I` prints both: "10.244.0.50 fd00:10:244::50").
  it.each([
    ['10.244.0.50', '10-244-0-50'],
    ['fd00:10:244::50', 'fd00-10-244--50'],
  ])('turns pod IP %s into the endpoint name cluster DNS gives it (%s) under the headless Service', async (ip, label) => {
    for (const { name, group } of groups) {
      const expression = group.rayStartParams['node-ip-address'];
      const r = await run('sh', ['-c', `printf %s ${expression}`], { env: { POD_IP: ip } });
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toBe(`${label}.test-ray-cluster-headless.ml.svc.cluster.local`);
      expect(r.stdout, name).toMatch(dnsName);
    }
  });
});

describe('Ray Serve transports that open random ports are refused under STRICT mTLS', () => {
  const mtls = { values: [ciFile('mtls')], apiVersions };
  const grpc = [{ name: 'RAY_SERVE_USE_GRPC_BY_DEFAULT', value: '1' }];
  const cases: [string, unknown][] = [
    ['extraEnv[0]', { extraEnv: grpc }],
    ['head.env[0]', { head: { env: [{ name: 'RAY_SERVE_ENABLE_DIRECT_INGRESS', value: 'true' }] } }],
    ['head.env[1]', { head: { env: [{ name: 'RAY_LOG_TO_STDERR', value: '1' }, { name: 'RAY_SERVE_ENABLE_HA_PROXY', value: '1' }] } }],
    ['workers[0].env[0]', { workers: [{ name: 'cpu', maxReplicas: 2, env: [{ name: 'RAY_SERVE_THROUGHPUT_OPTIMIZED', value: '1' }] }] }],
    [
      'rayService.serveConfigV2.applications[0].runtime_env.env_vars.RAY_SERVE_PROXY_USE_GRPC',
      { rayService: { enabled: true, serveConfigV2: { applications: [{ name: 'echo', import_path: 'echo:app', runtime_env: { env_vars: { RAY_SERVE_PROXY_USE_GRPC: '1' } } }] } } },
    ],
  ];

  it.each(cases.flatMap(([path, values]) => ([3, 4] as const).map((helm) => [path, helm, values] as const)))('%s (helm %i)', async (path, helm, valuesObject) => {
    const r = await tryRender(chart, { ...mtls, valuesObject, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(errorValuePaths(r.error.stderr)).toContain(path);
      expect(r.error.stderr).toContain('STRICT mTLS refuses them. Fix:');
    }
  });

  it('renders them without the mesh, under PERMISSIVE, and when switched off ("0")', async () => {
    for (const opts of [
      { valuesObject: { extraEnv: grpc } },
      { ...mtls, valuesObject: { extraEnv: grpc, mesh: { mtlsMode: 'PERMISSIVE' } } },
      { ...mtls, valuesObject: { extraEnv: [{ name: 'RAY_SERVE_USE_GRPC_BY_DEFAULT', value: '0' }] } },
    ]) {
      expect((await tryRender(chart, opts)).ok).toBe(true);
    }
  });
});
