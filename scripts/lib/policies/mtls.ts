import { podTemplates } from '../manifests/pod-templates.ts';
import { labelsMatch, ofKind } from '../manifests/query.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding } from './types.ts';

export interface MtlsOptions {
  /** Report every workload when no PeerAuthentication is rendered (the mesh is expected to be on). */
  required?: boolean;
}

/**
 * mTLS coverage: when a chart renders Istio PeerAuthentications (or the mesh is required), every
 * long-running workload is selected by one whose effective mode is STRICT, port-level modes included.
 * A workload-selector policy overrides a namespace-wide one, as in Istio.
 */
export function mtlsCoverage(docs: readonly Manifest[], opts: MtlsOptions = {}): Finding[] {
  const peerAuths = ofKind(docs, 'PeerAuthentication');
  if (peerAuths.length === 0 && !opts.required) return [];
  const findings: Finding[] = [];
  for (const { owner, path, labels, hook } of podTemplates(docs)) {
    if (hook) continue;
    const selecting = peerAuths.filter((pa) => labelsMatch((pa.spec as any)?.selector?.matchLabels, labels));
    const namespaceWide = peerAuths.filter((pa) => !(pa.spec as any)?.selector?.matchLabels);
    const effective = selecting[0] ?? namespaceWide[0];
    if (!effective) {
      findings.push(finding('mtls', objectRef(owner), path, 'no PeerAuthentication selects this workload: its traffic is not required to be mTLS'));
      continue;
    }
    const spec = (effective.spec ?? {}) as { mtls?: { mode?: string }; portLevelMtls?: Record<string, { mode?: string }> };
    const mode = spec.mtls?.mode ?? 'UNSET';
    if (mode !== 'STRICT') findings.push(finding('mtls', objectRef(owner), path, `${objectRef(effective)} sets mode ${mode}, not STRICT`));
    for (const [port, level] of Object.entries(spec.portLevelMtls ?? {})) {
      if (level.mode !== 'STRICT') findings.push(finding('mtls', objectRef(owner), path, `${objectRef(effective)} sets port ${port} to ${level.mode}, not STRICT`));
    }
  }
  return findings;
}
