import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../tools/index.ts';

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
