import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { tryRender } from '../../scripts/lib/helm/render.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { annotationOf } from '../../scripts/lib/schema/annotations.ts';
import { generatedFiles } from '../../scripts/lib/schema/generated.ts';
import { validateValues } from '../../scripts/lib/schema/validate.ts';
import { generatedValuesSchema, valuesSchemaOf } from '../../scripts/lib/schema/values-schema.ts';

const work = mkdtempSync(join(tmpdir(), 'mlp-values-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** The schema generated from a values file with this text (fragments of charts/ml-common/schema available). */
function schemaOf(text: string): Record<string, any> {
  const file = join(work, `values-${n++}.yaml`);
  writeFileSync(file, text);
  return valuesSchemaOf(file);
}

describe('annotations', () => {
  it('reads the @schema block and the -- description of the last paragraph only', () => {
    const comment = ' A section comment for the reader.\n\n A note.\n @schema\n pattern: ^a$\n @schema\n -- The description,\n continued.';
    expect(annotationOf(comment, 'x')).toEqual({ schema: { pattern: '^a$' }, description: 'The description, continued.' });
  });

  it('keeps lines without -- out of the description', () => {
    expect(annotationOf(' Only a comment.', 'x')).toEqual({});
  });

  it('names an unclosed block', () => {
    expect(() => annotationOf(' @schema\n type: string\n -- text', 'charts/x/values.yaml: value a')).toThrow('charts/x/values.yaml: value a: the @schema block is not closed');
  });
});

describe('schema from an annotated values file', () => {
  it('infers types from the defaults and closes every object', () => {
    const schema = schemaOf(['# -- A name.', 'name: web', '# -- Pods.', 'replicas: 2', '# -- A ratio.', 'ratio: 0.5', '# -- On.', 'enabled: true', '# -- A service.', 'service:', '  # -- Its port.', '  port: 80', ''].join('\n'));
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', description: 'A name.' },
        replicas: { type: 'integer', description: 'Pods.' },
        ratio: { type: 'number' },
        enabled: { type: 'boolean' },
        service: { type: 'object', additionalProperties: false, properties: { port: { type: 'integer', description: 'Its port.' } } },
      },
    });
  });

  it('merges the @schema block over what the value implies; an enum stands without the inferred type', () => {
    const schema = schemaOf(
      ['# @schema', '# minimum: 1', '# maximum: 65535', '# @schema', '# -- Port.', 'port: 80', '# @schema', '# enum: ["", STRICT, PERMISSIVE]', '# @schema', '# -- Mode.', 'mode: ""', '# @schema', '# type: [boolean, "null"]', '# @schema', '# -- null detects.', 'enabled: null', ''].join('\n'),
    );
    expect(schema.properties.port).toEqual({ type: 'integer', minimum: 1, maximum: 65535, description: 'Port.' });
    expect(schema.properties.mode).toEqual({ enum: ['', 'STRICT', 'PERMISSIVE'], description: 'Mode.' });
    expect(schema.properties.enabled).toEqual({ type: ['boolean', 'null'], description: 'null detects.' });
  });

  it('takes list items from the first element, or from the block', () => {
    const schema = schemaOf(
      ['# -- Paths.', 'paths:', '  # @schema', '  # required: [name]', '  # @schema', '  # -- A path.', '  - # -- Its name.', '    name: tmp', '  - name: cache', '# @schema', '# items: {type: string}', '# @schema', '# -- Hosts.', 'hosts: []', ''].join('\n'),
    );
    expect(schema.properties.paths.items).toEqual({ type: 'object', additionalProperties: false, properties: { name: { type: 'string', description: 'Its name.' } }, required: ['name'], description: 'A path.' });
    expect(schema.properties.hosts).toEqual({ type: 'array', items: { type: 'string' }, description: 'Hosts.' });
  });

  it('keeps a free-form map open and declares keys absent from the defaults', () => {
    const schema = schemaOf(
      ['# @schema', '# additionalProperties: {type: string}', '# @schema', '# -- Labels.', 'labels:', '  a: b', '# @schema', '# properties:', '#   digest: {type: string, description: Digest.}', '# @schema', '# -- Image.', 'image:', '  # -- Tag.', '  tag: "1"', ''].join('\n'),
    );
    expect(schema.properties.labels).toEqual({ type: 'object', additionalProperties: { type: 'string' }, description: 'Labels.' });
    expect(schema.properties.image.properties).toEqual({ tag: { type: 'string', description: 'Tag.' }, digest: { type: 'string', description: 'Digest.' } });
  });

  it('references shared fragments and local definitions, and defines one from a value', () => {
    const schema = schemaOf(
      [
        '# @schema.root',
        '# definitions:',
        '#   peer: {type: object, additionalProperties: false, properties: {namespace: {type: string}}}',
        '# @schema.root',
        '',
        '# @schema',
        '# $ref: "#/definitions/image"',
        '# @schema',
        '# -- The image.',
        'image: {repository: x, tag: "1"}',
        '# @schema',
        '# items: {$ref: "#/definitions/peer"}',
        '# @schema',
        '# -- Peers.',
        'peers: []',
        '# -- Groups.',
        'groups:',
        '  # @schema',
        '  # define: group',
        '  # @schema',
        '  # -- A group.',
        '  - # -- Its name.',
        '    name: a',
        '# @schema',
        '# items: {$ref: "#/definitions/group"}',
        '# @schema',
        '# -- More groups.',
        'more: []',
        '',
      ].join('\n'),
    );
    expect(schema.properties.image).toEqual({ $ref: '#/definitions/image', description: 'The image.' });
    expect(schema.properties.groups.items).toEqual({ $ref: '#/definitions/group' });
    expect(schema.definitions.group).toEqual({ type: 'object', additionalProperties: false, properties: { name: { type: 'string', description: 'Its name.' } }, description: 'A group.' });
    expect(schema.definitions.peer).toBeDefined();
  });

  it.each([
    ['a key without a description', 'a: 1\n', 'value a: has no description. Fix: add a `# -- <what it is>` comment line above the key'],
    ['a null without a type', '# -- A.\na: null\n', 'value a: is null: its type cannot be inferred'],
    ['an empty map without a declaration', '# -- A.\na: {}\n', 'value a: is an empty map: what it holds cannot be inferred'],
    ['an empty list without items', '# -- A.\na: []\n', 'value a: is an empty list: its items cannot be inferred'],
    ['a $ref with keywords draft-07 would ignore', '# @schema\n# $ref: "#/definitions/image"\n# pattern: x\n# @schema\n# -- A.\na: {}\n', 'value a: a $ref carries pattern, which draft-07 ignores beside $ref'],
    ['a $ref to nothing', '# @schema\n# $ref: "#/definitions/nothing"\n# @schema\n# -- A.\na: {}\n', '$ref #/definitions/nothing names no definition'],
    ['a key declared twice', '# @schema\n# properties: {b: {type: string}}\n# @schema\n# -- A.\na:\n  # -- B.\n  b: x\n', 'value a.b: is declared twice'],
  ])('refuses %s, naming the value and the fix', (_, text, message) => {
    expect(() => schemaOf(text)).toThrow(message);
  });
});

