import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDependencies } from '../lib/helm/dependencies.ts';
import { type RenderLogEntry, templateArgs } from '../lib/helm/render.ts';
import { helmYaml } from '../lib/helm/values-yaml.ts';
import { info } from '../lib/log.ts';
import { fileGroup, type PhaseLine, parsePhases } from '../lib/test-report.ts';
import { repoRoot } from '../lib/paths.ts';
import { helm, run as runTool, runOrThrow } from '../lib/tools/index.ts';

/** One `npm test` measured: its wall time, the phases it reported, vitest's files and the renders it asked for. */
export interface TestRun {
  label: string;
  code: number;
  wall: number;
  phases: PhaseLine[];
  /** Seconds of vitest's test files by group (tier, or the file for the schema tier's fuzzing): files run two at a time, so these add up to more than the phase. */
  groups: Map<string, number>;
  tests: string;
  renders: RenderLogEntry[];
  load: { before: number; after: number };
}

function vitestGroups(resultsFile: string): Map<string, number> {
  const groups = new Map<string, number>();
  if (!existsSync(resultsFile)) return groups;
  const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as { testResults: { name: string; startTime: number; endTime: number }[] };
  for (const file of report.testResults) {
    const group = fileGroup(file.name);
    groups.set(group, (groups.get(group) ?? 0) + (file.endTime - file.startTime) / 1000);
  }
  return groups;
}

/** Reads the render log; entries without `answer` come from a tree older than the log's `answer` field, which logged helm calls only. */
function readRenderLog(file: string): RenderLogEntry[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ answer: 'helm', ...(JSON.parse(line) as Partial<RenderLogEntry>) }) as RenderLogEntry);
}

