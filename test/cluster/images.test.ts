import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileFile, umbrellaChart } from '../../scripts/lib/cluster/scenarios.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import { buildImages } from '../../scripts/lib/images/build.ts';
import { type PlannedImage, planImages, recipeFor } from '../../scripts/lib/images/plan.ts';
import { normalizeReference } from '../../scripts/lib/images/reference.ts';
import { type Manifest, get, podTemplates } from '../../scripts/lib/manifests/index.ts';
import type { PodSpec } from '../../scripts/lib/manifests/pod-templates.ts';
import { tools } from '../../scripts/lib/tools/catalog.ts';
import { runOrThrow, startDetached } from '../../scripts/lib/tools/index.ts';
import { importImage } from '../../scripts/lib/images/oci.ts';
import { kuberayStartCommand } from './support/kuberay-command.ts';
import { type ContainerHandle, type PodContext, RuncPod, type UnpackedImage, assertPortsFree, eventually, imageEnv, log, reapStaleContainers, unpackImage } from './support/runc-pod.ts';

/**
 * Stand-in images (scripts/lib/images): the set is derived from the rendered charts; each image's
 * program is at the chart's pin; its config honours the upstream image's contract; and each
 * component's RENDERED container command runs under runc with the chart's uid, read-only root and
 * volumes, host network, and answers on its health endpoint. Needs the images (built here, cached)
 * and root (runc), not the cluster.
 */
const plan = await planImages();
const byName = (name: string) => plan.images.find((i) => i.name === name);

describe('the image set is derived from what the charts render', () => {
  it('every image a chart default or umbrella profile renders has a stand-in recipe', () => {
    expect([...plan.unmatched.entries()].map(([ref, where]) => `${ref} used by ${where[0]}`)).toEqual([]);
    expect(plan.images.filter((i) => i.usedBy.length > 0).length).toBeGreaterThan(0);
  });

  it('a reference no recipe stands in for is not matched (a chart adding one fails the test above)', () => {
    expect(recipeFor('docker.io/library/nginx:1.27.0')).toBeUndefined();
    expect(recipeFor('docker.io/rayproject/ray:2.57.0-py312')).toBeUndefined();
  });

  it('each stand-in is named by the reference the kubelet looks up (Docker Hub names normalized)', () => {
    for (const i of plan.images) expect(i.normalizedRef).toBe(normalizeReference(i.ref));
    expect(normalizeReference('postgres:18.4-alpine3.23')).toBe('docker.io/library/postgres:18.4-alpine3.23');
    expect(normalizeReference('quay.io/kuberay/operator:v1.6.2')).toBe('quay.io/kuberay/operator:v1.6.2');
  });
});

/** The pin a stand-in's program must report: the rendered tag's version, or (servers) the tool catalog / recipe. */
function expectedVersion(image: PlannedImage): string {
  if (image.recipe.name === 's3') return tools.versitygw.version;
  return image.version;
}

/** Upstream contracts, from the upstream Dockerfiles named in recipes.ts. */
const contracts: Record<string, { user: string; home?: string; pathFirst: string; workingDir: string; passwd?: RegExp; python?: string; imports?: string[] }> = {
  ray: { user: '1000', home: '/home/ray', pathFirst: '/home/ray/anaconda3/bin', workingDir: '/home/ray', passwd: /^ray:x:1000:100:/m, python: '/home/ray/anaconda3/bin/python', imports: ['ray', 'boto3', 'pandas', 'pyarrow'] },
  mlflow: { user: '', pathFirst: '/usr/local/bin', workingDir: '/', python: '/usr/local/bin/python', imports: ['mlflow', 'boto3', 'psycopg2', 'prometheus_flask_exporter', 'pymysql', 'sqlalchemy'] },
  feast: { user: '1001', home: '/opt/app-root/src', pathFirst: '/opt/app-root/src/.local/bin/', workingDir: '/opt/app-root/src', passwd: /^default:x:1001:0:/m, python: '/opt/app-root/bin/python', imports: ['feast', 'redis', 'psycopg'] },
  postgres: { user: '', pathFirst: '/usr/lib/postgresql/18/bin', workingDir: '/', passwd: /^postgres:x:70:70:/m },
  'kuberay-operator': { user: '65532:65532', home: '/home/nonroot', pathFirst: '/usr/local/sbin', workingDir: '/', passwd: /^nonroot:x:65532:65532:/m },
  redis: { user: '999:999', pathFirst: '/usr/local/sbin', workingDir: '/data', passwd: /^redis:x:999:999:/m },
  s3: { user: '65532:65532', home: '/home/nonroot', pathFirst: '/usr/local/sbin', workingDir: '/', passwd: /^nonroot:x:65532:65532:/m },
};

