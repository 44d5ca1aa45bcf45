import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../../scripts/lib/helm/render.ts';
import type { Container, EnvVarSource, PodSpec } from 'kubernetes-types/core/v1.js';
import type { NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import { find, findTyped, get, getTyped, isHook, type Manifest, ofKind, podTemplates } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { check } from '../../../scripts/lib/policies/index.ts';
import { loadCrds } from '../../../scripts/lib/schema/crd.ts';
import { ciValuesFiles } from '../../../scripts/lib/scenarios/index.ts';
import { platformContext } from '../../support/matchers.ts';
import { invalidValues } from '../../support/values.ts';

const chart = 'charts/mlflow-platform';
const chartDir = join(repoRoot, chart);
const ciDir = join(chartDir, 'ci');
const ciFile = (name: string) => join(ciDir, `${name}-values.yaml`);
const apiVersions = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const file = (name: string) => readFileSync(join(chartDir, 'files', name), 'utf8');
/** A Python job script as the templates pass it: the script, then the shared runner (main() + sidecar exit). */
const jobScript = (name: string) => `${file(name)}\n${file('run_job.py')}`;

const fullname = 'test-mlflow-platform';
const image = 'ghcr.io/mlflow/mlflow:v3.17.0-full';

const deployment = (docs: Manifest[]) => getTyped(docs, 'Deployment', fullname);
const podSpec = (docs: Manifest[]): PodSpec => deployment(docs).spec!.template.spec!;
const server = (docs: Manifest[]) => podSpec(docs).containers[0]!;
/** The Job of a component, if rendered. */
const job = (docs: Manifest[], component: string) => findTyped(docs, 'Job', `${fullname}-${component}`);
const jobPod = (docs: Manifest[], component: string): PodSpec => job(docs, component)!.spec!.template.spec!;
const envOf = (c: Container) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value ?? e.valueFrom]));
const volumeNames = (spec: PodSpec) => (spec.volumes ?? []).map((v) => v.name);
const secretRef = (name: string, key: string) => ({ secretKeyRef: { name, key } });
/** The value following a flag in an argument list (undefined when the flag is absent). */
const flag = (args: string[] | undefined, name: string) => (args?.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const hookEvents = (m: Manifest) => (m.metadata.annotations?.['helm.sh/hook'] ?? '').split(',').filter(Boolean);
const hookWeight = (m: Manifest) => Number(m.metadata.annotations?.['helm.sh/hook-weight'] ?? 0);
const policy = (docs: Manifest[], component: string) => getTyped(docs, 'NetworkPolicy', `${fullname}-${component}`);
/** The first port of each egress rule of a NetworkPolicy. */
const firstEgressPorts = (np: NetworkPolicy) => (np.spec?.egress ?? []).map((r) => r.ports?.[0]?.port);

/**
 * What Helm does on `helm upgrade`: the pre-upgrade hooks one by one in weight order (each waited
 * for), then the release's ordinary resources, then the post-upgrade hooks. Returns kind/name in that order.
 */
function upgradeSequence(docs: Manifest[]): string[] {
  const hooks = (event: string) =>
    docs
      .filter((d) => isHook(d) && hookEvents(d).includes(event))
      .sort((a, b) => hookWeight(a) - hookWeight(b))
      .map((d) => `${d.kind}/${d.metadata.name}`);
  return [...hooks('pre-upgrade'), ...docs.filter((d) => !isHook(d)).map((d) => `${d.kind}/${d.metadata.name}`), ...hooks('post-upgrade')];
}

async function failure(valuesObject: unknown, helm: 3 | 4 = 4): Promise<{ paths: string[]; stderr: string }> {
  const r = await tryRender(chart, { valuesObject: invalidValues(chart, valuesObject), helm });
  if (r.ok) throw new Error('expected the render to fail');
  return { paths: errorValuePaths(r.error.stderr), stderr: r.error.stderr };
}

const postgres = { host: 'pg.data.svc', existingSecret: 'mlflow-db', passwordKey: 'pw' };
const s3 = { bucket: 'mlflow', endpoint: 'http://minio.data.svc:9000', existingSecret: 'minio-credentials' };

describe('every install scenario passes every policy (Helm 3 and 4)', async () => {
  const files = ciValuesFiles(join(repoRoot, chart)).map((f) => basename(f));
  const scenarios = await Promise.all(
    [undefined, ...files].flatMap((f) =>
      ([3, 4] as const).flatMap((helm) =>
        [[], apiVersions].map(async (apis) => ({
          name: `${f ?? 'defaults'} (helm ${helm}${apis.length ? ', monitoring + istio APIs' : ''})`,
          docs: await render(chart, { values: f ? [join(ciDir, f)] : [], apiVersions: apis, helm }),
        })),
      ),
    ),
  );

  it('has the sqlite, postgres+s3, direct-artifacts and production scenarios', () => {
    expect(files).toEqual(['direct-artifacts-values.yaml', 'postgres-s3-values.yaml', 'production-values.yaml', 'sqlite-values.yaml']);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, { docs }) => {
    const meshOn = ofKind(docs, 'PeerAuthentication').length > 0;
    expect(podTemplates(docs).length).toBeGreaterThanOrEqual(2);
    expect(docs).toPassPolicies({ mesh: { required: meshOn } });
  });

  it('the restricted policy covers the hook Jobs and the test pod too, so it would catch them', () => {
    const prod = scenarios.find((s) => s.name.startsWith('postgres-s3'))!.docs;
    const owners = podTemplates(prod).map((p) => `${p.owner.kind}/${p.owner.metadata.name}`);
    expect(owners).toEqual(expect.arrayContaining([`Job/${fullname}-migrate`, `Job/${fullname}-bucket`, `Pod/${fullname}-test`, `Deployment/${fullname}`]));
    const broken = structuredClone(prod);
    jobPod(broken, 'migrate').containers[0]!.securityContext!.allowPrivilegeEscalation = true;
    expect(check(broken, platformContext(), { only: ['restricted'] }).map((f) => f.object)).toEqual([`Job/${fullname}-migrate`]);
  });
});

describe('defaults: SQLite and artifacts on a volume', async () => {
  const docs = await render(chart);
  const args = server(docs).args ?? [];

  it('runs `mlflow server` with the flags built from values', () => {
    expect(server(docs).image).toBe(image);
    expect(server(docs).command).toEqual(['mlflow']);
    expect(args[0]).toBe('server');
    expect(flag(args, '--host')).toBe('0.0.0.0');
    expect(flag(args, '--port')).toBe('5000');
    expect(flag(args, '--workers')).toBe('2');
    expect(flag(args, '--backend-store-uri')).toBe('sqlite:////mlflow/mlflow.db');
    expect(args).toContain('--serve-artifacts');
    expect(flag(args, '--artifacts-destination')).toBe('/mlflow/artifacts');
    expect(args).not.toContain('--default-artifact-root');
    expect(flag(args, '--expose-prometheus')).toBe('/var/run/mlflow-metrics');
    expect(args).not.toContain('--app-name');
  });

  it('one replica, Recreate, the data volume on a claim, schema upgraded by an init container', () => {
    const d = deployment(docs);
    expect(d.spec!.replicas).toBe(1);
    expect(d.spec!.strategy).toEqual({ type: 'Recreate' });
    const pvc = getTyped(docs, 'PersistentVolumeClaim', `${fullname}-data`);
    expect(pvc.spec!.resources?.requests?.storage).toBe('10Gi');
    expect(pvc.spec!.accessModes).toEqual(['ReadWriteOnce']);
    expect(podSpec(docs).volumes!.find((v) => v.name === 'data')).toEqual({ name: 'data', persistentVolumeClaim: { claimName: `${fullname}-data` } });
    const init = podSpec(docs).initContainers![0]!;
    expect([...init.command!, ...init.args!]).toEqual(['mlflow', 'db', 'upgrade', 'sqlite:////mlflow/mlflow.db']);
    expect(init.image).toBe(image);
    expect(init.volumeMounts).toContainEqual({ name: 'data', mountPath: '/mlflow' });
    expect(ofKind(docs, 'Job')).toEqual([]);
  });

  it('probes /health (the event loop) for startup and liveness, server-info (the store, Host localhost) for readiness, on the http port (5000)', () => {
    const c = server(docs);
    for (const probe of ['startupProbe', 'livenessProbe'] as const) expect(c[probe]?.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(c.readinessProbe?.httpGet).toEqual({ path: '/api/3.0/mlflow/server-info', port: 'http', httpHeaders: [{ name: 'Host', value: 'localhost' }] });
    // The Host the readiness probe sends is one the server accepts.
    expect(flag(args, '--allowed-hosts')!.split(',')).toContain('localhost');
    expect(c.ports).toEqual([{ name: 'http', containerPort: 5000, protocol: 'TCP' }]);
    const svc = getTyped(docs, 'Service', fullname);
    expect(svc.spec!.ports).toEqual([
      { name: 'http', port: 5000, targetPort: 'http', protocol: 'TCP' },
      { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'TCP' },
    ]);
    expect(svc.spec!.selector).toEqual({ 'app.kubernetes.io/name': 'mlflow-platform', 'app.kubernetes.io/instance': 'test', 'app.kubernetes.io/component': 'server' });
  });

  it('read-only root filesystem with emptyDirs where MLflow writes (/tmp as HOME, /dev/shm, metrics) and the data volume', () => {
    const c = server(docs);
    expect(c.securityContext?.readOnlyRootFilesystem).toBe(true);
    expect(c.volumeMounts?.map((m) => m.mountPath).sort()).toEqual(['/dev/shm', '/mlflow', '/tmp', '/var/run/mlflow-metrics']);
    expect(envOf(c).HOME).toBe('/tmp');
    expect(envOf(c).MLFLOW_DISABLE_TELEMETRY).toBe('true');
    const volumes = Object.fromEntries(podSpec(docs).volumes!.map((v) => [v.name, v]));
    expect(volumes.shm?.emptyDir?.medium).toBe('Memory');
    expect(volumes.metrics?.emptyDir).toBeDefined();
    expect(podSpec(docs).automountServiceAccountToken).toBe(false);
    expect(podSpec(docs).securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 });
  });

  it('renders no Secret, no PDB, no HPA, no monitor or mesh objects without their APIs', () => {
    for (const kind of ['Secret', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'ServiceMonitor', 'PeerAuthentication', 'Ingress', 'HTTPRoute']) expect(ofKind(docs, kind)).toEqual([]);
  });

  it('persistence off falls back to an emptyDir (and creates no claim)', async () => {
    const off = await render(chart, { set: { 'persistence.enabled': false } });
    expect(ofKind(off, 'PersistentVolumeClaim')).toEqual([]);
    expect(podSpec(off).volumes!.find((v) => v.name === 'data')).toEqual({ name: 'data', emptyDir: {} });
  });
});

describe('MLflow 3 host validation: in-cluster and ingress hosts are allowed', async () => {
  const docs = await render(chart, {
    namespace: 'ml',
    valuesObject: {
      ingress: { enabled: true, hosts: [{ host: 'mlflow.example.com' }] },
      httpRoute: { enabled: true, parentRefs: [{ name: 'gw' }], hostnames: ['mlflow.internal.example.com'] },
      server: { allowedHosts: ['notebooks.example.com'], corsAllowedOrigins: ['https://app.example.com', 'https://nb.example.com'] },
    },
  });
  const hosts = flag(server(docs).args, '--allowed-hosts')!.split(',');

  it('lists every Service DNS form, bare and with a port, and localhost (the flag replaces MLflow defaults)', () => {
    for (const name of [fullname, `${fullname}.ml`, `${fullname}.ml.svc`, `${fullname}.ml.svc.cluster.local`]) {
      expect(hosts).toContain(name);
      expect(hosts).toContain(`${name}:*`);
    }
    expect(hosts).toEqual(expect.arrayContaining(['localhost', 'localhost:*', '127.0.0.1:*', '0.0.0.0:*']));
  });

  it('adds Ingress hosts, HTTPRoute hostnames, extra hosts and private IP ranges', () => {
    expect(hosts).toEqual(expect.arrayContaining(['mlflow.example.com', 'mlflow.internal.example.com', 'notebooks.example.com', '10.*', '192.168.*', '172.16.*', '172.31.*']));
    expect(hosts).not.toContain('172.32.*');
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('passes CORS origins as one comma-separated flag', () => {
    expect(flag(server(docs).args, '--cors-allowed-origins')).toBe('https://app.example.com,https://nb.example.com');
  });

  it('drops the private ranges when allowPrivateIPs is false, and follows the cluster domain', async () => {
    const strict = await render(chart, { set: { 'server.allowPrivateIPs': false, 'global.clusterDomain': 'corp.local' } });
    const list = flag(server(strict).args, '--allowed-hosts')!.split(',');
    expect(list.some((h) => h.startsWith('10.') || h.startsWith('172.'))).toBe(false);
    expect(list).toContain(`${fullname}.default.svc.corp.local:*`);
  });

  it('routes the Ingress and the HTTPRoute to the Service port', () => {
    const ingress = getTyped(docs, 'Ingress');
    expect(ingress.spec!.rules?.[0]).toEqual({ host: 'mlflow.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: fullname, port: { name: 'http' } } } }] } });
    const route = get(docs, 'HTTPRoute') as any;
    expect(route.spec!.parentRefs).toEqual([{ name: 'gw' }]);
    expect(route.spec!.rules[0].backendRefs).toEqual([{ name: fullname, port: 5000 }]);
  });
});

describe('PostgreSQL backend and S3 artifacts (ci/postgres-s3)', async () => {
  const docs = await render(chart, { values: [ciFile('postgres-s3')] });
  const args = server(docs).args ?? [];
  const env = envOf(server(docs));
  const uri = 'postgresql+psycopg2://mlflow@postgresql.data.svc.cluster.local:5432/mlflow';

  it('hands MLflow a URI without a password; libpq reads PGPASSWORD from the existing Secret', () => {
    expect(flag(args, '--backend-store-uri')).toBe(uri);
    expect(env.PGPASSWORD).toEqual(secretRef('mlflow-postgresql', 'password'));
    expect(env.PGSSLMODE).toBe('prefer');
    expect(env.PGUSER).toBeUndefined();
  });

  it('no password anywhere in the rendered output: no Secret objects, every credential env is a secretKeyRef', async () => {
    const r = await tryRender(chart, { values: [ciFile('postgres-s3')] });
    if (!r.ok) throw r.error;
    expect(ofKind(docs, 'Secret')).toEqual([]);
    // No URL with user:password@ anywhere (args, env values, ConfigMaps, scripts).
    expect(r.stdout).not.toMatch(/[a-z0-9+.-]+:\/\/[^\s/@:"']+:[^\s/@"']+@/i);
    for (const { template } of podTemplates(docs)) {
      for (const c of template.spec!.containers) {
        for (const e of c.env ?? []) {
          if (/PASSWORD|SECRET|ACCESS_KEY/.test(e.name)) expect({ name: e.name, value: e.value, ref: (e.valueFrom as EnvVarSource | undefined)?.secretKeyRef?.name }).toMatchObject({ value: undefined, ref: expect.any(String) });
        }
      }
    }
    expect(check(docs, platformContext(), { only: ['secrets'] })).toEqual([]);
  });

  it('reads the role from the Secret (PGUSER) when usernameKey is set, and then the URI has no user at all', async () => {
    const withUser = await render(chart, { valuesObject: { backendStore: { type: 'postgresql', driver: 'psycopg' }, postgresql: { ...postgres, usernameKey: 'user' } } });
    expect(flag(server(withUser).args, '--backend-store-uri')).toBe('postgresql+psycopg://pg.data.svc:5432/mlflow');
    expect(envOf(server(withUser)).PGUSER).toEqual(secretRef('mlflow-db', 'user'));
    expect(envOf(server(withUser)).PGPASSWORD).toEqual(secretRef('mlflow-db', 'pw'));
  });

  it('proxies artifacts to s3://<bucket> with the MinIO endpoint and keys from minio-credentials', () => {
    expect(args).toContain('--serve-artifacts');
    expect(flag(args, '--artifacts-destination')).toBe('s3://mlflow');
    expect(env.MLFLOW_S3_ENDPOINT_URL).toBe('http://minio.data.svc.cluster.local:9000');
    expect(env.AWS_DEFAULT_REGION).toBe('us-east-1');
    expect(env.AWS_ACCESS_KEY_ID).toEqual(secretRef('minio-credentials', 'AWS_ACCESS_KEY_ID'));
    expect(env.AWS_SECRET_ACCESS_KEY).toEqual(secretRef('minio-credentials', 'AWS_SECRET_ACCESS_KEY'));
  });

  it('mounts no data volume and rolls updates without downtime when both stores are external', () => {
    expect(podSpec(docs).volumes!.map((v) => v.name)).not.toContain('data');
    expect(ofKind(docs, 'PersistentVolumeClaim')).toEqual([]);
    expect(deployment(docs).spec!.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    expect(podSpec(docs).initContainers).toBeUndefined();
  });

  it('direct artifacts: --no-serve-artifacts --default-artifact-root s3://bucket/prefix, region, no static keys (IRSA)', async () => {
    const direct = await render(chart, { values: [ciFile('direct-artifacts')] });
    const a = server(direct).args ?? [];
    expect(a).toContain('--no-serve-artifacts');
    expect(flag(a, '--default-artifact-root')).toBe('s3://mlflow-artifacts/tracking');
    expect(a).not.toContain('--artifacts-destination');
    const e = envOf(server(direct));
    expect(e.AWS_DEFAULT_REGION).toBe('eu-west-1');
    expect(e.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(e.MLFLOW_S3_ENDPOINT_URL).toBeUndefined();
    expect(getTyped(direct, 'ServiceAccount').metadata.annotations?.['eks.amazonaws.com/role-arn']).toMatch(/^arn:aws:iam::/);
    expect(a).not.toContain('--expose-prometheus');
  });
});

describe('migrations: a pre-install/pre-upgrade hook Job that runs before the server', async () => {
  const docs = await render(chart, { values: [ciFile('postgres-s3')] });
  const migrate = job(docs, 'migrate')!;
  const container = jobPod(docs, 'migrate').containers[0]!;

  it('is a pre-install and pre-upgrade hook, deleted when it succeeds', () => {
    expect(hookEvents(migrate).sort()).toEqual(['pre-install', 'pre-upgrade']);
    expect(migrate.metadata.annotations?.['helm.sh/hook-delete-policy']).toBe('before-hook-creation,hook-succeeded');
    expect(isHook(deployment(docs))).toBe(false);
  });

  it('on upgrade, Helm runs its NetworkPolicy, then the bucket Job, then the migration, and only then applies the Deployment', () => {
    const sequence = upgradeSequence(docs);
    const at = (ref: string) => {
      expect(sequence).toContain(ref);
      return sequence.indexOf(ref);
    };
    expect(at(`NetworkPolicy/${fullname}-migrate`)).toBeLessThan(at(`Job/${fullname}-bucket`));
    expect(at(`Job/${fullname}-bucket`)).toBeLessThan(at(`Job/${fullname}-migrate`));
    expect(at(`Job/${fullname}-migrate`)).toBeLessThan(at(`Deployment/${fullname}`));
    expect(hookWeight(migrate)).toBe(-5);
  });

  it('runs `mlflow db upgrade <uri>` with the server image and URI, then the auth database upgrade', () => {
    expect(container.image).toBe(server(docs).image);
    expect(container.command).toEqual(['sh', '-c']);
    expect(container.args).toEqual([file('migrate.sh')]);
    expect(file('migrate.sh')).toContain('mlflow db upgrade "$MLFLOW_BACKEND_STORE_URI"');
    expect(file('migrate.sh')).toContain('python -m mlflow.server.auth db upgrade --url "$MLFLOW_AUTH_DATABASE_URI"');
    const env = envOf(container);
    expect(env.MLFLOW_BACKEND_STORE_URI).toBe(flag(server(docs).args, '--backend-store-uri'));
    expect(env.MLFLOW_AUTH_DATABASE_URI).toBe('postgresql+psycopg2://mlflow@postgresql.data.svc.cluster.local:5432/mlflow_auth');
    expect(env.PGPASSWORD).toEqual(secretRef('mlflow-postgresql', 'password'));
    expect(migrate.spec!.template.spec!.restartPolicy).toBe('Never');
    expect(migrate.spec!.template.spec!.serviceAccountName).toBeUndefined();
  });

  it('renders only for a database backend, and not when migrations are off', async () => {
    const [sqlite, off] = await Promise.all([render(chart), render(chart, { values: [ciFile('postgres-s3')], set: { 'migrations.enabled': false } })]);
    expect(job(sqlite, 'migrate')).toBeUndefined();
    expect(find(sqlite, 'NetworkPolicy', `${fullname}-migrate`)).toBeUndefined();
    expect(job(off, 'migrate')).toBeUndefined();
  });

  it('can drop pre-install (database created by the same release): the Job and its policy follow hookEvents', async () => {
    const upgradeOnly = await render(chart, { values: [ciFile('postgres-s3')], valuesObject: { migrations: { hookEvents: ['pre-upgrade'] } } });
    expect(hookEvents(job(upgradeOnly, 'migrate')!)).toEqual(['pre-upgrade']);
    expect(hookEvents(policy(upgradeOnly, 'migrate'))).toEqual(['pre-upgrade']);
  });
});

describe('bucket Job (S3/MinIO)', async () => {
  const docs = await render(chart, { values: [ciFile('postgres-s3')] });
  const bucket = job(docs, 'bucket')!;
  const c = jobPod(docs, 'bucket').containers[0]!;

  it('creates the bucket with boto3 from the pinned MLflow image, before the migration', () => {
    expect(hookEvents(bucket).sort()).toEqual(['pre-install', 'pre-upgrade']);
    expect(hookWeight(bucket)).toBeLessThan(hookWeight(job(docs, 'migrate')!));
    expect(c.image).toBe(image);
    expect([...c.command!, ...c.args!]).toEqual(['python', '-c', jobScript('create_bucket.py')]);
    expect(file('create_bucket.py')).toMatch(/head_bucket[\s\S]*create_bucket/);
  });

  it('gets the bucket, the endpoint and the minio-credentials keys from env', () => {
    const env = envOf(c);
    expect(env.MLFLOW_ARTIFACT_BUCKET).toBe('mlflow');
    expect(env.MLFLOW_S3_ENDPOINT_URL).toBe('http://minio.data.svc.cluster.local:9000');
    expect(env.AWS_ACCESS_KEY_ID).toEqual(secretRef('minio-credentials', 'AWS_ACCESS_KEY_ID'));
    expect(env.AWS_SECRET_ACCESS_KEY).toEqual(secretRef('minio-credentials', 'AWS_SECRET_ACCESS_KEY'));
  });

  it('is off by default and refused without S3 artifacts', async () => {
    expect(job(await render(chart, { values: [ciFile('production')] }), 'bucket')).toBeUndefined();
    const { paths } = await failure({ artifacts: { type: 'volume', s3: { createBucket: { enabled: true } } } });
    expect(paths).toContain('artifacts.s3.createBucket.enabled');
  });
});

describe('basic auth', async () => {
  const docs = await render(chart, { values: [ciFile('postgres-s3')], apiVersions: ['monitoring.coreos.com/v1'] });
  const env = envOf(server(docs));

  it('runs --app-name basic-auth with the admin and Flask secret key from the Secret', () => {
    expect(flag(server(docs).args, '--app-name')).toBe('basic-auth');
    expect(env.MLFLOW_AUTH_CONFIG_PATH).toBe('/etc/mlflow/auth/basic_auth.ini');
    expect(env.MLFLOW_AUTH_ADMIN_USERNAME).toEqual(secretRef('mlflow-auth', 'username'));
    expect(env.MLFLOW_AUTH_ADMIN_PASSWORD).toEqual(secretRef('mlflow-auth', 'password'));
    expect(env.MLFLOW_FLASK_SERVER_SECRET_KEY).toEqual(secretRef('mlflow-auth', 'flask-secret-key'));
  });

  it('mounts a config with a separate auth database and no credential in it', () => {
    const ini = getTyped(docs, 'ConfigMap', `${fullname}-auth`).data?.['basic_auth.ini'];
    expect(ini).toContain('[mlflow]');
    expect(ini).toContain('default_permission = READ');
    expect(ini).toContain('database_uri = postgresql+psycopg2://mlflow@postgresql.data.svc.cluster.local:5432/mlflow_auth');
    expect(ini).not.toMatch(/admin_password|admin_username/);
    expect(server(docs).volumeMounts).toContainEqual({ name: 'auth-config', mountPath: '/etc/mlflow/auth', readOnly: true });
    expect(podSpec(docs).volumes).toContainEqual({ name: 'auth-config', configMap: { name: `${fullname}-auth` } });
    expect(deployment(docs).spec!.template.metadata?.annotations?.['checksum/auth-config']).toMatch(/^[a-f0-9]{64}$/);
  });

  it('uses its own SQLite file with the sqlite backend', async () => {
    const sqlite = await render(chart, { valuesObject: { auth: { enabled: true, existingSecret: 'a' } } });
    expect(getTyped(sqlite, 'ConfigMap').data?.['basic_auth.ini']).toContain('database_uri = sqlite:////mlflow/basic_auth.db');
  });

  it('scrapes the metrics listener, which basic auth does not cover: Prometheus holds no MLflow credentials', () => {
    const endpoint = (get(docs, 'ServiceMonitor') as any).spec.endpoints[0];
    expect(endpoint).toMatchObject({ port: 'metrics', path: '/metrics' });
    expect(endpoint.basicAuth).toBeUndefined();
  });

  it('the helm test authenticates with the same Secret', () => {
    const e = envOf(getTyped(docs, 'Pod').spec!.containers[0]!);
    expect(e.MLFLOW_TRACKING_USERNAME).toEqual(secretRef('mlflow-auth', 'username'));
    expect(e.MLFLOW_TRACKING_PASSWORD).toEqual(secretRef('mlflow-auth', 'password'));
  });
});

describe('production profile: HPA, PDB, spread, mesh, monitoring', async () => {
  const docs = await render(chart, { values: [ciFile('production')], apiVersions });

  it('autoscales 2..6 replicas on CPU and leaves replicas to the HPA', () => {
    const hpa = getTyped(docs, 'HorizontalPodAutoscaler');
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 6, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: fullname } });
    expect(hpa.spec!.metrics?.[0]?.resource).toEqual({ name: 'cpu', target: { type: 'Utilization', averageUtilization: 75 } });
    expect(deployment(docs).spec!.replicas).toBeUndefined();
  });

  it('keeps one pod through disruptions and spreads replicas over nodes', () => {
    const pdb = getTyped(docs, 'PodDisruptionBudget');
    expect(pdb.spec).toEqual({ minAvailable: 1, selector: { matchLabels: deployment(docs).spec!.selector.matchLabels } });
    expect(podSpec(docs).topologySpreadConstraints?.[0]).toMatchObject({ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: deployment(docs).spec!.selector.matchLabels } });
  });

  it('renders a PDB for replicas 2 without HPA, and none for one replica', async () => {
    const [two, one] = await Promise.all([
      render(chart, { valuesObject: { replicas: 2, backendStore: { type: 'postgresql' }, postgresql: postgres, artifacts: { type: 's3' }, s3 } }),
      render(chart, { valuesObject: { backendStore: { type: 'postgresql' }, postgresql: postgres, artifacts: { type: 's3' }, s3 } }),
    ]);
    expect(deployment(two).spec!.replicas).toBe(2);
    expect(ofKind(two, 'PodDisruptionBudget')).toHaveLength(1);
    expect(ofKind(one, 'PodDisruptionBudget')).toEqual([]);
    expect(podSpec(one).topologySpreadConstraints).toBeUndefined();
  });

  it('STRICT mTLS for the server (plain text only on the metrics listener, for a Prometheus outside the mesh) and an AuthorizationPolicy for its namespace and the allowed ones', () => {
    const pa = get(docs, 'PeerAuthentication') as any;
    expect(pa.spec!.mtls.mode).toBe('STRICT');
    expect(pa.spec!.portLevelMtls).toEqual({ '9090': { mode: 'PERMISSIVE' } });
    expect(pa.spec!.selector.matchLabels['app.kubernetes.io/component']).toBe('server');
    const authz = get(docs, 'AuthorizationPolicy') as any;
    expect(authz.spec!.action).toBe('ALLOW');
    expect(authz.spec!.rules).toEqual([
      { from: [{ source: { namespaces: ['default', 'ray', 'istio-system'] } }], to: [{ operation: { ports: ['5000'] } }] },
      { to: [{ operation: { ports: ['9090'], methods: ['GET'] } }] },
    ]);
    expect(docs).toPassPolicy('mtls', { mesh: { required: true } });
  });

  it('hook and test pods wait for the sidecar and stop it when done', () => {
    for (const pod of [job(docs, 'migrate')!.spec!.template, getTyped(docs, 'Pod')]) {
      expect(pod.metadata?.annotations?.['proxy.istio.io/config']).toBe('{"holdApplicationUntilProxyStarts": true}');
      expect(envOf(pod.spec!.containers[0]!).STOP_ISTIO_SIDECAR).toBe('true');
    }
    expect(file('migrate.sh')).toContain('15020/quitquitquit');
    expect(getTyped(docs, 'Pod').spec!.containers[0]!.args?.join('\n')).toContain('15020/quitquitquit');
  });

  it('the mesh mode follows global.mesh.mtlsMode when the chart leaves it empty', async () => {
    const permissive = await render(chart, { values: [ciFile('production')], apiVersions, valuesObject: { global: { mesh: { mtlsMode: 'PERMISSIVE' } } } });
    expect((get(permissive, 'PeerAuthentication') as any).spec.mtls.mode).toBe('PERMISSIVE');
    expect(check(permissive, platformContext(), { only: ['mtls'] }).length).toBeGreaterThan(0);
  });

  it('ServiceMonitor on the metrics port with the release label', () => {
    const sm = get(docs, 'ServiceMonitor') as any;
    expect(sm.metadata.labels.release).toBe('prometheus');
    expect(sm.spec!.selector.matchLabels).toEqual(deployment(docs).spec!.selector.matchLabels);
    expect(sm.spec!.endpoints[0]).toMatchObject({ port: 'metrics', path: '/metrics', interval: '30s', scrapeTimeout: '10s' });
  });
});

describe('monitoring switches', async () => {
  const [detected, off, noMetrics, globalOn] = await Promise.all([
    render(chart, { apiVersions: ['monitoring.coreos.com/v1'] }),
    render(chart, { apiVersions: ['monitoring.coreos.com/v1'], valuesObject: { metrics: { serviceMonitor: { enabled: false } } } }),
    render(chart, { apiVersions: ['monitoring.coreos.com/v1'], set: { 'metrics.enabled': false } }),
    render(chart, { valuesObject: { global: { monitoring: { enabled: true } } } }),
  ]);

  it('renders the ServiceMonitor when the API exists, the global says so, and not when switched off', () => {
    expect(ofKind(detected, 'ServiceMonitor')).toHaveLength(1);
    expect(ofKind(globalOn, 'ServiceMonitor')).toHaveLength(1);
    expect(ofKind(off, 'ServiceMonitor')).toEqual([]);
  });

  it('metrics off: no --expose-prometheus, no metrics volume, no monitor', () => {
    expect(server(noMetrics).args).not.toContain('--expose-prometheus');
    expect(podSpec(noMetrics).volumes!.map((v) => v.name)).not.toContain('metrics');
    expect(ofKind(noMetrics, 'ServiceMonitor')).toEqual([]);
  });
});

describe('scrape timeout', () => {
  it.each([3, 4] as const)('longer than the interval is refused, naming the value and the fix; equal or shorter renders (Helm %i)', async (helm) => {
    const longer = await failure({ metrics: { serviceMonitor: { interval: '1s', scrapeTimeout: '1001ms' } } }, helm);
    expect(longer.paths).toEqual(['metrics.serviceMonitor.scrapeTimeout']);
    expect(longer.stderr).toContain('is 1001ms, longer than metrics.serviceMonitor.interval (1s); Prometheus refuses such a scrape. Fix: set it to at most 1s');
    expect((await failure({ metrics: { serviceMonitor: { scrapeTimeout: '1h' } } }, helm)).paths).toEqual(['metrics.serviceMonitor.scrapeTimeout']);
    for (const serviceMonitor of [{ interval: '30s', scrapeTimeout: '30s' }, { interval: '1m', scrapeTimeout: '59s' }, { interval: '2h', scrapeTimeout: '90m' }]) {
      const docs = await render(chart, { helm, apiVersions: ['monitoring.coreos.com/v1'], valuesObject: { metrics: { serviceMonitor } } });
      expect((get(docs, 'ServiceMonitor') as any).spec.endpoints[0]).toMatchObject(serviceMonitor);
    }
  });
});

describe('NetworkPolicies', async () => {
  const docs = await render(chart, { values: [ciFile('postgres-s3')] });
  const serverPolicy = policy(docs, 'server');

  it('server: port 5000 from the namespace, the metrics listener from the scrapers; egress to DNS, PostgreSQL and MinIO only', () => {
    expect(serverPolicy.spec!.podSelector.matchLabels?.['app.kubernetes.io/component']).toBe('server');
    expect(serverPolicy.spec!.ingress).toEqual([
      { from: [{ podSelector: {} }], ports: [{ port: 5000, protocol: 'TCP' }] },
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: [{ port: 'metrics', protocol: 'TCP' }] },
    ]);
    const egress = serverPolicy.spec!.egress ?? [];
    expect(egress.map((r) => r.ports?.map((p) => p.port))).toEqual([[53, 53], [5432], [9000]]);
    expect(egress[1]?.to).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'data' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'postgresql' } } }]);
  });

  it('hook Jobs get their own policies (hooks themselves, weight -20): migrate to PostgreSQL, bucket to MinIO', () => {
    const migrate = policy(docs, 'migrate');
    expect(hookWeight(migrate)).toBe(-20);
    expect(migrate.spec!.ingress).toEqual([]);
    expect(firstEgressPorts(migrate)).toEqual([53, 5432]);
    const bucket = policy(docs, 'bucket');
    expect(firstEgressPorts(bucket)).toEqual([53, 9000]);
  });

  it('the test pod may only reach the server', () => {
    const test = policy(docs, 'test');
    expect(test.metadata.annotations?.['helm.sh/hook']).toBe('test');
    expect(test.spec!.egress?.[1]).toEqual({ to: [{ podSelector: { matchLabels: serverPolicy.spec!.podSelector.matchLabels } }], ports: [{ port: 5000, protocol: 'TCP' }] });
  });

  it('without same-namespace access, the test pod and the listed clients and scrapers are allowed', async () => {
    const narrow = await render(chart, { values: [ciFile('production')] });
    const ingress = policy(narrow, 'server').spec!.ingress ?? [];
    expect(ingress[0]?.from).toContainEqual({ podSelector: {} });
    const closed = await render(chart, { values: [ciFile('production')], set: { 'networkPolicy.allowSameNamespace': false } });
    const rules = policy(closed, 'server').spec!.ingress ?? [];
    expect(rules[0]?.from?.[0]).toEqual({ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'mlflow-platform', 'app.kubernetes.io/instance': 'test', 'app.kubernetes.io/component': 'test' } } });
    expect(rules[0]?.from).toContainEqual({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ray' } } });
    expect(rules[1]).toEqual({ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'platform' } } }], ports: [{ port: 'metrics', protocol: 'TCP' }] });
    expect(closed).toPassPolicy('network');
  });

  it('the S3 port follows the endpoint scheme, 443 for AWS; the mesh adds istiod egress', async () => {
    const [aws, https] = await Promise.all([
      render(chart, { values: [ciFile('direct-artifacts')], apiVersions }),
      render(chart, { valuesObject: { artifacts: { type: 's3' }, s3: { ...s3, endpoint: 'https://s3.example.com' } } }),
    ]);
    expect(firstEgressPorts(policy(aws, 'server'))).toEqual([53, 15012, 443]);
    expect(firstEgressPorts(policy(https, 'server'))).toEqual([53, 443]);
  });

  it('istiod egress follows global.mesh.istiodNamespace, and the chart value wins (shared helper)', async () => {
    const istiod = (docs: Manifest[]) =>
      ofKind(docs, 'NetworkPolicy').flatMap((np) => (getTyped([np], 'NetworkPolicy').spec?.egress ?? []).filter((r) => r.ports?.some((p) => p.port === 15012)).map((r) => r.to?.[0]?.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']));
    const [byDefault, viaGlobal, chartWins] = await Promise.all([
      render(chart, { values: [ciFile('direct-artifacts')], apiVersions }),
      render(chart, { values: [ciFile('direct-artifacts')], apiVersions, valuesObject: { global: { mesh: { istiodNamespace: 'istio-control' } } } }),
      render(chart, { values: [ciFile('direct-artifacts')], apiVersions, valuesObject: { mesh: { istiodNamespace: 'mesh' }, global: { mesh: { istiodNamespace: 'istio-control' } } } }),
    ]);
    expect(istiod(byDefault).length).toBeGreaterThan(0);
    expect(new Set(istiod(byDefault))).toEqual(new Set(['istio-system']));
    expect(new Set(istiod(viaGlobal))).toEqual(new Set(['istio-control']));
    expect(new Set(istiod(chartWins))).toEqual(new Set(['mesh']));
  });

  it('global.networkPolicy.enabled=false turns them off unless the chart says otherwise', async () => {
    const [off, forced] = await Promise.all([
      render(chart, { valuesObject: { global: { networkPolicy: { enabled: false } } } }),
      render(chart, { valuesObject: { global: { networkPolicy: { enabled: false } }, networkPolicy: { enabled: true } } }),
    ]);
    expect(ofKind(off, 'NetworkPolicy')).toEqual([]);
    expect(ofKind(forced, 'NetworkPolicy').length).toBeGreaterThan(0);
  });
});

