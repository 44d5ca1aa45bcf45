import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { crdFolder, crdSetDir, crdSources, crdsDir } from '../../scripts/lib/tools/crds.ts';
import { gomodRoot, moduleDirs, pinnedVersion } from '../../scripts/lib/tools/gomodules.ts';

/** The CRDs come from the Go modules that ship them, verified by the committed go.sum. */
const work = mkdtempSync(join(tmpdir(), 'mlp-crds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A wrapper module of our own in `work`, pinning istio.io/api at the version the real one pins. */
function wrapper(name: string, goSum: string): string {
  const version = pinnedVersion('crds', 'istio.io/api');
  mkdirSync(join(work, name), { recursive: true });
  writeFileSync(join(work, name, 'go.mod'), `module example.com/${name}\n\ngo 1.25.0\n\nrequire istio.io/api ${version}\n`);
  writeFileSync(join(work, name, 'go.sum'), goSum.replaceAll('VERSION', version));
  return name;
}

describe('CRDs from Go modules', () => {
  it('the pinned set has one folder per source, named by the version its wrapper go.mod pins, holding only CRDs', async () => {
    const saved = process.env.MLP_CRDS_DIR;
    delete process.env.MLP_CRDS_DIR;
    try {
      const dir = await crdsDir();
      expect(dir).toBe(crdSetDir());
      expect(readdirSync(dir).filter((f) => f !== 'SOURCES').sort()).toEqual(crdSources.map(crdFolder).sort());
      for (const source of crdSources) {
        expect(crdFolder(source)).toBe(`${source.name}-${pinnedVersion(source.gomodDir, source.module)}`);
        for (const file of readdirSync(join(dir, crdFolder(source)))) {
          const kinds = parseAllDocuments(readFileSync(join(dir, crdFolder(source), file), 'utf8')).map((d) => (d.toJS() as { kind?: string } | null)?.kind).filter(Boolean);
          expect(new Set(kinds), `${crdFolder(source)}/${file}`).toEqual(new Set(['CustomResourceDefinition']));
        }
      }
    } finally {
      if (saved !== undefined) process.env.MLP_CRDS_DIR = saved;
    }
  });

  it('a module whose hash differs from the committed go.sum is refused', async () => {
    const real = readFileSync(join(gomodRoot, 'crds', 'go.sum'), 'utf8').split('\n').filter((l) => l.startsWith('istio.io/api ')).join('\n');
    const tampered = wrapper('tampered', real.replace(/ h1:[A-Za-z0-9+/]/, ' h1:X'));
    await expect(moduleDirs([{ gomodDir: tampered, module: 'istio.io/api' }], work)).rejects.toThrow(/checksum mismatch|go.sum records/);
    const intact = wrapper('intact', `${real}\n`);
    const dirs = await moduleDirs([{ gomodDir: intact, module: 'istio.io/api' }], work);
    expect([...dirs.values()][0]).toMatch(/istio\.io\/api@v/);
  });

  it('a module go.sum does not list is refused before anything is downloaded, naming the fix', async () => {
    const bare = wrapper('bare', '');
    await expect(moduleDirs([{ gomodDir: bare, module: 'istio.io/api' }], work)).rejects.toThrow(/go.sum has no hash for istio.io\/api v.*Fix: run `go mod download istio.io\/api`/);
  });

  it('MLP_CRDS_DIR overrides the pinned set, and a missing directory is named', async () => {
    const saved = process.env.MLP_CRDS_DIR;
    try {
      process.env.MLP_CRDS_DIR = work;
      expect(await crdsDir()).toBe(work);
      process.env.MLP_CRDS_DIR = join(work, 'nowhere');
      await expect(crdsDir()).rejects.toThrow(`MLP_CRDS_DIR=${join(work, 'nowhere')} does not exist`);
    } finally {
      if (saved === undefined) delete process.env.MLP_CRDS_DIR;
      else process.env.MLP_CRDS_DIR = saved;
    }
  });
});
