import { describe, expect, it } from 'vitest';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { dottedPath, errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { type ClosedObject, pathOf, type Site, sites } from '../../scripts/lib/schema/fuzz.ts';
import { validateValues } from '../../scripts/lib/schema/validate.ts';
import { chartDefaults, chartSchema, type Values } from '../../scripts/lib/schema/values.ts';

/**
 * Values that used to render and break later (issue 11): each must fail at `helm template` under Helm 3 and
 * Helm 4 naming the value, wherever the field exists. The places are not listed by hand: they are the
 * values of each chart's defaults whose schema goes through the shared fragment (image, dnsLabel, quantity,
 * replicas, intOrPercent, labelMatchers, the Kubernetes types, global), found by walking the schema.
 */
const charts = listCharts().filter((c) => chartMetadata(chartPath(c)).type !== 'library');

function setAt(doc: Values, segments: readonly (string | number)[], value: unknown): Values {
  const copy = structuredClone(doc);
  let node: any = copy;
  segments.forEach((seg, i) => {
    if (i === segments.length - 1) node[seg] = value;
    else node = node[seg] ??= typeof segments[i + 1] === 'number' ? [] : {};
  });
  return copy;
}

interface Rule {
  name: string;
  /** The leaves (or closed objects) of a chart the rule applies to. */
  leaves?: (site: Site) => boolean;
  closed?: (site: ClosedObject) => boolean;
  /** The bad value, by leaf; a closed object gets an unknown key. */
  value?: (site: Site) => unknown;
  /** The charts where the field exists (the walk must find it there). */
  charts: string[];
}

const last = (refs: string[]) => refs[refs.length - 1];
const rules: Rule[] = [
  { name: 'image tag with a space', leaves: (s) => s.refs.includes('image') && s.segments.at(-1) === 'tag', value: () => '2.57.0 py311', charts: ['feast', 'mlflow-platform', 'ray-cluster'] },
  // The umbrella has its own name overrides, and its schema holds each component's under the component's key.
  { name: 'name override that is not a DNS label', leaves: (s) => last(s.refs) === 'dnsLabel', value: () => 'rày-clüster', charts: charts },
  // All digits is a DNS-1123 label, but renders as a number (a label value must be a string) and is no Service name.
  { name: 'name override of digits only', leaves: (s) => last(s.refs) === 'dnsLabel', value: () => '0', charts: charts },
  { name: 'memory that is not a quantity, negative cpu', leaves: (s) => last(s.refs) === 'quantity', value: (s) => (s.segments.at(-1) === 'cpu' ? '-1' : '8GB'), charts: ['feast', 'ml-platform', 'mlflow-platform', 'ray-cluster'] },
  { name: 'replica count beyond int32', leaves: (s) => ['replicas', 'autoscalerReplicas'].includes(last(s.refs)!), value: () => 1000000000000, charts: ['feast', 'ml-platform', 'mlflow-platform', 'ray-cluster'] },
  { name: 'PDB bound that is neither a number nor a percentage', leaves: (s) => ['intOrPercent', 'optionalIntOrPercent'].includes(last(s.refs) ?? ''), value: () => 'not-a-number', charts: ['feast', 'mlflow-platform'] },
  { name: 'unparsable PromQL label matchers', leaves: (s) => last(s.refs) === 'labelMatchers', value: () => 'job="ray', charts: ['ml-observability'] },
  { name: 'global value a chart reads, spelled wrong', leaves: (s) => pathOf(s.segments) === 'global.mesh.mtlsMode', value: () => 'strict', charts: charts },
  { name: 'unknown key in a Kubernetes object (security contexts, affinity)', closed: (s) => last(s.refs)?.startsWith('k8s.') ?? false, charts: ['feast', 'mlflow-platform', 'ray-cluster'] },
];

/** The defaults plus what it takes for every rule's field to be present (global.mesh, one toleration). */
const base = (chart: string): Values =>
  setAt(setAt(chartDefaults(chart), ['global', 'mesh'], { mtlsMode: 'STRICT' }), ['tolerations'], chart === 'ml-observability' || chart === 'ml-platform' ? undefined : [{ key: 'dedicated', operator: 'Exists' }]);

const cases = charts.flatMap((chart) => {
  const values = JSON.parse(JSON.stringify(base(chart))) as Values;
  const { leaves, closed } = sites(chartSchema(chart) as any, values);
  return rules.flatMap((rule) => [
    ...(rule.leaves ? leaves.filter(rule.leaves).map((s) => ({ chart, rule: rule.name, path: pathOf(s.segments), values: setAt(values, s.segments, rule.value!(s)) })) : []),
    ...(rule.closed ? closed.filter(rule.closed).map((s) => ({ chart, rule: rule.name, path: pathOf([...s.segments, 'unknownField']), values: setAt(values, [...s.segments, 'unknownField'], 1) })) : []),
  ]);
});

describe('the walk finds every rule in every chart where its field exists', () => {
  it.each(rules.map((r) => [r.name, r] as const))('%s', (_, rule) => {
    expect([...new Set(cases.filter((c) => c.rule === rule.name).map((c) => c.chart))].sort()).toEqual([...rule.charts].sort());
  });

  it('reaches the fields named in the issue', () => {
    const paths = cases.map((c) => `${c.chart}:${c.path}`);
    for (const p of ['ray-cluster:image.tag', 'ray-cluster:nameOverride', 'ray-cluster:head.resources.limits.memory', 'ray-cluster:workerDefaults.resources.requests.cpu', 'ray-cluster:workers[0].maxReplicas', 'mlflow-platform:podDisruptionBudget.minAvailable', 'ml-observability:targets.ray', 'ray-cluster:podSecurityContext.unknownField', 'ray-cluster:securityContext.unknownField', 'ray-cluster:head.affinity.unknownField', 'feast:tolerations[0].unknownField', 'feast:global.mesh.mtlsMode']) {
      expect(paths).toContain(p);
    }
  });
});

describe.each(charts)('%s', (chart) => {
  const mine = cases.filter((c) => c.chart === chart);
  it.each(mine.flatMap((c) => ([3, 4] as const).map((helm) => [c.rule, c.path, helm, c] as const)))('%s: %s (helm %i)', async (_rule, path, helm, c) => {
    expect(validateValues(chart, c.values).map((e) => e.path)).toContain(path);
    const r = await tryRender(chart, { valuesObject: c.values, helm });
    expect(r.ok, `helm ${helm} accepted ${path}`).toBe(false);
    // Helm 3 joins keys with dots, so a key holding a dot (resourceQuota.hard["requests.cpu"]) reads as a longer path.
    if (!r.ok) expect(errorValuePaths(r.error.stderr).map(dottedPath)).toContain(dottedPath(path));
  });
});

describe('image tag latest: refused with a message that asks for a pinned tag', () => {
  const images = [
    ['ray-cluster', 'image'],
    ['feast', 'image'],
    ['mlflow-platform', 'image'],
  ] as const;
  it.each(images.flatMap(([chart, path]) => ([3, 4] as const).map((helm) => [chart, path, helm] as const)))('%s %s.tag (helm %i)', async (chart, path, helm) => {
    const r = await tryRender(chart, { valuesObject: { [path]: { tag: 'latest' } }, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(errorValuePaths(r.error.stderr)).toEqual([`${path}.tag`]);
      expect(r.error.stderr).toContain('a pinned version tag (or a digest) is required');
      expect(r.error.stderr).not.toContain("'not' failed");
    }
  });
});

describe('a subchart under the umbrella is validated by its own schema', () => {
  it.each([3, 4] as const)('ml-platform with ray-cluster.image.tag "2.57.0 py311" (helm %i)', async (helm) => {
    const r = await tryRender('ml-platform', { valuesObject: { 'ray-cluster': { image: { tag: '2.57.0 py311' } } }, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.stderr).toMatch(/image[./]tag/);
  });
});
