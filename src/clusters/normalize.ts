import { lookupTable } from '../lexicon/lookup-table.js'

/**
 * Text → comparable word tokens. Two reproductions of one quote differ in case, curly vs straight
 * apostrophes, dashes, diacritics, edge punctuation and contractions; all of that is erased here
 * so that the matcher only sees words.
 */

// Apostrophe look-alikes that outlets use interchangeably.
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g
// Combining marks left by NFKD: `Gorkyy` and `Górkyy` are one name.
const MARKS = /\p{M}+/gu
// Numbers keep their inner separators (`1,400`, `2.5`); words keep inner apostrophes and periods
// (`don't`, `U.S.`). Hyphens and dashes split words so `long-term` equals `long‑term` equals
// `long term`.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu
const NON_ASCII = /[^ -~\t\n\r]/
// Anything but ASCII and the curly marks and dashes of news text (none of which NFKD changes or
// counts as a letter or digit): what needs normalizing, or the Unicode regex.
const TYPOGRAPHIC = /[^ -~\t\n\r\u2018\u2019\u201c\u201d\u2013\u2014]/

// Irregular contractions, and `cannot`, which is the same words as `can't`.
const IRREGULAR: Readonly<Record<string, readonly string[]>> = lookupTable({
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
  "let's": ['let', 'us'],
})

// `'s` is `is` after these words and a possessive elsewhere (the annotation guide's rule).
const S_IS = new Set([
  'it',
  'that',
  'there',
  'what',
  'he',
  'she',
  'here',
  'who',
  'where',
  'how',
  'this',
  'when',
  'why',
])

const SUFFIXES: readonly (readonly [string, string])[] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'m", 'am'],
  ["'d", 'would'],
]

/**
 * Where the words of a text go, in order. A word that the text spells as it is (most words) comes
 * as a range of the text, so that a caller that only needs the word's id never cuts a string out.
 */
export interface WordSink {
  /**
   * The word `text.slice(start, end)`, with the {@link wordHash} of its characters (the scanner
   * reads them anyway, so the caller need not read them again to look the word up).
   */
  range(text: string, start: number, end: number, hash: number): void
  /** A word the text does not spell as it is: half of a contraction, a number without commas. */
  word(word: string): void
}

/** A hash of the characters of `text.slice(start, end)`: the one `WordSink.range` receives. */
export function wordHash(text: string, start: number, end: number): number {
  let hash = 0
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i))
  return hash
}

// The running hash of the word being scanned, and whether it holds a joiner that changes its
// spelling, carried through the scan functions: numbers, not an object returned per token.
let runHash = 0
let runJoined = false

// Where the run of digits (or of ASCII letters and digits) from `end` stops, hashing each
// character into `runHash`.
function asciiRun(value: string, end: number, digitsOnly: boolean): number {
  let index = end
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (digitsOnly ? !isAsciiDigit(code) : !isAsciiAlphanumeric(code)) break
    runHash = hashStep(runHash, code)
    index++
  }
  return index
}

// The running hash of a word, one character further.
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

/** Send the words of one lower-cased token to `sink`, with its contraction expanded. */
function expand(token: string, sink: WordSink): void {
  const irregular = IRREGULAR[token]
  if (irregular) {
    for (const word of irregular) sink.word(word)
    return
  }
  for (const [suffix, word] of SUFFIXES) {
    if (token.endsWith(suffix) && token.length > suffix.length) {
      sink.word(token.slice(0, -suffix.length))
      sink.word(word)
      return
    }
  }
  if (token.endsWith("'s") && token.length > 2) {
    const base = token.slice(0, -2)
    sink.word(base)
    // Possessive `'s` is dropped: `Freedonia's` and `Freedonia’s` both become `freedonia`.
    if (S_IS.has(base)) sink.word('is')
    return
  }
  sink.word(token)
}

// Collects the words as strings, for `tokenize`.
class WordList implements WordSink {
  readonly words: string[] = []

  range(text: string, start: number, end: number): void {
    this.words.push(text.slice(start, end))
  }

  word(word: string): void {
    this.words.push(word)
  }
}

/**
 * Split a quote into normalized words: lower case, diacritics and edge punctuation removed,
 * apostrophes unified, contractions expanded (`there’s` → `there is`, `won't` → `will not`).
 */
export function tokenize(text: string): string[] {
  const list = new WordList()
  scanWords(text, list)
  return list.words
}

