import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../scripts/lib/manifests/index.ts';
import { storedTargets } from './support/prometheus-operator.ts';
import { expand, relabel } from './support/relabel.ts';

/**
 * The scrape model the alert tests stand on, checked against the rules prometheus-operator documents
 * and implements (promcfg.go) and Prometheus' relabeling and label-merge semantics.
 */

const labels = (component: string) => ({ 'app.kubernetes.io/name': 'app', 'app.kubernetes.io/instance': 'r', 'app.kubernetes.io/component': component, team: 'ml' });
const deployment = (name: string, component: string, replicas = 1): Manifest => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'ml' },
  spec: { replicas, template: { metadata: { labels: labels(component) }, spec: { containers: [{ name: 'main', ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }] }] } } },
});
const service = (name: string, component: string): Manifest => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'ml', labels: { ...labels(component), tier: 'backend' } },
  spec: { selector: { 'app.kubernetes.io/name': 'app', 'app.kubernetes.io/component': component }, ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'metrics', port: 9090, targetPort: 'metrics' }] },
});
const serviceMonitor = (spec: Record<string, unknown>, endpoint: Record<string, unknown> = {}): Manifest => ({
  apiVersion: 'monitoring.coreos.com/v1',
  kind: 'ServiceMonitor',
  metadata: { name: 'app-sm', namespace: 'ml' },
  spec: { selector: { matchLabels: { 'app.kubernetes.io/component': 'server' } }, endpoints: [{ port: 'metrics', ...endpoint }], ...spec },
});
const docsWith = (monitor: Manifest) => [deployment('app-server', 'server', 2), service('app-server', 'server'), deployment('app-worker', 'worker'), service('app-worker', 'worker'), monitor];

describe('Prometheus relabeling', () => {
  it("expands templates as Go's regexp does: $1, ${1}, ${name}, $$, and $1x names a group 1x (empty)", () => {
    const m = /^(?<first>a)(b)$/.exec('ab')!;
    expect(expand('$1-${2}-${first}-$$-$1x', m)).toBe('a-b-a-$-');
  });

  it('anchors regexes, drops on keep/drop, maps and drops label names, and deletes a label replaced by an empty value', () => {
    expect(relabel({ a: 'xy' }, [{ action: 'keep', source_labels: ['a'], regex: 'x' }])).toBeUndefined();
    expect(relabel({ a: 'xy' }, [{ action: 'drop', source_labels: ['a'], regex: 'x.' }])).toBeUndefined();
    expect(relabel({ __meta_k_label_team: 'ml', b: '1' }, [{ action: 'labelmap', regex: '__meta_k_label_(.+)' }, { action: 'labeldrop', regex: '__meta_.*' }])).toEqual({ team: 'ml', b: '1' });
    expect(relabel({ a: 'x', b: 'y' }, [{ source_labels: ['missing'], target_label: 'a', regex: '(.*)', replacement: '$1' }])).toEqual({ b: 'y' });
    expect(relabel({ a: 'x', b: 'y' }, [{ sourceLabels: ['a', 'b'], targetLabel: 'c', separator: '/' , action: 'replace' }])).toEqual({ a: 'x', b: 'y', c: 'x/y' });
  });
});

describe("prometheus-operator's target labels (ServiceMonitor)", () => {
  it('one target per selected pod: job = Service name, namespace, service, pod, container, endpoint = port name, instance = address', () => {
    const targets = storedTargets(docsWith(serviceMonitor({})));
    expect(targets).toHaveLength(2);
    const t = targets[0]!;
    expect(Object.keys(t.labels).sort()).toEqual(['container', 'endpoint', 'instance', 'job', 'namespace', 'pod', 'service']);
    expect(t.labels).toMatchObject({ job: 'app-server', namespace: 'ml', service: 'app-server', container: 'main', endpoint: 'metrics' });
    expect(t.labels.pod).toMatch(/^app-server-[a-z]{10}-[a-z]{5}$/);
    expect(t.labels.instance).toMatch(/^10\.244\.\d+\.\d+:9090$/);
  });

  it('jobLabel takes job from a Service label; targetLabels copy Service labels, podTargetLabels pod labels (sanitized names)', () => {
    const [t] = storedTargets(docsWith(serviceMonitor({ jobLabel: 'tier', targetLabels: ['tier'], podTargetLabels: ['app.kubernetes.io/component', 'missing'] })));
    expect(t!.labels).toMatchObject({ job: 'backend', tier: 'backend', app_kubernetes_io_component: 'server' });
    expect(t!.labels.missing).toBeUndefined();
  });

  it("an exporter label that clashes with a target label is stored as exported_<name>, unless honorLabels; metricRelabelings run last", () => {
    const raw = { __name__: 'requests_total', endpoint: '/predict', job: 'mine' };
    const [plain] = storedTargets(docsWith(serviceMonitor({})));
    expect(plain!.sample(raw)).toMatchObject({ endpoint: 'metrics', exported_endpoint: '/predict', job: 'app-server', exported_job: 'mine' });
    const [honoring] = storedTargets(docsWith(serviceMonitor({}, { honorLabels: true })));
    expect(honoring!.sample(raw)).toMatchObject({ endpoint: '/predict', job: 'mine' });
    const relabelled = storedTargets(docsWith(serviceMonitor({}, { metricRelabelings: [{ sourceLabels: ['exported_endpoint'], targetLabel: 'path' }, { action: 'labeldrop', regex: 'exported_.*' }] })));
    const stored = relabelled[0]!.sample(raw);
    expect(stored).toMatchObject({ endpoint: 'metrics', path: '/predict', job: 'app-server' });
    expect(Object.keys(stored).filter((k) => k.startsWith('exported_'))).toEqual([]);
    // `up` carries the target's labels only.
    expect(relabelled[0]!.labels.path).toBeUndefined();
  });

  it('the endpoint relabelings see the meta labels; a Service the selector does not match yields no target', () => {
    const targets = storedTargets(docsWith(serviceMonitor({}, { relabelings: [{ sourceLabels: ['__meta_kubernetes_pod_ip'], targetLabel: 'pod_ip' }] })));
    expect(targets.every((t) => t.labels.instance === `${t.labels.pod_ip}:9090`)).toBe(true);
    expect(targets.every((t) => t.labels.service === 'app-server')).toBe(true);
  });
});

describe("prometheus-operator's target labels (PodMonitor)", () => {
  it('job = <namespace>/<PodMonitor name>, the pod port name as endpoint, no service label', () => {
    const pm: Manifest = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PodMonitor', metadata: { name: 'workers', namespace: 'ml' }, spec: { selector: { matchLabels: { 'app.kubernetes.io/component': 'worker' } }, podMetricsEndpoints: [{ port: 'metrics' }] } };
    const [t] = storedTargets([deployment('app-worker', 'worker'), pm]);
    expect(t!.labels).toMatchObject({ job: 'ml/workers', endpoint: 'metrics', container: 'main', namespace: 'ml' });
    expect(t!.labels.service).toBeUndefined();
  });
});
