import { describe, expect, it } from 'vitest';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { readValues } from '../../scripts/lib/helm/values-files.ts';
import { chartScenarios, installableCharts } from '../../scripts/lib/scenarios/index.ts';
import { formatValueErrors, validateValues } from '../../scripts/lib/schema/validate.ts';
import { chartSchema, mergeValues, type Values } from '../../scripts/lib/schema/values.ts';

/**
 * Every scenario of the catalog (each chart's defaults and ci scenarios, the umbrella's profiles and
 * layerings) is valid for both validators: ajv (the toolkit) and Helm (install time).
 */
describe.each(installableCharts())('%s values', (chart) => {
  it('has a values schema', () => expect(chartSchema(chart)).toBeDefined());

  it.each(chartScenarios(chart, { alsoOn: false }).map((s) => [s.name, s] as const))('%s validate with ajv and render with Helm', async (_, s) => {
    let values: Values = {};
    for (const file of s.values) values = mergeValues(values, await readValues(file, chart)) as Values;
    const errors = validateValues(chart, values);
    expect(errors, formatValueErrors(errors)).toEqual([]);
    const outcome = await tryRender(chart, { values: s.values });
    expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
  });
});
