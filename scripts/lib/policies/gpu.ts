import { containersOf, joinPath, podTemplates, type PodSpec } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy, type PolicyContext } from './types.ts';

type Gpu = PolicyContext['gpu'];

function gpuCount(pod: PodSpec, gpu: Gpu): number {
  return containersOf(pod).reduce((sum, { container }) => {
    const limit = container.resources?.limits?.[gpu.resourceName] ?? container.resources?.requests?.[gpu.resourceName];
    return sum + (limit === undefined ? 0 : Number(limit));
  }, 0);
}

/** Does the pod tolerate the taint GPU nodes carry (the context's key and effect)? */
export function toleratesGpuTaint(pod: PodSpec, gpu: Gpu): boolean {
  return (pod.tolerations ?? []).some(
    (t) => (t.key === gpu.taint.key || (t.key === undefined && t.operator === 'Exists')) && (t.effect === undefined || t.effect === '' || t.effect === gpu.taint.effect),
  );
}

/**
 * GPU scheduling: a pod asking for the GPU resource sets it as a whole-number limit and tolerates the
 * GPU taint; a pod asking for none does not tolerate it (it would take GPU nodes from GPU work).
 */
export function gpuScheduling(docs: readonly Manifest[], gpu: Gpu): Finding[] {
  const findings: Finding[] = [];
  const resource = gpu.resourceName;
  for (const { owner, path, template } of podTemplates(docs)) {
    const pod = template.spec ?? { containers: [] };
    const specPath = joinPath(path, 'spec');
    for (const { container, path: cPath } of containersOf(pod)) {
      const limit = container.resources?.limits?.[resource];
      const request = container.resources?.requests?.[resource];
      const base = joinPath(specPath, cPath, 'resources');
      if (request !== undefined && limit === undefined) findings.push(finding('gpu', objectRef(owner), joinPath(base, 'limits'), `container ${container.name} requests ${resource} without a limit (GPUs are set as limits)`));
      if (limit !== undefined && !Number.isInteger(Number(limit))) findings.push(finding('gpu', objectRef(owner), joinPath(base, 'limits'), `${resource} limit ${limit} is not a whole number`));
    }
    const gpus = gpuCount(pod, gpu);
    if (gpus > 0 && !toleratesGpuTaint(pod, gpu)) findings.push(finding('gpu', objectRef(owner), joinPath(specPath, 'tolerations'), `pod requests ${gpus} ${resource} but does not tolerate the ${gpu.taint.key} taint`));
    if (gpus === 0 && toleratesGpuTaint(pod, gpu)) findings.push(finding('gpu', objectRef(owner), joinPath(specPath, 'tolerations'), `pod requests no ${resource} but tolerates the ${gpu.taint.key} taint`));
  }
  return findings;
}

export const gpuPolicy: Policy<'gpu'> = {
  name: 'gpu',
  description: 'pods asking for the GPU resource set whole-number limits and tolerate the GPU taint; other pods do not tolerate it',
  check: (docs, context) => gpuScheduling(docs, context.gpu),
};
