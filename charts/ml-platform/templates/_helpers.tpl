{{/*
Images of the enabled components that must carry a digest when global.requireImageDigests is on,
as "<values path>" entries of a list. Usage: include "ml-platform.undigestedImages" . | fromJsonArray
*/}}
{{- define "ml-platform.undigestedImages" -}}
{{- $missing := list -}}
{{- $images := list -}}
{{- $v := .Values -}}
{{- if $v.components.rayCluster -}}
{{- $ray := index $v "ray-cluster" -}}
{{- $images = append $images (dict "path" "ray-cluster.image" "image" $ray.image) -}}
{{- $gpuGroups := 0 -}}
{{- range $ray.workers }}{{- if gt (int64 (.gpu | default 0)) 0 }}{{- $gpuGroups = add1 $gpuGroups -}}{{- end }}{{- end -}}
{{- if gt $gpuGroups 0 -}}{{- $images = append $images (dict "path" "ray-cluster.gpuImage" "image" $ray.gpuImage) -}}{{- end -}}
{{- range $i, $g := $ray.workers }}{{- if $g.image }}{{- $images = append $images (dict "path" (printf "ray-cluster.workers[%d].image" $i) "image" $g.image) -}}{{- end }}{{- end -}}
{{- if $ray.operator.enabled -}}{{- $images = append $images (dict "path" "ray-cluster.operator.image" "image" $ray.operator.image) -}}{{- end -}}
{{- end -}}
{{- if $v.components.feast -}}
{{- $feast := $v.feast -}}
{{- $images = append $images (dict "path" "feast.image" "image" $feast.image) -}}
{{- if $feast.dbInit.enabled -}}{{- $images = append $images (dict "path" "feast.dbInit.image" "image" $feast.dbInit.image) -}}{{- end -}}
{{- if eq $feast.featureRepo.source "image" -}}{{- $images = append $images (dict "path" "feast.featureRepo.image" "image" $feast.featureRepo.image) -}}{{- end -}}
{{- end -}}
{{- if $v.components.mlflow -}}
{{- $images = append $images (dict "path" "mlflow-platform.image" "image" (index $v "mlflow-platform").image) -}}
{{- end -}}
{{- range $images -}}
{{- if not (.image | default dict).digest -}}{{- $missing = append $missing (printf "%s.digest" .path) -}}{{- end -}}
{{- end -}}
{{- toJson $missing -}}
{{- end -}}

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
