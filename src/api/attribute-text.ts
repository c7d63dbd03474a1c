import { givenNameGenderOf } from '../lexicon/first-names.js'
import { determiners, possessiveDeterminers } from '../lexicon/function-words.js'
import { closingMarks } from '../lexicon/quote-marks.js'
import { organizationHeads } from '../lexicon/source-nouns.js'
import { isTitleWord, portfolioWords, roleHeads, titleAbbreviations } from '../lexicon/titles.js'
import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import { lastTopLevelQuote, readParagraph } from '../quotes/quoted-paragraph.js'
import type { Attribution } from '../speakers/attribute-speakers.js'
import { attributeSpeakers, nameOfNoOne, singularOf } from '../speakers/attribute-speakers.js'
import { changedAttribution, renameSpeakers } from '../speakers/attribution-copy.js'
import { personNoun } from '../speakers/clauses.js'
import type { Entity } from '../speakers/entities.js'
import { EntityTable, endsInSuffix, nameEndsWith } from '../speakers/entities.js'
import { nameHeadlineQuotesFromStory } from '../speakers/headline-repeats.js'
import { nameRolesGivenLater } from '../speakers/named-later.js'
import { namedAsWord, titleOfWork, titleWordsAfter } from '../speakers/rules.js'
import { assignIds, toSpeaker } from '../speakers/speaker-ids.js'
import type { SpeakerSession } from '../speakers/speaker-session.js'
import { nameTheWriter } from '../speakers/writer-named.js'
import { itemAt } from '../tokenize/item-at.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { Paragraph } from '../tokenize/paragraphs.js'
import { splitParagraphs } from '../tokenize/paragraphs.js'
import { positionOnLine } from '../tokenize/position.js'
import { writtenEnd, writtenStart } from '../tokenize/visible-text.js'
import type { DocumentResult, Quote, ResultWarning, Speaker } from '../types.js'
import { checkOptions, checkText } from './input-error.js'
import { inputWarnings } from './input-warnings.js'

declare const readParagraphBrand: unique symbol

/**
 * A paragraph as the library read it, kept in a {@link ParagraphCache}. Its contents are
 * internal (and change between versions): a cache only stores and returns it.
 */
export interface ReadParagraph {
  /** Marks the type as opaque. */
  readonly [readParagraphBrand]: true
}

/** Where read paragraphs are kept between runs, keyed by paragraph text. */
export interface ParagraphCache {
  /** The paragraph read before, if any. */
  get(text: string): ReadParagraph | undefined
  /** Keep a paragraph just read. */
  set(text: string, value: ReadParagraph): unknown
}

/** Options for {@link attributeText}. */
export interface AttributeOptions {
  /** Id of the document; quote ids are `<id>#<n>`. Default `''` (quote ids `q<n>`). */
  id?: string | null | undefined
  /**
   * A cache of read paragraphs, keyed by paragraph text. Pass the same map on every run over
   * a text being edited and unchanged paragraphs are not parsed again (see `createAttributor`).
   */
  cache?: ParagraphCache | null | undefined
}

/**
 * Find every quote in a text and who said it.
 *
 * @param text The article, as a string.
 * @param options Document id and paragraph cache.
 * @returns Quotes in reading order, the speakers, and warnings about the input.
 * @throws {InvalidInputError} When `text` is not a string (a Buffer, `undefined`, a number…)
 *   or an option has the wrong type; nothing else about the text makes it throw.
 */
export function attributeText(
  text: string,
  options?: Readonly<AttributeOptions> | null,
): DocumentResult {
  checkText(text, 'attributeText')
  checkOptions(options, 'attributeText')
  const cache = options?.cache
  return attributeParagraphs(text, options?.id, (paragraphs) =>
    packedMap(paragraphs, (paragraph) => {
      const cached = cache?.get(paragraph.text) as QuotedParagraph | undefined
      if (cached) return cached
      const fresh = readParagraph(paragraph.text)
      cache?.set(paragraph.text, fresh as unknown as ReadParagraph)
      return fresh
    }),
  )
}

