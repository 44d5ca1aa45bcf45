import { monitoringNamespace, prometheusName, prometheusPort } from '../../../scripts/lib/cluster/monitoring/resources.ts';
import { withPortForward } from '../../../scripts/lib/cluster/port-forward.ts';
import { httpCall } from '../../../scripts/lib/cluster/probe-http.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';

/** The local Prometheus' HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/), through a port-forward to its Service. */
export interface PrometheusApi {
  get<T>(path: string, params?: Record<string, string | string[]>): Promise<T>;
}

export interface ActiveTarget {
  scrapePool: string;
  scrapeUrl: string;
  health: 'up' | 'down' | 'unknown';
  lastError: string;
  labels: Record<string, string>;
}

export interface AlertingRule {
  name: string;
  state: 'inactive' | 'pending' | 'firing';
  query: string;
  health: string;
  lastError?: string;
  /** The rule's active (pending or firing) alerts, each with its labels. */
  alerts?: { state: 'pending' | 'firing'; labels: Record<string, string> }[];
}

/** An API error (status "error") names the call and Prometheus' own message. */
export class PrometheusError extends Error {}

function api(base: string): PrometheusApi {
  return {
    async get<T>(path: string, params: Record<string, string | string[]> = {}): Promise<T> {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : [v]) query.append(k, one);
      const answer = await httpCall(`${base}${path}${query.size ? `?${query}` : ''}`, { timeoutMs: 30_000 });
      const body = JSON.parse(answer.body || '{}') as { status?: string; data?: T; errorType?: string; error?: string };
      if (answer.status !== 200 || body.status !== 'success') throw new PrometheusError(`GET ${path} ${JSON.stringify(params)}: ${answer.status} ${body.errorType ?? ''} ${body.error ?? answer.body.slice(0, 300)}`);
      return body.data as T;
    },
  };
}

export function withPrometheus<T>(cluster: Cluster, fn: (p: PrometheusApi) => Promise<T>): Promise<T> {
  return withPortForward(cluster, monitoringNamespace, `svc/${prometheusName}`, prometheusPort, (port) => fn(api(`http://127.0.0.1:${port}`)));
}

export const activeTargets = async (p: PrometheusApi) => (await p.get<{ activeTargets: ActiveTarget[] }>('/api/v1/targets', { state: 'active' })).activeTargets;

/** Label sets of a metric's series over the last `range` (the metric's own name and every label name the series carry). */
export const seriesOf = (p: PrometheusApi, metric: string, range = 600) => p.get<Record<string, string>[]>('/api/v1/series', { 'match[]': metric, start: String(Date.now() / 1000 - range), end: String(Date.now() / 1000) });

export async function alertingRules(p: PrometheusApi): Promise<AlertingRule[]> {
  const data = await p.get<{ groups: { rules: (AlertingRule & { type: string })[] }[] }>('/api/v1/rules', { type: 'alert' });
  return data.groups.flatMap((g) => g.rules);
}
