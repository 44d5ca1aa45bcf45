import { readFileSync } from 'node:fs';
import { run, runOrThrow } from '../../../tools/index.ts';

/** The host's mount table (from /proc/self/mountinfo) and unmounting what the node mounted. */

/** One line of /proc/self/mountinfo: where, what type, from what source. */
export interface Mount {
  mountPoint: string;
  fsType: string;
  source: string;
}

/** Octal escapes in mountinfo paths (`\040` is a space). */
const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

export function mounts(): Mount[] {
  return parseMountinfo(readFileSync('/proc/self/mountinfo', 'utf8'));
}

/** Parses /proc/<pid>/mountinfo (fields before ` - `: id, parent, dev, root, mount point, ...; after: type, source). */
export function parseMountinfo(text: string): Mount[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pre, post] = line.split(' - ');
      const fields = pre!.split(' ');
      const [fsType, source] = post!.split(' ');
      return { mountPoint: unescape(fields[4]!), fsType: fsType!, source: unescape(source ?? '') };
    });
}

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/** Unmounts every mount at or below `dir`, deepest first (lazily when busy). Returns what was unmounted. */
export async function unmountUnder(dir: string): Promise<string[]> {
  const points = [...new Set(mounts().map((m) => m.mountPoint).filter((p) => under(p, dir)))].sort((a, b) => b.split('/').length - a.split('/').length || b.localeCompare(a));
  for (const point of points) {
    const result = await run('umount', [point]);
    if (result.code !== 0 && mounts().some((m) => m.mountPoint === point)) await runOrThrow('umount', ['--lazy', point]);
  }
  return points;
}
