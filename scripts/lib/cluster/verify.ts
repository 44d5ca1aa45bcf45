import type { CoreV1Event, V1Pod, V1Service } from '@kubernetes/client-node';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import { toolPath } from '../tools/index.ts';
import { type AccessPoint, accessPoints, portForwardCommand } from './access.ts';
import { type Kube, kube, statusOf } from './kube.ts';
import { monitoringNamespace } from './monitoring/resources.ts';
import { type LiveCheck, checkAccessPoint, feastTestRequest, serveApplications } from './live-checks.ts';
import { type ServiceOnFakePods, findServicesOnFakePods, isFakeNode } from './node/placement.ts';
import { notReadyReason, podReady, restarts } from './pod-status.ts';
import { withPortForward } from './port-forward.ts';
import type { Cluster } from './types.ts';

export interface ComponentStatus {
  /** app.kubernetes.io/name of its pods. */
  component: string;
  release: string;
  podsReady: number;
  podsTotal: number;
  /** `pod: why` for each pod that is not ready (scheduling, container state, the failing probe's message). */
  notReady: string[];
}

export interface ServiceStatus {
  name: string;
  type: string;
  ports: string[];
}

export interface RayClusterStatus {
  name: string;
  state: string;
  readyWorkers: number;
  desiredWorkers: number;
  head: string;
}

export interface VerifyReport {
  cluster: Cluster;
  namespace: string;
  components: ComponentStatus[];
  services: ServiceStatus[];
  rayClusters: RayClusterStatus[];
  /** Services of the namespace that would send real traffic to a fake (kwok) pod. */
  servicesOnFakePods: ServiceOnFakePods[];
  /** Containers of long-running pods that restarted (`pod/container (count, last exit)`). */
  restarts: string[];
  /** The port-forwards the status page prints, each with the address that answers. */
  access: AccessPoint[];
  /** Checks of the live endpoints behind the access points; `simulated` when the pods run on kwok nodes (nothing answers). */
  live: LiveCheck[] | 'simulated';
  /** The kubectl the toolkit provisioned (the access commands use it). */
  kubectl: string;
  /** Every long-running pod Ready, every RayCluster `ready`, no Service on a fake pod, every live check passed. */
  healthy: boolean;
}

const isTestOrHook = (p: V1Pod) => Boolean(p.metadata?.annotations?.['helm.sh/hook']) || (p.metadata?.ownerReferences ?? []).some((o) => o.kind === 'Job');

function servicePorts(s: V1Service): string[] {
  return (s.spec?.ports ?? []).map((p) => `${p.name ? `${p.name} ` : ''}${p.port}/${p.protocol ?? 'TCP'}`);
}

function componentOf(p: V1Pod): string {
  const labels = p.metadata?.labels ?? {};
  if (labels['ray.io/node-type']) return `ray-${labels['ray.io/node-type']}${labels['ray.io/group'] && labels['ray.io/node-type'] === 'worker' ? `/${labels['ray.io/group']}` : ''}`;
  if (labels['app.kubernetes.io/component']) return `${labels['app.kubernetes.io/name'] ?? '?'}/${labels['app.kubernetes.io/component']}`;
  return labels['app.kubernetes.io/name'] ?? p.metadata?.name ?? '?';
}

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  Boolean(selector) && Object.entries(selector!).every(([k, v]) => labels?.[k] === v);

/** The route prefix of a RayService's first Serve application (its serveConfigV2), when the namespace has one. */
function rayServiceRoute(rayServices: any[]): string | undefined {
  for (const rs of rayServices) {
    const config = parse(String(rs.spec?.serveConfigV2 ?? '')) as { applications?: { route_prefix?: string }[] } | null;
    const app = config?.applications?.[0];
    if (app) return app.route_prefix ?? '/';
  }
  return undefined;
}

/**
 * Reads what is running in a namespace: pods by component with the reason each unready pod gives,
 * services, RayClusters, restarts; then, when the pods run (not on kwok nodes), checks every access
 * point's live endpoint through a port-forward. `live: false` reads the API only.
 */
