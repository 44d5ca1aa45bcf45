import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Rendering, conformance, kubeScoreChecks, readKubeScoreConfig } from '../../scripts/lib/conformance/index.ts';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { kubeVersionFloor, newestKubeMinor, supportedKubeMinors } from '../../scripts/lib/helm/kube-versions.ts';
import { parseManifests, tryRender } from '../../scripts/lib/helm/render.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';

/**
 * The checks by tools we did not write (scripts/lib/conformance), as such: they find what they should,
 * their exceptions are real checks, and charts declare the Kubernetes versions they are checked for.
 * test/policy/platform.test.ts applies them to every rendering of the policy tier.
 */
const config = readKubeScoreConfig();

describe('the checks can fail', () => {
  const broken = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: broken, namespace: ml}
spec:
  replicas: 2
  selector: {matchLabels: {app: broken}}
  template:
    metadata: {labels: {app: broken}}
    spec:
      containers:
        - name: app
          image: example.org/app:latest
          imagePullPolicy: IfNotPresent
          securityContext: {privileged: true}
          replicas: 3
---
apiVersion: v1
kind: Service
metadata: {name: broken, namespace: ml}
spec:
  selector: {app: broken}
  trafficDistribution: PreferClose
  ports: [{port: 80}]
---
apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata: {name: broken, namespace: ml}
spec: {minAvailable: 1, selector: {matchLabels: {app: broken}}}
---
apiVersion: ray.io/v1
kind: RayCluster
metadata: {name: broken, namespace: ml}
spec:
  headGroupSpec:
    rayStartParams: {}
    replicaz: 1
    template: {spec: {containers: [{name: ray-head, image: rayproject/ray:2.57.0}]}}
`;

  it('kubernetes-validate names unknown fields, fields newer than a minor and removed APIs; the CRDs unknown fields; kube-score what it checks', async () => {
    const rendering: Rendering = { id: 'broken', stdout: broken, manifests: parseManifests(broken), minors: supportedKubeMinors('ml-platform') };
    const { findings } = await conformance([rendering], config);
    const at = (tool: string, object: string) => findings.filter((f) => f.tool === tool && f.object === object);
    expect(at('kubernetes-validate', 'Deployment/broken').map((f) => f.message)).toContain("Additional properties are not allowed ('replicas' was unexpected)");
    // Service.spec.trafficDistribution came with Kubernetes 1.30: only the older minors refuse it.
    expect(at('kubernetes-validate', 'Service/broken').map((f) => f.minor)).toEqual(rendering.minors.filter((m) => Number(m.split('.')[1]) < 30));
    expect(at('kubernetes-validate', 'PodDisruptionBudget/broken').map((f) => f.message)).toContain(`no schema for policy/v1beta1 PodDisruptionBudget in Kubernetes ${newestKubeMinor}, and no CRD defines it`);
    expect(at('crd', 'RayCluster/broken').map((f) => f.message).join('\n')).toMatch(/replicaz: is not a field of the CRD schema/);
    expect(at('kube-score', 'Deployment/broken').map((f) => f.check)).toEqual(expect.arrayContaining(['container-security-context-privileged', 'container-image-tag', 'pod-probes', 'pod-networkpolicy']));
  });
});

describe('kube-score.yaml', () => {
  it('names only checks kube-score has, each with a reason', async () => {
    const known = new Set(await kubeScoreChecks());
    for (const id of [...config.ignore.map((i) => i.test), ...config.accept.map((a) => a.test)]) expect(known, `kube-score has no check ${id}`).toContain(id);
    for (const entry of [...config.flags, ...config.ignore, ...config.accept]) expect(entry.why.length).toBeGreaterThan(40);
  });

  it('refuses an entry without a reason, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlp-kube-score-config-'));
    try {
      const file = join(dir, 'kube-score.yaml');
      writeFileSync(file, 'ignore:\n  - test: deployment-replicas\n    why: ""\n');
      expect(() => readKubeScoreConfig(file)).toThrow('value kube-score.yaml ignore[0].why: is empty. Fix: say why the charts do not follow deployment-replicas');
      writeFileSync(file, 'accept:\n  - test: pod-probes\n    objects: []\n    why: a reason long enough to read\n');
      expect(() => readKubeScoreConfig(file)).toThrow(/value kube-score.yaml accept\[0\].objects: is empty/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kubeVersion', () => {
  it('every chart declares kubeVersion as a lower bound, and Helm refuses a Kubernetes below it', async () => {
    for (const chart of listCharts()) {
      expect(supportedKubeMinors(chart).at(-1)).toBe(newestKubeMinor);
      if (chartMetadata(chartPath(chart)).type === 'library') continue;
      const below = `1.${Number(kubeVersionFloor(chart).split('.')[1]) - 1}.0`;
      const r = await tryRender(chart, { kubeVersion: below });
      expect(r.ok, `${chart} renders for Kubernetes ${below}`).toBe(false);
      if (!r.ok) expect(r.error.stderr).toMatch(/kubeVersion|kube-version|incompatible/i);
    }
  });

  it('a chart without a lower bound is refused, naming the value and the fix', () => {
    expect(() => kubeVersionFloor(join(repoRoot, 'test', 'fixtures', 'charts', 'good'))).toThrow('value test/fixtures/charts/good/Chart.yaml kubeVersion: null is not a lower bound ">=1.N.0-0". Fix: declare the oldest Kubernetes minor');
  });
});
