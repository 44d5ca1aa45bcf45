import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { step } from '../log.ts';
import { kubernetesVersion } from '../tools/catalog.ts';
import { type ToolName, run, runOrThrow, toolBinary, toolPath } from '../tools/index.ts';
import { ensureNode, kube, reachable, waitFor } from './kube.ts';
import { apiServiceIp, realNodeApiServerPort, serviceCidr } from './node/network.ts';
import { type ControlPlane, realNodeRunning, startRealNode, stopRealNode } from './node/node.ts';
import { admissionConfiguration, fakeNodeAnnotation } from './node/placement.ts';
import { localNodes, nodeManifest } from './nodes.ts';
import { clusterDir, clustersDir } from './state.ts';
import { ensureVolumePool, recycleReleasedVolumes, removeVolumes, volumesDir } from './storage.ts';
import type { Cluster, Provider, StartOptions } from './types.ts';

const stagesFile = join(dirname(fileURLToPath(import.meta.url)), 'kwok', 'stages.yaml');
/** kwokctl keeps each cluster (pids, logs, etcd data, pki) under <workdir>/clusters/<name>. */
export const kwokWorkdir = join(clustersDir, 'kwok');
const env = { KWOK_WORKDIR: kwokWorkdir };
/** kwokctl's directory of one cluster (its pids, logs, etcd data, pki). */
export const kwokClusterDir = (name: string) => join(kwokWorkdir, 'clusters', name);
const pkiDir = (name: string) => join(kwokClusterDir(name), 'pki');

/** `MLP_REAL_NODE=0` starts the local cluster with kwok nodes only (no containerd, kubelet, kube-proxy, CoreDNS). */
export function realNodeWanted(opts: StartOptions): boolean {
  return opts.realNode ?? process.env.MLP_REAL_NODE !== '0';
}

const arg = (key: string, value: string, override = false) => ({ key, value, override });

/**
 * kwokctl's binary runtime, patched for a real node beside the kwok nodes: a Service range apart
 * from kwok's pod IPs (its first IP in the API server certificate), the API server on 6443 (with the
 * real node: realNodeApiServerPort), the API server reaching kubelets
 * by InternalIP with a client certificate and checking their serving certificates against the
 * cluster CA, PodNodeSelector admission (namespace placement, node/placement.ts), and kwok-controller
 * managing only the nodes annotated as fake, never the real one.
 */
async function kwokctlConfig(name: string, withRealNode: boolean): Promise<string> {
  const pki = pkiDir(name);
  const admissionFile = join(clusterDir(name), 'admission.yaml');
  writeFileSync(admissionFile, admissionConfiguration());
  const options = {
    runtime: 'binary',
    kubeVersion: `v${kubernetesVersion}`,
    // Secure port, RBAC and the default admission plugins (PodSecurity among them).
    kubeAuthorization: true,
    kubeAdmission: true,
    kubeApiserverCertSANs: [apiServiceIp],
    ...(withRealNode ? { kubeApiserverPort: realNodeApiServerPort } : {}),
    etcdBinary: await toolPath('etcd'),
    kubeApiserverBinary: await toolPath('kubernetes'),
    kubeControllerManagerBinary: await toolBinary('kubernetes', 'kube-controller-manager'),
    kubeSchedulerBinary: await toolBinary('kubernetes', 'kube-scheduler'),
    kwokControllerBinary: await toolBinary('kwok', 'kwok'),
    kubectlBinary: await toolPath('kubectl'),
  };
  const componentsPatches = [
    {
      name: 'kube-apiserver',
      extraArgs: [
        arg('service-cluster-ip-range', serviceCidr),
        arg('kubelet-preferred-address-types', 'InternalIP,Hostname'),
        arg('kubelet-client-certificate', join(pki, 'admin.crt')),
        arg('kubelet-client-key', join(pki, 'admin.key')),
        arg('kubelet-certificate-authority', join(pki, 'ca.crt')),
        arg('enable-admission-plugins', 'PodNodeSelector'),
        arg('admission-control-config-file', admissionFile),
      ],
    },
    // Its FlexVolume directory defaults to /usr/libexec/kubernetes/..., which it creates: keep it in the cluster's directory.
    { name: 'kube-controller-manager', extraArgs: [arg('service-cluster-ip-range', serviceCidr), arg('flex-volume-plugin-dir', join(clusterDir(name), 'flexvolume'))] },
    {
      name: 'kwok-controller',
      extraArgs: [arg('manage-all-nodes', 'false', true), arg('manage-nodes-with-annotation-selector', `${fakeNodeAnnotation.key}=${fakeNodeAnnotation.value}`)],
    },
  ];
  const config = stringify({ kind: 'KwokctlConfiguration', apiVersion: 'config.kwok.x-k8s.io/v1alpha1', options, componentsPatches });
  return `${config}---\n${readFileSync(stagesFile, 'utf8')}`;
}

const controlPlaneTools: ToolName[] = ['kubectl', 'kwok', 'etcd', 'kubernetes'];
const realNodeTools: ToolName[] = ['containerd', 'runc', 'cni', 'iptables', 'ip', 'umount', 'umoci', 'tar', 'ctr', 'pause', 'coredns', 'kube-network-policies'];

