{{/*
External services (PostgreSQL, S3, Redis): one shape in every chart and in global (the schema fragments
postgresql, s3 and redis of ml-common/schema/platform.json). A chart's block states what differs for
it (its database and role, say); every field it leaves empty ("" or null) takes global.<kind>'s, then
the platform default below; a PostgreSQL role named by neither is the database's name. The database and
bucket are each chart's own store: the chart's values.yaml names them (so they win over the global). A caBundle counts as set when it names a Secret or a ConfigMap; host and
endpoint are templates (tpl), e.g. {{ .Release.Name }}-postgresql.

Usage: $pg := include "ml-common.externalService" (dict "context" $ "kind" "postgresql" "value" .Values.postgresql) | fromJson
*/}}
{{- define "ml-common.externalService.defaults" -}}
{{- $ca := dict "secretName" "" "configMapName" "" "key" "ca.crt" -}}
{{- $defaults := dict
  "postgresql" (dict "host" "" "port" 5432 "database" "" "user" "" "existingSecret" "" "passwordKey" "password" "usernameKey" "" "sslMode" "require" "caBundle" $ca)
  "s3" (dict "endpoint" "" "region" "us-east-1" "bucket" "" "existingSecret" "" "accessKeyIdKey" "AWS_ACCESS_KEY_ID" "secretAccessKeyKey" "AWS_SECRET_ACCESS_KEY" "caBundle" $ca)
  "redis" (dict "host" "" "port" 6379 "database" 0 "existingSecret" "" "passwordKey" "redis-password" "tls" false "caBundle" $ca)
-}}
{{- toJson (get $defaults .) -}}
{{- end -}}

