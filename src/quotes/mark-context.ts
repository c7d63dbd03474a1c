import { leadingElisions } from '../lexicon/elisions.js'
import { apostropheMarks, closingMarks, isQuoteMark } from '../lexicon/quote-marks.js'

/** What the characters around a quotation mark allow it to be. */
export interface MarkContext {
  /** It may open a quote: blank or an opening bracket before it, a character after it. */
  canOpen: boolean
  /** It may close a quote: a character before it, blank or punctuation after it. */
  canClose: boolean
  /** It is an apostrophe (`it’s`, `’90s`, `’em`), whatever the marks around it. */
  apostrophe: boolean
}

const opensFacing = new Set(['“', '„', '«'])
const closesFacing = new Set(['”', '»'])
// Marks that open and close alike and show no direction: the straight double mark.
const ambidextrous = new Set(
  Object.entries(closingMarks)
    .filter(
      ([mark, closes]) =>
        closes.includes(mark) &&
        !apostropheMarks.has(mark) &&
        !opensFacing.has(mark) &&
        !closesFacing.has(mark),
    )
    .map(([mark]) => mark),
)
const wordCharacter = /[\p{L}\p{N}\p{M}]/u
const blank = /[\s\uFEFF]/u

/** Whether a character is a letter, digit or combining mark. */
export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && character !== '' && wordCharacter.test(character)
}

function isBlank(character: string | undefined): boolean {
  return character === undefined || character === '' || blank.test(character)
}

// Characters after which a mark opens a quote, besides blanks: `(“…”)`, `—“…”`, `/“…”`.
const openers = new Set(['(', '[', '{', '—', '–', '―', '-', '/', '…', ':'])
// Characters before which a mark closes a quote, besides blanks: `…” said`, `…”,`, `…”)`.
const closers = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '—',
  '–',
  '―',
  '-',
  '…',
  '/',
  '*',
])

/**
 * Read what a quotation mark at `index` may be, from its neighbours alone.
 *
 * @param text The paragraph.
 * @param index Index of the mark.
 */
export function markContext(text: string, index: number): MarkContext {
  const mark = text.charAt(index)
  const before = index > 0 ? text.charAt(index - 1) : ''
  // (Not read past the end, where `charAt` gives '' but throws away code compiled within it.)
  const after = index + 1 < text.length ? text.charAt(index + 1) : ''
  if (apostropheMarks.has(mark) && isApostrophe(text, index, before, after)) {
    return { canOpen: false, canClose: false, apostrophe: true }
  }
  const openSide = isBlank(before) || openers.has(before) || isQuoteMark(before)
  const closeSide = isBlank(after) || closers.has(after) || isQuoteMark(after)
  // A mark that shows its direction may sit against the wrong neighbour, a typo for a space:
  // `said,“We …` opens, `“go vote”and` closes.
  const facingOpen = opensFacing.has(mark) && closers.has(before)
  const facingClose = closesFacing.has(mark) && !isBlank(before)
  // A straight double mark shows no direction: between two blanks (`" We win. "`) or between
  // punctuation and a word (`said,"We`, `win,"Doe`), it may open or close, and the marks open
  // before it decide.
  if (ambidextrous.has(mark)) {
    const spaced = isBlank(before) && isBlank(after)
    const squeezed = closers.has(before) && isWordCharacter(after)
    if (spaced || squeezed) return { canOpen: true, canClose: true, apostrophe: false }
  }
  // Curly and angle double marks say which way they face, so a blank inside them is a typo.
  return {
    canOpen:
      Object.hasOwn(closingMarks, mark) &&
      (openSide || facingOpen) &&
      (!isBlank(after) || opensFacing.has(mark)),
    canClose: (!isBlank(before) || closesFacing.has(mark)) && (closeSide || facingClose),
    apostrophe: false,
  }
}

function isApostrophe(text: string, index: number, before: string, after: string): boolean {
  // Inside a word: it’s, O’Neill, Freedonia’s, rock’n’roll.
  if (isWordCharacter(before) && isWordCharacter(after)) return true
  if (isWordCharacter(before)) return false
  // A decade or year: ’90s, ‘20.
  if (/^\d\d(?:s|\b|$)/.test(text.slice(index + 1, index + 4))) return true
  // A dropped beginning: ’em, ’til, ’n’.
  let end = index + 1
  while (end < text.length && isWordCharacter(text.charAt(end))) end++
  if (end === index + 1) return false
  const word = text.slice(index + 1, end).toLowerCase()
  if (!leadingElisions.has(word)) return false
  // `’n’` is a word; `‘n` followed by more words is not, but an opening mark.
  return word !== 'n' || apostropheMarks.has(text.charAt(end))
}
