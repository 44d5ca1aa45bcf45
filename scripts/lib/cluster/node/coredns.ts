import { stringify } from 'yaml';
import { runOrThrow } from '../../tools/index.ts';
import { kubectlTarget } from '../crds.ts';
import { type Kube, waitFor } from '../kube.ts';
import type { Cluster } from '../types.ts';
import { clusterDnsIp, clusterDomain } from './network.ts';

/** The label the charts' NetworkPolicies allow DNS to (with namespace kube-system), as on kubeadm clusters. */
export const dnsPodLabels = { 'k8s-app': 'kube-dns' };

/**
 * CoreDNS answers for the cluster domain only. There is no `forward` to an upstream resolver: no
 * name outside the cluster resolves in a pod, so nothing a pod does can send traffic off this machine
 * by name (no registry, no telemetry endpoint is reachable here anyway).
 */
export const corefile = `.:53 {
    errors
    health {
        lameduck 5s
    }
    ready
    kubernetes ${clusterDomain} in-addr.arpa ip6.arpa {
        pods insecure
        ttl 30
    }
    cache 30
    loadbalance
}
`;

/** kube-system objects of the cluster DNS: RBAC, Corefile, Deployment (restricted pod), Service `kube-dns`. */
export function coreDnsManifests(image: string): Record<string, unknown>[] {
  const namespace = 'kube-system';
  const labels = { ...dnsPodLabels, 'app.kubernetes.io/name': 'coredns', 'app.kubernetes.io/managed-by': 'mlp' };
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'coredns', namespace, labels } },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'system:coredns', labels },
      rules: [
        { apiGroups: [''], resources: ['endpoints', 'services', 'pods', 'namespaces'], verbs: ['list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'system:coredns', labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'system:coredns' },
      subjects: [{ kind: 'ServiceAccount', name: 'coredns', namespace }],
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace, labels }, data: { Corefile: corefile } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: dnsPodLabels },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: 'coredns',
            priorityClassName: 'system-cluster-critical',
            // CoreDNS must not resolve through itself.
            dnsPolicy: 'Default',
            securityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'coredns',
                image,
                imagePullPolicy: 'Never',
                args: ['-conf', '/etc/coredns/Corefile'],
                ports: [
                  { name: 'dns', containerPort: 53, protocol: 'UDP' },
                  { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                ],
                resources: { requests: { cpu: '50m', memory: '32Mi' }, limits: { memory: '128Mi' } },
                readinessProbe: { httpGet: { path: '/ready', port: 8181 }, periodSeconds: 2 },
                livenessProbe: { httpGet: { path: '/health', port: 8080 }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 5 },
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
                volumeMounts: [{ name: 'config', mountPath: '/etc/coredns', readOnly: true }],
              },
            ],
            volumes: [{ name: 'config', configMap: { name: 'coredns' } }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kube-dns', namespace, labels: { ...labels, 'kubernetes.io/name': 'CoreDNS' } },
      spec: {
        selector: dnsPodLabels,
        clusterIP: clusterDnsIp,
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        ],
      },
    },
  ];
}

/** Applies the cluster DNS (server-side) and waits until its pod is ready and the Service has it as endpoint. */
export async function deployCoreDns(cluster: Cluster, k: Kube, image: string): Promise<void> {
  const yaml = coreDnsManifests(image).map((m) => stringify(m)).join('---\n');
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp', '-f', '-'], { input: yaml });
  await waitFor('CoreDNS to be available', async () => {
    const d = await k.apps.readNamespacedDeployment({ name: 'coredns', namespace: 'kube-system' });
    return (d.status?.availableReplicas ?? 0) >= 1 ? true : undefined;
  }, {
    timeoutMs: 120_000,
    describe: async () => {
      const pods = (await k.core.listNamespacedPod({ namespace: 'kube-system', labelSelector: 'k8s-app=kube-dns' })).items;
      return pods.map((p) => `${p.metadata?.name} ${p.status?.phase} ${JSON.stringify(p.status?.containerStatuses?.map((c) => c.state) ?? p.status?.conditions)}`).join('; ') || 'no pod';
    },
  });
}
