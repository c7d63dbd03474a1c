import type { FoldTrace } from './fold-trace.js'

/** An entity as an index knows it: by its place in the table. */
export interface Indexed {
  readonly index: number
}

// Each entity itself, for a copy of a value in the same table.
function same<E>(entity: E): E {
  return entity
}

/** Whoever holds an index, with the trace its reading is noted in (or null). */
interface Owner {
  readonly trace: FoldTrace | null
}

/** What an index needs to know of its values. */
export interface ValueShape<V, E extends Indexed> {
  /** Note in a trace the entities a value holds, whose fields a reader of it may read. */
  see(value: V, trace: FoldTrace): void
  /** A copy of a value for another table, its entities made that table's by `same`. */
  move(value: V, same: (entity: E) => E): V
  /** A value as plain text (entities by their place): equal for equal values in any table. */
  plain(value: V): string
}

/**
 * One of an entity table's indexes: a map from string keys whose every use the table's trace
 * notes (a lookup, found or not, and the entities it gave; a write, and what the key holds
 * then; a pass over every key), so that an editor knows which keys a paragraph's reading
 * depended on and what it left there.
 */
export class TableIndex<V, E extends Indexed> {
  readonly #map = new Map<string, V>()
  readonly #owner: Owner
  readonly #shape: ValueShape<V, E>
  // What each key written since `begin` held before, to put back on `rewind`; null when not
  // kept.
  #saved: Map<string, V | undefined> | null = null

  /**
   * @param slot The index's place among the table's, as traces note it.
   * @param owner The table, whose trace notes each use.
   * @param shape What the index needs to know of its values.
   */
  constructor(
    readonly slot: number,
    owner: Owner,
    shape: ValueShape<V, E>,
  ) {
    this.#owner = owner
    this.#shape = shape
  }

  /** The value under a key, noted as looked up (and its entities as seen). */
  get(key: string): V | undefined {
    const value = this.#map.get(key)
    const trace = this.#owner.trace
    if (trace) {
      trace.looked(this.slot, key)
      if (value !== undefined) this.#shape.see(value, trace)
    }
    return value
  }

  /** Whether a key is present, noted as looked up. */
  has(key: string): boolean {
    this.#owner.trace?.looked(this.slot, key)
    return this.#map.has(key)
  }

  /**
   * Set the value under a key, whatever it held, noted as written (not looked up: what the key
   * held before makes no difference).
   */
  set(key: string, value: V): void {
    this.#save(key)
    this.#map.set(key, value)
    this.#owner.trace?.wrote(this.slot, key, value)
  }

  /**
   * Set the value under a key to what `make` makes of what it held, which it may change in
   * place: noted as looked up and written. Traced, `make` is given a copy, so that the value a
   * trace noted stays as it was.
   */
  update(key: string, make: (value: V | undefined) => V): void {
    const trace = this.#owner.trace
    const old = this.#map.get(key)
    this.#save(key)
    const value = make(trace && old !== undefined ? this.#shape.move(old, same) : old)
    this.#map.set(key, value)
    if (trace) {
      trace.looked(this.slot, key)
      trace.wrote(this.slot, key, value)
    }
  }

  /**
   * Every value, in the order the keys came, noted as a pass over the whole index: the caller
   * notes the entities whose fields it reads.
   */
  values(): IterableIterator<V> {
    this.#owner.trace?.lookedOver(this.slot)
    return this.#map.values()
  }

  /**
   * Every key and value, in the order the keys came, noted as a pass over the whole index: the
   * caller notes the entities whose fields it reads.
   */
  entries(): IterableIterator<[string, V]> {
    this.#owner.trace?.lookedOver(this.slot)
    return this.#map.entries()
  }

  /** Keep what each key holds before it is first written from now on, for `rewind`. */
  begin(): void {
    this.#saved = new Map()
  }

  /** Put back what every key written since `begin` held then, and stop keeping it. */
  rewind(): void {
    const saved = this.#saved
    this.#saved = null
    if (!saved) return
    for (const [key, value] of saved) {
      if (value === undefined) this.#map.delete(key)
      else this.#map.set(key, value)
    }
  }

  // Keep what a key holds before its first write since `begin`: a copy when untraced, since
  // `update` then changes a value in place (its entities are the same ones, put back by the
  // table).
  #save(key: string): void {
    const saved = this.#saved
    if (!saved || saved.has(key)) return
    const value = this.#map.get(key)
    saved.set(key, value === undefined || this.#owner.trace ? value : this.#shape.move(value, same))
  }

  /** What a key held at `begin`, as `plainValue` gives it (what it holds, when not kept). */
  plainValueAtBegin(key: string): string {
    const saved = this.#saved
    if (!saved?.has(key)) return this.plainValue(key)
    return this.plain(saved.get(key))
  }

  /** The value under a key as plain text (see `ValueShape.plain`), not noted; `''` for none. */
  plainValue(key: string): string {
    return this.plain(this.#map.get(key))
  }

  /** A value of this index as plain text (see `ValueShape.plain`); `''` for none. */
  plain(value: unknown): string {
    return value === undefined ? '' : this.#shape.plain(value as V)
  }

  /**
   * Copy every key of another index into this one, not noted: for a copy of the whole table.
   *
   * @param from The index to copy.
   * @param same The entity of this table at an entity's place.
   */
  copyAll(from: TableIndex<V, E>, same: (entity: E) => E): void {
    for (const [key, value] of from.#map) this.#map.set(key, this.#shape.move(value, same))
  }

  /**
   * Make one key hold what it holds in another index (or nothing), not noted: for an editor
   * that brings a table up to date with another reading of the text.
   *
   * @param from The index to take the key from.
   * @param key The key.
   * @param same The entity of this table at an entity's place.
   */
  takeKey(from: TableIndex<V, E>, key: string, same: (entity: E) => E): void {
    const value = from.#map.get(key)
    if (value === undefined) this.#map.delete(key)
    else this.#map.set(key, this.#shape.move(value, same))
  }
}
