import { hashKey, KeyFilter, Postings } from './candidates.js'
import { DuplicateIdError } from './errors.js'
import { align, CONTENT_COST, findRun, type WordTable } from './match.js'
import { NEGATION_WORD } from './normalize.js'
import { type ResolvedClusterOptions, resolveOptions } from './options.js'
import { compareIds } from './order.js'
import type {
  ClusterInput,
  ClusterMember,
  ClusterOptions,
  QuoteCluster,
  SerializedClusterIndex,
} from './types.js'
import { Interner, Vocabulary } from './vocabulary.js'

// Namespace seeds, so that n-gram keys and speaker+word keys can share one postings table.
const NGRAM_SEED = 0x51ed270b
const SPEAKER_WORD_SEED = 0x2545f491
const SHORT_SEED = 0x7feb352d

/** Flag: the quote is contained in a longer member of its cluster (it found its container). */
const COVERED = 1

/** Posting-list length not looked up yet. */
const UNKNOWN = -2

/** Share of a candidate's n-grams that must be shared before it is worth aligning. */
const MIN_SHARED_NGRAMS = 0.3

interface Match {
  /** The earlier quote matched. */
  other: number
  /** True when the new quote is the shorter side (it lies inside `other`). */
  inside: boolean
  /** Alignment cost (0 for exact containment). */
  cost: number
}

/**
 * Groups quotes that reproduce the same words, incrementally: add quotes one at a time and read the
 * clusters at any point. Candidates come from n-gram postings (never from all pairs) and are
 * confirmed by word alignment, under the precision guards of the annotation guide.
 *
 * Clusters are built in the order of quote ids (see `compareIds`), so they depend on the set of
 * quotes only. A quote whose id comes after every id so far is clustered at the next read, after
 * those before it; one that comes earlier leaves the index to be rebuilt, in id order, then.
 *
 * Memory stays small per quote: ids and interned numbers in typed arrays, word ids in one shared
 * pool, and the original text of each quote.
 */
export class ClusterIndex {
  readonly #options: ResolvedClusterOptions
  #vocabulary = new Vocabulary()
  readonly #table: WordTable
  #documents = new Interner()
  #speakers = new Interner()
  #ids: string[] = []
  // Quotes are found by id through the ids themselves: the first #sortedIds are in id order
  // (all of them once the clusters are settled) and searched by halves; later ones, added out
  // of order, are kept in #pendingIds until the next rebuild sorts them. A map of every id
  // would cost more per quote than any column.
  #sortedIds = 0
  readonly #pendingIds = new Map<string, number>()
  // Original text of every quote: a rebuild may make any of them canonical.
  #texts: (string | undefined)[] = []
  #postings = new Postings()
  #shortFilter = new KeyFilter(1 << 20)
  #count = 0
  // Whether the clusters must be rebuilt in id order before they are read: a quote came out of
  // order, the speaker of a clustered quote changed, or the index was loaded.
  #dirty = false
  // Quotes before this one are clustered; those after it came in id order and wait for the
  // next read, so that a speaker learned before then costs no rebuild (a corpus learns who
  // spoke only when later documents spell the names out).
  #placed = 0
  // Per-quote columns (insertion number → value).
  #tokenStart = new Int32Array(256)
  #tokenLength = new Int32Array(256)
  #document = new Int32Array(256)
  #speaker = new Int32Array(256)
  #parent = new Int32Array(256)
  #nextMember = new Int32Array(256)
  #flags = new Uint8Array(256)
  // Scratch: shared n-gram count per quote and per cluster root during one add() (always zero
  // between calls), and each touched cluster's most-hit member.
  #hitCounts = new Int32Array(256)
  #clusterHits = new Int32Array(256)
  #topMember = new Int32Array(256)
  // Per-root columns: canonical member and the cluster's one known speaker (-1 when none).
  #canonical = new Int32Array(256)
  #rootSpeaker = new Int32Array(256)
  // Content-word count per quote (read for every candidate; the pool would be a cache miss).
  #content = new Uint16Array(256)
  // All word ids, quote after quote.
  #pool = new Int32Array(4096)
  #poolLength = 0
  // Scratch buffers reused by every add(): a large index adds millions of quotes.
  readonly #buffer: number[] = []
  // The word ids of the quote being added, before #push copies them into the pool.
  readonly #tokens: number[] = []
  // The distinct n-gram keys and content words of the quote last read (see #ngramKeys and
  // #contentWords), up to their counts: #index posts those #place found.
  readonly #keys: number[] = []
  #keyCount = 0
  readonly #words: number[] = []
  #wordCount = 0
  readonly #keyLengths: number[] = []
  readonly #touched: number[] = []
  readonly #roots: number[] = []
  readonly #ranked: number[] = []
  readonly #candidates = new Set<number>()
  readonly #chosen = new Set<number>()
  // Per-word stamps for the bag-of-words test in #compare.
  #stamps = new Int32Array(64)
  #stamp = 0

