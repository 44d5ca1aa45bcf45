import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { V1Pod } from '@kubernetes/client-node';
import { kubectlTarget } from '../../../scripts/lib/cluster/crds.ts';
import { type Kube, waitFor } from '../../../scripts/lib/cluster/kube.ts';
import type { Cluster } from '../../../scripts/lib/cluster/types.ts';
import { type PolicyPod, flowAllowed, isolating } from '../../../scripts/lib/manifests/network-policies.ts';
import { type PodTemplateRef, podTemplates } from '../../../scripts/lib/manifests/pod-templates.ts';
import type { Manifest } from '../../../scripts/lib/manifests/types.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * The flow matrix: from every source pod to every TCP port every destination pod declares, what the
 * NetworkPolicies in force say (the repository's NetworkPolicy model, `flowAllowed`, over the live
 * policies) against what the real engine on the node does (a TCP connection from inside the source
 * pod: connected or reset = the packet got through, timeout = dropped). Declared flows are the ones the
 * policies admit, undeclared flows the ones they refuse; nothing is listed by hand.
 */

export const connectScript = readFileSync(join(import.meta.dirname, 'connect.py'), 'utf8');

/** A live pod as the policies see it, with its IP. */
export interface LivePod {
  name: string;
  ip: string;
  pod: PolicyPod;
}

export function livePod(p: V1Pod): LivePod {
  const ports = (p.spec?.containers ?? []).flatMap((c) => c.ports ?? []).map((port) => ({ name: port.name, containerPort: port.containerPort, protocol: port.protocol }));
  return { name: `${p.metadata?.namespace}/${p.metadata?.name}`, ip: p.status?.podIP ?? '', pod: { labels: p.metadata?.labels ?? {}, namespace: p.metadata?.namespace ?? 'default', ports } };
}

/**
 * The ports a Ray node listens on that its container does not declare: the ones the rendered RayCluster
 * pins through rayStartParams (`*-port`, and the ends of the worker port range), which workers and the
 * head open to each other.
 */
export function rayPinnedPorts(manifests: readonly Manifest[]): { name: string; containerPort: number }[] {
  const params = manifests
    .filter((m) => m.kind === 'RayCluster' || m.kind === 'RayService')
    .flatMap((m) => {
      const spec = (m.kind === 'RayService' ? (m.spec as { rayClusterConfig?: unknown }).rayClusterConfig : m.spec) as { headGroupSpec?: { rayStartParams?: Record<string, string> }; workerGroupSpecs?: { rayStartParams?: Record<string, string> }[] } | undefined;
      return [spec?.headGroupSpec?.rayStartParams ?? {}, ...(spec?.workerGroupSpecs ?? []).map((w) => w.rayStartParams ?? {})];
    });
  const ports = new Map<number, string>();
  for (const p of params) for (const [key, value] of Object.entries(p)) if (/-port$/.test(key) && /^\d+$/.test(String(value))) ports.set(Number(value), key);
  return [...ports].map(([containerPort, name]) => ({ name, containerPort }));
}

/** A Ray node's pod with the pinned ports added to the ones its containers declare. */
export function withPinnedPorts(p: LivePod, pinned: readonly { name: string; containerPort: number }[]): LivePod {
  if (!p.pod.labels['ray.io/node-type']) return p;
  const declared = new Set(p.pod.ports.map((x) => x.containerPort));
  return { ...p, pod: { ...p.pod, ports: [...p.pod.ports, ...pinned.filter((x) => !declared.has(x.containerPort)).map((x) => ({ name: `pinned:${x.name}`, containerPort: x.containerPort }))] } };
}

/**
 * The NetworkPolicies in force, as the API serves them (kubectl's JSON): the model reads a rule's peers
 * as `from`, which the client library's typed objects rename `_from`.
 */
export async function livePolicies(cluster: Cluster): Promise<Manifest[]> {
  const list = JSON.parse(await runOrThrow('kubectl', [...kubectlTarget(cluster), 'get', 'networkpolicies', '--all-namespaces', '-o', 'json'])) as { items: Manifest[] };
  return list.items;
}

export interface Probe {
  source: string;
  destination: string;
  /** The two ends as the policies see them (labels, namespace). */
  sourcePod: PolicyPod;
  destinationPod: PolicyPod;
  /** `ip:port` */
  target: string;
  port: string;
  expected: 'allowed' | 'refused';
}

