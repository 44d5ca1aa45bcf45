import { currentProvider } from './current.ts';
import { kindProvider } from './kind.ts';
import { localProvider } from './local.ts';
import type { Provider, ProviderName } from './types.ts';

export const providers: Record<ProviderName, Provider> = { local: localProvider, kind: kindProvider, current: currentProvider };

/** The provider asked for, or (auto) kind when Docker and kind work, else local. */
export async function pickProvider(name: string | undefined): Promise<Provider> {
  if (name && name !== 'auto') {
    const provider = providers[name as ProviderName];
    if (!provider) throw new Error(`unknown provider ${name}; use one of ${Object.keys(providers).join(', ')}`);
    const why = await provider.unavailable();
    if (why) throw new Error(`provider ${name} cannot run here: ${why}`);
    return provider;
  }
  return (await kindProvider.unavailable()) === undefined ? kindProvider : localProvider;
}

/**
 * On the local provider, pods of namespaces not placed on its real node (the default: node/placement.ts)
 * run on kwok nodes, their status simulated; the scenarios that point at external services install only
 * there. Pods in namespaces placed `real` run (see the real node tests).
 */
export function simulatesPods(provider: ProviderName): boolean {
  return provider === 'local';
}
