import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errorValuePaths } from '../../../scripts/lib/helm/errors.ts';
import { render, tryRender } from '../../../scripts/lib/helm/render.ts';
import type { PodSpec } from 'kubernetes-types/core/v1.js';
import type { NetworkPolicyEgressRule, NetworkPolicyIngressRule, NetworkPolicyPeer } from 'kubernetes-types/networking/v1.js';
import { at, find, get, getTyped, labelsMatch, type Manifest, ofKind, podTemplates, type RayGroup } from '../../../scripts/lib/manifests/index.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { check } from '../../../scripts/lib/policies/index.ts';
import { loadCrds } from '../../../scripts/lib/schema/crd.ts';
import { ciValuesFiles } from '../../../scripts/lib/scenarios/index.ts';
import { platformContext } from '../../support/matchers.ts';
import { invalidValues } from '../../support/values.ts';

const chart = 'charts/ray-cluster';
const ciDir = join(repoRoot, chart, 'ci');
const ciFile = (name: string) => join(ciDir, `${name}-values.yaml`);
const apiVersions = ['monitoring.coreos.com/v1', 'security.istio.io/v1'];

const rayCluster = (docs: Manifest[]) => getTyped(docs, 'RayCluster');
const head = (docs: Manifest[]) => rayCluster(docs).spec.headGroupSpec;
const group = (docs: Manifest[], name: string) => (rayCluster(docs).spec.workerGroupSpecs ?? []).find((g) => g.groupName === name)!;
const podOf = (g: RayGroup): PodSpec => g.template.spec!;
const rayContainer = (g: RayGroup) => podOf(g).containers[0]!;
/** A container's env by name (the rendered value, else its valueFrom); any container shape with Kubernetes' env list. */
const envOf = (c: { env?: { name: string; value?: string; valueFrom?: unknown }[] }) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value ?? e.valueFrom]));
const portsOf = (svc: Manifest) => (getTyped([svc], 'Service').spec?.ports ?? []).map((p) => p.port);
const policySpec = (docs: Manifest[], name: string) => getTyped(docs, 'NetworkPolicy', name).spec!;
/** The ports of a NetworkPolicy rule. */
const rulePorts = (rule: NetworkPolicyIngressRule | NetworkPolicyEgressRule | undefined) => (rule?.ports ?? []).map((p) => p.port);
const namespaceOf = (peer: NetworkPolicyPeer | undefined) => peer?.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
const gpuToleration = { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' };

/** Helm's error for invalid values, as value paths (Helm 3 and 4 schema errors, and the chart's validation report). */
async function failingPaths(valuesObject: unknown, helm: 3 | 4 = 4): Promise<string[]> {
  const r = await tryRender(chart, { valuesObject: invalidValues(chart, valuesObject), helm });
  if (r.ok) throw new Error('expected the render to fail');
  return errorValuePaths(r.error.stderr);
}

describe('every install scenario passes every policy', async () => {
  const files = ciValuesFiles(join(repoRoot, chart)).map((f) => basename(f));
  const setups = [
    { apis: ['monitoring.coreos.com/v1'] as string[], helm: 4 },
    { apis: apiVersions as string[], helm: 4 },
    { apis: apiVersions as string[], helm: 3 },
  ] as const;
  const scenarios = await Promise.all(
    [undefined, ...files].flatMap((file) =>
      setups.map(async ({ apis, helm }) => ({
        name: `${file ?? 'defaults'} with ${apis.join(', ')} (helm ${helm})`,
        file,
        istio: apis.includes('security.istio.io/v1'),
        helm,
        docs: await render(chart, { values: file ? [join(ciDir, file)] : [], apiVersions: [...apis], helm }),
      })),
    ),
  );

  it('has the default, gpu and mtls scenarios', () => {
    expect(files).toEqual(['default-values.yaml', 'gpu-values.yaml', 'mtls-values.yaml']);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, { file, istio, docs }) => {
    const meshOn = ofKind(docs, 'PeerAuthentication').length > 0;
    expect(meshOn).toBe(istio || file === 'mtls-values.yaml');
    expect(podTemplates(docs).length).toBeGreaterThanOrEqual(3);
    expect(docs).toPassPolicies({ mesh: { required: meshOn } });
  });

  it('renders the same objects with Helm 3 and Helm 4', () => {
    for (const file of [undefined, ...files]) {
      const [h4, h3] = scenarios.filter((s) => s.file === file && s.istio).sort((a, b) => b.helm - a.helm);
      expect(h3!.docs).toEqual(h4!.docs);
    }
  });
});

describe('custom resources validate against the pinned KubeRay, Istio, prometheus-operator and Gateway API CRDs', async () => {
  const crds = await loadCrds();
  const renders = await Promise.all([
    render(chart, { values: [ciFile('gpu')], apiVersions }),
    render(chart, {
      values: [ciFile('mtls')],
      apiVersions,
      valuesObject: { metrics: { scrapers: { inMesh: true }, podMonitor: { scheme: 'https', tlsConfig: { ca: { secret: { name: 'prom-istio-certs', key: 'root-cert.pem' } }, keySecret: { name: 'prom-istio-certs', key: 'key.pem' } } } } },
    }),
    render(chart, {
      apiVersions,
      valuesObject: {
        rayService: { enabled: true, serveConfigV2: { applications: [{ name: 'echo', import_path: 'echo:app', route_prefix: '/echo' }] } },
        httpRoute: { enabled: true, parentRefs: [{ name: 'platform', namespace: 'gateway' }] },
      },
    }),
  ]);
  const custom = renders.flat().filter((m) => !['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1'].includes(m.apiVersion));

  it('covers RayCluster, RayService, PeerAuthentication, AuthorizationPolicy, PodMonitor, ServiceMonitor and HTTPRoute', () => {
    expect(new Set(custom.map((m) => m.kind))).toEqual(new Set(['RayCluster', 'RayService', 'PeerAuthentication', 'AuthorizationPolicy', 'PodMonitor', 'ServiceMonitor', 'HTTPRoute']));
  });

  it('every custom resource is valid (unknown fields are errors)', () => {
    expect(custom.flatMap((m) => crds.validate(m))).toEqual([]);
  });

  it('the validator rejects a wrong field, so the check can fail', () => {
    const broken = structuredClone(custom.find((m) => m.kind === 'RayCluster')!) as any;
    broken.spec.workerGroupSpecs[0].maxReplica = 3;
    expect(crds.validate(broken).join('\n')).toMatch(/maxReplica/);
  });
});

describe('defaults', async () => {
  const docs = await render(chart, { apiVersions: ['monitoring.coreos.com/v1'] });

  it('renders a RayCluster (not a RayService) with one CPU group autoscaled 1..5', () => {
    expect(find(docs, 'RayService')).toBeUndefined();
    const spec = rayCluster(docs).spec;
    expect(spec.enableInTreeAutoscaling).toBe(true);
    expect(spec.rayVersion).toBe('2.57.0');
    expect(spec.workerGroupSpecs).toHaveLength(1);
    expect(spec.workerGroupSpecs?.[0]).toMatchObject({ groupName: 'cpu', replicas: 1, minReplicas: 1, maxReplicas: 5 });
    expect(spec.autoscalerOptions).toMatchObject({ upscalingMode: 'Default', idleTimeoutSeconds: 60 });
  });

  it('pins the Ray CPU image on head and workers', () => {
    expect(rayContainer(head(docs)).image).toBe('docker.io/rayproject/ray:2.57.0-py311');
    expect(rayContainer(group(docs, 'cpu')).image).toBe('docker.io/rayproject/ray:2.57.0-py311');
  });

  it('Ray pods run as uid 1000 with a read-only root, /tmp and an in-memory /dev/shm', () => {
    const templates = podTemplates(docs).filter((t) => t.owner.kind === 'RayCluster');
    expect(templates.map((t) => t.path)).toEqual(['spec.headGroupSpec.template', 'spec.workerGroupSpecs[0].template']);
    for (const { template } of templates) {
      expect(template.spec.securityContext).toMatchObject({ runAsUser: 1000, runAsNonRoot: true });
      const c = template.spec.containers[0]!;
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      const mounts = Object.fromEntries((c.volumeMounts ?? []).map((m) => [m.mountPath, m.name]));
      expect(mounts['/tmp']).toBeDefined();
      expect(mounts['/dev/shm']).toBeDefined();
      const shm = template.spec.volumes!.find((v) => v.name === mounts['/dev/shm'])!;
      expect(shm.emptyDir).toMatchObject({ medium: 'Memory' });
    }
    expect(docs.filter((d) => d.kind !== 'RayCluster')).toPassPolicy('restricted');
    expect([rayCluster(docs)]).toPassPolicy('restricted');
  });

  it('only the autoscaler gets a ServiceAccount token, and the autoscaler is restricted too', () => {
    const spec = podOf(head(docs));
    expect(spec.automountServiceAccountToken).toBe(false);
    expect(podOf(group(docs, 'cpu')).automountServiceAccountToken).toBe(false);
    const opts = rayCluster(docs).spec.autoscalerOptions!;
    expect(opts.volumeMounts).toContainEqual({ name: 'kube-api-access-autoscaler', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true });
    expect(spec.volumes?.find((v) => v.name === 'kube-api-access-autoscaler')?.projected?.sources?.[0]?.serviceAccountToken).toBeDefined();
    expect(opts.securityContext).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } });
    expect(opts.resources?.requests).toMatchObject({ cpu: '200m', memory: '512Mi' });
  });

  it('probes the raylet on every node and the GCS on the head (exec, so they work under mTLS)', () => {
    const h = rayContainer(head(docs));
    const w = rayContainer(group(docs, 'cpu'));
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'] as const) {
      expect(h[probe]?.exec?.command?.[2]).toContain('http://localhost:52365/api/local_raylet_healthz');
      expect(h[probe]?.exec?.command?.[2]).toContain('http://localhost:8265/api/gcs_healthz');
      expect(w[probe]?.exec?.command?.[2]).toContain('api/local_raylet_healthz');
      expect(w[probe]?.exec?.command?.[2]).not.toContain('gcs_healthz');
    }
  });

  it('head Service exposes dashboard 8265, client 10001, GCS 6379, Serve 8000 and metrics 8080 of the head pods', () => {
    const svc = getTyped(docs, 'Service', 'test-ray-cluster-head');
    expect(portsOf(svc)).toEqual([8265, 10001, 6379, 8000, 8080]);
    const backends = podTemplates(docs).filter((t) => labelsMatch(svc.spec?.selector, t.labels));
    expect(backends.map((t) => t.path)).toEqual(['spec.headGroupSpec.template']);
    const headPorts = (rayContainer(head(docs)).ports ?? []).map((p) => p.name);
    for (const p of svc.spec?.ports ?? []) expect(headPorts).toContain(p.targetPort);
  });

  it('Serve Service points at the head proxy in RayCluster mode', () => {
    const svc = getTyped(docs, 'Service', 'test-ray-cluster-serve');
    expect(portsOf(svc)).toEqual([8000]);
    expect(podTemplates(docs).filter((t) => labelsMatch(svc.spec?.selector, t.labels)).map((t) => t.path)).toEqual(['spec.headGroupSpec.template']);
  });

  it('sets no S3 environment while neither s3 nor global.s3 names an endpoint or a Secret', () => {
    for (const c of [rayContainer(head(docs)), rayContainer(group(docs, 'cpu'))]) {
      const env = envOf(c);
      expect(Object.keys(env).filter((k) => k.startsWith('AWS_') || k === 'MLFLOW_S3_ENDPOINT_URL')).toEqual([]);
      expect(env.MLFLOW_TRACKING_URI).toBeUndefined();
    }
  });

  it('NetworkPolicies: default-deny for Ray pods, Ray-to-Ray, clients, gateway, metrics, DNS and the API server for the autoscaler', () => {
    const ray = policySpec(docs, 'test-ray-cluster-ray');
    const headNp = policySpec(docs, 'test-ray-cluster-ray-head');
    expect(ray.policyTypes).toEqual(['Ingress', 'Egress']);
    for (const t of podTemplates(docs).filter((t) => t.owner.kind === 'RayCluster')) expect(labelsMatch(ray.podSelector.matchLabels, t.labels)).toBe(true);
    expect(podTemplates(docs).filter((t) => labelsMatch(headNp.podSelector.matchLabels, t.labels)).map((t) => t.path)).toEqual(['spec.headGroupSpec.template']);
    expect(ray.ingress?.[0]).toEqual({ from: [{ podSelector: { matchLabels: ray.podSelector.matchLabels } }] });
    expect(ray.ingress?.find((r) => namespaceOf(r.from?.[0]) === 'monitoring')).toEqual({
      from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }],
      ports: [{ port: 8080, protocol: 'TCP' }],
    });
    const clients = headNp.ingress?.find((r) => r.from?.some((f) => f.podSelector && Object.keys(f.podSelector).length === 0 && !f.namespaceSelector));
    expect(rulePorts(clients)).toEqual([10001, 8265, 8000]);
    const gateway = headNp.ingress?.find((r) => namespaceOf(r.from?.[0]) === 'kong');
    expect(rulePorts(gateway)).toEqual([8000]);
    expect(ray.egress?.[0]?.ports).toEqual([{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }]);
    expect(ray.egress?.some((r) => rulePorts(r).some((p) => [9000, 443, 80].includes(p as number)))).toBe(false);
    expect(ray.egress?.some((r) => rulePorts(r).includes(5000))).toBe(false);
    expect(headNp.egress).toEqual([{ ports: [{ port: 443, protocol: 'TCP' }, { port: 6443, protocol: 'TCP' }] }]);
    expect(docs).toPassPolicy('network');
  });

  it('PodMonitors scrape head metrics, dashboard and autoscaler and worker metrics, relabelled to ray_io_cluster', () => {
    const headPm = get(docs, 'PodMonitor', 'test-ray-cluster-ray-head').spec as any;
    const workerPm = get(docs, 'PodMonitor', 'test-ray-cluster-ray-worker').spec as any;
    expect(headPm.podMetricsEndpoints.map((e: any) => e.port)).toEqual(['metrics', 'dash-metrics', 'as-metrics']);
    expect(workerPm.podMetricsEndpoints.map((e: any) => e.port)).toEqual(['metrics']);
    for (const e of [...headPm.podMetricsEndpoints, ...workerPm.podMetricsEndpoints]) {
      expect(e.relabelings).toEqual([{ action: 'replace', sourceLabels: ['__meta_kubernetes_pod_label_ray_io_cluster'], targetLabel: 'ray_io_cluster' }]);
    }
    const match = (sel: any) => podTemplates(docs).filter((t) => labelsMatch(sel.matchLabels, t.labels)).map((t) => t.path);
    expect(match(headPm.selector)).toEqual(['spec.headGroupSpec.template']);
    expect(match(workerPm.selector)).toEqual(['spec.workerGroupSpecs[0].template']);
    const headPorts = (rayContainer(head(docs)).ports ?? []).map((p) => `${p.name}:${p.containerPort}`);
    expect(headPorts).toEqual(expect.arrayContaining(['metrics:8080', 'as-metrics:44217', 'dash-metrics:44227']));
  });

  it('helm test queries the dashboard of the head Service with the Ray image', () => {
    const pod = getTyped(docs, 'Pod');
    expect(pod.metadata.annotations?.['helm.sh/hook']).toBe('test');
    const c = pod.spec!.containers[0]!;
    expect(c.image).toBe('docker.io/rayproject/ray:2.57.0-py311');
    expect(envOf(c)).toMatchObject({ DASHBOARD_URL: 'http://test-ray-cluster-head:8265', EXPECTED_RAY_VERSION: '2.57.0', QUIT_SIDECAR: '' });
    expect(c.command?.[2]).toContain('/api/gcs_healthz');
    expect(c.command?.[2]).toContain('list_nodes');
  });

  it('has no mesh objects, no fixed Ray ports and no headless Service when the mesh is off', () => {
    expect(ofKind(docs, 'PeerAuthentication')).toEqual([]);
    expect(find(docs, 'Service', 'test-ray-cluster-headless')).toBeUndefined();
    expect(head(docs).rayStartParams).toEqual({ 'metrics-export-port': '8080', 'num-cpus': '0', 'object-store-memory': expect.any(String) });
    expect(find(docs, 'Deployment')).toBeUndefined();
  });
});

