import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { run, runBinaryOrThrow, runOrThrow, startDetached } from '../../tools/index.ts';
import { kubectlTarget } from '../crds.ts';
import type { Cluster } from '../types.ts';
import { guardChainPrefix } from './guard.ts';
import { realPodCidr } from './network.ts';
import type { NodePaths } from './paths.ts';

/** The user of the engine's client certificate, bound to the role below. */
export const networkPolicyEngineUser = 'system:kube-network-policies';
/** Where the engine serves /metrics (host loopback: nothing off this machine scrapes it). */
export const networkPolicyEngineMetrics = '127.0.0.1:9080';
/** The netfilter queue the engine reads (upstream's default). */
export const networkPolicyQueue = 100;
/** The iptables chain (mangle POSTROUTING) that sends the pods' new connections to the engine. */
export const policyQueueChain = `${guardChainPrefix}NETWORK-POLICIES`;

/**
 * The rules that hand packets to the engine, as iptables (its NFQUEUE target) instead of the engine's
 * own nftables table. The engine's table cannot load on kernels built without nft_queue (CONFIG_NFT_QUEUE
 * unset, as on these machines; the engine then logs "netlink receive: no such file or directory" at each
 * sync), while iptables' NFQUEUE target (xt, through nft_compat) works. The rules are upstream's in
 * order: connections the host opens as root pass (the kubelet's probes, port-forwards, host-process
 * operators), established and related packets pass, and every other packet from or to a pod is queued.
 * Upstream queues only the pods a NetworkPolicy selects (a set it keeps); here every pod's new
 * connections are queued, as upstream does in its AdminNetworkPolicy mode, and the engine admits those
 * of unselected pods. Without the engine reading the queue the packets are dropped (fail closed).
 */
export function policyQueueRules(queue = networkPolicyQueue): string {
  return [
    '*mangle',
    `:${policyQueueChain} - [0:0]`,
    `-A ${policyQueueChain} -m owner --uid-owner 0 -j RETURN`,
    `-A ${policyQueueChain} -m conntrack --ctstate ESTABLISHED,RELATED -j RETURN`,
    `-A ${policyQueueChain} -s ${realPodCidr} -m comment --comment "mlp: NetworkPolicy verdict by kube-network-policies" -j NFQUEUE --queue-num ${queue}`,
    `-A ${policyQueueChain} -d ${realPodCidr} -m comment --comment "mlp: NetworkPolicy verdict by kube-network-policies" -j NFQUEUE --queue-num ${queue}`,
    `-A POSTROUTING -j ${policyQueueChain}`,
    'COMMIT',
    '',
  ].join('\n');
}

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
 * Starts kube-network-policies on the host for the real node's pods: it reads the pods, namespaces and
 * NetworkPolicies and gives each packet of its queue the policies' verdict (see policyQueueRules).
 */
export async function startNetworkPolicyEngine(cluster: Cluster, paths: NodePaths, nodeName: string, env: Record<string, string>): Promise<number> {
  const yaml = networkPolicyEngineRbac().map((m) => stringify(m)).join('---\n');
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp', '-f', '-'], { input: yaml });
  mkdirSync(paths.logs, { recursive: true });
  return startDetached(
    'kube-network-policies',
    ['--kubeconfig', paths.networkPolicies.kubeconfig, '--hostname-override', nodeName, '--metrics-bind-address', networkPolicyEngineMetrics, '--nfqueue-id', String(networkPolicyQueue)],
    { logFile: join(paths.logs, 'kube-network-policies.log'), env },
  );
}

const queueFile = '/proc/net/netfilter/nfnetlink_queue';

/** Is a process bound to the netfilter queue (the kernel's list: the queue number first on each line)? */
export function queueBound(queue: number): boolean {
  return queueCounters(queue) !== undefined;
}

/**
 * The kernel's counters of a bound netfilter queue: packets waiting for a verdict, packets dropped because
 * the queue was full (queueDropped) or the engine's socket buffer was (userDropped), and the packets queued
 * so far. A dropped packet is a connection attempt lost whatever the policies say (a retransmit may pass).
 */
export interface QueueCounters {
  waiting: number;
  queueDropped: number;
  userDropped: number;
  queued: number;
}

/** One queue's line of /proc/net/netfilter/nfnetlink_queue (the kernel's format: queue, peer port id, waiting, copy mode, copy range, queue dropped, user dropped, last packet id, 1). */
export function parseQueueCounters(text: string, queue: number): QueueCounters | undefined {
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === String(queue) && f.length >= 8) return { waiting: Number(f[2]), queueDropped: Number(f[5]), userDropped: Number(f[6]), queued: Number(f[7]) };
  }
  return undefined;
}

export function queueCounters(queue = networkPolicyQueue): QueueCounters | undefined {
  return existsSync(queueFile) ? parseQueueCounters(readFileSync(queueFile, 'utf8'), queue) : undefined;
}

/** Sends the pods' new connections to the engine's queue (once the engine runs: without it they are dropped). */
export async function installPolicyQueue(): Promise<void> {
  await runBinaryOrThrow('iptables', 'iptables-restore', ['--noflush'], { input: policyQueueRules() });
}

/** Deletes the engine's nftables table (after the engine stopped; it removes the table itself on a clean exit). */
export async function removeNetworkPolicyRules(): Promise<void> {
  const result = await run('kube-network-policies', ['--cleanup']);
  if (result.code !== 0) throw new Error(`kube-network-policies --cleanup failed: ${result.stderr.trim()}`);
}
