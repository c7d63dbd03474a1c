/**
 * Order-free views of a corpus result and of clusters, for the order and save/load checks
 * (`tests/corpus-order.test.ts`, `scripts/order-check.ts`): two runs over the same documents
 * must give equal views, whatever the order the documents came in.
 */
import type { CorpusResult, QuoteCluster } from '../../src/index.js'

/** Clusters as plain values sorted by id, members sorted by quote id. */
export function clusterView(clusters: readonly QuoteCluster[]): unknown[] {
  return [...clusters]
    .map((cluster) => ({
      ...cluster,
      quotes: [...cluster.quotes].sort(),
      members: [...cluster.members].sort((a, b) => (a.quote < b.quote ? -1 : 1)),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

/**
 * Everything a corpus result says, documents by id: each quote's speaker id and name, the
 * run's speakers, the clusters.
 */
export function corpusView(result: CorpusResult): unknown {
  const documents = [...result.documents]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((document) => ({
      id: document.id,
      quotes: document.quotes.map((quote) => [quote.id, quote.speaker?.id, quote.speaker?.name]),
      speakers: document.speakers.map((speaker) => [speaker.id, speaker.name]),
    }))
  return { documents, speakers: result.speakers, clusters: clusterView(result.clusters) }
}

/** A small seeded generator (mulberry32), so that a failing case can be run again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}
