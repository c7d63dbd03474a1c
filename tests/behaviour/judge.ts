/**
 * Judging a case: match each expected quote to a predicted one by its text, then compare the
 * speaker the library gave with the one a careful reader names.
 *
 * The rules, exactly:
 * - Quotes match by text, trimmed; each predicted quote matches at most one expected quote, in
 *   reading order. A predicted quote no case expects is not judged (quote finding has its own
 *   tests).
 * - `{name}` passes when the predicted speaker's canonical `name` equals the expected name up to
 *   case, diacritics, apostrophe shape, periods, commas, spaces and a leading `the`
 *   (`J. R. Whitfield` = `J.R. Whitfield`, `Marcus Bell, Jr.` = `Marcus Bell Jr.`). A surname
 *   alone does not pass when the text gives the full name: the canonical name is the fullest
 *   form (ANNOTATION.md), so `Doe` for `Jane Doe` fails; a title in the name
 *   (`Sen. Jane Doe`) fails too, since titles are not part of a name.
 * - `{mention, head}` passes when there is a speaker and its `mention.text` or its `name`
 *   contains `head` as a whole word (case-insensitive): `an official who asked not to be named`
 *   may be mentioned by its `who` and still be named `an official`.
 * - `{newAnonymous}` passes when there is a speaker, its name is none of `notNames` nor the
 *   surname of one of them, its id differs from the ids predicted for the quotes at
 *   `distinctFrom`, and equals the id predicted for the quote at `sameAs`.
 * - `null` passes when the quote has no speaker, or was not found as a quote at all.
 * - A case passes when all its expected quotes pass; an expected quote with a speaker that was
 *   not found as a quote fails.
 */
import type { Case, ExpectedQuote } from './parts.js'

/** The parts of a predicted quote the judge reads (a subset of the library's `Quote`). */
export interface PredictedQuote {
  text: string
  speaker: {
    id: string
    name: string
    kind: string
    mention: { text: string; start: number; end: number } | null
  } | null
  method?: string
  rule?: string | null
}

/** The verdict on one expected quote. */
export interface QuoteVerdict {
  expected: ExpectedQuote
  predicted: PredictedQuote | null
  pass: boolean
}

/** The verdict on a case. */
export interface CaseVerdict {
  pass: boolean
  quotes: QuoteVerdict[]
}

/** Folds a name for comparison (see the module comment for what is ignored). */
export function foldName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters NFD does not split into a base and a mark.
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/ß/g, 'ss')
      .replace(/đ/g, 'd')
      .replace(/[’‘`]/g, "'")
      .replace(/^the\s+/, '')
      .replace(/[.,\s]/g, '')
  )
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function sameName(predicted: string, expected: string): boolean {
  return foldName(predicted) === foldName(expected)
}

/** Whether `name` is `full` or its last word(s), as a surname reference to it would be. */
function namesPerson(name: string, full: string): boolean {
  const folded = foldName(name)
  return folded !== '' && foldName(full).endsWith(folded)
}

/** Judges one case against the library's quotes for its text. */
export function judge(c: Case, predicted: readonly PredictedQuote[]): CaseVerdict {
  const used = new Set<number>()
  const matched = c.expected.map((expected) => {
    const index = predicted.findIndex(
      (quote, i) => !used.has(i) && quote.text.trim() === expected.quote.trim(),
    )
    if (index < 0) return null
    used.add(index)
    return predicted[index] ?? null
  })
  const idAt = (i: number): string | null => matched[i]?.speaker?.id ?? null
  const quotes = c.expected.map((expected, i): QuoteVerdict => {
    const quote = matched[i] ?? null
    const speaker = quote?.speaker ?? null
    const want = expected.speaker
    let pass: boolean
    if (want === null) pass = speaker === null
    else if (speaker === null) pass = false
    else if ('name' in want) pass = sameName(speaker.name, want.name)
    else if ('mention' in want) {
      // Word edges by letters and digits, since a head may end in a full stop (`Bell Jr.`),
      // after which `\b` would ask for another word.
      const head = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(want.head)}(?![\\p{L}\\p{N}])`,
        'iu',
      )
      pass = head.test(speaker.mention?.text ?? '') || head.test(speaker.name)
    } else {
      pass =
        !want.notNames.some((name) => namesPerson(speaker.name, name)) &&
        (want.distinctFrom ?? []).every((j) => idAt(j) !== speaker.id) &&
        (want.sameAs === undefined || idAt(want.sameAs) === speaker.id)
    }
    return { expected, predicted: quote, pass }
  })
  return { pass: quotes.every((q) => q.pass), quotes }
}
