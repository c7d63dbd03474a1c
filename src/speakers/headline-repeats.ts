import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import type { Attribution } from './attribute-speakers.js'

/**
 * Give a headline's quote the speaker the story gives the same words: a headline quotes what
 * its story quotes (`Judge says screenwriter ‘sat on his rights’` over `Justice Roe observed
 * that Tiwari had “sat on his rights”`), and the story says who in full where the headline
 * has room only for a role, or for no one (`Islanders ‘abandoned’ as ferries fail`).
 *
 * The words match when one quote holds the other whole, word for word. Only a story's quote
 * that a cue or a label attributed lends its speaker; one found by continuing a chain does not.
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
  if (!headline.some(Boolean)) return
  let story: { words: string; attribution: Attribution }[] | null = null
  headline.forEach((isHeadline, index) => {
    const row = attributions[index]
    const paragraph = read[index]
    if (!isHeadline || !row || !paragraph) return
    paragraph.quotes.forEach((quote, quoteIndex) => {
      if (quote.depth > 0) return
      const words = wordsOf(paragraph.text.slice(quote.start, quote.end))
      if (words === '') return
      story ??= storyQuotes(read, headline, attributions)
      // A story's quote of a word or two inside a headline's could be any words.
      const match = story.find(
        (said) =>
          holds(said.words, words) || (said.words.includes(' ') && holds(words, said.words)),
      )
      if (!match) return
      const current = row[quoteIndex]
      if (current?.entity === match.attribution.entity) return
      row[quoteIndex] = {
        ...match.attribution,
        method: 'headline',
        rule: 'headline-repeats-story',
        confidence: Math.min(match.attribution.confidence, 0.8),
      }
    })
  })
}

// The story's top-level quotes that a cue or a label attributed, with their words.
function storyQuotes(
  read: readonly QuotedParagraph[],
  headline: readonly boolean[],
  attributions: readonly (Attribution | null)[][],
): { words: string; attribution: Attribution }[] {
  const found: { words: string; attribution: Attribution }[] = []
  read.forEach((paragraph, index) => {
    if (headline[index]) return
    paragraph.quotes.forEach((quote, quoteIndex) => {
      const attribution = attributions[index]?.[quoteIndex]
      if (!attribution || quote.depth > 0 || attribution.method === 'continuation') return
      const words = wordsOf(paragraph.text.slice(quote.start, quote.end))
      if (words !== '') found.push({ words, attribution })
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
  if (inner.length > outer.length) return false
  const at = ` ${outer} `.indexOf(` ${inner} `)
  return at >= 0
}
