import type { Manifest } from '../../manifests/index.ts';
import { tools } from '../../tools/catalog.ts';
import { configReloaderImage, prometheusImage } from '../../images/monitoring-images.ts';

/**
 * The local cluster's monitoring stack, as kube-prometheus-stack lays it out with its defaults when
 * installed as release `kube-prometheus-stack` in namespace `monitoring`: one Prometheus named
 * `kube-prometheus-stack-prometheus` (pods labelled app.kubernetes.io/name=prometheus, outside the mesh),
 * selecting ServiceMonitors, PodMonitors and PrometheusRules labelled `release: kube-prometheus-stack`
 * in every namespace (the chart's `*SelectorNilUsesHelmValues: true` default), and a Service of that
 * name with port `http-web` 9090. The charts' default `metrics.scrapers` name exactly these pods; their
 * READMEs name the label (`metrics.*Monitor.labels`, `monitors.labels`, `prometheusRule.labels`).
 */
export const monitoringNamespace = 'monitoring';
export const stackRelease = 'kube-prometheus-stack';
export const prometheusName = `${stackRelease}-prometheus`;
/** What the Prometheus selects monitors and rules by. */
export const selectedBy = { release: stackRelease };
export const prometheusPort = 9090;

/** Scrape and rule evaluation interval of the local Prometheus: small, so that live checks take seconds. */
export const evaluationInterval = '5s';

const labels = { 'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': stackRelease, 'app.kubernetes.io/part-of': 'mlp-local-monitoring' };

/** What Prometheus reads to discover and scrape targets (kube-prometheus-stack's prometheus ClusterRole). */
const discoveryRules = [
  { apiGroups: [''], resources: ['nodes', 'nodes/metrics', 'services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
  { nonResourceURLs: ['/metrics', '/metrics/cadvisor'], verbs: ['get'] },
];

/** The Prometheus CR, its RBAC and its Service (the operator makes the StatefulSet and the headless `prometheus-operated`). */
export function monitoringResources(): Record<string, unknown>[] {
  const everyNamespace = {};
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: prometheusName, namespace: monitoringNamespace, labels } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: prometheusName, labels }, rules: discoveryRules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: prometheusName, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: prometheusName },
      subjects: [{ kind: 'ServiceAccount', name: prometheusName, namespace: monitoringNamespace }],
    },
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'Prometheus',
      metadata: { name: prometheusName, namespace: monitoringNamespace, labels },
      spec: {
        // Explicit: the stand-in imported into the real node under the upstream reference (monitoring-images.ts).
        image: prometheusImage.ref,
        version: `v${tools.prometheus.version}`,
        replicas: 1,
        serviceAccountName: prometheusName,
        podMetadata: { labels },
        serviceMonitorSelector: { matchLabels: selectedBy },
        serviceMonitorNamespaceSelector: everyNamespace,
        podMonitorSelector: { matchLabels: selectedBy },
        podMonitorNamespaceSelector: everyNamespace,
        ruleSelector: { matchLabels: selectedBy },
        ruleNamespaceSelector: everyNamespace,
        probeSelector: { matchLabels: selectedBy },
        scrapeConfigSelector: { matchLabels: selectedBy },
        scrapeInterval: evaluationInterval,
        evaluationInterval,
        retention: '2h',
        // Pod Security `restricted`: the upstream image's user (nobody), seccomp, no escalation (the operator drops capabilities).
        securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
        resources: { requests: { cpu: '50m', memory: '256Mi' }, limits: { memory: '1Gi' } },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: prometheusName, namespace: monitoringNamespace, labels },
      spec: {
        selector: { 'app.kubernetes.io/name': 'prometheus', 'operator.prometheus.io/name': prometheusName },
        ports: [{ name: 'http-web', port: prometheusPort, targetPort: 'web', protocol: 'TCP' }],
      },
    },
  ];
}

/** The operator's flags for the images it puts in the Prometheus pods (the reloader sidecar and init container). */
export const operatorImageFlags = [`--prometheus-config-reloader=${configReloaderImage.ref}`];

/** Does a rendering hold monitors or rules for a prometheus-operator (what the local monitoring stack is for)? */
export function rendersMonitoring(manifests: Manifest[]): boolean {
  return manifests.some((m) => m.apiVersion?.startsWith('monitoring.coreos.com/') && ['ServiceMonitor', 'PodMonitor', 'PrometheusRule'].includes(m.kind));
}
