import { describe, expect, it } from 'vitest';
import { allowedLogLines } from '../cluster/real-platform/allowed-log-lines.ts';
import { type ContainerLog, errorSubject, unexplainedErrors } from '../cluster/support/container-logs.ts';

/** The real-pod tier's log check: a traceback is explained only by the exception it ends with. */
const feastNotFound = [
  '[2026-11-30 00:56:26 +0000] [13] [ERROR] Exception in ASGI application',
  'Traceback (most recent call last):',
  '  File "/opt/app-root/lib/python3.11/site-packages/uvicorn/protocols/http/httptools_impl.py", line 422, in run_asgi',
  '    result = await app(  # type: ignore[func-returns-value]',
  '  File "/opt/app-root/lib/python3.11/site-packages/feast/infra/registry/proto_registry_utils.py", line 160, in get_any_feature_view',
  '    raise FeatureViewNotFoundException(name, project)',
  'feast.errors.FeatureViewNotFoundException: Feature view driver_hourly_stats does not exist in project ml_platform',
  '10.244.0.30:42474 - "POST /get-online-features HTTP/1.1" 404',
];
const log = (lines: string[]): ContainerLog => ({ container: 'ns/pod/c', restarts: 0, log: lines.join('\n') });

describe('container log errors', () => {
  it('judges a traceback, and the log line announcing it, by the exception it ends with', () => {
    expect(errorSubject(feastNotFound, 0)).toBe(feastNotFound[6]);
    expect(errorSubject(feastNotFound, 1)).toBe(feastNotFound[6]);
    expect(errorSubject(['ERROR: plain'], 0)).toBe('ERROR: plain');
  });

  it('passes over another writer\'s line that lands inside a traceback (a concurrent request\'s access log line)', () => {
    const interleaved = [...feastNotFound.slice(0, 4), '127.0.0.1:35202 - "POST /get-online-features HTTP/1.1" 404', ...feastNotFound.slice(4)];
    expect(errorSubject(interleaved, 1)).toBe(feastNotFound[6]);
    expect(unexplainedErrors([log(interleaved)], allowedLogLines)).toEqual([]);
  });

  it('the allow-list explains a Feast 404 traceback, but not the same traceback ending in another exception', () => {
    expect(unexplainedErrors([log(feastNotFound)], allowedLogLines)).toEqual([]);
    const other = feastNotFound.map((l, i) => (i === 6 ? 'psycopg.OperationalError: connection refused' : l));
    expect(unexplainedErrors([log(other)], allowedLogLines)).toEqual([
      'ns/pod/c: [2026-11-30 00:56:26 +0000] [13] [ERROR] Exception in ASGI application (psycopg.OperationalError: connection refused)',
      'ns/pod/c: Traceback (most recent call last): (psycopg.OperationalError: connection refused)',
    ]);
  });

  it('reports PostgreSQL\'s sign of one TLS session written by two processes, although it logs it at level LOG', () => {
    const postgres = [
      '2026-11-30 05:21:05.482 UTC [285] LOG:  SSL error: decryption failed or bad record mac',
      '2026-11-30 05:24:46.161 UTC [364] LOG:  SSL error: unexpected eof while reading',
    ];
    expect(unexplainedErrors([log(postgres)], allowedLogLines)).toEqual([`ns/pod/c: ${postgres[0]}`]);
  });

  it('without an allow-list every error line of the Feast traceback is reported', () => {
    expect(unexplainedErrors([log(feastNotFound)], [])).toHaveLength(2);
  });

  it('the allow-list explains KubeRay\'s transient reconcile errors while a RayService starts, and no other reconcile error', () => {
    const reconcile = (logger: string, error: string) => `{"level":"error","ts":"2026-11-30T03:28:01.326Z","logger":"controllers.${logger}","msg":"Reconciler error","${logger}":{"name":"ml-platform-ray-cluster","namespace":"rp-serve-h3"},"reconcileID":"ff9923e9","error":"${error}"}`;
    const transient = [
      reconcile('RayService', 'found 0 head. cluster name ml-platform-ray-cluster-zzq48'),
      reconcile('RayCluster', 'Operation cannot be fulfilled on rayclusters.ray.io \\"ml-platform-ray-cluster-zzq48\\": the object has been modified; please apply your changes to the latest version and try again'),
      reconcile('RayService', 'Operation cannot be fulfilled on rayservices.ray.io \\"ml-platform-ray-cluster\\": the object has been modified; please apply your changes to the latest version and try again'),
      reconcile('RayService', 'failed to get Serve application statuses from the dashboard. If you observe this error consistently, please check ...'),
      reconcile('RayService', 'fail to create / update Serve applications. If you observe this error consistently, please check ...'),
    ];
    expect(unexplainedErrors([log(transient)], allowedLogLines)).toEqual([]);
    const lasting = [reconcile('RayService', 'failed to create RayCluster: admission webhook denied the request'), reconcile('RayJob', 'found 0 head. cluster name x')];
    expect(unexplainedErrors([log(lasting)], allowedLogLines)).toHaveLength(2);
  });

  it('the allow-list explains KubeRay removing a deleted worker\'s exited pod (both lines it logs), not another failure of the same reconcile', () => {
    const errorReconcile = (error: string) => `{"level":"error","ts":"2026-11-30T10:00:55.865Z","logger":"controllers.RayCluster","msg":"Error reconcile resources","RayCluster":{"name":"ml-platform-ray-cluster-pv4gq","namespace":"rp-mon-h4"},"reconcileID":"4cb58021","function name":"github.com/ray-project/kuberay/ray-operator/controllers/ray.(*RayClusterReconciler).reconcilePods-fm","error":"${error}"}`;
    const reconcilerError = (error: string) => `{"level":"error","ts":"2026-11-30T10:00:55.900Z","logger":"controllers.RayCluster","msg":"Reconciler error","RayCluster":{"name":"ml-platform-ray-cluster-pv4gq","namespace":"rp-mon-h4"},"reconcileID":"4cb58021","error":"${error}"}`;
    expect(unexplainedErrors([log([errorReconcile('delete 1 unhealthy worker Pods'), reconcilerError('delete 1 unhealthy worker Pods')])], allowedLogLines)).toEqual([]);
    expect(unexplainedErrors([log([errorReconcile('failed to create worker Pod: pods is forbidden'), reconcilerError('failed to create worker Pod: pods is forbidden')])], allowedLogLines)).toHaveLength(2);
  });
});
