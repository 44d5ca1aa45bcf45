import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImages } from '../../scripts/lib/images/build.ts';
import { type PlannedImage, planImages, recipeFor } from '../../scripts/lib/images/plan.ts';
import { archiveManifestDigest, packImage } from '../../scripts/lib/images/oci.ts';
import { normalizeReference } from '../../scripts/lib/images/reference.ts';
import { chartPath } from '../../scripts/lib/helm/chart-files.ts';
import type { PodSpec } from '../../scripts/lib/manifests/pod-templates.ts';
import { prometheusModuleVersion, tools } from '../../scripts/lib/tools/catalog.ts';
import { monitoringImages } from '../../scripts/lib/images/monitoring-images.ts';
import { buildScratchImage } from '../../scripts/lib/images/node-images.ts';
import { runOrThrow } from '../../scripts/lib/tools/index.ts';
import { RuncPod, type UnpackedImage, imageEnv, reapStaleContainers, unpackImage } from './support/runc-pod.ts';

/**
 * Stand-in images (scripts/lib/images): the set is derived from the rendered charts; each image's
 * program is at the chart's pin; its config honours the upstream image's contract. Needs the images
 * (built here, cached) and root (runc), not the cluster. What the rendered containers do with them
 * (migrations, feast apply, probes, the servers answering, PostgreSQL, Redis and S3 serving the
 * prod profile, the KubeRay operator reconciling) is proven by the real-pod tier
 * (real-platform.test.ts) on the real node, where this file used to run each under runc by hand; the
 * import into containerd likewise (every real pod starts from an imported stand-in).
 */
const plan = await planImages();
const byName = (name: string) => plan.images.find((i) => i.name === name);

