import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { type Manifest, objectRef } from '../manifests/types.ts';
import { crdsDir } from '../paths.ts';
import { valuePath } from './validate.ts';

type Schema = Record<string, any>;

/**
 * Makes a CRD's structural schema strict the way the API server's strict field validation is:
 * objects with declared properties reject unknown fields unless they preserve them.
 */
function strict(schema: Schema): Schema {
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = Array.isArray(schema) ? [] : {};
  for (const [k, v] of Object.entries(schema)) out[k] = typeof v === 'object' ? strict(v) : v;
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  // metadata is validated by the API server itself, not the CRD schema.
  if (out.properties?.metadata && Object.keys(out.properties.metadata).length <= 1) out.properties.metadata = {};
  return out;
}

export interface CrdValidator {
  /** `group/version/Kind` keys of every served version. */
  kinds: string[];
  validate(m: Manifest): string[];
}

const loaded = new Map<string, CrdValidator>();

/** Loads every CRD under a directory (default ../shared/crds), once per process, to validate custom resources against its openAPIV3Schema. */
export function loadCrds(dir = crdsDir): CrdValidator {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const validator = readCrds(dir);
  loaded.set(dir, validator);
  return validator;
}

function readCrds(dir: string): CrdValidator {
  if (!existsSync(dir)) throw new Error(`CRD directory ${dir} not found (set MLP_CRDS_DIR)`);
  const ajv = createAjv({ validateFormats: false });
  const schemas = new Map<string, Schema>();
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : /\.ya?ml$/.test(e.name) ? [join(d, e.name)] : []));
  for (const file of walk(dir)) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const crd = doc.toJS() as Schema | null;
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const version of crd.spec.versions ?? []) {
        const schema = version.schema?.openAPIV3Schema;
        if (schema) schemas.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, schema);
      }
    }
  }
  const compiled = new Map<string, ValidateFunction>();
  return {
    kinds: [...schemas.keys()].sort(),
    validate(m: Manifest): string[] {
      const key = `${m.apiVersion}/${m.kind}`;
      const schema = schemas.get(key);
      if (!schema) return [`${objectRef(m)}: no CRD defines ${key}`];
      const fn = compiled.get(key) ?? ajv.compile(strict(schema));
      compiled.set(key, fn);
      if (fn(m)) return [];
      return (fn.errors ?? []).map((e) => {
        const extra = e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '';
        return `${objectRef(m)} ${valuePath(e.instancePath + extra)}: ${e.keyword === 'additionalProperties' ? 'is not a field of the CRD schema' : e.message}`;
      });
    },
  };
}
