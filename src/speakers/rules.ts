import { givenNameGenderOf } from '../lexicon/first-names.js'
import {
  articles,
  auxiliaryVerbs,
  beForms,
  conjunctions,
  floatedQuantifiers,
  habitVerbs,
  passiveAuxiliaries,
  perfectAuxiliaries,
  possessiveDeterminers,
  subordinators,
  verbAdverbs,
  verbModifiers,
} from '../lexicon/function-words.js'
import { lookupTable } from '../lexicon/lookup-table.js'
import { isPeopleNoun } from '../lexicon/people-nouns.js'
import { placeNames } from '../lexicon/places.js'
import { indefinitePronouns } from '../lexicon/pronouns.js'
import {
  anonymousHeads,
  documentHeads,
  inscriptionNouns,
  organizationHeads,
  peoplePluralEnding,
  publicBodyWords,
  sendingParticiples,
  standInHeads,
  utteranceNouns,
  wordNouns,
  workNouns,
} from '../lexicon/source-nouns.js'
import { characterizingNouns, intentCues, judgingCues } from '../lexicon/speech-cues.js'
import { isNameParticle, isTitleWord, roleHeads } from '../lexicon/titles.js'
import { WordList } from '../lexicon/word-lists.js'
import type { Frame, QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { awaitsAttribution, lastQuotedCharacter } from '../quotes/quoted-paragraph.js'
import { opensWithDigit } from '../tokenize/char-code.js'
import type { CueGroupClose } from '../tokenize/cue-group.js'
import {
  adverbialPrepositions,
  adverbialsEnd,
  clauseOfTime,
  closeAt,
  nounPhraseOpens,
  readCueGroup,
  thatOpensFrontedClause,
} from '../tokenize/cue-group.js'
import { itemAt } from '../tokenize/item-at.js'
import { lowerAt } from '../tokenize/word-at.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import {
  cueAsNoun,
  cueEntryAt,
  cueWordsEnd,
  inList,
  isAdverb,
  isClosedClass,
  isCue,
  isPastForm,
  isPastParticiple,
  isPossessive,
  isVerbModifier,
  pastCueForm,
  perceptionVerbs,
  regularParticiple,
} from '../tokenize/word-classes.js'
import type { AttributionMethod } from '../types.js'
import type { CueSubject, ScannedMention } from './clauses.js'
import {
  afterSemicolon,
  appositiveName,
  asideEnd,
  audienceAddresser,
  breaksClause,
  clauseSubject,
  frontedClauseEnd,
  issuedNounBefore,
  issuerOf,
  nameTailEnd,
  ofBefore,
  openingPhrase,
  openingSubjectBefore,
  paperIssuer,
  participleClauseEnd,
  peoplePluralShape,
  personNoun,
  phraseSetOffBefore,
  plainWord,
  postmodifierComma,
  quotedAs,
  quotedBefore,
  relativeOpening,
  setOffEnd,
  shareBefore,
  singleShares,
  subjectOfCue,
} from './clauses.js'
import { joinedList } from './coordination.js'
import { lastWordOf } from './entities.js'
import type { Mention } from './mentions.js'
import {
  asideAfterName,
  genericEndingAt,
  mentionEndingAt,
  mentionStartingAt,
  objectPronounAt,
  possessorEndingAt,
  sShape,
  textOf,
} from './mentions.js'

/** What a rule found: who (as a mention still to resolve), by which cue, and how sure. */
export interface RuleMatch {
  /** The phrase that names the speaker. */
  mention: Mention
  /** Index of the cue token, or -1. */
  cue: number
  /** Rule id. */
  rule: string
  /** Method in the annotation's terms (before pronoun or description resolution). */
  method: AttributionMethod
  /** Confidence before resolution. */
  confidence: number
}

/**
 * A copy of a rule match with some fields changed, as `{ ...match, ...changes }` would give, but
 * built field by field in the order the rules build them: every match has the same fields in
 * the same order, so the readers that take one stay monomorphic, where a spread gives the copy
 * a shape of its own.
 *
 * @param match The match to copy.
 * @param changes The fields to change; none is ever `undefined`.
 */
export function changedMatch(match: RuleMatch, changes: Partial<RuleMatch>): RuleMatch {
  return {
    mention: changes.mention ?? match.mention,
    cue: changes.cue ?? match.cue,
    rule: changes.rule ?? match.rule,
    method: changes.method ?? match.method,
    confidence: changes.confidence ?? match.confidence,
  }
}

/** Everything a rule may look at for one quote. */
export interface QuoteFrame {
  /** The paragraph. */
  paragraph: QuotedParagraph
  /** The sentence the quote stands in. */
  frame: Frame
  /** Index of the quote in the paragraph. */
  quote: number
  /** Its position among the frame's quotes. */
  order: number
  /** Mentions of the frame, outside quotes. */
  mentions: ScannedMention[]
  /** Whether the paragraph reads as a headline. */
  headline: boolean
  /** Whether the document reads as a transcript: two quotes or more open with a label. */
  transcript: boolean
  /** What the rules learn about the sentence once, for all its quotes. */
  shared: FrameFacts
}

/** Facts about a sentence that do not depend on which of its quotes is attributed. */
export interface FrameFacts {
  /** The `according to X` of the sentence, once looked for. */
  according?: RuleMatch | null
}

/** A sieve rule: a small test of one attribution pattern. */
export type Rule = (frame: QuoteFrame) => RuleMatch | null

/** Token index range of the text between the previous quote of the frame and this one. */
function before(context: QuoteFrame): [number, number] {
  const { paragraph, frame, order, quote } = context
  // A title or a word in marks before the quote bounds nothing: the text reaches past it.
  let earlier = order - 1
  while (earlier >= 0 && titleOfWork(paragraph, frame.quotes[earlier] as number)) earlier--
  const previous = frame.quotes[earlier]
  const low = previous === undefined ? frame.first : (paragraph.quoteTokens[previous]?.end ?? 0)
  return [low, paragraph.quoteTokens[quote]?.first ?? low]
}

/** Token index range of the text between this quote and the next quote of the frame. */
function after(context: QuoteFrame): [number, number] {
  const { paragraph, frame, order, quote } = context
  let later = order + 1
  while (later < frame.quotes.length && titleOfWork(paragraph, frame.quotes[later] as number)) {
    later++
  }
  // (`“…,” Jane Doe, wearing “Ted Cruz” pins, said`: nor does a name in marks that modifies a
  // noun, inside the attribution that follows; a few of them, so that a sentence of thousands
  // is not read once for each.)
  const names = later + namesPassed
  while (
    later < frame.quotes.length &&
    later < names &&
    nameModifying(paragraph, frame.quotes[later] as number)
  ) {
    later++
  }
  const next = frame.quotes[later]
  const high = next === undefined ? frame.end : (paragraph.quoteTokens[next]?.first ?? frame.end)
  return [paragraph.quoteTokens[quote]?.end ?? high, high]
}

// How many names in marks the text after a quote may reach past.
const namesPassed = 3

// Whether a quote is a name in capitals that modifies the plain noun right after it (`a cowboy
// hat and “Ted Cruz” campaign pins`): not after a cue, and not before a verb, an adverb or a
// word of a closed class, which would end the phrase.
function nameModifying(paragraph: QuotedParagraph, quote: number): boolean {
  const tokens = paragraph.tokens
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  const before = itemAt(tokens, opening - 1)
  const after = itemAt(tokens, paragraph.quoteTokens[quote]?.end ?? -1)
  if (!before?.word || before.cue || !after?.word || after.capitalized || after.cue) return false
  if (isClosedClass(after) || /(?:ed|ing|ly)$/u.test(after.lower)) return false
  const run = capitalsInMarks(tokens, opening)
  return run !== null && run.words <= 6
}

// `After Tom Roe said the plan was “reckless,” Jane Doe shot back`: a quote that closes a
// subordinate clause opening the sentence, with a cue of its own before it, is that clause's;
// the main clause after it reports something else. An inverted cue after the quote (`“…?”
// asked Doe`) claims it all the same.
function frontedClauseCue(context: QuoteFrame): boolean {
  const { paragraph, frame, order } = context
  const tokens = paragraph.tokens
  if (order !== 0 || !subordinators.has(tokens[frame.first]?.lower ?? '')) return false
  const [next, end] = after(context)
  if (tokens[skipPunctuation(tokens, next, end)]?.cue) return false
  // The quote closes the clause with its comma (or its question or exclamation mark).
  const quote = paragraph.quotes[context.quote]
  if (!quote || !/[,?!]$/u.test(paragraph.text.slice(quote.start, quote.end).trimEnd()))
    return false
  const [low, high] = before(context)
  let cue = false
  for (let index = low + 1; index < high; index++) {
    const token = tokens[index] as FrameToken
    if (token.cue && !cueAsNoun(tokens, index)) {
      cue ||= cueEntryAt(tokens, index)?.form === 'finite'
      continue
    }
    if (token.text !== ',' && !dashMarks.has(token.text)) continue
    // A comma ends the clause, and the quote is the main clause's (`After …, he warned, “…”`),
    // unless it only joins the cue to the quote (`When someone shouted, “…,”`); a dash ends an
    // aside whose cue reports something else (`— as Moscow denies —`).
    const joint = skipPunctuation(tokens, index + 1, high) >= high
    if (token.text === ',' && !joint) return false
    cue &&= joint
  }
  return cue
}

const dashMarks = new Set(['—', '–'])

// Verbs that open the rest of a relative clause right after its cue (`critics say is`).
const relativeClauseVerbs = new Set([
  ...beForms,
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'might',
])

/**
 * Index of the first word from `index` on, before `high` (`high` when there is none).
 *
 * @param tokens The paragraph's tokens.
 * @param index First index.
 * @param high Index to stop at.
 */
export function skipPunctuation(
  tokens: readonly FrameToken[],
  index: number,
  high: number,
): number {
  let position = index
  while (position < high && !(tokens[position] as FrameToken).word) position++
  return position
}

/**
 * `“If we lose it, then—” Jane Doe began, before stopping.`: words broken off (a quote ending on
 * a dash or an ellipsis) and the one who began them, right after the quote, set off by an aside
 * or a relative clause or not. `began` reports speech only there.
 */
export const brokenOff: Rule = (context) => {
  const { paragraph, quote } = context
  if (!breaksOff(paragraph, quote)) return null
  const tokens = paragraph.tokens
  const [low, high] = after(context)
  const first = skipPunctuation(tokens, low, high)
  if (first !== low) return null
  const mention = mentionStartingAt(tokens, first, high)
  if (!mention || mention.kind === 'pronoun') return null
  const cue = beganAfter(tokens, mention, high)
  if (cue < 0) return null
  return { mention, cue, rule: 'quote-speaker-cue', method: 'explicit', confidence: 0.75 }
}

/**
 * Whether a sentence opens right where words broken off close the sentence before it (`“If we
 * lose it, then…” Doe began.`).
 *
 * @param paragraph The paragraph.
 * @param frame The sentence.
 */
export function followsBrokenOff(paragraph: QuotedParagraph, frame: Frame): boolean {
  const previous = itemAt(paragraph.frames, paragraph.frames.indexOf(frame) - 1)
  const broken = previous?.quotes.at(-1)
  return (
    broken !== undefined &&
    breaksOff(paragraph, broken) &&
    skipPunctuation(paragraph.tokens, paragraph.quoteTokens[broken]?.end ?? -1, frame.end) ===
      skipPunctuation(paragraph.tokens, frame.first, frame.end)
  )
}

// Whether a quote ends on words broken off: a dash or an ellipsis last.
function breaksOff(paragraph: QuotedParagraph, quote: number): boolean {
  const found = paragraph.quotes[quote]
  const last = found && paragraph.text.slice(found.start, found.end).trimEnd()
  return last !== undefined && (/[—–…]$/u.test(last) || last.endsWith('...'))
}

// Index of `began` (or `started`) after a phrase, within a few words that say more of who
// (`Doe, a marine biologist, began`, `a mechanic who asked not to be named began`, `a
// paramedic from Kelvara began`); -1 when none follows.
function beganAfter(tokens: readonly FrameToken[], mention: Mention, high: number): number {
  // (As far as an aside set off after a name reaches: `Raymond Okafor, a labor and delivery
  // nurse at Good Shepherd Regional Hospital, began`.)
  for (let index = mention.end; index < high && index <= mention.end + clauseAsideReach; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return -1
    if (beginForms.has(token.lower)) return index
  }
  return -1
}

// Whether a finite verb follows a phrase at `end`, past adverbs (`the nomination still felt`, `the
// plan would`), and not a participle that modifies the phrase (`the official reached by phone`).
function verbAfterPhrase(tokens: readonly FrameToken[], end: number, high: number): boolean {
  let at = end
  while (at < high && isVerbModifier(tokens[at]) && !modals.has(tokens[at]?.lower ?? '')) at++
  const verb = tokens[at]
  if (!verb?.word || verb.capitalized || verb.quote >= 0 || at >= high) return false
  if (modals.has(verb.lower) || inList(verb, WordList.beForm)) return true
  const next = tokens[at + 1]
  return isPastForm(verb.lower) && !verb.cue && !(next?.word && inList(next, WordList.preposition))
}

const modals = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might'])

// Verbs for starting to speak, after words broken off.
const beginForms = new Set(['began', 'begins', 'started', 'starts'])

// `‘Stop punishing the poorest,’ says vice-chancellor`: a headline drops the article of the
// role after an inverted cue that ends it, a noun for someone of one to three lower-case words;
// read as a phrase for someone, for the body's name to find. Null elsewhere.
function headlineBareRole(context: QuoteFrame, low: number, high: number): RuleMatch | null {
  if (!context.headline) return null
  const tokens = context.paragraph.tokens
  const cue = skipPunctuation(tokens, low, high)
  const entry = cueEntryAt(tokens, cue)
  if (!entry?.inverts || entry.form !== 'finite') return null
  let end = cue + 1
  while (end < high && tokens[end]?.word) end++
  if (skipPunctuation(tokens, end, high) < high || end - cue - 1 < 1 || end - cue - 1 > 3)
    return null
  for (let at = cue + 1; at < end; at++) {
    const token = tokens[at] as FrameToken
    if (token.capitalized || token.quote >= 0 || isClosedClass(token)) return null
  }
  const mention = bareRoleMention(tokens, cue + 1, end)
  return mention
    ? { mention, cue, rule: 'quote-cue-speaker', method: 'explicit', confidence: 0.6 }
    : null
}

// The phrase of words `first`–`end - 1` for a role a headline names bare (`chief`, `union
// leader`), when its last word is a noun for someone or a title; or null.
function bareRoleMention(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): Mention | null {
  const head = tokens[end - 1] as FrameToken
  if (!personNoun(head.bare) && !isTitleWord(head.bare)) return null
  return {
    kind: 'anonymous',
    first,
    end,
    name: textOf(tokens, first, end - 1),
    titles: [],
    head: head.bare,
    organization: false,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

// `Captain says ‘…’` over a story that writes `captain` in lower case, so that the opener is
// no name: a headline that opens on a bare role, a few words before its cue, names its speaker
// by the role, and the story who holds it; or null.
function headlineOpeningRole(
  tokens: readonly FrameToken[],
  cue: number,
  low: number,
): CueSubject | null {
  const first = skipPunctuation(tokens, low, cue)
  if (cue - first < 1 || cue - first > 3) return null
  // (A headline's present, `says`, `warns`; `Minister criticised for ‘…’` is a passive.)
  if (!(tokens[cue] as FrameToken).lower.endsWith('s')) return null
  for (let at = first; at < cue; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || isClosedClass(token)) return null
    if (at > first && token.capitalized) return null
  }
  const mention = bareRoleMention(tokens, first, cue)
  return mention ? { mention, fromClause: false } : null
}

/** `“…,” Doe said` and `“…,” said Doe`: the attribution right after the quote. */
export const trailingCue: Rule = (context) => {
  if (frontedClauseCue(context)) return null
  const [low, high] = after(context)
  // `teachers chanted “…” as drivers honked in support`: after a quote a cue already
  // introduces, a clause a subordinator opens says what went on meanwhile (`the race “is a dead
  // heat,” as Cruz said` has no cue before it, and is Cruz's).
  // (`Doe Warns of ‘…’ as Roe Urges Calm`: so does a cue whose `of` or `that` the quote
  // follows.)
  if (timeLinks.has(context.paragraph.tokens[low]?.lower ?? '')) {
    const [, opening] = before(context)
    const tokens = context.paragraph.tokens
    const link = contentLinks.has(itemAt(tokens, opening - 1)?.lower ?? '') ? 1 : 0
    if (itemAt(tokens, opening - 1 - link)?.cue) return null
  }
  const match = attributionAt(context, low, high) ?? headlineBareRole(context, low, high)
  if (!match) return null
  const inverted = match.cue < match.mention.first
  // (`… ‘a mess’ as signal failure strands riders`: after such a link no cue inverts; its
  // clause has a subject before its verb, `as Cruz said`.)
  if (inverted && timeLinks.has(context.paragraph.tokens[low]?.lower ?? '')) return null
  // (`… ‘regrettable’ as union vows to fight`: nor does a cue with an infinitive after it,
  // which says what its subject means to do, not that it said the words.)
  if (infinitiveAfterCue(context.paragraph.tokens, match.cue)) return null
  // `‘…’: Nurse praised after storm`: after a headline's colon a participle is passive (the
  // headline drops `is`), and the clause says what happened to someone, not who spoke.
  const tokens = context.paragraph.tokens
  if (
    context.headline &&
    tokens[low]?.text === ':' &&
    !inverted &&
    tokens[match.cue]?.lower.endsWith('ed')
  )
    return null
  // `the “smart” meters promised under the deal`: a quote between an article or owner and the
  // noun right after it modifies the noun; what the noun's phrase does says nothing of it.
  if (
    !inverted &&
    match.mention.first === low &&
    modifierInPhrase(context.paragraph, context.quote)
  )
    return null
  // `that it “fully supports” the administration, a position that Doe called …`: words in marks
  // that end on no stop or comma, run on into a phrase for no one named, are inside the
  // sentence; a cue past more words after the phrase is another clause's.
  const quoted = context.paragraph.quotes[context.quote]
  if (
    !inverted &&
    quoted &&
    match.mention.kind !== 'name' &&
    match.mention.first === low &&
    match.cue > match.mention.end + 2 &&
    /[\p{L}\p{N}]/u.test(lastQuotedCharacter(context.paragraph.text, quoted))
  )
    return null
  // `“…” — an approach critics say is a polite way …`: a cue with a verb right after it stands
  // in a relative clause about the phrase before it, and attributes nothing.
  const next = context.paragraph.tokens[match.cue + 1]
  if (!inverted && next?.word && relativeClauseVerbs.has(next.lower)) return null
  // `“…,” a charge Doe dismissed with a wave`: a noun for what was said, set off after the
  // quote, heads a relative clause whose subject heard the words rather than said them.
  if (!inverted && summaryBefore(tokens, low, match.mention.first)) return null
  // `“…”, a phrase repeated by several others`: the noun for the words is no one who said them.
  if (!inverted && summaryPhrase(tokens, low, match.mention)) return null
  // `Doe said: “…,” the Times reported`: a quote a cue already introduces is that cue's; the
  // report after it names who carried it. An inverted cue (`“…,” said Roe`) binds closer. After
  // `that`, only a report with words of its own is another clause (`Doe claimed that “…,” a
  // prosecutor said the cases differ`): `Doe cannot say that “…,” Roe added` is Roe's.
  // `“…,” said the nomination still felt …`: a phrase after an inverted cue with a verb of its
  // own is the subject of what the cue reports, not who speaks.
  if (inverted && verbAfterPhrase(tokens, match.mention.end, high)) return null
  const introduced = introducedByCue(context)
  if (
    !inverted &&
    introduced !== null &&
    (introduced !== 'that' ||
      readCueGroup(context.paragraph.tokens, match.cue, high).close === 'content')
  )
    return null
  return changedMatch(match, { rule: inverted ? 'quote-cue-speaker' : 'quote-speaker-cue' })
}

// Whether the cue at `cue` is a verb of intent with an infinitive right after it (`vows to
// fight`, `promised to appeal`), where `to` and a noun phrase name a hearer (`promised to
// voters`).
function infinitiveAfterCue(tokens: readonly FrameToken[], cue: number): boolean {
  const next = tokens[cue + 2]
  return (
    intentCues.has(cueEntryAt(tokens, cue)?.base ?? '') &&
    tokens[cue + 1]?.lower === 'to' &&
    next?.word === true &&
    !nounPhraseOpens(next)
  )
}

/**
 * `“Absolutely not,” came the reply from Deputy Minister Arjun Mehta`: the quote is a reply (an
 * answer, a shout …) that came from someone, named after `from`.
 */
export const cameFrom: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = after(context)
  let index = low
  while (index < high && !(tokens[index] as FrameToken).word) index++
  if (!comingVerbs.has(tokens[index]?.lower ?? '')) return null
  index++
  if (inList(tokens[index], WordList.article)) index++
  const noun = index
  if (!utteranceNouns.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'from') {
    return null
  }
  const mention = mentionStartingAt(tokens, noun + 2, high)
  if (!mention || mention.first !== noun + 2) return null
  // `came a shout from the back of the hall`: from somewhere, not from someone.
  if (
    mention.kind !== 'name' &&
    !personNoun(mention.head) &&
    !organizationHeads.has(mention.head) &&
    !mention.plural
  )
    return null
  return {
    mention,
    cue: noun,
    rule: 'quote-cue-speaker',
    method: 'explicit',
    confidence: 0.85,
  }
}

const comingVerbs = new Set(['came', 'comes', 'come'])

// Whether a clause joined by a comma and a conjunction opens with `mention`, after `from`.
function joinedClauseBetween(
  tokens: readonly FrameToken[],
  from: number,
  mention: Mention,
): boolean {
  const conjunction = itemAt(tokens, mention.first - 1)
  return (
    mention.first > from + 2 &&
    mention.kind !== 'pronoun' &&
    itemAt(tokens, mention.first - 2)?.text === ',' &&
    conjunction?.word === true &&
    (conjunction.lower === 'and' || conjunction.lower === 'but')
  )
}

// Whether the words between the quote and the speaker phrase are an article and a noun for a
// remark (`a charge`, `a claim`, `the line`): the phrase after them opens a relative clause.
function summaryBefore(tokens: readonly FrameToken[], low: number, first: number): boolean {
  const article = skipPunctuation(tokens, low, first)
  const noun = tokens[article + 1]
  if (!inList(tokens[article], WordList.determiner) || !noun?.word || article + 2 !== first)
    return false
  if (noun.capitalized || personNoun(noun.bare)) return false
  return noun.cue || wordNouns.has(noun.bare) || summaryNouns.has(noun.bare)
}

// Whether the phrase set off right after a quote is itself such a noun (`“…”, a phrase repeated
// by several others`): the noun for the words is no one who said them.
function summaryPhrase(tokens: readonly FrameToken[], low: number, mention: Mention): boolean {
  return (
    mention.kind !== 'name' &&
    mention.first === skipPunctuation(tokens, low, mention.end) &&
    summaryBefore(tokens, low, mention.end)
  )
}

// Nouns for a remark, set off after a quote to say what it was (`a charge Doe dismissed`,
// `a swipe at Roe`); cue words as nouns (`a claim`) and nouns for words count too.
const summaryNouns = new Set([
  'charge',
  'line',
  'reference',
  'sentiment',
  'view',
  'assessment',
  'characterization',
  'label',
  'nod',
  'dig',
  'jab',
  'swipe',
  'barb',
  'allusion',
  'accusation',
])

// The joint (a colon, a comma or `that`) by which a finite cue introduces the quote right after
// it (`Doe said:`, `he warned,`, `she claimed that`), or null.
function introducedByCue(context: QuoteFrame): string | null {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  const joint = itemAt(tokens, high - 1)?.lower
  // `Vogel says ‘embarrassing’ as fans protest`: a cue right before the quote, with no joint;
  // not a passive (`could be termed “…,” the Post reported`), nor a cue whose words the quote
  // goes on from as the sentence's verb (`Nothing the president said “will assuage …”`).
  if (high - 1 >= low && itemAt(tokens, high - 1)?.cue) {
    const entry = cueEntryAt(tokens, high - 1)
    const passive =
      passiveAuxiliaries.has(itemAt(tokens, high - 2)?.lower ?? '') ||
      inList(itemAt(tokens, high - 2), WordList.beForm)
    const span = context.paragraph.quoteTokens[context.quote]
    let inner = span ? span.first : -1
    while (inner >= 0 && inner < (span?.end ?? 0) && !tokens[inner]?.word) inner++
    const word = tokens[inner]
    const predicate = word?.word === true && !word.capitalized && inList(word, WordList.auxiliary)
    return entry?.form === 'finite' && !entry.weak && !passive && !predicate ? 'cue' : null
  }
  // `who had called the festival “far too cautious,” Roe said`: a verb of naming, its object
  // between it and the quote, introduces the quote as what it names the object.
  const object = namingObjectBefore(tokens, low, high)
  if (object) return 'cue'
  if (high - 2 < low || joint === undefined || !cueJoints.has(joint)) return null
  // `Trump claimed on Tuesday that “…,”`: adverbials may stand between a cue and its `that`;
  // `A student asked me last week, “…”`: a cue group, its object and adverbials, may run to
  // the comma.
  let cue = high - 2
  if (joint !== ':') {
    while (cue > low && !tokens[cue]?.cue && high - 2 - cue < 6 && tokens[cue]?.word) cue--
    // (`When Tom Roe asked Ana Poe, a cab driver who was parked outside, “…?”`: a group whose
    // hearer has an aside set off after it runs to the comma too.)
    const reaching =
      !tokens[cue]?.cue && joint === ',' ? cueReachingJoint(tokens, low, high - 1) : -1
    if (reaching >= 0) cue = reaching
  }
  if (cue !== high - 2 && joint === ',' && !groupIntroduces(tokens, cue, high)) return null
  const entry = tokens[cue]?.cue ? cueEntryAt(tokens, cue) : undefined
  return entry?.form === 'finite' && !entry.weak ? joint : null
}

// The cue whose group (its hearer and the aside set off after it) runs to the comma at
// `joint`, within a clause's reach before it, or -1.
function cueReachingJoint(tokens: readonly FrameToken[], low: number, joint: number): number {
  for (let cue = joint - 1; cue >= low && cue >= joint - jointReach; cue--) {
    const token = tokens[cue] as FrameToken
    if (token.quote >= 0) return -1
    if (token.cue && readCueGroup(tokens, cue, joint + 1).end === joint) return cue
  }
  return -1
}

// How far before a quote's comma a cue whose group runs to it may stand.
const jointReach = 24

const cueJoints = new Set([':', ',', 'that'])

// Whether a finite verb of naming stands a short object before `high` (`called the festival`,
// `dubbed the plan`), with no other cue or quote between.
function namingObjectBefore(tokens: readonly FrameToken[], low: number, high: number): boolean {
  for (let at = high - 2; at >= low && at >= high - 5; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return false
    if (namingVerbs.has(token.lower)) return cueEntryAt(tokens, at)?.form === 'finite'
    if (token.cue || token.capitalized) return false
  }
  return false
}

// Verbs that name their object by the words after it.
const namingVerbs = new Set([
  'called',
  'calls',
  'dubbed',
  'dubs',
  'labeled',
  'labelled',
  'branded',
  'termed',
])

/** `“…,” according to X` right after the quote, or `according to X` anywhere in its sentence. */
export const accordingTo: Rule = (context) => {
  // The same for every quote of the sentence: found once per frame.
  if (context.shared.according === undefined) context.shared.according = findAccordingTo(context)
  return context.shared.according
}

function findAccordingTo(context: QuoteFrame): RuleMatch | null {
  const tokens = context.paragraph.tokens
  for (let index = context.frame.first; index + 2 < context.frame.end; index++) {
    const token = tokens[index] as FrameToken
    // `In Bakare’s words,`, `in her words,`: the words' owner, as `in the words of Bakare`.
    const owner = token.lower === 'in' && token.quote < 0 ? wordsOwner(tokens, index) : null
    if (owner)
      return {
        mention: owner,
        cue: index,
        rule: 'according-to',
        method: 'according-to',
        confidence: 0.85,
      }
    const at = sourcePhraseEnd(tokens, index)
    if (at < 0) continue
    // `according to her`: a pronoun stands for whoever it refers to, like any subject; not
    // `her` that owns the words after it (`according to her best friend Jane Doe`).
    const after = tokens[at + 1]
    const owns = after?.word === true && after.quote < 0 && !isClosedClass(after)
    const read =
      (owns ? null : objectPronounAt(tokens, at)) ??
      mentionStartingAt(tokens, at, context.frame.end)
    // `according to a court filing by …`, `a police report`: a body's noun before a paper's
    // only says which paper; the paper is the phrase.
    const paper = read && read.kind !== 'name' ? tokens[read.end] : undefined
    const mention =
      paper?.word && !paper.capitalized && documentHeads.has(paper.lower) && read
        ? (genericEndingAt(tokens, read.end, read.first) ?? read)
        : read
    // `according to a letter the Congressional Budget Office sent`: the paper is its sender's;
    // `according to the Tarnby Historic Preservation Commission’s report`, its owner's.
    const owned = read ? ownerOfThing(tokens, read) : null
    const sender =
      owned ??
      (mention && documentHeads.has(mention.head) ? paperSender(tokens, mention, context) : null)
    if (sender)
      return {
        mention: sender,
        cue: index,
        rule: 'according-to',
        method: 'according-to',
        confidence: 0.8,
      }
    if (mention && (mention.kind !== 'pronoun' || mention.head !== 'it'))
      return { mention, cue: index, rule: 'according-to', method: 'according-to', confidence: 0.85 }
  }
  return null
}

// The owner of `words` after `in` at `at` (`In Bakare’s words`, `in his own words`), or of a
// view (`In Mbatha’s view`, `in her opinion`), or null.
function wordsOwner(tokens: readonly FrameToken[], at: number): Mention | null {
  for (let index = at + 2; index <= at + 6; index++) {
    const token = tokens[index]
    if (!token?.word || token.quote >= 0) return null
    if (!ownedWordNouns.has(token.lower)) continue
    const last = itemAt(tokens, index - 1)?.lower === 'own' ? index - 2 : index - 1
    const owner = possessorEndingAt(tokens, last, at + 1)
    return owner && owner.first === at + 1 ? owner : null
  }
  return null
}

// The one a paper is said to be from: its agent, or whom its relative clause says put it out
// (`a letter the Budget Office sent`, `a report the agency released Tuesday`), or null.
function paperSender(
  tokens: readonly FrameToken[],
  paper: Mention,
  context: QuoteFrame,
): Mention | null {
  // `a report by the agency`, `a letter from the ranchers`, and past a participle that puts the
  // paper out (`a court document filed by the state attorney`).
  const sent = sendingParticiples.has(tokens[paper.end]?.lower ?? '') ? paper.end + 1 : paper.end
  const link = tokens[sent]?.lower
  if (link === 'by' || (link === 'from' && sent === paper.end)) {
    // A title in lower case may open the agent's phrase (`by state attorney Dave Aronberg`).
    const agent =
      mentionStartingAt(tokens, sent + 1, context.frame.end) ??
      context.mentions.find((mention) => mention.first > sent && mention.first <= sent + 3)
    return agent && agent.kind !== 'pronoun' ? agent : null
  }
  const start = link === 'that' ? paper.end + 1 : paper.end
  const sender = context.mentions.find(
    (mention) => mention.first === start || mention.first === start + 1,
  )
  if (!sender || sender.kind === 'pronoun' || sender.first > start + 1) return null
  if (sender.first === start + 1 && tokens[start]?.lower !== 'the') return null
  const verb = tokens[sender.end]
  return verb?.word && sendingVerbs.has(verb.lower) ? sender : null
}

// Who sent the paper whose relative `that` or `which` stands at `relative` (`a message from
// Tomasz Chao that`, `a letter by Jane Doe which`): the paper's noun within a few words before,
// then `from` or `by` and a name right before the relative; null otherwise.
function relativePaperSender(
  tokens: readonly FrameToken[],
  relative: number,
  context: QuoteFrame,
): Mention | null {
  for (let at = relative - 2; at >= context.frame.first && at >= relative - 8; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (!documentHeads.has(token.lower)) continue
    const link = tokens[at + 1]?.lower
    if (link !== 'from' && link !== 'by') return null
    const paper = genericEndingAt(tokens, at, context.frame.first)
    const sender = paper ? paperSender(tokens, paper, context) : null
    return sender?.kind === 'name' && sender.end === relative ? sender : null
  }
  return null
}

// The owner of a thing a phrase names (`the Tarnby Historic Preservation Commission’s report`,
// `its findings`), read whole as a name; null when what is owned is someone (`Doe’s lawyer`).
function ownerOfThing(tokens: readonly FrameToken[], phrase: Mention): Mention | null {
  for (let at = phrase.first; at <= phrase.end - 1; at++) {
    const token = tokens[at] as FrameToken
    if (!token.possessive || !token.capitalized) continue
    const thing = tokens[at + 1]
    if (!thing?.word || thing.capitalized || isClosedClass(thing)) return null
    // (A paper is no one, though papers are sources: `report`, `study`.)
    if (personNoun(thing.lower) && !documentHeads.has(thing.lower)) return null
    const owner = possessorEndingAt(tokens, at, phrase.first)
    return owner?.kind === 'name' ? owner : null
  }
  return null
}

