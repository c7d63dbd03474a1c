import { givenNameGender } from '../lexicon/first-names.js'
import {
  auxiliaryVerbs,
  calendarAbbreviations,
  calendarWords,
  closedClassWords,
  countWords,
  irregularParticiples,
  irregularPasts,
  openingAdverbs,
  openingImperatives,
  passiveAuxiliaries,
  possessiveDeterminers,
  verbModifiers,
} from '../lexicon/function-words.js'
import { isPeopleNoun, isPeoplePlural } from '../lexicon/people-nouns.js'
import { subjectPronouns } from '../lexicon/pronouns.js'
import { isQuoteMark } from '../lexicon/quote-marks.js'
import {
  collectiveNouns,
  documentHeads,
  organizationHeads,
  peoplePluralEnding,
  utteranceNouns,
  worshipNouns,
} from '../lexicon/source-nouns.js'
import type { CueEntry } from '../lexicon/speech-cues.js'
import { cueEntryOf, cueForms, cuePhrases, phrasalCueForms } from '../lexicon/speech-cues.js'
import { isPostnominal, isTitleWord, nameParticles } from '../lexicon/titles.js'
import { WordList } from '../lexicon/word-lists.js'
import { charCodeAt, opensWithDigit } from './char-code.js'
import { datelineDash } from './dateline.js'
import { itemAt } from './item-at.js'
import type { Token } from './tokens.js'

/** A token as the speaker finder reads it (word classes set by {@link classifyTokens}). */
export type FrameToken = Token

/**
 * A filter on the shape of words (first letter, last letter, length modulo 32): where a set
 * answers only after hashing the whole string, this answers from three numbers. It may say yes
 * to a word never added, never no to one added.
 */
class ShapeFilter {
  readonly #rows = new Uint32Array(27 * 27)

  /** @param words Words to add. */
  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word)
  }

  /** Add a word. */
  add(word: string): void {
    const row = shapeRow(word)
    this.#rows[row] = (this.#rows[row] ?? 0) | shapeBit(word)
  }

  /** Whether a word may have been added. */
  mayHave(word: string): boolean {
    return ((this.#rows[shapeRow(word)] ?? 0) & shapeBit(word)) !== 0
  }

  /** Forget every word. */
  clear(): void {
    this.#rows.fill(0)
  }
}

function shapeRow(word: string): number {
  return letterIndex(charCodeAt(word, 0)) * 27 + letterIndex(charCodeAt(word, word.length - 1))
}

function letterIndex(code: number): number {
  const letter = code - 97
  return letter >= 0 && letter < 26 ? letter : 26
}

function shapeBit(word: string): number {
  return 1 << (word.length & 31)
}

/**
 * Set the word classes of a paragraph's tokens: cue, name word, pronoun. Done once per
 * paragraph, so the speaker rules only read fields.
 *
 * @param tokens The paragraph's tokens.
 * @param titleCase Whether the paragraph is in title case, where a capitalized `Says` is still
 *   a cue; elsewhere only lower-case forms are, so that `the United States` holds no `state`.
 */
export function classifyTokens(tokens: Token[], titleCase: boolean): void {
  // `BRISTOL, England (Wire) — Shares of Sahel Solar fell`: the word after a dateline's dash
  // opens the paragraph's first sentence, capitalized whatever it is.
  const dash = datelineDash(tokens)
  const opening = dash >= 0 ? tokens[dash + 1] : undefined
  if (opening?.word) opening.initial = true
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (!token.word) continue
    const lower = token.lower
    token.cue =
      (titleCase || !token.capitalized || headlineCue(tokens, index)) &&
      cueShapes.mayHave(lower) &&
      (cueForms.has(lower) ||
        phrasalAt(tokens, index) ||
        (phraseStarts.has(lower) && startsCuePhrase(tokens, index))) &&
      !opensTitle(tokens, index) &&
      !nominalCue(tokens, index) &&
      !pluralSubjectCue(tokens, index) &&
      !pleaInCourt(tokens, index)
    const pronoun = subjectPronounOf(lower)
    token.pronoun = pronoun !== undefined
    // `She’s claiming …`: the contraction stands for the pronoun and a verb, never a possessive.
    if (pronoun !== undefined && pronoun !== lower) {
      token.respell(token.text, lower, pronoun)
      token.possessive = false
    }
    token.nameForm =
      (token.capitalized || (joinsParticle(token.text) && particleName.test(token.text))) &&
      !token.cue &&
      !datedBefore(tokens, index) &&
      (!closedClass(token.bare) ||
        givenNameAt(tokens, index, titleCase) ||
        (!titleCase && numberInName(tokens, index))) &&
      !shouting(token.text) &&
      // `the Cebu-born point guard`, `an Ohio-based firm`: a place joined to a participle only
      // says where someone or something is from. (Only a word with a hyphen is tried.)
      !(token.text.indexOf('-') > 0 && placeCompound.test(token.text))
    token.nameWord = token.nameForm
    // `Transit Workers Union Local 1790`: a union local's number is part of its name.
    if (
      !token.nameForm &&
      index > 0 &&
      (tokens[index - 1] as Token).text === 'Local' &&
      digitsOnly.test(token.text)
    ) {
      token.nameForm = true
      token.nameWord = true
    }
  }
}

const digitsOnly = /^\d{1,5}$/u
const placeCompound = /^\p{Lu}[\p{L}'’.]*-(?:born|based|bred|raised|educated|trained|made)$/u

// `SportsNation One`, `Channel Nine`, `Form Three`: a number in capitals right after a
// capitalized name word, in running text, is part of the name.
function numberInName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const previous = itemAt(tokens, index - 1)
  return (
    token.capitalized &&
    numberWord.test(token.lower) &&
    previous?.word === true &&
    previous.nameForm &&
    !previous.cue
  )
}

// `Nov 12`, `Jan 3`: a month's abbreviation right before a number is a date, not a name
// (`Jan Smith` keeps hers).
function datedBefore(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const word = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower
  if (!calendarAbbreviations.has(word)) return false
  let next = index + 1
  if (tokens[next]?.text === '.') next++
  const after = tokens[next]
  return after !== undefined && /^\d/u.test(after.text)
}

// `de Souza`, `al-Mansouri`: a surname a particle opens, alone or joined to it by a hyphen.
function particleSurname(lower: string): boolean {
  const hyphen = lower.indexOf('-')
  return nameParticles.has(hyphen > 0 ? lower.slice(0, hyphen) : lower)
}

