import { apostropheMarks, closingMarks } from '../lexicon/quote-marks.js'

/** An opening mark waiting for its closing mark. */
export interface Opened {
  /** Offset of the mark in the paragraph. */
  at: number
  /** The mark. */
  mark: string
  /** Index of the mark in the paragraph's mark list. */
  index: number
}

// For each closing character, the opening marks it may close.
const openersOf = new Map<string, string[]>()
for (const [open, closers] of Object.entries(closingMarks)) {
  for (const closer of closers) openersOf.set(closer, [...(openersOf.get(closer) ?? []), open])
}
// Opening marks that are also apostrophes (`‘`, `'`): an opener of this kind left open may be
// one after all.
const singleOpeners = Object.keys(closingMarks).filter((mark) => apostropheMarks.has(mark))

/**
 * The stack of open marks of one paragraph. Single marks (which may be apostrophes) sit between
 * the double marks; a closing mark may reach past single marks but never past a double one.
 *
 * Each level keeps the level of the nearest one below with the same mark, and of the nearest
 * double mark, so "which level does this close" is a lookup per kind of mark rather than a walk
 * down the stack: a paragraph of thousands of unclosed `‘` stays linear.
 */
export class OpenStack {
  // One array per field rather than an object per level: a paragraph of a million unclosed
  // marks keeps a million levels.
  readonly #at: number[] = []
  readonly #mark: string[] = []
  readonly #index: number[] = []
  // Level of the nearest entry below with the same mark, or -1.
  readonly #sameBelow: number[] = []
  // Level of the nearest double (non-apostrophe) mark below, or -1.
  readonly #doubleBelow: number[] = []
  // Innermost level holding each mark.
  readonly #innermost = new Map<string, number>()
  #innermostDouble = -1

  /** The entry at a level, or `undefined` for -1. */
  at(level: number): Opened | undefined {
    if (level < 0 || level >= this.#at.length) return undefined
    return {
      at: this.#at[level] as number,
      mark: this.#mark[level] as string,
      index: this.#index[level] as number,
    }
  }

  /** Open a mark. */
  push(opened: Opened): void {
    const level = this.#at.length
    this.#at.push(opened.at)
    this.#mark.push(opened.mark)
    this.#index.push(opened.index)
    this.#sameBelow.push(this.#innermost.get(opened.mark) ?? -1)
    this.#doubleBelow.push(this.#innermostDouble)
    this.#innermost.set(opened.mark, level)
    if (!apostropheMarks.has(opened.mark)) this.#innermostDouble = level
  }

  /** Drop the entry at `level` and every entry above it. Each entry is dropped once. */
  truncate(level: number): void {
    for (let top = this.#at.length - 1; top >= level; top--) {
      const mark = this.#mark[top] as string
      this.#innermost.set(mark, this.#sameBelow[top] as number)
      if (!apostropheMarks.has(mark)) this.#innermostDouble = this.#doubleBelow[top] as number
    }
    if (level < this.#at.length) {
      const keep = Math.max(level, 0)
      this.#at.length = keep
      this.#mark.length = keep
      this.#index.length = keep
      this.#sameBelow.length = keep
      this.#doubleBelow.length = keep
    }
  }

  /**
   * The innermost level a closing mark closes: the innermost open mark it can close, looking
   * past single marks (apostrophes after all) but not past a double mark; -1 if none.
   */
  closableLevel(closer: string): number {
    let level = -1
    for (const open of openersOf.get(closer) ?? []) {
      level = Math.max(level, this.#innermost.get(open) ?? -1)
    }
    return level >= this.#innermostDouble ? level : -1
  }

  /**
   * The innermost level that is a double mark or a single mark `isLive` accepts (a single mark
   * `isLive` rejects is taken for an apostrophe); -1 if none.
   */
  innermostLive(isLive: (single: string) => boolean): number {
    let level = this.#innermostDouble
    for (const single of singleOpeners) {
      const innermost = this.#innermost.get(single) ?? -1
      if (innermost > level && isLive(single)) level = innermost
    }
    return level
  }

  /** The open entries, outermost first. */
  entries(): Opened[] {
    return this.#at.map((at, level) => ({
      at,
      mark: this.#mark[level] as string,
      index: this.#index[level] as number,
    }))
  }
}
