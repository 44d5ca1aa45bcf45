import { describe, expect, it } from 'vitest';
import { get, podTemplates, type Manifest } from '../../scripts/lib/manifests/index.ts';
import { loadCrds } from '../../scripts/lib/schema/crd.ts';

const container = { name: 'c', image: 'x:1' };
const pod = (labels: Record<string, string> = {}) => ({ metadata: { labels }, spec: { containers: [container] } });
const doc = (kind: string, spec: unknown, apiVersion = 'v1', annotations?: Record<string, string>): Manifest => ({ apiVersion, kind, metadata: { name: kind.toLowerCase(), annotations }, spec });

describe('podTemplates', () => {
  const docs: Manifest[] = [
    doc('Deployment', { template: pod() }, 'apps/v1'),
    doc('CronJob', { jobTemplate: { spec: { template: pod() } } }, 'batch/v1'),
    doc('Job', { template: pod() }, 'batch/v1', { 'helm.sh/hook': 'post-install' }),
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'test', annotations: { 'helm.sh/hook': 'test' } }, spec: { containers: [container] } },
    doc('RayCluster', { headGroupSpec: { template: pod({ a: 'b' }) }, workerGroupSpecs: [{ groupName: 'cpu', template: pod() }, { groupName: 'gpu', template: pod() }] }, 'ray.io/v1'),
    doc('RayService', { rayClusterConfig: { headGroupSpec: { template: pod() }, workerGroupSpecs: [{ groupName: 'w', template: pod() }] } }, 'ray.io/v1'),
    doc('RayJob', { rayClusterSpec: { headGroupSpec: { template: pod() } }, submitterPodTemplate: pod() }, 'ray.io/v1'),
    doc('ConfigMap', undefined),
  ];

  it('finds every template, in workloads, hooks, CronJobs and KubeRay resources', () => {
    expect(podTemplates(docs).map((t) => `${t.owner.kind} ${t.path}`)).toEqual([
      'Deployment spec.template',
      'CronJob spec.jobTemplate.spec.template',
      'Job spec.template',
      'Pod ',
      'RayCluster spec.headGroupSpec.template',
      'RayCluster spec.workerGroupSpecs[0].template',
      'RayCluster spec.workerGroupSpecs[1].template',
      'RayService spec.rayClusterConfig.headGroupSpec.template',
      'RayService spec.rayClusterConfig.workerGroupSpecs[0].template',
      'RayJob spec.rayClusterSpec.headGroupSpec.template',
      'RayJob spec.submitterPodTemplate',
    ]);
  });

  it('tells serving templates from run-to-completion ones and hooks', () => {
    const flags = Object.fromEntries(podTemplates(docs).map((t) => [`${t.owner.kind} ${t.path}`, [t.runsToCompletion, t.hook]]));
    expect(flags['Deployment spec.template']).toEqual([false, false]);
    expect(flags['Job spec.template']).toEqual([true, true]);
    expect(flags['Pod ']).toEqual([true, true]);
    expect(flags['RayJob spec.submitterPodTemplate']).toEqual([true, false]);
  });

  it('adds the labels KubeRay puts on Ray pods', () => {
    const head = podTemplates(docs).find((t) => t.path === 'spec.headGroupSpec.template' && t.owner.kind === 'RayCluster')!;
    expect(head.labels).toMatchObject({ a: 'b', 'ray.io/cluster': 'raycluster', 'ray.io/node-type': 'head' });
    const gpu = podTemplates(docs).find((t) => t.path === 'spec.workerGroupSpecs[1].template')!;
    expect(gpu.labels).toMatchObject({ 'ray.io/group': 'gpu', 'ray.io/node-type': 'worker' });
  });

  it('get names what exists when the object is missing', () => {
    expect(() => get(docs, 'Service')).toThrow(/no Service in the rendered output \(it has: Deployment\/deployment/);
  });
});

describe('CRD validation', () => {
  it('loads the upstream CRDs of KubeRay, prometheus-operator and Istio', async () => {
    const kinds = (await loadCrds()).kinds;
    expect(kinds).toEqual(expect.arrayContaining(['ray.io/v1/RayCluster', 'ray.io/v1/RayService', 'monitoring.coreos.com/v1/PodMonitor', 'security.istio.io/v1/PeerAuthentication']));
  });

  it('accepts a valid RayCluster and names unknown and mistyped fields', async () => {
    const crds = await loadCrds();
    const cluster: Manifest = { apiVersion: 'ray.io/v1', kind: 'RayCluster', metadata: { name: 'r' }, spec: { rayVersion: '2.40.0', headGroupSpec: { rayStartParams: {}, template: pod() } } };
    expect(crds.validate(cluster)).toEqual([]);
    const broken = structuredClone(cluster) as any;
    broken.spec.headGroupSpec.replicaz = 1;
    broken.spec.enableInTreeAutoscaling = 'yes';
    const errors = crds.validate(broken);
    expect(errors).toContain('RayCluster/r spec.headGroupSpec.replicaz: is not a field of the CRD schema');
    expect(errors.some((e) => e.startsWith('RayCluster/r spec.enableInTreeAutoscaling: must be boolean'))).toBe(true);
  });
});

describe('Go regular expressions in CRD patterns', () => {
  it('turns (?i) into letter classes that JavaScript understands', async () => {
    const { goPatternToJs } = await import('../../scripts/lib/schema/crd.ts');
    const js = new RegExp(goPatternToJs('^(?i)(abort|warn)?$'), 'u');
    expect(['ABORT', 'Warn', 'abort', ''].every((s) => js.test(s))).toBe(true);
    expect(js.test('skip')).toBe(false);
    expect(goPatternToJs('^(?i)\\.?[a-z_]$')).toBe('^\\.?[a-zA-Z_]$');
    expect(goPatternToJs('^[a-z]+$')).toBe('^[a-z]+$');
  });
});

describe('PrometheusRule CRD', () => {
  it('compiles despite its Go-only pattern and validates a rule', async () => {
    const rule: Manifest = { apiVersion: 'monitoring.coreos.com/v1', kind: 'PrometheusRule', metadata: { name: 'r' }, spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'up == 0', for: '5m' }] }] } };
    expect((await loadCrds()).validate(rule)).toEqual([]);
  });
});
