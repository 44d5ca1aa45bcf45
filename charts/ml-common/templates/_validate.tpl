{{/*
Validation, Bitnami's validateValues way: checks RETURN error lines, and each chart's one
templates/validate.yaml collects every line of the chart and reports them all at once.

Why one place: Helm renders a chart's templates one after the other and the first `fail` aborts the
render, so a check failing from inside a resource template would hide every error after it, and which one
shows would depend on the render order. That order (pkg/engine/engine.go, sortTemplates, the same in
Helm 3.20 and Helm 4.1) is: templates with more path segments first (a subchart's
<parent>/charts/<sub>/templates/x.yaml before <parent>/templates/x.yaml), then reverse-alphabetical
within the same depth -- so another template of the chart may well run before validate.yaml. Templates
that render resources therefore never fail: their helpers render something total (e.g. a
PodDisruptionBudget budget of one key) and leave the error to validate.yaml, whose failure aborts the
render wherever it comes in that order. Only ml-common.validation.report calls `fail`
(test/unit/validation.test.ts checks it).

One error line: "value <path>: <what is wrong>. Fix: <how>." and a newline, so a check can return several.
Usage: include "ml-common.validation.error" (dict "path" "workers[0].minReplicas" "message" "is greater than maxReplicas" "fix" "lower minReplicas or raise maxReplicas")
*/}}
{{- define "ml-common.validation.error" -}}
{{- if .fix -}}
{{- printf "value %s: %s. Fix: %s.\n" .path .message .fix -}}
{{- else -}}
{{- printf "value %s: %s.\n" .path .message -}}
{{- end -}}
{{- end -}}

{{/*
Fails once with every error line of a chart (sorted, each once), or renders nothing when there is none.
errors: a list of strings, each holding any number of lines (what the checks return; empty ones are skipped).
context: the chart's root context. Rendered as a subchart (its templates under <parent>/charts/<key>/templates),
each value is named as the parent's values name it, <key>.<path>, so an umbrella user reads the key to fix.
Usage (templates/validate.yaml): include "ml-common.validation.report" (dict "chart" .Chart.Name "context" $ "errors" $errors)
*/}}
{{- define "ml-common.validation.report" -}}
{{- $prefix := "" -}}
{{- with .context -}}
{{- $segments := splitList "/" .Template.BasePath -}}
{{- $n := len $segments -}}
{{- if and (ge $n 4) (eq (index $segments (sub $n 3)) "charts") -}}
{{- $prefix = printf "%s." (index $segments (sub $n 2)) -}}
{{- end -}}
{{- end -}}
{{- $lines := list -}}
{{- range .errors -}}
{{- range splitList "\n" (toString .) -}}
{{- if trim . -}}{{- $lines = append $lines (regexReplaceAll "^value " (trim .) (printf "value %s" $prefix)) -}}{{- end -}}
{{- end -}}
{{- end -}}
{{- $lines = $lines | uniq | sortAlpha -}}
{{- with $lines -}}
{{- fail (printf "\n\n%s: %d invalid value%s (each line names the value and the fix):\n%s" $.chart (len .) (ternary "" "s" (eq (len .) 1)) (join "\n" .)) -}}
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
maxUnavailable, whichever is set (a number, or a percentage string). Total: with both set it renders
minAvailable, with neither maxUnavailable 1, and ml-common.podDisruptionBudget.errors (called from the
chart's validate.yaml) names the value, so such a render never completes.
Usage: include "ml-common.podDisruptionBudget.budget" (dict "value" .Values.podDisruptionBudget "path" "podDisruptionBudget")
*/}}
{{- define "ml-common.podDisruptionBudget.budget" -}}
{{- $min := .value.minAvailable -}}
{{- $max := .value.maxUnavailable -}}
{{- if not (kindIs "invalid" $min) -}}
minAvailable: {{ if kindIs "string" $min }}{{ $min | quote }}{{ else }}{{ int64 $min }}{{ end }}
{{- else if not (kindIs "invalid" $max) -}}
maxUnavailable: {{ if kindIs "string" $max }}{{ $max | quote }}{{ else }}{{ int64 $max }}{{ end }}
{{- else -}}
maxUnavailable: 1
{{- end -}}
{{- end -}}

{{/*
Error lines of a PodDisruptionBudget's budget: both or neither of minAvailable and maxUnavailable set.
Usage: include "ml-common.podDisruptionBudget.errors" (dict "value" .Values.podDisruptionBudget "path" "podDisruptionBudget")
*/}}
{{- define "ml-common.podDisruptionBudget.errors" -}}
{{- $min := .value.minAvailable -}}
{{- $max := .value.maxUnavailable -}}
{{- if and (not (kindIs "invalid" $min)) (not (kindIs "invalid" $max)) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.maxUnavailable" .path) "message" (printf "is set together with %s.minAvailable; a PodDisruptionBudget takes one of them" .path) "fix" "set the other to null") -}}
{{- else if and (kindIs "invalid" $min) (kindIs "invalid" $max) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.minAvailable" .path) "message" "and maxUnavailable are both null while the PodDisruptionBudget is rendered" "fix" "set one of them, e.g. maxUnavailable: 1") -}}
{{- end -}}
{{- end -}}

{{/*
A duration of the monitors' values (the schema's pattern: digits and one unit of ms, s, m, h) in milliseconds.
*/}}
{{- define "ml-common.durationMilliseconds" -}}
{{- $parts := regexFindAll "^[0-9]+|(ms|s|m|h)$" (toString .) 2 -}}
{{- if eq (len $parts) 2 -}}
{{- mul (index $parts 0 | int64) (get (dict "ms" 1 "s" 1000 "m" 60000 "h" 3600000) (index $parts 1)) -}}
{{- end -}}
{{- end -}}

{{/*
Usage: include "ml-common.scrapeTimeout.errors" (dict "value" .Values.metrics.serviceMonitor "path" "metrics.serviceMonitor")
Prometheus refuses a scrape timeout longer than the scrape interval (prometheus-operator drops the monitor
or Prometheus its configuration): the metrics would vanish at install without an error.
*/}}
{{- define "ml-common.scrapeTimeout.errors" -}}
{{- $timeout := include "ml-common.durationMilliseconds" .value.scrapeTimeout -}}
{{- $interval := include "ml-common.durationMilliseconds" .value.interval -}}
{{- if and $timeout $interval (gt ($timeout | int64) ($interval | int64)) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.scrapeTimeout" .path) "message" (printf "is %s, longer than %s.interval (%s); Prometheus refuses such a scrape" .value.scrapeTimeout .path .value.interval) "fix" (printf "set it to at most %s, or raise the interval" .value.interval)) -}}
{{- end -}}
{{- end -}}
