import type { V1Pod } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { type Kube, deleteNamespace, ensureNamespace, restrictedNamespaceLabels, statusOf, waitForServiceAccount } from '../../../scripts/lib/cluster/kube.ts';
import { placeNamespace } from '../../../scripts/lib/cluster/node/placement.ts';
import type { RealRelease } from '../../../scripts/lib/cluster/real-release.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { podTemplates } from '../../../scripts/lib/manifests/pod-templates.ts';
import { type MatrixResult, defaultDenyCovers, livePod, measureFlowMatrix, policyManifests, templatePod } from './flow-matrix.ts';

/** The namespace of the outsider probe (an unlabelled pod no policy names). */
const otherNamespace = 'flow-probe';
/** Where the Prometheus-labelled probe runs: the namespace the charts' metrics rules admit. */
const monitoringNamespace = 'monitoring';

type Row = MatrixResult['probes'][number];

/** Probes whose source and destination names contain the given parts and whose port matches. */
function rows(m: MatrixResult, source: string, destination: string, port?: RegExp): Row[] {
  return m.probes.filter((p) => p.source.includes(source) && p.destination.includes(destination) && (!port || port.test(p.port)));
}

/**
 * The NetworkPolicies of a release enforced by the real node's engine (kube-network-policies): the flow
 * matrix (flow-matrix.ts) must agree with the policies everywhere, it must contain the flows the
 * platform lives by (allowed) and the ones it must never open (refused), and every pod of the
 * release, hooks and tests included, must be selected by a default-deny for both directions.
 */
