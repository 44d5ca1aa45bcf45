import type { V1Pod } from '@kubernetes/client-node';
import { expect, it } from 'vitest';
import { type Kube, deleteNamespace, ensureNamespace, restrictedNamespaceLabels, statusOf, waitForServiceAccount } from '../../../scripts/lib/cluster/kube.ts';
import { placeNamespace } from '../../../scripts/lib/cluster/node/placement.ts';
import type { RealRelease } from '../../../scripts/lib/cluster/real-release.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { podTemplates } from '../../../scripts/lib/manifests/pod-templates.ts';
import type { PolicyPod } from '../../../scripts/lib/manifests/network-policies.ts';
import { type MatrixResult, defaultDenyCovers, livePod, livePolicies, measureFlowMatrix, probeLabel, templatePod } from './flow-matrix.ts';

/** The namespace of the outsider probe (an unlabelled pod no policy names). */
const otherNamespace = 'flow-probe';
/** Where the Prometheus-labelled probe runs: the namespace the charts' metrics rules admit. */
const monitoringNamespace = 'monitoring';

type Row = MatrixResult['probes'][number];
type PodMatch = (p: PolicyPod) => boolean;

/** Pods by what they are: their labels and namespace (probe pods carry the probe label besides the labels they stand in for). */
const probe = (p: PolicyPod) => p.labels[probeLabel] === 'true';
const component = (name: string, comp: string): PodMatch => (p) => !probe(p) && p.labels['app.kubernetes.io/name'] === name && p.labels['app.kubernetes.io/component'] === comp;
const rayNode = (type: 'head' | 'worker'): PodMatch => (p) => !probe(p) && p.labels['ray.io/node-type'] === type;
const dataServer = (comp: string): PodMatch => (p) => p.namespace === 'data' && p.labels['app.kubernetes.io/component'] === comp;
const probeOf = (name: string, comp: string): PodMatch => (p) => probe(p) && p.labels['app.kubernetes.io/name'] === name && p.labels['app.kubernetes.io/component'] === comp;
const outsider = (namespace: string): PodMatch => (p) => probe(p) && p.namespace === namespace && Object.keys(p.labels).length === 1;
const prometheus: PodMatch = (p) => probe(p) && p.namespace === monitoringNamespace && p.labels['app.kubernetes.io/name'] === 'prometheus';
const coreDns: PodMatch = (p) => p.namespace === 'kube-system' && p.labels['k8s-app'] === 'kube-dns';

