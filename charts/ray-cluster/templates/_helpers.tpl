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
metrics container port; object-store-memory is the pod's object store in bytes (ray-cluster.objectStore);
with the mesh on, every Ray port is fixed (and listed by the headless Service), the worker-port range is
small, and Ray advertises the pod's FQDN under the headless Service.
Usage: include "ray-cluster.rayStartParams" (dict "context" $ "params" .rayStartParams "objectStoreBytes" "2576980377") -> YAML map of strings
*/}}
{{- define "ray-cluster.rayStartParams" -}}
{{- $ctx := .context -}}
{{- $out := dict -}}
{{- range $k, $v := (.params | default dict) -}}
{{- $_ := set $out $k (toString $v) -}}
{{- end -}}
{{- $_ := set $out "metrics-export-port" "8080" -}}
{{- $_ := set $out "object-store-memory" (toString .objectStoreBytes) -}}
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
{{- $_ := set $out "node-ip-address" (include "ray-cluster.podFqdn" $ctx) -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
The address Ray advertises under the mesh: the pod's name under the headless Service, built in the
container's shell from the pod IP the downward API gives (POD_IP, see ray-cluster.rayEnv), the way
cluster DNS names a headless Service's endpoints: IPv4 dots and IPv6 colons become dashes
(10.244.0.50 -> 10-244-0-50, fd00:10:244::50 -> fd00-10-244--50). `hostname -I` is not used: on a
dual-stack pod it prints both addresses.
*/}}
{{- define "ray-cluster.podFqdn" -}}
{{- printf "$(echo \"${POD_IP}\" | tr ':.' '--').%s.%s.svc.%s" (include "ray-cluster.headlessServiceName" .) .Release.Namespace (include "ml-common.clusterDomain" .) -}}
{{- end -}}

{{/* "true" when Ray advertises the pod's FQDN (ray-cluster.podFqdn): the mesh is on and mesh.podFqdnNodeAddress. */}}
{{- define "ray-cluster.advertisesPodFqdn" -}}
{{- if and (include "ray-cluster.meshEnabled" .) .Values.mesh.podFqdnNodeAddress -}}true{{- end -}}
{{- end -}}

{{/*
The object store of a Ray pod, one rule for the head and every worker group: object-store-memory is the
group's rayStartParams object-store-memory when set, else objectStore.memoryPercent of the Ray
container's memory limit; /dev/shm (the store's tmpfs) is 10 % larger, in whole Mi. Ray keeps the
store in /dev/shm only when it fits there (else a slow /tmp store) and refuses stores under 75 MiB or
above the memory limit: each of those is an error line in "errors", naming the value (validate.yaml
reports them; the sizes are computed anyway, so the templates that render the pods never fail).
Usage: include "ray-cluster.objectStore" (dict "context" $ "resources" $resources "params" $params "path" "workers[0]") | fromJson
-> {"bytes": "2576980377", "shm": "2704Mi", "errors": ""}
*/}}
{{- define "ray-cluster.objectStore" -}}
{{- $memory := dig "limits" "memory" "" (.resources | default dict) -}}
{{- $memoryPath := printf "%s.resources.limits.memory" .path -}}
{{- $errors := "" -}}
{{- if eq (toString $memory) "" -}}
{{- $errors = print $errors (include "ml-common.validation.error" (dict "path" $memoryPath "message" "is not set, and the Ray object store and /dev/shm are sized from it" "fix" "set a memory limit for the Ray container (workerDefaults.resources holds the workers' defaults)")) -}}
{{- end -}}
{{- $quantityErrors := "" -}}
{{- if not $errors -}}{{- $quantityErrors = include "ml-common.quantity.errors" (dict "value" $memory "path" $memoryPath) -}}{{- end -}}
{{- $limit := include "ml-common.quantityBytes" (dict "value" $memory) | int64 -}}
{{- $bytes := div (mul $limit (int64 .context.Values.objectStore.memoryPercent)) 100 -}}
{{- $explicit := get (.params | default dict) "object-store-memory" -}}
{{- if $explicit -}}
{{- $quantityErrors = print $quantityErrors (include "ml-common.quantity.errors" (dict "value" $explicit "path" (printf "%s.rayStartParams.object-store-memory" .path))) -}}
{{- $bytes = include "ml-common.quantityBytes" (dict "value" $explicit) | int64 -}}
{{- end -}}
{{- if or $errors $quantityErrors -}}
{{- /* No size to compare: the missing or malformed value is the error. */ -}}
{{- $errors = print $errors $quantityErrors -}}
{{- else -}}
{{- $minimum := mul 75 1048576 -}}
{{- if lt $bytes $minimum -}}
{{- $errors = print $errors (include "ml-common.validation.error" (dict "path" (ternary (printf "%s.rayStartParams.object-store-memory" .path) $memoryPath (not (empty $explicit))) "message" (printf "gives an object store of %d bytes, below Ray's minimum of %d (75 MiB)" $bytes $minimum) "fix" (printf "raise the memory limit to at least %dMi, or set rayStartParams.object-store-memory" (add1 (div (mul $minimum 100) (mul (int64 .context.Values.objectStore.memoryPercent) 1048576)))))) -}}
{{- end -}}
{{- if ge $bytes $limit -}}
{{- $errors = print $errors (include "ml-common.validation.error" (dict "path" (printf "%s.rayStartParams.object-store-memory" .path) "message" (printf "%d bytes is not below the memory limit %v" $bytes $memory) "fix" "lower object-store-memory or raise the memory limit")) -}}
{{- end -}}
{{- end -}}
{{- $mi := 1048576 -}}
{{- dict "bytes" (toString $bytes) "shm" (printf "%dMi" (div (add (div (mul $bytes 11) 10) (sub $mi 1)) $mi)) "errors" $errors | toJson -}}
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

