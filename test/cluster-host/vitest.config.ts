import { defineConfig } from 'vitest/config';

/**
 * The host part of the cluster tier (run by `npm run test:cluster` before the cluster files): it
 * starts and stops a local cluster of its own, with its real node, and compares the host before and
 * after. It must run alone: one real node per machine (port 10250, the host's KUBE-* chains).
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/cluster-host/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 1, minForks: 1 } },
    testTimeout: 900_000,
    hookTimeout: 900_000,
    reporters: ['default', ['json', { outputFile: '.cache/vitest-cluster-host-results.json' }]],
  },
});