/** Probes between pods that match, on ports that match (`<number>[/<name>]`). */
function rows(m: MatrixResult, source: PodMatch, destination: PodMatch, port: RegExp): Row[] {
  return m.probes.filter((p) => source(p.sourcePod) && destination(p.destinationPod) && port.test(p.port));
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
    const mlflowImage = (await k.apps.readNamespacedDeployment({ name: mlflowDeployment, namespace })).spec!.template.spec!.containers[0]!.image!;
    const templates = podTemplates(prepared().manifests);
    let m: MatrixResult;
    try {
      m = await measureFlowMatrix(cluster, k, { namespace, dataNamespaces: prepared().dataNamespaces, manifests: prepared().manifests, probeImage: mlflowImage, otherNamespace });
    } finally {
      for (const ns of created) await deleteNamespace(k, ns).catch(() => undefined);
    }
    const declared = m.probes.filter((p) => p.expected === 'allowed');
    const undeclared = m.probes.filter((p) => p.expected === 'refused');
    const policies = await livePolicies(cluster);
    // The release's pods (the probe pods, still terminating, are the test's).
    const livePods = ((await k.core.listNamespacedPod({ namespace })).items as V1Pod[]).filter((p) => !p.metadata?.labels?.[probeLabel]).map(livePod);
    const coveredLive = livePods.filter((p) => defaultDenyCovers(policies, p.pod));
    // Every template against the rendered policies (a hook's pods run while its policy, a hook of a lower weight, exists).
    const rendered = prepared().manifests;
    const coveredTemplates = templates.filter((t) => defaultDenyCovers(rendered, templatePod(t, namespace)));
    console.info(
      [
        `flow matrix (${namespace}): ${m.probes.length} probes from ${new Set(m.probes.map((p) => p.source)).size} sources`,
        `  declared flows allowed: ${declared.filter((p) => p.observed === 'allowed').length}/${declared.length}`,
        `  undeclared flows refused: ${undeclared.filter((p) => p.observed === 'refused').length}/${undeclared.length}`,
        `  pods covered by default-deny (live): ${coveredLive.length}/${livePods.length}; pod templates, hooks and tests included (rendered policies): ${coveredTemplates.length}/${templates.length}`,
        ...m.skipped.map((s) => `  source skipped: ${s}`),
      ].join('\n'),
    );
    // The engine agrees with the policies on every probe.
    expect(m.probes.filter((p) => p.observed !== p.expected).map((p) => `${p.source} -> ${p.destination} ${p.port}: policies say ${p.expected}, the engine ${p.observed} (${p.outcome})`)).toEqual([]);
    // Left out: a source without python3 (the KubeRay operator's Go image), and the hooks whose policy is a
    // hook (their flows: the install's hook Jobs exited 0 and helm test passed, under the engine).
    expect(m.skipped.filter((s) => !/ray-cluster-operator-|its NetworkPolicy is a hook/.test(s))).toEqual([]);
    // The flows the platform lives by are in the matrix, allowed ...
    const mlflow = component('mlflow-platform', 'server');
    const feast = component('feast', 'server');
    const mustConnect: [string, PodMatch, PodMatch, RegExp][] = [
      ['MLflow -> PostgreSQL', mlflow, dataServer('postgresql'), /^5432/],
      ['MLflow -> S3', mlflow, dataServer('s3'), /^9000/],
      ['Feast -> Redis', feast, dataServer('redis'), /^6379/],
      ['Feast -> PostgreSQL', feast, dataServer('postgresql'), /^5432/],
      ['Ray -> MLflow', rayNode('head'), mlflow, /^5000/],
      ['Ray -> Feast', rayNode('worker'), feast, /^6566/],
      ['Ray -> S3', rayNode('head'), dataServer('s3'), /^9000/],
      ['Ray worker -> head (GCS)', rayNode('worker'), rayNode('head'), /^6379/],
      ['Ray worker -> head (pinned ports)', rayNode('worker'), rayNode('head'), /pinned:/],
      ['Ray head -> worker', rayNode('head'), rayNode('worker'), /./],
      ['clients in the namespace -> Feast', outsider(namespace), feast, /^6566/],
      ['DNS', mlflow, coreDns, /^53/],
      ['Prometheus -> MLflow metrics', prometheus, mlflow, /\/metrics$/],
      ['Prometheus -> Feast metrics', prometheus, feast, /\/metrics$/],
      ['Prometheus -> Ray metrics', prometheus, rayNode('head'), /^8080/],
      ['Prometheus -> KubeRay operator metrics', prometheus, component('ray-cluster', 'operator'), /http-metrics/],
      ['helm test -> Feast', probeOf('feast', 'test'), feast, /^6566/],
      ['helm test -> Ray dashboard', probeOf('ray-cluster', 'test'), rayNode('head'), /^8265/],
      ['Feast apply hook -> Redis', probeOf('feast', 'apply'), dataServer('redis'), /^6379/],
      ['Feast materialize CronJob -> PostgreSQL', probeOf('feast', 'materialize'), dataServer('postgresql'), /^5432/],
    ];
    for (const [flow, source, destination, port] of mustConnect) {
      const found = rows(m, source, destination, port);
      expect(found.length, `${flow}: in the matrix`).toBeGreaterThan(0);
      expect(found.filter((p) => p.observed !== 'allowed').map((p) => `${p.source} -> ${p.destination} ${p.port} (${p.outcome})`), flow).toEqual([]);
    }
    // ... and the ones it must never open are in it, refused.
    const mustRefuse: [string, PodMatch, PodMatch, RegExp][] = [
      ['unlabelled pod (other namespace) -> MLflow', outsider(otherNamespace), mlflow, /^5000/],
      ['unlabelled pod (other namespace) -> Feast', outsider(otherNamespace), feast, /^6566/],
      ['unlabelled pod (other namespace) -> Ray dashboard', outsider(otherNamespace), rayNode('head'), /^8265/],
      ['Ray -> PostgreSQL', rayNode('head'), dataServer('postgresql'), /^5432/],
      ['Ray -> Redis', rayNode('worker'), dataServer('redis'), /^6379/],
      ['Prometheus -> Ray dashboard', prometheus, rayNode('head'), /^8265/],
      ['unlabelled pod -> MLflow metrics', outsider(namespace), mlflow, /\/metrics$/],
      ['unlabelled pod -> Ray GCS', outsider(namespace), rayNode('head'), /^6379/],
      ['helm test (Feast) -> PostgreSQL', probeOf('feast', 'test'), dataServer('postgresql'), /^5432/],
      ['helm test (Ray) -> MLflow', probeOf('ray-cluster', 'test'), mlflow, /^5000/],
    ];
    for (const [flow, source, destination, port] of mustRefuse) {
      const found = rows(m, source, destination, port);
      expect(found.length, `${flow}: in the matrix`).toBeGreaterThan(0);
      expect(found.filter((p) => p.observed !== 'refused').map((p) => `${p.source} -> ${p.destination} ${p.port} (${p.outcome})`), flow).toEqual([]);
    }
    expect(livePods.filter((p) => !defaultDenyCovers(policies, p.pod)).map((p) => p.name)).toEqual([]);
    expect(templates.filter((t) => !defaultDenyCovers(rendered, templatePod(t, namespace))).map((t) => `${t.owner.kind}/${t.owner.metadata.name}`)).toEqual([]);
  }, 600_000);
}
