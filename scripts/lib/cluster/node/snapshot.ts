import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cgroupMounts, iptablesSave, links, mounts, processes, readSysctls, systemPaths, touchedSysctls } from './host.ts';

/** Executables of the real node: none may run once it is stopped. */
export const nodeExecutables = ['containerd', 'containerd-shim-runc-v2', 'runc', 'kubelet', 'kube-proxy', 'coredns', 'pause'];

/** What the real node can change on the host, read from /proc, /sys and iptables-save. */
export interface HostSnapshot {
  /** Whole rulesets (counters dropped), IPv4 and IPv6. */
  iptables: string;
  ip6tables: string;
  links: string[];
  mountPoints: string[];
  /** `pid exe` of processes running one of the node's executables. */
  nodeProcesses: string[];
  /** Top-level cgroups of every hierarchy (`<hierarchy>/<name>`). */
  cgroups: string[];
  sysctls: Record<string, string>;
  /** The system paths the node must not leave behind that exist. */
  systemPaths: string[];
}

function topLevelCgroups(): string[] {
  return cgroupMounts().flatMap((h) => (existsSync(h) ? readdirSync(h).filter((e) => statSync(join(h, e)).isDirectory()).map((e) => join(h, e)) : [])).sort();
}

export async function hostSnapshot(): Promise<HostSnapshot> {
  return {
    iptables: await iptablesSave(4),
    ip6tables: await iptablesSave(6),
    links: links(),
    mountPoints: [...new Set(mounts().map((m) => m.mountPoint))].sort(),
    nodeProcesses: processes().filter((p) => nodeExecutables.includes(p.exe)).map((p) => `${p.pid} ${p.exe}`),
    cgroups: topLevelCgroups(),
    sysctls: readSysctls(touchedSysctls),
    systemPaths: systemPaths.filter(existsSync),
  };
}
