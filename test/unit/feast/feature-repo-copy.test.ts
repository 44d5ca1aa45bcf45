import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { $ } from 'zx';
import { render } from '../../../scripts/lib/helm/render.ts';
import { at, get } from '../../../scripts/lib/manifests/index.ts';

/**
 * feast apply resolves the symlinks of its repository (repo_operations.get_repo_files: p.resolve()) and
 * imports each file by its resolved path. The kubelet writes a ConfigMap volume as symlinks into a hidden
 * `..<timestamp>` directory, so feast apply on the mount itself fails on a real node with
 * "TypeError: the 'package' argument is required to perform a relative import for '..2026_11_29_..driver_repo'".
 * The chart copies the files into an emptyDir first; this runs the rendered copy script with a real shell
 * over the kubelet's layout.
 */
describe('the feature repository from values reaches feast apply as plain files', async () => {
  const docs = await render('charts/feast', { release: 'test', namespace: 'default' });
  const spec = at(get(docs, 'Deployment', 'test-feast-server'), 'spec.template.spec') as any;
  const copy = spec.initContainers.find((c: any) => c.name === 'copy-feature-repo');
  const work = mkdtempSync(join(tmpdir(), 'mlp-feast-repo-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The layout of a ConfigMap volume as the kubelet's atomic writer makes it. */
  function kubeletConfigMapVolume(dir: string, files: Record<string, string>): void {
    const payload = join(dir, '..2026_11_29_22_57_05.2264429091');
    mkdirSync(payload, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(payload, name), content);
    symlinkSync('..2026_11_29_22_57_05.2264429091', join(dir, '..data'));
    for (const name of Object.keys(files)) symlinkSync(join('..data', name), join(dir, name));
  }

  it('mounts the ConfigMap only into the copy step; feast apply gets the emptyDir', () => {
    const apply = spec.initContainers.find((c: any) => c.name === 'feast-apply');
    expect(copy.volumeMounts).toEqual([{ name: 'feature-repo', mountPath: '/feature_repo' }, { name: 'feature-repo-files', mountPath: '/feature_repo_files', readOnly: true }]);
    expect(apply.volumeMounts.find((m: any) => m.mountPath === '/feature_repo')).toEqual({ name: 'feature-repo', mountPath: '/feature_repo' });
  });

  it('copies every file (dotfiles too) as a regular file, and none of the kubelet entries', async () => {
    const files = join(work, 'feature_repo_files');
    const repo = join(work, 'feature_repo');
    mkdirSync(repo);
    kubeletConfigMapVolume(files, { 'driver_repo.py': 'driver = 1\n', '.feastignore': 'scratch/\n' });
    const script = copy.command[2].replace(/\/feature_repo(_files)?\b/g, (path: string) => (path === '/feature_repo_files' ? files : repo));
    const out = await $({ quiet: true })`sh -ec ${script}`;
    expect(out.exitCode).toBe(0);
    expect(readdirSync(repo).sort()).toEqual(['.feastignore', 'driver_repo.py']);
    for (const name of readdirSync(repo)) expect(lstatSync(join(repo, name)).isFile()).toBe(true);
    expect(readFileSync(join(repo, 'driver_repo.py'), 'utf8')).toBe('driver = 1\n');
  });
});
