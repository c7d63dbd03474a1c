import { givenNameGenderOf } from '../lexicon/first-names.js'
import {
  articles,
  conjunctions,
  countApproximators,
  countWords,
  floatedQuantifiers,
  habitVerbs,
  irregularParticiples,
  irregularPasts,
  passiveAuxiliaries,
  personalPossessives,
  possessiveDeterminers,
  prepositions,
  relativePronouns,
  subordinators,
  weekdays,
} from '../lexicon/function-words.js'
import {
  isPeopleNoun,
  isPeoplePlural,
  kinNouns,
  playingPositions,
} from '../lexicon/people-nouns.js'
import {
  demonymsLike,
  demonymsOf,
  isDemonym,
  placeModifiers,
  placeNames,
} from '../lexicon/places.js'
import {
  accountModifiers,
  accountNouns,
  adjectiveHeads,
  anonymousHeads,
  anonymousPostmodifiers,
  documentHeads,
  inscriptionNouns,
  organizationHeads,
  personNounEnding,
  platforms,
  sourceHeads,
  standInHeads,
} from '../lexicon/source-nouns.js'
import { cueForms, judgingCues } from '../lexicon/speech-cues.js'
import {
  genderedTitles,
  isNameParticle,
  isPostnominal,
  isTitleWord,
  portfolioWords,
  roleHeads,
} from '../lexicon/titles.js'
import { WordList } from '../lexicon/word-lists.js'
import { opensWithDigit } from '../tokenize/char-code.js'
import { adverbialsEnd, readCueGroup } from '../tokenize/cue-group.js'
import { datelineDash } from '../tokenize/dateline.js'
import { itemAt } from '../tokenize/item-at.js'
import { lowerAt, textAt } from '../tokenize/word-at.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import {
  auxiliaries,
  bare,
  cueAsNoun,
  cueEntryAt,
  cueWordsEnd,
  inList,
  isAdverb,
  isClosedClass,
  isNameWord,
  isPastForm,
  isPastParticiple,
  isPossessive,
  isSubjectPronoun,
  isTitle,
  isVerbModifier,
  perceivedBy,
  perceptionVerbs,
  regularParticiple,
} from '../tokenize/word-classes.js'
import { isAcronym } from './entities.js'
import type { Mention, MentionRole } from './mentions.js'
import {
  asideAfterName,
  asideOpeners,
  changedMention,
  genericEndingAt,
  groupWordMention,
  insideOrganizationName,
  mentionEndingAt,
  mentionStartingAt,
  nameBeforeAsides,
  objectPronounAt,
  openingBracket,
  openingGroupWord,
  partyOfPlace,
  peopleAfter,
  possessorEndingAt,
  roleOpens,
  sShape,
  suffixAfterComma,
  textOf,
  verbAfterName,
  verbBefore,
  withPeople,
} from './mentions.js'

/** A mention found in a sentence, with its grammatical role as far as word order shows it. */
export interface ScannedMention extends Mention {
  /** `object` when a preposition governs it (`with Alex Roe`), else `subject` or `other`. */
  role: MentionRole
}

const dashes = new Set([',', '—', '–', '(', ')'])
const asideDashes = new Set(['—', '–', '--'])

// `Long before Takeshi Kubota became …`, `Shortly after …`, `Well before …`: a word alone that
// opens the sentence, capitalized only for that, right before a subordinator says how long
// before or after; no one is named by it.
function degreeOfClause(
  tokens: readonly FrameToken[],
  index: number,
  last: number,
  low: number,
): boolean {
  // (After a dateline's dash too: `SIBIU, Romania — Long before …`.)
  if (index !== last || index < low || itemAt(tokens, index - 1)?.word) return false
  const next = tokens[index + 1]
  return next?.word === true && timeSubordinators.has(next.lower)
}

const timeSubordinators = new Set(['before', 'after', 'since', 'until'])

// The phrase for an account online from `first` to its noun at `noun` (`Ana Silva’s Instagram
// account`), its head the noun.
function accountPhrase(tokens: readonly FrameToken[], first: number, noun: number): Mention {
  return {
    kind: 'description',
    first,
    end: noun + 1,
    name: textOf(tokens, first, noun),
    titles: [],
    head: (tokens[noun] as FrameToken).lower,
    organization: false,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

// The index of the noun of an account online that the name opening at `index` owns (`Silva’s
// account`, `Ana Silva’s official Instagram account`), past a word that says which and a
// platform's name in capitals; or -1.
function ownedAccountAt(tokens: readonly FrameToken[], index: number, high: number): number {
  let owner = index
  const owns = (at: number) => isPossessive(tokens[at] as FrameToken)
  while (owner + 1 < high && !owns(owner) && continuesName(tokens, owner + 1)) owner++
  if (!owns(owner)) return -1
  for (let at = owner + 1; at < high && at <= owner + 3; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return -1
    if (accountNouns.has(token.lower)) return tokens[at + 1]?.lower === 'of' ? -1 : at
    if (!token.capitalized && !accountModifiers.has(token.lower)) return -1
  }
  return -1
}

// Nouns for a team that a name modifies (`Roe’s Mariners side`).
const sideNouns = new Set(['side', 'squad', 'team', 'outfit'])

/**
 * Every mention outside quotes in a stretch of tokens, in order.
 *
 * @param tokens The paragraph's tokens.
 * @param low First index.
 * @param high Index past the last.
 */
export function scanMentions(
  tokens: readonly FrameToken[],
  low: number,
  high: number,
): ScannedMention[] {
  const found: ScannedMention[] = []
  let subjectTaken = false
  // `Asked whether he could pass it, Crabtree paused.`: a participle's clause that opens the
  // sentence has the main clause's subject for its own; no mention inside it is a subject.
  const opening = participleClauseEnd(tokens, low, high)
  const dash = low === 0 ? datelineDash(tokens) : -1
  for (let index = low; index < high; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) continue
    let mention: Mention | null = null
    if (isSubjectPronoun(token)) {
      mention = mentionEndingAt(tokens, index, index)
    } else if (openingGroupWord(tokens, low, index)) {
      mention = groupWordMention(tokens, index)
    } else if (isNameWord(token) && ownedAccountAt(tokens, index, high) > 0) {
      // `Ana Silva’s Instagram account posted:`: an owner's name before an account online is
      // the account's phrase, which speaks for its holder.
      const account = ownedAccountAt(tokens, index, high)
      mention = accountPhrase(tokens, index, account)
      index = account
    } else if (
      isNameWord(token) &&
      platforms.has(token.lower) &&
      accountNouns.has(lowerAt(tokens, index + 1)) &&
      lowerAt(tokens, index + 2) === 'of'
    ) {
      // `The official Instagram account of Brannock City posted`: the account's phrase, which
      // speaks for the holder its `of` names.
      mention = accountPhrase(tokens, index, index + 1)
      index++
    } else if (isNameWord(token)) {
      let last = index
      while (last + 1 < high && continuesName(tokens, last + 1)) last++
      // (`Marcus Bell, Jr.,`: past a generational suffix set off by a comma.)
      const suffixed = suffixAfterComma(tokens, last + 1)
      if (suffixed > 0 && suffixed <= high) last = suffixed - 1
      if (partyOfPlace(tokens, index)) {
        index = Math.max(last, index + 2)
        while (index + 1 < high && continuesName(tokens, index + 1)) index++
        continue
      }
      // `U.S. officials`: capitalized words that modify a source noun are not a name; nor does
      // a sentence's capitalized first word that modifies a title and a name (`Radio talk host
      // Jane Doe`).
      const next = tokens[last + 1]
      if (
        // `Jane Doe, D-Ill., who …`, `Tom Roe (R-Ohio), called`: a party tag or degree set off
        // after a name qualifies it and names no one.
        // (`, K.C. Mizrahi,`: initials that open a name run on to it.)
        ((itemAt(tokens, index - 1)?.text === ',' || itemAt(tokens, index - 1)?.text === '(') &&
          isPostnominal(token.text) &&
          last === index) ||
        (next?.word && !next.capitalized && anonymousHeads.has(next.lower)) ||
        modifiesName(tokens, last) ||
        timeZone(tokens, index, last) ||
        degreeOfClause(tokens, index, last, low)
      ) {
        index = last
        continue
      }
      // `Her Democratic rival`: before a noun for people, the name only says which one; the
      // phrase is the noun's. Otherwise read back from the end of the name so that titles
      // before it join (`US secretary of state Jane Doe`).
      if (modifiesNoun(tokens, index, last)) {
        const head = peopleHeadAfter(tokens, last)
        // `its EU-West region`, `his Facebook page`: after an owner's pronoun, a name before a
        // noun for no one only says which thing is the owner's; before a noun for a body it
        // names the body (`His Sierra Pro Cycling team said`).
        if (
          head === last &&
          possessiveDeterminers.has(itemAt(tokens, index - 1)?.lower ?? '') &&
          !bodyNounAfter(tokens, last)
        ) {
          index = last
          continue
        }
        last = head
      }
      mention = mentionEndingAt(tokens, last, low)
      // `Anders Roe’s Kestrel Bay Mariners side`: a name an owner's noun for a team follows
      // is a team's, and the owner someone of their own, read first.
      if (mention?.kind === 'name' && sideNouns.has(lowerAt(tokens, last + 1))) {
        let owner = index
        while (owner < last && !isPossessive(tokens[owner] as FrameToken)) owner++
        if (owner < last) {
          mention = possessorEndingAt(tokens, owner, low)
          last = owner
        } else if (itemAt(tokens, index - 1)?.possessive === true) {
          // (Its owner is no title of its name.)
          mention = changedMention(mention, { organization: true, first: index, titles: [] })
        }
      }
      // `Maria and Tomas Okafor`: a given name alone, joined by `and` to a given name and a
      // surname, shares the surname.
      const shared = mention?.kind === 'name' ? sharedSurname(tokens, mention, high) : null
      if (mention && shared)
        mention = changedMention(mention, { name: `${mention.name} ${shared}` })
      // `Jane Roe of Dunmere State University said`: a run of capitals that ends in a body's
      // name after `of` holds a person before it; read the person now and the body next.
      const of = mention ? mention.first - 1 : -1
      const person =
        mention && of - 1 >= index && tokens[of]?.lower === 'of'
          ? mentionEndingAt(tokens, of - 1, low)
          : null
      if (person?.kind === 'name' && !person.organization) {
        mention = person
        last = of - 1
      }
      index = last
    } else if (token.lower === 'who' || token.lower === 'which') {
      mention = mentionEndingAt(tokens, index, low)
    } else if (standInOpening(tokens, index, low)) {
      mention = mentionEndingAt(tokens, index, low)
    } else if (
      inList(token, WordList.scannedHead) &&
      // `The victims’ families`: an owner is no head; the noun it owns is.
      !isPossessive(token) &&
      !modifiesName(tokens, index) &&
      !verbAfterName(tokens, index) &&
      !modifiesPaper(tokens, index) &&
      !bodyPart(tokens, index) &&
      (!adjectiveHeads.has(token.lower) || headsPhrase(tokens, index)) &&
      !(token.lower === 'official' && nounAfterAdjective(tokens, index))
    ) {
      // `the conservative publication`, `the student forum`: the phrase ends on the noun after.
      const compound =
        modifiesNextNoun(tokens, index) || personNounAfter(tokens, index)
          ? genericEndingAt(tokens, index + 1, low)
          : null
      if (compound) index++
      mention = compound ?? mentionEndingAt(tokens, index, low)
      const people = mention ? peopleAfter(tokens, index, high) : -1
      if (mention && people > index) {
        mention = withPeople(tokens, mention, people)
        index = people
      }
    } else if (predicateNounAt(tokens, index, found) || joinedSubjectAt(tokens, index, low)) {
      mention = genericEndingAt(tokens, index, low)
    }
    // `SAN FRANCISCO —`: a dateline's places are where the story was filed, no one in it.
    if (!mention || mention.end <= dash) continue
    // A title read before a name may already stand as a mention of its own: replace it.
    while (
      found.length > 0 &&
      (itemAt(found, found.length - 1) as ScannedMention).first >= mention.first
    ) {
      found.pop()
    }
    subjectTaken = found.some((previous) => previous.role === 'subject')
    // `to the House Oversight Committee`, `to its Facebook page`: an article or an owner
    // between the preposition and a name.
    let beforeAt =
      mention.kind === 'name' ? nameArticleAt(tokens, mention.first) - 1 : mention.first - 1
    // `on the airline’s website`: an owner's phrase read from its owner has its article before.
    if (
      mention.kind !== 'name' &&
      tokens[beforeAt]?.lower === 'the' &&
      isPossessive(tokens[mention.first] as FrameToken)
    )
      beforeAt--
    // `an interview with Sunday Sentinel`: a day's name before a name is part of what the
    // preposition governs.
    if (
      mention.kind === 'name' &&
      beforeAt === mention.first - 1 &&
      dayNames.has(tokens[beforeAt]?.lower ?? '')
    )
      beforeAt--
    const before = tokens[beforeAt]
    const last = itemAt(found, found.length - 1)
    // `in Laredo, Texas`: a place after a name and a comma only locates it, like a preposition.
    const governed =
      (before?.word === true &&
        inList(before, WordList.preposition) &&
        !opensSubordinateClause(tokens, before, mention) &&
        // `about 200 protesters`: before a number, `about` only rounds it.
        !(countApproximators.has(before.lower) && startsWithDigit(tokens[mention.first]))) ||
      // `including Colorado and Iowa`: a phrase joined to a governed one is governed too.
      (before?.word === true &&
        (before.lower === 'and' || before.lower === 'or') &&
        last?.role === 'object' &&
        last.end === mention.first - 1) ||
      (before?.text === ',' &&
        itemAt(tokens, mention.first - 2)?.nameWord === true &&
        isPlace(mention)) ||
      placeAfterPreposition(tokens, mention) ||
      verbObject(tokens, mention.first)
    const role = governed ? 'object' : subjectTaken || mention.first < opening ? 'other' : 'subject'
    if (role === 'subject') subjectTaken = true
    // The chunker's fresh object takes its role in place: no copy per mention.
    const scanned = mention as ScannedMention
    scanned.role = role
    found.push(scanned)
  }
  frontedApposition(tokens, found, low)
  return found
}

const dayNames: ReadonlySet<string> = new Set(weekdays)

// `Fernández is a former journalist;`: a noun for someone the lexicon does not list, heading
// the phrase a name was just said to be, is a role of theirs all the same (read for a later
// `the former journalist`).
function predicateNounAt(
  tokens: readonly FrameToken[],
  index: number,
  found: readonly ScannedMention[],
): boolean {
  const token = tokens[index] as FrameToken
  const name = found[found.length - 1]
  if (name?.kind !== 'name' || token.capitalized || tokens[index + 1]?.word) return false
  const copula = name.end
  if (!singularCopulas.has(lowerAt(tokens, copula)) || index - copula > 5) return false
  if (!inList(tokens[copula + 1], WordList.article)) return false
  for (let at = copula + 2; at < index; at++) if (!tokens[at]?.word) return false
  return personNoun(token.lower)
}

// `Ziad Roe has coached the side for years, and the 53-year-old looked relaxed`, `…, and the
// winger scored twice`: a definite phrase for someone, by an age, a noun for someone the lexicon
// need not list or a position played, opening a clause joined by `, and` or `, but` before its
// verb, is that clause's subject (read for whom it stands for, and for a later `the winger`).
function joinedSubjectAt(tokens: readonly FrameToken[], index: number, low: number): boolean {
  const token = tokens[index] as FrameToken
  const next = tokens[index + 1]
  if (token.capitalized || !next?.word || next.capitalized) return false
  // The joint is asked first: every word of every sentence comes here, and few follow one.
  let article = index - 1
  while (
    article > low &&
    article >= index - 3 &&
    tokens[article]?.word &&
    tokens[article]?.lower !== 'the'
  )
    article--
  if (lowerAt(tokens, article) !== 'the' || article - 2 < low || !joinedClauseAt(tokens, article))
    return false
  return (
    !personNoun(next.lower) &&
    (ageModifier.test(token.lower) || personNoun(token.lower) || playingPositions.has(token.lower))
  )
}

/** Whether a clause joined by `, and` or `, but` opens at `at`. */
export function joinedClauseAt(tokens: readonly FrameToken[], at: number): boolean {
  const joint = lowerAt(tokens, at - 1)
  return (joint === 'and' || joint === 'but') && textAt(tokens, at - 2) === ','
}

/** Forms of `be` that say what one person or thing is (`Jane Doe is the treasurer`). */
export const singularCopulas: ReadonlySet<string> = new Set(['is', 'was'])

// `Another shrugged.`, `Yet another grumbled`: a stand-in for one person that opens its
// sentence, past an opener of its own, is the sentence's subject, as a noun there would be.
// (`One of the fans` is read from its noun; `Others` are left to the group they are part of.)
function standInOpening(tokens: readonly FrameToken[], index: number, low: number): boolean {
  const token = tokens[index] as FrameToken
  if (!singleShares.has(token.lower) || lowerAt(tokens, index + 1) === 'of') return false
  return index === low || (index === low + 1 && standInOpeners.has(lowerAt(tokens, low)))
}

const standInOpeners = new Set(['a', 'yet', 'still'])

// Index of the article before a name, past a modifier or two (`at the popular Ogbete Main
// Market`), or the name's own first index when none stands there.
function nameArticleAt(tokens: readonly FrameToken[], first: number): number {
  let at = first - 1
  while (at > first - 3 && nameModifier(tokens[at])) at--
  return inList(tokens[at], WordList.nameArticle) ? at : first
}

// A word that may modify a name after its article (`popular`), never a verb (`the gate was Ewa
// Lach`): no cue, no auxiliary, no verb's form.
function nameModifier(token: FrameToken | undefined): boolean {
  if (!token || !modifierWord(token) || token.cue) return false
  return (
    !inList(token, WordList.auxiliary) && !passiveAuxiliaries.has(token.lower) && !verbShape(token)
  )
}

// `A career diplomat who served in Lagos, she spoke …`, `A veteran of three wars, he said`, `The
// daughter of a nurse, she grew up …`: an article phrase set before a pronoun and a comma is
// said of the pronoun, which is the subject; the pronoun then stands for whom the text had in
// sight.
function frontedApposition(tokens: readonly FrameToken[], found: ScannedMention[], low: number) {
  const fronted = found[0]
  if (fronted?.role !== 'subject' || fronted.first !== low) return
  if (fronted.kind !== 'anonymous' && fronted.kind !== 'description') return
  const article = tokens[low]?.lower
  if (article !== 'a' && article !== 'an' && article !== 'the') return
  for (let index = 1; index < found.length; index++) {
    const mention = found[index] as ScannedMention
    // Past what the phrase's own relative clause names (`who served in Lagos`).
    if (mention.kind !== 'pronoun' || mention.antecedent) continue
    if (
      itemAt(tokens, mention.first - 1)?.text !== ',' ||
      !isSubjectPronoun(tokens[mention.first] as FrameToken)
    )
      return
    // `The chief, he wrote, had …`: a pronoun before its cue is a report set off, not the
    // subject a definite phrase is said of (`The daughter of a nurse, she grew up …` is).
    if (article === 'the' && tokens[mention.end]?.cue) return
    for (let at = fronted.end; at < mention.first; at++) if (tokens[at]?.cue) return
    fronted.role = 'other'
    mention.role = 'subject'
    return
  }
}

/**
 * Index of the comma that closes a participle's clause opening the stretch (`Asked whether
 * …,`, `Speaking to reporters on Monday,`), or -1.
 *
 * @param tokens The paragraph's tokens.
 * @param low First index.
 * @param high Index past the last.
 */
export function participleClauseEnd(
  tokens: readonly FrameToken[],
  low: number,
  high: number,
): number {
  const first = tokens[low]
  if (!first?.word || first.quote >= 0 || !first.capitalized) return -1
  const lower = first.lower
  // `Born` is capitalized as a name would be; its form shows the participle.
  const participle = openingParticiples.has(lower) || (!first.nameWord && regularParticiple(lower))
  if (!participle) return -1
  for (let index = low + 1; index < high && index < low + 30; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return -1
    // `Asked whether fatigue played a role — Doe played 44 minutes — Roe bristled`: an aside
    // set off by dashes closes the clause, and the subject follows it.
    if (asideDashes.has(token.text)) {
      let close = index + 1
      while (close < high && close < index + 20 && !asideDashes.has(tokens[close]?.text ?? ''))
        close++
      if (asideDashes.has(tokens[close]?.text ?? '') && tokens[close + 1]?.nameWord) return close
      return -1
    }
    if (token.text !== ',') continue
    // `Born in Chios, Greece, Doe …`: a place set off after a place is still the clause's.
    const place = mentionStartingAt(tokens, index + 1, high)
    if (place && isPlace(place) && tokens[place.end]?.text === ',') {
      index = place.end - 1
      continue
    }
    return index
  }
  return -1
}

// `the plan to bar migrants`, `from entering the United States`: the phrase after an
// infinitive or after a gerund a preposition governs is that verb's object.
function verbObject(tokens: readonly FrameToken[], first: number): boolean {
  const at = itemAt(tokens, first - 1)?.lower === 'the' ? first - 1 : first
  const verb = itemAt(tokens, at - 1)
  if (!verb?.word || verb.capitalized || isClosedClass(verb) || verb.quote >= 0) return false
  const before = itemAt(tokens, at - 2)
  if (before?.lower === 'to') return true
  return (
    verb.lower.length > 5 &&
    verb.lower.endsWith('ing') &&
    before?.word === true &&
    inList(before, WordList.preposition)
  )
}

// `One student petition`, `the nurses union`: a noun for people right before a noun for a
// paper or a body only modifies it; the phrase is read back from that noun.
function modifiesPaper(tokens: readonly FrameToken[], index: number): boolean {
  const next = tokens[index + 1]
  if (!next?.word || next.capitalized || next.quote >= 0) return false
  return documentHeads.has(next.lower) || organizationHeads.has(next.lower)
}

// `according to official figures`, `the official count`: `official` before a noun is what the
// noun is, no one. A word that follows a head inside its phrase (`an official familiar with`,
// `the official responsible for`, `an official briefed on`) keeps it someone.
function nounAfterAdjective(tokens: readonly FrameToken[], index: number): boolean {
  const next = tokens[index + 1]
  if (!next?.word || next.capitalized || next.cue || next.quote >= 0 || isClosedClass(next))
    return false
  const lower = next.lower
  return !anonymousPostmodifiers.has(lower) && !/(?:ed|ing|ble|nt|ive)$/u.test(lower)
}

// Whether a word that is an adjective or adverb as often as a noun (`daily`) heads a phrase
// here: after an article or an owner, past one modifier at most, and before no word but a cue
// (`the influential daily wrote`, not `on a daily basis` or `meets them daily`).
function headsPhrase(tokens: readonly FrameToken[], index: number): boolean {
  const next = tokens[index + 1]
  if (next?.word && next.quote < 0 && !next.cue) return false
  for (let at = index - 1; at >= index - 2 && at >= 0; at--) {
    const before = tokens[at] as FrameToken
    if (!before.word) return false
    if (inList(before, WordList.determiner) || isPossessive(before)) return true
  }
  return false
}

// `the university’s student forum has`: a noun for someone right before the noun that ends
// the phrase only modifies it, when that noun is for no one and the head is no plural.
function modifiesNextNoun(tokens: readonly FrameToken[], index: number): boolean {
  const next = tokens[index + 1]
  if (!next?.word || next.capitalized || next.quote >= 0 || next.cue) return false
  // The noun after must end the phrase: before punctuation, an auxiliary or a cue in a finite
  // form (`the student forum has`, `the publication said`), not before words a verb would take
  // (`the company keep their`) nor the preposition an adjective takes (`a person close to`).
  // Asked first: most heads have none of these two words after them.
  const after = tokens[index + 2]
  if (after?.word) {
    const lower = after.lower
    const ends =
      auxiliaries.has(lower) || passiveAuxiliaries.has(lower) || (after.cue && finiteShape(after))
    if (!ends) return false
  }
  // A plural may be followed by its verb's bare form (`many people make`).
  const head = (tokens[index] as FrameToken).lower
  if (head.endsWith('s') || isPeoplePlural(head) || irregularPeople.has(head)) return false
  if (isClosedClass(next) || verbShape(next) || isAdverb(next) || next.lower.endsWith('ing'))
    return false
  if (inList(next, WordList.auxiliary) || passiveAuxiliaries.has(next.lower)) return false
  return !(personNoun(next.bare) || isPeoplePlural(next.bare) || isPossessive(next))
}

const irregularPeople = new Set(['people', 'men', 'women', 'police', 'staff', 'crew'])

// Whether a noun for one person ends the phrase right after the head at `index` (`the chief
// engineer,`, `the mission’s chief scientist said`): the head only says which one.
function personNounAfter(tokens: readonly FrameToken[], index: number): boolean {
  const next = tokens[index + 1]
  if (!next?.word || next.capitalized || next.quote >= 0 || next.cue || isClosedClass(next))
    return false
  if (!personNoun(next.bare) || next.lower.endsWith('s')) return false
  const after = tokens[index + 2]
  if (!after?.word) return true
  return auxiliaries.has(after.lower) || (after.cue && finiteShape(after))
}

// `he shook his head`: owned by a pronoun, with no `of` after it, `head` is a part of the body,
// not someone (`the head of the agency`, `the department head` are).
function bodyPart(tokens: readonly FrameToken[], index: number): boolean {
  return (
    tokens[index]?.lower === 'head' &&
    personalPossessives.has(itemAt(tokens, index - 1)?.lower ?? '') &&
    tokens[index + 1]?.lower !== 'of'
  )
}

/**
 * Whether the noun at `head` only modifies a name after it, directly or through titles
 * (`Police Chief Tom Roe`, `their union leader Jane Doe`, `the company spokesman Tom Roe`):
 * the name, read back from its end, takes the noun in, and the noun names no one of its own.
 *
 * @param tokens The paragraph's tokens.
 * @param head Index of the noun.
 */
export function modifiesName(tokens: readonly FrameToken[], head: number): boolean {
  // Only a name within the next few words can be modified: most phrases have none, and the
  // reading below asks the lexicon of every word.
  let named = false
  for (let at = head + 1; at < head + 5 && !named; at++) {
    const token = tokens[at]
    if (!token?.word || token.quote >= 0) return false
    named = isNameWord(token)
  }
  if (!named) return false
  for (let at = head + 1; at < head + 5; at++) {
    const token = tokens[at]
    if (!token?.word || token.quote >= 0) return false
    if (isNameWord(token)) return true
    // A title's link words (`of` in `Secretary of State`) are no titles on their own; after a
    // capitalized word a noun may modify the title (`talk` in `Radio talk host Jane Doe`).
    if (isClosedClass(token)) return false
    if (isTitle(token)) continue
    // `Roofing contractor Bo Lindgren`: a noun for someone, in no list, before the name.
    if (
      at === head + 1 &&
      (tokens[head] as FrameToken).capitalized &&
      !token.capitalized &&
      personNoun(bare(token)) &&
      tokens[at + 1]?.nameWord
    )
      continue
    // Only after a capitalized word that names no one, and never a verb (`Nurses met Senator
    // Jane Doe`); nouns may modify the title or the noun for someone before the name
    // (`Provincial education department spokesperson Tshepo Maluleke`).
    // A singular noun for someone in capitals modifies like an adjective (`Republican
    // presidential candidate Dale Roe`); a plural is a subject (`Nurses praised …`).
    const opener = tokens[head] as FrameToken
    const people = personNoun(bare(opener)) && bare(opener).endsWith('s')
    if (!opener.capitalized || people || token.capitalized) return false
    if (verbBefore(tokens, at) || !roleAhead(tokens, at)) return false
  }
  return false
}

// Whether a title or a noun for someone, right before a name, comes within a few lower-case
// nouns from `from` (`department spokesperson Jane Doe`).
function roleAhead(tokens: readonly FrameToken[], from: number): boolean {
  for (let at = from; at < from + 3; at++) {
    const token = tokens[at]
    if (!token?.word || token.quote >= 0 || isClosedClass(token)) return false
    // `education MEC Jane Doe`, `Labour MP Tom Roe`: a title in capitals before the name.
    if (token.capitalized)
      return at > from && titleInCapitals(token) && tokens[at + 1]?.nameWord === true
    if (verbBefore(tokens, at)) return false
    // A verb ends the words that may modify a title (`Melania Trump told NBC News`).
    if (finiteShape(token) && !isTitle(token) && !personNoun(bare(token))) return false
    // A noun for someone in no list (`tradie`) too, when no verb's form shows.
    const role = isTitle(token) || personNoun(bare(token)) || !verbShape(token)
    if (role && tokens[at + 1]?.nameWord) return true
  }
  return false
}

// A short word in capitals (`MEC`, `MP`, `MLA`): an abbreviated title, before a name.
function titleInCapitals(token: FrameToken): boolean {
  return token.text.length >= 2 && token.text.length <= 4 && /^\p{Lu}+$/u.test(token.text)
}

/**
 * Whether the name from `first` to `last` stands between a determiner and a noun, which it
 * only modifies (`a Dayton machine shop`, `his Philippine counterpart`, `her Democratic
 * rival`); not before a verb (`the Pentagon declined`, `the Kremlin says`).
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the name's first word.
 * @param last Index of its last.
 */
export function modifiesNoun(tokens: readonly FrameToken[], first: number, last: number): boolean {
  let before = itemAt(tokens, first - 1)
  // `a struggling Lancashire comprehensive`: an adjective may stand after the determiner, and
  // so may a past participle (`the damaged Nilo bridge`), which no verb is after one.
  const adjective = before
  if (
    inList(itemAt(tokens, first - 2), WordList.nounDeterminer) &&
    adjective?.word &&
    !adjective.capitalized &&
    adjective.quote < 0 &&
    !inList(adjective, WordList.nounDeterminer) &&
    !isClosedClass(adjective) &&
    (!verbShape(adjective) || adjective.lower.endsWith('ed')) &&
    !isAdverb(adjective)
  ) {
    before = itemAt(tokens, first - 2)
  }
  // `the campaign’s New Hampshire state director`: an owner's phrase determines the noun too.
  const owner = before?.word === true && isPossessive(before) && !before.capitalized
  // `the coxswain of Inverardoch lifeboat station`: after a preposition, a name before a noun
  // for a body, one word on or two, is where the body is.
  if (before?.word && inList(before, WordList.preposition)) return bodyNounAfter(tokens, last)
  if (!before?.word || !(inList(before, WordList.nounDeterminer) || owner)) return false
  const next = tokens[last + 1]
  if (!next?.word || next.capitalized || next.quote >= 0 || isPossessive(next)) return false
  // `The Evening Ledger is the oldest newspaper`: a form of `be` is the name's verb.
  if (passiveAuxiliaries.has(next.lower) || inList(next, WordList.auxiliary)) return false
  if (isPeoplePlural(next.lower)) return true
  // `state director`: a cue's bare form before a noun for someone is a noun too.
  if (next.cue && !finiteShape(next) && peopleHeadAfter(tokens, last) > last) return true
  return !(verbShape(next) || isClosedClass(next) || isAdverb(next))
}

// Whether one or two lower-case words after a name at `last` end in a noun for a body.
function bodyNounAfter(tokens: readonly FrameToken[], last: number): boolean {
  for (let index = last + 1; index <= last + 2; index++) {
    const token = tokens[index]
    if (!token?.word || token.capitalized || token.quote >= 0 || isClosedClass(token)) return false
    if (organizationHeads.has(token.bare)) return true
  }
  return false
}

// Index of the noun for people that ends the lower-case nouns after a name at `last`, one
// or two words on (`Democratic rival`, `New Hampshire state director`), or `last` when none does.
function peopleHeadAfter(tokens: readonly FrameToken[], last: number): number {
  const next = tokens[last + 1] as FrameToken
  // (`the Port Esker United sprinter`: one its ending shows too, in lower case; the surest
  // endings only, as `the Carrier plant` is a thing.)
  if (peopleHead(next) || (!next.capitalized && roleEnding.test(next.bare))) return last + 1
  const after = tokens[last + 2]
  const compound =
    after?.word === true &&
    !after.capitalized &&
    after.quote < 0 &&
    !isClosedClass(next) &&
    !finiteShape(next) &&
    (peopleHead(after) || inList(after, WordList.roleHead))
  return compound ? last + 2 : last
}

// Endings of a singular noun for someone that seldom end a thing's (`sprinter`, `cellist`).
const roleEnding = /(?:[^aeiou]er|ist|ian|man|woman)$/u

// A noun for people, listed or shaped like one (`rival`, `aides`): the phrase it heads is
// someone, and a name before it only says which.
function peopleHead(token: FrameToken): boolean {
  return isPeopleNoun(token.bare) || isPeoplePlural(token.bare)
}

// `in downtown Washington`, `from rural Iowa`: a place a preposition governs through a word or
// two that modify it. Only a place, known or shown by a word that locates in it: before a
// person the words may end an adverbial (`In private Doe said`).
function placeAfterPreposition(tokens: readonly FrameToken[], mention: Mention): boolean {
  const modifier = itemAt(tokens, mention.first - 1)
  if (!isPlace(mention) && !(modifier?.word && placeModifiers.has(modifier.lower))) return false
  for (let index = mention.first - 1; index >= mention.first - 3; index--) {
    const token = tokens[index]
    if (!token?.word || token.capitalized) return false
    if (inList(token, WordList.preposition)) return index < mention.first - 1
    if (isClosedClass(token)) return false
  }
  return false
}

// `after the company cut its forecast`: `after`, `before`, `since` or `until` before a phrase
// and a verb open a clause whose subject the phrase is, rather than govern it as prepositions.
function opensSubordinateClause(
  tokens: readonly FrameToken[],
  word: FrameToken,
  mention: Mention,
): boolean {
  if (!subordinatingPrepositions.has(word.lower)) return false
  // `As Doe put it`, but `as senator representing the state`: `as` opens a clause before a
  // name or a pronoun, and a role otherwise.
  if (word.lower === 'as' && mention.kind !== 'name' && mention.kind !== 'pronoun') return false
  const next = tokens[asideEnd(tokens, mention.end)]
  return next?.word === true && !next.capitalized && next.quote < 0 && !isClosedClass(next)
}

const subordinatingPrepositions = new Set(['after', 'before', 'since', 'until', 'as'])

/**
 * Index past an aside set off by commas at `at` (`Doe, the No. 2 in the leadership, put it`),
 * or `at` when no comma closes one within `reach` tokens before `end`.
 *
 * @param tokens The paragraph's tokens.
 * @param at Index of the comma that may open the aside.
 * @param end Index the closing comma must come before.
 * @param reach How many tokens past `at` the closing comma may stand, and no more.
 */
export function asideEnd(
  tokens: readonly FrameToken[],
  at: number,
  end = tokens.length,
  reach = 14,
): number {
  if (tokens[at]?.text !== ',') return at
  for (let index = at + 1; index < end && index < at + reach; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) {
      // `Doe, known as “the Lighthouse”, said`: a few words in marks are a name or a term the
      // aside holds; a comma inside the marks closes it (`known as “the Lighthouse,” said`).
      // A quote right after the comma opens no aside: it is what the comma introduces.
      const close = index === at + 1 ? -1 : shortQuoteEnd(tokens, index)
      if (close < 0) return at
      if (commaInside(tokens, close) >= 0) return close
      index = close - 1
      continue
    }
    if (token.text === ',') return index + 1
  }
  return at
}

