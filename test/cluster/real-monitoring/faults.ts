import { kubectlTarget } from '../../../scripts/lib/cluster/crds.ts';
import { type Kube, waitFor } from '../../../scripts/lib/cluster/kube.ts';
import { withPortForward } from '../../../scripts/lib/cluster/port-forward.ts';
import { httpCall } from '../../../scripts/lib/cluster/probe-http.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { verify } from '../../../scripts/lib/cluster/verify.ts';
import { labelSelectorString } from '../../../scripts/lib/manifests/index.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';
import { realNodes } from '../real-pods.ts';
import { type PrometheusApi, alertingRules, withPrometheus } from './prometheus.ts';

/** One alert's fault scenario, live: did it fire, did it resolve after recovery, and when. */
export interface AlertOutcome {
  alert: string;
  fault: string;
  firedAfterS?: number;
  resolvedAfterS?: number;
  error?: string;
}

const seconds = (since: number) => Math.round((Date.now() - since) / 1000);

async function alertRule(p: PrometheusApi, alert: string) {
  const rule = (await alertingRules(p)).find((r) => r.name === alert);
  if (!rule) throw new Error(`Prometheus has no alerting rule ${alert} (is the PrometheusRule selected?)`);
  if (rule.health !== 'ok' && rule.lastError) throw new Error(`rule ${alert}: ${rule.lastError}`);
  return rule;
}

const describeRule = (rule: Awaited<ReturnType<typeof alertRule>>) => `state ${rule.state}; alerts ${JSON.stringify((rule.alerts ?? []).map((a) => ({ state: a.state, labels: a.labels })))}`;

/**
 * Waits for an alert's state in Prometheus' rule evaluation (firing, or inactive once resolved). With
 * `firingWith`, firing counts only for an alert that carries that label: which condition of an `or` fired.
 */
export function waitAlert(cluster: Cluster, alert: string, want: 'firing' | 'inactive', timeoutMs: number, firingWith?: string): Promise<void> {
  return withPrometheus(cluster, (p) =>
    waitFor(`alert ${alert} to be ${want}${want === 'firing' && firingWith ? ` with a ${firingWith} label` : ''}`, async () => {
      const rule = await alertRule(p, alert);
      if (want === 'firing' && firingWith) return (rule.alerts ?? []).some((a) => a.state === 'firing' && a.labels[firingWith]) ? true : undefined;
      return rule.state === want ? true : undefined;
    }, {
      timeoutMs,
      intervalMs: 2500,
      describe: async () => await alertRule(p, alert).then(describeRule, (e: unknown) => String(e)),
    }).then(() => undefined),
  );
}

/**
 * Runs a fault, waits for each of its alerts to fire, recovers, waits for each to resolve. Never throws:
 * each outcome says how far its alert got, so that every scenario of a batch reports.
 */
export async function faultScenario(cluster: Cluster, s: { alerts: string[]; fault: string; inject: () => Promise<void>; recover: () => Promise<void>; fireWithinMs?: number; resolveWithinMs?: number; firingWith?: string }): Promise<AlertOutcome[]> {
  const outcomes: AlertOutcome[] = s.alerts.map((alert) => ({ alert, fault: s.fault }));
  const start = Date.now();
  const each = (fn: (o: AlertOutcome) => Promise<void>) => Promise.all(outcomes.filter((o) => !o.error).map((o) => fn(o).catch((error: unknown) => void (o.error = String(error).slice(0, 600)))));
  try {
    await s.inject();
    await each(async (o) => {
      await waitAlert(cluster, o.alert, 'firing', s.fireWithinMs ?? 180_000, s.firingWith);
      o.firedAfterS = seconds(start);
    });
  } catch (error) {
    for (const o of outcomes) o.error ??= `fault: ${String(error).slice(0, 600)}`;
  }
  try {
    await s.recover();
  } catch (error) {
    for (const o of outcomes) o.error ??= `recovery: ${String(error).slice(0, 600)}`;
  }
  await each(async (o) => {
    await waitAlert(cluster, o.alert, 'inactive', s.resolveWithinMs ?? 300_000);
    o.resolvedAfterS = seconds(start);
  });
  return outcomes;
}

const kubectl = (cluster: Cluster, args: string[]) => runOrThrow('kubectl', [...kubectlTarget(cluster), ...args]);

/** Scales a Deployment and waits for the rollout (0 replicas: until its pods are gone). */
export async function scaleDeployment(cluster: Cluster, k: Kube, namespace: string, name: string, replicas: number): Promise<void> {
  await kubectl(cluster, ['-n', namespace, 'scale', `deploy/${name}`, `--replicas=${replicas}`]);
  if (replicas > 0) {
    await kubectl(cluster, ['-n', namespace, 'rollout', 'status', `deploy/${name}`, '--timeout=600s']);
    return;
  }
  const selector = (await k.apps.readNamespacedDeployment({ name, namespace })).spec?.selector?.matchLabels ?? {};
  const labelSelector = labelSelectorString(selector);
  await waitFor(`the pods of ${name} to be gone`, async () => ((await k.core.listNamespacedPod({ namespace, labelSelector })).items.length === 0 ? true : undefined), { timeoutMs: 180_000, intervalMs: 2000 });
}

