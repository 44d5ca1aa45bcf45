{{/* Checks across values that the schema cannot express, as error lines (ml-common.validation.error) naming the value and the fix; templates/validate.yaml reports them with the others. */}}
{{- define "ray-cluster.validate" -}}
{{- $v := .Values -}}
{{- $names := dict -}}
{{- range $i, $g := $v.workers -}}
{{- $path := printf "workers[%d]" $i -}}
{{- if hasKey $names $g.name -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.name" $path) "message" (printf "%q is used by another worker group" $g.name) "fix" "give every worker group a unique name") -}}
{{- end -}}
{{- $_ := set $names $g.name true -}}
{{- $min := int64 ($g.minReplicas | default 0) -}}
{{- $max := int64 ($g.maxReplicas | default 0) -}}
{{- if gt $min $max -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.minReplicas" $path) "message" (printf "%d is greater than maxReplicas %d" $min $max) "fix" "lower minReplicas or raise maxReplicas") -}}
{{- end -}}
{{- $replicas := int64 (ternary $g.replicas $min (hasKey $g "replicas")) -}}
{{- if or (lt $replicas $min) (gt $replicas $max) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.replicas" $path) "message" (printf "%d is outside minReplicas..maxReplicas (%d..%d)" $replicas $min $max) "fix" "set replicas between minReplicas and maxReplicas") -}}
{{- end -}}
{{- $gpu := $g.gpu | default 0 -}}
{{- if or (lt (float64 $gpu) 0.0) (ne (float64 $gpu) (float64 (int64 $gpu))) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.gpu" $path) "message" (printf "%v is not a whole number of GPUs" $gpu) "fix" "request whole GPUs (0, 1, 2, ...); share a GPU inside Ray with num_gpus on tasks instead") -}}
{{- end -}}
{{- if hasKey (dig "limits" dict ($g.resources | default dict)) $v.gpu.resourceName -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.resources.limits" $path) "message" (printf "sets %s directly" $v.gpu.resourceName) "fix" (printf "set %s.gpu instead, so the group also gets the GPU toleration, node selection and image" $path)) -}}
{{- end -}}
{{- end -}}
{{- if include "ray-cluster.meshEnabled" . -}}
{{- $p := $v.mesh.rayPorts -}}
{{- if gt (int64 $p.minWorkerPort) (int64 $p.maxWorkerPort) -}}
{{- include "ml-common.validation.error" (dict "path" "mesh.rayPorts.minWorkerPort" "message" (printf "%v is greater than maxWorkerPort %v" $p.minWorkerPort $p.maxWorkerPort) "fix" "lower minWorkerPort or raise maxWorkerPort") -}}
{{- end -}}
{{- if gt (sub (int64 $p.maxWorkerPort) (int64 $p.minWorkerPort)) 199 -}}
{{- include "ml-common.validation.error" (dict "path" "mesh.rayPorts.maxWorkerPort" "message" (printf "the worker-port range %v-%v has more than 200 ports, each one a port of the headless Service" $p.minWorkerPort $p.maxWorkerPort) "fix" "keep the range at 200 ports or fewer (Istio caches every listed port in every sidecar)") -}}
{{- end -}}
{{- $fixed := list 6379 8265 10001 8000 8080 44217 44227 (int64 $p.nodeManager) (int64 $p.objectManager) (int64 $p.runtimeEnvAgent) (int64 $p.dashboardAgentGrpc) (int64 $p.dashboardAgentListen) -}}
{{- range $port := $fixed -}}
{{- if and (ge (int64 $port) (int64 $p.minWorkerPort)) (le (int64 $port) (int64 $p.maxWorkerPort)) -}}
{{- include "ml-common.validation.error" (dict "path" "mesh.rayPorts.minWorkerPort" "message" (printf "the worker-port range %v-%v contains port %v, which another Ray process uses" $p.minWorkerPort $p.maxWorkerPort $port) "fix" "move the worker-port range off the fixed Ray ports") -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if and (include "ray-cluster.meshEnabled" .) (eq (include "ray-cluster.mtlsMode" .) "STRICT") -}}
{{- include "ray-cluster.validateServeTransport" . -}}
{{- end -}}
{{- if and $v.rayService.enabled (not (dig "applications" list ($v.rayService.serveConfigV2 | default dict))) -}}
{{- include "ml-common.validation.error" (dict "path" "rayService.serveConfigV2.applications" "message" "is empty while rayService.enabled is true" "fix" "list at least one Serve application (name, import_path, route_prefix) or turn rayService.enabled off") -}}
{{- end -}}
{{- include "ml-common.caBundle.errors" (include "ray-cluster.caBundles" . | fromJsonArray) -}}
{{- if and $v.ingress.enabled $v.httpRoute.enabled -}}
{{- include "ml-common.validation.error" (dict "path" "httpRoute.enabled" "message" "is true together with ingress.enabled" "fix" "expose Serve through either an Ingress or an HTTPRoute") -}}
{{- end -}}
{{- end -}}

{{/*
Under STRICT mTLS Ray Serve runs over HTTP and Ray's own (pinned) ports only. Its gRPC transport between
proxies and replicas (RAY_SERVE_USE_GRPC_BY_DEFAULT, RAY_SERVE_PROXY_USE_GRPC, and
RAY_SERVE_THROUGHPUT_OPTIMIZED which turns it on) sends requests to a gRPC server each replica opens on a
random port (Ray 2.57 serve/_private/replica.py: add_insecure_port("[::]:0")), and direct ingress /
HAProxy (RAY_SERVE_ENABLE_DIRECT_INGRESS, RAY_SERVE_ENABLE_HA_PROXY) serves from port ranges: no Service
lists those ports, so sidecars send them in plain text and STRICT peers refuse them. The switches are
refused wherever they can be set: the Ray containers' env and the Serve applications' runtime_env.
*/}}
{{- define "ray-cluster.validateServeTransport" -}}
{{- $v := .Values -}}
{{- $switches := list "RAY_SERVE_USE_GRPC_BY_DEFAULT" "RAY_SERVE_PROXY_USE_GRPC" "RAY_SERVE_THROUGHPUT_OPTIMIZED" "RAY_SERVE_ENABLE_DIRECT_INGRESS" "RAY_SERVE_ENABLE_HA_PROXY" -}}
{{- $sources := list (dict "path" "extraEnv" "env" $v.extraEnv) (dict "path" "head.env" "env" $v.head.env) -}}
{{- range $i, $g := $v.workers -}}
{{- $sources = append $sources (dict "path" (printf "workers[%d].env" $i) "env" $g.env) -}}
{{- end -}}
{{- $found := list -}}
{{- range $source := $sources -}}
{{- range $j, $e := $source.env | default list -}}
{{- if and (has $e.name $switches) (has (lower (toString $e.value)) (list "1" "true")) -}}
{{- $found = append $found (dict "path" (printf "%s[%d]" $source.path $j) "name" $e.name) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if $v.rayService.enabled -}}
{{- range $i, $app := dig "applications" list ($v.rayService.serveConfigV2 | default dict) -}}
{{- $vars := dig "runtime_env" "env_vars" dict $app -}}
{{- range $name := $switches -}}
{{- if and (hasKey $vars $name) (has (lower (toString (get $vars $name))) (list "1" "true")) -}}
{{- $found = append $found (dict "path" (printf "rayService.serveConfigV2.applications[%d].runtime_env.env_vars.%s" $i $name) "name" $name) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- with first $found -}}
{{- include "ml-common.validation.error" (dict "path" .path "message" (printf "turns on %s, which serves Ray Serve traffic on ports Ray picks at random (gRPC between replicas, direct ingress), and STRICT mTLS refuses them" .name) "fix" "leave it off (Serve over HTTP works under STRICT), or set mesh.mtlsMode PERMISSIVE for Ray") -}}
{{- end -}}
{{- end -}}
