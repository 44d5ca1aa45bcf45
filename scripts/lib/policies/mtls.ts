import { isMetricsPortName, scrapeTargets } from '../manifests/monitors.ts';
import { podTemplates, type PodTemplateRef } from '../manifests/pod-templates.ts';
import { labelsMatch, ofKind } from '../manifests/query.ts';
import { containerPorts } from '../manifests/services.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

export interface MtlsOptions {
  /** Report every workload when no PeerAuthentication is rendered (the mesh is expected to be on). */
  required?: boolean;
}

interface PeerAuthenticationSpec {
  selector?: { matchLabels?: Record<string, string> };
  mtls?: { mode?: string };
  portLevelMtls?: Record<string, { mode?: string }>;
}

/**
 * Container ports of each workload that serve metrics: scraped by a monitor of the rendering, or
 * named by the Prometheus convention (`metrics`, `*-metrics`) when no monitor is rendered.
 */
function metricsPorts(docs: readonly Manifest[]): Map<PodTemplateRef['template'], Set<number>> {
  const out = new Map<PodTemplateRef['template'], Set<number>>();
  const add = (pod: PodTemplateRef, port: number) => out.set(pod.template, (out.get(pod.template) ?? new Set()).add(port));
  for (const t of scrapeTargets(docs)) add(t.pod, t.containerPort.containerPort);
  for (const pod of podTemplates(docs)) for (const p of containerPorts(pod)) if (isMetricsPortName(p.name)) add(pod, p.containerPort);
  return out;
}

/**
 * mTLS coverage: when a chart renders Istio PeerAuthentications (or the mesh is required), every
 * long-running workload is selected by one whose effective mode is STRICT. A workload-selector policy
 * overrides a namespace-wide one, as in Istio. A port-level exception is accepted in one case only:
 * PERMISSIVE on a metrics port (a Prometheus outside the mesh scrapes in plain text), that is a port
 * some selected workload serves metrics on and none serves anything else on.
 */
export function mtlsCoverage(docs: readonly Manifest[], opts: MtlsOptions = {}): Finding[] {
  const peerAuths = ofKind(docs, 'PeerAuthentication');
  if (peerAuths.length === 0 && !opts.required) return [];
  const findings: Finding[] = [];
  const workloads = podTemplates(docs).filter((p) => !p.hook);
  const metrics = metricsPorts(docs);
  const selectedBy = (pa: Manifest) => workloads.filter((w) => labelsMatch((pa.spec as PeerAuthenticationSpec)?.selector?.matchLabels, w.labels));
  for (const workload of workloads) {
    const { owner, path, labels } = workload;
    const selecting = peerAuths.filter((pa) => labelsMatch((pa.spec as PeerAuthenticationSpec)?.selector?.matchLabels, labels));
    const namespaceWide = peerAuths.filter((pa) => !(pa.spec as PeerAuthenticationSpec)?.selector?.matchLabels);
    const effective = selecting[0] ?? namespaceWide[0];
    if (!effective) {
      findings.push(finding('mtls', objectRef(owner), path, 'no PeerAuthentication selects this workload: its traffic is not required to be mTLS'));
      continue;
    }
    const spec = (effective.spec ?? {}) as PeerAuthenticationSpec;
    const mode = spec.mtls?.mode ?? 'UNSET';
    if (mode !== 'STRICT') findings.push(finding('mtls', objectRef(owner), path, `${objectRef(effective)} sets mode ${mode}, not STRICT`));
    for (const [port, level] of Object.entries(spec.portLevelMtls ?? {})) {
      if (level.mode === 'STRICT') continue;
      const number = Number(port);
      const peers = selectedBy(effective);
      const servesMetrics = peers.some((w) => metrics.get(w.template)?.has(number));
      const servesOther = peers.some((w) => containerPorts(w).some((p) => p.containerPort === number) && !metrics.get(w.template)?.has(number));
      if (level.mode === 'PERMISSIVE' && servesMetrics && !servesOther) continue;
      const why = level.mode !== 'PERMISSIVE' ? '' : servesOther ? ' (a port that serves more than metrics)' : ' (no selected workload serves metrics on it)';
      findings.push(finding('mtls', objectRef(owner), path, `${objectRef(effective)} sets port ${port} to ${level.mode}, not STRICT${why}`));
    }
  }
  return findings;
}

export const mtlsPolicy: Policy<'mtls'> = {
  name: 'mtls',
  description: 'every long-running workload is under a STRICT PeerAuthentication (required when the mesh is on; a port-level PERMISSIVE only on a metrics port)',
  check: (docs, context) => mtlsCoverage(docs, { required: context.mesh.required }),
};
