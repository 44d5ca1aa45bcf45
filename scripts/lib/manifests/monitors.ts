import { type Container, podTemplates, type PodTemplateRef } from './pod-templates.ts';
import { type LabelSelector, ofKind, selectorMatches } from './query.ts';
import { resolveTargetPort, type ServicePort, serviceSpec } from './services.ts';
import type { Manifest } from './types.ts';

/**
 * What prometheus-operator's monitors scrape in a rendering: for each endpoint of each ServiceMonitor
 * and PodMonitor, the pod templates and container ports it reaches (ServiceMonitor: Services its
 * selector matches in the namespaces it watches, the Service port the endpoint names, the pods behind
 * it; PodMonitor: the pods its selector matches, the container port the endpoint names).
 */

export interface MonitorEndpoint {
  port?: string;
  portNumber?: number;
  targetPort?: number | string;
  path?: string;
  scheme?: string;
  honorLabels?: boolean;
  relabelings?: Record<string, unknown>[];
  metricRelabelings?: Record<string, unknown>[];
  [key: string]: unknown;
}

export interface MonitorSpec {
  selector?: LabelSelector;
  namespaceSelector?: { any?: boolean; matchNames?: string[] };
  jobLabel?: string;
  targetLabels?: string[];
  podTargetLabels?: string[];
  endpoints?: MonitorEndpoint[];
  podMetricsEndpoints?: MonitorEndpoint[];
}

export interface ScrapeTarget {
  monitor: Manifest;
  /** Index of the endpoint in the monitor (prometheus-operator's job_name suffix). */
  index: number;
  endpoint: MonitorEndpoint;
  pod: PodTemplateRef;
  container: Container;
  containerPort: { name?: string; containerPort: number; protocol?: string };
  /** ServiceMonitor targets: the Service and the Service port the endpoint names. */
  service?: Manifest;
  servicePort?: ServicePort;
}

export const monitorSpec = (monitor: Manifest): MonitorSpec => (monitor.spec ?? {}) as MonitorSpec;

function watches(monitor: Manifest, namespace: string | undefined): boolean {
  const ns = monitorSpec(monitor).namespaceSelector;
  if (ns?.any) return true;
  if (ns?.matchNames?.length) return ns.matchNames.includes(namespace ?? '');
  return namespace === monitor.metadata.namespace;
}

function containerWithPort(pod: PodTemplateRef, match: (p: { name?: string; containerPort: number }) => boolean) {
  for (const container of pod.template.spec.containers ?? []) {
    const port = (container.ports ?? []).find(match);
    if (port) return { container, containerPort: port };
  }
  return undefined;
}

function serviceMonitorTargets(monitor: Manifest, docs: readonly Manifest[], pods: PodTemplateRef[]): ScrapeTarget[] {
  const spec = monitorSpec(monitor);
  const services = ofKind(docs, 'Service').filter((s) => watches(monitor, s.metadata.namespace) && selectorMatches(spec.selector, s.metadata.labels ?? {}));
  return (spec.endpoints ?? []).flatMap((endpoint, index) =>
    services.flatMap((service) => {
      const svc = serviceSpec(service);
      const servicePorts = (svc.ports ?? []).filter((p) => (endpoint.port ? p.name === endpoint.port : endpoint.targetPort !== undefined && (p.targetPort ?? p.port) === endpoint.targetPort));
      const backends = pods.filter((p) => p.owner.metadata.namespace === service.metadata.namespace && svc.selector && Object.entries(svc.selector).every(([k, v]) => p.labels[k] === v));
      return servicePorts.flatMap((servicePort) =>
        backends.flatMap((pod) => {
          const target = resolveTargetPort(servicePort, pod);
          const hit = containerWithPort(pod, (p) => p.containerPort === target.number);
          return hit ? [{ monitor, index, endpoint, pod, ...hit, service, servicePort }] : [];
        }),
      );
    }),
  );
}

function podMonitorTargets(monitor: Manifest, pods: PodTemplateRef[]): ScrapeTarget[] {
  const spec = monitorSpec(monitor);
  const selected = pods.filter((p) => watches(monitor, p.owner.metadata.namespace) && selectorMatches(spec.selector, p.labels));
  return (spec.podMetricsEndpoints ?? []).flatMap((endpoint, index) =>
    selected.flatMap((pod) => {
      const hit = containerWithPort(pod, (p) =>
        endpoint.port !== undefined ? p.name === endpoint.port : endpoint.portNumber !== undefined ? p.containerPort === endpoint.portNumber : p.name === endpoint.targetPort || p.containerPort === endpoint.targetPort,
      );
      return hit ? [{ monitor, index, endpoint, pod, ...hit }] : [];
    }),
  );
}

/** Every (monitor endpoint, pod template, container port) the rendering's monitors scrape. */
export function scrapeTargets(docs: readonly Manifest[]): ScrapeTarget[] {
  const pods = podTemplates(docs).filter((p) => !p.hook && !p.runsToCompletion);
  return [...ofKind(docs, 'ServiceMonitor').flatMap((m) => serviceMonitorTargets(m, docs, pods)), ...ofKind(docs, 'PodMonitor').flatMap((m) => podMonitorTargets(m, pods))];
}

/** Port names that say "metrics" by the Prometheus convention (`metrics`, `http-metrics`, `as-metrics`). */
export const isMetricsPortName = (name: string | undefined): boolean => name !== undefined && /(^|-)metrics$/.test(name);
