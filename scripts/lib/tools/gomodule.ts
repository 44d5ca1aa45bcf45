import { tmpdir } from 'node:os';
import { step } from '../log.ts';
import { spawnBinary } from './process.ts';

/**
 * The directory of a Go module version in the module cache, downloaded through the Go module proxy
 * when missing (`go mod download -json`); `offline` only looks in the cache (GOPROXY=off) and throws
 * when the module is not there. Read-only reference files (specs, CRDs) come from here.
 */
export async function goModuleDir(module: string, version: string, opts: { offline?: boolean } = {}): Promise<string> {
  return step(`go mod download ${module}@${version}${opts.offline ? ' (module cache only)' : ''}`, async () => {
    const env = { GOFLAGS: '-mod=mod', ...(opts.offline ? { GOPROXY: 'off' } : {}) };
    const result = await spawnBinary('go', ['mod', 'download', '-json', `${module}@${version}`], { cwd: tmpdir(), env });
    const info = JSON.parse(result.stdout || '{}') as { Dir?: string; Error?: string };
    if (result.code !== 0 || !info.Dir) throw new Error(`go mod download ${module}@${version} failed: ${info.Error ?? result.stderr.trim()}`);
    return info.Dir;
  });
}
