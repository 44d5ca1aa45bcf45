import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { render, tryRender, type RenderOptions } from '../../scripts/lib/helm/render.ts';
import { get } from '../../scripts/lib/manifests/query.ts';
import { effectiveService } from '../../scripts/lib/schema/external-services.ts';
import { fixtureChart } from '../support/fixtures.ts';

const chart = fixtureChart('helpers');
async function outputs(opts: RenderOptions = {}) {
  const cm = get(await render(chart, opts), 'ConfigMap');
  return { data: cm.data as Record<string, string>, labels: cm.metadata.labels! };
}
const digest = `sha256:${'a'.repeat(64)}`;

describe('ml-common names', () => {
  it('qualifies by release and collapses when the release already holds the chart name', async () => {
    expect((await outputs({ release: 'prod' })).data.fullname).toBe('prod-helpers');
    expect((await outputs({ release: 'helpers-prod' })).data.fullname).toBe('helpers-prod');
    expect((await outputs({ set: { fullnameOverride: 'x' } })).data.fullname).toBe('x');
    expect((await outputs({ set: { nameOverride: 'other' } })).data.name).toBe('other');
  });

  it('keeps every name within 63 characters without a trailing dash, and keeps the component suffix', async () => {
    // Helm caps release names at 53 characters; a long nameOverride pushes the total past 63.
    const release = `r${'x'.repeat(30)}-${'y'.repeat(21)}`;
    const { data } = await outputs({ release, set: { nameOverride: 'a-very-long-name-override-for-the-chart' } });
    for (const key of ['fullname', 'componentName'] as const) {
      expect(data[key]!.length).toBeLessThanOrEqual(63);
      expect(data[key]).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
    expect(data.componentName).toMatch(/-a-rather-long-component$/);
  });

  it('names the service account after the component when one is created', async () => {
    expect((await outputs()).data.serviceAccountName).toBe('default');
    expect((await outputs({ set: { 'serviceAccount.create': true } })).data.serviceAccountName).toBe('test-helpers-server');
    expect((await outputs({ set: { 'serviceAccount.name': 'mine' } })).data.serviceAccountName).toBe('mine');
  });
});

describe('ml-common labels', () => {
  it('puts the standard labels and chart/global extras on metadata', async () => {
    const { labels } = await outputs({ set: { 'commonLabels.team': 'ml', 'global.commonLabels.env': 'prod', 'global.partOf': 'acme-ml' } });
    expect(labels).toEqual({
      'app.kubernetes.io/name': 'helpers',
      'app.kubernetes.io/instance': 'test',
      'app.kubernetes.io/component': 'probe',
      'app.kubernetes.io/version': '2.0.0',
      'app.kubernetes.io/managed-by': 'Helm',
      'app.kubernetes.io/part-of': 'acme-ml',
      'helm.sh/chart': 'helpers-0.1.0',
      team: 'ml',
      env: 'prod',
    });
  });
});

describe('ml-common images', () => {
  it('defaults the tag to appVersion, honours digests and the global registry', async () => {
    expect((await outputs()).data.image).toBe('example/app:2.0.0');
    expect((await outputs({ set: { 'image.tag': '1.2.3', 'image.registry': 'docker.io' } })).data.image).toBe('docker.io/example/app:1.2.3');
    // The schema takes a registry with a path and a trailing slash (the helper drops the slash), not a bare host with one.
    expect((await outputs({ set: { 'global.imageRegistry': 'mirror.local:5000/team/' } })).data.image).toBe('mirror.local:5000/team/example/app:2.0.0');
    expect((await outputs({ set: { 'image.digest': digest } })).data.image).toBe(`example/app:2.0.0@${digest}`);
  });

  it.each([
    [{ 'image.tag': 'latest' }, 'image.tag'],
    [{ 'image.digest': 'sha256:nothex' }, 'image.digest'],
    [{ 'image.repository': '' }, 'image.repository'],
  ])('refuses %o naming %s', async (set, path) => {
    for (const helm of [3, 4] as const) {
      const outcome = await tryRender(chart, { set, helm });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(errorValuePaths(outcome.error.stderr)).toContain(path);
        expect(outcome.error.stderr).toMatch(/Fix: /);
      }
    }
  });

  it('lists chart and global pull secrets once each', async () => {
    const { data } = await outputs({ set: ['imagePullSecrets[0].name=a', 'global.imagePullSecrets[0]=a', 'global.imagePullSecrets[1]=b'] });
    expect(parse(data.pullSecrets!)).toEqual({ imagePullSecrets: [{ name: 'a' }, { name: 'b' }] });
  });
});

