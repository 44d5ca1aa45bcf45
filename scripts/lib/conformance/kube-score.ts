import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { helmYaml, valuesYamlFile } from '../helm/values-yaml.ts';
import { newestKubeMinor } from '../helm/kube-versions.ts';
import { type Manifest, podTemplates, podTemplatesFile } from '../manifests/index.ts';
import { run, tools } from '../tools/index.ts';
import { type KubeScoreConfig, readKubeScoreConfig } from './kube-score-config.ts';
import { type ConformanceFinding, type Rendering, verdictCache } from './rendering.ts';

/** The ids of every check kube-score has (`kube-score list`). */
export async function kubeScoreChecks(): Promise<string[]> {
  const listed = await run('kube-score', ['list']);
  if (listed.code !== 0) throw new Error(`kube-score list exited ${listed.code}: ${listed.stderr.trim()}`);
  return listed.stdout.trim().split('\n').map((line) => line.split(',')[0]!.trim()).filter(Boolean);
}

interface ScoredObject {
  object_name: string;
  file_name: string;
  type_meta: { kind: string };
  object_meta: { name: string };
  checks: { check: { id: string; name: string }; grade: number; skipped: boolean; comments: { path: string; summary: string; description: string }[] | null }[];
}

/** kube-score's grades: 10 is "all OK"; 7, 5 and 1 are findings (almost OK, warning, critical). */
const allOk = 10;

/** Kinds whose pod templates kube-score reads itself. */
const builtInWorkloads = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);

/**
 * The pods an operator makes of a custom resource's templates (KubeRay: one per RayCluster group, with
 * the labels KubeRay adds), as bare Pods: kube-score knows only built-in workloads, and without them it
 * would not score the Ray containers and would find the Services and NetworkPolicies of Ray pods
 * selecting nothing.
 */
export function operatorPods(docs: readonly Manifest[]): Manifest[] {
  return podTemplates(docs)
    .filter((ref) => !builtInWorkloads.has(ref.owner.kind))
    .map((ref) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `${ref.owner.metadata.name}.${ref.owner.kind}.${ref.path}`, labels: ref.labels, annotations: ref.template.metadata?.annotations },
      spec: ref.template.spec,
    }));
}

/**
 * What kube-score reads of a rendering: its objects and the pods operators make of them, in a namespace
 * named by the rendering's content (unique per rendering, the same on every run).
 */
function kubeScoreInput(r: Rendering): string {
  const namespace = `r-${createHash('sha256').update(r.stdout).digest('hex').slice(0, 16)}`;
  return [...r.manifests, ...operatorPods(r.manifests)].map((m) => helmYaml({ ...m, metadata: { ...m.metadata, namespace } })).join('---\n');
}

/**
 * Scores every rendering with kube-score in one invocation over one file per rendering. kube-score
 * relates objects across all its input (Services to pods, NetworkPolicies and PDBs to workloads) by
 * namespace, so each rendering gets a namespace of its own in its file; the pods an operator makes of
 * custom resources are added (operatorPods); nothing else is changed.
 */
export async function kubeScore(renderings: Rendering[], config = readKubeScoreConfig()): Promise<ConformanceFinding[]> {
  // The config file is the one list of exceptions: a chart cannot opt an object out with kube-score's annotations.
  const args = ['score', '--output-format', 'json', '--disable-ignore-checks-annotations', '--kubernetes-version', `v${newestKubeMinor}`, ...config.flags.map((f) => f.flag), ...config.ignore.flatMap((i) => ['--ignore-test', i.test])];
  // What kube-score reads is a function of the rendering's output and of this code (kubeScoreInput, the
  // operator pods, the YAML writer), how its answer is read of this file: all of it is in the key.
  const code = [import.meta.filename, podTemplatesFile, valuesYamlFile].map((f) => readFileSync(f, 'utf8'));
  const cache = verdictCache('kube-score', JSON.stringify({ version: tools['kube-score'].version, args, code }));
  const findings: ConformanceFinding[] = [];
  // Identical renderings (Helm 3 and 4 often print the same) are one input: scored once, reported for each.
  // Each rendering's objects go into a namespace named by its content, so identical ones would collide.
  const todo = new Map<string, { file: string; renderings: Rendering[] }>();
  for (const r of renderings) {
    const cached = cache.get(r.stdout, r.id);
    if (cached) findings.push(...cached);
    else if (todo.has(r.stdout)) todo.get(r.stdout)!.renderings.push(r);
    else todo.set(r.stdout, { file: `r${todo.size}.yaml`, renderings: [r] });
  }
  if (todo.size === 0) return findings;
  const work = mkdtempSync(join(tmpdir(), 'mlp-kube-score-'));
  try {
    for (const t of todo.values()) writeFileSync(join(work, t.file), kubeScoreInput(t.renderings[0]!));
    const result = await run('kube-score', [...args, ...[...todo.values()].map((t) => join(work, t.file))]);
    // kube-score exits 1 when it found something; only unparsable output is an error.
    let scored: ScoredObject[];
    try {
      scored = JSON.parse(result.stdout) as ScoredObject[];
    } catch {
      throw new Error(`kube-score ${args.join(' ')} exited ${result.code}: ${(result.stderr || result.stdout).trim()}`);
    }
    const byFile = new Map([...todo].map(([stdout, t]) => [t.file, { stdout, renderings: t.renderings, found: [] as Omit<ConformanceFinding, 'rendering'>[] }]));
    for (const o of scored) {
      const entry = byFile.get(basename(o.file_name));
      if (!entry) throw new Error(`kube-score scored ${o.object_name} from ${o.file_name}, which it was not given`);
      for (const c of o.checks) {
        if (c.skipped || c.grade >= allOk) continue;
        const comments = c.comments?.length ? c.comments : [{ path: '', summary: c.check.name, description: '' }];
        for (const comment of comments) {
          entry.found.push({
            tool: 'kube-score',
            check: c.check.id,
            object: `${o.type_meta.kind}/${o.object_meta.name}`,
            path: comment.path,
            message: `${comment.summary}${comment.description ? ` (${comment.description})` : ''}`,
          });
        }
      }
    }
    for (const { stdout, renderings: same, found } of byFile.values()) {
      cache.set(stdout, found.map((f) => ({ ...f, rendering: '' })));
      for (const r of same) findings.push(...found.map((f) => ({ ...f, rendering: r.id })));
    }
    return findings;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
