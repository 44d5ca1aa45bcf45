import { parseAllDocuments } from 'yaml';
import { type HelmMajor, helm, run } from '../tools/index.ts';
import type { AccessPoint } from './access.ts';
import { withPortForward } from './port-forward.ts';
import { grpcAnswers, httpCall } from './probe-http.ts';
import { helmTarget } from './releases.ts';
import type { Cluster } from './types.ts';

/** The outcome of one check against a live endpoint. */
export interface LiveCheck {
  title: string;
  ok: boolean;
  detail: string;
}

/** What the checks compare against: the Ray nodes a cluster should have, the read the Feast chart's helm test makes. */
export interface LiveExpectations {
  /** Alive Ray nodes expected behind a dashboard: the head plus the RayCluster's desired workers. */
  rayNodes?: number;
  /** `{features, entities}` of the Feast helm test (tests.features, tests.entities). */
  feastRequest?: { features: string[]; entities: Record<string, unknown[]> };
}

/**
 * Alive Ray nodes in the autoscaler's formatted status (GET /api/cluster_status?format=1,
 * data.clusterStatus): the counts under "Active:" and "Idle:" (autoscaler v2) or "Healthy:" (v1) of
 * the "Node status" section, up to "Pending:". Undefined when there is no status yet.
 */
export function aliveRayNodes(formatted: string | undefined | null): number | undefined {
  if (!formatted) return undefined;
  const section = /Node status\n-+\n([\s\S]*?)\nPending:/.exec(formatted)?.[1];
  if (section === undefined) return undefined;
  let alive = 0;
  let counting = false;
  for (const line of section.split('\n')) {
    if (/^(Active|Idle|Healthy):/.test(line)) counting = true;
    else if (/^\S/.test(line)) counting = false;
    else if (counting) alive += Number(/^\s+(\d+)\s+\S/.exec(line)?.[1] ?? 0);
  }
  return alive;
}

async function check(title: string, fn: () => Promise<string>): Promise<LiveCheck> {
  try {
    return { title, ok: true, detail: await fn() };
  } catch (error) {
    return { title, ok: false, detail: (error instanceof Error ? error.message : String(error)).split('\n')[0]! };
  }
}

async function get(url: string, want = 200): Promise<string> {
  const answer = await httpCall(url);
  if (answer.status !== want) throw new Error(`GET ${new URL(url).pathname} answered ${answer.status}${answer.body ? `: ${answer.body.slice(0, 200).trim()}` : ''}`);
  return answer.body;
}

/** /health and /version, then one call that reads the backend store (the database behind the server). */
async function mlflow(base: string): Promise<string> {
  const health = (await get(`${base}/health`)).trim();
  if (health !== 'OK') throw new Error(`/health said ${JSON.stringify(health)}`);
  const version = (await get(`${base}/version`)).trim();
  const search = await httpCall(`${base}/api/2.0/mlflow/experiments/search`, { method: 'POST', body: JSON.stringify({ max_results: 1 }) });
  if (search.status !== 200) throw new Error(`/health OK, /version ${version}, but the backend store fails: POST /api/2.0/mlflow/experiments/search answered ${search.status}: ${search.body.slice(0, 200)}`);
  return `/health OK, /version ${version}, backend store answers`;
}

