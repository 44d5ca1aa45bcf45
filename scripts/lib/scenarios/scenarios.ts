import { basename, join, resolve } from 'node:path';
import { chartMetadata, listCharts } from '../helm/chart-files.ts';
import { type CatalogFile, type CatalogRoot, type ClusterAssumption, ciValuesFiles, profileFile, profiles, readCatalog, repositoryCatalog } from './catalog.ts';

/** The umbrella chart that composes the component charts with a profile. */
export const umbrellaChart = 'ml-platform';

/**
 * One way to render and install a chart: its defaults, one of its ci/*-values.yaml, or (umbrella) a
 * profile or a documented layering of profiles, on one of the catalog's clusters.
 */
export interface Scenario {
  chart: string;
  kind: 'defaults' | 'ci' | 'profile' | 'layering';
  /** What reports print: `defaults`, a ci file's name (`redis-postgres`), `prod`, `prod + gpu`; `, bare cluster` on another cluster. */
  name: string;
  /** A DNS-label-safe name (namespaces, file names): `defaults`, `redis-postgres`, `profile-prod-gpu`, `...-bare`. */
  id: string;
  /** The profiles applied, in order (umbrella only). */
  profiles: string[];
  /** Values files, in order: the ci file or the profiles, then the inputs they need. */
  values: string[];
  /** The inputs only a profile's user has, as test fixtures (included in values). */
  inputs: string[];
  cluster: ClusterAssumption;
  /** Counted in the footprint table. */
  footprint: boolean;
}

/** Application charts (library charts install nothing). */
export function installableCharts(where: CatalogRoot = repositoryCatalog): string[] {
  return listCharts(where.chartsDir).filter((c) => chartMetadata(join(where.chartsDir, c)).type !== 'library');
}

export function umbrellaExists(where: CatalogRoot = repositoryCatalog): boolean {
  return installableCharts(where).includes(umbrellaChart);
}

function clusterOf(catalog: CatalogFile, name: string): ClusterAssumption {
  const c = catalog.clusters[name];
  if (!c) throw new Error(`scenarios.yaml: no cluster ${name}. Fix: one of ${Object.keys(catalog.clusters).join(', ')}`);
  return { name, ...c };
}

/** The umbrella with profiles applied in order, on the catalog's cluster. */
function profileScenario(catalog: CatalogFile, names: string[], where: CatalogRoot): Scenario {
  const known = profiles(where);
  for (const n of names) if (!known.includes(n)) throw new Error(`profile ${n}: no values/${n}.yaml or values/${n}.values.ts. Fix: one of ${known.join(', ') || '(no profiles yet)'}`);
  const needs = names.map((n) => catalog.profiles?.[n] ?? {});
  const inputs = needs.flatMap((n) => (n.inputs ?? []).map((f) => resolve(where.root, f)));
  return {
    chart: umbrellaChart,
    kind: names.length === 1 ? 'profile' : 'layering',
    name: names.join(' + '),
    id: `profile-${names.join('-')}`,
    profiles: names,
    values: [...names.map((n) => profileFile(n, where)), ...inputs],
    inputs,
    cluster: clusterOf(catalog, catalog.cluster),
    footprint: needs.every((n) => n.footprint !== false),
  };
}

/** The umbrella with the given profiles (e.g. `mlp up --profile prod,gpu`): any profile in values/, layered in order. */
export function umbrellaWith(names: string[], where: CatalogRoot = repositoryCatalog): Scenario {
  return profileScenario(readCatalog(where), names, where);
}

/**
 * Every scenario of a chart on the catalog's cluster, then (unless `alsoOn` is false) those the catalog
 * renders again on other clusters.
 */
export function chartScenarios(chart: string, { alsoOn = true }: { alsoOn?: boolean } = {}, where: CatalogRoot = repositoryCatalog): Scenario[] {
  const catalog = readCatalog(where);
  const cluster = clusterOf(catalog, catalog.cluster);
  const base = { chart, profiles: [], inputs: [], cluster, footprint: true };
  const own: Scenario[] = [
    { ...base, kind: 'defaults', name: 'defaults', id: 'defaults', values: [] },
    ...ciValuesFiles(join(where.chartsDir, chart)).map((file): Scenario => {
      const name = basename(file).replace(/-values\.ya?ml$/, '');
      return { ...base, kind: 'ci', name, id: name, values: [file] };
    }),
  ];
  if (chart === umbrellaChart) {
    const stale = Object.keys(catalog.profiles ?? {}).filter((p) => !profiles(where).includes(p));
    if (stale.length > 0) throw new Error(`scenarios.yaml profiles.${stale[0]}: no such profile in values/. Fix: remove the entry or add values/${stale[0]}.yaml`);
    for (const p of profiles(where)) own.push(profileScenario(catalog, [p], where));
    for (const layering of catalog.layerings ?? []) own.push(profileScenario(catalog, layering, where));
  }
  if (!alsoOn) return own;
  const again: Scenario[] = Object.entries(catalog.alsoOn ?? {}).flatMap(([clusterName, entries]) =>
    entries
      .filter((e) => e.chart === chart)
      .flatMap((e) =>
        e.scenarios.map((name) => {
          const s = own.find((x) => x.name === name);
          if (!s) throw new Error(`scenarios.yaml alsoOn.${clusterName}: ${chart} has no scenario ${name}. Fix: one of ${own.map((x) => x.name).join(', ')}`);
          return { ...s, name: `${s.name}, ${clusterName} cluster`, id: `${s.id}-${clusterName}`, cluster: clusterOf(catalog, clusterName) };
        }),
      ),
  );
  return [...own, ...again];
}

/** Every scenario of every application chart. */
export function allScenarios(where: CatalogRoot = repositoryCatalog): Scenario[] {
  return installableCharts(where).flatMap((chart) => chartScenarios(chart, {}, where));
}

/** `feast: redis-postgres`, the way reports name a scenario. */
export const scenarioLabel = (s: Scenario) => `${s.chart}: ${s.name}`;
