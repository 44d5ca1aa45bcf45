import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { step } from '../log.ts';
import { imagesCacheDir } from '../paths.ts';
import { type ToolName, toolBinary, toolPath, tools } from '../tools/index.ts';
import { type ImageConfig, packImage } from './oci.ts';

/** An image archive ready to import, and the reference it carries. */
export interface BuiltImage {
  ref: string;
  archive: string;
}

/** A scratch image made of static binaries from the tool cache. */
export interface ScratchImage {
  name: string;
  ref: string;
  /** Binaries copied to `/<bin>` in the image: the tool's main binary, or `bin`, one it installs beside it. */
  binaries: { tool: ToolName; bin?: string; path: string }[];
  /** Files written into the image (mode 0644). */
  files?: Record<string, string>;
  /** Directories created with an owner (`uid:gid`) and mode. */
  dirs?: { path: string; owner: string; mode: number }[];
  config: ImageConfig;
}

/**
 * The node's own images, the pod sandbox (pause) and the cluster DNS, and the one its tests run
 * (Debian's static busybox: a shell, httpd, wget, nslookup). Not pulled: built here from pinned sources.
 */
export const nodeImageRecipes = {
  pause: {
    name: 'pause',
    ref: `mlp.local/node/pause:${tools.pause.version}`,
    binaries: [{ tool: 'pause', path: '/pause' }],
    config: { user: '65535:65535', entrypoint: ['/pause'], labels: { 'org.opencontainers.image.title': 'pause (ml-platform-charts local node)' } },
  },
  coredns: {
    name: 'coredns',
    ref: `mlp.local/node/coredns:${tools.coredns.version}`,
    binaries: [{ tool: 'coredns', path: '/coredns' }],
    config: { user: '65532:65532', entrypoint: ['/coredns'], exposedPorts: ['53/udp', '53/tcp'], labels: { 'org.opencontainers.image.title': 'CoreDNS (ml-platform-charts local node)', 'org.opencontainers.image.version': tools.coredns.version } },
  },
  busybox: {
    name: 'busybox',
    ref: `mlp.local/test/busybox:${tools.busybox.version}`,
    binaries: [{ tool: 'busybox', path: '/bin/busybox' }],
    config: { user: '65534:65534', entrypoint: ['/bin/busybox'], cmd: ['sh'], labels: { 'org.opencontainers.image.title': "Debian's busybox-static (ml-platform-charts local node tests)" } },
  },
} satisfies Record<string, ScratchImage>;

const binaryOf = (b: ScratchImage['binaries'][number]) => (b.bin ? toolBinary(b.tool, b.bin) : toolPath(b.tool));

/** The key of an image's inputs: its recipe and the bytes of every binary in it. */
async function imageKey(image: ScratchImage): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ ref: image.ref, config: image.config, paths: image.binaries.map((b) => b.path), files: image.files ?? {}, dirs: image.dirs ?? [] }));
  for (const b of image.binaries) hash.update(readFileSync(await binaryOf(b)));
  return hash.digest('hex').slice(0, 16);
}

/** Builds a scratch image into the image cache unless an archive with the same inputs is there. */
export async function buildScratchImage(image: ScratchImage): Promise<BuiltImage> {
  const key = await imageKey(image);
  const archive = join(imagesCacheDir, image.name, `${key}.oci.tar`);
  if (existsSync(archive)) return { ref: image.ref, archive };
  await step(`build image ${image.ref} (scratch, static binaries)`, async () => {
    const rootfs = mkdtempSync(join(tmpdir(), `mlp-rootfs-${image.name}-`));
    chmodSync(rootfs, 0o755); // the image's `/`: mkdtemp makes it 0700, which a non-root user could not traverse
    try {
      for (const b of image.binaries) {
        const dest = join(rootfs, b.path);
        mkdirSync(dirname(dest), { recursive: true });
        copyFileSync(await binaryOf(b), dest);
        chmodSync(dest, 0o755);
      }
      for (const [path, content] of Object.entries(image.files ?? {})) {
        const dest = join(rootfs, path);
        mkdirSync(dirname(dest), { recursive: true });
        writeFileSync(dest, content);
        chmodSync(dest, 0o644);
      }
      for (const d of image.dirs ?? []) {
        const dir = join(rootfs, d.path);
        mkdirSync(dir, { recursive: true });
        const [uid, gid] = d.owner.split(':').map(Number);
        chownSync(dir, uid!, gid!);
        chmodSync(dir, d.mode);
      }
      await packImage({ rootfs, ref: image.ref, config: image.config, out: archive });
    } finally {
      rmSync(rootfs, { recursive: true, force: true });
    }
  });
  return { ref: image.ref, archive };
}

export async function nodeImages(): Promise<{ pause: BuiltImage; coredns: BuiltImage }> {
  return { pause: await buildScratchImage(nodeImageRecipes.pause), coredns: await buildScratchImage(nodeImageRecipes.coredns) };
}
