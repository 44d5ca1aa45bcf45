import { parseArgs } from 'node:util';
import { repositoryGeneratedFiles } from '../lib/repository/generated.ts';
import { drifted, generatedFiles, writeGenerated } from '../lib/schema/generated.ts';

/**
 * Every generated file: from the values schemas (TS types, README values tables) and for the chart
 * repository (Artifact Hub annotations in Chart.yaml, CHANGELOG.md per chart, docs/upgrading.md key maps).
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' } } });
  const files = [...(await generatedFiles()), ...(await repositoryGeneratedFiles())];
  if (values.check) {
    const stale = drifted(files);
    if (stale.length === 0) {
      console.log(`generated files are up to date (${files.length} checked)`);
      return 0;
    }
    console.error(`generated files differ from what their sources produce; run \`npm run gen\` and commit:\n${stale.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  const changed = writeGenerated(files);
  console.log(changed.length === 0 ? `nothing changed (${files.length} files)` : `wrote ${changed.join(', ')}`);
  return 0;
}
