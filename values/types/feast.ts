/* Generated from charts/feast/values.schema.json by `npm run gen`. Do not edit. */

/**
 * A non-negative Kubernetes quantity: a number with an optional suffix (m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent e3), e.g. 500m, 2, 8Gi.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = (string | number) | undefined;
/**
 * Peers allowed to the servers' ports; empty allows every pod of the release's namespace.
 */
export type Peers = {
  /**
   * Pods of the release's namespace (or of namespace) with these labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * A namespace by name.
   */
  namespace?: string;
  /**
   * An IP block.
   */
  cidr?: string;
}[];
/**
 * Where Redis runs; empty allows any destination on redis.port.
 */
export type Peers1 = {
  /**
   * Pods of the release's namespace (or of namespace) with these labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * A namespace by name.
   */
  namespace?: string;
  /**
   * An IP block.
   */
  cidr?: string;
}[];
/**
 * Where PostgreSQL runs; empty allows any destination on postgresql.port.
 */
export type Peers2 = {
  /**
   * Pods of the release's namespace (or of namespace) with these labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * A namespace by name.
   */
  namespace?: string;
  /**
   * An IP block.
   */
  cidr?: string;
}[];
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "peers".
 */
export type Peers3 = {
  /**
   * Pods of the release's namespace (or of namespace) with these labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * A namespace by name.
   */
  namespace?: string;
  /**
   * An IP block.
   */
  cidr?: string;
}[];
/**
 * A HorizontalPodAutoscaler replica bound (int32, at least 1).
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "autoscalerReplicas".
 */
export type AutoscalerReplicas = number;
/**
 * A DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters; Service names need the leading letter, and an all-digit name would render as a number), or empty.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = string;
/**
 * A number of pods (int32).
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "replicas".
 */
export type Replicas = number;

