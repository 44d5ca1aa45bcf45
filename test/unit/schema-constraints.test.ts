import { describe, expect, it } from 'vitest';
import { compareSchemas } from '../../scripts/lib/schema/constraints.ts';

const old = {
  type: 'object',
  additionalProperties: false,
  required: ['image'],
  properties: {
    image: { $ref: '#/definitions/image', description: 'The image.' },
    port: { type: 'integer', minimum: 1, maximum: 65535, description: 'Port.' },
    mode: { enum: ['STRICT', 'PERMISSIVE'] },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
  },
  definitions: { image: { type: 'object', additionalProperties: false, properties: { tag: { type: 'string', pattern: '^[a-z0-9.]+$' } } } },
};
const copy = () => structuredClone(old) as any;
const loosened = (schema: object) => compareSchemas(old, schema).loosened.map((c) => `${c.path} ${c.keyword}`);

describe('old vs new schema constraints', () => {
  it('the same schema, or the same constraints organised differently (inline instead of $ref), loses nothing', () => {
    expect(compareSchemas(old, copy()).loosened).toEqual([]);
    const inline = copy();
    inline.properties.image = { ...inline.definitions.image, description: 'The image, inline.' };
    delete inline.definitions;
    const r = compareSchemas(old, inline);
    expect(r.loosened).toEqual([]);
    expect(r.descriptionsChanged.map((c) => c.path)).toEqual(['image']);
  });

  it.each([
    ['a pattern dropped', (s: any) => delete s.definitions.image.properties.tag.pattern, 'image.tag pattern'],
    ['a maximum raised', (s: any) => (s.properties.port.maximum = 70000), 'port maximum'],
    ['a minimum lowered', (s: any) => (s.properties.port.minimum = 0), 'port minimum'],
    ['a type widened', (s: any) => (s.properties.port.type = ['integer', 'string']), 'port type'],
    ['an enum value added', (s: any) => s.properties.mode.enum.push('DISABLE'), 'mode enum'],
    ['an object opened', (s: any) => delete s.definitions.image.additionalProperties, 'image additionalProperties'],
    ['a map value left open', (s: any) => (s.properties.labels.additionalProperties = true), 'labels additionalProperties'],
    ['a required key dropped', (s: any) => (s.required = []), '(root) required'],
    ['a property removed', (s: any) => delete s.properties.port, 'port type'],
  ])('reports %s', (_, change, expected) => {
    const schema = copy();
    change(schema);
    expect(loosened(schema)).toContain(expected);
  });

  it('accepts stricter constraints and lists them', () => {
    const schema = copy();
    schema.properties.port.maximum = 1024;
    schema.properties.mode.enum = ['STRICT'];
    const r = compareSchemas(old, schema);
    expect(r.loosened).toEqual([]);
    expect(r.tightened.map((c) => `${c.path} ${c.keyword}`).sort()).toEqual(['mode enum', 'port maximum']);
  });
});
