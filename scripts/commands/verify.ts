import { parseArgs } from 'node:util';
import { readState } from '../lib/cluster/state.ts';
import { formatReport, verify } from '../lib/cluster/verify.ts';

/** The status page of a running platform: components, pods ready, services and ports, RayClusters, access commands. */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { name: { type: 'string', default: 'mlp' }, namespace: { type: 'string', default: 'ml-platform' } } });
  const state = readState(values.name);
  if (!state) throw new Error(`no cluster ${values.name} recorded; run \`npm run up\` first`);
  const report = await verify(state.cluster, values.namespace);
  console.log(formatReport(report));
  return report.healthy ? 0 : 1;
}