/**
 * Index past the quote whose first token is at `index` when it spans a few tokens (a name or a
 * title an aside or a role holds: `known as “the Lighthouse”`, `host of “The Long Table”`), or
 * -1.
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of the quote's first token.
 */
export function shortQuoteEnd(tokens: readonly FrameToken[], index: number): number {
  const quote = tokens[index]?.quote ?? -1
  if (quote < 0) return -1
  let close = index
  while (tokens[close]?.quote === quote) close++
  return close - index > asideQuoteTokens ? -1 : close
}

// Index of a comma standing last inside the marks of the quote that ends before `close`, or -1.
function commaInside(tokens: readonly FrameToken[], close: number): number {
  if (tokens[close - 1]?.text === ',') return close - 1
  return tokens[close - 2]?.text === ',' ? close - 2 : -1
}

// Tokens a quote inside an aside may span: its marks, a few words and a stop inside them.
const asideQuoteTokens = 8

/**
 * Index past an aside set off at `at` by commas (`asideEnd`), by dashes or by brackets
 * (`Jurandir Pinheiro — a regular who has bought a loaf there every morning for 40 years —
 * paused.`); `at` when none opens there, or none closes within `reach` tokens.
 *
 * @param tokens The paragraph's tokens.
 * @param at Index where the aside may open.
 * @param end Index it must close before.
 * @param reach How many tokens it may run.
 */
export function setOffEnd(
  tokens: readonly FrameToken[],
  at: number,
  end: number,
  reach = 16,
): number {
  const opener = tokens[at]?.text
  const closer = opener === '(' ? ')' : opener === '—' || opener === '–' ? opener : null
  if (closer === null) return asideEnd(tokens, at, end, reach)
  for (let index = at + 1; index < end && index < at + reach; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return at
    if (token.text === closer) return index + 1
  }
  return at
}

// The surname a given name alone shares with the full name `and` joins it to (`Okafor` for
// `Maria` in `Maria and Tomas Okafor`), or null. Both given names must be known ones: `Smith and
// Wesson Holdings` shares nothing.
function sharedSurname(tokens: readonly FrameToken[], name: Mention, high: number): string | null {
  const given = tokens[name.first] as FrameToken
  if (name.end - name.first !== 1 || !givenNameGenderOf(given.lower)) return null
  const other = tokens[name.end + 1]
  if (lowerAt(tokens, name.end) !== 'and' || !other?.capitalized || !givenNameGenderOf(other.lower))
    return null
  let last = name.end + 1
  while (last + 1 < high && isNameWord(tokens[last + 1] as FrameToken)) last++
  return last > name.end + 1 ? textOf(tokens, name.end + 2, last) : null
}

function continuesName(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  const previous = itemAt(tokens, index - 1) as FrameToken
  if (!token.word || token.quote >= 0) return false
  // A possessive ends a name unless a capitalized word follows (`Freedonia’s Foreign Ministry`).
  if (isPossessive(previous)) return token.capitalized && !isSubjectPronoun(token)
  if (isNameWord(token) || (token.capitalized && isTitle(token))) return true
  // `Ms. de la Fuente`: particles go on to the surname after them.
  if (isNameParticle(token.text, token.lower)) {
    let next = index + 1
    while (isNameParticle(tokens[next]?.text ?? '', tokens[next]?.lower ?? '')) next++
    const surname = tokens[next]
    if (surname !== undefined && surname.quote < 0 && isNameWord(surname)) return true
  }
  return (
    (token.lower === 'of' && tokens[index + 1]?.capitalized === true) ||
    insideOrganizationName(tokens, index)
  )
}

/**
 * The subject of the clause a cue stands in: the first mention that no preposition governs.
 *
 * @param mentions The sentence's mentions.
 * @param low First token of the clause.
 * @param high Token index the subject must come before.
 */
export function clauseSubject(
  mentions: readonly ScannedMention[],
  low: number,
  high: number,
): Mention | null {
  // Mentions are in reading order: find the first at `low` by bisection, then walk.
  let start = 0
  let end = mentions.length
  while (start < end) {
    const middle = (start + end) >> 1
    if ((mentions[middle] as ScannedMention).first < low) start = middle + 1
    else end = middle
  }
  for (let index = start; index < mentions.length; index++) {
    const mention = mentions[index] as ScannedMention
    if (mention.first >= high) break
    if (mention.role !== 'object') return mention
  }
  return null
}

/**
 * Past a clause a subordinator opens at `low` and a comma closes before `high`, or `low`. (Not
 * `as`: `As Breitbart News reported, …` names who reports.)
 *
 * @param tokens The paragraph's tokens.
 * @param low First token of the sentence.
 * @param high Index the search ends before.
 */
export function frontedClauseEnd(tokens: readonly FrameToken[], low: number, high: number): number {
  let first = low
  while (first < high && !(tokens[first] as FrameToken).word) first++
  if (!subordinators.has(tokens[first]?.lower ?? '')) return low
  for (let index = first + 1; index < high && index <= first + 24; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return low
    if (token.text === ',') return index + 1
  }
  return low
}

// Adverbs of place that follow a subject's noun (`the crowd outside`, `the people nearby`).
const postnominalPlaces = new Set(['outside', 'inside', 'nearby', 'outdoors', 'downstairs'])

/**
 * Where the clause ending at `high` opens: past the last semicolon after `low`, or at `low`.
 * `Roe had asked for patience; Doe, reading from a statement, …`: a clause after a semicolon
 * has a subject of its own.
 *
 * @param tokens The paragraph's tokens.
 * @param low First token of the sentence.
 * @param high Index the clause ends before.
 */
export function afterSemicolon(tokens: readonly FrameToken[], low: number, high: number): number {
  for (let at = high - 1; at > low; at--) if (tokens[at]?.text === ';') return at + 1
  return low
}

/** How a cue relates to the speaker: its subject, or (passive) the `by` phrase. */
export interface CueSubject {
  /** The speaker's mention. */
  mention: Mention
  /** Whether it came from the clause rather than right before the cue (less sure). */
  fromClause: boolean
}

/**
 * The subject of a speech cue: the phrase right before it (`Doe has also said`), past an
 * aside (`Doe, speaking aboard a plane, said`), or the clause's subject when the cue is
 * a participle or follows a conjunction (`…, saying`, `but said`).
 *
 * @param tokens The paragraph's tokens.
 * @param cue Index of the cue.
 * @param low First token of the sentence.
 * @param mentions The sentence's mentions.
 * @param participle Whether the cue is an `-ing` form.
 */