const sendingVerbs = new Set([
  'sent',
  'wrote',
  'released',
  'issued',
  'published',
  'filed',
  'posted',
])

// The subject of the clause a speech noun stands in (`Trump launched into a lament for`).
function clauseSubjectOf(
  tokens: readonly FrameToken[],
  cue: number,
  context: QuoteFrame,
): { mention: Mention; fromClause: boolean } | null {
  const low = coordinatedClauseStart(tokens, context.frame.first, cue)
  const mention =
    (low < cue ? openingPhrase(tokens, low, cue) : null) ??
    openingSubjectBefore(tokens, context.mentions, low, cue) ??
    clauseSubject(context.mentions, low, cue)
  // Not the noun's own phrase (`a simple message`).
  return mention && mention.end <= cue - 1 ? { mention, fromClause: true } : null
}

// Where the subject of the last clause joined by a comma and `and` or `but` before `cue` may
// start (`Doe spoke, and at one point the crowd reprised the chant …`), or `first`.
function coordinatedClauseStart(tokens: readonly FrameToken[], first: number, cue: number): number {
  // A clause is a few dozen words: the walk back stays near the cue in a sentence of any length.
  const low = Math.max(first, cue - 40)
  for (let index = cue - 2; index > low; index--) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) break
    const joins = token.lower === 'and' || token.lower === 'but'
    // `, and at one point the crowd …`: past the adverbials that open the clause.
    if (joins && itemAt(tokens, index - 1)?.text === ',')
      return adverbialsEnd(tokens, index + 1, cue)
  }
  return first
}

// Nouns for someone's words or view that `in` and an owner make the source of a sentence.
const ownedWordNouns = new Set(['words', 'view', 'opinion', 'estimation', 'judgment', 'judgement'])

// Phrases that name the source of what the sentence reports, its speaker right after them.
const sourcePhrases: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
  ['in', 'the', 'view', 'of'],
  ['in', 'the', 'opinion', 'of'],
  ['to', 'quote'],
  ['quoting'],
]
const sourcePhraseStarts = new Set(sourcePhrases.map((phrase) => phrase[0] as string))

// Index past a source phrase that opens at `index` (`according to`, `in the words of`), or -1.
function sourcePhraseEnd(tokens: readonly FrameToken[], index: number): number {
  const token = tokens[index]
  if (!token || token.quote >= 0 || !sourcePhraseStarts.has(token.lower)) return -1
  const phrase = sourcePhrases.find((words) =>
    words.every((word, offset) => tokens[index + offset]?.lower === word),
  )
  return phrase ? index + phrase.length : -1
}

/**
 * `CNN, Cruz said, called the announcement “highly significant”`: an attribution set off by
 * commas inside the sentence (`, X said,` or `, said X,`) reports the whole sentence, so the
 * quotes after it are its speaker's, whoever the sentence's own subject is; a paper so set off
 * is not (`, the complaint alleges,`).
 */
export const parentheticalAttribution: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  for (let comma = low; comma < high; comma++) {
    if ((tokens[comma] as FrameToken).text !== ',' || comma === context.frame.first) continue
    const match = attributionAt(context, comma + 1, high)
    if (!match) continue
    const end = Math.max(match.cue, match.mention.end - 1) + 1
    const next = tokens[end]
    // The aside closes with a comma and the sentence goes on with words, not the quote, and not
    // with a new clause joined to it (`Jane Doe, 54, warned voters, and she said …`: the aside
    // was the sentence's own verb).
    const after = tokens[end + 1]
    if (next?.text !== ',' || !after?.word || after.quote !== -1) continue
    if (conjunctions.has(after.lower)) continue
    // `Gary Tonkin, 70, said his wife, Lorraine, had tried`: a comma that closes an aside after
    // a name opens no aside of its own; the cue is the name's verb.
    if (asideAfterName(tokens, comma)) continue
    if (cueEntryAt(tokens, match.cue)?.form !== 'finite') continue
    // `At a meeting, the complaint alleges, Roe told her to “…”`: a paper records the words
    // the sentence reports; it speaks them only when the sentence gives them no speaker of its
    // own, as the rules after this one find.
    if (match.mention.kind === 'anonymous' && documentHeads.has(match.mention.head)) continue
    return changedMatch(match, { rule: 'parenthetical-attribution', confidence: 0.85 })
  }
  return null
}

/**
 * `Jane Doe was blunt when Tom Roe asked her about it: “…”`: a question put in a clause that
 * `when` (or `after`, `as` …) opens after the sentence's subject, with what it asks about
 * before the quote, brings in the answer, which is the subject's. Returns that subject, or null.
 */
function askedInClause(
  tokens: readonly FrameToken[],
  context: QuoteFrame,
  base: string,
  cue: number,
  asker: Mention,
  high: number,
): Mention | null {
  if (!askingVerbs.has(base)) return null
  const opener = itemAt(tokens, asker.first - 1)
  if (!opener?.word || !answerOpeners.has(opener.lower)) return null
  // `when Roe asked: “Why?”` puts the question itself.
  if (!tokens.slice(cue + 1, high).some((token) => token.word)) return null
  const subject = context.mentions.find(
    (mention) => mention.role === 'subject' && mention.end < asker.first - 1,
  )
  return subject && subject.kind !== 'pronoun' ? subject : null
}

const askingVerbs = new Set(['ask', 'question'])

// Words that open the question someone is asked (`asked Roe whether …`, `asked her about …`).
const questionOpeners = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'about', 'where'])

// The one named or described right after an asking cue at `cue` when a question follows
// (`asked Marisol Reyes whether …`), or undefined.
function askedAfter(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  cue: number,
): ScannedMention | undefined {
  const asked = mentions.find((mention) => mention.first === cue + 1)
  if (!asked || asked.kind === 'pronoun' || asked.plural) return undefined
  const after = asideEnd(tokens, asked.end)
  return questionOpeners.has(tokens[after]?.lower ?? '') ? asked : undefined
}
const answerOpeners = new Set(['when', 'after', 'as', 'once', 'before', 'while'])

// Whether the phrase opening a sentence heads on a thing words are written on, within a few
// words of a cue after it that nothing else comes between (`A banner hung from the footbridge
// read`, `The sign says`).
function inscriptionSubject(tokens: readonly FrameToken[], first: number, cue: number): boolean {
  let index = first
  while (index < cue && !(tokens[index] as FrameToken).word) index++
  for (let head = index; head < cue && head <= index + 3; head++) {
    const token = tokens[head] as FrameToken
    if (!token.word || token.quote >= 0) return false
    if (!inscriptionAt(tokens, head)) continue
    // (`National Packaging Board warns`: a word inside a name in capitals is the name's.)
    if (token.capitalized && tokens[head + 1]?.capitalized) continue
    if (cue - head > 8) return false
    for (let between = head + 1; between < cue; between++) {
      const word = tokens[between] as FrameToken
      if (word.quote >= 0 || word.cue || word.text === ',') return false
    }
    return true
  }
  return false
}

// Index of the last comma before `cue` from `low` on, or `low - 1` when there is none.
function commaBefore(tokens: readonly FrameToken[], cue: number, low: number): number {
  let at = cue - 1
  while (at >= low && tokens[at]?.text !== ',') at--
  return at
}

// Whether the word at `index` names a thing words are written on or shown by: a sign, a banner,
// or a message a machine shows (`an error message`, `a warning screen`), which no one speaks.
function inscriptionAt(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word) return false
  if (inscriptionNouns.has(token.lower)) return true
  return (
    displayNouns.has(token.lower) && machineModifiers.has(itemAt(tokens, index - 1)?.lower ?? '')
  )
}

const displayNouns = new Set(['message', 'messages', 'notice', 'alert', 'prompt', 'screen'])
const machineModifiers = new Set(['error', 'warning', 'automated', 'system', 'status', 'pop-up'])

// `a screenshot of the message “…”`, `the error message “…”`: a quote right after a message a
// machine shows, or one a picture shows, is the writing shown, no one's words. (Not after any
// thing words are written on: `called the price cap “…”` is a verdict on the cap.)
function shownWords(tokens: readonly FrameToken[], opening: number): boolean {
  // `carried signs reading “Coal Is Over.”`, `a banner that said “…”`: the writing on a thing.
  // (Unless a source the sentence names reports the writing: `According to The Federalist, the
  // men were wearing shirts that read “…”`.)
  if (inscriptionVerbs.has(itemAt(tokens, opening - 1)?.lower ?? '')) {
    // (`The sign on the door just said ‘Do not enter’`: past the verb's adverbs.)
    let thing = opening - 2
    while (thing > 0 && thing > opening - 5 && isVerbModifier(tokens[thing])) thing--
    if (relativeThat.has(itemAt(tokens, thing)?.lower ?? '')) thing--
    // (`The sign on the door said`: past where the thing hangs.)
    let placed = thing
    while (placed > 0 && placed > thing - 5 && !inscriptionAt(tokens, placed)) placed--
    if (placed !== thing && inList(itemAt(tokens, placed + 1), WordList.preposition)) thing = placed
    if (inscriptionAt(tokens, thing) && !accordingToBefore(tokens, opening)) return true
  }
  // `a folder marked “Confidential”`, `a box stamped “Fragile”`: a participle of marking a
  // thing, right after its noun, gives what is written on it.
  const marked = itemAt(tokens, opening - 1)
  const thing = itemAt(tokens, opening - 2)
  if (
    markingParticiples.has(marked?.lower ?? '') &&
    thing?.word &&
    !thing.capitalized &&
    !thing.pronoun &&
    !isClosedClass(thing)
  )
    return true
  const noun = opening - 1
  if (!displayNouns.has(tokens[noun]?.lower ?? '')) return false
  if (machineModifiers.has(itemAt(tokens, noun - 1)?.lower ?? '')) return true
  const article = inList(itemAt(tokens, noun - 1), WordList.article) ? noun - 1 : noun
  return (
    itemAt(tokens, article - 1)?.lower === 'of' &&
    pictureNouns.has(itemAt(tokens, article - 2)?.lower ?? '')
  )
}

// Participles that say what is written on a thing (`marked`, `stamped`; not `labelled`, which
// names as `called` does: `the candidate labeled “a leader …”`).
const markingParticiples = new Set(['marked', 'stamped', 'inscribed'])

// Whether `according to` stands before `at` in its sentence.
function accordingToBefore(tokens: readonly FrameToken[], at: number): boolean {
  for (let index = at - 1; index > 0 && index >= at - 40; index--) {
    const token = tokens[index] as FrameToken
    if (!token.word && sentenceEnds.has(token.text)) return false
    if (token.lower === 'to' && itemAt(tokens, index - 1)?.lower === 'according') return true
  }
  return false
}

// The quote right before one that `and`, `or` or a comma joins to it (`“A” and “B”`, `“A,”
// “B”`), or -1.
function listedAfter(paragraph: QuotedParagraph, quote: number): number {
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  const close = itemAt(paragraph.quoteTokens, quote - 1)?.end ?? -2
  const tokens = paragraph.tokens
  let at = opening - 1
  if (tokens[at]?.lower === 'and' || tokens[at]?.lower === 'or') at--
  if (tokens[at]?.text === ',') at--
  return at === close - 1 && at < opening - 1 ? quote - 1 : -1
}

// Whether a word is an adverb that may close a clause (`online`, `repeatedly`, `again`).
function trailingAdverb(token: FrameToken | undefined): boolean {
  if (!token?.word || token.capitalized || token.quote >= 0) return false
  return (
    isVerbModifier(token) ||
    closingAdverbs.has(token.lower) ||
    (token.lower.length > 4 && token.lower.endsWith('ly'))
  )
}

const closingAdverbs = new Set(['online', 'again', 'twice'])

// Whether a quote goes on with the sentence of a quote before it in its own sentence: words in
// lower case after a comma (`“…,” Doe said, pausing, “because …”`).
function splitRest(context: QuoteFrame, high: number): boolean {
  const { paragraph, quote } = context
  const [low] = before(context)
  const found = paragraph.quotes[quote]
  const first = found ? paragraph.text.slice(found.start, found.end).trimStart() : ''
  return (
    low > context.frame.first &&
    itemAt(paragraph.tokens, high - 1)?.text === ',' &&
    /^\p{Ll}/u.test(first)
  )
}

// Whether the cue at `cue` ends a clause that `as`, `while` or `when` opens right before its
// subject (`as the audience applauded`), with another cue before it in the sentence.
function timedClauseCue(tokens: readonly FrameToken[], cue: number, low: number): boolean {
  const subject = genericEndingAt(tokens, cue - 1, low) ?? mentionEndingAt(tokens, cue - 1, low)
  if (!subject || !timeLinks.has(itemAt(tokens, subject.first - 1)?.lower ?? '')) return false
  for (let at = subject.first - 2; at >= low; at--) if (tokens[at]?.cue) return true
  return false
}

const timeLinks = new Set(['as', 'while', 'when'])

// Words that join a cue to what it reports (`warned of`, `said that`).
const contentLinks = new Set(['of', 'that'])

// Verbs that give what a thing says in writing (`signs reading`, `a sign that read`).
const inscriptionVerbs = new Set(['reading', 'read', 'reads', 'saying', 'said', 'says'])

const pictureNouns = new Set(['screenshot', 'screenshots', 'photo', 'photos', 'picture', 'image'])

// Whether a token is a noun in lower case that a word before it may modify (`media`, `radio`):
// a word, no closed-class word, no cue.
function nounAfter(token: FrameToken | undefined): boolean {
  return token?.word === true && !token.capitalized && !isClosedClass(token) && !token.cue
}

// Whether a token opens a noun's phrase before a modifier: a capital (`Chinese`), an article
// or an owner.
function modifierSlot(token: FrameToken | undefined): boolean {
  if (!token?.word) return false
  return (
    token.capitalized ||
    inList(token, WordList.article) ||
    possessiveDeterminers.has(token.lower) ||
    isPossessive(token)
  )
}

// Cue words whose nouns name no saying (`the state has …`, `the press reported`, `a rule that
// began`).
const silentNouns = new Set(['state', 'states', 'press', 'stress', 'stresses', 'rule', 'rules'])

/** `X said: “…”`, `X described it as “…”`, `…, saying “…”`: the last cue before the quote. */
export const leadingCue: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  const label = dashLabel(tokens, low, high)
  if (label) return label
  // `… a poster tagline that has been widely mocked online:`: writing a thing bears, named by
  // the phrase that runs to the colon, is no one's, whatever verb its clause has.
  if (itemAt(tokens, high - 1)?.text === ':' && writingAtColon(tokens, low, high - 1)) return null
  // A weak cue that only runs into the quote yields to a surer cue before it: in `Doe said
  // the city had maintained contact with “…”`, Doe speaks, not the city.
  let fallback: RuleMatch | null = null
  // `Added Rabbi Lan Pham, who asked not to be quoted on other matters, “…”`: a cue in a
  // relative clause set off right before the quote that has no speaker of its own (a passive)
  // leaves the quote to the cue before the clause. (`Jane Doe, who lamented …, “…”`: one with
  // a subject introduces it.)
  const aside = relativeAsideBefore(tokens, low, high)
  // `When I asked Tom Roe what it meant, he did not hesitate: “…”`: a cue in a clause a
  // subordinator fronts introduces nothing past the main clause's own subject.
  // (`Asked what he would say to the officials, Jane Doe did not hesitate: “…”`: so does a cue
  // in a participle's clause that opens the sentence.)
  const clause = frontedClauseEnd(tokens, context.frame.first, high)
  const fronted =
    clause > context.frame.first
      ? clause
      : participleClauseEnd(tokens, context.frame.first, high) + 1 || context.frame.first
  const opener = skipPunctuation(tokens, fronted, high)
  // `Tom Roe told Ana Poe, a neighbor who called 911, “…”`: a cue inside an aside set off after
  // a hearer is the aside's; the group of the cue before it runs to the quote, and the comma
  // that opens the aside closes no fronted clause (`When Tom Roe asked Ana Poe, a neighbor …`).
  const reaching =
    itemAt(tokens, high - 1)?.text === ',' ? cueReachingJoint(tokens, low, high - 1) : -1
  const mainSubject =
    reaching < 0 &&
    fronted > context.frame.first &&
    context.mentions.some((mention) => mention.first === opener && mention.role !== 'object')
  for (let cue = high - 1; cue >= low; cue--) {
    if (mainSubject && cue < fronted) break
    if (cue > reaching && reaching >= 0 && tokens[cue]?.cue) continue
    const token = tokens[cue] as FrameToken
    // `Roe had asked for patience; Doe would not hear of it: “…”`: a semicolon joins a clause
    // of its own, and a cue before it introduces nothing after it.
    if (token.text === ';') break
    // A title or a word in marks is no one's speech in between: `Doe added that the term
    // “water world” could be “misleading”` is Doe's.
    if (token.quote >= 0) {
      if (titleOfWork(context.paragraph, token.quote)) continue
      break
    }
    const entry = cueEntryAt(tokens, cue)
    if (!entry || !isCue(token)) continue
    // `told Lab Notes magazine in an emailed statement:`, `a written reply`: a past form
    // between an article and a noun modifies the noun; it is no verb with a subject.
    if (articles.has(lowerAt(tokens, cue - 1)) && isPastForm(token.lower) && tokens[cue + 1]?.word)
      continue
    // `Officials have not said whether the “food deserts” debate will reach the council`: a
    // denied cue whose clause asks `whether` reports nothing said, least of all the quote.
    if (tokens[cue + 1]?.lower === 'whether' && negated(tokens, cue, context.frame.first))
      return null
    // `She laughed when asked about Tom Roe, a critic who once called her work a revelation:
    // “…”`, `Doe is blunt about the people who tell him to retire: “…”`: a cue in a relative
    // clause whose own words go on past it (an object and what it is called, an infinitive)
    // has said what it says; the colon's quote is the main clause's.
    if (
      itemAt(tokens, high - 1)?.text === ':' &&
      relativeCue(tokens, cue, low) &&
      readCueGroup(tokens, cue, high - 1).close === 'content'
    )
      continue
    // `“…,” Doe said, pausing as the audience applauded, “…”`: between the parts of a split
    // quote, a cue in a clause a subordinator opens, after the cue of the first part, only says
    // what went on while the words were said.
    if (splitRest(context, high) && timedClauseCue(tokens, cue, low)) continue
    // `Aydın’s words, as relayed by Tom Roe, were blunt:`: a cue in an aside `as` opens says how
    // the words came, and leaves them to the cue before it.
    // (Not `quoted Doe, the minister, as saying`: the aside there is the one quoted's.)
    if (
      itemAt(tokens, cue - 1)?.lower === 'as' &&
      itemAt(tokens, cue - 2)?.text === ',' &&
      !quotedBefore(tokens, cue, low)
    )
      continue
    // (`responded with chants of “…”`: a noun with `of` or `that` still reports its clause.)
    const next = tokens[cue + 1]?.lower
    if (governedNoun(tokens, cue, 2) && next !== 'of' && next !== 'that') continue
    // An owner's speech noun speaks for its owner past a cue in an earlier clause (`Even as Doe
    // was criticizing Roe, she came under fire over her assertion that …`).
    if (
      fallback &&
      fallback.rule === 'possessor-cue-quote' &&
      breaksClause(tokens, cue, fallback.cue)
    ) {
      return fallback
    }
    // `Doe’s claim that …`, `his promise of …`: after a possessive the cue is a noun, and its
    // owner speaks, unless a verb cue before it has a speaker (`Roe said Doe’s claim that …`).
    // Without `that`, `of` or `to` the quote is about the words, not them: `called Doe’s
    // remarks “a new low”`.
    // A past form has no owner: `a person close to her said` is no `her said`.
    // (`Doe’s closing message to volunteers`: past a word that modifies the noun.)
    const possessor = pastCueForm(token.lower, entry)
      ? null
      : (possessorEndingAt(tokens, cue - 1, context.frame.first) ??
        (nounModifier(itemAt(tokens, cue - 1)) && !verbShaped(token.lower)
          ? possessorEndingAt(tokens, cue - 2, context.frame.first)
          : null))
    // `the contention of Jane Doe that …`: a speech noun's `of` names its owner the same way.
    // (`Doe’s description of the budget as “…”`: a noun of characterizing calls its object
    // what follows `as`.)
    const characterizing = characterizingNouns.has(token.lower)
    const owner = possessor
      ? (introducesContent(tokens, cue + 1, high) ||
          (characterizing && calledAs(tokens, cue + 1, high))) &&
        possessor
      : ownerAfterOf(tokens, cue, high)
    if (owner) {
      fallback ??= {
        mention: owner,
        cue,
        rule: 'possessor-cue-quote',
        method: 'explicit',
        confidence: 0.7,
      }
    }
    if (possessor || owner || characterizing) continue
    // `had received the chief executive’s email “…”`: after any owner's phrase the cue is a
    // noun, and a quote right after it says something about it, not its owner's words.
    const before = itemAt(tokens, cue - 1)
    if (before?.word && isPossessive(before) && !pastCueForm(token.lower, entry) && cue + 1 >= high)
      continue
    // `recalled in an interview with a local radio station, “…”`: a cue group that runs into the
    // quote through its adverbials introduces it, however weak the verb.
    const reach =
      !entry.weak || groupIntroduces(tokens, cue, high)
        ? 1
        : introducesSpeech(tokens, cue + 1, high)
    if (reach === 0) continue
    const participle = entry.form === 'participle'
    // `had a message for anyone thinking of leaving:`: a participle right after a pronoun for
    // anyone modifies it; it reports no words, and the clause's cue is before it.
    if (participle && indefinitePronouns.has(itemAt(tokens, cue - 1)?.lower ?? '')) continue
    // `Critics have mocked the “routine” inspection`: words a verb of judging holds up inside
    // its object, as a modifier of the object's noun, are the ones judged, not the judges'.
    if (judgingCues.has(entry.base) && judgedModifier(context, cue)) return null
    // `unfurled a banner reading “…”`: a participle right after a thing words are written on
    // gives the inscription, which is nobody's speech.
    if (participle && inscriptionAt(tokens, cue - 1)) return null
    // `holding a sign that read “…”`, `an error message that read “…”`: so does a relative
    // clause whose antecedent is one.
    if (relativeThat.has(itemAt(tokens, cue - 1)?.lower ?? '') && inscriptionAt(tokens, cue - 2))
      return null
    // `A banner hung from the footbridge read “…”`: so does a cue whose subject is one, opening
    // the sentence or, with its article, the clause after a phrase set off before it (`On the
    // door, a sign said:`; `…, holding signs and chanting “…”` has no subject there).
    const afterComma = commaBefore(tokens, cue, context.frame.first) + 1
    if (
      inscriptionSubject(tokens, context.frame.first, cue) ||
      (inList(tokens[afterComma], WordList.determiner) &&
        inscriptionSubject(tokens, afterComma, cue))
    )
      return null
    // `reposted a message from Tomasz Chao that read: “…”`: a paper's relative clause gives
    // its sender's words.
    const sender = relativeThat.has(itemAt(tokens, cue - 1)?.lower ?? '')
      ? relativePaperSender(tokens, cue - 1, context)
      : null
    if (sender) {
      return {
        mention: sender,
        cue,
        rule: 'speaker-cue-quote',
        method: itemAt(tokens, high - 1)?.text === ':' ? 'colon' : 'explicit',
        confidence: 0.8,
      }
    }
    // A speech noun (`a lament for “…”`, `a simple message:`) reports its clause's subject;
    // one whose clause has none (`said in an email, “…”`) leaves the quote to a cue before it.
    const noun = cueAsNoun(tokens, cue)
    // `Users saw an error message: “…”`: a message a machine shows is no one's.
    if (inscriptionAt(tokens, cue)) return null
    // `the state`, `the press`: a cue word whose noun says nothing is no speech noun; nor one
    // between a capital or an article and a noun it modifies (`told Chinese state media:`, `the
    // state broadcaster`).
    const silent = silentNouns.has((tokens[cue] as FrameToken).lower)
    if (silent && (noun || (nounAfter(tokens[cue + 1]) && modifierSlot(itemAt(tokens, cue - 1)))))
      continue
    const subject = noun
      ? clauseSubjectOf(tokens, cue, context)
      : (subjectOfCue(tokens, cue, context.frame.first, context.mentions, participle) ??
        (context.headline ? headlineOpeningRole(tokens, cue, context.frame.first) : null))
    if (!subject && (noun || (aside >= 0 && cue > aside))) continue
    // `Doe said fixtures would be confirmed “early next week”`: a passive of a cue whose object
    // is what is said reports no one; the quote is the clause's, and the cue before it speaks.
    // (`Doe was told “…”` and kin, whose object is the hearer, keep the quote from Doe.)
    if (!subject && contentPassive(tokens, cue, entry.base)) continue
    if (!subject) return fallback
    // `The outage revived talk of a “single point of failure”`: a bare speech noun a verb takes
    // as its object reports the verb's subject only when that is someone, a body or a paper, not
    // an event or a thing (a crowd that `reprised the chant` still does).
    const about = subject.mention
    const verb = itemAt(tokens, cue - 1)
    if (
      noun &&
      verb?.word === true &&
      !verb.cue &&
      isPastForm(verb.lower) &&
      (about.kind === 'anonymous' || about.kind === 'description') &&
      !personNoun(about.head) &&
      !organizationHeads.has(about.head) &&
      !documentHeads.has(about.head)
    )
      continue
    // `The paper was widely described as “…”`: a passive with no agent says what its subject is
    // called, by no one named (as `characterizedAs` reads it).
    if (lowerAt(tokens, high - 1) === 'as' && passiveBefore(tokens, cue, context.frame.first))
      return null
    // `it underscores that …` is rarely a source speaking; look for the cue before it.
    if (entry.weak && subject.mention.kind === 'pronoun' && subject.mention.head === 'it') continue
    const colon = itemAt(tokens, high - 1)?.text === ':'
    // `The plan never addresses the obvious question: “Who pays?”`: words a denied cue's object
    // announces were not said by its subject, nor by anyone the sentence names.
    if (colon && negated(tokens, noun ? governingVerb(tokens, cue) : cue, context.frame.first))
      return null
    // `Jane Doe laughed when reporters asked about it: “…”`: the quote answers the question.
    const answerer = askedInClause(tokens, context, entry.base, cue, subject.mention, high)
    if (answerer) {
      return {
        mention: answerer,
        cue,
        rule: 'speaker-cue-quote',
        method: colon ? 'colon' : 'explicit',
        confidence: 0.8,
      }
    }
    const match: RuleMatch = {
      mention: joinedBefore(tokens, subject.mention, context.frame.first, context.mentions),
      cue,
      rule: participle ? 'participle-cue-quote' : 'speaker-cue-quote',
      method: colon ? 'colon' : 'explicit',
      confidence: (subject.fromClause ? 0.8 : 0.9) * reach,
    }
    // `The campaign said it would help, and Jane Doe promised the campaign would “…”`: a weak
    // cue whose own subject opens a clause joined after this cue keeps the quote.
    if (fallback && !subject.fromClause && joinedClauseBetween(tokens, cue, fallback.mention)) {
      return fallback
    }
    if (reach === 1) return (participle ? null : outerReport(context, match)) ?? match
    fallback ??= match
  }
  // `According to the ministry, Doe and Roe spoke for “about five hours”`: a named source of
  // the whole sentence is surer than a weak cue whose clause merely runs into the quote.
  if (fallback && fallback.rule !== 'possessor-cue-quote' && accordingTo(context)) return null
  return fallback
}

const relativeThat = new Set(['that', 'which'])

// Whether a cue from `from` to the colon at `colon` has words of its own after it (`questioned
// her figures the day before`).
function saidInClause(tokens: readonly FrameToken[], from: number, colon: number): boolean {
  for (let at = from; at < colon; at++) {
    if (tokens[at]?.cue && readCueGroup(tokens, at, colon).close === 'content') return true
  }
  return false
}

// Whether the phrase at `first` is whom a verb of turning to someone takes (`turned to`, `looked
// at`, `faced`, `gestured towards`): who is spoken to, not who speaks.
function turnedTo(tokens: readonly FrameToken[], first: number): boolean {
  const link = lowerAt(tokens, first - 1)
  const verb = towardLinks.has(link) ? lowerAt(tokens, first - 2) : link
  return turningVerbs.has(verb)
}

const towardLinks = new Set(['to', 'at', 'towards', 'toward'])
const turningVerbs = new Set(
  'turned turns looked looks faced faces gestured gestures nodded nods pointed points'.split(' '),
)

// Whether the cue at `cue` is a relative clause's verb: `who` right before it, past adverbs
// (`who once called`).
function relativeCue(tokens: readonly FrameToken[], cue: number, low: number): boolean {
  let at = cue - 1
  // (`who had questioned`, `who once called`: past auxiliaries and adverbs.)
  while (at > low && (isVerbModifier(tokens[at]) || asAdverb(tokens[at]))) at--
  return tokens[at]?.lower === 'who'
}

// Whether the quote stands right after the cue's article or owner (`mocked the “routine”
// inspection`) as a modifier inside the cue's object.
function judgedModifier(context: QuoteFrame, cue: number): boolean {
  const span = context.paragraph.quoteTokens[context.quote]
  return span?.first === cue + 2 && modifierInPhrase(context.paragraph, context.quote)
}

/**
 * Whether the text disowns a quote's words for the one it names: a denied cue right before it
 * (`Doe never said “…”`, `did not say`), a cue the subject denies (`denied saying “…”`), or one a
 * misquoting verb puts in someone's mouth (`misquoted Doe as saying “…”`). No one is said to
 * have said them.
 *
 * @param paragraph The paragraph.
 * @param quote Index of the quote.
 */
export function disownedWords(paragraph: QuotedParagraph, quote: number): boolean {
  const tokens = paragraph.tokens
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  let cue = opening - 1
  // (Past a comma or `that` before the quote, and a hearer or two: `denied telling staff “…”`.)
  while (cue >= 0 && cue >= opening - 4 && !tokens[cue]?.cue) {
    const token = tokens[cue] as FrameToken
    if (token.quote >= 0 || (!token.word && token.text !== ',' && token.text !== ':')) return false
    cue--
  }
  const token = tokens[cue]
  if (!token?.cue || !speakingForms.has(token.lower)) return false
  if (negated(tokens, cue, Math.max(0, cue - 3))) return true
  const before = lowerAt(tokens, cue - 1)
  if (token.lower.endsWith('ing') && denials.has(before)) return true
  if (before !== 'as') return false
  for (let at = cue - 2; at >= 0 && at >= cue - 9; at--) {
    if (misquotings.has(lowerAt(tokens, at))) return true
    if (!tokens[at]?.word) return false
  }
  return false
}

// Forms of verbs that give someone's words (`say`, `saying`, `told`).
const speakingForms = new Set([
  'say',
  'said',
  'saying',
  'tell',
  'told',
  'telling',
  'call',
  'called',
  'calling',
  'write',
  'wrote',
  'writing',
])

// Verbs that deny the act of the `-ing` form after them (`denied saying`).
const denials = new Set(['denied', 'denies', 'deny', 'denying'])

// Verbs that put words in someone's mouth (`misquoted Doe as saying`).
const misquotings = new Set(['misquoted', 'misquotes', 'misquoting', 'misattributed'])

/**
 * Whether a quote of a few words, outside any other, modifies a noun (`The “express” buses stop
 * at every stop`, `The city’s “affordable” housing list`) in a sentence with no cue or source
 * outside marks: the writer holds the word up, and no one is said to have said it, however
 * near a quote of someone's.
 *
 * @param paragraph The paragraph.
 * @param quote Index of the quote.
 */
export function heldUpWord(paragraph: QuotedParagraph, quote: number): boolean {
  const span = paragraph.quoteTokens[quote]
  // (Inside someone's words a word held up is still theirs: `an antidote to a ‘politically
  // correct’ culture`.)
  if (!span || span.end - span.first > 6 || paragraph.quotes[quote]?.depth !== 0) return false
  if (!modifierInPhrase(paragraph, quote, true)) return false
  const frame = paragraph.frames.find((one) => one.quotes.includes(quote))
  if (!frame) return false
  const tokens = paragraph.tokens
  // (`the “confidential” level, according to a State Department official`: a source the
  // sentence names holds the word.)
  for (let at = frame.first; at < frame.end; at++) {
    const token = tokens[at] as FrameToken
    if ((token.cue || token.lower === 'according') && token.quote < 0) return false
  }
  return true
}

// Whether the quote stands between an article or owner and a noun in lower case (`the “smart”
// meters`): a modifier inside a noun's phrase. With `owned`, a possessive noun may stand for the
// owner too (`The city’s “affordable” housing list`).
function modifierInPhrase(paragraph: QuotedParagraph, quote: number, owned = false): boolean {
  const tokens = paragraph.tokens
  const span = paragraph.quoteTokens[quote]
  if (!span) return false
  const article = itemAt(tokens, span.first - 1)
  if (
    !article?.word ||
    !(
      inList(article, WordList.article) ||
      possessiveDeterminers.has(article.lower) ||
      (owned && isPossessive(article))
    )
  )
    return false
  const noun = tokens[span.end]
  return noun?.word === true && !noun.capitalized && !isClosedClass(noun)
}

