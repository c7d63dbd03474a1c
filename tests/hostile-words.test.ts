import { describe, expect, it } from 'vitest'
import { attributeDocuments, attributeText, createAttributor } from '../src/index.js'

// Every member a plain object inherits, and the one key that sets an object's prototype:
// words a tokenizer hands to lexicon tables as keys, which must find nothing there.
const inherited = [...Object.getOwnPropertyNames(Object.prototype), '__proto__']

// A word in every slot a table is asked about: a title, a role, a kin word, a head, a
// pronoun's place, a party tag, a headline's label, and a cluster's word.
function texts(word: string): string[] {
  const capital = word.charAt(0).toUpperCase() + word.slice(1)
  return [
    `“We will build it,” said ${capital} Jane Doe. “Soon,” she added.`,
    `“We will build it,” the ${word} said. “Soon,” ${word} added.`,
    `${capital} Tom Roe (${capital}-Ohio) said: “We ${word} it.”`,
    `${capital}: ‘We win’\n\n“We win,” said ${word} Jane Doe, whose ${word} agreed.`,
    `Jane Doe and her ${word}, Tom Roe, spoke. “No,” said the ${word}s.`,
  ]
}

describe('words that objects inherit: no crash, no function read as a value', () => {
  for (const word of inherited) {
    it(`reads \`${word}\` as a word`, () => {
      for (const text of texts(word)) {
        const result = attributeText(text)
        expect(result.quotes.length).toBeGreaterThan(0)
        for (const quote of result.quotes) {
          if (quote.speaker) expect(typeof quote.speaker.name).toBe('string')
        }
        // (A result that carried a function would not survive JSON.)
        expect(JSON.parse(JSON.stringify(result))).toEqual(result)
      }
    })
  }

  it('names the person after a title-like word, as after any other capital', () => {
    const { quotes } = attributeText('“We will build it,” said Constructor Jane Doe.')
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Jane Doe'])
  })

  it('clusters and edits over such words as over any others', () => {
    const documents = inherited.map((word, index) => ({
      id: `d${index}`,
      text: `“The ${word} is ${word} and ${word} again,” said Jane Doe.`,
    }))
    const corpus = attributeDocuments(documents)
    expect(corpus.documents).toHaveLength(inherited.length)
    const attributor = createAttributor()
    for (const word of inherited) {
      attributor.attribute(`“We ${word} it,” the ${word} said.`)
      expect(() => attributor.attribute(`“We ${word} it,” the ${word}s said.`)).not.toThrow()
    }
  })
})
