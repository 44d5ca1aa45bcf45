{{/*
Least-privilege rules of the KubeRay v1.6.2 operator: upstream's ray-operator config/rbac/role.yaml (no
wildcards), what it needs to run RayClusters, RayJobs and RayServices; a unit test compares them with the pinned
module's file. The OpenShift route rule only when asked; batch-scheduler rules are left out (this chart does not
enable a batch scheduler).
*/}}
{{- define "ray-cluster.operatorRules" -}}
- apiGroups: [""]
  resources: [events, pods/status, services]
  verbs: [create, delete, get, list, patch, update, watch]
- apiGroups: [""]
  resources: [pods]
  verbs: [create, delete, deletecollection, get, list, patch, update, watch]
- apiGroups: [""]
  resources: [pods/proxy, services/status]
  verbs: [get, patch, update]
- apiGroups: [""]
  resources: [pods/resize]
  verbs: [patch]
- apiGroups: [""]
  resources: [secrets]
  verbs: [create, get, list, watch]
- apiGroups: [""]
  resources: [serviceaccounts]
  verbs: [create, delete, get, list, watch]
- apiGroups: [""]
  resources: [services/proxy]
  verbs: [create, get, patch, update]
- apiGroups: [batch]
  resources: [jobs]
  verbs: [create, delete, get, list, patch, update, watch]
- apiGroups: [coordination.k8s.io]
  resources: [leases]
  verbs: [create, get, list, update]
- apiGroups: [discovery.k8s.io]
  resources: [endpointslices]
  verbs: [get, list, watch]
- apiGroups: [extensions, networking.k8s.io]
  resources: [ingresses]
  verbs: [create, delete, get, list, patch, update, watch]
- apiGroups: [gateway.networking.k8s.io]
  resources: [gateways, httproutes]
  verbs: [create, get, list, update, watch]
- apiGroups: [networking.k8s.io]
  resources: [ingressclasses]
  verbs: [get, list, watch]
- apiGroups: [ray.io]
  resources: [rayclusters, raycronjobs, rayjobs, rayservices]
  verbs: [create, delete, get, list, patch, update, watch]
- apiGroups: [ray.io]
  resources: [rayclusters/finalizers, raycronjobs/finalizers, rayjobs/finalizers, rayservices/finalizers]
  verbs: [update]
- apiGroups: [ray.io]
  resources: [rayclusters/status, raycronjobs/status, rayjobs/status, rayservices/status]
  verbs: [get, patch, update]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [rolebindings]
  verbs: [create, delete, get, list, watch]
- apiGroups: [rbac.authorization.k8s.io]
  resources: [roles]
  verbs: [create, delete, get, list, update, watch]
{{- if .Values.operator.rbac.openshift }}
- apiGroups: [route.openshift.io]
  resources: [routes]
  verbs: [create, delete, get, list, patch, update, watch]
{{- end }}
{{- end -}}

{{/* ENABLE_INIT_CONTAINER_INJECTION: explicit value, else off when the mesh is on (the GCS-wait init container would run before the sidecar). */}}
{{- define "ray-cluster.operatorInitContainerInjection" -}}
{{- if kindIs "bool" .Values.operator.initContainerInjection -}}
{{- .Values.operator.initContainerInjection -}}
{{- else -}}
{{- not (include "ray-cluster.meshEnabled" .) -}}
{{- end -}}
{{- end -}}
