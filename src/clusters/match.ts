/**
 * Word-level alignment of a shorter quote against the best-matching stretch of a longer one
 * (semi-global edit distance: the shorter quote is aligned whole, the longer one's ends are free).
 * That one measure covers exact repeats (cost 0, same length), fragments (cost 0, shorter) and
 * transcript variants (small cost).
 */

/** Cost units: an edit on a content word costs this much. */
export const CONTENT_COST = 4
/** Edits on function words cost half: `has`/`have`, `but`/`although` barely change the words. */
export const STOP_COST = 2
/** Edits on negations cost most: `we will accept` and `we will not accept` are not one quote. */
export const NEGATION_COST = 16
/** Replacing a word by another form of the same stem (`travels`/`travel`). */
export const STEM_COST = 1

/** Word facts the aligner reads, by word id. */
export interface WordTable {
  /** Word kind: 1 for function words, 2 for negations, 0 for other content words. */
  readonly stop: ArrayLike<number>
  /** Stem id of each word. */
  readonly stem: ArrayLike<number>
}

/** Result of aligning a shorter token run into a longer one. */
export interface Alignment {
  /** Edit cost in units of {@link CONTENT_COST} per content-word edit. */
  cost: number
  /** First token of the matched stretch in the longer run (relative to its start). */
  start: number
  /** One past the last token of the matched stretch in the longer run. */
  end: number
  /** Content words of the shorter run that are matched (same word or same stem). */
  matchedContent: number
  /** Words of the shorter run left unmatched before its first matched word. */
  lead: number
  /** Words of the shorter run left unmatched after its last matched word. */
  trail: number
}

/** Alignment with the words on each side that did not match, for reporting differences. */
export interface AlignmentDetail extends Alignment {
  /** Token ids of the longer run's stretch that the shorter run lacks. */
  removed: number[]
  /** Token ids of the shorter run that the longer run's stretch lacks. */
  added: number[]
}

/** Where the exact token run `short` occurs inside `long`, or -1. */
export function findRun(
  tokens: ArrayLike<number>,
  shortStart: number,
  shortLength: number,
  longTokens: ArrayLike<number>,
  longStart: number,
  longLength: number,
): number {
  if (shortLength === 0 || shortLength > longLength) return -1
  const first = tokens[shortStart]
  const last = longLength - shortLength
  outer: for (let j = 0; j <= last; j++) {
    if (longTokens[longStart + j] !== first) continue
    for (let i = 1; i < shortLength; i++) {
      if (longTokens[longStart + j + i] !== tokens[shortStart + i]) continue outer
    }
    return j
  }
  return -1
}

// One scratch matrix reused across calls; alignment runs millions of times in a large index.
let scratch = new Int32Array(4096)

function wordCost(kind: ArrayLike<number>, word: number): number {
  const k = kind[word]
  return k === 1 ? STOP_COST : k === 2 ? NEGATION_COST : CONTENT_COST
}

/**
 * Align the run `short` (whole) against the best stretch of `long`. Returns null when every
 * alignment costs more than `maxCost` (the search stops early in that case). With `detail`, the
 * unmatched words on each side are collected too.
 */
export function align(
  table: WordTable,
  tokens: ArrayLike<number>,
  shortStart: number,
  m: number,
  longTokens: ArrayLike<number>,
  longStart: number,
  n: number,
  maxCost: number,
  detail?: false,
): Alignment | null
export function align(
  table: WordTable,
  tokens: ArrayLike<number>,
  shortStart: number,
  m: number,
  longTokens: ArrayLike<number>,
  longStart: number,
  n: number,
  maxCost: number,
  detail: true,
): AlignmentDetail | null
export function align(
  table: WordTable,
  tokens: ArrayLike<number>,
  shortStart: number,
  m: number,
  longTokens: ArrayLike<number>,
  longStart: number,
  n: number,
  maxCost: number,
  detail = false,
): AlignmentDetail | Alignment | null {
  const width = n + 1
  const cells = (m + 1) * width
  if (scratch.length < cells) scratch = new Int32Array(Math.max(cells, scratch.length * 2))
  const d = scratch
  // Read the (getter-backed) word tables once: this is the inner loop.
  const stop = table.stop
  const stems = table.stem
  // Row 0 is all zero: the stretch may start anywhere in the longer run.
  for (let j = 0; j <= n; j++) d[j] = 0
  for (let i = 1; i <= m; i++) {
    const a = tokens[shortStart + i - 1] ?? 0
    const delA = wordCost(stop, a)
    const stemA = stems[a]
    const row = i * width
    const prev = row - width
    let best = (d[prev] ?? 0) + delA
    d[row] = best
    for (let j = 1; j <= n; j++) {
      const b = longTokens[longStart + j - 1] ?? 0
      let sub: number
      if (a === b) sub = 0
      else if (stemA === stems[b]) sub = STEM_COST
      else sub = Math.max(delA, wordCost(stop, b))
      let v = (d[prev + j - 1] ?? 0) + sub
      const up = (d[prev + j] ?? 0) + delA
      if (up < v) v = up
      const left = (d[row + j - 1] ?? 0) + wordCost(stop, b)
      if (left < v) v = left
      d[row + j] = v
      if (v < best) best = v
    }
    // Costs never decrease down the rows, so a row entirely over budget ends the search.
    if (best > maxCost) return null
  }
  const last = m * width
  let end = 0
  let cost = d[last] ?? 0
  for (let j = 1; j <= n; j++) {
    const v = d[last + j] ?? 0
    // On ties prefer the longer stretch: a last word replaced is a substitution, not a deletion.
    if (v <= cost) {
      cost = v
      end = j
    }
  }
  if (cost > maxCost) return null
  // Trace back to find the stretch and what matched.
  const removed: number[] = []
  const added: number[] = []
  let matchedContent = 0
  let lead = 0
  let trail = 0
  let seenPair = false
  let i = m
  let j = end
  while (i > 0) {
    const a = tokens[shortStart + i - 1] ?? 0
    const here = d[i * width + j] ?? 0
    if (j > 0) {
      const b = longTokens[longStart + j - 1] ?? 0
      const sub =
        a === b
          ? 0
          : stems[a] === stems[b]
            ? STEM_COST
            : Math.max(wordCost(stop, a), wordCost(stop, b))
      if (here === (d[(i - 1) * width + j - 1] ?? 0) + sub) {
        seenPair = true
        lead = 0
        if (sub <= STEM_COST) {
          if (stop[a] !== 1) matchedContent++
        }
        if (detail && sub > 0) {
          removed.push(b)
          added.push(a)
        }
        i--
        j--
        continue
      }
      if (here === (d[i * width + j - 1] ?? 0) + wordCost(stop, b)) {
        if (detail) removed.push(b)
        j--
        continue
      }
    }
    if (detail) added.push(a)
    if (seenPair) lead++
    else trail++
    i--
  }
  if (!seenPair) lead = 0
  if (!detail) return { cost, start: j, end, matchedContent, lead, trail }
  removed.reverse()
  added.reverse()
  return { cost, start: j, end, matchedContent, lead, trail, removed, added }
}
