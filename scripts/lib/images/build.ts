import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recordBuild } from '../build-times.ts';
import { step, withHeartbeat } from '../log.ts';
import { runOrThrow, toolPath } from '../tools/index.ts';
import { imagesCacheDir, inputsKey } from './cache.ts';
import { ensureBase, extractBase } from './debian.ts';
import { packImage } from './oci.ts';
import { type PlannedImage, archivePath, rootfsInputs } from './plan.ts';
import { downloadWheels, stageWheels } from './wheels.ts';

function owner(spec: string): [number, number] {
  const [uid, gid] = spec.split(':').map(Number);
  return [uid!, gid ?? uid!];
}

function writeFileInto(rootfs: string, path: string, content: string): void {
  const file = join(rootfs, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  chmodSync(file, /\/(s?bin|libexec\/[^/]+)\/[^/]+$|\.sh$/.test(path) ? 0o755 : 0o644);
}

/** Runs a script inside the root filesystem, without the host's pip settings (PIP_FIND_LINKS, PIP_CERT, ...). */
const chroot = (rootfs: string, script: string) => runOrThrow('chroot', [rootfs, '/bin/sh', '-ec', `for v in $(env | sed -n 's/^\\(PIP_[A-Z_]*\\)=.*/\\1/p'); do unset "$v"; done\n${script}`]);

/** Builds the root filesystem of a recipe at a version into `rootfs` (an empty directory). */
async function assembleRootfs(image: PlannedImage, rootfs: string): Promise<void> {
  const r = image.recipe;
  if (r.base) await extractBase(await ensureBase(r.base), rootfs);
  else mkdirSync(rootfs, { recursive: true });
  if (r.staticAccounts) {
    writeFileInto(rootfs, '/etc/passwd', `${r.staticAccounts.passwd.join('\n')}\n`);
    writeFileInto(rootfs, '/etc/group', `${r.staticAccounts.group.join('\n')}\n`);
  }
  if (r.goBinary) {
    const dest = join(rootfs, r.goBinary.path);
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(await toolPath(r.goBinary.tool), dest);
    chmodSync(dest, 0o755);
  }
  for (const [path, content] of Object.entries(r.files ?? {})) writeFileInto(rootfs, path, content);
  for (const d of r.dirs ?? []) {
    const dir = join(rootfs, d.path);
    mkdirSync(dir, { recursive: true });
    chownSync(dir, ...owner(d.owner));
    chmodSync(dir, d.mode);
  }
  if (r.python) {
    const py = r.python;
    await downloadWheels(r.name, image.version);
    const staged = '/tmp/mlp-wheels';
    stageWheels(r.name, image.version, join(rootfs, staged));
    await step(`${image.name}: install the locked wheels into ${py.venv} (offline)`, () =>
      withHeartbeat(`installing the wheels of ${image.name}`, () =>
        chroot(
          rootfs,
          [
            `python3 -m venv ${py.venv}`,
            `${py.venv}/bin/pip install --no-index --find-links ${staged} --require-hashes --no-cache-dir --disable-pip-version-check --quiet --requirement ${staged}/requirements.txt`,
            ...(py.owner ? [`chown -R ${py.owner} ${py.venv}`] : []),
          ].join('\n'),
        ),
      ),
    );
    rmSync(join(rootfs, staged), { recursive: true, force: true });
  }
  if (r.finalize?.length) await chroot(rootfs, r.finalize.join('\n'));
  // A fresh /tmp for every image (nothing a build step left behind ships).
  rmSync(join(rootfs, 'tmp'), { recursive: true, force: true });
  mkdirSync(join(rootfs, 'tmp'));
  chmodSync(join(rootfs, 'tmp'), 0o1777);
}

/**
 * Builds the given images that are not cached yet: one root filesystem per recipe and version
 * (ray and ray-gpu share theirs), packed into one OCI archive per reference. Idempotent.
 */
export async function buildImages(images: PlannedImage[]): Promise<{ image: PlannedImage; archive: string; built: boolean; seconds: number }[]> {
  const results: { image: PlannedImage; archive: string; built: boolean; seconds: number }[] = [];
  const groups = new Map<string, PlannedImage[]>();
  for (const image of images) {
    const key = inputsKey(rootfsInputs(image));
    groups.set(key, [...(groups.get(key) ?? []), image]);
  }
  for (const group of groups.values()) {
    const missing = group.filter((i) => !existsSync(archivePath(i)));
    for (const image of group.filter((i) => !missing.includes(i))) results.push({ image, archive: archivePath(image), built: false, seconds: 0 });
    if (missing.length === 0) continue;
    const first = missing[0]!;
    const started = performance.now();
    mkdirSync(imagesCacheDir, { recursive: true });
    const work = mkdtempSync(join(imagesCacheDir, `.work-${first.recipe.name}-`));
    try {
      const rootfs = join(work, 'rootfs');
      await step(`${first.recipe.name} ${first.version}: root filesystem`, () => assembleRootfs(first, rootfs));
      for (const image of missing) {
        const archive = archivePath(image);
        mkdirSync(dirname(archive), { recursive: true });
        await step(`${image.name}: pack ${image.normalizedRef}`, () =>
          withHeartbeat(`packing ${image.name}`, () => packImage({ rootfs, ref: image.ref, config: image.recipe.config(image.version), out: archive })),
        );
        const seconds = (performance.now() - started) / 1000;
        recordBuild({ kind: 'image', name: image.name, version: `${image.version} ${archive.split('/').at(-2)}`, seconds });
        results.push({ image, archive, built: true, seconds });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return results;
}

export function archiveSize(archive: string): number {
  return statSync(archive).size;
}
