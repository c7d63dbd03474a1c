import {
  conjunctions,
  determiners,
  nonNameWords,
  prepositions,
  verbModifiers,
} from '../lexicon/function-words.js'
import { otherPronouns, subjectPronouns } from '../lexicon/pronouns.js'
import { cueForms } from '../lexicon/speech-cues.js'
import type { Token } from './tokens.js'

/** A token as the speaker finder reads it (word classes set by {@link classifyTokens}). */
export type FrameToken = Token

/**
 * Set the word classes of a paragraph's tokens: cue, name word, pronoun. Done once per
 * paragraph, so the speaker rules only read fields.
 *
 * @param tokens The paragraph's tokens.
 * @param titleCase Whether the paragraph is in title case, where a capitalized `Says` is still
 *   a cue; elsewhere only lower-case forms are, so that `the United States` holds no `state`.
 */
export function classifyTokens(tokens: Token[], titleCase: boolean): void {
  for (const token of tokens) {
    if (!token.word) continue
    token.cue = (titleCase || !token.capitalized) && cueForms.has(token.lower)
    token.pronoun = token.lower.length <= 4 && Object.hasOwn(subjectPronouns, token.lower)
    token.nameWord =
      token.capitalized && !token.cue && !closedClass(token.bare) && !shouting(token.text)
  }
}

// Every closed-class word in one set: one lookup per capitalized word.
const closedClassWords: ReadonlySet<string> = new Set([
  ...nonNameWords,
  ...prepositions,
  ...conjunctions,
  ...determiners,
  ...verbModifiers,
  ...otherPronouns,
  ...Object.keys(subjectPronouns),
])

const numberWord =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:-\p{L}+)?$/u

// Closed-class words, spelled-out numbers (`Twenty-two years ago`) and long words in capitals
// (`INVESTIGATED`, a heading) are not names.
function closedClass(word: string): boolean {
  return closedClassWords.has(word) || numberWord.test(word)
}

/** Whether a word is a closed-class word (article, preposition, conjunction, pronoun…). */
export function isClosedClass(token: Token): boolean {
  return closedClassWords.has(token.bare)
}

/** The lower-case word without a possessive ending (`kazakhstan’s` → `kazakhstan`). */
export function bare(token: Token): string {
  return token.bare
}

/** Whether a token ends in a possessive (`Kazakhstan’s`, `teachers’`). */
export function isPossessive(token: Token): boolean {
  return token.possessive
}

/** Whether a word can be part of a proper name: capitalized and not a closed-class word. */
export function isNameWord(token: Token): boolean {
  return token.nameWord
}

/** Whether a token is a subject pronoun (`he`, `she`, `they`, `it`). */
export function isSubjectPronoun(token: Token): boolean {
  return token.pronoun
}

/** Whether a token is a speech cue. */
export function isCue(token: Token): boolean {
  return token.cue
}

function shouting(text: string): boolean {
  return text.length >= 7 && text === text.toUpperCase() && text !== text.toLowerCase()
}
