{{/*
mlflow-platform helpers. Names, labels, images and security contexts come from ml-common; this file
turns the typed values into MLflow's own inputs (server flags, store URIs, environment) and holds
the validations.
*/}}

{{/* The container port of the server (MLflow's default, --port). */}}
{{- define "mlflow-platform.containerPort" -}}5000{{- end -}}

{{/* Mount point of the data volume and the metrics directory. */}}
{{- define "mlflow-platform.dataDir" -}}/mlflow{{- end -}}
{{- define "mlflow-platform.metricsDir" -}}/var/run/mlflow-metrics{{- end -}}
{{- define "mlflow-platform.authConfigPath" -}}/etc/mlflow/auth/basic_auth.ini{{- end -}}

{{/* Service name = release-qualified name, so the tracking URI reads http://<release>-mlflow-platform:5000. */}}
{{- define "mlflow-platform.serviceName" -}}{{ include "ml-common.fullname" . }}{{- end -}}

{{- define "mlflow-platform.serviceAccountName" -}}
{{- include "ml-common.serviceAccountName" (dict "context" . "serviceAccount" .Values.serviceAccount) -}}
{{- end -}}

{{/* In-cluster tracking URI (MLFLOW_TRACKING_URI for Ray jobs and other clients). */}}
{{- define "mlflow-platform.trackingUri" -}}
{{- printf "http://%s.%s.svc.%s:%v" (include "mlflow-platform.serviceName" .) .Release.Namespace (include "ml-common.clusterDomain" .) .Values.service.port -}}
{{- end -}}

{{/* "true" when both stores live outside the pod (PostgreSQL + S3): replicas share nothing local. */}}
{{- define "mlflow-platform.externalStores" -}}
{{- if and (eq .Values.backendStore.type "postgresql") (eq .Values.artifacts.type "s3") -}}true{{- end -}}
{{- end -}}

{{/* "true" when the server mounts the data volume (SQLite files or volume artifacts). */}}
{{- define "mlflow-platform.needsVolume" -}}
{{- if or (eq .Values.backendStore.type "sqlite") (eq .Values.artifacts.type "volume") -}}true{{- end -}}
{{- end -}}

{{/* "true" when the data volume is a ReadWriteOnce(-Pod) claim: one node at a time, so Recreate. */}}
{{- define "mlflow-platform.singleWriterVolume" -}}
{{- if include "mlflow-platform.needsVolume" . -}}
{{- if or (not .Values.persistence.enabled) .Values.persistence.existingClaim (not (has "ReadWriteMany" .Values.persistence.accessModes)) -}}true{{- end -}}
{{- end -}}
{{- end -}}

{{/* Switches resolved once: chart value, then global, then the cluster's API. */}}
{{- define "mlflow-platform.networkPolicyEnabled" -}}
{{- $global := include "ml-common.digGlobal" (dict "context" . "keys" (list "networkPolicy" "enabled")) -}}
{{- if kindIs "bool" .Values.networkPolicy.enabled -}}{{- ternary "true" "" .Values.networkPolicy.enabled -}}
{{- else if eq $global "false" -}}
{{- else -}}true{{- end -}}
{{- end -}}

{{- define "mlflow-platform.meshEnabled" -}}
{{- include "ml-common.enabled" (dict "context" . "value" .Values.mesh.enabled "global" (list "mesh" "enabled") "apiVersion" "security.istio.io/v1") -}}
{{- end -}}

{{- define "mlflow-platform.serviceMonitorEnabled" -}}
{{- if .Values.metrics.enabled -}}
{{- include "ml-common.enabled" (dict "context" . "value" .Values.metrics.serviceMonitor.enabled "global" (list "monitoring" "enabled") "apiVersion" "monitoring.coreos.com/v1") -}}
{{- end -}}
{{- end -}}

{{- define "mlflow-platform.pdbEnabled" -}}
{{- if kindIs "bool" .Values.podDisruptionBudget.enabled -}}{{- ternary "true" "" .Values.podDisruptionBudget.enabled -}}
{{- else if or .Values.autoscaling.enabled (gt (int .Values.replicas) 1) -}}true{{- end -}}
{{- end -}}

{{/* "true" when more than one server pod can run at once. */}}
{{- define "mlflow-platform.multiReplica" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.replicas) 1) -}}true{{- end -}}
{{- end -}}

