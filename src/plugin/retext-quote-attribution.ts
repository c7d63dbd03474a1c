import type { Node, Position } from 'unist'
import type { VFile } from 'vfile'
import { attributeText } from '../api/attribute-text.js'
import { LineIndex } from '../tokenize/position.js'
import type { DocumentResult, Quote, Span } from '../types.js'

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
const url = 'https://github.com/quote-attribution/quote-attribution#messages'

interface Leaf {
  // Offset of the leaf in the text the library reads, and in the file.
  at: number
  from: number
  // Its length in the text, and in the file (longer for a character reference).
  length: number
  span: number
}

/**
 * Find quotes and their speakers in a retext tree, as vfile messages (one per quote, with the
 * quote's exact place) and as data on `file.data.quoteAttribution`.
 *
 * Works on any nlcst tree whose leaves carry positions, so through `remark-retext` the places
 * point into the Markdown source, markup and all. It also reads an mdast tree, for when it is
 * used after `remark-parse` (or after `remark-retext` in bridge mode, where the tree it gets is
 * still mdast): there a paragraph wrapped over several lines stays one paragraph, where nlcst
 * would make each line a paragraph of its own.
 *
 * @param options Configuration.
 * @returns Transform.
 */
export default function retextQuoteAttribution(options?: Readonly<Options> | null) {
  return function transform(tree: Node, file: VFile): void {
    const doc = String(file.value ?? '')
    const { text, leaves } = flatten(tree, doc)
    const result = attributeText(text, { id: options?.id ?? file.path ?? '' })
    const lines = new LineIndex(doc)
    const toSource = (offset: number, edge: 'start' | 'end'): number =>
      mapOffset(leaves, offset, edge)
    const mapSpan = (span: Span): Span => ({
      ...span,
      start: toSource(span.start, 'start'),
      end: toSource(span.end, 'end'),
    })
    const quotes: Quote[] = result.quotes.map((quote) => {
      const start = toSource(quote.start, 'start')
      const end = toSource(quote.end, 'end')
      return {
        ...quote,
        start,
        end,
        position: lines.position(start, end),
        speaker: quote.speaker
          ? { ...quote.speaker, mention: mapSpan(quote.speaker.mention) }
          : null,
        cue: quote.cue ? mapSpan(quote.cue) : null,
      }
    })
    const unclosedAt = new Set(
      result.warnings
        .filter((warning) => warning.code === 'unclosed-quote')
        .map((warning) => warning.start),
    )
    for (const [index, quote] of quotes.entries()) {
      const original = result.quotes[index] as Quote
      const unclosed = original.close === null && isUnclosed(original, unclosedAt)
      report(file, quote, unclosed)
    }
    file.data.quoteAttribution = {
      ...result,
      quotes,
      warnings: result.warnings.map((warning) => ({
        ...warning,
        start: warning.start === null ? null : toSource(warning.start, 'start'),
        end: warning.end === null ? null : toSource(warning.end, 'end'),
      })),
    }
  }
}

function isUnclosed(quote: Quote, unclosedAt: ReadonlySet<number | null>): boolean {
  // The warning sits on the opening mark, just before the quote's first word (blanks aside).
  for (let at = quote.start - 1; at >= 0 && at >= quote.start - 8; at--) {
    if (unclosedAt.has(at)) return true
  }
  return false
}

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

