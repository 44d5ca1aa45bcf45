import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureNamespace, kube, reachable, waitFor, waitForServiceAccount } from '../../scripts/lib/cluster/kube.ts';
import { down } from '../../scripts/lib/cluster/down.ts';
import { kwokClusterDir, localClusterExists, localProvider, realNodeWanted } from '../../scripts/lib/cluster/local.ts';
import { readState } from '../../scripts/lib/cluster/state.ts';
import { processes } from '../../scripts/lib/cluster/node/host/processes.ts';
import { podBridge } from '../../scripts/lib/cluster/node/network.ts';
import { cgroupRootOf, nodePaths } from '../../scripts/lib/cluster/node/paths.ts';
import { placeNamespace } from '../../scripts/lib/cluster/node/placement.ts';
import { hostSnapshot } from '../../scripts/lib/cluster/node/snapshot.ts';
import { volumesDir } from '../../scripts/lib/cluster/storage.ts';
import type { Cluster } from '../../scripts/lib/cluster/types.ts';
import { busyboxImage, waitPodReady, webScript } from '../cluster/real-pods.ts';

const localRun = (process.env.MLP_CLUSTER_PROVIDER ?? 'local') === 'local' && !process.env.MLP_CLUSTER_CONTEXT && realNodeWanted({});
const name = 'mlp-host-test';

/**
 * A pod that makes the node touch everything it can: a hostPort (CNI portmap chains), an emptyDir and
 * a token volume (mounts), a Service (kube-proxy chains), a PVC of the volume pool (a directory under
 * the cluster's directory). Returns the pool volume's directory, where the pod wrote a file.
 */
async function exercise(cluster: Cluster): Promise<string> {
  const k = kube(cluster);
  const namespace = 't-host';
  await ensureNamespace(k, namespace);
  await placeNamespace(k, namespace, 'real');
  await waitForServiceAccount(k, namespace);
  const image = await busyboxImage(cluster);
  await k.core.createNamespacedPersistentVolumeClaim({ namespace, body: { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } });
  await k.core.createNamespacedPod({
    namespace,
    body: {
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'main',
            image,
            command: ['/bin/busybox', 'sh', '-c', `echo kept > /data/written-by-pod && ${webScript}`],
            env: [{ name: 'POD_NAME', value: 'web' }],
            ports: [{ containerPort: 8080, hostPort: 18080 }],
            readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 1 },
            volumeMounts: [{ name: 'www', mountPath: '/www' }, { name: 'data', mountPath: '/data' }],
          },
        ],
        volumes: [{ name: 'www', emptyDir: {} }, { name: 'data', persistentVolumeClaim: { claimName: 'data' } }],
      },
    },
  });
  await k.core.createNamespacedService({ namespace, body: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } } });
  await waitPodReady(k, namespace, 'web');
  // The hostPort answers on the node's address: portmap's DNAT is in place.
  const body = await waitFor('the hostPort to answer', async () => (await fetch(`http://${(await k.core.readNode({ name: 'real-node' })).status?.addresses?.find((a) => a.type === 'InternalIP')?.address}:18080/`)).text(), { timeoutMs: 30_000 });
  expect(body).toBe('hello from web\n');
  const pv = (await k.core.readNamespacedPersistentVolumeClaim({ name: 'data', namespace })).spec?.volumeName;
  return (await k.core.readPersistentVolume({ name: pv! })).spec!.hostPath!.path;
}

describe.runIf(localRun)('the local provider with its real node', () => {
  it('stops leaving the host as it found it: iptables chains, nftables tables, links, mounts, node processes, cgroups, sysctls, system paths, volume directories', async () => {
    const before = await hostSnapshot();
    const cluster = await localProvider.start({ name });
    let during;
    let volume = '';
    try {
      volume = await exercise(cluster);
      during = await hostSnapshot();
      // The pod's PVC is a real directory on this machine, under the cluster's directory.
      expect(volume.startsWith(`${volumesDir(name)}/`)).toBe(true);
      expect(readFileSync(join(volume, 'written-by-pod'), 'utf8')).toBe('kept\n');
    } finally {
      await localProvider.stop(cluster);
    }
    const after = await hostSnapshot();

    // The snapshot sees what the node did (so the comparison below can fail) ...
    expect(during.links).toContain(podBridge);
    expect(during.links.some((l) => l.startsWith('veth'))).toBe(true);
    expect(during.iptables).toMatch(/^:KUBE-SERVICES /m);
    expect(during.iptables).toMatch(/^:CNI-HOSTPORT-DNAT /m);
    expect(during.iptables).toMatch(/^:MLP-POD-EGRESS /m);
    expect(during.iptables).toMatch(/^:MLP-NETWORK-POLICIES /m);
    expect(during.mountPoints.filter((m) => m.startsWith(nodePaths(name).dir)).length).toBeGreaterThan(3);
    expect(during.nodeProcesses.map((p) => p.split(' ')[1])).toEqual(expect.arrayContaining(['containerd', 'containerd-shim-runc-v2', 'kubelet', 'kube-proxy', 'kube-network-policies', 'coredns', 'pause']));
    expect(during.cgroups.some((c) => c.endsWith(cgroupRootOf(name)))).toBe(true);
    expect(during.sysctls['net.ipv4.ip_forward']).toBe('1');
    expect(during.systemPaths).toEqual(expect.arrayContaining(['/var/log/containers', '/run/containerd']));
    // ... and after stop the host is back to where it was.
    expect(after).toEqual(before);
    expect(existsSync(volumesDir(name))).toBe(false);
  });
});

/** The processes whose command line names a directory (kwokctl's components run from the cluster's directory). */
function processesUnder(dir: string): string[] {
  return processes()
    .filter((p) => p.cmdline.join(' ').includes(dir))
    .map((p) => `${p.pid} ${p.exe}`);
}

describe.runIf(localRun)('down after a start that failed before recording its cluster', () => {
  it('stops the control plane kwokctl started and removes its files (down used to say "nothing recorded" and leave them running)', async () => {
    const unrecorded = 'mlp-host-unrecorded';
    // The provider's start alone: what `up` leaves when a later step of the start fails (no state file).
    const cluster = await localProvider.start({ name: unrecorded, realNode: false });
    const dir = kwokClusterDir(unrecorded);
    expect(readState(unrecorded)).toBeUndefined();
    expect(await reachable(kube(cluster))).toBe(true);
    expect(processesUnder(dir).length).toBeGreaterThan(0);
    expect(await down(unrecorded)).toBe('stopped-unrecorded');
    expect(await down(unrecorded)).toBe('nothing');
    expect(localClusterExists(unrecorded)).toBe(false);
    expect(processesUnder(dir)).toEqual([]);
  });
});
