import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { helm, runOrThrow } from '../tools/index.ts';
import { sameContents } from './archive.ts';
import { archiveMetadata } from './chart-archive.ts';
import { sha256File } from './digest.ts';

/** One version of a chart in a repository's index.yaml (the fields this code reads; Helm writes more). */
export interface IndexEntry {
  name: string;
  version: string;
  digest: string;
  urls: string[];
  created?: string;
  [field: string]: unknown;
}

export interface RepositoryIndex {
  apiVersion: string;
  entries: Record<string, IndexEntry[]>;
  generated?: string;
}

export interface PublishResult {
  /** `<chart>-<version>` published now. */
  added: string[];
  /** Already released with the same contents: nothing done. */
  unchanged: string[];
}

export function readIndex(file: string): RepositoryIndex {
  return existsSync(file) ? (parse(readFileSync(file, 'utf8')) as RepositoryIndex) : { apiVersion: 'v1', entries: {} };
}

/** Released entries the new index dropped or altered (must be none: a released version is immutable). */
function rewrittenReleases(before: RepositoryIndex, after: RepositoryIndex): string[] {
  return Object.entries(before.entries ?? {}).flatMap(([name, versions]) =>
    versions.filter((v) => !isDeepStrictEqual(after.entries?.[name]?.find((w) => w.version === v.version), v)).map((v) => `${name}-${v.version}`),
  );
}

interface Candidate {
  archive: string;
  name: string;
  version: string;
}

/**
 * Publishes chart archives (and the `.prov` beside each) into a static HTTP chart repository in `repo`,
 * served at `url`. index.yaml is merged (`helm repo index --merge`), never rewritten for a released
 * version: a version already in the index with the same contents is left as released (no-op); with
 * other contents the whole publish is refused before anything is written. `files` (the public key,
 * artifacthub-repo.yml) are copied beside index.yaml; an immutable one already published with other
 * contents is refused too.
 */
export async function publishToDirectory(opts: { archives: string[]; repo: string; url: string; files?: { path: string; immutable: boolean }[] }): Promise<PublishResult> {
  mkdirSync(opts.repo, { recursive: true });
  const indexFile = join(opts.repo, 'index.yaml');
  const before = readIndex(indexFile);
  const result: PublishResult = { added: [], unchanged: [] };
  const fresh: Candidate[] = [];
  const refused: string[] = [];
  for (const archive of opts.archives) {
    const { name, version } = await archiveMetadata(archive);
    const released = before.entries?.[name]?.find((e) => e.version === version);
    if (!released) {
      fresh.push({ archive, name, version });
      continue;
    }
    const publishedFile = join(opts.repo, basename(released.urls[0] ?? ''));
    const same = released.digest === sha256File(archive) || (existsSync(publishedFile) && (await sameContents(readFileSync(publishedFile), readFileSync(archive))));
    if (same) result.unchanged.push(`${name}-${version}`);
    else refused.push(`${name} ${version} is released (digest ${released.digest}) and ${basename(archive)} has other contents. Fix: bump version in charts/${name}/Chart.yaml and state the change in its artifacthub.io/changes`);
  }
  for (const file of (opts.files ?? []).filter((f) => f.immutable).map((f) => f.path)) {
    const published = join(opts.repo, basename(file));
    if (existsSync(published) && !readFileSync(published).equals(readFileSync(file))) refused.push(`${basename(file)} is published with other contents. Fix: publish a new key under another name; users verify released charts with the published one`);
  }
  if (refused.length) throw new Error(`refused to publish into ${opts.repo} (a released version is immutable):\n  ${refused.join('\n  ')}`);

  if (fresh.length) {
    const stage = mkdtempSync(join(tmpdir(), 'mlp-index-'));
    try {
      for (const c of fresh) {
        copyFileSync(c.archive, join(stage, basename(c.archive)));
        if (existsSync(`${c.archive}.prov`)) copyFileSync(`${c.archive}.prov`, join(stage, `${basename(c.archive)}.prov`));
      }
      await runOrThrow(helm(4), ['repo', 'index', stage, '--url', opts.url, ...(existsSync(indexFile) ? ['--merge', indexFile] : [])]);
      const after = readIndex(join(stage, 'index.yaml'));
      const rewritten = rewrittenReleases(before, after);
      if (rewritten.length) throw new Error(`helm repo index changed released entries ${rewritten.join(', ')}; nothing was published`);
      for (const c of fresh) {
        for (const f of [basename(c.archive), `${basename(c.archive)}.prov`]) if (existsSync(join(stage, f))) copyFileSync(join(stage, f), join(opts.repo, f));
        result.added.push(`${c.name}-${c.version}`);
      }
      // The index last, atomically: a reader sees the old index or the new one with every file in place.
      copyFileSync(join(stage, 'index.yaml'), `${indexFile}.partial`);
      renameSync(`${indexFile}.partial`, indexFile);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
  for (const { path } of opts.files ?? []) if (dirname(path) !== opts.repo) copyFileSync(path, join(opts.repo, basename(path)));
  return result;
}