/** Runs `mlp test` of a tree with a fresh render cache (tools stay warm), its output kept in a log file. */
async function measureTest(label: string, tree: string, testArgs: string[], work: string): Promise<TestRun> {
  const dir = join(work, label);
  mkdirSync(dir, { recursive: true });
  const log = join(dir, 'renders.jsonl');
  const output = join(dir, 'output.log');
  info(`▶ ${label}: mlp test ${testArgs.join(' ')} in ${tree} (cold render cache; output in ${output})`);
  const before = loadavg()[0]!;
  const started = performance.now();
  // Spawned without a shell, so the clock counts the test command alone.
  const fd = openSync(output, 'w');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['bin/mlp.js', 'test', ...testArgs], {
      cwd: tree,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, MLP_RENDER_CACHE_DIR: join(dir, 'renders'), MLP_RENDER_LOG: log, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    child.on('error', () => resolve(127));
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  closeSync(fd);
  const wall = (performance.now() - started) / 1000;
  const stdout = readFileSync(output, 'utf8');
  return {
    label,
    code,
    wall,
    phases: parsePhases(stdout),
    groups: vitestGroups(join(tree, '.cache', 'vitest-results.json')),
    tests: /^tests: .*$/m.exec(stdout)?.[0] ?? 'tests: no count (see the output log)',
    renders: readRenderLog(log),
    load: { before, after: loadavg()[0]! },
  };
}

/** A checkout of `ref` beside the work, sharing this tree's node_modules (a clone without a remote, like this worktree's ct check). */
async function checkout(ref: string, work: string): Promise<string> {
  const tree = join(work, 'baseline-tree');
  const git = async (cwd: string, args: string[]) => (await runOrThrow('git', args, { cwd })).trim();
  const commit = await git(repoRoot, ['rev-parse', '--verify', `${ref}^{commit}`]);
  await git(work, ['clone', '--quiet', '--shared', '--no-checkout', repoRoot, tree]);
  await git(tree, ['checkout', '--quiet', '--detach', commit]);
  await git(tree, ['remote', 'remove', 'origin']);
  symlinkSync(join(repoRoot, 'node_modules'), join(tree, 'node_modules'));
  return tree;
}

/** Replays each render that reached helm as a bare `helm template`, one after another. */
async function replay(renders: RenderLogEntry[]): Promise<number> {
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
      const started = performance.now();
      await runTool(helm(r.major), templateArgs(r.chartDir, r.opts, inline));
      total += (performance.now() - started) / 1000;
    }
    return total;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const table = (rows: string[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
const secs = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

/** The phases of both runs side by side, matched by name (a renamed phase gets its own row). */
function phaseRows(runs: TestRun[]): string[][] {
  const names = [...new Set(runs.flatMap((r) => r.phases.map((p) => p.name.replace(/; fuzz \w+/, ''))))];
  return names.map((name) => [name, ...runs.map((r) => {
    const p = r.phases.find((x) => x.name.replace(/; fuzz \w+/, '') === name);
    return p ? `${secs(p.seconds)}${p.ok ? '' : ' (failed)'}` : '–';
  })]);
}

function renderCounts(r: TestRun): string {
  const by = (a: string) => r.renders.filter((e) => e.answer === a).length;
  const asked = r.renders.length;
  const helmCalls = by('helm');
  const known = r.renders.some((e) => e.answer !== 'helm');
  return known || asked === 0 ? `${asked} asked, ${helmCalls} by helm (${by('memory')} memory hits, ${by('disk')} disk hits: ${asked ? (((asked - helmCalls) / asked) * 100).toFixed(0) : 0}% hit rate)` : `${helmCalls} by helm (this tree logs helm calls only)`;
}

/**
 * `mlp bench platform ...`: the platform on real pods (bench-platform.ts).
 * `mlp bench [--baseline <ref>] [--tier t] [--fuzz sample|full]`: `mlp test` (the README's `npm test`) with a cold render
 * cache and warm tools, then the same of the baseline ref when given (a clone of it beside the work, in the same run),
 * then the renders this tree's run sent to helm replayed as bare `helm template` calls one after another, against
 * which the test's wall time is a ratio. Prints one table: wall, each phase, vitest's files by group, renders, load.
 */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'platform') return (await import('./bench-platform.ts')).run(argv.slice(1));
  const { values } = parseArgs({ args: argv, options: { tier: { type: 'string' }, fuzz: { type: 'string' }, baseline: { type: 'string' }, out: { type: 'string' } } });
  const testArgs = [...(values.tier ? ['--tier', values.tier] : []), ...(values.fuzz ? ['--fuzz', values.fuzz] : [])];
  const work = mkdtempSync(join(tmpdir(), 'mlp-bench-work-'));
  let failed = true;
  try {
    const runs: TestRun[] = [];
    if (values.baseline) {
      const tree = await checkout(values.baseline, work);
      // The baseline knows neither --fuzz nor sample depth: it runs its own default fuzzing.
      runs.push(await measureTest(`baseline ${values.baseline}`, tree, values.tier ? ['--tier', values.tier] : [], work));
    }
    const current = await measureTest('this tree', repoRoot, testArgs, work);
    runs.push(current);
    const helmRenders = current.renders.filter((r) => r.answer === 'helm' && existsSync(r.chartDir));
    info(`▶ replaying ${helmRenders.length} helm template calls of this tree's run bare, one after another`);
    const loadBefore = loadavg()[0]!;
    const bare = await replay(helmRenders);
    const vitestSeconds = (r: TestRun) => r.phases.find((p) => p.name.startsWith('vitest'))?.seconds;
    const groups = [...new Set(runs.flatMap((r) => [...r.groups.keys()]))].sort();
    const report = [
      `mlp bench: \`mlp test ${testArgs.join(' ')}\`, cold render cache, warm tools; ${new Date().toISOString()}`,
      '',
      table([
        ['measure (seconds)', ...runs.map((r) => r.label)],
        ['---', ...runs.map(() => '---')],
        ['**wall**', ...runs.map((r) => `**${secs(r.wall)}**${r.code === 0 ? '' : ` (exit ${r.code})`}`)],
        ...phaseRows(runs),
        ...groups.map((g) => [`vitest files: ${g} (file-seconds, 2 at a time)`, ...runs.map((r) => secs(r.groups.get(g)))]),
        ['renders', ...runs.map(renderCounts)],
        ['tests', ...runs.map((r) => r.tests.replace(/^tests: /, ''))],
        ['load average (1 min) before / after', ...runs.map((r) => `${r.load.before.toFixed(1)} / ${r.load.after.toFixed(1)}`)],
      ]),
      '',
      `Bare \`helm template\`: the ${helmRenders.length} renders this tree's run sent to helm (Helm 3: ${helmRenders.filter((r) => r.major === 3).length}, Helm 4: ${helmRenders.filter((r) => r.major === 4).length}), replayed one after another: ${secs(bare)} s (load ${loadBefore.toFixed(1)} / ${loadavg()[0]!.toFixed(1)}).`,
      `Ratios to it: wall ${(current.wall / bare).toFixed(2)}, vitest phase ${((vitestSeconds(current) ?? Number.NaN) / bare).toFixed(2)}.`,
      ...runs.filter((r) => r.code !== 0).map((r) => `${r.label} exited ${r.code}: its output is kept in ${join(work, r.label, 'output.log')}.`),
    ].join('\n');
    console.log(`\n${report}`);
    if (values.out) writeFileSync(values.out, `${report}\n`);
    failed = runs.some((r) => r.code !== 0);
    return failed ? 1 : 0;
  } finally {
    // A failed run's output stays for reading; otherwise the clone, the caches and the logs go.
    if (!failed) rmSync(work, { recursive: true, force: true });
  }
}
