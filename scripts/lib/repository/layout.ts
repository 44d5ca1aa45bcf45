import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.ts';

/** Where `mlp package` writes and `mlp publish` reads by default (ignored by git, like every build output under .cache). */
export const defaultPackagesDir = join(repoRoot, '.cache', 'packages');

/** Artifact Hub's repository metadata, published beside index.yaml. */
export const artifactHubRepoFile = join(repoRoot, 'artifacthub-repo.yml');

/** The chart archives in a directory, sorted. */
export function archivesIn(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no packages directory ${dir}. Fix: run \`npx mlp package\` first (or pass --from DIR)`);
  const archives = readdirSync(dir).filter((f) => f.endsWith('.tgz')).sort().map((f) => join(dir, f));
  if (archives.length === 0) throw new Error(`no chart archives (*.tgz) in ${dir}. Fix: run \`npx mlp package\` first (or pass --from DIR)`);
  return archives;
}
