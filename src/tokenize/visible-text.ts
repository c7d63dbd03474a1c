/** A paragraph as it reads on screen, with the way back to the text as written. */
export interface VisibleText {
  /** The text without the characters that show nothing. */
  text: string
  /**
   * For each offset in `text` (and one past its end), the offset in the text as written;
   * `null` when none was dropped and offsets are the same.
   */
  offsets: Int32Array | null
}

// Format characters, which draw nothing and only steer rendering: soft hyphen, Mongolian vowel
// separator, zero-width space, non-joiner and joiner, direction marks, embeddings and isolates,
// word joiner and invisible operators, byte order mark. A writer never sees them, so they may
// not change what is read: `Doe\u200B” said` is `Doe” said`.
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu
// Next line (U+0085) ends a line in some encodings but not in unist positions: inside a
// paragraph it is read as the blank it shows as.
const nextLine = /\u0085/gu

/**
 * The text a reader sees: format characters dropped, next-line read as a space.
 *
 * @param text A paragraph as written.
 */
export function visibleText(text: string): VisibleText {
  invisible.lastIndex = 0
  const blanked = text.includes('\u0085') ? text.replace(nextLine, ' ') : text
  if (!invisible.test(blanked)) return { text: blanked, offsets: null }
  const dropped: number[] = []
  invisible.lastIndex = 0
  for (let match = invisible.exec(blanked); match; match = invisible.exec(blanked)) {
    dropped.push(match.index)
  }
  const parts: string[] = []
  const offsets = new Int32Array(blanked.length - dropped.length + 1)
  let from = 0
  let kept = 0
  for (const at of [...dropped, blanked.length]) {
    parts.push(blanked.slice(from, at))
    for (let index = from; index < at; index++) offsets[kept++] = index
    from = at + 1
  }
  offsets[kept] = blanked.length
  return { text: parts.join(''), offsets }
}

/** The offset in the text as written of a start offset (first character of a span). */
export function writtenStart(visible: VisibleText, offset: number): number {
  return visible.offsets ? (visible.offsets[offset] as number) : offset
}

/** The offset in the text as written of an end offset (just past a span's last character). */
export function writtenEnd(visible: VisibleText, offset: number): number {
  if (!visible.offsets || offset === 0) return writtenStart(visible, offset)
  return (visible.offsets[offset - 1] as number) + 1
}
