import { familyNamesFirst, givenNameGender, givenNameGenderOf } from '../lexicon/first-names.js'
import {
  articles,
  conjunctions,
  countApproximators,
  determiners,
  irregularPasts,
  namePrepositions,
  personalPossessives,
  prepositions,
  quantifiers,
  relativePronouns,
} from '../lexicon/function-words.js'
import {
  headlineModifiers,
  isPeopleNoun,
  isPeoplePlural,
  kinNouns,
  playingPositions,
  pluralOf,
} from '../lexicon/people-nouns.js'
import { isDemonym, placeNames, streetWords } from '../lexicon/places.js'
import type { Gender } from '../lexicon/pronouns.js'
import { indefinitePronouns, subjectPronouns } from '../lexicon/pronouns.js'
import {
  anonymousHeads,
  anonymousPostmodifiers,
  collectiveNouns,
  collectivePlurals,
  companyWords,
  documentHeads,
  missionHeads,
  organizationHeads,
  peoplePluralEnding,
  personNounEnding,
  personSingularEnding,
  placesInPaper,
  standInBlockers,
  standInHeads,
  thingsInOr,
  tradeEndings,
  worshipNouns,
} from '../lexicon/source-nouns.js'
import { cueForms } from '../lexicon/speech-cues.js'
import {
  genderedTitles,
  givenNameTitles,
  isLettersAfterName,
  isNameParticle,
  isPostnominal,
  isTitleWord,
  nameSuffixes,
  partyOf,
  portfolioWords,
  roleHeads,
  titleModifiers,
} from '../lexicon/titles.js'
import { WordList } from '../lexicon/word-lists.js'
import { opensWithDigit } from '../tokenize/char-code.js'
import { adverbialsEnd } from '../tokenize/cue-group.js'
import { itemAt } from '../tokenize/item-at.js'
import { lowerAt, textAt } from '../tokenize/word-at.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import {
  bare,
  cueAsNoun,
  inList,
  isAdverb,
  isClosedClass,
  isCue,
  isNameWord,
  isPastForm,
  isPossessive,
  isTitle,
  isVerbModifier,
  pastCueForm,
} from '../tokenize/word-classes.js'

/**
 * What a mention is: a proper name, a pronoun, a definite description of someone named
 * elsewhere (`the minister`), or a source the text does not name (`a senior official`).
 */
export type MentionKind = 'name' | 'pronoun' | 'description' | 'anonymous'

/**
 * A noun phrase that can stand for a speaker, by token indexes into its paragraph.
 *
 * Every mention is built with all of these fields in this order (`antecedent` and `role` as
 * `undefined` when it has none) and copied with `changedMention`, never spread: one shape, so
 * the readers that take one stay monomorphic.
 */
export interface Mention {
  /** What kind of phrase it is. */
  kind: MentionKind
  /** Index of its first token. */
  first: number
  /** Index past its last token. */
  end: number
  /** For a name, the name without titles; otherwise the phrase as written. */
  name: string
  /** Titles and roles before the name (`Secretary of State`). */
  titles: string[]
  /** Lower-case head word (`official`, `minister`, `he`, the last word of a name). */
  head: string
  /** Whether it names an organization rather than a person. */
  organization: boolean
  /** Gender shown by a title or a pronoun. */
  gender: Gender
  /** Whether the head is plural (`officials`). */
  plural: boolean
  /** For a relative pronoun (`Doe, who said …`), the phrase it stands for; else `undefined`. */
  antecedent: Mention | undefined
  /** Its role in its sentence, once `scanMentions` has read it (see `ScannedMention`). */
  role: MentionRole | undefined
}

/** `object` when a preposition governs a mention (`with Alex Roe`), else `subject` or `other`. */
export type MentionRole = 'subject' | 'other' | 'object'

/**
 * A copy of a mention with some fields changed, as `{ ...mention, ...changes }` would give, but
 * built field by field: every mention has the same fields in the same order, so the readers
 * that take one stay monomorphic, where a spread gives the copy a shape of its own.
 *
 * @param mention The mention to copy.
 * @param changes The fields to change; none is ever `undefined`.
 */
export function changedMention(mention: Mention, changes: Partial<Mention>): Mention {
  return {
    kind: changes.kind ?? mention.kind,
    first: changes.first ?? mention.first,
    end: changes.end ?? mention.end,
    name: changes.name ?? mention.name,
    titles: changes.titles ?? mention.titles,
    head: changes.head ?? mention.head,
    organization: changes.organization ?? mention.organization,
    gender: changes.gender ?? mention.gender,
    plural: changes.plural ?? mention.plural,
    antecedent: changes.antecedent ?? mention.antecedent,
    role: changes.role ?? mention.role,
  }
}

const acronym = /^[\p{Lu}&.]{2,8}$/u

/**
 * Read the noun phrase that ends at token `last`, going no further back than `low`.
 *
 * @param tokens The paragraph's tokens.
 * @param last Index of the phrase's last token (its head).
 * @param low Lowest index the phrase may start at.
 * @returns The mention, or `null` if no speaker-like phrase ends there.
 */
export function mentionEndingAt(
  tokens: readonly FrameToken[],
  last: number,
  low: number,
): Mention | null {
  const token = tokens[last]
  if (!token?.word || token.quote >= 0) return null
  // The token knows whether its word is a pronoun: only pronouns pay for the lookup, by the
  // pronoun itself (`she` for `she’s`).
  if (token.pronoun) return pronounMention(token, last, token.bare)
  // `Marcus Bell, Jr., said`: a generational suffix set off by a comma is the name's.
  // (Read whole, the name's own words before `low` included: a reader that took the suffix's
  // comma for an aside's still means the name it is set off after.)
  const suffix = token.text === '.' ? last - 1 : last
  if (itemAt(tokens, suffix - 1)?.text === ',' && isSuffix(tokens[suffix])) {
    let start = Math.min(low, suffix - 2)
    while (start > 0 && start > low - longestName && itemAt(tokens, start - 1)?.nameWord) start--
    const named = suffix - 2 >= 0 ? mentionEndingAt(tokens, suffix - 2, start) : null
    if (named?.kind === 'name') return withSuffix(tokens, named, suffix, last + 1)
  }
  const address = addressedAs(tokens, last, low)
  if (address) return address
  if (token.lower === 'who' || token.lower === 'which') return relativeAt(tokens, last, low)
  if (openingGroupWord(tokens, low, last)) return groupWordMention(tokens, last)
  // `Jane Doe KC said`, `said Tom Roe MP`: letters after a name qualify it; the phrase is the
  // name's.
  if (last > low && itemAt(tokens, last - 1)?.nameWord && isLettersAfterName(token.text))
    return mentionEndingAt(tokens, last - 1, low)
  if (
    isNameWord(token) &&
    // `McDonald’s said`, `St. Mary’s announced`: a name in the possessive before a past form
    // owns nothing; the possessive is part of the name.
    (!isPossessive(token) || pastCueAt(tokens, last + 1)) &&
    // `the Chilean demands`: a place's adjective after an article modifies the noun after it.
    // (Asked last, of a name word only: most words are none.)
    !(inList(itemAt(tokens, last - 1), WordList.determiner) && isDemonym(token.bare))
  ) {
    const named = nameEndingAt(tokens, last, low)
    // `Jane Doe, D-Ill.,`, `Tom Roe, R-Grand Haven,`: a party tag or degree set off after a
    // name qualifies it; the phrase is the name's.
    const opening = named && (tokens[named.first] as FrameToken)
    if (
      opening &&
      itemAt(tokens, named.first - 1)?.text === ',' &&
      itemAt(tokens, named.first - 2)?.nameWord &&
      isPostnominal(opening.text)
    ) {
      return named.first - 2 >= low ? mentionEndingAt(tokens, named.first - 2, low) : null
    }
    if (named) return named
  }
  if (inList(token, WordList.standInHead)) return standInEndingAt(tokens, last, low)
  // `the two wrote`, `both said`: a number after `the`, or `both`, standing alone stands for
  // the people named before it, as `they` does.
  const article = itemAt(tokens, last - 1)?.lower === 'the' && last - 1 >= low
  if ((article && groupCounts.has(token.lower)) || token.lower === 'both') {
    const first = article ? last - 1 : last
    return changedMention(pluralPronoun, {
      first,
      end: last + 1,
      name: textOf(tokens, first, last),
    })
  }
  return commonEndingAt(tokens, last, low)
}

const groupCounts = new Set(['two', 'three', 'four', 'five'])
const pluralPronoun: Mention = {
  kind: 'pronoun',
  first: 0,
  end: 0,
  name: '',
  titles: [],
  head: 'they',
  organization: false,
  gender: 'unknown',
  plural: true,
  antecedent: undefined,
  role: undefined,
}

// `“…,” dozens of farmers said`, `said about 40 residents.`: a crowd's count opens no phrase
// read forward, but the phrase read back from its last word, before a cue, a preposition or
// punctuation, opens where the count does.
function countedBeforeCue(
  tokens: readonly FrameToken[],
  first: number,
  high: number,
): Mention | null {
  const opening = tokens[first]
  if (!opening?.word || opening.cue) return null
  let index = first + 1
  while (index < high && index < first + 6) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.cue || token.quote >= 0) break
    // (Not `of`, nor a degree's word before the count: `more than 40`, `up to 40`.)
    const degree = token.lower === 'than' || opensWithDigit(tokens[index + 1]?.text ?? '')
    if (token.lower !== 'of' && !degree && prepositions.has(token.lower)) break
    index++
  }
  // (A phrase that runs on past six words is no count's.)
  if (index === first + 6 && index < high && tokens[index]?.word && !tokens[index]?.cue) return null
  const mention = mentionEndingAt(tokens, index - 1, first)
  return mention?.first === first && mention.kind === 'anonymous' && mention.plural ? mention : null
}

/**
 * `“…,” one said`, `said another`, `a third added`: a word that stands in for a noun heads a
 * phrase for someone the text does not name, a new source each time, never the last speaker.
 * Not when a noun follows (`one official`: the noun heads it) or a word makes it no one (`no
 * one`) or a thing (`this one`).
 */
function standInEndingAt(tokens: readonly FrameToken[], last: number, low: number): Mention | null {
  const token = tokens[last] as FrameToken
  const next = tokens[last + 1]
  // `one demand`: a cue word in its base form after the stand-in is the noun it counts.
  // (`Another was blunt:`: not a copula or an auxiliary, the stand-in's own verb.)
  const nounNext =
    next?.word === true &&
    (!next.cue || cueForms.get(next.lower)?.base === next.lower) &&
    !inList(next, WordList.beForm) &&
    !inList(next, WordList.auxiliary)
  // (`Another shrugged: “…”`, `One laughed.`: a past form that punctuation closes is its verb.)
  // (`Many sounded weary:`: after a quantifier that opens its clause, a past form is its verb
  // unless a plural follows, which it modifies: `Many displaced residents`.)
  const after = tokens[last + 2]
  const opensClause = itemAt(tokens, last - 1)?.word !== true
  const ownVerb =
    nounNext &&
    isPastForm(next.lower) &&
    (after?.word === false ||
      (opensClause &&
        quantifiers.has(token.lower) &&
        !(after?.word === true && after.lower.endsWith('s'))))
  if (nounNext && !ownVerb && !next.capitalized && !isClosedClass(next)) return null
  // `one of their signs`: a stand-in for one of some things is no one.
  const head = next?.lower === 'of' ? headAfterOf(tokens, last + 2) : -1
  const noun = head < 0 ? '' : (tokens[head] as FrameToken).lower
  if (noun.endsWith('s') && !noun.endsWith('ss') && !people(noun)) return null
  let first = last
  const previous = itemAt(tokens, last - 1)
  if (previous?.word && last - 1 >= low) {
    // `the most of any state`: after `the` a quantifier is a superlative or an adjective.
    if (standInBlockers.has(previous.lower)) return null
    if (previous.lower === 'the' && quantifiers.has(token.lower)) return null
    if (standInOpeners.has(previous.lower)) first--
  }
  // `one`, `another` and `others` stand alone; an ordinal needs its article (`a third`);
  // a quantifier only right at its cue (`“…,” some said`, `most said`, `said many`), not in
  // `what some call`, or as a share of people (`some of the protesters`).
  if (first === last && !soleStandIns.has(token.lower)) {
    const atCue = next?.cue === true && !previous?.word
    const share = head > 0 && people(noun)
    // (`Some were blunter: “…”`: or opening its clause before a copula or a verb of its own.)
    const clause = opensClause && (inList(next, WordList.beForm) || ownVerb)
    if (!quantifiers.has(token.lower) || !(atCue || share || clause || previous?.cue === true))
      return null
  }
  // `one of the organizers`: the people it is one of belong to its name.
  const written = textOf(tokens, first, head > 0 && people(noun) ? head : last)
  return {
    kind: 'anonymous',
    first,
    end: last + 1,
    name: written.charAt(0).toLowerCase() + written.slice(1),
    titles: [],
    head: token.bare,
    organization: false,
    gender: 'unknown',
    plural: token.bare === 'others',
    antecedent: undefined,
    role: undefined,
  }
}

// The head noun of the phrase after `of` (`their signs`, `the organizers`): its last word
// before a function word, a cue or punctuation, past its determiners; -1 for a name, a
// pronoun or a quote.
function headAfterOf(tokens: readonly FrameToken[], start: number): number {
  for (let index = start; index < start + 4; index++) {
    const token = tokens[index]
    if (!token?.word || token.capitalized || token.pronoun || token.quote >= 0) return -1
    if (inList(token, WordList.determiner) || possessivePronouns.has(token.lower)) continue
    const after = tokens[index + 1]
    if (after?.word && !isClosedClass(after) && !after.cue) continue
    return index
  }
  return -1
}

// Whether a plural noun names people: a noun for someone, or a role in the plural.
function people(word: string): boolean {
  return someone(word) || pluralRole(word)
}

const standInOpeners = new Set(['a', 'an', 'yet', 'the', 'still'])
const soleStandIns = new Set(['one', 'another', 'others'])

// A pronoun standing at `at`, as the subject pronoun it is or stands for (`she` for `her`).
function pronounMention(token: FrameToken, at: number, pronoun: string): Mention | null {
  const sense = subjectPronouns[pronoun]
  if (!sense) return null
  return {
    kind: 'pronoun',
    first: at,
    end: at + 1,
    name: token.text,
    titles: [],
    head: pronoun,
    organization: !sense.person,
    gender: sense.gender,
    plural: sense.plural,
    antecedent: undefined,
    role: undefined,
  }
}

// `her Honour said`, `His Excellency told`: a form of address after `his` or `her` stands for
// the one it addresses, as the pronoun does; it names no one.
function addressedAs(tokens: readonly FrameToken[], last: number, low: number): Mention | null {
  const token = tokens[last] as FrameToken
  const owner = itemAt(tokens, last - 1)
  if (last - 1 < low || !owner?.word || !inList(token, WordList.formOfAddress)) return null
  const pronoun = owner.lower === 'his' ? 'he' : owner.lower === 'her' ? 'she' : ''
  const mention = pronoun ? pronounMention(token, last - 1, pronoun) : null
  if (mention) mention.end = last + 1
  return mention
}

const possessivePronouns: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
  ['my', 'i'],
])

const objectPronouns: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
  ['me', 'i'],
  ['us', 'we'],
])

/**
 * A pronoun in the object form (`according to her`, `told him`) as the subject pronoun it
 * stands for, or null.
 *
 * @param tokens The paragraph's tokens.
 * @param at Index of the word.
 */
export function objectPronounAt(tokens: readonly FrameToken[], at: number): Mention | null {
  const token = tokens[at]
  if (!token?.word || token.quote >= 0) return null
  const pronoun = objectPronouns.get(token.lower)
  return pronoun === undefined ? null : pronounMention(token, at, pronoun)
}

/**
 * The owner named by a possessive before a noun (`Jane Doe’s claim that …`, `his promise to
 * …`): a name, or the pronoun the possessive stands for.
 *
 * @param tokens The paragraph's tokens.
 * @param last Index of the possessive word.
 * @param low Lowest index the phrase may start at.
 * @param described Whether a definite phrase for someone or a body may own it too (`the
 *   ministry’s response`).
 */
