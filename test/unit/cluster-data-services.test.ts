import { describe, expect, it } from 'vitest';
import { planCredentials, releaseSecrets } from '../../scripts/lib/cluster/data/credentials.ts';
import { dataServiceManifests, postgresImageOf } from '../../scripts/lib/cluster/data/deploy.ts';
import { roleJob } from '../../scripts/lib/cluster/data/manifests.ts';
import { dataServicesPlan, isEmptyPlan, serviceAddress, umbrellaValues, umbrellaValuesOf } from '../../scripts/lib/cluster/data/plan.ts';
import { externalSecrets } from '../../scripts/lib/cluster/secrets.ts';
import { profileFile } from '../../scripts/lib/scenarios/index.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import { serviceReferences } from '../../scripts/lib/manifests/index.ts';
import { check, declaredFlows, formatFindings } from '../../scripts/lib/policies/index.ts';
import { platformContext } from '../support/matchers.ts';

const prodPlan = () => dataServicesPlan(umbrellaValuesOf([profileFile('prod')]), 'ml-platform');

describe('the data services a release needs (data/plan.ts)', () => {
  it('dev needs none', () => {
    expect(isEmptyPlan(dataServicesPlan(umbrellaValuesOf([profileFile('dev')]), 'ml-platform'))).toBe(true);
  });

  it('prod needs PostgreSQL, Redis and S3 in namespace data, at the hosts and ports its values name, one server each', () => {
    const plan = prodPlan();
    expect(plan.postgresql.map((p) => [p.namespace, p.service, p.port])).toEqual([['data', 'postgresql', 5432]]);
    expect(plan.redis.map((p) => [p.namespace, p.service, p.port])).toEqual([['data', 'redis-master', 6379]]);
    expect(plan.s3.map((p) => [p.namespace, p.service, p.port])).toEqual([['data', 'minio', 9000]]);
    // Feast's role is made by its db-init hook (with the admin Secret), MLflow's by up before install.
    expect(plan.postgresql[0]!.roles.map((r) => [r.user, r.database, r.createdByChart])).toEqual([['feast', 'feast', true], ['mlflow', 'mlflow', false]]);
    expect(plan.postgresql[0]!.admin).toEqual([{ username: { secret: 'postgresql-admin', key: 'username' }, password: { secret: 'postgresql-admin', key: 'password' } }]);
    // MLflow's artifacts and Ray share one S3 server and one Secret.
    expect(plan.s3[0]!.accessKeyId).toEqual([{ secret: 'minio-credentials', key: 'AWS_ACCESS_KEY_ID' }]);
    expect(plan.s3[0]!.buckets).toEqual([{ name: 'mlflow', createdByChart: true }]);
  });

  it('follows the values: another host and port, and a component turned off', () => {
    const values = umbrellaValues([umbrellaValuesOf([profileFile('prod')]), { feast: { redis: { host: 'cache.storage.svc', port: 6380 } }, components: { mlflow: false } }]);
    const plan = dataServicesPlan(values, 'ml-platform');
    expect(plan.redis.map((r) => `${r.namespace}/${r.service}:${r.port}`)).toEqual(['storage/cache:6380']);
    expect(plan.postgresql[0]!.roles.map((r) => r.user)).toEqual(['feast']);
    expect(plan.s3.map((s) => s.service)).toEqual(['minio']); // Ray still uses it
  });

  it('refuses a host outside the cluster, naming the value', () => {
    expect(() => serviceAddress('db.example.com', 5432, 'ml', 'feast.postgresql.host')).toThrow(/value feast\.postgresql\.host: "db\.example\.com" is not a Service of this cluster.*Fix:/);
    expect(serviceAddress('redis', 6379, 'ml', 'x')).toEqual({ service: 'redis', namespace: 'ml', port: 6379 });
  });
});