export function subjectOfCue(
  tokens: readonly FrameToken[],
  cue: number,
  low: number,
  mentions: readonly ScannedMention[],
  participle: boolean,
): CueSubject | null {
  low = afterSemicolon(tokens, low, cue)
  const fromClause = (): CueSubject | null => {
    // `After Balogh finished speaking, Sandhu stood up and said:`: the clause a subordinator
    // fronts has a subject of its own; the cue's clause starts past its comma.
    const start = frontedClauseEnd(tokens, low, cue)
    // In `Doe, who has in the past described Roe as …` the cue's clause is the relative one.
    const mention =
      relativeBefore(tokens, mentions, start, cue) ??
      openingSubjectBefore(tokens, mentions, start, cue) ??
      clauseSubject(mentions, start, cue)
    return mention ? { mention, fromClause: true } : null
  }
  if (participle) {
    return (
      participleSubject(tokens, cue, low, mentions) ??
      fromClause() ??
      openingGroup(tokens, low, cue)
    )
  }
  // `Taoiseach accused of ‘cheerleading’`, `Mayor slammed for “…”`: a verb of judging takes its
  // person as object, so right before `of` or `for` its past is a passive, as headlines drop
  // their `is`; the one judged does not speak.
  if (judgedBefore(tokens, cue)) return passiveAgent(tokens, cue)
  // `Ann Lee, Remembered: ‘…’`: a headline's past form in capitals, set off after a name and
  // closed by the colon, is a passive said of that name, who does not speak.
  if (
    tokens[cue]?.capitalized &&
    tokens[cue]?.lower.endsWith('ed') &&
    itemAt(tokens, cue - 1)?.text === ',' &&
    tokens[cue + 1]?.text === ':'
  )
    return null
  let index = cue - 1
  // `; most said`: a quantifier opening the clause is its subject, not a modifier; one floated
  // off the subject after it stands where an adverb does (`they all said`).
  while (
    index >= low &&
    ((isVerbModifier(tokens[index]) && !opensWithStandIn(tokens, index)) ||
      floatedQuantifier(tokens, index) ||
      // `The crowd outside chanted`: where the subject stands, after its noun.
      (index === cue - 1 && postnominalPlaces.has(tokens[index]?.lower ?? '')))
  ) {
    index--
  }
  // `My grandmother used to say`, `Doe liked to tell reporters`: a verb of habit and its `to`
  // stand where an auxiliary does (`would say`).
  if (
    index > low &&
    tokens[index]?.lower === 'to' &&
    habitVerbs.has(tokens[index - 1]?.lower ?? '') &&
    index === cue - 1
  ) {
    index -= 2
    while (index >= low && isVerbModifier(tokens[index])) index--
  }
  // `The Federation of Metal Workers on Sunday branded`: a day after `on` between the subject
  // and the cue dates the verb; the phrase before it is the subject.
  if (
    index - 2 >= low &&
    dayNames.has(lowerAt(tokens, index)) &&
    lowerAt(tokens, index - 1) === 'on' &&
    tokens[index - 2]?.word
  ) {
    index -= 2
    while (index >= low && isVerbModifier(tokens[index])) index--
  }
  // `a user posting under the handle “fogharbor” wrote`: a name of a word or two in marks ends
  // the phrase before the cue as the noun it names would.
  index = pastNameInMarks(tokens, index, low)
  const before = tokens[index]
  if (index < low || !before) return fromClause() ?? speakerAfterOpening(tokens, cue)
  // `A retired surgeon who reviewed the paper, speaking on condition of anonymity, said`: past
  // a participle's aside set off before the cue, a relative clause's object is no subject
  // either; the one the clause is about is.
  const aside = before.text === ',' ? participleAsideOpen(tokens, index, low) : -1
  if (aside > low) {
    const object =
      mentionEndingAt(tokens, aside - 1, low) ?? genericEndingAt(tokens, aside - 1, low)
    const about = object ? relativeObjectAntecedent(tokens, object, low) : null
    if (about) return { mention: about, fromClause: false }
    // (`One of his oldest friends, speaking on condition of anonymity because the family had
    // asked for privacy, said`: nor is anyone inside the aside; the phrase it is set off after
    // speaks, the share before `of` first.)
    // (`A trader in London, speaking …,`: the phrase the phrases before the aside modify.)
    const head = object ? modifiedHead(tokens, object, aside - 1, low) : null
    const share = head ? null : shareBefore(tokens, ofBefore(tokens, aside - 1, low), aside)
    if (share && share.first <= low + 1) return { mention: share, fromClause: false }
    // (Only a phrase that opens the clause: in `a person close to the coaching staff, …,` the
    // phrase before the aside is no subject, and the reading below finds the one that is.)
    const phrase = head ?? object
    if (
      phrase &&
      phrase.first <= low + 1 &&
      (phrase.kind === 'name' ||
        phrase.kind === 'pronoun' ||
        phrase.organization ||
        personNoun(phrase.head))
    )
      return { mention: phrase, fromClause: false }
  }
  // `But, said Jane Doe, “…”`, `Still, added Roe:`: after one word set off at the start of
  // the sentence, the cue opens its clause as if it opened the sentence.
  if (before.text === ',' && index - 1 === low && tokens[low]?.word && !tokens[low]?.nameWord) {
    return speakerAfterOpening(tokens, cue) ?? fromClause()
  }
  // `The plan, said Jane Doe, “will work”`: an inverted cue and its speaker set off by commas
  // inside the sentence.
  // Not after an aside set off after a name (`Gary Tonkin, 70, said his wife, Lorraine, had …`):
  // the cue is the name's verb.
  if (before.text === ',' && !asideAfterName(tokens, index)) {
    const inverted = speakerAfterOpening(tokens, cue)
    if (inverted && setOffAt(tokens, inverted.mention.end)) return inverted
  }
  if (before.text === ',') {
    // `the Regional Water Commission, whose secretary-general, Jane Doe, said`: the name set
    // off after the role of a relative `whose` is the cue's subject.
    const named = nameAfterWhose(tokens, index, low)
    if (named) return { mention: named, fromClause: false }
    // `Kaveh Roe, whose wife, Nomvula, was with him that day, said`: a relative clause set off
    // after the name opening the sentence runs to the comma before the cue, past asides inside
    // it and names it holds; the name speaks.
    const opener = relativeOpenerSubject(tokens, index, low)
    if (opener) return { mention: opener, fromClause: false }
    // `The board’s lone Democrat, Jane Doe (D-N.M.), said`: a bracket closing an aside before
    // the cue holds no subject; the name before the bracket, or the clause's subject, speaks.
    if (itemAt(tokens, index - 1)?.text === ')') {
      const open = openingBracket(tokens, index - 1, low, 7)
      const bracketed = open >= 0 ? mentionEndingAt(tokens, open - 1, low) : null
      return bracketed?.kind === 'name' ? { mention: bracketed, fromClause: false } : fromClause()
    }
  }
  if (before.word && passiveAuxiliaries.has(before.lower)) return passiveAgent(tokens, cue)
  if (!before.word && dashes.has(before.text)) return pastAside(tokens, index, low) ?? fromClause()
  // `When Roe called, I laughed and said …`: the subject of the clause the cue hangs on, or
  // the article phrase that opens the sentence (`The actor held an audition and asked …`).
  if (before.word && conjunctions.has(before.lower)) {
    // `The court heard that Doe approached him and told him …`: the cue joins the clause `that`
    // opens, whose subject is the first mention after it.
    const inner = thatClauseSubject(tokens, mentions, low, index)
    if (inner) return { mention: inner, fromClause: true }
    const opening = fromClause()
    if (opening) return opening
    const phrase = openingPhrase(tokens, low, cue)
    return phrase ? { mention: phrase, fromClause: true } : null
  }
  // `heard him yell “…”`: a verb of perception's object pronoun is its base-form verb's subject.
  const heard = perceivedBy(tokens, index) ? objectPronounAt(tokens, index) : null
  if (heard && cueForms.get((tokens[cue] as FrameToken).lower)?.base === tokens[cue]?.lower)
    return { mention: heard, fromClause: false }
  // `The pastry chef noted`: any article phrase right before the cue is its subject, head
  // noun known or not.
  let mention = mentionEndingAt(tokens, index, low) ?? genericEndingAt(tokens, index, low)
  // `Volunteers who staffed the shelter said`, `an engineer who inspected the levee said`: the
  // object of a relative clause's verb is no subject; the one the clause is about is.
  const about = mention ? relativeObjectAntecedent(tokens, mention, low) : null
  if (about) return { mention: about, fromClause: false }
  // `A fisherman from the coast said`: the phrase the phrases before the cue modify.
  mention = modifiedHead(tokens, mention, index, low) ?? mention
  // `A group of students said`: a collective's phrase runs on to the people it gathers.
  if (mention && mention.end < cue) {
    const people = peopleAfter(tokens, mention.end - 1, cue)
    if (people === index) mention = withPeople(tokens, mention, people)
  }
  // `Daughter of cellist Odhiambo says …`: a name after a noun of kinship and its `of` is
  // whose kin speaks, not who speaks.
  const kin = mention?.kind === 'name' ? kinOfName(tokens, mention, low) : null
  if (kin) return { mention: kin, fromClause: false }
  if (mention && !governed(tokens, mention)) return { mention, fromClause: false }
  // `One of the diplomats described`, `Some of them said`: the share before `of` speaks.
  const share = before.word ? shareBefore(tokens, ofBefore(tokens, index, low), index + 1) : null
  if (share) return { mention: share, fromClause: false }
  return fromClause()
}

// The phrase of a noun of kinship whose `of` names someone, past a role in lower case
// (`Daughter of cellist Odhiambo`, `the widow of Jabari Odhiambo`), ending with `name`; or null.
function kinOfName(tokens: readonly FrameToken[], name: Mention, low: number): Mention | null {
  let of = name.first - 1
  while (of > low && of >= name.first - 3 && plainWord(tokens[of])) of--
  const noun = tokens[of - 1]
  if (lowerAt(tokens, of) !== 'of' || !noun?.word || !kinNouns.has(noun.lower)) return null
  const article = inList(tokens[of - 2], WordList.determiner) ? of - 2 : of - 1
  if (article < low) return null
  const text = textOf(tokens, article, name.end - 1)
  return changedMention(name, {
    kind: 'anonymous',
    first: article,
    name: `${text.charAt(0).toLowerCase()}${text.slice(1)}`,
    head: noun.lower,
    titles: [],
    organization: false,
    gender: genderedTitles[noun.lower] ?? 'unknown',
  })
}

/**
 * Whether a token is a word in lower case of no closed class, such as may modify a noun
 * (`cellist`, `football`; a cue's word too: `text alert system`).
 *
 * @param token The token, if any.
 */
export function plainWord(token: FrameToken | undefined): boolean {
  return token?.word === true && !token.capitalized && token.quote < 0 && !isClosedClass(token)
}

// The comma that opens an aside of a participle in `-ing` closed by the comma at `comma`
// (`, speaking on condition of anonymity,`), or -1.
function participleAsideOpen(tokens: readonly FrameToken[], comma: number, low: number): number {
  for (let at = comma - 1; at > low && at >= comma - 16; at--) {
    const token = tokens[at] as FrameToken
    if (token.word) continue
    // (`A reviewer who evaluated the paper, and who asked not to be named, said`: a second
    // relative clause joined to the first is set off as such an aside is.)
    const joined =
      (tokens[at + 1]?.lower === 'and' || tokens[at + 1]?.lower === 'but') &&
      tokens[at + 2]?.lower === 'who'
    return token.text === ',' && (ingParticiple(tokens[at + 1]) || joined) ? at : -1
  }
  return -1
}

// Whether a token is a participle in `-ing` in lower case (`posting`, `standing`).
function ingParticiple(token: FrameToken | undefined): boolean {
  return (
    token?.word === true &&
    !token.capitalized &&
    token.lower.length > 4 &&
    token.lower.endsWith('ing') &&
    !isClosedClass(token)
  )
}

// Where the phrase before a closing mark at `index` goes on, past a name of one to three words
// in marks right after a noun (`the handle “fogharbor”`); `index` itself otherwise.
function pastNameInMarks(tokens: readonly FrameToken[], index: number, low: number): number {
  const close = tokens[index]
  if (!close || close.word || close.quote < 0) return index
  // (`who hosts the podcast “Local Matters,” told`: a comma inside the closing marks sets off an
  // aside as one after them would; the name does not end the subject's phrase.)
  if (tokens[index - 1]?.text === ',') return index
  let open = index - 1
  let words = 0
  while (open > low && tokens[open]?.quote === close.quote) {
    if (tokens[open]?.word) words++
    open--
  }
  // `open` stands on the opening mark's token or before it.
  if (tokens[open]?.quote === close.quote) open--
  const noun = tokens[open]
  if (words === 0 || words > 3 || !noun?.word || noun.capitalized || isClosedClass(noun))
    return index
  return open
}

// The phrase a relative clause (`who staffed the shelter`) is about, when `mention` is the
// object of its verb, or null.
function relativeObjectAntecedent(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
): Mention | null {
  // (A subject pronoun is no object: `critics who say he …` open a clause.)
  if (mention.kind === 'pronoun') return null
  return (
    nearRelativeAntecedent(tokens, mention, low) ?? openingRelativeSubject(tokens, mention, low)
  )
}

// `A worker who asked that her name not be used because she feared losing the job said`: a
// relative clause with no mark inside that runs from the phrase opening the sentence to the cue,
// however long, leaves the cue to that phrase.
function openingRelativeSubject(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
): Mention | null {
  for (let at = mention.first - 1; at > low && at >= mention.first - 24; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (token.lower !== 'who') continue
    const verb = tokens[at + 1]
    if (!verb?.word || verb.capitalized) return null
    const about = genericEndingAt(tokens, at - 1, low)
    const opens = about !== null && (about.first === low || about.first === low + 1)
    return opens && about.kind !== 'pronoun' && personNoun(about.head) ? about : null
  }
  return null
}

function nearRelativeAntecedent(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
): Mention | null {
  // `One supporter who has held a season ticket since the 1980s said`: nor is what a
  // preposition in the clause governs.
  // (Past an article or an owner: `with her two children`.)
  const opener = itemAt(tokens, mention.first - 1)?.lower ?? ''
  const article = articles.has(opener) || possessiveDeterminers.has(opener) ? 1 : 0
  if (inList(itemAt(tokens, mention.first - 1 - article), WordList.preposition))
    return relativeAntecedentBefore(tokens, mention.first - 1 - article, low)
  const verb = itemAt(tokens, mention.first - 1)
  let at = mention.first - 2
  // `a farmer whose land borders the site said`: `whose` and the noun it owns open the clause.
  const owned = tokens[at]
  const whose =
    owned?.word === true && !isClosedClass(owned) && itemAt(tokens, at - 1)?.lower === 'whose'
  if (whose) at--
  const relative = tokens[at]
  // (A cue's object too: `a farmer who called the emergency line said`. After `whose` and its
  // noun any word is the verb: `whose children attend the school`.)
  const verbAfterOwned = whose && verb?.capitalized === false && !isClosedClass(verb)
  if (!verb?.word || !(verbShape(verb) || verbAfterOwned)) return null
  const relativeWord = relative === undefined ? '' : relative.lower
  if (relativeWord !== 'who' && relativeWord !== 'that' && relativeWord !== 'whose') return null
  const last = at - 1
  if (last < low) return null
  const about = mentionEndingAt(tokens, last, low) ?? genericEndingAt(tokens, last, low)
  return about && about.kind !== 'pronoun' ? about : null
}

// The phrase a relative clause that runs, with no mark inside, up to `last` is about (`One
// supporter who has held a ticket since`), or null: `who` or `that` with a verb after it.
function relativeAntecedentBefore(
  tokens: readonly FrameToken[],
  last: number,
  low: number,
): Mention | null {
  for (let at = last; at > low && at >= last - 10; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue) return null
    if (token.lower !== 'who' && token.lower !== 'that') continue
    // A verb opens the clause (`who held`), or an auxiliary (`who has held`).
    const verb = tokens[at + 1]
    if (
      !verb?.word ||
      verb.capitalized ||
      (isClosedClass(verb) && !inList(verb, WordList.auxiliary))
    )
      return null
    let about = mentionEndingAt(tokens, at - 1, low) ?? genericEndingAt(tokens, at - 1, low)
    // `One resident of Grenmoor who …`: past the place that modifies the phrase.
    if (about && !personNoun(about.head) && postmodifierLink(itemAt(tokens, about.first - 1)))
      about =
        mentionEndingAt(tokens, about.first - 2, low) ??
        genericEndingAt(tokens, about.first - 2, low)
    return about && about.kind !== 'pronoun' && personNoun(about.head) ? about : null
  }
  return null
}

/**
 * `one of the diplomats`, `some of them`, `a third of the members`: a stand-in before `of`
 * and the group after it, a source the text does not name; null when no stand-in opens it.
 *
 * @param tokens The paragraph's tokens.
 * @param of Index of the `of`.
 * @param end Index past the phrase.
 */
export function shareBefore(
  tokens: readonly FrameToken[],
  of: number,
  end: number,
): Mention | null {
  if (tokens[of]?.lower !== 'of') return null
  const share = itemAt(tokens, of - 1) as FrameToken
  if (!share.word || !standInHeads.has(share.lower)) return null
  const first = inList(itemAt(tokens, of - 2), WordList.article) ? of - 2 : of - 1
  const written = textOf(tokens, first, end - 1)
  return {
    kind: 'anonymous',
    first,
    end,
    name: written.charAt(0).toLowerCase() + written.slice(1),
    titles: [],
    head: share.bare,
    organization: false,
    gender: 'unknown',
    plural: !singleShares.has(share.lower),
    antecedent: undefined,
    role: undefined,
  }
}

/**
 * Whether a lower-case word is a plural for people, listed or shaped like one (`engineers`).
 *
 * @param lower Lower-case word.
 */
export function peoplePluralShape(lower: string): boolean {
  return isPeoplePlural(lower) || (sShape(lower) && personNoun(singularOf(lower)))
}

/**
 * Index of the `of` that opens the group a share is taken of (`of the engineers`, `of them`),
 * with `head` its last word, or -1 when the group is no people.
 *
 * @param tokens The paragraph's tokens.
 * @param head Index of the group's last word.
 * @param low Index the search stops at.
 */
export function ofBefore(tokens: readonly FrameToken[], head: number, low: number): number {
  const word = tokens[head] as FrameToken
  if (partitivePronouns.has(word.lower))
    return itemAt(tokens, head - 1)?.lower === 'of' ? head - 1 : -1
  // A plural for people, listed or shaped like one (`engineers`).
  if (!peoplePluralShape(word.lower)) return -1
  for (let at = head - 1; at > low && at >= head - 4; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return -1
    if (token.lower === 'of') return at
  }
  return -1
}

const partitivePronouns = new Set(['them', 'us', 'those'])

// The name or phrase opening the sentence that a relative clause set off after it, running to
// the comma at `comma`, is about; or null. However long the clause, and whoever it names as a
// subject of its own (`who has taught there for 18 years and whose children studied there
// before Aisha Roe took over as head,`), the comma closes it, and the cue after is the opener's.
function relativeOpenerSubject(
  tokens: readonly FrameToken[],
  comma: number,
  low: number,
): Mention | null {
  for (let at = comma - 1; at > low; at--) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0) return null
    if (!inList(token, WordList.relativePronoun) || itemAt(tokens, at - 1)?.text !== ',') continue
    // (`The Ministry of Health, whose director, Jane Doe, resigned in May, said`, `The ministry,
    // whose …`: a body's name or phrase after its article opens the sentence as well.)
    let name = mentionEndingAt(tokens, at - 2, low) ?? genericEndingAt(tokens, at - 2, low)
    if (!name || name.kind === 'pronoun') return null
    // (`A lawyer representing the family, who declined to be named, said`: past the object of a
    // participle, the phrase the participle hangs on; `An aide to the minister, who …`: past a
    // preposition's, the phrase it modifies.)
    const link = itemAt(tokens, name.first - 1)
    if (name.kind !== 'name' && (ingParticiple(link) || postmodifierLink(link))) {
      const head = genericEndingAt(tokens, name.first - 2, low)
      if (head && head.first === low && personNoun(head.head)) name = head
    }
    const article = articles.has(tokens[low]?.lower ?? '')
    const opens =
      name.kind === 'name'
        ? name.first === low || (article && name.first === low + 1)
        : article && name.first === low
    return opens ? name : null
  }
  return null
}

// The name that the comma at `comma` closes, set off after `whose` and a role, or null.
function nameAfterWhose(tokens: readonly FrameToken[], comma: number, low: number): Mention | null {
  const name = comma - 1 > low ? mentionEndingAt(tokens, comma - 1, low) : null
  if (name?.kind !== 'name' || itemAt(tokens, name.first - 1)?.text !== ',') return null
  for (let at = name.first - 2; at >= low && at >= name.first - 6; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (token.lower === 'whose') return at < name.first - 2 ? name : null
  }
  return null
}

// Whether a word has the shape of a finite verb: a past, or a cue's present in `-s` (`told`,
// `says`), not a cue's bare form, which is a noun as often (`talk`, `comment`).
function finiteShape(token: FrameToken): boolean {
  const lower = token.lower
  if (token.cue) return lower.endsWith('s') || lower.endsWith('d') || irregularPasts.has(lower)
  // Not a word in `-s`: a plural modifies a title as often (`District sports officer`).
  return isPastForm(lower)
}

// Whether a lower-case word has the shape of a verb's form: a cue, a past in `-ed` or an
// irregular one, or a present in `-s`.
function verbShape(token: FrameToken): boolean {
  return token.cue || isPastForm(token.lower) || sShape(token.lower)
}

// Prepositions that join a role to whom it serves (`a spokesman for Mr. Doe`).
const roleLinks = new Set(['for', 'of', 'to', 'at'])

// `engineers` → `engineer`, `witnesses` → `witness`: the singular a regular plural was made from.
function singularOf(plural: string): string {
  return plural.endsWith('sses') ? plural.slice(0, -2) : plural.replace(/s$/u, '')
}
/** Words that stand for one person of some (`one`, `another`, `a third`). */
export const singleShares: ReadonlySet<string> = new Set([
  'one',
  'another',
  'other',
  'second',
  'third',
  'fourth',
  'fifth',
])

/**
 * `A fisherman from the coast said`, `a resident of the town in the north said`, `a nurse
 * contacted by the Gazette said`: the phrase that the phrases after it (a preposition's, a
 * participle's) modify, when it opens its clause and names someone; null when there is none.
 *
 * @param tokens The paragraph's tokens.
 * @param mention The phrase right before the cue, if any.
 * @param last Index of the last token before the cue.
 * @param low First token of the clause.
 */
function modifiedHead(
  tokens: readonly FrameToken[],
  mention: Mention | null,
  last: number,
  low: number,
): Mention | null {
  let modified = mention
  let link = modified
    ? ownerStart(tokens, modified.first, low) - 1
    : prepositionBefore(tokens, last, low)
  // `of the Institute for Science and Security`: the last words of a name joined inside it
  // belong to the whole name, which may in turn modify the phrase before it.
  if (modified?.kind === 'name' && joinsName(tokens, link))
    link = joinedNameStart(tokens, link, low) - 1
  for (let hops = 0; hops < 3 && link > low; hops++) {
    // A passive participle and its agent modify the noun before them, as a preposition's phrase
    // does.
    if (
      tokens[link]?.lower === 'by' &&
      isPastParticiple(itemAt(tokens, link - 1)) &&
      !itemAt(tokens, link - 1)?.cue
    )
      link--
    else if (!postmodifierLink(tokens[link])) break
    // `an agent involved in the talks`, `a lawyer based in Ohio`: a participle before the
    // preposition goes with its phrase; so does one in `-ing`, a cue's too (`a user posting
    // under the handle …`).
    else if (
      (isPastParticiple(itemAt(tokens, link - 1)) && !itemAt(tokens, link - 1)?.cue) ||
      ingParticiple(itemAt(tokens, link - 1))
    )
      link--
    // `at one of the three hospitals`: a partitive before `of` is part of the phrase it heads.
    if (tokens[link]?.lower === 'of' && partitives.has(itemAt(tokens, link - 1)?.lower ?? '')) {
      link -= 2
      continue
    }
    modified = mentionEndingAt(tokens, link - 1, low) ?? genericEndingAt(tokens, link - 1, low)
    if (!modified) {
      // `One retiree with 30 years on the job said`: a bare phrase with no article (`30 years`,
      // `decades`) between two links goes with the link before it.
      const bare = bareNounStart(tokens, link - 1, low)
      if (bare < 0 || !postmodifierLink(tokens[bare - 1])) break
      link = bare - 1
      continue
    }
    link = ownerStart(tokens, modified.first, low) - 1
  }
  // Only a phrase that opens its clause is the subject so modified (`Doe met a fisherman from
  // the coast said …` is no sentence to trust), or a name joined to another (`Tom Roe and Jane
  // Doe of the institute wrote`).
  return modified !== mention &&
    modified &&
    (opensAt(tokens, modified.first, low) ||
      frontedPhraseBefore(tokens, modified.first, low) ||
      (modified.kind === 'name' && itemAt(tokens, modified.first - 1)?.lower === 'and')) &&
    (modified.kind !== 'anonymous' || personNoun(modified.head))
    ? modified
    : null
}

// Past forms that open a participle's clause and show no `-ed` (`Born in Chios, Doe …`,
// `Caught off guard, Roe …`): the lexicon's irregular participles and pasts, and a few more.
// `Raised` and `Forced` may read as names at the start of a sentence; their form is enough.
const openingParticiples: ReadonlySet<string> = new Set([
  ...irregularParticiples,
  ...irregularPasts,
  'born',
  'grown',
  'raised',
  'forced',
])

// Words that take a share of the phrase after `of` (`one of the hospitals`).
const partitives = new Set([
  'one',
  'some',
  'many',
  'most',
  'each',
  'several',
  'two',
  'three',
  'all',
])

// Whether the token at `index` joins two capitalized words of one name (`Science and Security`).
function joinsName(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index]
  return (
    (token?.lower === 'and' || token?.text === '&') &&
    itemAt(tokens, index - 1)?.capitalized === true &&
    tokens[index + 1]?.capitalized === true
  )
}

// Where a name with link words inside it starts, reading back from the link at `index`
// (`the Institute for Science and Security`), within ten tokens: a link word stands between two
// capitalized words, and `the` opens the name.
function joinedNameStart(tokens: readonly FrameToken[], index: number, low: number): number {
  let start = index + 1
  for (let at = index; at >= low && at > index - 10; at--) {
    const token = tokens[at] as FrameToken
    if (token.word && token.capitalized) start = at
    else if (token.lower === 'the') return at
    else if (!(nameLinks.has(token.lower) || token.text === '&')) break
    else if (!itemAt(tokens, at - 1)?.capitalized || !tokens[at + 1]?.capitalized) break
  }
  return start
}

const nameLinks = new Set(['and', 'for', 'on'])

/**
 * Index of a statement or a message (`statement`, `tweet`, `letter`) that ends a phrase before
 * `end`, past the adverbials after it (`a statement on Wednesday`), or -1.
 *
 * @param tokens The paragraph's tokens.
 * @param end Index past the phrase and its adverbials.
 * @param low First token it may start at.
 */
export function issuedNounBefore(tokens: readonly FrameToken[], end: number, low: number): number {
  let noun = end - 1
  while (noun > low && noun > end - 7 && !issuedNouns.has(tokens[noun]?.lower ?? '')) noun--
  if (!issuedNouns.has(tokens[noun]?.lower ?? '')) return -1
  return adverbialsEnd(tokens, noun + 1, end) < end ? -1 : noun
}

