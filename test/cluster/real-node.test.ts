import { CoordinationV1Api, NetworkingV1Api, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteNamespace, ensureNamespace, kube, restrictedNamespaceLabels, waitFor, waitForServiceAccount } from '../../scripts/lib/cluster/kube.ts';
import { noPullProxy } from '../../scripts/lib/cluster/node/containerd.ts';
import { dnsPodLabels } from '../../scripts/lib/cluster/node/coredns.ts';
import { apiServiceIp, clusterDnsIp } from '../../scripts/lib/cluster/node/network.ts';
import { findServicesOnFakePods, isFakeNode, placeNamespace } from '../../scripts/lib/cluster/node/placement.ts';
import { kubectlTarget } from '../../scripts/lib/cluster/crds.ts';
import { kubernetesVersion } from '../../scripts/lib/tools/catalog.ts';
import { runOrThrow } from '../../scripts/lib/tools/index.ts';
import { formatReport, verify } from '../../scripts/lib/cluster/verify.ts';
import { podReady } from '../../scripts/lib/cluster/pod-status.ts';
import { busyboxImage, kubectlExec, realNodes, restrictedPod, waitPodReady, webScript, withPortForward } from './real-pods.ts';

const cluster = inject('cluster');
const k = kube(cluster);
const hasRealNode = (await realNodes(k)).length > 0;

