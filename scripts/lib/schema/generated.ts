import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chartPath, listCharts } from '../helm/chart-files.ts';
import { repoRoot, valuesDir } from '../paths.ts';
import { valuesTable, withValuesTable } from './docs.ts';
import { sharedDefinitions, withSharedDefinitions } from './fragments.ts';
import { valuesTypes } from './types.ts';
import { chartDefaults, chartSchema } from './values.ts';

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Everything generated from the values schemas: each chart's values.schema.json with the shared
 * fragments it references inlined (charts/ml-common/schema), then from that schema the TS types in
 * values/types and the chart README's values table.
 */
export async function generatedFiles(charts = listCharts()): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  const shared = sharedDefinitions();
  for (const chart of charts) {
    const own = chartSchema(chart);
    if (!own) continue;
    const schema = withSharedDefinitions(own as Record<string, unknown>, shared);
    files.push({ path: join(chartPath(chart), 'values.schema.json'), content: `${JSON.stringify(schema, null, 2)}\n` });
    const typesFile = join(valuesDir, 'types', `${chart}.ts`);
    files.push({ path: typesFile, content: await valuesTypes(chart, schema) });
    const readmePath = join(chartPath(chart), 'README.md');
    const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${chart}\n`;
    files.push({ path: readmePath, content: withValuesTable(readme, valuesTable(schema, chartDefaults(chart))) });
  }
  return files;
}

/** Files whose committed content differs from what the schemas generate. */
export function drifted(files: readonly GeneratedFile[]): string[] {
  return files.filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.content).map((f) => relative(repoRoot, f.path));
}

export function writeGenerated(files: readonly GeneratedFile[]): string[] {
  const changed = drifted(files);
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.content);
  }
  return changed;
}
