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

  it('puts the key in the cached directory beside the version', () => {
    expect(cachedToolPath('kubernetes')).toMatch(new RegExp(`/kubernetes/${tools.kubernetes.version}-${goBuildKey(source)}/kube-apiserver$`));
  });
});
