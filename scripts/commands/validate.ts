import { parseArgs } from 'node:util';
import { readValues } from '../lib/helm/values-files.ts';
import { formatValueErrors, validateValues } from '../lib/schema/validate.ts';
import { mergeValues, type Values } from '../lib/schema/values.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { values: { type: 'string', short: 'f', multiple: true } } });
  const chart = positionals[0];
  if (!chart) throw new Error('usage: mlp validate <chart> -f values.yaml [-f more.yaml | -f typed.values.ts]');
  // A `*.values.ts` file is type-checked against the chart's generated types first, then validated like YAML.
  let merged: Values = {};
  for (const file of values.values ?? []) merged = mergeValues(merged, await readValues(file, chart)) as Values;
  const errors = validateValues(chart, merged);
  if (errors.length === 0) {
    console.log(`${chart}: values are valid`);
    return 0;
  }
  console.error(formatValueErrors(errors));
  return 1;
}
