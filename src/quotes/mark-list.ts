import { closingMarks } from '../lexicon/quote-marks.js'
import { markContext } from './mark-context.js'

/** Every quotation mark of a paragraph, read once, in parallel arrays indexed by mark. */
export interface MarkList {
  /** Offset of each mark in the paragraph. */
  at: number[]
  /** The mark itself. */
  mark: string[]
  /** Whether it may open a quote (see `markContext`). */
  canOpen: boolean[]
  /** Whether it may close a quote. */
  canClose: boolean[]
  /** Whether it is an apostrophe, whatever the marks around it. */
  apostrophe: boolean[]
  /** Offset of the first character after it that is neither blank nor punctuation. */
  contentAfter: number[]
}

// Every known mark in one character class: the regex engine finds the few marks of a paragraph
// faster than a test on each of its characters.
const anyMark = new RegExp(
  `[${[...new Set([...Object.keys(closingMarks), ...Object.values(closingMarks).flat()])]
    .map((mark) => mark.replace(/[\\\]^-]/gu, '\\$&'))
    .join('')}]`,
  'gu',
)
const contentCharacter = /[^\s\p{P}]/u

/**
 * Find and read every quotation mark of a paragraph. Whatever the pairing later asks about a
 * mark (what it may be, what follows it) is answered here in one pass, so that no question
 * makes it read the text again.
 *
 * @param text The paragraph's text.
 */
export function readMarks(text: string): MarkList {
  const list: MarkList = {
    at: [],
    mark: [],
    canOpen: [],
    canClose: [],
    apostrophe: [],
    contentAfter: [],
  }
  anyMark.lastIndex = 0
  // `test` moves `lastIndex` past each mark without building a match array for it.
  while (anyMark.test(text)) {
    const index = anyMark.lastIndex - 1
    const context = markContext(text, index)
    list.at.push(index)
    list.mark.push(text.charAt(index))
    list.canOpen.push(context.canOpen)
    list.canClose.push(context.canClose)
    list.apostrophe.push(context.apostrophe)
  }
  // Backwards, so that a run of marks and punctuation is read once: a mark followed only by
  // such characters up to the next mark has that mark's answer.
  const count = list.at.length
  const contentAfter = new Array<number>(count)
  for (let index = count - 1; index >= 0; index--) {
    const nextMark = index + 1 < count ? (list.at[index + 1] as number) : text.length
    let position = (list.at[index] as number) + 1
    while (position < nextMark && !contentCharacter.test(text.charAt(position))) position++
    contentAfter[index] =
      position < nextMark || index + 1 >= count ? position : (contentAfter[index + 1] as number)
  }
  list.contentAfter = contentAfter
  return list
}
