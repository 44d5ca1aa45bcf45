import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.ts';
import { chartPath } from '../helm/chart-files.ts';
import { valuePath } from '../helm/value-path.ts';
import { chartDefaults, chartSchema, mergeValues, subcharts, type Values } from './values.ts';

/** Value paths are the helm layer's (render errors name them too); schema's callers find them here as well. */
export { valuePath };

/** An invalid value: where it is (`workers[0].replicas`) and what is wrong with it. */
export interface ValueError {
  chart: string;
  path: string;
  message: string;
}

function describe(error: ErrorObject): { extra: string; message: string } {
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { extra: `/${p.additionalProperty}`, message: 'is not a known value (check the spelling; see the chart README for the values it takes)' };
    case 'enum':
      return { extra: '', message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { extra: '', message: `must be ${p.type}` };
    case 'required':
      return { extra: `/${p.missingProperty}`, message: 'is required' };
    default:
      return { extra: '', message: error.message ?? error.keyword };
  }
}

const ajv = createAjv();
const compiled = new Map<string, ValidateFunction>();

function validator(chartDir: string, schema: object): ValidateFunction {
  let fn = compiled.get(chartDir);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(chartDir, fn);
  }
  return fn;
}

/**
 * Validates user values against a chart's values.schema.json after merging them over the chart's
 * defaults, as Helm does, and recursively each file:// subchart against its own schema.
 */
export function validateValues(chart: string, userValues: Values = {}, prefix = ''): ValueError[] {
  const dir = chartPath(chart);
  const merged = mergeValues(chartDefaults(dir), userValues) as Values;
  const schema = chartSchema(dir);
  const errors: ValueError[] = [];
  if (schema) {
    const validate = validator(dir, schema);
    if (!validate(merged)) {
      const seen = new Set<string>();
      for (const error of validate.errors ?? []) {
        // anyOf/oneOf branches report every alternative; the summary error is enough.
        if (error.keyword === 'if') continue;
        const { extra, message } = describe(error);
        const path = valuePath(error.instancePath + extra, prefix);
        const key = `${path}\0${message}`;
        if (!seen.has(key)) errors.push({ chart: dir.split('/').pop()!, path, message });
        seen.add(key);
      }
    }
  }
  for (const sub of subcharts(dir)) {
    const subValues = mergeValues((merged[sub.key] as Values) ?? {}, { global: merged.global ?? {} }) as Values;
    // The umbrella's schema composes its components': a wrong component value is reported once.
    const reported = new Set(errors.map((e) => `${e.path}\0${e.message}`));
    errors.push(...validateValues(sub.dir, subValues, prefix ? `${prefix}.${sub.key}` : sub.key).filter((e) => !reported.has(`${e.path}\0${e.message}`)));
  }
  return errors;
}

export function formatValueErrors(errors: readonly ValueError[]): string {
  return errors.map((e) => `value ${e.path}: ${e.message}`).join('\n');
}
