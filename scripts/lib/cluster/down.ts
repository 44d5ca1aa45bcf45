import { stopUnrecordedLocalCluster } from './local.ts';
import { stopCluster } from './platform.ts';
import { uninstall } from './releases.ts';
import { readState } from './state.ts';

/** What `down` found for a cluster name: the state `up` recorded, a local cluster a failed start left unrecorded, or nothing. */
export type DownOutcome = 'stopped' | 'stopped-unrecorded' | 'nothing';

/**
 * Stops what `up` started: the KubeRay operator process and the cluster it created (all its processes).
 * On a borrowed cluster (`current`), uninstalls the releases `up` installed instead. Without a state file,
 * stops what a start that failed before recording it left: the real node's host changes and kwokctl's
 * processes.
 */
export async function down(name: string): Promise<DownOutcome> {
  const state = readState(name);
  if (!state) return (await stopUnrecordedLocalCluster(name)) ? 'stopped-unrecorded' : 'nothing';
  if (!state.created) for (const r of state.releases ?? []) await uninstall(state.cluster, r);
  await stopCluster(state);
  return 'stopped';
}
