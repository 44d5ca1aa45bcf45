import { compile } from 'json-schema-to-typescript';

/** `ray-cluster` → `RayClusterValues`. */
export function typeName(chart: string): string {
  return `${chart.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase())}Values`;
}

/**
 * TypeScript types of a chart's values, generated from its values.schema.json. The umbrella's component
 * charts (`components`, embedded in its schema as definitions named after them) are typed by importing
 * each component's own generated type, so a type has one definition.
 */
export async function valuesTypes(chart: string, schema: object, components: readonly string[] = []): Promise<string> {
  const definitions = { ...((schema as { definitions?: Record<string, object> }).definitions ?? {}) };
  for (const name of components) definitions[name] = { tsType: typeName(name) };
  const imports = components.map((name) => `import type { ${typeName(name)} } from './${name}.ts';`).join('\n');
  const input = { ...schema, title: typeName(chart), definitions: components.length > 0 ? reachable({ ...schema, definitions }) : definitions };
  return compile(input as Parameters<typeof compile>[0], typeName(chart), {
    bannerComment: `/* Generated from charts/${chart}/values.yaml (through values.schema.json) by \`npx mlp gen\`. Do not edit. */${imports ? `\n${imports}` : ''}`,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    unreachableDefinitions: true,
  });
}

/** The definitions reachable from the root's properties (the components' inner definitions are typed in their own files). */
function reachable(schema: { definitions: Record<string, object> }): Record<string, object> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) {
          const name = value.slice('#/definitions/'.length);
          if (!names.has(name)) {
            names.add(name);
            visit(schema.definitions[name]);
          }
        } else if (key !== 'definitions') visit(value);
      }
    }
  };
  visit(schema);
  return Object.fromEntries(Object.entries(schema.definitions).filter(([name]) => names.has(name)));
}
