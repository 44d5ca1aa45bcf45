import type { Manifest } from '../manifests/types.ts';
import { declaredFlows } from './flows.ts';
import { gpuScheduling } from './gpu.ts';
import { pinnedImages } from './images.ts';
import { defaultDenyCoverage, type IsolationOptions } from './isolation.ts';
import { standardLabels } from './labels.ts';
import { type MtlsOptions, mtlsCoverage } from './mtls.ts';
import { networkPolicyCoverage } from './network.ts';
import { probes } from './probes.ts';
import { resourceRequests } from './resources.ts';
import { restrictedPodSecurity } from './restricted.ts';
import { plainTextCredentials } from './secrets.ts';
import type { Finding, Policy } from './types.ts';

export * from './types.ts';
export { declaredFlows, defaultDenyCoverage, gpuScheduling, mtlsCoverage, networkPolicyCoverage, pinnedImages, plainTextCredentials, probes, resourceRequests, restrictedPodSecurity, standardLabels };

/** Every policy by the name its findings carry. */
export const policies = {
  restricted: restrictedPodSecurity,
  resources: resourceRequests,
  probes,
  images: pinnedImages,
  gpu: gpuScheduling,
  mtls: mtlsCoverage as Policy,
  network: networkPolicyCoverage,
  isolation: defaultDenyCoverage as Policy,
  flows: declaredFlows,
  labels: standardLabels,
  secrets: plainTextCredentials,
} satisfies Record<string, Policy>;

export type PolicyName = keyof typeof policies;
export const policyNames = Object.keys(policies) as PolicyName[];

export interface CheckOptions {
  only?: PolicyName[];
  skip?: PolicyName[];
  mtls?: MtlsOptions;
  isolation?: IsolationOptions;
}

/** Runs the chosen policies (all by default) over rendered manifests. */
export function check(docs: readonly Manifest[], opts: CheckOptions = {}): Finding[] {
  const names = (opts.only ?? policyNames).filter((n) => !opts.skip?.includes(n));
  return names.flatMap((name) => (name === 'mtls' ? mtlsCoverage(docs, opts.mtls) : name === 'isolation' ? defaultDenyCoverage(docs, opts.isolation) : policies[name](docs)));
}

/** A findings table for terminals and test failures. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings.map((f) => `  [${f.policy}] ${f.object} ${f.path}: ${f.message}`).join('\n');
}
