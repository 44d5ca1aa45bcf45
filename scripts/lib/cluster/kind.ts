import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { step } from '../log.ts';
import { run, runOrThrow } from '../tools/index.ts';
import { kube, reachable } from './kube.ts';
import { clusterDir } from './state.ts';
import type { Cluster, Provider, StartOptions } from './types.ts';

/** `kind`: a Kubernetes node in a Docker container (users' CI; needs Docker and kind on PATH). Pods really run. */
export const kindProvider: Provider = {
  name: 'kind',
  async unavailable() {
    try {
      const docker = await run('docker', ['info', '--format', '{{.ServerVersion}}']);
      if (docker.code !== 0) return `docker does not answer: ${(docker.stderr || docker.stdout).trim()}`;
      const kind = await run('kind', ['version']);
      if (kind.code !== 0) return `kind does not run: ${kind.stderr.trim()}`;
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  },
  async start(opts: StartOptions): Promise<Cluster> {
    const name = opts.name ?? 'mlp';
    const cluster: Cluster = { provider: 'kind', name, kubeconfig: join(clusterDir(name), 'kubeconfig'), context: `kind-${name}` };
    const existing = (await runOrThrow('kind', ['get', 'clusters'])).split('\n').map((l) => l.trim());
    if (existing.includes(name)) {
      await runOrThrow('kind', ['export', 'kubeconfig', '--name', name, '--kubeconfig', cluster.kubeconfig]);
      if (existsSync(cluster.kubeconfig) && (await reachable(kube(cluster)))) return cluster;
    }
    await step(`create kind cluster ${name}`, () => runOrThrow('kind', ['create', 'cluster', '--name', name, '--kubeconfig', cluster.kubeconfig, '--wait', '3m']));
    return cluster;
  },
  async stop(cluster: Cluster): Promise<void> {
    await step(`delete kind cluster ${cluster.name}`, () => runOrThrow('kind', ['delete', 'cluster', '--name', cluster.name]));
  },
};
