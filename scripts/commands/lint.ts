import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chartMetadata, chartPath, listCharts } from '../lib/helm/chart-files.ts';
import { ensureDependencies } from '../lib/helm/dependencies.ts';
import { helm, type HelmMajor, run as runTool } from '../lib/tools/index.ts';
import { ctTargetBranch } from '../lib/repository/ct-target.ts';
import { info, step } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { runCt } from './ct.ts';

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

/**
 * ct's version check (ct.yaml `check-version-increment: true`): every chart changed since the merge base
 * with the target branch must have a higher version than there. In a fresh clone of the target branch
 * nothing has changed and ct passes; without the remote branch there is nothing to compare with, said
 * so and skipped (the unit tier's release-tag check, scripts/lib/repository/versions.ts, still applies).
 */
export async function ctVersionIncrement(repo: string, opts: { inherit?: boolean } = {}): Promise<string[]> {
  const target = await ctTargetBranch(repo);
  if (!target) {
    info('ct version check skipped: this clone has no target branch (ct.yaml remote/target-branch) to compare with');
    return [];
  }
  const { code, output } = await step(`ct lint --check-version-increment (charts changed since ${target})`, () => runCt(['lint', '--check-version-increment=true'], { cwd: repo, inherit: opts.inherit }));
  return code === 0 ? [] : [`ct version check against ${target} failed (exit ${code}): ${output.includes('Needs a version bump') ? 'a chart changed without a version bump' : 'see above'}`];
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
