import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { itemAt } from '../tokenize/item-at.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { Token } from '../tokenize/tokens.js'
import type { NameFacts, Usage } from '../tokenize/word-classes.js'
import { readNameFacts, settleNameWords, settleOpeners } from '../tokenize/word-classes.js'
import type { Attribution, SpeakerInput, SpeakerOutput } from './attribute-speakers.js'
import { readParagraphSpeakers, readsAsTranscript } from './attribute-speakers.js'
import { changedAttribution } from './attribution-copy.js'
import type { ScannedMention } from './clauses.js'
import { scanMentions } from './clauses.js'
import { Divergence } from './divergence.js'
import type { Entity, EntityTable } from './entities.js'
import type { FoldState, Memory } from './fold-state.js'
import {
  copyState,
  markState,
  recall,
  rewindState,
  rowsInSight,
  startState,
  takenUpRows,
} from './fold-state.js'
import type { SlotKeys } from './fold-trace.js'
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
 * there, and the edited paragraphs are read again, then the ones after them until what they
 * hand on is the last reading's again. What the two readings may disagree on (entities, keys
 * of the table, remembered sentences, rows) is known from their traces (see `Divergence`):
 * when no later paragraph looked at any of it (nor at the edited paragraphs' words), the later
 * paragraphs would be read exactly as before, and the last result stands from there on, its
 * table given this reading's entities and keys. Anything else reads the rest again.
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
      usage ?? settleNameWords(packedMap(paragraphs, (paragraph) => paragraph.tokens)),
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
  // same document-wide flags), and stop as soon as the rest would read as before: when what the
  // paragraph read last hands on is the last reading's, and no later paragraph looked at
  // anything the edit may have changed (see `Divergence` and `keptFrom`). Then the last reading
  // stands from there on, its table brought up to date. Otherwise the rest is read too.
  #readOn(
    input: SpeakerInput,
    transcript: boolean,
    last: Reading,
    snapshot: Snapshot,
    first: number,
    end: number,
  ): SpeakerOutput {
    const count = input.paragraphs.length
    // No paragraph changed: the last result stands.
    if (first >= end && !(end < count && (last.traces[end] as FoldTrace).readsPrevious)) {
      return this.#lastResult(last, input)
    }
    // The snapshot is read on in place (a copy of the state costs as much as reading a
    // paragraph) and put back after; one that moves up to the edit is left behind.
    const state = snapshot.state
    const moves = snapshot.at < first
    const mark = moves ? null : markState(state)
    try {
      return this.#readFrom(input, transcript, last, snapshot, first, end, state, mark !== null)
    } catch (error) {
      // A reading that failed half way may have left anything half changed: the next one
      // reads the whole text.
      this.clear()
      throw error
    } finally {
      state.table.trace = null
      if (mark) rewindState(state, mark)
    }
  }

  // The reading of `#readOn` on the snapshot's state (which is put back after when `putBack`,
  // so the result must own a copy of what it keeps).
  #readFrom(
    input: SpeakerInput,
    transcript: boolean,
    last: Reading,
    snapshot: Snapshot,
    first: number,
    end: number,
    state: FoldState,
    putBack: boolean,
  ): SpeakerOutput {
    const count = input.paragraphs.length
    const moves = snapshot.at < first
    // What a key of the table held before the first edited paragraph.
    const before = (slot: number, key: string): string =>
      putBack
        ? state.table.plainValueAtBegin(slot, key)
        : (this.#snapshot as Snapshot).state.table.plainValue(slot, key)
    const traces = last.traces.slice()
    const divergence = new Divergence()
    // The first paragraph the rest may be kept from.
    let from = end
    for (let index = snapshot.at; index < count; index++) {
      // The next edit is most likely in the same place: the snapshot moves up to it.
      if (index === first && moves) this.#snapshot = { at: index, state: copyState(state) }
      const trace = new FoldTrace()
      state.table.trace = trace
      readParagraphSpeakers(input, transcript, state, index, this.#scan)
      trace.count = state.table.size
      traces[index] = trace
      const next = index + 1
      // (Past a long stretch read again, the rest seldom reads as before: no more tries, and
      // nothing more to take in.)
      if (index < first || next - end > tries) continue
      divergence.add(index, trace, last.traces[index] as FoldTrace)
      if (next < from || next >= count) continue
      const differ = keptFrom(next, state, divergence, traces, last.traces, first, end, before)
      if (typeof differ === 'number') {
        from = differ
        continue
      }
      // What the paragraphs read now tell of what they read is the one to check the next edit by.
      last.traces = traces
      return divergence.entities.size === 0 &&
        differ.every((keys) => !keys || keys.size === 0) &&
        divergence.memories.size === 0 &&
        divergence.rows.size === 0
        ? this.#lastResult(last, input)
        : this.#keepFrom(next, input, last, snapshot, state, divergence, differ)
    }
    // The result is this reading's table (a copy, when the snapshot is to be put back) and rows:
    // before the snapshot the last reading's, with this reading's entities (the same, at the
    // same places).
    const table = putBack ? state.table.copy() : state.table
    const same = (attribution: Attribution | null): Attribution | null =>
      attribution &&
      changedAttribution(attribution, {
        entity: table.entityAt(attribution.entity.index) as Entity,
      })
    // (The rows just before the snapshot may have been filled by the paragraph after them: a
    // byline, or words pointing back at a run of quotes.)
    const attributions = packedMap(input.paragraphs, (_, index) =>
      index < snapshot.at - takenUpRows
        ? (last.attributions[index] ?? []).map(same)
        : putBack
          ? (state.attributions[index] ?? []).map(same)
          : (state.attributions[index] ?? []),
    )
    return this.#keep(input, transcript, last.usage, traces, table, attributions)
  }

  // The last reading, kept from paragraph `next` on, with what this one read before it: its
  // table brought up to date with this reading's where the two may differ, and this reading's
  // rows before `next` given its entities.
  #keepFrom(
    next: number,
    input: SpeakerInput,
    last: Reading,
    snapshot: Snapshot,
    state: FoldState,
    divergence: Divergence,
    keys: SlotKeys,
  ): SpeakerOutput {
    const table = last.table
    table.adopt(state.table, divergence.entities, keys)
    const same = (attribution: Attribution | null): Attribution | null =>
      attribution &&
      changedAttribution(attribution, {
        entity: table.entityAt(attribution.entity.index) as Entity,
      })
    const attributions = last.attributions.slice()
    // (The rows before the snapshot may have been filled by the paragraph after them.)
    for (let index = Math.max(0, snapshot.at - takenUpRows); index < next; index++) {
      attributions[index] = (state.attributions[index] ?? []).map(same)
    }
    last.attributions = attributions
    return this.#lastResult(last, input)
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
      trace.count = state.table.size
      traces.push(trace)
    }
    state.table.trace = null
    return this.#keep(input, transcript, usage, traces, state.table, state.attributions)
  }

  // The last reading's result, now the reading of these paragraphs (callers change the rows).
  #lastResult(last: Reading, input: SpeakerInput): SpeakerOutput {
    last.paragraphs = input.paragraphs
    // (A row without quotes is no one's to change: it is given as it is, not copied.)
    return {
      attributions: last.attributions.map((row) => (row.length === 0 ? row : row.slice())),
      entities: last.table,
    }
  }

  // Keep a reading as the last one, and give its result.
  #keep(
    input: SpeakerInput,
    transcript: boolean,
    usage: ReadonlyMap<string, Usage>,
    traces: FoldTrace[],
    table: EntityTable,
    attributions: (Attribution | null)[][],
  ): SpeakerOutput {
    this.#last = {
      paragraphs: input.paragraphs,
      continued: input.continued,
      headline: input.headline,
      transcript,
      usage,
      traces,
      attributions: attributions.map((row) => row.slice()),
      table,
    }
    return { attributions, entities: table }
  }
}

