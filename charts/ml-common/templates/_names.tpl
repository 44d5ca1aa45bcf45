{{/*
Names. Kubernetes names are at most 63 characters (DNS-1123 labels); every helper truncates there
and trims a trailing dash, so long release names never produce invalid objects.
*/}}

{{/* Chart name, or .Values.nameOverride. */}}
{{- define "ml-common.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Release-qualified name: .Values.fullnameOverride, else <release>-<chart> (just <release> when it already holds the chart name). */}}
{{- define "ml-common.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
A component's name: <fullname>-<component>, truncated so the suffix survives: the fullname part is
cut first. Usage: include "ml-common.componentName" (dict "context" $ "component" "server")
*/}}
{{- define "ml-common.componentName" -}}
{{- $component := .component | toString -}}
{{- $room := int (sub 62 (len $component)) -}}
{{- printf "%s-%s" (include "ml-common.fullname" .context | trunc $room | trimSuffix "-") $component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* chart-version label value. */}}
{{- define "ml-common.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
ServiceAccount name: serviceAccount.name, else the component (or full) name when serviceAccount.create,
else "default". Usage: include "ml-common.serviceAccountName" (dict "context" $ "serviceAccount" .Values.serviceAccount "component" "server")
*/}}
{{- define "ml-common.serviceAccountName" -}}
{{- $sa := .serviceAccount | default dict -}}
{{- if $sa.name -}}
{{- $sa.name -}}
{{- else if $sa.create -}}
{{- if .component -}}{{ include "ml-common.componentName" . }}{{- else -}}{{ include "ml-common.fullname" .context }}{{- end -}}
{{- else -}}
default
{{- end -}}
{{- end -}}

{{/*
The spec of a chart's data PersistentVolumeClaim (ml-common's persistence shape): access modes, the
StorageClass ("" = the cluster default, "-" = none) and the size.
Usage: include "ml-common.persistentVolumeClaim.spec" .Values.persistence
*/}}
{{- define "ml-common.persistentVolumeClaim.spec" -}}
accessModes:
  {{- toYaml .accessModes | nindent 2 }}
{{- with .storageClass }}
storageClassName: {{ if eq . "-" }}""{{ else }}{{ . | quote }}{{ end }}
{{- end }}
resources:
  requests:
    storage: {{ .size | quote }}
{{- end -}}
