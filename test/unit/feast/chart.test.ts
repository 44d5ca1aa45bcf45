import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, tryRender, type ValuesOf } from '../../../scripts/lib/helm/render.ts';
import type { Container, PodSpec } from 'kubernetes-types/core/v1.js';
import { find, get, getTyped, kinds, ofKind, podTemplates, type Manifest } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { ciValuesFiles } from '../../../scripts/lib/scenarios/index.ts';
import { runBinaryOrThrow } from '../../../scripts/lib/tools/index.ts';
import { invalidValues } from '../../support/values.ts';

const chart = 'charts/feast';
const ciDir = join(repoRoot, chart, 'ci');
const ciFile = (name: string) => join(ciDir, `${name}-values.yaml`);
const apiVersions = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];

/** The pod spec of a Deployment or Job, typed as Kubernetes' PodSpec. */
const container = (docs: Manifest[], kind: 'Deployment' | 'Job', name: string): PodSpec => getTyped(docs, kind, name).spec!.template.spec!;
const envOf = (c: Container) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.valueFrom?.secretKeyRef ? `secret:${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}` : e.value]));
const volume = (spec: PodSpec, name: string) => spec.volumes?.find((v) => v.name === name);
const names = (items: { name: string }[] | undefined) => (items ?? []).map((i) => i.name);
const hook = (m: Manifest) => ({ hook: m.metadata.annotations?.['helm.sh/hook'], weight: Number(m.metadata.annotations?.['helm.sh/hook-weight'] ?? 0) });

describe('every pod passes every policy', async () => {
  const profiles = [undefined, ...ciValuesFiles(join(repoRoot, chart))];
  const cases = profiles.flatMap((file) => ([3, 4] as const).map((helm) => ({ file, helm })));
  const rendered = await Promise.all(cases.map(async ({ file, helm }) => ({ file, helm, docs: await render(chart, { values: file ? [file] : [], apiVersions, helm }) })));

  it.each(rendered.map((r) => [`${r.file?.split('/').pop() ?? 'defaults'} (Helm ${r.helm})`, r.docs] as const))('%s', (_name, docs) => {
    const meshOn = ofKind(docs, 'PeerAuthentication').length > 0;
    expect(docs).toPassPolicies({ mesh: { required: meshOn } });
    expect(podTemplates(docs).length).toBeGreaterThan(1);
  });

  it('defaults without the optional APIs render no mesh or monitor objects, and pass too', async () => {
    const docs = await render(chart);
    expect(kinds(docs)).toEqual(['ConfigMap', 'Deployment', 'NetworkPolicy', 'Pod', 'Service', 'ServiceAccount']);
    expect(docs).toPassPolicies();
  });
});

