import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, runBinaryOrThrow, runOrThrow } from '../../tools/index.ts';
import { alive } from '../state.ts';

/**
 * What the real node changes on the host, read and undone without a daemon: sysctls, mounts,
 * processes, cgroups, iptables chains, links. Reads go to /proc and /sys; changes go through the
 * pinned tools (iptables, ip, umount).
 */

/**
 * Sysctls the node may change: the ones it sets (forwarding, bridge netfilter), the kubelet's kernel
 * tunables (it sets them unless protectKernelDefaults), kube-proxy's conntrack and route_localnet
 * (its configuration asks it to leave them, recorded all the same).
 */
export const touchedSysctls = [
  'net.ipv4.ip_forward',
  'net.ipv6.conf.all.forwarding',
  'net.bridge.bridge-nf-call-iptables',
  'net.bridge.bridge-nf-call-ip6tables',
  'net.ipv4.conf.all.route_localnet',
  'vm.overcommit_memory',
  'vm.panic_on_oom',
  'kernel.panic',
  'kernel.panic_on_oops',
  'kernel.keys.root_maxkeys',
  'kernel.keys.root_maxbytes',
  'net.netfilter.nf_conntrack_max',
  'net.netfilter.nf_conntrack_tcp_timeout_established',
  'net.netfilter.nf_conntrack_tcp_timeout_close_wait',
];

const sysctlPath = (name: string) => join('/proc/sys', ...name.split('.'));

/** Current values of sysctls (absent ones omitted). */
export function readSysctls(names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) if (existsSync(sysctlPath(name))) out[name] = readFileSync(sysctlPath(name), 'utf8').trim();
  return out;
}

export function writeSysctl(name: string, value: string): void {
  writeFileSync(sysctlPath(name), value);
}

/**
 * System paths a kubelet or containerd creates by default. The node is configured to use none, but
 * some are fixed in the binaries (the kubelet's /var/log/containers symlinks, containerd 1.6 shim
 * sockets under /run/containerd/s): those that did not exist before the node started are removed.
 */
export const systemPaths = ['/var/lib/kubelet', '/var/log/containers', '/var/log/pods', '/var/lib/containerd', '/run/containerd', '/opt/containerd', '/var/lib/cni', '/etc/cni', '/opt/cni', '/run/netns', '/var/run/netns', '/usr/libexec/kubernetes'];

/** One line of /proc/self/mountinfo: where, what type, from what source. */
export interface Mount {
  mountPoint: string;
  fsType: string;
  source: string;
}

/** Octal escapes in mountinfo paths (`\040` is a space). */
const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

export function mounts(): Mount[] {
  return parseMountinfo(readFileSync('/proc/self/mountinfo', 'utf8'));
}

/** Parses /proc/<pid>/mountinfo (fields before ` - `: id, parent, dev, root, mount point, ...; after: type, source). */
export function parseMountinfo(text: string): Mount[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pre, post] = line.split(' - ');
      const fields = pre!.split(' ');
      const [fsType, source] = post!.split(' ');
      return { mountPoint: unescape(fields[4]!), fsType: fsType!, source: unescape(source ?? '') };
    });
}

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/** Unmounts every mount at or below `dir`, deepest first (lazily when busy). Returns what was unmounted. */
export async function unmountUnder(dir: string): Promise<string[]> {
  const points = [...new Set(mounts().map((m) => m.mountPoint).filter((p) => under(p, dir)))].sort((a, b) => b.split('/').length - a.split('/').length || b.localeCompare(a));
  for (const point of points) {
    const result = await run('umount', [point]);
    if (result.code !== 0 && mounts().some((m) => m.mountPoint === point)) await runOrThrow('umount', ['--lazy', point]);
  }
  return points;
}

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

/** Mount points of the cgroup hierarchies (v1 controllers and the unified v2 one). */
export function cgroupMounts(): string[] {
  return mounts().filter((m) => m.fsType === 'cgroup' || m.fsType === 'cgroup2').map((m) => m.mountPoint);
}

/** Creates a cgroup in every hierarchy (cpuset inherits its parent's cpus and mems, else no task could join). */
export function createCgroup(path: string): void {
  for (const hierarchy of cgroupMounts()) {
    const dir = join(hierarchy, path);
    if (!existsSync(dir)) mkdirSync(dir); // the kernel fills a new cgroup directory with its control files
    for (const file of ['cpuset.cpus', 'cpuset.mems']) {
      const own = join(dir, file);
      if (existsSync(own) && readFileSync(own, 'utf8').trim() === '') writeFileSync(own, readFileSync(join(hierarchy, file), 'utf8').trim());
    }
  }
}

