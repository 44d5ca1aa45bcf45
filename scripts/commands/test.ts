import { parseArgs } from 'node:util';
import { $ } from 'zx';
import { info } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { runVitest } from '../lib/vitest-run.ts';
import { run as gen } from './gen.ts';
import { run as lint } from './lint.ts';
import { run as setup } from './setup.ts';

interface Phase {
  name: string;
  run: () => Promise<number>;
}

async function vitest(tier: string | undefined): Promise<number> {
  const outcome = await runVitest([], tier ? { MLP_TIER: tier } : {}, 'vitest-results.json');
  counts.passed += outcome.passed;
  counts.failed += outcome.failed;
  counts.skipped += outcome.skipped;
  return outcome.code;
}

const counts = { passed: 0, failed: 0, skipped: 0 };

/**
 * The README's test command: tools, generated-file drift, types, lint, then the offline vitest tiers
 * (unit, schema, policy, alerts). `--tier unit,schema` runs only those tiers; the cluster tier is
 * `mlp cluster-test` (its own vitest config).
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { tier: { type: 'string' }, 'skip-lint': { type: 'boolean' } } });
  const phases: Phase[] = [
    { name: 'provision tools', run: () => setup([]) },
    ...(values.tier ? [] : [
      { name: 'generated files match the schemas', run: () => gen(['--check']) },
      { name: 'typecheck', run: async () => (await $({ cwd: repoRoot, stdio: 'inherit', nothrow: true })`npx tsc --noEmit`).exitCode ?? 1 },
      ...(values['skip-lint'] ? [] : [{ name: 'lint', run: () => lint([]) }]),
    ]),
    { name: `vitest (${values.tier ?? 'unit, schema, policy, alerts'})`, run: () => vitest(values.tier) },
  ];
  const summary: string[] = [];
  for (const phase of phases) {
    const started = performance.now();
    info(`\n━━ ${phase.name}`);
    const code = await phase.run();
    summary.push(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${phase.name} (${((performance.now() - started) / 1000).toFixed(1)}s)`);
    // A check phase (drift, types, lint) counts as one test; vitest counts its own.
    if (!phase.name.startsWith('vitest')) counts[code === 0 ? 'passed' : 'failed'] += 1;
  }
  console.log(`\n${summary.join('\n')}`);
  console.log(`(check phases count as one test each)`);
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return summary.some((s) => s.includes('FAIL')) ? 1 : 0;
}
