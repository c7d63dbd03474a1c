import type { FrameToken } from '../tokenize/word-classes.js'
import type { Attribution } from './attribute-speakers.js'
import { changedAttribution } from './attribution-copy.js'
import type { Entity } from './entities.js'
import { EntityTable } from './entities.js'
import type { FoldTrace } from './fold-trace.js'

/** What the reader remembers of a sentence, to resolve the pronouns of the next ones. */
export interface Memory {
  /** Index of its paragraph. */
  paragraph: number
  /** Entities it attributed quotes to. */
  speakers: Entity[]
  /** Its subject. */
  subject: Entity | null
  /** Token index where the subject's mention starts, or -1. */
  subjectAt: number
  /** Other entities it named. */
  others: Entity[]
  /**
   * People it names in full as owners of what its verb takes (`praised Jane Doe’s handling`):
   * in sight for a later pronoun after everyone else, and for nothing else.
   */
  owners: Entity[]
  /** Whom its cue reports when it has no quote (`Doe said the talks stalled`), or `undefined`. */
  reporter: Entity | undefined
  /**
   * The sentence itself, for the groups `they` may stand for (read only when asked). Whoever
   * reads these words from a later paragraph calls `table.trace?.read(paragraph)` first: an
   * editor keeps a later paragraph's reading only while no words it read have changed
   * (`tests/attributor-edits.test.ts` holds edits that fail when such a read goes unrecorded).
   */
  tokens: readonly FrameToken[]
  /** Index of its first token. */
  first: number
  /** Index past its last token. */
  end: number
  /**
   * In an interview's turn (`A: I told them …`, `Q: You called it …`), whom its `I` and its
   * `you` stand for; `undefined` elsewhere.
   */
  turn: TurnVoices | undefined
}

/**
 * A copy of a memory entry that ends at `end`, written out field by field: every entry has the
 * same fields in the same order (`reporter` and `turn` as `undefined` when it has none), so
 * the readers that take one stay monomorphic, where a spread gives the copy a shape of its own.
 *
 * @param entry The entry to copy.
 * @param end Index past the last token the copy holds.
 */
export function memoryEndingAt(entry: Memory, end: number): Memory {
  return {
    paragraph: entry.paragraph,
    speakers: entry.speakers,
    subject: entry.subject,
    subjectAt: entry.subjectAt,
    others: entry.others,
    owners: entry.owners,
    reporter: entry.reporter,
    tokens: entry.tokens,
    first: entry.first,
    end,
    turn: entry.turn,
  }
}

/** Who speaks a turn of an interview and whom it addresses, as far as the text says. */
export interface TurnVoices {
  /** Whom `I`, `my`, `me` stand for, or null when the text does not say. */
  speaker: Entity | null
  /** Whom `you` stands for, or null. */
  addressee: Entity | null
}

/**
 * The sentences remembered, as the reading of one paragraph sees them. Traced (for an editor),
 * each entry of an earlier paragraph it hands out is noted in the trace, so the editor knows
 * which remembered sentences the paragraph's reading rested on. Readers get entries only
 * through it (it is no array), so none can be missed.
 */
export class Sight {
  readonly #entries: Memory[]
  readonly #trace: FoldTrace | null
  readonly #paragraph: number

  /**
   * @param entries The sentences remembered (added to by `push`).
   * @param trace The trace of the paragraph's reading, or null.
   * @param paragraph The paragraph's index.
   */
  constructor(entries: Memory[], trace: FoldTrace | null, paragraph: number) {
    this.#entries = entries
    this.#trace = trace
    this.#paragraph = paragraph
  }

  /** How many sentences are remembered (the index past the newest). */
  get length(): number {
    return this.#entries.length
  }

  /**
   * The sentence at an index (0 the oldest), noted as looked at.
   *
   * @param index The index.
   */
  entry(index: number): Memory | undefined {
    const entry = this.#entries[index]
    if (entry && this.#trace && entry.paragraph < this.#paragraph) {
      this.#trace.sawSentence(entry.paragraph)
    }
    return entry
  }

