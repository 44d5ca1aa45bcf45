import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartPath } from '../../scripts/lib/helm/chart-files.ts';
import { render, type RenderOptions } from '../../scripts/lib/helm/render.ts';
import { get, type Manifest } from '../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { chartDefaults, mergeValues, readValuesFile, type Values } from '../../scripts/lib/schema/values.ts';
import { run } from '../../scripts/lib/tools/index.ts';
import { type StoredTarget, storedTargets } from './support/prometheus-operator.ts';
import { type RenderedRule, alertTests, matcherTests, minutes } from './support/promtool-tests.ts';
import { type AlertConfig, type Labels, type PlatformTargets, scenarios } from './support/scenarios.ts';
import { platformTargets } from './support/targets.ts';

/**
 * The alerts of ml-observability, tested with promtool on the series a real scrape of a rendered
 * platform stores: the targets, their labels and the samples' labels come from the rendered
 * ServiceMonitors/PodMonitors and the pods they select (support/prometheus-operator.ts), so a chart
 * change that breaks the scrape contract (a label renamed by the scrape, a selector that no longer
 * matches) breaks these tests. Each platform is rendered the ways users install it: the umbrella
 * under two release names and with the seed's Service names, and each chart as its own release.
 */
const monitoring = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const ci = (chart: string, file: string) => join(chartPath(chart), 'ci', file);
const prod = join(repoRoot, 'values', 'prod.yaml');
const namespace = 'ml';

interface Platform {
  name: string;
  /** The ml-observability values the rules were rendered from (thresholds, `for`, labels). */
  values: Values;
  docs: Manifest[];
  rulesFile: string;
  rules: Map<string, RenderedRule>;
  targets: PlatformTargets;
  stored: StoredTarget[];
}

