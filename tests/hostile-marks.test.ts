import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DocumentResult } from '../src/index.js'
import { attributeText } from '../src/index.js'

// What a reader would check of a result: each quote's text and who said it.
function said(result: DocumentResult): [string, string | null][] {
  return result.quotes.map((quote) => [quote.text, quote.speaker?.name ?? null])
}

// Every parent contains its child: the child's marks sit inside the parent's text.
function checkNesting(result: DocumentResult): void {
  const byId = new Map(result.quotes.map((quote) => [quote.id, quote]))
  for (const quote of result.quotes) {
    if (quote.parent === null) {
      expect(quote.depth).toBe(0)
      continue
    }
    const parent = byId.get(quote.parent)
    expect(parent).toBeDefined()
    expect(quote.depth).toBe((parent?.depth ?? -1) + 1)
    expect(parent && parent.start < quote.start && quote.end <= parent.end).toBe(true)
  }
}

describe('hostile marks: pairing stays linear and exact', () => {
  // Each row: what the paragraph is, the paragraph (thousands of marks), and the quotes it holds.
  // Before pairing was linear, the first three took minutes; the answers are what a reader sees.
  const rows: [string, string, number][] = [
    // Unclosed single marks are apostrophes or unfinished: no quote.
    ['30,000 unclosed single marks', '‘a '.repeat(30_000), 0],
    ['30,000 unclosed straight single marks', "'a ".repeat(30_000), 0],
    ['400 transliterated names', 'He met ‘Ali and ‘Umar. '.repeat(400), 0],
    // Each opening double mark ends the one before it: one quote each.
    ['10,000 unclosed double marks', '“a '.repeat(10_000), 10_000],
    // A quote per three characters: any per-quote search through the paragraph's quotes in the
    // speaker stage makes this one take minutes (a nickname check once did).
    ['100,000 unclosed straight double marks', '"a '.repeat(100_000), 100_000],
  ]
  for (const [name, text, count] of rows) {
    it(name, () => {
      const result = attributeText(text)
      expect(result.quotes.length).toBe(count)
      for (const quote of result.quotes) expect([quote.text, quote.depth]).toEqual(['a', 0])
    })
  }
})

describe('hostile marks: a quote cut short never adopts the next', () => {
  it('`“a “b”` gives two quotes side by side, neither inside the other', () => {
    const result = attributeText('“a “b”')
    expect(result.quotes.map((quote) => [quote.text, quote.depth, quote.parent])).toEqual([
      ['a', 0, null],
      ['b', 0, null],
    ])
    expect(result.warnings.map((warning) => [warning.code, warning.start])).toEqual([
      ['unclosed-quote', 0],
    ])
  })

  it('the second quote goes to its own speaker', () => {
    const result = attributeText('Jane Doe said: “We will win. “We lost,” Sam Roe said.')
    expect(said(result)).toEqual([
      ['We will win.', 'Jane Doe'],
      ['We lost,', 'Sam Roe'],
    ])
    checkNesting(result)
  })

  it('a real nested quote still nests', () => {
    const result = attributeText('“He said ‘no’ to us,” Jane Doe said.')
    expect(result.quotes.map((quote) => [quote.text, quote.depth])).toEqual([
      ['He said ‘no’ to us,', 0],
      ['no', 1],
    ])
    checkNesting(result)
  })

  it('a quote nested a thousand deep, each naming a speaker inside, reads one level only', () => {
    let text = 'Jane Doe said: '
    for (let depth = 0; depth < 1000; depth++)
      text += depth % 2 ? '‘Tom Roe told me, ' : '“Tom Roe told me, '
    text += 'go'
    for (let depth = 999; depth >= 0; depth--) text += depth % 2 ? '’' : '”'
    const result = attributeText(text)
    checkNesting(result)
    // The outer quote's own words name the one inside it; deeper quotes are read no further.
    const inner = result.quotes.filter((quote) => quote.depth === 1)
    expect(inner.length).toBeGreaterThan(0)
    expect(inner.every((quote) => quote.speaker?.name === 'Tom Roe')).toBe(true)
    expect(result.quotes.filter((quote) => quote.depth > 1).length).toBeGreaterThan(10)
  })

  const pieces = ['“', '”', '"', '‘', '’', "'", '«', '»', 'a', ' ', 'b ', ', ', 'said ']
  it('every parent contains its child, on any string of marks and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        checkNesting(attributeText(parts.join('')))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('hostile marks: common typos read as the clean text', () => {
  // Each row: the typo, the text as it should have been typed.
  const rows: [string, string, string][] = [
    [
      'no space between a comma and the opening mark',
      'Jane Doe said,“We will win.”',
      'Jane Doe said, “We will win.”',
    ],
    [
      'no space between a closing mark and the next word',
      '“Go vote”and then “go home,” Jane Doe said.',
      '“Go vote” and then “go home,” Jane Doe said.',
    ],
    [
      'blanks inside straight marks',
      '" We will win, " Jane Doe said.',
      '"We will win," Jane Doe said.',
    ],
    [
      'blanks inside straight marks after a colon',
      'Jane Doe said: " We will win. "',
      'Jane Doe said: "We will win."',
    ],
    [
      'no space between a comma and a straight opening mark',
      'Jane Doe said,"We will win."',
      'Jane Doe said, "We will win."',
    ],
    [
      'no space between a straight closing mark and the speaker',
      '"We will win,"Jane Doe said.',
      '"We will win," Jane Doe said.',
    ],
  ]
  for (const [name, typo, clean] of rows) {
    it(name, () => {
      const expected = said(attributeText(clean))
      expect(expected.length).toBeGreaterThan(0)
      expect(said(attributeText(typo))).toEqual(expected)
    })
  }
})

describe('hostile marks: the seeds read the same with the typos', () => {
  // Each row: the typo, and how to make it everywhere in a text.
  const typos: [string, (text: string) => string][] = [
    ['no space after a comma or colon before “', (text) => text.replace(/([,:]) “/gu, '$1“')],
    ['no space after ” before a word', (text) => text.replace(/” (?=\p{L})/gu, '”')],
    ['blanks inside straight marks', (text) => text.replace(/"([^"\n]+)"/gu, '" $1 "')],
    ['no space after a comma or colon before "', (text) => text.replace(/([,:]) "/gu, '$1"')],
  ]
  const seeds = readdirSync('seeds')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join('seeds', name), 'utf8'))
  for (const [name, typo] of typos) {
    it(name, () => {
      let changed = 0
      for (const text of seeds) {
        const typed = typo(text)
        if (typed === text) continue
        changed++
        expect(said(attributeText(typed))).toEqual(said(attributeText(text)))
      }
      // The typo occurs in the seeds, or the row proves nothing.
      expect(changed).toBeGreaterThan(0)
    })
  }
})
