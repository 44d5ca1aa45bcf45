/**
 * Addresses of the local cluster. Three ranges that must never overlap: kwok's fake pod IPs (kwok's
 * default `--cidr`), the real node's pod subnet (CNI bridge + host-local) and the Service range. The
 * API server's own default Service range (10.0.0.0/24) is exactly kwok's pod range, so it is moved.
 */
export const kwokPodCidr = '10.0.0.0/24';
export const realPodCidr = '10.244.0.0/24';
export const serviceCidr = '10.96.0.0/16';
/** The `kubernetes` Service's ClusterIP (first of the range): in the API server certificate's SANs. */
export const apiServiceIp = '10.96.0.1';
/** The `kube-dns` Service's ClusterIP, the kubelet's clusterDNS. */
export const clusterDnsIp = '10.96.0.10';
export const clusterDomain = 'cluster.local';
/**
 * The API server's secure port on a cluster with the real node: kubeadm's 6443, which the charts'
 * NetworkPolicies admit for the pods that call the API (KubeRay's operator, Ray's autoscaler: values
 * `networkPolicy.apiServer.ports`). A policy port is the destination's after kube-proxy translated the
 * `kubernetes` Service (443), so a random port, kwokctl's default, would be refused once policies are
 * enforced. One real node per machine, so one cluster binds it.
 */
export const realNodeApiServerPort = 6443;
/** The Linux bridge the CNI bridge plugin makes for the real node's pods. */
export const podBridge = 'mlp0';
/** The CNI network name (also the prefix of the chains the CNI plugins create: CNI-*). */
export const cniNetwork = 'mlp-pods';

/** The CNI configuration list of the real node: bridge with host-local IPAM, then portmap (hostPort). */
export function cniConfList(ipamDataDir: string): string {
  return `${JSON.stringify(
    {
      cniVersion: '1.0.0',
      name: cniNetwork,
      plugins: [
        {
          type: 'bridge',
          bridge: podBridge,
          isGateway: true,
          ipMasq: true,
          // A pod reaching itself through its own Service (kube-proxy DNAT back to the same veth).
          hairpinMode: true,
          ipam: { type: 'host-local', ranges: [[{ subnet: realPodCidr }]], routes: [{ dst: '0.0.0.0/0' }], dataDir: ipamDataDir },
        },
        { type: 'portmap', capabilities: { portMappings: true } },
      ],
    },
    null,
    2,
  )}\n`;
}
