/**
 * Input series for the promtool unit test of each alert, computed from the alert's configured
 * threshold, so a changed threshold is tested at its new boundary. Each scenario gives a healthy
 * state (just on the good side of the threshold, plus decoy series the alert must ignore) and a
 * breaching state, the labels the alert must carry and the value its annotations must print.
 *
 * A series is written as its exporter emits it (Ray, Feast, MLflow labels) on a scrape target of a
 * rendered platform; the label set promtool receives is the one Prometheus stores for it
 * (prometheus-operator.ts: target labels, exported_ renames, metricRelabelings).
 */

import type { Labels } from './relabel.ts';

export type { Labels };

/** A scrape target: the labels of its `up` series, and how a sample of it is stored. */
export interface Target {
  labels: Labels;
  sample(raw: Labels): Labels;
}

/** The targets the scenarios scrape, taken from a rendered platform (targets.ts). */
export interface PlatformTargets {
  /** The Ray head's metrics agent (port `metrics`). */
  rayHead: Target;
  /** The Ray head's autoscaler metrics (port `as-metrics`). */
  rayHeadAutoscaler: Target;
  /** A Ray worker's metrics agent. */
  rayWorker: Target;
  /** Two feature server replicas. */
  feast: [Target, Target];
  /** Two MLflow server replicas. */
  mlflow: [Target, Target];
  /** The local stack's kube-state-metrics (its RayCluster custom resource state). */
  kubeStateMetrics: Target;
  /** The labels kube-state-metrics gives the rendered RayCluster's series (the chart's configuration applied to it). */
  rayCluster: Labels;
}

export interface AlertConfig {
  enabled: boolean;
  for: string;
  severity: string;
  labels?: Labels;
  [key: string]: unknown;
}

/** One input series over the whole test: constant gauges or counters growing by `perMinute`. */
export interface Series {
  name: string;
  /** Where it is scraped. */
  target: Target;
  /** The exporter's own labels (none for `up`). */
  labels: Labels;
  /** Gauge value, or counter increase per minute (`counter: true`). */
  value: number;
  counter?: boolean;
}

/** The labels Prometheus stores for a series: the target's for `up`, the merge of both for an exporter's sample. */
export const storedLabels = (s: Series): Labels => (s.name === 'up' ? s.target.labels : s.target.sample({ __name__: s.name, ...s.labels }));

export interface Scenario {
  healthy: Series[];
  breach: Series[];
  /** Minutes after the start at which the breaching expression is first true (rates need two samples). */
  warmup: number;
  /** Labels the alert takes from its expression. */
  labels: Labels;
  /** `$value` when the alert fires (for the annotations), if the expression has a meaningful one. */
  value?: number;
  /** Further ways the alert fires (an expression with `or`): each breach state, what it is, its labels and value. */
  otherBreaches?: { what: string; breach: Series[]; labels: Labels; value?: number }[];
}

const num = (cfg: AlertConfig, key: string): number => {
  const v = cfg[key];
  if (typeof v !== 'number') throw new Error(`alert config has no numeric ${key}`);
  return v;
};

/** Percent thresholds: healthy at half the threshold, breaching a third of the way from it to 100. */
const below = (t: number) => t / 2;
const above = (t: number) => t + (100 - t) / 3;

/** A label value the regex (PromQL: fully anchored RE2) matches; the scenario needs a literal one. */
function sampleFor(regex: string, candidates: string[]): string {
  const hit = candidates.find((c) => new RegExp(`^(?:${regex})$`).test(c));
  if (!hit) throw new Error(`no sample label value among ${candidates.join(', ')} matches ${regex}: add one to the scenario`);
  return hit;
}

const matches = (regex: string, value: string) => new RegExp(`^(?:${regex})$`).test(value);

/** The namespace and pod labels a `by (namespace, pod)` aggregation keeps of a target. */
const podOf = (target: Target): Labels => ({ namespace: target.labels.namespace!, pod: target.labels.pod! });

