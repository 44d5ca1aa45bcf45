/* Generated from charts/ray-cluster/values.yaml (through values.schema.json) by `npx mlp gen`. Do not edit. */
import type {
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
  Postgresql as SharedPostgresql,
  Quantity as SharedQuantity,
  Redis as SharedRedis,
  Replicas as SharedReplicas,
  ResourceList as SharedResourceList,
  Resources as SharedResources,
  S3 as SharedS3,
  ServiceEgress as SharedServiceEgress
} from './shared.ts';

/**
 * Extra environment variables for every Ray container (Kubernetes EnvVar objects).
 */
export type Env = {
  name: string;
}[];
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.Toleration".
 */
export type K8SToleration = SharedK8SToleration;
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
 * Principals allowed to the dashboard and Serve with every method (an operator installed elsewhere).
 */
export type StringList = string[];
/**
 * Source namespaces.
 */
export type StringList1 = string[];
/**
 * Source principals (<trust domain>/ns/<ns>/sa/<sa>).
 */
export type StringList2 = string[];
/**
 * Gateway namespaces.
 */
export type StringList3 = string[];
/**
 * Gateway principals.
 */
export type StringList4 = string[];
/**
 * API server CIDRs; empty allows the ports to any destination.
 */
export type StringList5 = string[];
/**
 * Namespaces to watch; empty watches every namespace (ClusterRole). Listed namespaces get Roles.
 */
export type StringList6 = string[];
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
 * A list of strings.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "stringList".
 */
export type StringList7 = string[];
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "caBundle".
 */
export type CaBundle = SharedCaBundle;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = SharedDnsLabel;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "global".
 */
export type Global = SharedGlobal;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "httpRoute".
 */
export type HttpRoute = SharedHttpRoute;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "image".
 */
export type Image = SharedImage;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "ingress".
 */
export type Ingress = SharedIngress;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.Affinity".
 */
export type K8SAffinity = SharedK8SAffinity;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.AppArmorProfile".
 */
export type K8SAppArmorProfile = SharedK8SAppArmorProfile;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.Capabilities".
 */
export type K8SCapabilities = SharedK8SCapabilities;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelector".
 */
export type K8SLabelSelector = SharedK8SLabelSelector;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.LabelSelectorRequirement".
 */
export type K8SLabelSelectorRequirement = SharedK8SLabelSelectorRequirement;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeAffinity".
 */
export type K8SNodeAffinity = SharedK8SNodeAffinity;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelector".
 */
export type K8SNodeSelector = SharedK8SNodeSelector;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorRequirement".
 */
export type K8SNodeSelectorRequirement = SharedK8SNodeSelectorRequirement;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorTerm".
 */
export type K8SNodeSelectorTerm = SharedK8SNodeSelectorTerm;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinity".
 */
export type K8SPodAffinity = SharedK8SPodAffinity;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodAffinityTerm".
 */
export type K8SPodAffinityTerm = SharedK8SPodAffinityTerm;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodAntiAffinity".
 */
export type K8SPodAntiAffinity = SharedK8SPodAntiAffinity;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PodSecurityContext".
 */
export type K8SPodSecurityContext = SharedK8SPodSecurityContext;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.PreferredSchedulingTerm".
 */
export type K8SPreferredSchedulingTerm = SharedK8SPreferredSchedulingTerm;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.SELinuxOptions".
 */
export type K8SSELinuxOptions = SharedK8SSELinuxOptions;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.SeccompProfile".
 */
export type K8SSeccompProfile = SharedK8SSeccompProfile;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.SecurityContext".
 */
export type K8SSecurityContext = SharedK8SSecurityContext;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.Sysctl".
 */
export type K8SSysctl = SharedK8SSysctl;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.WeightedPodAffinityTerm".
 */
export type K8SWeightedPodAffinityTerm = SharedK8SWeightedPodAffinityTerm;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "k8s.WindowsSecurityContextOptions".
 */
