import { httpCall } from '../../../scripts/lib/cluster/probe-http.ts';
import { withPortForward } from '../../../scripts/lib/cluster/port-forward.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';

/** MLflow's REST API on a base URL (through a port-forward): JSON in, JSON out, errors name the call. */
export async function mlflowApi<T>(base: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const answer = await httpCall(`${base}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body), timeoutMs: 30_000 });
  if (answer.status !== 200) throw new Error(`MLflow ${method} ${path} answered ${answer.status}: ${answer.body.slice(0, 400)}`);
  return JSON.parse(answer.body) as T;
}

export async function experimentId(base: string, name: string): Promise<string> {
  const found = await httpCall(`${base}/api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(name)}`);
  if (found.status === 200) return (JSON.parse(found.body) as { experiment: { experiment_id: string } }).experiment.experiment_id;
  return (await mlflowApi<{ experiment_id: string }>(base, 'POST', '/api/2.0/mlflow/experiments/create', { name })).experiment_id;
}

export interface LoggedRun {
  runId: string;
  experimentId: string;
  artifactUri: string;
  artifactPath: string;
  artifactContent: string;
}

/**
 * Logs a run as a client of the tracking server does: a parameter, a metric and an artifact (uploaded
 * through the server's artifact proxy, `--serve-artifacts`, to wherever the chart points it).
 */
export async function logRun(base: string, experiment: string, tag: string): Promise<LoggedRun> {
  const experimentIdValue = await experimentId(base, experiment);
  const { run } = await mlflowApi<{ run: { info: { run_id: string; artifact_uri: string } } }>(base, 'POST', '/api/2.0/mlflow/runs/create', { experiment_id: experimentIdValue, start_time: Date.now(), run_name: tag });
  const runId = run.info.run_id;
  await mlflowApi(base, 'POST', '/api/2.0/mlflow/runs/log-parameter', { run_id: runId, key: 'learning_rate', value: '0.01' });
  await mlflowApi(base, 'POST', '/api/2.0/mlflow/runs/log-metric', { run_id: runId, key: 'accuracy', value: 0.93, timestamp: Date.now(), step: 1 });
  // mlflow-artifacts:/<experiment>/<run>/artifacts: the proxy's path for the run's artifact root.
  const root = run.info.artifact_uri.replace(/^mlflow-artifacts:\//, '');
  const artifactPath = `${root}/report/${tag}.txt`;
  const artifactContent = `model report of ${tag}\n`;
  const put = await httpCall(`${base}/api/2.0/mlflow-artifacts/artifacts/${artifactPath}`, { method: 'PUT', body: artifactContent, headers: { 'Content-Type': 'text/plain' } });
  if (put.status !== 200) throw new Error(`artifact upload answered ${put.status}: ${put.body.slice(0, 300)}`);
  await mlflowApi(base, 'POST', '/api/2.0/mlflow/runs/update', { run_id: runId, status: 'FINISHED', end_time: Date.now() });
  return { runId, experimentId: experimentIdValue, artifactUri: run.info.artifact_uri, artifactPath, artifactContent };
}

export interface ReadRun {
  params: Record<string, string>;
  metrics: Record<string, number>;
  tags: Record<string, string>;
  status: string;
}

export async function readRun(base: string, runId: string): Promise<ReadRun> {
  const { run } = await mlflowApi<{ run: { info: { status: string }; data: { params?: { key: string; value: string }[]; metrics?: { key: string; value: number }[]; tags?: { key: string; value: string }[] } } }>(base, 'GET', `/api/2.0/mlflow/runs/get?run_id=${runId}`);
  return {
    status: run.info.status,
    params: Object.fromEntries((run.data.params ?? []).map((p) => [p.key, p.value])),
    metrics: Object.fromEntries((run.data.metrics ?? []).map((m) => [m.key, m.value])),
    tags: Object.fromEntries((run.data.tags ?? []).map((t) => [t.key, t.value])),
  };
}

/** The artifact's bytes, downloaded back through the artifact proxy. */
export async function readArtifact(base: string, artifactPath: string): Promise<string> {
  const answer = await httpCall(`${base}/api/2.0/mlflow-artifacts/artifacts/${artifactPath}`);
  if (answer.status !== 200) throw new Error(`artifact download answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return answer.body;
}

/** Runs fn with the tracking server's base URL, through a port-forward to its Service. */
export function withMlflow<T>(cluster: Cluster, namespace: string, service: string, fn: (base: string) => Promise<T>): Promise<T> {
  return withPortForward(cluster, namespace, `svc/${service}`, 5000, (port) => fn(`http://127.0.0.1:${port}`));
}
