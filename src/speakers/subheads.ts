/**
 * Subheads that announce a transcript: a short line in title case between paragraphs that
 * says the quotes below it are someone's words (`Excerpts From Doe’s Remarks`, `The Reply
 * From Roe`, `How Roe Responded`, `In Her Own Words`, `The Statement in Full`).
 */
import { lookupTable } from '../lexicon/lookup-table.js'
import type { Gender } from '../lexicon/pronouns.js'
import { documentHeads, utteranceNouns } from '../lexicon/source-nouns.js'
import { cueForms } from '../lexicon/speech-cues.js'
import { isNameParticle } from '../lexicon/titles.js'
import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { opensWithDigit } from '../tokenize/char-code.js'
import { itemAt } from '../tokenize/item-at.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import { isClosedClass, isPossessive } from '../tokenize/word-classes.js'
import type { Entity, EntityTable } from './entities.js'
import { nameEndsWith } from './entities.js'
import type { Mention } from './mentions.js'
import { nameKeys } from './name-key.js'

/** What a subhead says of the words below it. */
export interface Subhead {
  /** Whether it gives whose words they are by a name (`Doe’s`, `From Roe`). */
  named: boolean
  /** The gender an owner's pronoun in it shows (`In Her Own Words`), or null. */
  owner: Gender | null
}

// Nouns for a set of someone's words as a subhead gives them, besides papers (`Statement`,
// `Transcript`) and replies.
const transcriptNouns = new Set([
  'speech',
  'address',
  'excerpt',
  'excerpts',
  'testimony',
  'interview',
])

const ownerGenders: Record<string, Gender> = lookupTable({ his: 'male', her: 'female' })

/**
 * Whether every longer word outside quotes is capitalized: a headline or a subhead in title
 * case, not a sentence crowded with names (`Secretary of State Jane Doe arrived on Sunday`).
 *
 * @param paragraph The paragraph.
 */
export function capitalizesAll(paragraph: QuotedParagraph): boolean {
  // (A number has no case, nor the time after it: `06:52 GMT — Kim Says …`, `8:02 a.m. — …`,
  // `10 Things …`.)
  return paragraph.tokens.every(
    (token) =>
      !token.word ||
      token.quote >= 0 ||
      token.capitalized ||
      token.lower.length < 4 ||
      opensWithDigit(token.lower) ||
      token.lower === 'a.m.' ||
      token.lower === 'p.m.',
  )
}

/**
 * The paragraph as a subhead that announces words, or null: two to ten words, each
 * capitalized or a short function word, no quote, no comma and no closing stop, holding a cue
 * (`Responded`) or a noun for words (`Remarks`, `Reply`, `Statement`).
 *
 * @param paragraph The paragraph.
 */
export function subheadOf(paragraph: QuotedParagraph): Subhead | null {
  const tokens = paragraph.tokens
  if (paragraph.quotes.length > 0 || tokens.length === 0 || tokens.length > 24) return null
  let words = 0
  let announces = false
  let owner: Gender | null = null
  let named = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) {
      // A stop or a comma makes a sentence or a signature (`Jane Doe, 71, striker`).
      if (token.text !== '’' && token.text !== "'" && token.text !== '-') return null
      continue
    }
    words++
    if (!token.capitalized && !isClosedClass(token) && !isNameParticle(token.text, token.lower))
      return null
    const bare = token.bare.toLowerCase()
    // (A cue in title case, `How Roe Responded`, is capitalized as a name would be.)
    if (
      token.cue ||
      cueForms.has(token.lower) ||
      transcriptNouns.has(bare) ||
      utteranceNouns.has(bare) ||
      documentHeads.has(bare)
    )
      announces = true
    owner ??= ownerGenders[token.lower] ?? null
    // `Doe’s Remarks`, `The Reply From Roe`: whose words, by name.
    if (
      !token.pronoun &&
      (isPossessive(token) ||
        (itemAt(tokens, index - 1)?.lower === 'from' && !isClosedClass(token)))
    )
      named = true
  }
  if (words < 2 || words > 10 || !announces) return null
  return { named, owner }
}

/**
 * The one person or body the text already knows whom the subhead names: the longest run of its
 * words whose name keys end a known name's (`McCarthy’s` for `Eoin McCarthy`, `De la Cruz's`
 * for `Carmen de la Cruz`), when it ends no other's.
 *
 * @param tokens The subhead's tokens.
 * @param table The document's entities so far.
 */
export function knownInSubhead(
  tokens: readonly FrameToken[],
  table: EntityTable,
): { mention: Mention; entity: Entity } | null {
  for (let length = Math.min(5, tokens.length); length >= 1; length--) {
    for (let first = 0; first + length <= tokens.length; first++) {
      const words = tokens.slice(first, first + length)
      // A run of words alone, ending on a capital (`the Santa Inés Pensioners Association`
      // is looked up without its article).
      if (words.some((token) => !token.word) || !words[0]?.capitalized) continue
      if (!itemAt(words, length - 1)?.capitalized) continue
      const keys = nameKeys(words.map((token) => token.bare).join(' '))
      if (keys.length === 0) continue
      // (`Doe’s Remarks` for `Tom Doe III`: past a suffix too.)
      const matches = table
        .everyone()
        .filter((entity) => entity.kind !== 'anonymous' && nameEndsWith(entity, keys))
      if (matches.length !== 1) continue
      const entity = matches[0] as Entity
      const mention: Mention = {
        kind: 'name',
        first,
        end: first + length,
        name: words.map((token) => token.bare).join(' '),
        titles: [],
        head: (itemAt(words, length - 1) as FrameToken).lower,
        organization: entity.kind === 'organization',
        gender: 'unknown',
        plural: false,
        antecedent: undefined,
        role: undefined,
      }
      return { mention, entity }
    }
  }
  return null
}
