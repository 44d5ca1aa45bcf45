import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runOrThrow } from '../tools/index.ts';
import { normalizeReference } from './reference.ts';

export interface ImageConfig {
  user?: string;
  env?: Record<string, string>;
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  exposedPorts?: string[];
  labels?: Record<string, string>;
}

/** The name containerd gives an imported image (ctr import reads it from the index; without it a full reference is skipped). */
const containerdNameAnnotation = 'io.containerd.image.name';
const ociRefNameAnnotation = 'org.opencontainers.image.ref.name';
/** Fixed creation time: the same inputs give the same image config. */
const epoch = '1970-01-01T00:00:00Z';

function configArgs(config: ImageConfig): string[] {
  const args = ['--created', epoch, '--os', 'linux', '--architecture', 'amd64', '--no-history'];
  if (config.user !== undefined) args.push('--config.user', config.user);
  for (const [k, v] of Object.entries(config.env ?? {})) args.push('--config.env', `${k}=${v}`);
  // umoci clears a list only when told; an empty list means "none", like Docker's ENTRYPOINT [].
  if (config.entrypoint) args.push('--clear=config.entrypoint', ...config.entrypoint.flatMap((a) => ['--config.entrypoint', a]));
  if (config.cmd) args.push('--clear=config.cmd', ...config.cmd.flatMap((a) => ['--config.cmd', a]));
  if (config.workingDir !== undefined) args.push('--config.workingdir', config.workingDir);
  for (const port of config.exposedPorts ?? []) args.push('--config.exposedports', port);
  for (const [k, v] of Object.entries(config.labels ?? {})) args.push('--config.label', `${k}=${v}`);
  return args;
}

/** Names the layout's single manifest with the normalized reference, for OCI tools and for containerd's importer. */
function nameManifest(layout: string, ref: string): void {
  const file = join(layout, 'index.json');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { manifests: { annotations?: Record<string, string> }[] };
  if (index.manifests.length !== 1) throw new Error(`OCI layout ${layout} holds ${index.manifests.length} manifests, expected 1`);
  const name = normalizeReference(ref);
  index.manifests[0]!.annotations = { [ociRefNameAnnotation]: name, [containerdNameAnnotation]: name };
  writeFileSync(file, JSON.stringify(index));
}

/** Packs a root filesystem directory into an OCI image archive at `out` whose index names `ref`. */
export async function packImage(opts: { rootfs: string; ref: string; config: ImageConfig; out: string }): Promise<void> {
  // The layout is built next to the archive (same filesystem: the final rename is atomic), in the archive's
  // directory, made here: in a fresh cache it does not exist yet (the node's scratch images failed on it).
  mkdirSync(dirname(opts.out), { recursive: true });
  const work = mkdtempSync(join(dirname(opts.out), '.pack-'));
  const layout = join(work, 'layout');
  const image = `${layout}:image`;
  try {
    await runOrThrow('umoci', ['init', '--layout', layout]);
    await runOrThrow('umoci', ['new', '--image', image]);
    await runOrThrow('umoci', ['insert', '--image', image, '--history.created', epoch, opts.rootfs, '/']);
    await runOrThrow('umoci', ['config', '--image', image, ...configArgs(opts.config)]);
    await runOrThrow('umoci', ['gc', '--layout', layout]);
    nameManifest(layout, opts.ref);
    const partial = `${opts.out}.partial-${process.pid}`;
    await runOrThrow('tar', ['--create', '--file', partial, '--directory', layout, '--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=${epoch}`, '.']);
    renameSync(partial, opts.out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Imports an OCI archive into containerd's k8s.io namespace under its ref. */
export async function importImage(opts: { archive: string; containerdAddress: string }): Promise<void> {
  // k8s.io is the namespace the CRI plugin (and so the kubelet) reads images from.
  await runOrThrow('ctr', ['--address', opts.containerdAddress, '--namespace', 'k8s.io', 'images', 'import', opts.archive]);
}

/** The manifest digest an OCI archive's index names (what containerd records for the imported image). */
export async function archiveManifestDigest(archive: string): Promise<string> {
  const index = JSON.parse(await runOrThrow('tar', ['--extract', '--to-stdout', '--file', archive, './index.json'])) as { manifests: { digest: string }[] };
  const digest = index.manifests[0]?.digest;
  if (!digest) throw new Error(`OCI archive ${archive} names no manifest in its index.json`);
  return digest;
}
