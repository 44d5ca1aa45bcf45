import fc from 'fast-check';
import { helmYaml } from '../helm/values-yaml.ts';
import { chartSchema, mergeValues, type Values } from './values.ts';
import { valuePath } from './validate.ts';

/**
 * Values documents generated from a chart's values.schema.json, seeded and reproducible.
 *
 * Valid documents: a base (the defaults or a scenario file, merged over the defaults) with one to
 * three leaf values replaced by values drawn from the leaf's schema (booleans, enums, bounded
 * numbers, strings matching a pattern). Invalid documents: a base with exactly one targeted
 * violation (wrong type, out of range, outside an enum, an unknown key, or a `--set` string
 * coercion), whose path the error must name.
 */

type Schema = Record<string, any>;

/** A leaf the generators may change: its path segments, its schema, and whether the base has it. */
export interface Site {
  segments: (string | number)[];
  schema: Schema;
  /** The definitions (`#/definitions/<name>`) the walk went through to reach it, outermost first. */
  refs: string[];
}

/** An object that forbids unknown keys, where an unknown key can be injected. */
export interface ClosedObject {
  segments: (string | number)[];
  refs: string[];
}

export interface Exclusion {
  /** Matches the leaf's dotted path (`workers[0].tolerateGpuTaint`). */
  pattern: RegExp;
  reason: string;
}

/** Leaves the valid generator leaves alone, each with the reason: schema-valid switches that weaken security on purpose. */
export const validExclusions: Exclusion[] = [
  { pattern: /(^|\.)(podSecurityContext|securityContext)(\.|$)/, reason: 'security-context overrides are an escape hatch from the restricted profile' },
  { pattern: /(^|\.)networkPolicy\.enabled$/, reason: 'turning NetworkPolicies off removes the coverage the network policy requires (a deliberate choice, reported by the policy)' },
  { pattern: /(^|\.)mtlsMode$/, reason: 'PERMISSIVE mTLS is a deliberate weakening that the mtls policy reports' },
  { pattern: /tolerateGpuTaint$/, reason: 'tolerating the GPU taint without GPUs is documented as not recommended and reported by the gpu policy' },
  { pattern: /^global\.networkPolicy\.enabled$|^global\.mesh\.mtlsMode$/, reason: 'platform-wide versions of the switches above' },
  { pattern: /^global\.gpu\.toleration\./, reason: 'a different GPU taint toleration is a site choice; the gpu policy assumes GPU nodes carry the nvidia.com/gpu NoSchedule taint and reports any other' },
];

/** A values path from segments, through a JSON pointer (`~` and `/` inside a key escaped, as pointers require). */
export const pathOf = (segments: readonly (string | number)[]) => valuePath(`/${segments.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`.replace(/^\/$/, ''));

