import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../scripts/lib/helm/render.ts';
import { getTyped, type Manifest, podTemplates } from '../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { check } from '../../scripts/lib/policies/index.ts';
import { platformContext } from '../support/matchers.ts';
import { chartValues } from '../support/values.ts';

/**
 * TLS to databases: every TLS client of feast and mlflow-platform (PostgreSQL, Redis, S3) takes a CA bundle
 * in the same shape, `caBundle: {secretName | configMapName, key}`, and every pod that runs the client
 * mounts it and names it to the client (PGSSLROOTCERT for libpq, AWS_CA_BUNDLE for boto3, Feast's redis
 * connection string for redis-py, sslrootcert_path in feature_store.yaml).
 */
const ci = (chart: string, name: string) => join(repoRoot, 'charts', chart, 'ci', `${name}-values.yaml`);

interface Mounted {
  pod: string;
  container: string;
  env: Record<string, string>;
  /** mountPath -> the volume's source (secret or configMap name, and the key mounted as ca.crt). */
  mounts: Record<string, { secret?: string; configMap?: string; key?: string }>;
}

/** Every container, with its plain env and the CA bundle volumes it mounts. */
function containers(docs: Manifest[]): Mounted[] {
  return podTemplates(docs).flatMap(({ owner, template }) => {
    const volumes = new Map((template.spec.volumes ?? []).map((v) => [v.name, v]));
    return [...(template.spec.initContainers ?? []), ...template.spec.containers].map((c) => ({
      pod: `${owner.kind}/${owner.metadata.name}`,
      container: c.name,
      env: Object.fromEntries((c.env ?? []).flatMap((e) => (e.value === undefined ? [] : [[e.name, e.value] as const]))),
      mounts: Object.fromEntries(
        (c.volumeMounts ?? [])
          .filter((m) => m.mountPath.startsWith('/etc/ml-platform/ca/'))
          .map((m) => {
            const v = volumes.get(m.name);
            return [m.mountPath, { secret: v?.secret?.secretName, configMap: v?.configMap?.name, key: (v?.secret ?? v?.configMap)?.items?.find((i) => i.path === 'ca.crt')?.key }];
          }),
      ),
    }));
  });
}

/** The CA file a client is given, checked against the mount that holds it: the file must be inside a mounted bundle. */
function mountedFile(c: Mounted, file: string | undefined) {
  expect(file, `${c.pod} ${c.container}`).toBeDefined();
  const dir = file!.slice(0, file!.lastIndexOf('/'));
  expect(file!.endsWith('/ca.crt'), file).toBe(true);
  return c.mounts[dir];
}

describe('feast: PostgreSQL verify-full and Redis TLS with a private CA', async () => {
  const tls = chartValues<'feast'>({
    postgresql: { sslMode: 'verify-full', caBundle: { configMapName: 'platform-ca', key: 'ca.pem' } },
    redis: { tls: true, caBundle: { secretName: 'redis-ca' } },
  });
  const docs = await render('charts/feast', { values: [ci('feast', 'redis-postgres')], valuesObject: tls, apiVersions: ['monitoring.coreos.com/v1', 'security.istio.io/v1'] });
  const store = parse(getTyped(docs, 'ConfigMap', 'test-feast-config').data!['feature_store.yaml']!);
  // Containers that talk to the stores: those that mount feature_store.yaml (the config volume) and the DB-init Job's
  // (not e.g. the apply Job's copy-feature-repo init container, which only copies files).
  const loadsConfig = (pod: string, container: string) =>
    podTemplates(docs).some((t) => {
      if (`${t.owner.kind}/${t.owner.metadata.name}` !== pod) return false;
      const configVolumes = (t.template.spec.volumes ?? []).filter((v) => v.configMap?.name === 'test-feast-config').map((v) => v.name);
      const c = [...(t.template.spec.initContainers ?? []), ...t.template.spec.containers].find((x) => x.name === container);
      return (c?.volumeMounts ?? []).some((m) => configVolumes.includes(m.name));
    });
  const clients = containers(docs).filter((c) => loadsConfig(c.pod, c.container) || c.container === 'db-init');

  it('reaches every pod that talks to PostgreSQL: PGSSLROOTCERT names the ConfigMap key, mounted', () => {
    expect(clients.map((c) => c.pod)).toEqual(expect.arrayContaining(['Deployment/test-feast-server', 'Job/test-feast-apply', 'Job/test-feast-db-init', 'Deployment/test-feast-registry']));
    for (const c of clients) expect(mountedFile(c, c.env.PGSSLROOTCERT)).toEqual({ configMap: 'platform-ca', key: 'ca.pem' });
  });

  it('names the bundle in feature_store.yaml: sslrootcert_path of the postgres offline store, ssl_ca_certs of the Redis connection', () => {
    const server = clients.find((c) => c.pod === 'Deployment/test-feast-server' && c.container === 'feature-server')!;
    expect(mountedFile(server, store.offline_store.sslrootcert_path)).toEqual({ configMap: 'platform-ca', key: 'ca.pem' });
    const redisCa = /(^|,)ssl_ca_certs=([^,]+)/.exec(store.online_store.connection_string)?.[2];
    expect(store.online_store.connection_string).toMatch(/(^|,)ssl=true(,|$)/);
    expect(mountedFile(server, redisCa)).toEqual({ secret: 'redis-ca', key: 'ca.crt' });
  });

  it('passes every policy', () => expect(docs).toPassPolicies({ mesh: { required: true } }));
});

