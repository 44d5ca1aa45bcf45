import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chartMetadata, listCharts } from '../helm/chart-files.ts';
import { chartsDir, valuesDir } from '../paths.ts';

/** The umbrella chart that composes the component charts with a profile. */
export const umbrellaChart = 'ml-platform';

/** One way to install a chart: its defaults, one of its ci/*-values.yaml, or (umbrella) a profile from values/. */
export interface Scenario {
  chart: string;
  /** `chart-defaults`, the ci file's name without `-values.yaml`, or `profile-<name>`. */
  name: string;
  values: string[];
}

/**
 * The values layer `up` adds on the local cluster's real node (values/local/real-node.yaml): smaller
 * requests so that a profile schedules on the one real node of a 2-core machine. Not a profile (it lives
 * in a subdirectory, which profiles() does not read): the profiles keep their production sizes.
 */
export const realNodeLayer = join(valuesDir, 'local', 'real-node.yaml');

/** Profiles of the umbrella: values/*.yaml, top level only (values/types is generated code, values/local a layer). */
export function profiles(): string[] {
  if (!existsSync(valuesDir)) return [];
  return readdirSync(valuesDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

export function profileFile(profile: string): string {
  const file = [join(valuesDir, `${profile}.yaml`), join(valuesDir, `${profile}.yml`)].find(existsSync);
  if (!file) throw new Error(`no profile ${profile} in values/ (profiles: ${profiles().join(', ') || 'none yet'})`);
  return file;
}

export function umbrellaExists(): boolean {
  return existsSync(join(chartsDir, umbrellaChart, 'Chart.yaml'));
}

/** Application charts (library charts install nothing). */
export function installableCharts(): string[] {
  return listCharts().filter((c) => chartMetadata(join(chartsDir, c)).type !== 'library');
}

/** Every scenario of a chart: defaults, each ci/*-values.yaml and, for the umbrella, each profile. */
export function scenarios(chart: string): Scenario[] {
  const ciDir = join(chartsDir, chart, 'ci');
  const ci = existsSync(ciDir) ? readdirSync(ciDir).filter((f) => f.endsWith('-values.yaml')).sort() : [];
  const out: Scenario[] = [{ chart, name: 'chart-defaults', values: [] }];
  for (const f of ci) out.push({ chart, name: basename(f, '-values.yaml'), values: [join(ciDir, f)] });
  if (chart === umbrellaChart) for (const p of profiles()) out.push({ chart, name: `profile-${p}`, values: [profileFile(p)] });
  return out;
}
