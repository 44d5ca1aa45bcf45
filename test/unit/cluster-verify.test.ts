import type { CoreV1Event, V1Pod, V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { accessPoints, portForwardCommand } from '../../scripts/lib/cluster/access.ts';
import { aliveRayNodes } from '../../scripts/lib/cluster/live-checks.ts';
import { notReadyReason, restartCause, restarts } from '../../scripts/lib/cluster/pod-status.ts';
import { changeWaitArgs } from '../../scripts/lib/cluster/releases.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import { profileFile } from '../../scripts/lib/scenarios/index.ts';
import { accessLines } from '../../scripts/lib/cluster/verify.ts';

describe('why a pod is not ready (pod-status.ts)', () => {
  const pod = (status: V1Pod['status']): V1Pod => ({ metadata: { name: 'p', uid: 'u1' }, status });
  const event = (reason: string, message: string, fieldPath: string, at: string): CoreV1Event => ({ metadata: {}, involvedObject: { kind: 'Pod', name: 'p', uid: 'u1', fieldPath }, reason, message, lastTimestamp: new Date(at) });

  it('names the failing probe with the kubelet\'s latest message for a running container that is not ready', () => {
    const p = pod({ phase: 'Running', containerStatuses: [{ name: 'feature-server', ready: false, restartCount: 0, image: 'i', imageID: '', state: { running: {} } }] });
    const events = [
      event('Unhealthy', 'Readiness probe failed: Get "http://10.244.0.3:6566/x": connection refused', 'spec.containers{feature-server}', '2026-01-01T00:00:00Z'),
      event('Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404', 'spec.containers{feature-server}', '2026-01-01T00:01:00Z'),
    ];
    expect(notReadyReason(p, events)).toBe('container feature-server running, not ready: Readiness probe failed: HTTP probe failed with statuscode: 404');
  });

  it('names why a container restarted: its last exit, and the kubelet\'s probe and kill events about it, also once the pod is gone', () => {
    const restarted = pod({ phase: 'Running', containerStatuses: [{ name: 'feature-server', ready: true, restartCount: 1, image: 'i', imageID: '', state: { running: {} }, lastState: { terminated: { exitCode: 137, reason: 'Error', finishedAt: new Date('2026-11-30T11:29:02Z') } } }] });
    const events = [
      event('Unhealthy', 'Liveness probe failed: dial tcp 10.244.0.9:6566: i/o timeout', 'spec.containers{feature-server}', '2026-11-30T11:28:40Z'),
      event('Killing', 'Container feature-server failed liveness probe, will be restarted', 'spec.containers{feature-server}', '2026-11-30T11:29:00Z'),
      event('Scheduled', 'Successfully assigned', '', '2026-11-30T11:24:00Z'),
      event('Unhealthy', 'Readiness probe failed: another container', 'spec.containers{other}', '2026-11-30T11:29:01Z'),
    ];
    const causes = 'events: Killing: Container feature-server failed liveness probe, will be restarted (x1) | Unhealthy: Liveness probe failed: dial tcp 10.244.0.9:6566: i/o timeout (x1)';
    expect(restartCause(restarted, 'feature-server', events)).toBe(`last exit 137 (Error) at 2026-11-30T11:29:02.000Z; ${causes}`);
    expect(restartCause({ metadata: { name: 'p' } }, 'feature-server', events)).toBe(`last exit not recorded; ${causes}`);
    expect(restartCause(restarted, 'feature-server', [])).toBe('last exit 137 (Error) at 2026-11-30T11:29:02.000Z; events: none');
  });

  it('names a waiting container\'s reason and last exit, scheduling failures, and restarts', () => {
    const crash = pod({ phase: 'Running', containerStatuses: [{ name: 'mlflow', ready: false, restartCount: 3, image: 'i', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } } }] });
    expect(notReadyReason(crash, [])).toBe('container mlflow CrashLoopBackOff: back-off 40s restarting failed container; last exit 137 (OOMKilled); mlflow restarted 3x');
    expect(restarts([crash])).toEqual(['p/mlflow (3, last exit 137 OOMKilled)']);
    const unscheduled = pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', message: '0/5 nodes are available: 1 Insufficient cpu.' }] });
    expect(notReadyReason(unscheduled, [])).toBe('not scheduled: 0/5 nodes are available: 1 Insufficient cpu.');
    const init = pod({ phase: 'Pending', initContainerStatuses: [{ name: 'feast-apply', ready: false, restartCount: 0, image: 'i', imageID: '', state: { terminated: { exitCode: 1, reason: 'Error' } } }] });
    expect(notReadyReason(init, [])).toBe('init container feast-apply exited 1 (Error)');
  });
});

