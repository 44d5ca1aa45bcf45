import type { Manifest } from '../manifests/types.ts';

/** One violation: which policy, which object (`Kind/name`), where in it (JSON path) and why. */
export interface Finding {
  policy: string;
  object: string;
  path: string;
  message: string;
}

export type Policy = (docs: readonly Manifest[]) => Finding[];

export function finding(policy: string, object: string, path: string, message: string): Finding {
  return { policy, object, path, message };
}
