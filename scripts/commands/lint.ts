import { parseArgs } from 'node:util';
import { chartMetadata, chartPath, listCharts } from '../lib/helm/chart-files.ts';
import { ensureDependencies } from '../lib/helm/dependencies.ts';
import { helmValuesFiles } from '../lib/helm/values-files.ts';
import { chartScenarios } from '../lib/scenarios/index.ts';
import { helm, type HelmMajor, run as runTool } from '../lib/tools/index.ts';
import { step } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { ctVersionIncrement, runCt } from '../lib/repository/ct.ts';
import { formatValuesFindings, lintValues } from '../lib/schema/values-lint.ts';

/**
 * helm lint --strict of one chart under one Helm major: with each scenario of the catalog (defaults,
 * ci files, the umbrella's profiles and layerings) or, given `-f` files, with those.
 */
async function helmLint(chart: string, major: HelmMajor, valuesFiles: string[]): Promise<string[]> {
  const dir = chartPath(chart);
  await ensureDependencies(dir, major);
  const library = chartMetadata(dir).type === 'library';
  const scenarios = library ? [[]] : valuesFiles.length > 0 ? [valuesFiles] : chartScenarios(chart, { alsoOn: false }).map((s) => s.values);
  const cases = await Promise.all(scenarios.map(async (files) => (await helmValuesFiles(files, chart)).flatMap((f) => ['--values', f])));
  const failures: string[] = [];
  for (const extra of cases) {
    const result = await runTool(helm(major), ['lint', '--strict', dir, ...extra]);
    if (result.code !== 0) failures.push(`helm ${major} lint ${chart} ${extra.join(' ')}:\n${(result.stdout + result.stderr).trim()}`);
  }
  return failures;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'skip-ct': { type: 'boolean' }, values: { type: 'string', short: 'f', multiple: true } } });
  const charts = positionals.length > 0 ? positionals : listCharts();
  const failures: string[] = [];
  await step(`helm lint --strict (Helm 3 and 4) of ${charts.length} charts`, async () => {
    for (const chart of charts) for (const major of [3, 4] as const) failures.push(...(await helmLint(chart, major, values.values ?? [])));
  });
  await step(`values lint (templates read what values.yaml declares, and all of it) of ${charts.length} charts`, async () => {
    for (const chart of charts) {
      const findings = await lintValues(chart);
      if (findings.length > 0) failures.push(formatValuesFindings(chart, findings));
    }
  });
  if (!values['skip-ct']) {
    // Every chart linted; the version check is ct's second run below (with --all ct would require a bump of every chart).
    const selection = positionals.length > 0 ? ['--charts', charts.map((c) => `charts/${c}`).join(',')] : ['--all'];
    const { code } = await step('ct lint', () => runCt(['lint', ...selection, '--check-version-increment=false']));
    if (code !== 0) failures.push(`ct lint exited ${code} (output above)`);
    failures.push(...(await ctVersionIncrement(repoRoot)));
  }
  if (failures.length > 0) {
    console.error(failures.join('\n\n'));
    return 1;
  }
  console.log(`lint: ${charts.length} charts clean under Helm 3 and Helm 4, the values lint and chart-testing`);
  return 0;
}