export interface FeastValues {
  global?: Global;
  /**
   * Values of the ml-common library chart (it takes none).
   */
  'ml-common'?: {};
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
   * Image pull secrets (names or {name}).
   */
  imagePullSecrets?: (
    | string
    | {
        name: string;
      }
  )[];
  image?: Image;
  /**
   * feature_store.yaml project: letters, digits and underscores, not starting with an underscore.
   */
  project?: string;
  /**
   * feature_store.yaml provider.
   */
  provider?: 'local' | 'gcp' | 'aws';
  /**
   * feature_store.yaml entity_key_serialization_version (3, the current scheme).
   */
  entityKeySerializationVersion?: 3;
  /**
   * The Feast registry (feature definitions).
   */
  registry?: {
    /**
     * file: a registry file on the data volume; sql: tables in PostgreSQL (postgresql.*).
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
       * File name of the registry on the data volume (/data).
       */
      name?: string;
    };
  };
  /**
   * The online store.
   */
  onlineStore?: {
    /**
     * sqlite (pod-local, one replica), redis (redis.*) or postgres (postgresql.*).
     */
    type?: 'sqlite' | 'redis' | 'postgres';
    /**
     * SQLite online store.
     */
    sqlite?: {
      /**
       * File name of the SQLite database on the data volume (/data).
       */
      name?: string;
    };
    /**
     * Redis online store.
     */
    redis?: {
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
   * Redis connection of the redis online store.
   */
  redis?: {
    /**
     * Redis host (Service name); required by onlineStore.type redis.
     */
    host?: string;
    /**
     * Redis port.
     */
    port?: number;
    /**
     * Redis database number (not used by redis_cluster).
     */
    db?: number;
    /**
     * Connect with TLS (ssl=true in the connection string).
     */
    ssl?: boolean;
    caBundle?: CaBundle;
    /**
     * redis_type.
     */
    type?: 'redis' | 'redis_cluster';
    /**
     * Redis password.
     */
    auth?: {
      /**
       * Existing Secret holding the Redis password; empty connects without one.
       */
      existingSecret?: string;
      /**
       * Key of the password in existingSecret.
       */
      passwordKey?: string;
    };
  };
  /**
   * PostgreSQL of the sql registry and the postgres stores.
   */
  postgresql?: {
    /**
     * PostgreSQL host; required when PostgreSQL is used.
     */
    host?: string;
    /**
     * PostgreSQL port.
     */
    port?: number;
    /**
     * Database of Feast's tables.
     */
    database?: string;
    /**
     * Role Feast connects as.
     */
    user?: string;
    /**
     * libpq sslmode.
     */
    sslmode?: 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
    caBundle?: CaBundle1;
    /**
     * Password of user.
     */
    auth?: {
      /**
       * Existing Secret holding the password of user (required when PostgreSQL is used). In the sql registry URL the password must be URL-safe or URL-encoded, and it must not contain a single quote.
       */
      existingSecret?: string;
      /**
       * Key of the password in existingSecret.
       */
      passwordKey?: string;
    };
    /**
     * Pre-install/pre-upgrade hook Job creating user and database when missing (idempotent).
     */
    dbInit?: {
      /**
       * Render the DB-init Job.
       */
      enabled?: boolean;
      image?: Image1;
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
      resources?: Resources;
    };
  };
  /**
   * The data volume (/data) of the file registry and the SQLite online store.
   */
  persistence?: {
    /**
     * false: an emptyDir per server pod (feast apply runs in the pod); true: a PersistentVolumeClaim shared with the apply Job and the optional servers.
     */
    enabled?: boolean;
    /**
     * Use this existing PersistentVolumeClaim instead of creating one.
     */
    existingClaim?: string;
    /**
     * StorageClass of the claim; empty uses the cluster default.
     */
    storageClass?: string;
    /**
     * Access mode: ReadWriteOnce pins every pod that mounts it to the server's node; ReadWriteMany allows several replicas.
     */
    accessMode?: 'ReadWriteOnce' | 'ReadWriteMany';
    /**
     * Size of the claim.
     */
    size?: string;
  };
  /**
   * The feature repository registered by feast apply.
   */
  featureRepo?: {
    /**
     * values: files below, in a ConfigMap; image: the files at path inside image.
     */
    source?: 'values' | 'image';
    /**
     * File name -> Python source of the feature definitions (flat: ConfigMap keys).
     */
    files?: {
      [k: string]: string | undefined;
    };
    image?: Image2;
    /**
     * Directory of the feature repository inside featureRepo.image.
     */
    path?: string;
  };
  /**
   * feast apply: a post-install/post-upgrade Job (shared registry) or an init container (pod-local registry).
   */
  apply?: {
    /**
     * Run feast apply.
     */
    enabled?: boolean;
    /**
     * Pass --skip-source-validation (data sources are not read).
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
    resources?: Resources1;
  };
  /**
   * Incremental materialization on a schedule: a CronJob running feast materialize-incremental <now>; it records the interval in the registry, which the servers report as feast_feature_freshness_seconds. Needs a shared registry (registry.type sql or persistence.enabled).
   */
  materialize?: {
    /**
     * Render the CronJob.
     */
    enabled?: boolean;
    /**
     * Cron schedule: five space-separated fields, or a macro such as @hourly.
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
    resources?: Resources2;
  };
  /**
   * Authentication of Feast's servers.
   */
  auth?: {
    /**
     * no_auth, or kubernetes (ServiceAccount tokens: the servers' token is mounted and they may create TokenReviews and read RoleBindings).
     */
    type?: 'no_auth' | 'kubernetes';
  };
  /**
   * The feature server (feast serve, HTTP).
   */
  server?: {
    /**
     * Replicas when autoscaling is off.
     */
    replicas?: number;
    /**
     * Container port of feast serve (--port).
     */
    port?: number;
    /**
     * Gunicorn worker processes (--workers).
     */
    workers?: number;
    /**
     * --registry_ttl_sec: seconds between registry refreshes.
     */
    registryTtlSeconds?: number;
    /**
     * --no-access-log.
     */
    noAccessLog?: boolean;
    /**
     * HTTPS with --key/--cert.
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
     * Seconds the startup probe allows before /health first answers.
     */
    startupTimeoutSeconds?: number;
    resources?: Resources3;
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
    minReplicas?: number;
    /**
     * Maximum replicas.
     */
    maxReplicas?: number;
    /**
     * Target average CPU utilisation.
     */
    targetCPUUtilizationPercentage?: number;
  };
  /**
   * PodDisruptionBudget of the feature server.
   */
  podDisruptionBudget?: {
    /**
     * Render it; null: when replicas > 1 or autoscaling.
     */
    enabled?: boolean | null;
    /**
     * maxUnavailable.
     */
    maxUnavailable?: number;
  };
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
   * Prometheus metrics of the feature server.
   */
  metrics?: {
    /**
     * feast serve --metrics (port 8000, fixed by Feast) and the metrics Service port.
     */
    enabled?: boolean;
    /**
     * Who scrapes the metrics port (8000): NetworkPolicy, AuthorizationPolicy and PeerAuthentication open it to them. Each field left out follows global.metrics.scrapers, then kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh).
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
    clients?: Peers;
    /**
     * Egress beyond DNS.
     */
    egress?: {
      redis?: Peers1;
      postgresql?: Peers2;
      /**
       * Kubernetes API ports (auth.type kubernetes).
       */
      kubernetesApiPorts?: number[];
    };
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
     * Principals allowed to call the servers (e.g. the ingress gateway's).
     */
    allowedPrincipals?: string[];
    /**
     * Namespaces allowed to call the servers (the release's is always allowed).
     */
    allowedNamespaces?: string[];
  };
  /**
   * Ingress to the feature server.
   */
  ingress?: {
    /**
     * Render the Ingress.
     */
    enabled?: boolean;
    /**
     * IngressClass.
     */
    className?: string;
    /**
     * Host name.
     */
    host?: string;
    /**
     * Path prefix; stripped before Feast sees the request (Feast serves at /): konghq.com/strip-path is set for className kong, other controllers need their rewrite annotation.
     */
    path?: string;
    /**
     * Annotations (e.g. the controller's rewrite).
     */
    annotations?: {
      [k: string]: string | undefined;
    };
    /**
     * TLS Secret of the host.
     */
    tlsSecretName?: string;
  };
  /**
   * Gateway API HTTPRoute to the feature server (strips path).
   */
  httpRoute?: {
    /**
     * Render the HTTPRoute.
     */
    enabled?: boolean;
    /**
     * Gateways (parentRefs).
     */
    parentRefs?: {
      name: string;
    }[];
    /**
     * Host names.
     */
    hostnames?: string[];
    /**
     * Path prefix.
     */
    path?: string;
  };
  /**
   * helm test: /health, a write of known rows to the online store, then an online-features read that must return a value for every feature (the written one).
   */
  tests?: {
    /**
     * Render the test pod.
     */
    enabled?: boolean;
    /**
     * Rows the test writes to the online store before reading (POST /write-to-online-store).
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
    resources?: Resources5;
  };
  podSecurityContext?: K8S;
  securityContext?: K8S6;
  /**
   * Node selector of every pod.
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Tolerations of every pod.
   */
  tolerations?: K8S12[];
  affinity?: K8S13;
}
/**
 * Platform-wide values set by the umbrella chart (imageRegistry, imagePullSecrets, commonLabels, partOf, mesh, networkPolicy, monitoring).
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
 * The Feast feature server image (feastdev/feature-server, UID 1001); runs every Feast process of the chart.
 */
export interface Image {
  /**
   * Registry host; global.imageRegistry overrides it.
   */
  registry?: string;
  /**
   * Image repository.
   */
  repository?: string;
  /**
   * Image tag: letters, digits, '_', '.' and '-', at most 128 characters (not latest); empty uses the chart's appVersion where the chart has one.
   */
  tag?: string;
  /**
   * Image digest (sha256:<64 hex characters>); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * CA bundle that verifies the Redis server's certificate (redis.ssl); empty: the system CAs.
 */
export interface CaBundle {
  /**
   * Secret holding the bundle (or use configMapName).
   */
  secretName?: string;
  /**
   * ConfigMap holding the bundle (or use secretName).
   */
  configMapName?: string;
  /**
   * Key of the bundle in the Secret or ConfigMap.
   */
  key?: string;
}
/**
 * CA bundle that verifies the PostgreSQL server's certificate (PGSSLROOTCERT of every client; required by sslmode verify-ca and verify-full).
 */
export interface CaBundle1 {
  /**
   * Secret holding the bundle (or use configMapName).
   */
  secretName?: string;
  /**
   * ConfigMap holding the bundle (or use secretName).
   */
  configMapName?: string;
  /**
   * Key of the bundle in the Secret or ConfigMap.
   */
  key?: string;
}
/**
 * Image with psql and pg_isready (the official postgres image, run as UID 70).
 */
export interface Image1 {
  /**
   * Registry host; global.imageRegistry overrides it.
   */
  registry?: string;
  /**
   * Image repository.
   */
  repository?: string;
  /**
   * Image tag: letters, digits, '_', '.' and '-', at most 128 characters (not latest); empty uses the chart's appVersion where the chart has one.
   */
  tag?: string;
  /**
   * Image digest (sha256:<64 hex characters>); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Resources of the DB-init container.
 */
export interface Resources {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
}
/**
 * Image holding the feature repository at path (source image); needs cp.
 */
export interface Image2 {
  /**
   * Registry host; global.imageRegistry overrides it.
   */
  registry?: string;
  /**
   * Image repository.
   */
  repository?: string;
  /**
   * Image tag: letters, digits, '_', '.' and '-', at most 128 characters (not latest); empty uses the chart's appVersion where the chart has one.
   */
  tag?: string;
  /**
   * Image digest (sha256:<64 hex characters>); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Resources of feast apply (and of the wait-for-registry init container).
 */
export interface Resources1 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
}
/**
 * Resources of the materialization container.
 */
export interface Resources2 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
}
/**
 * Resources of the feature server.
 */
export interface Resources3 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
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
  resources?: Resources4;
}
/**
 * Resources of the server.
 */
export interface Resources4 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
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
  resources?: Resources4;
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
  resources?: Resources4;
}
/**
 * Resources of the test pod.
 */
export interface Resources5 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
}
/**
 * Overrides of the restricted pod security context (ml-common).
 */
export interface K8S {
  appArmorProfile?: K8S1;
  /**
   * A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:
   *
   * 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----
   *
   * If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
   */
  fsGroup?: number;
  /**
   * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
   */
  fsGroupChangePolicy?: string;
  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsGroup?: number;
  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsNonRoot?: boolean;
  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsUser?: number;
  /**
   * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive".
   *
   * "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
   *
   * "MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
   *
   * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used. If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes and "Recursive" for all other volumes.
   *
   * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
   *
   * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.
   */
  seLinuxChangePolicy?: string;
  seLinuxOptions?: K8S2;
  seccompProfile?: K8S3;
  /**
   * A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.
   */
  supplementalGroups?: number[];
  /**
   * Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.
   */
  supplementalGroupsPolicy?: string;
  /**
   * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
   */
  sysctls?: K8S4[];
  windowsOptions?: K8S5;
}
/**
 * appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S1 {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".
   */
  localhostProfile?: string;
  /**
   * type indicates which kind of AppArmor profile will be applied. Valid options are:
   *   Localhost - a profile pre-loaded on the node.
   *   RuntimeDefault - the container runtime's default profile.
   *   Unconfined - no AppArmor enforcement.
   */
  type: string;
}
/**
 * The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S2 {
  /**
   * Level is SELinux level label that applies to the container.
   */
  level?: string;
  /**
   * Role is a SELinux role label that applies to the container.
   */
  role?: string;
  /**
   * Type is a SELinux type label that applies to the container.
   */
  type?: string;
  /**
   * User is a SELinux user label that applies to the container.
   */
  user?: string;
}
/**
 * The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S3 {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.
   */
  localhostProfile?: string;
  /**
   * type indicates which kind of seccomp profile will be applied. Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.
   */
  type: string;
}
/**
 * Sysctl defines a kernel parameter to be set
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Sysctl".
 */