// `said Will Doyle`, `Theresa May said`, `April Ryan asked`: a modal or a month that is a given
// name too is a name beside another name: right before one, unless a preposition governs it (`in
// April Trump said`), or right after one inside a sentence of running text, unless a date
// follows (`Clinton May 5`). A question keeps its modal (`Will Congress act?`); so does a
// heading after a name, where every word is capitalized (`Congress Will Act`), but not after a
// title (`— Rev. April Doe`).
function givenNameAt(tokens: readonly Token[], index: number, titleCase: boolean): boolean {
  const token = tokens[index] as Token
  const previous = itemAt(tokens, index - 1)
  const next = tokens[index + 1]
  // Days and months are capitalized whatever they are (`released Thursday said`, `a report
  // issued in May said`).
  const calendar = calendarSet.has(token.lower) && !givenNameWords.has(token.lower)
  // `Mr Friday Idakwo`, `Chief Sunday Eze`: a day's name after a title, before a capital, is a
  // given name, as days are in West Africa.
  if (calendar && previous?.word && isTitle(previous) && next?.word) {
    return next.capitalized ? !closedClass(next.bare) : particleSurname(next.lower)
  }
  const dated = calendar || timeWords.has(previous?.lower ?? '')
  const running = !titleCase && !token.initial && !dated
  // `“…,” From said`, `“…,” May said`: any function word capitalized inside a sentence of
  // running text, right before a cue, is someone's name.
  if (running && cueBefore(next)) return true
  if (!givenNameWords.has(token.lower) || asks(tokens, index)) return false
  // A title before it makes it a name even in a heading (`— Rev. April Doe`).
  if (previous?.nameForm && !token.initial) {
    const titled = isTitleWord(previous.lower) && next?.capitalized === true
    return (!titleCase || titled) && !/^\d/u.test(next?.text ?? '')
  }
  // `a letter from April Doe in March`: after `from` or `by`, a month before a name that no cue
  // follows is a given name (`from April Trump said` dates the clause).
  // (So is one past a phrasal cue's particle: `“…,” chimed in April Doe`.)
  const agent =
    ((previous?.lower === 'from' || previous?.lower === 'by') && tokens[index + 2]?.cue !== true) ||
    (index >= 2 && phrasalAt(tokens, index - 2))
  return (
    next?.word === true &&
    next.capitalized &&
    !closedClass(next.bare) &&
    !(previous?.word && !agent && datesBefore(previous.lower, token.lower))
  )
}

// Words that make a month a date (`in April`, `since May`, `early June`); before `Will` they
// open a clause (`Before Will Doe spoke`).
const timeWords: ReadonlySet<string> = new Set(
  'in since until till by during before after from through throughout last next this early late mid'.split(
    ' ',
  ),
)

const calendarSet: ReadonlySet<string> = new Set(calendarWords)

// Whether a time word makes the month after it a date even before a capitalized word. `Will`
// is a name there (`Before Will Doe spoke`); so is a month after `by`, whose date is a deadline
// that a name hardly follows, while an agent's name often does (`called “reckless” by April
// Doe`).
function datesBefore(previous: string, month: string): boolean {
  return timeWords.has(previous) && month !== 'will' && previous !== 'by'
}

// Whether a word is a finite cue that follows its subject (`said`, `added`, `wrote`).
function cueBefore(token: Token | undefined): boolean {
  if (!token?.word || token.capitalized) return false
  const entry = cueForms.get(token.lower)
  return entry?.form === 'finite' && !entry.weak
}

// Whether the sentence around `index` ends in a question mark, looking a few words ahead.
function asks(tokens: readonly Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length && at < index + 30; at++) {
    const token = tokens[at] as Token
    // A question quoted inside the sentence asks nothing of it (`Will Doe asked, “Why?”`).
    if (token.initial || isQuoteMark(token.text)) return false
    if (token.text === '?') return true
  }
  return false
}

const givenNameWords: ReadonlySet<string> = new Set([
  'will',
  'may',
  'april',
  'june',
  'august',
  'nor',
])

// `said state Sen. Jane Doe`: a cue word that is also a title word, before a capitalized title
// word, opens the title rather than reporting.
function opensTitle(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return (
    next?.word === true &&
    next.capitalized &&
    isTitleWord((tokens[index] as Token).lower) &&
    isTitleWord(next.lower)
  )
}

// Words that open a noun phrase: after one, a word is a noun or modifies one.
const nounOpeners: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'these',
  'those',
])

// `the regional fire service`, `a press release`, `their text messages`: a cue with senses
// that are not speech, in its base form after an article or an owner (and a modifier or two)
// and before a noun, is a noun or modifies one.
function nominalCue(tokens: readonly Token[], index: number): boolean {
  const lower = (tokens[index] as Token).lower
  const entry = cueForms.get(lower)
  if (!entry?.weak || (lower !== entry.base && lower !== `${entry.base}s`)) return false
  const next = tokens[index + 1]
  // (`put the question directly to`: an adverb modifies no noun; the cue word is its verb's
  // object, not a modifier of what follows.)
  if (
    !next?.word ||
    next.capitalized ||
    closedClassWords.has(next.lower) ||
    cueForms.has(next.lower) ||
    isAdverb(next)
  )
    return false
  // (`Fernhill Storm point guard Hana Novotný`: before a noun for one person, after a name too.)
  if (isPeopleNoun(next.lower) && !isPeoplePlural(next.lower) && tokens[index - 1]?.capitalized)
    return true
  for (let at = index - 1; at >= index - 3; at--) {
    const before = tokens[at]
    if (!before?.word) return false
    if (nounOpeners.has(before.lower) || before.possessive) return true
    if (before.capitalized || closedClassWords.has(before.lower) || cueForms.has(before.lower))
      return false
  }
  return false
}

// `Coalition talks, which resume on Tuesday, are aimed at …`: a cue word in `-s` that a plural
// verb follows, past a relative clause set off by commas, is a noun, the verb's subject.
// (Only a cue word that is a plural noun too: `the ones State says are “top secret”` is a verb.)
function pluralSubjectCue(tokens: readonly Token[], index: number): boolean {
  if (!pluralNounCues.has((tokens[index] as Token).lower)) return false
  let next = index + 1
  if (tokens[next]?.text === ',' && relativeOpeners.has(tokens[next + 1]?.lower ?? '')) {
    next += 2
    while (next < tokens.length && next < index + 16 && tokens[next]?.text !== ',') next++
    next++
  }
  return pluralVerbs.has(tokens[next]?.lower ?? '')
}

const pluralNounCues = new Set(
  'talks remarks comments claims notes reports replies answers warnings tweets posts quotes'.split(
    ' ',
  ),
)
const relativeOpeners = new Set(['which', 'that', 'who'])
const pluralVerbs = new Set(['are', 'were', 'have'])

