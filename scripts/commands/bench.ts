import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { $ } from 'zx';
import { ensureDependencies } from '../lib/helm/dependencies.ts';
import { type RenderOptions, templateArgs } from '../lib/helm/render.ts';
import { helmYaml } from '../lib/helm/values-yaml.ts';
import { info } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';
import { helm, type HelmMajor, run as runTool } from '../lib/tools/index.ts';

interface LoggedRender {
  chartDir: string;
  major: HelmMajor;
  opts: RenderOptions;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

async function vitestTier(tier: string, env: Record<string, string>): Promise<number> {
  const out = await $({ cwd: repoRoot, nothrow: true, quiet: true, env: { ...process.env, ...env, MLP_TIER: tier } })`npx vitest run --reporter=dot`;
  if (out.exitCode !== 0) throw new Error(`the ${tier} tier failed:\n${out.stdout.slice(-3000)}`);
  return 0;
}

/** Replays each logged render as a bare `helm template`, one after another. */
async function replay(renders: LoggedRender[]): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'mlp-bench-'));
  try {
    let total = 0;
    for (const [i, r] of renders.entries()) {
      await ensureDependencies(r.chartDir, r.major);
      let inline: string | undefined;
      if (r.opts.valuesObject !== undefined) {
        inline = join(work, `values-${i}.yaml`);
        writeFileSync(inline, helmYaml(r.opts.valuesObject));
      }
      const [, seconds] = await timed(() => runTool(helm(r.major), templateArgs(r.chartDir, r.opts, inline)));
      total += seconds;
    }
    return total;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `mlp bench platform ...`: the platform on real pods (bench-platform.ts).
 * `mlp bench [--tier unit]`: the tier's wall time with a cold render cache and a warm one, against the
 * time of the bare `helm template` calls it makes, replayed sequentially in the same run.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'platform') return (await import('./bench-platform.ts')).run(argv.slice(1));
  const { values } = parseArgs({ args: argv, options: { tier: { type: 'string', default: 'unit' } } });
  const tier = values.tier!;
  const work = mkdtempSync(join(tmpdir(), 'mlp-bench-cache-'));
  try {
    const log = join(work, 'renders.jsonl');
    const env = { MLP_RENDER_CACHE_DIR: join(work, 'renders'), MLP_RENDER_LOG: log };
    info(`▶ ${tier} tier, cold render cache`);
    const [, cold] = await timed(() => vitestTier(tier, env));
    const logged = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as LoggedRender);
    // Charts a test copied to a temporary directory and removed cannot be replayed.
    const renders = logged.filter((r) => existsSync(r.chartDir));
    info(`▶ ${tier} tier, warm render cache`);
    const [, warm] = await timed(() => vitestTier(tier, { MLP_RENDER_CACHE_DIR: env.MLP_RENDER_CACHE_DIR }));
    info(`▶ replaying ${renders.length} helm template calls bare, one after another`);
    const bare = await replay(renders);
    const rows = [
      ['measure', 'seconds', 'vs bare helm'],
      [`bare helm template x${renders.length} (sequential)`, bare.toFixed(1), '1.00'],
      [`${tier} tier, cold cache (vitest wall)`, cold.toFixed(1), (cold / bare).toFixed(2)],
      [`${tier} tier, warm cache (vitest wall)`, warm.toFixed(1), (warm / bare).toFixed(2)],
    ];
    console.log(rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
    console.log(`helm invocations by the ${tier} tier: ${logged.length}, replayed ${renders.length} (Helm 3: ${renders.filter((r) => r.major === 3).length}, Helm 4: ${renders.filter((r) => r.major === 4).length})`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
