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
// The plugin straight after `remark-parse`: the same mdast tree.
const parseOnly = unified().use(remarkParse).use(retextQuoteAttribution)
// The plugin inside `remark-retext` (bridge mode): it gets the nlcst tree made from the mdast.
const retextSide = unified()
  .use(remarkParse)
  .use(remarkRetext, unified().use(retextEnglish).use(retextQuoteAttribution))

type Pipeline = typeof remarkSide | typeof parseOnly | typeof retextSide

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
  ['after remark-parse (mdast)', parseOnly],
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

describe('Markdown, exact places (mdast)', () => {
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

  // Issue 12: after a line ending in a block quote or a list, places used to drift by the
  // length of the `> ` or indent before each entity or escape (`p; ` for `ok.`).
  it.each([
    ['an entity on a block quote’s next line', '> a\n> &amp; “ok.”\n', '2:10-2:13', 'ok.'],
    ['an escape on a block quote’s next line', '> a\n> \\* “ok.”\n', '2:7-2:10', 'ok.'],
    ['an entity on a list item’s next line', '- a\n  &amp; “ok.”\n', '2:10-2:13', 'ok.'],
    ['a quote mark as an entity', '> a\n> b &ldquo;ok.&rdquo;\n', '2:12-2:15', 'ok.'],
    [
      'two entities and an escape in a nested list',
      '- a\n  - b\n    &amp;\\_&lt; “ok.”\n',
      '3:18-3:21',
      'ok.',
    ],
    ['a character outside the BMP as a reference', 'a &#128512; “ok.”\n', '1:14-1:17', 'ok.'],
  ])('places a quote exactly after %s', async (_, markdown, at, quoted) => {
    const file = await run(remarkSide, markdown)
    const [message] = placed(file)
    expect(message?.slice(1)).toEqual([at, quoted])
  })

  it('reads CRLF Markdown as LF: the same places on the same lines, one space per line ending', async () => {
    const lf = [
      '# Vote',
      '',
      '> Bob Roe said: “Roads &amp; *first*,  ',
      '> then schools.”',
      '',
      '- “Nothing is',
      '  settled,” said Ann Lee.',
      '',
    ].join('\n')
    const crlf = lf.replaceAll('\n', '\r\n')
    const [fromLf, fromCrlf] = await Promise.all([run(remarkSide, lf), run(remarkSide, crlf)])
    const lines = (file: VFile) =>
      file.messages.map((message) => [
        message.ruleId,
        message.place && 'start' in message.place
          ? [message.place.start.line, message.place.start.column, message.place.end.line]
          : null,
        message.actual,
      ])
    expect(lines(fromCrlf)).toEqual(lines(fromLf))
    expect(fromCrlf.messages.map((message) => message.actual)).toEqual([
      'Roads & first, then schools.',
      'Nothing is settled,',
    ])
    expect(placed(fromCrlf).map((row) => row[2])).toEqual([
      'Roads &amp; *first*,  \r\n> then schools.',
      'Nothing is\r\n  settled,',
    ])
  })

  it('calls a quote unclosed by its own mark, however many blanks follow it', async () => {
    const markdown = `Jane Doe said: “${' '.repeat(8)}a b c\n\nAnother paragraph.\n`
    const file = await run(remarkSide, markdown)
    expect(placed(file)).toEqual([['unclosed-quote', '1:25-1:30', 'a b c']])
  })
})

describe('Markdown, plugin inside remark-retext (nlcst)', () => {
  it('says in one message that it cannot read that tree, and how to use it instead', async () => {
    const markdown = 'Bob Roe said: “Roads first,\nthen schools.”\n'
    const file = await run(retextSide, markdown)
    expect(file.messages.map((message) => [message.ruleId, message.source])).toEqual([
      ['unsupported-tree', 'quote-attribution'],
    ])
    expect(String(file.messages[0])).toMatch(
      /after remark-retext .*bridge mode.* or after remark-parse/,
    )
    expect(file.data.quoteAttribution).toBeUndefined()
  })
})
