import { determiners, possessiveDeterminers, verbModifiers } from '../lexicon/function-words.js'
import { isPeoplePlural } from '../lexicon/people-nouns.js'
import { placeNames } from '../lexicon/places.js'
import { peoplePluralEnding } from '../lexicon/source-nouns.js'
import { WordList } from '../lexicon/word-lists.js'
import { adverbialsEnd } from '../tokenize/cue-group.js'
import { itemAt } from '../tokenize/item-at.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import { inList, isClosedClass, isPossessive, isTitle } from '../tokenize/word-classes.js'
import { personNoun, scanMentions } from './clauses.js'
import type { Mention } from './mentions.js'
import { changedMention, genericEndingAt, textOf, verbBefore } from './mentions.js'

/**
 * The people or bodies joined by `and` that open a sentence as its subject (`Jane Doe and Tom
 * Roe filed the suit`, `The mayor, the governor and two aides met`), as one plural phrase for
 * the `they` that may follow; or null.
 *
 * Each part is a phrase for a speaker (a name, a description or a group); the joined phrase
 * is a group, not any one of them, so it is read only where a plural pronoun asks for it.
 *
 * @param tokens The sentence's paragraph tokens.
 * @param first Index of the sentence's first token.
 * @param end Index past the sentence's last token.
 */
export function coordinatedOpening(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): Mention | null {
  // `Last week, Jane Doe and Tom Roe filed suit`: past adverbials set off at the start.
  const fronted = adverbialsEnd(tokens, first, end)
  const opening =
    fronted > first && fronted + 1 < end && tokens[fronted]?.text === ',' ? fronted + 1 : first
  // `Both the mayor and the governor`: `both` only stresses the pair.
  let start = tokens[opening]?.lower === 'both' ? opening + 1 : opening
  // `The plaintiffs, Jane Doe and Tom Roe, filed`: a plural phrase the list renames.
  const plural = partAt(tokens, start, end)
  if (plural?.plural && tokens[plural.end]?.text === ',' && tokens[plural.end + 1]?.nameWord) {
    start = plural.end + 1
  }
  const list = joinedList(tokens, start, end)
  if (!list) return null
  let after = list.after
  // After a list that renames a plural phrase, its closing comma.
  if (start !== opening && itemAt(tokens, start - 1)?.text === ',' && tokens[after]?.text === ',')
    after++
  // The phrase is the subject only when a verb follows it: a lower-case word that opens no
  // phrase of its own (`filed`, `were`, `also`, not `of` or `the`).
  const next = tokens[after]
  if (!next?.word || next.capitalized || inList(next, WordList.preposition)) return null
  if (isClosedClass(next) && !verbModifiers.has(next.lower)) return null
  return list.mention
}

/**
 * The people or groups joined by `and` from `start` (`Jane Doe and Tom Roe`, `the mayor, two
 * aides and a driver`, `Mr. and Mrs. Okafor`), as one plural phrase, and the index after the list and the asides of
 * its parts; or null when no list of two parts or more starts there.
 *
 * @param tokens The paragraph's tokens.
 * @param start Index where the list must start.
 * @param end Index the list must end before.
 */
