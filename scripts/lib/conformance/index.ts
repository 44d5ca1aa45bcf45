import { readFileSync } from 'node:fs';
import { objectRef } from '../manifests/types.ts';
import { type CrdValidator, crdValidatorFile, loadCrds } from '../schema/crd.ts';
import { crdsDir } from '../tools/crds.ts';
import { kubeScore } from './kube-score.ts';
import { type KubeScoreConfig, applyAccepted, readKubeScoreConfig } from './kube-score-config.ts';
import { kubernetesValidate } from './kubernetes-validate.ts';
import { type ConformanceFinding, type Rendering, verdictCache } from './rendering.ts';

export * from './rendering.ts';
export { kubeScore, kubeScoreChecks, operatorPods } from './kube-score.ts';
export { applyAccepted, readKubeScoreConfig, type KubeScoreConfig } from './kube-score-config.ts';
export { kubernetesValidate } from './kubernetes-validate.ts';

/**
 * Custom resources (a kind the CRD set defines) against their CRDs' schemas, strictly. Verdicts are cached
 * by the CRD set, the validator's code and the rendering's output.
 */
export async function crdFindings(renderings: Rendering[], crds: CrdValidator): Promise<ConformanceFinding[]> {
  const code = [import.meta.filename, crdValidatorFile].map((f) => readFileSync(f, 'utf8'));
  const cache = verdictCache('crd', JSON.stringify({ kinds: crds.kinds, dir: await crdsDir(), code }));
  const custom = new Set(crds.kinds);
  return renderings.flatMap((r) => {
    const cached = cache.get(r.stdout, r.id);
    if (cached) return cached;
    const found = r.manifests
      .filter((m) => custom.has(`${m.apiVersion}/${m.kind}`))
      .flatMap((m) => crds.validate(m).map((message) => ({ tool: 'crd' as const, rendering: r.id, object: objectRef(m), path: '', message })));
    cache.set(r.stdout, found);
    return found;
  });
}

export interface ConformanceReport {
  findings: ConformanceFinding[];
  /** kube-score findings the config accepts for the objects it names. */
  accepted: number;
  /** Accept entries that matched nothing: fixed since, to be removed. */
  unusedAccepts: KubeScoreConfig['accept'];
  /** Wall time of each tool, in seconds (cache hits make a warm run cost nearly nothing). */
  seconds: Record<ConformanceFinding['tool'], number>;
}

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
};

/**
 * Every rendering checked by tools we did not write: kubernetes-validate (strict Kubernetes schemas of
 * each supported minor), the CRDs of custom resources, kube-score (with the committed exceptions).
 * Each tool runs once over all renderings.
 */
export async function conformance(renderings: Rendering[], config = readKubeScoreConfig()): Promise<ConformanceReport> {
  const crds = await loadCrds();
  const [[schema, kvSeconds], [score, ksSeconds]] = await Promise.all([timed(() => kubernetesValidate(renderings, crds.kinds)), timed(() => kubeScore(renderings, config))]);
  const [crd, crdSeconds] = await timed(() => crdFindings(renderings, crds));
  const { remaining, accepted, unused } = applyAccepted(score, config);
  return { findings: [...schema, ...crd, ...remaining], accepted, unusedAccepts: unused, seconds: { 'kubernetes-validate': kvSeconds, crd: crdSeconds, 'kube-score': ksSeconds } };
}
