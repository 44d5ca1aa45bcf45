import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CosignSigner } from '../lib/repository/cosign.ts';
import { publishToDirectory } from '../lib/repository/http-repo.ts';
import { archivesIn, artifactHubRepoFile, defaultPackagesDir } from '../lib/repository/layout.ts';
import { publishToOci, registryLogin } from '../lib/repository/oci.ts';
import { publicKeyFile } from '../lib/repository/package.ts';

const usage =
  'usage: mlp publish [--from DIR] [--repo DIR --url URL] [--oci oci://HOST/PATH [--plain-http] [--registry-user USER] [--cosign-key FILE | --keyless]]';

/**
 * Publishes what `mlp package` wrote: into a static HTTP chart repository (index.yaml merged, released
 * versions immutable) and/or to an OCI registry (`helm push`, then a cosign signature of each artifact).
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      repo: { type: 'string' },
      url: { type: 'string' },
      oci: { type: 'string' },
      'plain-http': { type: 'boolean' },
      'cosign-key': { type: 'string' },
      keyless: { type: 'boolean' },
      'registry-user': { type: 'string' },
    },
  });
  if (!values.repo && !values.oci) throw new Error(`nothing to publish to. ${usage}`);
  if (values.repo && !values.url) throw new Error(`--repo needs --url, the address the directory is served at (index.yaml's chart URLs). ${usage}`);
  if (values['cosign-key'] && values.keyless) throw new Error(`--cosign-key and --keyless exclude each other. ${usage}`);
  const from = resolve(values.from ?? defaultPackagesDir);
  const archives = archivesIn(from);
  if (values.repo) {
    const key = join(from, publicKeyFile);
    const files = [...(existsSync(key) ? [{ path: key, immutable: true }] : []), ...(existsSync(artifactHubRepoFile) ? [{ path: artifactHubRepoFile, immutable: false }] : [])];
    const r = await publishToDirectory({ archives, repo: resolve(values.repo), url: values.url!, files });
    console.log(`${values.repo}: published ${r.added.join(', ') || 'nothing new'}${r.unchanged.length ? `; already released, unchanged: ${r.unchanged.join(', ')}` : ''}`);
  }
  if (values.oci) {
    const signer: CosignSigner | undefined = values['cosign-key']
      ? { kind: 'key', key: values['cosign-key'], password: process.env.COSIGN_PASSWORD }
      : values.keyless
        ? { kind: 'keyless' }
        : undefined;
    const target = { url: values.oci, plainHttp: values['plain-http'] };
    if (values['registry-user']) {
      const password = process.env.MLP_REGISTRY_PASSWORD;
      if (!password) throw new Error('--registry-user needs the password in the environment variable MLP_REGISTRY_PASSWORD (never on the command line)');
      await registryLogin(target, values['registry-user'], password);
    }
    const r = await publishToOci({ archives, target, signer });
    for (const p of r.pushed) console.log(`pushed ${p.reference}${signer ? ` (cosign ${signer.kind === 'key' ? 'key' : 'keyless'} signature)` : ' (unsigned)'}`);
    console.log(`${values.oci}: pushed ${r.pushed.length}${r.unchanged.length ? `; already released, unchanged: ${r.unchanged.join(', ')}` : ''}`);
  }
  return 0;
}
