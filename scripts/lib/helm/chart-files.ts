import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { chartsDir } from '../paths.ts';

export interface ChartDependency {
  name: string;
  version: string;
  repository?: string;
  condition?: string;
  alias?: string;
}

export interface ChartMetadata {
  apiVersion: string;
  name: string;
  version: string;
  type?: 'application' | 'library';
  appVersion?: string;
  /** SemVer range of the Kubernetes versions the chart supports. */
  kubeVersion?: string;
  dependencies?: ChartDependency[];
}

/** A chart name under charts/ or a path to a chart directory. */
export function chartPath(chart: string): string {
  return isAbsolute(chart) || chart.includes('/') ? resolve(chart) : join(chartsDir, chart);
}

export function chartMetadata(chartDir: string): ChartMetadata {
  return parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as ChartMetadata;
}

/** Directories of a chart's `file://` dependencies. */
export function localDependencyDirs(chartDir: string): string[] {
  return (chartMetadata(chartDir).dependencies ?? [])
    .filter((d) => d.repository?.startsWith('file://'))
    .map((d) => resolve(chartDir, d.repository!.slice('file://'.length)));
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      const rel = relative(root, full);
      // Built dependency archives and locks are outputs of `helm dependency update`, hashed via their sources.
      if (rel === 'charts' || rel === 'Chart.lock') return [];
      return entry.isDirectory() ? listFiles(full, root) : [full];
    })
    .sort();
}

/** Hash of a chart's own files and, recursively, those of its file:// dependencies. */
export function chartHash(chartDir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(chartDir)) {
    hash.update(relative(chartDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const dep of localDependencyDirs(chartDir)) hash.update(chartHash(dep));
  return hash.digest('hex');
}

export function isChartDir(dir: string): boolean {
  return existsSync(join(dir, 'Chart.yaml')) && statSync(dir).isDirectory();
}

/** Every chart under charts/, library charts included. */
export function listCharts(root = chartsDir): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => isChartDir(join(root, name)))
    .sort();
}
