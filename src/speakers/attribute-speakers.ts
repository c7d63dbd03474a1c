import { givenNameGenderOf, givenNameLean } from '../lexicon/first-names.js'
import {
  articles,
  calendarWords,
  conjunctions,
  countWords,
  irregularPasts,
  perfectAuxiliaries,
  personalPossessives,
  relativePronouns,
  subordinators,
} from '../lexicon/function-words.js'
import { lookupTable } from '../lexicon/lookup-table.js'
import {
  isPeopleNoun,
  isPeoplePlural,
  playingPositions,
  pluralOf,
  pressRoles,
} from '../lexicon/people-nouns.js'
import {
  birthVerbs,
  isDemonym,
  originVerbs,
  placeFirstWords,
  placeLastWords,
  placeNames,
  stateOfTag,
  streetWords,
} from '../lexicon/places.js'
import type { Gender, PronounSense } from '../lexicon/pronouns.js'
import { nonbinaryWords, subjectPronouns } from '../lexicon/pronouns.js'
import {
  accountModifiers,
  accountNouns,
  anonymousHeads,
  collectiveNouns,
  documentHeads,
  groupPluralEnding,
  organizationHeads,
  organizationNouns,
  paperParts,
  papersByVerb,
  personNounEnding,
  platforms,
  publicBodyWords,
  sendingParticiples,
  standInHeads,
  teamWords,
  tradeEndings,
  worshipNouns,
} from '../lexicon/source-nouns.js'
import { writingForms } from '../lexicon/speech-cues.js'
import {
  genderedTitles,
  isNameParticle,
  isTitleWord,
  nameSuffixes,
  otherOffices,
  partyOf,
} from '../lexicon/titles.js'
import { WordList } from '../lexicon/word-lists.js'
import type { ParagraphQuote } from '../quotes/find-quotes.js'
import type { Frame, QuotedParagraph } from '../quotes/quoted-paragraph.js'
import {
  awaitsAttribution,
  lastQuotedCharacter,
  lastTopLevelQuote,
} from '../quotes/quoted-paragraph.js'
import { itemAt } from '../tokenize/item-at.js'
import { packedMap } from '../tokenize/packed-map.js'
import { lowerAt, textAt } from '../tokenize/word-at.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import {
  cueAsNoun,
  cueEntryAt,
  cueWordsEnd,
  inList,
  isAdverb,
  isClosedClass,
  isPastForm,
  isPossessive,
  settleNameWords,
} from '../tokenize/word-classes.js'
import type { AttributionMethod } from '../types.js'
import { changedAttribution } from './attribution-copy.js'
import type { ScannedMention } from './clauses.js'
import {
  aliasAfter,
  apposedName,
  appositiveName,
  asideEnd,
  describingStems,
  joinedClauseAt,
  modifiesName,
  modifiesNoun,
  personNoun,
  phraseSetOffBefore,
  plainWord,
  postmodifierComma,
  predicateRole,
  rolesBeside,
  roleVerbs,
  scanMentions,
  setOffEnd,
  singularCopulas,
  subjectOfCue,
  wordsBeside,
} from './clauses.js'
import { coordinatedOpening, namedPair } from './coordination.js'
import type { Entity, EntityTable } from './entities.js'
import { isAcronym, lastWordOf, nameEndsWith, suffixOf } from './entities.js'
import type { FoldState, Memory, TurnVoices } from './fold-state.js'
import {
  memoryEndingAt,
  recall,
  rowsInSight,
  Sight,
  startState,
  takenUpRows,
} from './fold-state.js'
import type { FoldTrace } from './fold-trace.js'
import type { Mention } from './mentions.js'
import {
  asideAfterName,
  asideOpeners,
  bodyBeforeTitle,
  changedMention,
  genericEndingAt,
  mentionEndingAt,
  mentionStartingAt,
  nameBeforeAsides,
  possessorEndingAt,
  textOf,
  uncountedGroupName,
  verbBefore,
} from './mentions.js'
import { nameKeys, wordKey } from './name-key.js'
import { nestedVoices } from './nested-voices.js'
import type { FrameFacts, QuoteFrame, Rule, RuleMatch } from './rules.js'
import {
  accordingTo,
  answerLabel,
  attributionSentence,
  brokenOff,
  cameFrom,
  changedMatch,
  characterizedAs,
  closingAttribution,
  dashByline,
  disownedWords,
  followsBrokenOff,
  headingLabels,
  headlineColon,
  headlineJoinedCue,
  headlineQuoteColon,
  heldUpWord,
  holdsWords,
  introduction,
  isLabelWord,
  issuedSpeech,
  labelMention,
  labelOf,
  leadingColon,
  leadingCue,
  namedRole,
  nicknameBetween,
  nicknameSpan,
  ownedSpeech,
  paperFinding,
  paragraphLabel,
  parentheticalAttribution,
  passiveAgentAfter,
  pointsBack,
  pointsBackWithoutCue,
  postCaption,
  readFromPaper,
  reportedSpeech,
  skipPunctuation,
  talkedWith,
  thatClause,
  titleOfWork,
  trailingClause,
  trailingCue,
  transcriptLabel,
  usedWords,
  usedWordsAfter,
} from './rules.js'
import type { Subhead } from './subheads.js'
import { capitalizesAll, knownInSubhead, subheadOf } from './subheads.js'

/** The sieve, most reliable rule first: the first rule that matches decides. */
export const sieve: readonly Rule[] = [
  transcriptLabel,
  trailingCue,
  brokenOff,
  cameFrom,
  // `Doe: Peace Talks ‘Very Productive’`: in a headline the colon form is surer than a
  // title-case word that happens to be a cue.
  headlineColon,
  headlineQuoteColon,
  headlineJoinedCue,
  parentheticalAttribution,
  // `The plan was called “reckless” by critics`: the agent, not the subject before the cue.
  passiveAgentAfter,
  postCaption,
  usedWords,
  usedWordsAfter,
  readFromPaper,
  leadingCue,
  dashByline,
  closingAttribution,
  accordingTo,
  ownedSpeech,
  leadingColon,
  issuedSpeech,
  paperFinding,
  characterizedAs,
  thatClause,
  trailingClause,
]

/** Who said one quote, as the speaker stage decided it. */
export interface Attribution {
  /** The entity. */
  entity: Entity
  /** The mention in the text that attributes the quote (in paragraph `paragraph`). */
  mention: Mention
  /** Index of the paragraph the mention and cue are in. */
  paragraph: number
  /** Index of the cue token in that paragraph, or -1. */
  cue: number
  /** How it was found. */
  method: AttributionMethod
  /** Which rule. */
  rule: string
  /** Confidence in [0, 1]. */
  confidence: number
}

/** Input of the speaker stage: the read paragraphs, and which quotes continue across them. */
export interface SpeakerInput {
  /** Paragraphs in order. */
  paragraphs: readonly QuotedParagraph[]
  /** For each paragraph, whether its first quote continues the previous paragraph's last. */
  continued: readonly boolean[]
  /** For each paragraph, whether it reads as a headline. */
  headline: readonly boolean[]
  /**
   * Whether the paragraphs are a quote's words read on their own (see `nestedVoices`): quotes
   * nested deeper are left to their outer speaker, so that marks nested a thousand deep cost
   * one reading, not a thousand.
   */
  inner?: boolean
}

/** Output of the speaker stage. */
export interface SpeakerOutput {
  /** For each paragraph, for each of its quotes, the attribution or `null`. */
  attributions: (Attribution | null)[][]
  /** The document's entities. */
  entities: EntityTable
}

// Rules whose attribution follows its quote, and so may cover the quotes before it.
const closesSentence = new Set([
  'quote-speaker-verb',
  'quote-speaker-cue',
  'quote-cue-speaker',
  'sentence-final-attribution',
  'same-sentence-continuation',
])

/**
 * Find the speaker of every quote of a document, in reading order, keeping a memory of
 * recent sentences so that pronouns and descriptions resolve by salience, not by the last
 * name seen.
 *
 * @param input The document's paragraphs.
 */
export function attributeSpeakers(input: SpeakerInput): SpeakerOutput {
  settleNameWords(packedMap(input.paragraphs, (paragraph) => paragraph.tokens))
  const transcript = readsAsTranscript(input.paragraphs)
  const state = startState()
  for (let index = 0; index < input.paragraphs.length; index++) {
    readParagraphSpeakers(input, transcript, state, index)
  }
  return { attributions: state.attributions, entities: state.table }
}

// One paragraph read as a document of its own, for the words of a quote (see `nestedVoices`).
function readAlone(paragraph: QuotedParagraph): readonly (Attribution | null)[] {
  const input = { paragraphs: [paragraph], continued: [false], headline: [false], inner: true }
  return attributeSpeakers(input).attributions[0] ?? []
}

/**
 * Read one paragraph's speakers on from the state the paragraphs before it left (name words
 * settled, see `settleNameWords`): the step `attributeSpeakers` takes once per paragraph.
 * With a trace on the state's table, what the step changed is noted there.
 *
 * @param input The document's paragraphs.
 * @param transcript Whether the document reads as a transcript (see `readsAsTranscript`).
 * @param state The state before the paragraph; left as the state after it.
 * @param paragraphIndex Index of the paragraph.
 * @param scan The mentions of a sentence of the paragraph, as `scanMentions` finds them (an
 *   editor keeps them for the paragraphs it did not change); by default scanned.
 */
export function readParagraphSpeakers(
  input: SpeakerInput,
  transcript: boolean,
  state: FoldState,
  paragraphIndex: number,
  scan?: (paragraph: QuotedParagraph, frame: number) => ScannedMention[],
): void {
  const paragraph = input.paragraphs[paragraphIndex] as QuotedParagraph
  const { table, attributions } = state
  const trace = table.trace
  // (Traced, for an editor: the sentences it looks at are noted.)
  const memory = new Sight(state.memory, trace, paragraphIndex)
  let { lastAttribution, lastParagraphWithQuote, introduced, reported } = state
  {
    const found: (Attribution | null)[] = packedMap(paragraph.quotes, () => null)
    attributions.push(found)
    // Whether a quote of this paragraph has a speaker yet: a later one may continue it.
    let attributedBefore = false
    // An attribution sentence opening the paragraph, which may point back at the one before.
    let pointedBack: RuleMatch | null = null
    // `Excerpts From Doe’s Remarks`: a line that announces the quotes below it names no one
    // who speaks in it, and attributes nothing by its own words. (Not the first line: a
    // headline's forms are its own.)
    const subhead = paragraphIndex > 0 ? subheadOf(paragraph) : null
    // `A: I told them …`: whom an interview's turn gives its `I` and its `you`.
    const turn = turnVoices(input.paragraphs, paragraphIndex, table, memory)
    paragraph.frames.forEach((frame, frameIndex) => {
      const known = table.size
      const scanned = scan
        ? scan(paragraph, frameIndex)
        : scanMentions(paragraph.tokens, frame.first, frame.end)
      // `RAMAN: Your own notice said …`: a label is no mention of the sentence after it.
      const mentions =
        frameIndex === 0 &&
        scanned[0]?.first === 0 &&
        (paragraphLabel(paragraph.tokens) ||
          labelledTurn(paragraph.tokens) ||
          nameLabelColon(paragraph.tokens, table) > 0)
          ? scanned.slice(1)
          : scanned
      const entry: Memory = {
        paragraph: paragraphIndex,
        speakers: [],
        subject: null,
        subjectAt: -1,
        others: [],
        owners: [],
        // Every entry has the same fields in the same order, so the readers that take one stay
        // monomorphic: the reporter is set later, if ever; the turn only in an interview.
        reporter: undefined,
        tokens: paragraph.tokens,
        first: frame.first,
        end: frame.end,
        turn: turn ?? undefined,
      }
      // Title case capitalizes every word, so its names are unreliable (`Mom Corners Doe On
      // Pay`): they join the table only when a rule makes one a speaker.
      const remembered =
        subhead || (paragraph.titleCase && capitalizesAll(paragraph)) ? [] : mentions
      // `Her neighbor, Jane Doe, a retired engineer, brings …`: the name set off after the
      // subject phrase is who the next sentence's `she` is.
      let renamed: ScannedMention | null = null
      // Who each mention of the sentence stands for, as read in order.
      const standsFor = new Map<ScannedMention, Entity>()
      // Which of the sentence readers that look for a word may find one (see `sentenceWords`).
      const words = sentenceWords(paragraph.tokens, frame)
      // `Yewbarrow Memorial Hospital’s emergency department`: a body a thing's owner names is in
      // the text, for a later `the hospital`; not in sight, as an owner is seldom what a
      // sentence is about.
      // (Not in a title-case line, whose names are unreliable; in a sentence with no mention
      // of someone too: `Ten miners trapped at Soudan Ridge Mining’s mine were rescued.`)
      if (remembered === mentions) {
        for (const owner of bodiesOwning(paragraph.tokens, frame.first, frame.end)) {
          const body = resolve(owner.name, table, memory)
          if (!body) continue
          // (A company by its trade is in sight, though: `a rockfall at Soudan Ridge Mining’s
          // mine … The company said`.)
          if (owner.named && tradeNamed(body) && !entry.others.includes(body))
            entry.others.push(body)
          // `Zoomr’s shares fell 8 percent. … the company said`: a name that owns what only a
          // company has is a company's, and in sight.
          if (!owner.owning) continue
          if (body.kind === 'person' && nameOfNoOne(body, 1)) table.showBody(body, null)
          if (body.kind === 'organization' && !entry.others.includes(body)) entry.others.push(body)
        }
      }
      remembered.forEach((mention, index) => {
        const known = table.size
        // `Arcturus Telecom’s chief executive`, `chief executive of Arcturus Telecom`: the body a
        // role is of is in sight, for a later `the company said`.
        const body = bodyOfRole(paragraph.tokens, mention)
        // (A name cut to its first word is the one body it opens: `Harlow’s` for `Harlow Bank`.)
        const cut = body && !body.name.includes(' ') ? table.bodyOpeningWith(body.head) : undefined
        const organization = cut ?? (body && resolve(body, table, memory))
        if (organization && nameOfNoOne(organization, 1)) table.showBody(organization, null)
        if (organization?.kind === 'organization' && !entry.others.includes(organization)) {
          entry.others.push(organization)
        }
        // `The mood at Usman Butt’s party`: a person the phrase's owner names is in the text, for
        // a later `Butt`; not in sight for a later `he`, as an owner is seldom what a sentence
        // is about.
        const owner = ownerPerson(paragraph.tokens, mention)
        if (owner) resolve(owner, table, memory)
        // `Jane Doe is the oldest teacher in Bergen`, `The Coastal Herald is the oldest
        // newspaper`: a phrase after a name and a copula says what the name is; it is no one new.
        // So is a role set off after a name (`Jane Anyanwu, a negotiator,`): the name's role.
        // `said a teacher who has worked there for a decade, a father of seven.`: a phrase
        // set off after one for someone the text does not name is said of them; no one new.
        const described = phraseSetOffBefore(paragraph.tokens, mention, frame.first)
        if (described) {
          const scanned = remembered.find((other) => other.first === described.first)
          const same = scanned && standsFor.get(scanned)
          if (same?.kind === 'anonymous' || same?.kind === 'person') {
            const gender = genderedTitles[mention.head]
            if (gender) table.showGender(same, gender)
            standsFor.set(mention, same)
          }
          return
        }
        const predicated =
          predicateOf(paragraph.tokens, remembered, index) ??
          apposedBefore(paragraph.tokens, remembered, index, frame.end)
        const subject = predicated && standsFor.get(predicated)
        if (subject && subject.kind !== 'anonymous') {
          if (organizationHeads.has(mention.head) || anyBodyHeads.has(mention.head))
            table.showBody(subject, mention.head)
          else if (subject.kind === 'person') table.addRole(subject, mention.head)
          standsFor.set(mention, subject)
          return
        }
        // `Levente Fekete, a doctoral student who collected the samples,`: a relative pronoun
        // whose antecedent is a role set off after a name stands for the name.
        const antecedent = mention.antecedent
        const role =
          antecedent &&
          remembered.find(
            (other) => other.first === antecedent.first && other.end === antecedent.end,
          )
        // (`Femke Mulder, 63, a printmaker who has lived in Lahore,`: a role the scanner did not
        // read as a phrase of its own, set off after a name, is the name's too.)
        // (`Wei Roe is a choreographer who grew up in Accra`: so does one said of a name by a
        // copula, and the role is the name's, for a later `the choreographer`.)
        const copular = antecedent
          ? nameBeforeCopulaAt(paragraph.tokens, remembered, antecedent.first, standsFor)
          : undefined
        if (copular?.kind === 'person' && antecedent && personNoun(antecedent.head))
          table.addRole(copular, antecedent.head)
        const holder = role
          ? standsFor.get(role)
          : antecedent
            ? (nameSetOffBefore(paragraph.tokens, remembered, antecedent.first, standsFor) ??
              copular)
            : undefined
        const entity =
          holder && holder.kind !== 'anonymous' ? holder : resolve(mention, table, memory, entry)
        if (!entity) return
        standsFor.set(mention, entity)
        // `…, and the 53-year-old looked relaxed`: a phrase for someone opening a joined clause
        // that stood for a person is a role of theirs, for a later `the 53-year-old`.
        if (
          entity.kind === 'person' &&
          mention.kind === 'anonymous' &&
          definite(mention) &&
          joinedClauseAt(paragraph.tokens, mention.first)
        )
          table.addRole(entity, mention.head)
        // `His granddaughter, Rosa, volunteers …`: the one `his` stands for is a grandfather,
        // for a later `the grandfather of four`.
        const kin = kinBefore(paragraph.tokens, mention, frame.first)
        if (kin) {
          const owner = resolvePronoun(kin.pronoun, memory, table, entry, kin.sense, entity)
          if (owner?.kind === 'person' && owner !== entity) table.addRole(owner, kin.role)
        }
        // `Brightwater Audit Group delivered its audit`, `An audit of the club by Corbel
        // Partners`, `Dr. Núñez is the author of a new paper`: a paper the text speaks of is its
        // issuer's, for a later `the audit said` or `the paper concludes`.
        if (mention.kind === 'anonymous' && documentHeads.has(mention.head)) {
          const issuer = paperIssuer(paragraph.tokens, mention, entry, remembered, standsFor)
          const source = issuer && (issuer.entity ?? resolve(issuer.mention, table, memory, entry))
          if (source) table.showIssuer(mention.head, source, paragraphIndex)
        }
        // `a message sent to the programme by Kerry Roe`: the paper is the agent's, and the
        // name's when one is set off after the agent (`a letter written by the first matron,
        // Margaret Rhys,`).
        const sent = paperBy(paragraph.tokens, mention, frame)
        // Asked only past a paper: most mentions are no paper's agent.
        const agent =
          sent && mention.kind !== 'name'
            ? apposedName(paragraph.tokens, remembered, index, frame.end)
            : null
        // After `by`, a source the text does not name is the agent only through a name.
        if (sent && (agent || !sent.by || entity.kind !== 'anonymous')) {
          const issuer = agent ? (resolve(agent, table, memory) ?? entity) : entity
          table.showIssuer(sent.paper, issuer, paragraphIndex)
        }
        // `Adelheid Baumgärtner, who plays as Kestrl,`: a name someone goes by finds them, set
        // off after their name or a phrase for them (`The 21-year-old, who plays as …`).
        const alias =
          entity.kind === 'person' && mention.kind !== 'pronoun'
            ? aliasAfter(paragraph.tokens, mention.end, frame.end)
            : null
        if (alias) table.nameAlias(entity, alias)
        if (mention.kind === 'name') {
          // `a spokeswoman for Ridgeline Homes`: whom a spokesperson speaks for is a body,
          // when its name has nothing of a person's about it.
          if (
            entity.kind === 'person' &&
            nameOfNoOne(entity) &&
            spokespersonFor(paragraph.tokens, mention.first)
          )
            table.showBody(entity, null)
          const before = itemAt(paragraph.tokens, mention.first - 1)
          // One word after any of them (`from Dunmore`); a longer name after `at`, `in` or `near`
          // only (`at Auckland Fashion Week`), since `a letter from Jane Doe` names someone. A name
          // that only modifies a noun (`a Dayton machine shop`) stands for no one either.
          // (A name that ends in a trade is a firm where it stands, `risks at Tamsey Mining`,
          // but one someone works at is their workplace: `an analyst at Larkport Securities`.)
          // (Whether it is a firm is asked after a locative only: most names have none before.)
          const placed =
            (before?.word === true &&
              locatives.has(before.lower) &&
              !namesFirm(paragraph.tokens, mention) &&
              (mention.end - mention.first === 1 ||
                before.lower === 'at' ||
                before.lower === 'in' ||
                before.lower === 'near')) ||
            // `is due to travel on to New Delhi`, `flew back to Oslo`: where someone goes, after
            // `to` and a verb of going (or its `on` or `back`), however many words its name has.
            (before?.lower === 'to' && goingBefore(paragraph.tokens, mention.first - 2)) ||
            // `along the West Coast`, `across the Midwest`: words that only ever place govern a
            // region, however many words its name has, past its article.
            regionPrepositions.has(
              (before?.lower === 'the' ? itemAt(paragraph.tokens, mention.first - 2) : before)
                ?.lower ?? '',
            ) ||
            // `Dottie Roe, 68, of Charlestown,`: where someone set off before it is from.
            (before?.lower === 'of' &&
              itemAt(paragraph.tokens, mention.first - 2)?.text === ',' &&
              mention.end - mention.first === 1) ||
            modifiesNoun(paragraph.tokens, mention.first, mention.end - 1) ||
            dateline(paragraph.tokens, mention) ||
            // `the village of Tarnava`, `residents of Millbrook`: what a noun for a place or
            // for those who live in one is `of` is a place.
            // So is one word after a body's noun (`the central bank of Maresia`): the body is
            // of a place, or the name is a body; no one either way.
            (before?.lower === 'of' &&
              (placeOfNouns.has(itemAt(paragraph.tokens, mention.first - 2)?.lower ?? '') ||
                (mention.end - mention.first === 1 &&
                  organizationHeads.has(
                    itemAt(paragraph.tokens, mention.first - 2)?.lower ?? '',
                  )))) ||
            // `from Korvenia and Estrava`, `between Sorvia and Ondaria`: one word joined to one
            // word a locative placed is a place too.
            placeJoined(paragraph.tokens, mention) ||
            // `Mill Street`, `Fourth Avenue`: a name that ends in a word for a street.
            (mention.end - mention.first > 1 &&
              streetWords.has(itemAt(paragraph.tokens, mention.end - 1)?.lower ?? '')) ||
            // `wrote on X`, `posted on Facebook`, `fired back on Quillfeed`: where words were
            // put, not who put them, whatever the platform.
            (before?.lower === 'on' &&
              (platforms.has(mention.name.toLowerCase()) ||
                cueBefore(paragraph.tokens, mention.first - 1)))
          // `Temu Valley`, `Port Maren`: a name its own words make a place's is one wherever
          // it stands, and under any part of it (`Maren`, once `port` was seen in lower case).
          table.showPlaced(entity, table.size > known, placed || placeByWords(entity.name))
          // `Jane Doe, D-N.Y.,`, `Sen. Tom Roe (R-Ky.)`, `Democrat Jane Doe`: the party is a
          // role a later description names (`the New York Democrat`).
          const party = entity.kind === 'person' ? partyNear(paragraph.tokens, mention) : undefined
          if (party) table.addRole(entity, party)
          // `Ana Diaz (Fla.)`, `Sen. Tom Roe (R-Ky.)`: the state a tag gives is said of them,
          // for a later `the Florida senator`.
          const state = entity.kind === 'person' ? stateNear(paragraph.tokens, mention) : undefined
          if (state) table.describe(entity, state.split(' ').flatMap(describingStems))
          // `Humber and Dales Integrated Care Board (ICB)`: capitals in brackets right after a
          // body's name are what the text calls it from then on.
          const short = paragraph.tokens[mention.end + 1]
          if (
            entity.kind === 'organization' &&
            paragraph.tokens[mention.end]?.text === '(' &&
            paragraph.tokens[mention.end + 2]?.text === ')' &&
            short?.word &&
            isAcronym(short.text)
          )
            table.nameAcronym(entity, short.text)
        }
        // `Brennan Foods will close its plant`, `until Harbourline Ports improved its offer`: a
        // name `its` takes up in its clause is a body's.
        if (
          entity.kind === 'person' &&
          nameOfNoOne(entity) &&
          itsAfter(paragraph.tokens, mention, frame)
        )
          table.showBody(entity, null)
        if (mention.role === 'subject' && !entry.subject) {
          // `The first witness was Tom Hall`: the name after a copula is who the subject is.
          const copular = copularRole(paragraph.tokens, remembered, index)
          renamed = copular
            ? (remembered[index + 1] ?? null)
            : appositiveName(paragraph.tokens, remembered, index, frame.end)
          entry.subject = entity
          entry.subjectAt = mention.first
        } else if (mention === renamed) {
          // `Lumeo’s chief technology officer, Ola Roe,`: the role set off with the name is the
          // same person, no other one in sight for a later `she`.
          entry.subject = entity
        } else if (
          appositiveName(paragraph.tokens, remembered, index, frame.end) === mention &&
          !copularRole(paragraph.tokens, remembered, index) &&
          // (`A former student who is now a paramedic, Jo Roe,`: the relative stands for the
          // role the name renames, no one else in sight.)
          !(renamed && mention.antecedent && mention.antecedent.first === entry.subjectAt)
        ) {
          entry.others.push(entity)
        }
        // `her husband, Sam`: a role with a name set off after it is remembered as the name.
        // `Jane Doe, a retired teacher,`: the role is hers, for a later `the teacher`.
        const named = apposedName(paragraph.tokens, remembered, index, frame.end)
        if (named) {
          const person = resolve(named, table, memory)
          if (person) table.addRole(person, mention.head)
          // (`A former student who is now a paramedic, Jo Roe,`: what the clause says she is.)
          const more = person && predicateRole(paragraph.tokens, mention.end, frame.end)
          if (person && more) table.addRole(person, more)
        }
        // `Jane Doe, a retired architect,`: a role of any noun, in no list. `Zoomr, the Silicon
        // Valley startup,`: a noun for a body beside a name makes it a body's.
        if (mention.kind === 'name' && entity.kind !== 'anonymous') {
          const roles = rolesBeside(paragraph.tokens, mention, frame.first, frame.end)
          // (A name with an age set beside it is a person's: `Yuki Roe, 39, a security guard,`.)
          const aged = roles.some((role) => role.endsWith('-year-old'))
          for (const role of roles) {
            // `Harlow Bank, the country's sixth-largest lender,`: a noun that fits any body is a
            // body's, when the name is one (`a property developer` may be someone).
            if (
              !aged &&
              (organizationHeads.has(role) ||
                (anyBodyHeads.has(role) && entity.kind === 'organization'))
            )
              table.showBody(entity, role)
            // (`Efua Gyasi, the Gulls’ center,`: a person a body's noun leaves a person holds
            // it as a role.)
            if (entity.kind === 'person') table.addRole(entity, role)
          }
          // `Ostrander Builders chief executive Lakshmi Roe`: the body the title is of is named,
          // for a later `the company`.
          const body = entity.kind === 'person' ? bodyBeforeTitle(paragraph.tokens, mention) : null
          if (body) entry.others.push(table.add(body))
          // `Pedro Roe, who runs a bakery in Lisbon,`: what is said of them beside the name,
          // for a later `the bakery owner`.
          table.describe(entity, wordsBeside(paragraph.tokens, mention, frame.first, frame.end))
          // `Choi Ha-eun, the club's coach, who has lived there with her family`: the
          // relative clause's `his` or `her` is the name's own; not a place's (`a shopkeeper on
          // Copper Street, who did not want her name published`), which no one is.
          if (entity.kind === 'person' && entity.gender === 'unknown' && !entity.placedOnly) {
            const gender = relativeGender(paragraph.tokens, mention, frame.end)
            if (gender) table.showGender(entity, gender)
          }
        }
      })
      // `listening to FBI Director James Comey’s statement. He called it …`: the owner of a paper
      // is in sight for a later pronoun, after everyone the sentence names.
      for (const mention of remembered) {
        if (mention.kind !== 'anonymous' || !documentHeads.has(mention.head)) continue
        const owner = paperOwner(paragraph.tokens, mention)
        const entity = owner?.kind === 'name' ? resolve(owner, table, memory) : null
        if (entity?.kind === 'person' && !entry.others.includes(entity)) entry.others.push(entity)
      }
      // `Reza Roe praised Jane Doe’s handling of it. But she was cautious`: a person named in
      // full as the owner of what the verb takes is in sight for a later pronoun, after
      // everyone else the sentence names, and for nothing else (the owner of its subject is
      // not: `The mood at Usman Butt’s party was grim` is about the mood).
      if (remembered === mentions && entry.subject) {
        const said = remembered.find((mention) => mention.first === entry.subjectAt)
        const owned = said ? objectOwner(paragraph.tokens, frame, said.end) : null
        const entity = owned && resolve(owned, table, memory)
        if (entity?.kind === 'person' && entity !== entry.subject && !entry.others.includes(entity))
          entry.owners.push(entity)
      }
      // `… on Monday, leaving Iryna Tkachenko’s side eighth. ¶ “…,” Tkachenko insisted.`: a
      // person a given name shows, named in full only as an owner, is known by the surname
      // later (in sight for nothing).
      for (let index = frame.first; index < frame.end; index++) {
        const token = paragraph.tokens[index] as FrameToken
        if (!token.possessive || !token.nameWord || paragraph.tokens[index + 1]?.capitalized)
          continue
        const owner = possessorEndingAt(paragraph.tokens, index, frame.first)
        if (owner?.kind !== 'name' || owner.organization || !owner.name.includes(' ')) continue
        const given = owner.name.slice(0, owner.name.indexOf(' ')).toLowerCase()
        if (givenNameGenderOf(given) !== undefined) resolve(owner, table, memory)
      }
      // `Kerry Lomax, 34, was trapped in her car`: a subject's own `his` or `her` shows its gender.
      // Only a full name's: a word alone may be a place the scanner took for someone.
      if (
        entry.subject?.kind === 'person' &&
        entry.subject.gender === 'unknown' &&
        entry.subject.keys.length > 1
      ) {
        const gender = ownGender(paragraph.tokens, remembered, entry.subjectAt, frame.end)
        if (gender) table.showGender(entry.subject, gender)
      }
      // `She is 29 now`, `Jane Doe turned 40 in May`: an age said of the subject is hers, for a
      // later `the 29-year-old`.
      if (entry.subject?.kind === 'person') {
        const said = remembered.find((mention) => mention.first === entry.subjectAt)
        const age = said ? ageOfSubject(paragraph.tokens, said, frame) : null
        if (age) table.addRole(entry.subject, `${age}-year-old`)
        // `He is a crane operator.`: a role a copula says of the subject opening the sentence
        // is theirs, for a later `the operator`.
        const role =
          said && said.first === frame.first
            ? roleSaidOf(paragraph.tokens, said.end, frame.end)
            : null
        if (role) table.addRole(entry.subject, role)
      }
      // `Priya Horvat, 51, a former accountant, testified on Monday in the trial of Tom Roe, who
      // …`, `Ana Roe chairs the board`: a role the verb of the name opening the sentence names is
      // theirs, for a later `the witness`, `the chair` (whoever a later clause makes the subject).
      const opener = remembered.find(
        (mention) => mention.first === frame.first && mention.kind === 'name',
      )
      const doer = opener && standsFor.get(opener)
      const held =
        opener && doer?.kind === 'person'
          ? roleHeldPastAsides(paragraph.tokens, opener.end, frame.end)
          : undefined
      if (doer && held) table.addRole(doer, held)
      // `The plumber shrugged. “…,” he said`: an article phrase for someone, in no list, that
      // opens a sentence with no subject found is its subject.
      if (!entry.subject && remembered === mentions) {
        const opening = openingPerson(paragraph.tokens, frame)
        const entity = opening && resolve(opening, table, memory, entry)
        if (entity) {
          entry.subject = entity
          entry.subjectAt = frame.first
        }
      }
      // `Tom Baker’s aides were silent. “…,” he said`: the owner of the sentence's opening
      // phrase is as present as its subject for a later pronoun.
      const owner = remembered === mentions ? openingPossessor(paragraph.tokens, frame) : null
      if (owner) {
        const entity = resolve(owner, table, memory)
        if (entity && entity !== entry.subject) entry.others.push(entity)
      }
      const shared: FrameFacts = {}
      // Whether the sentence names no one and reports nothing, for continuation.
      const bareSentence =
        frame.quotes.length > 0 &&
        mentions.every((mention) => mention.kind === 'pronoun') &&
        !hasCue(paragraph, frame)
      frame.quotes.forEach((quoteIndex, order) => {
        const context: QuoteFrame = {
          shared,
          paragraph,
          frame,
          quote: quoteIndex,
          order,
          mentions,
          headline: input.headline[paragraphIndex] === true,
          transcript,
        }
        // A title (`the film “Jaws”`) is nobody's words: no rule and no continuation, and it
        // breaks no chain of quotes around it. So are words the text says someone never said.
        if (
          titleOfWork(paragraph, quoteIndex) ||
          heldUpWord(paragraph, quoteIndex) ||
          disownedWords(paragraph, quoteIndex)
        )
          return
        // `Q: “…”` ¶ `A: “…”`: an interview's turns are the interviewer's and the
        // interviewee's, as the text introduced them, or no one's; never a speaker `Q`.
        const label = frameIndex === 0 && order === 0 ? turnLabel(paragraph, quoteIndex) : null
        if (label) {
          const party = interviewParty(input.paragraphs, paragraphIndex, label, trace)
          const entity = party && resolve(party.mention, table, memory)
          found[quoteIndex] =
            party && entity
              ? finish(
                  {
                    mention: party.mention,
                    cue: -1,
                    rule: 'interview-turn',
                    method: 'explicit',
                    confidence: 0.8,
                  },
                  entity,
                  party.paragraph,
                )
              : null
          lastAttribution = found[quoteIndex] ?? null
          if (lastAttribution) attributedBefore = true
          return
        }
        const sieved = sameMentionAs(
          found,
          frame.quotes,
          order,
          applySieve(context, table, memory, entry, paragraphIndex),
        )
        if (sieved === undefined) {
          lastAttribution = null
          return
        }
        let attribution = sieved
        // `“Ray saw something I couldn’t feel,” he said`: a speaker seldom names themselves in
        // their own words; `he` is the next person in sight.
        // Nor is `he` anyone its own clause names after it (`“…,” he told Ostrowski`, `he said,
        // turning to Ostrowski`): a writer would have said `himself`.
        if (
          attribution?.mention.kind === 'pronoun' &&
          !attribution.mention.plural &&
          (namedInQuote(paragraph, quoteIndex, attribution.entity) ||
            namedLaterInClause(paragraph.tokens, mentions, standsFor, attribution, frame.end) ||
            askerBefore(paragraph.tokens, mentions, standsFor, attribution, frame.first))
        ) {
          const other = resolvePronoun(
            attribution.mention,
            memory,
            table,
            entry,
            undefined,
            attribution.entity,
          )
          if (other?.kind === 'person')
            attribution = changedAttribution(attribution, { entity: other })
        }
        // `“…?” one reporter asked. ¶ “…,” she said`: the answer is not the asker's.
        if (attribution && quoteIndex === 0 && frameIndex === 0) {
          attribution = answerer(
            input.paragraphs,
            attributions,
            paragraphIndex,
            attribution,
            memory,
            trace,
          )
        }
        if (attribution && attribution.mention.end <= frame.end) {
          const nearer = clauseSubjectBefore(
            paragraph.tokens,
            mentions,
            standsFor,
            attribution,
            paragraph.quoteTokens[quoteIndex]?.first ?? -1,
          )
          if (nearer) attribution = changedAttribution(attribution, { mention: nearer })
        }
        const previous = found[itemAt(frame.quotes, order - 1) ?? -1] ?? null
        if (!attribution && previous) {
          attribution = carry(previous, 'same-sentence-continuation', 0.95)
        }
        if (
          !attribution &&
          introduced &&
          quoteIndex === 0 &&
          (paragraph.quoteTokens[0]?.first === 0 ||
            // (A list after a cue, or a clause about someone (`Doe made three points:`); not
            // after a label alone: `SHORT READS:` heads a list of titles no one said.)
            ((introduced.cue >= 0 || introduced.rule === 'introduction-colon') &&
              afterListMarker(paragraph, paragraph.quoteTokens[0]?.first ?? -1)))
        ) {
          attribution = introduced
        }
        if (
          !attribution &&
          reported &&
          // (`Doe was asked whether it failed. The reply: “…”`: a label for an answer names no
          // one.)
          (paragraph.quoteTokens[quoteIndex]?.first === frame.first ||
            answerLabel(
              paragraph.tokens,
              frame.first,
              paragraph.quoteTokens[quoteIndex]?.first ?? -1,
            )) &&
          // A sentence that only sets the quote up yields to a name right after it (`“…” -
          // Hillary Clinton.`).
          (reported.rule !== 'set-up-continuation' || !namedAfter(paragraph, quoteIndex, mentions))
        ) {
          attribution = changedAttribution(reported, { cue: -1 })
        }
        const turn =
          !attribution && quoteIndex === 0 && frameIndex === 0
            ? exchangeTurn(input.paragraphs, attributions, paragraphIndex, lastAttribution, trace)
            : undefined
        if (turn !== undefined) attribution = turn
        else if (!attribution) {
          attribution = continuation(
            paragraph,
            quoteIndex,
            frameIndex,
            frame.first,
            lastAttribution,
            paragraphIndex - lastParagraphWithQuote === 1 ||
              (quoteIndex === 0 && input.continued[paragraphIndex] === true),
            attributedBefore,
            bareSentence,
            namedAfter(paragraph, quoteIndex, mentions),
          )
        }
        if (attribution && context.headline && attribution.method === 'explicit') {
          attribution = changedAttribution(attribution, { method: 'headline' })
        }
        found[quoteIndex] = attribution
        if (attribution) attributedBefore = true
        if (attribution) {
          entry.speakers.push(attribution.entity)
          lastAttribution = attribution
        } else if ((paragraph.quotes[quoteIndex] as ParagraphQuote).depth === 0) {
          // An unattributed quote breaks the chain a later quote could continue.
          lastAttribution = null
        }
      })
      // `“a” and “b,” she said`: an attribution closing the sentence covers its earlier quotes.
      for (let order = frame.quotes.length - 2; order >= 0; order--) {
        const index = frame.quotes[order] as number
        const later = found[frame.quotes[order + 1] as number]
        // (Not a title or writing on a thing: `banners reading “…” and “…”. “…,” Khumalo said`.)
        if (
          !found[index] &&
          later &&
          closesSentence.has(later.rule) &&
          !titleOfWork(paragraph, index)
        ) {
          found[index] = carry(later, 'same-sentence-continuation', 0.9)
        }
      }
      // `Jordan Reed, who uses they/them pronouns, spoke first`: the text says who is `they`.
      if (entry.subject && declaresThey(paragraph.tokens, frame, words))
        table.showByThey(entry.subject)
      // `Saleh came to Westbrook from Beirut in 2003`: where the subject comes from makes them a
      // native of it, for a later `the Beirut native`.
      if (entry.subject?.kind === 'person' && originIn(paragraph.tokens, frame, words))
        table.addRole(entry.subject, 'native')
      // A sentence of quoted words alone that no one was found to speak names no one a later
      // pronoun may stand for, and is no distance to them either: the paragraphs of a speech
      // quoted at length are one stretch of its speaker's words, and a `she said` after them
      // reaches back to the sentence before they began.
      if (!silentQuote(entry)) {
        memory.push(entry)
        if (trace) noteMemory(trace, entry)
      }
      // `“We will win.” Jane Doe said.`: a sentence that only attributes takes the quote that
      // ends the sentence before it, unless a cue of its own attributed that one.
      // Most sentences hold no cue: they skip the phrase reader.
      const closing =
        !subhead &&
        // (`The sentence is Jane Doe’s, from her memoir “Salt”.`)
        !holdsWords(paragraph, frame.quotes) &&
        (hasCue(paragraph, frame) ||
          followsBrokenOff(paragraph, frame) ||
          // (`That is how Olga Petrenko remembers it.`: words that point back, with no cue.)
          pointsBackWithoutCue(
            paragraph.tokens,
            skipPunctuation(paragraph.tokens, frame.first, frame.end),
            frame.end,
          ))
          ? attributionSentence(paragraph, frame, mentions)
          : null
      // `“…” ¶ So said the mayor, Declan Brennan, on Thursday.`: a paragraph that opens by
      // attributing words takes up a quote the paragraph before ended on alone.
      if (closing && frameIndex === 0) pointedBack = closing
      const previousFrame = itemAt(paragraph.frames, frameIndex - 1)
      const last = previousFrame && itemAt(previousFrame.quotes, previousFrame.quotes.length - 1)
      // Whether the sentence gave the quote before it a speaker by pointing back at it.
      let tookUp = false
      if (
        closing &&
        previousFrame &&
        last !== undefined &&
        endsFrame(paragraph, last, previousFrame) &&
        standsAsSentence(paragraph, last, previousFrame)
      ) {
        const earlier = found[last]
        const speaker = resolve(closing.mention, table, memory, entry)
        if (speaker && (!earlier || earlier.method === 'continuation')) {
          found[last] = finish(closing, speaker, paragraphIndex)
          lastAttribution = found[last]
          tookUp = pointsBack(
            paragraph.tokens,
            skipPunctuation(paragraph.tokens, frame.first, frame.end),
            frame.end,
          )
        }
      }
      // Reported speech hands its speaker to a quote opening the very next sentence only.
      // `Doe spoke for an hour.` hands over as well as `Doe said the talks …` does. Words that
      // pointed back (`That was the verdict of Doe.`) are spent on the quote before them: the
      // next quote only continues it, and a sentence of its own may say otherwise.
      const speech =
        subhead || tookUp ? null : (reportedSpeech(paragraph, frame, mentions) ?? closing)
      const speaker = speech && resolve(speech.mention, table, memory)
      // `“…” Yael Rosen shook her head. “…”`: a short beat between the quote that opens a
      // paragraph and another is the speaker's, and so is the quote before it that nothing
      // attributed.
      const following = paragraph.frames[frameIndex + 1]
      if (
        speech?.rule === 'set-up-continuation' &&
        speaker?.kind === 'person' &&
        frameIndex === 1 &&
        previousFrame &&
        opensWithQuote(paragraph, previousFrame) &&
        wordsIn(paragraph, frame) <= beatWords &&
        last !== undefined &&
        // Nothing in its sentence attributed it: none, or a speaker carried on from before.
        (!found[last] || found[last]?.method === 'continuation') &&
        endsFrame(paragraph, last, previousFrame) &&
        following !== undefined &&
        opensWithQuote(paragraph, following)
      ) {
        found[last] = finish(
          changedMatch(speech, { rule: 'set-up-continuation' }),
          speaker,
          paragraphIndex,
        )
      }
      // `In a statement, the hospital said …`: a later `the statement said` is the hospital's.
      // A body the text only describes issues papers too (`the department said in a post`), as
      // the subject or as who the sentence's cue reports, and so does a spokesperson (`In a
      // statement, a council spokesperson said`); a paper issues no paper (`its report said in
      // a statement`).
      // (`In a letter to Jo Roe, who chairs the panel, Ana Poe wrote that …`: a name the
      // sentence's own cue makes its quote's speaker, before a subject read elsewhere.)
      const own = found[frame.quotes[0] ?? -1]
      const cued =
        own?.method === 'explicit' &&
        own.mention.kind === 'name' &&
        own.mention.first >= frame.first &&
        own.mention.end <= frame.end
          ? own.entity
          : null
      const subjectSource = cued ?? entry.subject ?? own?.entity ?? (speech ? speaker : null)
      // (A paper's name is an outlet's, no paper: `The Meridian Post wrote in an editorial`.)
      const paper =
        subjectSource &&
        (!documentHeads.has(subjectSource.head) || subjectSource.kind === 'organization')
          ? paperIn(paragraph.tokens, frame, words)
          : null
      // `Shares fell after Grayling published a report`: who put the paper out, when the verb
      // has a subject of its own, rather than the sentence's.
      const publisher = paper && publisherOf(paragraph.tokens, paper.word, frame, mentions)
      const source = (publisher && resolve(publisher, table, memory)) || subjectSource
      if (paper && source) table.showIssuer(paper.head, source, paragraphIndex)
      // `I wrote to the minister in March. The letter said, “…”`: whoever wrote to someone
      // sent a letter, theirs.
      else if (!paper) {
        const writer = writerTo(paragraph.tokens, frame, mentions, words)
        const entity = writer && resolve(writer, table, memory, entry)
        if (entity) table.showIssuer('letter', entity, paragraphIndex)
      }
      // A sentence that only sets a quote up (`Whitlock smiled.`) hands on someone the text
      // knows: a person named before, or by a full name (`Prices rose.` names no one).
      const someone =
        (speaker?.kind === 'person' && (speaker.index < known || speaker.keys.length > 1)) ||
        // (Or someone the phrase brings in by what they do: `A pilot sounded weary.`)
        (speaker?.kind === 'anonymous' && !speaker.plural && personNoun(speaker.head))
      // (A body named, that the text knows, sets a quote up too: `The Foreign Ministry rejected
      // the claim.`; `it` and `the government` may stand for much.)
      const body =
        speaker?.kind === 'organization' &&
        speech?.mention.kind === 'name' &&
        (speaker.index < known || speaker.keys.length > 1)
      const settled = speech?.rule !== 'set-up-continuation' || someone || body
      // `Osei rarely talks about the war. When he does, it comes out in a rush. ¶ “…”`: a
      // sentence that only goes on about whom the one before reported, by a pronoun for them,
      // hands the quote after it the same speaker.
      const goesOn =
        !speech &&
        reported !== null &&
        frameIndex > 0 &&
        staysWith(reported.entity, paragraph, frame, mentions, (mention) =>
          resolve(mention, table, memory),
        )
      if (!goesOn)
        reported = speech && speaker && settled ? finish(speech, speaker, paragraphIndex) : null
      // `A senior official said the nurse had been told. “…,” he added.`: whom a sentence
      // reports has spoken, as much as someone given a quote, for a later `added`: someone the
      // text knows, as its own subject, by a cue that is speech in every sense. `Talks went on`
      // names no one; `called for a ban` reports no words; `Her remarks came after Roe
      // suggested …` reports Roe in a clause the sentence is not about.
      if (
        speech &&
        speaker &&
        someone &&
        speaker === entry.subject &&
        speech.rule !== 'set-up-continuation' &&
        inMainClause(paragraph.tokens, frame.first, speech.mention.first) &&
        cueEntryAt(paragraph.tokens, speech.cue)?.weak === false
      ) {
        entry.reporter = speaker
        trace?.memory.push(speaker.index)
      }
      if (frameIndex === paragraph.frames.length - 1 && !subhead) {
        const match = introduction(paragraph, frame, mentions)
        const entity = match && resolve(match.mention, table, memory, entry)
        introduced = match && entity ? finish(match, entity, paragraphIndex) : null
      }
    })
    if (paragraph.frames.length === 0) introduced = null
    const previous = itemAt(input.paragraphs, paragraphIndex - 1)
    // (Set inside the loop over frames, which the compiler does not follow.)
    const back = pointedBack as RuleMatch | null
    // Whether it takes the quote up depends on the paragraph before: an edit there reads it again.
    if (back && previous && trace) trace.readsPrevious = true
    // (`“…” Then a long pause.` ¶ `So says …`: words that point back reach past sentences that
    // name no one after the quote.)
    if (back && previous && (endsWithQuote(previous) || quotesOfLastSentence(previous).length)) {
      const row = itemAt(attributions, paragraphIndex - 1) ?? []
      const speaker = resolve(back.mention, table, memory)
      // Nothing attributed its quotes; or, for words that point back (`So said …`, `That was
      // how … put it`, `The words came from …`), nothing but a speaker carried on from before.
      const opening = paragraph.frames[0]
      const pointing =
        opening !== undefined &&
        pointsBack(
          paragraph.tokens,
          skipPunctuation(paragraph.tokens, opening.first, opening.end),
          opening.end,
        )
      // (Words that point back take up a last sentence of quotes alone too: `The figures came
      // out on Monday. “…” ¶ That was the message from …`.)
      const taken =
        quoteOnly(previous) || labelledQuotes(previous)
          ? previous.quotes.map((_, index) => index)
          : pointing && opensByPointing(paragraph)
            ? quotesOfLastSentence(previous)
            : []
      const open = taken.every(
        (index) =>
          (previous.quotes[index]?.depth ?? 0) > 0 ||
          !row[index] ||
          (pointing && row[index]?.method === 'continuation'),
      )
      if (speaker && open && taken.length > 0) {
        for (const index of taken) {
          if (previous.quotes[index]?.depth === 0)
            row[index] = finish(back, speaker, paragraphIndex)
        }
        if (trace) for (const attribution of row) noteAttribution(trace, trace.rows, attribution)
        // `“…” ¶ “…” ¶ Those were the words Jane Doe chose …`: words that point back take up the
        // run of quotes alone in their paragraphs that nothing attributed, before the one they
        // follow.
        if (pointing) {
          for (let index = paragraphIndex - 2; index >= paragraphIndex - takenUpRows; index--) {
            const earlier = input.paragraphs[index]
            const earlierRow = attributions[index]
            if (!earlier || !earlierRow) break
            trace?.read(index)
            trace?.readRow(index)
            if (!quoteOnly(earlier) || earlierRow.some((attribution) => attribution)) break
            earlier.quotes.forEach((quote, at) => {
              if (quote.depth === 0) earlierRow[at] = finish(back, speaker, paragraphIndex)
            })
            if (trace)
              for (const attribution of earlierRow) noteAttribution(trace, trace.rows, attribution)
          }
        }
      }
    }
    const signed = previous && paragraph.quotes.length === 0 && !subhead ? byline(paragraph) : null
    if (signed && trace) trace.readsPrevious = true
    const row = itemAt(attributions, paragraphIndex - 1) ?? []
    // `Sipho Nkosi, 71, striker ¶ “…”`: a name alone on its line after quotes that all have a
    // speaker (or none) labels the quote that opens the next paragraph, as an oral history
    // sets its voices; after an unattributed quote it signs that quote instead.
    const unsigned =
      previous !== undefined &&
      endsWithQuote(previous) &&
      previous.quotes.some((quote, index) => quote.depth === 0 && !row[index])
    const signer = signed ? resolve(signed, table, memory) : null
    if (signed && !unsigned) {
      const match: RuleMatch = {
        mention: signed,
        cue: -1,
        rule: 'label-paragraph',
        method: 'explicit',
        confidence: 0.7,
      }
      introduced = signer ? finish(match, signer, paragraphIndex) : introduced
    }
    if (signed && previous && endsWithQuote(previous)) {
      previous.quotes.forEach((quote, index) => {
        // A byline signs its quote over a speaker only set up by the sentence before it.
        const carried = row[index]?.rule === 'set-up-continuation'
        if (signer && quote.depth === 0 && (!row[index] || carried)) {
          const match: RuleMatch = {
            mention: signed,
            cue: -1,
            rule: 'byline-paragraph',
            method: 'explicit',
            confidence: 0.75,
          }
          row[index] = finish(match, signer, paragraphIndex)
        }
      })
      if (trace) for (const attribution of row) noteAttribution(trace, trace.rows, attribution)
    }
    if (subhead) {
      introduced = announcedBy(subhead, paragraph, paragraphIndex, table, memory)
      reported = null
    }
    // (A paragraph whose quotes are all titles is prose between quotes: `The panel ended with
    // a screening of “The Quiet Crossing”.` ends a chain of quotes as any other does.)
    if (
      holdsWords(
        paragraph,
        paragraph.quotes.map((_, index) => index),
      )
    )
      lastParagraphWithQuote = paragraphIndex
    // `“Kayode rang me and said, ‘The money is there,’” Doe recalled`: a quote inside a quote
    // with an attribution of its own there is that speaker's, not the outer one's.
    const voices = input.inner
      ? null
      : nestedVoices(paragraph, readAlone, (name) => table.namesPerson(name.name))
    for (const [index, voice] of voices ?? []) {
      if (found[index]) continue
      const outer = found[paragraph.quotes[index]?.parent ?? -1]
      // (`“She used to say, ‘…’,” her granddaughter said`: `she` is someone in sight other than
      // the one quoted.)
      let entity =
        voice.mention.kind === 'pronoun'
          ? outer
            ? resolvePronoun(voice.mention, memory, table, undefined, undefined, outer.entity)
            : null
          : resolve(voice.mention, table, memory)
      // `“When the landlord told us ‘…’, we believed it,” said Le Thi Lan`: a phrase for
      // someone inside the quote is someone the speaker tells of, never the speaker, whom a
      // role nobody was given would fall back to.
      if (entity && entity === outer?.entity && voice.mention.kind !== 'name')
        entity = table.addStandIn(voice.mention)
      if (entity) found[index] = finish(voice, entity, paragraphIndex)
    }
  }
  state.lastAttribution = lastAttribution
  state.lastParagraphWithQuote = lastParagraphWithQuote
  state.introduced = introduced
  state.reported = reported
  if (trace) {
    trace.handed.push(lastParagraphWithQuote)
    for (const attribution of [lastAttribution, introduced, reported])
      noteAttribution(trace, trace.handed, attribution)
    for (const attribution of attributions[paragraphIndex] ?? [])
      noteAttribution(trace, trace.rows, attribution)
  }
}

