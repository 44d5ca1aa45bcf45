import type { V1EndpointSlice } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { containerdConfig } from '../../scripts/lib/cluster/node/containerd.ts';
import { chainRemovalScript, normalizeIptablesSave } from '../../scripts/lib/cluster/node/host/iptables.ts';
import { parseMountinfo } from '../../scripts/lib/cluster/node/host/mounts.ts';
import { kubeletConfig } from '../../scripts/lib/cluster/node/kubelet.ts';
import { kubeProxyConfig } from '../../scripts/lib/cluster/node/kube-proxy.ts';
import { clusterDnsIp, cniConfList, realPodCidr } from '../../scripts/lib/cluster/node/network.ts';
import { parseQueueCounters } from '../../scripts/lib/cluster/node/network-policies.ts';
import { nodePaths } from '../../scripts/lib/cluster/node/paths.ts';
import { admissionConfiguration, servicesOnFakePods } from '../../scripts/lib/cluster/node/placement.ts';

const slice = (namespace: string, service: string, endpoints: [string, string][]): V1EndpointSlice => ({
  addressType: 'IPv4',
  metadata: { namespace, name: `${service}-x`, labels: { 'kubernetes.io/service-name': service } },
  endpoints: endpoints.map(([pod, nodeName]) => ({ addresses: ['10.0.0.1'], nodeName, targetRef: { kind: 'Pod', name: pod } })),
});

describe('the Service/fake-pod rule', () => {
  const fake = new Set(['kwok-cpu-a', 'kwok-gpu-a']);
  it('allows Services whose pods are all simulated (the kwok install matrix) and Services whose pods are all real', () => {
    expect(servicesOnFakePods([slice('t-matrix', 'mlflow', [['m-1', 'kwok-cpu-a']]), slice('ml', 'web', [['w-1', 'real-node']])], fake, new Set(['ml']))).toEqual([]);
  });
  it('flags a Service with endpoints on both real and fake nodes, naming each fake endpoint', () => {
    expect(servicesOnFakePods([slice('t', 'web', [['w-1', 'real-node'], ['w-2', 'kwok-cpu-a']])], fake, new Set())).toEqual([
      { service: 't/web', fakeEndpoints: ['w-2 on kwok-cpu-a'], reason: 'it also has 1 endpoint(s) on the real node' },
    ]);
  });
  it('flags a fake endpoint of a Service in a namespace placed on the real node, across slices', () => {
    expect(servicesOnFakePods([slice('ml', 'ray', [['gpu-1', 'kwok-gpu-a']]), slice('ml', 'ray', [['gpu-2', 'kwok-gpu-a']])], fake, new Set(['ml']))).toEqual([
      { service: 'ml/ray', fakeEndpoints: ['gpu-1 on kwok-gpu-a', 'gpu-2 on kwok-gpu-a'], reason: 'namespace ml is placed on the real node' },
    ]);
  });
});

describe('the real node configuration', () => {
  const paths = nodePaths('unit');
  it('keeps containerd off the system paths, with restrict_oom_score_adj (no CAP_SYS_RESOURCE on these VMs)', () => {
    const toml = containerdConfig(paths, 'mlp.local/node/pause:1', { cniDir: '/usr/lib/cni', runc: '/usr/sbin/runc' });
    expect(toml).toContain('restrict_oom_score_adj = true');
    expect(toml).toContain('sandbox_image = "mlp.local/node/pause:1"');
    expect(toml).not.toMatch(/\/var\/lib\/containerd|\/run\/containerd|\/etc\/cni|\/opt\/cni/);
    for (const key of ['root', 'state', 'address', 'path', 'conf_dir', 'Root']) expect(toml).toMatch(new RegExp(`\\b${key} = "${paths.dir}/`));
  });

  it('gives the kubelet the settings these VMs need (cgroup v1, cgroupfs, swap, imported images) and the cluster DNS', () => {
    const config = kubeletConfig({ paths, nodeName: 'real-node', nodeIp: '192.0.2.2', cgroupRoot: '/mlp-node-unit', caFile: '/ca.crt', serving: { certFile: '/s.crt', keyFile: '/s.key' }, labels: {} });
    expect(config).toMatchObject({
      failCgroupV1: false,
      cgroupDriver: 'cgroupfs',
      failSwapOn: false,
      imagePullCredentialsVerificationPolicy: 'NeverVerify',
      clusterDNS: [clusterDnsIp],
      authentication: { anonymous: { enabled: false }, webhook: { enabled: true }, x509: { clientCAFile: '/ca.crt' } },
      authorization: { mode: 'Webhook' },
      tlsCertFile: '/s.crt',
    });
    for (const key of ['podLogsDir', 'volumePluginDir'] as const) expect(String(config[key])).toMatch(new RegExp(`^${paths.dir}/`));
  });

  it('asks kube-proxy for iptables mode and to leave the host sysctls alone', () => {
    expect(kubeProxyConfig(paths, 'real-node')).toMatchObject({ mode: 'iptables', clusterCIDR: realPodCidr, conntrack: { maxPerCore: 0, min: 0 }, iptables: { localhostNodePorts: false } });
  });

  it('puts the pods on a bridge with host-local IPAM in the real pod range, then portmap', () => {
    const list = JSON.parse(cniConfList(`${paths.dir}/cni/ipam`)) as { plugins: { type: string; ipam?: { type: string; ranges: { subnet: string }[][]; dataDir: string } }[] };
    expect(list.plugins.map((p) => p.type)).toEqual(['bridge', 'portmap']);
    expect(list.plugins[0]!.ipam).toMatchObject({ type: 'host-local', ranges: [[{ subnet: realPodCidr }]], dataDir: `${paths.dir}/cni/ipam` });
  });

  it('places unplaced namespaces on the kwok nodes by default (PodNodeSelector cluster default)', () => {
    expect(parse(admissionConfiguration())).toEqual({
      apiVersion: 'apiserver.config.k8s.io/v1',
      kind: 'AdmissionConfiguration',
      plugins: [{ name: 'PodNodeSelector', configuration: { podNodeSelectorPluginConfig: { clusterDefaultNodeSelector: 'mlp.dev/placement-simulated=true' } } }],
    });
  });
});

