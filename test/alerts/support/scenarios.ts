/**
 * Input series for the promtool unit test of each alert, computed from the alert's configured
 * threshold, so a changed threshold is tested at its new boundary. Each scenario gives a healthy
 * state (just on the good side of the threshold, plus decoy series the alert must ignore) and a
 * breaching state, the labels the alert must carry and the value its annotations must print.
 */

export type Labels = Record<string, string>;

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
  labels: Labels;
  /** Gauge value, or counter increase per minute (`counter: true`). */
  value: number;
  counter?: boolean;
}

export interface Scenario {
  healthy: Series[];
  breach: Series[];
  /** Minutes after the start at which the breaching expression is first true (rates need two samples). */
  warmup: number;
  /** Labels the alert takes from its expression. */
  labels: Labels;
  /** `$value` when the alert fires (for the annotations), if the expression has a meaningful one. */
  value?: number;
}

/** Sample targets as prometheus-operator labels them; they must satisfy the `targets.*` matchers. */
export const target = {
  rayHead: { job: 'ml/ml-ray-cluster', namespace: 'ml', pod: 'ml-raycluster-head-5fz9c', instance: '10.0.1.5:8080', endpoint: 'metrics' },
  rayWorker: { job: 'ml/ml-ray-cluster', namespace: 'ml', pod: 'ml-raycluster-gpu-group-worker-7x2kq', instance: '10.0.1.7:8080', endpoint: 'metrics' },
  feast: [
    { job: 'ml-feast-server', namespace: 'ml', pod: 'ml-feast-server-6d9f7-abcde', instance: '10.0.2.3:8000', endpoint: 'metrics' },
    { job: 'ml-feast-server', namespace: 'ml', pod: 'ml-feast-server-6d9f7-fghij', instance: '10.0.2.4:8000', endpoint: 'metrics' },
  ],
  mlflow: [
    { job: 'ml-mlflow-platform', namespace: 'ml', pod: 'ml-mlflow-platform-5c8d-abcde', instance: '10.0.3.4:5000', endpoint: 'http' },
    { job: 'ml-mlflow-platform', namespace: 'ml', pod: 'ml-mlflow-platform-5c8d-fghij', instance: '10.0.3.5:5000', endpoint: 'http' },
  ],
} as const;

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

/** Cumulative histogram buckets with every observation in bucket `index` of `bounds`. */
function histogram(name: string, labels: Labels, bounds: number[], index: number, perMinute: number): Series[] {
  const les = [...bounds.map(String), '+Inf'];
  return les.map((le, i) => ({ name: `${name}_bucket`, labels: { ...labels, le }, value: i >= index ? perMinute : 0, counter: true }));
}

/** Error-share counters: `share` percent of `total` requests per minute are errors. */
function shares(total: number, parts: { labels: Labels; percent: number }[]): { labels: Labels; perMinute: number }[] {
  return parts.map((p) => ({ labels: p.labels, perMinute: (total * p.percent) / 100 }));
}

