import type { V1EndpointSlice, V1Node } from '@kubernetes/client-node';
import * as k8s from '@kubernetes/client-node';
import { stringify } from 'yaml';
import { type Kube, statusOf } from '../kube.ts';

/**
 * Where a namespace's pods run on the local cluster: `real` on the real node (containers run), or
 * `simulated` on the kwok nodes (kwok plays the kubelet). The API server's PodNodeSelector admission
 * plugin adds the namespace's node selector to every pod; namespaces without one get the cluster
 * default, `simulated`, so everything that does not ask for real pods stays as it was under kwok.
 * The GPU node carries both labels: GPU pods of a real namespace land there (GPUs stay simulated),
 * other pods never do (they do not tolerate its `nvidia.com/gpu` taint).
 */
export type Placement = 'real' | 'simulated';

export const placementLabels: Record<Placement, string> = {
  real: 'mlp.dev/placement-real',
  simulated: 'mlp.dev/placement-simulated',
};
export const nodeSelectorAnnotation = 'scheduler.alpha.kubernetes.io/node-selector';
/** kwok's mark on the nodes it plays (kwok-controller manages only nodes with this annotation). */
export const fakeNodeAnnotation = { key: 'kwok.x-k8s.io/node', value: 'fake' };
export const defaultPlacement: Placement = 'simulated';

export function placementSelector(placement: Placement): string {
  return `${placementLabels[placement]}=true`;
}

/** The API server's admission configuration: PodNodeSelector with the cluster default placement. */
export function admissionConfiguration(): string {
  return stringify({
    apiVersion: 'apiserver.config.k8s.io/v1',
    kind: 'AdmissionConfiguration',
    plugins: [{ name: 'PodNodeSelector', configuration: { podNodeSelectorPluginConfig: { clusterDefaultNodeSelector: placementSelector(defaultPlacement) } } }],
  });
}

/** Places a namespace's pods (creating the namespace when missing). Pods already created keep their node. */
export async function placeNamespace(k: Kube, name: string, placement: Placement): Promise<void> {
  const annotations = { [nodeSelectorAnnotation]: placementSelector(placement) };
  try {
    const ns = await k.core.readNamespace({ name });
    ns.metadata = { ...ns.metadata, annotations: { ...ns.metadata?.annotations, ...annotations } };
    await k.core.replaceNamespace({ name, body: ns });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    await k.core.createNamespace({ body: { metadata: { name, annotations } } });
  }
}

export function isFakeNode(node: V1Node): boolean {
  return node.metadata?.annotations?.[fakeNodeAnnotation.key] === fakeNodeAnnotation.value;
}

export interface ServiceOnFakePods {
  service: string;
  /** `pod on node` for each endpoint on a fake node. */
  fakeEndpoints: string[];
  reason: string;
}

/**
 * Services that would send real traffic to an address where nothing listens: a Service with an
 * endpoint on a fake node, when its namespace is placed on the real node or it also has endpoints on
 * the real node (kube-proxy balances over all of them). Services whose pods are all simulated (the
 * kwok install matrix) are not real traffic and are allowed.
 */
export function servicesOnFakePods(slices: V1EndpointSlice[], fakeNodes: Set<string>, realNamespaces: Set<string>): ServiceOnFakePods[] {
  const byService = new Map<string, { namespace: string; fake: string[]; real: number }>();
  for (const slice of slices) {
    const namespace = slice.metadata?.namespace ?? '';
    const service = slice.metadata?.labels?.['kubernetes.io/service-name'];
    if (!service) continue;
    const key = `${namespace}/${service}`;
    const entry = byService.get(key) ?? { namespace, fake: [], real: 0 };
    for (const e of slice.endpoints ?? []) {
      if (!e.nodeName) continue;
      if (fakeNodes.has(e.nodeName)) entry.fake.push(`${e.targetRef?.name ?? e.addresses.join(',')} on ${e.nodeName}`);
      else entry.real++;
    }
    byService.set(key, entry);
  }
  const out: ServiceOnFakePods[] = [];
  for (const [service, e] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    if (e.fake.length === 0) continue;
    if (realNamespaces.has(e.namespace)) out.push({ service, fakeEndpoints: e.fake.sort(), reason: `namespace ${e.namespace} is placed on the real node` });
    else if (e.real > 0) out.push({ service, fakeEndpoints: e.fake.sort(), reason: `it also has ${e.real} endpoint(s) on the real node` });
  }
  return out;
}

/** The Service/fake-pod rule checked against the live cluster (every namespace, or the ones given). */
export async function findServicesOnFakePods(k: Kube, namespaces?: string[]): Promise<ServiceOnFakePods[]> {
  const discovery = k.config.makeApiClient(k8s.DiscoveryV1Api);
  const [nodes, allNamespaces] = await Promise.all([k.core.listNode(), k.core.listNamespace()]);
  const fakeNodes = new Set(nodes.items.filter(isFakeNode).map((n) => n.metadata?.name ?? ''));
  const realNamespaces = new Set(
    allNamespaces.items.filter((n) => n.metadata?.annotations?.[nodeSelectorAnnotation] === placementSelector('real')).map((n) => n.metadata?.name ?? ''),
  );
  const slices = namespaces
    ? (await Promise.all(namespaces.map((namespace) => discovery.listNamespacedEndpointSlice({ namespace })))).flatMap((l) => l.items)
    : (await discovery.listEndpointSliceForAllNamespaces()).items;
  return servicesOnFakePods(slices, fakeNodes, realNamespaces);
}