  /** Create an empty index; `options` override the defaults of {@link ClusterOptions}. */
  constructor(options?: Readonly<ClusterOptions> | null) {
    this.#options = resolveOptions(options)
    const vocabulary = () => this.#vocabulary
    // Getters, because the vocabulary replaces its arrays when it grows (and itself on a rebuild).
    this.#table = {
      get stop() {
        return vocabulary().stopFlags
      },
      get stem() {
        return vocabulary().stemIds
      },
    }
  }

  /** Number of quotes added. */
  get size(): number {
    return this.#count
  }

  /**
   * Add one quote. Clustered at the next read: after the quotes before it when its id comes
   * after every id so far (see `compareIds`); otherwise the index is rebuilt in id order.
   *
   * @throws {DuplicateIdError} When the id was added before (nothing is added then).
   */
  add(quote: ClusterInput): void {
    const last = this.#ids[this.#count - 1]
    // An id after the last one is new; any other is looked up.
    const after = last === undefined || compareIds(last, quote.id) < 0
    if (!after && this.#lookup(quote.id) !== undefined) {
      throw new DuplicateIdError('quote', quote.id)
    }
    const tokens = this.#tokens
    const length = this.#vocabulary.internText(quote.text, tokens)
    const speaker = quote.speakerId === null ? -1 : this.#speakers.intern(quote.speakerId)
    const document = this.#documents.intern(quote.documentId)
    const q = this.#push(quote.id, document, speaker, tokens, length, after)
    this.#texts[q] = quote.text
    if (!after) this.#dirty = true
  }

  /** Whether a quote with this id was added. */
  has(quoteId: string): boolean {
    // An id after every one so far (the common case: documents added in id order) is new.
    const last = this.#ids[this.#count - 1]
    if (this.#sortedIds === this.#count && (last === undefined || compareIds(last, quoteId) < 0)) {
      return false
    }
    return this.#lookup(quoteId) !== undefined
  }

  /**
   * Change the speaker of a quote already added (a later document showed who it is). The
   * clusters are rebuilt at the next read if it changed.
   *
   * @returns Whether the quote is known.
   */
  setSpeaker(quoteId: string, speakerId: string | null): boolean {
    const q = this.#lookup(quoteId)
    if (q === undefined) return false
    const speaker = speakerId === null ? -1 : this.#speakers.intern(speakerId)
    if (this.#speaker[q] === speaker) return true
    this.#speaker[q] = speaker
    // A quote not yet clustered is a cluster of its own: nothing built on it changes.
    if (q >= this.#placed) this.#rootSpeaker[q] = speaker
    else this.#dirty = true
    return true
  }

  /** Every cluster (singletons included), ordered by their first member in id order. */
  clusters(): QuoteCluster[] {
    this.#settle()
    const out: QuoteCluster[] = []
    for (let q = 0; q < this.#count; q++) {
      if (this.#parent[q] === q) out.push(this.#build(q))
    }
    return out
  }

  /** The cluster of a quote, or undefined for an unknown id. */
  clusterOf(quoteId: string): QuoteCluster | undefined {
    this.#settle()
    const q = this.#lookup(quoteId)
    return q === undefined ? undefined : this.#build(this.#find(q))
  }

  /** The id of a quote's cluster (cheaper than {@link ClusterIndex.clusterOf}), or undefined. */
  clusterIdOf(quoteId: string): string | undefined {
    this.#settle()
    const q = this.#lookup(quoteId)
    if (q === undefined) return undefined
    return `c:${this.#ids[this.#canonical[this.#find(q)] ?? 0]}`
  }

  /** The index as plain JSON values; {@link ClusterIndex.fromJSON} loads it back. */
  toJSON(): SerializedClusterIndex {
    this.#settle()
    const n = this.#count
    const texts: [number, string][] = []
    const covered: number[] = []
    const cluster = new Array<number>(n)
    for (let q = 0; q < n; q++) {
      cluster[q] = this.#find(q)
      if ((this.#flags[q] ?? 0) & COVERED) covered.push(q)
      const text = this.#texts[q]
      if (text !== undefined) texts.push([q, text])
    }
    return {
      version: 1,
      words: [...this.#vocabulary.words()],
      documents: [...this.#documents.values()],
      speakers: [...this.#speakers.values()],
      ids: [...this.#ids],
      document: Array.from(this.#document.subarray(0, n)),
      speaker: Array.from(this.#speaker.subarray(0, n)),
      lengths: Array.from(this.#tokenLength.subarray(0, n)),
      tokens: Array.from(this.#pool.subarray(0, this.#poolLength)),
      cluster,
      covered,
      texts,
    }
  }

  /**
   * Load an index saved with {@link ClusterIndex.toJSON}. Its quotes are the saved ones; their
   * clusters are rebuilt (in id order, as always) at the first read, so a loaded index and one
   * never saved give the same clusters for the same quotes.
   */
  static fromJSON(
    json: SerializedClusterIndex,
    options?: Readonly<ClusterOptions> | null,
  ): ClusterIndex {
    if (json.version !== 1) throw new Error(`Unsupported cluster index version: ${json.version}`)
    const index = new ClusterIndex(options)
    index.#load(json)
    return index
  }

  #load(json: SerializedClusterIndex): void {
    json.words.forEach((word, id) => {
      if (this.#vocabulary.intern(word) !== id) throw new Error('Corrupt cluster index: words')
    })
    for (const document of json.documents) this.#documents.intern(document)
    for (const speaker of json.speakers) this.#speakers.intern(speaker)
    let offset = 0
    for (let q = 0; q < json.ids.length; q++) {
      const id = json.ids[q] ?? ''
      if (this.#lookup(id) !== undefined) throw new Error('Corrupt cluster index: ids')
      const length = json.lengths[q] ?? 0
      const tokens = json.tokens.slice(offset, offset + length)
      offset += length
      this.#push(id, json.document[q] ?? 0, json.speaker[q] ?? -1, tokens)
      const root = json.cluster[q] ?? q
      if (root > q || (json.cluster[root] ?? root) !== root) {
        throw new Error('Corrupt cluster index: clusters')
      }
    }
    for (const [q, text] of json.texts) this.#texts[q] = text
    // The clusters and postings are derived data, and the postings depend on the order the
    // quotes were clustered in: both are rebuilt, not read back.
    this.#dirty = true
  }

  // ---- rebuild ----

  /**
   * Cluster the quotes added since the last read, or rebuild the clusters if they are not
   * those of the quotes taken in id order.
   */
  #settle(): void {
    if (!this.#dirty) {
      for (let q = this.#placed; q < this.#count; q++) this.#index(q, this.#place(q))
      this.#placed = this.#count
      return
    }
    this.#dirty = false
    this.#reorder()
    const n = this.#count
    this.#postings = new Postings()
    this.#shortFilter = new KeyFilter(1 << 20)
    for (let q = 0; q < n; q++) {
      this.#parent[q] = q
      this.#nextMember[q] = q
      this.#flags[q] = 0
      this.#canonical[q] = q
      this.#rootSpeaker[q] = this.#speaker[q] ?? -1
    }
    for (let q = 0; q < n; q++) this.#index(q, this.#place(q))
    this.#placed = n
  }

  /**
   * Put the quotes in id order, and number words, documents and speakers by first use in that
   * order: the hashed keys of the postings are then those of an index built in id order.
   */
  #reorder(): void {
    const n = this.#count
    const ids = this.#ids
    const order: number[] = new Array(n)
    let sorted = true
    for (let q = 0; q < n; q++) {
      order[q] = q
      if (q > 0 && compareIds(ids[q - 1] ?? '', ids[q] ?? '') > 0) sorted = false
    }
    if (!sorted) order.sort((a, b) => compareIds(ids[a] ?? '', ids[b] ?? ''))
    const oldVocabulary = this.#vocabulary
    const oldDocuments = this.#documents
    const oldSpeakers = this.#speakers
    const vocabulary = new Vocabulary()
    const documents = new Interner()
    const speakers = new Interner()
    const words = new Int32Array(oldVocabulary.size).fill(-1)
    const pool = new Int32Array(Math.max(this.#poolLength, 4096))
    const tokenStart = new Int32Array(this.#tokenStart.length)
    const tokenLength = new Int32Array(this.#tokenLength.length)
    const document = new Int32Array(this.#document.length)
    const speaker = new Int32Array(this.#speaker.length)
    const content = new Uint16Array(this.#content.length)
    const newIds: string[] = new Array(n)
    const texts: (string | undefined)[] = new Array(n)
    let offset = 0
    for (let i = 0; i < n; i++) {
      const q = order[i] ?? i
      const start = this.#tokenStart[q] ?? 0
      const length = this.#tokenLength[q] ?? 0
      for (let k = 0; k < length; k++) {
        const word = this.#pool[start + k] ?? 0
        let id = words[word] ?? -1
        if (id < 0) {
          id = vocabulary.intern(oldVocabulary.word(word))
          words[word] = id
        }
        pool[offset + k] = id
      }
      tokenStart[i] = offset
      tokenLength[i] = length
      offset += length
      document[i] = documents.intern(oldDocuments.value(this.#document[q] ?? 0))
      const own = this.#speaker[q] ?? -1
      speaker[i] = own < 0 ? -1 : speakers.intern(oldSpeakers.value(own))
      content[i] = this.#content[q] ?? 0
      newIds[i] = ids[q] ?? ''
      texts[i] = this.#texts[q]
    }
    this.#vocabulary = vocabulary
    this.#documents = documents
    this.#speakers = speakers
    this.#pool = pool
    this.#poolLength = offset
    this.#tokenStart = tokenStart
    this.#tokenLength = tokenLength
    this.#document = document
    this.#speaker = speaker
    this.#content = content
    this.#ids = newIds
    this.#texts = texts
    this.#sortedIds = n
    this.#pendingIds.clear()
  }

  /** The insertion number of a quote id, or undefined. */
  #lookup(id: string): number | undefined {
    const ids = this.#ids
    let low = 0
    let high = this.#sortedIds
    while (low < high) {
      const middle = (low + high) >>> 1
      const order = compareIds(ids[middle] ?? '', id)
      if (order === 0) return middle
      if (order < 0) low = middle + 1
      else high = middle
    }
    return this.#pendingIds.get(id)
  }

  // ---- storage ----

  #push(
    id: string,
    document: number,
    speaker: number,
    tokens: ArrayLike<number>,
    length = tokens.length,
    after = this.#count === 0 || compareIds(this.#ids[this.#count - 1] ?? '', id) < 0,
  ): number {
    const q = this.#count
    if (q >= this.#parent.length) this.#growQuotes()
    if (this.#poolLength + length > this.#pool.length) {
      const pool = new Int32Array(Math.max(this.#poolLength + length, this.#pool.length * 1.5))
      pool.set(this.#pool.subarray(0, this.#poolLength))
      this.#pool = pool
    }
    const kinds = this.#vocabulary.stopFlags
    let content = 0
    for (let i = 0; i < length; i++) {
      const word = tokens[i] ?? 0
      this.#pool[this.#poolLength + i] = word
      if (kinds[word] !== 1) content++
    }
    this.#content[q] = Math.min(content, 0xffff)
    this.#tokenStart[q] = this.#poolLength
    this.#tokenLength[q] = length
    this.#poolLength += length
    this.#document[q] = document
    this.#speaker[q] = speaker
    this.#parent[q] = q
    this.#nextMember[q] = q
    this.#flags[q] = 0
    this.#canonical[q] = q
    this.#rootSpeaker[q] = speaker
    this.#ids.push(id)
    if (this.#sortedIds === q && after) {
      this.#sortedIds++
    } else {
      this.#pendingIds.set(id, q)
    }
    this.#count++
    return q
  }

  #growQuotes(): void {
    const size = Math.ceil(this.#parent.length * 1.5)
    const grow = <T extends Int32Array | Uint16Array | Uint8Array>(
      array: T,
      make: (size: number) => T,
    ): T => {
      const next = make(size)
      next.set(array)
      return next
    }
    const int32 = (size: number) => new Int32Array(size)
    this.#tokenStart = grow(this.#tokenStart, int32)
    this.#tokenLength = grow(this.#tokenLength, int32)
    this.#document = grow(this.#document, int32)
    this.#speaker = grow(this.#speaker, int32)
    this.#parent = grow(this.#parent, int32)
    this.#nextMember = grow(this.#nextMember, int32)
    this.#canonical = grow(this.#canonical, int32)
    this.#rootSpeaker = grow(this.#rootSpeaker, int32)
    this.#content = grow(this.#content, (size) => new Uint16Array(size))
    this.#flags = grow(this.#flags, (size) => new Uint8Array(size))
    this.#hitCounts = grow(this.#hitCounts, int32)
    this.#clusterHits = grow(this.#clusterHits, int32)
    this.#topMember = grow(this.#topMember, int32)
  }

  // ---- union-find ----

  #find(q: number): number {
    const parent = this.#parent
    let x = q
    while ((parent[x] ?? x) !== x) {
      // Path halving keeps trees flat without recursion.
      const grand = parent[parent[x] ?? x] ?? x
      parent[x] = grand
      x = grand
    }
    return x
  }

  /** The member that should be canonical of two: more words, then earlier. */
  #longer(a: number, b: number): number {
    const la = this.#tokenLength[a] ?? 0
    const lb = this.#tokenLength[b] ?? 0
    if (la !== lb) return la > lb ? a : b
    return Math.min(a, b)
  }

  /** Merge the clusters of `a` and `b` unless they have two different known speakers. */
  #union(a: number, b: number): boolean {
    const ra = this.#find(a)
    const rb = this.#find(b)
    if (ra === rb) return true
    const sa = this.#rootSpeaker[ra] ?? -1
    const sb = this.#rootSpeaker[rb] ?? -1
    if (sa >= 0 && sb >= 0 && sa !== sb) return false
    // The earlier root stays root, so a cluster's root is always its first member.
    const root = Math.min(ra, rb)
    const child = Math.max(ra, rb)
    this.#parent[child] = root
    this.#rootSpeaker[root] = sa >= 0 ? sa : sb
    const ca = this.#canonical[ra] ?? ra
    const cb = this.#canonical[rb] ?? rb
    const canonical = this.#longer(ca, cb)
    this.#canonical[root] = canonical
    // Splice the two circular member lists into one.
    const na = this.#nextMember[ra] ?? ra
    this.#nextMember[ra] = this.#nextMember[rb] ?? rb
    this.#nextMember[rb] = na
    return true
  }

  // ---- keys ----

  /**
   * Distinct keys of the quote's word n-grams that hold at least one content word, into #keys.
   * Returns their count (also in #keyCount).
   */
  #ngramKeys(q: number): number {
    const keys = this.#keys
    let count = 0
    const n = this.#options.ngram
    const start = this.#tokenStart[q] ?? 0
    const length = this.#tokenLength[q] ?? 0
    const pool = this.#pool
    const stop = this.#vocabulary.stopFlags
    for (let i = 0; i + n <= length; i++) {
      let h = NGRAM_SEED
      let content = false
      for (let k = 0; k < n; k++) {
        const word = pool[start + i + k] ?? 0
        if (stop[word] !== 1) content = true
        h = hashKey(h, word)
      }
      // All-function-word n-grams (`it is a`) are stock by nature; skipping them saves postings.
      if (content) keys[count++] = h
    }
    this.#keyCount = sortUnique(keys, count)
    return this.#keyCount
  }

  /**
   * Distinct content word ids of the quote, into #words. Returns their count (also in
   * #wordCount).
   */
  #contentWords(q: number): number {
    const out = this.#words
    let count = 0
    const start = this.#tokenStart[q] ?? 0
    const end = start + (this.#tokenLength[q] ?? 0)
    const stop = this.#vocabulary.stopFlags
    for (let i = start; i < end; i++) {
      const word = this.#pool[i] ?? 0
      if (stop[word] !== 1) out[count++] = word
    }
    this.#wordCount = sortUnique(out, count)
    return this.#wordCount
  }

  #contentCount(q: number): number {
    return this.#content[q] ?? 0
  }

  /**
   * Content words of `short` (with repeats) whose stem occurs anywhere in `long` (an upper bound
   * on what alignment can match). Stem ids are below the vocabulary size.
   */
  #sharedContent(short: number, long: number): number {
    const size = this.#vocabulary.size
    if (this.#stamps.length < size) {
      const stamps = new Int32Array(Math.max(size, this.#stamps.length * 2))
      stamps.set(this.#stamps)
      this.#stamps = stamps
    }
    const stamps = this.#stamps
    const stamp = ++this.#stamp
    const pool = this.#pool
    const kinds = this.#vocabulary.stopFlags
    const stems = this.#vocabulary.stemIds
    const longStart = this.#tokenStart[long] ?? 0
    const longEnd = longStart + (this.#tokenLength[long] ?? 0)
    for (let i = longStart; i < longEnd; i++) stamps[stems[pool[i] ?? 0] ?? 0] = stamp
    const shortStart = this.#tokenStart[short] ?? 0
    const shortEnd = shortStart + (this.#tokenLength[short] ?? 0)
    let shared = 0
    for (let i = shortStart; i < shortEnd; i++) {
      const word = pool[i] ?? 0
      if (kinds[word] !== 1 && stamps[stems[word] ?? 0] === stamp) shared++
    }
    return shared
  }

  #negations(start: number, length: number): number {
    const kinds = this.#vocabulary.stopFlags
    let count = 0
    for (let i = start; i < start + length; i++)
      if (kinds[this.#pool[i] ?? 0] === NEGATION_WORD) count++
    return count
  }

  // ---- matching ----

  /** Find the earlier quotes that `q` reproduces or contains, and merge under the guards. */
  #place(q: number): boolean {
    const options = this.#options
    const length = this.#tokenLength[q] ?? 0
    if (this.#contentCount(q) === 0) return false
    const buffer = this.#buffer
    // Shared n-gram counts per earlier quote, in a scratch column (a Map here dominated the
    // profile); `touched` lists the quotes to read and reset. Scratch lists are filled by index
    // and read up to a count: emptying them (`length = 0`) would give up their storage.
    const counts = this.#hitCounts
    const touched = this.#touched
    let touchedCount = 0
    let usable = 0
    const keys = this.#keys
    const keyCount = this.#ngramKeys(q)
    // List lengths are kept for #index, which would otherwise probe the table again.
    const lengths = this.#keyLengths
    for (let i = 0; i < keyCount; i++) {
      const found = this.#postings.lookup(keys[i] ?? 0, buffer, 0)
      lengths[i] = found
      if (found < 0) continue
      usable++
      for (let j = 0; j < found; j++) {
        const other = buffer[j] ?? 0
        if (counts[other] === 0) touched[touchedCount++] = other
        counts[other] = (counts[other] ?? 0) + 1
      }
    }
    // Postings lead to one member per cluster and n-gram (see #post), so hits add up per cluster
    // (in another scratch column, by root). Each candidate cluster is aligned through its
    // canonical member (the fullest wording) and through its most-hit member (a variant of a
    // non-canonical member is closest to that one).
    const clusterHits = this.#clusterHits
    const topMember = this.#topMember
    const roots = this.#roots
    let rootCount = 0
    for (let i = 0; i < touchedCount; i++) {
      const other = touched[i] ?? 0
      const root = this.#find(other)
      const shared = counts[other] ?? 0
      if (clusterHits[root] === 0) {
        roots[rootCount++] = root
        topMember[root] = other
      } else if (shared > (counts[topMember[root] ?? other] ?? 0)) {
        topMember[root] = other
      }
      clusterHits[root] = (clusterHits[root] ?? 0) + shared
    }
    // Most shared n-grams first, then the earliest cluster; the counts are read from the scratch
    // column, not copied into a pair per cluster.
    const ranked = this.#ranked
    ranked.length = 0
    for (let i = 0; i < rootCount; i++) {
      const root = roots[i] ?? 0
      const shared = clusterHits[root] ?? 0
      const rootLength = this.#tokenLength[this.#canonical[root] ?? root] ?? 0
      const grams = Math.max(1, rootLength - options.ngram + 1)
      const needed = Math.max(1, Math.ceil(MIN_SHARED_NGRAMS * Math.min(usable, grams)))
      if (shared >= needed) ranked.push(root)
    }
    ranked.sort((a, b) => (clusterHits[b] ?? 0) - (clusterHits[a] ?? 0) || a - b)
    const candidates = this.#candidates
    candidates.clear()
    const chosen = this.#chosen
    chosen.clear()
    for (let i = 0; i < ranked.length && i < options.maxCandidates; i++) {
      const root = ranked[i] ?? 0
      chosen.add(root)
      candidates.add(this.#canonical[root] ?? root)
      candidates.add(topMember[root] ?? root)
    }
    // Members that no longer member contains may be contained in the new quote on their own.
    for (let i = 0; i < touchedCount; i++) {
      const other = touched[i] ?? 0
      if (!((this.#flags[other] ?? 0) & COVERED) && chosen.has(this.#find(other))) {
        candidates.add(other)
      }
      counts[other] = 0
    }
    for (let i = 0; i < rootCount; i++) clusterHits[roots[i] ?? 0] = 0
    const speaker = this.#speaker[q] ?? -1
    if (speaker >= 0) {
      const words = this.#words
      const wordCount = this.#contentWords(q)
      // Too short for n-grams (or only stock ones): look for a container among the speaker's own
      // quotes that hold the fragment's rarest word.
      if (length < options.ngram || usable === 0) {
        let rarest: number[] | null = null
        for (let i = 0; i < wordCount; i++) {
          const word = words[i] ?? 0
          const list: number[] = []
          if (this.#postings.lookup(hashKey(SPEAKER_WORD_SEED, speaker, word), list) < 0) continue
          if (rarest === null || list.length < rarest.length) rarest = list
        }
        // The posting may lead to a fragment already inside a longer member: try the cluster's
        // canonical member too.
        for (const other of rarest ?? []) {
          candidates.add(other)
          candidates.add(this.#canonical[this.#find(other)] ?? other)
        }
      }
      // Earlier short fragments by the same speaker that this quote may contain.
      for (let i = 0; i < wordCount; i++) {
        const key = hashKey(SHORT_SEED, speaker, words[i] ?? 0)
        // Most quotes contain no earlier short fragment: a bit filter spares the table lookup.
        if (!this.#shortFilter.has(key)) continue
        const found = this.#postings.lookup(key, buffer, 0)
        for (let j = 0; j < found; j++) {
          const other = buffer[j] ?? 0
          candidates.add(other)
          candidates.add(this.#canonical[this.#find(other)] ?? other)
        }
      }
    }
    const matches: Match[] = []
    for (const other of candidates) {
      const match = this.#compare(q, other)
      if (match) matches.push(match)
    }
    if (matches.length > 0) this.#merge(q, matches)
    return true
  }

  /** Align two quotes (shorter inside longer) and apply the pair-level precision guards. */
  #compare(q: number, other: number): Match | null {
    const options = this.#options
    const lengthQ = this.#tokenLength[q] ?? 0
    const lengthOther = this.#tokenLength[other] ?? 0
    const inside = lengthQ <= lengthOther
    const short = inside ? q : other
    const long = inside ? other : q
    const content = this.#contentCount(short)
    if (content === 0) return null
    // Speaker guards first: they are cheap, and most candidates fail them.
    const speakerQ = this.#speaker[q] ?? -1
    const ownOther = this.#speaker[other] ?? -1
    const speakerOther = ownOther >= 0 ? ownOther : (this.#rootSpeaker[this.#find(other)] ?? -1)
    if (speakerQ >= 0 && speakerOther >= 0 && speakerQ !== speakerOther) return null
    // One or two content words prove little: only the same known speaker's quote may hold them.
    if (content < options.minFragmentWords && (speakerQ < 0 || speakerQ !== speakerOther)) {
      return null
    }
    // Unknown joining known speaker: the words alone must be strong evidence.
    const unattributed = speakerQ < 0 !== speakerOther < 0
    if (unattributed && content < options.minUnattributedWords) return null
    const shortStart = this.#tokenStart[short] ?? 0
    const shortLength = this.#tokenLength[short] ?? 0
    const longStart = this.#tokenStart[long] ?? 0
    const longLength = this.#tokenLength[long] ?? 0
    const pool = this.#pool
    let cost = 0
    let matched = content
    if (findRun(pool, shortStart, shortLength, pool, longStart, longLength) < 0) {
      // Cheap bag-of-words test first: most candidates share a phrase or two and fail here,
      // before the quadratic alignment.
      const allowed = Math.max(
        content >= options.minFragmentWords ? 1 : 0,
        Math.floor((1 - options.minCoverage) * content),
      )
      if (content - this.#sharedContent(short, long) > allowed) return null
      // The edit budget grows with length: a long transcript may differ in a few words.
      const budget = Math.floor(options.variantDistance * shortLength * CONTENT_COST)
      const alignment = align(
        this.#table,
        pool,
        shortStart,
        shortLength,
        pool,
        longStart,
        longLength,
        budget,
      )
      if (alignment === null) return null
      cost = alignment.cost
      matched = alignment.matchedContent
      // A shared stretch must cover most of the shorter quote's content words, not just a stock
      // phrase; one content word may differ once there are enough of them.
      if (content - matched > allowed) return null
      // Function words dropped at the edges are cheap, so `we will accept` fits inside
      // `we will not accept` by skipping `we will`; the stretch those words cover must not hold a
      // negation the shorter quote lacks (or the reverse).
      const from = Math.max(0, alignment.start - alignment.lead)
      const to = Math.min(longLength, alignment.end + alignment.trail)
      if (
        this.#negations(shortStart, shortLength) !== this.#negations(longStart + from, to - from)
      ) {
        return null
      }
    }
    if (unattributed && matched < options.minUnattributedWords) return null
    return { other, inside, cost }
  }

  /** Merge `q` with its best container and with every uncovered quote it contains. */
  #merge(q: number, matches: Match[]): void {
    const byQuality = (a: Match, b: Match) =>
      a.cost - b.cost || this.#find(a.other) - this.#find(b.other)
    // A quote that fits several clusters joins only its best container (lowest cost, then the
    // earliest cluster) instead of chaining them together.
    const containers = matches.filter((match) => match.inside).sort(byQuality)
    for (const match of containers) {
      if (this.#union(q, match.other)) {
        this.#flags[q] = (this.#flags[q] ?? 0) | COVERED
        break
      }
    }
    // A longer quote joins everything it contains (transitivity), except fragments that already
    // sit in a container of their own: those attached to their best container already.
    const contained = matches.filter((match) => !match.inside).sort(byQuality)
    for (const match of contained) {
      if ((this.#flags[match.other] ?? 0) & COVERED) continue
      if (this.#union(q, match.other)) {
        this.#flags[match.other] = (this.#flags[match.other] ?? 0) | COVERED
      }
    }
  }

  // ---- postings ----

  /**
   * Post the quote under its keys, skipping keys its cluster is already found by. `placed` says
   * that #place just looked up the quote's n-grams (their keys and list lengths are at hand).
   */
  #index(q: number, placed: boolean): void {
    if (this.#contentCount(q) === 0) return
    const options = this.#options
    const root = this.#find(q)
    const keys = this.#keys
    const keyCount = placed ? this.#keyCount : this.#ngramKeys(q)
    let usable = 0
    for (let i = 0; i < keyCount; i++) {
      const known = placed ? (this.#keyLengths[i] ?? UNKNOWN) : UNKNOWN
      if (this.#post(keys[i] ?? 0, q, root, options.maxPostings, known)) usable++
    }
    const speaker = this.#speaker[q] ?? -1
    if (speaker < 0) return
    // #place read the content words of a quote with a speaker already.
    const words = this.#words
    const wordCount = placed ? this.#wordCount : this.#contentWords(q)
    for (let i = 0; i < wordCount; i++) {
      const key = hashKey(SPEAKER_WORD_SEED, speaker, words[i] ?? 0)
      this.#post(key, q, root, options.maxSpeakerPostings)
    }
    // Fragments without usable n-grams are found by later quotes through this list.
    const length = this.#tokenLength[q] ?? 0
    if ((length < options.ngram || usable === 0) && !((this.#flags[q] ?? 0) & COVERED)) {
      for (let i = 0; i < wordCount; i++) {
        const key = hashKey(SHORT_SEED, speaker, words[i] ?? 0)
        this.#shortFilter.add(key)
        this.#post(key, q, root, options.maxSpeakerPostings)
      }
    }
  }

  /** Post `q` under `key` unless the key is stock or already leads to its cluster. */
  #post(key: number, q: number, root: number, cap: number, known = UNKNOWN): boolean {
    let count: number
    if (this.#nextMember[q] === q) {
      // A singleton cluster has no other member the key could already lead to.
      count = known === UNKNOWN ? this.#postings.count(key) : known
      if (count < 0) return false
    } else {
      const buffer = this.#buffer
      count = this.#postings.lookup(key, buffer, 0)
      if (count < 0) return false
      // One posting per cluster is enough to find it, and makes the cap count distinct
      // utterances rather than reproductions of one popular quote.
      for (let j = 0; j < count; j++) if (this.#find(buffer[j] ?? 0) === root) return true
    }
    if (count >= cap) this.#postings.markStock(key)
    else this.#postings.insert(key, q)
    return true
  }

  // ---- output ----

  #build(root: number): QuoteCluster {
    const members = this.#members(root)
    const canonical = this.#canonical[root] ?? root
    const quotes = new Array<string>(members.length)
    const out = new Array<ClusterMember>(members.length)
    for (let i = 0; i < members.length; i++) {
      const member = members[i] ?? root
      quotes[i] = this.#ids[member] ?? ''
      out[i] = this.#member(member, canonical)
    }
    const speaker = this.#rootSpeaker[root] ?? -1
    return {
      id: `c:${this.#ids[canonical]}`,
      // An index saved before every text was kept may lack one: its words stand in.
      text: this.#texts[canonical] ?? this.#wordsOf(canonical),
      speaker: speaker < 0 ? null : this.#speakers.value(speaker),
      quotes,
      members: out,
      outlets: this.#outlets(members),
    }
  }

  /** The normalized words of a quote, one space apart. */
  #wordsOf(q: number): string {
    const start = this.#tokenStart[q] ?? 0
    const words: string[] = []
    for (let i = 0; i < (this.#tokenLength[q] ?? 0); i++) {
      words.push(this.#vocabulary.word(this.#pool[start + i] ?? 0))
    }
    return words.join(' ')
  }

  /** The members of a cluster, in id order. */
  #members(root: number): number[] {
    // Most quotes are alone in their cluster.
    if (this.#nextMember[root] === root) return [root]
    const members: number[] = []
    let x = root
    do {
      members.push(x)
      x = this.#nextMember[x] ?? root
    } while (x !== root)
    return members.sort((a, b) => a - b)
  }

  /** Number of distinct documents among members. */
  #outlets(members: readonly number[]): number {
    if (members.length === 1) return 1
    const documents = new Set<number>()
    for (const member of members) documents.add(this.#document[member] ?? 0)
    return documents.size
  }

  #member(member: number, canonical: number): ClusterMember {
    const quote = this.#ids[member] ?? ''
    const document = this.#documents.value(this.#document[member] ?? 0)
    if (member === canonical) return { quote, document, relation: 'canonical', differences: null }
    const pool = this.#pool
    const start = this.#tokenStart[member] ?? 0
    const length = this.#tokenLength[member] ?? 0
    const canonicalStart = this.#tokenStart[canonical] ?? 0
    const canonicalLength = this.#tokenLength[canonical] ?? 0
    if (findRun(pool, start, length, pool, canonicalStart, canonicalLength) >= 0) {
      const relation = length === canonicalLength ? 'exact' : 'fragment'
      return { quote, document, relation, differences: null }
    }
    const alignment = align(
      this.#table,
      pool,
      start,
      length,
      pool,
      canonicalStart,
      canonicalLength,
      Number.MAX_SAFE_INTEGER,
      true,
    )
    const word = (id: number) => this.#vocabulary.word(id)
    return {
      quote,
      document,
      relation: 'variant',
      differences: {
        removed: alignment?.removed.map(word) ?? [],
        added: alignment?.added.map(word) ?? [],
      },
    }
  }
}

// Longest list sorted by insertion: the keys and words of a quote are a dozen or two, too few
// to repay a call into the native sort.
const INSERTION_SORT_MAX = 48

// Scratch for sortUnique: a typed array sorts numbers natively, without a comparator call per
// comparison (that call made sorting a tenth of the time spent adding quotes).
let sortScratch = new Int32Array(256)

/**
 * Sort the first `length` 32-bit integers of `values` ascending and drop repeats, in place.
 * Returns how many distinct values lead the array now.
 */
function sortUnique(values: number[], length: number): number {
  if (length < 2) return length
  if (length <= INSERTION_SORT_MAX) insertionSort(values, length)
  else nativeSort(values, length)
  let w = 1
  for (let r = 1; r < length; r++) {
    const value = values[r] ?? 0
    if (value !== values[w - 1]) values[w++] = value
  }
  return w
}
function insertionSort(values: number[], length: number): void {
  for (let i = 1; i < length; i++) {
    const value = values[i] ?? 0
    let j = i - 1
    for (; j >= 0 && (values[j] ?? 0) > value; j--) values[j + 1] = values[j] ?? 0
    values[j + 1] = value
  }
}

function nativeSort(values: number[], length: number): void {
  if (sortScratch.length < length)
    sortScratch = new Int32Array(Math.max(length, sortScratch.length * 2))
  const sorted = sortScratch.subarray(0, length)
  for (let i = 0; i < length; i++) sorted[i] = values[i] ?? 0
  sorted.sort()
  for (let i = 0; i < length; i++) values[i] = sorted[i] ?? 0
}
