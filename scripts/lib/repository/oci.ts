import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helm, run, runOrThrow } from '../tools/index.ts';
import { sameContents } from './archive.ts';
import { archiveMetadata } from './chart-archive.ts';
import { type CosignSigner, signImage } from './cosign.ts';

export interface OciTarget {
  /** `oci://<host>/<path>`: each chart is pushed as `<host>/<path>/<chart>:<version>`. */
  url: string;
  /** Plain HTTP (the local test registry on loopback); TLS otherwise. */
  plainHttp?: boolean;
  /** Environment for helm (e.g. HELM_REGISTRY_CONFIG holding the registry login). */
  env?: Record<string, string>;
}

export interface PushedChart {
  chart: string;
  version: string;
  /** `<host>/<path>/<chart>@sha256:...`: what was signed and what `cosign verify` checks. */
  reference: string;
}

export interface OciPublishResult {
  pushed: PushedChart[];
  /** `<chart>-<version>` already in the registry with the same contents: nothing done. */
  unchanged: string[];
}

export function ociReference(target: OciTarget, chart: string): string {
  if (!target.url.startsWith('oci://')) throw new Error(`--oci ${target.url}: not an oci:// URL. Fix: give oci://<host>/<path>, e.g. oci://ghcr.io/<owner>/charts`);
  return `${target.url.slice('oci://'.length).replace(/\/+$/, '')}/${chart}`;
}

const plain = (t: OciTarget) => (t.plainHttp ? ['--plain-http'] : []);

/**
 * Logs helm and cosign in to the target's registry (each keeps its own credentials: Helm's registry
 * config, Docker's config.json for cosign). The password goes through stdin, never the command line.
 */
export async function registryLogin(target: OciTarget, username: string, password: string): Promise<void> {
  const host = ociReference(target, 'x').split('/')[0]!;
  await runOrThrow(helm(4), ['registry', 'login', host, '--username', username, '--password-stdin', ...(target.plainHttp ? ['--plain-http'] : [])], { env: target.env, input: password });
  await runOrThrow('cosign', ['login', host, '--username', username, '--password-stdin'], { input: password });
}

/** The archive already published at this version, or undefined when the registry has no such tag. */
async function publishedArchive(target: OciTarget, chart: string, version: string, work: string): Promise<Buffer | undefined> {
  const dest = mkdtempSync(join(work, 'pull-'));
  const pulled = await run(helm(4), ['pull', `oci://${ociReference(target, chart)}`, '--version', version, '--destination', dest, ...plain(target)], { env: target.env });
  if (pulled.code !== 0) {
    // ghcr.io answers a package that does not exist yet with 403 "denied" even to its owner (it exists once
    // pushed); a registry that denied the read and allowed the push could not be checked here.
    if (/not found|manifest unknown|name unknown|denied/i.test(pulled.stderr)) return undefined;
    throw new Error(`helm pull oci://${ociReference(target, chart)} --version ${version} failed: ${pulled.stderr.trim()}`);
  }
  const file = readdirSync(dest).find((f) => f.endsWith('.tgz'));
  return file ? readFileSync(join(dest, file)) : undefined;
}

/**
 * `helm push` of each archive (its `.prov` goes along as Helm's provenance layer), then a cosign
 * signature of the pushed manifest by digest. A version already in the registry with the same
 * contents is left alone; with other contents the whole publish is refused before anything is pushed.
 */
export async function publishToOci(opts: { archives: string[]; target: OciTarget; signer?: CosignSigner }): Promise<OciPublishResult> {
  const work = mkdtempSync(join(tmpdir(), 'mlp-oci-'));
  try {
    const result: OciPublishResult = { pushed: [], unchanged: [] };
    const fresh: { archive: string; name: string; version: string }[] = [];
    const refused: string[] = [];
    for (const archive of opts.archives) {
      const { name, version } = await archiveMetadata(archive);
      const published = await publishedArchive(opts.target, name, version, work);
      if (!published) fresh.push({ archive, name, version });
      else if (await sameContents(published, readFileSync(archive))) result.unchanged.push(`${name}-${version}`);
      else refused.push(`${ociReference(opts.target, name)}:${version} is released with other contents. Fix: bump version in charts/${name}/Chart.yaml and state the change in its artifacthub.io/changes`);
    }
    if (refused.length) throw new Error(`refused to push to ${opts.target.url} (a released version is immutable):\n  ${refused.join('\n  ')}`);
    for (const c of fresh) {
      const pushed = await run(helm(4), ['push', c.archive, opts.target.url, ...plain(opts.target)], { env: opts.target.env });
      const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(pushed.stdout + pushed.stderr)?.[1];
      if (pushed.code !== 0 || !digest) throw new Error(`helm push ${c.archive} ${opts.target.url} failed: ${(pushed.stderr || pushed.stdout).trim()}`);
      const reference = `${ociReference(opts.target, c.name)}@${digest}`;
      if (opts.signer) await signImage(reference, opts.signer, { allowHttp: opts.target.plainHttp });
      result.pushed.push({ chart: c.name, version: c.version, reference });
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