/**
 * `attributeText` with the reading of paragraphs handed over: the retext plugin reads them
 * from the tree it is given instead of parsing the text again. Internal.
 *
 * @param text The article.
 * @param id Document id.
 * @param readAll Reads the text's paragraphs (lines), in order.
 * @param session The speaker stage's memory of the last reading, for an editor.
 */
export function attributeParagraphs(
  text: string,
  id: string | null | undefined,
  readAll: (paragraphs: readonly Paragraph[]) => QuotedParagraph[],
  session?: SpeakerSession,
): DocumentResult {
  id = id ?? ''
  const warnings: ResultWarning[] = inputWarnings(text)
  const paragraphs = splitParagraphs(text)
  const read = readAll(paragraphs)
  const continued = packedMap(
    read,
    (_, index) => index > 0 && continuesQuote(read[index - 1], read[index]),
  )
  addMarkWarnings(paragraphs, read, continued, warnings)
  // Without a quote there is no one to attribute: a speaker stage would only fill a table no
  // result shows (many articles of a day of news quote no one).
  const input = { paragraphs: read, continued, headline: headlines(read) }
  const { attributions, entities } = read.some((paragraph) => paragraph.quotes.length > 0)
    ? session
      ? session.read(input)
      : attributeSpeakers(input)
    : { attributions: packedMap(read, () => []), entities: new EntityTable() }
  backfillContinuedQuotes(read, continued, attributions)
  inheritNestedSpeakers(read, attributions)
  nameHeadlineQuotesFromStory(read, input.headline, attributions)
  nameHeadlineRoles(read, input.headline, attributions, entities)
  nameRolesGivenLater(read, attributions, entities)
  nameTheWriter(read, attributions, entities)
  const speaking = new Set<Entity>()
  for (const row of attributions)
    for (const attribution of row) if (attribution) speaking.add(attribution.entity)
  const ids = assignIds(entities.everyone().filter((entity) => speaking.has(entity)))
  const quotes: Quote[] = []
  read.forEach((paragraph, paragraphIndex) => {
    // A paragraph is one line: a quote's position is on it (no index of the text's lines).
    const { start: base, line } = paragraphs[paragraphIndex] as Paragraph
    const firstId = quotes.length
    paragraph.quotes.forEach((quote, quoteIndex) => {
      const attribution = attributions[paragraphIndex]?.[quoteIndex] ?? null
      const start = base + writtenStart(paragraph, quote.start)
      const end = base + writtenEnd(paragraph, quote.end)
      const fields = attributionFields(text, attribution, read, paragraphs, ids)
      // Every field written out in one literal (no spread): a text of a million quotes keeps a
      // million of these, and a literal gives them one compact shape.
      quotes.push({
        id: id ? `${id}#${quotes.length}` : `q${quotes.length}`,
        text: text.slice(start, end),
        start,
        end,
        position: positionOnLine(line, base, start, end),
        open: quote.open,
        close: quote.close,
        depth: quote.depth,
        parent: quote.parent >= 0 ? (quotes[firstId + quote.parent]?.id ?? null) : null,
        continued: quoteIndex === 0 && continued[paragraphIndex] === true,
        speaker: fields.speaker,
        cue: fields.cue,
        method: fields.method,
        rule: fields.rule,
        confidence: fields.confidence,
      })
    })
  })
  const speakers: Speaker[] = entities
    .everyone()
    .filter((entity) => speaking.has(entity))
    .map((entity) => toSpeaker(entity, ids.get(entity) as string))
  return { id, quotes, speakers, warnings }
}

const unattributed: Pick<Quote, 'speaker' | 'cue' | 'method' | 'rule' | 'confidence'> = {
  speaker: null,
  cue: null,
  method: 'unattributed',
  rule: null,
  confidence: 0,
}