// `pleaded guilty to charges linked to the “sovereign citizen” movement`, `pleads not guilty`,
// `faces charges of fraud`: a plea entered in court answers a charge, and charges followed by
// what they are of are a noun; neither says anything the marks after it hold. Nor does a
// witness called by a side in court.
function pleaInCourt(tokens: readonly Token[], index: number): boolean {
  const lower = (tokens[index] as Token).lower
  const next = tokens[index + 1]?.lower ?? ''
  if (lower === 'charges') return chargeLinks.has(next)
  // `who was called by the prosecution, “…”`: a witness called to testify; the passive of
  // `call` with its agent right after names nothing.
  if (lower === 'called')
    return next === 'by' && passiveAuxiliaries.has(tokens[index - 1]?.lower ?? '')
  if (!lower.startsWith('plead') && lower !== 'pled') return false
  const after = tokens[index + 2]?.lower
  return (
    next === 'guilty' ||
    next === 'innocent' ||
    (next === 'not' && after === 'guilty') ||
    (next === 'no' && after === 'contest')
  )
}

// Words after `charges` that say what the charges are of.
const chargeLinks = new Set(['of', 'against', 'linked', 'related', 'including', 'stemming'])

// `al-Mansouri`, `bin-Talal`, `d’Alembert`: a lower-case particle joined to a capitalized name.
const particleName = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd|ben|bint|d|l)[-'’]\p{Lu}/u

// Whether a hyphen or apostrophe stands where a name particle would end (`al-`, `d’`): the
// cheap test that spares most words the regex.
function joinsParticle(text: string): boolean {
  for (let index = 1; index < 5 && index < text.length - 1; index++) {
    const code = text.charCodeAt(index)
    if (code === 45 || code === 39 || code === 0x2019) return true
  }
  return false
}

// A subject pronoun, alone or contracted with a verb (`she’s`, `they’re`, `I’m`, `he’d`).
const pronounContraction = /^(\p{L}+)['’](?:s|re|ve|ll|d|m)$/u
function subjectPronounOf(lower: string): string | undefined {
  const length = lower.length
  if (length <= 4 && pronounShapes.mayHave(lower) && subjectPronounWords.has(lower)) return lower
  // Only a word with an apostrophe before its last one or two letters can be a contraction.
  if (
    length < 3 ||
    length > 7 ||
    (!isApostrophe(lower, length - 2) && !isApostrophe(lower, length - 3))
  )
    return undefined
  const pronoun = pronounContraction.exec(lower)?.[1]
  return pronoun !== undefined && subjectPronounWords.has(pronoun) ? pronoun : undefined
}

function isApostrophe(word: string, index: number): boolean {
  const code = word.charCodeAt(index)
  return code === 39 || code === 0x2019
}

// `Doe Says “…”`, `Doe Warns: “…”`: a capitalized word between a name and a quote (or the
// colon before one) is a cue in a heading too short to read as title case.
function headlineCue(tokens: readonly Token[], index: number): boolean {
  const previous = itemAt(tokens, index - 1)
  const next = tokens[index + 1]
  // The words after are not classified yet: their shape decides.
  if (next?.word && next.capitalized) return invertedHeading(tokens, index)
  if (!previous?.nameForm || next?.word) return false
  // A weak cue is too often a name's last word (`the United States “must …”`).
  const entry = cueForms.get((tokens[index] as Token).lower)
  if (entry === undefined || entry.weak) return false
  // (`Blue Ridge Broadcasting:`, `Acme Publishing “…”`: a capitalized `-ing` after a name is
  // the name's last word; a heading's cue is finite, `Doe Says:`.)
  if ((tokens[index] as Token).lower.endsWith('ing')) return false
  // `‘We Will Win,’ Doe Says`: a name and the cue closing the heading after its quote.
  if (next === undefined || terminal.has(next.text)) return afterQuoteAndName(tokens, index - 1)
  const mark = next.text === ':' ? tokens[index + 2]?.text : next.text
  return mark !== undefined && isQuoteMark(mark.charAt(0))
}

const terminal = new Set(['.', '!', '?'])

// A capitalized word that is no function word: what a name looks like before its class is set.
function nameShape(token: Token): boolean {
  return token.word && token.capitalized && !closedClass(token.bare)
}

// `‘We Will Win,’ Says Doe`: an inverting cue right after the quote and its comma, with name
// words after it to the end of the heading.
function invertedHeading(tokens: readonly Token[], index: number): boolean {
  const entry = cueForms.get((tokens[index] as Token).lower)
  if (!entry?.inverts || entry.weak || entry.form !== 'finite') return false
  const comma = itemAt(tokens, index - 1)
  const mark = comma?.text === ',' ? itemAt(tokens, index - 2) : comma
  if (!mark || mark.word || !isQuoteMark(mark.text.charAt(0))) return false
  let end = index + 1
  while (end < tokens.length && end < index + 5 && nameShape(tokens[end] as Token)) end++
  const after = tokens[end]
  return after === undefined || terminal.has(after.text)
}

// Whether the name words ending at `last` follow a closing quote mark (with its comma).
function afterQuoteAndName(tokens: readonly Token[], last: number): boolean {
  let index = last
  while (index > 0 && index > last - 4 && (tokens[index] as Token).nameForm) index--
  const before = tokens[index] as Token
  return !before.word && before.text !== ','
    ? isQuoteMark(before.text.charAt(0))
    : before.text === ',' && isQuoteMark((itemAt(tokens, index - 1)?.text ?? '').charAt(0))
}

/**
 * Whether the cue word at `index` is used as a noun: after an article (`an email`, `the
 * calls`), or in its base form after a singular determiner and one modifier (`a simple
 * message`). A speech noun after a possessive (`his promise of …`) is left to its owner.
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of a cue token.
 */
export function cueAsNoun(tokens: readonly Token[], index: number): boolean {
  const previous = itemAt(tokens, index - 1)
  if (!previous?.word) return false
  const lower = (tokens[index] as Token).lower
  // `heard the officer yell`: after a verb of perception and its object, the base form is the
  // object's verb.
  if (perceivedBy(tokens, index - 1) && isBaseCueForm(lower)) return false
  // (`The reading group`: an `-ing` form after an article modifies a noun, or is one.)
  if (inList(previous, WordList.article)) return nounForm(lower) || lower.endsWith('ing')
  // `took questions for an hour`, `fielded calls`: a cue's plural right after a past form is
  // its object, since two finite verbs do not stand side by side.
  // (So is a base form with `of` after it: `revived talk of a “single point of failure”`.)
  if (
    !previous.capitalized &&
    (irregularPasts.has(previous.lower) || previous.lower.endsWith('ed')) &&
    nounForm(lower) &&
    (!isBaseCueForm(lower) || tokens[index + 1]?.lower === 'of')
  )
    return true
  // `One sweeping question asked …`, `a news release stated`: a cue's base form right before a
  // finite cue is the noun its verb has for a subject.
  const next = tokens[index + 1]
  if (isBaseCueForm(lower) && next?.word && !next.capitalized) {
    const verb = cueEntryOf(next.lower, tokens[index + 2]?.lower)
    if (verb?.form === 'finite' && verb.base !== next.lower && !previous.pronoun) return true
  }
  // `the illicit, insecure email was vulnerable`: so is a base form that is a noun too right
  // before an auxiliary or a form of `be`, which would be a second finite verb (not after a
  // pronoun, `to` or a relative word: `what they say is`, `those who report are`).
  if (
    isBaseCueForm(lower) &&
    (documentHeads.has(lower) || utteranceNouns.has(lower)) &&
    auxiliaryAfter(tokens, index) &&
    !previous.pronoun &&
    !verbOpeners.has(previous.lower)
  )
    return true
  // `defended her comments as …`, `his remarks`, `its report`: after a possessive determiner a
  // cue's noun form is the noun (the base form not after `her`, an object too: `let her speak`).
  const owned = possessiveDeterminers.has(previous.lower) && nounForm(lower)
  if (owned && (previous.lower !== 'her' || !isBaseCueForm(lower))) return true
  // `has served six terms`, `made several calls`: a cue's plural after a count is a noun (not
  // `one says`, a stand-in's verb).
  // (`dozens of calls`: past the `of` a count takes.)
  const counted = counts(previous) || (previous.lower === 'of' && counts(itemAt(tokens, index - 2)))
  if (counted && lower.endsWith('s') && nounForm(lower) && lower !== 'says') return true
  // `sounded a note of caution`, `asked for comment`: after a preposition other than `to`, the
  // base form is a noun.
  if (inList(previous, WordList.preposition) && previous.lower !== 'to' && isBaseCueForm(lower))
    return true
  // `the band’s label`, `Doe’s tweet`: after an owner the base form is the thing owned; so it
  // is after a cue that reports (`Singer says voice ‘…’`): no verb follows `says` at once.
  const reporting = previous.capitalized ? undefined : cueEntryOf(previous.lower, lower)
  // (Not after a base form, which is a noun as often: `One message read`.)
  const reports = reporting?.form === 'finite' && reporting.base !== previous.lower
  if ((previous.possessive || reports) && isBaseCueForm(lower)) return true
  // `a small Dutch label`, `a more cautious note`: after `a` or `an` and two or three
  // modifiers (a word of degree among them), the base form is a noun too.
  if (isBaseCueForm(lower)) {
    for (let at = index - 3; at >= index - 4 && at >= 0; at--) {
      const opener = tokens[at]
      if (opener?.lower !== 'a' && opener?.lower !== 'an') continue
      const modifiers = tokens.slice(at + 1, index)
      // (Three only with a word of degree among them.)
      const degree = modifiers.some((word) => degreeWords.has(word.lower))
      if (
        (at === index - 3 || degree) &&
        modifiers.every(
          (word) =>
            word.word &&
            !word.cue &&
            (!closedClassWords.has(word.lower) || degreeWords.has(word.lower)),
        )
      )
        return true
    }
  }

  // After a modifier only the base form, and after `the` only when the modifier names no
  // group: `a simple message` and `the main reason` are nouns, `the police say`, `the experts
  // argue` and `the ad says` are verbs.
  const before = itemAt(tokens, index - 2)
  return (
    before?.word === true &&
    inList(before, WordList.article) &&
    (before.lower !== 'the' || !mayBePlural(previous.lower)) &&
    // `an Instagram post`: after `a` a name may modify the noun too.
    (!previous.capitalized || before.lower !== 'the') &&
    !closedClassWords.has(previous.lower) &&
    // `a blog post`: a cue word's noun may modify it after `a`.
    (!cueForms.has(previous.lower) || (before.lower !== 'the' && nounForm(previous.lower))) &&
    (isBaseCueForm(lower) ||
      (regularParticiple(previous.lower) && nounForm(lower) && auxiliaryAfter(tokens, index)))
  )
}

// Words before which a cue's base form is a verb whatever follows it.
const verbOpeners = new Set(['to', 'who', 'which', 'not'])

// Words of degree that may stand among a noun's modifiers (`a more cautious note`).
const degreeWords = new Set(['more', 'most', 'very', 'less'])

/**
 * Verbs of perception, whose object's own verb follows it in the base form (`heard the
 * officer yell`, `watched him tell the crowd`): the object is that verb's subject.
 */
export const perceptionVerbs: ReadonlySet<string> = new Set(
  `hear hears heard hearing overhear overhears overheard overhearing see sees saw seen seeing
watch watches watched watching notice notices noticed noticing`.split(/\s+/),
)

/**
 * Whether the phrase ending at `last` is the object of a verb of perception: a pronoun or a
 * phrase of up to three words right after one (`heard him`, `saw the man`, `heard Jane Doe`).
 *
 * @param tokens The paragraph's tokens.
 * @param last Index of the phrase's last word.
 */
export function perceivedBy(tokens: readonly Token[], last: number): boolean {
  for (let at = last - 1; at >= 0 && at >= last - 3; at--) {
    const token = tokens[at] as Token
    if (!token.word) return false
    if (perceptionVerbs.has(token.lower)) return true
  }
  return false
}

/**
 * Whether a word has the shape of a participle (`Asked`, `Speaking`, `the remaining`), which
 * modifies a noun after an article where a noun would be a verb's subject (`the foundation
 * predicts will …`).
 *
 * @param lower The lower-case word.
 */
export function regularParticiple(lower: string): boolean {
  return (lower.endsWith('ed') || lower.endsWith('ing')) && lower.length >= 5
}

// `the remaining claims would be settled`: a plural before an auxiliary or a form of `be` is
// the verb's subject, a noun.
function auxiliaryAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return (
    next?.word === true &&
    !next.capitalized &&
    (inList(next, WordList.auxiliary) || inList(next, WordList.beForm))
  )
}

/** Auxiliary verbs (`has`, `would`) as a set: one lookup per word. */
export const auxiliaries: ReadonlySet<string> = new Set(auxiliaryVerbs)

// Whether a noun may take a plural verb: a plural in `-s`, a collective noun, or a group word
// with no plural (`police`, `people`).
function mayBePlural(lower: string): boolean {
  // (`the obvious question`, `the previous answer`: an adjective in -ous or -ss is no plural.)
  const plural = lower.endsWith('s') && !lower.endsWith('ous') && !lower.endsWith('ss')
  return plural || collectiveNouns.has(lower) || pluralWithoutS.has(lower)
}

const pluralWithoutS = new Set(['police', 'people', 'staff', 'public', 'media', 'clergy'])

// Whether a word counts what follows it: a number of two or more, in digits or words, or a
// word for several.
function counts(token: Token | undefined): boolean {
  if (token === undefined || token.lower === 'one') return false
  const lower = token.lower
  return opensWithDigit(lower) || countWords.has(lower) || severalWords.has(lower)
}

// Counts the lexicon's number words leave out.
const severalWords = new Set(
  'fifteen hundred hundreds dozen dozens several many few numerous'.split(' '),
)

// Whether a cue word is a base form or a plural (`call`, `posts`), which a noun can be.
// (A phrasal cue's too: `a rule that began`.)
function nounForm(lower: string): boolean {
  const entry = cueForms.get(lower) ?? phrasalCueForms.get(lower)?.entry
  return entry !== undefined && (lower === entry.base || lower === `${entry.base}s`)
}

// `chimed in`, `fired back`: a phrasal verb is a cue with its particle right after it.
function phrasalAt(tokens: readonly Token[], index: number): boolean {
  if (particleNext(tokens, index)) return true
  const phrasal = phrasalCueForms.get((tokens[index] as Token).lower)
  if (phrasal === undefined) return false
  // `The court ruled on Wednesday that …`: a `that` the cue's date stands before.
  return phrasal.particles.has('that') && datedThat(tokens, index + 1)
}

// Whether a phrasal cue's particle comes right after it (`chimed in`).
function particleNext(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  return (
    next !== undefined &&
    phrasalCueForms.get((tokens[index] as Token).lower)?.particles.has(next.lower) === true
  )
}

// Whether a date of a word or two (`on Wednesday`, `last week`, `in March`) starts at `from`
// and `that` follows it.
function datedThat(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + 3; at++) {
    const token = tokens[at]
    if (!token?.word) return false
    if (token.lower === 'that') return at > from
    if (!dateWords.has(token.lower) && !calendarSet.has(token.lower)) return false
  }
  return false
}

