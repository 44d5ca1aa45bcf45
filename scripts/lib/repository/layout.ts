import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { repoRoot } from '../paths.ts';

/** Where `mlp package` writes and `mlp publish` reads by default (ignored by git, like every build output under .cache). */
export const defaultPackagesDir = join(repoRoot, '.cache', 'packages');

/** What `mlp package` wrote last into a directory (chart, version, archive, provenance, digest), as JSON. */
export const packagesManifest = (dir: string) => join(dir, 'packages.json');

/** Artifact Hub's repository metadata, published beside index.yaml. */
export const artifactHubRepoFile = join(repoRoot, 'artifacthub-repo.yml');

/** The chart archives of a directory: those `mlp package` listed in its packages.json, else every *.tgz, sorted. */
export function archivesIn(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no packages directory ${dir}. Fix: run \`npx mlp package\` first (or pass --from DIR)`);
  const manifest = packagesManifest(dir);
  const archives = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { archive: string }[]).map((p) => join(dir, basename(p.archive)))
    : readdirSync(dir).filter((f) => f.endsWith('.tgz')).sort().map((f) => join(dir, f));
  if (archives.length === 0) throw new Error(`no chart archives (*.tgz) in ${dir}. Fix: run \`npx mlp package\` first (or pass --from DIR)`);
  return archives;
}
