import { join } from 'node:path';
import { planImage } from '../images/plan.ts';
import { imageUsesOf } from '../images/rendered.ts';
import { step } from '../log.ts';
import type { Manifest } from '../manifests/index.ts';
import { tools } from '../tools/catalog.ts';
import { toolPath } from '../tools/index.ts';
import { answersOk, freePort, startHostProcess } from './host-process.ts';
import { alive, clusterDir, stopProcessGroup } from './state.ts';
import type { Cluster } from './types.ts';

export interface OperatorProcess {
  pid: number;
  logFile: string;
  healthPort: number;
  metricsPort: number;
}

/** Is an operator we started earlier still running and healthy? */
export async function operatorRunning(op: OperatorProcess | undefined): Promise<boolean> {
  return op !== undefined && alive(op.pid) && (await answersOk(op.healthPort, '/readyz'));
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
    const pid = await startHostProcess({ name: 'the KubeRay operator', tool: 'kuberay', args, logFile, env: opts.env, ready: { port: healthPort, path: '/readyz' } });
    const op = { pid, logFile, healthPort, metricsPort };
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
