import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { chartMetadata, chartPath, listCharts } from '../helm/chart-files.ts';
import { type ImageUse, type RenderedCase, renderedCases, templateChartOf } from '../images/rendered.ts';
import { umbrellaChart } from '../cluster/scenarios.ts';
import { containersOf, podTemplates } from '../manifests/index.ts';
import type { Manifest } from '../manifests/types.ts';
import { repoRoot } from '../paths.ts';
import { chartChanges, containsSecurityUpdates, securityAnnotation } from './changes.ts';
import { crdCatalog } from './crd-catalog.ts';

/**
 * Artifact Hub annotations that `mlp gen` derives (https://artifacthub.io/docs/topics/annotations/helm/);
 * the others (`changes`, `links`) are written by hand, `signKey` is added when a release is signed.
 */
export const generatedAnnotationKeys = ['artifacthub.io/license', 'artifacthub.io/images', securityAnnotation, 'artifacthub.io/crds', 'artifacthub.io/crdsExamples'] as const;
export type GeneratedAnnotations = Partial<Record<(typeof generatedAnnotationKeys)[number], string>>;

/** The project's license (package.json is its one statement; the LICENSE file holds the text). */
function projectLicense(): string {
  return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { license: string }).license;
}

/** The cases whose renders show what a chart can deploy: its own defaults, and the umbrella's profiles for a subchart. */
function casesOf(chart: string, cases: readonly RenderedCase[]): RenderedCase[] {
  return cases.filter((c) => c.chart === chart || c.chart === umbrellaChart);
}

/** Documents a chart wrote in its cases: all of the umbrella's renders, or a component's own templates wherever rendered. */
function docsOf(chart: string, cases: readonly RenderedCase[]): Manifest[] {
  return casesOf(chart, cases).flatMap((c) => (chart === umbrellaChart ? c.docs : c.docs.filter((d) => templateChartOf(d, c.chart) === chart)));
}

/** The distinct image references a chart renders (see docsOf), sorted. */
export function chartImageRefs(chart: string, cases: readonly RenderedCase[]): string[] {
  const refs = podTemplates(docsOf(chart, cases)).flatMap((t) => containersOf(t.template.spec).map(({ container }) => container.image).filter((i): i is string => Boolean(i)));
  return [...new Set(refs)].sort();
}

/** Artifact Hub image entries: the repository's last path segment names each, told apart by its tag's suffix when several share it. */
export function imageEntries(refs: readonly string[]): { name: string; image: string }[] {
  const split = (ref: string) => {
    const at = ref.lastIndexOf(':');
    const repo = ref.slice(0, at);
    return { repo, tag: ref.slice(at + 1), base: repo.split('/').at(-1)! };
  };
  const parsed = refs.map((ref) => ({ ref, ...split(ref) }));
  return parsed.map((p) => {
    const same = parsed.filter((q) => q.base === p.base).sort((a, b) => a.tag.length - b.tag.length);
    const shortest = same[0]!;
    if (same.length === 1 || p === shortest) return { name: p.base, image: p.ref };
    const suffix = p.tag.startsWith(shortest.tag) ? p.tag.slice(shortest.tag.length).replace(/^[-._]+/, '') : p.tag;
    return { name: `${p.base}-${suffix}`, image: p.ref };
  });
}

/** `RayCluster` → `Ray Cluster`, `HTTPRoute` → `HTTP Route`. */
const displayName = (kind: string) => kind.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');

/** An example of a custom resource as the chart renders it, trimmed to its shape: metadata.name only, each list to its first item. */
function example(doc: Manifest): Record<string, unknown> {
  const trim = (v: unknown): unknown => (Array.isArray(v) ? v.slice(0, 1).map(trim) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trim(x)])) : v);
  const { apiVersion, kind, metadata, ...rest } = doc as Manifest & Record<string, unknown>;
  delete rest.status;
  return { apiVersion, kind, metadata: { name: metadata.name }, ...(trim(rest) as Record<string, unknown>) };
}

/**
 * YAML 1.1 quoting (`yes`, `on` stay strings for any reader), folded so that Chart.yaml lines stay within
 * yamllint's 160 columns (.ct/lintconf.yaml) once indented under `annotations:`.
 */
export const annotationYaml = (items: unknown[]) => stringify(items, { lineWidth: 140, minContentWidth: 40, version: '1.1' });
const yamlList = annotationYaml;

/** The generated annotations of every chart, from one set of renders. */
export async function artifactHubAnnotations(charts = listCharts()): Promise<Map<string, GeneratedAnnotations>> {
  const cases = await renderedCases();
  const crds = await crdCatalog();
  const license = projectLicense();
  const out = new Map<string, GeneratedAnnotations>();
  for (const chart of charts) {
    const meta = chartMetadata(chartPath(chart)) as ReturnType<typeof chartMetadata> & { annotations?: Record<string, string> };
    const annotations: GeneratedAnnotations = { 'artifacthub.io/license': license };
    const images = chartImageRefs(chart, cases);
    if (images.length) annotations['artifacthub.io/images'] = yamlList(imageEntries(images));
    const security = containsSecurityUpdates(chartChanges(meta));
    if (security) annotations[securityAnnotation] = security;
    // Custom resources the chart creates, first rendering of each kind (defaults before profiles).
    const firstOfKind = new Map<string, Manifest>();
    for (const d of docsOf(chart, cases)) {
      const key = `${d.apiVersion}/${d.kind}`;
      if (crds.has(key) && !firstOfKind.has(key)) firstOfKind.set(key, d);
    }
    const kinds = [...firstOfKind.keys()].sort();
    if (kinds.length) {
      annotations['artifacthub.io/crds'] = yamlList(
        kinds.map((key) => {
          const crd = crds.get(key)!;
          const version = key.split('/').at(-2)!;
          const what = crd.summary ? `${crd.summary}. ` : '';
          return { kind: crd.kind, version, name: crd.name, displayName: displayName(crd.kind), description: `${what}Created by this chart; the CRD is not installed by it (install it from ${crd.source}).` };
        }),
      );
      annotations['artifacthub.io/crdsExamples'] = yamlList(kinds.map((key) => example(firstOfKind.get(key)!)));
    }
    out.set(chart, annotations);
  }
  return out;
}

/** Chart.yaml text with the generated annotations set (and stale ones removed), the rest kept as written. */
export function withGeneratedAnnotations(chartYaml: string, annotations: GeneratedAnnotations): string {
  const doc = parseDocument(chartYaml);
  for (const key of generatedAnnotationKeys) {
    const value = annotations[key];
    if (value === undefined) doc.deleteIn(['annotations', key]);
    else doc.setIn(['annotations', key], value);
  }
  const remaining = doc.getIn(['annotations']) as { items?: unknown[] } | undefined;
  if (remaining && remaining.items?.length === 0) doc.delete('annotations');
  return doc.toString({ lineWidth: 0 });
}

export type { ImageUse };
