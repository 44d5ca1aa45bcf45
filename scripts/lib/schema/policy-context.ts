import { basename } from 'node:path';
import { chartMetadata, chartPath } from '../helm/chart-files.ts';
import { readValues } from '../helm/values-files.ts';
import type { PolicyContext } from '../policies/types.ts';
import type { Scenario } from '../scenarios/index.ts';
import { chartDefaults, mergeValues, subcharts, type Values } from './values.ts';

const isMap = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((node, k) => (isMap(node) ? node[k] : undefined), v);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

/** A chart whose templates render pods, with the values it sees: its own merged over its defaults, and the parent's global. */
interface Component {
  chart: string;
  values: Values;
}

/** The charts a rendering holds (the chart itself, or the umbrella's enabled subcharts) with their effective values. */
function components(chart: string, values: Values): Component[] {
  const merged = mergeValues(chartDefaults(chart), values) as Values;
  const subs = subcharts(chart).filter((s) => chartMetadata(s.dir).type !== 'library');
  if (subs.length === 0) return [{ chart: basename(chartPath(chart)), values: merged }];
  const conditions = new Map((chartMetadata(chartPath(chart)).dependencies ?? []).map((d) => [d.alias ?? d.name, d.condition]));
  return subs
    .filter((s) => {
      const condition = conditions.get(s.key);
      return !condition || at(merged, ...condition.split('.')) !== false;
    })
    .map((s) => ({ chart: basename(s.dir), values: mergeValues(chartDefaults(s.dir), mergeValues(merged[s.key] ?? {}, { global: merged.global ?? {} })) as Values }));
}

/** `ml-common.enabled`'s precedence: the chart's explicit boolean, then the global one, then the cluster's API (when the switch detects one). */
function enabled(values: Values, key: string, apiDetected: boolean | undefined): boolean {
  return bool(at(values, key, 'enabled')) ?? bool(at(values, 'global', key, 'enabled')) ?? apiDetected ?? false;
}

/**
 * The GPU facts of a rendering: ray-cluster's `gpu.resourceName` and `gpu.toleration` (its defaults when
 * the rendering has no ray-cluster, so other charts' pods are held to the same taint), each replaced by
 * `global.gpu.toleration` when set, as the umbrella does.
 */
function gpuFacts(all: Component[], global: unknown): PolicyContext['gpu'] {
  const ray = all.find((c) => c.chart === 'ray-cluster')?.values ?? chartDefaults('ray-cluster');
  const toleration = { ...(at(ray, 'gpu', 'toleration') as Values | undefined), ...(at(global, 'gpu', 'toleration') as Values | undefined) };
  const resourceName = at(ray, 'gpu', 'resourceName');
  if (typeof resourceName !== 'string' || typeof toleration.key !== 'string') throw new Error('value ray-cluster gpu.resourceName / gpu.toleration.key: missing. Fix: keep them in charts/ray-cluster/values.yaml');
  return { resourceName, taint: { key: toleration.key, effect: typeof toleration.effect === 'string' && toleration.effect !== '' ? toleration.effect : 'NoSchedule' } };
}

/**
 * The policy context a rendering's values give: the GPU resource and taint, whether the mesh is on
 * (then every workload must be under STRICT mTLS) and whether NetworkPolicies are on (then every pod
 * must be under default-deny), each by the same precedence the charts' templates use.
 */
export function policyContextOf(chart: string, values: Values, apiVersions: readonly string[] = []): PolicyContext {
  const all = components(chart, values);
  const meshApi = apiVersions.includes('security.istio.io/v1');
  return {
    gpu: gpuFacts(all, at(mergeValues(chartDefaults(chart), values), 'global')),
    mesh: { required: all.some((c) => isMap(c.values.mesh) && enabled(c.values, 'mesh', meshApi)) },
    networkPolicy: { required: all.some((c) => isMap(c.values.networkPolicy) && enabled(c.values, 'networkPolicy', true)) },
  };
}

/** The policy context of a render's inputs: its values files (YAML or `*.values.ts`) and inline values, applied in order. */
export async function policyContext(chart: string, opts: { values?: readonly string[]; valuesObject?: unknown; apiVersions?: readonly string[] } = {}): Promise<PolicyContext> {
  let values: Values = {};
  for (const file of opts.values ?? []) values = mergeValues(values, await readValues(file, chart)) as Values;
  if (isMap(opts.valuesObject)) values = mergeValues(values, opts.valuesObject) as Values;
  return policyContextOf(chart, values, opts.apiVersions ?? []);
}

/** The context of the platform's defaults (the umbrella's values): what a rendering without values of its own is held to. */
export const defaultPolicyContext = (): PolicyContext => policyContextOf('ml-platform', {});

/**
 * What a scenario of the catalog is held to: the context its values give (the GPU facts, the mesh and
 * NetworkPolicies as its values switch them), raised to the bar of its cluster (scenarios.yaml: e.g.
 * NetworkPolicies required whatever the values say).
 */
export async function scenarioPolicyContext(s: Scenario): Promise<PolicyContext> {
  const context = await policyContext(s.chart, { values: s.values, apiVersions: s.cluster.apiVersions });
  return { ...context, networkPolicy: { required: context.networkPolicy.required || s.cluster.requires.networkPolicy } };
}
