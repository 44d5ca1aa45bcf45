import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import { ofKind } from '../../../scripts/lib/manifests/index.ts';
import { chartValues } from '../../support/values.ts';

const chart = 'charts/ray-cluster';

/** What a Ray pod can be given, the same for the head and for a worker group (ray-cluster.podTemplate's group values). */
const pod = {
  resources: { requests: { cpu: '1', memory: '3Gi' }, limits: { memory: '3Gi' } },
  nodeSelector: { pool: 'ray' },
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In' as const, values: ['a'] }] }] } } },
  tolerations: [{ key: 'dedicated', operator: 'Equal' as const, value: 'ray', effect: 'NoSchedule' as const }],
  runtimeClassName: 'gvisor',
  priorityClassName: 'ml-high',
  env: [{ name: 'EXTRA', value: 'x' }],
  volumes: [{ name: 'data', emptyDir: {} }],
  volumeMounts: [{ name: 'data', mountPath: '/data' }],
  podLabels: { team: 'ml' },
  podAnnotations: { note: 'same' },
};

const values = chartValues<'ray-cluster'>({
  // Off: the head alone then carries the autoscaler's token volume.
  autoscaling: { enabled: false },
  podSecurityContext: { fsGroup: 2000 },
  extraEnvFrom: [{ configMapRef: { name: 'ray-env' } }],
  head: { ...pod, rayStartParams: { 'num-cpus': '0' } },
  workers: [{ ...pod, name: 'cpu', minReplicas: 1, maxReplicas: 2 }],
});

const without = (o: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

describe('ray-cluster: the head and every worker group come out of one pod-template builder', () => {
  it.each([3, 4] as const)('given the same pod values, head and worker pods differ only in what a node type changes (helm %i)', async (helm) => {
    const spec = (ofKind(await render(chart, { valuesObject: values, helm }), 'RayCluster')[0] as any).spec;
    const head = spec.headGroupSpec.template;
    const worker = spec.workerGroupSpecs[0].template;

    // The pod: security context, pull secrets, scheduling keys (priorityClassName included), volumes.
    expect(without(worker.spec, 'containers')).toEqual(without(head.spec, 'containers'));
    expect(head.spec).toMatchObject({ priorityClassName: 'ml-high', runtimeClassName: 'gvisor', nodeSelector: pod.nodeSelector, tolerations: pod.tolerations });
    expect(head.spec.volumes).toEqual(expect.arrayContaining(pod.volumes));

    // Labels and annotations: the component label alone tells them apart.
    expect(head.metadata.labels['app.kubernetes.io/component']).toBe('ray-head');
    expect(worker.metadata.labels['app.kubernetes.io/component']).toBe('ray-worker');
    expect(without(worker.metadata.labels, 'app.kubernetes.io/component')).toEqual(without(head.metadata.labels, 'app.kubernetes.io/component'));
    expect(worker.metadata.annotations).toEqual(head.metadata.annotations);

    // The Ray container: image, env, envFrom, resources, security context and mounts are the same;
    // its name and ports are the node type's.
    const [h, w] = [head.spec.containers[0], worker.spec.containers[0]];
    expect([h.name, w.name]).toEqual(['ray-head', 'ray-worker']);
    const shared = ['image', 'imagePullPolicy', 'env', 'envFrom', 'resources', 'securityContext', 'volumeMounts'];
    for (const key of shared) expect(w[key], key).toEqual(h[key]);
    expect(Object.keys(without(w, 'ports', 'args')).sort()).toEqual(Object.keys(without(h, 'ports')).sort());
    expect(h.env).toEqual(expect.arrayContaining(pod.env));
    expect(h.volumeMounts).toEqual(expect.arrayContaining(pod.volumeMounts));

    // Probes: the same three with the same timing; the head's check adds the GCS to the raylet's.
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      expect(without(w[probe], 'exec'), probe).toEqual(without(h[probe], 'exec'));
      const [headCheck, workerCheck] = [h[probe].exec.command[2], w[probe].exec.command[2]];
      expect(headCheck.startsWith(`${workerCheck} && `), probe).toBe(true);
      expect(headCheck).toContain('gcs_healthz');
    }
    expect(h.ports.map((p: any) => p.name)).toEqual(expect.arrayContaining(w.ports.map((p: any) => p.name)));
  });
});