// Whether the cue at `cue` is a passive after a form of `be` (`would be confirmed`, `was
// announced`) of a verb whose object is what is said, not who hears it.
function contentPassive(tokens: readonly FrameToken[], cue: number, base: string): boolean {
  return (
    inList(itemAt(tokens, cue - 1), WordList.beForm) &&
    !hearerCues.has(base) &&
    tokens[cue]?.lower !== base
  )
}

// Cues whose object is the one spoken to (`was told`, `were warned`).
const hearerCues = new Set([
  'tell',
  'ask',
  'warn',
  'inform',
  'advise',
  'urge',
  'instruct',
  'remind',
  'assure',
  'caution',
  'question',
  'brief',
])

// The comma that opens a relative clause closed by the comma right before a quote at `high`,
// or -1.
function relativeAsideBefore(tokens: readonly FrameToken[], low: number, high: number): number {
  return itemAt(tokens, high - 1)?.text === ',' ? relativeOpening(tokens, high - 1, low, 16) : -1
}

// `said by email`, `in remarks to reporters`, `via text message`: a cue word in the form of a
// noun (`email`, `remarks`) right after a preposition, or after such a noun, is the
// preposition's object, no cue.
function governedNoun(tokens: readonly FrameToken[], index: number, depth: number): boolean {
  const token = tokens[index] as FrameToken
  const base = cueEntryAt(tokens, index)?.base
  // A capital is part of a name (`the Alliance for Fair Reports`), no common noun.
  if (!token.cue || base === undefined || token.capitalized) return false
  const plural = token.lower === `${base}s`
  if (token.lower !== base && !plural) return false
  const governor = itemAt(tokens, index - 1)
  if (!governor?.word) return false
  if (adverbialPrepositions.has(governor.lower) && !verbLinks.has(governor.lower)) return true
  // After another noun, both in the base form (`text message`): a plural there is as often a
  // verb (`… posts`), and a plural modifies no noun.
  const governorBase = cueEntryAt(tokens, index - 1)?.base
  return (
    !plural &&
    depth > 1 &&
    governor.lower === governorBase &&
    governedNoun(tokens, index - 1, depth - 1)
  )
}

// Prepositions before which a cue word is a verb, not an object: `to tweet` is an infinitive,
// and `a voice over says` a compound.
const verbLinks = new Set(['to', 'over'])

/**
 * `Rep. Doe said Roe called on members to be “coordinated”`: a cue whose subject stands in
 * the content of an earlier cue is a report inside a report, and the quote is the outer
 * speaker's: the source who gave the words to the writer. The outer cue must be finite and
 * sure, its subject right before it, and nothing but words (or `that`) between it and the inner
 * subject.
 */
function outerReport(context: QuoteFrame, inner: RuleMatch): RuleMatch | null {
  const tokens = context.paragraph.tokens
  const low = context.frame.first
  // `Doe said Roe had told her in a letter: “We warned them.”`: an inner cue whose colon opens
  // a whole sentence in marks, in the clause the outer cue reports, gives Roe's words as said,
  // not a report of them (`he thinks of what his parents told him: “…”` stays his).
  const quoted = colonSentence(context, inner.cue, inner.mention.kind === 'name')
  // From before the inner clause, whichever comes first of its subject and its cue (`Said Doe`).
  const start = Math.min(inner.mention.first, inner.cue)
  for (let cue = start - 1; cue >= low; cue--) {
    const token = tokens[cue] as FrameToken
    if (token.quote >= 0) return null
    if (!token.word) return null
    // `a woman asked … and Doe said`, `Doe said as Roe yelled`: a clause joined by a
    // conjunction is beside the other, not its content.
    if (clauseLinks.has(token.lower)) return null
    // `asked Doe about an interview in which he called …`: a relative clause says what a noun
    // is, and its subject speaks for itself.
    if (relativeOpeners.has(token.lower)) return null
    // `said he heard the officer yell “…”`: words heard are the words of who was heard.
    if (perceptionVerbs.has(token.lower)) return null
    const entry = token.cue ? cueEntryAt(tokens, cue) : undefined
    if (!entry || entry.weak || entry.form !== 'finite') continue
    const subject = subjectOfCue(tokens, cue, low, context.mentions, false)
    // `She declared victory and said that …`: a cue joined by `and` shares its clause's subject.
    const joined = itemAt(tokens, cue - 1)?.lower === 'and'
    if (!subject || (subject.fromClause && !joined)) return null
    const next = tokens[cue + 1]?.lower === 'that' ? cue + 2 : cue + 1
    // (Or past the outer cue's object to its `that`: `told the jury that Roe had told him, “…”`.)
    const content =
      next === inner.mention.first || lowerAt(tokens, inner.mention.first - 1) === 'that'
    if (quoted && content) return null
    return changedMatch(inner, {
      mention: subject.mention,
      cue,
      rule: 'outer-report',
      confidence: 0.75,
    })
  }
  return null
}

const relativeOpeners = new Set(['which', 'who', 'whom', 'whose'])

// Whether a cue is denied: `never` or `not` right before it, or before its auxiliary (`does not
// answer`, `has never said`, `didn’t say`).
function negated(tokens: readonly FrameToken[], cue: number, low: number): boolean {
  for (let at = cue - 1; at >= low && at >= cue - 3; at--) {
    const token = tokens[at] as FrameToken
    if (isNegation(token)) return true
    if (!token.word || !(inList(token, WordList.auxiliary) || isVerbModifier(token))) return false
  }
  return false
}

// Whether a word denies: `never`, `not`, or a verb contracted with it (`didn’t`).
function isNegation(token: FrameToken | undefined): boolean {
  const lower = token?.lower ?? ''
  return negations.has(lower) || negatedContraction.test(lower)
}

const negations = new Set(['never', 'not'])
const negatedContraction = /n[’']t$/u

// Nouns for a question a colon gives (`never addresses the obvious question:`).
const questionNouns = new Set(['question', 'questions'])

// The index of the verb after a subject, past `never`, `not`, contractions and auxiliaries
// (`never addresses`, `did not say`), or `from` itself.
function skipModifiers(tokens: readonly FrameToken[], from: number, high: number): number {
  let at = from
  while (
    at < high - 1 &&
    tokens[at]?.word &&
    (isNegation(tokens[at]) || inList(tokens[at], WordList.auxiliary) || isVerbModifier(tokens[at]))
  )
    at++
  return at
}

// The verb whose object a noun at `noun` heads, past its article and a few modifiers
// (`addresses the obvious question`), or -1.
function governingVerb(tokens: readonly FrameToken[], noun: number): number {
  for (let at = noun - 1; at >= 0 && at >= noun - 4; at--) {
    if (inList(tokens[at], WordList.article)) return at - 1
    if (!tokens[at]?.word) return -1
  }
  return -1
}

// Whether the quote is a sentence of its own (a capital first) that a colon after the cue at
// `cue` (and its object or adverbials) opens.
function colonSentence(context: QuoteFrame, cue: number, named: boolean): boolean {
  const { paragraph, quote } = context
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  const joint = itemAt(paragraph.tokens, opening - 1)?.text
  // (Or, for an inner speaker the sentence names, a comma or nothing: `Doe testified that Roe
  // shouted “Nobody needs to see them”`; `prosecutors say that he told an agent, “…”` stays
  // theirs, as PolNeAR reads it.)
  // (Past the cue's group, its hearer among it: `Doe testified that Roe told her “You will
  // regret this.”`)
  const next = opening > cue ? readCueGroup(paragraph.tokens, cue, opening).end : cue + 1
  const joined = joint === ':' || (named && (joint === ',' || opening === next))
  if (opening <= cue || !joined) return false
  const found = paragraph.quotes[quote]
  const first = found && paragraph.text.slice(found.start, found.start + 1)
  if (first === undefined || first === first.toLowerCase()) return false
  // Right after the cue, a capital must open a sentence, not a name (`supports “Hillary-style
  // healthcare”`): four words at least.
  return opening !== next || wordsInQuote(paragraph.tokens, opening) >= 4
}

// Words that open a subordinate clause and are never a preposition.
const clauseOnlyOpeners = new Set([
  'unless',
  'although',
  'though',
  'because',
  'whereas',
  'if',
  'whether',
])

const clauseLinks = new Set([
  'and',
  'but',
  'or',
  'as',
  'while',
  'when',
  'because',
  'after',
  'before',
  'if',
  'so',
  'although',
  'though',
  'whereas',
  'until',
  'since',
])

// `maintained that …`, `posted on X that …`, `reported: “…”` are speech; so is a weak cue whose
// clause runs on into the quote with words only (`promised to “end it”`, `emphasized the need
// for “unity”`). `maintained contact, he said, with “…”` is not. Answers how sure that is: 1
// when a `that`, colon or comma introduces the quote, less for a clause alone, 0 for no speech.
function introducesSpeech(tokens: readonly FrameToken[], next: number, quoteStart: number): number {
  if (next >= quoteStart) return 1
  let subordinate = false
  let steps = 0
  for (let index = next; index < quoteStart && steps < 6; index++) {
    const token = tokens[index] as FrameToken
    // (`put the question squarely to Carlos de los Santos,`: a name is one step, however long.)
    if (!nameGoesOn(tokens, index)) steps++
    // `proposed a debate, but the campaign rejected …`: a comma before a conjunction closes
    // the cue's clause and opens another.
    if (token.text === ',' && clauseLinks.has(tokens[index + 1]?.lower ?? '')) return 0
    // `a police shooting unless the attorney certifies that …`: past a subordinate clause's
    // opener, a `that` is the clause's own verb's, and what follows it that verb's report.
    if (token.word && clauseOnlyOpeners.has(token.lower)) subordinate = true
    if (token.lower === 'that' && subordinate) return 0
    if (token.lower === 'that' || token.text === ':' || token.text === ',') return 1
    // (`defended her comments as …`: a cue's noun is the object, and the verb's clause runs on,
    // unless what was said is the noun's: `challenging him over his comments that …`.)
    if (
      token.cue &&
      (!cueAsNoun(tokens, index) || introducesContent(tokens, index + 1, quoteStart))
    )
      return 0
  }
  if (quoteStart - next > weakClauseReach) return 0
  for (let index = next; index < quoteStart; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word && !wordJoiners.has(token.text)) return 0
  }
  return 0.8
}

// Whether the word at `index` carries on a name the word before it is in (`de`, `los` and
// `Santos` of `Carlos de los Santos`).
function nameGoesOn(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  const before = itemAt(tokens, index - 1)
  const named = (word: FrameToken | undefined) =>
    word?.word === true && (word.capitalized || isNameParticle(word.text, word.lower))
  return named(token) && named(before) && before?.capitalized !== undefined
}

// Whether a cue group ends in a comma or colon right before the quote: `recalled in an interview
// with a local radio station, “…”` (a group that runs straight into it is only a clause).
function groupIntroduces(tokens: readonly FrameToken[], cue: number, high: number): boolean {
  const group = readCueGroup(tokens, cue, high)
  if (group.close === 'quote') return group.end < high
  // `Doe replied, as aides looked on, “…”`: past one clause set off by commas, words only.
  if (group.close !== 'end' || tokens[group.end]?.text !== ',') return false
  for (let index = group.end + 1; index < high && index < group.end + 14; index++) {
    const token = tokens[index] as FrameToken
    if (token.word && !token.cue) continue
    return token.text === ',' && index === high - 1 && index > group.end + 1
  }
  return false
}

// `the claim of Jane Doe that …`: after an article, a speech noun with `of` and a name or a
// source, then what was said, belongs to that name.
function ownerAfterOf(tokens: readonly FrameToken[], cue: number, high: number): Mention | null {
  const link = tokens[cue + 1]?.lower
  // (`rejected claims by Tom Roe, counsel to the inquiry, that …`: `by` names the owner of a
  // plural one, whatever the article.)
  const by = link === 'by' && sShape(tokens[cue]?.lower ?? '')
  if (!by && (!characterizers.has(itemAt(tokens, cue - 1)?.lower ?? '') || link !== 'of'))
    return null
  const owner = mentionStartingAt(tokens, cue + 2, high)
  if (!owner || owner.kind === 'pronoun' || owner.first !== cue + 2) return null
  // (Past a role set off after the owner's name.)
  const past = owner.kind === 'name' ? asideEnd(tokens, owner.end, high) : owner.end
  return introducesContent(tokens, past, high) && tokens[past]?.lower !== 'of' ? owner : null
}

const contentOpeners = new Set(['that', 'of', 'to', ':', 'for'])

// The owner of the speech noun at `cue` in a sentence that ends on a colon and holds no other
// cue: a name or a phrase for someone after `by`, `of` or `from`, or a name in the possessive
// right before it; null otherwise.
function ownerOfRemarks(tokens: readonly FrameToken[], cue: number, frame: Frame): Mention | null {
  if (!utteranceNouns.has((tokens[cue] as FrameToken).lower)) return null
  for (let at = frame.first; at < frame.end; at++) {
    if (at !== cue && tokens[at]?.cue && !cueAsNoun(tokens, at)) return null
  }
  const possessor = possessorEndingAt(tokens, cue - 1, frame.first)
  if (possessor && possessor.kind !== 'pronoun') return possessor
  if (!ownerLinks.has(lowerAt(tokens, cue + 1))) return null
  return speakerOpeningAt(tokens, cue + 2, frame.end - 1)
}

const ownerLinks = new Set(['by', 'of', 'from'])

// Whether a speech noun is followed by what was said (`claim that`, `promise of`, `calls to`).
function introducesContent(
  tokens: readonly FrameToken[],
  next: number,
  quoteStart: number,
): boolean {
  // `her assertion during the debate that …`: adverbials may come between.
  let at = adverbialsEnd(tokens, next, quoteStart)
  // `Doe’s answer was that …`, `her view is simple:`: a copula's complement is the noun's.
  if (inList(tokens[at], WordList.beForm) && tokens[at + 1]?.lower === 'that') at++
  return at < quoteStart && contentOpeners.has((tokens[at] as FrameToken).lower)
}

// Whether `of`, a short object and `as` run from `next` to the quote at `quoteStart` (`of the
// budget as`), what a noun of characterizing calls its object.
function calledAs(tokens: readonly FrameToken[], next: number, quoteStart: number): boolean {
  if (tokens[next]?.lower !== 'of' || itemAt(tokens, quoteStart - 1)?.lower !== 'as') return false
  for (let at = next + 1; at < quoteStart - 1; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue || at > next + 6) return false
  }
  return quoteStart - 1 > next + 1
}

// How many tokens may stand between a weak cue and the quote its clause runs into.
const weakClauseReach = 12
// Punctuation inside words as the parser splits them (`Lopez-Cantera`, `Doe’s`).
const wordJoiners = new Set(['-', '’', "'"])

const characterizers = new Set(['a', 'an', 'the'])

/**
 * `The plan was called “reckless” by critics`, `the inquiry, often labeled as a “witch hunt” by
 * Democrats`: the agent right after a quote that a passive participle brings in holds the
 * words. The participle needs a form of `be` or `as` before the quote: `a book called “Fire”
 * by Doe` names a work.
 */
export const passiveAgentAfter: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [next, end] = after(context)
  if (tokens[next]?.lower !== 'by') return null
  const agent = mentionStartingAt(tokens, next + 1, end)
  if (!agent) return null
  const [low, high] = before(context)
  let index = high - 1
  if (characterizers.has(itemAt(tokens, index)?.lower ?? '')) index--
  const as = tokens[index]?.lower === 'as'
  if (as) index--
  if (index < low || !isPastParticiple(tokens[index])) return null
  let auxiliary = index - 1
  while (auxiliary > low && isVerbModifier(tokens[auxiliary])) auxiliary--
  if (!as && !passiveAuxiliaries.has(tokens[auxiliary]?.lower ?? '')) return null
  return { mention: agent, cue: index, rule: 'passive-agent', method: 'explicit', confidence: 0.7 }
}

/**
 * `Jane Doe shared a video from the rally with the caption “Packed house in Reno”`: the caption
 * someone gave what they posted is their words, the subject's of the verb of posting in its
 * clause (`The photo carried the caption “…”` posts nothing, and speaks for no one).
 */
export const postCaption: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  // (`shared a video on TikTok captioned “…”`: the participle gives the caption as the noun
  // does.)
  const word = tokens[high - 1]?.lower
  if (word !== 'caption' && word !== 'captioned') return null
  for (let at = high - 2; at >= low && at >= high - captionReach; at--) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0) return null
    if (!postingVerbs.has(token.lower)) continue
    return verbSubjectMatch(context, at, low, 'post-caption')
  }
  return null
}

// The subject of the verb at `verb`, read as a cue's in its own clause, as a match by `rule`; or
// null when it has none there.
function verbSubjectMatch(
  context: QuoteFrame,
  verb: number,
  low: number,
  rule: string,
): RuleMatch | null {
  const subject = subjectOfCue(context.paragraph.tokens, verb, low, context.mentions, false)
  if (!subject || subject.fromClause) return null
  return { mention: subject.mention, cue: verb, rule, method: 'explicit', confidence: 0.7 }
}

/**
 * `Ana Ortiz has repeatedly used the word “unacceptable”`, `coined the phrase “…”`: words a verb
 * of using them takes, after `the` and a noun for words, are its subject's wording.
 */
export const usedWords: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  if (!namedAsWord(tokens, high)) return null
  // (`has repeatedly used the word`: the verb stands right before `the`, past no other word.)
  const verb = high - 3
  const token = tokens[verb]
  if (verb < low || !token?.word || !usedForms.has(token.lower)) return null
  return verbSubjectMatch(context, verb, low, 'used-words')
}

// Past forms of verbs of using words, whose subject the words in marks after them are from (the
// present, `use`, may define a term: see `definesTerm`).
const usedForms = new Set([
  'used',
  'coined',
  'invoked',
  'employed',
  'repeated',
  'uttered',
  'chose',
  'popularized',
  'popularised',
])

// Nouns for words, and for words people take up (`the slogan`, `the motto`).
const wordingNouns = new Set([...wordNouns, 'slogan', 'motto', 'catchphrase', 'mantra'])

// Words that may stand between a relative's subject and its verb of use (`which Doe has often
// used`, `that Doe first coined`).
const useModifiers = new Set(['has', 'had', 'have', 'first', 'often', 'once', 'later', 'famously'])

/**
 * Who a clause after words in marks says used them, and the verb's index: `“…,” which Jane Doe
 * used in her address`, `“…,” coined by Jane Doe`; or null.
 *
 * @param tokens The paragraph's tokens.
 * @param next The first token after the quote's closing mark.
 * @param end Index past the last token the clause may reach.
 */
function userAfter(
  tokens: readonly FrameToken[],
  next: number,
  end: number,
): { mention: Mention; verb: number } | null {
  let at = tokens[next]?.text === ',' ? next + 1 : next
  const relative = lowerAt(tokens, at)
  if (relative === 'which' || relative === 'that') {
    const mention = mentionStartingAt(tokens, at + 1, end)
    if (!mention || mention.kind === 'pronoun') return null
    at = mention.end
    while (useModifiers.has(lowerAt(tokens, at))) at++
    return usedForms.has(lowerAt(tokens, at)) ? { mention, verb: at } : null
  }
  while (useModifiers.has(lowerAt(tokens, at))) at++
  if (!usedForms.has(lowerAt(tokens, at)) || lowerAt(tokens, at + 1) !== 'by') return null
  const mention = mentionStartingAt(tokens, at + 2, end)
  return mention && mention.kind !== 'pronoun' ? { mention, verb: at } : null
}

/**
 * `The phrase “…,” which Jane Doe used in her address, …`, `the slogan “…,” coined by Jane
 * Doe`: words in marks after a noun for words are the wording of whoever the clause after them
 * says used them.
 */
export const usedWordsAfter: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [, high] = before(context)
  if (lowerAt(tokens, high - 2) !== 'the' || !wordingNouns.has(lowerAt(tokens, high - 1)))
    return null
  const [next, end] = after(context)
  const user = userAfter(tokens, next, end)
  if (!user) return null
  return {
    mention: user.mention,
    cue: user.verb,
    rule: 'used-words',
    method: 'explicit',
    confidence: 0.7,
  }
}

// Verbs that put a post out, whose subject captions it; and how far back from the caption one
// may stand (`shared a video from the rally on Tuesday with the caption`).
const postingVerbs = new Set([
  'posted',
  'posts',
  'shared',
  'shares',
  'tweeted',
  'tweets',
  'uploaded',
  'uploads',
])
const captionReach = 14

/**
 * `Jane Doe read aloud from a note left by Tom Roe: “…”`, `read from the text message Tom Roe
 * sent her that night: “…”`, `read aloud a message that Tom Roe sent: “…”`: words read out
 * from a paper someone else wrote are the writer's. (So are those of `one` a writer sent, read
 * out after the papers it is one of: `read aloud one that Tom Roe sent to Ana Lee`.)
 */
export const readFromPaper: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  for (let at = low; at < high; at++) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0 || (token.lower !== 'read' && token.lower !== 'reads')) continue
    let from = at + 1
    if (tokens[from]?.lower === 'aloud' || tokens[from]?.lower === 'out') from++
    // (The paper read from, or the paper read: `read from a note`, `read a note`.)
    const object = tokens[from]?.lower === 'from' ? from + 1 : from
    let paper = tokens[object]?.lower === 'one' && relativeThat.has(lowerAt(tokens, object + 1))
    for (let index = object; index < high && index < object + 11; index++) {
      const word = tokens[index] as FrameToken
      if (!word.word || word.quote >= 0) break
      const noun = !paper && (documentHeads.has(word.lower) || writtenThings.has(word.lower))
      if (noun) paper = true
      if (!paper) continue
      // `read from her mother’s diary`: the paper's owner wrote it.
      const owner =
        noun && index > object ? possessorEndingAt(tokens, index - 1, object, true) : null
      if (owner) return readMatch(owner, at)
      // `read a letter from his grandmother, Jane Roe`: its sender did.
      if (noun && lowerAt(tokens, index + 1) === 'from') {
        const sender = mentionStartingAt(tokens, index + 2, high)
        return sender?.first === index + 2 && sender.kind !== 'pronoun'
          ? readMatch(nameSetOffAfter(tokens, sender, high), at)
          : null
      }
      // `read a letter his late mother, Jane Roe, had written`: the name set off after the
      // phrase its relative clause opens with wrote it.
      const named = noun ? namedWriterAfter(tokens, index + 1, high) : null
      if (named) return readMatch(named, at)
      // `left by Tom Roe`, `signed by …`, `by Tom Roe`.
      if (word.lower === 'by') {
        const writer = mentionStartingAt(tokens, index + 1, high)
        return writer?.kind === 'name' ? readMatch(writer, at) : null
      }
      // `the text message Tom Roe sent her`, `a letter his late mother, Jane Roe, had written`.
      if (word.nameWord) {
        const writer = mentionStartingAt(tokens, index, high)
        let verb = writer ? writer.end : -1
        if (tokens[verb]?.text === ',' && tokens[index - 1]?.text === ',') verb++
        return writer?.kind === 'name' && writesAt(tokens, verb) ? readMatch(writer, at) : null
      }
    }
    return null
  }
  return null
}

// The name set off after a phrase for someone that opens a relative clause at `at`, when the
// clause's verb is one of writing (`his late mother, Jane Roe, had written`), or null.
function namedWriterAfter(tokens: readonly FrameToken[], at: number, high: number): Mention | null {
  if (relativeThat.has(lowerAt(tokens, at))) at++
  const phrase = mentionStartingAt(tokens, at, high)
  if (phrase?.first !== at || phrase.kind === 'pronoun' || phrase.kind === 'name') return null
  const named = nameSetOffAfter(tokens, phrase, high)
  if (named === phrase) return null
  const comma = tokens[named.end]?.text === ','
  return writesAt(tokens, comma ? named.end + 1 : named.end) ? named : null
}

// Whether a verb of writing stands at `at`, in the past or the perfect (`wrote`, `had written`).
function writesAt(tokens: readonly FrameToken[], at: number): boolean {
  const verb = perfectAuxiliaries.has(lowerAt(tokens, at)) ? at + 1 : at
  return writingVerbs.has(lowerAt(tokens, verb))
}

function readMatch(writer: Mention, cue: number): RuleMatch {
  return { mention: writer, cue, rule: 'read-from-paper', method: 'explicit', confidence: 0.75 }
}

// Things written that no list of papers holds, and verbs that put them out (`Tom Roe sent`).
const writtenThings = new Set(['note', 'card', 'text', 'notebook', 'postcard', 'journal'])
const writingVerbs = new Set([
  'sent',
  'wrote',
  'written',
  'penned',
  'left',
  'signed',
  'posted',
  'texted',
])

// The role set off by commas after a stand-in for one person (`One of them, a retired
// firefighter,`), a phrase for someone, or null.
function standInRole(
  tokens: readonly FrameToken[],
  subject: Mention,
  high: number,
): Mention | null {
  if (subject.kind !== 'anonymous' || subject.plural || !standInHeads.has(subject.head)) return null
  let comma = subject.end
  while (comma < high && comma < subject.end + 4 && tokens[comma]?.word) comma++
  if (tokens[comma]?.text !== ',' || !inList(tokens[comma + 1], WordList.article)) return null
  for (let close = comma + 2; close < high && close <= comma + 7; close++) {
    const token = tokens[close] as FrameToken
    if (token.word && !token.capitalized && !token.cue) continue
    if (token.text !== ',') return null
    const phrase = genericEndingAt(tokens, close - 1, comma + 1)
    return phrase && phrase.first === comma + 1 && personNoun(phrase.head) ? phrase : null
  }
  return null
}

/**
 * `A report by the Ministry of Health found “no evidence of wrongdoing”`: a paper that opens
 * its clause and a verb of finding right before the quote (`found`, `concluded`, `identified`):
 * the paper's words, and so theirs who put it out.
 */
export const paperFinding: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  const verb = itemAt(tokens, high - 1)
  if (!verb?.word || !findingVerbs.has(verb.lower)) return findingThat(context, low, high)
  // The paper opens the clause: the sentence, or the words after a comma.
  for (let at = high - 2; at >= low && at >= high - 14; at--) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0) return null
    // (`report` is a cue's word too: as the paper's noun it opens the clause.)
    const paper = token.word && documentHeads.has(token.lower)
    if (token.cue && !paper) return null
    if (!paper) continue
    const article = itemAt(tokens, at - 1)
    const opens = at - 1 === low || (at - 2 >= low && !itemAt(tokens, at - 2)?.word)
    if (!article?.word || !inList(article, WordList.article) || !opens) return null
    const mention = genericEndingAt(tokens, at, at - 1)
    return mention
      ? { mention, cue: high - 1, rule: 'paper-finding', method: 'explicit', confidence: 0.6 }
      : null
  }
  return null
}

// Whether a participle at `at` ends a passive (`was described`, `has long been seen`, `is
// widely regarded`): a form of `be` before it, past adverbs.
function passiveBefore(tokens: readonly FrameToken[], at: number, low: number): boolean {
  if (!isPastParticiple(tokens[at])) return false
  let before = at - 1
  while (
    before > low &&
    before >= at - 3 &&
    (isVerbModifier(tokens[before]) || isAdverb(tokens[before] as FrameToken))
  )
    before--
  // (Not `being`: `opened up about being described as a “real woman”` is her telling of it.)
  const auxiliary = tokens[before]?.lower ?? ''
  return before >= low && auxiliary !== 'being' && passiveAuxiliaries.has(auxiliary)
}

// `In its report, the Fennick Tower Fire Inquiry found that oversight had been “evasive”`, `The
// study found that …`: a paper or a public body that finds `that` holds the words the clause
// after it quotes, as a cue's subject would; or null. (`found` alone is no cue: `Police found
// the car`.)
function findingThat(context: QuoteFrame, low: number, high: number): RuleMatch | null {
  const tokens = context.paragraph.tokens
  for (let at = high - 2; at >= low && at >= high - findingReach; at--) {
    const token = tokens[at] as FrameToken
    // (No other cue between: `concluded` is one, and a verb of finding too.)
    if (token.quote >= 0 || (token.cue && !findingVerbs.has(token.lower))) return null
    if (!findingVerbs.has(token.lower) || tokens[at + 1]?.lower !== 'that') continue
    const found = subjectOfCue(tokens, at, low, context.mentions, false)
    // (`An audit of the club by Corbel Partners found that …`: a name after `by` is the agent of
    // the paper that opens the sentence, which is the subject.)
    const subject =
      (found && agentOfOpeningPaper(tokens, found.mention, low, context.mentions)) ?? found
    // (`An audit by the Audit Commission found that …`: a paper opening the sentence is its
    // subject past the phrase that says whose it is.)
    const opening =
      subject?.fromClause === true &&
      documentHeads.has(subject.mention.head) &&
      subject.mention.first === skipPunctuation(tokens, low, at)
    const mention = subject && (!subject.fromClause || opening) ? subject.mention : null
    if (!mention || mention.kind === 'pronoun') return null
    // (A name in title case the clause holds is no finding: `found that “The Sopranos,” a show
    // that …`.)
    const quoted = context.paragraph.quotes[context.quote]
    if (
      opening &&
      quoted !== undefined &&
      titleCased(context.paragraph.text.slice(quoted.start, quoted.end).replace(/^\p{P}+/u, ''))
    )
      return null
    const finder =
      documentHeads.has(mention.head) ||
      publicBodyWords.has(mention.head) ||
      (mention.kind === 'name' &&
        mention.organization &&
        publicBodyWords.has(lastWordOf(mention.name)))
    return finder
      ? { mention, cue: at, rule: 'paper-finding', method: 'explicit', confidence: 0.6 }
      : null
  }
  return null
}

// The paper that opens the sentence when `agent` follows its `by`, past words in lower case
// (`by accounting firm Corbel Partners`), as a subject read from the clause; or null.
function agentOfOpeningPaper(
  tokens: readonly FrameToken[],
  agent: Mention,
  low: number,
  mentions: readonly ScannedMention[],
): CueSubject | null {
  let by = agent.first - 1
  while (by > low && by >= agent.first - 3 && plainWord(tokens[by])) by--
  if (lowerAt(tokens, by) !== 'by') return null
  const paper = mentions.find((mention) => mention.first === skipPunctuation(tokens, low, by))
  return paper && paper.kind !== 'name' && documentHeads.has(paper.head)
    ? { mention: paper, fromClause: true }
    : null
}

// How far before the quote a finding's `that` may stand.
const findingReach = 16

// Verbs a paper states its findings with, right before them.
const findingVerbs = new Set([
  'found',
  'finds',
  'concluded',
  'concludes',
  'identified',
  'identifies',
])

/**
 * `Doe openly admires Roe as a “strong leader”`: a phrase in marks right after `as`
 * characterizes something in the subject's words, whatever the verb. Less sure than a cue.
 */
export const characterizedAs: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  let index = high - 1
  if (characterizers.has(itemAt(tokens, index)?.lower ?? '')) index--
  // (`defended his comments as being “sarcastic”`: `being` only links the two.)
  if (itemAt(tokens, index)?.lower === 'being') index--
  if (index <= low || tokens[index]?.lower !== 'as') return null
  // `seen by organizers as a “lifeboat”`, `known by some as a “hug”`: a passive's agent right
  // before `as` holds the view.
  const agent = mentionEndingAt(tokens, index - 1, low)
  if (agent && agent.kind !== 'pronoun' && itemAt(tokens, agent.first - 1)?.lower === 'by') {
    return {
      mention: agent,
      cue: -1,
      rule: 'subject-as-quote',
      method: 'explicit',
      confidence: 0.6,
    }
  }
  // `Fusion has long been described as the “holy grail”`: a passive with no agent says what the
  // subject is called, by no one named; the subject is what is called so.
  if (passiveBefore(tokens, index - 1, low)) return null
  // The subject of the clause `as` ends, not of the sentence: `Roe proposed a debate, but the
  // Doe campaign rejected the idea as “ludicrous”` is the campaign's.
  const subject =
    openingSubjectBefore(tokens, context.mentions, context.frame.first, index) ??
    clauseSubject(context.mentions, context.frame.first, index)
  if (!subject || subject.kind === 'anonymous') return null
  // `It described the count as “methodical” and the campaign as “…”`: a phrase right before
  // `as`, with no verb of its own, is the object a verb before it left out, not a subject.
  if (subject.end === index) return null
  // `… described it as “…”`: a pronoun right after a verb is its object, not who speaks.
  const previous = itemAt(tokens, subject.first - 1)
  if (
    subject.kind === 'pronoun' &&
    previous?.word &&
    !previous.capitalized &&
    !isClosedClass(previous)
  )
    return null
  return {
    mention: subject,
    cue: -1,
    rule: 'subject-as-quote',
    method: 'explicit',
    confidence: 0.6,
  }
}

/**
 * `Doe implied that the judge was “hostile”`: a clause opened by `that` after any verb reports
 * what its subject holds, when the subject stands right before the verb. Less sure than a cue.
 */
export const thatClause: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  for (let index = high - 1; index > low; index--) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || token.cue) return null
    if (token.lower !== 'that') continue
    const verb = itemAt(tokens, index - 1) as FrameToken
    if (!verb.word || verb.capitalized || isClosedClass(verb) || !/(?:ed|s)$/u.test(verb.lower))
      return null
    const subject = subjectOfCue(tokens, index - 1, context.frame.first, context.mentions, false)
    if (!subject || subject.fromClause) return null
    return {
      mention: subject.mention,
      cue: -1,
      rule: 'speaker-that-quote',
      method: 'explicit',
      confidence: 0.6,
    }
  }
  return null
}

