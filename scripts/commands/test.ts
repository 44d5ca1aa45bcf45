import { parseArgs } from 'node:util';
import { $ } from 'zx';
import { info } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { runVitest, type VitestOutcome } from '../lib/vitest-run.ts';
import { run as gen } from './gen.ts';
import { run as lint } from './lint.ts';
import { run as setup } from './setup.ts';

/** A step of the run: a check (tools, drift, types, lint) passes or fails as a whole; vitest counts tests. */
interface Phase {
  name: string;
  run: () => Promise<number>;
}

export interface PhaseResult {
  name: string;
  code: number;
  seconds: number;
}

/**
 * The closing lines: every phase with its outcome and time, then the test count, which is vitest's own
 * (a check phase is reported as a phase, never counted as a test). Without a vitest report there is no
 * count to give, and the line says so.
 */
export function closingLines(results: PhaseResult[], vitest: VitestOutcome | undefined): string[] {
  const failed = results.filter((r) => r.code !== 0);
  return [
    ...results.map((r) => `  ${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)}s)`),
    `phases: ${results.length - failed.length} ok, ${failed.length} failed${failed.length ? ` (${failed.map((r) => r.name).join(', ')})` : ''}`,
    vitest?.reported ? `tests: ${vitest.passed} passed, ${vitest.failed} failed, ${vitest.skipped} skipped` : 'tests: vitest wrote no report (it did not run or crashed before reporting)',
  ];
}

/**
 * The README's test command: tools, generated-file drift, types, layers, lint, then the offline vitest tiers
 * (unit, schema, policy, alerts). `--tier unit,schema` runs only those tiers; the cluster tier is
 * `mlp cluster-test` (its own vitest config).
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { tier: { type: 'string' }, 'skip-lint': { type: 'boolean' } } });
  let vitest: VitestOutcome | undefined;
  const phases: Phase[] = [
    { name: 'provision tools', run: () => setup([]) },
    ...(values.tier
      ? []
      : [
          { name: 'generated files match the schemas', run: () => gen(['--check']) },
          { name: 'typecheck', run: async () => (await $({ cwd: repoRoot, stdio: 'inherit', nothrow: true })`npx tsc --noEmit`).exitCode ?? 1 },
          // dependency-cruiser with .dependency-cruiser.cjs: no layer imports a later one (docs/architecture.md).
          { name: 'layers', run: async () => (await $({ cwd: repoRoot, stdio: 'inherit', nothrow: true })`npx depcruise scripts test bin values --config .dependency-cruiser.cjs`).exitCode ?? 1 },
          ...(values['skip-lint'] ? [] : [{ name: 'lint', run: () => lint([]) }]),
        ]),
    {
      name: `vitest (${values.tier ?? 'unit, schema, policy, alerts'})`,
      run: async () => {
        vitest = await runVitest([], values.tier ? { MLP_TIER: values.tier } : {}, 'vitest-results.json');
        return vitest.code;
      },
    },
  ];
  const results: PhaseResult[] = [];
  for (const phase of phases) {
    const started = performance.now();
    info(`\n━━ ${phase.name}`);
    const code = await phase.run();
    results.push({ name: phase.name, code, seconds: (performance.now() - started) / 1000 });
  }
  console.log(`\n${closingLines(results, vitest).join('\n')}`);
  return results.some((r) => r.code !== 0) ? 1 : 0;
}
