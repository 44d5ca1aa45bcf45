/* Generated from charts/ray-cluster/values.schema.json by `npm run gen`. Do not edit. */

/**
 * Extra environment of every Ray container.
 */
export type Env = {
  name: string;
}[];
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

export interface RayClusterValues {
  /**
   * Values of the ml-common library chart (it takes none).
   */
  'ml-common'?: {};
  /**
   * Platform-wide values shared with the umbrella chart (imageRegistry, imagePullSecrets, commonLabels, partOf, mesh, networkPolicy, monitoring).
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
   * Image pull secrets (names or {name}).
   */
  imagePullSecrets?: (string | {})[];
  image?: Image;
  gpuImage?: Image1;
  /**
   * Ray version of the images (RayCluster spec.rayVersion; checked by helm test).
   */
  rayVersion?: string;
  /**
   * Overrides of the Ray pods' restricted securityContext (runs as uid 1000, user ray).
   */
  podSecurityContext?: {};
  /**
   * Overrides of the Ray containers' restricted securityContext (read-only root filesystem).
   */
  securityContext?: {};
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
   * sizeLimit of the in-memory /dev/shm emptyDir (Ray's object store).
   */
  shmSizeLimit?: string | null;
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
    /**
     * Pod affinity.
     */
    affinity?: {};
    /**
     * Pod tolerations.
     */
    tolerations?: {}[];
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
    /**
     * Toleration of the GPU nodes' taint.
     */
    toleration?: {};
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
    /**
     * Affinity.
     */
    affinity?: {};
    /**
     * Tolerations.
     */
    tolerations?: {}[];
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
  repository: string;
  /**
   * Image tag (not latest).
   */
  tag?: string;
  /**
   * Image digest (sha256:...); pins the content.
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
  repository: string;
  /**
   * Image tag (not latest).
   */
  tag?: string;
  /**
   * Image digest (sha256:...); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Resources of the Ray head container.
 */
export interface Resources {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...); GPUs come from the group's gpu value.
   */
  limits?: {
    [k: string]: (string | number) | undefined;
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
  resources?: Resources1;
  /**
   * Node selector (merged over gpu.nodeSelector for GPU groups).
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Pod affinity.
   */
  affinity?: {};
  /**
   * Pod tolerations (GPU groups also get gpu.toleration).
   */
  tolerations?: {}[];
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
  repository: string;
  /**
   * Image tag (not latest).
   */
  tag?: string;
  /**
   * Image digest (sha256:...); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Resources of the Ray container.
 */
export interface Resources1 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...); GPUs come from the group's gpu value.
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * Resources of the autoscaler container.
 */
export interface Resources2 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...); GPUs come from the group's gpu value.
   */
  limits?: {
    [k: string]: (string | number) | undefined;
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
  repository: string;
  /**
   * Image tag (not latest).
   */
  tag?: string;
  /**
   * Image digest (sha256:...); pins the content.
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
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...); GPUs come from the group's gpu value.
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * Test pod resources.
 */
export interface Resources4 {
  /**
   * Requests (cpu, memory, ...).
   */
  requests?: {
    [k: string]: (string | number) | undefined;
  };
  /**
   * Limits (memory, ...); GPUs come from the group's gpu value.
   */
  limits?: {
    [k: string]: (string | number) | undefined;
  };
}
/**
 * A container image.
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
  repository: string;
  /**
   * Image tag (not latest).
   */
  tag?: string;
  /**
   * Image digest (sha256:...); pins the content.
   */
  digest?: string;
  /**
   * Kubernetes imagePullPolicy.
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
}
/**
 * Kubernetes resource requests and limits.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
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
   * Limits (memory, ...); GPUs come from the group's gpu value.
   */
  limits?: {
    [k: string]: (string | number) | undefined;
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