export async function verify(cluster: Cluster, namespace: string, opts: { live?: boolean } = {}): Promise<VerifyReport> {
  const k = kube(cluster);
  const [pods, services, events, rayClusters, rayServices, onFakePods, nodes] = await Promise.all([
    k.core.listNamespacedPod({ namespace }).then((l) => l.items),
    k.core.listNamespacedService({ namespace }).then((l) => l.items),
    k.core.listNamespacedEvent({ namespace }).then((l) => l.items as CoreV1Event[]),
    k.custom.listNamespacedCustomObject({ group: 'ray.io', version: 'v1', namespace, plural: 'rayclusters' }).then((l) => (l as { items: any[] }).items).catch(() => [] as any[]),
    k.custom.listNamespacedCustomObject({ group: 'ray.io', version: 'v1', namespace, plural: 'rayservices' }).then((l) => (l as { items: any[] }).items).catch(() => [] as any[]),
    // Without permission to list nodes (a borrowed cluster), fake nodes cannot be told apart: nothing to report.
    findServicesOnFakePods(k, [namespace]).catch((error: unknown) => (statusOf(error) === 403 ? [] : Promise.reject(error))),
    k.core.listNode().then((l) => l.items).catch(() => []),
  ]);
  const fakeNodes = new Set(nodes.filter(isFakeNode).map((n) => n.metadata?.name));
  const serving = pods.filter((p) => !isTestOrHook(p));
  const byComponent = new Map<string, ComponentStatus>();
  for (const p of serving) {
    const labels = p.metadata?.labels ?? {};
    const component = componentOf(p);
    const entry = byComponent.get(component) ?? { component, release: labels['app.kubernetes.io/instance'] ?? labels['ray.io/cluster'] ?? '', podsReady: 0, podsTotal: 0, notReady: [] };
    entry.podsTotal++;
    if (podReady(p)) entry.podsReady++;
    else entry.notReady.push(`${p.metadata?.name}: ${notReadyReason(p, events)}`);
    byComponent.set(component, entry);
  }
  const svc = services.map((s) => ({ name: s.metadata?.name ?? '', type: s.spec?.type ?? 'ClusterIP', ports: servicePorts(s) })).sort((a, b) => a.name.localeCompare(b.name));
  const rays: RayClusterStatus[] = rayClusters.map((rc) => ({
    name: rc.metadata?.name,
    state: rc.status?.state ?? (rc.status?.conditions?.find((c: any) => c.type === 'RayClusterProvisioned')?.status === 'True' ? 'ready' : 'pending'),
    readyWorkers: rc.status?.readyWorkerReplicas ?? 0,
    desiredWorkers: rc.status?.desiredWorkerReplicas ?? 0,
    head: rc.status?.head?.serviceName ?? rc.status?.head?.podName ?? '',
  }));
  const components = [...byComponent.values()].sort((a, b) => a.component.localeCompare(b.component));
  const simulated = serving.length > 0 && serving.every((p) => fakeNodes.has(p.spec?.nodeName));
  let access = accessPoints([...services, ...(await monitoringServices(k, namespace))], { serveRoute: rayServiceRoute(rayServices) });
  let live: LiveCheck[] | 'simulated' = [];
  if (simulated) live = 'simulated';
  else if (opts.live !== false) {
    const expectations = { feastRequest: await feastTestRequest(cluster, namespace).catch(() => undefined) };
    /** Expected alive Ray nodes behind a head Service: the head plus its RayCluster's desired workers. */
    const rayNodes = (service: string) => {
      const selector = services.find((s) => s.metadata?.name === service)?.spec?.selector;
      const clusterName = serving.find((p) => selects(selector, p.metadata?.labels))?.metadata?.labels?.['ray.io/cluster'];
      const rc = rays.find((r) => r.name === clusterName);
      return rc ? 1 + rc.desiredWorkers : undefined;
    };
    const checks: LiveCheck[] = [];
    for (const a of access) checks.push(await checkAccessPoint(cluster, a, { ...expectations, rayNodes: a.kind === 'ray-dashboard' ? rayNodes(a.service) : undefined }));
    // A Serve application deployed on a RayCluster (not by a RayService) is found through the dashboard.
    const dashboard = access.find((a) => a.kind === 'ray-dashboard');
    if (dashboard && !access.some((a) => a.kind === 'ray-serve')) {
      const apps = await withPortForward(cluster, namespace, `svc/${dashboard.service}`, dashboard.port, (port) => serveApplications(`http://127.0.0.1:${port}`)).catch(() => ({}));
      const first = Object.values(apps)[0];
      if (first) {
        const serve = accessPoints(services, { serveRoute: first.route_prefix ?? '/' }).filter((a) => a.kind === 'ray-serve');
        access = [...access, ...serve];
        for (const a of serve) checks.push(await checkAccessPoint(cluster, a, expectations));
      }
    }
    live = checks;
  }
  const healthy =
    components.length > 0 &&
    components.every((c) => c.podsReady === c.podsTotal) &&
    rays.every((r) => r.state === 'ready') &&
    onFakePods.length === 0 &&
    (live === 'simulated' || live.every((c) => c.ok));
  return { cluster, namespace, components, services: svc, rayClusters: rays, servicesOnFakePods: onFakePods, restarts: restarts(serving), access, live, kubectl: await toolPath('kubectl'), healthy };
}

