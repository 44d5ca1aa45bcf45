import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Tags, parseAllDocuments } from 'yaml';
import { limiter } from '../limit.ts';
import { type Manifest, setSource } from './manifest.ts';
import { renderCacheDir } from '../paths.ts';
import { type HelmMajor, helm, run, tools } from '../tools/index.ts';
import { chartHash, chartMetadata, chartPath } from './chart-files.ts';
import { ensureDependencies } from './dependencies.ts';
import { helmValuesFiles } from './values-files.ts';
import type { ChartName, ChartValues } from '../../../values/types/index.ts';
import { helmYaml, valuesYamlFile } from './values-yaml.ts';

/** The values type of a chart named by name or path (`'feast'`, `'charts/feast'`); unknown for other charts (fixtures). */
export type ValuesOf<C extends string> = C extends ChartName ? ChartValues[C] : C extends `${string}charts/${infer N extends ChartName}` ? ChartValues[N] : unknown;

export interface RenderOptions<Values = unknown> {
  /** Values files, applied in order: YAML, or `*.values.ts` modules (type-checked, then evaluated). */
  values?: string[];
  /** Values given as an object, applied after the files (like one more `-f`); typed with the chart's generated values type. */
  valuesObject?: Values;
  /** `--set` pairs: `{ 'a.b': 1 }` or `['a.b=1']`. */
  set?: Record<string, string | number | boolean> | string[];
  /** `--set-string` pairs. */
  setString?: Record<string, string>;
  /** `--api-versions`, e.g. `monitoring.coreos.com/v1` or `monitoring.coreos.com/v1/ServiceMonitor`. */
  apiVersions?: string[];
  kubeVersion?: string;
  namespace?: string;
  release?: string;
  /** Helm major version: 3 or 4 (default 4, or MLP_HELM_MAJOR). */
  helm?: HelmMajor;
}

export class RenderError extends Error {
  constructor(
    readonly chart: string,
    readonly stderr: string,
  ) {
    super(`helm template ${chart} failed:\n${stderr.trim()}`);
  }
}

export type RenderOutcome = { ok: true; manifests: Manifest[]; stdout: string } | { ok: false; error: RenderError };

/** Counters for tests and benchmarks: how many helm processes ran and how often the caches answered. */
export const renderStats = { helmInvocations: 0, memoryHits: 0, diskHits: 0, helmMilliseconds: 0 };

let cacheDirectory = renderCacheDir;
/** Points the on-disk render cache elsewhere (tests use a fresh directory to count real renders). */
export function setRenderCacheDir(dir: string): void {
  cacheDirectory = dir;
  memory.clear();
}

const memory = new Map<string, Promise<{ ok: boolean; stdout: string; stderr: string }>>();
const limited = limiter();

export function defaultHelmMajor(): HelmMajor {
  return process.env.MLP_HELM_MAJOR === '3' ? 3 : 4;
}

function pairs(input: Record<string, string | number | boolean> | string[] | undefined): string[] {
  if (!input) return [];
  return Array.isArray(input) ? input : Object.entries(input).map(([k, v]) => `${k}=${v}`);
}

/** The `helm template` arguments, with the inline values file's path left as a placeholder. */
export function templateArgs(chartDir: string, opts: RenderOptions, inlineValuesFile?: string): string[] {
  const args = ['template', opts.release ?? 'test', chartDir, '--namespace', opts.namespace ?? 'default'];
  for (const file of opts.values ?? []) args.push('--values', file);
  if (inlineValuesFile) args.push('--values', inlineValuesFile);
  for (const pair of pairs(opts.set)) args.push('--set', pair);
  for (const pair of pairs(opts.setString)) args.push('--set-string', pair);
  for (const api of opts.apiVersions ?? []) args.push('--api-versions', api);
  if (opts.kubeVersion) args.push('--kube-version', opts.kubeVersion);
  return args;
}

function cacheKey(chartDir: string, major: HelmMajor, opts: RenderOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ major, version: tools[helm(major)].version, args: templateArgs(chartDir, opts, '<inline>') }));
  hash.update(JSON.stringify(opts.valuesObject ?? null));
  // How valuesObject is written for Helm decides what Helm reads: a change to it must not reuse old renders.
  if (opts.valuesObject !== undefined) hash.update(readFileSync(valuesYamlFile));
  for (const file of opts.values ?? []) hash.update(readFileSync(file));
  hash.update(chartHash(chartDir));
  return hash.digest('hex');
}

