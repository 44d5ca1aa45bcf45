import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ciValuesFiles } from '../../scripts/commands/lint.ts';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { dottedPath, errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { check, formatFindings } from '../../scripts/lib/policies/index.ts';
import { asValuesFile, type Base, bases, draw, fuzzPlan, type InvalidCase, type ValidCase } from '../../scripts/lib/schema/fuzz.ts';
import { validateValues } from '../../scripts/lib/schema/validate.ts';
import { chartDefaults, mergeValues, readValuesFile, type Values } from '../../scripts/lib/schema/values.ts';

/**
 * Bad-input hardening: per chart, at least VALID schema-valid documents that must render and pass
 * every policy, and at least INVALID documents with one targeted violation each that Helm (3 and 4,
 * alternating) must reject naming the value path. Seeded: MLP_FUZZ_SEED reproduces a run; a failing
 * case is printed as a values file.
 */
const seed = Number(process.env.MLP_FUZZ_SEED ?? 20260707);
const VALID = Number(process.env.MLP_FUZZ_VALID ?? 500);
const INVALID = Number(process.env.MLP_FUZZ_INVALID ?? 200);
const apiVersions = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const profile = (name: string) => join(repoRoot, 'values', `${name}.yaml`);

function chartBases(chart: string): Base[] {
  const defaults = chartDefaults(chart);
  if (chart !== 'ml-platform') return bases(defaults, ciValuesFiles(chartPath(chart)).map((f) => ({ name: f.split('/').pop()!, values: readValuesFile(f) })));
  const layered = (...files: string[]) => files.map(readValuesFile).reduce((a, b) => mergeValues(a, b) as Values, {} as Values);
  return bases(defaults, [
    { name: 'dev', values: layered(profile('dev')) },
    { name: 'prod', values: layered(profile('prod')) },
    { name: 'prod + gpu', values: layered(profile('prod'), profile('gpu')) },
    { name: 'airgapped (test digests)', values: layered(profile('airgapped'), join(repoRoot, 'test', 'fixtures', 'airgapped-test-digests.yaml')) },
  ]);
}

const charts = listCharts().filter((c) => chartMetadata(chartPath(c)).type !== 'library');
const report: string[] = [];
afterAll(() => console.log(`\nfuzz (seed ${seed}; MLP_FUZZ_SEED=${seed} reproduces):\n${report.join('\n')}`));

const batchSize = 25;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const isCrash = (stderr: string) => /panic:|goroutine \d+|runtime error|nil pointer/i.test(stderr);

describe.each(charts)('%s', (chart) => {
  const plan = fuzzPlan(chart, chartBases(chart), seed);
  const stats = { ajvRejected: 0, ruleRejected: new Map<string, number>(), rendered: 0 };

  it(`${VALID} schema-valid documents render with Helm 3 and 4 and pass every policy`, async () => {
    const { cases } = draw(plan.valid, VALID * 3, seed);
    let next = 0;
    const failures: string[] = [];
    // Small batches, yielding between them: a worker busy for minutes starves vitest's RPC.
    while (stats.rendered < VALID && next < cases.length && failures.length === 0) {
      const batch: { c: ValidCase; index: number }[] = [];
      while (batch.length < Math.min(batchSize, VALID - stats.rendered) && next < cases.length) {
        const c = cases[next++]!;
        // The generator keeps to the schema's own cross-field rules (if/then, not) by drawing again.
        if (validateValues(chart, c.values).length > 0) stats.ajvRejected++;
        else batch.push({ c, index: next });
      }
      await Promise.all(
        batch.map(async ({ c, index }) => {
          const helm = index % 2 === 0 ? 4 : 3;
          const r = await tryRender(chart, { valuesObject: c.values, apiVersions, helm, release: 'fz', namespace: 'fuzz' });
          if (r.ok) {
            stats.rendered++;
            const findings = check(r.manifests);
            if (findings.length > 0) failures.push(asValuesFile(chart, seed, c, `helm ${helm}: policy findings\n${formatFindings(findings).replace(/^/gm, '#')}`));
            return;
          }
          const paths = errorValuePaths(r.error.stderr);
          // A cross-field rule of the chart (ml-common.fail naming a value) classifies the case as invalid, not as a crash.
          if (!isCrash(r.error.stderr) && /value \S+: .*Fix:/.test(r.error.stderr) && paths.length > 0) {
            const rule = paths[0]!.replace(/\[\d+\]/g, '[]');
            stats.ruleRejected.set(rule, (stats.ruleRejected.get(rule) ?? 0) + 1);
          } else failures.push(asValuesFile(chart, seed, c, `helm ${helm} failed without naming a rule:\n${r.error.stderr.trim().replace(/^/gm, '# ')}`));
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
    expect(stats.rendered).toBeGreaterThanOrEqual(VALID);
  }, 900_000);

  it(`${INVALID} documents with one targeted violation are rejected naming the value (Helm 3 and 4)`, async () => {
    const { cases } = draw(plan.invalid, INVALID, seed + 1);
    expect(cases.length).toBe(INVALID);
    const kinds = new Map<string, number>();
    const failures: string[] = [];
    for (let start = 0; start < cases.length; start += batchSize) {
      await Promise.all(
        cases.slice(start, start + batchSize).map(async (c: InvalidCase, j) => {
          const i = start + j;
          kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
          const helm = i % 2 === 0 ? 4 : 3;
          const r = await tryRender(chart, { valuesObject: c.values, set: c.set, setString: c.setString, apiVersions, helm, release: 'fz', namespace: 'fuzz' });
          if (r.ok) failures.push(asValuesFile(chart, seed + 1, c, `helm ${helm} accepted it`));
          else if (isCrash(r.error.stderr)) failures.push(asValuesFile(chart, seed + 1, c, `helm ${helm} crashed:\n${r.error.stderr.replace(/^/gm, '# ')}`));
          else if (!errorValuePaths(r.error.stderr).map(dottedPath).includes(dottedPath(c.path))) failures.push(asValuesFile(chart, seed + 1, c, `helm ${helm} did not name ${c.path}:\n${r.error.stderr.trim().replace(/^/gm, '# ')}`));
        }),
      );
      await breathe();
    }
    report.push(`  ${chart}: ${cases.length} invalid rejected naming the path (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
    expect(failures.slice(0, 3).join('\n---\n')).toBe('');
    // Every kind of violation is exercised (the umbrella's numeric ranges are its quota and limit quantities).
    expect(kinds.size).toBe(6);
  }, 900_000);
});
