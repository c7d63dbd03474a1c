import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { readParagraph } from '../quotes/quoted-paragraph.js'
import { SpeakerSession } from '../speakers/speaker-session.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { Paragraph } from '../tokenize/paragraphs.js'
import type { DocumentResult } from '../types.js'
import { attributeParagraphs } from './attribute-text.js'
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

// The paragraphs of the last text, in order, as read.
interface Kept {
  texts: readonly string[]
  read: readonly QuotedParagraph[]
}

/**
 * Make an attributor for a text being edited (an editor plugin calls it on every keystroke).
 * Parsing and quote pairing are done per paragraph and kept, so after a one-character edit
 * only the edited paragraph is parsed again. Speakers are read again from the edited paragraph
 * on, from the state the paragraphs before it left, until what is carried on is as before and
 * no later paragraph looked at anything the edit changed (a name it looks up, who `he` is in
 * the next sentence): the rest reads as before and is kept. Otherwise the rest is read again.
 *
 * @param id Document id, for quote ids.
 * @throws {InvalidInputError} When `id` is neither a string nor `null`/`undefined`; and
 *   `attribute` throws it when given a text that is not a string, keeping what it had cached.
 */
export function createAttributor(id?: string | null): Attributor {
  checkId(id, 'createAttributor')
  // Only the paragraphs of the current text are kept, so memory follows the text, not its
  // history.
  let kept: Kept = { texts: [], read: [] }
  // The speakers of the last reading, kept to read only what an edit changed.
  const speakers = new SpeakerSession()
  const readAll = (paragraphs: readonly Paragraph[]): QuotedParagraph[] => {
    const texts = packedMap(paragraphs, (paragraph) => paragraph.text)
    const read = readEdited(kept, texts)
    kept = { texts, read }
    return read
  }
  return {
    attribute(text: string): DocumentResult {
      checkText(text, 'Attributor.attribute')
      return attributeParagraphs(text, id, readAll, speakers)
    },
    get cachedParagraphs() {
      return new Set(kept.texts).size
    },
    clear() {
      kept = { texts: [], read: [] }
      speakers.clear()
    },
  }
}

// Read the paragraphs of an edited text. An edit leaves the paragraphs before and after it in
// place: those are matched by position (a comparison, where a lookup by text would hash every
// paragraph on every keystroke); those in between are looked up among the ones they replace,
// and each new one is read once.
function readEdited(kept: Kept, texts: readonly string[]): QuotedParagraph[] {
  const before = kept.texts
  let front = 0
  while (front < texts.length && front < before.length && before[front] === texts[front]) front++
  let back = 0
  while (
    back < texts.length - front &&
    back < before.length - front &&
    before[before.length - 1 - back] === texts[texts.length - 1 - back]
  ) {
    back++
  }
  const middle = new Map<string, QuotedParagraph>()
  for (let index = front; index < before.length - back; index++) {
    middle.set(before[index] as string, kept.read[index] as QuotedParagraph)
  }
  return packedMap(texts, (text, index) => {
    if (index < front) return kept.read[index] as QuotedParagraph
    if (index >= texts.length - back) {
      return kept.read[before.length - (texts.length - index)] as QuotedParagraph
    }
    let paragraph = middle.get(text)
    if (!paragraph) {
      paragraph = readParagraph(text)
      middle.set(text, paragraph)
    }
    return paragraph
  })
}
