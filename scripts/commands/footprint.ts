import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { devMachine, fits, footprintTable, formatCpu, formatMemory, profileFootprints, withFootprintTable } from '../lib/footprint.ts';
import { repoRoot } from '../lib/paths.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { write: { type: 'boolean' }, check: { type: 'boolean' }, verbose: { type: 'boolean', short: 'v' } } });
  const rows = await profileFootprints();
  const table = footprintTable(rows);
  console.log(table);
  if (values.verbose) {
    for (const { profile, footprint: f } of rows) {
      console.log(`\n${profile}:`);
      for (const w of f.workloads) console.log(`  ${w.object} ${w.path || ''} x${w.initial}..${w.max}: cpu ${formatCpu(w.pod.cpuRequests)}, memory ${formatMemory(w.pod.memoryRequests)} / limit ${formatMemory(w.pod.memoryLimits)}${w.pod.gpus ? `, ${w.pod.gpus} GPU` : ''}`);
      for (const t of f.transient) console.log(`  (transient) ${t.object}: cpu ${formatCpu(t.pod.cpuRequests)}, memory ${formatMemory(t.pod.memoryRequests)} / limit ${formatMemory(t.pod.memoryLimits)}`);
    }
  }
  const dev = rows.find((r) => r.profile === 'dev')!;
  const devFits = fits(dev.footprint, devMachine.cpu, devMachine.memoryBytes);
  console.log(`\ndev ${devFits ? 'fits' : 'does NOT fit'} ${devMachine.cpu} CPU / ${formatMemory(devMachine.memoryBytes)} at maximum scale (requests and memory limits)`);
  const readmePath = join(repoRoot, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const wanted = withFootprintTable(readme, table);
  if (values.write && wanted !== readme) {
    writeFileSync(readmePath, wanted);
    console.log('wrote the footprint table to README.md');
  } else if (values.check && wanted !== readme) {
    console.error('README.md footprint table is out of date: run `npx mlp gen` (or `npx mlp footprint --write`)');
    return 1;
  }
  return devFits ? 0 : 1;
}
