import { availableParallelism } from 'node:os';

/** Runs at most `concurrency` of the given async jobs at once (renders are CPU-bound helm processes). */
export function limiter(concurrency = availableParallelism()) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function limited<T>(job: () => Promise<T>): Promise<T> {
    if (active >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
