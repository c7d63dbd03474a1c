import type { Entity, EntityTable } from './entities.js'
import type { FoldTrace, SlotKeys } from './fold-trace.js'

/**
 * Where an editor's new reading of a text may differ from the last one, as it reads the edited
 * paragraphs and those after them again: the entities and the keys of the entity table's
 * indexes that may hold something else now, and the paragraphs whose remembered sentences or
 * attributions may differ. Everything else is the same in both readings, so a later paragraph
 * whose trace shows it looked at none of it reads as before.
 */
export class Divergence {
  /** Places of the entities that may differ. */
  readonly entities = new Set<number>()
  /**
   * Keys of the table's indexes (by slot) that a paragraph read again wrote, in either reading,
   * when it may have done something else: they may differ. Whether one does once some
   * paragraphs are read is told by what it holds in each reading (see `keysAt`).
   */
  readonly keys: SlotKeys = []
  /** Paragraphs whose remembered sentences may differ. */
  readonly memories = new Set<number>()
  /** Paragraphs whose attributions may differ. */
  readonly rows = new Set<number>()
  // What each key the last reading's paragraphs taken in wrote held after the last of them to
  // write it, by slot: what the key held there in the last reading.
  readonly #left: (Map<string, unknown> | undefined)[] = []

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
    const written = before.written
    for (let at = 0; at < written.length; at += 3) {
      const slot = written[at] as number
      let left = this.#left[slot]
      if (!left) {
        left = new Map()
        this.#left[slot] = left
      }
      left.set(written[at + 1] as string, written[at + 2])
    }
    if (!now.equals(before) || this.touches(now) || this.touches(before)) {
      for (const trace of [now, before]) {
        for (const place of trace.altered) this.entities.add(place)
        const written = trace.written
        for (let at = 0; at < written.length; at += 3) {
          addKey(this.keys, written[at] as number, written[at + 1] as string)
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
   * Whether a reading, by its trace, looked at an entity or a key that may differ. (A reading
   * that went over a whole index depends on every key in it, and on their order: on any key
   * written there.)
   *
   * @param trace The reading's trace.
   * @param keys The keys that may differ (by default every key written, see `keys`).
   */
  touches(trace: FoldTrace, keys: SlotKeys = this.keys): boolean {
    if (this.entities.size > 0) {
      if (trace.all) return true
      for (const place of trace.seen) if (this.entities.has(place)) return true
    }
    for (const slot of trace.over) if (this.keys[slot]) return true
    const looks = trace.looks
    for (let at = 0; at < looks.length; at += 2) {
      if (keys[looks[at] as number]?.has(looks[at + 1] as string)) return true
    }
    return false
  }

  /**
   * The keys that differ once the paragraphs taken in are read in both readings: of the keys
   * written, those that hold something else in the new reading's table than the last reading's
   * traces tell they held (what the last paragraph to write one left there, or what it held
   * before the first paragraph taken in).
   *
   * @param table The new reading's table, with the paragraphs taken in read.
   * @param before What a key held before the first paragraph taken in (the same in both
   *   readings), as `EntityTable.plainValue` gives it.
   */
  keysAt(table: EntityTable, before: (slot: number, key: string) => string): SlotKeys {
    const differ: SlotKeys = []
    this.keys.forEach((keys, slot) => {
      if (!keys) return
      const left = this.#left[slot]
      for (const key of keys) {
        const then = left?.has(key) ? table.plainOf(slot, left.get(key)) : before(slot, key)
        if (table.plainValue(slot, key) !== then) addKey(differ, slot, key)
      }
    })
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

// Add a key to the keys of a slot.
function addKey(keys: SlotKeys, slot: number, key: string): void {
  let set = keys[slot]
  if (!set) {
    set = new Set()
    keys[slot] = set
  }
  set.add(key)
}
