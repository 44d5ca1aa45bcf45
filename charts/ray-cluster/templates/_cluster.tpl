{{/*
The RayCluster spec: head group, worker groups and autoscaling. Shared by the RayCluster and the
RayService's rayClusterConfig. Usage: include "ray-cluster.clusterSpec" $
*/}}
{{- define "ray-cluster.clusterSpec" -}}
{{- $v := .Values -}}
{{- $ports := include "ray-cluster.rayPorts" . | fromJson -}}
{{- $sc := include "ml-common.containerSecurityContext" (dict "override" $v.securityContext) -}}
{{- $headStore := include "ray-cluster.objectStore" (dict "context" . "resources" $v.head.resources "params" $v.head.rayStartParams "path" "head") | fromJson -}}
{{- $headParams := include "ray-cluster.rayStartParams" (dict "context" . "params" $v.head.rayStartParams "objectStoreBytes" $headStore.bytes) | fromYaml -}}
rayVersion: {{ $v.rayVersion | quote }}
enableInTreeAutoscaling: {{ $v.autoscaling.enabled }}
{{- if $v.autoscaling.enabled }}
autoscalerOptions:
  upscalingMode: {{ $v.autoscaling.upscalingMode }}
  idleTimeoutSeconds: {{ int64 $v.autoscaling.idleTimeoutSeconds }}
  {{- with $v.autoscaling.version }}
  version: {{ . }}
  {{- end }}
  imagePullPolicy: {{ $v.image.pullPolicy | default "IfNotPresent" }}
  resources:
    {{- toYaml $v.autoscaling.resources | nindent 4 }}
  securityContext:
    {{- $sc | nindent 4 }}
  {{- with $v.autoscaling.env }}
  env:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  # Only the autoscaler talks to the Kubernetes API: it alone mounts the ServiceAccount token.
  volumeMounts:
    {{- range $v.writablePaths }}
    {{- if eq .mountPath "/tmp" }}
    - name: {{ .name }}
      mountPath: /tmp
    {{- end }}
    {{- end }}
    - name: kube-api-access-autoscaler
      mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      readOnly: true
{{- end }}
headGroupSpec:
  serviceType: ClusterIP
  rayStartParams:
    {{- toYaml $headParams | nindent 4 }}
  template:
    {{- include "ray-cluster.podTemplate" (dict
        "context" .
        "nodeType" "head"
        "group" $v.head
        "image" $v.image "imagePath" "image"
        "resources" $v.head.resources
        "scheduling" (pick $v.head "nodeSelector" "tolerations" "runtimeClassName")
        "params" $headParams "shm" $headStore.shm
        "ports" (list
          (dict "name" "gcs-server" "port" $ports.gcs)
          (dict "name" "dashboard" "port" $ports.dashboard)
          (dict "name" "client" "port" $ports.client)
          (dict "name" "serve" "port" $ports.serve)
          (dict "name" "metrics" "port" $ports.metrics)
          (dict "name" "as-metrics" "port" $ports.autoscalerMetrics)
          (dict "name" "dash-metrics" "port" $ports.dashboardMetrics))
        "autoscalerToken" $v.autoscaling.enabled) | nindent 4 }}
{{- $gpuCfg := include "ray-cluster.gpuScheduling" . | fromYaml }}
workerGroupSpecs:
{{- range $i, $g := $v.workers }}
{{- $gpus := int64 ($g.gpu | default 0) }}
{{- /* The group's resources merge key by key over workerDefaults.resources (a partial group keeps the defaults). */}}
{{- $resources := include "ray-cluster.workerResources" (dict "context" $ "group" $g) | fromJson }}
{{- $store := include "ray-cluster.objectStore" (dict "context" $ "resources" $resources "params" $g.rayStartParams "path" (printf "workers[%d]" $i)) | fromJson }}
{{- $params := include "ray-cluster.rayStartParams" (dict "context" $ "params" $g.rayStartParams "objectStoreBytes" $store.bytes) | fromYaml }}
{{- $workerImage := include "ray-cluster.workerImage" (dict "context" $ "group" $g "index" $i) | fromJson }}
{{- $image := $workerImage.image }}
{{- $imagePath := $workerImage.path }}
{{- if gt $gpus 0 }}
{{- $_ := set $resources "limits" (merge (dict $v.gpu.resourceName $gpus) (get $resources "limits" | default dict)) }}
{{- end }}
{{- /* global.gpu.{nodeSelector,toleration,runtimeClassName}, when set, replace gpu.* (like global.imageRegistry replaces image registries). */}}
{{- $tolerations := $g.tolerations | default list }}
{{- if or (gt $gpus 0) $g.tolerateGpuTaint }}
{{- $tolerations = append $tolerations $gpuCfg.toleration }}
{{- end }}
{{- $nodeSelector := $g.nodeSelector | default dict }}
{{- if gt $gpus 0 }}
{{- $nodeSelector = merge (deepCopy $nodeSelector) $gpuCfg.nodeSelector }}
{{- end }}
{{- $runtimeClass := $g.runtimeClassName | default (ternary $gpuCfg.runtimeClassName "" (gt $gpus 0)) }}
  - groupName: {{ $g.name }}
    replicas: {{ ternary $g.replicas ($g.minReplicas | default 0) (hasKey $g "replicas") | int64 }}
    minReplicas: {{ $g.minReplicas | default 0 | int64 }}
    maxReplicas: {{ int64 $g.maxReplicas }}
    {{- with $g.idleTimeoutSeconds }}
    idleTimeoutSeconds: {{ int64 . }}
    {{- end }}
    rayStartParams:
      {{- toYaml $params | nindent 6 }}
    template:
      {{- include "ray-cluster.podTemplate" (dict
          "context" $
          "nodeType" "worker"
          "group" $g
          "image" $image "imagePath" $imagePath
          "resources" $resources
          "scheduling" (dict "nodeSelector" $nodeSelector "tolerations" $tolerations "runtimeClassName" $runtimeClass)
          "params" $params "shm" $store.shm
          "ports" (list (dict "name" "serve" "port" $ports.serve) (dict "name" "metrics" "port" $ports.metrics))
          "waitForGcs" (and (include "ray-cluster.meshEnabled" $) $v.mesh.waitForGcs)) | nindent 6 }}
{{- end }}
{{- end -}}

{{/*
A worker group's resources: merged key by key over workerDefaults.resources (a partial group keeps the
defaults). Usage: include "ray-cluster.workerResources" (dict "context" $ "group" $g) | fromJson
*/}}
{{- define "ray-cluster.workerResources" -}}
{{- mergeOverwrite (deepCopy (.context.Values.workerDefaults.resources | default dict)) (deepCopy (.group.resources | default dict)) | toJson -}}
{{- end -}}

{{/*
A worker group's image and its value path: the group's own, else gpuImage for a GPU group, else image.
Usage: include "ray-cluster.workerImage" (dict "context" $ "group" $g "index" $i) | fromJson -> {"image": {...}, "path": "gpuImage"}
*/}}
{{- define "ray-cluster.workerImage" -}}
{{- $v := .context.Values -}}
{{- $gpus := int64 (.group.gpu | default 0) -}}
{{- $image := .group.image | default (ternary $v.gpuImage $v.image (gt $gpus 0)) -}}
{{- $path := ternary (printf "workers[%d].image" (int .index)) (ternary "gpuImage" "image" (gt $gpus 0)) (hasKey .group "image") -}}
{{- dict "image" $image "path" $path | toJson -}}
{{- end -}}