/**
 * `Jane Doe’s response: “…”`, `Her verdict was blunt: “…”`, `In Doe’s words, “…”`, `Her reply
 * was that “…”`: the owner of a noun for something said, right at the colon (or after `in` at a
 * comma, or a copula's `that`), speaks.
 */
export const ownedSpeech: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  const joint = itemAt(tokens, high - 1)?.text
  // `Her motto was “never give up”`: a copula joins the noun to its words as a colon does.
  const copula = inList(itemAt(tokens, high - 1), WordList.beForm)
  // `Her response was that “…”`: so does a copula and `that`.
  const copulaThat =
    itemAt(tokens, high - 1)?.lower === 'that' && inList(itemAt(tokens, high - 2), WordList.beForm)
  if (joint !== ':' && joint !== ',' && !copula && !copulaThat) return null
  // `Doe’s answer: “…” Roe’s: “…”`: an owner alone before the colon, the whole of its
  // sentence, owns the noun the sentence before it gave.
  const alone = itemAt(tokens, high - 2)
  if (joint === ':' && high - 2 >= low && alone !== undefined && isPossessive(alone)) {
    const owner = possessorEndingAt(tokens, high - 2, low, true)
    if (owner?.first === low)
      return {
        mention: owner,
        cue: -1,
        rule: 'possessor-cue-quote',
        method: 'colon',
        confidence: 0.6,
      }
  }
  let noun = copulaThat ? high - 3 : high - 2
  // `Her answer was simple:`, `Her response was:`: a copula, with or without one word after it,
  // may stand between the noun and the colon.
  if (joint === ':' && passiveAuxiliaries.has(itemAt(tokens, noun - 1)?.lower ?? '')) noun -= 2
  else if (joint === ':' && inList(tokens[noun], WordList.beForm)) noun -= 1
  // `Aydın’s words, as relayed by Tom Roe, were blunt:`, `His message, which was shown to the
  // panel, was short:`: past an aside `as` or `which` opens before the copula; and past a role
  // set off after whom the words were for (`Her message to Tom Roe, a marine scientist, was`).
  if (joint === ':' && tokens[noun]?.text === ',') {
    for (let at = noun - 1; at > low && at >= noun - 10; at--) {
      if (tokens[at]?.text !== ',') continue
      const opener = itemAt(tokens, at + 1)
      if (
        opener?.lower === 'as' ||
        opener?.lower === 'which' ||
        (nameToken(itemAt(tokens, at - 1)) &&
          (inList(opener, WordList.article) || opener?.possessive === true))
      )
        noun = at - 1
      break
    }
  }
  // `Her advice to anyone starting out:`, `His first words to her:`: whom the words were for may
  // stand between the noun and the colon.
  if (joint === ':' && !speechNouns.has(tokens[noun]?.lower ?? '')) {
    for (let at = noun; at > low && at >= noun - 5; at--) {
      const word = tokens[at] as FrameToken
      if (!word.word || word.quote >= 0 || word.cue) break
      if (word.lower === 'to' && speechNouns.has(itemAt(tokens, at - 1)?.lower ?? '')) {
        noun = at - 1
        break
      }
    }
  }
  const token = tokens[noun]
  if (
    !token?.word ||
    token.quote >= 0 ||
    !(speechNouns.has(token.lower) || documentHeads.has(token.lower))
  )
    return null
  // `Doe’s campaign slogan is`: a word may modify the speech noun (not at a comma: `In his new
  // book, “…”` names a work; `own` only stresses the owner: `In her own words, “…”`). A
  // capitalized one only right after the owner (`Doe’s Facebook post:`), where no name can
  // run on into it.
  const modifier = itemAt(tokens, noun - 1)
  const ownerEnd =
    (joint !== ',' || modifier?.lower === 'own') &&
    modifier?.word &&
    (!modifier.capitalized || itemAt(tokens, noun - 2)?.possessive === true) &&
    // (`His first words to her:`, `her last message`: an ordinal says which words.)
    (!isClosedClass(modifier) || orderingWords.has(modifier.lower)) &&
    !isPossessive(modifier)
      ? noun - 2
      : noun - 1
  // (At a colon or a copula, `The ministry’s response was brief:` too.)
  const owner = possessorEndingAt(tokens, ownerEnd, low, joint !== ',')
  if (!owner) return null
  // At a comma only the set phrase `in X’s words` hands over: `Doe’s statement, issued late, …`
  // goes on with its clause.
  // `where audiences were, in her words, “…”`: the phrase may be set off inside the sentence.
  const opens = owner.first - 1 === low || itemAt(tokens, owner.first - 2)?.text === ','
  if (joint === ',' && (itemAt(tokens, owner.first - 1)?.lower !== 'in' || !opens)) return null
  return {
    mention: owner,
    cue: -1,
    rule: 'possessor-cue-quote',
    method: joint === ':' ? 'colon' : 'explicit',
    confidence: copula ? 0.6 : 0.7,
  }
}

// Whether a word may stand between an owner and their speech noun (`closing`, `controversial`,
// `first`): an ordinal, or a lower-case word an adjective's ending shows, not a noun that could be
// the subject of a verb cue (`her team calls`).
function nounModifier(token: FrameToken | undefined): boolean {
  if (!token?.word || token.capitalized || token.quote >= 0 || token.cue) return false
  return orderingWords.has(token.lower) || adjectiveEnding.test(token.lower)
}

const adjectiveEnding = /(?:ing|ed|al|ive|ous|ful|ic|ent|ant|less|able|ible)$/u

// Whether a cue's word has a finite verb's shape (`describes`, `called`): after an owner's noun
// (`Ferric’s announcement describes`) it is that noun's verb, not a second noun.
function verbShaped(lower: string): boolean {
  return (lower.endsWith('s') && !lower.endsWith('ss')) || isPastForm(lower)
}

/**
 * `Trump issued a statement, “…”`, `the group posted a message on Facebook, “…”`: a document or
 * a message a verb puts out, at the comma before the quote, is its subject's.
 */
export const issuedSpeech: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  if (itemAt(tokens, high - 1)?.text !== ',') return null
  // `posted a message on Facebook,`: past the adverbials after the noun.
  const noun = issuedNounBefore(tokens, high - 1, low)
  if (noun < 0) return null
  const subject = issuerOf(tokens, noun, context.frame.first, context.mentions)
  if (!subject) return null
  return { mention: subject, cue: -1, rule: 'issued-speech', method: 'explicit', confidence: 0.6 }
}

// Words that say which of someone's words, as a modifier (`her first words`, `his final message`).
const orderingWords = new Set(['first', 'last', 'final', 'latest'])

// Nouns for something said (`response`, `verdict`, `words`). A few are cue words too (`reply`,
// `answer`): the possessor rule of `leadingCue` takes those first when a cue introduces.
const speechNouns: ReadonlySet<string> = new Set([
  'response',
  'answer',
  'verdict',
  'words',
  'message',
  'take',
  'view',
  'advice',
  'warning',
  'assessment',
  'explanation',
  'reaction',
  'retort',
  'comment',
  'conclusion',
  'prediction',
  'promise',
  'plea',
  'argument',
  'reasoning',
  'diagnosis',
  'motto',
  'mantra',
  'slogan',
  'reply',
])

/**
 * Whether the words from `first` to the quote at `end` are a noun for an answer alone before a
 * colon (`The reply:`, `The answer:`): a label that names no one, so the quote after it is
 * the words the sentence before reported, as a quote opening the sentence would be.
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the sentence's first token.
 * @param end Index of the quote's first token.
 */
export function answerLabel(tokens: readonly FrameToken[], first: number, end: number): boolean {
  const start = skipPunctuation(tokens, first, end)
  const article = tokens[start]?.lower === 'the' ? 1 : 0
  const noun = tokens[start + article]
  return (
    end === start + article + 2 &&
    tokens[end - 1]?.text === ':' &&
    noun?.word === true &&
    answerNouns.has(noun.lower)
  )
}

// Nouns for what someone answered.
const answerNouns: ReadonlySet<string> = new Set(['reply', 'response', 'answer', 'retort'])

// The phrase after `from` in `The view from …` opening a sentence that runs to the colon at
// `colon`, or null.
function viewFrom(tokens: readonly FrameToken[], low: number, colon: number): Mention | null {
  const at = skipPunctuation(tokens, low, colon)
  if (tokens[at]?.lower !== 'the') return null
  if (!viewNouns.has(tokens[at + 1]?.lower ?? '') || tokens[at + 2]?.lower !== 'from') return null
  return at + 3 < colon ? mentionStartingAt(tokens, at + 3, colon) : null
}

// Nouns for what someone thinks or answers, whose `from` says whose it is.
const viewNouns: ReadonlySet<string> = new Set([
  ...answerNouns,
  'view',
  'word',
  'verdict',
  'message',
  'reaction',
  'advice',
  'assessment',
  'take',
])

/** `X sought to reassure the allies: “…”`: a colon with no cue still hands over to the subject. */
export const leadingColon: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [start, high] = before(context)
  const low = afterSemicolon(tokens, start, high)
  // `offered a blunt assessment — “…” — before the vote`: a dash after a word, before a quote
  // the sentence goes on past, joins as a colon does.
  const dash =
    dashMarks.has(itemAt(tokens, high - 1)?.text ?? '') &&
    itemAt(tokens, high - 2)?.word === true &&
    dashMarks.has(tokens[context.paragraph.quoteTokens[context.quote]?.end ?? -1]?.text ?? '')
  if (high <= low || (itemAt(tokens, high - 1)?.text !== ':' && !dash)) return null
  // `The reply:` names no one; the sentence before says who answered (see `answerLabel`).
  if (answerLabel(tokens, context.frame.first, high)) return null
  // `The nurses were told:`: a passive cue at the colon reports the subject being spoken to.
  // (A participle: `was direct:` is a copula and an adjective, whatever cue `direct` is.)
  const cue = itemAt(tokens, high - 2)
  if (
    cue?.cue &&
    isPastParticiple(cue) &&
    passiveAuxiliaries.has(itemAt(tokens, high - 3)?.lower ?? '')
  )
    return null
  // (`The tagline has been mocked online:`, `were told repeatedly:`: past an adverb or two.)
  let passive = high - 2
  while (passive > low && passive >= high - 4 && trailingAdverb(tokens[passive])) passive--
  if (
    passive < high - 2 &&
    tokens[passive]?.cue &&
    isPastParticiple(tokens[passive]) &&
    passiveAuxiliaries.has(itemAt(tokens, passive - 1)?.lower ?? '')
  )
    return null
  // `Users saw an error message: “…”`: what a machine shows at the colon is no one's.
  if (inscriptionAt(tokens, high - 2) && displayNouns.has(cue?.lower ?? '')) return null
  // `OKAFOR-HAYES: “…”`: a speaker's label in capitals, alone before the colon.
  const label = low === context.frame.first ? labelBefore(tokens, low, high - 1) : undefined
  if (label) return colonMatch(label)
  if (label === null) return null
  // `For Agyeman, it comes down to one thing:`, `For him, the answer is simple:`: a fronted
  // `for` gives whose view the clause after it states, when that clause has no one for its
  // subject.
  const holder =
    low === context.frame.first ? viewHolder(tokens, context.mentions, low, high - 1) : null
  if (holder) return colonMatch(holder)
  // `The view from a parish priest, who has lived here all his life:`: a noun for what someone
  // thinks or answers, opening the sentence, gives the quote to whom it is from.
  const from = low === context.frame.first ? viewFrom(tokens, low, high - 1) : null
  if (from) return colonMatch(from)
  // `Amara Szabo, apple grower, Yakima Valley:`: a name, then what and where it is, set off
  // with no verb, labels the quote as a name alone does.
  const listed =
    low === context.frame.first ? listedLabel(tokens, context.mentions, low, high - 1) : null
  if (listed) return colonMatch(listed)
  // A name set off by a dash at the colon (`dashLabel`) was taken by `leadingCue`, earlier in
  // the sieve. `The harbor master had a simple message for the crowd:`: an article phrase that
  // opens the sentence and has a verb after it is its subject, head noun known or not.
  // (`Asked about the budget, the correspondent was unapologetic:`: past a participle's clause
  // that opens the sentence.)
  const opener =
    low === context.frame.first ? participleClauseEnd(tokens, low, high - 1) + 1 || low : -1
  const opened = opener >= 0 ? openingPhrase(tokens, opener, high - 1) : null
  // `• A former subeditor: “…”`: a phrase for someone alone before the colon labels the quote
  // as a name does.
  const labelled =
    low === context.frame.first && !opened ? personLabel(tokens, low, high - 1) : null
  if (labelled) return colonMatch(labelled)
  // `Tehrani’s verdict on the findings was short:`, `Her advice was simple:`: what someone
  // said, owned by them, gives their words.
  const sayer = ownedSaying(tokens, opener >= 0 ? opener : low, high - 1, low)
  if (sayer) return colonMatch(sayer)
  // `The problem was:`, `The question is simple:`: a copula after a phrase for no one and no
  // body defines the quote by it; nobody speaks. (`The accountant was blunt:` still does.)
  if (
    opened &&
    inList(tokens[opened.end], WordList.beForm) &&
    !personNoun(opened.head) &&
    !organizationHeads.has(opened.head)
  )
    return null
  // `The timing of the surge doesn’t surprise pollster Daron Shaw:`: a subject that names no
  // one leaves the quote to the name that ends right at the colon.
  // (A name is someone: `Amara Szabo, apple grower, Yakima Valley:` says where she grows.)
  const named =
    opened && opened.kind !== 'name' && !personNoun(opened.head)
      ? mentionEndingAt(tokens, high - 2, low)
      : null
  if (opened && named?.kind === 'name' && named.first > opened.end) return colonMatch(named)
  // (`When Henrik Berg left Mombasa, his wife, Sigrid Roe, gave him one piece of advice:`: past
  // a clause a subordinator fronts, whose subject is its own.)
  // (Or past a participle's clause: `Asked what he would say, Jane Doe did not hesitate:`.)
  const main = Math.max(frontedClauseEnd(tokens, low, high - 1), opener)
  const opening = opened ?? openingSubjectBefore(tokens, context.mentions, main, high - 1, true)
  const first = opening
    ? null
    : clauseSubject(context.mentions, Math.max(main, pastFrontedPhrase(tokens, low, high)), high)
  const read = first
    ? appositiveName(
        tokens,
        context.mentions,
        context.mentions.indexOf(first as ScannedMention),
        high - 1,
      )
    : opening
  // `She turned to Tom Roe, who had questioned her figures the day before:`: a relative clause
  // whose cue has said what it says leaves the colon to the main clause's subject.
  // (So does one about someone the subject turns to: `She then turned to Mr. Abdullahi Roe, who
  // was sitting in the front row:` is what she says to him.)
  const mainSubject =
    read?.antecedent &&
    tokens[read.first]?.lower === 'who' &&
    (saidInClause(tokens, read.end, high - 1) || turnedTo(tokens, read.antecedent.first))
      ? clauseSubject(context.mentions, main, read.antecedent.first)
      : null
  const subject = mainSubject?.role === 'subject' ? mainSubject : read
  // `• Elif Yılmaz, partner at Pryce LLP, which represents investors suing the company:`: a
  // relative clause's `which` is inside the aside; the name that opens the label speaks.
  if (subject && tokens[subject.first]?.lower === 'which' && subject.antecedent) {
    const opener = context.mentions.find((mention) => mention.first >= low)
    const labelled = opener?.kind === 'name' && skipPunctuation(tokens, low, high) === opener.first
    return labelled ? colonMatch(opener) : null
  }
  if (!subject || subject.end > high) return null
  // `Review: ‘Copper Lanterns’ is a quiet triumph`: a rubric opening a headline is no one.
  if (
    subject.end - subject.first === 1 &&
    subject.first === context.frame.first &&
    headingLabels.has((tokens[subject.first] as FrameToken).lower)
  )
    return null
  // `One of them, a retired firefighter, said:`: a stand-in's role set off after it says more
  // of whom it stands for, for a later `the firefighter`.
  const role = standInRole(tokens, subject, high)
  if (role) return colonMatch(role)
  const paper = paperOfPart(tokens, subject, high - 1)
  if (paper) return colonMatch(paper)
  // `The plan never addresses the obvious question:`, `Doe did not say:`: a denied cue right
  // after the subject hands the quote to no one (`Doe did not mince words:` still speaks).
  const verb = skipModifiers(tokens, subject.end, high)
  const question = questionNouns.has(itemAt(tokens, high - 2)?.lower ?? '')
  if ((tokens[verb]?.cue || question) && negated(tokens, verb, low)) return null
  // `Press briefing:`, `Obama rally:`: a name before a noun and the colon only says which
  // event; no one speaks (`Doe on the deal:` and `Doe statement:` still name the speaker).
  const noun = tokens[subject.end]
  if (
    subject.kind === 'name' &&
    subject.end === high - 2 &&
    noun?.word &&
    !noun.capitalized &&
    !noun.cue &&
    !isClosedClass(noun) &&
    !isPastParticiple(noun) &&
    !sShape(noun.lower) &&
    !documentHeads.has(noun.lower)
  )
    return null
  // `… and a slogan on posters in every hallway:`: words a thing bears, named by the phrase
  // that runs to the colon, are no one's.
  if (writingAtColon(tokens, low, high - 1)) return null
  return colonMatch(subject)
}

// The person a `for` phrase opening the sentence names, up to its comma, when the clause after
// it up to the colon at `colon` has for its subject `it`, a demonstrative or a phrase for no one
// (`For Ms. Diallo, it comes down to one thing:`); or null.
function viewHolder(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  low: number,
  colon: number,
): Mention | null {
  const opener = skipPunctuation(tokens, low, colon)
  // (`To Amina Yusuf, the camp is a prison:`: `to` gives whose view as `for` does.)
  const framing = tokens[opener]?.lower
  if (framing !== 'for' && framing !== 'to') return null
  // (A body's name may follow its article: `For the Interior Ministry,`.)
  const start = lowerAt(tokens, opener + 1) === 'the' ? opener + 2 : opener + 1
  const holder =
    mentions.find(
      (mention) =>
        mention.first === opener + 1 ||
        (mention.first === start && mention.kind === 'name' && mention.organization),
    ) ?? objectPronounAt(tokens, opener + 1)
  // (A body named states a view too: `For the Interior Ministry, the priority is clear:`.)
  if (!holder || holder.plural || (holder.organization && holder.kind !== 'name')) return null
  if (holder.kind !== 'name' && holder.kind !== 'pronoun') return null
  if (tokens[holder.end]?.text !== ',') return null
  const after = pastRoleAside(tokens, mentions, holder.end + 1, colon)
  const word = tokens[after]
  if (!word?.word || after >= colon) return null
  const subject = mentions.find((mention) => mention.first === after)
  if (subject) {
    // (`the message is clear`, `the verdict is in`: what was said is no one.)
    const someone =
      subject.kind === 'name' ||
      (subject.kind === 'pronoun' && subject.head !== 'it') ||
      (personNoun(subject.head) && !utteranceNouns.has(subject.head)) ||
      organizationHeads.has(subject.head)
    if (someone) return null
  } else if (!viewSubjects.has(word.lower)) return null
  // (A cue word after an article is a noun: `the message is simple`.)
  for (let at = after; at < colon; at++) {
    const cue = tokens[at]?.cue && !inList(itemAt(tokens, at - 1), WordList.article)
    if (cue || tokens[at]?.quote !== -1) return null
  }
  return holder
}

// `For Raúl Galloway, chief executive of Brightwell Health, the lesson is simple:`: past a role
// for someone set off after a name, from `at` to its closing comma (within `colon`); or `at`.
function pastRoleAside(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  at: number,
  colon: number,
): number {
  // (`For Amina Yusuf, 34, the answer is simple:`: past an age.)
  if (/^\d{1,3}$/u.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === ',') at += 2
  const role = mentions.find((mention) => mention.first === at)
  if (!role || role.kind === 'name' || role.kind === 'pronoun' || !personNoun(role.head)) return at
  for (let index = role.end; index < colon && index < role.end + asideWords; index++) {
    const token = tokens[index] as FrameToken
    if (token.cue || token.quote >= 0) return at
    if (token.text === ',') return index + 1
  }
  return at
}

// Words that open a clause whose subject is no one (`it comes down to`, `the answer is`).
const viewSubjects = new Set(['it', 'this', 'that', 'the', 'a', 'success', 'everything'])

// Past a phrase a preposition opens the sentence with, up to its comma (`At the premiere of The
// Last Tram to Orlovka, Ann Lee kept it short:`), where the clause's subject starts; or `low`.
// Nothing in the phrase is the subject, a name of a work in capitals least of all.
function pastFrontedPhrase(tokens: readonly FrameToken[], low: number, high: number): number {
  const opener = tokens[low]
  if (!opener?.word || !inList(opener, WordList.preposition) || opener.lower === 'as') return low
  for (let at = low + 1; at < high && at <= low + 14; at++) {
    const token = tokens[at] as FrameToken
    if (token.quote >= 0 || token.cue) return low
    if (token.text === ',') return at + 1
  }
  return low
}

// Whether the phrase that runs to the colon at `colon`, from a comma or a conjunction, opens
// with an article and a noun for writing a thing bears (`a slogan on posters`, `a sign above
// the door`), past its modifiers.
function writingAtColon(tokens: readonly FrameToken[], low: number, colon: number): boolean {
  let first = colon - 1
  while (
    first > low &&
    itemAt(tokens, first - 1)?.word &&
    !conjunctions.has(itemAt(tokens, first - 1)?.lower ?? '')
  )
    first--
  // (`… with a poster tagline that has been widely mocked online:`: writing a relative clause
  // runs from.)
  for (let at = first + 1; at < colon; at++) {
    if (
      relativeThat.has(tokens[at]?.lower ?? '') &&
      writingNouns.has(itemAt(tokens, at - 1)?.lower ?? '')
    )
      return true
  }
  if (!inList(tokens[first], WordList.article)) return false
  for (let at = first + 1; at < colon && at <= first + 4; at++) {
    const token = tokens[at] as FrameToken
    if (inList(token, WordList.preposition))
      return writingNouns.has(itemAt(tokens, at - 1)?.lower ?? '')
  }
  return writingNouns.has(itemAt(tokens, colon - 1)?.lower ?? '')
}

const writingNouns: ReadonlySet<string> = new Set([
  ...inscriptionNouns,
  'slogan',
  'slogans',
  'motto',
  'inscription',
  'caption',
  'tagline',
])

// `Pollsters agree — Jane Doe: “…”`: a name set off by a dash right at the colon labels the
// quote, as a transcript's speaker does, whatever the clause before the dash says.
function dashLabel(tokens: readonly FrameToken[], low: number, high: number): RuleMatch | null {
  if (high - 2 < low || itemAt(tokens, high - 1)?.text !== ':') return null
  const label = mentionEndingAt(tokens, high - 2, low)
  const dash = label ? itemAt(tokens, label.first - 1) : undefined
  if (label?.kind !== 'name' || !dash || dash.word || !labelDashes.has(dash.text)) return null
  return colonMatch(label)
}

// The name that opens a label running to the colon at `colon` (`Amara Szabo, apple grower,
// Yakima Valley`, `Tom Reyes, 34, Dayton`), when the parts after it are set off by commas, the
// first opening in lower case or with a number (what the person is, or their age), and none
// has a verb, a cue or a mark: the parts say more of the name; none is anyone. Or null.
function listedLabel(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  low: number,
  colon: number,
): Mention | null {
  const first = skipPunctuation(tokens, low, colon)
  const name = mentions.find((mention) => mention.first >= first)
  if (name?.kind !== 'name' || name.first !== first) return null
  const joint = tokens[name.end]?.text
  if (joint !== ',' && joint !== '(') return null
  const part = tokens[name.end + 1]
  // (`Priya Pemberton, Exeter:`, `Elliot Brennan (27), from York:`: after a name of two words
  // or one a given name makes a person's, a capital says where the person is from.)
  const person =
    name.name.includes(' ') ||
    givenNameGenderOf(name.name.split(' ')[0]?.toLowerCase() ?? '') !== undefined
  if (!part || (part.capitalized && !person) || !(part.word || opensWithDigit(part.text)))
    return null
  let commas = 0
  for (let index = name.end; index < colon; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || token.cue) return null
    if (!token.word) {
      if (token.text === ',') commas++
      else if (!opensWithDigit(token.text) && !labelPunctuation.has(token.text)) return null
      continue
    }
    if (inList(token, WordList.beForm) || inList(token, WordList.auxiliary)) return null
    if (relativeThat.has(token.lower) || token.pronoun) return null
  }
  return commas <= 4 ? name : null
}

// Marks a label's parts may hold besides commas (`Amara Hirsch (27), from York:`).
const labelPunctuation = new Set(['.', '-', '(', ')'])

// A phrase for someone that runs alone from the sentence's first word to the colon at `colon`
// (`A former subeditor`, `One of the study’s reviewers`), or null.
function personLabel(tokens: readonly FrameToken[], low: number, colon: number): Mention | null {
  const first = skipPunctuation(tokens, low, colon)
  if (first >= colon) return null
  const share = shareBefore(tokens, ofBefore(tokens, colon - 1, first), colon)
  if (share) return share.first === first ? share : null
  const phrase = genericEndingAt(tokens, colon - 1, first)
  if (!phrase || phrase.first !== first || phrase.end !== colon) return null
  return personNoun(phrase.head) && !phrase.organization ? phrase : null
}

// `One line in Yamada’s letter stood out:`, `A passage of her memo read:`, `One sentence of the
// report was blunt:`: a part of a paper speaks as the paper does, for its owner, or for whoever
// the text says put the paper out; the part itself is no one. The owner's phrase, or the paper's
// when it has none; or null.
// (The subject read may be the part, or the paper after it: `One sentence of [his letter]`.)
function paperOfPart(
  tokens: readonly FrameToken[],
  subject: Mention,
  colon: number,
): Mention | null {
  const link = textParts.has(subject.head)
    ? subject.end
    : documentHeads.has(subject.head) && textParts.has(lowerAt(tokens, subject.first - 2))
      ? subject.first - 1
      : -1
  if (link < 0 || !partLinks.has(lowerAt(tokens, link))) return null
  for (let noun = link + 1; noun < colon && noun <= link + 5; noun++) {
    const token = tokens[noun] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (!documentHeads.has(token.lower)) continue
    const owner = possessorEndingAt(tokens, noun - 1, link + 1)
    return owner ?? genericEndingAt(tokens, noun, link + 1)
  }
  return null
}

// The owner of a phrase for what someone said or judged that opens the clause at `at` and
// whose copula runs to the colon (`Tehrani’s verdict on the findings was short:`, `Her advice
// to the team was simple:`), or null.
function ownedSaying(
  tokens: readonly FrameToken[],
  at: number,
  colon: number,
  low: number,
): Mention | null {
  at = skipPunctuation(tokens, at, colon)
  let owner: Mention | null = null
  let noun = -1
  for (let index = at; index < colon && index < at + 5 && !owner; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (!possessiveDeterminers.has(token.lower) && !isPossessive(token)) continue
    owner = possessorEndingAt(tokens, index, low, true)
    noun = index + 1
  }
  if (!owner) return null
  // (Past a word that modifies the noun: `her final verdict`.)
  if (!sayingNouns.has(lowerAt(tokens, noun))) noun++
  if (!sayingNouns.has(lowerAt(tokens, noun))) return null
  // (`Amina Yusuf’s biggest fear: “…”`: the noun alone at the colon, as a headline's label.)
  if (noun + 1 === colon) return owner
  // (`His assessment of the latest one:`: or with a phrase a preposition opens, and no verb.)
  const phrase = inList(tokens[noun + 1], WordList.preposition)
  for (let index = noun + 1; index < colon; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue) return null
    if (inList(token, WordList.beForm)) return owner
    if (phrase && (inList(token, WordList.auxiliary) || token.pronoun)) return null
  }
  return phrase ? owner : null
}

// Nouns for what someone said or judged, whose owner's words a colon after them gives.
const sayingNouns = new Set(
  'verdict advice assessment reaction explanation prediction conclusion diagnosis summary motto mantra take words instructions message answer reply response position stance view argument plea retort fear hope wish worry request'.split(
    ' ',
  ),
)

// Nouns for a part of a text, and the words that join it to the text (`a line in`, `a passage
// of`, `an excerpt from`).
const textParts = new Set(
  'line lines passage sentence paragraph section part excerpt extract portion page chapter'.split(
    ' ',
  ),
)
const partLinks = new Set(['in', 'of', 'from'])

// A colon with no cue handing its quote to `mention`.
function colonMatch(mention: Mention): RuleMatch {
  return { mention, cue: -1, rule: 'speaker-colon-quote', method: 'colon', confidence: 0.6 }
}

const labelDashes = new Set(['-', '—', '–', '--'])

/**
 * `“…” on the plan, Doe says` and `“…” to drive up the price, she said, referencing …`: an
 * attribution clause set off by a comma later in the quote's sentence, before any other quote.
 */
export const closingAttribution: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = after(context)
  for (let comma = low; comma < high; comma++) {
    if ((tokens[comma] as FrameToken).text !== ',') continue
    const match = attributionAt(context, comma + 1, high)
    if (!match) continue
    // The clause must close after its cue group (`, Doe said.`, `, she said in a video
    // message, before leaving`), not go on with what was said (`, Doe said the plan was …`).
    if (attributionCloses(tokens, match, high) !== 'content') {
      return changedMatch(match, { rule: 'sentence-final-attribution', confidence: 0.8 })
    }
  }
  return null
}

/**
 * `“…,” Jane Doe went on.`, `“…,” an angry Roe retorted.`, `“…,” the judge ruled.`: after a
 * quote that leaves its sentence open, a speaker (a name or a role) and a short clause attribute
 * it, whatever the verb. Less sure than a known cue.
 */
export const trailingClause: Rule = (context) => {
  const { paragraph } = context
  const tokens = paragraph.tokens
  // `“We have the votes” — Moreau paused — “and we will use them.”`: a clause set off by dashes
  // between two quotes breaks into the words as a comma after them would. (The dash is asked
  // for first: most quotes that leave nothing open have none, and skip the reading of what
  // follows them.)
  const awaits = awaitsAttribution(paragraph.text, paragraph.quotes[context.quote])
  const end = paragraph.quoteTokens[context.quote]?.end ?? -1
  if (!awaits && !labelDashes.has(tokens[end]?.text ?? '')) return null
  const [low, high] = after(context)
  if (!awaits && !dashBeforeNextQuote(tokens, low, high, context.frame.end)) return null
  const start = skipPunctuation(tokens, low, high)
  if (start >= high || start > low + 1) return null
  const inverted = invertedUnknownVerb(tokens, start, high)
  if (inverted) return inverted
  const mention = mentionStartingAt(tokens, start, high)
  if (!mention) return null
  // (`“…,” Tariq Haddad, a rice farmer, remembered.`: who the speaker is may stand between.)
  const at = appositionAfter(tokens, mention.end, high)
  const verb = tokens[at]
  if (!verb?.word || verb.capitalized || verb.quote >= 0 || isClosedClass(verb)) return null
  // `“…,” Jane Doe was told`: a passive reports nothing of the subject's (`was echoing` does).
  if (inList(verb, WordList.beForm) && !tokens[at + 1]?.lower.endsWith('ing')) return null
  // `“…,” she liked to tell visitors`, `Doe loved to remind students`: a verb that takes an
  // infinitive hands the clause on to the cue's own group (its hearer, its adverbials).
  // (So does one that takes a gerund: `“…!” Doe remembered shouting to his family`.)
  const gerund = tokens[at + 1]?.cue === true && tokens[at + 1]?.lower.endsWith('ing')
  const handedCue =
    tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.cue ? at + 2 : gerund ? at + 1 : -1
  if (
    !(handedCue >= 0 && readCueGroup(tokens, handedCue, high).close !== 'content') &&
    !endsClause(tokens, at + 1, high) &&
    !endsShortly(tokens, at + 1, high)
  )
    return null
  return { mention, cue: -1, rule: 'quote-speaker-verb', method: 'explicit', confidence: 0.7 }
}

// Openers of a phrase set off after a name that says who the person is (`, a rice farmer,`,
// `— who lost his crop —`, `, 54,`).
const appositionOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'who', 'whose'])

// Index past a phrase set off by commas or dashes at `at` that says who someone is (`Tariq
// Haddad, a rice farmer, remembered`), or `at` when none is.
function appositionAfter(tokens: readonly FrameToken[], at: number, high: number): number {
  const mark = tokens[at]?.text ?? ''
  if (mark !== ',' && !labelDashes.has(mark)) return at
  const first = tokens[at + 1]
  if (!first || !(appositionOpeners.has(first.lower) || /^\d/u.test(first.text))) return at
  for (let index = at + 2; index < high && index < at + 16; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return at
    if (token.text === mark) return index + 1
  }
  return at
}

// Whether the words a dash opens at `low` close on a dash right before the next quote, at
// `high`, with words between (`” — Moreau paused — “`).
function dashBeforeNextQuote(
  tokens: readonly FrameToken[],
  low: number,
  high: number,
  end: number,
): boolean {
  return high < end && high - low > 2 && labelDashes.has(tokens[high - 1]?.text ?? '')
}

