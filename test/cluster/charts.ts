import { describe, expect, inject, it } from 'vitest';
import { simulatesPods } from '../../scripts/lib/cluster/providers.ts';
import { chartScenarios } from '../../scripts/lib/scenarios/index.ts';
import { lifecycle } from './lifecycle.ts';

/**
 * Every scenario of a chart in the catalog (scenarios.yaml: defaults, ci/*-values.yaml, each umbrella
 * profile with the inputs it needs, e.g. airgapped's test digests) × Helm 3 and 4 on the run's
 * cluster; layerings of profiles are left to the rendering tiers, and the cluster is the one the run
 * has (its CRDs make every catalog cluster's APIs present). Under kind (real pods) only self-contained
 * scenarios run: the ci scenarios point at databases and object stores that do not exist there.
 */
export function describeChart(chart: string): void {
  const cluster = inject('cluster');
  const all = chartScenarios(chart, { alsoOn: false }).filter((s) => s.kind !== 'layering');
  const runnable = simulatesPods(cluster.provider) ? all : all.filter((s) => s.kind === 'defaults' || (s.kind === 'profile' && s.profiles[0] === 'dev'));
  describe(`${chart} on a ${cluster.provider} cluster`, () => {
    for (const s of runnable) {
      for (const helm of [4, 3] as const) {
        it(`${s.name} (Helm ${helm}): install --wait in a restricted namespace, helm test, upgrade, rollback, uninstall`, async () => {
          const result = await lifecycle(cluster, s, helm);
          // Revisions: 1 install, 2 upgrade, 3 rollback to 1 (the one deployed).
          expect(result.historyAfterRollback.map((h) => h.revision)).toEqual([1, 2, 3]);
          expect(result.historyAfterRollback.at(-1)?.status).toBe('deployed');
          expect(result.leftovers, `left in ${result.namespace} after uninstall`).toEqual([]);
        });
      }
    }
  });
}
