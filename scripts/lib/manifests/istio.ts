import { labelsMatch, ofKind } from './query.ts';
import type { Manifest } from './types.ts';

/**
 * Istio's security semantics (security.istio.io/v1) over rendered manifests, for one workload's
 * labels: the mTLS mode a port gets from PeerAuthentications, and whether AuthorizationPolicies admit a
 * request. Namespace-wide and mesh-wide policies of other namespaces are not in a rendering; a request
 * in plain text carries no identity, so rules with a source (namespaces, principals) never match it.
 */

interface PeerAuthenticationSpec {
  selector?: { matchLabels?: Record<string, string> };
  mtls?: { mode?: string };
  portLevelMtls?: Record<string, { mode?: string }>;
}

interface AuthorizationRule {
  from?: { source?: { namespaces?: string[]; principals?: string[] } }[];
  to?: { operation?: { ports?: string[]; methods?: string[]; paths?: string[] } }[];
}

interface AuthorizationPolicySpec {
  selector?: { matchLabels?: Record<string, string> };
  action?: string;
  rules?: AuthorizationRule[];
}

/** The mTLS mode of a workload's port: a workload PeerAuthentication (its port-level setting first), else a namespace-wide one, else PERMISSIVE (Istio's default). */
export function mtlsMode(docs: readonly Manifest[], labels: Record<string, string>, port: number): string {
  const all = ofKind(docs, 'PeerAuthentication').map((pa) => (pa.spec ?? {}) as PeerAuthenticationSpec);
  const spec = all.find((pa) => labelsMatch(pa.selector?.matchLabels, labels)) ?? all.find((pa) => !pa.selector?.matchLabels);
  if (!spec) return 'PERMISSIVE';
  return spec.portLevelMtls?.[String(port)]?.mode ?? spec.mtls?.mode ?? 'PERMISSIVE';
}

/** A request as an AuthorizationPolicy sees it: the peer's identity when it came over mTLS. */
export interface MeshRequest {
  port: number;
  method: string;
  path?: string;
  /** Absent for plain text. */
  source?: { namespace: string; principal?: string };
}

function ruleMatches(rule: AuthorizationRule, req: MeshRequest): boolean {
  const fromOk =
    !rule.from ||
    rule.from.some(({ source }) => {
      if (!source) return true;
      if (!req.source) return false;
      return (!source.namespaces || source.namespaces.includes(req.source.namespace)) && (!source.principals || (req.source.principal !== undefined && source.principals.includes(req.source.principal)));
    });
  const toOk =
    !rule.to ||
    rule.to.some(({ operation }) => {
      if (!operation) return true;
      return (!operation.ports || operation.ports.includes(String(req.port))) && (!operation.methods || operation.methods.includes(req.method)) && (!operation.paths || (req.path !== undefined && operation.paths.includes(req.path)));
    });
  return fromOk && toOk;
}

/** Whether the workload's AuthorizationPolicies admit the request (DENY first, then ALLOW if any selects it). */
export function authorized(docs: readonly Manifest[], labels: Record<string, string>, req: MeshRequest): boolean {
  const selecting = ofKind(docs, 'AuthorizationPolicy')
    .map((ap) => (ap.spec ?? {}) as AuthorizationPolicySpec)
    .filter((ap) => !ap.selector?.matchLabels || labelsMatch(ap.selector.matchLabels, labels));
  if (selecting.some((ap) => ap.action === 'DENY' && (ap.rules ?? []).some((r) => ruleMatches(r, req)))) return false;
  const allow = selecting.filter((ap) => (ap.action ?? 'ALLOW') === 'ALLOW');
  return allow.length === 0 || allow.some((ap) => (ap.rules ?? []).some((r) => ruleMatches(r, req)));
}
