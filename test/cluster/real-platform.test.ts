import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kubectlTarget } from '../../scripts/lib/cluster/crds.ts';
import { type Kube, applyConfigMap, deleteNamespace, kube, waitFor } from '../../scripts/lib/cluster/kube.ts';
import { queueCounters } from '../../scripts/lib/cluster/node/network-policies.ts';
import { podReady, restartCause } from '../../scripts/lib/cluster/pod-status.ts';
import { withPortForward } from '../../scripts/lib/cluster/port-forward.ts';
import { httpCall } from '../../scripts/lib/cluster/probe-http.ts';
import { type RealRelease, prepareRealRelease } from '../../scripts/lib/cluster/real-release.ts';
import { type ReleaseSpec, helmTest, history, install, rollback, uninstall, upgrade } from '../../scripts/lib/cluster/releases.ts';
import { recycleReleasedVolumes } from '../../scripts/lib/cluster/storage.ts';
import { formatReport, verify, verifyUntilHealthy } from '../../scripts/lib/cluster/verify.ts';
import { chartPath } from '../../scripts/lib/helm/chart-files.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { runOrThrow } from '../../scripts/lib/tools/index.ts';
import { parseAccess, runAccessLine } from './real-platform/access-commands.ts';
import { allowedLogLines } from './real-platform/allowed-log-lines.ts';
import { driverRows, featureRequest, feastStoreState, materializeThroughServer, onlineFeatures, runCronJobOnce, withFeast, writeDriverStatsParquet, writeDriverStatsTable } from './real-platform/feast.ts';
import { type LoggedRun, logRun, readArtifact, readRun, withMlflow } from './real-platform/mlflow.ts';
import { rayNodes, runPipeline, withRayDashboard } from './real-platform/ray.ts';
import { networkPolicyTests } from './real-platform/network-policies.ts';
import { liveMonitoringTests } from './real-monitoring/tier.ts';
import { type RealScenario, realScenarios, releaseOf } from './real-platform/scenarios.ts';
import { realNodes } from './real-pods.ts';
import { type ContainerLog, ContainerLogCollector, unexplainedErrors } from './support/container-logs.ts';

/**
 * The real-pod tier: the platform installed from what the charts render onto the local cluster's real
 * node (stand-in images, Pod Security `restricted` enforced) and used as the seeds describe. One
 * scenario after another (the node has 2 cores): dev and prod with Helm 4, dev with a Serve application
 * through the RayService with Helm 3, dev scraped by the local monitoring stack (the live monitoring tier).
 */
const cluster = inject('cluster');
const k = kube(cluster);
const hasRealNode = cluster.provider === 'local' && (await realNodes(k)).length > 0;

/** The release's Services, by the names the umbrella gives them (release `ml-platform`). */
const svc = { mlflow: 'ml-platform-mlflow-platform', feast: 'ml-platform-feast-server', rayHead: 'ml-platform-ray-cluster-head', serve: 'ml-platform-ray-cluster-serve' };

