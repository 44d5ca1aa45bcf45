import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { alive } from '../../state.ts';

/** Processes of the host (from /proc): what the node left running, and killing it. */

/** A process seen in /proc. */
export interface HostProcess {
  pid: number;
  /** The executable's file name (from /proc/<pid>/exe, else the command). */
  exe: string;
  cmdline: string[];
  cgroups: string[];
}

function readProc(pid: number): HostProcess | undefined {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    let exe = cmdline[0] ?? '';
    try {
      exe = readlinkSync(`/proc/${pid}/exe`);
    } catch {
      /* kernel threads and exited processes have none */
    }
    const cgroups = readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n').filter(Boolean).map((l) => l.split(':').slice(2).join(':'));
    return { pid, exe: exe.split('/').pop()!.replace(/ \(deleted\)$/, ''), cmdline, cgroups };
  } catch {
    return undefined;
  }
}

export function processes(): HostProcess[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is HostProcess => p !== undefined);
}

/** SIGKILLs processes and waits (up to 10 s) until they are gone. */
export async function killAll(pids: number[]): Promise<void> {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && pids.some(alive)) await new Promise((r) => setTimeout(r, 100));
}
