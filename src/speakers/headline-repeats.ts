import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import type { Attribution } from './attribute-speakers.js'
import { changedAttribution } from './attribution-copy.js'
import type { Entity } from './entities.js'
import { capitalizesAll } from './subheads.js'

/**
 * Give a headline's quote the speaker the story gives the same words: a headline quotes what
 * its story quotes (`Judge says screenwriter ‘sat on his rights’` over `Justice Roe observed
 * that Tiwari had “sat on his rights”`), and the story says who in full where the headline
 * has room only for a role, or for no one (`Islanders ‘abandoned’ as ferries fail`). The lead,
 * the story's first paragraph, does the same with a role it names later (`An iwi leader has
 * told MPs the bill is “confiscation by stealth”` before `Huia Roe … “We call that confiscation
 * by stealth”`), where it gave its quote to no one or to a phrase that names no one.
 *
 * The words match when one quote holds the other whole, word for word. Only a story's quote
 * that a cue or a label attributed lends its speaker, a named one first; one found by
 * continuing a chain does not.
 *
 * @param read The document's paragraphs.
 * @param headline For each paragraph, whether it reads as a headline.
 * @param attributions Each paragraph's attributions, changed in place.
 */
export function nameHeadlineQuotesFromStory(
  read: readonly QuotedParagraph[],
  headline: readonly boolean[],
  attributions: (Attribution | null)[][],
): void {
  // (A subhead in title case inside the story heads what follows it as a headline does the
  // story: `Villalobos: Plan Is ‘Not Fit for Purpose’` over `… said the plan was “not fit for
  // purpose.”`.)
  const headed = read.map((paragraph, index) => headline[index] === true || subheadLike(paragraph))
  if (!headed.some(Boolean)) return
  const lead = headline.indexOf(false)
  let story: StoryQuote[] | null = null
  read.forEach((paragraph, index) => {
    const row = attributions[index]
    if (!row || (!headed[index] && index !== lead)) return
    paragraph.quotes.forEach((quote, quoteIndex) => {
      if (quote.depth > 0) return
      const current = row[quoteIndex]
      // The lead's own words stand when a name speaks them; so do a headline's that it gives
      // by a cue or a label to a person of its own whom the story shows as one (`Prof. Brandt:
      // ‘We will stay’` over `Friederike Brandt`), whoever else says them below. (A capital
      // alone, `Town fears ‘…’`, is no such person.)
      if (
        index === lead &&
        current &&
        (current.entity.kind !== 'anonymous' || current.entity.plural)
      )
        return
      // (Given by a cue or a label: `Ahmed Roe Dies at 69: ‘…’`, a clause that reports nothing
      // before its colon, yields to the story's speaker of the same words.)
      if (
        index !== lead &&
        current?.mention.kind === 'name' &&
        current.paragraph === index &&
        (current.cue >= 0 || current.rule !== 'speaker-colon-quote') &&
        namedPerson(current.entity)
      )
        return
      const words = wordsOf(paragraph.text.slice(quote.start, quote.end))
      // A word alone in the lead is as often a name for a thing (`the ‘Remain’ camp`).
      if (words === '' || (index === lead && !words.includes(' '))) return
      story ??= storyQuotes(read, headed, attributions)
      // A story's quote of a word or two inside a headline's could be any words.
      const matches = (said: StoryQuote) =>
        said.paragraph !== index &&
        (holds(said.words, words) || (said.words.includes(' ') && holds(words, said.words)))
      const match =
        story.find((said) => matches(said) && said.attribution.entity.kind !== 'anonymous') ??
        (index === lead ? undefined : story.find(matches))
      if (!match || current?.entity === match.attribution.entity) return
      row[quoteIndex] = changedAttribution(match.attribution, {
        method: index === lead ? 'continuation' : 'headline',
        rule: index === lead ? 'lead-repeats-story' : 'headline-repeats-story',
        confidence: Math.min(match.attribution.confidence, 0.8),
      })
    })
  })
}

interface StoryQuote {
  words: string
  paragraph: number
  attribution: Attribution
}

// The story's top-level quotes that a cue or a label attributed, with their words.
function storyQuotes(
  read: readonly QuotedParagraph[],
  headline: readonly boolean[],
  attributions: readonly (Attribution | null)[][],
): StoryQuote[] {
  const found: StoryQuote[] = []
  read.forEach((paragraph, index) => {
    if (headline[index]) return
    paragraph.quotes.forEach((quote, quoteIndex) => {
      const attribution = attributions[index]?.[quoteIndex]
      if (!attribution || quote.depth > 0 || attribution.method === 'continuation') return
      const words = wordsOf(paragraph.text.slice(quote.start, quote.end))
      if (words !== '') found.push({ words, paragraph: index, attribution })
    })
  })
  return found
}

// Lower-case words joined by single spaces, with the punctuation around them dropped: a
// headline drops a quote's full stop and may set its capitals differently.
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
}

// Whether `outer` holds `inner` as whole words.
function holds(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `)
}

// Whether an entity is a person the text shows as one: by a full name, a title or a gender.
function namedPerson(entity: Entity): boolean {
  return (
    entity.kind === 'person' &&
    (entity.keys.length > 1 || entity.titles.size > 0 || entity.gender !== 'unknown')
  )
}

// Whether a paragraph reads as a subhead: short, with no stop at its end, and every longer
// word outside its quotes capitalized (`Plan Is ‘Not Fit for Purpose’`).
function subheadLike(paragraph: QuotedParagraph): boolean {
  // (The stop is asked last: most paragraphs fail on their first words in lower case.)
  return (
    paragraph.tokens.length <= 30 &&
    capitalizesAll(paragraph) &&
    paragraph.tokens.some((token) => token.word && token.quote < 0) &&
    !/[.!?…]["”’)]*\s*$/u.test(paragraph.text)
  )
}
