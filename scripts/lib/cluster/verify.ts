import type { V1Pod, V1Service } from '@kubernetes/client-node';
import { kube, statusOf } from './kube.ts';
import { type ServiceOnFakePods, findServicesOnFakePods } from './node/placement.ts';
import type { Cluster } from './types.ts';

export interface ComponentStatus {
  /** app.kubernetes.io/name of its pods. */
  component: string;
  release: string;
  podsReady: number;
  podsTotal: number;
  notReady: string[];
}

export interface ServiceStatus {
  name: string;
  type: string;
  ports: string[];
  portForward: string;
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
  /** Every long-running pod Ready, every RayCluster `ready`, no Service on a fake pod. */
  healthy: boolean;
}

const podReady = (p: V1Pod) => p.status?.phase === 'Succeeded' || (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
const isTestOrHook = (p: V1Pod) => Boolean(p.metadata?.annotations?.['helm.sh/hook']) || (p.metadata?.ownerReferences ?? []).some((o) => o.kind === 'Job');

function servicePorts(s: V1Service): string[] {
  return (s.spec?.ports ?? []).map((p) => `${p.name ? `${p.name} ` : ''}${p.port}/${p.protocol ?? 'TCP'}`);
}

/** Reads what is running in a namespace through the API: pods by component, services and ports, RayClusters. */
export async function verify(cluster: Cluster, namespace: string): Promise<VerifyReport> {
  const k = kube(cluster);
  const [pods, services, rayClusters, onFakePods] = await Promise.all([
    k.core.listNamespacedPod({ namespace }).then((l) => l.items),
    k.core.listNamespacedService({ namespace }).then((l) => l.items),
    k.custom.listNamespacedCustomObject({ group: 'ray.io', version: 'v1', namespace, plural: 'rayclusters' }).then((l) => (l as { items: any[] }).items).catch(() => [] as any[]),
    // Without permission to list nodes (a borrowed cluster), fake nodes cannot be told apart: nothing to report.
    findServicesOnFakePods(k, [namespace]).catch((error: unknown) => (statusOf(error) === 403 ? [] : Promise.reject(error))),
  ]);
  const byComponent = new Map<string, ComponentStatus>();
  for (const p of pods.filter((p) => !isTestOrHook(p))) {
    const labels = p.metadata?.labels ?? {};
    const component = labels['ray.io/node-type'] ? `ray-${labels['ray.io/node-type']}${labels['ray.io/group'] && labels['ray.io/node-type'] === 'worker' ? `/${labels['ray.io/group']}` : ''}` : (labels['app.kubernetes.io/component'] ? `${labels['app.kubernetes.io/name'] ?? '?'}/${labels['app.kubernetes.io/component']}` : (labels['app.kubernetes.io/name'] ?? p.metadata?.name ?? '?'));
    const release = labels['app.kubernetes.io/instance'] ?? labels['ray.io/cluster'] ?? '';
    const entry = byComponent.get(component) ?? { component, release, podsReady: 0, podsTotal: 0, notReady: [] };
    entry.podsTotal++;
    if (podReady(p)) entry.podsReady++;
    else entry.notReady.push(`${p.metadata?.name} (${p.status?.phase ?? 'Unknown'}${p.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False')?.message ? `: ${p.status?.conditions?.find((c) => c.type === 'PodScheduled')?.message}` : ''})`);
    byComponent.set(component, entry);
  }
  const svc = services
    .map((s) => ({
      name: s.metadata?.name ?? '',
      type: s.spec?.type ?? 'ClusterIP',
      ports: servicePorts(s),
      portForward: `kubectl -n ${namespace} port-forward svc/${s.metadata?.name} ${s.spec?.ports?.[0]?.port ?? ''}:${s.spec?.ports?.[0]?.port ?? ''}`,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const rays: RayClusterStatus[] = rayClusters.map((rc) => ({
    name: rc.metadata?.name,
    state: rc.status?.state ?? (rc.status?.conditions?.find((c: any) => c.type === 'RayClusterProvisioned')?.status === 'True' ? 'ready' : 'pending'),
    readyWorkers: rc.status?.readyWorkerReplicas ?? 0,
    desiredWorkers: rc.status?.desiredWorkerReplicas ?? 0,
    head: rc.status?.head?.serviceName ?? rc.status?.head?.podName ?? '',
  }));
  const components = [...byComponent.values()].sort((a, b) => a.component.localeCompare(b.component));
  const healthy = components.length > 0 && components.every((c) => c.podsReady === c.podsTotal) && rays.every((r) => r.state === 'ready') && onFakePods.length === 0;
  return { cluster, namespace, components, services: svc, rayClusters: rays, servicesOnFakePods: onFakePods, healthy };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
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
    '',
    'Ray clusters',
    ...(r.rayClusters.length ? table([['', 'name', 'state', 'workers ready', 'head service'], ...r.rayClusters.map((c) => [mark(c.state === 'ready'), c.name, c.state, `${c.readyWorkers}/${c.desiredWorkers}`, c.head])]) : ['  (none)']),
    '',
    'Services',
    ...r.servicesOnFakePods.map((v) => `  ✗ ${v.service} selects fake (kwok) pods, ${v.reason}: ${v.fakeEndpoints.join(', ')}`),
    ...(r.services.length ? table([['name', 'type', 'ports'], ...r.services.map((s) => [s.name, s.type, s.ports.length > 6 ? `${s.ports.slice(0, 6).join(', ')} (+${s.ports.length - 6} more)` : s.ports.join(', ')])]) : ['  (none)']),
    '',
    'Access',
    `  export KUBECONFIG=${r.cluster.kubeconfig}`,
    ...r.services.filter((s) => s.ports.length > 0 && !s.name.endsWith('-headless')).map((s) => `  ${s.portForward}`),
    ...(notes.length ? ['', ...notes] : []),
  ];
  return lines.join('\n');
}
