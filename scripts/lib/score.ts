/**
 * Accuracy scoring of the CLI's `--json` output against gold annotations: the seeds gold
 * (`fixtures/seeds.gold.json`: quotes, speakers as entities, clusters) and PolNeAR gold
 * (quotes and the source mentions annotators marked). Pure functions: no I/O here.
 */
import type { PairwiseScores } from './pairwise.js'
import { pairwiseScores, prf } from './pairwise.js'

// ---------------------------------------------------------------------------------------------
// Input shapes

/** A span of the input as the CLI prints it. */
export interface OutputSpan {
  text: string
  start: number
  end: number
}

/** The speaker of one predicted quote. */
export interface OutputQuoteSpeaker {
  id: string
  name: string
  kind?: string
  mention?: OutputSpan | null
}

/** One predicted quote (only the fields the scorer reads). */
export interface OutputQuote {
  id: string
  text: string
  start: number
  end: number
  speaker: OutputQuoteSpeaker | null
  cue?: OutputSpan | null
  method?: string
  confidence?: number
}

/** One document of the CLI output: its quotes, or an `error` when it could not be read. */
export interface OutputDocument {
  path?: string
  id?: string
  quotes?: OutputQuote[]
  error?: unknown
  warnings?: unknown[]
}

/** A speaker of the whole run, with every form of its name. */
export interface OutputSpeaker {
  id: string
  name: string
  kind?: string
  aliases?: string[]
}

/** A cluster of the whole run: ids of the quotes that reproduce the same words. */
export interface OutputCluster {
  id: string
  text?: string
  quotes: string[]
}

/** The CLI's `--json` output. */
export interface CliOutput {
  documents: OutputDocument[]
  speakers?: OutputSpeaker[]
  clusters?: OutputCluster[]
}

/** A gold entity of the seeds gold. */
export interface GoldEntity {
  name: string
  kind?: string
  aliases?: string[]
}

/** A gold quote of the seeds gold. */
export interface SeedsGoldQuote {
  index: number
  start: number
  end: number
  text: string
  speaker: string | null
  cue?: string | null
  how: string
  cluster: string
  loose?: string
}

/** A reference to one gold quote: its file and index. */
export interface GoldQuoteRef {
  file: string
  index: number
}

/** The seeds gold file. */
export interface SeedsGold {
  entities: Record<string, GoldEntity>
  unscoredPairs?: { a: GoldQuoteRef; b: GoldQuoteRef; why?: string }[]
  documents: { file: string; quotes: SeedsGoldQuote[] }[]
}

/** A gold quote of PolNeAR: the quote and the source span(s) the annotators marked. */
export interface PolnearGoldQuote {
  index: number
  start: number
  end: number
  text: string
  sources: [number, number][]
  sourceText: string
}

/** A PolNeAR gold file (`gold.json` beside the `.txt` files). */
export interface PolnearGold {
  documents: { file: string; quotes: PolnearGoldQuote[] }[]
}

// ---------------------------------------------------------------------------------------------
// Result shapes

/** Precision, recall and F1 with the counts behind them (the shape of pairwise scores). */
export type Prf = PairwiseScores

/** How the documents of the output line up with the gold documents. */
export interface DocumentAlignment {
  /** Gold documents. */
  gold: number
  /** Gold documents absent from the output (their quotes count as missed). */
  missing: string[]
  /** Gold documents the CLI reported an `error` for (their quotes count as missed). */
  errored: string[]
  /** Output documents with no gold (not scored). */
  extra: string[]
}

/** A quote in an error list. */
export interface QuoteRecord {
  file: string
  start: number
  end: number
  text: string
}

/** A found quote whose speaker is wrong. */
export interface SpeakerErrorRecord extends QuoteRecord {
  how: string
  /** Gold entity name, or null. */
  gold: string | null
  /** Predicted speaker name, or null. */
  predicted: string | null
  /** Predicted mention text, if any. */
  mention: string | null
}

/** Counts of a bucket of speaker decisions. */
export interface AccuracyCount {
  total: number
  correct: number
  /** `correct / total`, or null when `total` is 0. */
  accuracy: number | null
}

