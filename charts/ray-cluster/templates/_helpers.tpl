{{/*
Switches. Each follows the conventions: the chart's explicit boolean, then global, then the API (or on by default).
*/}}
{{- define "ray-cluster.meshEnabled" -}}
{{- include "ml-common.enabled" (dict "context" . "value" .Values.mesh.enabled "global" (list "mesh" "enabled") "apiVersion" "security.istio.io/v1") -}}
{{- end -}}

{{- define "ray-cluster.mtlsMode" -}}
{{- .Values.mesh.mtlsMode | default (include "ml-common.digGlobal" (dict "context" . "keys" (list "mesh" "mtlsMode"))) | default "STRICT" -}}
{{- end -}}

{{/* NetworkPolicies are on unless networkPolicy.enabled or global.networkPolicy.enabled is false. */}}
{{- define "ray-cluster.networkPolicyEnabled" -}}
{{- $global := include "ml-common.digGlobal" (dict "context" . "keys" (list "networkPolicy" "enabled")) -}}
{{- if kindIs "bool" .Values.networkPolicy.enabled -}}
{{- ternary "true" "" .Values.networkPolicy.enabled -}}
{{- else if ne $global "false" -}}
true
{{- end -}}
{{- end -}}

{{- define "ray-cluster.podMonitorEnabled" -}}
{{- include "ml-common.enabled" (dict "context" . "value" .Values.metrics.podMonitor.enabled "global" (list "monitoring" "enabled") "apiVersion" "monitoring.coreos.com/v1") -}}
{{- end -}}

{{- define "ray-cluster.serviceMonitorEnabled" -}}
{{- include "ml-common.enabled" (dict "context" . "value" .Values.metrics.serviceMonitor.enabled "global" (list "monitoring" "enabled") "apiVersion" "monitoring.coreos.com/v1") -}}
{{- end -}}

