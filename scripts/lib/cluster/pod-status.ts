import type { CoreV1Event, V1ContainerStateTerminated, V1ContainerStatus, V1Pod } from '@kubernetes/client-node';

/** A pod counts as ready when its Ready condition is True (or it ran to completion). */
export function podReady(p: V1Pod): boolean {
  return p.status?.phase === 'Succeeded' || (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const lastExitText = (t: V1ContainerStateTerminated) => `last exit ${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`;

function containerProblem(s: V1ContainerStatus, init: boolean): string | undefined {
  const name = `${init ? 'init container' : 'container'} ${s.name}`;
  const waiting = s.state?.waiting;
  const last = s.lastState?.terminated;
  const lastExit = last ? `; ${lastExitText(last)}` : '';
  if (waiting && waiting.reason !== 'PodInitializing' && waiting.reason !== 'ContainerCreating') return `${name} ${waiting.reason}${waiting.message ? `: ${oneLine(waiting.message)}` : ''}${lastExit}`;
  const terminated = s.state?.terminated;
  if (terminated && terminated.exitCode !== 0) return `${name} exited ${terminated.exitCode}${terminated.reason ? ` (${terminated.reason})` : ''}${terminated.message ? `: ${oneLine(terminated.message)}` : ''}`;
  return undefined;
}

/**
 * Why a pod is not ready, in the words Kubernetes uses: not scheduled (the scheduler's message), a
 * container waiting (CrashLoopBackOff, ImagePullBackOff, with the last exit code) or failed, or, for a
 * container that runs but is not ready, the kubelet's latest probe failure (the Unhealthy event:
 * "Readiness probe failed: HTTP probe failed with statuscode: 503"). Restarts are named too.
 */
export function notReadyReason(pod: V1Pod, events: CoreV1Event[]): string {
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False') return `not scheduled: ${oneLine(scheduled.message)}`;
  const reasons: string[] = [];
  for (const s of pod.status?.initContainerStatuses ?? []) {
    const problem = containerProblem(s, true);
    if (problem) reasons.push(problem);
  }
  for (const s of pod.status?.containerStatuses ?? []) {
    const problem = containerProblem(s, false);
    if (problem) reasons.push(problem);
    else if (s.state?.running && !s.ready) {
      const probe = latestEvent(events, pod, 'Unhealthy', s.name);
      reasons.push(`container ${s.name} running, not ready${probe ? `: ${oneLine(probe.message)}` : ' (its readiness probe has not passed yet)'}`);
    }
  }
  const restarts = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].filter((s) => s.restartCount > 0).map((s) => `${s.name} restarted ${s.restartCount}x`);
  if (reasons.length === 0) {
    const pending = latestEvent(events, pod, undefined);
    reasons.push(`${pod.status?.phase ?? 'Unknown'}${pending?.type === 'Warning' ? `: ${pending.reason} ${oneLine(pending.message)}` : ''}`);
  }
  return [...reasons, ...restarts].join('; ');
}

const eventTime = (e: CoreV1Event) => new Date((e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? 0) as string | Date).getTime();

/** The pod's events (about a container when given), newest first: events name a container in fieldPath `spec.containers{name}`. */
function eventsAbout(events: CoreV1Event[], pod: V1Pod, container?: string): CoreV1Event[] {
  return events
    .filter((e) => e.involvedObject?.uid === pod.metadata?.uid || (e.involvedObject?.kind === 'Pod' && e.involvedObject?.name === pod.metadata?.name))
    .filter((e) => container === undefined || !e.involvedObject?.fieldPath || e.involvedObject.fieldPath.includes(`{${container}}`))
    .sort((a, b) => eventTime(b) - eventTime(a));
}

/** The pod's latest event (of a reason, about a container when given). */
function latestEvent(events: CoreV1Event[], pod: V1Pod, reason: string | undefined, container?: string): CoreV1Event | undefined {
  return eventsAbout(events, pod, container).find((e) => reason === undefined || e.reason === reason);
}

/** The events that say why a container was restarted or stopped. */
const restartReasons = ['Unhealthy', 'Killing', 'BackOff', 'OOMKilling', 'Evicted'];

/**
 * Why a container restarted, from what the cluster still holds: its last termination (when the pod is read
 * with its status) and the kubelet's probe, kill, back-off and eviction events about it. Events outlive a
 * replaced pod for their TTL: a pod given by name only is matched by name.
 */
export function restartCause(pod: V1Pod, container: string, events: CoreV1Event[]): string {
  const last = pod.status?.containerStatuses?.find((s) => s.name === container)?.lastState?.terminated;
  const exit = last ? `${lastExitText(last)}${last.finishedAt ? ` at ${new Date(last.finishedAt).toISOString()}` : ''}` : 'last exit not recorded';
  const causes = eventsAbout(events, pod, container).filter((e) => restartReasons.includes(e.reason ?? '')).map((e) => `${e.reason}: ${oneLine(e.message)} (x${e.count ?? 1})`);
  return `${exit}; events: ${causes.join(' | ') || 'none'}`;
}

/** Containers that restarted, as `pod/container (N)`: a platform that restarts is not healthy even when Ready now. */
export function restarts(pods: V1Pod[]): string[] {
  return pods.flatMap((p) =>
    [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]
      .filter((s) => s.restartCount > 0)
      .map((s) => `${p.metadata?.name}/${s.name} (${s.restartCount}${s.lastState?.terminated ? `, last exit ${s.lastState.terminated.exitCode}${s.lastState.terminated.reason ? ` ${s.lastState.terminated.reason}` : ''}` : ''})`),
  );
}
