import { tools } from '../tools/catalog.ts';
import type { ScratchImage } from './node-images.ts';

/**
 * The local cluster's monitoring stack images (scripts/lib/cluster/monitoring): static Go binaries of the
 * toolkit's builds on a scratch root, named by the upstream references so that the Prometheus CR and the
 * operator's defaults read as they would on any cluster. Upstream contracts, from their Dockerfiles:
 * prometheus/prometheus Dockerfile (USER nobody, ENTRYPOINT /bin/prometheus, config /etc/prometheus/prometheus.yml,
 * data and WORKDIR /prometheus, port 9090) and prometheus-operator cmd/prometheus-config-reloader/Dockerfile
 * (USER nobody, ENTRYPOINT /bin/prometheus-config-reloader). `nobody` is written as 65534:65534 so that a pod's
 * runAsNonRoot check can read it without a passwd lookup; /etc/passwd names it all the same.
 * Not in the Prometheus stand-in: promtool, and the web UI's compiled assets (they are not in the Go module);
 * the HTTP API (what the tests and the status page use) is complete.
 */
const nobody = { '/etc/passwd': 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n', '/etc/group': 'root:x:0:\nnogroup:x:65534:\n' };

/** The upstream image's default configuration: Prometheus scrapes itself. The operator mounts its own over /etc/prometheus. */
const defaultConfig = `global:
  scrape_interval: 15s
scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ["localhost:9090"]
`;

export const prometheusImage = {
  name: 'prometheus',
  ref: `quay.io/prometheus/prometheus:v${tools.prometheus.version}`,
  binaries: [{ tool: 'prometheus', path: '/bin/prometheus' }],
  files: { ...nobody, '/etc/prometheus/prometheus.yml': defaultConfig },
  dirs: [
    { path: '/prometheus', owner: '65534:65534', mode: 0o755 },
    { path: '/tmp', owner: '0:0', mode: 0o1777 },
  ],
  config: {
    user: '65534:65534',
    entrypoint: ['/bin/prometheus'],
    cmd: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus'],
    workingDir: '/prometheus',
    exposedPorts: ['9090/tcp'],
    labels: { 'org.opencontainers.image.title': 'Prometheus (ml-platform-charts local cluster; API only, no web UI assets)', 'org.opencontainers.image.version': tools.prometheus.version },
  },
} satisfies ScratchImage;

export const configReloaderImage = {
  name: 'prometheus-config-reloader',
  ref: `quay.io/prometheus-operator/prometheus-config-reloader:v${tools['prometheus-operator'].version}`,
  binaries: [{ tool: 'prometheus-operator', bin: 'prometheus-config-reloader', path: '/bin/prometheus-config-reloader' }],
  files: nobody,
  config: {
    user: '65534:65534',
    entrypoint: ['/bin/prometheus-config-reloader'],
    workingDir: '/',
    labels: { 'org.opencontainers.image.title': 'prometheus-config-reloader (ml-platform-charts local cluster)', 'org.opencontainers.image.version': tools['prometheus-operator'].version },
  },
} satisfies ScratchImage;

/**
 * kube-state-metrics' Dockerfile: distroless static, the binary at /kube-state-metrics, USER nobody,
 * ENTRYPOINT ["/kube-state-metrics", "--port=8080", "--telemetry-port=8081"], EXPOSE 8080 8081.
 */
export const kubeStateMetricsImage = {
  name: 'kube-state-metrics',
  ref: `registry.k8s.io/kube-state-metrics/kube-state-metrics:v${tools['kube-state-metrics'].version}`,
  binaries: [{ tool: 'kube-state-metrics', path: '/kube-state-metrics' }],
  files: nobody,
  dirs: [{ path: '/tmp', owner: '0:0', mode: 0o1777 }],
  config: {
    user: '65534:65534',
    entrypoint: ['/kube-state-metrics', '--port=8080', '--telemetry-port=8081'],
    workingDir: '/',
    exposedPorts: ['8080/tcp', '8081/tcp'],
    labels: { 'org.opencontainers.image.title': 'kube-state-metrics (ml-platform-charts local cluster)', 'org.opencontainers.image.version': tools['kube-state-metrics'].version },
  },
} satisfies ScratchImage;

export const monitoringImages = [prometheusImage, configReloaderImage, kubeStateMetricsImage];
