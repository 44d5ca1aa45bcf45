/* Generated from charts/ml-observability/values.schema.json by `npm run gen`. Do not edit. */

/**
 * PromQL label matchers, the text between the braces of a selector: comma-separated `label op "value"` with op one of = != =~ !~ (e.g. job=~".*ray.*", namespace="ml"), strings in double, single or back quotes, no trailing comma (the alerts append matchers of their own). An unparsable matcher would make Prometheus drop the whole rule group.
 *
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "labelMatchers".
 */
export type LabelMatchers = string;
/**
 * A DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters; Service names need the leading letter, and an all-digit name would render as a number), or empty.
 *
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = string;

export interface MlObservabilityValues {
  /**
   * Values of the ml-common library chart (it takes none).
   */
  'ml-common'?: {};
  global?: Global;
  /**
   * Replaces the chart name in object names. A DNS-1123 label, or empty.
   */
  nameOverride?: string;
  /**
   * Replaces the release-qualified name. A DNS-1123 label, or empty.
   */
  fullnameOverride?: string;
  /**
   * Labels added to every object.
   */
  commonLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * PromQL label matchers (the text between the braces) selecting each component's series; they must match the labels the scrape monitors produce (the platform's monitors copy the pods' app.kubernetes.io/name, instance and component onto every series as app_kubernetes_io_name, ...).
   */
  targets?: {
    /**
     * Every Ray node (head and workers) and the autoscaler.
     */
    ray: string;
    /**
     * The Ray head pod only.
     */
    rayHead: string;
    /**
     * The Feast feature server.
     */
    feast: string;
    /**
     * The MLflow tracking server.
     */
    mlflow: string;
  };
  /**
   * The PrometheusRule holding every alert.
   */
  prometheusRule?: {
    /**
     * Render the PrometheusRule; null detects monitoring.coreos.com/v1 (after global.monitoring.enabled).
     */
    enabled?: boolean | null;
    /**
     * Extra labels on the PrometheusRule (e.g. for the Prometheus ruleSelector).
     */
    labels?: {
      [k: string]: string | undefined;
    };
    /**
     * Evaluation interval of every rule group.
     */
    interval?: string;
  };
  /**
   * The alerts: thresholds, durations, severities, labels.
   */
  alerts?: {
    /**
     * runbook_url of each alert is <runbookBaseUrl>/<AlertName>.md.
     */
    runbookBaseUrl?: string;
    /**
     * Labels added to every alert.
     */
    labels?: {
      [k: string]: string | undefined;
    };
    /**
     * P99 HTTP latency at the Ray Serve proxy too high.
     */
    RayServeHighLatency?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * P99 latency threshold (milliseconds).
       */
      thresholdMs?: number;
    };
    /**
     * Share of Ray Serve HTTP requests answered with an error code.
     */
    RayServeHighErrorRate?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Error share threshold (percent).
       */
      thresholdPercent?: number;
      /**
       * Regex of the error_code label counted as errors.
       */
      errorCodes?: string;
    };
    /**
     * Share of Serve deployment queries raising an exception.
     */
    ModelPredictionFailures?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Failure share threshold (percent).
       */
      thresholdPercent?: number;
    };
    /**
     * A Ray node metrics endpoint cannot be scraped.
     */
    RayClusterNodeDown?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
    /**
     * No Ray head pod answers scrapes (GCS down).
     */
    RayHeadUnavailable?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
    /**
     * Autoscaler-requested Ray nodes stay pending.
     */
    RayWorkersPendingTooLong?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Pending nodes tolerated.
       */
      thresholdNodes?: number;
    };
    /**
     * Ray object store nearly full on a node.
     */
    RayObjectStorePressure?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Object store use threshold (percent).
       */
      thresholdPercent?: number;
    };
    /**
     * Ray node memory nearly full.
     */
    RayNodeMemoryPressure?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Memory use threshold (percent).
       */
      thresholdPercent?: number;
    };
    /**
     * A GPU of a Ray node does no work.
     */
    RayGPUIdle?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Utilization below which a GPU is idle (percent).
       */
      thresholdPercent?: number;
    };
    /**
     * GPU memory of a Ray node nearly full.
     */
    RayGPUMemorySaturation?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * GPU memory use threshold (percent).
       */
      thresholdPercent?: number;
    };
    /**
     * No Feast feature server replica answers scrapes.
     */
    FeastServerDown?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
    /**
     * P95 Feast online feature latency too high.
     */
    FeastHighFeatureLatency?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * P95 latency threshold (milliseconds).
       */
      thresholdMs?: number;
      /**
       * Regex of the endpoint label measured.
       */
      endpoints?: string;
    };
    /**
     * Share of Feast feature server requests ending in an error.
     */
    FeastHighErrorRate?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Error share threshold (percent).
       */
      thresholdPercent?: number;
    };
    /**
     * No MLflow tracking server replica answers scrapes.
     */
    MLflowServerDown?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
    /**
     * Share of MLflow responses with a 5xx status.
     */
    MLflowHighErrorRate?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * How long the condition must hold before the alert fires (whole minutes or hours, e.g. 5m, 1h30m).
       */
      for: string;
      /**
       * The severity label.
       */
      severity: 'critical' | 'warning' | 'info';
      /**
       * Extra labels of this alert.
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * 5xx share threshold (percent).
       */
      thresholdPercent?: number;
    };
  };
  /**
   * Grafana dashboards as ConfigMaps for the Grafana sidecar.
   */
  dashboards?: {
    /**
     * Render the dashboard ConfigMaps.
     */
    enabled?: boolean;
    /**
     * Labels the Grafana sidecar selects dashboards by.
     */
    labels?: {
      [k: string]: string | undefined;
    };
    /**
     * Annotation key the sidecar reads the folder name from.
     */
    folderAnnotation?: string;
    /**
     * The "ML Platform - Ray & Feast" dashboard.
     */
    rayFeast?: {
      /**
       * Render it.
       */
      enabled?: boolean;
      /**
       * Grafana folder.
       */
      folder?: string;
    };
    /**
     * The "ML Platform - MLflow" dashboard.
     */
    mlflow?: {
      /**
       * Render it.
       */
      enabled?: boolean;
      /**
       * Grafana folder.
       */
      folder?: string;
    };
  };
  /**
   * ServiceMonitors for targets no other platform chart owns.
   */
  monitors?: {
    /**
     * Labels added to each monitor.
     */
    labels?: {
      [k: string]: string | undefined;
    };
    /**
     * A KubeRay operator installed outside the platform (controller-runtime metrics); leave off when ray-cluster deploys the operator, it owns that monitor.
     */
    kuberayOperator?: {
      /**
       * Render the ServiceMonitor (needs monitoring.coreos.com/v1).
       */
      enabled?: boolean;
      /**
       * Namespaces of the target Service; empty means the release namespace.
       */
      namespaces?: string[];
      /**
       * Labels of the Service to scrape.
       */
      selector?: {
        [k: string]: string | undefined;
      };
      /**
       * Name of the Service port serving metrics.
       */
      port?: string;
      /**
       * Metrics path.
       */
      path?: string;
      /**
       * Scrape interval.
       */
      interval?: string;
    };
    /**
     * The NVIDIA DCGM exporter.
     */
    dcgmExporter?: {
      /**
       * Render the ServiceMonitor (needs monitoring.coreos.com/v1).
       */
      enabled?: boolean;
      /**
       * Namespaces of the target Service; empty means the release namespace.
       */
      namespaces?: string[];
      /**
       * Labels of the Service to scrape.
       */
      selector?: {
        [k: string]: string | undefined;
      };
      /**
       * Name of the Service port serving metrics.
       */
      port?: string;
      /**
       * Metrics path.
       */
      path?: string;
      /**
       * Scrape interval.
       */
      interval?: string;
    };
  };
}
/**
 * Platform-wide values shared with the umbrella chart (global.monitoring.enabled, global.commonLabels, global.partOf).
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
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
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
