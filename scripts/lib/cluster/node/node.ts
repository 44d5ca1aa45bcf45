import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { type BuiltImage, nodeImages } from '../../images/node-images.ts';
import { info, step } from '../../log.ts';
import { kube, waitFor, waitForServiceAccount } from '../kube.ts';
import { alive, clustersDir, stopProcessGroup } from '../state.ts';
import type { Cluster } from '../types.ts';
import { containerdImages, importNodeImages, nodeProcessPath, startContainerd } from './containerd.ts';
import { deployCoreDns } from './coredns.ts';
import { guardChainPrefix, installEgressGuard } from './guard.ts';
import { createCgroup, removeCgroupTree } from './host/cgroups.ts';
import { removeChains } from './host/iptables.ts';
import { bridgePorts, deleteLink } from './host/links.ts';
import { mounts, unmountUnder } from './host/mounts.ts';
import { killAll, processes } from './host/processes.ts';
import { readSysctls, touchedSysctls, writeSysctl } from './host/sysctls.ts';
import { systemPaths } from './host/system-paths.ts';
import { startKubeProxy, kubeProxyHealthz } from './kube-proxy.ts';
import { startKubelet } from './kubelet.ts';
import { installPolicyQueue, networkPolicyEngineUser, networkPolicyQueue, queueBound, removeNetworkPolicyRules, startNetworkPolicyEngine } from './network-policies.ts';
import { cniConfList, podBridge } from './network.ts';
import { type NodePaths, cgroupRootOf, nodePaths, realNodeName } from './paths.ts';
import { type KeyPair, issueCertificate, writeKubeconfig } from './pki.ts';
import { placeNamespace, placementLabels } from './placement.ts';
import { type RealNodeState, readNodeState, writeNodeState } from './state.ts';

/** The control plane the node joins: its API server URL and the CA that kwokctl made (with its key). */
export interface ControlPlane {
  server: string;
  caCert: string;
  caKey: string;
}

/** The IPv4 address of the interface that holds the default route: the node's InternalIP. */
export function hostIp(): string {
  const routes = readFileSync('/proc/net/route', 'utf8').split('\n').slice(1).map((l) => l.trim().split(/\s+/));
  const iface = routes.find((r) => r[1] === '00000000')?.[0];
  const address = (iface ? networkInterfaces()[iface] : undefined)?.find((a) => a.family === 'IPv4' && !a.internal)?.address;
  if (!address) throw new Error('the real node needs an IPv4 address on the interface of the default route; none found in /proc/net/route');
  return address;
}

const nodeReady = async (cluster: Cluster, name: string) => {
  try {
    const node = await kube(cluster).core.readNode({ name });
    return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
  } catch {
    return false;
  }
};

/** Another cluster whose real node has a live process on this machine. */
function runningRealNodeElsewhere(cluster: string): string | undefined {
  if (!existsSync(clustersDir)) return undefined;
  return readdirSync(clustersDir).find((other) => {
    if (other === cluster || !existsSync(join(clustersDir, other, 'node', 'state.json'))) return false;
    const state = readNodeState(nodePaths(other));
    return Object.values(state?.pids ?? {}).some((pid) => pid !== undefined && alive(pid));
  });
}

/** Is the node of this cluster running (its processes alive and the Node Ready)? */
export async function realNodeRunning(cluster: Cluster): Promise<boolean> {
  const state = readNodeState(nodePaths(cluster.name));
  if (!state) return false;
  return [state.pids.containerd, state.pids.kubelet, state.pids.kubeProxy, state.pids.networkPolicies].every((pid) => pid !== undefined && alive(pid)) && (await nodeReady(cluster, state.nodeName));
}

/**
 * Starts the real node beside the kwok nodes: containerd (+ runc, CNI bridge), the kubelet, kube-proxy,
 * the NetworkPolicy engine (kube-network-policies) and CoreDNS, from the pinned tools and images built
 * here. Every host change is recorded first in the node's state file, so `stopRealNode` can undo it
 * even after a failed start.
 */
