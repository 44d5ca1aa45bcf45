import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ciValuesFiles } from '../../scripts/commands/lint.ts';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import { check, type Finding, formatFindings, policyNames } from '../../scripts/lib/policies/index.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { readValuesFile } from '../../scripts/lib/schema/values.ts';

/**
 * The platform-wide policy suite: every chart x every scenario (defaults, ci/*-values.yaml, and for
 * the umbrella every profile) x Helm 3 and 4, against every policy of scripts/lib/policies. Zero
 * findings required; a findings table is printed either way. STRICT mTLS is required where the mesh
 * is on, and default-deny NetworkPolicy coverage of every pod (hooks and helm test pods included)
 * everywhere.
 */
const istio = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const profile = (name: string) => join(repoRoot, 'values', `${name}.yaml`);
const testDigests = join(repoRoot, 'test', 'policy', 'fixtures', 'airgapped-test-digests.yaml');

interface Scenario {
  chart: string;
  name: string;
  files: string[];
  apiVersions: string[];
  /** The mesh is on: every long-running workload must be under a STRICT PeerAuthentication. */
  mesh: boolean;
}

const components = listCharts().filter((c) => c !== 'ml-platform' && chartMetadata(chartPath(c)).type !== 'library');

const scenarios: Scenario[] = [
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

const rows: { chart: string; scenario: string; helm: number; objects: number; findings: Finding[] }[] = [];

afterAll(() => {
  const width = Math.max(...rows.map((r) => `${r.chart} ${r.scenario}`.length));
  const lines = rows
    .sort((a, b) => `${a.chart} ${a.scenario} ${a.helm}`.localeCompare(`${b.chart} ${b.scenario} ${b.helm}`))
    .map((r) => `  ${`${r.chart} ${r.scenario}`.padEnd(width)}  helm ${r.helm}  ${String(r.objects).padStart(3)} objects  ${r.findings.length} findings`);
  const total = rows.reduce((n, r) => n + r.findings.length, 0);
  console.log(`\nplatform policy suite (${policyNames.join(', ')}):\n${lines.join('\n')}\n  ${rows.length} renders, ${total} findings`);
  const failing = rows.filter((r) => r.findings.length > 0);
  if (failing.length > 0) console.log(failing.map((r) => `${r.chart} ${r.scenario} (helm ${r.helm}):\n${formatFindings(r.findings)}`).join('\n'));
});

describe.each([3, 4] as const)('Helm %i', (helm) => {
  it.each(scenarios.map((s) => [`${s.chart}: ${s.name}`, s] as const))('%s passes every policy', async (_, s) => {
    const docs = await render(s.chart, { values: s.files, apiVersions: s.apiVersions, helm, release: 'ml', namespace: 'ml' });
    // Default-deny is required of every pod in every scenario (NetworkPolicies are on in all of them).
    const findings = check(docs, { mtls: { required: s.mesh }, isolation: { required: true } });
    rows.push({ chart: s.chart, scenario: s.name, helm, objects: docs.length, findings });
    expect(docs.length).toBeGreaterThan(0);
    expect(findings, formatFindings(findings)).toEqual([]);
  });
});

describe('the suite covers the platform', () => {
  it('every application chart and every profile in values/ has a scenario', () => {
    expect(new Set(scenarios.map((s) => s.chart))).toEqual(new Set([...components, 'ml-platform']));
    for (const p of ['dev', 'prod', 'gpu', 'airgapped']) expect(scenarios.some((s) => s.files.includes(profile(p)))).toBe(true);
    // Only a scenario that turns the mesh off is exempt from required STRICT coverage.
    expect(scenarios.filter((s) => !s.mesh && s.apiVersions.includes('security.istio.io/v1')).map((s) => `${s.chart}: ${s.name}`)).toEqual(['feast: postgres-online-values.yaml']);
  });

  it('the mesh scenarios really render PeerAuthentications (so mtls coverage is checked, not vacuous)', async () => {
    const docs = await render('ml-platform', { values: [profile('prod')], apiVersions: istio, release: 'ml', namespace: 'ml' });
    const charts = new Set(docs.filter((d) => d.kind === 'PeerAuthentication').map((d) => d.metadata.labels?.['app.kubernetes.io/name']));
    expect(charts).toEqual(new Set(['ray-cluster', 'feast', 'mlflow-platform']));
  });
});
