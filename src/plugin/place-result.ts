import { LineIndex } from '../tokenize/position.js'
import type { DocumentResult, Quote, Span } from '../types.js'

/**
 * A result found in a text read out of a source (Markdown), with every offset and position
 * moved onto the source. Quote and mention texts stay as read: the words a reader sees.
 *
 * @param result What the library found in the text.
 * @param toSource The source offset of a text offset (`'end'` for the end of a span).
 * @param source The source the text was read from.
 * @returns The same result, placed in `source`.
 */
export function placeResult(
  result: DocumentResult,
  toSource: (offset: number, edge: 'start' | 'end') => number,
  source: string,
): DocumentResult {
  const lines = new LineIndex(source)
  const span = (value: Span): Span => ({
    ...value,
    start: toSource(value.start, 'start'),
    end: toSource(value.end, 'end'),
  })
  const quotes = result.quotes.map((quote): Quote => {
    const start = toSource(quote.start, 'start')
    const end = toSource(quote.end, 'end')
    return {
      ...quote,
      start,
      end,
      position: lines.position(start, end),
      speaker: quote.speaker ? { ...quote.speaker, mention: span(quote.speaker.mention) } : null,
      cue: quote.cue ? span(quote.cue) : null,
    }
  })
  return {
    ...result,
    quotes,
    warnings: result.warnings.map((warning) => ({
      ...warning,
      start: warning.start === null ? null : toSource(warning.start, 'start'),
      end: warning.end === null ? null : toSource(warning.end, 'end'),
    })),
  }
}