describe('defaults: zero-dependency install (file registry, SQLite, pod-local)', async () => {
  const docs = await render(chart);
  const pod = container(docs, 'Deployment', 'test-feast-server');
  const server = pod.containers[0]!;

  it('runs feast serve on 0.0.0.0:6566 with metrics (through files/serve.py), from the pinned image as UID 1001', () => {
    expect(server.image).toBe('quay.io/feastdev/feature-server:0.66.0');
    const serve = readFileSync(join(repoRoot, chart, 'files', 'serve.py'), 'utf8');
    expect(server.command).toEqual(['python', '-c', serve, '--chdir', '/etc/feast', 'serve', '--host', '0.0.0.0', '--port', '6566', '--workers', '1', '--registry_ttl_sec', '60', '--metrics']);
    expect(server.ports).toEqual([
      { name: 'http', containerPort: 6566, protocol: 'TCP' },
      { name: 'metrics', containerPort: 8000, protocol: 'TCP' },
    ]);
    expect(pod.securityContext?.runAsUser).toBe(1001);
    expect(server.securityContext?.readOnlyRootFilesystem).toBe(true);
    expect(server.volumeMounts?.map((m) => m.mountPath)).toEqual(['/etc/feast', '/data', '/tmp']);
  });

  it('probes /health (which loads the registry) for startup and readiness, the process (TCP) for liveness', () => {
    for (const probe of ['startupProbe', 'readinessProbe'] as const) expect(server[probe]?.httpGet).toEqual({ path: '/health', port: 'http', scheme: 'HTTP' });
    expect(server.livenessProbe?.httpGet).toBeUndefined();
    expect(server.livenessProbe?.tcpSocket).toEqual({ port: 'http' });
    expect(server.startupProbe!.periodSeconds! * server.startupProbe!.failureThreshold!).toBe(300);
  });

  it('registers the feature repository in an init container, since the registry is pod-local', () => {
    expect(names(pod.initContainers)).toEqual(['copy-feature-repo', 'feast-apply']);
    expect(pod.initContainers![1]!.command).toEqual(['feast', '--chdir', '/feature_repo', '--feature-store-yaml', '/etc/feast/feature_store.yaml', 'apply', '--skip-source-validation', '--no-progress']);
    expect(volume(pod, 'data')).toEqual({ name: 'data', emptyDir: {} });
    // feast apply reads plain files in an emptyDir, copied from the ConfigMap (test/unit/feast/feature-repo-copy.test.ts says why).
    expect(volume(pod, 'feature-repo')).toEqual({ name: 'feature-repo', emptyDir: {} });
    expect(volume(pod, 'feature-repo-files')?.configMap?.name).toBe('test-feast-repo');
    expect(names(pod.initContainers![1]!.volumeMounts)).not.toContain('feature-repo-files');
    const repo = getTyped(docs, 'ConfigMap', 'test-feast-repo');
    expect(Object.keys(repo.data ?? {})).toEqual(['driver_repo.py']);
    expect(repo.data?.['driver_repo.py']).toContain('name="driver_hourly_stats"');
    expect(ofKind(docs, 'Job')).toEqual([]);
    expect(find(docs, 'PersistentVolumeClaim')).toBeUndefined();
  });

  it('mounts no ServiceAccount token and renders no Role (no_auth needs no API)', () => {
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(getTyped(docs, 'ServiceAccount').automountServiceAccountToken).toBe(false);
    expect(find(docs, 'Role')).toBeUndefined();
    expect(find(docs, 'ClusterRole')).toBeUndefined();
  });

  it('exposes 6566 and the metrics port; NetworkPolicy admits the namespace on http, the scrapers on metrics, egress DNS only', () => {
    expect(getTyped(docs, 'Service', 'test-feast-server').spec?.ports?.map((p) => [p.name, p.port])).toEqual([
      ['http', 6566],
      ['metrics', 8000],
    ]);
    const np = getTyped(docs, 'NetworkPolicy', 'test-feast-server');
    expect(np.spec?.ingress).toEqual([
      { from: [{ podSelector: {} }], ports: [{ port: 'http', protocol: 'TCP' }] },
      // ml-common's default scrapers: kube-prometheus-stack's Prometheus.
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: [{ port: 'metrics', protocol: 'TCP' }] },
    ]);
    expect(np.spec?.egress).toHaveLength(1);
    expect(np.spec?.egress?.[0]?.ports?.map((p) => p.port)).toEqual([53, 53]);
  });

  it('helm test requests /health and the configured online features with the server image', () => {
    const test = getTyped(docs, 'Pod', 'test-feast-test');
    expect(test.metadata.annotations?.['helm.sh/hook']).toBe('test');
    const c = test.spec!.containers[0]!;
    expect(c.image).toBe('quay.io/feastdev/feature-server:0.66.0');
    expect(envOf(c).FEAST_URL).toBe('http://test-feast-server:6566');
    expect(JSON.parse(envOf(c).FEAST_TEST_REQUEST!)).toEqual({ features: ['driver_hourly_stats:conv_rate', 'driver_hourly_stats:acc_rate'], entities: { driver_id: [1001] } });
    expect(c.command?.[2]).toContain('/get-online-features');
    expect(c.command?.[2]).toContain('"/health"');
  });

  it('renders a ServiceMonitor on the metrics port when the API is served, and none with metrics off', async () => {
    const [withApi, metricsOff] = await Promise.all([
      render(chart, { apiVersions: ['monitoring.coreos.com/v1'] }),
      render(chart, { apiVersions: ['monitoring.coreos.com/v1'], set: { 'metrics.enabled': false } }),
    ]);
    expect((get(withApi, 'ServiceMonitor') as any).spec.endpoints).toEqual([
      {
        port: 'metrics',
        path: '/metrics',
        interval: '30s',
        scheme: 'http',
        metricRelabelings: [
          { sourceLabels: ['exported_endpoint'], regex: '(.+)', targetLabel: 'endpoint', replacement: '${1}', action: 'replace' },
          { regex: 'exported_endpoint', action: 'labeldrop' },
        ],
      },
    ]);
    expect(find(metricsOff, 'ServiceMonitor')).toBeUndefined();
    expect(container(metricsOff, 'Deployment', 'test-feast-server').containers[0]!.command).not.toContain('--metrics');
    expect(names(getTyped(metricsOff, 'Service').spec?.ports as { name: string }[])).toEqual(['http']);
  });
});

