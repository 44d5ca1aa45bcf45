import { isolating, policyPod } from '../manifests/network-policies.ts';
import { podTemplates } from '../manifests/pod-templates.ts';
import { isHook, ofKind } from '../manifests/query.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

export interface IsolationOptions {
  /** Report every pod even when the rendering has no NetworkPolicy (NetworkPolicies are expected on). */
  required?: boolean;
}

const hookEvents = (m: Manifest) => (m.metadata.annotations?.['helm.sh/hook'] ?? '').split(',').map((e) => e.trim()).filter(Boolean);
const hookWeight = (m: Manifest) => Number(m.metadata.annotations?.['helm.sh/hook-weight'] ?? 0);

/** Hook events that run before the release's own objects exist (on a first install) or are replaced. */
const beforeRelease = ['pre-install', 'pre-upgrade'];

/**
 * Default-deny everywhere: when a rendering has NetworkPolicies (or they are required), every pod
 * template it creates (workloads, custom resources, hook Jobs, CronJobs, `helm test` pods) is isolated
 * for ingress and egress by some policy. A pre-install/pre-upgrade hook runs before the release's
 * regular objects are applied, so its pods must be isolated by a policy that is a hook of the same
 * event with a lower weight (it exists when the pods start).
 */
export function defaultDenyCoverage(docs: readonly Manifest[], opts: IsolationOptions = {}): Finding[] {
  if (ofKind(docs, 'NetworkPolicy').length === 0 && !opts.required) return [];
  const findings: Finding[] = [];
  for (const ref of podTemplates(docs)) {
    const pod = policyPod(ref);
    const where = ref.path || 'metadata.labels';
    for (const direction of ['Ingress', 'Egress'] as const) {
      const selecting = isolating(docs, pod, direction);
      if (selecting.length === 0) {
        findings.push(finding('isolation', objectRef(ref.owner), where, `no NetworkPolicy with policyType ${direction} selects these pods: their ${direction.toLowerCase()} is not default-deny`));
        continue;
      }
      for (const event of hookEvents(ref.owner).filter((e) => beforeRelease.includes(e))) {
        const inPlace = selecting.some(({ policy }) => isHook(policy) && hookEvents(policy).includes(event) && hookWeight(policy) < hookWeight(ref.owner));
        if (!inPlace) findings.push(finding('isolation', objectRef(ref.owner), where, `a ${event} hook: no NetworkPolicy of the same hook with a lower weight isolates its ${direction.toLowerCase()}, so its pods start before their policy exists`));
      }
    }
  }
  return findings;
}

export const isolationPolicy: Policy<'isolation'> = {
  name: 'isolation',
  description: 'every pod (hooks and helm test pods included) is under a default-deny NetworkPolicy for both directions (required when NetworkPolicies are on)',
  check: (docs, context) => defaultDenyCoverage(docs, { required: context.networkPolicy.required }),
};
