/* Generated from charts/feast/values.yaml (through values.schema.json) by `npx mlp gen`. Do not edit. */
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
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Toleration".
 */
export type K8SToleration = SharedK8SToleration;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "autoscalerReplicas".
 */
export type AutoscalerReplicas = SharedAutoscalerReplicas;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "caBundle".
 */
export type CaBundle = SharedCaBundle;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = SharedDnsLabel;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "global".
 */
export type Global = SharedGlobal;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "httpRoute".
 */
export type HttpRoute = SharedHttpRoute;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "image".
 */
export type Image = SharedImage;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "ingress".
 */
export type Ingress = SharedIngress;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Affinity".
 */
export type K8SAffinity = SharedK8SAffinity;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.AppArmorProfile".
 */
export type K8SAppArmorProfile = SharedK8SAppArmorProfile;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Capabilities".
 */
export type K8SCapabilities = SharedK8SCapabilities;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelector".
 */
export type K8SLabelSelector = SharedK8SLabelSelector;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelectorRequirement".
 */
export type K8SLabelSelectorRequirement = SharedK8SLabelSelectorRequirement;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeAffinity".
 */
export type K8SNodeAffinity = SharedK8SNodeAffinity;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelector".
 */
export type K8SNodeSelector = SharedK8SNodeSelector;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorRequirement".
 */
export type K8SNodeSelectorRequirement = SharedK8SNodeSelectorRequirement;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorTerm".
 */
export type K8SNodeSelectorTerm = SharedK8SNodeSelectorTerm;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinity".
 */
export type K8SPodAffinity = SharedK8SPodAffinity;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinityTerm".
 */
export type K8SPodAffinityTerm = SharedK8SPodAffinityTerm;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodAntiAffinity".
 */
export type K8SPodAntiAffinity = SharedK8SPodAntiAffinity;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodSecurityContext".
 */
export type K8SPodSecurityContext = SharedK8SPodSecurityContext;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PreferredSchedulingTerm".
 */
export type K8SPreferredSchedulingTerm = SharedK8SPreferredSchedulingTerm;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.SELinuxOptions".
 */
export type K8SSELinuxOptions = SharedK8SSELinuxOptions;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.SeccompProfile".
 */
export type K8SSeccompProfile = SharedK8SSeccompProfile;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.SecurityContext".
 */
export type K8SSecurityContext = SharedK8SSecurityContext;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Sysctl".
 */
export type K8SSysctl = SharedK8SSysctl;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.WeightedPodAffinityTerm".
 */
export type K8SWeightedPodAffinityTerm = SharedK8SWeightedPodAffinityTerm;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.WindowsSecurityContextOptions".
 */
export type K8SWindowsSecurityContextOptions = SharedK8SWindowsSecurityContextOptions;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "metricsScrapers".
 */
export type MetricsScrapers = SharedMetricsScrapers;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "networkPeer".
 */
export type NetworkPeer = SharedNetworkPeer;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "networkPeers".
 */
export type NetworkPeers = SharedNetworkPeers;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "optionalIntOrPercent".
 */
export type OptionalIntOrPercent = SharedOptionalIntOrPercent;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "persistence".
 */
export type Persistence = SharedPersistence;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "podDisruptionBudget".
 */
export type PodDisruptionBudget = SharedPodDisruptionBudget;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "postgresql".
 */
export type Postgresql = SharedPostgresql;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = SharedQuantity;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "redis".
 */
export type Redis = SharedRedis;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "replicas".
 */
export type Replicas = SharedReplicas;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "resources".
 */
export type Resources = SharedResources;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "s3".
 */
export type S3 = SharedS3;
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "serviceEgress".
 */
export type ServiceEgress = SharedServiceEgress;

