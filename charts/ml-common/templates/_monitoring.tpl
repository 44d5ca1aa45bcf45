{{/*
Prometheus-operator monitors. Rendered by the calling chart when monitoring is enabled
(ml-common.enabled with apiVersion monitoring.coreos.com/v1).
*/}}

{{/*
Usage: include "ml-common.serviceMonitor" (dict "context" $ "name" $name "component" "server"
  "selector" (include-able selector labels as dict) "endpoints" (list (dict "port" "metrics" "path" "/metrics"))
  "labels" .Values.metrics.serviceMonitor.labels "interval" "30s")
*/}}
{{- define "ml-common.serviceMonitor" -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ .name }}
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "ml-common.labels" . | nindent 4 }}
    {{- with .labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  namespaceSelector:
    matchNames:
      - {{ .context.Release.Namespace | quote }}
  selector:
    matchLabels:
      {{- toYaml .selector | nindent 6 }}
  endpoints:
    {{- range .endpoints }}
    - {{- toYaml (merge (dict) . (dict "interval" ($.interval | default "30s") "scheme" "http")) | nindent 6 }}
    {{- end }}
{{- end -}}

{{/*
Usage: include "ml-common.podMonitor" (dict "context" $ "name" $name "component" "ray-head"
  "selector" $labels "endpoints" (list (dict "port" "metrics")) "labels" $extra "interval" "30s")
*/}}
{{- define "ml-common.podMonitor" -}}
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata:
  name: {{ .name }}
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "ml-common.labels" . | nindent 4 }}
    {{- with .labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  namespaceSelector:
    matchNames:
      - {{ .context.Release.Namespace | quote }}
  selector:
    matchLabels:
      {{- toYaml .selector | nindent 6 }}
  podMetricsEndpoints:
    {{- range .endpoints }}
    - {{- toYaml (merge (dict) . (dict "interval" ($.interval | default "30s") "scheme" "http")) | nindent 6 }}
    {{- end }}
{{- end -}}
