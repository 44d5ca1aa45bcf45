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
  const reject = (comment: string) => `-m comment --comment "${comment}" -j REJECT`;
  const script = [
    '*filter',
    `:${podChain} - [0:0]`,
    `-A ${podChain} -o ${podBridge} -j RETURN`,
    `-A ${podChain} ${reject('mlp: pods reach only pods and the host')}`,
    `-I FORWARD 1 -s ${realPodCidr} -j ${podChain}`,
    `:${hostChain} - [0:0]`,
    ...[kwokPodCidr, serviceCidr].map((cidr) => `-A ${hostChain} -d ${cidr} ${reject('mlp: fake pod IPs and untranslated ClusterIPs stay here')}`),
    `-I OUTPUT 1 -j ${hostChain}`,
    'COMMIT',
    '',
  ].join('\n');
  await runBinaryOrThrow('iptables', 'iptables-restore', ['--noflush'], { input: script });
}
