import { createServer } from 'node:net';
import { join } from 'node:path';
import { planImage } from '../images/plan.ts';
import { imageUsesOf } from '../images/rendered.ts';
import { step } from '../log.ts';
import type { Manifest } from '../manifests/index.ts';
import { tools } from '../tools/catalog.ts';
import { startDetached, toolPath } from '../tools/index.ts';
import { waitFor } from './kube.ts';
import { alive, clusterDir, stopProcessGroup } from './state.ts';
import type { Cluster } from './types.ts';

export interface OperatorProcess {
  pid: number;
  logFile: string;
  healthPort: number;
  metricsPort: number;
}

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

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Is an operator we started earlier still running and healthy? */
export async function operatorRunning(op: OperatorProcess | undefined): Promise<boolean> {
  return op !== undefined && alive(op.pid) && (await healthy(op.healthPort));
}

/**
 * Runs the real KubeRay operator (built from its Go module) out of cluster against the cluster's API:
 * RayClusters are reconciled by the real controller into head/worker pods and services. It runs
 * detached (it outlives `up`); `stopOperator` ends it.
 */
export async function startOperator(cluster: Cluster, opts: { watchNamespaces?: string[]; env?: Record<string, string> } = {}): Promise<OperatorProcess> {
  await step(`tool kuberay (KubeRay operator ${tools.kuberay.version})`, () => toolPath('kuberay'));
  return step(`start KubeRay operator ${tools.kuberay.version}`, async () => {
    const [healthPort, metricsPort] = [await freePort(), await freePort()];
    const logFile = join(clusterDir(cluster.name), 'kuberay-operator.log');
    const args = [
      '--kubeconfig', cluster.kubeconfig,
      '--enable-leader-election=false',
      '--metrics-addr', `127.0.0.1:${metricsPort}`,
      '--health-probe-bind-address', `127.0.0.1:${healthPort}`,
      ...(opts.watchNamespaces?.length ? ['--watch-namespace', opts.watchNamespaces.join(',')] : []),
    ];
    // The operator reads the kubeconfig's current context; a kubeconfig of our own has the right one.
    const pid = await startDetached('kuberay', args, { logFile, env: opts.env });
    const op = { pid, logFile, healthPort, metricsPort };
    try {
      await waitFor('the KubeRay operator to answer /readyz', async () => {
        if (!alive(pid)) throw new Error(`the operator exited; see ${logFile}`);
        return (await healthy(healthPort)) ? true : undefined;
      }, { timeoutMs: 60_000, describe: async () => `see ${logFile}` });
    } catch (error) {
      await stopOperator(op);
      throw error;
    }
    return op;
  });
}

/** Stops the operator's process group: SIGTERM, then SIGKILL after 10 s. */
export async function stopOperator(op: OperatorProcess): Promise<void> {
  await stopProcessGroup(op.pid);
}

/**
 * Does a rendering run the KubeRay operator itself (ray-cluster's `operator.enabled`, as the prod
 * profile does)? Then the release brings its own controller, and a second one started by the toolkit
 * would reconcile the same RayClusters (two operators create duplicate head and worker pods).
 */
export function rendersKubeRayOperator(manifests: Manifest[]): boolean {
  return imageUsesOf(manifests, '', '').some((u) => planImage(u.ref)?.recipe.name === 'kuberay-operator');
}