describe('undoing the node on the host', () => {
  it('removes the KUBE-, CNI- and MLP- chains and only the rules of other chains that jump to them, as iptables-restore lines', () => {
    const save = [
      '# Generated by iptables-nft-save v1.8.9',
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      ':CNI-abc - [0:0]',
      ':KUBE-SERVICES - [0:0]',
      ':OTHER - [0:0]',
      '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A POSTROUTING -s 10.244.0.2/32 -m comment --comment "name: \\"mlp-pods\\" id: \\"x\\"" -j CNI-abc',
      '-A POSTROUTING -j OTHER',
      '-A CNI-abc -d 10.244.0.0/24 -j ACCEPT',
      '-A OTHER -j RETURN',
      'COMMIT',
      '# Completed',
      '*filter',
      ':INPUT ACCEPT [0:0]',
      '-A INPUT -j ACCEPT',
      'COMMIT',
      '',
    ].join('\n');
    expect(chainRemovalScript(save, ['KUBE-', 'CNI-', 'MLP-'])).toBe(
      [
        '*nat',
        '-D PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
        '-D POSTROUTING -s 10.244.0.2/32 -m comment --comment "name: \\"mlp-pods\\" id: \\"x\\"" -j CNI-abc',
        '-F CNI-abc',
        '-F KUBE-SERVICES',
        '-X CNI-abc',
        '-X KUBE-SERVICES',
        'COMMIT',
        '',
      ].join('\n'),
    );
    expect(chainRemovalScript(save, ['MLP-'])).toBe('');
  });
});

describe('host snapshots', () => {
  it('drop counters and tables that hold no rule and only ACCEPT policies, and keep every rule and user chain', () => {
    const save = [
      '# Generated by iptables-nft-save',
      '*mangle', ':PREROUTING ACCEPT [10:20]', ':OUTPUT ACCEPT [0:0]', 'COMMIT',
      '*filter', ':INPUT ACCEPT [1:2]', ':FORWARD DROP [0:0]', 'COMMIT',
      '*nat', ':PREROUTING ACCEPT [0:0]', ':KUBE-SERVICES - [0:0]', '-A PREROUTING -j KUBE-SERVICES', 'COMMIT', '',
    ].join('\n');
    expect(normalizeIptablesSave(save)).toBe(['*filter', ':INPUT ACCEPT', ':FORWARD DROP', 'COMMIT', '*nat', ':PREROUTING ACCEPT', ':KUBE-SERVICES -', '-A PREROUTING -j KUBE-SERVICES', 'COMMIT'].join('\n'));
  });

  it('read mount points with their octal escapes', () => {
    const info = '36 35 98:0 /mnt1 /mnt/with\\040space rw,noatime master:1 - ext3 /dev/root rw,errors=continue\n40 36 0:5 / /run/netns/cni-1 rw shared:2 - nsfs nsfs rw\n';
    expect(parseMountinfo(info)).toEqual([
      { mountPoint: '/mnt/with space', fsType: 'ext3', source: '/dev/root' },
      { mountPoint: '/run/netns/cni-1', fsType: 'nsfs', source: 'nsfs' },
    ]);
  });
});

describe('the NetworkPolicy engine\'s netfilter queue counters', () => {
  // /proc/net/netfilter/nfnetlink_queue as the kernel prints it (net/netfilter/nfnetlink_queue.c, seq_show).
  const proc = '    0   2210     0 2 65531     0     0        0  1\n  100  31415     3 2 65535    12     4   482913  1\n';

  it('reads waiting, queue-full drops, socket-buffer drops and packets queued, for the queue asked', () => {
    expect(parseQueueCounters(proc, 100)).toEqual({ waiting: 3, queueDropped: 12, userDropped: 4, queued: 482913 });
    expect(parseQueueCounters(proc, 0)).toEqual({ waiting: 0, queueDropped: 0, userDropped: 0, queued: 0 });
  });

  it('a queue no process is bound to has no line', () => {
    expect(parseQueueCounters(proc, 7)).toBeUndefined();
    expect(parseQueueCounters('', 100)).toBeUndefined();
  });
});
