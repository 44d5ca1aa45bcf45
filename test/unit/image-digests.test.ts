import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { podTemplates } from '../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

/**
 * global.requireImageDigests is complete by construction: the digests a release needs are exactly the ones
 * its errors ask for. Starting from none, each render's error paths get a digest, until the render passes;
 * then every image of every pod template must carry one. An image a chart renders but its validate.yaml
 * does not check would render without a digest here, and fail.
 */
const digest = `sha256:${'d'.repeat(64)}`;
const profile = (name: string) => join(repoRoot, 'values', `${name}.yaml`);

/** Sets `a.b.c` (no list indices: the scenarios below name none) in a nested values object. */
function setPath(values: Record<string, unknown>, path: string, value: unknown): void {
  if (/\[\d+\]/.test(path)) throw new Error(`${path}: a list index; give the scenario per-group images by other means`);
  const keys = path.split('.');
  let node = values;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

const scenarios = [
  { chart: 'feast', files: [] },
  { chart: 'mlflow-platform', files: [] },
  { chart: 'ray-cluster', files: [] },
  { chart: 'ml-platform', files: [profile('prod'), profile('gpu')] },
] as const;

describe('global.requireImageDigests asks for the digest of every image a release renders, and only those', () => {
  it.each(scenarios)('$chart $files', async ({ chart, files }) => {
    const values: Record<string, unknown> = { global: { requireImageDigests: true } };
    const asked: string[] = [];
    for (let round = 0; round < 8; round++) {
      // Values built from the error paths at run time: outside the generated types by construction.
      const r = await tryRender(chart, { values: [...files], valuesObject: values as never });
      if (r.ok) {
        const images = podTemplates(r.manifests).flatMap((p) => [...(p.template.spec.initContainers ?? []), ...p.template.spec.containers].map((c) => c.image!));
        expect(images.length).toBeGreaterThan(0);
        expect(images.filter((i) => !i.endsWith(`@${digest}`)), `asked for ${asked.join(', ')}`).toEqual([]);
        return;
      }
      const paths = errorValuePaths(r.error.stderr);
      expect(paths.length, r.error.stderr).toBeGreaterThan(0);
      for (const path of paths) {
        expect(path, r.error.stderr).toMatch(/\.digest$/);
        expect(asked, `${path} asked twice`).not.toContain(path);
        asked.push(path);
        setPath(values, path, digest);
      }
    }
    throw new Error(`still failing after 8 rounds; asked for ${asked.join(', ')}`);
  });
});
