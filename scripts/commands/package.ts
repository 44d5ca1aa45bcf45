import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chartMetadata, chartPath, listCharts } from '../lib/helm/chart-files.ts';
import { repoRoot } from '../lib/paths.ts';
import { defaultPackagesDir, packagesManifest } from '../lib/repository/layout.ts';
import { packageCharts } from '../lib/repository/package.ts';
import { releasedVersions } from '../lib/repository/versions.ts';

const usage =
  'usage: mlp package [chart...] [--unreleased] [--out DIR] [--ref GITREF] [--sign --key NAME [--keyring FILE] [--passphrase-file FILE] --key-url URL]';

/** Charts whose Chart.yaml version has no release tag `<chart>-<version>` yet: what a release publishes. */
async function unreleasedCharts(): Promise<string[]> {
  const out: string[] = [];
  for (const chart of listCharts()) if (!(await releasedVersions(chart)).includes(chartMetadata(chartPath(chart)).version)) out.push(chart);
  return out;
}

/**
 * Packages every chart (the ml-common library included; dependencies built) into deterministic
 * archives, with Helm provenance when signing, and release notes from `artifacthub.io/changes`.
 * Writes packages.json (chart, version, archive, digest of each) for scripts such as the release workflow.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      ref: { type: 'string' },
      unreleased: { type: 'boolean' },
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
  if (values.unreleased && (positionals.length || values.ref)) throw new Error(`--unreleased chooses the charts itself, from the working tree. ${usage}`);
  const out = values.out ?? defaultPackagesDir;
  const charts = values.unreleased ? await unreleasedCharts() : positionals.length ? positionals : undefined;
  if (charts?.length === 0) {
    mkdirSync(out, { recursive: true });
    writeFileSync(packagesManifest(out), '[]\n');
    console.log('every chart version is released already (a <chart>-<version> tag exists for each): nothing to package');
    return 0;
  }
  const packaged = await packageCharts({
    out,
    source: values.ref ? { kind: 'git', ref: values.ref } : { kind: 'tree' },
    charts,
    sign: values.sign ? { key: values.key!, keyring: values.keyring, passphraseFile: values['passphrase-file'], keyUrl: values['key-url']! } : undefined,
  });
  writeFileSync(packagesManifest(out), `${JSON.stringify(packaged.map(({ chart, version, archive, provenance, digest }) => ({ chart, version, archive, provenance, digest })), null, 2)}\n`);
  const width = Math.max(...packaged.map((p) => `${p.chart} ${p.version}`.length));
  for (const p of packaged) console.log(`${`${p.chart} ${p.version}`.padEnd(width)}  sha256:${p.digest}  ${relative(repoRoot, p.archive)}${p.provenance ? ' (+ .prov)' : ''}`);
  console.log(`${packaged.length} charts packaged into ${out}${values.sign ? ', signed' : ''}; release notes in ${out}/release-notes/`);
  return 0;
}