describe('S3 from the chart\'s s3 or from global.s3 (ml-common\'s s3 shape)', async () => {
  const minio = { endpoint: 'http://minio.data.svc:9000', existingSecret: 'minio-credentials' };
  const [own, fromGlobal, overridden] = await Promise.all([
    render(chart, { valuesObject: { s3: minio } }),
    render(chart, { valuesObject: { global: { s3: minio } } }),
    render(chart, { valuesObject: { global: { s3: minio }, s3: { region: 'eu-west-1', caBundle: { secretName: 'minio-ca' } } } }),
  ]);

  it('wires the endpoint, region and key pair into head and workers, the same whether stated in s3 or in global.s3', () => {
    for (const docs of [own, fromGlobal]) {
      for (const c of [rayContainer(head(docs)), rayContainer(group(docs, 'cpu'))]) {
        const env = envOf(c);
        expect(env.AWS_ENDPOINT_URL).toBe('http://minio.data.svc:9000');
        expect(env.MLFLOW_S3_ENDPOINT_URL).toBe('http://minio.data.svc:9000');
        expect(env.AWS_REGION).toBe('us-east-1');
        expect(env.AWS_ACCESS_KEY_ID).toEqual({ secretKeyRef: { name: 'minio-credentials', key: 'AWS_ACCESS_KEY_ID' } });
        expect(env.AWS_SECRET_ACCESS_KEY).toEqual({ secretKeyRef: { name: 'minio-credentials', key: 'AWS_SECRET_ACCESS_KEY' } });
      }
    }
    expect(JSON.stringify(podTemplates(own))).toEqual(JSON.stringify(podTemplates(fromGlobal)));
  });

  it('opens egress on the endpoint\'s port only', () => {
    const egress = policySpec(own, 'test-ray-cluster-ray').egress ?? [];
    expect(egress.filter((r) => rulePorts(r).includes(9000))).toHaveLength(1);
    expect(egress.some((r) => rulePorts(r).includes(443))).toBe(false);
  });

  it('takes each field the chart sets over global.s3\'s, and mounts its CA bundle (AWS_CA_BUNDLE) in every Ray container', () => {
    for (const t of podTemplates(overridden).filter((t) => t.owner.kind === 'RayCluster')) {
      const c = t.template.spec.containers[0]!;
      const env = envOf(c);
      expect(env.AWS_ENDPOINT_URL).toBe('http://minio.data.svc:9000');
      expect(env.AWS_REGION).toBe('eu-west-1');
      expect(env.AWS_CA_BUNDLE).toBe('/etc/ml-platform/ca/s3/ca.crt');
      expect(t.template.spec.volumes).toContainEqual({ name: 'ca-s3', secret: { secretName: 'minio-ca', items: [{ key: 'ca.crt', path: 'ca.crt' }] } });
      expect(c.volumeMounts).toContainEqual({ name: 'ca-s3', mountPath: '/etc/ml-platform/ca/s3', readOnly: true });
    }
  });
});