describe('generated chart schemas', () => {
  it('every values.schema.json in the repository is one `mlp gen` writes (none is written by hand)', async () => {
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*values.schema.json'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);
    const generated = new Set((await generatedFiles()).map((f) => f.path.slice(repoRoot.length + 1)));
    expect(tracked.length).toBeGreaterThanOrEqual(6);
    for (const file of tracked) expect(generated, file).toContain(file);
  });

  it('are marked generated and self-contained: every $ref resolves inside the file', () => {
    const schema = generatedValuesSchema('ray-cluster');
    expect(schema.$comment).toMatch(/^Generated from charts\/ray-cluster\/values.yaml by `npx mlp gen`/);
    const refs = JSON.stringify(schema).match(/"\$ref":"#\/definitions\/[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) expect(schema.definitions, ref).toHaveProperty([ref.slice('"$ref":"#/definitions/'.length, -1)]);
    expect(schema.properties['ml-common']).toMatchObject({ type: 'object' });
  });

  it('the umbrella composes its components: each under its key, local definitions prefixed, no required (defaults merge later)', () => {
    const schema = generatedValuesSchema('ml-platform');
    expect(schema.properties['ray-cluster']).toMatchObject({ $ref: '#/definitions/ray-cluster' });
    expect(schema.definitions['ray-cluster'].properties.workers.items).toEqual({ $ref: '#/definitions/ray-cluster.workerGroup' });
    expect(schema.definitions['feast.component']).toBeDefined();
    const embedded = JSON.stringify(['ray-cluster', 'feast', 'mlflow-platform', 'ml-observability'].map((c) => schema.definitions[c]));
    expect(embedded).not.toContain('"required"');
    // The umbrella's own shared fragments keep theirs (global's pull secret objects need a name).
    expect(JSON.stringify(schema.definitions.global)).toContain('"required"');
  });

  it('a wrong component value under the umbrella is reported once (by the composed schema), not again by the component', () => {
    const errors = validateValues('ml-platform', { 'ray-cluster': { image: { tag: 'a b' }, workers: [{ name: 'x', maxReplicas: 1, typo: 1 }] } });
    expect(errors.map((e) => e.path).sort()).toEqual(['ray-cluster.image.tag', 'ray-cluster.workers[0].typo']);
  });
});

describe('Helm 3 and Helm 4 validate with a generated schema', () => {
  const chart = join(work, 'generated-chart');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: generated-chart\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'templates', 'configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  tag: {{ .Values.image.tag | quote }}\n  port: {{ .Values.port | quote }}\n');
  writeFileSync(
    join(chart, 'values.yaml'),
    ['# @schema', '# $ref: "#/definitions/image"', '# @schema', '# -- The image.', 'image:', '  repository: x', '  tag: "1.0"', '# @schema', '# minimum: 1', '# maximum: 65535', '# @schema', '# -- Port.', 'port: 80', ''].join('\n'),
  );
  writeFileSync(join(chart, 'values.schema.json'), JSON.stringify(generatedValuesSchema(chart), null, 2));

  it.each([3, 4] as const)('helm %i renders the defaults and names each wrong value', async (helm) => {
    expect((await tryRender(chart, { helm })).ok).toBe(true);
    const r = await tryRender(chart, { helm, valuesObject: { port: 0, image: { tag: 'a b', typo: 1 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr).sort()).toEqual(expect.arrayContaining(['image.tag', 'port']));
  });
});
