import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Kube, deleteNamespace, waitFor } from '../../../scripts/lib/cluster/kube.ts';
import { type MonitoringProcess, startMonitoring, stopMonitoring } from '../../../scripts/lib/cluster/monitoring/stack.ts';
import { monitoringNamespace } from '../../../scripts/lib/cluster/monitoring/resources.ts';
import type { RealRelease } from '../../../scripts/lib/cluster/real-release.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { materializeThroughServer, onlineFeatures, withFeast, writeDriverStatsParquet } from '../real-platform/feast.ts';
import { logRun, withMlflow } from '../real-platform/mlflow.ts';
import { submitJob, withRayDashboard } from '../real-platform/ray.ts';
import { absentHere, labelValuesCall, metricUses, monitorPools, usedQueries } from './expectations.ts';
import { type AlertOutcome, deleteRayWorkers, faultScenario, holdNewPods, signalRayMetrics, scaleDeployment, serveRequests, waitAlert, waitRayWorkersReady } from './faults.ts';
import { type ActiveTarget, activeTargets, seriesOf, withPrometheus } from './prometheus.ts';

const tasksScript = readFileSync(join(import.meta.dirname, 'tasks.py'), 'utf8');

export interface PlatformServices {
  mlflow: string;
  feast: string;
  rayHead: string;
  serve: string;
}

/** A figure of the closing note: `label: x/y`, logged so that the run's output carries it. */
function figure(label: string, x: number, y: number, detail: string[] = []): void {
  console.log([`[live monitoring] ${label}: ${x}/${y}`, ...detail.map((d) => `  ${d}`)].join('\n'));
}

/**
 * The live monitoring tier, inside a real-pod scenario whose release renders monitors, rules and
 * dashboards and is scraped by the local monitoring stack (real prometheus-operator, real Prometheus):
 * after real traffic, every monitor's targets are up, every dashboard query runs, the alerts fire in
 * fault scenarios and resolve after recovery, and every metric the alerts and dashboards use has series
 * with the labels they use (or is listed, with the reason, as one this cluster cannot produce).
 */