{{/* The RayCluster (or RayService) name; KubeRay names its own head Service <name>-head-svc. */}}
{{- define "ray-cluster.clusterName" -}}
{{- include "ml-common.fullname" . | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{- define "ray-cluster.headServiceName" -}}{{ include "ml-common.componentName" (dict "context" . "component" "head") }}{{- end -}}
{{- define "ray-cluster.serveServiceName" -}}{{ include "ml-common.componentName" (dict "context" . "component" "serve") }}{{- end -}}
{{- define "ray-cluster.headlessServiceName" -}}{{ include "ml-common.componentName" (dict "context" . "component" "headless") }}{{- end -}}
{{- define "ray-cluster.operatorName" -}}{{ include "ml-common.componentName" (dict "context" . "component" "operator") }}{{- end -}}

{{- define "ray-cluster.serviceAccountName" -}}
{{- include "ml-common.serviceAccountName" (dict "context" . "serviceAccount" .Values.serviceAccount "component" "ray") -}}
{{- end -}}

{{/* Istio principal of a ServiceAccount of the release namespace. */}}
{{- define "ray-cluster.principal" -}}
{{- printf "%s/ns/%s/sa/%s" .context.Values.mesh.trustDomain .context.Release.Namespace .serviceAccount -}}
{{- end -}}

{{/* Selectors. Every Ray pod (head and workers) of the release; head pods; worker pods. */}}
{{- define "ray-cluster.rayPodSelector" -}}
{{ include "ml-common.selectorLabels" (dict "context" .) }}
ray.io/is-ray-node: "yes"
{{- end -}}
{{- define "ray-cluster.headSelector" -}}
{{ include "ml-common.selectorLabels" (dict "context" . "component" "ray-head") }}
{{- end -}}
{{- define "ray-cluster.workerSelector" -}}
{{ include "ml-common.selectorLabels" (dict "context" . "component" "ray-worker") }}
{{- end -}}
{{- define "ray-cluster.operatorSelector" -}}
{{ include "ml-common.selectorLabels" (dict "context" . "component" "operator") }}
{{- end -}}

{{/* Container ports of Ray (KubeRay's names: gcs-server, dashboard, client, serve, metrics). */}}
{{- define "ray-cluster.rayPorts" -}}
{{- dict "gcs" 6379 "dashboard" 8265 "client" 10001 "serve" 8000 "metrics" 8080 "autoscalerMetrics" 44217 "dashboardMetrics" 44227 | toJson -}}
{{- end -}}

{{/*
rayStartParams of a node: the user's, then what the chart fixes. metrics-export-port always matches the
metrics container port; with the mesh on, every Ray port is fixed (and listed by the headless Service),
the worker-port range is small, and Ray advertises the pod's FQDN under the headless Service.
Usage: include "ray-cluster.rayStartParams" (dict "context" $ "params" .rayStartParams) -> YAML map of strings
*/}}
{{- define "ray-cluster.rayStartParams" -}}
{{- $ctx := .context -}}
{{- $out := dict -}}
{{- range $k, $v := (.params | default dict) -}}
{{- $_ := set $out $k (toString $v) -}}
{{- end -}}
{{- $_ := set $out "metrics-export-port" "8080" -}}
{{- if include "ray-cluster.meshEnabled" $ctx -}}
{{- $p := $ctx.Values.mesh.rayPorts -}}
{{- $_ := set $out "node-manager-port" (toString $p.nodeManager) -}}
{{- $_ := set $out "object-manager-port" (toString $p.objectManager) -}}
{{- $_ := set $out "runtime-env-agent-port" (toString $p.runtimeEnvAgent) -}}
{{- $_ := set $out "dashboard-agent-grpc-port" (toString $p.dashboardAgentGrpc) -}}
{{- $_ := set $out "dashboard-agent-listen-port" (toString $p.dashboardAgentListen) -}}
{{- $_ := set $out "min-worker-port" (toString $p.minWorkerPort) -}}
{{- $_ := set $out "max-worker-port" (toString $p.maxWorkerPort) -}}
{{- if $ctx.Values.mesh.podFqdnNodeAddress -}}
{{- $_ := set $out "node-ip-address" (printf "$(hostname -I | tr -d ' ' | sed 's/\\./-/g').%s.%s.svc.%s" (include "ray-cluster.headlessServiceName" $ctx) $ctx.Release.Namespace $ctx.Values.mesh.clusterDomain) -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
Exec probes on Ray's health endpoints (the checks KubeRay itself injects): the raylet through the dashboard
agent on every node, and the GCS through the dashboard on the head. Exec probes work under STRICT mTLS.
Usage: include "ray-cluster.probes" (dict "head" true "params" $params)
*/}}
{{- define "ray-cluster.probes" -}}
{{- $agentPort := get .params "dashboard-agent-listen-port" | default "52365" -}}
{{- $check := printf "wget --tries 1 -T 2 -q -O- http://localhost:%s/api/local_raylet_healthz | grep success" $agentPort -}}
{{- if .head -}}
{{- $check = printf "%s && wget --tries 1 -T 5 -q -O- http://localhost:%s/api/gcs_healthz | grep success" $check (get .params "dashboard-port" | default "8265") -}}
{{- end -}}
{{- $exec := dict "exec" (dict "command" (list "bash" "-c" $check)) -}}
startupProbe:
  {{- toYaml (merge (dict "periodSeconds" 5 "timeoutSeconds" 10 "failureThreshold" 120) $exec) | nindent 2 }}
readinessProbe:
  {{- toYaml (merge (dict "periodSeconds" 5 "timeoutSeconds" 10 "failureThreshold" 10) $exec) | nindent 2 }}
livenessProbe:
  {{- toYaml (merge (dict "periodSeconds" 5 "timeoutSeconds" 10 "failureThreshold" 120) $exec) | nindent 2 }}
{{- end -}}

{{/* Environment of every Ray container: MLflow, Feast, S3 (credentials from a Secret), then extra env. */}}
{{- define "ray-cluster.rayEnv" -}}
{{- $v := .Values -}}
{{- with $v.feast.serverUrl }}
- name: FEAST_FEATURE_SERVER_URL
  value: {{ tpl . $ | quote }}
{{- end }}
{{- if $v.mlflow.trackingUri }}
- name: MLFLOW_TRACKING_URI
  value: {{ tpl $v.mlflow.trackingUri . | quote }}
{{- if $v.mlflow.existingSecret }}
- name: MLFLOW_TRACKING_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $v.mlflow.existingSecret | quote }}
      key: {{ $v.mlflow.usernameKey | quote }}
- name: MLFLOW_TRACKING_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $v.mlflow.existingSecret | quote }}
      key: {{ $v.mlflow.passwordKey | quote }}
{{- end }}
{{- end }}
{{- if $v.s3.enabled }}
{{- with $v.s3.endpoint }}
- name: AWS_ENDPOINT_URL
  value: {{ tpl . $ | quote }}
