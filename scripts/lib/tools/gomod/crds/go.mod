// Wrapper module: pins the Go modules whose CustomResourceDefinitions the charts target (data, not
// code: scripts/lib/tools/crds.ts runs `go mod download -json <module>` and copies the CRD files
// out of the verified module cache). No Go code imports them, so `go mod tidy` would drop them:
// edit the versions here and refresh go.sum with `go mod download <module>`.
// KubeRay's and prometheus-operator's CRDs come from ../kuberay and ../prometheus-operator, the modules
// their operators are built from.
module ml-platform-charts/tools/crds

go 1.25.0

require (
	istio.io/api v1.30.3
	sigs.k8s.io/gateway-api v1.6.1
)
