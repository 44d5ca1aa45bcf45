import type { V1Pod } from '@kubernetes/client-node';
import { kubectlTarget } from '../../scripts/lib/cluster/crds.ts';
import { type Kube, waitFor } from '../../scripts/lib/cluster/kube.ts';
import { isFakeNode, placementLabels } from '../../scripts/lib/cluster/node/placement.ts';
import type { Cluster } from '../../scripts/lib/cluster/types.ts';
import { buildScratchImage, nodeImageRecipes } from '../../scripts/lib/images/node-images.ts';
import { importIntoRealNode } from '../../scripts/lib/cluster/node/node.ts';
import { runOrThrow } from '../../scripts/lib/tools/index.ts';
export { withPortForward } from '../../scripts/lib/cluster/port-forward.ts';

/** Nodes whose pods really run: not annotated fake, labelled for real placement. */
export async function realNodes(k: Kube): Promise<string[]> {
  const nodes = (await k.core.listNode()).items;
  return nodes.filter((n) => !isFakeNode(n) && n.metadata?.labels?.[placementLabels.real] === 'true').map((n) => n.metadata!.name!);
}

/** The busybox test image (Debian's static busybox in a scratch image), built once and imported into the real node. */
export async function busyboxImage(cluster: Cluster): Promise<string> {
  const image = await buildScratchImage(nodeImageRecipes.busybox);
  await importIntoRealNode(cluster, [image]);
  return image.ref;
}

/** A pod spec that Pod Security `restricted` admits: non-root, no escalation, no capabilities, seccomp, read-only root. */
export function restrictedPod(name: string, image: string, script: string, opts: { labels?: Record<string, string>; restartPolicy?: string; port?: number } = {}): V1Pod {
  return {
    metadata: { name, labels: opts.labels },
    spec: {
      restartPolicy: opts.restartPolicy ?? 'Always',
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'main',
          image,
          imagePullPolicy: 'IfNotPresent',
          command: ['/bin/busybox', 'sh', '-c', script],
          env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
          ports: opts.port ? [{ name: 'http', containerPort: opts.port }] : undefined,
          readinessProbe: opts.port ? { httpGet: { path: '/', port: opts.port }, periodSeconds: 1 } : undefined,
          resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '64Mi' } },
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
          volumeMounts: [{ name: 'www', mountPath: '/www' }],
        },
      ],
      volumes: [{ name: 'www', emptyDir: {} }],
    },
  };
}

/** An HTTP server on 8080 whose page names the pod; it logs each request. */
export const webScript = 'echo "hello from $POD_NAME" > /www/index.html && echo "serving on 8080" && exec /bin/busybox httpd -f -v -p 8080 -h /www';

export async function waitPodReady(k: Kube, namespace: string, name: string, timeoutMs = 120_000): Promise<V1Pod> {
  return waitFor(`pod ${namespace}/${name} to be Ready`, async () => {
    const pod = await k.core.readNamespacedPod({ name, namespace });
    return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? pod : undefined;
  }, { timeoutMs, describe: async () => JSON.stringify((await k.core.readNamespacedPod({ name, namespace })).status) });
}

/** `kubectl exec` in a pod's container, returning stdout. */
export function kubectlExec(cluster: Cluster, namespace: string, pod: string, command: string[]): Promise<string> {
  return runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', namespace, 'exec', pod, '--', ...command]);
}
