import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { NodePaths } from './paths.ts';

/**
 * What the real node started and what the host looked like before, written before each change so
 * that `down` (another process, possibly after a crash halfway through a start) undoes exactly it.
 */
export interface RealNodeState {
  nodeName: string;
  nodeIp: string;
  cgroupRoot: string;
  pids: { containerd?: number; kubelet?: number; kubeProxy?: number; networkPolicies?: number };
  /** Values of the touched sysctls before the node started. */
  sysctlsBefore: Record<string, string>;
  /** System paths that did not exist before the node started. */
  absentSystemPaths: string[];
}

export function readNodeState(paths: NodePaths): RealNodeState | undefined {
  return existsSync(paths.stateFile) ? (JSON.parse(readFileSync(paths.stateFile, 'utf8')) as RealNodeState) : undefined;
}

export function writeNodeState(paths: NodePaths, state: RealNodeState): void {
  mkdirSync(dirname(paths.stateFile), { recursive: true });
  writeFileSync(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
}