/** One probe per TCP port of every destination other than the source itself, with the policies' verdict. */
export function plannedProbes(policies: readonly Manifest[], source: { name: string; pod: PolicyPod }, destinations: readonly LivePod[]): Probe[] {
  return destinations
    .filter((d) => d.name !== source.name && d.ip)
    .flatMap((d) =>
      d.pod.ports
        .filter((p) => (p.protocol ?? 'TCP') === 'TCP')
        .map((p) => {
          const allowed = flowAllowed(policies, source.pod, d.pod, { number: p.containerPort, name: p.name }, 'TCP');
          return { source: source.name, destination: d.name, sourcePod: source.pod, destinationPod: d.pod, target: `${d.ip}:${p.containerPort}`, port: `${p.containerPort}${p.name ? `/${p.name}` : ''}`, expected: allowed.egress && allowed.ingress ? 'allowed' : 'refused' } satisfies Probe;
        }),
    );
}

/** What a connection attempt shows: through (accepted or reset by the pod) or refused (no answer). */
export function observed(outcome: string): 'allowed' | 'refused' {
  if (outcome === 'connected' || outcome === 'reset') return 'allowed';
  if (outcome === 'timeout') return 'refused';
  throw new Error(`connection attempt failed locally: ${outcome}`);
}

/** Runs the probes from inside a pod's container (python3 there) and returns each target's outcome. */
export async function runProbes(cluster: Cluster, namespace: string, pod: string, container: string, probes: readonly Probe[]): Promise<Record<string, string>> {
  const targets = [...new Set(probes.map((p) => p.target))];
  if (targets.length === 0) return {};
  const out = await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', namespace, 'exec', pod, '-c', container, '--', 'python3', '-c', connectScript, JSON.stringify(targets)]);
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, string>;
}

/** Labels of a probe pod standing in for a pod template (a Job's, a CronJob's, a test Pod's), so the same policies select it. */
export const probeLabel = 'mlp.dev/flow-probe';

/**
 * A pod that only waits, for `kubectl exec` of the probes: Pod Security `restricted`, never Ready (no
 * Service sends it traffic), the labels it is given.
 */
export function probePod(name: string, image: string, labels: Record<string, string>): V1Pod {
  return {
    metadata: { name, labels: { ...labels, [probeLabel]: 'true' } },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 1,
      securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'probe',
          image,
          imagePullPolicy: 'Never',
          command: ['python3', '-c', 'import time\nwhile True: time.sleep(60)'],
          readinessProbe: { exec: { command: ['false'] }, periodSeconds: 60 },
          resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } },
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
        },
      ],
    },
  };
}

export async function startProbePod(k: Kube, namespace: string, pod: V1Pod): Promise<V1Pod> {
  await k.core.createNamespacedPod({ namespace, body: pod });
  const name = pod.metadata!.name!;
  return waitFor(`probe pod ${namespace}/${name} to run`, async () => {
    const live = await k.core.readNamespacedPod({ name, namespace });
    return live.status?.phase === 'Running' && live.status.podIP ? live : undefined;
  }, { timeoutMs: 120_000, describe: async () => JSON.stringify((await k.core.readNamespacedPod({ name, namespace })).status) });
}

/** A pod template's selection by policies: isolated for ingress and for egress (a default-deny selects it). */
export function defaultDenyCovers(policies: readonly Manifest[], pod: PolicyPod): boolean {
  return isolating(policies, pod, 'Ingress').length > 0 && isolating(policies, pod, 'Egress').length > 0;
}

/** The policy view of a rendered pod template (labels of the template and its controller, its namespace). */
export function templatePod(t: PodTemplateRef, namespace: string): PolicyPod {
  return { labels: t.labels, namespace: t.owner.metadata.namespace ?? namespace, ports: [] };
}

export interface MatrixResult {
  probes: (Probe & { outcome: string; observed: 'allowed' | 'refused' })[];
  /** Sources the matrix could not run from, with the reason. */
  skipped: string[];
}

/** A source of the matrix: a pod of the platform (exec in its container) or a probe pod. */
interface Source {
  name: string;
  namespace: string;
  podName: string;
  container: string;
  pod: PolicyPod;
}

