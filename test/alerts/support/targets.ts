import { kubeStateMetricsResources, kubeStateMetricsSelector, rayClusterStateConfig } from '../../../scripts/lib/cluster/monitoring/kube-state-metrics.ts';
import type { Manifest } from '../../../scripts/lib/manifests/index.ts';
import { type StoredTarget, storedTargets } from './prometheus-operator.ts';
import type { Labels, PlatformTargets } from './scenarios.ts';

/**
 * The scrape targets the alert scenarios use, found in a rendering by what they are (the chart and
 * component of the scraped pod, the port scraped), not by the labels Prometheus will store.
 */
const is = (chart: string, component: string, port: string) => (t: StoredTarget) =>
  t.source.pod.labels['app.kubernetes.io/name'] === chart && t.source.pod.labels['app.kubernetes.io/component'] === component && t.source.containerPort.name === port;

function pick(targets: StoredTarget[], what: (t: StoredTarget) => boolean, count: number, name: string): StoredTarget[] {
  const found = targets.filter(what);
  if (found.length < count) throw new Error(`the rendering has ${found.length} ${name} target(s), the scenarios need ${count}: render with the monitors on and ${count} replicas`);
  return found.slice(0, count);
}

export function platformTargets(docs: readonly Manifest[]): PlatformTargets {
  const all = storedTargets(docs);
  const [rayHead] = pick(all, is('ray-cluster', 'ray-head', 'metrics'), 1, 'Ray head metrics');
  const [rayHeadAutoscaler] = pick(all, is('ray-cluster', 'ray-head', 'as-metrics'), 1, 'Ray autoscaler metrics');
  const [rayWorker] = pick(all, is('ray-cluster', 'ray-worker', 'metrics'), 1, 'Ray worker metrics');
  const [feastA, feastB] = pick(all, is('feast', 'server', 'metrics'), 2, 'Feast feature server');
  const [mlflowA, mlflowB] = pick(all, is('mlflow-platform', 'server', 'metrics'), 2, 'MLflow server');
  const [kubeStateMetrics] = pick(storedTargets(kubeStateMetricsResources() as unknown as Manifest[]), (t) => t.source.pod.labels['app.kubernetes.io/name'] === kubeStateMetricsSelector['app.kubernetes.io/name'] && t.source.containerPort.name === 'http', 1, 'kube-state-metrics');
  return { rayHead: rayHead!, rayHeadAutoscaler: rayHeadAutoscaler!, rayWorker: rayWorker!, feast: [feastA!, feastB!], mlflow: [mlflowA!, mlflowB!], kubeStateMetrics: kubeStateMetrics!, rayCluster: rayClusterLabels(docs) };
}

/**
 * The labels kube-state-metrics gives the rendered RayCluster's series: the chart's custom resource state
 * configuration (labelsFromPath) applied to the RayCluster, or to the RayService whose labels KubeRay copies
 * onto the cluster it creates; plus the customresource_* labels kube-state-metrics adds.
 */
function rayClusterLabels(docs: readonly Manifest[]): Labels {
  const owner = docs.find((d) => d.kind === 'RayCluster') ?? docs.find((d) => d.kind === 'RayService');
  if (!owner) throw new Error('the rendering has no RayCluster or RayService');
  const [resource] = rayClusterStateConfig().spec.resources;
  const at = (path: string[]) => path.reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], owner);
  const labels: Labels = { customresource_group: resource!.groupVersionKind.group, customresource_version: resource!.groupVersionKind.version, customresource_kind: resource!.groupVersionKind.kind };
  for (const [name, path] of Object.entries(resource!.labelsFromPath)) {
    const value = at(path);
    if (typeof value === 'string') labels[name] = value;
  }
  return labels;
}