{{- define "ml-common.externalService" -}}
{{- $defaults := include "ml-common.externalService.defaults" .kind | fromJson -}}
{{- $chart := .value | default dict -}}
{{- $global := get (.context.Values.global | default dict) .kind | default dict -}}
{{- $out := dict -}}
{{- range $key, $default := $defaults -}}
{{- $value := $default -}}
{{- range $source := list $global $chart -}}
{{- $v := get $source $key -}}
{{- if eq $key "caBundle" -}}
{{- $ca := get $source "caBundle" -}}
{{- if include "ml-common.caBundle.set" $ca -}}{{- $value = mergeOverwrite (deepCopy $default) $ca -}}{{- end -}}
{{- else if not (or (kindIs "invalid" $v) (and (kindIs "string" $v) (eq $v ""))) -}}
{{- $value = $v -}}
{{- end -}}
{{- end -}}
{{- if and (has $key (list "host" "endpoint")) $value -}}
{{- $value = tpl $value $.context -}}
{{- end -}}
{{- $_ := set $out $key $value -}}
{{- end -}}
{{- /* A PostgreSQL role that neither the chart nor the global names is the database's name (feast, mlflow). */ -}}
{{- if and (eq .kind "postgresql") (not $out.user) -}}
{{- $_ := set $out "user" $out.database -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}

{{/*
Error lines of an external service: its effective host that is not a host name, its endpoint that is not
an http(s)://host[:port] URL, named where it was set (the chart's block or global.<kind>).
Usage: include "ml-common.externalService.errors" (dict "context" $ "kind" "postgresql" "value" .Values.postgresql)
*/}}
{{- define "ml-common.externalService.errors" -}}
{{- $service := include "ml-common.externalService" . | fromJson -}}
{{- $chart := .value | default dict -}}
{{- range $key, $value := $service -}}
{{- if and (has $key (list "host" "endpoint")) $value -}}
{{- $where := ternary (printf "%s.%s" $.kind $key) (printf "global.%s.%s" $.kind $key) (not (or (kindIs "invalid" (get $chart $key)) (eq (toString (get $chart $key)) ""))) -}}
{{- if and (eq $key "host") (not (regexMatch "^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?$" $value)) -}}
{{- include "ml-common.validation.error" (dict "path" $where "message" (printf "%q is not a host name" $value) "fix" "name the server's host, e.g. postgresql.data.svc") -}}
{{- end -}}
{{- if and (eq $key "endpoint") (not (regexMatch "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$" $value)) -}}
{{- include "ml-common.validation.error" (dict "path" $where "message" (printf "%q is not an http(s)://host[:port] URL" $value) "fix" "set the S3 endpoint URL, e.g. http://minio.data.svc:9000, or leave it empty for AWS") -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Where a value of the effective service came from, for error messages: "<chart path>.<key>" when the
chart's block sets it, else "global.<kind>.<key>" when the global does, else the chart's path.
Usage: include "ml-common.externalService.path" (dict "context" $ "kind" "postgresql" "value" .Values.postgresql "path" "postgresql" "key" "host")
*/}}
{{- define "ml-common.externalService.path" -}}
{{- $chart := .value | default dict -}}
{{- $global := get (.context.Values.global | default dict) .kind | default dict -}}
{{- $set := dict -}}
{{- range $name, $source := dict "chart" $chart "global" $global -}}
{{- $v := get $source $.key -}}
{{- if eq $.key "caBundle" -}}
{{- if include "ml-common.caBundle.set" (get $source "caBundle") -}}{{- $_ := set $set $name true -}}{{- end -}}
{{- else if not (or (kindIs "invalid" $v) (and (kindIs "string" $v) (eq $v ""))) -}}
{{- $_ := set $set $name true -}}
{{- end -}}
{{- end -}}
{{- if and (not $set.chart) $set.global -}}global.{{ .kind }}.{{ .key }}{{- else -}}{{ .path }}.{{ .key }}{{- end -}}
{{- end -}}

{{/* One container env var from a key of a Secret. Usage: include "ml-common.secretEnv" (dict "name" "PGPASSWORD" "secret" $pg.existingSecret "key" $pg.passwordKey) */}}
{{- define "ml-common.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret | quote }}
      key: {{ .key | quote }}
{{- end -}}

{{/*
libpq's environment for an effective PostgreSQL (the output of ml-common.externalService): the role from
the Secret when usernameKey is set (PGUSER), the password (PGPASSWORD), PGSSLMODE and, through the
caBundle list of the chart, PGSSLROOTCERT. Usage: include "ml-common.postgresql.env" $pg
*/}}
{{- define "ml-common.postgresql.env" -}}
{{- if .usernameKey }}
{{ include "ml-common.secretEnv" (dict "name" "PGUSER" "secret" .existingSecret "key" .usernameKey) }}
{{- end }}
{{ include "ml-common.secretEnv" (dict "name" "PGPASSWORD" "secret" .existingSecret "key" .passwordKey) }}
- name: PGSSLMODE
  value: {{ .sslMode | quote }}
{{- end -}}

{{/*
The S3 client environment (boto3 and the AWS CLI; MLflow's own endpoint variable too) for an effective
S3 (the output of ml-common.externalService): endpoint, region and the key pair from the Secret.
Usage: include "ml-common.s3.env" $s3
*/}}
{{- define "ml-common.s3.env" -}}
{{- with .endpoint }}
- name: AWS_ENDPOINT_URL
  value: {{ trimSuffix "/" . | quote }}
- name: MLFLOW_S3_ENDPOINT_URL
  value: {{ trimSuffix "/" . | quote }}
{{- end }}
- name: AWS_REGION
  value: {{ .region | quote }}
- name: AWS_DEFAULT_REGION
  value: {{ .region | quote }}
{{- with .existingSecret }}
{{ include "ml-common.secretEnv" (dict "name" "AWS_ACCESS_KEY_ID" "secret" . "key" $.accessKeyIdKey) }}
{{ include "ml-common.secretEnv" (dict "name" "AWS_SECRET_ACCESS_KEY" "secret" . "key" $.secretAccessKeyKey) }}
{{- end }}
{{- end -}}

{{/* TCP port of an effective S3's endpoint: the URL's port, else 80 for http, else 443 (AWS too). Usage: include "ml-common.s3.port" $s3 */}}
{{- define "ml-common.s3.port" -}}
{{- if .endpoint -}}
{{- $u := urlParse .endpoint -}}
{{- $hostPort := splitList ":" $u.host -}}
{{- if gt (len $hostPort) 1 -}}{{- last $hostPort -}}{{- else if eq $u.scheme "http" -}}80{{- else -}}443{{- end -}}
{{- else -}}443{{- end -}}
{{- end -}}

{{/* The cluster's DNS domain: global.clusterDomain, else cluster.local. Usage: include "ml-common.clusterDomain" $ */}}
{{- define "ml-common.clusterDomain" -}}
{{- (.Values.global | default dict).clusterDomain | default "cluster.local" -}}
{{- end -}}
