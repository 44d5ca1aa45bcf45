import { createHash } from 'node:crypto';
import { type Manifest, ofKind, type PodTemplateRef } from '../../../scripts/lib/manifests/index.ts';
import { type MonitorEndpoint, type MonitorSpec, monitorSpec, type ScrapeTarget, scrapeTargets } from '../../../scripts/lib/manifests/monitors.ts';
import { type Labels, type RelabelConfig, relabel } from './relabel.ts';

/**
 * The label sets Prometheus stores for what the rendered monitors scrape, modelled on
 * prometheus-operator v0.93 (pkg/prometheus/promcfg.go: generateServiceMonitorConfig,
 * generatePodMonitorConfig) and Prometheus' scrape loop:
 *
 * 1. discovery: each pod instance a workload will run (synthetic names and IPs, as the controllers
 *    name them) and each port the monitor scrapes yield Kubernetes SD meta labels
 *    (`endpoints` role for ServiceMonitors, `pod` role for PodMonitors);
 * 2. the operator's relabel_configs, in its order: job kept as __tmp_prometheus_job_name, selector
 *    and port keep rules, node/pod/namespace/service/container, the running filter, targetLabels,
 *    podTargetLabels, job (Service name, or <namespace>/<PodMonitor name>), jobLabel, endpoint (the port
 *    name), then the endpoint's own relabelings; labels starting with `__` are dropped and instance
 *    defaults to __address__;
 * 3. scraped samples: the exporter's labels meet the target labels; without honorLabels a clash renames
 *    the exporter's label to exported_<name>; then the endpoint's metricRelabelings run. `up` carries the
 *    target labels only.
 *
 * One Prometheus shard (the operator's hashmod sharding keeps everything) and no scrape class.
 */

export interface StoredTarget {
  /** What the target is: the scraped pod template, its monitor endpoint, the pod instance. */
  source: ScrapeTarget;
  podName: string;
  /** Labels of the target (those of `up`). */
  labels: Labels;
  /** The labels Prometheus stores for a sample the exporter emits with `raw` labels (`__name__` included). */
  sample(raw: Labels): Labels;
}

const sanitize = (name: string) => name.replace(/[^a-zA-Z0-9_]/g, '_');
const short = (seed: string, n: number) => createHash('sha256').update(seed).digest('hex').replace(/[^a-z]/g, '').concat('bcdfghjklmnpqrstvwxz').slice(0, n);

/** The pods a workload runs, named as their controllers name them (Deployment: <rs>-<hash>; KubeRay: <cluster>-head-*, <cluster>-<group>-worker-*). */
export function podInstances(pod: PodTemplateRef, docs: readonly Manifest[]): string[] {
  const { owner, path } = pod;
  const spec = (owner.spec ?? {}) as Record<string, any>;
  if (owner.kind === 'Deployment' || owner.kind === 'StatefulSet') {
    const hpa = ofKind(docs, 'HorizontalPodAutoscaler').find((h) => (h.spec as any)?.scaleTargetRef?.name === owner.metadata.name);
    const replicas = Number(spec.replicas ?? (hpa?.spec as any)?.minReplicas ?? 1);
    const hash = short(`${owner.metadata.name}-rs`, 10);
    return Array.from({ length: replicas }, (_, i) => (owner.kind === 'StatefulSet' ? `${owner.metadata.name}-${i}` : `${owner.metadata.name}-${hash}-${short(`${owner.metadata.name}-${i}`, 5)}`));
  }
  if (owner.kind === 'RayCluster') {
    const cluster = owner.metadata.name;
    if (path.includes('headGroupSpec')) return [`${cluster}-head-${short(`${cluster}-head`, 5)}`];
    const group = spec.workerGroupSpecs[Number(/workerGroupSpecs\[(\d+)\]/.exec(path)![1])];
    return Array.from({ length: Math.max(1, Number(group.replicas ?? group.minReplicas ?? 0)) }, (_, i) => `${cluster}-${group.groupName}-worker-${short(`${cluster}-${group.groupName}-${i}`, 5)}`);
  }
  return [owner.metadata.name];
}

const labelMeta = (prefix: string, labels: Record<string, string>): Labels =>
  Object.fromEntries(Object.entries(labels).flatMap(([k, v]) => [[`${prefix}_label_${sanitize(k)}`, v], [`${prefix}_labelpresent_${sanitize(k)}`, 'true']]));

