import type { Mention } from './mentions.js'
import type { Indexed } from './table-index.js'

/**
 * What reading one paragraph did to the state carried to the next, written as plain values
 * (entities by their index): the entity table's changes, the sentences remembered, the
 * attributions handed on. Two readings of a paragraph that leave the same trace from the same
 * state leave the same state, so an editor can keep what came after an edit.
 *
 * It also holds what the reading looked at in the entity table (its footprint): the entities it
 * was given, the keys it looked up in the table's indexes, and what it changed there. A reading
 * is a function of its paragraph, the state outside the table, and what it looked at: when an
 * edit changes only entities and keys that a later paragraph never looked at, that paragraph
 * reads as before.
 */
export class FoldTrace {
  /** The entity table's changes, as plain values, in the order they were made. */
  readonly values: unknown[] = []
  /** The sentences it remembered, as plain values. */
  readonly memory: unknown[] = []
  /** The attributions it made (its row, and the row before when it signed that), as values. */
  readonly rows: unknown[] = []
  /** What it handed the next paragraph (the last attribution, an introduction, …), as values. */
  readonly handed: unknown[] = []
  /** Paragraphs whose remembered sentences were read word by word, each once. */
  readonly reads: number[] = []
  /** Whether the paragraph read the one before it (a byline signing its quote). */
  readsPrevious = false
  /** The earliest paragraph whose attributions it read (an exchange's turns), or `Infinity`. */
  rowsFrom = Number.POSITIVE_INFINITY
  /** How many entities the table held after the paragraph, or -1 when not counted. */
  count = -1
  // The footprint is kept in flat lists, not sets: a reading notes a few dozen things, a full
  // reading notes them for every paragraph, and a set per paragraph costs more than the reading
  // saves by finding one in it.
  /** Places of the entities it was given or changed (a place may repeat). */
  readonly seen: number[] = []
  /** Places of the entities it changed or made (a place may repeat). */
  readonly altered: number[] = []
  /** Keys it looked up in the table's indexes, as pairs: the index's slot, then the key. */
  readonly looks: (number | string)[] = []
  /**
   * Keys it wrote in the table's indexes, as triples: the index's slot, the key, and what the
   * key held then, the value itself (no reading changes a value a trace holds: a traced reading
   * writes a changed copy). The last triple of a key holds what it left there.
   */
  readonly written: unknown[] = []
  /** Slots of the table's indexes it looked over whole. */
  readonly over: number[] = []
  /** Whether it looked over every entity of the table. */
  all = false
  /** Earlier paragraphs whose remembered sentences it looked at (see `Sight`). */
  readonly sentences: number[] = []

  /** Note a change of the entity table, as plain values. */
  note(...values: unknown[]): void {
    for (const value of values) this.values.push(value)
  }

  /** Note a mention handed to the entity table, by the fields the table reads. */
  mention(mention: Mention): void {
    this.values.push(
      mention.kind,
      mention.name,
      mention.organization,
      mention.plural,
      mention.head,
      mention.gender,
      mention.titles.length,
      ...mention.titles,
    )
  }

  /**
   * Note a mention carried on (an attribution's), by every field a later reading may read.
   *
   * @param into Where to note it: `memory`, `rows` or `handed`.
   * @param mention The mention.
   */
  carryMention(into: unknown[], mention: Mention): void {
    into.push(
      mention.kind,
      mention.first,
      mention.end,
      mention.name,
      mention.head,
      mention.organization,
      mention.gender,
      mention.plural,
      mention.role,
      mention.antecedent ? mention.antecedent.first : -1,
      mention.antecedent ? mention.antecedent.end : -1,
      mention.titles.length,
      ...mention.titles,
    )
  }

  /** Note that the words of a remembered sentence of paragraph `paragraph` were read. */
  read(paragraph: number): void {
    if (!this.reads.includes(paragraph)) this.reads.push(paragraph)
  }

  /** Note that a remembered sentence of an earlier paragraph was looked at. */
  sawSentence(paragraph: number): void {
    if (!this.sentences.includes(paragraph)) this.sentences.push(paragraph)
  }

  /** Note that the attributions of paragraph `paragraph` were read. */
  readRow(paragraph: number): void {
    if (paragraph >= 0 && paragraph < this.rowsFrom) this.rowsFrom = paragraph
  }

  /** Whether the words of a paragraph in `[first, end)` were read. */
  readsAny(first: number, end: number): boolean {
    // (A loop, not `some`: an editor asks every later paragraph's trace at each keystroke.)
    for (const paragraph of this.reads) if (paragraph >= first && paragraph < end) return true
    return false
  }

  /**
   * Whether it looked at a remembered sentence of one of some paragraphs.
   *
   * @param paragraphs The paragraphs.
   */
  sawSentenceOf(paragraphs: readonly number[]): boolean {
    for (const paragraph of this.sentences) if (paragraphs.includes(paragraph)) return true
    return false
  }

  /** Note an entity the reading was given, whose fields it may read. */
  saw(entity: Indexed): void {
    this.seen.push(entity.index)
  }

  /** Note an entity the reading changed or made. */
  changed(entity: Indexed): void {
    this.seen.push(entity.index)
    this.altered.push(entity.index)
  }

  /** Note that the reading looked over every entity. */
  sawAll(): void {
    this.all = true
  }

  /** Note a key looked up in one of the table's indexes (by its slot), found or not. */
  looked(slot: number, key: string): void {
    this.looks.push(slot, key)
  }

  /** Note a key written in one of the table's indexes (by its slot), and what it holds now. */
  wrote(slot: number, key: string, value: unknown): void {
    this.written.push(slot, key, value)
  }

  /** Note that the reading went over every key of one of the table's indexes. */
  lookedOver(slot: number): void {
    if (!this.over.includes(slot)) this.over.push(slot)
  }

  /** Whether another trace holds the same values. */
  equals(other: FoldTrace): boolean {
    return (
      sameValues(this.values, other.values) &&
      sameValues(this.memory, other.memory) &&
      sameValues(this.rows, other.rows) &&
      this.handsSame(other)
    )
  }

  /** Whether another trace remembered the same sentences. */
  remembersSame(other: FoldTrace): boolean {
    return sameValues(this.memory, other.memory)
  }

  /** Whether another trace made the same attributions. */
  rowsSame(other: FoldTrace): boolean {
    return sameValues(this.rows, other.rows)
  }

  /** Whether another trace handed the next paragraph the same. */
  handsSame(other: FoldTrace): boolean {
    return sameValues(this.handed, other.handed)
  }
}

/**
 * Keys of the entity table's indexes, by the index's slot: no key string made per lookup.
 */
export type SlotKeys = (Set<string> | undefined)[]

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}