export function possessorEndingAt(
  tokens: readonly FrameToken[],
  last: number,
  low: number,
  described = false,
): Mention | null {
  const token = tokens[last]
  if (!token?.word || token.quote >= 0) return null
  const pronoun = possessivePronouns.get(token.lower)
  if (pronoun !== undefined) return pronounMention(token, last, pronoun)
  if (!isPossessive(token) || (!described && !isNameWord(token))) return null
  // Read the name as if it had no possessive ending, on a copy of the few tokens it spans.
  const from = Math.max(low, last - 12)
  const view = tokens.slice(from, last + 1)
  const text = token.text.replace(/['’]s?$/u, '')
  const plain = token.copy()
  plain.respell(text, token.bare, token.bare)
  plain.possessive = false
  view[view.length - 1] = plain
  const mention = mentionEndingAt(view, view.length - 1, 0)
  // (`the ministry’s response`: a definite phrase, when asked for, as a name is.)
  const phrase =
    described &&
    (mention?.kind === 'description' || mention?.kind === 'anonymous') &&
    !mention.plural &&
    view[mention.first]?.lower === 'the'
  if (mention?.kind !== 'name' && !phrase) return described ? bodyPhraseOwning(tokens, last) : null
  if (!mention) return null
  // (`Editor’s note:`: a title alone, capitalized for opening the sentence, is no one's name.)
  if (mention.end - mention.first === 1 && token.initial && isTitle(token)) return null
  return changedMention(mention, { first: mention.first + from, end: mention.end + from })
}

// `the charity’s response`: a body's noun right after `the`, owning the next word, as a phrase
// (the scanner reads such a noun only where it has a verb to go with).
function bodyPhraseOwning(tokens: readonly FrameToken[], last: number): Mention | null {
  const token = tokens[last] as FrameToken
  if (lowerAt(tokens, last - 1) !== 'the' || !organizationHeads.has(token.bare)) return null
  return {
    kind: 'description',
    first: last - 1,
    end: last + 1,
    name: `the ${token.bare}`,
    titles: [],
    head: token.bare,
    organization: true,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

// `Bank of Freedonia`, `Institute for the Study of War`: an organization head before a link
// word names the whole phrase, whatever its case (the phrase is a name already).
function headBeforeLink(tokens: readonly FrameToken[], first: number, last: number): boolean {
  for (let index = first + 1; index < last; index++) {
    if (advocacyName(tokens, index)) return true
    if (
      (inList(tokens[index], WordList.organizationLink) &&
        organizationHead(itemAt(tokens, index - 1))) ||
      missionIn(tokens, index)
    )
      return true
  }
  return false
}

// Whether the word at `at` is the `in` after a mission abroad's head in capitals (`Embassy in`).
function missionIn(tokens: readonly FrameToken[], at: number): boolean {
  const head = itemAt(tokens, at - 1)
  return (
    tokens[at]?.lower === 'in' &&
    head?.word === true &&
    head.capitalized &&
    missionHeads.has(bare(head))
  )
}

// Whether the word at `at` is a `to` or `of` that ties a title to what it is of or to, or a
// `for` after a capitalized role (`titleFor`).
function titleLink(tokens: readonly FrameToken[], at: number): boolean {
  const link = tokens[at]?.lower
  const role = itemAt(tokens, at - 1)
  return (
    ((link === 'to' || link === 'of') && role !== undefined && isTitle(role)) ||
    titleFor(tokens, at)
  )
}

// `Minister for Lands and Natural Resources`, `Secretary of Health and Human Services`: an `and`
// at `at` inside a title's complement, one or two capitals after its link and none a given name
// on either side (`Secretary of State Jane Doe and Tom Roe` are two people).
function complementAnd(tokens: readonly FrameToken[], at: number): boolean {
  const next = tokens[at + 1]
  if (tokens[at]?.lower !== 'and' || !next?.capitalized || givenName(bare(next))) return false
  for (let index = at - 1; index >= 0 && index >= at - 3; index--) {
    const token = tokens[index] as FrameToken
    if (!token.capitalized) return index < at - 1 && titleLink(tokens, index)
    if (givenName(bare(token))) return false
  }
  return false
}

// `Minister for Parliamentary Affairs`, `Minister of State for Health`: a `for` at `at` after a
// role written as a title (and what it is of), before a capital, ties the title to what it
// serves. A role in lower case (`a spokesman for Acme`) is a phrase that governs a body's name
// instead.
function titleFor(tokens: readonly FrameToken[], at: number): boolean {
  // (`Inspector General for the Department of Transport`: past the article of what it serves.)
  const served = tokens[at + 1]?.lower === 'the' ? tokens[at + 2] : tokens[at + 1]
  if (tokens[at]?.lower !== 'for' || served?.capitalized !== true) return false
  for (let index = at - 1; index >= 0 && index >= at - 4; index--) {
    const token = tokens[index] as FrameToken
    // (`Lawyer for Fairweather`, `Spokesman for Roe`: one who acts for someone names them
    // after `for`, a client, not a title's complement.)
    if (token.capitalized && agentRoles.has(token.lower)) return false
    if (token.capitalized && inList(token, WordList.roleHead)) return true
    if (!token.capitalized && token.lower !== 'of') return false
  }
  return false
}

// `Special Agent in Charge Jane Doe`, `Editor in Chief Jo Roe`: an `in` at `at` between one
// person's title and a capital names what the title has charge of, and is part of it when a
// name runs on after it (`a Spokesman in Brussels said`, `Officials in New York` name places).
function titleIn(tokens: readonly FrameToken[], at: number): boolean {
  const title = itemAt(tokens, at - 1)
  return (
    tokens[at]?.lower === 'in' &&
    title?.capitalized === true &&
    listedPerson(bare(title)) &&
    !isPeoplePlural(title.lower) &&
    tokens[at + 1]?.capitalized === true &&
    tokens[at + 2]?.capitalized === true
  )
}

// Roles whose `for` names whom they act for.
const agentRoles = new Set([
  'lawyer',
  'attorney',
  'counsel',
  'solicitor',
  'barrister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'agent',
])

// Where the name starts after a title's complement: past the places that open the run (`to
// Jordan`), at the first known given name if one follows, keeping at least a surname. With no
// given name known, a run of three words or more ends in a given name and a surname
// (`Secretary of the Army Thanh Hoang`), particles in the surname (`Élodie Le Pen`); unless
// the phrase is `set` off or opens with an article, where the complement is all there is
// (`the founder of North Star Chocolates`).
function complementEnd(
  tokens: readonly FrameToken[],
  start: number,
  last: number,
  set: boolean,
): number {
  // `chief executive of United Metalworkers Local 412`: a number ends a body's name, and the
  // complement is all there is.
  if (digitsStart.test((tokens[last] as FrameToken).text)) return start
  let index = start
  while (index < last && placeNames.has(bare(tokens[index] as FrameToken))) index++
  for (let given = index; given < last; given++) {
    if (opensName(tokens[given] as FrameToken)) return given
  }
  if (set) return start
  if (last - index < 2) return index
  // `Secretary of the Navy Élodie Le Pen`: particles before the surname belong to it.
  let given = last - 1
  while (
    given - 1 > index &&
    isNameParticle((tokens[given] as FrameToken).text, (tokens[given] as FrameToken).lower)
  )
    given--
  return given
}

// Whether a word opens a person's name after a title's complement: a known given name or an
// initial (`Secretary of the Army A. J. Doe`).
function opensName(token: FrameToken): boolean {
  return givenName(bare(token)) || /^\p{Lu}\.$/u.test(token.text)
}

const digitsStart = /^\d/u
const ordinal = /^\d+(?:st|nd|rd|th)$/u

// The words that join a title's complement to it or within it.
const complementLinks = new Set(['of', 'for', 'and'])

// Whether an ampersand joins the words `first`–`last` into a body's name (`Procter & Gamble`);
// not after two words and an `of`, where a person of the body stands (`Lan Pham of Lowry &
// Webb`).
function ampersandIn(tokens: readonly FrameToken[], first: number, last: number): boolean {
  for (let index = first + 1; index < last; index++) {
    const token = tokens[index] as FrameToken
    if (token.lower === 'of' && index - first >= 2) return false
    if (token.text === '&') return true
  }
  return false
}

// Whether the phrase ends in a person named after a title, the organization before it only
// qualifying the title (`Ministry of Foreign Affairs spokeswoman Jane Doe`); `Office of the
// Director of National Intelligence` has no name after its title.
function titledPerson(tokens: readonly FrameToken[], first: number, last: number): boolean {
  // `Minister of State for Health Jane Doe`: a run a role opens ends in a person, whatever
  // bodies its title's complement holds, when a known given name follows the complement's last
  // link, or three capitals do (a complement word, a given name and a surname).
  // A modifier may open it (`Assistant Secretary of State for African Affairs Lionel Roe`).
  // `president of United Metalworkers Local 412`: a number ends a body's name, never a person's.
  if (digitsStart.test((tokens[last] as FrameToken).text)) return false
  const opener =
    inList(tokens[first] as FrameToken, WordList.roleHead) ||
    (first + 1 < last &&
      isTitle(tokens[first] as FrameToken) &&
      inList(tokens[first + 1] as FrameToken, WordList.roleHead))
  if (opener) {
    let link = last
    while (link > first && !complementLinks.has((tokens[link] as FrameToken).lower)) link--
    if (link > first) {
      for (let index = link + 1; index <= last; index++) {
        if (opensName(tokens[index] as FrameToken)) return true
      }
      if (last - link >= 3) return true
    }
  }
  let index = last
  while (index > first) {
    const token = tokens[index] as FrameToken
    // `María José de la Fuente`: a particle belongs to the name.
    if (!(isNameWord(token) || isNameParticle(token.text, token.lower)) || isTitle(token)) break
    index--
  }
  // `Alliance of Kenya chairman Dr Jane Doe`: an honorific between the role and the name.
  const word = bare(tokens[index] as FrameToken)
  if (index > first && index < last && !roleHeads.has(word) && honorific(tokens[index])) index--
  // A role (`spokeswoman`, `Director`), not any title word: `Foreign` in `Ministry of Foreign
  // Affairs` is one, and so is the `of` of `Secretary of State`. A title word in lower case
  // is no body's (`Okoro & Partners analyst Tane Walker`).
  const role = tokens[index] as FrameToken
  return (
    index > first &&
    index < last &&
    (inList(role, WordList.roleHead) ||
      (!role.capitalized && isTitle(role) && !isClosedClass(role)))
  )
}

/**
 * Index of the `(` that the `)` at `close` closes, looking back at most `reach` tokens and not
 * past `low`, or -1: a tag in brackets (`(D-Ill.)`) is a few tokens long.
 *
 * @param tokens The paragraph's tokens.
 * @param close Index of the `)`.
 * @param low Lowest index to look at.
 * @param reach How many tokens back to look.
 */
export function openingBracket(
  tokens: readonly FrameToken[],
  close: number,
  low: number,
  reach: number,
): number {
  for (let at = close - 1; at >= Math.max(low, close - reach); at--) {
    if (tokens[at]?.text === '(') return at
  }
  return -1
}

/**
 * Whether the lower-case word at `at` lies inside an organization's name: a link word (or `the`
 * after one) right after a capitalized organization head, or `and` between capitalized words
 * of the part after the link (`Center for Strategic and International Studies`). A capitalized
 * word must follow, so the name goes on.
 *
 * @param tokens The paragraph's tokens.
 * @param at Index of the word.
 */
export function insideOrganizationName(tokens: readonly FrameToken[], at: number): boolean {
  const token = tokens[at]
  const next = itemAt(tokens, at + 1)
  // `Mothers Against Drunk Driving`: a campaign's link may be capitalized.
  if (advocacyName(tokens, at)) return true
  // `Doctors Without Borders`, `Hope Across Borders`: inside a sentence, a preposition in
  // capitals between capitals is a word of a name.
  if (
    token?.word &&
    token.capitalized &&
    namePrepositions.has(token.lower) &&
    itemAt(tokens, at - 1)?.word &&
    itemAt(tokens, at - 1)?.capitalized &&
    next?.word &&
    next.capitalized &&
    next.quote < 0
  )
    return true
  if (!token?.word || token.capitalized || !next?.word || next.quote >= 0) return false
  const lower = token.lower
  // `the Chilean Embassy in Vienna`: a mission abroad is named with the city it sits in.
  if (missionIn(tokens, at)) return isNameWord(next)
  // (`Center for a New American Security`, `Committee for a Stronger Arizona`: `a` too.)
  if (lower === 'the' || lower === 'a')
    return isNameWord(next) && (linkAfterHead(tokens, at - 1) || advocacyName(tokens, at - 1))
  if (inList(token, WordList.organizationLink)) {
    // A name word, not any capital: `the Council on Friday` ends at `Council`.
    const after = next.lower === 'the' || next.lower === 'a' ? tokens[at + 2] : next
    return (
      after !== undefined &&
      after.quote < 0 &&
      isNameWord(after) &&
      (organizationHead(itemAt(tokens, at - 1)) || causeBeforeBody(tokens, at))
    )
  }
  // `and` joins one capitalized word right after the link to at least two after it: `Department
  // of Justice and Clinton` stays two names.
  if (lower !== 'and') return false
  const before = itemAt(tokens, at - 1)
  const then = tokens[at + 2]
  // `Union of Dockworkers and Porters`: two plurals after the link are one list of members.
  const members = before?.capitalized === true && plural(before) && plural(next)
  // `Ministry of Trade and Industry`: two portfolios joined end the name; so does a noun for a
  // field or an activity (`Centers for Disease Control and Prevention`), which no one is named.
  // So does a plural (`Ministry of Transport and Ports`, `of Water and Forests`): a surname
  // seldom is one.
  const portfolios =
    before?.capitalized === true &&
    (((portfolioWords.has(bare(before)) || abstractNoun.test(bare(next)) || fieldNoun(before)) &&
      (portfolioWords.has(bare(next)) || abstractNoun.test(bare(next)) || fieldNoun(next))) ||
      (plural(next) && !givenName(bare(next)))) &&
    // (A headline capitalizes its cue: `… and Ports Says`.)
    (!then?.capitalized || then.cue)
  // (`Department of Justice and Tom Reyes`: a given name after the `and` opens a person's.)
  if (
    !before?.capitalized ||
    !isNameWord(next) ||
    givenName(bare(next)) ||
    !((then && isNameWord(then)) || (members && !then?.capitalized) || portfolios)
  )
    return false
  // The link before the capitalized words the `and` follows: one word (`of Trade and`), or more
  // when a field or an activity ends the name (`for Disease Control and Prevention`).
  let link = at - 2
  const reach = portfolios && abstractNoun.test(bare(next)) ? 3 : 1
  while (link > at - 1 - reach && tokens[link]?.capitalized === true) link--
  if (tokens[link]?.lower === 'the') link--
  return linkAfterHead(tokens, link) || bodyAfterAnd(tokens, at)
}

// `Homes for Heroes Trust`, `Farmers for Fair Trade Coalition`: a `for` at `at` between a
// capital that is no given name and a run of capitals that a body's head word ends says what
// the body stands for; the run is one name.
function causeBeforeBody(tokens: readonly FrameToken[], at: number): boolean {
  const before = itemAt(tokens, at - 1)
  if (tokens[at]?.lower !== 'for' || !before?.capitalized || givenName(bare(before))) return false
  // (A capital that only opens the sentence may be any word: `Fundraising for Acme Trust grew`;
  // an article or a word before it shows a name.)
  const opener = itemAt(tokens, at - 2)
  if (!opener?.word) return false
  let last = at + 1
  while (last + 1 < tokens.length && last < at + 5 && tokens[last + 1]?.capitalized) last++
  return last > at + 1 && organizationHead(tokens[last])
}

// `Economic and Financial Crimes Commission`, `Land Transportation Franchising and Regulatory
// Board`: capitalized words joined by `and` to a run that ends in a noun for a body make one
// body's name; none of the words before may be a given name (`Jane Doe and Acme Group`).
function bodyAfterAnd(tokens: readonly FrameToken[], at: number): boolean {
  let last = at + 1
  while (last + 1 < at + 6 && tokens[last + 1]?.word && isNameWord(tokens[last + 1] as FrameToken))
    last++
  if (!organizationHead(tokens[last])) return false
  for (let index = at - 1; index >= 0 && index > at - 6; index--) {
    const token = tokens[index] as FrameToken
    if (!token.word || !isNameWord(token)) return index < at - 1
    if (givenName(token.lower)) return false
  }
  return true
}

function plural(token: FrameToken): boolean {
  const lower = token.lower
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')
}

// Whether a preposition in capitals stands inside a name (`Doctors Without Borders`): a group's.
function prepositionIn(tokens: readonly FrameToken[], first: number, last: number): boolean {
  for (let at = first + 1; at < last; at++) {
    const token = tokens[at] as FrameToken
    if (token.capitalized && namePrepositions.has(token.lower)) return true
  }
  return false
}

// Whether a link word stands at `at`, right after a capitalized organization head.
function linkAfterHead(tokens: readonly FrameToken[], at: number): boolean {
  return inList(tokens[at], WordList.organizationLink) && organizationHead(itemAt(tokens, at - 1))
}

// `Families for Safe Streets`, `Mothers Against Drunk Driving`, `Veterans for Peace`: a plural
// noun for people, capitalized, then `for` or `against` and a cause in capitals (two words, or
// one for a field or a cause) name a group that campaigns. `Workers for Amazon` is no such name.
// Index past a ballot campaign's name opening at `side` (`Yes on Measure K Coalition`, `No on
// Proposition 4 Committee`: `Yes` or `No`, `on`, capitals, numbers or letters, and a body's
// head last), or -1.
function ballotNameEnd(tokens: readonly FrameToken[], side: number, high: number): number {
  if (!ballotSide(tokens[side]) || tokens[side + 1]?.lower !== 'on') return -1
  let end = side + 2
  while (
    end < high &&
    end < side + 8 &&
    tokens[end]?.word &&
    (tokens[end]?.capitalized || /^\d/u.test(tokens[end]?.text ?? ''))
  )
    end++
  return end > side + 3 && organizationHead(itemAt(tokens, end - 1)) ? end : -1
}

// Whether a token is `Yes` or `No` opening a ballot campaign's name (`Yes on Measure K`).
function ballotSide(token: FrameToken | undefined): boolean {
  return token?.capitalized === true && (token.lower === 'yes' || token.lower === 'no')
}

function advocacyName(tokens: readonly FrameToken[], at: number): boolean {
  const link = tokens[at]
  const head = itemAt(tokens, at - 1)
  // `Friends of Harrow Farm`, `Friends of the Earth`: friends of a cause, too.
  if (link?.lower === 'of' && head?.capitalized && head.lower === 'friends') {
    const article = tokens[at + 1]?.lower
    const next = article === 'the' || article === 'a' ? tokens[at + 2] : tokens[at + 1]
    // `Friends of Jane Doe` are people.
    return next?.capitalized === true && next.quote < 0 && !givenNameGender.has(bare(next))
  }
  if (link?.lower !== 'for' && link?.lower !== 'against') return false
  if (!head?.capitalized || head.quote >= 0 || !plural(head)) return false
  const lower = head.lower
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1)
  // (Any noun for someone: `Farmers for a Fair Harvest`; or for what it wants, before a place
  // or a cause in capitals that ends the name: `Homes for Kingsford`, `Homes for All`.)
  const people =
    anonymousHeads.has(singular) ||
    anonymousHeads.has(lower) ||
    campaigners.has(lower) ||
    someone(singular)
  if (!people && !placeCause(tokens, at + 1)) return false
  // (`Doctors for the Valley`, `Parents for a Safe Valley`: the cause's article may stand
  // before it.)
  const article = tokens[at + 1]?.lower === 'the' || tokens[at + 1]?.lower === 'a'
  const start = article && tokens[at + 2]?.capitalized ? at + 2 : at + 1
  let words = 0
  while (tokens[start + words]?.capitalized && tokens[start + words]?.quote === -1) words++
  const cause = tokens[start] ? bare(tokens[start] as FrameToken) : ''
  // (One word after the cause's article is a name: `for the Valley`.)
  return (
    words >= 2 ||
    (words === 1 && (start > at + 1 || abstractNoun.test(cause) || causes.has(cause) || !people))
  )
}

// Whether one word in capitals, no given name, ends a name after `for` at `at`: the next word
// is a cue, or no word (`Homes for Kingsford said`, `Homes for Kingsford, a charity,`).
function placeCause(tokens: readonly FrameToken[], at: number): boolean {
  const cause = tokens[at]
  if (!cause?.capitalized || cause.quote >= 0 || givenNameGender.has(bare(cause))) return false
  const next = tokens[at + 1]
  return next === undefined || !next.word || next.cue
}

// Plurals for people that open campaigners' names and no source list has.
const campaigners = new Set(['veterans', 'citizens', 'nurses', 'americans', 'scientists'])
// Causes named in one word.
const causes = new Set([
  'peace',
  'justice',
  'change',
  'life',
  'choice',
  'freedom',
  'truth',
  'democracy',
])

// Nouns for a field or an activity by their ending (`Prevention`, `Development`, `Security`).
const abstractNoun = /(?:tion|sion|ment|ance|ence|ity|ness|ship)$/u

// Whether a capitalized word names a field by its activity (`Planning`, `Zoning`, `Licensing`),
// as a body's portfolio does: a long `-ing` word that is no given name.
function fieldNoun(token: FrameToken): boolean {
  const word = bare(token)
  return word.length > 5 && word.endsWith('ing') && !givenName(word)
}

function organizationHead(token: FrameToken | undefined): boolean {
  if (token?.capitalized !== true || token.quote >= 0) return false
  const word = bare(token)
  // `Centers for Disease Control`, `National Institutes of Health`: a head in the plural too.
  return (
    organizationHeads.has(word) || (word.endsWith('s') && organizationHeads.has(word.slice(0, -1)))
  )
}

// `Prof. Jane Doe of Yale University`, `Jane Doe of the Red Cross`: a person named before an
// `of` (a title or a known given name shows it) is someone of the body after it, not the body.
function affiliatedPerson(tokens: readonly FrameToken[], first: number, last: number): boolean {
  let link = -1
  for (let index = first + 1; index < last; index++) {
    if (tokens[index]?.lower === 'of') {
      link = index
      break
    }
  }
  if (link < 0) return false
  // `Victoria University of Wellington`: a body's head before the `of` names the body, given
  // name or not.
  if (organizationHeads.has(bare(itemAt(tokens, link - 1) as FrameToken))) return false
  const start = nameWordsBefore(tokens, first, link)
  if (start === link) return false
  const title = itemAt(tokens, start - 1)
  if (start > first && title && isTitle(title)) return true
  if (link - start < 2) return false
  // `Paweł Dąbrowski of St. Olaf’s University`: two words, neither a body's head, before the
  // `of` of a body are a person's name even when no given name is known; not a place's
  // (`United States of America`).
  return (
    givenNameGender.has(bare(tokens[start] as FrameToken)) ||
    (link - start - particlesIn(tokens, start, link) === 2 &&
      // (The body may run on to where it is: `of Holloway Bible Church of Larkmoor`; a firm
      // ends on its trade: `Lan Pham of Mistral Capital`.)
      (organizationHeadIn(tokens, link + 1, last) ||
        tradeEndings.has(bare(tokens[last] as FrameToken))) &&
      !placeNames.has(textOf(tokens, start, link - 1).toLowerCase()) &&
      !organizationHead(tokens[start]))
  )
}

// Whether one of the words `first`–`last` is a body's head.
function organizationHeadIn(tokens: readonly FrameToken[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (organizationHead(tokens[index])) return true
  return false
}

// Whether a word opening a sentence (or, listed, before a known given name or in a label) is a
// noun for people (`Retiree`, `Teacher`) and no given name: a name after it is the person's,
// the noun what they are.
function openingRole(
  token: FrameToken,
  next?: FrameToken,
  after = 0,
  previous?: FrameToken,
  label = false,
): boolean {
  // (Opening a sentence, or the words after a label's colon: `Q: Meteorologist Thuy Vo has …`;
  // or right after a cue or a quote's closing mark, where a title stands before a name: `said
  // Harbourmaster Yannis Roe`, `“…” Harbourmaster Piotr Roe began`.)
  const titled =
    previous?.cue === true || (previous !== undefined && !previous.word && previous.quote >= 0)
  // (Or after a dateline's dash: `ELMFORD, Wash. — Organizer Makoa Aumua, who …`.)
  const labelled = previous?.text === ':' || previous?.text === '—' || previous?.text === '–'
  const word = bare(token)
  // A capital for one someone, no given name, may be a title wherever it stands:
  const single = token.capitalized && givenNameGenderOf(word) === undefined && !isPeoplePlural(word)
  // (a listed noun for someone right before a known given name, or before a name of two words
  // or more: `said at a joint briefing with Coxswain Burak Demir`, `according to Paramedic
  // Oluwaseun Okonkwo`; a noun in no list with a role's ending, right before a known given name
  // and a surname: `County Supervisor Lena Moss`; not a short word, `Nor Hisham bin Ahmad`;)
  const given = next !== undefined && givenNameGenderOf(bare(next)) !== undefined
  if (single && next !== undefined && (given || after >= 2) && isPeopleNoun(word)) return true
  if (single && given && after >= 2 && word.length > 4 && roleShaped(word)) return true
  // (one after one word that says what sort, opening a label a colon ends: a headline's
  // `Chemistry Teacher Ochoa:`, `Village Pharmacist Roe:`; not elsewhere, `Hope Volunteer Corps
  // said` is a body's name.)
  if (
    single &&
    label &&
    previous?.initial === true &&
    previous.capitalized &&
    !isClosedClass(previous) &&
    givenNameGenderOf(bare(previous)) === undefined &&
    (isPeopleNoun(word) || anonymousHeads.has(word) || roleShaped(word))
  )
    return true
  if (!(token.initial || labelled || titled) || !token.capitalized) return false
  if (givenNameGenderOf(word) !== undefined) return false
  // `Defiant Okafor vows …`: a headline's word for a mood or a plight, before a name.
  if (
    headlineModifiers.has(word) &&
    next !== undefined &&
    (next.capitalized || next.nameWord || isNameParticle(next.text, next.lower))
  )
    return true
  // (`Tenants First said`, `Tenants United`: a plural opens a body's name, no role of one.)
  if (isPeoplePlural(word)) return false
  if (isPeopleNoun(word) || anonymousHeads.has(word)) return true
  // `Scrum-half Syazwani binti Jalil`, `Lock Daisuke Fujii`: a playing position, before a
  // given name or a name of two words (`Lock` alone may be someone's surname).
  if (playingPositions.has(word) && next !== undefined && !/^\p{Lu}\.$/u.test(next.text)) {
    if (givenNameGenderOf(bare(next)) !== undefined || after >= 2) return true
  }
  // `Hydrologist Grzegorz Nowak`, `Striker Lan Pham`: a noun for what someone does, by its
  // ending; one in `-er`, `-or` or `-ian` only before a given name, or before a name of two
  // words, that it cannot be part of (`Walker Smith`, `Julian Doe` are names).
  if (istShaped(word)) return true
  // (After a cue or a quote, not `-ian`: given names end so too, `said Cillian Roe II`.)
  const ending = titled && !token.initial && !labelled ? roleEnding : roleOrIanEnding
  // (A word of three letters is no noun for what someone does: `said Nor Hisham bin Ahmad`.)
  // (Nor a noun in `-or` for a thing: `Harbor Town Athletic` is a club's name.)
  if (word.length < 4 || !ending.test(word) || next === undefined || thingsInOr.has(word))
    return false
  // (A middle initial after it makes it a given name: `Fraser C. Mackintosh`, `Mortimer L.
  // Blenkinsop`.)
  if (/^\p{Lu}\.$/u.test(next.text)) return false
  const named = givenNameGenderOf(bare(next)) !== undefined
  // (Nor, there, `-or` before a name not known to open with a given name: `said Claudionor
  // Rocha Pires`.)
  return named || (after >= 2 && !(titled && word.endsWith('or')))
}

// Whether the words `first`–`last` are a company's name, ending in its trade and opening with
// no given name (`Ridge Mining` of `Greenwater Ridge Mining`): the word before them opens the
// name too, however it ends, and is no one's role.
function tradeNameAfter(tokens: readonly FrameToken[], first: number, last: number): boolean {
  return (
    first < last &&
    tradeEndings.has(bare(tokens[last] as FrameToken)) &&
    givenNameGenderOf(bare(tokens[first] as FrameToken)) === undefined
  )
}

// Whether a word ends as a noun for what someone does in `-ist` (`Hydrologist`), past a Swedish
// surname's `-kvist` (`Lindqvist`, `Almkvist`).
function istShaped(word: string): boolean {
  return word.length >= 6 && word.endsWith('ist') && !/[qk]vist$/u.test(word)
}

// Whether a word ends as any noun for what someone does (`Librarian`, `Baker`, `Pharmacist`).
function roleShaped(word: string): boolean {
  return istShaped(word) || roleOrIanEnding.test(word)
}

// (`Fisherman`, `Ferryman`: a compound in -man, past three letters, is a noun for someone too.)
const roleEnding = /(?:[^aeiou]er|eer|[^o]or|\p{L}{3}[^o]man)$/u
// (`-ian` past three letters: `Librarian`, `Historian`; `Qian Deming` is a name.)
const roleOrIanEnding = /(?:[^aeiou]er|eer|[^o]or|\p{L}{3}ian|\p{L}{3}[^o]man)$/u

// How many particles stand between `from` and `end` (`Le` of `Élodie Le Pen`).
function particlesIn(tokens: readonly FrameToken[], from: number, end: number): number {
  let count = 0
  for (let index = from; index < end; index++)
    if (isNameParticle((tokens[index] as FrameToken).text, (tokens[index] as FrameToken).lower))
      count++
  return count
}

// Where the run of name words (no title, no possessive) that ends right before `end` starts,
// going no further back than `first`; `end` when there is none.
function nameWordsBefore(tokens: readonly FrameToken[], first: number, end: number): number {
  let start = end
  while (start - 1 >= first) {
    // `Annelies van der Meer`: particles between name words belong to the name.
    let before = start - 1
    while (
      before > first &&
      isNameParticle((tokens[before] as FrameToken).text, (tokens[before] as FrameToken).lower)
    )
      before--
    const candidate = tokens[before] as FrameToken
    if (!isNameWord(candidate) || isPossessive(candidate) || isTitle(candidate)) break
    start = before
  }
  return start
}

// `Speaker of the House Jane Doe`, `Secretary of the Navy Tom Roe`: a `the` after a title's
// `of`, before capitals that run on to a person's given name, opens the title's complement. With
// no given name after it (`the Secretary of the Treasury`) it opens a phrase of its own.
function complementArticle(tokens: readonly FrameToken[], at: number): boolean {
  const title = itemAt(tokens, at - 2)
  if (tokens[at]?.lower !== 'the' || itemAt(tokens, at - 1)?.lower !== 'of') return false
  if (!title?.capitalized || !isTitle(title)) return false
  let index = at + 1
  for (; index <= at + 6; index++) {
    const token = tokens[index]
    if (!token?.word || !token.capitalized) break
    if (index > at + 1 && opensName(token)) return true
  }
  // Three capitals or more: the complement, a given name and a surname.
  return index - (at + 1) >= 3
}

// Whether the name words `start`–`last` after a title that is a given name too make a full name
// of their own: a given name first (`Dean Ana Lindqvist`, `Prince Harry`), or two words or
// more besides a suffix (`Dean Thanh Hoang`).
function titleBeforeName(tokens: readonly FrameToken[], start: number, last: number): boolean {
  if (givenName(bare(tokens[start] as FrameToken))) return true
  let words = 0
  for (let index = start; index <= last; index++) {
    const token = tokens[index] as FrameToken
    if (token.word && !nameSuffixes.has(token.lower.replace(/\.$/u, ''))) words++
  }
  return words >= 2
}

// Whether a word is a known given name, written with or without its accents, or opens a
// hyphenated one (`Lucía`, `Anne-Marie`).
function givenName(word: string): boolean {
  if (givenNameGenderOf(word)) return true
  const hyphen = word.indexOf('-')
  return hyphen > 0 && givenNameGenderOf(word.slice(0, hyphen)) !== undefined
}

// Where the full name before `of` starts (`Jane Doe` in `Jane Doe of Springfield`), or -1: two
// name words or more, not titles (`Bank of …`, `Secretary of State …` are not people from a
// place).

function personBeforeOf(tokens: readonly FrameToken[], first: number, nameStart: number): number {
  if (itemAt(tokens, nameStart - 1)?.lower !== 'of') return -1
  const start = nameWordsBefore(tokens, first, nameStart - 1)
  if (nameStart - 1 - start < 2) return -1
  // `Jo Kane of Grace Church of Dover`: the person stands before the first `of`; the body and
  // where it is follow.
  const earlier = personBeforeOf(tokens, first, start)
  return earlier >= 0 ? earlier : start
}

/**
 * `who` or `which` right after the phrase it stands for (`Jane Doe, who said`, `the police
 * department which reported`): the pronoun is the mention, the phrase before it the antecedent.
 * `who` wants a person, `which` anything else.
 */
function relativeAt(tokens: readonly FrameToken[], at: number, low: number): Mention | null {
  let last = at - 1
  if (
    itemAt(tokens, last)?.word === false &&
    relativeSeparators.has(itemAt(tokens, last)?.text ?? '')
  )
    last--
  // `Harriet Oduya (D-Ill.), who`: past a tag in brackets set after the name.
  if (textAt(tokens, last) === ')') {
    const open = openingBracket(tokens, last, low, 8)
    if (open >= 0) last = open - 1
  }
  if (last < low) return null
  const setOff = asidesBeforeRelative(tokens, at, low)
  if (setOff) return relativeMention(tokens, at, setOff)
  let antecedent = mentionEndingAt(tokens, last, low) ?? genericEndingAt(tokens, last, low)
  if (!antecedent || antecedent.kind === 'pronoun') return null
  // `It was Anouk Verbeek, not Huang Min, who said`: past the one set against it, the one the
  // sentence puts first.
  if (
    itemAt(tokens, antecedent.first - 1)?.lower === 'not' &&
    itemAt(tokens, antecedent.first - 2)?.text === ',' &&
    antecedent.first - 3 >= low
  ) {
    const first = mentionEndingAt(tokens, antecedent.first - 3, low)
    if (first && first.kind !== 'pronoun') antecedent = first
  }
  // `Jane Doe, Republican of Idaho, who`: past the tag, the name it qualifies.
  let party = antecedent.first
  while (party > low && itemAt(tokens, party - 1)?.word && party > antecedent.first - 4) party--
  if (partyOfPlace(tokens, party) && party - 2 >= low) {
    // `Sen. Tom Roe (I-Vt.), Democrat of Ohio, who`: past a tag in brackets too.
    let end = party - 2
    if (tokens[end]?.text === ')') {
      const open = openingBracket(tokens, end, low, 6)
      if (open >= 0) end = open - 1
    }
    antecedent = mentionEndingAt(tokens, end, low)
    if (!antecedent || antecedent.kind === 'pronoun') return null
  }
  const who = tokens[at]?.lower === 'who'
  // `A nurse at the clinic, who asked …`: `who` wants someone, and a phrase for no one after a
  // preposition modifies the phrase before it. Sure endings only: `the plant` is no one,
  // though `-ant` often makes a noun of someone.
  const head = antecedent.head
  // (A paper is a source, but no one: `a researcher familiar with the study, who`.)
  const body =
    organizationHeads.has(head) ||
    documentHeads.has(head) ||
    !(listedPerson(head) || personSingularEnding.test(head))
  if (who && antecedent.kind !== 'name' && body) {
    antecedent = modifiedBy(tokens, antecedent, low) ?? antecedent
  }
  // `a former editor from Holmstead, who`: so does a place's or a body's name after a
  // preposition that places someone.
  // (And a body's name after `of`: `general counsel of Okavango Beverages, who`.)
  const link = itemAt(tokens, antecedent.first - 1)?.lower ?? ''
  // (`a shopkeeper on Copper Street, who`: a street's name after `on` or a placing word.)
  const street = antecedent.kind === 'name' && streetWords.has(antecedent.head)
  if (
    who &&
    antecedent.kind === 'name' &&
    ((placingLinks.has(link) &&
      (antecedent.organization ||
        street ||
        (!antecedent.name.includes(' ') && antecedent.gender === 'unknown'))) ||
      (link === 'of' && antecedent.organization) ||
      (link === 'on' && street))
  ) {
    antecedent = modifiedBy(tokens, antecedent, low) ?? antecedent
  }
  // `Kenji Morimoto, a retired officer, who wrote`: past a role set off after a name, and past
  // the role's complement (`Dwight Pickens, a close ally of the governor, who called`), the
  // relative clause is the name's, as the role is.
  const role =
    antecedent.kind !== 'name' && itemAt(tokens, antecedent.first - 1)?.lower === 'of'
      ? (modifiedBy(tokens, antecedent, low) ?? antecedent)
      : antecedent
  // `Ana Roe, the film’s director and a former editor from Lagos, who`: a role joined to one
  // before it with `and` is set off after the name as that one is.
  // (`Marcus Bell — a rice farmer who lost his crop —`: set off by a dash or a bracket too.)
  const set = role.kind === 'name' ? -1 : firstConjunctAt(tokens, role.first, low)
  if (set >= 0 && asideOpeners.has(itemAt(tokens, set - 1)?.text ?? '')) {
    const named = set - 2 >= low ? mentionEndingAt(tokens, set - 2, low) : null
    if (named?.kind === 'name') antecedent = named
  }
  // `who` wants someone, `which` a body, named or not (`the ministry, which said`).
  // (`a statement from the port authority, which`: the body, not the paper it sent.)
  const bodyAfter = who ? null : genericEndingAt(tokens, last, low)
  if (bodyAfter && organizationHeads.has(bodyAfter.head) && !organizationHeads.has(antecedent.head))
    antecedent = bodyAfter
  const organization = antecedent.organization || organizationHeads.has(antecedent.head)
  if (who ? organization && antecedent.kind === 'name' : !organization) return null
  return relativeMention(tokens, at, antecedent)
}

// The relative pronoun at `at` as a mention standing for `antecedent`.
function relativeMention(tokens: readonly FrameToken[], at: number, antecedent: Mention): Mention {
  return changedMention(antecedent, {
    kind: 'pronoun',
    first: at,
    end: at + 1,
    name: (tokens[at] as FrameToken).text,
    head: (tokens[at] as FrameToken).lower,
    antecedent,
  })
}

// The person named before asides that close with the comma before `who` at `at` (`Sanjay
// Pillai, 60, who`, `Han Ji-hoon, the county’s health commissioner, who`, `Ana Roe, a lawyer
// for the residents, who`), or null: whatever the asides hold (an age, a role with an owner or
// a complement), they are set off after the name, and so is the relative clause.
function asidesBeforeRelative(
  tokens: readonly FrameToken[],
  at: number,
  low: number,
): Mention | null {
  if (tokens[at]?.lower !== 'who' || itemAt(tokens, at - 1)?.text !== ',') return null
  const end = nameBeforeAsides(tokens, at - 1)
  if (end < low || end === at - 2) return null
  // An aside opens with an age or a role's article or owner; words that open none are more of a
  // list (`Tom Roe, Ann Poe and Stevie Wonder, who`), whose last is the antecedent.
  if (!roleOpens(tokens, end + 2) && !opensWithDigit(tokens[end + 2]?.text ?? '')) return null
  const named = mentionEndingAt(tokens, end, low)
  if (named?.kind !== 'name' || named.organization) return null
  // `In Lagos, the city’s mayor, who`: a place set before the clause is no one.
  const link = itemAt(tokens, named.first - 1)?.lower ?? ''
  if (placingLinks.has(link) && !named.name.includes(' ') && named.gender === 'unknown') return null
  return named
}

/**
 * Whether the word at `index` opens a party and the state a member serves, set off after a name
 * (`Jane Doe, Republican of Idaho,`): it qualifies the name as a tag does; the place is no one.
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the party word.
 */
export function partyOfPlace(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  if (itemAt(tokens, index - 1)?.text !== ',' || !partyOf(token.text)) return false
  return tokens[index + 1]?.lower === 'of' && tokens[index + 2]?.capitalized === true
}

const relativeSeparators = new Set([',', '—', '–', '-'])

// Where the roles set off after a name start, given the first token of the last of them
// (`the film’s director and a former editor`): past `and` and a role phrase before it that
// opens with an article or an owner, when one does; else `first` itself.
function firstConjunctAt(tokens: readonly FrameToken[], first: number, low: number): number {
  if (itemAt(tokens, first - 1)?.lower !== 'and') return first
  for (let at = first - 2; at > low && at >= first - 12; at--) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0) return first
    if (!token.word)
      return token.text === ',' ? (roleOpens(tokens, at + 1) ? at + 1 : first) : first
  }
  return first
}

/**
 * Whether a role phrase opens at `at`: with an article (`a former editor`) or an owner (`the
 * film’s director`, `its founder`, `Lagos’s mayor`).
 *
 * @param tokens The paragraph's tokens.
 * @param at Index of the phrase's first word.
 */
export function roleOpens(tokens: readonly FrameToken[], at: number): boolean {
  const token = tokens[at]
  if (!token?.word) return false
  return (
    inList(token, WordList.article) || personalPossessives.has(token.lower) || isPossessive(token)
  )
}

// The phrase for someone that a prepositional phrase (`at the clinic`) modifies, or null.
function modifiedBy(tokens: readonly FrameToken[], phrase: Mention, low: number): Mention | null {
  const link = itemAt(tokens, phrase.first - 1)
  if (!link?.word || phrase.first - 2 < low) return null
  // `a stage actor making a first film, who`: a participle's object modifies the phrase before
  // the participle as a preposition's does.
  const participleLink =
    !link.capitalized && !link.cue && link.lower.endsWith('ing') && !isClosedClass(link)
  if (!linkPrepositions.has(link.lower) && !participleLink) return null
  // `A strategist working on the House map, who`: past the participle the phrase hangs on.
  let end = phrase.first - 2
  const participle = tokens[end]
  if (
    participle?.word &&
    !participle.capitalized &&
    !participle.cue &&
    (participle.lower.endsWith('ing') ||
      isPastForm(participle.lower) ||
      complementAdjectives.has(participle.lower)) &&
    end - 1 >= low
  )
    end--
  const owner = mentionEndingAt(tokens, end, low) ?? genericEndingAt(tokens, end, low)
  if (!owner || owner.kind === 'pronoun') return null
  const person =
    owner.kind === 'name' || (someone(owner.head) && !organizationHeads.has(owner.head))
  return person ? owner : null
}

// Adjectives whose preposition and its phrase modify the phrase before them, as a participle's
// do (`a researcher familiar with the study, who`, `an aide close to the senator, who`).
const complementAdjectives = new Set(['familiar', 'close', 'critical', 'aware', 'loyal', 'opposed'])

// Prepositions that place someone (`a nurse from Lagos`, `an analyst at Harlow Securities`).
const placingLinks = new Set(['at', 'from', 'in', 'near'])

const linkPrepositions = new Set([
  'at',
  'from',
  'of',
  'in',
  'near',
  'with',
  'outside',
  'for',
  'on',
  'to',
])

/**
 * Where the phrase whose head is at `index` goes on to the people it stands for, the index of
 * their noun, else -1: a plural noun for people after it heads a compound (`the company
 * spokesmen`), and a collective noun gathers the people after `of` (`a group of students`).
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the phrase's head.
 * @param high Index the people's noun must come before.
 */
export function peopleAfter(tokens: readonly FrameToken[], index: number, high: number): number {
  const next = tokens[index + 1]
  if (!next?.word || next.quote >= 0 || next.capitalized || index + 1 >= high) return -1
  if (peoplePluralEnding.test(next.lower) || isPeoplePlural(next.lower)) {
    return verbAfterName(tokens, index + 1) ? -1 : index + 1
  }
  if (next.lower !== 'of' || !collectiveNouns.has(bare(tokens[index] as FrameToken))) return -1
  for (let at = index + 2; at < high && at < index + 5; at++) {
    const word = tokens[at] as FrameToken
    if (!word.word || word.quote >= 0 || word.capitalized || word.cue) return -1
    if (peoplePluralEnding.test(word.lower) || isPeoplePlural(word.lower)) return at
    if (anonymousHeads.has(word.lower)) return at
    if (isClosedClass(word) && !inList(word, WordList.determiner)) return -1
  }
  return -1
}

/**
 * The phrase of `mention` run on to the people's noun at `last` (see {@link peopleAfter}): a
 * plural group.
 *
 * @param tokens The paragraph's tokens.
 * @param mention The phrase as read so far.
 * @param last Index of the people's noun.
 */
export function withPeople(tokens: readonly FrameToken[], mention: Mention, last: number): Mention {
  return changedMention(mention, {
    kind: 'anonymous',
    end: last + 1,
    name: `${mention.name} ${textOf(tokens, mention.end, last)}`,
    head: bare(tokens[last] as FrameToken),
    organization: false,
    plural: true,
  })
}

/**
 * Read the noun phrase that starts at token `first` (`said the former aide to …`).
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the phrase's first token.
 * @param high Index the phrase must end before.
 */
export function mentionStartingAt(
  tokens: readonly FrameToken[],
  first: number,
  high: number,
): Mention | null {
  // `“…,” the two wrote`: a count after `the` with no noun after it (a cue, an auxiliary or
  // punctuation follows).
  const count = tokens[first + 1]
  const next = tokens[first + 2]
  if (
    tokens[first]?.lower === 'the' &&
    first + 1 < high &&
    groupCounts.has(count?.lower ?? '') &&
    (!next?.word || next.cue || isVerbModifier(next))
  ) {
    return mentionEndingAt(tokens, first + 1, first)
  }
  const read = phraseStartingAt(tokens, first, high) ?? countedBeforeCue(tokens, first, high)
  // `said Marcus Bell, Jr., who`: a generational suffix set off by a comma is the name's.
  const past = read?.kind === 'name' ? suffixAfterComma(tokens, read.end) : -1
  const mention =
    read && past > 0 && past <= high ? withSuffix(tokens, read, read.end + 1, past) : read
  // `reads the first line of an email Jane Doe sent`: a place in a paper is the paper's, whose
  // phrase says whose words they are.
  if (
    mention?.kind === 'anonymous' &&
    placesInPaper.has(mention.head) &&
    tokens[mention.end]?.lower === 'of'
  ) {
    const paper = mentionStartingAt(tokens, mention.end + 1, high)
    if (paper) return paper
  }
  // `said a group of students`: a collective's phrase runs on to the people it gathers.
  const people =
    mention && tokens[mention.end]?.lower === 'of' ? peopleAfter(tokens, mention.end - 1, high) : -1
  return mention && people > 0 ? withPeople(tokens, mention, people) : mention
}

// Whether the words from `index` are adverbials up to the end of the clause.
function closingAdverbials(tokens: readonly FrameToken[], index: number, high: number): boolean {
  const end = adverbialsEnd(tokens, index, high)
  // (`by the Coalition for Clean Rivers earlier this week said`, `… found`: or up to the verb.)
  const next = tokens[end]
  const verb =
    next?.cue === true ||
    (next?.word === true &&
      !next.capitalized &&
      (irregularPasts.has(next.lower) || next.lower.endsWith('ed')))
  return end > index && (end >= high || !next?.word || verb)
}

function phraseStartingAt(
  tokens: readonly FrameToken[],
  first: number,
  high: number,
): Mention | null {
  // `the Yes on Measure K Coalition`: a ballot campaign's name, read whole.
  const side = lowerAt(tokens, first) === 'the' ? first + 1 : first
  const ballot = ballotNameEnd(tokens, side, high)
  if (ballot > 0) return organizationName(tokens, side, ballot - 1)
  let last = first - 1
  for (let index = first; index < high && index < first + 10; index++) {
    const token = tokens[index] as FrameToken
    // (`secretary of state`: past an `of` the phrase goes on with, a cue's base form is a noun.)
    const noun =
      (index > first && nounAt(tokens, index)) ||
      modifiesRole(tokens, index) ||
      (lowerAt(tokens, index - 1) === 'of' && cueAsNoun(tokens, index)) ||
      beforeCapitalTitle(tokens, index)
    // `Keswin Gas & Electric`, `Morrow & Pike`: an ampersand between capitals joins a name.
    const ampersand =
      token.text === '&' &&
      index > first &&
      itemAt(tokens, index - 1)?.capitalized === true &&
      tokens[index + 1]?.capitalized === true
    if ((!token.word && !ampersand) || token.quote >= 0 || (isCue(token) && !noun)) break
    const word = bare(token)
    // `of` may join a name (`Republic of Korea`), and any link word an organization's
    // (`Coalition for Fair Housing`); other prepositions end the phrase.
    // `a colleague of Jane Doe` ends before `of`: only a title or a name goes on through it.
    const previous = itemAt(tokens, index - 1)
    const joinsOf =
      word === 'of' &&
      previous !== undefined &&
      (((tokens[index + 1]?.capitalized === true || complementArticle(tokens, index + 1)) &&
        (previous.capitalized || isTitle(previous))) ||
        complementBeforeName(tokens, index, first))
    if (
      prepositions.has(word) &&
      !token.nameWord &&
      !joinsOf &&
      !titleIn(tokens, index) &&
      // `said Member for Ripon Jo Roe`: a capitalized role's `for` and what it serves.
      !titleFor(tokens, index) &&
      !insideOrganizationName(tokens, index) &&
      // (`said an outside expert`: right after an article it modifies the head.)
      !(index > first && adjectivalPreposition(tokens, index))
    ) {
      break
    }
    // `said Speaker of the House Jane Doe`: `the` may open a title's complement.
    // `said the other`, `the other added`: a stand-in ends the phrase it heads.
    const standIn = standInHeads.has(word) && !(tokens[index + 1]?.word && !tokens[index + 1]?.cue)
    // `the two leaders`, `the three ministers`: a count after the article goes on to its noun.
    const count = groupCounts.has(word) && index === first + 1 && tokens[first]?.lower === 'the'
    if (
      index > first &&
      determiners.has(word) &&
      !complementArticle(tokens, index) &&
      !(previous?.lower === 'of' && complementBeforeName(tokens, index - 1, first)) &&
      // `Friends of the Orun River`: a cause's article inside a campaign's name.
      !((word === 'the' || word === 'a') && advocacyName(tokens, index - 1)) &&
      !standIn &&
      !count
    ) {
      break
    }
    // `said a bystander who filmed it`: a relative clause follows the phrase, not part of it;
    // `The accountant was blunt:` a verb ends the phrase too.
    // A modal that is a name here (`Theresa May`) is no verb; a past form after a name or a
    // noun is (`an angry Hollande retaliated`).
    if (index > first && (relativePronouns.has(word) || verbBefore(tokens, index))) break
    // `a lawyer representing the family`, `a man wearing a cap`: a participle after a noun for
    // someone opens a clause that modifies the phrase.
    // `the crowd loudly reprised`: an adverb after a noun belongs to the verb after it.
    const after = itemAt(tokens, index - 1) as FrameToken
    // (After an owner the adverb goes with a word for what they are: `the agency’s newly
    // appointed accountant`.)
    if (
      index > first &&
      isAdverb(token) &&
      !after.capitalized &&
      !isClosedClass(after) &&
      !isPossessive(after)
    ) {
      if (!isAdverb(after)) break
    }
    // (`the company’s longest-serving volunteer`: a compound that ends in `-ing` modifies.)
    const participle = !token.capitalized && word.endsWith('ing') && !word.includes('-')
    // `chief operating officer`, `managing director`: before a title the participle is part of it.
    const titled = tokens[index + 1]?.word === true && isTitle(tokens[index + 1] as FrameToken)
    if (
      index > first &&
      participle &&
      !titled &&
      headsPerson(itemAt(tokens, index - 1) as FrameToken)
    )
      break
    // `said the farmer again.`, `added a taxi driver late Friday.`: adverbs and time words that
    // close the clause follow the phrase, after a noun (`their last speechwriter`, `Jane Doe’s
    // last speechwriter` go on).
    if (
      index > first &&
      !token.capitalized &&
      !prepositions.has(word) &&
      !isClosedClass(itemAt(tokens, index - 1) as FrameToken) &&
      !isPossessive(itemAt(tokens, index - 1) as FrameToken) &&
      closingAdverbials(tokens, index, high)
    )
      break
    last = index
    if (isPossessive(token) && !tokens[index + 1]?.word) break
  }
  const generic = genericPhrase(tokens, first, last) ?? ownedPhrase(tokens, first, last)
  const end = last
  // Trim to the last word that can end a phrase: a name, pronoun or source noun. A few
  // modifiers before it belong to the phrase (`Tulsa police Chief Chuck Jordan`).
  for (; last >= first; last--) {
    let mention = mentionEndingAt(tokens, last, first)
    // `the president of Kellerton Regional Medical Center`: no person's name stops inside a run
    // of capitals the phrase goes on with.
    if (
      mention?.kind === 'name' &&
      !mention.organization &&
      last < end &&
      tokens[last]?.capitalized &&
      tokens[last + 1]?.capitalized &&
      !isPossessive(tokens[last + 1] as FrameToken)
    )
      mention = null
    // A whole article phrase beats a part of it (`a longtime party donor`, not `… party`).
    if (mention && generic && last < end) return generic
    // `a Jane Doe tweet`: a name after an indefinite article is not someone speaking, unless
    // it ends the phrase after modifiers (`a smiling Jane Doe said`).
    const article = tokens[first]?.lower === 'a' || tokens[first]?.lower === 'an'
    if (mention && article && mention.kind === 'name' && mention.first <= first + 4) {
      if (last === end && mention.first > first + 1 && modifiers(tokens, first + 1, mention.first))
        return mention
      // `an exhausted Dr. Priya Nair`: a title after the modifiers is read with the name.
      if (last === end && mention.first === first + 1 && mention.titles.length > 0) return mention
      break
    }
    if (mention && mention.first === first) return mention
    // Only content words may stand before the phrase (`Tulsa police Chief Chuck Jordan`), not
    // `when Doe` or `though she`.
    if (
      mention &&
      mention.first > first &&
      mention.first <= first + 4 &&
      modifiers(tokens, first, mention.first)
    ) {
      return changedMention(mention, { first })
    }
    // `said director of operations Raj Roe`: a role and its complement in lower case before
    // the name belong to the phrase.
    // (`said former secretary of state Raj Roe`: with modifiers before the role, as before a
    // name.)
    if (mention?.kind === 'name' && mention.first > first) {
      const role = roleBeforeName(tokens, mention.first, first)
      if (role === first || (role < mention.first && modifiers(tokens, first, role)))
        return changedMention(mention, { first })
    }
  }
  return generic
}

// `state Insurance Commissioner Jo Roe`: a cue's base form in lower case right before words in
// capitals that end on a title modifies the title (`state` is no verb there).
function beforeCapitalTitle(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  if (token.capitalized || cueForms.get(token.lower)?.base !== token.lower) return false
  for (let at = index + 1; at <= index + 3; at++) {
    const next = tokens[at]
    if (!next?.word || !next.capitalized) return false
    if (isTitle(next)) return true
  }
  return false
}

// `chief fire officer`, `call handler`: a cue's base form right before a noun for someone
// modifies it. So does its base or `-ing` form a few lower-case words before a noun for someone
// that a name follows, where no verb can stand: after the clause's cue or an article, or
// opening the sentence (`said warning coordination meteorologist Jana Roe`). After a comma it
// is a participle with its object (`she said, warning fellow lawmaker Jane Doe that …`).
function modifiesRole(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  const next = tokens[index + 1]
  if (next?.word !== true || next.capitalized) return false
  const cue = cueForms.get(token.lower)
  if (!cue) return false
  if (cue.base === token.lower && (isTitle(next) || headsPerson(next))) return true
  if (cue.base !== token.lower && !token.lower.endsWith('ing')) return false
  const before = itemAt(tokens, index - 1)
  const opens = before === undefined || (!before.word && before.text !== ',')
  if (!opens && !before?.cue && !inList(before, WordList.article)) return false
  for (let head = index + 1; head <= index + 3; head++) {
    const word = tokens[head]
    if (!word?.word || word.capitalized || isClosedClass(word) || word.cue) return false
    const named = tokens[head + 1]
    if ((isTitle(word) || headsPerson(word)) && named?.word && named.nameWord) return true
  }
  return false
}

// Closed-class words that may open a phrase before a name (`his friend Jane Doe`).
const phraseOpeners = new Set(['the', 'his', 'her', 'its', 'their'])

// `the email said`, `a fire department spokesman`: a cue word after an article or a possessive
// pronoun is a noun of the phrase.
function nounAt(tokens: readonly FrameToken[], index: number): boolean {
  return nounMarkers.has(itemAt(tokens, index - 1)?.lower ?? '')
}

const nounMarkers = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  // (`my first editor`, `our only witness`.)
  'my',
  'our',
  'your',
])

