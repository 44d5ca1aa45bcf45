import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { repoRoot } from '../paths.ts';

/** Release data of the repository: what was released last, and how values keys moved between releases. */
export const releasesDir = join(repoRoot, 'releases');
export const previousReleaseFile = join(releasesDir, 'previous.yaml');
export const keyMapsDir = join(releasesDir, 'key-maps');

/** The last release: the git commit (or tag) it was cut from and the version its charts were published at. */
export interface PreviousRelease {
  ref: string;
  version: string;
}

export function previousRelease(file = previousReleaseFile): PreviousRelease {
  const data = parse(readFileSync(file, 'utf8')) as Partial<PreviousRelease> | null;
  const where = 'releases/previous.yaml';
  if (!data?.ref || typeof data.ref !== 'string') throw new Error(`value ${where} ref: is missing. Fix: the git commit or tag of the last release`);
  if (!semver.valid(String(data.version))) throw new Error(`value ${where} version: ${JSON.stringify(data.version)} is not a SemVer version. Fix: the version the last release published, e.g. 0.1.0`);
  return { ref: data.ref, version: String(data.version) };
}

/**
 * One values key that moved between two releases: `to: null` when the key was removed. A `to` under
 * `global.` names the platform-wide value: in the umbrella it is the umbrella's `global` (Helm hands it to
 * every component), not the component's.
 */
export interface KeyMove {
  from: string;
  to: string | null;
  /** Why, or what a user must do besides moving the value (shown in docs/upgrading.md). */
  note?: string;
  /** `list`: a single value becomes a one-element list at its new key (a scalar key that became a list). */
  as?: 'list';
}

/** Key moves by chart, from one release to the next (`releases/key-maps/<from version>.yaml`). */
export type KeyMap = Record<string, KeyMove[]>;

export interface KeyMapFile {
  /** The release the map upgrades from. */
  from: string;
  map: KeyMap;
}

/** Every key map, newest release first. */
export function keyMaps(dir = keyMapsDir): KeyMapFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const from = f.replace(/\.ya?ml$/, '');
      if (!semver.valid(from)) throw new Error(`releases/key-maps/${f}: the file name must be the version upgraded from (e.g. 0.1.0.yaml)`);
      const map = (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as KeyMap;
      for (const [chart, moves] of Object.entries(map)) {
        for (const [i, m] of (moves ?? []).entries()) {
          if (typeof m?.from !== 'string' || (m.to !== null && typeof m.to !== 'string')) throw new Error(`value releases/key-maps/${f} ${chart}[${i}]: needs from (a dotted key) and to (a dotted key, or null when removed)`);
          if (m.as !== undefined && m.as !== 'list') throw new Error(`value releases/key-maps/${f} ${chart}[${i}].as: ${JSON.stringify(m.as)} is not a known conversion. Fix: as: list (the value becomes a one-element list), or leave it out`);
        }
      }
      return { from, map };
    })
    .sort((a, b) => semver.rcompare(a.from, b.from));
}

/** The key map that upgrades values of `version` (none when no key moved since it). */
export function keyMapFrom(version: string, dir = keyMapsDir): KeyMap {
  return keyMaps(dir).find((k) => k.from === version)?.map ?? {};
}

type Values = Record<string, unknown>;

function getPath(values: Values, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Values)[k] : undefined), values);
}

function deletePath(values: Values, path: string[]): void {
  const parent = getPath(values, path.slice(0, -1));
  if (parent && typeof parent === 'object') delete (parent as Values)[path.at(-1)!];
}

const isMap = (v: unknown): v is Values => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The segments of a dotted key whose list items are written `[n]`: `ingress.hosts[0].host` -> ingress, hosts, 0, host. */
export function keySegments(key: string): (string | number)[] {
  return key.split('.').flatMap((part) => {
    const [name, ...indexes] = part.split('[');
    return [...(name ? [name] : []), ...indexes.map((i) => Number(i.replace(/\]$/, '')))];
  });
}

/**
 * Sets a value; a map moved onto a map merges into it (a block whose keys moved ahead of it keeps them).
 * A number segment is a list item, the list created (and padded with empty maps) as needed.
 */
function setPath(values: Values, path: (string | number)[], value: unknown): void {
  let node = values as Record<string | number, unknown>;
  for (const [i, k] of path.slice(0, -1).entries()) {
    const list = typeof path[i + 1] === 'number';
    if (list ? !Array.isArray(node[k]) : !isMap(node[k])) node[k] = list ? [] : {};
    if (typeof k === 'number') for (let j = 0; j < k; j++) (node as unknown as unknown[])[j] ??= {};
    node = node[k] as Record<string | number, unknown>;
  }
  const key = path.at(-1)!;
  node[key] = isMap(node[key]) && isMap(value) ? { ...value, ...(node[key] as Values) } : value;
}

/**
 * Values of the previous release rewritten for the current one, as docs/upgrading.md tells users to:
 * each moved key's value at its new key. For the umbrella, a component chart's moves apply under the
 * component's key (`feast.<key>`), `subcharts` naming the umbrella's dependencies.
 */
export function applyKeyMap(chart: string, values: Values, map: KeyMap, subcharts: string[] = []): Values {
  const out = structuredClone(values);
  const moves = [
    ...(map[chart] ?? []).map((m) => ({ ...m, prefix: [] as string[] })),
    ...subcharts.flatMap((sub) => (map[sub] ?? []).map((m) => ({ ...m, prefix: [sub] }))),
  ];
  for (const m of moves) {
    const from = [...m.prefix, ...m.from.split('.')];
    let value = getPath(out, from);
    if (value === undefined) continue;
    deletePath(out, from);
    if (m.to === null) continue;
    if (m.as === 'list' && !Array.isArray(value)) value = [value];
    const to = m.to.startsWith('global.') ? keySegments(m.to) : [...m.prefix, ...keySegments(m.to)];
    const there = getPath(out, to);
    if (to[0] === 'global' && there !== undefined && !isMap(there) && JSON.stringify(there) !== JSON.stringify(value)) {
      throw new Error(`value ${from.join('.')}: ${JSON.stringify(value)} moves to ${m.to}, which another value already set to ${JSON.stringify(there)}. Fix: give both the same value before upgrading (${m.to} is one value for every chart)`);
    }
    setPath(out, to, value);
  }
  return out;
}

/**
 * The version the working tree's charts are published at when tested against the previous release: their
 * own when above it; otherwise (no bump yet) a pre-release just above it, `<next patch>-dev.<commits since
 * the release>`, so that the upgrade path still goes from the released version to a higher one.
 */
export function versionAbove(current: string, previous: string, commitsSince: number): { version: string; stamped: boolean } {
  if (semver.gt(current, previous)) return { version: current, stamped: false };
  return { version: `${semver.inc(previous, 'patch')}-dev.${commitsSince}`, stamped: true };
}
