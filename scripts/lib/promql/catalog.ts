/**
 * The metrics our alerts and dashboards may use: only names that the real exporters emit, each with
 * where it comes from. One source of truth: the ml-observability README table is generated from this
 * list (scripts/lib/promql/readme.ts) and tests check every PromQL expression of the chart against it.
 */

export type MetricType = 'counter' | 'gauge' | 'histogram';

export interface MetricSource {
  /** Who exposes the metric and on which endpoint. */
  exporter: string;
  /** Where the name was checked (upstream file or page). */
  reference: string;
}

export const sources = {
  prometheus: {
    exporter: 'Prometheus itself, one series per scrape target',
    reference: 'prometheus.io/docs/concepts/jobs_instances (automatically generated labels and time series)',
  },
  ray: {
    exporter: 'Ray metrics agent on every Ray node (head and workers), port `metrics` 8080',
    reference: 'ray: doc/source/ray-observability/reference/system-metrics.rst; python/ray/dashboard/modules/metrics/dashboards/default_dashboard_panels.py',
  },
  rayAutoscaler: {
    exporter: 'Ray autoscaler (v2) on the head node, port 44217',
    reference: 'ray: python/ray/dashboard/modules/metrics/dashboards/default_dashboard_panels.py (Node Count panel)',
  },
  rayServe: {
    exporter: 'Ray Serve, through the Ray metrics agent of the node running the proxy/replica, port 8080',
    reference: 'ray: doc/source/serve/monitoring.md (Built-in Ray Serve metrics); counters carry `_total` since Ray 2.x',
  },
  feast: {
    exporter: 'Feast feature server started with `feast serve --metrics`, port 8000',
    reference: 'feast: sdk/python/feast/metrics.py (Feast 0.61+)',
  },
  mlflow: {
    exporter: 'MLflow tracking server started with `--expose-prometheus` (prometheus_flask_exporter, prefix `mlflow`), `/metrics` on the server port',
    reference: 'mlflow: mlflow/server/prometheus_exporter.py; docs/source/monitoring.rst',
  },
  kubeStateMetrics: {
    exporter: 'kube-state-metrics',
    reference: 'kube-state-metrics: docs/metrics/workload/pod-metrics.md, deployment-metrics.md',
  },
  kubeStateMetricsRayCluster: {
    exporter: 'kube-state-metrics with the custom resource state configuration charts/ml-observability/files/kube-state-metrics/rayclusters.yaml',
    reference: 'kube-state-metrics: docs/metrics/extend/customresourcestate-metrics.md; KubeRay: RayCluster status (desiredWorkerReplicas, readyWorkerReplicas)',
  },
} as const satisfies Record<string, MetricSource>;

export type SourceId = keyof typeof sources;

export interface KnownMetric {
  /** The name as exposed (counters with `_total`; histograms without `_bucket`/`_sum`/`_count`). */
  name: string;
  type: MetricType;
  source: SourceId;
  help: string;
}

