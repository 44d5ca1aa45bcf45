//go:build tools

// Package tools pins the prometheus-operator module (the operator and its config reloader are built
// from it by the toolkit's go-build tools; the CRDs the repository validates against are the same version).
package tools

import (
	_ "github.com/prometheus-operator/prometheus-operator/cmd/operator"
	_ "github.com/prometheus-operator/prometheus-operator/cmd/prometheus-config-reloader"
)
