import { describe, expect, it } from 'vitest';
import { render } from '../../scripts/lib/helm/render.ts';
import { getTyped, ofKind } from '../../scripts/lib/manifests/index.ts';
import type { FeastValues, MlflowPlatformValues, RayClusterValues } from '../../values/types/index.ts';

/**
 * One ingress and one httpRoute shape (ml-common's fragments, rendered by ml-common.ingress and
 * ml-common.httpRoute): the same values give the same Ingress and HTTPRoute in every chart; a chart only
 * supplies its Service, port and default path.
 */
type Ingress = NonNullable<FeastValues['ingress'] & MlflowPlatformValues['ingress'] & RayClusterValues['ingress']>;
type HttpRoute = NonNullable<FeastValues['httpRoute'] & MlflowPlatformValues['httpRoute'] & RayClusterValues['httpRoute']>;

const ingress: Ingress = {
  enabled: true,
  className: 'nginx',
  annotations: { 'example.com/a': 'b' },
  hosts: [{ host: 'h.example.com', paths: [{ path: '/x', pathType: 'Exact' }] }, { host: 'g.example.com' }],
  tls: [{ secretName: 'h-tls', hosts: ['h.example.com'] }],
};
const httpRoute: HttpRoute = { enabled: true, parentRefs: [{ name: 'gw', namespace: 'gateway-system' }], hostnames: ['r.example.com'], annotations: { 'example.com/c': 'd' }, labels: { gateway: 'public', 'app.kubernetes.io/instance': 'not-the-release' } };

const charts = [
  { chart: 'feast', defaultPath: '/api/ml/features', stripPrefix: true },
  { chart: 'mlflow-platform', defaultPath: '/', stripPrefix: false },
  { chart: 'ray-cluster', defaultPath: '/api/ml/serve', stripPrefix: true },
] as const;

describe.each(charts)('$chart: the Ingress and the HTTPRoute of ml-common\'s one shape', async ({ chart, defaultPath, stripPrefix }) => {
  // Ray refuses both at once (one way in for Serve): two renders.
  const [withIngress, withRoute] = await Promise.all([render(chart, { valuesObject: { ingress } }), render(chart, { valuesObject: { httpRoute } })]);
  const services = ofKind(withIngress, 'Service').map((s) => getTyped([s], 'Service'));

  it('Ingress: class, annotations, TLS as given; each host its paths, a host without paths the chart\'s default path', () => {
    const ing = getTyped(withIngress, 'Ingress');
    const rules = ing.spec?.rules ?? [];
    expect(ing.spec?.ingressClassName).toBe('nginx');
    expect(ing.metadata.annotations).toMatchObject(ingress.annotations!);
    expect(ing.spec?.tls).toEqual(ingress.tls);
    expect(rules.map((r) => [r.host, r.http?.paths.map((p) => [p.path, p.pathType])])).toEqual([
      ['h.example.com', [['/x', 'Exact']]],
      ['g.example.com', [[defaultPath, 'Prefix']]],
    ]);
    const backends = rules.flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend.service!));
    expect(new Set(backends.map((b) => JSON.stringify(b))).size).toBe(1);
    const backend = backends[0]!;
    const service = services.find((s) => s.metadata.name === backend.name);
    expect(service, backend.name).toBeDefined();
    expect(service?.spec?.ports?.some((p) => p.name === backend.port?.name || p.port === backend.port?.number)).toBe(true);
  });

  it('HTTPRoute: parents, hostnames, annotations and labels as given (a standard label stays the chart\'s), the chart\'s path to its Service', () => {
    const [route] = ofKind(withRoute, 'HTTPRoute') as any[];
    expect(route.spec.parentRefs).toEqual(httpRoute.parentRefs);
    expect(route.spec.hostnames).toEqual(httpRoute.hostnames);
    expect(route.metadata.annotations).toEqual(httpRoute.annotations);
    expect(route.metadata.labels).toMatchObject({ ...httpRoute.labels, 'app.kubernetes.io/instance': 'test' });
    const [rule] = route.spec.rules;
    expect(rule.matches).toEqual([{ path: { type: 'PathPrefix', value: defaultPath } }]);
    expect(Boolean(rule.filters?.some((f: any) => f.urlRewrite?.path?.replacePrefixMatch === '/'))).toBe(stripPrefix);
    const [backend] = rule.backendRefs;
    const service = getTyped(withRoute, 'Service', backend.name);
    expect(service.spec?.ports?.map((p) => p.port)).toContain(backend.port);
  });
});