/** Cumulative histogram buckets with every observation in bucket `index` of `bounds`. */
function histogram(name: string, target: Target, labels: Labels, bounds: number[], index: number, perMinute: number): Series[] {
  const les = [...bounds.map(String), '+Inf'];
  return les.map((le, i) => ({ name: `${name}_bucket`, target, labels: { ...labels, le }, value: i >= index ? perMinute : 0, counter: true }));
}

/** Error-share counters: `share` percent of `total` requests per minute are errors. */
function shares(total: number, parts: { labels: Labels; percent: number }[]): { labels: Labels; perMinute: number }[] {
  return parts.map((p) => ({ labels: p.labels, perMinute: (total * p.percent) / 100 }));
}

const up = (target: Target, value: number): Series => ({ name: 'up', target, labels: {}, value });

export const scenarios: Record<string, (cfg: AlertConfig, t: PlatformTargets) => Scenario> = {
  RayServeHighLatency(cfg, targets) {
    const t = num(cfg, 'thresholdMs');
    const worker = targets.rayWorker;
    const series = { application: 'fraud', route: '/predict', method: 'POST', status_code: '200' };
    const bounds = [t / 2, t, 2 * t];
    // Healthy: P99 = t/2 + 0.99 * t/2, just under t; the proxy's own /-/ routes are slow and ignored.
    const healthy = [...histogram('ray_serve_http_request_latency_ms', worker, series, bounds, 1, 60), ...histogram('ray_serve_http_request_latency_ms', worker, { ...series, route: '/-/healthz' }, bounds, 3, 60)];
    return { healthy, breach: histogram('ray_serve_http_request_latency_ms', worker, series, bounds, 2, 60), warmup: 1, labels: { application: 'fraud', route: '/predict' }, value: t + t * 0.99 };
  },

  RayServeHighErrorRate(cfg, targets) {
    const t = num(cfg, 'thresholdPercent');
    const codes = String(cfg.errorCodes);
    const code = sampleFor(codes, ['500', '503', '502', '504', '404', '429']);
    const base = { application: 'fraud', route: '/predict', method: 'POST' };
    const target = targets.rayWorker;
    const state = (errorPercent: number, decoy: boolean): Series[] => {
      // A 404 share three times the threshold that errorCodes must leave out (when it does).
      const other = decoy && !matches(codes, '404') ? Math.min(3 * t, 100 - errorPercent) : 0;
      const s: Series[] = [
        { name: 'ray_serve_num_http_requests_total', target, labels: { ...base, status_code: '200' }, value: 100 - errorPercent - other, counter: true },
        { name: 'ray_serve_num_http_requests_total', target, labels: { ...base, status_code: code }, value: errorPercent, counter: true },
        { name: 'ray_serve_num_http_error_requests_total', target, labels: { ...base, error_code: code }, value: errorPercent, counter: true },
      ];
      if (other > 0) {
        s.push({ name: 'ray_serve_num_http_requests_total', target, labels: { ...base, status_code: '404' }, value: other, counter: true });
        s.push({ name: 'ray_serve_num_http_error_requests_total', target, labels: { ...base, error_code: '404' }, value: other, counter: true });
      }
      return s;
    };
    return { healthy: state(below(t), true), breach: state(above(t), false), warmup: 1, labels: { application: 'fraud' }, value: above(t) };
  },

  ModelPredictionFailures(cfg, targets) {
    const t = num(cfg, 'thresholdPercent');
    const base = { application: 'fraud', deployment: 'FraudModel', replica: 'FraudModel#abc12', route: '/predict' };
    const target = targets.rayWorker;
    const state = (p: number): Series[] => [
      { name: 'ray_serve_deployment_request_counter_total', target, labels: base, value: 100, counter: true },
      { name: 'ray_serve_deployment_error_counter_total', target, labels: base, value: p, counter: true },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 1, labels: { application: 'fraud', deployment: 'FraudModel' }, value: above(t) };
  },

  RayClusterNodeDown(_, { rayHead, rayWorker, kubeStateMetrics: target, rayCluster }) {
    const workers = (desired: number, ready: number | undefined): Series[] => [
      { name: 'kube_customresource_raycluster_desired_worker_replicas', target, labels: rayCluster, value: desired },
      ...(ready === undefined ? [] : [{ name: 'kube_customresource_raycluster_ready_worker_replicas', target, labels: rayCluster, value: ready }]),
    ];
    const nodes = [up(rayHead, 1), up(rayWorker, 1)];
    return {
      healthy: [...nodes, ...workers(2, 2)],
      // One of two workers deleted: its replacement is not ready yet.
      breach: [...nodes, ...workers(2, 1)],
      warmup: 0,
      labels: { namespace: rayCluster.namespace!, name: rayCluster.name! },
      value: 1,
      otherBreaches: [
        // The only worker deleted: KubeRay leaves readyWorkerReplicas out of its status at 0, so the series is gone.
        { what: 'no ready worker, no ready series', breach: [...nodes, ...workers(1, undefined)], labels: { namespace: rayCluster.namespace!, name: rayCluster.name! }, value: 1 },
        { what: 'a node\'s metrics endpoint unreachable', breach: [up(rayHead, 1), up(rayWorker, 0), ...workers(2, 2)], labels: { ...rayWorker.labels } },
      ],
    };
  },

  RayHeadUnavailable(_, { rayHead, rayWorker }) {
    // A worker still answering does not make the head available.
    return { healthy: [up(rayHead, 1), up(rayWorker, 0)], breach: [up(rayHead, 0), up(rayWorker, 1)], warmup: 0, labels: {} };
  },

  RayWorkersPendingTooLong(cfg, { rayHeadAutoscaler: target }) {
    const n = num(cfg, 'thresholdNodes');
    const pending = (v: number): Series[] => [
      { name: 'autoscaler_pending_nodes', target, labels: { NodeType: 'gpu-group' }, value: v },
      { name: 'autoscaler_pending_nodes', target, labels: { NodeType: 'cpu-group' }, value: 0 },
    ];
    return { healthy: pending(n), breach: pending(n + 1), warmup: 0, labels: { NodeType: 'gpu-group' }, value: n + 1 };
  },

  RayObjectStorePressure(cfg, { rayWorker: target }) {
    const t = num(cfg, 'thresholdPercent');
    const capacity = 8e9;
    const state = (p: number): Series[] => {
      const used = (capacity * p) / 100;
      return [
        { name: 'ray_object_store_memory', target, labels: { Location: 'MMAP_SHM', ObjectState: 'SEALED' }, value: used },
        // Spilled objects live on disk: they do not fill the object store.
        { name: 'ray_object_store_memory', target, labels: { Location: 'SPILLED', ObjectState: 'SEALED' }, value: 2 * capacity },
        { name: 'ray_resources', target, labels: { Name: 'object_store_memory', State: 'USED' }, value: used },
        { name: 'ray_resources', target, labels: { Name: 'object_store_memory', State: 'AVAILABLE' }, value: capacity - used },
        { name: 'ray_resources', target, labels: { Name: 'CPU', State: 'AVAILABLE' }, value: 8 },
      ];
    };
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 0, labels: podOf(target), value: above(t) };
  },

  RayNodeMemoryPressure(cfg, { rayWorker: target }) {
    const t = num(cfg, 'thresholdPercent');
    const total = 64e9;
    const state = (p: number): Series[] => [
      { name: 'ray_node_mem_used', target, labels: { IsHeadNode: 'false' }, value: (total * p) / 100 },
      { name: 'ray_node_mem_total', target, labels: { IsHeadNode: 'false' }, value: total },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 0, labels: podOf(target), value: above(t) };
  },

  RayGPUIdle(cfg, { rayWorker: target }) {
    const t = num(cfg, 'thresholdPercent');
    const gpu = (v: number): Series[] => [{ name: 'ray_node_gpus_utilization', target, labels: { GpuIndex: '0', GpuDeviceName: 'NVIDIA A10G', IsHeadNode: 'false' }, value: v }];
    // Idle is below the threshold: healthy halfway from it to 100, breaching at half of it.
    return { healthy: gpu(t + (100 - t) / 2), breach: gpu(t / 2), warmup: 0, labels: { ...podOf(target), GpuIndex: '0' }, value: t / 2 };
  },

  RayGPUMemorySaturation(cfg, { rayWorker: target }) {
    const t = num(cfg, 'thresholdPercent');
    const gram = 24000;
    const labels = { GpuIndex: '0', GpuDeviceName: 'NVIDIA A10G', IsHeadNode: 'false' };
    const state = (p: number): Series[] => [
      { name: 'ray_node_gram_used', target, labels, value: (gram * p) / 100 },
      { name: 'ray_node_gram_available', target, labels, value: gram - (gram * p) / 100 },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 0, labels: { ...podOf(target), GpuIndex: '0' }, value: above(t) };
  },

  FeastServerDown(_, { feast: [a, b] }) {
    // One replica down is not the server down.
    return { healthy: [up(a, 1), up(b, 0)], breach: [up(a, 0), up(b, 0)], warmup: 0, labels: {} };
  },

  FeastHighFeatureLatency(cfg, { feast: [target] }) {
    const t = num(cfg, 'thresholdMs');
    const endpoint = sampleFor(String(cfg.endpoints), ['/get-online-features', '/push', '/write-to-online-store', '/materialize']);
    // Feast's own labels (feast/metrics.py request_latency): endpoint is the HTTP path.
    const base = { endpoint, feature_count: '12', feature_view_count: '3' };
    const bounds = [t / 2000, t / 1000, (2 * t) / 1000];
    // Healthy: P95 = 0.975 t; a slow endpoint outside `endpoints` is ignored.
    const decoy = '/push';
    const healthy = [...histogram('feast_feature_server_request_latency_seconds', target, base, bounds, 1, 60)];
    if (!matches(String(cfg.endpoints), decoy)) healthy.push(...histogram('feast_feature_server_request_latency_seconds', target, { ...base, endpoint: decoy }, bounds, 3, 600));
    return { healthy, breach: histogram('feast_feature_server_request_latency_seconds', target, base, bounds, 2, 60), warmup: 1, labels: {}, value: 1000 * (t / 1000 + (t / 1000) * 0.95) };
  },

  FeastHighErrorRate(cfg, { feast: [target] }) {
    const t = num(cfg, 'thresholdPercent');
    const base = { endpoint: '/get-online-features' };
    const state = (p: number): Series[] => [
      { name: 'feast_feature_server_request_total', target, labels: { ...base, status: 'success' }, value: 100 - p, counter: true },
      { name: 'feast_feature_server_request_total', target, labels: { ...base, status: 'error' }, value: p, counter: true },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 1, labels: { endpoint: '/get-online-features' }, value: above(t) };
  },

  MLflowServerDown(_, { mlflow: [a, b] }) {
    return { healthy: [up(a, 0), up(b, 1)], breach: [up(a, 0), up(b, 0)], warmup: 0, labels: {} };
  },

  MLflowHighErrorRate(cfg, { mlflow: [target] }) {
    const t = num(cfg, 'thresholdPercent');
    // prometheus-flask-exporter's request counter of MLflow 3.17 carries method and status only.
    const base = { method: 'POST' };
    const state = (p: number, decoy: boolean): Series[] => {
      const notFound = decoy ? Math.min(3 * t, 100 - p) : 0; // 4xx are the client's fault, not an outage
      return shares(100, [
        { labels: { ...base, status: '200' }, percent: 100 - p - notFound },
        { labels: { ...base, status: '500' }, percent: p },
        { labels: { ...base, status: '404' }, percent: notFound },
      ]).map((s) => ({ name: 'mlflow_http_request_total', target, labels: s.labels, value: s.perMinute, counter: true }));
    };
    return { healthy: state(below(t), true), breach: state(above(t), false), warmup: 1, labels: {}, value: above(t) };
  },
};
