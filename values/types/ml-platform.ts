/* Generated from charts/ml-platform/values.schema.json by `npm run gen`. Do not edit. */

/**
 * A non-negative Kubernetes quantity: a number with an optional suffix (m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent e3), e.g. 500m, 2, 8Gi.
 *
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = (string | number) | undefined;

export interface MlPlatformValues {
  /**
   * Values of the ml-common library chart (Helm adds this key).
   */
  'ml-common'?: {};
  global?: Global;
  /**
   * Which component charts the release installs.
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
   * A ResourceQuota for the release's namespace.
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
   * A LimitRange for the release's namespace (container defaults).
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
   * Values of the ray-cluster chart (see charts/ray-cluster/README.md); validated by its own schema.
   */
  'ray-cluster'?: {};
  /**
   * Values of the feast chart (see charts/feast/README.md); validated by its own schema.
   */
  feast?: {};
  /**
   * Values of the mlflow-platform chart (see charts/mlflow-platform/README.md); validated by its own schema.
   */
  'mlflow-platform'?: {};
  /**
   * Values of the ml-observability chart (see charts/ml-observability/README.md); validated by its own schema.
   */
  'ml-observability'?: {};
}
/**
 * Platform-wide values every component chart honours (each validates them too).
 */
export interface Global {
  /**
   * Registry host that replaces the registry of every image (a private mirror); empty keeps each image's.
   */
  imageRegistry?: string;
  /**
   * Pull secrets added to every pod: names, or objects with name.
   */
  imagePullSecrets?: (
    | string
    | {
        /**
         * Secret name.
         */
        name: string;
      }
  )[];
  /**
   * Labels added to every object of every chart.
   */
  commonLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * app.kubernetes.io/part-of of every object.
   */
  partOf?: string;
  /**
   * Istio mesh settings of every chart.
   */
  mesh?: {
    /**
     * Render PeerAuthentication/AuthorizationPolicy in every chart; null detects security.istio.io/v1.
     */
    enabled?: boolean | null;
    /**
     * PeerAuthentication mode of every chart.
     */
    mtlsMode?: 'STRICT' | 'PERMISSIVE';
    /**
     * Namespace of istiod in every chart (sidecars reach it on 15012); empty: istio-system. A chart's mesh.istiodNamespace overrides it.
     */
    istiodNamespace?: string;
  };
  /**
   * NetworkPolicies of every chart.
   */
  networkPolicy?: {
    /**
     * Default-deny NetworkPolicies with one allow rule per flow; null leaves each chart's default (on).
     */
    enabled?: boolean | null;
  };
  /**
   * Monitoring resources of every chart.
   */
  monitoring?: {
    /**
     * ServiceMonitors, PodMonitors and the PrometheusRule; null detects monitoring.coreos.com/v1.
     */
    enabled?: boolean | null;
  };
  /**
   * GPU node facts for ray-cluster's GPU worker groups; each key, when set, replaces ray-cluster's gpu.<key>.
   */
  gpu?: {
    /**
     * Node labels of GPU nodes.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    /**
     * Toleration of the GPU nodes' taint (empty keeps ray-cluster's).
     */
    toleration?: {
      /**
       * Taint key.
       */
      key?: string;
      /**
       * Toleration operator.
       */
      operator?: 'Exists' | 'Equal';
      /**
       * Taint value (operator Equal).
       */
      value?: string;
      /**
       * Taint effect.
       */
      effect?: '' | 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
    };
    /**
     * RuntimeClass of the NVIDIA container runtime; empty keeps ray-cluster's.
     */
    runtimeClassName?: string;
  };
  /**
   * Refuse to render unless every image of the enabled components is pinned by digest (air-gapped installs).
   */
  requireImageDigests?: boolean;
  /**
   * Metrics of every chart.
   */
  metrics?: {
    /**
     * Who scrapes the metrics ports of every chart: NetworkPolicy, AuthorizationPolicy and PeerAuthentication open them to it. A field left out takes kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh); a chart's metrics.scrapers overrides it field by field.
     */
    scrapers?: {
      /**
       * Namespaces Prometheus runs in; [] admits any namespace.
       */
      namespaces?: string[];
      /**
       * Labels of the Prometheus pods; {} admits every pod of those namespaces.
       */
      podLabels?: {
        [k: string]: string | undefined;
      };
      /**
       * false: Prometheus has no sidecar, so the metrics ports accept plain text (port-level PERMISSIVE) and GETs from any source there (NetworkPolicy still admits only the scrapers). true: it scrapes with an Istio identity; STRICT stays and the AuthorizationPolicy admits its namespaces and principals.
       */
      inMesh?: boolean;
      /**
       * Istio principals of Prometheus (inMesh), besides its namespaces.
       */
      principals?: string[];
    };
  };
}
/**
 * Platform-wide values the umbrella chart sets for every component chart; each chart validates them (installed alone too).
 *
 * This interface was referenced by `MlPlatformValues`'s JSON-Schema
 * via the `definition` "global".
 */
