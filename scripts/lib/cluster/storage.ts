import * as k8s from '@kubernetes/client-node';
import { type Kube, statusOf } from './kube.ts';

/** The local cluster's default StorageClass: no provisioner, PVCs bind to the pre-made volume pool. */
export const localStorageClass = 'standard';
const poolLabel = { 'mlp.dev/volume-pool': 'local' };

/**
 * The local cluster has no storage driver: a default StorageClass and a pool of pre-made
 * PersistentVolumes let kube-controller-manager's real PV binder bind PVCs (every access mode,
 * 1 TiB each, so any claim fits). Nothing is ever written to them: pods do not run under kwok.
 */
export async function ensureVolumePool(k: Kube, size = 40): Promise<void> {
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
    const name = `mlp-pool-${String(i).padStart(3, '0')}`;
    try {
      await k.core.createPersistentVolume({
        body: {
          metadata: { name, labels: poolLabel },
          spec: {
            storageClassName: localStorageClass,
            capacity: { storage: '1Ti' },
            accessModes: ['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany'],
            persistentVolumeReclaimPolicy: 'Retain',
            hostPath: { path: `/var/lib/mlp-pool/${name}` },
          },
        },
      });
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
    }
  }
}

/** Makes Released pool volumes (their claim was deleted) Available again, as an administrator would. */
export async function recycleReleasedVolumes(k: Kube): Promise<number> {
  const pvs = (await k.core.listPersistentVolume({ labelSelector: 'mlp.dev/volume-pool=local' })).items;
  let recycled = 0;
  for (const pv of pvs.filter((p) => p.status?.phase === 'Released')) {
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