// `“This is fantastic!” beamed Jane Doe.`: a past-tense verb the lexicon does not know, then
// a name or an article phrase that closes the clause, inverts like `said`.
function invertedUnknownVerb(
  tokens: readonly FrameToken[],
  start: number,
  high: number,
): RuleMatch | null {
  const verb = tokens[start] as FrameToken
  if (verb.capitalized || verb.cue || isClosedClass(verb) || !verb.lower.endsWith('ed')) return null
  const mention = mentionStartingAt(tokens, start + 1, high)
  if (!mention || mention.kind === 'pronoun') return null
  if (closeAt(tokens, adverbialsEnd(tokens, mention.end, high), high) === 'content') return null
  return { mention, cue: -1, rule: 'quote-verb-speaker', method: 'explicit', confidence: 0.7 }
}

// How an attribution's clause goes on: after the cue group, or after the speaker when it
// follows its cue (`, said Jane Doe, a lawyer.`).
function attributionCloses(
  tokens: readonly FrameToken[],
  match: RuleMatch,
  high: number,
): CueGroupClose {
  if (match.cue < match.mention.first) {
    return closeAt(tokens, adverbialsEnd(tokens, match.mention.end, high), high)
  }
  return readCueGroup(tokens, match.cue, high).close
}

// Whether an attribution's clause closes after its cue group, or goes on only with a clause of
// time and no report of its own (`… Doe said as protesters gathered outside.`).
function closesAttribution(tokens: readonly FrameToken[], match: RuleMatch, high: number): boolean {
  const at =
    match.cue < match.mention.first
      ? adverbialsEnd(tokens, match.mention.end, high)
      : readCueGroup(tokens, match.cue, high).end
  const close = closeAt(tokens, at, high)
  if (close === 'end') return true
  return (
    close === 'content' && clauseOfTime.has(tokens[at]?.lower ?? '') && endsClause(tokens, at, high)
  )
}

// Whether the clause stops (a comma, a full stop, the sentence's end) within two more words.
function endsShortly(tokens: readonly FrameToken[], from: number, high: number): boolean {
  for (let index = from; index < high && index < from + 3; index++) {
    if (!(tokens[index] as FrameToken).word) return true
  }
  return from + 3 > high
}

const clauseTails = new Set([
  // `“…,” Doe barked and waved him off`, `“…,” Roe shouted as the crowd …`.
  'and',
  'as',
  'with',
  'into',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'via',
  'to',
  'from',
  'while',
  'when',
  'last',
  'this',
  'on',
])

function endsClause(tokens: readonly FrameToken[], from: number, high: number): boolean {
  const next = tokens[from]
  if (from >= high || !next?.word) return true
  if (!clauseTails.has(next.lower) && !/day$/u.test(next.lower)) return false
  for (let index = from; index < high && index < from + 8; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) return true
    if (token.cue || token.lower === 'that') return false
  }
  return from + 8 >= high
}

const bylineDashes = new Set(['―', '—', '–', '-', '--'])

/** `“…” ― Pamela Padilla`: a name after a dash, alone, signs the quote before it. */
export const dashByline: Rule = (context) => {
  const tokens = context.paragraph.tokens
  const [low, high] = after(context)
  const dash = tokens[low]
  if (!dash || dash.word || !bylineDashes.has(dash.text)) return null
  // A name or any phrase for a source (`— a startled bystander`), not a pronoun.
  const mention = mentionStartingAt(tokens, low + 1, high)
  if (!mention || mention.kind === 'pronoun') return null
  // Nothing but punctuation or an aside may follow it; after a quote that ends its sentence,
  // what modifies the phrase may too, to the end of the sentence (`— a member of the team`,
  // `— an official who asked not to be named`), where a dash inside a sentence sets off an
  // apposition (`the “basement dwellers” — a group of engineers who …`).
  const next = tokens[mention.end]
  if (next?.word && !(bylineModifiers.has(next.lower) && signsSentence(context, mention.end)))
    return null
  return { mention, cue: -1, rule: 'quote-dash-name', method: 'explicit', confidence: 0.8 }
}

// Prepositions that open a phrase modifying the noun before them (`of the Sierra Club`).
const phraseStarts = new Set(['of', 'from', 'at', 'with', 'for', 'in', 'on'])

// Words that open what modifies a byline's phrase.
const bylineModifiers = new Set([...phraseStarts, 'who'])

const sentenceEnds = new Set(['.', '?', '!'])

// Whether the quote ends its sentence and no other quote follows in the frame after `from`.
function signsSentence(context: QuoteFrame, from: number): boolean {
  const { paragraph, frame } = context
  const quote = paragraph.quotes[context.quote]
  if (!quote || !sentenceEnds.has(lastQuotedCharacter(paragraph.text, quote))) return false
  for (let index = from; index < frame.end; index++) {
    if ((paragraph.tokens[index] as FrameToken).quote >= 0) return false
  }
  return true
}

/**
 * `"DOE: Well, look, …`: in a transcript, a quote that opens with a speaker's label in
 * capitals and a colon is that speaker's. One label alone (`“VIDEO: …`) is not a transcript.
 */
export const transcriptLabel: Rule = (context) =>
  context.transcript ? labelMention(context.paragraph, context.quote) : null

// The label in capitals that fills `[first, end)` (`DOE`, `MAC GIOLLA`), as a mention;
// `undefined` when the words are no label at all; `null` for a heading in capitals.
function labelBefore(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): Mention | null | undefined {
  // Four words at most, a suffix's stop besides (`LUCÍA GARRIDO MÁRQUEZ SR.:`).
  if (end <= first || end - first > 5) return undefined
  if (end - first === 5 && itemAt(tokens, end - 1)?.text !== '.') return undefined
  for (let index = first; index < end; index++) {
    // `HIROSHI ISHIKAWA SR.:`: a suffix's or an initial's stop belongs to the label.
    const token = tokens[index]
    const stop =
      token?.text === '.' && index > first && itemAt(tokens, index - 1)?.end === token.start
    if (!isLabelWord(token) && !stop) return undefined
  }
  if (tokens[first]?.text === '.') return undefined
  const label = labelOf(tokens, first, end)
  // A dateline or a heading in capitals labels no speaker (`WASHINGTON:`, `UPDATE:`).
  const lower = label.name.toLowerCase()
  return placeNames.has(lower) || headingLabels.has(lower) ? null : label
}

/**
 * The speaker label in capitals that opens a paragraph of transcript in running text
 * (`ADEBAYO: That's fair. … I told my staff, “…”`), or null: its `I` is the label's speaker,
 * not the writer.
 *
 * @param tokens The paragraph's tokens.
 */
export function paragraphLabel(tokens: readonly FrameToken[]): Mention | null {
  for (let colon = 1; colon <= 3 && colon < tokens.length; colon++) {
    if (tokens[colon]?.text !== ':') continue
    const next = tokens[colon + 1]
    return next?.word && next.quote < 0 ? (labelBefore(tokens, 0, colon) ?? null) : null
  }
  return null
}

/** Words in capitals before a colon that head a passage rather than name who speaks. */
export const headingLabels: ReadonlySet<string> = new Set([
  'update',
  'updated',
  'breaking',
  'note',
  'correction',
  'transcript',
  'video',
  'audio',
  'watch',
  'read',
  'quote',
  'warning',
  'photos',
  // Rubrics that open headlines (`Analysis: When the CEO says ‘…’`).
  'analysis',
  'opinion',
  'comment',
  'commentary',
  'editorial',
  'exclusive',
  'explainer',
  'review',
  'live',
  'factbox',
  'timeline',
  'interview',
  'podcast',
  'perspective',
  'essay',
])

/**
 * A speaker label over `[first, end)` (a transcript's `DOE`, an oral history's `DORIS
 * HAWTHORNE`) as a name mention, written as it stands.
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of its first word.
 * @param end Index past its last word.
 */
export function labelOf(tokens: readonly FrameToken[], first: number, end: number): Mention {
  const words = tokens.slice(first, end).filter((token) => token.word)
  const opening = (words[0] as FrameToken).lower
  // `PROSECUTOR:`, `THE WITNESS:`: a role in capitals is the role's phrase, whoever the text
  // says holds it; `JUDGE AL-RASHIDI:` is a title before a name.
  const role = words.length === 1 || (words.length === 2 && opening === 'the')
  const head = (itemAt(words, words.length - 1) as FrameToken).lower
  if (role && (isPeopleNoun(head) || isTitleWord(head))) {
    return { ...bareMention(tokens, first, end, head), kind: 'description', name: `the ${head}` }
  }
  if (words.length > 1 && isTitleWord(opening.replace(/\.$/u, ''))) {
    const title = (words[0] as FrameToken).text
    return {
      ...bareMention(tokens, first, end, head),
      name: textOf(tokens, tokens.indexOf(words[1] as FrameToken), end - 1),
      titles: [title.charAt(0) + title.slice(1).toLowerCase()],
    }
  }
  return bareMention(tokens, first, end, head)
}

// A name mention over `[first, end)`, written as it stands (a suffix's stop kept on its word,
// `HIROSHI ISHIKAWA SR.`), with its head and nothing else known.
function bareMention(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
  head: string,
): Mention {
  return {
    kind: 'name',
    first,
    end,
    name: textOf(tokens, first, end - 1),
    titles: [],
    head,
    organization: false,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

/**
 * The speaker label a quote opens with (`"DOE: …`), as a rule match, or `null`.
 *
 * @param paragraph The paragraph.
 * @param quote Index of the quote in it.
 */
export function labelMention(paragraph: QuotedParagraph, quote: number): RuleMatch | null {
  const tokens = paragraph.tokens
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  if (opening < 0) return null
  // Past the opening mark.
  const first = tokens[opening]?.word ? opening : opening + 1
  let end = first
  while (end < first + 3 && isLabelWord(tokens[end])) end++
  if (end === first || tokens[end]?.text !== ':') return null
  const mention = labelOf(tokens, first, end)
  return { mention, cue: -1, rule: 'transcript-label', method: 'explicit', confidence: 0.85 }
}

/**
 * Whether a token is a word of a speaker label: two letters or more, all capitals (`DOE`,
 * `O’ROE`).
 *
 * @param token The token, if any.
 */
export function isLabelWord(token: FrameToken | undefined): boolean {
  return token?.word === true && labelWord.test(token.text)
}

// Built once, outside the function: the bundler turns a `\p{…}` literal into a `new RegExp`
// call, and compiling a Unicode property takes a lock in ICU that worker threads share, so a
// regex built per call both costs time and keeps two threads from running side by side.
const labelWord = /^\p{Lu}[\p{Lu}’'.-]+$/u

// The colon that closes a headline's topic after `on` (`‘Night Ferries’:`, `the budget:`),
// within a few words and before any cue, or -1.
function topicColon(tokens: readonly FrameToken[], from: number): number {
  for (let at = from; at < tokens.length && at < from + 10; at++) {
    const token = tokens[at] as FrameToken
    if (token.text === ':') return at > from ? at : -1
    if (token.cue || sentenceEnds.has(token.text)) return -1
  }
  return -1
}

// `Surgeon: ‘…’`, `Librarian: ‘…’`: a noun for someone alone before a headline's colon, which no
// scan reads as a mention (a capital at a sentence's start, with no name after it), as the
// phrase for the one person the story gives that noun.
function roleLabel(tokens: readonly FrameToken[], first: number): ScannedMention | null {
  const word = tokens[first]
  if (!word?.word || !word.capitalized || tokens[first + 1]?.text !== ':') return null
  if (isClosedClass(word) || headingLabels.has(word.lower) || !personNoun(word.lower)) return null
  return {
    kind: 'anonymous',
    first,
    end: first + 1,
    name: word.lower,
    titles: [],
    head: word.lower,
    organization: false,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: 'subject',
  }
}

/**
 * `Ríos Rejects Petrenko’s Call, Says ‘Deeply Irresponsible’`: in a headline in title case, a
 * cue in the present set off by a comma right before the quote shares the subject that opens
 * the headline, the name before its first verb (which title case would otherwise run on into).
 */
export const headlineJoinedCue: Rule = (context) => {
  if (!(context.headline || titleCaseLine(context.paragraph)) || !context.paragraph.titleCase)
    return null
  const tokens = context.paragraph.tokens
  const [low, high] = before(context)
  const cue = high - 1
  const token = tokens[cue]
  if (!token?.cue || !token.capitalized || !sShape(token.lower)) return null
  if (itemAt(tokens, cue - 1)?.text !== ',') return null
  for (let verb = low + 1; verb < cue - 1; verb++) {
    const word = tokens[verb] as FrameToken
    if (!word.word || word.quote >= 0) return null
    if (!headlineVerbAt(tokens, verb)) continue
    const name = mentionEndingAt(tokens, verb - 1, low)
    if (name?.kind !== 'name' || name.first !== low || name.organization) return null
    return { mention: name, cue, rule: 'headline-joined-cue', method: 'headline', confidence: 0.7 }
  }
  return null
}

/**
 * `Doe: Peace Talks ‘Very Productive’`: a headline that opens with a name, or a role for one
 * person, and a colon.
 */
export const headlineColon: Rule = (context) => {
  if (!context.headline) return null
  const tokens = context.paragraph.tokens
  const first = context.mentions[0] ?? roleLabel(tokens, context.frame.first)
  if (!first || first.first !== context.frame.first) return null
  // `Polish foreign minister: NATO will …`: a role for one person labels the headline too.
  const role =
    (first.kind === 'description' || first.kind === 'anonymous') &&
    !first.plural &&
    !first.organization &&
    (roleHeads.has(first.head) || first.end - first.first === 1)
  if (first.kind !== 'name' && !role) return null
  if (first.end - first.first === 1 && headingLabels.has((tokens[first.first] as FrameToken).lower))
    return null
  // `Family Remembers Irina Yilmaz: ‘…’`: a headline's clause that title case ran into one name,
  // a verb in `-s` before a given name, labels no one's words; the story says whose they are.
  if (first.kind === 'name' && verbInsideName(tokens, first)) return null
  // `Toor on ‘Night Ferries’: ‘…’`, `Doe on the budget: ‘…’`: what the speaker speaks on may
  // stand before the colon; the quote after the colon is theirs, one in the topic no one's.
  const colon = tokens[first.end]?.lower === 'on' ? topicColon(tokens, first.end + 1) : first.end
  if (tokens[colon]?.text !== ':') return null
  if ((context.paragraph.quoteTokens[context.quote]?.first ?? -1) < colon) return null
  return {
    mention: first,
    cue: -1,
    rule: 'headline-speaker-colon',
    method: 'headline',
    confidence: 0.8,
  }
}

// Whether a name read in title case runs over a verb in `-s` with a name after it (`Family
// Remembers Irina Yilmaz`), as no one's name does: a given name after the verb, or two words
// or more after it when no given name opens the whole (`Carlos Reyes Santos` is a name).
function verbInsideName(tokens: readonly FrameToken[], name: Mention): boolean {
  const opensWithGiven = givenNameGenderOf(tokens[name.first]?.lower ?? '') !== undefined
  for (let at = name.first + 1; at < name.end - 1; at++) {
    const token = tokens[at] as FrameToken
    if (!sShape(token.lower) || givenNameGenderOf(token.lower) !== undefined) continue
    if (givenNameGenderOf(tokens[at + 1]?.lower ?? '') !== undefined) return true
    if (!opensWithGiven && at + 2 < name.end) return true
  }
  return false
}

/**
 * The name an interview's title talks with (`a conversation with Jane Doe`, `an interview with
 * Tom Roe`, `in conversation with …`, `Q&A with …`), from `from` on, or null.
 *
 * @param tokens The paragraph's tokens.
 * @param from Index where the words open.
 * @param end Index past the last.
 */
export function talkedWith(
  tokens: readonly FrameToken[],
  from: number,
  end: number,
): Mention | null {
  let at = from
  if (inList(tokens[at], WordList.article) || tokens[at]?.lower === 'in') at++
  if (!interviewNouns.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'with') return null
  const mention = mentionStartingAt(tokens, at + 2, end)
  return mention?.kind === 'name' && !mention.organization ? mention : null
}

// Nouns for a talk a piece gives in turns.
const interviewNouns = new Set(['interview', 'conversation', 'q&a', 'chat'])

/**
 * `“We quit guarding”: Brannigan rips Owls`: a headline that opens with a quote and a colon is
 * the words of the one its clause is about, when a name opens that clause (modifiers may come
 * first: `Defiant Doe digs in`, `Stingers coach Doe unloads`).
 */
export const headlineQuoteColon: Rule = (context) => {
  // (`‘Deeply Flawed’: Haddad Digs In on Flood Barrier` as a subhead further down, in title
  // case, one line with no stop at its end, is a headline of its own.)
  if (!(context.headline || titleCaseLine(context.paragraph)) || context.order !== 0) return null
  const tokens = context.paragraph.tokens
  const span = context.paragraph.quoteTokens[context.quote]
  // (A dash joins them as a colon does: `‘We will not retreat’ — Doe defiant`.)
  if (
    !span ||
    span.first !== context.frame.first ||
    !headlineJoints.has(tokens[span.end]?.text ?? '')
  )
    return null
  // `‘This is not over’: a conversation with Liesbeth de Vries`: the one the piece talks with.
  const guest = talkedWith(tokens, span.end + 1, context.frame.end)
  if (guest) {
    return {
      mention: guest,
      cue: -1,
      rule: 'headline-quote-colon',
      method: 'headline',
      confidence: 0.7,
    }
  }
  const titleCase = context.paragraph.titleCase
  const found = context.mentions.find((mention) => mention.first > span.end)
  // (`‘We Will Rebuild’: Moreau Rejects Criticism`: in title case a name runs on over the verb.)
  const subject = found && titleCase ? nameBeforeVerb(tokens, found) : found
  // A person: a body in a headline (`Delhi HC grants bail`, `Red Willow ER waits hit a high`)
  // is more often what the story is about than whose words lead it.
  if (subject?.kind !== 'name' || subject.organization || subject.first > span.end + 4) return null
  // A headline's verb is in the present (`rips`, `digs in`): a capital before a noun or a
  // participle (`Drug-affected driver jailed`, `Teen credited`) is no name.
  const verb = tokens[subject.end]
  // `Réka Halász on exile, grief and her new novel`: `on` and its topic stand for the verb;
  // headlines drop `is` before a word for how someone stands (`Doe defiant as talks resume`);
  // and the name may end the headline (`‘We will not retreat’: Gunawardena`).
  // (In title case, where any run of capitals reads as a name, two words at most, or a name
  // a given name opens: `Coastal Towns Weigh Options` is no one.)
  const ends =
    (!titleCase ||
      subject.end - subject.first <= 2 ||
      givenNameGenderOf(tokens[subject.first]?.lower ?? '') !== undefined) &&
    (subject.end >= context.frame.end || (verb !== undefined && !verb.word))
  if (
    !ends &&
    (!verb?.word ||
      (verb.capitalized && !titleCase) ||
      !(sShape(verb.lower) || verb.lower === 'on' || stanceWords.has(verb.lower)))
  )
    return null
  // Only words before the name: a clause of its own (`Driver jailed after Doe …`) is about
  // someone else.
  for (let index = span.end + 1; index < subject.end; index++) {
    const token = tokens[index] as FrameToken
    // (A given name in `-ed` is no past form: `Ahmed`, `Hamed`.)
    const past = token.lower.endsWith('ed') && givenNameGenderOf(token.lower) === undefined
    if (!token.word || token.cue || isClosedClass(token) || past) return null
  }
  return {
    mention: subject,
    cue: -1,
    rule: 'headline-quote-colon',
    method: 'headline',
    confidence: 0.7,
  }
}

// Marks that join a headline's opening quote to whose it is.
const headlineJoints = new Set([':', '—', '–'])

// Words for how someone stands that headlines put right after a name, dropping `is` (`Doe
// defiant as talks resume`, `Roe upbeat on recovery`).
const stanceWords = new Set(
  `defiant upbeat confident adamant unrepentant unapologetic unmoved optimistic cautious firm
furious angry bullish hopeful emotional resolute blunt candid sanguine undaunted`.split(/\s+/u),
)

// Whether a paragraph is one short line in title case that no stop ends: a subhead.
function titleCaseLine(paragraph: QuotedParagraph): boolean {
  if (!paragraph.titleCase || paragraph.frames.length !== 1 || paragraph.tokens.length > 30)
    return false
  const last = paragraph.tokens.at(-1)
  return last !== undefined && (last.word || last.quote >= 0 || !sentenceEnds.has(last.text))
}

// A name of title case cut before the first word after its first that is a headline's verb of
// speaking out (`Moreau` of `Moreau Rejects Criticism`), or the name as it is. (Only such a
// verb: `Coastal Towns Weigh Options` has a plural, no verb, where a name would end.)
function nameBeforeVerb(tokens: readonly FrameToken[], name: Mention): Mention {
  if (name.kind !== 'name') return name
  for (let index = name.first + 1; index < name.end; index++) {
    // (After a particle a word is a surname, whatever its ending: `De los Santos`.)
    const particle = isNameParticle(
      itemAt(tokens, index - 1)?.text ?? '',
      itemAt(tokens, index - 1)?.lower ?? '',
    )
    if (!headlineVerbAt(tokens, index) || particle) continue
    const cut = mentionEndingAt(tokens, index - 1, name.first)
    return cut?.kind === 'name' ? cut : name
  }
  return name
}

// Whether the word at `index` is a headline's verb in title case: a capitalized present in `-s`
// that is a cue or a verb of taking a stand, or has its particle after it (`Haddad Digs In`, `Roe
// Hits Back`).
function headlineVerbAt(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || !token.capitalized || !sShape(token.lower)) return false
  const phrasal = headlineParticles.has(itemAt(tokens, index + 1)?.lower ?? '')
  return token.cue || stanceVerbs.has(token.lower) || phrasal
}

// Particles that make a phrasal verb of a headline's verb before them (`Digs In`, `Hits Back`).
const headlineParticles = new Set(['in', 'back', 'out', 'down', 'up', 'off'])

// Verbs a headline gives someone's stand with, after their quote (`‘…’: Doe Rejects …`).
const stanceVerbs = new Set(
  `rejects defends denies slams blasts vows warns urges insists hits defies dismisses rebuffs
  backs praises criticizes criticises responds answers pledges promises admits concedes`.split(
    /\s+/,
  ),
)

/**
 * An attribution that opens a stretch of tokens: `said Doe`, or the speaker first and then
 * the cue, past an aside (`Scott Pruitt, the attorney general of Oklahoma, said`), a party tag
 * (`Rep. Gwen Moore (D-Wis.) said`) or a short phrase (`Mr. Morgan of the Sierra Club said`).
 */
function attributionAt(context: QuoteFrame, low: number, high: number): RuleMatch | null {
  const tokens = context.paragraph.tokens
  let start = skipPunctuation(tokens, low, high)
  // `“…,” as the memo put it`, `“…,” as Doe said`.
  if (tokens[start]?.lower === 'as') start++
  // `“…,” was how Doe put it`, `“…,” is what Doe said`: the quote is the subject of a copula
  // whose clause reports it.
  else if (
    copulas.has(tokens[start]?.lower ?? '') &&
    reportWords.has(tokens[start + 1]?.lower ?? '')
  )
    start += 2
  if (start >= high) return null
  const first = tokens[start] as FrameToken
  const entry = cueEntryAt(tokens, start)
  if (entry?.inverts && entry.form === 'finite' && isCue(first)) {
    // (`“…,” chimed in Jane Doe`: past a phrasal cue's particle.)
    const found = mentionStartingAt(tokens, cueWordsEnd(tokens, start), high)
    const mention =
      found && (joinedAfterCue(tokens, found, high) ?? renamedAfter(tokens, found, high))
    // (`“…,” state television quoted Doe as saying`, `“…,” point guard Jo Roe said`: a phrase
    // with a cue of its own after it is that cue's subject, read as any other below, and the
    // word before it modifies it.)
    const own = found ? cueEntryAt(tokens, found.end) : undefined
    if (found && own?.form === 'finite' && isCue(tokens[found.end] as FrameToken))
      start = found.first
    else return mention && { mention, cue: start, rule: '', method: 'explicit', confidence: 0.95 }
  }
  let mention = mentionStartingAt(tokens, start, high)
  // `Kiteline Music, the band’s label, said`: an owner is no speaker; its phrase goes on.
  if (!mention || isPossessive(tokens[mention.end - 1] as FrameToken)) return null
  let cue = cueAfter(tokens, mention.end, high)
  // `“…,” Jane Doe and Tom Roe wrote`: people joined before the cue speak together.
  if (cue < 0 && joints.has(tokens[mention.end]?.lower ?? '')) {
    const list = joinedList(tokens, start, high)
    const after = list ? cueAfter(tokens, list.after, high) : -1
    if (list && after >= 0) {
      mention = list.mention
      cue = after
    }
  }
  // `“…” as the main reason`: a cue word that ends an article phrase is its noun, not a cue.
  if (cue >= 0 && cueAsNoun(tokens, cue)) return null
  if (cue >= 0) {
    // `“…,” the agency quoted Ana Ruiz as saying`: the words are the one quoted.
    const quoted = quotedAs(tokens, cue, high)
    if (quoted) {
      return {
        mention: quoted.mention,
        cue: quoted.participle,
        rule: '',
        method: 'explicit',
        confidence: 0.9,
      }
    }
    const named = renamedAfter(tokens, mention, cue)
    return { mention: named, cue, rule: '', method: 'explicit', confidence: 0.95 }
  }
  // `a diplomat briefed on the talks said`, `a spokesperson who declined to be named said`:
  // a postmodifier of words alone may stand between a source phrase and a cue that closes.
  if (mention.kind !== 'anonymous' && mention.kind !== 'description') return null
  const { paragraph, quote } = context
  if (!awaitsAttribution(paragraph.text, paragraph.quotes[quote])) return null
  // (`“…,” the season has had no shortage of labels`: a verb phrase of the phrase's own, not a
  // postmodifier, follows it, and a cue word past it is in its object.)
  if (opensVerbPhrase(tokens[mention.end])) return null
  const late = cueAfterWords(tokens, mention.end, high)
  return late < 0 ? null : { mention, cue: late, rule: '', method: 'explicit', confidence: 0.85 }
}

const copulas = new Set(['is', 'was'])
const reportWords = new Set(['how', 'what', 'all'])

// `said Jane Doe and Tom Roe`, `said the mayor, two aides and a driver`: people joined after
// an inverting cue speak together, when the list ends the clause.
function joinedAfterCue(
  tokens: readonly FrameToken[],
  found: Mention,
  high: number,
): Mention | null {
  if (!joints.has(tokens[found.end]?.lower ?? '')) return null
  const list = joinedList(tokens, found.first, high)
  const next = list ? tokens[list.after] : undefined
  return list && (list.after >= high || next?.text === ',' || next?.text === '.')
    ? list.mention
    : null
}

const joints = new Set(['and', ','])

// `Jane Doe and Tom Roe wrote:`: the last of people joined before a cue stands for all of them.
function joinedBefore(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
  mentions: readonly ScannedMention[],
): Mention {
  if (itemAt(tokens, mention.first - 1)?.lower !== 'and') return mention
  for (const earlier of mentions) {
    // A list of six short parts at most: nothing further back can start it.
    if (earlier.first < Math.max(low, mention.first - 60)) continue
    if (earlier.first >= mention.first || earlier.role === 'object') continue
    // The list opens its clause: `The mayor met Tom Roe and Jane Doe said` joins no one.
    if (earlier.first > low && itemAt(tokens, earlier.first - 1)?.word) continue
    const list = joinedList(tokens, earlier.first, mention.end)
    if (list?.mention.end === mention.end) return list.mention
  }
  return mention
}

/**
 * The name set off after the role a rule found as the speaker (`A spokesman for the governor,
 * Julian Fairclough, called it “false”`): the name, not the role, speaks, wherever the cue is.
 *
 * @param context The quote and its sentence.
 * @param match What a rule found.
 */
export function namedRole(context: QuoteFrame, match: RuleMatch): RuleMatch {
  const { mention, cue } = match
  if (mention.plural || (mention.kind !== 'description' && mention.kind !== 'anonymous')) {
    return match
  }
  // A paper is not the person named after it (`a letter to Acme’s president, Jane Doe`).
  if (documentHeads.has(mention.head)) return match
  const high = cue > mention.end ? cue : context.frame.end
  const tokens = context.paragraph.tokens
  const named = renamedAfter(tokens, mention, high)
  if (named !== mention) return changedMatch(match, { mention: named })
  // `Juan Villanueva, an environmental lawyer, speaking by phone, said`: a role set off right
  // after a name, that a rule read past an aside, is the name's; so is a body its phrase ends
  // on (`Lucía Vargas, the head of the dockworkers' union, speaking …, said`).
  const owner = nameBeforeRole(context, mention, cue)
  if (owner) return changedMatch(match, { mention: owner })
  // `One midwife who has worked there for years, a mother of four, said`: a second phrase set
  // off after the first is said of it; the first is whom the cue reports.
  const first = phraseSetOffBefore(tokens, mention, context.frame.first)
  if (first) return namedRole(context, changedMatch(match, { mention: first }))
  // Nor is a body the person after it.
  if (mention.organization) return match
  const given = nameGivenAfter(tokens, mention, context.frame.end)
  return given ? changedMatch(match, { mention: given }) : match
}

// The name a role phrase is set off after (`Jane Doe, the project's director,`), when the role's
// comma closes it too; or null.
function nameBeforeRole(context: QuoteFrame, role: Mention, cue: number): ScannedMention | null {
  const tokens = context.paragraph.tokens
  // (`“…,” Choi Seung-woo, a nurse at St. Brendan’s Hospital tweeted`: right after the quote, a
  // name and a role set off with no closing comma before the cue are one phrase too.)
  let unclosed = cue >= role.end && cue - role.end <= 8
  for (let at = role.end; unclosed && at < cue; at++) unclosed = tokens[at]?.word === true
  if (tokens[role.end]?.text !== ',' && !titleClosesRole(tokens, role.end, cue) && !unclosed)
    return null
  const name = roleHolderBefore(tokens, context.mentions, role)
  if (unclosed && tokens[role.end]?.text !== ',' && !opensAfterQuote(context, name ?? undefined))
    return null
  return name
}

// The name a role phrase is set off after by a comma (`Jane Doe, a curator`, past an age:
// `Daisuke Fujiwara, 48, a veteran`), or null.
function roleHolderBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  role: Mention,
): ScannedMention | null {
  let comma = role.first - 1
  // Back over the phrase the role ends (`the head of the dockworkers' union`), words only.
  while (comma > role.first - 9 && tokens[comma]?.word) comma--
  if (tokens[comma]?.text !== ',') return null
  if (opensWithDigit(tokens[comma - 1]?.text ?? '') && tokens[comma - 2]?.text === ',') comma -= 2
  const name = mentions.find((mention) => mention.end === comma)
  // `In Drayling, one voter, a pharmacist, said`: a name a preposition governs ends a fronted
  // phrase; the role after its comma opens the clause.
  if (inList(itemAt(tokens, (name?.first ?? 0) - 1), WordList.preposition)) return null
  return name?.kind === 'name' && !name.organization ? name : null
}

// Whether `mention` is the first word after the quote's closing mark and its punctuation.
function opensAfterQuote(context: QuoteFrame, mention: Mention | undefined): boolean {
  const close = context.paragraph.quoteTokens[context.quote]?.end ?? -1
  if (!mention || close < 0) return false
  const tokens = context.paragraph.tokens
  return skipPunctuation(tokens, close, mention.end) === mention.first
}

// `Olena Honchar, the author of the novel “Bread and Weather,” told`: whether the role's phrase
// runs on through `of` or `on` to a title in marks that closes it with a comma inside the marks,
// right before the cue.
function titleClosesRole(tokens: readonly FrameToken[], end: number, cue: number): boolean {
  if (cue < 0 || cue <= end || cue - end > 12) return false
  const close = tokens[cue - 1]
  if (!close || close.word || close.quote < 0 || tokens[cue - 2]?.text !== ',') return false
  const link = tokens[end]?.lower
  if (link !== 'of' && link !== 'on' && link !== 'in') return false
  for (let index = end + 1; index < cue - 2; index++) {
    const token = tokens[index] as FrameToken
    // Words only, outside the marks and in them; the marks themselves.
    if (!token.word && token.quote < 0) return false
  }
  return true
}

// `one woman, who gave only her first name, Aurelia`, `a man who identified himself only as
// Luis`: the name someone gives in a relative clause after the phrase for them.
function nameGivenAfter(
  tokens: readonly FrameToken[],
  mention: Mention,
  high: number,
): Mention | null {
  let at = mention.end
  if (tokens[at]?.text === ',') at++
  if (tokens[at]?.lower !== 'who') return null
  let naming = false
  for (let index = at + 1; index < high && index < at + 14; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return null
    if (token.word && namingWords.has(token.lower)) naming = true
    if (!naming || !token.nameWord) continue
    const joint = itemAt(tokens, index - 1)
    if (joint?.lower !== 'as' && joint?.text !== ',') return null
    const name = mentionStartingAt(tokens, index, high)
    return name?.kind === 'name' && name.first === index && !name.organization ? name : null
  }
  return null
}

// Words by which someone gives a name (`gave her name as`, `identified herself as`).
const namingWords = new Set(['name', 'identified', 'called'])

// `said her lawyer, Tom Roe`, `the victim’s mother, Ann Lee, said`: a name set off by a comma
// right after a role phrase is who speaks (the name, not the role).
function renamedAfter(tokens: readonly FrameToken[], mention: Mention, high: number): Mention {
  if (mention.kind !== 'description' && mention.kind !== 'anonymous') return mention
  // `the prosecutor in the case, Tom Roe`, `Acme’s founder and chief executive, Jane Doe`: past
  // a phrase that modifies the role or a role joined to it.
  let comma = mention.end
  // `the president of Transit Workers Union, Kaveh Karimi`: past the rest of a run of capitals
  // the phrase stopped inside.
  while (comma < high && tokens[comma]?.capitalized && itemAt(tokens, comma - 1)?.capitalized)
    comma++
  if (tokens[comma]?.text !== ',') comma = postmodifierComma(tokens, comma, high)
  if (tokens[comma]?.text !== ',') return mention
  // `Her employer, the Public Broadcasting Network, said`: a body named with its article after
  // a role is who the role is.
  const body = tokens[comma + 1]?.lower === 'the'
  const name = mentionStartingAt(tokens, comma + (body ? 2 : 1), high)
  if (name?.kind !== 'name' || name.first !== comma + (body ? 2 : 1)) return mention
  // `Another company, Orion Trading LLC,`: a body's name renames a phrase for a body, and
  // only a body's does.
  if (mention.organization ? !name.organization : name.organization !== body) return mention
  if (placeNames.has(name.name.toLowerCase())) return mention
  const end = nameTailEnd(tokens, name.end, high)
  if (closesApposition(tokens, end, high)) return name
  // `said his daughter, Adaeze Okafor in a phone interview`: a writer may close the name with
  // the clause's adverbials instead of a comma.
  const past = adverbialsEnd(tokens, end, high)
  return past > end && closesApposition(tokens, past, high) ? name : mention
}

// Whether a name set off after a role closes at `at`: the clause's end, a comma or a stop.
function closesApposition(tokens: readonly FrameToken[], at: number, high: number): boolean {
  const closer = tokens[at]
  return at >= high || closer?.text === ',' || closer?.text === '.'
}

// The first finite cue within ten words of `from`, with nothing but words before it and (when
// `closing`) a clause that closes after it or goes on with a quote, or -1.
function cueAfterWords(
  tokens: readonly FrameToken[],
  from: number,
  high: number,
  closing = true,
): number {
  // `an adviser who was not authorized to speak publicly said`: the cue that closes the
  // clause, past any cue inside the postmodifier. After a relative clause its writer never
  // closed, the first sure cue past the clause's own verb (`who chairs the group said in a
  // statement released Monday`).
  for (let index = from; index < high && index < from + 12; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return -1
    const entry = token.cue ? cueEntryAt(tokens, index) : undefined
    if (entry?.form !== 'finite' || cueAsNoun(tokens, index)) continue
    // A weak cue (`replied`, `recalled`) counts only where its clause closes right after it;
    // after `to` a cue is an infinitive (`declined to comment`).
    if (entry.weak && (!closing || itemAt(tokens, index - 1)?.lower === 'to')) continue
    // The clause closes, or introduces the next part of a split quote.
    if (!closing || readCueGroup(tokens, index, high).close !== 'content') return index
  }
  return -1
}

// Whether a word opens a subject's verb phrase (an auxiliary, a form of `be`, a denial) rather
// than a postmodifier of the subject.
function opensVerbPhrase(token: FrameToken | undefined): boolean {
  return (
    token !== undefined &&
    (inList(token, WordList.auxiliary) || inList(token, WordList.beForm) || isNegation(token))
  )
}

const asideOpeners = new Set([',', '(', '—', '–'])
// How far an aside set off after the subject may run, in tokens: a relative clause further.
const asideReach = 16
const relativeReach = 40
const asideClosers: Readonly<Record<string, string>> = lookupTable({
  ',': ',',
  '(': ')',
  '—': '—',
  '–': '–',
})

// The index of the cue that follows a subject ending before `from`, or -1.
function cueAfter(tokens: readonly FrameToken[], from: number, high: number): number {
  let index = from
  for (let asides = 0; asides < 3 && index < high; asides++) {
    const token = tokens[index] as FrameToken
    const closer = token.word ? undefined : asideClosers[token.text]
    if (closer && asideOpeners.has(token.text)) {
      const relative = closer === ',' && inList(tokens[index + 1], WordList.relativePronoun)
      // A relative clause may run long (`who has been in the job for three years and was once a
      // bus driver herself`): it is one aside whatever its length, up to its closing comma.
      const reach = relative ? relativeReach : asideReach
      let end = index + 1
      while (end < high && end < index + reach && (tokens[end] as FrameToken).text !== closer) end++
      if (end >= high || (tokens[end] as FrameToken).text !== closer) {
        // `Jane Doe, who chairs the group said`: a relative clause its writer never closed ends
        // at the clause's cue, as one never opened does.
        return relative ? cueAfterWords(tokens, index + 3, high, false) : -1
      }
      // A comma that closes one aside may open the next (`Pruitt, the attorney general, one of
      // the officials suing, said`).
      const next = tokens[end + 1] as FrameToken | undefined
      index =
        closer === ',' &&
        next?.word &&
        !next.cue &&
        !verbModifiers.has(next.lower) &&
        !inList(next, WordList.beForm)
          ? end
          : end + 1
      continue
    }
    // `the ambassador to Chile, Jane Doe, said`: a role's `to` opens what it serves.
    const roleTo = token.lower === 'to' && roleHeads.has(itemAt(tokens, index - 1)?.lower ?? '')
    if (token.word && (phraseStarts.has(token.lower) || roleTo)) {
      let end = index + 1
      // `familiar with the talks objected`: a cue word after a determiner is a noun. A name
      // runs as long as it goes (`of the James Martin Center for Nonproliferation Studies`):
      // only words in lower case count.
      let lower = 0
      while (
        end < high &&
        lower < 5 &&
        end < index + 12 &&
        (tokens[end] as FrameToken).word &&
        // A relative clause ends the phrase a preposition opens (`in Iowa who watched`).
        !inList(tokens[end] as FrameToken, WordList.relativePronoun) &&
        (!(tokens[end] as FrameToken).cue ||
          inList(itemAt(tokens, end - 1) as FrameToken, WordList.determiner))
      ) {
        if (!(tokens[end] as FrameToken).capitalized) lower++
        end++
      }
      index = end
      continue
    }
    // `the chief executive of Ashford General Hospital`: a phrase that stopped inside a run of
    // capitals (at a title word, `General`) runs to the run's end.
    if (token.word && token.capitalized && !token.cue && itemAt(tokens, index - 1)?.capitalized) {
      while (index < high && tokens[index]?.word && tokens[index]?.capitalized) index++
      continue
    }
    break
  }
  // `they all said`: a quantifier floated off the subject stands among the adverbs.
  while (
    index < high &&
    (isVerbModifier(tokens[index]) || floatedQuantifiers.has((tokens[index] as FrameToken).lower))
  )
    index++
  // `Doe is quoted as saying`, `Doe could be heard saying`: a passive of report hands the cue to
  // the participle after it (a passive alone, `Doe was told`, reports nothing of Doe's).
  let report = index
  while (report < high && inList(tokens[report], WordList.beForm)) report++
  const reported = tokens[report]?.lower
  const participle =
    reported === 'quoted' && tokens[report + 1]?.lower === 'as' ? report + 2 : report + 1
  if (
    (reported === 'quoted' || reported === 'heard') &&
    participle < high &&
    tokens[participle]?.cue
  ) {
    return participle
  }
  // `Doe was speaking after the vote`: a past or present of `be` before a cue's `-ing` is the
  // cue's (not `has been firing on all cylinders`).
  if (
    progressiveBe.has(tokens[index]?.lower ?? '') &&
    tokens[index + 1]?.cue &&
    cueEntryAt(tokens, index + 1)?.form === 'participle'
  )
    return index + 1
  if (index >= high || !tokens[index]?.cue) return -1
  // `Sanders had answering questions`: an `-ing` cue is a verb only after a form of `be`.
  const ing = cueEntryAt(tokens, index)?.form === 'participle'
  return ing && !inList(itemAt(tokens, index - 1), WordList.beForm) ? -1 : index
}

const progressiveBe = new Set(['was', 'were', 'is', 'are'])

/**
 * `The New York Times reports:` at the end of a paragraph introduces the quote that opens the
 * next one. The speaker is the subject of the last cue, or of the clause when there is none.
 *
 * @param paragraph The paragraph that may end in an introduction.
 * @param frame Its last sentence.
 * @param mentions That sentence's mentions.
 */
export function introduction(
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
): RuleMatch | null {
  const tokens = paragraph.tokens
  if (frame.quotes.length > 0 || itemAt(tokens, frame.end - 1)?.text !== ':') return null
  for (let cue = frame.end - 2; cue >= frame.first; cue--) {
    const token = tokens[cue] as FrameToken
    if (!token.cue) continue
    // `Her sentencing remarks were scathing:`: an owner's speech noun opening the sentence
    // speaks for its owner; so does one whose owner `by`, `of` or `from` names, or that an
    // owner's name holds, anywhere in a sentence with no verb of report (`Among the remarks by
    // Jane Doe on Friday:`, `Highlights of Energy Minister Jane Doe’s remarks:`).
    const owner = ownerOfNoun(tokens, cue, frame) ?? ownerOfRemarks(tokens, cue, frame)
    if (owner) {
      return { mention: owner, cue, rule: 'introduction-colon', method: 'colon', confidence: 0.7 }
    }
    // `spoke at a VFW post:`: a cue's noun in an article's phrase is no verb; the clause's verb
    // or subject says who speaks.
    if (articleNounBefore(tokens, cue)) continue
    const participle = cueEntryAt(tokens, cue)?.form === 'participle'
    const subject = subjectOfCue(tokens, cue, frame.first, mentions, participle)
    if (!subject) return null
    return {
      mention: subject.mention,
      cue,
      rule: 'introduction-colon',
      method: 'colon',
      confidence: 0.8,
    }
  }
  // `His advice to the board:`: with no subject, the owner of the phrase that opens it.
  const subject =
    mentions.find((mention) => mention.role !== 'object') ?? openingOwner(tokens, frame)
  if (!subject) return null
  // `DOE:`, `SHORT READS:`: a sentence that is its phrase alone labels what follows, as a
  // transcript's speaker does, and says nothing of a list of items below it.
  const label =
    subject.first <= skipPunctuation(tokens, frame.first, frame.end) && subject.end >= frame.end - 1
  const rule = label ? 'label-colon' : 'introduction-colon'
  return { mention: subject, cue: -1, rule, method: 'colon', confidence: 0.6 }
}

// Whether the cue word at `index` is the noun of an article's phrase: right after the article
// (`a speech`), or after a modifier or two that are no plural subject (`a VFW post`, `the new
// post`; not `The Democrats say`).
function articleNounBefore(tokens: readonly FrameToken[], index: number): boolean {
  if (cueAsNoun(tokens, index)) return true
  const entry = cueEntryAt(tokens, index)
  if (!entry || entry.base !== tokens[index]?.lower) return false
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue) return false
    if (inList(token, WordList.article)) return at < index - 1
    if (isClosedClass(token) || token.lower.endsWith('s')) return false
  }
  return false
}