export interface K8S4 {
  /**
   * Name of a property to set
   */
  name: string;
  /**
   * Value of a property to set
   */
  value: string;
}
/**
 * The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.
 */
export interface K8S5 {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
   */
  gmsaCredentialSpec?: string;
  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   */
  gmsaCredentialSpecName?: string;
  /**
   * HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.
   */
  hostProcess?: boolean;
  /**
   * The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsUserName?: string;
}
/**
 * Overrides of the restricted container security context (ml-common).
 */
export interface K8S6 {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
   */
  allowPrivilegeEscalation?: boolean;
  appArmorProfile?: K8S7;
  capabilities?: K8S8;
  /**
   * Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.
   */
  privileged?: boolean;
  /**
   * procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.
   */
  procMount?: string;
  /**
   * Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.
   */
  readOnlyRootFilesystem?: boolean;
  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsGroup?: number;
  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsNonRoot?: boolean;
  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsUser?: number;
  seLinuxOptions?: K8S9;
  seccompProfile?: K8S10;
  windowsOptions?: K8S11;
}
/**
 * appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S7 {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".
   */
  localhostProfile?: string;
  /**
   * type indicates which kind of AppArmor profile will be applied. Valid options are:
   *   Localhost - a profile pre-loaded on the node.
   *   RuntimeDefault - the container runtime's default profile.
   *   Unconfined - no AppArmor enforcement.
   */
  type: string;
}
/**
 * The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S8 {
  /**
   * Added capabilities
   */
  add?: string[];
  /**
   * Removed capabilities
   */
  drop?: string[];
}
/**
 * The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S9 {
  /**
   * Level is SELinux level label that applies to the container.
   */
  level?: string;
  /**
   * Role is a SELinux role label that applies to the container.
   */
  role?: string;
  /**
   * Type is a SELinux type label that applies to the container.
   */
  type?: string;
  /**
   * User is a SELinux user label that applies to the container.
   */
  user?: string;
}
/**
 * The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.
 */