// An attribution as plain values: the fields a later paragraph or the result reads.
function noteAttribution(trace: FoldTrace, into: unknown[], attribution: Attribution | null): void {
  if (!attribution) {
    into.push(null)
    return
  }
  into.push(
    attribution.entity.index,
    attribution.paragraph,
    attribution.cue,
    attribution.method,
    attribution.rule,
    attribution.confidence,
  )
  trace.carryMention(into, attribution.mention)
}

// A remembered sentence as plain values.
function noteMemory(trace: FoldTrace, entry: Memory): void {
  const into = trace.memory
  into.push('memory', entry.paragraph, entry.first, entry.end, entry.subjectAt)
  into.push(entry.subject ? entry.subject.index : -1, entry.speakers.length, entry.others.length)
  for (const entity of entry.speakers) into.push(entity.index)
  for (const entity of entry.others) into.push(entity.index)
  // (Whom an interview's turn gives its `I` and its `you`: -2 outside a turn.)
  const turn = entry.turn
  into.push(turn ? (turn.speaker?.index ?? -1) : -2, turn ? (turn.addressee?.index ?? -1) : -2)
}

// `The first witness was Tom Hall`, `Tom Hall is the treasurer`: a role joined to a name by
// a copula is that person, not someone else a pronoun could stand for.
function copularRole(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
): boolean {
  const mention = mentions[index] as ScannedMention
  if (mention.kind !== 'description' && mention.kind !== 'anonymous') return false
  const next = mentions[index + 1]
  return (
    (next?.kind === 'name' &&
      next.first === mention.end + 1 &&
      copulas.has(tokens[mention.end]?.lower ?? '')) ||
    nameBeforeCopula(tokens, mentions, index, copulas) !== null
  )
}

const copulas = new Set(['is', 'was', 'are', 'were', 'became', 'becomes'])

// The name right before a copula of `forms` that the phrase at `index` follows (`Jane Doe is
// the oldest teacher`), or null.
function nameBeforeCopula(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
  forms: ReadonlySet<string>,
): ScannedMention | null {
  const mention = mentions[index] as ScannedMention
  const previous = itemAt(mentions, index - 1)
  return previous?.kind === 'name' &&
    previous.end === mention.first - 1 &&
    forms.has(itemAt(tokens, mention.first - 1)?.lower ?? '')
    ? previous
    : null
}

// The name a role phrase is set off after (`Jane Doe, the country's chief negotiator,`), as
// `apposedName` finds it, when the name comes first; or null.
function apposedBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
  end: number,
): ScannedMention | null {
  const mention = mentions[index] as ScannedMention
  if (mention.kind !== 'description' && mention.kind !== 'anonymous') return null
  if (documentHeads.has(mention.head)) return null
  const named = apposedName(tokens, mentions, index, end)
  return named && named.kind === 'name' && named.end <= mention.first ? named : null
}

// The name a singular phrase for someone or a body is said of, right after the name and a
// copula (`Jane Doe is the oldest teacher`, `Jane Doe, 28, has been a goalkeeper`), or null.
function predicateOf(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  index: number,
): ScannedMention | null {
  const mention = mentions[index] as ScannedMention
  if ((mention.kind !== 'description' && mention.kind !== 'anonymous') || mention.plural)
    return null
  const named = nameBeforeCopula(tokens, mentions, index, singularCopulas)
  if (named) return named
  const previous = itemAt(mentions, index - 1)
  if (previous?.kind !== 'name') return null
  // Past an aside set off after the name (`, 28,`), the words up to the phrase must be a
  // copula of some tense or aspect.
  let at = previous.end
  if (tokens[at]?.text === ',') {
    let close = at + 1
    while (close < mention.first && close <= at + 8 && tokens[close]?.text !== ',') {
      if ((tokens[close] as FrameToken).quote >= 0) return null
      close++
    }
    if (tokens[close]?.text !== ',') return null
    at = close + 1
  }
  const words: string[] = []
  for (; at < mention.first; at++) words.push((tokens[at] as FrameToken).lower)
  return longCopulas.has(words.join(' ')) ? previous : null
}

// Copulas of several words, or ones that say what someone became (`has been`, `became`).
const longCopulas = new Set([
  'is',
  'was',
  'has been',
  'had been',
  'is now',
  'was once',
  'is also',
  'is still',
  'became',
  'has become',
  'remains',
])

// `is 29 now`, `turned 40`: an age a present or turning verb at `at` says of its subject, or
// null.
function ageSaidOf(tokens: readonly FrameToken[], at: number, end: number): string | null {
  if (!ageVerbs.has(tokens[at]?.lower ?? '') || at + 1 >= end) return null
  const number = (tokens[at + 1] as FrameToken).text.replace(/\.$/u, '')
  if (!/^\d{1,3}$/u.test(number)) return null
  const next = tokens[at + 2]
  return !next?.word || ageClosers.has(next.lower) ? number : null
}

// The age a sentence gives its subject: fronted (`At 95, Naledi Ndlovu still keeps …`) or
// said by its verb, past any asides set off after the subject (`Maja Berg, the surgeon whose
// team …, turned 82 this spring`); or null.
function ageOfSubject(
  tokens: readonly FrameToken[],
  subject: Mention,
  frame: { first: number; end: number },
): string | null {
  const first = frame.first
  if (
    subject.first === first + 3 &&
    tokens[first]?.lower === 'at' &&
    /^\d{1,3}$/u.test(tokens[first + 1]?.text ?? '') &&
    tokens[first + 2]?.text === ','
  )
    return (tokens[first + 1] as FrameToken).text
  return readPastAsides(tokens, subject.end, frame.end, 4, asideOpeners, (at) =>
    ageSaidOf(tokens, at, frame.end),
  )
}

// What `read` finds at the word after a name ending at `end`, or past each of up to `asides`
// asides set off after it, opened by one of `openers` (each aside's closing comma may open the
// next: `, 51, a former accountant,`); or null.
function readPastAsides<T>(
  tokens: readonly FrameToken[],
  end: number,
  high: number,
  asides: number,
  openers: ReadonlySet<string>,
  read: (at: number) => T | null | undefined,
): T | null {
  let at = end
  for (let aside = 0; ; aside++) {
    const found = read(at)
    if (found || aside >= asides) return found ?? null
    const opening = openers.has(tokens[at]?.text ?? '')
      ? at
      : aside > 0 && tokens[at - 1]?.text === ','
        ? at - 1
        : -1
    if (opening < 0) return null
    const past = setOffEnd(tokens, opening, high)
    if (past === opening) return null
    at = past
  }
}

// The role the verb at `at` names, in the present or the perfect (`chairs`, `has chaired`,
// `has long led`); running an institution makes its director (`has run the Deepwell
// Underground Laboratory since 2016`), running anything else its owner (`runs a bakery`).
function roleOfVerbAt(tokens: readonly FrameToken[], at: number, high: number): string | undefined {
  let verb = at
  const perfect = perfectAuxiliaries.has(tokens[verb]?.lower ?? '')
  if (perfect) verb++
  if (perfect && perfectAdverbs.has(tokens[verb]?.lower ?? '')) verb++
  const word = tokens[verb]?.lower ?? ''
  const held = perfect ? participleRoles.get(word) : roleVerbs.get(word)
  if (held !== 'owner' || !runningForms.has(word)) return held
  for (let index = verb + 1; index < high && index <= verb + 6; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) break
    if (institutionHeads.has(token.lower)) return 'director'
  }
  return held
}

const perfectAdverbs = new Set(['long', 'also', 'since', 'now'])
const runningForms = new Set(['runs', 'run'])
// Nouns for an institution whose head is its director (`the Sahel Bird Observatory`).
const institutionHeads = new Set(
  'laboratory lab laboratories institute observatory unit centre center clinic museum library programme program station school project'.split(
    ' ',
  ),
)
// The participles of the verbs of holding a role, after `has` or `had`.
const participleRoles: ReadonlyMap<string, string> = new Map([
  ['chaired', 'chair'],
  ['headed', 'head'],
  ['directed', 'director'],
  ['managed', 'manager'],
  ['owned', 'owner'],
  ['run', 'owner'],
  ['coached', 'coach'],
  ['edited', 'editor'],
  ['taught', 'teacher'],
  ['led', 'leader'],
  ['hosted', 'host'],
  ['founded', 'founder'],
])

// The role the verb after the asides set off after a name ending at `end` names (`Priya Horvat,
// 51, a former accountant, testified` → `witness`), or undefined.
function roleHeldPastAsides(
  tokens: readonly FrameToken[],
  end: number,
  high: number,
): string | undefined {
  return (
    readPastAsides(tokens, end, high, 3, commas, (at) => roleOfVerbAt(tokens, at, high)) ??
    undefined
  )
}

const commas: ReadonlySet<string> = new Set([','])

// The head of a phrase for someone that a copula at `at` says the subject is, ending the
// sentence or placed (`is a crane operator.`, `was a nurse at the clinic`), or null; not a
// comparison (`is a stronger candidate than …`).
function roleSaidOf(tokens: readonly FrameToken[], at: number, end: number): string | null {
  const copula = tokens[at]?.lower
  if (copula !== 'is' && copula !== 'was') return null
  const article = tokens[at + 1]?.lower
  if (article !== 'a' && article !== 'an') return null
  const phrase = mentionStartingAt(tokens, at + 1, end)
  if (!phrase || phrase.plural || !personNoun(phrase.head)) return null
  if (phrase.kind !== 'anonymous' && phrase.kind !== 'description') return null
  const next = tokens[phrase.end]
  const closes =
    !next?.word ||
    relativePronouns.has(next.lower) ||
    (next.lower !== 'than' && inList(next, WordList.preposition))
  return closes && next?.text !== '(' ? phrase.head : null
}

const ageVerbs = new Set(['is', 'turns', 'turned'])
const ageClosers = new Set(['now', 'today', 'this', 'last', 'in', 'on', 'at', 'and', 'but'])

/**
 * Whether two quotes or more open with a speaker label (`"DOE: …`).
 *
 * @param paragraphs The document's paragraphs.
 */
export function readsAsTranscript(paragraphs: readonly QuotedParagraph[]): boolean {
  let labels = 0
  for (const paragraph of paragraphs) {
    for (let quote = 0; quote < paragraph.quotes.length; quote++) {
      if (labelMention(paragraph, quote) && ++labels >= 2) return true
    }
  }
  return false
}

// `“I cried,” one said, “and I laughed.”`: the same mention read again for a later quote of the
// sentence stands for the same one, not a new stand-in. (Only the few quotes right before it in
// the sentence are asked, where a split quote's parts stand: a sentence may hold thousands.)
function sameMentionAs(
  found: readonly (Attribution | null)[],
  quotes: readonly number[],
  order: number,
  attribution: Attribution | null | undefined,
): Attribution | null | undefined {
  if (!attribution) return attribution
  const { first, end } = attribution.mention
  for (let earlier = order - 1; earlier >= 0 && earlier >= order - 4; earlier--) {
    const one = found[quotes[earlier] as number]
    if (!one || one.mention.first !== first || one.mention.end !== end) continue
    return one.entity === attribution.entity
      ? attribution
      : changedAttribution(attribution, { entity: one.entity })
  }
  return attribution
}

function applySieve(
  context: QuoteFrame,
  table: EntityTable,
  memory: Sight,
  current: Memory,
  paragraph: number,
): Attribution | null | undefined {
  for (const rule of sieve) {
    const found = rule(context)
    if (!found) continue
    const match = namedRole(context, found)
    const entity = resolve(match.mention, table, memory, current)
    // The quote has an attribution of its own whose pronoun found no one: no other speaker
    // may be carried over to it (`undefined`, where `null` means no rule matched).
    if (!entity) return undefined
    return finish(match, entity, paragraph)
  }
  return null
}

function finish(match: RuleMatch, entity: Entity, paragraph: number): Attribution {
  const kind = match.mention.kind
  const resolved = kind === 'pronoun' || kind === 'description'
  return {
    entity,
    mention: match.mention,
    paragraph,
    cue: match.cue,
    method:
      resolved && match.method === 'explicit'
        ? kind === 'pronoun'
          ? 'pronoun'
          : 'description'
        : match.method,
    rule: match.rule,
    confidence: Math.round(match.confidence * (resolved ? 0.85 : 1) * 100) / 100,
  }
}

function carry(from: Attribution, rule: string, factor: number): Attribution {
  return changedAttribution(from, {
    // The cue belongs to the quote carried on from; this one has none of its own.
    cue: -1,
    method: 'continuation',
    rule,
    confidence: Math.round(from.confidence * factor * 100) / 100,
  })
}

// An unattributed quote standing on its own keeps the speaker of the quote just before it:
// the next sentence of the same paragraph, or the next paragraph in news style.
function continuation(
  paragraph: QuotedParagraph,
  quoteIndex: number,
  frameIndex: number,
  frameFirst: number,
  last: Attribution | null,
  adjacent: boolean,
  earlier: boolean,
  bare: boolean,
  named: Mention | null,
): Attribution | null {
  if (!last) return null
  // `“…” the paper’s editor Sam Poe responded.`: someone else named right after the quote is
  // an attribution the rules did not read; carrying the last speaker over would be a guess.
  if (named && !last.entity.aliases.has(named.name)) return null
  // `“…,” a voice over says`: so is a cue right after a quote that leaves its sentence open.
  if (cueFollows(paragraph, quoteIndex)) return null
  const quote = paragraph.quotes[quoteIndex] as ParagraphQuote
  if (quote.depth > 0) return null
  const firstToken = paragraph.quoteTokens[quoteIndex]?.first ?? -1
  // `Then, more quietly: “…”`: words that only say when or how, and a colon, open the quote as
  // if nothing stood before it.
  // So does a list's marker (`• “…”`).
  const opens =
    firstToken === frameFirst ||
    leadIn(paragraph.tokens, frameFirst, firstToken) ||
    (frameFirst === 0 && afterListMarker(paragraph, firstToken))
  // A quote that opens its sentence (`“…”` after `X said.`) continues; a phrase inside prose
  // only in a sentence that names no one and reports nothing (`It's “in-your-face journalism.”`).
  if (!opens) {
    if (
      !earlier ||
      !bare ||
      modifierInMarks(paragraph, quoteIndex) ||
      insideSubject(paragraph, quoteIndex)
    )
      return null
    return carry(last, 'paragraph-continuation', 0.75)
  }
  if (earlier) return carry(last, 'paragraph-continuation', 0.9)
  if (frameIndex === 0 && quoteIndex === 0 && adjacent)
    return carry(last, 'next-paragraph-continuation', 0.8)
  return null
}