// The owner of a speech noun at `cue` when the noun's phrase opens the sentence, with at most
// one modifier between (`Her sentencing remarks`, `Doe’s statement`), or null.
function ownerOfNoun(tokens: readonly FrameToken[], cue: number, frame: Frame): Mention | null {
  const owner = openingOwner(tokens, frame)
  if (!owner || owner.first !== frame.first || cue - owner.end > 1) return null
  for (let at = owner.end; at < cue; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue || isClosedClass(token)) return null
  }
  return owner
}

// The owner of the phrase that opens a sentence (`His advice:`, `Jane Doe’s advice:`), or null.
function openingOwner(tokens: readonly FrameToken[], frame: Frame): Mention | null {
  for (let index = frame.first; index < frame.end && index < frame.first + 4; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) return null
    const owner = possessorEndingAt(tokens, index, frame.first)
    if (owner) return owner
  }
  return null
}

/**
 * `…, Schiff said.` or `Schiff said the talks …`: a sentence of reported speech with no quote.
 * The quote that opens the next sentence is most likely the same speaker's.
 *
 * @param paragraph The paragraph.
 * @param frame A sentence without quotes.
 * @param mentions Its mentions.
 */
export function reportedSpeech(
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
): RuleMatch | null {
  const tokens = paragraph.tokens
  const quoted = holdsWords(paragraph, frame.quotes)
  // `“…,” Doe said, and her husband cut in.`: in a sentence with quotes, only a clause joined
  // after the last of them reports someone to the next sentence; in one without, such a clause
  // reports before the rest (`Doe said, and Roe fired back.`: Roe speaks next).
  const joined = joinedClauseAfter(
    tokens,
    quoted ? (paragraph.quoteTokens[frame.quotes.at(-1) as number]?.end ?? frame.end) : frame.first,
    frame.end,
  )
  const last = joined >= 0 ? reportedFrom(paragraph, frame, mentions, joined) : null
  if (last || quoted) return last
  // `Asked whether Roe would back it, Doe paused.`: the participle opening the sentence reports
  // nothing of its own to the next one.
  const from = participleClauseEnd(tokens, frame.first, frame.end) + 1 || frame.first
  return (
    reportedFrom(paragraph, frame, mentions, from) ??
    reportedSource(tokens, frame) ??
    issuedPaper(paragraph, frame, mentions) ??
    setUp(paragraph, frame, mentions)
  )
}

// `According to Maria Haddad, president of the network, the disease had spread.`: a sentence
// whose source a source phrase names reports that source's words, as a cue would, to the quote
// that opens the next sentence; a paper so named (`according to the filing`) passes on words it
// only carries, and `it` may be anything.
function reportedSource(tokens: readonly FrameToken[], frame: Frame): RuleMatch | null {
  for (let index = frame.first; index + 2 < frame.end; index++) {
    const at = sourcePhraseEnd(tokens, index)
    if (at < 0) continue
    const mention = objectPronounAt(tokens, at) ?? mentionStartingAt(tokens, at, frame.end)
    if (!mention || mention.first !== at || mention.plural) return null
    const someone =
      mention.kind === 'name' ||
      (mention.kind === 'pronoun' && mention.head !== 'it') ||
      ((mention.kind === 'anonymous' || mention.kind === 'description') &&
        (personNoun(mention.head) || organizationHeads.has(mention.head)))
    return someone && !documentHeads.has(mention.head) ? reported(mention, -1, 0.55) : null
  }
  return null
}

// `Magnus Roe published an open letter to the chair on Wednesday.`, `Ana Roe addressed
// shareholders at the annual meeting.`: one who puts out a paper or addresses an audience (see
// `paperIssuer`, `audienceAddresser`) reports the words to the next sentence, as a cue would.
function issuedPaper(
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
): RuleMatch | null {
  const { tokens } = paragraph
  const issuer =
    paperIssuer(tokens, frame.first, frame.end, mentions) ??
    audienceAddresser(tokens, frame.first, frame.end, mentions)
  return issuer ? reported(issuer, -1, 0.55) : null
}

// Words that open a sentence by linking it to the one before (`But`, `Yet`).
const sentenceLinks = new Set(['but', 'yet', 'and', 'still'])

/**
 * `Doe paused.`, `Doe was blunt about her odds.`: a short sentence with no quote and no cue that
 * opens with someone named (or `he`, `she`) sets up the quote that opens the next sentence,
 * the way a cue would.
 *
 * @param paragraph The paragraph.
 * @param frame A sentence without quotes.
 * @param mentions Its mentions.
 */
function setUp(
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
): RuleMatch | null {
  // The subject opens the sentence, or follows a clause set off before it (`Asked about the
  // goal, Park shrugged.`).
  const tokens = paragraph.tokens
  // (`After Capt. Jane Doe finished speaking, Tom Roe stepped to the microphone.`: past a clause
  // a subordinator fronts, whose subject and cue are its own.)
  const fronted = frontedClauseEnd(tokens, frame.first, frame.end)
  const main = skipPunctuation(tokens, fronted, frame.end)
  const found = mentions.find(
    (mention) =>
      mention.first >= fronted &&
      (mention.role === 'subject' || (fronted > frame.first && mention.first === main)),
  )
  // `A pilot who has flown here for years sounded weary.`: the relative pronoun's antecedent.
  let subject =
    found?.antecedent && found.antecedent.first === frame.first ? found.antecedent : found
  // `A nurse sounded weary.`: a phrase that brings someone in, which the sentence's scan keeps
  // only for nouns that name sources, read where it opens the sentence.
  const opening = sentenceLinks.has(tokens[frame.first]?.lower ?? '')
    ? frame.first + 1
    : frame.first
  if (
    (!subject || subject.first > opening) &&
    introducingArticles.has(tokens[opening]?.lower ?? '')
  ) {
    const phrase = mentionStartingAt(tokens, opening, frame.end)
    // (`A longtime customer, Jane Doe, came in.`: a role set off before a name is the name's.)
    const apposed = phrase !== null && tokens[phrase.end]?.text === ','
    if ((phrase?.kind === 'anonymous' || phrase?.kind === 'description') && !apposed)
      subject = phrase
  }
  if (!subject) return null
  // (`A parish priest, a father of three, was less sure.`: a phrase set off after the first is
  // said of it.)
  subject = phraseSetOffBefore(tokens, subject, frame.first) ?? subject
  // (`But Doe was unconvinced.`: a word linking the sentence to the one before opens it first.)
  const linked =
    subject.first === frame.first + 1 && sentenceLinks.has(tokens[frame.first]?.lower ?? '')
  // (`The Foreign Ministry rejected it.`: a body's name is read without its article.)
  const named =
    subject.first === frame.first + 1 &&
    subject.organization &&
    tokens[frame.first]?.lower === 'the'
  if (
    subject.first !== frame.first &&
    itemAt(tokens, subject.first - 1)?.text !== ',' &&
    !linked &&
    !named
  )
    return null
  // `The manager smiled.`: a definite phrase for someone, when it stands for someone the text
  // named (the caller keeps only a speaker it knows); `A pilot who has flown here for years
  // sounded weary.`, `One firefighter paused.`: a phrase that brings someone in by what they
  // do, one person, not a group (not one with an owner for its article).
  const described =
    (subject.kind === 'anonymous' || subject.kind === 'description') &&
    !subject.plural &&
    (tokens[subject.first]?.lower === 'the' ||
      // (An indefinite one opens the sentence: after a comma it is set off beside a name.)
      (introducingArticles.has(tokens[subject.first]?.lower ?? '') &&
        (subject.first === frame.first || linked))) &&
    personNoun(subject.head)
  // `Another shrugged.`: a stand-in for one person that opens the sentence brings one in too.
  const standIn =
    subject.kind === 'anonymous' && subject.first === frame.first && singleShares.has(subject.head)
  if (
    subject.kind !== 'name' &&
    !(subject.kind === 'pronoun' && !subject.plural) &&
    !described &&
    !standIn
  )
    return null
  // A body sets a quote up by its name (`The Foreign Ministry rejected the claim.`); `the
  // government` may stand for much. A body something is done to does not (`The Tidewell Film
  // Awards were handed out on Friday.`).
  if (
    subject.organization &&
    (subject.kind !== 'name' || passiveAuxiliaries.has(tokens[subject.end]?.lower ?? ''))
  )
    return null

  let words = 0
  // (`A pilot who has flown here for years`: a relative clause is part of the phrase for them.)
  const limit = setUpWords + (tokens[subject.end]?.lower === 'who' ? relativeWords : 0)
  // `Doe, his voice breaking, addressed the court.`: an aside set off after the subject says how,
  // and a cue word in it (`breaking`) reports nothing.
  // (`An electrician working on the lines, who declined to give her name,`: past the words that
  // run on from the phrase, with no mark, to an aside.)
  const postmodifier = tokens[subject.end]
  let runs = subject.end
  if (
    subject.kind !== 'pronoun' &&
    postmodifier?.word &&
    (inList(postmodifier, WordList.preposition) ||
      (!postmodifier.capitalized && postmodifier.lower.endsWith('ing')))
  )
    while (runs < frame.end && runs < subject.end + 6 && tokens[runs]?.word && !tokens[runs]?.cue)
      runs++
  const close =
    Math.max(setOffEnd(tokens, subject.end, frame.end), setOffEnd(tokens, runs, frame.end)) - 1
  for (let index = subject.first; index < frame.end; index++) {
    const token = tokens[index] as FrameToken
    const aside = index > subject.end && index < close
    // (`paused before answering`: a cue after `before` is the answer the quote gives.)
    const answer = token.cue && answerLinks.has(itemAt(tokens, index - 1)?.lower ?? '')
    if (token.quote >= 0 || (token.cue && !aside && !answer && !cueAsNoun(tokens, index)))
      return null
    // The aside's words say who or how, not what happened: a long title set off (`the Minister
    // for Youth and Sports, Hon. Jane Doe,`) makes no paragraph of the beat.
    if (token.word && !aside && ++words > limit) return null
  }
  // A word alone (`Pause.`) is a stage direction, not someone.
  if (words < 2) return null
  return {
    mention: subject,
    cue: -1,
    rule: 'set-up-continuation',
    method: 'continuation',
    confidence: 0.5,
  }
}

// Articles that bring someone new in (`A pilot sounded weary.`, `One firefighter paused.`).
const introducingArticles = new Set(['a', 'an', 'one'])

// Words before a cue's participle that make it what the subject does next (`paused before
// answering`).
const answerLinks = new Set(['before'])

// Words a sentence that sets up a quote may have: a beat, not a paragraph of its own.
const setUpWords = 12
// Words more a relative clause after its subject may take.
const relativeWords = 6

// What a sentence's cue at `cue` reports to the next quote: `mention`, as sure as `confidence`.
function reported(mention: Mention, cue: number, confidence: number): RuleMatch {
  return { mention, cue, rule: 'reported-speech-continuation', method: 'continuation', confidence }
}

// The speaker the words of a sentence from `from` on report: the subject of its first cue.
function reportedFrom(
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
  from: number,
): RuleMatch | null {
  const tokens = paragraph.tokens
  for (let cue = from; cue < frame.end; cue++) {
    const token = tokens[cue] as FrameToken
    // `Doe was asked what comes next.`: the subject of a question put to them gives the answer
    // the next sentence quotes; a cue in the passive otherwise reports someone else's words to
    // its subject (`Doe was told …`).
    if (token.cue && inList(itemAt(tokens, cue - 1), WordList.beForm)) {
      if (!askingVerbs.has(cueEntryAt(tokens, cue)?.base ?? '')) continue
      const subject = mentions.find(
        (mention) =>
          mention.role === 'subject' &&
          // (`Doe, the regulator’s chair, was asked`: past the asides set off after the name.)
          (mention.end === cue - 1 || setOffByAsides(tokens, mention.end, cue - 1)) &&
          mention.kind !== 'pronoun',
      )
      if (!subject || subject.plural) continue
      return reported(subject, cue, 0.6)
    }
    // `Doe, one of the investors, was the last to speak.`, `Doe rose to speak.`: an infinitive
    // cue with no one between it and the subject (past an aside) reports the subject.
    if (token.cue && itemAt(tokens, cue - 1)?.lower === 'to') {
      const subject = infinitiveSubject(tokens, mentions, from, cue, frame.end)
      if (subject) return reported(subject, cue, 0.6)
      continue
    }
    // `pressed him on a Navy report showing …`: a cue word used as a noun reports nothing.
    const entry = token.cue && !cueAsNoun(tokens, cue) ? cueEntryAt(tokens, cue) : undefined
    // `Jane Doe backed the plan, saying she would help.`: a participle cue reports the
    // subject of the clause it hangs from, as a finite cue reports its own.
    if (entry?.form === 'participle' && !entry.weak) {
      // Its subject is the clause's by nature: no subject of its own stands before it.
      const subject = subjectOfCue(tokens, cue, from, mentions, true)
      if (!subject) continue
      return reported(subject.mention, cue, 0.6)
    }
    if (entry?.form !== 'finite') continue
    // `Reporters asked Marisol Reyes whether it had failed.`: the one asked a question gives
    // the answer the next sentence quotes.
    const asked = askingVerbs.has(entry.base) ? askedAfter(tokens, mentions, cue) : undefined
    if (asked) return reported(asked, cue, 0.6)
    // `The plan could pass, said Jane Doe, who chairs the committee.`: the speaker after an
    // inverting cue that opens the sentence or follows a comma.
    let subject = subjectOfCue(tokens, cue, from, mentions, false)
    // (`Ana Roe, a curator, known locally as “the General”, said`: a role set off after a name,
    // read as the subject past a second aside, is the name's.)
    const holder =
      subject && subject.mention.kind !== 'name' && tokens[subject.mention.end]?.text === ','
        ? roleHolderBefore(tokens, mentions, subject.mention)
        : null
    if (holder) subject = { mention: holder, fromClause: false }
    // (`Doe, known as “the Lighthouse”, said the report was right`: a subject set off from the
    // cue by asides alone, one holding a name in marks, is no quote the cue comes after.)
    const setOff = subject !== null && setOffByAsides(tokens, subject.mention.end, cue)
    const inverted =
      entry.inverts && !entry.weak && !setOff ? invertedSpeaker(tokens, cue, frame) : null
    if (inverted) {
      return reported(inverted, cue, 0.7)
    }
    // (`A bus driver who has worked the route for 14 years argued`: past a relative clause with
    // a verb of its own, the cue is the main clause's, whose subject is what `who` stands for.)
    const antecedent = subject?.fromClause ? subject.mention.antecedent : undefined
    if (
      subject &&
      antecedent &&
      antecedent.first === frame.first &&
      relativeRunsTo(tokens, subject.mention, cue)
    )
      subject = { mention: antecedent, fromClause: false }
    // (`Ewa Roe, 49, of Nyvik, said …`: a clause's subject set off from the cue by asides alone
    // is the cue's own; so is one a phrase a preposition opens modifies: `An aide to the
    // governor said …`.)
    if (
      !subject ||
      (subject.fromClause &&
        !setOff &&
        !postmodifierTo(tokens, subject.mention.end, cue) &&
        !secondPredicate(tokens, subject.mention, cue))
    )
      continue
    // `Lynch announced the lawsuit on Monday.`: a verb with senses other than speech still
    // reports its subject's words when a name is that subject, less surely; so it does after
    // someone or a source when it closes the sentence (`a senior official disagreed.`, `the
    // conservative tabloid responded.`).
    // (So does a pronoun: `Doe was candid when she spoke to reporters on Wednesday.`)
    // (Or reports what it says after `that`: `A nurse on the picket line conceded that the offer
    // was an insult.`)
    if (
      entry.weak &&
      subject.mention.kind !== 'name' &&
      !(
        (personNoun(subject.mention.head) ||
          // (A personal pronoun, not the `who` of a relative clause.)
          tokens[subject.mention.first]?.pronoun === true) &&
        readCueGroup(tokens, cue, frame.end).close === 'end'
      ) &&
      !(
        tokens[cue + 1]?.lower === 'that' &&
        (personNoun(subject.mention.head) ||
          anonymousHeads.has(subject.mention.head) ||
          tokens[subject.mention.first]?.pronoun === true)
      ) &&
      // (Or a clause with no `that`, after a verb of saying news inverts and someone, not a
      // body: `The victim’s father recalled his son had been celebrating`.)
      !(
        entry.inverts &&
        !subject.mention.organization &&
        clauseWithoutThat(tokens, cue + 1, frame.end) &&
        (personNoun(subject.mention.head) || tokens[subject.mention.first]?.pronoun === true)
      )
    )
      continue
    return reported(subject.mention, cue, entry.weak ? 0.6 : 0.7)
  }
  return null
}

// Whether the cue at `cue` is a second verb of the sentence's subject, joined after its first
// (`Doe shook her head and answered.`, `Doe paused, then answered.`): the subject's own cue.
function secondPredicate(tokens: readonly FrameToken[], subject: Mention, cue: number): boolean {
  if (subject.role !== 'subject') return false
  let at = cue - 1
  if (tokens[at]?.lower === 'then') at--
  const link = tokens[at]
  return link?.lower === 'and' || link?.lower === 'but' || (link?.text === ',' && at < cue - 1)
}

// Whether the relative clause `who` (the mention `relative`) opens runs with no mark straight to
// the cue at `cue`, with a finite verb of its own first (`who has worked the route for years`).
function relativeRunsTo(tokens: readonly FrameToken[], relative: Mention, cue: number): boolean {
  if (tokens[relative.first]?.lower !== 'who' || cue - relative.end > 10) return false
  const verb = tokens[relative.end]
  if (!verb?.word || !(inList(verb, WordList.auxiliary) || isPastForm(verb.lower))) return false
  for (let at = relative.end; at < cue; at++) if (!tokens[at]?.word) return false
  return true
}

// Whether only a phrase a preposition opens stands from `end` to the cue at `cue` (`to the
// governor`, `at the clinic`): words, no verb.
function postmodifierTo(tokens: readonly FrameToken[], end: number, cue: number): boolean {
  const link = tokens[end]
  if (!link?.word || !inList(link, WordList.preposition) || cue - end > 6) return false
  for (let at = end + 1; at < cue; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.cue || isPastForm(token.lower) || inList(token, WordList.auxiliary))
      return false
  }
  return true
}

// Whether a clause opens at `at` with no `that` before it (`recalled his son had been
// celebrating`, `admitted she was tired`): a subject pronoun, or an article or an owner's word
// and at most three words before an auxiliary or a form of `be`.
function clauseWithoutThat(tokens: readonly FrameToken[], at: number, end: number): boolean {
  const first = tokens[at]
  if (!first?.word || first.quote >= 0) return false
  if (first.pronoun)
    return inList(tokens[at + 1], WordList.auxiliary) || inList(tokens[at + 1], WordList.beForm)
  if (!inList(first, WordList.determiner) && !possessiveDeterminers.has(first.lower)) return false
  for (let index = at + 1; index < end && index <= at + 4; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return false
    if (inList(token, WordList.auxiliary) || inList(token, WordList.beForm)) return index > at + 1
  }
  return false
}

// The subject an infinitive cue at `cue` shares, a name or someone a phrase brings in, when no
// one else is named between them (`asked Roe to speak` is Roe's) and no verb but a copula or one
// of rising stands there; null otherwise.
function infinitiveSubject(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  from: number,
  cue: number,
  end: number,
): Mention | null {
  const subject = mentions.find((mention) => mention.role === 'subject' && mention.first >= from)
  if (!subject || subject.first >= cue || subject.plural || subject.kind === 'pronoun') return null
  const past = asideEnd(tokens, subject.end, end, asideReach)
  for (const mention of mentions) {
    if (mention.first >= past && mention.first < cue) return null
  }
  // (`declined to comment`, `was not allowed to speak` say no words came.)
  for (let index = past; index < cue - 1; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return null
    // (`does not like to talk about`: what stands between a subject and its verb stands here
    // too, and so does a verb of habit, as it does before any cue.)
    if (!turnToSpeak.has(token.lower) && !habitVerbs.has(token.lower) && !isVerbModifier(token))
      return null
  }
  return subject
}

// Whether asides set off by commas, one after another, are all that stands from `end` to `cue`.
function setOffByAsides(tokens: readonly FrameToken[], end: number, cue: number): boolean {
  let at = end
  for (let asides = 0; asides < 3; asides++) {
    const past = asideEnd(tokens, at, cue + 1)
    if (past === at) return false
    if (past === cue) return true
    at = past - 1
  }
  return false
}

// Words between a subject and an infinitive cue that give the subject a turn to speak (`was the
// last to`, `rose to`, `stepped forward to`), or say it took it readily (`was quick to`, `was
// happy to`).
const turnToSpeak = new Set(
  `is was the first last next second third only one rose stood stepped got came up forward
  returned went took floor quick eager happy glad keen ready hastened`.split(/\s+/),
)

// Index where a clause joined by a comma and `and` or `but` opens after `from`, or -1.
function joinedClauseAfter(tokens: readonly FrameToken[], from: number, end: number): number {
  for (let index = from; index + 1 < end; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return -1
    if (token.text === ',' && clauseJoiners.has((tokens[index + 1] as FrameToken).lower))
      return index + 2
  }
  return -1
}

const clauseJoiners = new Set(['and', 'but'])

// Words after `call` that make it ask for something rather than say it (`called for`, `called
// on`).
const phrasalCallLinks = new Set(['for', 'on'])

// The speaker right after an inverting cue (`said Jane Doe`) that opens its sentence or follows
// a comma, where nothing before it can be the cue's subject.
function invertedSpeaker(tokens: readonly FrameToken[], cue: number, frame: Frame): Mention | null {
  const before = itemAt(tokens, cue - 1)
  if (cue !== frame.first && before?.text !== ',') return null
  // `Doe, the family's lawyer, argues that …`: a comma that closes an apposition leaves the
  // cue its subject before it.
  if (cue !== frame.first && appositionBefore(tokens, cue - 1, frame.first)) return null
  const after = cueWordsEnd(tokens, cue)
  const next = tokens[after]
  if (!next?.word || next.lower === 'that') return null
  const mention = mentionStartingAt(tokens, after, frame.end)
  return mention && mention.kind !== 'pronoun' ? mention : null
}