export function liveMonitoringTests(cluster: Cluster, k: Kube, namespace: string, svc: PlatformServices, prepared: () => RealRelease): void {
  let started = 0;
  let stack: MonitoringProcess | undefined;
  beforeAll(async () => {
    started = Date.now();
    stack = await startMonitoring(cluster);
  }, 1_800_000);
  afterAll(async () => {
    if (stack) await stopMonitoring(stack);
    await deleteNamespace(k, monitoringNamespace, 300_000).catch(() => undefined);
  }, 600_000);
  afterAll(() => {
    // A duration, not a count: from the monitoring stack's start to the end of the scenario's checks.
    if (started) console.log(`[live monitoring] seconds from the monitoring stack's start to the end of the checks: ${Math.round((Date.now() - started) / 1000)}`);
  });

  it('traffic: MLflow runs, Feast materialization and online reads, Serve requests to both applications, a Ray job', async () => {
    await withMlflow(cluster, namespace, svc.mlflow, async (base) => {
      for (let i = 0; i < 3; i++) await logRun(base, 'live-monitoring', `traffic-${i}`);
    });
    await writeDriverStatsParquet(cluster, namespace, svc.feast);
    await withFeast(cluster, namespace, svc.feast, async (base) => {
      await materializeThroughServer(base);
      for (let i = 0; i < 20; i++) expect((await onlineFeatures(base)).names.length).toBeGreaterThan(0);
    });
    expect(await serveRequests(cluster, namespace, svc.serve, '/hello?name=monitoring', 20)).toEqual(Array(20).fill(200));
    expect(await serveRequests(cluster, namespace, svc.serve, '/faulty?mode=ok', 20)).toEqual(Array(20).fill(200));
    // Not the pipeline of the other scenarios: its one-CPU task cannot schedule beside the Serve replicas on one CPU.
    const job = await withRayDashboard(cluster, namespace, svc.rayHead, (base) => submitJob(base, tasksScript, {}));
    expect(job.status, job.logs.slice(-2000)).toBe('SUCCEEDED');
    expect(job.logs).toContain('sum of squares 2470, counter 2470');
    // Feast computes feast_feature_freshness_seconds in a thread every 30 s from the registry. Here the
    // registry lives on the pod's volume, so the pod FeastServerDown replaces starts without the
    // materialization: the series has to be scraped before the fault scenarios. When the traffic took
    // under 30 s, CI once went on without it and the series never existed.
    const freshness = await withPrometheus(cluster, (p) =>
      waitFor('Prometheus to scrape feast_feature_freshness_seconds after the materialization', async () => {
        const series = await seriesOf(p, 'feast_feature_freshness_seconds', 600);
        return series.length > 0 ? series : undefined;
      }, { timeoutMs: 120_000, intervalMs: 5000 }),
    );
    expect(freshness.map((s) => s.feature_view)).toContain('driver_hourly_stats');
  });

  it('every monitor of every chart has targets in Prometheus, each with health "up"', async () => {
    const pools = monitorPools(prepared().manifests, namespace);
    expect(pools.length).toBeGreaterThan(0);
    let targets: ActiveTarget[] = [];
    const healthy = () => pools.every((pool) => targets.some((t) => t.scrapePool === pool)) && targets.filter((t) => pools.includes(t.scrapePool)).every((t) => t.health === 'up');
    await withPrometheus(cluster, (p) =>
      waitFor('every monitor\'s targets to be up', async () => {
        targets = await activeTargets(p);
        return healthy() ? true : undefined;
      }, { timeoutMs: 180_000, intervalMs: 5000 }).catch(() => undefined),
    );
    const ours = targets.filter((t) => pools.includes(t.scrapePool));
    const up = ours.filter((t) => t.health === 'up');
    figure('targets up', up.length, ours.length, ours.map((t) => `${t.health === 'up' ? '✓' : '✗'} ${t.scrapePool} ${t.scrapeUrl}${t.lastError ? ` (${t.lastError})` : ''}`));
    expect(pools.filter((pool) => !targets.some((t) => t.scrapePool === pool)), 'monitors without a target').toEqual([]);
    expect(ours.filter((t) => t.health !== 'up').map((t) => `${t.scrapePool} ${t.scrapeUrl}: ${t.lastError}`)).toEqual([]);
  });

  it('every dashboard panel query and template variable query runs without error through the HTTP API', async () => {
    const queries = usedQueries(prepared().manifests).filter((q) => q.kind !== 'alert');
    expect(queries.length).toBeGreaterThan(0);
    const failed: string[] = [];
    let withData = 0;
    await withPrometheus(cluster, async (p) => {
      for (const q of queries) {
        try {
          const call = q.kind === 'variable' ? labelValuesCall(q.expr) : undefined;
          if (q.kind === 'variable' && !call) throw new Error(`not a label_values(metric, label) query: ${q.expr}`);
          const result = call ? await p.get<string[]>(`/api/v1/label/${call.label}/values`, { 'match[]': call.metric }) : (await p.get<{ result: unknown[] }>('/api/v1/query', { query: q.expr })).result;
          if (result.length > 0) withData++;
        } catch (error) {
          failed.push(`${q.where}: ${String(error).slice(0, 300)}`);
        }
      }
    });
    figure('dashboard queries ok', queries.length - failed.length, queries.length, [`${withData} of them returned data now`, ...failed]);
    expect(failed).toEqual([]);
  });

  it('alerts fire in the live Prometheus and resolve after recovery: Feast and MLflow scaled to 0, Serve errors and latency, the Ray worker\'s and head\'s metrics frozen, the Ray worker pod deleted, Feast latency', async () => {
    const feastReplicas = (await k.apps.readNamespacedDeployment({ name: svc.feast, namespace })).spec?.replicas ?? 1;
    const mlflowReplicas = (await k.apps.readNamespacedDeployment({ name: svc.mlflow, namespace })).spec?.replicas ?? 1;
    // FeastHighFeatureLatency's threshold (1 ms) is under any real read: reads make it fire; with no reads for
    // its 5-minute window (Feast is scaled to 0 below) the quantile has no samples and it resolves.
    const latencyStart = Date.now();
    const feastLatencyFired: AlertOutcome = { alert: 'FeastHighFeatureLatency', fault: 'online reads slower than a 1 ms threshold, then none (Feast scaled to 0)' };
    try {
      await withFeast(cluster, namespace, svc.feast, async (base) => {
        for (let i = 0; i < 10; i++) await onlineFeatures(base);
      });
      await waitAlert(cluster, feastLatencyFired.alert, 'firing', 180_000);
      feastLatencyFired.firedAfterS = Math.round((Date.now() - latencyStart) / 1000);
    } catch (error) {
      feastLatencyFired.error = String(error).slice(0, 600);
    }
    const feastLatency = (async (): Promise<AlertOutcome[]> => {
      const o = feastLatencyFired;
      if (!o.error) {
        await waitAlert(cluster, o.alert, 'inactive', 600_000).then(
          () => void (o.resolvedAfterS = Math.round((Date.now() - latencyStart) / 1000)),
          (error: unknown) => void (o.error = String(error).slice(0, 600)),
        );
      }
      return [o];
    })();
    // The Serve faults need the worker that runs the replicas: the worker is deleted after them.
    const serveThenWorker = (async () => {
      const errors = await faultScenario(cluster, {
        alerts: ['RayServeHighErrorRate', 'ModelPredictionFailures'],
        fault: 'the faulty Serve deployment raises (HTTP 500) 25 times over 45 s, then 8 good requests for each failed one',
        // A counter's first sample is its start: the failures are spread over several scrapes so that rate() sees them.
        inject: async () => {
          for (let i = 0; i < 5; i++) {
            await serveRequests(cluster, namespace, svc.serve, '/faulty?mode=fail', i === 0 ? 1 : 6, 6);
            await new Promise((r) => setTimeout(r, 10_000));
          }
        },
        recover: async () => void (await serveRequests(cluster, namespace, svc.serve, '/faulty?mode=ok', 200, 16)),
      });
      const latency = await faultScenario(cluster, {
        alerts: ['RayServeHighLatency'],
        fault: 'the faulty Serve deployment sleeps 1 s, then 130 fast requests for each slow one',
        inject: async () => void (await serveRequests(cluster, namespace, svc.serve, '/faulty?mode=slow&seconds=1', 3, 3)),
        recover: async () => void (await serveRequests(cluster, namespace, svc.serve, '/faulty?mode=ok', 400, 16)),
      });
      // RayClusterNodeDown has two halves: a node whose metrics endpoint does not answer (up == 0), and a
      // RayCluster with fewer ready workers than it wants (kube-state-metrics' view of its status).
      const frozenWorker = await faultScenario(cluster, {
        alerts: ['RayClusterNodeDown'],
        fault: 'the Ray worker\'s metrics agent frozen (SIGSTOP: its scrapes time out), then continued; the up == 0 condition (alert labelled pod)',
        firingWith: 'pod',
        inject: async () => void (await signalRayMetrics(cluster, k, namespace, 'worker', 'STOP')),
        recover: async () => void (await signalRayMetrics(cluster, k, namespace, 'worker', 'CONT')),
      });
      const head = await faultScenario(cluster, {
        alerts: ['RayHeadUnavailable'],
        fault: 'the Ray head\'s metrics agent and dashboard frozen (SIGSTOP: no head target answers), then continued',
        inject: async () => void (await signalRayMetrics(cluster, k, namespace, 'head', 'STOP')),
        recover: async () => void (await signalRayMetrics(cluster, k, namespace, 'head', 'CONT')),
      });
      return [...errors, ...latency, ...frozenWorker, ...head];
    })();
    const servers = Promise.all([
      faultScenario(cluster, {
        alerts: ['FeastServerDown'],
        fault: `the Feast server scaled to 0 (back to ${feastReplicas})`,
        inject: () => scaleDeployment(cluster, k, namespace, svc.feast, 0),
        recover: () => scaleDeployment(cluster, k, namespace, svc.feast, feastReplicas),
      }),
      faultScenario(cluster, {
        alerts: ['MLflowServerDown'],
        fault: `the MLflow server scaled to 0 (back to ${mlflowReplicas})`,
        inject: () => scaleDeployment(cluster, k, namespace, svc.mlflow, 0),
        recover: () => scaleDeployment(cluster, k, namespace, svc.mlflow, mlflowReplicas),
      }),
    ]).then((all) => all.flat());
    const concurrent = [...(await servers), ...(await serveThenWorker)];
    // Last, alone (the other scenarios create pods): the worker pod deleted while the real node takes no new
    // pod, as a node pool without room would. KubeRay's replacement stays Pending, so the RayCluster has fewer
    // ready workers than it wants until the node takes pods again. (Deleted on a node with room, the replacement
    // was ready about 10 s after the old pod's 30 s drain, during which it still counted as ready: too short for
    // a 2-minute alert, rightly, and for a 5 s scrape and evaluation to see reliably.)
    const deletedWorker = await faultScenario(cluster, {
      alerts: ['RayClusterNodeDown'],
      fault: 'the Ray worker pod deleted while the node takes no new pods (its replacement Pending), then the node opened; the ready-workers condition (alert labelled name)',
      firingWith: 'name',
      inject: async () => {
        await holdNewPods(cluster, k, true);
        await deleteRayWorkers(cluster, k, namespace);
      },
      recover: async () => {
        await holdNewPods(cluster, k, false);
        await waitRayWorkersReady(cluster, namespace);
      },
    });
    const outcomes = [...concurrent, ...deletedWorker, ...(await feastLatency)];
    const ok = outcomes.filter((o) => o.firedAfterS !== undefined && o.resolvedAfterS !== undefined);
    figure('alerts fired and resolved live', ok.length, outcomes.length, outcomes.map((o) => `${o.error ? '✗' : '✓'} ${o.alert} (${o.fault}): fired after ${o.firedAfterS ?? '-'} s, resolved after ${o.resolvedAfterS ?? '-'} s${o.error ? `; ${o.error}` : ''}`));
    expect(outcomes.filter((o) => o.error).map((o) => `${o.alert}: ${o.error}`)).toEqual([]);
  });


  it('every metric the alerts and dashboards use has series with the label names they use, except those this cluster cannot produce (listed with the reason)', async () => {
    const uses = metricUses(usedQueries(prepared().manifests));
    const rows: string[] = [];
    const wrong: string[] = [];
    let present = 0;
    await withPrometheus(cluster, async (p) => {
      for (const use of uses) {
        const series = await seriesOf(p, use.metric, 1800);
        const complete = series.find((s) => use.labels.every((l) => l in s));
        const reason = absentHere[use.metric];
        if (complete) present++;
        if (series.length === 0) {
          rows.push(`${reason ? '-' : '✗'} ${use.metric}: no series${reason ? ` (${reason})` : ''}`);
          if (!reason) wrong.push(`${use.metric}: no series (used by ${use.where.join('; ')})`);
        } else if (!complete) {
          const missing = use.labels.filter((l) => !series.some((s) => l in s));
          const apart = use.labels.filter((l) => !missing.includes(l));
          rows.push(`✗ ${use.metric}: no series carries all of ${use.labels.join(', ')}${missing.length ? ` (never: ${missing.join(', ')})` : ` (${apart.join(', ')} never together)`}`);
          wrong.push(`${use.metric}: labels ${use.labels.join(', ')} not on one series (used by ${use.where.join('; ')})`);
        } else rows.push(`✓ ${use.metric} {${use.labels.join(', ')}}${reason ? ` (listed as absent here, "${reason}", yet present)` : ''}`);
      }
    });
    figure('alert and dashboard metrics present with their labels', present, uses.length, rows);
    expect(wrong).toEqual([]);
  });
}
