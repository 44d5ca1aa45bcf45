import { request as httpRequest } from 'node:http';
import { connect as http2Connect } from 'node:http2';
import { request as httpsRequest } from 'node:https';

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * One HTTP(S) request from this machine (through a port-forward), following no redirect. HTTPS
 * accepts any certificate: the check is whether the server answers, not who signed its certificate
 * (a chart's TLS may use the operator's own CA).
 */
export function httpCall(url: string, opts: { method?: string; body?: string; timeoutMs?: number; headers?: Record<string, string> } = {}): Promise<HttpAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: opts.method ?? 'GET',
        headers: { ...(opts.body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(opts.body) } : {}), ...opts.headers },
        rejectUnauthorized: false,
        timeout: opts.timeoutMs ?? 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${opts.method ?? 'GET'} ${url}: no answer within ${opts.timeoutMs ?? 15_000} ms`)));
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

/**
 * Is a gRPC (HTTP/2) server answering at host:port? Opens an HTTP/2 connection and waits for the
 * server's SETTINGS frame, which every HTTP/2 server sends first (Ray's client server, Feast's
 * registry and Arrow Flight servers are gRPC). A plain TCP accept is not enough: a port-forward
 * accepts locally whatever the pod does.
 */
export function grpcAnswers(host: string, port: number, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const session = http2Connect(`http://${host}:${port}`);
    const timer = setTimeout(() => {
      session.destroy();
      reject(new Error(`no HTTP/2 SETTINGS from ${host}:${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    session.once('remoteSettings', () => {
      clearTimeout(timer);
      session.close();
      resolve();
    });
    session.once('error', (error) => {
      clearTimeout(timer);
      session.destroy();
      reject(error);
    });
  });
}
