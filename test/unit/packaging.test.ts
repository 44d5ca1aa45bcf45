import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { packagedFiles } from '../../scripts/lib/helm/package.ts';
import { chartsDir } from '../../scripts/lib/paths.ts';

/**
 * Chart archives carry no Python bytecode: running a chart's scripts locally leaves __pycache__/*.pyc
 * beside them, and each chart's .helmignore keeps them out of `helm package` (Helm 3 and 4).
 */
const copy = mkdtempSync(join(tmpdir(), 'mlp-charts-'));
// Built dependencies (charts/<chart>/charts) stay behind: packaging rebuilds them in the copy.
cpSync(chartsDir, copy, { recursive: true, filter: (src) => !/^[^/]+\/charts(\/|$)/.test(relative(chartsDir, src)) });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe.each(listCharts())('%s', (chart) => {
  it.each([3, 4] as const)('packages no __pycache__ or .pyc file, even when the working tree has them (helm %i)', async (major) => {
    const dir = join(copy, chart);
    mkdirSync(join(dir, 'files', '__pycache__'), { recursive: true });
    writeFileSync(join(dir, 'files', '__pycache__', 'probe.cpython-311.pyc'), 'bytecode');
    writeFileSync(join(dir, 'probe.pyc'), 'bytecode');
    const files = await packagedFiles(dir, major);
    expect(files).toContain(`${chart}/Chart.yaml`);
    expect(files.filter((f) => /(^|\/)__pycache__\/|\.pyc$/.test(f))).toEqual([]);
  });
});
