import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { type Kube, deleteNamespace, kube, waitFor } from '../../scripts/lib/cluster/kube.ts';
import { type ReleaseSpec, helmTest, history, install, installFrom, prepareNamespace, rollback, uninstall, upgrade } from '../../scripts/lib/cluster/releases.ts';
import type { Scenario } from '../../scripts/lib/scenarios/index.ts';
import { recycleReleasedVolumes } from '../../scripts/lib/cluster/storage.ts';
import type { Cluster } from '../../scripts/lib/cluster/types.ts';
import { chartsDir, repoRoot } from '../../scripts/lib/paths.ts';
import { type HelmMajor, run, runOrThrow } from '../../scripts/lib/tools/index.ts';

/** A namespace name (≤ 63 chars, DNS label) for one scenario under one Helm major. */
export function namespaceFor(s: Scenario, helm: HelmMajor): string {
  const short = s.chart.replace('mlflow-platform', 'mlflow').replace('ml-observability', 'obs').replace('ray-cluster', 'ray');
  return `t-${short}-${s.id}-h${helm}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/-+$/, '');
}

/** git in the repository, through the tools layer; the caller reads the exit code. */
const git = (args: string[]) => run('git', args, { cwd: repoRoot });

/**
 * The chart's previous version from git history, as it was last: the tree just before the commit that
 * bumped the chart to its current version (the first parent of the oldest commit with the current
 * version; HEAD while the bump is not committed), exported with the whole charts/ tree (for file://
 * dependencies) into `into`. Not the newest commit that carried the old version: on a branch that reworked
 * the chart before bumping it, that can be a work-in-progress commit whose values and chart disagree.
 * Undefined when the chart has had one version only.
 */
export async function previousChartVersion(chart: string, into: string): Promise<{ version: string; dir: string; sha: string } | undefined> {
  const current = (parse(readFileSync(join(chartsDir, chart, 'Chart.yaml'), 'utf8')) as { version: string }).version;
  const log = await git(['log', '--format=%H', '--', `charts/${chart}/Chart.yaml`]);
  let bump: string | undefined;
  for (const sha of log.stdout.split('\n').filter(Boolean)) {
    const show = await git(['show', `${sha}:charts/${chart}/Chart.yaml`]);
    if (show.code !== 0) continue;
    const version = (parse(show.stdout) as { version?: string }).version;
    if (version === current) {
      bump = sha;
      continue;
    }
    if (!version) continue;
    const ref = (await runOrThrow('git', ['rev-parse', bump ? `${bump}^` : 'HEAD'], { cwd: repoRoot })).trim();
    const dir = join(into, 'chart');
    mkdirSync(dir, { recursive: true });
    const archive = join(dir, 'charts.tar');
    await runOrThrow('git', ['archive', '--format=tar', `--output=${archive}`, ref, 'charts'], { cwd: repoRoot });
    await runOrThrow('tar', ['-x', '-f', archive, '-C', dir]);
    const exported = (parse(readFileSync(join(dir, 'charts', chart, 'Chart.yaml'), 'utf8')) as { version: string }).version;
    return { version: exported, dir: join(dir, 'charts', chart), sha: ref };
  }
  return undefined;
}

/**
 * The scenario's values files as they were at `sha` (a chart version's values API goes with its own values:
 * 0.1.0's keys are not 0.2.0's), written under `into`; undefined when one did not exist then.
 */
export async function valuesAt(sha: string, files: string[], into: string): Promise<string[] | undefined> {
  const dir = join(into, 'values');
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const file of files) {
    const path = relative(repoRoot, file);
    const show = await git(['show', `${sha}:${path}`]);
    if (show.code !== 0) return undefined;
    const copy = join(dir, `${out.length}-${basename(file)}`);
    writeFileSync(copy, show.stdout);
    out.push(copy);
  }
  return out;
}

/** Namespaced objects that uninstall must remove (PVCs are kept on purpose, like StatefulSet volumes). */
const checkedKinds: [string, string][] = [
  ['v1', 'Pod'], ['v1', 'Service'], ['v1', 'ConfigMap'], ['v1', 'Secret'], ['v1', 'ServiceAccount'],
  ['apps/v1', 'Deployment'], ['apps/v1', 'StatefulSet'], ['apps/v1', 'DaemonSet'], ['batch/v1', 'Job'], ['batch/v1', 'CronJob'],
  ['rbac.authorization.k8s.io/v1', 'Role'], ['rbac.authorization.k8s.io/v1', 'RoleBinding'], ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['networking.k8s.io/v1', 'Ingress'], ['policy/v1', 'PodDisruptionBudget'], ['autoscaling/v2', 'HorizontalPodAutoscaler'],
  ['ray.io/v1', 'RayCluster'], ['ray.io/v1', 'RayService'], ['monitoring.coreos.com/v1', 'ServiceMonitor'], ['monitoring.coreos.com/v1', 'PodMonitor'],
  ['monitoring.coreos.com/v1', 'PrometheusRule'], ['security.istio.io/v1', 'PeerAuthentication'], ['security.istio.io/v1', 'AuthorizationPolicy'],
];

/** What is left in a namespace, except what exists without any release (default SA, root CA) and our test credentials. */
export async function leftovers(k: Kube, namespace: string, keepSecrets: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [apiVersion, kind] of checkedKinds) {
    for (const o of await k.list(apiVersion, kind, namespace)) {
      const name = o.metadata?.name ?? '';
      if (kind === 'ServiceAccount' && name === 'default') continue;
      if (kind === 'ConfigMap' && name === 'kube-root-ca.crt') continue;
      if (kind === 'Secret' && keepSecrets.includes(name)) continue;
      out.push(`${kind}/${name}`);
    }
  }
  return out.sort();
}

export interface LifecycleResult {
  namespace: string;
  upgradedFrom: string;
  historyAfterRollback: { revision: number; status: string }[];
  leftovers: string[];
  keptPvcs: string[];
}

/**
 * One scenario's whole life on the cluster: restricted namespace and test credentials, install
 * (previous chart version when git has one) with --wait, helm test, upgrade to the working tree,
 * rollback to revision 1, uninstall; then what is left. The namespace is deleted at the end, pass or fail.
 */
export async function lifecycle(cluster: Cluster, s: Scenario, helm: HelmMajor): Promise<LifecycleResult> {
  const k = kube(cluster);
  const r: ReleaseSpec = { chart: s.chart, release: s.chart.replace('mlflow-platform', 'mlflow'), namespace: namespaceFor(s, helm), values: s.values, helm };
  await recycleReleasedVolumes(k).catch(() => 0);
  // The previous version's charts and values, exported from git; removed at the end, pass or fail.
  const scratch = mkdtempSync(join(tmpdir(), `mlp-prev-${s.chart}-`));
  try {
    const { secrets } = await prepareNamespace(cluster, r);
    // The previous chart version with the scenario's values of that commit (when the scenario existed then),
    // upgraded below to the working tree with today's values.
    const found = await previousChartVersion(s.chart, scratch);
    const previousValues = found ? await valuesAt(found.sha, r.values ?? [], scratch) : undefined;
    const previous = found && previousValues ? found : undefined;
    if (previous && previousValues) await installFrom(cluster, { ...r, values: previousValues }, previous.dir);
    else await install(cluster, r);
    await helmTest(cluster, r);
    await upgrade(cluster, r, join(chartsDir, s.chart));
    await rollback(cluster, r, 1);
    const historyAfterRollback = (await history(cluster, r)).map((h) => ({ revision: h.revision, status: h.status }));
    await uninstall(cluster, r);
    // Uninstall deletes owners; their pods go a moment later (garbage collection).
    let left: string[] = [];
    await waitFor(`namespace ${r.namespace} to be empty after uninstall`, async () => {
      left = await leftovers(k, r.namespace, secrets);
      return left.length === 0 ? true : undefined;
    }, { timeoutMs: 60_000 }).catch(() => undefined);
    const keptPvcs = (await k.core.listNamespacedPersistentVolumeClaim({ namespace: r.namespace })).items.map((p) => p.metadata?.name ?? '');
    return { namespace: r.namespace, upgradedFrom: previous ? previous.version : found ? `same version (the scenario's values did not exist at ${found.version})` : 'same version (no earlier version in git)', historyAfterRollback, leftovers: left, keptPvcs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await deleteNamespace(k, r.namespace).catch(() => undefined);
  }
}
