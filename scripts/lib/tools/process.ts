import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { $ } from 'zx';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Stream output to the terminal instead of capturing it. */
  inherit?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns a binary by absolute path. Only the tools layer calls this. */
export async function spawnBinary(path: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const run = $({
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    input: opts.input,
    quiet: !opts.inherit,
    nothrow: true,
    stdio: opts.inherit ? ['inherit', 'inherit', 'inherit'] : undefined,
    verbose: false,
  });
  const out = await run`${path} ${args}`;
  return { code: out.exitCode ?? 1, stdout: out.stdout, stderr: out.stderr };
}

export class ToolError extends Error {
  constructor(
    readonly tool: string,
    readonly args: readonly string[],
    readonly result: RunResult,
  ) {
    const detail = (result.stderr || result.stdout).trim();
    super(`${tool} ${args.join(' ')} exited ${result.code}${detail ? `:\n${detail}` : ''}`);
  }
}

export interface BackgroundOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** stdout and stderr are appended here. */
  logFile: string;
}

/**
 * Starts a long-running binary detached in its own process group (it outlives the caller, e.g. the
 * KubeRay operator started by `up`), output appended to a log file. Returns its pid; stop it with
 * `process.kill(-pid)`.
 */
export function startBinaryDetached(path: string, args: readonly string[], opts: BackgroundOptions): number {
  const log = openSync(opts.logFile, 'a');
  try {
    const child = spawn(path, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, detached: true, stdio: ['ignore', log, log] });
    if (child.pid === undefined) throw new Error(`could not start ${path}`);
    child.unref();
    return child.pid;
  } finally {
    closeSync(log);
  }
}
