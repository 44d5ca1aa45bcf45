import { describe, expect, it } from 'vitest';
import { render } from '../../scripts/lib/helm/render.ts';
import { check, policyNames } from '../../scripts/lib/policies/index.ts';
import { fixtureChart } from '../support/fixtures.ts';
import { platformContext } from '../support/matchers.ts';

describe('policies on the bad fixture chart', () => {
  it('report exactly one finding per planted violation, naming object and path', async () => {
    const docs = await render(fixtureChart('bad'));
    const found = check(docs, platformContext()).map(({ policy, object, path }) => ({ policy, object, path }));
    // Each line is a violation planted in test/fixtures/charts/bad/templates (see the comments there).
    const planted = [
      { policy: 'restricted', object: 'Deployment/api', path: 'spec.template.spec.hostNetwork' },
      { policy: 'restricted', object: 'Deployment/api', path: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation' },
      { policy: 'resources', object: 'Deployment/api', path: 'spec.template.spec.containers[0].resources.limits.memory' },
      { policy: 'probes', object: 'Deployment/api', path: 'spec.template.spec.containers[0].startupProbe' },
      { policy: 'images', object: 'Deployment/api', path: 'spec.template.spec.containers[0].image' },
      { policy: 'gpu', object: 'Job/train', path: 'spec.template.spec.tolerations' },
      { policy: 'gpu', object: 'Job/preprocess', path: 'spec.template.spec.tolerations' },
      { policy: 'probes', object: 'Deployment/api', path: 'spec.template.spec.containers[0].livenessProbe' },
      { policy: 'mtls', object: 'Deployment/api', path: 'spec.template' },
      { policy: 'mtls', object: 'Deployment/api', path: 'spec.template' },
      { policy: 'network', object: 'Service/api', path: 'spec.ports[1]' },
      { policy: 'mesh-egress', object: 'Deployment/api', path: 'spec.template' },
      { policy: 'isolation', object: 'Job/train', path: 'spec.template' },
      { policy: 'isolation', object: 'Job/train', path: 'spec.template' },
      { policy: 'isolation', object: 'Job/preprocess', path: 'spec.template' },
      { policy: 'isolation', object: 'Job/preprocess', path: 'spec.template' },
      { policy: 'flows', object: 'Job/train', path: 'spec.template.spec.containers[0].env[0]' },
      { policy: 'labels', object: 'ConfigMap/config', path: 'metadata.labels["app.kubernetes.io/version"]' },
      { policy: 'secrets', object: 'ConfigMap/config', path: 'data["feature_store.yaml"]' },
      { policy: 'secrets', object: 'Deployment/api', path: 'spec.template.spec.containers[0].env[0].value' },
      { policy: 'secrets', object: 'Deployment/api', path: 'spec.template.spec.containers[0].args[1]' },
    ];
    expect(found).toHaveLength(planted.length);
    expect(found).toEqual(expect.arrayContaining(planted));
  });

  it('names the reason in each message', async () => {
    const docs = await render(fixtureChart('bad'));
    const messages = check(docs, platformContext()).map((f) => f.message);
    expect(messages).toContain('hostNetwork must not be true');
    expect(messages).toContain('PeerAuthentication/api sets mode PERMISSIVE, not STRICT');
    expect(messages.some((m) => m.includes('example.com/api:latest'))).toBe(true);
    expect(messages).toContain('PeerAuthentication/api sets port 9000 to PERMISSIVE, not STRICT (a port that serves more than metrics)');
    expect(messages).toContain('no NetworkPolicy with policyType Egress selects these pods: their egress is not default-deny');
    expect(messages).toContain('its egress is isolated by NetworkPolicy/api, and no rule admits istiod on 15012: the sidecar gets no configuration or certificate');
    expect(messages.some((m) => /liveness probe runs the readiness check/.test(m))).toBe(true);
    expect(messages.some((m) => /API_ADMIN_URL=.*no ingress rule of Deployment\/api's NetworkPolicies admits this pod on port admin\/9000/.test(m))).toBe(true);
  });
});

describe('policies on the good fixture chart', () => {
  it.each(policyNames)('%s reports nothing', async (policy) => {
    const docs = await render(fixtureChart('good'));
    expect(docs).toPassPolicy(policy);
  });

  it('mtls coverage reports every workload when the mesh is required but no PeerAuthentication is rendered', async () => {
    const docs = await render(fixtureChart('good'), { set: { 'mesh.enabled': false } });
    expect(check(docs, platformContext(), { only: ['mtls'] })).toEqual([]);
    expect(check(docs, platformContext({ mesh: { required: true } }), { only: ['mtls'] }).map((f) => f.object)).toEqual(['Deployment/test-good-web', 'Job/test-good-gpu-check']);
  });

  it('gpu policy flags a fractional GPU limit', async () => {
    const docs = await render(fixtureChart('good'), { set: { 'gpuWorker.gpus': 1 } });
    const job = docs.find((d) => d.kind === 'Job')! as any;
    job.spec.template.spec.containers[0].resources.limits['nvidia.com/gpu'] = '0.5';
    expect(check(docs, platformContext(), { only: ['gpu'] }).map((f) => f.message)).toContain('nvidia.com/gpu limit 0.5 is not a whole number');
  });
});
