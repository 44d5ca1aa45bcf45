import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { valuesTable, valuesTableEnd, valuesTableStart, withValuesTable } from '../../scripts/lib/schema/docs.ts';
import { drifted } from '../../scripts/lib/schema/generated.ts';
import { sharedValuesTypes, typeName, valuesTypes } from '../../scripts/lib/schema/types.ts';
import { validateValues, valuePath } from '../../scripts/lib/schema/validate.ts';
import { chartDefaults, chartSchema, mergeValues } from '../../scripts/lib/schema/values.ts';
import { fixtureChart } from '../support/fixtures.ts';

const good = fixtureChart('good');

describe('value paths', () => {
  it.each([
    ['/workers/0/replicas', 'workers[0].replicas'],
    ['/commonLabels/app.kubernetes.io~1name', 'commonLabels["app.kubernetes.io/name"]'],
    ['', '(root)'],
  ])('%s → %s', (pointer, path) => expect(valuePath(pointer)).toBe(path));
});

describe('merging values like Helm', () => {
  it('merges maps, replaces lists and scalars, deletes on null', () => {
    expect(mergeValues({ a: { b: 1, c: 2 }, l: [1, 2], s: 'x' }, { a: { c: 3 }, l: [9], s: null })).toEqual({ a: { b: 1, c: 3 }, l: [9] });
  });
});

describe('ajv validation of values', () => {
  it('accepts the defaults', () => expect(validateValues(good)).toEqual([]));

  it('names each wrong value with what is wrong', () => {
    const errors = validateValues(good, { replicas: -1, image: { tag: 'latest', pullPolicy: 'Sometimes', typo: 1 }, gpuWorker: { gpus: 1.5 }, mesh: { enabled: 'yes' } });
    expect(errors).toHaveValueError('replicas', />= 0/);
    expect(errors).toHaveValueError('image.typo', /not a known value/);
    expect(errors).toHaveValueError('image.pullPolicy', /one of "Always", "IfNotPresent", "Never"/);
    expect(errors).toHaveValueError('image.tag');
    expect(errors).toHaveValueError('gpuWorker.gpus', /integer/);
    expect(errors).toHaveValueError('mesh.enabled', /boolean,null/);
  });

  it('validates against the merged defaults, so removing a required default is caught', () => {
    expect(validateValues(good, { image: { repository: null } })).toHaveValueError('image.repository', /required/);
  });
});

describe('generation from the schema', () => {
  const schema = chartSchema(good)!;

  it('generates TypeScript types named after the chart', async () => {
    const ts = await valuesTypes('good', schema);
    expect(typeName('ray-cluster')).toBe('RayClusterValues');
    expect(ts).toMatch(/export interface GoodValues \{/);
    expect(ts).toMatch(/replicas\?: number;/);
    expect(ts).toMatch(/pullPolicy\?: 'Always' \| 'IfNotPresent' \| 'Never';/);
  });

  it('types a shared fragment once: a chart that inlines it unchanged imports its type from shared.ts', async () => {
    const shared = { 'k8s.Toleration': { type: 'object', properties: { key: { type: 'string' } }, additionalProperties: false } };
    const chart = { type: 'object', properties: { tolerations: { type: 'array', items: { $ref: '#/definitions/k8s.Toleration' } } }, definitions: { ...shared } };
    const ts = await valuesTypes('fixture', chart, [], shared);
    expect(ts).toMatch(/import type \{\s*K8SToleration as SharedK8SToleration\s*\} from '\.\/shared\.ts';/);
    expect(ts).not.toMatch(/interface K8SToleration/);
    expect(await sharedValuesTypes(shared)).toMatch(/export interface K8SToleration \{\n\s+key\?: string;/);
    // A chart whose copy differs keeps its own type.
    const changed = { ...chart, definitions: { 'k8s.Toleration': { ...shared['k8s.Toleration'], description: 'changed' } } };
    const own = await valuesTypes('fixture', changed, [], shared);
    expect(own).not.toContain('./shared.ts');
    expect(own).toMatch(/export interface \w+ \{\n\s+key\?: string;/);
  });

  it('generates one README row per leaf value with default and description', () => {
    const table = valuesTable(schema, chartDefaults(good));
    expect(table).toContain('| `replicas` | integer | `1` | Web server replicas. (min 0) |');
    expect(table).toContain('| `image.repository` | string | `"nginxinc/nginx-unprivileged"` | Image repository. |');
    expect(table).toContain('| `mesh.enabled` | boolean \\| null | `true` |');
  });

  it('replaces only the generated block of a README', () => {
    const before = `# x\nintro\n\n${valuesTableStart}\nold\n${valuesTableEnd}\n\n## After\n`;
    expect(withValuesTable(before, 'NEW')).toBe(`# x\nintro\n\n${valuesTableStart}\nNEW\n${valuesTableEnd}\n\n## After\n`);
    expect(withValuesTable('# x\n', 'NEW')).toBe(`# x\n\n## Values\n\n${valuesTableStart}\nNEW\n${valuesTableEnd}\n`);
  });

  it('detects drift of generated files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlp-drift-'));
    try {
      const file = join(dir, 'a.ts');
      writeFileSync(file, 'same');
      expect(drifted([{ path: file, content: 'same' }])).toEqual([]);
      expect(drifted([{ path: file, content: 'changed' }])).toHaveLength(1);
      expect(drifted([{ path: join(dir, 'missing.ts'), content: '' }])).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
