import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import { authorized, flowAllowed, type Manifest, mtlsMode, ofKind, policyPod, type PolicyPod, scrapeTargets } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';

/**
 * Every port the platform's monitors scrape is reachable by the Prometheus that global.metrics.scrapers
 * names, through the three gates together: its NetworkPolicy ingress, and under the mesh the
 * PeerAuthentication (plain text accepted when Prometheus is outside the mesh) and the
 * AuthorizationPolicy (a GET without identity, or with Prometheus' namespace and principal).
 */
const opts = { release: 'ml', namespace: 'ml', apiVersions: ['monitoring.coreos.com/v1', 'security.istio.io/v1'] };
const prod = join(repoRoot, 'values', 'prod.yaml');
const chartOf = (t: { pod: { labels: Record<string, string> } }) => `${t.pod.labels['app.kubernetes.io/name']}/${t.pod.labels['app.kubernetes.io/component']}`;

interface Scraper {
  pod: PolicyPod;
  inMesh: boolean;
  principal?: string;
}

/** Each scraped (workload, port), with what stops the scraper there ([] when nothing does). */
function blocked(docs: Manifest[], scraper: Scraper): Map<string, string[]> {
  const meshOn = ofKind(docs, 'PeerAuthentication').length > 0;
  const out = new Map<string, string[]>();
  for (const t of scrapeTargets(docs)) {
    const port = t.containerPort.containerPort;
    const problems: string[] = [];
    if (!flowAllowed(docs, scraper.pod, policyPod(t.pod), { number: port, name: t.containerPort.name }).ingress) problems.push('NetworkPolicy');
    if (meshOn && !scraper.inMesh && mtlsMode(docs, t.pod.labels, port) === 'STRICT') problems.push('PeerAuthentication STRICT');
    const source = scraper.inMesh ? { namespace: scraper.pod.namespace, principal: scraper.principal } : undefined;
    if (meshOn && !authorized(docs, t.pod.labels, { port, method: 'GET', path: '/metrics', source })) problems.push('AuthorizationPolicy');
    out.set(`${chartOf(t)}:${port}`, problems);
  }
  return out;
}

const kubePrometheusStack: Scraper = { pod: { labels: { 'app.kubernetes.io/name': 'prometheus' }, namespace: 'monitoring', ports: [] }, inMesh: false };

describe('the prod profile: kube-prometheus-stack in namespace monitoring, outside the mesh (the default scrapers)', async () => {
  const docs = await render('ml-platform', { ...opts, values: [prod] });
  const result = blocked(docs, kubePrometheusStack);

  it('reaches every metrics port of Ray, the operator, Feast and MLflow', () => {
    expect([...result.keys()].sort()).toEqual(['feast/server:8000', 'mlflow-platform/server:9090', 'ray-cluster/operator:8080', 'ray-cluster/ray-head:44217', 'ray-cluster/ray-head:44227', 'ray-cluster/ray-head:8080', 'ray-cluster/ray-worker:8080']);
    for (const [target, problems] of result) expect(problems, target).toEqual([]);
  });

  it('and nothing more: another namespace is refused, and the API ports stay STRICT', () => {
    const stranger = blocked(docs, { ...kubePrometheusStack, pod: { ...kubePrometheusStack.pod, namespace: 'default' } });
    for (const [target, problems] of stranger) expect(problems, target).toContain('NetworkPolicy');
    const mlflow = ofKind(docs, 'Deployment').find((d) => d.metadata.labels?.['app.kubernetes.io/name'] === 'mlflow-platform')!;
    const labels = (mlflow.spec as any).template.metadata.labels;
    expect(mtlsMode(docs, labels, 5000)).toBe('STRICT');
    expect(mtlsMode(docs, labels, 9090)).toBe('PERMISSIVE');
  });
});

describe('global.metrics.scrapers moves every chart at once: a Prometheus in the mesh, in its own namespace', async () => {
  const scrapers = { namespaces: ['observability'], podLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'platform' }, inMesh: true, principals: ['cluster.local/ns/observability/sa/prometheus'] };
  const docs = await render('ml-platform', { ...opts, values: [prod], valuesObject: { global: { metrics: { scrapers } } } });

  it('admits it (NetworkPolicy and its identity) on every metrics port, with STRICT kept everywhere', () => {
    const result = blocked(docs, { pod: { labels: scrapers.podLabels, namespace: 'observability', ports: [] }, inMesh: true, principal: scrapers.principals[0] });
    expect(result.size).toBe(7);
    for (const [target, problems] of result) expect(problems, target).toEqual([]);
    for (const pa of ofKind(docs, 'PeerAuthentication')) expect((pa.spec as any).portLevelMtls, pa.metadata.name).toBeUndefined();
  });

  it('refuses the old default (monitoring) and a plain-text scrape', () => {
    const result = blocked(docs, kubePrometheusStack);
    for (const [target, problems] of result) expect(problems, target).toEqual(expect.arrayContaining(['NetworkPolicy', 'PeerAuthentication STRICT']));
    // The servers' AuthorizationPolicies (the operator has none) want Prometheus' identity too.
    for (const target of ['feast/server:8000', 'mlflow-platform/server:9090', 'ray-cluster/ray-head:8080']) expect(result.get(target), target).toContain('AuthorizationPolicy');
  });
});
