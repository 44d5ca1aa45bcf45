import type { Manifest } from '../../../scripts/lib/manifests/index.ts';
import { type StoredTarget, storedTargets } from './prometheus-operator.ts';
import type { PlatformTargets } from './scenarios.ts';

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
  return { rayHead: rayHead!, rayHeadAutoscaler: rayHeadAutoscaler!, rayWorker: rayWorker!, feast: [feastA!, feastB!], mlflow: [mlflowA!, mlflowB!] };
}
