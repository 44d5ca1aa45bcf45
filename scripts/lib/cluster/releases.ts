import { ensureDependencies } from '../helm/dependencies.ts';
import { render } from '../helm/render.ts';
import { chartPath } from '../helm/chart-files.ts';
import { type HelmMajor, helm, run, runOrThrow } from '../tools/index.ts';
import { applySecret, ensureNamespace, kube, restrictedNamespaceLabels, waitForServiceAccount } from './kube.ts';
import { externalSecrets, testCredentials } from './secrets.ts';
import type { Manifest } from '../manifests/index.ts';
import { type Placement, placeNamespace } from './node/placement.ts';
import type { Cluster } from './types.ts';

/** One Helm release of a chart with values files, under one Helm major. */
export interface ReleaseSpec {
  chart: string;
  release: string;
  namespace: string;
  values: string[];
  helm: HelmMajor;
  /** `--set` pairs. */
  set?: string[];
}

export function helmTarget(cluster: Cluster): string[] {
  return ['--kubeconfig', cluster.kubeconfig, ...(cluster.context ? ['--kube-context', cluster.context] : [])];
}

const valuesArgs = (r: ReleaseSpec) => [...r.values.flatMap((f) => ['-f', f]), ...(r.set ?? []).flatMap((s) => ['--set', s])];

export interface PreparedNamespace {
  /** Names of the Secrets created for the release. */
  secrets: string[];
  /** The release rendered as the install will render it (the cluster's API versions). */
  manifests: Manifest[];
}

/**
 * The namespace, labelled so that Pod Security admission enforces `restricted` on every pod (and, on
 * the local cluster's real node, placed there), and the Secrets the release reads but does not create:
 * the keys `known` gives (credentials of servers the release connects to) with those values, every
 * other key filled with generated test credentials.
 */
export async function prepareNamespace(cluster: Cluster, r: ReleaseSpec, opts: { known?: Map<string, Record<string, string>>; placement?: Placement } = {}): Promise<PreparedNamespace> {
  const k = kube(cluster);
  await ensureNamespace(k, r.namespace, restrictedNamespaceLabels);
  if (opts.placement) await placeNamespace(k, r.namespace, opts.placement);
  // Pods that use `default` are refused until the controller-manager has made it.
  await waitForServiceAccount(k, r.namespace);
  // Render as the install will: with the API versions the cluster's CRDs serve (.Capabilities).
  const crds = (await k.apiext.listCustomResourceDefinition()).items;
  const apiVersions = [...new Set(crds.flatMap((c) => (c.spec.versions ?? []).filter((v) => v.served).map((v) => `${c.spec.group}/${v.name}`)))].sort();
  const manifests = await render(r.chart, { values: r.values, set: r.set, release: r.release, namespace: r.namespace, helm: r.helm, apiVersions });
  const secrets = externalSecrets(manifests);
  for (const s of secrets) await applySecret(k, r.namespace, s.name, { ...testCredentials(s), ...opts.known?.get(s.name) }, { 'app.kubernetes.io/managed-by': 'mlp-test-credentials' });
  return { secrets: secrets.map((s) => s.name), manifests };
}

/**
 * `--wait` for a change to an installed release (upgrade, rollback). Helm 4's default wait (kstatus) holds a
 * custom resource InProgress until its status.observedGeneration equals metadata.generation; KubeRay v1.6.2
 * writes a RayCluster's status only when another status field changes (ray-project/kuberay#1217), so an
 * upgrade that edits the RayCluster without changing its requests or replicas (an env var, an image tag)
 * waits out the whole timeout although every pod is ready. Helm 4's `legacy` strategy waits as Helm 3 does
 * (workloads, Jobs, PVCs, Services); the RayCluster's own state is checked by verify.
 */
export function changeWaitArgs(major: HelmMajor): string[] {
  return major === 4 ? ['--wait=legacy'] : ['--wait'];
}

/** `helm install --wait`. */
export async function install(cluster: Cluster, r: ReleaseSpec, timeout = '5m'): Promise<string> {
  await ensureDependencies(chartPath(r.chart), r.helm);
  return runOrThrow(helm(r.helm), ['install', r.release, chartPath(r.chart), '-n', r.namespace, ...valuesArgs(r), '--wait', '--timeout', timeout, ...helmTarget(cluster)]);
}

/** `helm upgrade --install --wait` (idempotent, for `up`). */
export async function upgradeInstall(cluster: Cluster, r: ReleaseSpec, timeout = '10m'): Promise<string> {
  await ensureDependencies(chartPath(r.chart), r.helm);
  return runOrThrow(helm(r.helm), ['upgrade', '--install', r.release, chartPath(r.chart), '-n', r.namespace, '--create-namespace', ...valuesArgs(r), ...changeWaitArgs(r.helm), '--timeout', timeout, ...helmTarget(cluster)]);
}

/** `helm upgrade --wait` to a chart directory (the current chart, or a previous version exported elsewhere). */
export async function upgrade(cluster: Cluster, r: ReleaseSpec, chartDir: string, timeout = '5m'): Promise<string> {
  await ensureDependencies(chartDir, r.helm);
  return runOrThrow(helm(r.helm), ['upgrade', r.release, chartDir, '-n', r.namespace, ...valuesArgs(r), ...changeWaitArgs(r.helm), '--timeout', timeout, ...helmTarget(cluster)]);
}

export async function installFrom(cluster: Cluster, r: ReleaseSpec, chartDir: string, timeout = '5m'): Promise<string> {
  await ensureDependencies(chartDir, r.helm);
  return runOrThrow(helm(r.helm), ['install', r.release, chartDir, '-n', r.namespace, ...valuesArgs(r), '--wait', '--timeout', timeout, ...helmTarget(cluster)]);
}

export async function helmTest(cluster: Cluster, r: ReleaseSpec, timeout = '5m'): Promise<string> {
  return runOrThrow(helm(r.helm), ['test', r.release, '-n', r.namespace, '--timeout', timeout, ...helmTarget(cluster)]);
}

export async function rollback(cluster: Cluster, r: ReleaseSpec, revision: number, timeout = '5m'): Promise<string> {
  return runOrThrow(helm(r.helm), ['rollback', r.release, String(revision), '-n', r.namespace, ...changeWaitArgs(r.helm), '--timeout', timeout, ...helmTarget(cluster)]);
}

export async function uninstall(cluster: Cluster, r: Pick<ReleaseSpec, 'release' | 'namespace' | 'helm'>, timeout = '5m'): Promise<string> {
  return runOrThrow(helm(r.helm), ['uninstall', r.release, '-n', r.namespace, '--wait', '--timeout', timeout, ...helmTarget(cluster)]);
}

export interface HistoryEntry {
  revision: number;
  status: string;
  chart: string;
  description: string;
}

export async function history(cluster: Cluster, r: Pick<ReleaseSpec, 'release' | 'namespace' | 'helm'>): Promise<HistoryEntry[]> {
  return JSON.parse(await runOrThrow(helm(r.helm), ['history', r.release, '-n', r.namespace, '-o', 'json', ...helmTarget(cluster)])) as HistoryEntry[];
}
