/* Generated from charts/mlflow-platform/values.yaml (through values.schema.json) by `npx mlp gen`. Do not edit. */
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
  Resources as SharedResources,
  S3 as SharedS3,
  ServiceEgress as SharedServiceEgress
} from './shared.ts';

/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.Toleration".
 */
export type K8SToleration = SharedK8SToleration;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "autoscalerReplicas".
 */
export type AutoscalerReplicas = SharedAutoscalerReplicas;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "caBundle".
 */
export type CaBundle = SharedCaBundle;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = SharedDnsLabel;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "global".
 */
export type Global = SharedGlobal;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "httpRoute".
 */
export type HttpRoute = SharedHttpRoute;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "image".
 */
export type Image = SharedImage;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "ingress".
 */
export type Ingress = SharedIngress;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.Affinity".
 */
export type K8SAffinity = SharedK8SAffinity;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.AppArmorProfile".
 */
export type K8SAppArmorProfile = SharedK8SAppArmorProfile;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.Capabilities".
 */
export type K8SCapabilities = SharedK8SCapabilities;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelector".
 */
export type K8SLabelSelector = SharedK8SLabelSelector;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelectorRequirement".
 */
export type K8SLabelSelectorRequirement = SharedK8SLabelSelectorRequirement;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.NodeAffinity".
 */
export type K8SNodeAffinity = SharedK8SNodeAffinity;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelector".
 */
export type K8SNodeSelector = SharedK8SNodeSelector;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorRequirement".
 */
export type K8SNodeSelectorRequirement = SharedK8SNodeSelectorRequirement;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorTerm".
 */
export type K8SNodeSelectorTerm = SharedK8SNodeSelectorTerm;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinity".
 */
export type K8SPodAffinity = SharedK8SPodAffinity;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinityTerm".
 */
export type K8SPodAffinityTerm = SharedK8SPodAffinityTerm;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.PodAntiAffinity".
 */
export type K8SPodAntiAffinity = SharedK8SPodAntiAffinity;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.PodSecurityContext".
 */
export type K8SPodSecurityContext = SharedK8SPodSecurityContext;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.PreferredSchedulingTerm".
 */
export type K8SPreferredSchedulingTerm = SharedK8SPreferredSchedulingTerm;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.SELinuxOptions".
 */
export type K8SSELinuxOptions = SharedK8SSELinuxOptions;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.SeccompProfile".
 */
export type K8SSeccompProfile = SharedK8SSeccompProfile;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.SecurityContext".
 */
export type K8SSecurityContext = SharedK8SSecurityContext;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.Sysctl".
 */
export type K8SSysctl = SharedK8SSysctl;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.WeightedPodAffinityTerm".
 */
export type K8SWeightedPodAffinityTerm = SharedK8SWeightedPodAffinityTerm;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "k8s.WindowsSecurityContextOptions".
 */
export type K8SWindowsSecurityContextOptions = SharedK8SWindowsSecurityContextOptions;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "metricsScrapers".
 */
export type MetricsScrapers = SharedMetricsScrapers;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "networkPeer".
 */
export type NetworkPeer = SharedNetworkPeer;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "networkPeers".
 */
export type NetworkPeers = SharedNetworkPeers;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "optionalIntOrPercent".
 */
export type OptionalIntOrPercent = SharedOptionalIntOrPercent;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "persistence".
 */
export type Persistence = SharedPersistence;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "podDisruptionBudget".
 */
export type PodDisruptionBudget = SharedPodDisruptionBudget;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "postgresql".
 */
export type Postgresql = SharedPostgresql;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = SharedQuantity;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "redis".
 */
export type Redis = SharedRedis;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "replicas".
 */
export type Replicas = SharedReplicas;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "resources".
 */
export type Resources = SharedResources;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "s3".
 */
export type S3 = SharedS3;
/**
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "serviceEgress".
 */
export type ServiceEgress = SharedServiceEgress;

