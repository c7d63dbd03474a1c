import { itemAt } from './item-at.js'

/**
 * A token's spelling at an index that may be outside the paragraph, always as a string.
 *
 * `itemAt(tokens, index)?.text === ','` compares `undefined` with a string where no token
 * stands: code compiled while both sides had only been strings is thrown away there ("not a
 * String") and compiled again, once per site and function, in the first pass of a run. The
 * empty string, which no token spells, keeps both sides strings and gives every comparison
 * with a token's spelling the same answer.
 */

/**
 * The text of the token at `index`, or `''` when no token stands there.
 *
 * @param tokens The paragraph's tokens.
 * @param index Any index.
 */
export function textAt(tokens: readonly { readonly text: string }[], index: number): string {
  const token = itemAt(tokens, index)
  return token === undefined ? '' : token.text
}

/**
 * The lower case of the token at `index`, or `''` when no token stands there.
 *
 * @param tokens The paragraph's tokens.
 * @param index Any index.
 */
export function lowerAt(tokens: readonly { readonly lower: string }[], index: number): string {
  const token = itemAt(tokens, index)
  return token === undefined ? '' : token.lower
}
