import { describe, expect, it } from 'vitest';
import { chartMetadata, chartPath, listCharts } from '../../scripts/lib/helm/chart-files.ts';
import { declaredLeaves, formatValuesFindings, isDeclared, lintValues } from '../../scripts/lib/schema/values-lint.ts';
import { chartSchema } from '../../scripts/lib/schema/values.ts';
import { fixtureChart } from '../support/fixtures.ts';

describe('values lint of a fixture chart that reads values in every idiom it follows', async () => {
  const findings = await lintValues(fixtureChart('values-lint'));
  const found = findings.map((f) => `${f.kind} ${f.path.replace(/^test\/fixtures\/charts\/values-lint\//, '')}`);

  it('follows .Values, $.Values, a variable holding .Values, with, range, dig, get, tpl, a helper with a context dict, a template name in a variable', () => {
    expect(found.filter((f) => f.startsWith('unread'))).toEqual(['unread partly.unusedToo', 'unread unused']);
  });

  it('finds a read of an undeclared value (a typo of a declared one too)', () => {
    expect(found.filter((f) => f.startsWith('undeclared'))).toEqual(['undeclared notDeclared', 'undeclared partly.usedd']);
    expect(findings.find((f) => f.path === 'notDeclared')!.message).toMatch(/^read by test\/fixtures\/charts\/values-lint\/templates\/configmap.yaml:\d+:\d+ but not declared in values.yaml. Fix: /);
  });

  it('reports what it cannot decide instead of guessing', () => {
    expect(found.filter((f) => f.startsWith('undecidable'))).toEqual([expect.stringMatching(/^undecidable templates\/configmap.yaml:26:\d+$/)]);
  });
});

describe('declared values', () => {
  const schema = chartSchema('ray-cluster') as Record<string, any>;
  it.each([
    [['workers', '*', 'name'], true],
    [['workers', '0', 'resources', 'limits', 'memory'], true],
    [['head', 'nodeSelector', 'any.key/x'], true],
    [['podSecurityContext', 'runAsUser'], true],
    [['global', 'mesh', 'mtlsMode'], true],
    [['head', 'nodeSelectr'], false],
    [['global', 'mesh', 'mtls'], false],
  ])('%j declared: %s', (path, expected) => expect(isDeclared(schema, path)).toBe(expected));

  it('lists leaves through $refs, stopping at maps and Kubernetes types', () => {
    const leaves = declaredLeaves(schema, new Set(['global'])).map((p) => p.join('.'));
    expect(leaves).toEqual(expect.arrayContaining(['image.tag', 'workers.*.name', 'head.nodeSelector', 'head.affinity', 'mesh.rayPorts.nodeManager']));
    expect(leaves.some((l) => l.startsWith('global.') || l.startsWith('head.affinity.'))).toBe(false);
  });
});

/** The lint `npm test` runs on every chart: its templates read exactly what its values.yaml declares. */
describe.each(listCharts().filter((c) => chartMetadata(chartPath(c)).type !== 'library'))('%s', (chart) => {
  it('templates and values.yaml agree (values lint)', async () => {
    const findings = await lintValues(chart);
    expect(findings, formatValuesFindings(chart, findings)).toEqual([]);
  });
});