- name: MLFLOW_S3_ENDPOINT_URL
  value: {{ tpl . $ | quote }}
{{- end }}
- name: AWS_REGION
  value: {{ $v.s3.region | quote }}
- name: AWS_DEFAULT_REGION
  value: {{ $v.s3.region | quote }}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $v.s3.existingSecret | quote }}
      key: {{ $v.s3.accessKeyIdKey | quote }}
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.s3.existingSecret | quote }}
      key: {{ $v.s3.secretAccessKeyKey | quote }}
{{- end }}
{{- with $v.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* envFrom of every Ray container: extraEnvFrom, with ConfigMap and Secret names evaluated as templates. */}}
{{- define "ray-cluster.envFrom" -}}
{{- $out := list -}}
{{- range .Values.extraEnvFrom -}}
{{- $source := deepCopy . -}}
{{- range $kind := list "configMapRef" "secretRef" -}}
{{- with get $source $kind -}}{{- $_ := set . "name" (tpl .name $) -}}{{- end -}}
{{- end -}}
{{- $out = append $out $source -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/* Writable emptyDirs, /dev/shm for the object store, and the pod's extra volumes. Usage: include "ray-cluster.volumes" (dict "context" $ "extra" .volumes) */}}
{{- define "ray-cluster.volumes" -}}
{{- range .context.Values.writablePaths }}
- name: {{ .name }}
  emptyDir:
    {{- with .sizeLimit }}
    sizeLimit: {{ . }}
    {{- end }}
{{- end }}
- name: dshm
  emptyDir:
    medium: Memory
    {{- with .context.Values.shmSizeLimit }}
    sizeLimit: {{ . }}
    {{- end }}
{{- with .extra }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "ray-cluster.volumeMounts" -}}
{{- range .context.Values.writablePaths }}
- name: {{ .name }}
  mountPath: {{ .mountPath }}
{{- end }}
- name: dshm
  mountPath: /dev/shm
{{- with .extra }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Pod annotations: the user's; under the mesh, the sidecar starts before Ray. (A Prometheus outside the
mesh reaches the metrics ports through the PeerAuthentication's port-level exception, mesh.yaml.)
Usage: (dict "context" $ "annotations" $a)
*/}}
{{- define "ray-cluster.podAnnotations" -}}
{{- $ann := deepCopy (.annotations | default dict) -}}
{{- if include "ray-cluster.meshEnabled" .context -}}
{{- $_ := set $ann "proxy.istio.io/config" "{\"holdApplicationUntilProxyStarts\": true}" -}}
{{- end -}}
{{- with $ann }}{{ toYaml . }}{{ end -}}
{{- end -}}

{{/* Istio AuthorizationPolicy "from" entries for namespaces and principals. Usage: include "ray-cluster.sources" (dict "namespaces" $ns "principals" $p) */}}
{{- define "ray-cluster.sources" -}}
{{- $from := list -}}
{{- with .namespaces }}{{- $from = append $from (dict "source" (dict "namespaces" (. | uniq))) -}}{{- end -}}
{{- with .principals }}{{- $from = append $from (dict "source" (dict "principals" (. | uniq))) -}}{{- end -}}
{{- toJson $from -}}
{{- end -}}

{{/* NetworkPolicy peers: the release namespace's pods (when asked) plus listed peers. "[]" when none. */}}
{{- define "ray-cluster.peers" -}}
{{- $peers := list -}}
{{- if .sameNamespace -}}{{- $peers = append $peers (dict "podSelector" (dict)) -}}{{- end -}}
{{- with .peers -}}{{- $peers = concat $peers (include "ml-common.networkPolicy.peers" . | fromYamlArray) -}}{{- end -}}
{{- toJson $peers -}}
{{- end -}}

{{/*
GPU scheduling of GPU worker groups as YAML: gpu.nodeSelector, gpu.toleration and gpu.runtimeClassName,
each replaced by global.gpu.<key> when the umbrella sets it (platform-wide GPU node facts).
Usage: include "ray-cluster.gpuScheduling" $ | fromYaml
*/}}
{{- define "ray-cluster.gpuScheduling" -}}
{{- $out := pick (deepCopy .Values.gpu) "nodeSelector" "toleration" "runtimeClassName" -}}
{{- $global := dig "gpu" dict (.Values.global | default dict) -}}
{{- range $key := list "nodeSelector" "toleration" "runtimeClassName" -}}
{{- with get $global $key -}}{{- $_ := set $out $key . -}}{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}
