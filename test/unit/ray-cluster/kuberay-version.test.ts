import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { chartMetadata, chartPath } from '../../../scripts/lib/helm/chart-files.ts';
import { render } from '../../../scripts/lib/helm/render.ts';
import { get } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { chartDefaults } from '../../../scripts/lib/schema/values.ts';
import { tools } from '../../../scripts/lib/tools/catalog.ts';
import { crdFolder, crdSources } from '../../../scripts/lib/tools/crds.ts';
import { moduleDirs, pinnedVersion } from '../../../scripts/lib/tools/gomodules.ts';

/**
 * One KubeRay version everywhere: the chart's operator image, the CRDs the tests validate against and
 * `up` installs, the operator the cluster tier builds and runs, and the kind workflow. Each is read
 * from its own file here; the Go module pin is the reference.
 */
const rayOperator = { gomodDir: 'kuberay', module: 'github.com/ray-project/kuberay/ray-operator' };
const pinned = pinnedVersion(rayOperator.gomodDir, rayOperator.module);
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('KubeRay has one version', () => {
  it('is v1.6.2, pinned by the operator wrapper module (the newest the module proxy serves whole)', () => {
    expect(pinned).toBe('v1.6.2');
  });

  it('the cluster tier builds and runs the operator from that module at that version', () => {
    const spec = tools.kuberay;
    expect(spec.source.gomodDir).toBe(rayOperator.gomodDir);
    expect(spec.source.pkg).toBe(rayOperator.module);
    expect(`v${spec.version}`).toBe(pinned);
  });

  it('the CRDs come from the same module and version', () => {
    const source = crdSources.find((s) => s.module === rayOperator.module)!;
    expect(source.gomodDir).toBe(rayOperator.gomodDir);
    expect(crdFolder(source)).toBe(`kuberay-${pinned}`);
  });

  it("the chart deploys that operator image and says so in Chart.yaml and its README", () => {
    const values = chartDefaults('ray-cluster') as { operator: { image: { repository: string; tag: string } } };
    expect(values.operator.image.tag).toBe(pinned);
    const annotations = (chartMetadata(chartPath('ray-cluster')) as { annotations?: Record<string, string> }).annotations ?? {};
    expect(annotations['kuberay.io/operator-version']).toBe(pinned);
    const readme = read('charts/ray-cluster/README.md');
    const mentioned = [
      ...readme.matchAll(/kuberay\/operator:(v[\d.]+)/g),
      ...readme.matchAll(/kuberay\/ray-operator\/config\/crd\?ref=(v[\d.]+)/g),
      ...readme.matchAll(/kuberay-operator --version ([\d.]+)/g),
      ...readme.matchAll(/\(v([\d.]+) CRDs/g),
    ].map((m) => (m[1]!.startsWith('v') ? m[1]! : `v${m[1]}`));
    expect(mentioned.length).toBeGreaterThanOrEqual(4);
    expect(new Set(mentioned)).toEqual(new Set([pinned]));
  });

  it('every KubeRay version the charts and docs name is the pinned one (NOTES.txt takes it from the operator image tag)', () => {
    const files = [
      'README.md',
      ...readdirSync(join(repoRoot, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...readdirSync(join(repoRoot, 'charts'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(md|txt|tpl|yaml)$/.test(f) && !f.includes('/charts/'))
        .map((f) => `charts/${f}`),
    ];
    const named = files.flatMap((f) => [...read(f).matchAll(/KubeRay (?:operator )?v?(\d+\.\d+(?:\.\d+)?)/gi)].map((m) => ({ f, version: `v${m[1]}` })));
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(named.filter((n) => !pinned.startsWith(n.version))).toEqual([]);
    expect(read('charts/ray-cluster/templates/NOTES.txt')).toContain('KubeRay {{ .Values.operator.image.tag }} operator');
  });

  it("the README's tool table states the operator version the cluster tier builds", () => {
    const stated = /the KubeRay operator \*\*([\d.]+)\*\*/.exec(read('README.md'))?.[1];
    expect(stated && `v${stated}`).toBe(pinned);
  });

  it('the kind workflow takes the CRDs from the same pinned source and names no other KubeRay release', () => {
    const workflow = read('.github/workflows/cluster.yaml');
    expect(workflow).toMatch(/run: npx mlp crds/);
    const versions = [...workflow.matchAll(/kuberay\S*?[@/:=]v?(\d+\.\d+\.\d+)/gi)].map((m) => `v${m[1]}`);
    expect(versions.filter((v) => v !== pinned)).toEqual([]);
    expect(workflow).not.toMatch(/curl|raw\.githubusercontent/);
  });
});

type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };
const normalize = (rules: Rule[]) => rules.map((r) => [r.apiGroups, r.resources, r.verbs].map((l) => [...l].sort().join(',')).join(' | ')).sort();

describe('the bundled operator has the RBAC of the pinned release', async () => {
  const moduleDir = (await moduleDirs([rayOperator])).get(rayOperator)!;
  const upstream = parseAllDocuments(readFileSync(join(moduleDir, 'config', 'rbac', 'role.yaml'), 'utf8'))
    .map((d) => d.toJS() as { kind?: string; rules?: Rule[] })
    .find((d) => d?.kind === 'ClusterRole')!.rules!;
  const [plain, openshift] = await Promise.all([
    render('ray-cluster', { set: { 'operator.enabled': true } }),
    render('ray-cluster', { set: { 'operator.enabled': true, 'operator.rbac.openshift': true } }),
  ]);

  it("the ClusterRole's rules are ray-operator's config/rbac/role.yaml, OpenShift's only when asked", () => {
    const isOpenShift = (r: Rule) => r.apiGroups.some((g) => g.endsWith('openshift.io'));
    expect(normalize((get(plain, 'ClusterRole') as unknown as { rules: Rule[] }).rules)).toEqual(normalize(upstream.filter((r) => !isOpenShift(r))));
    expect(normalize((get(openshift, 'ClusterRole') as unknown as { rules: Rule[] }).rules)).toEqual(normalize(upstream));
  });

  it('read from the pinned version of the module', () => {
    expect(moduleDir.endsWith(`@${pinned}`)).toBe(true);
  });
});
