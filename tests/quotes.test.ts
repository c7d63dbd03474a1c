import { describe, expect, it } from 'vitest'
import { attributeText } from '../src/index.js'
import { readParagraph } from '../src/quotes/quoted-paragraph.js'

// Each row: the input, the quoted texts expected (in reading order), and what it proves.
const rows: [string, string[], string][] = [
  ['He said “yes, we will” today.', ['yes, we will'], 'curly double marks'],
  ['He said "yes, we will" today.', ['yes, we will'], 'straight double marks'],
  [
    'Rubio says ‘more work remains’ after talks',
    ['more work remains'],
    'single marks in a headline',
  ],
  ["Rubio says 'more work remains' after talks", ['more work remains'], 'straight single marks'],
  ['Il a dit «nous verrons» hier.', ['nous verrons'], 'guillemets'],
  ['Er sagte „wir werden sehen“ gestern.', ['wir werden sehen'], 'German low-high marks'],
  ['It’s Ukraine’s plan, he said.', [], 'apostrophes inside words are not marks'],
  ['100’s of titles and the ’90s and rock ’n’ roll', [], 'numbers, decades and elisions'],
  ['the teachers’ union met O’Neill', [], 'a plural possessive and a name'],
  [
    '‘The teachers’ union said no,’ he said.',
    ['The teachers’ union said no,'],
    'a possessive inside a single-quoted quote',
  ],
  ['they were ’em and ’til then', [], 'leading elisions'],
  [
    '“He said ‘hi’ to me,” she said.',
    ['He said ‘hi’ to me,', 'hi'],
    'a nested quote gives a quote of its own',
  ],
  ['described it as “very productive,” and left', ['very productive,'], 'a fragment counts'],
  ['“ spaced out ”', ['spaced out'], 'blanks inside the marks are not part of the span'],
  ['an empty “” pair', [], 'an empty pair gives no quote'],
  ['He is 5\'10" tall', [], 'an inch mark with nothing to close'],
  ['“(Laughs) We won.”', ['(Laughs) We won.'], 'punctuation inside the marks is kept'],
  ['“One” and “two” and “three”', ['One', 'two', 'three'], 'several quotes in a sentence'],
  ['A “quote—with a dash”—then more', ['quote—with a dash'], 'a dash after the closing mark'],
  [
    '‘We followed the rules,’ Ana Roe said. ‘The fish stopped coming back.\n\n‘The spill has been contained.’',
    ['We followed the rules,', 'The fish stopped coming back.', 'The spill has been contained.'],
    'a single mark left open where a sentence starts runs on to the next paragraph',
  ],
  [
    'He wrote to members: ‘Clean energy has a cost.\n\n‘We will not stop.’',
    ['Clean energy has a cost.', 'We will not stop.'],
    'a single mark left open after a colon runs on too',
  ],
  [
    'The scholars ‘Ali, ‘Umar and ‘Uthman are named in the chronicle.',
    [],
    'a single mark inside a list of transliterated names is no quote',
  ],
  [
    'He said: ‘We will',
    [],
    'a single mark typed at a paragraph that ends no sentence opens nothing',
  ],
]

