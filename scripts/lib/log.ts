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