describe('ml-common switches (chart value, then global, then the cluster API)', () => {
  it.each([
    ['explicit true', { set: { switch: true } }, 'true'],
    ['explicit false beats the API', { set: { switch: false }, apiVersions: ['security.istio.io/v1'] }, ''],
    ['global true', { set: { 'global.mesh.enabled': true } }, 'true'],
    ['global false beats the API', { set: { 'global.mesh.enabled': false }, apiVersions: ['security.istio.io/v1'] }, ''],
    ['unset, API served', { apiVersions: ['security.istio.io/v1'] }, 'true'],
    ['unset, API absent', {}, ''],
  ] as [string, RenderOptions, string][])('%s', async (_, opts, expected) => {
    expect((await outputs(opts)).data.meshEnabled).toBe(expected);
  });
});

describe('ml-common security contexts', () => {
  it('default to the restricted profile with a read-only root filesystem', async () => {
    const { data } = await outputs();
    expect(parse(data.podSecurityContext!)).toEqual({ runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, fsGroupChangePolicy: 'OnRootMismatch', seccompProfile: { type: 'RuntimeDefault' } });
    expect(parse(data.containerSecurityContext!)).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('merge value overrides field by field', async () => {
    const { data } = await outputs({ set: { 'podSecurityContext.runAsUser': 2000, 'securityContext.readOnlyRootFilesystem': false } });
    expect(parse(data.podSecurityContext!)).toMatchObject({ runAsUser: 2000, runAsNonRoot: true });
    expect(parse(data.containerSecurityContext!)).toMatchObject({ readOnlyRootFilesystem: false, allowPrivilegeEscalation: false });
  });
});

describe('ml-common network policy peers', () => {
  it('renders pods, namespaces and CIDRs as NetworkPolicy peers', async () => {
    const peers = [{ podLabels: { app: 'client' } }, { namespace: 'gateway' }, { namespace: 'ml', podLabels: { app: 'x' } }, { cidr: '10.0.0.0/8' }];
    const { data } = await outputs({ valuesObject: { peers } });
    expect(parse(data.peers!)).toEqual([
      { podSelector: { matchLabels: { app: 'client' } } },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'gateway' } } },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ml' } }, podSelector: { matchLabels: { app: 'x' } } },
      { ipBlock: { cidr: '10.0.0.0/8' } },
    ]);
  });
});