describe('packing an image', () => {
  it('writes its archive into a directory that does not exist yet (a fresh cache: the node\'s scratch images failed on it)', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'mlp-pack-test-'));
    try {
      const rootfs = join(scratch, 'rootfs');
      mkdirSync(join(rootfs, 'etc'), { recursive: true });
      writeFileSync(join(rootfs, 'etc', 'hello'), 'hello\n');
      const out = join(scratch, 'cache', 'images', 'pause', 'key.oci.tar');
      await packImage({ rootfs, ref: 'mlp.local/test/hello:1.0.0', config: { user: '65535:65535', env: {}, entrypoint: ['/hello'], workingDir: '/' }, out });
      expect(existsSync(out)).toBe(true);
      expect(await archiveManifestDigest(out)).toMatch(/^sha256:[0-9a-f]{64}$/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

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
// Removed off the event loop: gigabytes of unpacked root filesystems took a worker's thread for over a
// minute under load, and vitest's RPC from that worker timed out (an unhandled error that fails the run).
afterAll(() => rm(scratch, { recursive: true, force: true }));

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

/**
 * The local monitoring stack's images (scripts/lib/images/monitoring-images.ts): not rendered by the
 * charts, so not in the plan above. Each program reports the pinned version and holds the pinned module;
 * each keeps its upstream image's contract (user nobody, entrypoint; Prometheus: config and data paths).
 */
const monitoringContracts: Record<string, { program: string; version: string; module: string; moduleVersion: string; binary: string; entrypoint: string[]; versionArgs?: string[] }> = {
  prometheus: { program: 'prometheus', version: tools.prometheus.version, module: 'github.com/prometheus/prometheus', moduleVersion: prometheusModuleVersion(tools.prometheus.version), binary: 'bin/prometheus', entrypoint: ['/bin/prometheus'] },
  'prometheus-config-reloader': { program: 'prometheus-config-reloader', version: tools['prometheus-operator'].version, module: 'github.com/prometheus-operator/prometheus-operator', moduleVersion: `v${tools['prometheus-operator'].version}`, binary: 'bin/prometheus-config-reloader', entrypoint: ['/bin/prometheus-config-reloader'] },
  'kube-state-metrics': { program: 'kube-state-metrics', version: `v${tools['kube-state-metrics'].version}`, module: 'k8s.io/kube-state-metrics/v2', moduleVersion: `v${tools['kube-state-metrics'].version}`, binary: 'kube-state-metrics', entrypoint: ['/kube-state-metrics', '--port=8080', '--telemetry-port=8081'], versionArgs: ['version'] },
};

describe.each(monitoringImages.map((i) => [i.name, i] as const))('monitoring stand-in %s', (name, recipe) => {
  const unpackedImage = () => buildScratchImage(recipe).then((built) => unpackImage(built.archive, join(scratch, name)));
  const contract = monitoringContracts[name];
  let img: UnpackedImage;
  beforeAll(async () => {
    img = await unpackedImage();
  }, 900_000);

  it('has a contract in this test', () => {
    expect(contract, `add ${name} to monitoringContracts`).toBeDefined();
  });

  it('its program reports the pinned version', async () => {
    const pod = new RuncPod(probeSpec(), img, bareContext(name));
    const out = await pod.runToCompletion('probe', [recipe.config.entrypoint[0]!, ...(contract!.versionArgs ?? ['--version'])]);
    expect(out.code, out.output).toBe(0);
    expect(new RegExp(`^${contract!.program}, version (\\S+)`, 'm').exec(out.output)?.[1], out.output).toBe(contract!.version);
  });

  it('its config honours the upstream contract (nobody, entrypoint; Prometheus: config file, data directory)', () => {
    expect(img.config.User).toBe('65534:65534');
    expect(readFileSync(join(img.rootfs, 'etc/passwd'), 'utf8')).toMatch(/^nobody:x:65534:65534:/m);
    expect(img.config.Entrypoint).toEqual(contract!.entrypoint);
    if (name === 'prometheus') {
      expect(img.config.Cmd).toEqual(['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus']);
      expect(img.config.WorkingDir).toBe('/prometheus');
      expect(existsSync(join(img.rootfs, 'etc/prometheus/prometheus.yml'))).toBe(true);
    }
  });

  it('holds the module version the toolkit pins (go version -m)', async () => {
    const info = await runOrThrow('go', ['version', '-m', join(img.rootfs, contract!.binary)]);
    expect(new RegExp(`\\s(?:mod|dep)\\s+${contract!.module.replace(/[.]/g, '\\.')}\\s+(v\\S+)`).exec(info)?.[1], info).toBe(contract!.moduleVersion);
  });
});

/**
 * The feast chart's server command (charts/feast/files/serve.py) in the Feast stand-in, with its real
 * SQLAlchemy: gunicorn forks its workers from a master that already pooled a registry connection, and a
 * worker must open its own rather than use the master's (CI's prod run: two workers on one PostgreSQL TLS
 * session, "bad record mac", a worker's startup failed and the server exited 3). A stand-in `feast.cli.cli`
 * (first on PYTHONPATH) plays the master: it pools a connection, forks, and the child checks one out.
 */
describe('the feast chart\'s serve.py in the Feast stand-in', () => {
  const serve = readFileSync(join(chartPath('feast'), 'files', 'serve.py'), 'utf8');
  const fakeCli = [
    'import os, sys',
    'from sqlalchemy import create_engine, event, text',
    'def cli(prog_name):',
    '    engine = create_engine("sqlite:////tmp/fork-test.db")',
    '    event.listen(engine, "connect", lambda dbapi_connection, record: record.info.update(opened_by=os.getpid()))',
    '    with engine.connect() as c:',
    '        c.execute(text("select 1"))',
    '    read, write = os.pipe()',
    '    child = os.fork()',
    '    if child == 0:',
    '        with engine.connect() as c:',
    '            c.execute(text("select 1"))',
    '            os.write(write, str(c.connection.info["opened_by"] == os.getpid()).encode())',
    '        os._exit(0)',
    '    os.waitpid(child, 0)',
    '    print(f"{prog_name} {\' \'.join(sys.argv[1:])}: child used its own connection: {os.read(read, 16).decode()}")',
    '    return 7',
  ].join('\n');
  // Writes the stand-in package under /tmp (the only writable path), then runs `python -c <program> args`.
  const harness = (program: string) => [
    'import os, subprocess, sys',
    'os.makedirs("/tmp/fake/feast/cli", exist_ok=True)',
    'for f in ("feast/__init__.py", "feast/cli/__init__.py"): open(f"/tmp/fake/{f}", "w").close()',
    `open("/tmp/fake/feast/cli/cli.py", "w").write(${JSON.stringify(fakeCli)})`,
    `result = subprocess.run([sys.executable, "-c", ${JSON.stringify(program)}, "--chdir", "/etc/feast", "serve"], env={**os.environ, "PYTHONPATH": "/tmp/fake"})`,
    'print("exit", result.returncode)',
  ].join('\n');
  const runIn = async (program: string) => {
    const pod = new RuncPod(probeSpec(), await image('feast'), bareContext('feast-serve'));
    return pod.runToCompletion('probe', ['python', '-c', harness(program)]);
  };

  it('a forked worker opens its own pooled connection, and feast gets the arguments and returns its exit code', async () => {
    const out = await runIn(serve);
    expect(out.code, out.output).toBe(0);
    expect(out.output).toContain('feast --chdir /etc/feast serve: child used its own connection: True');
    expect(out.output).toContain('exit 7');
  });

  it('without it the worker takes the connection the master opened (so the test above can fail)', async () => {
    const out = await runIn('import sys\nfrom feast.cli.cli import cli\nsys.exit(cli(prog_name="feast"))');
    expect(out.output).toContain('child used its own connection: False');
  });
});
