import type { ClusterOptions } from './types.js'

/** Cluster options with every default filled in. */
export type ResolvedClusterOptions = Required<ClusterOptions>

/** The defaults of {@link ClusterOptions}. */
export const DEFAULT_CLUSTER_OPTIONS: Readonly<ResolvedClusterOptions> = Object.freeze({
  minFragmentWords: 3,
  variantDistance: 0.15,
  minCoverage: 0.8,
  minUnattributedWords: 4,
  ngram: 3,
  maxPostings: 16,
  maxSpeakerPostings: 64,
  maxCandidates: 16,
})

/** Fill in defaults; `undefined` fields fall back to the default too. */
export function resolveOptions(options?: Readonly<ClusterOptions> | null): ResolvedClusterOptions {
  const resolved: ResolvedClusterOptions = { ...DEFAULT_CLUSTER_OPTIONS }
  if (options) {
    for (const key of Object.keys(resolved) as (keyof ResolvedClusterOptions)[]) {
      const value = options[key]
      if (value !== undefined) resolved[key] = value
    }
  }
  if (resolved.ngram < 1) throw new RangeError('ngram must be at least 1')
  return resolved
}
