{{/*
CA bundles of a chart's TLS clients (PostgreSQL, Redis, S3). Every chart takes the same shape under the
client's values, `caBundle: {secretName, configMapName, key}`: a PEM bundle from one key of a Secret or of
a ConfigMap in the release namespace. It is mounted read-only at /etc/ml-platform/ca/<client>/ca.crt and,
for clients with a standard variable, named by it: libpq (psql, psycopg, psycopg2) reads PGSSLROOTCERT,
boto3 reads AWS_CA_BUNDLE. Redis has none: the chart passes the path to its client (Feast: ssl_ca_certs).
A bundle list is a list of (dict "client" "postgresql" "caBundle" .Values.postgresql.caBundle "path" "postgresql.caBundle").
*/}}

{{/* Usage: include "ml-common.caBundle.file" "postgresql" -> /etc/ml-platform/ca/postgresql/ca.crt */}}
{{- define "ml-common.caBundle.file" -}}/etc/ml-platform/ca/{{ . }}/ca.crt{{- end -}}

{{/* "true" when a caBundle names a Secret or a ConfigMap. Usage: include "ml-common.caBundle.set" .Values.postgresql.caBundle */}}
{{- define "ml-common.caBundle.set" -}}
{{- $ca := . | default dict -}}
{{- if or $ca.secretName $ca.configMapName -}}true{{- end -}}
{{- end -}}

{{/* The bundles of a list that are set (the others mount nothing). */}}
{{- define "ml-common.caBundle.inUse" -}}
{{- $out := list -}}
{{- range . -}}
{{- if include "ml-common.caBundle.set" .caBundle -}}{{- $out = append $out . -}}{{- end -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}

{{/* Error lines of the bundles that name both a Secret and a ConfigMap. Usage: include "ml-common.caBundle.errors" $bundles */}}
{{- define "ml-common.caBundle.errors" -}}
{{- range . -}}
{{- $ca := .caBundle | default dict -}}
{{- if and $ca.secretName $ca.configMapName -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.configMapName" .path) "message" (printf "is set together with %s.secretName" .path) "fix" "take the CA bundle from either a Secret or a ConfigMap") -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Pod volumes of the bundles in use, as YAML list entries. Usage: include "ml-common.caBundle.volumes" $bundles */}}
{{- define "ml-common.caBundle.volumes" -}}
{{- range include "ml-common.caBundle.inUse" . | fromJsonArray }}
- name: ca-{{ .client }}
  {{- if .caBundle.secretName }}
  secret:
    secretName: {{ .caBundle.secretName | quote }}
  {{- else }}
  configMap:
    name: {{ .caBundle.configMapName | quote }}
  {{- end }}
    items:
      - key: {{ .caBundle.key | default "ca.crt" | quote }}
        path: ca.crt
{{- end }}
{{- end -}}

{{/* Container volumeMounts of the bundles in use. Usage: include "ml-common.caBundle.mounts" $bundles */}}
{{- define "ml-common.caBundle.mounts" -}}
{{- range include "ml-common.caBundle.inUse" . | fromJsonArray }}
- name: ca-{{ .client }}
  mountPath: {{ include "ml-common.caBundle.file" .client | dir }}
  readOnly: true
{{- end }}
{{- end -}}

{{/* Container env naming the bundles in use to their clients (PGSSLROOTCERT, AWS_CA_BUNDLE). Usage: include "ml-common.caBundle.env" $bundles */}}
{{- define "ml-common.caBundle.env" -}}
{{- $variables := dict "postgresql" "PGSSLROOTCERT" "s3" "AWS_CA_BUNDLE" -}}
{{- range $bundle := include "ml-common.caBundle.inUse" . | fromJsonArray }}
{{- with get $variables $bundle.client }}
- name: {{ . }}
  value: {{ include "ml-common.caBundle.file" $bundle.client | quote }}
{{- end }}
{{- end }}
{{- end -}}
