import { containersOf, joinPath, podTemplates } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding } from './types.ts';

const probeFields = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const;

/** Long-running containers (not Jobs, hooks or init containers) have startup, readiness and liveness probes. */
export function probes(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const { owner, path, template, runsToCompletion, hook } of podTemplates(docs)) {
    if (runsToCompletion || hook) continue;
    for (const { container, path: cPath, init } of containersOf(template.spec ?? { containers: [] })) {
      if (init && container.restartPolicy !== 'Always') continue;
      for (const probe of probeFields) {
        if (!container[probe]) {
          findings.push(finding('probes', objectRef(owner), joinPath(path, 'spec', cPath, probe), `long-running container ${container.name} has no ${probe}`));
        }
      }
    }
  }
  return findings;
}
