import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';
import { runOrThrow } from '../tools/index.ts';
import { type Kube, kube, waitFor } from './kube.ts';
import type { Cluster } from './types.ts';

/** kubectl arguments that target the cluster. */
export function kubectlTarget(cluster: Cluster): string[] {
  return ['--kubeconfig', cluster.kubeconfig, ...(cluster.context ? ['--context', cluster.context] : [])];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry) ? [path] : [];
    });
}

/** Names of the CustomResourceDefinitions in a directory (recursively). */
export function crdNames(dir: string): string[] {
  return yamlFiles(dir).flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8'))
      .map((d) => d.toJSON() as { kind?: string; metadata?: { name?: string } } | null)
      .filter((d) => d?.kind === 'CustomResourceDefinition' && d.metadata?.name)
      .map((d) => d!.metadata!.name!),
  );
}

/**
 * Installs every CRD under a directory with server-side apply (the large CRDs exceed the
 * client-side last-applied annotation limit) and waits until each is Established.
 */
export async function installCrds(cluster: Cluster, dir: string): Promise<string[]> {
  const names = crdNames(dir);
  if (names.length === 0) throw new Error(`no CustomResourceDefinition found under ${dir}`);
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp', '-R', '-f', dir]);
  const k: Kube = kube(cluster);
  await waitFor(`${names.length} CRDs from ${dir} to be Established`, async () => {
    const crds = (await k.apiext.listCustomResourceDefinition()).items;
    const established = new Set(crds.filter((c) => c.status?.conditions?.some((x) => x.type === 'Established' && x.status === 'True')).map((c) => c.metadata?.name));
    return names.every((n) => established.has(n)) ? true : undefined;
  }, { timeoutMs: 60_000 });
  return names;
}