// `The “interim” budget has been in force for two years`: a few words in marks between an
// article (or an owner's word) and the noun they modify are the writer's distance from a term,
// no one's words carried on.
function modifierInMarks(paragraph: QuotedParagraph, quote: number): boolean {
  const span = paragraph.quoteTokens[quote]
  if (!span) return false
  const before = itemAt(paragraph.tokens, span.first - 1)
  const after = paragraph.tokens[span.end]
  if (!before?.word || !modifierOpeners.has(before.lower)) return false
  if (!after?.word || after.capitalized || isClosedClass(after)) return false
  // Words of a sentence end it: a stop, a comma or a mark inside.
  const words = paragraph.text.slice(paragraph.quotes[quote]?.start, paragraph.quotes[quote]?.end)
  return !/[.,!?;:]$/u.test(words.trimEnd()) && span.end - span.first <= 6
}

const modifierOpeners = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
])

// `Talks aimed at securing “a fair settlement” are due to resume`: words in marks that a verb
// follows stand in the sentence's subject, what it is about, and carry no speaker on.
function insideSubject(paragraph: QuotedParagraph, quote: number): boolean {
  const after = paragraph.tokens[paragraph.quoteTokens[quote]?.end ?? -1]
  return (
    after?.word === true && (inList(after, WordList.beForm) || inList(after, WordList.auxiliary))
  )
}

// Whether the words from `first` to the quote at `quote` are a few that name no one and report
// nothing, ending on a colon (`Then, more quietly:`).
function leadIn(tokens: readonly FrameToken[], first: number, quote: number): boolean {
  if (quote <= first || quote - first > 6 || itemAt(tokens, quote - 1)?.text !== ':') return false
  for (let index = first; index < quote - 1; index++) {
    const token = tokens[index] as FrameToken
    // (`The warning: “…”`: a cue's word after an article names the words, and says no one.)
    const cue = token.cue && !cueAsNoun(tokens, index)
    if (token.word ? token.nameWord || token.pronoun || cue : token.text !== ',') return false
  }
  return true
}

// In an exchange of questions and answers, a quote standing alone in its paragraph is the
// next turn: after a question, the answer is the other party's (`“And if they don't?” Roe
// asked. ¶ “Then we'd be back here.”`), and a question after an answer to one is the asker's
// again. Returns the turn's speaker, or undefined when the paragraphs before are no exchange
// (and the quote is left to continuation).
function exchangeTurn(
  paragraphs: readonly QuotedParagraph[],
  attributions: readonly (Attribution | null)[][],
  index: number,
  last: Attribution | null,
  trace: FoldTrace | null,
): Attribution | undefined {
  const paragraph = paragraphs[index] as QuotedParagraph
  const quote = paragraph.quotes[0]
  if (!last || !quote || quote.depth > 0 || paragraph.quoteTokens[0]?.first !== 0) return undefined
  // Only a paragraph that is all quote: `“…” ¶` with nothing said about it; or one whose words
  // after the quote only tell what the one whose turn it is did (`“Absolutely not.” Marchand
  // then ended the briefing.`), checked once that one is known.
  const bare = bareTurn(paragraph, 0)
  if (!bare && !beatAfter(paragraph, 0)) return undefined
  // `“Minister, thank you for joining us.”` after the minister spoke: who is addressed does
  // not speak; the other party does: the one who last asked them a question, or else who
  // spoke last before them.
  if (addresses(paragraph, 0, last.entity)) {
    const other =
      otherParty(paragraphs, attributions, index, last.entity, true, trace) ??
      otherParty(paragraphs, attributions, index, last.entity, false, trace)
    return other ? carry(other, 'exchange-turn', 0.6) : undefined
  }
  const previous = turnOf(paragraphs, attributions, index - 1, trace)
  const before = turnOf(paragraphs, attributions, index - 2, trace)
  if (!previous || !before || previous.attribution.entity !== last.entity) return undefined
  if (before.attribution.entity === previous.attribution.entity) return undefined
  trace?.read(index - 1)
  trace?.read(index - 2)
  const asks = invitesReply(lastQuotedCharacter(paragraph.text, quote))
  // (A question after a sentence that brings its asker back, `Mr. le Roux returned to the
  // microphone. “Why …?” he asked.`, opens a turn of the asker's own, not one put to the other
  // party: the quote alone after it goes on from it.)
  const asking = paragraphs[index - 1] as QuotedParagraph
  // (Nor one its cue gives as anything but asked, `“Would you wait?” the commissioner said
  // flatly.`: a question its speaker puts to no one, and goes on from; unless the words after
  // the quote alone name the other party, `“Absolutely not.” Keane then ended the briefing.`)
  const cue = previous.attribution.cue
  const unasked =
    cue >= 0 && previous.attribution.paragraph === index - 1 && !askingCue(asking, cue)
  const asked =
    previous.question &&
    (!unasked || namedInBeat(paragraph, 0, before.attribution.entity)) &&
    asking.frames[0] !== undefined &&
    opensWithQuote(asking, asking.frames[0])
  if (asked || (asks && before.question && !previous.question)) {
    if (!bare && !namedInBeat(paragraph, 0, before.attribution.entity)) return undefined
    return carry(before.attribution, 'exchange-turn', 0.7)
  }
  return undefined
}

// Whether the words after a quote that opens its paragraph are one sentence with no cue and no
// quote, opening on a capitalized word: a beat of what someone did (`Marchand then ended the
// briefing.`).
function beatAfter(paragraph: QuotedParagraph, quoteIndex: number): boolean {
  const span = paragraph.quoteTokens[quoteIndex]
  const tokens = paragraph.tokens
  if (!span || !tokens[span.end]?.capitalized || paragraph.frames.length > 2) return false
  for (let index = span.end; index < tokens.length; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || token.cue) return false
  }
  return true
}

// Whether the beat after a quote opens on a word of the entity's name (`Marchand then …`).
function namedInBeat(paragraph: QuotedParagraph, quoteIndex: number, entity: Entity): boolean {
  const span = paragraph.quoteTokens[quoteIndex]
  const opening = span ? paragraph.tokens[span.end] : undefined
  return opening !== undefined && entity.name.toLowerCase().split(' ').includes(opening.lower)
}

// The latest attribution in the paragraphs before `index` to a person other than `entity`,
// of a question when `asking`.
function otherParty(
  paragraphs: readonly QuotedParagraph[],
  attributions: readonly (Attribution | null)[][],
  index: number,
  entity: Entity,
  asking: boolean,
  trace: FoldTrace | null,
): Attribution | undefined {
  for (let at = index - 1; at >= 0 && at >= index - rowsInSight; at--) {
    trace?.readRow(at)
    const row = attributions[at] ?? []
    const paragraph = paragraphs[at] as QuotedParagraph
    for (let order = row.length - 1; order >= 0; order--) {
      const other = row[order]
      if (!other || other.entity === entity || other.entity.kind !== 'person') continue
      const quote = paragraph.quotes[order]
      if (asking && (!quote || !invitesReply(lastQuotedCharacter(paragraph.text, quote)))) continue
      trace?.read(at)
      return other
    }
  }
  return undefined
}

// Whether a quote addresses someone by a name or title of theirs set off by a comma at its
// start or end (`“Minister, thank you …”`, `“Thank you, Dana.”`).
function addresses(paragraph: QuotedParagraph, quoteIndex: number, entity: Entity): boolean {
  const span = paragraph.quoteTokens[quoteIndex]
  if (!span) return false
  const words = new Set(entity.name.toLowerCase().split(' '))
  for (const title of entity.titles)
    for (const word of title.toLowerCase().split(' ')) words.add(word)
  const tokens = paragraph.tokens
  for (let index = span.first; index < span.end; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || !token.capitalized || !words.has(token.lower)) continue
    const before = itemAt(tokens, index - 1)
    const after = tokens[index + 1]
    const opens =
      index === span.first || (before !== undefined && !before.word && before.text !== ',')
    const closes = before?.text === ',' && (after === undefined || vocativeEnds.has(after.text))
    if ((opens && after?.text === ',') || closes) return true
  }
  return false
}

const vocativeEnds = new Set(['.', '!', '?', '”', '"', '’', "'"])

// A pronoun's answer to the question that ends the paragraph before, asked by a source the text
// does not name, is someone other than the asker: the nearest other person the pronoun agrees
// with, or no one.
function answerer(
  paragraphs: readonly QuotedParagraph[],
  attributions: readonly (Attribution | null)[][],
  index: number,
  attribution: Attribution,
  memory: Sight,
  trace: FoldTrace | null,
): Attribution | null {
  const sense = subjectPronouns[attribution.mention.head]
  if (attribution.mention.kind !== 'pronoun' || !sense || sense.plural) return attribution
  const paragraph = paragraphs[index] as QuotedParagraph
  const quote = paragraph.quotes[0]
  if (!quote || lastQuotedCharacter(paragraph.text, quote) === '?') return attribution
  const asked = turnOf(paragraphs, attributions, index - 1, trace)
  trace?.read(index - 1)
  // Only an asker the text does not name (`one reporter`, `a caller`): a named speaker's
  // question is as often their own rhetoric, and the words after it theirs too.
  const asker = asked?.attribution.entity
  if (!asked?.question || asker !== attribution.entity || asker.kind !== 'anonymous') {
    return attribution
  }
  for (let at = memory.length - 1; at >= 0 && at >= memory.length - recall; at--) {
    const entry = memory.entry(at) as Memory
    for (const candidate of [...entry.speakers, entry.subject, ...entry.others]) {
      if (!candidate || candidate === asker || candidate.kind !== 'person') continue
      if (agrees(candidate, sense)) return changedAttribution(attribution, { entity: candidate })
    }
  }
  return null
}

// The speaker of the last quote of a paragraph that holds quotes, and whether it asks for a reply.
function turnOf(
  paragraphs: readonly QuotedParagraph[],
  attributions: readonly (Attribution | null)[][],
  index: number,
  trace: FoldTrace | null,
): { attribution: Attribution; question: boolean } | null {
  // An editor keeps a later paragraph's reading only while the rows it read stand.
  trace?.readRow(index)
  const paragraph = paragraphs[index]
  const row = attributions[index]
  if (!paragraph || !row) return null
  const at = lastTopLevelQuote(paragraph.quotes)
  const attribution = at >= 0 ? row[at] : null
  if (!attribution) return null
  const quote = paragraph.quotes[at] as ParagraphQuote
  return { attribution, question: invitesReply(lastQuotedCharacter(paragraph.text, quote)) }
}

// Whether a turn ends on what asks for the other party's words: a question, or a dash that
// breaks it off (`“But if a pilot dies—” ¶ “Then he should not have been there.”`).
function invitesReply(character: string | undefined): boolean {
  return character === '?' || character === '—' || character === '–'
}

// Whether the cue at `cue` is a verb of asking (`asked`, `pressed`, `wondered`).
function askingCue(paragraph: QuotedParagraph, cue: number): boolean {
  return askingBases.has(cueEntryAt(paragraph.tokens, cue)?.base ?? '')
}

const askingBases = new Set(['ask', 'press', 'wonder', 'query', 'demand', 'inquire', 'challenge'])

// Whether a paragraph holds nothing but its quote (and the marks and punctuation around it).
function bareTurn(paragraph: QuotedParagraph, quoteIndex: number): boolean {
  const span = paragraph.quoteTokens[quoteIndex]
  if (!span) return false
  for (let index = span.end; index < paragraph.tokens.length; index++) {
    const token = paragraph.tokens[index] as FrameToken
    if (token.word && token.quote < 0) return false
  }
  return true
}

// Whether a sure finite cue stands within a few words after a quote that leaves its sentence
// open for an attribution.
function cueFollows(paragraph: QuotedParagraph, quoteIndex: number): boolean {
  const tokens = paragraph.tokens
  const end = paragraph.quoteTokens[quoteIndex]?.end ?? -1
  if (end < 0 || !awaitsAttribution(paragraph.text, paragraph.quotes[quoteIndex])) return false
  for (let index = end; index < tokens.length && index < end + 6; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || (!token.word && token.text !== ',' && index > end)) return false
    const entry = token.cue ? cueEntryAt(tokens, index) : undefined
    if (entry?.form === 'finite' && !entry.weak && !cueAsNoun(tokens, index)) return true
  }
  return false
}

// A name or source phrase standing right after a quote that leaves its sentence open for an
// attribution (`“…,” Sam Poe …`), not one a preposition governs (`“…” by the city`).
function namedAfter(
  paragraph: QuotedParagraph,
  quoteIndex: number,
  mentions: readonly ScannedMention[],
): Mention | null {
  const end = paragraph.quoteTokens[quoteIndex]?.end ?? -1
  if (end < 0 || !awaitsAttribution(paragraph.text, paragraph.quotes[quoteIndex])) return null
  for (const mention of mentions) {
    if (mention.first > end + 2) break
    if (mention.first >= end && mention.kind !== 'pronoun' && mention.role !== 'object')
      return mention
  }
  return null
}

// The one person named in full that words in capitals after an article were said of (`the
// former Marine` after `Jane Doe, a former Marine,`), or undefined.
function saidInCapitals(mention: Mention, table: EntityTable, current: Memory): Entity | undefined {
  const tokens = current.tokens
  if (mention.organization) return undefined
  // (The phrase may be read with its article or without; only modifiers stand between them,
  // not `the stage with Emre Roe`.)
  let article = mention.first
  while (tokens[article]?.lower !== 'the') {
    article--
    const word = tokens[article]
    if (article < mention.first - 3 || !word?.word) return undefined
    if (word.lower !== 'the' && (word.capitalized || isClosedClass(word))) return undefined
  }
  // (Not words that modify a noun after them: `the Democratic nomination`.)
  if (tokens[mention.end]?.word && !tokens[mention.end]?.cue) return undefined
  // (A title says a name follows, someone's own: `the younger Mr. Trump`.)
  for (let at = mention.first; at < mention.end; at++) {
    const token = tokens[at] as FrameToken
    if (token.capitalized && isTitleWord(token.lower)) return undefined
  }
  const stems = mention.name.toLowerCase().split(' ').flatMap(describingStems)
  const person = table.byDescribingStems(stems)
  return person?.kind === 'person' && person.keys.length > 1 ? person : undefined
}

// `the younger Nkosi`, `the elder Nkosi` after `Baraka Nkosi Sr. … His son, Baraka Nkosi Jr.,`:
// of the people who share the surname, one with a generational suffix among them, the one of
// the latest generation or of the first (no suffix is a first: `Tom Roe … his son, Tom Roe
// Jr.`); else undefined.
function generationNamed(
  mention: Mention,
  table: EntityTable,
  tokens: readonly FrameToken[],
): Entity | undefined {
  let younger: boolean | undefined
  for (let at = mention.first; at < mention.end - 1; at++) {
    const lower = tokens[at]?.lower ?? ''
    if (lower === 'younger') younger = true
    else if (lower === 'elder' || lower === 'older') younger = false
  }
  if (younger === undefined) return undefined
  const surname = nameKeys(tokens[mention.end - 1]?.text ?? '')
  const ranked = table
    .everyone()
    // (Full names: a surname alone is no generation's.)
    .filter(
      (entity) =>
        entity.kind === 'person' &&
        entity.keys.length > surname.length &&
        nameEndsWith(entity, surname),
    )
    .map((entity) => ({ entity, rank: generations.get(suffixOf(entity.name)) }))
  if (ranked.every(({ rank }) => rank === undefined)) return undefined
  const ranks = ranked.map(({ rank }) => rank ?? 1)
  const wanted = younger ? Math.max(...ranks) : Math.min(...ranks)
  const chosen = ranked.filter(({ rank }) => (rank ?? 1) === wanted)
  return chosen.length === 1 ? chosen[0]?.entity : undefined
}

// The generation a suffix says: `Sr.` the first, `Jr.` (or `II`) the second, and on.
const generations = new Map([
  ['sr', 1],
  ['jr', 2],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
])

// Whether a sentence with no quote and no cue names no one but by pronouns, one at least for
// someone, each standing for `entity` (`When he does, it comes out in a rush.`).
function staysWith(
  entity: Entity,
  paragraph: QuotedParagraph,
  frame: Frame,
  mentions: readonly ScannedMention[],
  standsFor: (mention: Mention) => Entity | null,
): boolean {
  if (frame.quotes.length > 0 || hasCue(paragraph, frame)) return false
  let someone = false
  for (const mention of mentions) {
    if (mention.kind !== 'pronoun') return false
    // (`it`, `they` may stand for anything said of them.)
    if (mention.organization || mention.plural) continue
    if (standsFor(mention) !== entity) return false
    someone = true
  }
  return someone
}

/**
 * The entity a mention stands for: a name or source joins the table; a pronoun resolves to the
 * most salient agreeing entity of the recent sentences; a description to the one person or
 * organization it can describe.
 */
function resolve(
  read: Mention,
  table: EntityTable,
  memory: Sight,
  current?: Memory,
): Entity | null {
  // `Kenji “The Flood” Watanabe`: the name goes on past a nickname in marks.
  const mention = read.kind === 'name' && current ? pastNickname(current.tokens, read) : read
  // `The official Rovers account posted:`, `the club’s official account replied:`: an account
  // online speaks for whoever holds it.
  const holder = current && accountHolder(current.tokens, mention)
  if (holder) {
    const held = resolve(holder, table, memory, current)
    if (held) return held
  }
  // `The club’s statement also said: “…”`: a body's paper speaks for the body that owns it.
  const owner = current && ownerOfPaper(current.tokens, mention)
  if (owner) {
    const body = resolve(owner, table, memory, current)
    // (A body, or a name no one has: not a person whose title holds the noun, `Foreign Ministry
    // spokesperson Oluwaseun Adeyemi … The ministry’s statement`.)
    if (body && (body.kind === 'organization' || (body.kind === 'person' && nameOfNoOne(body))))
      return body
  }
  // `the owners’ representative` after `Kaveh Roe, a representative of the building’s owners,`,
  // `the fisherman’s daughter` after `…, the daughter of a fisherman,`: a role a common noun
  // owns is the one person given that role whom the text said that noun of.
  const roleHolder = ownedRoleHolder(mention, table, current)
  if (roleHolder) return roleHolder
  // `the 23-year-old Uruguayan`: a people's word after `the` and an age is a phrase for someone,
  // read as one.
  if (
    mention.kind === 'name' &&
    current &&
    mention.name === itemAt(current.tokens, mention.end - 1)?.text &&
    isDemonym(mention.head)
  ) {
    const first = articleBefore(current.tokens, mention.end - 1)
    if (first >= 0) {
      const name = textOf(current.tokens, first, mention.end - 1)
      return resolve(
        changedMention(mention, { kind: 'description', first, name }),
        table,
        memory,
        current,
      )
    }
  }
  // `the former Marine`, `the former Green Beret` after `Jane Doe, a former Marine,`.
  const described =
    current && mention.kind === 'name' ? saidInCapitals(mention, table, current) : undefined
  if (described) return described
  const generation =
    current && mention.kind === 'name' ? generationNamed(mention, table, current.tokens) : undefined
  if (generation) return generation
  if (mention.kind === 'anonymous' && someoneElse(mention)) {
    // `Shop owners had plenty to say. “…,” one said.`: a bare stand-in is one of the group in
    // sight, and says so in its name; so is one of `them` (`Two collectors loaded the trucks.
    // One of them said:`), the group being what `them` stands for.
    const bare = mention.name.toLowerCase().replace(ofThem, '')
    // `said one military official … said another`, `one said … ¶ another added`: a stand-in after
    // the first is another of whatever the first was one of.
    // A group in sight comes first: `one woman` among residents is one of the residents.
    // … unless the last speaker, in this paragraph, was given a sort of their own (`said Jane
    // Doe, a school caretaker. “…,” said another`): another is one more of that sort.
    // `“…,” said the other`, `Some said …`: the other of two, and some of the group, are of the
    // group in sight too; a share of a group is no sort of one person.
    const single = bareStandIns.has(bare) && !groupShares.has(bare)
    const sort =
      bare !== 'one' && single && bare !== 'the other'
        ? lastSpeakersSort(memory, current)
        : undefined
    if (sort)
      return table.addStandIn(changedMention(mention, { name: `${bare} ${sort}`, head: sort }))
    const group = bareStandIns.has(bare) ? groupInSight(memory, current, table) : undefined
    const first = !group && bare !== 'one' && single ? latestOne(memory, current) : undefined
    if (first) {
      const rest = first.name.slice(first.name.indexOf(' ') + 1)
      return table.addStandIn(
        changedMention(mention, { name: `${bare} ${rest}`, head: first.head }),
      )
    }
    if (!group) return table.addStandIn(mention)
    // A group without a name is written in lower case, whatever capital opened its sentence.
    // (`some protesters` are `the protesters` that `others` are of.)
    // (`Some of the drivers agreed.`: a share of a group names the group after its `of`.)
    // (`Dozens of homeowners`, `about 200 protesters`: nor its count, `one of the homeowners`.)
    const words = uncountedGroupName(group.name).replace(/^(?:the|some|many|several|most) /iu, '')
    const opening = words.split(' ')[0] ?? ''
    // (Not an owner's name: `Grayson’s former supporters`.)
    const common =
      'kind' in group &&
      group.kind === 'anonymous' &&
      !isPossessiveWord(opening) &&
      !table.namesSomeone(opening.toLowerCase())
    const phrase = common ? `${words.charAt(0).toLowerCase()}${words.slice(1)}` : words
    const name = `${bare} of the ${phrase}`
    return table.addStandIn(changedMention(mention, { name, head: group.head }))
  }
  // `said the man next to her`, `the woman behind him`: a phrase placed beside someone in the
  // scene picks a new person out by where they are, not one the text named before.
  if (
    (mention.kind === 'anonymous' || mention.kind === 'description') &&
    placingWords.has(current?.tokens[mention.end]?.lower ?? '')
  ) {
    return table.addStandIn(mention)
  }
  // A phrase for someone rather than a name or a pronoun (`the youngster`, `his daughter`).
  const phrase = mention.kind === 'anonymous' || mention.kind === 'description'
  // `The 28-year-old, who took up running six years ago, said`: a definite phrase that gives
  // only an age stands for the person in sight, as `he` or `she` would.
  // So does one that only says what sort of person (`the youngster`, `the Swede`, `the
  // 23-year-old Uruguayan`), unless the text brought someone in by that noun (`a woman … the
  // woman`).
  // `the New York businessman`, `the shadow health secretary`, `the lawmaker`: a phrase for
  // someone by their sort stands for the one person in sight, when only one is; the noun alone
  // only when nothing marks it as someone new (`nounAlone`).
  const listed =
    phrase &&
    definite(mention) &&
    (ageHead.test(mention.head) || epithet(mention) || agedPhrase(mention))
  const sort =
    phrase &&
    !listed &&
    definite(mention) &&
    sortOfPerson(mention) &&
    (mention.name.split(' ').length > 2 || nounAlone(mention, table, current))
  if (
    (listed || sort) &&
    // A phrase for a sort, unlike a pronoun-like one, may follow a definite one with its noun
    // that stood for no one named (`the secretary` of another office).
    !(sort ? introducedByHead(table, mention.head) : table.anonymousByHead(mention.head))
  ) {
    const gender = epithetGenders[mention.head] ?? genderedTitles[mention.head] ?? 'unknown'
    const sense: PronounSense = { ...someone, gender }
    // After its sentence's subject, such a phrase is someone else in that sentence (`Trump took
    // on Clinton after the Democratic front-runner had said …`): a writer who meant the
    // subject would say `he` or `she`.
    const own = current?.subject && current.subjectAt < mention.first ? current.subject : null
    // (`the shadow health secretary` is not the health secretary: a word for another office
    // names only one whose title has it, `Deputy Mayor Nikhil Naidu` for `the deputy mayor`.)
    let person = table.byTitle(mention.head, mention.name.toLowerCase().split(' ').slice(1, -1))
    // `the union leader` after `Allied Nurses Union president Pedro Roe` and a chef named
    // since: the one person something said of them shares a word with the phrase.
    const described = person ? undefined : describedPerson(mention, table, current)
    if (described && agrees(described, sense)) person = described
    // A word two people hold (`the Republican` after two senators tagged R) names neither.
    if (!person && table.titleHolders(mention.head) < 2) {
      person = sort
        ? (joinedReferent(mention, current, sense) ??
          onePersonInSight(mention, table, memory, current, sense))
        : own
          ? (joinedReferent(mention, current, sense) ??
            current?.others.find((other) => other.kind === 'person' && agrees(other, sense)))
          : (resolvePronoun(mention, memory, table, current, sense) ?? undefined)
    }
    // (An age the text gave someone else is no one's but theirs: a person it gave another age
    // is not `the 78-year-old`.)
    const aged = ageHead.test(mention.head)
    if (person?.kind === 'person' && !(aged && table.holdsOtherAge(person, mention.head)))
      return person
  }
  // `Kevin and Natalie Arsenault … “…,” the couple said`: a definite phrase for two people is
  // the pair the recent sentences named.
  if (phrase && definite(mention) && pairHeads.has(mention.head)) {
    const pair = recentPair(memory, table, current)
    if (pair) return pair
  }
  // A paper speaks for whoever the text says it is of: its owner, right before a cue or past an
  // aside set off before it (`Ferric’s announcement describes …`, `Its letter, seen by the
  // Gazette, warns`; `Clinton’s email scandal` speaks for no one), or a name it is from (`a
  // statement from Gadsby Lowe Lawyers said`).
  if (mention.kind === 'anonymous' && ownedPaperHead(mention.head) && current) {
    for (const source of [paperOwnerBeforeCue(current, mention), paperSource(current, mention)]) {
      const entity = source && resolve(source, table, memory, current)
      // (A body or people the text only describes put papers out too: `A statement from the
      // city council read:`, `A letter from residents called`.)
      const described =
        entity?.kind === 'anonymous' &&
        (anyBodyNoun(entity.head) || peopleOrBody(entity) || personNoun(entity.head))
      if (entity && (entity.kind !== 'anonymous' || described)) return entity
    }
  }
  // `“…,” the statement said` after `In a statement, the hospital said`: the paper speaks for
  // whoever the text said put it out.
  // `She kept a notebook … One entry reads`: a part of a paper is of the paper someone keeps.
  // (Asked of a described mention only, where it was asked of every mention.)
  const part = mention.kind === 'anonymous' && paperParts.has(mention.head)
  if (
    mention.kind === 'anonymous' &&
    (definite(mention) || part) &&
    documentHeads.has(mention.head)
  ) {
    const newest = current ?? memory.newest()
    // (`the statement` names any paper by what it is: `In an email, the union said … “…,” the
    // statement said`.)
    // (So does `the document`, of a paper in this paragraph or the one before: `a white paper …
    // ¶ “…,” the document states`.)
    const anyPaper = part || mention.head === 'statement' || reportNouns.has(mention.head)
    // (`In a lawsuit filed this week, Nuvana accused … “…,” the complaint said`, `posted a
    // message on Facebook … The post read`: names for one paper.)
    const kin = paperKin.find((names) => names.has(mention.head)) ?? [mention.head]
    const issuer =
      newest &&
      ([...kin].map((head) => table.issuerOf(head, newest.paragraph)).find(Boolean) ??
        (anyPaper
          ? table.latestIssuer(newest.paragraph)
          : mention.head === 'document'
            ? table.latestIssuer(newest.paragraph, 1)
            : undefined))
    if (issuer) return issuer
  }
  // `His daughter, Donna Roe, said … “…,” his daughter said`: a role owned by a pronoun is the
  // one person given that role.
  // A body's noun (`his campaign`) is no role a person holds.
  if (
    phrase &&
    ownedByPronoun(mention) &&
    personNoun(mention.head) &&
    !organizationHeads.has(mention.head)
  ) {
    const holder = table.byTitle(mention.head)
    if (holder?.kind === 'person') return holder
  }
  // `the teacher` after `Jane Doe, a retired teacher`: a definite phrase whose head is one
  // person's role is that person.
  // `One of the people said … “…,” this person said`: a demonstrative takes up a source too.
  if (
    mention.kind === 'anonymous' &&
    (definite(mention) || (/^th(?:is|at) /iu.test(mention.name) && anyoneHeads.has(mention.head)))
  ) {
    // `“…,” said a senior official. “…,” the official added`: a definite phrase takes up the
    // latest source the text introduced with the same head, or the person with that role,
    // whichever the text brought in last (`Judge Ann Roe` before `one judge … the judge`).
    const introduced = mention.plural ? undefined : table.anonymousByHead(mention.head)
    const person = latestOf(table, mention.head, introduced, phraseModifiers(mention))
    if (person) return person
    // `One former manager said … “…,” the person said`: a phrase for anyone takes up the
    // latest source the text introduced without a name, whatever its head.
    const source = anyoneHeads.has(mention.head) ? latestSource(table) : undefined
    if (source) return source
  }
  // `SSP Ravi Roe … the SSP`, `Deputy Solicitor General Ana Roe … the DSG`: capitals after
  // `the` that a person's title is, or is the initials of, are that person.
  if (
    mention.kind === 'name' &&
    isAcronym(mention.name) &&
    current &&
    articleBefore(current.tokens, mention.end - 1) >= 0
  ) {
    const holder = table.byTitle(mention.name.toLowerCase())
    if (holder?.kind === 'person') return holder
  }
  // `The Evening Ledger … “…,” the paper wrote`: a definite noun for a body, read as a source
  // the text does not name, is the body named last that fits it, when one is in sight.
  if (mention.kind === 'anonymous' && definite(mention) && anyBodyHeads.has(mention.head)) {
    const body = recentBody(mention, memory, current, table)
    if (body) return body
  }
  // `Ashford General Hospital … the hospital said`: a definite noun for a body of one kind is
  // the one body named with that noun as its head.
  // So is `police` or `the police`, written as a plural: the one police force named.
  const police = mention.head === 'police' && mention.name.split(' ').length <= 2
  if (
    (mention.kind === 'anonymous' || (police && mention.kind === 'description')) &&
    (definite(mention) || police) &&
    (!mention.plural || police) &&
    organizationHeads.has(mention.head) &&
    (mention.name.split(' ').length === 2 || police)
  ) {
    const body = table.byOrganizationHead(mention.head)
    if (body) return body
    // `Temple Sinai of Larkmoor … the congregation said`: a house of worship's noun is the one
    // house of worship named, whatever its name calls it.
    const house = worshipNouns.has(mention.head) ? onlyHouseOfWorship(table) : undefined
    if (house) return house
    // `Nettlecombe Regional Medical Center … the hospital said`: so is the one body whose name
    // says the noun's sort.
    const sorted = bodyNamedBySort(table, mention.head, () => true)
    if (sorted) return sorted
  }
  // `The Westbrook Unified School District took a different view. “…,” the district said`: a
  // definite noun that is the last word of a name in sight is that name's, whatever the noun.
  if (
    mention.kind === 'anonymous' &&
    definite(mention) &&
    !mention.plural &&
    mention.name.split(' ').length === 2
  ) {
    const named = nameEndingIn(mention.head, memory, current)
    if (named) {
      if (named.kind === 'person') table.showBody(named, mention.head)
      return named
    }
    // `visited the Northgate Furniture Fair … (three paragraphs on) … the fair said`: past the
    // names in sight, the one body the text named with the noun as its last word, when the noun
    // is for no one and no paper.
    const body =
      personNoun(mention.head) || documentHeads.has(mention.head)
        ? undefined
        : table.byOrganizationHead(mention.head)
    if (body?.kind === 'organization' && body.keys.length > 1) return body
  }
  // `The Office of the Public Prosecutor … the Office said`: a body's noun alone, capitalized as
  // its name is, is the one body named with it as head.
  // (Lower-cased only for a name of one word: every name and phrase passes here.)
  const lone = mention.kind === 'name' && !mention.name.includes(' ') && mention.name.toLowerCase()
  if (lone && organizationHeads.has(lone)) {
    const body = table.byOrganizationHead(lone)
    if (body) return body
  }
  // `bus driver Omar Abu Zaid … the driver said`: a source's noun that is the role of one
  // person the text named is that person, as a description's is. (A noun for a body too, when
  // no body with it was named: `Efua Gyasi, the Gulls’ center, … the center said`.)
  if (
    mention.kind === 'anonymous' &&
    definite(mention) &&
    !mention.plural &&
    mention.name.split(' ').length === 2 &&
    (!organizationHeads.has(mention.head) || !table.byOrganizationHead(mention.head))
  ) {
    const holder = table.byTitle(mention.head)
    if (holder?.kind === 'person') return holder
  }
  // `Ettore Folliero, the director of the Polton Institute, … the institute’s director said`: a
  // role a body's noun owns is the one person holding the role, as the role alone is.
  const owned = mention.kind === 'anonymous' && !mention.plural ? bodyOwnedRole(mention) : null
  if (owned) {
    const holder = table.byTitle(mention.head, owned)
    if (holder?.kind === 'person') return holder
  }
  // `The Vellacourt Birth Center … the birth center said`: a definite phrase on a body's head
  // whose words all stand in the one body named with that head is that body (`the sheriff’s
  // office` for `Selvik County Sheriff’s Office`).
  if (mention.kind === 'anonymous' && definite(mention) && organizationHeads.has(mention.head)) {
    const body = table.byOrganizationHead(mention.head)
    const words = body?.name.toLowerCase().split(/\s+/)
    const modifiers = phraseModifiers(mention)
    if (body && modifiers.length > 0 && modifiers.every((word) => words?.includes(word)))
      return body
  }
  if (mention.kind === 'name' || mention.kind === 'anonymous') return table.add(mention)
  if (mention.kind === 'description') {
    const introduced = table.anonymousByHead(mention.head)
    const person = latestOf(table, mention.head, introduced, phraseModifiers(mention))
    const named = namesInside(mention).length > 0
    // `a council meeting … the Caldera Bay City Council … The council said`: the one body named
    // with the noun as its head since a phrase that only used the noun; and before a person
    // whose title only holds the noun (`Foreign Ministry spokesperson Oluwaseun Adeyemi … the
    // ministry`), since no person is a body. (A noun any body fits, `the company`, is the body
    // in sight instead: `recentBody`.)
    const body =
      !named && person && organizationHeads.has(mention.head) && !anyBodyHeads.has(mention.head)
        ? table.byOrganizationHead(mention.head)
        : undefined
    if (body && (person?.kind === 'person' || (person && body.index > person.index))) return body
    // `Committee chair says agency ‘…’ … the Dorrington Wells Benefits Agency … The agency
    // said`: so is a body any noun fits, named after a phrase that only used the noun.
    const namedLater =
      !named && person?.kind === 'anonymous' && organizationHeads.has(mention.head)
        ? table.byOrganizationHead(mention.head)
        : undefined
    if (namedLater && person && namedLater.index > person.index) return namedLater
    // `The company released the update … Langgarth Data wrote: “…” ¶ The company added`: so is
    // the body in sight that a noun any body fits stands for, named after that phrase.
    if (!named && person?.kind === 'anonymous' && anyBodyHeads.has(mention.head)) {
      const recent = recentBody(mention, memory, current, table)
      if (recent && recent !== person && recent.index > person.index) return recent
    }
    return (
      (person && sharesNames(mention, person) ? person : undefined) ??
      // `the Lindqvist campaign`: a name inside the phrase says which one; it is no other body
      // with the same head.
      (named
        ? undefined
        : (table.byOrganizationHead(mention.head) ??
          table.byTitle(mention.head, phraseModifiers(mention)))) ??
      (named ? undefined : recentBody(mention, memory, current, table)) ??
      table.add(mention)
    )
  }
  if (mention.antecedent) return resolve(mention.antecedent, table, memory, current)
  // `… received a Slack message from Derek Roe. ¶ “…,” it read.`: `it` before a verb that reads
  // out a paper is the paper the text said someone put out, and speaks for them.
  if (
    mention.head === 'it' &&
    current &&
    paperReadings.has(current.tokens[mention.end]?.lower ?? '')
  ) {
    const issuer = table.latestIssuer(current.paragraph)
    if (issuer) return issuer
  }
  // (`Doe left a note for the crew. It said: “…”`: so does `it said` right after, in the
  // paragraph that says who put the paper out.)
  if (mention.head === 'it' && current && paperSayings.has(lowerAt(current.tokens, mention.end))) {
    const issuer = table.latestIssuer(current.paragraph, 0)
    if (issuer) return issuer
  }
  // `As they say, “…”`: the idiom's `they` is people at large, nobody in the text.
  if (current && genericThey(current.tokens, mention)) return null
  if (subjectPronouns[mention.head]?.author) {
    if (current?.turn) return current.turn.speaker
    const voice = current ? paragraphLabel(current.tokens) : null
    // (`THE WITNESS: … I told her, “…”`: a label for a role is whoever the text gave it, as
    // `the witness` in a sentence is: `The witness, Yoon Ji-won, was questioned by …`.)
    if (voice && voice.kind !== 'name') return resolve(voice, table, memory)
    return voice ? table.add(voice) : table.author()
  }
  // `Q: Last month you called it “…”`: `you` is whom an interview's turn addresses; elsewhere
  // no one the text names.
  if (subjectPronouns[mention.head]?.addressee) return current?.turn?.addressee ?? null
  // `Northstar Energy said in a news release that it was reviewing the matter. “…,” it said`:
  // the sentence before, in the same paragraph, put out a paper; its subject is `it`, before
  // any body named further back.
  const before = memory.newest()
  const issuer = before?.subject
  if (
    mention.head === 'it' &&
    current &&
    before &&
    issuer &&
    before.paragraph === current.paragraph &&
    (issuer.kind === 'organization' || (issuer.kind === 'person' && nameOfNoOne(issuer))) &&
    !issuer.place &&
    issuesPaper(before, table)
  ) {
    if (issuer.kind === 'person') table.showBody(issuer, null)
    return issuer
  }
  // `The audit states: “…” It adds: “…”`: `it` after a sentence in which a paper spoke as its
  // subject is that paper, which no person, and no body, can be.
  const paper = before?.subject
  if (
    mention.head === 'it' &&
    current &&
    paper?.kind === 'anonymous' &&
    !paper.plural &&
    documentHeads.has(paper.head) &&
    before?.speakers.includes(paper) &&
    current.paragraph - before.paragraph <= 1
  )
    return paper
  const found = resolvePronoun(mention, memory, table, current)
  // `Northstar Energy said in a news release … “…,” it said`: with no body in sight, `it` is
  // the subject before whose name no given name opens, with no title or gender: a body's.
  if (!found && mention.head === 'it') {
    const newest = current ?? memory.newest()
    // (The sentence's own subject first, when `it` takes it up in a later clause: `Dunmore
    // Ordnance declined an interview, but it said: “…”`.)
    for (const entry of current
      ? [current, ...memory.recent(recall).reverse()]
      : memory.recent(recall).reverse()) {
      if (newest && newest.paragraph - entry.paragraph > 1) break
      const subject = entry.subject
      // Only a subject that put a paper out in its sentence (`said in a news release`): a
      // person's name no lexicon knows is no body for any `it`.
      // So is the subject of the sentence just before, in the same paragraph, when it named
      // no one else (`Ostrander Builders disagreed. “…,” it said.`): `it` for the one name in
      // sight says that name is a body's.
      // (In its own sentence, only an `it` that speaks, its cue right after it: `how it’s
      // conservative to …` is no one.)
      const own = entry === current && current.tokens[mention.end]?.cue === true
      // (Or the paragraph before, when it ended on that sentence and quoted no one: `Agrisol
      // Chemicals challenged the ban in court. ¶ “…,” it said`.)
      const alone =
        (own || entry === memory.newest()) &&
        current !== undefined &&
        (entry.paragraph === current.paragraph ||
          (current.paragraph - entry.paragraph === 1 && entry.speakers.length === 0)) &&
        entry.speakers.every((one) => one === subject) &&
        entry.others.every((one) => one === subject || one.kind !== 'person')
      if (
        subject?.kind === 'person' &&
        nameOfNoOne(subject) &&
        (alone || issuesPaper(entry, table))
      ) {
        table.showBody(subject, null)
        return subject
      }
    }
  }
  return found
}