export interface K8S10 {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.
   */
  localhostProfile?: string;
  /**
   * type indicates which kind of seccomp profile will be applied. Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.
   */
  type: string;
}
/**
 * The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.
 */
export interface K8S11 {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
   */
  gmsaCredentialSpec?: string;
  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   */
  gmsaCredentialSpecName?: string;
  /**
   * HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.
   */
  hostProcess?: boolean;
  /**
   * The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsUserName?: string;
}
/**
 * The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Toleration".
 */
export interface K8S12 {
  /**
   * Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
   */
  effect?: string;
  /**
   * Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
   */
  key?: string;
  /**
   * Operator represents a key's relationship to the value. Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
   */
  operator?: string;
  /**
   * TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
   */
  tolerationSeconds?: number;
  /**
   * Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.
   */
  value?: string;
}
/**
 * Affinity of every pod (podAffinity is replaced on pods pinned to a ReadWriteOnce volume).
 */
export interface K8S13 {
  nodeAffinity?: K8S14;
  podAffinity?: K8S20;
  podAntiAffinity?: K8S27;
}
/**
 * Describes node affinity scheduling rules for the pod.
 */
export interface K8S14 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S15[];
  requiredDuringSchedulingIgnoredDuringExecution?: K8S18;
}
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PreferredSchedulingTerm".
 */
