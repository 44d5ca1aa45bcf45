import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../../scripts/lib/manifests/index.ts';
import type { Container, PodSpec } from '../../../scripts/lib/manifests/pod-templates.ts';
import { run, runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * Runs a command of a stand-in image to completion under runc, in a container shaped like a chart's:
 * the pod's uid/gid and fsGroup, a read-only root filesystem when asked, the pod's volumes (emptyDir as
 * host directories or tmpfs, ConfigMaps from given manifests), host network, no capabilities, no
 * privilege escalation. The image tests read versions and check contracts with it; pods of the charts
 * run on the real node (real-platform.test.ts).
 */

/** An image unpacked once (umoci) and shared read-only by every container started from it. */
export interface UnpackedImage {
  rootfs: string;
  /** The runtime spec umoci derived from the image (env, cwd, user, default mounts and namespaces). */
  spec: RuntimeSpec;
  /** The OCI image config as the archive holds it. */
  config: OciImageConfig;
}

export interface OciImageConfig {
  User?: string;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  ExposedPorts?: Record<string, object>;
  Labels?: Record<string, string>;
}

const blob = (layout: string, digest: string) => JSON.parse(readFileSync(join(layout, 'blobs', ...digest.split(':')), 'utf8'));

interface RuntimeSpec {
  process: { user: { uid: number; gid: number; additionalGids?: number[] }; args: string[]; env: string[]; cwd: string; terminal?: boolean; noNewPrivileges?: boolean; capabilities?: Record<string, string[]>; rlimits?: unknown[] };
  root: { path: string; readonly?: boolean };
  mounts: { destination: string; type?: string; source?: string; options?: string[] }[];
  linux: { namespaces: { type: string }[]; [k: string]: unknown };
  [k: string]: unknown;
}

/** Extracts an OCI archive and unpacks its image into `dir` (rootfs + config.json). */
export async function unpackImage(archive: string, dir: string): Promise<UnpackedImage> {
  const layout = join(dir, 'layout');
  mkdirSync(layout, { recursive: true });
  await runOrThrow('tar', ['--extract', '--file', archive, '--directory', layout]);
  // umoci names images by a plain tag; the archive's name is the full reference, so alias it here.
  const indexFile = join(layout, 'index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  index.manifests[0].annotations['org.opencontainers.image.ref.name'] = 'image';
  writeFileSync(indexFile, JSON.stringify(index));
  const bundle = join(dir, 'bundle');
  await runOrThrow('umoci', ['unpack', '--image', `${layout}:image`, bundle]);
  const manifest = blob(layout, index.manifests[0].digest);
  const config = (blob(layout, manifest.config.digest) as { config: OciImageConfig }).config;
  return { rootfs: join(bundle, 'rootfs'), spec: JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')), config };
}

/** The image's environment as a map. */
export function imageEnv(image: UnpackedImage): Record<string, string> {
  return Object.fromEntries((image.config.Env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
}

export interface PodContext {
  /** Scratch directory of this pod (volumes, bundles, logs). */
  dir: string;
  /** runc's state directory, private to the test. */
  runcRoot: string;
  /** The manifests the pod came from (ConfigMaps are mounted from them). */
  manifests: Manifest[];
  /** Values for env entries that come from Secrets (`valueFrom.secretKeyRef`), by env name. */
  secretEnv?: Record<string, string>;
  /** Env values the test replaces (cluster DNS names that do not resolve outside a cluster), by env name. */
  envOverrides?: Record<string, string>;
}

/** Host directories backing the pod's volumes, created once per pod (containers of a pod share them). */
function volumeSources(pod: PodSpec, ctx: PodContext): Map<string, { source?: string; tmpfs?: boolean }> {
  const uid = Number(pod.securityContext?.runAsUser ?? 0);
  const fsGroup = Number(pod.securityContext?.fsGroup ?? pod.securityContext?.runAsGroup ?? 0);
  const out = new Map<string, { source?: string; tmpfs?: boolean }>();
  for (const v of pod.volumes ?? []) {
    const dir = join(ctx.dir, 'volumes', v.name);
    if (v.emptyDir?.medium === 'Memory') {
      out.set(v.name, { tmpfs: true });
    } else if (v.emptyDir || v.persistentVolumeClaim) {
      mkdirSync(dir, { recursive: true });
      chownSync(dir, uid, fsGroup);
      chmodSync(dir, 0o2775);
      out.set(v.name, { source: dir });
    } else if (v.configMap) {
      const configMap = v.configMap;
      const cm = ctx.manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === configMap.name);
      if (!cm) throw new Error(`volume ${v.name}: ConfigMap ${v.configMap.name} is not in the rendered manifests`);
      mkdirSync(dir, { recursive: true });
      for (const [key, value] of Object.entries((cm as { data?: Record<string, string> }).data ?? {})) writeFileSync(join(dir, key), value);
      out.set(v.name, { source: dir });
    } else if (v.projected || v.secret) {
      // No API server and no Secrets outside a cluster: an empty directory (a container that reads it fails visibly).
      mkdirSync(dir, { recursive: true });
      out.set(v.name, { source: dir });
    } else {
      throw new Error(`volume ${v.name}: kind ${Object.keys(v).filter((k) => k !== 'name').join(',')} is not supported by the runc harness`);
    }
  }
  return out;
}

function envOf(container: Container, ctx: PodContext): string[] {
  return (container.env ?? []).map((e) => {
    if (ctx.envOverrides?.[e.name] !== undefined) return `${e.name}=${ctx.envOverrides[e.name]}`;
    if (e.value !== undefined) return `${e.name}=${e.value}`;
    const secret = ctx.secretEnv?.[e.name];
    if (secret === undefined) throw new Error(`env ${e.name} of container ${container.name} comes from ${JSON.stringify(e.valueFrom)}: give the test a value (secretEnv)`);
    return `${e.name}=${secret}`;
  });
}

/** Kubernetes' rule: command replaces the entrypoint, args replace the cmd. */
function argsOf(container: Container, image: UnpackedImage): string[] {
  if (container.command?.length) return [...container.command, ...(container.args ?? [])];
  return [...(image.config.Entrypoint ?? []), ...(container.args ?? image.config.Cmd ?? [])];
}

let sequence = 0;

/**
 * Writes a runc bundle for one container of a pod: the image's config with the pod's user, the
 * container's command, env, volumes and security context, host network.
 */
function bundleFor(pod: PodSpec, container: Container, image: UnpackedImage, ctx: PodContext, volumes: Map<string, { source?: string; tmpfs?: boolean }>, override?: string[]): { id: string; bundle: string } {
  const id = `mlp-images-${process.pid}-${++sequence}-${container.name}`;
  const bundle = join(ctx.dir, 'bundles', id);
  mkdirSync(bundle, { recursive: true });
  const spec = structuredClone(image.spec);
  const uid = Number(container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser ?? spec.process.user.uid);
  const gid = Number(container.securityContext?.runAsGroup ?? pod.securityContext?.runAsGroup ?? spec.process.user.gid);
  const fsGroup = pod.securityContext?.fsGroup;
  spec.process.user = { uid, gid, ...(fsGroup !== undefined ? { additionalGids: [Number(fsGroup)] } : {}) };
  spec.process.args = override ?? argsOf(container, image);
  const env = new Map(spec.process.env.map((e) => [e.slice(0, e.indexOf('=')), e] as const));
  for (const e of envOf(container, ctx)) env.set(e.slice(0, e.indexOf('=')), e);
  spec.process.env = [...env.values()];
  if (container.workingDir) spec.process.cwd = String(container.workingDir);
  spec.process.terminal = false;
  spec.process.noNewPrivileges = container.securityContext?.allowPrivilegeEscalation === false;
  const dropAll = (container.securityContext?.capabilities?.drop ?? []).includes('ALL');
  if (dropAll) spec.process.capabilities = { bounding: [], effective: [], inheritable: [], permitted: [], ambient: [] };
  spec.root = { path: image.rootfs, readonly: container.securityContext?.readOnlyRootFilesystem === true };
  for (const m of container.volumeMounts ?? []) {
    const v = volumes.get(m.name);
    if (!v) throw new Error(`container ${container.name} mounts ${m.name}, which the pod does not declare`);
    spec.mounts.push(
      v.tmpfs
        ? { destination: m.mountPath, type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'mode=1777'] }
        : { destination: m.mountPath, type: 'bind', source: v.source!, options: ['rbind', m.readOnly ? 'ro' : 'rw'] },
    );
  }
  // Host network, as the harness reaches the container on 127.0.0.1.
  spec.linux.namespaces = spec.linux.namespaces.filter((n) => n.type !== 'network');
  writeFileSync(join(bundle, 'config.json'), JSON.stringify(spec));
  return { id, bundle };
}

/** A pod's containers, run the way the kubelet would run them (init containers to completion first). */
export class RuncPod {
  private readonly volumes: Map<string, { source?: string; tmpfs?: boolean }>;

  constructor(
    readonly pod: PodSpec,
    private readonly image: UnpackedImage,
    private readonly ctx: PodContext,
  ) {
    mkdirSync(ctx.runcRoot, { recursive: true });
    this.volumes = volumeSources(pod, ctx);
  }

  container(name: string): Container {
    const c = [...(this.pod.initContainers ?? []), ...this.pod.containers].find((x) => x.name === name);
    if (!c) throw new Error(`no container ${name} in the pod`);
    return c;
  }

  /** Runs a container to completion (an init container, a Job, a helm test); `args` replaces its command (a version probe). */
  async runToCompletion(name: string, args?: string[]): Promise<{ code: number; output: string }> {
    const { id, bundle } = bundleFor(this.pod, this.container(name), this.image, this.ctx, this.volumes, args);
    try {
      const result = await run('runc', ['--root', this.ctx.runcRoot, 'run', '--bundle', bundle, id]);
      return { code: result.code, output: `${result.stdout}${result.stderr}` };
    } finally {
      await run('runc', ['--root', this.ctx.runcRoot, 'delete', '--force', id]);
    }
  }
}

/**
 * Stops the containers an interrupted earlier run left behind (a detached `runc run` outlives the test
 * process): every container under `<tmp>/<prefix>*\/runc`, then those scratch directories.
 */
export async function reapStaleContainers(tmp: string, prefix: string, keep: string): Promise<string[]> {
  const reaped: string[] = [];
  for (const dir of readdirSync(tmp).filter((d) => d.startsWith(prefix)).map((d) => join(tmp, d))) {
    if (dir === keep) continue;
    const root = join(dir, 'runc');
    for (const id of existsSync(root) ? readdirSync(root) : []) {
      await run('runc', ['--root', root, 'kill', id, 'KILL']);
      await run('runc', ['--root', root, 'delete', '--force', id]);
      reaped.push(id);
    }
    await rm(dir, { recursive: true, force: true });
  }
  return reaped;
}
