import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { run, runOrThrow, startDetached } from '../../tools/index.ts';
import { kubectlTarget } from '../crds.ts';
import type { Cluster } from '../types.ts';
import type { NodePaths } from './paths.ts';

/** The user of the engine's client certificate, bound to the role below. */
export const networkPolicyEngineUser = 'system:kube-network-policies';
/** Where the engine serves /metrics (host loopback: nothing off this machine scrapes it). */
export const networkPolicyEngineMetrics = '127.0.0.1:9080';

/**
 * What the engine reads, as upstream's install.yaml grants it (pods, namespaces, NetworkPolicies;
 * list and watch), bound to the engine's certificate user instead of a ServiceAccount.
 */
export function networkPolicyEngineRbac(): Record<string, unknown>[] {
  const labels = { 'app.kubernetes.io/name': 'kube-network-policies', 'app.kubernetes.io/managed-by': 'mlp' };
  return [
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'kube-network-policies', labels },
      rules: [
        { apiGroups: [''], resources: ['pods', 'namespaces'], verbs: ['list', 'watch'] },
        { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ['list', 'watch'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'kube-network-policies', labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'kube-network-policies' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: networkPolicyEngineUser }],
    },
  ];
}

/**
 * Starts kube-network-policies on the host for the real node's pods: every new connection from or to
 * a pod that a NetworkPolicy selects goes through its nfqueue and is accepted or dropped by the
 * policies (fail closed: without the engine such packets are dropped). Connections the host opens as
 * root (the kubelet's probes, port-forwards, host-process operators) are accepted, as upstream does.
 */
export async function startNetworkPolicyEngine(cluster: Cluster, paths: NodePaths, nodeName: string, env: Record<string, string>): Promise<number> {
  const yaml = networkPolicyEngineRbac().map((m) => stringify(m)).join('---\n');
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp', '-f', '-'], { input: yaml });
  mkdirSync(paths.logs, { recursive: true });
  return startDetached(
    'kube-network-policies',
    ['--kubeconfig', paths.networkPolicies.kubeconfig, '--hostname-override', nodeName, '--metrics-bind-address', networkPolicyEngineMetrics, '-v', '2'],
    { logFile: join(paths.logs, 'kube-network-policies.log'), env },
  );
}

/** Deletes the engine's nftables table (after the engine stopped; it removes the table itself on a clean exit). */
export async function removeNetworkPolicyRules(): Promise<void> {
  const result = await run('kube-network-policies', ['--cleanup']);
  if (result.code !== 0) throw new Error(`kube-network-policies --cleanup failed: ${result.stderr.trim()}`);
}
