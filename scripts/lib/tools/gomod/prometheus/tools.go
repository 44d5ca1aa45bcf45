//go:build tools

// Package tools pins the Prometheus module: the local cluster's Prometheus stand-in image is its
// cmd/prometheus, built by the toolkit's go-build tools (module v0.3NN.M is Prometheus 3.NN.M).
package tools

import (
	_ "github.com/prometheus/prometheus/cmd/prometheus"
)
