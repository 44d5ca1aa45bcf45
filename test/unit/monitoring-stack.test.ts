import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessPoints, portForwardCommand } from '../../scripts/lib/cluster/access.ts';
import { kubeStateMetricsResources, rayClusterStateConfig, rayClusterStateConfigPath } from '../../scripts/lib/cluster/monitoring/kube-state-metrics.ts';
import { monitoringNamespace, monitoringResources, prometheusName, rendersMonitoring, selectedBy } from '../../scripts/lib/cluster/monitoring/resources.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import { type Manifest, flowAllowed, ofKind, scrapeTargets } from '../../scripts/lib/manifests/index.ts';
import { localLayers, monitoringLayer, profileFile, realNodeLayer } from '../../scripts/lib/scenarios/index.ts';
import { prometheusModuleVersion, tools } from '../../scripts/lib/tools/catalog.ts';
import { pinnedVersion } from '../../scripts/lib/tools/gomodules.ts';

/**
 * The local monitoring stack (scripts/lib/cluster/monitoring): what it selects, where its pods run and
 * how users reach it, checked against what the charts render. The live tier (real-monitoring.test.ts)
 * proves the same against the running Prometheus.
 */
const resources = monitoringResources();
const prometheus = resources.find((r) => r.kind === 'Prometheus') as { spec: Record<string, any> };
const render_ = (files: string[]) => render('ml-platform', { values: files, release: 'ml-platform', namespace: 'ml-platform' });
const monitorKinds = ['ServiceMonitor', 'PodMonitor', 'PrometheusRule'];

describe('the Prometheus of the local monitoring stack', () => {
  it('is built from the Prometheus module version of the catalog\'s release (3.NN.M is module v0.3NN.M)', () => {
    expect(prometheusModuleVersion('3.16.0')).toBe('v0.316.0');
    expect(pinnedVersion('prometheus', 'github.com/prometheus/prometheus')).toBe(prometheusModuleVersion(tools.prometheus.version));
    expect(prometheus.spec.image).toBe(`quay.io/prometheus/prometheus:v${tools.prometheus.version}`);
  });

  it('selects monitors and rules by kube-prometheus-stack\'s default label, in every namespace', () => {
    expect(selectedBy).toEqual({ release: 'kube-prometheus-stack' });
    for (const key of ['serviceMonitor', 'podMonitor', 'rule']) {
      expect(prometheus.spec[`${key}Selector`]).toEqual({ matchLabels: selectedBy });
      expect(prometheus.spec[`${key}NamespaceSelector`]).toEqual({});
    }
  });

  it('prod with the monitoring layer: every monitor and rule carries the label the Prometheus selects by; without the layer none does', async () => {
    const labelled = (docs: Manifest[]) => docs.filter((d) => monitorKinds.includes(d.kind)).map((d) => `${d.kind}/${d.metadata.name}: ${d.metadata.labels?.release ?? '(none)'}`);
    const withLayer = await render_([profileFile('prod'), realNodeLayer, monitoringLayer]);
    expect(rendersMonitoring(withLayer)).toBe(true);
    const all = labelled(withLayer);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.filter((l) => !l.endsWith(': kube-prometheus-stack'))).toEqual([]);
    expect(labelled(await render_([profileFile('prod'), realNodeLayer])).filter((l) => l.endsWith(': kube-prometheus-stack'))).toEqual([]);
  });

  it('prod with the monitoring layer: no endpoint asks for a scrape timeout longer than its interval (Prometheus refuses the configuration)', async () => {
    const seconds = (d: string) => Number(/^(\d+)s$/.exec(d)?.[1] ?? Number.NaN);
    const docs = await render_([profileFile('prod'), realNodeLayer, monitoringLayer]);
    const endpoints = [...ofKind(docs, 'ServiceMonitor'), ...ofKind(docs, 'PodMonitor')].flatMap((m) => [...((m.spec as any).endpoints ?? []), ...((m.spec as any).podMetricsEndpoints ?? [])].map((e: any) => ({ m: m.metadata.name, ...e })));
    const tooLong = endpoints.filter((e) => e.scrapeTimeout && seconds(e.scrapeTimeout) > seconds(e.interval ?? prometheus.spec.scrapeInterval));
    expect(tooLong.map((e) => `${e.m}: ${e.scrapeTimeout} > ${e.interval}`)).toEqual([]);
  });

  it('its pods are the scrapers the charts admit by default: every metrics port of prod is open to them through the NetworkPolicies', async () => {
    const docs = await render_([profileFile('prod'), realNodeLayer, monitoringLayer]);
    const pod = { labels: prometheus.spec.podMetadata.labels, namespace: monitoringNamespace, ports: [] };
    const targets = scrapeTargets(docs);
    expect(targets.length).toBeGreaterThan(0);
    const refused = targets.filter((t) => !flowAllowed(docs, pod, { labels: t.pod.labels, namespace: t.pod.owner.metadata.namespace ?? 'ml-platform', ports: [t.containerPort] }, { number: t.containerPort.containerPort }).ingress);
    expect(refused.map((t) => `${t.monitor.metadata.name} → ${t.pod.owner.metadata.name}:${t.containerPort.containerPort}`)).toEqual([]);
  });

  it('the status page links it: one port-forward to the kube-prometheus-stack Service, answering /-/ready', () => {
    const services = resources.filter((r) => r.kind === 'Service') as never[];
    const [point] = accessPoints(services);
    expect(point).toMatchObject({ kind: 'prometheus', namespace: monitoringNamespace, service: prometheusName, port: 9090, use: 'http://localhost:9090/-/ready' });
    expect(portForwardCommand(point!)).toBe('kubectl -n monitoring port-forward svc/kube-prometheus-stack-prometheus 9090:9090');
  });
});

