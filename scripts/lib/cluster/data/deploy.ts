import { stringify } from 'yaml';
import { serverImages } from '../../images/plan.ts';
import { step } from '../../log.ts';
import type { Manifest } from '../../manifests/types.ts';
import type { Values } from '../../schema/values.ts';
import { runOrThrow } from '../../tools/index.ts';
import { kubectlTarget } from '../crds.ts';
import { type Kube, applySecret, ensureNamespace, kube, restrictedNamespaceLabels, statusOf, waitFor, waitForServiceAccount } from '../kube.ts';
import { standInsFor, loadIntoRealNode } from '../node/images.ts';
import { placeNamespace } from '../node/placement.ts';
import type { Cluster } from '../types.ts';
import { type Credentials, planCredentials, releaseSecrets } from './credentials.ts';
import { credentialsSecretName, managedBy, postgresServer, redisServer, roleJob, roleJobName, s3Server } from './manifests.ts';
import { type DataServicesPlan, dataNamespaces } from './plan.ts';

/** The image the PostgreSQL server runs: the one the release's Feast db-init Job renders (the postgres stand-in). */
export function postgresImageOf(values: Values): string {
  const image = (values.feast as Values | undefined)?.dbInit as Values | undefined;
  const i = (image?.image ?? {}) as { registry?: string; repository?: string; tag?: string };
  return `${i.registry ? `${i.registry}/` : ''}${i.repository}:${i.tag}`;
}

/** Every object of the plan's servers (credentials Secrets apart). */
export function dataServiceManifests(plan: DataServicesPlan, images: { postgres: string; redis: string; s3: string }): Manifest[] {
  return [
    ...plan.postgresql.flatMap((p) => postgresServer(p, images.postgres)),
    ...plan.redis.flatMap((r) => redisServer(r, images.redis)),
    ...plan.s3.flatMap((s) => s3Server(s, images.s3)),
  ];
}

async function existingCredentials(k: Kube, namespace: string, service: string): Promise<Credentials | undefined> {
  try {
    const secret = await k.core.readNamespacedSecret({ name: `${service}-credentials`, namespace });
    return Object.fromEntries(Object.entries(secret.data ?? {}).map(([key, b64]) => [key, Buffer.from(b64, 'base64').toString('utf8')]));
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

async function apply(cluster: Cluster, docs: Manifest[]): Promise<void> {
  await runOrThrow('kubectl', [...kubectlTarget(cluster), 'apply', '--server-side', '--force-conflicts', '--field-manager=mlp-up', '-f', '-'], { input: docs.map((d) => stringify(d)).join('---\n') });
}

async function runJob(k: Kube, job: Manifest): Promise<void> {
  const { name, namespace } = job.metadata as { name: string; namespace: string };
  await k.batch.deleteNamespacedJob({ name, namespace, propagationPolicy: 'Foreground' }).catch((e: unknown) => (statusOf(e) === 404 ? undefined : Promise.reject(e)));
  await waitFor(`Job ${namespace}/${name} to be gone`, async () => k.batch.readNamespacedJob({ name, namespace }).then(() => undefined, (e: unknown) => (statusOf(e) === 404 ? true : Promise.reject(e))), { timeoutMs: 60_000 });
  await k.batch.createNamespacedJob({ namespace, body: job as never });
  await waitFor(`Job ${namespace}/${name} to complete`, async () => {
    const status = (await k.batch.readNamespacedJob({ name, namespace })).status;
    if (status?.conditions?.some((c) => c.type === 'Failed' && c.status === 'True')) throw new Error(`Job ${namespace}/${name} failed: ${status.conditions.map((c) => c.message).join('; ')}`);
    return status?.succeeded ? true : undefined;
  }, { timeoutMs: 300_000, intervalMs: 2000 });
}

/**
 * Runs the plan's servers on the real node, each in its namespace (Pod Security `restricted`, placed
 * on the real node), with credentials generated once and kept in a Secret beside each server (a server's
 * data was initialized with them); creates the PostgreSQL roles and databases no chart creates. Returns
 * the data of the release's Secrets that must carry those credentials.
 */
export async function startDataServices(cluster: Cluster, plan: DataServicesPlan, values: Values): Promise<Map<string, Record<string, string>>> {
  const k = kube(cluster);
  for (const namespace of dataNamespaces(plan)) {
    await ensureNamespace(k, namespace, restrictedNamespaceLabels);
    await placeNamespace(k, namespace, 'real');
    await waitForServiceAccount(k, namespace);
  }
  const known = new Map<string, Credentials | undefined>();
  for (const s of [...plan.postgresql, ...plan.redis, ...plan.s3]) known.set(`${s.namespace}/${s.service}`, await existingCredentials(k, s.namespace, s.service));
  const credentials = planCredentials(plan, (namespace, service) => known.get(`${namespace}/${service}`));
  for (const s of [...plan.postgresql, ...plan.redis, ...plan.s3]) await applySecret(k, s.namespace, credentialsSecretName(s), credentials.get(`${s.namespace}/${s.service}`)!, managedBy);

  const servers = serverImages();
  const images = { postgres: postgresImageOf(values), redis: servers.find((i) => i.recipe.name === 'redis')!.ref, s3: servers.find((i) => i.recipe.name === 's3')!.ref };
  const docs = dataServiceManifests(plan, images);
  const used = new Map<string, string[]>();
  for (const d of docs.filter((d) => d.kind === 'Deployment')) {
    const image = ((d.spec as any).template.spec.containers[0].image) as string;
    used.set(image, [...(used.get(image) ?? []), `${d.metadata.namespace}/${d.metadata.name}`]);
  }
  await step('data services: stand-in images on the real node', () => loadIntoRealNode(cluster, standInsFor(used)));
  await step(`data services: ${docs.filter((d) => d.kind === 'Deployment').map((d) => `${d.metadata.namespace}/${d.metadata.name}`).join(', ')}`, async () => {
    await apply(cluster, docs);
    for (const d of docs.filter((x) => x.kind === 'Deployment')) {
      const { name, namespace } = d.metadata as { name: string; namespace: string };
      await waitFor(`Deployment ${namespace}/${name} to be available`, async () => {
        const dep = await k.apps.readNamespacedDeployment({ name, namespace });
        return dep.status?.readyReplicas === 1 && dep.status.updatedReplicas === 1 && (dep.status.replicas ?? 0) === 1 ? true : undefined;
      }, { timeoutMs: 300_000, intervalMs: 2000, describe: async () => JSON.stringify((await k.core.listNamespacedPod({ namespace, labelSelector: `app.kubernetes.io/name=${name}` })).items.map((p) => p.status)) });
    }
  });
  for (const p of plan.postgresql) {
    for (const role of p.roles.filter((r) => !r.createdByChart)) {
      await step(`data services: role and database ${role.user}/${role.database} on ${p.namespace}/${p.service} (${role.usedBy})`, () => runJob(k, roleJob(p, role, images.postgres)));
    }
  }
  return releaseSecrets(plan, credentials);
}

export { roleJobName };
