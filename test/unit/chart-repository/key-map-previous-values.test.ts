import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chartMetadata, chartPath, listCharts } from '../../../scripts/lib/helm/chart-files.ts';
import { tryRender } from '../../../scripts/lib/helm/render.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { applyKeyMap, keyMapFrom, previousRelease } from '../../../scripts/lib/repository/releases.ts';
import { readCatalog } from '../../../scripts/lib/scenarios/catalog.ts';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { formatValueErrors, validateValues } from '../../../scripts/lib/schema/validate.ts';
import { mergeValues, readValuesFile, type Values } from '../../../scripts/lib/schema/values.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * The upgrade path docs/upgrading.md promises, for every values file the previous release shipped: each
 * profile of the umbrella (values/*.yaml, values/local/*.yaml) and each chart's ci scenario, read from the
 * release's git ref, rewritten with releases/key-maps/<its version>.yaml, must be valid values of the
 * current charts (their schemas) and render (their validations). The cluster tier upgrades with some of
 * them; this covers all of them offline. A profile is layered with the inputs the scenario catalog says it
 * needs (the airgapped profile's digests), as every other tier does.
 */
const previous = previousRelease();
const umbrella = 'ml-platform';

async function previousFiles(): Promise<{ chart: string; path: string }[]> {
  const listed = (await runOrThrow('git', ['ls-tree', '-r', '--name-only', previous.ref, '--', 'values', 'charts'], { cwd: repoRoot })).split('\n');
  const charts = new Set(listCharts());
  const out: { chart: string; path: string }[] = [];
  for (const path of listed) {
    const profile = /^values\/(local\/)?[^/]+\.yaml$/.test(path);
    const ci = /^charts\/([^/]+)\/ci\/[^/]+\.yaml$/.exec(path);
    if (profile) out.push({ chart: umbrella, path });
    else if (ci && charts.has(ci[1]!)) out.push({ chart: ci[1]!, path });
  }
  return out;
}

const files = await previousFiles();
const map = keyMapFrom(previous.version);
const catalog = readCatalog();

/**
 * Files of the previous release the current charts refuse on purpose, and the value each refusal names:
 * a setting that never worked, which no key move can repair (the user must add what is missing).
 */
const refused: Record<string, string> = {
  // sslmode verify-full without a CA bundle: libpq cannot verify the server; 0.1.0 rendered it anyway.
  'charts/feast/ci/postgres-online-values.yaml': 'postgresql.caBundle',
};

describe(`values files of the previous release (${previous.version}, ${previous.ref.slice(0, 12)}) rewritten by its key map`, () => {
  it('include the umbrella profiles and the charts\' ci scenarios', () => {
    expect(files.some((f) => f.path === 'values/prod.yaml')).toBe(true);
    expect(files.filter((f) => f.chart !== umbrella).length).toBeGreaterThan(5);
  });

  it.each(files)('$path ($chart) is valid for the current schemas and renders', async ({ chart, path }) => {
    const old = (parse(await runOrThrow('git', ['show', `${previous.ref}:${path}`], { cwd: repoRoot })) ?? {}) as Values;
    const subcharts = (chartMetadata(chartPath(chart)).dependencies ?? []).map((d) => d.alias ?? d.name);
    const profile = /^values\/([^/]+)\.yaml$/.exec(path)?.[1];
    const inputs = (profile && catalog.profiles?.[profile]?.inputs) || [];
    const mapped = inputs.reduce((v, input) => mergeValues(v, readValuesFile(`${repoRoot}/${input}`)) as Values, applyKeyMap(chart, old, map, subcharts));
    expect(formatValueErrors(validateValues(chart, mapped))).toBe('');
    const outcome = await tryRender(chart, { valuesObject: mapped as never });
    if (refused[path]) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(errorValuePaths(outcome.error.message)).toContain(refused[path]);
    } else expect(outcome.ok ? '' : outcome.error.message).toBe('');
  });

  // A chart's values.yaml names every key the chart took: each one must still be a key, or moved/removed by the map.
  it.each(listCharts().filter((c) => c !== 'ml-common'))('every key of %s\'s values.yaml in the previous release is known now, or moved or removed by the key map', async (chart) => {
    const shown = await runOrThrow('git', ['show', `${previous.ref}:charts/${chart}/values.yaml`], { cwd: repoRoot });
    const old = (parse(shown) ?? {}) as Values;
    const subcharts = (chartMetadata(chartPath(chart)).dependencies ?? []).map((d) => d.alias ?? d.name);
    const unknown = validateValues(chart, applyKeyMap(chart, old, map, subcharts)).filter((e) => /is not a known value/.test(e.message));
    expect(formatValueErrors(unknown)).toBe('');
  });
});