describe('production profile: Redis online store, PostgreSQL registry and offline store', async () => {
  const docs = await render(chart, { values: [ciFile('redis-postgres')], apiVersions });
  const pod = container(docs, 'Deployment', 'test-feast-server');

  it('creates the database and role with an idempotent pre-install/pre-upgrade Job, admin credentials from a Secret', () => {
    const job = get(docs, 'Job', 'test-feast-db-init');
    expect(hook(job)).toEqual({ hook: 'pre-install,pre-upgrade', weight: -10 });
    const c = getTyped(docs, 'Job', 'test-feast-db-init').spec!.template.spec!.containers[0]!;
    expect(c.image).toBe('postgres:18.4-alpine3.23');
    const env = envOf(c);
    expect(env).toMatchObject({ PGHOST: 'postgresql', PGPORT: '5432', PGDATABASE: 'postgres', PGSSLMODE: 'require', PGUSER: 'secret:postgresql-admin/username', PGPASSWORD: 'secret:postgresql-admin/password', FEAST_DB_USER: 'feast', FEAST_DB_NAME: 'feast', FEAST_DB_PASSWORD: 'secret:feast-postgresql/password' });
    const script = c.command![2]!;
    expect(script).toMatch(/SELECT format\('CREATE ROLE %I LOGIN', :'role'\) WHERE NOT EXISTS \(SELECT FROM pg_roles WHERE rolname = :'role'\) \\gexec/);
    expect(script).toMatch(/SELECT format\('CREATE DATABASE %I OWNER %I', :'db', :'role'\) WHERE NOT EXISTS \(SELECT FROM pg_database WHERE datname = :'db'\) \\gexec/);
    expect(script).toContain('\\getenv password FEAST_DB_PASSWORD');
    expect(script).toContain('ON_ERROR_STOP=1');
    expect(script).not.toMatch(/CREATE (ROLE|DATABASE) [^%]/);
  });

  it('runs feast apply as a post-install/post-upgrade Job after the DB-init Job, with the Secret-backed env', () => {
    const job = get(docs, 'Job', 'test-feast-apply');
    expect(hook(job)).toEqual({ hook: 'post-install,post-upgrade', weight: 10 });
    expect(hook(job).weight).toBeGreaterThan(hook(get(docs, 'Job', 'test-feast-db-init')).weight);
    const spec = container(docs, 'Job', 'test-feast-apply');
    expect(names(spec.containers)).toEqual(['feast-apply']);
    expect(names(spec.initContainers)).toEqual(['copy-feature-repo']);
    expect(envOf(spec.containers[0]!)).toMatchObject({ FEAST_POSTGRES_PASSWORD: 'secret:feast-postgresql/password', FEAST_REDIS_PASSWORD: 'secret:redis/redis-password' });
    expect(volume(spec, 'feature-repo-files')?.configMap?.name).toBe('test-feast-repo');
    expect(spec.affinity).toBeUndefined();
  });

  it('the server waits for the shared registry instead of applying, and serves with two workers', () => {
    expect(names(pod.initContainers)).toEqual(['wait-for-registry']);
    expect(pod.initContainers![0]!.command![2]).toContain('registry.list_projects(allow_cache=False)');
    expect(envOf(pod.initContainers![0]!)).toMatchObject({ FEAST_POSTGRES_PASSWORD: 'secret:feast-postgresql/password' });
    expect(pod.containers[0]!.command).toContain('--workers');
    expect(names(pod.volumes)).toEqual(['config', 'tmp']);
  });

  it('the replicas\' first load of the sql registry (which creates its tables) holds a PostgreSQL advisory lock, so one creates them and the others find them; the script is valid Python', async () => {
    const script = pod.initContainers![0]!.command![2]!;
    expect(script).toContain("pg_advisory_lock(hashtext('feast-sql-registry-schema'))");
    expect(script).toContain('poolclass=NullPool');
    // The lock is held around the load, not after it.
    expect(script.indexOf('with schema_lock():')).toBeLessThan(script.indexOf('registry.list_projects'));
    const fileRegistry = container(await render(chart, { values: [ciFile('persistent-file')] }), 'Deployment', 'test-feast-server').initContainers![0]!.command![2]!;
    expect(fileRegistry).not.toContain('pg_advisory_lock');
    for (const source of [script, fileRegistry]) {
      expect(await runBinaryOrThrow('python', 'python', ['-c', 'import sys; compile(sys.stdin.read(), "wait-for-registry", "exec")'], { input: source })).toBe('');
    }
  });

  it('scales with an HPA (no fixed replicas), a PDB and topology spread', () => {
    expect(getTyped(docs, 'Deployment', 'test-feast-server').spec?.replicas).toBeUndefined();
    expect(getTyped(docs, 'HorizontalPodAutoscaler').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6, scaleTargetRef: { kind: 'Deployment', name: 'test-feast-server' } });
    expect(getTyped(docs, 'PodDisruptionBudget').spec?.maxUnavailable).toBe(1);
    expect(pod.topologySpreadConstraints?.[0]?.topologyKey).toBe('kubernetes.io/hostname');
  });

  it('runs the registry (gRPC), offline (Arrow Flight) and UI servers with their real commands and probes', () => {
    const registry = container(docs, 'Deployment', 'test-feast-registry').containers[0]!;
    expect(registry.command).toEqual(['feast', '--chdir', '/etc/feast', 'serve_registry', '--port', '6570']);
    expect(registry.readinessProbe?.grpc).toEqual({ port: 6570 });
    const offline = container(docs, 'Deployment', 'test-feast-offline').containers[0]!;
    expect(offline.command).toEqual(['feast', '--chdir', '/etc/feast', 'serve_offline', '--host', '0.0.0.0', '--port', '8815']);
    expect(offline.livenessProbe?.tcpSocket).toEqual({ port: 'flight' });
    const ui = container(docs, 'Deployment', 'test-feast-ui').containers[0]!;
    expect(ui.command).toEqual(['feast', '--chdir', '/etc/feast', 'ui', '--host', '0.0.0.0', '--port', '8888']);
    expect(ui.startupProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(Object.fromEntries(ofKind(docs, 'Service').map((s) => [s.metadata.name, getTyped([s], 'Service').spec?.ports?.map((p) => p.port)]))).toEqual({
      'test-feast-server': [6566, 8000],
      'test-feast-registry': [6570],
      'test-feast-offline': [8815],
      'test-feast-ui': [8888],
    });
  });

  it('NetworkPolicy: listed clients (and the test pod) in, egress to DNS, Redis and PostgreSQL only', () => {
    const np = getTyped(docs, 'NetworkPolicy', 'test-feast-server').spec!;
    expect(np.ingress?.[0]?.from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-ingress' } } },
      { podSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'ml-platform' } } },
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'feast', 'app.kubernetes.io/instance': 'test', 'app.kubernetes.io/component': 'test' } } },
    ]);
    expect(np.ingress?.[1]?.from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }]);
    expect(np.egress?.slice(1)).toEqual([
      { ports: [{ port: 6379, protocol: 'TCP' }], to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'redis' } } }] },
      { ports: [{ port: 5432, protocol: 'TCP' }], to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'postgresql' } } }] },
      { ports: [{ port: 15012, protocol: 'TCP' }], to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } } }] },
    ]);
    expect(ofKind(docs, 'NetworkPolicy').map((n) => n.metadata.name)).toEqual(['test-feast-server', 'test-feast-registry', 'test-feast-offline', 'test-feast-ui', 'test-feast-apply', 'test-feast-materialize', 'test-feast-test', 'test-feast-db-init']);
  });

  it('Istio: STRICT for every pod of the release; only the namespace and listed principals may call', () => {
    const pa = get(docs, 'PeerAuthentication') as any;
    expect(pa.spec.mtls.mode).toBe('STRICT');
    expect(pa.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'feast', 'app.kubernetes.io/instance': 'test' });
    const ap = get(docs, 'AuthorizationPolicy', 'test-feast-server') as any;
    expect(ap.spec.action).toBe('ALLOW');
    expect(ap.spec.rules).toEqual([
      { from: [{ source: { namespaces: ['default'] } }] },
      { from: [{ source: { principals: ['cluster.local/ns/istio-ingress/sa/platform-gateway'] } }] },
      // The scrapers are in the mesh here (metrics.scrapers.inMesh): admitted by namespace, STRICT kept.
      { from: [{ source: { namespaces: ['monitoring'] } }], to: [{ operation: { ports: ['8000'], methods: ['GET'] } }] },
    ]);
    expect(pa.spec.portLevelMtls).toBeUndefined();
    expect(ofKind(docs, 'AuthorizationPolicy')).toHaveLength(4);
  });

  it('routes /api/ml/features to the server, stripping the prefix', () => {
    const route = get(docs, 'HTTPRoute') as any;
    expect(route.spec.parentRefs).toEqual([{ name: 'platform-gateway', namespace: 'istio-ingress' }]);
    expect(route.spec.rules[0].matches).toEqual([{ path: { type: 'PathPrefix', value: '/api/ml/features' } }]);
    expect(route.spec.rules[0].filters[0].urlRewrite.path).toEqual({ type: 'ReplacePrefixMatch', replacePrefixMatch: '/' });
    expect(route.spec.rules[0].backendRefs).toEqual([{ name: 'test-feast-server', port: 6566 }]);
  });

  it('no credential appears in the rendered output: every password line is a Secret reference or an env expansion', async () => {
    const r = await tryRender(chart, { values: [ciFile('redis-postgres')], apiVersions });
    if (!r.ok) throw r.error;
    const lines = r.stdout.split('\n').filter((l) => /password/i.test(l));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toMatch(/\$\{FEAST_(POSTGRES|REDIS)_PASSWORD\}|passwordKey|key: "?(password|redis-password)"?|name: (PGPASSWORD|FEAST_\w*PASSWORD)|\\getenv password|PASSWORD %L', :'role', :'password'|^\s*#/);
    }
    expect(docs).toPassPolicy('secrets');
  });
});

