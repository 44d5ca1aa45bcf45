{{/*
The RayCluster spec: head group, worker groups and autoscaling. Shared by the RayCluster and the
RayService's rayClusterConfig. Usage: include "ray-cluster.clusterSpec" $
*/}}
{{- define "ray-cluster.clusterSpec" -}}
{{- $v := .Values -}}
{{- $mesh := include "ray-cluster.meshEnabled" . -}}
{{- $ports := include "ray-cluster.rayPorts" . | fromJson -}}
{{- $sa := include "ray-cluster.serviceAccountName" . -}}
{{- $podSc := include "ml-common.podSecurityContext" (dict "override" $v.podSecurityContext "runAsUser" 1000) -}}
{{- $sc := include "ml-common.containerSecurityContext" (dict "override" $v.securityContext) -}}
{{- $env := include "ray-cluster.rayEnv" . -}}
{{- include "ml-common.validateMemory" (dict "resources" $v.head.resources "path" "head.resources") -}}
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
    metadata:
      labels:
        {{- include "ml-common.labels" (dict "context" . "component" "ray-head") | nindent 8 }}
        ray.io/is-ray-node: "yes"
        {{- with $v.head.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with include "ray-cluster.podAnnotations" (dict "context" . "annotations" $v.head.podAnnotations) }}
      annotations:
        {{- . | nindent 8 }}
      {{- end }}
    spec:
      serviceAccountName: {{ $sa }}
      automountServiceAccountToken: false
      securityContext:
        {{- $podSc | nindent 8 }}
      {{- with include "ml-common.imagePullSecrets" . | trim }}
      {{- . | nindent 6 }}
      {{- end }}
      {{- with $v.head.runtimeClassName }}
      runtimeClassName: {{ . }}
      {{- end }}
      {{- with $v.head.priorityClassName }}
      priorityClassName: {{ . }}
      {{- end }}
      {{- with $v.head.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.head.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.head.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: ray-head
          {{- include "ml-common.containerImage" (dict "context" . "image" $v.image "path" "image") | nindent 10 }}
          ports:
            - { name: gcs-server, containerPort: {{ $ports.gcs }}, protocol: TCP }
            - { name: dashboard, containerPort: {{ $ports.dashboard }}, protocol: TCP }
            - { name: client, containerPort: {{ $ports.client }}, protocol: TCP }
            - { name: serve, containerPort: {{ $ports.serve }}, protocol: TCP }
            - { name: metrics, containerPort: {{ $ports.metrics }}, protocol: TCP }
            - { name: as-metrics, containerPort: {{ $ports.autoscalerMetrics }}, protocol: TCP }
            - { name: dash-metrics, containerPort: {{ $ports.dashboardMetrics }}, protocol: TCP }
          {{- $headEnv := concat (include "ray-cluster.rayEnv" . | fromYamlArray) ($v.head.env | default list) }}
          {{- with $headEnv }}
          env:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- with include "ray-cluster.envFrom" . | fromYamlArray }}
          envFrom:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          resources:
            {{- toYaml $v.head.resources | nindent 12 }}
          securityContext:
            {{- $sc | nindent 12 }}
          {{- include "ray-cluster.probes" (dict "head" true "params" $headParams) | nindent 10 }}
          volumeMounts:
            {{- include "ray-cluster.volumeMounts" (dict "context" . "extra" $v.head.volumeMounts) | trim | nindent 12 }}
      volumes:
        {{- include "ray-cluster.volumes" (dict "context" . "extra" $v.head.volumes "shm" $headStore.shm) | trim | nindent 8 }}
        {{- if $v.autoscaling.enabled }}
        - name: kube-api-access-autoscaler
          projected:
            defaultMode: 0444
            sources:
              - serviceAccountToken:
                  path: token
                  expirationSeconds: 3607
              - configMap:
                  name: kube-root-ca.crt
                  items:
                    - key: ca.crt
                      path: ca.crt
              - downwardAPI:
                  items:
                    - path: namespace
                      fieldRef:
                        fieldPath: metadata.namespace
        {{- end }}
{{- /* global.gpu.{nodeSelector,toleration,runtimeClassName}, when set, replace gpu.* (like global.imageRegistry replaces image registries). */}}
{{- $gpuCfg := include "ray-cluster.gpuScheduling" . | fromYaml }}
workerGroupSpecs:
{{- range $i, $g := $v.workers }}
{{- $gpus := int64 ($g.gpu | default 0) }}
{{- /* The group's resources merge key by key over workerDefaults.resources (a partial group keeps the defaults). */}}
{{- $resources := mergeOverwrite (deepCopy ($v.workerDefaults.resources | default dict)) (deepCopy ($g.resources | default dict)) }}
{{- include "ml-common.validateMemory" (dict "resources" $resources "path" (printf "workers[%d].resources" $i)) }}
{{- $store := include "ray-cluster.objectStore" (dict "context" $ "resources" $resources "params" $g.rayStartParams "path" (printf "workers[%d]" $i)) | fromJson }}
{{- $params := include "ray-cluster.rayStartParams" (dict "context" $ "params" $g.rayStartParams "objectStoreBytes" $store.bytes) | fromYaml }}
{{- $image := $g.image | default (ternary $v.gpuImage $v.image (gt $gpus 0)) }}
{{- $imagePath := ternary (printf "workers[%d].image" $i) (ternary "gpuImage" "image" (gt $gpus 0)) (hasKey $g "image") }}
{{- if gt $gpus 0 }}
{{- $_ := set $resources "limits" (merge (dict $v.gpu.resourceName $gpus) (get $resources "limits" | default dict)) }}
{{- end }}
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
      metadata:
        labels:
          {{- include "ml-common.labels" (dict "context" $ "component" "ray-worker") | nindent 10 }}
          ray.io/is-ray-node: "yes"
          {{- with $g.podLabels }}
          {{- toYaml . | nindent 10 }}
          {{- end }}
        {{- with include "ray-cluster.podAnnotations" (dict "context" $ "annotations" $g.podAnnotations) }}
        annotations:
          {{- . | nindent 10 }}
        {{- end }}
      spec:
        serviceAccountName: {{ $sa }}
        automountServiceAccountToken: false
        securityContext:
          {{- $podSc | nindent 10 }}
        {{- with include "ml-common.imagePullSecrets" $ | trim }}
        {{- . | nindent 8 }}
        {{- end }}
        {{- with $runtimeClass }}
        runtimeClassName: {{ . }}
        {{- end }}
        {{- with $nodeSelector }}
        nodeSelector:
          {{- toYaml . | nindent 10 }}
        {{- end }}
        {{- with $g.affinity }}
        affinity:
          {{- toYaml . | nindent 10 }}
        {{- end }}
        {{- with $tolerations }}
        tolerations:
          {{- toYaml . | nindent 10 }}
        {{- end }}
        containers:
          - name: ray-worker
            {{- include "ml-common.containerImage" (dict "context" $ "image" $image "path" $imagePath) | nindent 12 }}
            {{- if and $mesh $v.mesh.waitForGcs }}
            # KubeRay's wait-gcs-ready init container is off under STRICT mTLS (it would run before the sidecar):
            # wait here instead, once the sidecar is up. KubeRay prepends this to the generated `ray start`.
            args:
              - 'until ray health-check --address "${FQ_RAY_IP}:${RAY_PORT}" >/dev/null 2>&1; do echo "waiting for the GCS"; sleep 2; done'
            {{- end }}
            ports:
              - { name: serve, containerPort: {{ $ports.serve }}, protocol: TCP }
              - { name: metrics, containerPort: {{ $ports.metrics }}, protocol: TCP }
            {{- $workerEnv := concat ($env | fromYamlArray) ($g.env | default list) }}
            {{- with $workerEnv }}
            env:
              {{- toYaml . | nindent 14 }}
            {{- end }}
            {{- with include "ray-cluster.envFrom" $ | fromYamlArray }}
            envFrom:
              {{- toYaml . | nindent 14 }}
            {{- end }}
            resources:
              {{- toYaml $resources | nindent 14 }}
            securityContext:
              {{- $sc | nindent 14 }}
            {{- include "ray-cluster.probes" (dict "head" false "params" $params) | nindent 12 }}
            volumeMounts:
              {{- include "ray-cluster.volumeMounts" (dict "context" $ "extra" $g.volumeMounts) | trim | nindent 14 }}
        volumes:
          {{- include "ray-cluster.volumes" (dict "context" $ "extra" $g.volumes "shm" $store.shm) | trim | nindent 10 }}
{{- end }}
{{- end -}}
