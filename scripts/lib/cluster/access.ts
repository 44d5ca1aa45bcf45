import type { V1Service } from '@kubernetes/client-node';

/**
 * The ways into a running platform that the status page prints: one `kubectl port-forward` per
 * user-facing port (never a metrics, GCS or headless port), each with what to open once it runs.
 * Found by the labels the charts put on their Services (app.kubernetes.io/name and component) and the
 * port names, so they follow release names and fullnameOverride.
 */
export type AccessKind = 'mlflow' | 'feast' | 'feast-ui' | 'feast-registry' | 'feast-offline' | 'ray-dashboard' | 'ray-client' | 'ray-serve' | 'prometheus';

export interface AccessPoint {
  kind: AccessKind;
  /** What a user reaches: `MLflow UI and API`. */
  title: string;
  namespace: string;
  service: string;
  port: number;
  /** `http`, `https` or `grpc` (from the Service port's appProtocol or name). */
  protocol: 'http' | 'https' | 'grpc';
  /** The address that answers once the port-forward runs: an http(s) URL that answers GET, `ray://` or `grpc://`. */
  use: string;
}

interface Rule {
  kind: AccessKind;
  title: string;
  name: string;
  component?: string;
  ports: string[];
  /** The URL (or client call) to print for a local port. */
  use: (protocol: string, port: number) => string;
}

const url = (path = '') => (protocol: string, port: number) => `${protocol}://localhost:${port}${path}`;

const rules: Rule[] = [
  { kind: 'mlflow', title: 'MLflow UI and tracking API', name: 'mlflow-platform', component: 'server', ports: ['http', 'https'], use: url('') },
  { kind: 'feast', title: 'Feast feature server (POST /get-online-features)', name: 'feast', component: 'server', ports: ['http', 'https'], use: url('/health') },
  { kind: 'feast-ui', title: 'Feast UI', name: 'feast', component: 'ui', ports: ['http'], use: url('') },
  { kind: 'feast-registry', title: 'Feast registry server (gRPC)', name: 'feast', component: 'registry', ports: ['grpc'], use: (_p, port) => `grpc://localhost:${port}` },
  { kind: 'feast-offline', title: 'Feast offline server (Arrow Flight)', name: 'feast', component: 'offline', ports: ['flight'], use: (_p, port) => `grpc://localhost:${port}` },
  { kind: 'ray-dashboard', title: 'Ray dashboard and Jobs API', name: 'ray-cluster', component: 'ray-head', ports: ['dashboard'], use: url('') },
  { kind: 'ray-client', title: 'Ray client (ray.init address)', name: 'ray-cluster', component: 'ray-head', ports: ['client'], use: (_p, port) => `ray://localhost:${port}` },
  { kind: 'ray-serve', title: 'Ray Serve applications', name: 'ray-cluster', component: 'serve', ports: ['serve'], use: url('') },
  { kind: 'prometheus', title: 'Prometheus', name: 'prometheus', ports: ['http-web', 'web', 'http'], use: url('/-/ready') },
];

function protocolOf(port: { name?: string; appProtocol?: string }): AccessPoint['protocol'] {
  const p = (port.appProtocol ?? port.name ?? '').toLowerCase();
  return p === 'https' ? 'https' : p === 'grpc' || p === 'flight' ? 'grpc' : 'http';
}

/**
 * The access points of a namespace's Services. `serveRoute` is the route prefix of a running Serve
 * application (a RayService's, or one deployed on the cluster): without one the Serve port answers
 * nothing, so it is not printed.
 */
export function accessPoints(services: V1Service[], opts: { serveRoute?: string } = {}): AccessPoint[] {
  const out: AccessPoint[] = [];
  for (const s of services) {
    if (s.spec?.clusterIP === 'None') continue;
    const labels = s.metadata?.labels ?? {};
    for (const rule of rules) {
      if (labels['app.kubernetes.io/name'] !== rule.name) continue;
      if (rule.component && labels['app.kubernetes.io/component'] !== rule.component) continue;
      if (rule.kind === 'ray-serve' && opts.serveRoute === undefined) continue;
      const port = (s.spec?.ports ?? []).find((p) => rule.ports.includes(p.name ?? ''));
      if (!port) continue;
      const protocol = protocolOf(port);
      const use = rule.kind === 'ray-serve' ? `${protocol}://localhost:${port.port}${opts.serveRoute}` : rule.use(protocol, port.port);
      out.push({ kind: rule.kind, title: rule.title, namespace: s.metadata?.namespace ?? '', service: s.metadata?.name ?? '', port: port.port, protocol, use });
    }
  }
  const order = rules.map((r) => r.kind);
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.service.localeCompare(b.service));
}

/** The command the status page prints (local port = remote port, as users expect localhost:5000 for MLflow). */
export function portForwardCommand(a: AccessPoint): string {
  return `kubectl -n ${a.namespace} port-forward svc/${a.service} ${a.port}:${a.port}`;
}
