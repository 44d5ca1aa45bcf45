import type { AllowedLine } from '../support/container-logs.ts';

/**
 * Error-looking lines the platform's programs print when nothing is wrong, each with the reason it is
 * expected. Short on purpose: a line is added only with its cause understood. Ray's object-store
 * fallback warning is not here (the chart sizes /dev/shm for the store).
 */
export const allowedLogLines: AllowedLine[] = [
  {
    // uvicorn logs the traceback of every unhandled exception; the feature server answers this one with 404.
    pattern: /^feast\.errors\.FeatureViewNotFoundException: Feature view \S+ does not exist in project \S+$/,
    reason:
      "With a shared registry (prod: PostgreSQL) the feature servers start before the post-install feast apply and serve their cached registry until the next reload (server.registryTtlSeconds): a read in between is answered 404. verify and the chart's helm test retry it; a view that stays unknown fails their reads, so nothing is hidden.",
  },
  ...[
    /"error":"found 0 head\. cluster name /,
    /"error":"Operation cannot be fulfilled on (rayclusters|rayservices)\.ray\.io /,
    /"error":"failed to get Serve application statuses from the dashboard/,
    /"error":"fail to create \/ update Serve applications\. If you observe this error consistently/,
    /"error":"delete \d+ unhealthy worker Pods"/,
  ].map((error) => ({
    // The whole line: the operator's JSON logger, a controller's "Reconciler error", then that error.
    pattern: new RegExp(`^\\{"level":"error",.*"logger":"controllers\\.(RayService|RayCluster)","msg":"Reconciler error",.*${error.source}`),
    reason:
      "KubeRay's controllers log every reconcile that returns an error and requeue it: while a RayService starts, its RayCluster has no head pod yet (found 0 head), two reconciles race on the RayCluster's or RayService's status (optimistic concurrency: the object has been modified), and the head's dashboard or Serve is not answering yet; and (the live monitoring tier deletes the Ray worker pod) the deleted worker's pod, whose Ray process has exited at the end of its drain, is seen not running and removed, which KubeRay reports as an error to requeue. Each is retried; the Serve scenario then requires the RayService Ready, the application RUNNING and answering, so a failure that persists still fails the tier.",
  })),
  {
    // The same KubeRay reconcile, logged once more by the RayCluster controller before it returns the error.
    pattern: /^\{"level":"error",.*"logger":"controllers\.RayCluster","msg":"Error reconcile resources",.*"error":"delete \d+ unhealthy worker Pods"/,
    reason:
      'KubeRay deletes a worker pod whose Ray container is no longer running and requeues the RayCluster with an error (ray-operator controllers/ray/raycluster_controller.go, reconcilePods); the live monitoring tier deletes the worker pod, and the tier then requires the replacement ready and the alert resolved.',
  },
];
