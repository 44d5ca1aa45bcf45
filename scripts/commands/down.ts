import { parseArgs } from 'node:util';
import { info } from '../lib/log.ts';
import { stopCluster } from '../lib/cluster/platform.ts';
import { uninstall } from '../lib/cluster/releases.ts';
import { readState } from '../lib/cluster/state.ts';
import { stopUnrecordedLocalCluster } from '../lib/cluster/local.ts';

/**
 * Stops what `up` started: the KubeRay operator process and the cluster it created (all its
 * processes). On a borrowed cluster (`current`), uninstalls the releases `up` installed instead.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { name: { type: 'string', default: 'mlp' } } });
  const state = readState(values.name);
  if (!state) {
    // A start that failed before recording the cluster may have left the real node's host changes and
    // kwokctl's processes.
    const stopped = await stopUnrecordedLocalCluster(values.name);
    info(stopped ? `down: cluster ${values.name} stopped (a start that failed had not recorded it)` : `down: nothing recorded for cluster ${values.name} (already down)`);
    return 0;
  }
  if (!state.created) for (const r of state.releases ?? []) await uninstall(state.cluster, r);
  await stopCluster(state);
  info(`down: cluster ${values.name} stopped`);
  return 0;
}
