import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type HelmMajor, helm, run, runOrThrow } from '../tools/index.ts';
import { type GpgOptions, clearSign, exportPublicKeyring } from './gpg.ts';
import { sha256File } from './digest.ts';

/**
 * Helm's provenance message for an archive: the chart's metadata as Helm serializes it (`helm show
 * chart`, the same `yaml.Marshal(chart.Metadata)` Helm's signer uses), the YAML end marker `...`, and
 * the archive's sha256 under `files:`.
 */
export async function provenanceMessage(archive: string): Promise<string> {
  const metadata = (await runOrThrow(helm(4), ['show', 'chart', archive])).replace(/\n+$/, '\n');
  return `${metadata}\n...\nfiles:\n  ${basename(archive)}: sha256:${sha256File(archive)}\n`;
}

/**
 * Writes `<archive>.prov`, clear-signed by GnuPG. Helm's own `helm package --sign` cannot be used: it
 * signs the archive it writes, and Helm's archive is not deterministic (see archive.ts), so the
 * archive is rewritten first and signed here, in Helm's format. `helm verify` checks the result
 * before it is kept, so a format Helm would not accept never leaves this function.
 */
export async function signArchive(archive: string, fingerprint: string, gpg: GpgOptions): Promise<string> {
  const prov = `${archive}.prov`;
  writeFileSync(prov, await clearSign(await provenanceMessage(archive), fingerprint, gpg));
  const work = mkdtempSync(join(tmpdir(), 'mlp-verify-'));
  try {
    const keyring = join(work, 'pubring.gpg');
    await exportPublicKeyring(fingerprint, keyring, gpg);
    const verdict = await verifyArchive(archive, keyring, 4);
    if (!verdict.ok) throw new Error(`helm verify rejects the provenance just written for ${basename(archive)}: ${verdict.message}`);
  } catch (error) {
    rmSync(prov, { force: true });
    throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return prov;
}

export interface Verdict {
  ok: boolean;
  /** Helm's own words: the signer and hash when ok, the reason otherwise. */
  message: string;
}

/** `helm verify <archive> --keyring <public keyring>` (the `.prov` beside the archive). */
export async function verifyArchive(archive: string, keyring: string, major: HelmMajor): Promise<Verdict> {
  const result = await run(helm(major), ['verify', archive, '--keyring', keyring]);
  return { ok: result.code === 0, message: (result.stdout + result.stderr).trim() };
}
