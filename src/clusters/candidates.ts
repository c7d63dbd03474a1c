/**
 * Posting lists from 32-bit keys (hashed word n-grams, speaker+word pairs) to quote numbers, in
 * flat typed arrays. A million quotes produce tens of millions of postings; one JS object or Map
 * entry per posting would cost an order of magnitude more memory (and V8 Maps stop at 2^24
 * entries).
 */
/** Slot reference of a key whose list reached the cap: a stock phrase, never used. */
const STOCK = -1
/** Largest table load (keys / slots) before the table doubles. */
const MAX_LOAD = 0.75

/** Hash of up to three integers under a namespace seed (murmur3-style mixing). */
export function hashKey(seed: number, a: number, b = 0, c = 0): number {
  let h = seed | 0
  h = Math.imul(h ^ a, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13) ^ c, 0xc2b2ae35)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  return (h ^ (h >>> 13)) | 0
}

/**
 * Posting lists in an open-addressing table of [key, reference] slots. Most keys (most n-grams)
 * occur once, so a single posting is stored inline in its slot; longer lists live in contiguous
 * blocks of an arena. A lookup thus touches one or two cache lines however long the list, which
 * is what bounds throughput once the index outgrows the CPU caches.
 *
 * Slot reference: 0 empty, v + 1 one inline value v, -1 stock, -(b + 2) block at arena offset b.
 * Block layout: [capacity, length, values…].
 */
export class Postings {
  #slots: Int32Array
  #mask: number
  #keys = 0
  #arena = new Int32Array(1024)
  #arenaLength = 0
  // Freed blocks by capacity class (4 << class), linked through their length field.
  readonly #free: number[] = []

  /** Create a table with room for about `capacity` keys before it first grows. */
  constructor(capacity = 64) {
    let size = 16
    while (size * MAX_LOAD < capacity) size *= 2
    this.#slots = new Int32Array(size * 2)
    this.#mask = size - 1
  }

  /** Number of distinct keys stored (stock keys included). */
  get size(): number {
    return this.#keys
  }