  /** The newest sentence, noted as looked at. */
  newest(): Memory | undefined {
    return this.entry(this.#entries.length - 1)
  }

  /**
   * The last `count` sentences, oldest first, each noted as looked at.
   *
   * @param count How many.
   */
  recent(count: number): Memory[] {
    const entries: Memory[] = []
    for (
      let index = Math.max(0, this.#entries.length - count);
      index < this.#entries.length;
      index++
    )
      entries.push(this.entry(index) as Memory)
    return entries
  }

  /**
   * Remember a sentence of the paragraph being read.
   *
   * @param entry The sentence.
   */
  push(entry: Memory): void {
    this.#entries.push(entry)
  }
}

/**
 * How many rows before its own a paragraph may fill: words pointing back (`Those were the words
 * of Jane Doe.`) take up a run of quotes alone in their paragraphs, up to this many.
 */
export const takenUpRows = 3

/** How many sentences back a pronoun looks: the memory a reading needs, and no more. */
export const recall = 6

/**
 * How many paragraphs back a reading looks at the attributions made (an exchange's other
 * party): the rows a copy of the state must keep to read on from it.
 */
export const rowsInSight = recall * 2

/** What reading a document carries from one paragraph to the next. */
export interface FoldState {
  /** The document's entities so far. */
  table: EntityTable
  /** Sentences read so far (only the last `recall` are ever looked at). */
  memory: Memory[]
  /** Attributions of each paragraph read so far, by quote. */
  attributions: (Attribution | null)[][]
  /** The attribution a next quote may continue. */
  lastAttribution: Attribution | null
  /** Index of the last paragraph with a quote. */
  lastParagraphWithQuote: number
  /** A paragraph ending `X said:` hands its speaker to the quote opening the next paragraph. */
  introduced: Attribution | null
  /** Reported speech hands its speaker to a quote opening the very next sentence. */
  reported: Attribution | null
}

/** The state before the first paragraph. */
export function startState(): FoldState {
  return {
    table: new EntityTable(),
    memory: [],
    attributions: [],
    lastAttribution: null,
    lastParagraphWithQuote: -2,
    introduced: null,
    reported: null,
  }
}

/**
 * A copy of a state to read on from, sharing nothing that reading changes. Only the last
 * `rowsInSight` attribution rows are kept (the last of them the one a byline may still fill):
 * the copy is for reading the paragraphs after it, not for the rows before.
 *
 * @param state The state to copy.
 */
export function copyState(state: FoldState): FoldState {
  const table = state.table.copy()
  const same = (entity: Entity): Entity => table.entityAt(entity.index) as Entity
  const moved = (attribution: Attribution | null): Attribution | null =>
    attribution && changedAttribution(attribution, { entity: same(attribution.entity) })
  // Field by field, in the order of `memoryEndingAt`: one shape for every entry.
  const memory = state.memory.slice(-recall).map(
    (entry): Memory => ({
      paragraph: entry.paragraph,
      speakers: entry.speakers.map(same),
      subject: entry.subject && same(entry.subject),
      subjectAt: entry.subjectAt,
      others: entry.others.map(same),
      owners: entry.owners.map(same),
      // (The reporter too: `he added` may take them, and a gender learned of them must be
      // learned of the copy's entity.)
      reporter: entry.reporter && same(entry.reporter),
      tokens: entry.tokens,
      first: entry.first,
      end: entry.end,
      turn: entry.turn && {
        speaker: entry.turn.speaker && same(entry.turn.speaker),
        addressee: entry.turn.addressee && same(entry.turn.addressee),
      },
    }),
  )
  const attributions: (Attribution | null)[][] = new Array(state.attributions.length)
  // An exchange's turn reads the rows of the paragraphs before it: without them, reading on
  // from the copy would find no exchange where reading from the start does.
  for (
    let index = Math.max(0, state.attributions.length - rowsInSight);
    index < state.attributions.length;
    index++
  ) {
    attributions[index] = (state.attributions[index] ?? []).map(moved)
  }
  return {
    table,
    memory,
    attributions,
    lastAttribution: moved(state.lastAttribution),
    lastParagraphWithQuote: state.lastParagraphWithQuote,
    introduced: moved(state.introduced),
    reported: moved(state.reported),
  }
}

/** What a state held when marked, to come back to (see `markState`). */
export interface StateMark {
  memory: number
  attributions: number
  // Copies of the last rows (oldest first), the ones the next paragraph may fill: a byline's,
  // or words pointing back at a run of quotes (`takenUpRows`).
  lastRows: (Attribution | null)[][]
  lastAttribution: Attribution | null
  lastParagraphWithQuote: number
  introduced: Attribution | null
  reported: Attribution | null
}

/**
 * Mark a state to read on from and come back to with `rewindState`: an editor reads on from
 * the state before an edit in place, where a copy would cost as much as reading a paragraph.
 *
 * @param state The state.
 */
export function markState(state: FoldState): StateMark {
  state.table.begin()
  const count = state.attributions.length
  return {
    memory: state.memory.length,
    attributions: count,
    lastRows: state.attributions.slice(Math.max(0, count - takenUpRows)).map((row) => row.slice()),
    lastAttribution: state.lastAttribution,
    lastParagraphWithQuote: state.lastParagraphWithQuote,
    introduced: state.introduced,
    reported: state.reported,
  }
}

/**
 * Put a state back as it was when marked. Reading only adds sentences and rows, fills the row
 * before it and changes the table (which keeps what it held): that is what goes back.
 *
 * @param state The state, read on from since it was marked.
 * @param mark The mark.
 */
export function rewindState(state: FoldState, mark: StateMark): void {
  state.table.rewind()
  state.memory.length = mark.memory
  state.attributions.length = mark.attributions
  const from = mark.attributions - mark.lastRows.length
  mark.lastRows.forEach((row, index) => {
    state.attributions[from + index] = row
  })
  state.lastAttribution = mark.lastAttribution
  state.lastParagraphWithQuote = mark.lastParagraphWithQuote
  state.introduced = mark.introduced
  state.reported = mark.reported
}
