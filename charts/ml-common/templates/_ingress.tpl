{{/*
Ingress annotations for a route whose path prefix the backend does not serve (Ray Serve, Feast serve
at /): the user's annotations plus the controller's prefix-stripping annotation where the chart knows
it (Kong: konghq.com/strip-path). An annotation the user set wins. Returns YAML (a map).
Usage: include "ml-common.ingress.stripPrefixAnnotations" (dict "className" .Values.ingress.className "annotations" .Values.ingress.annotations) | fromYaml
*/}}
{{- define "ml-common.ingress.stripPrefixAnnotations" -}}
{{- $ann := deepCopy (.annotations | default dict) -}}
{{- if eq (.className | default "") "kong" -}}
{{- if not (hasKey $ann "konghq.com/strip-path") -}}{{- $_ := set $ann "konghq.com/strip-path" "true" -}}{{- end -}}
{{- end -}}
{{- toYaml $ann -}}
{{- end -}}
