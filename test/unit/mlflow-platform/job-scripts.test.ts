import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { render } from '../../../scripts/lib/helm/render.ts';
import { find } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { run, toolPath } from '../../../scripts/lib/tools/index.ts';

/**
 * The migrate Job's script as the chart renders it, run by a real shell and Python with `mlflow` stubbed:
 * under the mesh it asks the sidecar to exit at the end, and when no sidecar listens (a pod the mesh
 * skipped, a namespace without injection) that must stay quiet and succeed.
 */
const chart = 'charts/mlflow-platform';
const bin = mkdtempSync(join(tmpdir(), 'mlp-migrate-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('migrate Job script', async () => {
  const docs = await render(chart, { values: [join(repoRoot, chart, 'ci', 'postgres-s3-values.yaml')], valuesObject: { mesh: { enabled: true }, auth: { enabled: false } } });
  const container = (find(docs, 'Job', 'test-mlflow-platform-migrate') as any).spec.template.spec.containers[0];
  const env = Object.fromEntries((container.env as any[]).filter((e) => e.value !== undefined).map((e) => [e.name, e.value as string]));
  writeFileSync(join(bin, 'mlflow'), '#!/bin/sh\necho "mlflow $*"\n');
  chmodSync(join(bin, 'mlflow'), 0o755);
  symlinkSync(await toolPath('python3'), join(bin, 'python'));

  it('asks the sidecar to exit under the mesh, and with no sidecar listening exits 0 without a traceback', async () => {
    expect(container.command).toEqual(['sh', '-c']);
    expect(env.STOP_ISTIO_SIDECAR).toBe('true');
    const result = await run('sh', ['-c', container.args[0]], { env: { ...env, PATH: `${bin}:${process.env.PATH}` } });
    expect(result.stdout).toContain(`mlflow db upgrade ${env.MLFLOW_BACKEND_STORE_URI}`);
    expect(result.stderr).not.toMatch(/Traceback|Error/);
    expect(result.code).toBe(0);
  });
});