describe('ml-common scrapers: one notion of who scrapes the metrics ports', () => {
  const prometheus = { 'app.kubernetes.io/name': 'prometheus' };

  it("defaults to kube-prometheus-stack's Prometheus (namespace monitoring, its pods' label), outside the mesh", async () => {
    const { data } = await outputs();
    expect(JSON.parse(data.scrapers!)).toEqual({ namespaces: ['monitoring'], podLabels: prometheus, inMesh: false, principals: [] });
    expect(parse(data.scrapeIngress!)).toEqual([{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: prometheus } }], ports: [{ port: 'metrics', protocol: 'TCP' }] }]);
    // Plain text from outside the mesh: no source identity to match, GET only, PERMISSIVE on the metrics port alone.
    expect(parse(data.scrapeRules!)).toEqual([{ to: [{ operation: { ports: ['9090'], methods: ['GET'] } }] }]);
    expect(parse(data.scrapePortLevelMtls!)).toEqual({ '9090': { mode: 'PERMISSIVE' } });
  });

  it('takes each field from the chart value, else global.metrics.scrapers, else the default', async () => {
    const { data } = await outputs({ valuesObject: { metrics: { scrapers: { namespaces: ['obs'] } }, global: { metrics: { scrapers: { namespaces: ['ignored'], podLabels: { app: 'prom' }, inMesh: true } } } } });
    expect(JSON.parse(data.scrapers!)).toEqual({ namespaces: ['obs'], podLabels: { app: 'prom' }, inMesh: true, principals: [] });
  });

  it('in the mesh: STRICT kept (no port-level exception), the AuthorizationPolicy admits its namespaces and principals', async () => {
    const { data } = await outputs({ valuesObject: { global: { metrics: { scrapers: { inMesh: true, principals: ['cluster.local/ns/monitoring/sa/prometheus'] } } } } });
    expect(parse(data.scrapePortLevelMtls!)).toEqual({});
    expect(parse(data.scrapeRules!)).toEqual([
      { from: [{ source: { namespaces: ['monitoring'] } }, { source: { principals: ['cluster.local/ns/monitoring/sa/prometheus'] } }], to: [{ operation: { ports: ['9090'], methods: ['GET'] } }] },
    ]);
  });

  it('[] namespaces admit any namespace, {} pod labels any pod', async () => {
    const { data } = await outputs({ valuesObject: { metrics: { scrapers: { namespaces: [], podLabels: {} } } } });
    expect(parse(data.scrapeIngress!)[0].from).toEqual([{ namespaceSelector: {} }]);
  });
});

