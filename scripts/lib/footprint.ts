import { containersOf, type PodSpec, podTemplates } from './manifests/pod-templates.ts';
import { ofKind } from './manifests/query.ts';
import { type Manifest, objectRef } from './manifests/types.ts';
import { render } from './helm/render.ts';
import { chartScenarios, umbrellaChart } from './scenarios/index.ts';

/** CPU in cores, memory in bytes, GPUs in devices. */
export interface Resources {
  cpuRequests: number;
  memoryRequests: number;
  memoryLimits: number;
  gpus: number;
}

/** One long-running pod template: its effective pod resources and how many pods it runs. */
export interface WorkloadFootprint {
  object: string;
  path: string;
  pod: Resources;
  /** Pods at install (replicas, or a HorizontalPodAutoscaler's / Ray group's minimum when higher). */
  initial: number;
  /** Pods at maximum scale (HPA maxReplicas, Ray worker group maxReplicas). */
  max: number;
}

export interface Footprint {
  workloads: WorkloadFootprint[];
  initial: Resources & { pods: number };
  max: Resources & { pods: number };
  /** Hook Jobs and helm test pods: transient, not in the totals (each runs alone, briefly). */
  transient: { object: string; pod: Resources }[];
}

const suffixes: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

/** A Kubernetes quantity (`500m`, `2Gi`, `1.5`, `1e3`) as a number of base units. */
export function parseQuantity(value: string | number | undefined | null): number {
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value === 'number') return value;
  const m = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)([a-zA-Z]{0,2})$/.exec(value.trim());
  if (!m) throw new Error(`not a Kubernetes quantity: ${JSON.stringify(value)}`);
  const unit = m[2] ?? '';
  if (unit !== '' && suffixes[unit] === undefined) throw new Error(`unknown quantity suffix in ${JSON.stringify(value)}`);
  return Number(m[1]) * (unit === '' ? 1 : suffixes[unit]!);
}

const zero = (): Resources => ({ cpuRequests: 0, memoryRequests: 0, memoryLimits: 0, gpus: 0 });

function containerResources(c: { resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> } }): Resources {
  const r = c.resources ?? {};
  return {
    cpuRequests: parseQuantity(r.requests?.cpu),
    // Kubernetes defaults a missing memory request to the limit.
    memoryRequests: parseQuantity(r.requests?.memory ?? r.limits?.memory),
    memoryLimits: parseQuantity(r.limits?.memory),
    gpus: parseQuantity(r.limits?.['nvidia.com/gpu'] ?? r.requests?.['nvidia.com/gpu']),
  };
}

const add = (a: Resources, b: Resources): Resources => ({
  cpuRequests: a.cpuRequests + b.cpuRequests,
  memoryRequests: a.memoryRequests + b.memoryRequests,
  memoryLimits: a.memoryLimits + b.memoryLimits,
  gpus: a.gpus + b.gpus,
});
const max = (a: Resources, b: Resources): Resources => ({
  cpuRequests: Math.max(a.cpuRequests, b.cpuRequests),
  memoryRequests: Math.max(a.memoryRequests, b.memoryRequests),
  memoryLimits: Math.max(a.memoryLimits, b.memoryLimits),
  gpus: Math.max(a.gpus, b.gpus),
});
const times = (a: Resources, n: number): Resources => ({ cpuRequests: a.cpuRequests * n, memoryRequests: a.memoryRequests * n, memoryLimits: a.memoryLimits * n, gpus: a.gpus * n });

/**
 * A pod's effective resources as the scheduler counts them: the app containers plus sidecar init
 * containers (restartPolicy Always), or the largest classic init container plus the sidecars started
 * before it, whichever is larger.
 */
export function podResources(spec: PodSpec, extraContainers: Resources[] = []): Resources {
  let sidecars = zero();
  let initPeak = zero();
  for (const { container, init } of containersOf(spec)) {
    if (!init) continue;
    if (container.restartPolicy === 'Always') sidecars = add(sidecars, containerResources(container));
    else initPeak = max(initPeak, add(sidecars, containerResources(container)));
  }
  const app = [...(spec.containers ?? []).map(containerResources), ...extraContainers].reduce(add, sidecars);
  return max(app, initPeak);
}

interface Scale {
  initial: number;
  max: number;
}

/** Replica bounds of a built-in workload, widened by the HorizontalPodAutoscaler that targets it. */
function workloadScale(owner: Manifest, docs: readonly Manifest[]): Scale {
  const replicas = ((owner.spec as any)?.replicas as number | undefined) ?? 1;
  const hpa = ofKind(docs, 'HorizontalPodAutoscaler').find((h) => {
    const ref = (h.spec as any)?.scaleTargetRef ?? {};
    return ref.kind === owner.kind && ref.name === owner.metadata.name;
  });
  if (!hpa) return { initial: replicas, max: replicas };
  const spec = hpa.spec as { minReplicas?: number; maxReplicas: number };
  return { initial: Math.max(replicas, spec.minReplicas ?? 1), max: Math.max(replicas, spec.maxReplicas) };
}

/** Ray pods: one head; a worker group's replicas (at least minReplicas) up to maxReplicas when autoscaling. */
function rayScale(clusterSpec: any, path: string): Scale {
  const m = /workerGroupSpecs\[(\d+)\]/.exec(path);
  if (!m) return { initial: 1, max: 1 };
  const group = clusterSpec.workerGroupSpecs[Number(m[1])];
  const replicas = Math.max(group.replicas ?? 0, group.minReplicas ?? 0);
  return { initial: replicas, max: clusterSpec.enableInTreeAutoscaling ? Math.max(replicas, group.maxReplicas ?? replicas) : replicas };
}