export const scenarios: Record<string, (cfg: AlertConfig) => Scenario> = {
  RayServeHighLatency(cfg) {
    const t = num(cfg, 'thresholdMs');
    const series = { ...target.rayWorker, application: 'fraud', route: '/predict', method: 'POST', status_code: '200' };
    const bounds = [t / 2, t, 2 * t];
    // Healthy: P99 = t/2 + 0.99 * t/2, just under t; the proxy's own /-/ routes are slow and ignored.
    const healthy = [...histogram('ray_serve_http_request_latency_ms', series, bounds, 1, 60), ...histogram('ray_serve_http_request_latency_ms', { ...series, route: '/-/healthz' }, bounds, 3, 60)];
    return { healthy, breach: histogram('ray_serve_http_request_latency_ms', series, bounds, 2, 60), warmup: 1, labels: { application: 'fraud', route: '/predict' }, value: t + t * 0.99 };
  },

  RayServeHighErrorRate(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const codes = String(cfg.errorCodes);
    const code = sampleFor(codes, ['500', '503', '502', '504', '404', '429']);
    const base = { ...target.rayWorker, application: 'fraud', route: '/predict', method: 'POST' };
    const state = (errorPercent: number, decoy: boolean): Series[] => {
      // A 404 share three times the threshold that errorCodes must leave out (when it does).
      const other = decoy && !matches(codes, '404') ? Math.min(3 * t, 100 - errorPercent) : 0;
      const s: Series[] = [
        { name: 'ray_serve_num_http_requests_total', labels: { ...base, status_code: '200' }, value: 100 - errorPercent - other, counter: true },
        { name: 'ray_serve_num_http_requests_total', labels: { ...base, status_code: code }, value: errorPercent, counter: true },
        { name: 'ray_serve_num_http_error_requests_total', labels: { ...base, error_code: code }, value: errorPercent, counter: true },
      ];
      if (other > 0) {
        s.push({ name: 'ray_serve_num_http_requests_total', labels: { ...base, status_code: '404' }, value: other, counter: true });
        s.push({ name: 'ray_serve_num_http_error_requests_total', labels: { ...base, error_code: '404' }, value: other, counter: true });
      }
      return s;
    };
    return { healthy: state(below(t), true), breach: state(above(t), false), warmup: 1, labels: { application: 'fraud' }, value: above(t) };
  },

  ModelPredictionFailures(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const base = { ...target.rayWorker, application: 'fraud', deployment: 'FraudModel', replica: 'FraudModel#abc12', route: '/predict' };
    const state = (p: number): Series[] => [
      { name: 'ray_serve_deployment_request_counter_total', labels: base, value: 100, counter: true },
      { name: 'ray_serve_deployment_error_counter_total', labels: base, value: p, counter: true },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 1, labels: { application: 'fraud', deployment: 'FraudModel' }, value: above(t) };
  },

  RayClusterNodeDown() {
    const up = (labels: Labels, v: number): Series => ({ name: 'up', labels, value: v });
    return {
      healthy: [up(target.rayHead, 1), up(target.rayWorker, 1)],
      breach: [up(target.rayHead, 1), up(target.rayWorker, 0)],
      warmup: 0,
      labels: { ...target.rayWorker },
    };
  },

  RayHeadUnavailable() {
    const up = (labels: Labels, v: number): Series => ({ name: 'up', labels, value: v });
    // A worker still answering does not make the head available.
    return { healthy: [up(target.rayHead, 1), up(target.rayWorker, 0)], breach: [up(target.rayHead, 0), up(target.rayWorker, 1)], warmup: 0, labels: {} };
  },

  RayWorkersPendingTooLong(cfg) {
    const n = num(cfg, 'thresholdNodes');
    const pending = (v: number): Series[] => [
      { name: 'autoscaler_pending_nodes', labels: { ...target.rayHead, instance: '10.0.1.5:44217', NodeType: 'gpu-group' }, value: v },
      { name: 'autoscaler_pending_nodes', labels: { ...target.rayHead, instance: '10.0.1.5:44217', NodeType: 'cpu-group' }, value: 0 },
    ];
    return { healthy: pending(n), breach: pending(n + 1), warmup: 0, labels: { NodeType: 'gpu-group' }, value: n + 1 };
  },

  RayObjectStorePressure(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const capacity = 8e9;
    const state = (p: number): Series[] => {
      const used = (capacity * p) / 100;
      return [
        { name: 'ray_object_store_memory', labels: { ...target.rayWorker, Location: 'MMAP_SHM', ObjectState: 'SEALED' }, value: used },
        // Spilled objects live on disk: they do not fill the object store.
        { name: 'ray_object_store_memory', labels: { ...target.rayWorker, Location: 'SPILLED', ObjectState: 'SEALED' }, value: 2 * capacity },
        { name: 'ray_resources', labels: { ...target.rayWorker, Name: 'object_store_memory', State: 'USED' }, value: used },
        { name: 'ray_resources', labels: { ...target.rayWorker, Name: 'object_store_memory', State: 'AVAILABLE' }, value: capacity - used },
        { name: 'ray_resources', labels: { ...target.rayWorker, Name: 'CPU', State: 'AVAILABLE' }, value: 8 },
      ];
    };
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 0, labels: { namespace: 'ml', pod: target.rayWorker.pod }, value: above(t) };
  },

  RayNodeMemoryPressure(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const total = 64e9;
    const state = (p: number): Series[] => [
      { name: 'ray_node_mem_used', labels: { ...target.rayWorker, IsHeadNode: 'false' }, value: (total * p) / 100 },
      { name: 'ray_node_mem_total', labels: { ...target.rayWorker, IsHeadNode: 'false' }, value: total },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 0, labels: { namespace: 'ml', pod: target.rayWorker.pod }, value: above(t) };
  },

  RayGPUIdle(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const gpu = (v: number): Series[] => [{ name: 'ray_node_gpus_utilization', labels: { ...target.rayWorker, GpuIndex: '0', GpuDeviceName: 'NVIDIA A10G', IsHeadNode: 'false' }, value: v }];
    // Idle is below the threshold: healthy halfway from it to 100, breaching at half of it.
    return { healthy: gpu(t + (100 - t) / 2), breach: gpu(t / 2), warmup: 0, labels: { namespace: 'ml', pod: target.rayWorker.pod, GpuIndex: '0' }, value: t / 2 };
  },

  RayGPUMemorySaturation(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const gram = 24000;
    const labels = { ...target.rayWorker, GpuIndex: '0', GpuDeviceName: 'NVIDIA A10G', IsHeadNode: 'false' };
    const state = (p: number): Series[] => [
      { name: 'ray_node_gram_used', labels, value: (gram * p) / 100 },
      { name: 'ray_node_gram_available', labels, value: gram - (gram * p) / 100 },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 0, labels: { namespace: 'ml', pod: target.rayWorker.pod, GpuIndex: '0' }, value: above(t) };
  },

  FeastServerDown() {
    const [a, b] = target.feast;
    // One replica down is not the server down.
    return { healthy: [{ name: 'up', labels: a, value: 1 }, { name: 'up', labels: b, value: 0 }], breach: [{ name: 'up', labels: a, value: 0 }, { name: 'up', labels: b, value: 0 }], warmup: 0, labels: {} };
  },

  FeastHighFeatureLatency(cfg) {
    const t = num(cfg, 'thresholdMs');
    const endpoint = sampleFor(String(cfg.endpoints), ['/get-online-features', '/push', '/write-to-online-store', '/materialize']);
    const base = { ...target.feast[0], endpoint, feature_count: '12', feature_view_count: '3' };
    const bounds = [t / 2000, t / 1000, (2 * t) / 1000];
    // Healthy: P95 = 0.975 t; a slow endpoint outside `endpoints` is ignored.
    const decoy = '/push';
    const healthy = [...histogram('feast_feature_server_request_latency_seconds', base, bounds, 1, 60)];
    if (!matches(String(cfg.endpoints), decoy)) healthy.push(...histogram('feast_feature_server_request_latency_seconds', { ...base, endpoint: decoy }, bounds, 3, 600));
    return { healthy, breach: histogram('feast_feature_server_request_latency_seconds', base, bounds, 2, 60), warmup: 1, labels: {}, value: 1000 * (t / 1000 + (t / 1000) * 0.95) };
  },

  FeastHighErrorRate(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const base = { ...target.feast[0], endpoint: '/get-online-features' };
    const state = (p: number): Series[] => [
      { name: 'feast_feature_server_request_total', labels: { ...base, status: 'success' }, value: 100 - p, counter: true },
      { name: 'feast_feature_server_request_total', labels: { ...base, status: 'error' }, value: p, counter: true },
    ];
    return { healthy: state(below(t)), breach: state(above(t)), warmup: 1, labels: { endpoint: '/get-online-features' }, value: above(t) };
  },

  MLflowServerDown() {
    const [a, b] = target.mlflow;
    return { healthy: [{ name: 'up', labels: a, value: 0 }, { name: 'up', labels: b, value: 1 }], breach: [{ name: 'up', labels: a, value: 0 }, { name: 'up', labels: b, value: 0 }], warmup: 0, labels: {} };
  },

  MLflowHighErrorRate(cfg) {
    const t = num(cfg, 'thresholdPercent');
    const base = { ...target.mlflow[0], method: 'POST', mlflow_version: '3.18.0' };
    const state = (p: number, decoy: boolean): Series[] => {
      const notFound = decoy ? Math.min(3 * t, 100 - p) : 0; // 4xx are the client's fault, not an outage
      return shares(100, [
        { labels: { ...base, status: '200' }, percent: 100 - p - notFound },
        { labels: { ...base, status: '500' }, percent: p },
        { labels: { ...base, status: '404' }, percent: notFound },
      ]).map((s) => ({ name: 'mlflow_http_request_total', labels: s.labels, value: s.perMinute, counter: true }));
    };
    return { healthy: state(below(t), true), breach: state(above(t), false), warmup: 1, labels: {}, value: above(t) };
  },
};
