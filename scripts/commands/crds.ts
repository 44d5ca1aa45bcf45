import { crdFolder, crdSources, crdsDir } from '../lib/tools/crds.ts';

/**
 * Prints the directory of the pinned CRDs (fetched from their Go modules on first use), e.g. for
 * `kubectl apply --server-side -R -f "$(npx mlp crds)"`; the sources go to stderr.
 */
export async function run(): Promise<number> {
  const dir = await crdsDir();
  if (!process.env.MLP_CRDS_DIR) for (const s of crdSources) console.error(`  ${crdFolder(s).padEnd(28)} ${s.module}/${s.dir}${s.only ? ` (${s.only.length} files)` : ''}`);
  console.log(dir);
  return 0;
}
