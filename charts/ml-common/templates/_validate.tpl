{{/*
Errors name the value at fault and how to fix it: "<path>: <what is wrong>. <fix>".
Usage: include "ml-common.fail" (dict "path" "workers[0].minReplicas" "message" "is greater than maxReplicas" "fix" "lower minReplicas or raise maxReplicas")
*/}}
{{- define "ml-common.fail" -}}
{{- if .fix -}}
{{- fail (printf "\n\nvalue %s: %s. Fix: %s." .path .message .fix) -}}
{{- else -}}
{{- fail (printf "\n\nvalue %s: %s." .path .message) -}}
{{- end -}}
{{- end -}}

{{/*
Tri-state switches: an explicit boolean in the chart's values wins, then the global one, then whether
the cluster serves the API (.Capabilities). Returns "true" or "".
Usage: include "ml-common.enabled" (dict "context" $ "value" .Values.mesh.enabled "global" (list "mesh" "enabled") "apiVersion" "security.istio.io/v1")
*/}}
{{- define "ml-common.enabled" -}}
{{- $global := "" -}}
{{- if .global -}}
{{- $global = include "ml-common.digGlobal" (dict "context" .context "keys" .global) -}}
{{- end -}}
{{- if kindIs "bool" .value -}}
{{- ternary "true" "" .value -}}
{{- else if eq $global "true" -}}
true
{{- else if eq $global "false" -}}
{{- else if and .apiVersion (.context.Capabilities.APIVersions.Has .apiVersion) -}}
true
{{- end -}}
{{- end -}}

{{/* A value under .Values.global by key path, as a string ("" when unset). */}}
{{- define "ml-common.digGlobal" -}}
{{- $node := .context.Values.global | default dict -}}
{{- range $key := .keys -}}
{{- if kindIs "map" $node -}}
{{- $node = get $node $key -}}
{{- else -}}
{{- $node = "" -}}
{{- end -}}
{{- end -}}
{{- if kindIs "invalid" $node -}}{{- else -}}{{- $node | toString -}}{{- end -}}
{{- end -}}

{{/*
The budget of a PodDisruptionBudget (ml-common's podDisruptionBudget shape): minAvailable or
maxUnavailable, whichever is set (a number, or a percentage string). Both or neither set fails, naming
the value. Usage: include "ml-common.podDisruptionBudget.budget" (dict "value" .Values.podDisruptionBudget "path" "podDisruptionBudget")
*/}}
{{- define "ml-common.podDisruptionBudget.budget" -}}
{{- $min := .value.minAvailable -}}
{{- $max := .value.maxUnavailable -}}
{{- if and (not (kindIs "invalid" $min)) (not (kindIs "invalid" $max)) -}}
{{- include "ml-common.fail" (dict "path" (printf "%s.maxUnavailable" .path) "message" (printf "is set together with %s.minAvailable; a PodDisruptionBudget takes one of them" .path) "fix" "set the other to null") -}}
{{- else if not (kindIs "invalid" $min) -}}
minAvailable: {{ if kindIs "string" $min }}{{ $min | quote }}{{ else }}{{ int64 $min }}{{ end }}
{{- else if not (kindIs "invalid" $max) -}}
maxUnavailable: {{ if kindIs "string" $max }}{{ $max | quote }}{{ else }}{{ int64 $max }}{{ end }}
{{- else -}}
{{- include "ml-common.fail" (dict "path" (printf "%s.minAvailable" .path) "message" "and maxUnavailable are both null while the PodDisruptionBudget is rendered" "fix" "set one of them, e.g. maxUnavailable: 1") -}}
{{- end -}}
{{- end -}}