/** The provisioned binaries, in build order (cheapest first); a fresh machine builds them once (10-16 min on 2 cores). */
export async function provisionLocalTools(withRealNode = true): Promise<void> {
  for (const tool of [...controlPlaneTools, ...(withRealNode ? realNodeTools : [])]) await step(`tool ${tool}`, () => toolPath(tool));
}

const kubeconfigOf = (name: string) => join(clusterDir(name), 'kubeconfig');
/** The local cluster of a name, as the provider hands it out. */
const localCluster = (name: string): Cluster => ({ provider: 'local', name, kubeconfig: kubeconfigOf(name), context: `kwok-${name}` });

/** The API server URL and CA of a kwokctl cluster, for the real node's kubeconfigs and certificates. */
function controlPlaneOf(cluster: Cluster): ControlPlane {
  const config = parse(readFileSync(cluster.kubeconfig, 'utf8')) as { clusters: { cluster: { server: string } }[] };
  const pki = pkiDir(cluster.name);
  return { server: config.clusters[0]!.cluster.server, caCert: join(pki, 'ca.crt'), caKey: join(pki, 'ca.key') };
}

/**
 * `local`: real etcd, kube-apiserver, kube-controller-manager and kube-scheduler as processes on this
 * machine (kwokctl's binary runtime), kwok nodes whose pods are simulated, and one real node
 * (containerd, kubelet, kube-proxy, CoreDNS) whose pods run. No Docker needed.
 */
export const localProvider: Provider = {
  name: 'local',
  async unavailable() {
    return process.platform === 'linux' ? undefined : 'the local provider runs the control plane binaries on Linux only';
  },
  async start(opts: StartOptions): Promise<Cluster> {
    const name = opts.name ?? 'mlp';
    const withRealNode = realNodeWanted(opts);
    await provisionLocalTools(withRealNode);
    const cluster = localCluster(name);
    if (existsSync(cluster.kubeconfig) && (await reachable(kube(cluster)))) {
      await step(`reuse local cluster ${name} (already running)`, async () => undefined);
    } else {
      // A cluster left stopped (machine restarted) or half-created: start from scratch, it takes seconds.
      await stopRealNode(name);
      await run('kwok', ['--name', name, 'delete', 'cluster'], { env });
      // A new etcd means new, unclaimed volumes: nothing of an earlier cluster's data may reach them.
      removeVolumes(name);
      const configFile = join(clusterDir(name), 'kwokctl.yaml');
      writeFileSync(configFile, await kwokctlConfig(name, withRealNode));
      await step(`start local cluster ${name} (etcd, kube-apiserver, controller-manager, scheduler, kwok; Kubernetes ${kubernetesVersion})`, () =>
        runOrThrow('kwok', ['--name', name, 'create', 'cluster', '--config', configFile, '--kubeconfig', cluster.kubeconfig, '--wait', '2m'], { env }),
      );
    }
    const k = kube(cluster);
    await step(`kwok nodes (${localNodes.map((n) => n.name).join(', ')}) ready`, async () => {
      for (const n of localNodes) await ensureNode(k, nodeManifest(n));
      await waitFor('the kwok nodes to be Ready', async () => {
        const nodes = (await k.core.listNode()).items;
        const ready = nodes.filter((n) => n.metadata?.annotations?.[fakeNodeAnnotation.key] === fakeNodeAnnotation.value && n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
        return ready.length >= localNodes.length ? true : undefined;
      }, { timeoutMs: 60_000 });
    });
    if (withRealNode) {
      const apiIp = (await k.core.readNamespacedService({ name: 'kubernetes', namespace: 'default' })).spec?.clusterIP;
      if (apiIp !== apiServiceIp) throw new Error(`local cluster ${name} runs with the Service range of an older toolkit (kubernetes Service at ${apiIp}, not ${apiServiceIp}): it cannot take a real node. Fix: npm run down${name === 'mlp' ? '' : ` -- --name ${name}`}, then start it again.`);
      if (await realNodeRunning(cluster)) await step('reuse the real node (already running)', async () => undefined);
      else {
        try {
          await startRealNode(cluster, controlPlaneOf(cluster));
        } catch (error) {
          // Undo what the half-started node changed on the host before reporting the failure.
          await stopRealNode(name).catch(() => undefined);
          throw error;
        }
      }
    }
    await step(`default StorageClass and volume pool (PVCs bind for real, no driver; directories under ${volumesDir(name)})`, async () => {
      await ensureVolumePool(k, volumesDir(name));
      await recycleReleasedVolumes(k);
    });
    return cluster;
  },
  async stop(cluster: Cluster): Promise<void> {
    await stopRealNode(cluster.name);
    await step(`delete local cluster ${cluster.name} (stops its processes)`, () => runOrThrow('kwok', ['--name', cluster.name, 'delete', 'cluster'], { env }));
    removeVolumes(cluster.name);
  },
};

/** Does kwokctl hold a local cluster of this name (its processes, logs, etcd data)? */
export function localClusterExists(name: string): boolean {
  return existsSync(kwokClusterDir(name));
}

/**
 * Stops a local cluster that no state file records: a start that failed before recording it (the real
 * node's host changes, then kwokctl's processes and files, then the volume directories).
 */
export async function stopUnrecordedLocalCluster(name: string): Promise<boolean> {
  if (!localClusterExists(name)) {
    await stopRealNode(name);
    return false;
  }
  await localProvider.stop(localCluster(name));
  return true;
}
