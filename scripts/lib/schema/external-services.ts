import type { Values } from './values.ts';

/**
 * The external services every chart connects to in one shape (ml-common's schema fragments postgresql,
 * s3 and redis), resolved as the charts resolve them (ml-common.externalService in
 * charts/ml-common/templates/_services.tpl): each field the chart's block leaves empty ("" or null) comes
 * from global.<kind>, then from the platform default; a PostgreSQL role named by neither is the database's name. A caBundle is taken whole, from whichever names a
 * Secret or ConfigMap. test/unit/ml-common.test.ts renders the helper beside this function on the same
 * inputs: the two cannot drift apart unnoticed.
 */
export type ServiceKind = 'postgresql' | 's3' | 'redis';

const caBundle = { secretName: '', configMapName: '', key: 'ca.crt' };

export const serviceDefaults: Record<ServiceKind, Values> = {
  postgresql: { host: '', port: 5432, database: '', user: '', existingSecret: '', passwordKey: 'password', usernameKey: '', sslMode: 'require', caBundle },
  s3: { endpoint: '', region: 'us-east-1', bucket: '', existingSecret: '', accessKeyIdKey: 'AWS_ACCESS_KEY_ID', secretAccessKeyKey: 'AWS_SECRET_ACCESS_KEY', caBundle },
  redis: { host: '', port: 6379, database: 0, existingSecret: '', passwordKey: 'redis-password', tls: false, caBundle },
};

const isSet = (key: string, v: unknown): boolean => {
  if (key === 'caBundle') return Boolean(v && typeof v === 'object' && ((v as Values).secretName || (v as Values).configMapName));
  return v !== undefined && v !== null && v !== '';
};

/** The effective service of a chart: `chart` is its block (e.g. values.postgresql), `global` the values' global. */
export function effectiveService(kind: ServiceKind, chart: unknown, global: unknown): Values {
  const fromGlobal = ((global as Values | undefined)?.[kind] ?? {}) as Values;
  const fromChart = (chart ?? {}) as Values;
  const out: Values = {};
  for (const [key, fallback] of Object.entries(serviceDefaults[kind])) {
    let value: unknown = fallback;
    for (const source of [fromGlobal, fromChart]) {
      if (isSet(key, source[key])) value = key === 'caBundle' ? { ...caBundle, ...(source[key] as Values) } : source[key];
    }
    out[key] = value;
  }
  // A PostgreSQL role that neither the chart nor the global names is the database's name (feast, mlflow).
  if (kind === 'postgresql' && !isSet('user', out.user)) out.user = out.database;
  return out;
}