// Whether a verb in the past or the present follows a phrase ending at `end`, past an aside
// set off after it (`Olga Petrenko, a retired nurse, remembers`).
function verbPastAside(tokens: readonly FrameToken[], end: number, high: number): boolean {
  const verb = tokens[setOffEnd(tokens, end, high)]
  return (
    verb?.word === true &&
    !verb.capitalized &&
    !isClosedClass(verb) &&
    (verb.cue || isPastForm(verb.lower) || sShape(verb.lower))
  )
}

// Whether the comma at `comma` closes an aside opened by an earlier comma after a name or
// phrase (`Doe, the family's lawyer,`), rather than a clause (`The plan could pass,`).
function appositionBefore(tokens: readonly FrameToken[], comma: number, low: number): boolean {
  let cued = false
  let relative = false
  for (let index = comma - 1; index >= low && index >= comma - clauseAsideReach; index--) {
    const token = tokens[index] as FrameToken
    if (token.text === ',') {
      // (`Emre Rostami (54), a cattle rancher,`: a bracket may close an aside of its own there.)
      const prior = itemAt(tokens, index - 1) as FrameToken
      if (index <= low || !(prior.word || prior.text === ')')) return false
      // `If the vote fails, the plan could pass,`: a clause fronted by a subordinator closes
      // at that comma; the words after it are the main clause, not an aside.
      if (subordinators.has((tokens[low] as FrameToken).lower)) return false
      // `The mayor, who spoke at a rally,`, `Doe, speaking to reporters,`: an aside that is a
      // clause of its own may hold a cue, and run longer, and is still set off after the
      // subject; so is a clause that opens on a relative pronoun or a participle.
      const opener = (tokens[index + 1] as FrameToken).lower
      if (relativeOpeners.has(opener) || regularParticiple(opener)) return true
      // `Teerapong Kongsuk, a kayaker who has organized the cleanup for ten years,`: so is a
      // role with a relative clause of its own.
      if (relative && inList(tokens[index + 1], WordList.article)) return true
      return !cued && comma - index <= asideWords
    }
    if (!token.word) return false
    if (token.cue) cued = true
    if (relativeOpeners.has(token.lower)) relative = true
  }
  return false
}

// Words an aside of a role or a phrase takes (`, the family's lawyer,`), and words one that is a
// clause takes (`, who spoke on condition of anonymity because the talks were private,`).
const asideWords = 10
const clauseAsideReach = 16

/**
 * `“We will win.” Jane Doe said.` or `Jane Doe chimed in.`: a sentence that is an attribution
 * and nothing more, a speaker and a cue group (or an inverting cue and a speaker) whose clause
 * closes. It attributes the quote that ends the sentence before it, when no cue did.
 *
 * @param paragraph The paragraph.
 * @param frame A sentence without quotes.
 * @param mentions Its mentions.
 */
export function attributionSentence(
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
): RuleMatch | null {
  if (holdsWords(paragraph, frame.quotes)) return null
  const tokens = paragraph.tokens
  let start = skipPunctuation(tokens, frame.first, frame.end)
  // `So said Jane Doe.`: `so` before an inverted cue stands for the quote, as after one.
  if (tokens[start]?.lower === 'so' && tokens[start + 1]?.cue) start++
  // `That was how Jane Doe summed up the night.`, `That is what Doe told reporters.`: the
  // demonstrative is the quote, so the clause after `how` or `what` attributes it, whatever
  // object its cue goes on to take.
  const opened = cleftEnd(tokens, start, frame.end)
  const cleft = opened > start
  start = opened
  // `The words came from Tamar Shapiro, speaking at a packed meeting.`: the words are the quote.
  const source = wordsCameFrom(tokens, start, frame.end)
  if (source) {
    // The verb that links them (`came`, `posed`), or the speaker's own cue (`Doe said it
    // twice`); none after `with`.
    const cue =
      source.first === start
        ? cueAfter(tokens, source.end, frame.end)
        : tokens[start]?.lower === 'with'
          ? -1
          : source.first - 2
    return {
      mention: source,
      cue,
      rule: 'attribution-sentence',
      method: 'explicit',
      confidence: 0.8,
    }
  }
  const first = tokens[start]
  if (!first) return null
  const entry = first.cue ? cueEntryAt(tokens, start) : undefined
  let match: RuleMatch | null = null
  if (entry?.inverts && entry.form === 'finite') {
    const read = mentionStartingAt(tokens, cueWordsEnd(tokens, start), frame.end)
    if (read && read.kind !== 'pronoun') {
      const mention = nameSetOffAfter(tokens, read, frame.end)
      match = { mention, cue: start, rule: '', method: 'explicit', confidence: 0.8 }
    }
  } else {
    // The phrase reader, not the sentence's scanned names: `The retired schoolteacher says.`
    const mention =
      mentionStartingAt(tokens, start, frame.end) ??
      mentions.find((candidate) => candidate.first === start) ??
      null
    let cue = mention ? cueAfter(tokens, mention.end, frame.end) : -1
    // `The official who asked not to be named said.`: past a source phrase's postmodifier, as
    // after a comma. A verb right after the phrase is its own (`The company did not disclose
    // financial terms.`, `The vote followed three hours of public comment.`): no postmodifier
    // stands between them, so no later cue is the phrase's.
    if (
      mention &&
      cue < 0 &&
      (mention.kind === 'anonymous' || mention.kind === 'description') &&
      !opensVerbPhrase(tokens[mention.end]) &&
      !verbAfterPhrase(tokens, mention.end, frame.end)
    )
      cue = cueAfterWords(tokens, mention.end, frame.end)
    // (`Thaís Teixeira, the town's clerk, was speaking after the vote.`: a cue's `-ing` after a
    // form of `be` is as finite.)
    const form = cue >= 0 ? cueEntryAt(tokens, cue)?.form : undefined
    if (
      mention &&
      (form === 'finite' ||
        (form === 'participle' && inList(itemAt(tokens, cue - 1), WordList.beForm)))
    ) {
      match = { mention, cue, rule: '', method: 'explicit', confidence: 0.8 }
    }
    // `That is how Olga Petrenko, a retired nurse, remembers the moment.`: after `how` or `what`
    // the demonstrative is the quote, whatever the verb its subject goes on with.
    if (
      !match &&
      cleft &&
      mention &&
      mention.kind !== 'pronoun' &&
      verbPastAside(tokens, mention.end, frame.end)
    )
      match = { mention, cue: -1, rule: '', method: 'explicit', confidence: 0.75 }
    // `“If we lose it, then…” Doe began.`: after words broken off that end the sentence before.
    if (
      !match &&
      mention &&
      mention.kind !== 'pronoun' &&
      start === frame.first &&
      followsBrokenOff(paragraph, frame)
    ) {
      const began = beganAfter(tokens, mention, frame.end)
      if (began >= 0)
        return {
          mention,
          cue: began,
          rule: 'attribution-sentence',
          method: 'explicit',
          confidence: 0.75,
        }
    }
  }
  if (!match || (!cleft && !closesAttribution(tokens, match, frame.end))) return null
  // `The hosts’ union has called for an inquiry.`: `call for` and `call on` ask for something;
  // the clause says what, and attributes no quote.
  if (
    cueEntryAt(tokens, match.cue)?.base === 'call' &&
    phrasalCallLinks.has(lowerAt(tokens, match.cue + 1))
  )
    return null
  // `The critics did not agree on what happened.`: a cue denied attributes nothing.
  if (negated(tokens, match.cue, frame.first)) return null
  // `The investigation is continuing.`: a verb with senses other than speech says nothing of a
  // phrase for what is neither someone, nor a body, nor a paper.
  const { mention } = match
  if (
    cueEntryAt(tokens, match.cue)?.weak &&
    mention.kind !== 'name' &&
    mention.kind !== 'pronoun' &&
    !personNoun(mention.head) &&
    !anonymousHeads.has(mention.head) &&
    !organizationHeads.has(mention.head) &&
    !documentHeads.has(mention.head)
  )
    return null
  return changedMatch(match, { rule: 'attribution-sentence' })
}

/**
 * Whose words a sentence that points back at them names: the words (`The words`, `That`, `The
 * question`) linked to a speaker by a copula and `of` or `from` (`That was the verdict of Jane
 * Doe`, `That was the message on Tuesday from Jane Doe`), by `came from` or `belonged to`
 * (`The words belonged to Jane Doe`), by a participle and `by` set off after them (`The
 * question, posed by Jane Doe, hung over the talks`), by `with` and the words before their
 * speaker's clause (`With that blunt assessment, Jane Doe opened the session`), or as the
 * object of their speaker's cue (`Jane Doe said those words to the Courier`, `Jane Doe said it
 * twice`). Null when the sentence opens otherwise.
 *
 * @param tokens The paragraph's tokens.
 * @param start First word of the sentence.
 * @param end Index past the sentence.
 */
export function wordsCameFrom(
  tokens: readonly FrameToken[],
  start: number,
  end: number,
): Mention | null {
  const first = tokens[start]?.lower ?? ''
  // `That was the verdict of Jane Doe`, `Such was the warning from the mayor`: the
  // demonstrative is the quote, and the copula says whose words it was.
  if (
    (demonstratives.has(first) || first === 'such') &&
    inList(tokens[start + 1], WordList.beForm)
  ) {
    let noun = start + 2
    if (inList(tokens[noun], WordList.article)) noun++
    // (`the blunt verdict of`: a word that only says what sort of verdict.)
    if (
      !pointingNouns.has(tokens[noun]?.lower ?? '') &&
      tokens[noun]?.word &&
      !tokens[noun]?.capitalized
    )
      noun++
    if (!pointingNouns.has(tokens[noun]?.lower ?? '')) return null
    const link = linkAfter(tokens, noun + 1, end)
    return link >= 0 ? speakerOpeningAt(tokens, link + 1, end) : chooserAfter(tokens, noun + 1, end)
  }
  // `The speaker was Jane Doe, a retired teacher, and the crowd rose`: a noun for the one who
  // spoke, linked to a name by a copula, names the words' speaker.
  if (
    articles.has(first) &&
    speakingNouns.has(tokens[start + 1]?.text ?? '') &&
    inList(tokens[start + 2], WordList.beForm)
  )
    return speakerOpeningAt(tokens, start + 3, end)
  // `It was Jane Doe, a nurse, who asked it`: a cleft on the speaker, whose relative clause
  // has a verb of speaking or of posing words.
  if (first === 'it' && inList(tokens[start + 1], WordList.beForm)) {
    const speaker = speakerOpeningAt(tokens, start + 2, end)
    const who = speaker ? setOffEnd(tokens, speaker.end, end) : -1
    const verb = tokens[who + 1]
    if (!speaker || tokens[who]?.lower !== 'who' || !verb?.word) return null
    return verb.cue || bySpeakingParticiples.has(verb.lower) ? speaker : null
  }
  // `With that blunt assessment, Jane Doe opened …`: the words, fronted by `with`, go with the
  // clause after them, whose subject said them.
  if (first === 'with') return speakerAfterWith(tokens, start + 1, end)
  const words = wordsPhraseEnd(tokens, start, end)
  if (words < 0) return speakerCueingWords(tokens, start, end)
  const noun = words - 1
  // `The words were those of Ritu Malhotra.`: whose words, by a copula and `those of`.
  if (
    inList(tokens[words], WordList.beForm) &&
    demonstratives.has(tokens[words + 1]?.lower ?? '') &&
    tokens[words + 2]?.lower === 'of'
  ) {
    return speakerOpeningAt(tokens, words + 3, end)
  }
  // `The sentence is Murat Yılmaz’s, from his memoir`: whose words, by a copula and an owner
  // standing alone.
  if (inList(tokens[words], WordList.beForm)) {
    let at = words + 1
    while (at < end && at <= words + 5 && tokens[at]?.word && !tokens[at]?.possessive) at++
    const owner = tokens[at]?.possessive ? possessorEndingAt(tokens, at, words + 1) : null
    if (owner?.kind === 'name' && owner.first === words + 1 && !tokens[at + 1]?.word) return owner
  }
  // `The words, from Anouk de Wit, who chairs the committee, drew a long silence`: whose they
  // are, set off after them with `from`.
  if (tokens[words]?.text === ',' && tokens[words + 1]?.lower === 'from') {
    return speakerOpeningAt(tokens, words + 2, end)
  }
  // `The question, posed by Xu Lihua, China’s trade minister, …`: an agent set off after them.
  if (tokens[words]?.text === ',' && bySpeakingParticiples.has(tokens[words + 1]?.lower ?? '')) {
    return tokens[words + 2]?.lower === 'by' ? speakerOpeningAt(tokens, words + 3, end) : null
  }
  const verb = tokens[noun + 1]?.lower ?? ''
  const link = tokens[noun + 2]?.lower
  if ((comingVerbs.has(verb) && link === 'from') || (belongingVerbs.has(verb) && link === 'to'))
    return speakerOpeningAt(tokens, noun + 3, end)
  return null
}

// Nouns for words said that a sentence may point back at a quote with (`the question`).
const pointingNouns: ReadonlySet<string> = new Set([
  ...utteranceNouns,
  'question',
  'questions',
  'statement',
  'sentence',
  'line',
  'promise',
  'vow',
  // (Words written: `The post, written by Jane Doe, …`.)
  'post',
  'tweet',
  'email',
])

// `Those were the words Thomas Avery chose to open his remarks`, `… the message that the mayor
// gave`: the subject of a relative clause on the words, before its verb in the past, said
// them.
function chooserAfter(tokens: readonly FrameToken[], from: number, end: number): Mention | null {
  const at = lowerAt(tokens, from) === 'that' ? from + 1 : from
  const speaker = speakerOpeningAt(tokens, at, end)
  // (Past an aside set off after the name: `the question Ana Roe, a biologist, put to …`.)
  let verbAt = speaker ? setOffEnd(tokens, speaker.end, end) : -1
  // (A name set off after a role closes its aside before the verb: `the party’s chief
  // negotiator, Hans-Peter von Ahlen, chose …`.)
  if (speaker && tokens[speaker.first - 1]?.text === ',' && tokens[verbAt]?.text === ',') verbAt++
  const verb = tokens[verbAt]
  if (!verb?.word || verb.capitalized) return null
  // (`put`, `cast`: a past the same as its participle, among the verbs that pose words.)
  if (!(verb.cue || isPastForm(verb.lower) || bySpeakingParticiples.has(verb.lower))) return null
  return speaker
}

// Nouns in lower case for the one who spoke the words (`The speaker was Jane Doe`).
const speakingNouns = new Set(['speaker', 'voice', 'writer', 'author'])

// Verbs that say whose words were whose (`belonged to`).
const belongingVerbs = new Set(['belonged', 'belongs', 'belong'])

// Participles that name words' speaker with `by` (`posed by`, `spoken by`).
const bySpeakingParticiples = new Set([
  'posed',
  'put',
  'asked',
  'raised',
  'spoken',
  'uttered',
  'voiced',
  'delivered',
  'offered',
  // (Words written: `The message, posted by Jane Doe at 9 p.m., was shared …`.)
  'posted',
  'written',
  'tweeted',
  'sent',
])

// Index past a phrase for the words that opens at `start` (`The words`, `Those remarks`, `That
// blunt question`), or -1.
function wordsPhraseEnd(tokens: readonly FrameToken[], start: number, end: number): number {
  const first = tokens[start]?.lower ?? ''
  if (!articles.has(first) && !demonstratives.has(first)) {
    return pointingNouns.has(first) ? start + 1 : -1
  }
  for (let noun = start + 1; noun < end && noun <= start + 2; noun++) {
    const token = tokens[noun]
    if (!token?.word || token.capitalized) return -1
    if (pointingNouns.has(token.lower)) return noun + 1
  }
  return -1
}

// `from` or `of` after the words' noun, past a few words of when and where (`the message on
// Tuesday from`), or -1.
function linkAfter(tokens: readonly FrameToken[], from: number, end: number): number {
  for (let at = from; at < end && at <= from + 4; at++) {
    const token = tokens[at]
    if (!token?.word) return -1
    if (token.lower === 'of' || token.lower === 'from') return at
  }
  return -1
}

// `With that blunt assessment, Jane Doe opened the session`: the words after `with`, a comma,
// then the clause's subject, who said them.
function speakerAfterWith(
  tokens: readonly FrameToken[],
  from: number,
  end: number,
): Mention | null {
  if (!demonstratives.has(tokens[from]?.lower ?? '')) return null
  const words = wordsPhraseEnd(tokens, from, end)
  if (words < 0 || tokens[words]?.text !== ',') return null
  const speaker = speakerOpeningAt(tokens, words + 1, end)
  // (The subject's own verb follows it: not `With that remark, the meeting ended`, a thing.)
  return speaker && (speaker.kind === 'name' || speaker.kind === 'description') ? speaker : null
}

// `Jane Doe said those words to the Courier`, `Jane Doe said it twice`: a speaker whose cue takes
// the words as its object, a phrase for them or a pronoun that no verb of its own follows (not
// `Jane Doe said it would rain`).
function speakerCueingWords(
  tokens: readonly FrameToken[],
  start: number,
  end: number,
): Mention | null {
  const speaker = speakerOpeningAt(tokens, start, end)
  if (!speaker) return null
  // `Sen. Jane Doe (D-Ore.) made the claim in a radio interview`: a verb of making words takes
  // a noun for them, after a word that points.
  let made = setOffEnd(tokens, speaker.end, end)
  if (tokens[made]?.lower === 'has' || tokens[made]?.lower === 'had') made++
  if (
    makingVerbs.has(tokens[made]?.lower ?? '') &&
    pointers.has(tokens[made + 1]?.lower ?? '') &&
    madeNouns.has(tokens[made + 2]?.lower ?? '')
  )
    return speaker
  // (`Jane Doe, 62, owner of a shop on Fairview Avenue, said those words`: past the asides set
  // off after the name.)
  const cue = cueAfter(tokens, speaker.end, end)
  const entry = cue >= 0 ? cueEntryAt(tokens, cue) : undefined
  if (!entry || entry.form === 'participle') return null
  const object = cueWordsEnd(tokens, cue)
  const pointer = tokens[object]?.lower ?? ''
  // (`repeated the sentence`, `said those words`: a noun for the words said.)
  if (pointer === 'those' || pointer === 'these' || pointer === 'the') {
    return saidNouns.has(tokens[object + 1]?.lower ?? '') ? speaker : null
  }
  if (pointer !== 'it' && pointer !== 'that' && pointer !== 'this') return null
  if (thatOpensFrontedClause(tokens, object)) return null
  const next = tokens[object + 1]
  const closes =
    !next?.word ||
    inList(next, WordList.preposition) ||
    objectAdverbs.has(next.lower) ||
    isAdverb(next)
  return closes ? speaker : null
}

// Verbs of making a claim or a remark, and the words that point at the quote before them.
const makingVerbs = new Set(['made', 'makes', 'make'])
const pointers = new Set(['the', 'that', 'this', 'those', 'these'])

// Nouns for words someone makes (`made the claim`, `made those remarks`).
const madeNouns = new Set([
  'claim',
  'claims',
  'statement',
  'remark',
  'remarks',
  'comment',
  'comments',
  'promise',
  'pledge',
  'vow',
  'assertion',
  'prediction',
  'accusation',
  'allegation',
  'boast',
  'threat',
  'joke',
  'admission',
  'confession',
  'observation',
])

// Nouns for words said, as the object of the cue that said them.
const saidNouns = new Set(['words', 'sentence', 'line', 'phrase'])

// Adverbs of how often or how a thing was said, after its object (`said it twice`).
const objectAdverbs = new Set(['twice', 'once', 'again', 'quietly', 'often', 'repeatedly'])

// The phrase for someone that opens at `at`, no pronoun, or the name set off after it.
function speakerOpeningAt(tokens: readonly FrameToken[], at: number, end: number): Mention | null {
  const mention = mentionStartingAt(tokens, at, end)
  return mention?.first === at && mention.kind !== 'pronoun'
    ? nameSetOffAfter(tokens, mention, end)
    : null
}

// `That was the verdict of the club’s captain, Ebele Chukwuma.`, `So says the trust’s manager,
// Meenal Dwivedi.`: a name set off after a phrase for someone, closing the sentence or its own
// aside, holds the role and is who speaks.
function nameSetOffAfter(tokens: readonly FrameToken[], mention: Mention, end: number): Mention {
  if (mention.kind === 'name' || mention.plural) return mention
  // (`the firm’s head of product, Jane Doe`: past what the role is of, in lower case.)
  let comma = mention.end
  if (tokens[comma]?.lower === 'of') {
    comma++
    while (comma < mention.end + 4 && tokens[comma]?.word && !tokens[comma]?.capitalized) comma++
  }
  if (tokens[comma]?.text !== ',') return mention
  const name = mentionStartingAt(tokens, comma + 1, end)
  if (name?.kind !== 'name' || name.organization || name.first !== comma + 1) return mention
  const closer = tokens[name.end]
  return name.end >= end || !closer?.word ? name : mention
}

/**
 * Whether a sentence attributes words it points back at: `So said …`, a cleft (`That was how
 * … put it`), `The words came from …`, or a cue followed by `so` or `as much`.
 *
 * @param tokens The paragraph's tokens.
 * @param start First word of the sentence.
 * @param end Index past the sentence.
 */
export function pointsBack(tokens: readonly FrameToken[], start: number, end: number): boolean {
  if (tokens[start]?.lower === 'so' && tokens[start + 1]?.cue) return true
  if (cleftEnd(tokens, start, end) > start || wordsCameFrom(tokens, start, end)) return true
  for (let index = start; index < end - 1; index++) {
    if (!tokens[index]?.cue) continue
    const next = tokens[index + 1]?.lower
    if (next === 'so' || (next === 'as' && tokens[index + 2]?.lower === 'much')) return true
  }
  return false
}

/**
 * Whether a sentence with no cue points back at the quote before it: a cleft (`That is how …`)
 * or a phrase for the words linked to their speaker (`The words came from …`).
 *
 * @param tokens The paragraph's tokens.
 * @param start First word of the sentence.
 * @param end Index past the sentence.
 */
export function pointsBackWithoutCue(
  tokens: readonly FrameToken[],
  start: number,
  end: number,
): boolean {
  return cleftEnd(tokens, start, end) > start || wordsCameFrom(tokens, start, end) !== null
}

// Index past a cleft's opening that points back at a quote (`That was how`, `This is what`,
// `That was all`, `That's what`), or `from` when the sentence opens otherwise.
function cleftEnd(tokens: readonly FrameToken[], from: number, high: number): number {
  const first = tokens[from]?.lower ?? ''
  let index = from + 1
  // `That's what`: the verb joined to the demonstrative.
  if (!contractedDemonstratives.has(first)) {
    if (!demonstratives.has(first) || !inList(tokens[index], WordList.beForm)) return from
    index++
  }
  return index < high && reportWords.has(tokens[index]?.lower ?? '') ? index + 1 : from
}

const demonstratives = new Set(['that', 'this', 'those', 'these'])
const contractedDemonstratives = new Set(["that's", 'that’s'])

/**
 * Whether any of the quotes is someone's words rather than a title (`titleOfWork`): a sentence
 * or a paragraph whose only quotes are titles has no quote of its own (`Doe said the film
 * “Jaws” changed her life.` reports Doe as a sentence without quotes does).
 *
 * @param paragraph The paragraph.
 * @param quotes Indexes of quotes in it.
 */
export function holdsWords(paragraph: QuotedParagraph, quotes: readonly number[]): boolean {
  return quotes.some((quote) => !titleOfWork(paragraph, quote))
}

/**
 * Whether a quote is the title of a work, nobody's words: it stands right after a noun for a
 * work, or set off after one by a comma (`the film “Jaws”`, `his memoir “A Quiet Year”`, `her
 * book, “Winning Big,”`, `an ad titled “Scam”`) and its words are in title case.
 *
 * @param paragraph The paragraph.
 * @param quote Index of the quote in it.
 */
export function titleOfWork(paragraph: QuotedParagraph, quote: number): boolean {
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  // `banners reading “This Is Our Home” and “We Live Here.”`, `the films “Jaws” and
  // “Alien”`: one joined right after such a quote is of its kind.
  const joinedTo = listedAfter(paragraph, quote)
  if (joinedTo >= 0 && titleOfWork(paragraph, joinedTo)) return true
  let before = itemAt(paragraph.tokens, opening - 1)
  // `her book, “Winning Big,”`: a title set off by a comma renames the work, past its maker
  // (`A small oil painting by Kenechukwu Obi, “Evening, Low Tide,”`).
  if (before?.text === ',') {
    const work = workBefore(paragraph.tokens, opening - 2)
    if (work >= 0) before = paragraph.tokens[work]
  }
  // `“A House of Small Rooms”, a play about the strike, opens`: a title in capitals that a noun
  // for a work renames after it, wherever it stands.
  if (renamedAsWork(paragraph, quote)) return true
  // `The study carries a stark title: “Missed Connections.”`, `its nickname: “the Wall”`: a
  // colon after a noun for a title or a name gives it, in capitals (`Rovers clinch title: ‘We
  // deserved it’` is a team's words).
  if (before?.text === ':') {
    const noun = itemAt(paragraph.tokens, opening - 2)
    return (
      noun?.word === true &&
      (titleNouns.has(noun.lower) || nameNouns.has(noun.lower)) &&
      (titleWordsAfter(paragraph.tokens, opening) || capitalsAfter(paragraph.tokens, opening))
    )
  }
  if (!before?.word) return false
  // `The critic called “A Loud Life” “an ordinary life, done carefully”`: of two quotes a verb
  // of calling takes back to back, the first in title case is the thing called, by its name.
  const closing = paragraph.quoteTokens[quote]?.end ?? -1
  const next = paragraph.tokens[closing]
  if (
    callForms.has(before.lower) &&
    next !== undefined &&
    next.quote >= 0 &&
    next.quote !== paragraph.tokens[opening]?.quote &&
    titleWordsAfter(paragraph.tokens, opening)
  )
    return true
  if (wordAsWord(paragraph, quote, opening) || nickname(paragraph, quote, opening)) return true
  if (lawTitle(paragraph, opening) || nameBeforeNoun(paragraph, quote, opening)) return true
  // `the latest round of so-called “efficiency savings”`: a term set apart as what others call
  // something, by no speaker in the sentence.
  if (before.lower === 'so-called' && paragraph.quotes[quote]?.depth === 0) return true
  if (knownAs(paragraph.tokens, opening)) return true
  // `Kiwa Community Radio’s “The Breakfast Show”`: a name in title case owned by a broadcaster
  // or a paper is one of its shows or columns.
  if (
    isPossessive(before) &&
    broadcastOwners.has(before.bare) &&
    titleWordsAfter(paragraph.tokens, opening)
  )
    return true
  // `Mourners sang “Lead Us Home”`: a song in title case right after a verb of singing it is
  // its title (a line sung in lower case, or a chant, is still someone's words).
  if (performingForms.has(before.lower) && titleWordsAfter(paragraph.tokens, opening)) return true
  // `she wrote “Small Hours” in a single afternoon`, `he directed “Velvet Static”`: so is a work
  // in title case right after a verb of making it, with no stop or comma inside its marks
  // (`wrote “We Will Win.”` may be the words written). In a relative clause that says who
  // someone is by what they made (`said Daniel Roe, who wrote “The Quiet River.”`), a stop
  // there closes the sentence, not the words.
  const quoted = paragraph.quotes[quote]
  if (
    quoted &&
    makingForms.has(before.lower) &&
    titleWordsAfter(paragraph.tokens, opening) &&
    (!/[.,!?;:]/u.test(lastQuotedCharacter(paragraph.text, quoted)) ||
      itemAt(paragraph.tokens, opening - 2)?.lower === 'who')
  )
    return true
  // `I must have read “What the Tide Left” a dozen times`, `she rewatched “Jaws”`: so is a work
  // right after a verb of reading or watching it, done by someone (`the sign read “Keep Out”`
  // is the sign's words).
  if (readingVerb(paragraph.tokens, opening - 1) && titleWordsAfter(paragraph.tokens, opening))
    return true
  if (shownWords(paragraph.tokens, opening)) return true
  if (crowdCry(paragraph.tokens, opening)) return true
  if (programmeAfterOn(paragraph.tokens, opening)) return true
  // `a book called “Fire”`: a work named by a participle.
  // (So is a paper: `A council paper called “Fit for the Next Decade” sets out …`.)
  // (`the club’s training ground, nicknamed the “Bowl”,`: past an article, and the comma that
  // sets the participle off.)
  const participle = before.lower === 'the' ? itemAt(paragraph.tokens, opening - 2) : before
  let thing = participle === before ? opening - 2 : opening - 3
  if (itemAt(paragraph.tokens, thing)?.text === ',') thing--
  const named =
    participle !== undefined &&
    namingParticiples.has(participle.lower) &&
    (workNouns.has(itemAt(paragraph.tokens, thing)?.bare ?? '') ||
      documentHeads.has(itemAt(paragraph.tokens, thing)?.bare ?? '') ||
      itemAt(paragraph.tokens, thing)?.bare === 'paper' ||
      thingBefore(paragraph.tokens, thing))
  const noun =
    workNouns.has(before.bare) ||
    // `whose report “A City Out of Breath”`: a paper's title, in capitals, right after it.
    documentHeads.has(before.bare) ||
    titledPapers.has(before.bare) ||
    named ||
    // `the author of “The Hidden Epidemic”`, `a studio version of “Glass Harbor”`
    // (`Doe said of “Midnight Ferry,” which she began in 2016`: what a cue's `of` is about.)
    (before.lower === 'of' &&
      (makerNouns.has(itemAt(paragraph.tokens, opening - 2)?.lower ?? '') ||
        renditionNouns.has(itemAt(paragraph.tokens, opening - 2)?.bare ?? '') ||
        sayingOf(paragraph.tokens, opening - 2))) ||
    // `nominated for best supporting performance for “The Salt Light,”`, `her role in “Medea”`:
    // what a part or a prize is for or in.
    ((before.lower === 'for' || before.lower === 'in') &&
      creditNouns.has(itemAt(paragraph.tokens, opening - 2)?.lower ?? '')) ||
    // `a florist who appeared in “We Never Left”`: what someone appeared or starred in.
    (before.lower === 'in' &&
      appearingVerbs.has(itemAt(paragraph.tokens, opening - 2)?.lower ?? '')) ||
    // `a surveillance program, code-named “Night Orchard,”`: a code name names anything.
    before.lower === 'code-named' ||
    before.lower === 'codenamed' ||
    // (`an op-ed headlined “The Case for a Smaller Budget,”`: a piece's headline too.)
    ((before.lower === 'titled' || before.lower === 'entitled' || before.lower === 'headlined') &&
      opening >= 2)
  if (!noun) return false
  // (`In a blog post titled “Five myths about smart meters,”`: a participle of titling names a
  // title, whatever its case, that no stop ends: `a piece entitled “Sanders’s ideas are not too
  // bold. They are too facile.”` gives the paper's words.)
  const titled = paragraph.quotes[quote]
  if (
    titlingParticiples.has(before.lower) &&
    opening >= 2 &&
    titled !== undefined &&
    !/[.!?]/u.test(paragraph.text.slice(titled.start, titled.end))
  )
    return true
  // (In a headline in title case every word is capitalized, and a quote's case shows nothing:
  // `Reddy Says Parking Plan ‘A Slap in the Face’` is his words.)
  if (paragraph.titleCase) return false
  const found = paragraph.quotes[quote]
  return found !== undefined && titleCased(paragraph.text.slice(found.start, found.end))
}

// Participles that give a title after them (`an op-ed titled “…”`).
const titlingParticiples = new Set(['titled', 'entitled', 'headlined'])

// Whether the word at `verb` is a finite `say`, `write` or `speak`, whose `of` says what the
// words were about (`said of`, `wrote of`), unlike a noun for a crowd's cry (`chants of “Ted!
// Ted!”`), whose `of` gives the words.
function sayingOf(tokens: readonly FrameToken[], verb: number): boolean {
  const entry = cueEntryAt(tokens, verb)
  return entry?.form === 'finite' && aboutBases.has(entry.base)
}

const aboutBases = new Set(['say', 'write', 'speak'])

// Index of the noun for a work that ends at `index`, or past `by` and its maker's name (`a
// painting by Kenechukwu Obi`); -1 when none does.
function workBefore(tokens: readonly FrameToken[], index: number): number {
  if (workOrPaper(itemAt(tokens, index))) return index
  let at = index
  while (at > 0 && index - at < 5 && nameToken(tokens[at])) at--
  if (at === index || tokens[at]?.lower !== 'by') return -1
  return workOrPaper(itemAt(tokens, at - 1)) ? at - 1 : -1
}

// Whether a word is a noun for a work or a paper with a title, which a title renames (`the
// report, “Empty Nets,”`); not one that says words (`wants to tweet, “No.”`).
function workOrPaper(token: FrameToken | undefined): boolean {
  return workNouns.has(token?.bare ?? '') || titledPapers.has(token?.bare ?? '')
}

