import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { platformFragmentsFile } from '../../scripts/lib/schema/fragments.ts';

/**
 * One values vocabulary across the charts (issue 15): a shared concept has one key and one shape in every
 * chart, defined once in ml-common's schema fragments. This walks every chart's generated
 * values.schema.json (what Helm validates) and fails on a second shape of a shared concept.
 */
type Schema = Record<string, any>;

const fragments = (JSON.parse(readFileSync(platformFragmentsFile, 'utf8')) as Schema).definitions as Record<string, Schema>;
const services = ['postgresql', 's3', 'redis'] as const;
/** Keys of the old vocabularies, each replaced by one shared key. */
const retired: Record<string, string> = {
  replicaCount: 'replicas',
  sslmode: 'sslMode',
  endpointUrl: 'endpoint',
  clusterDomain: 'global.clusterDomain',
  accessMode: 'persistence.accessModes',
  clients: 'networkPolicy.ingressFrom',
  clientPeers: 'networkPolicy.ingressFrom',
  databaseTo: 'networkPolicy.egressTo.postgresql',
  s3To: 'networkPolicy.egressTo.s3',
};

const charts = listCharts().filter((c) => c !== 'ml-common');
const schemaOf = (chart: string): Schema => JSON.parse(readFileSync(join(chartPath(chart), 'values.schema.json'), 'utf8'));

/** Every property of a schema with its dotted path, following local $refs once per definition (and array items as `[]`). */
function* properties(schema: Schema, root: Schema, path = '', seen = new Set<string>()): Generator<{ path: string; key: string; node: Schema }> {
  const node = schema.$ref ? resolve(root, schema.$ref, seen) : schema;
  if (!node) return;
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
    const childPath = path ? `${path}.${key}` : key;
    yield { path: childPath, key, node: child };
    yield* properties(child, root, childPath, seen);
  }
  if (node.items && typeof node.items === 'object') yield* properties(node.items, root, `${path}[]`, seen);
  for (const alt of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) yield* properties(alt, root, path, seen);
}

function resolve(root: Schema, ref: string, seen: Set<string>): Schema | undefined {
  if (seen.has(ref) || !ref.startsWith('#/definitions/')) return undefined;
  seen.add(ref);
  return root.definitions?.[ref.slice('#/definitions/'.length)];
}

/** A connection to a server: an object schema with host and port, or an endpoint (the shapes of the fragments). */
const isConnection = (node: Schema) => Boolean(node.properties && ((node.properties.host && node.properties.port) || node.properties.endpoint || node.properties.endpointUrl));

describe('one values vocabulary across the charts (generated schemas)', () => {
  it.each(charts)('%s: every external service is ml-common\'s fragment, copied unchanged, under the key of its kind', (chart) => {
    const schema = schemaOf(chart);
    for (const kind of services) {
      if (schema.definitions?.[kind]) expect(schema.definitions[kind], `${chart} definitions.${kind}`).toEqual(fragments[kind]);
    }
    const offShape: string[] = [];
    const seen = new Set<string>();
    for (const { path, key, node } of properties(schema, schema, '', seen)) {
      const ref = /^#\/definitions\/(.+)$/.exec(node.$ref ?? '')?.[1];
      if (ref && (services as readonly string[]).includes(ref)) {
        if (ref !== key) offShape.push(`${path}: the ${ref} shape under another key`);
        continue;
      }
      const target = ref ? schema.definitions?.[ref] : node;
      if (target && isConnection(target)) offShape.push(`${path}: a connection not in ml-common's postgresql/s3/redis shape`);
    }
    expect(offShape).toEqual([]);
  });

  it.each(charts)('%s: uses none of the retired keys (replicaCount, sslmode, endpointUrl, a chart\'s own clusterDomain, the old peer lists)', (chart) => {
    const schema = schemaOf(chart);
    const found = [...properties(schema, schema)].filter(({ key, path }) => retired[key] && !path.startsWith('global.')).map(({ path, key }) => `${path} (use ${retired[key]})`);
    expect(found).toEqual([]);
  });

  it('global states each external service and the cluster domain once, in the shapes every chart uses', () => {
    const global = fragments.global!.properties;
    for (const kind of services) expect(global[kind].$ref).toBe(`#/definitions/${kind}`);
    expect(global.clusterDomain.type).toBe('string');
    for (const chart of charts) {
      const schema = schemaOf(chart);
      expect(schema.definitions.global, chart).toEqual(fragments.global);
    }
  });

  it('the charts that connect to a service all take it at the top level: feast postgresql+redis, mlflow-platform postgresql+s3, ray-cluster s3', () => {
    const used = Object.fromEntries(charts.map((c) => [c, services.filter((k) => schemaOf(c).properties?.[k]?.$ref === `#/definitions/${k}`)]));
    expect(used).toMatchObject({ feast: ['postgresql', 'redis'], 'mlflow-platform': ['postgresql', 's3'], 'ray-cluster': ['s3'] });
  });

  const withPolicies = charts.filter((c) => schemaOf(c).properties?.networkPolicy);

  it.each(withPolicies)('%s: networkPolicy has the one shape (enabled, allowSameNamespace, ingressFrom, egressTo.<service>, extraIngress, extraEgress) and its peers are ml-common\'s networkPeers', (chart) => {
    const schema = schemaOf(chart);
    const np = schema.properties.networkPolicy.properties as Record<string, Schema>;
    expect(np.enabled?.type).toEqual(['boolean', 'null']);
    expect(np.allowSameNamespace?.type).toBe('boolean');
    expect(np.ingressFrom?.$ref).toBe('#/definitions/networkPeers');
    for (const extra of ['extraIngress', 'extraEgress']) expect(np[extra], extra).toMatchObject({ type: 'array', items: { type: 'object' } });
    const egressTo = np.egressTo?.properties as Record<string, Schema>;
    expect(Object.keys(egressTo).every((k) => (services as readonly string[]).includes(k))).toBe(true);
    for (const [k, v] of Object.entries(egressTo)) expect(v.$ref, `egressTo.${k}`).toBe('#/definitions/networkPeers');
    expect(schema.definitions.networkPeer).toEqual(fragments.networkPeer);
    expect(Object.keys(schema.definitions).filter((d) => /^peers?$/.test(d))).toEqual([]);
  });

  it('each chart egresses to the services it connects to, under egressTo.<service>', () => {
    for (const chart of withPolicies) {
      const schema = schemaOf(chart);
      const used = services.filter((k) => schema.properties?.[k]);
      expect(Object.keys(schema.properties.networkPolicy.properties.egressTo.properties).sort(), chart).toEqual([...used].sort());
    }
  });

  it.each([
    ['podDisruptionBudget', ['feast', 'mlflow-platform']],
    ['persistence', ['feast', 'mlflow-platform']],
    ['ingress', ['feast', 'mlflow-platform', 'ray-cluster']],
    ['httpRoute', ['feast', 'mlflow-platform', 'ray-cluster']],
  ] as const)('every chart with %s takes ml-common\'s fragment of that name, unchanged', (key, expected) => {
    const using = charts.filter((c) => schemaOf(c).properties?.[key]);
    expect(using.sort()).toEqual([...expected]);
    for (const chart of using) {
      const schema = schemaOf(chart);
      expect(schema.properties[key].$ref, chart).toBe(`#/definitions/${key}`);
      expect(schema.definitions[key], chart).toEqual(fragments[key]);
    }
  });
});
