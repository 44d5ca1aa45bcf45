import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, type RenderOptions, tryRender, type ValuesOf } from '../../../scripts/lib/helm/render.ts';
import { at, find, get, getTyped, type Manifest, ofKind, podTemplates } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { check } from '../../../scripts/lib/policies/index.ts';
import { selectorMatches } from '../../../scripts/lib/policies/network.ts';
import { policyContextOf } from '../../../scripts/lib/schema/policy-context.ts';
import { formatValueErrors, validateValues } from '../../../scripts/lib/schema/validate.ts';
import { mergeValues, readValuesFile, type Values } from '../../../scripts/lib/schema/values.ts';
import { chartScenarios, profileFile } from '../../../scripts/lib/scenarios/index.ts';
import { invalidValues } from '../../support/values.ts';

const chart = 'ml-platform';
const istio = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];
const profile = (name: string) => join(repoRoot, 'values', `${name}.yaml`);
const testDigests = join(repoRoot, 'test', 'fixtures', 'airgapped-test-digests.yaml');
const opts = { release: 'mlp', namespace: 'ml' };

const chartOf = (m: Manifest) => m.metadata.labels?.['app.kubernetes.io/name'];
const images = (docs: Manifest[]) => podTemplates(docs).flatMap((p) => [...(p.template.spec.initContainers ?? []), ...p.template.spec.containers].map((c) => c.image!));
/** The environment the Ray head gets from the ConfigMaps it loads (envFrom). */
const rayEndpoints = (docs: Manifest[]): Record<string, string> => {
  const c = getTyped(docs, 'RayCluster').spec.headGroupSpec.template.spec!.containers[0]!;
  return Object.assign({}, ...(c.envFrom ?? []).map((source) => getTyped(docs, 'ConfigMap', source.configMapRef!.name).data));
};

async function failure(valuesObject: unknown, files: string[] = [], helm: 3 | 4 = 4): Promise<string> {
  const r = await tryRender(chart, { ...opts, values: files, valuesObject: invalidValues(chart, valuesObject), helm });
  if (r.ok) throw new Error('expected the render to fail');
  return r.error.stderr;
}

