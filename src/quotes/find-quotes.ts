import { apostropheMarks, closingMarks } from '../lexicon/quote-marks.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { MarkList } from './mark-list.js'
import { readMarks } from './mark-list.js'
import type { Opened } from './open-stack.js'
import { OpenStack } from './open-stack.js'

/** A quote found in one paragraph, offsets relative to the paragraph. */
export interface ParagraphQuote {
  /** Offset of the first quoted character (after the opening mark and any blank). */
  start: number
  /** Offset just past the last quoted character. */
  end: number
  /** Offset of the opening mark. */
  openAt: number
  /**
   * Offset just past the closing mark; where the next quote of its kind opens when it was never
   * closed (so it never contains that quote); the paragraph's end when it runs to it.
   */
  closeAt: number
  /** The opening mark. */
  open: string
  /** The closing mark; `null` when the quote runs to the paragraph's end. */
  close: string | null
  /** Nesting depth: 0 at the top. */
  depth: number
  /** Index (in this list) of the quote containing it, or -1. */
  parent: number
}

/**
 * The quotes of one paragraph, and what could not be paired. Marks left open are kept as
 * offsets alone, the mark being the character there: a paragraph of a million `“` keeps a
 * million of them.
 */
export interface ParagraphQuotes {
  /** Quotes in reading order (an outer quote before the quotes inside it). */
  quotes: ParagraphQuote[]
  /**
   * Offsets of the marks still open at the end of the paragraph, outermost first: double marks,
   * or a single mark that opens a sentence in a paragraph that ends one.
   */
  unclosed: number[]
  /**
   * Offsets of the double marks never closed before another of their kind opened (the quote
   * ends there).
   */
  interrupted: number[]
  /** Closing double marks that had nothing to close. */
  strayClosers: number[]
}

// How far ahead to look for the marks that would show a same-mark quote nested in another, or a
// later mark that closes a single mark; and how long a single-marked quote may be.
const nestingWindow = 600

/**
 * Pair the quotation marks of one paragraph.
 *
 * A stack of open marks: a mark closes the innermost open mark it can close, else opens a new
 * one. A quote still open at the end of the paragraph runs to it (a multi-paragraph quote, or
 * a mark someone is still typing); a single mark still open is most likely an apostrophe, so
 * it gives no quote, unless it opens a sentence before a capital and its paragraph ends one
 * (a multi-paragraph quote in British marks).
 *
 * Linear in the length of the paragraph whatever its marks: each mark is read once (see
 * {@link readMarks}), every look-ahead is a lookup in that reading, and the stack answers
 * "which open mark does this close" without walking its levels (see {@link OpenStack}).
 *
 * @param text The paragraph's text.
 */
export function findParagraphQuotes(text: string): ParagraphQuotes {
  const marks = readMarks(text)
  const found: ParagraphQuote[] = []
  const strayClosers: number[] = []
  const interrupted: number[] = []
  const stack = new OpenStack()
  const ahead = new CloserLookahead(marks)
  const { at, mark: markOf, canOpen, canClose, apostrophe } = marks
  for (let index = 0; index < at.length; index++) {
    if (apostrophe[index]) continue
    const position = at[index] as number
    const mark = markOf[index] as string
    ahead.moveTo(index)
    if (canClose[index]) {
      const level = stack.closableLevel(mark)
      const opened = stack.at(level)
      if (
        opened &&
        !(isPossessive(text, position) && ahead.closesWithin(opened.mark, position + nestingWindow))
      ) {
        stack.truncate(level)
        // A single mark this far from its opener pairs two apostrophes, not a quote.
        if (apostropheMarks.has(mark) && position - opened.at > nestingWindow) continue
        addQuote(found, text, marks, opened, position, mark)
        continue
      }
    }
    if (canOpen[index]) {
      // English nests other marks inside a quote (“… ‘…’ …”), not the same ones: a second
      // opening mark of the kind already open means the first was never closed. It ends here.
      // Single marks left open above it with nothing ahead to close them were apostrophes:
      // look past them.
      const level = stack.innermostLive((single) =>
        ahead.closesWithin(single, position + nestingWindow),
      )
      const top = stack.at(level)
      if (
        top &&
        !apostropheMarks.has(mark) &&
        sameKind(top.mark, mark) &&
        !nestsIn(marks, index, top)
      ) {
        stack.truncate(level)
        addQuote(found, text, marks, top, position, null)
        interrupted.push(top.at)
      }
      stack.push({ at: position, mark, index })
    } else if (canClose[index] && !apostropheMarks.has(mark)) {
      strayClosers.push(position)
    }
  }
  const unclosed = stack.entries().filter((opened) => !apostropheMarks.has(opened.mark))
  // `… said. ‘The fish stopped coming back.` ¶ `‘The spill …’`: with no double mark open, a
  // single mark left open where a sentence starts, before a capital, opens a quote that runs
  // on to the next paragraph when its paragraph ends a sentence. An apostrophe never stands
  // there (`‘90s`, `rock ‘n’ roll`, `‘Ali` in a list of names).
  if (unclosed.length === 0) {
    const single = stack.entries().find((opened) => opensSentenceQuote(text, opened.at))
    if (single && endsSentence(text)) unclosed.push(single)
  }
  // An unclosed mark runs to the paragraph's end; the outermost one contains the rest.
  const outermost = unclosed[0]
  if (outermost) addQuote(found, text, marks, outermost, -1, null)
  return {
    quotes: nest(found),
    unclosed: packedMap(unclosed, (opened) => opened.at),
    interrupted,
    strayClosers,
  }
}

