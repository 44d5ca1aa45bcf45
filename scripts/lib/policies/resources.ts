import { containersOf, joinPath, podTemplates } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

/** Every container, init containers included, requests cpu and memory and limits memory. */
export function resourceRequests(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const { owner, path, template } of podTemplates(docs)) {
    for (const { container, path: cPath } of containersOf(template.spec ?? { containers: [] })) {
      const base = joinPath(path, 'spec', cPath, 'resources');
      const r = container.resources ?? {};
      for (const [field, what] of [
        ['requests.cpu', r.requests?.cpu],
        ['requests.memory', r.requests?.memory],
        ['limits.memory', r.limits?.memory],
      ] as const) {
        if (what === undefined || what === null || what === '') {
          findings.push(finding('resources', objectRef(owner), joinPath(base, field), `container ${container.name} has no ${field}`));
        }
      }
    }
  }
  return findings;
}

export const resourcesPolicy: Policy<'resources'> = {
  name: 'resources',
  description: 'every container requests cpu and memory and limits memory',
  check: (docs) => resourceRequests(docs),
};
