import { scanWords, stem, type WordSink, wordHash, wordKind } from './normalize.js'

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

/**
 * Normalized words as integer ids, with the per-word facts the matcher needs: whether the word is
 * a function word or a negation, and the id of its stem.
 */
export class Vocabulary {
  readonly #words: string[] = []
  readonly #stems = new Interner()
  // Typed arrays instead of per-word objects: the vocabulary of a large corpus has millions of
  // entries and the matcher reads these in its inner loop.
  #stop = new Uint8Array(1024)
  #stem = new Int32Array(1024)
  #hashes = new Int32Array(1024)
  // Word ids by the hash of their characters, in open addressing (a slot holds id + 1, 0 when
  // empty) rather than a Map: a word of a quote is found from its range of the text, so a known
  // word, which most are, costs no string.
  #slots = new Int32Array(256)
  // Where the sink of `internText` writes.
  #out: number[] = []
  #outLength = 0
  readonly #sink: WordSink = {
    range: (text, start, end, hash) => {
      this.#out[this.#outLength++] = this.#intern(text, start, end, hash)
    },
    word: (word) => {
      this.#out[this.#outLength++] = this.intern(word)
    },
  }

  /** Id of a normalized word, registering it on first sight. */
  intern(word: string): number {
    return this.#intern(word, 0, word.length, wordHash(word, 0, word.length))
  }

  /**
   * Ids of the normalized words of a text (the words of `tokenize`), written into `out` from
   * index 0 (its storage is kept for the next text). Returns how many there are.
   */
  internText(text: string, out: number[]): number {
    this.#out = out
    this.#outLength = 0
    scanWords(text, this.#sink)
    return this.#outLength
  }

  // Id of the word `text.slice(start, end)` (`raw`: its `wordHash`), registered on first sight.
  #intern(text: string, start: number, end: number, raw: number): number {
    const hash = spread(raw)
    const slots = this.#slots
    const mask = slots.length - 1
    let slot = hash & mask
    for (let ref = slots[slot] ?? 0; ref !== 0; ref = slots[slot] ?? 0) {
      const id = ref - 1
      if (this.#hashes[id] === hash && sameRange(this.#words[id] ?? '', text, start, end)) return id
      slot = (slot + 1) & mask
    }
    return this.#add(start === 0 && end === text.length ? text : text.slice(start, end), hash, slot)
  }

  // Register a new word in the empty `slot` its hash led to.
  #add(word: string, hash: number, slot: number): number {
    const id = this.#words.length
    this.#words.push(word)
    if (id >= this.#stop.length) this.#grow(id + 1)
    this.#stop[id] = wordKind(word)
    this.#stem[id] = this.#stems.intern(stem(word))
    this.#hashes[id] = hash
    this.#slots[slot] = id + 1
    // At most half full: linear probing stays at a probe or two.
    if (2 * this.#words.length > this.#slots.length) this.#rehash()
    return id
  }

  #grow(min: number): void {
    const size = Math.max(min, Math.ceil(this.#stop.length * 1.5))
    const stop = new Uint8Array(size)
    stop.set(this.#stop)
    const stems = new Int32Array(size)
    stems.set(this.#stem)
    const hashes = new Int32Array(size)
    hashes.set(this.#hashes)
    this.#stop = stop
    this.#stem = stems
    this.#hashes = hashes
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2)
    const mask = slots.length - 1
    for (let id = 0; id < this.#words.length; id++) {
      let slot = (this.#hashes[id] ?? 0) & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    }
    this.#slots = slots
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
    return this.#words[id] ?? ''
  }

  /** All words in id order (the serialized form). */
  words(): readonly string[] {
    return this.#words
  }

  /** Number of distinct words. */
  get size(): number {
    return this.#words.length
  }
}

// A word hash mixed so that its low bits, which pick the slot, depend on every character.
function spread(raw: number): number {
  const hash = Math.imul(raw ^ (raw >>> 16), 0x85ebca6b)
  return hash ^ (hash >>> 13)
}

// Whether `word` is spelled by `text.slice(start, end)`.
function sameRange(word: string, text: string, start: number, end: number): boolean {
  return word.length === end - start && text.startsWith(word, start)
}
