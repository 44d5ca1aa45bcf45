import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrThrow } from '../tools/index.ts';

/**
 * GnuPG for Helm provenance. GnuPG signs (see provenance.ts); Helm verifies with a legacy keyring file
 * (the binary `pubring.gpg` of GnuPG 1): GnuPG 2.1+ keeps keys in `pubring.kbx`, which Helm cannot read,
 * so the public key is exported into such a file. `home` is a GnuPG home directory; undefined means the
 * user's (GNUPGHOME or ~/.gnupg).
 */
export interface GpgOptions {
  home?: string;
  /** A file holding the key's passphrase (keys without one need nothing). */
  passphraseFile?: string;
}

const gpgArgs = (o: GpgOptions, args: string[]) => [
  ...(o.home ? ['--homedir', o.home] : []),
  '--batch',
  '--no-tty',
  '--pinentry-mode',
  'loopback',
  ...(o.passphraseFile ? ['--passphrase-file', o.passphraseFile] : []),
  ...args,
];

async function gpg(o: GpgOptions, args: string[]): Promise<string> {
  return runOrThrow('gpg', gpgArgs(o, args), { env: { LC_ALL: 'C' } });
}

/** The fingerprint of the one key `key` (a user-id substring, as Helm's --key, or a fingerprint) names. */
export async function keyFingerprint(key: string, o: GpgOptions = {}): Promise<string> {
  const out = await gpg(o, ['--with-colons', '--list-keys', key]).catch((error: Error) => {
    throw new Error(`GnuPG has no key ${JSON.stringify(key)}${o.home ? ` in ${o.home}` : ''}. Fix: import it (gpg --import) or name another with --key: ${error.message}`);
  });
  // Each key: a `pub` record followed by its own `fpr` record (subkeys' fpr lines follow `sub`).
  const lines = out.split('\n');
  const fingerprints = lines.flatMap((l, i) => (l.startsWith('pub:') && lines[i + 1]?.startsWith('fpr:') ? [lines[i + 1]!.split(':')[9]!] : []));
  if (fingerprints.length !== 1) throw new Error(`--key ${JSON.stringify(key)} names ${fingerprints.length} keys (${fingerprints.join(', ')}). Fix: give a user id or fingerprint that names one key`);
  return fingerprints[0]!;
}

/** Imports a keyring file (a legacy `secring.gpg`, as Helm's `--keyring` takes, or an exported key) into a GnuPG home. */
export async function importKeys(file: string, o: GpgOptions): Promise<void> {
  await gpg(o, ['--import', file]);
}

/**
 * A clear-signed copy of `message` (SHA-512, as Helm signs), by the key with this fingerprint: the
 * format of a Helm provenance file.
 */
export async function clearSign(message: string, fingerprint: string, o: GpgOptions = {}): Promise<string> {
  return runOrThrow('gpg', gpgArgs(o, ['--clearsign', '--digest-algo', 'SHA512', '--local-user', fingerprint, '--output', '-']), { env: { LC_ALL: 'C' }, input: message });
}

/** The public key as a legacy keyring file, for `helm verify --keyring` and `helm install --verify --keyring`. */
export async function exportPublicKeyring(key: string, file: string, o: GpgOptions = {}): Promise<void> {
  await gpg(o, ['--yes', '--output', file, '--export', key]);
}

/** The public key, ASCII-armored: what the repository publishes for users and Artifact Hub (`signKey.url`). */
export async function exportPublicKeyArmored(key: string, o: GpgOptions = {}): Promise<string> {
  return gpg(o, ['--armor', '--export', key]);
}

/** A GnuPG home of its own in a temporary directory; `remove` stops the gpg-agent it started and deletes it. */
export interface TemporaryHome {
  home: string;
  remove(): Promise<void>;
}

export function temporaryHome(): TemporaryHome {
  // Short path: the agent's socket lives in the home and socket paths are limited to 107 bytes.
  const home = mkdtempSync(join(tmpdir(), 'mlp-gpg-'));
  chmodSync(home, 0o700);
  return {
    home,
    remove: async () => {
      await runOrThrow('gpgconf', ['--homedir', home, '--kill', 'gpg-agent']).catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A throwaway signing key (RSA, which Helm 3's and Helm 4's OpenPGP libraries both verify) in a temporary home. */
export interface ThrowawayKey extends TemporaryHome {
  /** The user id's name, what `--key` takes. */
  name: string;
  fingerprint: string;
}

/** Creates a key (without passphrase unless given) in a new temporary GnuPG home (tests, local trials). */
export async function createThrowawayKey(name: string, passphrase = ''): Promise<ThrowawayKey> {
  const tmp = temporaryHome();
  try {
    const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.invalid`;
    await gpg({ home: tmp.home }, ['--passphrase', passphrase, '--quick-generate-key', `${name} <${email}>`, 'rsa3072', 'sign', 'never']);
    return { ...tmp, name, fingerprint: await keyFingerprint(name, { home: tmp.home }) };
  } catch (error) {
    await tmp.remove();
    throw error;
  }
}