function selectorKeeps(spec: MonitorSpec, prefix: string): RelabelConfig[] {
  const keeps: RelabelConfig[] = Object.keys(spec.selector?.matchLabels ?? {})
    .sort()
    .map((k) => ({ action: 'keep', source_labels: [`${prefix}_label_${sanitize(k)}`, `${prefix}_labelpresent_${sanitize(k)}`], regex: `(${spec.selector!.matchLabels![k]});true` }));
  for (const e of spec.selector?.matchExpressions ?? []) {
    const present = `${prefix}_labelpresent_${sanitize(e.key)}`;
    if (e.operator === 'In' || e.operator === 'NotIn') keeps.push({ action: e.operator === 'In' ? 'keep' : 'drop', source_labels: [`${prefix}_label_${sanitize(e.key)}`, present], regex: `(${(e.values ?? []).join('|')});true` });
    else keeps.push({ action: e.operator === 'Exists' ? 'keep' : 'drop', source_labels: [present], regex: 'true' });
  }
  return keeps;
}

const copyLabels = (prefix: string, names: string[] | undefined): RelabelConfig[] =>
  (names ?? []).map((l) => ({ source_labels: [`${prefix}_label_${sanitize(l)}`], target_label: sanitize(l), regex: '(.+)', replacement: '${1}' }));

const runningFilter: RelabelConfig = { action: 'drop', source_labels: ['__meta_kubernetes_pod_phase'], regex: '(Failed|Succeeded)' };

