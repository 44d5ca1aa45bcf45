import { parseArgs } from 'node:util';
import { chartMetadata, chartPath, listCharts } from '../lib/helm/chart-files.ts';
import { repoRoot } from '../lib/paths.ts';
import { compareSchemas } from '../lib/schema/constraints.ts';
import { generatedValuesSchema } from '../lib/schema/values-schema.ts';
import { run as runTool } from '../lib/tools/index.ts';

/**
 * `mlp schema-diff [--against REF] [--verbose] [chart...]`: every chart's values.schema.json as committed
 * at REF (default HEAD) against what its values.yaml generates now. Fails when a constraint of the old
 * schema is missing or looser; prints the counts (and with --verbose every changed description).
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { against: { type: 'string' }, verbose: { type: 'boolean' } } });
  const ref = values.against ?? 'HEAD';
  const charts = positionals.length > 0 ? positionals : listCharts();
  let loosened = 0;
  for (const chart of charts) {
    const file = `charts/${chart}/values.schema.json`;
    const shown = await runTool('git', ['show', `${ref}:${file}`], { cwd: repoRoot });
    if (shown.code !== 0) {
      console.log(`${chart}: no ${file} at ${ref} (nothing to compare)`);
      continue;
    }
    const result = compareSchemas(JSON.parse(shown.stdout), generatedValuesSchema(chartMetadata(chartPath(chart)).name));
    loosened += result.loosened.length;
    console.log(`${chart}: ${result.checked} constraints of ${ref} checked, ${result.loosened.length} loosened or missing, ${result.tightened.length} added or tightened, ${result.descriptionsChanged.length} descriptions changed`);
    for (const c of result.loosened) console.log(`  LOOSER ${c.path} ${c.keyword}: ${JSON.stringify(c.old)} -> ${JSON.stringify(c.new)}`);
    if (values.verbose) {
      for (const c of result.tightened) console.log(`  stricter ${c.path} ${c.keyword}: ${JSON.stringify(c.old)} -> ${JSON.stringify(c.new)}`);
      for (const c of result.descriptionsChanged) console.log(`  description ${c.path}:\n    was: ${c.old ?? ''}\n    now: ${c.new ?? ''}`);
    }
  }
  return loosened === 0 ? 0 : 1;
}
