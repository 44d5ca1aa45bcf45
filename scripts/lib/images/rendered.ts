import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { installableCharts, profileFile, profiles, umbrellaChart } from '../cluster/scenarios.ts';
import { render } from '../helm/render.ts';
import { type Manifest, containersOf, podTemplates } from '../manifests/index.ts';

/** Where a rendered image reference was found: chart, values, workload and container. */
export interface ImageUse {
  ref: string;
  /** `<chart> defaults` or `ml-platform profile <name>`, then `<Kind>/<name> <container>`. */
  where: string;
}

/** A case of the image set: a chart's defaults, or the umbrella with one profile. */
interface RenderCase {
  chart: string;
  values: string[];
  label: string;
}

/**
 * A profile that sets `global.imageRegistry` takes every image from the user's own registry mirror
 * (airgapped): its references are the user's, served by that registry, never by stand-ins built here.
 */
function usesOwnRegistry(profile: string): boolean {
  const values = parse(readFileSync(profileFile(profile), 'utf8')) as { global?: { imageRegistry?: string } } | null;
  return Boolean(values?.global?.imageRegistry);
}

function renderCases(): RenderCase[] {
  return [
    ...installableCharts().map((chart) => ({ chart, values: [], label: `${chart} defaults` })),
    ...profiles()
      .filter((p) => !usesOwnRegistry(p))
      .map((p) => ({ chart: umbrellaChart, values: [profileFile(p)], label: `${umbrellaChart} profile ${p}` })),
  ];
}

/**
 * Every image the platform runs, derived from what the charts render: each chart's defaults and
 * the umbrella with each profile, every container (init, main, hook, helm test, KubeRay groups).
 */
export async function renderedImageUses(): Promise<ImageUse[]> {
  const perCase = await Promise.all(
    renderCases().map(async (c) => {
      const docs = await render(c.chart, { values: c.values });
      return imageUsesOf(docs, c.label);
    }),
  );
  return perCase.flat();
}

/** Every container image of a rendering (init, main, hook, helm test, KubeRay groups), with where it is used. */
export function imageUsesOf(docs: Manifest[], label: string): ImageUse[] {
  return podTemplates(docs).flatMap((t) =>
    containersOf(t.template.spec)
      .filter(({ container }) => container.image)
      .map(({ container }) => ({ ref: container.image!, where: `${label}: ${t.owner.kind}/${t.owner.metadata.name} ${container.name}` })),
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
