import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { render, tryRender } from '../../../scripts/lib/helm/render.ts';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { at, get, type Manifest } from '../../../scripts/lib/manifests/index.ts';
import { createAjv } from '../../../scripts/lib/schema/ajv.ts';
import { chartValues } from '../../support/values.ts';

const chart = 'charts/feast';
const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'feature-store-yaml.schema.json'), 'utf8'));
const validate = createAjv().compile(schema);

const registries = ['file', 'sql'] as const;
const onlineStores = ['sqlite', 'redis', 'postgres'] as const;
const offlineStores = ['file', 'duckdb', 'postgres'] as const;

/** Connections that every combination may need; credentials only as existing Secret names. */
const connections = chartValues<'feast'>({
  redis: { host: 'redis-master', port: 6380, database: 2, tls: true, existingSecret: 'redis', passwordKey: 'redis-password' },
  postgresql: { host: 'pg.databases.svc', port: 5433, database: 'features', user: 'feast_app', sslMode: 'verify-full', caBundle: { secretName: 'feast-pg-ca' }, existingSecret: 'feast-pg', passwordKey: 'pw' },
});

type Combination = { registry: (typeof registries)[number]; online: (typeof onlineStores)[number]; offline: (typeof offlineStores)[number] };
const combinations: Combination[] = registries.flatMap((registry) =>
  onlineStores.flatMap((online) => offlineStores.map((offline) => ({ registry, online, offline }))),
).filter((c) => !(c.online === 'sqlite' && c.registry === 'sql')); // rejected by the chart (tested below)

const valuesOf = (c: Combination) => chartValues<'feast'>({ ...connections, registry: { type: c.registry }, onlineStore: { type: c.online }, offlineStore: { type: c.offline } });

function featureStoreYaml(docs: Manifest[]): { text: string; parsed: Record<string, any> } {
  const text = (get(docs, 'ConfigMap', 'test-feast-config') as any).data['feature_store.yaml'] as string;
  return { text, parsed: parse(text) };
}

