/** A rendered Kubernetes object. Fields beyond the envelope are read through typed queries. */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** `Kind/name`, the way findings and errors name an object. */
export function objectRef(m: Manifest): string {
  return `${m.kind}/${m.metadata?.name}`;
}

const sources = new WeakMap<Manifest, string>();

/** The template file a manifest came from (`# Source:` line of helm's output). */
export function sourceOf(m: Manifest): string | undefined {
  return sources.get(m);
}

export function setSource(m: Manifest, source: string): void {
  sources.set(m, source);
}