describe('GPU worker groups (ci/gpu-values.yaml)', async () => {
  const docs = await render(chart, { values: [ciFile('gpu')] });
  const gpu = group(docs, 'gpu');
  const cpu = group(docs, 'cpu');

  it('the GPU group requests whole GPUs, tolerates the GPU taint, selects GPU nodes and uses the -gpu image', () => {
    const spec = podOf(gpu);
    expect(rayContainer(gpu).resources?.limits).toEqual({ memory: '16Gi', 'nvidia.com/gpu': 1 });
    expect(spec.tolerations).toEqual([gpuToleration]);
    expect(spec.nodeSelector).toEqual({ 'nvidia.com/gpu.present': 'true' });
    expect(spec.runtimeClassName).toBe('nvidia');
    expect(rayContainer(gpu).image).toBe('docker.io/rayproject/ray:2.57.0-py311-gpu');
    expect(gpu).toMatchObject({ replicas: 0, minReplicas: 0, maxReplicas: 2 });
  });

  it('the CPU group neither requests GPUs nor tolerates their taint', () => {
    const spec = podOf(cpu);
    expect(rayContainer(cpu).resources?.limits).toEqual({ memory: '8Gi' });
    expect(spec.tolerations).toBeUndefined();
    expect(spec.nodeSelector).toBeUndefined();
    expect(spec.runtimeClassName).toBeUndefined();
    expect(rayContainer(cpu).image).toBe('docker.io/rayproject/ray:2.57.0-py311');
    expect(docs).toPassPolicy('gpu');
  });

  it('a CPU group tolerates the GPU taint only when asked, which the gpu policy reports', async () => {
    const asked = await render(chart, { valuesObject: { workers: [{ name: 'cpu', minReplicas: 1, maxReplicas: 2, tolerateGpuTaint: true }] } });
    expect(podOf(group(asked, 'cpu')).tolerations).toEqual([gpuToleration]);
    expect(check(asked, platformContext(), { only: ['gpu'] }).map((f) => f.message)).toEqual(['pod requests no nvidia.com/gpu but tolerates the nvidia.com/gpu taint']);
  });

  it('a group keeps its own node selector, tolerations and image over the GPU defaults', async () => {
    const custom = await render(chart, {
      valuesObject: {
        workers: [{ name: 'a100', minReplicas: 0, maxReplicas: 1, gpu: 8, nodeSelector: { 'nvidia.com/gpu.product': 'A100-SXM4-80GB' }, tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'ml', effect: 'NoSchedule' }], image: { repository: 'example/ray-llm', tag: '2.57.0-cu128' } }],
      },
    });
    const g = group(custom, 'a100');
    expect(podOf(g).nodeSelector).toEqual({ 'nvidia.com/gpu.product': 'A100-SXM4-80GB', 'nvidia.com/gpu.present': 'true' });
    expect(podOf(g).tolerations).toEqual([{ key: 'dedicated', operator: 'Equal', value: 'ml', effect: 'NoSchedule' }, gpuToleration]);
    expect(rayContainer(g).resources?.limits?.['nvidia.com/gpu']).toBe(8);
    expect(rayContainer(g).image).toBe('example/ray-llm:2.57.0-cu128');
  });
});

