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
  /** The entities a value holds, whose fields a reader of the value may read. */
  holds(value: V): Iterable<E>
  /** A copy of a value for another table, its entities made that table's by `same`. */
  move(value: V, same: (entity: E) => E): V
  /** A value as plain text (entities by their place): equal for equal values in any table. */
  plain(value: V): string
}

/**
 * One of an entity table's indexes: a map from string keys whose every use the table's trace
 * notes (a lookup, found or not, and the entities it gave; a write; a pass over every key), so
 * that an editor knows which keys a paragraph's reading depended on.
 */
export class TableIndex<V, E extends Indexed> {
  readonly #map = new Map<string, V>()
  readonly #owner: Owner
  readonly #shape: ValueShape<V, E>
  // What each key written since `begin` held before, to put back on `rewind`; null when not
  // kept.
  #saved: Map<string, V | undefined> | null = null

  /**
   * @param name The index's name, as traces note it.
   * @param owner The table, whose trace notes each use.
   * @param shape What the index needs to know of its values.
   */
  constructor(
    readonly name: string,
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
      trace.looked(this.name, key)
      if (value !== undefined) for (const entity of this.#shape.holds(value)) trace.saw(entity)
    }
    return value
  }

  /** Whether a key is present, noted as looked up. */
  has(key: string): boolean {
    this.#owner.trace?.looked(this.name, key)
    return this.#map.has(key)
  }

  /**
   * Set the value under a key, whatever it held, noted as written (not looked up: what the key
   * held before makes no difference).
   */
  set(key: string, value: V): void {
    this.#owner.trace?.wroteKey(this.name, key)
    this.#save(key)
    this.#map.set(key, value)
  }

  /**
   * Set the value under a key to what `make` makes of what it held (which it may change in
   * place): noted as looked up and written.
   */
  update(key: string, make: (value: V | undefined) => V): void {
    this.#owner.trace?.looked(this.name, key)
    this.#owner.trace?.wroteKey(this.name, key)
    this.#save(key)
    this.#map.set(key, make(this.#map.get(key)))
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

  // Keep what a key holds before its first write since `begin`: a copy, since a write may
  // change a value in place (its entities are the same ones, put back by the table).
  #save(key: string): void {
    const saved = this.#saved
    if (!saved || saved.has(key)) return
    const value = this.#map.get(key)
    saved.set(key, value === undefined ? undefined : this.#shape.move(value, same))
  }

  /** What a key held at `begin`, as `plainValue` gives it (what it holds, when not kept). */
  plainValueAtBegin(key: string): string {
    const saved = this.#saved
    if (!saved?.has(key)) return this.plainValue(key)
    const value = saved.get(key)
    return value === undefined ? '' : this.#shape.plain(value)
  }

  /** The value under a key as plain text (see `ValueShape.plain`), not noted; `''` for none. */
  plainValue(key: string): string {
    const value = this.#map.get(key)
    return value === undefined ? '' : this.#shape.plain(value)
  }

  /**
   * Every value, in the order the keys came, noted as a pass over the whole index: the caller
   * notes the entities whose fields it reads.
   */
  values(): IterableIterator<V> {
    this.#owner.trace?.lookedOver(this.name)
    return this.#map.values()
  }

  /**
   * Every key and value, in the order the keys came, noted as a pass over the whole index: the
   * caller notes the entities whose fields it reads.
   */
  entries(): IterableIterator<[string, V]> {
    this.#owner.trace?.lookedOver(this.name)
    return this.#map.entries()
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
