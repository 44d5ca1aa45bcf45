import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { volumesDir, wipeVolumeDir } from '../../scripts/lib/cluster/storage.ts';
import { clustersDir } from '../../scripts/lib/cluster/state.ts';

describe('the local volume pool on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlp-volumes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps volumes under the cluster directory (removed with it by down)', () => {
    expect(volumesDir('mlp')).toBe(join(clustersDir, 'mlp', 'volumes'));
  });

  it('empties a released volume before it is offered again, and leaves it writable by any uid', () => {
    const volume = join(dir, 'mlp-pool-000');
    mkdirSync(join(volume, 'pgdata', 'base'), { recursive: true });
    writeFileSync(join(volume, 'pgdata', 'PG_VERSION'), '18\n');
    writeFileSync(join(volume, 'mlflow.db'), 'old');
    wipeVolumeDir(volume);
    expect(readdirSync(volume)).toEqual([]);
    expect(statSync(volume).mode & 0o7777).toBe(0o1777);
    // A missing directory is created (a pool volume whose directory was removed by hand).
    rmSync(volume, { recursive: true });
    wipeVolumeDir(volume);
    expect(statSync(volume).isDirectory()).toBe(true);
  });
});
