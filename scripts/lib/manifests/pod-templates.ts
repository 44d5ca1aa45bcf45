import type { Volume } from 'kubernetes-types/core/v1.js';
import { isHook } from './query.ts';
import type { Manifest } from './types.ts';

/** This file: code that decides what counts as a pod (caches of derived verdicts key on it). */
export const podTemplatesFile = import.meta.filename;

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> };
  securityContext?: Record<string, any>;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  startupProbe?: unknown;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  restartPolicy?: string;
  [key: string]: unknown;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  ephemeralContainers?: Container[];
  securityContext?: Record<string, any>;
  volumes?: Volume[];
  tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
  nodeSelector?: Record<string, string>;
  affinity?: unknown;
  runtimeClassName?: string;
  serviceAccountName?: string;
  automountServiceAccountToken?: boolean;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  [key: string]: unknown;
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}

export interface PodTemplateRef {
  /** The object that embeds the template. */
  owner: Manifest;
  /** JSON path of the template inside the owner (`''` for a bare Pod). */
  path: string;
  template: PodTemplate;
  /** Runs to completion (Job, CronJob, Pod, RayJob submitter) rather than serving. */
  runsToCompletion: boolean;
  /** A Helm hook or test: not part of the running release. */
  hook: boolean;
  /** The labels the pods will carry: the template's, plus those a controller adds (KubeRay's ray.io/*). */
  labels: Record<string, string>;
}

type Extract = (m: Manifest) => { path: string; template: unknown; runsToCompletion: boolean; controllerLabels?: Record<string, string> }[];

const spec = (m: Manifest) => (m.spec ?? {}) as Record<string, any>;

/** Labels KubeRay puts on the pods of a RayCluster (ray-operator labelPod): selectors of Services and policies may use them. */
function rayPodLabels(clusterName: string, nodeType: 'head' | 'worker', group: string): Record<string, string> {
  return { 'ray.io/is-ray-node': 'yes', 'ray.io/cluster': clusterName, 'ray.io/node-type': nodeType, 'ray.io/group': group };
}

const rayClusterTemplates = (clusterSpec: Record<string, any> | undefined, prefix: string, clusterName: string) => [
  ...(clusterSpec?.headGroupSpec?.template
    ? [{ path: `${prefix}.headGroupSpec.template`, template: clusterSpec.headGroupSpec.template, runsToCompletion: false, controllerLabels: rayPodLabels(clusterName, 'head', 'headgroup') }]
    : []),
  ...((clusterSpec?.workerGroupSpecs ?? []) as Record<string, any>[]).map((group, i) => ({
    path: `${prefix}.workerGroupSpecs[${i}].template`,
    template: group.template,
    runsToCompletion: false,
    controllerLabels: rayPodLabels(clusterName, 'worker', String(group.groupName ?? '')),
  })),
];

const podTemplate: Extract = (m) => [{ path: 'spec.template', template: spec(m).template, runsToCompletion: false }];

/** Where each kind keeps its pod templates, built-in workloads and KubeRay's custom resources alike. */
const extractors: Record<string, Extract> = {
  Deployment: podTemplate,
  StatefulSet: podTemplate,
  DaemonSet: podTemplate,
  ReplicaSet: podTemplate,
  ReplicationController: podTemplate,
  Job: (m) => [{ path: 'spec.template', template: spec(m).template, runsToCompletion: true }],
  CronJob: (m) => [{ path: 'spec.jobTemplate.spec.template', template: spec(m).jobTemplate?.spec?.template, runsToCompletion: true }],
  Pod: (m) => [{ path: '', template: { metadata: m.metadata, spec: m.spec }, runsToCompletion: true }],
  RayCluster: (m) => rayClusterTemplates(spec(m), 'spec', m.metadata.name),
  // The RayCluster a RayService or RayJob creates gets a generated name; its pods are matched by template labels.
  RayService: (m) => rayClusterTemplates(spec(m).rayClusterConfig, 'spec.rayClusterConfig', ''),
  RayJob: (m) => [
    ...rayClusterTemplates(spec(m).rayClusterSpec, 'spec.rayClusterSpec', ''),
    ...(spec(m).submitterPodTemplate ? [{ path: 'spec.submitterPodTemplate', template: spec(m).submitterPodTemplate, runsToCompletion: true }] : []),
  ],
};

/** Every pod template of every workload, hook, CronJob and custom resource that embeds one. */
export function podTemplates(docs: readonly Manifest[]): PodTemplateRef[] {
  return docs.flatMap((owner) =>
    (extractors[owner.kind]?.(owner) ?? [])
      .filter((t) => t.template && typeof t.template === 'object')
      .map((t) => {
        const template = t.template as PodTemplate;
        const controller = Object.fromEntries(Object.entries(t.controllerLabels ?? {}).filter(([, v]) => v !== ''));
        return { owner, path: t.path, template, runsToCompletion: t.runsToCompletion, hook: isHook(owner), labels: { ...controller, ...(template.metadata?.labels ?? {}) } };
      }),
  );
}

/** Containers of a pod spec with their JSON path relative to the spec. */
export function containersOf(pod: PodSpec): { container: Container; path: string; init: boolean }[] {
  return [
    ...(pod.initContainers ?? []).map((container, i) => ({ container, path: `initContainers[${i}]`, init: true })),
    ...(pod.containers ?? []).map((container, i) => ({ container, path: `containers[${i}]`, init: false })),
    ...(pod.ephemeralContainers ?? []).map((container, i) => ({ container, path: `ephemeralContainers[${i}]`, init: true })),
  ];
}

/** Joins JSON path segments, skipping the empty path of a bare Pod. */
export function joinPath(...segments: string[]): string {
  return segments.filter(Boolean).join('.');
}
