import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runBinaryOrThrow, runOrThrow } from '../tools/index.ts';

/** The runtime configuration of an image (OCI image config `config` fields). */
export interface ImageConfig {
  user?: string;
  env?: Record<string, string>;
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  /** `53/udp`, `8080/tcp`. */
  exposedPorts?: string[];
  labels?: Record<string, string>;
}

/** umoci config flags for an image config (each list flag repeated once per element). */
function configFlags(config: ImageConfig): string[] {
  return [
    ...(config.user ? ['--config.user', config.user] : []),
    ...Object.entries(config.env ?? {}).flatMap(([k, v]) => ['--config.env', `${k}=${v}`]),
    ...(config.entrypoint ?? []).flatMap((a) => ['--config.entrypoint', a]),
    ...(config.cmd ?? []).flatMap((a) => ['--config.cmd', a]),
    ...(config.workingDir ? ['--config.workingdir', config.workingDir] : []),
    ...(config.exposedPorts ?? []).flatMap((p) => ['--config.exposedports', p]),
    ...Object.entries(config.labels ?? {}).flatMap(([k, v]) => ['--config.label', `${k}=${v}`]),
  ];
}

/**
 * Packs a root filesystem directory into an OCI image archive at `out` whose index names `ref`.
 * umoci makes a one-layer image in a scratch OCI layout and sets its config; skopeo writes the
 * layout as an `oci-archive` whose `org.opencontainers.image.ref.name` is the full reference, which
 * `ctr images import` takes as the image name. `out` appears only when complete.
 */
export async function packImage(opts: { rootfs: string; ref: string; config: ImageConfig; out: string }): Promise<void> {
  mkdirSync(dirname(opts.out), { recursive: true });
  const work = mkdtempSync(join(dirname(opts.out), '.pack-'));
  const image = `${join(work, 'layout')}:build`;
  try {
    await runOrThrow('umoci', ['init', '--layout', join(work, 'layout')]);
    await runOrThrow('umoci', ['new', '--image', image]);
    await runOrThrow('umoci', ['insert', '--image', image, opts.rootfs, '/']);
    await runOrThrow('umoci', ['config', '--image', image, '--no-history', '--created', '1970-01-01T00:00:00Z', ...configFlags(opts.config)]);
    await runOrThrow('umoci', ['gc', '--layout', join(work, 'layout')]);
    const partial = join(work, 'image.tar');
    await runOrThrow('skopeo', ['--insecure-policy', 'copy', '--quiet', `oci:${image}`, `oci-archive:${partial}:${opts.ref}`]);
    renameSync(partial, opts.out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Imports an OCI archive into containerd's k8s.io namespace under its ref. */
export async function importImage(opts: { archive: string; containerdAddress: string }): Promise<void> {
  await runBinaryOrThrow('containerd', 'ctr', ['--address', opts.containerdAddress, '--namespace', 'k8s.io', 'images', 'import', opts.archive]);
}
