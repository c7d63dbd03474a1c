/**
 * The voices of quotes inside quotes: an attribution of their own inside the outer quote
 * (`“Kayode Akinwande rang me and said, ‘The money is there,’ so we signed,” Doe recalled`).
 */

import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { readParagraph } from '../quotes/quoted-paragraph.js'
import type { Mention } from './mentions.js'
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
 * @param knownPerson Whether the document has named a person so, for `he` or `she` in the words
 *   to stand for the one name before it there.
 */
export function nestedVoices(
  paragraph: QuotedParagraph,
  readAlone: ReadAlone,
  knownPerson: (name: Mention) => boolean,
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
      const opening = found[index] ? null : openingThirdPerson(nested, index)
      const attribution = found[index] ?? opening
      if (!attribution) return
      // (A name or a phrase for someone the quote's words name, `a man from the ministry`,
      // `the landlord`, with a cue: words in marks inside a quote are as often a term it
      // discusses, `the ‘pivot’ to Asia`, which the looser readers would give to any phrase
      // before them. A pronoun is the outer speaker's own voice, inherited anyway, but for `he`
      // or `she` before its cue.)
      if (!innerRules.has(attribution.rule) || attribution.cue < 0) return
      const { rule } = attribution
      let said = attribution.mention
      if (said.kind === 'pronoun' && (rule !== 'speaker-cue-quote' || !thirdPersons.has(said.head)))
        return
      // (`“When I finally asked Zhang about it, he said, ‘…’”`: `he` is the one person the
      // words named before it, whom the words themselves say, when the document knows the
      // name as someone's (not `Burma`); the document's sentences, read past the quote, would
      // find the speaker or whoever they named last.)
      if (said.kind === 'pronoun') {
        const named = namedBefore(nested, said)
        if (named && knownPerson(named)) said = named
        // (Past a clause set off before it, `he` is the one that clause named, or no one sure;
        // one that names no one, `When I was 13, he …`, leaves `he` to the document.)
        else if (opening && namesBefore(nested, said)) return
      }
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
      const first = at(said.first)
      const last = at(said.end - 1)
      if (first < 0 || last < first) return
      const mention = changedMention(said, { first, end: last + 1 })
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

// Whether a quote's words name anyone before a pronoun in them.
function namesBefore(nested: QuotedParagraph, pronoun: Mention): boolean {
  for (let at = 0; at < pronoun.first; at++) if (nested.tokens[at]?.nameWord) return true
  return false
}

// The one person a quote's words name before a pronoun in them, when the pronoun may stand for
// them (no gender says otherwise); null when none or several do.
function namedBefore(nested: QuotedParagraph, pronoun: Mention): Mention | null {
  let found: Mention | null = null
  for (let at = 0; at < pronoun.first; at++) {
    const mention = nested.tokens[at]?.nameWord ? mentionEndingAt(nested.tokens, at, 0) : null
    if (mention?.kind !== 'name' || mention.organization || mention.plural) continue
    // (`Jane Doe` read again at `Doe`: one name, however many of its words end one.)
    if (found && found.first === mention.first) {
      found = mention
      continue
    }
    const agrees =
      mention.gender === 'unknown' ||
      pronoun.gender === 'unknown' ||
      mention.gender === pronoun.gender
    if (!agrees) continue
    if (found) return null
    found = mention
  }
  return found
}

// Pronouns for one other person, which a quote may open with for someone its speaker tells of.
const thirdPersons = new Set(['he', 'she'])

// Words that open a cleft on what someone said (`all he said was`, `what she said was`).
const cleftOpeners = new Set(['all', 'what'])

// The speaker's own pronouns as the one told (`He told me`, `She warned us`).
const toldPronouns = new Set(['me', 'us'])

// `She used to say, ‘…’` opening a quote's words, or after a clause set off before it (`When I
// asked Zhang about it, he said, ‘…’`): `he` or `she`, then a cue within a few words and the
// quote at `index` right after it (past a comma or a colon); or null.
function openingThirdPerson(nested: QuotedParagraph, index: number): NestedAttribution | null {
  const { tokens } = nested
  const opening = nested.quoteTokens[index]?.first ?? -1
  let cue = opening - 1
  if (tokens[cue]?.text === ',' || tokens[cue]?.text === ':') cue--
  // (`He told me, ‘…’`: past the one told, the speaker's `me` or `us`.)
  if (toldPronouns.has(tokens[cue]?.lower ?? '') && tokens[cue - 1]?.cue) cue--
  // (`all he said was ‘…’`: a cleft's `was` after the cue.)
  const cleft = tokens[cue]?.lower === 'was' && tokens[cue - 1]?.cue === true
  if (cleft) cue--
  if (!tokens[cue]?.cue) return null
  // (`He looked at me and said, ‘…’`, `he stood me at the grill and said, ‘…’`: past a verb
  // joined before the cue, and its object.)
  let first = cue - 1
  while (first > 0 && first >= cue - 8 && !thirdPersons.has(tokens[first]?.lower ?? '')) first--
  const subject = tokens[first]
  if (!subject || !thirdPersons.has(subject.lower)) return null
  for (let at = first + 1; at < cue; at++) if (!tokens[at]?.word) return null
  // (The words open with it, or a comma closes what was set off before it; a cleft's `all` or
  // `what`, and a conjunction before it, may stand between: `…, and all he said was`.)
  let edge = first
  if (cleft && cleftOpeners.has(tokens[edge - 1]?.lower ?? '')) edge--
  if (cleft && (tokens[edge - 1]?.lower === 'and' || tokens[edge - 1]?.lower === 'but')) edge--
  const before = tokens.slice(0, edge).findLast((token) => token.word || token.text === ',')
  if (before !== undefined && before.text !== ',') return null
  const mention = mentionEndingAt(tokens, first, first)
  if (mention?.kind !== 'pronoun') return null
  return { mention, cue, method: 'explicit', rule: 'speaker-cue-quote', confidence: 0.8 }
}
