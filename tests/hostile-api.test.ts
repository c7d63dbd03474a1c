import { describe, expect, it } from 'vitest'
import { attributeText, createAttributor, InvalidInputError } from '../src/index.js'

// What a caller can catch: the class, its code, and that it is still a TypeError.
function thrown(run: () => unknown): { name: string; code: string; type: boolean } | null {
  try {
    run()
    return null
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error
    return { name: error.name, code: error.code, type: error instanceof TypeError }
  }
}

const invalidText = { name: 'InvalidInputError', code: 'invalid-text', type: true }
const invalidOption = { name: 'InvalidInputError', code: 'invalid-option', type: true }

describe('hostile API input: a typed error, never `text.trim is not a function`', () => {
  // Each row: what is passed as the text.
  const texts: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a Buffer', Buffer.from('“We will win,” Jane Doe said.')],
    ['a Uint8Array', new TextEncoder().encode('“We will win,” Jane Doe said.')],
    ['an object', { text: '“We will win,” Jane Doe said.' }],
  ]
  for (const [name, value] of texts) {
    it(`attributeText(${name})`, () => {
      expect(thrown(() => attributeText(value as string))).toEqual(invalidText)
    })
    it(`an attributor given ${name}`, () => {
      expect(thrown(() => createAttributor().attribute(value as string))).toEqual(invalidText)
    })
  }

  it('says to decode bytes first', () => {
    expect(() => attributeText(new Uint8Array(2) as unknown as string)).toThrow(/decode/)
  })

  // Each row: the options passed.
  const options: [string, unknown][] = [
    ['a number as the options', 7],
    ['a number as the id', { id: 7 }],
    ['a cache without get and set', { cache: {} }],
  ]
  for (const [name, value] of options) {
    it(`attributeText with ${name}`, () => {
      expect(thrown(() => attributeText('text', value as never))).toEqual(invalidOption)
    })
  }

  it('createAttributor with a number as the id', () => {
    expect(thrown(() => createAttributor(7 as unknown as string))).toEqual(invalidOption)
  })

  it('an attributor keeps working after a bad call', () => {
    const attributor = createAttributor('doc')
    const text = '“We will win,” Jane Doe said.'
    const before = attributor.attribute(text)
    expect(thrown(() => attributor.attribute(undefined as unknown as string))).toEqual(invalidText)
    expect(attributor.cachedParagraphs).toBe(1)
    expect(attributor.attribute(text)).toEqual(before)
  })

  it('still reads strings that are merely odd, with warnings', () => {
    expect(attributeText('').warnings.map((warning) => warning.code)).toEqual(['empty-input'])
  })
})
