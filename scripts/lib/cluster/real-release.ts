import { byReference, imageUsesOf } from '../images/rendered.ts';
import { step } from '../log.ts';
import { startDataServices } from './data/deploy.ts';
import { dataNamespaces, dataServicesPlan, isEmptyPlan, umbrellaValuesOf } from './data/plan.ts';
import { loadIntoRealNode, standInsFor } from './node/images.ts';
import { type PreparedNamespace, type ReleaseSpec, prepareNamespace } from './releases.ts';
import { umbrellaChart } from '../scenarios/index.ts';
import type { Cluster } from './types.ts';

export interface RealRelease extends PreparedNamespace {
  /** Namespaces of the servers started for the release (PostgreSQL, Redis, S3), empty when it needs none. */
  dataNamespaces: string[];
}

/**
 * Everything a release needs before `helm install` on the local cluster's real node: the servers its
 * values point at (the prod profile's PostgreSQL, Redis and S3) running with generated credentials,
 * its namespace placed on the real node under Pod Security `restricted`, its Secrets (the servers'
 * credentials where the values name them, test credentials elsewhere), and exactly the stand-in images
 * it renders imported into the node's containerd.
 */
export async function prepareRealRelease(cluster: Cluster, r: ReleaseSpec): Promise<RealRelease> {
  const values = r.chart === umbrellaChart ? umbrellaValuesOf(r.values) : undefined;
  const plan = values ? dataServicesPlan(values, r.namespace) : undefined;
  const known = plan && values && !isEmptyPlan(plan) ? await startDataServices(cluster, plan, values) : undefined;
  const prepared = await prepareNamespace(cluster, r, { known, placement: 'real' });
  await step(`images of ${r.release} on the real node`, () => loadIntoRealNode(cluster, standInsFor(byReference(imageUsesOf(prepared.manifests, r.release, r.chart)))));
  return { ...prepared, dataNamespaces: plan ? dataNamespaces(plan) : [] };
}
