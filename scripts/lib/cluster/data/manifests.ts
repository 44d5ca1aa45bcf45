import type { Manifest } from '../../manifests/types.ts';
import type { PostgresRole, ServiceAddress } from './plan.ts';

/**
 * The servers of a data services plan as Kubernetes objects, each in its own namespace: a PVC for its
 * data (the local volume pool: a directory on the real node), a one-replica Deployment from a stand-in
 * image under Pod Security `restricted` (non-root, read-only root, no capabilities), a Service with the
 * name and port the release's values point at, and for PostgreSQL one Job per role that no chart
 * creates. Credentials come from the server's credentials Secret (data/credentials.ts), never inline.
 */

export const managedBy = { 'app.kubernetes.io/managed-by': 'mlp-up', 'app.kubernetes.io/part-of': 'ml-platform-data' };

/** Pod Security restricted at the pod level, with the image's own uid. */
function podSecurity(uid: number) {
  return { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid, seccompProfile: { type: 'RuntimeDefault' } };
}
const containerSecurity = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };

const secretEnv = (name: string, secret: string, key: string) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });

export const credentialsSecretName = (a: ServiceAddress) => `${a.service}-credentials`;

function labels(a: ServiceAddress, component: string) {
  return { 'app.kubernetes.io/name': a.service, 'app.kubernetes.io/component': component, ...managedBy };
}

function pvc(a: ServiceAddress, component: string): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: `${a.service}-data`, namespace: a.namespace, labels: labels(a, component) },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  };
}

function service(a: ServiceAddress, component: string, targetPort: number): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: a.service, namespace: a.namespace, labels: labels(a, component) },
    spec: { type: 'ClusterIP', selector: { 'app.kubernetes.io/name': a.service, 'app.kubernetes.io/component': component }, ports: [{ name: component, port: a.port, targetPort, protocol: 'TCP' }] },
  };
}

interface ServerSpec {
  component: string;
  image: string;
  uid: number;
  containerPort: number;
  env: object[];
  args?: string[];
  dataPath: string;
  /** Writable emptyDirs beside the data volume (the root filesystem is read-only). */
  scratch: string[];
  readinessProbe: object;
  livenessProbe: object;
  resources: object;
}

function deployment(a: ServiceAddress, s: ServerSpec): Manifest {
  const scratch = s.scratch.map((path, i) => ({ name: `scratch-${i}`, path }));
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: a.service, namespace: a.namespace, labels: labels(a, s.component) },
    spec: {
      replicas: 1,
      // One pod owns the data directory at a time.
      strategy: { type: 'Recreate' },
      selector: { matchLabels: { 'app.kubernetes.io/name': a.service, 'app.kubernetes.io/component': s.component } },
      template: {
        metadata: { labels: labels(a, s.component) },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurity(s.uid),
          containers: [
            {
              name: s.component,
              image: s.image,
              imagePullPolicy: 'IfNotPresent',
              ...(s.args ? { args: s.args } : {}),
              env: s.env,
              ports: [{ name: s.component, containerPort: s.containerPort, protocol: 'TCP' }],
              // Startup: the readiness check until it first passes (PostgreSQL initializes its data directory on the first start).
              startupProbe: { ...s.readinessProbe, periodSeconds: 2, failureThreshold: 90 },
              readinessProbe: s.readinessProbe,
              livenessProbe: s.livenessProbe,
              resources: s.resources,
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'data', mountPath: s.dataPath }, ...scratch.map((v) => ({ name: v.name, mountPath: v.path }))],
            },
          ],
          volumes: [{ name: 'data', persistentVolumeClaim: { claimName: `${a.service}-data` } }, ...scratch.map((v) => ({ name: v.name, emptyDir: {} }))],
        },
      },
    },
  };
}

/** PostgreSQL from the postgres stand-in (its entrypoint initializes PGDATA once, TLS on, scram-sha-256). */
export function postgresServer(a: ServiceAddress, image: string): Manifest[] {
  const secret = credentialsSecretName(a);
  const ready = { exec: { command: ['pg_isready', '--host=127.0.0.1', '--timeout=3'] } };
  return [
    pvc(a, 'postgresql'),
    deployment(a, {
      component: 'postgresql',
      image,
      uid: 70,
      containerPort: 5432,
      env: [secretEnv('POSTGRES_USER', secret, 'username'), secretEnv('POSTGRES_PASSWORD', secret, 'password')],
      dataPath: '/var/lib/postgresql',
      scratch: ['/var/run/postgresql', '/tmp'],
      readinessProbe: { ...ready, periodSeconds: 5, timeoutSeconds: 5 },
      livenessProbe: { tcpSocket: { port: 5432 }, periodSeconds: 10, failureThreshold: 6 },
      resources: { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '512Mi' } },
    }),
    service(a, 'postgresql', 5432),
  ];
}

