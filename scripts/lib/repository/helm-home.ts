import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Environment for helm with its own configuration, cache and data under `dir`: repositories added and
 * registry logins stay there, not in the user's ~/.config/helm (tests, and a user trying a repository).
 */
export function helmHomeEnv(dir: string): Record<string, string> {
  const env = { HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache'), HELM_DATA_HOME: join(dir, 'data') };
  for (const d of Object.values(env)) mkdirSync(d, { recursive: true });
  return env;
}
