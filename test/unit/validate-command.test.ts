import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as validateCommand } from '../../scripts/commands/validate.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

/** `mlp validate -f`: a `*.values.ts` file is type-checked against the chart's generated types, then validated against its schema like YAML. */
const scratch = mkdtempSync(join(tmpdir(), 'mlp-validate-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const typesIndex = join(repoRoot, 'values', 'types', 'index.ts');

/** A feast values file in TypeScript whose `server` is the given source text. */
function feastValuesFile(name: string, server: string): string {
  const file = join(scratch, name);
  writeFileSync(file, [`import type { ChartValues } from '${typesIndex}';`, 'export default {', `  server: ${server},`, "} satisfies ChartValues['feast'];", ''].join('\n'));
  return file;
}

async function validateOutput(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: await validateCommand(argv), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('mlp validate with a TypeScript values file', () => {
  it('accepts values that type-check and satisfy the schema', async () => {
    const result = await validateOutput(['feast', '-f', feastValuesFile('good.values.ts', '{ replicas: 2 }')]);
    expect(result).toMatchObject({ code: 0, stdout: 'feast: values are valid' });
  });

  it('validates what the types cannot say against the schema, naming the wrong value', async () => {
    // A number is what the type asks; the schema's minimum is 0.
    const result = await validateOutput(['feast', '-f', feastValuesFile('negative.values.ts', '{ replicas: -1 }')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^value server\.replicas: must be >= 0$/m);
  });

  it('refuses a file that does not type-check before validating it, naming the file, the line and the key', async () => {
    const file = feastValuesFile('misspelt.values.ts', '{ replica: 2 }');
    await expect(validateOutput(['feast', '-f', file])).rejects.toThrow(new RegExp(`${file}:3:\\d+: .*'replica' does not exist`));
  });
});
