{{/*
Feast chart helpers. Names, labels, images and security contexts come from ml-common; this file holds
what is Feast's own: which stores are in use, the generated feature_store.yaml, the credential env
vars Feast expands into it, the shared volumes and the checks of value combinations.
*/}}

{{- define "feast.name" -}}{{ include "ml-common.componentName" (dict "context" .context "component" .component) }}{{- end -}}

{{- define "feast.serviceAccountName" -}}
{{- include "ml-common.serviceAccountName" (dict "context" . "serviceAccount" .Values.serviceAccount) -}}
{{- end -}}

{{/* "true" when a store, the registry or the DB-init Job talks to PostgreSQL. */}}
{{- define "feast.usesPostgres" -}}
{{- if or (eq .Values.registry.type "sql") (eq .Values.onlineStore.type "postgres") (eq .Values.offlineStore.type "postgres") -}}true{{- end -}}
{{- end -}}

{{- define "feast.usesRedis" -}}
{{- if eq .Values.onlineStore.type "redis" -}}true{{- end -}}
{{- end -}}

{{/* The effective PostgreSQL and Redis: the chart's block over global's (ml-common.externalService). Usage: include "feast.postgresql" . | fromJson */}}
{{- define "feast.postgresql" -}}
{{- include "ml-common.externalService" (dict "context" . "kind" "postgresql" "value" .Values.postgresql) -}}
{{- end -}}
{{- define "feast.redis" -}}
{{- include "ml-common.externalService" (dict "context" . "kind" "redis" "value" .Values.redis) -}}
{{- end -}}

{{/* The value path of a field of the effective PostgreSQL or Redis, for errors (postgresql.host, or global.postgresql.host when that set it). */}}
{{- define "feast.servicePath" -}}
{{- include "ml-common.externalService.path" (dict "context" .context "kind" .kind "value" (get .context.Values .kind) "path" .kind "key" .key) -}}
{{- end -}}

{{/* CA bundles of the TLS clients in use (ml-common.caBundle.*): PostgreSQL, and Redis over TLS. */}}
{{- define "feast.caBundles" -}}
{{- $out := list -}}
{{- if include "feast.usesPostgres" . -}}
{{- $pg := include "feast.postgresql" . | fromJson -}}
{{- $out = append $out (dict "client" "postgresql" "caBundle" $pg.caBundle "path" (include "feast.servicePath" (dict "context" . "kind" "postgresql" "key" "caBundle"))) -}}
{{- end -}}
{{- $redis := include "feast.redis" . | fromJson -}}
{{- if and (include "feast.usesRedis" .) $redis.tls -}}
{{- $out = append $out (dict "client" "redis" "caBundle" $redis.caBundle "path" (include "feast.servicePath" (dict "context" . "kind" "redis" "key" "caBundle"))) -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}

{{/* "true" when the registry file lives on the data volume (/data). */}}
{{- define "feast.usesDataVolume" -}}
{{- if eq .Values.registry.type "file" -}}true{{- end -}}
{{- end -}}

{{/* "true" when the registry lives only inside each server pod (file registry on an emptyDir). */}}
{{- define "feast.podLocalRegistry" -}}
{{- if and (eq .Values.registry.type "file") (not .Values.persistence.enabled) -}}true{{- end -}}
{{- end -}}

{{/* feast apply runs as an init container of the server (pod-local registry) ... */}}
{{- define "feast.applyInPod" -}}
{{- if and .Values.apply.enabled (include "feast.podLocalRegistry" .) -}}true{{- end -}}
{{- end -}}

{{/* ... or as a post-install/post-upgrade hook Job (shared registry). */}}
{{- define "feast.applyJob" -}}
{{- if and .Values.apply.enabled (not (include "feast.podLocalRegistry" .)) -}}true{{- end -}}
{{- end -}}

{{/* "true" when every pod that mounts the data volume must share the server's node (ReadWriteOnce claim). */}}
{{- define "feast.pinToServerNode" -}}
{{- if and (include "feast.usesDataVolume" .) .Values.persistence.enabled (not (has "ReadWriteMany" .Values.persistence.accessModes)) -}}true{{- end -}}
{{- end -}}

{{- define "feast.scalesOut" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.server.replicas) 1) -}}true{{- end -}}
{{- end -}}