// Nouns for papers published under a title.
const titledPapers = new Set(
  'report study review survey audit analysis assessment paper plan strategy document proposal blueprint roadmap manifesto framework'.split(
    ' ',
  ),
)

// Whether a token reads in a name: capitalized, a name word, or a particle (`de`, `al-Mansouri`).
function nameToken(token: FrameToken | undefined): boolean {
  return (
    token?.word === true &&
    (token.capitalized || token.nameWord || isNameParticle(token.text, token.lower))
  )
}

// Whether a noun for a work, set off by a comma right after the quote (`, a play about …`,
// `, her new documentary,`), renames a quote in title case.
function renamedAsWork(paragraph: QuotedParagraph, quote: number): boolean {
  const tokens = paragraph.tokens
  const close = paragraph.quoteTokens[quote]?.end ?? -1
  // The comma may stand inside the marks (`“The Salt Orchard,” a documentary`).
  let at = tokens[close]?.text === ',' ? close + 1 : close
  const found = paragraph.quotes[quote]
  const words = found ? paragraph.text.slice(found.start, found.end).trim() : ''
  // (`“Futures on Hold” is the third report on the subject`: a copula renames it too.)
  const copula = at === close && workCopulas.has(tokens[at]?.lower ?? '')
  if (copula) at++
  else if (at === close && !words.endsWith(',')) return false
  const article = tokens[at]?.lower ?? ''
  if (!articles.has(article) && !possessiveDeterminers.has(article)) return false
  // (`In “Trust in the Cloud,” a report released on Wednesday, the bank said`: a paper too, for a
  // quote a preposition takes; one that opens its clause may be what the paper says: `“We will
  // appeal,” a statement said`.)
  const opening = paragraph.quoteTokens[quote]?.first ?? 0
  const taken = inList(itemAt(tokens, opening - 1), WordList.preposition)
  for (at++; at < close + 6 && tokens[at]?.word; at++) {
    const noun = (tokens[at] as FrameToken).bare
    if (workNouns.has(noun) || ((taken || copula) && documentHeads.has(noun)))
      return titleCased(words.replace(/[,.]$/u, ''))
  }
  return false
}

const workCopulas = new Set(['is', 'was', 'remains', 'became'])

// Words for a part played or a prize won, before the work it is for or in.
const creditNouns = new Set([
  'performance',
  'role',
  'part',
  'award',
  'prize',
  'nomination',
  'nominated',
  'oscar',
  'emmy',
  'grammy',
  'starring',
])

// Participles that name what they follow.
const namingParticiples = new Set([
  'called',
  'named',
  'dubbed',
  'nicknamed',
  'codenamed',
  'code-named',
])

// `a loan program called “First Keys”`, `the new app called`: whether the word at `index` heads
// an article's phrase for a thing, what a participle after it names (after a phrase for
// someone, `a man called`, the words may still be what someone called them).
function thingBefore(tokens: readonly FrameToken[], index: number): boolean {
  const noun = tokens[index]
  if (!noun?.word || noun.capitalized || isClosedClass(noun) || personNoun(noun.bare)) return false
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word) return false
    // (An article opening the sentence is capitalized: `A camera mode called “Dusk Mode”`.)
    if (inList(token, WordList.article)) return true
    if (token.capitalized || isClosedClass(token) || token.cue) return false
  }
  return false
}

// Whether a token is a common noun a participle may follow (`campaign`, `trawler`), not a
// pronoun, a name or a word of a closed class.
function nounBeforeParticiple(token: FrameToken | undefined): boolean {
  return token?.word === true && !token.capitalized && !token.pronoun && !isClosedClass(token)
}

// Whether the article's phrase ending at `end` is set off by a comma right after a name
// (`Tobias Kowalski, the man`).
function apposedAfterName(tokens: readonly FrameToken[], end: number): boolean {
  for (let at = end - 1; at >= 0 && at >= end - 3; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word) return false
    if (inList(token, WordList.article))
      return itemAt(tokens, at - 1)?.text === ',' && itemAt(tokens, at - 2)?.nameWord === true
  }
  return false
}

// Whether an auxiliary follows the quote opening at `opening`, past a comma inside or after its
// marks: the verb of the phrase before it. (Not a form of `be`, whose clause may go on about
// words someone gave that name: real copy changed where it was allowed.)
function auxiliaryAfterQuote(tokens: readonly FrameToken[], opening: number): boolean {
  let after = opening
  while (tokens[after]?.quote === tokens[opening]?.quote) after++
  if (tokens[after]?.text === ',') after++
  return inList(tokens[after], WordList.auxiliary)
}

// Whether the words of a quote opening at `opening` are capitalized, as a name's are (`the
// Wall`, `Lightning`).
function capitalsAfter(tokens: readonly FrameToken[], opening: number): boolean {
  let capitals = 0
  for (
    let index = opening + 1;
    index < tokens.length && tokens[index]?.quote === tokens[opening]?.quote;
    index++
  ) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.capitalized) {
      if (token.capitalized) capitals++
      continue
    }
    // (`the Lion of the Valley`: a title's short link words, past a capital, may be in lower
    // case.)
    if (token.lower !== 'the' && !(capitals > 0 && titleLinks.has(token.lower))) return false
  }
  return true
}

// `said on “Face the Voters” on Monday`, `Appearing on Channel 7’s “The Ballot Box,”`, `Asked by
// Jo Roe on “Capitol Week”`: a name in title case after `on` (past a broadcaster that owns it),
// where someone speaks, appears or is named, is the programme they were on.
function programmeAfterOn(tokens: readonly FrameToken[], opening: number): boolean {
  let on = opening - 1
  if (itemAt(tokens, on)?.possessive) {
    while (on > 0 && on >= opening - 5 && itemAt(tokens, on)?.lower !== 'on') {
      const token = itemAt(tokens, on)
      if (!token?.word || !(token.capitalized || opensWithDigit(token.text))) return false
      on--
    }
  }
  if (itemAt(tokens, on)?.lower !== 'on' || !titleWordsAfter(tokens, opening)) return false
  const before = itemAt(tokens, on - 1)
  return (
    before?.word === true &&
    (before.cue || guestVerbs.has(before.lower) || (before.capitalized && before.nameWord))
  )
}

// Words for being on a programme (`appearing on`, `was a guest on`).
const guestVerbs = new Set(['appearing', 'appeared', 'appears', 'appear', 'guest', 'interview'])

/**
 * Whether the words of a quote opening at `opening` are in title case: the first capitalized,
 * and the rest too but the short link words of titles (`Festival of the Thousand Flowers`).
 *
 * @param tokens The paragraph's tokens.
 * @param opening Index of the quote's opening mark.
 */
export function titleWordsAfter(tokens: readonly FrameToken[], opening: number): boolean {
  let first = true
  for (
    let index = opening + 1;
    index < tokens.length && tokens[index]?.quote === tokens[opening]?.quote;
    index++
  ) {
    const token = tokens[index] as FrameToken
    if (!token.word) continue
    if (!token.capitalized && (first || !titleLinks.has(token.lower))) return false
    first = false
  }
  return !first
}

const callForms = new Set([
  'call',
  'calls',
  'called',
  'dub',
  'dubbed',
  'nickname',
  'nicknamed',
  'named',
  'names',
])

// The last words of the names of broadcasters and papers, whose shows and columns have titles.
const broadcastOwners = new Set([
  'radio',
  'television',
  'tv',
  'channel',
  'network',
  'broadcasting',
  'news',
  'times',
  'post',
  'journal',
  'gazette',
  'herald',
  'magazine',
])

// Forms of singing, before a song's title. (Not `played`: a clip of someone's words is played
// as often as a song.)
const performingForms = new Set(['sang', 'sing', 'sings', 'singing', 'sung'])
// Past forms of verbs of making a work.
const makingForms = new Set([
  'wrote',
  'co-wrote',
  'penned',
  'composed',
  'recorded',
  'directed',
  'painted',
  'published',
  'released',
  'choreographed',
  'curated',
  'produced',
  'designed',
])

// Whether the word at `at` is a verb of reading or watching a work: one of the forms only a
// reader or a viewer has (`reread`, `watched`), or `read` after a person's pronoun or an
// auxiliary (`I read`, `must have read`), which a sign or a paper that reads out words lacks.
function readingVerb(tokens: readonly FrameToken[], at: number): boolean {
  const verb = itemAt(tokens, at)
  if (!verb?.word) return false
  if (viewingForms.has(verb.lower)) return true
  if (verb.lower !== 'read') return false
  const before = itemAt(tokens, at - 1)?.lower ?? ''
  return readers.has(before)
}

const viewingForms = new Set([
  'reread',
  're-read',
  'rereading',
  'reading',
  'watched',
  'rewatched',
  'watching',
  'watch',
])
const readers = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'have', 'had', 'has', 'never'])

// Pronouns for a thing a name is given to (`called it`).
const namedObjects = new Set(['it', 'them', 'this'])

// Nouns for the words a work is known by (not `headline`: a headline may quote someone).
const titleNouns = new Set(['title', 'titled', 'subtitle'])

// Nouns for a name someone or something goes by.
const nameNouns = new Set([
  'nickname',
  'moniker',
  'sobriquet',
  'alias',
  'pseudonym',
  'codename',
  'name',
  'handle',
])

// `the author of “The Hidden Epidemic”`: nouns for who made a work, before its title.
const makerNouns = new Set([
  'author',
  'authors',
  'director',
  'creator',
  'writer',
  'composer',
  'host',
])

// `a studio version of “Glass Harbor”`, `a staging of “Medea”`: nouns for a work made of
// another, or for its coming out, before its title.
const renditionNouns = new Set([
  'version',
  'recording',
  'cover',
  'remix',
  'performance',
  'rendition',
  'screening',
  'production',
  'staging',
  'revival',
  'adaptation',
  'translation',
  'edition',
  'copy',
  'remake',
  'reissue',
  // (And the events that bring one out: `at the launch of “Dry Seasons”`, `the premiere of`.)
  'launch',
  'premiere',
  'publication',
  'unveiling',
])

// `Jane Doe, known to fans as “the Wall”,`, `Jane Doe, better known as “Lightning”,`, `Jane
// Doe, nicknamed “the Professor”,`: a name set off after a name is what someone goes by,
// nobody's words (a thing `known as “…”` may carry someone's term).
function knownAs(tokens: readonly FrameToken[], opening: number): boolean {
  if (termPeopleUse(tokens, opening)) return true
  let at = opening - 1
  // (`The gang called itself the “Long Mile”`: past an article.)
  if (tokens[at]?.lower === 'the' && reflexives.has(itemAt(tokens, at - 1)?.lower ?? '')) at--
  // `The hacking group calls itself “Night Owl”`: a name in capitals someone gives themselves.
  if (
    reflexives.has(tokens[at]?.lower ?? '') &&
    callForms.has(itemAt(tokens, at - 1)?.lower ?? '') &&
    capitalsAfter(tokens, opening)
  )
    return true
  // `We called it ‘Project Phoenix’`: what someone calls a thing, a name in capitals, is no one's
  // words (`called it “a disaster”` is a characterization).
  if (
    namedObjects.has(tokens[at]?.lower ?? '') &&
    callForms.has(itemAt(tokens, at - 1)?.lower ?? '') &&
    titleWordsAfter(tokens, opening)
  )
    return true
  if (nicknameAmongMany(tokens, at, opening)) return true
  // `Managers use a scoring system called “acuity points”`: a thing a participle names, in any
  // case, goes by the words in marks; no one in the sentence is said to have said them.
  // (`The plan was called “reckless” by critics` is a passive whose agent holds the words.)
  if (
    namingParticiples.has(tokens[at]?.lower ?? '') &&
    !inList(itemAt(tokens, at - 1), WordList.beForm) &&
    thingBefore(tokens, at - 1)
  )
    return true
  // `A campaign called “Ready for Winter” had urged …`, `A trawler called the “Northern Star”
  // was impounded`: a name in capitals that a verb of the phrase before it follows was given by
  // a participle, whatever the phrase names (a campaign, a group, a boat).
  // (`The campaign, called “Shot of Hope,” will run`: the participle may be set off by a comma.)
  const named = tokens[at]?.lower === 'the' ? at - 1 : at
  const setOff = itemAt(tokens, named - 1)?.text === ','
  const noun = setOff ? named - 2 : named - 1
  if (
    namingParticiples.has(tokens[named]?.lower ?? '') &&
    !inList(itemAt(tokens, named - 1), WordList.beForm) &&
    // (A noun's participle: `what he called “Radical Islam” is` has a subject for its verb.)
    nounBeforeParticiple(itemAt(tokens, noun)) &&
    titleWordsAfter(tokens, opening) &&
    // (`Tobias Kowalski, the man dubbed the “Midnight Burglar,” was arrested`: a phrase set off
    // after a name is no subject, whatever verb follows the name it gives.)
    (auxiliaryAfterQuote(tokens, opening) || apposedAfterName(tokens, noun))
  )
    return true
  // `earned the nickname “the Wall”`, `under the alias “Kestrel”`, `her pen name “…”`: a noun
  // for a name, after an article or an owner, right before the name it gives.
  if (
    nameNouns.has(tokens[at]?.lower ?? '') &&
    (articles.has(itemAt(tokens, at - 1)?.lower ?? '') ||
      possessiveDeterminers.has(itemAt(tokens, at - 1)?.lower ?? '') ||
      itemAt(tokens, at - 1)?.lower === 'pen')
  )
    return true
  // `Jane Doe, a curator, nicknamed “the Professor”,`: a participle that only names, set off
  // right before the name it gives, by a comma or a dash (`Mitt Romney, called “our No. 1 foe”`
  // may be the name's verb, and `she is nicknamed “…”` in someone's story may carry their
  // words).
  if (tokens[at]?.lower === 'nicknamed' && asideOpeners.has(itemAt(tokens, at - 1)?.text ?? ''))
    return true
  // `Nyberg, whom supporters call “Lightning”,`: what people call someone, a name in capitals
  // (`Clinton, whom he called “the most divisive figure”,` is his characterization).
  if (callForms.has(tokens[at]?.lower ?? '')) {
    for (let index = at - 1; index >= 0 && index >= at - 4; index--) {
      const token = tokens[index] as FrameToken
      if (!token.word || token.pronoun || token.nameWord) return false
      if (token.lower === 'whom')
        return itemAt(tokens, index - 1)?.text === ',' && capitalsAfter(tokens, opening)
    }
    return false
  }
  // `known as the “Pelagon Charter,”`: an article before a name in title case.
  if (
    tokens[at]?.lower === 'the' &&
    itemAt(tokens, at - 1)?.lower === 'as' &&
    titleWordsAfter(tokens, opening)
  )
    at--
  if (tokens[at]?.lower === 'as') {
    // `whose supporters know her as “Iron Lung”`: what people know someone as, in capitals, is a
    // name they go by.
    if (
      personObjects.has(itemAt(tokens, at - 1)?.lower ?? '') &&
      knowingForms.has(itemAt(tokens, at - 2)?.lower ?? '') &&
      capitalsAfter(tokens, opening)
    )
      return true
    at--
    // (`known to everyone in Lake Tamsin as`: who knows them, and where, in between.)
    while (at >= opening - 8 && tokens[at]?.word && !asParticiples.has(tokens[at]?.lower ?? ''))
      at--
    if (!asParticiples.has(tokens[at]?.lower ?? '')) return false
    // (`Her son remembered him as “unflappable”`: a verb whose object stands before `as` says
    // what its subject thinks of someone; what something is known as has no object.)
    const object = tokens[at + 1]?.lower ?? ''
    if (personObjects.has(object) || articles.has(object) || possessiveDeterminers.has(object))
      return false
    // `a stretch of Mill Street known locally as “the Bowl”`, `1987, remembered in the valley as
    // ‘the Dust Year’`: a short name in marks for what the phrase before it is, whatever that is.
    // (A longer one in title case is a name too: `its festival, known as “Festival of the
    // Thousand Flowers,”`.)
    // (`known to listeners as “the Voice of the Valley”`: an article may open it inside.)
    const named =
      titleWordsAfter(tokens, opening) ||
      (tokens[opening + 1]?.lower === 'the' && titleWordsAfter(tokens, opening + 1))
    if (wordsInQuote(tokens, opening) <= 4 || named) return true
    at--
    // (`, widely known as`, `, better known as`: past the words of how widely.)
    while (at > opening - 8 && asAdverb(tokens[at])) at--
  } else {
    return false
  }
  return tokens[at]?.text === ',' && itemAt(tokens, at - 1)?.nameWord === true
}

// `Customers have called him “Mister Fix-It” for years`, `Friends call her “the Night Owl”`,
// `Locals call the tower “the Wedge”`, `the block they call “the Cheese Grater”`: a name in
// capitals that people at large (a plural for people, `everyone`, `they`) give someone or
// something is a nickname, no one's words; one speaker's name for someone (`Doe called Roe
// “Little Marco”`) is that speaker's wording. `at` is the token before the quote, past an
// article.
function nicknameAmongMany(tokens: readonly FrameToken[], at: number, opening: number): boolean {
  if (!capitalsAfter(tokens, opening)) return false
  // What the verb names stands after it (`call her`, `call the old tower`), or, in a relative
  // clause, before its subject (`the block they call`).
  const verb = personObjects.has(tokens[at]?.lower ?? '')
    ? at - 1
    : objectPhraseStart(tokens, at) - 1
  if (callForms.has(itemAt(tokens, verb)?.lower ?? ''))
    return manySubjectOf(tokens, verb, false) >= 0
  if (!callForms.has(tokens[at]?.lower ?? '')) return false
  const subject = manySubjectOf(tokens, at, true)
  if (subject < 0) return false
  // (The relative's noun, for a thing or someone: `the block they call`, `the man that
  // residents call`.)
  const that = relativeThat.has(itemAt(tokens, subject - 1)?.lower ?? '')
  const noun = itemAt(tokens, that ? subject - 2 : subject - 1)
  return noun?.word === true && noun.quote < 0 && !isClosedClass(noun)
}

// `what the industry calls the “quiet period”`, `the years some called the “dead season”`: a
// term in any case that people at large or a trade use for a thing, after `what` or a noun a
// relative clause names, is no one's words; so is one a body of people or a trade gives after
// `what`, though not one a person the text names does (`what Doe calls “fake news”`).
function termPeopleUse(tokens: readonly FrameToken[], opening: number): boolean {
  // (The article may stand inside the marks or before them.)
  const inside = tokens[opening + 1]?.lower === 'the'
  let verb = opening - 1
  if (tokens[verb]?.lower === 'the') verb--
  if (!callForms.has(tokens[verb]?.lower ?? '')) return false
  // After `what`: its clause's subject, an article's phrase for no one the text names or a
  // plural for people (`what economists call`). (Not `what we call`, `what some call`, `what
  // her party calls`, which news writes inside the words it reports.)
  for (let at = verb - 1; at >= 0 && at >= verb - 4; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || token.nameWord) break
    if (token.lower !== 'what') continue
    const first = tokens[at + 1] as FrameToken
    if (at + 1 === verb) return false
    // (Not `what the mayor called`, `what the senior official called`: one person, by role.)
    if (first.lower === 'the') return !someoneByRole(tokens[verb - 1])
    return (
      at + 2 === verb &&
      !manyPronouns.has(first.lower) &&
      (peoplePluralShape(first.lower) || peoplePluralEnding.test(first.lower))
    )
  }
  // After a noun and people at large (`the years some called`), with `the` naming the thing.
  if (!inside && verb === opening - 1) return false
  const subject = manySubjectOf(tokens, verb, true)
  const noun = itemAt(tokens, subject - 1)
  return subject > 0 && noun?.word === true && noun.quote < 0 && !isClosedClass(noun)
}

// Whether a word heads a phrase for someone, by what they do or hold (`mayor`, `official`).
function someoneByRole(head: FrameToken | undefined): boolean {
  return head?.word === true && (personNoun(head.lower) || isTitleWord(head.lower))
}

// Index where an article's phrase that ends at `end` opens (`the old tower`, `the striker`), or
// -1: the object of a verb of naming, which people at large may give a thing or someone.
function objectPhraseStart(tokens: readonly FrameToken[], end: number): number {
  const head = tokens[end]
  if (!head?.word || head.quote >= 0 || isClosedClass(head)) return -1
  for (let at = end - 1; at >= 0 && at >= end - 4; at--) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return -1
    if (articles.has(token.lower) || token.lower === 'this' || token.lower === 'that') return at
    if (token.cue || isClosedClass(token)) return -1
  }
  return -1
}

// Index of the subject of the verb of naming at `verb` when it is people at large (`Customers
// have long called`, `everyone calls`; `they call` when `they` may stand for them), or -1.
function manySubjectOf(tokens: readonly FrameToken[], verb: number, they: boolean): number {
  // (`have long called`, `always call`: past auxiliaries and adverbs to the subject.)
  let subject = verb - 1
  while (
    subject > verb - 4 &&
    (inList(itemAt(tokens, subject), WordList.auxiliary) ||
      asAdverb(itemAt(tokens, subject)) ||
      verbAdverbs.has(itemAt(tokens, subject)?.lower ?? '') ||
      itemAt(tokens, subject)?.lower === 'long')
  )
    subject--
  const word = itemAt(tokens, subject)
  return manySubject(word) || (they && word?.lower === 'they') ? subject : -1
}

// Whether a word is a subject for people at large: a plural for people, `everyone`.
function manySubject(word: FrameToken | undefined): boolean {
  if (!word?.word || word.quote >= 0) return false
  return (
    peoplePluralShape(word.lower) ||
    peoplePluralEnding.test(word.lower) ||
    manyPronouns.has(word.lower)
  )
}

// Forms of `know` that take someone and what they are known as (`know her as`).
const knowingForms = new Set(['know', 'knows', 'knew'])

// Objects a nickname names: a person.
const personObjects = new Set(['him', 'her', 'them'])
// Subjects for people at large.
const manyPronouns = new Set([
  'everyone',
  'everybody',
  'people',
  'locals',
  'regulars',
  'many',
  'some',
  'others',
])

// `As chants of “Hear us now” rose outside, …`, `Amid cries of “Shame!”, Doe left`: the cries
// of a crowd the sentence only hears, in a phrase that opens its clause (or a preposition or
// `as` opening one), with no one's name for the crowd, are no one's the text names.
function crowdCry(tokens: readonly FrameToken[], opening: number): boolean {
  if (itemAt(tokens, opening - 1)?.lower !== 'of') return false
  if (!crowdCries.has(itemAt(tokens, opening - 2)?.lower ?? '')) return false
  const before = itemAt(tokens, opening - 3)
  if (before === undefined || !before.word) return true
  // (The phrase opens its clause: `Supporters responded with chants of “…”` names them.)
  return crowdOpeners.has(before.lower) && itemAt(tokens, opening - 4)?.word !== true
}

const crowdCries = new Set(['chants', 'cries', 'shouts', 'calls', 'roars', 'jeers', 'boos'])
const crowdOpeners = new Set(['as', 'amid', 'among', 'with', 'over', 'to', 'after', 'despite'])

// Whether a word says how widely or how something is known (`better`, `also`, `widely`).
function asAdverb(token: FrameToken | undefined): boolean {
  if (!token?.word) return false
  return token.lower === 'better' || token.lower === 'also' || isAdverb(token)
}

// Participles that give what something is known by, before `as`.
const asParticiples = new Set(['known', 'remembered', 'billed', 'branded', 'styled'])

const reflexives = new Set(['itself', 'himself', 'herself', 'themselves'])

// `Under the “Village Services Act,”`, `the “Clean Rivers and Harbors Act”`: after `the`, words
// in capitals whose last is a noun for a law or a pact name it; no one says them.
function lawTitle(paragraph: QuotedParagraph, opening: number): boolean {
  const tokens = paragraph.tokens
  if (itemAt(tokens, opening - 1)?.lower !== 'the') return false
  const run = capitalsInMarks(tokens, opening)
  return run !== null && run.words >= 2 && run.last.capitalized && lawNouns.has(run.last.lower)
}

// The words in the marks that open at `opening`, when all are in capitals but small words (`of`,
// `and`, `the`, which stay in lower case in a title): how many, and the last; or null.
function capitalsInMarks(
  tokens: readonly FrameToken[],
  opening: number,
): { words: number; last: FrameToken } | null {
  let last: FrameToken | undefined
  let words = 0
  for (let index = opening + 1; tokens[index]?.quote === tokens[opening]?.quote; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word) continue
    if (!token.capitalized && !isClosedClass(token)) return null
    last = token
    words++
  }
  return last ? { words, last } : null
}

const lawNouns = new Set([
  'act',
  'bill',
  'law',
  'code',
  'treaty',
  'accord',
  'charter',
  'convention',
])

// `voted against the “Quiet Streets” bylaw`, `called the “Fair Pitch” scheme “…”`: words in
// capitals in marks between an article or an owner and a noun for a scheme or a rule name the
// thing the noun is; no one says them. (Not before any noun: PolNeAR gives `the “Neocons For
// Hillary” buzz` and `a “Stop Trump” movement` to whoever the sentence reports, as a phrase
// of theirs.)
function nameBeforeNoun(paragraph: QuotedParagraph, quote: number, opening: number): boolean {
  const tokens = paragraph.tokens
  // (`the new “RiverWatch” text alert system`: past a modifier or two in lower case.)
  let at = opening - 1
  while (at >= opening - 2 && plainWord(tokens[at])) at--
  const before = itemAt(tokens, at)
  if (!before?.word || !(inList(before, WordList.determiner) || isPossessive(before))) return false
  const end = paragraph.quoteTokens[quote]?.end ?? -1
  // (The noun may end a compound: `text alert system`.)
  let noun = end
  while (
    noun < end + 2 &&
    plainWord(tokens[noun]) &&
    !namedThingNouns.has(tokens[noun]?.lower ?? '')
  )
    noun++
  const after = itemAt(tokens, noun)
  if (!after?.word || after.capitalized || !namedThingNouns.has(after.lower)) return false
  const run = capitalsInMarks(tokens, opening)
  return run !== null && run.words <= 6
}

// Verbs of taking part in a work (`appeared in “…”`).
const appearingVerbs = new Set(['appeared', 'appears', 'starred', 'stars', 'featured', 'features'])

// Nouns for schemes and rules a name in marks may stand before (`the “Fair Pitch” scheme`).
// So do nouns for a business, a place or a vessel (`the “Rusty Anchor” diner`), which a name
// in marks only says which one is.
const namedThingNouns = new Set(
  'bylaw bylaws ordinance scheme schemes programme program plan policy rule rules regulation regulations zone initiative fund grant award prize system app service campaign diner restaurant cafe café bakery shop store bar pub tavern hotel motel inn farm ranch vineyard winery brewery salon studio gallery theater theatre cinema boat ship vessel yacht ferry trawler podcast show series newsletter blog column documentary exhibition album'.split(
    ' ',
  ),
)

// How many words the quote opening at `opening` holds.
function wordsInQuote(tokens: readonly FrameToken[], opening: number): number {
  let words = 0
  const quote = tokens[opening]?.quote
  for (let index = opening + 1; index < tokens.length && tokens[index]?.quote === quote; index++)
    if (tokens[index]?.word) words++
  return words
}

/**
 * Whether the quote opening at `opening` comes right after `the` and a noun for words (`the
 * word “maybe”`, `the term “brain drain”`).
 *
 * @param tokens The paragraph's tokens.
 * @param opening Index of the quote's first token.
 */
export function namedAsWord(tokens: readonly FrameToken[], opening: number): boolean {
  return (
    wordNouns.has(itemAt(tokens, opening - 1)?.lower ?? '') &&
    itemAt(tokens, opening - 2)?.lower === 'the'
  )
}

// `the word “maybe”`, `the entry “staycation”`: a few words in marks after a noun for words,
// unless a verb of use makes them someone's wording (`used the term “…”`).
function wordAsWord(paragraph: QuotedParagraph, quote: number, opening: number): boolean {
  const tokens = paragraph.tokens
  if (!namedAsWord(tokens, opening)) return false
  const found = paragraph.quotes[quote]
  if (!found || found.end - found.start > 40) return false
  // (`The phrase “…,” which Jane Doe used in her address`: a clause after the words says whose
  // they are.)
  const close = paragraph.quoteTokens[quote]?.end ?? tokens.length
  if (userAfter(tokens, close, Math.min(tokens.length, close + 16))) return false
  for (let index = opening - 3; index >= 0 && index >= opening - 6; index--) {
    const token = tokens[index] as FrameToken
    // `said that the term “…” could be …`: past `that` a new clause mentions the words.
    if (!token.word || token.lower === 'that') break
    // `Economists use the term “brain drain” to describe …`: a present `use` that says what
    // the words are for defines a term; no one's words are quoted. (`Doe said the term
    // “rewilding” was overused`: after a cue of saying, the words open a clause of their own.)
    if (usageVerb.test(token.lower)) {
      const end = paragraph.quoteTokens[quote]?.end ?? tokens.length
      return definesTerm(tokens, index, end) || (sayingCue(token) && opensClause(tokens, end))
    }
  }
  return true
}

// Whether `use` at `verb`, a verb in the present, puts a term to a purpose after it (`to describe`, `to refer
// to`, `for`).
function definesTerm(tokens: readonly FrameToken[], verb: number, end: number): boolean {
  const word = tokens[verb]?.lower
  if (word !== 'use' && word !== 'uses') return false
  // (`his use of the term “Palestine” to refer to …` is his wording: a noun, after an owner.)
  const before = itemAt(tokens, verb - 1)
  if (
    before?.word &&
    (inList(before, WordList.determiner) ||
      possessiveDeterminers.has(before.lower) ||
      isPossessive(before))
  )
    return false
  let after = end
  while (after < tokens.length && !tokens[after]?.word) after++
  const next = tokens[after]?.lower
  return next === 'for' || (next === 'to' && termPurposes.has(tokens[after + 1]?.lower ?? ''))
}

// Whether a word is a cue of saying (`said`, `says`), not of using words.
function sayingCue(token: FrameToken): boolean {
  return token.cue && /^(?:say|said|spoke|speak)/u.test(token.lower)
}

// Whether a finite verb opens the words at `at`, past marks (`was overused`, `has become`).
function opensClause(tokens: readonly FrameToken[], at: number): boolean {
  let index = at
  while (index < tokens.length && !tokens[index]?.word) index++
  const verb = tokens[index]
  if (verb === undefined || verb.capitalized || !verb.word) return false
  // (Or a verb in the present or the past of its own: `the word “reasonable” appears a dozen
  // times`, `“affordable” means nothing`.)
  return (
    clauseVerbs.has(verb.lower) ||
    (!isClosedClass(verb) && !verb.cue && (/[^s]s$/u.test(verb.lower) || isPastForm(verb.lower)))
  )
}

const clauseVerbs: ReadonlySet<string> = new Set([...beForms, ...auxiliaryVerbs])

const termPurposes = new Set(['describe', 'refer', 'mean', 'denote', 'name', 'label', 'explain'])

// Verbs of using words (`used the term`, `coined the phrase`): the words are the subject's.
const usageVerb =
  /^(?:us|coin|prefer|invok|employ|adopt|embrac|populariz|repeat|utter|chos|choos|say|said|speak|spoke)/u

// `Theodore “Teddy” Vasquez`: one or two capitalized words in marks between the words of a
// name are a nickname.
function nickname(paragraph: QuotedParagraph, quote: number, opening: number): boolean {
  // The quote's own span, by its index: a search through them all is quadratic in a paragraph
  // dense with marks.
  return nicknameBetween(paragraph.tokens, opening, paragraph.quoteTokens[quote]?.end ?? -1)
}

/** Tokens a nickname between the words of a name spans, its marks included. */
export const nicknameSpan = 8

/**
 * Whether the quote from the mark at `opening` to just before `closing` is a nickname between
 * the words of a name: a few capitalized words, a name's word before, and a name's word or a
 * particle after (`Sander “Lightning” de Wit`).
 *
 * @param tokens The paragraph's tokens.
 * @param opening Index of the opening mark.
 * @param closing Index past the closing mark.
 */
export function nicknameBetween(
  tokens: readonly FrameToken[],
  opening: number,
  closing: number,
): boolean {
  const before = itemAt(tokens, opening - 1)
  const after = tokens[closing]
  const surname = after?.nameForm === true || isNameParticle(after?.text ?? '', after?.lower ?? '')
  if (!before?.nameForm || !after?.word || !surname || closing - opening > nicknameSpan)
    return false
  // (`Defne “the Mayor of Dock Street” Yılmaz`: the short link words of titles may be in lower
  // case, not all of them.)
  let capitals = 0
  for (let index = opening + 1; index < closing - 1; index++) {
    const token = tokens[index] as FrameToken
    // (A long one holds no stop or comma: `Guns Are ‘The Ultimate Public Health Crisis,’
    // Howard Dean Tells`.)
    if (!token.word && closing - opening > 6) return false
    if (!token.word) continue
    if (token.capitalized) capitals++
    else if (!titleLinks.has(token.lower)) return false
  }
  return capitals > 0
}

// Every word capitalized but the short link words of titles (`The Lord of the Rings`), and no
// sentence inside.
function titleCased(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  if (words.length === 0 || words.length > 12) return false
  return words.every(
    (word, index) => /^[\p{Lu}\d]/u.test(word) || (index > 0 && titleLinks.has(word.toLowerCase())),
  )
}

const titleLinks = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'is',
  'nor',
  'vs',
])
