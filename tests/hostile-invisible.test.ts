import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DocumentResult } from '../src/index.js'
import { attributeText } from '../src/index.js'

// Characters that show nothing (or a blank) and so may not change what is read.
const invisibles = ['\uFEFF', '\u0085', '\u200B', '\u200D', '\u00AD', '\u00A0']
const dropped = /\uFEFF|\u200B|\u200D|\u00AD/gu

// What a reader would check of a result: each quote's text and who said it. Quote text is taken
// as it reads (characters that show nothing dropped, any run of blanks one space, since a no-break
// space beside a space shows as a wider gap); offsets are checked separately, against the text
// as written.
function said(result: DocumentResult): [string, string | null][] {
  return result.quotes.map((quote) => [
    quote.text.replace(dropped, '').replace(/[\s\u0085]+/gu, ' '),
    quote.speaker?.name ?? null,
  ])
}

function checkOffsets(text: string, result: DocumentResult): void {
  for (const quote of result.quotes) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text)
    const mention = quote.speaker?.mention
    if (mention) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
  }
}

describe('invisible characters: named cases', () => {
  // Each row: the finding, the text with the character, the same text without it.
  const rows: [string, string, string][] = [
    [
      'a byte order mark before a headline speaker',
      '\uFEFFRubio: Ukraine Talks ‘Very Good’',
      'Rubio: Ukraine Talks ‘Very Good’',
    ],
    [
      'a next-line character before the opening mark',
      'Jane Doe said\u0085“We will win.”',
      'Jane Doe said “We will win.”',
    ],
    [
      'a zero-width space after the closing mark',
      '“We will win,”\u200B Jane Doe said. “Then we rest.”',
      '“We will win,” Jane Doe said. “Then we rest.”',
    ],
    [
      'a zero-width joiner inside a name',
      '“We will win,” Jane Do\u200De said.',
      '“We will win,” Jane Doe said.',
    ],
    [
      'a soft hyphen inside a name',
      '“We will win,” Jane Jo\u00ADhansson said.',
      '“We will win,” Jane Johansson said.',
    ],
    [
      'a no-break space between the mark and the words',
      'Jane Doe said: “\u00A0We will win.\u00A0”',
      'Jane Doe said: “We will win.”',
    ],
  ]
  for (const [name, text, clean] of rows) {
    it(name, () => {
      const expected = said(attributeText(clean))
      expect(expected.length).toBeGreaterThan(0)
      const result = attributeText(text)
      expect(said(result)).toEqual(expected)
      checkOffsets(text, result)
    })
  }

  it('maps offsets back past the characters dropped', () => {
    const text = '\u200B\u200B“We\u00AD will win,” Jane\u200B Doe said.'
    const [quote] = attributeText(text).quotes
    expect([quote?.text, quote?.start, quote?.speaker?.mention]).toEqual([
      'We\u00AD will win,',
      3,
      { text: 'Jane\u200B Doe', start: 18, end: 27 },
    ])
  })
})

// The seed articles, read as written, and the places where an invisible character could sit:
// either side of every quotation mark and of every capitalized word.
const seedDir = 'seeds'
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(seedDir, name), 'utf8'))
const clean = seeds.map((text) => said(attributeText(text)))
const places = seeds.map((text) => {
  const at = new Set<number>()
  for (const match of text.matchAll(/["“”‘’'«»]|\p{Lu}[\p{L}’'-]*/gu)) {
    at.add(match.index)
    at.add(match.index + match[0].length)
  }
  return [...at].sort((a, b) => a - b)
})

const blanks = new Set(['\u0085', '\u00A0'])
function besideBlank(text: string, at: number): boolean {
  return /\s/u.test(text.charAt(at - 1) || ' ') || /\s/u.test(text.charAt(at) || ' ')
}

function insert(text: string, inserts: readonly (readonly [number, string])[]): string {
  const sorted = [...inserts].sort((a, b) => b[0] - a[0])
  let result = text
  for (const [at, character] of sorted) result = result.slice(0, at) + character + result.slice(at)
  return result
}

describe('invisible characters: the seeds read the same with them', () => {
  it('changes no quote and no speaker, with offsets into the text as written', () => {
    const edit = fc
      .integer({ min: 0, max: seeds.length - 1 })
      .chain((seed) =>
        fc.tuple(
          fc.constant(seed),
          fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: (places[seed]?.length ?? 1) - 1 }),
              fc.constantFrom(...invisibles),
            ),
            { minLength: 1, maxLength: 30 },
          ),
        ),
      )
    fc.assert(
      fc.property(edit, ([seed, picks]) => {
        const seedText = seeds[seed] as string
        // A next-line or a no-break space shows as a blank: it goes beside a blank already
        // there, never into a word (`there ’s` is another text).
        const inserts = picks
          .map(([place, character]) => [places[seed]?.[place] ?? 0, character] as const)
          .filter(([at, character]) => !blanks.has(character) || besideBlank(seedText, at))
        const text = insert(seedText, inserts)
        const result = attributeText(text)
        expect(said(result)).toEqual(clean[seed])
        checkOffsets(text, result)
      }),
      { numRuns: 150 },
    )
  })
})
