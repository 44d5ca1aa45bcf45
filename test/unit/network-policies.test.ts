import { describe, expect, it } from 'vitest';
import { flowAllowed, type Manifest, type PolicyPod, parseAddress } from '../../scripts/lib/manifests/index.ts';
import { check } from '../../scripts/lib/policies/index.ts';
import { platformContext } from '../support/matchers.ts';

/** The NetworkPolicy model behind the isolation and flows policies, on hand-written objects. */
const pod = (labels: Record<string, string>, namespace = 'ml'): PolicyPod => ({ labels, namespace, ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }] });
const np = (name: string, spec: Record<string, unknown>, annotations?: Record<string, string>): Manifest => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: 'ml', annotations }, spec });
const client = pod({ app: 'client' });
const server = pod({ app: 'server' });
const prometheus = pod({ 'app.kubernetes.io/name': 'prometheus' }, 'monitoring');

describe('NetworkPolicy semantics', () => {
  it('a pod no policy selects is open in that direction', () => {
    expect(flowAllowed([], client, server, { name: 'http' })).toEqual({ egress: true, ingress: true });
  });

  it('ingress: peers by pod labels in the policy namespace, by namespace name, and named ports resolved on the destination', () => {
    const docs = [
      np('server', {
        podSelector: { matchLabels: { app: 'server' } },
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: { matchLabels: { app: 'client' } } }], ports: [{ port: 'http' }] },
          { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: [{ port: 9090 }] },
        ],
      }),
    ];
    expect(flowAllowed(docs, client, server, { number: 8080 }).ingress).toBe(true);
    expect(flowAllowed(docs, client, server, { name: 'metrics' }).ingress).toBe(false);
    expect(flowAllowed(docs, prometheus, server, { name: 'metrics' }).ingress).toBe(true);
    expect(flowAllowed(docs, pod({ 'app.kubernetes.io/name': 'prometheus' }, 'other'), server, { name: 'metrics' }).ingress).toBe(false);
    // A podSelector alone means the policy's namespace: Prometheus' labels in another namespace do not match it.
    expect(flowAllowed(docs, pod({ app: 'client' }, 'monitoring'), server, { name: 'http' }).ingress).toBe(false);
  });

  it('egress: default-deny with no rules refuses everything; an empty `to` admits any peer on the listed ports; endPort ranges', () => {
    const deny = [np('client', { podSelector: { matchLabels: { app: 'client' } }, policyTypes: ['Egress'] })];
    expect(flowAllowed(deny, client, server, { number: 8080 }).egress).toBe(false);
    const ranged = [np('client', { podSelector: { matchLabels: { app: 'client' } }, policyTypes: ['Ingress', 'Egress'], egress: [{ ports: [{ port: 8000, endPort: 8100 }] }] })];
    expect(flowAllowed(ranged, client, server, { name: 'http' }).egress).toBe(true);
    expect(flowAllowed(ranged, client, server, { name: 'metrics' }).egress).toBe(false);
  });

  it('reads addresses from URLs and host:port, with the scheme default port', () => {
    expect(parseAddress('http://svc.ns.svc.cluster.local:5000/api')).toEqual({ host: 'svc.ns.svc.cluster.local', port: 5000 });
    expect(parseAddress('https://user@feast-server')).toEqual({ host: 'feast-server', port: 443 });
    expect(parseAddress('redis-master:6379')).toEqual({ host: 'redis-master', port: 6379 });
    expect(parseAddress('/tmp/x')).toBeUndefined();
  });
});

describe('isolation policy', () => {
  const job = (annotations: Record<string, string>): Manifest => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate', namespace: 'ml', annotations },
    spec: { template: { metadata: { labels: { app: 'migrate' } }, spec: { containers: [{ name: 'm' }] } } },
  });
  const policy = (annotations?: Record<string, string>) => np('migrate', { podSelector: { matchLabels: { app: 'migrate' } }, policyTypes: ['Ingress', 'Egress'] }, annotations);
  const hook = (events: string, weight: number) => ({ 'helm.sh/hook': events, 'helm.sh/hook-weight': String(weight) });

  it('a pre-install hook is covered only by a policy hooked to the same event with a lower weight', () => {
    const messages = (docs: Manifest[]) => check(docs, platformContext(), { only: ['isolation'] }).map((f) => f.message);
    expect(messages([job(hook('pre-install', -5)), policy(hook('pre-install', -10))])).toEqual([]);
    // A regular policy is applied after pre-install hooks; a heavier hook policy after the Job.
    expect(messages([job(hook('pre-install', -5)), policy()])).toHaveLength(2);
    expect(messages([job(hook('pre-install', -5)), policy(hook('pre-install', 0))])[0]).toMatch(/pre-install hook: no NetworkPolicy of the same hook with a lower weight/);
    // A post-install hook or a test pod runs after the release's objects: a regular policy covers it.
    expect(messages([job(hook('post-install', 10)), policy()])).toEqual([]);
  });

  it('only applies where the rendering has NetworkPolicies, unless required', () => {
    expect(check([job({})], platformContext(), { only: ['isolation'] })).toEqual([]);
    expect(check([job({})], platformContext({ networkPolicy: { required: true } }), { only: ['isolation'] })).toHaveLength(2);
  });
});
