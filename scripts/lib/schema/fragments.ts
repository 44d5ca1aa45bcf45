import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartsDir } from '../paths.ts';

/**
 * Shared values-schema fragments: one definition per shared concept (image, resources, quantity,
 * global, Kubernetes pass-through types, ...), kept in the ml-common library chart beside the helpers
 * that consume them. Chart schemas reference them as `#/definitions/<name>`; `npx mlp gen` inlines
 * each referenced fragment (and what it references) into the chart's values.schema.json, because
 * Helm validates every chart against its own self-contained schema.
 */
type Schema = Record<string, any>;

export const fragmentsDir = join(chartsDir, 'ml-common', 'schema');
/** Hand-written platform fragments. */
export const platformFragmentsFile = join(fragmentsDir, 'platform.json');
/** Generated from the Kubernetes OpenAPI document (`npx mlp gen --kubernetes`). */
export const kubernetesFragmentsFile = join(fragmentsDir, 'kubernetes.json');

const read = (file: string): Schema => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Schema) : { definitions: {} });

/** Every shared definition by name; a name defined twice is an error. */
export function sharedDefinitions(): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const file of [platformFragmentsFile, kubernetesFragmentsFile]) {
    for (const [name, def] of Object.entries((read(file).definitions ?? {}) as Record<string, Schema>)) {
      if (out[name]) throw new Error(`schema fragment ${name} is defined twice (${file})`);
      out[name] = def;
    }
  }
  return out;
}

/** Names of the definitions a schema node references (`#/definitions/<name>`). */
function references(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => references(n, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) into.add(value.slice('#/definitions/'.length));
      else references(value, into);
    }
  }
  return into;
}

/**
 * A chart schema with its shared fragments inlined: the chart's own definitions (those not named like a
 * fragment) keep their place, followed by every fragment the schema references directly or through
 * another fragment, sorted by name. Fragments it no longer references are dropped.
 */
export function withSharedDefinitions(schema: Schema, shared = sharedDefinitions()): Schema {
  const local = Object.fromEntries(Object.entries((schema.definitions ?? {}) as Record<string, Schema>).filter(([name]) => !shared[name]));
  const wanted = new Set<string>();
  const pending = [...references({ ...schema, definitions: local })];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (wanted.has(name) || !shared[name]) continue;
    wanted.add(name);
    pending.push(...references(shared[name]));
  }
  const definitions = { ...local, ...Object.fromEntries([...wanted].sort().map((name) => [name, structuredClone(shared[name])])) };
  const { definitions: _old, ...rest } = schema;
  return Object.keys(definitions).length > 0 ? { ...rest, definitions } : rest;
}