describe('ml-common mesh egress: sidecars reach istiod', () => {
  const namespaceOf = async (opts: RenderOptions) => (parse((await outputs(opts)).data.meshEgress!) as any[]).map((r) => [r.to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name'], r.ports]);

  it('nothing without the mesh; istio-system on 15012 with it; global.mesh.istiodNamespace, then the chart value, move it', async () => {
    expect(await namespaceOf({})).toEqual([]);
    const port = [{ port: 15012, protocol: 'TCP' }];
    expect(await namespaceOf({ apiVersions: ['security.istio.io/v1'] })).toEqual([['istio-system', port]]);
    expect(await namespaceOf({ valuesObject: { global: { mesh: { enabled: true, istiodNamespace: 'istio-control' } } } })).toEqual([['istio-control', port]]);
    expect(await namespaceOf({ valuesObject: { mesh: { enabled: true, istiodNamespace: 'mesh' }, global: { mesh: { istiodNamespace: 'istio-control' } } } })).toEqual([['mesh', port]]);
    expect(await namespaceOf({ apiVersions: ['security.istio.io/v1'], valuesObject: { mesh: { enabled: false } } })).toEqual([]);
  });
});

describe('ml-common Ingress prefix stripping', () => {
  it("adds Kong's strip-path for className kong only, keeping the user's annotations and their own strip-path", async () => {
    const strip = async (className: string, ingressAnnotations: object = {}) => parse((await outputs({ valuesObject: { ingressClassName: className, ingressAnnotations } })).data.stripPrefix!);
    expect(await strip('kong')).toEqual({ 'konghq.com/strip-path': 'true' });
    expect(await strip('kong', { 'konghq.com/strip-path': 'false', x: 'y' })).toEqual({ 'konghq.com/strip-path': 'false', x: 'y' });
    expect(await strip('nginx', { x: 'y' })).toEqual({ x: 'y' });
  });
});

describe('ml-common external services (postgresql, s3, redis): the chart\'s block over global.<kind> over the defaults, field by field', () => {
  const services = async (valuesObject: object) => {
    const { data } = await outputs({ valuesObject });
    return { postgresql: JSON.parse(data.postgresql!), s3: JSON.parse(data.s3!), redis: JSON.parse(data.redis!), data };
  };

  it('takes each field the chart leaves empty from global, and the chart\'s own field over the global\'s', async () => {
    const global = { postgresql: { host: 'pg.data.svc', port: 5433, sslMode: 'verify-full', existingSecret: 'shared', caBundle: { secretName: 'pg-ca' } }, s3: { endpoint: 'http://minio.data.svc:9000', existingSecret: 'minio' }, redis: { host: 'redis.data.svc', tls: true } };
    const { postgresql, s3, redis } = await services({ global, postgresql: { database: 'feast', user: 'feast', existingSecret: 'feast-pg', host: '' }, s3: { region: 'eu-west-1' }, redis: { port: null, database: 2 } });
    expect(postgresql).toEqual({ host: 'pg.data.svc', port: 5433, database: 'feast', user: 'feast', existingSecret: 'feast-pg', passwordKey: 'password', usernameKey: '', sslMode: 'verify-full', caBundle: { secretName: 'pg-ca', configMapName: '', key: 'ca.crt' } });
    expect(s3).toEqual({ endpoint: 'http://minio.data.svc:9000', region: 'eu-west-1', bucket: '', existingSecret: 'minio', accessKeyIdKey: 'AWS_ACCESS_KEY_ID', secretAccessKeyKey: 'AWS_SECRET_ACCESS_KEY', caBundle: { secretName: '', configMapName: '', key: 'ca.crt' } });
    expect(redis).toEqual({ host: 'redis.data.svc', port: 6379, database: 2, existingSecret: '', passwordKey: 'redis-password', tls: true, caBundle: { secretName: '', configMapName: '', key: 'ca.crt' } });
  });

  it('the same PostgreSQL stated once under global or in the chart renders the same', async () => {
    const pg = { host: 'pg.data.svc', port: 5432, sslMode: 'require', existingSecret: 'db', user: 'app', database: 'app' };
    const [fromGlobal, fromChart] = await Promise.all([services({ global: { postgresql: pg } }), services({ postgresql: pg })]);
    expect(fromGlobal.postgresql).toEqual(fromChart.postgresql);
    expect(fromGlobal.data.postgresqlEnv).toEqual(fromChart.data.postgresqlEnv);
  });

  it('takes a caBundle whole from whichever names a Secret or ConfigMap, the chart\'s first', async () => {
    const global = { postgresql: { caBundle: { secretName: 'global-ca', key: 'g.pem' } } };
    expect((await services({ global, postgresql: { caBundle: { configMapName: 'own-ca' } } })).postgresql.caBundle).toEqual({ secretName: '', configMapName: 'own-ca', key: 'ca.crt' });
    expect((await services({ global, postgresql: { caBundle: { key: 'x.pem' } } })).postgresql.caBundle).toEqual({ secretName: 'global-ca', configMapName: '', key: 'g.pem' });
  });

  it('evaluates host and endpoint as templates, names where a value came from, and derives the S3 port from the endpoint', async () => {
    const { postgresql, data } = await services({ postgresql: { host: '{{ .Release.Name }}-postgresql' } });
    expect(postgresql.host).toBe('test-postgresql');
    expect(data.postgresqlHostPath).toBe('postgresql.host');
    expect((await services({ global: { postgresql: { host: 'pg' } } })).data.postgresqlHostPath).toBe('global.postgresql.host');
    expect((await services({ s3: { endpoint: 'http://minio:9000' } })).data.s3Port).toBe('9000');
    expect((await services({ s3: { endpoint: 'http://minio' } })).data.s3Port).toBe('80');
    expect((await services({})).data.s3Port).toBe('443');
  });

  it('gives S3 clients the endpoint, region and key pair, and libpq the password and sslmode', async () => {
    const { data } = await services({ global: { s3: { endpoint: 'http://minio:9000/', existingSecret: 'minio' }, postgresql: { existingSecret: 'db', usernameKey: 'user' } } });
    const env = (yaml: string) => Object.fromEntries((parse(yaml) as { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[]).map((e) => [e.name, e.value ?? `${e.valueFrom!.secretKeyRef.name}/${e.valueFrom!.secretKeyRef.key}`]));
    expect(env(data.s3Env!)).toEqual({ AWS_ENDPOINT_URL: 'http://minio:9000', MLFLOW_S3_ENDPOINT_URL: 'http://minio:9000', AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'minio/AWS_ACCESS_KEY_ID', AWS_SECRET_ACCESS_KEY: 'minio/AWS_SECRET_ACCESS_KEY' });
    expect(env(data.postgresqlEnv!)).toEqual({ PGUSER: 'db/user', PGPASSWORD: 'db/password', PGSSLMODE: 'require' });
  });

  it('resolves as the toolkit\'s effectiveService does (the `up` planner reads values with it)', async () => {
    const cases = [
      {},
      { global: { postgresql: { host: 'a', port: 1 }, s3: { region: 'r', caBundle: { secretName: 's' } }, redis: { tls: true, database: 3 } } },
      { global: { postgresql: { host: 'a' } }, postgresql: { host: 'b', sslMode: 'disable', caBundle: { configMapName: 'c', key: 'k' } }, s3: { bucket: 'bk', existingSecret: 'x' }, redis: { port: 7000, tls: false } },
    ];
    for (const values of cases) {
      const rendered = await services(values);
      for (const kind of ['postgresql', 's3', 'redis'] as const) expect(rendered[kind], `${kind} of ${JSON.stringify(values)}`).toEqual(effectiveService(kind, (values as Record<string, unknown>)[kind], (values as Record<string, unknown>).global));
    }
  });

  it('egress to a service goes to the chart\'s networkPolicy.egressTo.<kind>, else global.networkPolicy.egressTo.<kind>, else anywhere on its port', async () => {
    const egress = async (valuesObject: object) => parse((await outputs({ valuesObject })).data.postgresqlEgress!);
    const data = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'data' } } };
    const own = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'db' } } };
    const port = [{ port: 5432, protocol: 'TCP' }];
    expect(await egress({})).toEqual([{ ports: port }]);
    expect(await egress({ global: { networkPolicy: { egressTo: { postgresql: [{ namespace: 'data' }] } } } })).toEqual([{ ports: port, to: [data] }]);
    expect(await egress({ global: { networkPolicy: { egressTo: { postgresql: [{ namespace: 'data' }] } } }, networkPolicy: { egressTo: { postgresql: [{ namespace: 'db' }] } } })).toEqual([{ ports: port, to: [own] }]);
  });

  it('checks a host and an S3 endpoint after tpl, naming the chart\'s value or the global\'s', async () => {
    const fails = async (valuesObject: object) => {
      const r = await tryRender(chart, { valuesObject });
      return r.ok ? [] : errorValuePaths(r.error.stderr);
    };
    expect(await fails({ s3: { endpoint: 'ftp://minio:21' } })).toEqual(['s3.endpoint']);
    expect(await fails({ global: { s3: { endpoint: 'minio:9000' } } })).toEqual(['global.s3.endpoint']);
    expect(await fails({ postgresql: { host: '{{ .Release.Name }} db' } })).toEqual(['postgresql.host']);
    expect(await fails({ global: { redis: { host: 'redis/0' } } })).toEqual(['global.redis.host']);
  });

  it('reads the cluster domain from global.clusterDomain, else cluster.local', async () => {
    expect((await outputs()).data.clusterDomain).toBe('cluster.local');
    expect((await outputs({ valuesObject: { global: { clusterDomain: 'corp.internal' } } })).data.clusterDomain).toBe('corp.internal');
  });
});