{{/* The effective PostgreSQL and S3: the chart's block over global's (ml-common.externalService). Usage: include "mlflow-platform.postgresql" . | fromJson */}}
{{- define "mlflow-platform.postgresql" -}}
{{- include "ml-common.externalService" (dict "context" . "kind" "postgresql" "value" .Values.postgresql) -}}
{{- end -}}
{{- define "mlflow-platform.s3" -}}
{{- include "ml-common.externalService" (dict "context" . "kind" "s3" "value" .Values.s3) -}}
{{- end -}}

{{/* The value path of a field of the effective PostgreSQL or S3, for errors (postgresql.host, or global.postgresql.host when that set it). */}}
{{- define "mlflow-platform.servicePath" -}}
{{- include "ml-common.externalService.path" (dict "context" .context "kind" .kind "value" (get .context.Values .kind) "path" .kind "key" .key) -}}
{{- end -}}

{{/*
PostgreSQL URL without credentials: postgresql+<driver>://[user@]host:port/<database>. The password
never appears in it; libpq (psycopg2 and psycopg alike) reads PGPASSWORD (and PGUSER when the role
name comes from the Secret) from the environment. Usage: include "mlflow-platform.postgresUri" (dict "context" $ "database" "mlflow")
*/}}
{{- define "mlflow-platform.postgresUri" -}}
{{- $pg := include "mlflow-platform.postgresql" .context | fromJson -}}
{{- $user := "" -}}
{{- if not $pg.usernameKey -}}{{- $user = printf "%s@" (urlquery $pg.user) -}}{{- end -}}
{{- printf "postgresql+%s://%s%s:%d/%s" .context.Values.backendStore.driver $user $pg.host (int $pg.port) .database -}}
{{- end -}}

{{/* --backend-store-uri */}}
{{- define "mlflow-platform.backendStoreUri" -}}
{{- if eq .Values.backendStore.type "postgresql" -}}
{{- include "mlflow-platform.postgresUri" (dict "context" . "database" (include "mlflow-platform.postgresql" . | fromJson).database) -}}
{{- else -}}
{{- printf "sqlite:///%s" .Values.backendStore.sqlite.path -}}
{{- end -}}
{{- end -}}

{{/* database_uri of the basic-auth config: a separate database next to the tracking one. */}}
{{- define "mlflow-platform.authDatabaseUri" -}}
{{- if eq .Values.backendStore.type "postgresql" -}}
{{- include "mlflow-platform.postgresUri" (dict "context" . "database" .Values.auth.database) -}}
{{- else -}}
{{- printf "sqlite:///%s" .Values.auth.sqlite.path -}}
{{- end -}}
{{- end -}}

{{/* s3://bucket[/prefix] */}}
{{- define "mlflow-platform.s3Uri" -}}
{{- $bucket := (include "mlflow-platform.s3" . | fromJson).bucket -}}
{{- with .Values.artifacts.s3.prefix -}}{{- printf "s3://%s/%s" $bucket . -}}{{- else -}}{{- printf "s3://%s" $bucket -}}{{- end -}}
{{- end -}}

{{/*
Allowed Host headers (MLflow 3 host validation). Setting --allowed-hosts replaces MLflow's defaults
(localhost and private IPs), so those are listed again; every Service DNS form is listed bare and
with any port, because clients send "name:5000".
*/}}
{{- define "mlflow-platform.allowedHosts" -}}
{{- $svc := include "mlflow-platform.serviceName" . -}}
{{- $ns := .Release.Namespace -}}
{{- $names := list $svc (printf "%s.%s" $svc $ns) (printf "%s.%s.svc" $svc $ns) (printf "%s.%s.svc.%s" $svc $ns (include "ml-common.clusterDomain" .)) -}}
{{- if .Values.ingress.enabled -}}
{{- range .Values.ingress.hosts -}}{{- $names = append $names .host -}}{{- end -}}
{{- end -}}
{{- if .Values.httpRoute.enabled -}}
{{- range .Values.httpRoute.hostnames -}}{{- $names = append $names . -}}{{- end -}}
{{- end -}}
{{- $hosts := list "localhost" "localhost:*" "127.0.0.1" "127.0.0.1:*" "0.0.0.0" "0.0.0.0:*" "[::1]" -}}
{{- range $names -}}{{- $hosts = append $hosts . -}}{{- $hosts = append $hosts (printf "%s:*" .) -}}{{- end -}}
{{- if .Values.server.allowPrivateIPs -}}
{{- $hosts = concat $hosts (list "10.*" "192.168.*") -}}
{{- range $i := untilStep 16 32 1 -}}{{- $hosts = append $hosts (printf "172.%d.*" $i) -}}{{- end -}}
{{- end -}}
{{- $hosts = concat $hosts .Values.server.allowedHosts -}}
{{- $hosts | uniq | join "," -}}
{{- end -}}

