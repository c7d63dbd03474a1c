/**
 * A small seeded PRNG (mulberry32), so the suite is the same on every run and machine.
 */

/** Draws from a fixed seed: numbers in [0, 1), picks from lists, coin flips. */
export interface Random {
  /** A number in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
}

/** A PRNG seeded with a 32-bit integer; the same seed gives the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list')
      return list[int(list.length)] as T
    },
    chance: (p: number): boolean => next() < p,
  }
}