// Block nodes of mdast that hold a paragraph's worth of text, each read as a paragraph.
const mdastBlocks = new Set(['paragraph', 'heading', 'tableCell'])
// Nodes of mdast that are not prose: their text would only make quotes out of code and markup.
const mdastSkipped = new Set([
  'code',
  'html',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'image',
  'imageReference',
  'definition',
])
// Nodes of mdast read as they stand in the source, as `mdast-util-to-nlcst` does.
const mdastSource = new Set(['inlineCode'])
// A character reference (`&amp;`, `&#8220;`): one character in a text node, several in the source.
// ASCII punctuation, which a backslash escapes.
const punctuation = /^[!-/:-@[-`{-~]$/
const reference = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/

/**
 * The text of the tree, paragraphs on lines of their own, with where each leaf came from.
 *
 * An nlcst tree (from `retext-english`, or from `remark-retext`) gives its leaves with their
 * places. An mdast tree (the plugin used on the remark side of `remark-retext`) gives text
 * nodes whose values drop markup the source has (escapes, character references, the `>` of a
 * block quote), so each one is aligned with its source; and since Markdown wraps a paragraph
 * over several lines, its line endings become spaces rather than paragraph breaks.
 */
function flatten(tree: Node, doc: string): { text: string; leaves: Leaf[] } {
  const parts: string[] = []
  const leaves: Leaf[] = []
  let length = 0
  const add = (value: string, added: readonly Leaf[]): void => {
    // One by one: a long text node can give more leaves than a call takes arguments.
    for (const leaf of added) leaves.push(leaf)
    parts.push(value)
    length += value.length
  }
  const visit = (node: Node): void => {
    if (mdastSkipped.has(node.type)) return
    if ((node.type === 'ParagraphNode' || mdastBlocks.has(node.type)) && length > 0) {
      add('\n\n', [])
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (mdastSource.has(node.type) && start !== undefined && end !== undefined) {
      add(doc.slice(start, end), [
        { at: length, from: start, length: end - start, span: end - start },
      ])
      return
    }
    if (node.type === 'break') {
      add(' ', start === undefined ? [] : [{ at: length, from: start, length: 1, span: 1 }])
      return
    }
    const value = (node as Node & { value?: unknown }).value
    if (typeof value === 'string') {
      if (node.type === 'text') {
        const flat = value.replace(/[\r\n]/g, ' ')
        const source = start !== undefined && end !== undefined ? doc.slice(start, end) : null
        add(flat, source === null ? [] : align(value, source, start as number, length))
      } else {
        add(
          value,
          start === undefined
            ? []
            : [{ at: length, from: start, length: value.length, span: value.length }],
        )
      }
      return
    }
    for (const child of (node as Node & { children?: Node[] }).children ?? []) visit(child)
  }
  visit(tree)
  return { text: parts.join(''), leaves }
}

/**
 * Leaves for an mdast text node: runs of its value that stand unbroken in the source.
 * A character of the value is looked for where the source goes on, past what the Markdown
 * parser dropped: the backslash of an escape, a character reference (which stands for one
 * character), and the indentation and `>` markers that follow a line ending in a container.
 */
function align(value: string, source: string, from: number, at: number): Leaf[] {
  const leaves: Leaf[] = []
  let cursor = 0
  let run: Leaf | undefined
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    let found = cursor
    let span = 1
    const named =
      source.charAt(cursor) === '&' ? reference.exec(source.slice(cursor, cursor + 40)) : null
    if (
      source.charAt(cursor) === '\\' &&
      source.charAt(cursor + 1) === char &&
      punctuation.test(char)
    ) {
      found = cursor + 1
    } else if (named && value.slice(index, index + named[0].length) !== named[0]) {
      // A reference the parser decoded (one it does not know stays as it is in the value).
      span = named[0].length
    } else if (source.charAt(cursor) !== char) {
      found = skipContainerMarks(source, cursor, char)
    }
    if (
      run &&
      span === 1 &&
      run.span === run.length &&
      run.at + run.length === at + index &&
      run.from + run.length === from + found
    ) {
      run.length++
      run.span++
    } else {
      run = { at: at + index, from: from + found, length: 1, span }
      leaves.push(run)
    }
    cursor = found + span
  }
  return leaves
}

function skipContainerMarks(source: string, cursor: number, char: string): number {
  for (let index = cursor; index < source.length && index < cursor + 64; index++) {
    const skipped = source.charAt(index)
    if (skipped === char) return index
    if (skipped !== ' ' && skipped !== '\t' && skipped !== '>') break
  }
  return cursor
}

function mapOffset(leaves: readonly Leaf[], offset: number, edge: 'start' | 'end'): number {
  if (leaves.length === 0) return offset
  // The leaf holding the offset (for an end, the leaf holding the character before it).
  const target = edge === 'end' ? offset - 1 : offset
  let low = 0
  let high = leaves.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((leaves[middle] as Leaf).at <= target) low = middle
    else high = middle - 1
  }
  const leaf = leaves[low] as Leaf
  const inside = Math.min(Math.max(target - leaf.at, 0), Math.max(leaf.length - 1, 0))
  if (edge === 'start') return leaf.from + inside
  // The end of a leaf is the end of its source, which is longer than its text for a reference.
  return inside === leaf.length - 1 ? leaf.from + leaf.span : leaf.from + inside + 1
}