export interface MlflowPlatformValues {
  /**
   * Platform-wide values set by the umbrella chart: imageRegistry, imagePullSecrets, commonLabels, partOf, mesh.enabled, mesh.mtlsMode, networkPolicy.enabled, monitoring.enabled.
   */
  global?: SharedGlobal;
  /**
   * Replaces the chart name in object names. A DNS-1123 label, or empty.
   */
  nameOverride?: SharedDnsLabel;
  /**
   * Replaces the release-qualified name (also the Service name). A DNS-1123 label, or empty.
   */
  fullnameOverride?: SharedDnsLabel;
  /**
   * Labels added to every object.
   */
  commonLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * Image pull Secrets of every pod (names or {name} objects).
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
   * The MLflow image. The "-full" variant carries the PostgreSQL drivers (psycopg2, psycopg), boto3 for S3, prometheus-flask-exporter for --expose-prometheus and the auth extra (MLflow's docker/README). The plain tag (v3.17.0) has none of them: use it only with SQLite, a volume and metrics off, or point this at your own image built FROM it.
   */
  image?: SharedImage;
  /**
   * Server replicas (ignored when autoscaling is on). More than one needs PostgreSQL (SQLite is a single-writer file) and artifacts that every replica reaches (S3, or a ReadWriteMany volume).
   */
  replicas?: SharedReplicas;
  /**
   * The mlflow server process.
   */
  server?: {
    /**
     * uvicorn worker processes (mlflow server --workers).
     */
    workers?: number;
    /**
     * Extra Host headers the server accepts (MLflow 3 host validation, --allowed-hosts). The Service's DNS names, localhost and the ingress/HTTPRoute hosts are always included.
     */
    allowedHosts?: string[];
    /**
     * Also accept private IP addresses as Host (10.*, 172.16-31.*, 192.168.*), as MLflow's defaults do. Prometheus does not need them: it scrapes the metrics listener (metrics.port), which has no Host check.
     */
    allowPrivateIPs?: boolean;
    /**
     * Origins allowed to make state-changing cross-origin requests (--cors-allowed-origins).
     */
    corsAllowedOrigins?: string[];
    /**
     * Send MLflow's anonymous usage telemetry (MLFLOW_DISABLE_TELEMETRY is set when false).
     */
    telemetry?: boolean;
    /**
     * Extra arguments appended to `mlflow server`.
     */
    extraArgs?: string[];
    /**
     * Extra environment variables of the server container (Kubernetes EnvVar objects).
     */
    extraEnv?: {}[];
  };
  /**
   * Where experiments, runs and the model registry are stored.
   */
  backendStore?: {
    /**
     * sqlite: a file on the data volume (one replica, Recreate strategy). postgresql: an existing server.
     */
    type?: 'sqlite' | 'postgresql';
    /**
     * SQLite backend.
     */
    sqlite?: {
      /**
       * Absolute path of the database file; must be under /mlflow (the data volume).
       */
      path?: string;
    };
    /**
     * SQLAlchemy driver of the postgresql backend: psycopg2 or psycopg (3). Both read PGUSER/PGPASSWORD/PGSSLMODE through libpq.
     */
    driver?: 'psycopg2' | 'psycopg';
  };
  /**
   * PostgreSQL of the postgresql backend store (ml-common's postgresql shape; each field left empty takes global.postgresql's; the role named by neither is the database's name). The database, mlflow, is the chart's own: it wins over global.postgresql.database. The URI carries no password: libpq reads PGPASSWORD (and PGUSER when usernameKey is set) from existingSecret; the server and the migration Job get the caBundle (PGSSLROOTCERT).
   */
  postgresql?: SharedPostgresql;
  /**
   * S3 or MinIO of the s3 artifact store (ml-common's s3 shape; each field left empty takes global.s3's; the bucket, mlflow, is the chart's own and wins over global.s3.bucket). The server and the bucket Job get the endpoint (MLFLOW_S3_ENDPOINT_URL), the region, the key pair from existingSecret (none: IRSA / workload identity through serviceAccount.annotations) and the caBundle (AWS_CA_BUNDLE).
   */
  s3?: SharedS3;
  /**
   * Where run artifacts are stored.
   */
  artifacts?: {
    /**
     * volume: files on the data volume. s3: an S3 or MinIO bucket.
     */
    type?: 'volume' | 's3';
    /**
     * true: the server proxies artifact transfers (--serve-artifacts --artifacts-destination); clients need no storage credentials. false: clients write to the store directly (--default-artifact-root).
     */
    proxied?: boolean;
    /**
     * Volume artifacts.
     */
    volume?: {
      /**
       * Absolute directory under /mlflow (the data volume).
       */
      path?: string;
    };
    /**
     * S3 artifacts (the store: s3).
     */
    s3?: {
      /**
       * Key prefix inside the bucket (no leading or trailing slash); empty = the bucket root.
       */
      prefix?: string;
      /**
       * Skip TLS verification of the endpoint (MLFLOW_S3_IGNORE_TLS).
       */
      ignoreTls?: boolean;
      /**
       * Pre-install/pre-upgrade Job that creates the bucket when it is missing (boto3 from the MLflow image).
       */
      createBucket?: {
        /**
         * Render the bucket Job.
         */
        enabled?: boolean;
        /**
         * Resources of the bucket Job.
         */
        resources?: SharedResources;
      };
    };
  };
  /**
   * The data volume mounted at /mlflow (SQLite files, volume artifacts; ml-common's persistence shape). Without it an emptyDir is used: data is lost with the pod.
   */
  persistence?: SharedPersistence;
  /**
   * Schema migrations (mlflow db upgrade).
   */
  migrations?: {
    /**
     * PostgreSQL: a pre-install/pre-upgrade hook Job runs `mlflow db upgrade` (and the auth database's upgrade) before the new server starts. SQLite: an init container of the server does it.
     */
    enabled?: boolean;
    /**
     * Hook events of the Job. Drop pre-install when the database is created by the same Helm release (the server initialises an empty database itself).
     *
     * @minItems 1
     */
    hookEvents?: [
      'pre-install' | 'pre-upgrade' | 'post-install' | 'post-upgrade',
      ...('pre-install' | 'pre-upgrade' | 'post-install' | 'post-upgrade')[]
    ];
    /**
     * Retries of the migration Job.
     */
    backoffLimit?: number;
    /**
     * Deadline of the migration Job.
     */
    activeDeadlineSeconds?: number;
    /**
     * Resources of the migration Job and init container.
     */
    resources?: SharedResources;
  };
  /**
   * MLflow basic auth (--app-name basic-auth) with a separate auth database.
   */
  auth?: {
    /**
     * MLflow basic auth (--app-name basic-auth) with its own database: a SQLite file next to the tracking database, or database auth.database on the same PostgreSQL server (create it first).
     */
    enabled?: boolean;
    /**
     * Existing Secret with the admin username, password and the Flask secret key (required when enabled).
     */
    existingSecret?: string;
    /**
     * Key of the admin username.
     */
    usernameKey?: string;
    /**
     * Key of the admin password.
     */
    passwordKey?: string;
    /**
     * Key of the static Flask secret key (MLFLOW_FLASK_SERVER_SECRET_KEY), shared by every replica.
     */
    flaskSecretKeyKey?: string;
    /**
     * Permission every user has on resources without an explicit grant: READ, EDIT, MANAGE, NO_PERMISSIONS.
     */
    defaultPermission?: 'READ' | 'EDIT' | 'MANAGE' | 'NO_PERMISSIONS';
    /**
     * Auth database with the sqlite backend.
     */
    sqlite?: {
      /**
       * Absolute path under /mlflow; must differ from the tracking database.
       */
      path?: string;
    };
    /**
     * Auth database on the PostgreSQL server (postgresql backend); it must exist.
     */
    database?: string;
  };
  /**
   * Prometheus metrics: --expose-prometheus writes multiprocess files that a metrics listener container serves on its own port.
   */
  metrics?: {
    /**
     * --expose-prometheus: the server writes prometheus_client multiprocess files to an emptyDir, and a metrics listener container serves them on `port` (no Host validation, no basic auth there, so Prometheus scrapes pods by IP whatever the pod CIDR; the API port keeps both).
     */
    enabled?: boolean;
    /**
     * Port of the metrics listener (no Host validation, no basic auth; NetworkPolicy admits the scrapers only).
     */
    port?: number;
    /**
     * Who scrapes the metrics port (NetworkPolicy, AuthorizationPolicy, PeerAuthentication): namespaces, podLabels, inMesh, principals. Each field left out follows global.metrics.scrapers, then kube-prometheus-stack's Prometheus (namespace monitoring, pods app.kubernetes.io/name=prometheus, outside the mesh).
     */
    scrapers?: SharedMetricsScrapers;
    /**
     * The metrics listener container.
     */
    exporter?: {
      /**
       * Its resources.
       */
      resources?: SharedResources;
    };
    /**
     * prometheus-operator ServiceMonitor.
     */
    serviceMonitor?: {
      /**
       * null: render when the monitoring.coreos.com/v1 API exists (or global.monitoring.enabled says so).
       */
      enabled?: boolean | null;
      /**
       * Scrape interval.
       */
      interval?: string;
      /**
       * Scrape timeout: at most the interval (Prometheus refuses a longer one; the chart reports it).
       */
      scrapeTimeout?: string;
      /**
       * Extra labels (e.g. the Prometheus serviceMonitorSelector).
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
  };
  /**
   * The Service of the server.
   */
  service?: {
    /**
     * Service type.
     */
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    /**
     * Service port (the container listens on 5000).
     */
    port?: number;
    /**
     * Service annotations.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * Ingress to the tracking server at / (ml-common's ingress shape); each host is added to the allowed hosts.
   */
  ingress?: SharedIngress;
  /**
   * Gateway API HTTPRoute to the tracking server at / (ml-common's httpRoute shape); each hostname is added to the allowed hosts.
   */
  httpRoute?: SharedHttpRoute;
  /**
   * HorizontalPodAutoscaler (needs PostgreSQL and S3 artifacts).
   */
  autoscaling?: {
    /**
     * Render the HorizontalPodAutoscaler (replicas is then ignored); needs PostgreSQL and S3 artifacts (replicas share nothing local).
     */
    enabled?: boolean;
    /**
     * Minimum replicas.
     */
    minReplicas?: SharedAutoscalerReplicas;
    /**
     * Maximum replicas.
     */
    maxReplicas?: SharedAutoscalerReplicas;
    /**
     * Average CPU utilisation target.
     */
    targetCPUUtilizationPercentage?: number;
  };
  /**
   * PodDisruptionBudget of the server (ml-common's shape): when more than one replica can run, at least one available.
   */
  podDisruptionBudget?: SharedPodDisruptionBudget;
  /**
   * Spread replicas over nodes when there is more than one (ScheduleAnyway keeps small clusters working).
   */
  topologySpread?: {
    /**
     * Node label to spread over.
     */
    topologyKey?: string;
    /**
     * What to do when the spread cannot be met.
     */
    whenUnsatisfiable?: 'ScheduleAnyway' | 'DoNotSchedule';
  };
  /**
   * NetworkPolicies: default-deny for every pod of the chart plus one allow rule per flow.
   */
  networkPolicy?: {
    /**
     * Render them; null = global.networkPolicy.enabled, else true.
     */
    enabled?: boolean | null;
    /**
     * Any pod of the release namespace may reach the server (clients, ingress in the same namespace).
     */
    allowSameNamespace?: boolean;
    /**
     * More clients of port 5000 (namespace, podLabels and/or cidr entries).
     */
    ingressFrom?: SharedNetworkPeers;
    /**
     * Where the external services run (the server and the Jobs connect to them).
     */
    egressTo?: {
      /**
       * Where PostgreSQL runs; empty: global.networkPolicy.egressTo.postgresql, else any address on its port.
       */
      postgresql?: SharedNetworkPeers;
      /**
       * Where the S3 store runs; empty: global.networkPolicy.egressTo.s3, else any address on the endpoint's port.
       */
      s3?: SharedNetworkPeers;
    };
    /**
     * Extra raw NetworkPolicy ingress rules of the chart's server.
     */
    extraIngress?: {}[];
    /**
     * Extra raw NetworkPolicy egress rules of the chart's server.
     */
    extraEgress?: {}[];
  };
  /**
   * Istio security resources.
   */
  mesh?: {
    /**
     * Render PeerAuthentication and AuthorizationPolicy; null = global.mesh.enabled, else detect security.istio.io/v1.
     */
    enabled?: boolean | null;
    /**
     * PeerAuthentication mode; empty = global.mesh.mtlsMode, else STRICT.
     */
    mtlsMode?: '' | 'STRICT' | 'PERMISSIVE';
    /**
     * Namespace of istiod (sidecars reach it on 15012); empty follows global.mesh.istiodNamespace, then istio-system.
     */
    istiodNamespace?: string;
    /**
     * Namespaces whose workloads may call the server through the mesh (the release's is always allowed).
     */
    allowedNamespaces?: string[];
    /**
     * Service-account principals allowed to call the server (cluster.local/ns/<ns>/sa/<name>).
     */
    allowedPrincipals?: string[];
  };
  /**
   * The server's ServiceAccount (its token is not mounted).
   */
  serviceAccount?: {
    /**
     * Create it.
     */
    create?: boolean;
    /**
     * Name to use (created or existing); empty = the release-qualified name.
     */
    name?: string;
    /**
     * Annotations, e.g. eks.amazonaws.com/role-arn for IRSA access to S3.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * Annotations of the server pods.
   */
  podAnnotations?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra labels of the server pods.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * Overrides of the restricted pod security context (fields merged over the defaults).
   */
  podSecurityContext?: SharedK8SPodSecurityContext;
  /**
   * Overrides of the restricted container security context.
   */
  securityContext?: SharedK8SSecurityContext;
  /**
   * Resources of the server container.
   */
  resources?: SharedResources;
  /**
   * Node selector of the server pods.
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Tolerations of the server pods.
   */
  tolerations?: K8SToleration[];
  /**
   * Affinity of the server pods.
   */
  affinity?: SharedK8SAffinity;
  /**
   * PriorityClass of the server pods.
   */
  priorityClassName?: string;
  /**
   * Grace period of the server pods.
   */
  terminationGracePeriodSeconds?: number;
  /**
   * Probe timings (all probes GET /health on the http port).
   */
  probes?: {
    startup?: Probe;
    readiness?: Probe1;
    liveness?: Probe2;
  };
  /**
   * helm test: experiment, run and metric through the REST API.
   */
  tests?: {
    /**
     * helm test: create an experiment, log a run with a metric and read it back over the REST API.
     */
    enabled?: boolean;
    /**
     * Resources of the test pod.
     */
    resources?: SharedResources;
  };
  /**
   * Values of the ml-common chart.
   */
  'ml-common'?: {};
}
/**
 * Startup probe.
 */
export interface Probe {
  /**
   * Seconds between probes.
   */
  periodSeconds?: number;
  /**
   * Failures before the probe fails.
   */
  failureThreshold?: number;
}
/**
 * Readiness probe.
 */
export interface Probe1 {
  /**
   * Seconds between probes.
   */
  periodSeconds?: number;
  /**
   * Failures before the probe fails.
   */
  failureThreshold?: number;
}
/**
 * Liveness probe.
 */
export interface Probe2 {
  /**
   * Seconds between probes.
   */
  periodSeconds?: number;
  /**
   * Failures before the probe fails.
   */
  failureThreshold?: number;
}
/**
 * Probe timings.
 *
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "probe".
 */
export interface Probe3 {
  /**
   * Seconds between probes.
   */
  periodSeconds?: number;
  /**
   * Failures before the probe fails.
   */
  failureThreshold?: number;
}