/**
 * Builds and runs the matrix for a release namespace: sources are the release's running pods that
 * have python3 (the servers and Ray nodes), a probe pod per pod template that runs to completion
 * (hooks, test pods, CronJobs: same labels), and three outsiders (an unlabelled pod in the namespace,
 * one in another namespace, and one labelled as Prometheus in `monitoring`); destinations are the
 * release's running pods, the data services' pods and CoreDNS.
 */
export async function measureFlowMatrix(cluster: Cluster, k: Kube, opts: { namespace: string; dataNamespaces: string[]; manifests: readonly Manifest[]; probeImage: string; otherNamespace: string }): Promise<MatrixResult> {
  const { namespace } = opts;
  const policies = await livePolicies(cluster);
  const running = async (ns: string, labelSelector?: string) =>
    (await k.core.listNamespacedPod({ namespace: ns, labelSelector })).items.filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp && !p.metadata?.labels?.[probeLabel]);
  const platform = await running(namespace);
  const pinned = rayPinnedPorts(opts.manifests);
  const destinations = [...platform, ...(await Promise.all(opts.dataNamespaces.map((ns) => running(ns)))).flat(), ...(await running('kube-system', 'k8s-app=kube-dns'))].map((p) => withPinnedPorts(livePod(p), pinned));
  const skipped: string[] = [];
  const sources: Source[] = platform.map((p) => ({ name: `${namespace}/${p.metadata!.name}`, namespace, podName: p.metadata!.name!, container: p.spec!.containers[0]!.name, pod: livePod(p).pod }));

  const probes: V1Pod[] = [];
  const addProbe = (ns: string, name: string, labels: Record<string, string>) => {
    const pod = probePod(name, opts.probeImage, labels);
    pod.metadata!.namespace = ns;
    probes.push(pod);
    sources.push({ name: `${ns}/${name} (probe)`, namespace: ns, podName: name, container: 'probe', pod: { labels: { ...labels, [probeLabel]: 'true' }, namespace: ns, ports: [] } });
  };
  const seen = new Set<string>();
  for (const t of podTemplates(opts.manifests).filter((t) => t.runsToCompletion)) {
    const key = JSON.stringify(Object.entries(t.labels).sort());
    if (seen.has(key)) continue;
    seen.add(key);
    // A hook's own NetworkPolicy is a hook too (it exists while the hook's pods run, then Helm deletes it):
    // after the install such a pod would run under no policy. Its flows were proven by its run.
    if (!defaultDenyCovers(policies, { labels: t.labels, namespace, ports: [] })) {
      skipped.push(`${t.owner.kind}/${t.owner.metadata.name}: its NetworkPolicy is a hook, deleted once the hook succeeded (its flows were exercised by its own run)`);
      continue;
    }
    addProbe(namespace, `flow-probe-${t.owner.metadata.name}`.slice(0, 63).replace(/-+$/, ''), t.labels);
  }
  addProbe(namespace, 'flow-probe-unlabelled', {});
  addProbe(opts.otherNamespace, 'flow-probe-unlabelled', {});
  addProbe('monitoring', 'flow-probe-prometheus', { 'app.kubernetes.io/name': 'prometheus' });
  try {
    await Promise.all(probes.map((p) => startProbePod(k, p.metadata!.namespace!, p)));
    const results: MatrixResult['probes'] = [];
    // Four sources at a time: each runs its connections in parallel, dropped ones wait out the timeout.
    for (let i = 0; i < sources.length; i += 4) {
      await Promise.all(
        sources.slice(i, i + 4).map(async (s) => {
          const planned = plannedProbes(policies, s, destinations);
          let outcomes: Record<string, string>;
          try {
            outcomes = await runProbes(cluster, s.namespace, s.podName, s.container, planned);
          } catch (error) {
            skipped.push(`${s.name}: ${String((error as Error).message).split('\n').slice(-2).join(' ').slice(0, 200)}`);
            return;
          }
          for (const p of planned) results.push({ ...p, outcome: outcomes[p.target]!, observed: observed(outcomes[p.target]!) });
        }),
      );
    }
    return { probes: results, skipped };
  } finally {
    await Promise.all(probes.map((p) => k.core.deleteNamespacedPod({ name: p.metadata!.name!, namespace: p.metadata!.namespace!, gracePeriodSeconds: 0 }).catch(() => undefined)));
  }
}
