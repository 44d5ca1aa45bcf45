import { deleteNamespace, ensureNamespace, kube, applySecret, restrictedNamespaceLabels } from '../../../scripts/lib/cluster/kube.ts';
import { helmTarget } from '../../../scripts/lib/cluster/releases.ts';
import { externalSecrets, testCredentials } from '../../../scripts/lib/cluster/secrets.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { parseManifests } from '../../../scripts/lib/helm/render.ts';
import { helm, runOrThrow } from '../../../scripts/lib/tools/index.ts';

/** How a chart is fetched: its reference and flags for `helm install|upgrade <release> <ref...>` at a version. */
export interface RepositoryChart {
  /** `helm install` arguments naming the chart at a version, e.g. `mlp/feast --version 0.1.0 --verify --keyring k`. */
  args(version: string): string[];
  env: Record<string, string>;
}

export interface UpgradePath {
  cluster: Cluster;
  helm: 3 | 4;
  /** How `helm install|upgrade|rollback` wait: `--wait` (Helm 3), `--wait=legacy` or `--wait=watcher` (Helm 4). */
  wait: string;
  release: string;
  namespace: string;
  source: RepositoryChart;
  previous: { version: string; archive: string; values: string };
  current: { version: string; archive: string; values: string };
  /** The previous release's values rewritten with the documented key map. */
  mappedValues: string;
}

export interface UpgradeOutcome {
  history: { revision: number; status: string; chart: string }[];
}

/** Secrets the rendered pods read but the release does not create, from what the package renders with these values. */
async function createExternalSecrets(p: UpgradePath, archive: string, values: string): Promise<void> {
  const docs = parseManifests(await runOrThrow(helm(p.helm), ['template', p.release, archive, '-n', p.namespace, '-f', values]));
  const k = kube(p.cluster);
  for (const s of externalSecrets(docs)) await applySecret(k, p.namespace, s.name, testCredentials(s), { 'app.kubernetes.io/managed-by': 'mlp-test-credentials' });
}

/**
 * A team's path from the previous release to the current one, from a published repository: install the
 * previous version with its own values, upgrade to the current version with those values rewritten by
 * the key map (docs/upgrading.md), upgrade again with the current version's own values, roll back to the
 * previous release. In a restricted namespace, every step `--wait`; uninstalled and deleted at the end.
 */
export async function upgradeFromPreviousRelease(p: UpgradePath): Promise<UpgradeOutcome> {
  const k = kube(p.cluster);
  const target = [...helmTarget(p.cluster), '-n', p.namespace];
  const run = (args: string[]) => runOrThrow(helm(p.helm), [...args, ...target], { env: p.source.env });
  await ensureNamespace(k, p.namespace, restrictedNamespaceLabels);
  try {
    await createExternalSecrets(p, p.previous.archive, p.previous.values);
    await createExternalSecrets(p, p.current.archive, p.current.values);
    await run(['install', p.release, ...p.source.args(p.previous.version), '-f', p.previous.values, p.wait, '--timeout', '5m']);
    await run(['upgrade', p.release, ...p.source.args(p.current.version), '-f', p.mappedValues, p.wait, '--timeout', '5m']);
    await run(['upgrade', p.release, ...p.source.args(p.current.version), '-f', p.current.values, p.wait, '--timeout', '5m']);
    await run(['rollback', p.release, '1', p.wait, '--timeout', '5m']);
    const history = (JSON.parse(await run(['history', p.release, '-o', 'json'])) as { revision: number; status: string; chart: string }[]).map((h) => ({ revision: h.revision, status: h.status, chart: h.chart }));
    await run(['uninstall', p.release, '--wait', '--timeout', '5m']);
    return { history };
  } finally {
    await deleteNamespace(k, p.namespace).catch(() => undefined);
  }
}
