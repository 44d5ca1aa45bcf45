import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConformanceReport, type Rendering, conformance, formatConformance, kubeScore, readKubeScoreConfig } from '../../scripts/lib/conformance/index.ts';
import { supportedKubeMinors } from '../../scripts/lib/helm/kube-versions.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { check, type Finding, formatFindings, policyNames } from '../../scripts/lib/policies/index.ts';
import { loadCrds } from '../../scripts/lib/schema/crd.ts';
import { crdFolder, crdSetDir, crdSources } from '../../scripts/lib/tools/crds.ts';
import { profiles } from '../../scripts/lib/scenarios/index.ts';
import { policyContextOf } from '../../scripts/lib/schema/policy-context.ts';
import { components, helmMajors, label, renderOptions, scenarioContext, scenarios } from './scenarios.ts';

/**
 * The platform suite: every rendering of ./scenarios.ts (chart x scenario x Helm 3 and 4), rendered
 * once, checked
 * - against every policy of scripts/lib/policies (zero findings; a findings table is printed either way);
 * - by tools we did not write, each run once over all renderings (scripts/lib/conformance): strictly
 *   against the Kubernetes schemas of every minor from the chart's kubeVersion lower bound to the newest
 *   tested (PyPI kubernetes-validate), custom resources against their CRDs, and kube-score with the
 *   exceptions of kube-score.yaml.
 * STRICT mTLS is required where the mesh is on, and default-deny NetworkPolicy coverage of every pod
 * (hooks and helm test pods included) everywhere.
 */
const cases = helmMajors.flatMap((helm) => scenarios.map((s) => ({ id: `${label(s)} (Helm ${helm})`, scenario: s, helm })));
const contexts = new Map(await Promise.all(scenarios.map(async (s) => [s, await scenarioContext(s)] as const)));
const config = readKubeScoreConfig();
const renderings = new Map<string, Rendering>();
let report: ConformanceReport | undefined;
const timings = { renders: 0, conformance: 0 };

beforeAll(async () => {
  let started = performance.now();
  await Promise.all(
    cases.map(async ({ id, scenario, helm }) => {
      const r = await tryRender(scenario.chart, renderOptions(scenario, helm));
      if (!r.ok) throw r.error;
      renderings.set(id, { id, stdout: r.stdout, manifests: r.manifests, minors: supportedKubeMinors(scenario.chart) });
    }),
  );
  timings.renders = (performance.now() - started) / 1000;
  started = performance.now();
  report = await conformance([...renderings.values()], config);
  timings.conformance = (performance.now() - started) / 1000;
}, 600_000);

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
  if (report) {
    const all = [...renderings.values()];
    const minors = [...new Set(all.map((r) => `${r.minors[0]}..${r.minors.at(-1)}`))].join(', ');
    const distinct = new Set(all.flatMap((r) => r.manifests.map((m) => JSON.stringify(m)))).size;
    const tools = Object.entries(report.seconds).map(([tool, s]) => `${tool} ${s.toFixed(1)}s`).join(', ');
    console.log(
      `tools we did not write: ${all.length} renderings, ${all.reduce((n, r) => n + r.manifests.length, 0)} objects (${distinct} distinct), Kubernetes ${minors}: ` +
        `${report.findings.length} findings, ${report.accepted} kube-score findings accepted by kube-score.yaml\n` +
        `  time: renders ${timings.renders.toFixed(1)}s, conformance ${timings.conformance.toFixed(1)}s (${tools}; verdicts cached by input)`,
    );
    if (report.findings.length > 0) console.log(formatConformance(report.findings));
  }
});

