import { generatedFiles, writeGenerated } from '../lib/schema/generated.ts';

export async function run(): Promise<number> {
  const readmes = (await generatedFiles()).filter((f) => f.path.endsWith('README.md'));
  const changed = writeGenerated(readmes);
  console.log(changed.length === 0 ? `README values tables up to date (${readmes.length})` : `wrote ${changed.join(', ')}`);
  return 0;
}
