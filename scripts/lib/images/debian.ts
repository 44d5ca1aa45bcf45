import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timedBuild } from '../build-times.ts';
import { step, withHeartbeat } from '../log.ts';
import { runOrThrow } from '../tools/index.ts';
import { basesDir, inputsKey } from './cache.ts';
import type { DebianBase } from './recipes.ts';

/** Documentation and translations are left out, as Debian's slim container images do (copyright files stay). */
const slimDpkgOptions = ['path-exclude=/usr/share/doc/*', 'path-include=/usr/share/doc/*/copyright', 'path-exclude=/usr/share/man/*', 'path-exclude=/usr/share/info/*', 'path-exclude=/usr/share/locale/*'];

/**
 * The Debian mirrors these machines reach can serve a frozen snapshot whose Release files are past
 * their Valid-Until date (the hosts' own apt is configured the same way); signatures are still checked.
 */
const aptOptions = ['Acquire::Check-Valid-Until "false"', 'Acquire::Check-Date "false"'];

export function baseArchive(base: DebianBase): string {
  return join(basesDir, base.name, inputsKey({ base, slimDpkgOptions }), 'rootfs.tar');
}

/** Shell run by mmdebstrap after the Essential packages: our accounts and policy files exist before the rest installs. */
function essentialHook(base: DebianBase): string {
  const lines = ['set -eu', 'root="$1"'];
  for (const a of base.accounts ?? []) {
    lines.push(`echo '${a.group}:x:${a.gid}:' >> "$root/etc/group"`);
    lines.push(`echo '${a.user}:x:${a.uid}:${a.gid}::${a.home}:${a.shell}' >> "$root/etc/passwd"`);
    lines.push(`echo '${a.user}:*:19000:0:99999:7:::' >> "$root/etc/shadow"`);
    lines.push(`mkdir -p "$root${a.home}" && chown ${a.uid}:${a.gid} "$root${a.home}"`);
  }
  for (const [path, content] of Object.entries(base.preinstallFiles ?? {})) {
    lines.push(`mkdir -p "$(dirname "$root${path}")"`, `printf '%s' '${content.replace(/'/g, `'\\''`)}' > "$root${path}"`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The base root filesystem as a tar archive, built once by mmdebstrap (minbase + the base's packages)
 * and cached by its inputs; images extract it (`extractBase`) and add their own layer of work.
 */
export async function ensureBase(base: DebianBase): Promise<string> {
  const archive = baseArchive(base);
  if (existsSync(archive)) return archive;
  const dir = join(archive, '..');
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(dir, '.build-'));
  try {
    const hook = join(work, 'essential-hook.sh');
    writeFileSync(hook, essentialHook(base));
    const partial = join(work, 'rootfs.tar');
    await step(`debian base ${base.name}: mmdebstrap ${base.suite} (${base.packages.length} packages)`, () =>
      timedBuild({ kind: 'debian-base', name: base.name, version: base.suite }, () => withHeartbeat(`building the ${base.name} base`, () =>
        runOrThrow('mmdebstrap', [
          '--variant=minbase',
          '--mode=root',
          '--format=tar',
          `--include=${base.packages.join(',')}`,
          ...slimDpkgOptions.map((o) => `--dpkgopt=${o}`),
          ...aptOptions.map((o) => `--aptopt=${o}`),
          `--essential-hook=sh ${hook} "$1"`,
          base.suite,
          partial,
        ]),
      )),
    );
    renameSync(partial, archive);
    return archive;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Unpacks a base archive into an (empty) root filesystem directory, ownership and modes as built. */
export async function extractBase(archive: string, rootfs: string): Promise<void> {
  mkdirSync(rootfs, { recursive: true });
  await runOrThrow('tar', ['--extract', '--file', archive, '--directory', rootfs, '--same-owner', '--preserve-permissions', '--numeric-owner']);
}