/**
 * Who puts out the statement or message at `noun` (`The town released a statement`, `Doe put
 * out a short statement`): the subject of the verb it is the object of, read as a cue's, or
 * null.
 *
 * @param tokens The paragraph's tokens.
 * @param noun Index of the noun.
 * @param low First token of the sentence.
 * @param mentions The sentence's mentions.
 */
export function issuerOf(
  tokens: readonly FrameToken[],
  noun: number,
  low: number,
  mentions: readonly ScannedMention[],
  verbs?: ReadonlySet<string>,
): Mention | null {
  // `a short statement`: a determiner, and a modifier or two.
  let determiner = noun - 1
  while (determiner > noun - 3 && modifierWord(tokens[determiner])) determiner--
  if (!issuingDeterminers.has(tokens[determiner]?.lower ?? '')) return null
  // `put out`: a particle after the verb.
  let verb = determiner - 1
  if (verbParticles.has(tokens[verb]?.lower ?? '')) verb--
  const token = tokens[verb]
  if (!token || verb < low || isClosedClass(token)) return null
  if (!(isPastParticiple(token) || presentForm(token))) return null
  if (verbs && !verbs.has(token.lower)) return null
  const subject = subjectOfCue(tokens, verb, low, mentions, false)
  return subject && !subject.fromClause ? subject.mention : null
}

/**
 * Who a sentence says put out a statement or a letter (`Magnus Roe published an open letter to
 * Baobab Airways’ chair, Fatima Khoury, on Wednesday.`), by a verb that puts one out: the
 * quote that opens the next sentence is likely its words, however long the sentence runs after
 * the noun. Not one who got it (`Doe received a letter from the council`).
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the sentence's first token.
 * @param end Index past its last token.
 * @param mentions The sentence's mentions.
 */
export function paperIssuer(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
  mentions: readonly ScannedMention[],
): Mention | null {
  for (let noun = first + 2; noun < end; noun++) {
    if (!issuedNouns.has(tokens[noun]?.lower ?? '')) continue
    const issuer = issuerOf(tokens, noun, first, mentions, issuingVerbs)
    if (issuer) return issuer
  }
  return null
}

/**
 * Who a sentence says addressed an audience (`Oluwaseun Roe, chair of Pinecrest, addressed
 * shareholders at the annual meeting in São Paulo on Thursday.`): the quote that opens the next
 * sentence is likely what they told it. Only people or a gathering as the object: `addressed
 * his concerns`, `a letter addressed to the Khans` say nothing.
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the sentence's first token.
 * @param end Index past its last token.
 * @param mentions The sentence's mentions.
 */
export function audienceAddresser(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
  mentions: readonly ScannedMention[],
): Mention | null {
  for (let verb = first + 1; verb < end; verb++) {
    const lower = tokens[verb]?.lower ?? ''
    if (lower !== 'addressed' && lower !== 'addresses') continue
    const object = tokens[verb + 1]?.lower === 'the' ? verb + 2 : verb + 1
    const noun = tokens[object]
    if (!noun?.word || noun.capitalized) continue
    if (
      !(
        isPeoplePlural(noun.lower) ||
        peoplePluralShape(noun.lower) ||
        audienceNouns.has(noun.lower)
      )
    )
      continue
    const subject = subjectOfCue(tokens, verb, first, mentions, false)
    if (subject && !subject.fromClause) return subject.mention
  }
  return null
}

// Gatherings one addresses (`addressed the crowd`, `addressed the nation`).
const audienceNouns = new Set(
  'crowd audience nation rally conference meeting assembly congress parliament delegates staff'.split(
    ' ',
  ),
)

// Verbs that put a paper out, in the past or the present.
const issuingVerbs = new Set(
  `published publishes issued issues released releases sent sends wrote writes posted posts penned
  pens put puts signed signs circulated circulates shared shares left leaves`.split(/\s+/),
)

// A modifier between a determiner and its noun (`short`, `brief`), in lower case.
function modifierWord(token: FrameToken | undefined): boolean {
  return token?.word === true && !token.capitalized && !isClosedClass(token) && token.quote < 0
}

// `issues`, `posts`: a verb in the present, in lower case.
function presentForm(token: FrameToken): boolean {
  return token.word && !token.capitalized && token.quote < 0 && token.lower.endsWith('s')
}

const issuedNouns = new Set([
  'statement',
  'message',
  'tweet',
  'post',
  'letter',
  'memo',
  'note',
  // (`Osman Kovač left a scathing review on Booking.com … “…”`.)
  'review',
  'comment',
  'essay',
])
const issuingDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their'])
const verbParticles = new Set(['out', 'up', 'off'])

/**
 * The article phrase that opens a sentence (`The harbor master`, `A retired teacher`) when a
 * lower-case word follows it, as a verb would.
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of its first token.
 * @param high Index it must end before.
 */
export function openingPhrase(
  tokens: readonly FrameToken[],
  first: number,
  high: number,
): Mention | null {
  // `Another shrugged:`, `One laughed.`, `Some were blunter:`: a stand-in alone is the whole
  // phrase, its verb after it.
  const alone = inList(tokens[first], WordList.standInHead)
    ? mentionEndingAt(tokens, first, first)
    : null
  // (`My editor called me and said`: an owner's word opens such a phrase as an article does.)
  // (Not when the owner's noun owns in turn: `His father’s death drives him`.)
  const owned =
    possessiveDeterminers.has(tokens[first]?.lower ?? '') && !tokens[first + 1]?.possessive
  if (!alone && !owned && !inList(tokens[first], WordList.genericOpener)) return null
  const mention =
    alone ?? mentionStartingAt(tokens, first, high) ?? phraseBeforeVerb(tokens, first, high)
  // (`The presenter, however, was unmoved:`: past a word or two set off by commas.)
  const next = tokens[mention ? setOffWordsEnd(tokens, mention.end, high) : -1]
  if (!mention || mention.kind === 'pronoun' || !next?.word || next.capitalized) return null
  return mention
}

// Past a few lower-case words set off by commas at `at` (`, however,`, `, for her part,`), or
// `at` when none are.
function setOffWordsEnd(tokens: readonly FrameToken[], at: number, high: number): number {
  if (tokens[at]?.text !== ',') return at
  for (let index = at + 1; index < high && index <= at + 8; index++) {
    const token = tokens[index] as FrameToken
    if (token.text === ',') return index > at + 1 ? index + 1 : at
    if (!token.word || token.capitalized || token.cue || token.quote >= 0) return at
  }
  return at
}

// `A weary shopkeeper had …`: the article phrase up to the first word that reads as a verb (an
// auxiliary, a cue, a preposition), whatever its head noun.
function phraseBeforeVerb(
  tokens: readonly FrameToken[],
  first: number,
  high: number,
): Mention | null {
  for (let index = first + 1; index < high && index < first + 6; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) return null
    if (token.cue || isVerbModifier(token) || passiveAuxiliaries.has(token.lower)) {
      return index > first + 1 ? genericEndingAt(tokens, index - 1, first) : null
    }
  }
  return null
}

// Whether a comma, a colon or a dash closes a phrase ending at `end`, past a tag in brackets
// (`Rep. Jane Doe (D-Vt.),`) or a phrase that modifies it (`a member of the negotiating
// team,`): a cue and its speaker set off inside a sentence.
function setOffAt(tokens: readonly FrameToken[], end: number): boolean {
  let at = end
  if (tokens[at]?.text === '(') {
    while (at < end + 8 && tokens[at] !== undefined && tokens[at]?.text !== ')') at++
    at++
  } else if (postmodifierPrepositions.has(tokens[at]?.lower ?? '')) {
    const limit = at + 8
    while (at < limit && tokens[at]?.word && !tokens[at]?.cue && (tokens[at]?.quote ?? 0) < 0) at++
  }
  const closer = tokens[at]
  return closer !== undefined && !closer.word && setOffClosers.has(closer.text)
}

const setOffClosers = new Set([',', ':', '—', '–'])

// `they all`, `the two each`: a quantifier after a word it could be floated off.
function floatedQuantifier(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  const before = itemAt(tokens, index - 1)
  return floatedQuantifiers.has(token.lower) && before?.word === true && before.quote < 0
}

function opensWithStandIn(tokens: readonly FrameToken[], index: number): boolean {
  return standInHeads.has((tokens[index] as FrameToken).lower) && !itemAt(tokens, index - 1)?.word
}

// `Said Dorothy Poynter, who grew up next door, “…”`, `Stated Stone:`: a cue that opens its
// clause has turned its speaker round to follow it, when the cue is one news style inverts.
function speakerAfterOpening(tokens: readonly FrameToken[], cue: number): CueSubject | null {
  const entry = cueEntryAt(tokens, cue)
  if (!entry?.inverts || entry.form !== 'finite') return null
  const mention = mentionStartingAt(tokens, cueWordsEnd(tokens, cue), tokens.length)
  if (!mention || mention.kind === 'pronoun') return null
  // `said the allegations, if true, …`: the phrase after an inverted cue speaks only when it
  // names someone or a body.
  if (mention.kind !== 'name' && !personNoun(mention.head) && !organizationHeads.has(mention.head))
    return null
  return { mention, fromClause: false }
}

// `with two children said`: the preposition opening the bare phrase (no article) that ends at
// `last`, within a few lower-case words, or -1.
function prepositionBefore(tokens: readonly FrameToken[], last: number, low: number): number {
  for (let index = last - 1; index > low && index >= last - 4; index--) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.capitalized || token.quote >= 0 || token.cue) return -1
    if (inList(token, WordList.preposition)) return index
  }
  return -1
}

/**
 * Whether a noun names people (`fisherman`, `resident`, `organizer`): a source noun, a
 * stand-in, a noun for people in the list (`cousin`, `nun`), or an ending that makes a noun of
 * someone; for phrases in no list that must show they are someone (`The rejection of the
 * treaty signals …` is no one).
 *
 * @param head Lower-case head noun.
 */
export function personNoun(head: string): boolean {
  let known = personNouns.get(head)
  if (known === undefined) {
    // Kept by word: the sieve asks of the same few thousand words again and again, and the
    // lists and endings below cost more than a lookup. Cleared when full, so a text of endless
    // distinct words cannot grow it without bound.
    if (personNouns.size >= 65_536) personNouns.clear()
    known = readsAsPersonNoun(head)
    personNouns.set(head, known)
  }
  return known
}

const personNouns = new Map<string, boolean>()

function readsAsPersonNoun(head: string): boolean {
  return (
    sourceHeads.has(head) ||
    // `One of the protesters said`: a stand-in is someone.
    standInHeads.has(head) ||
    Object.hasOwn(genderedTitles, head) ||
    isPeopleNoun(head) ||
    // `The 37-year-old was blunt:`: an age is someone's.
    head.endsWith('-year-old') ||
    // `banner`, `poster`, `sticker`: things words are written on end like nouns for people.
    (personNounEnding.test(head) && !inscriptionNouns.has(head))
  )
}

// An article phrase of any noun ending at `last` that opens the sentence or a clause.
function openingGeneric(tokens: readonly FrameToken[], last: number, low: number): Mention | null {
  const phrase = genericEndingAt(tokens, last, low)
  return phrase && opensAt(tokens, phrase.first, low) ? phrase : null
}

// Whether a phrase at `first` opens the sentence, a clause set off by punctuation, or one a
// conjunction opens (`as the head of the committee has said`).
function opensAt(tokens: readonly FrameToken[], first: number, low: number): boolean {
  const before = itemAt(tokens, first - 1)
  if (first === low) return true
  if (before === undefined) return false
  return before.word ? clauseOpeners.has(before.lower) : before.quote < 0
}

// Whether a short phrase a preposition opens runs from the sentence's start `low` right up to
// `first`, with no comma (`At one point a reporter …`, `On Monday the mayor …`): a phrase
// after it opens the clause.
function frontedPhraseBefore(tokens: readonly FrameToken[], first: number, low: number): boolean {
  if (first - low < 2 || first - low > 4 || !inList(tokens[low], WordList.preposition)) return false
  for (let at = low + 1; at < first; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || verbBefore(tokens, at)) return false
  }
  return true
}

// Whether a word ties a phrase after a noun to it: a preposition (`from Ohio`, `of the town`)
// or a participle (`holding a sign`, `wearing a cap`).
// Where a bare phrase ending at `last` starts: one to three lower-case words or numbers, none
// a closed class's word or a cue (`30 years`, `three decades`); -1 when none is there.
function bareNounStart(tokens: readonly FrameToken[], last: number, low: number): number {
  let first = last + 1
  while (first - 1 >= low && first > last - 2) {
    const token = tokens[first - 1] as FrameToken
    // (A count in words, `three decades`, too.)
    const number =
      /^\d[\d,.]*$/u.test(token.text) ||
      inList(token, WordList.determiner) ||
      countWords.has(token.lower)
    if (!number && (!token.word || token.capitalized || token.cue || isClosedClass(token))) break
    first--
  }
  return first <= last ? first : -1
}

function postmodifierLink(token: FrameToken | undefined): boolean {
  if (!token?.word || token.capitalized || token.quote >= 0 || token.cue) return false
  return (
    postmodifierPrepositions.has(token.lower) ||
    (token.lower.length > 5 && token.lower.endsWith('ing'))
  )
}

// `the local farmers’ union`: where a phrase starts when a possessor stands before its head.
function ownerStart(tokens: readonly FrameToken[], first: number, low: number): number {
  // `Jane Doe of the Coalition for Fair Housing said`: a name read without its article starts
  // at the article.
  const article = itemAt(tokens, first - 1)
  if (first - 1 >= low && article?.lower === 'the') return first - 1
  // The owner opens the phrase read (`farmers’ union`) or stands right before it.
  let start = isPossessive(tokens[first] as FrameToken) ? first : first - 1
  const owner = tokens[start]
  if (start < low || !owner?.word || !isPossessive(owner)) return first
  while (start - 1 >= low && start > first - 5) {
    const previous = itemAt(tokens, start - 1) as FrameToken
    if (!previous.word || previous.quote >= 0 || previous.capitalized) break
    start--
    if (inList(previous, WordList.determiner)) break
  }
  return start
}

// Prepositions that open a phrase after a noun (`from Ohio`, `of the town`), not a clause.
const postmodifierPrepositions = new Set([
  'from',
  // `An aide to the minister, who …, said`.
  'to',
  // `Some fishermen on the wharf described …`.
  'on',
  'of',
  'for',
  'in',
  'at',
  'near',
  'outside',
  'with',
  // `A user posting under the handle …`.
  'under',
  'behind',
  'inside',
])

// Active verbs that report someone's words through their object (`quoted Doe as saying`, `The
// minutes record Doe as saying`).
const quotingVerbs = new Set([
  'quote',
  'quoted',
  'quotes',
  'quoting',
  'cite',
  'cited',
  'cites',
  'citing',
  'record',
  'recorded',
  'records',
  'recording',
])
// How far back from `as saying` the verb may stand: an object with an aside set off after it.
const quotedReach = 24

/**
 * `quoted Omar Saleh as saying`, `cited a senior official, who asked not to be named, as
 * saying`, `quoted him as telling`: the one a quoting verb at `verb` reports (its object, past
 * an aside set off by commas, brackets or dashes) and the index of the participle after `as`;
 * null when the verb does not go on so.
 *
 * @param tokens The paragraph's tokens.
 * @param verb Index of the verb (`quoted`, `cited`).
 * @param high Index the object and participle must end before.
 */
export function quotedAs(
  tokens: readonly FrameToken[],
  verb: number,
  high: number,
): { mention: Mention; participle: number } | null {
  if (!quotingVerbs.has(tokens[verb]?.lower ?? '')) return null
  const pronoun = objectPronounAt(tokens, verb + 1)
  // (`quoted she as …` is no English; `quoted her as saying` is the object pronoun.)
  const mention =
    pronoun ??
    (isSubjectPronoun(tokens[verb + 1] as FrameToken)
      ? null
      : mentionStartingAt(tokens, verb + 1, high))
  if (!mention || mention.first !== verb + 1) return null
  const at = setOffEnd(tokens, mention.end, high)
  const participle = at + 1
  if (tokens[at]?.lower !== 'as' || participle >= high) return null
  return cueEntryAt(tokens, participle)?.form === 'participle' ? { mention, participle } : null
}

/**
 * The one a participle after `as` reports, when a quoting verb before it takes them as its
 * object (`quoted Omar Saleh, the minister, as saying`); null otherwise.
 *
 * @param tokens The paragraph's tokens.
 * @param participle Index of the participle (`saying`).
 * @param low Index the verb may not stand before.
 */
export function quotedBefore(
  tokens: readonly FrameToken[],
  participle: number,
  low: number,
): Mention | null {
  if (itemAt(tokens, participle - 1)?.lower !== 'as') return null
  for (let verb = participle - 2; verb >= low && verb > participle - 2 - quotedReach; verb--) {
    if (!quotingVerbs.has(tokens[verb]?.lower ?? '')) continue
    const quoted = quotedAs(tokens, verb, participle + 1)
    return quoted?.participle === participle ? quoted.mention : null
  }
  return null
}

// The one a quoting participle names right before the colon or comma that opens the quote
// (`quoting her:`, `citing Tom Reyes, “…”`); null otherwise (`quoting her as saying` is read at
// its own participle).
function quotedObject(tokens: readonly FrameToken[], cue: number): Mention | null {
  const verb = tokens[cue]?.lower ?? ''
  if (!verb.endsWith('ing') || !quotingVerbs.has(verb)) return null
  const mention =
    objectPronounAt(tokens, cue + 1) ??
    (isSubjectPronoun(tokens[cue + 1] as FrameToken)
      ? null
      : mentionStartingAt(tokens, cue + 1, Math.min(tokens.length, cue + 1 + quotedReach)))
  if (!mention || mention.first !== cue + 1) return null
  // (The quote follows the object, at a colon or a comma: `citing her “long experience”` cites
  // a quality of hers, in words of the one who cites it.)
  const joint = tokens[mention.end]
  const next = tokens[mention.end + 1]
  if (joint?.text === ':') return mention
  return joint?.text === ',' && next !== undefined && !next.word && next.quote >= 0 ? mention : null
}

// Verbs whose subject a participle right after them shares (`kept saying`).
const participleTakers = new Set('keep keeps kept keeping continue continues continued'.split(' '))

// Participles of perceiving that a passive takes a cue's participle after (`heard saying`).
const perceivedPassives = new Set(['heard', 'seen', 'overheard', 'filmed', 'recorded', 'caught'])

// Index of the last word before a passive's auxiliaries and adverbs, read back from `end`
// (`Nasser` in `Nasser could be heard`, from the word before `heard`).
function pastAuxiliaries(tokens: readonly FrameToken[], end: number, low: number): number {
  while (
    end > low &&
    (isVerbModifier(tokens[end]) || passiveAuxiliaries.has(tokens[end]?.lower ?? ''))
  )
    end--
  return end
}

// Verbs of remembering, which take someone doing something as their object (`remembers her
// mother telling her`).
const rememberingVerbs = new Set(
  'remember remembers remembered remembering recall recalls recalled recalling'.split(' '),
)

// `footage of Jane Doe saying “…”`: an -ing cue right after a name (no comma between) is that
// name's; `After saying …, she was …`: with no subject before, the main clause's after it.
function participleSubject(
  tokens: readonly FrameToken[],
  cue: number,
  low: number,
  mentions: readonly ScannedMention[],
): CueSubject | null {
  // `Her office released a statement quoting her:`, `a post citing the mayor:`: a quoting
  // participle's object said the words; whoever put them out only passes them on.
  const passedOn = quotedObject(tokens, cue)
  if (passedOn) return { mention: passedOn, fromClause: false }
  // `The town released a statement Wednesday saying`: who put out the statement.
  const noun = issuedNounBefore(tokens, cue, low)
  const issuer = noun >= 0 ? issuerOf(tokens, noun, low, mentions) : null
  if (issuer) return { mention: issuer, fromClause: false }
  // `A veteran paramedic was quoted as saying`: the subject of the passive of report, any
  // article phrase.
  if (itemAt(tokens, cue - 1)?.lower === 'as' && itemAt(tokens, cue - 2)?.lower === 'quoted') {
    const end = pastAuxiliaries(tokens, cue - 3, low)
    const reported = mentionEndingAt(tokens, end, low) ?? genericEndingAt(tokens, end, low)
    if (reported && end < cue - 3) return { mention: reported, fromClause: false }
  }
  // `at the moment Nasser could be heard saying`, `Doe was seen shouting`: the one a passive of
  // hearing or seeing perceives says the words, not the subject of the clause it sits in.
  if (perceivedPassives.has(itemAt(tokens, cue - 1)?.lower ?? '')) {
    const end = pastAuxiliaries(tokens, cue - 2, low)
    const perceived = end < cue - 2 && tokens[end]?.word ? mentionEndingAt(tokens, end, low) : null
    if (perceived) return { mention: perceived, fromClause: false }
  }
  // `Emre Roe quoted Omar Saleh as saying`, `…, quoting Omar Saleh, the minister, as saying`:
  // the one quoted, after an active `quoted` or `cited`.
  const quoted = quotedBefore(tokens, cue, low)
  if (quoted) return { mention: quoted, fromClause: false }
  // `Carson privately saying`: adverbs between the subject and the participle.
  let last = cue - 1
  while (last > low && isVerbModifier(tokens[last])) last--
  // `The landlord kept saying`, `a neighbour continued shouting`: after a verb that takes the
  // participle as its own, the phrase before that verb is the subject, whatever its noun. (Not
  // `began`, nor a form of `be`: `as the meeting began vowing`, `said Fox executives were
  // calling “every 15 minutes”`, where the participle goes on from another clause or is no
  // cue.)
  // (Only where no phrase the scan knows opens the clause: `A man from the ministry kept
  // saying` is read there, as a whole.)
  if (participleTakers.has(tokens[last]?.lower ?? '') && !clauseSubject(mentions, low, cue)) {
    let end = last - 1
    while (end > low && isVerbModifier(tokens[end])) end--
    const taker = tokens[end]?.word
      ? (mentionEndingAt(tokens, end, low) ?? genericEndingAt(tokens, end, low))
      : null
    if (taker) return { mention: taker, fromClause: false }
  }
  // `heard the coach saying`, `still hears his father saying`, `remembers her mother telling
  // her`: the one a verb of perceiving or remembering takes as its object says the words,
  // whatever the phrase for them.
  // (`at a rally in Bridgeport, Connecticut, telling`: after a comma the participle hangs on the
  // clause, not on the name before it.)
  const mention = tokens[last]?.word ? mentionEndingAt(tokens, last, low) : null
  const object = mention ?? (tokens[last]?.word ? genericEndingAt(tokens, last, low) : null)
  const taking = object ? itemAt(tokens, object.first - 1) : undefined
  if (
    object &&
    object.kind !== 'pronoun' &&
    taking?.word === true &&
    (perceptionVerbs.has(taking.lower) || rememberingVerbs.has(taking.lower))
  )
    return { mention: object, fromClause: false }
  const governor = mention ? itemAt(tokens, mention.first - 1) : undefined
  // `with Doe calling it …` and `footage of Doe saying …`, but not `a letter to Doe asking …`
  // or `a post on Twitter reading …`, where the writer speaks.
  const free =
    !governor?.word || !inList(governor, WordList.preposition) || agentive.has(governor.lower)
  if (mention?.kind === 'name' && free) return { mention, fromClause: false }
  // `…, with critics calling it “…”`, `with one of her ads asking`: after `with`, the phrase
  // before the participle is its subject, whatever it names (the absolute construction).
  const absolute = withSubject(tokens, last, low)
  if (absolute) return { mention: absolute, fromClause: false }
  // `Turnout rose, the ministry said on Tuesday, describing …`: after a cue group that closes
  // at the participle's comma, the participle goes on from that cue, and shares its subject.
  // (The cue's clause is the sentence's, or one set off by a comma: not one inside its object,
  // `repeated accusations that Rubio recites the same points,`.)
  const reporting = tokens[last]?.text === ',' ? cueClosingAt(tokens, last, low) : -1
  // (Not a cue of a relative clause set off before it, `praised Tom Roe, who called for help,
  // saying`: the participle goes on from the main clause.)
  const relative =
    reporting >= 0 && relativePronouns.has(itemAt(tokens, reporting - 1)?.lower ?? '')
  const reporter =
    reporting >= 0 && !relative ? subjectOfCue(tokens, reporting, low, mentions, false) : null
  if (reporter) {
    let start = Math.min(reporting, reporter.mention.first)
    if (inList(tokens[start - 1], WordList.determiner)) start--
    if (start <= low || tokens[start - 1]?.text === ',') return reporter
  }
  if (clauseSubject(mentions, low, cue)) return null
  // `Saying “…”, Doe left`, `And in explaining why …, Clinton described`: a participle that
  // opens the sentence, after function words alone, takes the subject after it; one inside it
  // (`…, chanting “…” as police looked on`) does not.
  for (let index = low; index < cue; index++) {
    const token = tokens[index] as FrameToken
    if (token.word && token.quote < 0 && !isClosedClass(token)) return null
  }
  const after = mentions.find((candidate) => candidate.first > cue && candidate.role === 'subject')
  // (Past the comma that closes the participle's phrase: right after it a name is its object,
  // `Remembering Ann Lee: ‘…’`, `Praising Tom Roe: ‘…’`.)
  if (!after || !hasComma(tokens, cue, after.first)) return null
  return { mention: after, fromClause: true }
}

