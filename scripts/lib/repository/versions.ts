import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { chartMetadata, listCharts } from '../helm/chart-files.ts';
import { repoRoot } from '../paths.ts';
import { runOrThrow } from '../tools/index.ts';
import { sameContents } from './archive.ts';
import { chartChanges, changesAnnotation } from './changes.ts';
import { type PackagedChart, packageCharts } from './package.ts';

/**
 * Version discipline, decided against the last RELEASE of each chart, not against a branch:
 *
 * - A release of chart C at version V is the git tag `C-V` (what chart-releaser and the release
 *   workflow create). Tags are immutable, travel with every full clone and need no network, unlike the
 *   published index.yaml; a commit on the default branch is not a release.
 * - C has "changed" since V when its package differs: `mlp package` of the tag and of the working tree,
 *   compared file by file (both are deterministic). So what counts is what a user installs: a template,
 *   values, the schema, Chart.yaml, a bundled dependency (a changed ml-common changes every chart that
 *   embeds it); ci/ scenarios and CHANGELOG.md, which are not shipped, do not. It is the same rule
 *   `mlp publish` enforces when it refuses to republish a version with other contents.
 *
 * Rules: the version is SemVer; a released version's package is unchanged; an unreleased version is
 * above every released one and states its changes in `artifacthub.io/changes`.
 */
export interface VersionFinding {
  chart: string;
  message: string;
}

/** Released versions of a chart: its `<chart>-<semver>` tags, lowest first. */
export async function releasedVersions(chart: string, repo = repoRoot): Promise<string[]> {
  const tags = (await runOrThrow('git', ['tag', '--list', `${chart}-*`], { cwd: repo })).split('\n').filter(Boolean);
  return tags
    .map((t) => t.slice(chart.length + 1))
    .filter((v) => semver.valid(v) !== null)
    .sort(semver.compare);
}

/** Packages (unsigned) of the charts at a source, in a temporary directory the caller removes. */
async function packagesAt(source: Parameters<typeof packageCharts>[0]['source'], charts: string[]): Promise<{ dir: string; byChart: Map<string, PackagedChart> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mlp-versions-'));
  const packaged = await packageCharts({ out: dir, source, charts });
  return { dir, byChart: new Map(packaged.map((p) => [p.chart, p])) };
}

export async function versionFindings(repo = repoRoot): Promise<VersionFinding[]> {
  const charts = listCharts(join(repo, 'charts'));
  const findings: VersionFinding[] = [];
  const releasedNow: string[] = [];
  for (const chart of charts) {
    const meta = chartMetadata(join(repo, 'charts', chart)) as ReturnType<typeof chartMetadata> & { annotations?: Record<string, string> };
    const where = `charts/${chart}/Chart.yaml`;
    if (!semver.valid(meta.version)) {
      findings.push({ chart, message: `${where} version ${JSON.stringify(meta.version)} is not SemVer. Fix: MAJOR.MINOR.PATCH, e.g. 0.2.0` });
      continue;
    }
    const released = await releasedVersions(chart, repo);
    if (released.includes(meta.version)) {
      releasedNow.push(chart);
      continue;
    }
    const latest = released.at(-1);
    if (latest && !semver.gt(meta.version, latest)) findings.push({ chart, message: `${where} version ${meta.version} is not above its last release ${latest} (tag ${chart}-${latest}). Fix: a version above ${latest}` });
    try {
      if (chartChanges(meta).length === 0)
        findings.push({ chart, message: `${where} version ${meta.version} is not released yet and states no changes. Fix: list them in annotations.${changesAnnotation} (kind and description each)` });
    } catch (error) {
      findings.push({ chart, message: (error as Error).message });
    }
  }
  // Released versions: the working tree's package must hold what the tag's does.
  if (releasedNow.length) {
    const tree = await packagesAt({ kind: 'tree', repo }, releasedNow);
    try {
      for (const chart of releasedNow) {
        const version = tree.byChart.get(chart)!.version;
        const tag = await packagesAt({ kind: 'git', ref: `refs/tags/${chart}-${version}`, repo }, [chart]);
        try {
          const same = await sameContents(readFileSync(tag.byChart.get(chart)!.archive), readFileSync(tree.byChart.get(chart)!.archive));
          if (!same)
            findings.push({
              chart,
              message: `charts/${chart} changed since its release ${version} (tag ${chart}-${version}) but still has version ${version}. Fix: bump version in charts/${chart}/Chart.yaml (SemVer: major for a breaking values change) and state the change in annotations.${changesAnnotation}`,
            });
        } finally {
          rmSync(tag.dir, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(tree.dir, { recursive: true, force: true });
    }
  }
  return findings;
}
