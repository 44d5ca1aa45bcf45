import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../paths.ts';
import type { Cluster } from './types.ts';

/** Where clusters started by the toolkit keep their kubeconfig, kwok workdir, operator log and state. */
export const clustersDir = process.env.MLP_CLUSTERS_DIR ?? join(cacheDir, 'clusters');

export function clusterDir(name: string): string {
  const dir = join(clustersDir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What `up` started, so that `down` (another process) stops exactly that. */
export interface ClusterState {
  cluster: Cluster;
  /** The cluster was created by us (local/kind) rather than borrowed (current). */
  created: boolean;
  operator?: { pid: number; logFile: string; healthPort: number; metricsPort: number };
  /** prometheus-operator of the local monitoring stack (namespace monitoring), a host process. */
  monitoring?: { pid: number; logFile: string; webPort: number };
  /** Helm releases installed by `up`. */
  releases?: { release: string; namespace: string; chart: string; helm: 3 | 4 }[];
}

const stateFile = (name: string) => join(clustersDir, name, 'state.json');

export function readState(name: string): ClusterState | undefined {
  const file = stateFile(name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClusterState) : undefined;
}

export function writeState(state: ClusterState): void {
  clusterDir(state.cluster.name);
  writeFileSync(stateFile(state.cluster.name), `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(name: string): void {
  rmSync(stateFile(name), { force: true });
}

/** True while a process with this pid exists (signal 0 probes without killing). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its new parent) answers signal 0 but is gone.
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

/** Stops a process started detached (its own process group): SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcessGroup(pid: number, graceMs = 10_000): Promise<void> {
  if (!alive(pid)) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) signal('SIGKILL');
  const killed = Date.now() + 5000;
  while (alive(pid) && Date.now() < killed) await new Promise((r) => setTimeout(r, 100));
}
