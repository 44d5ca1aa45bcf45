import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDetached } from '../tools/index.ts';
import { kubectlTarget } from './crds.ts';
import { waitFor } from './kube.ts';
import { stopProcessGroup } from './state.ts';
import type { Cluster } from './types.ts';

/**
 * `kubectl port-forward` to a Service's or pod's port, on a free local port, for the duration of `fn`
 * (the kubectl process is stopped after, pass or fail). Port-forwarding goes through the kubelet into the
 * pod's network namespace, as a user's does: it needs no route to pod IPs and passes NetworkPolicies.
 */
export async function withPortForward<T>(cluster: Cluster, namespace: string, target: string, remotePort: number, fn: (localPort: number) => Promise<T>): Promise<T> {
  const logFile = join(tmpdir(), `mlp-port-forward-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.log`);
  closeSync(openSync(logFile, 'w'));
  const pid = await startDetached('kubectl', [...kubectlTarget(cluster), '-n', namespace, 'port-forward', target, `:${remotePort}`], { logFile });
  try {
    const localPort = await waitFor(`kubectl port-forward ${target} ${remotePort} to listen`, async () => {
      const log = readFileSync(logFile, 'utf8');
      const match = /Forwarding from 127\.0\.0\.1:(\d+)/.exec(log);
      if (!match && /error/i.test(log)) throw new Error(log.trim());
      return match ? Number(match[1]) : undefined;
    }, { timeoutMs: 30_000, intervalMs: 200, describe: async () => readFileSync(logFile, 'utf8') });
    return await fn(localPort);
  } finally {
    await stopProcessGroup(pid, 2000);
    rmSync(logFile, { force: true });
  }
}
