import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseQuantity } from '../../scripts/lib/footprint.ts';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../scripts/lib/helm/render.ts';
import { get } from '../../scripts/lib/manifests/query.ts';
import { fixtureChart } from '../support/fixtures.ts';

/** ml-common's quantity and CA-bundle helpers, through a fixture chart that prints their output. */
const chart = fixtureChart('quantities');
const data = async (valuesObject: unknown, helm: 3 | 4 = 4) => (get(await render(chart, { valuesObject, helm }), 'ConfigMap') as any).data as Record<string, any>;

describe('ml-common.quantityBytes', () => {
  // Every form the shared quantity schema accepts: suffixes, decimals, exponents (with leading zeros), numbers.
  // (Keys are ConfigMap keys read as YAML 1.1, as the API server reads them: no bare y/n.)
  const quantities = { a: '8Gi', b: '512Mi', c: '1.5G', d: '1e9', e: '1E+08', f: '2.5e08', g: '100k', h: '.5Ki', i: 1073741824, j: '8.', k: '3e09', l: '7Ti', m: '250M', plain: 7 };

  it.each([3, 4] as const)('agrees with the toolkit\'s own quantity parser on every form (helm %i)', async (helm) => {
    const out = await data({ quantities }, helm);
    for (const [name, value] of Object.entries(quantities)) expect(Number(out[name]), `${value}`).toBe(Math.floor(parseQuantity(value)));
  });

  it('fails naming the value on a string that is not a quantity', async () => {
    const r = await tryRender(chart, { valuesObject: { quantities: { memory: '8GB' } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toEqual(['quantities.memory']);
  });
});

describe('ml-common.memory.errors', () => {
  it('accepts a request up to the limit and refuses one above it, naming the limit', async () => {
    await expect(data({ resources: { requests: { memory: '1Gi' }, limits: { memory: '1024Mi' } } })).resolves.toBeDefined();
    const r = await tryRender(chart, { valuesObject: { resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toEqual(['resources.limits.memory']);
  });
});

describe('ml-common.caBundle', () => {
  const bundles = [
    { client: 'postgresql', caBundle: { secretName: 'pg-ca', key: 'root.pem' }, path: 'db.caBundle' },
    { client: 's3', caBundle: { configMapName: 'platform-ca' }, path: 's3.caBundle' },
    { client: 'redis', caBundle: { secretName: '', configMapName: '' }, path: 'redis.caBundle' },
  ];

  it('mounts each bundle that names a source as <client>/ca.crt and names it to libpq and boto3', async () => {
    const out = await data({ caBundles: bundles });
    expect(parse(out.volumes)).toEqual([
      { name: 'ca-postgresql', secret: { secretName: 'pg-ca', items: [{ key: 'root.pem', path: 'ca.crt' }] } },
      { name: 'ca-s3', configMap: { name: 'platform-ca', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    ]);
    const mounts = parse(out.mounts) as { name: string; mountPath: string; readOnly: boolean }[];
    expect(mounts.map((m) => [m.name, m.readOnly])).toEqual([
      ['ca-postgresql', true],
      ['ca-s3', true],
    ]);
    const env = Object.fromEntries((parse(out.env) as { name: string; value: string }[]).map((e) => [e.name, e.value]));
    expect(Object.keys(env)).toEqual(['PGSSLROOTCERT', 'AWS_CA_BUNDLE']);
    expect(env.PGSSLROOTCERT).toBe(`${mounts[0]!.mountPath}/ca.crt`);
    expect(env.AWS_CA_BUNDLE).toBe(`${mounts[1]!.mountPath}/ca.crt`);
  });

  it.each([3, 4] as const)('refuses a bundle that names both a Secret and a ConfigMap (helm %i)', async (helm) => {
    const r = await tryRender(chart, { valuesObject: { caBundles: [{ client: 'postgresql', caBundle: { secretName: 'a', configMapName: 'b' }, path: 'db.caBundle' }] }, helm });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toEqual(['db.caBundle.configMapName']);
  });
});
