import { kubectlTarget } from '../../../scripts/lib/cluster/crds.ts';
import { type Kube, waitFor } from '../../../scripts/lib/cluster/kube.ts';
import { httpCall } from '../../../scripts/lib/cluster/probe-http.ts';
import { withPortForward } from '../../../scripts/lib/cluster/port-forward.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * Feature rows the tests write and expect back: exact binary fractions, so values compare equal after
 * float32; entities the chart's helm test does not write (it writes driver 1001 with the current time,
 * which would win over older offline rows in the online store).
 */
export const driverRows = [
  { driver_id: 5001, conv_rate: 0.5, acc_rate: 0.75, avg_daily_trips: 10 },
  { driver_id: 5002, conv_rate: 0.25, acc_rate: 0.125, avg_daily_trips: 20 },
];
export const featureRequest = { features: ['driver_hourly_stats:conv_rate', 'driver_hourly_stats:acc_rate'], entities: { driver_id: driverRows.map((r) => r.driver_id) } };

/** Runs Python in a container of a Deployment's pod (`kubectl exec`), the script on stdin. */
export function execPython(cluster: Cluster, namespace: string, target: string, container: string, script: string): Promise<string> {
  return runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', namespace, 'exec', '-i', target, '-c', container, '--', 'python', '-'], { input: script });
}

const rowsLiteral = JSON.stringify(driverRows);

/**
 * The offline data of the chart's demo repository (a FileSource at /data/driver_stats.parquet), written
 * into the feature server's own data volume: the dev profile keeps the registry and the SQLite online
 * store there, so materialization runs in that pod (the server's POST /materialize).
 */
export function writeDriverStatsParquet(cluster: Cluster, namespace: string, deployment: string): Promise<string> {
  return execPython(cluster, namespace, `deploy/${deployment}`, 'feature-server', `
import json, pandas as pd
from datetime import datetime, timezone
now = datetime.now(timezone.utc)
df = pd.DataFrame(json.loads('${rowsLiteral}'))
df["event_timestamp"] = now
df["created"] = now
df.to_parquet("/data/driver_stats.parquet")
print(f"wrote {len(df)} rows")
`);
}

/**
 * The offline data of the prod test repository (a PostgreSQLSource over table driver_stats), inserted
 * into the feast database with the feature server's own credentials (FEAST_POSTGRES_PASSWORD).
 */
export function writeDriverStatsTable(cluster: Cluster, namespace: string, deployment: string, host: string): Promise<string> {
  return execPython(cluster, namespace, `deploy/${deployment}`, 'feature-server', `
import json, os, psycopg
from datetime import datetime, timezone
now = datetime.now(timezone.utc)
rows = json.loads('${rowsLiteral}')
with psycopg.connect(host="${host}", dbname="feast", user="feast", password=os.environ["FEAST_POSTGRES_PASSWORD"], sslmode="require") as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS driver_stats (driver_id BIGINT, conv_rate REAL, acc_rate REAL, avg_daily_trips BIGINT, event_timestamp TIMESTAMPTZ, created TIMESTAMPTZ)")
    conn.execute("DELETE FROM driver_stats")
    for r in rows:
        conn.execute("INSERT INTO driver_stats VALUES (%s, %s, %s, %s, %s, %s)", (r["driver_id"], r["conv_rate"], r["acc_rate"], r["avg_daily_trips"], now, now))
print(f"inserted {len(rows)} rows")
`);
}

/**
 * What the prod path holds when a read comes back without the written values: PostgreSQL's clock and
 * the offline rows, the feature view's materialization intervals in the registry, and the Redis keys,
 * read from the feature server's pod with its own configuration and credentials.
 */
export function feastStoreState(cluster: Cluster, namespace: string, deployment: string, host: string): Promise<string> {
  return execPython(cluster, namespace, `deploy/${deployment}`, 'feature-server', `
import json, os, psycopg
from feast import FeatureStore
from feast.infra.online_stores.redis import RedisOnlineStore
out = {}
with psycopg.connect(host="${host}", dbname="feast", user="feast", password=os.environ["FEAST_POSTGRES_PASSWORD"], sslmode="require") as conn:
    out["postgres_now"] = str(conn.execute("SELECT now()").fetchone()[0])
    out["rows"] = [[str(v) for v in row] for row in conn.execute("SELECT * FROM driver_stats").fetchall()]
store = FeatureStore(repo_path="/etc/feast")
out["intervals"] = [[str(a), str(b)] for a, b in store.get_feature_view("driver_hourly_stats").materialization_intervals]
client = RedisOnlineStore()._get_client(store.config.online_store)
out["redis_keys"] = [str(k) for k in client.keys("*")][:20]
print(json.dumps(out))
`).catch((e) => `(store state unavailable: ${String(e).slice(0, 500)})`);
}

/**
 * Materializes the last day through the feature server's API (POST /materialize), up to a minute ahead:
 * the timestamps go at whole seconds, and an end truncated to the second the rows were written in would
 * leave them out (event_timestamp > end_ts).
 */
export async function materializeThroughServer(base: string): Promise<void> {
  const end = new Date(Date.now() + 60_000);
  const start = new Date(end.getTime() - 24 * 3600_000);
  const answer = await httpCall(`${base}/materialize`, { method: 'POST', body: JSON.stringify({ feature_views: ['driver_hourly_stats'], start_ts: start.toISOString().slice(0, 19), end_ts: end.toISOString().slice(0, 19) }), timeoutMs: 120_000 });
  if (answer.status !== 200) throw new Error(`POST /materialize answered ${answer.status}: ${answer.body.slice(0, 400)}`);
}

/** Runs the chart's materialization CronJob once, as a Job made from it (`kubectl create job --from=cronjob/...`), and waits for it. */
export async function runCronJobOnce(cluster: Cluster, k: Kube, namespace: string, cronJob: string): Promise<string> {
  const name = `${cronJob}-now-${Date.now().toString(36)}`.slice(0, 52);
  await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', namespace, 'create', 'job', name, `--from=cronjob/${cronJob}`]);
  await waitFor(`Job ${namespace}/${name} to complete`, async () => {
    const status = (await k.batch.readNamespacedJob({ name, namespace })).status;
    if (status?.failed) throw new Error(`Job ${name} failed`);
    return status?.succeeded ? true : undefined;
  }, { timeoutMs: 600_000, intervalMs: 3000 });
  return name;
}

export interface OnlineFeatures {
  names: string[];
  /** Values by feature name, one per requested entity. */
  values: Record<string, unknown[]>;
  /** The server's whole answer (statuses and event timestamps), for a failure's message. */
  answer: string;
}

export async function onlineFeatures(base: string, request = featureRequest): Promise<OnlineFeatures> {
  const answer = await httpCall(`${base}/get-online-features`, { method: 'POST', body: JSON.stringify(request) });
  if (answer.status !== 200) throw new Error(`POST /get-online-features answered ${answer.status}: ${answer.body.slice(0, 400)}`);
  const body = JSON.parse(answer.body) as { metadata: { feature_names: string[] }; results: { values: unknown[] }[] };
  return { names: body.metadata.feature_names, values: Object.fromEntries(body.metadata.feature_names.map((n, i) => [n, body.results[i]!.values])), answer: answer.body };
}

export function withFeast<T>(cluster: Cluster, namespace: string, service: string, fn: (base: string) => Promise<T>): Promise<T> {
  return withPortForward(cluster, namespace, `svc/${service}`, 6566, (port) => fn(`http://127.0.0.1:${port}`));
}
