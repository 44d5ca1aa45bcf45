import { kubeVersionFloor } from '../../scripts/lib/helm/kube-versions.ts';
import type { RenderOptions } from '../../scripts/lib/helm/render.ts';
import { allScenarios, installableCharts, type Scenario, scenarioLabel, umbrellaChart } from '../../scripts/lib/scenarios/index.ts';
import { scenarioPolicyContext } from '../../scripts/lib/schema/policy-context.ts';
import type { HelmMajor } from '../../scripts/lib/tools/index.ts';

/**
 * The renderings of the policy tier: every scenario of the catalog (scenarios.yaml: every chart with its
 * defaults and ci/*-values.yaml, the umbrella with every profile in values/ and the documented
 * layerings, some again on a bare cluster) x Helm 3 and 4. test/policy/platform.test.ts checks them
 * against the policies, test/policy/conformance.test.ts against the Kubernetes and CRD schemas and
 * kube-score; both render through the same cache.
 */
export const helmMajors = [3, 4] as const satisfies readonly HelmMajor[];
export const scenarios: Scenario[] = allScenarios();
export const components = installableCharts().filter((c) => c !== umbrellaChart);
export const label = scenarioLabel;

/**
 * How the tier renders a scenario: on its cluster's APIs, at the chart's `kubeVersion` lower bound (Helm
 * checks the chart admits it; the oldest supported API is what the output must fit first).
 */
export function renderOptions(s: Scenario, helm: HelmMajor): RenderOptions {
  return { values: s.values, apiVersions: s.cluster.apiVersions, helm, release: 'ml', namespace: 'ml', kubeVersion: `${kubeVersionFloor(s.chart)}.0` };
}

export const scenarioContext = scenarioPolicyContext;