async function feast(base: string, request: LiveExpectations['feastRequest']): Promise<string> {
  await get(`${base}/health`);
  if (!request) return '/health 200 (no feature read: the release has no Feast helm test request)';
  const answer = await httpCall(`${base}/get-online-features`, { method: 'POST', body: JSON.stringify(request) });
  if (answer.status !== 200) throw new Error(`POST /get-online-features answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  const body = JSON.parse(answer.body) as { metadata: { feature_names: string[] }; results: { values: unknown[] }[] };
  const wanted = request.features.map((f) => f.split(':').pop()!);
  const missing = wanted.filter((f) => !body.metadata.feature_names.includes(f));
  if (missing.length) throw new Error(`POST /get-online-features: features missing from the answer: ${missing.join(', ')}`);
  const values = body.results.slice(1).flatMap((r) => r.values);
  const present = values.filter((v) => v !== null).length;
  return `/health 200; get-online-features ${wanted.join(', ')}: ${present}/${values.length} values${present === 0 ? ' (nothing materialized yet)' : ''}`;
}

async function rayDashboard(base: string, expected: number | undefined): Promise<string> {
  const status = JSON.parse(await get(`${base}/api/cluster_status?format=1`)) as { data?: { clusterStatus?: string } };
  const alive = aliveRayNodes(status.data?.clusterStatus);
  if (alive === undefined) throw new Error(`/api/cluster_status carries no node status yet: ${JSON.stringify(status).slice(0, 200)}`);
  if (expected !== undefined && alive !== expected) throw new Error(`/api/cluster_status: ${alive} node(s) alive, expected ${expected} (head + workers)`);
  return `/api/cluster_status: ${alive} node(s) alive${expected !== undefined ? ` of ${expected}` : ''}`;
}

/** The Serve applications a Ray dashboard reports (GET /api/serve/applications/), by name: status and route prefix. */
export async function serveApplications(base: string): Promise<Record<string, { status: string; route_prefix?: string }>> {
  const answer = await httpCall(`${base}/api/serve/applications/`);
  if (answer.status !== 200) return {};
  return ((JSON.parse(answer.body) as { applications?: Record<string, { status: string; route_prefix?: string }> }).applications ?? {});
}

/**
 * Checks one access point through its own port-forward, as a user would reach it: MLflow /health and
 * /version; Feast /health and the chart's test read; the Ray dashboard's alive nodes; the Ray client's
 * and other gRPC servers' HTTP/2 handshake; Serve's route; Prometheus /-/ready.
 */
export async function checkAccessPoint(cluster: Cluster, a: AccessPoint, expect: LiveExpectations): Promise<LiveCheck> {
  return check(a.title, () =>
    withPortForward(cluster, a.namespace, `svc/${a.service}`, a.port, async (local) => {
      const base = `${a.protocol === 'https' ? 'https' : 'http'}://127.0.0.1:${local}`;
      const path = a.use.startsWith('http') ? new URL(a.use).pathname.replace(/\/$/, '') : '';
      switch (a.kind) {
        case 'mlflow':
          return mlflow(base);
        case 'feast':
          return feast(base, expect.feastRequest);
        case 'ray-dashboard':
          return rayDashboard(base, expect.rayNodes);
        case 'ray-client':
        case 'feast-registry':
        case 'feast-offline':
          await grpcAnswers('127.0.0.1', local);
          return 'gRPC server answers (HTTP/2 SETTINGS)';
        default: {
          const answer = await httpCall(`${base}${path || '/'}`);
          if (answer.status >= 400) throw new Error(`GET ${path || '/'} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
          return `GET ${path || '/'} ${answer.status}`;
        }
      }
    }),
  );
}

/**
 * The request the Feast chart's helm test makes (its FEAST_TEST_REQUEST: tests.features and tests.entities),
 * read from the hooks of the namespace's Helm releases: the read verify repeats.
 */
export async function feastTestRequest(cluster: Cluster, namespace: string, major: HelmMajor = 4): Promise<LiveExpectations['feastRequest']> {
  const list = await run(helm(major), ['list', '-n', namespace, '-o', 'json', ...helmTarget(cluster)]);
  if (list.code !== 0) return undefined;
  for (const release of JSON.parse(list.stdout) as { name: string }[]) {
    const hooks = await run(helm(major), ['get', 'hooks', release.name, '-n', namespace, ...helmTarget(cluster)]);
    if (hooks.code !== 0) continue;
    for (const doc of parseAllDocuments(hooks.stdout).map((d) => d.toJSON() as { kind?: string; spec?: { containers?: { env?: { name: string; value?: string }[] }[] } } | null)) {
      const env = doc?.kind === 'Pod' ? doc.spec?.containers?.flatMap((c) => c.env ?? []) : undefined;
      const request = env?.find((e) => e.name === 'FEAST_TEST_REQUEST')?.value;
      if (request) return JSON.parse(request) as LiveExpectations['feastRequest'];
    }
  }
  return undefined;
}
