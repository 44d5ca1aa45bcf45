import { parseArgs } from 'node:util';
import { info } from '../lib/log.ts';
import { down } from '../lib/cluster/down.ts';

const said = {
  stopped: (name: string) => `down: cluster ${name} stopped`,
  'stopped-unrecorded': (name: string) => `down: cluster ${name} stopped (a start that failed had not recorded it)`,
  nothing: (name: string) => `down: nothing recorded for cluster ${name} (already down)`,
};

/** `npx mlp down [--name NAME]`: stops what `up` started (scripts/lib/cluster/down.ts). */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { name: { type: 'string', default: 'mlp' } } });
  info(said[await down(values.name)](values.name));
  return 0;
}
