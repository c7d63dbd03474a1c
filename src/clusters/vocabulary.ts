import { stem, wordKind } from './normalize.js'

/** Strings interned to dense integer ids, so that per-quote data can live in typed arrays. */
export class Interner {
  readonly #ids = new Map<string, number>()
  readonly #values: string[] = []

  /** Id of `value`, assigning the next free id the first time it is seen. */
  intern(value: string): number {
    let id = this.#ids.get(value)
    if (id === undefined) {
      id = this.#values.length
      this.#ids.set(value, id)
      this.#values.push(value)
    }
    return id
  }

  /** The string behind an id. */
  value(id: number): string {
    return this.#values[id] ?? ''
  }

  /** Number of distinct strings. */
  get size(): number {
    return this.#values.length
  }

  /** All strings in id order (the serialized form). */
  values(): readonly string[] {
    return this.#values
  }
}

// Slots of the cache of recent words (a power of two).
const recentSlots = 4096

/**
 * Normalized words as integer ids, with the per-word facts the matcher needs: whether the word is
 * a function word or a negation, and the id of its stem.
 */
export class Vocabulary {
  readonly #words = new Interner()
  readonly #stems = new Interner()
  // Typed arrays instead of per-word objects: the vocabulary of a large corpus has millions of
  // entries and the matcher reads these in its inner loop.
  #stop = new Uint8Array(1024)
  #stem = new Int32Array(1024)
  // Recent words by a hash of their characters, in front of the interner's map: the map of a
  // large vocabulary costs a cache miss or two per lookup, and a few thousand words make up most
  // of any text.
  readonly #recentWords = new Array<string>(recentSlots).fill('')
  readonly #recentIds = new Int32Array(recentSlots)

  /** Id of a normalized word, registering it on first sight. */
  intern(word: string): number {
    let hash = 0
    for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0
    const slot = (hash ^ (hash >>> 15)) & (recentSlots - 1)
    if (this.#recentWords[slot] === word && word !== '') return this.#recentIds[slot] ?? 0
    const before = this.#words.size
    const id = this.#words.intern(word)
    if (id === before) {
      if (id >= this.#stop.length) this.#grow(id + 1)
      this.#stop[id] = wordKind(word)
      this.#stem[id] = this.#stems.intern(stem(word))
    }
    this.#recentWords[slot] = this.#words.value(id)
    this.#recentIds[slot] = id
    return id
  }

  #grow(min: number): void {
    const size = Math.max(min, Math.ceil(this.#stop.length * 1.5))
    const stop = new Uint8Array(size)
    stop.set(this.#stop)
    const stems = new Int32Array(size)
    stems.set(this.#stem)
    this.#stop = stop
    this.#stem = stems
  }

  /** Per-word kind array (see `wordKind`: 1 for function words), by word id; read-only. */
  get stopFlags(): Uint8Array {
    return this.#stop
  }

  /** Per-word stem id array (index by word id; read-only). */
  get stemIds(): Int32Array {
    return this.#stem
  }

  /** The normalized word behind an id. */
  word(id: number): string {
    return this.#words.value(id)
  }

  /** All words in id order (the serialized form). */
  words(): readonly string[] {
    return this.#words.values()
  }

  /** Number of distinct words. */
  get size(): number {
    return this.#words.size
  }
}
