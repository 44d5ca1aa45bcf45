import { describe, expect, it, vi } from 'vitest';
import { quietCheck } from '../../scripts/commands/test.ts';
import { closingLines } from '../../scripts/lib/test-report.ts';

describe('npm test closing lines', () => {
  const phases = [
    { name: 'provision tools', code: 0, seconds: 1 },
    { name: 'generated files match the schemas', code: 0, seconds: 2 },
    { name: 'typecheck', code: 0, seconds: 3 },
    { name: 'lint', code: 1, seconds: 4 },
    { name: 'vitest (unit)', code: 0, seconds: 5 },
  ];
  const vitest = { code: 0, passed: 120, failed: 0, skipped: 2, reported: true };

  it('reports check phases as phases and counts only the tests vitest ran', () => {
    const lines = closingLines(phases, vitest);
    expect(lines).toContain('  FAIL lint (4.0s)');
    expect(lines).toContain('phases: 4 ok, 1 failed (lint)');
    expect(lines.at(-1)).toBe('tests: 120 passed, 0 failed, 2 skipped');
  });

  it('gives no count when vitest wrote no report', () => {
    expect(closingLines(phases, { ...vitest, reported: false }).at(-1)).toBe('tests: vitest wrote no report (it did not run or crashed before reporting)');
  });

  it('a check beside others prints its output whole when it ends, and its exit code is the phase outcome', async () => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    const header = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await quietCheck('probe', [process.execPath, '-e', 'console.log("first"); console.error("second"); process.exit(3)']).run();
      expect(code).toBe(3);
      expect(header).toHaveBeenCalledWith('\n━━ probe: failed (exit 3)\n');
    } finally {
      log.mockRestore();
      header.mockRestore();
    }
    // One block, printed at the end (stdout and stderr in the order they arrived).
    expect(printed).toHaveLength(1);
    expect(printed[0]!.split('\n').sort()).toEqual(['first', 'second']);
  });
});