const dir = mkdtempSync(join(tmpdir(), 'mlp-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const umbrella = (release: string, valuesObject?: Values) => ({ release, valuesObject });

/** Values of ml-observability: its defaults, under what the files and inline values set (directly or under the umbrella's key). */
function observabilityValues(files: string[], inline: Values | undefined, underUmbrella: boolean): Values {
  const layers = [...files.map(readValuesFile), inline ?? {}];
  if (underUmbrella) layers.unshift(readValuesFile(join(chartPath('ml-platform'), 'values.yaml')));
  const pick = (v: Values) => ((underUmbrella ? v['ml-observability'] : v) ?? {}) as Values;
  return layers.reduce<Values>((acc, layer) => mergeValues(acc, pick(layer)) as Values, chartDefaults('ml-observability'));
}

async function platform(name: string, renders: { chart: string; opts: RenderOptions }[], values: Values): Promise<Platform> {
  const docs = (await Promise.all(renders.map((r) => render(r.chart, { apiVersions: monitoring, namespace, ...r.opts })))).flat();
  const spec = get(docs, 'PrometheusRule').spec as { groups: { rules: RenderedRule[] }[] };
  const rulesFile = join(dir, `${name.replace(/\W+/g, '-')}.rules.yaml`);
  writeFileSync(rulesFile, stringify({ groups: spec.groups }));
  const rules = new Map(spec.groups.flatMap((g) => g.rules).map((r) => [r.alert, r]));
  return { name, values, docs, rulesFile, rules, targets: platformTargets(docs), stored: storedTargets(docs) };
}

const oneByOne = (observability: string[]) => [
  { chart: 'feast', opts: { release: 'feast', values: [ci('feast', 'redis-postgres-values.yaml')] } },
  { chart: 'mlflow-platform', opts: { release: 'mlflow', values: [ci('mlflow-platform', 'production-values.yaml')] } },
  { chart: 'ray-cluster', opts: { release: 'ray', values: [ci('ray-cluster', 'mtls-values.yaml')] } },
  { chart: 'ml-observability', opts: { release: 'observability', values: observability } },
];

const platforms: Platform[] = [];
beforeAll(async () => {
  const seedNames = { feast: { fullnameOverride: 'feast' }, 'mlflow-platform': { fullnameOverride: 'mlflow' }, 'ray-cluster': { fullnameOverride: 'ray' } };
  const umbrellas: [string, { release: string; valuesObject?: Values }][] = [
    ['umbrella prod, release ml', umbrella('ml')],
    ['umbrella prod, release feast', umbrella('feast')],
    ["umbrella prod, the seed's Service names (fullnameOverride)", umbrella('ml', seedNames)],
  ];
  platforms.push(
    ...(await Promise.all(umbrellas.map(([name, u]) => platform(name, [{ chart: 'ml-platform', opts: { release: u.release, values: [prod], valuesObject: u.valuesObject } }], observabilityValues([prod], u.valuesObject, true))))),
    await platform('charts one by one', oneByOne([]), observabilityValues([], undefined, false)),
    await platform('charts one by one, tuned alerts', oneByOne([ci('ml-observability', 'tuned-values.yaml')]), observabilityValues([ci('ml-observability', 'tuned-values.yaml')], undefined, false)),
  );
});

const names = ['umbrella prod, release ml', 'umbrella prod, release feast', "umbrella prod, the seed's Service names (fullnameOverride)", 'charts one by one', 'charts one by one, tuned alerts'];
const alertNames = Object.keys(scenarios);
const byName = (name: string) => platforms.find((p) => p.name === name)!;

describe.each(names)('ml-observability alerts: %s', (name) => {
  it('promtool check rules accepts the rendered rules', async () => {
    const result = await run('promtool', ['check', 'rules', byName(name).rulesFile]);
    expect(result.stderr + result.stdout).toMatch(/SUCCESS: 15 rules found/);
    expect(result.code).toBe(0);
  });

  it('every rendered alert has a promtool scenario, and every scenario an alert', () => {
    expect([...byName(name).rules.keys()].sort()).toEqual([...alertNames].sort());
  });

  it("each component's target matchers select exactly its scrape targets, whatever the release and Service names (promtool)", async () => {
    const p = byName(name);
    const targets = p.values.targets as Record<string, string>;
    const of = (chart: string, components: string[]) => p.stored.filter((t) => t.source.pod.labels['app.kubernetes.io/name'] === chart && components.includes(t.source.pod.labels['app.kubernetes.io/component']!));
    const expected: Record<string, StoredTarget[]> = {
      ray: of('ray-cluster', ['ray-head', 'ray-worker']),
      rayHead: of('ray-cluster', ['ray-head']),
      feast: of('feast', ['server']),
      mlflow: of('mlflow-platform', ['server']),
    };
    // Every component is there to be selected (the operator, also scraped, must not be).
    for (const [key, list] of Object.entries(expected)) expect(list.length, key).toBeGreaterThan(0);
    expect(p.stored.some((t) => t.source.pod.labels['app.kubernetes.io/component'] === 'operator')).toBe(true);
    const file = join(dir, `${name.replace(/\W+/g, '-')}-matchers.test.yaml`);
    writeFileSync(file, stringify(matcherTests(p.stored, targets, expected, p.rulesFile)));
    const result = await run('promtool', ['test', 'rules', file]);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it.each(alertNames)('%s: silent below the threshold, silent until `for` elapses, then firing with its labels', async (alert) => {
    const { values, rules, rulesFile, targets } = byName(name);
    const alerts = values.alerts as Record<string, unknown>;
    const cfg = alerts[alert] as AlertConfig;
    const rule = rules.get(alert)!;
    const base = String(alerts.runbookBaseUrl).replace(/\/$/, '');
    const scenario = scenarios[alert]!(cfg, targets);
    const plan = alertTests(rule, cfg, (alerts.labels ?? {}) as Labels, `${base}/${alert}.md`, scenario, rulesFile);
    // The boundary comes from the values: firing exactly `for` after the breach is first visible.
    expect(plan.times.firing).toBe(scenario.warmup + minutes(cfg.for));
    const testFile = join(dir, `${name.replace(/\W+/g, '-')}-${alert}.test.yaml`);
    writeFileSync(testFile, stringify(plan.file));
    const result = await run('promtool', ['test', 'rules', testFile]);
    expect(result.code, `${result.stdout}\n${result.stderr}\n${stringify(plan.file)}`).toBe(0);
    expect(result.stdout).toMatch(/SUCCESS/);
  });
});

describe('the scrape contract the alerts rely on', () => {
  it("Feast's endpoint label (the HTTP path) is stored as `endpoint`, not renamed exported_endpoint by the target's own endpoint label", () => {
    for (const p of platforms) {
      const [feast] = p.targets.feast;
      const stored = feast.sample({ __name__: 'feast_feature_server_request_total', endpoint: '/get-online-features', status: 'success' });
      expect(stored.endpoint, p.name).toBe('/get-online-features');
      expect(stored.exported_endpoint, p.name).toBeUndefined();
      // The target itself keeps the operator's labels: up{endpoint="metrics"} names the port.
      expect(feast.labels.endpoint, p.name).toBe('metrics');
    }
  });

  it('the tuned values move each boundary (so both sets test different boundaries)', () => {
    const [defaults, tuned] = [byName('charts one by one'), byName('charts one by one, tuned alerts')];
    const differing = alertNames.filter((alert) => {
      const a = (defaults.values.alerts as Record<string, AlertConfig>)[alert]!;
      const b = (tuned.values.alerts as Record<string, AlertConfig>)[alert]!;
      return JSON.stringify({ ...a, labels: undefined, severity: undefined }) !== JSON.stringify({ ...b, labels: undefined, severity: undefined });
    });
    expect(differing.sort()).toEqual([...alertNames].sort());
  });
});
