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

/** Under kwok (local) pods never run: their status is simulated. Scenarios that need real backends run only there. */
export function simulatesPods(provider: ProviderName): boolean {
  return provider === 'local';
}
