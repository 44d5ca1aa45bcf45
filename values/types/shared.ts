/* Generated from charts/ml-common/schema (the shared values fragments) by `npx mlp gen`. Do not edit. */

/**
 * A HorizontalPodAutoscaler replica bound (int32, at least 1).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "autoscalerReplicas".
 */
export type AutoscalerReplicas = number;
/**
 * A DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters; Service names need the leading letter, and an all-digit name would render as a number), or empty.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "dnsLabel".
 */
export type DnsLabel = string;
/**
 * Peers where PostgreSQL runs.
 */
export type NetworkPeers = NetworkPeer[];
/**
 * Peers where Redis runs.
 */
export type NetworkPeers1 = NetworkPeer[];
/**
 * Peers where the S3 store runs.
 */
export type NetworkPeers2 = NetworkPeer[];
/**
 * A number of pods or a percentage of them (0%-100%).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "intOrPercent".
 */
export type IntOrPercent = number | string;
/**
 * NetworkPolicy peers.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "networkPeers".
 */
export type NetworkPeers3 = NetworkPeer[];
/**
 * A number of pods or a percentage of them (0%-100%), or null (not set).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "optionalIntOrPercent".
 */
export type OptionalIntOrPercent = number | string | null;
/**
 * A number of pods or a percentage of them (0%-100%), or null (not set).
 */
export type OptionalIntOrPercent1 = number | string | null;
/**
 * A number of pods or a percentage of them (0%-100%), or null (not set).
 */
export type OptionalIntOrPercent2 = number | string | null;
/**
 * A non-negative Kubernetes quantity: a number with an optional suffix (m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent e3), e.g. 500m, 2, 8Gi.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "quantity".
 */
export type Quantity = string | number;
/**
 * A number of pods (int32).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "replicas".
 */
export type Replicas = number;

/**
 * Every shared fragment by its definition name.
 */
export interface SharedDefinitions {
  autoscalerReplicas?: AutoscalerReplicas;
  caBundle?: CaBundle;
  dnsLabel?: DnsLabel;
  global?: Global;
  httpRoute?: HttpRoute;
  image?: Image;
  ingress?: Ingress;
  intOrPercent?: IntOrPercent;
  'k8s.Affinity'?: K8SAffinity;
  'k8s.AppArmorProfile'?: K8SAppArmorProfile;
  'k8s.Capabilities'?: K8SCapabilities;
  'k8s.LabelSelector'?: K8SLabelSelector2;
  'k8s.LabelSelectorRequirement'?: K8SLabelSelectorRequirement;
  'k8s.NodeAffinity'?: K8SNodeAffinity1;
  'k8s.NodeSelector'?: K8SNodeSelector1;
  'k8s.NodeSelectorRequirement'?: K8SNodeSelectorRequirement;
  'k8s.NodeSelectorTerm'?: K8SNodeSelectorTerm1;
  'k8s.PodAffinity'?: K8SPodAffinity1;
  'k8s.PodAffinityTerm'?: K8SPodAffinityTerm1;
  'k8s.PodAntiAffinity'?: K8SPodAntiAffinity1;
  'k8s.PodSecurityContext'?: K8SPodSecurityContext;
  'k8s.PreferredSchedulingTerm'?: K8SPreferredSchedulingTerm;
  'k8s.SELinuxOptions'?: K8SSELinuxOptions1;
  'k8s.SeccompProfile'?: K8SSeccompProfile1;
  'k8s.SecurityContext'?: K8SSecurityContext;
  'k8s.Sysctl'?: K8SSysctl;
  'k8s.Toleration'?: K8SToleration;
  'k8s.WeightedPodAffinityTerm'?: K8SWeightedPodAffinityTerm;
  'k8s.WindowsSecurityContextOptions'?: K8SWindowsSecurityContextOptions2;
  metricsScrapers?: MetricsScrapers1;
  networkPeer?: NetworkPeer;
  networkPeers?: NetworkPeers3;
  optionalIntOrPercent?: OptionalIntOrPercent;
  persistence?: Persistence;
  podDisruptionBudget?: PodDisruptionBudget;
  postgresql?: Postgresql1;
  quantity?: Quantity;
  redis?: Redis1;
  replicas?: Replicas;
  resourceList?: ResourceList;
  resources?: Resources;
  s3?: S31;
  serviceEgress?: ServiceEgress1;
}
/**
 * PEM bundle of the CA(s) that verify the server's certificate: one key of a Secret or of a ConfigMap in the release namespace, mounted at /etc/ml-platform/ca/<client>/ca.crt. Both names empty: the client's default CAs.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "caBundle".
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
 * Platform-wide values the umbrella chart sets for every component chart; each chart validates them (installed alone too).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "global".
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
    egressTo?: ServiceEgress;
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
    scrapers?: MetricsScrapers;
  };
  /**
   * DNS domain of the cluster (Service names <svc>.<namespace>.svc.<domain>); empty: cluster.local.
   */
  clusterDomain?: string;
  postgresql?: Postgresql;
  s3?: S3;
  redis?: Redis;
}
/**
 * Where the platform's PostgreSQL, Redis and S3 run, named once: each chart's networkPolicy.egressTo.<service> left empty takes these peers.
 */
