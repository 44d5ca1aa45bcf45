import { describe, expect, it } from 'vitest';
import { closingLines, fileGroup, parsePhases } from '../../scripts/lib/test-report.ts';

describe('mlp bench reads what mlp test prints', () => {
  it('reads back every phase of the closing lines with its outcome and seconds', () => {
    const phases = [
      { name: 'provision tools', code: 0, seconds: 1.04 },
      { name: 'lint', code: 1, seconds: 40.5 },
      { name: 'vitest (unit, schema, policy, alerts)', code: 0, seconds: 123.44 },
    ];
    const stdout = `noise\n${closingLines(phases, { code: 0, passed: 3, failed: 0, skipped: 0, reported: true }).join('\n')}\nwall: 170.0s\n`;
    expect(parsePhases(stdout)).toEqual([
      { name: 'provision tools', ok: true, seconds: 1 },
      { name: 'lint', ok: false, seconds: 40.5 },
      { name: 'vitest (unit, schema, policy, alerts)', ok: true, seconds: 123.4 },
    ]);
  });

  it('groups vitest files by tier, the fuzz test on its own', () => {
    expect(fileGroup('/home/ci/clone/test/schema/fuzz.test.ts')).toBe('schema: fuzz.test.ts');
    expect(fileGroup('/home/ci/clone/test/schema/value-rules.test.ts')).toBe('schema');
    expect(fileGroup('/home/ci/clone/test/unit/feast/chart.test.ts')).toBe('unit');
  });
});
