import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { info } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { fuzzDepths } from '../lib/schema/fuzz-budget.ts';
import { closingLines, type PhaseResult } from '../lib/test-report.ts';
import { runVitest, type VitestOutcome } from '../lib/vitest-run.ts';
import { run as setup } from './setup.ts';

/** A step of the run: a check (tools, drift, types, lint) passes or fails as a whole; vitest counts tests. */
export interface Phase {
  name: string;
  run: () => Promise<number>;
}

/** A check run as its own process, its output held back and printed whole when it ends (it runs beside others). */
export function quietCheck(name: string, command: string[]): Phase {
  return {
    name,
    run: async () => {
      const chunks: Buffer[] = [];
      const code = await new Promise<number>((resolve) => {
        const child = spawn(command[0]!, command.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (c: Buffer) => chunks.push(c));
        child.stderr.on('data', (c: Buffer) => chunks.push(c));
        child.on('error', (e) => {
          chunks.push(Buffer.from(String(e)));
          resolve(127);
        });
        child.on('close', (exit) => resolve(exit ?? 1));
      });
      info(`\n━━ ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text) console.log(text);
      return code;
    },
  };
}

async function timedPhase(phase: Phase): Promise<PhaseResult> {
  const started = performance.now();
  const code = await phase.run();
  return { name: phase.name, code, seconds: (performance.now() - started) / 1000 };
}

/**
 * The README's test command: tools, then the checks (generated-file drift, types and layers, one after the other,
 * beside lint, each its own process with its output printed when it ends), then the offline vitest tiers
 * (unit, schema, policy, alerts). `--tier unit,schema` runs only those tiers; `--fuzz full` fuzzes at full
 * depth (MLP_FUZZ, scripts/lib/schema/fuzz-budget.ts). The cluster tier is `mlp cluster-test` (its own
 * vitest config).
 *
 * Lint runs before vitest, not beside it: ct lint rebuilds the charts' dependency archives that renders read.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { tier: { type: 'string' }, 'skip-lint': { type: 'boolean' }, fuzz: { type: 'string' } } });
  const fuzz = values.fuzz ?? process.env.MLP_FUZZ;
  if (fuzz !== undefined && !Object.hasOwn(fuzzDepths, fuzz)) {
    console.error(`value --fuzz: ${JSON.stringify(fuzz)} is not a fuzz depth. Fix: --fuzz ${Object.keys(fuzzDepths).join(' or --fuzz ')}`);
    return 2;
  }
  const started = performance.now();
  const results: PhaseResult[] = [];
  info('\n━━ provision tools');
  results.push(await timedPhase({ name: 'provision tools', run: () => setup([]) }));
  if (!values.tier) {
    const mlp = [process.execPath, join(repoRoot, 'bin', 'mlp.js')];
    const drift = quietCheck('generated files match the schemas', [...mlp, 'gen', '--check']);
    const typecheck = quietCheck('typecheck', [process.execPath, join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit']);
    // dependency-cruiser with .dependency-cruiser.cjs: no layer imports a later one (docs/architecture.md).
    const layers = quietCheck('layers', [process.execPath, join(repoRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'scripts', 'test', 'bin', 'values', '--config', '.dependency-cruiser.cjs']);
    info(`\n━━ ${[drift.name, typecheck.name, layers.name, ...(values['skip-lint'] ? [] : ['lint'])].join(', ')} (beside each other)`);
    const checks = await Promise.all([
      (async () => [await timedPhase(drift), await timedPhase(typecheck), await timedPhase(layers)])(),
      values['skip-lint'] ? Promise.resolve([]) : timedPhase(quietCheck('lint', [...mlp, 'lint'])).then((r) => [r]),
    ]);
    results.push(...checks.flat());
  }
  let vitest: VitestOutcome | undefined;
  const vitestPhase: Phase = {
    name: `vitest (${values.tier ?? 'unit, schema, policy, alerts'}${fuzz ? `; fuzz ${fuzz}` : ''})`,
    run: async () => {
      vitest = await runVitest([], { ...(values.tier ? { MLP_TIER: values.tier } : {}), ...(fuzz ? { MLP_FUZZ: fuzz } : {}) }, 'vitest-results.json');
      return vitest.code;
    },
  };
  info(`\n━━ ${vitestPhase.name}`);
  results.push(await timedPhase(vitestPhase));
  console.log(`\n${closingLines(results, vitest).join('\n')}\nwall: ${((performance.now() - started) / 1000).toFixed(1)}s`);
  return results.some((r) => r.code !== 0) ? 1 : 0;
}
