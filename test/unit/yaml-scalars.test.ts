import { describe, expect, it } from 'vitest';
import { render } from '../../scripts/lib/helm/render.ts';
import { type Manifest } from '../../scripts/lib/manifests/index.ts';

/**
 * Names and paths reach YAML 1.1 (Helm's parser), where a bare `n`, `y`, `on` or `off` is a boolean and
 * `/a: b` is a mapping: every such value a user can set is rendered quoted, so it stays a string.
 * (Found by fuzzing: nameOverride "n" turned every selector label into `false`.)
 */
const stringsOf = (docs: Manifest[], pick: (m: Manifest) => unknown[]) => docs.flatMap(pick);

describe.each([3, 4] as const)('YAML 1.1 scalars stay strings (Helm %i)', (helm) => {
  it.each(['mlflow-platform', 'feast', 'ray-cluster'])('%s: nameOverride "n" and fullnameOverride "y" keep names and labels strings', async (chart) => {
    for (const set of [{ nameOverride: 'n' }, { fullnameOverride: 'y' }] as Record<string, string>[]) {
      const docs = await render(chart, { set, helm, apiVersions: ['security.istio.io/v1', 'monitoring.coreos.com/v1'] });
      const values = stringsOf(docs, (m) => [m.metadata?.name, ...Object.values(m.metadata?.labels ?? {})]);
      expect(values.filter((v) => typeof v !== 'string'), JSON.stringify(set)).toEqual([]);
    }
  });

  it('feast: an ingress and HTTPRoute path with a colon stays one string', async () => {
    const docs = await render('feast', {
      helm,
      set: { 'ingress.enabled': true, 'ingress.hosts[0].host': 'features.example.com', 'serverRoute.path': '/a:b', 'httpRoute.enabled': true },
      valuesObject: { httpRoute: { parentRefs: [{ name: 'gw' }] } },
      apiVersions: ['gateway.networking.k8s.io/v1'],
    });
    const ingress = docs.find((d) => d.kind === 'Ingress') as any;
    expect(ingress.spec.rules[0].http.paths[0].path).toBe('/a:b');
    const route = docs.find((d) => d.kind === 'HTTPRoute') as any;
    expect(route.spec.rules[0].matches[0].path.value).toBe('/a:b');
  });
});

describe.each([3, 4] as const)('strings Go reads as numbers stay strings (Helm %i)', (helm) => {
  it('mlflow-platform: an S3 bucket "0o17" (or 0x1f, 1e3, 012) reaches the server and the bucket Job as the string', async () => {
    for (const bucket of ['0o17', '0x1f', '1e3', '012']) {
      const docs = await render('mlflow-platform', { helm, valuesObject: { artifacts: { type: 's3', s3: { createBucket: { enabled: true } } }, s3: { bucket, existingSecret: 'minio' } } });
      const job = docs.find((d) => d.kind === 'Job' && (d.metadata.name ?? '').endsWith('bucket')) as any;
      expect(job.spec.template.spec.containers[0].env.find((e: any) => e.name === 'MLFLOW_ARTIFACT_BUCKET').value, bucket).toBe(bucket);
      expect(JSON.stringify(docs.find((d) => d.kind === 'Deployment')), bucket).toContain(`s3://${bucket}`);
    }
  });
});
