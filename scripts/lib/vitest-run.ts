import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { $ } from 'zx';
import { repoRoot } from './paths.ts';

export interface VitestOutcome {
  code: number;
  passed: number;
  failed: number;
  skipped: number;
  /** False when vitest wrote no JSON report (it crashed before reporting). */
  reported: boolean;
}

/**
 * Runs vitest through npx (a dev dependency, not an external tool) and reads the counts from the
 * JSON report its config writes to `.cache/<resultsName>`.
 */
export async function runVitest(args: string[], env: Record<string, string | undefined>, resultsName: string): Promise<VitestOutcome> {
  const results = join(repoRoot, '.cache', resultsName);
  rmSync(results, { force: true });
  const out = await $({ cwd: repoRoot, stdio: 'inherit', nothrow: true, env: { ...process.env, ...env } })`npx vitest run ${args}`;
  const outcome: VitestOutcome = { code: out.exitCode ?? 1, passed: 0, failed: 0, skipped: 0, reported: existsSync(results) };
  if (outcome.reported) {
    const r = JSON.parse(readFileSync(results, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    Object.assign(outcome, { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests });
  }
  return outcome;
}
