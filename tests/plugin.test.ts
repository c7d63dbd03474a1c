import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuoteAttribution from '../src/retext.js'

const processor = unified().use(retextEnglish).use(retextQuoteAttribution)

describe('retext plugin', () => {
  it('adds one message per quote, placed on the quote, and the results on file.data', async () => {
    const file = new VFile({
      value: 'Jane Doe arrived.\n“We will win,” she said.\nAn “unclear” phrase.\n“Typing',
    })
    await processor.run(processor.parse(file), file)
    expect(
      file.messages.map((message) => [
        message.ruleId,
        message.source,
        message.place,
        message.actual,
      ]),
    ).toEqual([
      [
        'quote',
        'quote-attribution',
        { start: { line: 2, column: 2, offset: 19 }, end: { line: 2, column: 14, offset: 31 } },
        'We will win,',
      ],
      [
        'unattributed-quote',
        'quote-attribution',
        { start: { line: 3, column: 5, offset: 47 }, end: { line: 3, column: 12, offset: 54 } },
        'unclear',
      ],
      [
        'unclosed-quote',
        'quote-attribution',
        { start: { line: 4, column: 2, offset: 65 }, end: { line: 4, column: 8, offset: 71 } },
        'Typing',
      ],
    ])
    expect(file.data.quoteAttribution?.quotes[0]?.speaker?.name).toBe('Jane Doe')
    expect(String(file.messages[0])).toBe('2:2-2:14: Quote by Jane Doe (said)')
  })

  it('is the default export of the retext subpath and of the main entry', async () => {
    const subpath = await import('../src/retext.js')
    const main = await import('../src/index.js')
    expect(typeof subpath.default).toBe('function')
    // Either name works in a unified-engine config (`"plugins": ["quote-attribution"]`).
    expect(main.default).toBe(subpath.default)
  })
})
