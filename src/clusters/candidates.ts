/**
 * Posting lists from 32-bit keys (hashed word n-grams, speaker+word pairs) to quote numbers, in a
 * chained hash table made of flat typed arrays. A million quotes produce tens of millions of
 * postings; one JS object or Map entry per posting would cost an order of magnitude more memory
 * (and V8 Maps stop at 2^24 entries).
 */

/** Value stored for a key whose list reached the cap: the key is a stock phrase, never used. */
const STOCK = -1

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

/** Marks a free (recycled) entry. */
const FREE = -2
/** Entry layout: [key, value, next], interleaved so one chain step touches one cache line. */
const STRIDE = 3

/** Posting lists in one chained hash table; newest postings come first in each chain. */
export class Postings {
  #heads: Int32Array
  #mask: number
  // Entry 0 is the null pointer, so a zeroed head means an empty bucket.
  #entries = new Int32Array(1024 * STRIDE)
  #used = 1
  #live = 0
  // Entries of stock keys are unlinked and recycled through this list.
  #free = 0

  /** Create a table with `buckets` initial buckets (rounded up to a power of two). */
  constructor(buckets = 1024) {
    let size = 16
    while (size < buckets) size *= 2
    this.#heads = new Int32Array(size)
    this.#mask = size - 1
  }

  /** Number of postings stored (stock markers included). */
  get size(): number {
    return this.#live
  }

  /**
   * Append the values posted under `key` to `out` (newest first). Returns the number appended, or
   * -1 when the key is a stock phrase (its list overflowed the cap), in which case `out` is left
   * as it was.
   */
  lookup(key: number, out: number[]): number {
    const entries = this.#entries
    const start = out.length
    for (let e = this.#heads[key & this.#mask] ?? 0; e !== 0; e = entries[e * STRIDE + 2] ?? 0) {
      if (entries[e * STRIDE] !== key) continue
      const value = entries[e * STRIDE + 1] ?? 0
      if (value === STOCK) {
        out.length = start
        return -1
      }
      out.push(value)
    }
    return out.length - start
  }

  /** Number of values posted under `key`, or -1 when the key is a stock phrase. */
  count(key: number): number {
    const entries = this.#entries
    let count = 0
    for (let e = this.#heads[key & this.#mask] ?? 0; e !== 0; e = entries[e * STRIDE + 2] ?? 0) {
      if (entries[e * STRIDE] !== key) continue
      if (entries[e * STRIDE + 1] === STOCK) return -1
      count++
    }
    return count
  }

  /** Post `value` under `key`. */
  insert(key: number, value: number): void {
    let e = this.#free
    if (e !== 0) {
      this.#free = this.#entries[e * STRIDE + 2] ?? 0
    } else {
      if ((this.#used + 1) * STRIDE > this.#entries.length) this.#growEntries()
      e = this.#used++
    }
    const bucket = key & this.#mask
    const at = e * STRIDE
    this.#entries[at] = key
    this.#entries[at + 1] = value
    this.#entries[at + 2] = this.#heads[bucket] ?? 0
    this.#heads[bucket] = e
    this.#live++
    // Keep chains short: about one posting per bucket.
    if (this.#live > this.#heads.length) this.#rehash(this.#heads.length * 2)
  }

  /**
   * Mark `key` as a stock phrase: its postings are dropped (their space is reused) and later
   * lookups report the key as such.
   */
  markStock(key: number): void {
    const entries = this.#entries
    const bucket = key & this.#mask
    let previous = 0
    let e = this.#heads[bucket] ?? 0
    while (e !== 0) {
      const next = entries[e * STRIDE + 2] ?? 0
      if (entries[e * STRIDE] === key) {
        if (previous === 0) this.#heads[bucket] = next
        else entries[previous * STRIDE + 2] = next
        entries[e * STRIDE] = 0
        entries[e * STRIDE + 1] = FREE
        entries[e * STRIDE + 2] = this.#free
        this.#free = e
        this.#live--
      } else {
        previous = e
      }
      e = next
    }
    this.insert(key, STOCK)
  }

  #growEntries(): void {
    const entries = new Int32Array(Math.ceil(this.#entries.length / STRIDE) * 1.5 * STRIDE)
    entries.set(this.#entries)
    this.#entries = entries
  }

  #rehash(buckets: number): void {
    const heads = new Int32Array(buckets)
    const mask = buckets - 1
    const entries = this.#entries
    // Re-chain in entry order. Recycled entries break strict newest-first order, which only
    // matters for the order candidates are listed in, not for which are found.
    for (let e = 1; e < this.#used; e++) {
      const at = e * STRIDE
      if (entries[at + 1] === FREE) continue
      const bucket = (entries[at] ?? 0) & mask
      entries[at + 2] = heads[bucket] ?? 0
      heads[bucket] = e
    }
    this.#heads = heads
    this.#mask = mask
  }
}

/**
 * A one-hash bit filter over keys: `has` may say yes for a key never added (then the caller's
 * lookup finds nothing), never no for one added. Small enough to stay in cache.
 */
export class KeyFilter {
  readonly #bits: Uint32Array
  readonly #mask: number

  /** A filter of `bits` bits (a power of two). */
  constructor(bits: number) {
    this.#bits = new Uint32Array(Math.max(1, bits >>> 5))
    this.#mask = (this.#bits.length << 5) - 1
  }

  /** Record a key. */
  add(key: number): void {
    const bit = (key >>> 7) & this.#mask
    this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] ?? 0) | (1 << (bit & 31))
  }

  /** Whether the key may have been recorded. */
  has(key: number): boolean {
    const bit = (key >>> 7) & this.#mask
    return ((this.#bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0
  }
}
