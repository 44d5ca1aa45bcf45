import { describe, expect, it } from 'vitest';
import { policyContextOf } from '../../scripts/lib/schema/policy-context.ts';
import { chartValues } from '../support/values.ts';

/** What the policies are held to comes from the rendering's values, by the precedence the templates use. */
describe("the policy context a rendering's values give", () => {
  it("takes the GPU resource and taint from ray-cluster's values; the umbrella's global.gpu.toleration replaces the taint", () => {
    const amd = chartValues<'ray-cluster'>({ gpu: { resourceName: 'amd.com/gpu', toleration: { key: 'amd.com/gpu', operator: 'Exists', effect: 'NoExecute' } } });
    expect(policyContextOf('ray-cluster', amd).gpu).toEqual({ resourceName: 'amd.com/gpu', taint: { key: 'amd.com/gpu', effect: 'NoExecute' } });
    expect(policyContextOf('ray-cluster', {}).gpu).toEqual({ resourceName: 'nvidia.com/gpu', taint: { key: 'nvidia.com/gpu', effect: 'NoSchedule' } });
    const pool = chartValues<'ml-platform'>({ global: { gpu: { toleration: { key: 'gpu-pool', operator: 'Exists', effect: 'NoSchedule' } } } });
    expect(policyContextOf('ml-platform', pool).gpu.taint).toEqual({ key: 'gpu-pool', effect: 'NoSchedule' });
    // A chart without GPUs of its own is held to ray-cluster's facts.
    expect(policyContextOf('feast', {}).gpu.resourceName).toBe('nvidia.com/gpu');
  });

  it('requires the mesh where a chart turns it on or the cluster serves Istio and nothing turns it off', () => {
    const istio = ['security.istio.io/v1'];
    expect(policyContextOf('feast', {}, []).mesh.required).toBe(false);
    expect(policyContextOf('feast', {}, istio).mesh.required).toBe(true);
    expect(policyContextOf('feast', chartValues<'feast'>({ mesh: { enabled: false } }), istio).mesh.required).toBe(false);
    expect(policyContextOf('ml-platform', chartValues<'ml-platform'>({ global: { mesh: { enabled: false } } }), istio).mesh.required).toBe(false);
    expect(policyContextOf('ml-platform', chartValues<'ml-platform'>({ global: { mesh: { enabled: true } } }), []).mesh.required).toBe(true);
  });

  it('requires default-deny NetworkPolicies unless every chart of the rendering turns them off', () => {
    expect(policyContextOf('mlflow-platform', {}).networkPolicy.required).toBe(true);
    expect(policyContextOf('mlflow-platform', chartValues<'mlflow-platform'>({ networkPolicy: { enabled: false } })).networkPolicy.required).toBe(false);
    expect(policyContextOf('ml-platform', chartValues<'ml-platform'>({ global: { networkPolicy: { enabled: false } } })).networkPolicy.required).toBe(false);
    expect(policyContextOf('ml-platform', chartValues<'ml-platform'>({ global: { networkPolicy: { enabled: false } }, feast: { networkPolicy: { enabled: true } } })).networkPolicy.required).toBe(true);
  });
});
