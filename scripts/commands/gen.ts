import { parseArgs } from 'node:util';
import { drifted, generatedFiles, writeGenerated } from '../lib/schema/generated.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' } } });
  const files = await generatedFiles();
  if (values.check) {
    const stale = drifted(files);
    if (stale.length === 0) {
      console.log(`generated files are up to date (${files.length} checked)`);
      return 0;
    }
    console.error(`generated files differ from what the values schemas produce; run \`npm run gen\` and commit:\n${stale.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  const changed = writeGenerated(files);
  console.log(changed.length === 0 ? `nothing changed (${files.length} files)` : `wrote ${changed.join(', ')}`);
  return 0;
}
