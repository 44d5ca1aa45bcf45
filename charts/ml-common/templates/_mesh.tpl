{{/*
Istio security resources (security.istio.io/v1). STRICT is the default mode: a chart passes
PERMISSIVE only when its values ask for it.
*/}}

{{/*
Usage: include "ml-common.peerAuthentication" (dict "context" $ "name" $name "component" "server"
  "selector" $labels "mode" "STRICT" "portLevelMtls" (dict "8080" (dict "mode" "PERMISSIVE")))
*/}}
{{- define "ml-common.peerAuthentication" -}}
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata:
  name: {{ .name | quote }}
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "ml-common.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- toYaml .selector | nindent 6 }}
  mtls:
    mode: {{ .mode | default "STRICT" }}
  {{- with .portLevelMtls }}
  portLevelMtls:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}

{{/*
Usage: include "ml-common.authorizationPolicy" (dict "context" $ "name" $name "component" "server"
  "selector" $labels "action" "ALLOW" "rules" $rules)
An ALLOW policy with no rules denies everything to the selected workload, as Istio defines it.
*/}}
{{- define "ml-common.authorizationPolicy" -}}
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: {{ .name | quote }}
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "ml-common.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- toYaml .selector | nindent 6 }}
  action: {{ .action | default "ALLOW" }}
  {{- with .rules }}
  rules:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