describe('file registry on a ReadWriteOnce volume', async () => {
  const docs = await render(chart, { values: [ciFile('persistent-file')] });

  it('keeps the claim and pins the apply Job and UI to the server node; the server recreates instead of surging', () => {
    const pvc = getTyped(docs, 'PersistentVolumeClaim', 'test-feast-data');
    expect(pvc.spec).toMatchObject({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } } });
    expect(pvc.metadata.annotations?.['helm.sh/resource-policy']).toBe('keep');
    const affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'feast', 'app.kubernetes.io/instance': 'test', 'app.kubernetes.io/component': 'server' } }, topologyKey: 'kubernetes.io/hostname' }] } };
    expect(container(docs, 'Job', 'test-feast-apply').affinity).toEqual(affinity);
    expect(container(docs, 'Deployment', 'test-feast-ui').affinity).toEqual(affinity);
    expect(container(docs, 'Deployment', 'test-feast-server').affinity).toBeUndefined();
    expect(getTyped(docs, 'Deployment', 'test-feast-server').spec?.strategy).toEqual({ type: 'Recreate' });
    for (const name of ['test-feast-server', 'test-feast-ui']) {
      expect(volume(container(docs, 'Deployment', name), 'data')?.persistentVolumeClaim?.claimName).toBe('test-feast-data');
    }
    expect(names(container(docs, 'Deployment', 'test-feast-server').initContainers)).toEqual(['wait-for-registry']);
  });

  it('the Ingress serves the platform path on the server port', () => {
    const ingress = getTyped(docs, 'Ingress');
    expect(ingress.spec?.ingressClassName).toBe('nginx');
    expect(ingress.spec?.rules?.[0]?.http?.paths[0]).toEqual({ path: '/api/ml/features(/|$)(.*)', pathType: 'Prefix', backend: { service: { name: 'test-feast-server', port: { name: 'http' } } } });
  });

  it('an existing claim is used instead of a new one', async () => {
    const existing = await render(chart, { values: [ciFile('persistent-file')], set: { 'persistence.existingClaim': 'feast-data' } });
    expect(find(existing, 'PersistentVolumeClaim')).toBeUndefined();
    expect(volume(container(existing, 'Job', 'test-feast-apply'), 'data')?.persistentVolumeClaim?.claimName).toBe('feast-data');
  });
});

