/**
 * A platform team's values for the ml-platform umbrella, composed in TypeScript: each shared service is
 * written once and handed to every component that uses it, and the compiler checks every key against
 * the charts' generated types (`npx mlp render ml-platform -f values/examples/platform-team.values.ts`
 * type-checks this file before Helm sees it; a misspelt key fails at its line).
 */
import type { ChartValues } from '../types/index.ts';

type PlatformValues = ChartValues['ml-platform'];

/** The team's data services, in the `data` namespace: named once, under global; each chart states only its own database, role and Secret. */
const data = { namespace: 'data', domain: 'data.svc' };
const fromData = [{ namespace: data.namespace }];

/** The same sizing for every CPU worker group of every team. */
const cpuWorker = (name: string, maxReplicas: number) => ({
  name,
  replicas: 1,
  minReplicas: 1,
  maxReplicas,
  resources: { requests: { cpu: '2', memory: '8Gi' }, limits: { memory: '8Gi' } },
});

export default {
  global: {
    mesh: { enabled: true, mtlsMode: 'STRICT' },
    networkPolicy: { enabled: true, egressTo: { postgresql: fromData, s3: fromData } },
    commonLabels: { team: 'ml-platform' },
    postgresql: { host: `postgresql.${data.domain}`, port: 5432, sslMode: 'require' },
    s3: { endpoint: `http://minio.${data.domain}:9000`, region: 'eu-west-1', existingSecret: 'minio-credentials' },
  },
  'ray-cluster': {
    autoscaling: { enabled: true },
    workers: [cpuWorker('batch', 8), cpuWorker('interactive', 2)],
  },
  feast: {
    registry: { type: 'sql' },
    onlineStore: { type: 'postgres' },
    offlineStore: { type: 'postgres' },
    postgresql: { database: 'feast', user: 'feast', existingSecret: 'feast-postgresql' },
  },
  'mlflow-platform': {
    backendStore: { type: 'postgresql' },
    postgresql: { database: 'mlflow', user: 'mlflow', existingSecret: 'mlflow-postgresql' },
    artifacts: { type: 's3', proxied: true },
    persistence: { enabled: false },
  },
} satisfies PlatformValues;
