import { join, relative } from 'node:path';
import { repoRoot } from '../paths.ts';
import { kubernetesVersion } from '../tools/catalog.ts';
import { chartMetadata, chartPath } from './chart-files.ts';

/** A Kubernetes minor version, `1.28`. */
export type KubeMinor = `1.${number}`;

/**
 * The lowest Kubernetes minor a chart supports: the lower bound of its Chart.yaml `kubeVersion`,
 * which must read `>=1.N.0-0` (the `-0` lets pre-release and provider builds such as `v1.30.2-eks-1`
 * match, as Helm's semver compares them).
 */
export function kubeVersionFloor(chart: string): KubeMinor {
  const declared = chartMetadata(chartPath(chart)).kubeVersion;
  const match = declared === undefined ? null : /^>=\s*v?1\.(\d+)\.0-0$/.exec(declared.trim());
  if (!match) {
    const file = relative(repoRoot, join(chartPath(chart), 'Chart.yaml'));
    throw new Error(`value ${file} kubeVersion: ${JSON.stringify(declared ?? null)} is not a lower bound ">=1.N.0-0". Fix: declare the oldest Kubernetes minor the chart supports, e.g. kubeVersion: ">=1.28.0-0"`);
  }
  return `1.${Number(match[1])}`;
}

/** The newest minor the toolkit tests against: the cluster tier's Kubernetes (catalog `kubernetesVersion`). */
export const newestKubeMinor: KubeMinor = kubernetesVersion.split('.').slice(0, 2).join('.') as KubeMinor;

/** Every minor from a chart's `kubeVersion` lower bound to the newest tested one. */
export function supportedKubeMinors(chart: string): KubeMinor[] {
  const from = Number(kubeVersionFloor(chart).split('.')[1]);
  const to = Number(newestKubeMinor.split('.')[1]);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => `1.${from + i}` as KubeMinor);
}
