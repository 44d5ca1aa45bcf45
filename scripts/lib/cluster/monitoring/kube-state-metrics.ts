import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartPath } from '../../helm/chart-files.ts';
import { kubeStateMetricsImage } from '../../images/monitoring-images.ts';
import { monitoringNamespace, selectedBy, stackRelease } from './resources.ts';

/**
 * kube-state-metrics in the local monitoring stack, as kube-prometheus-stack deploys it (release
 * `kube-prometheus-stack`: Deployment and Service `kube-prometheus-stack-kube-state-metrics`, port `http`
 * 8080, a ServiceMonitor with honorLabels so that a series keeps the namespace and pod of the object it
 * describes), with the custom resource state configuration the ml-observability chart ships for RayClusters
 * (what its RayClusterNodeDown alert reads). Only the resources the charts' alerts and dashboards use are
 * collected: pods, deployments and the RayClusters.
 */
export const kubeStateMetricsName = `${stackRelease}-kube-state-metrics`;

/** The chart's file: the one configuration users give their kube-state-metrics, and the one this stack runs. */
export const rayClusterStateConfigPath = join(chartPath('ml-observability'), 'files', 'kube-state-metrics', 'rayclusters.yaml');

/** The chart's custom resource state configuration, as kube-state-metrics reads it (the fields this project uses). */
export interface CustomResourceStateConfig {
  kind: 'CustomResourceStateMetrics';
  spec: {
    resources: {
      groupVersionKind: { group: string; version: string; kind: string };
      labelsFromPath: Record<string, string[]>;
      metricNamePrefix?: string;
      metrics: { name: string; help: string; each: { type: string; gauge: { path: string[] } } }[];
    }[];
  };
}

export const rayClusterStateConfigText = (): string => readFileSync(rayClusterStateConfigPath, 'utf8');
export const rayClusterStateConfig = (): CustomResourceStateConfig => parse(rayClusterStateConfigText()) as CustomResourceStateConfig;

/** The Kubernetes resources kube-state-metrics collects here (`--resources`), with what it lists and watches for them. */
const collected = [
  { flag: 'pods', apiGroup: '', resource: 'pods' },
  { flag: 'deployments', apiGroup: 'apps', resource: 'deployments' },
];

/** What its Deployment, Service and ServiceMonitor select its pods by. */
export const kubeStateMetricsSelector = { 'app.kubernetes.io/name': 'kube-state-metrics', 'app.kubernetes.io/instance': stackRelease };
const labels = { ...kubeStateMetricsSelector, 'app.kubernetes.io/part-of': 'mlp-local-monitoring' };

export function kubeStateMetricsResources(): Record<string, unknown>[] {
  const meta = (extra: Record<string, unknown> = {}) => ({ name: kubeStateMetricsName, namespace: monitoringNamespace, labels, ...extra });
  const { namespace: _, ...clusterMeta } = meta();
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta() },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: clusterMeta,
      rules: [
        ...collected.map((c) => ({ apiGroups: [c.apiGroup], resources: [c.resource], verbs: ['list', 'watch'] })),
        // Custom resource state: the CRDs (to find the configured kinds) and the RayClusters themselves.
        { apiGroups: ['apiextensions.k8s.io'], resources: ['customresourcedefinitions'], verbs: ['list', 'watch'] },
        { apiGroups: ['ray.io'], resources: ['rayclusters'], verbs: ['list', 'watch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: clusterMeta,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: kubeStateMetricsName },
      subjects: [{ kind: 'ServiceAccount', name: kubeStateMetricsName, namespace: monitoringNamespace }],
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(), data: { 'rayclusters.yaml': rayClusterStateConfigText() } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(),
      spec: {
        replicas: 1,
        selector: { matchLabels: kubeStateMetricsSelector },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: kubeStateMetricsName,
            securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'kube-state-metrics',
                image: kubeStateMetricsImage.ref,
                imagePullPolicy: 'IfNotPresent',
                // The image's entrypoint sets the ports; these add what is collected.
                args: [`--resources=${collected.map((c) => c.flag).join(',')}`, '--custom-resource-state-config-file=/etc/kube-state-metrics/rayclusters.yaml'],
                ports: [{ name: 'http', containerPort: 8080 }, { name: 'telemetry', containerPort: 8081 }],
                readinessProbe: { httpGet: { path: '/readyz', port: 8081 }, periodSeconds: 5 },
                livenessProbe: { httpGet: { path: '/livez', port: 8080 }, periodSeconds: 10 },
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { memory: '256Mi' } },
                volumeMounts: [{ name: 'config', mountPath: '/etc/kube-state-metrics', readOnly: true }],
              },
            ],
            volumes: [{ name: 'config', configMap: { name: kubeStateMetricsName } }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(),
      spec: { selector: kubeStateMetricsSelector, ports: [{ name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' }] },
    },
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { ...meta(), labels: { ...labels, ...selectedBy } },
      spec: {
        selector: { matchLabels: kubeStateMetricsSelector },
        endpoints: [{ port: 'http', honorLabels: true }],
      },
    },
  ];
}
