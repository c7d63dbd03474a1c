import { DuplicateIdError } from '../clusters/errors.js'
import type { ClusterOptions, QuoteCluster, SerializedClusterIndex } from '../clusters/index.js'
import { ClusterIndex } from '../clusters/index.js'
import { compareIds } from '../clusters/order.js'
import { slug } from '../speakers/name-key.js'
import type { DocumentResult, Speaker } from '../types.js'
import { attributeText } from './attribute-text.js'
import { type Member, nameGroups, RunSpeakers, toMember } from './run-speakers.js'

/** One document to read: an id (a path, a URL) and its text. */
export interface DocumentInput {
  /**
   * Id of the document; quote ids are `<id>#<n>`. Without one, the document is named by its
   * text (`doc-<hash>`), so that the name does not depend on the order of the documents.
   */
  id?: string | null | undefined
  /** Its text. */
  text: string
}

/** A cluster as the corpus reports it: speaker as a run-level speaker id. */
export type CorpusCluster = QuoteCluster

/** Everything found in a set of documents. */
export interface CorpusResult {
  /** Each document's result, speaker ids made run-wide. */
  documents: DocumentResult[]
  /** Speakers across the run, by id: one id per person, whatever the spelling. */
  speakers: Speaker[]
  /** The same words carried by several quotes (every quote is in exactly one cluster). */
  clusters: CorpusCluster[]
}

/** Options for a {@link QuoteCorpus} and {@link attributeDocuments}. */
export interface CorpusOptions {
  /** Options for clustering. */
  clusters?: Readonly<ClusterOptions> | null | undefined
}

interface Stored {
  // The document's own result, never handed out (copies are).
  result: DocumentResult
  // Each document-level speaker read for joining, by its document-level id.
  members: Map<string, Member>
  // The speaker key the cluster index holds for each document-level speaker.
  labels: Map<string, string | null>
}

// Add a document to a corpus without the result `addResult` returns: `attributeDocuments` reads
// only the final result, so a copy of each document with provisional ids would be thrown away.
// Set by the class, which alone reaches its private members.
let storeResult: (corpus: QuoteCorpus, result: DocumentResult) => void

/**
 * A set of documents read one at a time: speakers are joined across documents as they come,
 * quotes go into an incremental cluster index, and the result can be read at any point.
 * The result depends on the set of documents, not on the order they were added in.
 */
export class QuoteCorpus {
  readonly #people = new RunSpeakers()
  readonly #clusters: ClusterIndex
  readonly #documents: Stored[] = []
  readonly #documentIds = new Set<string>()
  readonly #provisional = new Map<string, string>()
  readonly #taken = new Set<string>()

  /** @param options Clustering options. */
  constructor(options?: Readonly<CorpusOptions> | null) {
    this.#clusters = new ClusterIndex(options?.clusters)
  }

  /** Number of documents added. */
  get size(): number {
    return this.#documents.length
  }

