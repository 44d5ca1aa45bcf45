{{/*
The alerts. Each spec is: name, group, expr (thresholds and selectors from values), summary and
description. Prometheus template markers are written [[ ]] here and turned into {{ }} when the
rule is rendered, so Helm does not read them.
*/}}
{{- define "ml-observability.alertSpecs" -}}
{{- $t := .Values.targets -}}
{{- $a := .Values.alerts -}}
- name: RayServeHighLatency
  group: ray-serve
  expr: {{ printf "histogram_quantile(0.99, sum by (application, route, le) (rate(ray_serve_http_request_latency_ms_bucket{%s, route!~\"/-/.*\"}[5m]))) > %v" $t.ray $a.RayServeHighLatency.thresholdMs | quote }}
  summary: "Ray Serve P99 latency of [[ $labels.application ]] [[ $labels.route ]] is above {{ $a.RayServeHighLatency.thresholdMs }} ms"
  description: "The 99th percentile of end-to-end HTTP latency at the Serve proxy for application [[ $labels.application ]], route [[ $labels.route ]] is [[ printf \"%.0f\" $value ]] ms (threshold {{ $a.RayServeHighLatency.thresholdMs }} ms)."
- name: RayServeHighErrorRate
  group: ray-serve
  expr: {{ printf "100 * sum by (application) (rate(ray_serve_num_http_error_requests_total{%s, error_code=~\"%s\"}[5m])) / sum by (application) (rate(ray_serve_num_http_requests_total{%s}[5m])) > %v" $t.ray $a.RayServeHighErrorRate.errorCodes $t.ray $a.RayServeHighErrorRate.thresholdPercent | quote }}
  summary: "Ray Serve application [[ $labels.application ]] answers more than {{ $a.RayServeHighErrorRate.thresholdPercent }}% of HTTP requests with errors"
  description: "[[ printf \"%.1f\" $value ]]% of HTTP requests to application [[ $labels.application ]] returned an error code matching {{ $a.RayServeHighErrorRate.errorCodes }} over the last 5 minutes (threshold {{ $a.RayServeHighErrorRate.thresholdPercent }}%)."
- name: ModelPredictionFailures
  group: ray-serve
  expr: {{ printf "100 * sum by (application, deployment) (rate(ray_serve_deployment_error_counter_total{%s}[5m])) / sum by (application, deployment) (rate(ray_serve_deployment_request_counter_total{%s}[5m])) > %v" $t.ray $t.ray $a.ModelPredictionFailures.thresholdPercent | quote }}
  summary: "Model deployment [[ $labels.application ]]/[[ $labels.deployment ]] fails more than {{ $a.ModelPredictionFailures.thresholdPercent }}% of predictions"
  description: "[[ printf \"%.1f\" $value ]]% of queries to Serve deployment [[ $labels.deployment ]] (application [[ $labels.application ]]) raised an exception over the last 5 minutes (threshold {{ $a.ModelPredictionFailures.thresholdPercent }}%)."
- name: RayClusterNodeDown
  group: ray-cluster
  {{- /* KubeRay leaves readyWorkerReplicas out of the status at 0 (omitempty): `or desired * 0` stands in. By
  namespace and name: kube-state-metrics' own scrape labels (pod, instance) and replicas do not count. */}}
  expr: {{ printf "(max by (namespace, name) (kube_customresource_raycluster_desired_worker_replicas{%s}) - max by (namespace, name) (kube_customresource_raycluster_ready_worker_replicas{%s} or kube_customresource_raycluster_desired_worker_replicas{%s} * 0) > 0) or up{%s} == 0" $t.rayCluster $t.rayCluster $t.rayCluster $t.ray | quote }}
  summary: "[[ if $labels.pod ]]Ray node [[ $labels.pod ]] is not reachable[[ else ]]RayCluster [[ $labels.namespace ]]/[[ $labels.name ]] is missing [[ printf \"%.0f\" $value ]] ready worker(s)[[ end ]]"
  description: "[[ if $labels.pod ]]Prometheus cannot scrape the Ray metrics endpoint [[ $labels.instance ]] of pod [[ $labels.pod ]] in [[ $labels.namespace ]]: the node (raylet and its metrics agent) is down or unreachable.[[ else ]]RayCluster [[ $labels.name ]] in [[ $labels.namespace ]] has [[ printf \"%.0f\" $value ]] fewer ready worker pods than it should run (status.desiredWorkerReplicas minus status.readyWorkerReplicas): a worker pod was deleted or evicted and its replacement is not ready, or workers are stuck in Init or Pending (kubectl -n [[ $labels.namespace ]] get pods -l ray.io/cluster=[[ $labels.name ]]).[[ end ]]"