const dateWords = new Set(['on', 'in', 'last', 'this', 'earlier', 'late', 'early', 'week'])

/**
 * What the lexicon knows of the cue at `index`: its phrasal entry when the particle follows,
 * its own entry, or, for the first word of a cue phrase (`put it`), a finite cue that inverts.
 *
 * @param tokens The paragraph's tokens.
 * @param index Index of a cue token.
 */
export function cueEntryAt(tokens: readonly Token[], index: number): CueEntry | undefined {
  const token = tokens[index]
  if (!token?.word) return undefined
  return (
    cueEntryOf(token.lower, itemAt(tokens, index + 1)?.lower) ?? (token.cue ? phraseCue : undefined)
  )
}

const phraseCue: CueEntry = { base: '', form: 'finite', inverts: true, weak: false }

/**
 * Index past a cue's own words: the particle of a phrasal cue (`chimed in`), the rest of a cue
 * phrase (`put it`), or just the cue.
 *
 * @param tokens The paragraph's tokens.
 * @param cue Index of the cue token.
 */
export function cueWordsEnd(tokens: readonly Token[], cue: number): number {
  // (A particle a date stands before is read with the cue's adverbials.)
  if (phrasalAt(tokens, cue)) return particleNext(tokens, cue) ? cue + 2 : cue + 1
  const lower = tokens[cue]?.lower ?? ''
  if (!cueForms.has(lower) && phraseStarts.has(lower)) {
    const phrase = cuePhrases.find((words) =>
      words.every((word, offset) => tokens[cue + offset]?.lower === word),
    )
    if (phrase) return cue + phrase.length
  }
  return cue + 1
}

