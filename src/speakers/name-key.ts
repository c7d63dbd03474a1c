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

function computeWordKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(combiningMarks, '')
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
  return name
    .split(/[\s\u00a0]+/u)
    .map(wordKey)
    .filter((key) => key.length > 0)
}

/**
 * A readable id for a name: ASCII, lower case, words joined by `-`.
 *
 * @param name The canonical name.
 */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return text || 'speaker'
}
