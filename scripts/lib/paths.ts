import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above scripts/lib). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const chartsDir = join(repoRoot, 'charts');
export const valuesDir = join(repoRoot, 'values');

/**
 * Machine-wide cache for tools and renders, outside the checkout so that a fresh clone
 * (CI clones anew on the same machine) reuses what an earlier run built.
 */
export const cacheDir = process.env.MLP_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ml-platform-charts');
export const toolsCacheDir = join(cacheDir, 'tools');
/** OCI image archives built here (the local cluster's node images), one file per key of their inputs. */
export const imagesCacheDir = join(cacheDir, 'images');
export const renderCacheDir = process.env.MLP_RENDER_CACHE_DIR ?? join(cacheDir, 'renders');