describe('helm test', async () => {
  const docs = await render(chart, { namespace: 'ml' });
  const pod = getTyped(docs, 'Pod');
  const c = pod.spec!.containers[0]!;

  it('runs the REST API smoke test with the server image against the in-cluster tracking URI', () => {
    expect(pod.metadata.annotations?.['helm.sh/hook']).toBe('test');
    expect(c.image).toBe(image);
    expect([...c.command!, ...c.args!]).toEqual(['python', '-c', jobScript('smoke_test.py')]);
    expect(envOf(c).MLFLOW_TRACKING_URI).toBe(`http://${fullname}.ml.svc.cluster.local:5000`);
    expect(envOf(c).TEST_EXPERIMENT_NAME).toBe('helm-test-test');
    expect(pod.spec!.restartPolicy).toBe('Never');
  });

  it('the script creates an experiment, logs a run with a metric and reads it back', () => {
    const script = file('smoke_test.py');
    for (const endpoint of ['experiments/get-by-name', 'experiments/create', 'runs/create', 'runs/log-metric', 'runs/update', 'runs/get', 'metrics/get-history']) expect(script).toContain(`"${endpoint}"`);
    expect(script).toContain('/api/2.0/mlflow/');
  });

  it('the tracking URI host is one the server allows', () => {
    const host = new URL(String(envOf(c).MLFLOW_TRACKING_URI)).host;
    const allowed = flag(server(docs).args, '--allowed-hosts')!.split(',');
    expect(allowed.some((pattern) => pattern === host || (pattern.endsWith(':*') && host.startsWith(`${pattern.slice(0, -1)}`)))).toBe(true);
  });

  it('can be switched off', async () => {
    expect(ofKind(await render(chart, { set: { 'tests.enabled': false } }), 'Pod')).toEqual([]);
  });
});

