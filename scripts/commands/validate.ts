import { parseArgs } from 'node:util';
import { formatValueErrors, validateValues } from '../lib/schema/validate.ts';
import { mergeValues, readValuesFile, type Values } from '../lib/schema/values.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { values: { type: 'string', short: 'f', multiple: true } } });
  const chart = positionals[0];
  if (!chart) throw new Error('usage: mlp validate <chart> -f values.yaml [-f more.yaml]');
  const merged = (values.values ?? []).reduce<Values>((acc, file) => mergeValues(acc, readValuesFile(file)) as Values, {});
  const errors = validateValues(chart, merged);
  if (errors.length === 0) {
    console.log(`${chart}: values are valid`);
    return 0;
  }
  console.error(formatValueErrors(errors));
  return 1;
}
