import { createReadStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { type HelmMajor, helm, runOrThrow } from '../tools/index.ts';
import { chartPath } from './chart-files.ts';
import { ensureDependencies } from './dependencies.ts';

/** The paths inside a chart archive (`mlflow-platform/files/migrate.sh`, ...). */
export async function archiveEntries(tgz: string): Promise<string[]> {
  const entries: string[] = [];
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    entries.push(header.name);
    stream.on('end', next);
    stream.resume();
  });
  await pipeline(createReadStream(tgz), createGunzip(), reader);
  return entries.sort();
}

/** `helm package` of a chart (its .helmignore applies), returning the paths the archive holds. */
export async function packagedFiles(chart: string, major: HelmMajor = 4): Promise<string[]> {
  const dir = chartPath(chart);
  await ensureDependencies(dir, major);
  const out = mkdtempSync(join(tmpdir(), 'mlp-package-'));
  try {
    await runOrThrow(helm(major), ['package', dir, '--destination', out]);
    const [archive] = readdirSync(out).filter((f) => f.endsWith('.tgz'));
    if (!archive) throw new Error(`helm package ${chart} wrote no archive`);
    return await archiveEntries(join(out, archive));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