  /**
   * Read one document and add it to the set.
   *
   * @param input The document.
   * @returns Its result, with speaker ids as they stand now (they can change when a later
   *   document spells a name more fully; {@link QuoteCorpus.result} gives the final ones).
   * @throws {DuplicateIdError} When a document with this id was added (nothing is added).
   */
  add(input: DocumentInput): DocumentResult {
    const id = input.id || freeId(textId(input.text), this.#documentIds)
    if (this.#documentIds.has(id)) throw new DuplicateIdError('document', id)
    return this.addResult(attributeText(input.text, { id }))
  }

  /**
   * Add a document already read with `attributeText` (by a worker, say). A result without an
   * id is named by its quotes' text.
   *
   * @param result The document's result (copied: changing it later changes nothing here).
   * @throws {DuplicateIdError} When its id or one of its quote ids was added before (nothing
   *   is added).
   */
  addResult(result: DocumentResult): DocumentResult {
    const stored = this.#store(result)
    const ids = new Map<Member, string>()
    for (const member of stored.members.values()) {
      const key = this.#people.groupOf(member)
      let id = this.#provisional.get(key)
      if (id === undefined) {
        id = freeId(slug(member.phrase ?? member.name), this.#taken)
        this.#taken.add(id)
        this.#provisional.set(key, id)
      }
      ids.set(member, id)
    }
    return withRunIds(stored, (member) => ({ id: ids.get(member) ?? '', name: member.name }))
  }

  static {
    storeResult = (corpus, result) => {
      corpus.#store(result)
    }
  }

  // Check a document's ids, then join its speakers to the run's and its quotes to the clusters.
  #store(input: DocumentResult): Stored {
    const result = named(copyResult(input), this.#documentIds)
    if (this.#documentIds.has(result.id)) throw new DuplicateIdError('document', result.id)
    const quoteIds = new Set<string>()
    for (const quote of result.quotes) {
      if (quoteIds.has(quote.id) || this.#clusters.has(quote.id)) {
        throw new DuplicateIdError('quote', quote.id)
      }
      quoteIds.add(quote.id)
    }
    this.#documentIds.add(result.id)
    const members = new Map<string, Member>()
    const labels = new Map<string, string | null>()
    for (const speaker of result.speakers) {
      const member = toMember(speaker)
      this.#people.add(member)
      members.set(speaker.id, member)
    }
    for (const [id, member] of members) labels.set(id, this.#label(member))
    const stored: Stored = { result, members, labels }
    this.#documents.push(stored)
    for (const quote of result.quotes) {
      this.#clusters.add({
        id: quote.id,
        documentId: result.id,
        text: quote.text,
        speakerId: (quote.speaker && labels.get(quote.speaker.id)) ?? null,
      })
    }
    return stored
  }

  // The speaker key a member's quotes carry into clustering. An anonymous source may be
  // anyone, the named speaker of the same words in another outlet included: it does not keep
  // quotes apart.
  #label(member: Member): string | null {
    return member.kind === 'anonymous' ? null : this.#people.groupOf(member)
  }

  /**
   * Everything so far: documents, run-wide speakers, clusters. Speakers are joined and clusters
   * built over the whole set here (see the README for what that costs), so the result does not
   * depend on the order of addition. Every call returns fresh objects.
   */
  result(): CorpusResult {
    const groups = this.#settleSpeakers()
    const speakers = nameGroups(groups)
    const runSpeaker = (member: Member): Speaker | undefined =>
      speakers.get(this.#people.groupOf(member))
    const documents = this.#documents.map((stored) =>
      withRunIds(stored, (member) => runSpeaker(member) ?? { id: '', name: member.name }),
    )
    const clusters = this.#clusters.clusters()
    let speakerOf: Map<string, string> | undefined
    for (const cluster of clusters) {
      cluster.speaker =
        cluster.speaker === null ? null : (speakers.get(cluster.speaker)?.id ?? null)
      // Anonymous sources do not take part in clustering (see `#label`); a cluster of one
      // anonymous source's quotes, a single quote included, still names it.
      if (cluster.speaker === null) {
        speakerOf ??= quoteSpeakers(documents)
        const found = new Set(cluster.members.map((member) => speakerOf?.get(member.quote)))
        found.delete(undefined)
        if (found.size === 1) cluster.speaker = [...found][0] ?? null
      }
    }
    const list = [...speakers.values()].sort((a, b) => compareIds(a.id, b.id))
    return { documents, speakers: list, clusters }
  }

  /** The cluster index as JSON, to keep clusters across runs (see `ClusterIndex.fromJSON`). */
  clustersToJSON(): SerializedClusterIndex {
    this.#settleSpeakers()
    return this.#clusters.toJSON()
  }

  // Every member's group as the whole run decides it; quotes whose speaker key changed since
  // they were clustered are given the new one (the index rebuilds its clusters if any did).
  #settleSpeakers(): Map<string, Member[]> {
    const groups = new Map<string, Member[]>()
    for (const stored of this.#documents) {
      let changed: Set<string> | undefined
      for (const [id, member] of stored.members) {
        const key = this.#people.groupOf(member)
        const members = groups.get(key)
        if (members) members.push(member)
        else groups.set(key, [member])
        const label = this.#label(member)
        if (label !== stored.labels.get(id)) {
          stored.labels.set(id, label)
          changed ??= new Set()
          changed.add(id)
        }
      }
      if (!changed) continue
      for (const quote of stored.result.quotes) {
        if (quote.speaker && changed.has(quote.speaker.id)) {
          this.#clusters.setSpeaker(quote.id, stored.labels.get(quote.speaker.id) ?? null)
        }
      }
    }
    return groups
  }
}

// A copy of a stored document with each speaker's run id and name.
function withRunIds(
  stored: Stored,
  run: (member: Member) => { id: string; name: string },
): DocumentResult {
  const copy = copyResult(stored.result)
  const ids = new Map<string, { id: string; name: string }>()
  for (const [id, member] of stored.members) ids.set(id, run(member))
  for (const quote of copy.quotes) {
    const speaker = quote.speaker && ids.get(quote.speaker.id)
    if (quote.speaker && speaker) {
      quote.speaker.id = speaker.id
      quote.speaker.name = speaker.name
    }
  }
  for (const speaker of copy.speakers) {
    const found = ids.get(speaker.id)
    if (found) {
      speaker.id = found.id
      speaker.name = found.name
    }
  }
  return copy
}

// A deep copy of a document's result, field by field: quicker than `structuredClone` on the
// many small objects of a long article.
function copyResult(result: DocumentResult): DocumentResult {
  return {
    ...result,
    // A slim result (the CLI keeps one per streamed document) may leave out places and spans.
    quotes: result.quotes.map((quote) => ({
      ...quote,
      position: quote.position && {
        ...quote.position,
        start: { ...quote.position.start },
        end: { ...quote.position.end },
      },
      speaker: quote.speaker && {
        ...quote.speaker,
        mention: quote.speaker.mention && { ...quote.speaker.mention },
      },
      cue: quote.cue && { ...quote.cue },
    })),
    speakers: result.speakers.map((speaker) => ({
      ...speaker,
      aliases: [...speaker.aliases],
      titles: [...speaker.titles],
    })),
    warnings: result.warnings.map((warning) => ({ ...warning })),
  }
}

// The run-wide speaker id of every quote that has one, by quote id.
function quoteSpeakers(documents: readonly DocumentResult[]): Map<string, string> {
  const speakers = new Map<string, string>()
  for (const document of documents)
    for (const quote of document.quotes) if (quote.speaker) speakers.set(quote.id, quote.speaker.id)
  return speakers
}

// A result without an id takes one from its quotes' text, and its quotes (`q<n>`) the ids
// `<id>#<n>`.
function named(result: DocumentResult, taken: ReadonlySet<string>): DocumentResult {
  if (result.id) return result
  const id = freeId(textId(result.quotes.map((quote) => quote.text).join('\n')), taken)
  const renamed = new Map<string, string>()
  result.quotes.forEach((quote, index) => {
    renamed.set(quote.id, `${id}#${index}`)
  })
  for (const quote of result.quotes) {
    quote.id = renamed.get(quote.id) ?? quote.id
    if (quote.parent !== null) quote.parent = renamed.get(quote.parent) ?? quote.parent
  }
  result.id = id
  return result
}

// `doc-` and a hash of the text (FNV-1a over UTF-16 code units): the same for the same text
// in any order of documents. A text that is not a string is left to `attributeText` to refuse.
function textId(text: unknown): string {
  if (typeof text !== 'string') return 'doc'
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return `doc-${(hash >>> 0).toString(16).padStart(8, '0')}`
}

// `base`, or `base-2`, `base-3`, … when taken.
function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

/**
 * Read a set of documents: every quote and speaker of each, one id per speaker across them
 * all, and the clusters of quotes that carry the same words. The result is the same for the
 * documents in any order (the documents themselves are listed in the order given).
 *
 * @param inputs The documents; those without an id are named by their text.
 * @param options Clustering options.
 * @throws {DuplicateIdError} When two documents share an id (before any is read).
 */
export function attributeDocuments(
  inputs: Iterable<DocumentInput>,
  options?: Readonly<CorpusOptions> | null,
): CorpusResult {
  const list = [...inputs]
  const given = new Set<string>()
  for (const input of list) {
    if (!input.id) continue
    if (given.has(input.id)) throw new DuplicateIdError('document', input.id)
    given.add(input.id)
  }
  const ids = list.map((input) => {
    if (input.id) return input.id
    const id = freeId(textId(input.text), given)
    given.add(id)
    return id
  })
  // Added in the order of their quote ids (`<id>#<n>`), the quotes cluster as they come, with
  // no rebuild at the end.
  const order = ids.map((_, index) => index).sort((a, b) => compareIds(`${ids[a]}#`, `${ids[b]}#`))
  const corpus = new QuoteCorpus(options)
  for (const index of order) {
    storeResult(corpus, attributeText(list[index]?.text as string, { id: ids[index] }))
  }
  const result = corpus.result()
  const byId = new Map(result.documents.map((document) => [document.id, document]))
  result.documents = ids.map((id) => byId.get(id) as DocumentResult)
  return result
}
