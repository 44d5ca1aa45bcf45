import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.ts';
import { spawnBinary } from './process.ts';

/** Committed wrapper modules (go.mod + go.sum) that pin what the toolkit takes from the Go module proxy. */
export const gomodRoot = join(repoRoot, 'scripts', 'lib', 'tools', 'gomod');

/** A module pinned by one of the wrapper modules under scripts/lib/tools/gomod. */
export interface PinnedModule {
  gomodDir: string;
  module: string;
}

const where = (root: string, gomodDir: string) => (root === gomodRoot ? `scripts/lib/tools/gomod/${gomodDir}` : join(root, gomodDir));

/** The version a wrapper go.mod requires of a module (`require` line, single or in a block). */
export function pinnedVersion(gomodDir: string, module: string, root = gomodRoot): string {
  const gomod = readFileSync(join(root, gomodDir, 'go.mod'), 'utf8');
  const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`^\\s*(?:require\\s+)?${escaped}\\s+(v\\S+)`, 'm').exec(gomod);
  if (!match) throw new Error(`${where(root, gomodDir)}/go.mod does not require ${module}`);
  return match[1]!;
}

/** The `h1:` hash the committed go.sum records for a module version. */
function goSumHash(gomodDir: string, module: string, version: string, root: string): string {
  const line = readFileSync(join(root, gomodDir, 'go.sum'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${module} ${version} h1:`));
  if (!line) throw new Error(`${where(root, gomodDir)}/go.sum has no hash for ${module} ${version}. Fix: run \`go mod download ${module}\` in that directory and commit go.sum`);
  return line.split(' ')[2]!;
}

interface Download {
  Path: string;
  Version: string;
  Dir?: string;
  Sum?: string;
  Error?: string;
}

/**
 * Directories of pinned modules in the Go module cache, through `go mod download -json` in their
 * wrapper module: downloaded from the module proxy once, verified against the committed go.sum
 * (go refuses a mismatch; the hash it reports is compared with the committed one as well).
 */
export async function moduleDirs<T extends PinnedModule>(pins: readonly T[], root = gomodRoot): Promise<Map<T, string>> {
  const dirs = new Map<T, string>();
  for (const gomodDir of [...new Set(pins.map((p) => p.gomodDir))]) {
    const group = pins.filter((p) => p.gomodDir === gomodDir);
    // Read before downloading: a hash go would add to go.sum on the way is not a committed one.
    const expected = new Map(group.map((p) => [p.module, { version: pinnedVersion(gomodDir, p.module, root), sum: goSumHash(gomodDir, p.module, pinnedVersion(gomodDir, p.module, root), root) }]));
    const modules = [...expected.keys()];
    // -mod=readonly: never edit the committed go.mod; the caller's GOFLAGS (e.g. -mod=vendor) must not leak in.
    const result = await spawnBinary('go', ['mod', 'download', '-json', ...modules], { cwd: join(root, gomodDir), env: { GOFLAGS: '-mod=readonly', GOTOOLCHAIN: 'local' } });
    // The output is a stream of JSON objects, one per module.
    const out = result.stdout.trim();
    const downloads = out ? (out.split(/(?<=^\})\n(?=\{)/m).map((o) => JSON.parse(o)) as Download[]) : [];
    const failed = downloads.filter((d) => d.Error).map((d) => `${d.Path}@${d.Version}: ${d.Error}`);
    if (result.code !== 0 || failed.length > 0) throw new Error(`go mod download in ${where(root, gomodDir)} failed: ${failed.join('; ') || result.stderr.trim()}`);
    for (const pin of group) {
      const want = expected.get(pin.module)!;
      const d = downloads.find((x) => x.Path === pin.module);
      if (!d?.Dir || d.Version !== want.version) throw new Error(`go mod download gave no directory for ${pin.module}@${want.version}`);
      if (d.Sum !== want.sum) throw new Error(`${pin.module}@${want.version}: downloaded ${d.Sum}, the committed go.sum records ${want.sum}`);
      dirs.set(pin, d.Dir);
    }
  }
  return dirs;
}
