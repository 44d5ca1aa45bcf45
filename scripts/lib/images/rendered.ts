import { render } from '../helm/render.ts';
import { readValues } from '../helm/values-files.ts';
import { chartScenarios, installableCharts, type Scenario, umbrellaChart, umbrellaExists } from '../scenarios/index.ts';
import { containersOf, podTemplates } from '../manifests/index.ts';
import { type Manifest, sourceOf } from '../manifests/types.ts';

/** Where a rendered image reference was found: chart, values, workload and container. */
export interface ImageUse {
  ref: string;
  /** `<chart> defaults` or `ml-platform profile <name>`, then `<Kind>/<name> <container>`. */
  where: string;
  /** The chart rendered (a chart's defaults, or the umbrella with a profile). */
  chart: string;
  /** The chart whose template wrote the container: the rendered chart or one of its subcharts. */
  templateChart: string;
}

/** A case of the image set: a chart's defaults, or the umbrella with one profile. */
interface RenderCase {
  chart: string;
  values: string[];
  label: string;
}

/** A case and what it rendered. */
export interface RenderedCase extends RenderCase {
  docs: Manifest[];
}

/** `ml-platform/charts/feast/templates/x.yaml` → `feast`: the (sub)chart a template belongs to. */
export function templateChartOf(m: Manifest, rendered: string): string {
  const parts = (sourceOf(m) ?? '').split('/');
  const templates = parts.lastIndexOf('templates');
  return templates > 0 ? parts[templates - 1]! : rendered;
}

/**
 * A profile that sets `global.imageRegistry` takes every image from the user's own registry mirror
 * (airgapped): its references are the user's, served by that registry, never by stand-ins built here.
 */
async function usesOwnRegistry(s: Scenario): Promise<boolean> {
  const values = (await readValues(s.values[0]!)) as { global?: { imageRegistry?: string } };
  return Boolean(values.global?.imageRegistry);
}

/** Each chart's defaults and the umbrella with each profile of the scenario catalog, alone. */
async function renderCases(): Promise<RenderCase[]> {
  const profiles = umbrellaExists() ? chartScenarios(umbrellaChart, { alsoOn: false }).filter((s) => s.kind === 'profile') : [];
  const own = await Promise.all(profiles.map(usesOwnRegistry));
  return [
    ...installableCharts().map((chart) => ({ chart, values: [], label: `${chart} defaults` })),
    ...profiles.filter((_, i) => !own[i]).map((s) => ({ chart: umbrellaChart, values: s.values, label: `${umbrellaChart} profile ${s.name}` })),
  ];
}

/** Each chart's defaults and the umbrella with each profile (but those taking images from the user's registry), rendered. */
export async function renderedCases(): Promise<RenderedCase[]> {
  return Promise.all((await renderCases()).map(async (c) => ({ ...c, docs: await render(c.chart, { values: c.values }) })));
}

/**
 * Every image the platform runs, derived from what the charts render: each chart's defaults and
 * the umbrella with each profile, every container (init, main, hook, helm test, KubeRay groups).
 */
export async function renderedImageUses(): Promise<ImageUse[]> {
  return (await renderedCases()).flatMap((c) => imageUsesOf(c.docs, c.label, c.chart));
}

/** Every container image of a rendering of `chart` (init, main, hook, helm test, KubeRay groups), with where it is used. */
export function imageUsesOf(docs: Manifest[], label: string, chart: string): ImageUse[] {
  return podTemplates(docs).flatMap((t) =>
    containersOf(t.template.spec)
      .filter(({ container }) => container.image)
      .map(({ container }) => ({
        ref: container.image!,
        where: `${label}: ${t.owner.kind}/${t.owner.metadata.name} ${container.name}`,
        chart,
        templateChart: templateChartOf(t.owner, chart),
      })),
  );
}

/** Uses grouped by reference. */
export function byReference(uses: ImageUse[]): Map<string, string[]> {
  const byRef = new Map<string, string[]>();
  for (const use of uses) byRef.set(use.ref, [...(byRef.get(use.ref) ?? []), use.where]);
  return new Map([...byRef.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The distinct rendered references, sorted, each with every place it is used. */
export async function renderedImages(): Promise<Map<string, string[]>> {
  return byReference(await renderedImageUses());
}
