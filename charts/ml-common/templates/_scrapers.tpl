{{/*
Who scrapes the metrics ports: one platform-wide notion, the same in every chart. Each field comes
from the chart's metrics.scrapers, else global.metrics.scrapers (the umbrella sets it once), else
the default below: the Prometheus of kube-prometheus-stack (namespace `monitoring`; prometheus-operator
labels its pods app.kubernetes.io/name=prometheus), running outside the mesh.

  namespaces  namespaces Prometheus runs in ([] = any namespace)
  podLabels   labels of the Prometheus pods ({} = any pod of those namespaces)
  inMesh      false: Prometheus has no sidecar and scrapes in plain text, so the metrics ports accept
              plain text (port-level PERMISSIVE) and the AuthorizationPolicy admits GETs on them from
              any source (NetworkPolicy still admits only the scrapers). true: Prometheus scrapes with
              an Istio identity: STRICT stays, the AuthorizationPolicy admits its namespaces/principals.
  principals  Istio principals of Prometheus (inMesh only), in addition to its namespaces

Usage: include "ml-common.metricsScrapers" $ | fromJson
*/}}
{{- define "ml-common.metricsScrapers" -}}
{{- $defaults := dict "namespaces" (list "monitoring") "podLabels" (dict "app.kubernetes.io/name" "prometheus") "inMesh" false "principals" (list) -}}
{{- $chart := (.Values.metrics | default dict).scrapers | default dict -}}
{{- $global := dig "metrics" "scrapers" dict (.Values.global | default dict) | default dict -}}
{{- $out := dict -}}
{{- range $key, $default := $defaults -}}
{{- if and (hasKey $chart $key) (not (kindIs "invalid" (get $chart $key))) -}}
{{- $_ := set $out $key (get $chart $key) -}}
{{- else if and (hasKey $global $key) (not (kindIs "invalid" (get $global $key))) -}}
{{- $_ := set $out $key (get $global $key) -}}
{{- else -}}
{{- $_ := set $out $key $default -}}
{{- end -}}
{{- end -}}
{{- toJson $out -}}
{{- end -}}

{{/*
The NetworkPolicy ingress rule that admits the scrapers to the given ports (names or numbers), as a
list of one rule. Usage: include "ml-common.networkPolicy.scrapeIngress" (dict "context" $ "ports" (list "metrics")) | fromYamlArray
*/}}
{{- define "ml-common.networkPolicy.scrapeIngress" -}}
{{- $s := include "ml-common.metricsScrapers" .context | fromJson -}}
{{- $peer := dict -}}
{{- if $s.podLabels -}}{{- $_ := set $peer "podSelector" (dict "matchLabels" $s.podLabels) -}}{{- end -}}
{{- $from := list -}}
{{- range $s.namespaces -}}
{{- $from = append $from (merge (dict "namespaceSelector" (dict "matchLabels" (dict "kubernetes.io/metadata.name" .))) $peer) -}}
{{- end -}}
{{- if not $s.namespaces -}}{{- $from = list (merge (dict "namespaceSelector" dict) $peer) -}}{{- end -}}
{{- $ports := list -}}
{{- range .ports -}}{{- $ports = append $ports (dict "port" . "protocol" "TCP") -}}{{- end -}}
{{- toYaml (list (dict "from" $from "ports" $ports)) -}}
{{- end -}}

{{/*
AuthorizationPolicy rules for the scrape of the given container ports (numbers): GET only. Scrapers
outside the mesh carry no identity, so the rule names no source (NetworkPolicy restricts who);
scrapers in the mesh are admitted by namespace and principal. A list of one rule.
Usage: include "ml-common.mesh.scrapeRules" (dict "context" $ "ports" (list 8000)) | fromYamlArray
*/}}
{{- define "ml-common.mesh.scrapeRules" -}}
{{- $s := include "ml-common.metricsScrapers" .context | fromJson -}}
{{- $ports := list -}}
{{- range .ports -}}{{- $ports = append $ports (toString .) -}}{{- end -}}
{{- $rule := dict "to" (list (dict "operation" (dict "ports" $ports "methods" (list "GET")))) -}}
{{- if $s.inMesh -}}
{{- $from := list -}}
{{- with $s.namespaces -}}{{- $from = append $from (dict "source" (dict "namespaces" .)) -}}{{- end -}}
{{- with $s.principals -}}{{- $from = append $from (dict "source" (dict "principals" .)) -}}{{- end -}}
{{- with $from -}}{{- $_ := set $rule "from" . -}}{{- end -}}
{{- end -}}
{{- toYaml (list $rule) -}}
{{- end -}}

{{/*
PeerAuthentication portLevelMtls for the given container ports (numbers): PERMISSIVE when the
scrapers are outside the mesh (they speak plain text), nothing when they scrape with mTLS.
Usage: include "ml-common.mesh.scrapePortLevelMtls" (dict "context" $ "ports" (list 8000)) | fromYaml
*/}}
{{- define "ml-common.mesh.scrapePortLevelMtls" -}}
{{- $s := include "ml-common.metricsScrapers" .context | fromJson -}}
{{- $out := dict -}}
{{- if not $s.inMesh -}}
{{- range .ports -}}{{- $_ := set $out (toString .) (dict "mode" "PERMISSIVE") -}}{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}