function attributionFields(
  text: string,
  attribution: Attribution | null,
  read: readonly QuotedParagraph[],
  paragraphs: readonly Paragraph[],
  ids: ReadonlyMap<Entity, string>,
): Pick<Quote, 'speaker' | 'cue' | 'method' | 'rule' | 'confidence'> {
  if (!attribution) return unattributed
  const paragraph = read[attribution.paragraph] as QuotedParagraph
  const base = (paragraphs[attribution.paragraph] as Paragraph).start
  const tokens = paragraph.tokens
  const first = tokens[attribution.mention.first]
  const last = tokens[attribution.mention.end - 1]
  // `She’s claiming …`: the mention is the pronoun, not the verb contracted onto it.
  const contracted = last?.pronoun === true && last.bare.length < last.text.length
  const mentionStart = base + writtenStart(paragraph, first?.start ?? 0)
  const mentionEnd =
    base + writtenEnd(paragraph, last ? (contracted ? last.start + last.bare.length : last.end) : 0)
  const cueToken = attribution.cue >= 0 ? tokens[attribution.cue] : undefined
  const cueStart = base + writtenStart(paragraph, cueToken?.start ?? 0)
  const cueEnd = base + writtenEnd(paragraph, cueToken?.end ?? 0)
  return {
    speaker: {
      id: ids.get(attribution.entity) as string,
      name: attribution.entity.name,
      kind: attribution.entity.kind,
      mention: { text: text.slice(mentionStart, mentionEnd), start: mentionStart, end: mentionEnd },
    },
    cue: cueToken ? { text: text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd } : null,
    method: attribution.method,
    rule: attribution.rule,
    confidence: attribution.confidence,
  }
}

// News style marks a quote that runs on over paragraphs by opening each paragraph with the
// same mark and closing only the last.
function continuesQuote(
  previous: QuotedParagraph | undefined,
  current: QuotedParagraph | undefined,
): boolean {
  const open = previous?.unclosed[0]
  if (open === undefined || !previous || !current) return false
  const first = current.quotes[0]
  if (first?.depth !== 0) return false
  const lead = current.text.slice(0, first.openAt).trim()
  return lead === '' && sameKind(previous.text.charAt(open), first.open)
}

function sameKind(a: string, b: string): boolean {
  return a === b || (closingMarks[a] ?? []).some((mark) => (closingMarks[b] ?? []).includes(mark))
}

function addMarkWarnings(
  paragraphs: readonly Paragraph[],
  read: readonly QuotedParagraph[],
  continued: readonly boolean[],
  warnings: ResultWarning[],
): void {
  read.forEach((paragraph, index) => {
    const base = (paragraphs[index] as Paragraph).start
    if (paragraph.unclosed.length > 0 && itemAt(continued, index + 1) !== true) {
      for (const at of paragraph.unclosed) {
        warnings.push({
          code: 'unclosed-quote',
          message: message(
            `Quotation mark ${paragraph.text.charAt(at)} is never closed; the quote ends with its paragraph`,
          ),
          start: base + writtenStart(paragraph, at),
          end: base + writtenEnd(paragraph, paragraph.text.length),
        })
      }
    }
    for (const at of paragraph.interrupted) {
      const start = base + writtenStart(paragraph, at)
      warnings.push({
        code: 'unclosed-quote',
        message: message(
          `Quotation mark ${paragraph.text.charAt(at)} is never closed; the quote ends where the next one opens`,
        ),
        start,
        end: start + 1,
      })
    }
    for (const at of paragraph.strayClosers) {
      const start = base + writtenStart(paragraph, at)
      warnings.push({
        code: 'stray-closing-mark',
        message: message(`Closing mark ${paragraph.text.charAt(at)} has no opening mark`),
        start,
        end: start + 1,
      })
    }
  })
}

// Warning messages come in a few forms only: one string per form, however many warnings (a text
// of a million unclosed marks holds a million warnings, not a million copies of a sentence).
const messages = new Map<string, string>()
function message(text: string): string {
  const known = messages.get(text)
  if (known !== undefined) return known
  messages.set(text, text)
  return text
}

