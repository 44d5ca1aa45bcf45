import { runBinaryOrThrow } from '../../../tools/index.ts';

/** iptables and ip6tables rulesets: saved for comparison, and the node's chains removed. */

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