/**
 * The article phrase that ends at `last` (`a former spymaster`, `the pastry chef`), whatever its
 * head noun, known or not: an article, a few modifiers and a lower-case head.
 *
 * @param tokens The paragraph's tokens.
 * @param last Index of the head.
 * @param low Lowest index the phrase may start at.
 */
export function genericEndingAt(
  tokens: readonly FrameToken[],
  last: number,
  low: number,
): Mention | null {
  // (Up to five words between the article and the noun: `a visibly tired part-time taxi
  // dispatcher`.)
  for (let first = last - 1; first >= low && first >= last - 6; first--) {
    const token = tokens[first] as FrameToken
    if (!token.word) return null
    if (inList(token, WordList.genericOpener)) return genericPhrase(tokens, first, last)
    // `many commentators`, `several economists`: a quantifier opens a phrase for people.
    if (inList(token, WordList.quantifierOpener) && people(bare(tokens[last] as FrameToken)))
      return genericPhrase(tokens, first, last)
    // `Clinton’s introducer`, `his longtime fixer`: an owner opens the phrase as an article
    // does, when its noun is one for someone (an owner before any noun names a thing as often),
    // or a position a player plays (`the Kestrels’ center`).
    const owner = possessorEndingAt(tokens, first, low)
    const noun = bare(tokens[last] as FrameToken)
    if (owner && (someone(noun) || playingPositions.has(noun))) {
      const phrase = genericPhrase(tokens, first, last, owner.first)
      if (phrase) return phrase
    }
    // `Study’s lead author says ‘…’`: a headline drops the article before an owner's noun that
    // opens it, a word no name reads in, capitalized only for opening the sentence.
    if (first === low && token.initial && isPossessive(token) && !owner && someone(noun)) {
      const phrase = genericPhrase(tokens, first, last, first)
      if (phrase) return phrase
    }
    // (`Security researcher says ‘…’`, `Veteran nurse: ‘…’`: so does a role a word opening the
    // line says which of, before a noun for one person in lower case.)
    if (
      first === low &&
      low === 0 &&
      last - first <= 2 &&
      token.initial &&
      !isClosedClass(token) &&
      !isPossessive(token) &&
      givenNameGenderOf(token.lower) === undefined &&
      !(tokens[last] as FrameToken).capitalized &&
      listedPerson(noun) &&
      !isPeoplePlural(noun)
    ) {
      const phrase = genericPhrase(tokens, first, last, first)
      if (phrase) return phrase
    }
  }
  return null
}

