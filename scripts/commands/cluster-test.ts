import { parseArgs } from 'node:util';
import { info } from '../lib/log.ts';
import { type VitestOutcome, runVitest } from '../lib/vitest-run.ts';

/**
 * The cluster tier (`npm run test:cluster`), two vitest runs: first test/cluster-host (a local
 * cluster of its own started and stopped, the host compared before and after: it needs the machine
 * without another real node), then test/cluster with test/cluster/vitest.config.ts, whose global
 * setup starts one cluster (local by default, `--provider kind|current`, `--context`; `--name` other
 * than mlp-test) and stops it
 * at the end. File filters apply to both runs. Ends with the same `tests: N passed, N failed, N
 * skipped` line as `npm test`, over both runs.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { provider: { type: 'string' }, context: { type: 'string' }, name: { type: 'string' }, keep: { type: 'boolean' } } });
  const env = {
    ...(values.provider ? { MLP_CLUSTER_PROVIDER: values.provider } : {}),
    ...(values.context ? { MLP_CLUSTER_CONTEXT: values.context } : {}),
    ...(values.name ? { MLP_CLUSTER_NAME: values.name } : {}),
    ...(values.keep ? { MLP_KEEP_CLUSTER: '1' } : {}),
  };
  const filters = positionals.length ? [...positionals, '--passWithNoTests'] : [];
  const started = performance.now();
  info('━━ vitest (cluster tier: the host around a local cluster with its real node)');
  const host = await runVitest(['--config', 'test/cluster-host/vitest.config.ts', ...filters], env, 'vitest-cluster-host-results.json');
  info('━━ vitest (cluster tier)');
  const main = await runVitest(['--config', 'test/cluster/vitest.config.ts', ...filters], env, 'vitest-cluster-results.json');
  const runs: VitestOutcome[] = [host, main];
  const sum = (key: 'passed' | 'failed' | 'skipped') => runs.reduce((n, r) => n + r[key], 0);
  const unreported = runs.filter((r) => !r.reported).length;
  console.log(`\ncluster tier: ${((performance.now() - started) / 1000).toFixed(1)}s`);
  console.log(`tests: ${sum('passed')} passed, ${sum('failed') + unreported} failed, ${sum('skipped')} skipped`);
  return runs.some((r) => r.code !== 0) ? 1 : 0;
}