{{/* Arguments of `mlflow server`. */}}
{{- define "mlflow-platform.serverArgs" -}}
{{- $args := list "server" "--host" "0.0.0.0" "--port" (include "mlflow-platform.containerPort" .) "--workers" (toString (int64 .Values.server.workers)) -}}
{{- $args = concat $args (list "--backend-store-uri" (include "mlflow-platform.backendStoreUri" .)) -}}
{{- $destination := .Values.artifacts.volume.path -}}
{{- if eq .Values.artifacts.type "s3" -}}{{- $destination = include "mlflow-platform.s3Uri" . -}}{{- end -}}
{{- if .Values.artifacts.proxied -}}
{{- $args = concat $args (list "--serve-artifacts" "--artifacts-destination" $destination) -}}
{{- else -}}
{{- $args = concat $args (list "--no-serve-artifacts" "--default-artifact-root" $destination) -}}
{{- end -}}
{{- $args = concat $args (list "--allowed-hosts" (include "mlflow-platform.allowedHosts" .)) -}}
{{- with .Values.server.corsAllowedOrigins -}}
{{- $args = concat $args (list "--cors-allowed-origins" (join "," .)) -}}
{{- end -}}
{{- if .Values.metrics.enabled -}}
{{- $args = concat $args (list "--expose-prometheus" (include "mlflow-platform.metricsDir" .)) -}}
{{- end -}}
{{- if .Values.auth.enabled -}}
{{- $args = concat $args (list "--app-name" "basic-auth") -}}
{{- end -}}
{{- toYaml (concat $args .Values.server.extraArgs) -}}
{{- end -}}

{{/* Environment every MLflow container gets: a writable HOME, telemetry off. */}}
{{- define "mlflow-platform.baseEnv" -}}
- name: HOME
  value: /tmp
- name: PYTHONDONTWRITEBYTECODE
  value: "1"
{{- if not .Values.server.telemetry }}
- name: MLFLOW_DISABLE_TELEMETRY
  value: "true"
{{- end }}
{{- end -}}

{{/* CA bundles of the TLS clients in use (ml-common.caBundle.*): PostgreSQL and S3. Usage: include "mlflow-platform.caBundles" (dict "context" $ "clients" (list "postgresql" "s3")) */}}
{{- define "mlflow-platform.caBundles" -}}
{{- $v := .context.Values -}}
{{- $out := list -}}
{{- if and (has "postgresql" .clients) (eq $v.backendStore.type "postgresql") -}}
{{- $out = append $out (dict "client" "postgresql" "caBundle" (include "mlflow-platform.postgresql" .context | fromJson).caBundle "path" (include "mlflow-platform.servicePath" (dict "context" .context "kind" "postgresql" "key" "caBundle"))) -}}
{{- end -}}
{{- if and (has "s3" .clients) (eq $v.artifacts.type "s3") -}}
{{- $out = append $out (dict "client" "s3" "caBundle" (include "mlflow-platform.s3" .context | fromJson).caBundle "path" (include "mlflow-platform.servicePath" (dict "context" .context "kind" "s3" "key" "caBundle"))) -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}

{{/* libpq environment (ml-common.postgresql.env): role, password, sslmode and the CA bundle. */}}
{{- define "mlflow-platform.postgresEnv" -}}
{{- if eq .Values.backendStore.type "postgresql" }}
{{- include "ml-common.postgresql.env" (include "mlflow-platform.postgresql" . | fromJson) }}
{{- include "ml-common.caBundle.env" (include "mlflow-platform.caBundles" (dict "context" . "clients" (list "postgresql")) | fromJsonArray) }}
{{- end }}
{{- end -}}

{{/* S3 client environment (ml-common.s3.env): endpoint, region, the key pair, TLS (AWS_CA_BUNDLE, MLFLOW_S3_IGNORE_TLS). */}}
{{- define "mlflow-platform.s3Env" -}}
{{- if eq .Values.artifacts.type "s3" }}
{{- include "ml-common.s3.env" (include "mlflow-platform.s3" . | fromJson) }}
{{- if .Values.artifacts.s3.ignoreTls }}
- name: MLFLOW_S3_IGNORE_TLS
  value: "true"
{{- end }}
{{- include "ml-common.caBundle.env" (include "mlflow-platform.caBundles" (dict "context" . "clients" (list "s3")) | fromJsonArray) }}
{{- end }}
{{- end -}}

{{/* Basic-auth environment: config path, admin credentials and the Flask secret key from the Secret. */}}
{{- define "mlflow-platform.authEnv" -}}
{{- if .Values.auth.enabled }}
- name: MLFLOW_AUTH_CONFIG_PATH
  value: {{ include "mlflow-platform.authConfigPath" . | quote }}
- name: MLFLOW_AUTH_ADMIN_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ .Values.auth.existingSecret | quote }}
      key: {{ .Values.auth.usernameKey | quote }}
