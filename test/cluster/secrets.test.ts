import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalSecrets, testCredentials } from '../../scripts/lib/cluster/secrets.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import type { Manifest } from '../../scripts/lib/manifests/index.ts';
import { chartsDir } from '../../scripts/lib/paths.ts';

const pod = (spec: Record<string, unknown>): Manifest => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [], ...spec } }) as Manifest;

describe('test credentials for existingSecret references', () => {
  it('finds env, envFrom, volume and projected references, minus Secrets the release defines', () => {
    const docs: Manifest[] = [
      pod({
        containers: [{ name: 'c', env: [{ name: 'P', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }], envFrom: [{ secretRef: { name: 'bulk' } }] }],
        volumes: [{ name: 'tls', secret: { secretName: 'tls' } }, { name: 'p', projected: { sources: [{ secret: { name: 'proj', items: [{ key: 'token', path: 't' }] } }] } }, { name: 'own', secret: { secretName: 'own' } }],
      }),
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'own' } } as Manifest,
    ];
    const found = externalSecrets(docs);
    expect(found.map((s) => s.name)).toEqual(['bulk', 'db', 'proj', 'tls']);
    expect([...found.find((s) => s.name === 'db')!.keys]).toEqual(['password']);
    expect([...found.find((s) => s.name === 'proj')!.keys]).toEqual(['token']);
  });

  it('generates random values per run (nothing committed), usernames for *username keys, TLS names when keys are unknown', () => {
    const a = testCredentials({ name: 'db', keys: new Set(['username', 'password']) });
    const b = testCredentials({ name: 'db', keys: new Set(['username', 'password']) });
    expect(a.username).toBe('mlp-test');
    expect(a.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(a.password).not.toBe(b.password);
    expect(Object.keys(testCredentials({ name: 'tls', keys: new Set() }))).toEqual(['ca.crt', 'tls.crt', 'tls.key']);
  });

  it("names the Secrets mlflow-platform's production scenario needs", async () => {
    const docs = await render('mlflow-platform', { values: [join(chartsDir, 'mlflow-platform', 'ci', 'production-values.yaml')] });
    const names = externalSecrets(docs).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['mlflow-postgresql', 'minio-credentials', 'mlflow-auth']));
  });
});