- name: RayHeadUnavailable
  group: ray-cluster
  expr: {{ printf "absent(up{%s} == 1)" $t.rayHead | quote }}
  summary: "The Ray head node (GCS) is unavailable"
  description: "No Ray head pod has answered a metrics scrape: the head, which runs the GCS, the autoscaler and the dashboard, is down, so the cluster cannot schedule tasks or actors."
- name: RayWorkersPendingTooLong
  group: ray-cluster
  expr: {{ printf "sum by (NodeType) (autoscaler_pending_nodes{%s}) > %v" $t.ray $a.RayWorkersPendingTooLong.thresholdNodes | quote }}
  summary: "Ray worker nodes of type [[ $labels.NodeType ]] stay pending"
  description: "[[ printf \"%.0f\" $value ]] Ray nodes of type [[ $labels.NodeType ]] were requested by the autoscaler and are still not running (more than {{ $a.RayWorkersPendingTooLong.thresholdNodes }})."
- name: RayObjectStorePressure
  group: ray-cluster
  expr: {{ printf "100 * sum by (namespace, pod) (ray_object_store_memory{%s, Location=\"MMAP_SHM\"}) / sum by (namespace, pod) (ray_resources{%s, Name=\"object_store_memory\"}) > %v" $t.ray $t.ray $a.RayObjectStorePressure.thresholdPercent | quote }}
  summary: "Ray object store of [[ $labels.pod ]] is [[ printf \"%.0f\" $value ]]% full"
  description: "The shared-memory object store of Ray node [[ $labels.pod ]] in [[ $labels.namespace ]] is [[ printf \"%.1f\" $value ]]% full (threshold {{ $a.RayObjectStorePressure.thresholdPercent }}%): objects spill to disk and tasks slow down or fail."
- name: RayNodeMemoryPressure
  group: ray-cluster
  expr: {{ printf "100 * sum by (namespace, pod) (ray_node_mem_used{%s}) / sum by (namespace, pod) (ray_node_mem_total{%s}) > %v" $t.ray $t.ray $a.RayNodeMemoryPressure.thresholdPercent | quote }}
  summary: "Ray node [[ $labels.pod ]] uses [[ printf \"%.0f\" $value ]]% of its memory"
  description: "Ray node [[ $labels.pod ]] in [[ $labels.namespace ]] uses [[ printf \"%.1f\" $value ]]% of its memory (threshold {{ $a.RayNodeMemoryPressure.thresholdPercent }}%): Ray's memory monitor will start killing workers."
- name: RayGPUIdle
  group: gpu
  expr: {{ printf "max by (namespace, pod, GpuIndex) (ray_node_gpus_utilization{%s}) < %v" $t.ray $a.RayGPUIdle.thresholdPercent | quote }}
  summary: "GPU [[ $labels.GpuIndex ]] of Ray node [[ $labels.pod ]] is idle"
  description: "GPU [[ $labels.GpuIndex ]] of Ray node [[ $labels.pod ]] in [[ $labels.namespace ]] has been [[ printf \"%.1f\" $value ]]% utilized (below {{ $a.RayGPUIdle.thresholdPercent }}%): a paid GPU does no work."
