/* Generated from charts/mlflow-platform/values.schema.json by `npm run gen`. Do not edit. */

export interface MlflowPlatformValues {
  /**
   * Platform-wide values set by the umbrella chart: imageRegistry, imagePullSecrets, commonLabels, partOf, mesh.enabled, mesh.mtlsMode, networkPolicy.enabled, monitoring.enabled.
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
   * Replaces the release-qualified name (also the Service name).
   */
  fullnameOverride?: string;
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
  image?: Image;
  /**
   * Server replicas (ignored when autoscaling is on). More than 1 needs PostgreSQL and shared artifacts.
   */
  replicaCount?: number;
  /**
   * The mlflow server process.
   */
  server?: {
    /**
     * uvicorn worker processes (--workers).
     */
    workers?: number;
    /**
     * Extra Host headers accepted (--allowed-hosts; wildcards like *.example.com). The Service DNS names, localhost and ingress/HTTPRoute hosts are always included.
     */
    allowedHosts?: string[];
    /**
     * Also accept private IP addresses as Host (10.*, 172.16-31.*, 192.168.*), like MLflow's defaults.
     */
    allowPrivateIPs?: boolean;
    /**
     * Origins allowed to make state-changing cross-origin requests (--cors-allowed-origins).
     */
    corsAllowedOrigins?: string[];
    /**
     * Kubernetes cluster domain, for the fully qualified Service name.
     */
    clusterDomain?: string;
    /**
     * Send MLflow's anonymous usage telemetry (MLFLOW_DISABLE_TELEMETRY=true when false).
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
     * sqlite (a file on the data volume, one replica) or postgresql (an existing server).
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
     * PostgreSQL backend. The URI carries no password: libpq reads PGPASSWORD from the Secret.
     */
    postgresql?: {
      /**
       * Server host name (required for postgresql).
       */
      host?: string;
      /**
       * Server port.
       */
      port?: number;
      /**
       * Database of the tracking store.
       */
      database?: string;
      /**
       * SQLAlchemy driver (postgresql+<driver>://).
       */
      driver?: 'psycopg2' | 'psycopg';
      /**
       * Role name, used when usernameKey is empty.
       */
      username?: string;
      /**
       * Existing Secret holding the password (required for postgresql).
       */
      existingSecret?: string;
      /**
       * Key of the password in existingSecret.
       */
      passwordKey?: string;
      /**
       * When set, the role name comes from this key of existingSecret (PGUSER) instead of username.
       */
      usernameKey?: string;
      /**
       * libpq sslmode (PGSSLMODE); empty leaves the libpq default.
       */
      sslMode?: '' | 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
    };
  };
  /**
   * Where run artifacts are stored.
   */
  artifacts?: {
    /**
     * volume (the data volume) or s3 (an S3/MinIO bucket).
     */
    type?: 'volume' | 's3';
    /**
     * true: the server proxies artifacts (--serve-artifacts --artifacts-destination). false: clients use the store directly (--no-serve-artifacts --default-artifact-root; s3 only).
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
     * S3 or MinIO artifacts.
     */
    s3?: {
      /**
       * Bucket name.
       */
      bucket?: string;
      /**
       * Key prefix inside the bucket, without leading or trailing slash.
       */
      prefix?: string;
      /**
       * MLFLOW_S3_ENDPOINT_URL (http(s)://host[:port]) for MinIO or another S3-compatible store; empty = AWS.
       */
      endpointUrl?: string;
      /**
       * AWS_DEFAULT_REGION.
       */
      region?: string;
      /**
       * Skip TLS verification of the endpoint (MLFLOW_S3_IGNORE_TLS).
       */
      ignoreTls?: boolean;
      /**
       * Existing Secret with the access key pair; empty = no static keys (IRSA / workload identity).
       */
      existingSecret?: string;
      /**
       * Key of the access key id in existingSecret.
       */
      accessKeyIdKey?: string;
      /**
       * Key of the secret access key in existingSecret.
       */
      secretAccessKeyKey?: string;
      /**
       * Pre-install/pre-upgrade Job that creates the bucket when missing (boto3 in the MLflow image).
       */
      createBucket?: {
        /**
         * Render the bucket Job.
         */
        enabled?: boolean;
        resources?: Resources;
      };
    };
  };
  /**
   * The data volume mounted at /mlflow (SQLite files, volume artifacts). Without it an emptyDir is used: data is lost with the pod.
   */
  persistence?: {
    /**
     * Use a PersistentVolumeClaim.
     */
    enabled?: boolean;
    /**
     * Use this existing claim instead of creating one.
     */
    existingClaim?: string;
    /**
     * StorageClass of the created claim; empty = the cluster default; "-" = no class.
     */
    storageClass?: string;
    /**
     * Access modes of the created claim.
     *
     * @minItems 1
     */
    accessModes?: [
      'ReadWriteOnce' | 'ReadWriteMany' | 'ReadWriteOncePod' | 'ReadOnlyMany',
      ...('ReadWriteOnce' | 'ReadWriteMany' | 'ReadWriteOncePod' | 'ReadOnlyMany')[]
    ];
    /**
     * Size of the created claim.
     */
    size?: string;
    /**
     * Annotations of the created claim.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * Schema migrations (mlflow db upgrade).
   */
  migrations?: {
    /**
     * PostgreSQL: a hook Job; SQLite: an init container of the server.
     */
    enabled?: boolean;
    /**
     * Hook events of the PostgreSQL migration Job.
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
    resources?: Resources1;
  };
  /**
   * MLflow basic auth (--app-name basic-auth) with a separate auth database.
   */
  auth?: {
    /**
     * Enable basic auth.
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
     * Key of the static Flask secret key (MLFLOW_FLASK_SERVER_SECRET_KEY), shared by all replicas.
     */
    flaskSecretKeyKey?: string;
    /**
     * Permission of users on resources without an explicit grant.
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
     * Expose the metrics (the --expose-prometheus files and the metrics listener).
     */
    enabled?: boolean;
    /**
     * Port of the metrics listener (no Host validation, no basic auth; NetworkPolicy admits the scrapers only).
     */
    port?: number;
    /**
     * Who scrapes the metrics port: NetworkPolicy, AuthorizationPolicy and PeerAuthentication open it to them. Each field left out follows global.metrics.scrapers, then kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh).
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
     * The metrics listener container.
     */
    exporter?: {
      resources?: Resources2;
    };
    /**
     * prometheus-operator ServiceMonitor.
     */
    serviceMonitor?: {
      /**
       * Render it; null = when monitoring.coreos.com/v1 exists or global.monitoring.enabled.
       */
      enabled?: boolean | null;
      /**
       * Scrape interval.
       */
      interval?: string;
      /**
       * Scrape timeout.
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
   * networking.k8s.io/v1 Ingress.
   */
  ingress?: {
    /**
     * Render the Ingress.
     */
    enabled?: boolean;
    /**
     * ingressClassName.
     */
    className?: string;
    /**
     * Ingress annotations.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
    /**
     * Hosts and paths (each host is added to the allowed hosts).
     */
    hosts?: {
      /**
       * Host name.
       */
      host: string;
      /**
       * Paths.
       */
      paths?: {
        /**
         * Path.
         */
        path: string;
        /**
         * Path type.
         */
        pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
      }[];
    }[];
    /**
     * TLS entries (secretName, hosts).
     */
    tls?: {
      /**
       * TLS Secret.
       */
      secretName?: string;
      /**
       * Hosts.
       */
      hosts?: string[];
    }[];
  };
  /**
   * Gateway API HTTPRoute (gateway.networking.k8s.io/v1).
   */
  httpRoute?: {
    /**
     * Render the HTTPRoute.
     */
    enabled?: boolean;
    /**
     * HTTPRoute annotations.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
    /**
     * Gateways the route attaches to.
     */
    parentRefs?: {}[];
    /**
     * Host names (each is added to the allowed hosts).
     */
    hostnames?: string[];
  };
  /**
   * HorizontalPodAutoscaler (needs PostgreSQL and S3 artifacts).
   */
  autoscaling?: {
    /**
     * Render the HPA (replicaCount is then ignored).
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
     * Average CPU utilisation target.
     */
    targetCPUUtilizationPercentage?: number;
  };
  /**
   * PodDisruptionBudget of the server.
   */
  podDisruptionBudget?: {
    /**
     * Render it; null = when replicaCount > 1 or autoscaling is on.
     */
    enabled?: boolean | null;
    /**
     * minAvailable (number or percentage).
     */
    minAvailable?: number | string;
  };
  /**
   * Topology spread of the replicas (rendered when more than one).
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
     * Who may reach the server.
     */
    ingress?: {
      /**
       * Any pod of the release namespace may reach port 5000.
       */
      allowSameNamespace?: boolean;
      /**
       * More clients of port 5000.
       */
      from?: Peer[];
    };
    /**
     * Where the server (and the Jobs) may connect.
     */
    egress?: {
      /**
       * Where PostgreSQL is; empty = any address on its port.
       */
      databaseTo?: Peer1[];
      /**
       * Where S3/MinIO is; empty = any address on the endpoint port.
       */
      s3To?: Peer2[];
      /**
       * Extra raw egress rules of the server.
       */
      extra?: {}[];
    };
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
     * Namespaces allowed to call the server (the release namespace always is).
     */
    allowedNamespaces?: string[];
    /**
     * Principals allowed to call the server (cluster.local/ns/<ns>/sa/<sa>).
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
  podSecurityContext?: {};
  /**
   * Overrides of the restricted container security context.
   */
  securityContext?: {};
  resources?: Resources3;
  /**
   * Node selector of the server pods.
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Tolerations of the server pods.
   */
  tolerations?: {}[];
  /**
   * Affinity of the server pods.
   */
  affinity?: {};
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
     * Render the test pod.
     */
    enabled?: boolean;
    resources?: Resources4;
  };
}
/**
 * The MLflow image, used by the server, the migration and bucket Jobs and the helm test. The -full variant carries psycopg2/psycopg, boto3, prometheus-flask-exporter and the auth extra.
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
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Resources of the bucket Job.
 */
export interface Resources {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...).
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * Resources of the migration Job and init container.
 */
export interface Resources1 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...).
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * Its resources.
 */
export interface Resources2 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...).
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * A NetworkPolicy peer.
 */
export interface Peer {
  /**
   * Namespace name.
   */
  namespace?: string;
  /**
   * Pod labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * CIDR block.
   */
  cidr?: string;
}
/**
 * A NetworkPolicy peer.
 */
export interface Peer1 {
  /**
   * Namespace name.
   */
  namespace?: string;
  /**
   * Pod labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * CIDR block.
   */
  cidr?: string;
}
/**
 * A NetworkPolicy peer.
 */
export interface Peer2 {
  /**
   * Namespace name.
   */
  namespace?: string;
  /**
   * Pod labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * CIDR block.
   */
  cidr?: string;
}
/**
 * Resources of the server container.
 */
export interface Resources3 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...).
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
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
 * Resources of the test pod.
 */
export interface Resources4 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...).
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * A container image.
 *
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "image".
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
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Container resources (cpu/memory requests and a memory limit are expected).
 *
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "resources".
 */
export interface Resources5 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...).
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
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
/**
 * A NetworkPolicy peer: pods by labels (in namespace, or the release namespace), a namespace, or a CIDR.
 *
 * This interface was referenced by `MlflowPlatformValues`'s JSON-Schema
 * via the `definition` "peer".
 */
export interface Peer3 {
  /**
   * Namespace name.
   */
  namespace?: string;
  /**
   * Pod labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * CIDR block.
   */
  cidr?: string;
}