function resolve(schema: Schema | undefined, root: Schema, refs: string[] = []): Schema | undefined {
  let s = schema;
  for (let i = 0; s && s.$ref && i < 10; i++) {
    const ref = s.$ref as string;
    refs.push(ref.replace(/^#\/definitions\//, ''));
    const target = ref.replace(/^#\//, '').split('/').reduce<any>((node, key) => node?.[key], root);
    s = { ...target, ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')) };
  }
  return s;
}

const typesOf = (s: Schema): string[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);
const isObjectSchema = (s: Schema) => typesOf(s).includes('object') || (s.properties && !s.type);
const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaves and closed objects of a schema, walked along a base document (arrays only where the base has elements). */
export function sites(schema: Schema, base: Values): { leaves: Site[]; closed: ClosedObject[] } {
  const leaves: Site[] = [];
  const closed: ClosedObject[] = [];
  const walk = (node: Schema | undefined, value: unknown, segments: (string | number)[], depth: number, via: string[]) => {
    const refs = [...via];
    const s = resolve(node, schema, refs);
    if (!s || depth > 12) return;
    if (s.properties && isObjectSchema(s)) {
      // Only objects the base has: a value set under a missing parent would make a half object (an image without repository).
      if (segments.length > 0 && !isMap(value)) return;
      if (s.additionalProperties === false) closed.push({ segments, refs });
      for (const [key, sub] of Object.entries(s.properties as Record<string, Schema>)) {
        walk(sub, isMap(value) ? value[key] : undefined, [...segments, key], depth + 1, refs);
      }
      return;
    }
    if (isObjectSchema(s) && isMap(value) && typeof s.additionalProperties === 'object') {
      // A map (resource name -> quantity): its entries are leaves of the map's value schema.
      for (const key of Object.keys(value)) walk(s.additionalProperties, value[key], [...segments, key], depth + 1, refs);
      return;
    }
    if (typesOf(s).includes('array') && Array.isArray(value) && s.items && !Array.isArray(s.items)) {
      value.forEach((element, i) => walk(s.items, element, [...segments, i], depth + 1, refs));
      return;
    }
    const types = typesOf(s);
    const scalar = s.enum || types.some((t) => ['boolean', 'integer', 'number', 'string'].includes(t));
    if (scalar && !types.includes('object') && !types.includes('array')) leaves.push({ segments, schema: s, refs });
  };
  walk(schema, base, [], 0, []);
  return { leaves, closed };
}

const arbitraries = new WeakMap<Schema, fc.Arbitrary<unknown> | undefined>();

/**
 * An arbitrary for a schema-valid value of a leaf, or undefined when the leaf is free text. Built once
 * per schema node: turning a long pattern into a string arbitrary costs far more than drawing from it.
 */
export function leafArbitrary(s: Schema): fc.Arbitrary<unknown> | undefined {
  if (!arbitraries.has(s)) arbitraries.set(s, buildLeafArbitrary(s));
  return arbitraries.get(s);
}

function buildLeafArbitrary(s: Schema): fc.Arbitrary<unknown> | undefined {
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  if (s.const !== undefined) return fc.constant(s.const);
  const types = typesOf(s);
  const options: fc.Arbitrary<unknown>[] = [];
  if (types.includes('boolean')) options.push(fc.boolean());
  if (types.includes('integer')) {
    const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0);
    const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : Math.max(min + 10, 100));
    options.push(fc.integer({ min, max }));
  } else if (types.includes('number')) {
    const min = s.minimum ?? 0;
    const max = s.maximum ?? Math.max(min + 10, 100);
    options.push(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
  }
  if (types.includes('string') && s.pattern && !s.not) options.push(fc.stringMatching(new RegExp(s.pattern)).filter((v) => (s.minLength ?? 0) <= v.length && v.length <= (s.maxLength ?? 253)));
  if (types.includes('null')) options.push(fc.constant(null));
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

function setAt(doc: Values, segments: readonly (string | number)[], value: unknown): Values {
  const copy = structuredClone(doc);
  let node: any = copy;
  segments.forEach((seg, i) => {
    if (i === segments.length - 1) node[seg] = value;
    else {
      if (node[seg] === undefined || node[seg] === null) node[seg] = typeof segments[i + 1] === 'number' ? [] : {};
      node = node[seg];
    }
  });
  return copy;
}

export interface Base {
  name: string;
  values: Values;
}

export interface ValidCase {
  kind: 'valid';
  base: string;
  changes: { path: string; value: unknown }[];
  values: Values;
}

export type InvalidKind = 'wrong type' | 'out of range' | 'not in enum' | 'unknown key' | '--set-string coercion' | '--set coercion';

export interface InvalidCase {
  kind: InvalidKind;
  base: string;
  /** The value path the error must name. */
  path: string;
  values: Values;
  /** `--set`/`--set-string` pairs applied after the values (coercion cases). */
  set?: string[];
  setString?: Record<string, string>;
}

/** The bases of a chart: its defaults and each scenario, merged over the defaults (Helm's coalescing). */
export function bases(defaults: Values, scenarios: { name: string; values: Values }[]): Base[] {
  return [{ name: 'defaults', values: defaults }, ...scenarios.map((s) => ({ name: s.name, values: mergeValues(defaults, s.values) as Values }))];
}

/** The `--set` spelling of a path: `workers[0].maxReplicas`; keys with dots are escaped. */
const setPath = (segments: readonly (string | number)[]) => segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${s.replace(/([.,=\\])/g, '\\$1')}`)).join('');

export interface FuzzPlan {
  chart: string;
  seed: number;
  leaves: number;
  excluded: { path: string; reason: string }[];
  free: number;
  valid: fc.Arbitrary<ValidCase>;
  invalid: fc.Arbitrary<InvalidCase | undefined>;
}

/** The generators of one chart, over its bases. */
export function fuzzPlan(chart: string, basesOfChart: Base[], seed: number): FuzzPlan {
  const schema = chartSchema(chart) as Schema;
  const perBase = basesOfChart.map((b) => ({ base: b, ...sites(schema, b.values) }));
  const excluded = new Map<string, string>();
  const mutable = perBase.map((p) => ({
    ...p,
    leaves: p.leaves.filter((leaf) => {
      const path = pathOf(leaf.segments);
      const hit = validExclusions.find((e) => e.pattern.test(path));
      if (hit) excluded.set(path.replace(/\[\d+\]/g, '[]'), hit.reason);
      return !hit && leafArbitrary(leaf.schema) !== undefined;
    }),
  }));
  const free = perBase[0]!.leaves.filter((l) => leafArbitrary(l.schema) === undefined).length;

  const valid = fc
    .integer({ min: 0, max: mutable.length - 1 })
    .chain((bi) => {
      const p = mutable[bi]!;
      return fc.uniqueArray(fc.integer({ min: 0, max: p.leaves.length - 1 }), { minLength: 1, maxLength: 3 }).chain((indices) =>
        fc.tuple(...indices.map((i) => leafArbitrary(p.leaves[i]!.schema)!)).map((drawn) => {
          let values = p.base.values;
          const changes = indices.map((i, k) => {
            values = setAt(values, p.leaves[i]!.segments, drawn[k]);
            return { path: pathOf(p.leaves[i]!.segments), value: drawn[k] };
          });
          return { kind: 'valid' as const, base: p.base.name, changes, values };
        }),
      );
    });

  const invalid = fc
    .tuple(fc.integer({ min: 0, max: perBase.length - 1 }), fc.nat(), fc.constantFrom<InvalidKind>('wrong type', 'out of range', 'not in enum', 'unknown key', '--set-string coercion', '--set coercion'), fc.nat())
    .map(([bi, pick, kind, n]) => invalidCase(perBase[bi]!, pick, kind, n));

  return { chart, seed, leaves: mutable[0]!.leaves.length, excluded: [...excluded].map(([path, reason]) => ({ path, reason })), free, valid, invalid };
}

function invalidCase(p: { base: Base; leaves: Site[]; closed: ClosedObject[] }, pick: number, kind: InvalidKind, n: number): InvalidCase | undefined {
  const base = p.base;
  const make = (site: Site, value: unknown): InvalidCase => ({ kind, base: base.name, path: pathOf(site.segments), values: setAt(base.values, site.segments, value) });
  const choose = <T>(items: T[]) => (items.length > 0 ? items[pick % items.length] : undefined);
  const types = (s: Schema) => typesOf(s);
  switch (kind) {
    case 'wrong type': {
      const site = choose(p.leaves.filter((l) => !l.schema.enum && types(l.schema).length > 0));
      if (!site) return undefined;
      const t = types(site.schema);
      const value = t.includes('string') ? (t.includes('boolean') ? [n] : n % 2 === 0 ? { wrong: n } : [`x${n}`]) : n % 2 === 0 ? `text-${n}` : { wrong: n };
      return make(site, value);
    }
    case 'out of range': {
      const site = choose(p.leaves.filter((l) => typeof l.schema.minimum === 'number' || typeof l.schema.maximum === 'number'));
      if (!site) return undefined;
      const s = site.schema;
      const below = typeof s.minimum === 'number' && (typeof s.maximum !== 'number' || n % 2 === 0);
      return make(site, below ? s.minimum - 1 - (n % 5) : s.maximum + 1 + (n % 5));
    }
    case 'not in enum': {
      const site = choose(p.leaves.filter((l) => Array.isArray(l.schema.enum) && l.schema.enum.every((v: unknown) => typeof v === 'string')));
      return site ? make(site, `NotAnOption${n % 97}`) : undefined;
    }
    case 'unknown key': {
      const obj = choose(p.closed);
      if (!obj) return undefined;
      const key = `unknownKey${n % 997}`;
      return { kind, base: base.name, path: pathOf([...obj.segments, key]), values: setAt(base.values, [...obj.segments, key], n % 2 === 0 ? 'x' : n) };
    }
    case '--set-string coercion': {
      // `--set-string replicas=3` passes the string "3" where the schema wants a number or boolean.
      const site = choose(p.leaves.filter((l) => !types(l.schema).includes('string') && !l.schema.enum && types(l.schema).some((t) => ['integer', 'number', 'boolean'].includes(t))));
      if (!site) return undefined;
      const literal = types(site.schema).includes('boolean') ? 'true' : String(site.schema.minimum ?? 1);
      return { kind, base: base.name, path: pathOf(site.segments), values: base.values, setString: { [setPath(site.segments)]: literal } };
    }
    case '--set coercion': {
      // `--set flag=yes`: Helm keeps a word it cannot read as a number or boolean as a string.
      const site = choose(p.leaves.filter((l) => !types(l.schema).includes('string') && !l.schema.enum && types(l.schema).some((t) => ['integer', 'number', 'boolean'].includes(t))));
      if (!site) return undefined;
      return { kind, base: base.name, path: pathOf(site.segments), values: base.values, set: [`${setPath(site.segments)}=${['yes', 'on', 'ten', '1x'][n % 4]}`] };
    }
  }
}

/** Draws `count` cases of an arbitrary, reproducibly from a seed (undefined draws are skipped and counted). */
export function draw<T>(arb: fc.Arbitrary<T | undefined>, count: number, seed: number): { cases: T[]; skipped: number } {
  const cases: T[] = [];
  let skipped = 0;
  const batch = fc.sample(arb, { seed, numRuns: count * 4 });
  for (const c of batch) {
    if (cases.length >= count) break;
    if (c === undefined) skipped++;
    else cases.push(c);
  }
  return { cases, skipped };
}

/** A failing case as a values file someone can render: `helm template x charts/<chart> -f case.yaml`. */
export function asValuesFile(chart: string, seed: number, c: ValidCase | InvalidCase, note: string): string {
  const header = [`# fuzz case of ${chart} (seed ${seed}, base ${c.base}): ${note}`];
  if ('changes' in c) header.push(`# changed: ${c.changes.map((x) => `${x.path}=${JSON.stringify(x.value)}`).join(', ')}`);
  else header.push(`# ${c.kind} at ${c.path}${c.set ? ` (--set ${c.set.join(' ')})` : ''}${c.setString ? ` (--set-string ${Object.entries(c.setString).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`);
  return `${header.join('\n')}\n${helmYaml(c.values)}`;
}