export type K8SWindowsSecurityContextOptions = SharedK8SWindowsSecurityContextOptions;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "metricsScrapers".
 */
export type MetricsScrapers = SharedMetricsScrapers;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "networkPeer".
 */
export type NetworkPeer = SharedNetworkPeer;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "networkPeers".
 */
export type NetworkPeers = SharedNetworkPeers;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "postgresql".
 */
export type Postgresql = SharedPostgresql;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = SharedQuantity;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "redis".
 */
export type Redis = SharedRedis;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "replicas".
 */
export type Replicas = SharedReplicas;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "resourceList".
 */
export type ResourceList = SharedResourceList;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "resources".
 */
export type Resources = SharedResources;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "s3".
 */
export type S3 = SharedS3;
/**
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "serviceEgress".
 */
export type ServiceEgress = SharedServiceEgress;

export interface RayClusterValues {
  /**
   * Platform-wide values shared with the umbrella chart (imageRegistry, imagePullSecrets, commonLabels, partOf, mesh, networkPolicy, monitoring).
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
  imagePullSecrets?: (string | {})[];
  /**
   * Ray image of the head and CPU worker groups (rayproject/ray tags are <ray version>-py<python>[-gpu]; the chart's appVersion is the Ray version).
   */
  image?: SharedImage;
  /**
   * Ray image of GPU worker groups (rayproject/ray <version>-py311-gpu).
   */
  gpuImage?: SharedImage;
  /**
   * Ray version the RayCluster declares (spec.rayVersion); keep it equal to the images' Ray version.
   */
  rayVersion?: string;
  /**
   * Overrides of the Ray pods' restricted securityContext (runs as uid 1000, user ray).
   */
  podSecurityContext?: SharedK8SPodSecurityContext;
  /**
   * Overrides of the Ray containers' restricted securityContext (read-only root filesystem).
   */
  securityContext?: SharedK8SSecurityContext;
  /**
   * Writable emptyDirs of the Ray containers (the root filesystem stays read-only); /dev/shm is mounted separately.
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
   * Ray's object store lives in /dev/shm, a memory-backed emptyDir (it counts against the pod's memory). Every Ray pod gets object-store-memory = memoryPercent of its Ray container's memory limit (30 is Ray's own default share) and a /dev/shm 10 % larger than that: Ray moves the store to a slow /tmp when /dev/shm is smaller. A group's rayStartParams object-store-memory (bytes) replaces the share.
   */
  objectStore?: {
    /**
     * object-store-memory of every Ray pod as a percentage of its Ray container's memory limit (Ray's default is 30); /dev/shm is 10 % larger. A group's rayStartParams object-store-memory (bytes) replaces it.
     */
    memoryPercent?: number;
  };
  extraEnv?: Env;
  /**
   * Extra envFrom sources of every Ray container (Kubernetes EnvFromSource objects); configMapRef and secretRef names are templates (the umbrella points Ray at its services' endpoints this way).
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
     * ray start flags of the head (values are strings, as KubeRay requires). num-cpus 0 keeps work off the head.
     */
    rayStartParams?: {
      [k: string]: (string | number | boolean) | undefined;
    };
    /**
     * Resources of the Ray head container.
     */
    resources?: SharedResources;
    /**
     * Node selector.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    /**
     * Pod affinity.
     */
    affinity?: SharedK8SAffinity;
    /**
     * Pod tolerations.
     */
    tolerations?: K8SToleration[];
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
   * What every worker group starts from: a group's resources merge key by key over these, so a group that sets only limits.memory keeps the cpu and memory requests.
   */
  workerDefaults?: {
    /**
     * Resources of every worker group's Ray container (a group's own resources override them key by key; GPUs come from the group's gpu value).
     */
    resources?: SharedResources;
  };
  /**
   * Worker groups (at least one). A group with gpu > 0 gets nvidia.com/gpu limits, the GPU taint toleration, GPU node selection and gpuImage.
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
     * Label the NVIDIA GPU operator (GPU feature discovery) sets on GPU nodes.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    /**
     * Toleration of the taint GPU node pools carry.
     */
    toleration?: SharedK8SToleration;
    /**
     * RuntimeClass of the NVIDIA container runtime (e.g. "nvidia"); empty uses the node's default runtime.
     */
    runtimeClassName?: string;
  };
  /**
   * KubeRay in-tree autoscaling (the autoscaler runs as a sidecar of the head pod).
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
     * Autoscaler version (v1 or v2); empty keeps KubeRay's default.
     */
    version?: '' | 'v1' | 'v2';
    /**
     * Resources of the autoscaler container.
     */
    resources?: SharedResources;
    env?: Env3;
  };
  /**
   * RayService mode: Serve applications deployed and upgraded by KubeRay instead of a bare RayCluster.
   */
  rayService?: {
    /**
     * Render a RayService instead of a RayCluster.
     */
    enabled?: boolean;
    /**
     * Ray Serve config (serve build format: applications, http_options, ...), rendered into spec.serveConfigV2.
     */
    serveConfigV2?: {
      [k: string]: unknown | undefined;
    };
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
   * MLflow tracking for Ray jobs (MLFLOW_TRACKING_URI on every Ray container).
   */
  mlflow?: {
    /**
     * MLFLOW_TRACKING_URI of every Ray container (e.g. http://<mlflow service>:5000), a template evaluated with tpl (e.g. {{ .Release.Name }}); empty sets none.
     */
    trackingUri?: string;
    /**
     * Optional Secret with MLflow basic-auth credentials (MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD).
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
   * The Feast feature server for Ray jobs (FEAST_FEATURE_SERVER_URL on every Ray container); a template.
   */
  feast?: {
    /**
     * FEAST_FEATURE_SERVER_URL of every Ray container (e.g. http://<feast server service>:6566), a template evaluated with tpl; empty sets none.
     */
    serverUrl?: string;
  };
  /**
   * S3-compatible object storage (MinIO or AWS S3) for Ray Data, checkpoints and MLflow artifacts: every Ray container gets its endpoint (AWS_ENDPOINT_URL, MLFLOW_S3_ENDPOINT_URL), region and key pair when this block or global.s3 names an endpoint or a Secret. Each field left empty takes global.s3's.
   */
  s3?: SharedS3;
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
   * Where the platform routes to Ray Serve (ingress and httpRoute).
   */
  serveRoute?: {
    /**
     * Path prefix of the HTTPRoute, and of the Ingress hosts that list no paths.
     */
    path?: string;
    /**
     * Strip the prefix before Serve sees the request (HTTPRoute URLRewrite; Kong's strip-path annotation on Ingress).
     */
    stripPrefix?: boolean;
  };
  /**
   * Ingress to Serve (ml-common's ingress shape); no hosts: one rule for any host at serveRoute.path.
   */
  ingress?: SharedIngress;
  /**
   * Gateway API HTTPRoute to Serve at serveRoute.path (ml-common's httpRoute shape).
   */
  httpRoute?: SharedHttpRoute;
  /**
   * Istio.
   */
  mesh?: {
    /**
     * Render mesh resources and fix Ray's ports; null follows global.mesh.enabled, then detects security.istio.io/v1.
     */
    enabled?: boolean | null;
    /**
     * STRICT (default) or PERMISSIVE; global.mesh.mtlsMode applies when this is empty.
     */
    mtlsMode?: '' | 'STRICT' | 'PERMISSIVE';
    /**
     * Istio trust domain of principals.
     */
    trustDomain?: string;
    /**
     * Namespace of istiod (sidecars reach it on 15012); empty follows global.mesh.istiodNamespace, then istio-system.
     */
    istiodNamespace?: string;
    /**
     * Fixed Ray ports (rayStartParams) that a headless Service lists, so sidecars originate mTLS to every Ray port.
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
     * Start Ray with the pod's FQDN under the headless Service (Istio L7 telemetry per pod).
     */
    podFqdnNodeAddress?: boolean;
    /**
     * Workers wait for the GCS in their own container (the operator's init container is disabled under STRICT).
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
      operatorPrincipals?: StringList;
      dashboard?: AuthzSources;
      client?: AuthzSources1;
      /**
       * Serve from the gateway.
       */
      serve?: {
        gatewayNamespaces?: StringList3;
        gatewayPrincipals?: StringList4;
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
    /**
     * Other clients of the client, dashboard and Serve ports.
     */
    ingressFrom?: SharedNetworkPeers;
    /**
     * Gateways that reach Serve.
     */
    gatewayPeers?: SharedNetworkPeers;
    /**
     * The KubeRay operator (RayService/RayJob status, Serve deploys) when it runs outside this release.
     */
    operatorPeers?: SharedNetworkPeers;
    /**
     * Egress to MLflow and Feast: rendered when mlflow.trackingUri / feast.serverUrl is set or peers are listed; empty peers allow any destination on the ports.
     */
    mlflow?: {
      /**
       * MLflow peers; empty allows the ports to any destination.
       */
      peers?: SharedNetworkPeers;
      /**
       * MLflow ports.
       */
      ports?: number[];
    };
    /**
     * Egress to the Feast feature server (when feast.serverUrl is set or peers are listed).
     */
    feast?: {
      /**
       * Feast server peers; empty allows the ports to any destination.
       */
      peers?: SharedNetworkPeers;
      /**
       * Feast server ports.
       */
      ports?: number[];
    };
    /**
     * Where the external services run.
     */
    egressTo?: {
      /**
       * Where the S3 store runs (egress when s3 or global.s3 names an endpoint or a Secret, on the endpoint's port: 80/443 by scheme when the URL names none, 443 for AWS); empty: global.networkPolicy.egressTo.s3, else any destination on the port.
       */
      s3?: SharedNetworkPeers;
    };
    /**
     * Egress of the autoscaler and the operator to the Kubernetes API.
     */
    apiServer?: {
      cidrs?: StringList5;
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
     * Who scrapes the metrics ports of Ray (8080, the head's 44217 and 44227) and of the operator (NetworkPolicy, AuthorizationPolicy, PeerAuthentication): namespaces, podLabels, inMesh, principals. Each field left out follows global.metrics.scrapers, then kube-prometheus-stack's Prometheus (namespace monitoring, pods app.kubernetes.io/name=prometheus, outside the mesh).
     */
    scrapers?: SharedMetricsScrapers;
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
       * https with a tlsConfig (Secret-based SafeTLSConfig) when Prometheus scrapes through the mesh (scrapers.inMesh).
       */
      scheme?: 'http' | 'https';
      /**
       * PodMonitor tlsConfig (SafeTLSConfig: ca, cert, keySecret from Secrets) of every endpoint.
       */
      tlsConfig?: {
        [k: string]: unknown | undefined;
      };
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
   * The KubeRay operator. Off by default: most clusters run one shared operator.
   */
  operator?: {
    /**
     * Deploy the operator with this release.
     */
    enabled?: boolean;
    /**
     * Operator image (quay.io/kuberay/operator).
     */
    image?: SharedImage;
    watchNamespaces?: StringList6;
    /**
     * Leader election (Role on leases in the release namespace).
     */
    leaderElection?: boolean;
    /**
     * ENABLE_INIT_CONTAINER_INJECTION; null turns it off when the mesh is on (STRICT mTLS) and on otherwise.
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
    /**
     * Operator resources.
     */
    resources?: SharedResources;
    /**
     * Node selector.
     */
    nodeSelector?: {
      [k: string]: string | undefined;
    };
    /**
     * Affinity.
     */
    affinity?: SharedK8SAffinity;
    /**
     * Tolerations.
     */
    tolerations?: K8SToleration[];
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
    /**
     * On `helm uninstall`, a pre-delete hook Job deletes the RayCluster/RayService and waits until this release's operator has removed its finalizer (otherwise the operator goes first and the resource holds the namespace).
     */
    uninstallCleanup?: {
      /**
       * Run the pre-delete cleanup Job (Ray image's Python; a Role to get/delete that one object).
       */
      enabled?: boolean;
      /**
       * How long the Job waits for the resource to be gone before it fails the uninstall.
       */
      timeoutSeconds?: number;
      /**
       * Cleanup Job resources.
       */
      resources?: SharedResources;
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
    /**
     * Test pod resources.
     */
    resources?: SharedResources;
  };
  /**
   * Values of the ml-common chart.
   */
  'ml-common'?: {};
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
  replicas?: SharedReplicas;
  /**
   * Fewest replicas the autoscaler keeps.
   */
  minReplicas?: SharedReplicas;
  /**
   * Most replicas the autoscaler starts.
   */
  maxReplicas: SharedReplicas;
  /**
   * Whole GPUs per pod (nvidia.com/gpu limit); > 0 also adds the GPU toleration, node selector, runtime class and gpuImage.
   */
  gpu?: number;
  /**
   * ray start flags of the group's pods (rendered as strings).
   */
  rayStartParams?: {
    [k: string]: (string | number | boolean) | undefined;
  };
  /**
   * Node selector (merged over gpu.nodeSelector for GPU groups).
   */
  nodeSelector?: {
    [k: string]: string | undefined;
  };
  /**
   * Pod affinity.
   */
  affinity?: SharedK8SAffinity;
  /**
   * Pod tolerations (GPU groups also get gpu.toleration).
   */
  tolerations?: K8SToleration[];
  /**
   * RuntimeClass (GPU groups default to gpu.runtimeClassName).
   */
  runtimeClassName?: string;
  /**
   * PriorityClass of the group's pods.
   */
  priorityClassName?: string;
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
  /**
   * Tolerate the GPU taint without requesting GPUs (not recommended: it lets CPU pods take GPU nodes).
   */
  tolerateGpuTaint?: boolean;
  /**
   * Image of this group (default: image, or gpuImage when gpu > 0).
   */
  image?: SharedImage;
  resources?: WorkerResources;
  /**
   * Seconds an idle worker of this group lives before the autoscaler removes it.
   */
  idleTimeoutSeconds?: number;
}
/**
 * Resources of the Ray container, merged key by key over workerDefaults.resources.
 */
export interface WorkerResources {
  /**
   * Requests over workerDefaults.resources.requests.
   */
  requests?: SharedResourceList;
  /**
   * Limits over workerDefaults.resources.limits; GPUs come from the group's gpu value.
   */
  limits?: SharedResourceList;
}
/**
 * Read-only (GET, HEAD) dashboard access.
 */
export interface AuthzSources {
  /**
   * Allow the release namespace.
   */
  allowSameNamespace?: boolean;
  namespaces?: StringList1;
  principals?: StringList2;
}
/**
 * Ray client (10001) access.
 */
export interface AuthzSources1 {
  /**
   * Allow the release namespace.
   */
  allowSameNamespace?: boolean;
  namespaces?: StringList1;
  principals?: StringList2;
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
  namespaces?: StringList1;
  principals?: StringList2;
}
/**
 * A worker group's resources: requests and limits that override workerDefaults.resources key by key.
 *
 * This interface was referenced by `RayClusterValues`'s JSON-Schema
 * via the `definition` "workerResources".
 */
export interface WorkerResources1 {
  /**
   * Requests over workerDefaults.resources.requests.
   */
  requests?: SharedResourceList;
  /**
   * Limits over workerDefaults.resources.limits; GPUs come from the group's gpu value.
   */
  limits?: SharedResourceList;
}
