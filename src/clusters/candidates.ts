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

/** Posting lists in one chained hash table; newest postings come first in each chain. */
export class Postings {
  #heads: Int32Array
  #mask: number
  // Entry 0 is the null pointer, so a zeroed head means an empty bucket.
  #keys = new Int32Array(1024)
  #values = new Int32Array(1024)
  #next = new Int32Array(1024)
  #size = 1

  /** Create a table with `buckets` initial buckets (rounded up to a power of two). */
  constructor(buckets = 1024) {
    let size = 16
    while (size < buckets) size *= 2
    this.#heads = new Int32Array(size)
    this.#mask = size - 1
  }

  /** Number of postings stored (stock markers included). */
  get size(): number {
    return this.#size - 1
  }

  /**
   * Append the values posted under `key` to `out` (newest first). Returns the number appended, or
   * -1 when the key is a stock phrase (its list overflowed the cap), in which case `out` is left
   * as it was.
   */
  lookup(key: number, out: number[]): number {
    const start = out.length
    for (let e = this.#heads[key & this.#mask] ?? 0; e !== 0; e = this.#next[e] ?? 0) {
      if (this.#keys[e] !== key) continue
      const value = this.#values[e] ?? 0
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
    let count = 0
    for (let e = this.#heads[key & this.#mask] ?? 0; e !== 0; e = this.#next[e] ?? 0) {
      if (this.#keys[e] !== key) continue
      if (this.#values[e] === STOCK) return -1
      count++
    }
    return count
  }

  /** Post `value` under `key`. */
  insert(key: number, value: number): void {
    if (this.#size >= this.#keys.length) this.#growEntries()
    const e = this.#size++
    const bucket = key & this.#mask
    this.#keys[e] = key
    this.#values[e] = value
    this.#next[e] = this.#heads[bucket] ?? 0
    this.#heads[bucket] = e
    // Keep chains short: about one posting per bucket.
    if (this.#size > this.#heads.length) this.#rehash(this.#heads.length * 2)
  }

  /** Mark `key` as a stock phrase: later lookups report it as such and skip its list. */
  markStock(key: number): void {
    this.insert(key, STOCK)
  }

  #growEntries(): void {
    const size = Math.ceil(this.#keys.length * 1.5)
    const keys = new Int32Array(size)
    keys.set(this.#keys)
    const values = new Int32Array(size)
    values.set(this.#values)
    const next = new Int32Array(size)
    next.set(this.#next)
    this.#keys = keys
    this.#values = values
    this.#next = next
  }

  #rehash(buckets: number): void {
    const heads = new Int32Array(buckets)
    const mask = buckets - 1
    // Re-chain in insertion order so each chain stays newest-first.
    for (let e = 1; e < this.#size; e++) {
      const bucket = (this.#keys[e] ?? 0) & mask
      this.#next[e] = heads[bucket] ?? 0
      heads[bucket] = e
    }
    this.#heads = heads
    this.#mask = mask
  }
}
