import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clustersDir } from '../state.ts';
import { cgroupMounts } from './host/cgroups.ts';
import { iptablesSave } from './host/iptables.ts';
import { links } from './host/links.ts';
import { mounts } from './host/mounts.ts';
import { nftTables } from './host/nftables.ts';
import { processes } from './host/processes.ts';
import { readSysctls, touchedSysctls } from './host/sysctls.ts';
import { systemPaths } from './host/system-paths.ts';
import { cgroupRootOf } from './paths.ts';

/** Executables of the real node: none of its own may run once it is stopped. */
export const nodeExecutables = ['containerd', 'containerd-shim-runc-v2', 'runc', 'kubelet', 'kube-proxy', 'kube-network-policies', 'coredns', 'pause', 'busybox'];
/** Top-level cgroups a kubelet or containerd would make (the node's own root, or defaults it must not use). */
const nodeCgroupNames = /^(mlp-node-|kubepods|kubelet|kube-proxy|containerd|k8s\.io)/;

/**
 * What the real node can change on the host, read from /proc, /sys, iptables-save and nft. Other work on
 * the machine may run runc or mount things meanwhile (image builds): processes, cgroups and mounts
 * are those of a node (under the clusters directory or a node's cgroup root, the names a kubelet or
 * containerd uses, the system paths, network namespaces); iptables, links and sysctls are whole.
 */
export interface HostSnapshot {
  /** Whole rulesets (counters dropped), IPv4 and IPv6. */
  iptables: string;
  ip6tables: string;
  /** nftables tables (`<family> <name>`): the NetworkPolicy engine's among them while the node runs. */
  nftTables: string[];
  links: string[];
  mountPoints: string[];
  /** `pid exe` of processes of a node: its executables, run from its directory or in its cgroup root. */
  nodeProcesses: string[];
  /** Top-level cgroups (`<hierarchy>/<name>`) with the names a node uses. */
  cgroups: string[];
  sysctls: Record<string, string>;
  /** The system paths the node must not leave behind that exist. */
  systemPaths: string[];
}

function nodeCgroups(): string[] {
  return cgroupMounts()
    .flatMap((h) => (existsSync(h) ? readdirSync(h).filter((e) => nodeCgroupNames.test(e) && statSync(join(h, e)).isDirectory()).map((e) => join(h, e)) : []))
    .sort();
}

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

export async function hostSnapshot(): Promise<HostSnapshot> {
  const cgroupPrefix = cgroupRootOf('');
  return {
    iptables: await iptablesSave(4),
    ip6tables: await iptablesSave(6),
    nftTables: await nftTables(),
    links: links(),
    mountPoints: [...new Set(mounts().filter((m) => m.fsType === 'nsfs' || [clustersDir, ...systemPaths].some((d) => under(m.mountPoint, d))).map((m) => m.mountPoint))].sort(),
    nodeProcesses: processes()
      .filter((p) => nodeExecutables.includes(p.exe) && (p.cmdline.join(' ').includes(clustersDir) || p.cgroups.some((c) => c.startsWith(cgroupPrefix))))
      .map((p) => `${p.pid} ${p.exe}`),
    cgroups: nodeCgroups(),
    sysctls: readSysctls(touchedSysctls),
    systemPaths: systemPaths.filter(existsSync),
  };
}
