import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartMetadata } from '../../scripts/lib/helm/chart-files.ts';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { tryRender, type RenderOptions, type ValuesOf } from '../../scripts/lib/helm/render.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { parseTemplates } from '../../scripts/lib/schema/template-reads.ts';
import { chartValues } from '../support/values.ts';

/**
 * Every check of a chart's values is collected by its one templates/validate.yaml and reported at once
 * (ml-common.validation.report). Each case sets independent errors that different templates used to
 * fail on one at a time (the first in Helm's render order hid the others).
 */
const cases: { [C in string]: { chart: C; options: RenderOptions<ValuesOf<C>>; paths: string[] } }[string][] = [
  {
    chart: 'feast',
    options: {
      valuesObject: chartValues<'feast'>({
        onlineStore: { type: 'redis' },
        podDisruptionBudget: { enabled: true, minAvailable: 1, maxUnavailable: 1 },
        server: { tls: { enabled: true } },
        httpRoute: { enabled: true },
      }),
    },
    paths: ['httpRoute.parentRefs', 'podDisruptionBudget.maxUnavailable', 'redis.host', 'server.tls.existingSecret'],
  },
  {
    chart: 'mlflow-platform',
    options: {
      valuesObject: chartValues<'mlflow-platform'>({
        replicas: 2,
        podDisruptionBudget: { minAvailable: null, maxUnavailable: null },
        ingress: { enabled: true, hosts: [] },
        s3: { endpoint: 'ftp://minio:21' },
      }),
    },
    paths: ['artifacts.type', 'ingress.hosts', 'podDisruptionBudget.minAvailable', 'replicas', 's3.endpoint'],
  },
  {
    chart: 'ray-cluster',
    options: {
      valuesObject: chartValues<'ray-cluster'>({
        head: { resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } },
        workers: [
          { name: 'cpu', minReplicas: 0, maxReplicas: 2, replicas: 3 },
          { name: 'cpu', minReplicas: 0, maxReplicas: 1 },
        ],
        httpRoute: { enabled: true },
      }),
    },
    paths: ['head.resources.limits.memory', 'httpRoute.parentRefs', 'workers[0].replicas', 'workers[1].name'],
  },
  {
    chart: 'ml-observability',
    options: { valuesObject: chartValues<'ml-observability'>({ monitors: { kuberayOperator: { enabled: true }, dcgmExporter: { enabled: true } } }) },
    paths: ['monitors.dcgmExporter.enabled', 'monitors.kuberayOperator.enabled'],
  },
  {
    chart: 'ml-platform',
    options: {
      valuesObject: chartValues<'ml-platform'>({
        components: { rayCluster: true, feast: true, mlflow: true },
        'ray-cluster': { networkPolicy: { feast: { ports: [1] }, mlflow: { ports: [2] } } },
      }),
    },
    paths: ['ray-cluster.networkPolicy.feast.ports', 'ray-cluster.networkPolicy.mlflow.ports'],
  },
];

describe('every invalid value of a chart is reported in one render (templates/validate.yaml)', () => {
  it.each(cases.flatMap((c) => ([3, 4] as const).map((helm) => [c.chart, helm, c] as const)))('%s (helm %i)', async (chart, helm, c) => {
    const r = await tryRender(chart, { ...c.options, helm } as RenderOptions<unknown>);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const stderr = r.error.stderr;
    expect(errorValuePaths(stderr)).toEqual(c.paths);
    // One report, from validate.yaml, naming the chart and counting its errors; each line says the fix.
    expect(stderr).toContain(`${chart}: ${c.paths.length} invalid values (each line names the value and the fix):`);
    expect(stderr).toMatch(new RegExp(`${chart}/templates/validate\\.yaml`));
    expect(stderr.match(/^value \S+: .*\. Fix: .*\.$/gm)).toHaveLength(c.paths.length);
  });
});

describe('a component rendered inside the umbrella names each value by the umbrella\'s key', () => {
  it.each([3, 4] as const)('feast alone says image.digest, feast in ml-platform says feast.image.digest (Helm %i)', async (helm) => {
    const alone = await tryRender('feast', { helm, valuesObject: chartValues<'feast'>({ global: { requireImageDigests: true } }) });
    const inUmbrella = await tryRender('ml-platform', { helm, valuesObject: chartValues<'ml-platform'>({ global: { requireImageDigests: true }, components: { rayCluster: false, mlflow: false, feast: true } }) });
    expect(alone.ok || errorValuePaths(alone.error.stderr)).toContain('image.digest');
    expect(inUmbrella.ok || errorValuePaths(inUmbrella.error.stderr)).toContain('feast.image.digest');
    expect(inUmbrella.ok || inUmbrella.error.stderr).toContain('feast: ');
  });
});

/** The places (`<file> <template name>`) of parsed templates where a node matches, by walking Go's parse trees. */
async function nodesWhere(files: string[], matches: (node: Record<string, unknown>) => boolean): Promise<string[]> {
  const trees = await parseTemplates(files);
  const found: string[] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) for (const n of node) walk(n, where);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (matches(n)) found.push(where);
      for (const v of Object.values(n)) walk(v, where);
    }
  };
  for (const [file, byName] of Object.entries(trees)) for (const [name, tree] of Object.entries(byName)) walk(tree, `${file} ${name}`);
  return found;
}

/** Calls of `fail` and `required`, and includes of the former ml-common.fail. */
const failCalls = (files: string[]) =>
  nodesWhere(files, (n) => (n.t === 'ident' && (n.name === 'fail' || n.name === 'required')) || (n.t === 'string' && n.value === 'ml-common.fail'));

const templateFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? templateFiles(full) : [full];
  });

const chartsDir = join(repoRoot, 'charts');
const chartTemplates = () => readdirSync(chartsDir).flatMap((c) => templateFiles(join(chartsDir, c, 'templates')));

describe('no template fails mid-render: only ml-common.validation.report calls fail', () => {
  it('every fail/required in charts/*/templates is the reporter\'s', async () => {
    const calls = await failCalls(chartTemplates());
    expect(calls).toEqual([`${relative(repoRoot, join(chartsDir, 'ml-common/templates/_validate.tpl'))} ml-common.validation.report`]);
  });

  it('each application chart reports from exactly one place, its templates/validate.yaml', async () => {
    const reports = await nodesWhere(chartTemplates(), (n) => n.t === 'string' && n.value === 'ml-common.validation.report');
    const applications = readdirSync(chartsDir).filter((c) => chartMetadata(join(chartsDir, c)).type !== 'library').sort();
    expect(reports.sort()).toEqual(applications.map((c) => `charts/${c}/templates/validate.yaml charts/${c}/templates/validate.yaml`));
  });

  it('finds a fail planted in a template and in a helper (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlp-fail-'));
    try {
      const file = join(dir, 'planted.yaml');
      writeFileSync(file, '{{- define "x.check" }}{{ if .a }}{{ include "ml-common.fail" (dict "path" "a") }}{{ end }}{{ end }}\n{{ .Values.b | required "b" }}\n{{ fail "c" }}\n');
      expect((await failCalls([file])).map((c) => c.split(' ')[1]).sort()).toEqual([relative(repoRoot, file), relative(repoRoot, file), 'x.check'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
