import { parseArgs } from 'node:util';
import { archiveSize, buildImages } from '../lib/images/build.ts';
import { type PlannedImage, archivePath, planImages } from '../lib/images/plan.ts';
import { writeLock } from '../lib/images/wheels.ts';
import { info } from '../lib/log.ts';
import { existsSync } from 'node:fs';

const usage = 'usage: mlp images [list|build|lock] [name...]';

function select(images: PlannedImage[], names: string[]): PlannedImage[] {
  if (names.length === 0) return images;
  const unknown = names.filter((n) => !images.some((i) => i.name === n || i.recipe.name === n));
  if (unknown.length > 0) throw new Error(`unknown image(s) ${unknown.join(', ')}; known: ${images.map((i) => i.name).join(', ')}`);
  return images.filter((i) => names.includes(i.name) || names.includes(i.recipe.name));
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * Stand-in images for the charts' pinned upstream images, built here from Debian packages and PyPI
 * wheels (no container registry is reachable): `list` shows each with its reference and cache state,
 * `build` builds what is missing (cached by the hash of its inputs), `lock` re-resolves wheel locks.
 */
export async function run(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const [action = 'list', ...names] = positionals;
  const { images, unmatched } = await planImages();
  if (unmatched.size > 0) {
    const lines = [...unmatched].map(([ref, where]) => `  ${ref} (${where[0]})`);
    throw new Error(`rendered image(s) without a stand-in recipe:\n${lines.join('\n')}\nFix: add a recipe in scripts/lib/images/recipes.ts.`);
  }
  const chosen = select(images, names);
  switch (action) {
    case 'list': {
      for (const i of chosen) {
        const archive = archivePath(i);
        const state = existsSync(archive) ? `built, ${mib(archiveSize(archive))}` : 'not built';
        console.log(`${i.name.padEnd(17)} ${i.version.padEnd(8)} ${i.normalizedRef}  (${state})${i.usedBy.length ? '' : '  server for prod-like scenarios'}`);
      }
      return 0;
    }
    case 'build': {
      const started = performance.now();
      const results = await buildImages(chosen);
      for (const r of results) console.log(`${r.image.name.padEnd(17)} ${r.built ? 'built ' : 'cached'} ${mib(archiveSize(r.archive)).padStart(9)}  ${r.archive}`);
      info(`images: ${results.filter((r) => r.built).length} built, ${results.filter((r) => !r.built).length} cached (${((performance.now() - started) / 1000).toFixed(1)}s)`);
      return 0;
    }
    case 'lock': {
      const done = new Set<string>();
      for (const i of chosen.filter((c) => c.recipe.python)) {
        if (done.has(`${i.recipe.name}@${i.version}`)) continue;
        done.add(`${i.recipe.name}@${i.version}`);
        console.log(await writeLock(i.recipe.name, i.version, i.recipe.python!.requirements(i.version)));
      }
      return 0;
    }
    default:
      throw new Error(`unknown action ${action}. ${usage}`);
  }
}
