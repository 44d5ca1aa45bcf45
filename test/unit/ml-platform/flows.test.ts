import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import { type Manifest, serviceBackends, serviceReferences } from '../../../scripts/lib/manifests/index.ts';
import { declaredFlows, formatFindings } from '../../../scripts/lib/policies/index.ts';
import { chartScenarios, profileFile } from '../../../scripts/lib/scenarios/index.ts';
import type { Values } from '../../../scripts/lib/schema/values.ts';

/**
 * The umbrella wires every flow between its components. The flows are derived from the rendering
 * (an env var or envFrom ConfigMap key of a pod that holds the URL of a Service of the release), and
 * each must be admitted by the NetworkPolicies at both ends: the client's egress and the server's
 * ingress (scripts/lib/policies/flows.ts).
 */
const chart = 'ml-platform';
const istio = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const profile = profileFile;
const opts = { release: 'mlp', namespace: 'ml', apiVersions: istio };

const component = (labels: Record<string, string>) => `${labels['app.kubernetes.io/name']}/${labels['app.kubernetes.io/component']}`;

/** client component -> server component, for every reference of the rendering. */
function flows(docs: Manifest[]): string[] {
  const pairs = serviceReferences(docs).flatMap((ref) => serviceBackends(ref.service, docs).map((server) => `${component(ref.client.labels)} -> ${component(server.labels)} (${ref.variable})`));
  return [...new Set(pairs)].sort();
}

// The umbrella's scenarios of the catalog: its defaults, every profile and the documented layerings.
describe.each(chartScenarios(chart, { alsoOn: false }).map((s) => [s.name, s.values] as const))('the %s profile', (_, values) => {
  it('declares the flows between the components: Ray to MLflow and to Feast, each helm test to its server', async () => {
    const docs = await render(chart, { ...opts, values });
    const found = flows(docs);
    for (const flow of [
      'ray-cluster/ray-head -> mlflow-platform/server (MLFLOW_TRACKING_URI)',
      'ray-cluster/ray-worker -> mlflow-platform/server (MLFLOW_TRACKING_URI)',
      'ray-cluster/ray-head -> feast/server (FEAST_FEATURE_SERVER_URL)',
      'ray-cluster/ray-worker -> feast/server (FEAST_FEATURE_SERVER_URL)',
      'feast/test -> feast/server (FEAST_URL)',
      'mlflow-platform/test -> mlflow-platform/server (MLFLOW_TRACKING_URI)',
      'ray-cluster/test -> ray-cluster/ray-head (DASHBOARD_URL)',
    ]) {
      expect(found, found.join('\n')).toContain(flow);
    }
  });

  it("every declared flow is admitted by the client's egress and the server's ingress", async () => {
    const docs = await render(chart, { ...opts, values });
    const findings = declaredFlows(docs);
    expect(findings, formatFindings(findings)).toEqual([]);
  });
});

describe('the flow check refuses what the policies would drop', () => {
  const prodWith = (valuesObject: Values) => render(chart, { ...opts, values: [profile('prod')], valuesObject });

  it("Ray's egress without the Feast peers: Ray -> Feast 6566 is reported (the prod defect of issue 11)", async () => {
    const findings = declaredFlows(await prodWith({ 'ray-cluster': { networkPolicy: { feast: { peers: [] } } } }));
    expect(findings.map((f) => f.object)).toEqual(expect.arrayContaining(['RayCluster/mlp-ray-cluster']));
    expect(findings.every((f) => /FEAST_FEATURE_SERVER_URL=.*no egress rule of this pod's NetworkPolicies admits Deployment\/mlp-feast-server on port http\/6566/.test(f.message)), formatFindings(findings)).toBe(true);
  });

  it("Feast's ingress closed to the namespace (clients listed without Ray): reported at the server's end", async () => {
    const findings = declaredFlows(await prodWith({ feast: { networkPolicy: { allowSameNamespace: false, ingressFrom: [{ namespace: 'istio-ingress' }] } } }));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => /no ingress rule of Deployment\/mlp-feast-server's NetworkPolicies admits this pod/.test(f.message)), formatFindings(findings)).toBe(true);
  });
});
