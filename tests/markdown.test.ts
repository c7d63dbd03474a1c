import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuoteAttribution from '../src/retext.js'

// The plugin after `remark-retext`: in bridge mode the tree it gets is still mdast.
const remarkSide = unified()
  .use(remarkParse)
  .use(remarkRetext, unified().use(retextEnglish))
  .use(retextQuoteAttribution)
// The plugin inside `remark-retext` (bridge mode): it gets the nlcst tree made from the mdast.
const retextSide = unified()
  .use(remarkParse)
  .use(remarkRetext, unified().use(retextEnglish).use(retextQuoteAttribution))

type Pipeline = typeof remarkSide | typeof retextSide

async function run(processor: Pipeline, value: string): Promise<VFile> {
  const file = new VFile({ value })
  await processor.run(processor.parse(file), file)
  return file
}

// Each message as `ruleId line:column-line:column` and the Markdown source it points at.
function placed(file: VFile): string[][] {
  const source = String(file.value)
  return file.messages.map((message) => {
    const place = message.place
    if (!place || !('start' in place)) throw new Error(`message without a span: ${message}`)
    const at = `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
    return [String(message.ruleId), at, source.slice(place.start.offset, place.end.offset)]
  })
}

const pipelines = [
  ['after remark-retext (mdast)', remarkSide],
  ['inside remark-retext (nlcst)', retextSide],
] as const

describe.each(pipelines)('Markdown, plugin %s', (_, processor) => {
  it('places a quote with emphasis and a link on its words in the Markdown source', async () => {
    const markdown =
      'Jane Doe said: “We *will* win the [vote](https://x.test) today.”\n\nThe polls close at six.\n'
    const file = await run(processor, markdown)
    const place = {
      start: { line: 1, column: 17, offset: 16 },
      end: { line: 1, column: 64, offset: 63 },
    }
    expect(file.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['quote', place],
    ])
    expect(markdown.slice(16, 63)).toBe('We *will* win the [vote](https://x.test) today.')
    const result = file.data.quoteAttribution
    expect(result?.quotes).toHaveLength(1)
    const quote = result?.quotes[0]
    // The text is what the reader sees; the offsets are the source's, markup included.
    expect(quote).toMatchObject({
      text: 'We will win the vote today.',
      start: 16,
      end: 63,
      position: place,
      speaker: { name: 'Jane Doe', mention: { text: 'Jane Doe', start: 0, end: 8 } },
      cue: { text: 'said', start: 9, end: 13 },
    })
    expect(result?.warnings).toEqual([])
  })

  it('places every quote of a document with a heading, a list and a block quote', async () => {
    const markdown = [
      '# Council vote',
      '',
      'Jane Doe said: “We *will* win the [vote](https://x.test) today.”',
      '',
      'The second paragraph is prose, with no quote in it.',
      '',
      '“The count starts at nine,” she added.',
      '',
      '- Bob Roe, the mayor, said: “Roads `first`.”',
      '- “Then schools,” he said.',
      '',
      '> “Nothing is settled,” said Ann Lee.',
      '',
    ].join('\n')
    const file = await run(processor, markdown)
    expect(placed(file)).toEqual([
      ['quote', '3:17-3:64', 'We *will* win the [vote](https://x.test) today.'],
      ['quote', '7:2-7:27', 'The count starts at nine,'],
      ['quote', '9:30-9:44', 'Roads `first`.'],
      ['quote', '10:4-10:17', 'Then schools,'],
      ['quote', '12:4-12:23', 'Nothing is settled,'],
    ])
    expect(
      file.data.quoteAttribution?.quotes.map((quote) => [
        markdown.slice(quote.start, quote.end),
        quote.speaker?.name,
        quote.speaker ? markdown.slice(quote.speaker.mention.start, quote.speaker.mention.end) : '',
      ]),
    ).toEqual([
      ['We *will* win the [vote](https://x.test) today.', 'Jane Doe', 'Jane Doe'],
      ['The count starts at nine,', 'Jane Doe', 'she'],
      ['Roads `first`.', 'Bob Roe', 'Bob Roe'],
      ['Then schools,', 'Bob Roe', 'he'],
      ['Nothing is settled,', 'Ann Lee', 'Ann Lee'],
    ])
  })

  it('places an unclosed quote in a list item on its words, up to the end of its item', async () => {
    const markdown = '* Item one.\n* Jane Doe said: “We *will* win\n* Item three.\n'
    const file = await run(processor, markdown)
    expect(placed(file)).toEqual([['unclosed-quote', '2:19-2:32', 'We *will* win']])
    expect(file.data.quoteAttribution?.quotes[0]?.speaker?.name).toBe('Jane Doe')
    // The warning sits on the opening mark and runs to the end of the item.
    expect(
      file.data.quoteAttribution?.warnings.map((warning) => [
        warning.code,
        markdown.slice(warning.start ?? 0, warning.end ?? 0),
      ]),
    ).toEqual([['unclosed-quote', '“We *will* win']])
  })
})

describe('Markdown, plugin after remark-retext (mdast) only', () => {
  it('keeps a paragraph wrapped over lines one paragraph, in a list item too', async () => {
    const markdown = [
      '- Bob Roe said: “Roads *first*,',
      '  then schools.”',
      '',
      '> “Nothing',
      '> is settled,” said Ann Lee.',
      '',
    ].join('\n')
    const file = await run(remarkSide, markdown)
    expect(placed(file)).toEqual([
      ['quote', '1:18-2:16', 'Roads *first*,\n  then schools.'],
      ['quote', '4:4-5:14', 'Nothing\n> is settled,'],
    ])
    expect(file.data.quoteAttribution?.quotes.map((quote) => quote.text)).toEqual([
      'Roads first, then schools.',
      'Nothing is settled,',
    ])
  })

  it('maps past escapes and character references', async () => {
    const markdown = 'Ann Lee said: “AT&amp;T is \\*big\\* &ldquo;now&rdquo; &foo; &amp;”\n'
    const file = await run(remarkSide, markdown)
    expect(placed(file)).toEqual([
      ['quote', '1:16-1:65', 'AT&amp;T is \\*big\\* &ldquo;now&rdquo; &foo; &amp;'],
      // Nested in Ann Lee's quote, so voiced by her.
      ['quote', '1:43-1:46', 'now'],
    ])
    expect(file.data.quoteAttribution?.quotes[0]?.text).toBe('AT&T is *big* “now” &foo; &')
  })
})

describe('Markdown, plugin inside remark-retext (nlcst) only', () => {
  it('reads each line as a paragraph, as nlcst does, so a wrapped quote is cut at the line', async () => {
    const markdown = 'Bob Roe said: “Roads first,\nthen schools.”\n'
    const file = await run(retextSide, markdown)
    expect(placed(file)).toEqual([['unclosed-quote', '1:16-1:28', 'Roads first,']])
  })
})
