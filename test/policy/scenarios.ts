import { join } from 'node:path';
import { ciValuesFiles } from '../../scripts/commands/lint.ts';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { kubeVersionFloor } from '../../scripts/lib/helm/kube-versions.ts';
import type { RenderOptions } from '../../scripts/lib/helm/render.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { readValuesFile } from '../../scripts/lib/schema/values.ts';
import type { HelmMajor } from '../../scripts/lib/tools/index.ts';

/**
 * The renderings of the policy tier: every chart x every scenario (defaults, ci/*-values.yaml, and for
 * the umbrella every profile and the layered combinations the README documents) x Helm 3 and 4.
 * test/policy/platform.test.ts checks them against the policies, test/policy/conformance.test.ts
 * against the Kubernetes and CRD schemas and kube-score; both render through the same cache.
 */
export const istio = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
export const profile = (name: string) => join(repoRoot, 'values', `${name}.yaml`);
export const testDigests = join(repoRoot, 'test', 'fixtures', 'airgapped-test-digests.yaml');
export const helmMajors = [3, 4] as const satisfies readonly HelmMajor[];

export interface Scenario {
  chart: string;
  name: string;
  files: string[];
  apiVersions: string[];
  /** The mesh is on: every long-running workload must be under a STRICT PeerAuthentication. */
  mesh: boolean;
}

export const components = listCharts().filter((c) => c !== 'ml-platform' && chartMetadata(chartPath(c)).type !== 'library');

export const scenarios: Scenario[] = [
  // Each component with its defaults and ci scenarios, in a cluster with Istio and prometheus-operator.
  ...components.flatMap((chart) =>
    [undefined, ...ciValuesFiles(chartPath(chart))].map((file) => ({
      chart,
      name: file ? file.split('/').pop()! : 'defaults',
      files: file ? [file] : [],
      apiVersions: istio,
      // Istio is detected, so the mesh is on unless the scenario turns it off explicitly.
      mesh: !(file && (readValuesFile(file).mesh as { enabled?: unknown } | undefined)?.enabled === false),
    })),
  ),
  // The umbrella with each profile, and the layered combinations the README documents.
  { chart: 'ml-platform', name: 'defaults, bare cluster', files: [], apiVersions: [], mesh: false },
  { chart: 'ml-platform', name: 'defaults', files: [], apiVersions: istio, mesh: true },
  { chart: 'ml-platform', name: 'dev, bare cluster', files: [profile('dev')], apiVersions: [], mesh: false },
  { chart: 'ml-platform', name: 'dev', files: [profile('dev')], apiVersions: istio, mesh: true },
  { chart: 'ml-platform', name: 'prod', files: [profile('prod')], apiVersions: istio, mesh: true },
  { chart: 'ml-platform', name: 'gpu', files: [profile('gpu')], apiVersions: istio, mesh: true },
  { chart: 'ml-platform', name: 'prod + gpu', files: [profile('prod'), profile('gpu')], apiVersions: istio, mesh: true },
  { chart: 'ml-platform', name: 'airgapped (test digests)', files: [profile('airgapped'), testDigests], apiVersions: istio, mesh: true },
  { chart: 'ml-platform', name: 'prod + airgapped (test digests)', files: [profile('prod'), profile('airgapped'), testDigests], apiVersions: istio, mesh: true },
];

/**
 * How the tier renders a scenario: at the chart's `kubeVersion` lower bound (Helm checks the chart
 * admits it; the oldest supported API is what the output must fit first).
 */
export function renderOptions(s: Scenario, helm: HelmMajor): RenderOptions {
  return { values: s.files, apiVersions: s.apiVersions, helm, release: 'ml', namespace: 'ml', kubeVersion: `${kubeVersionFloor(s.chart)}.0` };
}

export const label = (s: Scenario) => `${s.chart}: ${s.name}`;