{{/* In-cluster URL of the feature server (FEAST_FEATURE_SERVER_URL of Ray jobs and other clients). */}}
{{- define "feast.serverUrl" -}}
{{- printf "%s://%s.%s.svc:%d" (ternary "https" "http" .Values.server.tls.enabled) (include "feast.name" (dict "context" . "component" "server")) .Release.Namespace (int .Values.service.port) -}}
{{- end -}}

{{/* Port of `feast serve --metrics` (fixed in Feast: feast/metrics.py start_metrics_server). */}}
{{- define "feast.metricsPort" -}}8000{{- end -}}

{{- define "feast.serverScheme" -}}{{ ternary "HTTPS" "HTTP" .Values.server.tls.enabled }}{{- end -}}

{{/*
Checks of value combinations the schema cannot express, as error lines (ml-common.validation.error), each
naming the value at fault and the fix; templates/validate.yaml reports them with the others.
*/}}
{{- define "feast.validate" -}}
{{- $v := .Values -}}
{{- $pg := include "feast.postgresql" . | fromJson -}}
{{- $redis := include "feast.redis" . | fromJson -}}
{{- if and (eq $v.onlineStore.type "redis") (not $redis.host) -}}
{{- include "ml-common.validation.error" (dict "path" "redis.host" "message" "is empty (and global.redis.host too) but onlineStore.type is redis: the redis online store has no connection" "fix" "set redis.host or global.redis.host (and port, existingSecret), or choose another onlineStore.type") -}}
{{- end -}}
{{- if include "feast.usesPostgres" . -}}
{{- $user := printf "registry.type=%s, onlineStore.type=%s, offlineStore.type=%s" $v.registry.type $v.onlineStore.type $v.offlineStore.type -}}
{{- if not $pg.host -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.host" "message" (printf "is empty (and global.postgresql.host too) but PostgreSQL is in use (%s)" $user) "fix" "set postgresql.host, or global.postgresql.host in the umbrella, to the PostgreSQL server") -}}
{{- end -}}
{{- if not $pg.database -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.database" "message" (printf "is empty but PostgreSQL is in use (%s): the sql registry and postgres stores need a database" $user) "fix" "set postgresql.database, e.g. feast") -}}
{{- end -}}
{{- if not $pg.user -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.user" "message" (printf "is empty but PostgreSQL is in use (%s)" $user) "fix" "set postgresql.user, the role Feast connects as, e.g. feast") -}}
{{- end -}}
{{- if not $pg.existingSecret -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.existingSecret" "message" (printf "is empty (and global.postgresql.existingSecret too) but PostgreSQL is in use (%s)" $user) "fix" "name an existing Secret holding the password of postgresql.user under postgresql.passwordKey") -}}
{{- end -}}
{{- if $pg.usernameKey -}}
{{- include "ml-common.validation.error" (dict "path" (include "feast.servicePath" (dict "context" . "kind" "postgresql" "key" "usernameKey")) "message" (printf "is %q, but Feast connects as postgresql.user (its config and the DB-init Job name the role)" $pg.usernameKey) "fix" "leave usernameKey empty and set postgresql.user") -}}
{{- end -}}
{{- end -}}
{{- if and (eq $v.onlineStore.type "sqlite") (eq $v.registry.type "sql") -}}
{{- include "ml-common.validation.error" (dict "path" "onlineStore.type" "message" "sqlite keeps online data inside one pod, which a shared sql registry cannot reach" "fix" "use onlineStore.type redis or postgres with registry.type sql") -}}
{{- end -}}
{{- if and (eq $v.onlineStore.type "sqlite") (include "feast.scalesOut" .) -}}
{{- include "ml-common.validation.error" (dict "path" "onlineStore.type" "message" "sqlite serves a single replica, but server.replicas > 1 or autoscaling is on" "fix" "use onlineStore.type redis or postgres, or run one replica") -}}
{{- end -}}
{{- if and (eq $v.registry.type "file") (include "feast.scalesOut" .) (not (and $v.persistence.enabled (has "ReadWriteMany" $v.persistence.accessModes))) -}}
{{- include "ml-common.validation.error" (dict "path" "registry.type" "message" "a file registry is shared by several replicas only on a ReadWriteMany volume" "fix" "use registry.type sql, or set persistence.enabled=true with persistence.accessModes=[ReadWriteMany]") -}}
{{- end -}}
{{- if and (include "feast.podLocalRegistry" .) (or $v.registryServer.enabled $v.offlineServer.enabled $v.ui.enabled) -}}
{{- include "ml-common.validation.error" (dict "path" "persistence.enabled" "message" "is false, so the file registry exists only inside each feature server pod and the registry/offline/UI servers cannot read it" "fix" "set persistence.enabled=true or registry.type=sql") -}}
{{- end -}}
{{- if and $v.materialize.enabled (include "feast.podLocalRegistry" .) -}}
{{- include "ml-common.validation.error" (dict "path" "materialize.enabled" "message" "is true but persistence.enabled is false, so the file registry and the online store exist only inside each feature server pod, where the materialization CronJob cannot write" "fix" "set persistence.enabled=true or registry.type=sql (with a redis or postgres online store)") -}}
{{- end -}}
{{- if and $v.server.tls.enabled (not $v.server.tls.existingSecret) -}}
{{- include "ml-common.validation.error" (dict "path" "server.tls.existingSecret" "message" "is empty but server.tls.enabled is true" "fix" "name a kubernetes.io/tls Secret (tls.crt, tls.key)") -}}
{{- end -}}
{{- if $v.dbInit.enabled -}}
{{- if not (include "feast.usesPostgres" .) -}}
{{- include "ml-common.validation.error" (dict "path" "dbInit.enabled" "message" "is true but nothing uses PostgreSQL" "fix" "set registry.type sql or a postgres store, or disable dbInit") -}}
{{- end -}}
{{- if not $v.dbInit.auth.existingSecret -}}
{{- include "ml-common.validation.error" (dict "path" "dbInit.auth.existingSecret" "message" "is empty but dbInit.enabled is true" "fix" "name an existing Secret with the PostgreSQL admin's user name and password") -}}
{{- end -}}
{{- end -}}
{{- if and $v.apply.enabled (eq $v.featureRepo.source "values") (empty $v.featureRepo.files) -}}
{{- include "ml-common.validation.error" (dict "path" "featureRepo.files" "message" "is empty, so feast apply has nothing to register" "fix" "add feature definitions, use featureRepo.source image, or set apply.enabled=false") -}}
{{- end -}}
{{- if and $v.autoscaling.enabled (gt (int $v.autoscaling.minReplicas) (int $v.autoscaling.maxReplicas)) -}}
{{- include "ml-common.validation.error" (dict "path" "autoscaling.minReplicas" "message" "is greater than autoscaling.maxReplicas" "fix" "lower minReplicas or raise maxReplicas") -}}
{{- end -}}
{{- include "ml-common.caBundle.errors" (include "feast.caBundles" . | fromJsonArray) -}}
{{- if and (include "feast.usesPostgres" .) (has $pg.sslMode (list "verify-ca" "verify-full")) (not (include "ml-common.caBundle.set" $pg.caBundle)) -}}
{{- include "ml-common.validation.error" (dict "path" "postgresql.caBundle" "message" (printf "names no CA (nor does global.postgresql.caBundle) while the sslMode is %s, so libpq cannot verify the server (root certificate file ... does not exist)" $pg.sslMode) "fix" "set postgresql.caBundle.secretName (or configMapName) and key to the PEM bundle of the CA that signed the server's certificate") -}}
{{- end -}}
{{- if and (include "ml-common.caBundle.set" $redis.caBundle) (not $redis.tls) -}}
{{- include "ml-common.validation.error" (dict "path" (include "feast.servicePath" (dict "context" . "kind" "redis" "key" "caBundle")) "message" "is set but redis.tls is off, so the connection is not TLS" "fix" "set redis.tls=true, or clear the caBundle") -}}
{{- end -}}
{{- if and $v.tests.enabled $v.tests.write.rows (not $v.tests.write.featureView) -}}
{{- include "ml-common.validation.error" (dict "path" "tests.write.featureView" "message" "is empty but tests.write.rows has rows to write" "fix" "name the feature view the rows belong to, or set tests.write.rows to [] (the test then only reads)") -}}
{{- end -}}
{{- end -}}

{{/*
PostgreSQL connection fields shared by the postgres online and offline stores (Feast's PostgreSQLConfig).
The password is expanded by Feast from the env var FEAST_POSTGRES_PASSWORD (feast.credentialEnv).
*/}}
{{- define "feast.postgresFields" -}}
{{- $pg := include "feast.postgresql" . | fromJson -}}
host: {{ $pg.host | quote }}
port: {{ int $pg.port }}
database: {{ $pg.database | quote }}
user: {{ $pg.user | quote }}
password: '${FEAST_POSTGRES_PASSWORD}'
sslmode: {{ $pg.sslMode | quote }}
{{- if include "ml-common.caBundle.set" $pg.caBundle }}
sslrootcert_path: {{ include "ml-common.caBundle.file" "postgresql" | quote }}
{{- end }}
{{- end -}}

{{/*
feature_store.yaml. Credentials are never inline: Feast runs os.path.expandvars over the file before
parsing it (feast/repo_config.py load_repo_config), so '${VAR}' takes the value of an env var that
feast.credentialEnv fills from a Secret. Single quotes keep expanded values strings whatever they hold
(a password must not contain a single quote; in the sql registry URL it must be URL-encoded).
*/}}
{{- define "feast.featureStoreYaml" -}}
{{- $v := .Values -}}
{{- $pg := include "feast.postgresql" . | fromJson -}}
{{- $redis := include "feast.redis" . | fromJson -}}
project: {{ $v.project }}
provider: {{ $v.provider }}
registry:
{{- if eq $v.registry.type "sql" }}
  registry_type: sql
  path: 'postgresql+psycopg://{{ $pg.user }}:${FEAST_POSTGRES_PASSWORD}@{{ $pg.host }}:{{ int $pg.port }}/{{ $pg.database }}?sslmode={{ $pg.sslMode }}'
  cache_ttl_seconds: {{ int $v.registry.cacheTtlSeconds }}
  sqlalchemy_config_kwargs:
    echo: false
    pool_pre_ping: true
{{- else }}
  registry_type: file
  path: /data/{{ $v.registry.file.name }}
  cache_ttl_seconds: {{ int $v.registry.cacheTtlSeconds }}
{{- end }}
online_store:
{{- if eq $v.onlineStore.type "sqlite" }}
  type: sqlite
  path: /data/{{ $v.onlineStore.sqlite.name }}
{{- else if eq $v.onlineStore.type "redis" }}
  type: redis
  redis_type: {{ $v.onlineStore.redis.type }}
  {{- $conn := list (printf "%s:%d" $redis.host (int $redis.port)) }}
  {{- if ne $v.onlineStore.redis.type "redis_cluster" }}{{ $conn = append $conn (printf "db=%d" (int $redis.database)) }}{{ end }}
  {{- if $redis.tls }}{{ $conn = append $conn "ssl=true" }}{{ end }}
  {{- if and $redis.tls (include "ml-common.caBundle.set" $redis.caBundle) }}{{ $conn = append $conn (printf "ssl_ca_certs=%s" (include "ml-common.caBundle.file" "redis")) }}{{ end }}
  {{- if $redis.existingSecret }}{{ $conn = append $conn "password=${FEAST_REDIS_PASSWORD}" }}{{ end }}
  connection_string: '{{ join "," $conn }}'
  {{- if gt (int $v.onlineStore.redis.keyTtlSeconds) 0 }}
  key_ttl_seconds: {{ int $v.onlineStore.redis.keyTtlSeconds }}
  {{- end }}
{{- else }}
  type: postgres
  {{- include "feast.postgresFields" . | nindent 2 }}
  db_schema: {{ $v.onlineStore.postgres.dbSchema | quote }}
{{- end }}
offline_store:
  type: {{ $v.offlineStore.type }}
{{- if eq $v.offlineStore.type "postgres" }}
  {{- include "feast.postgresFields" . | nindent 2 }}
  db_schema: {{ $v.offlineStore.postgres.dbSchema | quote }}
{{- end }}
{{- if eq $v.auth.type "kubernetes" }}
auth:
  type: kubernetes
{{- end }}
entity_key_serialization_version: {{ int $v.entityKeySerializationVersion }}
{{- end -}}

{{/* Env of every container that loads feature_store.yaml: the Secret-backed variables it expands. */}}
{{- define "feast.env" -}}
- name: HOME
  value: /tmp
- name: PYTHONDONTWRITEBYTECODE
  value: "1"
- name: PYTHONUNBUFFERED
  value: "1"
{{- $pg := include "feast.postgresql" . | fromJson }}
{{- $redis := include "feast.redis" . | fromJson }}
{{- if include "feast.usesPostgres" . }}
{{ include "ml-common.secretEnv" (dict "name" "FEAST_POSTGRES_PASSWORD" "secret" $pg.existingSecret "key" $pg.passwordKey) }}
{{- end }}
{{- if and (include "feast.usesRedis" .) $redis.existingSecret }}
{{ include "ml-common.secretEnv" (dict "name" "FEAST_REDIS_PASSWORD" "secret" $redis.existingSecret "key" $redis.passwordKey) }}
{{- end }}
{{- include "ml-common.caBundle.env" (include "feast.caBundles" . | fromJsonArray) }}
{{- end -}}

{{/* Volumes every Feast pod mounts: the generated config, the data volume (file registry, SQLite) and /tmp. */}}
{{- define "feast.volumes" -}}
- name: config
  configMap:
    name: {{ include "feast.name" (dict "context" . "component" "config") }}
{{- if include "feast.usesDataVolume" . }}
- name: data
  {{- if .Values.persistence.enabled }}
  persistentVolumeClaim:
    claimName: {{ .Values.persistence.existingClaim | default (include "feast.name" (dict "context" . "component" "data")) }}
  {{- else }}
  emptyDir: {}
  {{- end }}
{{- end }}
- name: tmp
  emptyDir: {}
{{- include "ml-common.caBundle.volumes" (include "feast.caBundles" . | fromJsonArray) }}
{{- end -}}

{{- define "feast.volumeMounts" -}}
- name: config
  mountPath: /etc/feast
  readOnly: true
{{- if include "feast.usesDataVolume" . }}
- name: data
  mountPath: /data
{{- end }}
- name: tmp
  mountPath: /tmp
{{- include "ml-common.caBundle.mounts" (include "feast.caBundles" . | fromJsonArray) }}
{{- end -}}

{{/*
The feature repository: an emptyDir that an init container fills, from the values ConfigMap (mounted
beside it) or from featureRepo.image. feast apply never reads a ConfigMap mount itself: the kubelet
writes one as symlinks into a hidden ..<timestamp> directory, and feast resolves the symlinks, so it
would import `..2026_11_29_...driver_repo` (TypeError: the 'package' argument is required).
*/}}
{{- define "feast.repoVolume" -}}
- name: feature-repo
  emptyDir: {}
{{- if eq .Values.featureRepo.source "values" }}
- name: feature-repo-files
  configMap:
    name: {{ include "feast.name" (dict "context" . "component" "repo") }}
{{- end }}
{{- end -}}

{{/*
Copies the ConfigMap's files into the repository directory as plain files: every visible entry, and
dotfiles such as .feastignore, but not the kubelet's own ..data and ..<timestamp> entries.
*/}}
{{- define "feast.copyRepoFilesScript" -}}
cd /feature_repo_files
for f in * .[!.]*; do
  if [ -f "$f" ]; then cp -L "$f" /feature_repo/; fi
done
ls -A /feature_repo
{{- end -}}

{{/* Init containers that make the feature repository (copied from the values ConfigMap or featureRepo.image) and register it (feast apply). */}}
{{- define "feast.applyContainers" -}}
- name: copy-feature-repo
  {{- if eq .Values.featureRepo.source "image" }}
  {{- include "ml-common.containerImage" (dict "context" . "image" .Values.featureRepo.image "path" "featureRepo.image") | nindent 2 }}
  command: ["cp", "-R", "{{ trimSuffix "/" .Values.featureRepo.path }}/.", "/feature_repo/"]
  {{- else }}
  {{- include "ml-common.containerImage" (dict "context" . "image" .Values.image "path" "image") | nindent 2 }}
  command:
    - sh
    - -ec
    - {{ include "feast.copyRepoFilesScript" . | quote }}
  {{- end }}
  securityContext:
    {{- include "ml-common.containerSecurityContext" (dict "override" .Values.securityContext) | nindent 4 }}
  resources:
    requests:
      cpu: 10m
      memory: 32Mi
    limits:
      memory: 64Mi
  volumeMounts:
    - name: feature-repo
      mountPath: /feature_repo
    {{- if eq .Values.featureRepo.source "values" }}
    - name: feature-repo-files
      mountPath: /feature_repo_files
      readOnly: true
    {{- end }}
- name: feast-apply
  {{- include "ml-common.containerImage" (dict "context" . "image" .Values.image "path" "image") | nindent 2 }}
  command:
    - feast
    - --chdir
    - /feature_repo
    - --feature-store-yaml
    - /etc/feast/feature_store.yaml
    - apply
    {{- if .Values.apply.skipSourceValidation }}
    - --skip-source-validation
    {{- end }}
    - --no-progress
  env:
    {{- include "feast.env" . | nindent 4 }}
  securityContext:
    {{- include "ml-common.containerSecurityContext" (dict "override" .Values.securityContext) | nindent 4 }}
  resources:
    {{- toYaml .Values.apply.resources | nindent 4 }}
  volumeMounts:
    {{- include "feast.volumeMounts" . | nindent 4 }}
    - name: feature-repo
      mountPath: /feature_repo
{{- end -}}

{{/*
Scheduling of a pod that mounts the data volume: when the claim is ReadWriteOnce, required affinity
to the feature server's node. Usage: include "feast.scheduling" (dict "context" $ "pinned" true)
*/}}
{{- define "feast.scheduling" -}}
{{- $ctx := .context -}}
{{- $affinity := deepCopy ($ctx.Values.affinity | default dict) -}}
{{- if and .pinned (include "feast.pinToServerNode" $ctx) -}}
{{- $term := dict "labelSelector" (dict "matchLabels" (include "ml-common.selectorLabels" (dict "context" $ctx "component" "server") | fromYaml)) "topologyKey" "kubernetes.io/hostname" -}}
{{- $_ := set $affinity "podAffinity" (dict "requiredDuringSchedulingIgnoredDuringExecution" (list $term)) -}}
{{- end -}}
{{- with $ctx.Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $ctx.Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Pod security context: the image runs as UID 1001 (ubi9/python-311). */}}
{{- define "feast.podSecurityContext" -}}
{{- include "ml-common.podSecurityContext" (dict "override" .Values.podSecurityContext "runAsUser" 1001) -}}
{{- end -}}

{{/* Whether the server's ServiceAccount token is mounted: only Kubernetes auth talks to the API. */}}
{{- define "feast.automountToken" -}}
{{- ternary "true" "false" (eq .Values.auth.type "kubernetes") -}}
{{- end -}}

{{/* The main container of an optional Feast server (registry, offline, UI).
Usage: include "feast.componentDeployment" (dict "context" $ "component" "registry" "values" .Values.registryServer
  "args" (list ...) "portName" "grpc" "probe" (dict "grpc" (dict "port" 6570))) */}}
{{- define "feast.componentDeployment" -}}
{{- $ctx := .context -}}
{{- $name := include "feast.name" (dict "context" $ctx "component" .component) -}}
{{- $probe := .probe -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "ml-common.metadata" (dict "context" $ctx "name" $name "component" .component) | nindent 2 }}
spec:
  replicas: 1
  selector:
    matchLabels:
      {{- include "ml-common.selectorLabels" (dict "context" $ctx "component" .component) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "ml-common.labels" (dict "context" $ctx "component" .component) | nindent 8 }}
      annotations:
        checksum/config: {{ include "feast.featureStoreYaml" $ctx | sha256sum }}
    spec:
      serviceAccountName: {{ include "feast.serviceAccountName" $ctx }}
      automountServiceAccountToken: {{ include "feast.automountToken" $ctx }}
      {{- include "ml-common.imagePullSecrets" $ctx | nindent 6 }}
      securityContext:
        {{- include "feast.podSecurityContext" $ctx | nindent 8 }}
      {{- include "feast.scheduling" (dict "context" $ctx "pinned" true) | nindent 6 }}
      containers:
        - name: {{ .component }}
          {{- include "ml-common.containerImage" (dict "context" $ctx "image" $ctx.Values.image "path" "image") | nindent 10 }}
          command:
            {{- toYaml (concat (list "feast" "--chdir" "/etc/feast") .args) | nindent 12 }}
          env:
            {{- include "feast.env" $ctx | nindent 12 }}
          ports:
            - name: {{ .portName }}
              containerPort: {{ int .values.port }}
              protocol: TCP
          startupProbe:
            {{- toYaml $probe | nindent 12 }}
            periodSeconds: 5
            failureThreshold: {{ div (int $ctx.Values.server.startupTimeoutSeconds) 5 }}
          readinessProbe:
            {{- toYaml $probe | nindent 12 }}
            periodSeconds: 10
            failureThreshold: 3
          # Liveness checks the process (it accepts on its port); the probe above may check the registry.
          livenessProbe:
            tcpSocket:
              port: {{ .portName }}
            periodSeconds: 20
            timeoutSeconds: 5
            failureThreshold: 3
          securityContext:
            {{- include "ml-common.containerSecurityContext" (dict "override" $ctx.Values.securityContext) | nindent 12 }}
          resources:
            {{- toYaml .values.resources | nindent 12 }}
          volumeMounts:
            {{- include "feast.volumeMounts" $ctx | nindent 12 }}
      volumes:
        {{- include "feast.volumes" $ctx | nindent 8 }}
---
apiVersion: v1
kind: Service
metadata:
  {{- include "ml-common.metadata" (dict "context" $ctx "name" $name "component" .component) | nindent 2 }}
spec:
  type: ClusterIP
  selector:
    {{- include "ml-common.selectorLabels" (dict "context" $ctx "component" .component) | nindent 4 }}
  ports:
    - name: {{ .portName }}
      port: {{ int .values.port }}
      targetPort: {{ .portName }}
      protocol: TCP
      {{- with .appProtocol }}
      appProtocol: {{ . }}
      {{- end }}
{{- end -}}

{{/*
The feature server's wait for a shared registry: Feast can load it (PostgreSQL reachable, tables created).
Loading a sql registry creates its tables when they are missing (SqlRegistry, schema_mode auto), and the
replicas start together: without a lock two of them ran CREATE TABLE at once and one failed (PostgreSQL:
duplicate key value violates unique constraint "pg_type_typname_nsp_index"). So the first load holds a
PostgreSQL advisory lock (session-level, released when the connection closes): one replica creates the
tables, the others wait and find them. The optional registry, offline and UI servers have no such wait.
*/}}
{{- define "feast.waitForRegistryScript" -}}
import sys, time
from contextlib import nullcontext
from pathlib import Path
from feast import FeatureStore
from feast.repo_config import load_repo_config

def schema_lock():
{{- if eq .Values.registry.type "sql" }}
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool
    config = load_repo_config(Path("/etc/feast"), Path("/etc/feast/feature_store.yaml"))
    # NullPool: closing the connection ends the session, and with it the lock (a retry takes it anew).
    connection = create_engine(config.registry.path, poolclass=NullPool).connect()
    connection.execute(text("SELECT pg_advisory_lock(hashtext('feast-sql-registry-schema'))"))
    return connection
{{- else }}
    return nullcontext()
{{- end }}

for attempt in range(1, 61):
    try:
        with schema_lock():
            projects = FeatureStore(repo_path="/etc/feast").registry.list_projects(allow_cache=False)
        print(f"registry reachable ({len(projects)} projects)", flush=True)
        sys.exit(0)
    except Exception as error:
        print(f"waiting for the registry ({attempt}/60): {error}", flush=True)
        time.sleep(5)
sys.exit(1)
{{- end -}}
