import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { packagedFiles } from '../../scripts/lib/helm/package.ts';
import { chartsDir } from '../../scripts/lib/paths.ts';

/**
 * `helm package` of each chart holds only what an installed chart needs, as the allow-list below says.
 * ci/*-values.yaml are left out on purpose: they are this repository's test scenarios (some point at
 * databases that exist only in the test tiers), not examples a user installs from; the README of each
 * chart shows its usage. A file under files/ must be read by a template. Packaged under Helm 3 and 4 from a
 * copy of the charts holding Python bytecode, as running a chart's scripts locally leaves it
 * (files/__pycache__/*.pyc, *.pyc): each chart's .helmignore keeps it out.
 */
const allowed: RegExp[] = [
  /^Chart\.yaml$/,
  /^Chart\.lock$/,
  /^values\.yaml$/,
  /^values\.schema\.json$/,
  /^README\.md$/,
  /^\.helmignore$/,
  /^templates\/.+\.(yaml|tpl|txt)$/,
  /^files\/.+/,
  // Dependencies, packaged as directories: each checked with the same rules.
  /^charts\/[^/]+\/.+/,
];

const copy = mkdtempSync(join(tmpdir(), 'mlp-charts-'));
// Built dependencies (charts/<chart>/charts) stay behind: packaging rebuilds them in the copy.
cpSync(chartsDir, copy, { recursive: true, filter: (src) => !/^[^/]+\/charts(\/|$)/.test(relative(chartsDir, src)) });
for (const chart of listCharts()) {
  mkdirSync(join(copy, chart, 'files', '__pycache__'), { recursive: true });
  writeFileSync(join(copy, chart, 'files', '__pycache__', 'probe.cpython-311.pyc'), 'bytecode');
  writeFileSync(join(copy, chart, 'probe.pyc'), 'bytecode');
}
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Every file of a directory, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

/** Paths templates read with .Files.Get/.Files.Glob: literal, or a printf pattern whose verbs match anything. */
function filesReadByTemplates(templates: string[]): RegExp[] {
  return templates.flatMap((text) =>
    [...text.matchAll(/Files\.(?:Get|Glob)\s+\(?\s*(?:printf\s+)?"([^"]+)"/g)].map((m) => new RegExp(`^${m[1]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/%[sdv]/g, '[^/]+').replace(/\*/g, '[^/]*')}$`)),
  );
}

/** Entries of a chart (or packaged dependency) that break the rules, with the reason. */
function offending(entries: string[], templates: (path: string) => string[], where = ''): string[] {
  const reads = filesReadByTemplates(templates(where));
  const own = entries.filter((e) => !e.startsWith('charts/'));
  const bad = [
    ...own.filter((e) => !allowed.some((a) => a.test(e))).map((e) => `${where}${e}: not a file a chart needs`),
    ...own.filter((e) => e.startsWith('files/') && !reads.some((r) => r.test(e))).map((e) => `${where}${e}: no template reads it`),
  ];
  const deps = new Set(entries.filter((e) => e.startsWith('charts/')).map((e) => e.split('/')[1]!));
  for (const dep of deps) {
    const prefix = `charts/${dep}/`;
    bad.push(...offending(entries.filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length)), templates, `${where}${prefix}`));
  }
  return bad;
}

describe('chart packages', () => {
  const charts = listCharts();

  it('every chart has the same .helmignore, leaving out ci/, Python bytecode and editor files', () => {
    const texts = charts.map((c) => readFileSync(join(chartPath(c), '.helmignore'), 'utf8'));
    expect(new Set(texts).size).toBe(1);
    for (const pattern of ['ci/', '__pycache__/', '*.pyc']) expect(texts[0]!.split('\n')).toContain(pattern);
  });

  it.each(charts.flatMap((chart) => ([3, 4] as const).map((major) => [chart, major] as const)))(
    'helm package %s (Helm %i) holds only Chart.yaml, values, schema, README, templates, files the templates read, and dependencies: no ci/, no Python bytecode the working tree has',
    async (chart, major) => {
      const dir = join(copy, chart);
      const entries = (await packagedFiles(dir, major)).map((e) => e.slice(`${chart}/`.length));
      expect(entries).toContain('Chart.yaml');
      expect(entries.filter((e) => /(^|\/)(ci\/|__pycache__\/)|\.pyc$/.test(e))).toEqual([]);
      // Templates of the chart and of each packaged dependency (by its directory under charts/ in the archive).
      const templates = (where: string) => {
        const root = where === '' ? dir : join(copy, where.split('/').filter((p) => p && p !== 'charts').at(-1)!);
        return filesUnder(join(root, 'templates')).map((f) => readFileSync(join(root, 'templates', f), 'utf8'));
      };
      expect(offending(entries, templates)).toEqual([]);
    },
  );
});
