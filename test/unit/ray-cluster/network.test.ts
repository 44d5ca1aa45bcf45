import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import type { Container } from 'kubernetes-types/core/v1.js';
import { get, getTyped, type Manifest, ofKind } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { check, formatFindings } from '../../../scripts/lib/policies/index.ts';
import { platformContext } from '../../support/matchers.ts';

/** ray-cluster's flows beyond Ray itself: the helm test pod, istiod, MLflow and Feast, and the operator's health. */
const chart = 'charts/ray-cluster';
const mtls = join(repoRoot, chart, 'ci', 'mtls-values.yaml');
const headContainer = (docs: Manifest[]) => getTyped(docs, 'RayCluster').spec.headGroupSpec.template.spec!.containers[0]!;
const workerContainer = (docs: Manifest[]) => getTyped(docs, 'RayCluster').spec.workerGroupSpecs![0]!.template.spec!.containers[0]!;
const envOf = (c: Container) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value]));
const policySpec = (np: Manifest) => getTyped([np], 'NetworkPolicy').spec!;
const egressPorts = (np: Manifest) => (policySpec(np).egress ?? []).map((r) => (r.ports ?? []).map((p) => p.port));

describe('the helm test pod is under default-deny', async () => {
  const [docs, meshOn] = await Promise.all([render(chart), render(chart, { values: [mtls] })]);

  it('a policy of its own isolates it: out to DNS and the head dashboard only (istiod too under the mesh)', () => {
    const np = get(docs, 'NetworkPolicy', 'test-ray-cluster-test');
    expect(policySpec(np).podSelector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'ray-cluster', 'app.kubernetes.io/instance': 'test', 'app.kubernetes.io/component': 'test' });
    expect(get(docs, 'Pod').metadata.labels).toMatchObject(policySpec(np).podSelector.matchLabels!);
    expect(policySpec(np).ingress).toEqual([]);
    expect(egressPorts(np)).toEqual([[53, 53], [8265]]);
    expect(egressPorts(get(meshOn, 'NetworkPolicy', 'test-ray-cluster-test'))).toEqual([[53, 53], [8265], [15012]]);
  });

  it('every pod, the test pod included, is isolated, and its dashboard call is admitted at both ends', () => {
    for (const d of [docs, meshOn]) {
      const findings = check(d, platformContext({ networkPolicy: { required: true } }), { only: ['isolation', 'flows'] });
      expect(findings, formatFindings(findings)).toEqual([]);
    }
    const without = docs.filter((d) => d.metadata.name !== 'test-ray-cluster-test');
    expect(check(without, platformContext(), { only: ['isolation'] }).map((f) => f.object)).toEqual(['Pod/test-ray-cluster-test-dashboard', 'Pod/test-ray-cluster-test-dashboard']);
  });
});

describe('istiod egress comes from ml-common (namespace configurable, global fallback)', async () => {
  const istiod = (docs: Manifest[]) =>
    ofKind(docs, 'NetworkPolicy').flatMap((np) => (policySpec(np).egress ?? []).filter((r) => r.ports?.some((p) => p.port === 15012)).map((r) => r.to?.[0]?.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']));
  const [byDefault, viaGlobal, chartWins] = await Promise.all([
    render(chart, { values: [mtls] }),
    render(chart, { values: [mtls], valuesObject: { global: { mesh: { istiodNamespace: 'istio-control' } } } }),
    render(chart, { values: [mtls], valuesObject: { mesh: { istiodNamespace: 'mesh' }, global: { mesh: { istiodNamespace: 'istio-control' } } } }),
  ]);

  it('Ray pods, the operator, its uninstall cleanup Job and the test pod reach istiod in istio-system, global.mesh.istiodNamespace, or the chart value', () => {
    expect(istiod(byDefault)).toEqual(['istio-system', 'istio-system', 'istio-system', 'istio-system']);
    expect(new Set(istiod(viaGlobal))).toEqual(new Set(['istio-control']));
    expect(new Set(istiod(chartWins))).toEqual(new Set(['mesh']));
  });
});

describe('Ray jobs reach MLflow and Feast', async () => {
  const [urls, peersOnly, envFrom] = await Promise.all([
    render(chart, { namespace: 'ml', valuesObject: { mlflow: { trackingUri: 'http://mlflow.ml.svc:5000' }, feast: { serverUrl: 'http://{{ .Release.Name }}-feast-server.{{ .Release.Namespace }}.svc:6566' } } }),
    render(chart, { valuesObject: { networkPolicy: { feast: { peers: [{ podLabels: { 'app.kubernetes.io/name': 'feast' } }] } } } }),
    render(chart, { valuesObject: { extraEnvFrom: [{ configMapRef: { name: '{{ .Release.Name }}-endpoints' } }, { secretRef: { name: 'creds', optional: true }, prefix: 'X_' }] } }),
  ]);
  const rayEgress = (docs: Manifest[]) => policySpec(get(docs, 'NetworkPolicy', 'test-ray-cluster-ray')).egress ?? [];

  it('feast.serverUrl (a template) sets FEAST_FEATURE_SERVER_URL on every Ray container and opens 6566', () => {
    for (const c of [headContainer(urls), workerContainer(urls)]) expect(envOf(c)).toMatchObject({ FEAST_FEATURE_SERVER_URL: 'http://test-feast-server.ml.svc:6566', MLFLOW_TRACKING_URI: 'http://mlflow.ml.svc:5000' });
    expect(rayEgress(urls)).toContainEqual({ ports: [{ port: 6566, protocol: 'TCP' }] });
    expect(rayEgress(urls)).toContainEqual({ ports: [{ port: 5000, protocol: 'TCP' }] });
  });

  it('listed peers open the egress without a URL (the umbrella passes the URL through envFrom)', () => {
    expect(rayEgress(peersOnly)).toContainEqual({ ports: [{ port: 6566, protocol: 'TCP' }], to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'feast' } } }] });
    expect(rayEgress(peersOnly).some((r) => r.ports?.some((p) => p.port === 5000))).toBe(false);
  });

  it('extraEnvFrom reaches every Ray container, ConfigMap and Secret names evaluated as templates', () => {
    const expected = [{ configMapRef: { name: 'test-endpoints' } }, { secretRef: { name: 'creds', optional: true }, prefix: 'X_' }];
    expect(headContainer(envFrom).envFrom).toEqual(expected);
    expect(workerContainer(envFrom).envFrom).toEqual(expected);
    expect(headContainer(urls).envFrom).toBeUndefined();
  });
});

describe('the bundled KubeRay operator is probed on its own health endpoints', async () => {
  const docs = await render(chart, { valuesObject: { operator: { enabled: true } } });
  const c = getTyped(docs, 'Deployment').spec!.template.spec!.containers[0]!;

  it('liveness /healthz and readiness /readyz on the probe port (8082), not the metrics scrape', () => {
    expect(c.ports).toContainEqual({ name: 'health', containerPort: 8082, protocol: 'TCP' });
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'health' });
    expect(c.startupProbe?.httpGet).toEqual({ path: '/healthz', port: 'health' });
    expect(c.readinessProbe?.httpGet).toEqual({ path: '/readyz', port: 'health' });
    expect(docs).toPassPolicy('probes');
  });
});