describe.runIf(hasRealNode)(`the real node of the ${cluster.provider} cluster`, () => {
  const namespace = 't-real-node';
  let image = '';
  let node = '';

  beforeAll(async () => {
    node = (await realNodes(k))[0]!;
    image = await busyboxImage(cluster);
    await ensureNamespace(k, namespace, restrictedNamespaceLabels);
    await placeNamespace(k, namespace, 'real');
    await waitForServiceAccount(k, namespace);
    await k.core.createNamespacedPod({ namespace, body: restrictedPod('web', image, webScript, { labels: { app: 'web' }, port: 8080 }) });
    await k.core.createNamespacedPod({ namespace, body: restrictedPod('client', image, 'echo client up && exec /bin/busybox sleep 3600') });
    await k.core.createNamespacedService({ namespace, body: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] } } });
    await waitPodReady(k, namespace, 'web');
    await waitPodReady(k, namespace, 'client');
  });

  afterAll(async () => {
    await deleteNamespace(k, namespace);
  });

  it(`is Ready with the kubelet ${kubernetesVersion} and containerd, and kwok does not manage it`, async () => {
    const n = await k.core.readNode({ name: node });
    expect(n.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(isFakeNode(n)).toBe(false);
    // kwok-controller would have rewritten these with its own `kwok-<version>` strings.
    expect(n.status?.nodeInfo?.kubeletVersion).toBe(`v${kubernetesVersion}`);
    expect(n.status?.nodeInfo?.containerRuntimeVersion).toMatch(/^containerd:\/\/1\.6\./);
    const lease = await k.config.makeApiClient(CoordinationV1Api).readNamespacedLease({ name: node, namespace: 'kube-node-lease' });
    expect(lease.spec?.holderIdentity).toBe(node);
  });

  it('runs a pod from a built image under Pod Security restricted, on the real node, with a real pod IP', async () => {
    const pod = await k.core.readNamespacedPod({ name: 'web', namespace });
    expect(pod.spec?.nodeName).toBe(node);
    expect(pod.status?.podIP).toMatch(/^10\.244\.0\./);
    expect(pod.status?.containerStatuses?.[0]?.image).toBe(image);
    expect(pod.status?.containerStatuses?.[0]?.started).toBe(true);
  });

  it('reports what the container really did: a container that exits 3 is terminated with exit code 3 (kwok would report it Running)', async () => {
    await k.core.createNamespacedPod({ namespace, body: restrictedPod('exits', image, 'echo leaving; exit 3', { restartPolicy: 'Never' }) });
    const terminated = await waitFor('the exiting pod to terminate', async () => {
      const p = await k.core.readNamespacedPod({ name: 'exits', namespace });
      return p.status?.containerStatuses?.[0]?.state?.terminated;
    }, { timeoutMs: 60_000 });
    expect(terminated.exitCode).toBe(3);
    await waitFor('the exiting pod to be Failed', async () => ((await k.core.readNamespacedPod({ name: 'exits', namespace })).status?.phase === 'Failed' ? true : undefined), { timeoutMs: 30_000 });
  });

  it('never pulls: an image that was not imported fails at once on the local no-pull proxy, nothing leaves the machine', async () => {
    const pod = restrictedPod('not-imported', 'mlp.local/test/not-imported:1', 'true', { restartPolicy: 'Never' });
    pod.spec!.containers[0]!.imagePullPolicy = 'Always';
    await k.core.createNamespacedPod({ namespace, body: pod });
    const waiting = await waitFor('the pull to fail', async () => {
      const state = (await k.core.readNamespacedPod({ name: 'not-imported', namespace })).status?.containerStatuses?.[0]?.state?.waiting;
      return state?.reason === 'ErrImagePull' || state?.reason === 'ImagePullBackOff' ? state : undefined;
    }, { timeoutMs: 60_000 });
    const events = (await k.core.listNamespacedEvent({ namespace, fieldSelector: 'involvedObject.name=not-imported' })).items.map((e) => e.message ?? '');
    expect(events.join('\n')).toContain(`proxyconnect tcp: dial tcp ${new URL(noPullProxy).host}: connect: connection refused`);
    expect(waiting.reason).toMatch(/ErrImagePull|ImagePullBackOff/);
  });

  it('serves kubectl logs, exec and port-forward through the kubelet', async () => {
    const logs = await runOrThrow('kubectl', [...kubectlTarget(cluster), '-n', namespace, 'logs', 'web']);
    expect(logs).toContain('serving on 8080');
    expect(await kubectlExec(cluster, namespace, 'web', ['/bin/busybox', 'cat', '/www/index.html'])).toBe('hello from web\n');
    const body = await withPortForward(cluster, namespace, 'pod/web', 8080, async (port) => (await fetch(`http://127.0.0.1:${port}/`)).text());
    expect(body).toBe('hello from web\n');
  });

  it('serves the API to pods on the kubernetes Service, its ClusterIP in the API server certificate', async () => {
    const api = await k.core.readNamespacedService({ name: 'kubernetes', namespace: 'default' });
    expect(api.spec?.clusterIP).toBe(apiServiceIp);
    const server = new URL(k.config.getCurrentCluster()!.server);
    const san = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: server.hostname, port: Number(server.port), rejectUnauthorized: false }, () => {
        resolve(socket.getPeerCertificate().subjectaltname ?? '');
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(san.split(', ')).toContain(`IP Address:${apiServiceIp}`);
    // CoreDNS reads Services through that ClusterIP (kube-proxy to the API server), verifying the certificate.
    expect((await k.apps.readNamespacedDeployment({ name: 'coredns', namespace: 'kube-system' })).status?.availableReplicas).toBe(1);
  });

  it('resolves a Service name through CoreDNS (kube-dns) from a pod', async () => {
    const svc = await k.core.readNamespacedService({ name: 'web', namespace });
    const dns = await k.core.readNamespacedService({ name: 'kube-dns', namespace: 'kube-system' });
    expect(dns.spec?.clusterIP).toBe(clusterDnsIp);
    expect(dns.spec?.selector).toEqual(dnsPodLabels);
    const out = await kubectlExec(cluster, namespace, 'client', ['/bin/busybox', 'nslookup', `web.${namespace}.svc.cluster.local`]);
    expect(out).toContain(`Address: ${svc.spec?.clusterIP}`);
    expect(out).toContain(clusterDnsIp);
  });

  it('answers on a ClusterIP Service through kube-proxy, from a pod', async () => {
    // An HTTP request by hand through nc: Debian's static busybox wget crashes (exit 139) in a scratch image without glibc's NSS files.
    const svc = await k.core.readNamespacedService({ name: 'web', namespace });
    const out = await kubectlExec(cluster, namespace, 'client', ['/bin/busybox', 'sh', '-c', `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | /bin/busybox nc -w 5 ${svc.spec?.clusterIP} 80`]);
    expect(out).toMatch(/^HTTP\/1\.[01] 200 OK/);
    expect(out).toContain('\r\n\r\nhello from web\n');
  });

  it('enforces NetworkPolicies (kube-network-policies on the node): a default-deny drops a pod\'s connection, an allow rule for its label opens it', async () => {
    const web = (await k.core.readNamespacedPod({ name: 'web', namespace })).status!.podIP!;
    const get = () => kubectlExec(cluster, namespace, 'client', ['/bin/busybox', 'sh', '-c', `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | /bin/busybox nc -w 3 ${web} 8080 || echo "no answer (nc exit $?)"`]);
    const net = k.config.makeApiClient(NetworkingV1Api);
    const policy = (name: string, ingress: object[]) => ({ metadata: { name }, spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'], ingress } });
    const answers = (wanted: boolean) => async () => ((await get()).includes('hello from web') === wanted ? true : undefined);
    expect(await get()).toContain('hello from web');
    try {
      await net.createNamespacedNetworkPolicy({ namespace, body: policy('deny-all', []) });
      await waitFor('the default-deny to drop the connection', answers(false), { timeoutMs: 30_000, intervalMs: 1000 });
      expect(await get()).toContain('no answer');
      // The kubelet's readiness probe comes from the host (root): the engine lets it through, the pod stays Ready.
      expect(podReady(await k.core.readNamespacedPod({ name: 'web', namespace }))).toBe(true);
      await net.createNamespacedNetworkPolicy({ namespace, body: policy('allow-client', [{ from: [{ podSelector: { matchLabels: { role: 'client' } } }], ports: [{ port: 8080 }] }]) });
      await k.core.patchNamespacedPod({ name: 'client', namespace, body: { metadata: { labels: { role: 'client' } } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
      await waitFor('the allow rule to open the connection', answers(true), { timeoutMs: 30_000, intervalMs: 1000 });
    } finally {
      for (const name of ['deny-all', 'allow-client']) await net.deleteNamespacedNetworkPolicy({ name, namespace }).catch(() => undefined);
    }
    await waitFor('the connection to open once the policies are gone', answers(true), { timeoutMs: 30_000, intervalMs: 1000 });
  });

  it('places pods: a real namespace on the real node, an unplaced one on kwok nodes (the default), and flags a Service that selects a fake pod', async () => {
    const simulated = 't-placement-default';
    await ensureNamespace(k, simulated, restrictedNamespaceLabels);
    try {
      await waitForServiceAccount(k, simulated);
      await k.core.createNamespacedPod({ namespace: simulated, body: restrictedPod('p', image, 'exec /bin/busybox sleep 3600') });
      const fakeNode = await waitFor('the unplaced pod to be scheduled', async () => (await k.core.readNamespacedPod({ name: 'p', namespace: simulated })).spec?.nodeName, { timeoutMs: 30_000 });
      expect(isFakeNode(await k.core.readNode({ name: fakeNode }))).toBe(true);
      expect(await findServicesOnFakePods(k)).toEqual([]);

      // A GPU pod of a real namespace lands on the (simulated) GPU node: a Service selecting it is flagged.
      const gpuPod = restrictedPod('gpu', image, 'exec /bin/busybox sleep 3600', { labels: { app: 'web' } });
      gpuPod.spec!.nodeSelector = { 'nvidia.com/gpu.present': 'true' };
      gpuPod.spec!.tolerations = [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }];
      await k.core.createNamespacedPod({ namespace, body: gpuPod });
      const found = await waitFor('the Service with a fake endpoint to be flagged', async () => {
        const v = await findServicesOnFakePods(k, [namespace]);
        return v.length > 0 ? v : undefined;
      }, { timeoutMs: 60_000 });
      expect(found).toEqual([{ service: `${namespace}/web`, fakeEndpoints: ['gpu on kwok-gpu-a'], reason: `namespace ${namespace} is placed on the real node` }]);
      const report = await verify(cluster, namespace);
      expect(report.healthy).toBe(false);
      expect(formatReport(report)).toContain(`✗ ${namespace}/web selects fake (kwok) pods, namespace ${namespace} is placed on the real node: gpu on kwok-gpu-a`);
    } finally {
      await k.core.deleteNamespacedPod({ name: 'gpu', namespace }).catch(() => undefined);
      await deleteNamespace(k, simulated);
    }
  });
});
