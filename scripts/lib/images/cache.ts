import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { cacheDir } from '../paths.ts';

/** Stand-in images, their Debian bases and the shared wheel cache, outside the checkout (like the tools). */
export const imagesCacheDir = process.env.MLP_IMAGES_CACHE_DIR ?? join(cacheDir, 'images');
export const basesDir = join(imagesCacheDir, 'bases');
/** One wheel cache for every image: a wheel two images lock at the same version is downloaded once. */
export const wheelsDir = join(imagesCacheDir, 'wheels');

/** A short stable hash of JSON-able inputs (the cache key of a base or an image). */
export function inputsKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
}
