import type { Manifest } from '../manifests/types.ts';

/** One violation: which policy, which object (`Kind/name`), where in it (JSON path) and why. */
export interface Finding {
  policy: string;
  object: string;
  path: string;
  message: string;
}

/**
 * What the values of a rendering promise, for the policies that depend on it. Derived from the
 * values (scripts/lib/schema/policy-context.ts), never written into a policy.
 */
export interface PolicyContext {
  /** The extended resource GPU pods ask for and the taint GPU nodes carry (ray-cluster's gpu.* and global.gpu). */
  gpu: { resourceName: string; taint: { key: string; effect: string } };
  /** The mesh is on: every long-running workload must be under a STRICT PeerAuthentication. */
  mesh: { required: boolean };
  /** NetworkPolicies are on: every pod must be under a default-deny policy for both directions. */
  networkPolicy: { required: boolean };
}

/** A policy declares itself: the name its findings carry, what it requires, and its check. */
export interface Policy<Name extends string = string> {
  name: Name;
  description: string;
  check(docs: readonly Manifest[], context: PolicyContext): Finding[];
}

export function finding(policy: string, object: string, path: string, message: string): Finding {
  return { policy, object, path, message };
}
