import { compile } from 'json-schema-to-typescript';

/** `ray-cluster` → `RayClusterValues`. */
export function typeName(chart: string): string {
  return `${chart.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase())}Values`;
}

/** TypeScript types of a chart's values, generated from its values.schema.json. */
export async function valuesTypes(chart: string, schema: object): Promise<string> {
  return compile({ ...schema, title: typeName(chart) } as Parameters<typeof compile>[0], typeName(chart), {
    bannerComment: `/* Generated from charts/${chart}/values.schema.json by \`npm run gen\`. Do not edit. */`,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    unreachableDefinitions: true,
  });
}