describe('credentials (data/credentials.ts)', () => {
  it('are generated once and kept: a server keeps the credentials its data was made with', () => {
    const plan = prodPlan();
    const first = planCredentials(plan, () => undefined);
    const again = planCredentials(plan, (ns, svc) => first.get(`${ns}/${svc}`));
    expect(again).toEqual(first);
    expect(first.get('data/postgresql')).toMatchObject({ username: 'postgres', password: expect.any(String), 'role-feast': expect.any(String), 'role-mlflow': expect.any(String) });
    expect(new Set(Object.values(first.get('data/postgresql')!)).size).toBe(4);
  });

  it('fill every Secret key the prod release reads from a data service with that server\'s credential', async () => {
    const plan = prodPlan();
    const credentials = planCredentials(plan, () => undefined);
    const secrets = releaseSecrets(plan, credentials);
    const pg = credentials.get('data/postgresql')!;
    expect(secrets.get('postgresql-admin')).toEqual({ username: pg.username, password: pg.password });
    expect(secrets.get('feast-postgresql')).toEqual({ password: pg['role-feast'] });
    expect(secrets.get('mlflow-postgresql')).toEqual({ password: pg['role-mlflow'] });
    expect(secrets.get('feast-redis')).toEqual({ 'redis-password': credentials.get('data/redis-master')!.password });
    expect(secrets.get('minio-credentials')).toEqual({ AWS_ACCESS_KEY_ID: credentials.get('data/minio')!['access-key-id'], AWS_SECRET_ACCESS_KEY: credentials.get('data/minio')!['secret-access-key'] });
    // Every external Secret key the rendered release reads is covered.
    const docs = await render('ml-platform', { values: [profileFile('prod')], release: 'ml-platform', namespace: 'ml-platform' });
    for (const s of externalSecrets(docs)) for (const key of s.keys) expect(secrets.get(s.name)?.[key], `${s.name}/${key}`).toBeDefined();
  });

  it('refuse two different values for one Secret key', () => {
    const plan = prodPlan();
    plan.redis[0]!.password = [{ secret: 'minio-credentials', key: 'AWS_ACCESS_KEY_ID' }];
    expect(() => releaseSecrets(plan, planCredentials(plan, () => undefined))).toThrow(/Secret minio-credentials key AWS_ACCESS_KEY_ID would need two different values/);
  });
});

describe('the data services\' objects (data/manifests.ts)', () => {
  const docs = () => {
    const plan = prodPlan();
    return [...dataServiceManifests(plan, { postgres: 'docker.io/library/postgres:18.4-alpine3.23', redis: 'localhost/mlp/redis:7.0.15', s3: 'localhost/mlp/versitygw:1.8.0' }), roleJob(plan.postgresql[0]!, plan.postgresql[0]!.roles[1]!, 'docker.io/library/postgres:18.4-alpine3.23')];
  };

  it('pass Pod Security restricted, resources, probes, pinned images and plain-text credential policies', () => {
    expect(formatFindings(check(docs(), platformContext(), { only: ['restricted', 'resources', 'images', 'secrets'] }))).toBe('no findings');
    expect(formatFindings(check(docs().filter((d) => d.kind !== 'Job'), platformContext(), { only: ['probes'] }))).toBe('no findings');
  });

  it('serve each server on the Service name and port the values point at; S3 on versitygw\'s own port behind it', () => {
    const services = docs().filter((d) => d.kind === 'Service').map((d) => [d.metadata.namespace, d.metadata.name, (d.spec as any).ports[0].port, (d.spec as any).ports[0].targetPort]);
    expect(services).toEqual([['data', 'postgresql', 5432, 5432], ['data', 'redis-master', 6379, 6379], ['data', 'minio', 9000, 9000]]);
  });

  it('run PostgreSQL from the image the feast chart pins for its db-init Job', () => {
    expect(postgresImageOf(umbrellaValuesOf([profileFile('prod')]))).toBe('postgres:18.4-alpine3.23');
  });
});

describe('the data services behind the prod release\'s NetworkPolicies', () => {
  it('admit every client of the release to each server\'s pod port (a policy port is the pod\'s, after the Service\'s translation)', async () => {
    const release = await render('ml-platform', { values: [profileFile('prod')], release: 'ml-platform', namespace: 'ml-platform' });
    const data = dataServiceManifests(prodPlan(), { postgres: 'docker.io/library/postgres:18.4-alpine3.23', redis: 'localhost/mlp/redis:7.0.15', s3: 'localhost/mlp/versitygw:1.8.0' });
    const flows = serviceReferences([...release, ...data]).filter((ref) => ref.service.metadata.namespace === 'data');
    // The env references to the data Services: S3 and PostgreSQL (Feast names Redis in its feature_store.yaml,
    // which references do not read; the real-pod tier's flow matrix covers that flow).
    expect(new Set(flows.map((ref) => ref.service.metadata.name))).toEqual(new Set(['postgresql', 'minio']));
    expect(formatFindings(declaredFlows([...release, ...data]))).toBe('no findings');
  });
});
