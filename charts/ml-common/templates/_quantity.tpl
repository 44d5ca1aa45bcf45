{{/*
A Kubernetes quantity (8Gi, 512Mi, 1.5G, 1e9, 500m, or a number) as a whole number of base units
(bytes for memory), rounded down; 0 when it is not a quantity (ml-common.quantity.errors names it).
Usage: include "ml-common.quantityBytes" (dict "value" .resources.limits.memory "path" "head.resources.limits.memory") | int64
*/}}
{{- define "ml-common.quantityBytes" -}}
{{- $value := .value -}}
{{- if or (kindIs "float64" $value) (kindIs "int" $value) (kindIs "int64" $value) -}}
{{- floor $value | int64 -}}
{{- else -}}
{{- $text := toString $value -}}
{{- $number := regexFind "^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)" $text -}}
{{- $suffix := trimPrefix $number $text -}}
{{- $factors := dict "" 1.0 "n" 1e-9 "u" 1e-6 "m" 1e-3 "k" 1e3 "M" 1e6 "G" 1e9 "T" 1e12 "P" 1e15 "E" 1e18 "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 "Pi" 1125899906842624.0 "Ei" 1152921504606846976.0 -}}
{{- $factor := 0.0 -}}
{{- if hasKey $factors $suffix -}}
{{- $factor = get $factors $suffix -}}
{{- else if regexMatch "^[eE][+-]?[0-9]{1,2}$" $suffix -}}
{{- /* Leading zeros go first: Sprig's int reads "08" as (invalid) octal. */}}
{{- $digits := regexReplaceAll "^[eE][+-]?0*" $suffix "" | default "0" -}}
{{- $exponent := ternary (sub 0 (int $digits)) (int $digits) (contains "-" $suffix) | int -}}
{{- $factor = 1.0 -}}
{{- range until (ternary (sub 0 $exponent) $exponent (lt $exponent 0) | int) -}}
{{- $factor = ternary (divf $factor 10) (mulf $factor 10) (lt $exponent 0) -}}
{{- end -}}
{{- end -}}
{{- if or (eq $number "") (eq $factor 0.0) -}}
0
{{- else -}}
{{- floor (mulf (float64 $number) $factor) | int64 -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Error line when a value is not a Kubernetes quantity (what ml-common.quantityBytes reads).
Usage: include "ml-common.quantity.errors" (dict "value" .resources.limits.memory "path" "head.resources.limits.memory")
*/}}
{{- define "ml-common.quantity.errors" -}}
{{- $value := .value -}}
{{- if not (or (kindIs "float64" $value) (kindIs "int" $value) (kindIs "int64" $value)) -}}
{{- $text := toString $value -}}
{{- $number := regexFind "^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)" $text -}}
{{- $suffix := trimPrefix $number $text -}}
{{- if or (eq $number "") (not (or (has $suffix (list "" "n" "u" "m" "k" "M" "G" "T" "P" "E" "Ki" "Mi" "Gi" "Ti" "Pi" "Ei")) (regexMatch "^[eE][+-]?[0-9]{1,2}$" $suffix))) -}}
{{- include "ml-common.validation.error" (dict "path" .path "message" (printf "%q is not a Kubernetes quantity" $text) "fix" "write a number with an optional suffix, e.g. 8Gi, 512Mi, 2G or 500m") -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Error lines of a container's memory: a request or limit that is not a quantity, or a request above the
limit (the API server would refuse the pod).
Usage: include "ml-common.memory.errors" (dict "resources" $resources "path" "workers[0].resources")
*/}}
{{- define "ml-common.memory.errors" -}}
{{- $request := dig "requests" "memory" "" (.resources | default dict) -}}
{{- $limit := dig "limits" "memory" "" (.resources | default dict) -}}
{{- $requestPath := printf "%s.requests.memory" .path -}}
{{- $limitPath := printf "%s.limits.memory" .path -}}
{{- $bad := "" -}}
{{- if ne (toString $request) "" -}}{{- $bad = print $bad (include "ml-common.quantity.errors" (dict "value" $request "path" $requestPath)) -}}{{- end -}}
{{- if ne (toString $limit) "" -}}{{- $bad = print $bad (include "ml-common.quantity.errors" (dict "value" $limit "path" $limitPath)) -}}{{- end -}}
{{- $bad -}}
{{- if and (ne (toString $request) "") (ne (toString $limit) "") (not $bad) -}}
{{- $requestBytes := include "ml-common.quantityBytes" (dict "value" $request) | int64 -}}
{{- $limitBytes := include "ml-common.quantityBytes" (dict "value" $limit) | int64 -}}
{{- if gt $requestBytes $limitBytes -}}
{{- include "ml-common.validation.error" (dict "path" $limitPath "message" (printf "%v is below the memory request %v" $limit $request) "fix" "raise limits.memory to at least requests.memory, or lower the request") -}}
{{- end -}}
{{- end -}}
{{- end -}}
