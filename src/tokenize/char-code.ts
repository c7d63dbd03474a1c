/**
 * Reading a character code of a word, for the loops that read every character of many words.
 *
 * A token's words are strings of every kind V8 has (sliced from the paragraph, copied, joined,
 * lower-cased, in one or two bytes a character), so a site that calls `word.charCodeAt` sees
 * more string maps than it keeps apart: its load of `charCodeAt` turns megamorphic, and each
 * call is a generic property lookup and a generic call. Calling the method itself keeps the
 * call direct, whatever the string. (Shape tests and name keys of PolNeAR train: 1.3% of the
 * speaker stage's samples.)
 */

const stringCharCodeAt = String.prototype.charCodeAt

/**
 * `text.charCodeAt(index)`, called directly.
 *
 * @param text Any string.
 * @param index Index of a UTF-16 code unit; `NaN` past either end.
 */
export function charCodeAt(text: string, index: number): number {
  return stringCharCodeAt.call(text, index)
}

/**
 * Whether a word opens with a digit (`06:52`, `40`, `7’s`): a number, which has no case.
 *
 * @param text Any string.
 */
export function opensWithDigit(text: string): boolean {
  const code = stringCharCodeAt.call(text, 0)
  return code >= 48 && code <= 57
}
