import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../lib/paths.ts';
import { defaultPackagesDir } from '../lib/repository/layout.ts';
import { packageCharts } from '../lib/repository/package.ts';

const usage =
  'usage: mlp package [chart...] [--out DIR] [--ref GITREF] [--sign --key NAME [--keyring FILE] [--passphrase-file FILE] --key-url URL]';

/**
 * Packages every chart (the ml-common library included; dependencies built) into deterministic
 * archives, with Helm provenance when signing, and release notes from `artifacthub.io/changes`.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      ref: { type: 'string' },
      sign: { type: 'boolean' },
      key: { type: 'string' },
      keyring: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'key-url': { type: 'string' },
    },
  });
  if (values.sign && !values.key) throw new Error(`--sign needs --key NAME (the user id of the GnuPG key, as helm package --key). ${usage}`);
  if (values.sign && !values['key-url'])
    throw new Error(`--sign needs --key-url URL: where the repository publishes the public key (pgp-public-key.asc beside index.yaml), written into each chart's artifacthub.io/signKey. ${usage}`);
  if (!values.sign && (values.key || values.keyring)) throw new Error(`--key and --keyring sign only with --sign. ${usage}`);
  const out = values.out ?? defaultPackagesDir;
  const packaged = await packageCharts({
    out,
    source: values.ref ? { kind: 'git', ref: values.ref } : { kind: 'tree' },
    charts: positionals.length ? positionals : undefined,
    sign: values.sign ? { key: values.key!, keyring: values.keyring, passphraseFile: values['passphrase-file'], keyUrl: values['key-url']! } : undefined,
  });
  const width = Math.max(...packaged.map((p) => `${p.chart} ${p.version}`.length));
  for (const p of packaged) console.log(`${`${p.chart} ${p.version}`.padEnd(width)}  sha256:${p.digest}  ${relative(repoRoot, p.archive)}${p.provenance ? ' (+ .prov)' : ''}`);
  console.log(`${packaged.length} charts packaged into ${out}${values.sign ? ', signed' : ''}; release notes in ${out}/release-notes/`);
  return 0;
}
