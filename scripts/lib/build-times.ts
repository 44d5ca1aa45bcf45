import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cacheDir } from './paths.ts';

/**
 * How long each cold build took, recorded when it happened (the caches then make later runs warm): one
 * JSON line per build in the machine cache, read by `mlp bench platform`, which reports them labelled as
 * recorded figures. The load average says how busy the machine was.
 */
export interface BuildRecord {
  kind: 'tool' | 'image' | 'debian-base';
  name: string;
  /** Version, or the cache key of the inputs. */
  version: string;
  seconds: number;
  /** 1-minute load average at the end of the build. */
  load: number;
  /** ISO time the build ended. */
  at: string;
}

export const buildTimesFile = join(process.env.MLP_BUILD_TIMES_DIR ?? cacheDir, 'build-times.jsonl');

export function recordBuild(record: Omit<BuildRecord, 'load' | 'at'>): void {
  mkdirSync(join(buildTimesFile, '..'), { recursive: true });
  appendFileSync(buildTimesFile, `${JSON.stringify({ ...record, seconds: Math.round(record.seconds * 10) / 10, load: Math.round(loadavg()[0]! * 10) / 10, at: new Date().toISOString() })}\n`);
}

/** Every recorded build, oldest first. */
export function recordedBuilds(): BuildRecord[] {
  if (!existsSync(buildTimesFile)) return [];
  return readFileSync(buildTimesFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BuildRecord);
}

/** Times a build and records it when it succeeds. */
export async function timedBuild<T>(record: Omit<BuildRecord, 'load' | 'at' | 'seconds'>, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  recordBuild({ ...record, seconds: (performance.now() - started) / 1000 });
  return result;
}