// Verb phrases that report speech (`as the memo put it`): their first word is the cue.
function startsCuePhrase(tokens: readonly Token[], index: number): boolean {
  return cuePhrases.some((phrase) =>
    phrase.every((word, offset) => tokens[index + offset]?.lower === word),
  )
}

// Lookups in sets rather than on objects or through every phrase: a set finds a word by its
// string's hash (worked out on first use, then kept with the string), where an object key is
// first looked up among the engine's interned strings.
const phraseStarts: ReadonlySet<string> = new Set(cuePhrases.map((phrase) => phrase[0] ?? ''))
const subjectPronounWords: ReadonlySet<string> = new Set(Object.keys(subjectPronouns))
// Most words can be neither a cue nor a pronoun by their shape alone: the filters spare them the
// hashing (words inside quotes are never looked up again, so for them it is saved outright).
const cueShapes = new ShapeFilter([...cueForms.keys(), ...phrasalCueForms.keys(), ...phraseStarts])
const pronounShapes = new ShapeFilter(subjectPronounWords)

// (With the plurals that count people: `Dozens of fishermen`, `Hundreds of residents`.)
const numberWord =
  /^(?:dozens|hundreds|thousands|millions|billions|scores|tens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:-\p{L}+)?$/u

// Closed-class words, spelled-out numbers (`Twenty-two years ago`) and long words in capitals
// (`INVESTIGATED`, a heading) are not names.
function closedClass(word: string): boolean {
  // `A. J. Doe`: a single letter and a full stop is an initial, whatever the letter spells.
  if (word.length === 2 && word.charCodeAt(1) === 46) return false
  // `Aug.`, `Sept.`: an abbreviation is looked up without its full stop.
  const bare =
    word.endsWith('.') && word.indexOf('.') === word.length - 1 ? word.slice(0, -1) : word
  if (calendarAbbreviations.has(bare)) return bare !== word
  // A state's abbreviation is one with its full stop; without it, it may be a name (`Sean
  // Penn`, `Ted Ill`).
  return (
    closedClassWords.has(bare) ||
    numberWord.test(bare) ||
    (abbreviations.has(bare) && bare !== word)
  )
}

// Abbreviated places that follow a name in news style (`San Bernardino, Calif.`,
// `Trois-Rivières, Que.`).
const abbreviations: ReadonlySet<string> = new Set(
  `ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
okla ore pa penn tenn tex va vt wash wis wyo que ont alta sask nfld`.split(/\s+/),
)

/** Whether a word is a closed-class word (article, preposition, conjunction, pronoun…). */
export function isClosedClass(token: Token): boolean {
  return (token.lists & WordList.closedClass) !== 0
}

/**
 * Whether a token's word is in a list of {@link WordList}: of its lower case or its bare form,
 * as the list is asked. A bit test where a set lookup hashed the word again at every ask.
 *
 * @param token The token, or none (in no list).
 * @param list The list's bit.
 */
export function inList(token: Token | undefined, list: number): boolean {
  return token !== undefined && (token.lists & list) !== 0
}

/**
 * Whether a token's bare form is a title word: {@link isTitleWord} of `bare(token)`, with the
 * listed words answered by the token's bit.
 */
