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

{{/*
The chart's Ingress from its ingress values (ml-common's ingress fragment, the same shape in every chart);
nothing when ingress.enabled is false. The chart supplies only its backend:
  service, port   the Service and its port: (dict "name" "http") or (dict "number" 8000)
  defaultPath     the path of a host without paths, and of the any-host rule when hosts is empty
  stripPrefix     the backend serves at /: the controller strips the path (ml-common.ingress.stripPrefixAnnotations)
Usage: include "ml-common.ingress" (dict "context" $ "name" $name "component" "server" "service" $svc "port" (dict "name" "http") "defaultPath" "/" "stripPrefix" false)
*/}}
{{- define "ml-common.ingress" -}}
{{- $ing := .context.Values.ingress -}}
{{- if $ing.enabled }}
{{- $ann := $ing.annotations | default dict -}}
{{- if .stripPrefix -}}
{{- $ann = include "ml-common.ingress.stripPrefixAnnotations" (dict "className" $ing.className "annotations" $ann) | fromYaml -}}
{{- end -}}
{{- $backend := dict "service" (dict "name" .service "port" .port) -}}
{{- $hosts := $ing.hosts | default (list (dict)) }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  {{- include "ml-common.metadata" (dict "context" .context "name" .name "component" .component "annotations" $ann) | nindent 2 }}
spec:
  {{- with $ing.className }}
  ingressClassName: {{ . | quote }}
  {{- end }}
  {{- with $ing.tls }}
  tls:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  rules:
    {{- range $hosts }}
    - {{- with .host }}
      host: {{ . | quote }}
      {{- end }}
      http:
        paths:
          {{- range (.paths | default (list (dict "path" $.defaultPath))) }}
          - path: {{ .path | quote }}
            pathType: {{ .pathType | default "Prefix" }}
            backend:
              {{- toYaml $backend | nindent 14 }}
          {{- end }}
    {{- end }}
{{- end }}
{{- end -}}
