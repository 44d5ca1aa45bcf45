import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { labelSelectorString } from '../../manifests/index.ts';
import { startDetached } from '../../tools/index.ts';
import { clusterDnsIp, clusterDomain } from './network.ts';
import type { NodePaths } from './paths.ts';
import type { KeyPair } from './pki.ts';

export interface KubeletOptions {
  paths: NodePaths;
  nodeName: string;
  nodeIp: string;
  cgroupRoot: string;
  caFile: string;
  serving: KeyPair;
  labels: Record<string, string>;
}

/**
 * The kubelet's configuration for these machines (cgroup v1 hybrid without systemd, no swap
 * accounting, 2 cores) and the node's paths: cgroupfs under the node's own cgroup root, cgroup v1
 * allowed, swap tolerated, images never pulled (they are imported: no registry is reachable, so
 * pull-credential checks are off and image GC never deletes one), webhook authentication and
 * authorization for its API (the API server's kubelet client certificate is in system:masters),
 * its serving certificate from the cluster CA, pod logs under the node directory.
 */
export function kubeletConfig(o: KubeletOptions): Record<string, unknown> {
  return {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    containerRuntimeEndpoint: `unix://${o.paths.containerd.socket}`,
    failCgroupV1: false,
    cgroupDriver: 'cgroupfs',
    cgroupRoot: o.cgroupRoot,
    failSwapOn: false,
    imagePullCredentialsVerificationPolicy: 'NeverVerify',
    imageGCHighThresholdPercent: 100,
    imageGCLowThresholdPercent: 99,
    // Defaults evict at 10-15% free disk; a developer's disk may be fuller than that and nothing here grows.
    evictionHard: { 'memory.available': '100Mi', 'nodefs.available': '1%', 'imagefs.available': '1%', 'nodefs.inodesFree': '1%' },
    clusterDNS: [clusterDnsIp],
    clusterDomain,
    address: o.nodeIp,
    port: 10250,
    readOnlyPort: 0,
    healthzBindAddress: '127.0.0.1',
    healthzPort: 10248,
    tlsCertFile: o.serving.certFile,
    tlsPrivateKeyFile: o.serving.keyFile,
    authentication: { anonymous: { enabled: false }, webhook: { enabled: true }, x509: { clientCAFile: o.caFile } },
    authorization: { mode: 'Webhook' },
    podLogsDir: o.paths.kubelet.podLogs,
    volumePluginDir: o.paths.kubelet.volumePlugins,
    resolvConf: '/etc/resolv.conf',
    maxPods: 110,
    serializeImagePulls: false,
  };
}

/** Starts the kubelet detached; returns its pid. */
export async function startKubelet(o: KubeletOptions, env: Record<string, string>): Promise<number> {
  for (const dir of [o.paths.kubelet.root, o.paths.kubelet.podLogs, o.paths.kubelet.volumePlugins]) mkdirSync(dir, { recursive: true });
  writeFileSync(o.paths.kubelet.config, stringify(kubeletConfig(o)));
  const args = [
    '--config', o.paths.kubelet.config,
    '--kubeconfig', o.paths.kubelet.kubeconfig,
    '--root-dir', o.paths.kubelet.root,
    '--hostname-override', o.nodeName,
    '--node-ip', o.nodeIp,
    '--node-labels', labelSelectorString(o.labels),
  ];
  return startDetached('kubernetes', args, { bin: 'kubelet', logFile: join(o.paths.logs, 'kubelet.log'), env });
}
