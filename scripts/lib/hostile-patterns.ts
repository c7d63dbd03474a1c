/**
 * Hostile inputs for `scripts/bench-hostile.ts`: each a short unit repeated to a size, in one
 * paragraph (the worst case: pairing and tokenizing work per paragraph), or random bytes.
 */

/** Each pattern: a name, and the unit repeated (or `null` for random bytes). */
export const hostilePatterns: readonly (readonly [string, string | null])[] = [
  // Unclosed single marks: each may be a quote or an apostrophe, and none ever closes.
  ['unclosed single', '‘a '],
  ['unclosed straight single', "'a "],
  ['unclosed straight double', '"a '],
  ['unclosed double', '“a '],
  // Opening marks of both kinds in turn, and closing marks that face the wrong way.
  ['alternating marks', '“a ‘b ”c ’d '],
  // Words with apostrophes of every kind the pairing has to rule out.
  ['apostrophe words', 'it’s O’Neill’s teachers’ union in the ’90s, rock ’n’ roll, ’em '],
  // Transliterated names: a mark that opens, with no quote to close.
  ['transliterated names', 'He met ‘Ali and ‘Umar '],
  // Capitals joined into one run, by ampersands or by a title's complement: a name read back
  // over the whole paragraph from every word would cost its square.
  ['joined capitals', 'Alpha & Beta & '],
  ['title complements', 'Minister for Alpha and '],
  // Stand-ins that each make someone new, all of one id's base: numbering them apart from 2
  // each time cost the square of their count.
  ['stand-ins', '“I go home,” one said, “and I sleep.” '],
  // Names in marks that modify nouns, all in one sentence: the text after each quote may reach
  // past a few, not all.
  ['names in marks', 'a “Ted Cruz” pin and '],
  ['random bytes', null],
]

/**
 * A hostile text of about `bytes` UTF-8 bytes (as a file of that size would hold).
 *
 * @param unit The unit to repeat, or `null` for random bytes read as UTF-8.
 * @param bytes Size in UTF-8 bytes.
 */
export function hostileText(unit: string | null, bytes: number): string {
  if (unit === null) return randomText(bytes)
  const unitBytes = new TextEncoder().encode(unit).length
  return unit.repeat(Math.ceil(bytes / unitBytes))
}

// Bytes from a fixed-seed generator (xorshift32), decoded as a reader of a binary file would:
// invalid sequences become U+FFFD, and the bytes 10 and 13 break lines.
function randomText(bytes: number): string {
  const data = new Uint8Array(bytes)
  let state = 0x9e3779b9
  for (let index = 0; index < bytes; index++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    data[index] = state & 0xff
  }
  return new TextDecoder().decode(data)
}
