import type { Root } from 'nlcst'
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
  length: number
}

/**
 * Find quotes and their speakers in a retext tree, as vfile messages (one per quote, with the
 * quote's exact place) and as data on `file.data.quoteAttribution`.
 *
 * Works on any nlcst tree whose leaves carry positions, so through `remark-retext` the places
 * point into the Markdown source, markup and all.
 *
 * @param options Configuration.
 * @returns Transform.
 */
export default function retextQuoteAttribution(options?: Readonly<Options> | null) {
  return function transform(tree: Root, file: VFile): undefined {
    const { text, leaves } = flatten(tree)
    const result = attributeText(text, { id: options?.id ?? file.path ?? '' })
    const lines = new LineIndex(String(file.value ?? ''))
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

// The text of the tree, paragraphs on lines of their own, with where each leaf came from.
function flatten(tree: Root): { text: string; leaves: Leaf[] } {
  const parts: string[] = []
  const leaves: Leaf[] = []
  let length = 0
  const visit = (node: Node): void => {
    if (node.type === 'ParagraphNode' && length > 0) {
      parts.push('\n\n')
      length += 2
    }
    const value = (node as Node & { value?: unknown }).value
    if (typeof value === 'string') {
      const from = node.position?.start.offset
      if (from !== undefined) leaves.push({ at: length, from, length: value.length })
      parts.push(value)
      length += value.length
      return
    }
    for (const child of (node as Node & { children?: Node[] }).children ?? []) visit(child)
  }
  visit(tree)
  return { text: parts.join(''), leaves }
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
  return leaf.from + inside + (edge === 'end' ? 1 : 0)
}