/** The Prometheus Services of the local monitoring stack (none elsewhere): the status page links Prometheus beside the platform. */
async function monitoringServices(k: Kube, namespace: string): Promise<V1Service[]> {
  if (namespace === monitoringNamespace) return [];
  return k.core.listNamespacedService({ namespace: monitoringNamespace, labelSelector: 'app.kubernetes.io/name=prometheus' }).then((l) => l.items).catch(() => []);
}

/** Verifies until the report is healthy or `timeoutMs` has passed; returns the last report either way. */
export async function verifyUntilHealthy(cluster: Cluster, namespace: string, timeoutMs: number): Promise<VerifyReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await verify(cluster, namespace);
    if (report.healthy || Date.now() > deadline) return report;
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
}

/** The lines of the Access section: the environment first, then one port-forward per access point with the address that answers. */
export function accessLines(r: Pick<VerifyReport, 'cluster' | 'access' | 'kubectl'>): string[] {
  return [
    `  export KUBECONFIG=${r.cluster.kubeconfig}`,
    `  export PATH=${dirname(r.kubectl)}:$PATH`,
    ...(r.access.length ? table(r.access.map((a) => [`${a.title}:`, portForwardCommand(a), `→ ${a.use}`])) : ['  (no access points)']),
  ];
}

/** The report as a status page. */
export function formatReport(r: VerifyReport, notes: string[] = []): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines = [
    `ML platform — ${r.healthy ? 'all components ready' : 'NOT READY'}`,
    `cluster: ${r.cluster.provider} ${r.cluster.name}   namespace: ${r.namespace}   kubeconfig: ${r.cluster.kubeconfig}${r.cluster.context ? ` (context ${r.cluster.context})` : ''}`,
    '',
    'Components',
    ...(r.components.length ? table([['', 'component', 'release', 'pods ready'], ...r.components.map((c) => [mark(c.podsReady === c.podsTotal), c.component, c.release, `${c.podsReady}/${c.podsTotal}`])]) : ['  (no pods)']),
    ...r.components.flatMap((c) => c.notReady.map((n) => `    not ready: ${n}`)),
    ...(r.restarts.length ? [`  restarted: ${r.restarts.join(', ')}`] : []),
    '',
    'Ray clusters',
    ...(r.rayClusters.length ? table([['', 'name', 'state', 'workers ready', 'head service'], ...r.rayClusters.map((c) => [mark(c.state === 'ready'), c.name, c.state, `${c.readyWorkers}/${c.desiredWorkers}`, c.head])]) : ['  (none)']),
    '',
    'Services',
    ...r.servicesOnFakePods.map((v) => `  ✗ ${v.service} selects fake (kwok) pods, ${v.reason}: ${v.fakeEndpoints.join(', ')}`),
    ...(r.services.length ? table([['name', 'type', 'ports'], ...r.services.map((s) => [s.name, s.type, s.ports.length > 6 ? `${s.ports.slice(0, 6).join(', ')} (+${s.ports.length - 6} more)` : s.ports.join(', ')])]) : ['  (none)']),
    '',
    'Live endpoints',
    ...(r.live === 'simulated'
      ? ['  (not checked: the pods run on kwok nodes, where no container runs)']
      : r.live.length
        ? r.live.map((c) => `  ${mark(c.ok)} ${c.title}: ${c.detail}`)
        : ['  (none checked)']),
    '',
    'Access (run each port-forward in a terminal of its own, then open the address)',
    ...accessLines(r),
    ...(notes.length ? ['', ...notes] : []),
  ];
  return lines.join('\n');
}
