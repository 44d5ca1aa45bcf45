import { parseArgs } from 'node:util';
import { info } from '../lib/log.ts';
import { runVitest } from '../lib/vitest-run.ts';

/**
 * The cluster tier (`npm run test:cluster`): vitest with test/cluster/vitest.config.ts, whose global
 * setup starts one cluster (local by default, `--provider kind|current`, `--context`; `--name` other than mlp-test) and stops it at the
 * end. Ends with the same `tests: N passed, N failed, N skipped` line as `npm test`.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { provider: { type: 'string' }, context: { type: 'string' }, name: { type: 'string' }, keep: { type: 'boolean' } } });
  const env = {
    ...(values.provider ? { MLP_CLUSTER_PROVIDER: values.provider } : {}),
    ...(values.context ? { MLP_CLUSTER_CONTEXT: values.context } : {}),
    ...(values.name ? { MLP_CLUSTER_NAME: values.name } : {}),
    ...(values.keep ? { MLP_KEEP_CLUSTER: '1' } : {}),
  };
  const started = performance.now();
  info('━━ vitest (cluster tier)');
  const out = await runVitest(['--config', 'test/cluster/vitest.config.ts', ...positionals], env, 'vitest-cluster-results.json');
  const line = out.reported ? `tests: ${out.passed} passed, ${out.failed} failed, ${out.skipped} skipped` : 'tests: 0 passed, 1 failed, 0 skipped';
  console.log(`\ncluster tier: ${((performance.now() - started) / 1000).toFixed(1)}s`);
  console.log(line);
  return out.code;
}
