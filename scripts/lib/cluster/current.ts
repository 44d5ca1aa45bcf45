import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { kube, reachable } from './kube.ts';
import type { Cluster, Provider, StartOptions } from './types.ts';

/** The kubeconfig kubectl would use: the first file of KUBECONFIG, else ~/.kube/config. */
function defaultKubeconfig(): string {
  return (process.env.KUBECONFIG ?? '').split(':').find(Boolean) ?? join(homedir(), '.kube', 'config');
}

/** `current`: an existing cluster through a kubeconfig context. Nothing is created, so `stop` deletes nothing. */
export const currentProvider: Provider = {
  name: 'current',
  async unavailable() {
    return existsSync(defaultKubeconfig()) ? undefined : `no kubeconfig at ${defaultKubeconfig()}`;
  },
  async start(opts: StartOptions): Promise<Cluster> {
    const kubeconfig = defaultKubeconfig();
    const config = new KubeConfig();
    config.loadFromFile(kubeconfig);
    const context = opts.context ?? config.getCurrentContext();
    if (!config.getContextObject(context)) throw new Error(`context ${context} is not in ${kubeconfig} (contexts: ${config.getContexts().map((c) => c.name).join(', ')})`);
    const cluster: Cluster = { provider: 'current', name: opts.name ?? context, kubeconfig, context };
    if (!(await reachable(kube(cluster)))) throw new Error(`the API server of context ${context} does not answer`);
    return cluster;
  },
  async stop() {},
};