describe('the local layers up adds after the profile', () => {
  it('the monitoring layer comes after the real-node layer, only when the stack runs, and only on the real node', () => {
    expect(localLayers({ realNode: true, monitoring: true })).toEqual([realNodeLayer, monitoringLayer]);
    expect(localLayers({ realNode: true })).toEqual([realNodeLayer]);
    expect(localLayers({ monitoring: true })).toEqual([]);
  });
});

describe('the kube-state-metrics of the local monitoring stack', () => {
  const ksm = kubeStateMetricsResources();
  const ofKindHere = (kind: string) => ksm.filter((r) => r.kind === kind) as { metadata: { labels?: Record<string, string> }; spec: Record<string, any>; data?: Record<string, string> }[];
  const [rayClusters] = rayClusterStateConfig().spec.resources;

  it('is built from the module version the catalog pins, and its image is named by the upstream reference', () => {
    expect(pinnedVersion('kube-state-metrics', 'k8s.io/kube-state-metrics/v2')).toBe(`v${tools['kube-state-metrics'].version}`);
    const [deployment] = ofKindHere('Deployment');
    expect(deployment!.spec.template.spec.containers[0].image).toBe(`registry.k8s.io/kube-state-metrics/kube-state-metrics:v${tools['kube-state-metrics'].version}`);
  });

  it('runs the chart\'s RayCluster configuration, the file users are told to give their kube-state-metrics', () => {
    const [configMap] = ofKindHere('ConfigMap');
    expect(configMap!.data!['rayclusters.yaml']).toBe(readFileSync(rayClusterStateConfigPath, 'utf8'));
    const [deployment] = ofKindHere('Deployment');
    const container = deployment!.spec.template.spec.containers[0];
    const mount = container.volumeMounts.find((m: { name: string }) => m.name === 'config');
    expect(container.args).toContain(`--custom-resource-state-config-file=${mount.mountPath}/rayclusters.yaml`);
    expect(rayClusters!.groupVersionKind).toEqual({ group: 'ray.io', version: 'v1', kind: 'RayCluster' });
  });

  it('is scraped as kube-prometheus-stack scrapes it: selected by its release label, honouring the object\'s namespace and name', () => {
    const [monitor] = ofKindHere('ServiceMonitor');
    expect(monitor!.metadata.labels).toMatchObject(selectedBy);
    expect(monitor!.spec.endpoints).toEqual([{ port: 'http', honorLabels: true }]);
  });

  it('gives every kube_customresource_* metric the alerts use, with the labels their expressions name', async () => {
    const docs = await render('ml-observability', { valuesObject: { prometheusRule: { enabled: true } }, release: 'obs', namespace: 'ml-platform' });
    const exprs = ofKind(docs, 'PrometheusRule').flatMap((r) => (r.spec as { groups: { rules: { alert?: string; expr: string }[] }[] }).groups.flatMap((g) => g.rules));
    const used = exprs.flatMap((r) => [...r.expr.matchAll(/\b(kube_customresource_\w+)\{([^}]*)\}/g)].map((m) => ({ alert: r.alert, metric: m[1]!, labels: [...m[2]!.matchAll(/(\w+)\s*=~?/g)].map((l) => l[1]!) })));
    expect(used.map((u) => u.alert)).toContain('RayClusterNodeDown');
    const prefix = rayClusters!.metricNamePrefix ?? 'kube_customresource';
    const defined = rayClusters!.metrics.map((m) => `${prefix}_${m.name}`);
    for (const u of used) {
      expect(defined, `${u.alert} uses ${u.metric}`).toContain(u.metric);
      expect(Object.keys(rayClusters!.labelsFromPath), `${u.alert}: the labels of ${u.metric}`).toEqual(expect.arrayContaining([...u.labels, 'namespace', 'name']));
    }
    // The status fields KubeRay writes (its CRD's schema names them).
    expect(rayClusters!.metrics.map((m) => m.each.gauge.path)).toEqual([['status', 'desiredWorkerReplicas'], ['status', 'readyWorkerReplicas']]);
  });
});
