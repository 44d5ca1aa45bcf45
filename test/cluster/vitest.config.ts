import { defineConfig } from 'vitest/config';
import RealPodsFirst from './sequencer.ts';

/**
 * The cluster tier (`npm run test:cluster`): one cluster per run, started by global-setup.ts and
 * stopped when the run ends, pass or fail. Two test files at a time (2 cores): each file installs
 * its chart's scenarios one after another, in its own namespaces; the real-pod tier (the longest file)
 * starts first, in one fork, beside the kwok matrix in the other.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/cluster/**/*.test.ts'],
    globalSetup: ['test/cluster/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    sequence: { sequencer: RealPodsFirst },
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 900_000,
    hookTimeout: 900_000,
    reporters: ['default', ['json', { outputFile: '.cache/vitest-cluster-results.json' }]],
  },
});
