import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { type ToolName, startDetached } from '../tools/index.ts';
import { waitFor } from './kube.ts';
import { alive, stopProcessGroup } from './state.ts';

/**
 * Controllers the local provider runs on the host next to the control plane (the KubeRay operator,
 * prometheus-operator): started detached from the tools layer, ready once their health endpoint on
 * loopback answers 200, stopped as a process group.
 */

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Does http://127.0.0.1:<port><path> answer 2xx within 2 s? */
export async function answersOk(port: number, path: string): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

export interface HostProcessSpec {
  /** What the waits and errors call it, e.g. "the KubeRay operator". */
  name: string;
  tool: ToolName;
  args: readonly string[];
  logFile: string;
  env?: Record<string, string>;
  /** The loopback port and path that answer 200 once the process is ready. */
  ready: { port: number; path: string };
}

/** Starts the process and waits (60 s) for its health endpoint; a process that exits or never answers is stopped and reported with its log's tail. */
export async function startHostProcess(spec: HostProcessSpec): Promise<number> {
  const pid = await startDetached(spec.tool, spec.args, { logFile: spec.logFile, env: spec.env });
  try {
    await waitFor(`${spec.name} to answer ${spec.ready.path}`, async () => {
      if (!alive(pid)) throw new Error(`${spec.name} exited: ${readFileSync(spec.logFile, 'utf8').slice(-2000)}`);
      return (await answersOk(spec.ready.port, spec.ready.path)) ? true : undefined;
    }, { timeoutMs: 60_000, describe: async () => `see ${spec.logFile}` });
  } catch (error) {
    await stopProcessGroup(pid);
    throw error;
  }
  return pid;
}
