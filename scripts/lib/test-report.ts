import type { VitestOutcome } from './vitest-run.ts';

/**
 * What `mlp test` reports when it ends and how `mlp bench` reads it back: one format, written and parsed
 * here.
 */

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

/** A phase as `mlp bench` reads it back from the closing lines. */
export interface PhaseLine {
  name: string;
  ok: boolean;
  seconds: number;
}

/** The phase lines `mlp test` closes with: `  ok   lint (12.3s)`. */
export function parsePhases(stdout: string): PhaseLine[] {
  return [...stdout.matchAll(/^ {2}(ok {2}|FAIL) (.+) \((\d+(?:\.\d+)?)s\)$/gm)].map((m) => ({ name: m[2]!, ok: m[1] === 'ok  ', seconds: Number(m[3]) }));
}

/** The group a test file's seconds count in: its tier, the fuzz files on their own. */
export function fileGroup(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^.*?\btest\//, 'test/');
  if (/^test\/schema\/fuzz\.test\.ts$/.test(path)) return 'schema: fuzz.test.ts';
  const tier = /^test\/([^/]+)\//.exec(path)?.[1] ?? 'other';
  return tier;
}