// `Clinton’s introducer` read from its start: the owner's phrase that ends at `last`.
function ownedPhrase(tokens: readonly FrameToken[], first: number, last: number): Mention | null {
  const opener = tokens[first]
  if (last <= first || !opener) return null
  // (`van Dalen’s neighbour`: a name may open with a particle in lower case.)
  let surname = first
  while (surname < last && inList(tokens[surname], WordList.nameParticle)) surname++
  const particle = surname > first && tokens[surname]?.capitalized === true
  if (!opener.capitalized && !opener.nameWord && !possessivePronouns.has(opener.lower) && !particle)
    return null
  const phrase = genericEndingAt(tokens, last, first)
  return phrase?.first === first ? phrase : null
}

/**
 * Whether a word is the plural of a role (`senators`, `lawyers`, `spokesmen`): a group of
 * people holding it, read like `officials`.
 *
 * @param word Lower-case word.
 */
export function pluralRole(word: string): boolean {
  return pluralRoles.has(word)
}

/**
 * Whether the word at `index` is a plural for people (`Engineers`, `Evacuees`), alone and
 * capitalized only because it opens its sentence (past marks): a group, as `Residents` is, so
 * that what sets it off after it (`who worked on the line`, `at the sports hall`) is the group's.
 *
 * @param tokens The paragraph's tokens.
 * @param low First token of the sentence.
 * @param index Index of the word.
 */
