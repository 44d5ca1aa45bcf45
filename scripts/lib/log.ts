/** Progress output goes to stderr so that command output (manifests, tables) stays clean on stdout. */
const quiet = () => process.env.MLP_QUIET === '1';

export function info(message: string): void {
  if (!quiet()) process.stderr.write(`${message}\n`);
}

/** Runs one slow step, printing its start, its end and how long it took; a failure names the step. */
export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  info(`▶ ${name}`);
  try {
    const result = await fn();
    info(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)}s)`);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`step "${name}" failed: ${reason}`, { cause: error });
  }
}

/** Prints a line every 30 s while a long step runs, so a cold build is visibly alive. */
export async function withHeartbeat<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => info(`  … still ${what} (${Math.round((Date.now() - started) / 1000)}s)`), 30_000);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}
