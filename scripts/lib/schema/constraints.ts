/**
 * Compares two values schemas constraint by constraint: every constraint of the old one must hold in the
 * new one, equal or stricter (fewer types or enum values, higher minimums, lower maximums, more required
 * keys, closed objects staying closed). Both are walked along the values paths they describe, `$ref`s
 * resolved, so a schema whose definitions are organised differently compares by what it accepts.
 * Descriptions are compared too and reported apart (they may change; constraints may not loosen).
 */
type Schema = Record<string, any>;

export interface ConstraintChange {
  /** Values path with the walk's steps: `workers[].name`, `commonLabels{}`, `imagePullSecrets[].anyOf[1].name`. */
  path: string;
  keyword: string;
  old: unknown;
  new: unknown;
}

export interface SchemaComparison {
  /** Constraints of the old schema counted (path x keyword). */
  checked: number;
  /** Constraints that are missing or looser in the new schema. */
  loosened: ConstraintChange[];
  /** Constraints the new schema adds or tightens (for the record). */
  tightened: ConstraintChange[];
  descriptionsChanged: ConstraintChange[];
}

const lowerBounds = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const upperBounds = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
const exact = ['pattern', 'const', 'uniqueItems', 'format'];
const compared = ['type', 'enum', 'required', 'additionalProperties', ...lowerBounds, ...upperBounds, ...exact];

function resolve(node: Schema | undefined, root: Schema, seen: string[]): { node: Schema | undefined; seen: string[] } {
  let s = node;
  let trail = seen;
  while (s?.$ref) {
    const ref = s.$ref as string;
    if (trail.includes(ref)) return { node: undefined, seen: trail };
    trail = [...trail, ref];
    const target = ref.replace(/^#\//, '').split('/').reduce<any>((n, k) => n?.[k], root);
    const { $ref: _r, ...siblings } = s;
    s = { ...target, ...siblings };
  }
  return { node: s, seen: trail };
}

/** Every node of a schema by values path (refs resolved), up to a depth. */
function flatten(root: Schema): Map<string, Schema> {
  const out = new Map<string, Schema>();
  const walk = (raw: Schema | undefined, path: string, seen: string[], depth: number) => {
    const { node, seen: trail } = resolve(raw, root, seen);
    if (!node || depth > 40) return;
    out.set(path, node);
    const at = (step: string) => (path ? `${path}${step.startsWith('[') || step.startsWith('{') ? '' : '.'}${step}` : step);
    for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) walk(sub, at(key), trail, depth + 1);
    if (node.items && !Array.isArray(node.items)) walk(node.items, `${path}[]`, trail, depth + 1);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${path}{}`, trail, depth + 1);
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) (node[k] as Schema[] | undefined)?.forEach((sub, i) => walk(sub, `${path}.${k}[${i}]`, trail, depth + 1));
    if (node.not) walk(node.not, `${path}.not`, trail, depth + 1);
    if (node.propertyNames) walk(node.propertyNames, `${path}.propertyNames`, trail, depth + 1);
  };
  walk(root, '', [], 0);
  return out;
}

const typesOf = (s: Schema): string[] | undefined => (s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type]);
const fitsType = (value: unknown, types: string[]) =>
  types.some((t) => (t === 'null' ? value === null : t === 'integer' ? Number.isInteger(value) : t === 'array' ? Array.isArray(value) : t === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === t));

/** Whether the new node's `keyword` holds the old node's constraint (equal or stricter). */
function holds(keyword: string, oldNode: Schema, newNode: Schema): boolean {
  const o = oldNode[keyword];
  const n = newNode[keyword];
  switch (keyword) {
    case 'type': {
      const oldTypes = typesOf(oldNode)!;
      const newTypes = typesOf(newNode);
      if (!newTypes) return Array.isArray(newNode.enum) ? newNode.enum.every((v: unknown) => fitsType(v, oldTypes)) : newNode.const !== undefined && fitsType(newNode.const, oldTypes);
      return newTypes.every((t) => oldTypes.includes(t) || (t === 'integer' && oldTypes.includes('number')));
    }
    case 'enum':
      return Array.isArray(n) ? n.every((v: unknown) => (o as unknown[]).some((w) => JSON.stringify(w) === JSON.stringify(v))) : newNode.const !== undefined && (o as unknown[]).some((w) => JSON.stringify(w) === JSON.stringify(newNode.const));
    case 'required':
      return Array.isArray(n) && (o as string[]).every((k) => n.includes(k));
    case 'additionalProperties':
      if (o === false) return n === false;
      if (o === true) return true;
      return n === false || (typeof n === 'object' && n !== null);
    default:
      if (lowerBounds.includes(keyword)) return typeof n === 'number' && n >= (o as number);
      if (upperBounds.includes(keyword)) return typeof n === 'number' && n <= (o as number);
      return JSON.stringify(n) === JSON.stringify(o);
  }
}

export function compareSchemas(oldSchema: Schema, newSchema: Schema): SchemaComparison {
  const before = flatten(oldSchema);
  const after = flatten(newSchema);
  const result: SchemaComparison = { checked: 0, loosened: [], tightened: [], descriptionsChanged: [] };
  for (const [path, oldNode] of before) {
    const newNode = after.get(path);
    for (const keyword of compared) {
      if (oldNode[keyword] === undefined) continue;
      result.checked++;
      if (!newNode || !holds(keyword, oldNode, newNode)) result.loosened.push({ path: path || '(root)', keyword, old: oldNode[keyword], new: newNode?.[keyword] });
    }
    if (newNode && (oldNode.description ?? '') !== (newNode.description ?? '')) result.descriptionsChanged.push({ path: path || '(root)', keyword: 'description', old: oldNode.description, new: newNode.description });
  }
  for (const [path, newNode] of after) {
    const oldNode = before.get(path);
    for (const keyword of compared) {
      if (newNode[keyword] === undefined || (oldNode && oldNode[keyword] !== undefined && JSON.stringify(oldNode[keyword]) === JSON.stringify(newNode[keyword]))) continue;
      if (!oldNode || oldNode[keyword] === undefined || holds(keyword, oldNode, newNode)) result.tightened.push({ path: path || '(root)', keyword, old: oldNode?.[keyword], new: newNode[keyword] });
    }
  }
  return result;
}
