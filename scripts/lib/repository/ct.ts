import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { info, step } from '../log.ts';
import { repoRoot } from '../paths.ts';
import { pathWith, run } from '../tools/index.ts';

/**
 * chart-testing with a repository's ct.yaml (this one's by default). ct calls helm, kubectl, yamllint and
 * yamale from PATH: the pinned ones go first (Helm 4 unless MLP_HELM_MAJOR=3).
 */
export async function runCt(argv: string[], opts: { cwd?: string; inherit?: boolean } = {}): Promise<{ code: number; output: string }> {
  const cwd = opts.cwd ?? repoRoot;
  const takesConfig = ['lint', 'install', 'lint-and-install', 'list-changed'].includes(argv[0] ?? '');
  const hasConfig = argv.some((a) => a === '--config' || a.startsWith('--config='));
  const args = takesConfig && !hasConfig ? [...argv, '--config', join(cwd, 'ct.yaml')] : argv;
  const helm = process.env.MLP_HELM_MAJOR === '3' ? 'helm3' : 'helm4';
  const PATH = await pathWith([helm, 'kubectl', 'yamllint', 'yamale']);
  const result = await run('ct', args, { cwd, env: { PATH }, inherit: opts.inherit ?? true });
  return { code: result.code, output: result.stdout + result.stderr };
}

/**
 * The branch `ct lint --check-version-increment` compares with: `<remote>/<target-branch>` of ct.yaml
 * (ct reads both from there). Undefined when the clone has no such remote branch (a worktree or a copy
 * without that remote): ct would then take every chart for new and check nothing, so the caller says so.
 */
export async function ctTargetBranch(repo: string): Promise<string | undefined> {
  const config = parse(readFileSync(join(repo, 'ct.yaml'), 'utf8')) as { remote?: string; 'target-branch'?: string };
  const ref = `${config.remote ?? 'origin'}/${config['target-branch'] ?? 'main'}`;
  const found = await run('git', ['rev-parse', '--verify', '--quiet', `refs/remotes/${ref}`], { cwd: repo });
  return found.code === 0 ? ref : undefined;
}

/**
 * ct's version check, as ct.yaml configures it (`check-version-increment: true`): every chart changed since the merge base
 * with the target branch must have a higher version than there. In a fresh clone of the target branch
 * nothing has changed and ct passes; without the remote branch there is nothing to compare with, said
 * so and skipped (the unit tier's release-tag check, versions.ts, still applies). Returns the failures.
 */
export async function ctVersionIncrement(repo: string, opts: { inherit?: boolean } = {}): Promise<string[]> {
  const target = await ctTargetBranch(repo);
  if (!target) {
    info('ct version check skipped: this clone has no target branch (ct.yaml remote/target-branch) to compare with');
    return [];
  }
  const { code, output } = await step(`ct lint --check-version-increment (charts changed since ${target})`, () => runCt(['lint'], { cwd: repo, inherit: opts.inherit }));
  return code === 0 ? [] : [`ct version check against ${target} failed (exit ${code}): ${output.includes('Needs a version bump') ? 'a chart changed without a version bump' : 'see above'}`];
}
