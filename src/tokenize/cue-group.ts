import { determiners, subordinators, verbAdverbs, weekdays } from '../lexicon/function-words.js'
import { subjectPronouns } from '../lexicon/pronouns.js'
import { personNounEnding } from '../lexicon/source-nouns.js'
import { WordList } from '../lexicon/word-lists.js'
import { itemAt } from './item-at.js'
import type { FrameToken } from './word-classes.js'
import {
  cueEntryAt,
  cueWordsEnd,
  inList,
  isAdverb,
  isClosedClass,
  isPastParticiple,
} from './word-classes.js'

/**
 * How an attribution's clause goes on after its cue group: it closes (the sentence ends, or a
 * comma sets off a trailing clause: `, echoing many Democrats`), it introduces a quote (`said,
 * “…”`, `said: “…”`), or it goes on with what was said (`said that …`, `said the plan …`).
 */
export type CueGroupClose = 'end' | 'quote' | 'content'

/** A cue with the words that belong to it: particle, hearer and adverbials. */
export interface CueGroup {
  /** Index of the cue token. */
  cue: number
  /** Index past the cue group (past its adverbials). */
  end: number
  /** How the clause goes on after the group. */
  close: CueGroupClose
}

/**
 * Read the cue group that starts at a cue: the cue's own words (`chimed in`, `put it`), the
 * hearer of a verb that takes one (`told reporters`, `told the local paper`), then adverbials
 * in any number (`on Tuesday`, `in an interview with a local radio station`, `to cheers`,
 * `again`, `quietly`), and says how the clause goes on after them.
 *
 * @param tokens The paragraph's tokens.
 * @param cue Index of the cue token.
 * @param high Index the group must end before (the sentence's end or the next quote).
 */
export function readCueGroup(tokens: readonly FrameToken[], cue: number, high: number): CueGroup {
  let index = cueWordsEnd(tokens, cue)
  if (hearerVerbs.has(cueEntryAt(tokens, cue)?.base ?? '')) index = hearerEnd(tokens, index, high)
  index = proFormEnd(tokens, index, high)
  index = adverbialsEnd(tokens, index, high)
  return { cue, end: index, close: closeAt(tokens, index, high) }
}

// Index past a word that stands for the quoted words as the cue's object (`said so in a
// statement`, `said as much`, `wrote this.`), or `from` when none does. `that` and `this` count
// only where the clause stops after them: before words they open what was said (`said that on
// Tuesday the plan …`).
function proFormEnd(tokens: readonly FrameToken[], from: number, high: number): number {
  const token = tokens[from]
  if (from >= high || !token?.word || token.quote >= 0) return from
  const next = tokens[from + 1]
  const stops = from + 1 >= high || !next?.word
  if (token.lower === 'as' && next?.lower === 'much') return from + 2
  if (token.lower === 'so' && (stops || adverbialPrepositions.has(next?.lower ?? '')))
    return from + 1
  if ((token.lower === 'this' || token.lower === 'that') && stops && next?.text !== ':') {
    return thatOpensFrontedClause(tokens, from) ? from : from + 1
  }
  return from
}

/**
 * Whether the `that` at `index` opens what was said with a phrase or clause fronted and set off
 * by a comma (`asked that, in lieu of flowers, donations be made`, `said that, if elected, …`),
 * rather than standing for the quoted words before a comma (`said that, and left`).
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the `that`.
 */
export function thatOpensFrontedClause(tokens: readonly FrameToken[], index: number): boolean {
  const after = tokens[index + 2]?.lower ?? ''
  return (
    tokens[index]?.lower === 'that' &&
    tokens[index + 1]?.text === ',' &&
    (adverbialPrepositions.has(after) || subordinators.has(after))
  )
}

/**
 * Index past the adverbials that start at `from`: prepositional phrases (`in a statement`,
 * `during a visit to the capital`), time words (`Tuesday`, `last week`) and adverbs (`again`,
 * `angrily`). Stops at punctuation, a quote, `that`, a cue or a word that opens no adverbial.
 *
 * @param tokens The paragraph's tokens.
 * @param from First index.
 * @param high Index to stop before.
 */
