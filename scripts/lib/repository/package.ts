import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { chartMetadata, localDependencyDirs } from '../helm/chart-files.ts';
import { type HelmMajor, helm, runOrThrow } from '../tools/index.ts';
import { canonicalizeArchive } from './archive.ts';
import { releaseNotes } from './changes.ts';
import { sha256File } from './digest.ts';
import { type GpgOptions, type TemporaryHome, exportPublicKeyArmored, importKeys, keyFingerprint, temporaryHome } from './gpg.ts';
import { signArchive } from './provenance.ts';
import { type ChartSource, fixTimes, packageTime, stageCharts } from './stage.ts';

export interface SignOptions {
  /** Helm's `--key`: a user id (or part of it) naming the signing key. */
  key: string;
  /** A keyring file holding the secret key (a legacy `secring.gpg`, as Helm's `--keyring`); without it, GnuPG's own keys. */
  keyring?: string;
  /** GnuPG home to find the key in (default: the user's). */
  gnupgHome?: string;
  passphraseFile?: string;
  /** Where the repository publishes the public key (`artifacthub.io/signKey` url), e.g. `<repo url>/pgp-public-key.asc`. */
  keyUrl: string;
}

export interface PackageOptions {
  out: string;
  source?: ChartSource;
  /** Version to stamp on each chart (default: its Chart.yaml version). */
  version?: (chart: string, current: string) => string;
  sign?: SignOptions;
  /** Charts to package (default: all, the library included). Dependencies are built either way. */
  charts?: string[];
}

export interface PackagedChart {
  chart: string;
  version: string;
  archive: string;
  /** The `.prov` beside the archive, when signed. */
  provenance?: string;
  /** sha256 of the archive, as `index.yaml` records it. */
  digest: string;
  /** Release notes from the chart's `artifacthub.io/changes`. */
  notes: string;
}

/** The published public key's file name, beside index.yaml. */
export const publicKeyFile = 'pgp-public-key.asc';
/** Helm only packages with Helm 4: it writes the files' times, which the stage fixes (Helm 3 writes the clock's). */
const packagingHelm: HelmMajor = 4;

/** `helm dependency update` in the stage, then Chart.lock's `generated` set to the fixed time Helm stamps it with. */
async function buildDependencies(chartDir: string): Promise<void> {
  if (localDependencyDirs(chartDir).length === 0) return;
  await runOrThrow(helm(packagingHelm), ['dependency', 'update', '--skip-refresh', chartDir]);
  const lockFile = join(chartDir, 'Chart.lock');
  const lock = parseDocument(readFileSync(lockFile, 'utf8'));
  lock.set('generated', packageTime.toISOString());
  writeFileSync(lockFile, lock.toString());
  fixTimes(chartDir);
}

/** `artifacthub.io/signKey` of the key that signs: its fingerprint and where its public half is published. */
export function signKeyAnnotation(fingerprint: string, url: string): string {
  return `fingerprint: ${fingerprint}\nurl: ${url}\n`;
}

/**
 * Packages charts the way a release does: from the working tree or a git ref, at the given versions,
 * dependencies built, deterministic archives (same contents → same bytes), Helm provenance when a key
 * is given, release notes from `artifacthub.io/changes`. Returns what it wrote into `out`.
 */
export async function packageCharts(opts: PackageOptions): Promise<PackagedChart[]> {
  const out = resolve(opts.out);
  mkdirSync(join(out, 'release-notes'), { recursive: true });
  const sign = opts.sign;
  // A keyring file is imported into a GnuPG home of its own; otherwise the key is the user's GnuPG's.
  const keyHome: TemporaryHome | undefined = sign?.keyring ? temporaryHome() : undefined;
  try {
    const gpg: GpgOptions = { home: keyHome?.home ?? sign?.gnupgHome, passphraseFile: sign?.passphraseFile };
    if (sign?.keyring) await importKeys(sign.keyring, gpg);
    const fingerprint = sign ? await keyFingerprint(sign.key, gpg) : undefined;
    const staged = await stageCharts({
      source: opts.source ?? { kind: 'tree' },
      version: opts.version,
      annotations: sign ? { 'artifacthub.io/signKey': signKeyAnnotation(fingerprint!, sign.keyUrl) } : {},
    });
    try {
      const unknown = (opts.charts ?? []).filter((c) => !staged.order.includes(c));
      if (unknown.length) throw new Error(`no chart ${unknown.join(', ')} to package (charts: ${staged.order.join(', ')})`);
      // The charts asked for and what they embed (file:// dependencies, transitively): nothing else is built.
      const needed = new Set(opts.charts ?? staged.order);
      for (const chart of [...staged.order].reverse()) {
        if (needed.has(chart)) for (const dep of localDependencyDirs(join(staged.chartsDir, chart))) needed.add(basename(dep));
      }
      const packaged: PackagedChart[] = [];
      for (const chart of staged.order.filter((c) => needed.has(c))) {
        const dir = join(staged.chartsDir, chart);
        await buildDependencies(dir);
        if (opts.charts && !opts.charts.includes(chart)) continue;
        await runOrThrow(helm(packagingHelm), ['package', dir, '--destination', out]);
        const meta = chartMetadata(dir);
        const archive = join(out, `${meta.name}-${meta.version}.tgz`);
        if (!existsSync(archive)) throw new Error(`helm package wrote no ${archive}`);
        await canonicalizeArchive(archive);
        rmSync(`${archive}.prov`, { force: true });
        const provenance = sign ? await signArchive(archive, fingerprint!, gpg) : undefined;
        const notes = releaseNotes(meta as Parameters<typeof releaseNotes>[0]);
        writeFileSync(join(out, 'release-notes', `${meta.name}-${meta.version}.md`), notes);
        packaged.push({ chart, version: meta.version, archive, provenance, digest: sha256File(archive), notes });
      }
      if (sign) writeFileSync(join(out, publicKeyFile), await exportPublicKeyArmored(fingerprint!, gpg));
      return packaged;
    } finally {
      staged.remove();
    }
  } finally {
    await keyHome?.remove();
  }
}
