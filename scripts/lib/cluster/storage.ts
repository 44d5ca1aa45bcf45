import * as k8s from '@kubernetes/client-node';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Kube, statusOf } from './kube.ts';
import { clustersDir } from './state.ts';

/** The local cluster's default StorageClass: no provisioner, PVCs bind to the pre-made volume pool. */
export const localStorageClass = 'standard';
const poolLabel = { 'mlp.dev/volume-pool': 'local' };

/** Where the pool's volumes live on this machine: real directories under the cluster's directory, removed by `down`. */
export function volumesDir(cluster: string): string {
  return join(clustersDir, cluster, 'volumes');
}

export const poolVolumeName = (i: number) => `mlp-pool-${String(i).padStart(3, '0')}`;

/**
 * A volume directory every pod can write: hostPath volumes get no fsGroup ownership change (the
 * kubelet applies fsGroup only to volume types that support it), and a pool volume may be claimed by
 * a pod of any uid. The sticky bit keeps one user's files from another's deletion, as on /tmp.
 */
function makeVolumeDir(path: string): void {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o1777);
}

/**
 * The local cluster has no storage driver: a default StorageClass and a pool of pre-made
 * PersistentVolumes let kube-controller-manager's real PV binder bind PVCs (every access mode,
 * 1 TiB each, so any claim fits). Each volume is a hostPath directory under `dir`, created here:
 * pods on the real node write to it; pods on kwok nodes never touch it.
 */
export async function ensureVolumePool(k: Kube, dir: string, size = 40): Promise<void> {
  const sc = k.config.makeApiClient(k8s.StorageV1Api);
  try {
    await sc.createStorageClass({
      body: {
        metadata: { name: localStorageClass, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
        provisioner: 'kubernetes.io/no-provisioner',
        volumeBindingMode: 'Immediate',
        reclaimPolicy: 'Retain',
      },
    });
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
  }
  for (let i = 0; i < size; i++) {
    const name = poolVolumeName(i);
    const path = join(dir, name);
    makeVolumeDir(path);
    try {
      await k.core.createPersistentVolume({
        body: {
          metadata: { name, labels: poolLabel },
          spec: {
            storageClassName: localStorageClass,
            capacity: { storage: '1Ti' },
            accessModes: ['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany'],
            persistentVolumeReclaimPolicy: 'Retain',
            hostPath: { path, type: 'Directory' },
          },
        },
      });
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      // A pool made by an older toolkit points at placeholder paths nothing created: replace it while unclaimed.
      const existing = await k.core.readPersistentVolume({ name });
      if (existing.spec?.hostPath?.path !== path && existing.status?.phase === 'Available') {
        await k.core.deletePersistentVolume({ name });
        i--;
        continue;
      }
    }
  }
}

/** Empties a volume directory (what a deleted claim left), keeping the directory itself. */
export function wipeVolumeDir(path: string): void {
  if (!existsSync(path)) return makeVolumeDir(path);
  for (const entry of readdirSync(path)) rmSync(join(path, entry), { recursive: true, force: true });
  chmodSync(path, 0o1777);
}

/**
 * Makes Released pool volumes (their claim was deleted) Available again, as an administrator would
 * after scrubbing them: the directory is emptied first, so a new claim never sees an old claim's data
 * (a PostgreSQL data directory with another password, an old SQLite database).
 */
export async function recycleReleasedVolumes(k: Kube): Promise<number> {
  const pvs = (await k.core.listPersistentVolume({ labelSelector: 'mlp.dev/volume-pool=local' })).items;
  let recycled = 0;
  for (const pv of pvs.filter((p) => p.status?.phase === 'Released')) {
    const path = pv.spec?.hostPath?.path;
    if (path) wipeVolumeDir(path);
    pv.spec = { ...pv.spec, claimRef: undefined };
    try {
      await k.core.replacePersistentVolume({ name: pv.metadata!.name!, body: pv });
      recycled++;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
    }
  }
  return recycled;
}

/** Removes every volume directory of a cluster (its data with it). */
export function removeVolumes(cluster: string): void {
  rmSync(volumesDir(cluster), { recursive: true, force: true });
}
