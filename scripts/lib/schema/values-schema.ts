import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { chartMetadata, chartPath, localDependencyDirs } from '../helm/chart-files.ts';
import { repoRoot } from '../paths.ts';
import { annotationOf, rootAnnotation } from './annotations.ts';
import { sharedDefinitions, withSharedDefinitions } from './fragments.ts';

/**
 * A chart's values.schema.json, generated from its annotated values.yaml (see annotations.ts for the
 * format; docs/chart-conventions.md for the rules):
 *  - a key's type comes from its default value (string, integer, number, boolean; a map is an object with
 *    `additionalProperties: false` and one property per key; a list's items come from its first element)
 *    unless its `@schema` block says otherwise; the block's keywords are merged over what the value implies;
 *  - every key has a `# --` description (written once, here; the README table and the TS types take it);
 *  - `$ref: '#/definitions/<name>'` uses a shared fragment of charts/ml-common/schema (copied into the
 *    schema, as Helm needs it self-contained) or a chart-local definition; `define: <name>` makes the key's
 *    own schema the chart-local definition `<name>` (other keys `$ref` it);
 *  - null defaults, empty maps and empty lists say what they hold (`type`, `additionalProperties` or
 *    `properties`, `items`): the generator refuses to guess;
 *  - each `file://` dependency adds its key: its own generated schema under the umbrella (without
 *    `required`, as a disabled component's values are not merged with its defaults), the library's key
 *    for ml-common.
 */
type Schema = Record<string, any>;

export class ValuesSchemaError extends Error {}

/** Keywords a `$ref` may carry beside it (draft-07 ignores the others, so they are refused). */
const besideRef = new Set(['$ref', 'description', 'define']);

function scalarType(value: unknown): string | undefined {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return undefined;
}

interface Context {
  file: string;
  definitions: Record<string, Schema>;
  shared: Record<string, Schema>;
}

function fail(ctx: Context, path: string, message: string): never {
  throw new ValuesSchemaError(`${relative(repoRoot, ctx.file)}: value ${path || '(root)'}: ${message}`);
}

const join_ = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The schema of one value node, from its annotation and default. */
function nodeSchema(ctx: Context, node: Node | null, comment: string | null | undefined, path: string, requireDescription: boolean): Schema {
  const { schema: block = {}, description } = annotationOf(comment, `${relative(repoRoot, ctx.file)}: value ${path}`);
  if (requireDescription && !description) fail(ctx, path, 'has no description. Fix: add a `# -- <what it is>` comment line above the key');
  const { define, ...annotated } = block as Schema;
  let schema: Schema;
  if (annotated.$ref) {
    const extra = Object.keys(annotated).filter((k) => !besideRef.has(k));
    if (extra.length > 0) fail(ctx, path, `a $ref carries ${extra.join(', ')}, which draft-07 ignores beside $ref. Fix: put them in the referenced definition`);
    schema = { $ref: annotated.$ref };
  } else schema = { ...inferred(ctx, node, annotated, path), ...withoutInferred(annotated) };
  if (define) {
    if (typeof define !== 'string' || ctx.definitions[define] || ctx.shared[define]) fail(ctx, path, `define ${JSON.stringify(define)} must be a new definition name`);
    const { description: own, ...rest } = schema;
    ctx.definitions[define] = { ...rest, ...(own ?? description ? { description: own ?? description } : {}) };
    // A list element describes the definition; a key keeps its description at its own place too.
    return requireDescription && description ? { $ref: `#/definitions/${define}`, description } : { $ref: `#/definitions/${define}` };
  }
  return description ? { ...schema, description } : schema;
}

/** Keywords of the block that replace inference (`properties` and `items` are merged by `inferred`). */
function withoutInferred(block: Schema): Schema {
  const { properties: _p, items: _i, ...rest } = block;
  if ((rest.enum || rest.const !== undefined) && !block.type) delete rest.type;
  return rest;
}

