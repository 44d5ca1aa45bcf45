import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubernetesFragmentsFile } from '../../scripts/lib/schema/fragments.ts';
import { definitionName, kubernetesDefinitions, kubernetesOpenApi, kubernetesRoots } from '../../scripts/lib/schema/kubernetes.ts';

/** The Kubernetes schema fragments: how the generator converts OpenAPI v3 to draft-07, and that the committed file is its output. */
describe('kubernetesDefinitions', () => {
  const openApi = {
    components: {
      schemas: {
        'io.k8s.api.core.v1.Outer': {
          description: 'Outer.',
          type: 'object',
          required: ['inner'],
          properties: {
            inner: { allOf: [{ $ref: '#/components/schemas/io.k8s.api.core.v1.Inner' }], default: {}, description: 'The inner one.' },
            count: { type: 'integer', format: 'int32', description: 'A count.' },
            big: { type: 'integer', format: 'int64' },
            labels: { type: 'object', additionalProperties: { type: 'string', default: '' } },
            list: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Inner2' }] }, 'x-kubernetes-list-type': 'atomic' },
          },
        },
        'io.k8s.api.core.v1.Inner': { type: 'object', properties: { mode: { type: 'string', enum: ['A', 'B'] } } },
        'io.k8s.apimachinery.pkg.apis.meta.v1.Inner2': { type: 'object', properties: { key: { type: 'string' } } },
        'io.k8s.api.core.v1.Unused': { type: 'object', properties: {} },
      },
    },
  };
  const defs = kubernetesDefinitions(openApi, ['io.k8s.api.core.v1.Outer']);

  it('keeps the roots and what they reference, named k8s.<Type>', () => {
    expect(Object.keys(defs)).toEqual(['k8s.Inner', 'k8s.Inner2', 'k8s.Outer']);
    expect(definitionName('io.k8s.api.core.v1.Affinity')).toBe('k8s.Affinity');
  });

  it('closes objects, unwraps allOf references, bounds int32 and drops defaults, formats and x-kubernetes-*', () => {
    expect(defs['k8s.Outer']).toEqual({
      description: 'Outer.',
      type: 'object',
      required: ['inner'],
      additionalProperties: false,
      $comment: 'Kubernetes io.k8s.api.core.v1.Outer',
      properties: {
        inner: { $ref: '#/definitions/k8s.Inner', description: 'The inner one.' },
        count: { type: 'integer', description: 'A count.', minimum: -2147483648, maximum: 2147483647 },
        big: { type: 'integer' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        list: { type: 'array', items: { $ref: '#/definitions/k8s.Inner2' } },
      },
    });
    expect(defs['k8s.Inner']!.properties.mode).toEqual({ type: 'string', enum: ['A', 'B'] });
  });

  it('refuses two types that would get the same name', () => {
    const clash = { components: { schemas: { ...openApi.components.schemas, 'io.k8s.api.core.v1.Both': { type: 'object', properties: { a: { $ref: '#/components/schemas/io.k8s.api.core.v1.Inner' }, b: { $ref: '#/components/schemas/io.k8s.api.other.v1.Inner' } } }, 'io.k8s.api.other.v1.Inner': { type: 'object' } } } };
    expect(() => kubernetesDefinitions(clash, ['io.k8s.api.core.v1.Both'])).toThrow(/would both be k8s.Inner/);
  });
});

describe('charts/ml-common/schema/kubernetes.json', async () => {
  // The module is in the Go module cache once the tools are built (the control plane comes from it); offline here.
  const source = await kubernetesOpenApi(undefined, { offline: true }).catch((error: Error) => error);
  const committed = JSON.parse(readFileSync(kubernetesFragmentsFile, 'utf8'));

  it('is what the generator makes of the pinned release', (ctx) => {
    if (source instanceof Error) {
      console.warn(`skipping: k8s.io/kubernetes is not in the Go module cache (${source.message.split('\n')[0]}); run npx mlp gen --kubernetes once online`);
      ctx.skip();
      return;
    }
    expect(committed.definitions).toEqual(kubernetesDefinitions(source.document));
    expect(committed.$comment).toContain(`v${source.version}`);
  });

  it('holds every root type', () => {
    for (const root of kubernetesRoots) expect(Object.keys(committed.definitions)).toContain(definitionName(root));
  });
});
