import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../../../scripts/lib/repository/archive.ts';
import { archiveMetadata } from '../../../scripts/lib/repository/chart-archive.ts';
import { type ThrowawayKey, createThrowawayKey, exportPublicKeyring, importKeys, keyFingerprint, temporaryHome } from '../../../scripts/lib/repository/gpg.ts';
import { type PackagedChart, packageCharts, publicKeyFile } from '../../../scripts/lib/repository/package.ts';
import { verifyArchive } from '../../../scripts/lib/repository/provenance.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * Helm provenance of `mlp package --sign`: GnuPG signs in Helm's format, and Helm itself (3 and 4)
 * is the judge: the signed package verifies with the public keyring, a tampered one or another key does not.
 */
const work = mkdtempSync(join(tmpdir(), 'mlp-prov-test-'));
let signer: ThrowawayKey;
let stranger: ThrowawayKey;
let pkg: PackagedChart;
const keyring = join(work, 'pubring.gpg');
const strangerKeyring = join(work, 'stranger.gpg');
const keyUrl = 'https://charts.example.invalid/pgp-public-key.asc';

beforeAll(async () => {
  [signer, stranger] = await Promise.all([createThrowawayKey('MLP Provenance Test'), createThrowawayKey('MLP Stranger')]);
  pkg = (await packageCharts({ out: join(work, 'out'), charts: ['mlflow-platform'], sign: { key: signer.name, gnupgHome: signer.home, keyUrl } }))[0]!;
  await exportPublicKeyring(signer.fingerprint, keyring, { home: signer.home });
  await exportPublicKeyring(stranger.fingerprint, strangerKeyring, { home: stranger.home });
}, 300_000);
afterAll(async () => {
  await Promise.all([signer?.remove(), stranger?.remove()]);
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the package with one template changed, under the same name, beside the original .prov. */
async function tamperedCopy(): Promise<string> {
  const dir = mkdtempSync(join(work, 'tampered-'));
  const file = join(dir, basename(pkg.archive));
  const entries = await readArchive(readFileSync(pkg.archive));
  const i = entries.findIndex((e) => e.name.endsWith('/templates/deployment.yaml'));
  expect(i).toBeGreaterThan(-1);
  entries[i] = { ...entries[i]!, data: Buffer.concat([entries[i]!.data, Buffer.from('\n# injected\n')]) };
  writeFileSync(file, await writeArchive(entries));
  copyFileSync(pkg.provenance!, `${file}.prov`);
  return file;
}

describe('Helm provenance (mlp package --sign)', () => {
  it.each([3, 4] as const)('helm verify (Helm %i) accepts the signed package with the public keyring', async (major) => {
    const verdict = await verifyArchive(pkg.archive, keyring, major);
    expect(verdict.message).toContain('Signed by: MLP Provenance Test');
    expect(verdict.ok).toBe(true);
  });

  it.each([3, 4] as const)('helm verify (Helm %i) refuses a tampered package', async (major) => {
    const verdict = await verifyArchive(await tamperedCopy(), keyring, major);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/sha256 sum does not match/);
  });

  it.each([3, 4] as const)('helm verify (Helm %i) refuses the package with another key', async (major) => {
    const verdict = await verifyArchive(pkg.archive, strangerKeyring, major);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/signature|key/i);
  });

  it("names the signing key in the chart's artifacthub.io/signKey, and publishes that key", async () => {
    const signKey = parse((await archiveMetadata(pkg.archive)).annotations!['artifacthub.io/signKey']!) as { fingerprint: string; url: string };
    expect(signKey).toEqual({ fingerprint: signer.fingerprint, url: keyUrl });
    // The armored key written beside the packages is the signer's (what the repository serves at that url).
    const home = temporaryHome();
    try {
      await importKeys(join(work, 'out', publicKeyFile), { home: home.home });
      expect(await keyFingerprint(signer.fingerprint, { home: home.home })).toBe(signer.fingerprint);
    } finally {
      await home.remove();
    }
  });

  it('signs with a key from a legacy keyring file (--keyring), as Helm takes it', async () => {
    const secring = join(work, 'secring.gpg');
    await runOrThrow('gpg', ['--homedir', signer.home, '--batch', '--pinentry-mode', 'loopback', '--passphrase', '', '--yes', '--output', secring, '--export-secret-keys', signer.fingerprint]);
    const [fromFile] = await packageCharts({ out: join(work, 'from-keyring'), charts: ['ml-common'], sign: { key: signer.name, keyring: secring, keyUrl } });
    expect((await verifyArchive(fromFile!.archive, keyring, 4)).ok).toBe(true);
  });

  it("signs with a passphrase-protected key given --passphrase-file (the release workflow's way); a wrong passphrase fails", async () => {
    const protectedKey = await createThrowawayKey('MLP Protected', 'correct horse');
    try {
      // A new agent: the one that created the key remembers its passphrase.
      await runOrThrow('gpgconf', ['--homedir', protectedKey.home, '--kill', 'gpg-agent']);
      const passphrase = join(work, 'passphrase');
      const sign = { key: protectedKey.name, gnupgHome: protectedKey.home, keyUrl, passphraseFile: passphrase };
      writeFileSync(passphrase, 'wrong', { mode: 0o600 });
      await expect(packageCharts({ out: join(work, 'protected-wrong'), charts: ['ml-common'], sign })).rejects.toThrow(/gpg .*--clearsign/);
      writeFileSync(passphrase, 'correct horse', { mode: 0o600 });
      const [signed] = await packageCharts({ out: join(work, 'protected'), charts: ['ml-common'], sign });
      const ring = join(work, 'protected.gpg');
      await exportPublicKeyring(protectedKey.fingerprint, ring, { home: protectedKey.home });
      expect((await verifyArchive(signed!.archive, ring, 3)).ok).toBe(true);
    } finally {
      await protectedKey.remove();
    }
  });

  it('refuses a key name that names no key, naming it', async () => {
    await expect(packageCharts({ out: join(work, 'none'), charts: ['ml-common'], sign: { key: 'Nobody Here', gnupgHome: signer.home, keyUrl } })).rejects.toThrow(/no key "Nobody Here"/);
  });
});
