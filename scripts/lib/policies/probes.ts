import { containersOf, joinPath, podTemplates } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

const probeFields = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const;

interface Probe {
  httpGet?: { path?: string; port?: number | string; host?: string; scheme?: string; httpHeaders?: unknown };
  grpc?: { port?: number; service?: string };
  tcpSocket?: unknown;
  exec?: unknown;
}

/**
 * The application-level check a probe runs (HTTP path or gRPC health service), or undefined for a
 * TCP or exec probe. Two probes with the same check ask the program the same question.
 */
function applicationCheck(probe: Probe | undefined): string | undefined {
  if (probe?.httpGet) return JSON.stringify(['http', probe.httpGet.port, probe.httpGet.path ?? '/', probe.httpGet.host ?? '', probe.httpGet.httpHeaders ?? []]);
  if (probe?.grpc) return JSON.stringify(['grpc', probe.grpc.port, probe.grpc.service ?? '']);
  return undefined;
}

/**
 * Long-running containers (not Jobs, hooks or init containers) have startup, readiness and liveness
 * probes, and liveness does not ask the question readiness asks: readiness checks what the program
 * depends on (a registry, a store) and takes the pod out of its Services, liveness checks the process
 * and restarts it. The same HTTP or gRPC check for both turns a dependency's blip into a restart of
 * every replica. TCP and exec probes are not compared (a program with one health check has no
 * separate liveness check to use).
 */
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
      const readiness = applicationCheck(container.readinessProbe as Probe | undefined);
      if (readiness !== undefined && readiness === applicationCheck(container.livenessProbe as Probe | undefined)) {
        findings.push(finding('probes', objectRef(owner), joinPath(path, 'spec', cPath, 'livenessProbe'), `container ${container.name}: the liveness probe runs the readiness check (${readiness}); liveness should check the process only`));
      }
    }
  }
  return findings;
}

export const probesPolicy: Policy<'probes'> = {
  name: 'probes',
  description: 'long-running containers have startup, readiness and liveness probes, and liveness does not run the readiness check',
  check: (docs) => probes(docs),
};