/** The words of {@link tokenize}, sent to `sink` one by one instead of collected. */
export function scanWords(text: string, sink: WordSink): void {
  let value = text.toLowerCase()
  if (!TYPOGRAPHIC.test(value)) {
    // ASCII, perhaps with curly marks and dashes: NFKD would leave it as it is.
    if (NON_ASCII.test(value) || value.indexOf('`') >= 0) value = value.replace(APOSTROPHES, "'")
    scanAscii(value, sink)
    return
  }
  value = value.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'")
  // Accents are gone by now from most quotes that had them.
  if (!NON_ASCII.test(value)) {
    scanAscii(value, sink)
    return
  }
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(value); match !== null; match = TOKEN.exec(value)) {
    let token = match[0]
    // `1,400` and `1400` are one number.
    if (token.indexOf(',') >= 0) token = token.replaceAll(',', '')
    if (token.indexOf("'") < 0 && token !== 'cannot') sink.word(token)
    else expand(token, sink)
  }
}

/**
 * The words `TOKEN` finds in an ASCII text, found with character codes instead: the same two
 * alternatives tried in the same order, at a fraction of the cost of a Unicode regex.
 */
function scanAscii(value: string, sink: WordSink): void {
  let index = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (!isAsciiAlphanumeric(code)) {
      index++
      continue
    }
    const digits = isAsciiDigit(code)
    const end = asciiToken(value, index, digits)
    if (digits) {
      // `1,400` and `1400` are one number.
      if (runJoined) sink.word(value.slice(index, end).replaceAll(',', ''))
      else sink.range(value, index, end, runHash)
    } else if (runJoined || (end - index === 6 && value.startsWith('cannot', index))) {
      expand(value.slice(index, end), sink)
    } else {
      sink.range(value, index, end, runHash)
    }
    index = end
  }
}

// Where the token that starts at `start` ends: a number (digits, then groups of `.` or `,`
// and digits) or a word (letters and digits, then groups of `'` or `.` and letters or
// digits). Its hash is left in `runHash`, and in `runJoined` whether it holds a `,` (a number)
// or a `'` (a word), when it is not the text's spelling of its words.
function asciiToken(value: string, start: number, digits: boolean): number {
  const spelling = digits ? 44 : 39
  runHash = 0
  runJoined = false
  let end = asciiRun(value, start, digits)
  while (end + 1 < value.length) {
    const joiner = value.charCodeAt(end)
    if (joiner !== spelling && joiner !== 46) break
    const next = value.charCodeAt(end + 1)
    if (digits ? !isAsciiDigit(next) : !isAsciiAlphanumeric(next)) break
    if (joiner === spelling) runJoined = true
    runHash = hashStep(runHash, joiner)
    end = asciiRun(value, end + 1, digits)
  }
  return end
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
}

// Function words: they carry grammar, not content. Edits on them cost half, and they do not count
// towards the content words that the precision guards ask for. Negations are left out on
// purpose: `we will accept` and `we will not accept` are different statements.
const STOP_WORDS = new Set(
  (
    'a an the and or but if then so as at by for from in into of on onto to with without about ' +
    'over under up down out off than that this these those there here it its is are was were be ' +
    'been being am do does did doing have has had having will would shall should can could may ' +
    'might must i me my mine myself we us our ours ourselves you your yours yourself he him his ' +
    'himself she her hers herself they them their theirs themselves what which who whom whose ' +
    'when where why how all any both each few more most much many other some such own same too ' +
    'very just also only again further once another because while until although though whether ' +
    'let mr mrs ms dr st even still yet now well really quite rather almost already ever every ' +
    'either neither one ones s t via per upon onto against among between through during before ' +
    'after above below since toward towards like unlike within'
  ).split(' '),
)

// Negations flip a statement: an edit on one is never a small transcript difference.
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'neither'])

/** Word kind: a content word. */
export const CONTENT_WORD = 0
/** Word kind: a function word (article, pronoun, auxiliary, preposition …). */
export const FUNCTION_WORD = 1
/** Word kind: a negation (a content word whose edits weigh more). */
export const NEGATION_WORD = 2

/** Whether a normalized word is a function word, a negation, or a content word. */
export function wordKind(word: string): number {
  if (STOP_WORDS.has(word)) return FUNCTION_WORD
  return NEGATIONS.has(word) ? NEGATION_WORD : CONTENT_WORD
}

/**
 * A light suffix-stripping stem, used only to make inflected forms (`travels`/`travel`,
 * `Russians`/`Russian`) a cheap substitution in transcript alignment; never used for identity.
 */
export function stem(word: string): string {
  let w = word
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`
    else if (w.endsWith('sses')) w = w.slice(0, -2)
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
      w = w.slice(0, -1)
  }
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  return w
}
