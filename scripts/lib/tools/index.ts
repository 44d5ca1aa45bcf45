import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type HelmMajor, type ToolName, clusterToolNames, helmTool, toolNames, tools } from './catalog.ts';
import { type BackgroundOptions, type RunOptions, type RunResult, ToolError, spawnBinary, startBinaryDetached } from './process.ts';
import { cachedToolPath, provision } from './provision.ts';

export { goModuleDir } from './gomodule.ts';
export { type HelmMajor, type ToolName, clusterToolNames, helmTool, toolNames, tools, ToolError, type RunResult };

/** `MLP_HELM4`, `MLP_KUBECTL`, ... point a tool at a binary of the user's choosing. */
export function overrideVariable(name: ToolName): string {
  return `MLP_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/**
 * The one place binaries are found: env override, then the machine cache, then provisioning
 * from the tool's pinned source.
 */
export async function toolPath(name: ToolName): Promise<string> {
  const override = process.env[overrideVariable(name)];
  if (override) {
    if (!existsSync(override)) throw new Error(`${overrideVariable(name)}=${override} does not exist`);
    return override;
  }
  await provision(name);
  return cachedToolPath(name);
}

/** PATH with the directories of the given tools first, for tools that call others (ct calls helm, yamllint, yamale). */
export async function pathWith(names: ToolName[]): Promise<string> {
  const dirs = await Promise.all(names.map(async (n) => dirname(await toolPath(n))));
  return [...new Set(dirs), process.env.PATH ?? ''].join(':');
}

export async function run(name: ToolName, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return spawnBinary(await toolPath(name), args, opts);
}

/** Like run, but throws a ToolError carrying the tool's own message when it exits non-zero. */
export async function runOrThrow(name: ToolName, args: readonly string[], opts: RunOptions = {}): Promise<string> {
  const result = await run(name, args, opts);
  if (result.code !== 0) throw new ToolError(name, args, result);
  return result.stdout;
}

export function helm(major: HelmMajor): ToolName {
  return helmTool[major];
}

/** A sibling binary of a tool that installs several (kube-scheduler beside kube-apiserver, kwok beside kwokctl). */
export async function toolBinary(name: ToolName, bin: string): Promise<string> {
  return join(dirname(await toolPath(name)), bin);
}

/** Runs a sibling binary of a tool (`ctr` beside containerd), throwing a ToolError when it exits non-zero. */
export async function runBinaryOrThrow(name: ToolName, bin: string, args: readonly string[], opts: RunOptions = {}): Promise<string> {
  const result = await spawnBinary(await toolBinary(name, bin), args, opts);
  if (result.code !== 0) throw new ToolError(bin, args, result);
  return result.stdout;
}

/** Starts a tool detached, output to a log file (see startBinaryDetached). */
export async function startDetached(name: ToolName, args: readonly string[], opts: BackgroundOptions & { bin?: string }): Promise<number> {
  return startBinaryDetached(opts.bin ? await toolBinary(name, opts.bin) : await toolPath(name), args, opts);
}
