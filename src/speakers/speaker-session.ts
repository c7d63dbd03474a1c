import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import type { Token } from '../tokenize/tokens.js'
import type { NameFacts, Usage } from '../tokenize/word-classes.js'
import { readNameFacts, settleNameWords, settleOpeners } from '../tokenize/word-classes.js'
import type { Attribution, SpeakerInput, SpeakerOutput } from './attribute-speakers.js'
import { readParagraphSpeakers, readsAsTranscript } from './attribute-speakers.js'
import { changedAttribution } from './attribution-copy.js'
import type { ScannedMention } from './clauses.js'
import { scanMentions } from './clauses.js'
import type { Entity, EntityTable } from './entities.js'
import type { FoldState } from './fold-state.js'
import { copyState, startState } from './fold-state.js'
import { FoldTrace } from './fold-trace.js'

// The last reading of the text, kept to compare the next one with.
interface Reading {
  paragraphs: readonly QuotedParagraph[]
  continued: readonly boolean[]
  headline: readonly boolean[]
  transcript: boolean
  // How the document uses each sentence opener that may be a name (see `settleNameWords`).
  usage: ReadonlyMap<string, Usage>
  // What reading each paragraph did, to tell whether reading it again does the same.
  traces: FoldTrace[]
  // The speaker stage's result, as it left the stage (callers change their own copy).
  attributions: (Attribution | null)[][]
  table: EntityTable
}

// The mentions of a paragraph's sentences, and the name words of its sentence openers then.
interface ScannedSentences {
  nameWords: boolean[]
  frames: ScannedMention[][]
  // The reading that last checked the name words.
  reading: number
}

// The state before a paragraph, kept to read on from it after an edit there.
interface Snapshot {
  at: number
  state: FoldState
}

/**
 * The speaker stage for a text being edited: `attributeSpeakers` with the last reading kept.
 * After an edit, the state before the first edited paragraph is taken from the snapshot kept
 * there, the edited paragraphs are read again, and when each leaves the same trace as before
 * (the same changes to the same state) and nothing after them read them, the paragraphs after
 * would be read exactly as before: the last result stands. Anything else reads it all again.
 */
export class SpeakerSession {
  #last: Reading | null = null
  #snapshot: Snapshot | null = null
  // Name facts of the paragraphs read, by paragraph: a paragraph's facts never change.
  #facts = new WeakMap<QuotedParagraph, NameFacts>()
  // Mentions of each sentence of the paragraphs read, by paragraph, with the name words they
  // were scanned with: settling can change a sentence opener's, and then its mentions.
  #mentions = new WeakMap<QuotedParagraph, ScannedSentences>()
  // Counts the readings, for the checks made once a reading.
  #reading = 0
  readonly #scan = (paragraph: QuotedParagraph, frame: number): ScannedMention[] =>
    this.#scanned(paragraph, frame)

