/* Generated from charts/feast/values.schema.json by `npm run gen`. Do not edit. */

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
 * Peers allowed to the metrics port; empty allows any source.
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
 * Where Redis runs; empty allows any destination on redis.port.
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
 * Where PostgreSQL runs; empty allows any destination on postgresql.port.
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
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "peers".
 */
export type Peers4 = {
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

export interface FeastValues {
  /**
   * Platform-wide values set by the umbrella chart (imageRegistry, imagePullSecrets, commonLabels, partOf, mesh, networkPolicy, monitoring).
   */
  global?: {};
  /**
   * Values of the ml-common library chart (it takes none).
   */
  'ml-common'?: {};
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
    image?: OptionalImage;
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
    resources?: Resources2;
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
    metricsScrapers?: Peers1;
    /**
     * Egress beyond DNS.
     */
    egress?: {
      redis?: Peers2;
      postgresql?: Peers3;
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
     * Path prefix; the controller must strip it (Feast serves at /).
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
    resources?: Resources4;
  };
  /**
   * Overrides of the restricted pod security context (ml-common).
   */
  podSecurityContext?: {};
  /**
   * Overrides of the restricted container security context (ml-common).
   */
  securityContext?: {};
  /**
   * Node selector of every pod.
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Tolerations of every pod.
   */
  tolerations?: {}[];
  /**
   * Affinity of every pod (podAffinity is replaced on pods pinned to a ReadWriteOnce volume).
   */
  affinity?: {};
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
  repository: string;
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
  repository: string;
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
 * Resources of the DB-init container.
 */
export interface Resources {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * Image holding the feature repository at path (source image); needs cp.
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
 * Resources of feast apply (and of the wait-for-registry init container).
 */
export interface Resources1 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * Resources of the feature server.
 */
export interface Resources2 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: (string | number) | undefined;
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
  resources?: Resources3;
}
/**
 * Resources of the server.
 */
export interface Resources3 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: (string | number) | undefined;
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
  resources?: Resources3;
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
  resources?: Resources3;
}
/**
 * Resources of the test pod.
 */
export interface Resources4 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * This interface was referenced by `FeastValues`'s JSON-Schema
 * via the `definition` "image".
 */
export interface Image2 {
  /**
   * Registry host; global.imageRegistry overrides it.
   */
  registry?: string;
  /**
   * Image repository.
   */
  repository: string;
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
 * via the `definition` "optionalImage".
 */
export interface OptionalImage1 {
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
 * via the `definition` "resources".
 */
export interface Resources5 {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: (string | number) | undefined;
  };
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
  resources?: Resources3;
}
