import { runOrThrow } from '../../../tools/index.ts';

/**
 * The host's nftables tables (`<family> <name>`, sorted), as Debian's nft lists them: iptables' own
 * tables (iptables-nft) and the NetworkPolicy engine's `inet kube-network-policies`.
 */
export async function nftTables(): Promise<string[]> {
  const out = await runOrThrow('nft', ['list', 'tables']);
  return out
    .split('\n')
    .map((l) => /^table (\S+) (\S+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}
