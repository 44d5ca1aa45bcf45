import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, type Server, createServer as createNetServer } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Listens on loopback on a port the kernel picks; returns the port. */
export async function listenOnFreePort(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port free on loopback now, for a server of another process (it binds it a moment later). */
export async function freeLoopbackPort(): Promise<number> {
  const probe = createNetServer();
  const port = await listenOnFreePort(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface Served {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.yaml': 'application/x-yaml',
  '.yml': 'application/x-yaml',
  '.tgz': 'application/gzip',
  '.prov': 'text/plain',
  '.asc': 'application/pgp-keys',
  '.md': 'text/markdown',
};

/**
 * Serves a directory read-only over HTTP on loopback, on a free port: a static chart repository as
 * GitHub Pages would serve it (GET and HEAD of files; anything else, or outside the directory, 404/405).
 */
export async function serveDirectory(dir: string): Promise<Served> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream', 'content-length': statSync(path).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
  const port = await listenOnFreePort(server);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
