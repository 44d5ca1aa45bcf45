import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stringify } from 'yaml';
import { step } from '../log.ts';
import { startDetached } from '../tools/index.ts';
import { freeLoopbackPort } from './serve.ts';

/** A CNCF Distribution registry run by the toolkit: loopback only, storage in a temporary directory. */
export interface LocalRegistry {
  /** `127.0.0.1:<port>`, what OCI references start with (`oci://127.0.0.1:<port>/charts`). */
  host: string;
  pid: number;
  /** The registry's storage: blobs and manifests as files (tests reach into it). */
  storage: string;
  logFile: string;
  stop(): Promise<void>;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopProcessGroup(pid: number): Promise<void> {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; running(pid) && waited < 10_000; waited += 100) await sleep(100);
  if (running(pid)) process.kill(-pid, 'SIGKILL');
}

/**
 * Starts `registry serve` (plain HTTP: it listens on loopback only, so no other machine reaches it)
 * and waits until its API answers. `stop` ends the process and deletes its storage.
 */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  const work = mkdtempSync(join(tmpdir(), 'mlp-registry-'));
  const storage = join(work, 'storage');
  const logFile = join(work, 'registry.log');
  const port = await freeLoopbackPort();
  const host = `127.0.0.1:${port}`;
  const config = {
    version: 0.1,
    log: { level: 'info', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: storage }, delete: { enabled: true } },
    http: { addr: host },
  };
  writeFileSync(join(work, 'config.yml'), stringify(config));
  return step(`local OCI registry (CNCF Distribution) on ${host}`, async () => {
    const pid = await startDetached('registry', ['serve', join(work, 'config.yml')], { logFile });
    const stop = async () => {
      await stopProcessGroup(pid);
      rmSync(work, { recursive: true, force: true });
    };
    // Stopped with the process that started it, even when a test run is interrupted.
    const onExit = () => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {}
    };
    process.once('exit', onExit);
    for (let waited = 0; ; waited += 200) {
      const answer = await fetch(`http://${host}/v2/`).then((r) => r.status, () => 0);
      if (answer === 200) break;
      if (!running(pid) || waited > 30_000) {
        const log = readFileSync(logFile, 'utf8').trim().split('\n').slice(-10).join('\n');
        await stop();
        throw new Error(`the registry did not answer on http://${host}/v2/ (${running(pid) ? 'timed out' : 'it exited'}):\n${log}`);
      }
      await sleep(200);
    }
    return {
      host,
      pid,
      storage,
      logFile,
      stop: async () => {
        process.off('exit', onExit);
        await stop();
      },
    };
  });
}