export interface K8S15 {
  preference: K8S16;
  /**
   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * A node selector term, associated with the corresponding weight.
 */
export interface K8S16 {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: K8S17[];
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: K8S17[];
}
/**
 * A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorRequirement".
 */
export interface K8S17 {
  /**
   * The label key that the selector applies to.
   */
  key: string;
  /**
   * Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
   */
  operator: string;
  /**
   * An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch.
   */
  values?: string[];
}
/**
 * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node.
 */
export interface K8S18 {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   */
  nodeSelectorTerms: K8S19[];
}
/**
 * A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorTerm".
 */
export interface K8S19 {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: K8S17[];
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: K8S17[];
}
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 */
export interface K8S20 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S21[];
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S26[];
}
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.WeightedPodAffinityTerm".
 */
export interface K8S21 {
  podAffinityTerm: K8S22;
  /**
   * weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 */
export interface K8S22 {
  labelSelector?: K8S23;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   */
  matchLabelKeys?: string[];
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   */
  mismatchLabelKeys?: string[];
  namespaceSelector?: K8S25;
  /**
   * namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means "this pod's namespace".
   */
  namespaces?: string[];
  /**
   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.
   */
  topologyKey: string;
}
/**
 * A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods.
 */
export interface K8S23 {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8S24[];
  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   */
  matchLabels?: {
    [k: string]: string | undefined;
  };
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelectorRequirement".
 */
export interface K8S24 {
  /**
   * key is the label key that the selector applies to.
   */
  key: string;
  /**
   * operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
   */
  operator: string;
  /**
   * values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.
   */
  values?: string[];
}
/**
 * A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means "this pod's namespace". An empty selector ({}) matches all namespaces.
 */
export interface K8S25 {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8S24[];
  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   */
  matchLabels?: {
    [k: string]: string | undefined;
  };
}
/**
 * Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinityTerm".
 */
export interface K8S26 {
  labelSelector?: K8S23;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   */
  matchLabelKeys?: string[];
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   */
  mismatchLabelKeys?: string[];
  namespaceSelector?: K8S25;
  /**
   * namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means "this pod's namespace".
   */
  namespaces?: string[];
  /**
   * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.
   */
  topologyKey: string;
}
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 */
export interface K8S27 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S21[];
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S26[];
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
  resources?: Resources4;
}
/**
 * PEM bundle of the CA(s) that verify the server's certificate: one key of a Secret or of a ConfigMap in the release namespace, mounted at /etc/ml-platform/ca/<client>/ca.crt. Both names empty: the client's default CAs.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "caBundle".
 */
export interface CaBundle2 {
  /**
   * Secret holding the bundle (or use configMapName).
   */
  secretName?: string;
  /**
   * ConfigMap holding the bundle (or use secretName).
   */
  configMapName?: string;
  /**
   * Key of the bundle in the Secret or ConfigMap.
   */
  key?: string;
}
/**
 * Platform-wide values the umbrella chart sets for every component chart; each chart validates them (installed alone too).
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
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
/**
 * A container image, [registry/]repository[:tag][@digest]. It must be pinned: a version tag or a digest (the chart refuses latest or no tag, naming the value).
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "image".
 */
export interface Image3 {
  /**
   * Registry host; global.imageRegistry overrides it.
   */
  registry?: string;
  /**
   * Image repository.
   */
  repository?: string;
  /**
   * Image tag: letters, digits, '_', '.' and '-', at most 128 characters (not latest); empty uses the chart's appVersion where the chart has one.
   */
  tag?: string;
  /**
   * Image digest (sha256:<64 hex characters>); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Affinity is a group of affinity scheduling rules.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Affinity".
 */
export interface K8SAffinity {
  nodeAffinity?: K8S14;
  podAffinity?: K8S20;
  podAntiAffinity?: K8S27;
}
/**
 * AppArmorProfile defines a pod or container's AppArmor settings.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.AppArmorProfile".
 */
export interface K8SAppArmorProfile {
  /**
   * localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".
   */
  localhostProfile?: string;
  /**
   * type indicates which kind of AppArmor profile will be applied. Valid options are:
   *   Localhost - a profile pre-loaded on the node.
   *   RuntimeDefault - the container runtime's default profile.
   *   Unconfined - no AppArmor enforcement.
   */
  type: string;
}
/**
 * Adds and removes POSIX capabilities from running containers.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.Capabilities".
 */
export interface K8SCapabilities {
  /**
   * Added capabilities
   */
  add?: string[];
  /**
   * Removed capabilities
   */
  drop?: string[];
}
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelector".
 */
export interface K8SLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8S24[];
  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.
   */
  matchLabels?: {
    [k: string]: string | undefined;
  };
}
/**
 * Node affinity is a group of node affinity scheduling rules.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeAffinity".
 */
export interface K8SNodeAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S15[];
  requiredDuringSchedulingIgnoredDuringExecution?: K8S18;
}
/**
 * A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelector".
 */
