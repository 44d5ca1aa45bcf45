//go:build tools

// Package tools pins kube-state-metrics: the local monitoring stack's stand-in image
// registry.k8s.io/kube-state-metrics/kube-state-metrics is its main package, built by the toolkit's
// go-build tools. v2.15.0: the newest release the Go module proxy serves with a checksum (v2.16.0's
// sum.golang.org lookup answers 404, v2.17.0 is not served).
package tools

import (
	_ "k8s.io/kube-state-metrics/v2"
)
