import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../scripts/lib/helm/render.ts';
import { check } from '../../scripts/lib/policies/index.ts';
import { type CatalogRoot, chartScenarios, profiles, repositoryCatalog, umbrellaWith } from '../../scripts/lib/scenarios/index.ts';
import { scenarioPolicyContext } from '../../scripts/lib/schema/policy-context.ts';

/**
 * The scenario catalog (scenarios.yaml): a profile file is covered by itself, in YAML or TypeScript, and
 * a wrong catalog entry fails naming itself. Each case uses a copy of values/ and of the catalog beside
 * the repository's charts.
 */
const scratch = mkdtempSync(join(tmpdir(), 'mlp-scenarios-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function catalogCopy(extra: Record<string, string> = {}, catalog = readFileSync(repositoryCatalog.file, 'utf8')): CatalogRoot {
  const root = mkdtempSync(join(scratch, 'root-'));
  const valuesDir = join(root, 'values');
  mkdirSync(valuesDir);
  for (const f of readdirSync(repositoryCatalog.valuesDir, { withFileTypes: true })) if (f.isFile()) copyFileSync(join(repositoryCatalog.valuesDir, f.name), join(valuesDir, f.name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(valuesDir, name), text);
  const file = join(root, 'scenarios.yaml');
  writeFileSync(file, catalog);
  // Inputs (test fixtures) resolve against the repository, as the catalog names them.
  return { root: repositoryCatalog.root, file, valuesDir, chartsDir: repositoryCatalog.chartsDir };
}

const staging = ['global:', '  mesh:', '    enabled: true', '    mtlsMode: PERMISSIVE', '  networkPolicy:', '    enabled: false', ''].join('\n');

describe('a new profile is covered without code', () => {
  it('values/staging.yaml (PERMISSIVE mTLS, NetworkPolicies off) becomes a scenario and fails the policies', async () => {
    const where = catalogCopy({ 'staging.yaml': staging });
    expect(profiles(where)).toContain('staging');
    const scenario = chartScenarios('ml-platform', {}, where).find((s) => s.name === 'staging')!;
    expect(scenario).toMatchObject({ kind: 'profile', profiles: ['staging'], cluster: { name: 'istio' } });
    const docs = await render(scenario.chart, { values: scenario.values, apiVersions: scenario.cluster.apiVersions, release: 'ml', namespace: 'ml' });
    const findings = check(docs, await scenarioPolicyContext(scenario));
    expect(findings.filter((f) => f.policy === 'mtls').map((f) => f.message)).toContain('PeerAuthentication/ml-feast sets mode PERMISSIVE, not STRICT');
    expect(findings.filter((f) => f.policy === 'isolation').length).toBeGreaterThan(0);
  });

  it('a profile written in TypeScript (values/<name>.values.ts) is a scenario and renders', async () => {
    const example = readFileSync(join(repositoryCatalog.valuesDir, 'examples', 'platform-team.values.ts'), 'utf8').replace("'../types/index.ts'", `'${join(repositoryCatalog.valuesDir, 'types', 'index.ts')}'`);
    const where = catalogCopy({ 'team.values.ts': example });
    const scenario = chartScenarios('ml-platform', {}, where).find((s) => s.name === 'team')!;
    expect(scenario.values[0]).toMatch(/team\.values\.ts$/);
    const docs = await render(scenario.chart, { values: scenario.values, apiVersions: scenario.cluster.apiVersions });
    expect(docs.filter((d) => d.kind === 'RayCluster').length).toBe(1);
  });

  it('the repository catalog: every profile alone, the documented layerings, the bare-cluster renderings, inputs after the profiles', () => {
    const umbrella = chartScenarios('ml-platform');
    const own = chartScenarios('ml-platform', { alsoOn: false });
    expect(own.filter((s) => s.kind === 'profile').map((s) => s.name)).toEqual(profiles());
    expect(own.filter((s) => s.kind === 'layering').map((s) => s.name)).toEqual(['prod + gpu', 'prod + airgapped']);
    expect(umbrella.filter((s) => s.cluster.name === 'bare').map((s) => s.name)).toEqual(['defaults, bare cluster', 'dev, bare cluster']);
    const airgapped = umbrellaWith(['prod', 'airgapped']);
    expect(airgapped.values.map((f) => f.split('/').pop())).toEqual(['prod.yaml', 'airgapped.yaml', 'airgapped-test-digests.yaml']);
    expect(airgapped.footprint).toBe(false);
  });
});

describe('a wrong catalog fails naming the entry and the fix', () => {
  const catalog = readFileSync(repositoryCatalog.file, 'utf8');

  it.each([
    ['an unknown cluster', catalog.replace(/^cluster: istio$/m, 'cluster: mesh'), /cluster mesh is not one of clusters \(istio, bare\)\. Fix:/],
    ['a layering of a profile that does not exist', `${catalog}  - [prod, stagin]\n`, /profile stagin: no values\/stagin\.yaml or values\/stagin\.values\.ts\. Fix: one of airgapped, dev, gpu, prod/],
    ['needs of a profile that does not exist', catalog.replace(/^profiles:$/m, 'profiles:\n  gone:\n    footprint: false'), /profiles\.gone: no such profile in values\/\. Fix:/],
    ['a key the schema does not know', `${catalog}extra: 1\n`, /must NOT have additional properties\. Fix: see scripts\/lib\/scenarios\/catalog\.schema\.json/],
  ])('%s', (_, text, message) => {
    expect(() => chartScenarios('ml-platform', {}, catalogCopy({}, text))).toThrow(message);
  });
});
