import type { V1Node } from '@kubernetes/client-node';
import { fakeNodeAnnotation, placementLabels } from './node/placement.ts';

/**
 * The fake nodes of the local cluster. kwok plays their kubelet (marked by the kwok.x-k8s.io/node
 * annotation). No kwok taint: the charts' pods schedule as on a real cluster. Three CPU nodes in
 * three zones (topology spread of the prod profile can be met) and one GPU node labelled and tainted
 * as the NVIDIA GPU operator does (the gpu profile's workers must tolerate the taint to land there).
 * All take pods of `simulated` namespaces; the GPU node also takes the GPU pods of `real` ones (see
 * node/placement.ts: GPUs stay simulated).
 */
export interface FakeNode {
  name: string;
  zone: string;
  cpu: string;
  memory: string;
  gpus?: number;
}

export const localNodes: FakeNode[] = [
  { name: 'kwok-cpu-a', zone: 'zone-a', cpu: '16', memory: '64Gi' },
  { name: 'kwok-cpu-b', zone: 'zone-b', cpu: '16', memory: '64Gi' },
  { name: 'kwok-cpu-c', zone: 'zone-c', cpu: '16', memory: '64Gi' },
  { name: 'kwok-gpu-a', zone: 'zone-a', cpu: '32', memory: '256Gi', gpus: 8 },
];

export function nodeManifest(n: FakeNode): V1Node {
  const resources: Record<string, string> = { cpu: n.cpu, memory: n.memory, pods: '110', 'ephemeral-storage': '500Gi', ...(n.gpus ? { 'nvidia.com/gpu': String(n.gpus) } : {}) };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      annotations: { [fakeNodeAnnotation.key]: fakeNodeAnnotation.value, 'node.alpha.kubernetes.io/ttl': '0' },
      labels: {
        'kubernetes.io/hostname': n.name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'topology.kubernetes.io/zone': n.zone,
        type: 'kwok',
        [placementLabels.simulated]: 'true',
        ...(n.gpus ? { [placementLabels.real]: 'true' } : {}),
        ...(n.gpus ? { 'nvidia.com/gpu.present': 'true', 'nvidia.com/gpu.count': String(n.gpus), 'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB' } : {}),
      },
    },
    spec: n.gpus ? { taints: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }] } : {},
    status: { allocatable: resources, capacity: resources },
  };
}