describe('finding quotes', () => {
  for (const [input, expected, proves] of rows) {
    it(proves, () => {
      const result = attributeText(input)
      expect(result.quotes.map((quote) => quote.text)).toEqual(expected)
      for (const quote of result.quotes)
        expect(input.slice(quote.start, quote.end)).toBe(quote.text)
    })
  }

  it('gives nested quotes their depth and container', () => {
    const { quotes } = attributeText('“He said ‘hi’ to me,” she said.')
    expect(quotes.map((quote) => [quote.depth, quote.parent])).toEqual([
      [0, null],
      [1, quotes[0]?.id],
    ])
  })

  it('reads a multi-paragraph quote as one quote per paragraph, with no warning', () => {
    const text =
      '“First paragraph of the quote.\n“Second paragraph, still going.\n“Last one,” he said.'
    const result = attributeText(text)
    expect(result.quotes.map((quote) => [quote.text, quote.close, quote.continued])).toEqual([
      ['First paragraph of the quote.', null, false],
      ['Second paragraph, still going.', null, true],
      ['Last one,', '”', true],
    ])
    expect(result.warnings).toEqual([])
    expect(new Set(result.quotes.map((quote) => quote.speaker?.name ?? null)).size).toBe(1)
  })

  it('reads a multi-paragraph quote in single marks as one speaker’s, with no warning', () => {
    const text =
      '‘We followed every rule,’ Yupanqui Roe said. ‘The fish stopped coming back.\n\n‘The spill has been contained.’'
    const result = attributeText(text)
    expect(result.quotes.map((quote) => [quote.close, quote.continued])).toEqual([
      ['’', false],
      [null, false],
      ['’', true],
    ])
    expect(result.warnings).toEqual([])
    expect(result.quotes.map((quote) => quote.speaker?.name)).toEqual([
      'Yupanqui Roe',
      'Yupanqui Roe',
      'Yupanqui Roe',
    ])
  })

  it('ends an unclosed quote at its paragraph, with a warning', () => {
    const text = 'She said “this never closes\nThe next paragraph is prose with “a quote” in it.'
    const result = attributeText(text)
    expect(result.quotes.map((quote) => quote.text)).toEqual(['this never closes', 'a quote'])
    expect(result.warnings.map((warning) => [warning.code, warning.start])).toEqual([
      ['unclosed-quote', 9],
    ])
  })

  it('ends an unclosed quote where the next quote of its kind opens, with a warning', () => {
    const text = 'He said “this never closes. Then she said “a real quote” and left.'
    const result = attributeText(text)
    expect(result.quotes.map((quote) => [quote.text, quote.close])).toEqual([
      ['this never closes. Then she said', null],
      ['a real quote', '”'],
    ])
    expect(result.warnings.map((warning) => [warning.code, warning.start])).toEqual([
      ['unclosed-quote', 8],
    ])
  })

  it('warns about a closing mark with nothing to close', () => {
    const result = attributeText('Nothing opens here” at all.')
    expect(result.quotes).toEqual([])
    expect(result.warnings.map((warning) => warning.code)).toEqual(['stray-closing-mark'])
  })

  it('gives positions that agree with offsets, across CRLF lines', () => {
    const text = 'Line one.\r\nHe said “two” here.\r\n“Three,” she said.'
    const result = attributeText(text)
    expect(
      result.quotes.map((quote) => [quote.text, quote.position.start, quote.position.end]),
    ).toEqual([
      ['two', { line: 2, column: 10, offset: 20 }, { line: 2, column: 13, offset: 23 }],
      ['Three,', { line: 3, column: 2, offset: 33 }, { line: 3, column: 8, offset: 39 }],
    ])
  })
})

describe('plural possessives', () => {
  // Each row: the paragraph, its words as read (a possessive marked `+`), what it proves.
  const possessives: [string, string, string][] = [
    ['the nurses’ union said', 'the nurses’+ union said', 'a plural and its mark are one word'],
    ["Davis' lawyer", "Davis'+ lawyer", 'a straight mark after a name in `-s` too'],
    [
      '‘Help the farmers’ he said.',
      '‘ Help the farmers ’ he said .',
      'a mark that closes a quote stays a mark',
    ],
    ['the nurses’, union', 'the nurses ’ , union', 'a mark before punctuation owns nothing'],
  ]
  for (const [text, words, proves] of possessives) {
    it(proves, () => {
      const read = readParagraph(text)
      const shown = read.tokens.map((token) => `${token.text}${token.possessive ? '+' : ''}`)
      expect(shown.join(' ')).toBe(words)
      // Joining never moves a word: each token still spans its own text.
      for (const token of read.tokens) {
        expect(text.slice(token.start, token.end)).toBe(token.text)
      }
    })
  }
})