{{/* The effective S3 (s3 over global.s3, ml-common.externalService) when it names an endpoint or a Secret, else {}. Usage: include "ray-cluster.s3" . | fromJson */}}
{{- define "ray-cluster.s3" -}}
{{- $s3 := include "ml-common.externalService" (dict "context" . "kind" "s3" "value" .Values.s3) | fromJson -}}
{{- if or $s3.endpoint $s3.existingSecret -}}{{- toJson $s3 -}}{{- else -}}{}{{- end -}}
{{- end -}}

{{/* CA bundles of the TLS clients in use (ml-common.caBundle.*): S3. */}}
{{- define "ray-cluster.caBundles" -}}
{{- $s3 := include "ray-cluster.s3" . | fromJson -}}
{{- if $s3 -}}{{- toJson (list (dict "client" "s3" "caBundle" $s3.caBundle "path" (include "ml-common.externalService.path" (dict "context" . "kind" "s3" "value" .Values.s3 "path" "s3" "key" "caBundle")))) -}}{{- else -}}[]{{- end -}}
{{- end -}}

{{/* Environment of every Ray container: the pod IP (for ray-cluster.podFqdn), MLflow, Feast, S3 (credentials from a Secret), then extra env. */}}
{{- define "ray-cluster.rayEnv" -}}
{{- $v := .Values -}}
{{- if include "ray-cluster.advertisesPodFqdn" . }}
- name: POD_IP
  valueFrom:
    fieldRef:
      fieldPath: status.podIP
{{- end }}
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
{{- $s3 := include "ray-cluster.s3" . | fromJson }}
{{- if $s3 }}
{{- include "ml-common.s3.env" $s3 }}
{{- include "ml-common.caBundle.env" (include "ray-cluster.caBundles" . | fromJsonArray) }}
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

{{/* Writable emptyDirs, /dev/shm for the object store, and the pod's extra volumes. Usage: include "ray-cluster.volumes" (dict "context" $ "extra" .volumes "shm" "1127Mi") */}}
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
    sizeLimit: {{ .shm }}
{{- include "ml-common.caBundle.volumes" (include "ray-cluster.caBundles" .context | fromJsonArray) }}
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
{{- include "ml-common.caBundle.mounts" (include "ray-cluster.caBundles" .context | fromJsonArray) }}
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
