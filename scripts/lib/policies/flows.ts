import { flowAllowed, policyPod } from '../manifests/network-policies.ts';
import { serviceReferences } from '../manifests/references.ts';
import { ofKind } from '../manifests/query.ts';
import { resolveTargetPort, serviceBackends, serviceSpec } from '../manifests/services.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { joinPath } from '../manifests/pod-templates.ts';
import { type Finding, finding, type Policy } from './types.ts';

/**
 * Declared flows are open: wherever the rendering points a pod at a Service of the same rendering
 * (an env var or an envFrom ConfigMap key holding its URL), the NetworkPolicies admit that pod's
 * connection to every pod behind the Service on the port the Service maps, in both places a policy can
 * refuse it: the client's egress and the server's ingress. The address must name a port the Service
 * exposes.
 */
export function declaredFlows(docs: readonly Manifest[]): Finding[] {
  if (ofKind(docs, 'NetworkPolicy').length === 0) return [];
  const findings: Finding[] = [];
  for (const ref of serviceReferences(docs)) {
    const where = joinPath(ref.client.path, ref.path);
    const flow = `${ref.variable}=${ref.value} (${objectRef(ref.service)})`;
    const servicePort = (serviceSpec(ref.service).ports ?? []).find((p) => p.port === ref.port);
    if (!servicePort) {
      findings.push(finding('flows', objectRef(ref.client.owner), where, `${flow} names port ${ref.port}, which the Service does not expose`));
      continue;
    }
    const src = policyPod(ref.client);
    for (const backend of serviceBackends(ref.service, docs)) {
      const target = resolveTargetPort(servicePort, backend);
      const allowed = flowAllowed(docs, src, policyPod(backend), target, servicePort.protocol ?? 'TCP');
      const port = `${target.name ?? ''}${target.name && target.number ? '/' : ''}${target.number ?? ''}`;
      if (!allowed.egress) findings.push(finding('flows', objectRef(ref.client.owner), where, `${flow}: no egress rule of this pod's NetworkPolicies admits ${objectRef(backend.owner)} on port ${port}`));
      if (!allowed.ingress) findings.push(finding('flows', objectRef(ref.client.owner), where, `${flow}: no ingress rule of ${objectRef(backend.owner)}'s NetworkPolicies admits this pod on port ${port}`));
    }
  }
  return findings;
}

export const flowsPolicy: Policy<'flows'> = {
  name: 'flows',
  description: "every env/envFrom URL of a Service of the rendering is admitted by the client's egress and the server's ingress NetworkPolicies",
  check: (docs) => declaredFlows(docs),
};
