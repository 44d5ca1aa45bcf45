import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { step } from '../log.ts';
import { kubernetesVersion } from '../tools/catalog.ts';
import { run, runOrThrow, toolBinary, toolPath } from '../tools/index.ts';
import { ensureNode, kube, reachable, waitFor } from './kube.ts';
import { localNodes, nodeManifest } from './nodes.ts';
import { clusterDir, clustersDir } from './state.ts';
import { ensureVolumePool, recycleReleasedVolumes } from './storage.ts';
import type { Cluster, Provider, StartOptions } from './types.ts';

const stagesFile = join(dirname(fileURLToPath(import.meta.url)), 'kwok', 'stages.yaml');
/** kwokctl keeps each cluster (pids, logs, etcd data) under <workdir>/clusters/<name>. */
export const kwokWorkdir = join(clustersDir, 'kwok');
const env = { KWOK_WORKDIR: kwokWorkdir };

async function kwokctlConfig(): Promise<string> {
  const options = {
    runtime: 'binary',
    kubeVersion: `v${kubernetesVersion}`,
    // Secure port, RBAC and the default admission plugins (PodSecurity among them).
    kubeAuthorization: true,
    kubeAdmission: true,
    etcdBinary: await toolPath('etcd'),
    kubeApiserverBinary: await toolPath('kubernetes'),
    kubeControllerManagerBinary: await toolBinary('kubernetes', 'kube-controller-manager'),
    kubeSchedulerBinary: await toolBinary('kubernetes', 'kube-scheduler'),
    kwokControllerBinary: await toolBinary('kwok', 'kwok'),
    kubectlBinary: await toolPath('kubectl'),
  };
  const config = stringify({ kind: 'KwokctlConfiguration', apiVersion: 'config.kwok.x-k8s.io/v1alpha1', options });
  return `${config}---\n${readFileSync(stagesFile, 'utf8')}`;
}

/** The provisioned binaries, in build order (cheapest first); a fresh machine builds them once (10-16 min on 2 cores). */
export async function provisionLocalTools(): Promise<void> {
  for (const tool of ['kubectl', 'kwok', 'etcd', 'kubernetes'] as const) await step(`tool ${tool}`, () => toolPath(tool));
}

const kubeconfigOf = (name: string) => join(clusterDir(name), 'kubeconfig');

/**
 * `local`: real etcd, kube-apiserver, kube-controller-manager and kube-scheduler as processes on this
 * machine (kwokctl's binary runtime), nodes and pod status simulated by kwok. No Docker needed.
 */
export const localProvider: Provider = {
  name: 'local',
  async unavailable() {
    return process.platform === 'linux' ? undefined : 'the local provider runs the control plane binaries on Linux only';
  },
  async start(opts: StartOptions): Promise<Cluster> {
    const name = opts.name ?? 'mlp';
    await provisionLocalTools();
    const cluster: Cluster = { provider: 'local', name, kubeconfig: kubeconfigOf(name), context: `kwok-${name}` };
    if (existsSync(cluster.kubeconfig) && (await reachable(kube(cluster)))) {
      await step(`reuse local cluster ${name} (already running)`, async () => undefined);
    } else {
      // A cluster left stopped (machine restarted) or half-created: start from scratch, it takes seconds.
      await run('kwok', ['--name', name, 'delete', 'cluster'], { env });
      const configFile = join(clusterDir(name), 'kwokctl.yaml');
      writeFileSync(configFile, await kwokctlConfig());
      await step(`start local cluster ${name} (etcd, kube-apiserver, controller-manager, scheduler, kwok; Kubernetes ${kubernetesVersion})`, () =>
        runOrThrow('kwok', ['--name', name, 'create', 'cluster', '--config', configFile, '--kubeconfig', cluster.kubeconfig, '--wait', '2m'], { env }),
      );
    }
    const k = kube(cluster);
    await step(`nodes (${localNodes.map((n) => n.name).join(', ')}) ready`, async () => {
      for (const n of localNodes) await ensureNode(k, nodeManifest(n));
      await waitFor('the kwok nodes to be Ready', async () => {
        const nodes = (await k.core.listNode()).items;
        const ready = nodes.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
        return ready.length >= localNodes.length ? true : undefined;
      }, { timeoutMs: 60_000 });
    });
    await step('default StorageClass and volume pool (PVCs bind for real, no driver)', async () => {
      await ensureVolumePool(k);
      await recycleReleasedVolumes(k);
    });
    return cluster;
  },
  async stop(cluster: Cluster): Promise<void> {
    await step(`delete local cluster ${cluster.name} (stops its processes)`, () => runOrThrow('kwok', ['--name', cluster.name, 'delete', 'cluster'], { env }));
  },
};