function inferred(ctx: Context, node: Node | null, block: Schema, path: string): Schema {
  const enumOnly = (block.enum || block.const !== undefined) && !block.type;
  if (isMap(node)) return objectSchema(ctx, node as YAMLMap, block, path);
  if (isSeq(node)) return arraySchema(ctx, node as YAMLSeq, block, path);
  const value = isScalar(node) ? node.value : null;
  if (value === null || value === undefined) {
    if (!block.type && !enumOnly && !block.anyOf && !block.oneOf) fail(ctx, path, 'is null: its type cannot be inferred. Fix: add `# @schema` with a type (e.g. type: [boolean, "null"])');
    return block.properties || block.items ? mergeDeclared(ctx, block, path) : {};
  }
  const type = scalarType(value);
  if (!type) fail(ctx, path, `has a default of an unsupported kind (${typeof value})`);
  return enumOnly ? {} : { type };
}

/** properties/items a block declares for a value that has none (null, or a type given by the block). */
function mergeDeclared(_ctx: Context, block: Schema, _path: string): Schema {
  return { ...(block.properties ? { properties: block.properties } : {}), ...(block.items ? { items: block.items } : {}) };
}

function objectSchema(ctx: Context, map: YAMLMap, block: Schema, path: string, opaque: ReadonlySet<string> = new Set()): Schema {
  const free = block.additionalProperties !== undefined && block.additionalProperties !== false;
  if (free) {
    // A map free-form by nature (labels, node selector, ray start flags): its keys are examples, not declarations.
    if (block.properties) fail(ctx, path, 'declares both properties and additionalProperties. Fix: keep one');
    return { type: 'object' };
  }
  const properties: Schema = {};
  map.items.forEach((pair, i) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : fail(ctx, path, 'has a key that is not a string');
    const comment = (isScalar(pair.key) ? pair.key.commentBefore : undefined) || (i === 0 ? map.commentBefore : undefined);
    if (opaque.has(key)) {
      // A dependency's key: its values are the dependency's, described by its own schema.
      const { description } = annotationOf(comment, `${relative(repoRoot, ctx.file)}: value ${key}`);
      properties[key] = description ? { type: 'object', description } : { type: 'object' };
    } else properties[key] = nodeSchema(ctx, pair.value as Node | null, comment, join_(path, key), true);
  });
  for (const [key, declared] of Object.entries((block.properties ?? {}) as Schema)) {
    if (properties[key]) fail(ctx, join_(path, key), 'is declared twice: in the @schema block and as a key. Fix: annotate the key instead');
    properties[key] = declared;
  }
  if (Object.keys(properties).length === 0 && block.additionalProperties === undefined) {
    fail(ctx, path, 'is an empty map: what it holds cannot be inferred. Fix: add `# @schema` with additionalProperties (a free-form map), properties, or a $ref');
  }
  return { type: 'object', additionalProperties: false, ...(Object.keys(properties).length > 0 ? { properties } : {}) };
}

function arraySchema(ctx: Context, seq: YAMLSeq, block: Schema, path: string): Schema {
  if (block.items) return { type: 'array', items: block.items };
  const first = seq.items[0] as Node | undefined;
  if (!first) fail(ctx, path, 'is an empty list: its items cannot be inferred. Fix: add `# @schema` with items');
  // A comment above `- ` is the sequence's; one after `- ` is the first key's when the element is a map.
  const comment = seq.commentBefore || (isMap(first) ? undefined : first.commentBefore);
  return { type: 'array', items: nodeSchema(ctx, first, comment, `${path}[0]`, false) };
}

/** The schema of a values file alone (no dependencies, fragments not inlined). */
export function valuesSchemaOf(file: string, shared = sharedDefinitions(), dependencyKeys: ReadonlySet<string> = new Set()): Schema {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) throw new ValuesSchemaError(`${relative(repoRoot, file)}: ${doc.errors[0]!.message}`);
  const ctx: Context = { file, definitions: {}, shared };
  const root = doc.contents as Node | null;
  const rootComment = isMap(root) ? ((root.items[0]?.key as Node | undefined)?.commentBefore ?? doc.commentBefore) : doc.commentBefore;
  const rootBlock = rootAnnotation(rootComment, relative(repoRoot, file)) ?? {};
  Object.assign(ctx.definitions, (rootBlock.definitions ?? {}) as Schema);
  const { definitions: _d, ...rootKeywords } = rootBlock;
  const body = isMap(root) ? objectSchema(ctx, root as YAMLMap, {}, '', dependencyKeys) : { type: 'object', additionalProperties: false };
  // Every $ref (at a key, or inside a block) must name a shared fragment or a definition of this file.
  const check = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => check(n, path));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') for (const [name, sub] of Object.entries(value as Schema)) check(sub, join_(path, name));
      else if (key === 'definitions') for (const [name, sub] of Object.entries(value as Schema)) check(sub, `(definition ${name})`);
      else if (key === 'items') check(value, `${path}[0]`);
      else if (key !== '$ref') check(value, path);
      else if (typeof value !== 'string' || !value.startsWith('#/definitions/') || (!ctx.shared[value.slice(14)] && !ctx.definitions[value.slice(14)])) {
        fail(ctx, path, `$ref ${String(value)} names no definition. Fix: use #/definitions/<name> of charts/ml-common/schema, of this file's @schema.root definitions or of a define`);
      }
    }
  };
  check({ body, definitions: ctx.definitions }, '');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...rootKeywords,
    ...body,
    ...(Object.keys(ctx.definitions).length > 0 ? { definitions: ctx.definitions } : {}),
  };
}