/** Everything measured against the seeds gold. */
export interface SeedsScore {
  documents: DocumentAlignment
  quotes: {
    gold: number
    predicted: number
    /** Same document, identical start and end. */
    exact: Prf
    /** Overlapping, same text after {@link normalizeQuoteText}. */
    lenient: Prf
  }
  speakers: AccuracyCount & {
    /** Gold has a speaker, prediction has none. */
    missing: number
    /** Both have a speaker, not the same entity. */
    wrong: number
    /** Gold has none, prediction has one. */
    spurious: number
    /** Accuracy per gold `how`. */
    byHow: Record<string, AccuracyCount>
  }
  speakerIds: {
    /** Gold entities with at least one correctly attributed quote. */
    entities: number
    /** Entities whose correctly attributed quotes carry more than one predicted id. */
    split: { entity: string; ids: string[] }[]
    /** Predicted ids that are correctly used for more than one gold entity. */
    merged: { id: string; entities: string[] }[]
  }
  clusters: Prf & {
    /** Found gold quotes taking part in pairs. */
    items: number
  }
  errors: {
    missed: (QuoteRecord & { speaker: string | null; how: string })[]
    spurious: (QuoteRecord & { speaker: string | null })[]
    wrongSpeakers: SpeakerErrorRecord[]
  }
}

/** A found PolNeAR quote that is not attributed right. */
export interface PolnearAttributionError extends QuoteRecord {
  sourceText: string
  sources: [number, number][]
  predicted: string | null
  mention: OutputSpan | null
}

/** Everything measured against a PolNeAR gold. */
export interface PolnearScore {
  documents: DocumentAlignment
  quotes: {
    gold: number
    predicted: number
    found: number
    /** `found / gold`, or null when there is no gold quote. */
    recall: number | null
    /** Predicted quotes that match no gold quote: scare quotes, titles, or errors. */
    unmatchedPredictions: number
  }
  attribution: {
    /** Found quotes whose gold source is non-empty. */
    withSource: number
    /** Of those, attributed right. */
    right: number
    /** `right / withSource`, or null. */
    share: number | null
    /** Right because the mention overlaps a gold source span. */
    rightByMention: number
    /** Right only by the name-ends-with rule. */
    rightByNameOnly: number
    /** Of `withSource`, quotes with no predicted speaker. */
    noSpeaker: number
    /** Of `withSource`, quotes with a speaker that is not right. */
    wrong: number
  }
  errors: {
    missed: (QuoteRecord & { sourceText: string })[]
    wrongAttributions: PolnearAttributionError[]
  }
}

// ---------------------------------------------------------------------------------------------
// Normalizers

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g
const EDGES = /^[\s\p{P}]+|[\s\p{P}]+$/gu

/** Quote text for lenient comparison: unified apostrophes and marks, edges trimmed, lowercased. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(EDGES, '')
    .replace(/\s+/g, ' ')
    .toLowerCase()
}

/** A name for comparison: NFKD without diacritics, lowercased, ’→', spaces collapsed, no "the ". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
}

/** The file name of a path (both separators accepted), used to pair output and gold documents. */
export function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** True when two half-open spans share at least one code unit. */
export function spansOverlap(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end
}

/** Length of the intersection of two half-open spans (0 when apart). */
export function overlapLength(
  a: { start: number; end: number },
  b: { start: number; end: number },
): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

// ---------------------------------------------------------------------------------------------
// Matchers

/** A gold quote predicate: does this predicted quote match that gold quote? */
export type QuoteMatcher = (
  predicted: { start: number; end: number; text: string },
  gold: { start: number; end: number; text: string },
) => boolean

/** Exact match: identical start and end. */
export const exactMatch: QuoteMatcher = (predicted, gold) =>
  predicted.start === gold.start && predicted.end === gold.end

/** Lenient match: the spans overlap and the texts are equal after {@link normalizeQuoteText}. */
export const lenientMatch: QuoteMatcher = (predicted, gold) =>
  spansOverlap(predicted, gold) &&
  normalizeQuoteText(predicted.text) === normalizeQuoteText(gold.text)

/**
 * Pairs gold quotes with predicted quotes of one document, one to one: each gold quote, in
 * order, takes the unused matching prediction that overlaps it most.
 * Returns, for each gold quote, the index of its predicted quote or -1.
 */
