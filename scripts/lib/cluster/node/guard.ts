import { runBinaryOrThrow } from '../../tools/index.ts';
import { kwokPodCidr, podBridge, realPodCidr, serviceCidr } from './network.ts';

/** Prefix of the iptables chains the toolkit itself adds (removed by `down` with KUBE-* and CNI-*). */
export const guardChainPrefix = 'MLP-';
const podChain = 'MLP-POD-EGRESS';
const hostChain = 'MLP-HOST-EGRESS';

/**
 * Keeps the real node's traffic on this machine. A pod may reach pods on its bridge (directly or
 * through a Service) and the host; anything forwarded elsewhere is rejected. The host may not send
 * to kwok's fake pod IPs (a Service that selected a fake pod) nor to a ClusterIP kube-proxy did not
 * translate: without these rules such packets would follow the default route off the machine.
 */
export async function installEgressGuard(): Promise<void> {
  const iptables = (args: string[]) => runBinaryOrThrow('iptables', 'iptables', ['-t', 'filter', ...args]);
  await iptables(['-N', podChain]);
  await iptables(['-A', podChain, '-o', podBridge, '-j', 'RETURN']);
  await iptables(['-A', podChain, '-m', 'comment', '--comment', 'mlp: pods reach only pods and the host', '-j', 'REJECT']);
  await iptables(['-I', 'FORWARD', '1', '-s', realPodCidr, '-j', podChain]);
  await iptables(['-N', hostChain]);
  for (const cidr of [kwokPodCidr, serviceCidr]) await iptables(['-A', hostChain, '-d', cidr, '-m', 'comment', '--comment', 'mlp: fake pod IPs and untranslated ClusterIPs stay here', '-j', 'REJECT']);
  await iptables(['-I', 'OUTPUT', '1', '-j', hostChain]);
}