const scratch = mkdtempSync(join(tmpdir(), 'mlp-images-test-'));
const unpacked = new Map<string, Promise<UnpackedImage>>();
/** Builds (or takes from the cache) and unpacks an image once for the whole file. */
function image(name: string): Promise<UnpackedImage> {
  let pending = unpacked.get(name);
  if (!pending) {
    const planned = byName(name);
    if (!planned) throw new Error(`no planned image ${name}`);
    pending = buildImages([planned]).then(([built]) => unpackImage(built!.archive, join(scratch, name)));
    unpacked.set(name, pending);
  }
  return pending;
}

beforeAll(async () => {
  const reaped = await reapStaleContainers(tmpdir(), 'mlp-images-test-', scratch);
  if (reaped.length) console.log(`stopped containers an interrupted earlier run left: ${reaped.join(', ')}`);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A pod running as the image's own user, read-only root and a writable /tmp (as every chart pod has): for probes. */
function bareContext(name: string) {
  return { dir: join(scratch, `${name}-probe`), runcRoot: join(scratch, 'runc'), manifests: [] };
}
const probeSpec = (): PodSpec => ({
  volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory' } }],
  containers: [{ name: 'probe', securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }, volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }] }],
});

describe.each(plan.images.map((i) => [i.name, i] as const))('stand-in %s', (name, planned) => {
  const contract = contracts[planned.recipe.name]!;

  it(`its program reports the pinned version (${planned.version})`, async () => {
    const img = await image(name);
    const probe = planned.recipe.version;
    let reported: string | undefined;
    if ('run' in probe) {
      const pod = new RuncPod(probeSpec(), img, bareContext(name));
      const out = await pod.runToCompletion('probe', probe.run);
      expect(out.code, out.output).toBe(0);
      // Programs that color their output (feast version) wrap the version in ANSI escapes.
      reported = probe.pattern.exec(out.output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
    } else {
      // Go records the main module's version in the binary (the operator itself prints none).
      const info = await runOrThrow('go', ['version', '-m', join(img.rootfs, probe.goBinary)]);
      reported = new RegExp(`\\s(?:mod|dep)\\s+${probe.module.replace(/[.]/g, '\\.')}\\s+v(\\S+)`).exec(info)?.[1];
    }
    expect(reported, 'version not found in the output').toBeDefined();
    const want = expectedVersion(planned);
    if (probe.match === 'major') {
      console.log(`${name}: reports ${reported}, pin ${want}; only the major version can match: ${probe.reason}`);
      expect(reported!.split('.')[0]).toBe(want.split('.')[0]);
    } else {
      expect(reported).toBe(want);
    }
  });

  it('its config honours the upstream contract (user, HOME, PATH, working directory)', async () => {
    const img = await image(name);
    const env = imageEnv(img);
    expect(img.config.User ?? '').toBe(contract.user);
    if (contract.home) expect(env.HOME).toBe(contract.home);
    expect(env.PATH?.split(':')[0]).toBe(contract.pathFirst);
    expect(img.config.WorkingDir ?? '/').toBe(contract.workingDir);
    if (contract.passwd) expect(readFileSync(join(img.rootfs, 'etc/passwd'), 'utf8')).toMatch(contract.passwd);
    if (contract.home) expect(existsSync(join(img.rootfs, contract.home))).toBe(true);
    if (contract.imports) {
      const pod = new RuncPod(probeSpec(), img, bareContext(name));
      const out = await pod.runToCompletion('probe', ['python', '-c', `import ${contract.imports.join(', ')}; import sys; print(sys.executable)`]);
      expect(out.code, out.output).toBe(0);
      expect(out.output.trim()).toBe(contract.python);
    }
  });
});

/** A rendered pod template's spec, by owner kind and name. */
function podOf(docs: Manifest[], kind: string, name: string, path = 'spec.template'): PodSpec {
  const ref = podTemplates(docs).find((t) => t.owner.kind === kind && t.owner.metadata.name === name && t.path === path);
  if (!ref) throw new Error(`no ${kind}/${name} ${path} in the render`);
  return ref.template.spec;
}

async function httpOk(url: string): Promise<string | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return response.ok ? await response.text() : undefined;
}

