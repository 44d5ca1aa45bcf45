{{/*
The chart's Gateway API HTTPRoute from its httpRoute values (ml-common's httpRoute fragment, the same shape
in every chart); nothing when httpRoute.enabled is false. The chart supplies only its backend:
  service, port   the Service and its port number
  path            the path prefix routed to it
  stripPrefix     the backend serves at /: a URLRewrite replaces the prefix with /
Usage: include "ml-common.httpRoute" (dict "context" $ "name" $name "component" "server" "service" $svc "port" 8080 "path" "/" "stripPrefix" false)
*/}}
{{- define "ml-common.httpRoute" -}}
{{- $route := .context.Values.httpRoute -}}
{{- if $route.enabled }}
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  {{- include "ml-common.metadata" (dict "context" .context "name" .name "component" .component "annotations" $route.annotations "labels" $route.labels) | nindent 2 }}
spec:
  parentRefs:
    {{- toYaml $route.parentRefs | nindent 4 }}
  {{- with $route.hostnames }}
  hostnames:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: {{ .path | quote }}
      {{- if .stripPrefix }}
      filters:
        - type: URLRewrite
          urlRewrite:
            path:
              type: ReplacePrefixMatch
              replacePrefixMatch: /
      {{- end }}
      backendRefs:
        - name: {{ .service }}
          port: {{ int .port }}
{{- end }}
{{- end -}}

{{/* Error line of an enabled httpRoute without parentRefs. Usage: include "ml-common.httpRoute.errors" .Values.httpRoute */}}
{{- define "ml-common.httpRoute.errors" -}}
{{- if and .enabled (not .parentRefs) -}}
{{- include "ml-common.validation.error" (dict "path" "httpRoute.parentRefs" "message" "is empty while httpRoute.enabled is true" "fix" "name the Gateway the route attaches to, e.g. [{name: platform-gateway, namespace: gateway-system}]") -}}
{{- end -}}
{{- end -}}
