import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { chartMetadata, listCharts, localDependencyDirs } from '../helm/chart-files.ts';
import { chartsDir, repoRoot } from '../paths.ts';
import { runOrThrow } from '../tools/index.ts';

/**
 * The one time stamp every packaged file carries. Helm 3 stamps each archive entry with the time of
 * packaging; Helm 4 with each file's modification time (and Chart.lock with its `generated` time), so
 * a checkout's times, not its contents, would decide the bytes. A fixed time makes an archive a function
 * of its contents only: the same chart at the same version packages to the same digest on any machine,
 * which is what lets a publish tell "already released" from "changed without a version bump". It is
 * deliberately not the commit time: an unrelated commit must not change a released chart's bytes.
 */
export const packageTime = new Date(0);

/**
 * Where the charts to package come from: the working tree (uncommitted changes included) or a git ref,
 * of this repository or of another checkout (`repo`, its root directory).
 */
export type ChartSource = { kind: 'tree'; repo?: string } | { kind: 'git'; ref: string; repo?: string };

export interface StageOptions {
  source: ChartSource;
  /** The version to stamp on a chart (default: its Chart.yaml version); dependents' file:// constraints follow. */
  version?: (chart: string, current: string) => string;
  /** Annotations added to every staged Chart.yaml (e.g. the signing key, known only at release time). */
  annotations?: Record<string, string>;
}

export interface StagedCharts {
  /** A temporary copy of charts/: stamped, every file timed at `packageTime`. */
  chartsDir: string;
  /** Chart names, dependencies before their dependents. */
  order: string[];
  /** Chart name → the version it is packaged at. */
  versions: Map<string, string>;
  remove(): void;
}

/** Charts ordered so that every file:// dependency comes before the charts that embed it. */
export function dependencyOrder(root: string): string[] {
  const charts = listCharts(root);
  const byDir = new Map(charts.map((c) => [join(root, c), c]));
  const ordered: string[] = [];
  const visit = (chart: string, path: string[]) => {
    if (ordered.includes(chart)) return;
    if (path.includes(chart)) throw new Error(`charts ${[...path, chart].join(' → ')} depend on each other in a cycle`);
    for (const dep of localDependencyDirs(join(root, chart))) {
      const name = byDir.get(dep);
      if (name) visit(name, [...path, chart]);
    }
    ordered.push(chart);
  };
  for (const c of charts) visit(c, []);
  return ordered;
}

/** The tree's charts without what `helm dependency update` writes (rebuilt in the stage from the stamped sources). */
function copyTree(from: string, dest: string): void {
  cpSync(from, dest, {
    recursive: true,
    filter: (src) => {
      const rel = relative(from, src).split('/');
      return !(rel.length === 2 && (rel[1] === 'charts' || rel[1] === 'Chart.lock'));
    },
  });
}

async function copyGitRef(repo: string, ref: string, dest: string, work: string): Promise<void> {
  const archive = join(work, 'charts.tar');
  await runOrThrow('git', ['archive', '--format=tar', '-o', archive, ref, 'charts'], { cwd: repo });
  await runOrThrow('tar', ['-xf', archive, '-C', work]);
  rmSync(archive);
  if (!existsSync(dest)) throw new Error(`git ref ${ref} has no charts/ directory`);
}

/** Sets a chart's version and its file:// dependency constraints to the stamped versions, keeping the file's layout. */
function stamp(chartDir: string, versions: Map<string, string>, annotations: Record<string, string>): void {
  const file = join(chartDir, 'Chart.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const name = doc.get('name') as string;
  doc.set('version', versions.get(name));
  const deps = (doc.toJS().dependencies ?? []) as { name: string; repository?: string }[];
  deps.forEach((d, i) => {
    if (d.repository?.startsWith('file://') && versions.has(d.name)) doc.setIn(['dependencies', i, 'version'], versions.get(d.name));
  });
  for (const [key, value] of Object.entries(annotations)) doc.setIn(['annotations', key], value);
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

/** Gives every file under dir the fixed package time (Helm 4 writes file times into the archive). */
export function fixTimes(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fixTimes(path);
    utimesSync(path, packageTime, packageTime);
  }
}

/**
 * A temporary copy of the charts to package, from the working tree or a git ref, stamped with the
 * versions to publish and timed so that packaging is deterministic.
 */
export async function stageCharts(opts: StageOptions): Promise<StagedCharts> {
  const work = mkdtempSync(join(tmpdir(), 'mlp-stage-'));
  const dest = join(work, 'charts');
  try {
    const repo = opts.source.repo ?? repoRoot;
    if (opts.source.kind === 'tree') copyTree(opts.source.repo ? join(repo, 'charts') : chartsDir, dest);
    else await copyGitRef(repo, opts.source.ref, dest, work);
    const order = dependencyOrder(dest);
    const versions = new Map(order.map((c) => {
      const current = chartMetadata(join(dest, c)).version;
      return [c, opts.version ? opts.version(c, current) : current];
    }));
    for (const c of order) stamp(join(dest, c), versions, opts.annotations ?? {});
    fixTimes(dest);
    return { chartsDir: dest, order, versions, remove: () => rmSync(work, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
