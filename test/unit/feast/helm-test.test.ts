import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../../scripts/lib/helm/render.ts';
import { get } from '../../../scripts/lib/manifests/index.ts';
import { run } from '../../../scripts/lib/tools/index.ts';

/**
 * The helm test script as the chart renders it, run by a real Python against a small Feast stand-in that
 * answers in the feature server's JSON shape (feast 0.66 `POST /get-online-features` with
 * full_feature_names: per feature, values and statuses per entity; NOT_FOUND and null where the online
 * store has nothing). The test must fail when the answer only names the features.
 */
type Row = Record<string, unknown>;
interface Feast {
  writes: { feature_view_name: string; df: Record<string, unknown[]> }[];
  /** What the stand-in's online store keeps of a write (a store that drops it models "nothing materialized"). */
  keep: (row: Row) => Row | undefined;
  /** The stand-in's online store. */
  rows: Row[];
  /** Reads answered 404 before the feature view is known (a server whose cached registry predates feast apply). */
  staleReads: number;
}

const body = async (req: IncomingMessage) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : undefined;
};

/** A Feast stand-in that serves whichever state `current()` returns (one per test). */
function feastStandIn(current: () => Feast): Server {
  return createServer(async (req, res) => {
    const feast = current();
    const rows = feast.rows;
    const send = (status: number, json: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
    if (req.method === 'GET' && req.url === '/health') return send(200, null);
    const request = await body(req);
    if (req.url === '/write-to-online-store') {
      feast.writes.push(request);
      const columns = Object.keys(request.df);
      for (let i = 0; i < request.df[columns[0]!].length; i++) {
        const kept = feast.keep(Object.fromEntries(columns.map((c) => [c, request.df[c][i]])));
        if (kept) rows.push(kept);
      }
      return send(200, null);
    }
    if (req.url === '/get-online-features') {
      if (feast.staleReads > 0) {
        feast.staleReads--;
        return send(404, { detail: 'Feature view driver_hourly_stats does not exist in project ml_platform' });
      }
      const keys = Object.keys(request.entities);
      const count = request.entities[keys[0]!].length;
      const found = (i: number) => rows.find((r) => keys.every((k) => r[k] === request.entities[k][i]));
      const results = [
        ...keys.map((k) => ({ values: request.entities[k], statuses: request.entities[k].map(() => 'PRESENT') })),
        ...(request.features as string[]).map((ref) => {
          const feature = ref.split(':')[1]!;
          const values = Array.from({ length: count }, (_, i) => found(i)?.[feature] ?? null);
          return { values, statuses: values.map((v) => (v === null ? 'NOT_FOUND' : 'PRESENT')) };
        }),
      ];
      const names = [...keys, ...(request.features as string[]).map((ref) => (request.full_feature_names ? ref.replace(':', '__') : ref.split(':')[1]))];
      return send(200, { metadata: { feature_names: names }, results });
    }
    send(404, { detail: 'Not Found' });
  });
}

describe('Feast helm test script', async () => {
  const docs = await render('charts/feast');
  const container = (get(docs, 'Pod', 'test-feast-test') as any).spec.containers[0];
  const env = Object.fromEntries((container.env as any[]).map((e) => [e.name, e.value as string]));
  let server: Server;
  let feast: Feast;
  beforeAll(async () => {
    server = feastStandIn(() => feast);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const runTest = async (keep: Feast['keep'], opts: { staleReads?: number; env?: Record<string, string> } = {}) => {
    feast = { writes: [], keep, rows: [], staleReads: opts.staleReads ?? 0 };
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await run('python', container.command.slice(1), { env: { ...env, FEAST_URL: url, ...opts.env } });
    return { ...result, writes: feast.writes };
  };

  it('writes the configured rows stamped with the current time, reads them back and passes', async () => {
    const write = JSON.parse(env.FEAST_TEST_WRITE!);
    const r = await runTest((row) => row);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.writes).toHaveLength(1);
    const df = r.writes[0]!.df;
    expect(r.writes[0]!.feature_view_name).toBe(write.featureView);
    for (const [column, value] of Object.entries(write.rows[0])) expect(df[column]).toEqual([value]);
    for (const field of write.timestampFields) expect(Math.abs(Date.parse(`${df[field]![0]}Z`) - Date.now())).toBeLessThan(600_000);
  });

  it('retries a 404 while the server\'s cached registry predates feast apply (it reloads every server.registryTtlSeconds), then passes', async () => {
    expect(env.FEAST_TEST_REGISTRY_WAIT_SECONDS).toBe('90');
    const r = await runTest((row) => row, { staleReads: 1 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('POST /get-online-features: 404 (registry not reloaded since feast apply yet)');
    expect(feast.staleReads).toBe(0);
  });

  it('fails on a 404 that lasts beyond the registry wait', async () => {
    const r = await runTest((row) => row, { staleReads: 1000, env: { FEAST_TEST_REGISTRY_WAIT_SECONDS: '1' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('HTTP Error 404');
  });

  it('fails when every feature comes back null (nothing in the online store), naming each one', async () => {
    const r = await runTest(() => undefined);
    expect(r.code).not.toBe(0);
    const request = JSON.parse(env.FEAST_TEST_REQUEST!);
    for (const ref of request.features) expect(r.stderr).toContain(`${ref} of {'driver_id': 1001}: no value (NOT_FOUND)`);
  });

  it('fails when a value read back differs from the one written', async () => {
    const r = await runTest((row) => ({ ...row, conv_rate: 0.25 }));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("driver_hourly_stats:conv_rate of {'driver_id': 1001}: read 0.25, wrote 0.5");
  });
});

describe('helm test values', () => {
  it.each([3, 4] as const)('rows to write need the feature view they belong to (helm %i)', async (helm) => {
    const r = await tryRender('charts/feast', { valuesObject: { tests: { write: { featureView: '' } } }, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toContain('tests.write.featureView');
  });

  it('renders no write when there are no rows (the test only reads)', async () => {
    const docs = await render('charts/feast', { valuesObject: { tests: { write: { rows: [] } } } });
    const env = ((get(docs, 'Pod', 'test-feast-test') as any).spec.containers[0].env as any[]).map((e) => e.name);
    expect(env).toContain('FEAST_TEST_REQUEST');
    expect(env).not.toContain('FEAST_TEST_WRITE');
  });
});
