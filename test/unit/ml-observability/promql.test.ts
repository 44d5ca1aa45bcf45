import { describe, expect, it } from 'vitest';
import { knownMetrics, knownSeriesNames, metricsTable, metricsTableEnd, metricsTableStart, parsePromql, sources, unknownMetrics, withMetricsTable, withoutGrafanaVariables } from '../../../scripts/lib/promql/index.ts';

describe('parsePromql', () => {
  it('finds metric names in selectors, ranges, functions and __name__ matchers', () => {
    const parsed = parsePromql('100 * sum by (a) (rate(foo_total{job=~"x"}[5m])) / on() group_left {__name__="bar", a="1"} > bool absent(baz offset 5m)');
    expect(parsed.errors).toEqual([]);
    expect(parsed.metrics).toEqual(['bar', 'baz', 'foo_total']);
  });

  it('lists each selector\'s label names and each `by` aggregation\'s labels with the metrics under it (what the live tier checks the series for)', () => {
    const parsed = parsePromql('100 * sum by (application, le) (rate(x_bucket{route!~"/-/.*", app="a"}[5m])) / sum without (z) ({__name__="y", q="1"}) + max by (pod) (w)');
    expect(parsed.selectors).toEqual([
      { metric: 'x_bucket', labels: ['app', 'route'] },
      { metric: 'y', labels: ['q'] },
      { metric: 'w', labels: [] },
    ]);
    expect(parsed.groupings).toEqual([
      { by: ['application', 'le'], metrics: ['x_bucket'] },
      { by: ['pod'], metrics: ['w'] },
    ]);
  });

  it('does not take label names, functions or keywords for metrics', () => {
    expect(parsePromql('histogram_quantile(0.99, sum by (le) (rate(x_bucket{le!="+Inf"}[5m])))').metrics).toEqual(['x_bucket']);
    expect(parsePromql('vector(1) + time()').metrics).toEqual([]);
  });

  it.each(['sum(rate(foo[5m]) by', 'foo{job="x"', 'rate(foo[5m]', 'foo >', '', 'sum by (a (foo)'])('reports a syntax error in %j', (expr) => {
    expect(parsePromql(expr).errors.length).toBeGreaterThan(0);
  });

  it('replaces Grafana variables so dashboard queries parse', () => {
    const raw = 'sum(rate(foo{namespace=~"$namespace", pod=~"${pod:regex}"}[$__rate_interval])) / sum(rate(foo[${__interval}]))';
    expect(parsePromql(raw).errors.length).toBeGreaterThan(0);
    const clean = withoutGrafanaVariables(raw);
    expect(clean).toBe('sum(rate(foo{namespace=~".*", pod=~".*"}[5m])) / sum(rate(foo[5m]))');
    expect(parsePromql(clean).errors).toEqual([]);
  });
});

describe('the known metrics catalog', () => {
  it('lists each metric once, with a declared source', () => {
    const names = knownMetrics.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of knownMetrics) expect(Object.keys(sources)).toContain(m.source);
  });

  it('names counters with _total and histograms without a series suffix', () => {
    for (const m of knownMetrics) {
      if (m.type === 'counter') expect(m.name, m.name).toMatch(/_total$/);
      if (m.type === 'histogram') expect(m.name, m.name).not.toMatch(/_(bucket|sum|count|total)$/);
    }
  });

  it('expands histograms to their series and rejects names no exporter emits', () => {
    const series = knownSeriesNames();
    expect(series.has('ray_serve_http_request_latency_ms_bucket')).toBe(true);
    expect(series.has('ray_serve_http_request_latency_ms')).toBe(false);
    expect(unknownMetrics(['up', 'feast_feature_server_request_latency_seconds_count', 'ray_serve_num_http_requests', 'ray_cluster_active_nodes', 'flask_http_request_total'])).toEqual(['flask_http_request_total', 'ray_cluster_active_nodes', 'ray_serve_num_http_requests']);
  });

  it('generates the README table between its markers, and refuses a README without them', () => {
    const readme = `# x\n\n${metricsTableStart}\nstale\n${metricsTableEnd}\n\ntail\n`;
    const out = withMetricsTable(readme);
    expect(out).toContain(`${metricsTableStart}\n${metricsTable()}\n${metricsTableEnd}`);
    expect(out.endsWith('\n\ntail\n')).toBe(true);
    expect(metricsTable().split('\n')).toHaveLength(knownMetrics.length + 2);
    expect(() => withMetricsTable('# no block\n')).toThrow(/metrics block/);
  });
});
