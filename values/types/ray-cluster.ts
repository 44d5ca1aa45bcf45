/* Generated from charts/ray-cluster/values.schema.json by `npm run gen`. Do not edit. */

/**
 * Extra environment of every Ray container.
 */
export type Env = {
  name: string;
}[];
/**
 * A non-negative Kubernetes quantity: a number with an optional suffix (m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent e3), e.g. 500m, 2, 8Gi.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = (string | number) | undefined;
/**
 * Extra environment of the head container.
 */
export type Env1 = {
  name: string;
}[];
/**
 * Extra environment of the Ray container.
 */
export type Env2 = {
  name: string;
}[];
/**
 * Extra environment of the autoscaler.
 */
export type Env3 = {
  name: string;
}[];
/**
 * Hosts; empty matches any host.
 */
export type StringList = string[];
/**
 * Hostnames.
 */
export type StringList1 = string[];
/**
 * Principals of a KubeRay operator outside this release (dashboard and Serve, any method).
 */
export type StringList2 = string[];
/**
 * Source namespaces.
 */
export type StringList3 = string[];
/**
 * Source principals (<trust domain>/ns/<ns>/sa/<sa>).
 */
export type StringList4 = string[];
/**
 * Gateway namespaces.
 */
export type StringList5 = string[];
/**
 * Gateway principals.
 */
export type StringList6 = string[];
/**
 * Other clients of the client, dashboard and Serve ports.
 */
export type Peers = Peer[];
/**
 * Gateways that reach Serve.
 */
export type Peers1 = Peer[];
/**
 * A KubeRay operator outside this release.
 */
export type Peers2 = Peer[];
/**
 * MLflow peers; empty allows the ports to any destination.
 */
export type Peers3 = Peer[];
/**
 * Feast server peers; empty allows the ports to any destination.
 */
export type Peers4 = Peer[];
/**
 * S3 peers; empty allows the ports to any destination.
 */
export type Peers5 = Peer[];
/**
 * API server CIDRs; empty allows the ports to any destination.
 */
export type StringList7 = string[];
/**
 * Namespaces to watch (Roles there); empty watches all (ClusterRole).
 */
export type StringList8 = string[];
/**
 * Extra operator environment.
 */
export type Env4 = {
  name: string;
}[];
/**
 * Kubernetes EnvVar objects.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "env".
 */
export type Env5 = {
  name: string;
}[];
/**
 * NetworkPolicy peers.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "peers".
 */
export type Peers6 = Peer[];
/**
 * A list of strings.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "stringList".
 */
export type StringList9 = string[];
/**
 * A DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters; Service names need the leading letter, and an all-digit name would render as a number), or empty.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = string;
/**
 * A number of pods (int32).
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "replicas".
 */
export type Replicas = number;

