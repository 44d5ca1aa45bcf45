/* Generated from charts/ml-observability/values.yaml (through values.schema.json) by `npx mlp gen`. Do not edit. */
import type {
  CaBundle as SharedCaBundle,
  DnsLabel as SharedDnsLabel,
  Global as SharedGlobal,
  MetricsScrapers as SharedMetricsScrapers,
  NetworkPeer as SharedNetworkPeer,
  NetworkPeers as SharedNetworkPeers,
  Postgresql as SharedPostgresql,
  Redis as SharedRedis,
  S3 as SharedS3,
  ServiceEgress as SharedServiceEgress
} from './shared.ts';

/**
 * PromQL label matchers, the text between the braces of a selector: comma-separated `label op "value"` with op one of = != =~ !~ (e.g. job=~".*ray.*", namespace="ml"), strings in double, single or back quotes, no trailing comma (the alerts append matchers of their own). An unparsable matcher would make Prometheus drop the whole rule group.
 *
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "labelMatchers".
 */
export type LabelMatchers = string;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "caBundle".
 */
export type CaBundle = SharedCaBundle;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = SharedDnsLabel;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "global".
 */
export type Global = SharedGlobal;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "metricsScrapers".
 */
export type MetricsScrapers = SharedMetricsScrapers;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "networkPeer".
 */
export type NetworkPeer = SharedNetworkPeer;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "networkPeers".
 */
export type NetworkPeers = SharedNetworkPeers;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "postgresql".
 */
export type Postgresql = SharedPostgresql;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "redis".
 */
export type Redis = SharedRedis;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "s3".
 */
export type S3 = SharedS3;
/**
 * This interface was referenced by `MlObservabilityValues`'s JSON-Schema
 * via the `definition` "serviceEgress".
 */
export type ServiceEgress = SharedServiceEgress;