export function openingGroupWord(
  tokens: readonly FrameToken[],
  low: number,
  index: number,
): boolean {
  const token = tokens[index] as FrameToken
  // (A word the text also writes as a name, `Sanders`, is one: the settled word says so. An
  // owner, `Teachers’ unions`, only says whose the group after it is.)
  if (
    !token.word ||
    !token.capitalized ||
    token.possessive ||
    token.nameWord ||
    itemAt(tokens, index + 1)?.nameWord
  )
    return false
  const lower = token.lower
  // (`Others` stands in for a group read elsewhere; `Messages` are papers, no people.)
  if (standInHeads.has(lower)) return false
  const singular = lower.replace(/s$/u, '')
  const people =
    isPeoplePlural(lower) ||
    (sShape(lower) &&
      someone(singular) &&
      !documentHeads.has(singular) &&
      !organizationHeads.has(singular))
  if (!people) return false
  for (let at = low; at < index; at++) if (tokens[at]?.word) return false
  return true
}

/**
 * The group an opening plural for people stands for (see {@link openingGroupWord}).
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the word.
 */
export function groupWordMention(tokens: readonly FrameToken[], index: number): Mention {
  const token = tokens[index] as FrameToken
  return {
    kind: 'anonymous',
    first: index,
    end: index + 1,
    // Written as inside a sentence: the capital only opened it.
    name: token.lower,
    titles: [],
    head: token.lower,
    organization: false,
    gender: 'unknown',
    plural: true,
    antecedent: undefined,
    role: undefined,
  }
}

// Built once: the scanner asks for every word it reads.
const pluralRoles: ReadonlySet<string> = new Set([...roleHeads].map(pluralOf))

// `Ranger says …`, `Harbor pilot says …`: a headline drops the article before a noun for
// someone that opens it, ahead of its cue. (Not a word the text writes as a name, `Baker said`,
// nor a title, which names read on from: `Justice vows`.)
function openingNoun(tokens: readonly FrameToken[], last: number, low: number): boolean {
  const token = tokens[last] as FrameToken
  if (!tokens[last + 1]?.cue || token.nameWord || isTitleWord(token.lower)) return false
  if (!someone(token.lower)) return false
  const opener = token.initial ? last : tokens[last - 1]?.initial ? last - 1 : -1
  return opener >= low && (opener === last || !tokens[opener]?.nameWord)
}

// Whether a noun names someone: a source noun, or an ending that makes a noun of a person.
function someone(head: string): boolean {
  if (listedPerson(head) || personNounEnding.test(head)) return true
  // `co-pilot`, `ex-wife`, `co-founder`: a compound's last part is its head.
  const dash = head.lastIndexOf('-')
  return dash > 0 && dash < head.length - 1 && someone(head.slice(dash + 1))
}

// Whether a word is a noun for someone that can end a phrase, not a title's modifier (`policy`
// in `policy director`) nor a function word an ending makes look like one (`another`).
function headsPerson(token: FrameToken): boolean {
  if (isClosedClass(token) || (isTitle(token) && !inList(token, WordList.roleHead))) return false
  return someone(bare(token))
}

// Whether a noun for someone is in a list: a source noun, a role or a title.
function listedPerson(head: string): boolean {
  return anonymousHeads.has(head) || roleHeads.has(head) || isTitleWord(head) || isPeopleNoun(head)
}