describe('composition', async () => {
  const [all, withoutRay, onlyMlflow] = await Promise.all([
    render(chart, opts),
    render(chart, { ...opts, valuesObject: { components: { rayCluster: false } } }),
    render(chart, { ...opts, valuesObject: { components: { rayCluster: false, feast: false, observability: false } } }),
  ]);

  it('installs the four component charts by default, and the endpoints ConfigMap of its own', () => {
    expect(new Set(all.map(chartOf))).toEqual(new Set(['ray-cluster', 'feast', 'mlflow-platform', 'ml-observability', 'ml-platform']));
    expect(all.filter((d) => chartOf(d) === 'ml-platform').map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(['ConfigMap/mlp-endpoints']);
  });

  it('components.<name>: false leaves a chart out (and its endpoint)', () => {
    expect(withoutRay.some((d) => chartOf(d) === 'ray-cluster')).toBe(false);
    expect(withoutRay.some((d) => chartOf(d) === 'feast')).toBe(true);
    expect(new Set(onlyMlflow.map(chartOf))).toEqual(new Set(['mlflow-platform', 'ml-platform']));
    expect(Object.keys(getTyped(onlyMlflow, 'ConfigMap', 'mlp-endpoints').data ?? {})).toEqual(['MLFLOW_TRACKING_URI']);
  });

  it('has no ResourceQuota or LimitRange unless asked', () => {
    expect(ofKind(all, 'ResourceQuota')).toEqual([]);
    expect(ofKind(all, 'LimitRange')).toEqual([]);
  });
});

describe('globals reach every chart', async () => {
  const [docs, off, permissive] = await Promise.all([
    render(chart, {
      ...opts,
      apiVersions: istio,
      valuesObject: { global: { imageRegistry: 'mirror.example:5000', imagePullSecrets: ['pull'], commonLabels: { team: 'ml' }, partOf: 'ml-suite', mesh: { enabled: true }, monitoring: { enabled: true } }, 'ray-cluster': { operator: { enabled: true } } },
    }),
    render(chart, { ...opts, apiVersions: istio, valuesObject: { global: { mesh: { enabled: false }, monitoring: { enabled: false }, networkPolicy: { enabled: false } } } }),
    render(chart, { ...opts, apiVersions: istio, valuesObject: { global: { mesh: { enabled: true, mtlsMode: 'PERMISSIVE' } } } }),
  ]);

  it('global.imageRegistry rewrites every image and global.imagePullSecrets reaches every pod', () => {
    const all = images(docs);
    expect(all.length).toBeGreaterThan(5);
    for (const image of all) expect(image).toMatch(/^mirror\.example:5000\//);
    for (const p of podTemplates(docs)) expect(p.template.spec.imagePullSecrets, `${p.owner.kind}/${p.owner.metadata.name}`).toEqual([{ name: 'pull' }]);
  });

  it('global.commonLabels and global.partOf label every object of every chart', () => {
    for (const d of docs) {
      expect(d.metadata.labels?.team, `${d.kind}/${d.metadata.name}`).toBe('ml');
      expect(d.metadata.labels?.['app.kubernetes.io/part-of'], `${d.kind}/${d.metadata.name}`).toBe('ml-suite');
    }
  });

  it('global.mesh renders STRICT PeerAuthentications in ray-cluster, feast and mlflow-platform; mtlsMode switches them all', () => {
    const modes = (d: Manifest[]) => ofKind(d, 'PeerAuthentication').map((pa) => [chartOf(pa), at(pa, 'spec.mtls.mode')]);
    expect(new Set(modes(docs).map(([c]) => c))).toEqual(new Set(['ray-cluster', 'feast', 'mlflow-platform']));
    expect(new Set(modes(docs).map(([, m]) => m))).toEqual(new Set(['STRICT']));
    expect(new Set(modes(permissive).map(([, m]) => m))).toEqual(new Set(['PERMISSIVE']));
  });

  it('global.monitoring renders the monitors of every chart and the PrometheusRule', () => {
    expect(new Set([...ofKind(docs, 'ServiceMonitor'), ...ofKind(docs, 'PodMonitor')].map(chartOf))).toEqual(new Set(['ray-cluster', 'feast', 'mlflow-platform']));
    expect(get(docs, 'PrometheusRule')).toBeDefined();
  });

  it('false globals turn the mesh, monitors and NetworkPolicies off in every chart, even where Istio and prometheus-operator are served', () => {
    for (const kind of ['PeerAuthentication', 'AuthorizationPolicy', 'ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'NetworkPolicy']) expect(ofKind(off, kind), kind).toEqual([]);
  });
});

describe('cross-chart wiring', async () => {
  const docs = await render(chart, { ...opts, values: [profile('prod')], apiVersions: istio });

  it("Ray's MLFLOW_TRACKING_URI and FEAST_FEATURE_SERVER_URL are this release's MLflow and Feast Services on their ports", () => {
    const env = rayEndpoints(docs);
    for (const [variable, chart] of [['MLFLOW_TRACKING_URI', 'mlflow-platform'], ['FEAST_FEATURE_SERVER_URL', 'feast']] as const) {
      const uri = new URL(env[variable]!);
      const [service, namespace] = uri.hostname.split('.');
      expect(namespace).toBe('ml');
      const svc = getTyped(docs, 'Service', service);
      expect(chartOf(svc)).toBe(chart);
      expect((svc.spec?.ports ?? []).map((p) => p.port)).toContain(Number(uri.port));
    }
  });

  it("the endpoints follow the components' real Service names: a release named after a component, fullnameOverride, another Feast port", async () => {
    const cases: [RenderOptions<ValuesOf<typeof chart>>, string, string][] = [
      [{ ...opts, release: 'mlflow' }, 'http://mlflow-mlflow-platform.ml.svc.cluster.local:5000', 'http://mlflow-feast-server.ml.svc:6566'],
      [{ ...opts, release: 'feast' }, 'http://feast-mlflow-platform.ml.svc.cluster.local:5000', 'http://feast-server.ml.svc:6566'],
      [{ ...opts, valuesObject: { 'mlflow-platform': { fullnameOverride: 'mlflow' }, feast: { fullnameOverride: 'feast', service: { port: 80 } } } }, 'http://mlflow.ml.svc.cluster.local:5000', 'http://feast-server.ml.svc:80'],
    ];
    for (const [o, mlflow, feast] of cases) {
      const rendered = await render(chart, o);
      expect(rayEndpoints(rendered)).toMatchObject({ MLFLOW_TRACKING_URI: mlflow, FEAST_FEATURE_SERVER_URL: feast });
      for (const uri of [mlflow, feast]) expect(find(rendered, 'Service', new URL(uri).hostname.split('.')[0]), uri).toBeDefined();
    }
  });

  it("Ray's egress NetworkPolicy admits the MLflow pods on 5000", () => {
    const mlflowPods = podTemplates(docs).filter((p) => chartOf(p.owner) === 'mlflow-platform' && !p.hook).map((p) => p.labels);
    expect(mlflowPods.length).toBeGreaterThan(0);
    const rules = ofKind(docs, 'NetworkPolicy')
      .filter((np) => chartOf(np) === 'ray-cluster')
      .flatMap((np) => getTyped([np], 'NetworkPolicy').spec?.egress ?? [])
      .filter((r) => (r.ports ?? []).some((p) => p.port === 5000));
    expect(rules.some((r) => (r.to ?? []).some((peer) => peer.podSelector && mlflowPods.every((labels) => selectorMatches(peer.podSelector, labels))))).toBe(true);
  });

  it("a component renamed (nameOverride) or moved to another port without Ray's egress following is refused naming the egress value (Helm 3 and 4)", async () => {
    const cases: [ValuesOf<typeof chart>, string, string][] = [
      [{ feast: { nameOverride: 'store' } }, 'ray-cluster.networkPolicy.feast.peers[0].podLabels["app.kubernetes.io/name"]', 'Fix: set it to "store", or leave feast.nameOverride empty.'],
      [{ 'mlflow-platform': { nameOverride: 'tracking' } }, 'ray-cluster.networkPolicy.mlflow.peers[0].podLabels["app.kubernetes.io/name"]', 'Fix: set it to "tracking", or leave mlflow-platform.nameOverride empty.'],
      [{ feast: { server: { port: 7000 } } }, 'ray-cluster.networkPolicy.feast.ports', 'Fix: add 7000 to it, or set feast.server.port to one of them.'],
      [{ 'ray-cluster': { networkPolicy: { mlflow: { ports: [5001] } } } }, 'ray-cluster.networkPolicy.mlflow.ports', 'Fix: add 5000 to it.'],
    ];
    for (const [valuesObject, path, fix] of cases) {
      for (const helm of [3, 4] as const) {
        const r = await tryRender(chart, { ...opts, valuesObject, helm });
        expect(r.ok, path).toBe(false);
        if (!r.ok) {
          expect(errorValuePaths(r.error.stderr)).toEqual([path]);
          expect(r.error.stderr).toContain(fix);
        }
      }
    }
  });

  it("renamed and moved together with Ray's egress, the Feast server stays reachable from Ray", async () => {
    const peers = [{ podLabels: { 'app.kubernetes.io/name': 'store', 'app.kubernetes.io/component': 'server' } }];
    const values: ValuesOf<typeof chart> = { feast: { nameOverride: 'store', server: { port: 7000 } }, 'ray-cluster': { networkPolicy: { feast: { peers, ports: [7000] } } } };
    const both = await render(chart, { ...opts, apiVersions: istio, valuesObject: values });
    const feastPods = podTemplates(both).filter((p) => chartOf(p.owner) === 'store' && !p.hook).map((p) => p.labels);
    expect(feastPods.length).toBeGreaterThan(0);
    const egress = ofKind(both, 'NetworkPolicy')
      .filter((np) => chartOf(np) === 'ray-cluster')
      .flatMap((np) => getTyped([np], 'NetworkPolicy').spec?.egress ?? [])
      .filter((r) => (r.ports ?? []).some((p) => p.port === 7000));
    expect(egress.some((r) => (r.to ?? []).some((peer) => peer.podSelector && feastPods.every((labels) => selectorMatches(peer.podSelector, labels))))).toBe(true);
    // The flows policy follows FEAST_FEATURE_SERVER_URL to the Service and its pods: Ray's egress admits them.
    expect(check(both, policyContextOf(chart, values as Values, istio), { only: ['flows'] })).toEqual([]);
  });

  it("every monitor copies the pods' name, instance and component labels onto its series, which the alerts' default matchers select", () => {
    const monitors = [...ofKind(docs, 'ServiceMonitor'), ...ofKind(docs, 'PodMonitor')];
    expect(monitors.length).toBeGreaterThan(3);
    for (const m of monitors) expect((m.spec as any).podTargetLabels, m.metadata.name).toEqual(['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/component']);
    const exprs = ((get(docs, 'PrometheusRule').spec as any).groups as any[]).flatMap((g) => g.rules.map((r: any) => r.expr as string)).join('\n');
    for (const matcher of ['app_kubernetes_io_name="feast", app_kubernetes_io_component="server"', 'app_kubernetes_io_name="mlflow-platform", app_kubernetes_io_component="server"', 'app_kubernetes_io_name="ray-cluster", app_kubernetes_io_component=~"ray-head|ray-worker"']) expect(exprs).toContain(matcher);
    // No matcher is derived from the release or Service names any more.
    expect(exprs).not.toMatch(/job=~/);
  });

  it('one owner per scrape target: the bundled operator is scraped by ray-cluster only', () => {
    const operatorMonitors = ofKind(docs, 'ServiceMonitor').filter((sm) => JSON.stringify(sm.spec).includes('operator'));
    expect(operatorMonitors.map(chartOf)).toEqual(['ray-cluster']);
  });
});

describe('profiles', async () => {
  const [dev, prod, gpu] = await Promise.all([
    render(chart, { ...opts, values: [profile('dev')] }),
    render(chart, { ...opts, values: [profile('prod')], apiVersions: istio }),
    render(chart, { ...opts, values: [profile('gpu')] }),
  ]);

  it('every profile validates against the umbrella and component schemas (ajv)', () => {
    // Every profile in values/ and the documented layerings (the scenario catalog).
    for (const s of chartScenarios(chart, { alsoOn: false }).filter((x) => x.kind === 'profile' || x.kind === 'layering')) {
      const values = s.values.map((f) => readValuesFile(f)).reduce((a, b) => mergeValues(a, b) as Values, {} as Values);
      const errors = validateValues(chart, values);
      expect(errors, `${s.name}: ${formatValueErrors(errors)}`).toEqual([]);
    }
  });

  it('dev needs no Secret and no external service', () => {
    const secretRefs = JSON.stringify(podTemplates(dev).map((p) => p.template.spec)).match(/"secretKeyRef"|"secretName"|"secretRef"/g);
    expect(secretRefs).toBeNull();
    expect(getTyped(dev, 'RayCluster').spec.enableInTreeAutoscaling).toBe(false);
  });

  it('prod: PostgreSQL, Redis and MinIO from values, credentials only from the Secrets the README lists', () => {
    const text = JSON.stringify(podTemplates(prod).map((p) => p.template.spec));
    const secrets = new Set([...text.matchAll(/"secretKeyRef":\{"name":"([^"]+)"/g)].map((m) => m[1]));
    expect(secrets).toEqual(new Set(['minio-credentials', 'mlflow-postgresql', 'feast-postgresql', 'feast-redis', 'postgresql-admin']));
    const readme = readFileSync(join(repoRoot, 'charts', chart, 'README.md'), 'utf8');
    for (const s of secrets) expect(readme).toContain(`| prod | \`${s}\``);
    expect(text).toContain('postgresql.data.svc');
    expect(JSON.stringify(prod)).toContain('redis-master.data.svc:6379');
  });

  it('prod names each external service once (under global), and every chart that uses it connects to it', () => {
    const file = readFileSync(profileFile('prod'), 'utf8');
    for (const address of ['postgresql.data.svc', 'redis-master.data.svc', 'http://minio.data.svc:9000', 'minio-credentials']) expect(file.split(address).length - 1, address).toBe(1);
    const text = JSON.stringify(prod);
    expect(text).toContain('postgresql+psycopg://feast:${FEAST_POSTGRES_PASSWORD}@postgresql.data.svc:5432/feast?sslmode=require');
    expect(text).toContain('postgresql+psycopg2://mlflow@postgresql.data.svc:5432/mlflow');
    const s3Endpoints = podTemplates(prod).flatMap((p) => p.template.spec.containers.flatMap((c) => (c.env ?? []).filter((e) => e.name === 'AWS_ENDPOINT_URL').map(() => chartOf(p.owner))));
    expect(new Set(s3Endpoints)).toEqual(new Set(['ray-cluster', 'mlflow-platform']));
  });

  it('prod: two replicas of Feast and MLflow with PDBs, Ray autoscaling 1-5, STRICT mTLS, monitoring, quota and limit range', () => {
    const deployments = ofKind(prod, 'Deployment').filter((d) => ['feast', 'mlflow-platform'].includes(chartOf(d)!));
    expect(deployments.map((d) => getTyped([d], 'Deployment').spec?.replicas)).toEqual([2, 2]);
    expect(new Set(ofKind(prod, 'PodDisruptionBudget').map(chartOf))).toEqual(new Set(['feast', 'mlflow-platform']));
    const ray = getTyped(prod, 'RayCluster');
    expect(ray.spec.enableInTreeAutoscaling).toBe(true);
    expect(ray.spec.workerGroupSpecs?.map((g) => [g.minReplicas, g.maxReplicas])).toEqual([[1, 5]]);
    expect(new Set(ofKind(prod, 'PeerAuthentication').map((pa) => at(pa, 'spec.mtls.mode')))).toEqual(new Set(['STRICT']));
    expect(get(prod, 'PrometheusRule')).toBeDefined();
    expect(at(get(prod, 'ResourceQuota'), 'spec.hard')).toMatchObject({ 'requests.cpu': '32', 'requests.nvidia.com/gpu': '4' });
    expect(at(get(prod, 'LimitRange'), 'spec.limits[0].type')).toBe('Container');
  });

  it('gpu: a GPU worker group scheduled through global.gpu, CPU pods untouched', () => {
    const groups = getTyped(gpu, 'RayCluster').spec.workerGroupSpecs ?? [];
    const g = groups.find((x) => x.groupName === 'gpu')!.template.spec!;
    expect(g.containers[0]!.resources?.limits?.['nvidia.com/gpu']).toBe(1);
    expect(g.runtimeClassName).toBe('nvidia');
    expect(g.nodeSelector).toEqual({ 'nvidia.com/gpu.present': 'true' });
    expect(g.containers[0]!.image).toMatch(/-gpu$/);
    expect(groups.find((x) => x.groupName === 'cpu')!.template.spec!.runtimeClassName).toBeUndefined();
    expect(gpu).toPassPolicy('gpu');
  });
});

describe('air-gapped: global.requireImageDigests', async () => {
  it('each component refuses to render without digests, naming every image it renders by the umbrella\'s key (Helm 3 and 4)', async () => {
    // Each component enforces the global in its own validate.yaml (ml-common.image.errors), and Helm stops
    // at the first component that fails: ray-cluster, then mlflow-platform, then feast (its render order).
    for (const helm of [3, 4] as const) {
      expect(errorValuePaths(await failure(undefined, [profile('airgapped')], helm))).toEqual(['ray-cluster.image.digest']);
      expect(errorValuePaths(await failure({ components: { rayCluster: false } }, [profile('airgapped')], helm))).toEqual(['mlflow-platform.image.digest']);
      expect(errorValuePaths(await failure({ components: { rayCluster: false, mlflow: false } }, [profile('airgapped')], helm))).toEqual(['feast.image.digest']);
    }
  });

  it('asks for the images of enabled parts only: gpuImage with a GPU group, the operator image with the operator, the DB-init image with it', async () => {
    const ray = errorValuePaths(await failure(undefined, [profile('prod'), profile('gpu'), profile('airgapped')]));
    expect(ray).toEqual(expect.arrayContaining(['ray-cluster.gpuImage.digest', 'ray-cluster.operator.image.digest', 'ray-cluster.image.digest']));
    const feast = errorValuePaths(await failure({ components: { rayCluster: false, mlflow: false } }, [profile('prod'), profile('airgapped')]));
    expect(feast).toEqual(['feast.dbInit.image.digest', 'feast.image.digest']);
    const noRay = await failure({ components: { rayCluster: false } }, [profile('airgapped')]);
    expect(noRay).not.toContain('ray-cluster');
  });

  it('renders every image from the mirror, pinned by digest, once the digests are set', async () => {
    const docs = await render(chart, { ...opts, values: [profile('prod'), profile('gpu'), profile('airgapped'), testDigests] });
    const all = images(docs);
    expect(all.length).toBeGreaterThan(5);
    for (const image of all) expect(image).toMatch(/^registry\.internal\.example\.com\/[^@]+:[^@]+@sha256:[a-f0-9]{64}$/);
  });
});

describe('namespace guards', async () => {
  const docs = await render(chart, { ...opts, valuesObject: { resourceQuota: { enabled: true, hard: { 'requests.cpu': 8, pods: '20' } }, limitRange: { enabled: true, max: { memory: '16Gi' } } } });

  it('renders the ResourceQuota and LimitRange from values (merged over the defaults), quantities as strings', () => {
    expect(at(get(docs, 'ResourceQuota'), 'spec.hard')).toEqual({ 'requests.cpu': '8', pods: '20', 'requests.memory': '64Gi', 'limits.memory': '96Gi', persistentvolumeclaims: '20' });
    const limits = getTyped(docs, 'LimitRange').spec?.limits[0];
    expect(limits).toEqual({ type: 'Container', defaultRequest: { cpu: '100m', memory: '128Mi' }, default: { memory: '512Mi' }, max: { memory: '16Gi' } });
  });
});

describe('invalid values fail naming the value', () => {
  it('an unknown global, a wrong mtlsMode, a bad quota quantity (Helm 3 and 4)', async () => {
    for (const helm of [3, 4] as const) {
      const paths = errorValuePaths(await failure({ global: { bogus: 1, mesh: { mtlsMode: 'DISABLE' } }, resourceQuota: { hard: { pods: 'many' } } }, [], helm));
      expect(paths).toEqual(expect.arrayContaining(['global.bogus', 'global.mesh.mtlsMode', 'resourceQuota.hard.pods']));
    }
  });

  it("a component's own schema still applies under the umbrella", async () => {
    const stderr = await failure({ 'ray-cluster': { workers: [{ name: 'cpu', minReplicas: -1, maxReplicas: 1 }] } });
    expect(stderr).toContain('ray-cluster:');
    expect(errorValuePaths(stderr)).toContain('workers[0].minReplicas');
  });
});