export interface ServiceEgress {
  postgresql?: NetworkPeers;
  redis?: NetworkPeers1;
  s3?: NetworkPeers2;
}
/**
 * A NetworkPolicy peer: pods by labels (in namespace, or the release's namespace), a namespace by name, or both; or a CIDR.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "networkPeer".
 */
export interface NetworkPeer {
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
 * Who scrapes the metrics ports of every chart: NetworkPolicy, AuthorizationPolicy and PeerAuthentication open them to it. A field left out takes kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh); a chart's metrics.scrapers overrides it field by field.
 */
export interface MetricsScrapers {
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
}
/**
 * The platform's PostgreSQL, named once: every chart's postgresql takes each field it leaves empty from here.
 */
export interface Postgresql {
  /**
   * Host name, a template evaluated with tpl (the chart checks the result) (e.g. postgresql.data.svc); empty: global.postgresql.host.
   */
  host?: string;
  /**
   * Port; null: global.postgresql.port, then 5432.
   */
  port?: number | null;
  /**
   * Database, the chart's own store: its default names it (feast, mlflow) and wins over global.postgresql.database, which reaches only a chart whose database is empty.
   */
  database?: string;
  /**
   * Role the chart connects as (unless usernameKey reads it from the Secret); empty: global.postgresql.user, then the database's name.
   */
  user?: string;
  /**
   * Existing Secret holding the role's password; empty: global.postgresql.existingSecret.
   */
  existingSecret?: string;
  /**
   * Key of the password in existingSecret; empty: global.postgresql.passwordKey, then password.
   */
  passwordKey?: string;
  /**
   * Key of existingSecret holding the role name (instead of user), where the chart supports it; empty: global.postgresql.usernameKey: user.
   */
  usernameKey?: string;
  /**
   * libpq sslmode; empty: global.postgresql.sslMode, then require. verify-ca and verify-full need caBundle.
   */
  sslMode?: '' | 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
  caBundle?: CaBundle1;
}
/**
 * PEM bundle of the CA(s) that verify the server's certificate: one key of a Secret or of a ConfigMap in the release namespace, mounted at /etc/ml-platform/ca/<client>/ca.crt. Both names empty: the client's default CAs.
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
 * The platform's S3 store, named once: every chart's s3 takes each field it leaves empty from here.
 */
export interface S3 {
  /**
   * Endpoint URL, http(s)://host[:port] (MinIO), a template evaluated with tpl (the chart checks the result); empty: global.s3.endpoint, then AWS.
   */
  endpoint?: string;
  /**
   * Region; empty: global.s3.region, then us-east-1.
   */
  region?: string;
  /**
   * Bucket, where the chart uses one: the chart's own store (mlflow-platform's default mlflow wins over global.s3.bucket); empty: global.s3.bucket.
   */
  bucket?: string;
  /**
   * Existing Secret holding the access key pair; empty: global.s3.existingSecret: no static keys.
   */
  existingSecret?: string;
  /**
   * Key of the access key id in existingSecret; empty: global.s3.accessKeyIdKey, then AWS_ACCESS_KEY_ID.
   */
  accessKeyIdKey?: string;
  /**
   * Key of the secret access key in existingSecret; empty: global.s3.secretAccessKeyKey, then AWS_SECRET_ACCESS_KEY.
   */
  secretAccessKeyKey?: string;
  caBundle?: CaBundle2;
}
/**
 * PEM bundle of the CA(s) that verify the server's certificate: one key of a Secret or of a ConfigMap in the release namespace, mounted at /etc/ml-platform/ca/<client>/ca.crt. Both names empty: the client's default CAs.
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
 * The platform's Redis, named once: every chart's redis takes each field it leaves empty from here.
 */