/** Why a container restarted, for the failure message (pod-status.ts restartCause); the pod may be gone by now. */
async function restartDetail(kube: Kube, container: string): Promise<string> {
  const [namespace, pod, name] = container.split('/') as [string, string, string];
  const current = await kube.core.readNamespacedPod({ name: pod, namespace }).catch(() => undefined);
  const events = await kube.core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${pod}` }).then((l) => l.items, () => []);
  return `${current ? '' : 'the pod is gone; '}${restartCause(current ?? { metadata: { name: pod } }, name, events)}`;
}

/** Hook Jobs of a rendering (migrations, DB init, bucket, feast apply): each must have run to exit 0. */
function hookJobs(r: RealRelease): string[] {
  return r.manifests.filter((m) => m.kind === 'Job' && /install/.test(m.metadata.annotations?.['helm.sh/hook'] ?? '')).map((m) => m.metadata.name);
}

async function servingPods(kube: Kube, namespace: string) {
  return (await kube.core.listNamespacedPod({ namespace })).items.filter((p) => !p.metadata?.annotations?.['helm.sh/hook'] && !(p.metadata?.ownerReferences ?? []).some((o) => o.kind === 'Job'));
}

/** The steps every scenario shares: install, readiness for real, helm test, verify, the access commands, the logs. */
function describeScenario(s: RealScenario, uses: (ctx: { r: ReleaseSpec; prepared: () => RealRelease }) => void, beforeInstall?: (namespace: string) => Promise<void>): void {
  describe.runIf(hasRealNode)(`${s.name} profile on real pods (Helm ${s.helm})`, () => {
    const r = releaseOf(s);
    let prepared: RealRelease;
    let collector: ContainerLogCollector;

    beforeAll(async () => {
      await recycleReleasedVolumes(k);
      collector = new ContainerLogCollector(k, [s.namespace, ...(s.profile === 'prod' ? ['data'] : [])]);
      collector.start();
      prepared = await prepareRealRelease(cluster, r);
      await beforeInstall?.(s.namespace);
      await install(cluster, r, '20m');
    }, 1_800_000);

    afterAll(async () => {
      await collector?.stop().catch(() => undefined);
      // Clean-up after a failure (the last test uninstalls the release and deletes the namespace itself).
      await uninstall(cluster, r).catch(() => undefined);
      for (const namespace of [s.namespace, ...(prepared?.dataNamespaces ?? [])]) await deleteNamespace(k, namespace, 300_000).catch(() => undefined);
      await recycleReleasedVolumes(k).catch(() => 0);
    }, 900_000);

    it('installs with --wait on the real node: every container started from its stand-in image, every probe passed, hook Jobs exited 0', async () => {
      // The RayCluster's pods come from the operator after the install (helm's --wait does not cover
      // them): wait for the whole platform first, then check every serving pod.
      const report = await verifyUntilHealthy(cluster, s.namespace, 600_000);
      expect(report.healthy, formatReport(report)).toBe(true);
      const pods = await servingPods(k, s.namespace);
      const nodes = new Set(await realNodes(k));
      expect(pods.length).toBeGreaterThan(0);
      for (const p of pods) {
        expect(nodes.has(p.spec?.nodeName ?? ''), `${p.metadata?.name} on ${p.spec?.nodeName}`).toBe(true);
        expect(podReady(p), `${p.metadata?.name}: ${JSON.stringify(p.status?.conditions)}`).toBe(true);
        for (const c of p.status?.containerStatuses ?? []) expect(c.started && c.ready, `${p.metadata?.name}/${c.name}`).toBe(true);
        for (const c of p.status?.initContainerStatuses ?? []) expect(c.state?.terminated?.exitCode ?? (c.started ? 0 : -1), `${p.metadata?.name}/${c.name}`).toBe(0);
      }
      const logs = await collector.stop();
      collector.start();
      for (const job of hookJobs(prepared)) {
        const containers = logs.filter((l) => l.container.startsWith(`${s.namespace}/${job}-`));
        expect(containers.length, `hook Job ${job} ran`).toBeGreaterThan(0);
        for (const c of containers) expect(c.exitCode, `${c.container}:\n${c.log.slice(-2000)}`).toBe(0);
      }
    });

    it('helm test runs the charts\' test pods against the live components and passes', async () => {
      const out = await helmTest(cluster, r, '10m');
      const phases = [...out.matchAll(/Phase:\s+(\w+)/g)].map((m) => m[1]);
      expect(phases.length, out).toBeGreaterThan(0);
      expect(phases.every((p) => p === 'Succeeded'), out).toBe(true);
    });

    it('verify reports every component ready and every live endpoint answering', async () => {
      const report = await verifyUntilHealthy(cluster, s.namespace, 180_000);
      expect(report.healthy, formatReport(report)).toBe(true);
      expect(report.live).not.toBe('simulated');
      expect((report.live as { title: string }[]).map((c) => c.title)).toEqual(report.access.map((a) => a.title));
    });

    it('every access command the status page prints works against the live platform', async () => {
      const page = formatReport(await verify(cluster, s.namespace));
      const { exports, lines } = parseAccess(page);
      expect(lines.map((l) => l.title)).toEqual(expect.arrayContaining(['MLflow UI and tracking API', 'Ray dashboard and Jobs API', 'Ray client (ray.init address)']));
      for (const line of lines) expect(await runAccessLine(exports, line), line.command).toMatch(/answers|: [23]\d\d$/);
    });

    uses({ r, prepared: () => prepared });

    it('nothing restarted, and no container log holds a traceback or an error line the allow-list does not explain', async () => {
      const logs: ContainerLog[] = await collector.stop();
      expect(logs.length).toBeGreaterThan(0);
      // Every log is kept after the cluster is gone, to triage a failure of this check.
      const kept = join(repoRoot, '.cache', 'real-pod-logs', s.namespace);
      await rm(kept, { recursive: true, force: true });
      await mkdir(kept, { recursive: true });
      const keptFile = (l: ContainerLog, suffix: string) => join(kept, `${l.container.replaceAll('/', '_')}${suffix}`);
      await Promise.all(logs.map((l) => writeFile(keptFile(l, '.log'), l.log)));
      await Promise.all(logs.filter((l) => l.previousLog).map((l) => writeFile(keptFile(l, '.previous.log'), l.previousLog!)));
      const restarted = await Promise.all(
        logs.filter((l) => l.restarts > 0).map(async (l) => `${l.container} restarted ${l.restarts}x (${await restartDetail(k, l.container)}); its log before the restart ends:\n${(l.previousLog ?? '(not kept)').trimEnd().split('\n').slice(-20).join('\n')}`),
      );
      // The NetworkPolicy engine's queue since the node started (every scenario's pods): a packet it dropped is a
      // connection attempt lost whatever the policies say, so a restart is reported with them.
      const queue = queueCounters();
      console.log(`${s.namespace}: NetworkPolicy engine queue ${JSON.stringify(queue)}`);
      // Soft: a restart's cause is often an error line, which the check below then names too.
      expect.soft(restarted, `container logs kept in ${kept}; NetworkPolicy engine queue ${JSON.stringify(queue)}`).toEqual([]);
      expect(unexplainedErrors(logs, allowedLogLines), `container logs kept in ${kept}`).toEqual([]);
    });

    it(`helm uninstall removes the release and its namespace then deletes: no Ray resource's finalizer holds it${s.bundlesOperator ? ' (the chart\'s pre-delete hook removes the Ray resource while its own operator still runs)' : ''}`, async () => {
      await uninstall(cluster, r, '10m');
      const ray = async (plural: string) => ((await k.custom.listNamespacedCustomObject({ group: 'ray.io', version: 'v1', namespace: s.namespace, plural })) as { items: unknown[] }).items;
      expect([...(await ray('rayclusters')), ...(await ray('rayservices'))]).toEqual([]);
      await deleteNamespace(k, s.namespace, 300_000);
    });
  });
}

/** MLflow, Feast and the Ray pipeline, as every profile offers them; `offline` puts the feature data where the profile's offline store reads it. */
function platformUses(s: RealScenario, offline: 'parquet in the feature server' | 'postgres table', artifactStore: 'volume' | 's3', extra?: (ctx: { r: ReleaseSpec; run: () => LoggedRun; prepared: () => RealRelease }) => void) {
  return ({ r, prepared }: { r: ReleaseSpec; prepared: () => RealRelease }) => {
    let run: LoggedRun;

    it(`MLflow: a run with a parameter, a metric and an artifact is logged and read back; the artifact is in ${artifactStore === 's3' ? 'the S3 bucket' : 'the server\'s volume'}`, async () => {
      run = await withMlflow(cluster, s.namespace, svc.mlflow, (base) => logRun(base, 'real-pods', `${s.name.replace(/\W+/g, '-')}-run`));
      const read = await withMlflow(cluster, s.namespace, svc.mlflow, async (base) => ({ run: await readRun(base, run.runId), artifact: await readArtifact(base, run.artifactPath) }));
      expect(read.run).toMatchObject({ status: 'FINISHED', params: { learning_rate: '0.01' }, metrics: { accuracy: 0.93 } });
      expect(read.artifact).toBe(run.artifactContent);
      if (artifactStore === 's3') {
        // Read from the bucket through the S3 API, with the server's own credentials (what the artifact proxy wrote).
        const key = run.artifactPath;
        const body = await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'exec', '-i', `deploy/${svc.mlflow}`, '-c', 'mlflow', '--', 'python', '-'], {
          input: `import boto3, os\ns3 = boto3.client("s3", endpoint_url=os.environ["MLFLOW_S3_ENDPOINT_URL"])\nprint(s3.get_object(Bucket="mlflow", Key="${key}")["Body"].read().decode(), end="")\n`,
        });
        expect(body).toBe(run.artifactContent);
      } else {
        // The server's volume is a directory of the local volume pool on this machine.
        const claim = (await k.core.listNamespacedPersistentVolumeClaim({ namespace: s.namespace })).items.find((c) => c.metadata?.name?.includes('mlflow'));
        const volume = (await k.core.readPersistentVolume({ name: claim!.spec!.volumeName! })).spec!.hostPath!.path;
        expect(readFileSync(join(volume, 'artifacts', run.artifactPath), 'utf8')).toBe(run.artifactContent);
      }
    });

    it(`Feast: feature views applied, offline data materialized and served by get-online-features from ${offline === 'postgres table' ? 'Redis' : 'SQLite'} with its values`, async () => {
      let materializeLog = '(materialized through the server)';
      if (offline === 'postgres table') {
        expect(await writeDriverStatsTable(cluster, s.namespace, svc.feast, 'postgresql.data.svc.cluster.local')).toContain(`inserted ${driverRows.length} rows`);
        const job = await runCronJobOnce(cluster, k, s.namespace, 'ml-platform-feast-materialize');
        materializeLog = await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'logs', `job/${job}`]).catch((e) => String(e));
      } else {
        await writeDriverStatsParquet(cluster, s.namespace, svc.feast);
        await withFeast(cluster, s.namespace, svc.feast, (base) => materializeThroughServer(base));
      }
      const features = await withFeast(cluster, s.namespace, svc.feast, (base) => onlineFeatures(base));
      const wanted = driverRows.map((d) => d.conv_rate);
      const state = offline === 'postgres table' && JSON.stringify(features.values.conv_rate) !== JSON.stringify(wanted) ? await feastStoreState(cluster, s.namespace, svc.feast, 'postgresql.data.svc.cluster.local') : '';
      const context = `answer: ${features.answer.slice(0, 1500)}\nmaterialization: ${materializeLog.slice(-1500)}\nstore: ${state}`;
      expect(features.values.conv_rate, context).toEqual(driverRows.map((d) => d.conv_rate));
      expect(features.values.acc_rate, context).toEqual(driverRows.map((d) => d.acc_rate));
    });

    it('Ray: a job through the dashboard\'s Jobs API runs its task on a worker pod that joined the head, reads features from Feast and logs them to MLflow', async () => {
      const { nodes, outcome } = await withRayDashboard(cluster, s.namespace, svc.rayHead, async (base) => ({ nodes: await rayNodes(base), outcome: await runPipeline(base, featureRequest, 'ray-pipeline') }));
      expect(outcome.job.status, outcome.job.logs.slice(-3000)).toBe('SUCCEEDED');
      const result = outcome.result!;
      // The worker joined the head: the GCS lists it alive, and the task ran there, not on the head.
      const worker = nodes.find((n) => n.node_id === result.node_id);
      expect(worker).toMatchObject({ state: 'ALIVE', is_head_node: false });
      expect(nodes.find((n) => n.node_id === result.driver_node_id)?.is_head_node).toBe(true);
      expect(result.pod).toMatch(/-worker-/);
      expect((await k.core.readNamespacedPod({ name: result.pod, namespace: s.namespace })).metadata?.labels?.['ray.io/node-type']).toBe('worker');
      expect(result.features).toMatchObject({ driver_id: driverRows[0]!.driver_id, conv_rate: driverRows[0]!.conv_rate, acc_rate: driverRows[0]!.acc_rate });
      const logged = await withMlflow(cluster, s.namespace, svc.mlflow, (base) => readRun(base, result.run_id));
      expect(logged).toMatchObject({ status: 'FINISHED', metrics: { 'feature.conv_rate': 0.5, 'feature.acc_rate': 0.75 }, tags: { 'ray.pod': result.pod } });
    });

    extra?.({ r, run: () => run, prepared });
  };
}

describeScenario(
  realScenarios[0]!,
  platformUses(realScenarios[0]!, 'parquet in the feature server', 'volume', () => {
    it('failure is visible: a pod whose readiness probe fails is reported not ready by verify, with the kubelet\'s probe message', async () => {
      const s = realScenarios[0]!;
      const target = `deploy/${svc.feast}`;
      // A new revision of the feature server whose readiness probe asks for a path the server does not serve.
      await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'patch', target, '--type=json', '-p', JSON.stringify([{ op: 'replace', path: '/spec/template/spec/containers/0/readinessProbe/httpGet/path', value: '/mlp-no-such-path' }])]);
      try {
        const report = await waitFor('verify to report the failing probe', async () => {
          const rep = await verify(cluster, s.namespace, { live: false });
          return rep.components.some((c) => c.notReady.some((n) => n.includes('Readiness probe failed'))) ? rep : undefined;
        }, { timeoutMs: 180_000, intervalMs: 5000 });
        expect(report.healthy).toBe(false);
        const page = formatReport(report);
        expect(page).toContain('NOT READY');
        expect(page).toMatch(/not ready: ml-platform-feast-server-\S+: container feature-server running, not ready: Readiness probe failed: HTTP probe failed with statuscode: 404/);
        // `npm run verify` exits non-zero on it.
        expect(report.healthy ? 0 : 1).toBe(1);
      } finally {
        await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'rollout', 'undo', target]);
        await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'rollout', 'status', target, '--timeout=300s']);
      }
      expect((await verifyUntilHealthy(cluster, s.namespace, 180_000)).healthy).toBe(true);
    });
  }),
);

describeScenario(
  realScenarios[1]!,
  platformUses(realScenarios[1]!, 'postgres table', 's3', ({ r, run, prepared }) => {
    // After the traffic above (MLflow runs, Feast reads, the Ray pipeline): the prod policies, enforced.
    networkPolicyTests(cluster, k, realScenarios[1]!.namespace, svc.mlflow, prepared);

    it('upgrade to the working tree (every Deployment\'s pods replaced) and rollback keep the MLflow runs, the artifacts and the Feast registry', async () => {
      const s = realScenarios[1]!;
      const check = async () => {
        const read = await withMlflow(cluster, s.namespace, svc.mlflow, async (base) => ({ run: await readRun(base, run().runId), artifact: await readArtifact(base, run().artifactPath) }));
        expect(read.run.params).toEqual({ learning_rate: '0.01' });
        expect(read.artifact).toBe(run().artifactContent);
        // The registry (in PostgreSQL) still knows the feature view; the values are still in Redis.
        const features = await withFeast(cluster, s.namespace, svc.feast, (base) => onlineFeatures(base));
        expect(features.values.conv_rate).toEqual(driverRows.map((d) => d.conv_rate));
      };
      const before = new Set((await servingPods(k, s.namespace)).map((p) => p.metadata?.uid));
      await upgrade(cluster, r, chartPath(r.chart), '20m');
      // The same chart version renders the same pod templates: replace the pods as an upgrade that changes them would.
      for (const d of [svc.mlflow, svc.feast]) {
        await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'rollout', 'restart', `deploy/${d}`]);
        await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', s.namespace, 'rollout', 'status', `deploy/${d}`, '--timeout=600s']);
      }
      const replaced = (await servingPods(k, s.namespace)).filter((p) => p.metadata?.labels?.['app.kubernetes.io/component'] === 'server' && !p.metadata?.deletionTimestamp);
      expect(replaced.length).toBeGreaterThan(0);
      expect(replaced.every((p) => !before.has(p.metadata?.uid))).toBe(true);
      await verifyUntilHealthy(cluster, s.namespace, 300_000);
      await check();
      await rollback(cluster, r, 1, '20m');
      expect((await history(cluster, r)).map((h) => [h.revision, h.status])).toEqual([[1, 'superseded'], [2, 'superseded'], [3, 'deployed']]);
      expect((await verifyUntilHealthy(cluster, s.namespace, 300_000)).healthy).toBe(true);
      await check();
    });
  }),
);

describeScenario(
  realScenarios[2]!,
  () => {
    const s = realScenarios[2]!;
    it('a Ray Serve application deployed through the chart\'s RayService answers on the serve Service, and verify checks it', async () => {
      const rs = await waitFor('the RayService to serve', async () => {
        const list = (await k.custom.listNamespacedCustomObject({ group: 'ray.io', version: 'v1', namespace: s.namespace, plural: 'rayservices' })) as { items: any[] };
        const ready = list.items[0]?.status?.conditions?.find((c: any) => c.type === 'Ready');
        return ready?.status === 'True' ? list.items[0] : undefined;
      }, { timeoutMs: 600_000, intervalMs: 5000 });
      expect(rs.status.activeServiceStatus?.applicationStatuses?.hello?.status).toBe('RUNNING');
      const answer = await withPortForward(cluster, s.namespace, `svc/${svc.serve}`, 8000, (port) => httpCall(`http://127.0.0.1:${port}/hello?name=real-pods`));
      expect(answer.status, answer.body).toBe(200);
      const body = JSON.parse(answer.body) as { hello: string; pod: string };
      expect(body.hello).toBe('real-pods');
      expect(body.pod).toMatch(/-worker-/);
      const report = await verify(cluster, s.namespace);
      expect(report.access.find((a) => a.kind === 'ray-serve')?.use).toBe('http://localhost:8000/hello');
      expect((report.live as { title: string; ok: boolean }[]).find((c) => c.title === 'Ray Serve applications')?.ok).toBe(true);
    });
  },
  // The application's code: a ConfigMap the values mount on every Ray node (serve-app.yaml).
  async (namespace) => {
    await applyConfigMap(k, namespace, 'serve-apps', { 'hello.py': readFileSync(join(import.meta.dirname, 'real-platform', 'hello.py'), 'utf8') });
  },
);

describeScenario(
  realScenarios[3]!,
  ({ prepared }) => liveMonitoringTests(cluster, k, realScenarios[3]!.namespace, svc, prepared),
  // Both Serve applications' code: the ConfigMap the values mount on every Ray node (serve-app.yaml).
  async (namespace) => {
    const app = (file: string) => readFileSync(join(import.meta.dirname, 'real-platform', file), 'utf8');
    await applyConfigMap(k, namespace, 'serve-apps', { 'hello.py': app('hello.py'), 'faulty.py': app('faulty.py') });
  },
);
