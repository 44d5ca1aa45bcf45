import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mounts } from './mounts.ts';

/** The node's cgroup root, made in every hierarchy (v1 controllers and unified) and removed whole. */

/** Mount points of the cgroup hierarchies (v1 controllers and the unified v2 one). */
export function cgroupMounts(): string[] {
  return mounts().filter((m) => m.fsType === 'cgroup' || m.fsType === 'cgroup2').map((m) => m.mountPoint);
}

/** Creates a cgroup in every hierarchy (cpuset inherits its parent's cpus and mems, else no task could join). */
export function createCgroup(path: string): void {
  for (const hierarchy of cgroupMounts()) {
    const dir = join(hierarchy, path);
    if (!existsSync(dir)) mkdirSync(dir); // the kernel fills a new cgroup directory with its control files
    for (const file of ['cpuset.cpus', 'cpuset.mems']) {
      const own = join(dir, file);
      if (existsSync(own) && readFileSync(own, 'utf8').trim() === '') writeFileSync(own, readFileSync(join(hierarchy, file), 'utf8').trim());
    }
  }
}

/** Removes a cgroup and every cgroup below it, deepest first, in every hierarchy. Returns what remained (busy). */
export function removeCgroupTree(path: string): string[] {
  const left: string[] = [];
  const removeDir = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const child = join(dir, entry);
      if (statSync(child).isDirectory()) removeDir(child);
    }
    try {
      rmdirSync(dir);
    } catch {
      left.push(dir);
    }
  };
  for (const hierarchy of cgroupMounts()) {
    const dir = join(hierarchy, path);
    if (existsSync(dir)) removeDir(dir);
  }
  return left;
}
