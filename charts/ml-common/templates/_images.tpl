{{/*
Image reference: [registry/]repository[:tag][@digest]. global.imageRegistry replaces every image's
registry (air-gapped mirrors); the tag defaults to the chart's appVersion; a digest pins the content.
Total: an empty repository, `latest` or no tag and no digest, a malformed digest, or no digest while
global.requireImageDigests is on are named by ml-common.image.errors (same arguments), which the chart's
validate.yaml calls for every image it renders: each chart enforces digests on its own images, alone or in
the umbrella.
Usage: include "ml-common.image" (dict "context" $ "image" .Values.image "path" "image")
*/}}
{{- define "ml-common.image" -}}
{{- $image := .image | default dict -}}
{{- $registry := include "ml-common.digGlobal" (dict "context" .context "keys" (list "imageRegistry")) | default $image.registry -}}
{{- $tag := $image.tag | default .context.Chart.AppVersion | toString -}}
{{- $ref := $image.repository | default "" | toString -}}
{{- if $registry -}}{{- $ref = printf "%s/%s" (trimSuffix "/" $registry) $ref -}}{{- end -}}
{{- if $tag -}}{{- $ref = printf "%s:%s" $ref $tag -}}{{- end -}}
{{- if $image.digest -}}{{- $ref = printf "%s@%s" $ref $image.digest -}}{{- end -}}
{{- $ref -}}
{{- end -}}

{{/* Error lines of an image (see ml-common.image), naming its values. Same arguments as ml-common.image. */}}
{{- define "ml-common.image.errors" -}}
{{- $image := .image | default dict -}}
{{- $path := .path | default "image" -}}
{{- $tag := $image.tag | default .context.Chart.AppVersion | toString -}}
{{- if not $image.repository -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.repository" $path) "message" "is empty" "fix" "set the image repository, e.g. rayproject/ray") -}}
{{- end -}}
{{- if and (not $image.digest) (or (eq $tag "") (eq $tag "latest")) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.tag" $path) "message" (printf "%q does not pin the image: a pinned version tag (or a digest) is required" $tag) "fix" "set a version tag, e.g. the chart's appVersion, or a digest (sha256:...)") -}}
{{- end -}}
{{- if and (not $image.digest) (eq (include "ml-common.digGlobal" (dict "context" .context "keys" (list "requireImageDigests"))) "true") -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.digest" $path) "message" "is empty while global.requireImageDigests is true" "fix" "set the sha256 digest of each image as your registry mirror reports it (e.g. crane digest <registry>/<repository>:<tag>)") -}}
{{- end -}}
{{- if and $image.digest (not (regexMatch "^sha256:[a-f0-9]{64}$" ($image.digest | toString))) -}}
{{- include "ml-common.validation.error" (dict "path" (printf "%s.digest" $path) "message" (printf "%q is not a sha256 digest" $image.digest) "fix" "use the form sha256:<64 hex characters>") -}}
{{- end -}}
{{- end -}}

{{/* image: and imagePullPolicy: lines of a container. Same arguments as ml-common.image. */}}
{{- define "ml-common.containerImage" -}}
image: {{ include "ml-common.image" . | quote }}
imagePullPolicy: {{ (.image | default dict).pullPolicy | default "IfNotPresent" }}
{{- end -}}

{{/* imagePullSecrets from the chart's and global values. Usage: include "ml-common.imagePullSecrets" $ */}}
{{- define "ml-common.imagePullSecrets" -}}
{{- $names := list -}}
{{- range concat (.Values.imagePullSecrets | default list) (dig "imagePullSecrets" list (.Values.global | default dict)) -}}
{{- if kindIs "map" . -}}{{- $names = append $names .name -}}{{- else -}}{{- $names = append $names . -}}{{- end -}}
{{- end -}}
{{- with $names | uniq }}
imagePullSecrets:
{{- range . }}
  - name: {{ . | quote }}
{{- end }}
{{- end }}
{{- end -}}
