import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import { get } from '../../../scripts/lib/manifests/index.ts';
import { parsePromql } from '../../../scripts/lib/promql/index.ts';
import { leafArbitrary } from '../../../scripts/lib/schema/fuzz.ts';
import { chartSchema } from '../../../scripts/lib/schema/values.ts';

/**
 * targets.* are PromQL label matchers pasted into every alert. Prometheus drops a whole rule group when
 * one expression does not parse, so the schema accepts only matcher lists that parse: any string it
 * accepts, drawn from its own pattern, yields rules that Prometheus's grammar (lezer-promql) reads.
 */
const chart = 'charts/ml-observability';
const schema = chartSchema('ml-observability') as any;
const matchers = leafArbitrary(schema.definitions.labelMatchers)!;

describe('targets: schema-valid label matchers make parseable rules', () => {
  const drawn = [...fc.sample(matchers, { seed: 11, numRuns: 12 }), `job=~".*ray.*", job!~".*operator.*"`, `namespace='ml', pod=~\`.+-head-.+\``, `job="a\\"b"`] as string[];

  it.each(drawn.map((m) => [m] as const))('%j', async (m) => {
    const docs = await render(chart, { valuesObject: { targets: { ray: m, rayHead: m, feast: m, mlflow: m } }, apiVersions: ['monitoring.coreos.com/v1'] });
    const rules = (get(docs, 'PrometheusRule').spec as any).groups.flatMap((g: any) => g.rules);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(parsePromql(rule.expr).errors, `${rule.alert}: ${rule.expr}`).toEqual([]);
  });
});
