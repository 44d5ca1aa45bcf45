import { parseArgs } from 'node:util';
import { step } from '../lib/log.ts';
import { crdsDir } from '../lib/tools/crds.ts';
import { type ToolName, run, toolNames, toolPath, tools } from '../lib/tools/index.ts';

/**
 * Provisions every pinned tool and the pinned CRDs (idempotent: cached binaries and files are reused)
 * and prints what is installed.
 */
export async function run_(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const wanted = (positionals.length > 0 ? positionals : toolNames) as ToolName[];
  const unknown = wanted.filter((t) => !toolNames.includes(t));
  if (unknown.length > 0) throw new Error(`unknown tool(s) ${unknown.join(', ')}; known: ${toolNames.join(', ')}`);
  // Provision in sequence: the go build and apt steps are heavy on a 2-core machine, and output stays readable.
  for (const name of wanted) await step(`${name} ${tools[name].version}`, () => toolPath(name));
  const width = Math.max(...wanted.map((n) => n.length), 'CRDs'.length);
  const rows = await Promise.all(
    wanted.map(async (name) => {
      const result = await run(name, tools[name].versionArgs);
      const firstLine = (result.stdout || result.stderr).trim().split('\n')[0] ?? '';
      if (result.code !== 0) throw new Error(`${name} does not run: ${firstLine}`);
      return `  ${name.padEnd(width)} ${tools[name].version.padEnd(8)} ${await toolPath(name)}`;
    }),
  );
  // The CRDs the offline tiers validate custom resources against (and `up` installs).
  const crds = positionals.length > 0 ? undefined : await crdsDir();
  console.log(['tools ready:', ...rows, ...(crds ? [`  ${'CRDs'.padEnd(width)} ${''.padEnd(8)} ${crds}`] : [])].join('\n'));
  return 0;
}
export { run_ as run };
