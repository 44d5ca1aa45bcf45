import * as k8s from '@kubernetes/client-node';
import type { Cluster } from './types.ts';

/** API clients for a cluster (reads, and the few plain creates the toolkit needs: nodes, namespaces, secrets). */
export interface Kube {
  config: k8s.KubeConfig;
  core: k8s.CoreV1Api;
  apps: k8s.AppsV1Api;
  batch: k8s.BatchV1Api;
  custom: k8s.CustomObjectsApi;
  apiext: k8s.ApiextensionsV1Api;
  /** Every object of a kind (any namespace when namespace is omitted), through the generic object API. */
  list(apiVersion: string, kind: string, namespace?: string): Promise<k8s.KubernetesObject[]>;
}

export function kube(cluster: Cluster): Kube {
  const config = new k8s.KubeConfig();
  config.loadFromFile(cluster.kubeconfig);
  if (cluster.context) config.setCurrentContext(cluster.context);
  const objects = k8s.KubernetesObjectApi.makeApiClient(config);
  return {
    config,
    core: config.makeApiClient(k8s.CoreV1Api),
    apps: config.makeApiClient(k8s.AppsV1Api),
    batch: config.makeApiClient(k8s.BatchV1Api),
    custom: config.makeApiClient(k8s.CustomObjectsApi),
    apiext: config.makeApiClient(k8s.ApiextensionsV1Api),
    async list(apiVersion, kind, namespace) {
      const result = await objects.list(apiVersion, kind, namespace);
      return result.items;
    },
  };
}

/** The HTTP status of an API error (client-node 1.x throws ApiException with `code`). */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? Number((error as { code: unknown }).code) : undefined;
}

/** Polls `check` until it returns a value other than undefined, or fails naming what it waited for and the last state seen. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, opts: { timeoutMs: number; intervalMs?: number; describe?: () => Promise<string> }): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = opts.describe ? await opts.describe().catch(() => '') : lastError instanceof Error ? lastError.message : '';
      throw new Error(`timed out after ${Math.round(opts.timeoutMs / 1000)}s waiting for ${what}${detail ? `: ${detail}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 1000));
  }
}

/** Creates the namespace, or sets the labels on an existing one. */
export async function ensureNamespace(k: Kube, name: string, labels: Record<string, string> = {}): Promise<void> {
  try {
    const ns = await k.core.readNamespace({ name });
    ns.metadata = { ...ns.metadata, labels: { ...ns.metadata?.labels, ...labels } };
    await k.core.replaceNamespace({ name, body: ns });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    await k.core.createNamespace({ body: { metadata: { name, labels } } });
  }
}

/** Pod Security `restricted` enforced: the API server's admission then checks every pod of the namespace. */
export const restrictedNamespaceLabels = {
  'pod-security.kubernetes.io/enforce': 'restricted',
  'pod-security.kubernetes.io/enforce-version': 'latest',
};

/** Deletes a namespace and waits until it is gone (namespaced objects go with it). */
export async function deleteNamespace(k: Kube, name: string, timeoutMs = 120_000): Promise<void> {
  try {
    await k.core.deleteNamespace({ name });
  } catch (error) {
    if (statusOf(error) === 404) return;
    throw error;
  }
  await waitFor(`namespace ${name} to be deleted`, async () => {
    try {
      await k.core.readNamespace({ name });
      return undefined;
    } catch (error) {
      return statusOf(error) === 404 ? true : undefined;
    }
  }, { timeoutMs });
}

/** Creates or replaces an Opaque Secret. */
export async function applySecret(k: Kube, namespace: string, name: string, stringData: Record<string, string>, labels: Record<string, string> = {}): Promise<void> {
  const body: k8s.V1Secret = { metadata: { name, namespace, labels }, type: 'Opaque', stringData };
  try {
    await k.core.createNamespacedSecret({ namespace, body });
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    await k.core.replaceNamespacedSecret({ name, namespace, body });
  }
}

/** Creates or replaces a ConfigMap. */
export async function applyConfigMap(k: Kube, namespace: string, name: string, data: Record<string, string>): Promise<void> {
  const body: k8s.V1ConfigMap = { metadata: { name, namespace }, data };
  try {
    await k.core.createNamespacedConfigMap({ namespace, body });
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    await k.core.replaceNamespacedConfigMap({ name, namespace, body });
  }
}

/** Creates a Node object (kwok then plays its kubelet), or leaves an existing one. */
export async function ensureNode(k: Kube, node: k8s.V1Node): Promise<void> {
  try {
    await k.core.createNode({ body: node });
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
  }
}

/** Is the API server answering (and is this kubeconfig valid for it)? */
export async function reachable(k: Kube): Promise<boolean> {
  try {
    await k.core.listNamespace({ limit: 1 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until a ServiceAccount exists (the controller-manager creates `default` in each namespace a
 * moment after the namespace): until then the API server refuses pods that would use it.
 */
export async function waitForServiceAccount(k: Kube, namespace: string, name = 'default', timeoutMs = 60_000): Promise<void> {
  await waitFor(`ServiceAccount ${namespace}/${name}`, async () => {
    try {
      await k.core.readNamespacedServiceAccount({ name, namespace });
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }, { timeoutMs, intervalMs: 250 });
}