export function adverbialsEnd(tokens: readonly FrameToken[], from: number, high: number): number {
  let index = from
  while (index < high) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue) break
    const lower = token.lower
    if (adverbialPrepositions.has(lower)) {
      // `to cheers`, `to the crowd`, but not the `to` of an infinitive (`continue to be`).
      if (lower === 'to' && !nounPhraseOpens(tokens[index + 1])) break
      const end = objectEnd(tokens, index + 1, high)
      if (end === index + 1) break
      index = end
      // `in a statement posted online`, `in a letter sent to reporters`: a participle after the
      // object modifies it, and its own adverbials follow.
      if (end + 1 < high && isPastParticiple(tokens[end]) && opensAdverbial(tokens[end + 1])) {
        index = end + 1
      }
      continue
    }
    // `again`, `later`, `publicly`: the adverbs that may stand before a verb may follow it too.
    if (
      timeWords.has(lower) ||
      placeAdverbs.has(lower) ||
      verbAdverbs.has(lower) ||
      isAdverb(token)
    ) {
      index++
      continue
    }
    // `last week`, `this morning`, `early Tuesday`.
    if (timeModifiers.has(lower) && tokens[index + 1]?.word && index + 1 < high) {
      index += 2
      continue
    }
    break
  }
  return index
}

/**
 * How the clause goes on at `at`, right after a cue group or an inverted speaker.
 *
 * @param tokens The paragraph's tokens.
 * @param at Index right after the group.
 * @param high Index of the sentence's end or the next quote.
 */
export function closeAt(tokens: readonly FrameToken[], at: number, high: number): CueGroupClose {
  const next = tokens[at]
  // `high` may be the next quote's first token: a quote there is introduced, not outside.
  if (next === undefined) return 'end'
  if (next.quote >= 0 && next.quote !== itemAt(tokens, at - 1)?.quote) return 'quote'
  if (at >= high) return 'end'
  if (next.word) return 'content'
  const text = next.text
  if (text === '.' || text === '!' || text === '?' || text === ';' || text === ')') return 'end'
  const after = tokens[at + 1]
  if (text === ':') return after === undefined || after.quote >= 0 ? 'quote' : 'content'
  // `said, “…”` introduces the quote; `said, echoing …` or `said, before leaving` only goes on.
  if (text === ',' || text === '—' || text === '–') {
    return after !== undefined && after.quote >= 0 ? 'quote' : 'end'
  }
  return 'end'
}

// Whether a word opens an adverbial (`online`, `after the vote`, `Tuesday`).
function opensAdverbial(token: FrameToken | undefined): boolean {
  if (!token?.word || token.quote >= 0) return false
  const lower = token.lower
  return (
    adverbialPrepositions.has(lower) ||
    timeWords.has(lower) ||
    verbAdverbs.has(lower) ||
    isAdverb(token) ||
    placeAdverbs.has(lower)
  )
}

// Index past the object of a preposition starting at `from`: an optional determiner, then
// words up to punctuation, a quote, a cue, `that` or a pronoun subject; a further `of` or `with`
// phrase stays in it (`in an interview with a local radio station`). At most eight words.
function objectEnd(tokens: readonly FrameToken[], from: number, high: number): number {
  let index = from
  while (index < high && index < from + 8) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) break
    // `in a phone call`, `in a post`, `by email`: inside the object a cue's base form is a noun.
    if (token.cue && !nounForm(tokens, index)) break
    const lower = token.lower
    if (lower === 'that' || token.pronoun) break
    // `on social media during a town hall`, `in an interview with a local radio station`: a
    // preposition inside opens the next adverbial, which the caller reads on.
    if (index > from && adverbialPrepositions.has(lower)) break
    // `on X as protesters gathered`: a clause of time ends the object.
    if (index > from && clauseOfTime.has(lower)) break
    // A determiner after the first word opens a new phrase (`on Tuesday the plan …`) unless a
    // linking preposition stands before it.
    if (
      index > from &&
      determiners.has(lower) &&
      !objectLinks.has(itemAt(tokens, index - 1)?.lower ?? '')
    )
      break
    // A verb-like word after a noun ends the object: a closed-class word is fine, a capital too,
    // and so is a word in -ing that ends the phrase, a noun there (`in a court filing.`), or
    // one right after an article, an adjective there (`to a packed room`).
    const last = !tokens[index + 1]?.word
    // `at a packed meeting on Thursday`: a word in -ing two after a determiner is the noun a
    // modifier between them describes.
    // (`a protester wearing …`: after a noun for someone it is a participle.)
    const noun =
      token.lower.endsWith('ing') &&
      (last ||
        (inList(itemAt(tokens, index - 2), WordList.determiner) &&
          !personNounEnding.test(itemAt(tokens, index - 1)?.lower ?? '')))
    if (
      index > from + 1 &&
      looksLikeVerb(token) &&
      !noun &&
      !inList(itemAt(tokens, index - 1), WordList.determiner)
    )
      break
    index++
  }
  return index
}

// Whether a cue word reads as a noun: its base form or a plural (`call`, `posts`), not a past
// (`said`, `called`) or a participle.
function nounForm(tokens: readonly FrameToken[], index: number): boolean {
  const base = cueEntryAt(tokens, index)?.base
  const lower = (tokens[index] as FrameToken).lower
  return base !== undefined && (lower === base || lower === `${base}s`)
}

