import { defineConfig } from 'vitest/config';

/**
 * Tiers (docs/architecture.md, "Tests"). `npm test` runs the offline tiers; the cluster tier has its own command
 * because it needs a cluster. MLP_TIER selects one tier.
 */
const offline = ['unit', 'schema', 'policy', 'alerts'];
const tier = process.env.MLP_TIER;
const tiers = tier ? tier.split(',') : offline;

export default defineConfig({
  test: {
    include: tiers.map((t) => `test/${t}/**/*.test.ts`),
    setupFiles: ['test/support/setup.ts'],
    // Renders are helm processes: two forks keep both cores busy without oversubscribing them.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ['default', ['json', { outputFile: '.cache/vitest-results.json' }]],
  },
});