// The article phrase for someone that opens a sentence, a lower-case word after it
// (`The plumber shrugged`), or null.
function openingPerson(tokens: readonly FrameToken[], frame: Frame): Mention | null {
  const article = tokens[frame.first]
  if (!article?.word || !inList(article, WordList.determiner) || article.quote >= 0) return null
  // The first head for someone (`The young plumber`), up to a word that ends the phrase:
  // `The second paragraph is …` heads no one.
  for (let last = frame.first + 1; last < frame.end && last <= frame.first + 4; last++) {
    const token = tokens[last] as FrameToken
    if (!token.word || token.quote >= 0 || (isClosedClass(token) && !token.cue)) return null
    const next = tokens[last + 1]
    if (!next?.word || next.capitalized || next.quote >= 0) continue
    const phrase = genericEndingAt(tokens, last, frame.first)
    if (phrase?.first !== frame.first || standInHeads.has(phrase.head)) continue
    if (!personNoun(phrase.head)) continue
    // `The company lawyers`, `The family’s lawyer`: a later noun for someone heads the phrase.
    const longer = genericEndingAt(tokens, last + 1, frame.first)
    if (longer?.first === frame.first && personNoun(longer.head)) continue
    return isClosedClass(next) && !next.cue ? null : phrase
  }
  return null
}

// The name owning the phrase that opens a sentence (`Tom Baker’s campaign`), or null.
function openingPossessor(tokens: readonly FrameToken[], frame: Frame): Mention | null {
  const high = Math.min(frame.end, frame.first + 6)
  for (let index = frame.first; index < high; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (!isPossessive(token)) continue
    const owner = possessorEndingAt(tokens, index, frame.first)
    return owner?.kind === 'name' && owner.first === frame.first ? owner : null
  }
  return null
}

// Whether a cue's words (`wrote`, or a phrasal cue and its particle: `fired back`) end right
// before `index`.
function cueBefore(tokens: readonly FrameToken[], index: number): boolean {
  if (itemAt(tokens, index - 1)?.cue) return true
  return itemAt(tokens, index - 2)?.cue === true && cueWordsEnd(tokens, index - 2) === index
}

// `Ana Roe, the coach, named Ibrahim Lee in the side, and the winger scored twice`, `Ziad Roe has
// coached Copperhill for years, and the 53-year-old looked relaxed`: a phrase for someone
// opening a clause joined to its sentence is the one person the sentence named whom no other
// role already describes (a name that may be a body's or a place's is no one).
function joinedReferent(
  mention: Mention,
  current: Memory | undefined,
  sense: PronounSense,
): Entity | undefined {
  if (!current || !joinedClauseAt(current.tokens, mention.first)) return undefined
  const fits = [current.subject, ...current.others].filter(
    (entity, index, all): entity is Entity =>
      entity?.kind === 'person' &&
      all.indexOf(entity) === index &&
      !nameOfNoOne(entity, 1) &&
      agrees(entity, sense) &&
      (entity.role === undefined || entity.role === mention.head),
  )
  return fits.length === 1 ? fits[0] : undefined
}

// Whether a phrase opens with `the` (`the teacher`, not `a teacher`).
function definite(mention: Mention): boolean {
  const name = mention.name
  return name.length > 4 && name.charCodeAt(3) === 32 && name.slice(0, 3).toLowerCase() === 'the'
}

// Words that place someone beside someone else in a scene.
const placingWords = new Set(['next', 'beside', 'behind', 'opposite', 'across', 'near', 'beneath'])

// The group of people the sentences in sight are about (`Shop owners on Fourth Avenue`,
// `Villagers waiting for the water truck`): the latest plural source without a name in this
// paragraph or the one before, or the plural for people that opens one of those sentences
// (`Fishermen on the wharf described …`), as its words and its noun.
function groupInSight(
  memory: Sight,
  current: Memory | undefined,
  table: EntityTable,
): { name: string; head: string } | undefined {
  const newest = current ?? memory.newest()
  const recent = memory.recent(recall).reverse()
  for (const entry of current ? [current, ...recent] : recent) {
    if (newest && newest.paragraph - entry.paragraph > 1) break
    for (const entity of [entry.subject, ...entry.speakers, ...entry.others]) {
      // (`Others were less sure`: a share of the group stands for none of its own.)
      if (
        entity?.kind === 'anonymous' &&
        entity.plural &&
        !organizationHeads.has(entity.head) &&
        !standInHeads.has(entity.name.toLowerCase())
      )
        return entity
    }
    // Reading a sentence's words from a later paragraph: an editor must know (see `Memory`).
    table.trace?.read(entry.paragraph)
    const opening = pluralOpening(entry.tokens, entry.first, entry.end)
    // `Waters tweeted` after `David Waters`: a word someone's name holds is no group.
    if (opening && !table.namesSomeone(opening.head)) return opening
  }
  return undefined
}

// The latest one of a group, or one source of a sort, in this paragraph or the two before
// (`one of the homeowners`, `one military official`), or undefined.
function latestOne(memory: Sight, current: Memory | undefined): Entity | undefined {
  for (const entry of sentencesInSight(memory, current)) {
    for (const entity of [...entry.speakers, entry.subject, ...entry.others]) {
      if (entity?.kind !== 'anonymous' || entity.plural || !personNoun(entity.head)) continue
      if (entity.name.toLowerCase().startsWith('one ')) return entity
    }
  }
  return undefined
}

// The role of the last speaker in this paragraph (`caretaker` for `Jane Doe, a school
// caretaker`), when it is a noun for a sort of person; undefined when that speaker has none.
function lastSpeakersSort(memory: Sight, current: Memory | undefined): string | undefined {
  for (const entry of sentencesInSight(memory, current, 0)) {
    const speaker = itemAt(entry.speakers, entry.speakers.length - 1)
    if (!speaker) continue
    return speaker.kind === 'person' && speaker.role && personNoun(speaker.role)
      ? speaker.role
      : undefined
  }
  return undefined
}

// Whether a word ends in a possessive `'s`.
function isPossessiveWord(word: string): boolean {
  return /['’]s$/u.test(word)
}

// Stand-ins that are one of a group the text does not give with them (`one said`, `said
// another`, `a third added`).
// `One of them`, `some of those`: a stand-in's share of a plural pronoun.
const ofThem = / of (?:them|those)$/u

const bareStandIns = new Set([
  'one',
  'another',
  'the other',
  'a second',
  'a third',
  'a fourth',
  'a fifth',
  'some',
  'others',
  'many',
  'most',
  'several',
])

// Stand-ins for a share of a group rather than one of it.
const groupShares = new Set(['some', 'others', 'many', 'most', 'several'])

// `Shop owners on Fourth Avenue …`, `Some farmers at the market …`: the words opening a
// sentence up to a plural for people within its first four, and that noun's singular.
function pluralOpening(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): { name: string; head: string } | undefined {
  let start = first
  while (start < end && !tokens[start]?.word) start++
  for (let index = start; index < end && index < start + 4; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return undefined
    // `Others were less sure`: a share of a group is no group of its own (`Many crane
    // operators` is the operators).
    if (standInHeads.has(token.lower)) continue
    // `Dozens of fishermen`: a count's group is the people after its `of`.
    if (!groupNoun(token) || (countNouns.has(token.lower) && tokens[index + 1]?.lower === 'of'))
      continue
    const words = textOf(tokens, start, index)
    const opener = tokens[start] as FrameToken
    // The opening capital is the sentence's, not the group's, unless it opens a name.
    const name =
      opener.nameWord && index !== start
        ? words
        : `${words.charAt(0).toLowerCase()}${words.slice(1)}`
    return { name, head: singularOf(token.lower) }
  }
  return undefined
}

/**
 * A word without a plural's ending, to name a group's member or match a modifier against a
 * name: `owners` → `owner`, `fishermen` → `fisherman`, `snacks` → `snack`; `press` and `bus`
 * stay.
 *
 * @param plural The word, in lower case.
 */
export function singularOf(plural: string): string {
  if (plural.endsWith('men')) return `${plural.slice(0, -3)}man`
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`
  return plural.length > 3 && plural.endsWith('s') && !plural.endsWith('ss')
    ? plural.slice(0, -1)
    : plural
}

// `one`, `a third`, `another resident`: a stand-in, or a phrase that counts on (`another`,
// `a second`), is someone new each time it is written.
function someoneElse(mention: Mention): boolean {
  if (standInHeads.has(mention.head)) return true
  const opening = mention.name.charCodeAt(0)
  // Only `another …` and `a second …` count on: most phrases open otherwise.
  if (opening !== 97 && opening !== 65) return false
  const space = mention.name.indexOf(' ')
  const first = mention.name.slice(0, space).toLowerCase()
  if (first === 'another') return true
  const second = mention.name.slice(space + 1, mention.name.indexOf(' ', space + 1))
  return (first === 'a' || first === 'an') && standInHeads.has(second)
}

// The capitalized words a description holds after its article (`the Lindqvist campaign`).
function namesInside(mention: Mention): string[] {
  const words = mention.name.split(' ')
  // `the City Council on Friday`: a head written with a capital is part of the name itself.
  if (words.some((word) => word.toLowerCase() === mention.head && word !== mention.head)) return []
  return words.slice(1, -1).filter(
    (word) =>
      /^\p{Lu}\p{Ll}/u.test(word) &&
      // `the Ohio governor`, `the Polish minister`: a place says where, not which body.
      !placeNames.has(word.toLowerCase()) &&
      !isDemonym(word.toLowerCase()),
  )
}

// Whether the capitalized words inside a description are in the titles of the one it would
// stand for (`the Trump campaign` and `Trump campaign manager Corey Lewandowski`).
function sharesNames(mention: Mention, entity: Entity): boolean {
  const names = namesInside(mention)
  if (names.length === 0) return true
  const titles = [...entity.titles].join(' ')
  return names.every((name) => titles.includes(name))
}

// `LAS VEGAS —`, `KOKOMO, Ind. —`, `NAIROBI (Reuters) -`: a place in capitals opening a
// paragraph before a dash or a news agency is where the story was filed, no one.
function dateline(tokens: readonly FrameToken[], mention: Mention): boolean {
  // (The scanner drops every mention of a dateline that ends with a dash, the state after the
  // city too: `COLUMBUS, Ohio (AP) —`. What reaches here is a place alone before an agency.)
  if (mention.first !== 0) return false
  for (let index = 0; index < mention.end; index++) {
    const token = tokens[index] as FrameToken
    if (token.word && token.text !== token.text.toUpperCase()) return false
  }
  for (let index = mention.end; index < tokens.length && index < mention.end + 8; index++) {
    const text = (tokens[index] as FrameToken).text
    if (text === '—' || text === '–' || text === '-' || text === '(') return true
    if ((tokens[index] as FrameToken).word && index > mention.end + 3) return false
  }
  return false
}

// The person `the N’s R` stands for (see `resolve`): the one the text said `N` of, holding the
// role `R` (or, for `leader` and `chief`, the role `head`); or null.
function ownedRoleHolder(
  mention: Mention,
  table: EntityTable,
  current: Memory | undefined,
): Entity | null {
  if ((mention.kind !== 'anonymous' && mention.kind !== 'description') || mention.plural)
    return null
  // (The name may have dropped its article; the tokens still have it: `a fisherman’s
  // daughter` is someone new.)
  const words = mention.name.split(' ')
  const written = words.length === 3 ? words.shift()?.toLowerCase() : undefined
  const tokens = current?.tokens ?? []
  const opening = lowerAt(tokens, mention.first)
  const article = written ?? (articles.has(opening) ? opening : lowerAt(tokens, mention.first - 1))
  if (words.length !== 2 || article !== 'the') return null
  const owner = /^(\p{Ll}+?)(?:['’]s|['’])$/u.exec(words[0] ?? '')?.[1]
  const head = words[1]
  if (!owner || head !== mention.head) return null
  const person = table.byDescribingStems(describingStems(owner))
  if (person?.kind !== 'person') return null
  // (The role as a title, or as a word said of them beside their name: `the daughter of a
  // fisherman` leaves `daughter` among the words.)
  const roles = head === 'leader' || head === 'chief' ? [head, 'head'] : [head]
  const holds = roles.some(
    (role) =>
      table.holdsRole(person, role) || table.byDescribingStems(describingStems(role)) === person,
  )
  return holds ? person : null
}

// The U.S. state a tag set off right after a name gives (`Diaz (Fla.)`, `Doe, D-N.Y.,`).
function stateNear(tokens: readonly FrameToken[], mention: Mention): string | undefined {
  const after = textAt(tokens, mention.end)
  const tag = itemAt(tokens, mention.end + 1)
  return (after === ',' || after === '(') && tag?.word ? stateOfTag(tag.text) : undefined
}

// The party a tag set off after a name or a word opening it names (see `partyOf`).
function partyNear(tokens: readonly FrameToken[], mention: Mention): string | undefined {
  const after = textAt(tokens, mention.end)
  const tag = itemAt(tokens, mention.end + 1)
  if ((after === ',' || after === '(') && tag) {
    const party = partyOf(tag.text)
    if (party) return party
  }
  const first = tokens[mention.first]
  return first?.word && mention.end - mention.first > 2 ? partyOf(first.text) : undefined
}

// Of the person with a role and the source introduced with the same head, the one the text
// brought in last: `one judge … the judge` after `Judge Ann Roe` is the one judge, and `the
// teacher` after `Jane Doe, a retired teacher,` is Jane Doe. Only a phrase that introduces
// someone new (`a`, `one`, `another`) counts: a definite phrase no one was found for, or a
// bare role (`to be president`), introduces no one.
function latestOf(
  table: EntityTable,
  head: string,
  introduced: Entity | undefined,
  modifiers: readonly string[] = [],
): Entity | undefined {
  // (`the deputy mayor` after `Deputy Mayor Tom Lee and Mayor Jane Roe`: the modifier says
  // which holder.)
  const titled = table.byTitle(head, modifiers)
  if (!titled || !introduced) return titled ?? introduced
  return introduced.index >= table.titleGivenAt(head) && introducedAsNew(introduced)
    ? introduced
    : titled
}

// The words before the head of a role a body's common noun owns (`the club’s head coach` →
// `head`), or null when the phrase is no such role.
function bodyOwnedRole(mention: Mention): string[] | null {
  const words = mention.name.toLowerCase().split(' ')
  const from = words[0] === 'the' ? 1 : 0
  const owner = words[from]?.match(/^(\p{L}+)[’']s$/u)?.[1]
  if (!owner || words.length < from + 2) return null
  if (!organizationHeads.has(owner) && !anyBodyHeads.has(owner) && !teamHeads.has(owner))
    return null
  return words.slice(from + 1, -1)
}

// The words of a phrase between its article and its head (`deputy` in `the deputy mayor`).
function phraseModifiers(mention: Mention): string[] {
  const words = mention.name.toLowerCase().split(' ')
  return articles.has(words[0] ?? '') ? words.slice(1, -1) : words.slice(0, -1)
}

// `Zoomr … “…,” the company said`: a noun that fits any body stands for the body named last,
// in the sentence or the two paragraphs before.
function recentBody(
  mention: Mention,
  memory: Sight,
  current: Memory | undefined,
  table: EntityTable,
): Entity | undefined {
  // `the company` alone: a modifier (`the rights group`, `the Omaha-based company`) says more
  // than the body named last may fit, unless the body's name has the modifier's word (`the
  // software company` for `Nimbus Software`, `the snack maker` for `Oakridge Snacks`).
  if (!anyBodyHeads.has(mention.head)) return undefined
  const words = mention.name.toLowerCase().split(' ')
  if (words.length > 4) return undefined
  // (`The Reserve Bank of Tamaru … The central bank said`: a word for a body's standing, which
  // its name seldom has, says no more than the noun alone.)
  const modifiers = words
    .slice(1, -1)
    .filter((word) => !standingWords.has(word))
    .map(singularOf)
  // `The Westbrook Lakers beat … Ndlovu left the game … the club said`: a team goes by a
  // plural nickname, ahead of a player's surname, and is no other body in sight. (Failing one,
  // a subject taken for a body below: `Copperhill confirmed … the club said`.)
  if (teamHeads.has(mention.head)) {
    const team = namedBodyInSight(memory, current, table, teamName, 'team')
    if (team) return team
  }
  // `The Wandering Hours will tour … the band said`, `Copper Tide … the band`: a band goes by
  // any name no one has.
  if (bandHeads.has(mention.head)) return namedBodyInSight(memory, current, table, bandName, 'band')
  // `the Wexcombe Regional Transit Authority … Transit Workers Union Local 562 … The authority
  // said`: the one body named with the noun as its head, ahead of the body named last.
  if (modifiers.length === 0 && organizationHeads.has(mention.head)) {
    const headed = table.byOrganizationHead(mention.head)
    if (headed) return headed
  }
  // (`the influential daily`, `the local paper`: a word before a noun for an outlet says what
  // the outlet is like, not what it is called.)
  const fits = (entity: Entity) =>
    modifiers.length === 0 ||
    outletNouns.has(mention.head) ||
    entity.name
      .toLowerCase()
      .split(/\s+/)
      .some((word) => modifiers.includes(singularOf(word)))
  // Past the sentences in sight, the one body whose name says the noun's sort (`Skyward Air`
  // in the lede, `the airline` three paragraphs on), as a team goes by its nickname; ahead of
  // a subject taken for a body only because nothing showed it a person's (`Refunds piled up`).
  const sorted = bodyNamedBySort(table, mention.head, fits)
  const newest = current ?? memory.newest()
  const recent = memory.recent(recall).reverse()
  const entries: Memory[] = []
  for (const entry of current ? [current, ...recent] : recent) {
    if (newest && newest.paragraph - entry.paragraph > 2) break
    entries.push(entry)
    for (const entity of [entry.subject, ...entry.speakers, ...entry.others]) {
      // A name seen only as a modifier (`the Silicon Valley startup`) is no body speaking.
      if (!entity || entity.place || entity.placedOnly) continue
      // A body's name may end on a plural (`… of West African States`); people may not.
      // (`Tidewater Foods agreed to buy Norrland Energy … the utility said`: a noun for a trade
      // is the one body whose name says the trade, past a body in sight whose name does not.)
      if (
        entity.kind === 'organization' &&
        fitsSort(entity, mention.head) &&
        fits(entity) &&
        (!sorted || entity === sorted || !sortEndings.has(mention.head))
      )
        return entity
      // `Cobalt Cloud Systems … the cloud provider`, `Skyward Air … the airline`: a name with no
      // given name, title or gender that has the modifier's word, or whose last word says its
      // sort, was the body.
      if (
        entity.kind === 'person' &&
        nameOfNoOne(entity) &&
        ((modifiers.length > 0 && fits(entity)) || namedBySort(entity, mention.head))
      ) {
        table.showBody(entity, mention.head)
        return entity
      }
      // `the Coastal Observer … the newspaper added`: a phrase in capitals whose last word
      // names outlets (read as someone who observes) was the outlet.
      if (
        entity.kind === 'anonymous' &&
        !entity.plural &&
        outletNouns.has(mention.head) &&
        namedBySort(entity, mention.head) &&
        /^(?:the )?(?:\p{Lu}\S* ?)+$/u.test(entity.name)
      )
        return entity
      // `The Tidewater Democrats said … The party said`: a party that goes by its members, a
      // plural name in capitals.
      if (
        entity.plural &&
        mention.head === 'party' &&
        namedBySort(entity, 'party') &&
        // (Two words in capitals at least: `the Democrats` may be people of a party.)
        /^(?:the )?\p{Lu}\S* (?:\p{Lu}\S* ?)+$/u.test(entity.name)
      )
        return entity
      if (entity.plural) continue
    }
    // `Kudipay said in a statement … The company added`: a subject of one word the text never
    // gave a given name, title or gender was the body, ahead of a body named before it.
    const subject = bodyLikeSubject(entry, current)
    if (
      (!sorted || subject === sorted) &&
      subject?.keys.length === 1 &&
      nameOfNoOne(subject, 1) &&
      fitsSort(subject, mention.head) &&
      fits(subject)
    ) {
      table.showBody(subject, mention.head)
      return subject
    }
  }
  // `Harborline Foods beat estimates. … the company said`: with no body in sight, the subject
  // of a sentence before, whose name no given name opens, with no title or gender, was the
  // body. In the phrase's own sentence its subject is someone else (`Marchetti, who is CEO,
  // said the company had …`).
  for (const entry of entries) {
    const subject = bodyLikeSubject(entry, current)
    if (
      (!sorted || subject === sorted) &&
      subject &&
      nameOfNoOne(subject) &&
      fitsSort(subject, mention.head) &&
      fits(subject)
    ) {
      table.showBody(subject, mention.head)
      return subject
    }
  }
  // `Shares in Kestrel Marine Works rose … the company said`, `the contract with Solvik
  // Robotics … The drone maker said`: failing all else, the one name in sight that is a body's
  // or that no given name, title or gender makes a person's, whatever the noun's modifiers say,
  // where it is the phrase's object as much as a subject.
  // (A modifier may say what a company makes, which its name need not: `the drone maker`; of
  // any other body, `the group` too, it says which: `the vote no campaign`, `the BLM group`.)
  // (Not where its own sentence's subject is someone, who speaks of the company: `Marchetti,
  // who is CEO, said the company had “made mistakes”`.)
  const spokenOf = current?.subject?.kind === 'person' && current.subjectAt < mention.first
  if (
    !sorted &&
    !spokenOf &&
    (modifiers.length === 0 || (companyNoun(mention.head) && mention.head !== 'group'))
  ) {
    const only = onlyBodyInSight(entries, mention.head)
    if (only) {
      if (only.kind === 'person') table.showBody(only, mention.head)
      return only
    }
  }
  if (sorted?.kind === 'person') table.showBody(sorted, mention.head)
  // `Jo Roe, the founder of Hushway, … (three paragraphs on) … the company said`: past the
  // sentences in sight, the one body the whole text names, when the story brought it in first.
  if (sorted || modifiers.length > 0 || !firmNouns.has(mention.head)) return sorted
  const only = onlyBody(table, mention.head)
  return only && inLede(memory, only) ? only : undefined
}

// Names for one paper: the one that brings a suit, and one put online.
const paperKin: readonly ReadonlySet<string>[] = [
  new Set(['lawsuit', 'complaint', 'suit']),
  new Set(['post', 'message', 'tweet', 'update']),
]

// Papers a body publishes under any of their names (`X has published its review … the report
// said`), which `the report` or `the newsletter` takes up.
const reportNouns = new Set([
  'report',
  'review',
  'audit',
  'study',
  'analysis',
  'findings',
  'newsletter',
  'filing',
  'bulletin',
  'survey',
  'assessment',
  'evaluation',
])

// The one name of the sentences in sight that may be a body's: a body's, or one of two words or
// more that no given name, title or gender makes a person's, and no place; undefined when none
// or several are.
function onlyBodyInSight(entries: readonly Memory[], head: string): Entity | undefined {
  const candidates = new Set<Entity>()
  for (const entry of entries) {
    for (const entity of [entry.subject, ...entry.speakers, ...entry.others]) {
      if (!entity || entity.place || entity.placedOnly || entity.plural) continue
      if (!fitsSort(entity, head)) continue
      if (entity.kind === 'organization' || (entity.kind === 'person' && nameOfNoOne(entity)))
        candidates.add(entity)
    }
  }
  const [only] = candidates
  return candidates.size === 1 ? only : undefined
}

// Words for what standing a body has (`the central bank`, `the state broadcaster`, `the national
// carrier`), not for what it is called.
const standingWords = new Set([
  'central',
  'national',
  'state',
  'state-owned',
  'state-run',
  'federal',
])

// Nouns for a company alone, which a story about one keeps using for it far from its name (`the
// group`, `the charity` may be any of several bodies a story brings in and never names).
const firmNouns = new Set(['company', 'firm', 'startup', 'start-up', 'corporation'])

// The one body the text names whose sort fits a noun for bodies, if there is only one.
function onlyBody(table: EntityTable, head: string): Entity | undefined {
  return onlyEntity(table, (entity) => {
    if (entity.place || entity.placedOnly) return false
    // (`Deepholm Resources`: a name no one has, ending in a trade, is a company's.)
    const company =
      entity.kind === 'person' && nameOfNoOne(entity) && tradeEndings.has(lastWordOf(entity.name))
    return (entity.kind === 'organization' || company) && fitsSort(entity, head)
  })
}

// Whether a name says a company by its last word, a trade's (`Soudan Ridge Mining`).
function tradeNamed(entity: Entity): boolean {
  return (
    (entity.kind === 'organization' || nameOfNoOne(entity)) &&
    entity.keys.length > 1 &&
    tradeEndings.has(lastWordOf(entity.name))
  )
}

// Whether the lede (the first two paragraphs) brought an entity in: the story's own body, where
// one named deep in a long story is no likelier than a body only an owner's phrase named
// (`HP’s board`).
function inLede(memory: Sight, entity: Entity): boolean {
  // (The first two paragraphs whose sentences have a subject: a kicker or a headline above
  // them, `FOR IMMEDIATE RELEASE`, has none, and a press release's lede comes after both.)
  const lede: number[] = []
  for (let index = 0; index < memory.length; index++) {
    const entry = memory.entry(index) as Memory
    if (entry.subject && !lede.includes(entry.paragraph)) lede.push(entry.paragraph)
    if (lede.length > 2 || (lede.length === 2 && entry.paragraph > (lede[1] as number)))
      return false
    if (lede.length === 0 && entry.paragraph > 3) return false
    // (By index: a remembered sentence may hold an earlier state's copy of the entity.)
    const same = (other: Entity | undefined | null) => other?.index === entity.index
    if (same(entry.subject) || entry.speakers.some(same) || entry.others.some(same)) return true
  }
  return false
}

// The one body of the text whose name says a noun's sort (`Skyward Air` for `the airline`), if
// the noun is one names say.
function bodyNamedBySort(
  table: EntityTable,
  head: string,
  fits: (entity: Entity) => boolean,
): Entity | undefined {
  if (!sortEndings.has(head) && !sortNames.has(head) && !anyBodyHeads.has(head)) return undefined
  return onlyEntity(
    table,
    (entity) =>
      !entity.place &&
      !entity.placedOnly &&
      namedBySort(entity, head) &&
      fits(entity) &&
      (entity.kind === 'organization' || (entity.kind === 'person' && nameOfNoOne(entity))),
  )
}

// The sentences a phrase looks back over, nearest first: its own (when given), then the ones
// remembered in its paragraph and the `reach` paragraphs before.
function sentencesInSight(memory: Sight, current: Memory | undefined, reach = 2): Memory[] {
  const newest = current ?? memory.newest()
  const sentences: Memory[] = current ? [current] : []
  for (let index = memory.length - 1; index >= 0 && index >= memory.length - recall; index--) {
    const entry = memory.entry(index) as Memory
    if (newest && newest.paragraph - entry.paragraph > reach) break
    sentences.push(entry)
  }
  return sentences
}

// A name read on past a nickname in marks right after it (`Kenji “The Flood” Watanabe`: the
// name is `Kenji Watanabe`), when the marks hold a few capitalized words and name words follow;
// the mention keeps its place.
function pastNickname(tokens: readonly FrameToken[], mention: Mention): Mention {
  const open = tokens[mention.end]
  if (!open || open.word || open.quote < 0) return mention
  let close = mention.end + 1
  while (
    close < tokens.length &&
    close <= mention.end + nicknameSpan &&
    tokens[close]?.quote === open.quote
  )
    close++
  if (close - mention.end < 3 || !nicknameBetween(tokens, mention.end, close)) return mention
  // (`Sander “Lightning” de Wit`: a surname may open on a particle.)
  let end = close
  while (
    end < tokens.length &&
    end < close + 4 &&
    tokens[end]?.quote === -1 &&
    (tokens[end]?.nameWord || isNameParticle(tokens[end]?.text ?? '', tokens[end]?.lower ?? ''))
  )
    end++
  while (
    end > close &&
    isNameParticle(itemAt(tokens, end - 1)?.text ?? '', itemAt(tokens, end - 1)?.lower ?? '')
  )
    end--
  if (end === close) return mention
  return changedMention(mention, { name: `${mention.name} ${textOf(tokens, close, end - 1)}` })
}

// The latest name of three words or more in this paragraph or the two before whose last word
// is a noun (`School District` for `the district`).
function nameEndingIn(
  head: string,
  memory: Sight,
  current: Memory | undefined,
): Entity | undefined {
  for (const entry of sentencesInSight(memory, current)) {
    for (const entity of [entry.subject, ...entry.speakers, ...entry.others]) {
      if (!entity || entity.place || entity.kind === 'anonymous') continue
      // (Two words when no given name, title or gender makes them a person's: `Garvock Bakery …
      // the bakery`, not `Tom Farmer … the farmer`.)
      if (entity.keys.length < 2 || (entity.keys.length === 2 && !nameOfNoOne(entity))) continue
      if (entity.name.slice(entity.name.lastIndexOf(' ') + 1).toLowerCase() === head) return entity
    }
  }
  return undefined
}

// Nouns for a sports team.
const teamHeads = new Set(['team', 'club', 'side', 'franchise'])

// Nouns for musicians playing together, who go by a name of any shape.
const bandHeads = new Set(['band', 'orchestra', 'ensemble', 'choir', 'quartet', 'trio'])

// Whether a name is a band's: a body's, or two words or more that no given name, title or
// gender makes a person's (`Copper Tide`).
function bandName(entity: Entity): boolean {
  return (
    !entity.place &&
    !entity.placedOnly &&
    entity.keys.length > 1 &&
    (entity.kind === 'organization' || (entity.kind === 'person' && nameOfNoOne(entity)))
  )
}

// The latest team or band named in this paragraph or the two before, by a test of its name (a
// team's: `Westbrook Lakers`, `Northgate United`; when the two sides of a game are named, the
// first); past the sentences in sight, one the story named first (its lede's winner), among
// the first names it gave. A name the text took for someone's is shown to be the body's.
function namedBodyInSight(
  memory: Sight,
  current: Memory | undefined,
  table: EntityTable,
  named: (entity: Entity) => boolean,
  head: string,
): Entity | undefined {
  for (const entry of sentencesInSight(memory, current)) {
    for (const entity of [entry.subject, ...entry.speakers, ...entry.others]) {
      if (!entity || !named(entity)) continue
      if (entity.kind === 'person') table.showBody(entity, head)
      return entity
    }
  }
  const first = table.everyone().slice(0, 3).find(named)
  if (first?.kind === 'person') table.showBody(first, head)
  return first
}

// Whether a name is a team's: two words or more ending in a plural nickname or a club's word,
// of a body or with no given name; not a body of people named for what they do (`… of
// Investigative Journalists`).
function teamName(entity: Entity): boolean {
  if (entity.keys.length < 2 || entity.kind === 'anonymous' || entity.name.includes(' of '))
    return false
  const last = entity.name.slice(entity.name.lastIndexOf(' ') + 1).toLowerCase()
  const nickname =
    (last.endsWith('s') && !last.endsWith('ss') && !isPeoplePlural(last)) || teamWords.has(last)
  return nickname && (entity.kind === 'organization' || nameOfNoOne(entity))
}

// The subject of a sentence before the phrase's own, when the text took it for a person.
function bodyLikeSubject(entry: Memory, current: Memory | undefined): Entity | null {
  const subject = entry.subject
  if (entry === current || subject?.kind !== 'person' || subject.placedOnly) return null
  return sceneryCapital(entry) ? null : subject
}

// `Ticket sales for the opera opened on Friday.`: a one-word capital before a plural that a
// preposition, an auxiliary or a past form follows only says which sales; no one spoke. Nor
// does one a preposition follows (`Turnout in Vesterholm reached 64 percent.`). Whether the
// sentence's subject is such a capital.
function sceneryCapital(entry: Memory): boolean {
  const subject = entry.subject
  if (subject?.kind !== 'person' || subject.keys.length !== 1) return false
  const noun = entry.tokens[entry.subjectAt + 1]
  const after = entry.tokens[entry.subjectAt + 2]
  if (noun?.word && inList(noun, WordList.preposition)) return true
  // A lower-case noun (`James has spearheaded`, `Trump was asked`: a verb, not a noun), then a
  // lower-case word.
  if (!noun?.word || noun.capitalized || noun.cue || isClosedClass(noun)) return false
  if (!after?.word || after.capitalized) return false
  // `Personal data belonging to …`: a noun no verb's shape, then a participle in `-ing`.
  if (
    !/(?:s|ed|ing|ly)$/u.test(noun.lower) &&
    !irregularPasts.has(noun.lower) &&
    !after.cue &&
    after.lower.endsWith('ing')
  )
    return true
  return (
    /[^s]s$/u.test(noun.lower) &&
    (inList(after, WordList.preposition) ||
      inList(after, WordList.auxiliary) ||
      irregularPasts.has(after.lower) ||
      after.lower.endsWith('ed'))
  )
}

// Whether `its` follows a subject name in its clause, before any other name or pronoun, within
// a few words (`Brennan Foods will close its plant`, not `Doe said the firm cut its staff`).
function itsAfter(tokens: readonly FrameToken[], mention: Mention, frame: Frame): boolean {
  for (let index = mention.end; index < frame.end && index < mention.end + 8; index++) {
    const token = tokens[index] as FrameToken
    // A day or a month is no one else in the clause.
    const someoneElse = token.nameWord && !calendar.has(token.lower)
    if (!token.word || token.quote >= 0 || someoneElse || token.pronoun) return false
    if (token.lower === 'its') return true
    if (token.lower === 'that' || inList(token, WordList.determiner)) return false
  }
  return false
}

/**
 * Whether a person's entity has a name of `words` words or more (two unless asked) that no
 * given name opens, and no title or gender: a name that may be a body's.
 *
 * @param entity The entity.
 * @param words The fewest words the name may have.
 */
export function nameOfNoOne(entity: Entity, words = 2): boolean {
  // (A role or an age set beside the name, `Roe, 54, a miner,`, was a person's; `Lodestar
  // Interactive, the developer of …,` was a body's.)
  if (
    entity.keys.length < words ||
    entity.titles.size > 0 ||
    entity.gender !== 'unknown' ||
    personalRole(entity.role)
  )
    return false
  const space = entity.name.indexOf(' ')
  const first = (space < 0 ? entity.name : entity.name.slice(0, space)).toLowerCase()
  // `A. J. Ostrowski`: initials open people's names.
  if (first.length < 3 || first.endsWith('.')) return false
  return givenNameGenderOf(first) === undefined && !givenNameLean.has(first)
}

// Whether a role set beside a name is a person's: a noun for people or an age, and no noun a
// body goes by too (`the developer of …`, `the first in five years`).
function personalRole(role: string | undefined): boolean {
  if (role === undefined || anyBodyHeads.has(role)) return false
  return (
    role.endsWith('-year-old') ||
    isPeopleNoun(role) ||
    anonymousHeads.has(role) ||
    personNounEnding.test(role)
  )
}

// Nouns for a news outlet (`the paper`, `the influential daily`).
const outletNouns = new Set([
  'newspaper',
  'paper',
  'tabloid',
  'daily',
  'weekly',
  'magazine',
  'outlet',
])

// The one organization the text named with a noun for a house of worship in its name, or
// undefined when it named none or more than one.
function onlyHouseOfWorship(table: EntityTable): Entity | undefined {
  return onlyEntity(
    table,
    (entity) =>
      entity.kind === 'organization' &&
      entity.name
        .toLowerCase()
        .split(' ')
        .some((word) => worshipNouns.has(word)),
  )
}

// The one entity of the text that passes a test, or undefined when none or several do.
function onlyEntity(table: EntityTable, test: (entity: Entity) => boolean): Entity | undefined {
  let found: Entity | undefined
  for (const entity of table.everyone()) {
    if (!test(entity)) continue
    if (found) return undefined
    found = entity
  }
  return found
}

// Nouns that fit any body that does business or gathers people (`the company`, `the group`).
const anyBodyHeads = new Set([
  'company',
  'house',
  ...bandHeads,
  // (`the health system`, `the cruise line`, `the record label`: named by a modifier or a sort.)
  'system',
  'line',
  'label',
  // (`the district` for a school district, named by its schools: `sortEndings`.)
  'district',
  'team',
  'franchise',
  'firm',
  'group',
  'business',
  'startup',
  'start-up',
  'corporation',
  'conglomerate',
  'platform',
  'club',
  'organization',
  'organisation',
  'charity',
  'nonprofit',
  'retailer',
  'chain',
  'carrier',
  'airline',
  'lender',
  'insurer',
  'manufacturer',
  'automaker',
  'carmaker',
  'chipmaker',
  'drugmaker',
  'steelmaker',
  'planemaker',
  'miner',
  'brewer',
  'shipbuilder',
  'homebuilder',
  'developer',
  'operator',
  'provider',
  'alliance',
  'coalition',
  'agency',
  // (`the regulator` after the `Financial Conduct Commission`: a public body named otherwise.)
  'regulator',
  'watchdog',
  'authority',
  'bloc',
  'utility',
  'studio',
  'publisher',
  'broadcaster',
  'distributor',
  'bank',
  'supplier',
  'producer',
  'maker',
  // (Trades a company plies as often as a person: `Redbank Beef … the meatpacker said`.)
  'processor',
  'packer',
  'meatpacker',
  'exporter',
  'importer',
  'wholesaler',
  'refiner',
  'contractor',
  'network',
  ...['party', 'union', 'federation', 'league', 'movement', 'association'],
  ...outletNouns,
  // (Named by their sort only: `Lindmoor Police … the force`, `Brackminster Playhouse … the
  // theatre`; see `sortNames`. A campaign by a name that asks or stands for something: `Save
  // Keshgate Schools`, `Families for Fair Rent`; see `campaignNamed`.)
  ...['force', 'constabulary', 'theatre', 'theater', 'campaign'],
])

// `Save Keshgate Schools`, `Yes on Measure K`, `Families for Fair Rent`: a name that opens on
// what it asks for, or says what it stands for, is a campaign's.
function campaignNamed(entity: Entity): boolean {
  const words = entity.name.toLowerCase().split(' ')
  return (
    entity.kind !== 'anonymous' &&
    words.length >= 2 &&
    (campaignOpeners.has(words[0] as string) || words.slice(1, -1).includes('for'))
  )
}

const campaignOpeners = new Set(['save', 'stop', 'yes', 'no', 'protect', 'friends', 'keep'])

// A police force's names by their last words, for `police` and `the force`.
const policeNames = [
  'police',
  'constabulary',
  'police service',
  'police department',
  'police force',
  'police services',
]

// Nouns for bodies of one sort (`the party`, `the paper`), with the last words of the names
// such a body may have besides a name no noun for a body ends (`The Green Alliance … the
// party`, `The Northern Courier … the paper`; not `Congress … the party`).
const outletNames = `herald courier ledger times post gazette tribune journal chronicle observer
guardian telegraph mail express news star sun mirror examiner inquirer dispatch sentinel standard
record bulletin register globe independent review magazine weekly daily`.split(/\s+/)
const sortNames: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // (A party may go by its members, `the Tidewater Democrats`, or by a union, `the Northfield
  // Union`.)
  [
    'party',
    new Set(
      'party alliance front league movement union democrats republicans conservatives liberals greens socialists progressives nationalists'.split(
        ' ',
      ),
    ),
  ],
  // (Workers' bodies go by other names too: `the National Nurses Alliance … the union`.)
  [
    'union',
    new Set('union federation alliance guild brotherhood confederation congress'.split(' ')),
  ],
  ['federation', new Set(['federation'])],
  ['league', new Set(['league'])],
  ['movement', new Set(['movement'])],
  ['association', new Set(['association'])],
  ...[...outletNouns].map((noun) => [noun, new Set(outletNames)] as const),
  // (`the Halden Police Service`, `the Lakeview Police Department`: a force by its last two
  // words too.)
  ['force', new Set([...policeNames, 'force'])],
  ['police', new Set(policeNames)],
  ['constabulary', new Set(['police', 'constabulary'])],
  ['theatre', new Set(['playhouse', 'theatre', 'theater'])],
  ['theater', new Set(['playhouse', 'theatre', 'theater'])],
])

// Nouns for bodies of a sort only a name of that sort fits (`the force` is no company).
const strictSorts = new Set(['force', 'constabulary', 'theatre', 'theater'])

// Whether a name's last word is one the text's noun for a body of that sort names bodies by
// (`Skyward Air` for `the airline`, `Halden Motors` for `the carmaker`).
// (Or by the noun itself: `the Gantry Cross School District` for `the district`.)
function namedBySort(entity: Entity, head: string): boolean {
  if (head === 'campaign') return campaignNamed(entity)
  if (head === 'league') return leagueNamed(entity)
  const name = entity.name.toLowerCase()
  const space = name.lastIndexOf(' ')
  const last = name.slice(space + 1)
  if (last === head) return true
  const endings = sortEndings.get(head) ?? sortNames.get(head)
  if (!endings) return false
  return endings.has(last) || endings.has(name.slice(name.lastIndexOf(' ', space - 1) + 1))
}

// Last words that name a body of a sort (`Skyward Air`, `Halden Motors`), for nouns of that sort
// that fit any body named otherwise.
const airlineEndings = ['air', 'airways', 'airlines', 'aviation']
const carEndings = ['motors', 'motor', 'auto', 'automotive', 'cars']
const bankEndings = ['bank', 'bancorp', 'banking']
const sortEndings: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['airline', new Set(airlineEndings)],
  ['carrier', new Set([...airlineEndings, 'freight', 'shipping', 'lines'])],
  ['automaker', new Set(carEndings)],
  ['carmaker', new Set(carEndings)],
  ['bank', new Set(bankEndings)],
  ['lender', new Set([...bankEndings, 'lending', 'credit', 'finance'])],
  ['insurer', new Set(['insurance', 'assurance', 'mutual'])],
  // `Hanabi Semiconductor … the chipmaker`: a maker by what it makes.
  ['chipmaker', new Set(['semiconductor', 'semiconductors', 'chips'])],
  ['drugmaker', new Set(['pharma', 'pharmaceuticals', 'therapeutics'])],
  ['steelmaker', new Set(['steel'])],
  ['planemaker', new Set(['aerospace', 'aircraft', 'aviation'])],
  ['miner', new Set(['mining', 'minerals', 'resources'])],
  ['brewer', new Set(['brewery', 'breweries', 'brewing'])],
  ['shipbuilder', new Set(['shipyards', 'shipbuilding', 'shipyard'])],
  ['homebuilder', new Set(['builders', 'homes'])],
  ['retailer', new Set(['stores', 'supermarkets', 'retail'])],
  // `Sutterfield Public Schools … the district`: a school district goes by its schools.
  ['district', new Set(['schools'])],
  // `Tessary Electric … the utility`.
  ['utility', new Set(['electric', 'power', 'energy', 'water', 'gas', 'utilities'])],
  // `Greywater Records … the label`.
  ['label', new Set(['records', 'recordings', 'music', 'sound'])],
  // `Nettlecombe Regional Medical Center … the hospital`: a hospital by its last two words too.
  ['hospital', new Set(['infirmary', 'hospitals', 'medical center', 'medical centre'])],
])

