import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../../../scripts/lib/cluster/kube.ts';
import { httpCall } from '../../../scripts/lib/cluster/probe-http.ts';
import { withPortForward } from '../../../scripts/lib/cluster/port-forward.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';

export interface JobOutcome {
  submissionId: string;
  status: string;
  message: string;
  logs: string;
}

/**
 * Submits a Python script through the dashboard's Jobs API (POST /api/jobs/, what `ray job submit`
 * does), with environment variables for the driver and its tasks, and waits for it to end.
 */
export async function submitJob(base: string, script: string, env: Record<string, string>, timeoutMs = 600_000): Promise<JobOutcome> {
  // The script travels in the entrypoint itself: no working_dir upload is needed for one file.
  const entrypoint = `python -c "import base64; exec(base64.b64decode('${Buffer.from(script).toString('base64')}'))"`;
  const submitted = await httpCall(`${base}/api/jobs/`, { method: 'POST', body: JSON.stringify({ entrypoint, runtime_env: { env_vars: env } }) });
  if (submitted.status !== 200) throw new Error(`POST /api/jobs/ answered ${submitted.status}: ${submitted.body.slice(0, 300)}`);
  const { submission_id: submissionId } = JSON.parse(submitted.body) as { submission_id: string };
  const info = await waitFor(`Ray job ${submissionId} to end`, async () => {
    const job = JSON.parse((await httpCall(`${base}/api/jobs/${submissionId}`)).body) as { status: string; message?: string };
    return ['SUCCEEDED', 'FAILED', 'STOPPED'].includes(job.status) ? job : undefined;
  }, { timeoutMs, intervalMs: 2000 });
  const logs = (JSON.parse((await httpCall(`${base}/api/jobs/${submissionId}/logs`)).body) as { logs: string }).logs;
  return { submissionId, status: info.status, message: info.message ?? '', logs };
}

export interface PipelineResult {
  /** The pod the task ran in, the Ray node it ran on, and the driver's node. */
  pod: string;
  node_id: string;
  driver_node_id: string;
  run_id: string;
  features: Record<string, unknown>;
}

export const pipelineScript = readFileSync(join(import.meta.dirname, 'pipeline.py'), 'utf8');

/** The seeds' MLflow → Ray → Feast pipeline (pipeline.py) as a Ray job; its result line parsed. */
export async function runPipeline(base: string, request: unknown, experiment: string): Promise<{ job: JobOutcome; result: PipelineResult | undefined }> {
  const job = await submitJob(base, pipelineScript, { FEAST_REQUEST: JSON.stringify(request), MLFLOW_EXPERIMENT: experiment });
  const line = job.logs.split('\n').find((l) => l.startsWith('PIPELINE_RESULT '));
  return { job, result: line ? (JSON.parse(line.slice('PIPELINE_RESULT '.length)) as PipelineResult) : undefined };
}

/** Alive Ray nodes as the GCS lists them (the State API): id, node name (the pod's IP or name), and whether it is the head. */
export async function rayNodes(base: string): Promise<{ node_id: string; node_name: string; is_head_node: boolean; state: string }[]> {
  const answer = await httpCall(`${base}/api/v0/nodes?detail=1&limit=100`);
  if (answer.status !== 200) throw new Error(`GET /api/v0/nodes answered ${answer.status}`);
  return (JSON.parse(answer.body) as { data: { result: { result: { node_id: string; node_name: string; is_head_node: boolean; state: string }[] } } }).data.result.result;
}

export function withRayDashboard<T>(cluster: Cluster, namespace: string, service: string, fn: (base: string) => Promise<T>): Promise<T> {
  return withPortForward(cluster, namespace, `svc/${service}`, 8265, (port) => fn(`http://127.0.0.1:${port}`));
}
