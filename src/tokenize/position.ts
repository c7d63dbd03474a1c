import type { Point, Position } from 'unist'

/**
 * Turns UTF-16 offsets into unist points (1-based line and column).
 *
 * Built once per text from its line starts, so each lookup is a binary search rather than a
 * scan; `\r\n`, `\r` and `\n` end lines, as in `vfile-location`.
 */
export class LineIndex {
  readonly #starts: number[] = [0]

  /** @param text The text offsets point into. */
  constructor(text: string) {
    // Most texts end lines with `\n` alone: `indexOf` finds those without a loop in script.
    if (text.indexOf('\r') < 0) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        this.#starts.push(at + 1)
      }
      return
    }
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      if (code === 10 || code === 13) this.#starts.push(index + 1)
    }
  }

  /** The point at a UTF-16 offset. */
  point(offset: number): Point {
    const starts = this.#starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset }
  }

  /** The position of the span `start`–`end`. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}

/**
 * The position of a span on one line, from where the line starts: what `LineIndex.position`
 * gives for it, without an index of the whole text (a paragraph is a line, and knows where it
 * starts).
 *
 * @param line The line's number (1-based).
 * @param lineStart Offset of the line's first character.
 * @param start Offset where the span starts, on the line.
 * @param end Offset where it ends, on the line.
 */
export function positionOnLine(
  line: number,
  lineStart: number,
  start: number,
  end: number,
): Position {
  return {
    start: { line, column: start - lineStart + 1, offset: start },
    end: { line, column: end - lineStart + 1, offset: end },
  }
}
