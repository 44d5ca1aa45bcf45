import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../../scripts/lib/cluster/kube.ts';
import { grpcAnswers, httpCall } from '../../../scripts/lib/cluster/probe-http.ts';
import { stopProcessGroup } from '../../../scripts/lib/cluster/state.ts';
import { startDetached } from '../../../scripts/lib/tools/index.ts';

/** One line of the status page's Access section: `<title>: <command>  → <address>`. */
export interface AccessLine {
  title: string;
  command: string;
  address: string;
}

/** The Access section as printed: its `export` lines and each port-forward with its address. */
export function parseAccess(statusPage: string): { exports: string[]; lines: AccessLine[] } {
  const section = statusPage.split('\n').slice(statusPage.split('\n').findIndex((l) => l.startsWith('Access')) + 1);
  const end = section.findIndex((l) => l.trim() === '');
  const lines = (end === -1 ? section : section.slice(0, end)).map((l) => l.trim());
  return {
    exports: lines.filter((l) => l.startsWith('export ')),
    lines: lines
      .map((l) => /^(.+?):\s+(kubectl .+?)\s+→ (\S+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ title: m[1]!, command: m[2]!, address: m[3]! })),
  };
}

/**
 * Runs one printed command in bash after the printed exports, as a user would in a terminal, with one
 * change: the local port is left to kubectl (`:5000` instead of `5000:5000`), as the machine's ports are
 * shared with other work. Then checks its address answers: an http(s) URL answers GET below 400, a
 * `ray://` or `grpc://` address completes an HTTP/2 handshake. Returns what answered.
 */
export async function runAccessLine(exports: string[], line: AccessLine): Promise<string> {
  const forward = /port-forward \S+ (\d+):(\d+)$/.exec(line.command);
  if (!forward) throw new Error(`not a port-forward command: ${line.command}`);
  const command = line.command.replace(/ (\d+):(\d+)$/, ' :$2');
  const logFile = join(tmpdir(), `mlp-access-${process.pid}-${Date.now()}.log`);
  closeSync(openSync(logFile, 'w'));
  const pid = await startDetached('bash', ['-c', `${exports.join('\n')}\nexec ${command}`], { logFile });
  try {
    const local = await waitFor(`\`${command}\` to listen`, async () => {
      const log = readFileSync(logFile, 'utf8');
      if (/error/i.test(log) && !/Forwarding from/.test(log)) throw new Error(log.trim());
      return /Forwarding from 127\.0\.0\.1:(\d+)/.exec(log)?.[1];
    }, { timeoutMs: 30_000, intervalMs: 200, describe: async () => readFileSync(logFile, 'utf8') });
    const address = new URL(line.address.replace(`localhost:${forward[1]}`, `127.0.0.1:${local}`));
    if (address.protocol === 'http:' || address.protocol === 'https:') {
      const answer = await httpCall(address.href);
      if (answer.status >= 400) throw new Error(`GET ${line.address} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
      return `GET ${line.address}: ${answer.status}`;
    }
    await grpcAnswers(address.hostname, Number(address.port));
    return `${line.address}: HTTP/2 server answers`;
  } finally {
    await stopProcessGroup(pid, 2000);
    rmSync(logFile, { force: true });
  }
}
