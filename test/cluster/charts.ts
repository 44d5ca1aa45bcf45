import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { simulatesPods } from '../../scripts/lib/cluster/providers.ts';
import { type Scenario, scenarios } from '../../scripts/lib/cluster/scenarios.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { lifecycle } from './lifecycle.ts';

/**
 * Inputs only a profile's user has (airgapped: each image's digest from their mirror) come from the
 * same test fixture the policy and unit tiers use.
 */
const profileInputs: Record<string, string> = { airgapped: join(repoRoot, 'test', 'fixtures', 'airgapped-test-digests.yaml') };

function withProfileInputs(s: Scenario): Scenario {
  const inputs = s.name.startsWith('profile-') ? profileInputs[s.name.slice('profile-'.length)] : undefined;
  return inputs ? { ...s, values: [...s.values, inputs] } : s;
}

/**
 * Every scenario of a chart (defaults, ci/*-values.yaml, umbrella profiles) × Helm 3 and 4 on the
 * run's cluster. Under kind (real pods) only self-contained scenarios run: the ci scenarios point at
 * databases and object stores that do not exist there.
 */
export function describeChart(chart: string): void {
  const cluster = inject('cluster');
  const all = scenarios(chart).map(withProfileInputs);
  const runnable = simulatesPods(cluster.provider) ? all : all.filter((s) => s.name === 'chart-defaults' || s.name.startsWith('profile-dev'));
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