export function joinedList(
  tokens: readonly FrameToken[],
  start: number,
  end: number,
): { mention: Mention; after: number } | null {
  const shared = sharedName(tokens, start, end)
  if (shared) return shared
  let at = start
  let joined = false
  const parts: Mention[] = []
  let after = start
  // A list is short in news (`A, B and C`): a long run of commas is not one subject.
  while (parts.length < 6) {
    const part = partAt(tokens, at, end)
    // Groups join as people do (`Police and firefighters`, `the mayor and two aides`).
    if (!part || part.kind === 'pronoun' || !referent(tokens, part)) return null
    // `Doug Schoen, a former adviser and pollster`: a description set off after a name
    // renames it; the `and` inside joins two roles of one person.
    const previous = itemAt(parts, parts.length - 1)
    if (previous?.kind === 'name' && part.kind !== 'name' && !joined) return null
    parts.push(part)
    after = asideEnd(tokens, part, end)
    const joint = tokens[after]
    if (joined || !joint) break
    if (joint.lower === 'and') joined = true
    else if (joint.text !== ',') break
    // The Oxford comma: `A, B, and C`.
    at = tokens[after + 1]?.lower === 'and' ? after + 2 : after + 1
    if (tokens[after + 1]?.lower === 'and') joined = true
  }
  const last = itemAt(parts, parts.length - 1)
  if (!joined || parts.length < 2 || !last) return null
  const written = packedMap(parts, (part) => textOf(tokens, part.first, part.end - 1))
  const name = `${written.slice(0, -1).join(', ')} and ${written.at(-1)}`
  // An article or a common noun opening a sentence is written as it reads inside one (`the
  // mayor and …`, `doctors and nurses`).
  const opener = tokens[start] as FrameToken
  const article =
    inList(opener, WordList.determiner) || (parts[0]?.kind !== 'name' && !opener.nameWord)
  const mention: Mention = {
    kind: 'anonymous',
    first: start,
    end: last.end,
    name: article ? name.charAt(0).toLowerCase() + name.slice(1) : name,
    titles: [],
    head: last.head,
    organization: false,
    gender: 'unknown',
    plural: true,
    antecedent: undefined,
    role: undefined,
  }
  return { mention, after }
}

// `Mr. and Mrs. Okafor`, `Dr. and Mrs. Lee`: honorifics joined before one name share it; the
// pair is one plural phrase. Roles so joined are one person's (`President and CEO Jane Doe`).
function sharedName(
  tokens: readonly FrameToken[],
  start: number,
  end: number,
): { mention: Mention; after: number } | null {
  if (!honorific(tokens[start]) || tokens[start + 1]?.lower !== 'and') return null
  if (!honorific(tokens[start + 2])) return null
  const part = partAt(tokens, start + 2, end)
  if (part?.kind !== 'name' || part.first !== start + 2) return null
  const mention = changedMention(part, {
    kind: 'anonymous',
    first: start,
    name: textOf(tokens, start, part.end - 1),
    plural: true,
    gender: 'unknown',
  })
  return { mention, after: asideEnd(tokens, part, end) }
}

function honorific(token: FrameToken | undefined): boolean {
  return token?.capitalized === true && honorifics.has(token.lower.replace(/\.$/u, ''))
}

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'])

// Whether a part names someone on its own: a name that does not end in a title word, a group,
// or a phrase opened by its own article, number or owner. `the senator and presidential
// candidate` and `former Gov. and party Chairman Ed Rendell` are one person with two roles.
function referent(tokens: readonly FrameToken[], part: Mention): boolean {
  if (part.plural) return true
  const opener = tokens[part.first] as FrameToken
  // A place locates the one before it (`the lawyer, Texas, and Ohio`).
  if (part.kind === 'name') {
    return (
      !isTitle(itemAt(tokens, part.end - 1) as FrameToken) &&
      !placeNames.has(part.name.toLowerCase())
    )
  }
  return (
    inList(opener, WordList.determiner) ||
    possessiveDeterminers.has(opener.lower) ||
    isPossessive(opener) ||
    /^\d/u.test(opener.text) ||
    (part.first + 1 < part.end && isPossessive(tokens[part.first + 1] as FrameToken))
  )
}

// Past an aside set off by commas after a part (`Jane Doe, 45,`, `her husband, Tom Roe,`,
// `Tom Roe, both nurses,`): the index after its closing comma, or the part's end when there
// is none. A name is an aside only after a phrase that is not one; otherwise it is the next
// item of the list.
function asideEnd(tokens: readonly FrameToken[], part: Mention, end: number): number {
  if (tokens[part.end]?.text !== ',') return part.end
  const opener = tokens[part.end + 1]
  if (!opener?.word) return part.end
  const aside =
    /^\d/u.test(opener.text) || !opener.capitalized || (part.kind !== 'name' && opener.nameWord)
  if (!aside) return part.end
  for (let index = part.end + 2; index < end && index <= part.end + 7; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return part.end
    if (token.text !== ',') continue
    const next = tokens[index + 1]
    // The aside closes before `and` or the verb; a capital after it is the list going on.
    return next?.word && !next.capitalized ? index + (next.lower === 'and' ? 0 : 1) : part.end
  }
  return part.end
}

