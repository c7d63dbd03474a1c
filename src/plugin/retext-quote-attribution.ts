import type { Root as NlcstRoot } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { Node, Position } from 'unist'
import type { VFile } from 'vfile'
import { attributeParagraphs, attributeText } from '../api/attribute-text.js'
import { readParagraph } from '../quotes/quoted-paragraph.js'
import type { Paragraph } from '../tokenize/paragraphs.js'
import { tokenizeTree } from '../tokenize/tokens.js'
import type { DocumentResult, Quote } from '../types.js'
import { markdownToText } from './markdown-places.js'
import { placeResult } from './place-result.js'

declare module 'vfile' {
  interface DataMap {
    /** What `retext-quote-attribution` found: quotes, speakers and warnings. */
    quoteAttribution: DocumentResult
  }
}

/** Options for the retext plugin. */
export interface Options {
  /** Document id for quote ids. Default: the file's path, or `''`. */
  id?: string | null | undefined
}

const source = 'quote-attribution'
const url = 'https://github.com/quote-attribution/quote-attribution#messages-retext-plugin'

/**
 * Find quotes and their speakers in a retext tree, as vfile messages (one per quote, with the
 * quote's exact place) and as data on `file.data.quoteAttribution`.
 *
 * Reads the tree it is given. An nlcst tree from `retext-english` gives the words and
 * sentences, so the text is not parsed again, and the results are those of `attributeText`.
 * An mdast tree (the plugin after `remark-parse`, or after `remark-retext` in bridge mode,
 * where the tree is still mdast) is read as Markdown: places point into the Markdown source,
 * markup and all, and a paragraph wrapped over several lines stays one paragraph. The nlcst
 * tree `remark-retext` makes from Markdown cannot be read (it breaks paragraphs at every line
 * and misplaces words after a character reference): the file gets one message saying so.
 *
 * @param options Configuration.
 * @returns Transform.
 */
export default function retextQuoteAttribution(options?: Readonly<Options> | null) {
  return function transform(tree: Node, file: VFile): void {
    const doc = String(file)
    const id = options?.id ?? file.path ?? ''
    const read = readTree(tree, doc, id)
    if (!read) {
      const message = file.message(
        'Cannot read the nlcst tree remark-retext makes from Markdown: use this plugin after ' +
          'remark-retext (`.use(remarkRetext, parser).use(plugin)` in bridge mode) or after ' +
          'remark-parse, where it reads the Markdown tree',
        { ruleId: 'unsupported-tree', source },
      )
      message.url = url
      return
    }
    const { result, unclosed, placed } = read
    for (const [index, quote] of placed.quotes.entries()) {
      report(file, quote, unclosed.has(result.quotes[index] as Quote))
    }
    file.data.quoteAttribution = placed
  }
}

interface Read {
  /** The result in the text read. */
  result: DocumentResult
  /** Its quotes whose opening mark is never closed. */
  unclosed: ReadonlySet<Quote>
  /** The result placed in the file. */
  placed: DocumentResult
}

function readTree(tree: Node, doc: string, id: string): Read | null {
  if (tree.type === 'RootNode') {
    // retext-english keeps every character: a tree that does not spell the file was made from
    // something else (Markdown, through remark-retext).
    const root = tree as NlcstRoot
    if (nlcstToString(root) !== doc) return null
    const result = root.position
      ? attributeParagraphs(doc, id, (paragraphs: readonly Paragraph[]) =>
          tokenizeTree(root, paragraphs).map((tokenized, index) =>
            readParagraph((paragraphs[index] as Paragraph).text, tokenized),
          ),
        )
      : // A tree built by hand, without places: read its text.
        attributeText(doc, { id })
    return { result, unclosed: unclosedQuotes(result, doc), placed: result }
  }
  const markdown = markdownToText(tree, doc)
  const result = attributeText(markdown.text, { id })
  return {
    result,
    unclosed: unclosedQuotes(result, markdown.text),
    placed: placeResult(result, markdown.toSource, doc),
  }
}

/**
 * The quotes whose own opening mark carries an `unclosed-quote` warning: the mark is the
 * quote's `open`, just before its text, blanks aside (however many).
 */
function unclosedQuotes(result: DocumentResult, text: string): Set<Quote> {
  const warned = new Set<number>()
  for (const warning of result.warnings) {
    if (warning.code === 'unclosed-quote' && warning.start !== null) warned.add(warning.start)
  }
  const unclosed = new Set<Quote>()
  if (warned.size === 0) return unclosed
  for (const quote of result.quotes) {
    if (quote.close !== null) continue
    let end = quote.start
    while (end > 0 && blank.test(text.charAt(end - 1))) end--
    const mark = end - quote.open.length
    if (mark >= 0 && text.startsWith(quote.open, mark) && warned.has(mark)) unclosed.add(quote)
  }
  return unclosed
}

const blank = /[^\S\r\n]/u

function report(file: VFile, quote: Quote, unclosed: boolean): void {
  const place: Position = quote.position
  const who = quote.speaker ? `${quote.speaker.name}` : 'no one named'
  if (unclosed) {
    const message = file.message(`Unclosed quote (${quote.open}): it ends with its paragraph`, {
      place,
      ruleId: 'unclosed-quote',
      source,
    })
    message.url = url
    message.actual = quote.text
    return
  }
  const ruleId = quote.speaker ? 'quote' : 'unattributed-quote'
  const message = file.info(`Quote by ${who}${quote.cue ? ` (${quote.cue.text})` : ''}`, {
    place,
    ruleId,
    source,
  })
  message.url = url
  message.actual = quote.text
}