/** prometheus-operator's relabel_configs for a ServiceMonitor endpoint (promcfg.go generateServiceMonitorConfig). */
function serviceMonitorRelabelings(monitor: Manifest, endpoint: MonitorEndpoint): RelabelConfig[] {
  const spec = monitorSpec(monitor);
  const targetPortKeep: RelabelConfig[] = endpoint.port
    ? [{ action: 'keep', source_labels: ['__meta_kubernetes_endpoint_port_name'], regex: endpoint.port }]
    : typeof endpoint.targetPort === 'string'
      ? [{ action: 'keep', source_labels: ['__meta_kubernetes_pod_container_port_name'], regex: endpoint.targetPort }]
      : endpoint.targetPort !== undefined
        ? [{ action: 'keep', source_labels: ['__meta_kubernetes_pod_container_port_number'], regex: String(endpoint.targetPort) }]
        : [];
  const kind = ['__meta_kubernetes_endpoint_address_target_kind', '__meta_kubernetes_endpoint_address_target_name'];
  const endpointName = endpoint.port ?? (endpoint.targetPort !== undefined ? String(endpoint.targetPort) : undefined);
  return [
    { source_labels: ['job'], target_label: '__tmp_prometheus_job_name' },
    ...selectorKeeps(spec, '__meta_kubernetes_service'),
    ...targetPortKeep,
    { source_labels: kind, separator: ';', regex: 'Node;(.*)', replacement: '${1}', target_label: 'node' },
    { source_labels: kind, separator: ';', regex: 'Pod;(.*)', replacement: '${1}', target_label: 'pod' },
    { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
    { source_labels: ['__meta_kubernetes_service_name'], target_label: 'service' },
    { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
    { source_labels: ['__meta_kubernetes_pod_container_name'], target_label: 'container' },
    ...((endpoint.filterRunning ?? true) ? [runningFilter] : []),
    ...copyLabels('__meta_kubernetes_service', spec.targetLabels),
    ...copyLabels('__meta_kubernetes_pod', spec.podTargetLabels),
    { source_labels: ['__meta_kubernetes_service_name'], target_label: 'job', replacement: '${1}' },
    ...(spec.jobLabel ? [{ source_labels: [`__meta_kubernetes_service_label_${sanitize(spec.jobLabel)}`], target_label: 'job', regex: '(.+)', replacement: '${1}' }] : []),
    ...(endpointName ? [{ target_label: 'endpoint', replacement: endpointName }] : []),
    ...((endpoint.relabelings ?? []) as RelabelConfig[]),
  ];
}

/** prometheus-operator's relabel_configs for a PodMonitor endpoint (promcfg.go generatePodMonitorConfig). */
function podMonitorRelabelings(monitor: Manifest, endpoint: MonitorEndpoint): RelabelConfig[] {
  const spec = monitorSpec(monitor);
  const portKeep: RelabelConfig[] = endpoint.port
    ? [{ action: 'keep', source_labels: ['__meta_kubernetes_pod_container_port_name'], regex: endpoint.port }]
    : endpoint.portNumber !== undefined
      ? [{ action: 'keep', source_labels: ['__meta_kubernetes_pod_container_port_number'], regex: String(endpoint.portNumber) }]
      : [];
  return [
    { source_labels: ['job'], target_label: '__tmp_prometheus_job_name' },
    ...((endpoint.filterRunning ?? true) ? [runningFilter] : []),
    ...selectorKeeps(spec, '__meta_kubernetes_pod'),
    ...portKeep,
    { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
    { source_labels: ['__meta_kubernetes_pod_container_name'], target_label: 'container' },
    { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
    ...copyLabels('__meta_kubernetes_pod', spec.podTargetLabels),
    { target_label: 'job', replacement: `${monitor.metadata.namespace}/${monitor.metadata.name}` },
    ...(spec.jobLabel ? [{ source_labels: [`__meta_kubernetes_pod_label_${sanitize(spec.jobLabel)}`], target_label: 'job', regex: '(.+)', replacement: '${1}' }] : []),
    ...(endpoint.port ? [{ target_label: 'endpoint', replacement: endpoint.port }] : []),
    ...((endpoint.relabelings ?? []) as RelabelConfig[]),
  ];
}

/** Kubernetes SD meta labels of one pod instance's scraped port. */
function discovery(t: ScrapeTarget, podName: string, ip: string): Labels {
  const namespace = t.pod.owner.metadata.namespace ?? 'default';
  const pod: Labels = {
    __meta_kubernetes_namespace: namespace,
    __meta_kubernetes_pod_name: podName,
    __meta_kubernetes_pod_ip: ip,
    __meta_kubernetes_pod_phase: 'Running',
    __meta_kubernetes_pod_ready: 'true',
    __meta_kubernetes_pod_container_name: t.container.name,
    __meta_kubernetes_pod_container_port_name: t.containerPort.name ?? '',
    __meta_kubernetes_pod_container_port_number: String(t.containerPort.containerPort),
    __meta_kubernetes_pod_container_port_protocol: t.containerPort.protocol ?? 'TCP',
    ...labelMeta('__meta_kubernetes_pod', t.pod.labels),
  };
  const kind = t.monitor.kind === 'ServiceMonitor' ? 'serviceMonitor' : 'podMonitor';
  const base: Labels = {
    job: `${kind}/${t.monitor.metadata.namespace}/${t.monitor.metadata.name}/${t.index}`,
    __address__: `${ip}:${t.containerPort.containerPort}`,
    __scheme__: String(t.endpoint.scheme ?? 'http'),
    __metrics_path__: String(t.endpoint.path ?? '/metrics'),
  };
  if (!t.service) return { ...base, ...pod };
  return {
    ...base,
    ...pod,
    __meta_kubernetes_service_name: t.service.metadata.name,
    ...labelMeta('__meta_kubernetes_service', t.service.metadata.labels ?? {}),
    __meta_kubernetes_endpoint_port_name: t.servicePort?.name ?? '',
    __meta_kubernetes_endpoint_port_protocol: t.servicePort?.protocol ?? 'TCP',
    __meta_kubernetes_endpoint_ready: 'true',
    __meta_kubernetes_endpoint_address_target_kind: 'Pod',
    __meta_kubernetes_endpoint_address_target_name: podName,
  };
}

/** Prometheus' scrape-time label merge (scrape.go mutateSampleLabels), then metric_relabel_configs. */
function storeSample(raw: Labels, target: Labels, endpoint: MonitorEndpoint): Labels {
  const out: Labels = { ...raw };
  for (const [name, value] of Object.entries(target)) {
    if (endpoint.honorLabels) {
      if (!(name in raw)) out[name] = value;
      continue;
    }
    if (name in raw && raw[name] !== '') {
      let exported = `exported_${name}`;
      while (exported in out) exported = `exported_${exported}`;
      out[exported] = raw[name]!;
    }
    out[name] = value;
  }
  const relabelled = relabel(out, (endpoint.metricRelabelings ?? []) as RelabelConfig[]);
  if (!relabelled) throw new Error(`the metricRelabelings of ${JSON.stringify(endpoint)} drop ${JSON.stringify(raw)}`);
  const { __name__: _, ...labels } = relabelled;
  return labels;
}

/** Every target the rendering's monitors produce, with the labels Prometheus stores. */
export function storedTargets(docs: readonly Manifest[]): StoredTarget[] {
  const ips = new Map<string, string>();
  const ipOf = (podName: string) => {
    if (!ips.has(podName)) ips.set(podName, `10.244.${Math.floor(ips.size / 250)}.${(ips.size % 250) + 2}`);
    return ips.get(podName)!;
  };
  return scrapeTargets(docs).flatMap((source) =>
    podInstances(source.pod, docs).flatMap((podName) => {
      const meta = discovery(source, podName, ipOf(podName));
      const relabelings = source.monitor.kind === 'ServiceMonitor' ? serviceMonitorRelabelings(source.monitor, source.endpoint) : podMonitorRelabelings(source.monitor, source.endpoint);
      const kept = relabel(meta, relabelings);
      if (!kept) return [];
      const labels = Object.fromEntries(Object.entries({ instance: kept.__address__!, ...kept }).filter(([k]) => !k.startsWith('__')));
      return [{ source, podName, labels, sample: (raw: Labels) => storeSample(raw, labels, source.endpoint) }];
    }),
  );
}
