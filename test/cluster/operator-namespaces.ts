import { chartScenarios } from '../../scripts/lib/scenarios/index.ts';
import { namespaceFor } from './lifecycle.ts';
import { realScenarios } from './real-platform/scenarios.ts';

/**
 * The namespaces the test cluster's KubeRay operator (the toolkit's, out of cluster) watches: every
 * namespace where a test installs a RayCluster without an operator of its own. It cannot watch all:
 * the real-pod tier's prod release runs the chart's bundled operator, and two operators reconciling one
 * RayCluster create duplicate head and worker pods (KubeRay names them with generateName). KubeRay's
 * --watch-namespace takes a list and no exclusions, so the list is derived here from the tests.
 */
export function toolkitOperatorNamespaces(): string[] {
  const matrix = ['ray-cluster', 'ml-platform'].flatMap((chart) => chartScenarios(chart, { alsoOn: false }).filter((s) => s.kind !== 'layering').flatMap((s) => ([4, 3] as const).map((helm) => namespaceFor(s, helm))));
  const fixed = ['t-operator', 't-ct-install'];
  const real = realScenarios.filter((s) => !s.bundlesOperator).map((s) => s.namespace);
  return [...new Set([...matrix, ...fixed, ...real])].sort();
}
