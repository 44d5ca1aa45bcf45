import { podTemplates, type PodTemplateRef } from '../manifests/pod-templates.ts';
import { labelsMatch, ofKind } from '../manifests/query.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding } from './types.ts';

interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
}

interface NetworkPolicyPort {
  port?: number | string;
  endPort?: number;
  protocol?: string;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A Kubernetes label selector; an empty selector selects every pod. */
export function selectorMatches(selector: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return labels[key] !== undefined && values.includes(labels[key]);
      case 'NotIn':
        return labels[key] === undefined || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}

/** The container port a Service port lands on, resolving named target ports against the pod. */
function resolveTargetPort(port: ServicePort, pod: PodTemplateRef): { number?: number; name?: string } {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') {
    const name = pod.template.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.containerPort === target)?.name;
    return { number: target, name };
  }
  const number = pod.template.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === target)?.containerPort;
  return { number, name: target };
}

function portAllowed(rulePorts: NetworkPolicyPort[] | undefined, target: { number?: number; name?: string }, protocol: string): boolean {
  if (!rulePorts || rulePorts.length === 0) return true;
  return rulePorts.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') return p.port === target.name;
    if (target.number === undefined) return false;
    return p.endPort ? target.number >= p.port && target.number <= p.endPort : p.port === target.number;
  });
}

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
