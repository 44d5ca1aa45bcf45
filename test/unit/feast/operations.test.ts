import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../../scripts/lib/helm/render.ts';
import { at, find, get, type Manifest, ofKind } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { check, formatFindings } from '../../../scripts/lib/policies/index.ts';
import { run } from '../../../scripts/lib/tools/index.ts';
import { platformContext } from '../../support/matchers.ts';
import { chartValues } from '../../support/values.ts';

/** Feast's operations around the server: materialization, hooks and tests under default-deny, the mesh, routes. */
const chart = 'charts/feast';
const ciFile = (name: string) => join(repoRoot, chart, 'ci', `${name}-values.yaml`);
const istio = ['security.istio.io/v1'];
const shared = chartValues<'feast'>({ registry: { type: 'sql' }, onlineStore: { type: 'redis' }, redis: { host: 'redis' }, postgresql: { host: 'pg', existingSecret: 'feast-pg' } });
const podSpec = (m: Manifest) => at(m, 'spec.jobTemplate.spec.template.spec') as any;
const envOf = (c: any) => Object.fromEntries((c.env ?? []).map((e: any) => [e.name, e.value ?? 'secret']));

describe('materialization CronJob (materialize.enabled)', async () => {
  const [off, on, meshOn] = await Promise.all([
    render(chart, { valuesObject: shared }),
    render(chart, { valuesObject: { ...shared, materialize: { enabled: true, schedule: '*/30 * * * *', views: ['driver_hourly_stats'] } } }),
    render(chart, { valuesObject: { ...shared, materialize: { enabled: true } }, apiVersions: istio }),
  ]);

  it('is off by default', () => {
    expect(find(off, 'CronJob')).toBeUndefined();
  });

  it('runs feast materialize-incremental on the schedule with the server image, config and store credentials, never two at once', () => {
    const cron = get(on, 'CronJob', 'test-feast-materialize');
    expect(at(cron, 'spec.schedule')).toBe('*/30 * * * *');
    expect(at(cron, 'spec.concurrencyPolicy')).toBe('Forbid');
    const c = podSpec(cron).containers[0];
    expect(c.image).toBe('quay.io/feastdev/feature-server:0.66.0');
    expect(c.command).toEqual(['python', '-c']);
    expect(c.args[0]).toBe(readFileSync(join(repoRoot, chart, 'files', 'materialize.py'), 'utf8'));
    expect(envOf(c)).toMatchObject({ FEAST_MATERIALIZE_VIEWS: '["driver_hourly_stats"]', FEAST_POSTGRES_PASSWORD: 'secret' });
    expect(c.volumeMounts.map((m: any) => m.mountPath)).toEqual(['/etc/feast', '/tmp']);
    expect(podSpec(cron).restartPolicy).toBe('Never');
  });

  it('is restricted, resourced, and isolated by its own default-deny policy (egress to DNS and the stores)', () => {
    const findings = check(on, platformContext({ networkPolicy: { required: true } }), { only: ['restricted', 'resources', 'isolation', 'labels', 'secrets'] });
    expect(findings, formatFindings(findings)).toEqual([]);
    const np = get(on, 'NetworkPolicy', 'test-feast-materialize') as any;
    expect(np.spec.podSelector.matchLabels['app.kubernetes.io/component']).toBe('materialize');
    expect(np.spec.ingress).toEqual([]);
    expect(np.spec.egress.map((r: any) => r.ports.map((p: any) => p.port))).toEqual([[53, 53], [6379], [5432]]);
  });

  it('under the mesh, waits for the sidecar and stops it when done (else the Job never completes)', () => {
    const cron = get(meshOn, 'CronJob');
    expect(at(cron, 'spec.jobTemplate.spec.template.metadata.annotations')).toMatchObject({ 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}' });
    expect(envOf(podSpec(cron).containers[0]).STOP_ISTIO_SIDECAR).toBe('true');
  });

  it.each([3, 4] as const)('is refused with a pod-local registry, naming the value (Helm %i)', async (helm) => {
    const r = await tryRender(chart, { helm, valuesObject: { materialize: { enabled: true } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(errorValuePaths(r.error.stderr)).toEqual(['materialize.enabled']);
      expect(r.error.stderr).toMatch(/Fix: set persistence.enabled=true or registry.type=sql/);
    }
  });

  describe('its script (files/materialize.py), run by Python against a stand-in feast CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlp-materialize-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const feast = join(dir, 'feast');
    writeFileSync(feast, `#!/bin/sh\necho "$@" > "${dir}/args"\nexit "\${FAKE_EXIT:-0}"\n`);
    chmodSync(feast, 0o755);
    const script = readFileSync(join(repoRoot, chart, 'files', 'materialize.py'), 'utf8');
    const runScript = (env: Record<string, string>) => run('python', ['-c', script], { env: { PATH: `${dir}:${process.env.PATH}`, ...env } });

    it('passes each view and an ISO-8601 UTC end time, and exits with feast\'s code', async () => {
      const ok = await runScript({ FEAST_MATERIALIZE_VIEWS: '["a","b"]' });
      expect(ok.code).toBe(0);
      expect(readFileSync(join(dir, 'args'), 'utf8').trim()).toMatch(/^--chdir \/etc\/feast materialize-incremental --views a --views b \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
      const failed = await runScript({ FEAST_MATERIALIZE_VIEWS: '[]', FAKE_EXIT: '3' });
      expect(failed.code).toBe(3);
      expect(readFileSync(join(dir, 'args'), 'utf8').trim()).toMatch(/^--chdir \/etc\/feast materialize-incremental \S+$/);
    });

    it('ends the run no earlier than its start, to the microsecond: rows stamped just before the Job, in the same second, are materialized', async () => {
      // Feast's CLI reads the end with datetime.fromisoformat; Python compares it to a time taken before the run.
      const before = await run('python', ['-c', 'import datetime; print(datetime.datetime.now(datetime.timezone.utc).isoformat())']);
      expect((await runScript({})).code).toBe(0);
      const end = readFileSync(join(dir, 'args'), 'utf8').trim().split(' ').at(-1)!;
      const compared = await run('python', ['-c', `import datetime, sys; print(datetime.datetime.fromisoformat(sys.argv[2]) >= datetime.datetime.fromisoformat(sys.argv[1]))`, before.stdout.trim(), end]);
      expect(compared.stdout.trim(), `end ${end}, a row stamped ${before.stdout.trim()}`).toBe('True');
    });
  });
});

describe('default-deny covers every pod: hooks and the helm test pod', async () => {
  const docs = await render(chart, { values: [ciFile('redis-postgres')] });

  it('isolates the feast apply Job, the DB-init Job and the test pod, each with its own egress only', () => {
    const egressPorts = (name: string) => (get(docs, 'NetworkPolicy', name).spec as any).egress.map((r: any) => r.ports.map((p: any) => p.port));
    // The mesh is on in this scenario: each also reaches istiod (15012).
    expect(egressPorts('test-feast-apply')).toEqual([[53, 53], [6379], [5432], [15012]]);
    expect(egressPorts('test-feast-db-init')).toEqual([[53, 53], [5432], [15012]]);
    expect(egressPorts('test-feast-test')).toEqual([[53, 53], ['http'], [15012]]);
    const findings = check(docs, platformContext({ networkPolicy: { required: true } }), { only: ['isolation', 'flows'] });
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it('the DB-init policy is a pre-install/pre-upgrade hook lighter than the Job, so it exists when the Job runs', () => {
    const np = get(docs, 'NetworkPolicy', 'test-feast-db-init');
    const job = get(docs, 'Job', 'test-feast-db-init');
    expect(np.metadata.annotations?.['helm.sh/hook']).toBe(job.metadata.annotations?.['helm.sh/hook']);
    expect(Number(np.metadata.annotations?.['helm.sh/hook-weight'])).toBeLessThan(Number(job.metadata.annotations?.['helm.sh/hook-weight']));
  });

  it('without those policies the isolation policy reports the pods (so it cannot regress)', () => {
    const without = docs.filter((d) => !(d.kind === 'NetworkPolicy' && ['test-feast-apply', 'test-feast-db-init', 'test-feast-test'].includes(d.metadata.name)));
    const objects = new Set(check(without, platformContext(), { only: ['isolation'] }).map((f) => f.object));
    expect(objects).toEqual(new Set(['Job/test-feast-apply', 'Job/test-feast-db-init', 'Pod/test-feast-test']));
  });
});

describe('mesh egress: every Feast pod reaches istiod when the mesh is on', async () => {
  const istiod = (docs: Manifest[]) =>
    ofKind(docs, 'NetworkPolicy').map((np) => [np.metadata.name, ((np.spec as any).egress as any[]).filter((r) => r.ports?.some((p: any) => p.port === 15012)).map((r) => r.to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name'])]);
  const [meshOn, meshOff, globalNs, chartNs] = await Promise.all([
    render(chart, { values: [ciFile('redis-postgres')] }),
    render(chart, { values: [ciFile('redis-postgres')], valuesObject: { mesh: { enabled: false } } }),
    render(chart, { values: [ciFile('redis-postgres')], valuesObject: { global: { mesh: { istiodNamespace: 'istio-control' } } } }),
    render(chart, { values: [ciFile('redis-postgres')], valuesObject: { mesh: { istiodNamespace: 'mesh' }, global: { mesh: { istiodNamespace: 'istio-control' } } } }),
  ]);

  it('on port 15012 in istio-system, from every policy of the chart', () => {
    const rules = istiod(meshOn);
    expect(rules.length).toBe(8);
    for (const [name, namespaces] of rules) expect(namespaces, String(name)).toEqual(['istio-system']);
  });

  it('not when the mesh is off; global.mesh.istiodNamespace moves it, the chart value wins', () => {
    for (const [, namespaces] of istiod(meshOff)) expect(namespaces).toEqual([]);
    for (const [, namespaces] of istiod(globalNs)) expect(namespaces).toEqual(['istio-control']);
    for (const [, namespaces] of istiod(chartNs)) expect(namespaces).toEqual(['mesh']);
  });
});

describe("Ingress through Kong strips Feast's path prefix", async () => {
  const ingress = (values: object) => render(chart, { valuesObject: { ingress: { enabled: true, hosts: [{ host: 'ml.example.com' }], ...values } } }).then((d) => get(d, 'Ingress').metadata.annotations ?? {});

  it('sets konghq.com/strip-path for className kong (as for Ray Serve), keeps a value the user set, adds nothing for other classes', async () => {
    expect(await ingress({ className: 'kong' })).toEqual({ 'konghq.com/strip-path': 'true' });
    expect(await ingress({ className: 'kong', annotations: { 'konghq.com/strip-path': 'false', a: 'b' } })).toEqual({ 'konghq.com/strip-path': 'false', a: 'b' });
    expect(await ingress({ className: 'nginx' })).toEqual({});
  });
});
