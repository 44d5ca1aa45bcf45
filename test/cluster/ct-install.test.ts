import { describe, expect, inject, it } from 'vitest';
import { $ } from 'zx';
import { deleteNamespace, ensureNamespace, kube, restrictedNamespaceLabels } from '../../scripts/lib/cluster/kube.ts';
import { simulatesPods } from '../../scripts/lib/cluster/providers.ts';
import { prepareNamespace } from '../../scripts/lib/cluster/releases.ts';
import { chartScenarios, installableCharts } from '../../scripts/lib/scenarios/index.ts';
import { listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

const cluster = inject('cluster');

/**
 * chart-testing's own install job (`npx ct install --all`: every chart × every ci/*-values.yaml,
 * install --wait, helm test, uninstall), against the run's cluster, in one restricted namespace that
 * holds the test credentials every scenario needs.
 */
describe('ct install', () => {
  it.runIf(simulatesPods(cluster.provider) && !cluster.context?.startsWith('kind-') && cluster.provider !== 'current')('npx ct install --all passes on the cluster (Helm 4)', async () => {
    const namespace = 't-ct-install';
    const k = kube(cluster);
    await ensureNamespace(k, namespace, restrictedNamespaceLabels);
    try {
      for (const chart of installableCharts())
        for (const s of chartScenarios(chart).filter((x) => x.kind === 'ci'))
          await prepareNamespace(cluster, { chart, release: chart, namespace, values: s.values, helm: 4 });
      // Library charts (ml-common) install nothing: ct would try and fail.
      const libraries = listCharts().filter((c) => !installableCharts().includes(c));
      const out = await $({ cwd: repoRoot, nothrow: true, quiet: true, env: { ...process.env, KUBECONFIG: cluster.kubeconfig, MLP_HELM_MAJOR: '4' } })`node bin/ct.js install --all --namespace ${namespace} --release-label app.kubernetes.io/instance --excluded-charts ${libraries.join(',')} --helm-extra-args ${'--timeout 300s'}`;
      expect(out.exitCode, `${out.stdout}\n${out.stderr}`.slice(-4000)).toBe(0);
      expect(out.stdout + out.stderr).toMatch(/All charts installed successfully/);
    } finally {
      await deleteNamespace(k, namespace);
    }
  });
});