  /**
   * The speakers of a document, as `attributeSpeakers` finds them.
   *
   * @param input The document's paragraphs (read, not settled).
   */
  read(input: SpeakerInput): SpeakerOutput {
    this.#reading++
    const paragraphs = input.paragraphs
    const last = this.#last
    const [first, end] = last ? changed(last.paragraphs, paragraphs) : [0, paragraphs.length]
    const usage = last && this.#settleEdited(last, paragraphs, first, end)
    const transcript = readsAsTranscript(paragraphs)
    const snapshot = this.#snapshot
    if (
      usage &&
      last &&
      snapshot &&
      snapshot.at <= first &&
      transcript === last.transcript &&
      sameFlags(input.continued, last.continued) &&
      sameFlags(input.headline, last.headline)
    ) {
      return this.#readOn(input, transcript, last, snapshot, first, end)
    }
    return this.#readAll(
      input,
      transcript,
      usage ?? settleNameWords(paragraphs.map((paragraph) => paragraph.tokens)),
      first,
    )
  }

  /** Forget the last reading. */
  clear(): void {
    this.#last = null
    this.#snapshot = null
  }

  // Settle the name words of the edited paragraphs alone, when what they give the document is
  // what the paragraphs they replace gave: then every other paragraph's stay as they were.
  // Returns the document's usage, or null when the whole document must be settled again.
  #settleEdited(
    last: Reading,
    paragraphs: readonly QuotedParagraph[],
    first: number,
    end: number,
  ): ReadonlyMap<string, Usage> | null {
    if (last.paragraphs.length !== paragraphs.length) return null
    const edited: NameFacts[] = []
    for (let index = first; index < end; index++) {
      const before = this.#factsOf(last.paragraphs[index] as QuotedParagraph)
      const after = this.#factsOf(paragraphs[index] as QuotedParagraph)
      if (!sameFacts(before, after, last.usage)) return null
      edited.push(after)
    }
    for (const facts of edited) settleOpeners(facts, last.usage)
    return last.usage
  }

  // A sentence's mentions, scanned once per paragraph and name words: each reading gets its own
  // copies, since reading may change a mention (a role gives its name a gender).
  #scanned(paragraph: QuotedParagraph, frame: number): ScannedMention[] {
    let kept = this.#mentions.get(paragraph)
    // Checked once a reading: the name words do not change while it reads.
    if (kept?.reading === this.#reading) return (kept.frames[frame] ?? []).map(copyMention)
    const openers = this.#factsOf(paragraph).openers
    if (!kept || openers.some((token, index) => token.nameWord !== kept?.nameWords[index])) {
      kept = {
        nameWords: openers.map((token) => token.nameWord),
        frames: paragraph.frames.map((sentence) =>
          scanMentions(paragraph.tokens, sentence.first, sentence.end),
        ),
        reading: this.#reading,
      }
      this.#mentions.set(paragraph, kept)
    }
    kept.reading = this.#reading
    return (kept.frames[frame] ?? []).map(copyMention)
  }

  #factsOf(paragraph: QuotedParagraph): NameFacts {
    let facts = this.#facts.get(paragraph)
    if (!facts) {
      facts = readNameFacts(paragraph.tokens)
      this.#facts.set(paragraph, facts)
    }
    return facts
  }

  // Read on from the snapshot before the edit (same paragraphs before it, same name words,
  // same document-wide flags). When the edited paragraphs leave the traces they left before
  // and nothing after them read them, the rest would read as before: the last result stands.
  // Otherwise the rest is read too.
  #readOn(
    input: SpeakerInput,
    transcript: boolean,
    last: Reading,
    snapshot: Snapshot,
    first: number,
    end: number,
  ): SpeakerOutput {
    const count = input.paragraphs.length
    // A paragraph after the edit that read an edited one (a byline signing the quote before
    // it, or the words of a sentence it remembered) might read differently now.
    let kept = !(end < count && (last.traces[end] as FoldTrace).readsPrevious)
    for (let index = end; kept && index < count; index++) {
      if ((last.traces[index] as FoldTrace).readsAny(first, end)) kept = false
    }
    if (kept && first >= end) return this.#lastResult(last, input)
    const state = copyState(snapshot.state)
    const traces = last.traces.slice()
    for (let index = snapshot.at; index < count; index++) {
      // The next edit is most likely in the same place: the snapshot moves up to it.
      if (index === first && index > snapshot.at) {
        this.#snapshot = { at: index, state: copyState(state) }
      }
      const trace = new FoldTrace()
      state.table.trace = trace
      readParagraphSpeakers(input, transcript, state, index, this.#scan)
      if (kept && !trace.equals(last.traces[index] as FoldTrace)) kept = false
      traces[index] = trace
      if (kept && index === end - 1) {
        // What the paragraphs read now tell of what they read is the one to check the next
        // edit by.
        last.traces = traces
        return this.#lastResult(last, input)
      }
    }
    state.table.trace = null
    // The rows before the snapshot are the last reading's, with this reading's entities (the
    // same, at the same indexes).
    const same = (attribution: Attribution | null): Attribution | null =>
      attribution &&
      changedAttribution(attribution, {
        entity: state.table.entities[attribution.entity.index] as Entity,
      })
    for (let index = 0; index < snapshot.at - 1; index++) {
      state.attributions[index] = (last.attributions[index] ?? []).map(same)
    }
    return this.#keep(input, transcript, last.usage, traces, state)
  }

  // Read every paragraph, keeping a snapshot before the first edited one.
  #readAll(
    input: SpeakerInput,
    transcript: boolean,
    usage: ReadonlyMap<string, Usage>,
    first: number,
  ): SpeakerOutput {
    const state = startState()
    const traces: FoldTrace[] = []
    this.#snapshot = null
    for (let index = 0; index < input.paragraphs.length; index++) {
      if (index === first) this.#snapshot = { at: index, state: copyState(state) }
      const trace = new FoldTrace()
      state.table.trace = trace
      readParagraphSpeakers(input, transcript, state, index, this.#scan)
      traces.push(trace)
    }
    state.table.trace = null
    return this.#keep(input, transcript, usage, traces, state)
  }

  // The last reading's result, now the reading of these paragraphs (callers change the rows).
  #lastResult(last: Reading, input: SpeakerInput): SpeakerOutput {
    last.paragraphs = input.paragraphs
    return { attributions: last.attributions.map((row) => row.slice()), entities: last.table }
  }

  // Keep a reading as the last one, and give its result.
  #keep(
    input: SpeakerInput,
    transcript: boolean,
    usage: ReadonlyMap<string, Usage>,
    traces: FoldTrace[],
    state: FoldState,
  ): SpeakerOutput {
    this.#last = {
      paragraphs: input.paragraphs,
      continued: input.continued,
      headline: input.headline,
      transcript,
      usage,
      traces,
      attributions: state.attributions.map((row) => row.slice()),
      table: state.table,
    }
    return { attributions: state.attributions, entities: state.table }
  }
}

