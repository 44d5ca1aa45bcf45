import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import { get, type Manifest } from '../../../scripts/lib/manifests/index.ts';
import { scrapeTargets } from '../../../scripts/lib/manifests/monitors.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { run, startDetached } from '../../../scripts/lib/tools/index.ts';

/**
 * MLflow's metrics reach Prometheus whatever the pod CIDR. `mlflow server` validates the Host header
 * of every request but /health and /version against --allowed-hosts (checked with MLflow 3.17.0: a
 * scrape of /metrics by pod IP 100.64.1.5 or [fd00::5] gets 403 "Invalid Host header"), so the chart
 * serves the server's multiprocess metrics files from a listener of its own.
 */
const chart = 'charts/mlflow-platform';
const exporter = readFileSync(join(repoRoot, chart, 'files', 'metrics_exporter.py'), 'utf8');
const apiVersions = ['monitoring.coreos.com/v1'];

describe('the metrics listener of the MLflow pod', async () => {
  const docs = await render(chart, { apiVersions });
  const pod = (get(docs, 'Deployment').spec as any).template.spec;
  const mlflow = pod.containers.find((c: any) => c.name === 'mlflow');
  const metrics = pod.containers.find((c: any) => c.name === 'metrics');

  it('is what the ServiceMonitor scrapes: a container of its own, not the MLflow server and its Host validation', () => {
    const targets = scrapeTargets(docs);
    expect(targets.map((t) => [t.container.name, t.containerPort.name, t.containerPort.containerPort])).toEqual([['metrics', 'metrics', 9090]]);
    expect(metrics.command).toEqual(['python', '-c']);
    expect(metrics.args).toEqual([exporter]);
  });

  it("reads the files the server writes (--expose-prometheus's directory), mounted read-only", () => {
    const dir = mlflow.args[mlflow.args.indexOf('--expose-prometheus') + 1];
    expect(Object.fromEntries(metrics.env.map((e: any) => [e.name, e.value]))).toMatchObject({ METRICS_DIR: dir, METRICS_PORT: '9090', MLFLOW_HEALTH_URL: 'http://127.0.0.1:5000/health' });
    expect(metrics.volumeMounts).toEqual([{ name: 'metrics', mountPath: dir, readOnly: true }]);
    expect(mlflow.volumeMounts).toContainEqual({ name: 'metrics', mountPath: dir });
    expect(metrics.image).toBe(mlflow.image);
  });

  it('follows metrics.port, and is gone with metrics off', async () => {
    const [moved, off] = await Promise.all([render(chart, { apiVersions, set: { 'metrics.port': 9464 } }), render(chart, { apiVersions, set: { 'metrics.enabled': false } })]);
    expect(scrapeTargets(moved).map((t) => t.containerPort.containerPort)).toEqual([9464]);
    expect((get(off, 'Deployment').spec as any).template.spec.containers.map((c: any) => c.name)).toEqual(['mlflow']);
  });
});

describe('files/metrics_exporter.py, run against multiprocess files written by prometheus_client', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlp-mlflow-metrics-'));
  let pid = 0;
  let port = 0;
  /** A stand-in for the MLflow server's /health. */
  let health: Server;
  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
  const get = (host: string, hostHeader: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host, port, path: '/metrics', headers: { Host: hostHeader } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    // What `mlflow server --expose-prometheus` leaves in the directory: prometheus_client's multiprocess files.
    const write = await run('python', ['-c', "from prometheus_client import Counter\nCounter('mlflow_http_request_total', 'requests', ['method', 'status']).labels('POST', '500').inc(3)"], { env: { PROMETHEUS_MULTIPROC_DIR: dir } });
    expect(write.code, write.stderr).toBe(0);
    port = await freePort();
    const healthPort = await freePort();
    health = createHttpServer((req, res) => res.writeHead(req.url === '/health' ? 200 : 404).end('OK')).listen(healthPort, '127.0.0.1');
    pid = await startDetached('python', ['-c', exporter], { env: { METRICS_DIR: dir, METRICS_PORT: String(port), MLFLOW_HEALTH_URL: `http://127.0.0.1:${healthPort}/health` }, logFile: join(dir, 'exporter.log') });
    for (let i = 0; i < 100 && !readFileSync(join(dir, 'exporter.log'), 'utf8').includes('serving'); i++) await sleep(100);
  });
  afterAll(() => {
    if (pid) process.kill(-pid);
    health?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a scrape by pod IP from any range: CGNAT and IPv6 Host headers included', async () => {
    for (const host of ['100.64.1.5:9090', '[fd00::5]:9090', '10.244.0.7:9090']) {
      const r = await get('127.0.0.1', host);
      expect(r.status, host).toBe(200);
      expect(r.body).toContain('mlflow_http_request_total{method="POST",status="500"} 3.0');
    }
  });

  it.skipIf(!Object.values(networkInterfaces()).flat().some((i) => i?.address === '::1'))('listens on IPv6 too (IPv6-only and dual-stack pods)', async () => {
    expect((await get('::1', '[fd00::5]:9090')).status).toBe(200);
  });

  it('fails the scrape (up = 0, MLflowServerDown) while the MLflow server does not answer /health', async () => {
    await new Promise((resolve) => health.close(resolve));
    const r = await get('127.0.0.1', '100.64.1.5:9090');
    expect(r.status).toBe(503);
    expect(r.body).not.toContain('mlflow_http_request_total');
  });
});
