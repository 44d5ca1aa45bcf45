import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../tools/index.ts';

/** Network links of the host network namespace (from /sys/class/net), deleted with `ip`. */

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
