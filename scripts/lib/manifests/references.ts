import { containersOf, type PodTemplateRef, podTemplates } from './pod-templates.ts';
import { ofKind } from './query.ts';
import { findService } from './services.ts';
import type { Manifest } from './types.ts';

/**
 * Where the rendering points one component at another: an environment variable of a pod (set in the
 * template, or through envFrom from a ConfigMap of the rendering) whose value is a URL or host:port
 * naming a Service of the rendering (`svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.<cluster domain>`).
 */
export interface ServiceReference {
  client: PodTemplateRef;
  container: string;
  /** JSON path of the env entry (or envFrom source) in the pod spec. */
  path: string;
  /** The env var (or ConfigMap key) that holds the address. */
  variable: string;
  value: string;
  service: Manifest;
  /** The port the address names (explicit, or the scheme's default). */
  port: number;
}

const defaultPorts: Record<string, number> = { http: 80, https: 443 };

/** Host and port of `scheme://host[:port][/...]` or `host:port`; undefined when the text is neither. */
export function parseAddress(text: string): { host: string; port?: number } | undefined {
  const url = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:?#]+)(?::(\d+))?/i.exec(text.trim());
  if (url) {
    const port = url[3] ? Number(url[3]) : defaultPorts[url[1]!.toLowerCase()];
    return { host: url[2]!.toLowerCase(), port };
  }
  const hostPort = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?):(\d+)$/i.exec(text.trim());
  return hostPort ? { host: hostPort[1]!.toLowerCase(), port: Number(hostPort[3]) } : undefined;
}

/** The Service a host name designates in the rendering, if any. */
function serviceOf(docs: readonly Manifest[], host: string, clientNamespace: string | undefined): Manifest | undefined {
  const [name, namespace, svc] = host.split('.');
  if (!name) return undefined;
  if (namespace !== undefined && svc !== undefined && svc !== 'svc') return undefined;
  return findService(docs, name, namespace ?? clientNamespace);
}

function envValues(pod: PodTemplateRef, docs: readonly Manifest[]): { container: string; path: string; variable: string; value: string }[] {
  const namespace = pod.owner.metadata.namespace;
  const configMaps = ofKind(docs, 'ConfigMap').filter((cm) => cm.metadata.namespace === namespace);
  return containersOf(pod.template.spec ?? { containers: [] }).flatMap(({ container, path }) => [
    ...(container.env ?? []).flatMap((e, i) => (typeof e.value === 'string' ? [{ container: container.name, path: `spec.${path}.env[${i}]`, variable: e.name, value: e.value }] : [])),
    ...((container.envFrom as { configMapRef?: { name?: string }; prefix?: string }[] | undefined) ?? []).flatMap((source, i) => {
      const cm = configMaps.find((c) => c.metadata.name === source.configMapRef?.name);
      return Object.entries((cm?.data ?? {}) as Record<string, string>).map(([key, value]) => ({ container: container.name, path: `spec.${path}.envFrom[${i}]`, variable: `${source.prefix ?? ''}${key}`, value: String(value) }));
    }),
  ]);
}

/** Every env-var reference from a pod template to a Service of the rendering. */
export function serviceReferences(docs: readonly Manifest[]): ServiceReference[] {
  return podTemplates(docs).flatMap((client) =>
    envValues(client, docs).flatMap(({ container, path, variable, value }) => {
      const address = parseAddress(value);
      const service = address && serviceOf(docs, address.host, client.owner.metadata.namespace);
      return service && address.port !== undefined ? [{ client, container, path, variable, value, service, port: address.port }] : [];
    }),
  );
}