describe('autoscaling values reach the RayCluster', async () => {
  const [docs, off] = await Promise.all([
    render(chart, {
      valuesObject: {
        autoscaling: { upscalingMode: 'Conservative', idleTimeoutSeconds: 300, version: 'v2' },
        workers: [{ name: 'small', replicas: 3, minReplicas: 2, maxReplicas: 7, idleTimeoutSeconds: 120, rayStartParams: { 'num-cpus': 4 } }],
      },
    }),
    render(chart, { valuesObject: { autoscaling: { enabled: false } } }),
  ]);

  it('bounds, options and rayStartParams (as strings)', () => {
    const g = group(docs, 'small');
    expect(g).toMatchObject({ replicas: 3, minReplicas: 2, maxReplicas: 7, idleTimeoutSeconds: 120 });
    expect(g.rayStartParams).toEqual({ 'num-cpus': '4', 'metrics-export-port': '8080', 'object-store-memory': expect.any(String) });
    expect(rayCluster(docs).spec.autoscalerOptions).toMatchObject({ upscalingMode: 'Conservative', idleTimeoutSeconds: 300, version: 'v2' });
  });

  it('turned off: no autoscaler options, token volume or API egress', () => {
    expect(rayCluster(off).spec.enableInTreeAutoscaling).toBe(false);
    expect(rayCluster(off).spec.autoscalerOptions).toBeUndefined();
    expect((podOf(head(off)).volumes ?? []).map((v) => v.name)).not.toContain('kube-api-access-autoscaler');
    expect(policySpec(off, 'test-ray-cluster-ray-head').egress).toEqual([]);
  });
});