// Headlines come first and end without a full stop; they carry their own attribution forms.
function headlines(read: readonly QuotedParagraph[]): boolean[] {
  let body = false
  return packedMap(read, (paragraph) => {
    if (body) return false
    const text = paragraph.text.trim()
    // (`Founder: ‘Why would anyone trust them?’`: a question in a headline's single marks after
    // its label ends no sentence of the story.)
    const asked = /[?!]['’]$/u.test(text) && !/^['‘]/u.test(text) && /['‘]/u.test(text)
    const sentenceLike = !asked && /[.!?…]["”’)]*$/u.test(text)
    if (sentenceLike && paragraph.tokens.length > 12) body = true
    return !sentenceLike && paragraph.tokens.length <= 30
  })
}

// A multi-paragraph quote attributed only in a later paragraph gives that speaker to the
// paragraphs before it. Its attribution overrides a speaker an earlier paragraph only carried
// on (from the sentence before the quote opened, or the paragraph before): news names the
// speaker of a quote of several paragraphs once, anywhere in it, and that speaker said all of
// it (`X was acquitted. ¶ “…. ¶ “…,” his lawyer Y said.` is Y's throughout).
function backfillContinuedQuotes(
  read: readonly QuotedParagraph[],
  continued: readonly boolean[],
  attributions: (Attribution | null)[][],
): void {
  // Whether the speaker of the paragraph's first quote was named in that quote's own paragraph
  // or handed back from one that named it.
  let named = false
  for (let index = read.length - 1; index > 0; index--) {
    if (!continued[index]) {
      named = false
      continue
    }
    const later = attributions[index]?.[0]
    const earlier = read[index - 1] as QuotedParagraph
    const open = lastTopLevelQuote(earlier.quotes)
    const row = attributions[index - 1]
    const carriedFrom: boolean = Boolean(later && (named || later.method !== 'continuation'))
    const current = row?.[open]
    named = false
    if (!later || open < 0 || !row) continue
    // (`"… ¶ “…,” Doe said."`: a paragraph that opens with another mark than the quote it
    // would continue may be a quote inside it, the words of someone the quoted text quotes.)
    const sameMarks = earlier.quotes[open]?.open === read[index]?.quotes[0]?.open
    if (!current || (carriedFrom && sameMarks && carriedOn(current))) {
      row[open] = changedAttribution(later, {
        method: 'continuation',
        rule: 'multi-paragraph-quote',
      })
      // (Only the paragraph's first quote hands on: a later one is another quote.)
      named = carriedFrom && open === 0
    }
  }
}

// Whether an attribution only carries a speaker on from before its paragraph, or from a sentence
// that names someone without saying they spoke. (One carried from an attribution in the same
// paragraph, `“…,” he said. “…`, was named there.)
function carriedOn(attribution: Attribution): boolean {
  return attribution.method === 'continuation' && attribution.rule !== 'paragraph-continuation'
}

// The one person named in full whom the story's first paragraph with a quote quotes, or
// undefined.
function leadSpeaker(
  headline: readonly boolean[],
  attributions: readonly (Attribution | null)[][],
): Entity | undefined {
  const lead = attributions.findIndex((row, index) => !headline[index] && row.length > 0)
  let found: Entity | undefined
  for (const attribution of attributions[lead] ?? []) {
    const entity = attribution?.entity
    if (!entity) continue
    if (entity.kind !== 'person' || entity.keys.length < 2 || (found && found !== entity))
      return undefined
    found = entity
  }
  return found
}

// `Halewood to close branches as chief says …`, `mayor calls it ‘a gut punch’`: a headline
// names its speaker by a bare role, and the story under it names the one person who holds it
// (`chief executive Fiona Roe`, `Mayor Gail Doe`). Only once the whole text is read is it known.
function nameHeadlineRoles(
  read: readonly QuotedParagraph[],
  headline: readonly boolean[],
  attributions: (Attribution | null)[][],
  entities: EntityTable,
): void {
  // Entities a headline named short and the story in full, for the story's quotes too.
  const renamed = new Map<Entity, Entity>()
  headline.forEach((isHeadline, index) => {
    const row = attributions[index]
    if (!isHeadline || !row) return
    row.forEach((attribution, quote) => {
      const role = attribution?.entity
      if (!attribution || !role || role.plural) return
      // `Kim: ‘…’` over `Kim Ha-eun, the head of the union, …`, `Ministry: ‘…’` over `The
      // Finance Ministry said`: a headline's surname or noun for a body is the one person or
      // body the story names in full by it.
      // (Not by the opening of a role's words in title case: `Park Ranger Says …` is no
      // `Jervis Green Country Park`.)
      const fuller =
        namedInFull(role, entities) ??
        (roleInCapitals(role) ? null : namedByOpening(role, entities)) ??
        firstBodyOfStory(role, read[index]?.text ?? '', entities) ??
        bodyByHeadlinePhrase(role, entities, read) ??
        firstBodyOfStory(role, read[index]?.text ?? '', entities, true)
      if (fuller) {
        row[quote] = changedAttribution(attribution, { entity: fuller })
        // (A body too: `Police say ‘…’` over `The Halden Police Service said …` and `“…,” the
        // force said`, which found the headline's `Police` first.)
        if (role.kind !== 'anonymous' && fuller.kind === role.kind) renamed.set(role, fuller)
        // (`Sorensen told …` under `Composer Sorensen says …` and `Saoirse Sorensen`: the
        // surname alone, which the headline's noun made two people's, is the one named in full.)
        const surname = surnameAfterNoun(role)
        if (surname !== undefined) {
          for (const entity of entities.everyone()) {
            if (entity.kind === 'person' && entity.keys.length === 1 && entity.keys[0] === surname)
              renamed.set(entity, fuller)
          }
        }
        return
      }
      // `Japanese Foreign Minister: “…”` over a story about `Japanese Foreign Minister Ahmed
      // Quiroga`: the one person the story gives the headline's words as a title.
      const titledSo = holderOfTitle(role, entities)
      if (titledSo) {
        row[quote] = changedAttribution(attribution, { entity: titledSo })
        return
      }
      // A bare role, with no article or owner before it (`chief`, `union leader`), or a title
      // in capitals the headline wrote as a name (`Health Secretary accuses …`).
      const words = role.name.toLowerCase().split(' ')
      // `Brightmart CEO says …` over `Odile Brandt, Brightmart’s chief executive,`: a name before
      // a title says whose officer; the officer is the one person the story gives the title.
      // (`Vantorra finance chief` over a `chief financial officer` is left: no one has its title.)
      const last = words.at(-1) ?? ''
      if (words.length > 1 && isTitleWord(last) && !isTitleWord(words[0] ?? '')) {
        const officer = entities.byTitle(titleAbbreviations[last]?.[0] ?? last)
        if (officer?.kind === 'person' && officer !== role) {
          row[quote] = changedAttribution(attribution, { entity: officer })
          return
        }
      }
      const titled =
        role.kind === 'person' &&
        words.every((word) => isTitleWord(word) || portfolioWords.has(word))
      // (So is a noun for someone a headline opens with, read as a name: `Chef says …`.)
      // (Or a noun and the words before it, `Bin Collector Says …`, `Park Ranger Says …`: a
      // headline in title case writes the role's words as a name's.)
      const noun = roleInCapitals(role)
      if (role.kind !== 'anonymous' && !titled && !noun) return
      if (determined(words)) return
      const holder = entities.byTitle(
        titled || noun ? (words[words.length - 1] as string) : role.head,
      )
      if (holder?.kind === 'person' && holder !== role) {
        row[quote] = changedAttribution(attribution, { entity: holder })
        return
      }
      // `Chef says closing the Wandering Spoon was ‘…’` over `Cao Chunhua, who has cooked there
      // for 27 years, …`: with no one the story gives the role by name, the one person the
      // story's first paragraph with a quote names in full and quotes; so is the role wherever
      // the story uses it.
      const lead = leadSpeaker(headline, attributions)
      const roleNoun = noun ? (words[words.length - 1] as string) : role.head
      if (
        lead &&
        lead !== role &&
        // (Not one the story sets off by another role: `Tom Roe, an analyst,` is no chief.)
        // (`Arden Care Homes chief`, `Orbis boss`: a headline's noun for whoever heads a body is
        // any office's holder, `chief executive` or `general secretary`.)
        (lead.role === undefined ||
          lead.role === roleNoun ||
          (headNouns.has(roleNoun) &&
            lead.role !== undefined &&
            // (`the vice-chancellor`, `the director-general`: so does a title joined to one.)
            lead.role.split('-').some((part) => roleHeads.has(part)))) &&
        (titled || personNoun(roleNoun))
      ) {
        row[quote] = changedAttribution(attribution, { entity: lead })
        if (role.kind === 'person') renamed.set(role, lead)
      }
    })
  })
  // `Xu: ‘…’` over `Xu Yutong, the jazz pianist, …` and `“…,” Xu recalled`: the story's `Xu`
  // found the headline's person first; it is the one named in full too.
  renameSpeakers(attributions, renamed)
}

// Whether a headline's role opens on an article or an owner (`the council`, `his lawyer`): any
// such one, no bare role.
function determined(words: readonly string[]): boolean {
  const first = words[0] ?? ''
  return determiners.has(first) || possessiveDeterminers.has(first)
}

// Headline nouns for whoever heads a body, whatever the office is called.
const headNouns = new Set(['chief', 'boss', 'head', 'leader'])

// `Hartlepool Bay council admits …` over `the Hartlepool Bay City Council`, `Culture department
// says …` over `the Department for Culture and Heritage`, `Museums regulator warns …` over `the
// Museums Accreditation Board, the museums regulator,`: a headline's phrase for a body, its last
// word a noun for bodies, is the one body the story names with all the phrase's words (two or
// more) in its name, or sets that noun beside; or null.
function bodyByHeadlinePhrase(
  role: Entity,
  entities: EntityTable,
  read: readonly QuotedParagraph[],
): Entity | null {
  const words = role.name.toLowerCase().split(' ').map(singularOf)
  const head = words.at(-1) ?? ''
  // (No article or owner opens it: `the council` is any council.)
  if (determined(words)) return null
  if (!bodyNouns.has(head)) return null
  let found: Entity | null = null
  for (const entity of entities.everyone()) {
    if (entity === role || entity.kind !== 'organization' || entity.plural) continue
    const name = entity.name.toLowerCase().split(/\s+/u).map(singularOf)
    const fits =
      (words.length > 1 && words.every((word) => name.includes(word))) ||
      setBeside(read, entity.name, head)
    if (!fits) continue
    if (found) return null
    found = entity
  }
  return found
}

// Whether the story sets a phrase whose noun is `head` beside a name (`The Museums Accreditation
// Board, the museums regulator,`).
function setBeside(read: readonly QuotedParagraph[], name: string, head: string): boolean {
  const opening = `${name}, the `.toLowerCase()
  return read.some((paragraph) => {
    const text = paragraph.text.toLowerCase()
    const at = text.indexOf(opening)
    if (at < 0) return false
    // (The noun, after two modifiers at most: `the rail watchdog`, `the museums regulator`.)
    const words = text.slice(at + opening.length).split(/[\s,.]+/u, 3)
    return words.some((word) => singularOf(word) === head)
  })
}

// Nouns for bodies a headline may call one by (`council`, `regulator`).
const bodyNouns = new Set([
  ...organizationHeads,
  'regulator',
  'watchdog',
  'operator',
  'insurer',
  'body',
  'lab',
])

// `Union warns of ‘…’ at Norvik Steel` over `The Federation of Metal and Rail Workers said …`:
// a headline's noun for a kind of body, which the story names no body by, is the first body the
// story names that the headline does not; or null.
function firstBodyOfStory(
  role: Entity,
  headlineText: string,
  entities: EntityTable,
  phrase = false,
): Entity | null {
  // (`Airline blames …`, `Cruise line warns …`: a noun for a trade's body, which a headline in
  // sentence case may give a capital and a modifier, and the story's body a name no one has.)
  const words = role.name.toLowerCase().split(' ')
  const word = words.at(-1) ?? ''
  const trade = tradeBodyNouns.has(word) && words.length <= 2 && role.kind !== 'anonymous'
  // (`Governing body says …`, `Space agency warns …`, asked last: a phrase for a body, of a
  // few words with no article or owner, whose words the story's body's name need not hold.)
  const described =
    phrase &&
    role.kind === 'anonymous' &&
    words.length <= 3 &&
    bodyNouns.has(singularOf(word)) &&
    !determined(words)
  if (
    !trade &&
    !described &&
    (role.kind !== 'organization' || words.length > 1 || !organizationHeads.has(word))
  )
    return null
  for (const entity of entities.everyone()) {
    if (entity.index <= role.index || entity.plural) continue
    if (entity.kind !== 'organization' && !((trade || described) && nameOfNoOne(entity))) continue
    if (!headlineText.includes(entity.name)) return entity
  }
  return null
}

// Nouns for a body by its trade that a headline opens with (`Airline`, `Carrier`, `Cruise line`).
const tradeBodyNouns = new Set(
  'airline carrier line operator insurer lender retailer supplier utility firm company chain cruise hotel'.split(
    ' ',
  ),
)

// `“…”: Santos Breaks Silence on Housing Crisis`: title case runs a surname into the words
// after it; the one person the story names later whose name ends in the words that open the
// headline's, or null.
function namedByOpening(role: Entity, entities: EntityTable): Entity | null {
  if (role.kind !== 'person' || role.keys.length < 2) return null
  for (let length = role.keys.length - 1; length >= 1; length--) {
    const opening = role.keys.slice(0, length)
    // (`Keane` for `Robert Keane III`: past a suffix too.)
    const matches = entities
      .everyone()
      .filter(
        (entity) =>
          entity.index > role.index &&
          entity.kind === 'person' &&
          entity.keys.length > length &&
          nameEndsWith(entity, opening),
      )
    if (matches.length === 1) return matches[0] as Entity
    if (matches.length > 1) return null
  }
  return null
}

// Whether a headline's person is a noun for someone, alone or after the words that modify it,
// written as a name (`Chef says …`, `Bin Collector Says …`): no given name, title or gender.
function roleInCapitals(role: Entity): boolean {
  const words = role.name.toLowerCase().split(' ')
  return (
    role.kind === 'person' &&
    words.length <= 3 &&
    role.titles.size === 0 &&
    role.gender === 'unknown' &&
    personNoun(words[words.length - 1] as string) &&
    words.every((word) => givenNameGenderOf(word) === undefined)
  )
}

// The one person the story names with more words, a headline's surname among them, or the
// one body whose name ends in a headline's noun for a body; or null.
function namedInFull(role: Entity, entities: EntityTable): Entity | null {
  const word = role.name.toLowerCase()
  const surname = role.kind === 'person' ? surnameAfterNoun(role) : undefined
  let found: Entity | null = null
  for (const entity of entities.everyone()) {
    if (entity === role || entity.plural) continue
    const fits =
      role.kind === 'person' && role.keys.length === 1
        ? entity.kind === 'person' &&
          entity.keys.length > 1 &&
          entity.keys.includes(role.keys[0] as string)
        : surname !== undefined
          ? entity.kind === 'person' &&
            entity.keys.length > 1 &&
            // (`Bartosz Obradovic Jr.`: before a generational suffix.)
            entity.keys[entity.keys.length - (endsInSuffix(entity.name) ? 2 : 1)] === surname &&
            entity.keys[0] !== role.keys[0]
          : role.kind !== 'person' &&
            !word.includes(' ') &&
            organizationHeads.has(word) &&
            entity.kind === 'organization' &&
            entity.name.toLowerCase().split(' ').includes(word)
    if (!fits) continue
    if (found) return null
    found = entity
  }
  return found
}

// `Dancer Adeyemi says …`, `Filmmaker Castellanos:` over `Kofi Adeyemi`: a headline in title
// case writes a noun for what someone does as a name's first word, before the surname alone;
// that surname, when the first word is such a noun and no given name.
function surnameAfterNoun(role: Entity): string | undefined {
  const [noun, surname] = role.keys
  if (role.keys.length !== 2 || noun === undefined || role.titles.size > 0) return undefined
  return personNoun(noun) && givenNameGenderOf(noun) === undefined ? surname : undefined
}

// The one person given a headline's phrase for someone as their whole title, or null.
function holderOfTitle(role: Entity, entities: EntityTable): Entity | null {
  if (role.kind === 'organization' || !role.name.includes(' ')) return null
  const wanted = role.name.toLowerCase()
  let found: Entity | null = null
  for (const entity of entities.everyone()) {
    if (entity === role || entity.kind !== 'person') continue
    if (![...entity.titles].some((title) => title.toLowerCase() === wanted)) continue
    if (found) return null
    found = entity
  }
  return found
}

// The starts (in the paragraph's text) of the quotes inside quote `outer` that name or title
// something, read with the outer quote's words as a paragraph of their own.
function namesInside(paragraph: QuotedParagraph, outer: number): Set<number> {
  const quote = paragraph.quotes[outer]
  const names = new Set<number>()
  if (!quote) return names
  const nested = readParagraph(paragraph.text.slice(quote.start, quote.end))
  nested.quotes.forEach((inner, index) => {
    if (inner.depth > 0) return
    // (`“People keep using the word ‘closure’ …”`: inside someone's words, a word the words
    // name as a word is no one's, unless the speaker says they use it: `“I would use the word
    // ‘old-school’”`.)
    const opening = nested.quoteTokens[index]?.first ?? -1
    const own = nested.tokens
      .slice(Math.max(0, opening - 6), Math.max(0, opening - 2))
      .some((token) => token.lower === 'i' || token.lower === 'we')
    const named = !own && namedAsWord(nested.tokens, opening)
    // (`“The sign just said ‘Back Soon’”`, `“I reread ‘The Salt Road’ every winter”`: words in
    // title case inside someone's words, and no sentence of their own, are a title or a sign.)
    if (named || titledInside(nested, index) || titleOfWork(nested, index))
      names.add(quote.start + inner.start)
  })
  return names
}

// Whether a quote is two words or more in title case with no stop of a sentence inside.
function titledInside(paragraph: QuotedParagraph, quote: number): boolean {
  const tokens = paragraph.tokens
  const opening = paragraph.quoteTokens[quote]?.first ?? -1
  let words = 0
  for (let index = opening + 1; tokens[index]?.quote === tokens[opening]?.quote; index++) {
    const token = tokens[index]
    if (!token) break
    if (token.word) words++
    // (`‘Nusra is Al Qaeda’`: a verb makes it a sentence, whatever its capitals.)
    if (sentenceStops.has(token.text) || token.lower === 'is') return false
  }
  return words >= 2 && titleWordsAfter(tokens, opening)
}

const sentenceStops = new Set(['.', '!', '?'])

// A quote inside a quote is voiced by the outer speaker (`“They just say, ‘do this,’” Doe
// said`) unless the speaker stage found an attribution of its own inside the outer quote, or
// the outer quote's words make it a name or a title (`namesInside`). Outer quotes come first in
// each paragraph's list, so a chain of nesting passes down.
function inheritNestedSpeakers(
  read: readonly QuotedParagraph[],
  attributions: (Attribution | null)[][],
): void {
  read.forEach((paragraph, index) => {
    const row = attributions[index]
    if (!row) return
    // Starts of the names and titles inside each outer quote, read once an inner quote asks
    // (and made then: most paragraphs have no inner quote, and an editor asks of them all on
    // every keystroke).
    let named: Map<number, Set<number>> | undefined
    paragraph.quotes.forEach((quote, quoteIndex) => {
      const outer = quote.parent >= 0 ? row[quote.parent] : null
      if (row[quoteIndex] || !outer) return
      // (`“We called it ‘Project Phoenix’ …”`: a name or a title inside the words is no one's.)
      named ??= new Map()
      let names = named.get(quote.parent)
      if (!names) {
        names = namesInside(paragraph, quote.parent)
        named.set(quote.parent, names)
      }
      if (names.has(quote.start)) return
      row[quoteIndex] = changedAttribution(outer, {
        cue: -1,
        method: 'continuation',
        rule: 'nested-quote',
        confidence: Math.round(outer.confidence * 0.8 * 100) / 100,
      })
    })
  })
}