export const knownMetrics: readonly KnownMetric[] = [
  { name: 'up', type: 'gauge', source: 'prometheus', help: '1 when the last scrape of the target succeeded, else 0' },

  { name: 'ray_node_cpu_utilization', type: 'gauge', source: 'ray', help: 'CPU utilization of the node, percent' },
  { name: 'ray_node_cpu_count', type: 'gauge', source: 'ray', help: 'CPU cores of the node' },
  { name: 'ray_node_mem_used', type: 'gauge', source: 'ray', help: 'memory used on the node, bytes' },
  { name: 'ray_node_mem_total', type: 'gauge', source: 'ray', help: 'memory of the node, bytes' },
  { name: 'ray_node_gpus_utilization', type: 'gauge', source: 'ray', help: 'GPU utilization per GPU (GpuIndex, GpuDeviceName), percent' },
  { name: 'ray_node_gpus_available', type: 'gauge', source: 'ray', help: 'GPUs of the node' },
  { name: 'ray_node_gram_used', type: 'gauge', source: 'ray', help: 'GPU memory used per GPU, MB' },
  { name: 'ray_node_gram_available', type: 'gauge', source: 'ray', help: 'GPU memory free per GPU, MB' },
  { name: 'ray_object_store_memory', type: 'gauge', source: 'ray', help: 'object store memory by Location (MMAP_SHM, MMAP_DISK, SPILLED, WORKER_HEAP), bytes' },
  { name: 'ray_resources', type: 'gauge', source: 'ray', help: 'logical resources by Name (CPU, GPU, object_store_memory) and State (USED, AVAILABLE)' },
  { name: 'ray_tasks', type: 'gauge', source: 'ray', help: 'tasks by State' },
  { name: 'ray_actors', type: 'gauge', source: 'ray', help: 'actors by State' },

  { name: 'autoscaler_active_nodes', type: 'gauge', source: 'rayAutoscaler', help: 'active nodes by NodeType' },
  { name: 'autoscaler_pending_nodes', type: 'gauge', source: 'rayAutoscaler', help: 'nodes requested but not yet running, by NodeType' },
  { name: 'autoscaler_recently_failed_nodes', type: 'gauge', source: 'rayAutoscaler', help: 'nodes that failed to start recently, by NodeType' },

  { name: 'ray_serve_num_http_requests_total', type: 'counter', source: 'rayServe', help: 'HTTP requests processed by the Serve proxy (route, method, application, status_code)' },
  { name: 'ray_serve_num_http_error_requests_total', type: 'counter', source: 'rayServe', help: 'non-2xx/3xx HTTP responses of the Serve proxy (route, error_code, method, application)' },
  { name: 'ray_serve_http_request_latency_ms', type: 'histogram', source: 'rayServe', help: 'end-to-end HTTP latency measured at the Serve proxy, ms' },
  { name: 'ray_serve_deployment_request_counter_total', type: 'counter', source: 'rayServe', help: 'queries processed by a deployment replica (deployment, replica, route, application)' },
  { name: 'ray_serve_deployment_error_counter_total', type: 'counter', source: 'rayServe', help: 'exceptions raised in a deployment replica' },
  { name: 'ray_serve_deployment_processing_latency_ms', type: 'histogram', source: 'rayServe', help: 'time a replica spends processing a query, ms' },
  { name: 'ray_serve_deployment_replica_healthy', type: 'gauge', source: 'rayServe', help: '1 when the replica passes its health check' },

  { name: 'feast_feature_server_request_total', type: 'counter', source: 'feast', help: 'requests by endpoint and status (success, error)' },
  { name: 'feast_feature_server_request_latency_seconds', type: 'histogram', source: 'feast', help: 'request latency by endpoint, seconds (buckets from 5 ms)' },
  { name: 'feast_feature_server_online_store_read_duration_seconds', type: 'histogram', source: 'feast', help: 'time spent reading the online store, seconds' },
  { name: 'feast_online_features_request_total', type: 'counter', source: 'feast', help: 'online feature retrieval requests' },
  { name: 'feast_feature_server_cpu_usage', type: 'gauge', source: 'feast', help: 'CPU usage of a feature server worker, percent' },
  { name: 'feast_feature_server_memory_usage', type: 'gauge', source: 'feast', help: 'memory usage of a feature server worker, percent' },
  { name: 'feast_feature_freshness_seconds', type: 'gauge', source: 'feast', help: 'seconds since the last materialization, by feature_view' },

  { name: 'mlflow_http_request_total', type: 'counter', source: 'mlflow', help: 'HTTP requests by method and status' },
  { name: 'mlflow_http_request_exceptions_total', type: 'counter', source: 'mlflow', help: 'HTTP requests that raised an exception' },
  { name: 'mlflow_http_request_duration_seconds', type: 'histogram', source: 'mlflow', help: 'HTTP request duration, seconds' },

  { name: 'kube_pod_status_phase', type: 'gauge', source: 'kubeStateMetrics', help: 'pod phase (Pending, Running, Succeeded, Failed, Unknown)' },
  { name: 'kube_pod_container_status_restarts_total', type: 'counter', source: 'kubeStateMetrics', help: 'container restarts' },
  { name: 'kube_deployment_status_replicas_available', type: 'gauge', source: 'kubeStateMetrics', help: 'available replicas of a Deployment' },
  { name: 'kube_deployment_spec_replicas', type: 'gauge', source: 'kubeStateMetrics', help: 'desired replicas of a Deployment' },
  { name: 'kube_customresource_raycluster_desired_worker_replicas', type: 'gauge', source: 'kubeStateMetricsRayCluster', help: 'worker pods a RayCluster should run' },
  { name: 'kube_customresource_raycluster_ready_worker_replicas', type: 'gauge', source: 'kubeStateMetricsRayCluster', help: 'worker pods of a RayCluster running and ready (absent at 0)' },
];

/** Every series name the known metrics produce (histograms expand to `_bucket`, `_sum`, `_count`). */
export function knownSeriesNames(metrics: readonly KnownMetric[] = knownMetrics): Map<string, KnownMetric> {
  const names = new Map<string, KnownMetric>();
  for (const m of metrics) {
    if (m.type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.set(m.name + suffix, m);
    else names.set(m.name, m);
  }
  return names;
}

/** Names among `used` that no known exporter emits. */
export function unknownMetrics(used: Iterable<string>): string[] {
  const known = knownSeriesNames();
  return [...new Set(used)].filter((n) => !known.has(n)).sort();
}