const agentive = new Set(['of', 'with'])

// `The farmers marched through the city on Tuesday, chanting “…”`: a phrase for people the scan
// keeps no mention of (a plural known by its ending), opening the sentence before its verb, is
// the subject a participle later in the clause goes on from. Null when the sentence opens
// otherwise, or a clause is set off before the participle by a word that opens one.
function openingGroup(tokens: readonly FrameToken[], low: number, cue: number): CueSubject | null {
  // (Read back from each word, as a count before the crowd opens no phrase read forward:
  // `Thousands of farmers`.)
  let phrase: Mention | null = null
  for (let last = low; last < cue && last < low + 8 && !phrase; last++) {
    const token = tokens[last] as FrameToken
    if (!token.word || token.quote >= 0) return null
    const found = mentionEndingAt(tokens, last, low)
    if (found?.first === low) phrase = found
  }
  if (phrase?.kind !== 'anonymous' || !phrase.plural) return null
  if (!tokens[phrase.end]?.word || tokens[phrase.end]?.cue) return null
  for (let index = phrase.end; index < cue; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || clauseOpeners.has(token.lower)) return null
  }
  return { mention: phrase, fromClause: true }
}

// The finite cue, within a few words before the comma at `comma`, whose group (its words and
// adverbials) runs to that comma; -1 when none does.
function cueClosingAt(tokens: readonly FrameToken[], comma: number, low: number): number {
  for (let at = comma - 1; at >= low && at >= comma - 8; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return -1
    if (!token.cue || cueEntryAt(tokens, at)?.form !== 'finite') continue
    return readCueGroup(tokens, at, comma).end === comma ? at : -1
  }
  return -1
}

// The phrase `with` opens that ends at `last`, right before a participle: `with aides
// insisting`, `with his campaign saying`, `with one of her ads asking`.
function withSubject(tokens: readonly FrameToken[], last: number, low: number): Mention | null {
  const token = tokens[last]
  if (!token?.word || token.quote >= 0) return null
  for (let at = last - 1; at >= low && at >= last - 6; at--) {
    const word = tokens[at] as FrameToken
    if (!word.word) return null
    if (word.lower !== 'with') continue
    const mention = mentionEndingAt(tokens, last, at + 1) ?? genericEndingAt(tokens, last, at + 1)
    if (mention?.first === at + 1) return mention
    return shareBefore(tokens, ofBefore(tokens, last, at + 1), last + 1)
  }
  return null
}

const clauseOpeners = new Set([
  'that',
  'when',
  'while',
  'because',
  'and',
  'but',
  'so',
  'as',
  'after',
  'before',
  'if',
  'although',
  'though',
  'since',
  'until',
  'where',
  'then',
])

/**
 * The subject of the clause an `-ing` cue hangs on: the nearest mention before it that opens
 * a clause (at the start, after punctuation or `that`, `when`, `and` …) and has a verb after
 * it. `Speaking in Salem, New Hampshire, Doe went after Roe, calling him …` gives `Doe`, not
 * the place a comma set off.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions The sentence's mentions.
 * @param low First token of the sentence.
 * @param cue Index of the cue.
 * @param withinClause Whether the mention must be in the cue's own clause (no comma between).
 */
export function openingSubjectBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  low: number,
  cue: number,
  withinClause = false,
): Mention | null {
  let boundary = cue
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index] as ScannedMention
    if (mention.first >= cue) continue
    if (mention.first < low) break
    if (withinClause && breaksClause(tokens, mention.end, boundary)) return null
    boundary = mention.first
    // `Jane Doe (D-Pa.), chairman of the panel, said`: the apposition renames the subject.
    // It is closed by a comma of its own before the cue, or by the colon that opens the quote:
    // `…, the candidate stated` after an opening phrase is the subject.
    const closed =
      hasComma(tokens, mention.end, cue) ||
      (tokens[cue]?.text === ':' && !hasCueBetween(tokens, mention.end, cue))
    const renamed = closed ? appositionTo(tokens, mentions, index) : null
    if (renamed && renamed.first >= low && renamed.role !== 'object') {
      if (opensClause(tokens, renamed, low, withinClause)) return renamed
      continue
    }
    // `spoke with Tom Roe, the chief engineer, noting`: what renames an object is the object's,
    // no subject of its own, when a comma closes it before any verb (`the United States,
    // Clinton's aide rallied supporters, saying` opens a clause).
    // (`met with Deng Haoran, a detective who testified in the trial, and said`: nor past a
    // relative clause of its own that a comma closes.)
    if (
      renamed &&
      renamed.first >= low &&
      (setOffBeforeVerb(tokens, mention.end, cue) ||
        (renamed.role === 'object' &&
          inList(tokens[mention.end], WordList.relativePronoun) &&
          hasComma(tokens, mention.end, cue)))
    )
      continue
    // `spoke with Nguyen Thi Mai, who farms along the river, noting`: nor does a relative
    // clause set off after an object (though `asked by Bill Maher, who …,` is the agent's), or
    // after what renames one (`a detective who testified, and said`).
    const previous = itemAt(mentions, index - 1)
    const afterObject =
      previous !== undefined &&
      previous.role !== 'subject' &&
      ((previous.end === mention.antecedent?.end && objectOfWord(tokens, previous.first)) ||
        (previous.end === mention.first &&
          appositionTo(tokens, mentions, index - 1)?.role === 'object'))
    if (mention.antecedent && afterObject && hasComma(tokens, mention.end, cue)) continue
    // `Dr. Huda Haddad, an ecologist at the institute, who did not sign the letter, said`: a
    // relative clause a comma closes right before the cue is set off after its antecedent,
    // whose clause the cue's is.
    if (
      mention.antecedent &&
      mention.kind === 'pronoun' &&
      tokens[cue]?.word &&
      tokens[cue - 1]?.text === ','
    )
      continue
    // `thanked Tom Roe, Ana Poe and Kim Lee on Sunday, adding`, `praised Tom Roe and volunteers
    // from the Red Cross, adding`: a phrase listed right after an object's, past a comma or
    // `and`, is one more object, no clause's subject.
    // (A phrase that a verb of its own follows is a subject listed with the one before it:
    // `while Doe and other leaders penned`.)
    const after = tokens[mention.end]
    const verbless =
      !after?.word ||
      inList(after, WordList.preposition) ||
      adverbialsEnd(tokens, mention.end, cue) > mention.end
    if (
      mention.kind !== 'pronoun' &&
      previous !== undefined &&
      previous.kind !== 'pronoun' &&
      (verbless || (mention.kind === 'name' && previous.kind === 'name')) &&
      listedAfter(tokens, previous, mention)
    )
      continue
    // `Petrović turned to her opponent, Anders Horvat:`: a name set off after a phrase the
    // subject's verb or a preposition takes renames that object (a phrase the scan may have
    // read as the object already).
    const object = previous?.role === 'object' && previous.end === mention.first - 1
    const subject = object ? itemAt(mentions, index - 2) : previous
    if (
      mention.kind === 'name' &&
      subject?.role === 'subject' &&
      renamesObject(tokens, subject.end, mention.first)
    )
      continue
    if (
      mention.role === 'object' ||
      !(opensClause(tokens, mention, low, withinClause) || afterObjectRelative(tokens, mention))
    )
      continue
    // Set off by commas, an opening mention needs a verb after it to be a subject (`In Salem,
    // New Hampshire, Doe …`); inside one clause it is one already.
    if (withinClause || tokens[mention.end]?.word)
      return appositiveName(tokens, mentions, index, cue)
    // `when a city councilman, Raymond Feld, stood up and called`: the name set off after the
    // phrase, with a verb after it.
    const named = appositiveName(tokens, mentions, index, cue)
    const close = named === mention ? -1 : nameTailEnd(tokens, named.end, cue)
    if (close >= 0 && tokens[close]?.text === ',' && tokens[close + 1]?.word) return named
  }
  return null
}

// Whether the words from `from` to a comma right before `name` end in a phrase for someone that
// something takes: a verb or a preposition, then an article or an owner's word and at most three
// lower-case words (`turned to her opponent,`, `thanked the moderator,`).
function renamesObject(tokens: readonly FrameToken[], from: number, name: number): boolean {
  const comma = name - 1
  if (tokens[comma]?.text !== ',') return false
  for (let at = comma - 2; at >= from + 1 && at >= comma - 4; at--) {
    const word = tokens[at] as FrameToken
    if (!word.word || word.capitalized || word.quote >= 0) return false
    if (!inList(word, WordList.article) && !possessiveDeterminers.has(word.lower)) continue
    for (let noun = at + 1; noun < comma; noun++) {
      const token = tokens[noun] as FrameToken
      if (!token.word || token.capitalized || isClosedClass(token)) return false
    }
    // (A phrase for someone, that a name can rename.)
    if (!personNoun(lowerAt(tokens, comma - 1))) return false
    const taker = itemAt(tokens, at - 1)
    if (taker === undefined || at - 1 < from) return false
    return (
      inList(taker, WordList.preposition) ||
      (taker.word && !taker.capitalized && !isClosedClass(taker) && taker.quote < 0)
    )
  }
  return false
}

// Whether `mention` follows `previous`, a name that is no subject, as the next item of a list:
// `and` or `or` alone between them, or a comma when the list goes on after it (`Roe, Poe and`;
// not `When told Perez was in the Cabinet, Bush thought`).
function listedAfter(
  tokens: readonly FrameToken[],
  previous: ScannedMention,
  mention: Mention,
): boolean {
  if (previous.role === 'subject' || previous.end !== mention.first - 1) return false
  const link = tokens[previous.end] as FrameToken
  if (link.lower === 'and' || link.lower === 'or') return true
  const next = tokens[mention.end]
  return link.text === ',' && (next?.text === ',' || next?.lower === 'and' || next?.lower === 'or')
}

// `The committee’s chair, the Labour MP Jo Roe,`, `Counsel for the firm, advocate Raj Roe,`:
// a name set off after a role may bring an article and a noun for its role of its own.
function roleBeforeSetOffName(tokens: readonly FrameToken[], from: number, name: number): boolean {
  if (name - from > 2) return false
  for (let index = from; index < name; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.capitalized || token.cue) return false
    if (inList(token, WordList.article) && index === from) continue
    // `Her editor, the late Gordon Pratt-Wheeler,`: the dead are named so.
    if (token.lower === 'late' && itemAt(tokens, index - 1)?.lower === 'the') continue
    if (isClosedClass(token) || !(isTitleWord(token.lower) || isPeopleNoun(token.lower)))
      return false
  }
  return true
}

// The name a source gives itself in a relative clause right after its phrase (`, who identified
// herself only as Brenda`, `who gave his name as Musa`, `who gave only her surname, Wong`), or
// undefined.
function selfGivenName(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  end: number,
  cue: number,
): ScannedMention | undefined {
  let at = tokens[end]?.text === ',' ? end + 1 : end
  if (tokens[at]?.lower !== 'who') return undefined
  const verb = tokens[at + 1]?.lower
  if (verb !== 'identified' && verb !== 'gave' && verb !== 'introduced') return undefined
  for (at += 2; at < cue && at < end + 10; at++) {
    const token = tokens[at] as FrameToken
    if (token.capitalized && token.word) {
      const link = itemAt(tokens, at - 1)
      if (link?.lower !== 'as' && link?.text !== ',') return undefined
      return mentions.find((mention) => mention.first === at && mention.kind === 'name')
    }
    if (!token.word && token.text !== ',') return undefined
  }
  return undefined
}

// `at 7:02 a.m. Pacific time`, `9pm Eastern Time`, `08:12 UTC`, `3 p.m. EST`: a clock's zone
// names no one. Capitals alone after a time of day are one; after a bare number (`2019 NASA`)
// they may be anyone.
function timeZone(tokens: readonly FrameToken[], first: number, last: number): boolean {
  const before = itemAt(tokens, first - 1)
  if (before === undefined) return false
  if (tokens[last + 1]?.lower !== 'time') {
    return first === last && isAcronym((tokens[first] as FrameToken).text) && clockTime(before.text)
  }
  return /^\d/u.test(before.text) || /^[ap]\.?m\.?$/iu.test(before.text)
}

// `08:12`, `9am`, `10.30pm`, `p.m.`: a time of day, not any number.
function clockTime(text: string): boolean {
  return /^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$|^\d{1,2}[ap]\.?m\.?$|^[ap]\.m\.$/iu.test(text)
}

// The name right after a naming participle at `at` (`known as`, `identified as`; `named` and
// `called` only after `a`, `an` or `one`, since after `the` they are a verb with an object:
// `the senator called Doe a liar`).
function namedBy(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  mention: Mention,
  at: number,
): ScannedMention | undefined {
  const word = tokens[at]?.lower
  let first = -1
  if ((word === 'known' || word === 'identified') && tokens[at + 1]?.lower === 'as') first = at + 2
  else if (
    (word === 'named' || word === 'called') &&
    indefiniteOpeners.has(tokens[mention.first]?.lower ?? '')
  )
    first = at + 1
  if (first < 0) return undefined
  return mentions.find((other) => other.first === first && other.kind === 'name')
}

const indefiniteOpeners = new Set(['a', 'an', 'one'])

/**
 * `The Polish prime minister, Jane Doe, was blunter`: a name set off by commas right after a
 * role phrase is who the phrase is; otherwise the mention at `index` stands.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions The sentence's mentions.
 * @param index Index (in `mentions`) of the role phrase.
 * @param cue Token index the name must come before.
 */
export function appositiveName(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
  cue: number,
): ScannedMention {
  const mention = mentions[index] as ScannedMention
  // `a civil servant who gave only her surname, Wong, said`: the relative's own name for itself.
  if (mention.kind === 'pronoun' && mention.head === 'who') {
    return selfGivenName(tokens, mentions, mention.first, cue) ?? mention
  }
  if (mention.kind !== 'description' && mention.kind !== 'anonymous' && !titleOnly(tokens, mention))
    return mention
  // A paper is not the person named after it (`a letter to the mayor’s aide, Tom Roe,`).
  if (documentHeads.has(mention.head)) return mention
  // `A spokesman for Mr. Doe, Tom Roe,`: past the phrase the role's preposition governs.
  let roleEnd = mention.end
  let following = index + 1
  // Past phrases joined by `of` and a tag in brackets (`the National Publicity Secretary of
  // the Association of Petroleum Retailers of Nigeria (ADPRN), Ibrahim Garba,`).
  for (let hops = 0; hops < 4; hops++) {
    const governed = mentions[following]
    if (
      roleLinks.has(tokens[roleEnd]?.lower ?? '') &&
      governed?.role === 'object' &&
      governed.first <= roleEnd + 2
    ) {
      roleEnd = governed.end
      following++
      continue
    }
    if (hops > 0 && textAt(tokens, roleEnd) === '(') {
      let close = roleEnd + 1
      while (close < cue && close < roleEnd + 8 && textAt(tokens, close) !== ')') close++
      if (textAt(tokens, close) !== ')') break
      while ((mentions[following]?.first ?? Number.POSITIVE_INFINITY) < close) following++
      roleEnd = close + 1
      continue
    }
    break
  }
  // `a teacher named Jane Doe`, `a producer known as DJ Femzy`: the name a naming participle
  // gives the phrase, before a comma would close the phrase past it.
  const named = namedBy(tokens, mentions, mention, roleEnd)
  if (named) {
    if (named.gender === 'unknown') named.gender = mention.gender
    return named
  }
  // `UNHCR’s representative in Chad, Ama Roe,`, `A lawyer representing the office, Tom Roe,`:
  // past any other phrase that modifies the role, up to the comma that closes it.
  if (tokens[roleEnd]?.text !== ',') {
    const comma = postmodifierComma(tokens, roleEnd, cue)
    if (comma >= 0) {
      roleEnd = comma
      while ((mentions[following]?.first ?? Number.POSITIVE_INFINITY) <= comma) following++
    }
  }
  // `a caller who identified herself only as Brenda`, `who gave only her surname, Wong,`: the
  // name a source gives itself.
  const given = selfGivenName(tokens, mentions, roleEnd, cue)
  if (given) {
    if (given.gender === 'unknown') given.gender = mention.gender
    return given
  }
  const next = mentions[following]
  if (next?.kind !== 'name' || next.first >= cue) return mention
  // `… in Bridgeport, Connecticut,`: a place set off after a place is where, not who.
  if (placeNames.has(next.name.toLowerCase())) return mention
  const end = nameTailEnd(tokens, next.end, cue)
  const setOff =
    tokens[roleEnd]?.text === ',' &&
    roleBeforeSetOffName(tokens, roleEnd + 1, next.first) &&
    (textAt(tokens, end) === ',' || textAt(tokens, end) === '.' || end >= cue)
  if (!setOff) return mention
  // `her husband, Tom`: the role tells the name's gender.
  if (next.gender === 'unknown') next.gender = mention.gender
  return next
}

/**
 * Index of the comma that closes a phrase modifying a role, from `from` (right past the role's
 * noun), or -1: a preposition's phrase (`in Chad`), a participle's (`representing the office`,
 * `based in Lagos`) or a second noun joined by `and` (`and community organiser`), with no cue,
 * quote, clause or name of its own on the way.
 */
export function postmodifierComma(
  tokens: readonly FrameToken[],
  from: number,
  high: number,
): number {
  const first = itemAt(tokens, from)
  if (!first?.word || first.cue || first.capitalized) return -1
  const lower = first.lower
  // A past form opens such a phrase only before its preposition (`hired by`, `based in`); before
  // an object it is the sentence's verb (`Doe debuted the insult in Bridgeport, Connecticut,`).
  const participle = isPastParticiple(first) && inList(tokens[from + 1], WordList.preposition)
  // `A former student who is now a paramedic, Jo Roe,`: a relative clause that says what else
  // the one in the role is.
  if (lower === 'who') return predicateRelativeComma(tokens, from, high)
  const opens = prepositions.has(lower) || lower === 'and' || lower.endsWith('ing') || participle
  if (!opens) return -1
  for (let index = from + 1; index < high && index < from + 10; index++) {
    const token = tokens[index] as FrameToken
    // `in the state`: a cue word after an article is a noun.
    if (
      token.quote >= 0 ||
      (token.cue && !cueAsNoun(tokens, index) && !nounBeforeComma(tokens, index, from))
    )
      return -1
    if (!token.word) return token.text === ',' && index > from + 1 ? index : -1
    if (inList(token, WordList.relativePronoun) || isSubjectPronoun(token)) return -1
    // `and Jane Doe` joins a second person, not a second noun for the role.
    if (lower === 'and' && token.capitalized) return -1
  }
  return -1
}

// Whether the cue's form at `index` is the noun that ends an article's phrase opened after
// `from`, right before a comma (`envoy to the peace talks,`, `a delegate at the trade talks,`):
// a verb there would have nothing after it.
function nounBeforeComma(tokens: readonly FrameToken[], index: number, from: number): boolean {
  if (itemAt(tokens, index + 1)?.text !== ',' || tokens[index]?.capitalized) return false
  for (let at = index - 1; at > from; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word) return false
    if (inList(token, WordList.article) || possessiveDeterminers.has(token.lower)) return true
  }
  return false
}

// The comma closing `who is now a paramedic` (a relative `who`, a form of `be` or `become`, an
// article and the words of a phrase for someone) from the `who` at `from`, or -1.
function predicateRelativeComma(tokens: readonly FrameToken[], from: number, high: number): number {
  let at = from + 1
  if (!copulas.has(tokens[at]?.lower ?? '')) return -1
  at++
  while (isVerbModifier(tokens[at])) at++
  if (!inList(tokens[at], WordList.article)) return -1
  for (let index = at + 1; index < high && index < at + 5; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) return token.text === ',' && index > at + 1 ? index : -1
    if (token.quote >= 0 || token.cue || token.capitalized || isClosedClass(token)) return -1
  }
  return -1
}

const copulas = new Set(['is', 'was', 'became', 'becomes'])

/**
 * The noun of what a relative clause right after a role says the one in it is as well (`a
 * former student who is now a paramedic,` gives `paramedic`), or undefined.
 *
 * @param tokens The paragraph's tokens.
 * @param at Index right past the role's phrase.
 * @param high Index past the last token to look at.
 */
export function predicateRole(
  tokens: readonly FrameToken[],
  at: number,
  high: number,
): string | undefined {
  if (tokens[at]?.lower !== 'who') return undefined
  const comma = predicateRelativeComma(tokens, at, high)
  return comma < 0 ? undefined : (itemAt(tokens, comma - 1) as FrameToken).bare
}

// `the National Publicity Secretary`: a role in capitals read as a name, ending on its noun
// (a person's name ends on the name).
function titleOnly(tokens: readonly FrameToken[], mention: Mention): boolean {
  return (
    mention.kind === 'name' &&
    roleHeads.has(mention.head) &&
    isTitle(itemAt(tokens, mention.end - 1) as FrameToken)
  )
}

