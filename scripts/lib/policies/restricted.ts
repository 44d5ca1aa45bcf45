import { containersOf, joinPath, podTemplates } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

const policy = 'restricted';

/** Volume types the `restricted` Pod Security Standard allows. */
const allowedVolumeTypes = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret', 'name']);
const allowedSeccomp = new Set(['RuntimeDefault', 'Localhost']);

/**
 * The Pod Security Standard `restricted` profile (Kubernetes' own admission checks), applied to every
 * pod template: host namespaces, volume types, privilege, escalation, capabilities, non-root, seccomp.
 */
export function restrictedPodSecurity(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const { owner, path, template } of podTemplates(docs)) {
    const object = objectRef(owner);
    const specPath = joinPath(path, 'spec');
    const pod = template.spec ?? { containers: [] };
    const podSc = pod.securityContext ?? {};
    const add = (p: string, message: string) => findings.push(finding(policy, object, p, message));

    for (const field of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
      if (pod[field] === true) add(joinPath(specPath, field), `${field} must not be true`);
    }
    (pod.volumes ?? []).forEach((volume, i) => {
      const types = Object.keys(volume).filter((k) => !allowedVolumeTypes.has(k));
      if (types.length > 0) add(joinPath(specPath, `volumes[${i}]`), `volume type ${types.join(', ')} is not allowed`);
    });
    if (podSc.runAsUser === 0) add(joinPath(specPath, 'securityContext.runAsUser'), 'must not run as UID 0');

    for (const { container, path: cPath } of containersOf(pod)) {
      const base = joinPath(specPath, cPath, 'securityContext');
      const sc = container.securityContext ?? {};
      if (sc.privileged === true) add(joinPath(base, 'privileged'), 'privileged must not be true');
      if (sc.allowPrivilegeEscalation !== false) add(joinPath(base, 'allowPrivilegeEscalation'), 'allowPrivilegeEscalation must be false');
      const drop: string[] = sc.capabilities?.drop ?? [];
      if (!drop.includes('ALL')) add(joinPath(base, 'capabilities.drop'), 'capabilities must drop ALL');
      const added = ((sc.capabilities?.add ?? []) as string[]).filter((c) => c !== 'NET_BIND_SERVICE');
      if (added.length > 0) add(joinPath(base, 'capabilities.add'), `capabilities ${added.join(', ')} must not be added`);
      const runAsNonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
      if (runAsNonRoot !== true) add(joinPath(base, 'runAsNonRoot'), 'runAsNonRoot must be true (container or pod securityContext)');
      if (sc.runAsUser === 0) add(joinPath(base, 'runAsUser'), 'must not run as UID 0');
      const seccomp = sc.seccompProfile?.type ?? podSc.seccompProfile?.type;
      if (!allowedSeccomp.has(seccomp)) add(joinPath(base, 'seccompProfile.type'), 'seccompProfile.type must be RuntimeDefault or Localhost (container or pod securityContext)');
      (container.ports ?? []).forEach((port, i) => {
        if ((port as { hostPort?: number }).hostPort) add(joinPath(specPath, cPath, `ports[${i}].hostPort`), 'hostPort must not be set');
      });
    }
  }
  return findings;
}

export const restrictedPolicy: Policy<'restricted'> = {
  name: 'restricted',
  description: 'every pod meets the restricted Pod Security Standard',
  check: (docs) => restrictedPodSecurity(docs),
};
