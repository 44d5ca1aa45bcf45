import { type Manifest, objectRef } from './types.ts';

export function ofKind(docs: readonly Manifest[], kind: string): Manifest[] {
  return docs.filter((d) => d.kind === kind);
}

export function find(docs: readonly Manifest[], kind: string, name?: string): Manifest | undefined {
  return docs.find((d) => d.kind === kind && (name === undefined || d.metadata?.name === name));
}

/** The one object of a kind (and name); throws listing what exists when it is missing or ambiguous. */
export function get(docs: readonly Manifest[], kind: string, name?: string): Manifest {
  const matches = docs.filter((d) => d.kind === kind && (name === undefined || d.metadata?.name === name));
  if (matches.length === 1) return matches[0]!;
  const have = docs.map(objectRef).join(', ') || 'nothing';
  if (matches.length === 0) throw new Error(`no ${kind}${name ? `/${name}` : ''} in the rendered output (it has: ${have})`);
  throw new Error(`${matches.length} objects of kind ${kind}${name ? `/${name}` : ''}; name one of: ${matches.map(objectRef).join(', ')}`);
}

export function kinds(docs: readonly Manifest[]): string[] {
  return [...new Set(docs.map((d) => d.kind))].sort();
}

/** Reads a value by a dotted path with [index] segments, e.g. `spec.template.spec.containers[0].image`. */
export function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || current === undefined) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function isHook(m: Manifest): boolean {
  return Boolean(m.metadata?.annotations?.['helm.sh/hook']);
}

export function labelsMatch(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** Labels as the API's `labelSelector` (and kubelet's `--node-labels`) write them: `a=b,c=d`. */
export function labelSelectorString(labels: Record<string, string>): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A Kubernetes label selector (matchLabels and matchExpressions); an empty selector selects every object, a missing one none. */
export function selectorMatches(selector: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return labels[key] !== undefined && values.includes(labels[key]);
      case 'NotIn':
        return labels[key] === undefined || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}