/** Removes `required` everywhere (a component's values under the umbrella before Helm merges its defaults). */
function withoutRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRequired);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([k, v]) => !(k === 'required' && Array.isArray(v))).map(([k, v]) => [k, withoutRequired(v)]));
}

/** Prefixes a schema's definitions (and the `$ref`s to them) with `<prefix>.`, except the names in `keep`. */
function prefixed(schema: Schema, prefix: string, keep: ReadonlySet<string>): Schema {
  const rename = (name: string) => (keep.has(name) ? name : `${prefix}.${name}`);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/') ? `#/definitions/${rename(v.slice('#/definitions/'.length))}` : walk(v)]),
    );
  };
  const { definitions = {}, ...rest } = schema;
  return { ...(walk(rest) as Schema), definitions: Object.fromEntries(Object.entries(definitions as Schema).map(([name, def]) => [rename(name), walk(def)])) };
}

const generatedComment = (chart: string) => `Generated from charts/${chart}/values.yaml by \`npx mlp gen\` (scripts/lib/schema/values-schema.ts). Do not edit: annotate values.yaml.`;

/**
 * The self-contained values.schema.json of a chart: its values file's schema, a property per `file://`
 * dependency (a library's key, or a component chart's whole schema under the umbrella), and the shared
 * fragments it references.
 */
export function generatedValuesSchema(chart: string, shared = sharedDefinitions()): Schema {
  const dir = chartPath(chart);
  const name = chartMetadata(dir).name;
  const deps = chartMetadata(dir).dependencies ?? [];
  const own = valuesSchemaOf(join(dir, 'values.yaml'), shared, new Set(deps.map((d) => d.alias ?? d.name)));
  const depDirs = localDependencyDirs(dir);
  const properties: Schema = { ...own.properties };
  const definitions: Schema = { ...own.definitions };
  deps.filter((d) => d.repository?.startsWith('file://')).forEach((dep, i) => {
    const key = dep.alias ?? dep.name;
    const depDir = depDirs[i]!;
    const depSchema = generatedValuesSchema(depDir, shared);
    const description = properties[key]?.description ?? `Values of the ${dep.name} chart.`;
    if (chartMetadata(depDir).type === 'library') {
      properties[key] = { type: 'object', description };
      return;
    }
    const embedded = prefixed(withoutRequired(depSchema) as Schema, dep.name, new Set(Object.keys(shared)));
    const { definitions: depDefinitions, $schema: _s, $comment: _c, ...depRoot } = embedded;
    for (const [defName, def] of Object.entries(depDefinitions as Schema)) {
      if (!shared[defName]) definitions[defName] = def;
    }
    definitions[dep.name] = { ...depRoot, description: `The ${dep.name} chart's values (charts/${dep.name}/values.yaml).` };
    properties[key] = { $ref: `#/definitions/${dep.name}`, description };
  });
  const { definitions: _own, properties: _props, $schema, ...rest } = own;
  const schema = { $schema, $comment: generatedComment(name), ...rest, properties, ...(Object.keys(definitions).length > 0 ? { definitions } : {}) };
  return withSharedDefinitions(schema, shared);
}

export const hasValuesFile = (chart: string) => existsSync(join(chartPath(chart), 'values.yaml'));
