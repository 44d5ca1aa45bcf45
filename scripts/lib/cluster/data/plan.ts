import { effectiveService } from '../../schema/external-services.ts';
import { chartDefaults, mergeValues, readValuesFile, subcharts, type Values } from '../../schema/values.ts';
import { umbrellaChart } from '../../scenarios/index.ts';

/**
 * The external services a release of the umbrella connects to (PostgreSQL, Redis, S3), read from its
 * values: where each one must answer (a Service `<name>.<namespace>.svc.cluster.local`), and which of
 * the release's Secrets hold which credential. `up` runs them on the local cluster from the stand-in
 * images (data/manifests.ts); a cluster of your own brings its own.
 */
export interface SecretKeyRef {
  secret: string;
  key: string;
}

export interface ServiceAddress {
  /** Service name and namespace, from `<service>.<namespace>[.svc[.cluster.local]]` (no namespace: the release's). */
  service: string;
  namespace: string;
  port: number;
}

export interface PostgresRole {
  user: string;
  database: string;
  password: SecretKeyRef;
  /** The chart creates the role and database itself (Feast's db-init hook); otherwise `up` must, before install. */
  createdByChart: boolean;
  /** Who needs it (`feast`, `mlflow-platform`). */
  usedBy: string;
}

export interface DataServicesPlan {
  postgresql: (ServiceAddress & { admin: { username: SecretKeyRef; password: SecretKeyRef }[]; roles: PostgresRole[] })[];
  redis: (ServiceAddress & { password: SecretKeyRef[] })[];
  s3: (ServiceAddress & { accessKeyId: SecretKeyRef[]; secretAccessKey: SecretKeyRef[]; buckets: { name: string; createdByChart: boolean }[] })[];
}

/** The umbrella's values as Helm computes them: its defaults, each subchart's defaults under its key, then the files in order. */
export function umbrellaValues(files: Values[]): Values {
  let values = chartDefaults(umbrellaChart);
  for (const { key } of subcharts(umbrellaChart)) {
    if (key === 'ml-common') continue;
    values = mergeValues(values, { [key]: mergeValues(chartDefaults(key), values[key] ?? {}) }) as Values;
  }
  for (const file of files) values = mergeValues(values, file) as Values;
  return values;
}

export function umbrellaValuesOf(files: string[]): Values {
  return umbrellaValues(files.map(readValuesFile));
}

/** `<service>.<namespace>[.svc[.<domain>]]`, or a bare Service name in the release's namespace. */
export function serviceAddress(host: string, port: number, releaseNamespace: string, path: string): ServiceAddress {
  const labels = host.split('.');
  if (!host || labels.some((l) => !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(l)) || (labels.length > 2 && labels[2] !== 'svc')) {
    throw new Error(`value ${path}: ${JSON.stringify(host)} is not a Service of this cluster (<service>.<namespace>.svc.cluster.local), so the local cluster cannot run it. Fix: point it at a Service name, or install into a cluster of your own with --context.`);
  }
  return { service: labels[0]!, namespace: labels[1] ?? releaseNamespace, port };
}

const get = (v: Values, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Values)[k] : undefined), v);
const str = (v: Values, path: string): string => String(get(v, path) ?? '');
const num = (v: Values, path: string): number => Number(get(v, path));

function addressKey(a: ServiceAddress): string {
  return `${a.namespace}/${a.service}:${a.port}`;
}

/** Entries with the same address become one server, their references merged. */
function byAddress<T extends ServiceAddress>(entries: T[], merge: (into: T, next: T) => void): T[] {
  const out = new Map<string, T>();
  for (const e of entries) {
    const seen = out.get(addressKey(e));
    if (seen) merge(seen, e);
    else out.set(addressKey(e), e);
  }
  return [...out.values()];
}

