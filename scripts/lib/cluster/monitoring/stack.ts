import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { stringify } from 'yaml';
import { monitoringImages } from '../../images/monitoring-images.ts';
import { type BuiltImage, buildScratchImage } from '../../images/node-images.ts';
import { step } from '../../log.ts';
import { tools } from '../../tools/catalog.ts';
import { moduleDirs } from '../../tools/gomodules.ts';
import { runOrThrow, toolPath } from '../../tools/index.ts';
import { kubectlTarget } from '../crds.ts';
import { type Kube, ensureNamespace, kube, restrictedNamespaceLabels, waitFor, waitForServiceAccount } from '../kube.ts';
import { labelSelectorString } from '../../manifests/index.ts';
import { importIntoRealNode } from '../node/node.ts';
import { answersOk, freePort, startHostProcess } from '../host-process.ts';
import { placeNamespace } from '../node/placement.ts';
import { alive, clusterDir, stopProcessGroup } from '../state.ts';
import type { Cluster } from '../types.ts';
import { kubeStateMetricsName, kubeStateMetricsResources, kubeStateMetricsSelector } from './kube-state-metrics.ts';
import { monitoringNamespace, monitoringResources, operatorImageFlags, prometheusName } from './resources.ts';

/** The prometheus-operator process `up` started on the host (like the control plane and the KubeRay operator). */
export interface MonitoringProcess {
  pid: number;
  logFile: string;
  webPort: number;
}

export async function monitoringRunning(op: MonitoringProcess | undefined): Promise<boolean> {
  return op !== undefined && alive(op.pid) && (await answersOk(op.webPort, '/healthz'));
}

/**
 * The operator's API server flags from the cluster's kubeconfig: the operator takes a server URL and
 * certificate files, not a kubeconfig. Inline data is written into the cluster's directory.
 */
function apiServerFlags(cluster: Cluster): string[] {
  const kc = new KubeConfig();
  kc.loadFromFile(cluster.kubeconfig);
  if (cluster.context) kc.setCurrentContext(cluster.context);
  const c = kc.getCurrentCluster();
  const u = kc.getCurrentUser();
  if (!c || !u) throw new Error(`kubeconfig ${cluster.kubeconfig}: no current cluster or user. Fix: start the cluster again (npm run up)`);
  const file = (path: string | undefined, data: string | undefined, name: string) => {
    if (path) return path;
    if (!data) throw new Error(`kubeconfig ${cluster.kubeconfig}: no ${name} (file or data). Fix: use a kubeconfig with client certificates`);
    const out = join(clusterDir(cluster.name), `prometheus-operator-${name}`);
    writeFileSync(out, Buffer.from(data, 'base64'), { mode: 0o600 });
    return out;
  };
  return [
    `--apiserver=${c.server}`,
    `--ca-file=${file(c.caFile, c.caData, 'ca.crt')}`,
    `--cert-file=${file(u.certFile, u.certData, 'client.crt')}`,
    `--key-file=${file(u.keyFile, u.keyData, 'client.key')}`,
  ];
}

/** Starts prometheus-operator on the host, watching Prometheus resources in `monitoring` and monitors and rules everywhere. */
async function startOperatorProcess(cluster: Cluster): Promise<MonitoringProcess> {
  await step(`tool prometheus-operator ${tools['prometheus-operator'].version}`, () => toolPath('prometheus-operator'));
  return step(`start prometheus-operator ${tools['prometheus-operator'].version} (host process)`, async () => {
    const webPort = await freePort();
    const logFile = join(clusterDir(cluster.name), 'prometheus-operator.log');
    const args = [
      ...apiServerFlags(cluster),
      `--web.listen-address=127.0.0.1:${webPort}`,
      `--prometheus-instance-namespaces=${monitoringNamespace}`,
      ...operatorImageFlags,
      '--log-level=info',
    ];
    const pid = await startHostProcess({ name: 'prometheus-operator', tool: 'prometheus-operator', args, logFile, ready: { port: webPort, path: '/healthz' } });
    const op = { pid, logFile, webPort };
    return op;
  });
}

/**
 * Every CRD of the operator's module (Prometheus, Alertmanager, Probe, ScrapeConfig, ...): the cluster's
 * pinned CRD set holds only the three kinds the charts render (scripts/lib/tools/crds.ts); the operator
 * and its Prometheus CR need the rest. The same module version the operator is built from, verified
 * against the committed go.sum.
 */