export interface FeastValues {
  /**
   * Platform-wide values set by the umbrella chart (imageRegistry, imagePullSecrets, commonLabels, partOf, mesh, networkPolicy, monitoring).
   */
  global?: SharedGlobal;
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
   * Image pull secrets (names or {name}).
   */
  imagePullSecrets?: (
    | string
    | {
        name: string;
      }
  )[];
  /**
   * The Feast feature server image (also runs feast apply, the registry/offline/UI servers and helm test). It is built on ubi9/python-311 and runs as UID 1001. Feast publishes its images on quay.io (Docker Hub tags stopped at older releases).
   */
  image?: SharedImage;
  /**
   * feature_store.yaml `project`: letters, digits and underscores, not starting with an underscore.
   */
  project?: string;
  /**
   * feature_store.yaml `provider`.
   */
  provider?: 'local' | 'gcp' | 'aws';
  /**
   * feature_store.yaml `entity_key_serialization_version` (3 is the only current scheme).
   */
  entityKeySerializationVersion?: 3;
  /**
   * The Feast registry (feature definitions).
   */
  registry?: {
    /**
     * file: a registry file on the data volume (see persistence); sql: tables in PostgreSQL (see postgresql).
     */
    type?: 'file' | 'sql';
    /**
     * registry cache_ttl_seconds: how long every Feast process caches the registry (0 = never refresh).
     */
    cacheTtlSeconds?: number;
    /**
     * File registry.
     */
    file?: {
      /**
       * File name of the registry on the data volume (mounted at /data).
       */
      name?: string;
    };
  };
  /**
   * The online store.
   */
  onlineStore?: {
    /**
     * sqlite (pod-local, one replica), redis (see redis) or postgres (see postgresql).
     */
    type?: 'sqlite' | 'redis' | 'postgres';
    /**
     * SQLite online store.
     */
    sqlite?: {
      /**
       * File name of the SQLite database on the data volume (mounted at /data).
       */
      name?: string;
    };
    /**
     * Redis online store (the server: redis).
     */
    redis?: {
      /**
       * redis_type: redis or redis_cluster.
       */
      type?: 'redis' | 'redis_cluster';
      /**
       * key_ttl_seconds: seconds before an entity's keys expire; 0 keeps them.
       */
      keyTtlSeconds?: number;
    };
    /**
     * PostgreSQL online store.
     */
    postgres?: {
      /**
       * db_schema of the online store tables.
       */
      dbSchema?: string;
    };
  };
  /**
   * The offline store.
   */
  offlineStore?: {
    /**
     * file (parquet through Dask), duckdb, or postgres (postgresql.*).
     */
    type?: 'file' | 'duckdb' | 'postgres';
    /**
     * PostgreSQL offline store.
     */
    postgres?: {
      /**
       * db_schema of the offline store tables.
       */
      dbSchema?: string;
    };
  };
  /**
   * Redis of the redis online store (ml-common's redis shape; each field left empty takes global.redis's). The password comes from existingSecret and reaches feature_store.yaml through Feast's ${VAR} expansion.
   */
  redis?: SharedRedis;
  /**
   * PostgreSQL of the sql registry, the postgres online store and the postgres offline store (ml-common's postgresql shape; each field left empty takes global.postgresql's; the role named by neither is the database's name). The database, feast, is the chart's own: it wins over global.postgresql.database. Feast connects as `user` (usernameKey is not supported); in the sql registry URL the password must be URL-safe or URL-encoded and must not contain a single quote.
   */
  postgresql?: SharedPostgresql;
  /**
   * A pre-install/pre-upgrade hook Job that creates postgresql's `user` and `database` when they are missing (idempotent, and it keeps the role's password equal to the Secret's).
   */
  dbInit?: {
    /**
     * Render the DB-init Job.
     */
    enabled?: boolean;
    /**
     * Image with psql and pg_isready (the official postgres image, run as UID 70).
     */
    image?: SharedImage;
    /**
     * Database the admin connects to.
     */
    adminDatabase?: string;
    /**
     * PostgreSQL admin credentials.
     */
    auth?: {
      /**
       * Existing Secret with the admin's user name and password.
       */
      existingSecret?: string;
      /**
       * Key of the admin user name.
       */
      usernameKey?: string;
      /**
       * Key of the admin password.
       */
      passwordKey?: string;
    };
    /**
     * Seconds before the Job is stopped.
     */
    activeDeadlineSeconds?: number;
    /**
     * Retries of the Job.
     */
    backoffLimit?: number;
    /**
     * Resources of the DB-init container.
     */
    resources?: SharedResources;
  };
  /**
   * The data volume (/data) that holds the file registry and the SQLite online store (ml-common's persistence shape). Disabled: an emptyDir in each server pod, and feast apply runs as an init container of that pod. Enabled: a PersistentVolumeClaim shared with the feast apply Job and the optional servers (kept on uninstall).
   */
  persistence?: SharedPersistence;
  /**
   * The feature repository that feast apply registers.
   */
  featureRepo?: {
    /**
     * values: the files below, in a ConfigMap; image: the files at `path` inside `image`.
     */
    source?: 'values' | 'image';
    /**
     * File name -> Python source. A demo of Feast's driver example: definitions only (no data ships with the chart, hence apply.skipSourceValidation). Replace with your own repository.
     */
    files?: {
      [k: string]: string | undefined;
    };
    /**
     * Image holding the feature repository at path (source image); needs cp.
     */
    image?: SharedImage;
    /**
     * Directory of the feature repository inside featureRepo.image.
     */
    path?: string;
  };
  /**
   * feast apply: a post-install/post-upgrade hook Job (shared registry) or an init container (pod-local registry).
   */
  apply?: {
    /**
     * Run feast apply.
     */
    enabled?: boolean;
    /**
     * Pass --skip-source-validation (the demo's data source file does not exist).
     */
    skipSourceValidation?: boolean;
    /**
     * Seconds before the apply Job is stopped.
     */
    activeDeadlineSeconds?: number;
    /**
     * Retries of the apply Job.
     */
    backoffLimit?: number;
    /**
     * Resources of feast apply (and of the wait-for-registry init container).
     */
    resources?: SharedResources;
  };
  /**
   * Incremental materialization on a schedule (a CronJob running `feast materialize-incremental <now>`): loads new feature values from the offline store into the online store and records the interval in the registry, which the feature servers report as feast_feature_freshness_seconds (no materialization, no freshness series). Needs a registry and an online store every pod shares (registry.type sql, or persistence.enabled).
   */
  materialize?: {
    /**
     * Render the CronJob.
     */
    enabled?: boolean;
    /**
     * Cron schedule (UTC): five space-separated fields, or a macro such as @hourly.
     */
    schedule?: string;
    /**
     * Feature views to materialize (--views); empty materializes every view.
     */
    views?: string[];
    /**
     * Seconds after a missed schedule time within which the run still starts.
     */
    startingDeadlineSeconds?: number;
    /**
     * Seconds before a run is stopped.
     */
    activeDeadlineSeconds?: number;
    /**
     * Retries of a run.
     */
    backoffLimit?: number;
    /**
     * Finished Jobs kept.
     */
    successfulJobsHistoryLimit?: number;
    /**
     * Failed Jobs kept.
     */
    failedJobsHistoryLimit?: number;
    /**
     * Resources of the materialization container.
     */
    resources?: SharedResources;
  };
  /**
   * Authentication of Feast's servers: no_auth, or kubernetes (ServiceAccount tokens; the servers then read RoleBindings and create TokenReviews, so their token is mounted).
   */
  auth?: {
    /**
     * no_auth, or kubernetes (ServiceAccount tokens: the servers' token is mounted and they may create TokenReviews and read RoleBindings).
     */
    type?: 'no_auth' | 'kubernetes';
  };
  /**
   * The feature server: `feast serve` (HTTP).
   */
  server?: {
    /**
     * Replicas when autoscaling is off.
     */
    replicas?: SharedReplicas;
    /**
     * Container port of feast serve (--port).
     */
    port?: number;
    /**
     * Gunicorn worker processes (`--workers`).
     */
    workers?: number;
    /**
     * `--registry_ttl_sec`: seconds between registry refreshes.
     */
    registryTtlSeconds?: number;
    /**
     * `--no-access-log`.
     */
    noAccessLog?: boolean;
    /**
     * Serve HTTPS with `--key/--cert` from a kubernetes.io/tls Secret (tls.key, tls.crt).
     */
    tls?: {
      /**
       * Serve HTTPS.
       */
      enabled?: boolean;
      /**
       * kubernetes.io/tls Secret with tls.key and tls.crt.
       */
      existingSecret?: string;
    };
    /**
     * Seconds the startup probe tolerates before the first healthy /health (registry load, workers).
     */
    startupTimeoutSeconds?: number;
    /**
     * Resources of the feature server.
     */
    resources?: SharedResources;
    /**
     * Extra env vars of the feature server container.
     */
    extraEnv?: {}[];
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
  };
  /**
   * HorizontalPodAutoscaler of the feature server (stateless; needs a shared registry and online store).
   */
  autoscaling?: {
    /**
     * Render the HPA.
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
     * Target average CPU utilisation.
     */
    targetCPUUtilizationPercentage?: number;
  };
  /**
   * PodDisruptionBudget of the feature server (ml-common's shape): when more than one replica can run, at most one unavailable.
   */
  podDisruptionBudget?: SharedPodDisruptionBudget;
  registryServer?: Component;
  offlineServer?: Component1;
  ui?: Component2;
  /**
   * ServiceAccount of the Feast pods.
   */
  serviceAccount?: {
    /**
     * Create it.
     */
    create?: boolean;
    /**
     * Name (default: the release's full name).
     */
    name?: string;
    /**
     * Annotations (e.g. workload identity).
     */
    annotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * Service of the feature server.
   */
  service?: {
    /**
     * Service type.
     */
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    /**
     * Service port of the feature server.
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
   * `feast serve --metrics`: Prometheus metrics on port 8000 (fixed by Feast).
   */
  metrics?: {
    /**
     * feast serve --metrics (port 8000, fixed by Feast) and the metrics Service port.
     */
    enabled?: boolean;
    /**
     * Who scrapes port 8000 (NetworkPolicy, AuthorizationPolicy, PeerAuthentication): namespaces, podLabels, inMesh, principals. Each field left out follows global.metrics.scrapers, then kube-prometheus-stack's Prometheus (namespace monitoring, pods app.kubernetes.io/name=prometheus, outside the mesh). See the README's Metrics section.
     */
    scrapers?: SharedMetricsScrapers;
    /**
     * ServiceMonitor.
     */
    serviceMonitor?: {
      /**
       * Render it; null: when the cluster serves monitoring.coreos.com/v1 (or global.monitoring.enabled).
       */
      enabled?: boolean | null;
      /**
       * Scrape interval.
       */
      interval?: string;
      /**
       * Extra labels (for the Prometheus selector).
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
  };
  /**
   * NetworkPolicies: default-deny plus the real flows.
   */
  networkPolicy?: {
    /**
     * Render them; null: global.networkPolicy.enabled, else true.
     */
    enabled?: boolean | null;
    /**
     * Any pod of the release's namespace may reach the servers (false: only ingressFrom and the helm test pod).
     */
    allowSameNamespace?: boolean;
    /**
     * More clients of the servers' ports ({podLabels}, {namespace}, {namespace, podLabels} or {cidr}).
     */
    ingressFrom?: SharedNetworkPeers;
    /**
     * Where the external services run.
     */
    egressTo?: {
      /**
       * Where PostgreSQL runs; empty: global.networkPolicy.egressTo.postgresql, else any destination on its port.
       */
      postgresql?: SharedNetworkPeers;
      /**
       * Where Redis runs; empty: global.networkPolicy.egressTo.redis, else any destination on its port.
       */
      redis?: SharedNetworkPeers;
    };
    /**
     * Ports of the Kubernetes API (auth.type kubernetes).
     */
    kubernetesApiPorts?: number[];
    /**
     * Extra raw NetworkPolicy ingress rules of the feature server.
     */
    extraIngress?: {}[];
    /**
     * Extra raw NetworkPolicy egress rules of every pod that loads feature_store.yaml (servers, apply, materialize).
     */
    extraEgress?: {}[];
  };
  /**
   * Istio.
   */
  mesh?: {
    /**
     * Render PeerAuthentication/AuthorizationPolicies; null: global.mesh.enabled, else when security.istio.io/v1 is served.
     */
    enabled?: boolean | null;
    /**
     * PeerAuthentication mode; empty follows global.mesh.mtlsMode, then STRICT.
     */
    mtlsMode?: '' | 'STRICT' | 'PERMISSIVE';
    /**
     * Namespace of istiod (sidecars reach it on 15012); empty follows global.mesh.istiodNamespace, then istio-system.
     */
    istiodNamespace?: string;
    /**
     * Principals (e.g. cluster.local/ns/istio-ingress/sa/gateway) allowed to call the servers; the release's namespace and ServiceAccount are always allowed.
     */
    allowedPrincipals?: string[];
    /**
     * Namespaces allowed to call the servers (the release's is always allowed).
     */
    allowedNamespaces?: string[];
  };
  /**
   * Where the platform routes to the feature server (ingress and httpRoute). Feast serves at /: the prefix is stripped (HTTPRoute URLRewrite; konghq.com/strip-path for className kong, other controllers need their rewrite annotation).
   */
  serverRoute?: {
    /**
     * Path prefix of the HTTPRoute, and of the Ingress hosts that list no paths.
     */
    path?: string;
  };
  /**
   * Ingress to the feature server (ml-common's ingress shape); a host without paths gets serverRoute.path.
   */
  ingress?: SharedIngress;
  /**
   * Gateway API HTTPRoute to the feature server at serverRoute.path (ml-common's httpRoute shape).
   */
  httpRoute?: SharedHttpRoute;
  /**
   * helm test: GET /health, write `write.rows` to the online store, then POST /get-online-features for these features and entities: every feature must have a value for every entity (the written one).
   */
  tests?: {
    /**
     * Render the test pod.
     */
    enabled?: boolean;
    /**
     * Rows the test writes first (POST /write-to-online-store), each stamped with the current time in timestampFields, so the read has known values to compare. The demo writes entity 1001 of its own feature view; with real data, set rows to [] and the test only reads (the features must be materialized for the entities below).
     */
    write?: {
      /**
       * Feature view the rows are written to.
       */
      featureView?: string;
      /**
       * Columns stamped with the current time in every row (the source's timestamp_field and created_timestamp_column).
       */
      timestampFields?: string[];
      /**
       * Rows (column -> value) to write; empty: the test only reads.
       */
      rows?: {
        [k: string]: (string | number | boolean) | undefined;
      }[];
    };
    /**
     * Feature references (view:feature) of a registered feature view.
     *
     * @minItems 1
     */
    features?: [string, ...string[]];
    /**
     * Join key -> entity values of the request.
     */
    entities?: {
      /**
       * @minItems 1
       */
      [k: string]: [unknown, ...unknown[]] | undefined;
    };
    /**
     * Resources of the test pod.
     */
    resources?: SharedResources;
  };
  /**
   * Overrides of the restricted pod security context (ml-common).
   */
  podSecurityContext?: SharedK8SPodSecurityContext;
  /**
   * Overrides of the restricted container security context (ml-common).
   */
  securityContext?: SharedK8SSecurityContext;
  /**
   * Node selector of every pod.
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Tolerations of every pod.
   */
  tolerations?: K8SToleration[];
  /**
   * Affinity of every pod (podAffinity is replaced on pods pinned to a ReadWriteOnce volume).
   */
  affinity?: SharedK8SAffinity;
  /**
   * Values of the ml-common chart.
   */
  'ml-common'?: {};
}
/**
 * feast serve_registry: the gRPC registry server (default port 6570).
 */
export interface Component {
  /**
   * Render this server (needs a shared registry: registry.type sql or persistence.enabled).
   */
  enabled?: boolean;
  /**
   * Container and Service port.
   */
  port?: number;
  /**
   * Resources of the server.
   */
  resources?: SharedResources;
}
/**
 * feast serve_offline: the Arrow Flight offline server (default port 8815).
 */
export interface Component1 {
  /**
   * Render this server (needs a shared registry: registry.type sql or persistence.enabled).
   */
  enabled?: boolean;
  /**
   * Container and Service port.
   */
  port?: number;
  /**
   * Resources of the server.
   */
  resources?: SharedResources;
}
/**
 * feast ui: the web UI (default port 8888).
 */
export interface Component2 {
  /**
   * Render this server (needs a shared registry: registry.type sql or persistence.enabled).
   */
  enabled?: boolean;
  /**
   * Container and Service port.
   */
  port?: number;
  /**
   * Resources of the server.
   */
  resources?: SharedResources;
}
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "optionalImage".
 */
export interface OptionalImage {
  /**
   * Registry host; global.imageRegistry overrides it.
   */
  registry?: string;
  /**
   * Image repository (required with featureRepo.source image).
   */
  repository?: string;
  /**
   * Image tag (not latest).
   */
  tag?: string;
  /**
   * Image digest; pins the content.
   */
  digest?: string;
  /**
   * imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "component".
 */
export interface Component3 {
  /**
   * Render this server (needs a shared registry: registry.type sql or persistence.enabled).
   */
  enabled?: boolean;
  /**
   * Container and Service port.
   */
  port?: number;
  /**
   * Resources of the server.
   */
  resources?: SharedResources;
}
