import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { type Manifest, objectRef } from '../manifests/types.ts';
import { cacheDir } from '../paths.ts';
import { crdsDir } from '../tools/crds.ts';
import { valuePath } from './validate.ts';

type Schema = Record<string, any>;

/**
 * Makes a CRD's structural schema strict the way the API server's strict field validation is:
 * objects with declared properties reject unknown fields unless they preserve them.
 */
/**
 * CRD patterns are Go (RE2) regular expressions; JavaScript has no inline `(?i)` flag. A pattern using
 * it becomes case-insensitive by spelling each letter as a [xX] class (outside escapes and classes).
 */
export function goPatternToJs(pattern: string): string {
  if (!pattern.includes('(?i)')) return pattern;
  let out = '';
  let inClass = false;
  const source = pattern.replace(/\(\?i\)/g, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    const rangeEnd = inClass && source[i + 1] === '-' ? source[i + 2] : undefined;
    if (lower !== upper && rangeEnd && rangeEnd.toLowerCase() !== rangeEnd.toUpperCase()) {
      out += `${lower}-${rangeEnd.toLowerCase()}${upper}-${rangeEnd.toUpperCase()}`;
      i += 2;
    } else if (lower === upper) out += c;
    else out += inClass ? lower + upper : `[${lower}${upper}]`;
  }
  return out;
}

function strict(schema: Schema): Schema {
  if (!schema || typeof schema !== 'object') return schema;
  const out: Schema = Array.isArray(schema) ? [] : {};
  for (const [k, v] of Object.entries(schema)) out[k] = typeof v === 'object' ? strict(v) : k === 'pattern' && typeof v === 'string' ? goPatternToJs(v) : v;
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false;
  // metadata is validated by the API server itself, not the CRD schema.
  if (out.properties?.metadata && Object.keys(out.properties.metadata).length <= 1) out.properties.metadata = {};
  return out;
}

/**
 * Every object accepts apiVersion, kind and metadata at its root, as the API server does, even when a CRD's
 * schema leaves them out (Istio's CRDs declare only spec and status).
 */
function withTypeMeta(schema: Schema): Schema {
  const meta = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: {} };
  return { ...schema, properties: { ...meta, ...(schema.properties ?? {}) } };
}

export interface CrdValidator {
  /** `group/version/Kind` keys of every served version. */
  kinds: string[];
  validate(m: Manifest): string[];
}

function yamlFiles(d: string): string[] {
  return readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(d, e.name)) : /\.ya?ml$/.test(e.name) ? [join(d, e.name)] : []))
    .sort();
}

/**
 * `group/version/Kind` → openAPIV3Schema of every CRD under dir. Parsing the YAML (Istio's file is
 * large) takes seconds, so the result is kept as JSON in the cache, keyed by the files' contents.
 */
function crdSchemas(dir: string): Record<string, Schema> {
  const files = yamlFiles(dir);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(file));
  const cached = join(cacheDir, 'crd-schemas', `${hash.digest('hex').slice(0, 24)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Record<string, Schema>;
  const schemas: Record<string, Schema> = {};
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const crd = doc.toJS() as Schema | null;
      if (crd?.kind !== 'CustomResourceDefinition') continue;
      for (const version of crd.spec.versions ?? []) {
        const schema = version.schema?.openAPIV3Schema;
        if (schema) schemas[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = schema;
      }
    }
  }
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(`${cached}.${process.pid}`, JSON.stringify(schemas));
  renameSync(`${cached}.${process.pid}`, cached);
  return schemas;
}

/** This file: its code decides CRD verdicts (caches of them key on it). */
export const crdValidatorFile = import.meta.filename;

const loaded = new Map<string, CrdValidator>();

/**
 * Loads every CRD under a directory (default: the pinned set from the Go modules, or MLP_CRDS_DIR),
 * once per process, to validate custom resources against its openAPIV3Schema.
 */
export async function loadCrds(dir?: string): Promise<CrdValidator> {
  const from = dir ?? (await crdsDir());
  const cached = loaded.get(from);
  if (cached) return cached;
  const validator = readCrds(from);
  loaded.set(from, validator);
  return validator;
}

function readCrds(dir: string): CrdValidator {
  if (!existsSync(dir)) throw new Error(`CRD directory ${dir} not found. Fix: point MLP_CRDS_DIR at a directory of CRDs, or unset it to use the pinned set`);
  const ajv = createAjv({ validateFormats: false });
  const schemas = new Map(Object.entries(crdSchemas(dir)));
  const compiled = new Map<string, ValidateFunction>();
  return {
    kinds: [...schemas.keys()].sort(),
    validate(m: Manifest): string[] {
      const key = `${m.apiVersion}/${m.kind}`;
      const schema = schemas.get(key);
      if (!schema) return [`${objectRef(m)}: no CRD defines ${key}`];
      const fn = compiled.get(key) ?? ajv.compile(withTypeMeta(strict(schema)));
      compiled.set(key, fn);
      if (fn(m)) return [];
      return (fn.errors ?? []).map((e) => {
        const extra = e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '';
        return `${objectRef(m)} ${valuePath(e.instancePath + extra)}: ${e.keyword === 'additionalProperties' ? 'is not a field of the CRD schema' : e.message}`;
      });
    },
  };
}