// Whether a body's name is a league's: its last word, or a governing body's word after a
// sport's (`the Eastern Rugby Championship`, `the Southern Cricket Board`, `the Harbour State
// Football Association`), which a story about a sport calls `the league`.
function leagueNamed(entity: Entity): boolean {
  const words = entity.name.toLowerCase().split(' ')
  const last = words[words.length - 1] ?? ''
  if (last === 'league') return true
  return governingWords.has(last) && words.some((word) => sportWords.has(word))
}

const governingWords = new Set([
  'championship',
  'association',
  'federation',
  'board',
  'council',
  'union',
  'conference',
])
const sportWords = new Set([
  'football',
  'soccer',
  'rugby',
  'cricket',
  'basketball',
  'hockey',
  'baseball',
  'tennis',
  'netball',
  'volleyball',
  'athletics',
  'golf',
])

// Whether a body fits a noun for bodies of one sort (always, for a noun that fits any body).
// A name the text took for someone's fits only by its last word (`The Northern Courier`).
function fitsSort(entity: Entity, head: string): boolean {
  if (head === 'campaign') return campaignNamed(entity)
  if (head === 'league') return leagueNamed(entity)
  const last = lastWordOf(entity.name)
  // A company is no regulator, and a regulator no company (`the regulator` after `Sylandt
  // Systems` and the `Financial Conduct Commission` that fined it).
  // (`the group` may be a council of members, though: `The Technology Manufacturers Council
  // opposed the bill. “…,” the group said.`)
  if (companyNoun(head) && publicBodyWords.has(last) && !(head === 'group' && last === 'council'))
    return false
  // Nor is a body of members (`the Ostergaard Bay Warehouse Workers Union` for `the company`);
  // `the group` may be any.
  if (companyNoun(head) && head !== 'group' && memberBodyWords.has(last)) return false
  // Nor a paper the story cites (`a memo seen by the Harbour Gazette … the company added`): a
  // name that ends on a word only papers end on is no company the story is about.
  if (companyNoun(head) && paperOnlyNames.has(last)) return false
  // (Nor a firm a trade names: `Silvercrest Steel` for `the regulator`.)
  if (publicBodyNouns.has(head) && tradeEndings.has(last)) return false
  // (A club goes by its place's word, `Copperhill`, as a company by its first: a name nothing
  // shows to be a person's fits it, though not a place's.)
  if (teamHeads.has(head) && entity.kind === 'person' && !entity.place) return true
  const names = sortNames.get(head)
  if (!names) return true
  return (
    names.has(last) ||
    (!strictSorts.has(head) && entity.kind === 'organization' && !organizationHeads.has(last))
  )
}

// Last words of bodies' names that their members make up, no company's.
const memberBodyWords = new Set(
  'union association federation alliance coalition league guild party caucus society'.split(' '),
)

// The last words of an outlet's name no company's name ends on (not `Express`, `Post` or
// `Mail`: `American Express`, `Canada Post`, `Royal Mail`).
const paperOnlyNames = new Set(
  'herald courier ledger times gazette tribune journal chronicle telegraph examiner inquirer dispatch sentinel bulletin'.split(
    ' ',
  ),
)

// Nouns for a company, and for a public body (`the firm`, `the regulator`).
const companyNouns = new Set(
  `company firm business maker automaker carmaker startup retailer manufacturer group operator
  carrier airline lender insurer supplier contractor developer`.split(/\s+/),
)
// Whether a noun is one for a company: listed, or a maker of anything (`the drugmaker`, `the
// steelmaker`, `the shoemaker`).
function companyNoun(head: string): boolean {
  return companyNouns.has(head) || (head.length > 6 && head.endsWith('maker'))
}

const publicBodyNouns = new Set(
  'regulator authority agency commission watchdog ministry department court'.split(' '),
)

// For a name set off after kin owned by `his` or `her` (`His granddaughter, Rosa,`, `her son,
// Felipe,`), the role the owner holds in return and the owner's pronoun sense; null otherwise.
function kinBefore(
  tokens: readonly FrameToken[],
  mention: Mention,
  low: number,
): { role: string; sense: PronounSense; pronoun: Mention } | null {
  const at = mention.first - 3
  if (mention.kind !== 'name' || at < low) return null
  const owner = tokens[at]?.lower
  if (tokens[at + 2]?.text !== ',' || (owner !== 'his' && owner !== 'her')) return null
  // Looked up last: a table of words read by key is a slow lookup for a word it lacks, and
  // few names have `his` or `her` three words before them.
  const roles = reciprocalKin[tokens[at + 1]?.lower ?? '']
  if (!roles) return null
  const gender = owner === 'his' ? 'male' : 'female'
  // The owner's pronoun, where it stands, for who it may be.
  const pronoun = changedMention(mention, {
    kind: 'pronoun',
    first: at,
    end: at + 1,
    name: (tokens[at] as FrameToken).text,
    head: gender === 'male' ? 'he' : 'she',
  })
  return { role: roles[gender === 'male' ? 0 : 1], sense: { ...someone, gender }, pronoun }
}

// Whether a sentence holds only quoted words and names no one: no speaker, subject or other.
function silentQuote(entry: Memory): boolean {
  if (entry.speakers.length > 0 || entry.subject || entry.others.length > 0) return false
  for (let index = entry.first; index < entry.end; index++) {
    const token = entry.tokens[index] as FrameToken
    if (token.word && token.quote < 0) return false
  }
  return true
}

// Kin nouns and the roles their owner holds in return, for a man and for a woman.
const reciprocalKin: Readonly<Record<string, readonly [string, string]>> = lookupTable({
  granddaughter: ['grandfather', 'grandmother'],
  grandson: ['grandfather', 'grandmother'],
  grandchild: ['grandfather', 'grandmother'],
  grandchildren: ['grandfather', 'grandmother'],
  grandkids: ['grandfather', 'grandmother'],
  daughter: ['father', 'mother'],
  son: ['father', 'mother'],
  wife: ['husband', 'wife'],
  husband: ['husband', 'wife'],
})

// Whether a phrase opens with a possessive pronoun (`his daughter`, `her longtime aide`).
function ownedByPronoun(mention: Mention): boolean {
  const space = mention.name.indexOf(' ')
  return space > 0 && personalPossessives.has(mention.name.slice(0, space).toLowerCase())
}

// Heads that fit any one source (`the person`, `the source`).
const anyoneHeads = new Set(['person', 'source', 'individual', 'insider'])

// The latest one source the text introduced without a name (`a senior official`, `one former
// manager`), or undefined.
function latestSource(table: EntityTable): Entity | undefined {
  const entities = table.everyone()
  for (let index = entities.length - 1; index >= 0; index--) {
    const entity = entities[index] as Entity
    if (entity.kind !== 'anonymous' || entity.plural) continue
    if (organizationHeads.has(entity.head) || documentHeads.has(entity.head)) continue
    if (introducedAsNew(entity)) return entity
  }
  return undefined
}

// Whether a source was brought in as someone new (`a senior official`, `one voter`, `another
// resident`), not by a definite phrase or a bare role.
function introducedAsNew(entity: Entity): boolean {
  return /^(?:an?|one|another) /iu.test(entity.name)
}

// Whether the text brought someone in by this noun as someone new (`A woman in the crowd`); a
// definite phrase before (`The GOP front-runner is …` in a headline) brought no one new in.
function introducedByHead(table: EntityTable, head: string): boolean {
  const introduced = table.anonymousByHead(head)
  return introduced !== undefined && introducedAsNew(introduced)
}

// Nouns for two people together.
const pairHeads = new Set(['couple', 'pair', 'duo', 'twins'])

// The last pair of people named in the sentences read recently, within two paragraphs.
function recentPair(memory: Sight, table: EntityTable, current?: Memory): Entity | null {
  const newest = current ?? memory.newest()
  // (The `recall` newest, its own sentence first when it has one.)
  const recent = memory.recent(recall).reverse()
  const entries = current ? [current, ...recent] : recent
  for (const entry of entries.slice(0, recall)) {
    if (newest && newest.paragraph - entry.paragraph > 2) break
    table.trace?.read(entry.paragraph)
    const pair = namedPair(entry.tokens, entry.first, entry.end)
    if (pair) return table.add(pair)
  }
  return null
}

// The `the` that opens a phrase ending in the word at `last`, past at most two lower-case
// words (`the 23-year-old Uruguayan`), or -1.
function articleBefore(tokens: readonly FrameToken[], last: number): number {
  for (let index = last - 1; index >= 0 && index >= last - 3; index--) {
    const token = tokens[index] as FrameToken
    if (token.lower === 'the') return index
    if (!token.word || token.capitalized || token.quote >= 0) return -1
  }
  return -1
}

// Whether a source's head names someone (`official`, `the 28-year-old`), remembered per head:
// every pronoun asks it of every source in sight.
function someoneHead(head: string): boolean {
  let known = someoneHeads.get(head)
  if (known === undefined) {
    known = personNoun(head) || ageHead.test(head)
    if (someoneHeads.size < 4096) someoneHeads.set(head, known)
  }
  return known
}

const someoneHeads = new Map<string, boolean>()

// A noun for an age (`28-year-old`).
const ageHead = /^\d+-year-old$/u

// `the 68-year-old retired millwright`: an age right after the article says the phrase is for
// one person, whatever its noun, as an age alone does.
function agedPhrase(mention: Mention): boolean {
  const words = mention.name.split(' ')
  return (
    words.length >= 3 &&
    words.length <= 5 &&
    ageHead.test(words[1] as string) &&
    !mention.plural &&
    !mention.organization &&
    // `the 150-year-old company` is a body; `the 29-year-old guard` a player, though a guard
    // or a center may be a body too.
    (!organizationHeads.has(mention.head) || playingPositions.has(mention.head)) &&
    !documentHeads.has(mention.head)
  )
}

// Whether a phrase only says what sort of person someone is: a people's noun (`the Swede`) or
// a noun for anyone of an age or a sex (`the youngster`, `the woman`), with an age before it
// or nothing (`the 23-year-old Uruguayan`).
function epithet(mention: Mention): boolean {
  if (mention.kind === 'description' && !isDemonym(mention.head)) return false
  // `the British`, `the French`, `the Chinese`, `the Swiss`: a people's word with no noun for
  // one of them is the people, or its government, not the one person in sight.
  if (collectiveDemonym.test(mention.head)) return false
  if (!epithetHeads.has(mention.head) && !isDemonym(mention.head)) return false
  const words = mention.name.split(' ')
  // `the Kentucky Republican`, `the Republican front-runner`: a party's or a race's word may
  // take a place or a party before it.
  if (politicalEpithets.has(mention.head)) return words.length <= 4
  return words.length === 2 || (words.length === 3 && ageHead.test(words[1] as string))
}

// The one person a sentence said something of beside their name that shares a stem with the
// words before the phrase's noun (`union` of `the union leader`), or undefined. (The noun is
// the titles' to match: `senator` is no `Senate Majority Leader`.)
function describedPerson(
  mention: Mention,
  table: EntityTable,
  current: Memory | undefined,
): Entity | undefined {
  const words = current
    ? current.tokens.slice(mention.first, mention.end - 1).map((token) => token.lower)
    : mention.name.toLowerCase().split(' ').slice(0, -1)
  // (`the shadow health secretary`, `the deputy mayor`: a word for another office is the
  // titles' to tell.)
  if (words.some((word) => otherOffices.has(word))) return undefined
  // (A word that names someone is of another: `the Christie supporter`.)
  const stems = words
    .filter((word) => !describingSkipped.has(word) && !table.surnameOfSomeone(word))
    .flatMap(describingStems)
  const person = table.byDescribingStems(stems)
  // (Someone named in full: a lone capitalized word may be no one, `Democratic`.)
  return person?.kind === 'person' && person.keys.length > 1 ? person : undefined
}

// Words of a phrase for someone that say nothing of them.
const describingSkipped = new Set(['the', 'this', 'that', 'a', 'an', 'his', 'her', 'their'])

// `the lawmaker`, `the New York businessman`, `the shadow health secretary`: a definite phrase
// whose noun is for one person, of no body and no paper, alone or with a word or two that say
// more of the person.
function sortOfPerson(mention: Mention): boolean {
  const head = mention.head
  if (mention.plural || mention.organization || anyoneHeads.has(head)) return false
  if (organizationHeads.has(head) || documentHeads.has(head)) return false
  // `the paper`, `the tabloid`: an outlet, though `-er` and the source nouns make some look
  // like nouns for someone.
  if (outletHeads.has(head) || anyBodyHeads.has(head)) return false
  // (A name inside counts as one word: `the former Eastmoor Rangers defender`.)
  const words = mention.name
    .split(' ')
    .filter(
      (word, index, all) =>
        index === 0 || !(capitalWord(word) && capitalWord(all[index - 1] ?? '')),
    ).length
  return personNoun(head) && words >= 2 && words <= 4
}

// Whether a word opens with a capital letter.
function capitalWord(word: string): boolean {
  return word !== '' && word.charAt(0) !== word.charAt(0).toLowerCase()
}

// `“…,” the lawmaker said` after `Senator Jane Doe described …`: the noun alone stands for the
// one person in sight only when nothing marks it as someone else: no phrase of that noun came
// before it (`The judge rubbed his chin.`) and no clause or phrase set off after it brings
// someone in (`said the designer, who works …`).
function nounAlone(mention: Mention, table: EntityTable, current: Memory | undefined): boolean {
  if (table.anonymousByHead(mention.head)) return false
  const tokens = current?.tokens
  if (tokens?.[mention.end]?.text !== ',') return true
  const next = tokens[mention.end + 1]?.lower ?? ''
  return !relativePronouns.has(next) && !articles.has(next)
}

// Whether a comma right after a phrase, or after what modifies it, sets off a capitalized word.
function namedAfterComma(tokens: readonly FrameToken[], end: number, high: number): boolean {
  const comma = tokens[end]?.text === ',' ? end : postmodifierComma(tokens, end, high)
  return comma >= 0 && tokens[comma + 1]?.capitalized === true
}

// The one person the sentence before names, if it names only one, `sense` agrees, and they hold
// no other office the text gave them; otherwise undefined. The phrase's own sentence is left
// out: a second reading of it knows all its mentions, wherever they stand.
function onePersonInSight(
  mention: Mention,
  table: EntityTable,
  memory: Sight,
  current: Memory | undefined,
  sense: PronounSense,
): Entity | undefined {
  const at = mention.first
  // After its own sentence's subject, the phrase is someone else: a writer who meant the
  // subject would say `he` or `she`.
  if (current?.subject && current.subjectAt < at) return undefined
  // `the French ambassador to the UN, François Delattre,`: a name set off after the phrase
  // says who it is, even one the scanner could not read.
  if (current && namedAfterComma(current.tokens, mention.end, current.end)) return undefined
  const previous = memory.newest()
  const seen = new Set<Entity>()
  if (previous && !(current && current.paragraph - previous.paragraph > 1)) {
    for (const entity of [previous.subject, ...previous.speakers, ...previous.others]) {
      // `… the mine near Pune`: a name seen only where a place stands is no one in sight.
      if (entity?.kind === 'person' && !entity.plural && !entity.placedOnly && !entity.place)
        seen.add(entity)
    }
    // `… a stevedore at the port of Mombasa`, `retiring to Davao`: a lone capitalized word
    // with nothing of a person about it (no given name, title or gender) beside someone who has
    // is likelier a place than someone in sight.
    const sure = [...seen].filter(
      (entity) =>
        entity === previous.subject ||
        entity.keys.length > 1 ||
        entity.titles.size > 0 ||
        entity.gender !== 'unknown',
    )
    if (sure.length === 1) {
      seen.clear()
      seen.add(sure[0] as Entity)
    }
    // `Jane Doe, a former pilot, is running against Tom Roe, a Democrat …. “…,” the challenger
    // said`: of several, the sentence's subject, when every other was set beside a role of
    // their own.
    const subject = previous.subject
    if (
      seen.size > 1 &&
      subject &&
      seen.has(subject) &&
      [...seen].every((entity) => entity === subject || entity.role !== undefined)
    ) {
      seen.clear()
      seen.add(subject)
    }
  }
  const [one] = seen
  if (seen.size !== 1 || !one || !agrees(one, sense)) return undefined
  // `Mayor Bill Roe … the presidential candidate`: an office of another word is someone else's;
  // and `Health Secretary Jane Roe` is no `shadow health secretary`.
  if (table.holdsOtherOffice(one, mention.head)) return undefined
  const office = mention.name
    .toLowerCase()
    .split(' ')
    .find((word) => otherOffices.has(word))
  return office && table.holdsPlainOffice(one, mention.head, office) ? undefined : one
}

// People's words that stand for a whole people, never one of them (`British`, `Dutch`).
const collectiveDemonym = /(?:ish|ench|utch|ese|ss)$/u

// Nouns for a politician by party or standing in a race.
const politicalEpithets = new Set([
  'republican',
  'democrat',
  'front-runner',
  'frontrunner',
  'nominee',
  'incumbent',
])

const epithetGenders: Readonly<Record<string, Gender>> = lookupTable({
  man: 'male',
  boy: 'male',
  lad: 'male',
  woman: 'female',
  girl: 'female',
})

const epithetHeads = new Set([
  ...politicalEpithets,
  'youngster',
  'teenager',
  'teen',
  'veteran',
  'rookie',
  'newcomer',
  'man',
  'woman',
  'boy',
  'girl',
  'lad',
  'pensioner',
  'retiree',
  // Nouns for an age in decades (`the septuagenarian`).
  'sexagenarian',
  'septuagenarian',
  'octogenarian',
  'nonagenarian',
  'centenarian',
])

// What a phrase for one person of any gender can stand for.
const someone: PronounSense = { gender: 'unknown', plural: false, person: true }

