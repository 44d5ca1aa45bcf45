import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { cacheDir } from '../paths.ts';
import { type HelmMajor, helm, runOrThrow } from '../tools/index.ts';
import { chartHash, localDependencyDirs } from './chart-files.ts';

/** Stamps live in the cache, not in charts/<chart>/charts/, which Helm reads as subcharts. */
function stampDir(chartDir: string): string {
  return join(cacheDir, 'dependencies', createHash('sha256').update(chartDir).digest('hex').slice(0, 16));
}

/** A cross-process lock (vitest runs test files in parallel workers) built on atomic mkdir. */
async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.mlp-lock');
  mkdirSync(dir, { recursive: true });
  for (let waited = 0; ; waited += 50) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`timed out waiting for ${lock}; remove it if no mlp process is running`);
      await sleep(50);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const done = new Map<string, Promise<void>>();

/**
 * Runs `helm dependency update --skip-refresh` (offline for file:// dependencies) when a chart's
 * local dependencies changed since the last build, deepest dependencies first.
 */
export function ensureDependencies(chartDir: string, major: HelmMajor = 4): Promise<void> {
  let pending = done.get(chartDir);
  if (!pending) {
    pending = build(chartDir, major);
    done.set(chartDir, pending);
    pending.catch(() => done.delete(chartDir));
  }
  return pending;
}

async function build(chartDir: string, major: HelmMajor): Promise<void> {
  const deps = localDependencyDirs(chartDir);
  if (deps.length === 0) return;
  await Promise.all(deps.map((dep) => ensureDependencies(dep, major)));
  const wanted = deps.map((dep) => chartHash(dep)).join('\n');
  const stateDir = stampDir(chartDir);
  const stamp = join(stateDir, 'stamp');
  const current = () => (existsSync(stamp) ? readFileSync(stamp, 'utf8') : '');
  const built = () => existsSync(join(chartDir, 'charts'));
  if (current() === wanted && built()) return;
  await withLock(stateDir, async () => {
    if (current() === wanted && built()) return;
    await runOrThrow(helm(major), ['dependency', 'update', '--skip-refresh', chartDir]);
    writeFileSync(stamp, wanted);
  });
}
