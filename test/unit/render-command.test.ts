import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as renderCommand } from '../../scripts/commands/render.ts';
import { helmYaml } from '../../scripts/lib/helm/values-yaml.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

/** `mlp render`: values files in YAML or TypeScript, `--check` against the policies in the context the values give. */
const scratch = mkdtempSync(join(tmpdir(), 'mlp-render-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function renderOutput(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    return { code: await renderCommand(argv), stdout: out.join(''), stderr: err.join('\n') };
  } finally {
    write.mockRestore();
    log.mockRestore();
    error.mockRestore();
  }
}

describe('mlp render', () => {
  it('passes `--check` (every policy) for a worker group from a user list that keeps the default requests and limits', async () => {
    const file = join(scratch, 'partial-worker.yaml');
    writeFileSync(file, helmYaml({ workers: [{ name: 'big', minReplicas: 0, maxReplicas: 3, resources: { limits: { memory: '16Gi' } } }] }));
    expect((await renderOutput(['charts/ray-cluster', '-f', file, '--check'])).code).toBe(0);
  });

  it("renders the README's platform team values written in TypeScript (values/examples/platform-team.values.ts) and they pass --check", async () => {
    const example = join(repoRoot, 'values', 'examples', 'platform-team.values.ts');
    const { code, stdout } = await renderOutput(['ml-platform', '-f', example, '-a', 'security.istio.io/v1', '--check']);
    expect(code, stdout).toBe(0);
    const rendered = await renderOutput(['ml-platform', '-f', example]);
    // What the TypeScript composed: two worker groups from one helper, the team label on every object.
    expect(rendered.stdout).toMatch(/groupName: batch\n/);
    expect(rendered.stdout).toMatch(/groupName: interactive\n/);
    expect(rendered.stdout).toMatch(/team: ml-platform\n/);
  });

  it('refuses a TypeScript values file that does not type-check, naming the file, the line and the key', async () => {
    const file = join(scratch, 'misspelt.values.ts');
    writeFileSync(file, [`import type { ChartValues } from '${join(repoRoot, 'values', 'types', 'index.ts')}';`, 'export default {', '  server: { replica: 2 },', "} satisfies ChartValues['feast'];", ''].join('\n'));
    await expect(renderOutput(['feast', '-f', file])).rejects.toThrow(new RegExp(`${file}:3:\\d+: .*'replica' does not exist`));
  });
});