function podContext(name: string, manifests: Manifest[]): PodContext {
  return { dir: join(scratch, `${name}-pod`), runcRoot: join(scratch, 'runc'), manifests };
}

describe('smoke: the rendered containers run under runc and answer on their health endpoints', () => {
  const pods: RuncPod[] = [];
  afterAll(async () => {
    for (const p of pods) await p.stopAll();
  });

  it('MLflow (mlflow-platform defaults, SQLite): the db-upgrade init container, then the server answers /health', async () => {
    await assertPortsFree([5000]);
    const docs = await render('mlflow-platform', { release: 'test', namespace: 'default' });
    const pod = new RuncPod(podOf(docs, 'Deployment', 'test-mlflow-platform'), await image('mlflow'), podContext('mlflow', docs));
    pods.push(pod);
    const init = await pod.runToCompletion('db-upgrade');
    expect(init.code, init.output).toBe(0);
    const server = await pod.start('mlflow');
    expect(await eventually('MLflow /health', () => httpOk('http://127.0.0.1:5000/health'), { timeoutMs: 240_000, log: () => log(server) })).toContain('OK');
    const version = await eventually('MLflow /version', () => httpOk('http://127.0.0.1:5000/version'), { timeoutMs: 30_000 });
    expect(version.trim()).toBe(byName('mlflow')!.version);
  });

  it('Feast (feast defaults, file registry): feast apply, then the feature server answers /health', async () => {
    await assertPortsFree([6566, 8000]);
    const docs = await render('feast', { release: 'test', namespace: 'default' });
    const pod = new RuncPod(podOf(docs, 'Deployment', 'test-feast-server'), await image('feast'), podContext('feast', docs));
    pods.push(pod);
    const apply = await pod.runToCompletion('feast-apply');
    expect(apply.code, apply.output).toBe(0);
    const server = await pod.start('feature-server');
    await eventually('Feast /health', () => httpOk('http://127.0.0.1:6566/health'), { timeoutMs: 240_000, log: () => log(server) });
  });

  it("Ray head (ray-cluster defaults, KubeRay's generated ray start): the chart's readiness probe passes and /api/cluster_status answers", async () => {
    await assertPortsFree([6379, 8265, 52365, 8080, 10001, 6380, 6381, 6382, 6383]);
    const docs = await render('ray-cluster', { release: 'test', namespace: 'default' });
    const cluster = get(docs, 'RayCluster') as Manifest & { spec: { headGroupSpec: { rayStartParams: Record<string, string> } } };
    const spec = structuredClone(podOf(docs, 'RayCluster', cluster.metadata.name, 'spec.headGroupSpec.template'));
    const head = spec.containers[0]!;
    // node-ip-address is the pod's DNS name under the headless Service: no cluster DNS here, so loopback.
    const params = { ...cluster.spec.headGroupSpec.rayStartParams, 'node-ip-address': '127.0.0.1' };
    Object.assign(head, kuberayStartCommand('head', params, head));
    // The defaults read S3 credentials from a Secret (no S3 server is needed for the head to start).
    const pod = new RuncPod(spec, await image('ray'), { ...podContext('ray', docs), secretEnv: { AWS_ACCESS_KEY_ID: 'ray-access', AWS_SECRET_ACCESS_KEY: 'ray-secret-key' } });
    pods.push(pod);
    const handle: ContainerHandle = await pod.start(head.name);
    const probe = (head.readinessProbe as { exec: { command: string[] } }).exec.command;
    await eventually('the chart readiness probe of the Ray head', async () => ((await pod.exec(handle, probe)).code === 0 ? true : undefined), { timeoutMs: 300_000, log: () => log(handle) });
    const status = await eventually('Ray /api/cluster_status', () => httpOk('http://127.0.0.1:8265/api/cluster_status'), { timeoutMs: 60_000 });
    expect(JSON.parse(status).result).toBe(true);
  });

  it('KubeRay operator (ml-platform prod): /manager with the rendered args starts and parses them (--help: it needs an API server to run)', async () => {
    const docs = await render(umbrellaChart, { release: 'test', namespace: 'default', values: [profileFile('prod')] });
    const spec = structuredClone(podOf(docs, 'Deployment', 'test-ray-cluster-operator'));
    const operator = spec.containers[0]!;
    const pod = new RuncPod(spec, await image('kuberay-operator'), podContext('operator', docs));
    const out = await pod.runToCompletion(operator.name, [...operator.command!, ...(operator.args ?? []), '--help']);
    expect(out.code, out.output).toBe(0);
    expect(out.output).toContain('-metrics-addr');
  });

  it("PostgreSQL: the image's entrypoint serves as the prod-like server (uid 70, read-only root, TLS), and feast's rendered db-init job creates its role and database", async () => {
    await assertPortsFree([5432]);
    const img = await image('postgres');
    const server: PodSpec = {
      securityContext: { runAsUser: 70, runAsGroup: 70, fsGroup: 70 },
      volumes: [{ name: 'data', emptyDir: {} }, { name: 'run', emptyDir: {} }, { name: 'tmp', emptyDir: {} }],
      containers: [
        {
          name: 'postgresql',
          env: [{ name: 'POSTGRES_PASSWORD', value: 'admin-password' }],
          securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql' }, { name: 'run', mountPath: '/var/run/postgresql' }, { name: 'tmp', mountPath: '/tmp' }],
        },
      ],
    };
    const serverPod = new RuncPod(server, img, podContext('postgresql', []));
    pods.push(serverPod);
    const handle = await serverPod.start('postgresql');
    await eventually('PostgreSQL accepting connections', async () => ((await serverPod.exec(handle, ['pg_isready', '-h', '127.0.0.1'])).code === 0 ? true : undefined), { timeoutMs: 120_000, log: () => log(handle) });
    const docs = await render(umbrellaChart, { release: 'test', namespace: 'default', values: [profileFile('prod')] });
    const job = new RuncPod(podOf(docs, 'Job', 'test-feast-db-init'), img, {
      ...podContext('db-init', docs),
      envOverrides: { PGHOST: '127.0.0.1' },
      secretEnv: { PGUSER: 'postgres', PGPASSWORD: 'admin-password', FEAST_DB_PASSWORD: 'feast-password' },
    });
    const out = await job.runToCompletion('db-init');
    expect(out.code, out.output).toBe(0);
    expect(out.output).toContain('role feast and database feast are in place');
  });

  it('Redis: the server answers PING with its password', async () => {
    await assertPortsFree([6379]);
    const spec: PodSpec = {
      volumes: [{ name: 'data', emptyDir: {} }],
      securityContext: { runAsUser: 999, runAsGroup: 999, fsGroup: 999 },
      containers: [{ name: 'redis', env: [{ name: 'REDIS_PASSWORD', value: 'redis-password' }], securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }, volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
    };
    const pod = new RuncPod(spec, await image('redis'), podContext('redis', []));
    pods.push(pod);
    const handle = await pod.start('redis');
    const pong = await eventually('redis PING', async () => {
      const out = await pod.exec(handle, ['redis-cli', '--no-auth-warning', '-a', 'redis-password', 'ping']);
      return out.output.includes('PONG') ? out.output : undefined;
    }, { timeoutMs: 60_000, log: () => log(handle) });
    expect(pong).toContain('PONG');
  });

  it("S3 (versitygw): a real S3 server; mlflow-platform's rendered create-bucket job (boto3, ml-platform prod) creates the artifact bucket", async () => {
    await assertPortsFree([7070]);
    const spec: PodSpec = {
      volumes: [{ name: 'data', emptyDir: {} }],
      securityContext: { runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532 },
      containers: [
        {
          name: 's3',
          env: [{ name: 'ROOT_ACCESS_KEY_ID', value: 'mlflow-access' }, { name: 'ROOT_SECRET_ACCESS_KEY', value: 'mlflow-secret-key' }],
          securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          volumeMounts: [{ name: 'data', mountPath: '/data' }],
        },
      ],
    };
    const pod = new RuncPod(spec, await image('s3'), podContext('s3', []));
    pods.push(pod);
    const handle = await pod.start('s3');
    await eventually('versitygw /health', () => httpOk('http://127.0.0.1:7070/health').then((b) => b ?? undefined), { timeoutMs: 60_000, log: () => log(handle) });
    const docs = await render(umbrellaChart, { release: 'test', namespace: 'default', values: [profileFile('prod')] });
    const job = new RuncPod(podOf(docs, 'Job', 'test-mlflow-platform-bucket'), await image('mlflow'), {
      ...podContext('create-bucket', docs),
      envOverrides: { MLFLOW_S3_ENDPOINT_URL: 'http://127.0.0.1:7070', STOP_ISTIO_SIDECAR: 'false' },
      secretEnv: { AWS_ACCESS_KEY_ID: 'mlflow-access', AWS_SECRET_ACCESS_KEY: 'mlflow-secret-key' },
    });
    const first = await job.runToCompletion('create-bucket');
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('bucket mlflow created');
    const again = await job.runToCompletion('create-bucket');
    expect(again.output).toContain('bucket mlflow exists');
  });
});

describe('importImage', () => {
  let dir: string;
  let pid: number | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlp-containerd-'));
  });
  afterAll(() => {
    if (pid) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports an archive into a private containerd (own root, state and socket) under the normalized reference, in k8s.io', async () => {
    const operator = byName('kuberay-operator')!;
    const [built] = await buildImages([operator]);
    const address = join(dir, 'containerd.sock');
    const config = join(dir, 'config.toml');
    // No CRI plugin: this containerd only stores images; the system's containerd (if any) is never touched.
    writeFileSync(config, [`version = 2`, `root = "${dir}/root"`, `state = "${dir}/state"`, `disabled_plugins = ["io.containerd.grpc.v1.cri"]`, `[grpc]`, `  address = "${address}"`, `[ttrpc]`, `  address = "${address}.ttrpc"`, ''].join('\n'));
    pid = await startDetached('containerd', ['--config', config], { logFile: join(dir, 'containerd.log') });
    await eventually('the private containerd socket', async () => (existsSync(address) ? true : undefined), { timeoutMs: 30_000, log: () => readFileSync(join(dir, 'containerd.log'), 'utf8') });
    await importImage({ archive: built!.archive, containerdAddress: address });
    const listed = await runOrThrow('ctr', ['--address', address, '--namespace', 'k8s.io', 'images', 'list', '--quiet']);
    expect(listed.split('\n')).toContain(operator.normalizedRef);
    // Unpacked for the default snapshotter, as the kubelet needs it to start containers.
    const check = await runOrThrow('ctr', ['--address', address, '--namespace', 'k8s.io', 'images', 'check']);
    expect(check).toMatch(new RegExp(`${operator.normalizedRef.replace(/[.]/g, '\\.')}.*complete`));
  });
});
