import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { keyMapsMarkdown } from '../../../scripts/lib/repository/generated.ts';
import { applyKeyMap, keyMapFrom, keyMaps, previousRelease, versionAbove } from '../../../scripts/lib/repository/releases.ts';
import { run } from '../../../scripts/lib/tools/index.ts';

const work = mkdtempSync(join(tmpdir(), 'mlp-releases-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('releases/previous.yaml', () => {
  it('names a commit of this repository and a SemVer version', async () => {
    const { ref, version } = previousRelease();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect((await run('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: repoRoot })).code).toBe(0);
  });

  it('refuses a file without ref or with a version that is not SemVer, naming the value', () => {
    const file = join(work, 'previous.yaml');
    writeFileSync(file, 'version: 0.1.0\n');
    expect(() => previousRelease(file)).toThrow(/value releases\/previous\.yaml ref: is missing/);
    writeFileSync(file, 'ref: abc\nversion: one\n');
    expect(() => previousRelease(file)).toThrow(/version: "one" is not a SemVer version/);
  });
});

describe('the upgrade version of the working tree', () => {
  it('is its own when above the previous release, else a pre-release above it', () => {
    expect(versionAbove('0.2.0', '0.1.0', 7)).toEqual({ version: '0.2.0', stamped: false });
    expect(versionAbove('0.1.0', '0.1.0', 7)).toEqual({ version: '0.1.1-dev.7', stamped: true });
  });
});

describe('key maps (releases/key-maps/<version>.yaml)', () => {
  const dir = join(work, 'key-maps');
  mkdirSync(dir);
  writeFileSync(join(dir, '0.1.0.yaml'), 'feast:\n  - from: postgresql.user\n    to: postgresql.username\n    note: the shared vocabulary\n  - from: legacy.flag\n    to: null\nml-platform:\n  - from: global.domain\n    to: global.clusterDomain\n');
  writeFileSync(join(dir, '0.0.9.yaml'), '{}\n');

  it('moves and removes keys, the umbrella applying its components\' moves under their keys', () => {
    const map = keyMapFrom('0.1.0', dir);
    expect(applyKeyMap('feast', { postgresql: { user: 'u', host: 'h' }, legacy: { flag: true } }, map)).toEqual({ postgresql: { host: 'h', username: 'u' }, legacy: {} });
    expect(applyKeyMap('ml-platform', { global: { domain: 'c.local' }, feast: { postgresql: { user: 'u' } }, mlflow: { keep: 1 } }, map, ['feast', 'mlflow'])).toEqual({
      global: { clusterDomain: 'c.local' },
      feast: { postgresql: { username: 'u' } },
      mlflow: { keep: 1 },
    });
  });

  it('moves a key into a list item written [n] (a scalar that became a field of a list of maps), creating the list', () => {
    const dir3 = join(work, 'key-maps-items');
    mkdirSync(dir3);
    writeFileSync(join(dir3, '0.1.0.yaml'), 'feast:\n  - from: ingress.host\n    to: ingress.hosts[0].host\n  - from: ingress.path\n    to: ingress.hosts[0].paths[0].path\n  - from: ingress.tlsSecretName\n    to: ingress.tls[0].secretName\n');
    const map = keyMapFrom('0.1.0', dir3);
    expect(applyKeyMap('feast', { ingress: { enabled: true, host: 'h.example', path: '/p', tlsSecretName: 's' } }, map)).toEqual({
      ingress: { enabled: true, hosts: [{ host: 'h.example', paths: [{ path: '/p' }] }], tls: [{ secretName: 's' }] },
    });
    expect(applyKeyMap('ml-platform', { feast: { ingress: { path: '/p' } } }, map, ['feast'])).toEqual({ feast: { ingress: { hosts: [{ paths: [{ path: '/p' }] }] } } });
  });

  it('moves a component\'s key into the umbrella\'s global (one value for every chart), merges a moved block into keys moved ahead of it, and refuses two different values for one global', () => {
    const dir2 = join(work, 'key-maps-global');
    mkdirSync(dir2);
    writeFileSync(join(dir2, '0.1.0.yaml'), 'mlflow:\n  - from: server.clusterDomain\n    to: global.clusterDomain\n  - from: store.pg.username\n    to: postgresql.user\n  - from: store.pg\n    to: postgresql\nray:\n  - from: mesh.clusterDomain\n    to: global.clusterDomain\n');
    const map = keyMapFrom('0.1.0', dir2);
    expect(applyKeyMap('mlflow', { server: { clusterDomain: 'corp.local' } }, map)).toEqual({ server: {}, global: { clusterDomain: 'corp.local' } });
    expect(applyKeyMap('ml-platform', { mlflow: { server: { clusterDomain: 'corp.local' }, store: { pg: { username: 'u', host: 'h' } } }, ray: { mesh: { clusterDomain: 'corp.local' } } }, map, ['mlflow', 'ray'])).toEqual({
      global: { clusterDomain: 'corp.local' },
      mlflow: { server: {}, store: {}, postgresql: { user: 'u', host: 'h' } },
      ray: { mesh: {} },
    });
    expect(() => applyKeyMap('ml-platform', { mlflow: { server: { clusterDomain: 'a.local' } }, ray: { mesh: { clusterDomain: 'b.local' } } }, map, ['mlflow', 'ray'])).toThrow(
      /value ray\.mesh\.clusterDomain: "b\.local" moves to global\.clusterDomain, which another value already set to "a\.local"\. Fix:/,
    );
  });

  it('turns a single value into a one-element list where a key became a list (as: list), shown in docs/upgrading.md', () => {
    const dir3 = join(work, 'key-maps-list');
    mkdirSync(dir3);
    writeFileSync(join(dir3, '0.1.0.yaml'), 'feast:\n  - from: persistence.accessMode\n    to: persistence.accessModes\n    as: list\n');
    const map = keyMapFrom('0.1.0', dir3);
    expect(applyKeyMap('feast', { persistence: { accessMode: 'ReadWriteMany', size: '1Gi' } }, map)).toEqual({ persistence: { accessModes: ['ReadWriteMany'], size: '1Gi' } });
    expect(keyMapsMarkdown(keyMaps(dir3))).toContain('| `feast` | `persistence.accessMode` | `persistence.accessModes` (as a one-element list) |');
    writeFileSync(join(dir3, '0.1.0.yaml'), 'feast:\n  - from: a\n    to: b\n    as: map\n');
    expect(() => keyMaps(dir3)).toThrow(/feast\[0\]\.as: "map" is not a known conversion\. Fix:/);
  });

  it('leaves values unchanged when no key moved since that version (and does not touch the input)', () => {
    const values = { a: { b: 1 } };
    expect(applyKeyMap('feast', values, keyMapFrom('0.2.0', dir))).toEqual(values);
    applyKeyMap('feast', values, keyMapFrom('0.1.0', dir));
    expect(values).toEqual({ a: { b: 1 } });
  });

  it('are rendered into docs/upgrading.md, newest release first', () => {
    const md = keyMapsMarkdown(keyMaps(dir));
    expect(md.indexOf('### From 0.1.0')).toBeLessThan(md.indexOf('### From 0.0.9'));
    expect(md).toContain('| `feast` | `postgresql.user` | `postgresql.username` | the shared vocabulary |');
    expect(md).toContain('| `feast` | `legacy.flag` | (removed) |  |');
    expect(keyMapsMarkdown([])).toMatch(/^No release has moved or removed a values key yet/);
  });

  it('refuse a file not named by a version and a move without from', () => {
    const bad = join(work, 'bad-maps');
    mkdirSync(bad);
    writeFileSync(join(bad, 'next.yaml'), '{}\n');
    expect(() => keyMaps(bad)).toThrow(/the file name must be the version upgraded from/);
    rmSync(join(bad, 'next.yaml'));
    writeFileSync(join(bad, '0.1.0.yaml'), 'feast:\n  - to: a\n');
    expect(() => keyMaps(bad)).toThrow(/value releases\/key-maps\/0\.1\.0\.yaml feast\[0\]: needs from/);
  });
});
