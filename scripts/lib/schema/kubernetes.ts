import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goModuleDir, tools } from '../tools/index.ts';

/**
 * JSON-schema fragments of Kubernetes types that charts pass through into pods (security contexts,
 * affinity, tolerations), generated from the OpenAPI v3 document of the pinned Kubernetes release
 * (`k8s.io/kubernetes` module, api/openapi-spec/v3/api__v1_openapi.json) and converted to draft-07,
 * the dialect both Helm 3 and Helm 4 validate values with:
 *  - `#/components/schemas/io.k8s.api.core.v1.X` references become `#/definitions/k8s.X`;
 *  - `allOf: [{$ref}]` wrappers become the `$ref`;
 *  - every object with declared fields gets `additionalProperties: false` (Kubernetes drops unknown
 *    fields silently; a typo in a values file must fail instead);
 *  - `format: int32` becomes the int32 bounds; other formats, defaults and x-kubernetes-* go.
 */
type Schema = Record<string, any>;

/** The Kubernetes types whose schemas charts use, by their OpenAPI name. */
export const kubernetesRoots = ['io.k8s.api.core.v1.PodSecurityContext', 'io.k8s.api.core.v1.SecurityContext', 'io.k8s.api.core.v1.Affinity', 'io.k8s.api.core.v1.Toleration'];

export const kubernetesModule = 'k8s.io/kubernetes';
export const openApiFile = 'api/openapi-spec/v3/api__v1_openapi.json';
const int32 = { minimum: -2147483648, maximum: 2147483647 };

/** `io.k8s.api.core.v1.Affinity` → `k8s.Affinity`. */
export const definitionName = (openApiName: string) => `k8s.${openApiName.split('.').pop()}`;

function convert(node: Schema, refs: Set<string>): Schema {
  if (node.$ref) {
    const target = (node.$ref as string).replace('#/components/schemas/', '');
    refs.add(target);
    return { $ref: `#/definitions/${definitionName(target)}` };
  }
  if (Array.isArray(node.allOf) && node.allOf.length === 1 && node.allOf[0].$ref) {
    return { ...convert(node.allOf[0], refs), ...(node.description ? { description: node.description } : {}) };
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'default' || key === 'format' || key.startsWith('x-')) continue;
    if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, convert(sub as Schema, refs)]));
    else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) out[key] = convert(value as Schema, refs);
    else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') out[key] = (value as Schema[]).map((sub) => convert(sub, refs));
    else out[key] = value;
  }
  if (node.format === 'int32') Object.assign(out, int32);
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** draft-07 definitions (`k8s.<Type>`) of the roots and every type they reference, sorted by name. */
export function kubernetesDefinitions(openApi: Schema, roots: readonly string[] = kubernetesRoots): Record<string, Schema> {
  const schemas = openApi.components.schemas as Record<string, Schema>;
  const out: Record<string, Schema> = {};
  const owners = new Map<string, string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.shift()!;
    const key = definitionName(name);
    if (owners.has(key)) {
      if (owners.get(key) !== name) throw new Error(`${name} and ${owners.get(key)} would both be ${key}`);
      continue;
    }
    if (!schemas[name]) throw new Error(`${name} is not in the OpenAPI document`);
    owners.set(key, name);
    const refs = new Set<string>();
    out[key] = { ...convert(schemas[name], refs), $comment: `Kubernetes ${name}` };
    pending.push(...refs);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The OpenAPI document of the pinned Kubernetes release, from the Go module proxy (module cache). */
export async function kubernetesOpenApi(version = tools.kubernetes.version, opts: { offline?: boolean } = {}): Promise<{ version: string; document: Schema }> {
  const dir = await goModuleDir(kubernetesModule, `v${version}`, opts);
  return { version, document: JSON.parse(readFileSync(join(dir, openApiFile), 'utf8')) as Schema };
}
