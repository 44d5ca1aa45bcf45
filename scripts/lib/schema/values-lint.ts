import { chartMetadata, chartPath } from '../helm/chart-files.ts';
import { templateReads, type ValueRead } from './template-reads.ts';
import { chartSchema } from './values.ts';

/**
 * The values lint: a chart's templates and its values.yaml must agree.
 *  - **undeclared**: a template reads a value its values.yaml does not declare (a typo, or a value added to
 *    a template and not to the values file, whose schema would then refuse it);
 *  - **unread**: values.yaml declares a value no template reads (dead configuration a user would set in vain);
 *  - **undecidable**: a template reads values in a way the lint cannot follow (see template-reads.ts): the
 *    idiom must be made explicit (a literal template name, a literal key).
 * Declared means: in the generated values.schema.json (so in values.yaml), under a declared object, or
 * anywhere under a free-form map, an open object or a Kubernetes pass-through type. Not checked as
 * unread: `global` (the platform's contract: every chart validates all of it and uses what concerns it)
 * and the keys of dependencies (their own charts read them).
 */
type Schema = Record<string, any>;

export interface ValuesFinding {
  kind: 'undeclared' | 'unread' | 'undecidable';
  /** The value path (`workers.*.name`), or the template location for `undecidable`. */
  path: string;
  message: string;
}

const show = (path: readonly string[]) => path.join('.') || '(all values)';

function resolve(node: Schema | undefined, root: Schema): Schema | undefined {
  let s = node;
  for (let i = 0; s?.$ref && i < 20; i++) {
    const { $ref, ...rest } = s;
    s = { ...(root.definitions?.[String($ref).replace('#/definitions/', '')] as Schema), ...rest };
  }
  return s;
}

/** An object any key of which is declared: a free-form map, an open object, or a Kubernetes type. */
const isObject = (s: Schema) => s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object')) || (s.properties !== undefined && s.type === undefined);
const isOpen = (s: Schema, raw: Schema) => String(raw.$ref ?? '').startsWith('#/definitions/k8s.') || (isObject(s) && s.additionalProperties !== false);

/** Alternatives of a node (anyOf/oneOf branches), or the node itself. */
const alternatives = (s: Schema, root: Schema): Schema[] => [s, ...((s.anyOf ?? s.oneOf ?? []) as Schema[]).map((a) => resolve(a, root)!)];

/** Whether a read path is declared by the schema. */
export function isDeclared(root: Schema, path: readonly string[]): boolean {
  const walk = (raw: Schema | undefined, i: number): boolean => {
    const node = resolve(raw, root);
    if (!node) return false;
    if (i === path.length) return true;
    if (isOpen(node, raw!)) return true;
    const segment = path[i]!;
    return alternatives(node, root).some((s) => {
      if (s.properties) {
        if (segment === '*') return Object.values(s.properties as Schema).some((p) => walk(p, i + 1));
        if (s.properties[segment]) return walk(s.properties[segment], i + 1);
      }
      if (s.items && (segment === '*' || /^\d+$/.test(segment))) return walk(s.items, i + 1);
      return isOpen(s, s);
    });
  };
  return walk(root, 0);
}

/** The declared values that templates should read: leaves, and objects whose keys are free (maps, Kubernetes types). */
export function declaredLeaves(root: Schema, skip: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  const walk = (raw: Schema | undefined, path: string[], depth: number) => {
    const node = resolve(raw, root);
    if (!node || depth > 20) return;
    if (path.length === 1 && skip.has(path[0]!)) return;
    if (isOpen(node, raw!)) return void out.push(path);
    if (node.properties) {
      for (const [key, sub] of Object.entries(node.properties as Schema)) walk(sub, [...path, key], depth + 1);
      return;
    }
    if (node.items && resolve(node.items, root)?.properties) return walk(node.items, [...path, '*'], depth + 1);
    out.push(path);
  };
  walk(root, [], 0);
  return out;
}

const matches = (a: string, b: string) => a === b || a === '*' || b === '*';
const isPrefix = (prefix: readonly string[], path: readonly string[]) => prefix.length <= path.length && prefix.every((s, i) => matches(s, path[i]!));

/** Whether the reads cover a declared value: read itself, something under it, or something above it read whole. */
export function isRead(reads: readonly ValueRead[], leaf: readonly string[]): boolean {
  return reads.some((r) => isPrefix(leaf, r.path) || (r.whole && isPrefix(r.path, leaf)));
}

/** The lint's findings for one chart (empty: templates and values.yaml agree). */
export async function lintValues(chart: string): Promise<ValuesFinding[]> {
  const dir = chartPath(chart);
  const schema = chartSchema(dir) as Schema | undefined;
  if (!schema || chartMetadata(dir).type === 'library') return [];
  const { reads: templated, undecidable } = await templateReads(dir);
  // A dependency's condition (`components.feast`) is read by Helm from Chart.yaml.
  const conditions = (chartMetadata(dir).dependencies ?? []).flatMap((d) => (d.condition ?? '').split(',').filter(Boolean));
  const reads = [...templated, ...conditions.map((c) => ({ path: c.trim().split('.'), whole: false, locations: ['Chart.yaml'] }))];
  const findings: ValuesFinding[] = [];
  for (const r of reads) {
    if (!isDeclared(schema, r.path)) findings.push({ kind: 'undeclared', path: show(r.path), message: `read by ${r.locations.join(', ')} but not declared in values.yaml. Fix: declare it (with a # -- description) or correct the template` });
  }
  const skip = new Set(['global', 'ml-common', ...(chartMetadata(dir).dependencies ?? []).map((d) => d.alias ?? d.name)]);
  for (const leaf of declaredLeaves(schema, skip)) {
    if (!isRead(reads, leaf)) findings.push({ kind: 'unread', path: show(leaf), message: 'declared in values.yaml but read by no template. Fix: use it in a template or remove it from values.yaml' });
  }
  for (const u of undecidable) findings.push({ kind: 'undecidable', path: u.location, message: u.reason });
  return findings.sort((a, b) => a.kind.localeCompare(b.kind) || a.path.localeCompare(b.path));
}

export function formatValuesFindings(chart: string, findings: readonly ValuesFinding[]): string {
  return findings.map((f) => `${chart}: ${f.kind} value ${f.path}: ${f.message}`).join('\n');
}
