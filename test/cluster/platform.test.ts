import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { deleteNamespace, ensureNamespace, kube, restrictedNamespaceLabels, statusOf, waitFor } from '../../scripts/lib/cluster/kube.ts';
import { simulatesPods } from '../../scripts/lib/cluster/providers.ts';
import { type ReleaseSpec, install, prepareNamespace, uninstall } from '../../scripts/lib/cluster/releases.ts';
import { verify, formatReport } from '../../scripts/lib/cluster/verify.ts';
import { chartsDir } from '../../scripts/lib/paths.ts';

const cluster = inject('cluster');

describe(`the ${cluster.provider} cluster itself`, () => {
  it('enforces Pod Security restricted in a labelled namespace (admission is live)', async () => {
    const k = kube(cluster);
    const namespace = 't-admission';
    await ensureNamespace(k, namespace, restrictedNamespaceLabels);
    try {
      const pod = { metadata: { name: 'privileged' }, spec: { containers: [{ name: 'c', image: 'busybox:1.36.1', securityContext: { privileged: true } }] } };
      const error = await k.core.createNamespacedPod({ namespace, body: pod }).then(() => undefined, (e: unknown) => e);
      expect(statusOf(error)).toBe(403);
      const body = (error as { body?: unknown }).body;
      const message = (typeof body === 'string' ? (JSON.parse(body) as { message: string }) : (body as { message: string })).message;
      expect(message).toContain('violates PodSecurity "restricted:latest"');
    } finally {
      await deleteNamespace(k, namespace);
    }
  });

  it.runIf(simulatesPods(cluster.provider))('completes Helm test pods and Job pods (kwok stages), leaves serving pods Running', async () => {
    const k = kube(cluster);
    const namespace = 't-stages';
    await ensureNamespace(k, namespace, restrictedNamespaceLabels);
    const restricted = {
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'c', image: 'busybox:1.36.1', resources: { requests: { cpu: '10m', memory: '16Mi' } }, securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    };
    try {
      await k.core.createNamespacedPod({ namespace, body: { metadata: { name: 'test-hook', annotations: { 'helm.sh/hook': 'test' } }, spec: { ...restricted, restartPolicy: 'Never' } } });
      await k.core.createNamespacedPod({ namespace, body: { metadata: { name: 'server' }, spec: restricted } });
      await k.batch.createNamespacedJob({ namespace, body: { metadata: { name: 'job' }, spec: { backoffLimit: 0, template: { spec: { ...restricted, restartPolicy: 'Never' } } } } });
      const phase = (name: string) => k.core.readNamespacedPod({ name, namespace }).then((p) => p.status?.phase);
      await waitFor('the helm test pod to succeed', async () => ((await phase('test-hook')) === 'Succeeded' ? true : undefined), { timeoutMs: 30_000 });
      await waitFor('the Job to complete', async () => ((await k.batch.readNamespacedJob({ name: 'job', namespace })).status?.succeeded === 1 ? true : undefined), { timeoutMs: 60_000 });
      expect(await phase('server')).toBe('Running');
    } finally {
      await deleteNamespace(k, namespace);
    }
  });

  it('runs the real KubeRay operator: a RayCluster from the chart becomes ready with head and worker pods and the head service; verify reports it', async () => {
    const r: ReleaseSpec = { chart: 'ray-cluster', release: 'ray', namespace: 't-operator', values: [join(chartsDir, 'ray-cluster', 'ci', 'default-values.yaml')], helm: 4 };
    const k = kube(cluster);
    try {
      await prepareNamespace(cluster, r);
      await install(cluster, r);
      const report = await waitFor('the RayCluster to be ready', async () => {
        const rep = await verify(cluster, r.namespace);
        return rep.rayClusters.length > 0 && rep.healthy ? rep : undefined;
      }, { timeoutMs: 180_000, describe: async () => formatReport(await verify(cluster, r.namespace)) });
      expect(report.rayClusters.map((c) => c.state)).toEqual(['ready']);
      expect(report.components.map((c) => c.component)).toContain('ray-head');
      expect(report.components.some((c) => c.component.startsWith('ray-worker'))).toBe(true);
      // The operator, not the chart, makes the `<cluster>-head-svc` Service.
      expect(report.services.map((s) => s.name).some((n) => n.endsWith('-head-svc'))).toBe(true);
      expect(formatReport(report)).toContain('all components ready');
      await uninstall(cluster, r);
    } finally {
      await deleteNamespace(k, r.namespace);
    }
  });
});
