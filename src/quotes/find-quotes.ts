import { apostropheMarks, closingMarks, isQuoteMark } from '../lexicon/quote-marks.js'
import { markContext } from './mark-context.js'

/** A quote found in one paragraph, offsets relative to the paragraph. */
export interface ParagraphQuote {
  /** Offset of the first quoted character (after the opening mark and any blank). */
  start: number
  /** Offset just past the last quoted character. */
  end: number
  /** Offset of the opening mark. */
  openAt: number
  /** Offset just past the closing mark, or the paragraph's end when there is none. */
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

/** A mark left open at the end of a paragraph. */
export interface OpenMark {
  /** Offset of the mark in the paragraph. */
  at: number
  /** The mark. */
  mark: string
}

/** The quotes of one paragraph, and what could not be paired. */
export interface ParagraphQuotes {
  /** Quotes in reading order (an outer quote before the quotes inside it). */
  quotes: ParagraphQuote[]
  /** Double marks still open at the end of the paragraph, outermost first. */
  unclosed: OpenMark[]
  /** Double marks never closed before another of their kind opened (the quote ends there). */
  interrupted: OpenMark[]
  /** Closing double marks that had nothing to close. */
  strayClosers: number[]
}

// Every known mark in one character class: the regex engine finds the few marks of a paragraph
// faster than a test on each of its characters.
const anyMark = new RegExp(
  `[${[...new Set([...Object.keys(closingMarks), ...Object.values(closingMarks).flat()])]
    .map((mark) => mark.replace(/[\\\]^-]/gu, '\\$&'))
    .join('')}]`,
  'gu',
)

interface Opened {
  at: number
  mark: string
}

/**
 * Pair the quotation marks of one paragraph.
 *
 * A stack of open marks: a mark closes the innermost open mark it can close, else opens a new
 * one. A quote still open at the end of the paragraph runs to it (a multi-paragraph quote, or
 * a mark someone is still typing); a single mark still open is most likely an apostrophe, so
 * it gives no quote.
 *
 * @param text The paragraph's text.
 */
export function findParagraphQuotes(text: string): ParagraphQuotes {
  const found: ParagraphQuote[] = []
  const strayClosers: number[] = []
  const interrupted: OpenMark[] = []
  const stack: Opened[] = []
  anyMark.lastIndex = 0
  // `test` moves `lastIndex` past each mark without building a match array for it.
  while (anyMark.test(text)) {
    const index = anyMark.lastIndex - 1
    const mark = text.charAt(index)
    const context = markContext(text, index)
    if (context.apostrophe) continue
    if (context.canClose) {
      const level = closableLevel(stack, mark)
      if (level >= 0 && !(isPossessive(text, index) && laterCloser(text, index, stack, level))) {
        const opened = stack[level] as Opened
        stack.length = level
        // A single mark this far from its opener pairs two apostrophes, not a quote.
        if (apostropheMarks.has(mark) && index - opened.at > nestingWindow) continue
        addQuote(found, text, opened, index, mark, level)
        continue
      }
    }
    if (context.canOpen) {
      // English nests other marks inside a quote (“… ‘…’ …”), not the same ones: a second
      // opening mark of the kind already open means the first was never closed. It ends here.
      // Single marks left open above it with nothing ahead to close them were apostrophes:
      // look past them.
      let level = stack.length - 1
      while (
        level >= 0 &&
        apostropheMarks.has((stack[level] as Opened).mark) &&
        !laterCloser(text, index, stack, level)
      ) {
        level--
      }
      const top = stack[level]
      if (
        top &&
        !apostropheMarks.has(mark) &&
        sameKind(top.mark, mark) &&
        !nestsIn(text, index, top)
      ) {
        stack.length = level
        addQuote(found, text, top, index, null, level)
        interrupted.push(top)
      }
      stack.push({ at: index, mark })
    } else if (context.canClose && !apostropheMarks.has(mark)) {
      strayClosers.push(index)
    }
  }
  const unclosed = stack.filter((opened) => !apostropheMarks.has(opened.mark))
  // An unclosed double mark runs to the paragraph's end; the outermost one contains the rest.
  const outermost = unclosed[0]
  if (outermost) addQuote(found, text, outermost, -1, null, stack.indexOf(outermost))
  return { quotes: nest(found), unclosed, interrupted, strayClosers }
}

// How far ahead to look for the marks that would show a same-mark quote nested in another.
const nestingWindow = 600

// Whether the same-kind mark opening at `index` is a quote nested in `outer` after all: it
// closes, and then a second closing mark closes `outer`, before any other quote opens.
function nestsIn(text: string, index: number, outer: Opened): boolean {
  // A straight mark both opens and closes: the same mark inside it cannot be told from its end.
  // And a quote already long when another of its kind opens has most likely lost its end.
  if (outer.mark === '"' || index - outer.at > nestingWindow) return false
  const closers = closingMarks[outer.mark] ?? []
  let inner = true
  const end = Math.min(text.length, index + nestingWindow)
  for (let next = index + 1; next < end; next++) {
    const mark = text.charAt(next)
    if (!isQuoteMark(mark)) continue
    const context = markContext(text, next)
    if (context.apostrophe) continue
    if (context.canClose && closers.includes(mark)) {
      if (!inner) return true
      inner = false
    } else if (context.canOpen && sameKind(outer.mark, mark)) {
      return false
    }
  }
  return false
}

// Whether two opening marks are of one kind: they close with the same marks.
function sameKind(a: string, b: string): boolean {
  return a === b || closingMarks[a]?.join('') === closingMarks[b]?.join('')
}

function closableLevel(stack: readonly Opened[], mark: string): number {
  for (let level = stack.length - 1; level >= 0; level--) {
    const opened = stack[level] as Opened
    if (closingMarks[opened.mark]?.includes(mark)) return level
    // A double mark may close past an inner single mark left open (an apostrophe after all),
    // but never past another double mark.
    if (!apostropheMarks.has(opened.mark)) return -1
  }
  return -1
}

// `the teachers’ union`: a mark after an `s` and before a word may be a plural possessive.
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

// Whether another mark further on could close the same quote, making this one an apostrophe.
function laterCloser(
  text: string,
  index: number,
  stack: readonly Opened[],
  level: number,
): boolean {
  const opened = stack[level] as Opened
  const closers = closingMarks[opened.mark] ?? []
  // Near by only: a possessive's quote closes within its sentence or the next few.
  const end = Math.min(text.length, index + nestingWindow)
  for (let next = index + 1; next < end; next++) {
    const mark = text.charAt(next)
    if (!closers.includes(mark)) continue
    const context = markContext(text, next)
    if (context.canClose && !context.apostrophe) return true
  }
  return false
}

function addQuote(
  found: ParagraphQuote[],
  text: string,
  opened: Opened,
  closeIndex: number,
  close: string | null,
  depth: number,
): void {
  let start = opened.at + 1
  let end = closeIndex < 0 ? text.length : closeIndex
  while (start < end && /\s/u.test(text.charAt(start))) start++
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--
  // Marks and punctuation alone (`“”`, `"'‘’"`) quote no one's words.
  if (end <= start || !hasContent(text, start, end)) return
  found.push({
    start,
    end,
    openAt: opened.at,
    closeAt: closeIndex < 0 ? text.length : closeIndex + 1,
    open: opened.mark,
    close,
    depth,
    parent: -1,
  })
}

// Quotes are found in closing order; put them in reading order and link each to its container.
function nest(found: ParagraphQuote[]): ParagraphQuote[] {
  found.sort((a, b) => a.openAt - b.openAt)
  const open: number[] = []
  for (let index = 0; index < found.length; index++) {
    const quote = found[index] as ParagraphQuote
    while (
      open.length > 0 &&
      (found[open[open.length - 1] as number] as ParagraphQuote).closeAt <= quote.openAt
    ) {
      open.pop()
    }
    quote.depth = open.length
    quote.parent = open.length > 0 ? (open[open.length - 1] as number) : -1
    open.push(index)
  }
  return found
}

const contentCharacter = /[^\s\p{P}]/u

function hasContent(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (contentCharacter.test(text.charAt(index))) return true
  }
  return false
}
