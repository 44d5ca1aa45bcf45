import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { packageTime } from './stage.ts';

/** One file of a chart archive (Helm writes regular files only, no directory entries). */
export interface ArchiveEntry {
  name: string;
  data: Buffer;
}

export async function readArchive(tgz: Buffer): Promise<ArchiveEntry[]> {
  const ex = extract();
  ex.end(gunzipSync(tgz));
  const entries: ArchiveEntry[] = [];
  for await (const entry of ex) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    if (entry.header.type !== 'file') throw new Error(`chart archive entry ${entry.header.name} is a ${entry.header.type}, not a file`);
    entries.push({ name: entry.header.name, data: Buffer.concat(chunks) });
  }
  return entries;
}

/** `ml-platform/charts/feast/templates/x.yaml` → `ml-platform/charts/feast/`: the (sub)chart a file belongs to. */
function chartPrefix(name: string): string {
  const parts = name.split('/');
  let end = 1;
  while (parts[end] === 'charts' && end + 2 < parts.length) end += 2;
  return `${parts.slice(0, end).join('/')}/`;
}

/**
 * Helm's order with the dependencies sorted: each chart's own files as Helm wrote them (Chart.yaml,
 * Chart.lock, values, schema, templates, files), then its dependencies by name, recursively. Helm 4's
 * loader keeps subcharts in a Go map, so a chart with several dependencies (the umbrella) comes out
 * of `helm package` with them in a different order on each run.
 */
export function canonicalOrder(entries: readonly ArchiveEntry[]): ArchiveEntry[] {
  const byChart = new Map<string, ArchiveEntry[]>();
  for (const e of entries) {
    const prefix = chartPrefix(e.name);
    byChart.set(prefix, [...(byChart.get(prefix) ?? []), e]);
  }
  const ordered: ArchiveEntry[] = [];
  const emit = (prefix: string) => {
    ordered.push(...(byChart.get(prefix) ?? []));
    const children = [...byChart.keys()].filter((p) => p.startsWith(`${prefix}charts/`) && p.slice(prefix.length).split('/').length === 3).sort();
    for (const child of children) emit(child);
  };
  for (const root of [...byChart.keys()].filter((p) => p.split('/').length === 2).sort()) emit(root);
  if (ordered.length !== entries.length) throw new Error(`chart archive has files outside any chart directory (${entries.length - ordered.length})`);
  return ordered;
}

/** A tar.gz of the entries with nothing but their names and contents varying: mode 0644, owner 0, the fixed package time. */
export async function writeArchive(entries: readonly ArchiveEntry[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of p) chunks.push(chunk as Buffer);
  })();
  for (const e of entries) {
    await new Promise<void>((resolve, reject) =>
      p.entry({ name: e.name, size: e.data.length, mode: 0o644, mtime: packageTime, uid: 0, gid: 0, uname: '', gname: '', type: 'file' }, e.data, (error) => (error ? reject(error) : resolve())),
    );
  }
  p.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}

/** Rewrites a `helm package` archive into its canonical form (same contents → same bytes). */
export async function canonicalizeArchive(file: string): Promise<void> {
  writeFileSync(file, await writeArchive(canonicalOrder(await readArchive(readFileSync(file)))));
}

/**
 * Two archives hold the same files with the same contents (whatever their compression, order or
 * times): a re-publish of such a package is the same release, not a change.
 */
export async function sameContents(a: Buffer, b: Buffer): Promise<boolean> {
  const key = (entries: ArchiveEntry[]) => new Map(entries.map((e) => [e.name, e.data]));
  const [x, y] = [key(await readArchive(a)), key(await readArchive(b))];
  return x.size === y.size && [...x].every(([name, data]) => y.get(name)?.equals(data) ?? false);
}
