/**
 * The word lists asked of most words, as bits. A token is given, once, the bits of the lists its
 * word is in (`Token.lists`, set by `classifyTokens`), and the readers that ask of word after
 * word test a bit of it: they asked the same tokens the same lists over and over, about ten set
 * lookups a word on PolNeAR train, each hashing and comparing the word again.
 */

import {
  articles,
  auxiliaryVerbs,
  beForms,
  closedClassWords,
  determiners,
  genericOpeners,
  nameArticles,
  nounDeterminers,
  prepositions,
  quantifierOpeners,
  relativePronouns,
} from './function-words.js'
import { originVerbs } from './places.js'
import { nonbinaryWords } from './pronouns.js'
import {
  anonymousHeads,
  documentHeads,
  organizationLinks,
  papersByVerb,
  scannedHeads,
  standInHeads,
} from './source-nouns.js'
import { writingForms } from './speech-cues.js'
import { formsOfAddress, nameParticles, roleHeads, titleWords } from './titles.js'

/**
 * One bit a list, 23 at most (a token keeps them beside its eight booleans in one small
 * integer). A list is asked either of a word's lower case (`lower`) or of its bare form (`bare`:
 * lower case without a possessive ending); its bit is given for that form. The two differ only
 * for a possessive (`mayor’s`) or a contracted pronoun (`she’s`).
 */
export const WordList = {
  // Of the lower case.
  article: 1 << 0,
  determiner: 1 << 1,
  preposition: 1 << 2,
  relativePronoun: 1 << 3,
  genericOpener: 1 << 4,
  quantifierOpener: 1 << 5,
  nounDeterminer: 1 << 6,
  nameArticle: 1 << 7,
  formOfAddress: 1 << 8,
  organizationLink: 1 << 9,
  auxiliary: 1 << 10,
  beForm: 1 << 11,
  scannedHead: 1 << 12,
  // The words a sentence is searched for, of the lower case too (see `sentenceWords` in
  // `speakers/attribute-speakers.ts`): a paper's noun or a verb that puts one out (`tweeted`),
  // a verb of where someone is from, `they` or a word for a gender that takes it, a form of
  // `write`.
  paperWord: 1 << 13,
  originVerb: 1 << 14,
  theyWord: 1 << 15,
  writingForm: 1 << 16,
  // Of the bare form.
  closedClass: 1 << 17,
  titleWord: 1 << 18,
  anonymousHead: 1 << 19,
  standInHead: 1 << 20,
  roleHead: 1 << 21,
  nameParticle: 1 << 22,
} as const

const lowerLists: [Iterable<string>, number][] = [
  [articles, WordList.article],
  [determiners, WordList.determiner],
  [prepositions, WordList.preposition],
  [relativePronouns, WordList.relativePronoun],
  [genericOpeners, WordList.genericOpener],
  [quantifierOpeners, WordList.quantifierOpener],
  [nounDeterminers, WordList.nounDeterminer],
  [nameArticles, WordList.nameArticle],
  [formsOfAddress, WordList.formOfAddress],
  [organizationLinks, WordList.organizationLink],
  [auxiliaryVerbs, WordList.auxiliary],
  [beForms, WordList.beForm],
  [scannedHeads, WordList.scannedHead],
  [documentHeads, WordList.paperWord],
  [[...papersByVerb.keys()], WordList.paperWord],
  // (`in a written response`: whatever is written is a paper.)
  [['written'], WordList.paperWord],
  [originVerbs, WordList.originVerb],
  [nonbinaryWords, WordList.theyWord],
  [['they'], WordList.theyWord],
  [writingForms, WordList.writingForm],
]
const bareLists: [Iterable<string>, number][] = [
  [closedClassWords, WordList.closedClass],
  [titleWords, WordList.titleWord],
  [anonymousHeads, WordList.anonymousHead],
  [standInHeads, WordList.standInHead],
  [roleHeads, WordList.roleHead],
  [nameParticles, WordList.nameParticle],
]

// Which bits are given for the lower case, which for the bare form.
const ofLower = lowerLists.reduce((bits, [, bit]) => bits | bit, 0)
const ofBare = bareLists.reduce((bits, [, bit]) => bits | bit, 0)

// Every word of every list, with the bits of all the lists it is in.
const listsOfWord: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>()
  for (const [words, bit] of [...lowerLists, ...bareLists]) {
    for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit)
  }
  return bits
})()

/**
 * The {@link WordList} bits of a word: those of the lists its lower case is in, for the lists
 * asked of the lower case, and those its bare form is in, for the lists asked of that.
 *
 * @param lower The word in lower case.
 * @param bare Its lower case without a possessive ending.
 */
export function wordListsOf(lower: string, bare: string): number {
  const lists = listsOfWord.get(lower) ?? 0
  if (bare === lower) return lists
  return (lists & ofLower) | ((listsOfWord.get(bare) ?? 0) & ofBare)
}