/** Redis from the redis stand-in (REDIS_PASSWORD becomes --requirepass), snapshots on its volume. */
export function redisServer(a: ServiceAddress, image: string): Manifest[] {
  const ping = { exec: { command: ['sh', '-c', 'redis-cli --no-auth-warning -a "$REDIS_PASSWORD" ping | grep -q PONG'] } };
  return [
    pvc(a, 'redis'),
    deployment(a, {
      component: 'redis',
      image,
      uid: 999,
      containerPort: 6379,
      env: [secretEnv('REDIS_PASSWORD', credentialsSecretName(a), 'password')],
      dataPath: '/data',
      scratch: ['/tmp'],
      readinessProbe: { ...ping, periodSeconds: 5, timeoutSeconds: 5 },
      livenessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 10, failureThreshold: 6 },
      resources: { requests: { cpu: '20m', memory: '64Mi' }, limits: { memory: '256Mi' } },
    }),
    service(a, 'redis', 6379),
  ];
}

/**
 * The S3 server (versitygw, posix backend on its volume); its root credentials are the ones the release's
 * S3 Secrets carry. It listens on the port the values' endpoint names (MinIO's 9000 in the profiles), not
 * versitygw's default 7070: a NetworkPolicy's port is the pod's port after the Service's translation, and
 * the charts' egress rules name the endpoint's port.
 */
export function s3Server(a: ServiceAddress, image: string): Manifest[] {
  const secret = credentialsSecretName(a);
  return [
    pvc(a, 's3'),
    deployment(a, {
      component: 's3',
      image,
      uid: 65532,
      containerPort: a.port,
      env: [secretEnv('ROOT_ACCESS_KEY_ID', secret, 'access-key-id'), secretEnv('ROOT_SECRET_ACCESS_KEY', secret, 'secret-access-key')],
      args: ['--port', `:${a.port}`, '--health', '/health', 'posix', '/data'],
      dataPath: '/data',
      scratch: ['/tmp'],
      readinessProbe: { httpGet: { path: '/health', port: a.port }, periodSeconds: 5, timeoutSeconds: 5 },
      livenessProbe: { tcpSocket: { port: a.port }, periodSeconds: 10, failureThreshold: 6 },
      resources: { requests: { cpu: '20m', memory: '64Mi' }, limits: { memory: '256Mi' } },
    }),
    service(a, 's3', a.port),
  ];
}

export const roleJobName = (a: ServiceAddress, role: PostgresRole) => `${a.service}-role-${role.user}`.slice(0, 63).replace(/-+$/, '');

/**
 * Creates a role and its database as the server's admin, idempotently (the statements Feast's db-init
 * hook runs: each generated by a query that returns no row when the object exists, run by \gexec), and
 * sets the role's password from the credentials Secret (read with \getenv, never on a command line).
 */
export function roleJob(a: ServiceAddress, role: PostgresRole, image: string): Manifest {
  const secret = credentialsSecretName(a);
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: roleJobName(a, role), namespace: a.namespace, labels: labels(a, 'role') },
    spec: {
      backoffLimit: 3,
      activeDeadlineSeconds: 300,
      template: {
        metadata: { labels: labels(a, 'role') },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurity(70),
          containers: [
            {
              name: 'role',
              image,
              imagePullPolicy: 'IfNotPresent',
              command: [
                'sh',
                '-ec',
                [
                  'until pg_isready --timeout=5; do echo "waiting for PostgreSQL at $PGHOST:$PGPORT"; sleep 2; done',
                  `psql --no-psqlrc -v ON_ERROR_STOP=1 --set=role="$ROLE" --set=db="$DATABASE" <<'SQL'`,
                  '\\getenv password ROLE_PASSWORD',
                  "SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \\gexec",
                  "SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'role', :'password') \\gexec",
                  "SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \\gexec",
                  'SQL',
                  'echo "role $ROLE and database $DATABASE are in place"',
                ].join('\n'),
              ],
              env: [
                { name: 'PGHOST', value: a.service },
                { name: 'PGPORT', value: String(a.port) },
                { name: 'PGDATABASE', value: 'postgres' },
                { name: 'PGSSLMODE', value: 'require' },
                secretEnv('PGUSER', secret, 'username'),
                secretEnv('PGPASSWORD', secret, 'password'),
                { name: 'ROLE', value: role.user },
                { name: 'DATABASE', value: role.database },
                secretEnv('ROLE_PASSWORD', secret, `role-${role.user}`),
                { name: 'HOME', value: '/tmp' },
              ],
              resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } },
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}
