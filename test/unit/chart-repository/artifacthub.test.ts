import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { umbrellaChart } from '../../../scripts/lib/cluster/scenarios.ts';
import { chartMetadata, chartPath, listCharts } from '../../../scripts/lib/helm/chart-files.ts';
import { type ImageUse, type RenderedCase, renderedCases, renderedImageUses, templateChartOf } from '../../../scripts/lib/images/rendered.ts';
import type { Manifest } from '../../../scripts/lib/manifests/types.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { generatedAnnotationKeys, imageEntries, withGeneratedAnnotations } from '../../../scripts/lib/repository/artifacthub.ts';
import { chartChanges } from '../../../scripts/lib/repository/changes.ts';
import { loadCrds } from '../../../scripts/lib/schema/crd.ts';

/** Artifact Hub metadata of every chart, checked against what the charts render and against the CRDs. */
const charts = listCharts();
const annotationsOf = (chart: string) => (chartMetadata(chartPath(chart)) as { annotations?: Record<string, string> }).annotations ?? {};
const listAnnotation = <T>(chart: string, key: string): T[] => (parse(annotationsOf(chart)[key] ?? '[]') as T[] | null) ?? [];

let uses: ImageUse[];
let cases: RenderedCase[];
beforeAll(async () => {
  [uses, cases] = await Promise.all([renderedImageUses(), renderedCases()]);
}, 300_000);

describe('Artifact Hub annotations', () => {
  it.each(charts)('%s: license (package.json), links and changes', (chart) => {
    const a = annotationsOf(chart);
    expect(a['artifacthub.io/license']).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).license);
    const links = listAnnotation<{ name: string; url: string }>(chart, 'artifacthub.io/links');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.url).toMatch(/^https:\/\/\S+$/);
    expect(links.map((l) => l.url)).toContain(`https://github.com/ml-platform-charts/ml-platform-charts/tree/main/charts/${chart}`);
    expect(chartChanges(chartMetadata(chartPath(chart)) as Parameters<typeof chartChanges>[0]).length).toBeGreaterThan(0);
  });

  it.each(charts)('%s: artifacthub.io/images is every image the chart renders (its defaults; for a component also inside the umbrella with each profile)', (chart) => {
    const rendered = uses.filter((u) => (chart === umbrellaChart ? u.chart === umbrellaChart : u.templateChart === chart)).map((u) => u.ref);
    const annotated = listAnnotation<{ name: string; image: string }>(chart, 'artifacthub.io/images');
    expect(annotated.map((i) => i.image).sort()).toEqual([...new Set(rendered)].sort());
    expect(new Set(annotated.map((i) => i.name)).size).toBe(annotated.length);
  });

  it.each(charts)("%s: every image its values.yaml pins by default (its dependencies' for the umbrella) is in artifacthub.io/images", (chart) => {
    const pinned: string[] = [];
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.repository === 'string' && o.repository && typeof o.tag === 'string' && o.tag) pinned.push(`${o.repository}:${o.tag}`);
      Object.values(o).forEach(walk);
    };
    const deps = chart === umbrellaChart ? (chartMetadata(chartPath(chart)).dependencies ?? []).map((d) => d.name) : [];
    for (const c of [chart, ...deps]) walk(parse(readFileSync(join(chartPath(c), 'values.yaml'), 'utf8')));
    const annotated = listAnnotation<{ image: string }>(chart, 'artifacthub.io/images').map((i) => i.image);
    for (const image of pinned) expect(annotated.some((a) => a.endsWith(`/${image}`) || a === image), `${image} (values.yaml of ${chart}${deps.length ? ' or its dependencies' : ''})`).toBe(true);
  });

  it.each(charts)('%s: artifacthub.io/crds lists each custom resource kind the chart renders; crdsExamples hold one valid example of each', async (chart) => {
    const crds = await loadCrds();
    const custom = new Set(
      cases
        .flatMap((c) => c.docs.filter((d) => (chart === umbrellaChart ? c.chart === umbrellaChart : templateChartOf(d, c.chart) === chart)))
        .filter((d) => crds.kinds.includes(`${d.apiVersion}/${d.kind}`))
        .map((d) => `${d.apiVersion.split('/')[1]}/${d.kind}`),
    );
    const listed = listAnnotation<{ kind: string; version: string; name: string; displayName: string; description: string }>(chart, 'artifacthub.io/crds');
    expect(listed.map((c) => `${c.version}/${c.kind}`).sort()).toEqual([...custom].sort());
    for (const c of listed) expect(c.name).toMatch(new RegExp(`^[a-z]+\\.[a-z.]+$`));
    const examples = listAnnotation<Manifest>(chart, 'artifacthub.io/crdsExamples');
    expect(examples.map((e) => `${e.apiVersion.split('/')[1]}/${e.kind}`).sort()).toEqual([...custom].sort());
    for (const e of examples) expect(crds.validate(e), `${e.kind} example`).toEqual([]);
  });

  it.each(charts)('%s: artifacthub.io/containsSecurityUpdates is "true" exactly when a change is of kind security', (chart) => {
    const changes = chartChanges(chartMetadata(chartPath(chart)) as Parameters<typeof chartChanges>[0]);
    expect(annotationsOf(chart)['artifacthub.io/containsSecurityUpdates']).toBe(changes.some((c) => c.kind === 'security') ? 'true' : undefined);
  });
});

describe('generated annotations in Chart.yaml', () => {
  const chartYaml = ['apiVersion: v2', 'name: demo', '# a comment kept', 'version: 1.0.0', 'annotations:', '  example.com/hand: written', '  artifacthub.io/images: stale', ''].join('\n');

  it('sets the generated keys, removes stale ones, keeps everything else as written', () => {
    const out = withGeneratedAnnotations(chartYaml, { 'artifacthub.io/license': 'Apache-2.0', 'artifacthub.io/containsSecurityUpdates': 'true' });
    expect(out).toContain('# a comment kept');
    expect(out).toContain('  example.com/hand: written');
    expect(out).not.toContain('artifacthub.io/images');
    expect(parse(out).annotations).toEqual({ 'example.com/hand': 'written', 'artifacthub.io/license': 'Apache-2.0', 'artifacthub.io/containsSecurityUpdates': 'true' });
    expect(generatedAnnotationKeys).not.toContain('artifacthub.io/changes');
  });

  it('names images by repository, told apart by their tag suffix', () => {
    expect(imageEntries(['docker.io/rayproject/ray:2.57.0-py311', 'docker.io/rayproject/ray:2.57.0-py311-gpu', 'postgres:18.4-alpine3.23'])).toEqual([
      { name: 'ray', image: 'docker.io/rayproject/ray:2.57.0-py311' },
      { name: 'ray-gpu', image: 'docker.io/rayproject/ray:2.57.0-py311-gpu' },
      { name: 'postgres', image: 'postgres:18.4-alpine3.23' },
    ]);
  });
});

describe('artifacthub-repo.yml', () => {
  it('is a mapping with only the fields Artifact Hub knows', () => {
    const data = parse(readFileSync(join(repoRoot, 'artifacthub-repo.yml'), 'utf8')) as Record<string, unknown>;
    expect(typeof data).toBe('object');
    for (const key of Object.keys(data)) expect(['repositoryID', 'owners', 'ignore']).toContain(key);
  });
});