describe('Istio STRICT mTLS (ci/mtls-values.yaml)', async () => {
  const docs = await render(chart, { values: [ciFile('mtls')], apiVersions, namespace: 'ml' });
  const fixed = {
    'node-manager-port': '6380',
    'object-manager-port': '6381',
    'runtime-env-agent-port': '6382',
    'dashboard-agent-grpc-port': '6383',
    'dashboard-agent-listen-port': '52365',
    'metrics-export-port': '8080',
    'min-worker-port': '10002',
    'max-worker-port': '10021',
  };

  it('fixes every Ray port in rayStartParams of the head and every worker group, with the pod FQDN as node address', () => {
    for (const g of [head(docs), group(docs, 'cpu')]) {
      expect(g.rayStartParams).toMatchObject(fixed);
      // The pod-IP-to-name expression is run by a shell in ray-pods.test.ts (IPv4 and IPv6).
      expect(g.rayStartParams?.['node-ip-address']).toMatch(/^\$\(.*\$\{POD_IP\}.*\)\.test-ray-cluster-headless\.ml\.svc\.cluster\.local$/);
    }
  });

  it('lists the same ports, worker range included, on a headless Service of all Ray pods', () => {
    const svc = getTyped(docs, 'Service', 'test-ray-cluster-headless').spec!;
    expect(svc.clusterIP).toBe('None');
    expect(svc.publishNotReadyAddresses).toBe(true);
    const ports = (svc.ports ?? []).map((p) => p.port);
    for (const p of Object.values(fixed)) expect(ports).toContain(Number(p));
    for (let p = 10002; p <= 10021; p++) expect(ports).toContain(p);
    expect(ports).toEqual(expect.arrayContaining([6379, 8265, 10001, 8000, 44217, 44227]));
    expect(new Set(svc.ports?.map((p) => p.name)).size).toBe(svc.ports?.length);
    const selected = podTemplates(docs).filter((t) => labelsMatch(svc.selector, t.labels)).map((t) => t.path);
    expect(selected).toEqual(['spec.headGroupSpec.template', 'spec.workerGroupSpecs[0].template']);
  });

  it('renders a STRICT PeerAuthentication selecting every pod of the release', () => {
    const pa = get(docs, 'PeerAuthentication') as any;
    expect(pa.spec.mtls.mode).toBe('STRICT');
    // Exceptions for the metrics ports only (see below), which the mtls policy accepts and no other port.
    expect(Object.keys(pa.spec.portLevelMtls)).toEqual(['8080', '44217', '44227']);
    expect(check(docs, platformContext({ mesh: { required: true } }), { only: ['mtls'] })).toEqual([]);
  });

  it('stops the operator injecting the GCS-wait init container; workers wait for the GCS after the sidecar starts', () => {
    const op = getTyped(docs, 'Deployment', 'test-ray-cluster-operator').spec!.template;
    expect(envOf(op.spec!.containers[0]!).ENABLE_INIT_CONTAINER_INJECTION).toBe('false');
    expect(op.metadata?.labels?.['sidecar.istio.io/inject']).toBe('true');
    expect(rayContainer(group(docs, 'cpu')).args?.[0]).toMatch(/^until ray health-check --address "\$\{FQ_RAY_IP\}:\$\{RAY_PORT\}"/);
    expect(rayContainer(head(docs)).args).toBeUndefined();
    for (const g of [head(docs), group(docs, 'cpu')]) expect(g.template.metadata?.annotations?.['proxy.istio.io/config']).toBe('{"holdApplicationUntilProxyStarts": true}');
  });

  it('AuthorizationPolicy: Ray pods among themselves, the operator, read-only dashboard, client, Serve from the gateway, metrics', () => {
    const ap = get(docs, 'AuthorizationPolicy') as any;
    expect(ap.spec.action).toBe('ALLOW');
    const rules = ap.spec.rules as any[];
    expect(rules[0]).toEqual({ from: [{ source: { principals: ['cluster.local/ns/ml/sa/test-ray-cluster-ray'] } }] });
    const byPort = (port: string) => rules.filter((r) => r.to?.[0].operation.ports.includes(port));
    expect(byPort('8265').map((r) => r.from)).toContainEqual([{ source: { principals: ['cluster.local/ns/ml/sa/test-ray-cluster-operator'] } }]);
    const dashboard = byPort('8265').find((r) => r.to[0].operation.methods);
    expect(dashboard).toEqual({ from: [{ source: { namespaces: ['ml'] } }], to: [{ operation: { ports: ['8265'], methods: ['GET', 'HEAD'] } }] });
    expect(byPort('10001')).toEqual([{ from: [{ source: { namespaces: ['ml'] } }], to: [{ operation: { ports: ['10001'] } }] }]);
    expect(byPort('8000').map((r) => r.from)).toContainEqual([{ source: { namespaces: ['kong'] } }]);
    // The scrapers (ml-common) are outside the mesh by default: GETs on the metrics ports from any source.
    expect(byPort('44217')).toEqual([{ to: [{ operation: { ports: ['8080', '44217', '44227'], methods: ['GET'] } }] }]);
    expect(podTemplates(docs).filter((t) => labelsMatch(ap.spec.selector.matchLabels, t.labels)).map((t) => t.path)).toEqual(['spec.headGroupSpec.template', 'spec.workerGroupSpecs[0].template']);
  });

  it('NetworkPolicies let sidecars reach istiod, and MLflow egress follows mlflow.trackingUri', () => {
    const ray = policySpec(docs, 'test-ray-cluster-ray');
    expect(ray.egress).toContainEqual({ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'istio-system' } } }], ports: [{ port: 15012, protocol: 'TCP' }] });
    expect(ray.egress).toContainEqual({ ports: [{ port: 5000, protocol: 'TCP' }] });
    const opNp = policySpec(docs, 'test-ray-cluster-operator');
    expect(opNp.egress?.some((r) => r.ports?.[0]?.port === 15012)).toBe(true);
  });

  it('sets MLflow and S3 endpoints on every Ray container', () => {
    for (const c of [rayContainer(head(docs)), rayContainer(group(docs, 'cpu'))]) {
      expect(envOf(c)).toMatchObject({ MLFLOW_TRACKING_URI: 'http://mlflow.ml-platform.svc:5000', AWS_ENDPOINT_URL: 'http://minio.ml-platform.svc:9000', MLFLOW_S3_ENDPOINT_URL: 'http://minio.ml-platform.svc:9000' });
    }
  });

  it('the metrics ports accept plain text from a Prometheus outside the mesh (port-level PERMISSIVE), still limited by NetworkPolicy', () => {
    expect((get(docs, 'PeerAuthentication') as any).spec.portLevelMtls).toEqual({ '8080': { mode: 'PERMISSIVE' }, '44217': { mode: 'PERMISSIVE' }, '44227': { mode: 'PERMISSIVE' } });
    expect(head(docs).template.metadata?.annotations?.['traffic.sidecar.istio.io/excludeInboundPorts']).toBeUndefined();
    const ray = policySpec(docs, 'test-ray-cluster-ray');
    expect(ray.ingress?.find((r) => r.ports?.[0]?.port === 8080)?.from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }]);
    expect(docs).toPassPolicy('mtls', { mesh: { required: true } });
  });

  it('scraping through the mesh instead (metrics.scrapers.inMesh): STRICT everywhere, an authorization rule for Prometheus, https with tlsConfig', async () => {
    const inMesh = await render(chart, { values: [ciFile('mtls')], namespace: 'ml', valuesObject: { metrics: { scrapers: { inMesh: true, principals: ['cluster.local/ns/monitoring/sa/prometheus'] }, podMonitor: { scheme: 'https', tlsConfig: { insecureSkipVerify: true } } } } });
    expect((get(inMesh, 'PeerAuthentication') as any).spec.portLevelMtls).toBeUndefined();
    const rules = (get(inMesh, 'AuthorizationPolicy') as any).spec.rules as any[];
    expect(rules.find((r) => r.to?.[0].operation.ports.includes('44217'))).toEqual({
      from: [{ source: { namespaces: ['monitoring'] } }, { source: { principals: ['cluster.local/ns/monitoring/sa/prometheus'] } }],
      to: [{ operation: { ports: ['8080', '44217', '44227'], methods: ['GET'] } }],
    });
    for (const pm of ofKind(inMesh, 'PodMonitor')) for (const e of (pm.spec as any).podMetricsEndpoints) expect(e).toMatchObject({ scheme: 'https', tlsConfig: { insecureSkipVerify: true } });
  });

  it('helm test tells the sidecar to quit so the test pod completes', () => {
    expect(envOf(getTyped(docs, 'Pod').spec!.containers[0]!).QUIT_SIDECAR).toBe('1');
  });

  it('PERMISSIVE is selectable (and the mtls policy reports it)', async () => {
    const permissive = await render(chart, { values: [ciFile('mtls')], set: { 'mesh.mtlsMode': 'PERMISSIVE' } });
    expect((get(permissive, 'PeerAuthentication') as any).spec.mtls.mode).toBe('PERMISSIVE');
    expect(check(permissive, platformContext(), { only: ['mtls'] }).length).toBeGreaterThan(0);
  });

  it('follows global.mesh when mesh.enabled is null, and detects Istio', async () => {
    const [viaGlobal, viaApi, globalOff] = await Promise.all([
      render(chart, { valuesObject: { global: { mesh: { enabled: true, mtlsMode: 'PERMISSIVE' } } } }),
      render(chart, { apiVersions: ['security.istio.io/v1'] }),
      render(chart, { apiVersions: ['security.istio.io/v1'], valuesObject: { global: { mesh: { enabled: false } } } }),
    ]);
    expect((get(viaGlobal, 'PeerAuthentication') as any).spec.mtls.mode).toBe('PERMISSIVE');
    expect((get(viaApi, 'PeerAuthentication') as any).spec.mtls.mode).toBe('STRICT');
    expect(find(viaApi, 'Service', 'test-ray-cluster-headless')).toBeDefined();
    expect(ofKind(globalOff, 'PeerAuthentication')).toEqual([]);
  });
});