- name: MLFLOW_AUTH_ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.auth.existingSecret | quote }}
      key: {{ .Values.auth.passwordKey | quote }}
- name: MLFLOW_FLASK_SERVER_SECRET_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.auth.existingSecret | quote }}
      key: {{ .Values.auth.flaskSecretKeyKey | quote }}
{{- end }}
{{- end -}}

{{/*
Pod annotations of run-to-completion pods (hook Jobs, helm test) when the mesh is on: the app waits
for the sidecar, and the script stops it at the end (Istio's quitquitquit) so the pod completes.
*/}}
{{- define "mlflow-platform.jobPodAnnotations" -}}
{{- if include "mlflow-platform.meshEnabled" . }}
proxy.istio.io/config: '{"holdApplicationUntilProxyStarts": true}'
{{- end }}
{{- end -}}

{{/* Hook annotations. Usage: include "mlflow-platform.hookAnnotations" (dict "events" (list "pre-install") "weight" -5) */}}
{{- define "mlflow-platform.hookAnnotations" -}}
helm.sh/hook: {{ join "," .events | quote }}
helm.sh/hook-weight: {{ .weight | toString | quote }}
helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
{{- end -}}

{{/* Labels that select pods of one component of this release. */}}
{{- define "mlflow-platform.selector" -}}
{{- include "ml-common.selectorLabels" (dict "context" .context "component" .component) -}}
{{- end -}}