export interface K8SNodeSelector {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   */
  nodeSelectorTerms: K8S19[];
}
/**
 * Pod affinity is a group of inter pod affinity scheduling rules.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinity".
 */
export interface K8SPodAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S21[];
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S26[];
}
/**
 * Pod anti affinity is a group of inter pod anti affinity scheduling rules.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodAntiAffinity".
 */
export interface K8SPodAntiAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S21[];
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S26[];
}
/**
 * PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.PodSecurityContext".
 */
export interface K8SPodSecurityContext {
  appArmorProfile?: K8S1;
  /**
   * A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:
   *
   * 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----
   *
   * If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
   */
  fsGroup?: number;
  /**
   * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
   */
  fsGroupChangePolicy?: string;
  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsGroup?: number;
  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsNonRoot?: boolean;
  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsUser?: number;
  /**
   * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive".
   *
   * "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
   *
   * "MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
   *
   * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used. If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes and "Recursive" for all other volumes.
   *
   * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
   *
   * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.
   */
  seLinuxChangePolicy?: string;
  seLinuxOptions?: K8S2;
  seccompProfile?: K8S3;
  /**
   * A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.
   */
  supplementalGroups?: number[];
  /**
   * Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.
   */
  supplementalGroupsPolicy?: string;
  /**
   * Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
   */
  sysctls?: K8S4[];
  windowsOptions?: K8S5;
}
/**
 * SELinuxOptions are the labels to be applied to the container
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.SELinuxOptions".
 */