describe('RayService mode and the Serve route', async () => {
  const serveConfigV2 = { applications: [{ name: 'echo', import_path: 'echo:app', route_prefix: '/echo', deployments: [{ name: 'Echo', num_replicas: 2 }] }] };
  const [docs, kong] = await Promise.all([
    render(chart, { valuesObject: { rayService: { enabled: true, serveConfigV2 }, httpRoute: { enabled: true, parentRefs: [{ name: 'platform', namespace: 'gateway' }], hostnames: ['ml.example.com'] } } }),
    render(chart, { valuesObject: { ingress: { enabled: true, hosts: [{ host: 'ml.example.com' }] } } }),
  ]);

  it('renders a RayService with serveConfigV2 from values and the same cluster spec', () => {
    expect(find(docs, 'RayCluster')).toBeUndefined();
    const rs = get(docs, 'RayService') as any;
    expect(parse(rs.spec.serveConfigV2)).toEqual(serveConfigV2);
    expect(rs.spec.rayClusterConfig.enableInTreeAutoscaling).toBe(true);
    expect(rs.spec.rayClusterConfig.workerGroupSpecs[0]).toMatchObject({ groupName: 'cpu', minReplicas: 1, maxReplicas: 5 });
    expect(podTemplates(docs).map((t) => t.path)).toEqual(expect.arrayContaining(['spec.rayClusterConfig.headGroupSpec.template', 'spec.rayClusterConfig.workerGroupSpecs[0].template']));
  });

  it('the Serve Service selects the pods KubeRay marks ready to serve', () => {
    expect(getTyped(docs, 'Service', 'test-ray-cluster-serve').spec?.selector).toMatchObject({ 'ray.io/serve': 'true', 'ray.io/is-ray-node': 'yes', 'app.kubernetes.io/instance': 'test' });
  });

  it('HTTPRoute sends /api/ml/serve to the Serve Service with the prefix stripped', () => {
    const route = get(docs, 'HTTPRoute') as any;
    expect(route.spec.parentRefs).toEqual([{ name: 'platform', namespace: 'gateway' }]);
    expect(route.spec.hostnames).toEqual(['ml.example.com']);
    expect(route.spec.rules[0].matches).toEqual([{ path: { type: 'PathPrefix', value: '/api/ml/serve' } }]);
    expect(route.spec.rules[0].filters[0].urlRewrite.path).toEqual({ type: 'ReplacePrefixMatch', replacePrefixMatch: '/' });
    expect(route.spec.rules[0].backendRefs).toEqual([{ name: 'test-ray-cluster-serve', port: 8000 }]);
  });

  it('a Kong Ingress serves /api/ml/serve with strip-path', () => {
    const ing = getTyped(kong, 'Ingress');
    expect(ing.spec?.ingressClassName).toBe('kong');
    expect(ing.metadata.annotations?.['konghq.com/strip-path']).toBe('true');
    expect(ing.spec?.rules?.[0]).toEqual({ host: 'ml.example.com', http: { paths: [{ path: '/api/ml/serve', pathType: 'Prefix', backend: { service: { name: 'test-ray-cluster-serve', port: { number: 8000 } } } }] } });
  });
});

