import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { repoRoot } from '../paths.ts';

/** A cluster a scenario is rendered for: the APIs Helm sees and the platform's bar there. */
export interface ClusterAssumption {
  name: string;
  description: string;
  apiVersions: string[];
  requires: { networkPolicy: boolean };
}

/** scenarios.yaml as written (validated against catalog.schema.json). */
export interface CatalogFile {
  clusters: Record<string, Omit<ClusterAssumption, 'name'>>;
  cluster: string;
  alsoOn?: Record<string, { chart: string; scenarios: string[] }[]>;
  profiles?: Record<string, { inputs?: string[]; footprint?: boolean }>;
  layerings?: string[][];
}

/** Where a catalog lives: the file itself, profiles in values/, charts with their ci/ files. */
export interface CatalogRoot {
  root: string;
  file: string;
  valuesDir: string;
  chartsDir: string;
}

export const repositoryCatalog: CatalogRoot = { root: repoRoot, file: join(repoRoot, 'scenarios.yaml'), valuesDir: join(repoRoot, 'values'), chartsDir: join(repoRoot, 'charts') };

const schema = JSON.parse(readFileSync(new URL('./catalog.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile<CatalogFile>(schema);

/** The catalog file, validated: an error names the file, the entry and the fix. */
export function readCatalog(where: CatalogRoot = repositoryCatalog): CatalogFile {
  const data = parse(readFileSync(where.file, 'utf8')) as unknown;
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; ');
    throw new Error(`${where.file}: ${problems}. Fix: see scripts/lib/scenarios/catalog.schema.json`);
  }
  if (!data.clusters[data.cluster]) throw new Error(`${where.file}: cluster ${data.cluster} is not one of clusters (${Object.keys(data.clusters).join(', ')}). Fix: name a cluster defined under clusters`);
  return data;
}

const profileFilePattern = /^(.+)(\.ya?ml|\.values\.ts)$/;

/** Profiles of the umbrella: values/<name>.yaml and values/<name>.values.ts, sorted (values/types and values/examples are not profiles). */
export function profiles(where: CatalogRoot = repositoryCatalog): string[] {
  if (!existsSync(where.valuesDir)) return [];
  const names = readdirSync(where.valuesDir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => profileFilePattern.exec(e.name)?.[1])
    .filter((n): n is string => n !== undefined);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`values/: profile ${twice[0]} is written twice (YAML and TypeScript). Fix: keep one of values/${twice[0]}.yaml and values/${twice[0]}.values.ts`);
  return names.sort();
}

/**
 * The values layer `up` adds on the local cluster's real node (values/local/real-node.yaml): smaller
 * requests so that a profile schedules on the one real node of a 2-core machine. Not a profile (it lives
 * in a subdirectory, which profiles() does not read): the profiles keep their production sizes.
 */
export const realNodeLayer = join(repositoryCatalog.valuesDir, 'local', 'real-node.yaml');
/** The layer `up` adds after it when the local monitoring stack runs (values/local/monitoring.yaml: the label its Prometheus selects by). */
export const monitoringLayer = join(repositoryCatalog.valuesDir, 'local', 'monitoring.yaml');

/** The local cluster's layers, in the order `up` puts them after the profile (the user's own files come after them). */
export function localLayers(opts: { realNode?: boolean; monitoring?: boolean }): string[] {
  if (!opts.realNode) return [];
  return [realNodeLayer, ...(opts.monitoring ? [monitoringLayer] : [])];
}

/** The values file of a profile. */
export function profileFile(profile: string, where: CatalogRoot = repositoryCatalog): string {
  const file = [`${profile}.yaml`, `${profile}.yml`, `${profile}.values.ts`].map((f) => join(where.valuesDir, f)).find(existsSync);
  if (!file) throw new Error(`profile ${profile}: no values/${profile}.yaml or values/${profile}.values.ts. Fix: one of ${profiles(where).join(', ') || '(no profiles yet)'}`);
  return file;
}

/** `ci/*-values.yaml` of a chart: its install scenarios (ct lint and ct install use them too). */
export function ciValuesFiles(chartDir: string): string[] {
  const dir = join(chartDir, 'ci');
  return existsSync(dir) ? readdirSync(dir).filter((f) => /-values\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : [];
}
