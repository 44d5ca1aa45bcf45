import { describe, expect, it } from 'vitest';
import { tools } from '../../scripts/lib/tools/catalog.ts';
import { cachedToolPath, goBuildKey } from '../../scripts/lib/tools/provision.ts';

describe('the go-build tool cache', () => {
  const source = tools.kubernetes.source;

  it('keys a build by its package set: the control plane alone is not mistaken for the build with kubelet and kube-proxy', () => {
    const controlPlaneOnly = { ...source, extraPkgs: source.extraPkgs.filter((p) => !/kubelet|kube-proxy/.test(p)) };
    expect(goBuildKey(controlPlaneOnly)).not.toBe(goBuildKey(source));
    expect(goBuildKey({ ...source, extraPkgs: [...source.extraPkgs].reverse() })).toBe(goBuildKey(source));
  });

  it('keys a build by its flags and environment', () => {
    expect(goBuildKey({ ...source, ldflags: '-s -w' })).not.toBe(goBuildKey(source));
    expect(goBuildKey({ ...source, env: { CGO_ENABLED: '1' } })).not.toBe(goBuildKey(source));
  });

  it('keys a build by its build tags (Prometheus without the cloud discoveries is another binary), and a source without tags keeps its key', () => {
    const prometheus = tools.prometheus.source;
    expect(prometheus.tags).toEqual(['remove_all_sd', 'enable_kubernetes_sd']);
    expect(goBuildKey({ ...prometheus, tags: [] })).not.toBe(goBuildKey(prometheus));
    expect(goBuildKey({ ...source, tags: [] })).toBe(goBuildKey(source));
  });

  it('puts the key in the cached directory beside the version', () => {
    expect(cachedToolPath('kubernetes')).toMatch(new RegExp(`/kubernetes/${tools.kubernetes.version}-${goBuildKey(source)}/kube-apiserver$`));
  });
});