export function matchQuotes<P extends { start: number; end: number; text: string }>(
  predicted: readonly P[],
  gold: readonly { start: number; end: number; text: string }[],
  matcher: QuoteMatcher,
): number[] {
  const used = new Set<number>()
  return gold.map((g) => {
    let best = -1
    let bestOverlap = -1
    predicted.forEach((p, i) => {
      if (used.has(i) || !matcher(p, g)) return
      const overlap = overlapLength(p, g)
      if (overlap > bestOverlap) {
        best = i
        bestOverlap = overlap
      }
    })
    if (best >= 0) used.add(best)
    return best
  })
}

/**
 * True when a predicted speaker is the gold entity: its name, or an alias of it in the run's
 * speaker list (looked up by id), equals the entity's name or an alias, by {@link normalizeName}.
 */
export function isSameEntity(
  speaker: { id: string; name: string },
  speakersById: ReadonlyMap<string, OutputSpeaker>,
  entity: GoldEntity,
): boolean {
  const goldNames = new Set([entity.name, ...(entity.aliases ?? [])].map(normalizeName))
  const known = speakersById.get(speaker.id)
  const names = [speaker.name, ...(known ? [known.name, ...(known.aliases ?? [])] : [])]
  return names.some((name) => goldNames.has(normalizeName(name)))
}

// Words that say nothing about who the source is (pronouns, determiners, `Mrs`).
const SOURCE_STOP_WORDS = new Set(
  'the a an of and for from with who she her his him they them their its you one mrs'.split(' '),
)