function resolvePronoun(
  mention: Mention,
  memory: Sight,
  table: EntityTable,
  current?: Memory,
  sense: PronounSense | undefined = subjectPronouns[mention.head],
  excluded?: Entity,
): Entity | null {
  if (!sense) return null
  // `Ban condemned what he called …`, `“…,” she said` after `McCaskill scolded him:`: a pronoun
  // after its own sentence's subject most often stands for it.
  // When someone is ruled out (named in the quote), whoever stands instead must show a person
  // (`Gallup` will not do).
  const plausible = (entity: Entity) => excluded === undefined || !faceless(entity)
  // `Jane Doe quoted him as saying`: a pronoun a verb takes as its object is never its own
  // clause's subject.
  const form = current?.tokens[mention.first]?.lower ?? ''
  const next = current === undefined ? undefined : itemAt(current.tokens, mention.first + 1)
  // (`her` owns the noun after it, and is an object only before none: `quoted her as saying`.)
  const objective =
    objectiveForms.has(form) || (form === 'her' && (!next?.word || isClosedClass(next)))
  const subject =
    objective || current?.subject === excluded || (current?.subject && !plausible(current.subject))
      ? null
      : current?.subject
  // (Nor is it anyone else the subject is: `Yuki Moriyama reported that Fatima Benali had met
  // them. Moriyama quoted her as saying` is Benali's.)
  const ownSubject =
    objective && current?.subject && current.subjectAt < mention.first ? current.subject : null
  const newest = memory.newest()
  // `“…,” Adeyemi said. ¶ “…,” he replied.`: whoever replies answers the one who spoke last,
  // and is someone else when anyone else in sight agrees.
  const answered =
    !sense.plural && current !== undefined && replies(current.tokens, mention)
      ? newest?.speakers.at(-1)
      : undefined
  if (answered && answered !== excluded) {
    const other = resolvePronoun(mention, memory, table, current, sense, answered)
    if (other) return other
  }
  // `Emre Aksoy said … Traffic backed up. He added: “…”`: whoever adds to what they said has
  // spoken, so someone who spoke in sight comes before anyone named since who did not.
  const adding = !sense.plural && current !== undefined && addsTo(current.tokens, mention)
  // `A senior official said Tom Roe had been told. “…,” he added.`, `“…,” Kang Hye-jin said of
  // Kim Su-bin. “…,” she added.`: who adds to what the sentence right before quoted or reported
  // is who spoke there, before anyone else it names.
  // (Not past a subject of the pronoun's own sentence: `Amano said … , which he added …`.)
  if (adding && newest && !(current?.subject && current.subjectAt < mention.first)) {
    for (const spoke of [...newest.speakers].reverse().concat(newest.reporter ?? [])) {
      if (spoke !== excluded && plausible(spoke) && agrees(spoke, sense))
        return learnGender(spoke, sense, table)
    }
  }
  // `Minh Tran sat next to Aoife Walsh. “…,” she said`: someone known to be a woman is surer
  // than someone whose gender nothing shows, within the sentence before the pronoun.
  const known = sense.gender === 'unknown' ? null : knownAgreeing(current, memory, mention, sense)
  if (known && known !== excluded) return known
  // `Jane Welle reported that Ana Roe had resigned, quoting her as saying`: an object pronoun
  // after its sentence's subject is someone else of the sentence, the one whose gender agrees.
  if (ownSubject && current && !sense.plural && sense.gender !== 'unknown') {
    const people = current.others.filter(
      (other) => other !== ownSubject && other !== excluded && !other.plural && !other.placedOnly,
    )
    const other = oneOfSentence(people, sense, table, true)
    if (other) return other
  }
  if (
    current &&
    subject &&
    current.subjectAt < mention.first &&
    agrees(subject, sense) &&
    !setOffReport(current.tokens, mention, current.subjectAt)
  ) {
    return learnGender(subject, sense, table)
  }
  // `Tom Baker spoke with Maria Lopez, and she said …`: when the sentence's own subject is of
  // the other gender, the one person of its own sentence whose gender agrees.
  if (current && subject && current.subjectAt < mention.first && sense.gender !== 'unknown') {
    const other = oneOfSentence(current.others, sense, table, !agrees(subject, sense))
    if (other) return other
  }
  let silent: Entity | null = null
  let passing: Entity | null = null
  for (let index = memory.length - 1; index >= 0 && index >= memory.length - recall; index--) {
    const entry = memory.entry(index) as Memory
    if (newest && newest.paragraph - entry.paragraph > 2) break
    // `Scientists at the institute disagree. “…,” they said`: a group that opens a sentence,
    // where no subject agrees, is who `they` are, before anything named after it; so are the
    // people joined as its subject (`Jane Doe and Tom Roe filed the suit.`), even when the
    // first of them would agree alone (`Police and firefighters arrived`). The nearest
    // sentence decides, even with someone else named in a sentence after it.
    if (sense.plural) {
      table.trace?.read(entry.paragraph)
      const joined = coordinatedOpening(entry.tokens, entry.first, entry.end)
      if (joined) return table.add(joined)
      // A group that opens the sentence before its subject is read is the subject the scanner
      // missed (`The miners met the company.`: `the company` only comes after the verb).
      const opening = openingGroup(entry)
      const ahead = opening !== null && entry.subject !== null && opening.end <= entry.subjectAt
      const group = entry.subject && agrees(entry.subject, sense) && !ahead ? null : opening
      if (group) return table.add(group)
      // `A person familiar with the talks described them as tense. “…,” they said`: a source
      // the text does not name, and whose gender nothing shows, is `they` as its subject.
      // People in sight are surer (`The mayor met with local farmers.`).
      const source = entry.subject
      if (source && unnamedSomeone(source)) {
        return groupIn(entry, table) ?? openingPeopleBefore(memory, index, newest, table) ?? source
      }
    }
    const candidates = [...entry.speakers, entry.subject, ...entry.others, ...entry.owners]
    for (const candidate of candidates) {
      if (!candidate || candidate === excluded || candidate === ownSubject) continue
      if (!agrees(candidate, sense)) continue
      if (!plausible(candidate)) continue
      // `Turnout in Mirhaven reached 64 percent. “…,” she said`: a capital that only opens a
      // sentence about things is no one there; the entity may still be someone elsewhere.
      if (
        candidate === entry.subject &&
        candidate.gender === 'unknown' &&
        !entry.speakers.includes(candidate) &&
        entry.subjectAt === entry.first &&
        sceneryCapital(entry)
      )
        continue
      // `Local farmers gathered outside. The company did not respond. “…,” they said`: a body
      // is `it` more often than `they`; people who open a sentence before it are surer. Someone
      // who goes by `they` is `they` before anyone.
      if (sense.plural && !candidate.plural && !candidate.byThey) {
        const people =
          openingPeopleBefore(memory, index, newest, table) ?? peopleBefore(memory, index, table)
        if (people) return people
      }
      // (Not whom the sentence right before, in the pronoun's paragraph, where no one spoke, is
      // about: its subject, or someone it names when its subject is no one (`For Rina
      // Kusumawati, the shortage is personal.`). `Qureshi addressed the court. “…,” he added.`
      // sets up what he goes on to say; a paragraph about someone else before it does not.)
      const setUp =
        entry === newest &&
        entry.paragraph === current?.paragraph &&
        entry.speakers.length === 0 &&
        entry.reporter === undefined &&
        (candidate === entry.subject ||
          ((entry.subject === null || entry.subject.kind !== 'person') &&
            entry.others.includes(candidate)))
      if (adding && !setUp && !spokeIn(candidate, memory)) {
        silent ??= candidate
        continue
      }
      // `Her spruce comes from Emre Aydın, who has supplied Copper Kettle Violins for years.
      // “…,” she said`: a name only named on the way, whose gender nothing shows and whose
      // shape is no person's, is surer as no one than someone further back known to agree.
      if (
        sense.gender !== 'unknown' &&
        candidate.gender === 'unknown' &&
        candidate !== entry.subject &&
        !entry.speakers.includes(candidate) &&
        unlikePersonName(candidate)
      ) {
        passing ??= candidate
        continue
      }
      return learnGender(candidate, sense, table)
    }
  }
  if (silent) return learnGender(silent, sense, table)
  if (passing) return learnGender(passing, sense, table)
  // `Sander Verbeek … died Saturday. He was 91.` … `In a 1998 interview, he said …`: past the
  // sentences in sight, the one person the text has named whom the pronoun can be, when no
  // one else it named could be (nobody of that gender, nobody whose gender nothing shows).
  if (!sense.plural) {
    const only = sense.gender === 'unknown' ? null : onlyPersonOf(table, sense, excluded)
    return only === ownSubject ? null : only
  }
  return (
    pluralName(memory, table) ??
    groupPhrase(memory, table, current, mention) ??
    singularThey(current, newest, mention, table)
  )
}

// Of the people of a pronoun's own sentence, the one whose gender agrees; failing anyone who
// agrees, and when `unknownToo`, the one named in full whose gender nothing shows (`After I
// asked Lan Pham about it, she replied`); or null when none or several are.
function oneOfSentence(
  others: readonly Entity[],
  sense: PronounSense,
  table: EntityTable,
  unknownToo: boolean,
): Entity | null {
  const matching = new Set(
    others.filter((other) => other.kind === 'person' && other.gender === sense.gender),
  )
  if (matching.size === 1) return [...matching][0] as Entity
  if (matching.size > 0 || !unknownToo) return null
  const unknown = new Set(
    others.filter(
      (other) =>
        other.kind === 'person' &&
        !other.plural &&
        other.gender === 'unknown' &&
        other.keys.length > 1 &&
        !nameOfNoOne(other),
    ),
  )
  return unknown.size === 1 ? learnGender([...unknown][0] as Entity, sense, table) : null
}

// Whether an entity's name has no person's shape: no known given name opens it, and it has one
// word (`Ghent`) or three or more (`Copper Kettle Violins`, `Rua das Flores`), not a given name
// and a surname whose given name the lexicon lacks (`Mindy Romero`).
function unlikePersonName(entity: Entity): boolean {
  const words = entity.name.split(' ')
  return words.length !== 2 && givenNameGenderOf((words[0] ?? '').toLowerCase()) === undefined
}

// The one person of the table a gendered pronoun can stand for, or null when none or several
// can (a person whose gender nothing shows could be anyone). A text that names more than
// `onlyPersonReach` people and bodies is read no further: one so crowded has someone else the
// pronoun could be, and a scan per pronoun would grow with the square of a long text.
function onlyPersonOf(table: EntityTable, sense: PronounSense, excluded?: Entity): Entity | null {
  if (table.size > onlyPersonReach) return null
  let found: Entity | null = null
  for (const entity of table.everyone()) {
    if (entity.kind !== 'person' || entity.plural || entity.placedOnly || entity === excluded)
      continue
    if (entity.gender === 'unknown' || (entity.gender === sense.gender && found)) return null
    if (entity.gender === sense.gender) found = entity
  }
  return found
}

const onlyPersonReach = 200

// Pronouns in the form a verb's object takes.
const objectiveForms = new Set(['him', 'them'])

// `as they say`, `as they call it`: the idiom's `they` introduces a saying, not a report.
function genericThey(tokens: readonly FrameToken[], mention: Mention): boolean {
  if (mention.head !== 'they' || itemAt(tokens, mention.first - 1)?.lower !== 'as') return false
  const verb = tokens[mention.end]?.lower
  return verb === 'say' || verb === 'call'
}

// `Jordan Reed spoke first. “…,” they said`: with no group in sight, `they` is the one person
// of the text so far, named in full, as for someone who goes by `they`.
function singularThey(
  current: Memory | undefined,
  newest: Memory | undefined,
  mention: Mention,
  table: EntityTable,
): Entity | null {
  // Only when the text so far knows that one person and nothing `they` could be.
  if (table.size !== 1) return null
  // `They say “…”` in the present names people at large more often than one person.
  if (current?.tokens[mention.end]?.lower === 'say') return null
  const own = current?.subject && current.subjectAt < mention.first ? current.subject : null
  const subject = own ?? newest?.subject
  // A full name: a lone capitalized word may be a place or a group (`Freedonia rejected …`).
  if (subject?.kind !== 'person') return null
  if (subject.keys.length < 2) return null
  const others = own ? current?.others : newest?.others
  // Someone else, that is: `who` in `Jordan Reed, who spoke first,` is Jordan Reed again.
  return others?.some((other) => other.kind === 'person' && other !== subject) ? null : subject
}

// `Jane Doe met the nurses. “…,” they said`, `Several senators objected.`: with no group,
// organization or family named, `they` stands for the nearest plural phrase for people in the
// sentence or the one before (`nurses`, `local farmers`), read from the words themselves.
function groupPhrase(
  memory: Sight,
  table: EntityTable,
  current: Memory | undefined,
  mention: Mention,
): Entity | null {
  const entries: Memory[] = current ? [memoryEndingAt(current, mention.first)] : []
  const newest = memory.newest()
  for (let index = memory.length - 1; index >= 0 && index >= memory.length - 3; index--) {
    const entry = memory.entry(index) as Memory
    if (newest && newest.paragraph - entry.paragraph > 1) break
    entries.push(entry)
  }
  for (const entry of entries) {
    const group = groupIn(entry, table)
    if (group) return group
  }
  return null
}

// The first group phrase anywhere in a sentence (`with local farmers`), as an entity, or null.
function groupIn(entry: Memory, table: EntityTable): Entity | null {
  table.trace?.read(entry.paragraph)
  for (let index = entry.first; index < entry.end; index++) {
    const token = entry.tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || !groupAt(entry.tokens, index)) continue
    if (modifiesName(entry.tokens, index) || ownerOnly(entry.tokens, index)) continue
    return table.add(groupMention(entry.tokens, index, entry.first))
  }
  return null
}

// Whether an entity is one person the text does not name and whose gender nothing shows
// (`a spokesperson`, `a person familiar with the talks`), who goes by `they` in news.
function unnamedSomeone(entity: Entity): boolean {
  // Only one the text introduces as someone (`a spokesperson`): `the mayor` is a known role.
  return (
    entity.kind === 'anonymous' &&
    /^(?:an?|one) /iu.test(entity.name) &&
    !entity.plural &&
    entity.gender === 'unknown' &&
    !organizationHeads.has(entity.head) &&
    !documentHeads.has(entity.head) &&
    personNoun(entity.head)
  )
}

// A group of people, or people joined, that opens one of the sentences before `index` within
// a pronoun's reach, as an entity, or null.
function openingPeopleBefore(
  memory: Sight,
  index: number,
  newest: Memory | undefined,
  table: EntityTable,
): Entity | null {
  for (let at = index - 1; at >= 0 && at >= memory.length - recall; at--) {
    const entry = memory.entry(at) as Memory
    if (newest && newest.paragraph - entry.paragraph > 2) break
    table.trace?.read(entry.paragraph)
    const joined = coordinatedOpening(entry.tokens, entry.first, entry.end)
    if (joined) return table.add(joined)
    const subject = entry.subject
    if (subject?.plural && subject.kind !== 'organization') return subject
    if (subject && familyName(subject, entry)) return subject
    const group = openingGroup(entry)
    if (group) return table.add(group)
  }
  return null
}

// A group of people anywhere in the sentence just before `index` (`Mayor Tom Becker met with the
// miners.`), as an entity, or null.
function peopleBefore(memory: Sight, index: number, table: EntityTable): Entity | null {
  const entry = memory.entry(index - 1)
  const newest = memory.newest()
  if (!entry || (newest && newest.paragraph - entry.paragraph > 1)) return null
  return (
    groupIn(entry, table) ??
    entry.others.find((other) => other.plural && other.kind !== 'organization') ??
    null
  )
}

// The group phrase that opens a sentence (`Local fishermen`, `The two companies`), or null.
function openingGroup(entry: Memory): Mention | null {
  const tokens = entry.tokens
  const group = groupFrom(tokens, entry.first, entry.end)
  if (group) return group
  // `On Monday, the miners …`, `After the vote, …`: a phrase that sets the scene comes before
  // the clause the group opens.
  const start = sceneEnd(tokens, entry.first, entry.end)
  return start > entry.first ? groupFrom(tokens, start, entry.end) : null
}

// The group phrase among the first words from `start`, before any comma, or null.
function groupFrom(tokens: readonly FrameToken[], start: number, end: number): Mention | null {
  for (let index = start; index < end && index < start + 5; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0 || token.cue || token.pronoun) return null
    if (groupAt(tokens, index) && !modifiesName(tokens, index) && !ownerOnly(tokens, index))
      return groupMention(tokens, index, start)
  }
  return null
}

// Index past the comma closing a phrase that opens the sentence and only sets the scene, or
// `first`.
function sceneEnd(tokens: readonly FrameToken[], first: number, end: number): number {
  for (let index = first + 1; index < end && index < first + 8; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || token.cue) return first
    if (token.text === ',') return scene(tokens, first, index) ? index + 1 : first
  }
  return first
}

// Whether `[first, end)` only sets the scene: a preposition's phrase (`In Chicago`), or words
// naming no one (`Earlier this year`).
function scene(tokens: readonly FrameToken[], first: number, end: number): boolean {
  if (inList(tokens[first] as FrameToken, WordList.preposition)) return true
  for (let index = first; index < end; index++) if (tokens[index]?.nameWord) return false
  return true
}

// The phrase a group noun heads: the noun and the determiner and modifiers before it
// (`the nurses`, `several senators`, `local farmers`).
function groupMention(tokens: readonly FrameToken[], head: number, low: number): Mention {
  let first = head
  while (first - 1 >= low && head - first < 3) {
    const previous = itemAt(tokens, first - 1) as FrameToken
    if (!previous.word || previous.quote >= 0 || previous.cue || previous.pronoun) break
    if (inList(previous, WordList.determiner)) {
      first--
      break
    }
    // `the Lopez family`: a name between the article and the noun modifies it.
    const modifier = inList(itemAt(tokens, first - 2), WordList.determiner)
    // `Trump’s rivals`: a name that owns the group belongs to its phrase.
    if (previous.capitalized && !previous.initial && !modifier && !isPossessive(previous)) break
    if (isClosedClass(previous) || verbBefore(tokens, first - 1)) break
    first--
  }
  const last = groupHead(tokens, head)
  const name = textOf(tokens, first, last)
  return {
    kind: 'anonymous',
    first,
    end: last + 1,
    // Written as inside a sentence, but a demonym keeps its capital (`Germans`).
    name: demonymPlural((tokens[first] as FrameToken).lower)
      ? name
      : name.charAt(0).toLowerCase() + name.slice(1),
    titles: [],
    head: (tokens[last] as FrameToken).lower,
    organization: false,
    gender: 'unknown',
    plural: true,
    antecedent: undefined,
    role: undefined,
  }
}

// `The victims’ families`, `the workers’ union`: an owner is not the group. The phrase it opens
// is, when it goes on to a group noun (see `groupHead`).
function ownerOnly(tokens: readonly FrameToken[], index: number): boolean {
  return isPossessive(tokens[index] as FrameToken) && groupHead(tokens, index) === index
}

// The noun a group phrase ends on, from the first group noun in it: a later noun for people
// goes on with the phrase (`the company’s lawyers`, `union members`), and a collective noun
// goes on to the people it gathers (`a group of students`, `a team of doctors`).
function groupHead(tokens: readonly FrameToken[], head: number): number {
  for (let steps = 0; steps < 4; steps++) {
    const next = tokens[head + 1]
    if (!next?.word || next.quote >= 0 || next.cue) return head
    if (groupNoun(next)) {
      head++
      continue
    }
    const counted = (tokens[head] as FrameToken).lower
    if (next.lower !== 'of' || !(collectiveNouns.has(counted) || countNouns.has(counted)))
      return head
    const member = groupAfterOf(tokens, head + 2)
    if (member < 0) return head
    head = member
  }
  return head
}

// The group noun of the phrase right after `of` (`of local farmers`, `of the students`), or -1.
function groupAfterOf(tokens: readonly FrameToken[], start: number): number {
  for (let index = start; index < start + 3; index++) {
    const token = tokens[index]
    if (!token?.word || token.quote >= 0 || token.cue || token.pronoun) return -1
    if (groupNoun(token)) return index
    if (isClosedClass(token) && !inList(token, WordList.determiner)) return -1
  }
  return -1
}

// `Germans are tired`, `many Israelis`: the people of a place, by its demonym in the plural.
function demonymPlural(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && isDemonym(lower.slice(0, -1))
}

// A plural noun for people: an agent noun in the plural (`farmers`, `senators`, `activists`,
// `residents`, `employees`) or one of a few others (`nurses`, `people`, `police`).
function groupNoun(token: FrameToken): boolean {
  const lower = token.lower
  if (token.capitalized && demonymPlural(lower)) return true
  // A capital may only open the sentence (`Scientists at the institute disagree`).
  if (token.capitalized && !token.initial && token.nameWord) return false
  return (
    groupWords.has(lower) ||
    isPeoplePlural(lower) ||
    (groupPluralEnding.test(lower) && !paper(lower))
  )
}

// A group noun at `index`, or an adjective `the` makes a noun for people (`the wounded`, `the
// elderly`), which elsewhere only modifies one (`two wounded soldiers`, `was wounded`).
function groupAt(tokens: readonly FrameToken[], index: number): boolean {
  const token = tokens[index] as FrameToken
  if (groupNoun(token)) return true
  // `The Okafor Family`, `the Jonas Brothers`: a group noun in capitals that ends a name.
  if (token.capitalized && !token.initial && !tokens[index + 1]?.nameWord) {
    const lower = token.lower
    if (collectiveNouns.has(lower) || isPeoplePlural(lower)) return true
  }
  return peopleAdjectives.has(token.lower) && itemAt(tokens, index - 1)?.lower === 'the'
}

const peopleAdjectives = new Set([
  'elderly',
  'injured',
  'wounded',
  'unemployed',
  'homeless',
  'displaced',
  'bereaved',
  'poor',
  'rich',
  'young',
  'faithful',
])

// Whether a plural noun names papers (`documents`, `statements`), which show but do not speak.
function paper(plural: string): boolean {
  return documentHeads.has(plural) || documentHeads.has(plural.slice(0, -1))
}

// Crowds counted roughly (`Thousands marched`), which run on to the people they count
// (`hundreds of protesters`) as a collective noun does.
const countNouns = new Set(['dozens', 'hundreds', 'thousands', 'millions'])

const groupWords = new Set([
  'people',
  'police',
  'staff',
  'women',
  'men',
  'troops',
  'allies',
  'peers',
  'members',
  'locals',
  // Plurals for people that no ending shows (`Regulars at the Axle Diner`).
  'regulars',
  'fans',
  'veterans',
  'citizens',
  'guests',
  'patients',
  'parents',
  // Sides in a dispute (`Both sides claimed victory`).
  'sides',
  ...countNouns,
  // Collective nouns take `they` too (`The family issued a statement. “…,” they said`).
  ...collectiveNouns,
  ...[...collectiveNouns].map(pluralOf),
  // Bodies in the plural speak through their people (`the two campaigns`, `both ministries`).
  ...[...organizationNouns].map(pluralOf),
])

// `The Smiths`, `The Okafors`: a one-word name in the plural, not only capitalized because it
// opens the sentence.
function familyName(candidate: Entity, entry: Memory): boolean {
  if (candidate.kind !== 'person' || candidate.keys.length !== 1) return false
  const name = candidate.name
  if ((entry.tokens[entry.first] as FrameToken).text === name) return false
  return name.endsWith('s') && !name.endsWith('ss') && candidate.gender === 'unknown'
}

// `Nurses walked out. … they said`, `The Smiths lost their home. … they said`: when no group
// or organization agrees with `they`, a one-word name in the plural (a capitalized group noun
// or a family) of the sentence before does.
function pluralName(memory: Sight, table: EntityTable): Entity | null {
  const newest = memory.newest()
  for (let index = memory.length - 1; index >= 0 && index >= memory.length - 2; index--) {
    const entry = memory.entry(index) as Memory
    if (newest && newest.paragraph !== entry.paragraph) break
    for (const candidate of [entry.subject, ...entry.others]) {
      if (!candidate) continue
      // `Prices rose again.`: a capital that only opens the sentence makes no family's name.
      table.trace?.read(entry.paragraph)
      if (familyName(candidate, entry)) return candidate
    }
  }
  return null
}

// The one entity of the pronoun's own sentence (before it) or of the sentence before whose
// gender is known and agrees, when the most salient candidate's gender is unknown.
function knownAgreeing(
  current: Memory | undefined,
  memory: Sight,
  mention: Mention,
  sense: PronounSense,
): Entity | null {
  // A subject of the pronoun's own sentence before it decides alone, as it does in the
  // salience order; so does a salient candidate whose gender shows.
  // (Unless the pronoun replies, nothing shows the subject's gender and one other person of the
  // sentence shows the pronoun's: `When prosecutor Lan Pham asked Robert Keane, …, he
  // answered`; whoever replies is seldom who asked.)
  if (current?.subject && current.subjectAt < mention.first) {
    const subject = current.subject
    if (
      subject.gender !== 'unknown' ||
      subject.plural ||
      leanOf(subject) === sense.gender ||
      !replies(current.tokens, mention)
    )
      return null
    const shown = new Set(
      current.others.filter(
        (other) =>
          other !== subject &&
          other.kind === 'person' &&
          !other.plural &&
          other.gender === sense.gender,
      ),
    )
    return shown.size === 1 ? ([...shown][0] as Entity) : null
  }
  const newest = memory.newest()
  if (!newest) return null
  let first: Entity | null = null
  let sure: Entity | null = null
  // Failing a gender shown, a given name used far more for one gender than the other
  // (`Yuki`) chooses between people whose gender nothing shows.
  let leaning: Set<Entity> | undefined
  // The sentence before, and the one before it in the same paragraph (`Ms. Roe arrived first.
  // Minh Tran came later. “…,” she said`).
  for (let index = memory.length - 1; index >= 0 && index >= memory.length - 2; index--) {
    const entry = memory.entry(index) as Memory
    if (entry.paragraph !== newest.paragraph) break
    for (const group of [entry.speakers, [entry.subject], entry.others]) {
      for (const candidate of group) {
        if (!candidate) continue
        if (!first && agrees(candidate, sense)) {
          if (candidate.gender !== 'unknown') return null
          first = candidate
        }
        if (
          candidate.gender === 'unknown' &&
          !candidate.plural &&
          leanOf(candidate) === sense.gender
        ) {
          leaning ??= new Set()
          leaning.add(candidate)
        }
        // Someone, named or described (`the actress`), whose gender shows.
        if (
          candidate.plural ||
          candidate.kind === 'organization' ||
          candidate.gender !== sense.gender
        )
          continue
        // Two people who both agree: gender decides nothing.
        if (sure && sure !== candidate) return null
        sure = candidate
      }
    }
    if (sure) break
  }
  if (!first) return null
  // A salient name used far more for the pronoun's gender is as good as one known to agree.
  if (leanOf(first) === sense.gender) return null
  if (sure || leaning?.size !== 1) return sure
  return [...(leaning as Set<Entity>)][0] as Entity
}

// The gender a person's given name is used for far more often, if it is one used for both.
function leanOf(entity: Entity): Gender | undefined {
  if (entity.kind !== 'person' || entity.keys.length < 2) return undefined
  const space = entity.name.indexOf(' ')
  return givenNameLean.get(entity.name.slice(0, space).toLowerCase())
}

// The noun of a paper a sentence says its subject spoke in (`in a statement`, `in an email
// to staff`, `via a post`), or null.
function paperIn(
  tokens: readonly FrameToken[],
  frame: Frame,
  words: number,
): { head: string; word: number } | null {
  if ((words & WordList.paperWord) === 0) return null
  for (let index = frame.first; index < frame.end; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) continue
    // `he tweeted the nickname`: the verb names the paper.
    const named = papersByVerb.get(token.lower)
    if (named) return { head: paperObject(tokens, index, frame.end) ?? named, word: index }
    if (!paperWords.has(token.lower)) continue
    // `a written statement`: after an article, a participle only describes the paper.
    if (inList(itemAt(tokens, index - 1), WordList.determiner)) continue
    for (let at = index + 1; at < frame.end && at <= index + 5; at++) {
      const word = tokens[at] as FrameToken
      if (!word.word || word.quote >= 0) break
      // `in a statement Wednesday`, not `in the Statement of Principles`: a day after the paper
      // only dates it.
      const next = itemAt(tokens, at + 1)
      const named = next?.capitalized === true && !calendar.has(next.lower)
      if (documentHeads.has(word.lower) && !named) return { head: word.lower, word: index }
      // `in a written response`, `in written testimony`: whatever is written is a paper.
      if (word.lower === 'written' && plainWord(tokens[at + 1]))
        return { head: (tokens[at + 1] as FrameToken).lower, word: index }
    }
  }
  return null
}

// `posted a message`, `emailed a statement`: the paper a verb that names one puts out, when
// an article opens its object; or null.
function paperObject(tokens: readonly FrameToken[], verb: number, end: number): string | null {
  if (!inList(tokens[verb + 1], WordList.article)) return null
  for (let at = verb + 2; at < end && at <= verb + 4; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0) return null
    if (documentHeads.has(token.lower)) return token.lower
  }
  return null
}

// `Shares fell after Grayling Research published a report`: the subject of the verb that put
// the paper out, when a name stands right before it; or null.
function publisherOf(
  tokens: readonly FrameToken[],
  verb: number,
  frame: Frame,
  mentions: readonly ScannedMention[],
): Mention | null {
  if (!sendingParticiples.has(tokens[verb]?.lower ?? '')) return null
  const subject = subjectOfCue(tokens, verb, frame.first, mentions, false)
  return subject && !subject.fromClause && subject.mention.kind === 'name' ? subject.mention : null
}

const calendar: ReadonlySet<string> = new Set(calendarWords)

// The paper whose agent a mention is, after `by` and a participle that puts a paper out (`a
// message sent to the programme by`, `a letter signed by`) or right after `from`, and whether
// `by` links them; or null.
function paperBy(
  tokens: readonly FrameToken[],
  mention: Mention,
  frame: Frame,
): { paper: string; by: boolean } | null {
  // `from the Commerce Department`: a name's article stands outside its mention.
  const first =
    itemAt(tokens, mention.first - 1)?.lower === 'the' ? mention.first - 1 : mention.first
  const link = itemAt(tokens, first - 1)?.lower
  // `a letter from a group of ranchers`: a paper from someone, named or not, is theirs.
  if (link === 'from') {
    const paper = itemAt(tokens, first - 2)
    return paper?.word && documentHeads.has(paper.lower) ? { paper: paper.lower, by: false } : null
  }
  if (link !== 'by') return null
  // `A study by the Creative Economy Unit found`: a paper right before `by` is its author's.
  const authored = itemAt(tokens, first - 2)
  if (authored?.word && documentHeads.has(authored.lower))
    return { paper: authored.lower, by: true }
  let participle = false
  let reach = mention.first - 9
  for (let at = mention.first - 2; at >= frame.first && at >= reach; at--) {
    const token = tokens[at] as FrameToken
    // `The letter, signed by …`: the participle's phrase may be set off after the paper.
    if (participle && token.text === ',') continue
    // `The report, titled “The Long Corridor,” was written by …`: a title set off after the
    // paper only names it, at any length.
    if (participle && token.quote >= 0) {
      let opening = at
      while (tokens[opening - 1]?.quote === token.quote) opening--
      if (titlingWords.has(tokens[opening - 1]?.lower ?? '')) {
        reach -= at - (opening - 1)
        at = opening - 1
        continue
      }
    }
    if (!token.word || token.quote >= 0) return null
    if (sendingParticiples.has(token.lower)) participle = true
    else if (participle && documentHeads.has(token.lower)) return { paper: token.lower, by: true }
  }
  return null
}

// Who put out a paper the sentence speaks of: the owner in its phrase (`its audit`, `the
// league’s newsletter`), the name it is from or by (`an audit of the club by Corbel Partners`),
// the subject of a verb that puts it out (`Brightwater Audit Group delivered its audit`), or
// the one a copula says is its author (`Dr. Núñez is the sole author of a new paper`); or null.
function paperIssuer(
  tokens: readonly FrameToken[],
  paper: Mention,
  current: Memory,
  mentions: readonly ScannedMention[],
  standsFor: ReadonlyMap<ScannedMention, Entity>,
): { mention: Mention; entity: Entity | undefined } | null {
  // The subject of the verb at `verb`, with whom the sentence read it as when it was scanned;
  // from its clause only for a participle.
  const subjectAt = (verb: number, participle: boolean) => {
    const subject = subjectOfCue(tokens, verb, current.first, mentions, participle)
    if (!subject || (subject.fromClause && !participle)) return null
    const scanned = mentions.find(
      (other) => other.first === subject.mention.first && other.end === subject.mention.end,
    )
    return { mention: subject.mention, entity: scanned && standsFor.get(scanned) }
  }
  const before = paper.first - 1
  // (`is the sole author of a new paper`: the copula's subject.)
  if (lowerAt(tokens, before) === 'of') {
    if (!authorNouns.has(lowerAt(tokens, before - 1))) return null
    let copula = before - 2
    while (
      copula > before - 5 &&
      !inList(tokens[copula], WordList.beForm) &&
      (plainWord(tokens[copula]) || inList(tokens[copula], WordList.article))
    )
      copula--
    return inList(tokens[copula], WordList.beForm) ? subjectAt(copula, false) : null
  }
  // (`delivered its audit`: a possessive pronoun is the verb's subject's.)
  const ownedByPronoun =
    before + 1 < paper.end - 1 && /^(?:its|their|his|her)$/u.test(lowerAt(tokens, before + 1))
  const owner = ownedByPronoun ? null : paperOwner(tokens, paper)
  if (owner) return { mention: owner, entity: undefined }
  const source = paperSource(current, paper)
  if (source) return { mention: source, entity: undefined }
  // (`putting out a statement`: past a verb's particle.)
  const verb = lowerAt(tokens, before) === 'out' ? before - 1 : before
  const word = lowerAt(tokens, verb)
  const participle = issuingParticiples.has(word)
  if (!issuingVerbs.has(word) && !participle && !(verb < before && putForms.has(word))) return null
  // (`…, putting out a statement`: a participle's subject is its clause's.)
  return subjectAt(verb, participle || word === 'putting')
}