// How many paragraphs past the edited ones the session reads again while trying to keep the
// rest: each try costs a pass over the traces of the rest, and an edit that changes that much
// seldom leaves the rest as it was.
const tries = 24

// Whether the last reading may be kept from paragraph `next` on, given that this one has read
// every paragraph before it: when what the paragraph before hands on is the last reading's (no
// attribution that may differ or names an entity that may; the same number of entities), and
// no paragraph from it on looked at what may differ (an entity, a key of the table, a sentence
// in sight, the words of an edited paragraph, a row). Then the keys of the table that differ,
// for the last reading's table to take from this one's; otherwise the first paragraph to try
// again from (past one that must be read).
function keptFrom(
  next: number,
  state: FoldState,
  divergence: Divergence,
  now: readonly FoldTrace[],
  traces: readonly FoldTrace[],
  first: number,
  end: number,
  before: (slot: number, key: string) => string,
): number | SlotKeys {
  const previous = itemAt(traces, next - 1) as FoldTrace
  if (state.table.size !== previous.count || (traces[next] as FoldTrace).readsPrevious)
    return next + 1
  if (!(itemAt(now, next - 1) as FoldTrace).handsSame(previous)) return next + 1
  // The paragraphs whose sentences in sight a later paragraph must not have looked at: one that
  // may differ or names an entity that may, and every one before it (readers look back from
  // the newest, and one that differs may be of another length).
  const unseen: number[] = []
  const sight = state.memory.slice(-recall)
  for (let index = sight.length - 1; index >= 0; index--) {
    const entry = sight[index] as Memory
    if (unseen.length > 0 || divergence.memories.has(entry.paragraph) || names(entry, divergence))
      unseen.push(entry.paragraph)
  }
  for (const attribution of [state.lastAttribution, state.introduced, state.reported]) {
    if (divergence.holds(attribution?.entity)) return next + 1
  }
  // The last row a later paragraph must not read: one that may differ, or names an entity that
  // may, or is an edited paragraph's (whose words a reader of the row may read too: whether its
  // quote asks a question).
  // (Rows before the edited ones are no later than those.)
  let unsure = end - 1
  for (let index = Math.max(end, next - rowsInSight); index < next; index++) {
    if (divergence.rows.has(index) || namedIn(state.attributions[index], divergence)) unsure = index
  }
  const keys = divergence.keysAt(state.table, before)
  for (let index = next; index < traces.length; index++) {
    const trace = traces[index] as FoldTrace
    if (
      trace.readsAny(first, end) ||
      trace.rowsFrom <= unsure ||
      divergence.touches(trace, keys) ||
      trace.sawSentenceOf(unseen)
    )
      return index + 1
    // A key a later paragraph wrote over, without looking at what it held, holds the same in
    // both readings from there on: the last reading's table has it.
    const written = trace.written
    for (let at = 0; at < written.length; at += 3) {
      keys[written[at] as number]?.delete(written[at + 1] as string)
    }
  }
  return keys
}

// Whether a row of attributions names an entity that may differ.
function namedIn(
  row: readonly (Attribution | null)[] | undefined,
  divergence: Divergence,
): boolean {
  return row?.some((attribution) => divergence.holds(attribution?.entity)) === true
}

// Whether a remembered sentence names an entity that may differ.
function names(entry: Memory, divergence: Divergence): boolean {
  return (
    divergence.holds(entry.subject) ||
    divergence.holds(entry.reporter) ||
    entry.speakers.some((entity) => divergence.holds(entity)) ||
    entry.others.some((entity) => divergence.holds(entity)) ||
    entry.owners.some((entity) => divergence.holds(entity)) ||
    divergence.holds(entry.turn?.speaker) ||
    divergence.holds(entry.turn?.addressee)
  )
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
  while (end > first && old > first && before[old - 1] === itemAt(after, end - 1)) {
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
