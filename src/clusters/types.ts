/** One quote to cluster: its id, the document it comes from, its words and its speaker. */
export interface ClusterInput {
  /**
   * Unique id of the quote (e.g. `<document>#<index>`). Clusters are built in the order of
   * these ids (see `compareIds`), whatever order the quotes are added in.
   */
  id: string
  /** Id of the document (article, outlet page) the quote appears in. */
  documentId: string
  /** The quoted words, marks excluded. */
  text: string
  /** Stable speaker id, or null when the speaker is unknown. */
  speakerId: string | null
}

/**
 * How a member relates to its cluster's canonical text: the canonical member itself, the same
 * words (`exact`), a contiguous part of them (`fragment`), or a slightly different transcript
 * (`variant`).
 */
export type ClusterRelation = 'canonical' | 'exact' | 'fragment' | 'variant'

/** One quote inside a cluster. */
export interface ClusterMember {
  /** The quote's {@link ClusterInput.id}. */
  quote: string
  /** The quote's {@link ClusterInput.documentId}. */
  document: string
  /** How it relates to the cluster's canonical text. */
  relation: ClusterRelation
  /**
   * For variants: the normalized words of the canonical text's aligned stretch that this quote
   * lacks (`removed`) and its words that the canonical text lacks (`added`); null otherwise.
   */
  differences: { removed: string[]; added: string[] } | null
}

/** The reproductions of one quote, across documents. */
export interface QuoteCluster {
  /** Id derived from the canonical member's quote id: `c:<quote id>`. */
  id: string
  /**
   * Canonical text: the fullest wording, i.e. the text of the member with the most words (of
   * two as long, the first in id order).
   */
  text: string
  /** The one non-null speaker id among the members, or null. */
  speaker: string | null
  /** Member quote ids, in id order (see `compareIds`). */
  quotes: string[]
  /** Members with their relation to the canonical text, in id order. */
  members: ClusterMember[]
  /** Number of distinct documents among the members. */
  outlets: number
}

/** Thresholds of the clustering; every field is optional and has a documented default. */
export interface ClusterOptions {
  /**
   * Quotes with fewer content words than this (default 3) are short fragments: they join only a
   * quote by the same known speaker, since two or three common words prove little.
   */
  minFragmentWords?: number
  /**
   * Allowed transcript difference as a share of the shorter quote's words (default 0.15): the
   * word-level edit distance may reach `variantDistance × words`, with edits on function words
   * counting half. 0.15 lets one word differ from 7 words on, two from 14, and so on.
   */
  variantDistance?: number
  /**
   * Share of the shorter quote's content words that must be matched in the longer one
   * (default 0.8; one unmatched content word is always tolerated from `minFragmentWords` content
   * words on). Keeps shared stock phrases (`not just about`) from merging utterances.
   */
  minCoverage?: number
  /**
   * Content words that must match for a quote with an unknown speaker to join a known speaker's
   * cluster (default 4).
   */
  minUnattributedWords?: number
  /** Word n-gram length used to find candidates (default 3). */
  ngram?: number
  /**
   * Posting-list cap (default 16): an n-gram found in more clusters than this is a stock phrase
   * and no longer used to find candidates.
   */
  maxPostings?: number
  /**
   * Cap on one speaker's list of quotes per word (default 64), used to place one- and two-word
   * fragments.
   */
  maxSpeakerPostings?: number
  /** How many candidates (by shared n-grams) are aligned per added quote (default 16). */
  maxCandidates?: number
}

/** The serialized form of a {@link ClusterIndex}: plain JSON values only. */
export interface SerializedClusterIndex {
  /** Format version; {@link ClusterIndex.fromJSON} rejects versions it does not know. */
  version: 1
  /** Normalized words, by word id. */
  words: string[]
  /** Document ids, by document number. */
  documents: string[]
  /** Speaker ids, by speaker number. */
  speakers: string[]
  /** Quote ids, in id order. */
  ids: string[]
  /** Document number of each quote. */
  document: number[]
  /** Speaker number of each quote, -1 for none. */
  speaker: number[]
  /** Word count of each quote. */
  lengths: number[]
  /** Word ids of all quotes, concatenated. */
  tokens: number[]
  /**
   * Cluster of each quote, as the number of its first member: for readers of the file;
   * loading checks it and builds the clusters again from the quotes.
   */
  cluster: number[]
  /** Numbers of quotes contained in a longer member of their cluster (for readers, as `cluster`). */
  covered: number[]
  /** Original texts: [number of the quote, its text]. */
  texts: [number, string][]
}
