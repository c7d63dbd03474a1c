import type { ClusterOptions, QuoteCluster, SerializedClusterIndex } from '../clusters/index.js'
import { ClusterIndex } from '../clusters/index.js'
import type { Gender } from '../lexicon/pronouns.js'
import { genderedTitles } from '../lexicon/titles.js'
import type { Entity } from '../speakers/entities.js'
import { EntityTable } from '../speakers/entities.js'
import type { Mention } from '../speakers/mentions.js'
import { isBlank } from '../speakers/name-key.js'
import { assignIds, toSpeaker } from '../speakers/speaker-ids.js'
import type { DocumentResult, Quote, Speaker } from '../types.js'
import { attributeText } from './attribute-text.js'

/** One document to read: an id (a path, a URL) and its text. */
export interface DocumentInput {
  /** Id of the document; quote ids are `<id>#<n>`. */
  id: string
  /** Its text. */
  text: string
}

/** A cluster as the corpus reports it: speaker as a run-level speaker id. */
export type CorpusCluster = QuoteCluster

/** Everything found in a set of documents. */
export interface CorpusResult {
  /** Each document's result, speaker ids made run-wide. */
  documents: DocumentResult[]
  /** Speakers across the run: one id per person, whatever the spelling. */
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
  result: DocumentResult
  // The run entity behind each document-level speaker id.
  entities: Map<string, Entity>
}

// Add a document to a corpus without the result `addResult` returns: `attributeDocuments` reads
// only the final result, so a copy of each document with provisional ids would be thrown away.
// Set by the class, which alone reaches its private members.
let storeResult: (corpus: QuoteCorpus, result: DocumentResult) => void

/**
 * A set of documents read one at a time: speakers are joined across documents as they come,
 * quotes go into an incremental cluster index, and the result can be read at any point.
 */
export class QuoteCorpus {
  readonly #people = new EntityTable()
  readonly #clusters: ClusterIndex
  readonly #documents: Stored[] = []
  readonly #provisional = new Map<Entity, string>()
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
   */
  add(input: DocumentInput): DocumentResult {
    return this.addResult(attributeText(input.text, { id: input.id }))
  }

  /**
   * Add a document already read with `attributeText` (by a worker, say).
   *
   * @param result The document's result.
   */
  addResult(result: DocumentResult): DocumentResult {
    const stored = this.#store(result)
    return this.#withRunIds(stored, this.#provisionalIds(stored.entities))
  }

  static {
    storeResult = (corpus, result) => {
      corpus.#store(result)
    }
  }