export interface K8SSELinuxOptions {
  /**
   * Level is SELinux level label that applies to the container.
   */
  level?: string;
  /**
   * Role is a SELinux role label that applies to the container.
   */
  role?: string;
  /**
   * Type is a SELinux type label that applies to the container.
   */
  type?: string;
  /**
   * User is a SELinux user label that applies to the container.
   */
  user?: string;
}
/**
 * SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.SeccompProfile".
 */
export interface K8SSeccompProfile {
  /**
   * localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.
   */
  localhostProfile?: string;
  /**
   * type indicates which kind of seccomp profile will be applied. Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.
   */
  type: string;
}
/**
 * SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.SecurityContext".
 */
export interface K8SSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
   */
  allowPrivilegeEscalation?: boolean;
  appArmorProfile?: K8S7;
  capabilities?: K8S8;
  /**
   * Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.
   */
  privileged?: boolean;
  /**
   * procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.
   */
  procMount?: string;
  /**
   * Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.
   */
  readOnlyRootFilesystem?: boolean;
  /**
   * The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsGroup?: number;
  /**
   * Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsNonRoot?: boolean;
  /**
   * The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
   */
  runAsUser?: number;
  seLinuxOptions?: K8S9;
  seccompProfile?: K8S10;
  windowsOptions?: K8S11;
}
/**
 * WindowsSecurityContextOptions contain Windows-specific options and credentials.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "k8s.WindowsSecurityContextOptions".
 */
export interface K8SWindowsSecurityContextOptions {
  /**
   * GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
   */
  gmsaCredentialSpec?: string;
  /**
   * GMSACredentialSpecName is the name of the GMSA credential spec to use.
   */
  gmsaCredentialSpecName?: string;
  /**
   * HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.
   */
  hostProcess?: boolean;
  /**
   * The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
   */
  runAsUserName?: string;
}
/**
 * Container resources: cpu and memory requests and a memory limit.
 *
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "resources".
 */
export interface Resources6 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity | undefined;
  };
}
