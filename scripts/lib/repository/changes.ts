import { parse } from 'yaml';

/** Artifact Hub's change kinds (https://artifacthub.io/docs/topics/annotations/helm/). */
export const changeKinds = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface ChartChange {
  kind: ChangeKind;
  description: string;
  links?: { name: string; url: string }[];
}

export const changesAnnotation = 'artifacthub.io/changes';
export const securityAnnotation = 'artifacthub.io/containsSecurityUpdates';

interface WithAnnotations {
  name: string;
  version: string;
  annotations?: Record<string, string>;
}

/**
 * The changes a chart version states in its `artifacthub.io/changes` annotation (the structured form:
 * a YAML list of kind, description, optional links), validated; [] when the annotation is absent.
 */
export function chartChanges(meta: WithAnnotations): ChartChange[] {
  const text = meta.annotations?.[changesAnnotation];
  if (text === undefined) return [];
  const where = `charts/${meta.name}/Chart.yaml annotations.${changesAnnotation}`;
  const fix = 'Fix: write a YAML list of {kind, description, links?} with kind one of ' + changeKinds.join(', ');
  let list: unknown;
  try {
    list = parse(text);
  } catch (error) {
    throw new Error(`value ${where}: is not YAML (${(error as Error).message.split('\n')[0]}). ${fix}.`);
  }
  if (!Array.isArray(list)) throw new Error(`value ${where}: is not a list. ${fix}.`);
  return list.map((c, i) => {
    const item = c as Partial<ChartChange> | null;
    if (!item || typeof item !== 'object') throw new Error(`value ${where}[${i}]: is not an object. ${fix}.`);
    if (!changeKinds.includes(item.kind as ChangeKind)) throw new Error(`value ${where}[${i}].kind: ${JSON.stringify(item.kind)} is not a change kind. ${fix}.`);
    if (typeof item.description !== 'string' || item.description.trim() === '') throw new Error(`value ${where}[${i}].description: is empty. ${fix}.`);
    for (const [j, l] of (item.links ?? []).entries()) {
      if (typeof l?.name !== 'string' || !/^https?:\/\//.test(l?.url ?? '')) throw new Error(`value ${where}[${i}].links[${j}]: needs a name and an http(s) url. ${fix}.`);
    }
    return { kind: item.kind as ChangeKind, description: item.description.trim(), ...(item.links?.length ? { links: item.links } : {}) };
  });
}

/** `artifacthub.io/containsSecurityUpdates`: "true" exactly when a change is of kind security (undefined otherwise). */
export function containsSecurityUpdates(changes: readonly ChartChange[]): string | undefined {
  return changes.some((c) => c.kind === 'security') ? 'true' : undefined;
}

const kindTitle: Record<ChangeKind, string> = { added: 'Added', changed: 'Changed', deprecated: 'Deprecated', removed: 'Removed', fixed: 'Fixed', security: 'Security' };

/** The bullet list of one version's changes, grouped by kind in Artifact Hub's order. */
export function changesMarkdown(changes: readonly ChartChange[]): string {
  return changeKinds
    .flatMap((kind) => changes.filter((c) => c.kind === kind))
    .map((c) => `- **${kindTitle[c.kind]}**: ${c.description}${c.links?.length ? ` (${c.links.map((l) => `[${l.name}](${l.url})`).join(', ')})` : ''}`)
    .join('\n');
}

/** Release notes of one chart version (the body of its GitHub release, printed by `mlp package`). */
export function releaseNotes(meta: WithAnnotations & { appVersion?: string }): string {
  const changes = chartChanges(meta);
  return [
    `# ${meta.name} ${meta.version}`,
    '',
    ...(meta.appVersion ? [`App version: ${meta.appVersion}`, ''] : []),
    changes.length ? changesMarkdown(changes) : '_No changes stated (`artifacthub.io/changes` is empty)._',
    '',
  ].join('\n');
}
