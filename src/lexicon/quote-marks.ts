import { lookupTable } from './lookup-table.js'

/**
 * The quotation marks the library knows, as data: for each opening mark, the marks that may
 * close it. A straight mark opens and closes itself, so which role it plays is decided from
 * its neighbours (see `quotes/classify-mark.ts`).
 */
export const closingMarks: Readonly<Record<string, readonly string[]>> = lookupTable({
  '“': ['”', '“', '"'],
  '”': ['”'],
  '"': ['"', '”'],
  '„': ['“', '”'],
  '«': ['»'],
  '»': ['«', '»'],
  '‹': ['›'],
  '›': ['‹', '›'],
  '‘': ['’', '‘'],
  "'": ["'", '’'],
  '‚': ['‘', '’'],
  '「': ['」'],
  '『': ['』'],
})

/** Marks that are also apostrophes (`it’s`, `’90s`, `the teachers’ union`). */
export const apostropheMarks: ReadonlySet<string> = new Set(["'", '’', '‘'])

/** The marks a plural's possessive is written with, after its `s` (`the residents' union`). */
export const possessiveMarks: ReadonlySet<string> = new Set(["'", '’'])

const allMarks = new Set([...Object.keys(closingMarks), ...Object.values(closingMarks).flat()])

/** Whether a character is one of the known quotation marks. */
export function isQuoteMark(character: string): boolean {
  return allMarks.has(character)
}
