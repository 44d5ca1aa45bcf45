import { existsSync } from 'node:fs';
import { step } from '../log.ts';
import { crdsDir } from '../tools/crds.ts';
import { installCrds } from './crds.ts';
import { stopMonitoring } from './monitoring/stack.ts';
import { type OperatorProcess, operatorRunning, startOperator, stopOperator } from './operator.ts';
import { pickProvider, providers } from './providers.ts';
import { type ClusterState, clearState, readState, writeState } from './state.ts';
import type { Cluster, ProviderName } from './types.ts';

export interface ClusterOptions {
  provider?: string;
  name?: string;
  context?: string;
  /** Directory of CRDs to install (default: MLP_CRDS_DIR, else the pinned set from the Go modules, scripts/lib/tools/crds.ts). */
  crds?: string;
  /** Run the KubeRay operator binary against the cluster (default: yes, except on `current`). */
  operator?: boolean;
  /** Namespaces that operator watches (default: every namespace). */
  operatorWatchNamespaces?: string[];
}

/**
 * A cluster ready for the charts: started (or reused), CRDs installed, the KubeRay operator running.
 * Records what it started in the cluster's state file, so `down` can stop exactly that.
 */
export async function startCluster(opts: ClusterOptions): Promise<ClusterState> {
  const provider = await pickProvider(opts.context ? 'current' : opts.provider ?? 'local');
  const name = opts.name ?? (provider.name === 'current' ? undefined : 'mlp');
  const cluster: Cluster = await provider.start({ name, context: opts.context });
  const previous = readState(cluster.name);
  const state: ClusterState = { ...previous, cluster, created: provider.name !== 'current' };
  writeState(state);
  const crds = opts.crds ?? (await crdsDir());
  if (!existsSync(crds)) throw new Error(`step "CRDs" failed: no CRD directory at ${crds}. Fix: pass --crds DIR (or MLP_CRDS_DIR) naming a directory of CRDs, or neither to use the pinned set`);
  await step(`CRDs from ${crds}`, () => installCrds(cluster, crds));
  if (opts.operator ?? provider.name !== 'current') {
    if (await operatorRunning(previous?.operator)) {
      await step(`reuse KubeRay operator (pid ${previous!.operator!.pid})`, async () => undefined);
    } else {
      state.operator = await startOperator(cluster, { watchNamespaces: opts.operatorWatchNamespaces });
      writeState(state);
    }
  }
  return state;
}

/** Stops what startCluster and up started: the operator processes, then the cluster (if we created it). */
export async function stopCluster(state: ClusterState, opts: { keepCluster?: boolean } = {}): Promise<void> {
  const op: OperatorProcess | undefined = state.operator;
  if (op) await step(`stop KubeRay operator (pid ${op.pid})`, () => stopOperator(op));
  const monitoring = state.monitoring;
  if (monitoring) await step(`stop prometheus-operator (pid ${monitoring.pid})`, () => stopMonitoring(monitoring));
  if (state.created && !opts.keepCluster) await providers[state.cluster.provider as ProviderName].stop(state.cluster);
  clearState(state.cluster.name);
}