/**
 * Index past what may follow a name before the comma that closes it: a party tag in
 * parentheses (`Sen. Tom Roe (D-N.M.)`) and a phrase that places the person (`Jane Doe of the
 * American Federation of Teachers`).
 *
 * @param tokens The paragraph's tokens.
 * @param from Index past the name.
 * @param high Index past the last token to look at.
 */
export function nameTailEnd(tokens: readonly FrameToken[], from: number, high: number): number {
  let at = from
  if (tokens[at]?.text === '(') {
    const close = tokens.findIndex((token, index) => index > at && token.text === ')')
    if (close < 0 || close > at + 6) return from
    at = close + 1
  }
  // `Jane Doe of Morrow & Pike,`: the name took the body's first word; `&` goes on with it.
  const joined = tokens[at]?.text === '&' && tokens[at + 1]?.capitalized === true
  // (`Ana Roe, Qarimor’s ambassador to Kaldera,`: `to` after a noun for someone too.)
  const to =
    tokens[at]?.lower === 'to' &&
    itemAt(tokens, at - 1)?.word &&
    personNoun(bare(itemAt(tokens, at - 1) as FrameToken))
  // (`a seed company based in Cork,`: a participle that places the role, with its preposition.)
  const placed =
    placingParticiples.has(tokens[at]?.lower ?? '') &&
    (tokens[at + 1]?.lower === 'in' || tokens[at + 1]?.lower === 'at')
  if (!joined && !to && !placed && !placingWords.has(tokens[at]?.lower ?? '')) return at
  for (let index = at + 1; index < high && index < at + 10; index++) {
    const token = tokens[index] as FrameToken
    // (`host of the radio programme “The Long Table”,`: a title the role's complement holds.)
    if (token.quote >= 0) {
      const close = shortQuoteEnd(tokens, index)
      if (close < 0) return at
      const comma = commaInside(tokens, close)
      if (comma >= 0) return comma
      index = close - 1
      continue
    }
    if (
      (token.cue && !nounBeforeComma(tokens, index, at)) ||
      inList(token, WordList.relativePronoun)
    )
      return at
    if (token.text === ',') return index
    if (!token.word && token.text !== '.' && token.text !== '&') return at
  }
  return at
}

const placingWords = new Set(['of', 'from', 'at', 'with'])
const placingParticiples = new Set(['based', 'headquartered', 'located'])

/**
 * The name a role phrase renames, set off before it (`Jane Doe, a retired teacher,`) or after
 * it (`The senator, Jane Doe, …`), or null. A plural or stand-in phrase renames no one.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions The sentence's mentions.
 * @param index Index (in `mentions`) of the role phrase.
 * @param high Index past the sentence's last token.
 */
export function apposedName(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
  high: number,
): ScannedMention | null {
  const role = mentions[index] as ScannedMention
  if (role.kind !== 'description' && role.kind !== 'anonymous') return null
  if (role.plural) return null
  const after = appositiveName(tokens, mentions, index, high)
  if (after !== role) return after
  // After the name, the phrase ends the aside: a comma, a bracket, a dash or the sentence's end
  // (`Doe, the mayor and Roe` lists people instead).
  // `Doe, a Democrat from Ohio,`: a phrase that places the role goes with it.
  let tail = nameTailEnd(tokens, role.end, high)
  // `Doe, a former corrections officer and mother of three,`: a second role joined to it.
  if (lowerAt(tokens, tail) === 'and') tail = secondRoleEnd(tokens, tail + 1, high) ?? tail
  const closer = itemAt(tokens, tail)
  if (
    closer &&
    !appositionClosers.has(closer.text) &&
    !sentenceEnds.has(closer.text) &&
    // `said Jane Doe, a trade economist in Lagos.`: any preposition that places the role; or a
    // participle that says what the role does (`a lawyer representing the bondholders,`).
    !(
      tail === role.end &&
      (inList(closer, WordList.preposition) ||
        inList(closer, WordList.relativePronoun) ||
        participleAfterRole(tokens, tail)) &&
      placedToEnd(tokens, tail, high)
    )
  )
    return null
  return appositionTo(tokens, mentions, index)
}

const sentenceEnds = new Set(['.', '!', '?', ';'])

// Index past a second role joined by `and` from `from` (`mother of three`, `a grandfather of
// four`, `retired nurse`), a few lower-case words whose last (before an `of` and its count) is a
// noun for someone, when a closer of the aside follows; null otherwise (`and Roe` is a list).
function secondRoleEnd(tokens: readonly FrameToken[], from: number, high: number): number | null {
  for (let at = from; at < high && at < from + 6; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word) {
      if (!appositionClosers.has(token.text) && !sentenceEnds.has(token.text)) return null
      const head = itemAt(tokens, countOfBefore(tokens, at) - 1)
      return at > from && head?.word && !head.capitalized && personNoun(head.bare) ? at : null
    }
    if (token.capitalized || token.quote >= 0 || token.cue) return null
  }
  return null
}

// Whether the words from `at` (a preposition or a relative pronoun right after a role's noun)
// run on to a comma, a bracket, a dash or the end of the sentence within a dozen words, with
// no cue or quote between: what modifies the role (`a trade economist in Lagos.`, `a father
// of three who lives in Salta,`, `the chairman of the residents' association,`).
function placedToEnd(tokens: readonly FrameToken[], at: number, high: number): boolean {
  for (let index = at + 1; index < high && index <= at + 12; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || (token.cue && !cueAsNoun(tokens, index))) return false
    if (token.word) continue
    return appositionClosers.has(token.text) || sentenceEnds.has(token.text)
  }
  return high <= at + 13
}

/**
 * Heads of the article phrases set off right next to a name, whatever their noun: after it
 * (`Jane Doe, a retired architect,`, `Jane Doe, 54, a pastor.`) or opening the sentence before
 * it (`The architect, Jane Doe, …`). They are roles that person holds.
 *
 * @param tokens The paragraph's tokens.
 * @param name The name's mention.
 * @param low First token of the sentence.
 * @param high Index past the sentence's last token.
 */
// `a retired bus mechanic and grandmother of seven`: roles joined by `and` in an aside, each a
// role of the name (`the retired bus mechanic`, `the grandmother`), with what follows a role's
// noun (`of seven`) left to it.
function joinedRoles(tokens: readonly FrameToken[], from: number, end: number): string[] {
  let and = -1
  for (let index = from; index < end; index++) {
    if (tokens[index]?.lower === 'and') {
      if (and >= 0) return []
      and = index
    }
  }
  if (and <= from) return []
  const heads: FrameToken[] = []
  for (const [first, last] of [
    [from, and - 1],
    [and + 1, countOfBefore(tokens, end) - 1],
  ] as const) {
    // The article of the first role may serve the second (`and grandmother of seven`): its
    // last word is its noun.
    const head = last >= first ? (tokens[last] as FrameToken) : undefined
    if (head?.word && !head.capitalized && !isClosedClass(head)) heads.push(head)
  }
  // A noun for someone joined to another noun makes that one a role too, known or not (`a
  // former welterweight and grandfather of four`).
  if (!heads.some((head) => personNoun(head.bare))) return []
  return heads.map((head) => head.bare)
}

// `Jane Doe, dean of the law faculty,`, `Jane Doe, professor of sociology at Ridgeway College,`:
// a noun for someone with no article, opening an aside (past a modifier or two: `head teacher`,
// `special needs coordinator`), before the phrase a preposition opens; or null. News drops the
// article before a post one person holds, and what follows names where, not who.
function bareRoleOpening(tokens: readonly FrameToken[], from: number, end: number): string | null {
  for (let at = from; at < end && at < from + 4; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.capitalized || token.quote >= 0 || isClosedClass(token)) return null
    // (`is telling supporters after his victory`: a verb, and a plural, are no post.)
    if (at === from && (token.cue || token.lower.endsWith('ing'))) return null
    const next = itemAt(tokens, at + 1)
    if (next?.word && inList(next, WordList.preposition))
      return (personNoun(token.bare) || isTitleWord(token.bare)) && !peoplePluralShape(token.lower)
        ? token.bare
        : null
  }
  return null
}

// The `and` that opens a second role after the place a first one is at (`at Lagos University
// and the study’s lead author`), with no mark before it; else -1.
function secondRoleAt(tokens: readonly FrameToken[], from: number, end: number): number {
  for (let at = from + 1; at < end; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return -1
    if (token.lower === 'and' && roleOpens(tokens, at + 1)) return at
  }
  return -1
}

// Whether the word at `at` is a participle that modifies the noun for someone before it (`the
// judge hearing the case`, `a lawyer representing the family`).
function participleAfterRole(tokens: readonly FrameToken[], at: number): boolean {
  const noun = itemAt(tokens, at - 1)
  if (!(noun?.word === true && !noun.capitalized && personNoun(noun.bare))) return false
  // (`a safety consultant hired by the operator,`, `an economist educated in Paris,`: so does a
  // past participle with the one who made them the role, or with where or how.)
  const next = itemAt(tokens, at + 1)
  return (
    ingParticiple(tokens[at]) ||
    (isPastParticiple(tokens[at]) && next !== undefined && inList(next, WordList.preposition))
  )
}

// Whether `phrase` opens at `start`, or right after the article there (`the Gulls’ center`
// is read from its owner).
function roleOpensAt(tokens: readonly FrameToken[], phrase: Mention, start: number): boolean {
  return phrase.first === start || (phrase.first === start + 1 && tokens[start]?.lower === 'the')
}

// The parties a lawyer represents in court.
const courtParties = new Set(['defendant', 'defendants', 'plaintiff', 'plaintiffs', 'accused'])

/**
 * What a sentence says of a person beside their name, as word stems (see `describingStems`):
 * the words of the name's own phrase (`Allied Nurses Union president`), of an aside set off
 * after it, past an age (`, head of equity research at Crestline Securities,`, `, who runs a
 * bakery in Lisbon,`), and of a short phrase set off before it as the sentence opens (`Born in
 * Budapest,`). A later phrase for someone (`the union leader`, `the shop owner`, `the
 * Budapest-born analyst`) may share a word with them and with no one else.
 *
 * @param tokens The sentence's tokens.
 * @param name The name's mention.
 * @param low Index the sentence opens at.
 * @param high Index the sentence ends at.
 */
export function wordsBeside(
  tokens: readonly FrameToken[],
  name: Mention,
  low: number,
  high: number,
): string[] {
  const stems: string[] = []
  const take = (first: number, end: number) => {
    for (let at = first; at < end; at++) {
      const token = tokens[at] as FrameToken
      // (Titles are matched as titles: `President Tom Roe` is no `the presidential hopeful`.)
      // (So are a portfolio's words: `Health Secretary Jane Roe` is no `shadow health
      // secretary`.)
      const title = isTitleWord(token.lower) || portfolioWords.has(token.lower)
      if (token.word && token.quote < 0 && !isClosedClass(token) && !title)
        stems.push(...describingStems(token.lower))
    }
  }
  // (Not the name's own words: `the Lincoln actor` is not Abraham Lincoln.)
  const own = new Set(name.name.toLowerCase().split(' '))
  for (let at = name.first; at < name.end; at++)
    if (!own.has((tokens[at] as FrameToken).lower)) take(at, at + 1)
  let at = name.end
  // (An age set off first, `Jane Doe, 56, a chef,`, is passed over to the aside after it.)
  for (let asides = 0; asides < 2 && asideOpeners.has(tokens[at]?.text ?? ''); asides++) {
    const first = at + 1
    let end = first
    while (end < high && end < first + 16 && !asideEnds(tokens[end] as FrameToken)) end++
    if (end === first + 1 && startsWithDigit(tokens[first])) {
      at = end
      continue
    }
    // What a cue or a verb ends was the sentence's subject (`With Mika Roe, the candidate
    // stated`) or a clause of its own, and a capitalized word run on to the sentence's end
    // names someone else (`Budapest, Hassan Roe started out …`): no aside.
    const closer = tokens[end]?.text ?? ''
    if (asideClosers.has(closer) && !(sentenceEnds.has(closer) && tokens[first]?.capitalized))
      take(first, end)
    break
  }
  // (`Born in Budapest, Hassan Roe …`: only a phrase of a few words that opens the sentence.)
  if (name.first - low <= 7 && name.first > low + 1 && tokens[name.first - 1]?.text === ',') {
    let quoted = false
    for (let index = low; index < name.first; index++)
      if ((tokens[index] as FrameToken).quote >= 0) quoted = true
    if (!quoted) take(low, name.first - 1)
  }
  return stems
}

// Whether a token ends what is set off after a name: a mark that closes it or its sentence, or a
// cue or a verb of being or having (`is President Tom Roe, the nominee had some explaining to
// do`: a clause of its own).
function asideEnds(token: FrameToken): boolean {
  return asideClosers.has(token.text) || token.cue || asideVerbs.has(token.lower)
}

// Whether what is set off from `from` closes as an aside does, with a mark, before any cue or
// verb of being or having would make it a clause's subject.
function closedAside(tokens: readonly FrameToken[], from: number, high: number): boolean {
  for (let at = from; at < high && at < from + 12; at++) {
    const token = tokens[at] as FrameToken
    if (asideEnds(token)) return !token.word
  }
  return true
}

const asideClosers = new Set([',', ')', '—', '–', '--', '.', '!', '?', ';', ':'])
const asideVerbs = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would'])

/**
 * The stems a word of a phrase for someone gives (`budapest` and nothing for `born` of
 * `Budapest-born`; `financ` for both `finance` and `financial`): its parts between hyphens,
 * each without an ending that only makes a noun an adjective, a plural or a doer, with words
 * too common to tell anyone apart left out.
 *
 * @param word The word in lower case.
 */
export function describingStems(word: string): string[] {
  const stems: string[] = []
  for (const part of word.replace(/['’]s?$/u, '').split('-')) {
    if (part.length < 3 || commonDescribing.has(part) || /\d/u.test(part)) continue
    stems.push(part.length > 5 ? part.replace(describingEnding, '') : part)
  }
  return stems
}

// Endings that make a noun an adjective, a plural or a doer (`financial`, `unions`, `farmers`).
const describingEnding = /(?:ial|al|ers|er|es|s|e)$/u

// Words said of many people, which tell no one apart.
const commonDescribing = new Set(
  `born based raised former retired longtime veteran current year years old new now then who
  whose runs run works worked lives living local senior junior top chief head deputy acting
  member members people person man woman said says told`.split(/\s+/),
)

// Participles whose agent holds a part (`hosted by`, `chaired by`), to the part's noun.
const agentRoles: ReadonlyMap<string, string> = new Map([
  ['hosted', 'host'],
  ['presented', 'presenter'],
  ['moderated', 'moderator'],
  ['chaired', 'chair'],
  ['led', 'leader'],
  ['coached', 'coach'],
  ['directed', 'director'],
  ['founded', 'founder'],
  ['edited', 'editor'],
  ['organized', 'organizer'],
  ['organised', 'organiser'],
  ['produced', 'producer'],
  ['owned', 'owner'],
  ['managed', 'manager'],
  ['narrated', 'narrator'],
  ['designed', 'designer'],
  ['captained', 'captain'],
  ['curated', 'curator'],
  ['written', 'author'],
])

/**
 * Verbs for holding a role, and the role's noun (`chairs` → `chair`, `testified` → `witness`):
 * in a relative clause after a name, or as the verb of a name opening a sentence.
 */
export const roleVerbs: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'],
  ['chaired', 'chair'],
  ['heads', 'head'],
  ['directs', 'director'],
  ['manages', 'manager'],
  ['owns', 'owner'],
  // (`who runs a bakery`: a business someone runs is theirs to speak for.)
  ['runs', 'owner'],
  ['founded', 'founder'],
  ['co-founded', 'co-founder'],
  ['coaches', 'coach'],
  ['edits', 'editor'],
  ['teaches', 'teacher'],
  ['leads', 'leader'],
  ['organized', 'organizer'],
  ['organizes', 'organizer'],
  ['farms', 'farmer'],
  ['grows', 'grower'],
  // (`Priya Horvat, 51, a former accountant, testified on Monday`: who testifies is a witness.)
  ['testified', 'witness'],
  ['testifies', 'witness'],
  ['hosts', 'host'],
])

// The bare noun for someone that `and` joins right before the aside from `from` closes
// (`a volunteer with the rest centre and grandfather,`), or null.
function bareRoleClosing(tokens: readonly FrameToken[], from: number, high: number): string | null {
  for (let at = from; at < high && at <= from + 12; at++) {
    const token = tokens[at] as FrameToken
    if (token.word) continue
    const noun = tokens[at - 1]
    if (at - 2 <= from || tokens[at - 2]?.lower !== 'and' || !noun?.word || noun.capitalized)
      return null
    return personNoun(noun.lower) ? noun.lower : null
  }
  return null
}

// The words for where someone is from, said right beside their name: a people's word before
// it, past a noun for what they do (`Mexican cyclist Alejandro Salazar`), a country owning it
// (`Colombia’s Camilo Cárdenas`), or a country after `of` (`Amira Farouk of Egypt`).
function originBeside(
  tokens: readonly FrameToken[],
  name: Mention,
  low: number,
  high: number,
): string[] {
  // (The mention may hold the words before the name and the `of` after it.)
  const own = new Set(name.name.split(' '))
  for (let at = Math.max(low, name.first - 2); at < high && at <= name.end + 1; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || own.has(token.text)) continue
    if (at < name.end && token.capitalized && isDemonym(token.lower))
      return demonymsLike(token.lower)
    if (at < name.end && token.capitalized && isPossessive(token)) {
      const places = demonymsOf(token.bare)
      if (places.length > 0) return places
    }
    const next = tokens[at + 1]
    if (token.lower === 'of' && next?.capitalized && !tokens[at + 2]?.capitalized)
      return demonymsOf(next.lower)
  }
  return []
}

// The nouns for whoever did what the verb at `at` says (`invented` → `inventor`, `won` →
// `winner`, `was driving` → `driver`): every regular shape, since only one that a later phrase
// uses is ever matched.
function doersOf(tokens: readonly FrameToken[], at: number): string[] {
  let verb = tokens[at]
  if (verb && inList(verb, WordList.beForm) && tokens[at + 1]?.lower.endsWith('ing'))
    verb = tokens[at + 1]
  if (!verb?.word || verb.capitalized || verb.quote >= 0) return []
  const word = verb.lower
  const irregular = irregularDoers.get(word)
  if (irregular) return [irregular]
  const stems = word.endsWith('ed')
    ? [word.slice(0, -2), word.slice(0, -1)]
    : word.endsWith('ing') && word.length > 5
      ? [word.slice(0, -3), `${word.slice(0, -3)}e`]
      : []
  const doers = stems
    .filter((stem) => stem.length > 3)
    .flatMap((stem) => (stem.endsWith('e') ? [`${stem}r`] : [`${stem}er`, `${stem}or`]))
  return [...new Set(doers)]
}

// Doers of verbs whose past or participle no rule undoes.
const irregularDoers: ReadonlyMap<string, string> = new Map([
  ['won', 'winner'],
  ['wrote', 'writer'],
  ['drove', 'driver'],
  ['led', 'leader'],
  ['built', 'builder'],
  ['taught', 'teacher'],
  ['made', 'maker'],
  ['sang', 'singer'],
  ['fought', 'fighter'],
  ['ran', 'runner'],
  ['swam', 'swimmer'],
])

// An age as a modifier (`35-year-old`).
const ageModifier = /^\d{1,3}-year-old$/u

// Verbs of habit that take a cue as their infinitive (`used to say`, `liked to joke`).

// Index of an `of` and its count closing a role's phrase (`grandmother of seven`), or `end`.
function countOfBefore(tokens: readonly FrameToken[], end: number): number {
  return itemAt(tokens, end - 2)?.lower === 'of' ? end - 2 : end
}

