import { join } from 'node:path';
import { run, runOrThrow } from '../tools/index.ts';

/**
 * Who signs an OCI artifact: a cosign key pair (tests, a local registry; no transparency log here, the
 * Rekor log is not reachable), or keyless (the release workflow: a Fulcio certificate for the workflow's
 * OIDC identity, recorded in Rekor).
 */
export type CosignSigner = { kind: 'key'; key: string; password?: string } | { kind: 'keyless' };

/** How a signature is checked: the public key of the pair, or the identity a keyless certificate must name. */
export type CosignVerifier = { kind: 'key'; publicKey: string } | { kind: 'keyless'; identityRegexp: string; issuer: string };

export interface CosignKeyPair {
  privateKey: string;
  publicKey: string;
  password: string;
}

const registryFlags = (allowHttp?: boolean) => (allowHttp ? ['--allow-http-registry', '--allow-insecure-registry'] : []);

/** `cosign generate-key-pair` into dir (cosign.key, cosign.pub), the private key encrypted with `password`. */
export async function generateKeyPair(dir: string, password: string): Promise<CosignKeyPair> {
  await runOrThrow('cosign', ['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env: { COSIGN_PASSWORD: password } });
  return { privateKey: join(dir, 'cosign.key'), publicKey: join(dir, 'cosign.pub'), password };
}

/** Signs an artifact by digest (`<host>/<path>@sha256:...`), the signature stored beside it in the registry. */
export async function signImage(reference: string, signer: CosignSigner, opts: { allowHttp?: boolean } = {}): Promise<void> {
  if (!/@sha256:[0-9a-f]{64}$/.test(reference)) throw new Error(`cosign signs by digest, not by tag: ${reference}`);
  const args =
    signer.kind === 'key'
      ? ['sign', '--yes', '--key', signer.key, '--tlog-upload=false', '--use-signing-config=false', ...registryFlags(opts.allowHttp), reference]
      : ['sign', '--yes', ...registryFlags(opts.allowHttp), reference];
  await runOrThrow('cosign', args, { env: signer.kind === 'key' ? { COSIGN_PASSWORD: signer.password ?? '' } : {} });
}

export interface CosignVerdict {
  ok: boolean;
  /** cosign's own words. */
  message: string;
}

/** `cosign verify` of a reference (tag or digest) against a key or a keyless identity. */
export async function verifyImage(reference: string, verifier: CosignVerifier, opts: { allowHttp?: boolean } = {}): Promise<CosignVerdict> {
  const args =
    verifier.kind === 'key'
      ? ['verify', '--key', verifier.publicKey, '--insecure-ignore-tlog=true', ...registryFlags(opts.allowHttp), reference]
      : ['verify', '--certificate-identity-regexp', verifier.identityRegexp, '--certificate-oidc-issuer', verifier.issuer, ...registryFlags(opts.allowHttp), reference];
  const result = await run('cosign', args);
  return { ok: result.code === 0, message: (result.stderr + result.stdout).trim() };
}
