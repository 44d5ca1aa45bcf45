import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartMetadata, chartPath, localDependencyDirs } from '../helm/chart-files.ts';

export type Values = Record<string, unknown>;

const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Helm's coalescing: maps merge key by key, anything else replaces, and null deletes a default. */
export function mergeValues(base: unknown, override: unknown): unknown {
  if (!isMap(base) || !isMap(override)) return override === undefined ? base : override;
  const out: Values = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete out[key];
    else out[key] = mergeValues(base[key], value);
  }
  return out;
}

export function chartDefaults(chart: string): Values {
  const file = join(chartPath(chart), 'values.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as Values | null) ?? {}) : {};
}

export function chartSchema(chart: string): object | undefined {
  const file = join(chartPath(chart), 'values.schema.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : undefined;
}

export function readValuesFile(file: string): Values {
  return (parse(readFileSync(file, 'utf8')) as Values | null) ?? {};
}

/** The subcharts a chart's values reach (file:// dependencies), keyed by alias or name. */
export function subcharts(chart: string): { key: string; dir: string }[] {
  const dir = chartPath(chart);
  const deps = chartMetadata(dir).dependencies ?? [];
  const dirs = localDependencyDirs(dir);
  return deps.filter((d) => d.repository?.startsWith('file://')).map((d, i) => ({ key: d.alias ?? d.name, dir: dirs[i]! }));
}
