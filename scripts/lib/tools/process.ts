import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { constants as osConstants } from 'node:os';

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

/**
 * Spawns a binary by absolute path, without a shell: a shell per call costs a process and, where bash
 * reads ~/.bashrc for a socket on stdin (Debian's bash does; Node's pipes are sockets), whatever that file
 * runs, on every helm render. Only the tools layer calls this.
 */
export function spawnBinary(path: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(path, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: opts.inherit ? [opts.input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'] : ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => stdout.push(c));
    child.stderr?.on('data', (c: Buffer) => stderr.push(c));
    let spawnError: Error | undefined;
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('close', (code, signal) => {
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({
        code: code ?? (spawnError ? 127 : 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0)),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: spawnError ? `${err}${spawnError.message}\n` : err,
      });
    });
    if (child.stdin) {
      // A child that exits without reading its input closes the pipe: not an error of ours.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input ?? '');
    }
  });
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