// The range of paragraphs that differ between two readings: from the first that differs to
// past the last, counted from each end, in the new reading.
function changed(
  before: readonly QuotedParagraph[],
  after: readonly QuotedParagraph[],
): [number, number] {
  let first = 0
  const shorter = Math.min(before.length, after.length)
  while (first < shorter && before[first] === after[first]) first++
  let end = after.length
  let old = before.length
  while (end > first && old > first && before[old - 1] === after[end - 1]) {
    end--
    old--
  }
  return [first, end]
}

// Whether two paragraphs give `settleNameWords` the same: the same openers, followed alike,
// and the same uses of the words that are candidates in the document.
function sameFacts(a: NameFacts, b: NameFacts, usage: ReadonlyMap<string, Usage>): boolean {
  if (a.openers.length !== b.openers.length) return false
  for (let index = 0; index < a.openers.length; index++) {
    if ((a.openers[index] as Token).bare !== b.openers[index]?.bare) return false
    if (a.flags[index] !== b.flags[index]) return false
  }
  for (const [word, used] of a.usage)
    if (usage.has(word) && b.usage.get(word) !== used) return false
  for (const [word, used] of b.usage)
    if (usage.has(word) && a.usage.get(word) !== used) return false
  return true
}

// A mention's copy, written out field by field: every mention has the same fields in the same
// order (an `antecedent` of `undefined` too), so the copies share the originals' shape.
function copyMention(mention: ScannedMention): ScannedMention {
  return {
    kind: mention.kind,
    first: mention.first,
    end: mention.end,
    name: mention.name,
    titles: mention.titles,
    head: mention.head,
    organization: mention.organization,
    gender: mention.gender,
    plural: mention.plural,
    antecedent: mention.antecedent,
    role: mention.role,
  }
}

function sameFlags(a: readonly boolean[], b: readonly boolean[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}