/**
 * The processes that serve a Ray node's metrics (`pkill -f` patterns): the dashboard agent (port `metrics`,
 * 8080) on every node, which retitles itself `ray::DashboardAgent` (ray/dashboard/agent.py, setproctitle),
 * and on the head the dashboard (`dash-metrics`, ray/dashboard/head.py's metrics server in dashboard.py's process).
 */
const metricsProcesses = { worker: 'ray::DashboardAgent', head: 'ray::DashboardAgent|ray/dashboard/dashboard\\.py' };

/** The Ray pods of a node type in the namespace (KubeRay labels them ray.io/node-type). */
async function rayPods(k: Kube, namespace: string, nodeType: 'head' | 'worker') {
  return (await k.core.listNamespacedPod({ namespace, labelSelector: `ray.io/node-type=${nodeType}` })).items;
}

/**
 * Stops (SIGSTOP) or continues (SIGCONT) the processes that serve a Ray node type's metrics, in every pod
 * of that type: a stopped process keeps its port open and answers nothing, so Prometheus' scrapes time
 * out (`up` 0) while the pod, its containers and its other processes stay as they are.
 */
export async function signalRayMetrics(cluster: Cluster, k: Kube, namespace: string, nodeType: 'head' | 'worker', signal: 'STOP' | 'CONT'): Promise<string[]> {
  const pods = (await rayPods(k, namespace, nodeType)).map((p) => p.metadata!.name!);
  if (pods.length === 0) throw new Error(`no Ray ${nodeType} pod in ${namespace}`);
  for (const pod of pods) await kubectl(cluster, ['-n', namespace, 'exec', pod, '--', 'pkill', `-${signal}`, '-f', metricsProcesses[nodeType]]);
  return pods;
}

/** Sends requests to a Serve route through the serve Service, `parallel` at a time; returns the status codes. */
export function serveRequests(cluster: Cluster, namespace: string, service: string, path: string, count: number, parallel = 8): Promise<number[]> {
  return withPortForward(cluster, namespace, `svc/${service}`, 8000, async (port) => {
    const codes: number[] = [];
    for (let i = 0; i < count; i += parallel) {
      const batch = Array.from({ length: Math.min(parallel, count - i) }, () => httpCall(`http://127.0.0.1:${port}${path}`, { timeoutMs: 60_000 }).then((a) => a.status, () => 0));
      codes.push(...(await Promise.all(batch)));
    }
    return codes;
  });
}

/** Deletes every Ray worker pod not already terminating (KubeRay creates their replacements); returns the names deleted. */
export async function deleteRayWorkers(cluster: Cluster, k: Kube, namespace: string): Promise<string[]> {
  const pods = (await rayPods(k, namespace, 'worker')).filter((p) => !p.metadata?.deletionTimestamp).map((p) => p.metadata!.name!);
  if (pods.length === 0) throw new Error(`no Ray worker pod in ${namespace}`);
  await kubectl(cluster, ['-n', namespace, 'delete', 'pod', ...pods, '--wait=false']);
  return pods;
}

/** Waits until every RayCluster of the namespace reports as many ready workers as it wants (its status, as verify reads it). */
export async function waitRayWorkersReady(cluster: Cluster, namespace: string, timeoutMs = 600_000): Promise<void> {
  const rayClusters = async () => (await verify(cluster, namespace, { live: false })).rayClusters;
  await waitFor(`every RayCluster in ${namespace} to have its workers ready`, async () => {
    const all = await rayClusters();
    return all.length > 0 && all.every((c) => c.readyWorkers >= c.desiredWorkers) ? true : undefined;
  }, { timeoutMs, intervalMs: 2000, describe: async () => JSON.stringify(await rayClusters()) });
}

/** The taint that keeps new pods off the real node while a fault scenario needs a replacement to wait (NoSchedule: running pods stay). */
export const holdTaint = 'mlp.test/hold-new-pods';

/** Taints every real node NoSchedule (`hold`) or removes the taint: pods created meanwhile stay Pending, like a node pool with no room. */
export async function holdNewPods(cluster: Cluster, k: Kube, hold: boolean): Promise<string[]> {
  const nodes = await realNodes(k);
  if (nodes.length === 0) throw new Error('no real node to taint');
  for (const node of nodes) await kubectl(cluster, ['taint', 'node', node, hold ? `${holdTaint}=true:NoSchedule` : `${holdTaint}:NoSchedule-`]);
  return nodes;
}