export interface Redis {
  /**
   * Host name, a template evaluated with tpl (the chart checks the result) (e.g. redis-master.data.svc); empty: global.redis.host.
   */
  host?: string;
  /**
   * Port; null: global.redis.port, then 6379.
   */
  port?: number | null;
  /**
   * Database number; null: global.redis.database, then 0.
   */
  database?: number | null;
  /**
   * Existing Secret holding the password; empty: global.redis.existingSecret: no password.
   */
  existingSecret?: string;
  /**
   * Key of the password in existingSecret; empty: global.redis.passwordKey, then redis-password.
   */
  passwordKey?: string;
  /**
   * Connect with TLS; null: global.redis.tls, then false.
   */
  tls?: boolean | null;
  caBundle?: CaBundle3;
}
/**
 * PEM bundle of the CA(s) that verify the server's certificate: one key of a Secret or of a ConfigMap in the release namespace, mounted at /etc/ml-platform/ca/<client>/ca.crt. Both names empty: the client's default CAs.
 */
export interface CaBundle3 {
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
 * A Gateway API HTTPRoute (gateway.networking.k8s.io/v1) to the chart's Service, the same shape in every chart (the chart supplies the Service, its port and the path).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "httpRoute".
 */
export interface HttpRoute {
  /**
   * Render the HTTPRoute.
   */
  enabled?: boolean;
  /**
   * Gateways the route attaches to, e.g. [{name: platform-gateway, namespace: gateway-system}].
   */
  parentRefs?: {
    /**
     * Gateway name.
     */
    name: string;
    /**
     * Gateway namespace (default: the route's).
     */
    namespace?: string;
    /**
     * Listener of the Gateway.
     */
    sectionName?: string;
  }[];
  /**
   * Host names of the route; empty: the Gateway's.
   */
  hostnames?: string[];
  /**
   * Annotations of the HTTPRoute.
   */
  annotations?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra labels of the HTTPRoute (e.g. what a Gateway's allowedRoutes selects).
   */
  labels?: {
    [k: string]: string | undefined;
  };
}
/**
 * A container image, [registry/]repository[:tag][@digest]. It must be pinned: a version tag or a digest (the chart refuses latest or no tag, naming the value).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "image".
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
 * A networking.k8s.io/v1 Ingress to the chart's Service, the same shape in every chart (the chart supplies the Service, its port and the default path).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "ingress".
 */
export interface Ingress {
  /**
   * Render the Ingress.
   */
  enabled?: boolean;
  /**
   * ingressClassName (empty: the cluster's default class). With kong, a chart whose backend serves at / gets konghq.com/strip-path.
   */
  className?: string;
  /**
   * Annotations of the Ingress (e.g. the controller's rewrite); one set here wins over the chart's.
   */
  annotations?: {
    [k: string]: string | undefined;
  };
  /**
   * Hosts and their paths; empty: one rule for any host at the chart's default path.
   */
  hosts?: {
    /**
     * Host name.
     */
    host: string;
    /**
     * Paths of the host; empty: the chart's default path (Prefix).
     */
    paths?: {
      /**
       * Path.
       */
      path: string;
      /**
       * Path type (default Prefix).
       */
      pathType?: 'Prefix' | 'Exact' | 'ImplementationSpecific';
    }[];
  }[];
  /**
   * TLS of the Ingress: each entry a Secret and the hosts it serves.
   */
  tls?: {
    /**
     * Secret with the certificate and key.
     */
    secretName: string;
    /**
     * Hosts the certificate serves.
     */
    hosts?: string[];
  }[];
}
/**
 * Affinity is a group of affinity scheduling rules.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.Affinity".
 */
export interface K8SAffinity {
  nodeAffinity?: K8SNodeAffinity;
  podAffinity?: K8SPodAffinity;
  podAntiAffinity?: K8SPodAntiAffinity;
}
/**
 * Describes node affinity scheduling rules for the pod.
 */
export interface K8SNodeAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8SPreferredSchedulingTerm[];
  requiredDuringSchedulingIgnoredDuringExecution?: K8SNodeSelector;
}
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.PreferredSchedulingTerm".
 */
export interface K8SPreferredSchedulingTerm {
  preference: K8SNodeSelectorTerm;
  /**
   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * A node selector term, associated with the corresponding weight.
 */
export interface K8SNodeSelectorTerm {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: K8SNodeSelectorRequirement[];
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: K8SNodeSelectorRequirement[];
}
/**
 * A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorRequirement".
 */
export interface K8SNodeSelectorRequirement {
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
export interface K8SNodeSelector {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   */
  nodeSelectorTerms: K8SNodeSelectorTerm1[];
}
/**
 * A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.NodeSelectorTerm".
 */
export interface K8SNodeSelectorTerm1 {
  /**
   * A list of node selector requirements by node's labels.
   */
  matchExpressions?: K8SNodeSelectorRequirement[];
  /**
   * A list of node selector requirements by node's fields.
   */
  matchFields?: K8SNodeSelectorRequirement[];
}
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 */
export interface K8SPodAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8SWeightedPodAffinityTerm[];
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8SPodAffinityTerm1[];
}
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.WeightedPodAffinityTerm".
 */
export interface K8SWeightedPodAffinityTerm {
  podAffinityTerm: K8SPodAffinityTerm;
  /**
   * weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
   */
  weight: number;
}
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 */
export interface K8SPodAffinityTerm {
  labelSelector?: K8SLabelSelector;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   */
  matchLabelKeys?: string[];
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   */
  mismatchLabelKeys?: string[];
  namespaceSelector?: K8SLabelSelector1;
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
export interface K8SLabelSelector {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8SLabelSelectorRequirement[];
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.LabelSelectorRequirement".
 */
export interface K8SLabelSelectorRequirement {
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
export interface K8SLabelSelector1 {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8SLabelSelectorRequirement[];
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.PodAffinityTerm".
 */
export interface K8SPodAffinityTerm1 {
  labelSelector?: K8SLabelSelector;
  /**
   * MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.
   */
  matchLabelKeys?: string[];
  /**
   * MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
   */
  mismatchLabelKeys?: string[];
  namespaceSelector?: K8SLabelSelector1;
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
export interface K8SPodAntiAffinity {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8SWeightedPodAffinityTerm[];
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8SPodAffinityTerm1[];
}
/**
 * AppArmorProfile defines a pod or container's AppArmor settings.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.LabelSelector".
 */
export interface K8SLabelSelector2 {
  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   */
  matchExpressions?: K8SLabelSelectorRequirement[];
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.NodeAffinity".
 */
export interface K8SNodeAffinity1 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8SPreferredSchedulingTerm[];
  requiredDuringSchedulingIgnoredDuringExecution?: K8SNodeSelector;
}
/**
 * A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.NodeSelector".
 */
export interface K8SNodeSelector1 {
  /**
   * Required. A list of node selector terms. The terms are ORed.
   */
  nodeSelectorTerms: K8SNodeSelectorTerm1[];
}
/**
 * Pod affinity is a group of inter pod affinity scheduling rules.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.PodAffinity".
 */
export interface K8SPodAffinity1 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8SWeightedPodAffinityTerm[];
  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8SPodAffinityTerm1[];
}
/**
 * Pod anti affinity is a group of inter pod anti affinity scheduling rules.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.PodAntiAffinity".
 */
export interface K8SPodAntiAffinity1 {
  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and subtracting "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.
   */
  preferredDuringSchedulingIgnoredDuringExecution?: K8SWeightedPodAffinityTerm[];
  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.
   */
  requiredDuringSchedulingIgnoredDuringExecution?: K8SPodAffinityTerm1[];
}
/**
 * PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.PodSecurityContext".
 */
export interface K8SPodSecurityContext {
  appArmorProfile?: K8SAppArmorProfile1;
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
  seLinuxOptions?: K8SSELinuxOptions;
  seccompProfile?: K8SSeccompProfile;
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
  sysctls?: K8SSysctl[];
  windowsOptions?: K8SWindowsSecurityContextOptions;
}
/**
 * AppArmorProfile defines a pod or container's AppArmor settings.
 */
export interface K8SAppArmorProfile1 {
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
 * The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
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
 * Sysctl defines a kernel parameter to be set
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.Sysctl".
 */
export interface K8SSysctl {
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
 * SELinuxOptions are the labels to be applied to the container
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.SELinuxOptions".
 */
export interface K8SSELinuxOptions1 {
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.SeccompProfile".
 */
export interface K8SSeccompProfile1 {
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.SecurityContext".
 */
export interface K8SSecurityContext {
  /**
   * AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
   */
  allowPrivilegeEscalation?: boolean;
  appArmorProfile?: K8SAppArmorProfile2;
  capabilities?: K8SCapabilities1;
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
  seLinuxOptions?: K8SSELinuxOptions2;
  seccompProfile?: K8SSeccompProfile2;
  windowsOptions?: K8SWindowsSecurityContextOptions1;
}
/**
 * AppArmorProfile defines a pod or container's AppArmor settings.
 */
export interface K8SAppArmorProfile2 {
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
 */
export interface K8SCapabilities1 {
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
 * SELinuxOptions are the labels to be applied to the container
 */
export interface K8SSELinuxOptions2 {
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
 */
export interface K8SSeccompProfile2 {
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
export interface K8SWindowsSecurityContextOptions1 {
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
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.Toleration".
 */
export interface K8SToleration {
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
 * WindowsSecurityContextOptions contain Windows-specific options and credentials.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "k8s.WindowsSecurityContextOptions".
 */
export interface K8SWindowsSecurityContextOptions2 {
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
 * Who scrapes a chart's metrics ports: NetworkPolicy, AuthorizationPolicy and PeerAuthentication open them to it. A field left out takes kube-prometheus-stack's Prometheus (namespace monitoring, pods labelled app.kubernetes.io/name=prometheus, outside the mesh).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "metricsScrapers".
 */
export interface MetricsScrapers1 {
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
}
/**
 * The chart's data volume: a PersistentVolumeClaim it creates (or an existing one), the same shape in every chart.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "persistence".
 */
export interface Persistence {
  /**
   * Use a PersistentVolumeClaim (false: an emptyDir, lost with the pod).
   */
  enabled?: boolean;
  /**
   * Use this existing claim instead of creating one.
   */
  existingClaim?: string;
  /**
   * StorageClass of the created claim; empty: the cluster default; "-": no class.
   */
  storageClass?: string;
  /**
   * Access modes of the created claim (ReadWriteOnce pins every pod that mounts it to one node; ReadWriteMany lets several replicas share it).
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
}
/**
 * A PodDisruptionBudget of the chart's replicated workload: enabled (null: when more than one replica can run), and one of minAvailable or maxUnavailable (a number of pods or a percentage; set the chart's default one to null to use the other). Setting both fails, naming the value.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "podDisruptionBudget".
 */
export interface PodDisruptionBudget {
  /**
   * Render it; null: when more than one replica can run (replicas > 1 or autoscaling).
   */
  enabled?: boolean | null;
  minAvailable?: OptionalIntOrPercent1;
  maxUnavailable?: OptionalIntOrPercent2;
}
/**
 * An external PostgreSQL server, the same shape in every chart and in global.postgresql. Each field left empty (or null) takes global.postgresql's, then the default named in its description; the password (and optionally the role name) comes from an existing Secret.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "postgresql".
 */
export interface Postgresql1 {
  /**
   * Host name, a template evaluated with tpl (the chart checks the result) (e.g. postgresql.data.svc); empty: global.postgresql.host.
   */
  host?: string;
  /**
   * Port; null: global.postgresql.port, then 5432.
   */
  port?: number | null;
  /**
   * Database, the chart's own store: its default names it (feast, mlflow) and wins over global.postgresql.database, which reaches only a chart whose database is empty.
   */
  database?: string;
  /**
   * Role the chart connects as (unless usernameKey reads it from the Secret); empty: global.postgresql.user, then the database's name.
   */
  user?: string;
  /**
   * Existing Secret holding the role's password; empty: global.postgresql.existingSecret.
   */
  existingSecret?: string;
  /**
   * Key of the password in existingSecret; empty: global.postgresql.passwordKey, then password.
   */
  passwordKey?: string;
  /**
   * Key of existingSecret holding the role name (instead of user), where the chart supports it; empty: global.postgresql.usernameKey: user.
   */
  usernameKey?: string;
  /**
   * libpq sslmode; empty: global.postgresql.sslMode, then require. verify-ca and verify-full need caBundle.
   */
  sslMode?: '' | 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
  caBundle?: CaBundle1;
}
/**
 * An external Redis server, the same shape in every chart and in global.redis. Each field left empty (or null) takes global.redis's, then the default named in its description; the password comes from an existing Secret.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "redis".
 */
export interface Redis1 {
  /**
   * Host name, a template evaluated with tpl (the chart checks the result) (e.g. redis-master.data.svc); empty: global.redis.host.
   */
  host?: string;
  /**
   * Port; null: global.redis.port, then 6379.
   */
  port?: number | null;
  /**
   * Database number; null: global.redis.database, then 0.
   */
  database?: number | null;
  /**
   * Existing Secret holding the password; empty: global.redis.existingSecret: no password.
   */
  existingSecret?: string;
  /**
   * Key of the password in existingSecret; empty: global.redis.passwordKey, then redis-password.
   */
  passwordKey?: string;
  /**
   * Connect with TLS; null: global.redis.tls, then false.
   */
  tls?: boolean | null;
  caBundle?: CaBundle3;
}
/**
 * Resource name (cpu, memory, ...) to quantity.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "resourceList".
 */
export interface ResourceList {
  [k: string]: Quantity;
}
/**
 * Container resources: cpu and memory requests and a memory limit.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "resources".
 */
export interface Resources {
  /**
   * Requests (cpu and memory required).
   */
  requests: {
    [k: string]: Quantity;
  };
  /**
   * Limits (memory required).
   */
  limits: {
    [k: string]: Quantity;
  };
}
/**
 * An S3-compatible object store (MinIO or AWS S3), the same shape in every chart and in global.s3. Each field left empty takes global.s3's, then the default named in its description; the access key pair comes from an existing Secret (none: IRSA / workload identity).
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "s3".
 */
export interface S31 {
  /**
   * Endpoint URL, http(s)://host[:port] (MinIO), a template evaluated with tpl (the chart checks the result); empty: global.s3.endpoint, then AWS.
   */
  endpoint?: string;
  /**
   * Region; empty: global.s3.region, then us-east-1.
   */
  region?: string;
  /**
   * Bucket, where the chart uses one: the chart's own store (mlflow-platform's default mlflow wins over global.s3.bucket); empty: global.s3.bucket.
   */
  bucket?: string;
  /**
   * Existing Secret holding the access key pair; empty: global.s3.existingSecret: no static keys.
   */
  existingSecret?: string;
  /**
   * Key of the access key id in existingSecret; empty: global.s3.accessKeyIdKey, then AWS_ACCESS_KEY_ID.
   */
  accessKeyIdKey?: string;
  /**
   * Key of the secret access key in existingSecret; empty: global.s3.secretAccessKeyKey, then AWS_SECRET_ACCESS_KEY.
   */
  secretAccessKeyKey?: string;
  caBundle?: CaBundle2;
}
/**
 * Where the external services run, as NetworkPolicy peers of the egress to each (on the service's port). An empty list: the global's (global.networkPolicy.egressTo), else any destination on the port.
 *
 * This interface was referenced by `SharedDefinitions`'s JSON-Schema
 * via the `definition` "serviceEgress".
 */
export interface ServiceEgress1 {
  postgresql?: NetworkPeers;
  redis?: NetworkPeers1;
  s3?: NetworkPeers2;
}