async function installOperatorCrds(cluster: Cluster): Promise<void> {
  const pin = { gomodDir: 'prometheus-operator', module: 'github.com/prometheus-operator/prometheus-operator' };
  const dir = join((await moduleDirs([pin])).get(pin)!, 'example', 'prometheus-operator-crd');
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp-monitoring', '-f', dir]);
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'wait', '--for=condition=Established', '--timeout=60s', 'crd/prometheuses.monitoring.coreos.com', 'crd/probes.monitoring.coreos.com', 'crd/scrapeconfigs.monitoring.coreos.com']);
}

/**
 * Applies a part of the stack (server-side, the stack's field manager) and waits until its workload has a
 * ready replica; a timeout describes the pods of the namespace (those of `podSelector`) and the `hint`.
 */
async function applyAndWaitReady(cluster: Cluster, k: Kube, resources: Record<string, unknown>[], ready: { what: string; readyReplicas: () => Promise<number | undefined>; timeoutMs: number; podSelector?: string; hint?: string }): Promise<void> {
  const manifest = resources.map((r) => stringify(r)).join('---\n');
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp-monitoring', '-f', '-'], { input: manifest });
  await waitFor(`${ready.what} to be ready`, async () => ((await ready.readyReplicas()) ?? 0) >= 1 ? true : undefined, {
    timeoutMs: ready.timeoutMs,
    describe: async () => {
      const pods = (await k.core.listNamespacedPod({ namespace: monitoringNamespace, labelSelector: ready.podSelector })).items;
      return `pods: ${JSON.stringify(pods.map((p) => ({ name: p.metadata?.name, phase: p.status?.phase, containers: p.status?.containerStatuses?.map((c) => ({ name: c.name, state: c.state })) })))}${ready.hint ? `; ${ready.hint}` : ''}`;
    },
  });
}

/**
 * The monitoring stack on the local cluster's real node: the Prometheus and config-reloader stand-ins
 * imported, namespace `monitoring` (Pod Security restricted, placed on the real node, no mesh), the
 * operator on the host, then the Prometheus CR, its RBAC and Service applied and its pod ready, then
 * kube-state-metrics (kube-state-metrics.ts) with its ServiceMonitor.
 * Reuses an operator that still runs. Returns the operator process for the cluster's state.
 */
export async function startMonitoring(cluster: Cluster, previous?: MonitoringProcess): Promise<MonitoringProcess> {
  await step(`tool prometheus ${tools.prometheus.version}`, () => toolPath('prometheus'));
  await step(`tool kube-state-metrics ${tools['kube-state-metrics'].version}`, () => toolPath('kube-state-metrics'));
  const images: BuiltImage[] = [];
  for (const image of monitoringImages) images.push(await buildScratchImage(image));
  await step(`import ${images.map((i) => i.ref).join(', ')} into the real node`, () => importIntoRealNode(cluster, images));
  await step(`prometheus-operator ${tools['prometheus-operator'].version} CRDs`, () => installOperatorCrds(cluster));
  const k = kube(cluster);
  await ensureNamespace(k, monitoringNamespace, restrictedNamespaceLabels);
  await placeNamespace(k, monitoringNamespace, 'real');
  await waitForServiceAccount(k, monitoringNamespace);
  const op = (await monitoringRunning(previous)) ? previous! : await startOperatorProcess(cluster);
  await step(`Prometheus ${tools.prometheus.version} in namespace ${monitoringNamespace} (${prometheusName})`, () =>
    applyAndWaitReady(cluster, k, monitoringResources(), {
      what: `the Prometheus pod of ${prometheusName}`,
      readyReplicas: async () => (await k.apps.readNamespacedStatefulSet({ name: `prometheus-${prometheusName}`, namespace: monitoringNamespace }).catch(() => undefined))?.status?.readyReplicas,
      timeoutMs: 300_000,
      hint: `operator log: ${op.logFile}`,
    }),
  );
  await step(`kube-state-metrics ${tools['kube-state-metrics'].version} in namespace ${monitoringNamespace} (pods, deployments, RayClusters)`, () =>
    applyAndWaitReady(cluster, k, kubeStateMetricsResources(), {
      what: `the ${kubeStateMetricsName} pod`,
      readyReplicas: async () => (await k.apps.readNamespacedDeployment({ name: kubeStateMetricsName, namespace: monitoringNamespace }).catch(() => undefined))?.status?.readyReplicas,
      timeoutMs: 180_000,
      podSelector: labelSelectorString(kubeStateMetricsSelector),
    }),
  );
  return op;
}

export async function stopMonitoring(op: MonitoringProcess): Promise<void> {
  await stopProcessGroup(op.pid);
}
