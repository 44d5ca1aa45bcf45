import type { ValuesOf } from '../../scripts/lib/helm/render.ts';

export { chartValues } from '../../values/types/index.ts';

/**
 * Values a test hands to Helm on purpose outside the chart's types, to see the schema or a chart rule
 * refuse them. Everything else a test renders is typed with the generated types (`valuesObject`).
 */
export const invalidValues = <C extends string>(_chart: C, values: unknown): ValuesOf<C> => values as ValuesOf<C>;
