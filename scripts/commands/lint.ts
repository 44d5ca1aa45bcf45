import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chartMetadata, chartPath, listCharts } from '../lib/helm/chart-files.ts';
import { ensureDependencies } from '../lib/helm/dependencies.ts';
import { helm, type HelmMajor, run as runTool } from '../lib/tools/index.ts';
import { step } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { ctVersionIncrement, runCt } from '../lib/repository/ct.ts';

/** `ci/*-values.yaml` of a chart: the scenarios ct installs, linted here too. */
export function ciValuesFiles(chartDir: string): string[] {
  const dir = join(chartDir, 'ci');
  return existsSync(dir) ? readdirSync(dir).filter((f) => /-values\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : [];
}

/** helm lint --strict of one chart with its defaults and each ci values file, under one Helm major. */
async function helmLint(chart: string, major: HelmMajor): Promise<string[]> {
  const dir = chartPath(chart);
  await ensureDependencies(dir, major);
  const library = chartMetadata(dir).type === 'library';
  const cases = library ? [[]] : [[], ...ciValuesFiles(dir).map((f) => ['--values', f])];
  const failures: string[] = [];
  for (const extra of cases) {
    const result = await runTool(helm(major), ['lint', '--strict', dir, ...extra]);
    if (result.code !== 0) failures.push(`helm ${major} lint ${chart} ${extra.join(' ')}:\n${(result.stdout + result.stderr).trim()}`);
  }
  return failures;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'skip-ct': { type: 'boolean' } } });
  const charts = positionals.length > 0 ? positionals : listCharts();
  const failures: string[] = [];
  await step(`helm lint --strict (Helm 3 and 4) of ${charts.length} charts`, async () => {
    for (const chart of charts) for (const major of [3, 4] as const) failures.push(...(await helmLint(chart, major)));
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
  console.log(`lint: ${charts.length} charts clean under Helm 3 and Helm 4 and chart-testing`);
  return 0;
}
