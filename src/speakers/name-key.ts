import { lookupTable } from '../lexicon/lookup-table.js'
import { charCodeAt } from '../tokenize/char-code.js'

/**
 * Keys that make two spellings of one name equal: case, diacritics, apostrophes and the
 * usual transliteration variants (`Gorky`/`Gorkyy`, `Yuriy`/`Yurii`) fold together.
 */

const combiningMarks = /[\u0300-\u036f]/g
const nonLetters = /[^\p{L}\p{N}]+/gu
const doubled = /(\p{L})\1+/gu

/**
 * The key of one word of a name.
 *
 * @param word A word as written.
 * @returns Lower case, without diacritics or possessive, `y`/`j` read as `i`, doubled letters
 *   single, so that transliterations of one name meet.
 */
export function wordKey(word: string): string {
  const ascii = asciiWordKey(word)
  if (ascii !== undefined) return ascii
  let key = keyCache.get(word)
  if (key === undefined) {
    // A bounded memo: names repeat across a run, and the Unicode folding is the costly part.
    if (keyCache.size > 50_000) keyCache.clear()
    key = computeWordKey(word)
    keyCache.set(word, key)
  }
  return key
}

const keyCache = new Map<string, string>()

// Whether the first `end` characters of an ASCII word need nothing but lower case to make its
// key (most names: no `y` or `j`, no repeated letter, nothing but letters and digits).
function isPlain(word: string, end: number): boolean {
  let previous = -1
  for (let index = 0; index < end; index++) {
    let code = charCodeAt(word, index)
    if (code >= 48 && code <= 57) {
      previous = code
      continue
    }
    code |= 32
    if (code < 97 || code > 122 || code === 121 || code === 106 || code === previous) return false
    previous = code
  }
  return true
}

// Character codes of the key being built by asciiWordKey.
const keyCodes: number[] = []

// The key of an ASCII word in one pass over its characters: NFKD leaves ASCII as it is, so the
// steps of computeWordKey reduce to character tests, cheaper than a lookup in the memo.
function asciiWordKey(word: string): string | undefined {
  let end = word.length
  for (let index = 0; index < end; index++) if (charCodeAt(word, index) > 127) return undefined
  // A possessive `'s` (or `'S`) goes first, while its apostrophe is still there.
  if (end >= 2 && charCodeAt(word, end - 2) === 39 && (charCodeAt(word, end - 1) | 32) === 115) {
    end -= 2
  }
  if (isPlain(word, end)) return (end === word.length ? word : word.slice(0, end)).toLowerCase()
  // Filled by index and cut to length at the end: emptying it would give up its storage.
  let length = 0
  let previous = -1
  for (let index = 0; index < end; index++) {
    let code = charCodeAt(word, index)
    if (code >= 48 && code <= 57) {
      keyCodes[length++] = code
      previous = code
      continue
    }
    code |= 32
    if (code < 97 || code > 122) continue
    if (code === 121 || code === 106) code = 105
    // A letter repeated (`Gorkyy`, `Kerry`) counts once; digits never fold.
    if (code === previous) continue
    keyCodes[length++] = code
    previous = code
  }
  if (length === 0) return ''
  keyCodes.length = length
  return String.fromCharCode(...keyCodes)
}

// Latin letters that NFKD leaves whole, with the letters they are written as in English
// (`Władysław` is also `Wladyslaw`, `Søren` is `Soren`).
const unsplitLetters: Readonly<Record<string, string>> = lookupTable({
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
})
const unsplitLetter = /[łŁđĐøØßæÆœŒıþÞðÐ]/g

/** Fold accents and the Latin letters NFKD does not decompose: `Władysław` → `Wladyslaw`. */
function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(unsplitLetter, (letter) => unsplitLetters[letter] ?? letter)
}

function computeWordKey(word: string): string {
  return foldLatin(word)
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(nonLetters, '')
    .replace(/[yj]/g, 'i')
    .replace(doubled, '$1')
}

/**
 * The keys of the words of a name, in order.
 *
 * @param name A name as written (`Yuriy Gorkyy`).
 */
export function nameKeys(name: string): string[] {
  // A loop rather than a split on a Unicode regex, a map and a filter: names are keyed for
  // every new spelling in every document.
  const keys: string[] = []
  let start = 0
  for (let index = 0; index <= name.length; index++) {
    if (index < name.length && !isBlank(charCodeAt(name, index))) continue
    if (index > start) {
      const key = wordKey(name.slice(start, index))
      if (key.length > 0) keys.push(key)
    }
    start = index + 1
  }
  return keys
}

/**
 * Whether a character code is one that `\s` matches: the blanks that separate words.
 *
 * @param code A UTF-16 code unit.
 */
export function isBlank(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * A readable id for a name: ASCII, lower case, words joined by `-`.
 *
 * @param name The canonical name.
 */
export function slug(name: string): string {
  let made = slugCache.get(name)
  if (made === undefined) {
    // A bounded memo, as for keys: an editor gives every speaker an id again at each keystroke.
    if (slugCache.size > 50_000) slugCache.clear()
    // NFKD leaves ASCII as it is and it has no combining marks: most names skip both passes.
    const folded = isAscii(name) ? name : foldLatin(name)
    const text = folded
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
    made = text || 'speaker'
    slugCache.set(name, made)
  }
  return made
}

const slugCache = new Map<string, string>()

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (charCodeAt(text, index) > 127) return false
  return true
}