- name: RayGPUMemorySaturation
  group: gpu
  expr: {{ printf "100 * sum by (namespace, pod, GpuIndex) (ray_node_gram_used{%s}) / (sum by (namespace, pod, GpuIndex) (ray_node_gram_used{%s}) + sum by (namespace, pod, GpuIndex) (ray_node_gram_available{%s})) > %v" $t.ray $t.ray $t.ray $a.RayGPUMemorySaturation.thresholdPercent | quote }}
  summary: "GPU [[ $labels.GpuIndex ]] memory of Ray node [[ $labels.pod ]] is [[ printf \"%.0f\" $value ]]% used"
  description: "GPU [[ $labels.GpuIndex ]] of Ray node [[ $labels.pod ]] in [[ $labels.namespace ]] has [[ printf \"%.1f\" $value ]]% of its memory in use (threshold {{ $a.RayGPUMemorySaturation.thresholdPercent }}%): the next allocation fails with CUDA out of memory."
- name: FeastServerDown
  group: feast
  expr: {{ printf "absent(up{%s} == 1)" $t.feast | quote }}
  summary: "The Feast feature server is down"
  description: "No Feast feature server replica has answered a metrics scrape: online feature retrieval, and every model that needs features, is failing."
- name: FeastHighFeatureLatency
  group: feast
  expr: {{ printf "histogram_quantile(0.95, sum by (le) (rate(feast_feature_server_request_latency_seconds_bucket{%s, endpoint=~\"%s\"}[5m]))) * 1000 > %v" $t.feast $a.FeastHighFeatureLatency.endpoints $a.FeastHighFeatureLatency.thresholdMs | quote }}
  summary: "Feast online feature retrieval P95 latency is above {{ $a.FeastHighFeatureLatency.thresholdMs }} ms"
  description: "The 95th percentile latency of Feast feature server requests to {{ $a.FeastHighFeatureLatency.endpoints }} is [[ printf \"%.1f\" $value ]] ms (threshold {{ $a.FeastHighFeatureLatency.thresholdMs }} ms)."
- name: FeastHighErrorRate
  group: feast
  expr: {{ printf "100 * sum by (endpoint) (rate(feast_feature_server_request_total{%s, status=\"error\"}[5m])) / sum by (endpoint) (rate(feast_feature_server_request_total{%s}[5m])) > %v" $t.feast $t.feast $a.FeastHighErrorRate.thresholdPercent | quote }}
  summary: "Feast endpoint [[ $labels.endpoint ]] fails more than {{ $a.FeastHighErrorRate.thresholdPercent }}% of requests"
  description: "[[ printf \"%.1f\" $value ]]% of Feast feature server requests to [[ $labels.endpoint ]] ended in an error over the last 5 minutes (threshold {{ $a.FeastHighErrorRate.thresholdPercent }}%)."
- name: MLflowServerDown
  group: mlflow
  expr: {{ printf "absent(up{%s} == 1)" $t.mlflow | quote }}
  summary: "The MLflow tracking server is down"
  description: "No MLflow tracking server replica has answered a metrics scrape: experiment tracking and the model registry are unavailable."
- name: MLflowHighErrorRate
  group: mlflow
  expr: {{ printf "100 * sum(rate(mlflow_http_request_total{%s, status=~\"5..\"}[5m])) / sum(rate(mlflow_http_request_total{%s}[5m])) > %v" $t.mlflow $t.mlflow $a.MLflowHighErrorRate.thresholdPercent | quote }}
  summary: "MLflow answers more than {{ $a.MLflowHighErrorRate.thresholdPercent }}% of requests with 5xx"
  description: "[[ printf \"%.1f\" $value ]]% of MLflow tracking server requests returned a 5xx status over the last 5 minutes (threshold {{ $a.MLflowHighErrorRate.thresholdPercent }}%)."
{{- end -}}

{{/* Rule groups in the order they are rendered. */}}
{{- define "ml-observability.alertGroups" -}}
ray-serve ray-cluster gpu feast mlflow
{{- end -}}
