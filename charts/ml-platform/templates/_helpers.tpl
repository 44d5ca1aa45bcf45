{{/* Name of the endpoints ConfigMap: ray-cluster.extraEnvFrom in values.yaml names it the same way. */}}
{{- define "ml-platform.endpointsName" -}}
{{- printf "%s-endpoints" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Error lines (ml-common.validation.error) when Ray's egress to a component (ray-cluster.networkPolicy.<key>) would not reach the component's
server pods: a peer selecting an app.kubernetes.io/name they do not carry (the label follows the
component's nameOverride), or ports without the port they listen on. The component's facts come from its
real values (.Subcharts), the peers and ports are plain values, so changing one side alone would close
Ray's way to the server.
Usage: include "ml-platform.validateRayEgress" (dict "context" $ "key" "feast" "chart" "feast" "port" <container port> "portValue" "feast.server.port")
*/}}
{{- define "ml-platform.validateRayEgress" -}}
{{- $name := include "ml-common.name" (index .context.Subcharts .chart) -}}
{{- $np := index .context.Values "ray-cluster" "networkPolicy" .key -}}
{{- range $i, $peer := $np.peers | default list -}}
{{- $selected := get ($peer.podLabels | default dict) "app.kubernetes.io/name" -}}
{{- if and $selected (ne $selected $name) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "ray-cluster.networkPolicy.%s.peers[%d].podLabels[\"app.kubernetes.io/name\"]" $.key $i) "message" (printf "is %q, but the %s chart labels its pods %q (its nameOverride): Ray's egress would not reach them" $selected $.chart $name) "fix" (printf "set it to %q, or leave %s.nameOverride empty" $name $.chart)) -}}
{{- end -}}
{{- end -}}
{{- $ports := list -}}
{{- range $np.ports | default list -}}{{- $ports = append $ports (int .) -}}{{- end -}}
{{- if and $ports (not (has (int .port) $ports)) -}}
{{- $fix := printf "add %d to it" (int .port) -}}
{{- if .portValue -}}{{- $fix = printf "%s, or set %s to one of them" $fix .portValue -}}{{- end -}}
{{- include "ml-common.validation.error" (dict "path" (printf "ray-cluster.networkPolicy.%s.ports" .key) "message" (printf "is %s, but the %s server pods listen on %d: Ray's egress would not reach them" (toJson $ports) .chart (int .port)) "fix" $fix) -}}
{{- end -}}
{{- end -}}