describe.each(helmMajors)('Helm %i', (helm) => {
  const ofHelm = cases.filter((c) => c.helm === helm);

  it.each(ofHelm.map((c) => [label(c.scenario), c] as const))('%s passes every policy', (_, c) => {
    const docs = renderings.get(c.id)!.manifests;
    const findings = check(docs, contexts.get(c.scenario)!);
    rows.push({ chart: c.scenario.chart, scenario: c.scenario.name, helm, objects: docs.length, findings });
    expect(docs.length).toBeGreaterThan(0);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  it.each(ofHelm.map((c) => [label(c.scenario), c] as const))('%s: valid for every supported Kubernetes minor, custom resources against their CRDs, kube-score clean', (_, c) => {
    const findings = report!.findings.filter((f) => f.rendering === c.id);
    expect(findings, formatConformance(findings)).toEqual([]);
  });
});

describe('the suite covers the platform', () => {
  it('every application chart and every profile in values/ has a scenario', () => {
    expect(new Set(scenarios.map((s) => s.chart))).toEqual(new Set([...components, 'ml-platform']));
    expect(profiles().length).toBeGreaterThan(0);
    for (const p of profiles()) expect(scenarios.filter((s) => s.kind === 'profile' && s.profiles[0] === p).length, p).toBeGreaterThan(0);
    // Only a scenario whose values turn the mesh off is exempt from required STRICT coverage on a cluster with
    // Istio (a chart without a mesh switch runs no workload of its own: ml-observability).
    const withMesh = scenarios.filter((s) => policyContextOf(s.chart, {}, s.cluster.apiVersions).mesh.required);
    const meshless = withMesh.filter((s) => !contexts.get(s)!.mesh.required && s.cluster.apiVersions.includes('security.istio.io/v1'));
    expect(meshless.map(label)).toEqual(['feast: postgres-online']);
    // NetworkPolicies are required everywhere (the catalog's bar on every cluster).
    expect(scenarios.filter((s) => !contexts.get(s)!.networkPolicy.required).map(label)).toEqual([]);
  });

  it('the mesh scenarios really render PeerAuthentications (so mtls coverage is checked, not vacuous)', () => {
    const docs = renderings.get(cases.find((c) => c.scenario.chart === 'ml-platform' && c.scenario.name === 'prod')!.id)!.manifests;
    const charts = new Set(docs.filter((d) => d.kind === 'PeerAuthentication').map((d) => d.metadata.labels?.['app.kubernetes.io/name']));
    expect(charts).toEqual(new Set(['ray-cluster', 'feast', 'mlflow-platform']));
  });

  it('every custom resource rendered is defined by the pinned CRDs, and every CRD source defines a kind rendered', async () => {
    const rendered = new Set([...renderings.values()].flatMap((r) => r.manifests.map((m) => `${m.apiVersion}/${m.kind}`)));
    // A kind neither built in nor defined by a CRD is a kubernetes-validate finding ("no schema ... and no CRD defines it").
    expect(report!.findings.filter((f) => f.message.startsWith('no schema'))).toEqual([]);
    for (const source of crdSources) {
      const kinds = (await loadCrds(join(crdSetDir(), crdFolder(source)))).kinds.filter((k) => rendered.has(k));
      expect(kinds.length, `no rendering uses a kind of ${crdFolder(source)}`).toBeGreaterThan(0);
    }
  });

  it('every kube-score exception is still needed: accepted findings still occur, ignored checks and flags still hide findings', async () => {
    expect(report!.unusedAccepts.map((a) => `${a.test} ${a.objects.join(' ')}`)).toEqual([]);
    const all = [...renderings.values()];
    const unrelaxed = await kubeScore(all, { flags: [], ignore: [], accept: [] });
    const found = new Set(unrelaxed.map((f) => f.check));
    for (const { test } of config.ignore) expect(found, `nothing needs "ignore: ${test}" in kube-score.yaml`).toContain(test);
    const withFlagsOnly = await kubeScore(all, { ...config, ignore: [], accept: [] });
    expect(withFlagsOnly.length, 'the flags of kube-score.yaml relax nothing').toBeLessThan(unrelaxed.length);
  });
});
