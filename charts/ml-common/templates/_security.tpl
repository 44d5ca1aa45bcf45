{{/*
Security contexts that meet the Pod Security Standard "restricted": non-root, no privilege
escalation, all capabilities dropped, RuntimeDefault seccomp, read-only root filesystem (charts mount
emptyDirs where the app writes). Charts never write these by hand; values may override fields.
*/}}

{{/* Usage: include "ml-common.podSecurityContext" (dict "override" .Values.podSecurityContext "runAsUser" 1000) */}}
{{- define "ml-common.podSecurityContext" -}}
{{- $uid := .runAsUser | default 1000 -}}
{{- $defaults := dict "runAsNonRoot" true "runAsUser" $uid "runAsGroup" (.runAsGroup | default $uid) "fsGroup" (.fsGroup | default $uid) "fsGroupChangePolicy" "OnRootMismatch" "seccompProfile" (dict "type" "RuntimeDefault") -}}
{{- toYaml (mergeOverwrite $defaults (deepCopy (.override | default dict))) -}}
{{- end -}}

{{/* Usage: include "ml-common.containerSecurityContext" (dict "override" .Values.securityContext "readOnlyRootFilesystem" true) */}}
{{- define "ml-common.containerSecurityContext" -}}
{{- $readOnly := true -}}
{{- if kindIs "bool" .readOnlyRootFilesystem -}}{{- $readOnly = .readOnlyRootFilesystem -}}{{- end -}}
{{- $defaults := dict "runAsNonRoot" true "allowPrivilegeEscalation" false "privileged" false "readOnlyRootFilesystem" $readOnly "capabilities" (dict "drop" (list "ALL")) "seccompProfile" (dict "type" "RuntimeDefault") -}}
{{- toYaml (mergeOverwrite $defaults (deepCopy (.override | default dict))) -}}
{{- end -}}
