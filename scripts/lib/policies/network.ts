import { podTemplates } from '../manifests/pod-templates.ts';
import { type LabelSelector, labelsMatch, ofKind, selectorMatches } from '../manifests/query.ts';
import { type NetworkPolicyPort, portAllowed } from '../manifests/network-policies.ts';
import { resolveTargetPort, type ServicePort } from '../manifests/services.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

export { selectorMatches };

/**
 * NetworkPolicy coverage: every port of every Service is opened by an ingress rule of a
 * NetworkPolicy that selects the Service's pods, and those pods are isolated for ingress
 * (selected by some policy with policyTypes Ingress), so that the allow-list actually applies.
 */
export function networkPolicyCoverage(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  const policies = ofKind(docs, 'NetworkPolicy').map((np) => np.spec as { podSelector?: LabelSelector; policyTypes?: string[]; ingress?: { ports?: NetworkPolicyPort[] }[] });
  const ingressPolicies = policies.filter((p) => (p.policyTypes ?? ['Ingress']).includes('Ingress'));
  const pods = podTemplates(docs).filter((p) => !p.hook);
  for (const service of ofKind(docs, 'Service')) {
    const spec = (service.spec ?? {}) as { selector?: Record<string, string>; ports?: ServicePort[]; type?: string };
    if (!spec.selector || spec.type === 'ExternalName') continue;
    const backends = pods.filter((p) => labelsMatch(spec.selector, p.labels));
    for (const backend of backends) {
      const selecting = ingressPolicies.filter((p) => selectorMatches(p.podSelector, backend.labels));
      if (selecting.length === 0) {
        findings.push(finding('network', objectRef(service), 'spec.selector', `its pods (${objectRef(backend.owner)} ${backend.path}) are selected by no ingress NetworkPolicy: all traffic to them is allowed`));
        continue;
      }
      (spec.ports ?? []).forEach((port, i) => {
        const target = resolveTargetPort(port, backend);
        const protocol = port.protocol ?? 'TCP';
        const allowed = selecting.some((p) => (p.ingress ?? []).some((rule) => portAllowed(rule.ports, target, protocol)));
        if (!allowed) {
          findings.push(finding('network', objectRef(service), `spec.ports[${i}]`, `port ${port.name ?? port.port} (${port.port}→${target.name ?? target.number ?? port.targetPort}) of ${objectRef(backend.owner)} is opened by no NetworkPolicy ingress rule`));
        }
      });
    }
  }
  return findings;
}

export const networkPolicy: Policy<'network'> = {
  name: 'network',
  description: "every Service port is opened by a NetworkPolicy that isolates the Service's pods",
  check: (docs) => networkPolicyCoverage(docs),
};
