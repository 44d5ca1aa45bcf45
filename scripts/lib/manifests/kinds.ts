import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2.js';
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import type { ConfigMap, Container, LimitRange, Namespace, PersistentVolumeClaim, Pod, PodTemplateSpec, ResourceQuota, Secret, Service, ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-types/rbac/v1.js';
import { find, get } from './query.ts';
import type { Manifest } from './types.ts';

/** A head or worker group of KubeRay's RayCluster (ray.io/v1): its pods are a Kubernetes pod template. */
export interface RayGroup {
  groupName?: string;
  replicas?: number;
  minReplicas?: number;
  maxReplicas?: number;
  idleTimeoutSeconds?: number;
  rayStartParams?: Record<string, string>;
  template: PodTemplateSpec;
}

/** The fields of KubeRay's RayCluster (ray.io/v1) the toolkit and tests read. */
export interface RayCluster {
  apiVersion?: string;
  kind?: string;
  spec: {
    rayVersion?: string;
    enableInTreeAutoscaling?: boolean;
    autoscalerOptions?: Container & { upscalingMode?: string; idleTimeoutSeconds?: number };
    headGroupSpec: RayGroup;
    workerGroupSpecs?: RayGroup[];
  };
}

/**
 * The Kubernetes API types of the built-in kinds the charts render, in their JSON (wire) form (the
 * `kubernetes-types` package, generated from Kubernetes' OpenAPI), for reading a rendered object's fields
 * with their types; KubeRay's RayCluster too (the fields read here).
 */
export interface KubernetesKinds {
  ClusterRole: ClusterRole;
  ClusterRoleBinding: ClusterRoleBinding;
  ConfigMap: ConfigMap;
  CronJob: CronJob;
  Deployment: Deployment;
  HorizontalPodAutoscaler: HorizontalPodAutoscaler;
  Ingress: Ingress;
  Job: Job;
  LimitRange: LimitRange;
  Namespace: Namespace;
  NetworkPolicy: NetworkPolicy;
  PersistentVolumeClaim: PersistentVolumeClaim;
  Pod: Pod;
  PodDisruptionBudget: PodDisruptionBudget;
  RayCluster: RayCluster;
  ResourceQuota: ResourceQuota;
  Role: Role;
  RoleBinding: RoleBinding;
  Secret: Secret;
  Service: Service;
  ServiceAccount: ServiceAccount;
}

/** `get` (the one object of a kind, or of a kind and name) typed as that kind's Kubernetes API object. */
export function getTyped<K extends keyof KubernetesKinds>(docs: readonly Manifest[], kind: K, name?: string): KubernetesKinds[K] & Manifest {
  return get(docs, kind, name) as KubernetesKinds[K] & Manifest;
}

/** `find` (the object of a kind, or of a kind and name, if rendered) typed as that kind's Kubernetes API object. */
export function findTyped<K extends keyof KubernetesKinds>(docs: readonly Manifest[], kind: K, name?: string): (KubernetesKinds[K] & Manifest) | undefined {
  return find(docs, kind, name) as (KubernetesKinds[K] & Manifest) | undefined;
}
