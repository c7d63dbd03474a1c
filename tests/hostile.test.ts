import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DocumentResult } from '../src/index.js'
import { attributeDocuments, attributeText } from '../src/index.js'

// Line and column of an offset, counted independently of the library.
function pointAt(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10 && index + 1 < offset) continue
    if (code === 10 || code === 13) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1, offset }
}

/** Everything that must hold for any input. */
function checkInvariants(text: string, result: DocumentResult): void {
  for (const quote of result.quotes) {
    expect(0 <= quote.start && quote.start < quote.end && quote.end <= text.length).toBe(true)
    expect(text.slice(quote.start, quote.end)).toBe(quote.text)
    expect(quote.position).toEqual({
      start: pointAt(text, quote.start),
      end: pointAt(text, quote.end),
    })
    if (quote.speaker) {
      const { mention } = quote.speaker
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
      expect(quote.confidence).toBeGreaterThan(0)
      expect(quote.confidence).toBeLessThanOrEqual(1)
    }
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
  }
  // Spans nest or stay apart; they never partly overlap. Sorted by start (longest first), each
  // span must fit inside every open span it starts in.
  const spans = result.quotes.map((quote) => [quote.start, quote.end] as const)
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const open: (readonly [number, number])[] = []
  let overlaps = 0
  for (const span of spans) {
    while (open.length > 0 && (open.at(-1)?.[1] ?? 0) <= span[0]) open.pop()
    const container = open.at(-1)
    if (container && span[1] > container[1]) overlaps++
    open.push(span)
  }
  expect(overlaps).toBe(0)
  for (const warning of result.warnings) {
    if (warning.start !== null)
      expect(warning.start >= 0 && warning.start <= text.length).toBe(true)
  }
}

const pieces = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  ' ',
  ' ',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '.',
  ',',
  ':',
  '—',
  'said',
  'told reporters',
  'he added',
  'she said',
  'according to',
  'Jane Doe',
  'Mr. Roe',
  'it’s',
  'Ukraine’s',
  'the teachers’',
  '’90s',
  'O’Neill',
  '😀',
  '👩‍👩‍👧',
  'שלום',
  'مرحبا',
  '\uFEFF',
  'a senior official',
]
const newsLike = fc
  .array(fc.constantFrom(...pieces), { maxLength: 60 })
  .map((parts) => parts.join(''))

describe('hostile input: properties', () => {
  it('holds on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text, attributeText(text))
      }),
      { numRuns: 300 },
    )
  })

  it('holds on news-like strings of marks, names, cues, newlines and emoji', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        checkInvariants(text, attributeText(text))
      }),
      { numRuns: 1000 },
    )
  })
})

// Each row: a name, the input, and the quoted texts expected.
const named: [string, string, string[]][] = [
  ['empty input', '', []],
  ['whitespace only', '  \n\t\n  ', []],
  ['only quote marks', '“”"\'‘’«»„“ ” " \' ’', []],
  [
    'quotes nested five deep',
    '“a ‘b “c ‘d “e” d’ c” b’ a”',
    ['a ‘b “c ‘d “e” d’ c” b’ a', 'b “c ‘d “e” d’ c” b', 'c ‘d “e” d’ c', 'd “e” d', 'e'],
  ],
  ['CRLF line endings', 'Jane Doe said:\r\n“We will win,” she said.\r\n', ['We will win,']],
  ['lone CR line endings', 'Jane Doe said:\r“We will win,” she said.\r', ['We will win,']],
  ['a byte order mark', '\uFEFF“We will win,” Jane Doe said.', ['We will win,']],
  ['a lone surrogate', '\uD800 “We will win,” Jane Doe said. \uDC00', ['We will win,']],
  [
    'emoji before and inside a quote',
    '😀👍 “We 😀 will win 👩‍👩‍👧,” Jane Doe said.',
    ['We 😀 will win 👩‍👩‍👧,'],
  ],
  ['right-to-left text', 'אמר «שלום לכולם» אתמול. قال „مرحبا“ أمس.', ['שלום לכולם', 'مرحبا']],
]

describe('hostile input: named cases', () => {
  for (const [name, text, expected] of named) {
    it(name, () => {
      const result = attributeText(text)
      expect(result.quotes.map((quote) => quote.text)).toEqual(expected)
      checkInvariants(text, result)
    })
  }

  it('warns on empty input and on lone surrogates', () => {
    expect(attributeText('').warnings.map((warning) => warning.code)).toEqual(['empty-input'])
    expect(attributeText('a \uD800 b').warnings.map((warning) => warning.code)).toEqual([
      'lone-surrogate',
    ])
  })

  it('keeps UTF-16 offsets right after astral characters', () => {
    const text = '😀😀 “Hi,” Jane Doe said.'
    const [quote] = attributeText(text).quotes
    expect([quote?.start, quote?.end, quote?.speaker?.mention]).toEqual([
      6,
      9,
      { text: 'Jane Doe', start: 11, end: 19 },
    ])
  })

  it('survives 10,000 unclosed marks, each quote ending at its paragraph', () => {
    const text = `${'“'.repeat(10_000)}\n${'He said “a '.repeat(10_000)}\nThen “closed” here`
    const result = attributeText(text)
    checkInvariants(text, result)
    expect(result.quotes.at(-1)?.text).toBe('closed')
    expect(
      result.warnings.filter((warning) => warning.code === 'unclosed-quote').length,
    ).toBeGreaterThan(0)
  })

  it('flags binary junk but still reads the text in it', () => {
    const text = `\u0000\u0001\u0002\u0003${'\u0007'.repeat(50)} “We will win,” Jane Doe said.`
    const result = attributeText(text)
    expect(result.warnings.map((warning) => warning.code)).toContain('binary-input')
    expect(result.quotes.map((quote) => quote.speaker?.name)).toEqual(['Jane Doe'])
  })
})

// The worst inputs for the library's regular expressions: long runs of exactly the characters
// each one repeats over (possessive endings, closing punctuation after a full stop, digit groups,
// combining marks, doubled letters). A regex that backtracks catastrophically never finishes.
const regexWorstCases: [string, string][] = [
  ['possessive endings', `Jane ${"s's'".repeat(100_000)}x “a,” she said.`],
  ['apostrophes', `${'’'.repeat(200_000)} “a,” Jane Doe said.`],
  ['closing punctuation after a full stop', `Headline.${'”)’'.repeat(100_000)}x`],
  ['digit groups', `“${'1,'.repeat(200_000)}x,” Jane Doe said.`],
  ['letters and inner marks', `“${"a'".repeat(200_000)}b,” Jane Doe said.`],
  ['combining marks', `“${'e\u0301'.repeat(200_000)},” Jane Doe said.`],
  ['doubled letters in a name', `“a,” ${'Zz'.repeat(50_000)}z Doe said.`],
  ['decades', `${"'90s ".repeat(100_000)}`],
  ['spaces', `“a${' '.repeat(400_000)}b,” Jane Doe said.`],
]

describe('hostile input: regular expressions', () => {
  for (const [name, text] of regexWorstCases) {
    it(`finishes on ${name}`, () => {
      const result = attributeDocuments([
        { id: 'a', text },
        { id: 'b', text },
      ])
      for (const document of result.documents) checkInvariants(text, document)
      expect(result.clusters.length).toBeGreaterThanOrEqual(0)
    })
  }
})
