import { describe, expect, it } from 'vitest';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { pathOf, sites } from '../../scripts/lib/schema/fuzz.ts';
import { chartDefaults, chartSchema, type Values } from '../../scripts/lib/schema/values.ts';

/**
 * Helm reads every number of a values file as a float64 and prints one of a million or more as 1e+06
 * (Go's %v), which Kubernetes refuses for an integer field. Every integer value a chart takes must reach
 * the manifests as an integer: each one is set, in turn, to a large number its schema allows.
 */
// ml-observability's integers are alert thresholds inside PromQL, whose number literals accept 1e+06; the
// umbrella's own values hold none (its subcharts' are checked per chart).
const charts = listCharts().filter((c) => chartMetadata(chartPath(c)).type !== 'library' && !['ml-observability', 'ml-platform'].includes(c));
const large = 12345678;
const exponent = /\b\d(\.\d+)?e\+\d+\b/;

function setAt(doc: Values, segments: readonly (string | number)[], value: unknown): Values {
  const copy = structuredClone(doc);
  let node: any = copy;
  segments.forEach((seg, i) => (i === segments.length - 1 ? (node[seg] = value) : (node = node[seg])));
  return copy;
}

describe.each(charts)('%s', (chart) => {
  const defaults = chartDefaults(chart);
  const integers = sites(chartSchema(chart) as any, defaults).leaves.filter((l) => {
    const types = [l.schema.type].flat();
    return types.includes('integer') && (l.schema.maximum ?? Infinity) >= large && (l.schema.minimum ?? 0) <= large;
  });

  it('renders every integer value as an integer, however large', async () => {
    const outcomes = await Promise.all(
      integers.map(async (leaf) => ({ path: pathOf(leaf.segments), r: await tryRender(chart, { valuesObject: setAt(defaults, leaf.segments, large), apiVersions: ['monitoring.coreos.com/v1', 'security.istio.io/v1'] }) })),
    );
    const rendered = outcomes.filter((o) => o.r.ok);
    // A value a chart rule refuses at that size (e.g. replicas above maxReplicas) has nothing to print.
    for (const o of outcomes) if (!o.r.ok) expect(o.r.error.stderr, o.path).toMatch(/value \S+: .*Fix:/);
    expect(rendered.filter((o) => o.r.ok && exponent.test(o.r.stdout)).map((o) => o.path)).toEqual([]);
    expect(rendered.length).toBeGreaterThan(integers.length / 2);
  });
});
