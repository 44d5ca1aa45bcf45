{{/*
Prometheus-operator monitors. Rendered by the calling chart when monitoring is enabled
(ml-common.enabled with apiVersion monitoring.coreos.com/v1).

The scrape contract: every monitor copies the pods' selector labels onto their series
(podTargetLabels), so Prometheus stores app_kubernetes_io_name, app_kubernetes_io_instance and
app_kubernetes_io_component on every target. Alerts and dashboards select components by those labels,
never by job or Service names, which follow the release name and fullnameOverride.
*/}}

{{/* The pod labels every monitor copies onto its targets (prometheus-operator podTargetLabels). */}}
{{- define "ml-common.monitorTargetLabels" -}}
- app.kubernetes.io/name
- app.kubernetes.io/instance
- app.kubernetes.io/component
{{- end -}}

{{/*
Usage: include "ml-common.serviceMonitor" (dict "context" $ "name" $name "component" "server"
  "selector" (include-able selector labels as dict) "endpoints" (list (dict "port" "metrics" "path" "/metrics"))
  "labels" .Values.metrics.serviceMonitor.labels "interval" "30s")
*/}}
{{- define "ml-common.serviceMonitor" -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ .name | quote }}
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
  podTargetLabels:
    {{- include "ml-common.monitorTargetLabels" . | nindent 4 }}
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
  name: {{ .name | quote }}
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
  podTargetLabels:
    {{- include "ml-common.monitorTargetLabels" . | nindent 4 }}
  podMetricsEndpoints:
    {{- range .endpoints }}
    - {{- toYaml (merge (dict) . (dict "interval" ($.interval | default "30s") "scheme" "http")) | nindent 6 }}
    {{- end }}
{{- end -}}
