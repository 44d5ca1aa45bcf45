/**
 * Image references as container runtimes read them. Kubernetes (through containerd's CRI plugin)
 * normalizes a pod's `image` the way Docker does: no registry means `docker.io`, and a single-name
 * repository on Docker Hub lives under `library/`. An imported image must carry the normalized name,
 * or the kubelet will not find it (`postgres:18.4-alpine3.23` is `docker.io/library/postgres:18.4-alpine3.23`).
 */
export interface ImageReference {
  /** Registry host (`docker.io`, `quay.io`, `localhost`). */
  registry: string;
  /** Repository path inside the registry (`library/postgres`, `rayproject/ray`). */
  path: string;
  tag: string;
}

const defaultRegistry = 'docker.io';

/** Splits `[registry/]path:tag` (digests are not supported: stand-ins are built, their digests are new). */
export function parseReference(ref: string): ImageReference {
  if (ref.includes('@')) throw new Error(`image ${ref}: a reference by digest cannot name a stand-in built here. Fix: reference the image by tag.`);
  const slash = ref.indexOf('/');
  const first = slash === -1 ? '' : ref.slice(0, slash);
  // The first component is a registry when it looks like a host: has a dot or a port, or is localhost.
  const hasRegistry = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : defaultRegistry;
  const rest = hasRegistry ? ref.slice(slash + 1) : ref;
  const colon = rest.lastIndexOf(':');
  if (colon === -1) throw new Error(`image ${ref}: has no tag. Fix: pin the image by tag (the charts never use latest).`);
  let path = rest.slice(0, colon);
  if (registry === defaultRegistry && !path.includes('/')) path = `library/${path}`;
  return { registry, path, tag: rest.slice(colon + 1) };
}

export function repository(ref: ImageReference): string {
  return `${ref.registry}/${ref.path}`;
}

/** The fully qualified name containerd stores and the kubelet looks up. */
export function normalizeReference(ref: string): string {
  const parsed = parseReference(ref);
  return `${repository(parsed)}:${parsed.tag}`;
}