export function rolesBeside(
  tokens: readonly FrameToken[],
  name: Mention,
  low: number,
  high: number,
): string[] {
  const roles: string[] = []
  const age = ageAfter(tokens, name.end)
  if (age) roles.push(`${age}-year-old`)
  // `Norwegian Lars Haugen`, `Mexican cyclist Alejandro Salazar`, `Colombia’s Camilo Cárdenas`,
  // `Amira Farouk of Egypt`: where someone is from, for a later `the Norwegian`.
  roles.push(...originBeside(tokens, name, low, high))
  // `the programme “First Light,” hosted by Valentina Diallo`: the agent of a participle for
  // holding a part is what the part makes them, for a later `the host`.
  const agent = lowerAt(tokens, name.first - 1) === 'by' ? lowerAt(tokens, name.first - 2) : ''
  const part = agentRoles.get(agent)
  if (part) roles.push(part)
  // `For 35-year-old Jane Doe`, `the 35-year-old striker Jane Doe`: an age before the name.
  // (Only nouns for someone may stand between: `posted on Facebook` is no age's.)
  for (let at = name.first - 1; at >= low && at >= name.first - 3; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) break
    if (ageModifier.test(token.lower)) {
      roles.push(token.lower)
      break
    }
    if (!personNoun(token.lower) && !playingPositions.has(token.lower)) break
  }
  // `The novelist Ann Lee and the composer Tom Roe`: a definite noun for someone right before
  // the name, in lower case, is a role of hers (past a modifier or two: `the award-winning
  // novelist`).
  // (`At Red Lantern Pottery, the potter, Giulia Sartori, works …`: so is one set off before
  // the name by a comma, the phrase opening its clause.)
  const setOff = tokens[name.first - 1]?.text === ',' && tokens[name.end]?.text === ','
  const roleAt = setOff ? name.first - 2 : name.first - 1
  const roleNoun = tokens[roleAt]
  if (roleNoun?.word && !roleNoun.capitalized && roleNoun.quote < 0 && personNoun(roleNoun.lower)) {
    for (let at = roleAt - 1; at >= low && at >= roleAt - 3; at--) {
      const token = tokens[at] as FrameToken
      if (!token.word || token.quote >= 0) break
      if (token.lower === 'the') {
        if (!setOff || at === low || !itemAt(tokens, at - 1)?.word) roles.push(roleNoun.lower)
        break
      }
      if (token.capitalized || isClosedClass(token)) break
    }
  }
  let comma = name.end
  if (tokens[comma]?.text === ',' && startsWithDigit(tokens[comma + 1])) comma += 2
  // (`Doe, now 74, a retired librarian`.)
  else if (
    tokens[comma]?.text === ',' &&
    ageWords.has(tokens[comma + 1]?.lower ?? '') &&
    startsWithDigit(tokens[comma + 2])
  )
    comma += 3
  // (`Marcus Bell — a rice farmer who lost his crop —`, `(a retired welder)`: a dash or a
  // bracket sets the role off as a comma does.)
  if (asideOpeners.has(tokens[comma]?.text ?? '')) {
    // Where the role being read opens: past the comma, or past `and` for a second one.
    let start = comma + 1
    for (let close = comma + 2; close < high && close <= start + 9; close++) {
      const token = tokens[close] as FrameToken
      // `Jane Doe, an epidemiologist at Columbia,`: a phrase that places the role ends it.
      const placed =
        token.word && (placingWords.has(token.lower) || token.lower === 'to')
          ? nameTailEnd(tokens, close, high)
          : close
      const second =
        token.word && inList(token, WordList.preposition)
          ? secondRoleAt(tokens, close, Math.min(high, close + 12))
          : -1
      const tail = second >= 0 ? second : placed
      // `Ewa Roe, a hydrologist at Lagos University and the study’s lead author,`: `and` and
      // another article or owner close one role and open the next.
      if (tokens[tail]?.lower === 'and' && roleOpens(tokens, tail + 1) && tail > start) {
        const phrase = genericEndingAt(tokens, close - 1, start)
        if (phrase && roleOpensAt(tokens, phrase, start)) roles.push(phrase.head)
        start = tail + 1
        close = tail + 1
        continue
      }
      // `Zoomr, the startup that launched …`: a relative clause ends the phrase too, and so
      // does a phrase that places the role at the end of the sentence or before a participle
      // (`said Jane Doe, a trade economist in Lagos.`, `Jane Doe, the head of the union,
      // speaking outside her home, said`).
      // (`Oğuz Doğan, the judge hearing the case,`: so does a participle after a noun for
      // someone.)
      const relative =
        tail === close &&
        (inList(token, WordList.relativePronoun) ||
          (inList(token, WordList.preposition) && placedToEnd(tokens, close, high)) ||
          participleAfterRole(tokens, close))
      if (token.word && tail === close && !relative) continue
      const closer = tokens[tail] as FrameToken
      // (`At Red Lantern Pottery, the potter, Giulia Sartori, works`: a role a name follows,
      // set off after both, is that name's.)
      const renamesNext =
        closer.text === ',' &&
        tokens[tail + 1]?.capitalized === true &&
        tokens[tail + 1]?.nameWord === true
      if (renamesNext) break
      if (relative || appositionClosers.has(closer.text) || sentenceEnds.has(closer.text)) {
        const phrase = genericEndingAt(tokens, close - 1, start)
        if (phrase && roleOpensAt(tokens, phrase, start)) roles.push(phrase.head)
        else if (ownedByName(tokens, start, close - 1))
          roles.push((tokens[close - 1] as FrameToken).lower)
        else {
          const joined = joinedRoles(tokens, start, close)
          const bare = joined.length === 0 ? bareRoleOpening(tokens, start, close) : null
          roles.push(...joined, ...(bare ? [bare] : []))
        }
      }
      break
    }
  }
  // `Makena Wekesa, a resident of the block and grandmother,`: a bare noun for someone after
  // `and`, right where the aside closes, is a second role.
  if (asideOpeners.has(tokens[comma]?.text ?? '') && roles.length > 0) {
    const joined = bareRoleClosing(tokens, comma + 1, high)
    if (joined) roles.push(joined)
  }
  // `Eze-Umoh, who testified as the third prosecution witness in the trial,`: the role a
  // relative clause gives with `as`.
  if (asideOpeners.has(tokens[comma]?.text ?? '') && tokens[comma + 1]?.lower === 'who') {
    const role = roleAfterAs(tokens, comma + 2, high)
    if (role) roles.push(role)
    // `Liesl Roe, who chairs the zoning board,`: the role a verb for holding one names.
    const held = roleVerbs.get(tokens[comma + 2]?.lower ?? '')
    if (held) roles.push(held)
    // `Babajide Roe, who invented the filter,`, `Rania Roe, who was driving the bus,`: the
    // one who did what the verb says, for a later `the inventor`, `the driver`.
    roles.push(...doersOf(tokens, comma + 2))
    // `Bethel Negash, who represents the defendant,`: who represents a party in court is a
    // lawyer.
    if (
      tokens[comma + 2]?.lower === 'represents' &&
      tokens[comma + 3]?.lower === 'the' &&
      courtParties.has(tokens[comma + 4]?.lower ?? '')
    )
      roles.push('lawyer', 'attorney')
  }
  // `Lorna Dimaculangan, prosecuting,`, `Ryu Seung-woo, for the prosecution,`: a court's
  // shorthand for whom a lawyer acts.
  if (tokens[comma]?.text === ',') {
    const side = courtSides.get(
      tokens[comma + 1]?.lower === 'for' && tokens[comma + 2]?.lower === 'the'
        ? (tokens[comma + 3]?.lower ?? '')
        : (tokens[comma + 1]?.lower ?? ''),
    )
    if (side) roles.push(...side)
  }
  // `Liv Roe, 42, a former student who is now a paramedic,`: the role a relative clause in the
  // aside gives with a copula.
  if (tokens[comma]?.text === ',') {
    const role = roleOfRelative(tokens, comma + 1, high)
    if (role) roles.push(role)
  }
  // `Jane Doe, a 35-year-old goalkeeper,`: an age inside the role set off.
  // (Set off and closed: in `After a meeting with Tom Roe, the 46-year-old said`, the phrase
  // after the comma is the subject of the clause the fronted phrase opens.)
  if (asideOpeners.has(tokens[comma]?.text ?? '') && closedAside(tokens, comma + 1, high)) {
    for (let at = comma + 1; at < high && at <= comma + 3; at++) {
      const token = tokens[at] as FrameToken
      if (!token.word) break
      if (ageModifier.test(token.lower)) roles.push(token.lower)
      // `Tereza Roe, a Czech international,`, `Ziad Roe, the Lebanese coach,`: a people's word
      // in the role is what a later `the Czech` calls her.
      else if (token.capitalized && isDemonym(token.lower)) roles.push(...demonymsLike(token.lower))
    }
  }
  // `Jane Doe, 28, has been a goalkeeper in Halifax`: the role the name's clause says it is.
  const predicated = roleOfPredicate(tokens, comma > name.end ? comma + 1 : comma, high)
  if (predicated) roles.push(predicated)
  // `Klaus Roe stepped down as chief executive`, `Jane Doe served as mayor`: the role the
  // name's own verb gives with `as`, with no object between (`described Roe as a friend`).
  const verb = comma > name.end ? comma + 1 : comma
  if (verbAloneBeforeAs(tokens, verb, high)) {
    const role = roleAfterAs(tokens, verb, high)
    if (role) roles.push(role)
  }
  // `appointed Ximena Roe as chief financial officer`, `named Ximena Roe its new chief
  // executive`, `named Ximena Roe to the new role of chief digital officer`: the post a verb of
  // appointing gives its object.
  if (appointingVerbs.has(lowerAt(tokens, name.first - 1))) {
    const post = postGivenAfter(tokens, name.end, high)
    if (post) roles.push(post)
  }
  const before = name.first - 1
  // `meteorologist Rania Mansour`, `Striker Lan Pham` (opening the sentence): a noun for what
  // someone does right before the name, for a later `the meteorologist`; not one a capital
  // narrows (`Democratic front-runner Clinton` is no `the GOP front-runner`).
  // The noun may stand inside the mention's span (`bus driver Omar Abu Zaid`), before its name
  // words, or right before the span.
  // (No `indexOf(' ') >>> 0` for a name of one word: 2 ** 32 - 1 is no small integer, and the
  // code compiled for small ones was thrown away at it. Nor a copy of the first word: a token
  // spells it when it is as long and the name starts with it.)
  const space = name.name.indexOf(' ')
  const opening = space < 0 ? name.name.length : space
  let at = name.first
  while (at < name.end - 1 && !spellsOpening(name.name, opening, (tokens[at] as FrameToken).text))
    at++
  const noun = itemAt(tokens, at - 1)
  const narrowed =
    itemAt(tokens, at - 2)?.word === true && itemAt(tokens, at - 2)?.capitalized === true
  if (
    at - 1 >= low &&
    !narrowed &&
    noun?.word &&
    noun.quote < 0 &&
    (!noun.capitalized || noun.initial) &&
    !isTitleWord(noun.lower) &&
    // (`Two years after Deepholm Public Schools began`: a word of a closed class, whatever its
    // ending, is no noun.)
    !inList(noun, WordList.closedClass) &&
    (personNoun(noun.lower) || playingPositions.has(noun.lower))
  )
    roles.push(noun.lower)
  if (tokens[before]?.text === ',') {
    // `The architect, Jane Doe,`; `His daughter, Donna Roe,` (for a later `his daughter`); `The
    // nurse for the county, Jane Doe,`: past a phrase that modifies the role.
    const opener = tokens[low]?.lower ?? ''
    // Only a phrase opening the sentence with an article or an owner can be such a role; an
    // indefinite one too (`A longtime customer, Wanjiru Obuya,`), when its noun is for someone.
    const indefinite = opener === 'a' || opener === 'an'
    const owned = opener === 'the' || indefinite || personalPossessives.has(opener)
    for (let end = before; owned && end > low && end >= before - 10; end--) {
      if (end < before && !tokens[end]?.word) break
      if (end < before && postmodifierComma(tokens, end, name.first) !== before) continue
      // `The professor based in Lagos, Tom Roe,`: a participle before the preposition opens the
      // phrase that modifies the role; it is no head.
      if (end < before && isPastParticiple(itemAt(tokens, end - 1))) continue
      const phrase = genericEndingAt(tokens, end - 1, low)
      if (phrase?.first === low) {
        if (!indefinite || personNoun(phrase.head)) roles.push(phrase.head)
        break
      }
    }
    // `At the end of the inquest, the senior coroner, Azadeh Kazemi, said`, `Asked by the
    // coroner, Roya Mohammadi,`: inside the sentence, a definite phrase for someone right before
    // the name, after a comma or a preposition, is the name's role too.
    const phrase = genericEndingAt(tokens, before - 1, low)
    const ahead = phrase && itemAt(tokens, phrase.first - 1)
    if (
      phrase &&
      ahead &&
      phrase.first > low &&
      tokens[phrase.first]?.lower === 'the' &&
      // (After `of` the phrase is another's: `The author of the book, Mitchell Zuckoff,`.)
      // (`said the club’s defender, Sagal Aden.`: or after the cue it follows, inverted.)
      (ahead.text === ',' ||
        (inList(ahead, WordList.preposition) && ahead.lower !== 'of') ||
        (ahead.cue && !ahead.capitalized)) &&
      // (The name set off on both sides: `According to the ministry, Doe and Roe spoke` is no
      // apposition, and a body's or a paper's noun no one's role.)
      (appositionClosers.has(tokens[name.end]?.text ?? '') ||
        (ahead.cue === true &&
          (name.end >= high || sentenceEnds.has(tokens[name.end]?.text ?? '')))) &&
      !organizationHeads.has(phrase.head) &&
      !documentHeads.has(phrase.head) &&
      personNoun(phrase.head)
    )
      roles.push(phrase.head)
    // `said Drumminster Rangers’ defender, Sagal Aden.`: so is a noun for someone a name in
    // capitals owns, right after an inverted cue.
    if (itemAt(tokens, before - 2)?.possessive) {
      let at = before - 2
      while (at > low && tokens[at]?.capitalized) at--
      const cue = tokens[at]
      const closer = tokens[name.end]?.text ?? ''
      const closes = name.end >= high || sentenceEnds.has(closer) || appositionClosers.has(closer)
      if (cue?.cue && !cue.capitalized && closes && ownedByName(tokens, at + 1, before - 1))
        roles.push((tokens[before - 1] as FrameToken).lower)
    }
  }
  return roles
}

// Whom a lawyer acts for, as a court report puts it, and the roles that make them.
const courtSides: ReadonlyMap<string, readonly string[]> = new Map([
  ['prosecuting', ['prosecutor']],
  ['prosecution', ['prosecutor']],
  ['defending', ['lawyer']],
  ['defence', ['lawyer']],
  ['defense', ['lawyer']],
])

// `Ovidiu Dobre, Pencott Games’ founder,`: whether the words from `start` to `last` are a name
// in capitals that owns a noun for someone in lower case at `last`.
function ownedByName(tokens: readonly FrameToken[], start: number, last: number): boolean {
  const role = tokens[last]
  if (!role?.word || role.capitalized || !personNoun(role.lower)) return false
  if (last - 1 <= start - 1 || !tokens[last - 1]?.possessive) return false
  for (let at = start; at < last; at++) if (!tokens[at]?.capitalized) return false
  return true
}

// The noun for someone a relative clause within a few words of `from` says they are (`who is
// now a paramedic`), up to a comma or the sentence's end; or null.
function roleOfRelative(tokens: readonly FrameToken[], from: number, high: number): string | null {
  let who = from
  while (who < high && who < from + 8 && tokens[who]?.word && tokens[who]?.lower !== 'who') who++
  if (tokens[who]?.lower !== 'who') return null
  // (`who has been dean of the law faculty for 15 years`: a perfect or a change of state as in
  // a main clause.)
  if (!singularBe.has(tokens[who + 1]?.lower ?? '')) return roleOfPredicate(tokens, who + 1, high)
  return roleAfterCopula(tokens, who + 2, high, false)
}

// The noun for someone that an article at `at` (past an adverb such as `now`) opens, up to
// four words before a comma, a bracket, a dash, the sentence's end or, when `placed`, a
// preposition (`a paramedic,`, `a goalkeeper in Halifax`); when `placed`, a noun with no article
// before a preposition too (see `bareRoleOpening`); or null.
function roleAfterCopula(
  tokens: readonly FrameToken[],
  from: number,
  high: number,
  placed: boolean,
): string | null {
  const at = relativeAdverbs.has(tokens[from]?.lower ?? '') ? from + 1 : from
  // (`has been registrar of Kestrel University since 2012`: a post one person holds goes
  // without its article, before where it is held.)
  if (!inList(tokens[at], WordList.article))
    return placed ? bareRoleOpening(tokens, at, high) : null
  for (let end = at + 1; end < high && end <= at + 4; end++) {
    const token = tokens[end] as FrameToken
    if (!token.word || token.quote >= 0 || token.capitalized) return null
    const next = tokens[end + 1]
    if (
      !next ||
      appositionClosers.has(next.text) ||
      sentenceEnds.has(next.text) ||
      (placed && next.word && inList(next, WordList.preposition))
    ) {
      if (personNoun(token.bare)) return token.bare
      return placed && playingPositions.has(token.lower) ? token.bare : null
    }
  }
  return null
}

// The noun for someone a copula at `from` says its subject is (`has been a goalkeeper in
// Halifax`, `is now the club’s captain.`), or null: up to four words after an article, the
// noun last before a closing mark or a preposition.
function roleOfPredicate(tokens: readonly FrameToken[], from: number, high: number): string | null {
  const first = tokens[from]?.lower
  if (first === 'has' || first === 'had') {
    return tokens[from + 1]?.lower === 'been' ? roleAfterCopula(tokens, from + 2, high, true) : null
  }
  if (first === 'is' || first === 'became' || first === 'remains')
    return roleAfterCopula(tokens, from + 1, high, true)
  return null
}

const singularBe = new Set(['is', 'was'])
const relativeAdverbs = new Set(['now', 'also', 'still', 'currently'])

// Words before an age set off after a name (`Doe, aged 54,`, `Doe, now 74,`).
const ageWords = new Set(['aged', 'now', 'age'])

// `Jane Doe, 54,`, `Jane Doe (54)`, `Jane Doe, aged 54,`: the age set off after a name, for a
// later `the 54-year-old`; or null.
function ageAfter(tokens: readonly FrameToken[], end: number): string | null {
  const opener = tokens[end]?.text
  if (opener !== ',' && opener !== '(') return null
  // `Jane Doe, aged 54,`, `said Reyes, now 64.`
  const at = ageWords.has(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1
  const age = tokens[at]
  const closer = itemAt(tokens, at + 1)?.text ?? '.'
  // The parser may keep a sentence's last stop with the number (`now 64.`).
  if (age && /^\d{1,3}\.$/u.test(age.text) && !tokens[at + 1]?.word) return age.text.slice(0, -1)
  if (!age || !/^\d{1,3}$/u.test(age.text)) return null
  return appositionClosers.has(closer) || sentenceEnds.has(closer) ? age.text : null
}

// Whether the words from `from` up to an `as` within three words are a verb and its particles
// alone: lower-case words that are no cue, pronoun, article or owner.
function verbAloneBeforeAs(tokens: readonly FrameToken[], from: number, high: number): boolean {
  for (let at = from; at < high && at < from + 4; at++) {
    const token = tokens[at] as FrameToken
    if (token.lower === 'as') return at > from
    if (!token.word || token.capitalized || token.cue || token.pronoun) return false
    if (inList(token, WordList.determiner) || possessiveDeterminers.has(token.lower)) return false
  }
  return false
}

// The head of the role after `as` within a few words of `from` (`served as the city’s first
// female mayor`), when it is a noun for someone; or null.
function roleAfterAs(tokens: readonly FrameToken[], from: number, high: number): string | null {
  let as = -1
  for (let at = from; at < high && at < from + 4; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (token.lower === 'as') {
      as = at
      break
    }
  }
  return as < 0 ? null : roleNounFrom(tokens, as + 1, high, false)
}

// The noun for someone that ends a role's phrase of a few lower-case words from `from`, before
// a preposition, a relative pronoun or a mark (`the city’s first female mayor`); a title's word
// too when `titles` (`chief executive`); or null.
function roleNounFrom(
  tokens: readonly FrameToken[],
  from: number,
  high: number,
  titles: boolean,
): string | null {
  for (let at = from; at < high && at <= from + 5; at++) {
    const token = tokens[at] as FrameToken
    const next = tokens[at + 1]
    if (!token.word || token.quote >= 0 || token.capitalized) return null
    const ends =
      !next?.word || inList(next, WordList.preposition) || inList(next, WordList.relativePronoun)
    if (ends)
      return personNoun(token.bare) || (titles && isTitleWord(token.bare)) ? token.bare : null
  }
  return null
}

// Verbs of giving someone a post, before the one given it.
const appointingVerbs = new Set(
  'appointed appoints named names hired hires elected elects promoted promotes tapped taps picked picks chose chooses nominated nominates installed installs'.split(
    ' ',
  ),
)

// The post given after an appointed name at `from` (`as chief financial officer`, `its new
// chief executive`, `to the new role of chief digital officer`): the noun for someone that
// ends its phrase, or null.
function postGivenAfter(tokens: readonly FrameToken[], from: number, high: number): string | null {
  let at = from
  const first = lowerAt(tokens, at)
  if (first === 'as') at++
  else if (first === 'to') {
    // (`to the new role of`, `to the post of`.)
    let noun = at + 1
    while (noun < high && noun <= at + 4 && !postNouns.has(lowerAt(tokens, noun))) noun++
    if (!postNouns.has(lowerAt(tokens, noun)) || lowerAt(tokens, noun + 1) !== 'of') return null
    at = noun + 2
  } else if (!possessiveDeterminers.has(first) && first !== 'the') return null
  return roleNounFrom(tokens, at, high, true)
}

// Nouns for a post someone is appointed to (`the new role of`).
const postNouns = new Set(['role', 'post', 'position', 'job', 'office'])

// Whether a possessive stands among the tokens from `first` before `end`'s last.
function ownerWithin(tokens: readonly FrameToken[], first: number, end: number): boolean {
  for (let at = first; at < end - 1; at++) if (isPossessive(tokens[at] as FrameToken)) return true
  return false
}

// The name a role phrase set off by a comma stands in apposition to (`Doe, a senior fellow`,
// `Doe (R-Pa.), chairman of …`), or null.
function appositionTo(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
): ScannedMention | null {
  const mention = mentions[index] as ScannedMention
  if (mention.kind === 'name' || mention.kind === 'pronoun') return null
  let at = mention.first - 1
  // `Doe, the state’s lieutenant governor,`: the owner's article opens the phrase; and `Doe,
  // the National Union of Bakery Workers’ lead negotiator,`, where the owner is a body's name.
  if (tokens[at]?.lower === 'the' && ownerWithin(tokens, at + 1, mention.end)) at--
  // `Doe, 66, a solar installer and a father of four,`: a second role joined to a first, past
  // the first's few lower-case words.
  if (tokens[at]?.lower === 'and') {
    const first = firstRoleStart(tokens, at)
    if (first >= 0) at = first
  }
  // Set off by a comma, a dash or brackets: `Doe, a lawyer,`, `Doe — a lawyer —`, `Doe (a lawyer)`.
  if (!appositionOpeners.has(tokens[at]?.text ?? '')) return null
  at--
  // An age set off by commas may stand between them (`Doe, 54, a retired teacher`, `Doe, now
  // 74, a retired librarian`), and a party tag in brackets (mentions in it too).
  if (startsWithDigit(tokens[at]) && itemAt(tokens, at - 1)?.text === ',') at -= 2
  else if (
    startsWithDigit(tokens[at]) &&
    ageWords.has(itemAt(tokens, at - 1)?.lower ?? '') &&
    itemAt(tokens, at - 2)?.text === ','
  )
    at -= 3
  if (tokens[at]?.text === ')') {
    const open = openingBracket(tokens, at, 0, 8)
    at = (open >= 0 ? open : Math.max(0, at - 8)) - 1
  }
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    const before = mentions[earlier] as ScannedMention
    if (before.end - 1 > at) continue
    return before.end - 1 === at && before.kind === 'name' ? before : null
  }
  return null
}

// The comma that opens a first role before the `and` at `and` (`, a solar installer and`,
// `, chief negotiator for the Federation of Health Employees and`): a few lower-case words, or
// a role with a phrase a preposition opens whose name is in capitals; -1 when there is none.
function firstRoleStart(tokens: readonly FrameToken[], and: number): number {
  let first = and - 1
  let placed = false
  // (A cue's word may name a role: `a fire chief`, `a press secretary`.)
  while (first > and - 13 && tokens[first]?.word && (tokens[first]?.quote ?? 0) < 0) first--
  if (first >= and - 1 || tokens[first]?.text !== ',') return -1
  for (let at = first + 1; at < and; at++) {
    const token = tokens[at] as FrameToken
    // (`Doe, who met Roe and a lawyer,`: a clause lists people; it is no role.)
    if (inList(token, WordList.relativePronoun)) return -1
    if (inList(token, WordList.preposition) && at > first + 1) placed = true
    if (token.capitalized && !placed) return -1
  }
  return placed || and - first <= 7 ? first : -1
}

function hasCueBetween(tokens: readonly FrameToken[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (tokens[index]?.cue) return true
  return false
}

// Whether a comma, a closing bracket or a dash closes an aside between `from` and `to`.
function hasComma(tokens: readonly FrameToken[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (appositionClosers.has(tokens[index]?.text ?? '')) return true
  }
  return false
}

const appositionOpeners = new Set([',', '(', '—', '–'])
const appositionClosers = new Set([',', ')', '—', '–'])

const clauseBreaks = new Set([',', ';', ':', '—', '–', '(', ')'])

/**
 * Whether punctuation that ends or sets off a clause stands between two tokens.
 *
 * @param tokens The paragraph's tokens.
 * @param from First index to look at.
 * @param to Index to stop before.
 */
export function breaksClause(tokens: readonly FrameToken[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word && clauseBreaks.has(token.text)) return true
  }
  return false
}