export interface RayClusterValues {
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
   * Image pull secrets (names or {name}).
   */
  imagePullSecrets?: (string | {})[];
  image?: Image;
  gpuImage?: Image1;
  /**
   * Ray version of the images (RayCluster spec.rayVersion; checked by helm test).
   */
  rayVersion?: string;
  podSecurityContext?: K8S;
  securityContext?: K8S6;
  /**
   * emptyDirs mounted where Ray writes (the root filesystem is read-only).
   */
  writablePaths?: {
    /**
     * Volume name.
     */
    name: string;
    /**
     * Mount path.
     */
    mountPath: string;
    /**
     * emptyDir sizeLimit.
     */
    sizeLimit?: string | null;
  }[];
  /**
   * Ray's object store in /dev/shm (a memory-backed emptyDir), sized from each Ray pod's memory limit.
   */
  objectStore?: {
    /**
     * object-store-memory of every Ray pod as a percentage of its Ray container's memory limit (Ray's default is 30); /dev/shm is 10 % larger. A group's rayStartParams object-store-memory (bytes) replaces it.
     */
    memoryPercent?: number;
  };
  extraEnv?: Env;
  /**
   * Extra envFrom sources of every Ray container (Kubernetes EnvFromSource objects); configMapRef and secretRef names are templates evaluated with tpl.
   */
  extraEnvFrom?: {
    /**
     * Prefix of the variable names.
     */
    prefix?: string;
    /**
     * A ConfigMap whose keys become variables.
     */
    configMapRef?: {
      /**
       * ConfigMap name (a template).
       */
      name: string;
      /**
       * Start even when it is missing.
       */
      optional?: boolean;
    };
    /**
     * A Secret whose keys become variables.
     */
    secretRef?: {
      /**
       * Secret name (a template).
       */
      name: string;
      /**
       * Start even when it is missing.
       */
      optional?: boolean;
    };
  }[];
  /**
   * ServiceAccount of the Ray pods (KubeRay binds the autoscaler's Role to it).
   */
  serviceAccount?: {
    /**
     * Create the ServiceAccount.
     */
    create?: boolean;
    /**
     * Name (default <fullname>-ray; 'default' when not created).
     */
    name?: string;
    /**
     * ServiceAccount annotations.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * The Ray head pod.
   */
  head?: {
    /**
     * ray start flags of the head (rendered as strings).
     */
    rayStartParams?: {
      [k: string]: (string | number | boolean) | undefined;
    };
    resources?: Resources;
    /**
     * Node selector.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    affinity?: K8S12;
    /**
     * Pod tolerations.
     */
    tolerations?: K8S27[];
    /**
     * RuntimeClass.
     */
    runtimeClassName?: string;
    /**
     * PriorityClass.
     */
    priorityClassName?: string;
    env?: Env1;
    /**
     * Extra pod volumes.
     */
    volumes?: {}[];
    /**
     * Extra volume mounts.
     */
    volumeMounts?: {}[];
    /**
     * Extra pod labels.
     */
    podLabels?: {
      [k: string]: string | undefined;
    };
    /**
     * Extra pod annotations.
     */
    podAnnotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * Defaults of every worker group: a group's resources merge key by key over these.
   */
  workerDefaults?: {
    resources?: Resources1;
  };
  /**
   * Worker groups (at least one).
   *
   * @minItems 1
   */
  workers?: [WorkerGroup, ...WorkerGroup[]];
  /**
   * Scheduling of GPU worker groups; global.gpu.nodeSelector, global.gpu.toleration and global.gpu.runtimeClassName replace these when set.
   */
  gpu?: {
    /**
     * Extended resource of a GPU.
     */
    resourceName?: string;
    /**
     * Node labels of GPU nodes (NVIDIA GPU feature discovery).
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    toleration?: K8S29;
    /**
     * RuntimeClass of the NVIDIA container runtime; empty uses the node default.
     */
    runtimeClassName?: string;
  };
  /**
   * KubeRay in-tree autoscaling.
   */
  autoscaling?: {
    /**
     * Run the Ray autoscaler as a sidecar of the head.
     */
    enabled?: boolean;
    /**
     * How fast the autoscaler scales up.
     */
    upscalingMode?: 'Default' | 'Aggressive' | 'Conservative';
    /**
     * Seconds before an idle worker is removed.
     */
    idleTimeoutSeconds?: number;
    /**
     * Autoscaler version; empty keeps KubeRay's default.
     */
    version?: '' | 'v1' | 'v2';
    resources?: Resources2;
    env?: Env3;
  };
  /**
   * RayService mode (KubeRay deploys and upgrades Serve applications).
   */
  rayService?: {
    /**
     * Render a RayService instead of a RayCluster.
     */
    enabled?: boolean;
    /**
     * Ray Serve config (serve build format: applications, http_options, ...), rendered into spec.serveConfigV2.
     */
    serveConfigV2?: {};
    /**
     * Seconds a Serve deployment may be unhealthy before KubeRay acts.
     */
    deploymentUnhealthySecondThreshold?: number;
    /**
     * Seconds the Serve service may be unhealthy before KubeRay acts.
     */
    serviceUnhealthySecondThreshold?: number;
  };
  /**
   * MLflow tracking from Ray.
   */
  mlflow?: {
    /**
     * MLFLOW_TRACKING_URI of every Ray container (e.g. http://<mlflow service>:5000), a template evaluated with tpl (e.g. {{ .Release.Name }}); empty sets none.
     */
    trackingUri?: string;
    /**
     * Secret with MLflow credentials (MLFLOW_TRACKING_USERNAME/PASSWORD); empty sets none.
     */
    existingSecret?: string;
    /**
     * Key of the username in existingSecret.
     */
    usernameKey?: string;
    /**
     * Key of the password in existingSecret.
     */
    passwordKey?: string;
  };
  /**
   * The Feast feature server for Ray jobs.
   */
  feast?: {
    /**
     * FEAST_FEATURE_SERVER_URL of every Ray container (e.g. http://<feast server service>:6566), a template evaluated with tpl; empty sets none.
     */
    serverUrl?: string;
  };
  /**
   * S3-compatible storage (MinIO, AWS S3).
   */
  s3?: {
    /**
     * Set the S3 endpoint, region and credentials on every Ray container.
     */
    enabled?: boolean;
    /**
     * Endpoint URL (AWS_ENDPOINT_URL and MLFLOW_S3_ENDPOINT_URL), a template evaluated with tpl; empty uses AWS.
     */
    endpoint?: string;
    /**
     * AWS_REGION / AWS_DEFAULT_REGION.
     */
    region?: string;
    /**
     * Secret holding the access key pair.
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
  };
  /**
   * The head Service (<fullname>-head) and the Serve Service (<fullname>-serve).
   */
  service?: {
    /**
     * Type of the head Service.
     */
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    /**
     * Annotations of the head Service.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
    /**
     * Service ports (the container ports are Ray's defaults).
     */
    ports?: {
      /**
       * Dashboard and Jobs API.
       */
      dashboard?: number;
      /**
       * Ray client.
       */
      client?: number;
      /**
       * GCS.
       */
      gcs?: number;
      /**
       * Ray Serve HTTP.
       */
      serve?: number;
      /**
       * Ray metrics.
       */
      metrics?: number;
    };
  };
  /**
   * The Serve route of the Ingress or HTTPRoute.
   */
  serveRoute?: {
    /**
     * Path prefix.
     */
    path?: string;
    /**
     * Strip the prefix before Serve (HTTPRoute URLRewrite; konghq.com/strip-path on a kong Ingress).
     */
    stripPrefix?: boolean;
  };
  /**
   * Ingress to Serve.
   */
  ingress?: {
    /**
     * Render the Ingress.
     */
    enabled?: boolean;
    /**
     * IngressClass (kong or any).
     */
    className?: string;
    /**
     * Ingress annotations.
     */
    annotations?: {
      [k: string]: string | undefined;
    };
    hosts?: StringList;
    /**
     * Ingress TLS entries.
     */
    tls?: {}[];
  };
  /**
   * Gateway API HTTPRoute to Serve.
   */
  httpRoute?: {
    /**
     * Render the HTTPRoute.
     */
    enabled?: boolean;
    /**
     * Gateways the route attaches to.
     */
    parentRefs?: {}[];
    hostnames?: StringList1;
  };
  /**
   * Istio.
   */
  mesh?: {
    /**
     * Render mesh resources and fix Ray's ports; null follows global.mesh.enabled, then detects security.istio.io/v1.
     */
    enabled?: boolean | null;
    /**
     * PeerAuthentication mode; empty follows global.mesh.mtlsMode, then STRICT.
     */
    mtlsMode?: '' | 'STRICT' | 'PERMISSIVE';
    /**
     * Istio trust domain of principals.
     */
    trustDomain?: string;
    /**
     * Cluster DNS domain (pod FQDNs).
     */
    clusterDomain?: string;
    /**
     * Namespace of istiod (sidecars reach it on 15012); empty follows global.mesh.istiodNamespace, then istio-system.
     */
    istiodNamespace?: string;
    /**
     * Fixed Ray ports under the mesh.
     */
    rayPorts?: {
      /**
       * --node-manager-port.
       */
      nodeManager?: number;
      /**
       * --object-manager-port.
       */
      objectManager?: number;
      /**
       * --runtime-env-agent-port.
       */
      runtimeEnvAgent?: number;
      /**
       * --dashboard-agent-grpc-port.
       */
      dashboardAgentGrpc?: number;
      /**
       * --dashboard-agent-listen-port.
       */
      dashboardAgentListen?: number;
      /**
       * --min-worker-port.
       */
      minWorkerPort?: number;
      /**
       * --max-worker-port (the range is listed port by port; at most 200).
       */
      maxWorkerPort?: number;
    };
    /**
     * Set --node-ip-address to the pod's FQDN under the headless Service.
     */
    podFqdnNodeAddress?: boolean;
    /**
     * Workers wait for the GCS in their own container (replaces the operator's init container).
     */
    waitForGcs?: boolean;
    /**
     * AuthorizationPolicy of the Ray pods (ALLOW; anything else is denied).
     */
    authorization?: {
      /**
       * Render the AuthorizationPolicy.
       */
      enabled?: boolean;
      operatorPrincipals?: StringList2;
      dashboard?: AuthzSources;
      client?: AuthzSources1;
      /**
       * Serve from the gateway.
       */
      serve?: {
        gatewayNamespaces?: StringList5;
        gatewayPrincipals?: StringList6;
      };
    };
  };
  /**
   * NetworkPolicies: default-deny for Ray pods plus allows.
   */
  networkPolicy?: {
    /**
     * Render NetworkPolicies; null follows global.networkPolicy.enabled (default on).
     */
    enabled?: boolean | null;
    /**
     * Pods of the release namespace may reach the client, dashboard and Serve ports.
     */
    allowSameNamespace?: boolean;
    clientPeers?: Peers;
    gatewayPeers?: Peers1;
    operatorPeers?: Peers2;
    /**
     * Egress to MLflow (when mlflow.trackingUri is set or peers are listed).
     */
    mlflow?: {
      peers?: Peers3;
      /**
       * MLflow ports.
       */
      ports?: number[];
    };
    /**
     * Egress to the Feast feature server (when feast.serverUrl is set or peers are listed).
     */
    feast?: {
      peers?: Peers4;
      /**
       * Feast server ports.
       */
      ports?: number[];
    };
    /**
     * Egress to S3 (when s3.enabled).
     */
    s3?: {
      peers?: Peers5;
      /**
       * S3 ports.
       */
      ports?: number[];
    };
    /**
     * Egress of the autoscaler and the operator to the Kubernetes API.
     */
    apiServer?: {
      cidrs?: StringList7;
      /**
       * API server ports.
       */
      ports?: number[];
    };
    /**
     * Extra ingress rules of the Ray pods.
     */
    extraIngress?: {}[];
    /**
     * Extra egress rules of the Ray pods.
     */
    extraEgress?: {}[];
  };
  /**
   * Prometheus.
   */
  metrics?: {
    /**
     * Who scrapes Ray's metrics ports (8080, the head's 44217 and 44227) and the operator's: NetworkPolicy, AuthorizationPolicy and PeerAuthentication open it to them. Each field left out follows global.metrics.scrapers, then kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh).
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
     * PodMonitors of the head (metrics, autoscaler, dashboard) and workers.
     */
    podMonitor?: {
      /**
       * Render PodMonitors; null follows global.monitoring.enabled, then detects monitoring.coreos.com/v1.
       */
      enabled?: boolean | null;
      /**
       * Scrape interval.
       */
      interval?: string;
      /**
       * Extra labels (e.g. the Prometheus release selector).
       */
      labels?: {
        [k: string]: string | undefined;
      };
      /**
       * Scrape scheme (https with tlsConfig when scraping through the mesh).
       */
      scheme?: 'http' | 'https';
      /**
       * PodMonitor tlsConfig (SafeTLSConfig: ca, cert, keySecret from Secrets) of every endpoint.
       */
      tlsConfig?: {};
    };
    /**
     * ServiceMonitor of the bundled operator.
     */
    serviceMonitor?: {
      /**
       * Render it; null follows global.monitoring.enabled, then detects monitoring.coreos.com/v1.
       */
      enabled?: boolean | null;
      /**
       * Extra labels.
       */
      labels?: {
        [k: string]: string | undefined;
      };
    };
  };
  /**
   * The KubeRay operator (optional).
   */
  operator?: {
    /**
     * Deploy the operator with this release.
     */
    enabled?: boolean;
    image?: Image3;
    watchNamespaces?: StringList8;
    /**
     * Leader election (Role on leases in the release namespace).
     */
    leaderElection?: boolean;
    /**
     * ENABLE_INIT_CONTAINER_INJECTION; null disables it when the mesh is on.
     */
    initContainerInjection?: boolean | null;
    /**
     * RBAC options.
     */
    rbac?: {
      /**
       * Add the OpenShift rule (routes).
       */
      openshift?: boolean;
    };
    env?: Env4;
    resources?: Resources3;
    /**
     * Node selector.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    affinity?: K8S30;
    /**
     * Tolerations.
     */
    tolerations?: K8S27[];
    /**
     * Extra pod labels.
     */
    podLabels?: {
      [k: string]: string | undefined;
    };
    /**
     * Extra pod annotations.
     */
    podAnnotations?: {
      [k: string]: string | undefined;
    };
  };
  /**
   * helm test.
   */
  tests?: {
    /**
     * Render the dashboard test pod.
     */
    enabled?: boolean;
    resources?: Resources4;
  };
}
/**
 * Platform-wide values shared with the umbrella chart (imageRegistry, imagePullSecrets, commonLabels, partOf, mesh, networkPolicy, monitoring).
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
 * Ray image of the head and CPU worker groups (rayproject/ray <version>-py311).
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
 * Ray image of GPU worker groups (rayproject/ray <version>-py311-gpu).
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
 * Overrides of the Ray pods' restricted securityContext (runs as uid 1000, user ray).
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * Overrides of the Ray containers' restricted securityContext (read-only root filesystem).
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
 * Resources of the Ray head container.
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
 * Pod affinity.
 */
export interface K8S12 {
  nodeAffinity?: K8S13;
  podAffinity?: K8S19;
  podAntiAffinity?: K8S26;
}
/**
 * Describes node affinity scheduling rules for the pod.
 */
export interface K8S13 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S14[];
  requiredDuringSchedulingIgnoredDuringExecution?: K8S17;
}
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PreferredSchedulingTerm".
 */
export interface K8S14 {
  preference: K8S15;
  /**
   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * A node selector term, associated with the corresponding weight.
 */
export interface K8S15 {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: K8S16[];
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: K8S16[];
}
/**
 * A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorRequirement".
 */
export interface K8S16 {
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
export interface K8S17 {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   */
  nodeSelectorTerms: K8S18[];
}
/**
 * A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorTerm".
 */
export interface K8S18 {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: K8S16[];
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: K8S16[];
}
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 */
export interface K8S19 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S20[];
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S25[];
}
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.WeightedPodAffinityTerm".
 */
export interface K8S20 {
  podAffinityTerm: K8S21;
  /**
   * weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 */
export interface K8S21 {
  labelSelector?: K8S22;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   */
  matchLabelKeys?: string[];
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   */
  mismatchLabelKeys?: string[];
  namespaceSelector?: K8S24;
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
export interface K8S22 {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8S23[];
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelectorRequirement".
 */
export interface K8S23 {
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
export interface K8S24 {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8S23[];
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinityTerm".
 */
export interface K8S25 {
  labelSelector?: K8S22;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   */
  matchLabelKeys?: string[];
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   */
  mismatchLabelKeys?: string[];
  namespaceSelector?: K8S24;
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
export interface K8S26 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S20[];
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S25[];
}
/**
 * The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.Toleration".
 */
export interface K8S27 {
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
 * Resources of every worker group's Ray container (a group's own resources override them key by key; GPUs come from the group's gpu value).
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
 * A Ray worker group.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "workerGroup".
 */
export interface WorkerGroup {
  /**
   * Group name (KubeRay groupName, the ray.io/group label).
   */
  name: string;
  /**
   * Initial replicas (between minReplicas and maxReplicas); the autoscaler changes it.
   */
  replicas?: number;
  /**
   * Fewest replicas the autoscaler keeps.
   */
  minReplicas?: number;
  /**
   * Most replicas the autoscaler starts.
   */
  maxReplicas: number;
  /**
   * Whole GPUs per pod (nvidia.com/gpu limit); > 0 also adds the GPU toleration, node selector, runtime class and gpuImage.
   */
  gpu?: number;
  /**
   * Tolerate the GPU taint without requesting GPUs (not recommended: it lets CPU pods take GPU nodes).
   */
  tolerateGpuTaint?: boolean;
  image?: Image2;
  /**
   * ray start flags of the group's pods (rendered as strings).
   */
  rayStartParams?: {
    [k: string]: (string | number | boolean) | undefined;
  };
  resources?: WorkerResources;
  /**
   * Node selector (merged over gpu.nodeSelector for GPU groups).
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  affinity?: K8S28;
  /**
   * Pod tolerations (GPU groups also get gpu.toleration).
   */
  tolerations?: K8S27[];
  /**
   * RuntimeClass (GPU groups default to gpu.runtimeClassName).
   */
  runtimeClassName?: string;
  /**
   * Seconds an idle worker of this group lives before the autoscaler removes it.
   */
  idleTimeoutSeconds?: number;
  env?: Env2;
  /**
   * Extra pod volumes.
   */
  volumes?: {}[];
  /**
   * Extra volume mounts of the Ray container.
   */
  volumeMounts?: {}[];
  /**
   * Extra pod labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra pod annotations.
   */
  podAnnotations?: {
    [k: string]: string | undefined;
  };
}
/**
 * Image of this group (default: image, or gpuImage when gpu > 0).
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
 * Resources of the Ray container, merged key by key over workerDefaults.resources.
 */
export interface WorkerResources {
  requests?: ResourceList;
  limits?: ResourceList1;
}
/**
 * Requests over workerDefaults.resources.requests.
 */
export interface ResourceList {
  [k: string]: Quantity | undefined;
}
/**
 * Limits over workerDefaults.resources.limits; GPUs come from the group's gpu value.
 */
export interface ResourceList1 {
  [k: string]: Quantity | undefined;
}
/**
 * Pod affinity.
 */
export interface K8S28 {
  nodeAffinity?: K8S13;
  podAffinity?: K8S19;
  podAntiAffinity?: K8S26;
}
/**
 * The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.
 */
export interface K8S29 {
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
 * Resources of the autoscaler container.
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
 * Read-only (GET, HEAD) dashboard access.
 */
export interface AuthzSources {
  /**
   * Allow the release namespace.
   */
  allowSameNamespace?: boolean;
  namespaces?: StringList3;
  principals?: StringList4;
}
/**
 * Ray client (10001) access.
 */
export interface AuthzSources1 {
  /**
   * Allow the release namespace.
   */
  allowSameNamespace?: boolean;
  namespaces?: StringList3;
  principals?: StringList4;
}
/**
 * A NetworkPolicy peer: pods by labels, a namespace by name, or both; or a CIDR.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "peer".
 */
export interface Peer {
  /**
   * Namespace name (kubernetes.io/metadata.name).
   */
  namespace?: string;
  /**
   * Pod labels.
   */
  podLabels?: {
    [k: string]: string | undefined;
  };
  /**
   * An IP block in CIDR notation.
   */
  cidr?: string;
}
/**
 * Operator image (quay.io/kuberay/operator).
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
 * Operator resources.
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
 * Affinity.
 */
export interface K8S30 {
  nodeAffinity?: K8S13;
  podAffinity?: K8S19;
  podAntiAffinity?: K8S26;
}
/**
 * Test pod resources.
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
 * Who may call: namespaces and Istio principals.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "authzSources".
 */
export interface AuthzSources2 {
  /**
   * Allow the release namespace.
   */
  allowSameNamespace?: boolean;
  namespaces?: StringList3;
  principals?: StringList4;
}
/**
 * A worker group's resources: requests and limits that override workerDefaults.resources key by key.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "workerResources".
 */
export interface WorkerResources1 {
  requests?: ResourceList;
  limits?: ResourceList1;
}
/**
 * Platform-wide values the umbrella chart sets for every component chart; each chart validates them (installed alone too).
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "image".
 */
export interface Image4 {
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.Affinity".
 */
export interface K8SAffinity {
  nodeAffinity?: K8S13;
  podAffinity?: K8S19;
  podAntiAffinity?: K8S26;
}
/**
 * AppArmorProfile defines a pod or container's AppArmor settings.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelector".
 */
export interface K8SLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8S23[];
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeAffinity".
 */
export interface K8SNodeAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S14[];
  requiredDuringSchedulingIgnoredDuringExecution?: K8S17;
}
/**
 * A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelector".
 */
export interface K8SNodeSelector {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   */
  nodeSelectorTerms: K8S18[];
}
/**
 * Pod affinity is a group of inter pod affinity scheduling rules.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinity".
 */
export interface K8SPodAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S20[];
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S25[];
}
/**
 * Pod anti affinity is a group of inter pod anti affinity scheduling rules.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodAntiAffinity".
 */
export interface K8SPodAntiAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8S20[];
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8S25[];
}
/**
 * PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
 * Resource name (cpu, memory, ...) to quantity.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "resourceList".
 */
export interface ResourceList2 {
  [k: string]: Quantity | undefined;
}
/**
 * Container resources: cpu and memory requests and a memory limit.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "resources".
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
