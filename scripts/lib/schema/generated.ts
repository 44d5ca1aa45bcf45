import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chartMetadata, chartPath, listCharts } from '../helm/chart-files.ts';
import { repoRoot, valuesDir } from '../paths.ts';
import { valuesTable, withValuesTable } from './docs.ts';
import { sharedDefinitions } from './fragments.ts';
import { sharedTypesModule, sharedValuesTypes, valuesTypes } from './types.ts';
import { valuesTypesIndex } from './types-index.ts';
import { chartDefaults } from './values.ts';
import { generatedValuesSchema, hasValuesFile } from './values-schema.ts';

const fixtureChartsDir = join(repoRoot, 'test', 'fixtures', 'charts');

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Everything generated from the annotated values files: each chart's values.schema.json (with the shared
 * fragments of charts/ml-common/schema it references inlined), then from that schema the TS types in
 * values/types (and their index by chart name) and the chart README's values table (application charts;
 * the library has neither).
 */
export async function generatedFiles(charts = listCharts()): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  const shared = sharedDefinitions();
  const typed: string[] = [];
  for (const chart of [...charts, ...schemaFixtures()]) {
    if (!hasValuesFile(chart)) continue;
    const schema = generatedValuesSchema(chart, shared);
    files.push({ path: join(chartPath(chart), 'values.schema.json'), content: `${JSON.stringify(schema, null, 2)}\n` });
    const metadata = chartMetadata(chartPath(chart));
    if (metadata.type === 'library' || chart.includes('/')) continue;
    const components = (metadata.dependencies ?? []).filter((d) => d.repository?.startsWith('file://') && d.name !== 'ml-common').map((d) => d.name);
    const typesFile = join(valuesDir, 'types', `${chart}.ts`);
    files.push({ path: typesFile, content: await valuesTypes(chart, schema, components, shared) });
    typed.push(chart);
    const readmePath = join(chartPath(chart), 'README.md');
    const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${chart}\n`;
    files.push({ path: readmePath, content: withValuesTable(readme, valuesTable(schema, chartDefaults(chart), components)) });
  }
  files.push({ path: join(valuesDir, 'types', `${sharedTypesModule}.ts`), content: await sharedValuesTypes(shared) });
  files.push({ path: join(valuesDir, 'types', 'index.ts'), content: valuesTypesIndex(typed) });
  return files;
}

/** Test fixture charts that carry a values schema: generated like the charts' (the schema only). */
function schemaFixtures(): string[] {
  return listCharts(fixtureChartsDir).map((name) => join(fixtureChartsDir, name)).filter((dir) => existsSync(join(dir, 'values.schema.json')));
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
