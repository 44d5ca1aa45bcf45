import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importImage } from '../../images/oci.ts';
import type { BuiltImage } from '../../images/node-images.ts';
import { step } from '../../log.ts';
import { runBinaryOrThrow, startDetached, toolBinary, toolPath } from '../../tools/index.ts';
import { waitFor } from '../kube.ts';
import { alive } from '../state.ts';
import type { NodePaths } from './paths.ts';

/** TOML basic strings accept JSON's escapes for the characters that occur in paths and refs. */
const q = (s: string) => JSON.stringify(s);

/**
 * containerd's configuration: its own root, state, socket, runc root and plugin dir under the
 * node's directory; the CRI plugin with the imported pause image as the sandbox, CNI from Debian's
 * plugin directory, runc with cgroupfs, netns mounts under the state dir, and
 * `restrict_oom_score_adj` (these VMs deny CAP_SYS_RESOURCE, so containerd may not lower a
 * container's OOM score below its own). Unprivileged ports and ICMP are allowed in pods, as
 * containerd 2 does by default (non-root servers bind low ports, e.g. CoreDNS on 53).
 */
export function containerdConfig(paths: NodePaths, sandboxImage: string, bins: { cniDir: string; runc: string }): string {
  const c = paths.containerd;
  return `version = 2
root = ${q(c.root)}
state = ${q(c.state)}

[grpc]
  address = ${q(c.socket)}

[plugins."io.containerd.internal.v1.opt"]
  path = ${q(c.opt)}

[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = ${q(sandboxImage)}
  restrict_oom_score_adj = true
  netns_mounts_under_state_dir = true
  enable_unprivileged_ports = true
  enable_unprivileged_icmp = true
  stream_server_address = "127.0.0.1"

  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = ${q(bins.cniDir)}
    conf_dir = ${q(paths.cni.confDir)}
    max_conf_num = 1

  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"

    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"

      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        BinaryName = ${q(bins.runc)}
        Root = ${q(c.runcRoot)}
        SystemdCgroup = false
`;
}

/**
 * A proxy address where nothing listens. containerd sends every registry request through it, so an
 * image that was not imported fails to pull at once, on this machine: without it, a pull would
 * resolve and contact a registry off the machine (none is reachable here anyway).
 */
export const noPullProxy = 'http://127.0.0.1:9';
const pullProxyEnv = { HTTP_PROXY: noPullProxy, HTTPS_PROXY: noPullProxy, http_proxy: noPullProxy, https_proxy: noPullProxy, NO_PROXY: '', no_proxy: '' };

/** Starts containerd detached with the node's configuration; returns its pid once its API answers. */
export async function startContainerd(paths: NodePaths, sandboxImage: string, env: Record<string, string>): Promise<number> {
  for (const dir of [paths.containerd.root, paths.containerd.state, paths.containerd.opt, paths.containerd.runcRoot, paths.logs]) mkdirSync(dir, { recursive: true });
  if (paths.containerd.socket.length > 100) throw new Error(`containerd socket path ${paths.containerd.socket} is longer than a unix socket allows (108). Fix: set MLP_CLUSTERS_DIR to a shorter directory.`);
  writeFileSync(paths.containerd.config, containerdConfig(paths, sandboxImage, { cniDir: dirname(await toolPath('cni')), runc: await toolPath('runc') }));
  const logFile = join(paths.logs, 'containerd.log');
  const pid = await startDetached('containerd', ['--config', paths.containerd.config], { logFile, env: { ...env, ...pullProxyEnv } });
  await waitFor('containerd to answer on its socket', async () => {
    if (!alive(pid)) throw new Error(`containerd exited; see ${logFile}`);
    if (!existsSync(paths.containerd.socket)) return undefined;
    await runBinaryOrThrow('containerd', 'ctr', ['--address', paths.containerd.socket, 'version']);
    return true;
  }, { timeoutMs: 30_000, intervalMs: 300, describe: async () => `see ${logFile}` });
  return pid;
}

/** Imports images into containerd's k8s.io namespace (where the kubelet's CRI looks). */
export async function importNodeImages(paths: NodePaths, images: BuiltImage[]): Promise<void> {
  for (const image of images) await step(`import ${image.ref} into containerd`, () => importImage({ archive: image.archive, containerdAddress: paths.containerd.socket }));
}

/** Image references containerd's CRI namespace holds. */
export async function containerdImages(paths: NodePaths): Promise<string[]> {
  const out = await runBinaryOrThrow('containerd', 'ctr', ['--address', paths.containerd.socket, '--namespace', 'k8s.io', 'images', 'list', '--quiet']);
  return out.split('\n').filter(Boolean);
}

/** The directories of the tools containerd and the CNI plugins exec (shim, runc, iptables). */
export async function nodeProcessPath(): Promise<string> {
  const dirs = await Promise.all([toolBinary('containerd', 'containerd-shim-runc-v2'), toolPath('runc'), toolPath('iptables'), toolPath('umount')].map(async (p) => dirname(await p)));
  return [...new Set([...dirs, ...(process.env.PATH ?? '').split(':').filter(Boolean)])].join(':');
}
