import { readdirSync, readFileSync } from 'node:fs'
import type { Root, Sentence } from 'nlcst'
import { retext } from 'retext'
import retextEnglish from 'retext-english'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { attributeText } from '../src/index.js'
import retextQuoteAttribution from '../src/retext.js'
import { splitParagraphs } from '../src/tokenize/paragraphs.js'
import { tokenizeParagraph, tokenizeTree } from '../src/tokenize/tokens.js'

// retext with the English parser (in place of its default Latin one), and the plugin.
const processor = retext().use(retextEnglish).use(retextQuoteAttribution)

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

  it('gives the results of attributeText on every seed article, reading the tree it is given', async () => {
    for (const name of readdirSync('seeds').filter((file) => file.endsWith('.txt'))) {
      const value = readFileSync(`seeds/${name}`, 'utf8')
      const file = await processor.process(new VFile({ path: name, value }))
      expect(file.data.quoteAttribution, name).toEqual(attributeText(value, { id: name }))
      // `process` also compiles: retext-stringify gives the text back unchanged.
      expect(String(file)).toBe(value)
    }
  })

  it('reads the words and sentences from the tree, not from a parse of its own', async () => {
    const file = new VFile('“We will win,” Jane Doe said.\n')
    const tree = processor.parse(file) as Root
    // Make the cue a symbol in the tree: read from the tree, it is no longer a word, so no cue.
    const sentence =
      tree.children[0]?.type === 'ParagraphNode' ? tree.children[0].children[0] : null
    const said = (sentence as Sentence).children.find(
      (node) => node.type === 'WordNode' && node.position?.start.offset === 24,
    )
    if (!said) throw new Error('no word at offset 24')
    Object.assign(said, { type: 'SymbolNode', value: 'said', children: undefined })
    await processor.run(tree, file)
    expect(file.data.quoteAttribution?.quotes[0]?.cue).toBeNull()
    // The same text parsed afresh has its cue.
    expect(attributeText(String(file)).quotes[0]?.cue?.text).toBe('said')
  })

  it.each([
    // Issue 12: the check used to look only 8 characters back from the quote's first word.
    ['an opening mark followed by 8 blanks', `Jane Doe said: “${' '.repeat(8)}a b c`, 'a b c'],
    ['an opening mark followed by 40 blanks', `“${' '.repeat(40)}Typing`, 'Typing'],
    ['a straight mark', 'Jane Doe said: "We will win', 'We will win'],
  ])('calls a quote unclosed by its own mark: %s', async (_, value, quoted) => {
    const file = await processor.process(new VFile(value))
    expect(file.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['unclosed-quote', quoted],
    ])
  })

  // The tokens read from the tree are those of each line parsed alone, in the lines where the
  // parser's reading of a line depends on the next one too.
  it.each([
    ['a headline without a stop, then its body', 'Doe Wins\nJane Doe said: “We won.”'],
    // Before a separator line, the parser keeps a stop in the word before it.
    ['a stop before a separator line', 'They left, all of them.\n\n___.\n\n4 p.m.:\n\nMore news'],
    ['a stop and a mark before a separator', '“We will win.”\n\n___.\n\n2 p.m.:\n\nThe count'],
    // A sentence of marks alone joins the sentence before it when the line is parsed alone.
    [
      'an opening mark alone at the line end',
      '“They know,” he said. “They see it. “\n\nThis story',
    ],
    [
      'a colon after an abbreviation',
      'Members spoke, including Rep. Ann Lee (D-Vt.):\n\nBob Roe, the mayor',
    ],
    ['a mark after a stop', 'It will get worse in the future.“\n\nBig changes came'],
    ['a unit abbreviation as the last word', 'Doe chimed in. “Yes,” she said.\nMore.'],
    ['blank lines and CRLF', 'One.\r\n\r\n“Two,” Doe said.\r\nThree'],
    ['the seed articles', readdirSync('seeds').filter((name) => name.endsWith('.txt'))],
  ])('tokenizes from the tree as line by line: %s', (_, input) => {
    const texts = Array.isArray(input)
      ? input.map((name) => readFileSync(`seeds/${name}`, 'utf8'))
      : [input]
    for (const text of texts) {
      const paragraphs = splitParagraphs(text)
      const tree = processor.parse(text) as Root
      expect(tokenizeTree(tree, paragraphs)).toEqual(
        paragraphs.map((paragraph) => tokenizeParagraph(paragraph.text)),
      )
    }
  })
})
