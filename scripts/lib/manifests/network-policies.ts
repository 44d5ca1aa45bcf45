import type { PodTemplateRef } from './pod-templates.ts';
import { type LabelSelector, ofKind, selectorMatches } from './query.ts';
import { type ContainerPortRef, containerPorts } from './services.ts';
import type { Manifest } from './types.ts';

/**
 * Kubernetes NetworkPolicy semantics (networking.k8s.io/v1) over rendered manifests: which policies
 * isolate a pod, and whether they admit one pod's traffic to another's port. A pod is isolated for a
 * direction when a policy with that policyType selects it; traffic is allowed when, for both ends, the
 * end is not isolated or some rule of a selecting policy admits the peer and the port. Namespaces are
 * known by name only (the `kubernetes.io/metadata.name` label every namespace carries); ipBlock peers
 * never match a pod (pod IPs are not known before install).
 */

export interface NetworkPolicyPort {
  port?: number | string;
  endPort?: number;
  protocol?: string;
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: unknown;
}

export interface NetworkPolicyRule {
  from?: NetworkPolicyPeer[];
  to?: NetworkPolicyPeer[];
  ports?: NetworkPolicyPort[];
}

export interface NetworkPolicySpec {
  podSelector?: LabelSelector;
  policyTypes?: string[];
  ingress?: NetworkPolicyRule[];
  egress?: NetworkPolicyRule[];
}

export type Direction = 'Ingress' | 'Egress';

/** policyTypes as the API server defaults them: Ingress, plus Egress when the policy has egress rules. */
export function policyTypes(spec: NetworkPolicySpec): string[] {
  return spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
}

/** A pod as NetworkPolicies see it: its labels, namespace and declared ports. */
export interface PolicyPod {
  labels: Record<string, string>;
  namespace: string;
  ports: { name?: string; containerPort: number; protocol?: string }[];
}

export function policyPod(ref: PodTemplateRef): PolicyPod {
  return { labels: ref.labels, namespace: ref.owner.metadata.namespace ?? 'default', ports: containerPorts(ref) };
}

/** The policies of a direction that select the pod (empty: the pod is not isolated in that direction). */
export function isolating(docs: readonly Manifest[], pod: PolicyPod, direction: Direction): { policy: Manifest; spec: NetworkPolicySpec }[] {
  return ofKind(docs, 'NetworkPolicy')
    .map((policy) => ({ policy, spec: (policy.spec ?? {}) as NetworkPolicySpec }))
    .filter(({ policy, spec }) => (policy.metadata.namespace ?? 'default') === pod.namespace && policyTypes(spec).includes(direction) && selectorMatches(spec.podSelector, pod.labels));
}

/** Does a rule's port list admit the destination port (a named rule port resolves on the destination pod)? */
export function portAllowed(rulePorts: NetworkPolicyPort[] | undefined, target: ContainerPortRef, protocol = 'TCP'): boolean {
  if (!rulePorts || rulePorts.length === 0) return true;
  return rulePorts.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') return p.port === target.name;
    if (target.number === undefined) return false;
    return p.endPort ? target.number >= p.port && target.number <= p.endPort : p.port === target.number;
  });
}

function peerMatches(peer: NetworkPolicyPeer, policyNamespace: string, other: PolicyPod): boolean {
  if (peer.ipBlock) return false;
  const namespaceOk = peer.namespaceSelector ? selectorMatches(peer.namespaceSelector, { 'kubernetes.io/metadata.name': other.namespace }) : other.namespace === policyNamespace;
  const podOk = peer.podSelector ? selectorMatches(peer.podSelector, other.labels) : true;
  return namespaceOk && podOk;
}

function admits(docs: readonly Manifest[], pod: PolicyPod, direction: Direction, other: PolicyPod, target: ContainerPortRef, protocol: string): boolean {
  const selecting = isolating(docs, pod, direction);
  if (selecting.length === 0) return true;
  return selecting.some(({ policy, spec }) =>
    ((direction === 'Ingress' ? spec.ingress : spec.egress) ?? []).some((rule) => {
      const peers = direction === 'Ingress' ? rule.from : rule.to;
      const peerOk = !peers || peers.length === 0 || peers.some((peer) => peerMatches(peer, policy.metadata.namespace ?? 'default', other));
      return peerOk && portAllowed(rule.ports, target, protocol);
    }),
  );
}

/** The container port of the destination pod, by number or name, with its name and number both known. */
export function destinationPort(dst: PolicyPod, port: ContainerPortRef): ContainerPortRef {
  const declared = dst.ports.find((p) => (port.number !== undefined ? p.containerPort === port.number : p.name === port.name));
  return { number: port.number ?? declared?.containerPort, name: port.name ?? declared?.name };
}

/** Whether the NetworkPolicies let `src` open a connection to `dst` on a port: src's egress and dst's ingress. */
export function flowAllowed(docs: readonly Manifest[], src: PolicyPod, dst: PolicyPod, port: ContainerPortRef, protocol = 'TCP'): { egress: boolean; ingress: boolean } {
  const target = destinationPort(dst, port);
  return { egress: admits(docs, src, 'Egress', dst, target, protocol), ingress: admits(docs, dst, 'Ingress', src, target, protocol) };
}
