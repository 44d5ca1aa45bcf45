import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tools } from '../tools/catalog.ts';
import { imagesCacheDir, inputsKey } from './cache.ts';
import { baseArchive } from './debian.ts';
import { normalizeReference, parseReference } from './reference.ts';
import { type Recipe, recipes } from './recipes.ts';
import { renderedImages } from './rendered.ts';
import { lockFile } from './wheels.ts';

/** One stand-in image to build: a recipe at a pinned version under one reference. */
export interface PlannedImage {
  /** `ray`, `ray-gpu`, `mlflow`, ...: the recipe's name and the reference's variant. */
  name: string;
  recipe: Recipe;
  /** The reference as the charts render it (or our own, for the servers). */
  ref: string;
  /** What containerd stores and the kubelet looks up. */
  normalizedRef: string;
  version: string;
  /** Where the charts use it (empty for the servers of the prod-like scenarios). */
  usedBy: string[];
}

/** The recipe standing in for a rendered reference, or undefined (the image-set test fails on such a reference). */
export function recipeFor(ref: string): { recipe: Recipe; version: string; variant?: string } | undefined {
  const parsed = parseReference(ref);
  for (const recipe of recipes) {
    const pin = recipe.pinOf?.(parsed);
    if (pin) return { recipe, ...pin };
  }
  return undefined;
}

/** Every image to build: one per rendered reference (derived from the charts), then the servers of the prod-like scenarios. */
export async function planImages(): Promise<{ images: PlannedImage[]; unmatched: Map<string, string[]> }> {
  const images: PlannedImage[] = [];
  const unmatched = new Map<string, string[]>();
  for (const [ref, usedBy] of await renderedImages()) {
    const image = planImage(ref, usedBy);
    if (image) images.push(image);
    else unmatched.set(ref, usedBy);
  }
  images.push(...serverImages());
  return { images, unmatched };
}

/** The stand-in for one rendered reference, or undefined when no recipe stands in for it. */
export function planImage(ref: string, usedBy: string[] = []): PlannedImage | undefined {
  const server = serverImages().find((i) => i.normalizedRef === normalizeReference(ref));
  if (server) return { ...server, usedBy };
  const match = recipeFor(ref);
  if (!match) return undefined;
  const name = match.variant ? `${match.recipe.name}-${match.variant}` : match.recipe.name;
  return { name, recipe: match.recipe, ref, normalizedRef: normalizeReference(ref), version: match.version, usedBy };
}

/** The servers of the prod-like scenarios (Redis, S3): our own references, used by no chart. */
export function serverImages(): PlannedImage[] {
  return recipes
    .filter((r) => r.own)
    .map((recipe) => ({ name: recipe.name, recipe, ref: recipe.own!.ref, normalizedRef: normalizeReference(recipe.own!.ref), version: recipe.own!.version, usedBy: [] }));
}

/**
 * The root filesystem's inputs: base (suite, packages), wheel lock, Go tool version, files, commands.
 * Images of one recipe and version (ray and ray-gpu) share one root filesystem.
 */
export function rootfsInputs(image: PlannedImage): unknown {
  const r = image.recipe;
  const lock = r.python ? lockFile(r.name, image.version) : undefined;
  return {
    recipe: r.name,
    version: image.version,
    base: r.base ? baseArchive(r.base) : null,
    python: r.python ? { venv: r.python.venv, owner: r.python.owner ?? null, lock: lock && existsSync(lock) ? readFileSync(lock, 'utf8') : null } : null,
    go: r.goBinary ? { ...r.goBinary, version: tools[r.goBinary.tool].version } : null,
    staticAccounts: r.staticAccounts ?? null,
    files: r.files ?? null,
    dirs: r.dirs ?? null,
    finalize: r.finalize ?? null,
  };
}

/** Cache key of an image: its root filesystem's inputs, its reference and its config. */
export function imageKey(image: PlannedImage): string {
  return inputsKey({ rootfs: rootfsInputs(image), ref: image.normalizedRef, config: image.recipe.config(image.version) });
}

export function archivePath(image: PlannedImage): string {
  return join(imagesCacheDir, image.name, imageKey(image), 'image.oci.tar');
}