describe('images', () => {
  it('global.imageRegistry rewrites every image (server, init, Jobs, test); a digest pins it', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const docs = await render(chart, { values: [ciFile('postgres-s3')], valuesObject: { global: { imageRegistry: 'mirror.local:5000' }, image: { digest } } });
    const images = podTemplates(docs).flatMap((p) => [...(p.template.spec!.initContainers ?? []), ...p.template.spec!.containers].map((c) => c.image));
    expect(images.length).toBeGreaterThanOrEqual(4);
    expect(new Set(images)).toEqual(new Set([`mirror.local:5000/mlflow/mlflow:v3.17.0-full@${digest}`]));
  });

  it('refuses latest', async () => {
    const { paths } = await failure({ image: { tag: 'latest' } });
    expect(paths).toContain('image.tag');
  });
});

describe('invalid combinations fail with the value path', () => {
  it('SQLite with more than one replica (Helm 3 and 4)', async () => {
    for (const helm of [3, 4] as const) {
      const { paths, stderr } = await failure({ replicas: 2 }, helm);
      expect(paths).toContain('replicas');
      expect(stderr).toMatch(/sqlite backend store.*Fix: set replicas to 1, or use backendStore.type=postgresql/);
    }
  });

  it('an S3 endpoint that is not http(s)://host[:port] is refused by the schema, not by urlParse in a template (Helm 3 and 4)', async () => {
    for (const helm of [3, 4] as const) {
      for (const endpoint of ['http://min`io:9000', 'https://user@minio', 'http://minio:port']) {
        expect((await failure({ artifacts: { type: 's3' }, s3: { ...s3, endpoint } }, helm)).paths, endpoint).toContain('s3.endpoint');
      }
    }
  });

  it('SQLite with autoscaling', async () => {
    const { paths, stderr } = await failure({ autoscaling: { enabled: true } });
    expect(paths).toContain('autoscaling.enabled');
    expect(stderr).toMatch(/sqlite/);
  });

  it('autoscaling without S3 artifacts, and min above max', async () => {
    expect((await failure({ backendStore: { type: 'postgresql' }, postgresql: postgres, autoscaling: { enabled: true }, persistence: { accessModes: ['ReadWriteMany'] } })).paths).toContain('autoscaling.enabled');
    expect((await failure({ backendStore: { type: 'postgresql' }, postgresql: postgres, artifacts: { type: 's3' }, s3, autoscaling: { enabled: true, minReplicas: 4, maxReplicas: 3 } })).paths).toContain('autoscaling.minReplicas');
  });

  it('volume artifacts on a ReadWriteOnce claim with several replicas; ReadWriteMany is accepted', async () => {
    expect((await failure({ replicas: 2, backendStore: { type: 'postgresql' }, postgresql: postgres })).paths).toContain('artifacts.type');
    const rwx = await render(chart, { valuesObject: { replicas: 2, backendStore: { type: 'postgresql' }, postgresql: postgres, persistence: { accessModes: ['ReadWriteMany'] } } });
    expect(deployment(rwx).spec!.strategy?.type).toBe('RollingUpdate');
  });

  it('PostgreSQL without host, without Secret; auth without Secret or sharing the tracking database', async () => {
    expect((await failure({ backendStore: { type: 'postgresql' }, postgresql: { existingSecret: 's' } })).paths).toContain('postgresql.host');
    expect((await failure({ backendStore: { type: 'postgresql' }, postgresql: { host: 'pg' } })).paths).toContain('postgresql.existingSecret');
    expect((await failure({ auth: { enabled: true } })).paths).toContain('auth.existingSecret');
    expect((await failure({ auth: { enabled: true, existingSecret: 'a', database: 'mlflow' }, backendStore: { type: 'postgresql' }, postgresql: postgres })).paths).toContain('auth.database');
    expect((await failure({ auth: { enabled: true, existingSecret: 'a', sqlite: { path: '/mlflow/mlflow.db' } } })).paths).toContain('auth.sqlite.path');
  });

  it('direct volume artifacts, Ingress without hosts, HTTPRoute without parents', async () => {
    expect((await failure({ artifacts: { proxied: false } })).paths).toContain('artifacts.proxied');
    expect((await failure({ ingress: { enabled: true } })).paths).toContain('ingress.hosts');
    expect((await failure({ httpRoute: { enabled: true } })).paths).toContain('httpRoute.parentRefs');
  });

  it('the schema rejects unknown stores and keys (Helm 3 and 4)', async () => {
    for (const helm of [3, 4] as const) {
      expect((await failure({ backendStore: { type: 'mysql' } }, helm)).paths).toContain('backendStore.type');
      expect((await failure({ s3: { bucket: 'Bad_Bucket' } }, helm)).paths).toContain('s3.bucket');
      expect((await failure({ server: { port: 8080 } }, helm)).paths).toContain('server.port');
    }
  });
});

describe('custom resources validate against the prometheus-operator, Istio and Gateway API CRDs', async () => {
  const docs = await render(chart, { values: [ciFile('production')], apiVersions });
  const custom = docs.filter((m) => ['monitoring.coreos.com/v1', 'security.istio.io/v1', 'gateway.networking.k8s.io/v1'].includes(m.apiVersion));

  it('ServiceMonitor, PeerAuthentication, AuthorizationPolicy and HTTPRoute are valid (unknown fields are errors)', async () => {
    expect(custom.map((m) => m.kind).sort()).toEqual(['AuthorizationPolicy', 'HTTPRoute', 'PeerAuthentication', 'ServiceMonitor']);
    const crds = await loadCrds();
    expect(custom.flatMap((m) => crds.validate(m))).toEqual([]);
    const broken = structuredClone(custom.find((m) => m.kind === 'ServiceMonitor')!) as any;
    broken.spec!.endpoints[0].basicAuth = { user: { name: 'x', key: 'y' } };
    expect(crds.validate(broken).join('\n')).toMatch(/user/);
  });
});