async function helmTemplate(chartDir: string, major: HelmMajor, opts: RenderOptions) {
  await ensureDependencies(chartDir, major);
  const work = mkdtempSync(join(tmpdir(), 'mlp-render-'));
  try {
    let inline: string | undefined;
    if (opts.valuesObject !== undefined) {
      inline = join(work, 'values.yaml');
      writeFileSync(inline, helmYaml(opts.valuesObject));
    }
    return await limited(async () => {
      const started = performance.now();
      renderStats.helmInvocations++;
      const result = await run(helm(major), templateArgs(chartDir, opts, inline));
      renderStats.helmMilliseconds += performance.now() - started;
      return { ok: result.code === 0, stdout: result.stdout, stderr: result.stderr };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** How a render request was answered, one JSON line each in MLP_RENDER_LOG: benchmarks count the cache's hits and replay the helm calls (scripts/commands/bench.ts). */
export interface RenderLogEntry {
  chartDir: string;
  major: HelmMajor;
  opts: RenderOptions;
  key: string;
  answer: 'memory' | 'disk' | 'helm';
}

function logRender(entry: RenderLogEntry): void {
  if (process.env.MLP_RENDER_LOG) appendFileSync(process.env.MLP_RENDER_LOG, `${JSON.stringify(entry)}\n`);
}

/** Renders through the memory cache, then the disk cache, then helm. */
function cachedTemplate(chartDir: string, opts: RenderOptions) {
  const major = opts.helm ?? defaultHelmMajor();
  const key = cacheKey(chartDir, major, opts);
  const hit = memory.get(key);
  if (hit) {
    renderStats.memoryHits++;
    logRender({ chartDir, major, opts, key, answer: 'memory' });
    return hit;
  }
  const file = join(cacheDirectory, key.slice(0, 2), `${key}.json`);
  const pending = (async () => {
    if (existsSync(file)) {
      renderStats.diskHits++;
      logRender({ chartDir, major, opts, key, answer: 'disk' });
      return JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; stdout: string; stderr: string };
    }
    logRender({ chartDir, major, opts, key, answer: 'helm' });
    const result = await helmTemplate(chartDir, major, opts);
    // A chart or values file edited while helm ran (a developer saving mid-run): the answer may be of
    // either content, so it is kept under neither key (it once stored a stale failure for the new content).
    if (cacheKey(chartDir, major, opts) !== key) {
      memory.delete(key);
      return result;
    }
    mkdirSync(join(cacheDirectory, key.slice(0, 2)), { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(result));
    renameSync(partial, file);
    return result;
  })();
  memory.set(key, pending);
  pending.catch(() => memory.delete(key));
  return pending;
}

/**
 * The API server reads manifests as YAML 1.1 (sigs.k8s.io/yaml): a bare `n`, `y`, `on` or `off` is a
 * boolean there, so the toolkit reads them the same way. Timestamps stay strings, as in JSON.
 */
const kubernetesYaml = {
  version: '1.1',
  customTags: (tags: Tags) => tags.filter((t) => typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp'),
} as const;

/** Parses helm's multi-document output, dropping empty documents and remembering each one's template. */
export function parseManifests(stdout: string): Manifest[] {
  const manifests: Manifest[] = [];
  for (const doc of parseAllDocuments(stdout, kubernetesYaml)) {
    if (doc.errors.length > 0) throw new Error(`helm output is not valid YAML: ${doc.errors[0]!.message}`);
    const value = doc.toJS() as Manifest | null;
    if (!value || typeof value !== 'object') continue;
    const source = /Source:\s*(\S+)/.exec(doc.commentBefore ?? (doc.contents as { commentBefore?: string } | null)?.commentBefore ?? '')?.[1];
    if (source) setSource(value, source);
    manifests.push(value);
  }
  return manifests;
}

/** Renders a chart and reports success or Helm's error, without throwing for invalid input. */
export async function tryRender<C extends string>(chart: C, opts: RenderOptions<ValuesOf<C>> = {}): Promise<RenderOutcome> {
  const chartDir = chartPath(chart);
  const values = opts.values && (await helmValuesFiles(opts.values, chart));
  const result = await cachedTemplate(chartDir, values ? { ...opts, values } : opts);
  if (!result.ok) return { ok: false, error: new RenderError(chartMetadata(chartDir).name, result.stderr) };
  return { ok: true, manifests: parseManifests(result.stdout), stdout: result.stdout };
}

/** Renders a chart to parsed manifests; throws a RenderError with Helm's message on failure. */
export async function render<C extends string>(chart: C, opts: RenderOptions<ValuesOf<C>> = {}): Promise<Manifest[]> {
  const outcome = await tryRender(chart, opts);
  if (!outcome.ok) throw outcome.error;
  return outcome.manifests;
}