/** Removes a cgroup and every cgroup below it, deepest first, in every hierarchy. Returns what remained (busy). */
export function removeCgroupTree(path: string): string[] {
  const left: string[] = [];
  const removeDir = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const child = join(dir, entry);
      if (statSync(child).isDirectory()) removeDir(child);
    }
    try {
      rmdirSync(dir);
    } catch {
      left.push(dir);
    }
  };
  for (const hierarchy of cgroupMounts()) {
    const dir = join(hierarchy, path);
    if (existsSync(dir)) removeDir(dir);
  }
  return left;
}

export type IpFamily = 4 | 6;
const iptablesBin = (family: IpFamily) => (family === 4 ? 'iptables' : 'ip6tables');

/**
 * `iptables-save` (or ip6tables-save) of the whole ruleset, counters dropped, without the tables
 * that hold no rule and only ACCEPT policies: such a table filters nothing, and iptables has no
 * command to delete a table once the kernel made it (the first `iptables -t mangle ...` does).
 */
export async function iptablesSave(family: IpFamily): Promise<string> {
  return normalizeIptablesSave(await runBinaryOrThrow('iptables', `${iptablesBin(family)}-save`, []));
}

export function normalizeIptablesSave(out: string): string {
  const tables = out.split(/^(?=\*)/m).map((t) => t.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/ \[\d+:\d+\]$/, '')));
  const inert = (lines: string[]) => lines.every((l) => l.startsWith('*') || l === 'COMMIT' || /^:\S+ ACCEPT$/.test(l));
  return tables.filter((lines) => lines.length > 0 && !inert(lines)).map((lines) => lines.join('\n')).join('\n');
}

/**
 * The `iptables-restore --noflush` script that deletes every chain whose name starts with one of
 * the prefixes (KUBE-, CNI-, MLP-): the rules of other chains that jump to them first (as saved,
 * `-A` turned into `-D`), then their rules, then the chains. Empty when there is nothing to remove.
 */
export function chainRemovalScript(save: string, prefixes: string[]): string {
  const ours = (chain: string) => prefixes.some((p) => chain.startsWith(p));
  const out: string[] = [];
  for (const table of save.split(/^(?=\*)/m).filter((t) => t.startsWith('*'))) {
    const lines = table.split('\n');
    const chains = lines.filter((l) => l.startsWith(':')).map((l) => l.slice(1).split(' ')[0]!).filter(ours);
    if (chains.length === 0) continue;
    const jumps = lines.filter((l) => l.startsWith('-A ') && !ours(l.split(' ')[1]!) && ours(/ -[jg] (\S+)/.exec(l)?.[1] ?? ''));
    out.push(lines[0]!, ...jumps.map((l) => `-D ${l.slice(3)}`), ...chains.map((c) => `-F ${c}`), ...chains.map((c) => `-X ${c}`), 'COMMIT');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Removes the chains with those prefixes (see chainRemovalScript) in one iptables-restore; returns the script applied. */
export async function removeChains(family: IpFamily, prefixes: string[]): Promise<string> {
  const bin = iptablesBin(family);
  const script = chainRemovalScript(await runBinaryOrThrow('iptables', `${bin}-save`, []), prefixes);
  if (script) await runBinaryOrThrow('iptables', `${bin}-restore`, ['--noflush'], { input: script });
  return script;
}

/** Names of the network links (interfaces) of the host network namespace. */
export function links(): string[] {
  return readdirSync('/sys/class/net').sort();
}

/** Deletes a link if it exists (a bridge; a veth takes its peer with it, and vanishes by itself with its pod's netns). */
export async function deleteLink(name: string): Promise<void> {
  const exists = () => existsSync(join('/sys/class/net', name));
  if (!exists()) return;
  const result = await run('ip', ['link', 'delete', name]);
  if (result.code !== 0 && exists()) throw new Error(`ip link delete ${name} exited ${result.code}: ${result.stderr.trim()}`);
}

/** Links enslaved to a bridge (the host ends of the pods' veths). */
export function bridgePorts(bridge: string): string[] {
  const dir = join('/sys/class/net', bridge, 'brif');
  return existsSync(dir) ? readdirSync(dir) : [];
}
