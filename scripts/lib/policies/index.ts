import type { Manifest } from '../manifests/types.ts';
import { flowsPolicy } from './flows.ts';
import { gpuPolicy } from './gpu.ts';
import { imagesPolicy } from './images.ts';
import { isolationPolicy } from './isolation.ts';
import { labelsPolicy } from './labels.ts';
import { mtlsPolicy } from './mtls.ts';
import { meshEgressPolicy } from './mesh-egress.ts';
import { networkPolicy } from './network.ts';
import { probesPolicy } from './probes.ts';
import { resourcesPolicy } from './resources.ts';
import { restrictedPolicy } from './restricted.ts';
import { secretsPolicy } from './secrets.ts';
import type { Finding, Policy, PolicyContext } from './types.ts';

export * from './types.ts';
export { declaredFlows } from './flows.ts';
export { gpuScheduling, toleratesGpuTaint } from './gpu.ts';
export { pinnedImages } from './images.ts';
export { defaultDenyCoverage } from './isolation.ts';
export { standardLabels } from './labels.ts';
export { meshEgress } from './mesh-egress.ts';
export { mtlsCoverage } from './mtls.ts';
export { networkPolicyCoverage } from './network.ts';
export { probes } from './probes.ts';
export { resourceRequests } from './resources.ts';
export { restrictedPodSecurity } from './restricted.ts';
export { plainTextCredentials } from './secrets.ts';

/** The registry: every policy module's declaration, in the order findings are reported. */
export const policies = [
  restrictedPolicy,
  resourcesPolicy,
  probesPolicy,
  imagesPolicy,
  gpuPolicy,
  mtlsPolicy,
  meshEgressPolicy,
  networkPolicy,
  isolationPolicy,
  flowsPolicy,
  labelsPolicy,
  secretsPolicy,
] as const satisfies readonly Policy[];

export type PolicyName = (typeof policies)[number]['name'];
export const policyNames: PolicyName[] = policies.map((p) => p.name);

export interface CheckOptions {
  only?: PolicyName[];
  skip?: PolicyName[];
}

/** Runs the chosen policies (all by default) over rendered manifests, in the context their values give. */
export function check(docs: readonly Manifest[], context: PolicyContext, opts: CheckOptions = {}): Finding[] {
  const chosen: readonly Policy<PolicyName>[] = policies.filter((p) => (opts.only ?? policyNames).includes(p.name) && !opts.skip?.includes(p.name));
  return chosen.flatMap((p) => p.check(docs, context));
}

/** A findings table for terminals and test failures. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings.map((f) => `  [${f.policy}] ${f.object} ${f.path}: ${f.message}`).join('\n');
}
