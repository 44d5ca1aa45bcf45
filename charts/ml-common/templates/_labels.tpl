{{/*
Labels. Selectors use only the immutable pair name + instance (and component, to tell a chart's
workloads apart); the other recommended labels go on metadata only, so upgrades never change a selector.
*/}}

{{/* Usage: include "ml-common.selectorLabels" (dict "context" $ "component" "server") — component optional. */}}
{{- define "ml-common.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ml-common.name" .context | quote }}
app.kubernetes.io/instance: {{ .context.Release.Name | quote }}
{{- with .component }}
app.kubernetes.io/component: {{ . | quote }}
{{- end }}
{{- end -}}

{{/*
All standard labels plus .Values.commonLabels and global.commonLabels.
Usage: include "ml-common.labels" (dict "context" $ "component" "server")
*/}}
{{- define "ml-common.labels" -}}
{{- $ctx := .context -}}
{{ include "ml-common.selectorLabels" . }}
app.kubernetes.io/version: {{ $ctx.Chart.AppVersion | default $ctx.Chart.Version | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ $ctx.Release.Service }}
app.kubernetes.io/part-of: {{ dig "partOf" "ml-platform" ($ctx.Values.global | default dict) | quote }}
helm.sh/chart: {{ include "ml-common.chart" $ctx }}
{{- $common := merge (dict) ($ctx.Values.commonLabels | default dict) (dig "commonLabels" dict ($ctx.Values.global | default dict)) }}
{{- range $key := keys $common | sortAlpha }}
{{ $key }}: {{ get $common $key | toString | quote }}
{{- end }}
{{- end -}}

{{/*
Standard object metadata: name, namespace, labels (plus optional extra labels, which never replace a
standard one), optional annotations.
Usage: include "ml-common.metadata" (dict "context" $ "name" $name "component" "server" "annotations" $ann "labels" $extra)
*/}}
{{- define "ml-common.metadata" -}}
{{- $standard := include "ml-common.labels" . -}}
name: {{ .name | quote }}
namespace: {{ .context.Release.Namespace | quote }}
labels:
  {{- $standard | nindent 2 }}
  {{- $taken := $standard | fromYaml }}
  {{- range $key, $value := .labels }}
  {{- if not (hasKey $taken $key) }}
  {{ $key | quote }}: {{ $value | quote }}
  {{- end }}
  {{- end }}
{{- with .annotations }}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
