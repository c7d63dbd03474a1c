import type { Entity, EntityTable } from './entities.js'
import type { FoldTrace } from './fold-trace.js'
import { indexOfKey } from './fold-trace.js'

/**
 * Where an editor's new reading of a text may differ from the last one, as it reads the edited
 * paragraphs and those after them again: the entities and the keys of the entity table's
 * indexes that may hold something else now, and the paragraphs whose remembered sentences or
 * attributions may differ. Everything else is the same in both readings, so a
 * later paragraph whose trace shows it looked at none of it reads as before.
 */
export class Divergence {
  /** Places of the entities that may differ. */
  readonly entities = new Set<number>()
  /**
   * Keys of the table's indexes (as `tableKey` writes them) that a paragraph read again wrote,
   * in either reading, when it may have done something else: they may differ. Whether one does
   * once some paragraphs are read is told by what it holds in each reading (see `keysAt`).
   */
  readonly keys = new Set<string>()
  /** Paragraphs whose remembered sentences may differ. */
  readonly memories = new Set<number>()
  /** Paragraphs whose attributions may differ. */
  readonly rows = new Set<number>()
  // The indexes those keys are in: a reading that went over a whole one depends on them (on the
  // order of its keys too).
  readonly #indexes = new Set<string>()

  /**
   * Take in a paragraph read again. A reading that left the same trace and looked at nothing
   * that may differ, in either reading, did the same: it changed nothing that differs. Any
   * other may have changed what it wrote, in either reading.
   *
   * @param paragraph The paragraph's index.
   * @param now Its trace in the new reading.
   * @param before Its trace in the last reading.
   */
  add(paragraph: number, now: FoldTrace, before: FoldTrace): void {
    if (!now.equals(before) || this.touches(now) || this.touches(before)) {
      for (const trace of [now, before]) {
        for (const place of trace.altered) this.entities.add(place)
        for (const key of trace.wrote) {
          this.keys.add(key)
          this.#indexes.add(indexOfKey(key))
        }
      }
    }
    if (!now.remembersSame(before)) this.memories.add(paragraph)
    // (A paragraph notes the row before it too, when it signs a quote there.)
    if (!now.rowsSame(before)) {
      this.rows.add(paragraph)
      if (paragraph > 0) this.rows.add(paragraph - 1)
    }
  }

  /**
   * Whether a reading, by its trace, looked at an entity or a key that may differ.
   *
   * @param trace The reading's trace.
   * @param keys The keys that may differ (by default every key written, see `keys`).
   */
  touches(trace: FoldTrace, keys: ReadonlySet<string> = this.keys): boolean {
    if (this.entities.size > 0) {
      if (trace.all) return true
      for (const place of this.entities) if (trace.seen.has(place)) return true
    }
    for (const key of keys) if (trace.looks.has(key)) return true
    for (const index of this.#indexes) if (trace.over.has(index)) return true
    return false
  }

  /**
   * The keys that differ once the paragraphs before `next` are read in both readings: of the
   * keys written, those that hold something else in the new reading's table than the last
   * reading's traces tell they held (what the last paragraph to write one left there, or what
   * it held before the first edited paragraph).
   *
   * @param table The new reading's table, with the paragraphs before `next` read.
   * @param traces The last reading's traces.
   * @param first The first paragraph read again that may differ.
   * @param next The paragraph after the last one read.
   * @param before What a key held before paragraph `first` (the same in both readings), as
   *   `EntityTable.plainValue` gives it.
   */
  keysAt(
    table: EntityTable,
    traces: readonly FoldTrace[],
    first: number,
    next: number,
    before: (key: string) => string,
  ): Set<string> {
    const differ = new Set<string>()
    for (const key of this.keys) {
      let then: string | undefined
      for (let index = next - 1; index >= first && then === undefined; index--) {
        then = traces[index]?.written.get(key)
      }
      if (table.plainValue(key) !== (then ?? before(key))) differ.add(key)
    }
    return differ
  }

  /**
   * Whether an entity may differ.
   *
   * @param entity The entity, if any.
   */
  holds(entity: Entity | null | undefined): boolean {
    return entity !== null && entity !== undefined && this.entities.has(entity.index)
  }
}