/** Letter/digit words of a text, normalized like names. */
export function words(text: string): string[] {
  return normalizeName(text).match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * The PolNeAR name rule: the speaker's name ends with a word of the gold source text
 * (words of two letters or fewer and stop words like the/a/an/of do not count).
 */
export function nameEndsWithSourceWord(name: string, sourceText: string): boolean {
  const last = words(name).pop()
  if (last === undefined) return false
  return words(sourceText).some(
    (word) => word.length > 2 && !SOURCE_STOP_WORDS.has(word) && word === last,
  )
}

/** How a predicted quote stands against a PolNeAR gold source: right by mention, by name, or not. */
export function polnearAttribution(
  speaker: OutputQuoteSpeaker | null,
  gold: Pick<PolnearGoldQuote, 'sources' | 'sourceText'>,
): 'mention' | 'name' | 'none' | 'wrong' {
  if (speaker === null) return 'none'
  const mention = speaker.mention
  if (mention && gold.sources.some(([start, end]) => spansOverlap(mention, { start, end }))) {
    return 'mention'
  }
  if (nameEndsWithSourceWord(speaker.name, gold.sourceText)) return 'name'
  return 'wrong'
}

/** Up to `width` characters each side of a span, with the span in ⟦brackets⟧, on one line. */
export function context(text: string, start: number, end: number, width = 60): string {
  const before = text.slice(Math.max(0, start - width), start)
  const after = text.slice(end, end + width)
  return `…${before}⟦${text.slice(start, end)}⟧${after}…`.replace(/\s+/g, ' ')
}

// ---------------------------------------------------------------------------------------------
// Document alignment

interface Aligned<G> {
  file: string
  gold: G
  /** Predicted quotes, or null when the document is missing or errored. */
  predicted: OutputQuote[] | null
}

function align<G extends { file: string }>(
  output: CliOutput,
  goldDocuments: readonly G[],
): { aligned: Aligned<G>[]; alignment: DocumentAlignment } {
  const byName = new Map<string, OutputDocument>()
  for (const document of output.documents) {
    const name = basename(document.path ?? document.id ?? '')
    if (!byName.has(name)) byName.set(name, document)
  }
  const goldNames = new Set(goldDocuments.map((d) => basename(d.file)))
  const alignment: DocumentAlignment = {
    gold: goldDocuments.length,
    missing: [],
    errored: [],
    extra: [...byName.keys()].filter((name) => !goldNames.has(name)),
  }
  const aligned = goldDocuments.map((gold) => {
    const file = basename(gold.file)
    const document = byName.get(file)
    if (!document) alignment.missing.push(file)
    else if (document.error !== undefined || !document.quotes) alignment.errored.push(file)
    const predicted =
      document && document.error === undefined && document.quotes ? document.quotes : null
    return { file, gold, predicted }
  })
  return { aligned, alignment }
}

function record(file: string, quote: { start: number; end: number; text: string }): QuoteRecord {
  return { file, start: quote.start, end: quote.end, text: quote.text }
}

// ---------------------------------------------------------------------------------------------
// Scorers

/** Scores CLI output against the seeds gold: quotes, speakers, speaker ids, clusters. */
export function scoreSeeds(output: CliOutput, gold: SeedsGold): SeedsScore {
  const speakersById = new Map((output.speakers ?? []).map((s) => [s.id, s]))
  const clusterOf = new Map<string, string>()
  for (const cluster of output.clusters ?? []) {
    for (const quoteId of cluster.quotes) {
      if (!clusterOf.has(quoteId)) clusterOf.set(quoteId, cluster.id)
    }
  }
  const entityName = (id: string | null): string | null =>
    id === null ? null : (gold.entities[id]?.name ?? id)

  const { aligned, alignment } = align(output, gold.documents)
  let goldCount = 0
  let predictedCount = 0
  let exactHits = 0
  let lenientHits = 0
  const speakers: SeedsScore['speakers'] = {
    total: 0,
    correct: 0,
    accuracy: null,
    missing: 0,
    wrong: 0,
    spurious: 0,
    byHow: {},
  }
  const idsOfEntity = new Map<string, Set<string>>()
  const entitiesOfId = new Map<string, Set<string>>()
  const predictedClusters = new Map<string, string>()
  const goldClusters = new Map<string, string>()
  const loose = new Set<string>()
  const errors: SeedsScore['errors'] = { missed: [], spurious: [], wrongSpeakers: [] }

  for (const { file, gold: document, predicted } of aligned) {
    const quotes = predicted ?? []
    goldCount += document.quotes.length
    predictedCount += quotes.length
    exactHits += matchQuotes(quotes, document.quotes, exactMatch).filter((i) => i >= 0).length
    const lenient = matchQuotes(quotes, document.quotes, lenientMatch)
    const matched = new Set(lenient)
    quotes.forEach((quote, i) => {
      if (matched.has(i)) return
      errors.spurious.push({ ...record(file, quote), speaker: quote.speaker?.name ?? null })
    })

    document.quotes.forEach((goldQuote, g) => {
      const found = quotes[lenient[g] ?? -1]
      if (!found) {
        errors.missed.push({
          ...record(file, goldQuote),
          speaker: entityName(goldQuote.speaker),
          how: goldQuote.how,
        })
        return
      }
      lenientHits++

      const entity = goldQuote.speaker === null ? undefined : gold.entities[goldQuote.speaker]
      const speaker = found.speaker
      let correct: boolean
      if (goldQuote.speaker === null) {
        correct = speaker === null
        if (!correct) speakers.spurious++
      } else if (speaker === null) {
        correct = false
        speakers.missing++
      } else {
        correct = entity !== undefined && isSameEntity(speaker, speakersById, entity)
        if (!correct) speakers.wrong++
      }
      speakers.total++
      const bucket = speakers.byHow[goldQuote.how] ?? { total: 0, correct: 0, accuracy: null }
      speakers.byHow[goldQuote.how] = bucket
      bucket.total++
      if (correct) {
        speakers.correct++
        bucket.correct++
      } else {
        errors.wrongSpeakers.push({
          ...record(file, goldQuote),
          how: goldQuote.how,
          gold: entityName(goldQuote.speaker),
          predicted: speaker?.name ?? null,
          mention: speaker?.mention?.text ?? null,
        })
      }
      if (correct && speaker && goldQuote.speaker !== null) {
        const ids = idsOfEntity.get(goldQuote.speaker) ?? new Set()
        idsOfEntity.set(goldQuote.speaker, ids.add(speaker.id))
        const entities = entitiesOfId.get(speaker.id) ?? new Set()
        entitiesOfId.set(speaker.id, entities.add(goldQuote.speaker))
      }

      const item = quoteKey(file, goldQuote.index)
      goldClusters.set(item, goldQuote.cluster)
      predictedClusters.set(item, clusterOf.get(found.id) ?? `unclustered:${found.id}`)
      if (goldQuote.loose !== undefined) loose.add(item)
    })
  }

  speakers.accuracy = ratio(speakers.correct, speakers.total)
  for (const bucket of Object.values(speakers.byHow)) {
    bucket.accuracy = ratio(bucket.correct, bucket.total)
  }

  const unscored = new Set(
    (gold.unscoredPairs ?? []).map(({ a, b }) =>
      pairKey(quoteKey(basename(a.file), a.index), quoteKey(basename(b.file), b.index)),
    ),
  )
  const skip = (a: string, b: string): boolean =>
    loose.has(a) || loose.has(b) || unscored.has(pairKey(a, b))
  const pairwise = pairwiseScores(predictedClusters, goldClusters, skip)

  return {
    documents: alignment,
    quotes: {
      gold: goldCount,
      predicted: predictedCount,
      exact: prf(exactHits, predictedCount - exactHits, goldCount - exactHits),
      lenient: prf(lenientHits, predictedCount - lenientHits, goldCount - lenientHits),
    },
    speakers,
    speakerIds: {
      entities: idsOfEntity.size,
      split: [...idsOfEntity]
        .filter(([, ids]) => ids.size > 1)
        .map(([entity, ids]) => ({ entity, ids: [...ids].sort() })),
      merged: [...entitiesOfId]
        .filter(([, entities]) => entities.size > 1)
        .map(([id, entities]) => ({ id, entities: [...entities].sort() })),
    },
    clusters: {
      precision: pairwise.precision,
      recall: pairwise.recall,
      f1: pairwise.f1,
      truePositives: pairwise.truePositives,
      falsePositives: pairwise.falsePositives,
      falseNegatives: pairwise.falseNegatives,
      items: goldClusters.size,
    },
    errors,
  }
}

/** Key of a gold quote as a cluster item: `<file>#<index>`. */
export function quoteKey(file: string, index: number): string {
  return `${file}#${index}`
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

/** Scores CLI output against a PolNeAR gold: quote recall and attribution to the marked source. */
export function scorePolnear(output: CliOutput, gold: PolnearGold): PolnearScore {
  const { aligned, alignment } = align(output, gold.documents)
  const score: PolnearScore = {
    documents: alignment,
    quotes: { gold: 0, predicted: 0, found: 0, recall: null, unmatchedPredictions: 0 },
    attribution: {
      withSource: 0,
      right: 0,
      share: null,
      rightByMention: 0,
      rightByNameOnly: 0,
      noSpeaker: 0,
      wrong: 0,
    },
    errors: { missed: [], wrongAttributions: [] },
  }
  const { quotes: q, attribution: a, errors } = score

  for (const { file, gold: document, predicted } of aligned) {
    const quotes = predicted ?? []
    q.gold += document.quotes.length
    q.predicted += quotes.length
    const matches = matchQuotes(quotes, document.quotes, lenientMatch)
    const matched = new Set(matches.filter((i) => i >= 0))
    q.unmatchedPredictions += quotes.length - matched.size

    document.quotes.forEach((goldQuote, g) => {
      const found = quotes[matches[g] ?? -1]
      if (!found) {
        errors.missed.push({ ...record(file, goldQuote), sourceText: goldQuote.sourceText })
        return
      }
      q.found++
      if (goldQuote.sources.length === 0) return
      a.withSource++
      const verdict = polnearAttribution(found.speaker, goldQuote)
      if (verdict === 'mention') a.rightByMention++
      else if (verdict === 'name') a.rightByNameOnly++
      else {
        if (verdict === 'none') a.noSpeaker++
        else a.wrong++
        errors.wrongAttributions.push({
          ...record(file, goldQuote),
          sourceText: goldQuote.sourceText,
          sources: goldQuote.sources,
          predicted: found.speaker?.name ?? null,
          mention: found.speaker?.mention ?? null,
        })
      }
    })
  }

  a.right = a.rightByMention + a.rightByNameOnly
  a.share = ratio(a.right, a.withSource)
  q.recall = ratio(q.found, q.gold)
  return score
}

/** True when a parsed gold file is in the seeds format (it has `entities`). */
export function isSeedsGold(gold: unknown): gold is SeedsGold {
  return typeof gold === 'object' && gold !== null && 'entities' in gold && 'documents' in gold
}

/** True when a parsed gold file is in the PolNeAR format (documents with `sources`). */
export function isPolnearGold(gold: unknown): gold is PolnearGold {
  return (
    typeof gold === 'object' &&
    gold !== null &&
    'documents' in gold &&
    Array.isArray(gold.documents) &&
    !('entities' in gold)
  )
}