// `said the designer`, `the designer said`: a short phrase opened by an article, right at an
// attribution, names a source even when its noun is in no list.
function genericPhrase(
  tokens: readonly FrameToken[],
  first: number,
  last: number,
  ownerFirst = -1,
): Mention | null {
  const article = itemAt(tokens, first)
  const opens =
    inList(article, WordList.genericOpener) || inList(article, WordList.quantifierOpener)
  if (!article || (ownerFirst < 0 && !opens)) return null
  if (last <= first || last - first > 6 || !modifiers(tokens, first + 1, last + 1)) return null
  // Its last word is a common noun (`a 2008 campaign veteran`), not a name (`a Jane Doe`) or a
  // preposition (`a candidate on`).
  const ending = tokens[last] as FrameToken
  if ((ending.capitalized && !demonymHead(tokens, last)) || inList(ending, WordList.preposition)) {
    return null
  }
  const start = ownerFirst < 0 ? first : ownerFirst
  const name = textOf(tokens, start, last)
  const head = bare(tokens[last] as FrameToken)
  const opener = tokens[start] as FrameToken
  return {
    kind: 'anonymous',
    first: start,
    end: last + 1,
    // An article is written as inside a sentence; an owner's name as it is.
    name:
      inList(opener, WordList.determiner) ||
      inList(opener, WordList.genericOpener) ||
      opener.pronoun ||
      possessivePronouns.has(opener.lower)
        ? opener.lower + name.slice(opener.text.length)
        : name,
    titles: [],
    head,
    organization: false,
    gender: genderedTitles[head] ?? 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

// `the Swede said`, `the 23-year-old Uruguayan told`: a people's noun heads the phrase when no
// noun follows it (`the Chilean demands` is about demands).
function demonymHead(tokens: readonly FrameToken[], last: number): boolean {
  if (!isDemonym((tokens[last] as FrameToken).lower)) return false
  const next = tokens[last + 1]
  return !next?.word || next.cue || isClosedClass(next)
}

// Whether a party's word (`Republican`, `Democrat`) stands before a given name.
function partyWordBefore(word: FrameToken, next: FrameToken): boolean {
  // (So does a people's word: `Norwegian Lars Haugen`.)
  if (isDemonym(word.lower) && givenName(next.lower)) return true
  return !/^[DRI]-/u.test(word.text) && partyOf(word.text) !== undefined && givenName(next.lower)
}

function nameEndingAt(tokens: readonly FrameToken[], last: number, low: number): Mention | null {
  // `the Yes on Question 2 Coalition`: a ballot campaign's name, read whole.
  for (let side = last - 3; side >= low && side >= last - 8; side--) {
    if (ballotSide(tokens[side]) && ballotNameEnd(tokens, side, last + 1) === last + 1)
      return organizationName(tokens, side, last)
  }
  let first = last
  // A name with its titles is a few words (`Minister of State for Youth and Sports Lan Pham`):
  // a run read back no further keeps a paragraph of joined capitals from costing its square.
  while (first - 1 >= low && last - first < longestName) {
    const previous = itemAt(tokens, first - 1) as FrameToken
    // `Harlan Tool & Die Co.`, `Procter & Gamble`: an ampersand between capitals joins a body's
    // name.
    if (previous.text === '&' && first - 2 >= low && itemAt(tokens, first - 2)?.nameWord) {
      first--
      continue
    }
    // `Imran Qureshi of Channel 7 News`, `Formula 1 Group`: a number between capitals inside a
    // body's name, which its head word ends.
    if (
      digitsStart.test(previous.text) &&
      first <= last &&
      first - 2 >= low &&
      itemAt(tokens, first - 2)?.capitalized &&
      organizationHeads.has(bare(tokens[last] as FrameToken))
    ) {
      first--
      continue
    }
    // `the 12th Air Defence Regiment`, `the 1st Marine Battalion`: an ordinal opens a unit's
    // name, which a body's head word ends, after an article.
    if (
      ordinal.test(previous.text) &&
      first <= last &&
      organizationHeads.has(bare(tokens[last] as FrameToken)) &&
      inList(itemAt(tokens, first - 2), WordList.article)
    ) {
      first--
      break
    }
    if (!previous.word || previous.quote >= 0) break
    const word = bare(previous)
    const beforeJoin = itemAt(tokens, first - 2)
    const joins =
      // `von der Leyen`, `bin Salman`: a particle before a surname is part of it.
      isNameParticle(previous.text, previous.lower) ||
      (word === 'of' &&
        beforeJoin !== undefined &&
        (beforeJoin.capitalized || isNameWord(beforeJoin) || isTitle(beforeJoin))) ||
      // `ambassador to Chile Jane Doe`: a role and where it serves; `Minister for Health Jane
      // Doe`: a title and what it serves.
      (word === 'to' && beforeJoin !== undefined && inList(beforeJoin, WordList.roleHead)) ||
      titleIn(tokens, first - 1) ||
      titleFor(tokens, first - 1) ||
      complementAnd(tokens, first - 1) ||
      complementArticle(tokens, first - 1) ||
      // `Friends of the Orun River`, `Parents for a Safe Skelder Valley`: a cause's article
      // inside a campaign's name.
      ((word === 'the' || word === 'a') && advocacyName(tokens, first - 2)) ||
      // (Its plural opens it, at the sentence's start too: `Doctors for the Valley said`.)
      (previous.capitalized && advocacyName(tokens, first)) ||
      // `the Yes on Measure K Coalition`: a ballot campaign's side opens its name.
      (word === 'on' && ballotSide(beforeJoin)) ||
      (ballotSide(previous) && tokens[first]?.lower === 'on') ||
      (word === 'the' && titleFor(tokens, first - 2)) ||
      // `President and CEO Jane Doe`: two titles joined.
      (word === 'and' &&
        beforeJoin !== undefined &&
        isTitle(beforeJoin) &&
        first <= last &&
        isTitle(tokens[first] as FrameToken)) ||
      insideOrganizationName(tokens, first - 1)
    if (isNameWord(previous) || isTitle(previous) || joins) first--
    else break
  }
  // `a friend of Jane Doe`, `Supporters of Jane Doe`: a link word after a word that is no
  // title opens no title; the phrase before it is another's.
  for (let index = last - 1; index >= first; index--) {
    const link = tokens[index] as FrameToken
    if (!titleLinks.has(link.text)) continue
    const before = itemAt(tokens, index - 1)
    // `Jane Doe of Springfield` keeps its name (see personBeforeOf).
    const kept =
      before !== undefined &&
      (isTitle(before) ||
        organizationHead(before) ||
        // `Khalid al-Mansouri of …`: a surname a particle opens.
        (!before.capitalized && isNameWord(before)) ||
        // A capital opening the phrase may only open the sentence (`Supporters of …`), unless
        // a cause follows (`Parents for Clean Air`).
        (before.capitalized &&
          (!(index - 1 === first && inList(before, WordList.anonymousHead)) ||
            advocacyName(tokens, index))))
    if (index === first || !kept) {
      first = index + 1
      break
    }
  }
  // `the Secretary of State`, `the President`: title words alone after an article are a role.
  if (inList(itemAt(tokens, first - 1), WordList.article)) {
    const role = titleRole(tokens, first, last)
    if (role >= 0) return rolePhrase(tokens, first - 1, last, role)
  }
  // `the Minister of State for Health`: after an article, a run a role opens, with bodies only
  // in its complement and no person after it, is the role, not a body's name.
  if (
    inList(itemAt(tokens, first - 1), WordList.article) &&
    first < last &&
    inList(tokens[first] as FrameToken, WordList.roleHead) &&
    titleLink(tokens, first + 1) &&
    !titledPerson(tokens, first, last)
  ) {
    return rolePhrase(tokens, first - 1, last, first)
  }
  // A leading possessive belongs to an organization's name (`Freedonia’s Foreign Ministry`)
  // but only qualifies a person (`the mayor’s envoy Alex Roe`).
  const headToken = tokens[last] as FrameToken
  const head = bare(headToken)
  // `founder and CEO of Harborline Foods`: a role's title and its `of` opening a run that a
  // body's name ends, with no person after it, serve that body, as a title in lower case does
  // (`chief executive of Harborline Foods`); the body, of two words or more (not `Secretary of
  // Energy`), is the name.
  // (Titles joined before the link, `President and CEO of`, are one role.)
  let link = first + 1
  while (
    link < last &&
    (tokens[link]?.lower === 'and' || inList(tokens[link] as FrameToken, WordList.roleHead))
  )
    link++
  if (
    link + 1 < last &&
    inList(tokens[link - 1] as FrameToken, WordList.roleHead) &&
    tokens[link]?.lower === 'of' &&
    titleLink(tokens, link) &&
    (tokens[link + 1] as FrameToken).capitalized &&
    (companyWords.has(head) || organizationHeads.has(head)) &&
    !titledPerson(tokens, first, last)
  )
    return organizationName(tokens, link + 1, last)
  const organization =
    !affiliatedPerson(tokens, first, last) &&
    (organizationHeads.has(head) ||
      // `Norvessan State Railways`: a company's last word ends a body's name, title words and
      // all.
      (first < last && companyWords.has(head)) ||
      // (`Okoro & Partners analyst Tane Walker`: a person the body's role names.)
      (ampersandIn(tokens, first, last) && !titledPerson(tokens, first, last)) ||
      prepositionIn(tokens, first, last) ||
      (headBeforeLink(tokens, first, last) && !titledPerson(tokens, first, last)) ||
      // `Transit Workers Union Local 309`, `Teamsters Local 727`: a union's numbered local.
      (last - 1 > first &&
        itemAt(tokens, last - 1)?.lower === 'local' &&
        /^\d/u.test((tokens[last] as FrameToken).text) &&
        !isTitle(tokens[first] as FrameToken)) ||
      // `Congregation Ohel Tamar`, `Temple Sinai of Larkmoor`: a house of worship's noun may
      // open its name, when no title makes it a person's and no given name follows it.
      (first < last &&
        worshipNouns.has(bare(tokens[first] as FrameToken)) &&
        !titledPerson(tokens, first, last) &&
        !givenNameGender.has(bare(tokens[first + 1] as FrameToken))) ||
      // `NATO`, not `CFO`: a role in capitals is no body.
      (first === last &&
        !inList(headToken, WordList.roleHead) &&
        mayBeAcronym((tokens[last] as FrameToken).text) &&
        acronym.test((tokens[last] as FrameToken).text.replace(/['’]s$/u, ''))))
  if (organization) return organizationName(tokens, first, last)
  let nameStart = last + 1
  while (nameStart - 1 >= first) {
    const candidate = itemAt(tokens, nameStart - 1) as FrameToken
    if (
      !(
        isNameWord(candidate) ||
        isNameParticle(candidate.text, candidate.lower) ||
        candidate.text === '&' ||
        // (`Channel 7 News`: a number inside a body's name, as read above.)
        (digitsStart.test(candidate.text) &&
          organizationHeads.has(head) &&
          itemAt(tokens, nameStart - 2)?.capitalized === true)
      ) ||
      isPossessive(candidate) ||
      // `Retiree Arjun Chaudhry weighed in`: a noun for people capitalized only because it opens
      // the sentence is what the person is, before their name.
      (nameStart <= last &&
        openingRole(
          candidate,
          tokens[nameStart],
          last + 1 - nameStart,
          itemAt(tokens, nameStart - 2),
          tokens[last + 1]?.text === ':',
        ) &&
        !tradeNameAfter(tokens, nameStart, last)) ||
      // `Republican Donald Trump`: a party's word before a name says what the person is, as a
      // title does, wherever it stands.
      (nameStart < last && partyWordBefore(candidate, tokens[nameStart] as FrameToken))
    )
      break
    // `Martin Luther King Jr.`: a title word before nothing but a suffix is a surname, and
    // one that is a given name too opens the name unless a full name follows (`Dean Baker`).
    // (`Garmere General Hospital`, `the General Assembly`: no title before a body's head; nor
    // before a firm's trade, `Mistral Activist Partners`.)
    if (
      isTitle(candidate) &&
      !titleModifiers.has(candidate.lower) &&
      nameStart <= last &&
      !onlySuffix(tokens, nameStart, last) &&
      !organizationHeads.has(bare(tokens[nameStart] as FrameToken)) &&
      !(nameStart === last && tradeEndings.has(bare(tokens[nameStart] as FrameToken))) &&
      !(givenNameTitles.has(candidate.lower) && !titleBeforeName(tokens, nameStart, last))
    )
      break
    // (`Officer in Charge Jane Doe`: what a title's `in` names is the title's.)
    if (titleIn(tokens, nameStart - 2)) break
    nameStart--
  }
  // `Carmen Voss of King’s College London`: a possessive inside the body a person is of
  // (`St. John’s University`) stops no name; the body runs from the `of`.
  if (nameStart > first && isPossessive(itemAt(tokens, nameStart - 1) as FrameToken)) {
    let link = nameStart - 1
    while (link > first && link >= nameStart - 3 && tokens[link]?.lower !== 'of') link--
    // Two name words before the `of` with no body's head are a person's name even with no
    // given name known (`Tessa Kowalski of King’s College London`): a body's name seldom runs
    // on to a possessive after its `of`.
    const person =
      tokens[link]?.lower === 'of' &&
      (affiliatedPerson(tokens, first, last) ||
        (link - nameWordsBefore(tokens, first, link) >= 2 &&
          !organizationHeads.has(bare(itemAt(tokens, link - 1) as FrameToken))))
    if (person) nameStart = link + 1
  }
  if (nameStart > last) {
    // Only title words (`White House`): a name all the same, if capitalized.
    return organizationName(tokens, first, last)
  }
  // `New Zealand’s Justice Minister`: a role's word alone after a title word is the role, no
  // one's name (`Martin Luther King` ends on a name word before it, `Mr. King` on an honorific).
  if (
    nameStart === last &&
    nameStart > first &&
    inList(headToken, WordList.roleHead) &&
    isTitle(itemAt(tokens, last - 1) as FrameToken) &&
    // `Mr. King`, `Dr. Prince`: after an honorific the word is a surname.
    !honorific(itemAt(tokens, last - 1)) &&
    !givenNameGender.has(bare(itemAt(tokens, last - 1) as FrameToken))
  ) {
    return {
      kind: 'anonymous',
      first,
      end: last + 1,
      name: textOf(tokens, first, last),
      titles: [],
      head,
      organization: false,
      gender: genderedTitles[head] ?? 'unknown',
      plural: false,
      antecedent: undefined,
      role: undefined,
    }
  }
  // `Minister for Foreign Affairs Jane Doe`: a title word inside the complement stopped the
  // name short of it; the complement runs from its link, past capitals only.
  if (nameStart > first + 1 && !titleLink(tokens, nameStart - 1)) {
    let link = nameStart - 1
    while (link > first && (tokens[link] as FrameToken).capitalized) link--
    if (link < nameStart - 1 && titleLink(tokens, link)) nameStart = link + 1
  }
  // `ambassador to Chile Jane Doe`, `Secretary of Homeland Security Jane Doe`: after a
  // title's `to` or `of`, places and the words before a given name complete the title.
  if (
    nameStart > first &&
    (titleLink(tokens, nameStart - 1) ||
      complementArticle(tokens, nameStart - 1) ||
      complementAnd(tokens, nameStart - 1))
  ) {
    // (A title in lower case set off after a name, by a comma, a dash or a bracket, is that
    // name's role: only a given name opens another person's name inside it, `Rafael Montoya,
    // chief executive of Blue Harbor Freight,` and `Fatoumata Diallo — chief executive of
    // Okavango Beverages —` name none.)
    // (`the incumbent mayor of Gallowmere`: past words in lower case that modify the title.)
    let lead = first
    while (lead > low && lead > first - 3 && modifierBefore(itemAt(tokens, lead - 1))) lead--
    const aside =
      asideOpeners.has(itemAt(tokens, lead - 1)?.text ?? '') &&
      !(tokens[first] as FrameToken).capitalized
    const article = inList(itemAt(tokens, lead - 1), WordList.article)
    // (After an article too: `the founder of North Star Chocolates` names no one after its
    // body; a person's name after the complement opens with a given name there.)
    nameStart = complementEnd(tokens, nameStart, last, aside || article)
    // `the mayor of Springfield`, `the former ambassador to Chile`: after an article, a title
    // whose complement is all there is names a role, not the person. So does one in lower case
    // set off after a comma (`Ravi Roe, chief executive of Arcturus Telecom, said`).
    const link = nameStart - 1
    const servedAs =
      itemAt(tokens, first - 1)?.lower === 'as' && !(tokens[first] as FrameToken).capitalized
    // (`Valmora’s ambassador to Orlavia`: an owner opening the run stands where the article
    // does.)
    const owned = isPossessive(tokens[first] as FrameToken) && first + 1 < link
    const complement = titleLink(tokens, link) || complementAnd(tokens, link)
    // (`won a second term as mayor of Coldspring`: after `as`, what someone serves as names no
    // one new, and its complement no one at all.)
    if (complement && servedAs) return null
    if (complement && (article || aside || owned)) {
      let role = link - 1
      while (role > first && !isTitle(tokens[role] as FrameToken)) role--
      return rolePhrase(tokens, article ? lead - 1 : aside ? lead : first, last, role)
    }
  }
  // `Jane Doe of Springfield`: a full name, then where the person is from.
  let nameEnd = last
  const from = personBeforeOf(tokens, first, nameStart)
  // A capitalized source noun (`Officials said`, `a Nevada Democrat`) heads a common phrase,
  // unless it ends where a person is from (`Prof. Jane Doe of Yale University`), or a run of
  // capitals ends on it after a noun for a body (`the weekly Qaryat Falls Observer`) or after
  // `the` with an agent's noun at its end that is no title (`the Ombria Energy Regulator`, not
  // `the Wisconsin Republican`): people's names take no article, and a role's ends on a title.
  const before = itemAt(tokens, first - 1)
  const article =
    before?.lower === 'the' &&
    !isTitle(headToken) &&
    !plural(tokens[last] as FrameToken) &&
    agentNoun.test(head) &&
    !givenNameIn(tokens, first, last)
  const bodyNoun =
    before?.word === true && !before.capitalized && organizationHeads.has(before.lower)
  if (first < last && article && from < 0) return organizationName(tokens, first, last)
  // (After a family name written first, `Son` or `Man` is the given name it precedes: `Vo
  // Thanh Son`.)
  if (
    inList(headToken, WordList.anonymousHead) &&
    from < 0 &&
    !(first < last && bodyNoun) &&
    !(first < last && familyNamesFirst.has(bare(tokens[first] as FrameToken)) && !plural(headToken))
  )
    return null
  // `the National Academies of Sciences`: after an `of` that no title governs, the words are
  // a body's name, not a title before a person's. A word alone may only open the sentence
  // (`Footage of Al-Awlaki`), and `Mr. Nevins of Showtime` is a person's.
  if (from < 0 && nameStart > first + 1 && itemAt(tokens, nameStart - 1)?.lower === 'of') {
    let titled = false
    for (let index = first; index < nameStart - 1; index++) {
      const token = tokens[index] as FrameToken
      titled ||= isTitle(token) && (inList(token, WordList.roleHead) || honorific(token))
    }
    const opensSentence = nameStart - 2 === first && !itemAt(tokens, first - 1)?.word
    if (!titled && !opensSentence && !titleLink(tokens, nameStart - 1))
      return organizationName(tokens, first, last)
  }
  if (from >= 0) {
    nameEnd = from
    while (tokens[nameEnd + 1]?.lower !== 'of') nameEnd++
    nameStart = from
  }
  // `the Red Cross`, `the Springfield Tigers`: a name right after `the`, with no title and no
  // given name, names a body; people's names take no article. So does one right after a noun
  // for a body (`the news outlet Threatwire`, `the housing charity Homes First`).
  const body = itemAt(tokens, first - 1)
  if (
    nameStart === first &&
    body?.word === true &&
    !body.capitalized &&
    organizationHeads.has(body.lower) &&
    !givenNameGender.has(bare(tokens[first] as FrameToken))
  ) {
    return organizationName(tokens, first, last)
  }
  if (
    nameStart === first &&
    itemAt(tokens, first - 1)?.lower === 'the' &&
    !givenNameGender.has(bare(tokens[first] as FrameToken)) &&
    !inList(tokens[first] as FrameToken, WordList.nameParticle)
  ) {
    return organizationName(tokens, first, last)
  }
  const titles: string[] = []
  let gender: Gender = 'unknown'
  // `Union chairman Esther Doe`: a role's `-man` is said of anyone; a given name that shows a
  // gender says more. An honorific (`Mr.`) says the most.
  const given =
    nameStart < nameEnd ? givenNameGenderOf(bare(tokens[nameStart] as FrameToken)) : undefined
  for (let index = first; index < nameStart; index++) {
    const word = bare(tokens[index] as FrameToken)
    if (given && given !== 'unknown' && word.endsWith('man')) continue
    gender = genderedTitles[word] ?? gender
  }
  if (first < nameStart) titles.push(textOf(tokens, first, nameStart - 1))
  return {
    kind: 'name',
    // The words that modify a role join the mention, so that they stand as no phrase of their
    // own, but not its titles: `Democratic front-runner` says which race, not an office.
    first: roleModifiersStart(tokens, first, nameStart, low),
    end: last + 1,
    name: textOf(tokens, nameStart, nameEnd),
    titles,
    head: nameEnd === last ? head : bare(tokens[nameEnd] as FrameToken),
    organization: false,
    gender,
    // `many Orcadians`, `Nigerians`: a people's name in `-ians`, alone, is a group.
    plural: nameStart === nameEnd && first === nameStart && peopleName.test(head),
    antecedent: undefined,
    role: undefined,
  }
}

// The plural of a people's name (`Orcadians`, `Canadians`), which no surname takes.
const peopleName = /^[a-z]{4,}ians$/u

// Nouns for one who does something (`regulator`, `observer`, `guardian`), as bodies and papers
// are named.
const agentNoun = /(?:er|or|ian)$/u

// Whether a given name stands in `[first, last]` (`the New Yorker writer Mark Singer`): then the
// run ends on a person's surname, whatever it looks like.
function givenNameIn(tokens: readonly FrameToken[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) {
    if (givenNameGender.has(bare(tokens[index] as FrameToken))) return true
  }
  return false
}

// Tokens a name and its titles may run to.
const longestName = 24

// `chief fire officer Prakash Roe`, `Met Office deputy chief meteorologist Graeme Roe`,
// `Tuskers director of cricket Rohan Roe`: the words that say which role a noun for someone
// right before a name is belong to its title, not to a phrase of their own. They run back to
// the clause's edge (an article, an owner, punctuation or a quote); a run that a preposition, a
// verb or a conjunction ends is left alone.
function roleModifiersStart(
  tokens: readonly FrameToken[],
  first: number,
  nameStart: number,
  low: number,
): number {
  let start = first
  // A noun for someone alone before a name (`actress Jane Doe`) stays out of the title: only
  // the words that modify it make a role of it.
  const bareRole = start === nameStart
  if (bareRole) {
    start = roleBeforeName(tokens, nameStart, low)
    if (start === nameStart) return first
  }
  const role = start
  while (start - 1 >= low) {
    const previous = itemAt(tokens, start - 1) as FrameToken
    if (!previous.word || previous.quote >= 0 || isPossessive(previous)) break
    if (previous.lower === 'and' || previous.lower === '&') {
      // `Oceans and Fisheries Minister`: only a portfolio of single capitals that opens the
      // clause; `Mayor Jane Doe and Fire Chief Tom Roe` are two people.
      const joined = itemAt(tokens, start - 2)
      if (
        start - 2 < low ||
        !joined?.capitalized ||
        !tokens[start]?.capitalized ||
        !clauseEdge(itemAt(tokens, start - 3)) ||
        givenNameGender.has(bare(joined))
      )
        break
      start -= 2
      continue
    }
    if (isClosedClass(previous) || previous.pronoun) break
    // `fire officer`, `press secretary`: a cue's base form before the role is a noun.
    if (previous.cue && cueForms.get(previous.lower)?.base !== previous.lower) break
    if (/^\d/u.test(previous.text)) break
    if (!previous.capitalized && (verbBefore(tokens, start - 1) || isAdverb(previous))) break
    start--
  }
  // A run that a verb or a conjunction ends may be another phrase's words (`said Democratic
  // front-runner Jane Doe`): only a clause's edge bounds a title.
  if (bareRole && start === role) return first
  return start - 1 < low || clauseEdge(itemAt(tokens, start - 1)) ? start : first
}

// Where a role right before a name starts, or `nameStart` when there is none: a lower-case noun
// for someone (`meteorologist Graeme Roe`), or a role's `of` and its complement (`director of
// cricket Rohan Roe`).
function roleBeforeName(tokens: readonly FrameToken[], nameStart: number, low: number): number {
  const role = itemAt(tokens, nameStart - 1)
  // (`secretary of state`: a cue's base form after `of` is a noun.)
  const verb = role?.cue === true && !cueAsNoun(tokens, nameStart - 1)
  if (!role?.word || role.capitalized || role.quote >= 0 || isClosedClass(role) || verb)
    return nameStart
  // (A plural is no one's role; it may end a role's complement: `dean of students`.)
  if (headsPerson(role) && !verbBefore(tokens, nameStart - 1) && !pluralNoun(role.lower))
    return nameStart - 1
  // The complement is one or two words in lower case, after an article if any (`director of the
  // museum`, `captain of the team`).
  let words = 0
  for (let of = nameStart - 2; of >= low + 1 && words < 2; of--) {
    const link = tokens[of] as FrameToken
    if (link.lower === 'of') {
      const head = itemAt(tokens, of - 1) as FrameToken
      // (`then-secretary of state`, `ex-chief of staff`: a role at another time is one.)
      const role = head.lower.replace(formerPrefix, '')
      return head.word &&
        !head.capitalized &&
        roleWithCharge(role, tokens[nameStart - 1] as FrameToken)
        ? of - 1
        : nameStart
    }
    if (inList(link, WordList.article) && tokens[of - 1]?.lower === 'of') continue
    if (!link.word || link.capitalized || isClosedClass(link) || link.cue) return nameStart
    words++
  }
  return nameStart
}

const formerPrefix = /^(?:ex|then)-/u

// Whether a noun in lower case before `of` is a role whose `of` says what it has charge of
// (`director of cricket`, `dean of students`, `curator of prints`): a role's head; or a title
// or a noun for someone, no one's kin, when the word before the name is no noun for one person
// (that would be the name's own role: `a fan of singer Jo Roe`).
function roleWithCharge(head: string, beforeName: FrameToken): boolean {
  if (roleHeads.has(head)) return true
  if (kinNouns.has(head) || !(isTitleWord(head) || isPeopleNoun(head))) return false
  return !someone(bare(beforeName)) || pluralNoun(beforeName.lower)
}

// Whether a noun for someone is plural: in the list of plurals, or with a plural's `-s`
// (`students`; not `boss` nor `witness`).
function pluralNoun(word: string): boolean {
  return isPeoplePlural(word) || /[^s]s$/u.test(word)
}

/** Marks that set off an aside after a name: a comma, a dash or a bracket. */
export const asideOpeners: ReadonlySet<string> = new Set([',', '—', '–', '--', '('])

// `director of cricket Raj Roe`: a role's `of` at `of` and its complement in lower case before
// a name.
// (`chair of the board Jo Roe`: after an article if any.)
function complementBeforeName(tokens: readonly FrameToken[], of: number, low: number): boolean {
  const start = inList(tokens[of + 1], WordList.article) ? of + 2 : of + 1
  const name = start + lowerRun(tokens, start)
  return tokens[name]?.nameWord === true && roleBeforeName(tokens, name, low) === of - 1
}

// How many lower-case content words run from `start`, up to two.
function lowerRun(tokens: readonly FrameToken[], start: number): number {
  let count = 0
  while (count < 2) {
    const token = tokens[start + count]
    if (!token?.word || token.capitalized || isClosedClass(token)) break
    if (token.cue && !cueAsNoun(tokens, start + count)) break
    count++
  }
  return count
}

// Whether a token ends what came before a phrase: nothing, punctuation, an article or an owner.
// After a preposition the words may be the governed phrase's own (`To Florida consultant Roe,`).
function clauseEdge(token: FrameToken | undefined): boolean {
  return (
    token === undefined || !token.word || isPossessive(token) || inList(token, WordList.article)
  )
}

// Whether a word may modify a title before it in lower case (`incumbent`, `former`, `deputy`):
// a word in lower case, no closed-class word, cue or possessive.
function modifierBefore(token: FrameToken | undefined): boolean {
  return (
    token?.word === true &&
    !token.capitalized &&
    !token.cue &&
    !isClosedClass(token) &&
    !isPossessive(token) &&
    token.quote < 0
  )
}

// `Mr.`, `Dr`, `Sen.`: a title before a person's name, not a role's noun.
function honorific(token: FrameToken | undefined): boolean {
  return (
    token !== undefined &&
    (genderedTitles[bare(token)] !== undefined ||
      token.text.endsWith('.') ||
      (token.capitalized &&
        token.text.length <= 4 &&
        isTitle(token) &&
        !inList(token, WordList.roleHead)))
  )
}

// The last role word of a phrase of title words alone (`Secretary` in `Secretary of State`),
// or -1 when a word is no title word or none is a role.
function titleRole(tokens: readonly FrameToken[], first: number, last: number): number {
  let role = -1
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as FrameToken
    // `the Health Secretary`: a portfolio before a title.
    const portfolio = portfolioWords.has(bare(token)) && index < last
    if (!isTitle(token) && !portfolio) return -1
    if (inList(token, WordList.roleHead)) role = index
  }
  // The role ends the phrase or takes a complement (`Secretary of State`); before a noun it only
  // modifies it (`the General Staff`).
  return role === last || titleLinks.has(tokens[role + 1]?.text ?? '') ? role : -1
}

// Whether a token is a generational suffix (`Jr.`, `III`).
function isSuffix(token: FrameToken | undefined): boolean {
  return token?.word === true && nameSuffixes.has(token.lower.replace(/\.$/u, ''))
}

// A name's mention run on past a comma to the suffix at `suffix` (`Marcus Bell, Jr.`), its
// name written without the comma, ending before `end`.
function withSuffix(
  tokens: readonly FrameToken[],
  named: Mention,
  suffix: number,
  end: number,
): Mention {
  return changedMention(named, {
    end,
    name: `${named.name} ${textOf(tokens, suffix, end - 1)}`,
  })
}

/**
 * The index past a generational suffix set off by a comma at `comma` (`, Jr.`), or -1.
 *
 * @param tokens The paragraph's tokens.
 * @param comma Where the comma may stand.
 */
export function suffixAfterComma(tokens: readonly FrameToken[], comma: number): number {
  if (tokens[comma]?.text !== ',' || !isSuffix(tokens[comma + 1])) return -1
  return tokens[comma + 2]?.text === '.' && !/\.$/u.test(tokens[comma + 1]?.text ?? '')
    ? comma + 3
    : comma + 2
}

// Whether tokens `first`–`last` are a generational suffix alone (`Jr.`, `III`).
function onlySuffix(tokens: readonly FrameToken[], first: number, last: number): boolean {
  const end = tokens[first + 1]?.text === '.' ? first + 1 : first
  return end >= last && isSuffix(tokens[first])
}

const titleLinks = new Set(['of', 'to', 'for', 'on'])

// A role with what it is of or to (`the mayor of Springfield`), headed by the role.
function rolePhrase(
  tokens: readonly FrameToken[],
  first: number,
  last: number,
  role: number,
): Mention {
  const opener = tokens[first] as FrameToken
  const article = opener.lower
  const head = bare(tokens[role] as FrameToken)
  const name = textOf(tokens, first, last)
  return {
    kind: article === 'the' && roleHeads.has(head) ? 'description' : 'anonymous',
    first,
    end: last + 1,
    // (An owner's name keeps its capital: `Valmora’s ambassador to Orlavia`.)
    name: articles.has(article) ? article + name.slice(article.length) : name,
    titles: [],
    head,
    organization: false,
    gender: genderedTitles[head] ?? 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

/**
 * The body a person's title names before it, or null: `Ostrander Builders chief executive
 * Lakshmi Roe`, `Allied Nurses Union president Pedro Roe`. The run of capitalized words opening
 * the mention, before a title in lower case that a body gives, is the body's name when it has
 * two words or more or ends in a body's word; no given name opens it (`Hillary Clinton
 * spokesman`).
 *
 * @param tokens The paragraph's tokens.
 * @param mention A person's name with its title.
 */
export function bodyBeforeTitle(tokens: readonly FrameToken[], mention: Mention): Mention | null {
  let at = mention.first
  while (at < mention.end) {
    const token = tokens[at] as FrameToken
    if (!token.word || !token.capitalized || isTitleWord(token.lower) || token.possessive) break
    at++
  }
  const title = tokens[at]
  if (at === mention.first || !title?.word || title.capitalized || !bodyTitles.has(title.lower))
    return null
  const last = tokens[at - 1] as FrameToken
  const head = bare(last)
  if (at - mention.first < 2 && !companyWords.has(head) && !organizationHeads.has(head)) return null
  if (givenNameGenderOf((tokens[mention.first] as FrameToken).lower)) return null
  return organizationName(tokens, mention.first, at - 1)
}

// Titles in lower case that a company, a union or another body gives (`chief executive`,
// `president`, `spokesperson`), not a place or a party (`governor`, `presidential`).
const bodyTitles = new Set([
  'chief',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'chairman',
  'chairwoman',
  'chair',
  'founder',
  'co-founder',
  'president',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'boss',
  'executive',
  'economist',
  'analyst',
])

function organizationName(tokens: readonly FrameToken[], first: number, last: number): Mention {
  // Start at the first capitalized word: lower-case modifiers are not part of the name. (An
  // ordinal opening a unit's name is: `12th Air Defence Regiment`.)
  let start = first
  while (
    start < last &&
    !(tokens[start] as FrameToken).capitalized &&
    !ordinal.test((tokens[start] as FrameToken).text)
  )
    start++
  return {
    kind: 'name',
    first: start,
    end: last + 1,
    name: textOf(tokens, start, last),
    titles: [],
    head: bare(tokens[last] as FrameToken),
    organization: true,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

function commonEndingAt(tokens: readonly FrameToken[], last: number, low: number): Mention | null {
  // `the Drisdale Infrastructure Agency’s record`: a body's name as an owner is the name.
  const ending = tokens[last] as FrameToken
  if (ending.possessive && ending.capitalized && organizationHeads.has(ending.bare))
    return possessorEndingAt(tokens, last, low)
  let headIndex = last
  let headToken = tokens[last] as FrameToken
  let head = bare(headToken)
  if (
    !inList(headToken, WordList.anonymousHead) &&
    !inList(headToken, WordList.roleHead) &&
    !pluralRole(head) &&
    !isPeoplePlural(head) &&
    !modifiedCollective(tokens, last, low) &&
    !pluralByEnding(tokens, last, head) &&
    !openingNoun(tokens, last, low)
  ) {
    // `a person familiar with the talks`: the head sits before its postmodifier.
    headIndex = postmodifiedHead(tokens, last, low)
    if (headIndex < 0) return null
    headToken = tokens[headIndex] as FrameToken
    head = bare(headToken)
  }
  let first = headIndex
  let determiner = ''
  while (first - 1 >= low && headIndex - first < 6) {
    const previous = itemAt(tokens, first - 1) as FrameToken
    if (!previous.word || previous.quote >= 0 || (isCue(previous) && !nounAt(tokens, first - 1)))
      break
    const word = bare(previous)
    // `his head`, `their lawyer`: a possessive pronoun opens the phrase like an article.
    if (determiners.has(word) || possessivePronouns.has(word)) {
      determiner = word
      first--
      break
    }
    if (
      (prepositions.has(word) ||
        conjunctions.has(word) ||
        Object.hasOwn(subjectPronouns, word) ||
        // `whom critics call`: a relative pronoun opens a clause, not the phrase.
        relativePronouns.has(word) ||
        word === 'whom') &&
      // `a Club for Growth ad`: a name modifies the head, links and all.
      !insideOrganizationName(tokens, first - 1) &&
      // `an outside expert`, `the inside man`: a preposition right after an article modifies
      // the head as an adjective would.
      !adjectivalPreposition(tokens, first - 1)
    ) {
      break
    }
    // `Jane Doe’s statement`: the owner's whole name opens the phrase.
    // `the sheriff’s office`: a body named by a common noun's office keeps the owner's article,
    // as the body would with no owner.
    if (isPossessive(previous)) {
      const owner = possessorEndingAt(tokens, first - 1, low)
      first = owner?.first ?? first - 1
      if (!owner && !previous.capitalized && organizationHeads.has(head)) {
        // (`the district attorney’s office`, `the county sheriff’s office`: past the holder's
        // title in lower case, up to two words, to the article.)
        let start = first
        while (
          start - 1 >= low &&
          start > first - 2 &&
          titleWordBefore(itemAt(tokens, start - 1)) &&
          itemAt(tokens, start - 2) !== undefined
        )
          start--
        if (tokens[start - 1]?.lower === 'the' && start - 1 >= low) first = start - 1
      }
      break
    }
    if (verbBefore(tokens, first - 1)) break
    first--
  }
  // `Hundreds of residents`, `tens of thousands of health workers`: a count of a crowd before
  // its plural is part of the phrase; the crowd, not some of it, is who is meant.
  if (!determiner && first > low) first = crowdCountBefore(tokens, first, low)
  // `More than 800 doctors wrote:`, `At least 40 residents said`: a count's degree opening its
  // clause is the phrase's too, or the phrase would open after a word of its own clause.
  if (!determiner && first > low) first = countDegreeBefore(tokens, first, headIndex, low)
  // `two men`, `the firemen`, `the children`: a plural for people that ends in no `-s`.
  // `60 people`, `11 percent`: a plural with no `-s` at all, and a share of people.
  const plural =
    (head.endsWith('s') && !head.endsWith('ss')) ||
    head.endsWith('men') ||
    head === 'people' ||
    head === 'percent' ||
    isPeoplePlural(head)
  // `came in person`, `ran as chairman`: a lone singular noun after a preposition, with no
  // article or modifier, names a manner or a post, not someone the text can go on to call `he`.
  const lone = tokens[headIndex] as FrameToken
  if (
    !plural &&
    first === headIndex &&
    !lone.capitalized &&
    // A noun for one person needs an article when it refers; a collective (`according to
    // police`, `a memo to staff`) does not.
    (inList(headToken, WordList.roleHead) || inList(headToken, WordList.anonymousHead)) &&
    !organizationHeads.has(head) &&
    !indefinitePronouns.has(head) &&
    inList(itemAt(tokens, headIndex - 1), WordList.preposition) &&
    !isWordAt(tokens, headIndex - 2, 'according') &&
    // `as mayor calls it`: a headline drops its articles, and a cue after the noun makes it
    // the subject of a clause that `as` opens.
    tokens[headIndex + 1]?.cue !== true
  ) {
    return null
  }
  // `challenged the ban in court`, `was taken to hospital`: a body's noun alone after a
  // preposition, with no article, names the place an institution works in, no body speaking.
  if (
    first === headIndex &&
    !lone.capitalized &&
    idiomPlaces.has(head) &&
    inList(itemAt(tokens, headIndex - 1), WordList.preposition)
  ) {
    return null
  }
  // `and note that he had bought it`, `report the figures`: a paper's noun alone, with no
  // article, before `that` or the words opening an object, is a verb.
  if (
    !plural &&
    first === headIndex &&
    !lone.capitalized &&
    documentHeads.has(head) &&
    (tokens[headIndex + 1]?.lower === 'that' || inList(tokens[headIndex + 1], WordList.determiner))
  ) {
    return null
  }
  // `a move Republicans hailed`: `a` before a plural is another phrase's (a relative clause
  // follows it), unless a word that counts comes after it (`a few Republicans`).
  if (
    plural &&
    (determiner === 'a' || determiner === 'an') &&
    !counting.has(tokens[first + 1]?.lower ?? '')
  ) {
    determiner = ''
    first = headIndex
    while (first - 1 >= low && (itemAt(tokens, first - 1) as FrameToken).capitalized) first--
  }
  // Capitalized words inside (`U.S. officials`) are modifiers here, not a name.
  const definite = determiner === 'the' || determiner === 'this' || determiner === 'that'
  const isDocument = documentHeads.has(head)
  const isRole = inList(headToken, WordList.roleHead) || organizationHeads.has(head)
  // `A senior official` at a sentence start is `a senior official` anywhere else.
  // A relative clause after the head (`a member who supports Doe`) is not part of the name.
  const relative = inList(itemAt(tokens, headIndex + 1), WordList.relativePronoun)
  const nameEnd = relative ? headIndex : last
  const written = textOf(tokens, first, nameEnd)
  // `Scientists at the institute`, `Local skippers`: a sentence's capital is no part of a common
  // phrase, as an article's is not; a phrase with a title or a name in it keeps its capitals.
  const opener = tokens[first] as FrameToken
  const lowered =
    !determiner &&
    opener.initial &&
    opener.capitalized &&
    !opener.nameWord &&
    !isTitle(opener) &&
    !tokens.slice(first + 1, nameEnd + 1).some((token) => token.capitalized)
  const name = determiner
    ? determiner + written.slice(determiner.length)
    : lowered
      ? opener.lower.slice(0, 1) + written.slice(1)
      : written
  return {
    kind: definite && isRole && !isDocument ? 'description' : 'anonymous',
    first,
    end: last + 1,
    name,
    titles: [],
    head,
    organization: organizationHeads.has(head),
    gender: genderedTitles[head] ?? 'unknown',
    plural,
    antecedent: undefined,
    role: undefined,
  }
}

// `“…,” rescue crews said`, `Search teams found …`: the plural of a noun for a body of people
// after one word that says which, opening the phrase, heads a phrase for bodies of people.
// (With an article or a count before it, `the three farm groups`, the phrase is read whole
// from its opening.)
function modifiedCollective(tokens: readonly FrameToken[], last: number, low: number): boolean {
  const modifier = itemAt(tokens, last - 1)
  const before = itemAt(tokens, last - 2)
  return (
    collectivePlurals.has((tokens[last] as FrameToken).lower) &&
    last - 1 >= low &&
    modifier?.word === true &&
    modifier.quote < 0 &&
    !isClosedClass(modifier) &&
    !isPossessive(modifier) &&
    !opensWithDigit(modifier.text) &&
    (last - 2 < low || before?.word !== true || before.cue)
  )
}

// `farmers`, `Local skippers`, `Terrified drivers`: a plural whose ending makes it people heads
// a phrase for a group, in no list. Not a name's (`Sanders's`), nor a verb after one (`Mrs.
// Clinton offers`), which share the ending.
function pluralByEnding(tokens: readonly FrameToken[], last: number, head: string): boolean {
  const token = tokens[last] as FrameToken
  if (token.nameWord || !peoplePluralEnding.test(head)) return false
  return !itemAt(tokens, last - 1)?.nameWord
}

/**
 * Whether the word at `index`, met walking back from a phrase's head, is a verb: a phrase's
 * modifiers never are, so the walk stops there (`Jane Doe met donors`, `she will meet voters`).
 * An auxiliary is one anywhere, and so is the word after it; a past form only after a name, a
 * pronoun or a noun, since a participle often modifies a noun (`two retired teachers`).
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the word to test.
 */
export function verbBefore(tokens: readonly FrameToken[], index: number): boolean {
  const word = tokens[index] as FrameToken
  // (`Karim el-Sayed`: a surname a particle opens is in lower case and may end in `-ed`.)
  if (word.capitalized || word.nameWord) return false
  if (inList(word, WordList.auxiliary) || inList(word, WordList.beForm)) return true
  const before = itemAt(tokens, index - 1)
  const past = irregularPasts.has(word.lower) || word.lower.endsWith('ed')
  // `Jane Doe, the mayor, met voters`: after an aside that closes on a name, the verb.
  if (before?.text === ',' && asideAfterName(tokens, index - 1)) {
    return past || presentForm(word.lower)
  }
  if (before?.word !== true) return false
  // `will meet voters`, `has met donors`, `were arrested`; not `Theresa May`.
  if (inList(before, WordList.auxiliary) && !before.nameWord) return true
  if (inList(before, WordList.beForm)) return past || word.lower.endsWith('ing')
  // `which tracks book removals`: after a relative pronoun too.
  const subject =
    before.nameWord ||
    Object.hasOwn(subjectPronouns, before.lower) ||
    inList(before, WordList.relativePronoun)
  // `Jane Doe meets voters`: after a name or a pronoun, a word in -s is a verb in the present,
  // unless it is one of the plurals that modify nouns (`Acme sales staff`).
  if (subject && presentForm(word.lower)) return true
  // `A transcript of the hearing shows Judge Jo Roe told …`, `Records show`: after a noun, a
  // verb that says what a record bears out.
  if (evidenceVerbs.has(word.lower) && !isClosedClass(before)) return true
  // `Doe shook her head`, `Doe bit his lip`: after a name or a pronoun, a word an owner's word
  // follows is a verb, whatever its form; no noun stands between a name and `her`.
  if (
    subject &&
    !isClosedClass(word) &&
    personalPossessives.has(itemAt(tokens, index + 1)?.lower ?? '')
  )
    return true
  if (!past) return false
  if (subject) return true
  // `The decision angered local fishermen`: after a noun a past form is its verb; after a
  // determiner, a number or an adverb it modifies (`two retired teachers`, `newly elected`).
  // (An age is a noun, `The 59-year-old returned to the point`, unless a noun follows the past
  // form, which then modifies it: `the 41-year-old retired millwright`.)
  const next = tokens[index + 1]
  const age =
    before.lower.endsWith('-old') && (next?.word !== true || isClosedClass(next as FrameToken))
  return (
    !before.capitalized &&
    !isClosedClass(before) &&
    !before.lower.endsWith('ly') &&
    (!/^\d/u.test(before.text) || age)
  )
}

// Verbs of what a record or a paper bears out, which a name may follow as a clause's subject.
const evidenceVerbs = new Set(
  'show shows showed indicate indicates suggest suggests reveal reveals'.split(' '),
)

// Whether a token is a word in lower case that may open an office holder's title before its
// noun (`district` in `the district attorney’s office`): no closed-class word, cue or number.
function titleWordBefore(token: FrameToken | undefined): boolean {
  return (
    token?.word === true &&
    !token.capitalized &&
    token.quote < 0 &&
    !token.cue &&
    !isClosedClass(token) &&
    !/^\d/u.test(token.text)
  )
}

// Nouns for an institution that a preposition takes bare for where it works (`in court`, `to
// hospital`, `in office`).
const idiomPlaces = new Set([
  'court',
  'school',
  'church',
  'hospital',
  'office',
  'college',
  'prison',
  'jail',
])

// Where a phrase opens when counts of a crowd stand before it (`hundreds of`, `a crowd of`,
// `tens of thousands of`), each a counting word and `of`; `first` when none does.
function crowdCountBefore(tokens: readonly FrameToken[], first: number, low: number): number {
  let start = first
  for (;;) {
    const count = itemAt(tokens, start - 2)
    if (start - 2 < low || itemAt(tokens, start - 1)?.lower !== 'of' || !count?.word) break
    if (crowdCounts.has(count.lower)) start -= 2
    else if (counting.has(count.lower) && articles.has(itemAt(tokens, start - 3)?.lower ?? ''))
      start -= 3
    else break
    if (start < low) return first
  }
  return start
}

// Where a phrase opens when a degree stands before its count at the start of a clause (`more
// than`, `at least`, `nearly`); `first` when none does.
// (The phrase read back may hold the degree's last word already: `least 40 residents`.)
function countDegreeBefore(
  tokens: readonly FrameToken[],
  first: number,
  head: number,
  low: number,
): number {
  let count = first
  while (count < head && !opensWithDigit(tokens[count]?.text ?? '')) count++
  if (count === head || count > first + 1) return first
  const one = itemAt(tokens, count - 1)?.lower ?? ''
  const two = `${itemAt(tokens, count - 2)?.lower ?? ''} ${one}`
  const start = countDegrees.has(two) ? count - 2 : countDegrees.has(one) ? count - 1 : first
  if (start >= first || start < low) return first
  return start === low || itemAt(tokens, start - 1)?.word !== true ? start : first
}

// Words that say how near a count is (`more than 40`, `nearly 40`), one or two words long.
const countDegrees: ReadonlySet<string> = new Set([
  ...countApproximators,
  'more than',
  'fewer than',
  'less than',
  'at least',
  'up to',
  'close to',
  'roughly',
  'some',
])

// Plurals that count a crowd by its size, before `of` (`dozens of`, `thousands of`).
const crowdCounts: ReadonlySet<string> = new Set(
  'dozens scores hundreds thousands millions tens'.split(' '),
)

// Words after `a` that count a plural (`a few officials`, `a dozen nurses`).
const counting: ReadonlySet<string> = new Set(
  'few couple dozen handful number lot host group hundred thousand million score majority minority series pair trio band crowd'.split(
    ' ',
  ),
)

/**
 * A group's name without what opens it before its noun: a share of it (`some of the drivers`),
 * a count of a crowd (`a handful of`, `tens of thousands of`) or a count's degree (`about 200
 * protesters`), as `crowdCountBefore` and `countDegreeBefore` read them; the name as it is when
 * none opens it.
 *
 * @param name The group's name, written as the text has it.
 */
export function uncountedGroupName(name: string): string {
  return name.replace(groupCountOpening, '')
}

const groupShares = [...quantifiers, 'all', 'few', 'none']
const anyOf = (words: Iterable<string>) => [...words].join('|')
const groupCountOpening = new RegExp(
  `^(?:(?:${anyOf(groupShares)}) of |(?:an? (?:${anyOf(counting)})|${anyOf(crowdCounts)})(?: of (?:${anyOf(crowdCounts)}))* of |(?:${anyOf(countDegrees)}) (?=\\d))`,
  'iu',
)

/**
 * Whether a word in -s right after a name (or `who`) is its verb with its object after it, even
 * when the word could be a plural for people (`Jane Doe hosts the council`, `Doe coaches
 * students`), and not a noun the name modifies (`Clinton aides said`, `Acme coaches Jane Doe
 * and Tom Roe`).
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the word.
 */
export function verbAfterName(tokens: readonly FrameToken[], index: number): boolean {
  const word = tokens[index] as FrameToken
  const next = tokens[index + 1]
  // `who chairs the committee`: after `who` as after a name.
  const subject = itemAt(tokens, index - 1)?.nameWord || itemAt(tokens, index - 1)?.lower === 'who'
  if (!subject || !next?.word || next.capitalized) return false
  if (!word.lower.endsWith('s') || word.capitalized) return false
  return (
    inList(next, WordList.determiner) ||
    possessivePronouns.has(next.lower) ||
    isPeoplePlural(next.lower) ||
    // Two plurals in a row: the first agrees with no subject as a noun would (`Clinton aides
    // say`), so it is the verb and the second its object (`Doe coaches students`).
    sShape(next.lower) ||
    // `Doe coaches local nurses`: one modifier before the plural.
    (!isClosedClass(next) &&
      sShape(tokens[index + 2]?.lower ?? '') &&
      tokens[index + 2]?.word === true) ||
    /^\d/u.test(next.text)
  )
}

// Whether the comma at `comma` closes an aside set off after a name (`Jane Doe, the mayor,`,
// `Doe, 54,`): the words after it go on with the name's clause.
export function asideAfterName(tokens: readonly FrameToken[], comma: number): boolean {
  return nameBeforeAsides(tokens, comma) >= 0
}

/**
 * The index of the name's last word when the comma at `comma` closes asides set off after a
 * name (`Jane Doe, 46, a tailor,`), or -1.
 */
export function nameBeforeAsides(tokens: readonly FrameToken[], comma: number): number {
  // Asides may stack: each comma before one that is not the name's opens the aside before it,
  // up to three.
  let close = comma
  let asides = 0
  for (let at = comma - 1; at > comma - 16 && at > 0; at--) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0) return -1
    if (token.text === ',') {
      if (at === close - 1) return -1
      // (`Roe, the party’s candidate, according to a senior official, who`: an aside that
      // gives a source is about the sentence, and the clause after it is the source's.)
      if (tokens[at + 1]?.lower === 'according') return -1
      if (itemAt(tokens, at - 1)?.nameWord === true) return at - 1
      if (++asides === 3) return -1
      close = at
      continue
    }
    if (!token.word && !/^\d/u.test(token.text)) return -1
  }
  return -1
}

// Whether the word at `index` is a cue in a past form (`said`, `announced`), never a noun.
function pastCueAt(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || !token.cue) return false
  const entry = cueForms.get(token.lower)
  if (!pastCueForm(token.lower, entry) || entry?.weak) return false
  // `Trump’s fired campaign manager`: a past form before a noun modifies it.
  const next = tokens[index + 1]
  return !next?.word || isClosedClass(next)
}

// Whether a word has the shape of a verb's present after its subject (`meets`, `visits`).
function presentForm(lower: string): boolean {
  return sShape(lower) && !pluralModifiers.has(lower)
}

/**
 * Whether a word ends in the `-s` of a plural or of a verb's present (`voters`, `meets`; not
 * `press`, `status`, `analysis` or an owner's `’s`).
 */
export function sShape(lower: string): boolean {
  const length = lower.length
  if (length <= 3 || lower.charCodeAt(length - 1) !== 115) return false
  const before = lower.charAt(length - 2)
  return before !== 's' && before !== 'u' && before !== 'i' && before !== "'" && before !== '’'
}

// Plurals that modify the noun after them (`news anchors`, `human rights lawyers`).
const pluralModifiers: ReadonlySet<string> = new Set(
  'news sports sales arms savings goods affairs relations services operations communications systems rights parks works jobs arts customs games events elections markets emissions schools veterans'.split(
    ' ',
  ),
)

function postmodifiedHead(tokens: readonly FrameToken[], last: number, low: number): number {
  for (let index = last - 1; index >= low && index >= last - 8; index--) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || isCue(token)) return -1
    const next = tokens[index + 1] as FrameToken
    // The postmodifier has words of its own: `a candidate on` ends in its preposition.
    // (`Some in the audience`, `Many at the meeting`: a quantifier opening its clause stands
    // for people there, as `someone` does.)
    const standIn =
      quantifiers.has(token.lower) && (index === low || itemAt(tokens, index - 1)?.word !== true)
    // (`an engineer familiar with the test`: any noun for someone before the words that say
    // how close a source is.)
    const someone =
      sourceAdjectives.has(next.lower) &&
      !token.capitalized &&
      (isPeopleNoun(token.bare) || personNounEnding.test(token.bare))
    if (
      (inList(token, WordList.anonymousHead) || standIn || someone) &&
      anonymousPostmodifiers.has(next.lower)
    ) {
      return index + 1 < last ? index : -1
    }
  }
  return -1
}

// Words after a noun for someone that say how close a source is (`familiar with the talks`).
const sourceAdjectives = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved'])

/** The source text of tokens `first`–`last` inclusive, as the paragraph spells it. */
export function textOf(tokens: readonly FrameToken[], first: number, last: number): string {
  let text = ''
  for (let index = first; index <= last; index++) {
    const token = tokens[index] as FrameToken
    const previous = itemAt(tokens, index - 1)
    if (index > first && previous && previous.end < token.start) text += ' '
    text += token.text
  }
  return text
}

function modifiers(tokens: readonly FrameToken[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) return false
    // `the first responder`, `the only witness`, `the town’s only pharmacist`: after an
    // article or an owner these modify a noun.
    const before = itemAt(tokens, index - 1)
    // (`an outside expert`, `the inside track`: so does a preposition right after an article.)
    const adjective =
      before !== undefined &&
      ((adjectivalWords.has(token.lower) &&
        (nounMarkers.has(before.lower) || isPossessive(before))) ||
        (index + 1 < end && adjectivalPreposition(tokens, index)) ||
        // (`the two unions`, `the three farm groups`: a count after the article.)
        (groupCounts.has(token.lower) && articles.has(before.lower) && index + 1 < end))
    if (isClosedClass(token) && !phraseOpeners.has(token.lower) && !adjective) return false
    // `the talks were private`: a verb's form ends the phrase before it.
    if (inList(token, WordList.beForm) || inList(token, WordList.auxiliary)) return false
    if (
      token.cue &&
      !nounAt(tokens, index) &&
      !cueAsNoun(tokens, index) &&
      !modifiesRole(tokens, index)
    )
      return false
  }
  return true
}

const adjectivalWords = new Set(['first', 'last', 'next', 'only', 'other', 'same'])

// Whether the preposition at `index` modifies a noun after it as an adjective would (`an
// outside expert`, `the inside track`): right after an article, before a content word in lower
// case. Not `of`, which links (`one of their signs`).
function adjectivalPreposition(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || token.lower === 'of' || !prepositions.has(token.lower)) return false
  if (!determiners.has(lowerAt(tokens, index - 1))) return false
  const next = tokens[index + 1]
  return next?.word === true && !next.capitalized && !isClosedClass(next)
}

// Whether the token at `index` is there and is the word `lower`: asked so, a missing token's
// `undefined` is never compared with a string, which throws away code compiled for strings.
function isWordAt(tokens: readonly FrameToken[], index: number, lower: string): boolean {
  const token = itemAt(tokens, index)
  return token !== undefined && token.lower === lower
}

// Whether a word may be written in capitals throughout (`NATO`): not when its second letter is
// in lower case, which most names' is; asked before the possessive is cut off and the pattern
// tried.
function mayBeAcronym(text: string): boolean {
  // (One letter is no acronym; nor is a character past the end read, NaN.)
  if (text.length < 2) return false
  const second = text.charCodeAt(1)
  return !(second >= 97 && second <= 122)
}
