import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { Kube } from '../../../scripts/lib/cluster/kube.ts';

/** One container's log and how often it restarted, as last seen. */
export interface ContainerLog {
  /** `namespace/pod/container`. */
  container: string;
  restarts: number;
  /** Exit code of the container's last run, once it terminated. */
  exitCode?: number;
  log: string;
  /** After a restart: the log of the instance before the last restart (the kubelet keeps only that one). */
  previousLog?: string;
}

/**
 * Watches namespaces for the length of a test and keeps every container's log: hook Jobs and helm
 * test pods are deleted by Helm on success, so their logs are read as soon as a container finishes,
 * the others when the collector stops. Restart counts are the highest seen.
 */
export class ContainerLogCollector {
  private readonly logs = new Map<string, ContainerLog>();
  private readonly done = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> = Promise.resolve();

  constructor(
    private readonly k: Kube,
    private readonly namespaces: string[],
  ) {}

  start(intervalMs = 2000): void {
    this.timer = setInterval(() => {
      this.polling = this.polling.then(() => this.poll(false)).catch(() => undefined);
    }, intervalMs);
  }

  async stop(): Promise<ContainerLog[]> {
    clearInterval(this.timer);
    await this.polling;
    await this.poll(true);
    return [...this.logs.values()].sort((a, b) => a.container.localeCompare(b.container));
  }

  private async poll(all: boolean): Promise<void> {
    for (const namespace of this.namespaces) {
      const pods = (await this.k.core.listNamespacedPod({ namespace })).items;
      for (const pod of pods) {
        const statuses: V1ContainerStatus[] = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
        for (const s of statuses) {
          const key = `${namespace}/${pod.metadata?.name}/${s.name}`;
          const entry = this.logs.get(key) ?? { container: key, restarts: 0, log: '' };
          entry.restarts = Math.max(entry.restarts, s.restartCount);
          if (s.state?.terminated) entry.exitCode = s.state.terminated.exitCode;
          this.logs.set(key, entry);
          const finished = Boolean(s.state?.terminated);
          if (this.done.has(key) || !(all || finished) || !(s.state?.running || finished || s.lastState?.terminated)) continue;
          const log = await this.read(pod, namespace, s.name);
          if (log !== undefined) entry.log = log;
          if (s.restartCount > 0) entry.previousLog = (await this.read(pod, namespace, s.name, true)) ?? entry.previousLog;
          if (finished) this.done.add(key);
        }
      }
    }
  }

  private async read(pod: V1Pod, namespace: string, container: string, previous = false): Promise<string | undefined> {
    try {
      return await this.k.core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace, container, previous });
    } catch {
      return undefined;
    }
  }
}

/**
 * Lines that say something failed: a Python traceback, or a log line at error level or above, in the
 * formats of the platform's programs; and the warnings that mean a deployment is wrong although the
 * program runs (Ray's object store falling back to disk: the pod's /dev/shm is smaller than the store).
 */
const errorLine = [
  /The object store is using \/tmp\/ray instead of \/dev\/shm/,
  // PostgreSQL (at level LOG) when two processes write to one TLS session: a client shares a connection
  // across fork (Feast's gunicorn workers did with the master's registry connection; charts/feast/files/serve.py).
  /SSL error: decryption failed or bad record mac/,
  /Traceback \(most recent call last\)/,
  // Python logging and Ray ("2026-11-29 14:58:07,278\tERROR ..."), gunicorn ("[ERROR]"), MLflow ("ERROR mlflow...").
  /(^|[\s[:])(ERROR|CRITICAL|FATAL)(\]|:|\s)/,
  // JSON and logfmt logs (the KubeRay operator, versitygw).
  /"level"\s*:\s*"(error|fatal|panic|dpanic)"/i,
  /\blevel=(error|fatal|panic)\b/i,
  // klog (E1129 23:14:49.882317 ...) and Go panics.
  /^[EF]\d{4} \d\d:\d\d:\d\d/,
  /^panic: /,
  // psql, shells, CLIs.
  /^(psql: )?error:/i,
];

/** A line of the allow-list: what it matches and why it is expected. */
export interface AllowedLine {
  pattern: RegExp;
  reason: string;
}

const tracebackStart = /Traceback \(most recent call last\)/;
/** The line a Python traceback ends with: the exception's (module-qualified) name, then its message. */
const exceptionLine = /^[A-Za-z_][\w.]*(: .*)?$/;

/**
 * What an error line is judged by: for a Python traceback (its first line, or the log line right before
 * it that announces it, such as uvicorn's "Exception in ASGI application") the exception line it ends
 * with, so that an allow-list entry names an exception, never "any traceback"; otherwise the line itself.
 */
export function errorSubject(lines: string[], i: number): string {
  const start = tracebackStart.test(lines[i]!) ? i : tracebackStart.test(lines[i + 1] ?? '') ? i + 1 : -1;
  if (start === -1) return lines[i]!;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!;
    // Another writer's lines may land inside the traceback (an access log line of a concurrent request).
    if (line.trim() === '' || /^\s/.test(line) || tracebackStart.test(line) || !exceptionLine.test(line)) continue;
    return line;
  }
  return lines[i]!;
}

/** The error lines of the logs that no allow-list entry explains, as `container: line`. */
export function unexplainedErrors(logs: ContainerLog[], allowed: AllowedLine[]): string[] {
  return logs.flatMap((l) => {
    const lines = [...(l.previousLog?.split('\n') ?? []), ...l.log.split('\n')];
    return lines
      .map((line, i) => ({ line, subject: errorSubject(lines, i) }))
      .filter(({ line }) => errorLine.some((p) => p.test(line)))
      .filter(({ subject }) => !allowed.some((a) => a.pattern.test(subject)))
      .map(({ line, subject }) => `${l.container}: ${line.slice(0, 300)}${subject !== line ? ` (${subject.slice(0, 200)})` : ''}`);
  });
}
