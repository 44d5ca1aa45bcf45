import type { AllowedLine } from '../support/container-logs.ts';

/**
 * Error-looking lines the platform's programs print when nothing is wrong, each with the reason it is
 * expected. Short on purpose: a line is added only with its cause understood. Ray's object-store
 * fallback warning is not here (the chart sizes /dev/shm for the store).
 */
export const allowedLogLines: AllowedLine[] = [];
