import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { footprintTable, profileFootprints, withFootprintTable } from './footprint.ts';
import { repoRoot } from './paths.ts';
import { repositoryGeneratedFiles } from './repository/generated.ts';
import { type GeneratedFile, generatedFiles } from './schema/generated.ts';

/** The README's footprint table, from renders of the umbrella with each profile. */
async function footprintReadme(): Promise<GeneratedFile> {
  const path = join(repoRoot, 'README.md');
  const readme = existsSync(path) ? readFileSync(path, 'utf8') : '';
  return { path, content: withFootprintTable(readme, footprintTable(await profileFootprints())) };
}

/**
 * Every file or block `npx mlp gen` writes (and `gen --check` compares), from its one source:
 *  - from each annotated values.yaml: values.schema.json, values/types/<chart>.ts, the README values table;
 *  - for the chart repository: Chart.yaml's Artifact Hub annotations, CHANGELOG.md, docs/upgrading.md's key maps;
 *  - the README's footprint table (renders of the umbrella's profiles).
 * In stages: a later stage renders charts with what an earlier one writes.
 * The Kubernetes fragments (charts/ml-common/schema/kubernetes.json) come from the pinned Kubernetes
 * OpenAPI document and are regenerated only on request (`gen --kubernetes`): they change with the pin.
 */
export const generationStages: { name: string; files: () => Promise<GeneratedFile[]> }[] = [
  { name: 'values schemas, types and README values tables', files: () => generatedFiles() },
  // These render the charts, so they read the values schemas the stage before wrote.
  { name: 'chart repository metadata and the README footprint table', files: async () => [...(await repositoryGeneratedFiles()), await footprintReadme()] },
];

