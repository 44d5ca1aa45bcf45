{{/*
NetworkPolicies: one policy per workload that denies all ingress and egress but the listed rules
(default-deny plus explicit allows).
Usage: include "ml-common.networkPolicy" (dict "context" $ "name" $name "component" "server"
  "podSelector" $labels "ingress" $ingressRules "egress" $egressRules)
*/}}
{{- define "ml-common.networkPolicy" -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ .name | quote }}
  namespace: {{ .context.Release.Namespace | quote }}
  labels:
    {{- include "ml-common.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- toYaml .podSelector | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    {{- toYaml (.ingress | default list) | nindent 4 }}
  egress:
    {{- toYaml (.egress | default list) | nindent 4 }}
{{- end -}}

{{/* Egress to the cluster DNS (kube-dns / CoreDNS in kube-system), as a list of one rule. */}}
{{- define "ml-common.networkPolicy.dnsEgress" -}}
- to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: kube-system
      podSelector:
        matchLabels:
          k8s-app: kube-dns
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- end -}}

{{/*
Peers as NetworkPolicy "from"/"to" entries: pods of this release's namespace by labels, namespaces by
name, or CIDRs. Usage: include "ml-common.networkPolicy.peers" (list of maps with podLabels/namespace/cidr)
*/}}
{{- define "ml-common.networkPolicy.peers" -}}
{{- range . }}
{{- if .cidr }}
- ipBlock:
    cidr: {{ .cidr }}
{{- else }}
- {{- if .namespace }}
  namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ .namespace | quote }}
  {{- end }}
  {{- if .podLabels }}
  podSelector:
    matchLabels:
      {{- toYaml .podLabels | nindent 6 }}
  {{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
Egress of a pod with an Istio sidecar to istiod (xDS configuration and certificates, port 15012), as
a list of one rule; an empty list when the mesh is off (mesh.enabled, then global.mesh.enabled, then
the security.istio.io/v1 API). Usage: include "ml-common.networkPolicy.meshEgress" $ | fromYamlArray
*/}}
{{- define "ml-common.networkPolicy.meshEgress" -}}
{{- $mesh := include "ml-common.enabled" (dict "context" . "value" (.Values.mesh | default dict).enabled "global" (list "mesh" "enabled") "apiVersion" "security.istio.io/v1") -}}
{{- if $mesh -}}
{{- $istiod := dict "namespaceSelector" (dict "matchLabels" (dict "kubernetes.io/metadata.name" (include "ml-common.istiodNamespace" .))) -}}
{{- toYaml (list (dict "to" (list $istiod) "ports" (list (dict "port" 15012 "protocol" "TCP")))) -}}
{{- else -}}
[]
{{- end -}}
{{- end -}}

{{/* The namespace istiod runs in: mesh.istiodNamespace, else global.mesh.istiodNamespace, else istio-system. */}}
{{- define "ml-common.istiodNamespace" -}}
{{- (.Values.mesh | default dict).istiodNamespace | default (include "ml-common.digGlobal" (dict "context" . "keys" (list "mesh" "istiodNamespace"))) | default "istio-system" -}}
{{- end -}}

{{/*
Egress to an external service (postgresql, redis, s3) on its port, as a list of one rule: to the peers
of the chart's networkPolicy.egressTo.<kind>, else of global.networkPolicy.egressTo.<kind> (the umbrella
names where each service runs once), else to any destination on the port.
Usage: include "ml-common.networkPolicy.serviceEgress" (dict "context" $ "kind" "postgresql" "port" 5432) | fromYamlArray
*/}}
{{- define "ml-common.networkPolicy.serviceEgress" -}}
{{- $chart := get ((.context.Values.networkPolicy | default dict).egressTo | default dict) .kind -}}
{{- $global := get (dig "networkPolicy" "egressTo" dict (.context.Values.global | default dict) | default dict) .kind -}}
{{- $rule := dict "ports" (list (dict "port" (int .port) "protocol" "TCP")) -}}
{{- with ($chart | default $global) -}}{{- $_ := set $rule "to" (include "ml-common.networkPolicy.peers" . | fromYamlArray) -}}{{- end -}}
{{- toYaml (list $rule) -}}
{{- end -}}
