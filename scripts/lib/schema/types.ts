import { isDeepStrictEqual } from 'node:util';
import { compile } from 'json-schema-to-typescript';

type Schema = Record<string, unknown>;

/** The file the shared fragments' types are generated into, beside the charts' (values/types/shared.ts). */
export const sharedTypesModule = 'shared';

/**
 * A shared fragment's type name, as json-schema-to-typescript spells a title: `k8s.PodSecurityContext` →
 * `K8SPodSecurityContext` (a letter after a digit is upper-cased too), `caBundle` → `CaBundle`.
 */
export function sharedTypeName(definition: string): string {
  return definition.replace(/(^|[.\-_]|\d)(\w)/g, (_, before: string, c: string) => `${/\d/.test(before) ? before : ''}${c.toUpperCase()}`);
}

/** How a chart's types file names an imported shared type (its own alias of the definition keeps the plain name). */
const sharedImportName = (definition: string) => `Shared${sharedTypeName(definition)}`;

const options = (banner: string) => ({
  bannerComment: banner,
  additionalProperties: false,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true, printWidth: 120 },
  unreachableDefinitions: true,
});

/**
 * TypeScript types of the shared schema fragments (charts/ml-common/schema): one definition per shared
 * concept, which every chart's types import instead of repeating it.
 */
export async function sharedValuesTypes(shared: Record<string, Schema>): Promise<string> {
  const names = Object.keys(shared).sort();
  const definitions = Object.fromEntries(names.map((name) => [name, { ...shared[name], title: sharedTypeName(name) }]));
  const root = { title: 'SharedDefinitions', description: 'Every shared fragment by its definition name.', type: 'object', additionalProperties: false, properties: Object.fromEntries(names.map((name) => [name, { $ref: `#/definitions/${name}` }])), definitions };
  return compile(root as Parameters<typeof compile>[0], 'SharedDefinitions', options('/* Generated from charts/ml-common/schema (the shared values fragments) by `npx mlp gen`. Do not edit. */'));
}

/** `ray-cluster` → `RayClusterValues`. */
export function typeName(chart: string): string {
  return `${chart.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase())}Values`;
}

/**
 * TypeScript types of a chart's values, generated from its values.schema.json. The umbrella's component
 * charts (`components`, embedded in its schema as definitions named after them) are typed by importing
 * each component's own generated type, so a type has one definition.
 */
export async function valuesTypes(chart: string, schema: object, components: readonly string[] = [], shared: Record<string, Schema> = {}): Promise<string> {
  const definitions: Record<string, object> = { ...((schema as { definitions?: Record<string, object> }).definitions ?? {}) };
  for (const name of components) definitions[name] = { tsType: typeName(name) };
  // A shared fragment inlined unchanged (Helm needs the schema self-contained) is typed once, in shared.ts.
  const fromShared = Object.keys(definitions).filter((name) => shared[name] && isDeepStrictEqual(definitions[name], shared[name])).sort();
  for (const name of fromShared) definitions[name] = { tsType: sharedImportName(name) };
  const imports = [
    ...components.map((name) => `import type { ${typeName(name)} } from './${name}.ts';`),
    ...(fromShared.length > 0 ? [`import type { ${fromShared.map((name) => `${sharedTypeName(name)} as ${sharedImportName(name)}`).join(', ')} } from './${sharedTypesModule}.ts';`] : []),
  ].join('\n');
  const input = { ...schema, title: typeName(chart), definitions: components.length > 0 ? reachable({ ...schema, definitions }) : definitions };
  return compile(input as Parameters<typeof compile>[0], typeName(chart), options(`/* Generated from charts/${chart}/values.yaml (through values.schema.json) by \`npx mlp gen\`. Do not edit. */${imports ? `\n${imports}` : ''}`));
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
