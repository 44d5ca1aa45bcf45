import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPath } from '../../../scripts/lib/helm/chart-files.ts';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../../scripts/lib/helm/render.ts';
import { type Manifest, find, get, ofKind } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { knownMetrics, metricsTable, parsePromql, unknownMetrics, withMetricsTable, withoutGrafanaVariables } from '../../../scripts/lib/promql/index.ts';
import { loadCrds } from '../../../scripts/lib/schema/crd.ts';
import { chartDefaults } from '../../../scripts/lib/schema/values.ts';
import { invalidValues } from '../../support/values.ts';

const chart = 'ml-observability';
const monitoringApi = ['monitoring.coreos.com/v1'];
const ci = (file: string) => join(chartPath(chart), 'ci', file);

interface Rule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

const rulesOf = (docs: Manifest[]): Rule[] => (get(docs, 'PrometheusRule').spec as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);
const ruleOf = (docs: Manifest[], alert: string): Rule => {
  const rule = rulesOf(docs).find((r) => r.alert === alert);
  if (!rule) throw new Error(`no rule ${alert}`);
  return rule;
};

interface Panel {
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: { expr: string; datasource?: { uid?: string } }[];
  panels?: Panel[];
}
interface Dashboard {
  uid: string;
  title: string;
  templating: { list: { name: string; type: string; query?: unknown; datasource?: { uid?: string } }[] };
  panels: Panel[];
}
const dashboardsOf = (docs: Manifest[]): Map<string, Dashboard> => {
  const out = new Map<string, Dashboard>();
  for (const cm of ofKind(docs, 'ConfigMap')) {
    for (const [file, text] of Object.entries((cm.data ?? {}) as Record<string, string>)) out.set(`${cm.metadata.name}/${file}`, JSON.parse(text) as Dashboard);
  }
  return out;
};
const panelsOf = (d: Dashboard): Panel[] => d.panels.flatMap((p) => [p, ...(p.panels ?? [])]);

let defaults: Manifest[];
beforeAll(async () => {
  defaults = await render(chart, { apiVersions: monitoringApi });
});

