import { Ajv, type Options } from 'ajv';
import formats from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its function sits on `.default`.
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (ajv: Ajv) => Ajv;

/** One place that configures ajv: draft-07 (Helm's dialect), all errors, unknown keywords tolerated (x-kubernetes-*). */
export function createAjv(opts: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, ...opts });
  addFormats(ajv);
  return ajv;
}