/** The spec that holds a KubeRay cluster inside a custom resource. */
function rayClusterSpec(owner: Manifest): any {
  const spec = (owner.spec ?? {}) as any;
  if (owner.kind === 'RayCluster') return spec;
  if (owner.kind === 'RayService') return spec.rayClusterConfig;
  if (owner.kind === 'RayJob') return spec.rayClusterSpec;
  return undefined;
}

/** Requests and memory limits of a release at install and at maximum scale. */
export function footprint(docs: readonly Manifest[]): Footprint {
  const workloads: WorkloadFootprint[] = [];
  const transient: Footprint['transient'] = [];
  for (const { owner, path, template, runsToCompletion, hook } of podTemplates(docs)) {
    const ray = rayClusterSpec(owner);
    // KubeRay adds the autoscaler container (autoscalerOptions.resources) to the head pod.
    const extra = ray && path.endsWith('headGroupSpec.template') && ray.enableInTreeAutoscaling ? [containerResources({ resources: ray.autoscalerOptions?.resources })] : [];
    const pod = podResources(template.spec ?? { containers: [] }, extra);
    if (hook || runsToCompletion) {
      transient.push({ object: objectRef(owner), pod });
      continue;
    }
    const scale = ray ? rayScale(ray, path) : workloadScale(owner, docs);
    workloads.push({ object: objectRef(owner), path, pod, ...scale });
  }
  const total = (pick: 'initial' | 'max') => ({
    ...workloads.reduce((sum, w) => add(sum, times(w.pod, w[pick])), zero()),
    pods: workloads.reduce((sum, w) => sum + w[pick], 0),
  });
  return { workloads, initial: total('initial'), max: total('max'), transient };
}

/** Cores with up to three decimals, memory in GiB with one. */
export const formatCpu = (cores: number) => `${Number(cores.toFixed(3))}`;
export const formatMemory = (bytes: number) => `${Number((bytes / 2 ** 30).toFixed(2))} GiB`;

export interface ProfileFootprint {
  profile: string;
  footprint: Footprint;
}

/** The README's footprint table: one row per profile, at install and at maximum scale. */
export function footprintTable(rows: readonly ProfileFootprint[]): string {
  const lines = [
    '| profile | pods | CPU requests | memory requests | memory limits | at max scale: pods | CPU requests | memory requests | memory limits | GPUs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { profile, footprint: f } of rows) {
    lines.push(
      `| ${profile} | ${f.initial.pods} | ${formatCpu(f.initial.cpuRequests)} | ${formatMemory(f.initial.memoryRequests)} | ${formatMemory(f.initial.memoryLimits)} | ${f.max.pods} | ${formatCpu(f.max.cpuRequests)} | ${formatMemory(f.max.memoryRequests)} | ${formatMemory(f.max.memoryLimits)} | ${f.max.gpus} |`,
    );
  }
  return lines.join('\n');
}

/** Does a footprint at maximum scale fit a machine of `cpu` cores and `memoryBytes`, requests and memory limits alike? */
export function fits(f: Footprint, cpu: number, memoryBytes: number): boolean {
  return f.max.cpuRequests <= cpu && f.max.memoryRequests <= memoryBytes && f.max.memoryLimits <= memoryBytes;
}

/**
 * The umbrella's rows of the footprint table, from the scenario catalog: its defaults, then each
 * profile and layering of profiles, but those the catalog leaves out (`footprint: false`: airgapped
 * changes where images come from, not what runs).
 */
export function footprintProfiles(): { name: string; files: string[] }[] {
  return chartScenarios(umbrellaChart, { alsoOn: false })
    .filter((s) => s.footprint && (s.kind === 'defaults' || s.kind === 'profile' || s.kind === 'layering'))
    .map((s) => ({ name: s.kind === 'defaults' ? 'defaults (no profile)' : s.name, files: s.values }));
}

/** Renders the umbrella with each profile and sums requests and memory limits of its long-running pods. */
export async function profileFootprints(helm: 3 | 4 = 4): Promise<ProfileFootprint[]> {
  return Promise.all(
    footprintProfiles().map(async (p) => ({
      profile: p.name,
      footprint: footprint(await render(umbrellaChart, { values: p.files, release: 'ml', namespace: 'ml', helm })),
    })),
  );
}

/** The machine the dev profile must fit (issue 7): 4 CPU, 8 GiB. */
export const devMachine = { cpu: 4, memoryBytes: 8 * 2 ** 30 };

export const footprintMarkers = { start: '<!-- footprint:start (generated by `npx mlp gen`; a test checks it) -->', end: '<!-- footprint:end -->' };

/** The README with the footprint table between its markers replaced. */
export function withFootprintTable(readme: string, table: string): string {
  const start = readme.indexOf(footprintMarkers.start);
  const end = readme.indexOf(footprintMarkers.end);
  if (start < 0 || end < start) throw new Error(`README has no footprint markers (${footprintMarkers.start} ... ${footprintMarkers.end})`);
  return `${readme.slice(0, start + footprintMarkers.start.length)}\n${table}\n${readme.slice(end)}`;
}

