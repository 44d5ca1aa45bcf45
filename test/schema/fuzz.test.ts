import { afterAll, describe, expect, it } from 'vitest';
import { dottedPath, errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { readValues } from '../../scripts/lib/helm/values-files.ts';
import { check, formatFindings } from '../../scripts/lib/policies/index.ts';
import { chartScenarios, installableCharts } from '../../scripts/lib/scenarios/index.ts';
import { asValuesFile, type Base, bases, fuzzPlan, invalidKinds } from '../../scripts/lib/schema/fuzz.ts';
import { fuzzBudget } from '../../scripts/lib/schema/fuzz-budget.ts';
import { candidatesPerSlot, coveringCounts, invalidCandidates, invalidSlots, validCandidates, validSlots } from '../../scripts/lib/schema/fuzz-schedule.ts';
import { policyContextOf } from '../../scripts/lib/schema/policy-context.ts';
import { validateValues } from '../../scripts/lib/schema/validate.ts';
import { chartDefaults, mergeValues, type Values } from '../../scripts/lib/schema/values.ts';

/**
 * Bad-input hardening: per chart, schema-valid documents that must render and pass every policy, and
 * documents with one targeted violation each that Helm must reject naming the value path. How many is a
 * budget (scripts/lib/schema/fuzz-budget.ts): `npm test` renders a sample spread over every base, both Helm
 * majors and every kind of violation (scripts/lib/schema/fuzz-schedule.ts); MLP_FUZZ=full (`npm test --
 * --fuzz full`, the nightly workflow) 500 and 200 per chart. Seeded: the seed is printed and MLP_FUZZ_SEED
 * reproduces a run; a failing case is printed as a values file.
 */
const budget = fuzzBudget();
const { seed } = budget;

/**
 * The bases drawn from: each chart's defaults and every other scenario of the catalog (ci files, the
 * umbrella's profiles and layerings with the inputs they need), on the catalog's cluster.
 */
async function chartBases(chart: string): Promise<{ bases: Base[]; apiVersions: string[] }> {
  const scenarios = chartScenarios(chart, { alsoOn: false });
  const layered = async (files: string[]) => {
    let values: Values = {};
    for (const f of files) values = mergeValues(values, await readValues(f, chart)) as Values;
    return values;
  };
  const others = await Promise.all(scenarios.filter((s) => s.kind !== 'defaults').map(async (s) => ({ name: s.name, values: await layered(s.values) })));
  return { bases: bases(chartDefaults(chart), others), apiVersions: scenarios[0]!.cluster.apiVersions };
}

const charts = installableCharts();
const report: string[] = [];
afterAll(() => console.log(`\nfuzz, ${budget.depth} depth (seed ${seed} from ${budget.seedSource}; MLP_FUZZ_SEED=${seed} reproduces):\n${report.join('\n')}`));

const batchSize = 25;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const isCrash = (stderr: string) => /panic:|goroutine \d+|runtime error|nil pointer/i.test(stderr);

describe.each(charts)('%s', async (chart) => {
  const { bases: chartBase, apiVersions } = await chartBases(chart);
  const plan = fuzzPlan(chart, chartBase, seed);
  const stats = { ajvRejected: 0, ruleRejected: new Map<string, number>(), rendered: 0 };
  const least = coveringCounts(plan.bases.length);

  it(`${budget.valid} schema-valid documents render with Helm 3 and 4 and pass every policy`, async () => {
    if (budget.valid < least.valid) throw new Error(`value MLP_FUZZ_VALID: ${budget.valid} documents cannot cover the ${plan.bases.length} bases of ${chart} under Helm 3 and 4. Fix: ${least.valid} or more`);
    const slots = validSlots(plan.bases.length, budget.valid);
    const failures: string[] = [];
    const covered = new Set<string>();
    // Small batches, yielding between them: a worker busy for minutes starves vitest's RPC.
    for (let start = 0; start < slots.length && failures.length === 0; start += batchSize) {
      await Promise.all(
        slots.slice(start, start + batchSize).map(async (slot) => {
          const { helm } = slot;
          for (const c of validCandidates(plan, slot, seed)) {
            // The generator keeps to the schema's own cross-field rules (if/then, not) by drawing again.
            if (validateValues(chart, c.values).length > 0) {
              stats.ajvRejected++;
              continue;
            }
            const r = await tryRender(chart, { valuesObject: c.values, apiVersions, helm, release: 'fz', namespace: 'fuzz' });
            if (r.ok) {
              stats.rendered++;
              covered.add(`${c.base} (Helm ${helm})`);
              // Held to what the drawn values promise: their GPU facts, their mesh and NetworkPolicy switches.
              const findings = check(r.manifests, policyContextOf(chart, c.values, apiVersions));
              if (findings.length > 0) failures.push(asValuesFile(chart, seed, c, `helm ${helm}: policy findings\n${formatFindings(findings).replace(/^/gm, '#')}`));
              return;
            }
            const paths = errorValuePaths(r.error.stderr);
            // A cross-field rule of the chart (ml-common.validation.report naming values) classifies the case as invalid, not as a crash: draw again.
            if (!isCrash(r.error.stderr) && /value \S+: .*Fix:/.test(r.error.stderr) && paths.length > 0) {
              const rule = paths[0]!.replace(/\[\d+\]/g, '[]');
              stats.ruleRejected.set(rule, (stats.ruleRejected.get(rule) ?? 0) + 1);
              continue;
            }
            failures.push(asValuesFile(chart, seed, c, `helm ${helm} failed without naming a rule:\n${r.error.stderr.trim().replace(/^/gm, '# ')}`));
            return;
          }
          failures.push(`${chart}: no document of base ${plan.bases[slot.base]} (document ${slot.index}, seed ${seed}) rendered in ${candidatesPerSlot} draws; the rules refusing them: ${[...stats.ruleRejected.keys()].join(', ')}`);
        }),
      );
      await breathe();
    }
    const rules = [...stats.ruleRejected].map(([rule, n]) => `${rule} x${n}`).join(', ') || 'none';
    report.push(
      `  ${chart}: ${plan.leaves} leaves drawn from (${plan.free} free-text leaves kept at their values), ${stats.rendered} valid rendered, ${stats.ajvRejected} drawn again for schema cross-field rules, rejected by chart rules: ${rules}`,
      ...plan.excluded.map((e) => `    excluded ${e.path}: ${e.reason}`),
    );
    expect(failures.slice(0, 3).join('\n---\n')).toBe('');
    expect(stats.rendered).toBe(budget.valid);
    // Every base rendered under both Helm majors.
    expect([...covered].sort()).toEqual(plan.bases.flatMap((b) => [`${b} (Helm 3)`, `${b} (Helm 4)`]).sort());
  }, 900_000);

  it(`${budget.invalid} documents with one targeted violation are rejected naming the value (Helm 3 and 4)`, async () => {
    if (budget.invalid < least.invalid) throw new Error(`value MLP_FUZZ_INVALID: ${budget.invalid} documents cannot cover every kind of violation under Helm 3 and 4 and the ${plan.bases.length} bases of ${chart}. Fix: ${least.invalid} or more`);
    const slots = invalidSlots(plan.bases.length, budget.invalid);
    const kinds = new Map<string, number>();
    const covered = { kinds: new Set<string>(), bases: new Set<string>() };
    const failures: string[] = [];
    for (let start = 0; start < slots.length; start += batchSize) {
      await Promise.all(
        slots.slice(start, start + batchSize).map(async (slot) => {
          const c = invalidCandidates(plan, slot, seed)[0];
          if (!c) {
            failures.push(`${chart}: base ${plan.bases[slot.base]} has no place for a ${slot.kind} violation`);
            return;
          }
          const { helm } = slot;
          kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
          covered.kinds.add(`${c.kind} (Helm ${helm})`);
          covered.bases.add(c.base);
          const r = await tryRender(chart, { valuesObject: c.values, set: c.set, setString: c.setString, apiVersions, helm, release: 'fz', namespace: 'fuzz' });
          if (r.ok) failures.push(asValuesFile(chart, seed, c, `helm ${helm} accepted it`));
          else if (isCrash(r.error.stderr)) failures.push(asValuesFile(chart, seed, c, `helm ${helm} crashed:\n${r.error.stderr.replace(/^/gm, '# ')}`));
          else if (!errorValuePaths(r.error.stderr).map(dottedPath).includes(dottedPath(c.path))) failures.push(asValuesFile(chart, seed, c, `helm ${helm} did not name ${c.path}:\n${r.error.stderr.trim().replace(/^/gm, '# ')}`));
        }),
      );
      await breathe();
    }
    report.push(`  ${chart}: ${slots.length} invalid rejected naming the path (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
    expect(failures.slice(0, 3).join('\n---\n')).toBe('');
    // Every kind of violation under both Helm majors, on every base (the umbrella's numeric ranges are its quota and limit quantities).
    expect([...covered.kinds].sort()).toEqual(invalidKinds.flatMap((k) => [`${k} (Helm 3)`, `${k} (Helm 4)`]).sort());
    expect([...covered.bases].sort()).toEqual([...plan.bases].sort());
  }, 900_000);
});