export function networkPolicyTests(cluster: Cluster, k: Kube, namespace: string, mlflowDeployment: string, prepared: () => RealRelease): void {
  it('NetworkPolicies are enforced by kube-network-policies: every flow the policies declare connects, every undeclared one is dropped; a default-deny selects every pod', async () => {
    const created: string[] = [];
    for (const ns of [otherNamespace, monitoringNamespace]) {
      const exists = await k.core.readNamespace({ name: ns }).then(() => true, (e) => (statusOf(e) === 404 ? false : Promise.reject(e)));
      if (!exists) created.push(ns);
      await placeNamespace(k, ns, 'real');
      await ensureNamespace(k, ns, restrictedNamespaceLabels);
      await waitForServiceAccount(k, ns);
    }
    const mlflow = await k.apps.readNamespacedDeployment({ name: mlflowDeployment, namespace });
    const templates = podTemplates(prepared().manifests);
    let m: MatrixResult;
    try {
      m = await measureFlowMatrix(cluster, k, { namespace, dataNamespaces: prepared().dataNamespaces, manifests: prepared().manifests, probeImage: mlflow.spec!.template.spec!.containers[0]!.image!, otherNamespace });
    } finally {
      for (const ns of created) await deleteNamespace(k, ns).catch(() => undefined);
    }
    const declared = m.probes.filter((p) => p.expected === 'allowed');
    const undeclared = m.probes.filter((p) => p.expected === 'refused');
    const policies = policyManifests((await k.list('networking.k8s.io/v1', 'NetworkPolicy')) as never);
    const livePods = ((await k.core.listNamespacedPod({ namespace })).items as V1Pod[]).map(livePod);
    const coveredLive = livePods.filter((p) => defaultDenyCovers(policies, p.pod));
    const coveredTemplates = templates.filter((t) => defaultDenyCovers(policies, templatePod(t, namespace)));
    console.info(
      [
        `flow matrix (${namespace}): ${m.probes.length} probes from ${new Set(m.probes.map((p) => p.source)).size} sources`,
        `  declared flows allowed: ${declared.filter((p) => p.observed === 'allowed').length}/${declared.length}`,
        `  undeclared flows refused: ${undeclared.filter((p) => p.observed === 'refused').length}/${undeclared.length}`,
        `  pods covered by default-deny (live): ${coveredLive.length}/${livePods.length}; pod templates (hooks, tests included): ${coveredTemplates.length}/${templates.length}`,
        ...m.skipped.map((s) => `  source skipped: ${s}`),
      ].join('\n'),
    );
    // The engine agrees with the policies on every probe.
    expect(m.probes.filter((p) => p.observed !== p.expected).map((p) => `${p.source} -> ${p.destination} ${p.port}: policies say ${p.expected}, the engine ${p.observed} (${p.outcome})`)).toEqual([]);
    // Only a source without python3 (the KubeRay operator's Go image) is left out.
    expect(m.skipped.filter((s) => !/operator/.test(s))).toEqual([]);
    // The flows the platform lives by are in the matrix, allowed ...
    const mustConnect: [string, string, string, RegExp][] = [
      ['MLflow -> PostgreSQL', 'mlflow-platform-', 'postgres', /^5432/],
      ['MLflow -> S3', 'mlflow-platform-', 's3', /^9000/],
      ['Feast -> Redis', 'feast-server-', 'redis', /^6379/],
      ['Feast -> PostgreSQL', 'feast-server-', 'postgres', /^5432/],
      ['Ray -> MLflow', 'ray-cluster-head', 'mlflow-platform-', /^5000/],
      ['Ray -> Feast', 'ray-cluster-head', 'feast-server-', /^6566/],
      ['Ray worker -> head (GCS)', '-worker-', 'ray-cluster-head', /^6379/],
      ['Ray worker -> head (pinned ports)', '-worker-', 'ray-cluster-head', /pinned:/],
      ['Ray head -> worker', 'ray-cluster-head', '-worker-', /./],
      ['clients -> Feast', 'flow-probe-unlabelled', 'feast-server-', /^6566/],
      ['DNS', 'mlflow-platform-', 'coredns', /^53/],
      ['Prometheus -> MLflow metrics', 'flow-probe-prometheus', 'mlflow-platform-', /metrics/],
      ['Prometheus -> Feast metrics', 'flow-probe-prometheus', 'feast-server-', /metrics/],
      ['Prometheus -> Ray metrics', 'flow-probe-prometheus', 'ray-cluster-head', /^8080/],
      ['test pod -> MLflow', 'flow-probe-ml-platform-mlflow-platform-test', 'mlflow-platform-', /^5000/],
      ['test pod -> Feast', 'flow-probe-ml-platform-feast-test', 'feast-server-', /http/],
      ['migration hook -> PostgreSQL', 'flow-probe-ml-platform-mlflow-platform-migrate', 'postgres', /^5432/],
    ];
    for (const [flow, source, destination, port] of mustConnect) {
      const found = rows(m, source, destination, port);
      expect(found.length, `${flow}: in the matrix`).toBeGreaterThan(0);
      expect(found.filter((p) => p.observed !== 'allowed').map((p) => `${p.source} -> ${p.destination} ${p.port}`), flow).toEqual([]);
    }
    // ... and the ones it must never open are in it, refused.
    const mustRefuse: [string, string, string, RegExp][] = [
      ['unlabelled pod (other namespace) -> MLflow', `${otherNamespace}/flow-probe-unlabelled`, 'mlflow-platform-', /^5000/],
      ['unlabelled pod (other namespace) -> Feast', `${otherNamespace}/flow-probe-unlabelled`, 'feast-server-', /^6566/],
      ['unlabelled pod (other namespace) -> Ray dashboard', `${otherNamespace}/flow-probe-unlabelled`, 'ray-cluster-head', /^8265/],
      ['Ray -> PostgreSQL', 'ray-cluster-head', 'postgres', /^5432/],
      ['Prometheus -> Ray dashboard', 'flow-probe-prometheus', 'ray-cluster-head', /^8265/],
      ['unlabelled pod -> MLflow metrics', 'flow-probe-unlabelled', 'mlflow-platform-', /metrics/],
    ];
    for (const [flow, source, destination, port] of mustRefuse) {
      const found = rows(m, source, destination, port);
      expect(found.length, `${flow}: in the matrix`).toBeGreaterThan(0);
      expect(found.filter((p) => p.observed !== 'refused').map((p) => `${p.source} -> ${p.destination} ${p.port}`), flow).toEqual([]);
    }
    expect(livePods.filter((p) => !defaultDenyCovers(policies, p.pod)).map((p) => p.name)).toEqual([]);
    expect(templates.filter((t) => !defaultDenyCovers(policies, templatePod(t, namespace))).map((t) => `${t.owner.kind}/${t.owner.metadata.name}`)).toEqual([]);
  }, 600_000);
}
