/** One paragraph of the input: a line of text with where it starts. */
export interface Paragraph {
  /** The paragraph's text, line ending excluded. */
  text: string
  /** UTF-16 offset of its first character in the input. */
  start: number
  /** 1-based line number of its first character. */
  line: number
}

/**
 * Split a text into paragraphs, one per non-blank line.
 *
 * News text puts one paragraph on a line, and a multi-paragraph quote is marked paragraph by
 * paragraph, so a line is the unit an unclosed mark must not run past. `\r\n`, `\r` and `\n`
 * all end a line, as in unist positions.
 *
 * @param text The whole input.
 * @returns Its non-blank lines, in order.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let line = 1
  let start = 0
  const length = text.length
  // Most texts end lines with `\n` alone: `indexOf` finds those without a loop in script.
  if (text.indexOf('\r') < 0) {
    while (start <= length) {
      const newline = text.indexOf('\n', start)
      const end = newline < 0 ? length : newline
      if (hasContent(text, start, end))
        paragraphs.push({ text: text.slice(start, end), start, line })
      line++
      start = end + 1
    }
    return paragraphs
  }
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    if (hasContent(text, start, index)) {
      paragraphs.push({ text: text.slice(start, index), start, line })
    }
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    line++
    start = index + 1
  }
  return paragraphs
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    // Space, tab, form feed, no-break space and the byte order mark are all blank.
    if (code !== 32 && code !== 9 && code !== 12 && code !== 160 && code !== 0xfeff) return true
  }
  return false
}
