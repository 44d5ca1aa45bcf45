{{/*
The pod template of a Ray node, head or worker group: one builder, so that both get the same security
contexts, image, env, envFrom, probes, volumes, mounts, scheduling keys, labels and annotations. What a
node type really changes is a parameter:
  context          the chart's root context ($)
  nodeType         "head" or "worker": the component label, the container name, the probes' GCS check
  group            the node's values (head, or one of workers): podLabels, podAnnotations, affinity,
                   priorityClassName, env, volumes, volumeMounts
  image, imagePath the image and the value path that names it in errors
  resources        the Ray container's resources (a worker group's merged over workerDefaults, GPUs added)
  scheduling       {nodeSelector, tolerations, runtimeClassName} (a GPU group's with the GPU ones added)
  params, shm      the node's rayStartParams and /dev/shm size (ray-cluster.objectStore)
  ports            the container ports, a list of {name, port}
  autoscalerToken  the head with in-tree autoscaling: the projected token volume the autoscaler mounts
  waitForGcs       a worker under the mesh: wait for the GCS once the sidecar is up
Usage: include "ray-cluster.podTemplate" (dict "context" $ "nodeType" "worker" "group" $g ...) | nindent 6
*/}}
{{- define "ray-cluster.podTemplate" -}}
{{- $ctx := .context -}}
{{- $v := $ctx.Values -}}
{{- $name := printf "ray-%s" .nodeType -}}
metadata:
  labels:
    {{- include "ml-common.labels" (dict "context" $ctx "component" $name) | nindent 4 }}
    ray.io/is-ray-node: "yes"
    {{- with .group.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with include "ray-cluster.podAnnotations" (dict "context" $ctx "annotations" .group.podAnnotations) }}
  annotations:
    {{- . | nindent 4 }}
  {{- end }}
spec:
  serviceAccountName: {{ include "ray-cluster.serviceAccountName" $ctx }}
  automountServiceAccountToken: false
  securityContext:
    {{- include "ml-common.podSecurityContext" (dict "override" $v.podSecurityContext "runAsUser" 1000) | nindent 4 }}
  {{- with include "ml-common.imagePullSecrets" $ctx | trim }}
  {{- . | nindent 2 }}
  {{- end }}
  {{- with .scheduling.runtimeClassName }}
  runtimeClassName: {{ . }}
  {{- end }}
  {{- with .group.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  {{- with .scheduling.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .group.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .scheduling.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: {{ $name }}
      {{- include "ml-common.containerImage" (dict "context" $ctx "image" .image "path" .imagePath) | nindent 6 }}
      {{- if .waitForGcs }}
      # KubeRay's wait-gcs-ready init container is off under STRICT mTLS (it would run before the sidecar):
      # wait here instead, once the sidecar is up. KubeRay prepends this to the generated `ray start`.
      args:
        - 'until ray health-check --address "${FQ_RAY_IP}:${RAY_PORT}" >/dev/null 2>&1; do echo "waiting for the GCS"; sleep 2; done'
      {{- end }}
      ports:
        {{- range .ports }}
        - { name: {{ .name }}, containerPort: {{ .port }}, protocol: TCP }
        {{- end }}
      {{- with concat (include "ray-cluster.rayEnv" $ctx | fromYamlArray) (.group.env | default list) }}
      env:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with include "ray-cluster.envFrom" $ctx | fromYamlArray }}
      envFrom:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      resources:
        {{- toYaml .resources | nindent 8 }}
      securityContext:
        {{- include "ml-common.containerSecurityContext" (dict "override" $v.securityContext) | nindent 8 }}
      {{- include "ray-cluster.probes" (dict "head" (eq .nodeType "head") "params" .params) | nindent 6 }}
      volumeMounts:
        {{- include "ray-cluster.volumeMounts" (dict "context" $ctx "extra" .group.volumeMounts) | trim | nindent 8 }}
  volumes:
    {{- include "ray-cluster.volumes" (dict "context" $ctx "extra" .group.volumes "shm" .shm) | trim | nindent 4 }}
    {{- if .autoscalerToken }}
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
{{- end -}}
