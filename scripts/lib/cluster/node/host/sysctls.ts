import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kernel parameters the node changes, read and written through /proc/sys. */

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
