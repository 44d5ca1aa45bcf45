import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionFindings } from '../../../scripts/lib/repository/versions.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * Version discipline against the last release (git tag `<chart>-<version>`): a fixture git repository
 * with one chart released as 0.1.0, then changed with and without a version bump.
 */
const work = mkdtempSync(join(tmpdir(), 'mlp-versions-test-'));
const repo = join(work, 'repo');
const chartDir = join(repo, 'charts', 'demo');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (...args: string[]) => runOrThrow('git', ['-c', 'user.name=mlp test', '-c', 'user.email=mlp@example.invalid', ...args], { cwd: repo });

function writeChart(version: string, changes: string | undefined, template = 'data:\n  greeting: hello\n'): void {
  const annotations = changes === undefined ? '' : `annotations:\n  artifacthub.io/changes: |\n${changes.replace(/^/gm, '    ')}\n`;
  writeFileSync(join(chartDir, 'Chart.yaml'), `apiVersion: v2\nname: demo\nversion: ${version}\ntype: application\ndescription: a demo chart\n${annotations}`);
  writeFileSync(join(chartDir, 'templates', 'configmap.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo\n${template}`);
}

beforeAll(async () => {
  mkdirSync(join(chartDir, 'templates'), { recursive: true });
  mkdirSync(join(chartDir, 'ci'));
  writeFileSync(join(chartDir, '.helmignore'), 'ci/\n');
  writeFileSync(join(chartDir, 'ci', 'default-values.yaml'), 'a: 1\n');
  writeChart('0.1.0', '- kind: added\n  description: First release');
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'demo 0.1.0');
  await git('tag', 'demo-0.1.0');
}, 60_000);

describe('version discipline (against the last release tag)', () => {
  it('passes for the released chart, unchanged', async () => {
    expect(await versionFindings(repo)).toEqual([]);
  });

  it('passes when only files the package leaves out change (ci/ scenarios)', async () => {
    writeFileSync(join(chartDir, 'ci', 'default-values.yaml'), 'a: 2\n');
    expect(await versionFindings(repo)).toEqual([]);
  });

  it('fails for a changed chart without a version bump, naming the chart, the release and the fix', async () => {
    writeChart('0.1.0', '- kind: added\n  description: First release', 'data:\n  greeting: changed\n');
    const findings = await versionFindings(repo);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^charts\/demo changed since its release 0\.1\.0 \(tag demo-0\.1\.0\) but still has version 0\.1\.0\. Fix: bump version/);
  });

  it('fails for a bump that states no changes', async () => {
    writeChart('0.1.1', undefined, 'data:\n  greeting: changed\n');
    expect((await versionFindings(repo)).map((f) => f.message)).toEqual([
      'charts/demo/Chart.yaml version 0.1.1 is not released yet and states no changes. Fix: list them in annotations.artifacthub.io/changes (kind and description each)',
    ]);
  });

  it('fails for a version not above the last release, and for a version that is not SemVer', async () => {
    writeChart('0.0.9', '- kind: fixed\n  description: a fix');
    expect((await versionFindings(repo)).map((f) => f.message)).toEqual(['charts/demo/Chart.yaml version 0.0.9 is not above its last release 0.1.0 (tag demo-0.1.0). Fix: a version above 0.1.0']);
    writeChart('1.2', '- kind: fixed\n  description: a fix');
    expect((await versionFindings(repo))[0]!.message).toMatch(/version 1\.2 is not SemVer/);
  });

  it('fails for a change of an unknown kind', async () => {
    writeChart('0.1.1', '- kind: improved\n  description: faster');
    expect((await versionFindings(repo))[0]!.message).toMatch(/artifacthub\.io\/changes\[0\]\.kind: "improved" is not a change kind/);
  });

  it('passes for the changed chart bumped with its changes stated', async () => {
    writeChart('0.1.1', '- kind: changed\n  description: a new greeting', 'data:\n  greeting: changed\n');
    expect(await versionFindings(repo)).toEqual([]);
  });
});

describe('version discipline of this repository', () => {
  it("every chart of the working tree: SemVer, unchanged since its release tag or bumped with its changes stated", async () => {
    expect(await versionFindings()).toEqual([]);
  });
});
