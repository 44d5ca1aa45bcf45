import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctVersionIncrement } from '../../../scripts/lib/repository/ct.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * `ct lint` with `check-version-increment: true` (this repository's ct.yaml) against the target branch:
 * a fixture upstream repository with one chart on main, and clones of it as CI would have them.
 */
const work = mkdtempSync(join(tmpdir(), 'mlp-ct-version-'));
const upstream = join(work, 'upstream');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) => runOrThrow('git', ['-c', 'user.name=mlp test', '-c', 'user.email=mlp@example.invalid', ...args], { cwd });

function writeChart(repo: string, version: string, greeting = 'hello'): void {
  const dir = join(repo, 'charts', 'demo');
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: demo\ndescription: A demo chart.\ntype: application\nversion: ${version}\n`);
  writeFileSync(join(dir, 'values.yaml'), `greeting: ${greeting}\n`);
  writeFileSync(join(dir, 'templates', 'configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\ndata:\n  greeting: {{ .Values.greeting | quote }}\n');
}

async function clone(name: string): Promise<string> {
  const dir = join(work, name);
  await runOrThrow('git', ['clone', '-q', upstream, dir]);
  return dir;
}

beforeAll(async () => {
  mkdirSync(upstream);
  cpSync(join(repoRoot, 'ct.yaml'), join(upstream, 'ct.yaml'));
  cpSync(join(repoRoot, '.ct'), join(upstream, '.ct'), { recursive: true });
  writeChart(upstream, '0.1.0');
  await git(upstream, 'init', '-q', '-b', 'main');
  await git(upstream, 'add', '-A');
  await git(upstream, 'commit', '-q', '-m', 'demo 0.1.0');
}, 60_000);

describe('ct lint --check-version-increment against the target branch', () => {
  it('passes in a fresh clone, where the target branch is the same commit (no chart changed)', async () => {
    expect(await ctVersionIncrement(await clone('fresh'), { inherit: false })).toEqual([]);
  });

  it('fails for a chart changed on a branch without a version bump', async () => {
    const repo = await clone('no-bump');
    await git(repo, 'checkout', '-q', '-b', 'feature');
    writeChart(repo, '0.1.0', 'changed');
    await git(repo, 'commit', '-qam', 'change without bump');
    const failures = await ctVersionIncrement(repo, { inherit: false });
    expect(failures).toEqual(['ct version check against origin/main failed (exit 1): a chart changed without a version bump']);
  });

  it('passes for the same change with the version bumped', async () => {
    const repo = await clone('bump');
    await git(repo, 'checkout', '-q', '-b', 'feature');
    writeChart(repo, '0.1.1', 'changed');
    await git(repo, 'commit', '-qam', 'change with bump');
    expect(await ctVersionIncrement(repo, { inherit: false })).toEqual([]);
  });

  it('is skipped, not failed, in a clone without the target branch (no remote to compare with)', async () => {
    const repo = await clone('no-remote');
    await git(repo, 'remote', 'remove', 'origin');
    writeChart(repo, '0.1.0', 'changed');
    expect(await ctVersionIncrement(repo, { inherit: false })).toEqual([]);
  });
});
