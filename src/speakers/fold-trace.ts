import type { Mention } from './mentions.js'

/**
 * What reading one paragraph did to the state carried to the next, written as plain values
 * (entities by their index): the entity table's changes, the sentences remembered, the
 * attributions handed on. Two readings of a paragraph that leave the same trace from the same
 * state leave the same state, so an editor can keep what came after an edit.
 */
export class FoldTrace {
  /** The values, in the order they were written. */
  readonly values: unknown[] = []
  /** Paragraphs whose remembered sentences were read word by word, each once. */
  readonly reads: number[] = []
  /** Whether the paragraph read the one before it (a byline signing its quote). */
  readsPrevious = false

  /** Note a change of state, as plain values. */
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

  /** Note that the words of a remembered sentence of paragraph `paragraph` were read. */
  read(paragraph: number): void {
    if (!this.reads.includes(paragraph)) this.reads.push(paragraph)
  }

  /** Whether the words of a paragraph in `[first, end)` were read. */
  readsAny(first: number, end: number): boolean {
    return this.reads.some((paragraph) => paragraph >= first && paragraph < end)
  }

  /** Whether another trace holds the same values. */
  equals(other: FoldTrace): boolean {
    const a = this.values
    const b = other.values
    if (a.length !== b.length) return false
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
    return true
  }
}
