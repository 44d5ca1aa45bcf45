import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devMachine, fits, footprint, footprintTable, parseQuantity, podResources, profileFootprints, withFootprintTable } from '../../../scripts/lib/footprint.ts';
import { render } from '../../../scripts/lib/helm/render.ts';
import { get, type Manifest } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';

const Gi = 2 ** 30;
const Mi = 2 ** 20;
const container = (name: string, cpu: string, memory: string, limit: string, extra: object = {}) => ({ name, resources: { requests: { cpu, memory }, limits: { memory: limit } }, ...extra });

describe('quantities and pod resources', () => {
  it('parses Kubernetes quantities', () => {
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity(1.5)).toBe(1.5);
    expect(parseQuantity('2Gi')).toBe(2 * Gi);
    expect(parseQuantity('512Mi')).toBe(512 * Mi);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity(undefined)).toBe(0);
    expect(() => parseQuantity('2 GiB')).toThrow(/quantity/);
  });

  it('a pod counts its containers plus sidecars, or its largest init container when that is larger', () => {
    const pod = {
      initContainers: [container('migrate', '2', '3Gi', '3Gi'), container('proxy', '100m', '128Mi', '256Mi', { restartPolicy: 'Always' })],
      containers: [container('app', '500m', '1Gi', '2Gi'), container('side', '250m', '256Mi', '512Mi')],
    };
    const r = podResources(pod as any);
    // cpu: init 2 > 0.5 + 0.25 + 0.1 sidecar; memory requests: init 3Gi; memory limits: 3Gi init vs 2Gi + 512Mi + 256Mi.
    expect(r.cpuRequests).toBe(2);
    expect(r.memoryRequests).toBe(3 * Gi);
    expect(r.memoryLimits).toBe(3 * Gi);
    const small = podResources({ initContainers: [container('init', '10m', '32Mi', '64Mi')], containers: [container('app', '500m', '1Gi', '2Gi')] } as any);
    expect(small).toEqual({ cpuRequests: 0.5, memoryRequests: Gi, memoryLimits: 2 * Gi, gpus: 0 });
  });

  it('scales Deployments by replicas and HPA bounds, RayCluster workers by replicas..maxReplicas plus the autoscaler on the head; hooks are transient', () => {
    const pod = (c: object) => ({ template: { spec: { containers: [c] } } });
    const docs = [
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, ...pod(container('web', '1', '1Gi', '1Gi')) } },
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, minReplicas: 3, maxReplicas: 6 } },
      {
        apiVersion: 'ray.io/v1',
        kind: 'RayCluster',
        metadata: { name: 'ray' },
        spec: {
          enableInTreeAutoscaling: true,
          autoscalerOptions: { resources: { requests: { cpu: '200m', memory: '512Mi' }, limits: { memory: '512Mi' } } },
          headGroupSpec: pod(container('head', '1', '4Gi', '4Gi')),
          workerGroupSpecs: [{ groupName: 'gpu', replicas: 0, minReplicas: 1, maxReplicas: 3, template: { spec: { containers: [{ ...container('w', '4', '16Gi', '16Gi'), resources: { requests: { cpu: '4', memory: '16Gi' }, limits: { memory: '16Gi', 'nvidia.com/gpu': 1 } } }] } } }],
        },
      },
      { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate', annotations: { 'helm.sh/hook': 'pre-install' } }, spec: pod(container('m', '1', '1Gi', '1Gi')) },
    ] as Manifest[];
    const f = footprint(docs);
    expect(f.workloads.map((w) => [w.object, w.initial, w.max])).toEqual([
      ['Deployment/web', 3, 6],
      ['RayCluster/ray', 1, 1],
      ['RayCluster/ray', 1, 3],
    ]);
    expect(f.workloads[1]!.pod.cpuRequests).toBeCloseTo(1.2);
    expect(f.initial).toMatchObject({ pods: 5, gpus: 1 });
    expect(f.initial.cpuRequests).toBeCloseTo(3 + 1.2 + 4);
    expect(f.max).toMatchObject({ pods: 10, gpus: 3, memoryLimits: 6 * Gi + 4.5 * Gi + 48 * Gi });
    expect(f.transient.map((t) => t.object)).toEqual(['Job/migrate']);
    const fixed = footprint(docs.map((d) => (d.kind === 'RayCluster' ? { ...d, spec: { ...(d.spec as object), enableInTreeAutoscaling: false } } : d)) as Manifest[]);
    expect(fixed.max.gpus).toBe(1);
  });
});

describe('profile footprints', async () => {
  const rows = await profileFootprints();
  const byName = (name: string) => rows.find((r) => r.profile === name)!.footprint;

  it('dev fits 4 CPU / 8 GiB at maximum scale, requests and memory limits alike', () => {
    expect(fits(byName('dev'), devMachine.cpu, devMachine.memoryBytes)).toBe(true);
    expect(byName('dev').max.pods).toBe(byName('dev').initial.pods);
    // The chart defaults do not fit: dev is what makes it fit.
    expect(fits(byName('defaults (no profile)'), devMachine.cpu, devMachine.memoryBytes)).toBe(false);
  });

  it("prod's ResourceQuota holds prod and every profile layered on it at maximum scale", async () => {
    const docs = await render('ml-platform', { values: [join(repoRoot, 'values', 'prod.yaml')], release: 'ml', namespace: 'ml' });
    const hard = (get(docs, 'ResourceQuota').spec as { hard: Record<string, string> }).hard;
    const onProd = rows.map((r) => r.profile).filter((name) => name.split(' + ')[0] === 'prod');
    expect(onProd).toContain('prod + gpu');
    for (const name of onProd) {
      const f = byName(name);
      expect(f.max.cpuRequests, name).toBeLessThanOrEqual(parseQuantity(hard['requests.cpu']));
      expect(f.max.memoryRequests, name).toBeLessThanOrEqual(parseQuantity(hard['requests.memory']));
      expect(f.max.memoryLimits, name).toBeLessThanOrEqual(parseQuantity(hard['limits.memory']));
      expect(f.max.gpus, name).toBeLessThanOrEqual(parseQuantity(hard['requests.nvidia.com/gpu']));
      expect(f.max.pods + f.transient.length, name).toBeLessThanOrEqual(parseQuantity(hard.pods));
    }
  });

  it('gpu profiles count 2 GPUs at maximum scale and none at install (the group scales from zero)', () => {
    expect(byName('gpu').max.gpus).toBe(2);
    expect(byName('gpu').initial.gpus).toBe(0);
  });

  it("the README's footprint table is what the footprint command computes", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(withFootprintTable(readme, footprintTable(rows)), 'run `npx mlp gen`').toBe(readme);
  });
});