export function isTitle(token: Token): boolean {
  if ((token.lists & WordList.titleWord) !== 0) return true
  // The other forms have a hyphen (`ex-Gov.`, `Mayor-elect`).
  return token.bare.includes('-') && isTitleWord(token.bare)
}

/**
 * Settle which capitalized words are names in one document: a sentence's first word is
 * capitalized whatever it is, so it is a name only if the document never writes it in lower
 * case (`Reading the results, …` against `Ben Carson`).
 *
 * @param paragraphs The tokens of each paragraph of the document.
 * @returns How each candidate (a name-form word opening a sentence) is used in the document.
 */
export function settleNameWords(
  paragraphs: readonly (readonly Token[])[],
): ReadonlyMap<string, Usage> {
  // The candidates first, then one pass that looks each of them up elsewhere in the text:
  // written in lower case, it is a common word; capitalized inside a sentence, a name.
  const candidates = new Map<string, Usage>()
  const shapes = candidateShapes
  shapes.clear()
  // Only a name-form word that opens a sentence can lose its name status: every other one keeps
  // what classifyTokens gave it. Each is kept with the token after it.
  const openers: Token[] = []
  const flags: number[] = []
  for (const tokens of paragraphs) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token
      // A modal or month made a name by the name beside it is settled already.
      if (!token.nameForm || !token.initial || givenNameWords.has(token.lower)) continue
      openers.push(token)
      flags.push(openerFlags(tokens, index))
      candidates.set(token.bare, Usage.initialOnly)
      shapes.add(token.bare)
    }
  }
  if (candidates.size === 0) return candidates
  // (`Meet Haddad, the baker …`: a verb a headline opens with is a common word, written in
  // lower case or not.)
  for (const word of openingImperatives) {
    if (candidates.has(word)) candidates.set(word, Usage.lowerCase)
  }
  for (const tokens of paragraphs) {
    for (const token of tokens) {
      if (!token.word || (token.capitalized && token.initial)) continue
      // Most words share no shape with any candidate: skip the map for them.
      const word = token.capitalized ? token.bare : token.lower
      if (!shapes.mayHave(word)) continue
      const usage = candidates.get(word)
      if (usage === undefined || usage === Usage.lowerCase) continue
      // `al-Mansouri` inside a sentence is still a name (`Al-Mansouri` opening one).
      if (!token.capitalized && !token.nameForm) candidates.set(word, Usage.lowerCase)
      else candidates.set(word, Usage.inside)
    }
  }
  for (let index = 0; index < openers.length; index++) {
    const token = openers[index] as Token
    settleOpener(token, candidates.get(token.bare), flags[index] as number)
  }
  return candidates
}

/**
 * What one paragraph gives `settleNameWords`, read from its own tokens alone: its sentence
 * openers that may be names, with what follows each, and how it uses its other words. An
 * editor compares these before and after an edit to settle only the edited paragraph.
 */
export interface NameFacts {
  /** Name-form words opening a sentence. */
  openers: Token[]
  /** For each opener, the bits of {@link OpenerFlag} that the words after it show. */
  flags: number[]
  /** How the paragraph uses each word other than as a capitalized sentence opener. */
  usage: Map<string, Usage>
}

/** What the words after a sentence opener show, as bits (see `settleNameWords`). */
export const OpenerFlag = {
  /** Set off by a comma, not in apposition: `Separately, …`. */
  comma: 1,
  /** Before a pronoun, an article or a possessive: `Afterwards she …`. */
  phrase: 2,
  /** Before a plural noun for people: `Bus drivers …`. */
  plural: 4,
  /** A participle or an adverb opening a phrase: `Asked about …`. */
  participle: 8,
  /** A word follows: `Said Jane Doe`. */
  word: 16,
  /** An adverb that opens sentences: `Back at his farm, …`, `Late Wednesday, …`. */
  adverb: 32,
  /** Set off before `who` or `which`: `Small, who attended the rally, said …`. */
  who: 64,
  /** Before capitals a body's noun ends: `Transit Workers Union …`. */
  body: 128,
} as const

/**
 * Read a paragraph's {@link NameFacts}.
 *
 * @param tokens The paragraph's tokens (word classes set).
 */
export function readNameFacts(tokens: readonly Token[]): NameFacts {
  const facts: NameFacts = { openers: [], flags: [], usage: new Map() }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.nameForm && token.initial && !givenNameWords.has(token.lower)) {
      facts.openers.push(token)
      facts.flags.push(openerFlags(tokens, index))
    }
    if (!token.word || (token.capitalized && token.initial)) continue
    const word = token.capitalized ? token.bare : token.lower
    if (facts.usage.get(word) === Usage.lowerCase) continue
    facts.usage.set(word, !token.capitalized && !token.nameForm ? Usage.lowerCase : Usage.inside)
  }
  return facts
}

/**
 * Set the name words of one paragraph's openers from how the document uses them, as
 * `settleNameWords` would.
 *
 * @param facts The paragraph's facts.
 * @param usage What `settleNameWords` returned for the document.
 */
export function settleOpeners(facts: NameFacts, usage: ReadonlyMap<string, Usage>): void {
  facts.openers.forEach((token, index) => {
    settleOpener(token, usage.get(token.bare), facts.flags[index] as number)
  })
}

// What the words after the sentence opener at `index` show, as bits of `OpenerFlag`.
function openerFlags(tokens: readonly Token[], index: number): number {
  const token = tokens[index] as Token
  const next = tokens[index + 1]
  // (`Ahmed and Fatima Novak`, `Tomas and Maria Okafor`: a known given name is no participle
  // by its `-ed` and no plural by its `-s`.)
  const given = givenNameGender.has(token.lower)
  return (
    (next?.text === ',' && !apposedBeforeCue(tokens, index + 1) ? OpenerFlag.comma : 0) |
    (next !== undefined && opensPhraseAfter(next) ? OpenerFlag.phrase : 0) |
    // (`Brightnest’s servers went dark`: an owner is no modifier of the plural after it.)
    (next !== undefined &&
    !token.possessive &&
    (pluralPeople(next) || (!given && pluralOpener(token, next, tokens, index)))
      ? OpenerFlag.plural
      : 0) |
    (!given && participleOpening(token, next) ? OpenerFlag.participle : 0) |
    (next?.word === true ? OpenerFlag.word : 0) |
    (openingAdverbs.has(token.lower) || adverbEnding.test(token.lower) ? OpenerFlag.adverb : 0) |
    (next?.text === ',' && personRelative(tokens[index + 2]) ? OpenerFlag.who : 0) |
    (bodyNameAfter(tokens, index) ? OpenerFlag.body : 0)
  )
}