// Words that may link a second phrase into a preposition's object.
const objectLinks = new Set(['of', 'with', 'to', 'for', 'on', 'at', 'in', 'from', 'and'])

// `-ed`, `-ing` or `-s` words in lower case that are not closed-class read as verbs here.
function looksLikeVerb(token: FrameToken): boolean {
  if (token.capitalized || isClosedClass(token)) return false
  const lower = token.lower
  return lower.endsWith('ed') || lower.endsWith('ing')
}

// Index past the hearer of `told`, `asked`, `urged`: a pronoun object, a name, or a short
// phrase (`reporters`, `the local paper`, `a crowd of supporters`).
function hearerEnd(tokens: readonly FrameToken[], from: number, high: number): number {
  const first = tokens[from]
  if (from >= high || !first?.word || first.quote >= 0) return from
  if (objectPronouns.has(first.lower)) return from + 1
  // `warned in a phone call`: a preposition opens an adverbial, not a hearer.
  if (first.lower === 'that' || Object.hasOwn(subjectPronouns, first.lower)) return from
  if (inList(first, WordList.preposition)) return from
  let index = from
  while (index < high && index < from + 5) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue || token.lower === 'that') break
    if (index > from && inList(token, WordList.preposition) && token.lower !== 'of') break
    index++
  }
  return index > from ? pastHearerAside(tokens, index, high) : index
}

// `asked Fatima Roe, a cab driver who was parked outside, “…”`: an aside set off after the
// hearer, opening with an article and closed by a comma right before a quote, is the hearer's;
// the group runs past it. `from` otherwise.
function pastHearerAside(tokens: readonly FrameToken[], from: number, high: number): number {
  if (tokens[from]?.text !== ',' || !inList(tokens[from + 1], WordList.article)) return from
  for (let index = from + 2; index < high && index <= from + hearerAsideReach; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return from
    if (token.word || /^\d/u.test(token.text)) continue
    if (token.text !== ',') return from
    const next = tokens[index + 1]
    return next !== undefined && !next.word && next.quote >= 0 ? index : from
  }
  return from
}

// How many tokens an aside set off after a hearer may run to.
const hearerAsideReach = 16

/**
 * Whether a word can open a noun phrase rather than an infinitive's verb: a determiner, a
 * capital, a number, or a plural (`cheers`, `reporters`).
 *
 * @param token The word after `to`.
 */
export function nounPhraseOpens(token: FrameToken | undefined): boolean {
  if (!token?.word || token.quote >= 0) return false
  const lower = token.lower
  // `to scattered applause`: an infinitive is a base form, never a participle in `-ed` (the
  // base forms that end so are short or end in `-eed`: `shed`, `need`).
  if (lower.length > 5 && lower.endsWith('ed') && !lower.endsWith('eed')) return true
  return (
    inList(token, WordList.determiner) ||
    objectPronouns.has(token.lower) ||
    token.capitalized ||
    /^\d/u.test(token.text) ||
    (token.lower.endsWith('s') && !token.lower.endsWith('ss'))
  )
}

const objectPronouns = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it'])

// Verbs whose object is the hearer, not what was said.
const hearerVerbs = new Set([
  'tell',
  'ask',
  'urge',
  'assure',
  'reassure',
  'remind',
  'inform',
  'warn',
  'advise',
  'thank',
  'beg',
  'implore',
  'email',
  'text',
  'message',
])

/** Words that open a clause of time (`as protesters gathered outside`). */
export const clauseOfTime: ReadonlySet<string> = new Set([
  'as',
  'while',
  'when',
  'before',
  'after',
  'until',
])

/** Prepositions that open an adverbial after a cue (`in a statement`, `by email`). */
export const adverbialPrepositions: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'to',
  'during',
  'after',
  'before',
  'via',
  'from',
  'with',
  'for',
  'about',
  'outside',
  'inside',
  'through',
  'over',
  'near',
  'across',
  'following',
  'amid',
  'under',
  'by',
  'while',
  'into',
  'on',
  // `without elaborating`, `without giving details`.
  'without',
])

const timeWords = new Set([
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  ...weekdays,
  'afterward',
  'afterwards',
  'softly',
  'back',
])

// Adverbs of place that follow a verb (`posted online`, `read aloud`); not `there`, which may open
// what was said (`said there was`).
const placeAdverbs = new Set(['online', 'aloud', 'abroad', 'overseas', 'onstage', 'nearby'])

const timeModifiers = new Set(['last', 'this', 'next', 'early', 'late'])

// An adverb in `-ly` (`quietly`, `angrily`), not a noun or adjective that ends so (`family`,
// `Italy`, `only` before a noun is fine either way).
