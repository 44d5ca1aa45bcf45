/* Generated from charts/ml-platform/values.yaml (through values.schema.json) by `npx mlp gen`. Do not edit. */
import type {RayClusterValues} from './ray-cluster.ts';
import type {FeastValues} from './feast.ts';
import type {MlflowPlatformValues} from './mlflow-platform.ts';
import type {MlObservabilityValues} from './ml-observability.ts';
import type {
  AutoscalerReplicas as SharedAutoscalerReplicas,
  CaBundle as SharedCaBundle,
  DnsLabel as SharedDnsLabel,
  Global as SharedGlobal,
  HttpRoute as SharedHttpRoute,
  Image as SharedImage,
  Ingress as SharedIngress,
  K8SAffinity as SharedK8SAffinity,
  K8SAppArmorProfile as SharedK8SAppArmorProfile,
  K8SCapabilities as SharedK8SCapabilities,
  K8SLabelSelector as SharedK8SLabelSelector,
  K8SLabelSelectorRequirement as SharedK8SLabelSelectorRequirement,
  K8SNodeAffinity as SharedK8SNodeAffinity,
  K8SNodeSelector as SharedK8SNodeSelector,
  K8SNodeSelectorRequirement as SharedK8SNodeSelectorRequirement,
  K8SNodeSelectorTerm as SharedK8SNodeSelectorTerm,
  K8SPodAffinity as SharedK8SPodAffinity,
  K8SPodAffinityTerm as SharedK8SPodAffinityTerm,
  K8SPodAntiAffinity as SharedK8SPodAntiAffinity,
  K8SPodSecurityContext as SharedK8SPodSecurityContext,
  K8SPreferredSchedulingTerm as SharedK8SPreferredSchedulingTerm,
  K8SSELinuxOptions as SharedK8SSELinuxOptions,
  K8SSeccompProfile as SharedK8SSeccompProfile,
  K8SSecurityContext as SharedK8SSecurityContext,
  K8SSysctl as SharedK8SSysctl,
  K8SToleration as SharedK8SToleration,
  K8SWeightedPodAffinityTerm as SharedK8SWeightedPodAffinityTerm,
  K8SWindowsSecurityContextOptions as SharedK8SWindowsSecurityContextOptions,
  MetricsScrapers as SharedMetricsScrapers,
  NetworkPeer as SharedNetworkPeer,
  NetworkPeers as SharedNetworkPeers,
  OptionalIntOrPercent as SharedOptionalIntOrPercent,
  Persistence as SharedPersistence,
  PodDisruptionBudget as SharedPodDisruptionBudget,
  Postgresql as SharedPostgresql,
  Quantity as SharedQuantity,
  Redis as SharedRedis,
  Replicas as SharedReplicas,
  ResourceList as SharedResourceList,
  Resources as SharedResources,
  S3 as SharedS3,
  ServiceEgress as SharedServiceEgress
} from './shared.ts';

/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = SharedQuantity | undefined;
/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "ray-cluster".
 */
export type RayCluster = RayClusterValues;
/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "feast".
 */
export type Feast = FeastValues;
/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "mlflow-platform".
 */
export type MlflowPlatform = MlflowPlatformValues;
/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "ml-observability".
 */
export type MlObservability = MlObservabilityValues;
/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = SharedDnsLabel;
/**
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "global".
 */
export type Global = SharedGlobal;

export interface MlPlatformValues {
  /**
   * Replaces the chart name in the names of the umbrella's own objects (endpoints ConfigMap, quota, limit range). A DNS-1123 label, or empty.
   */
  nameOverride?: SharedDnsLabel;
  /**
   * Replaces the release-qualified name of the umbrella's own objects. A DNS-1123 label, or empty.
   */
  fullnameOverride?: SharedDnsLabel;
  /**
   * Labels added to the umbrella's own objects (global.commonLabels reaches every chart's).
   */
  commonLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * Platform-wide values every component chart honours (each validates them too).
   */
  global?: SharedGlobal;
  /**
   * Which component charts the release installs (the conditions of the dependencies).
   */
  components?: {
    /**
     * Install ray-cluster (values under ray-cluster).
     */
    rayCluster?: boolean;
    /**
     * Install feast (values under feast).
     */
    feast?: boolean;
    /**
     * Install mlflow-platform (values under mlflow-platform).
     */
    mlflow?: boolean;
    /**
     * Install ml-observability (values under ml-observability).
     */
    observability?: boolean;
  };
  /**
   * A ResourceQuota for the release's namespace (off: most clusters manage quotas per namespace elsewhere).
   */
  resourceQuota?: {
    /**
     * Render the ResourceQuota.
     */
    enabled?: boolean;
    /**
     * spec.hard: resource name to quantity (requests.cpu, requests.memory, limits.memory, pods, requests.nvidia.com/gpu ...).
     */
    hard?: {
      [k: string]: Quantity | undefined;
    };
  };
  /**
   * A LimitRange for the release's namespace: defaults for containers that set no resources.
   */
  limitRange?: {
    /**
     * Render the LimitRange.
     */
    enabled?: boolean;
    /**
     * Requests of containers that set none (cpu, memory).
     */
    defaultRequest?: {
      [k: string]: Quantity | undefined;
    };
    /**
     * Limits of containers that set none (memory).
     */
    default?: {
      [k: string]: Quantity | undefined;
    };
    /**
     * Largest limits a container may set.
     */
    max?: {
      [k: string]: Quantity | undefined;
    };
  };
  /**
   * ray-cluster values. Cross-chart wiring: every Ray container loads the endpoints ConfigMap (templates/endpoints.yaml: MLFLOW_TRACKING_URI and FEAST_FEATURE_SERVER_URL, computed from the MLflow and Feast charts' real Service names and ports), and Ray may reach the MLflow and Feast servers.
   */
  'ray-cluster'?: RayClusterValues;
  /**
   * Values of the feast chart (see charts/feast/README.md); validated by its own schema.
   */
  feast?: FeastValues;
  /**
   * Values of the mlflow-platform chart (see charts/mlflow-platform/README.md); validated by its own schema.
   */
  'mlflow-platform'?: MlflowPlatformValues;
  /**
   * ml-observability values: its default targets select the components by the labels every monitor copies onto their series (app_kubernetes_io_name/component), whatever the release and Service names.
   */
  'ml-observability'?: MlObservabilityValues;
  /**
   * Values of the ml-common chart.
   */
  'ml-common'?: {};
}
