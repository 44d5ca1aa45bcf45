import { describe, expect, it } from 'vitest';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { ciValuesFiles } from '../../scripts/commands/lint.ts';
import { formatValueErrors, validateValues } from '../../scripts/lib/schema/validate.ts';
import { chartSchema, readValuesFile } from '../../scripts/lib/schema/values.ts';

const applicationCharts = listCharts().filter((c) => chartMetadata(chartPath(c)).type !== 'library');

/** Every chart's defaults and ci scenarios are valid for both validators: ajv (the toolkit) and Helm (install time). */
describe.each(applicationCharts)('%s values', (chart) => {
  it('has a values schema', () => expect(chartSchema(chart)).toBeDefined());

  const scenarios = [undefined, ...ciValuesFiles(chartPath(chart))];
  it.each(scenarios.map((file) => [file?.split('/').pop() ?? 'defaults', file] as const))('%s validate with ajv and render with Helm', async (_, file) => {
    const errors = validateValues(chart, file ? readValuesFile(file) : {});
    expect(errors, formatValueErrors(errors)).toEqual([]);
    const outcome = await tryRender(chart, { values: file ? [file] : [] });
    expect(outcome.ok, outcome.ok ? '' : outcome.error.message).toBe(true);
  });
});