export interface MlObservabilityValues {
  /**
   * Replaces the chart name in object names. A DNS-1123 label, or empty.
   */
  nameOverride?: SharedDnsLabel;
  /**
   * Replaces the release-qualified name. A DNS-1123 label, or empty.
   */
  fullnameOverride?: SharedDnsLabel;
  /**
   * Labels added to every object.
   */
  commonLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * Platform-wide values shared with the umbrella chart (global.monitoring.enabled, global.commonLabels, global.partOf).
   */
  global?: SharedGlobal;
  /**
   * PromQL label matchers (the text between the braces) that select each component's series. The platform's monitors copy the pods' app.kubernetes.io/{name,instance,component} labels onto every series (prometheus-operator podTargetLabels: app_kubernetes_io_name, ...), so the defaults select by chart and component, whatever the release name, fullnameOverride or Service names. With a nameOverride, match that name; to watch one release of several, add app_kubernetes_io_instance.
   */
  targets?: {
    /**
     * Every Ray node's metrics agent (head and workers, port `metrics` 8080), the head's autoscaler (44217) and dashboard (44227) metrics; not the KubeRay operator.
     */
    ray: string;
    /**
     * The Ray head pod only.
     */
    rayHead: string;
    /**
     * The RayCluster objects (RayService clusters included), as kube-state-metrics reports them with files/kube-state-metrics/rayclusters.yaml: their worker counts, for RayClusterNodeDown.
     */
    rayCluster?: string;
    /**
     * The Feast feature server (`feast serve --metrics`, port 8000).
     */
    feast: string;
    /**
     * The MLflow tracking server (its metrics listener).
     */
    mlflow: string;
  };
  /**
   * The PrometheusRule holding every alert.
   */
  prometheusRule?: {
    /**
     * Render the PrometheusRule; null renders it when the cluster serves monitoring.coreos.com/v1 (or global.monitoring.enabled says so).
     */
    enabled?: boolean | null;
    /**
     * Extra labels on the PrometheusRule, e.g. `release: kube-prometheus-stack` for the ruleSelector.
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
     * runbook_url of every alert is <runbookBaseUrl>/<AlertName>.md (docs/runbooks in this repository).
     */
    runbookBaseUrl?: string;
    /**
     * Labels added to every alert (e.g. team: ml-platform).
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
       * P99 of the Serve proxy's end-to-end HTTP latency, milliseconds.
       */
      thresholdMs?: number;
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
     * Share of Ray Serve HTTP requests answered with an error code.
     */
    RayServeHighErrorRate?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * Share of HTTP requests answered with an error code matching errorCodes, percent.
       */
      thresholdPercent?: number;
      /**
       * Regex of the `error_code` label counted as errors (Serve counts every non-2xx/3xx response).
       */
      errorCodes?: string;
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
     * Share of Serve deployment queries raising an exception.
     */
    ModelPredictionFailures?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * Share of deployment queries that raised an exception, percent.
       */
      thresholdPercent?: number;
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
     * A RayCluster has fewer ready workers than it should (a worker pod deleted, stuck in Init or Pending, not ready), per kube-state-metrics with files/kube-state-metrics/rayclusters.yaml; or a Ray node's metrics endpoint cannot be scraped.
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
       * Alert when more than this many nodes stay pending (requested by the autoscaler, not running).
       */
      thresholdNodes?: number;
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
     * Ray object store nearly full on a node.
     */
    RayObjectStorePressure?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * Object store (shared memory) in use on a node, percent of its capacity.
       */
      thresholdPercent?: number;
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
     * Ray node memory nearly full.
     */
    RayNodeMemoryPressure?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * Memory in use on a Ray node, percent.
       */
      thresholdPercent?: number;
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
     * A GPU of a Ray node does no work.
     */
    RayGPUIdle?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * A GPU of a Ray node below this utilization, percent, is idle.
       */
      thresholdPercent?: number;
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
     * GPU memory of a Ray node nearly full.
     */
    RayGPUMemorySaturation?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * GPU memory use threshold (percent).
       */
      thresholdPercent?: number;
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
       * P95 of feature server request latency, milliseconds.
       */
      thresholdMs?: number;
      /**
       * Regex of the `endpoint` label measured: Feast's HTTP path (the feast chart's ServiceMonitor keeps Feast's label under this name; prometheus-operator's own `endpoint` would otherwise replace it).
       */
      endpoints?: string;
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
     * Share of Feast feature server requests ending in an error.
     */
    FeastHighErrorRate?: {
      /**
       * Render this alert.
       */
      enabled: boolean;
      /**
       * Share of feature server requests with status="error", percent.
       */
      thresholdPercent?: number;
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
       * Share of tracking server responses with a 5xx status, percent.
       */
      thresholdPercent?: number;
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
  };
  /**
   * Grafana dashboards as ConfigMaps for the Grafana sidecar.
   */
  dashboards?: {
    /**
     * Render the Grafana dashboards as ConfigMaps (one per dashboard).
     */
    enabled?: boolean;
    /**
     * Labels the Grafana sidecar selects dashboards by.
     */
    labels?: {
      [k: string]: string | undefined;
    };
    /**
     * Annotation key the Grafana sidecar reads the folder from (its folderAnnotation setting).
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
   * The kube-state-metrics custom resource state configuration RayClusterNodeDown needs (files/kube-state-metrics/rayclusters.yaml: the RayClusters' desired and ready workers).
   */
  kubeStateMetricsConfig?: {
    /**
     * Render it as a ConfigMap in the release namespace (key rayclusters.yaml), for a kube-state-metrics that mounts it (`--custom-resource-state-config-file`) or to copy into kube-prometheus-stack's values.
     */
    enabled?: boolean;
  };
  /**
   * Scrape monitors for targets that no chart of the platform owns. Off by default: turn one on only when nothing else (for example the GPU operator's own ServiceMonitor) scrapes the target already.
   */
  monitors?: {
    /**
     * Labels added to each monitor (e.g. release: kube-prometheus-stack for the serviceMonitorSelector).
     */
    labels?: {
      [k: string]: string | undefined;
    };
    /**
     * A KubeRay operator installed outside this platform. When ray-cluster deploys the operator (operator.enabled), ray-cluster owns its ServiceMonitor: leave this off.
     */
    kuberayOperator?: {
      /**
       * Render the ServiceMonitor (needs monitoring.coreos.com/v1).
       */
      enabled?: boolean;
      /**
       * Namespaces the operator's Service lives in; empty means the release namespace.
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
  /**
   * Values of the ml-common chart.
   */
  'ml-common'?: {};
}