// Participles in `-ing` that put out the paper after them (`…, issuing a statement`).
const issuingParticiples = new Set(['issuing', 'releasing', 'publishing', 'posting', 'filing'])

// Forms of `put` that put out a paper with `out` (`put out a statement`).
const putForms = new Set(['put', 'puts', 'putting'])

// Nouns for who wrote a paper (`the lead author of a study`).
const authorNouns = new Set(['author', 'authors', 'co-author', 'coauthor', 'writer'])

// Verbs whose subject puts out the paper that is their object (`published a report`).
const issuingVerbs = new Set([
  ...sendingParticiples,
  'delivered',
  'produced',
  'submitted',
  'presented',
  'unveiled',
  'completed',
  'wrote',
  'tabled',
  'lodged',
  'publishes',
  'releases',
  'issues',
  'files',
])

// Participles that give a paper's title after it.
const titlingWords = new Set(['titled', 'entitled', 'headlined', 'called'])

// Words that put a paper out or carry words in it (`in a statement`, `sent a letter`).
const paperWords = new Set([
  'in',
  'via',
  'through',
  ...sendingParticiples,
  'wrote',
  'kept',
  'keeps',
])

// Verbs that read out a paper's words (`it read`, `It ends:`).
const paperReadings = new Set(['read', 'reads', 'begins', 'began', 'ends', 'ended'])
// Verbs a paper shares with people, which say it is the paper only right after it is put out.
const paperSayings = new Set(['said', 'says'])

// Prepositions after which a name is most often a place (`in Chappaqua`, `from Dunmore`).
const locatives = new Set(['in', 'at', 'from', 'near', 'outside', 'off'])

// Whether a verb of going ends at `index`, past `on` or `back` (`travel on`, `flew back`).
function goingBefore(tokens: readonly FrameToken[], index: number): boolean {
  const word = itemAt(tokens, index)?.lower ?? ''
  if (word === 'on' || word === 'back')
    return goingVerbs.has(itemAt(tokens, index - 1)?.lower ?? '')
  return goingVerbs.has(word)
}

const goingVerbs = new Set(
  `go goes went gone going travel travels traveled travelled traveling travelling fly flies flew
flown flying return returns returned returning move moves moved moving head heads headed heading
drive drives drove driven driving sail sails sailed sailing fled flee flees relocated emigrated
arrive`.split(/\s+/),
)

// Nouns whose `of` names a place: parts of one, settlements, and the people living there.
const placeOfNouns = new Set(
  `edge outskirts heart center centre middle streets suburbs suburb village town city county
  district province region state island capital port residents inhabitants people citizens
  townspeople villagers north south east west northeast northwest southeast southwest interior
  coast`.split(/\s+/),
)

// Whether a name ends in a trade (`risks at Tamsey Mining`) with no noun for someone before it
// (`an analyst at Larkport Securities` names a workplace): a firm where it stands, not a place.
function namesFirm(tokens: readonly FrameToken[], mention: Mention): boolean {
  const governor = itemAt(tokens, mention.first - 2)?.lower ?? ''
  // (`Shares in Kestrel Marine Works`, `a stake in Leafwell Farms`: what one holds a share in
  // is a company, whatever its name ends on.)
  if (stakeNouns.has(governor)) return true
  return tradeEndings.has(lastWordOf(mention.name).toLowerCase()) && !personNoun(governor)
}

// Nouns for a holding in a company, which `in` and the company's name follow (not `an
// investment in Granite City`, which may be in a place).
const stakeNouns = new Set(['shares', 'stake', 'stakes'])

// Whether a one-word name is joined by `and` or `or` to a one-word name a locative governs
// (`from Korvenia and Estrava`, `between Sorvia and Ondaria`).
function placeJoined(tokens: readonly FrameToken[], mention: Mention): boolean {
  if (mention.end - mention.first !== 1) return false
  const join = itemAt(tokens, mention.first - 1)?.lower
  if (join !== 'and' && join !== 'or') return false
  const other = itemAt(tokens, mention.first - 2)
  const governor = itemAt(tokens, mention.first - 3)?.lower ?? ''
  return other?.nameWord === true && (locatives.has(governor) || governor === 'between')
}

// Whether a name's words make it a place's: a word for a feature of the land last (`Temu
// Valley`), or, in a name of two words, a word for a place's kind first (`Port Maren`; not
// `Port Eldry Chronicle`, whose last word says what it is).
function placeByWords(name: string): boolean {
  // A name of one word has no such word; a longer one is asked again at each of its mentions,
  // and splitting it each time was most of the cost.
  if (!name.includes(' ')) return false
  let known = placeByWordsMemo.get(name)
  if (known === undefined) {
    // A bounded memo, as for name keys: names repeat within a text and across a run.
    if (placeByWordsMemo.size > 50_000) placeByWordsMemo.clear()
    const words = name.toLowerCase().split(' ')
    known =
      placeLastWords.has(words[words.length - 1] as string) ||
      (words.length === 2 && placeFirstWords.has(words[0] as string))
    placeByWordsMemo.set(name, known)
  }
  return known
}

const placeByWordsMemo = new Map<string, boolean>()

// The body a role phrase says the role is of, as a name (`Arcturus Telecom’s chief executive`,
// `the founder of Brightwater Labs`), or null. Only roles held in bodies: `the mayor of
// Springfield` is of a place, `the wife of Tom Roe` of a person.
function bodyOfRole(tokens: readonly FrameToken[], mention: Mention): Mention | null {
  if (mention.kind !== 'anonymous' && mention.kind !== 'description') return null
  if (!bodyRoles.has(mention.head)) return null
  // (`Obama’s executive actions`: before a noun the role's word only modifies it.)
  const next = tokens[mention.end]
  if (next?.word && !next.capitalized && !isClosedClass(next) && !next.cue) return null
  for (let index = mention.first; index < mention.end; index++) {
    const token = tokens[index] as FrameToken
    let name: Mention | null = null
    if (token.possessive && token.capitalized) {
      name = possessorEndingAt(tokens, index, mention.first)
    } else if (token.lower === 'of') {
      const start = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1
      name = start < mention.end ? mentionStartingAt(tokens, start, mention.end) : null
    } else continue
    const first = name?.name.split(' ')[0]?.toLowerCase() ?? ''
    if (name?.kind !== 'name' || givenNameGenderOf(first) !== undefined) return null
    if (placeByWords(name.name) || placeNames.has(name.name.toLowerCase())) return null
    return name
  }
  return null
}

// The entity of the name that a phrase opening at `first` is set off after, past its asides
// (`Jane Doe, 63, a printmaker`), or undefined.
function nameSetOffBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  first: number,
  standsFor: ReadonlyMap<ScannedMention, Entity>,
): Entity | undefined {
  const comma = first - 1
  if (tokens[comma]?.text !== ',') return undefined
  const end = itemAt(tokens, comma - 1)?.nameWord ? comma - 1 : nameBeforeAsides(tokens, comma)
  if (end < 0) return undefined
  const name = mentions.find((mention) => mention.end === end + 1 && mention.kind === 'name')
  return name ? standsFor.get(name) : undefined
}

// Verbs that join a name to what they came to be (`She became a baker who …`).
const becomingVerbs = new Set(['became', 'becomes', 'remains', 'remained'])

// The entity of the name (or the pronoun for one) a singular copula joins to the phrase opening
// at `first` (`Wei Roe is a choreographer`), or undefined.
function nameBeforeCopulaAt(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  first: number,
  standsFor: ReadonlyMap<ScannedMention, Entity>,
): Entity | undefined {
  const copula = itemAt(tokens, first - 1)?.lower ?? ''
  if (!singularCopulas.has(copula) && !becomingVerbs.has(copula)) return undefined
  // (Or a pronoun for one: `She became a baker who opened the first bakery on Mill Street`.)
  const name = mentions.find(
    (mention) =>
      mention.end === first - 1 &&
      (mention.kind === 'name' || (mention.kind === 'pronoun' && !mention.plural)),
  )
  return name ? standsFor.get(name) : undefined
}

// The first person named in full as an owner within a few words past the subject, which ends
// before `from` (`praised Jane Doe’s handling`), or null.
function objectOwner(tokens: readonly FrameToken[], frame: Frame, from: number): Mention | null {
  for (let index = from; index < frame.end && index <= from + 12; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return null
    if (!token.possessive || !token.nameWord) continue
    // (`St. Brigid’s Medical Center`: a name that goes on past the owner's ending is a body's.)
    if (tokens[index + 1]?.capitalized) continue
    const name = possessorEndingAt(tokens, index, from)
    if (name?.kind !== 'name' || name.organization || !name.name.includes(' ')) continue
    return placeByWords(name.name) || placeNames.has(name.name.toLowerCase()) ? null : name
  }
  return null
}

// The full name of a person that owns a phrase for something (`Usman Butt’s` in `Usman Butt’s
// election-night party`): two words or more, no body's and no place's, or null.
function ownerPerson(tokens: readonly FrameToken[], mention: Mention): Mention | null {
  if (mention.kind !== 'anonymous' && mention.kind !== 'description') return null
  const first = tokens[mention.first]?.lower === 'the' ? mention.first + 1 : mention.first
  for (let index = first; index < mention.end - 1 && index <= first + 6; index++) {
    const token = tokens[index] as FrameToken
    if (!token.possessive) continue
    if (!token.nameWord) return null
    const name = possessorEndingAt(tokens, index, first)
    if (name?.kind !== 'name' || name.organization || !name.name.includes(' ')) return null
    return placeByWords(name.name) || placeNames.has(name.name.toLowerCase()) ? null : name
  }
  return null
}

// Whether a word heads a paper when the text says whose it is: a paper's, or a `notice`, which
// alone is as often a sign as anyone's words, and so no paper's head elsewhere.
function ownedPaperHead(head: string): boolean {
  return documentHeads.has(head) || head === 'notice'
}

// The owner of a paper's phrase for it (`the club’s statement`, `Selwick Bakery’s notice`), when
// the word before the paper's noun is an owner's; or null.
function ownerOfPaper(tokens: readonly FrameToken[], mention: Mention): Mention | null {
  if (mention.kind !== 'anonymous' && mention.kind !== 'description') return null
  if (!ownedPaperHead(mention.head)) return null
  // (`the league’s monthly newsletter`: past a word or two that say which.)
  let at = mention.end - 2
  while (
    at > mention.first &&
    at >= mention.end - 4 &&
    !tokens[at]?.possessive &&
    plainWord(tokens[at])
  )
    at--
  if (at < 0 || !tokens[at]?.possessive) return null
  const low = Math.max(0, mention.first - 4)
  const owner = possessorEndingAt(tokens, at, low) ?? genericEndingAt(tokens, at, low)
  // (A body's: a person's paper is read as theirs where it is a source, and a person's name
  // read here would come into sight for a later `she`.)
  if (!owner) return null
  const body =
    owner.organization ||
    (owner.kind !== 'name' &&
      (organizationHeads.has(owner.head) ||
        anyBodyHeads.has(owner.head) ||
        teamHeads.has(owner.head)))
  return body ? owner : null
}

// The holder of an account online its phrase names (`the official Rovers account`, `the
// club’s X account`): a name or an owner right before the noun, past a platform's name and a
// word that says which; or null. (An account of something is a story told: `an account of
// the attacks`.)
function accountHolder(tokens: readonly FrameToken[], mention: Mention): Mention | null {
  if (mention.kind !== 'anonymous' && mention.kind !== 'description') return null
  if (!accountNouns.has(mention.head)) return null
  // `The official Instagram account of Brannock City`: an account a platform names is its
  // holder's, named after `of` (`an account of the attacks` is a story told).
  if (tokens[mention.end]?.lower === 'of') {
    if (!platforms.has(tokens[mention.end - 2]?.lower ?? '')) return null
    const the = tokens[mention.end + 1]?.lower === 'the' ? 1 : 0
    const holder = mentionStartingAt(tokens, mention.end + 1 + the, tokens.length)
    return holder?.kind === 'name' ? holder : null
  }
  let at = mention.end - 2
  if (platforms.has(tokens[at]?.lower ?? '')) at--
  if (accountModifiers.has(tokens[at]?.lower ?? '')) at--
  const token = tokens[at]
  if (at < mention.first || !token?.word || token.quote >= 0) return null
  if (token.possessive)
    return (
      possessorEndingAt(tokens, at, mention.first) ?? genericEndingAt(tokens, at, mention.first)
    )
  if (!token.capitalized || isClosedClass(token)) return null
  const name = mentionEndingAt(tokens, at, mention.first)
  return name?.kind === 'name' ? name : null
}

// The bodies that own things in a sentence, by a possessive right before the owned thing's
// word: named in full by a body's head or a trade (`Yewbarrow Memorial Hospital’s emergency
// department`, `Soudan Ridge Mining’s mine`), or owning what only a company has (`Zoomr’s
// shares`, `Lumeo’s servers`) with no title and no given name opening the name.
function bodiesOwning(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): { name: Mention; named: boolean; owning: boolean }[] {
  const owners: { name: Mention; named: boolean; owning: boolean }[] = []
  for (let index = first; index < end - 1; index++) {
    const token = tokens[index] as FrameToken
    if (!token.possessive || !token.capitalized || token.quote >= 0) continue
    const trade = tradeEndings.has(token.bare)
    const headed = organizationHeads.has(token.bare) || trade
    const corporate = corporateThings.has(lowerAt(tokens, index + 1))
    if (!headed && !corporate) continue
    const name = possessorEndingAt(tokens, index, first)
    if (name?.kind !== 'name') continue
    const thing = tokens[index + 1]
    const named =
      headed &&
      thing?.word === true &&
      !thing.capitalized &&
      (name.organization || trade) &&
      name.name.includes(' ')
    const owning =
      corporate &&
      name.titles.length === 0 &&
      givenNameGenderOf(lowerAt(tokens, name.first)) === undefined
    if (named || owning) owners.push({ name, named, owning })
  }
  return owners
}

// What only a company has: shares and earnings, staff and customers, and servers and apps.
const corporateThings = new Set(
  'shares stock earnings revenue revenues profits customers subscribers employees servers headquarters app apps website platform'.split(
    ' ',
  ),
)

// Roles held in a body (`chief executive`, `spokeswoman`), not in a place or a family.
const bodyRoles: ReadonlySet<string> = new Set(
  `executive chairman chairwoman chair founder co-founder cofounder spokesman spokeswoman
  spokesperson director head ceo manager owner president treasurer`.split(/\s+/),
)

// Whether `for` and a noun for a spokesperson stand right before a name, past `the`.
function spokespersonFor(tokens: readonly FrameToken[], first: number): boolean {
  const at = itemAt(tokens, first - 1)?.lower === 'the' ? first - 2 : first - 1
  return tokens[at]?.lower === 'for' && spokespeople.has(itemAt(tokens, at - 1)?.lower ?? '')
}

const spokespeople = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative'])

// Whether a remembered sentence names a paper (`a news release`, `a statement`).
function issuesPaper(entry: Memory, table: EntityTable): boolean {
  table.trace?.read(entry.paragraph)
  for (let index = entry.first; index < entry.end; index++) {
    const token = entry.tokens[index] as FrameToken
    if (token.word && token.quote < 0 && documentHeads.has(token.lower)) return true
  }
  return false
}

// Whether a sentence says where its subject comes from: a verb of coming or of birth, then
// `from` or `in` and a capitalized place within a few words (`came to Westbrook from Beirut`,
// `was born in Accra`, `grew up in Ohio`).
function originIn(tokens: readonly FrameToken[], frame: Frame, words: number): boolean {
  if ((words & WordList.originVerb) === 0) return false
  for (let index = frame.first; index < frame.end; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || !originVerbs.has(token.lower)) continue
    for (let at = index + 1; at < frame.end && at <= index + 5; at++) {
      const word = tokens[at] as FrameToken
      if (!word.word || word.quote >= 0) break
      const from = word.lower === 'from' || (word.lower === 'in' && birthVerbs.has(token.lower))
      if (from && tokens[at + 1]?.capitalized) return true
    }
  }
  return false
}

// Prepositions that place and do nothing else: what they govern is a region, never a body.
const regionPrepositions = new Set(['along', 'across', 'throughout'])

// The gender of the first possessive or reflexive pronoun after the subject at `subjectAt`,
// before anyone else is named or a quote opens (`was trapped in her car`, `identified himself`);
// `her` only before a word it owns (`told her that` is someone else).
function ownGender(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  subjectAt: number,
  end: number,
): Gender | undefined {
  const subject = mentions.find((mention) => mention.first === subjectAt)
  if (!subject) return undefined
  const next = mentions.find(
    (mention) => mention.first >= subject.end && mention.kind !== 'pronoun',
  )
  const stop = Math.min(end, next?.first ?? end, subject.end + 12)
  for (let index = subject.end; index < stop; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || token.text === ';' || token.text === ':') return undefined
    const after = tokens[index + 1]
    if (token.lower === 'his' || token.lower === 'himself') return 'male'
    if (token.lower === 'herself') return 'female'
    if (token.lower === 'her' && after?.word && !isClosedClass(after) && !after.cue) return 'female'
  }
  return undefined
}

// The gender a relative clause set off after a name shows by its own `his` or `her`, past an
// age or a role set off before it (`Jane Doe, 54, the club's coach, who brought her children`);
// none when someone else is named in the clause first.
function relativeGender(
  tokens: readonly FrameToken[],
  name: Mention,
  end: number,
): Gender | undefined {
  let at = name.end
  if (
    tokens[at]?.text === ',' &&
    /^\d/u.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.text === ','
  )
    at += 2
  if (tokens[at]?.text === ',' && tokens[at + 1]?.lower !== 'who') {
    let close = at + 1
    while (close < end && close <= at + 10 && tokens[close]?.word) close++
    if (tokens[close]?.text !== ',') return undefined
    at = close
  }
  // Set off by a comma: `the former CEO who dropped her bid` says who the CEO is.
  if (tokens[at]?.text !== ',' || tokens[at + 1]?.lower !== 'who') return undefined
  at++
  for (let index = at + 1; index < end && index <= at + 16; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) return undefined
    // Someone else named first may be whom the pronoun is of; a place (`in Pune`) is not.
    if (token.nameWord && !inList(itemAt(tokens, index - 1), WordList.preposition)) return undefined
    const after = tokens[index + 1]
    if (token.lower === 'his' || token.lower === 'himself') return 'male'
    if (token.lower === 'herself') return 'female'
    // `her family`, `her two children`: `her` before a noun or a count is an owner's.
    if (
      token.lower === 'her' &&
      after?.word &&
      (!isClosedClass(after) || countWords.has(after.lower)) &&
      !after.cue
    )
      return 'female'
  }
  return undefined
}

// The owner of a paper right before a cue, or past an aside set off before it, or null.
function paperOwnerBeforeCue(current: Memory, mention: Mention): Mention | null {
  const tokens = current.tokens
  return tokens[asideEnd(tokens, mention.end, current.end)]?.cue === true
    ? paperOwner(tokens, mention)
    : null
}

// The name a paper is from or by (`a statement from Acme Corp`), or a definite phrase for a body
// the text named (`a statement from the institute`), or null.
function paperSource(current: Memory, mention: Mention): Mention | null {
  // (`A report by the Riverbend School District found`: by whom it was written, too; `A report
  // published by Bridgewell Engineering said`: past the participle that puts it out.)
  // (`The letter, signed by 128 nurses and read out by …, said`: set off by a comma too.)
  const participle = current.tokens[mention.end]?.text === ',' ? mention.end + 1 : mention.end
  // (`The memo, which Tom Reyes sent to staff, said`: the subject of a relative clause that
  // puts the paper out.)
  const sender = relativeSender(current, participle)
  if (sender) return sender
  const sent = agentAfter(current.tokens, participle, current.end)
  const by = sent >= 0 ? sent : agentPastComplement(current.tokens, mention.end, current.end)
  const at = by >= 0 ? by : mention.end
  const link = current.tokens[at]?.lower
  // `A post on the Halden Police Department’s Facebook page read:`: a paper on someone's page or
  // account is theirs.
  // (Past a participle too: `A message pinned to the top of the commission’s Instagram page`.)
  if (link !== 'from' && link !== 'by') return pageOwner(current.tokens, at, current.end)
  // (`by the Coalition for Clean Rivers`: a name's article is no part of it.)
  const named = current.tokens[at + 1]?.lower === 'the' && current.tokens[at + 2]?.capitalized
  const source =
    (named ? mentionStartingAt(current.tokens, at + 2, current.end) : null) ??
    mentionStartingAt(current.tokens, at + 1, current.end)
  if (source?.kind === 'name') return longestNameFrom(current, source)
  // (`A letter from residents`, `the warning from officials`: people the text does not name
  // put papers out as a body does; so does someone (`a memo written by a senior official`).)
  if (source?.kind === 'anonymous' && (peopleOrBody(source) || personNoun(source.head)))
    return source
  return source && definite(source) && anyBodyNoun(source.head) ? source : null
}

// The owner of the page or account a phrase from `from` names (`the Halden Police Department’s
// Facebook page`, `her Instagram account`), past a platform's name in capitals; or null.
function pageOwner(tokens: readonly FrameToken[], from: number, end: number): Mention | null {
  for (let index = from; index < end && index < from + longestPaperSource; index++) {
    const token = tokens[index] as FrameToken
    // (A cue's participle may put the paper there: `A notice posted overnight on …`.)
    if (!token.word || token.quote >= 0 || (token.cue && index > from)) return null
    // (`the District Attorney’s Office’s page`: the last owner in a row owns the page.)
    if (!owns(token) || tokens[index + 1]?.possessive) continue
    let noun = index + 1
    while (noun < index + 3 && tokens[noun]?.capitalized) noun++
    if (!pageNouns.has(tokens[noun]?.lower ?? '')) return null
    return possessorEndingAt(tokens, index, from) ?? ownerNoun(tokens, index)
  }
  return null
}

// Nouns for a place online someone keeps and speaks through (`page`, `account`).
const pageNouns = new Set([
  ...accountNouns,
  'page',
  'website',
  'site',
  'channel',
  'profile',
  'blog',
])

// The name after `which` or `that` at `at`, when a verb that puts a paper out follows it (`which
// Tom Reyes sent`, `that Jane Doe wrote`), or null.
function relativeSender(current: Memory, at: number): Mention | null {
  const tokens = current.tokens
  const relative = tokens[at]?.lower
  if (relative !== 'which' && relative !== 'that') return null
  const name = mentionStartingAt(tokens, at + 1, current.end)
  if (name?.kind !== 'name') return null
  const verb = tokens[name.end]?.lower ?? ''
  return sendingParticiples.has(verb) || verb === 'wrote' ? longestNameFrom(current, name) : null
}

// How far past a participle that puts a paper out its `by` may stand: a phrase of where or to
// whom, or another such participle (`posted in the lobby by`, `sent to residents and signed by`).
const agentReach = 6

// Index of the `by` that gives the agent of the participles opening at `participle` after a
// paper, or -1: past the words of where or to whom, one of them puts the paper out (`posted in
// the lobby by`, `delivered to every flat and signed by`).
function agentAfter(tokens: readonly FrameToken[], participle: number, end: number): number {
  const first = tokens[participle]
  if (!first?.word || (!sendingParticiples.has(first.lower) && !first.lower.endsWith('ed')))
    return -1
  for (let at = participle + 1; at < end && at <= participle + agentReach; at++) {
    const token = tokens[at] as FrameToken
    if (token.lower === 'by') {
      const sent =
        sendingParticiples.has(first.lower) || sendingParticiples.has(tokens[at - 1]?.lower ?? '')
      return sent ? at : -1
    }
    if (!token.word || token.quote >= 0 || token.cue) return -1
  }
  return -1
}

// `An audit of the finances at Glenholt Lions by Corbel Partners`, `A letter this month to the
// bank board from the staff association`: the `by` or `from` past the phrases that say what a
// paper is about, when or to whom, in a few plain words with no verb; or -1.
function agentPastComplement(tokens: readonly FrameToken[], after: number, end: number): number {
  for (let at = after; at < end && at <= after + 2 * agentReach; at++) {
    const token = tokens[at] as FrameToken
    if (at > after && (token.lower === 'by' || token.lower === 'from')) return at
    // (`An independent review of the process, written by …`: a participle set off after it.)
    if (at > after && token.text === ',') return agentAfter(tokens, at + 1, end)
    if (!token.word || token.quote >= 0 || token.cue || relativeWords.has(token.lower)) return -1
    if (inList(token, WordList.auxiliary) || inList(token, WordList.beForm)) return -1
    // (`A letter from the Legion obtained by the AP`: a participle's agent is not the paper's.)
    if (token.lower.endsWith('ed')) return -1
  }
  return -1
}

// Words that open a relative clause, past which a paper's phrase has ended.
const relativeWords = new Set(['that', 'which', 'who', 'whose', 'whom'])

// The longest name that opens where a name read from its start does: a name read forward stops
// at its first `of` (`Office`), one read back from its end runs through it (`Office of the
// Inspector General for the Department of Transport`).
function longestNameFrom(current: Memory, name: Mention): Mention {
  const tokens = current.tokens
  for (
    let last = Math.min(current.end, name.first + longestPaperSource) - 1;
    last >= name.end;
    last--
  ) {
    if (!tokens[last]?.capitalized) continue
    const longer = mentionEndingAt(tokens, last, name.first)
    if (longer?.kind === 'name' && longer.first === name.first) return longer
  }
  return name
}

// How many words a body's name after a paper's `by` may run to.
const longestPaperSource = 16

// Whether a source is people or a body (`residents`, `the mayor’s office`): one person the
// text does not name (`a reader`) is as likely to pass a paper on as to put it out.
function peopleOrBody(source: { head: string; plural: boolean }): boolean {
  return (source.plural && personNoun(source.head)) || organizationHeads.has(source.head)
}

// The name or pronoun that owns a paper's phrase (`Ferric’s` in `Ferric’s announcement`), or a
// definite noun for a body (`The union’s statement`), or null.
function paperOwner(tokens: readonly FrameToken[], mention: Mention): Mention | null {
  for (let index = mention.first; index < mention.end - 1; index++) {
    const token = tokens[index] as FrameToken
    if (owns(token))
      return possessorEndingAt(tokens, index, mention.first) ?? ownerNoun(tokens, index)
  }
  // (`Tom Reyes’s leaked memo`: an owner before a participle or two the phrase was read without.)
  let before = mention.first - 1
  while (
    before > mention.first - 3 &&
    plainWord(tokens[before]) &&
    !owns(tokens[before] as FrameToken)
  )
    before--
  const owner = tokens[before]
  if (before >= 0 && before < mention.first - 1 && owner && owns(owner))
    return possessorEndingAt(tokens, before, 0) ?? ownerNoun(tokens, before)
  return null
}

// Whether a word owns what follows it: a possessive, `his`, `her` or `its`.
function owns(token: FrameToken): boolean {
  return token.possessive || token.lower === 'his' || token.lower === 'her' || token.lower === 'its'
}