  /** Slot index of `key`: where it is, or the empty slot where it would go. */
  #slot(key: number): number {
    const slots = this.#slots
    const mask = this.#mask
    let i = (key ^ (key >>> 16)) & mask
    while (slots[i * 2 + 1] !== 0 && slots[i * 2] !== key) i = (i + 1) & mask
    return i
  }

  /**
   * Write the values posted under `key` into `out` from index `at` (by default, append them).
   * Returns the number written, or -1 when the key is a stock phrase (its list overflowed the
   * cap). Writing from 0 into the same array again and again keeps its storage, where emptying
   * it (`length = 0`) would give the storage up and make the next lookup grow it anew.
   */
  lookup(key: number, out: number[], at = out.length): number {
    const ref = this.#slots[this.#slot(key) * 2 + 1] ?? 0
    if (ref === 0) return 0
    if (ref > 0) {
      out[at] = ref - 1
      return 1
    }
    if (ref === STOCK) return -1
    const arena = this.#arena
    const block = -ref - 2
    const length = arena[block + 1] ?? 0
    for (let i = 0; i < length; i++) out[at + i] = arena[block + 2 + i] ?? 0
    return length
  }

  /** Number of values posted under `key`, or -1 when the key is a stock phrase. */
  count(key: number): number {
    const ref = this.#slots[this.#slot(key) * 2 + 1] ?? 0
    if (ref >= 0) return ref === 0 ? 0 : 1
    if (ref === STOCK) return -1
    return this.#arena[-ref - 2 + 1] ?? 0
  }

  /** Post `value` (≥ 0) under `key`. Ignored for stock keys. */
  insert(key: number, value: number): void {
    const i = this.#slot(key)
    const ref = this.#slots[i * 2 + 1] ?? 0
    if (ref === 0) {
      this.#slots[i * 2] = key
      this.#slots[i * 2 + 1] = value + 1
      this.#keys++
      if (this.#keys > (this.#mask + 1) * MAX_LOAD) this.#grow()
      return
    }
    if (ref === STOCK) return
    if (ref > 0) {
      const block = this.#allocate(0)
      this.#arena[block + 1] = 2
      this.#arena[block + 2] = ref - 1
      this.#arena[block + 3] = value
      this.#slots[i * 2 + 1] = -block - 2
      return
    }
    let block = -ref - 2
    const capacity = this.#arena[block] ?? 0
    const length = this.#arena[block + 1] ?? 0
    if (length === capacity) {
      // Full: move to a block twice the size (the arena may be reallocated here).
      const moved = this.#allocate(Math.log2(capacity / 2))
      this.#arena.copyWithin(moved + 1, block + 1, block + 2 + length)
      this.#release(block)
      block = moved
      this.#slots[i * 2 + 1] = -block - 2
    }
    this.#arena[block + 2 + length] = value
    this.#arena[block + 1] = length + 1
  }

  /** Mark `key` as a stock phrase: its postings are dropped and lookups report it as such. */
  markStock(key: number): void {
    const i = this.#slot(key)
    const ref = this.#slots[i * 2 + 1] ?? 0
    if (ref === 0) {
      this.#slots[i * 2] = key
      this.#keys++
    } else if (ref < STOCK) {
      this.#release(-ref - 2)
    }
    this.#slots[i * 2 + 1] = STOCK
    if (this.#keys > (this.#mask + 1) * MAX_LOAD) this.#grow()
  }

  /** A block of capacity `4 << sizeClass`, reused from the free list when possible. */
  #allocate(sizeClass: number): number {
    const free = this.#free[sizeClass] ?? -1
    if (free >= 0) {
      this.#free[sizeClass] = this.#arena[free + 1] ?? -1
      return free
    }
    const capacity = 4 << sizeClass
    const block = this.#arenaLength
    if (block + 2 + capacity > this.#arena.length) {
      const arena = new Int32Array(Math.max(block + 2 + capacity, this.#arena.length * 1.5))
      arena.set(this.#arena.subarray(0, this.#arenaLength))
      this.#arena = arena
    }
    this.#arenaLength += 2 + capacity
    this.#arena[block] = capacity
    return block
  }

  #release(block: number): void {
    const sizeClass = Math.log2((this.#arena[block] ?? 4) / 4)
    this.#arena[block + 1] = this.#free[sizeClass] ?? -1
    this.#free[sizeClass] = block
  }

  #grow(): void {
    const old = this.#slots
    const size = (this.#mask + 1) * 2
    this.#slots = new Int32Array(size * 2)
    this.#mask = size - 1
    for (let i = 0; i < old.length; i += 2) {
      const ref = old[i + 1] ?? 0
      if (ref === 0) continue
      const key = old[i] ?? 0
      const slot = this.#slot(key)
      this.#slots[slot * 2] = key
      this.#slots[slot * 2 + 1] = ref
    }
  }
}

/**
 * A one-hash bit filter over keys: `has` may say yes for a key never added (then the caller's
 * lookup finds nothing), never no for one added. Small enough to stay in cache: it starts
 * small, so that a small index costs little to make, and grows (adding its keys again) up to
 * `maxBits` as keys come.
 */
export class KeyFilter {
  #bits: Uint32Array
  #mask: number
  readonly #maxBits: number
  // The keys added while the filter can still grow, to add them again when it does.
  #keys: Int32Array | null = new Int32Array(64)
  #count = 0

  /** A filter of at most `maxBits` bits (a power of two). */
  constructor(maxBits: number) {
    this.#maxBits = Math.max(32, maxBits)
    this.#bits = new Uint32Array(Math.max(1, Math.min(this.#maxBits, 1 << 12) >>> 5))
    this.#mask = (this.#bits.length << 5) - 1
  }

  /** Record a key. */
  add(key: number): void {
    this.#set(key)
    const keys = this.#keys
    if (keys === null) return
    if (this.#count === keys.length) {
      const grown = new Int32Array(keys.length * 2)
      grown.set(keys)
      this.#keys = grown
    }
    ;(this.#keys as Int32Array)[this.#count++] = key
    // One key per 16 bits keeps false positives rare; past that, four times the bits.
    if (this.#count * 16 > this.#mask + 1) this.#grow()
  }

  /** Whether the key may have been recorded. */
  has(key: number): boolean {
    const bit = (key >>> 7) & this.#mask
    return ((this.#bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0
  }

  #set(key: number): void {
    const bit = (key >>> 7) & this.#mask
    this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] ?? 0) | (1 << (bit & 31))
  }

  #grow(): void {
    const size = Math.min(this.#maxBits, (this.#mask + 1) * 4)
    if (size === this.#mask + 1) {
      // Full size: the keys are no longer needed.
      this.#keys = null
      return
    }
    this.#bits = new Uint32Array(size >>> 5)
    this.#mask = size - 1
    const keys = this.#keys as Int32Array
    for (let i = 0; i < this.#count; i++) this.#set(keys[i] ?? 0)
    if (size === this.#maxBits) this.#keys = null
  }
}
