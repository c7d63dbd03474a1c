import { ClusterIndex } from './cluster-index.js'
import type { ClusterInput, ClusterOptions, QuoteCluster } from './types.js'

export { ClusterIndex } from './cluster-index.js'
export { DuplicateIdError } from './errors.js'
export { DEFAULT_CLUSTER_OPTIONS, type ResolvedClusterOptions } from './options.js'
export { compareIds } from './order.js'
export type {
  ClusterInput,
  ClusterMember,
  ClusterOptions,
  ClusterRelation,
  QuoteCluster,
  SerializedClusterIndex,
} from './types.js'

/** Cluster a batch of quotes in one go (same result as adding them to a {@link ClusterIndex}). */
export function clusterQuotes(
  quotes: Iterable<ClusterInput>,
  options?: Readonly<ClusterOptions> | null,
): QuoteCluster[] {
  const index = new ClusterIndex(options)
  for (const quote of quotes) index.add(quote)
  return index.clusters()
}