describe('the KubeRay operator', async () => {
  const [clusterWide, scoped] = await Promise.all([
    render(chart, { set: { 'operator.enabled': true }, apiVersions: ['monitoring.coreos.com/v1'] }),
    render(chart, { valuesObject: { operator: { enabled: true, watchNamespaces: ['team-a', 'team-b'] } } }),
  ]);

  it('runs the pinned quay.io/kuberay/operator image, restricted, with init-container injection on outside the mesh', () => {
    const pod = getTyped(clusterWide, 'Deployment', 'test-ray-cluster-operator').spec!.template.spec!;
    const c = pod.containers[0]!;
    expect(c.image).toBe('quay.io/kuberay/operator:v1.6.2');
    expect(c.args).toEqual(['--enable-leader-election=true', '--log-stdout-encoder=json']);
    expect(envOf(c).ENABLE_INIT_CONTAINER_INJECTION).toBe('true');
    expect(pod.serviceAccountName).toBe('test-ray-cluster-operator');
    expect(clusterWide).toPassPolicies();
  });

  it('has least-privilege RBAC without wildcards; a ClusterRole only when watching every namespace', () => {
    const rules = getTyped(clusterWide, 'ClusterRole').rules ?? [];
    for (const r of rules) for (const field of [r.apiGroups, r.resources, r.verbs]) expect(field).not.toContain('*');
    expect(rules.some((r) => r.apiGroups?.includes('ray.io') && r.resources?.includes('rayclusters/status'))).toBe(true);
    expect(rules.some((r) => r.apiGroups?.includes('route.openshift.io'))).toBe(false);
    expect(getTyped(clusterWide, 'ClusterRoleBinding').subjects).toEqual([{ kind: 'ServiceAccount', name: 'test-ray-cluster-operator', namespace: 'default' }]);
    expect(ofKind(scoped, 'ClusterRole')).toEqual([]);
    expect(ofKind(scoped, 'Role').map((r) => `${r.metadata.namespace}/${r.metadata.name}`).sort()).toEqual(['default/test-ray-cluster-operator-cleanup', 'default/test-ray-cluster-operator-leader-election', 'team-a/test-ray-cluster-operator', 'team-b/test-ray-cluster-operator']);
    expect(getTyped(scoped, 'Deployment').spec!.template.spec!.containers[0]!.args).toContain('--watch-namespace=team-a,team-b');
  });

  it('the Ray head admits the bundled operator to dashboard and Serve', () => {
    const headNp = policySpec(clusterWide, 'test-ray-cluster-ray-head');
    const fromOperator = headNp.ingress?.find((r) => r.from?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/component'] === 'operator');
    expect(rulePorts(fromOperator)).toEqual([8265, 8000]);
    expect(get(clusterWide, 'ServiceMonitor')).toBeDefined();
  });

  describe('helm uninstall: a pre-delete hook removes the Ray resource while this release\'s operator still runs', async () => {
    const serveConfigV2 = { applications: [{ name: 'echo', import_path: 'echo:app', route_prefix: '/echo' }] };
    const [withService, meshed, off] = await Promise.all([
      render(chart, { valuesObject: { operator: { enabled: true }, rayService: { enabled: true, serveConfigV2 } } }),
      render(chart, { values: [ciFile('mtls')], valuesObject: { operator: { enabled: true } }, apiVersions }),
      render(chart, { valuesObject: { operator: { enabled: true, uninstallCleanup: { enabled: false } } } }),
    ]);
    const job = (docs: Manifest[]) => getTyped(docs, 'Job', 'test-ray-cluster-operator-cleanup');
    const jobPod = (docs: Manifest[]) => job(docs).spec!.template;
    const env = (docs: Manifest[]) => envOf(jobPod(docs).spec!.containers[0]!);

    it('a pre-delete Job deletes the RayCluster (or the RayService) by name and waits for it, with the Ray image', () => {
      const j = job(clusterWide);
      expect(j.metadata.annotations?.['helm.sh/hook']).toBe('pre-delete');
      expect(env(clusterWide)).toMatchObject({ RAY_PLURAL: 'rayclusters', RAY_NAME: rayCluster(clusterWide).metadata.name, RAY_NAMESPACE: 'default', TIMEOUT_SECONDS: '300' });
      expect(env(withService)).toMatchObject({ RAY_PLURAL: 'rayservices', RAY_NAME: (get(withService, 'RayService') as any).metadata.name });
      expect(jobPod(clusterWide).spec!.containers[0]!.image).toBe(rayContainer(head(clusterWide)).image);
      expect(j.spec?.activeDeadlineSeconds).toBe(360);
      expect(clusterWide).toPassPolicies();
    });

    it('its ServiceAccount is an ordinary resource of the release, and its Role allows get/delete of that one object only', () => {
      expect(get(clusterWide, 'ServiceAccount', 'test-ray-cluster-operator-cleanup').metadata.annotations?.['helm.sh/hook']).toBeUndefined();
      expect(jobPod(clusterWide).spec?.serviceAccountName).toBe('test-ray-cluster-operator-cleanup');
      expect(getTyped(withService, 'Role', 'test-ray-cluster-operator-cleanup').rules).toEqual([
        { apiGroups: ['ray.io'], resources: ['rayservices'], resourceNames: [(get(withService, 'RayService') as any).metadata.name], verbs: ['get', 'delete'] },
      ]);
      expect(getTyped(clusterWide, 'RoleBinding', 'test-ray-cluster-operator-cleanup').subjects).toEqual([{ kind: 'ServiceAccount', name: 'test-ray-cluster-operator-cleanup', namespace: 'default' }]);
    });

    it('its NetworkPolicy selects the Job\'s pod and lets it out to the Kubernetes API only; under the mesh it waits for the sidecar and stops it', () => {
      const np = policySpec(clusterWide, 'test-ray-cluster-operator-cleanup');
      expect(labelsMatch(np.podSelector.matchLabels, jobPod(clusterWide).metadata?.labels)).toBe(true);
      expect(np.ingress).toEqual([]);
      expect(np.egress?.flatMap(rulePorts)).toEqual([443, 6443]);
      expect(env(clusterWide).QUIT_SIDECAR).toBe('');
      expect(env(meshed).QUIT_SIDECAR).toBe('1');
      expect(jobPod(meshed).metadata?.annotations?.['proxy.istio.io/config']).toContain('holdApplicationUntilProxyStarts');
      expect(meshed).toPassPolicies();
    });

    it('uninstallCleanup.enabled=false renders none of it', () => {
      expect(off.filter((m) => m.metadata.name === 'test-ray-cluster-operator-cleanup')).toEqual([]);
    });
  });
});

describe('global values', async () => {
  const [docs, npOff] = await Promise.all([
    render(chart, { values: [ciFile('gpu')], valuesObject: { global: { imageRegistry: 'registry.internal:5000' }, operator: { enabled: true } } }),
    render(chart, { valuesObject: { global: { networkPolicy: { enabled: false } } } }),
  ]);

  it('global.imageRegistry rewrites Ray, GPU, operator and test images', () => {
    expect(rayContainer(head(docs)).image).toBe('registry.internal:5000/rayproject/ray:2.57.0-py311');
    expect(rayContainer(group(docs, 'gpu')).image).toBe('registry.internal:5000/rayproject/ray:2.57.0-py311-gpu');
    expect((get(docs, 'Deployment') as any).spec.template.spec.containers[0].image).toBe('registry.internal:5000/kuberay/operator:v1.6.2');
    expect((get(docs, 'Pod') as any).spec.containers[0].image).toBe('registry.internal:5000/rayproject/ray:2.57.0-py311');
  });

  it('global.networkPolicy.enabled=false removes the NetworkPolicies', () => {
    expect(ofKind(npOff, 'NetworkPolicy')).toEqual([]);
  });
});

describe('values the umbrella chart wires across charts', async () => {
  const [templated, gpuGlobal] = await Promise.all([
    render(chart, {
      release: 'mlp',
      namespace: 'ml',
      valuesObject: {
        mlflow: { trackingUri: 'http://{{ .Release.Name }}-mlflow-platform.{{ .Release.Namespace }}.svc.cluster.local:5000' },
        s3: { endpoint: 'http://{{ .Release.Name }}-minio.{{ .Release.Namespace }}.svc:9000' },
      },
    }),
    render(chart, {
      values: [ciFile('gpu')],
      valuesObject: { global: { gpu: { nodeSelector: { 'cloud.example.com/accelerator': 'a100' }, runtimeClassName: 'nvidia-cdi', toleration: { key: 'nvidia.com/gpu', operator: 'Equal', value: 'present', effect: 'NoSchedule' } } } },
    }),
  ]);

  it('mlflow.trackingUri and s3.endpoint are templates evaluated with the release', () => {
    const env = envOf(rayContainer(head(templated)));
    expect(env.MLFLOW_TRACKING_URI).toBe('http://mlp-mlflow-platform.ml.svc.cluster.local:5000');
    expect(env.AWS_ENDPOINT_URL).toBe('http://mlp-minio.ml.svc:9000');
    expect(envOf(rayContainer(group(templated, 'cpu'))).MLFLOW_S3_ENDPOINT_URL).toBe('http://mlp-minio.ml.svc:9000');
  });

  it('global.gpu replaces the GPU node selector, toleration and runtime class of GPU groups only', () => {
    const gpu = podOf(group(gpuGlobal, 'gpu'));
    expect(gpu.nodeSelector).toEqual({ 'cloud.example.com/accelerator': 'a100' });
    expect(gpu.runtimeClassName).toBe('nvidia-cdi');
    expect(gpu.tolerations).toContainEqual({ key: 'nvidia.com/gpu', operator: 'Equal', value: 'present', effect: 'NoSchedule' });
    const cpu = podOf(group(gpuGlobal, 'cpu'));
    expect(cpu.runtimeClassName).toBeUndefined();
    expect(cpu.tolerations ?? []).toEqual([]);
    expect(gpuGlobal).toPassPolicy('gpu');
  });
});

describe('invalid values fail naming the value', () => {
  const cpu = { name: 'cpu', replicas: 1, minReplicas: 1, maxReplicas: 5 };

  it.each([3, 4] as const)('a negative replica count (helm %i)', async (helm) => {
    expect(await failingPaths({ workers: [{ ...cpu, replicas: -1 }] }, helm)).toContain('workers[0].replicas');
  });

  it('minReplicas greater than maxReplicas', async () => {
    // Every check reports (validate.yaml): no replicas can lie in the empty range 6..5 either.
    expect(await failingPaths({ workers: [{ ...cpu, minReplicas: 6, maxReplicas: 5, replicas: 6 }] })).toEqual(['workers[0].minReplicas', 'workers[0].replicas']);
  });

  it('replicas outside minReplicas..maxReplicas', async () => {
    expect(await failingPaths({ workers: [{ ...cpu, replicas: 9 }] })).toEqual(['workers[0].replicas']);
  });

  it.each([3, 4] as const)('a GPU count that is not a whole number (helm %i)', async (helm) => {
    expect(await failingPaths({ workers: [cpu, { name: 'gpu', minReplicas: 0, maxReplicas: 1, gpu: 1.5 }] }, helm)).toContain('workers[1].gpu');
  });

  it('nvidia.com/gpu set in resources instead of gpu', async () => {
    expect(await failingPaths({ workers: [{ ...cpu, resources: { limits: { 'nvidia.com/gpu': 1 } } }] })).toEqual(['workers[0].resources.limits']);
  });

  it('two groups with the same name', async () => {
    expect(await failingPaths({ workers: [cpu, cpu] })).toEqual(['workers[1].name']);
  });

  it('a RayService without applications', async () => {
    expect(await failingPaths({ rayService: { enabled: true } })).toEqual(['rayService.serveConfigV2.applications']);
  });

  it('an S3 CA bundle from both a Secret and a ConfigMap (of global.s3 too)', async () => {
    expect(await failingPaths({ s3: { existingSecret: 'minio', caBundle: { secretName: 'a', configMapName: 'b' } } })).toEqual(['s3.caBundle.configMapName']);
    expect(await failingPaths({ global: { s3: { existingSecret: 'minio', caBundle: { secretName: 'a', configMapName: 'b' } } } })).toEqual(['global.s3.caBundle.configMapName']);
  });

  it('a mesh worker-port range that is reversed, too wide or overlaps a Ray port', async () => {
    const mesh = (rayPorts: object) => ({ mesh: { enabled: true, rayPorts } });
    expect(await failingPaths(mesh({ minWorkerPort: 10030, maxWorkerPort: 10020 }))).toEqual(['mesh.rayPorts.minWorkerPort']);
    expect(await failingPaths(mesh({ minWorkerPort: 10002, maxWorkerPort: 10500 }))).toEqual(['mesh.rayPorts.maxWorkerPort']);
    expect(await failingPaths(mesh({ minWorkerPort: 6370, maxWorkerPort: 6390 }))).toContain('mesh.rayPorts.minWorkerPort');
  });

  it('an HTTPRoute without a parent Gateway, and an unknown key', async () => {
    expect(await failingPaths({ httpRoute: { enabled: true } })).toEqual(['httpRoute.parentRefs']);
    expect(await failingPaths({ workers: [{ ...cpu, gpus: 1 }] })).toContain('workers[0].gpus');
  });
});