function opensClause(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
  withinClause: boolean,
): boolean {
  // `where about 50 protesters had gathered`: a word that rounds a number opens no clause.
  const rounded =
    countApproximators.has(itemAt(tokens, mention.first - 1)?.lower ?? '') &&
    startsWithDigit(tokens[mention.first])
  let first = rounded ? mention.first - 1 : mention.first
  // `, the mayor’s top aide rallied`: a possessor's phrase is read without its article.
  if (itemAt(tokens, first - 1)?.lower === 'the' && isPossessive(tokens[first] as FrameToken))
    first--
  // `but only Nwachukwu stopped to speak`: a word that singles the subject out stands before it.
  if (focusWords.has(itemAt(tokens, first - 1)?.lower ?? '') && first - 1 > low) first--
  const previous = itemAt(tokens, first - 1)
  if (first === low || previous === undefined) return true
  // `2,000 supporters`: the parser splits a number at its thousands comma.
  if (!previous.word) return !(previous.text === ',' && startsWithDigit(tokens[mention.first]))
  // `Doe joked that Roe was …, but went on to say`: a `that` clause is the cue's own only
  // when no comma lies between them.
  if (previous.lower === 'that') return withinClause
  return clauseOpeners.has(previous.lower)
}

// Words that single out the subject after them (`only Doe spoke`).
const focusWords = new Set(['only', 'even', 'just'])

// `Roe, who Doe on Wednesday called …`, `the summit, which Doe claims …`: the mention right
// after a relative pronoun set off by a comma opens the relative clause, whose object the
// pronoun is. A pronoun after a preposition (`in which he said`) or a verb (`say which
// candidate Doe backs`, a question) opens no such clause.
function afterObjectRelative(tokens: readonly FrameToken[], mention: Mention): boolean {
  const relative = itemAt(tokens, mention.first - 1)
  return (
    relative !== undefined &&
    objectRelatives.has(relative.lower) &&
    itemAt(tokens, mention.first - 2)?.text === ','
  )
}

const objectRelatives = new Set(['who', 'whom', 'which'])

function startsWithDigit(token: FrameToken | undefined): boolean {
  return token !== undefined && opensWithDigit(token.text)
}

// A place standing alone (`Texas`, `Freedonia`), as the gazetteer knows it.
function isPlace(mention: Mention): boolean {
  return mention.kind === 'name' && placeNames.has(mention.name.toLowerCase())
}

// The last relative pronoun before the cue, when no other mention and no comma stand between
// them: `Doe, who leads the union, said` is Doe speaking, not the relative clause.
// Whether a comma closes the words from `from` on before `end`, with no word shaped like a
// verb before it (`the chief engineer,`).
function setOffBeforeVerb(tokens: readonly FrameToken[], from: number, end: number): boolean {
  for (let index = from; index < end; index++) {
    const token = tokens[index] as FrameToken
    if (token.text === ',') return true
    // (Not a word in `-s`: plurals fill roles, `president of the teachers association`; nor a
    // cue's base form, a noun there: `the head of customer support,`.)
    const verb = token.cue && cueForms.get(token.lower)?.base !== token.lower
    if (!token.word || verb || isPastForm(token.lower)) return false
  }
  return false
}

// Whether the phrase at `first` is what the word before it takes: a verb's object (`praised
// Jane Doe`) or a preposition's (`spoke with Jane Doe`); not a passive's agent (`by`), nor the
// subject of a clause a subordinator opens (`after Jane Doe held …`).
function objectOfWord(tokens: readonly FrameToken[], first: number): boolean {
  // (A name is read without its article: `at the Center for …`.)
  const at = itemAt(tokens, first - 1)?.lower === 'the' ? first - 2 : first - 1
  const before = tokens[at]
  if (!before?.word || before.capitalized) return false
  const lower = before.lower
  if (lower === 'by' || subordinators.has(lower)) return false
  // `singled out Tom Roe`: a verb's particle stands between it and its object.
  if (verbParticles.has(lower) && isPastForm(itemAt(tokens, at - 1)?.lower ?? '')) return true
  // `thanked Tom Roe and Jo Kane`: the last of joined names is an object as the first is.
  if (lower === 'and' || lower === 'or') {
    let start = at
    while (
      start - 1 > at - 6 &&
      (itemAt(tokens, start - 1)?.nameWord ||
        isNameParticle(
          itemAt(tokens, start - 1)?.text ?? '',
          itemAt(tokens, start - 1)?.lower ?? '',
        ))
    )
      start--
    return start < at && objectOfWord(tokens, start)
  }
  return prepositions.has(lower) || isPastForm(lower)
}

function relativeBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  low: number,
  cue: number,
): Mention | null {
  let last: ScannedMention | null = null
  for (const mention of mentions) {
    if (mention.first >= cue) break
    if (mention.first >= low) last = mention
  }
  if (!last?.antecedent || breaksClause(tokens, last.end, cue)) return null
  return last
}

// Whether a preposition governs the mention right before a cue; `as` does not, nor `after`,
// `before`, `since` or `until`: before a phrase and its verb they open a clause whose subject
// the phrase is (`as Doe said`, `Before a nurse explained`).
function governed(tokens: readonly FrameToken[], mention: Mention): boolean {
  // A name is read without its article (`contacted by the Times`): the preposition stands
  // before the article.
  // `at POLITICO New York`, `on CNN International`: a word in capitals before the name, a
  // brand's, is part of it.
  let first = mention.first
  while (allCapitals(itemAt(tokens, first - 1))) first--
  const article = itemAt(tokens, first - 1)?.lower === 'the' ? 1 : 0
  const before = itemAt(tokens, first - 1 - article)
  if (gerundBefore(tokens, first - 1 - article)) return true
  return (
    before?.word === true &&
    before.lower !== 'as' &&
    !subordinatingPrepositions.has(before.lower) &&
    inList(before, WordList.preposition)
  )
}

// Whether a token is a word of two letters or more all in capitals (`POLITICO`, `CNN`).
function allCapitals(token: FrameToken | undefined): boolean {
  return (
    token?.word === true &&
    token.text.length > 1 &&
    token.text === token.text.toUpperCase() &&
    token.text !== token.text.toLowerCase()
  )
}

// `accused of running a pipeline`, `charged with smuggling the drugs`: a verb's `-ing` form
// after a preposition governs the phrase after it, its object.
function gerundBefore(tokens: readonly FrameToken[], index: number): boolean {
  const verb = tokens[index]
  const link = itemAt(tokens, index - 1)
  return (
    verb?.word === true &&
    !verb.capitalized &&
    verb.lower.length > 5 &&
    verb.lower.endsWith('ing') &&
    link?.word === true &&
    inList(link, WordList.preposition)
  )
}

// `Freedonia’s security chief, Sam Poe, said` takes the name in the aside; `Doe, speaking
// aboard a plane, said` skips the aside, and so does a chain of them: `Rep. Jane Doe (D-Pa.) —
// a retired teacher — said`, `Doe (D-Pa.) (the panel’s chair) said`.
function pastAside(tokens: readonly FrameToken[], close: number, low: number): CueSubject | null {
  let closer = close
  for (let asides = 0; asides < 4; asides++) {
    const open = asideOpening(tokens, closer, low)
    if (open < low) return null
    const inner = mentionEndingAt(tokens, closer - 1, open + 1)
    // `Jane Doe (D-Ore.) said`, `a pastor in Elizabeth, Colorado, said`: a tag in brackets or a
    // place is not the speaker.
    const tag =
      tokens[open]?.text === '(' ||
      (inner !== null &&
        (isPlace(inner) ||
          regionAfterPlace(tokens, open, inner, low) ||
          postnominalAside(tokens, open + 1, closer)))
    if (
      inner &&
      !tag &&
      inner.kind === 'name' &&
      roleBeforeSetOffName(tokens, open + 1, inner.first) &&
      // `Jane Doe, the Health Secretary, said`: a role in capitals is no name.
      !titleOnly(tokens, inner)
    ) {
      // `Jane Doe, who toured the town with the agency’s head, Tom Roe, told …`: a name set off
      // at the end of a relative clause renames a phrase inside it; the clause's antecedent is
      // the subject.
      const relative = relativeOpening(tokens, open, low)
      const antecedent = relative > low ? mentionEndingAt(tokens, relative - 1, low) : null
      if (antecedent) return { mention: antecedent, fromClause: false }
      // `Mr Ade Roe, in a statement signed by his press secretary, Mr Tom Lee, described`: so
      // does one at the end of an aside a preposition opens after a phrase for someone (`The
      // governor, in a statement …`, `He, in …`), not after a paper (`The report, by …`).
      const aside = commaOpening(tokens, open, low, 15, prepositions)
      const named =
        aside > low
          ? (mentionEndingAt(tokens, aside - 1, low) ?? openingGeneric(tokens, aside - 1, low))
          : null
      if (
        named &&
        (named.kind === 'name' ||
          (named.kind === 'pronoun' && !named.plural) ||
          (named.kind !== 'pronoun' && personNoun(named.head)))
      )
        return { mention: named, fromClause: false }
      return { mention: inner, fromClause: false }
    }
    // `Jane Doe, 51, a nurse, from Lekhnath, asked`: a tag or a phrase a preposition opens, set
    // off after other asides after a name, says more of the name; the name speaks.
    // (A tag in brackets right after a name is that name's: `Jane Doe (D-Ore.) said`.)
    const end =
      tokens[open]?.text === ',' &&
      !itemAt(tokens, open - 1)?.nameWord &&
      (tag || prepositions.has(tokens[open + 1]?.lower ?? ''))
        ? nameBeforeAsides(tokens, open)
        : -1
    const named = end >= low ? mentionEndingAt(tokens, end, low) : null
    if (named?.kind === 'name') return { mention: named, fromClause: false }
    const before = itemAt(tokens, open - 1)
    if (before && !before.word && dashes.has(before.text) && before.text !== '(') {
      closer = open - 1
      continue
    }
    // `The farmer, a father of four, said`: an article phrase of any noun before the aside.
    const outer = mentionEndingAt(tokens, open - 1, low) ?? openingGeneric(tokens, open - 1, low)
    // `Matteo Roe, of the European People’s Party, who has campaigned …, called`: `who` is no
    // body's; the body ends an aside of its own, and the name before that one speaks.
    if (outer?.organization && !governed(tokens, outer) && tokens[open + 1]?.lower === 'who') {
      closer = open
      continue
    }
    // `Jim Roe, president of Local 12 of the union, which represents workers, said`: a role
    // set off after a name is an aside too, and a relative clause after it is about what the
    // role is of; the name speaks.
    if (inList(tokens[open + 1], WordList.relativePronoun)) {
      const named = nameBeforeRole(tokens, open, low)
      if (named) return { mention: named, fromClause: false }
    }
    if (outer && !governed(tokens, outer)) return { mention: outer, fromClause: false }
    // `a woman in Worcester, Massachusetts, told`: the phrase the place modifies, unless a
    // comma sets it off as a role (`Jane Doe, director of the Center in Dayton, Ohio, said`),
    // which the clause's subject holds.
    const head = modifiedHead(tokens, outer, open - 1, low)
    return head && itemAt(tokens, head.first - 1)?.text !== ','
      ? { mention: head, fromClause: false }
      : null
  }
  return null
}

// The name set off before a role that runs up to `open` (`Jim Roe, president of Local 12 of
// the union`), or null: the role opens after the comma with a title or a noun for someone, has
// no verb and no mark inside, and names no one of its own.
function nameBeforeRole(tokens: readonly FrameToken[], open: number, low: number): Mention | null {
  let comma = open - 1
  while (comma > low && comma > open - 16 && tokens[comma]?.text !== ',') {
    const token = tokens[comma] as FrameToken
    if (token.quote >= 0 || token.cue || (!token.word && !/^\d/u.test(token.text))) return null
    comma--
  }
  if (tokens[comma]?.text !== ',') return null
  let opening = comma + 1
  if (inList(tokens[opening], WordList.article)) opening++
  // `Ana Roe, the film’s director and a former editor from Lagos, who`: past an owner's phrase.
  while (opening < open - 1 && tokens[opening]?.word && isPossessive(tokens[opening] as FrameToken))
    opening++
  // (`the county’s public health commissioner`: the role's head may close its modifiers.)
  let head = opening
  while (
    head + 1 < open &&
    tokens[head + 1]?.word &&
    !tokens[head + 1]?.capitalized &&
    !prepositions.has(tokens[head + 1]?.lower ?? '')
  )
    head++
  const role = tokens[opening]
  if (
    !role?.word ||
    !(isTitle(role) || isPeopleNoun(role.lower) || roleWord(tokens[head] as FrameToken))
  )
    return null
  // `rancher Wade Tillotson, whose …`: a role before a name of its own is no aside; a name
  // after the role's `of` is what the role is of (`head of Kestrel Logistics`).
  const last = mentionEndingAt(tokens, open - 1, comma + 1)
  const title = last?.titles.at(-1) ?? ''
  const complement = / (?:of|to|for|at)$/u.test(title)
  if (last?.kind === 'name' && !last.organization && last.first === comma + 1 && !complement)
    return null
  // (`Priya Raghunathan, 54, a retired teacher, who`: past an age set off before the role.)
  if (startsWithDigit(tokens[comma - 1]) && itemAt(tokens, comma - 2)?.text === ',') comma -= 2
  const named = mentionEndingAt(tokens, comma - 1, low)
  return named?.kind === 'name' &&
    !named.organization &&
    !isPlace(named) &&
    !governed(tokens, named)
    ? named
    : null
}

// Whether a word names a role someone holds: a title or a noun for someone.
function roleWord(token: FrameToken): boolean {
  return isTitle(token) || personNoun(token.lower)
}

/**
 * The comma that opens a relative clause running, with no mark inside, up to the mark at
 * `open`, or -1.
 *
 * @param tokens The paragraph's tokens.
 * @param open Index of the mark after the clause.
 * @param low Lowest index the comma may be after.
 * @param reach How many tokens back the comma may be.
 */
export function relativeOpening(
  tokens: readonly FrameToken[],
  open: number,
  low: number,
  reach = 24,
): number {
  return commaOpening(tokens, open, low, reach, relativePronouns)
}

// The comma that opens a clause or phrase one of `openers` begins, running with no mark inside
// up to the mark at `open`, within `reach` tokens, or -1.
function commaOpening(
  tokens: readonly FrameToken[],
  open: number,
  low: number,
  reach: number,
  openers: ReadonlySet<string>,
): number {
  for (let index = open - 1; index > low && index > open - 1 - reach; index--) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return -1
    if (token.word) continue
    return token.text === ',' && openers.has(tokens[index + 1]?.lower ?? '') ? index : -1
  }
  return -1
}

// The subject of the clause a `that` after a verb opens before `and` at `conjunction`, with no
// comma between: the mention right after `that`, when it names someone (a name or a pronoun).
function thatClauseSubject(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  low: number,
  conjunction: number,
): Mention | null {
  for (let index = conjunction - 1; index > low; index--) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (token.lower !== 'that') continue
    const verb = itemAt(tokens, index - 1) as FrameToken
    if (!verb.word || verb.capitalized || isClosedClass(verb)) return null
    const subject = mentions.find((mention) => mention.first === index + 1)
    return subject && (subject.kind === 'name' || subject.kind === 'pronoun') ? subject : null
  }
  return null
}

// `near Brandon, Manitoba,`, `from Salinas, California,`: a name set off right after one that
// a preposition of place governs says where that place lies, whether or not a list knows it;
// it is no one, unless a title or a given name before a surname makes it a person's (`the only
// vet in Brandon, Dr. Ana Ruiz,`).
function regionAfterPlace(
  tokens: readonly FrameToken[],
  comma: number,
  inner: Mention,
  low: number,
): boolean {
  if (tokens[comma]?.text !== ',' || inner.kind !== 'name' || inner.titles.length > 0) return false
  // (A given name alone is a place's too: `Ballarat, Victoria`.)
  const words = inner.name.split(' ')
  if (words.length > 1 && givenNameGenderOf(words[0]?.toLowerCase() ?? '') !== undefined)
    return false
  const place = mentionEndingAt(tokens, comma - 1, low)
  const preposition = place?.kind === 'name' ? itemAt(tokens, place.first - 1) : undefined
  return preposition?.word === true && placePrepositions.has(preposition.lower)
}

// Prepositions that place someone (`a farmer near Brandon`), not what they serve (`head of`).
const placePrepositions = new Set(['in', 'near', 'from', 'outside', 'around'])

// `Tom Roe, M.D., said`, `Jane Doe, R-Ky., said`: an aside of one degree or party tag.
function postnominalAside(tokens: readonly FrameToken[], first: number, end: number): boolean {
  return end === first + 1 && isPostnominal((tokens[first] as FrameToken).text)
}

// Index of the mark that opens the aside closed at `close` (the same dash or comma, or the
// bracket that matches), or -1.
function asideOpening(tokens: readonly FrameToken[], close: number, low: number): number {
  const text = tokens[close]?.text
  const opener = text === ')' ? '(' : text
  for (let index = close - 1; index >= low && index >= close - 20; index--) {
    const token = tokens[index] as FrameToken
    if (token.word) continue
    if (token.text === opener) return index
    // A comma closes at the nearest mark of any kind (`Doe, 54, said`).
    if (text === ',' && dashes.has(token.text)) return index
  }
  return -1
}

// Whether the cue at `cue` is the past of a verb of judging right before `of`, `for` or `over`.
function judgedBefore(tokens: readonly FrameToken[], cue: number): boolean {
  if (!judgedFor.has(tokens[cue + 1]?.lower ?? '')) return false
  if (!isPastForm((tokens[cue] as FrameToken).lower)) return false
  const entry = cueEntryAt(tokens, cue)
  return entry !== undefined && judgingCues.has(entry.base)
}

const judgedFor = new Set(['of', 'for', 'over'])

function passiveAgent(tokens: readonly FrameToken[], cue: number): CueSubject | null {
  for (let index = cue + 1; index < cue + 6 && index < tokens.length; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (token.lower === 'by') {
      const mention = mentionStartingAt(tokens, index + 1, tokens.length)
      if (!mention) return null
      // `was told by the chair, Jane Roe:`: a name set off after a role is who holds it.
      const named =
        mention.kind !== 'name' && mention.kind !== 'pronoun' && tokens[mention.end]?.text === ','
          ? mentionStartingAt(tokens, mention.end + 1, tokens.length)
          : null
      const closed = named && !tokens[named.end]?.word
      return { mention: named?.kind === 'name' && closed ? named : mention, fromClause: false }
    }
  }
  return null
}

/**
 * The name someone goes by, set off right after their name (`, who plays as Kestrl,`, `, known
 * in game as Vexil,`, `, better known by the handle Ruinmaker,`, `, who performs as Lady
 * Marrow,`): the capitalized words after `as` or `by`, when the words before it say what they
 * are known by; else null.
 *
 * @param tokens The paragraph's tokens.
 * @param end Index past the person's name.
 * @param high Index the aside must end before.
 */
export function aliasAfter(
  tokens: readonly FrameToken[],
  end: number,
  high: number,
): string | null {
  if (textAt(tokens, end) !== ',') return null
  // (Past a role set off before the clause: `, a first-year engineering student who plays as`.)
  let from = end + 1
  for (let at = from; at < high && at <= end + 10; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) break
    if (token.lower === 'who') {
      from = at
      break
    }
  }
  let known = false
  for (let at = from; at < high && at <= from + 8; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (aliasVerbs.has(token.lower)) known = true
    else if (!aliasWords.has(token.lower)) return null
    if (!known || (token.lower !== 'as' && token.lower !== 'by')) continue
    // (`known by the handle Ruinmaker`: the noun for the name stands before it.)
    let first = at + 1
    while (aliasNouns.has(tokens[first]?.lower ?? '')) first++
    let last = first
    while (last < high && last < first + 3 && tokens[last]?.word && tokens[last]?.capitalized)
      last++
    // (The clause may go on: `who plays as Cinderjack and has competed …`.)
    const next = tokens[last]
    if (last === first || (next?.word && next.quote < 0 && next.lower !== 'and')) return null
    return textOf(tokens, first, last - 1)
  }
  return null
}

// Verbs and participles that say what name someone goes by (`known as`, `plays as`).
const aliasVerbs = new Set([
  'known',
  'plays',
  'played',
  'performs',
  'performed',
  'goes',
  'streams',
  'competes',
  'raps',
  'wrestles',
  'nicknamed',
  'dubbed',
])

// Words that may stand among them (`who is better known to fans as`, `known in game as`).
const aliasWords = new Set([
  'who',
  'is',
  'was',
  'better',
  'widely',
  'also',
  'professionally',
  'known',
  'in',
  'game',
  'online',
  'to',
  'fans',
  'under',
  'as',
  'by',
])

// Nouns for the name itself (`by the handle`, `under the name`).
const aliasNouns = new Set(['the', 'handle', 'name', 'nickname', 'alias', 'tag', 'gamertag'])

// Whether `text` is the first `length` characters of `name` (its first word), without cutting
// them out of it.
function spellsOpening(name: string, length: number, text: string): boolean {
  return text.length === length && name.startsWith(text)
}

/**
 * The phrase for someone that an indefinite phrase for someone is set off after, past what the
 * first runs on with (`a teacher who has worked there for a decade, a father of seven.`), when
 * the second closes the sentence or its aside; or null. The second is said of the first: no one
 * new.
 *
 * @param tokens The paragraph's tokens.
 * @param mention The second phrase.
 * @param low First token of the sentence.
 */
export function phraseSetOffBefore(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
): Mention | null {
  if (mention.kind !== 'anonymous' && mention.kind !== 'description') return null
  const article = tokens[mention.first]?.lower
  if ((article !== 'a' && article !== 'an') || mention.plural || !personNoun(mention.head))
    return null
  const comma = mention.first - 1
  if (tokens[comma]?.text !== ',') return null
  // (`a father of seven`: a count of whom after the noun goes with it.)
  let end = mention.end
  if (tokens[end]?.lower === 'of' && tokens[end + 1]?.word) end += 2
  const closer = tokens[end]?.text ?? '.'
  if (closer !== ',' && closer !== '.' && closer !== ';') return null
  // (`a nurse, a teacher, a driver and a cook`: a list goes on with another.)
  const next = tokens[end + 1]?.lower ?? ''
  if (closer === ',' && (articles.has(next) || next === 'and')) return null
  // The first phrase opens within a few words before the comma, and only words run on from it
  // to the comma (`at the school`, `who has worked there for a decade`, `working on the lines`):
  // the phrase reader's, since the scan keeps a phrase only for a noun that names a source.
  for (let start = Math.max(low, comma - 12); start < comma; start++) {
    if (!phraseOpeners.has(tokens[start]?.lower ?? '')) continue
    const before = mentionStartingAt(tokens, start, comma)
    if (!before || before.plural || !personNoun(before.head)) continue
    if (before.kind !== 'anonymous' && before.kind !== 'description') continue
    // (`One of them, a retired firefighter,`: a stand-in is named by the role set off after it.)
    if (standInHeads.has(before.head) || lowerAt(tokens, before.first + 1) === 'of') return null
    for (let word = before.end; word < comma; word++) {
      const token = tokens[word] as FrameToken
      if (!token.word || token.quote >= 0) return null
    }
    return before
  }
  return null
}

// Words that open a phrase for someone (`a teacher`, `One geologist`, `the principal`).
const phraseOpeners = new Set(['a', 'an', 'one', 'the'])