export interface Global1 {
  /**
   * Registry host that replaces the registry of every image (a private mirror); empty keeps each image's.
   */
  imageRegistry?: string;
  /**
   * Pull secrets added to every pod: names, or objects with name.
   */
  imagePullSecrets?: (
    | string
    | {
        /**
         * Secret name.
         */
        name: string;
      }
  )[];
  /**
   * Labels added to every object of every chart.
   */
  commonLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * app.kubernetes.io/part-of of every object.
   */
  partOf?: string;
  /**
   * Istio mesh settings of every chart.
   */
  mesh?: {
    /**
     * Render PeerAuthentication/AuthorizationPolicy in every chart; null detects security.istio.io/v1.
     */
    enabled?: boolean | null;
    /**
     * PeerAuthentication mode of every chart.
     */
    mtlsMode?: 'STRICT' | 'PERMISSIVE';
    /**
     * Namespace of istiod in every chart (sidecars reach it on 15012); empty: istio-system. A chart's mesh.istiodNamespace overrides it.
     */
    istiodNamespace?: string;
  };
  /**
   * NetworkPolicies of every chart.
   */
  networkPolicy?: {
    /**
     * Default-deny NetworkPolicies with one allow rule per flow; null leaves each chart's default (on).
     */
    enabled?: boolean | null;
  };
  /**
   * Monitoring resources of every chart.
   */
  monitoring?: {
    /**
     * ServiceMonitors, PodMonitors and the PrometheusRule; null detects monitoring.coreos.com/v1.
     */
    enabled?: boolean | null;
  };
  /**
   * GPU node facts for ray-cluster's GPU worker groups; each key, when set, replaces ray-cluster's gpu.<key>.
   */
  gpu?: {
    /**
     * Node labels of GPU nodes.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    /**
     * Toleration of the GPU nodes' taint (empty keeps ray-cluster's).
     */
    toleration?: {
      /**
       * Taint key.
       */
      key?: string;
      /**
       * Toleration operator.
       */
      operator?: 'Exists' | 'Equal';
      /**
       * Taint value (operator Equal).
       */
      value?: string;
      /**
       * Taint effect.
       */
      effect?: '' | 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
    };
    /**
     * RuntimeClass of the NVIDIA container runtime; empty keeps ray-cluster's.
     */
    runtimeClassName?: string;
  };
  /**
   * Refuse to render unless every image of the enabled components is pinned by digest (air-gapped installs).
   */
  requireImageDigests?: boolean;
  /**
   * Metrics of every chart.
   */
  metrics?: {
    /**
     * Who scrapes the metrics ports of every chart: NetworkPolicy, AuthorizationPolicy and PeerAuthentication open them to it. A field left out takes kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh); a chart's metrics.scrapers overrides it field by field.
     */
    scrapers?: {
      /**
       * Namespaces Prometheus runs in; [] admits any namespace.
       */
      namespaces?: string[];
      /**
       * Labels of the Prometheus pods; {} admits every pod of those namespaces.
       */
      podLabels?: {
        [k: string]: string | undefined;
      };
      /**
       * false: Prometheus has no sidecar, so the metrics ports accept plain text (port-level PERMISSIVE) and GETs from any source there (NetworkPolicy still admits only the scrapers). true: it scrapes with an Istio identity; STRICT stays and the AuthorizationPolicy admits its namespaces and principals.
       */
      inMesh?: boolean;
      /**
       * Istio principals of Prometheus (inMesh), besides its namespaces.
       */
      principals?: string[];
    };
  };
}