describe('the access points of the status page (access.ts)', () => {
  it('are the user-facing ports of the umbrella\'s Services, never metrics, GCS or headless ports; Serve only with an application', async () => {
    const docs = await render('ml-platform', { values: [profileFile('dev')], release: 'ml-platform', namespace: 'ml', apiVersions: ['security.istio.io/v1'] });
    const services = docs.filter((d) => d.kind === 'Service') as unknown as V1Service[];
    const points = accessPoints(services);
    expect(points.map((a) => [a.kind, a.service, a.port, a.use])).toEqual([
      ['mlflow', 'ml-platform-mlflow-platform', 5000, 'http://localhost:5000'],
      ['feast', 'ml-platform-feast-server', 6566, 'http://localhost:6566/health'],
      ['ray-dashboard', 'ml-platform-ray-cluster-head', 8265, 'http://localhost:8265'],
      ['ray-client', 'ml-platform-ray-cluster-head', 10001, 'ray://localhost:10001'],
    ]);
    expect(portForwardCommand(points[0]!)).toBe('kubectl -n ml port-forward svc/ml-platform-mlflow-platform 5000:5000');
    expect(accessPoints(services, { serveRoute: '/hello' }).find((a) => a.kind === 'ray-serve')).toMatchObject({ service: 'ml-platform-ray-cluster-serve', port: 8000, use: 'http://localhost:8000/hello' });
  });

  it('print the kubeconfig and the provisioned kubectl first, so that every command runs as printed', () => {
    const lines = accessLines({ cluster: { provider: 'local', name: 'mlp', kubeconfig: '/k/kubeconfig' }, kubectl: '/tools/kubectl/1.35.2/kubectl', access: [] });
    expect(lines.slice(0, 2)).toEqual(['  export KUBECONFIG=/k/kubeconfig', '  export PATH=/tools/kubectl/1.35.2:$PATH']);
  });
});

describe('Ray\'s alive nodes from the autoscaler status (GET /api/cluster_status?format=1)', () => {
  const status = (body: string) => `======== Autoscaler status: 2026-11-29 15:04:23 ========\nNode status\n---------------------------------------------------------------\n${body}\nPending:\n (no pending nodes)\nRecent failures:\n (no failures)\n`;
  it('counts active and idle nodes (autoscaler v2) and healthy ones (v1), not pending ones', () => {
    expect(aliveRayNodes(status('Active:\n (no active nodes)\nIdle:\n 1 headgroup\n 1 cpu'))).toBe(2);
    expect(aliveRayNodes(status('Active:\n 1 headgroup\n 2 cpu\nIdle:\n (no idle nodes)'))).toBe(3);
    expect(aliveRayNodes(status('Healthy:\n 1 node_abc\n 1 node_def'))).toBe(2);
    expect(aliveRayNodes(null)).toBeUndefined();
  });
});

describe('waiting on upgrades (releases.ts)', () => {
  it('Helm 4 waits for upgrades and rollbacks as Helm 3 does: its kstatus wait would hold a RayCluster whose observedGeneration KubeRay leaves stale', () => {
    expect(changeWaitArgs(4)).toEqual(['--wait=legacy']);
    expect(changeWaitArgs(3)).toEqual(['--wait']);
  });
});