export async function startRealNode(cluster: Cluster, controlPlane: ControlPlane): Promise<RealNodeState> {
  const paths = nodePaths(cluster.name);
  const other = runningRealNodeElsewhere(cluster.name);
  if (other) throw new Error(`the real node of cluster ${other} is running: one real node per machine (port 10250, the host's KUBE-* chains). Fix: stop it first (npm run down -- --name ${other}), or start this cluster without a real node (MLP_REAL_NODE=0).`);
  if (readNodeState(paths) || existsSync(paths.dir)) await stopRealNode(cluster.name);
  const images = await step('node images (pause, CoreDNS)', () => nodeImages());
  const state: RealNodeState = {
    nodeName: realNodeName,
    nodeIp: hostIp(),
    cgroupRoot: cgroupRootOf(cluster.name),
    pids: {},
    sysctlsBefore: readSysctls(touchedSysctls),
    absentSystemPaths: systemPaths.filter((p) => !existsSync(p)),
  };
  writeNodeState(paths, state);
  const record = () => writeNodeState(paths, state);
  const env = { PATH: await nodeProcessPath() };
  await step('host: forwarding, bridge netfilter, egress guard, cgroup root', async () => {
    for (const name of ['net.ipv4.ip_forward', 'net.bridge.bridge-nf-call-iptables', 'net.bridge.bridge-nf-call-ip6tables']) if (name in state.sysctlsBefore) writeSysctl(name, '1');
    await installEgressGuard();
    createCgroup(state.cgroupRoot);
  });
  mkdirSync(paths.cni.confDir, { recursive: true });
  writeFileSync(join(paths.cni.confDir, '10-mlp-pods.conflist'), cniConfList(paths.cni.ipamDir));
  await step('start containerd', async () => {
    state.pids.containerd = await startContainerd(paths, images.pause.ref, env);
    record();
  });
  await importNodeImages(paths, [images.pause, images.coredns]);
  const serving = await step('node certificates and kubeconfigs', () => issueNodeCredentials(paths, state, controlPlane));
  await step(`start kubelet (node ${state.nodeName}, ${state.nodeIp}) and wait for the Node to be Ready`, async () => {
    state.pids.kubelet = await startKubelet(
      { paths, nodeName: state.nodeName, nodeIp: state.nodeIp, cgroupRoot: state.cgroupRoot, caFile: controlPlane.caCert, serving, labels: { [placementLabels.real]: 'true', type: 'real' } },
      env,
    );
    record();
    await waitFor(`node ${state.nodeName} to be Ready`, async () => ((await nodeReady(cluster, state.nodeName)) ? true : undefined), {
      timeoutMs: 120_000,
      describe: async () => `see ${join(paths.logs, 'kubelet.log')}`,
    });
  });
  await step('start kube-proxy (iptables mode)', async () => {
    state.pids.kubeProxy = await startKubeProxy(paths, state.nodeName, env);
    record();
    await waitFor('kube-proxy to answer /livez', async () => ((await fetch(`http://${kubeProxyHealthz}/livez`, { signal: AbortSignal.timeout(2000) })).ok ? true : undefined), {
      timeoutMs: 60_000,
      describe: async () => `see ${join(paths.logs, 'kube-proxy.log')}`,
    });
  });
  await step('start kube-network-policies (NetworkPolicy verdicts for the pods\' new connections, netfilter queue)', async () => {
    state.pids.networkPolicies = await startNetworkPolicyEngine(cluster, paths, state.nodeName, env);
    record();
    await waitFor(`kube-network-policies to read queue ${networkPolicyQueue}`, async () => (queueBound(networkPolicyQueue) ? true : undefined), {
      timeoutMs: 60_000,
      describe: async () => `see ${join(paths.logs, 'kube-network-policies.log')}`,
    });
    await installPolicyQueue();
  });
  const k = kube(cluster);
  await step('CoreDNS in kube-system (Service kube-dns)', async () => {
    await placeNamespace(k, 'kube-system', 'real');
    await waitForServiceAccount(k, 'kube-system');
    await deployCoreDns(cluster, k, images.coredns.ref);
  });
  info(`  real node ${state.nodeName} (${state.nodeIp}): images ${(await containerdImages(paths)).filter((ref) => !ref.startsWith('sha256:')).join(', ')}`);
  return state;
}

/**
 * Certificates from the cluster CA: the kubelet's serving certificate (node name and IP), its client
 * certificate as `system:node:<node>` (Node authorizer) and kube-proxy's as `system:kube-proxy` (bound
 * to system:node-proxier by default), with a kubeconfig each. Returns the serving pair.
 */