/**
 * Where the next mark that can close each kind of mark is, seen from the mark being read. The
 * reader only moves forward, so each list of closers is walked once over the whole paragraph.
 */
class CloserLookahead {
  readonly #marks: MarkList
  // For each closing character, the indexes of the marks that can close with it, and a cursor.
  readonly #closers = new Map<string, { indexes: number[]; next: number }>()
  #current = 0

  constructor(marks: MarkList) {
    this.#marks = marks
    for (let index = 0; index < marks.at.length; index++) {
      if (!marks.canClose[index] || marks.apostrophe[index]) continue
      const mark = marks.mark[index] as string
      const list = this.#closers.get(mark)
      if (list) list.indexes.push(index)
      else this.#closers.set(mark, { indexes: [index], next: 0 })
    }
  }

  /** Read from the mark at `index` on. */
  moveTo(index: number): void {
    this.#current = index
  }

  /** Whether a mark after the current one, before offset `limit`, can close `open`. */
  closesWithin(open: string, limit: number): boolean {
    for (const closer of closingMarks[open] ?? []) {
      const list = this.#closers.get(closer)
      if (!list) continue
      while (
        list.next < list.indexes.length &&
        (list.indexes[list.next] as number) <= this.#current
      )
        list.next++
      const next = list.indexes[list.next]
      if (next !== undefined && (this.#marks.at[next] as number) < limit) return true
    }
    return false
  }
}

// Whether the same-kind mark opening at mark `index` is a quote nested in `outer` after all: it
// closes, and then a second closing mark closes `outer`, before any other quote opens. The walk
// stops at the next opening mark of the kind, where the next call would start: over a paragraph
// the walks do not overlap.
function nestsIn(marks: MarkList, index: number, outer: Opened): boolean {
  const position = marks.at[index] as number
  // A straight mark both opens and closes: the same mark inside it cannot be told from its end.
  // And a quote already long when another of its kind opens has most likely lost its end.
  if (outer.mark === '"' || position - outer.at > nestingWindow) return false
  const closers = closingMarks[outer.mark] ?? []
  let inner = true
  const end = position + nestingWindow
  for (let next = index + 1; next < marks.at.length && (marks.at[next] as number) < end; next++) {
    if (marks.apostrophe[next]) continue
    const mark = marks.mark[next] as string
    if (marks.canClose[next] && closers.includes(mark)) {
      if (!inner) return true
      inner = false
    } else if (marks.canOpen[next] && sameKind(outer.mark, mark)) {
      return false
    }
  }
  return false
}

// Whether two opening marks are of one kind: they close with the same marks.
function sameKind(a: string, b: string): boolean {
  return a === b || closingMarks[a]?.join('') === closingMarks[b]?.join('')
}

// `the teachers’ union`: a mark after an `s` and before a word may be a plural possessive.
// Whether a single mark at `at` stands where a quote opens a sentence: at the paragraph's
// start or after a sentence's end or a colon, before a capital.
function opensSentenceQuote(text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(text.charAt(at + 1))) return false
  let before = at - 1
  while (before >= 0 && text.charAt(before) === ' ') before--
  return before < 0 || (before < at - 1 && sentenceJoints.has(text.charAt(before)))
}

const sentenceJoints = new Set(['.', '?', '!', ':'])

// Whether a paragraph ends as a sentence does (past any blank).
function endsSentence(text: string): boolean {
  const last = text.trimEnd().charAt(text.trimEnd().length - 1)
  return last === '.' || last === '?' || last === '!' || last === '…'
}

function isPossessive(text: string, index: number): boolean {
  const mark = text.charAt(index)
  return (
    apostropheMarks.has(mark) &&
    /s/i.test(text.charAt(index - 1)) &&
    text.charAt(index + 1) === ' ' &&
    letterOrDigit.test(text.charAt(index + 2))
  )
}

// Built once (see `labelWord` in speakers/rules.ts for why).
const letterOrDigit = /[\p{L}\p{N}]/u
const blank = /\s/u

function addQuote(
  found: ParagraphQuote[],
  text: string,
  marks: MarkList,
  opened: Opened,
  closeIndex: number,
  close: string | null,
): void {
  let end = closeIndex < 0 ? text.length : closeIndex
  // Marks and punctuation alone (`“”`, `"'‘’"`) quote no one's words.
  if ((marks.contentAfter[opened.index] as number) >= end) return
  let start = opened.at + 1
  while (start < end && blank.test(text.charAt(start))) start++
  while (end > start && blank.test(text.charAt(end - 1))) end--
  found.push({
    start,
    end,
    openAt: opened.at,
    // A quote cut short by the next one of its kind ends before that one's mark.
    closeAt: closeIndex < 0 ? text.length : close === null ? closeIndex : closeIndex + 1,
    open: opened.mark,
    close,
    depth: 0,
    parent: -1,
  })
}

// Quotes are found in closing order; put them in reading order and link each to the innermost
// quote that contains it.
function nest(found: ParagraphQuote[]): ParagraphQuote[] {
  found.sort((a, b) => a.openAt - b.openAt || b.closeAt - a.closeAt)
  const open: number[] = []
  for (let index = 0; index < found.length; index++) {
    const quote = found[index] as ParagraphQuote
    while (open.length > 0) {
      const container = found[open[open.length - 1] as number] as ParagraphQuote
      if (container.closeAt > quote.openAt && container.closeAt >= quote.closeAt) break
      open.pop()
    }
    quote.depth = open.length
    quote.parent = open.length > 0 ? (open[open.length - 1] as number) : -1
    open.push(index)
  }
  return found
}
