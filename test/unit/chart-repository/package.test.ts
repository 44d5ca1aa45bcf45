import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { chartMetadata, chartPath, listCharts } from '../../../scripts/lib/helm/chart-files.ts';
import { type ArchiveEntry, canonicalOrder, readArchive, sameContents, writeArchive } from '../../../scripts/lib/repository/archive.ts';
import { type PackagedChart, packageCharts } from '../../../scripts/lib/repository/package.ts';
import { packageTime } from '../../../scripts/lib/repository/stage.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * `mlp package`: every chart, dependencies built, and the same contents give the same bytes. Helm alone
 * does not (Helm 3 stamps the clock, Helm 4 the files' times and a Go map's order of dependencies).
 */
const work = mkdtempSync(join(tmpdir(), 'mlp-package-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let first: PackagedChart[];
let second: PackagedChart[];

describe('mlp package', () => {
  beforeAll(async () => {
    first = await packageCharts({ out: join(work, 'a') });
    second = await packageCharts({ out: join(work, 'b') });
  }, 300_000);

  it('packages every chart, the ml-common library included, at its Chart.yaml version', () => {
    expect(first.map((p) => `${p.chart}-${p.version}`).sort()).toEqual(listCharts().map((c) => `${c}-${chartMetadata(chartPath(c)).version}`).sort());
    expect(readdirSync(join(work, 'a')).filter((f) => f.endsWith('.tgz')).length).toBe(listCharts().length);
  });

  it('is deterministic: packaging twice gives byte-identical archives (the umbrella with its five dependencies too)', () => {
    expect(second.map((p) => [p.chart, p.digest])).toEqual(first.map((p) => [p.chart, p.digest]));
    for (const p of first) expect(readFileSync(p.archive).equals(readFileSync(second.find((q) => q.chart === p.chart)!.archive))).toBe(true);
  });

  it('writes every entry with the fixed time, mode 0644 and owner 0, dependencies in name order', async () => {
    const listing = (await runOrThrow('tar', ['--full-time', '-tvzf', first.find((p) => p.chart === 'ml-platform')!.archive])).trim().split('\n');
    expect(listing.every((l) => l.startsWith('-rw-r--r-- 0/0 ') && l.includes('1970-01-01 00:00:00'))).toBe(true);
    expect(packageTime.getTime()).toBe(0);
    const deps = [...new Set(listing.map((l) => /ml-platform\/charts\/([^/]+)\//.exec(l)?.[1]).filter(Boolean))];
    expect(deps).toEqual([...deps].sort());
    expect(deps).toEqual(['feast', 'ml-common', 'ml-observability', 'mlflow-platform', 'ray-cluster']);
  });

  it('holds what Helm packages: both Helm majors render the umbrella archive with its dependencies', async () => {
    const archive = first.find((p) => p.chart === 'ml-platform')!.archive;
    for (const helm of ['helm3', 'helm4'] as const) {
      const out = await runOrThrow(helm, ['template', 'pkg', archive]);
      expect(out).toContain('kind: RayCluster');
      expect(out).toContain('name: pkg-mlflow-platform');
    }
  });

  it('writes release notes from each chart\'s artifacthub.io/changes', () => {
    for (const p of first) {
      const notes = readFileSync(join(work, 'a', 'release-notes', `${p.chart}-${p.version}.md`), 'utf8');
      expect(notes).toBe(p.notes);
      expect(notes).toMatch(new RegExp(`^# ${p.chart} ${p.version.replace(/\./g, '\\.')}\\n`));
      // Each change the chart's Chart.yaml announces for this version, as a line of the notes.
      const chartYaml = parse(readFileSync(join(repoRoot, 'charts', p.chart, 'Chart.yaml'), 'utf8')) as { annotations: Record<string, string> };
      const changes = parse(chartYaml.annotations['artifacthub.io/changes']!) as { kind: string; description: string }[];
      expect(changes.length).toBeGreaterThan(0);
      for (const c of changes) expect(notes).toContain(`- **${c.kind[0]!.toUpperCase()}${c.kind.slice(1)}**: ${c.description}`);
    }
  });
});

describe('chart archive canonical form', () => {
  const entry = (name: string) => ({ name, data: Buffer.from(name) });
  const helmOrder = ['u/Chart.yaml', 'u/values.yaml', 'u/templates/a.yaml', 'u/charts/zeta/Chart.yaml', 'u/charts/zeta/charts/lib/Chart.yaml', 'u/charts/alpha/Chart.yaml', 'u/charts/alpha/templates/x.yaml'];

  it("keeps each chart's own files in Helm's order and sorts dependencies by name, recursively", () => {
    expect(canonicalOrder(helmOrder.map(entry)).map((e) => e.name)).toEqual([
      'u/Chart.yaml', 'u/values.yaml', 'u/templates/a.yaml',
      'u/charts/alpha/Chart.yaml', 'u/charts/alpha/templates/x.yaml',
      'u/charts/zeta/Chart.yaml', 'u/charts/zeta/charts/lib/Chart.yaml',
    ]);
  });

  it('gives the same bytes for any order Helm wrote the dependencies in', async () => {
    const shuffled: ArchiveEntry[] = [...helmOrder.slice(0, 3), ...helmOrder.slice(5), ...helmOrder.slice(3, 5)].map(entry);
    const a = await writeArchive(canonicalOrder(helmOrder.map(entry)));
    const b = await writeArchive(canonicalOrder(shuffled));
    expect(a.equals(b)).toBe(true);
    expect((await readArchive(a)).map((e) => e.name)).toHaveLength(helmOrder.length);
  });

  it('tells same contents from different contents, whatever the order or compression', async () => {
    const a = await writeArchive(helmOrder.map(entry));
    const reordered = await writeArchive([...helmOrder].reverse().map(entry));
    const changed = await writeArchive(helmOrder.map((n, i) => (i === 2 ? { name: n, data: Buffer.from('tampered') } : entry(n))));
    const fewer = await writeArchive(helmOrder.slice(1).map(entry));
    expect(await sameContents(a, reordered)).toBe(true);
    expect(await sameContents(a, changed)).toBe(false);
    expect(await sameContents(a, fewer)).toBe(false);
  });
});