describe('mlflow-platform: PostgreSQL verify-full and an S3 endpoint with a private CA', async () => {
  const tls = chartValues<'mlflow-platform'>({
    postgresql: { sslMode: 'verify-full', caBundle: { secretName: 'pg-ca' } },
    s3: { endpoint: 'https://minio.data.svc:9000', caBundle: { configMapName: 'platform-ca', key: 'ca.pem' } },
    artifacts: { s3: { createBucket: { enabled: true } } },
  });
  const docs = await render('charts/mlflow-platform', { values: [ci('mlflow-platform', 'postgres-s3')], valuesObject: tls });
  const all = containers(docs);
  const of = (pod: string) => all.find((c) => c.pod === pod)!;

  it('the server gets both bundles, the migration Job the PostgreSQL one, the bucket Job the S3 one', () => {
    const server = of('Deployment/test-mlflow-platform');
    expect(mountedFile(server, server.env.PGSSLROOTCERT)).toEqual({ secret: 'pg-ca', key: 'ca.crt' });
    expect(mountedFile(server, server.env.AWS_CA_BUNDLE)).toEqual({ configMap: 'platform-ca', key: 'ca.pem' });
    const migrate = of('Job/test-mlflow-platform-migrate');
    expect(mountedFile(migrate, migrate.env.PGSSLROOTCERT)).toEqual({ secret: 'pg-ca', key: 'ca.crt' });
    expect(migrate.env.AWS_CA_BUNDLE).toBeUndefined();
    const bucket = of('Job/test-mlflow-platform-bucket');
    expect(mountedFile(bucket, bucket.env.AWS_CA_BUNDLE)).toEqual({ configMap: 'platform-ca', key: 'ca.pem' });
    expect(bucket.env.PGSSLROOTCERT).toBeUndefined();
  });

  it('passes every policy', () => expect(check(docs, platformContext())).toEqual([]));
});

describe('without a bundle nothing is mounted', async () => {
  const [feast, mlflow] = await Promise.all([render('charts/feast', { values: [ci('feast', 'redis-postgres')] }), render('charts/mlflow-platform', { values: [ci('mlflow-platform', 'postgres-s3')] })]);
  it.each([
    ['feast', feast],
    ['mlflow-platform', mlflow],
  ] as const)('%s', (_, docs) => {
    for (const c of containers(docs)) {
      expect(c.mounts).toEqual({});
      expect(c.env.PGSSLROOTCERT ?? c.env.AWS_CA_BUNDLE).toBeUndefined();
    }
  });
});

describe('invalid CA settings fail naming the value (Helm 3 and 4)', () => {
  const cases: [string, string, unknown, string][] = [
    ['feast verify-full without a CA', 'feast', { postgresql: { sslMode: 'verify-full' } }, 'postgresql.caBundle'],
    ['feast verify-ca without a CA', 'feast', { postgresql: { sslMode: 'verify-ca' } }, 'postgresql.caBundle'],
    ['feast a Secret and a ConfigMap', 'feast', { postgresql: { caBundle: { secretName: 'a', configMapName: 'b' } } }, 'postgresql.caBundle.configMapName'],
    ['feast a Redis CA without TLS', 'feast', { redis: { tls: false, caBundle: { secretName: 'redis-ca' } } }, 'redis.caBundle'],
    ['mlflow verify-full without a CA', 'mlflow-platform', { postgresql: { sslMode: 'verify-full' } }, 'postgresql.caBundle'],
    ['mlflow an S3 CA while TLS is not verified', 'mlflow-platform', { artifacts: { s3: { ignoreTls: true } }, s3: { caBundle: { secretName: 's3-ca' } } }, 's3.caBundle'],
    ['mlflow a CA key that is not a key', 'mlflow-platform', { s3: { caBundle: { secretName: 's3-ca', key: 'ca crt' } } }, 's3.caBundle.key'],
  ];
  const base = { feast: ci('feast', 'redis-postgres'), 'mlflow-platform': ci('mlflow-platform', 'postgres-s3') } as Record<string, string>;
  it.each(cases.flatMap(([name, chart, values, path]) => ([3, 4] as const).map((helm) => [name, helm, chart, values, path] as const)))('%s (helm %i)', async (_, helm, chart, valuesObject, path) => {
    const r = await tryRender(chart, { values: [base[chart]!], valuesObject, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toContain(path);
  });
});
