import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cacheDir } from '../paths.ts';
import { chartMetadata, chartPath, listCharts } from './chart-files.ts';
import { isTypedValuesFile, loadTypedValues } from './typed-values.ts';
import { helmYaml } from './values-yaml.ts';

/** The chart whose generated values type a `*.values.ts` file is checked against (none for charts outside charts/). */
function typedChart(chart: string | undefined): string | undefined {
  if (!chart) return undefined;
  const name = chartMetadata(chartPath(chart)).name;
  return listCharts().includes(name) && chartPath(name) === chartPath(chart) ? name : undefined;
}

/** A values file's contents: YAML as Helm reads it, or a `*.values.ts` module type-checked (for `chart`) and evaluated. */
export async function readValues(file: string, chart?: string): Promise<Record<string, unknown>> {
  if (isTypedValuesFile(file)) return loadTypedValues(file, typedChart(chart));
  return (parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {};
}

/**
 * The files Helm reads for `-f`: YAML files as they are, each `*.values.ts` type-checked, evaluated and
 * written as YAML to the cache (named by its contents, so the render cache keys on them).
 */
export async function helmValuesFiles(files: readonly string[], chart?: string): Promise<string[]> {
  return Promise.all(
    files.map(async (file) => {
      if (!isTypedValuesFile(file)) return file;
      const yaml = helmYaml(await loadTypedValues(file, typedChart(chart)));
      const out = join(cacheDir, 'typed-values', `${createHash('sha256').update(yaml).digest('hex')}.yaml`);
      if (!existsSync(out)) {
        mkdirSync(join(cacheDir, 'typed-values'), { recursive: true });
        writeFileSync(`${out}.${process.pid}`, yaml);
        renameSync(`${out}.${process.pid}`, out);
      }
      return out;
    }),
  );
}
