import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, readFileSync } from 'node:fs';
import { render } from '../../scripts/lib/helm/render.ts';
import { chartPath } from '../../scripts/lib/helm/chart-files.ts';
import { get } from '../../scripts/lib/manifests/index.ts';
import { chartDefaults, mergeValues, type Values } from '../../scripts/lib/schema/values.ts';
import { run } from '../../scripts/lib/tools/index.ts';
import { type AlertConfig, type Labels, scenarios } from './support/scenarios.ts';
import { type RenderedRule, alertTests, minutes } from './support/promtool-tests.ts';

const chart = 'ml-observability';
const ciFile = (name: string) => join(chartPath(chart), 'ci', name);

/** The rendered rules of one values set, written where promtool can read them. */
interface RuleSet {
  name: string;
  values: Values;
  rulesFile: string;
  rules: Map<string, RenderedRule>;
}

const dir = mkdtempSync(join(tmpdir(), 'mlp-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ruleSet(name: string, valuesFiles: string[]): Promise<RuleSet> {
  const docs = await render(chart, { values: valuesFiles, apiVersions: ['monitoring.coreos.com/v1'] });
  const spec = get(docs, 'PrometheusRule').spec as { groups: { rules: RenderedRule[] }[] };
  const rulesFile = join(dir, `${name}.rules.yaml`);
  writeFileSync(rulesFile, stringify({ groups: spec.groups }));
  const rules = new Map(spec.groups.flatMap((g) => g.rules).map((r) => [r.alert, r]));
  const values = valuesFiles.reduce<unknown>((acc, f) => mergeValues(acc, parse(readFileSync(f, 'utf8'))), chartDefaults(chart)) as Values;
  return { name, values, rulesFile, rules };
}

const sets: RuleSet[] = [];
beforeAll(async () => {
  sets.push(await ruleSet('defaults', []), await ruleSet('tuned', [ciFile('tuned-values.yaml')]));
});

const alertNames = Object.keys(scenarios);

describe.each(['defaults', 'tuned'])('ml-observability alerts (%s values)', (setName) => {
  const set = () => sets.find((s) => s.name === setName)!;

  it('promtool check rules accepts the rendered rules', async () => {
    const result = await run('promtool', ['check', 'rules', set().rulesFile]);
    expect(result.stderr + result.stdout).toMatch(/SUCCESS: 15 rules found/);
    expect(result.code).toBe(0);
  });

  it('every rendered alert has a promtool scenario, and every scenario an alert', () => {
    expect([...set().rules.keys()].sort()).toEqual([...alertNames].sort());
  });

  it.each(alertNames)('%s: silent below the threshold, silent until `for` elapses, then firing with its labels', async (name) => {
    const { values, rules, rulesFile } = set();
    const alerts = values.alerts as Record<string, unknown>;
    const cfg = alerts[name] as AlertConfig;
    const rule = rules.get(name)!;
    const base = String(alerts.runbookBaseUrl).replace(/\/$/, '');
    const scenario = scenarios[name]!(cfg);
    const plan = alertTests(rule, cfg, (alerts.labels ?? {}) as Labels, `${base}/${name}.md`, scenario, rulesFile);
    // The boundary comes from the values: firing exactly `for` after the breach is first visible.
    expect(plan.times.firing).toBe(scenario.warmup + minutes(cfg.for));
    const testFile = join(dir, `${setName}-${name}.test.yaml`);
    writeFileSync(testFile, stringify(plan.file));
    const result = await run('promtool', ['test', 'rules', testFile]);
    expect(result.code, `${result.stdout}\n${result.stderr}\n${stringify(plan.file)}`).toBe(0);
    expect(result.stdout).toMatch(/SUCCESS/);
  });
});

describe('the tuned values move each boundary', () => {
  it('changes the threshold or `for` of every alert (so both sets test different boundaries)', () => {
    const [defaults, tuned] = sets;
    const differing = alertNames.filter((name) => {
      const a = (defaults!.values.alerts as Record<string, AlertConfig>)[name]!;
      const b = (tuned!.values.alerts as Record<string, AlertConfig>)[name]!;
      return JSON.stringify({ ...a, labels: undefined, severity: undefined }) !== JSON.stringify({ ...b, labels: undefined, severity: undefined });
    });
    expect(differing.sort()).toEqual([...alertNames].sort());
  });
});
