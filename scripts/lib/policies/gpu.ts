import { containersOf, joinPath, podTemplates, type PodSpec } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding } from './types.ts';

export const gpuResource = 'nvidia.com/gpu';

function gpuCount(pod: PodSpec): number {
  return containersOf(pod).reduce((sum, { container }) => {
    const limit = container.resources?.limits?.[gpuResource] ?? container.resources?.requests?.[gpuResource];
    return sum + (limit === undefined ? 0 : Number(limit));
  }, 0);
}

/** Does the pod tolerate the NoSchedule taint that GPU nodes carry (`nvidia.com/gpu`)? */
export function toleratesGpuTaint(pod: PodSpec): boolean {
  return (pod.tolerations ?? []).some(
    (t) => (t.key === gpuResource || (t.key === undefined && t.operator === 'Exists')) && (t.effect === undefined || t.effect === '' || t.effect === 'NoSchedule'),
  );
}

/**
 * GPU scheduling: a pod asking for nvidia.com/gpu sets it as a whole-number limit and tolerates the
 * GPU taint; a pod asking for none does not tolerate it (it would take GPU nodes from GPU work).
 */
export function gpuScheduling(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const { owner, path, template } of podTemplates(docs)) {
    const pod = template.spec ?? { containers: [] };
    const specPath = joinPath(path, 'spec');
    for (const { container, path: cPath } of containersOf(pod)) {
      const limit = container.resources?.limits?.[gpuResource];
      const request = container.resources?.requests?.[gpuResource];
      const base = joinPath(specPath, cPath, 'resources');
      if (request !== undefined && limit === undefined) findings.push(finding('gpu', objectRef(owner), joinPath(base, 'limits'), `container ${container.name} requests ${gpuResource} without a limit (GPUs are set as limits)`));
      if (limit !== undefined && !Number.isInteger(Number(limit))) findings.push(finding('gpu', objectRef(owner), joinPath(base, 'limits'), `${gpuResource} limit ${limit} is not a whole number`));
    }
    const gpus = gpuCount(pod);
    if (gpus > 0 && !toleratesGpuTaint(pod)) findings.push(finding('gpu', objectRef(owner), joinPath(specPath, 'tolerations'), `pod requests ${gpus} ${gpuResource} but does not tolerate the ${gpuResource} taint`));
    if (gpus === 0 && toleratesGpuTaint(pod)) findings.push(finding('gpu', objectRef(owner), joinPath(specPath, 'tolerations'), `pod requests no ${gpuResource} but tolerates the ${gpuResource} taint`));
  }
  return findings;
}