// `The union’s statement`: a body's noun in the possessive right after `the`, as a phrase for
// the body, or null.
function ownerNoun(tokens: readonly FrameToken[], index: number): Mention | null {
  const token = tokens[index] as FrameToken
  const article = itemAt(tokens, index - 1)
  if (!token.possessive || token.capitalized || article?.lower !== 'the') return null
  const head = token.bare
  if (!anyBodyNoun(head)) return null
  return {
    kind: 'description',
    first: index - 1,
    end: index + 1,
    name: `the ${head}`,
    titles: [],
    head,
    organization: organizationHeads.has(head),
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

// Whether a name shows nothing of a person: one word, no gender, no title.
function faceless(entity: Entity): boolean {
  return entity.gender === 'unknown' && entity.titles.size === 0 && entity.keys.length < 2
}

// Whether a noun names a body (`union`, `institute`, `company`, `district`).
function anyBodyNoun(head: string): boolean {
  return organizationHeads.has(head) || anyBodyHeads.has(head)
}

// Whether the sentence opens with `Asked by` and a name in that phrase, before the
// attribution's mention, stands for its speaker: `Asked by Liu Guoqiang, the presenter,
// whether …, she said` is the one asked, not the asker.
function askerBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  standsFor: ReadonlyMap<ScannedMention, Entity>,
  attribution: Attribution,
  first: number,
): boolean {
  let at = first
  while (at < attribution.mention.first && !tokens[at]?.word) at++
  if (tokens[at]?.lower !== 'asked' || tokens[at + 1]?.lower !== 'by') return false
  return mentions.some(
    (mention) =>
      mention.first > at &&
      mention.end <= attribution.mention.first &&
      mention.kind === 'name' &&
      standsFor.get(mention) === attribution.entity,
  )
}

// Whether a name after an attribution's mention, in the clause it is the subject of, stands
// for its speaker: up to a word that opens another clause, a quote or another subject (`he said
// after Ryan Dickey read the facts to which Lazar admitted` names Lazar in another clause).
function namedLaterInClause(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  standsFor: ReadonlyMap<ScannedMention, Entity>,
  attribution: Attribution,
  end: number,
): boolean {
  let index = attribution.mention.end
  for (const mention of mentions) {
    if (mention.first < attribution.mention.end || mention.end > end) continue
    for (; index < mention.first; index++) {
      const token = tokens[index] as FrameToken
      if (token.quote >= 0 || conjunctions.has(token.lower) || relativePronouns.has(token.lower))
        return false
    }
    if (mention.role === 'subject') return false
    if (mention.kind === 'name' && standsFor.get(mention) === attribution.entity) return true
  }
  return false
}

// Whether a quote's own words call a person by their given name or surname alone (`“Ray saw
// it”`, `“Bekele and I agree”`), as
// one speaks of someone else: not as someone spoken to (`“Gary, it wants my fingerprint”`), nor
// in words it quotes in turn. A full name may be the speaker's own, in the third person (`it’s
// not Bernie Sanders`).
function namedInQuote(paragraph: QuotedParagraph, quoteIndex: number, entity: Entity): boolean {
  if (entity.kind !== 'person' || entity.keys.length < 2) return false
  const range = paragraph.quoteTokens[quoteIndex]
  if (!range || range.first < 0) return false
  const { tokens, quotes } = paragraph
  const given = entity.keys[0]
  // The words after the given name, without a suffix (`Abu Zaid`, `Bell` of `Bell Jr.`): a
  // surname is any run that ends them (`de la Fuente` of `María José de la Fuente`).
  let rest = entity.keys.slice(1)
  const suffix = entity.name.slice(entity.name.lastIndexOf(' ') + 1).replace(/\./g, '')
  if (rest.length > 1 && nameSuffixes.has(suffix.toLowerCase())) rest = rest.slice(0, -1)
  const surnameAt = (index: number): number => {
    for (let from = 0; from < rest.length; from++) {
      const parts = rest.slice(from)
      if (parts.every((part, offset) => wordKey(tokens[index + offset]?.bare ?? '') === part))
        return parts.length
    }
    return 0
  }
  let firstWord = range.first
  while (firstWord < range.end && !tokens[firstWord]?.word) firstWord++
  for (let index = range.first; index < range.end; index++) {
    const token = tokens[index] as FrameToken
    // (`van der Meer`, `al-Mansouri`: a surname may open in lower case.)
    if (!token.word) continue
    const key = wordKey(token.bare)
    // `“Bekele and I do not agree,” he said`: a surname alone, too (not the end of a full name;
    // a capital opening the quote is no name's).
    const previous = itemAt(tokens, index - 1)
    const length = surnameAt(index)
    const alone = length > 0 && (previous?.nameWord !== true || index - 1 === firstWord)
    if (!alone && !(key === given && token.capitalized)) continue
    const last = alone ? index + length - 1 : index
    const next = tokens[last + 1]
    if (next?.word && next.capitalized) continue
    // Spoken to: set off at the quote's start or by commas (`“Gary, it wants …”`, `“…, Gary,
    // …”`), not a word of the clause (`“Without Okafor, we …”`).
    const opens = previous?.word !== true
    const vocative = (opens || previous?.text === ',') && next?.word !== true
    const inner = quotes.some(
      (quote) =>
        quote.parent === quoteIndex && quote.start <= token.start && token.start < quote.end,
    )
    if (!vocative && !inner) return true
  }
  return false
}

// `The chief, he wrote on X, had …`: a pronoun whose cue an aside sets off between the
// subject at `subjectAt` and its verb reports the sentence; the subject is whom it reports on,
// seldom who reports (`Doe conceded the point, which, he said, …` is Doe's).
function setOffReport(tokens: readonly FrameToken[], mention: Mention, subjectAt: number): boolean {
  if (itemAt(tokens, mention.first - 1)?.text !== ',' || !tokens[mention.end]?.cue) return false
  if (mentionEndingAt(tokens, mention.first - 2, subjectAt)?.first !== subjectAt) return false
  for (let index = mention.end + 1; index < mention.end + 8; index++) {
    const token = tokens[index]
    if (!token || token.quote >= 0) return false
    // The aside closes, and the sentence goes on with words, not the quote.
    if (token.text === ',')
      return tokens[index + 1]?.word === true && tokens[index + 1]?.quote === -1
    if (!token.word) return false
  }
  return false
}

// A person `he` or `she` stood for shows their gender from then on.
function learnGender(entity: Entity, sense: PronounSense, table: EntityTable): Entity {
  table.showGender(entity, sense.gender)
  return entity
}

// Nouns for a paper or an outlet that publishes (`a Sunday paper`): no `he` or `she`, though
// `-er` makes `paper` look like a noun for someone.
const outletHeads = new Set(['paper', 'outlet', 'magazine', 'tabloid', 'daily', 'weekly'])

// Whether a pronoun is the subject of a cue that goes on from something said before (`he
// added`, `she continued`, `added he`).
function addsTo(tokens: readonly FrameToken[], mention: Mention): boolean {
  return cueBeside(tokens, mention, continuingCues)
}

// Whether a pronoun is the subject of a cue that answers someone (`he replied`, `retorted she`).
function replies(tokens: readonly FrameToken[], mention: Mention): boolean {
  return cueBeside(tokens, mention, replyingCues)
}

// Whether the word right after a pronoun (past an adverb in `-ly`), or right before it, is one
// of `cues`.
function cueBeside(
  tokens: readonly FrameToken[],
  mention: Mention,
  cues: ReadonlySet<string>,
): boolean {
  let after = mention.end
  if (itemAt(tokens, after)?.lower.endsWith('ly')) after++
  return cues.has(lowerAt(tokens, after)) || cues.has(lowerAt(tokens, mention.first - 1))
}

// Cues that say the speaker answers someone.
const replyingCues = new Set(
  'replied replies responded responds retorted retorts countered counters answered answers'.split(
    ' ',
  ),
)

// Cues that say the speaker spoke before.
const continuingCues = new Set(['added', 'adds', 'continued', 'continues'])

// Whether someone was given a quote in the sentences a pronoun looks back over, or reported
// in the sentence right before it.
function spokeIn(entity: Entity, memory: Sight): boolean {
  if (memory.newest()?.reporter === entity) return true
  return sentencesInSight(memory, undefined).some((entry) => entry.speakers.includes(entity))
}

// Whether the word at `at` stands in its sentence's main clause: no subordinator before it
// opens a clause still running there (`Her remarks came after Roe suggested …`), while one
// closed by a comma leaves the main clause after it (`After the vote, Roe said …`).
function inMainClause(tokens: readonly FrameToken[], first: number, at: number): boolean {
  let subordinate = false
  for (let index = first; index < at; index++) {
    const token = tokens[index] as FrameToken
    if (token.text === ',') subordinate = false
    else if (token.word && subordinators.has(token.lower)) subordinate = true
  }
  return !subordinate
}

function agrees(entity: Entity, sense: PronounSense): boolean {
  // The writer is `I`, never `he` or `she`.
  if (entity.writer) return false
  // Someone the text says goes by `they` is `they`, and neither `he` nor `she`.
  if (entity.byThey) return sense.plural && sense.person
  // An organization named or described (`the union`, `the ministry`) is `it` or `they`.
  const organization =
    entity.kind === 'organization' ||
    (entity.kind === 'anonymous' && organizationHeads.has(entity.head))
  if (!sense.person) return organization
  // `they` is a group or an organization's people, not a country (`Freedonia … it said`).
  // Papers are plural too (`The documents show …`), but `they said` is people.
  if (sense.plural) {
    return (entity.plural && !paper(entity.head)) || (organization && !entity.place)
  }
  if (entity.plural) return false
  // `her home in Chappaqua`, `at Auckland Fashion Week`: a name seen only where a place stands
  // is no one.
  if (entity.placedOnly && entity.gender === 'unknown') return false
  // `English`, `Nigerian`: a people or a language named alone is no one.
  if (entity.keys.length < 2 && isDemonym(entity.name.toLowerCase())) return false
  // A body or a paper (`the watchdog`, `a letter`) is never `he` or `she`, nor is a thing the
  // text only describes (`the sound system`).
  if (
    organization ||
    (entity.kind === 'anonymous' &&
      (documentHeads.has(entity.head) || outletHeads.has(entity.head)))
  )
    return false
  if (entity.kind === 'anonymous' && !someoneHead(entity.head)) return false
  // (`head of human resources at Vantis Chemicals`: nor is `he` or `she` a name no one has that
  // ends in a trade, a company's however it was read; `the miner` may still be.)
  if (sense.gender !== 'unknown' && tradeNamed(entity)) return false
  // `the family`, `the jury`: a body of people is `they`, never `he` or `she`, even where its
  // noun is singular.
  if (entity.kind === 'anonymous' && collectiveNouns.has(entity.head)) return false
  return sense.gender === 'unknown' || entity.gender === 'unknown' || entity.gender === sense.gender
}

// Labels of an interview's turns, as written before the colon.
const turnLabels: ReadonlyMap<string, 'question' | 'answer'> = new Map([
  ['Q', 'question'],
  ['A', 'answer'],
  ['Question', 'question'],
  ['Answer', 'answer'],
])

// An initial: a capital and a stop.
const initialShape = /^\p{Lu}\.$/u

// Labels in capitals for an interview's asking side (`HOST: …`, `INTERVIEWER: …`).
const askingLabels = new Set(['HOST', 'INTERVIEWER', 'REPORTER', 'MODERATOR'])

// The turn a paragraph's label gives it (`Q:`, `A:`, `Question:`, `HOST:`), or null.
function labelledTurn(tokens: readonly FrameToken[]): 'question' | 'answer' | null {
  const label = tokens[0]?.text ?? ''
  // (`Q. You once described …`, `A. It is a small trial`: a stop after the letter, one token;
  // not an initial before another, `A. J. Ostrowski`, nor before a known given name and a
  // surname, `A. Emeka Kristiansen led the review`.)
  const given = tokens[1]
  const named =
    given?.word === true &&
    givenNameGenderOf(given.lower) !== undefined &&
    tokens[2]?.word === true &&
    tokens[2].capitalized
  if ((label === 'Q.' || label === 'A.') && !initialShape.test(given?.text ?? '') && !named)
    return label === 'Q.' ? 'question' : 'answer'
  if (textAt(tokens, 1) !== ':') return null
  return turnLabels.get(label) ?? (askingLabels.has(label) ? 'question' : null)
}

// Whom the `I` and the `you` of an interview's turn stand for: an answer's `I` is the
// interviewee (by the label's name, `SHIN: I wrote …`, or as the text introduced them), a
// question's `you` is the interviewee and its `I` the interviewer; null outside a turn.
function turnVoices(
  paragraphs: readonly QuotedParagraph[],
  index: number,
  table: EntityTable,
  memory: Sight,
): TurnVoices | null {
  const tokens = (paragraphs[index] as QuotedParagraph).tokens
  const turn = labelledTurn(tokens)
  const trace = table.trace
  const party = (side: 'question' | 'answer'): Entity | null => {
    const found = interviewParty(paragraphs, index, side, trace)
    return (found && resolve(found.mention, table, memory)) ?? null
  }
  if (turn === 'question') return { speaker: party('question'), addressee: party('answer') }
  if (turn === 'answer') return { speaker: party('answer'), addressee: party('question') }
  // `Huamán: In 2011 you told the Gazette, “…”`: in a turn a name labels, `I` is the name and
  // `you` the other party the text introduced (`She spoke with Wilmer Huamán`): the interviewee
  // when the name is not, the interviewer when it is.
  const inCapitals = paragraphLabel(tokens)
  const colon = inCapitals ? -1 : nameLabelColon(tokens, table)
  const label =
    colon > 0 ? mentionEndingAt(tokens, colon - 1, tokens[0]?.lower === 'the' ? 1 : 0) : inCapitals
  // (A body asks in its own name too: `The Harbour Review: …`.)
  if (!label || (colon < 0 && (label.kind !== 'name' || label.organization))) return null
  if (label.kind === 'pronoun') return null
  const interviewee = party('answer')
  const speaker = interviewee && resolve(label, table, memory)
  if (!interviewee || !speaker) return null
  return { speaker, addressee: speaker === interviewee ? party('question') : interviewee }
}

// `Huamán: In 2011 you told …`, `Tidewater: …`: a name in title case that labels a paragraph of
// a transcript, when the text has named a person or a body it is part of (a heading's words
// name no one yet); the index of its colon, or -1.
function nameLabelColon(tokens: readonly FrameToken[], table: EntityTable): number {
  for (let colon = 1; colon <= 3 && colon < tokens.length; colon++) {
    const token = tokens[colon] as FrameToken
    if (token.text === ':') {
      const next = tokens[colon + 1]
      if (!next?.word || next.quote >= 0) return -1
      return table.namesAnyone((tokens[colon - 1] as FrameToken).bare) ? colon : -1
    }
    const before = tokens[colon - 1] as FrameToken
    // (`The Harbour Review: …`: a body's name may open with its article.)
    const article = colon === 1 && before.lower === 'the'
    // (`De la Fuente: …`, `Del Río: …`: a particle inside a surname, in any case.)
    const particle = isNameParticle(before.text, before.lower)
    if (!before.word || before.quote >= 0 || (!before.capitalized && !particle)) return -1
    if (!before.nameWord && !article && !particle) return -1
  }
  return -1
}

// Whether a quote opens its paragraph right after a turn label and its colon (`Q: “…”`).
function turnLabel(paragraph: QuotedParagraph, quote: number): 'question' | 'answer' | null {
  const tokens = paragraph.tokens
  if (paragraph.quoteTokens[quote]?.first !== 2 || textAt(tokens, 1) !== ':') return null
  return turnLabels.get(tokens[0]?.text ?? '') ?? null
}

// Verbs whose subject interviews their object (`Jane Doe interviewed Tom Roe`).
const interviewVerbs = new Set(['interviewed', 'interviews', 'questioned'])

// The interviewer (for a question) or the interviewee (for an answer), as a sentence before the
// turns names them (`Jane Doe, a reporter, interviewed Tom Roe, the mayor,`), with the index of
// its paragraph; null when no sentence within a few paragraphs does.
function interviewParty(
  paragraphs: readonly QuotedParagraph[],
  index: number,
  turn: 'question' | 'answer',
  trace: FoldTrace | null | undefined,
): { mention: Mention; paragraph: number } | null {
  let reach = introductionReach
  for (let at = index - 1; at >= 0 && reach > 0 && at >= index - turnsReach; at--) {
    trace?.read(at)
    const paragraph = paragraphs[at] as QuotedParagraph
    const tokens = paragraph.tokens
    // A transcript's turns introduce no one, however many there are: an interview runs on
    // long past the paragraph that says who talked.
    if (opensWithLabel(tokens)) continue
    reach--
    const verb = tokens.findIndex((token) => token.quote < 0 && interviewVerbs.has(token.lower))
    const frame =
      verb < 0 ? undefined : paragraph.frames.find((one) => one.first <= verb && verb < one.end)
    // (`rarely gives interviews`: a noun with no one after it interviews no one; the paragraph
    // may still say who talked.)
    const mentions = frame ? scanMentions(tokens, frame.first, frame.end) : []
    const interviewed = mentions.find((mention) => mention.first > verb && mention.kind === 'name')
    if (!frame || !interviewed) {
      const interviewee = intervieweeOf(paragraph)
      if (interviewee) return turn === 'answer' ? { mention: interviewee, paragraph: at } : null
      continue
    }
    const subject = mentions.find((mention) => mention.end <= verb && mention.role === 'subject')
    // `Tom Roe was questioned for two hours by counsel, Jane Doe`: a passive turns the two
    // round; the one after the verb asks.
    const passive = inList(itemAt(tokens, verb - 1), WordList.beForm)
    const party = (turn === 'question') === passive ? interviewed : subject
    return party ? { mention: party, paragraph: at } : null
  }
  return null
}

// How many paragraphs other than turns an interview's introduction may stand before a turn,
// and how many turns (a bound, so that a transcript of a million turns is read in linear time).
const introductionReach = 12
const turnsReach = 400

// Whether a paragraph opens with a label and its colon (`Q:`, `Morimoto:`, `DR. ROE:`): a turn.
function opensWithLabel(tokens: readonly FrameToken[]): boolean {
  for (let at = 0; at < 4 && at < tokens.length; at++) {
    const token = tokens[at] as FrameToken
    if (token.text === ':') return at > 0
    if (token.word && isNameParticle(token.text, token.lower)) continue
    if (!token.word || !token.capitalized || token.quote >= 0) {
      if (token.text !== '.' && token.text !== '-') return false
    }
  }
  return false
}

// Verbs of talking with someone (`Tom Roe spoke to us`, `sat down with the Courier`).
const talkingVerbs = new Set(['spoke', 'talked', 'sat'])

// Object pronouns for one person, whom someone may talk to (`spoke to him`).
const personalObjects = new Set(['him', 'her'])

// Verbs of answering an interviewer's questions (`answered questions from the Ledger`).
const answeringVerbs = new Set(['answered', 'took', 'fielded'])

// Whom a paragraph introduces as interviewed, the interviewer unnamed: after `interview with`
// (`The following interview with Tom Roe, the mayor, has been edited`), or the subject of a verb
// of talking with someone (`Tom Roe spoke to us about the strike. Excerpts:`); null otherwise.
function intervieweeOf(paragraph: QuotedParagraph): Mention | null {
  const tokens = paragraph.tokens
  for (const [frameIndex, frame] of paragraph.frames.entries()) {
    for (let index = frame.first; index + 2 < frame.end; index++) {
      const token = tokens[index] as FrameToken
      if (token.quote >= 0 || !token.word) continue
      const next = tokens[index + 1]?.lower
      // (`a conversation with Jane Doe`, `Q&A with Tom Roe` too.)
      // (`She spoke with Wilmer Roe`: after a verb of talking, who talks is read below.)
      const guest =
        next === 'with' && !talkingVerbs.has(token.lower)
          ? talkedWith(tokens, index, frame.end)
          : null
      if (guest) return guest
      // `Jane Doe answered questions from the Ledger`, `took questions from readers`.
      const answering =
        answeringVerbs.has(token.lower) && (next === 'questions' || next === 'readers’')
      const talking =
        answering ||
        (talkingVerbs.has(token.lower) &&
          (next === 'to' ||
            next === 'with' ||
            (next === 'down' && tokens[index + 2]?.lower === 'with')))
      if (!talking) continue
      // `Bilal Roe spoke to him on Monday`, `… spoke to Jane Doe`: one who talks to a person
      // asks; the person talked to, named or standing for the one the paragraph opened with,
      // answers. (Talking to a paper or to reporters, the subject answers.)
      const object = index + (next === 'down' ? 3 : 2)
      const talkedTo = mentionStartingAt(tokens, object, frame.end)
      if (personalObjects.has(tokens[object]?.lower ?? '')) {
        const named = openingPersonBefore(paragraph, frameIndex)
        if (named) return named
      }
      // (`sat down with the Gazette’s reporter Claire Roe`: one who asks for a living asks.)
      if (
        talkedTo?.kind === 'name' &&
        !talkedTo.organization &&
        talkedTo.first > index + 1 &&
        !pressRoleOf(talkedTo)
      ) {
        const named = scanMentions(tokens, frame.first, index).some(
          (mention) => mention.role === 'subject' && mention.kind === 'name',
        )
        if (named && !answering) return talkedTo
      }
      const subjects = scanMentions(tokens, frame.first, index).filter(
        (mention) => mention.role === 'subject',
      )
      const subject = subjects.findLast((mention) => mention.kind === 'name')
      if (subject && !subject.organization) return subject
      // `Aroha Walker, 41, has had a busy year. She spoke to the Lantern`: the person the
      // pronoun that talks stands for.
      const pronoun = subjects.at(-1)
      if (pronoun?.kind === 'pronoun' && !pronoun.plural) {
        const named = openingPersonBefore(paragraph, frameIndex)
        if (named) return named
      }
      // `We talked with Almaz Ayele about her novel`, `The Courier sat down with Tom Roe`: the
      // one talked with, when the writers or their paper talk.
      if (talkedTo?.kind === 'name' && !talkedTo.organization) return talkedTo
    }
  }
  return null
}

// Whether a name's titles end on a role of one who asks for a living (`Gazette reporter`).
function pressRoleOf(mention: Mention): boolean {
  return mention.titles.some((title) =>
    pressRoles.has(title.split(' ').at(-1)?.toLowerCase() ?? ''),
  )
}

// The person the nearest sentence before frame `index` of a paragraph opens with as its subject,
// or null (read only when a pronoun asks, so a transcript's turns do not read every sentence).
function openingPersonBefore(paragraph: QuotedParagraph, index: number): Mention | null {
  for (let at = index - 1; at >= 0; at--) {
    const frame = paragraph.frames[at] as Frame
    const opening = scanMentions(paragraph.tokens, frame.first, frame.end).find(
      (mention) => mention.role === 'subject',
    )
    // (`His new film, “Afterlight”, is out on Thursday.`: a phrase a pronoun owns is about
    // the one further back.)
    if (opening && !(opening.kind !== 'name' && ownedByPronoun(opening))) {
      return opening.kind === 'name' && !opening.organization && !opening.plural ? opening : null
    }
  }
  return null
}

// Words that open a clause of its own after a clause the cue stands in: a coordinator, or a
// subordinator (`even though`, `when`), or the comma that closes a fronted clause.
const laterClauseOpeners = new Set([
  ',',
  'and',
  'but',
  'yet',
  'though',
  'although',
  'because',
  'while',
  'whereas',
  'if',
  'unless',
  'since',
  'after',
  'before',
  'when',
  'once',
  'until',
])

// `Cruz pledged to visit every county, and he has long mocked his rivals for not campaigning
// “the Iowa way”`, `When Doe announced her run, she called them “…”`: the quote stands in a
// later clause whose own subject is a pronoun the sentence's reading took for the speaker the
// rule found; that pronoun is the mention that attributes it. Only the span moves, never the
// speaker.
function clauseSubjectBefore(
  tokens: readonly FrameToken[],
  mentions: readonly ScannedMention[],
  standsFor: ReadonlyMap<ScannedMention, Entity>,
  attribution: Attribution,
  quoteFirst: number,
): ScannedMention | null {
  const from = attribution.mention
  if (quoteFirst < 0 || from.end > quoteFirst) return null
  // `He said he was targeted because he was “…”`: a clause the cue reports is still the cue's
  // subject's to say, however many clauses it holds.
  if (reportsClause(tokens, attribution.cue)) return null
  let nearer: ScannedMention | null = null
  for (const mention of mentions) {
    if (mention.first < from.end || mention.end > quoteFirst) continue
    const sense = mention.kind === 'pronoun' ? subjectPronouns[mention.head] : undefined
    const opener = itemAt(tokens, mention.first - 1)
    if (
      sense?.person &&
      !sense.author &&
      opener &&
      laterClauseOpeners.has(opener.lower) &&
      opener.quote < 0 &&
      standsFor.get(mention) === attribution.entity
    ) {
      nearer = mention
    }
  }
  return nearer
}

// Whether a cue runs straight into the clause it reports: `said that`, `said he`, `said
// Tuesday that`.
function reportsClause(tokens: readonly FrameToken[], cue: number): boolean {
  if (cue < 0) return false
  for (let index = cue + 1; index <= cue + 2; index++) {
    const token = tokens[index]
    if (!token?.word) return false
    if (token.lower === 'that' || subjectPronouns[token.lower]) return true
  }
  return false
}

// Whether a sentence says its subject goes by `they`: `they/them` (or `they/their`) as pronouns,
// or a word for someone outside the two genders (`nonbinary`).
function declaresThey(tokens: readonly FrameToken[], frame: Frame, words: number): boolean {
  if ((words & WordList.theyWord) === 0) return false
  for (let index = frame.first; index < frame.end; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || token.quote >= 0) continue
    if (nonbinaryWords.has(token.lower)) return true
    if (
      token.lower === 'they' &&
      tokens[index + 1]?.text === '/' &&
      theirForms.has(tokens[index + 2]?.lower ?? '')
    )
      return true
  }
  return false
}

const theirForms = new Set(['them', 'their', 'theirs'])

// How many words a beat between quotes may have (`Marine biologist Agnieszka Kowalczyk shook
// her head.`): a longer sentence says something of its own.
const beatWords = 10

// How many words a sentence has outside quotes.
// An aside set off by commas (`Otieno Obuya, a parent of two, looked away.`) counts for nothing:
// it says who the subject is, not what the beat does.
function wordsIn(paragraph: QuotedParagraph, frame: Frame): number {
  let words = 0
  for (let index = frame.first; index < frame.end; index++) {
    const token = paragraph.tokens[index]
    if (token?.text === ',') {
      let close = index + 1
      while (close < frame.end && paragraph.tokens[close]?.text !== ',') close++
      if (close < frame.end) index = close
      continue
    }
    if (token?.word && token.quote < 0) words++
  }
  return words
}

// Whether a quote's first token opens its paragraph, or follows only a list's marker (`• “…”`,
// `- “…”`, `– “…”`): the items after `Doe said:` are each an introduced quote.
function afterListMarker(paragraph: QuotedParagraph, first: number): boolean {
  if (first < 1) return false
  const tokens = paragraph.tokens
  let index = numberedMarkerEnd(tokens)
  while (index < first && index < 2 && listMarkers.has((tokens[index] as FrameToken).text)) index++
  if (index === 0 || index === first) return index > 0
  // `• On the data: “…”`: a label of a few words and a colon, saying what the item is about.
  if (tokens[first - 1]?.text !== ':' || first - 1 - index > labelWords) return false
  // (Not a name, which labels whose words follow: `• Tom Roe: “…”`.)
  for (let at = index; at < first - 1; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.cue || token.quote >= 0 || token.nameWord) return false
    if (at > index && token.capitalized) return false
  }
  return first - 1 > index
}

// Words a list item's label before its colon takes (`On the cost of the new line:`).
const labelWords = 6

const listMarkers = new Set(['•', '-', '–', '—', '*', '·', '▪'])

// Index past a number or a letter with a stop or a bracket that marks a list's item at the
// paragraph's start (`1.`, `2)`, `b.`), or 0.
function numberedMarkerEnd(tokens: readonly FrameToken[]): number {
  const first = tokens[0]?.text ?? ''
  if (/^(?:\d{1,2}|[a-z])[.)]$/u.test(first)) return 1
  const closer = tokens[1]?.text
  return /^(?:\d{1,2}|[a-z])$/u.test(first) && (closer === ')' || closer === '.') ? 2 : 0
}

// Whether a sentence opens with a quote, past any punctuation before it.
function opensWithQuote(paragraph: QuotedParagraph, frame: Frame): boolean {
  let index = frame.first
  while (
    index < frame.end &&
    !paragraph.tokens[index]?.word &&
    paragraph.tokens[index]?.quote === -1
  )
    index++
  return (paragraph.tokens[index]?.quote ?? -1) >= 0
}

// Whether a paragraph holds nothing but its quotes: no word outside their marks, past a
// dateline (its first sentence opens after it).
// Whether a paragraph opens with a word that points at words before it (`So said …`, `That was
// …`, `Those were …`, `With those words …`), or with a cue whose object is the words (`Jane Doe
// said those words to the Record`, `Doe said it quietly`; not `said it was over`, where `it`
// opens what was said).
function opensByPointing(paragraph: QuotedParagraph): boolean {
  const frame = paragraph.frames[0]
  if (!frame) return false
  const tokens = paragraph.tokens
  const first = tokens[skipPunctuation(tokens, frame.first, frame.end)]
  if (pointingOpeners.has(first?.lower ?? '')) return true
  for (let index = frame.first; index < frame.end - 1; index++) {
    if (!tokens[index]?.cue) continue
    const object = tokens[index + 1] as FrameToken
    const after = tokens[index + 2]
    if (object.lower === 'those' || object.lower === 'these') return true
    // (`says this with a laugh`; not `said this week`.)
    if (object.lower === 'this')
      return !after?.word || inList(after, WordList.preposition) || isAdverb(after)
    if (object.lower === 'it')
      return !(
        after?.word &&
        (inList(after, WordList.auxiliary) ||
          inList(after, WordList.beForm) ||
          isPastForm(after.lower))
      )
    return false
  }
  return false
}

const pointingOpeners = new Set(['so', 'that', 'those', 'these', 'this', 'with', 'the'])

// The quotes of a paragraph's last sentence of quotes alone, when the sentences after it name
// no one and report nothing (`“…” Then a long pause.`, `“…” The words come out quickly.`),
// else none.
function quotesOfLastSentence(paragraph: QuotedParagraph): number[] {
  const { tokens } = paragraph
  for (let at = paragraph.frames.length - 1; at >= 0; at--) {
    const frame = paragraph.frames[at] as Frame
    let quoted = frame.quotes.length > 0
    // Whether the words read are a place's name (`in a small room in Iquitos`).
    let place = false
    for (let index = frame.first; index < frame.end; index++) {
      const token = tokens[index] as FrameToken
      if (token.word && token.quote < 0) quoted = false
      const before = itemAt(tokens, index - 1)
      place =
        token.capitalized && (place || (before?.word === true && placeLinks.has(before.lower)))
      // (A later sentence that names someone or reports may be the quote's own attribution; a
      // place it is in names no one.)
      if (token.quote < 0 && (token.cue || (token.nameWord && !token.initial && !place))) return []
    }
    if (quoted) return [...frame.quotes]
  }
  return []
}

// Words after which a name is where something is, not someone (`in Nakuru`, `near Lahore`).
// (Not `locatives`, which has `from`: `The warning comes from Dr. Meera Hossain` names who spoke.)
const placeLinks = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout'])

// `The claim: “…”`, `What was said: “…”`: a paragraph of quotes after a label of a few words
// in lower case and a colon, which says what the quotes are, not whose.
function labelledQuotes(paragraph: QuotedParagraph): boolean {
  const { tokens } = paragraph
  const opening = paragraph.quoteTokens[0]?.first ?? -1
  const first = paragraph.frames[0]?.first ?? 0
  if (opening < 0 || tokens[opening - 1]?.text !== ':' || opening - 1 - first > 4) return false
  for (let index = first; index < opening - 1; index++) {
    const token = tokens[index] as FrameToken
    if (!token.word || (index > first && token.capitalized)) return false
  }
  for (let index = opening; index < tokens.length; index++) {
    const token = tokens[index] as FrameToken
    if (token.word && token.quote < 0) return false
  }
  return true
}

function quoteOnly(paragraph: QuotedParagraph): boolean {
  const { tokens } = paragraph
  for (let index = paragraph.frames[0]?.first ?? 0; index < tokens.length; index++) {
    const token = tokens[index] as FrameToken
    if (token.word && token.quote < 0) return false
  }
  return true
}

function hasCue(paragraph: QuotedParagraph, frame: Frame): boolean {
  for (let index = frame.first; index < frame.end; index++) {
    const token = paragraph.tokens[index]
    if (token && token.quote < 0 && token.cue) return true
  }
  return false
}

const signatureDashes = new Set(['-', '—', '–', '―', '--'])

// Whose words a subhead announces for the quote that opens the next paragraph: the one person
// or body it names that the text knows (`Excerpts From McCarthy’s Remarks`); or, when it names
// no one (`In Her Own Words`, `The Statement in Full`), the first person or body the nearest
// paragraph before it that has one set as a subject (`Eoin McCarthy addressed the council.`),
// of the gender an owner's pronoun in it shows.
function announcedBy(
  subhead: Subhead,
  paragraph: QuotedParagraph,
  index: number,
  table: EntityTable,
  memory: Sight,
): Attribution | null {
  const known = knownInSubhead(paragraph.tokens, table)
  const match = (mention: Mention, method: AttributionMethod): RuleMatch => ({
    mention,
    cue: -1,
    rule: 'subhead',
    method,
    confidence: 0.7,
  })
  if (known) return finish(match(known.mention, 'explicit'), known.entity, index)
  if (subhead.named) return null
  let found: Memory | undefined
  for (const entry of sentencesInSight(memory, undefined)) {
    if (entry.paragraph === index) continue
    if (found && entry.paragraph !== found.paragraph) break
    // Reading a sentence's words from an earlier paragraph: an editor must know (see `Memory`).
    table.trace?.read(entry.paragraph)
    const subject = entry.subject
    if (!subject || subject.kind === 'anonymous' || subject.plural) continue
    const gender = subject.gender
    if (
      subhead.owner &&
      (subject.kind !== 'person' || (gender !== 'unknown' && gender !== subhead.owner))
    )
      continue
    found = entry
  }
  const subject = found?.subject
  // The mention is the subject's phrase where the text wrote it.
  const mention = found && mentionStartingAt(found.tokens, found.subjectAt, found.end)
  if (!found || !subject || !mention) return null
  return finish(match(mention, 'continuation'), subject, found.paragraph)
}

// Who a sentence says wrote to someone: the phrase right before `wrote to` (`Doe wrote to the
// minister`, `the groups who wrote to her`), outside quotes; or null.
function writerTo(
  tokens: readonly FrameToken[],
  frame: Frame,
  mentions: readonly ScannedMention[],
  words: number,
): Mention | null {
  if ((words & WordList.writingForm) === 0) return null
  for (let index = frame.first; index + 1 < frame.end; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0 || !writingForms.has(token.lower)) continue
    // (`wrote on Tuesday to the minister`: past a few words of when.)
    let to = index + 1
    while (
      to < index + 4 &&
      tokens[to]?.word &&
      !tokens[to]?.cue &&
      lowerAt(tokens, to) !== 'to' &&
      lowerAt(tokens, to) !== 'that'
    )
      to++
    if (lowerAt(tokens, to) !== 'to') continue
    // (`Liam O’Connor, 39, wrote to …`: or the subject, past an aside set off after it.)
    const aside = tokens[index - 1]?.text === ',' && asideAfterName(tokens, index - 1)
    return (
      mentions.find(
        (mention) =>
          mention.end === index ||
          (aside && mention.role === 'subject' && tokens[mention.end]?.text === ','),
      ) ?? null
    )
  }
  return null
}

// A paragraph that only signs the quote before it: `- Bernie Sanders`, `Dean Baker, Center for
// Economic and Policy Research`: a name first, no cue, a few words at most.
function byline(paragraph: QuotedParagraph): Mention | null {
  const tokens = paragraph.tokens
  if (tokens.length === 0 || tokens.length > 16 || tokens.some((token) => token.cue)) return null
  const first = tokens[0]?.word ? 0 : signatureDashes.has(tokens[0]?.text ?? '') ? 1 : -1
  if (first < 0) return null
  // A name in capitals first: the chunker reads a word in capitals as an acronym's body.
  const mention = nameInCapitals(tokens, first) ?? mentionStartingAt(tokens, first, tokens.length)
  if (mention?.kind !== 'name' || mention.organization) return null
  // Without a dash a single word is a credit (`Getty.`, `Reuters.`), not a signature.
  if (first === 0 && !mention.name.includes(' ')) return null
  const next = tokens[mention.end]
  if (next !== undefined && next.text !== ',' && next.text !== '.') return null
  // `Harjit Singh Toor, the folk singer, recorded his album in a chapel.`: a verb with its
  // object makes a sentence of it, no signature (`Doris Hawthorne, retired postmaster` is one).
  for (let at = mention.end; at < tokens.length; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.capitalized) continue
    if (inList(token, WordList.beForm) || inList(token, WordList.auxiliary)) return null
    const object = tokens[at + 1]
    if (
      isPastForm(token.lower) &&
      object?.word &&
      (inList(object, WordList.article) || personalPossessives.has(object.lower))
    )
      return null
  }
  return mention
}

// `DORIS HAWTHORNE, 81, retired postmaster`: two to four words in capitals, then a comma and an
// age or a role in lower case, as oral histories set their voices; the name as a name is
// written. Null for anything else (a heading in capitals has no such comma).
function nameInCapitals(tokens: readonly FrameToken[], first: number): Mention | null {
  let end = first
  while (end < first + 4 && isLabelWord(tokens[end])) end++
  const after = tokens[end + 1]
  if (end - first < 2 || tokens[end]?.text !== ',' || !after?.word) return null
  if (after.capitalized && !/^\d/u.test(after.text)) return null
  // `BREAKING NEWS, updated hourly`: a heading's words name no one.
  for (let at = first; at < end; at++) {
    const lower = (tokens[at] as FrameToken).lower
    if (headingLabels.has(lower) || placeNames.has(lower)) return null
  }
  const label = labelOf(tokens, first, end)
  return changedMention(label, { name: label.name.toLowerCase().replace(wordStart, capitalize) })
}

// The first letter of a name's word or part (`Okafor-Hayes`, `O’Brien`).
const wordStart = /(^|[\s\-’'])(\p{L})/gu
const capitalize = (_: string, mark: string, letter: string): string => mark + letter.toUpperCase()

// Whether a quote ends its sentence: nothing but punctuation after it.
function endsFrame(paragraph: QuotedParagraph, quote: number, frame: Frame): boolean {
  const end = paragraph.quoteTokens[quote]?.end ?? frame.end
  for (let index = end; index < frame.end; index++) {
    if (paragraph.tokens[index]?.word) return false
  }
  return true
}

// Whether a quote that ends its sentence is a sentence of words a later one may attribute: it
// opens the sentence, or its marks close on the words' own stop (`She paused. “We will win.”`);
// not a term the sentence's own clause holds (`the tower known as “the Toaster”.`).
function standsAsSentence(paragraph: QuotedParagraph, quote: number, frame: Frame): boolean {
  const found = paragraph.quotes[quote]
  return (
    opensWithQuote(paragraph, frame) ||
    (found !== undefined && /[.?!…]/u.test(lastQuotedCharacter(paragraph.text, found)))
  )
}

// Whether a paragraph ends with a closing quotation mark (and perhaps a full stop).
function endsWithQuote(paragraph: QuotedParagraph): boolean {
  const last = paragraph.quotes.findLast((quote) => quote.depth === 0)
  return last !== undefined && paragraph.text.slice(last.closeAt).trim().length <= 1
}

// The words a sentence must hold outside quotes for `paperIn`, `originIn`, `declaresThey` or
// `writerTo` to find anything in it, as the bits of their lists: the sentence's words' bits
// (`sentenceWords`) tell which of them may, where each looked every word of every sentence up
// in its own lists. Each still reads the sentence itself.
const sentenceLists =
  WordList.paperWord | WordList.originVerb | WordList.theyWord | WordList.writingForm

// The `sentenceLists` bits of the words of a sentence outside quotes.
function sentenceWords(tokens: readonly FrameToken[], frame: Frame): number {
  let words = 0
  for (let index = frame.first; index < frame.end; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote < 0) words |= token.lists & sentenceLists
  }
  return words
}