// Whether the capitalized words right after a sentence opener reach a noun for a body
// (`Transit Workers Union`, `Water Resources Authority`), or the opener is a house of
// worship's noun before capitals (`Congregation Shir Hadash`): the opener begins its name.
function bodyNameAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]
  if (worshipNouns.has((tokens[index] as Token).lower) && next?.word && next.capitalized)
    return true
  // `Centre for Retail Futures says`: a body's head and the link to the rest of its name, with
  // a capital after it.
  if (
    organizationHeads.has((tokens[index] as Token).lower) &&
    (next?.lower === 'for' || next?.lower === 'of' || next?.lower === 'on') &&
    tokens[index + 2]?.capitalized === true
  )
    return true
  for (let at = index + 1; at <= index + 4; at++) {
    const token = tokens[at]
    if (!token?.word || !token.capitalized || token.initial) return false
    if (organizationHeads.has(token.lower)) return true
  }
  return false
}

// `who` or `whose` opening a relative clause: what it follows is someone; `which` too, as a
// body is named (`NPR, which aired the interview, said`, `Reuters, which …`).
function personRelative(token: Token | undefined): boolean {
  return token?.lower === 'who' || token?.lower === 'whose' || token?.lower === 'which'
}

// The one place a sentence opener's word classes are settled, from how the document uses the
// word and what follows it: `settleNameWords` and an editor's `settleOpeners` must agree.
function settleOpener(token: Token, used: Usage | undefined, flags: number): void {
  // `Said Jane Doe, “…”`, `Added the mayor:`: a cue word opening a sentence is a cue when the
  // text writes it in lower case elsewhere, or when it is a sure cue news style inverts and a
  // word follows. Set on every run, not only made true, since a cached paragraph is read
  // again after edits elsewhere (an opener is never a cue before: its name form excludes it).
  const entry = cueForms.get(token.lower)
  token.cue =
    entry !== undefined &&
    (used === Usage.lowerCase ||
      (used === Usage.initialOnly &&
        entry.inverts &&
        entry.form === 'finite' &&
        !entry.weak &&
        (flags & OpenerFlag.word) !== 0))
  // `Separately, …` (set off by a comma, not in apposition), `Afterwards she …` (before a
  // pronoun or an article), `Bus drivers …` (before a plural noun for people), `Back at his
  // farm` (an adverb that opens sentences): a word seen only opening sentences is no name
  // there; a participle opening a phrase never is.
  const blocked = OpenerFlag.comma | OpenerFlag.phrase | OpenerFlag.plural | OpenerFlag.adverb
  token.nameWord =
    !token.cue &&
    used !== Usage.lowerCase &&
    !(used === Usage.initialOnly && (flags & blocked) !== 0) &&
    (flags & OpenerFlag.participle) === 0
  // `Transit Workers Union Local 1790 said`: a word opening a body's name is part of it,
  // however the text writes the word elsewhere (`transit workers`).
  if ((flags & OpenerFlag.body) !== 0 && !token.cue && !isClosedClass(token)) token.nameWord = true
  // `Small, who attended the rally, said`: a singular set off before `who` is someone, however
  // the text writes the word elsewhere (`small businesses`); not a plural or a quantifier
  // (`Others, who …`, `Many, who …`).
  if (
    (flags & OpenerFlag.who) !== 0 &&
    !token.cue &&
    !pluralForm.test(token.lower) &&
    !isClosedClass(token)
  )
    token.nameWord = true
}

// `Afterwards she …`, `Given his …`, `Outside the arena …`: a subject pronoun, an article or a
// possessive right after a word opens a phrase a name never runs into.
function opensPhraseAfter(next: Token): boolean {
  return next.word && (isSubjectPronoun(next) || phraseOpeners.has(next.lower))
}

// `Figures released on Monday show`, `Dozens of delegates rose`, `Prosecutors wrote`: a plural
// before a lower-case word is a noun, unless a cue follows and it could be a surname
// (`Williams said`) or a name's particle does (`Annelies van der Meer`); a plural for people
// is a noun whatever follows, and reads as a group.
function pluralOpener(token: Token, next: Token, tokens: readonly Token[], index: number): boolean {
  if (!next.word || next.capitalized) return false
  // `Fans called her …`, `Nurses said`: a plural the lexicon knows as people, however short,
  // is a group before a cue too.
  const people =
    isPeoplePlural(token.lower) || (token.lower.endsWith('s') && isPeopleNoun(token.lower))
  if (people && !nameParticles.has(next.lower) && !next.nameForm) return true
  if (!pluralForm.test(token.lower)) return false
  // `Families for Safe Streets backed …`: `for` or `against` and two capitals after a plural
  // open a group's name (`Attorneys for Clinton` are people).
  if (
    (next.lower === 'for' || next.lower === 'against') &&
    tokens[index + 2]?.capitalized &&
    tokens[index + 3]?.capitalized
  )
    return false
  // `Friends of Harrow Farm disagreed`, `Friends of the Earth`.
  const cause = tokens[index + 2]?.lower === 'the' ? tokens[index + 3] : tokens[index + 2]
  if (
    token.lower === 'friends' &&
    next.lower === 'of' &&
    cause?.capitalized &&
    !givenNameGender.has(cause.lower)
  )
    return false
  if (nameParticles.has(next.lower) || next.nameForm) return false
  return !next.cue || peoplePluralEnding.test(token.lower)
}

// A lower-case plural noun for people (`drivers`, `organizers`, `firemen`), by its ending.
function pluralPeople(next: Token): boolean {
  return next.word && !next.capitalized && peoplePluralEnding.test(next.lower)
}

