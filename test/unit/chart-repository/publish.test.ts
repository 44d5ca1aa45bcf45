import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../../../scripts/lib/repository/archive.ts';
import { type ThrowawayKey, createThrowawayKey, exportPublicKeyring } from '../../../scripts/lib/repository/gpg.ts';
import { helmHomeEnv } from '../../../scripts/lib/repository/helm-home.ts';
import { publishToDirectory, readIndex } from '../../../scripts/lib/repository/http-repo.ts';
import { type PackagedChart, packageCharts, publicKeyFile } from '../../../scripts/lib/repository/package.ts';
import { type Served, serveDirectory } from '../../../scripts/lib/repository/serve.ts';
import { run, runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * `mlp publish --repo`: a static HTTP chart repository whose released versions never change, read by
 * Helm 3 and 4 over HTTP on loopback as another team would (`helm repo add`, `helm pull --verify`).
 */
const work = mkdtempSync(join(tmpdir(), 'mlp-publish-test-'));
const repo = join(work, 'repo');
let key: ThrowawayKey;
let served: Served;
let released: PackagedChart[];
const pubring = join(work, 'pubring.gpg');

const publish = (archives: string[], out = join(work, 'out')) =>
  publishToDirectory({ archives, repo, url: served.url, files: [{ path: join(out, publicKeyFile), immutable: true }] });
let v: string;
let nextVersion: string;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const snapshot = () => Object.fromEntries(readdirSync(repo).map((f) => [f, readFileSync(join(repo, f))]));

beforeAll(async () => {
  key = await createThrowawayKey('MLP Publish Test');
  mkdirSync(repo);
  served = await serveDirectory(repo);
  const sign = { key: key.name, gnupgHome: key.home, keyUrl: `${served.url}/${publicKeyFile}` };
  released = await packageCharts({ out: join(work, 'out'), charts: ['ml-common', 'mlflow-platform'], sign });
  // The working tree's version of both charts (they are released together), and a later one.
  v = released[0]!.version;
  expect(released[1]!.version).toBe(v);
  nextVersion = semver.inc(v, 'minor')!;
  await exportPublicKeyring(key.fingerprint, pubring, { home: key.home });
}, 300_000);
afterAll(async () => {
  await served?.close();
  await key?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('static HTTP chart repository (mlp publish --repo)', () => {
  it('publishes the packages, their provenance and the public key, with an index Helm wrote', async () => {
    const r = await publish(released.map((p) => p.archive));
    expect(r).toEqual({ added: [`ml-common-${v}`, `mlflow-platform-${v}`], unchanged: [] });
    const index = readIndex(join(repo, 'index.yaml'));
    for (const p of released) {
      const entry = index.entries[p.chart]!.find((e) => e.version === p.version)!;
      expect(entry.digest).toBe(p.digest);
      expect(entry.urls).toEqual([`${served.url}/${basename(p.archive)}`]);
    }
    expect(readdirSync(repo).sort()).toEqual(['index.yaml', `ml-common-${v}.tgz`, `ml-common-${v}.tgz.prov`, `mlflow-platform-${v}.tgz`, `mlflow-platform-${v}.tgz.prov`, publicKeyFile]);
  });

  it('re-publishing the same versions with the same contents is a no-op (not a byte of the repository changes)', async () => {
    const before = snapshot();
    expect(await publish(released.map((p) => p.archive))).toEqual({ added: [], unchanged: [`ml-common-${v}`, `mlflow-platform-${v}`] });
    // The same contents compressed differently are the same release too.
    const regzipped = join(work, 'regzipped', basename(released[0]!.archive));
    mkdirSync(join(work, 'regzipped'), { recursive: true });
    writeFileSync(regzipped, gzipSync(gunzipSync(readFileSync(released[0]!.archive)), { level: 1 }));
    expect(await publish([regzipped])).toEqual({ added: [], unchanged: [`ml-common-${v}`] });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a released version with other contents, naming it and the fix, and writes nothing', async () => {
    const before = snapshot();
    const entries = await readArchive(readFileSync(released[1]!.archive));
    entries[0] = { ...entries[0]!, data: Buffer.concat([entries[0]!.data, Buffer.from('# changed\n')]) };
    const changed = join(work, 'changed', basename(released[1]!.archive));
    mkdirSync(join(work, 'changed'), { recursive: true });
    writeFileSync(changed, await writeArchive(entries));
    await expect(publish([released[0]!.archive, changed])).rejects.toThrow(new RegExp(`mlflow-platform ${escaped(v)} is released .* other contents\\. Fix: bump version in charts/mlflow-platform/Chart\\.yaml`));
    expect(snapshot()).toEqual(before);
  });

  it('refuses to replace the published public key', async () => {
    const other = join(work, 'other-key');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, publicKeyFile), 'another key\n');
    await expect(publish([], other)).rejects.toThrow(/pgp-public-key\.asc is published with other contents/);
  });

  it('merges a new version into the index and leaves every released entry exactly as it was', async () => {
    const before = readIndex(join(repo, 'index.yaml'));
    const sign = { key: key.name, gnupgHome: key.home, keyUrl: `${served.url}/${publicKeyFile}` };
    const next = await packageCharts({ out: join(work, 'next'), charts: ['ml-common'], version: () => nextVersion, sign });
    copyFileSync(join(work, 'out', publicKeyFile), join(work, 'next', publicKeyFile));
    expect(await publish([next[0]!.archive], join(work, 'next'))).toEqual({ added: [`ml-common-${nextVersion}`], unchanged: [] });
    const after = readIndex(join(repo, 'index.yaml'));
    expect(after.entries['ml-common']!.map((e) => e.version).sort()).toEqual([v, nextVersion]);
    for (const [name, versions] of Object.entries(before.entries)) for (const v of versions) expect(after.entries[name]!.find((e) => e.version === v.version)).toEqual(v);
  });

  it.each([3, 4] as const)('Helm %i adds the repository over HTTP, finds every version and pulls a package with --verify', async (major) => {
    const helm = major === 3 ? 'helm3' : 'helm4';
    const env = helmHomeEnv(join(work, `helm${major}`));
    await runOrThrow(helm, ['repo', 'add', 'mlp', served.url], { env });
    const found = JSON.parse(await runOrThrow(helm, ['search', 'repo', 'mlp/', '--versions', '-o', 'json'], { env })) as { name: string; version: string }[];
    expect(found.map((f) => `${f.name} ${f.version}`).sort()).toEqual([`mlp/ml-common ${v}`, `mlp/ml-common ${nextVersion}`, `mlp/mlflow-platform ${v}`]);
    const dest = join(work, `pulled${major}`);
    mkdirSync(dest);
    const pulled = await run(helm, ['pull', 'mlp/mlflow-platform', '--version', v, '--verify', '--keyring', pubring, '--destination', dest], { env });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(readFileSync(join(dest, `mlflow-platform-${v}.tgz`)).equals(readFileSync(released[1]!.archive))).toBe(true);
  });
});
