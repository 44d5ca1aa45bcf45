import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { $ } from 'zx';
import { info } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';

/**
 * The cluster tier (`npm run test:cluster`): vitest with test/cluster/vitest.config.ts, whose global
 * setup starts one cluster (local by default, `--provider kind|current`, `--context`) and stops it at the
 * end. Ends with the same `tests: N passed, N failed, N skipped` line as `npm test`.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { provider: { type: 'string' }, context: { type: 'string' }, keep: { type: 'boolean' } } });
  const results = join(repoRoot, '.cache', 'vitest-cluster-results.json');
  rmSync(results, { force: true });
  const env = {
    ...process.env,
    ...(values.provider ? { MLP_CLUSTER_PROVIDER: values.provider } : {}),
    ...(values.context ? { MLP_CLUSTER_CONTEXT: values.context } : {}),
    ...(values.keep ? { MLP_KEEP_CLUSTER: '1' } : {}),
  };
  const started = performance.now();
  info('━━ vitest (cluster tier)');
  const out = await $({ cwd: repoRoot, stdio: 'inherit', nothrow: true, env })`npx vitest run --config test/cluster/vitest.config.ts ${positionals}`;
  let line = 'tests: 0 passed, 1 failed, 0 skipped';
  if (existsSync(results)) {
    const r = JSON.parse(readFileSync(results, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    line = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
  }
  console.log(`\ncluster tier: ${((performance.now() - started) / 1000).toFixed(1)}s`);
  console.log(line);
  return out.exitCode ?? 1;
}
