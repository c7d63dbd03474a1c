/**
 * The voices of quotes inside quotes: an attribution of their own inside the outer quote
 * (`“Kayode Akinwande rang me and said, ‘The money is there,’ so we signed,” Doe recalled`).
 */

import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { readParagraph } from '../quotes/quoted-paragraph.js'
import { changedMention, mentionEndingAt } from './mentions.js'
import type { RuleMatch } from './rules.js'

// The readers of a speaker and a cue right around a quote.
const innerRules = new Set([
  'speaker-cue-quote',
  'quote-speaker-cue',
  'quote-cue-speaker',
  'speaker-colon-quote',
  'participle-cue-quote',
])

/** What a nested reading needs of the speaker stage: one paragraph's attributions. */
export type ReadAlone = (paragraph: QuotedParagraph) => readonly (NestedAttribution | null)[]

/** The part of an attribution a nested reading carries back. */
export interface NestedAttribution {
  /** The mention, in the nested paragraph's tokens. */
  mention: RuleMatch['mention']
  /** The cue's index in the nested paragraph's tokens, or -1. */
  cue: number
  /** How it was found. */
  method: RuleMatch['method']
  /** Which rule. */
  rule: string
  /** Confidence in [0, 1]. */
  confidence: number
}

/**
 * For each quote inside another, the attribution the outer quote's own words give it, read as
 * a paragraph of their own (where the inner quote is at the top) and carried back onto the
 * paragraph's tokens: an explicit one, by a name or a phrase for someone, or by `he` or `she`
 * (whom the caller reads in the document); never `I` (`I told them, ‘…’` is the outer
 * speaker's own voice, which the quote inherits anyway).
 *
 * @param paragraph The paragraph.
 * @param readAlone Reads the speakers of one paragraph as a document of its own.
 */
export function nestedVoices(
  paragraph: QuotedParagraph,
  readAlone: ReadAlone,
): Map<number, RuleMatch> {
  const voices = new Map<number, RuleMatch>()
  const { quotes, tokens } = paragraph
  // Only where a quote holds another: most paragraphs have none, and pay nothing.
  if (!quotes.some((quote) => quote.depth === 1)) return voices
  let byStart: Map<number, number> | null = null
  quotes.forEach((outer, outerIndex) => {
    if (outer.depth !== 0) return
    const inner = quotes.filter((quote) => quote.parent === outerIndex)
    if (inner.length === 0) return
    const nested = readParagraph(paragraph.text.slice(outer.start, outer.end))
    const found = readAlone(nested)
    nested.quotes.forEach((quote, index) => {
      if (quote.depth !== 0) return
      // (`“She used to say, ‘…’,” her granddaughter said`: `he` or `she` and a cue opening the
      // outer quote is someone its speaker tells of, whom the document's sentences before
      // say, not the words alone; the caller reads who.)
      const attribution = found[index] ?? openingThirdPerson(nested, index)
      if (!attribution) return
      // (A name or a phrase for someone the quote's words name, `a man from the ministry`,
      // `the landlord`, with a cue: words in marks inside a quote are as often a term it
      // discusses, `the ‘pivot’ to Asia`, which the looser readers would give to any phrase
      // before them. A pronoun is the outer speaker's own voice, inherited anyway, but for `he`
      // or `she` before its cue.)
      if (!innerRules.has(attribution.rule) || attribution.cue < 0) return
      const { mention: said, rule } = attribution
      if (said.kind === 'pronoun' && (rule !== 'speaker-cue-quote' || !thirdPersons.has(said.head)))
        return
      const target = quotes.findIndex(
        (candidate) =>
          candidate.parent === outerIndex && candidate.start === outer.start + quote.start,
      )
      if (target < 0) return
      if (!byStart) {
        const starts = new Map<number, number>()
        for (let index = 0; index < tokens.length; index++)
          starts.set((tokens[index] as (typeof tokens)[number]).start, index)
        byStart = starts
      }
      // The nested tokens start where the outer quote's words do.
      const at = (nestedIndex: number) => {
        const token = nested.tokens[nestedIndex]
        return token ? (byStart?.get(outer.start + token.start) ?? -1) : -1
      }
      const first = at(attribution.mention.first)
      const last = at(attribution.mention.end - 1)
      if (first < 0 || last < first) return
      const mention = changedMention(attribution.mention, { first, end: last + 1 })
      // (What it stands for was read in the nested tokens.)
      mention.antecedent = undefined
      voices.set(target, {
        mention,
        cue: at(attribution.cue),
        rule: 'inner-attribution',
        method: attribution.method,
        confidence: Math.round(attribution.confidence * 0.9 * 100) / 100,
      })
    })
  })
  return voices
}

// Pronouns for one other person, which a quote may open with for someone its speaker tells of.
const thirdPersons = new Set(['he', 'she'])

// `She used to say, ‘…’` opening a quote's words: `he` or `she` first, then a cue within a few
// words and the quote at `index` right after it (past a comma or a colon); or null.
function openingThirdPerson(nested: QuotedParagraph, index: number): NestedAttribution | null {
  const { tokens } = nested
  const first = tokens.findIndex((token) => token.word)
  const subject = tokens[first]
  if (!subject || !thirdPersons.has(subject.lower)) return null
  const opening = nested.quoteTokens[index]?.first ?? -1
  let cue = opening - 1
  if (tokens[cue]?.text === ',' || tokens[cue]?.text === ':') cue--
  if (cue <= first || cue > first + 4 || !tokens[cue]?.cue) return null
  for (let at = first + 1; at < cue; at++) if (!tokens[at]?.word) return null
  const mention = mentionEndingAt(tokens, first, first)
  if (mention?.kind !== 'pronoun') return null
  return { mention, cue, method: 'explicit', rule: 'speaker-cue-quote', confidence: 0.8 }
}
