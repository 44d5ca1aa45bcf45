/* Generated from charts/ml-observability/values.schema.json by `npm run gen`. Do not edit. */

export interface MlObservabilityValues {
  /**
   * Values of the ml-common library chart (it takes none).
   */
  'ml-common'?: {};
  /**
   * Platform-wide values shared with the umbrella chart (global.monitoring.enabled, global.commonLabels, global.partOf).
   */
  global?: {};
  /**
   * Replaces the chart name in object names.
   */
  nameOverride?: string;
  /**
   * Replaces the release-qualified name.
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