/** Python's os.path.expandvars, which Feast runs over the file before parsing it: $VAR and ${VAR}, unknown names kept. */
function expandvars(text: string, env: Record<string, string>): string {
  return text.replace(/\$(\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (whole, _m, braced, bare) => env[braced ?? bare] ?? whole);
}

/** Env vars of the feature server container that come from a Secret: name -> "secret/key". */
function secretEnv(docs: Manifest[]): Record<string, string> {
  const env = at(get(docs, 'Deployment', 'test-feast-server'), 'spec.template.spec.containers[0].env') as { name: string; valueFrom?: any }[];
  return Object.fromEntries(env.filter((e) => e.valueFrom?.secretKeyRef).map((e) => [e.name, `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`]));
}

describe('feature_store.yaml for every store combination', async () => {
  const rendered = await Promise.all(combinations.map(async (c) => ({ c, docs: await render(chart, { valuesObject: valuesOf(c) }) })));

  it.each(rendered.map(({ c, docs }) => [`${c.registry} registry, ${c.online} online, ${c.offline} offline`, c, docs] as const))(
    '%s: parses and has only documented fields',
    (_name, c, docs) => {
      const { parsed } = featureStoreYaml(docs);
      const valid = validate(parsed);
      expect(valid ? [] : validate.errors).toEqual([]);
      expect(parsed.registry.registry_type).toBe(c.registry);
      expect(parsed.online_store.type).toBe(c.online);
      expect(parsed.offline_store.type).toBe(c.offline);
      expect(parsed.entity_key_serialization_version).toBe(3);
      expect(parsed.project).toBe('ml_platform');
    },
  );

  it.each(rendered.map(({ c, docs }) => [`${c.registry}/${c.online}/${c.offline}`, c, docs] as const))(
    '%s: every ${VAR} is a Secret-backed env var of the server, and expands to the Secret value as a string',
    (_name, c, docs) => {
      const { text } = featureStoreYaml(docs);
      const referenced = [...new Set([...text.matchAll(/\$\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))].sort();
      const fromSecrets = secretEnv(docs);
      const usesPostgres = c.registry === 'sql' || c.online === 'postgres' || c.offline === 'postgres';
      const expected = [...(usesPostgres ? ['FEAST_POSTGRES_PASSWORD'] : []), ...(c.online === 'redis' ? ['FEAST_REDIS_PASSWORD'] : [])];
      expect(referenced).toEqual(expected);
      expect(Object.keys(fromSecrets).sort()).toEqual(expected);
      if (usesPostgres) expect(fromSecrets.FEAST_POSTGRES_PASSWORD).toBe('feast-pg/pw');
      if (c.online === 'redis') expect(fromSecrets.FEAST_REDIS_PASSWORD).toBe('redis/redis-password');

      // A numeric password must stay a string after expansion (Feast's password fields are StrictStr).
      const expanded = parse(expandvars(text, { FEAST_POSTGRES_PASSWORD: '12345', FEAST_REDIS_PASSWORD: '67890' }));
      if (c.online === 'postgres') expect(expanded.online_store.password).toBe('12345');
      if (c.offline === 'postgres') expect(expanded.offline_store.password).toBe('12345');
      if (c.online === 'redis') expect(expanded.online_store.connection_string).toBe('redis-master:6380,db=2,ssl=true,password=67890');
      if (c.registry === 'sql') expect(expanded.registry.path).toBe('postgresql+psycopg://feast_app:12345@pg.databases.svc:5433/features?sslmode=verify-full');
      expect(validate(expanded)).toBe(true);
    },
  );

  it('maps the connection values onto the documented fields', () => {
    const { parsed } = featureStoreYaml(rendered.find(({ c }) => c.online === 'postgres' && c.offline === 'postgres' && c.registry === 'sql')!.docs);
    const pg = { host: 'pg.databases.svc', port: 5433, database: 'features', user: 'feast_app', password: '${FEAST_POSTGRES_PASSWORD}', sslmode: 'verify-full', sslrootcert_path: '/etc/ml-platform/ca/postgresql/ca.crt', db_schema: 'public' };
    expect(parsed.online_store).toEqual({ type: 'postgres', ...pg });
    expect(parsed.offline_store).toEqual({ type: 'postgres', ...pg });
    expect(parsed.registry).toEqual({
      registry_type: 'sql',
      path: 'postgresql+psycopg://feast_app:${FEAST_POSTGRES_PASSWORD}@pg.databases.svc:5433/features?sslmode=verify-full',
      cache_ttl_seconds: 60,
      sqlalchemy_config_kwargs: { echo: false, pool_pre_ping: true },
    });
  });

  it('the schema fixture rejects what Feast would not accept (so the checks above can fail)', () => {
    const { parsed } = featureStoreYaml(rendered[0]!.docs);
    expect(validate({ ...parsed, online_store: { type: 'sqlite', path: '/data/x.db', connection_string: 'x:1' } })).toBe(false);
    expect(validate({ ...parsed, registry: { registry_type: 'sql', path: 'postgresql://u:p@h:5432/db' } })).toBe(false);
    expect(validate({ ...parsed, entity_key_serialization_version: 2 })).toBe(false);
    expect(validate({ ...parsed, offline_store: { type: 'postgres', host: 'h', database: 'd', user: 'u' } })).toBe(false);
  });
});

describe('feature_store.yaml details', async () => {
  const [redisCluster, noPassword, ttl, k8sAuth] = await Promise.all([
    render(chart, { valuesObject: { onlineStore: { type: 'redis', redis: { type: 'redis_cluster' } }, redis: { host: 'r', existingSecret: 'r' } } }),
    render(chart, { valuesObject: { onlineStore: { type: 'redis' }, redis: { host: 'r' } } }),
    render(chart, { valuesObject: { onlineStore: { type: 'redis', redis: { keyTtlSeconds: 3600 } }, redis: { host: 'r' }, registry: { cacheTtlSeconds: 0 } } }),
    render(chart, { valuesObject: { auth: { type: 'kubernetes' } } }),
  ]);

  it('redis_cluster has no db (cluster nodes have no SELECT)', () => {
    expect(featureStoreYaml(redisCluster).parsed.online_store).toEqual({ type: 'redis', redis_type: 'redis_cluster', connection_string: 'r:6379,password=${FEAST_REDIS_PASSWORD}' });
  });

  it('redis without a Secret connects without a password and mounts no Secret', () => {
    expect(featureStoreYaml(noPassword).parsed.online_store.connection_string).toBe('r:6379,db=0');
    expect(secretEnv(noPassword)).toEqual({});
  });

  it('passes key_ttl_seconds and cache_ttl_seconds through', () => {
    const { parsed } = featureStoreYaml(ttl);
    expect(parsed.online_store.key_ttl_seconds).toBe(3600);
    expect(parsed.registry.cache_ttl_seconds).toBe(0);
    expect(validate(parsed)).toBe(true);
  });

  it('writes auth: kubernetes when Kubernetes auth is on', () => {
    const { parsed } = featureStoreYaml(k8sAuth);
    expect(parsed.auth).toEqual({ type: 'kubernetes' });
    expect(validate(parsed)).toBe(true);
  });

  it('rejects a sqlite online store behind a shared sql registry, naming the value', async () => {
    const r = await tryRender(chart, { valuesObject: { ...connections, registry: { type: 'sql' as const } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toContain('onlineStore.type');
  });
});