async function issueNodeCredentials(paths: NodePaths, state: RealNodeState, controlPlane: ControlPlane): Promise<KeyPair> {
  mkdirSync(paths.pki, { recursive: true });
  const ca = { certFile: controlPlane.caCert, keyFile: controlPlane.caKey };
  const nodeUser = `system:node:${state.nodeName}`;
  const serving = await issueCertificate(ca, paths.pki, 'kubelet-serving', { commonName: state.nodeName, usage: 'server', dnsNames: [state.nodeName, 'localhost'], ips: [state.nodeIp, '127.0.0.1'] });
  const kubeletClient = await issueCertificate(ca, paths.pki, 'kubelet-client', { commonName: nodeUser, organizations: ['system:nodes'], usage: 'client' });
  const proxyClient = await issueCertificate(ca, paths.pki, 'kube-proxy-client', { commonName: 'system:kube-proxy', usage: 'client' });
  const policyClient = await issueCertificate(ca, paths.pki, 'kube-network-policies-client', { commonName: networkPolicyEngineUser, usage: 'client' });
  for (const file of [paths.kubelet.kubeconfig, paths.kubeProxy.kubeconfig, paths.networkPolicies.kubeconfig]) mkdirSync(dirname(file), { recursive: true });
  writeKubeconfig(paths.kubelet.kubeconfig, { server: controlPlane.server, caFile: controlPlane.caCert, user: nodeUser, pair: kubeletClient });
  writeKubeconfig(paths.kubeProxy.kubeconfig, { server: controlPlane.server, caFile: controlPlane.caCert, user: 'system:kube-proxy', pair: proxyClient });
  writeKubeconfig(paths.networkPolicies.kubeconfig, { server: controlPlane.server, caFile: controlPlane.caCert, user: networkPolicyEngineUser, pair: policyClient });
  return serving;
}

/** Imports image archives into the real node's containerd (pods then run them without a pull). */
export async function importIntoRealNode(cluster: Cluster, images: BuiltImage[]): Promise<void> {
  await importNodeImages(nodePaths(cluster.name), images);
}

/** Processes the node left: its container processes (in its cgroup root) and containerd shims on its socket. */
function nodeProcesses(paths: NodePaths, cgroupRoot: string): number[] {
  return processes()
    .filter((p) => p.pid !== process.pid && (p.cgroups.some((c) => c === cgroupRoot || c.startsWith(`${cgroupRoot}/`)) || (p.exe.startsWith('containerd-shim') && p.cmdline.includes(paths.containerd.socket))))
    .map((p) => p.pid);
}

/**
 * Undoes everything the node did on the host, whatever state a start reached: stops the kubelet,
 * kube-proxy and the NetworkPolicy engine (and deletes its nftables table), kills the containers and shims, stops containerd, removes the KUBE-*, CNI-* and
 * MLP-* chains (IPv4 and IPv6), unmounts everything under the node directory (container rootfs,
 * netns, shm, volumes), deletes the pod bridge and veths, removes the pods' cgroups, restores the
 * sysctls, removes system paths that were absent before, then the node directory.
 */
export async function stopRealNode(clusterName: string): Promise<void> {
  const paths = nodePaths(clusterName);
  const state = readNodeState(paths);
  if (!state && !existsSync(paths.dir)) return;
  const cgroupRoot = state?.cgroupRoot ?? cgroupRootOf(clusterName);
  await step(`stop real node of ${clusterName} and undo its host changes`, async () => {
    for (const pid of [state?.pids.kubelet, state?.pids.kubeProxy]) if (pid) await stopProcessGroup(pid, 5000);
    // The engine's grace period (5 s) removes its nftables table; --cleanup removes it after a crash too.
    if (state?.pids.networkPolicies) {
      await stopProcessGroup(state.pids.networkPolicies, 10_000);
      await removeNetworkPolicyRules();
    }
    await killAll(nodeProcesses(paths, cgroupRoot));
    if (state?.pids.containerd) await stopProcessGroup(state.pids.containerd, 5000);
    await killAll(nodeProcesses(paths, cgroupRoot));
    for (const family of [4, 6] as const) await removeChains(family, ['KUBE-', 'CNI-', guardChainPrefix]);
    await unmountUnder(paths.dir);
    for (const port of bridgePorts(podBridge)) await deleteLink(port);
    await deleteLink(podBridge);
    const busy = removeCgroupTree(cgroupRoot);
    if (busy.length) throw new Error(`cgroups still in use after killing the node's processes: ${busy.join(', ')}`);
    if (state) {
      const now = readSysctls(Object.keys(state.sysctlsBefore));
      for (const [name, value] of Object.entries(state.sysctlsBefore)) if (now[name] !== value) writeSysctl(name, value);
      for (const path of state.absentSystemPaths.filter(existsSync)) {
        await unmountUnder(path);
        rmSync(path, { recursive: true, force: true });
      }
    }
    const left = mounts().filter((m) => m.mountPoint === paths.dir || m.mountPoint.startsWith(`${paths.dir}/`));
    if (left.length) throw new Error(`mounts remain under ${paths.dir} (not deleting it): ${left.map((m) => m.mountPoint).join(', ')}`);
    rmSync(paths.dir, { recursive: true, force: true });
  });
}
