import {
  conjunctions,
  determiners,
  nonNameWords,
  prepositions,
  verbModifiers,
} from '../lexicon/function-words.js'
import { otherPronouns, subjectPronouns } from '../lexicon/pronouns.js'
import type { Token } from '../tokenize/tokens.js'

/** A token with the quote it belongs to, if any: the speaker finder only reads outside quotes. */
export interface FrameToken extends Token {
  /** Index of the top-level quote whose marks enclose the token, or -1. */
  quote: number
  /**
   * Whether it is a speech cue. A capitalized form counts only in a title-case paragraph
   * (`Rubio Says`), so that `the United States` holds no form of `state`.
   */
  cue: boolean
}

const possessive = /['’]s?$/u

/** The lower-case word without a possessive ending (`kazakhstan’s` → `kazakhstan`). */
export function bare(token: Token): string {
  return token.lower.replace(possessive, '')
}

/** Whether a token ends in a possessive (`Kazakhstan’s`, `teachers’`). */
export function isPossessive(token: Token): boolean {
  return token.word && possessive.test(token.text) && token.text.length > 2
}

/** Whether a word can be part of a proper name: capitalized and not a closed-class word. */
export function isNameWord(token: FrameToken): boolean {
  if (!token.word || !token.capitalized || token.cue) return false
  const word = bare(token)
  return !(
    nonNameWords.has(word) ||
    prepositions.has(word) ||
    conjunctions.has(word) ||
    determiners.has(word) ||
    verbModifiers.has(word) ||
    otherPronouns.has(word) ||
    Object.hasOwn(subjectPronouns, word)
  )
}

/** Whether a token is a subject pronoun (`he`, `she`, `they`, `it`). */
export function isSubjectPronoun(token: Token): boolean {
  return token.word && Object.hasOwn(subjectPronouns, token.lower)
}

/** Whether a token is a speech cue (see {@link FrameToken.cue}). */
export function isCue(token: FrameToken): boolean {
  return token.cue
}
