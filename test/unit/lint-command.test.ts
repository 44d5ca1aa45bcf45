import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as lintCommand } from '../../scripts/commands/lint.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

/** `mlp lint <chart> -f x.values.ts`: helm lint (Helm 3 and 4) with a type-checked TypeScript values file, then the values lint. */
const scratch = mkdtempSync(join(tmpdir(), 'mlp-lint-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function feastValuesFile(name: string, server: string): string {
  const file = join(scratch, name);
  writeFileSync(file, [`import type { ChartValues } from '${join(repoRoot, 'values', 'types', 'index.ts')}';`, 'export default {', `  server: ${server},`, "} satisfies ChartValues['feast'];", ''].join('\n'));
  return file;
}

async function lintOutput(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true)),
    vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' '))),
    vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' '))),
  ];
  try {
    return { code: await lintCommand(argv), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('mlp lint -f with a TypeScript values file', () => {
  it('lints the chart with the values the file exports, under Helm 3 and 4', async () => {
    const good = await lintOutput(['feast', '--skip-ct', '-f', feastValuesFile('good.values.ts', '{ replicas: 2 }')]);
    expect(good.code, good.stderr).toBe(0);
    const bad = await lintOutput(['feast', '--skip-ct', '-f', feastValuesFile('negative.values.ts', '{ replicas: -1 }')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/helm 3 lint feast[\s\S]*server\/replicas/);
    expect(bad.stderr).toMatch(/helm 4 lint feast[\s\S]*server\/replicas/);
  });
});