// One part of the list: a mention as a clause's subject is read (not the longest phrase from
// here, which runs on into the verb: `the governor attended`), or else the shortest article
// phrase for someone (`the bus driver`), in no list.
function partAt(tokens: readonly FrameToken[], at: number, end: number): Mention | null {
  // A part is a few words: the scan need not read the rest of the sentence.
  const mention = scanMentions(tokens, at, Math.min(end, at + 10))[0]
  if (mention?.first === at) return mention
  // `the other nurses`, `their union leader Jane Doe`: a phrase read back from its head stops
  // at a second determiner or at a body that modifies a title; the opener still leads it.
  if (mention && mention.first > at && ledBy(tokens, at, mention.first)) {
    return changedMention(mention, { first: at, name: textOf(tokens, at, mention.end - 1) })
  }
  const high = mention ? Math.min(mention.first, end) : end
  for (let last = at + 1; last < high && last <= at + 4; last++) {
    const phrase = genericEndingAt(tokens, last, at)
    if (phrase?.first === at && personNoun(phrase.head)) return phrase
  }
  return barePlural(tokens, at, high)
}

// Whether a determiner or an owner at `at` opens a run of lower-case words up to `first`.
function ledBy(tokens: readonly FrameToken[], at: number, first: number): boolean {
  const opener = tokens[at] as FrameToken
  if (!inList(opener, WordList.determiner) && !possessiveDeterminers.has(opener.lower)) return false
  for (let index = at + 1; index < first; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.capitalized || token.cue || token.quote >= 0) return false
    if (isClosedClass(token) && !inList(token, WordList.determiner)) return false
    // `the fisherman met Jane Doe`: a verb ends the phrase.
    if (verbBefore(tokens, index)) return false
  }
  return first - at <= 3
}

// `firefighters`, `local teachers`, `the other nurses`: a plural noun for people after a
// determiner and a few lower-case modifiers at most.
function barePlural(tokens: readonly FrameToken[], at: number, high: number): Mention | null {
  for (let index = at; index < high && index <= at + 2; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue || (index > at && token.capitalized)) {
      return null
    }
    const lower = token.lower
    if (isPeoplePlural(lower) || peoplePluralEnding.test(lower)) {
      return {
        kind: 'anonymous',
        first: at,
        end: index + 1,
        name: textOf(tokens, at, index),
        titles: [],
        head: lower,
        organization: false,
        gender: 'unknown',
        plural: true,
        antecedent: undefined,
        role: undefined,
      }
    }
    // `the other nurses`, `both teams`: a determiner may open the phrase.
    if (isClosedClass(token) && !determiners.has(lower)) return null
  }
  return null
}

/**
 * Two people named and joined in a stretch (`Kevin and Natalie Arsenault`, `Jane Doe and Tom
 * Roe`), the last such pair in it: who `the couple` or `the pair` is. Null when there is none.
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the stretch's first token.
 * @param end Index past its last.
 */
export function namedPair(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): Mention | null {
  let found: Mention | null = null
  for (let index = first; index < end; index++) {
    const token = tokens[index] as FrameToken
    if (!token.nameWord || token.quote >= 0 || itemAt(tokens, index - 1)?.nameWord) continue
    const list = joinedList(tokens, index, end)
    const name = list?.mention.name
    // Two names: no comma between the parts, each opening with a capital.
    if (!list || !name || name.includes(',') || name.split(' and ').length !== 2) continue
    if (!/^\p{Lu}/u.test(name.split(' and ')[1] ?? '')) continue
    found = list.mention
    index = list.after
  }
  return found
}
