/**
 * System paths a kubelet or containerd creates by default. The node is configured to use none, but
 * some are fixed in the binaries (the kubelet's /var/log/containers symlinks, containerd 1.6 shim
 * sockets under /run/containerd/s): those that did not exist before the node started are removed.
 */
export const systemPaths = ['/var/lib/kubelet', '/var/log/containers', '/var/log/pods', '/var/lib/containerd', '/run/containerd', '/opt/containerd', '/var/lib/cni', '/etc/cni', '/opt/cni', '/run/netns', '/var/run/netns', '/usr/libexec/kubernetes'];
