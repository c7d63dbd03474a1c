import { SpeakerSession } from '../speakers/speaker-session.js'
import type { DocumentResult } from '../types.js'
import type { ReadParagraph } from './attribute-text.js'
import { attributeCached } from './attribute-text.js'
import { checkId, checkText } from './input-error.js'

/** Re-reads a text as it is edited, reusing the work done on unchanged paragraphs. */
export interface Attributor {
  /** Read the text as it stands now. */
  attribute(text: string): DocumentResult
  /** Number of paragraphs kept from the last run. */
  readonly cachedParagraphs: number
  /** Forget every paragraph read so far. */
  clear(): void
}

/**
 * Make an attributor for a text being edited (an editor plugin calls it on every keystroke).
 * Parsing and quote pairing are done per paragraph and kept, so after a one-character edit
 * only the edited paragraph is parsed again. Speakers are read again from the edited paragraph
 * on, from the state the paragraphs before it left; when the edited paragraph leaves the same
 * state as before, the rest reads as before and is kept (a change in one paragraph can change
 * who `he` is in the next, and then the rest is read again).
 *
 * @param id Document id, for quote ids.
 * @throws {InvalidInputError} When `id` is neither a string nor `null`/`undefined`; and
 *   `attribute` throws it when given a text that is not a string, keeping what it had cached.
 */
export function createAttributor(id?: string | null): Attributor {
  checkId(id, 'createAttributor')
  let kept = new Map<string, ReadParagraph>()
  // The speakers of the last reading, kept to read only what an edit changed.
  const speakers = new SpeakerSession()
  return {
    attribute(text: string): DocumentResult {
      checkText(text, 'Attributor.attribute')
      // Keep only the paragraphs of the current text, so memory follows the text, not its history.
      const previous = kept
      const next = new Map<string, ReadParagraph>()
      const cache = {
        get(paragraph: string) {
          const value = previous.get(paragraph) ?? next.get(paragraph)
          if (value) next.set(paragraph, value)
          return value
        },
        set: (paragraph: string, value: ReadParagraph) => next.set(paragraph, value),
      }
      const result = attributeCached(text, id, cache, speakers)
      kept = next
      return result
    },
    get cachedParagraphs() {
      return kept.size
    },
    clear() {
      kept = new Map()
      speakers.clear()
    },
  }
}
