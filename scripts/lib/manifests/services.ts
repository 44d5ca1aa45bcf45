import { podTemplates, type PodTemplateRef } from './pod-templates.ts';
import { labelsMatch, ofKind } from './query.ts';
import type { Manifest } from './types.ts';

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
}

export interface ContainerPortRef {
  number?: number;
  name?: string;
}

export interface ServiceSpec {
  selector?: Record<string, string>;
  ports?: ServicePort[];
  type?: string;
}

export const serviceSpec = (service: Manifest): ServiceSpec => (service.spec ?? {}) as ServiceSpec;

/** Declared container ports of a pod template (every container, init containers included). */
export function containerPorts(pod: PodTemplateRef): { name?: string; containerPort: number; protocol?: string }[] {
  const spec = pod.template.spec;
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].flatMap((c) => c.ports ?? []);
}

/** The container port a Service port lands on, resolving a named target port against the pod. */
export function resolveTargetPort(port: ServicePort, pod: PodTemplateRef): ContainerPortRef {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return { number: target, name: containerPorts(pod).find((p) => p.containerPort === target)?.name };
  return { number: containerPorts(pod).find((p) => p.name === target)?.containerPort, name: target };
}

/** The long-running pod templates a Service selects (hooks and test pods are not its endpoints). */
export function serviceBackends(service: Manifest, docs: readonly Manifest[]): PodTemplateRef[] {
  const spec = serviceSpec(service);
  if (!spec.selector || spec.type === 'ExternalName') return [];
  const namespace = service.metadata.namespace;
  return podTemplates(docs).filter((p) => !p.hook && p.owner.metadata.namespace === namespace && labelsMatch(spec.selector, p.labels));
}

/** Services of the rendering by name and namespace. */
export function findService(docs: readonly Manifest[], name: string, namespace: string | undefined): Manifest | undefined {
  return ofKind(docs, 'Service').find((s) => s.metadata.name === name && (namespace === undefined || s.metadata.namespace === namespace));
}