// A plural's ending: not `-ss`, `-us` or `-is`, which end singulars (`Ross`, `Marcus`, `Davis`).
const pluralForm = /^[a-z]{3,}[^siu'’]s$/u

const phraseOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my'])

// `Acme, the grid operator, said`: a comma opening a phrase with an article, closed by a
// comma right before a cue, sets off an apposition to a name, where `Instead, the …` opens a
// clause; so does one around a party tag, a degree or an age.
function apposedBeforeCue(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false
  // `Cruz, R-Texas, said`, `Doe, 54, said`: a party tag, a degree or an age set off alone.
  const tag = tokens[comma + 1]
  if (tag && (isPostnominal(tag.text) || /^\d+$/u.test(tag.text))) {
    if (tokens[comma + 2]?.text !== ',') return false
    // `Coelho, 29, was more modest`: an age set off alone is someone's, whatever follows.
    return tokens[comma + 3]?.cue === true || /^\d{1,3}$/u.test(tag.text)
  }
  // `Park, speaking later, said`, `Park, however, said`: a participle's phrase or an adverb
  // set off between a subject and its cue.
  if (
    tag?.word &&
    !tag.capitalized &&
    (tag.lower.endsWith('ing') || setOffAdverbs.has(tag.lower))
  ) {
    for (let index = comma + 2; index < tokens.length && index < comma + 8; index++) {
      const token = tokens[index] as Token
      if (token.quote >= 0 || token.cue) return false
      if (token.text === ',') return tokens[index + 1]?.cue === true
    }
    return false
  }
  if (!inList(tag, WordList.determiner)) return false
  for (let index = comma + 2; index < tokens.length && index < comma + 12; index++) {
    const token = tokens[index] as Token
    if (token.cue || token.quote >= 0) return false
    // `Zoomr, the Silicon Valley startup that launched …`: a relative clause after the phrase's
    // noun sets it beside the opener too.
    if (index > comma + 2 && (token.lower === 'that' || token.lower === 'which')) {
      const head = itemAt(tokens, index - 1) as Token
      return head.word && !head.capitalized && !isClosedClass(head)
    }
    // `Corvana, the tech company, cut 40 jobs`: a verb in the past right after the phrase
    // makes it an apposition to the opener too.
    if (token.text === ',') return tokens[index + 1]?.cue === true || pastVerb(tokens[index + 1])
  }
  return false
}

// Adverbs set off by commas inside a clause (`Doe, however, said`).
const setOffAdverbs: ReadonlySet<string> = new Set([
  'however',
  'meanwhile',
  'though',
  'too',
  'also',
  'instead',
  'separately',
  'later',
  'then',
])

// A lower-case verb in the past (`cut`, `denied`): not a participle's own phrase.
function pastVerb(token: Token | undefined): boolean {
  return token?.word === true && !token.capitalized && token.quote < 0 && isPastForm(token.lower)
}

/** How a sentence-initial capitalized word is used elsewhere in the text. */
export enum Usage {
  /** Only capitalized at the start of a sentence. */
  initialOnly,
  /** Also capitalized inside a sentence. */
  inside,
  /** Also written in lower case. */
  lowerCase,
}

// The candidates of settleNameWords, reused since documents are read one at a time.
const candidateShapes = new ShapeFilter()

// `Weighing in on …`, `Asked about …`: a sentence that opens with an -ing or -ed word followed
// by a preposition or an article opens with a participle, not a name (`King said`, `Ted Cruz`
// keep theirs).
function participleOpening(token: Token, next: Token | undefined): boolean {
  const lower = token.lower
  if (!next?.word || !(lower.endsWith('ing') || lower.endsWith('ed') || adverbEnding.test(lower)))
    return false
  return (
    !next.capitalized &&
    !next.cue &&
    (closedClassWords.has(next.lower) || verbParticles.has(next.lower))
  )
}

// Words that go with a verb before its object or alone (`Walking away from …`, `Looking back,
// …`): after an -ing or -ed word, they show a verb, where a name runs into a verb or a noun.
const verbParticles = new Set(['away', 'out', 'back', 'around', 'along', 'ahead', 'forward'])

// `Immediately after …`, `Previously, …`, `Visibly emotional, the singer …`, `Shortly after
// …`, `Finally, …`: an adverb's ending that names do not have (`Kelly`, `Emily` and `Beverly` keep theirs). A word seen only opening
// sentences with one is no name.
const adverbEnding =
  /(?:ately|ously|edly|ingly|ently|antly|fully|ically|ially|arly|ably|ibly|ively|lessly|rtly|ghtly|inally|onally|ually|ckly|ckily|ppily|ostly|irstly|astly|rdly|ndly|mply)$/u

/** The lower-case word without a possessive ending (`kazakhstan’s` → `kazakhstan`). */
export function bare(token: Token): string {
  return token.bare
}

/** Whether a token ends in a possessive (`Freedonia’s`, `teachers’`). */
export function isPossessive(token: Token): boolean {
  return token.possessive
}

/** Whether a word can be part of a proper name: capitalized and not a closed-class word. */
export function isNameWord(token: Token): boolean {
  return token.nameWord
}

/**
 * Whether a token is an adverb in `-ly` (`loudly`, `publicly`), not a noun so spelled
 * (`family`, `rally`).
 */
export function isAdverb(token: Token): boolean {
  const lower = token.lower
  return lower.length > 4 && lower.endsWith('ly') && !token.capitalized && !nonAdverbs.has(lower)
}

const nonAdverbs = new Set([
  // Nouns and adjectives in `-ly` (`a hospital orderly`, `elderly residents`).
  'orderly',
  'elderly',
  'family',
  'rally',
  'ally',
  'supply',
  'reply',
  'assembly',
  'belly',
  // Papers by how often they appear (`the influential daily`).
  'daily',
  'weekly',
  'monthly',
  'quarterly',
])

/**
 * Whether a token is a word that can stand between a subject and its verb (`has`, `also`,
 * `not`), and no name (`Theresa May`, `Will Doyle`).
 */
export function isVerbModifier(token: Token | undefined): boolean {
  return token?.word === true && !token.nameWord && verbModifiers.has(token.lower)
}

/**
 * Whether a token is a lower-case past participle (`contacted`, `seen`, `held`), outside
 * quotes: what a passive is built on.
 */
export function isPastParticiple(token: Token | undefined): boolean {
  if (!token?.word || token.capitalized || token.quote >= 0) return false
  return isPastForm(token.lower) || irregularParticiples.has(token.lower)
}

/**
 * Whether a lower-case word has a past's form: `-ed`, or a common irregular past (`met`, `led`).
 *
 * @param lower Lower-case word.
 */
export function isPastForm(lower: string): boolean {
  return lower.endsWith('ed') || irregularPasts.has(lower)
}

/** Whether a token is a subject pronoun (`he`, `she`, `they`, `it`). */
export function isSubjectPronoun(token: Token): boolean {
  return token.pronoun
}

/**
 * Whether a cue word is in a finite past form (`said`, `announced`): neither its base nor its
 * `-s` form, so never a noun (`a person close to her said` has no `her said`).
 *
 * @param lower The word, lower case.
 * @param entry Its cue entry.
 */
export function pastCueForm(lower: string, entry: CueEntry | undefined): boolean {
  return entry?.form === 'finite' && lower !== entry.base && !lower.endsWith('s')
}

/** Whether a token is a speech cue. */
export function isCue(token: Token): boolean {
  return token.cue
}

function shouting(text: string): boolean {
  if (text.length < 7) return false
  // A lower-case second letter answers at once, without an upper-case copy of the word.
  const second = text.charCodeAt(1)
  if (second >= 97 && second <= 122) return false
  return text === text.toUpperCase() && text !== text.toLowerCase()
}

// Whether a word is a cue's base form (`say`, not `said`): asked so, a word that is no cue's
// `undefined` is never compared with a string, which throws away code compiled for strings.
function isBaseCueForm(lower: string): boolean {
  const form = cueForms.get(lower)
  return form !== undefined && form.base === lower
}
