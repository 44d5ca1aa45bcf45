import { join } from 'node:path';
import type { ReleaseSpec } from '../../../scripts/lib/cluster/releases.ts';
import { monitoringLayer, profileFile, realNodeLayer, umbrellaChart } from '../../../scripts/lib/scenarios/index.ts';
import type { HelmMajor } from '../../../scripts/lib/tools/index.ts';

const valuesDir = join(import.meta.dirname, 'values');

/**
 * The real-pod tier's installs: the umbrella with a profile and the real-node layer (as `up` installs it),
 * plus what a user of that profile adds (their own feature repository, a Serve application).
 */
export interface RealScenario {
  name: string;
  profile: string;
  helm: HelmMajor;
  namespace: string;
  /** The test's own values after the profile and the layer. */
  values: string[];
  set: string[];
  /** The release runs its own KubeRay operator (prod): the toolkit's operator must not watch its namespace. */
  bundlesOperator: boolean;
}

export const realScenarios: RealScenario[] = [
  { name: 'dev', profile: 'dev', helm: 4, namespace: 'rp-dev-h4', values: [], set: [], bundlesOperator: false },
  {
    name: 'prod',
    profile: 'prod',
    helm: 4,
    namespace: 'rp-prod-h4',
    // Its own feature repository (offline data in PostgreSQL, materialized by the chart's CronJob into Redis).
    values: [join(valuesDir, 'prod-feature-repo.yaml')],
    // The bundled operator watches its own namespace: the test cluster's other namespaces have the toolkit's operator.
    set: ['ray-cluster.operator.watchNamespaces={rp-prod-h4}'],
    bundlesOperator: true,
  },
  // A Ray Serve application through the chart's RayService, installed with Helm 3. With the chart's own
  // operator: KubeRay reads a RayService's Serve status from the head's dashboard by the head Service's
  // cluster DNS name, which the toolkit's operator (a host process) cannot resolve ("no such host").
  {
    name: 'dev with a Serve application',
    profile: 'dev',
    helm: 3,
    namespace: 'rp-serve-h3',
    values: [join(valuesDir, 'serve-app.yaml')],
    set: ['ray-cluster.operator.enabled=true', 'ray-cluster.operator.watchNamespaces={rp-serve-h3}'],
    bundlesOperator: true,
  },
  // The live monitoring tier (test/cluster/real-monitoring): dev with its monitors, rules and dashboards,
  // labelled for the local monitoring stack as `up` labels them, two Serve applications (hello and a faulty
  // one that raises or sleeps on request) and alerts tuned to fire in seconds. The lightest profile that
  // has every exporter: MLflow, Feast, the Ray nodes and Serve (autoscaler metrics need prod's autoscaling).
  {
    name: 'dev with the live monitoring stack',
    profile: 'dev',
    helm: 4,
    namespace: 'rp-mon-h4',
    values: [monitoringLayer, join(valuesDir, 'serve-app.yaml'), join(valuesDir, 'monitoring-tier.yaml')],
    set: ['ray-cluster.operator.enabled=true', 'ray-cluster.operator.watchNamespaces={rp-mon-h4}'],
    bundlesOperator: true,
  },
];

export function releaseOf(s: RealScenario): ReleaseSpec {
  return { chart: umbrellaChart, release: 'ml-platform', namespace: s.namespace, values: [profileFile(s.profile), realNodeLayer, ...s.values], set: s.set, helm: s.helm };
}
