import type { TestProject } from 'vitest/node';
import { startCluster, stopCluster } from '../../scripts/lib/cluster/platform.ts';
import type { ClusterState } from '../../scripts/lib/cluster/state.ts';
import type { Cluster } from '../../scripts/lib/cluster/types.ts';
import { toolkitOperatorNamespaces } from './operator-namespaces.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cluster: Cluster;
  }
}

let state: ClusterState | undefined;

/**
 * One cluster for the whole run: MLP_CLUSTER_PROVIDER (local by default; kind on users' CI; current
 * with MLP_CLUSTER_CONTEXT), the pinned CRDs (scripts/lib/tools/crds.ts), the KubeRay operator (for the
 * namespaces of operator-namespaces.ts). The teardown stops all
 * of it even when tests fail; MLP_KEEP_CLUSTER=1 leaves it running to look at (then `npm run down -- --name mlp-test`, or the MLP_CLUSTER_NAME name).
 */
export async function setup(project: TestProject): Promise<void> {
  state = await startCluster({
    provider: process.env.MLP_CLUSTER_PROVIDER ?? 'local',
    context: process.env.MLP_CLUSTER_CONTEXT,
    // MLP_CLUSTER_NAME: a cluster of another name, so that two runs on one machine do not share (and stop) one
    // (only one of them may run the real node).
    name: process.env.MLP_CLUSTER_CONTEXT ? undefined : (process.env.MLP_CLUSTER_NAME ?? 'mlp-test'),
    operatorWatchNamespaces: toolkitOperatorNamespaces(),
  });
  project.provide('cluster', state.cluster);
}

export async function teardown(): Promise<void> {
  if (state && process.env.MLP_KEEP_CLUSTER !== '1') await stopCluster(state);
}
