import { randomBytes } from 'node:crypto';
import { type Manifest, podTemplates } from '../manifests/index.ts';

/** A Secret that a release's pods read but the release does not create (an `existingSecret`). */
export interface ExternalSecret {
  name: string;
  /** Keys the pods read (empty set: the whole Secret is mounted, keys unknown). */
  keys: Set<string>;
}

function note(found: Map<string, ExternalSecret>, name: unknown, key?: unknown): void {
  if (typeof name !== 'string' || name === '') return;
  const entry = found.get(name) ?? { name, keys: new Set<string>() };
  if (typeof key === 'string') entry.keys.add(key);
  found.set(name, entry);
}

/**
 * Every Secret referenced by a pod template (env secretKeyRef, envFrom, secret and projected volumes)
 * that the manifests themselves do not define: the test or `up` must create it first.
 */
export function externalSecrets(manifests: readonly Manifest[]): ExternalSecret[] {
  const found = new Map<string, ExternalSecret>();
  for (const { template } of podTemplates(manifests)) {
    const containers = [...(template.spec.initContainers ?? []), ...(template.spec.containers ?? [])];
    for (const c of containers) {
      for (const e of c.env ?? []) {
        const ref = (e.valueFrom as { secretKeyRef?: { name?: string; key?: string } } | undefined)?.secretKeyRef;
        if (ref) note(found, ref.name, ref.key);
      }
      for (const from of (c.envFrom ?? []) as { secretRef?: { name?: string } }[]) if (from.secretRef) note(found, from.secretRef.name);
    }
    for (const v of template.spec.volumes ?? []) {
      const secret = v.secret as { secretName?: string; items?: { key: string }[] } | undefined;
      if (secret) {
        note(found, secret.secretName);
        for (const item of secret.items ?? []) note(found, secret.secretName, item.key);
      }
      for (const source of ((v.projected as { sources?: Record<string, any>[] } | undefined)?.sources ?? [])) {
        if (source.secret) {
          note(found, source.secret.name);
          for (const item of (source.secret.items ?? []) as { key: string }[]) note(found, source.secret.name, item.key);
        }
      }
    }
  }
  const defined = new Set(manifests.filter((m) => m.kind === 'Secret').map((m) => m.metadata.name));
  return [...found.values()].filter((s) => !defined.has(s.name)).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Generated test credentials for an external Secret: a random value per key (never committed),
 * usernames where the key says so. A Secret mounted whole gets the usual TLS key names.
 */
export function testCredentials(secret: ExternalSecret): Record<string, string> {
  const keys = secret.keys.size > 0 ? [...secret.keys] : ['tls.crt', 'tls.key', 'ca.crt'];
  return Object.fromEntries(keys.sort().map((key) => [key, /user(name)?$/i.test(key) ? 'mlp-test' : randomBytes(18).toString('base64url')]));
}
