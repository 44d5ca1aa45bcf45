import { isolating, type NetworkPolicyRule, policyPod, portAllowed } from '../manifests/network-policies.ts';
import { podTemplates } from '../manifests/pod-templates.ts';
import { ofKind } from '../manifests/query.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

/** istiod's xDS and certificate port: a sidecar that cannot reach it never gets its configuration or mTLS certificate. */
export const istiodPort = 15012;

/** Pods Istio does not inject (the inject annotation or label set to "false"), e.g. a Job that must finish without a sidecar. */
function sidecarInjected(metadata: { labels?: Record<string, string>; annotations?: Record<string, string> } | undefined): boolean {
  return metadata?.annotations?.['sidecar.istio.io/inject'] !== 'false' && metadata?.labels?.['sidecar.istio.io/inject'] !== 'false';
}

/**
 * A rule that can admit istiod: the port is open (15012 or every port) and the peers may be another
 * namespace's pods (no `to`, or a namespaceSelector). istiod's namespace is the release's choice
 * (ml-common's mesh.istiodNamespace), so any namespace selector counts; a podSelector alone stays in
 * the pod's own namespace and does not.
 */
function admitsIstiod(rule: NetworkPolicyRule): boolean {
  if (!portAllowed(rule.ports, { number: istiodPort })) return false;
  return !rule.to || rule.to.length === 0 || rule.to.some((peer) => peer.namespaceSelector !== undefined);
}

/**
 * Sidecars reach istiod: with the mesh on (a PeerAuthentication rendered, or required), every pod whose
 * egress a NetworkPolicy isolates (hooks and helm test pods included) has an egress rule that admits
 * istiod on 15012. Without it the sidecar never becomes ready: under STRICT mTLS the pod can reach no
 * one, and a Job held by holdApplicationUntilProxyStarts never starts.
 */
export function meshEgress(docs: readonly Manifest[], opts: { required?: boolean } = {}): Finding[] {
  if (ofKind(docs, 'PeerAuthentication').length === 0 && !opts.required) return [];
  const findings: Finding[] = [];
  for (const ref of podTemplates(docs)) {
    if (!sidecarInjected(ref.template.metadata)) continue;
    const selecting = isolating(docs, policyPod(ref), 'Egress');
    if (selecting.length === 0) continue;
    if (!selecting.some(({ spec }) => (spec.egress ?? []).some(admitsIstiod))) {
      findings.push(finding('mesh-egress', objectRef(ref.owner), ref.path || 'metadata.labels', `its egress is isolated by ${selecting.map(({ policy }) => objectRef(policy)).join(', ')}, and no rule admits istiod on ${istiodPort}: the sidecar gets no configuration or certificate`));
    }
  }
  return findings;
}

export const meshEgressPolicy: Policy<'mesh-egress'> = {
  name: 'mesh-egress',
  description: `every pod under the mesh whose egress a NetworkPolicy isolates can reach istiod on ${istiodPort} (hooks and helm test pods included)`,
  check: (docs, context) => meshEgress(docs, { required: context.mesh.required }),
};
