import { describe, expect, it } from 'vitest';
import { dataServicesPlan, umbrellaValuesOf } from '../../scripts/lib/cluster/data/plan.ts';
import { dataServiceManifests } from '../../scripts/lib/cluster/data/deploy.ts';
import { coreDnsManifests } from '../../scripts/lib/cluster/node/coredns.ts';
import { profileFile, profiles, realNodeLayer } from '../../scripts/lib/scenarios/index.ts';
import { footprint } from '../../scripts/lib/footprint.ts';
import { render } from '../../scripts/lib/helm/render.ts';
import type { Manifest } from '../../scripts/lib/manifests/index.ts';
import { type PolicyPod, flowAllowed, podTemplates, policyPod } from '../../scripts/lib/manifests/index.ts';
import { realNodeApiServerPort } from '../../scripts/lib/cluster/node/network.ts';

/** The real node of the smallest machine these tests run on: 2 cores, next to the control plane. */
const realNode = { cpu: 2, memoryBytes: 8 * 2 ** 30 };

describe('the real-node values layer (values/local/real-node.yaml)', () => {
  it('is not a profile: profiles() reads values/*.yaml at the top level only', () => {
    expect(profiles()).toEqual(['airgapped', 'dev', 'gpu', 'prod']);
    expect(realNodeLayer).toMatch(/values\/local\/real-node\.yaml$/);
  });

  it.each(['dev', 'prod'])('%s with the layer: the platform at maximum scale, its data services, CoreDNS and the largest hook or test pod fit one 2-core node', async (profile) => {
    const files = [profileFile(profile), realNodeLayer];
    const docs = await render('ml-platform', { values: files, release: 'ml-platform', namespace: 'ml-platform' });
    const values = umbrellaValuesOf(files);
    const data = dataServiceManifests(dataServicesPlan(values, 'ml-platform'), { postgres: 'postgres:1', redis: 'redis:1', s3: 's3:1' });
    const platform = footprint(docs);
    const rest = footprint([...data, ...(coreDnsManifests('coredns:1') as Manifest[])]);
    const transient = Math.max(0, ...platform.transient.map((t) => t.pod.cpuRequests));
    const cpu = platform.max.cpuRequests + rest.max.cpuRequests + transient;
    const memory = platform.max.memoryRequests + rest.max.memoryRequests + Math.max(0, ...platform.transient.map((t) => t.pod.memoryRequests));
    expect(cpu, `CPU requests ${cpu}`).toBeLessThanOrEqual(realNode.cpu);
    expect(memory, `memory requests ${memory}`).toBeLessThanOrEqual(realNode.memoryBytes);
    // Without the layer the profile does not fit there: the layer is what makes it schedule.
    const bare = footprint(await render('ml-platform', { values: [profileFile(profile)], release: 'ml-platform', namespace: 'ml-platform' }));
    expect(bare.max.cpuRequests + rest.max.cpuRequests + transient).toBeGreaterThan(cpu);
  });

  it.each(['dev', 'prod'])('%s with the layer keeps the profile\'s memory limits for MLflow, Feast and the Ray head (their programs really run)', async (profile) => {
    const limits = async (files: string[]) => {
      const docs = await render('ml-platform', { values: files, release: 'ml-platform', namespace: 'ml-platform' });
      return Object.fromEntries(
        podTemplates(docs)
          .filter((t) => ['Deployment', 'RayCluster'].includes(t.owner.kind) && !t.path.includes('workerGroupSpecs'))
          .map((t) => [`${t.owner.metadata.name} ${t.path}`, t.template.spec.containers.map((c) => (c.resources as { limits?: { memory?: string } } | undefined)?.limits?.memory)]),
      );
    };
    expect(await limits([profileFile(profile), realNodeLayer])).toEqual(await limits([profileFile(profile)]));
  });

  it.each(['dev', 'prod'])('%s with the layer gives the Ray head\'s dashboard 300 s to start its modules (Ray\'s 30 s ran out on the shared 2-core node: the dashboard exited, the head never became ready)', async (profile) => {
    const docs = await render('ml-platform', { values: [profileFile(profile), realNodeLayer], release: 'ml-platform', namespace: 'ml-platform' });
    const head = podTemplates(docs).find((t) => t.owner.kind === 'RayCluster' && t.path.includes('headGroupSpec'))!;
    const env = head.template.spec.containers.find((c) => c.name === 'ray-head')!.env ?? [];
    expect(env).toContainEqual({ name: 'RAY_DASHBOARD_SUBPROCESS_MODULE_WAIT_READY_TIMEOUT', value: '300' });
  });
});

describe('the local API server behind the charts\' NetworkPolicies', () => {
  it('listens on a port the pods that call the API may reach (the operator, the Ray head\'s autoscaler): policies see the port after the kubernetes Service is translated', async () => {
    const docs = await render('ml-platform', { values: [profileFile('prod'), realNodeLayer], release: 'ml-platform', namespace: 'ml-platform' });
    const apiServer: PolicyPod = { labels: {}, namespace: 'default', ports: [{ containerPort: realNodeApiServerPort }] };
    const callers = podTemplates(docs).filter((t) => ['operator', 'ray-head'].includes(t.labels['app.kubernetes.io/component'] ?? ''));
    expect(callers.map((t) => t.labels['app.kubernetes.io/component']).sort()).toEqual(['operator', 'ray-head']);
    for (const t of callers) expect(flowAllowed(docs, policyPod(t), apiServer, { number: realNodeApiServerPort }).egress, `${t.owner.kind}/${t.owner.metadata.name}`).toBe(true);
  });
});