/** What a release of the umbrella with these values needs running before it installs. */
export function dataServicesPlan(values: Values, releaseNamespace: string): DataServicesPlan {
  const components = (values.components ?? {}) as Values;
  const postgresql: DataServicesPlan['postgresql'] = [];
  const redis: DataServicesPlan['redis'] = [];
  const s3: DataServicesPlan['s3'] = [];

  const global = values.global;
  const s3Port = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (components.feast !== false) {
    const f = (values.feast ?? {}) as Values;
    const usesPostgres = str(f, 'registry.type') === 'sql' || str(f, 'onlineStore.type') === 'postgres' || str(f, 'offlineStore.type') === 'postgres';
    if (usesPostgres) {
      const pg = effectiveService('postgresql', f.postgresql, global);
      const dbInit = str(f, 'dbInit.enabled') === 'true';
      postgresql.push({
        ...serviceAddress(str(pg, 'host'), num(pg, 'port'), releaseNamespace, 'feast.postgresql.host'),
        admin: dbInit ? [{ username: { secret: str(f, 'dbInit.auth.existingSecret'), key: str(f, 'dbInit.auth.usernameKey') }, password: { secret: str(f, 'dbInit.auth.existingSecret'), key: str(f, 'dbInit.auth.passwordKey') } }] : [],
        roles: [{ user: str(pg, 'user'), database: str(pg, 'database'), password: { secret: str(pg, 'existingSecret'), key: str(pg, 'passwordKey') }, createdByChart: dbInit, usedBy: 'feast' }],
      });
    }
    if (str(f, 'onlineStore.type') === 'redis') {
      const r = effectiveService('redis', f.redis, global);
      const secret = str(r, 'existingSecret');
      redis.push({ ...serviceAddress(str(r, 'host'), num(r, 'port'), releaseNamespace, 'feast.redis.host'), password: secret ? [{ secret, key: str(r, 'passwordKey') }] : [] });
    }
  }
  if (components.mlflow !== false) {
    const m = (values['mlflow-platform'] ?? {}) as Values;
    if (str(m, 'backendStore.type') === 'postgresql') {
      const pg = effectiveService('postgresql', m.postgresql, global);
      if (str(pg, 'usernameKey')) throw new Error('value mlflow-platform.postgresql.usernameKey: the local cluster creates the MLflow role from postgresql.user. Fix: leave usernameKey empty.');
      postgresql.push({
        ...serviceAddress(str(pg, 'host'), num(pg, 'port'), releaseNamespace, 'mlflow-platform.postgresql.host'),
        admin: [],
        roles: [{ user: str(pg, 'user'), database: str(pg, 'database'), password: { secret: str(pg, 'existingSecret'), key: str(pg, 'passwordKey') }, createdByChart: false, usedBy: 'mlflow-platform' }],
      });
    }
    if (str(m, 'artifacts.type') === 's3') {
      const store = effectiveService('s3', m.s3, global);
      const url = new URL(str(store, 'endpoint'));
      const secret = str(store, 'existingSecret');
      s3.push({
        ...serviceAddress(url.hostname, s3Port(url), releaseNamespace, 'mlflow-platform.s3.endpoint'),
        accessKeyId: [{ secret, key: str(store, 'accessKeyIdKey') }],
        secretAccessKey: [{ secret, key: str(store, 'secretAccessKeyKey') }],
        buckets: [{ name: str(store, 'bucket'), createdByChart: str(m, 'artifacts.s3.createBucket.enabled') === 'true' }],
      });
    }
  }
  if (components.rayCluster !== false) {
    const r = (values['ray-cluster'] ?? {}) as Values;
    const store = effectiveService('s3', r.s3, global);
    // Ray containers get S3 when it names an endpoint or a Secret (ray-cluster.s3); the local cluster runs the endpoint's server.
    if (str(store, 'endpoint')) {
      const url = new URL(str(store, 'endpoint'));
      const secret = str(store, 'existingSecret');
      s3.push({
        ...serviceAddress(url.hostname, s3Port(url), releaseNamespace, 'ray-cluster.s3.endpoint'),
        accessKeyId: [{ secret, key: str(store, 'accessKeyIdKey') }],
        secretAccessKey: [{ secret, key: str(store, 'secretAccessKeyKey') }],
        buckets: [],
      });
    }
  }
  const uniqueRefs = <T>(list: T[]) => [...new Map(list.map((x) => [JSON.stringify(x), x])).values()];
  return {
    postgresql: byAddress(postgresql, (a, b) => {
      a.admin = uniqueRefs([...a.admin, ...b.admin]);
      a.roles.push(...b.roles);
    }),
    redis: byAddress(redis, (a, b) => {
      a.password = uniqueRefs([...a.password, ...b.password]);
    }),
    s3: byAddress(s3, (a, b) => {
      a.accessKeyId = uniqueRefs([...a.accessKeyId, ...b.accessKeyId]);
      a.secretAccessKey = uniqueRefs([...a.secretAccessKey, ...b.secretAccessKey]);
      a.buckets.push(...b.buckets);
    }),
  };
}

export function isEmptyPlan(plan: DataServicesPlan): boolean {
  return plan.postgresql.length + plan.redis.length + plan.s3.length === 0;
}

/** The namespaces the servers run in. */
export function dataNamespaces(plan: DataServicesPlan): string[] {
  return [...new Set([...plan.postgresql, ...plan.redis, ...plan.s3].map((s) => s.namespace))].sort();
}
