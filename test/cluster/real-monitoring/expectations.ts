import { type Manifest, ofKind } from '../../../scripts/lib/manifests/index.ts';
import { parsePromql, withoutGrafanaVariables } from '../../../scripts/lib/promql/index.ts';

/**
 * What the live Prometheus must show, read from what the release rendered: the scrape pools of its
 * monitors, and the queries of its alerts, dashboard panels and dashboard variables.
 */

/** prometheus-operator's scrape pool of each monitor endpoint: `serviceMonitor/<namespace>/<name>/<index>` (podMonitor likewise). */
export function monitorPools(docs: readonly Manifest[], namespace: string): string[] {
  const pools = (kind: 'ServiceMonitor' | 'PodMonitor', key: 'endpoints' | 'podMetricsEndpoints', prefix: string) =>
    ofKind(docs, kind).flatMap((m) => ((m.spec as Record<string, unknown[]>)[key] ?? []).map((_, i) => `${prefix}/${m.metadata.namespace ?? namespace}/${m.metadata.name}/${i}`));
  return [...pools('ServiceMonitor', 'endpoints', 'serviceMonitor'), ...pools('PodMonitor', 'podMetricsEndpoints', 'podMonitor')].sort();
}

export interface UsedQuery {
  /** `alert RayServeHighLatency`, `panel "Request rate by application" (ray-feast.json)`, `variable namespace (mlflow.json)`. */
  where: string;
  /** PromQL with the Grafana variables replaced; or a Grafana `label_values(metric, label)` call. */
  expr: string;
  kind: 'alert' | 'panel' | 'variable';
}

interface Dashboard {
  panels?: { title?: string; targets?: { expr?: string }[] }[];
  templating?: { list?: { name: string; type?: string; query?: string | { query?: string } }[] };
}

/** Every query the rendered alerts and dashboards run. */
export function usedQueries(docs: readonly Manifest[]): UsedQuery[] {
  const alerts = ofKind(docs, 'PrometheusRule').flatMap((r) =>
    ((r.spec as { groups?: { rules?: { alert?: string; expr: string }[] }[] }).groups ?? []).flatMap((g) => (g.rules ?? []).filter((x) => x.alert).map((x) => ({ where: `alert ${x.alert}`, expr: x.expr.trim(), kind: 'alert' as const }))),
  );
  const dashboards = ofKind(docs, 'ConfigMap')
    .filter((c) => c.metadata.labels?.grafana_dashboard === '1')
    .flatMap((c) => Object.entries((c as { data?: Record<string, string> }).data ?? {}).map(([file, json]) => ({ file, dashboard: JSON.parse(json) as Dashboard })));
  const panels = dashboards.flatMap(({ file, dashboard }) =>
    (dashboard.panels ?? []).flatMap((p) => (p.targets ?? []).filter((t) => t.expr).map((t) => ({ where: `panel "${p.title}" (${file})`, expr: withoutGrafanaVariables(t.expr!), kind: 'panel' as const }))),
  );
  const variables = dashboards.flatMap(({ file, dashboard }) =>
    (dashboard.templating?.list ?? [])
      .filter((v) => v.type !== 'datasource' && v.query)
      .map((v) => ({ where: `variable ${v.name} (${file})`, expr: typeof v.query === 'string' ? v.query : v.query!.query!, kind: 'variable' as const })),
  );
  return [...alerts, ...panels, ...variables];
}

/** A Grafana `label_values(metric, label)` variable query: the metric and the label. */
export function labelValuesCall(expr: string): { metric: string; label: string } | undefined {
  const m = /^label_values\(\s*([^,]+?)\s*,\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)$/.exec(expr.trim());
  return m ? { metric: m[1]!, label: m[2]! } : undefined;
}

/** A metric and the label names its series must carry for the queries that use it. */
export interface MetricUse {
  metric: string;
  labels: string[];
  where: string[];
}

/** Every metric the queries select, with the union of the label names their selectors and `by` groupings ask of it. */
export function metricUses(queries: readonly UsedQuery[]): MetricUse[] {
  const uses = new Map<string, MetricUse>();
  const add = (metric: string, labels: string[], where: string) => {
    const u = uses.get(metric) ?? { metric, labels: [], where: [] };
    u.labels = [...new Set([...u.labels, ...labels])].sort();
    if (!u.where.includes(where)) u.where.push(where);
    uses.set(metric, u);
  };
  for (const q of queries) {
    const call = q.kind === 'variable' ? labelValuesCall(q.expr) : undefined;
    if (call) {
      add(call.metric, [call.label], q.where);
      continue;
    }
    const parsed = parsePromql(q.expr);
    for (const s of parsed.selectors) add(s.metric, s.labels, q.where);
    // A `by` label must be on the series of the metrics it aggregates.
    for (const g of parsed.groupings) for (const metric of g.metrics) add(metric, g.by.filter((l) => l !== 'le' || metric.endsWith('_bucket')), q.where);
  }
  return [...uses.values()].sort((a, b) => a.metric.localeCompare(b.metric));
}

/**
 * Metrics this cluster cannot produce, and why. Everything else the queries use must have series with
 * the labels they use. A metric listed here that shows up after all is reported (and counted present).
 */
export const absentHere: Record<string, string> = {
  ray_node_gpus_utilization: 'needs a GPU (the real node has none; the -gpu stand-in has no CUDA)',
  ray_node_gpus_available: 'needs a GPU',
  ray_node_gram_used: 'needs a GPU',
  ray_node_gram_available: 'needs a GPU',
  autoscaler_active_nodes: 'the Ray autoscaler runs with ray-cluster.autoscaling.enabled (prod); this scenario is dev, autoscaling off',
  autoscaler_pending_nodes: 'the Ray autoscaler runs with autoscaling (prod)',
  autoscaler_recently_failed_nodes: 'the Ray autoscaler runs with autoscaling (prod)',
  mlflow_http_request_exceptions_total: 'needs a failure: a request whose handler raises (prometheus_flask_exporter counts only those)',
};
