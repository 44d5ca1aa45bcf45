import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { V1Pod } from '@kubernetes/client-node';
import { $ } from 'zx';
import { type BuildRecord, buildTimesFile, recordedBuilds } from '../lib/build-times.ts';
import { kube } from '../lib/cluster/kube.ts';
import { readState } from '../lib/cluster/state.ts';
import { info } from '../lib/log.ts';
import { repoRoot } from '../lib/paths.ts';

const benchCluster = 'mlp-bench';

async function timed(what: string, fn: () => Promise<void>): Promise<number> {
  info(`▶ ${what}`);
  const started = performance.now();
  await fn();
  const seconds = (performance.now() - started) / 1000;
  info(`✓ ${what} (${seconds.toFixed(1)}s)`);
  return seconds;
}

/** Runs an mlp command as a child process, its output into a log file (the bench prints only its figures). */
async function mlp(args: string[], log: string, env: Record<string, string> = {}): Promise<void> {
  const out = await $({ cwd: repoRoot, nothrow: true, quiet: true, env: { ...process.env, ...env } })`node bin/mlp.js ${args}`;
  writeFileSync(log, `${out.stdout}\n${out.stderr}`);
  if (out.exitCode !== 0) throw new Error(`mlp ${args.join(' ')} exited ${out.exitCode}; see ${log}`);
}

/** Seconds from each pod's creation to its Ready condition, by component (the verify page's component names). */
export function createToReady(pods: V1Pod[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of pods) {
    if (p.metadata?.annotations?.['helm.sh/hook'] || (p.metadata?.ownerReferences ?? []).some((o) => o.kind === 'Job')) continue;
    const ready = p.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True')?.lastTransitionTime;
    const created = p.metadata?.creationTimestamp;
    if (!ready || !created) continue;
    const labels = p.metadata?.labels ?? {};
    const component = labels['ray.io/node-type'] ? `ray-${labels['ray.io/node-type']}` : `${labels['app.kubernetes.io/name'] ?? '?'}/${labels['app.kubernetes.io/component'] ?? ''}`;
    out.set(component, [...(out.get(component) ?? []), (new Date(ready).getTime() - new Date(created).getTime()) / 1000]);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The newest record of each build. */
function latestBuilds(records: BuildRecord[]): BuildRecord[] {
  const byName = new Map<string, BuildRecord>();
  for (const r of records) byName.set(`${r.kind} ${r.name}`, r);
  return [...byName.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/**
 * `mlp bench platform [--profile dev --profile prod] [--no-tier]`: from one run, the figures of the
 * platform on real pods, as Markdown tables: the cold builds of node tools and images (the times
 * recorded when they were built: a warm machine does not rebuild them), warm `up` to all-ready per
 * profile (tools and images cached, a fresh local cluster), each component's pod create → Ready, and
 * the real-pod tier's duration. The cluster it uses is its own (`mlp-bench`) and is stopped after.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { profile: { type: 'string', multiple: true }, 'no-tier': { type: 'boolean' } } });
  const profiles = values.profile ?? ['dev', 'prod'];
  const logs = join(tmpdir(), `mlp-bench-platform-${Date.now()}`);
  mkdirSync(logs, { recursive: true });
  const lines: string[] = [`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`, ''];

  const builds = latestBuilds(recordedBuilds());
  lines.push('Cold builds (recorded when each was built; warm runs reuse the caches):', '', row(['build', 'version or key', 'seconds', 'load then', 'recorded']), row(['---', '---', '---:', '---:', '---']));
  for (const b of builds) lines.push(row([`${b.kind} ${b.name}`, b.version, b.seconds.toFixed(0), b.load.toFixed(1), b.at.slice(0, 16).replace('T', ' ')]));
  if (builds.length === 0) lines.push(`(none recorded in ${buildTimesFile}: the caches were filled before recording began; \`MLP_CACHE_DIR=<empty dir> npx mlp bench platform\` measures from scratch)`);

  const ups: string[][] = [];
  const ready: string[] = [];
  for (const profile of profiles) {
    await mlp(['down', '--name', benchCluster], join(logs, `down-before-${profile}.log`));
    const up = await timed(`up --profile ${profile} (warm, fresh cluster ${benchCluster})`, () => mlp(['up', '--name', benchCluster, '--profile', profile], join(logs, `up-${profile}.log`)));
    const state = readState(benchCluster);
    const pods = state ? (await kube(state.cluster).core.listNamespacedPod({ namespace: 'ml-platform' })).items : [];
    for (const [component, seconds] of createToReady(pods)) ready.push(row([profile, component, seconds.length, Math.min(...seconds).toFixed(1), Math.max(...seconds).toFixed(1)]));
    const down = await timed(`down (${profile})`, () => mlp(['down', '--name', benchCluster], join(logs, `down-${profile}.log`)));
    ups.push([profile, up.toFixed(1), down.toFixed(1)]);
  }
  lines.push('', 'Warm `up` to all ready on real pods (tools and images cached; a fresh local cluster with its real node):', '', row(['profile', 'up → all ready (s)', 'down (s)']), row(['---', '---:', '---:']), ...ups.map(row));
  lines.push('', 'Pod create → Ready per component (from the pods `up` left):', '', row(['profile', 'component', 'pods', 'min (s)', 'max (s)']), row(['---', '---', '---:', '---:', '---:']), ...ready);

  if (!values['no-tier']) {
    const tier = await timed('the real-pod tier (test/cluster/real-platform.test.ts)', async () => {
      const out = await $({ cwd: repoRoot, nothrow: true, quiet: true, env: { ...process.env, MLP_CLUSTER_NAME: benchCluster } })`npx vitest run --config test/cluster/vitest.config.ts real-platform`;
      writeFileSync(join(logs, 'tier.log'), `${out.stdout}\n${out.stderr}`);
      if (out.exitCode !== 0) throw new Error(`the real-pod tier failed; see ${join(logs, 'tier.log')}`);
    });
    const report = join(repoRoot, '.cache', 'vitest-cluster-results.json');
    const scenarios = new Map<string, number>();
    if (existsSync(report)) {
      const r = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { assertionResults: { ancestorTitles: string[]; duration?: number }[] }[] };
      for (const a of r.testResults.flatMap((t) => t.assertionResults)) scenarios.set(a.ancestorTitles[0] ?? '', (scenarios.get(a.ancestorTitles[0] ?? '') ?? 0) + (a.duration ?? 0) / 1000);
    }
    lines.push('', `The real-pod tier alone (cluster start and stop included): ${tier.toFixed(0)} s; its tests by scenario (installs are in hooks, not counted here):`, '', row(['scenario', 'tests (s)']), row(['---', '---:']), ...[...scenarios].map(([s, t]) => row([s, t.toFixed(0)])));
  }
  lines.push('', `load average at end: ${loadavg().map((l) => l.toFixed(1)).join(', ')}; logs in ${logs}`);
  console.log(lines.join('\n'));
  return 0;
}
