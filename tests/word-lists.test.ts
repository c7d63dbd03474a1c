import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
} from '../src/lexicon/function-words.js'
import { originVerbs } from '../src/lexicon/places.js'
import { nonbinaryWords } from '../src/lexicon/pronouns.js'
import {
  anonymousHeads,
  documentHeads,
  organizationLinks,
  papersByVerb,
  scannedHeads,
  standInHeads,
} from '../src/lexicon/source-nouns.js'
import { writingForms } from '../src/lexicon/speech-cues.js'
import { formsOfAddress, nameParticles, roleHeads, titleWords } from '../src/lexicon/titles.js'
import { WordList } from '../src/lexicon/word-lists.js'
import { readParagraph } from '../src/quotes/quoted-paragraph.js'
import { Token } from '../src/tokenize/tokens.js'
import { inList } from '../src/tokenize/word-classes.js'

// Each bit, the list it stands for and the form of the word the list is asked of.
const lists: [keyof typeof WordList, ReadonlySet<string>, 'lower' | 'bare'][] = [
  ['article', articles, 'lower'],
  ['determiner', determiners, 'lower'],
  ['preposition', prepositions, 'lower'],
  ['relativePronoun', relativePronouns, 'lower'],
  ['genericOpener', genericOpeners, 'lower'],
  ['quantifierOpener', quantifierOpeners, 'lower'],
  ['nounDeterminer', nounDeterminers, 'lower'],
  ['nameArticle', nameArticles, 'lower'],
  ['formOfAddress', formsOfAddress, 'lower'],
  ['organizationLink', organizationLinks, 'lower'],
  ['auxiliary', new Set(auxiliaryVerbs), 'lower'],
  ['beForm', beForms, 'lower'],
  ['scannedHead', scannedHeads, 'lower'],
  ['paperWord', new Set([...documentHeads, ...papersByVerb.keys()]), 'lower'],
  ['originVerb', originVerbs, 'lower'],
  ['theyWord', new Set([...nonbinaryWords, 'they']), 'lower'],
  ['writingForm', writingForms, 'lower'],
  ['closedClass', closedClassWords, 'bare'],
  ['titleWord', titleWords, 'bare'],
  ['anonymousHead', anonymousHeads, 'bare'],
  ['standInHead', standInHeads, 'bare'],
  ['roleHead', roleHeads, 'bare'],
  ['nameParticle', nameParticles, 'bare'],
]

// A token's bits must answer exactly as the lists do: readers test a bit where they asked a set.
function expectListsOf(token: Token): void {
  for (const [name, words, form] of lists) {
    expect(inList(token, WordList[name]), `${name} of ${token.text}`).toBe(words.has(token[form]))
  }
}

describe('word lists', () => {
  it('has a bit for each list, distinct, and no more than a token keeps', () => {
    const bits = Object.values(WordList)
    expect(new Set(bits).size).toBe(bits.length)
    expect(Math.max(...bits)).toBeLessThan(1 << 23)
    expect(lists.map(([name]) => name).sort()).toEqual(Object.keys(WordList).sort())
  })

  it('gives every token of the seeds the bits of the lists its word is in', () => {
    const folder = join(import.meta.dirname, '..', 'seeds')
    let tokens = 0
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
        for (const token of readParagraph(line).tokens) {
          expectListsOf(token)
          tokens++
        }
      }
    }
    expect(tokens).toBeGreaterThan(4_000)
  })

  it('follows a word respelled: a possessive, a contraction, a word and its full stop', () => {
    for (const text of [
      'The mayor’s aide said.',
      'She’s the one, they’re sure.',
      'Gov. Doe of the U.S. and its Attorney Gen. said.',
    ]) {
      for (const token of readParagraph(text).tokens) expectListsOf(token)
    }
    const token = new Token('Mayor’s', 'mayor’s', 'mayor', 0, 1)
    expectListsOf(token)
    token.respell('Of', 'of', 'of')
    expectListsOf(token)
    expectListsOf(token.copy())
  })
})
