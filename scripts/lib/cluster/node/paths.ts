import { join } from 'node:path';
import { clustersDir } from '../state.ts';

/** The real node's name (one per machine: it owns port 10250 and the host's KUBE-* chains). */
export const realNodeName = 'real-node';

/**
 * Everything the real node writes lives under `<cluster dir>/node`: containerd's root, state and
 * socket, CNI configuration and IPAM data, the kubelet's root and pod logs, certificates, logs.
 * None of the system paths (/var/lib/containerd, /run/containerd, /var/lib/kubelet, /etc/cni) is used.
 */
export function nodePaths(cluster: string) {
  const dir = join(clustersDir, cluster, 'node');
  const containerd = join(dir, 'containerd');
  const kubelet = join(dir, 'kubelet');
  const kubeProxy = join(dir, 'kube-proxy');
  const networkPolicies = join(dir, 'kube-network-policies');
  return {
    dir,
    stateFile: join(dir, 'state.json'),
    pki: join(dir, 'pki'),
    logs: join(dir, 'logs'),
    containerd: {
      config: join(containerd, 'config.toml'),
      root: join(containerd, 'root'),
      state: join(containerd, 'state'),
      socket: join(containerd, 'containerd.sock'),
      opt: join(containerd, 'opt'),
      runcRoot: join(containerd, 'runc'),
    },
    cni: { confDir: join(dir, 'cni', 'net.d'), ipamDir: join(dir, 'cni', 'ipam') },
    kubelet: {
      config: join(kubelet, 'config.yaml'),
      kubeconfig: join(kubelet, 'kubeconfig'),
      root: join(kubelet, 'root'),
      podLogs: join(kubelet, 'pod-logs'),
      volumePlugins: join(kubelet, 'volume-plugins'),
    },
    kubeProxy: { config: join(kubeProxy, 'config.yaml'), kubeconfig: join(kubeProxy, 'kubeconfig') },
    networkPolicies: { kubeconfig: join(networkPolicies, 'kubeconfig') },
  };
}

export type NodePaths = ReturnType<typeof nodePaths>;

/** The cgroup (in every hierarchy) under which the kubelet puts all pods: removed whole by `down`. */
export function cgroupRootOf(cluster: string): string {
  return `/mlp-node-${cluster}`;
}