{{/* Volumes and mounts every MLflow container needs under a read-only root filesystem. */}}
{{- define "mlflow-platform.tmpVolumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: 256Mi
{{- end -}}

{{/*
Checks of value combinations the schema cannot express, as error lines (ml-common.validation.error), each
naming the value at fault and the fix; templates/validate.yaml reports them with the others.
*/}}
{{- define "mlflow-platform.validate" -}}
{{- $v := .Values -}}
{{- $pg := include "mlflow-platform.postgresql" . | fromJson -}}
{{- $s3 := include "mlflow-platform.s3" . | fromJson -}}
{{- include "ml-common.caBundle.errors" (include "mlflow-platform.caBundles" (dict "context" . "clients" (list "postgresql" "s3")) | fromJsonArray) -}}
{{- if and (eq $v.backendStore.type "postgresql") (has $pg.sslMode (list "verify-ca" "verify-full")) (not (include "ml-common.caBundle.set" $pg.caBundle)) -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.caBundle" "message" (printf "names no CA (nor does global.postgresql.caBundle) while the sslMode is %s, so libpq cannot verify the server (root certificate file ... does not exist)" $pg.sslMode) "fix" "set postgresql.caBundle.secretName (or configMapName) and key to the PEM bundle of the CA that signed the server's certificate") -}}
{{- end -}}
{{- if and (eq $v.artifacts.type "s3") (include "ml-common.caBundle.set" $s3.caBundle) $v.artifacts.s3.ignoreTls -}}
{{- include "ml-common.validation.error" (dict "path" (include "mlflow-platform.servicePath" (dict "context" . "kind" "s3" "key" "caBundle")) "message" "is set while artifacts.s3.ignoreTls skips certificate verification" "fix" "turn artifacts.s3.ignoreTls off (the bundle verifies the endpoint), or clear the bundle") -}}
{{- end -}}
{{- if eq $v.backendStore.type "postgresql" -}}
{{- if not $pg.host -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.host" "message" "is empty (and global.postgresql.host too) while backendStore.type is postgresql" "fix" "set postgresql.host, or global.postgresql.host in the umbrella, e.g. postgresql.data.svc") -}}
{{- end -}}
{{- if not $pg.existingSecret -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.existingSecret" "message" "is empty (and global.postgresql.existingSecret too): the password must come from an existing Secret" "fix" "create a Secret with the password and set its name here (and passwordKey)") -}}
{{- end -}}
{{- if and (not $pg.usernameKey) (not $pg.user) -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.user" "message" "is empty and usernameKey is not set" "fix" "set the role name, or usernameKey to read it from the Secret") -}}
{{- end -}}
{{- if not $pg.database -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.database" "message" "is empty while backendStore.type is postgresql" "fix" "set the database of the tracking store, e.g. mlflow") -}}
{{- end -}}
{{- end -}}
{{- if and (eq $v.artifacts.type "s3") (not $s3.bucket) -}}
{{- include "ml-common.validation.error" (dict "path" "s3.bucket" "message" "is empty (and global.s3.bucket too) while artifacts.type is s3" "fix" "name the artifact bucket, e.g. mlflow") -}}
{{- end -}}
{{- if and (eq $v.backendStore.type "sqlite") (include "mlflow-platform.multiReplica" .) -}}
{{- if $v.autoscaling.enabled -}}
{{- include "ml-common.validation.error" (dict "path" "autoscaling.enabled" "message" "is true with the sqlite backend store, which one server process at a time can write" "fix" "use backendStore.type=postgresql (and S3 artifacts), or turn autoscaling off") -}}
{{- else -}}
{{- include "ml-common.validation.error" (dict "path" "replicas" "message" (printf "is %v with the sqlite backend store, which one server process at a time can write" $v.replicas) "fix" "set replicas to 1, or use backendStore.type=postgresql") -}}
{{- end -}}
{{- end -}}
{{- if and (eq $v.artifacts.type "volume") (include "mlflow-platform.multiReplica" .) (include "mlflow-platform.singleWriterVolume" .) -}}
{{- include "ml-common.validation.error" (dict "path" "artifacts.type" "message" "is volume on a ReadWriteOnce (or no) claim while more than one replica can run" "fix" "use artifacts.type=s3, or persistence.accessModes=[ReadWriteMany]") -}}
{{- end -}}
{{- if and $v.autoscaling.enabled (not (include "mlflow-platform.externalStores" .)) -}}
{{- include "ml-common.validation.error" (dict "path" "autoscaling.enabled" "message" "needs both stores outside the pod" "fix" "set backendStore.type=postgresql and artifacts.type=s3") -}}
{{- end -}}
{{- if and $v.autoscaling.enabled (gt (int $v.autoscaling.minReplicas) (int $v.autoscaling.maxReplicas)) -}}
{{- include "ml-common.validation.error" (dict "path" "autoscaling.minReplicas" "message" (printf "(%v) is greater than maxReplicas (%v)" $v.autoscaling.minReplicas $v.autoscaling.maxReplicas) "fix" "lower minReplicas or raise maxReplicas") -}}
{{- end -}}
{{- if and (eq $v.artifacts.type "volume") (not $v.artifacts.proxied) -}}
{{- include "ml-common.validation.error" (dict "path" "artifacts.proxied" "message" "is false with volume artifacts, which clients cannot reach directly" "fix" "set artifacts.proxied=true, or use artifacts.type=s3") -}}
{{- end -}}
{{- if and $v.artifacts.s3.createBucket.enabled (ne $v.artifacts.type "s3") -}}
{{- include "ml-common.validation.error" (dict "path" "artifacts.s3.createBucket.enabled" "message" "is true while artifacts.type is not s3" "fix" "set artifacts.type=s3 or turn the bucket Job off") -}}
{{- end -}}
{{- if $v.auth.enabled -}}
{{- if not $v.auth.existingSecret -}}
{{- include "ml-common.validation.error" (dict "path" "auth.existingSecret" "message" "is empty while auth.enabled is true" "fix" "create a Secret with the admin username, password and a Flask secret key, and set its name here") -}}
{{- end -}}
{{- if and (eq $v.backendStore.type "sqlite") (eq $v.auth.sqlite.path $v.backendStore.sqlite.path) -}}
{{- include "ml-common.validation.error" (dict "path" "auth.sqlite.path" "message" "is the tracking database's file" "fix" "give the auth database its own file, e.g. /mlflow/basic_auth.db") -}}
{{- end -}}
{{- if and (eq $v.backendStore.type "postgresql") (eq $v.auth.database $pg.database) -}}
{{- include "ml-common.validation.error" (dict "path" "auth.database" "message" "is the tracking database" "fix" "use a separate database, e.g. mlflow_auth") -}}
{{- end -}}
{{- end -}}
{{- if and $v.ingress.enabled (not $v.ingress.hosts) -}}
{{- include "ml-common.validation.error" (dict "path" "ingress.hosts" "message" "is empty while ingress.enabled is true" "fix" "add at least one host (it is also added to the allowed hosts)") -}}
{{- end -}}
{{- end -}}
