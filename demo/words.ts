import type { AttributionMethod, Quote } from '../src/index.js'

// How each method reads to someone who has not read the annotation rules.
const methods: Record<AttributionMethod, string> = {
  explicit: 'named next to the quote',
  colon: 'named before a colon',
  headline: 'named in the headline',
  'according-to': 'named after “according to”',
  pronoun: 'through a pronoun',
  description: 'through a description',
  continuation: 'carried on from the quote before',
  unattributed: 'no speaker found',
}

/** One line on how a quote's speaker was found, in plain words (rule ids left out). */
export function howFound(quote: Quote): string {
  const parts = [methods[quote.method]]
  if (quote.speaker && quote.speaker.mention.text !== quote.speaker.name) {
    parts.push(`“${quote.speaker.mention.text}”`)
  }
  if (quote.cue) parts.push(`verb “${quote.cue.text}”`)
  if (quote.speaker) parts.push(`${Math.round(quote.confidence * 100)}% sure`)
  if (quote.continued) parts.push('goes on from the paragraph before')
  return parts.join(' · ')
}

/** The technical names, for those who asked for them. */
export function ruleIds(quote: Quote): string {
  return [`method: ${quote.method}`, quote.rule ? `rule: ${quote.rule}` : '']
    .filter(Boolean)
    .join(' · ')
}
