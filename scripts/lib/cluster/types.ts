/** A running cluster the toolkit can talk to: a kubeconfig file and, optionally, a context in it. */
export interface Cluster {
  provider: ProviderName;
  /** Cluster name (the kwokctl or kind cluster name, or the context for `current`). */
  name: string;
  kubeconfig: string;
  context?: string;
}

export type ProviderName = 'local' | 'kind' | 'current';

export interface StartOptions {
  /** Cluster name (default `mlp`). */
  name?: string;
  /** `current`: the context to use (default: the kubeconfig's current context). */
  context?: string;
  /** `local`: start the real node beside the kwok nodes (default: yes, unless MLP_REAL_NODE=0). */
  realNode?: boolean;
}

/** One interface for every way to get a cluster. `stop` removes only what `start` created. */
export interface Provider {
  name: ProviderName;
  /** Why the provider cannot run here, or undefined when it can. */
  unavailable(): Promise<string | undefined>;
  start(opts: StartOptions): Promise<Cluster>;
  stop(cluster: Cluster): Promise<void>;
}
