import { podTemplates } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

export const requiredLabels = ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/version', 'app.kubernetes.io/managed-by', 'helm.sh/chart'];
export const selectorLabels = ['app.kubernetes.io/name', 'app.kubernetes.io/instance'];
/** Labels a selector may add to the immutable pair to tell a chart's components apart. */
const extraSelectorLabels = new Set(['app.kubernetes.io/component']);

/**
 * Standard labels: every object carries the recommended labels; every pod template carries the
 * selector pair; workload selectors use the immutable pair (plus component), never version or chart.
 */
export function standardLabels(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const doc of docs) {
    const labels = doc.metadata?.labels ?? {};
    for (const label of requiredLabels) {
      if (!labels[label]) findings.push(finding('labels', objectRef(doc), `metadata.labels["${label}"]`, `missing label ${label}`));
    }
    const selector = (doc.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)?.selector;
    if (selector?.matchLabels && ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].includes(doc.kind)) {
      for (const label of selectorLabels) {
        if (!selector.matchLabels[label]) findings.push(finding('labels', objectRef(doc), `spec.selector.matchLabels["${label}"]`, `selector lacks ${label}`));
      }
      for (const label of Object.keys(selector.matchLabels)) {
        if (!selectorLabels.includes(label) && !extraSelectorLabels.has(label)) {
          findings.push(finding('labels', objectRef(doc), `spec.selector.matchLabels["${label}"]`, `selector uses ${label}, which is not part of the immutable selector set`));
        }
      }
    }
  }
  for (const { owner, path, template } of podTemplates(docs)) {
    for (const label of selectorLabels) {
      if (!template.metadata?.labels?.[label]) findings.push(finding('labels', objectRef(owner), `${path ? `${path}.` : ''}metadata.labels["${label}"]`, `pod template lacks ${label}`));
    }
  }
  return findings;
}

export const labelsPolicy: Policy<'labels'> = {
  name: 'labels',
  description: 'every object carries the recommended labels; selectors use the immutable name + instance pair',
  check: (docs) => standardLabels(docs),
};