describe('PostgreSQL online store, Kubernetes auth, TLS, feature repository from an image', async () => {
  const docs = await render(chart, { values: [ciFile('postgres-online')] });
  const pod = container(docs, 'Deployment', 'test-feast-server');
  const server = pod.containers[0]!;

  it('serves HTTPS with --key/--cert from the TLS Secret, probed over HTTPS', () => {
    expect(server.command?.slice(-4)).toEqual(['--key', '/tls/tls.key', '--cert', '/tls/tls.crt']);
    expect(server.readinessProbe?.httpGet).toEqual({ path: '/health', port: 'https', scheme: 'HTTPS' });
    expect(volume(pod, 'tls')?.secret?.secretName).toBe('feast-tls');
    expect(getTyped(docs, 'Service').spec?.ports).toEqual([{ name: 'https', port: 6566, targetPort: 'https', protocol: 'TCP', appProtocol: 'https' }]);
    expect(envOf(getTyped(docs, 'Pod').spec!.containers[0]!).FEAST_URL).toBe('https://test-feast-server:6566');
  });

  it('Kubernetes auth mounts the token and grants only TokenReview creation and RoleBinding reads', () => {
    expect(pod.automountServiceAccountToken).toBe(true);
    expect(getTyped(docs, 'Role').rules).toEqual([{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings'], verbs: ['get', 'list'] }]);
    expect(getTyped(docs, 'ClusterRole').rules).toEqual([{ apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] }]);
    expect(getTyped(docs, 'RoleBinding').subjects).toEqual([{ kind: 'ServiceAccount', name: 'test-feast', namespace: 'default' }]);
    expect(getTyped(docs, 'ClusterRoleBinding').roleRef.name).toBe(getTyped(docs, 'ClusterRole').metadata.name);
    const egressPorts = getTyped(docs, 'NetworkPolicy', 'test-feast-server').spec?.egress?.map((r) => r.ports?.map((p) => p.port));
    expect(egressPorts).toEqual([[53, 53], [5432], [443, 6443]]);
  });

  it('copies the feature repository out of its image before feast apply, validating sources', () => {
    const spec = container(docs, 'Job', 'test-feast-apply');
    expect(spec.initContainers?.[0]).toMatchObject({ name: 'copy-feature-repo', image: 'example/feature-repo:2026.11.1', command: ['cp', '-R', '/repo/.', '/feature_repo/'] });
    expect(spec.containers[0]!.command).not.toContain('--skip-source-validation');
    expect(volume(spec, 'feature-repo')).toEqual({ name: 'feature-repo', emptyDir: {} });
    expect(find(docs, 'ConfigMap', 'test-feast-repo')).toBeUndefined();
    expect(spec.affinity).toBeUndefined(); // ReadWriteMany: no pinning
  });

  it('two replicas get a PDB without an HPA', () => {
    expect(getTyped(docs, 'Deployment').spec?.replicas).toBe(2);
    expect(find(docs, 'PodDisruptionBudget')).toBeDefined();
    expect(find(docs, 'HorizontalPodAutoscaler')).toBeUndefined();
  });
});

describe('globals from the umbrella', async () => {
  const docs = await render(chart, { valuesObject: { global: { imageRegistry: 'mirror.internal', mesh: { enabled: true }, networkPolicy: { enabled: false }, monitoring: { enabled: true } } } });

  it('rewrite every image, switch the mesh and monitors on and network policies off', () => {
    expect(podTemplates(docs).flatMap((p) => [...(p.template.spec.initContainers ?? []), ...p.template.spec.containers].map((c) => c.image))).toEqual(
      expect.arrayContaining(['mirror.internal/feastdev/feature-server:0.66.0']),
    );
    expect(podTemplates(docs).every((p) => [...(p.template.spec.initContainers ?? []), ...p.template.spec.containers].every((c) => c.image!.startsWith('mirror.internal/')))).toBe(true);
    expect(find(docs, 'PeerAuthentication')).toBeDefined();
    expect(find(docs, 'ServiceMonitor')).toBeDefined();
    expect(find(docs, 'NetworkPolicy')).toBeUndefined();
  });

  it('global.mesh.mtlsMode applies unless the chart sets its own mode', async () => {
    const mode = async (values: ValuesOf<typeof chart>) => (get(await render(chart, { valuesObject: values }), 'PeerAuthentication').spec as any).mtls.mode;
    expect(await mode({ mesh: { enabled: true } })).toBe('STRICT');
    expect(await mode({ global: { mesh: { enabled: true, mtlsMode: 'PERMISSIVE' } } })).toBe('PERMISSIVE');
    expect(await mode({ mesh: { mtlsMode: 'STRICT' }, global: { mesh: { enabled: true, mtlsMode: 'PERMISSIVE' } } })).toBe('STRICT');
  });

  it("the chart's explicit networkPolicy.enabled wins over the global", async () => {
    const explicit = await render(chart, { valuesObject: { networkPolicy: { enabled: true }, global: { networkPolicy: { enabled: false } } } });
    expect(find(explicit, 'NetworkPolicy')).toBeDefined();
  });
});

describe('invalid values fail, naming the value', () => {
  const pg = { host: 'pg', existingSecret: 'feast-pg' };
  const cases: [string, object, string][] = [
    ['redis online store without a connection', { onlineStore: { type: 'redis' } }, 'redis.host'],
    ['sql registry without a database', { registry: { type: 'sql' }, onlineStore: { type: 'redis' }, redis: { host: 'r' }, postgresql: { ...pg, database: '' } }, 'postgresql.database'],
    ['sql registry without a host', { registry: { type: 'sql' }, onlineStore: { type: 'redis' }, redis: { host: 'r' } }, 'postgresql.host'],
    ['postgres store without a password Secret', { onlineStore: { type: 'postgres' }, postgresql: { host: 'pg' } }, 'postgresql.existingSecret'],
    ['sqlite with two replicas', { server: { replicas: 2 } }, 'onlineStore.type'],
    ['pod-local file registry shared by replicas', { onlineStore: { type: 'redis' }, redis: { host: 'r' }, server: { replicas: 2 } }, 'registry.type'],
    ['UI without a shared registry', { ui: { enabled: true } }, 'persistence.enabled'],
    ['TLS without a Secret', { server: { tls: { enabled: true } } }, 'server.tls.existingSecret'],
    ['DB-init without admin credentials', { registry: { type: 'sql' }, onlineStore: { type: 'redis' }, redis: { host: 'r' }, postgresql: pg, dbInit: { enabled: true } }, 'dbInit.auth.existingSecret'],
    ['DB-init with nothing on PostgreSQL', { dbInit: { enabled: true, auth: { existingSecret: 'admin' } } }, 'dbInit.enabled'],
    ['HTTPRoute without a Gateway', { httpRoute: { enabled: true } }, 'httpRoute.parentRefs'],
    ['feature repository image without a repository', { featureRepo: { source: 'image' } }, 'featureRepo.image.repository'],
    ['no feature definitions', { featureRepo: { files: null } }, 'featureRepo.files'],
    ['HPA bounds inverted', { onlineStore: { type: 'redis' }, redis: { host: 'r' }, registry: { type: 'sql' }, postgresql: pg, autoscaling: { enabled: true, minReplicas: 4, maxReplicas: 2 } }, 'autoscaling.minReplicas'],
    ['a plain-text password (schema)', { postgresql: { password: 'hunter2' } }, 'postgresql.password'],
    ['an unpinned image (schema)', { image: { tag: 'latest' } }, 'image.tag'],
    ['another serialization version (schema)', { entityKeySerializationVersion: 2 }, 'entityKeySerializationVersion'],
    ['an unknown store (schema)', { onlineStore: { type: 'dynamodb' } }, 'onlineStore.type'],
  ];

  it.each(cases)('%s', async (_name, valuesObject, path) => {
    const r = await tryRender(chart, { valuesObject });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(errorValuePaths(r.error.stderr)).toContain(path);
  });

  it.each([3, 4] as const)('Helm %i names the paths of template and schema errors alike', async (helm) => {
    const [template, schema] = await Promise.all([
      tryRender(chart, { helm, valuesObject: { onlineStore: { type: 'redis' } } }),
      tryRender(chart, { helm, valuesObject: invalidValues(chart, { redis: { password: 'x' } }) }),
    ]);
    expect(!template.ok && errorValuePaths(template.error.stderr)).toEqual(['redis.host']);
    expect(!schema.ok && errorValuePaths(schema.error.stderr)).toEqual(['redis.password']);
  });
});