  // Join a document's speakers to the run's and its quotes to the clusters.
  #store(result: DocumentResult): Stored {
    const entities = new Map<string, Entity>()
    // The cluster index's speaker id of each document-level speaker id: one string per speaker,
    // not one per quote.
    const clusterSpeakers = new Map<string, string>()
    for (const speaker of result.speakers) {
      // Titles, and so the gender they show, are the speaker's: read once for all its spellings.
      const gender = titlesGender(speaker.titles)
      let entity = this.#people.add(asMention(speaker.name, speaker, gender))
      for (const alias of speaker.aliases)
        entity = this.#people.add(asMention(alias, speaker, gender))
      entities.set(speaker.id, entity)
      // An anonymous source may be anyone, the named speaker of the same words in another
      // outlet included: it does not keep quotes apart.
      if (entity.kind !== 'anonymous') clusterSpeakers.set(speaker.id, `e${entity.index}`)
    }
    const stored: Stored = { result, entities }
    this.#documents.push(stored)
    for (const quote of result.quotes) {
      this.#clusters.add({
        id: quote.id,
        documentId: result.id,
        text: quote.text,
        speakerId: (quote.speaker && clusterSpeakers.get(quote.speaker.id)) ?? null,
      })
    }
    return stored
  }

  // Ids for a document just added, without renaming the whole run: each entity keeps the id it
  // was first given until `result()` settles the final ones.
  #provisionalIds(entities: ReadonlyMap<string, Entity>): Map<Entity, string> {
    return assignIds(entities.values(), this.#provisional, this.#taken)
  }

  /** Everything so far: documents, run-wide speakers, clusters. */
  result(): CorpusResult {
    const ids = this.#runIds()
    const documents = this.#documents.map((stored) => this.#withRunIds(stored, ids))
    const spoke = new Set<Entity>()
    for (const stored of this.#documents)
      for (const entity of stored.entities.values()) spoke.add(entity)
    const speakers = this.#people.entities
      .filter((entity) => spoke.has(entity))
      .map((entity) => toSpeaker(entity, ids.get(entity) as string))
    // The index gives fresh clusters, whose speaker (`e<entity index>`) can be replaced in place.
    const clusters = this.#clusters.clusters()
    let speakerOf: Map<string, string> | undefined
    for (const cluster of clusters) {
      const entity = cluster.speaker
        ? this.#people.entities[Number(cluster.speaker.slice(1))]
        : undefined
      cluster.speaker = entity ? (ids.get(entity) ?? null) : null
      // Anonymous sources do not take part in clustering (see `#store`); a cluster of one
      // anonymous source's quotes still names it.
      if (!entity && cluster.members.length > 1) {
        speakerOf ??= quoteSpeakers(documents)
        const found = new Set(cluster.members.map((member) => speakerOf?.get(member.quote)))
        found.delete(undefined)
        if (found.size === 1) cluster.speaker = [...found][0] ?? null
      }
    }
    return { documents, speakers, clusters }
  }

  /** The cluster index as JSON, to keep clusters across runs (see `ClusterIndex.fromJSON`). */
  clustersToJSON(): SerializedClusterIndex {
    return this.#clusters.toJSON()
  }

  #runIds(): Map<Entity, string> {
    return assignIds(this.#people.entities)
  }

  #withRunIds(stored: Stored, ids: ReadonlyMap<Entity, string>): DocumentResult {
    const { result, entities } = stored
    const runId = (id: string): string => {
      const entity = entities.get(id)
      return entity ? (ids.get(entity) ?? id) : id
    }
    const nameOf = (id: string, fallback: string): string => entities.get(id)?.name ?? fallback
    const quotes: Quote[] = result.quotes.map((quote) =>
      quote.speaker
        ? {
            ...quote,
            speaker: {
              ...quote.speaker,
              id: runId(quote.speaker.id),
              name: nameOf(quote.speaker.id, quote.speaker.name),
            },
          }
        : quote,
    )
    const speakers = result.speakers.map((speaker) => ({
      ...speaker,
      id: runId(speaker.id),
      name: nameOf(speaker.id, speaker.name),
    }))
    return { ...result, quotes, speakers }
  }
}

// The run-wide speaker id of every quote that has one, by quote id.
function quoteSpeakers(documents: readonly DocumentResult[]): Map<string, string> {
  const speakers = new Map<string, string>()
  for (const document of documents)
    for (const quote of document.quotes) if (quote.speaker) speakers.set(quote.id, quote.speaker.id)
  return speakers
}

// The run's entity table joins names the way a document's does; a speaker's name stands in
// for a mention of it.
function asMention(name: string, speaker: Speaker, gender: Gender): Mention {
  return {
    kind: speaker.kind === 'anonymous' ? 'anonymous' : 'name',
    first: 0,
    end: 0,
    name,
    titles: speaker.titles,
    head: lastWord(name).toLowerCase(),
    organization: speaker.kind === 'organization',
    gender,
    plural: false,
  }
}

// What follows the last blank (`\s`) of a name: its last word, or '' after a trailing blank.
function lastWord(name: string): string {
  let start = name.length
  while (start > 0 && !isBlank(name.charCodeAt(start - 1))) start--
  return start === 0 ? name : name.slice(start)
}

// `Mr.` in one document and `Jane` in another must not join: the titles keep their gender.
function titlesGender(titles: readonly string[]): Gender {
  for (const title of titles) {
    for (const word of title.toLowerCase().split(/\s+/)) {
      const gender = genderedTitles[word]
      if (gender) return gender
    }
  }
  return 'unknown'
}

/**
 * Read a set of documents: every quote and speaker of each, one id per speaker across them
 * all, and the clusters of quotes that carry the same words.
 *
 * @param inputs The documents.
 * @param options Clustering options.
 */
export function attributeDocuments(
  inputs: Iterable<DocumentInput>,
  options?: Readonly<CorpusOptions> | null,
): CorpusResult {
  const corpus = new QuoteCorpus(options)
  for (const input of inputs) storeResult(corpus, attributeText(input.text, { id: input.id }))
  return corpus.result()
}
