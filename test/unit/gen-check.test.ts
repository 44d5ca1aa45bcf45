import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.ts';

/**
 * `npx mlp gen --check` run for real on a copy of the working tree whose feast values.yaml changed one
 * description: the check must fail and name every file generated from it (schema, types, README table).
 */
describe('mlp gen --check', () => {
  const copy = mkdtempSync(join(tmpdir(), 'mlp-gen-check-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(copy, file));
    } catch {
      // A file deleted in the working tree but still in the index.
    }
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
  const gen = () => spawnSync(process.execPath, [join(copy, 'bin', 'mlp.js'), 'gen', '--check'], { cwd: copy, encoding: 'utf8' });

  it('fails on drift, naming each file generated from the changed values.yaml', () => {
    const values = join(copy, 'charts', 'feast', 'values.yaml');
    writeFileSync(values, readFileSync(values, 'utf8').replace('# -- Replaces the chart name in object names.', '# -- Replaces the chart name in the names of objects.'));
    const r = gen();
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('generated files differ from what their sources produce; run `npx mlp gen` and commit:');
    for (const f of ['charts/feast/values.schema.json', 'values/types/feast.ts', 'charts/feast/README.md']) expect(r.stderr).toContain(`  ${f}\n`);
    expect(r.stderr).not.toContain('ray-cluster');
  }, 180_000);
});
