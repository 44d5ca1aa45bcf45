// Command kube-network-policies is the NetworkPolicy engine of sigs.k8s.io/kube-network-policies v0.8.0
// (the one kind ships) run as a process of the local cluster's real node, like kube-proxy: the
// engine (package networkpolicy: nftables rules that send a pod's new connections to an nfqueue, and
// the verdict from the NetworkPolicies) is upstream's; only the wiring differs from upstream's
// cmd/main.go, which reads the in-cluster config of a DaemonSet pod. Here the API server is reached
// through --kubeconfig (the node's certificate), and --cleanup deletes the engine's nftables table and
// exits (what `down` runs after stopping the engine). The NRI plugin stays on although this node's
// containerd (1.6) has no NRI socket to connect to: v0.8.0 looks every IP the API server does not know
// (a host address, the API server's) up in the plugin's map, and dereferences a nil plugin when NRI is
// disabled (a panic on the first packet to a non-pod address). With the plugin created but never
// connected, that lookup finds nothing and the pod IPs come from the API server.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"time"

	"github.com/google/nftables"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sys/unix"
	utilruntime "k8s.io/apimachinery/pkg/util/runtime"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
	"k8s.io/klog/v2"
	"sigs.k8s.io/kube-network-policies/pkg/networkpolicy"
)

// tableName is upstream's default table (Config.Defaults).
const tableName = "kube-network-policies"

func main() {
	kubeconfig := flag.String("kubeconfig", "", "kubeconfig of the engine's client (required)")
	nodeName := flag.String("hostname-override", "", "the Node whose pods the engine enforces policies for (required)")
	queueID := flag.Int("nfqueue-id", 100, "number of the nfqueue used")
	metrics := flag.String("metrics-bind-address", "127.0.0.1:9080", "address of the /metrics endpoint")
	failOpen := flag.Bool("fail-open", false, "if set, don't drop packets when the engine is not running")
	cleanup := flag.Bool("cleanup", false, "delete the engine's nftables table and exit")
	version := flag.Bool("version", false, "print the engine module's version and exit")
	klog.InitFlags(nil)
	flag.Parse()
	if *version {
		fmt.Println("kube-network-policies", engineVersion())
		return
	}
	if *cleanup {
		os.Exit(deleteTable())
	}
	if *kubeconfig == "" || *nodeName == "" {
		fmt.Fprintln(os.Stderr, "kube-network-policies: --kubeconfig and --hostname-override are required")
		os.Exit(2)
	}
	os.Exit(run(*kubeconfig, networkpolicy.Config{FailOpen: *failOpen, QueueID: *queueID, NodeName: *nodeName, NFTableName: tableName}, *metrics))
}

func run(kubeconfig string, cfg networkpolicy.Config, metrics string) int {
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, unix.SIGTERM)
	defer cancel()
	config, err := clientcmd.BuildConfigFromFlags("", kubeconfig)
	if err != nil {
		klog.ErrorS(err, "reading the kubeconfig", "path", kubeconfig)
		return 1
	}
	clientset, err := kubernetes.NewForConfig(config)
	if err != nil {
		klog.ErrorS(err, "creating the client")
		return 1
	}
	factory := informers.NewSharedInformerFactory(clientset, 0)
	http.Handle("/metrics", promhttp.Handler())
	go func() { utilruntime.HandleError(http.ListenAndServe(metrics, nil)) }()
	controller, err := networkpolicy.NewController(clientset, factory.Networking().V1().NetworkPolicies(), factory.Core().V1().Namespaces(), factory.Core().V1().Pods(), nil, nil, nil, nil, cfg)
	if err != nil {
		klog.ErrorS(err, "starting the network policy controller")
		return 1
	}
	go func() { utilruntime.HandleError(controller.Run(ctx)) }()
	factory.Start(ctx.Done())
	<-ctx.Done()
	// Upstream's grace period: the controller removes its nftables table on the way out.
	time.Sleep(5 * time.Second)
	return 0
}

// engineVersion is the version of the engine module this binary was built with (go.mod's pin).
func engineVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "sigs.k8s.io/kube-network-policies" {
				return dep.Version
			}
		}
	}
	return "unknown"
}

func deleteTable() int {
	nft, err := nftables.New()
	if err != nil {
		fmt.Fprintf(os.Stderr, "kube-network-policies --cleanup: nftables: %v\n", err)
		return 1
	}
	tables, err := nft.ListTablesOfFamily(nftables.TableFamilyINet)
	if err != nil {
		fmt.Fprintf(os.Stderr, "kube-network-policies --cleanup: listing tables: %v\n", err)
		return 1
	}
	for _, t := range tables {
		if t.Name == tableName {
			nft.DelTable(t)
			if err := nft.Flush(); err != nil {
				fmt.Fprintf(os.Stderr, "kube-network-policies --cleanup: deleting table inet %s: %v\n", tableName, err)
				return 1
			}
		}
	}
	return 0
}
