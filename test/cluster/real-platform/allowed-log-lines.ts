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
];