describe('ml-observability PrometheusRule', () => {
  it('holds at least ten alerts, including the original deployment ones', () => {
    const names = rulesOf(defaults).map((r) => r.alert);
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names).toEqual(expect.arrayContaining(['RayServeHighLatency', 'RayServeHighErrorRate', 'RayClusterNodeDown', 'FeastServerDown', 'FeastHighFeatureLatency', 'ModelPredictionFailures', 'MLflowServerDown', 'MLflowHighErrorRate', 'RayHeadUnavailable', 'RayWorkersPendingTooLong', 'RayObjectStorePressure', 'RayGPUIdle', 'RayGPUMemorySaturation']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every alert a severity, summary, description and a runbook in docs/runbooks', () => {
    const base = String((chartDefaults(chart).alerts as Record<string, unknown>).runbookBaseUrl);
    for (const rule of rulesOf(defaults)) {
      expect(['critical', 'warning', 'info'], rule.alert).toContain(rule.labels.severity);
      expect(rule.annotations.summary, rule.alert).toMatch(/\S/);
      expect(rule.annotations.description, rule.alert).toMatch(/\S/);
      expect(rule.annotations.runbook_url).toBe(`${base}/${rule.alert}.md`);
      const runbook = join(repoRoot, 'docs', 'runbooks', `${rule.alert}.md`);
      expect(existsSync(runbook), `${runbook} is missing`).toBe(true);
      const text = readFileSync(runbook, 'utf8');
      expect(text, `${rule.alert} runbook title`).toMatch(new RegExp(`^# ${rule.alert}\\b`));
      for (const section of ['## Meaning', '## Impact', '## Diagnosis', '## Mitigation']) expect(text, `${rule.alert} runbook needs ${section}`).toContain(section);
    }
  });

  it('has no runbook without an alert', () => {
    const alerts = new Set(rulesOf(defaults).map((r) => r.alert));
    const runbooks = readdirSync(join(repoRoot, 'docs', 'runbooks')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    expect(runbooks.filter((r) => !alerts.has(r))).toEqual([]);
  });

  it('writes every expression in PromQL that parses and uses only metrics known exporters emit', () => {
    for (const rule of rulesOf(defaults)) {
      const parsed = parsePromql(rule.expr);
      expect(parsed.errors, `${rule.alert}: ${rule.expr}`).toEqual([]);
      expect(parsed.metrics.length, rule.alert).toBeGreaterThan(0);
      expect(unknownMetrics(parsed.metrics), rule.alert).toEqual([]);
    }
  });

  it('puts the configured thresholds, durations, severities and labels into the rules', async () => {
    const docs = await render(chart, { values: [ci('tuned-values.yaml')], apiVersions: monitoringApi });
    const latency = ruleOf(docs, 'RayServeHighLatency');
    expect(latency.expr).toMatch(/histogram_quantile\(0\.99, .*ray_serve_http_request_latency_ms_bucket.*\) > 250$/);
    expect(latency.for).toBe('10m');
    expect(latency.labels).toEqual({ severity: 'critical', pager: 'true', team: 'ml-platform' });
    expect(latency.annotations.runbook_url).toBe('https://git.example.org/platform/ml-platform-charts/-/blob/main/docs/runbooks/RayServeHighLatency.md');
    expect(ruleOf(docs, 'RayServeHighErrorRate').expr).toContain('error_code=~"5..|429"');
    expect(ruleOf(docs, 'FeastHighFeatureLatency').expr).toMatch(/endpoint=~"\/get-online-features\|\/push".* \* 1000 > 25$/);
    expect(ruleOf(docs, 'RayGPUIdle').for).toBe('1h30m');
    expect(get(docs, 'PrometheusRule').metadata.labels?.release).toBe('kube-prometheus-stack');
  });

  it('matches the original thresholds by default', () => {
    expect(ruleOf(defaults, 'RayServeHighLatency')).toMatchObject({ for: '5m' });
    expect(ruleOf(defaults, 'RayServeHighLatency').expr).toMatch(/> 100$/);
    expect(ruleOf(defaults, 'RayServeHighErrorRate').expr).toMatch(/^100 \* .* > 5$/);
    expect(ruleOf(defaults, 'RayClusterNodeDown').for).toBe('2m');
    expect(ruleOf(defaults, 'FeastServerDown').for).toBe('2m');
    expect(ruleOf(defaults, 'FeastHighFeatureLatency').expr).toMatch(/histogram_quantile\(0\.95,.*\* 1000 > 10$/);
  });

  it('selects series with the configured target matchers', async () => {
    const docs = await render(chart, { apiVersions: monitoringApi, valuesObject: { targets: { ray: 'job="ml/ray"', rayHead: 'job="ml/ray", pod=~".+-head-.+"', rayCluster: 'team="ml"', feast: 'job="feast"', mlflow: 'job="mlflow"' } } });
    expect(ruleOf(docs, 'RayClusterNodeDown').expr).toMatch(/ or up\{job="ml\/ray"\} == 0$/);
    expect(ruleOf(docs, 'RayClusterNodeDown').expr).toContain('max by (namespace, name) (kube_customresource_raycluster_desired_worker_replicas{team="ml"})');
    expect(ruleOf(docs, 'RayHeadUnavailable').expr).toBe('absent(up{job="ml/ray", pod=~".+-head-.+"} == 1)');
    expect(ruleOf(docs, 'FeastServerDown').expr).toBe('absent(up{job="feast"} == 1)');
    expect(ruleOf(docs, 'MLflowHighErrorRate').expr).toContain('mlflow_http_request_total{job="mlflow", status=~"5.."}');
    for (const rule of rulesOf(docs)) expect(rule.expr, rule.alert).not.toMatch(/\.\*ray\.\*|\.\*feast\.\*|\.\*mlflow\.\*/);
  });

  it('drops a disabled alert, and a group left empty', async () => {
    const docs = await render(chart, { apiVersions: monitoringApi, valuesObject: { alerts: { MLflowServerDown: { enabled: false }, MLflowHighErrorRate: { enabled: false }, RayGPUIdle: { enabled: false } } } });
    const groups = (get(docs, 'PrometheusRule').spec as { groups: { name: string }[] }).groups.map((g) => g.name);
    expect(groups).toEqual(['ml-platform.ray-serve', 'ml-platform.ray-cluster', 'ml-platform.gpu', 'ml-platform.feast']);
    expect(rulesOf(docs).map((r) => r.alert)).not.toContain('RayGPUIdle');
    expect(rulesOf(docs)).toHaveLength(12);
  });

  it('renders the rule only when the monitoring API is there or it is forced', async () => {
    const [none, forced, global, off] = await Promise.all([
      render(chart),
      render(chart, { set: { 'prometheusRule.enabled': true } }),
      render(chart, { valuesObject: { global: { monitoring: { enabled: true } } } }),
      render(chart, { apiVersions: monitoringApi, set: { 'prometheusRule.enabled': false } }),
    ]);
    expect(find(none, 'PrometheusRule')).toBeUndefined();
    expect(find(forced, 'PrometheusRule')).toBeDefined();
    expect(find(global, 'PrometheusRule')).toBeDefined();
    expect(find(off, 'PrometheusRule')).toBeUndefined();
  });

  it('renders the same rules with Helm 3 and Helm 4', async () => {
    const helm3 = await render(chart, { apiVersions: monitoringApi, helm: 3 });
    expect(get(helm3, 'PrometheusRule').spec).toEqual(get(defaults, 'PrometheusRule').spec);
  });
});

describe('ml-observability kube-state-metrics configuration', () => {
  const file = join(chartPath(chart), 'files', 'kube-state-metrics', 'rayclusters.yaml');

  it('renders the RayCluster custom resource state file as a ConfigMap only when asked', async () => {
    expect(ofKind(await render(chart), 'ConfigMap').map((c) => c.metadata.name).filter((n) => n.includes('kube-state-metrics'))).toEqual([]);
    const docs = await render(chart, { valuesObject: { kubeStateMetricsConfig: { enabled: true } }, release: 'obs', namespace: 'ml' });
    const [config] = ofKind(docs, 'ConfigMap').filter((c) => c.metadata.name.includes('kube-state-metrics'));
    expect(config?.metadata.namespace).toBe('ml');
    expect((config as unknown as { data: Record<string, string> }).data['rayclusters.yaml']).toBe(readFileSync(file, 'utf8'));
  });
});

describe('ml-observability dashboards', () => {
  it('renders one ConfigMap per dashboard with the sidecar label and folder annotation', () => {
    const maps = ofKind(defaults, 'ConfigMap');
    expect(maps.map((m) => m.metadata.name).sort()).toEqual(['test-ml-observability-dashboard-mlflow', 'test-ml-observability-dashboard-ray-feast']);
    for (const m of maps) {
      expect(m.metadata.labels?.grafana_dashboard).toBe('1');
      expect(Object.keys(m.data as object)).toHaveLength(1);
    }
    expect(get(defaults, 'ConfigMap', 'test-ml-observability-dashboard-ray-feast').metadata.annotations).toEqual({ grafana_folder: 'ML Platform - Ray & Feast' });
    expect(get(defaults, 'ConfigMap', 'test-ml-observability-dashboard-mlflow').metadata.annotations).toEqual({ grafana_folder: 'ML Platform - MLflow' });
  });

  it('takes the label, folder annotation key and switches from values', async () => {
    const tuned = await render(chart, { values: [ci('tuned-values.yaml')] });
    for (const m of ofKind(tuned, 'ConfigMap')) {
      expect(m.metadata.labels).toMatchObject({ grafana_dashboard: '1', team: 'ml-platform' });
      expect(Object.keys(m.metadata.annotations ?? {})).toEqual(['k8s-sidecar-target-directory']);
    }
    const [off, oneOff] = await Promise.all([render(chart, { set: { 'dashboards.enabled': false } }), render(chart, { values: [ci('monitors-values.yaml')] })]);
    expect(ofKind(off, 'ConfigMap')).toEqual([]);
    expect(ofKind(oneOff, 'ConfigMap').map((m) => m.metadata.name)).toEqual(['test-ml-observability-dashboard-ray-feast']);
  });

  it('covers latency P95/P99, request rate, error rate, cluster health, CPU/memory and GPU', () => {
    const rayFeast = [...dashboardsOf(defaults).values()].find((d) => d.title === 'ML Platform - Ray & Feast')!;
    const exprs = panelsOf(rayFeast).flatMap((p) => p.targets ?? []).map((t) => t.expr).join('\n');
    for (const needle of ['histogram_quantile(0.95', 'histogram_quantile(0.99', 'ray_serve_num_http_requests_total', 'ray_serve_num_http_error_requests_total', 'autoscaler_active_nodes', 'ray_node_cpu_utilization', 'ray_node_mem_used', 'ray_node_gpus_utilization', 'feast_feature_server_request_latency_seconds_bucket']) {
      expect(exprs).toContain(needle);
    }
    const mlflow = [...dashboardsOf(defaults).values()].find((d) => d.title === 'ML Platform - MLflow')!;
    expect(panelsOf(mlflow).flatMap((p) => p.targets ?? []).map((t) => t.expr).join('\n')).toContain('mlflow_http_request_total');
  });

  it('uses a datasource variable and no hard-coded data source uid', () => {
    for (const [name, d] of dashboardsOf(defaults)) {
      const variable = d.templating.list.find((v) => v.name === 'datasource');
      expect(variable, name).toMatchObject({ type: 'datasource', query: 'prometheus' });
      for (const v of d.templating.list.filter((x) => x.datasource)) expect(v.datasource?.uid, `${name} variable ${v.name}`).toBe('${datasource}');
      for (const panel of panelsOf(d).filter((p) => p.type !== 'row')) {
        expect(panel.datasource?.uid, `${name}: ${panel.title}`).toBe('${datasource}');
        for (const t of panel.targets ?? []) expect(t.datasource?.uid ?? '${datasource}', `${name}: ${panel.title}`).toBe('${datasource}');
      }
      expect(JSON.stringify(d)).not.toMatch(/"uid":\s*"(?!\$\{datasource\}|ml-platform-)[^"]*"/);
    }
  });

  it('writes every panel query in PromQL that parses and uses only known metrics', () => {
    let count = 0;
    for (const [name, d] of dashboardsOf(defaults)) {
      const queries = [
        ...panelsOf(d).flatMap((p) => (p.targets ?? []).map((t) => ({ where: `${name}: ${p.title}`, expr: t.expr }))),
        ...d.templating.list.filter((v) => v.type === 'query').map((v) => ({ where: `${name}: variable ${v.name}`, expr: String((v.query as { query: string }).query).replace(/^label_values\((.*), *\w+\)$/, '$1') })),
      ];
      for (const q of queries) {
        const parsed = parsePromql(withoutGrafanaVariables(q.expr));
        expect(parsed.errors, `${q.where}: ${q.expr}`).toEqual([]);
        expect(unknownMetrics(parsed.metrics), q.where).toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
  });
});

describe('ml-observability monitors', () => {
  it('renders none by default: Ray, Feast and MLflow monitors belong to their charts', () => {
    expect(ofKind(defaults, 'ServiceMonitor')).toEqual([]);
    expect(ofKind(defaults, 'PodMonitor')).toEqual([]);
  });

  it('renders the opt-in monitors for targets no chart owns', async () => {
    const docs = await render(chart, { values: [ci('monitors-values.yaml')] });
    const operator = get(docs, 'ServiceMonitor', 'test-ml-observability-kuberay-operator');
    expect(operator.spec).toMatchObject({ namespaceSelector: { matchNames: ['kuberay-system'] }, selector: { matchLabels: { 'app.kubernetes.io/name': 'kuberay-operator' } }, endpoints: [{ port: 'http', path: '/metrics' }] });
    expect(operator.metadata.labels?.release).toBe('kube-prometheus-stack');
    expect(get(docs, 'ServiceMonitor', 'test-ml-observability-dcgm-exporter').spec).toMatchObject({ namespaceSelector: { matchNames: ['gpu-operator'] }, endpoints: [{ port: 'gpu-metrics' }] });
  });

  it('fails with the value path when a monitor is on but the API is missing, or selects everything', async () => {
    const noApi = await tryRender(chart, { set: { 'monitors.dcgmExporter.enabled': true } });
    expect(noApi.ok).toBe(false);
    if (!noApi.ok) expect(errorValuePaths(noApi.error.stderr)).toContain('monitors.dcgmExporter.enabled');
    const empty = await tryRender(chart, { apiVersions: monitoringApi, valuesObject: invalidValues(chart, { monitors: { kuberayOperator: { enabled: true, selector: { 'app.kubernetes.io/name': null } } } }) });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(errorValuePaths(empty.error.stderr)).toContain('monitors.kuberayOperator.selector');
  });
});

describe('ml-observability values schema', () => {
  it.each([
    [{ alerts: { RayServeHighLatency: { severity: 'page' } } }, 'alerts.RayServeHighLatency.severity'],
    [{ alerts: { FeastServerDown: { for: '2 minutes' } } }, 'alerts.FeastServerDown.for'],
    [{ alerts: { RayServeHighErrorRate: { thresholdPercent: 150 } } }, 'alerts.RayServeHighErrorRate.thresholdPercent'],
    [{ alerts: { RayGPUIdle: { thresholdPercent: 0 } } }, 'alerts.RayGPUIdle.thresholdPercent'],
    [{ alerts: { runbookBaseUrl: 'docs/runbooks' } }, 'alerts.runbookBaseUrl'],
    [{ targets: { ray: '{job="ray"}' } }, 'targets.ray'],
    [{ alerts: { RayServeHighLatency: { threshold: 100 } } }, 'alerts.RayServeHighLatency.threshold'],
  ])('rejects %j naming %s', async (valuesObject, path) => {
    for (const helm of [3, 4] as const) {
      const result = await tryRender(chart, { valuesObject: invalidValues(chart, valuesObject), helm });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(errorValuePaths(result.error.stderr)).toContain(path);
    }
  });
});

describe('ml-observability policies and README', () => {
  it.each(['', 'tuned-values.yaml', 'monitors-values.yaml'])('passes every policy (values: %s)', async (file) => {
    const docs = await render(chart, { values: file ? [ci(file)] : [], apiVersions: ['monitoring.coreos.com/v1', 'security.istio.io/v1'] });
    expect(docs.length).toBeGreaterThan(0);
    expect(docs).toPassPolicies({ mesh: { required: true } });
  });

  it('has a ci values file for each test scenario in ci/', () => {
    expect(readdirSync(join(chartPath(chart), 'ci')).sort()).toEqual(['monitors-values.yaml', 'tuned-values.yaml']);
  });

  it('carries the metrics table generated from the catalog', () => {
    const readme = readFileSync(join(chartPath(chart), 'README.md'), 'utf8');
    expect(withMetricsTable(readme), 'run: npx tsx scripts/lib/promql/readme.ts charts/ml-observability/README.md').toBe(readme);
    for (const m of knownMetrics) expect(metricsTable()).toContain(`\`${m.name}`);
  });
});

describe('ml-observability custom resources', () => {
  // The rules' PromQL is checked by promtool (test/alerts); here the objects' shape against the CRDs.
  it('validate the ServiceMonitors and the PrometheusRule against the prometheus-operator CRDs', async () => {
    const docs = await render(chart, { values: [ci('monitors-values.yaml')], apiVersions: monitoringApi });
    const custom = docs.filter((d) => d.kind === 'ServiceMonitor' || d.kind === 'PrometheusRule');
    expect(new Set(custom.map((d) => d.kind))).toEqual(new Set(['ServiceMonitor', 'PrometheusRule']));
    const crds = await loadCrds();
    expect(custom.flatMap((d) => crds.validate(d))).toEqual([]);
  });
});
