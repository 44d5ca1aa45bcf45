import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../scripts/lib/helm/render.ts';
import { getTyped } from '../../scripts/lib/manifests/index.ts';
import type { PodDisruptionBudget } from '../../values/types/shared.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

/** One PodDisruptionBudget shape (ml-common's podDisruptionBudget) in feast and mlflow-platform, rendered by one helper. */
const scaled = {
  feast: join(repoRoot, 'charts/feast/ci/redis-postgres-values.yaml'),
  'mlflow-platform': join(repoRoot, 'charts/mlflow-platform/ci/production-values.yaml'),
} as const;
const charts = Object.keys(scaled) as (keyof typeof scaled)[];
const budget = async (chart: keyof typeof scaled, podDisruptionBudget: PodDisruptionBudget, helm: 3 | 4) => {
  const spec = getTyped(await render(chart, { values: [scaled[chart]], valuesObject: { podDisruptionBudget }, helm }), 'PodDisruptionBudget').spec ?? {};
  return { minAvailable: spec.minAvailable, maxUnavailable: spec.maxUnavailable };
};

describe('podDisruptionBudget: the same keys and meaning in every chart (Helm 3 and 4)', () => {
  it.each(charts.flatMap((c) => ([3, 4] as const).map((h) => [c, h] as const)))('%s (helm %i): minAvailable or maxUnavailable, a number or a percentage', async (chart, helm) => {
    expect(await budget(chart, { minAvailable: '50%', maxUnavailable: null }, helm)).toEqual({ minAvailable: '50%', maxUnavailable: undefined });
    expect(await budget(chart, { minAvailable: null, maxUnavailable: 2 }, helm)).toEqual({ minAvailable: undefined, maxUnavailable: 2 });
  });

  it.each(charts.flatMap((c) => ([3, 4] as const).map((h) => [c, h] as const)))('%s (helm %i): both or neither set fails, naming the value', async (chart, helm) => {
    const both = await tryRender(chart, { values: [scaled[chart]], valuesObject: { podDisruptionBudget: { minAvailable: 1, maxUnavailable: 1 } }, helm });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(errorValuePaths(both.error.stderr)).toEqual(['podDisruptionBudget.maxUnavailable']);
    const neither = await tryRender(chart, { values: [scaled[chart]], valuesObject: { podDisruptionBudget: { minAvailable: null, maxUnavailable: null } }, helm });
    expect(neither.ok).toBe(false);
    if (!neither.ok) expect(errorValuePaths(neither.error.stderr)).toEqual(['podDisruptionBudget.minAvailable']);
  });
});
