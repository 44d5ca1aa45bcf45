import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { startDetached } from '../../tools/index.ts';
import { realPodCidr } from './network.ts';
import type { NodePaths } from './paths.ts';

/** Where kube-proxy answers /healthz (also /livez). */
export const kubeProxyHealthz = '127.0.0.1:10256';

/**
 * kube-proxy in iptables mode on the host. It is asked to leave the host's sysctls alone: conntrack
 * sizes and timeouts at 0 mean "do not set", and no NodePorts on localhost means no route_localnet.
 */
export function kubeProxyConfig(paths: NodePaths, nodeName: string): Record<string, unknown> {
  return {
    apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
    kind: 'KubeProxyConfiguration',
    mode: 'iptables',
    clientConnection: { kubeconfig: paths.kubeProxy.kubeconfig },
    hostnameOverride: nodeName,
    clusterCIDR: realPodCidr,
    healthzBindAddress: kubeProxyHealthz,
    metricsBindAddress: '127.0.0.1:10249',
    conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: '0s', tcpCloseWaitTimeout: '0s' },
    iptables: { localhostNodePorts: false },
    nodePortAddresses: ['primary'],
  };
}

export async function startKubeProxy(paths: NodePaths, nodeName: string, env: Record<string, string>): Promise<number> {
  mkdirSync(dirname(paths.kubeProxy.config), { recursive: true });
  writeFileSync(paths.kubeProxy.config, stringify(kubeProxyConfig(paths, nodeName)));
  return startDetached('kubernetes', ['--config', paths.kubeProxy.config], { bin: 'kube-proxy', logFile: join(paths.logs, 'kube-proxy.log'), env });
}
