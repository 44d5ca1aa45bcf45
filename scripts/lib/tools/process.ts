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
