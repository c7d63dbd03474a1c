/**
 * The behavioural suite of issue 10, in the manner of CheckList (Ribeiro et al., ACL 2020):
 * template families that combine independent parts of an attribution (speaker phrase, cue
 * group, position, punctuation, continuation, pronouns, asides), generated from a fixed seed.
 * Each case carries the speaker a careful reader names, decided from the parts that built it,
 * never from what the library answers. The issue's own examples open their families.
 */
import {
  adverbials,
  ages,
  gendered,
  leadSentences,
  multiWordCues,
  nameModifiers,
  organizations,
  type Person,
  people,
  pronounHeads,
  questions,
  quoteBodies,
  quoteTails,
  relatives,
  roles,
  scareQuotes,
  trailingClauses,
  workTitles,
} from './lexicon.js'
import {
  anyPhrase,
  article,
  Builder,
  type Case,
  type Cue,
  cap,
  closed,
  descriptionPhrase,
  type ExpectedSpeaker,
  lexiconCues,
  type MarkStyle,
  organizationPhrase,
  type Phrase,
  personPhrase,
  titleCase,
} from './parts.js'
import { createRandom, type Random } from './random.js'

export type { Case, ExpectedQuote, ExpectedSpeaker } from './parts.js'

/** The seed of the suite; change it only with a reason, since rates are compared across runs. */
export const defaultSeed = 20261203

type Family = (rng: Random, count: number) => Case[]

const styleOf = (rng: Random): MarkStyle => (rng.chance(0.5) ? 'curly' : 'straight')

/** Verbs that report speech and read naturally both after a quote and before it. */
const plainCues = ['said', 'added', 'noted', 'warned', 'explained', 'insisted', 'argued', 'says']

/**
 * A quote body with the punctuation a quote takes before `X said` (`,` `?` `!` `—` `…`, and
 * the full stop of `“….” Jane Doe said.`, which `noStop` rules out where it would not be news
 * style: `“….” Said Doe`, `“….” He said`).
 */
function bodyBefore(rng: Random, noStop = false): string {
  const marks = [',', ',', ',', '?', '!', '—', '…', '.']
  const mark = rng.pick(noStop ? marks.slice(0, -1) : marks)
  return closed(mark === '?' ? rng.pick(questions) : rng.pick(quoteBodies), mark)
}

/** A quote body closing a sentence (`X said: “….”`). */
function bodyAfter(rng: Random): string {
  const mark = rng.pick(['.', '.', '?', '!', '…'])
  return closed(mark === '?' ? rng.pick(questions) : rng.pick(quoteBodies), mark)
}

/** One attribution in the common positions: after (both orders) or before (colon, comma). */
function simpleAttribution(b: Builder, rng: Random, phrase: Phrase, cue: string): void {
  const order = rng.int(4)
  if (order === 0) b.quote(bodyBefore(rng), phrase.speaker).add(` ${phrase.text} ${cue}.`)
  else if (order === 1 && phrase.invertible)
    b.quote(bodyBefore(rng, true), phrase.speaker).add(` ${cue} ${phrase.text}.`)
  else {
    const joint = order === 2 ? ':' : ','
    b.add(`${cap(phrase.text)} ${cue}${joint} `).quote(bodyAfter(rng), phrase.speaker)
  }
}

// ---------------------------------------------------------------------------------------------
// Families

/** Names of many origins, titles, party tags, initials, suffixes, modifiers; organizations. */
const speakerNames: Family = (rng, count) => {
  const cases: Case[] = []
  // Issue 10's rows: a modifier before a name; a full stop closing the quote.
  cases.push(
    new Builder('curly')
      .quote('We win,', { name: 'John Doe' })
      .add(' a smiling John Doe said.')
      .done('speaker-names'),
    new Builder('curly')
      .quote('We will win.', { name: 'Jane Doe' })
      .add(' Jane Doe said.')
      .done('speaker-names'),
  )
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    let phrase: Phrase
    const roll = rng.next()
    if (roll < 0.12) phrase = organizationPhrase(rng)
    else if (roll < 0.27) {
      // Full name first, then the surname (with a modifier or a courtesy title): the canonical
      // name is the fullest form, so the speaker is the full name.
      const person = rng.pick(people)
      b.add(
        `${person.full} ${rng.pick(['arrived at noon.', 'left the party in May.', 'runs the clinic.'])} `,
      )
      const courtesy = person.gender === 'female' ? 'Ms.' : person.gender === 'male' ? 'Mr.' : ''
      const modifier = rng.pick(nameModifiers)
      const text = rng.pick([
        person.surname,
        `${article(modifier)} ${modifier} ${person.surname}`,
        courtesy ? `${courtesy} ${person.surname}` : person.surname,
      ])
      phrase = {
        text,
        speaker: { name: person.full },
        gender: person.gender,
        invertible: true,
        kind: 'person',
      }
    } else if (roll < 0.4) {
      // A courtesy title and surname alone: the surname is all the text gives.
      const person = rng.pick(people.filter((p) => p.gender !== 'unknown'))
      const title = person.gender === 'female' ? 'Ms.' : 'Mr.'
      phrase = {
        text: `${title} ${person.surname}`,
        speaker: { name: person.surname },
        gender: person.gender,
        invertible: true,
        kind: 'person',
      }
    } else if (roll < 0.48) {
      // `Prof. Jane Doe of the Coalition for Fair Housing`: someone of a body, not the body;
      // `Speaker of the House Jane Doe`: a title whose complement opens with `the`.
      const person = rng.pick(people)
      const title = rng.chance(0.5) ? `${rng.pick(['Dr.', 'Prof.', 'Rev.'])} ` : ''
      if (rng.chance(0.3)) {
        // `“…,” said director of operations Jane Doe`: after an inverted cue, a role and its
        // complement in lower case belong to the name after them.
        const role = rng.pick(['director of operations', 'head of security', 'chair of finance'])
        b.quote(bodyBefore(rng, true), { name: person.full })
        b.add(` ${rng.pick(['said', 'added', 'explained'])} ${role} ${person.full}.`)
        cases.push(b.done('speaker-names'))
        continue
      }
      const titled = rng.pick([
        'Speaker of the House',
        'Secretary of the Navy',
        'Secretary of the Army',
        'Member for Ripon',
        'County Executive Committee Member for Trade Dr',
      ])
      phrase = {
        text: rng.chance(0.7)
          ? `${title}${person.full} of ${rng.pick(organizations).written}`
          : `${titled} ${person.full}`,
        speaker: { name: person.full },
        gender: person.gender,
        invertible: true,
        kind: 'person',
      }
    } else phrase = personPhrase(rng)
    simpleAttribution(b, rng, phrase, rng.pick(plainCues))
    cases.push(b.done('speaker-names'))
  }
  return cases
}

/** Descriptions that name no one: determiner, modifiers, known and unknown heads. */
const descriptionsFamily: Family = (rng, count) => {
  const cases: Case[] = [
    new Builder('curly')
      .quote('The government has lost its way,', {
        mention: 'the influential daily',
        head: 'daily',
        kind: 'anonymous',
      })
      .add(' the influential daily wrote.')
      .done('descriptions'),
  ]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const phrase = rng.chance(0.8) ? descriptionPhrase(rng) : ownedPhrase(rng)
    simpleAttribution(b, rng, phrase, rng.pick([...plainCues, 'wrote']))
    cases.push(b.done('descriptions'))
  }
  return cases
}

/** Nouns for someone in no list of the library's, each by its ending. */
const ownedNouns = ['introducer', 'longtime fixer', 'speechwriter', 'former driver', 'trainer']

/** A phrase opened by its owner, as by an article: `Jane Doe’s introducer`, `his fixer`. */
function ownedPhrase(rng: Random): Phrase {
  const noun = rng.pick(ownedNouns)
  const owner = rng.chance(0.6) ? `${rng.pick(people).full}’s` : rng.pick(['his', 'her', 'their'])
  // `the town’s only pharmacist`: an ordinal or `only` may stand between owner and noun.
  const order = rng.chance(0.25) ? `${rng.pick(['only', 'first', 'last'])} ` : ''
  const text = `${owner} ${order}${noun}`
  return {
    text,
    speaker: { mention: text, head: noun.split(' ').at(-1) as string, kind: 'anonymous' },
    gender: 'unknown',
    invertible: true,
    kind: 'description',
  }
}

/** An apposition after a name: age, role, relative clause; by commas, parentheses or dashes. */
function apposition(rng: Random, final: boolean): string {
  const shape = rng.int(7)
  const close = final ? '' : ','
  // `Jane Doe, Republican of Idaho,`: a party and the state a member serves.
  if (shape === 6) {
    const party = `${rng.pick(['Republican', 'Democrat'])} of ${rng.pick(['Idaho', 'New Mexico', 'Ohio'])}`
    return final || rng.chance(0.5) ? `, ${party}${close}` : `, ${party}, ${rng.pick(relatives)},`
  }
  if (shape === 0) return `, ${rng.pick(ages)}${close}`
  if (shape === 1) return `, ${rng.pick(roles)}${close}`
  if (shape === 2) return `, ${rng.pick(ages)}, ${rng.pick(roles)}${close}`
  if (shape === 3) return `, ${rng.pick(relatives)}${close}`
  if (shape === 4) return ` (${rng.pick(roles)})`
  return final ? ` — ${rng.pick(roles)}` : ` — ${rng.pick(roles)} —`
}

/** Appositions belong to the phrase: the name, not the role, is the speaker. */
const appositions: Family = (rng, count) => {
  const cases: Case[] = [
    new Builder('curly')
      .add('Jane Doe, 54, a retired teacher from Ohio, told reporters: ')
      .quote('We asked for help and got a form letter.', { name: 'Jane Doe' })
      .done('appositions'),
  ]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const phrase = personPhrase(rng, person)
    if (phrase.text.startsWith('a ') || phrase.text.startsWith('an ')) continue
    const cue = rng.pick(['said', 'told reporters', 'added', 'wrote'])
    const order = rng.int(4)
    if (order === 0) {
      b.add(`${phrase.text}${apposition(rng, false)} ${cue}: `).quote(
        bodyAfter(rng),
        phrase.speaker,
      )
    } else if (order === 1) {
      b.quote(bodyBefore(rng, true), phrase.speaker).add(
        ` said ${phrase.text}${apposition(rng, true)}.`,
      )
    } else if (order === 2) {
      b.quote(bodyBefore(rng), phrase.speaker).add(
        ` ${phrase.text}${apposition(rng, false)} ${cue}.`,
      )
    } else {
      // The role first, the name set off after it: the name is who the role is, the dead too
      // (`Her editor, the late Gordon Roe,`).
      const late = rng.chance(0.3) ? 'the late ' : ''
      b.add(`${cap(rng.pick(roles))}, ${late}${person.full}, ${cue}: `).quote(bodyAfter(rng), {
        name: person.full,
      })
    }
    cases.push(b.done('appositions'))
  }
  return cases
}

/** Fragments for cues that take an object (`described it as “…”`). */
const fragments = [
  'a slow-motion disaster',
  'reckless and cruel',
  'the best deal we could get',
  'a betrayal of the workers',
  'long overdue',
]

/** Particles the lexicon's bare verbs take in news (`pointed out`, `fired back`). */
const particles: Record<string, string> = {
  point: 'out',
  lash: 'out',
  shoot: 'back',
  fire: 'back',
  speak: 'up',
  talk: 'back',
}

/** A frame for a cue that does not invert: the text around the quote, and what it quotes. */
interface ObjectFrame {
  before: (speaker: string) => string
  after: string
  /** `sentence` for a full quote (`told the volunteers: “…”`), else fragments to pick from. */
  quotes: 'sentence' | readonly string[]
}

const faults = ['playing political games', 'stalling for months', 'a lack of staff']
const images = ['a slow-motion disaster', 'a house of cards', 'a leaky bucket']

/** Frames for cues that do not invert, by what they take: an object with `as`, a hearer … */
function objectFrame(cue: Cue): ObjectFrame | null {
  const frame = (
    before: (x: string) => string,
    quotes: ObjectFrame['quotes'] = fragments,
    after = '',
  ): ObjectFrame => ({ before, after, quotes })
  const asObject = new Set(
    'describe denounce dismiss downplay blast slam criticize criticise praise hail tout condemn decry mock deride ridicule applaud laud attack assail lambaste characterize characterise'.split(
      ' ',
    ),
  )
  const naming = new Set('call dub label brand term pronounce'.split(' '))
  const hearer = new Set(
    'tell assure reassure remind inform exhort thank scold rebuke chide tease'.split(' '),
  )
  if (asObject.has(cue.base)) return frame((x) => `${x} ${cue.past} the plan as `)
  if (naming.has(cue.base)) return frame((x) => `${x} ${cue.past} the plan `)
  if (hearer.has(cue.base)) return frame((x) => `${x} ${cue.past} the volunteers: `, 'sentence')
  const others: Record<string, ObjectFrame> = {
    accuse: frame((x) => `${x} accused the council of `, faults),
    liken: frame((x) => `${x} likened the plan to `, images),
    compare: frame((x) => `${x} compared the plan to `, images),
    blame: frame((x) => `${x} blamed the delay on `, faults),
    credit: frame(
      (x) => `${x} credited the turnaround to `,
      ['a lot of hard work', 'the volunteers'],
    ),
    coin: frame((x) => `${x} coined the phrase `, images),
    cite: frame((x) => `${x} cited `, faults, ' as the main reason'),
    reference: frame((x) => `${x} referenced `, images, ' twice in the speech'),
    refer: frame((x) => `${x} referred to the plan as `),
    bemoan: frame((x) => `${x} bemoaned `, faults, ' in the budget talks'),
    talk: frame((x) => `${x} talked to reporters: `, 'sentence'),
    speak: frame((x) => `${x} spoke to reporters: `, 'sentence'),
  }
  return others[cue.base] ?? null
}

/** Every cue in the library's lexicon, after and before the quote, in the frames it takes. */
const cueLexicon: Family = (rng) => {
  const cases: Case[] = []
  for (const cue of lexiconCues()) {
    for (let round = 0; round < 2; round++) {
      const b = new Builder(styleOf(rng))
      const phrase = rng.chance(0.8) ? personPhrase(rng) : organizationPhrase(rng)
      const frame = objectFrame(cue)
      const particle = particles[cue.base]
      const verb = particle ? `${cue.past} ${particle}` : cue.past
      const question = cue.base === 'ask' || cue.base === 'wonder'
      const body = question ? rng.pick(questions) : rng.pick(quoteBodies)
      if (frame && !cue.inverts) {
        const said = frame.quotes === 'sentence' ? body : rng.pick(frame.quotes)
        b.add(frame.before(cap(phrase.text)))
        if (frame.after) b.quote(said, phrase.speaker).add(`${frame.after}.`)
        else b.quote(`${said}.`, phrase.speaker)
      } else if (round === 0) {
        const mark = question ? '?' : ','
        if (cue.inverts && !particle && rng.chance(0.5)) {
          b.quote(`${body}${mark}`, phrase.speaker).add(` ${verb} ${phrase.text}.`)
        } else b.quote(`${body}${mark}`, phrase.speaker).add(` ${phrase.text} ${verb}.`)
      } else {
        b.add(`${cap(phrase.text)} ${verb}: `).quote(
          `${body}${question ? '?' : '.'}`,
          phrase.speaker,
        )
      }
      cases.push(b.done('cue-lexicon'))
    }
  }
  // `as X put it`, the lexicon's phrase.
  for (let i = 0; i < 10; i++) {
    const phrase = personPhrase(rng)
    cases.push(
      new Builder(styleOf(rng))
        .add(`As ${phrase.text} put it, `)
        .quote(`${rng.pick(quoteBodies)}.`, phrase.speaker)
        .done('cue-lexicon'),
    )
  }
  return cases
}

/** Multi-word cues, adverbials after the cue, trailing clauses before the sentence's end. */
const cueGroups: Family = (rng, count) => {
  const cases: Case[] = [
    new Builder('straight')
      .quote('Why was that money sitting in the bank?', { name: 'Clyburn' })
      .add(' Mr. Clyburn said, echoing many Democrats.')
      .done('cue-groups'),
    new Builder('curly')
      .add('Jane Doe blurted out, ')
      .quote('This is a good day for the city!', { name: 'Jane Doe' })
      .done('cue-groups'),
    new Builder('curly')
      .add('Jane Doe recalled in an interview with a local radio station, ')
      .quote('Nobody told us anything until the water was already in the street.', {
        name: 'Jane Doe',
      })
      .done('cue-groups'),
  ]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const phrase = anyPhrase(rng, true)
    const multi = rng.chance(0.5)
    const verb = multi
      ? rng.pick(multiWordCues).before
      : rng.pick(['said', 'recalled', 'added', 'wrote', 'warned', 'told reporters', 'replied'])
    const adverbial = rng.chance(0.6) ? ` ${rng.pick(adverbials)}` : ''
    const trailing = adverbial === '' || rng.chance(0.5) ? `, ${rng.pick(trailingClauses)}` : ''
    const order = rng.int(3)
    if (order === 0) {
      b.quote(bodyBefore(rng), phrase.speaker).add(
        ` ${phrase.text} ${verb}${adverbial}${trailing}.`,
      )
    } else if (order === 1 && !multi && verb !== 'told reporters') {
      b.quote(bodyBefore(rng, true), phrase.speaker).add(
        ` ${verb} ${phrase.text}${adverbial}${trailing}.`,
      )
    } else {
      const joint = rng.pick([',', ':'])
      b.add(`${cap(phrase.text)} ${verb}${adverbial}${joint} `).quote(
        bodyAfter(rng),
        phrase.speaker,
      )
    }
    cases.push(b.done('cue-groups'))
  }
  return cases
}

/** Positions (before, after, around, inside a sentence), closing punctuation and joints. */
const positions: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const phrase = anyPhrase(rng, true)
    const cue = rng.pick(plainCues)
    const shape = rng.int(13)
    if (shape === 0) {
      b.quote(bodyBefore(rng), phrase.speaker).add(` ${phrase.text} ${cue}.`)
    } else if (shape === 12) {
      // A statement or a message a verb puts out, then a comma and the quote.
      const verb = rng.pick(['issued', 'released', 'posted', 'put out'])
      const noun = rng.pick(['a statement', 'a message', 'a short statement'])
      const when = rng.pick(['', ' on Monday', ' late Tuesday'])
      b.add(`${cap(phrase.text)} ${verb} ${noun}${when}, `).quote(bodyAfter(rng), phrase.speaker)
    } else if (shape === 10) {
      // A question, then a sentence of the speaker and a verb no lexicon lists.
      const verb = rng.pick(['pressed', 'persisted', 'wondered', 'demanded', 'pleaded'])
      const name = rng.pick(people)
      b.quote(closed(rng.pick(questions), '?'), { name: name.full }).add(` ${name.full} ${verb}.`)
    } else if (shape === 11) {
      // An inverted cue and its speaker set off by commas inside the sentence.
      const subject = rng.pick(['The plan', 'The schedule', 'Her answer'])
      const invert = phrase.invertible
      b.add(`${subject}, ${invert ? `${cue} ${phrase.text}` : `${phrase.text} ${cue}`}, `)
      b.quote(`${rng.pick(['was set long ago', 'will not change', 'is final'])}.`, phrase.speaker)
    } else if (shape === 9) {
      // A passive whose agent follows the quote it characterizes: after a form of `be`, or
      // set off in an aside with `as`.
      const participle = rng.pick(['labeled as', 'described as', 'dismissed as', 'seen as'])
      const aside = rng.chance(0.5)
      const thing = rng.pick(['the plan', 'the inquiry', 'her remark', 'the bill'])
      const fragment = rng.pick(fragments)
      if (aside) {
        b.add(`${cap(thing)}, ${rng.pick(['', 'often ', 'widely '])}${participle} `)
        b.quote(fragment, phrase.speaker).add(
          ` by ${phrase.text}, ${rng.pick(['passed', 'stalled'])}.`,
        )
      } else {
        b.add(`${cap(thing)} was ${rng.pick([participle, 'called'])} `)
        b.quote(fragment, phrase.speaker).add(` by ${phrase.text} on Monday.`)
      }
    } else if (shape === 7) {
      // A fronted clause whose cue the quote closes; the main clause after it reports nothing.
      const other = rng.pick(people)
      const mark = rng.pick([',', '?', '!'])
      const body = mark === '?' ? rng.pick(questions) : rng.pick(quoteBodies)
      b.add(`${rng.pick(['When', 'After', 'Before'])} ${phrase.text} ${cue}, `)
      b.quote(closed(body, mark), phrase.speaker)
      b.add(` ${other.full} ${rng.pick(['smiled', 'nodded', 'shrugged', 'looked away'])}.`)
    } else if (shape === 8) {
      // A cue that introduces the quote, then the outlet that carried it.
      b.add(`${cap(phrase.text)} ${cue}: `).quote(bodyBefore(rng, true), phrase.speaker)
      b.add(` ${rng.pick(['the Harbor Gazette', 'local media', 'the Daily Planet'])} reported.`)
    } else if (shape === 1) {
      // The joint: colon, comma or nothing.
      const joint = rng.pick([':', ',', ''])
      b.add(`${cap(phrase.text)} ${cue}${joint} `).quote(bodyAfter(rng), phrase.speaker)
    } else if (shape === 2) {
      // Around: one sentence split by its attribution.
      b.quote(`${rng.pick(quoteBodies)},`, phrase.speaker)
        .add(` ${phrase.text} ${cue}, `)
        .quote(`${rng.pick(quoteTails).toLowerCase()}.`, phrase.speaker)
    } else if (shape === 3) {
      // Around: two sentences, the second quote after the attribution's full stop.
      const invert = phrase.invertible && rng.chance(0.5)
      b.quote(bodyBefore(rng, invert), phrase.speaker)
        .add(` ${invert ? `${cue} ${phrase.text}` : `${phrase.text} ${cue}`}. `)
        .quote(`${rng.pick(quoteTails)}.`, phrase.speaker)
    } else if (shape === 4) {
      // Inside a sentence: a fragment after `that` or a plain object.
      const link = rng.pick(['said the plan was', 'said that the plan was', 'called the plan'])
      b.add(`${cap(phrase.text)} ${link} `).quote(`${rng.pick(fragments)}.`, phrase.speaker)
    } else if (shape === 5) {
      // A dash joint after the quote.
      b.quote(`${rng.pick(quoteBodies)}.`, phrase.speaker).add(` — ${phrase.text}`)
    } else {
      // A quoted subject inside the reported clause, no joint before it.
      const remedy = rng.pick(['a clean break', 'a fresh start', 'a new vote'])
      b.add(`${cap(phrase.text)} ${cue} `).quote(remedy, phrase.speaker)
      b.add(' was the only way forward.')
    }
    cases.push(b.done('positions'))
  }
  return cases
}

/** Headlines (`X says ‘…’`, `X: ‘…’`) and Title Case subheads followed by their transcript. */
const headlines: Family = (rng, count) => {
  // Issue 10's row: a Title Case subhead that names the speaker, then the transcript.
  const subhead = new Builder('curly')
    .add('Jane Doe spoke to the council for an hour on Monday.\nDoe Said ')
    .quote('We Will Win', { name: 'Jane Doe' })
    .add('\n')
    .quote('We will win. And the people here know that.', { name: 'Jane Doe' })
  const cases: Case[] = [subhead.done('headlines')]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const speaker = { name: person.full }
    const body = rng.pick(quoteBodies)
    const shape = rng.int(9)
    if (shape === 8) {
      // `Islanders ‘abandoned’ as ferries fail`, `Judge says writer ‘sat on his rights’`: a
      // headline quotes words its story quotes, and the story says whose they are.
      const words = rng.pick([
        'abandoned',
        'sat on his rights',
        'a box-ticking exercise',
        'reckless',
      ])
      const opener = rng.pick([
        `${rng.pick(['Islanders', 'Parents', 'Growers'])} `,
        `${rng.pick(['Judge', 'Minister', 'Coach'])} says plan was `,
        `${rng.pick(['Council', 'Club', 'Board'])} decision `,
      ])
      b.add(opener).quote(words, speaker, true)
      b.add(` ${rng.pick(['as ferries fail', 'after ruling', 'over closures'])}
`)
      b.add(`${rng.pick(['The decision came on Monday.', 'Services stopped for five days.'])}
`)
      const title = rng.pick(['', 'Councillor ', 'Justice ', 'Dr. '])
      b.add(
        `${title}${person.full} ${rng.pick(['said the plan was', 'called it', 'said people felt'])} `,
      )
      b.quote(
        `${words} ${rng.pick(['by the government', 'from the start', 'and unlawful'])}`,
        speaker,
      )
      b.add('.')
      cases.push(b.done('headlines'))
      continue
    }
    if (shape === 6) {
      // `Foreign minister: NATO will act ‘if they cross the line’`: a role for one person and a
      // colon open the headline; the story under it names who holds the role.
      const title = rng.pick(['Foreign minister', 'Health minister', 'Union leader', 'Mayor'])
      b.add(`${title}: ${rng.pick(['NATO', 'Plant', 'City'])} will act `)
        .quote(body, speaker, true)
        .add('\n')
      b.add(`${title} ${person.full} ${rng.pick(['spoke on Monday.', 'met reporters.'])}`)
      cases.push(b.done('headlines'))
      continue
    }
    if (shape === 7) {
      // `Mayor accused of ‘cheerleading’ for developers`: a verb of judging before `of` or `for`
      // is a passive; the one judged does not speak.
      const verb = rng.pick(['accused of', 'slammed for', 'criticised for', 'praised for'])
      b.add(`${rng.pick(['Mayor', 'Minister', 'Coach'])} ${verb} `).quote(body, null, true)
      b.add(` ${rng.pick(['as rents rise', 'after defeat', 'over plan'])}\n`)
      b.add(`${person.full} ${rng.pick(['spoke on Monday.', 'met reporters.'])}`)
      cases.push(b.done('headlines'))
      continue
    }
    if (shape === 5) {
      // `Plant to close as mayor says ‘…’`: a bare role in the headline is the one person the
      // story under it gives that role.
      const role = rng.pick(['mayor', 'chief', 'union leader', 'coach', 'minister'])
      const title = {
        mayor: 'Mayor',
        chief: 'chief executive',
        'union leader': 'union leader',
        coach: 'coach',
        minister: 'Minister',
      }[role] as string
      b.add(
        `${rng.pick(['Plant to close', 'Talks collapse', 'Budget passes'])} as ${role} ${rng.pick(['says', 'warns'])} `,
      )
      b.quote(body, speaker, true).add('\n')
      b.add(`${cap(title)} ${person.full} ${rng.pick(['spoke on Monday.', 'met reporters.'])} `)
      b.quote(`${body},`, speaker).add(` ${person.surname} said.`)
    } else if (shape === 4) {
      // `“…”: Doe rips rivals after loss`: the quote, a colon, and a clause about its speaker;
      // a clause about someone not named leaves the quote to no one.
      const named = rng.chance(0.7)
      const modifier = rng.pick(['', 'Coach ', 'Senator '])
      b.quote(body, named ? speaker : null, true).add(': ')
      b.add(
        named
          ? `${modifier}${person.surname} ${rng.pick(['rips', 'slams', 'defends', 'digs in on'])} ${rng.pick(['rivals after loss', 'plan as critics circle', 'record on flooding'])}
`
          : `${rng.pick(['Driver jailed', 'Teen hailed', 'Nurse praised'])} after ${rng.pick(['crash', 'rescue', 'storm'])}
`,
      )
      // When the story quotes the same words, they are its speaker's (see shape 8); the
      // story here quotes others.
      const said = named ? body : rng.pick(quoteBodies.filter((other) => other !== body))
      b.add(`${person.full} spoke on Monday. `)
        .quote(`${said},`, speaker)
        .add(` ${person.surname} said.`)
    } else if (shape === 3) {
      // The quote first, the name and its capitalized cue closing the heading.
      b.quote(`${titleCase(body)},`, speaker, true).add(` ${titleCase(person.full)} Says\n`)
      b.add(`${rng.pick(leadSentences)} `)
        .quote(`${body},`, speaker)
        .add(` ${person.surname} said.`)
    } else if (shape === 0) {
      b.add(`${titleCase(person.full)} Says `).quote(titleCase(body), speaker, true)
      b.add(` ${rng.pick(['as Talks Resume', 'After Vote', 'on Flood Relief'])}\n`)
      b.add(`${rng.pick(leadSentences)} `)
      b.quote(`${body},`, speaker).add(` ${person.surname} said.`)
    } else if (shape === 1) {
      b.add(`${cap(person.surname)}: `).quote(titleCase(body), { name: person.full }, true)
      const lead = rng.int(3)
      if (lead === 0) {
        b.add(`\n${person.full} spoke for an hour. `)
        b.quote(`${body}. ${rng.pick(quoteTails)}.`, speaker)
      } else if (lead === 1) {
        b.add(`\n${rng.pick(leadSentences)} `).quote(`${body},`, speaker)
        b.add(` ${person.full} said.`)
      } else {
        b.add(`\nIn a speech on Monday, ${person.full} said: `).quote(`${body}.`, speaker)
      }
    } else {
      // A subhead in Title Case announces the transcript that follows it; the subhead names
      // the speaker in full, or by surname after a lead that named them in full.
      const named = rng.chance(0.5)
      b.add(
        named
          ? `${person.full} sat before the committee for three hours on Tuesday.\n`
          : `${rng.pick(leadSentences)}\n`,
      )
      b.add(`${titleCase(named ? person.surname : person.full)} Said `)
      b.quote(titleCase(body), speaker)
      b.add('\n').quote(`${body}. ${rng.pick(quoteTails)}.`, speaker)
    }
    cases.push(b.done('headlines'))
  }
  return cases
}

/** Cue groups that end a sentence without a quote, for continuation. */
const standaloneCues = [
  'chimed in',
  'weighed in',
  'fired back',
  'spoke up',
  'said in a statement',
  'told reporters',
  'responded',
  'objected',
  'disagreed',
]

/** Clauses reported before `said X` (`The plan could pass, said Jane Doe`). */
const reported = [
  'The plan could pass',
  'The council had no choice',
  'Talks would resume in May',
  'The fee was never meant to last',
]

/** A quote right after a sentence that names a speaker with a cue and has no quote. */
const continuation: Family = (rng, count) => {
  const cases: Case[] = [
    new Builder('curly')
      .add('Jane Doe chimed in. ')
      .quote('We are not going anywhere.', { name: 'Jane Doe' })
      .done('continuation'),
    new Builder('curly')
      .add('The plan could pass, said Jane Doe, who chairs the committee. ')
      .quote('The numbers simply do not add up.', { name: 'Jane Doe' })
      .done('continuation'),
  ]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const phrase = anyPhrase(rng, true)
    const gap = rng.chance(0.25) ? '\n' : ' '
    const shape = rng.int(8)
    if (shape === 0) {
      const adverbial = rng.chance(0.4) ? ` ${rng.pick(adverbials)}` : ''
      b.add(`${cap(phrase.text)} ${rng.pick(standaloneCues)}${adverbial}.${gap}`)
    } else if (shape === 7) {
      // `“…,” Doe said, and Roe chimed in. “…”`: the clause joined after the quote's own
      // attribution hands its speaker to the next sentence.
      const other = rng.pick(people)
      b.quote(bodyBefore(rng), { name: other.full })
      b.add(` ${other.full} said, and ${phrase.text} ${rng.pick(standaloneCues)}. `)
    } else if (shape === 5) {
      // A verb with other senses than speech hands over when a name is its subject.
      const person = rng.pick(people)
      const verb = rng.pick(['announced', 'confirmed', 'denied', 'acknowledged', 'repeated'])
      b.add(`${person.full} ${verb} ${rng.pick(['the decision', 'the report', 'the plan'])}`)
      // A participle cue after the clause reports its subject too.
      if (rng.chance(0.3)) b.add(`, ${rng.pick(['saying', 'arguing', 'noting'])} it was overdue`)
      b.add(`${rng.chance(0.5) ? ` ${rng.pick(adverbials)}` : ''}.${gap}`)
      b.quote(`${rng.pick(quoteTails)}.`, { name: person.full })
      cases.push(b.done('continuation'))
      continue
    } else if (shape === 6) {
      // `Said Jane Doe, …, “…”`: a cue opening its sentence, its speaker after it.
      const aside = phrase.kind === 'person' && rng.chance(0.5) ? `, ${rng.pick(relatives)}` : ''
      b.add(`${rng.pick(reported)}, officials said.${gap}`)
      b.add(
        `${rng.pick(['Said', 'Added', 'Noted'])} ${phrase.text}${aside}${rng.pick([',', ':'])} `,
      )
    } else if (shape === 1) {
      // A relative clause suits people; organizations and descriptions go without.
      const aside = phrase.kind === 'person' && rng.chance(0.5) ? `, ${rng.pick(relatives)}` : ''
      b.add(`${rng.pick(reported)}, said ${phrase.text}${aside}.${gap}`)
    } else if (shape === 2) {
      b.add(`${cap(phrase.text)} said ${rng.pick(reported).toLowerCase()}.${gap}`)
    } else {
      b.quote(bodyBefore(rng), phrase.speaker).add(` ${phrase.text} ${rng.pick(plainCues)}.${gap}`)
    }
    b.quote(`${rng.pick(quoteTails)}.`, phrase.speaker)
    cases.push(b.done('continuation'))
  }
  return cases
}

/** Sentences that bring on a group of people, none named. */
const groupLeads = [
  'Residents were divided.',
  'Hundreds of people gathered outside the courthouse.',
  'Workers leaving the plant were blunt.',
  'Shoppers at the market shrugged.',
  'Several council members spoke after the vote.',
]

/** Sources introduced with an article and taken up again with `the`. */
const introducedSources = [
  { introduced: 'a senior official', again: 'the official' },
  { introduced: 'a woman in the crowd', again: 'the woman' },
  { introduced: 'a local fisherman', again: 'the fisherman' },
  { introduced: 'an aide to the mayor', again: 'the aide' },
]

/** `one said`, `said another`: a new unnamed speaker, not the last one named. */
const anonymousHeads: Family = (rng, count) => {
  const cases: Case[] = [
    new Builder('curly')
      .add('Residents were divided. ')
      .quote('We will win this fight,', { newAnonymous: true, notNames: [] })
      .add(' one said. ')
      .quote('The rest is up to them.', { newAnonymous: true, notNames: [], sameAs: 0 })
      .done('anonymous-heads'),
    new Builder('curly')
      .add('Residents were divided. ')
      .quote('It is too early to say,', { newAnonymous: true, notNames: [] })
      .add(' said another.')
      .done('anonymous-heads'),
  ]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    if (rng.chance(0.2)) {
      // `“…,” said a senior official. “…,” the official added`: the same source taken up.
      const source = rng.pick(introducedSources)
      const at = b.next
      b.quote(bodyBefore(rng, true), { newAnonymous: true, notNames: [] })
      b.add(` said ${source.introduced}. `)
      b.quote(`${rng.pick(quoteTails)},`, { newAnonymous: true, notNames: [], sameAs: at })
      b.add(` ${source.again} ${rng.pick(['added', 'said'])}.`)
      cases.push(b.done('anonymous-heads'))
      continue
    }
    const named = rng.chance(0.6) ? personPhrase(rng, rng.pick(people), true) : null
    const notNames = named?.speaker && 'name' in named.speaker ? [named.speaker.name] : []
    // Bodies differ within a case, so quotes match their expectations by text alone.
    const bodies = new Set<string>()
    const body = (): string => {
      let next = bodyBefore(rng, true)
      while (bodies.has(next.slice(0, -1))) next = bodyBefore(rng, true)
      bodies.add(next.slice(0, -1))
      return next
    }
    // A group first, so `one` and `another` have people to be one of.
    b.add(`${rng.pick(groupLeads)} `)
    if (named) b.quote(body(), named.speaker).add(` ${named.text} said. `)
    // `another` needs someone before it; with no one named, the first voice is `one` or `some`.
    const first = rng.pick(
      pronounHeads.filter((h) => (named ? h.first !== 'never' : h.first === 'always')),
    )
    const at = b.next
    const distinct = named ? [at - 1] : []
    b.quote(body(), { newAnonymous: true, notNames, distinctFrom: distinct })
    b.add(first.inverts && rng.chance(0.5) ? ` said ${first.subject}.` : ` ${first.subject} said.`)
    const shape = rng.int(3)
    if (shape === 0) {
      // The anonymous speaker goes on.
      b.add(' ').quote(`${rng.pick(quoteTails)}.`, { newAnonymous: true, notNames, sameAs: at })
    } else if (shape === 1) {
      // And yet another one answers.
      const second = rng.pick(
        pronounHeads.filter((h) => h.first !== 'always' && (named || h.subject !== 'a third')),
      )
      b.add(' ').quote(body(), { newAnonymous: true, notNames, distinctFrom: [...distinct, at] })
      b.add(
        second.inverts && rng.chance(0.5) ? ` said ${second.subject}.` : ` ${second.subject} said.`,
      )
    }
    cases.push(b.done('anonymous-heads'))
  }
  return cases
}

/** How a person is written in a sentence: full name or courtesy title and surname. */
function written(rng: Random, person: Person): { text: string; name: string } {
  const roll = rng.next()
  if (roll < 0.3) {
    return {
      text: `${person.gender === 'female' ? 'Ms.' : 'Mr.'} ${person.surname}`,
      name: person.surname,
    }
  }
  if (roll < 0.42) {
    // `Workers Alliance of Kenya chairman Dr Tom Doe`: a body, a role, an honorific, then the
    // name. A role's `-man` tells a gender only a given name in no list leaves open, so women
    // here take roles that tell none or theirs.
    const body = rng.pick(['Union', 'Workers Alliance of Kenya', 'Parish council', 'Party'])
    const roles =
      person.gender === 'male'
        ? ['chairman', 'spokesman', 'alderman', 'secretary-general']
        : ['chairwoman', 'spokeswoman', 'chair', 'secretary-general']
    const role = rng.pick(roles)
    const honorific = rng.chance(0.5) ? 'Dr ' : ''
    return { text: `${body} ${role} ${honorific}${person.full}`, name: person.full }
  }
  return { text: person.full, name: person.full }
}

/** Sentences that put two people side by side with no speech (`A met B on Monday.`). */
const meetings: ((a: string, b: string) => string)[] = [
  (a, b) => `${a} met ${b} on Monday.`,
  (a, b) => `${a} sat next to ${b} at the hearing.`,
  (a, b) => `${a} arrived with ${b} shortly after noon.`,
  (a, b) => `${a} hired ${b} in 2019.`,
  (a, b) => `${a} had campaigned with ${b} for months.`,
  (a, b) => `${a} replaced ${b} as treasurer.`,
]

/** Pronouns with another person named in between: gender decides. */
const pronouns: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const woman = rng.pick(gendered('female'))
    const man = rng.pick(gendered('male'))
    const [first, second] = rng.chance(0.5) ? [woman, man] : [man, woman]
    const a = written(rng, first)
    const c = written(rng, second)
    const target = rng.chance(0.5) ? first : second
    const name = target === first ? a.name : c.name
    const pronoun = target.gender === 'female' ? 'she' : 'he'
    const lead = rng.int(10)
    if (lead < 6) b.add(`${rng.pick(meetings)(a.text, c.text)} `)
    else if (lead < 9) b.add(`${a.text} arrived first. ${c.text} came an hour later. `)
    else {
      // A bare plural after a verb is the verb's object, not a phrase reaching back over it.
      const met = rng.pick(['met donors', 'will meet voters', 'has thanked volunteers'])
      b.add(`${a.text} ${met} in the morning. ${c.text} joined later. `)
    }
    const shape = rng.int(7)
    if (shape === 6) {
      // `“…?” one reporter asked. ¶ “…,” she said`: the answer is not the asker's, even when
      // the asker (a description of no known gender) would agree with the pronoun.
      b.add(`${target === first ? a.text : c.text} took questions.\n\n`)
      b.quote(`${rng.pick(['Did you expect this', 'What happens now', 'Will you run again'])}?`, {
        mention: 'one reporter',
        head: 'reporter',
      })
      b.add(' one reporter asked.\n\n')
      // An answer, not a question back (which may be the asker's again).
      b.quote(`${rng.pick(quoteBodies)},`, { name }).add(` ${pronoun} said.`)
      cases.push(b.done('pronouns'))
      continue
    }
    if (shape === 0)
      b.quote(bodyBefore(rng, true), { name }).add(` ${pronoun} ${rng.pick(plainCues)}.`)
    else if (shape === 1) b.add(`${cap(pronoun)} said: `).quote(bodyAfter(rng), { name })
    else if (shape === 2) {
      const object = pronoun === 'she' ? 'her' : 'him'
      b.add(`According to ${object}, the talks were `).quote('productive.', { name })
    } else if (shape === 3) {
      // ANNOTATION.md: `He also spoke with … Mark Rutte, noting that “much can change”`.
      const other = target === first ? c.text : a.text
      b.add(`${cap(pronoun)} also spoke with ${other}, noting that `)
      b.quote('much can change.', { name })
    } else {
      const trailing = rng.pick(trailingClauses.filter((t) => !t.startsWith('adding')))
      b.quote(`${rng.pick(quoteBodies)},`, { name }).add(` ${pronoun} added, ${trailing}.`)
    }
    cases.push(b.done('pronouns'))
  }
  return cases
}

/** Sentences before the quote, some naming other people who do not speak. */
const leading: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const phrase = anyPhrase(rng, true)
    const other = rng.pick(people)
    if (phrase.speaker && 'name' in phrase.speaker && phrase.speaker.name === other.full) continue
    const lead = rng.pick([
      rng.pick(leadSentences),
      `${other.full} watched from the gallery.`,
      `${rng.pick(leadSentences)} ${other.full} did not attend.`,
      `The report by ${other.full} was published in May.`,
    ])
    b.add(`${lead}${rng.chance(0.3) ? '\n' : ' '}`)
    simpleAttribution(b, rng, phrase, rng.pick(plainCues))
    cases.push(b.done('leading-sentences'))
  }
  return cases
}

/** Scare quotes, titles of works and unattributed quotes: nobody speaks. */
const nullQuotes: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const work = rng.pick(workTitles)
    const shape = rng.int(9)
    if (shape === 8) {
      // `Jane Doe, known to fans as “the Wall,”`: the name someone goes by is nobody's words.
      const known = rng.pick(['known to fans as', 'better known as', 'nicknamed', 'known as'])
      b.add(`${person.full}, ${known} `)
      b.quote(`${rng.pick(['the Wall', 'Lightning', 'the Professor', 'Mama Rain'])},`, null)
      b.add(` ${rng.pick(['retired on Saturday', 'won again', 'left the club'])}.`)
    } else if (shape === 7) {
      // `they` after things alone (plurals, papers, a capital opening a sentence): no one.
      const things = rng.pick(['Prices rose again.', 'The documents show the plan failed.'])
      b.add(`${rng.pick(['The talks collapsed.', things])} `)
      b.quote(`${rng.pick(quoteTails)},`, null).add(` they ${rng.pick(plainCues)}.`)
    } else if (shape === 6) {
      // An idiom's `they` is people at large.
      b.add(`${person.full} ${rng.pick(['was late again.', 'lost the vote.'])} As they say, `)
      b.quote(rng.pick(['better late than never.', 'it ain’t over till it’s over.']), null)
    } else if (shape === 0) {
      const [before, word, after] = rng.pick(scareQuotes)
      b.add(before).quote(word, null).add(after)
    } else if (shape === 1) {
      b.add(`${person.full} watched `).quote(work.title, null).add(' again on Sunday.')
    } else if (shape === 2) {
      b.add(`The ${work.kind} `).quote(work.title, null).add(' opens in May.')
    } else if (shape === 3) {
      b.add(`${person.full}’s new ${work.kind}, `).quote(`${work.title},`, null).add(' sold out.')
    } else if (shape === 4) {
      // A title inside reported speech is still nobody's words.
      b.add(`${person.full} said the ${work.kind} `).quote(work.title, null)
      b.add(' had changed how the town saw the river.')
    } else {
      b.add(`${rng.pick(leadSentences)} `).quote(`${rng.pick(quoteBodies)}.`, null)
    }
    cases.push(b.done('null-quotes'))
  }
  return cases
}

/** Roles a person holds, as a noun, with the title an abbreviation may write it as. */
const heldRoles: readonly { role: string; title?: string }[] = [
  { role: 'senator', title: 'Sen.' },
  { role: 'governor', title: 'Gov.' },
  { role: 'general', title: 'Gen.' },
  { role: 'professor', title: 'Prof.' },
  { role: 'mayor' },
  { role: 'teacher' },
  { role: 'economist' },
  { role: 'nurse' },
  { role: 'architect' },
  { role: 'pastor' },
]

/**
 * A role tied to a name (set off after it, before it, or as an abbreviated title), then a quote
 * by `the <role>` or a pronoun: the person. A role nobody in the text holds stays a
 * description; the owner of a sentence's opening phrase is there for a later pronoun.
 */
const roleReferences: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const { role, title } = rng.pick(heldRoles)
    const adjective = rng.pick(['', 'retired ', 'longtime ', 'local '])
    const shape = rng.int(title ? 9 : 8)
    const lead = rng.pick([' spoke first.', ' arrived late.', ' opened the meeting.'])
    if (rng.chance(0.1)) {
      // `New Zealand’s Justice Minister … Australia’s Home Affairs Minister`: a role's word after
      // a portfolio is no surname the two could share.
      const [home, away] = rng.chance(0.5) ? ['Justice', 'Home Affairs'] : ['Finance', 'Defence']
      b.add(`New Zealand’s ${home} Minister has launched an attack, accusing Canberra of `)
      b.quote('exporting a problem', {
        mention: `New Zealand’s ${home} Minister`,
        head: 'minister',
      })
      b.add(`. A spokesperson for Australia’s ${away} Minister said the policy was `)
      b.quote('firm', { mention: 'a spokesperson', head: 'spokesperson' }).add('.')
      cases.push(b.done('role-references'))
      continue
    }
    let speaker: ExpectedSpeaker = { name: person.full }
    if (shape === 4) {
      // `The plumber shrugged. “…,” he said`: the described person is who the pronoun is.
      const noun = rng.pick(plainPeople)
      const pronoun = rng.pick(['he', 'she'])
      b.add(`The ${noun} ${rng.pick(['shrugged.', 'paused.', 'looked up.'])} `)
      const head = noun.split(' ').at(-1) as string
      b.quote(bodyBefore(rng, true), { mention: noun, head }).add(` ${pronoun} said.`)
      cases.push(b.done('role-references'))
      continue
    }
    if (shape === 8 || (shape === 7 && !title)) {
      // `Zoomr, the startup that …, said … “…,” the company said`: a name set beside a noun for
      // a body is a body's, and a noun that fits any body is the body named last.
      const brand = rng.pick(['Zoomr', 'Veltrix', 'Lumeo', 'Corvana', 'Brightwave'])
      const noun = rng.pick(['startup', 'company', 'firm', 'group'])
      const aside = rng.chance(0.5)
        ? ` that ${rng.pick(['launched in 2019', 'employs 300 people'])}`
        : ''
      const org = rng.pick(organizations)
      const body = rng.chance(0.6)
        ? {
            written: `${brand}, the ${rng.pick(['Ohio-based', 'young', 'tech'])} ${noun}${aside},`,
            name: brand,
          }
        : { written: cap(org.written), name: org.name }
      b.add(
        `${body.written} ${rng.pick(['defended its record.', 'announced 40 job cuts at its plant.'])} `,
      )
      if (rng.chance(0.4)) b.add(`${person.full} was not consulted. `)
      const said = { name: body.name }
      const later = rng.pick(['company', 'group', 'firm'])
      if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), said).add(` the ${later} said.`)
      else b.add(`In a statement, the ${later} said: `).quote(bodyAfter(rng), said)
      cases.push(b.done('role-references'))
      continue
    }
    if (shape === 7 || (shape === 6 && !title)) {
      // `the youngster`, `the Swede`, `the woman`: a phrase that only says what sort of person
      // stands for the person in sight, as `he` or `she` would; unless the text brought someone
      // in by that noun (`A woman in the crowd … the woman said`).
      if (person.gender === 'unknown') continue
      const sort = rng.pick([
        person.gender === 'female' ? 'woman' : 'man',
        'youngster',
        'veteran',
        'Swede',
        'Brazilian',
      ])
      const stranger = sort === 'woman' || sort === 'man' ? rng.chance(0.3) : false
      b.add(`${person.full}${lead} `)
      if (stranger) b.add(`A ${sort} in the crowd shouted at ${person.surname}. `)
      const said = stranger ? { mention: `a ${sort} in the crowd`, head: sort } : speaker
      const cue = rng.pick(plainCues)
      if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), said).add(` the ${sort} ${cue}.`)
      else b.add(`The ${sort} ${cue}: `).quote(bodyAfter(rng), said)
      cases.push(b.done('role-references'))
      continue
    }
    if (shape === 6 || (shape === 5 && !title)) {
      // `Jane Doe, 54,` then `the 54-year-old`, past someone else named: the age is hers.
      const age = 20 + rng.int(70)
      const written = rng.pick([`, ${age},`, ` (${age})`, `, aged ${age},`])
      const other = rng.pick(people.filter((one) => one.surname !== person.surname))
      b.add(
        `${person.full}${written}${lead} ${other.full} ${rng.pick(['disagreed.', 'did not comment.'])} `,
      )
      const cue = rng.pick(plainCues)
      if (rng.chance(0.5))
        b.quote(bodyBefore(rng, true), speaker).add(` the ${age}-year-old ${cue}.`)
      else b.add(`The ${age}-year-old ${cue}: `).quote(bodyAfter(rng), speaker)
      cases.push(b.done('role-references'))
      continue
    }
    if (shape === 0) {
      // `Jane Doe, a nurse at the county clinic,`: a phrase that places the role goes with it.
      const place = rng.chance(0.4)
        ? ` ${rng.pick(['at the county clinic', 'from Ohio', 'with the agency'])}`
        : ''
      b.add(`${person.full}, ${article(adjective || role)} ${adjective}${role}${place},${lead} `)
    } else if (shape === 1) {
      // `His daughter, Donna Roe,` then `his daughter said`: a role owned by a pronoun too.
      const owner = rng.pick(['The', 'The', 'His', 'Her'])
      // `The representative in Chad, Ama Roe,`: a phrase that modifies the role goes with it.
      const modified = owner === 'The' && rng.chance(0.5) ? ` ${rng.pick(roleModifiers)}` : ''
      b.add(`${owner} ${adjective}${role}${modified}, ${person.full},${lead} `)
      if (owner !== 'The') {
        const cue = rng.pick(plainCues)
        b.quote(bodyBefore(rng, true), speaker).add(` ${owner.toLowerCase()} ${role} ${cue}.`)
        cases.push(b.done('role-references'))
        continue
      }
    } else if (shape === 2) {
      // Someone else, with no role, is named: the role is held by nobody.
      b.add(`${person.full}${lead} `)
      speaker = { mention: `the ${role}`, head: role }
    } else if (shape === 3) {
      if (person.gender === 'unknown') continue
      const owned = rng.pick(['aides', 'campaign', 'office', 'staff'])
      b.add(`${person.full}’s ${owned} ${owned === 'aides' ? 'were' : 'was'} silent on Monday. `)
      const pronoun = person.gender === 'female' ? 'she' : 'he'
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} ${rng.pick(plainCues)}.`)
      cases.push(b.done('role-references'))
      continue
    } else if (shape === 5) b.add(`${title} ${person.full}${lead} `)
    else continue
    if (shape === 0 && rng.chance(0.3)) {
      // `“…,” said the teacher, Jane Doe.`: the name set off after the role speaks.
      b.quote(bodyBefore(rng, true), speaker).add(` said the ${role}, ${person.full}.`)
      cases.push(b.done('role-references'))
      continue
    }
    const cue = rng.pick(plainCues)
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` the ${role} ${cue}.`)
    else b.add(`The ${role} ${cue}: `).quote(bodyAfter(rng), speaker)
    cases.push(b.done('role-references'))
  }
  return cases
}

/** Phrases that modify a role before the name set off after it. */
const roleModifiers = [
  'in Chad',
  'for the county',
  'representing the union',
  'based in Lagos',
  'and longtime organizer',
  'at the regional office',
]

/** Nouns for people with no entry in any list, and what may follow them. */
const plainPeople = ['fisherman', 'farmer', 'shopkeeper', 'bus driver', 'student', 'organizer']
const postmodifiers = [
  'from the coast',
  'from a nearby village',
  'in the crowd',
  'at the back of the hall',
  'of the town',
  'with two children',
  'for the local paper',
  'contacted by the Gazette',
  'interviewed by reporters',
  'involved in the talks',
  'based in Ohio',
  'stationed at the border',
  'near the harbor',
  'holding a sign',
  'wearing a red cap',
  'of the local growers’ union',
  ', a father of four,',
  ', who asked that her name not be used,',
]

/**
 * A subject phrase with a phrase after it (`A fisherman from the coast said`), or with a name
 * after `of` (`A friend of Jane Doe said`): the phrase's own head speaks, never the place or
 * the name inside it.
 */
const modifiedSubjects: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const noun = rng.pick(plainPeople)
    const head = noun.split(' ').at(-1) as string
    const shape = rng.int(10)
    let subject: string
    let speaker: ExpectedSpeaker = { mention: noun, head }
    if (shape === 9) {
      // `A lawyer for a man accused of running a pipeline told reporters`: the object of a
      // gerund after a preposition is not the subject, nor any phrase inside it.
      const head = rng.pick(['lawyer', 'spokeswoman', 'relative', 'friend', 'attorney'])
      const charge = rng.pick([
        'accused of running a drug ring',
        'charged with smuggling the weapons',
        'suspected of hiding a witness',
        'jailed for attacking a guard',
      ])
      const cue = rng.pick(plainCues)
      b.add(`${cap(article(head))} ${head} for a man ${charge} ${cue}: `)
      b.quote(bodyAfter(rng), { mention: head, head })
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 8) {
      // `The farmer held a meeting and asked neighbors to “stay calm”`: a cue after `and`
      // reports the article phrase that opens the sentence, whatever its head.
      const act = rng.pick(['held a meeting', 'waited an hour', 'stood up', 'left early'])
      const cue = rng.pick(['asked neighbors to', 'urged everyone to', 'told reporters to'])
      b.add(`${cap(`the ${noun}`)} ${act} and ${cue} `)
      b.quote(rng.pick(['stay calm', 'keep going', 'watch the river']), speaker).add('.')
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 7) {
      // `In response to the plan to bar Roe from entering Freedonia, the mayor’s top aide
      // rallied supporters, saying: “…”`: the objects of an infinitive and a gerund in the
      // opening phrase are not the subject.
      const other = rng.pick(people)
      const opener = rng.pick([
        `In response to the plan to bar ${other.full} from entering Freedonia`,
        `Days after the vote to expel ${other.full}`,
        `Shortly after meeting ${other.full}`,
      ])
      const person = rng.pick(people.filter((candidate) => candidate !== other))
      const aide = rng.chance(0.5)
      b.add(
        `${opener}, ${aide ? 'the mayor’s top aide' : person.full} rallied supporters, saying: `,
      )
      b.quote(bodyAfter(rng), aide ? { mention: 'aide', head: 'aide' } : { name: person.full })
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 6) {
      // `Roe, whom Doe on Monday called “…”`: the pronoun is the object, the name after it
      // the subject.
      const person = rng.pick(people)
      const other = rng.pick(people.filter((candidate) => candidate !== person))
      const relative = rng.pick(['who', 'whom'])
      const when = rng.pick(['', ' on Monday', ' once', ' last year'])
      const verb = rng.pick(['called', 'described as', 'dismissed as', 'praised as'])
      b.add(`The ${rng.pick(['mayor', 'council', 'crowd'])} cheered ${other.full}, ${relative} `)
      b.add(`${person.full}${when} ${verb} `)
      b.quote(rng.pick(['a true friend', 'a dangerous man', 'the best of us']), {
        name: person.full,
      })
      b.add('.')
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 5) {
      // `“…,” an angry Roe retaliated`: an article and a modifier before a name, then a verb
      // no lexicon lists; so too a role (`the judge ruled`).
      const person = rng.pick(people)
      const mood = rng.pick(['an angry', 'a smiling', 'a visibly tired', 'a defiant'])
      const verb = rng.pick(['retaliated', 'countered', 'shrugged', 'scoffed', 'pleaded'])
      if (rng.chance(0.4)) {
        // `“…,” the judge ruled`: a role the story gave someone, then a verb no lexicon lists.
        const [title, role] = rng.pick([
          ['Justice', 'judge'],
          ['Judge', 'judge'],
          ['Mayor', 'mayor'],
          ['Coach', 'coach'],
        ] as const)
        const other = rng.pick(people.filter((one) => one !== person))
        b.add(`${title} ${person.full} ${rng.pick(beats)}. ${other.full} had argued for less.\n\n`)
        b.quote(bodyBefore(rng, true), { name: person.full })
        b.add(` the ${role} ${rng.pick(['ruled', 'retaliated', 'shrugged', 'countered'])}.`)
        cases.push(b.done('modified-subjects'))
        continue
      }
      b.quote(bodyBefore(rng, true), { name: person.surname })
      b.add(` ${mood} ${person.surname} ${verb}.`)
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 4) {
      // `A nurse at the clinic, who asked not to be named, said`: `who` is the person, not
      // the place the preposition brings in.
      const place = rng.pick(['the clinic', 'the market', 'the plant', 'the port authority'])
      const relative = rng.pick(['who asked not to be named', 'who declined to give a name'])
      const cue = rng.pick(plainCues)
      b.add(`${cap(article(noun))} ${noun} at ${place}, ${relative}, ${cue}: `)
      b.quote(bodyAfter(rng), speaker)
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 3) {
      // `One of the protesters said`: someone new, not the group.
      const group = rng.pick(['the protesters', 'the farmers', 'the nurses', 'her neighbors'])
      const cue = rng.pick(plainCues)
      b.add(`One of ${group} ${cue}: `).quote(bodyAfter(rng), { mention: 'one', head: 'one' })
      cases.push(b.done('modified-subjects'))
      continue
    }
    if (shape === 0) {
      subject = `${article(noun)} ${noun} ${rng.pick(postmodifiers)}`.replace(' ,', ',')
    } else if (shape === 1) {
      const other = rng.pick(people)
      const relation = rng.pick(['friend', 'neighbor', 'colleague', 'cousin'])
      subject = `${article(relation)} ${relation} of ${other.full}`
      speaker = { mention: relation, head: relation }
    } else {
      const place = rng.pick(['Springfield', 'Lagos', 'Porto Alegre', 'Kharkiv'])
      const role = rng.pick(['mayor', 'governor', 'police chief'])
      subject = `the ${role} of ${place}`
      speaker = { mention: role, head: role.split(' ').at(-1) as string }
    }
    const cue = rng.pick(plainCues)
    if (rng.chance(0.5)) b.add(`${cap(subject)} ${cue}, `).quote(bodyAfter(rng), speaker)
    else b.quote(bodyBefore(rng, true), speaker).add(` ${cue} ${subject}.`)
    cases.push(b.done('modified-subjects'))
  }
  return cases
}

/** Groups `they` may stand for: the phrase a reader names, and the noun the judge looks for. */
const groups: readonly { phrase: string; head: string }[] = [
  { phrase: 'local fishermen', head: 'fishermen' },
  { phrase: 'the family', head: 'family' },
  { phrase: 'the two companies', head: 'companies' },
  { phrase: 'both parties', head: 'parties' },
  { phrase: 'scientists at the institute', head: 'scientists' },
  { phrase: 'the organizers', head: 'organizers' },
  { phrase: 'hospital workers', head: 'workers' },
  { phrase: 'a coalition of unions', head: 'coalition' },
  { phrase: 'the jury', head: 'jury' },
  { phrase: 'several residents', head: 'residents' },
  { phrase: 'the Red Cross', head: 'Red Cross' },
  { phrase: 'bus drivers', head: 'drivers' },
  { phrase: 'dock workers', head: 'workers' },
  { phrase: 'the Springfield Tigers', head: 'Tigers' },
  { phrase: 'a group of students', head: 'students' },
  { phrase: 'a team of doctors', head: 'doctors' },
  { phrase: 'the company lawyers', head: 'lawyers' },
  { phrase: 'union organizers', head: 'organizers' },
  { phrase: 'many Germans', head: 'Germans' },
  { phrase: 'young Iraqis', head: 'Iraqis' },
  { phrase: 'the surgeons', head: 'surgeons' },
  { phrase: 'two nuns', head: 'nuns' },
  { phrase: 'the pilots', head: 'pilots' },
  { phrase: 'the pair', head: 'pair' },
  { phrase: 'the hostages', head: 'hostages' },
  { phrase: 'the bandmates', head: 'bandmates' },
  { phrase: 'weekend moviegoers', head: 'moviegoers' },
  { phrase: 'the schoolchildren', head: 'schoolchildren' },
  { phrase: 'thousands', head: 'thousands' },
  { phrase: 'hundreds of farmers', head: 'farmers' },
  { phrase: 'both sides', head: 'sides' },
  { phrase: 'members of the Harbor Valley Water Authority', head: 'members' },
  { phrase: 'Mr. and Mrs. Okafor', head: 'Okafor' },
  { phrase: 'the wounded', head: 'wounded' },
  { phrase: 'the undergraduates', head: 'undergraduates' },
  { phrase: 'the victims’ families', head: 'families' },
  { phrase: 'the miners’ wives', head: 'wives' },
]
const groupDeeds = [
  'rejected the plan.',
  'walked out on Monday.',
  'met the mayor on Friday.',
  'met Senator Ana Lindqvist on Friday.',
  // A body after the verb is no subject: the group before it is.
  'met the company on Friday.',
  'blamed the ministry for the delay.',
]
/** Phrases that set the scene before the clause a group opens. */
const scenes = [
  'On Monday, ',
  'After the vote, ',
  'Outside the courthouse, ',
  'Earlier this year, ',
]
/** Sentences after a group, about a body that could be `they` but is not said to speak. */
const bodyAsides = [
  'The ministry did not respond to a request for comment.',
  'The company said it was reviewing the claims.',
]

/**
 * `they` after a sentence that opens with a group (named people or a place may follow in it):
 * the group; after people joined by `and` as the subject: all of them. After a full name
 * alone, with nobody else named: that person (singular `they`).
 */
const theyGroups: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    let speaker: ExpectedSpeaker
    const shape = rng.int(12)
    if (shape === 11) {
      // `the two` or `both`, standing alone, stands for the people named before it.
      const one = rng.pick(people)
      const two = rng.pick(people.filter((person) => person.surname !== one.surname))
      const joined = `${one.full} and ${two.full}`
      const said = { mention: joined, head: joined }
      const stand = rng.pick(['the two', 'both'])
      b.add(`${joined} ${rng.pick(groupDeeds)} `)
      if (rng.chance(0.5))
        b.quote(bodyBefore(rng, true), said).add(` ${stand} ${rng.pick(plainCues)}.`)
      else b.add(`${cap(stand)} ${rng.pick(plainCues)}: `).quote(bodyAfter(rng), said)
      cases.push(b.done('they-groups'))
      continue
    }
    if (shape === 10) {
      // People joined at the cue speak together, before or after it.
      const one = rng.pick(people)
      const two = rng.pick(people.filter((person) => person.surname !== one.surname))
      const joined = `${one.full} and ${two.full}`
      const said = { mention: joined, head: joined }
      const cue = rng.pick(plainCues)
      if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), said).add(` ${joined} ${cue}.`)
      else b.add(`${joined} ${cue}: `).quote(bodyAfter(rng), said)
      cases.push(b.done('they-groups'))
      continue
    }
    if (shape === 0) {
      const one = rng.pick(people)
      const two = rng.pick(people.filter((person) => person.surname !== one.surname))
      const role = rng.pick(plainPeople)
      const other = rng.pick(plainPeople.filter((noun) => noun !== role))
      const groupsJoined = rng.pick([
        'police and firefighters',
        'doctors and nurses',
        'the mayor and two aides',
        'parents, teachers and students',
      ])
      const pair = rng.pick([
        `${one.full} and ${two.full}`,
        `the ${role} and the ${other}`,
        groupsJoined,
      ])
      // Asides after each person belong to that person: `Jane Doe, 45, and Tom Roe, 50,`.
      const aside = (): string => `, ${rng.pick([...ages, 'a nurse', 'both retired'])},`
      const written = rng.chance(0.3) ? `${one.full}${aside()} and ${two.full}${aside()}` : pair
      const said = written === pair ? pair : `${one.full} and ${two.full}`
      b.add(`${cap(written)} ${rng.pick(groupDeeds)}${rng.chance(0.3) ? '\n\n' : ' '}`)
      speaker = { mention: said, head: said }
    } else if (shape < 6) {
      const group = rng.pick(groups)
      const scene = rng.chance(0.3) ? rng.pick(scenes) : ''
      const opening = scene ? `${scene}${group.phrase}` : cap(group.phrase)
      b.add(`${opening} ${rng.pick(groupDeeds)}${rng.chance(0.3) ? '\n\n' : ' '}`)
      speaker = { mention: group.phrase, head: group.head }
    } else if (shape < 8) {
      // A group met by someone named, then a body the text does not have speak: people are
      // `they` before a body is.
      const group = rng.pick(groups.filter((one) => !/[A-Z]/.test(one.phrase)))
      const host = rng.pick(people)
      b.add(`Mayor ${host.full} met with ${group.phrase} on Monday. ${rng.pick(bodyAsides)} `)
      speaker = { mention: group.phrase, head: group.head }
    } else {
      const person = rng.pick(people)
      if (rng.chance(0.5)) {
        b.add(`${person.full} ${rng.pick(['spoke first.', 'arrived late.'])} `)
      } else {
        // Someone the text says goes by `they` stays `they` past someone else named.
        const other = rng.pick(people.filter((one) => one.surname !== person.surname))
        if (rng.chance(0.5)) {
          const declared = rng.pick(['who uses they/them pronouns', 'who is nonbinary'])
          b.add(`${person.full}, ${declared}, spoke first. Mayor ${other.full} listened. `)
        } else {
          // Declared after a group is named (`spoke to reporters`): the person is `they` still.
          const group = rng.pick(['reporters', 'the nurses', 'local farmers'])
          b.add(`${person.full} spoke to ${group} after Mayor ${other.full} left. `)
          b.add(`${person.surname} uses they/them pronouns. `)
        }
      }
      speaker = { name: person.full }
    }
    if (shape < 8 && rng.chance(0.3)) {
      // Someone else named in between, in a sentence or a paragraph of their own, is not `they`.
      const other = rng.pick(people)
      const title = rng.pick(['Mayor', 'Senator', 'Dr.'])
      const deed = rng.pick(['called the vote a shame.', 'did not comment.', 'was not there.'])
      b.add(`${title} ${other.full} ${deed}${rng.chance(0.5) ? '\n\n' : ' '}`)
    }
    // A quantifier floated off `they` stands before the cue as an adverb does: `they all said`.
    const floated = rng.chance(0.8)
      ? ''
      : `${rng.pick(shape === 0 ? ['both', 'each'] : ['all', 'each'])} `
    const cue = `${floated}${rng.pick(plainCues)}`
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` they ${cue}.`)
    else b.add(`They ${cue}: `).quote(bodyAfter(rng), speaker)
    cases.push(b.done('they-groups'))
  }
  return cases
}

/** Verbs in the present with an object after a name, some of them plurals for people too. */
const presentVerbs = ['meets', 'visits', 'hosts', 'coaches', 'greets', 'thanks', 'backs', 'joins']
const presentObjects = [
  'voters',
  'students',
  'the council',
  'her staff',
  'local nurses',
  'the press',
]

/** A case's one person, whose gender shows, with the speaker a reader names and the pronoun. */
interface Cast {
  b: Builder
  person: Person
  speaker: { name: string }
  pronoun: string
}

const genderShown = people.filter((p) => p.gender !== 'unknown')

/** Someone a case names beside `person`: another surname, and no name ending in an initial. */
function anotherPerson(rng: Random, person: Person): Person {
  return rng.pick(
    genderShown.filter((one) => one.surname !== person.surname && !one.full.endsWith('.')),
  )
}

/** A family of shapes, each case written around one person (see {@link Cast}). */
function castFamily(
  family: string,
  shapes: number,
  write: (cast: Cast, shape: number, rng: Random) => void,
): Family {
  return (rng, count) => {
    const cases: Case[] = []
    while (cases.length < count) {
      const b = new Builder(styleOf(rng))
      const person = rng.pick(genderShown)
      const pronoun = person.gender === 'female' ? 'she' : 'he'
      write({ b, person, speaker: { name: person.full }, pronoun }, rng.int(shapes), rng)
      cases.push(b.done(family))
    }
    return cases
  }
}

/** Beats that set a quote up with no cue: the quote after them is the subject's. */
const beats = [
  'paused',
  'smiled',
  'did not hesitate',
  'was blunt about the odds',
  'shrugged at the question',
  'leaned forward',
]

/** Roles a name is set off after, with a phrase of their own. */
const rolesBefore = [
  'A spokesman for the governor',
  'The board’s lone Democrat',
  'A university spokesperson',
  'The consul general in Lagos',
  'Her longtime campaign manager',
]

/** Party tags set off by commas after a name, one word or two. */
const partyTags = ['D-Ill.', 'R-Ohio', 'D-N.Y.', 'R-Grand Haven', 'I-Vt.']

/** Nouns for words, and the words in marks after them. */
const termNouns = ['term', 'word', 'phrase', 'expression']
const terms = ['water world', 'reform', 'surge pricing', 'soft landing']

/**
 * Given names no lexicon here knows, with the pronoun the text uses for each: gender cannot
 * rule anyone else out for them.
 */
const unknownGenderCast: readonly (readonly [string, string])[] = [
  ['Rolf Albers', 'he'],
  ['Eilidh Roe', 'she'],
  ['Torvald Eke', 'he'],
  ['Ngaio Kerr', 'she'],
]

/**
 * Roles, bodies and turns read whole: a role set off after a name with what modifies it, or
 * after a copula, is the name's (past a participle's aside too); a phrase for a sort is the one
 * person in sight, past places named beside them; a title after modifiers, a hyphenated
 * compound, the absolute construction (`with aides insisting`), the object of a verb of
 * perception; bodies by their sort (`the paper`, `the party`), with possessive marks and
 * portfolios in their names; a reply that came from someone; interview turns and labels with a
 * suffix; nicknames set off after a name; a headline's surname; gender from a relative clause;
 * a surname of several words before a suffix.
 */
const rolesAndBodies = castFamily(
  'roles-and-bodies',
  21,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 20) {
      // `“…,” the two leaders said in a joint statement`: a count after the article goes on to
      // its noun.
      const [count, noun] = [
        rng.pick(['two', 'three', 'four']),
        rng.pick(['leaders', 'ministers', 'presidents']),
      ]
      b.add(`${person.full} hosted the summit on Monday.\n\n`)
      b.quote(rng.pick(['We will deepen cooperation,', 'The talks were constructive,']), {
        mention: noun,
        head: noun,
      })
      b.add(` the ${count} ${noun} said${rng.pick(['', ' in a joint statement'])}.`)
      return
    }
    if (shape === 19) {
      // `A banner on the airline’s website promises “…”`: an owner's phrase after a preposition
      // and its article is governed, no subject; the banner's words are nobody's.
      const thing = rng.pick(['A banner', 'A notice', 'A sign'])
      const place = rng.pick(["the airline's website", "the council's office", "the club's gate"])
      b.add(`${thing} on ${place} still ${rng.pick(['promises', 'reads'])} `)
      b.quote(rng.pick(['Fly Happy', 'Open to All', 'Never Give Up']), null).add('.')
      return
    }
    if (shape === 18) {
      // `said Jane Reyes, now 64.` … `the 64-year-old said`: an age set off with `now` is the
      // name's, past someone else named between; a day's plural is no one (`spends Tuesdays`).
      const age = 60 + rng.int(30)
      const other = rng.pick(people.filter((one) => one.surname !== person.surname))
      b.quote(rng.pick(['The first year was hard,', 'We started with nothing,']), speaker)
      b.add(` said ${person.full}, now ${age}.\n\n`)
      b.add(`${other.full} spends ${rng.pick(['Tuesdays', 'Sundays'])} at the shop next door. `)
      b.quote(rng.pick(['Nobody else can do it,', 'It is a special place,']), { name: other.full })
      b.add(` ${other.surname} said.\n\n`)
      b.quote(rng.pick(['I knew ten words of English.', 'I never planned to stay.']), speaker)
      b.add(` the ${age}-year-old said.`)
      return
    }
    if (shape === 17) {
      // `Doe, whom supporters call “Lightning”,` and `the author of “The Long Road”`: a name
      // and a title, nobody's words; the person's own words after are theirs.
      if (rng.chance(0.5)) {
        const group = rng.pick(['supporters', 'fans', 'colleagues'])
        b.add(`${person.full}, whom ${group} call `)
        b.quote(rng.pick(['Lightning', 'the Wall', 'the Professor']), null)
        b.add(', was more modest. ')
      } else {
        b.add(`${person.full}, the author of `)
        b.quote(rng.pick(['The Hidden Epidemic', 'Why We Age', 'The Long Road']), null)
        b.add(', spoke on Monday. ')
      }
      b.quote(rng.pick(['It was a team effort,', 'We got lucky,']), speaker)
      b.add(` ${pronoun} said.`)
      return
    }
    if (shape === 16) {
      // `offered a blunt assessment — “…” — before the vote`: a dash after a word, before a
      // quote the sentence goes on past, joins as a colon does.
      const noun = rng.pick(['a blunt assessment', 'a warning', 'a short verdict'])
      b.add(`${person.full} ${rng.pick(['offered', 'gave'])} ${noun} — `)
      b.quote(rng.pick(['the best of several hard options', 'not the last word on this']), speaker)
      b.add(` — ${rng.pick(['before the vote', 'as the meeting ended'])}.`)
      return
    }
    if (shape === 15) {
      // `Eilidh Roe, the country's chief negotiator, met Rolf Albers, a union leader. ¶ “…,” he
      // said`: a role set off after a name is the name's, no other person for the pronoun.
      const [name, own] = rng.pick(unknownGenderCast)
      const [other, otherOwn] = rng.pick(
        unknownGenderCast.filter(([, gender]) => gender !== own),
      ) as readonly [string, string]
      const role = rng.pick(["the country's chief negotiator", 'a negotiator', 'an engineer'])
      const otherRole = otherOwn === 'she' ? 'a mother of two' : 'a father of two'
      b.add(`${name}, ${role}, met ${other}, ${otherRole}, in Kumasi on Wednesday.\n\n`)
      b.quote(rng.pick(['Nobody was consulted,', 'It was a long day,']), { name: other })
      b.add(` ${otherOwn} said.`)
      return
    }
    if (shape === 14) {
      // `Mateo de León Jr. … de León said`: a surname of several words, later alone, is the
      // full name's before its suffix.
      const [given, surname] = rng.pick([
        ['Mateo', 'de León'],
        ['Pieter', 'van der Berg'],
        ['Ana', 'dos Santos'],
        ['Karim', 'bin Saleh'],
      ] as const)
      const suffix = rng.pick(['Jr.', 'Sr.', 'III'])
      const full = `${given} ${surname} ${suffix}`
      b.add(`${rng.pick(['Chief Negotiator', 'Councillor', 'Coach'])} ${full} was more cautious. `)
      b.quote(rng.pick(['Both sides have moved,', 'We are not there yet,']), { name: full })
      b.add(` ${surname} said.`)
      return
    }
    if (shape === 13) {
      // `Doe: ‘…’` or `Ministry: ‘…’` over a story that names them in full after: the headline's
      // surname or noun for a body is the one the story names by it.
      if (rng.chance(0.5)) {
        b.add(`${person.surname}: `).quote(
          rng.pick(['We will not back down', 'Talks are over']),
          speaker,
        )
        b.add(`\n\n${person.full}, the head of the union, spoke on Sunday. `)
        b.quote(rng.pick(['The strike goes on,', 'We are ready,']), speaker).add(
          ` ${pronoun} said.`,
        )
      } else {
        const body = rng.pick(['Finance Ministry', 'Interior Ministry', 'Ministry of Health'])
        b.add('Ministry: ').quote(rng.pick(['Taxes rise in January', 'Help is on the way']), {
          name: body,
        })
        b.add(`\n\nThe ${body} said in a statement on Tuesday: `)
        b.quote(rng.pick(['Everyone must make sacrifices.', 'Nobody will be turned away.']), {
          name: body,
        })
      }
      return
    }
    if (shape === 12) {
      // `HIROSHI ISHIKAWA SR.: “…”`: a label in capitals keeps a suffix's stop; `the Dockworkers'
      // Union said`: a body's name keeps a plural's mark.
      if (rng.chance(0.5)) {
        const suffix = rng.pick(['Sr.', 'Jr.'])
        // A name of the cast that has a suffix already takes no second one.
        const name = person.full.replace(/,? (?:Jr\.|Sr\.|II|III|IV)$/u, '')
        b.add(`${name} ${suffix}, a village chief, spoke with a reporter.\n\n`)
        b.add(`${name.toUpperCase()} ${suffix.toUpperCase()}: `)
        b.quote(rng.pick(['We wait for rain.', 'Nobody came.']), { name: `${name} ${suffix}` })
      } else {
        const body = rng.pick(["Dockworkers' Union", "Farmers' Federation", "Nurses' Association"])
        b.quote(rng.pick(['We will not back down,', 'Our members deserve better,']), { name: body })
        b.add(` the ${body} said in a statement.`)
      }
      return
    }
    if (shape === 11) {
      // `Jane Doe, an environmental lawyer, speaking by phone from her car, said: “…”`: past a
      // participle's aside, the role set off after the name, or the body its phrase ends on, is
      // the name's.
      const own = pronoun === 'she' ? 'her' : 'his'
      const role = rng.pick([
        'an environmental lawyer',
        "the project's director",
        "the head of the dockworkers' union",
        'a spokesperson for the council',
      ])
      const aside = rng.pick([`speaking by phone from ${own} car`, `speaking outside ${own} home`])
      b.add(`${person.full}, ${role}, ${aside}, said: `)
      b.quote(rng.pick(['The damage is done.', 'We will not be intimidated.']), speaker)
      return
    }
    if (shape === 10) {
      // `Eilidh Roe, the club's coach, who has lived there with her family, met Rolf Albers, …
      // ¶ Albers has not responded. “…,” she said`: the relative clause's `his` or `her` shows
      // the gender of the name it is set off after. Given names no lexicon here knows.
      const [name, own] = rng.pick(unknownGenderCast)
      const other = rng.pick(unknownGenderCast.filter(([, gender]) => gender !== own))
      const [otherName, otherOwn] = other as readonly [string, string]
      const kin = (pronoun: string) => (pronoun === 'she' ? 'her' : 'his')
      const role = rng.pick(["the club's coach", 'the head of the union', "the team's captain"])
      b.add(`${name}, ${role}, who has spent most of ${kin(own)} life in Pune, `)
      b.add(
        `met ${otherName}, who ${rng.pick(['brought', 'came with'])} ${kin(otherOwn)} two children.`,
      )
      b.add(`\n\n${otherName.split(' ')[1]} has not responded. `)
      b.quote(rng.pick(['A difficult decision,', 'Nobody is better off,']), { name })
      b.add(` ${own} said.`)
      return
    }
    if (shape === 9) {
      // `Jane Doe has fished the river near Pune for 30 years. “…,” the fisherman said`: a place
      // named after a preposition is no one in sight; the phrase for a sort is the one person.
      const [deed, sort] = rng.pick([
        ['has fished the river below the mine', 'fisherman'],
        ['has taught at the village school', 'veteran teacher'],
        ['has farmed the same plot', 'farmer'],
        ['has run a bakery on the main square', 'baker'],
      ] as const)
      const place = rng.pick(['Pune', 'Surabaya', 'Tartu', 'Salta'])
      const where = rng.pick(['near', 'in', 'outside', 'above', 'at the port of'])
      b.add(`${person.full} ${deed} ${where} ${place} for 30 years. `)
      b.quote(rng.pick(['We were never consulted,', 'Nobody asked us,']), speaker)
      b.add(` the ${sort} said.`)
      return
    }
    if (shape === 8) {
      // `The Evening Ledger endorsed … “…,” the paper wrote`, `The Green Alliance … the party`: a
      // noun for a body of one sort stands for the body named last whose name fits it.
      const [body, noun] = rng.pick([
        ['The Evening Ledger', 'paper'],
        ['The Northern Courier', 'newspaper'],
        ['The Harbor Times', 'tabloid'],
        ['The Green Alliance', 'party'],
        ["The People's Democratic Front", 'party'],
        ["The Dockers' Federation", 'federation'],
        ['The Ministry of Trade and Industry', 'ministry'],
        ['The Department of Energy and Commerce', 'department'],
      ] as const)
      const kind = noun === 'party' || noun === 'federation' ? noun : 'newspaper'
      const deed = rng.pick([
        'endorsed the opposition on Monday',
        'called for new elections on Monday',
        `is the oldest ${kind} in the country`,
      ])
      b.add(`${body} ${deed}. `)
      b.add(`${person.full} did not comment. `)
      b.quote(rng.pick(['Voters deserve better,', 'The country cannot wait,']), {
        name: body.replace(/^The /, ''),
      })
      b.add(` the ${noun} ${rng.pick(['said', 'wrote'])}.`)
      return
    }
    if (shape === 7) {
      // `Jane Doe interviewed Tom Roe. ¶ Q: “…” ¶ A: “…”`: the turns are the interviewer's and
      // the interviewee's; with no interview introduced, no one's (never a speaker `Q`).
      const host = rng.pick(people.filter((one) => one.surname !== person.surname))
      const introduced = rng.chance(0.7)
      if (introduced) {
        b.add(
          `${host.full}, a reporter for the ${rng.pick(['Coastal Herald', 'Daily Sentinel'])}, `,
        )
        b.add(
          `interviewed ${person.full}, ${rng.pick(['the mayor', 'a union leader'])}, on Friday.`,
        )
      } else {
        b.add(rng.pick(['The transcript follows.', 'What follows has been edited for length.']))
      }
      const [q, a] = rng.pick([
        ['Q', 'A'],
        ['Question', 'Answer'],
      ] as const)
      const questions = ['What happens next?', 'Was this avoidable?']
      const answers = ['We rebuild.', 'Nobody listened to us.']
      for (let turn = 0; turn < 2; turn++) {
        b.add(`\n\n${q}: `).quote(
          questions[turn] as string,
          introduced ? { name: host.full } : null,
        )
        b.add(`\n\n${a}: `).quote(answers[turn] as string, introduced ? speaker : null)
      }
      return
    }
    if (shape === 6) {
      // `Zhao Tao, a father of three who lives in Salta, traveled …`, `the chairman of the
      // residents' association`: a role with what modifies it, set off after the name, is the
      // name's, and no one else for a later pronoun.
      // Given names no lexicon here knows, so that only the role could mislead it.
      const [name, own] = rng.pick(unknownGenderCast)
      const kin = own === 'she' ? 'mother' : 'father'
      const role = rng.pick([
        `a ${kin} of three who lives in ${rng.pick(['Salta', 'Tromsø', 'Kumasi'])}`,
        `the ${own === 'she' ? 'chairwoman' : 'chairman'} of the residents' association`,
        "the head of the dockworkers' union",
        `a ${kin} of two from ${rng.pick(['Dayton', 'Pune'])}`,
      ])
      b.add(`${name}, ${role}, ${rng.pick(['traveled to Fresno', 'spent Monday in Multan'])}.`)
      b.add('\n\n')
      b.add(`${own === 'she' ? 'She' : 'He'} ${rng.pick(['said', 'told reporters'])}: `)
      b.quote(rng.pick(['We are tired.', 'Nobody came to help.']), { name })
      return
    }
    if (shape === 5) {
      // `said Jane Doe, a trade economist in Lagos. ¶ “…,” the economist said`: a role set off
      // after the name and placed by a phrase is the name's, for a later phrase by its noun.
      const [role, head] = rng.pick([
        ['trade economist', 'economist'],
        ['hydrologist', 'hydrologist'],
        ['ferry captain', 'captain'],
        ['beekeeper', 'beekeeper'],
      ] as const)
      const town = rng.pick(['Lagos', 'Valparaíso', 'Tartu', 'Mwanza'])
      b.quote(rng.pick(['Quotas matter,', 'The water is rising,', 'Nobody asked us,']), speaker)
      b.add(` said ${person.full}, ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role} `)
      b.add(`${rng.pick(['in', 'from', 'near'])} ${town}.\n\n`)
      b.quote(rng.pick(['A deal is possible,', 'We will manage,']), speaker)
      b.add(` the ${head} ${rng.pick(['said', 'added'])}.`)
      return
    }
    if (shape === 4) {
      // `“…,” answered his co-pilot`: a hyphenated compound is someone when its last part is.
      const [noun, head] = rng.pick([
        ['co-pilot', 'co-pilot'],
        ['ex-wife', 'ex-wife'],
        ['co-founder', 'co-founder'],
        ['co-worker', 'co-worker'],
      ] as const)
      const own = pronoun === 'she' ? 'her' : 'his'
      b.add(`${person.full} ${rng.pick(['asked', 'wondered aloud'])} whether they were ready. `)
      b.quote(rng.pick(['Ready,', 'Not yet,', 'Almost,']), { mention: `${own} ${noun}`, head })
      b.add(` ${rng.pick(['answered', 'replied', 'said'])} ${own} ${noun}.`)
      return
    }
    if (shape === 3) {
      // `“…,” sighed an exhausted Dr. Priya Nair`: modifiers, then a title, then the name.
      const title = rng.pick(['Dr.', 'Sen.', 'Gov.', 'Prof.'])
      const mood = rng.pick(['exhausted', 'beaming', 'visibly angry', 'smiling'])
      b.quote(rng.pick(['Not again,', 'We did it,', 'Enough,']), speaker)
      b.add(
        ` ${rng.pick(['sighed', 'said', 'added'])} ${/^[aeiou]/.test(mood) ? 'an' : 'a'} ${mood} `,
      )
      b.add(`${title} ${person.full}.`)
      return
    }
    if (shape === 2) {
      // `“…,” came the reply from Jane Doe`: words that came from someone, named after `from`.
      const noun = rng.pick(['reply', 'response', 'answer', 'retort'])
      b.quote(rng.pick(['Absolutely not,', 'We accept,', 'Not a chance,']), speaker)
      b.add(` came ${rng.pick(['the', 'a'])} ${noun} from ${person.full}`)
      b.add(rng.pick(['.', ' on Friday.', ', the committee chair.']))
      return
    }
    if (shape === 1) {
      // `said she heard the officer yell “…”`: words heard are the words of who was heard, the
      // object of the verb of perception, not of the witness who reports them.
      const [heard, head] = rng.pick([
        ['the officer', 'officer'],
        ['the driver', 'driver'],
        ['a man', 'man'],
        ['the gunman', 'gunman'],
      ] as const)
      const perceived = rng.pick(['heard', 'overheard'])
      const verb = rng.pick(['yell', 'shout', 'say', 'scream'])
      b.add(`${person.full} ${rng.pick(['said', 'told police'])} ${pronoun} ${perceived} `)
      b.add(`${heard} ${verb} `)
      b.quote(rng.pick(['Get down!', 'Show me your hands.', 'You did this.']), {
        mention: heard,
        head,
      })
      b.add(rng.pick([' at least twice.', '.', ' before the shots.']))
      return
    }
    if (shape === 0) {
      // `…, with aides insisting that “…”`: after `with`, the phrase before a participle is its
      // subject (the absolute construction), never the clause's subject before it.
      const own = pronoun === 'she' ? 'her' : 'his'
      const [group, head] = rng.pick([
        ['critics', 'critics'],
        ['aides', 'aides'],
        [`${own} campaign`, 'campaign'],
        ['several residents', 'residents'],
        [`${own} lawyers`, 'lawyers'],
      ] as const)
      const act = rng.pick(['left the hearing early', 'cut the ribbon', 'signed the order'])
      const verb = rng.pick(['insisting that', 'saying that', 'warning that', 'calling it'])
      b.add(`${person.full} ${act} on ${rng.pick(['Monday', 'Friday'])}, with ${group} ${verb} `)
      b.quote(rng.pick(['nothing is wrong.', 'a disaster.', 'the law is clear.']), {
        mention: group,
        head,
      })
      return
    }
  },
)

/**
 * Forms where the speaker is read past something in between: the name set off after a role
 * however far its cue, a party tag set off after a name, a verb in `-s` after a name (not a
 * noun the name modifies), a beat that sets a quote up (past a participle's clause too), a
 * word in marks between the cue and the quote, an owner's speech noun right before the quote
 * (about the thing) or before a copula's `that` (the owner's words), a surname that is a common
 * word set off before `who` or a tag in brackets before it, where someone is from set off after
 * the name (`, of Eastfield,`), a lone noun for a post or a manner (`in person`) or a
 * collective (`the family`) before `he` or `she`, a relative clause inside another's report.
 */
const readPast = castFamily('read-past', 17, ({ b, person, speaker, pronoun }, shape, rng) => {
  if (shape === 16) {
    // `asked Doe about an interview in which he called …`: a relative clause says what a noun
    // is; its subject speaks, not the subject of the clause around it.
    // Given names whose gender the library knows, so that only the clause can mislead it.
    const asker = person.gender === 'female' ? 'Tom Ambrose' : 'Jane Ambrose'
    const named = `${person.gender === 'female' ? 'Mary' : 'John'} ${person.surname}`
    const paper = rng.pick(['an interview', 'a 2013 letter', 'a speech', 'an email'])
    const verb = rng.pick(['asked', 'pressed', 'questioned'])
    b.add(`${asker} ${verb} ${named} about ${paper} in which ${pronoun} called the pact `)
    b.quote(rng.pick(['a bad deal.', 'a gift to Beijing.']), { name: named })
    return
  }
  if (shape === 15) {
    // `Carol Doe, 58, of Eastfield, who said she …`: where someone set off after the name is
    // from is a place, never the `she` of the questions after it.
    const town = rng.pick(['Eastfield', 'Charlestown', 'Marlow', 'Beckley'])
    b.add(`The first question came from ${person.full}, ${rng.int(50) + 30}, of ${town}, who `)
    b.add(`said ${pronoun} ${rng.pick(['has cancer', 'runs a farm', 'lost a job'])}.\n\n`)
    b.quote(rng.pick(['What happens to me?', 'Where does the money come from?']), speaker)
    b.add(` ${pronoun} asked.`)
    return
  }
  if (shape === 14) {
    // `took aim at Sen. Harriet Oduya (D-Ill.), who said …`: a relative clause after a tag in
    // brackets is the name's, however the sentence's subject stands.
    const title = rng.pick(['Sen.', 'Rep.', 'Senate Minority Leader', 'Gov.'])
    const tag = rng.pick(['(D-Ill.)', '(R-Ohio)', '(I-Vt.)', '(D)'])
    b.add(`Tom Lancaster also took aim at ${title} ${person.full} ${tag}, who said last week `)
    b.add('that Democrats would ').quote(rng.pick(['never fund a wall.', 'not budge.']), speaker)
    return
  }
  if (shape === 13) {
    // `said the family had been flooded with requests`: a body of people named by a singular
    // noun is `they`, never the `he` or `she` after it; `a teacher known as Eilidh Roe` is the
    // name a naming participle gives the phrase. Given names no lexicon here knows.
    const [name, own] = rng.pick(unknownGenderCast)
    const kin = own === 'he' ? 'grandsons' : 'nieces'
    const group = rng.pick(['family', 'jury', 'crowd', 'couple', 'committee'])
    const role = rng.pick(['producer', 'teacher', 'pilot', 'chef'])
    b.add(`One of ${rng.pick(['his', 'her'])} ${kin}, a ${role} known as ${name}, said the `)
    b.add(`${group} had ${rng.pick(['waited all day', 'been flooded with calls'])}. `)
    b.quote(bodyBefore(rng, true), { name }).add(` ${own} said.`)
    return
  }
  if (shape === 12) {
    // `The board met in person`, `advertised for treasurer`: a lone noun for one person after a
    // preposition names a manner or a post, no one a later `he` or `she` could stand for.
    // Given names no lexicon here knows, so gender cannot rule the noun out.
    const [name, own] = rng.pick(unknownGenderCast)
    const between = rng.pick([
      'The board met in person on Monday.',
      'Votes were cast in person and by mail.',
      'The council had advertised for treasurer twice.',
      'The board looked hard for a successor as president.',
    ])
    b.add(`${name} ${rng.pick(beats)}. ${between} `)
    b.quote(bodyBefore(rng, true), { name }).add(` ${own} ${rng.pick(['said', 'added'])}.`)
    return
  }
  if (shape === 11) {
    // `Many Orcadians know the poem`: a people's name in `-ians` alone is a group, never the
    // `he` or `she` after it.
    // Given names no lexicon here knows, so gender cannot tell the group from the person.
    const people = rng.pick(['Orcadians', 'Tasmanians', 'Bretonians', 'Cumbrians'])
    const reader = rng.pick(['Eilidh Roe', 'Ngaio Kerr', 'Aroha Lindqvist', 'Tamsin Achebe'])
    b.add(`${reader} spoke at the library. Many ${people} know the poem by heart. `)
    b.quote(bodyBefore(rng, true), { name: reader }).add(' she said.')
    return
  }
  if (shape === 10) {
    // `In an interview with Sunday Sentinel, he …`: a day's name before a name is part of what
    // the preposition governs; the paper is no subject a pronoun could stand for.
    const paper = rng.pick(['Sentinel', 'Herald', 'Chronicle', 'Observer'])
    b.add(
      `${person.full} toured in 1976. In an interview with ${rng.pick(['Sunday', 'Saturday'])} `,
    )
    b.add(`${paper}, ${pronoun} dismissed the claims. `)
    b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    return
  }
  if (shape === 9) {
    // `where audiences were, in her words, “…”`: the owner of `words` set off inside the
    // sentence speaks, as at its start.
    const owner = person.gender === 'female' ? 'her' : 'his'
    b.add(`${person.full} toured Europe, where audiences were, in ${owner} words, `)
    b.quote(
      rng.pick(['polite enough to clap', 'kinder than critics', 'old enough to remember']),
      speaker,
    )
    b.add('.')
    return
  }
  if (shape === 8) {
    // `recorded it for a small Dutch label “…”`: after `a` and two modifiers a cue word's base
    // form is a noun, no verb with a subject of its own.
    const modifiers = rng.pick(['small Dutch', 'tiny Belgian', 'new Canadian', 'little Welsh'])
    b.add(`${person.full} recorded it for a ${modifiers} ${rng.pick(['label', 'post', 'call'])} `)
    b.quote(rng.pick(['for the fun of it', 'just to see', 'on a whim']), speaker).add('.')
    return
  }
  if (shape === 7) {
    // `Small, who attended the rally, said`: a surname the text also writes as a common word in
    // lower case, set off before `who`, is someone.
    const [surname, phrase] = rng.pick([
      ['Small', 'small businesses'],
      ['Young', 'young voters'],
      ['Strong', 'strong winds'],
      ['Rich', 'rich donors'],
    ])
    const full = `${rng.pick(['Marty', 'Rita', 'Joe', 'Ann'])} ${surname}`
    b.add(`${full} runs a bakery. The plan hurt ${phrase}. ${surname}, who attended the rally on `)
    b.add('Wednesday, said that ').quote(bodyAfter(rng), { name: full })
    return
  }
  if (shape === 6) {
    // `saying staff had received the chief executive’s email “…”`: a quote right after an
    // owner's speech noun says when or what the thing was, not what its owner said.
    if (rng.chance(0.3)) {
      // `Doe’s answer was that “…”`: a copula's `that` brings in the noun's content.
      const noun = rng.pick(['answer', 'message', 'reply', 'response'])
      b.add(`${person.full}’s ${noun} ${rng.pick(['was', 'is'])} that `)
      b.quote(bodyAfter(rng), speaker)
      return
    }
    const owner = rng.pick(['the chief executive’s', 'the mayor’s', 'Tom Lee’s', 'her boss’s'])
    const noun = rng.pick(['email', 'message', 'post', 'text'])
    b.add(`${person.full} disputed that account, saying all staff had received ${owner} ${noun} `)
    b.quote(
      rng.pick(['before any public announcement', 'well ahead of time', 'on Monday']),
      speaker,
    )
    b.add('.')
    return
  }
  if (shape === 0) {
    const verb = rng.pick([
      'called the plan',
      'said in an email that the plan was',
      'voted against the measure, calling it',
      'welcomed the announcement, calling the route',
    ])
    b.add(`${rng.pick(rolesBefore)}, ${person.full}, ${verb} `).quote(bodyAfter(rng), speaker)
  } else if (shape === 1) {
    const title = rng.pick(['Sen.', 'Rep.', 'State Sen.'])
    const tag = rng.pick(partyTags)
    const after = rng.chance(0.5) ? ` ${rng.pick(relatives)},` : ''
    b.add(`${title} ${person.full}, ${tag},${after} called the bill `).quote(
      bodyAfter(rng),
      speaker,
    )
  } else if (shape === 2) {
    b.add(`${person.full} ${rng.pick(presentVerbs)} ${rng.pick(presentObjects)} every week. `)
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    else b.add(`${cap(pronoun)} said: `).quote(bodyAfter(rng), speaker)
  } else if (shape === 3) {
    const beat = rng.pick(beats)
    const subject = rng.chance(0.5) ? person.full : cap(pronoun)
    if (subject !== person.full)
      b.add(`${person.full} ${rng.pick(['arrived at noon.', 'runs the clinic.'])} `)
    b.add(`${subject} ${beat}.${rng.chance(0.5) ? '\n\n' : ' '}`).quote(bodyAfter(rng), speaker)
  } else if (shape === 4) {
    // A participle's clause set off before the subject holds no subject of its own, even
    // with someone named inside it.
    const other = rng.pick(people.filter((p) => p.full !== person.full))
    const asked = rng.pick([
      `Asked whether ${other.full} would back the plan`,
      `Pressed by ${other.full} on the timing`,
      'Asked about the vote on Monday',
    ])
    b.add(`${asked}, ${person.full} ${rng.pick(beats)}. `)
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    else b.quote(bodyAfter(rng), speaker)
  } else {
    const cue = rng.pick(['added', 'said', 'argued', 'noted'])
    b.add(`${person.full} ${cue} that the ${rng.pick(termNouns)} `)
      .quote(rng.pick(terms), null)
      .add(' could be ')
      .quote(closed(rng.pick(['a little misleading', 'out of date', 'too vague']), '.'), speaker)
  }
})

/** One-word place names that modify a noun after an article or an owner. */
const towns = ['Wexford', 'Tarrant', 'Marlow', 'Corrib', 'Kestrel', 'Ashdown']

/** Adverbs and participles with a particle that open a sentence before its subject. */
const openers = ['Back at the farm', 'Late Thursday', 'Early on Monday', 'Back in the capital']
const particleOpeners = [
  'Walking away from the deal',
  'Looking back on the race',
  'Stepping out of the hearing',
  'Reaching out to voters',
]

/** What may follow a name set off after a role before its closing comma. */
const nameTails = [
  'of the State Federation of Nurses',
  '(D-N.M.)',
  '(R-Ohio)',
  'of the Farm Bureau',
]

/** Plural nouns for people a share is taken of (`one of the diplomats`). */
const shareGroups = ['diplomats', 'officials', 'jurors', 'organizers', 'engineers']

/** Questions and answers for an exchange written as turns. */
const asks = [
  'And if they refuse?',
  'Is the light yellow?',
  'Who signed the order?',
  'Did you read it?',
]
const answers = ['Then we come back.', 'It is, yes.', 'I did not.', 'Nobody I know of.']

/**
 * Words set off around a speaker that name no one: a name that only modifies a noun (`a
 * Wexford diner`, `his Wexford counterpart`), an adverb or a participle with a particle that
 * opens the sentence, what follows a name set off after a role (a party tag, `of the …`), a
 * share of a group (`one of the diplomats`), and an exchange written as turns, where a quote
 * alone after a question is the other party's.
 */
const setOffWords = castFamily(
  'set-off-words',
  7,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      const place = rng.pick(['machine shop', 'diner', 'union hall', 'feed store'])
      b.add(`${person.full} ${rng.pick(['toured the plant', 'spoke first', 'arrived late'])}. `)
      b.add(
        `At a stop at a ${rng.pick(towns)} ${place}, ${person.surname} said the mood was good. `,
      )
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    } else if (shape === 1) {
      const owner = rng.pick(['His', 'Her', 'Their'])
      b.add(`${owner} ${rng.pick(towns)} counterpart, ${person.full}, was blunter. `)
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    } else if (shape === 2) {
      b.add(`${person.full} ${rng.pick(beats)}. ${rng.pick(openers)}, ${pronoun} said: `)
      b.quote(bodyAfter(rng), speaker)
    } else if (shape === 3) {
      b.add(`${person.full} spoke next. ${rng.pick(particleOpeners)}, ${pronoun} said, `)
      b.quote(bodyAfter(rng), speaker)
    } else if (shape === 4) {
      b.add(`${rng.pick(rolesBefore)}, ${person.full} ${rng.pick(nameTails)}, said `)
      b.quote(bodyAfter(rng), speaker)
    } else if (shape === 5) {
      const group = rng.pick(shareGroups)
      b.add(`${rng.pick(['Two', 'Three', 'Several'])} ${group} briefed reporters. `)
      b.add(`One of the ${group} ${rng.pick(['described the offer as', 'said the mood was'])} `)
      b.quote(closed(rng.pick(['serious but not generous', 'grim', 'a step back']), '.'), {
        mention: `of the ${group}`,
        head: group,
      })
    } else {
      const other = rng.pick(genderShown.filter((p) => p.surname !== person.surname))
      const other2 = { name: other.full }
      if (rng.chance(0.5)) {
        // A question, its answer, and the asker again with a question of their own.
        const first = rng.pick(asks)
        b.quote(first, speaker).add(` ${person.full} asked.\n\n`)
        b.quote(closed(rng.pick(answers).slice(0, -1), ','), other2).add(` ${other.full} said.\n\n`)
        b.quote(rng.pick(asks.filter((ask) => ask !== first)), speaker)
      } else {
        // A statement, a question to it, and the answer from the one who made the statement.
        b.quote(closed(rng.pick(quoteBodies), ','), other2).add(` ${other.full} said.\n\n`)
        b.quote(rng.pick(asks), speaker).add(` ${person.full} asked.\n\n`)
        b.quote(rng.pick(answers), other2)
      }
    }
  },
)

/**
 * An interview's turns: a quote broken off with a dash asks for the other party's words as a
 * question does (`“But if a pilot dies—” ¶ “Then he should not have been there.”`), and a
 * quote that addresses someone by name or title (`“Minister, thank you.”`, `“Thank you,
 * Dana.”`) is the other party's.
 */
const exchanges: Family = (rng, count) => {
  const cases: Case[] = []
  const named = people.filter((one) => one.gender !== 'unknown' && !one.full.includes('.'))
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const host = rng.pick(named)
    const guest = rng.pick(named.filter((one) => one.surname !== host.surname))
    const hostSays = { name: host.full }
    const guestSays = { name: guest.full }
    b.add(`Minister ${guest.full} spoke to ${host.full} on Sunday.\n\n`)
    b.quote('Is that not exactly the escalation you wanted to avoid?', hostSays)
    b.add(` ${host.surname} asked.\n\n`)
    b.quote('Escalation is when drones fly over farms,', guestSays).add(
      ` ${guest.surname} replied.\n\n`,
    )
    if (rng.chance(0.5)) {
      b.quote('But if a pilot dies—', hostSays).add('\n\n')
      b.quote('Then the pilot should not have been there.', guestSays)
    } else {
      const given = host.full.split(' ')[0] as string
      b.quote(
        `${rng.pick(['Minister', guest.full.split(' ')[0] as string])}, thank you for joining us.`,
        hostSays,
      ).add('\n\n')
      b.quote(`Thank you, ${given}. It was a pleasure.`, guestSays)
    }
    cases.push(b.done('exchanges'))
  }
  return cases
}

/**
 * Clauses inside the sentence that hold their own subject: `Doe, 70, said his wife, Ann, had
 * tried it “…”` (Doe speaks: the aside after his name opens none of its own), `when a
 * councilman, Tom Roe, stood up and called it “…”` (the name set off in the clause), `A
 * strategist working on the map, who asked not to be named, called her “…”` (`who` is the
 * strategist, past the participle's phrase), and `the congresswoman` after two members, one a
 * woman; a paper set off inside the sentence (`, the complaint alleges,`) records the words of
 * the sentence's own speaker; a relative clause after a role set off after a name is about what
 * the role is of (`Roe, president of Acme, which runs the depot, said`); a pronoun whose cue is
 * set off between a subject and its verb is not the subject (`The chief, he wrote, had “…”`).
 */
const innerClauses: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const shape = rng.int(9)
    const body = rng.pick(quoteBodies)
    if (shape === 8) {
      // `The chief, he wrote on X, had “…”`: an aside between the subject and its verb reports
      // on the subject; its pronoun is someone before, not the subject.
      const critic = rng.pick(genderShown.filter((one) => one.surname !== other.surname))
      const pronoun = critic.gender === 'female' ? 'she' : 'he'
      b.add(`Chief ${other.full} quit on Friday. Council member ${critic.full} had called for `)
      b.add(`${other.surname}’s resignation on Monday. The chief, ${pronoun} `)
      b.add(`${rng.pick(['wrote on X', 'said', 'told reporters', 'wrote'])}, had `)
      b.quote(rng.pick(['lost the trust of this council', 'failed the city']), {
        name: critic.full,
      }).add('.')
      cases.push(b.done('inner-clauses'))
      continue
    }
    if (shape === 7) {
      // `Jim Roe, president of Local 12 of the union, which represents workers, said`: the
      // relative clause is about the body the role is of; the name before the role speaks.
      const role = rng.pick(['president', 'head', 'director', 'secretary'])
      const of = rng.pick([
        'Local 1127 of the Metal Trades union',
        'Acme Corp',
        'the Harbor Tenants Association',
        'Kestrel Logistics',
      ])
      const clause = rng.pick(['which represents workers at the plant', 'which runs the depot'])
      b.add(`${person.full}, ${role} of ${of}, ${clause}, ${rng.pick(plainCues)} it was `)
      b.quote(body, { name: person.full }).add('.')
      cases.push(b.done('inner-clauses'))
      continue
    }
    if (shape === 6) {
      // `At a meeting, the complaint alleges, Roe told her to “…”`: a paper set off in the
      // sentence records the words its own subject said; with no cue of its own, the paper's.
      const paper = rng.pick(['complaint', 'lawsuit', 'indictment', 'report'])
      const verb = rng.pick(['alleges', 'says', 'claims', 'states'])
      const when = rng.pick(['At a meeting in May', 'Later that year', 'In one email'])
      b.add(`${person.full} sued the county in ${rng.pick(['March', 'June'])}. `)
      if (rng.chance(0.7)) {
        const said = rng.pick(['told her to', 'called the plan', 'warned staff that it was'])
        b.add(`${when}, the ${paper} ${verb}, ${other.full} ${said} `)
        b.quote(body, { name: other.full }).add('.')
      } else {
        b.add(`The county, the ${paper} ${verb}, was `)
        b.quote(body, { mention: `the ${paper}`, head: paper }).add('.')
      }
      cases.push(b.done('inner-clauses'))
      continue
    }
    if (shape === 5 && person.gender !== 'unknown') {
      // `his call for “…”`: an owner's speech noun before what was said speaks for its owner.
      const owner = person.gender === 'female' ? 'her' : 'his'
      b.add(
        `${person.full} rose in the polls after the shootings and ${owner} ${rng.pick(['call', 'calls', 'demand'])} for `,
      )
      b.quote(body, { name: person.full }).add('.')
      cases.push(b.done('inner-clauses'))
      continue
    }
    if (shape === 4) {
      // `She declared victory and said that her campaign would continue “…”`: a report inside a
      // report is the outer source's, its cue joined by `and` to its subject's clause.
      b.add(
        `${person.full} ${rng.pick(['declared victory', 'thanked supporters'])} and said that ${rng.pick(['her campaign', 'the movement', 'the party'])} would continue `,
      )
      b.quote(body, { name: person.full }).add('.')
      cases.push(b.done('inner-clauses'))
      continue
    }
    if (shape === 0) {
      const relation = rng.pick(['his wife', 'her husband', 'their neighbour'])
      b.add(
        `${person.full}, ${20 + rng.int(60)}, said ${relation}, ${other.full}, had ${rng.pick(['tried the app', 'used the card', 'visited the branch'])} `,
      )
      b.quote(body, { name: person.full }).add('.')
    } else if (shape === 1) {
      b.add(
        `${person.full} remembers 1994, when a ${rng.pick(['city councilman', 'local official'])}, ${other.full}, stood up ${rng.pick(['at a meeting ', ''])}and called the neighborhood `,
      )
      b.quote(body, { name: other.full }).add('.')
    } else if (shape === 2) {
      const noun = rng.pick(['strategist', 'adviser', 'organizer'])
      b.add(
        `A senior ${noun} working on the ${rng.pick(['House map', 'budget', 'campaign'])}, who requested anonymity, called ${person.full} `,
      )
      b.quote(body, { mention: `a senior ${noun}`, head: noun }).add('.')
    } else {
      const men = people.filter((one) => one.gender === 'male')
      const women = people.filter((one) => one.gender === 'female')
      const man = rng.pick(men)
      const woman = rng.pick(women)
      const [first, second] = rng.chance(0.5) ? [man, woman] : [woman, man]
      b.add(
        `Rep. ${first.full} spoke first. Rep. ${second.full} ${rng.pick(['followed.', 'spoke next.'])}\n\n`,
      )
      const noun = rng.chance(0.5) ? 'congresswoman' : 'congressman'
      const said = { name: noun === 'congresswoman' ? woman.full : man.full }
      b.quote(bodyBefore(rng, true), said).add(` the ${noun} ${rng.pick(plainCues)}.`)
    }
    cases.push(b.done('inner-clauses'))
  }
  return cases
}

/**
 * `Sipho Nkosi, 71, striker ¶ “…”`: a name alone on its line labels the quote that opens the
 * next paragraph (oral histories, panels), and the paragraphs that go on with it; after a quote
 * with no speaker, the same line signs that quote instead (`“…” ¶ — Jane Doe`).
 */
const labels: Family = (rng, count) => {
  const cases: Case[] = []
  const roles = [
    'striker, 1975–1984',
    'retired postmaster',
    'supporter and former kit washer',
    'then a volunteer firefighter',
  ]
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const voices = rng.int(2) + 2
    const chosen = new Set<Person>()
    while (chosen.size < voices) chosen.add(rng.pick(people))
    const signs = rng.chance(0.25)
    // Each quote's own words: the suite matches quotes by their text.
    const used = new Set<string>()
    const fresh = (): string => {
      let body = bodyAfter(rng)
      while (used.has(body.slice(0, -1))) body = bodyAfter(rng)
      used.add(body.slice(0, -1))
      return body
    }
    b.add(
      `${rng.pick(['We spoke to players and supporters.', 'Their recollections have been edited for length.'])}\n\n`,
    )
    // Oral histories often set their voices in capitals (`DORIS HAWTHORNE, 81, …`).
    const capitals = !signs && rng.chance(0.3)
    for (const person of chosen) {
      const written = capitals ? person.full.toUpperCase() : person.full
      const label = `${written}, ${20 + rng.int(70)}, ${rng.pick(roles)}`
      if (signs) {
        b.quote(fresh(), { name: person.full }).add(`\n\n— ${label}\n\n`)
        continue
      }
      b.add(`${label}\n\n`).quote(fresh(), { name: person.full })
      if (rng.chance(0.4)) b.add('\n\n').quote(fresh(), { name: person.full })
      b.add('\n\n')
    }
    cases.push(b.done('labels'))
  }
  return cases
}

/**
 * `Jane Doe spoke first. “…,” the New York economist said`: a definite phrase that says more of
 * a person than a sort stands for the one person the sentence before names. With two people in
 * sight, or when the one in sight holds another office (`Mayor Jane Doe … the presidential
 * candidate`), it names no one the text named; a word for another office (`shadow`) is not
 * the office (`Health Secretary Tom Roe … the shadow health secretary`).
 */
const describedPeople: Family = (rng, count) => {
  const cases: Case[] = []
  const modifiers = ['New York', 'outspoken', 'Ohio-born', 'veteran Labour', 'soft-spoken']
  const cue = () => rng.pick(plainCues)
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const shape = rng.int(8)
    if (shape === 7) {
      // `said the 68-year-old retired millwright`: an age after the article makes a phrase for
      // the one person in sight, whatever its noun (and no lexicon here knows these).
      b.add(`${person.full} has voted the same way since 1972. This year that will end.\n\n`)
      const noun = rng.pick(['retired millwright', 'former shipwright', 'part-time lifeguard'])
      b.quote(bodyBefore(rng, true), { name: person.full })
      b.add(` said the ${rng.int(50) + 30}-year-old ${noun}, standing in the car park.`)
      cases.push(b.done('described-people'))
      continue
    }
    if (shape === 6 && person.gender !== 'unknown') {
      // `a soft-spoken man named Elliot Graybeal … “…,” said the man next to her`: a phrase
      // placed beside someone picks a new person out, not the one the noun named before.
      const noun = person.gender === 'female' ? 'woman' : 'man'
      b.add(`The moderator, a soft-spoken ${noun} ${rng.pick(['named', 'known as'])} `)
      b.add(`${person.full}, asked the panel for one word. `)
      b.quote(rng.pick(['Expensive,', 'Tired,', 'Divided,']), {
        mention: `the ${noun}`,
        head: noun,
      })
      const place = rng.pick(['next to her', 'beside him', 'behind them', 'across the table'])
      b.add(` said the ${noun} ${place}.`)
      cases.push(b.done('described-people'))
      continue
    }
    if (shape === 5 && person.gender !== 'unknown') {
      // `The daughter of a soil scientist and a nurse, she grew up …`: an article phrase set
      // before a pronoun and a comma is said of the pronoun, whom the text had in sight.
      const kin = person.gender === 'female' ? 'daughter' : 'son'
      const pronoun = person.gender === 'female' ? 'she' : 'he'
      b.add(
        `${person.full} founded the firm in 2019. ${rng.pick(['The', 'An only', 'The eldest'])} `,
      )
      const parents = rng.pick([
        'a soil scientist and a nurse',
        'a Nigerian soil scientist and a Norwegian nurse',
        'a Polish engineer',
      ])
      b.add(`${kin} of ${parents}, ${pronoun} grew up in Minneapolis. `)
      b.quote(bodyBefore(rng, true), { name: person.full }).add(` ${pronoun} recalls.`)
      cases.push(b.done('described-people'))
      continue
    }
    if (shape === 4 && person.gender !== 'unknown') {
      // `The police spokeswoman in the state, Jane Doe, disclosed this. She stated, “…”`: the
      // name set off after a role and its place is who the role is, past a noun a cue spells.
      const role = person.gender === 'female' ? 'spokeswoman' : 'spokesman'
      const place = rng.pick([
        'in the state',
        'for the state',
        'in the county',
        'at the statehouse',
      ])
      b.add(`The police ${role} ${place}, ${person.full}, disclosed this on Thursday. `)
      b.add(`${person.gender === 'female' ? 'She' : 'He'} stated, `)
      b.quote(bodyAfter(rng), { name: person.full })
      cases.push(b.done('described-people'))
      continue
    }
    const gendered =
      person.gender === 'male' ? 'businessman' : person.gender === 'female' ? 'businesswoman' : ''
    const noun = rng.pick([
      gendered || 'economist',
      'economist',
      'lawmaker',
      'filmmaker',
      'activist',
    ])
    let phrase = `${rng.pick(modifiers)} ${noun}`
    let said: ExpectedSpeaker = { name: person.full }
    if (shape === 0) {
      b.add(`${person.full} ${rng.pick(['spoke first.', 'arrived late.', 'took questions.'])} `)
    } else if (shape === 1) {
      b.add(`${person.full} met ${other.full} on Monday. `)
      said = { mention: `the ${phrase}`, head: noun }
    } else if (shape === 2) {
      b.add(`${rng.pick(['Mayor', 'Judge', 'Ambassador'])} ${person.full} spoke first. `)
      phrase = `${rng.pick(['presidential', 'Senate', 'mayoral'])} candidate`
      said = { mention: `the ${phrase}`, head: 'candidate' }
    } else {
      b.add(`Health Secretary ${other.full} defended the budget.\n\n`)
      b.add(`${person.full} accused ministers of delay.\n\n`)
      phrase = 'shadow health secretary'
    }
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), said).add(` the ${phrase} ${cue()}.`)
    else b.add(`The ${phrase} ${cue()}: `).quote(bodyAfter(rng), said)
    cases.push(b.done('described-people'))
  }
  return cases
}

/**
 * `he sent a letter to the board … “…,” the letter reads`: a definite paper speaks for whoever
 * the text said put it out: by a verb that sends it, a phrase that opens the sentence (`In a
 * circular to staff, Jane Doe …`), `from` after it, or a verb that names it (`tweeted`). A paper
 * no one is said to have put out names no one.
 */
const papers: Family = (rng, count) => {
  const cases: Case[] = []
  const kinds = ['letter', 'statement', 'memo', 'circular', 'advisory', 'declaration']
  const reads = ['said', 'read', 'reads', 'added', 'stated', 'reads in part']
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const paper = rng.pick(kinds)
    const org = rng.pick(organizations)
    const person = rng.pick(people)
    const shape = rng.int(9)
    let said: ExpectedSpeaker = { name: person.full }
    if (shape === 8) {
      // `The letter, signed by Jane Doe, paints a grim picture. ¶ “…,” the letter reads`: a
      // paper's sender set off after it, in a participle's phrase.
      const verb = rng.pick(['signed', 'sent', 'written'])
      const dated = rng.chance(0.5) ? 'dated September 2 and ' : ''
      b.add(`The ${paper}, ${dated}${verb} by ${person.full}, paints a grim picture.\n\n`)
      b.quote(bodyBefore(rng, true), said).add(` the ${paper} ${rng.pick(reads)}.`)
      cases.push(b.done('papers'))
      continue
    }
    if (shape === 7) {
      // `Shares fell after Grayling Research published a report. The report said`: the subject
      // of the verb that put the paper out issued it, not the sentence's subject.
      const verb = rng.pick(['published', 'released', 'issued', 'circulated'])
      const firm = rng.pick(['Grayling Research', 'Osprey Capital', 'Tamsin Analytics'])
      b.add(`${cap(org.written)} shares fell after short seller ${firm} ${verb} a ${paper}. `)
      b.add(`The ${paper} said investigators found `)
      b.quote(rng.pick(['a shuttered nail salon', 'an empty lot', 'no patients at all']), {
        name: firm,
      }).add('.')
      cases.push(b.done('papers'))
      continue
    }
    if (shape === 6) {
      // `… received a Slack message from the head of people, Jane Doe. ¶ “…,” it read.`: `it`
      // before a verb that reads a paper out is the paper, and speaks for who put it out.
      if (rng.chance(0.5))
        b.add(`${person.full} sent ${article(paper)} ${paper} to staff on Monday.\n\n`)
      else
        b.add(
          `Employees received ${article(paper)} ${paper} from the company’s ${rng.pick(['head of people', 'chief executive'])}, ${person.full}.\n\n`,
        )
      b.quote(bodyBefore(rng, true), said).add(` it ${rng.pick(['read', 'reads'])}.`)
      cases.push(b.done('papers'))
      continue
    }
    if (shape === 5) {
      // `She kept a notebook … One entry reads`: a part of a paper is of the paper kept.
      const kept = rng.pick(['a diary', 'a notebook', 'a small green exercise book'])
      b.add(
        `${person.full} ${rng.pick(['kept', 'has kept'])} ${kept} ${rng.pick(['since 1973', 'by the bed', 'for years'])}. `,
      )
      const entry = rng.pick(['One entry', 'The last entry', 'The entry for 14 March', 'A passage'])
      b.add(
        `${entry}${rng.pick(['', ', from August 2023,'])} ${rng.pick(['reads', 'reads simply'])}: `,
      )
      b.quote(bodyAfter(rng), said)
      cases.push(b.done('papers'))
      continue
    }
    if (shape === 0) {
      const verb = rng.pick(['sent', 'issued', 'released', 'signed', 'wrote', 'circulated'])
      b.add(
        `${person.full} ${verb} ${article(paper)} ${paper} ${rng.pick(['to the board', 'on Monday', 'to members'])}. `,
      )
    } else if (shape === 1) {
      const detail = rng.pick(['dated Monday', 'to all staff', 'released on Tuesday'])
      const verb = rng.pick(['urged', 'directed', 'asked'])
      b.add(`In ${article(paper)} ${paper} ${detail}, ${person.full} ${verb} managers to act. `)
    } else if (shape === 2) {
      b.add(
        `${cap(org.written)} received ${article(paper)} ${paper} from ${person.full} in March. `,
      )
    } else if (shape === 3) {
      const [verb, named] = rng.pick([
        ['tweeted', 'tweet'],
        ['emailed', 'email'],
      ] as const)
      b.add(`${person.full} spoke in Dayton. Hours later, ${pronounOf(person)} ${verb} a reply. `)
      b.quote(bodyBefore(rng, true), said).add(` the ${named} ${rng.pick(reads)}.`)
      cases.push(b.done('papers'))
      continue
    } else {
      b.add(`${cap(org.written)} published its figures on Monday. `)
      said = { mention: `the ${paper}`, head: paper }
      b.add(`${cap(article(paper))} ${paper} reached the newsroom. `)
    }
    if (rng.chance(0.4))
      b.add(`${rng.pick(people.filter((one) => one !== person)).full} declined to comment. `)
    if (rng.chance(0.5))
      b.quote(bodyBefore(rng, true), said).add(` the ${paper} ${rng.pick(reads)}.`)
    else b.add(`The ${paper} ${rng.pick(['said', 'stated', 'read'])}: `).quote(bodyAfter(rng), said)
    cases.push(b.done('papers'))
  }
  return cases
}

// `he` or `she`, or the surname when the name tells no gender.
const pronounOf = (person: Person): string =>
  person.gender === 'female' ? 'she' : person.gender === 'male' ? 'he' : person.surname

/** Families and how many cases each draws (the cue lexicon draws two per cue). */
/**
 * Who a source is, told in the words around the name: words that modify a role before it
 * (`chief fire officer Dev Rao`), a name set off with an article and a role of its own (`The
 * committee’s chair, the Labour MP Jo Roe,`), a name a source gives itself (`a caller who
 * identified herself only as Brenda`), a subject's own `her` (`Kerry Lomax was trapped in her
 * car with her daughter …`), a given name in the quote's own words (`“Ray saw it,” he said`),
 * an owner's paper (`Ferric’s announcement describes`), a body the story named before `the
 * company` (`Harborline Foods beat estimates`) and an insider taken up (`a source close to …
 * the insider says`).
 */
const sourceWords: Family = (rng, count) => {
  const cases: Case[] = []
  const cue = () => rng.pick(plainCues)
  const gendered = people.filter((one) => one.gender !== 'unknown')
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const person = rng.pick(people)
    const speaker = { name: person.full }
    const shape = rng.int(10)
    if (shape === 8) {
      // `Mr Ade Roe, in a statement signed by his press secretary, Mr Tom Lee, described …`
      const aide = rng.pick(people.filter((one) => one.surname !== person.surname))
      b.add(
        `${person.full}, ${rng.pick(['in a statement signed by', 'through', 'with'])} ${rng.pick(['his', 'her'])} ${rng.pick(['press secretary', 'lawyer', 'spokesperson'])}, ${aide.full}, ${rng.pick(['described the plan as', 'called the plan'])} `,
      )
      b.quote(rng.pick(quoteBodies), speaker).add('.')
      cases.push(b.done('source-words'))
      continue
    }
    if (shape === 9) {
      // `The court heard that Doe approached him and told him …`
      b.add(
        `${rng.pick(['The court heard', 'The tribunal heard', 'Investigators found'])} that ${person.full} ${rng.pick(['approached the developer at a fundraiser', 'met the contractor twice'])} and ${rng.pick(['told him', 'warned him'])} the deal `,
      )
      b.quote(rng.pick(['could go either way', 'would not survive', 'was in trouble']), speaker)
      b.add('.')
      cases.push(b.done('source-words'))
      continue
    }
    if (shape === 0) {
      const role = rng.pick([
        'chief fire officer',
        'Met Office deputy chief meteorologist',
        'Tuskers director of cricket',
        'Fire and Emergency assistant commander',
        'deputy police commissioner',
      ])
      if (rng.chance(0.5)) {
        b.quote(bodyBefore(rng, true), speaker).add(` ${role} ${person.full} told reporters.`)
      } else {
        b.add(`${cap(role)} ${person.full} ${rng.pick(['spoke on Monday.', 'met reporters.'])} `)
        b.quote(bodyBefore(rng, true), speaker).add(` ${person.surname} ${cue()}.`)
      }
    } else if (shape === 1) {
      const opener = rng.pick([
        `The committee’s chair, the Labour MP ${person.full},`,
        `Counsel for ${rng.pick(organizations).name}, advocate ${person.full},`,
        `The board’s lone Democrat, the veteran lawmaker ${person.full},`,
      ])
      b.add(`${opener} ${rng.pick(['said', 'argued', 'warned'])} the plan was `)
      b.quote(rng.pick(quoteBodies), speaker).add('.')
    } else if (shape === 2) {
      const given = rng.pick(['Brenda', 'Musa', 'Wong', 'Dele', 'Marisol'])
      const role = rng.pick([
        'a caller',
        'a commercial driver',
        'a 41-year-old civil servant',
        'one resident',
      ])
      const gave = rng.pick([
        `who identified ${rng.pick(['herself', 'himself'])} only as ${given}`,
        `who gave ${rng.pick(['her', 'his'])} name as ${given}`,
        `who gave only ${rng.pick(['her', 'his'])} surname, ${given},`,
      ])
      b.add(
        `${cap(role)} ${gave} said ${rng.pick(['the water rose fast', 'the siren never sounded'])}. `,
      )
      b.quote(bodyBefore(rng, true), { name: given }).add(` ${given} said.`)
    } else if (shape === 3) {
      const mother = rng.pick(gendered.filter((one) => one.gender === 'female'))
      const child = rng.pick(['Poppy', 'Grace', 'Amara'])
      b.add(
        `${mother.full}, 34, was trapped in her car for an hour with her daughter ${child}, six.\n\n`,
      )
      b.add(`${rng.pick(['She sobbed:', 'She said:'])} `).quote(bodyAfter(rng), {
        name: mother.full,
      })
    } else if (shape === 4) {
      const speakerPerson = rng.pick(gendered)
      const coach = rng.pick(
        gendered.filter(
          (one) => one.gender === speakerPerson.gender && one.surname !== speakerPerson.surname,
        ),
      )
      const given = coach.full.split(' ')[0] as string
      const pronoun = speakerPerson.gender === 'female' ? 'she' : 'he'
      b.add(
        `${speakerPerson.full} pitched six innings. ${cap(pronoun)} thanked coach ${coach.full}.\n\n`,
      )
      b.quote(`${given} saw something I couldn’t feel,`, { name: speakerPerson.full })
      b.add(` ${pronoun} said.`)
    } else if (shape === 5) {
      const org = rng.pick(['Ferric Records', 'Kestrel Point Holdings', 'Bellweather Analytics'])
      const paper = rng.pick(['announcement', 'statement', 'letter', 'press release'])
      b.add(
        `The album is out in May. ${org}’s ${paper} ${rng.pick(['describes', 'called', 'calls'])} the record `,
      )
      b.quote(rng.pick(quoteBodies), { name: org }).add('.')
    } else if (shape === 6) {
      const body = rng.pick([
        'Harborline Foods',
        'Kestrel Mills',
        'Ardmore Freight',
        'Tamsin Works',
      ])
      b.add(
        `${body} ${rng.pick(['beat estimates on Tuesday.', 'will close its plant.', 'cut 40 jobs.'])} `,
      )
      b.add(`Chief executive ${person.full} said shoppers were cautious.\n\n`)
      b.add(
        `In ${rng.pick(['the earnings release', 'a statement'])}, the ${rng.pick(['company', 'firm'])} said it was `,
      )
      b.quote(rng.pick(quoteBodies), { name: body }).add('.')
    } else {
      const source = rng.pick([
        'A source close to the couple',
        'A person familiar with the talks',
        'One insider',
      ])
      b.add(`${source} ${rng.pick(['tells a different story.', 'disputed that.'])} `)
      b.quote(bodyBefore(rng, true), { newAnonymous: true, notNames: [] })
      b.add(` the ${rng.pick(['insider', 'source', 'person'])} ${rng.pick(['says', 'said'])}.`)
    }
    cases.push(b.done('source-words'))
  }
  return cases
}

/** Titles written before a name that take a `for` complement, and what they serve. */
const servingTitles = ['Minister', 'Commissioner', 'Secretary', 'Minister of State', 'Director']
const portfolios = [
  'Health',
  'Parliamentary Affairs',
  'Lands and Natural Resources',
  'Youth and Sports',
  'Trade and Industry',
  'Women Affairs',
  // A title word inside the complement (`Foreign`), which alone would stop the name short.
  'Foreign Affairs',
  'African Affairs',
]

/** Honorifics of Commonwealth and West African papers, with the gender each shows. */
const honorifics: readonly { word: string; gender?: 'male' | 'female' }[] = [
  { word: 'Hon.' },
  { word: 'Engr.' },
  { word: 'Barr.' },
  { word: 'Datuk Seri' },
  { word: 'Alhaji', gender: 'male' },
  { word: 'Alhaja', gender: 'female' },
]

/** Titles and the initials papers write them by. */
const initialledTitles: readonly [string, string][] = [
  ['Deputy Solicitor General', 'DSG'],
  ['Chief Minister', 'CM'],
  ['Inspector General of Police', 'IGP'],
  ['Chief Executive Officer', 'CEO'],
  ['Director-General', 'DG'],
  ['SSP', 'SSP'],
]

/** Nouns for someone by what they do, that a writer uses for the one person in sight. */
const occupationNouns = [
  'driver',
  'defender',
  'striker',
  'farmer',
  'shopkeeper',
  'organiser',
  'scientist',
  'novelist',
  'economist',
]

/**
 * Offices and the nouns for them: a title's `for` complement before a name (with an `and`
 * inside, after an `of`, set off after `the` with an honorific before the name), and a noun
 * alone for the one person in sight (`the driver`, `the lawmaker` for a senator) unless the
 * text brought someone in by that noun or a clause set off after it brings someone in.
 */
const officeNouns = castFamily('office-nouns', 7, ({ b, person, speaker, pronoun }, shape, rng) => {
  const title = rng.pick(servingTitles)
  const portfolio = rng.pick(portfolios)
  const honorific = rng.pick(
    honorifics.filter((one) => !one.gender || one.gender === person.gender),
  ).word
  const cue = rng.pick(plainCues)
  if (shape === 0) {
    // A modifier may open the title (`Assistant Secretary of State for African Affairs`).
    const modifier = rng.pick(['', '', 'Assistant ', 'Deputy ', 'Acting '])
    b.add(`${modifier}${title} for ${portfolio} ${person.full} said the plan was `).quote(
      bodyAfter(rng),
      speaker,
    )
  } else if (shape === 1) {
    b.add(
      `On Tuesday, the ${title} for ${portfolio}, ${honorific} ${person.full}, ${rng.pick(beats)}. `,
    )
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} ${cue}.`)
    else b.quote(bodyAfter(rng), speaker)
  } else if (shape === 2) {
    const noun = rng.pick(occupationNouns)
    b.add(`${person.full} ${rng.pick(beats)}.${rng.chance(0.5) ? '\n\n' : ' '}`)
    if (rng.chance(0.6)) b.quote(bodyBefore(rng, true), speaker).add(` the ${noun} ${cue}.`)
    else b.add(`The ${noun} ${cue}: `).quote(bodyAfter(rng), speaker)
  } else if (shape === 3) {
    // The noun brought someone in already, or a clause after it brings someone new in.
    const noun = rng.pick(occupationNouns)
    const said = { mention: `the ${noun}`, head: noun }
    if (rng.chance(0.5)) {
      b.add(`The ${noun} ${rng.pick(['looked up.', 'shrugged.'])} ${person.full} watched. `)
      b.quote(bodyBefore(rng, true), said).add(` the ${noun} ${cue}.`)
    } else {
      b.add(`${person.full} ${rng.pick(beats)}. `)
      b.quote(bodyBefore(rng, true), said).add(
        ` said the ${noun}, who ${rng.pick(['works nearby', 'has lived here for years'])}.`,
      )
    }
  } else if (shape === 6) {
    if (rng.chance(0.5)) {
      // `said warning coordination meteorologist Jana Roe`: a cue's form may modify a role.
      const role = rng.pick([
        'warning coordination meteorologist',
        'reporting officer',
        'calling agent',
        'briefing officer',
      ])
      b.quote(bodyBefore(rng, true), speaker).add(` said ${role} ${person.full}.`)
    } else {
      // `Mr Friday Idakwo`: a day's name after a title is a given name.
      const day = rng.pick(['Friday', 'Sunday', 'Monday'])
      const title = rng.pick(['Mr', 'Mr.', 'Chief', 'Pastor'])
      b.add(`${title} ${day} ${person.surname}, a local trader, said: `).quote(bodyAfter(rng), {
        name: `${day} ${person.surname}`,
      })
    }
  } else if (shape === 5) {
    // `Deputy Solicitor General Ana Roe … the DSG`: a title written by its initials.
    const [written, initials] = rng.pick(initialledTitles)
    b.add(`${written} ${person.full} ${rng.pick(beats)}. `)
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` the ${initials} ${cue}.`)
    else b.add(`The ${initials} ${cue}: `).quote(bodyAfter(rng), speaker)
  } else {
    const sex = person.gender === 'female' ? 'woman' : 'man'
    const office = rng.pick(['Senator', 'Representative', `Congress${sex}`, `Assembly${sex}`])
    b.add(`${office} ${person.full} described the bill as ${rng.pick(['bad', 'rushed'])}.\n\n`)
    b.quote(bodyBefore(rng, true), speaker).add(
      ` the ${rng.pick(['lawmaker', 'legislator'])} ${cue}.`,
    )
  }
})

/**
 * Clauses around the speaker that name no one: a passive of a cue whose object is what is said
 * inside the reported clause (the quote is still the speaker's), an adverb opening a sentence
 * before its pronoun, a place's abbreviation set off after a town, a question put in a clause
 * `when` opens (the subject answers it), `Ever` opening a sentence.
 */
const reportClauses = castFamily(
  'report-clauses',
  14,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 13) {
      // `Ever since Tom Roe took office, he has said …`: `Ever` opening a sentence is an adverb,
      // never a name the pronoun could stand for.
      b.add(`Ever ${rng.pick(['since', 'after'])} ${person.full} took office, ${pronoun} has `)
      b.add(`${rng.pick(['said', 'repeated'])} the same thing: `).quote(bodyAfter(rng), speaker)
      return
    }
    if (shape === 12) {
      // `laughed when reporters asked about it: “…”`: a question put in a clause `when` opens
      // after the subject, with what it asks before the quote, brings in the subject's answer;
      // a question put alone (`when Roe asked: “Why?”`) is the asker's.
      const asker = rng.pick(['reporters', 'Tom Lee', 'the moderator', 'a student'])
      const verb = rng.pick(['laughed', 'was blunt', 'did not hesitate', 'told reporters'])
      const opener = rng.pick(['when', 'after', 'as'])
      const asked = rng.pick(['asked about it', 'asked for a prediction', 'questioned the plan'])
      b.add(`${person.full} ${verb} ${opener} ${asker} ${asked}${rng.pick([':', ','])} `)
      b.quote(bodyAfter(rng), speaker)
      return
    }
    if (shape === 11) {
      // `the remaining claims would be settled “…”`: a speech word's plural after a participle
      // and before an auxiliary is a noun, the subject of the reported clause.
      const noun = rng.pick(['claims', 'reports', 'requests', 'complaints'])
      const modifier = rng.pick(['remaining', 'outstanding', 'disputed', 'pending'])
      b.add(`${person.full} said most farmers had received relief and that the ${modifier} `)
      b.add(`${noun} ${rng.pick(['would be', 'will be', 'are being'])} settled `)
      b.quote(rng.pick(['well before the season', 'within weeks', 'by March']), speaker).add('.')
      return
    }
    if (shape === 0) {
      const thing = rng.pick(['the fixtures', 'the dates', 'the new rules', 'the results'])
      const passive = rng.pick([
        'confirmed',
        'announced',
        'described as',
        'published',
        'reported as',
      ])
      b.add(`${person.full} said ${thing} would be ${passive} `).quote(bodyAfter(rng), speaker)
    } else if (shape === 1) {
      const opener = rng.pick([
        'Shortly after the hearing',
        'Finally,',
        'Eventually,',
        'Quickly,',
        'Usually',
      ])
      b.add(`${person.full} ${rng.pick(['seemed unbothered', 'left early', 'kept quiet'])}. `)
      b.add(`${opener} ${pronoun} ${rng.pick(['posted on X', 'wrote', 'told reporters'])}: `).quote(
        bodyAfter(rng),
        speaker,
      )
    } else if (shape === 3) {
      // `KUALA KRAI, Nov 12 — …`: a dateline's month before a number is a date, not someone.
      const month = rng.pick(['Nov', 'Jan', 'Aug', 'Dec.', 'Sept.'])
      b.add(`LAGOS, ${month} ${1 + rng.int(28)} — The plan will go ahead, says ${person.full}.\n\n`)
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} told reporters.`)
    } else if (shape === 4) {
      // `at Victoria University of Wellington`: a body named with a given name is no one.
      const body = rng.pick([
        'Victoria University of Wellington',
        'Mary Washington Hospital of Fredericksburg',
        'Georgia Institute of Technology',
        'Grace College of Nursing',
      ])
      b.add(`${person.full}, a researcher at ${body}, said the numbers were small.\n\n`)
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    } else if (shape === 5) {
      // `Harlan Tool & Die Co.`: an ampersand joins a body's name; a person of it keeps theirs.
      const body = rng.pick(['Harlan Tool & Die Co.', 'Procter & Gamble', 'Morrow & Pike'])
      b.add(`${body} said its profit fell. Shares fell 5%. `)
      b.add('The company said it was ').quote('cooperating fully.', { name: body })
      b.add(` ${person.full} of Lowry & Webb called the results `).quote(bodyAfter(rng), speaker)
    } else if (shape === 6) {
      // `the coxswain of Inverardoch lifeboat station`: a place before a body's noun is no one.
      b.add(`${person.full} ${rng.pick(['was 19 then.', 'joined in 1986.'])}\n\n`)
      const body = rng.pick([
        'lifeboat station',
        'fire station',
        'county council',
        'district hospital',
      ])
      b.add(
        `Last week, the ${rng.pick(['coxswain', 'chief', 'head'])} of Kilbrannan ${body} stood down.\n\n`,
      )
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    } else if (shape === 7) {
      // `Form Three student Achieng Awuor`: a class in capitals modifies the role.
      const form = rng.pick(['Form Three', 'Year Six', 'Grade Nine', 'Standard Eight'])
      b.add(`${form} ${rng.pick(['student', 'pupil'])} ${person.full}, 17, is among them. `)
      b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} says.`)
    } else if (shape === 8) {
      // `a statement from Gadsby Lowe Lawyers said`: a paper from a name speaks for it.
      const paper = rng.pick(['A statement', 'A letter', 'An email', 'A memo'])
      if (rng.chance(0.5)) {
        b.add(`${paper} from ${person.full} ${rng.pick(['said', 'read'])}: `).quote(
          bodyAfter(rng),
          speaker,
        )
      } else {
        const firm = rng.pick(['Gadsby Lowe Lawyers', 'Acme Corp', 'Harborline Foods'])
        b.quote(bodyBefore(rng, true), { name: firm }).add(
          ` ${paper.toLowerCase()} from ${firm} said.`,
        )
      }
    } else if (shape === 9) {
      // `Humber and Dales Integrated Care Board (ICB) … The ICB said`: an acronym in brackets.
      const [body, short] = rng.pick([
        ['Humber and Dales Integrated Care Board', 'ICB'],
        ['Election Commission of Pakistan', 'ECP'],
        ['Kenya Wildlife Service', 'KWS'],
        ['Westcountry Farmers Union', 'WFU'],
      ])
      b.add(`The ${body} (${short}) opened a consultation on Monday. `)
      b.add(`The ${short} said it would `).quote(bodyAfter(rng), { name: body })
    } else if (shape === 10) {
      // `Matteo Roe, of the European People’s Party, who …, called`: `who` is no body's.
      const party = rng.pick([
        'the centre-right European People’s Party',
        'the opposition Labour Party',
        'the Green Party',
        'the National Farmers’ Union',
      ])
      b.add(`${person.full}, of ${party}, who has campaigned on the issue, called the plan `)
      b.quote(bodyAfter(rng), speaker)
    } else {
      const [town, state] = rng.pick([
        ['Fresno', 'Calif.'],
        ['Trois-Rivières', 'Que.'],
        ['Sudbury', 'Ont.'],
        ['Red Deer', 'Alta.'],
        ['Waco', 'Tex.'],
      ])
      const noun = rng.pick(['farmer', 'nurse', 'teacher', 'retiree'])
      b.add(`${person.full}, a ${noun} from ${town}, ${state}, said: `).quote(
        bodyAfter(rng),
        speaker,
      )
    }
  },
)

/** Plurals whose ending makes them people, in no list: a group of the people they name. */
const groupPlurals = [
  'islanders',
  'skippers',
  'commuters',
  'marchers',
  'shopkeepers',
  'beekeepers',
  'ranchers',
  'growers',
  'hikers',
  'motorists',
  'florists',
  'librarians',
  'technicians',
  'pedestrians',
  'gardeners',
  'brewers',
]

/** Capitalized plurals that open a sentence as nouns, each with the words that follow it. */
const pluralOpeners = [
  'Figures out today show a rise',
  'Eyebrows went up in the room',
  'Things have changed since then',
  'Programs vary from town to town',
  'Conversations went on for a year',
  'Frustrations grew over the summer',
  'Millennials make up most new voters',
  'Prices rose again in March',
]

/**
 * Plurals: one whose ending makes it people is a group wherever it stands (`Local skippers
 * told reporters`); a capitalized plural opening a sentence before a word in lower case is a
 * noun, not someone a pronoun may stand for (`Figures out today show …`); a surname that looks
 * plural stays a name before its cue (`Williams said`).
 */
const pluralNouns = castFamily('plural-nouns', 3, ({ b, person, speaker, pronoun }, shape, rng) => {
  if (shape === 0) {
    const noun = rng.pick(groupPlurals)
    const modifier = rng.pick(['', 'Local ', 'Angry ', 'Worried ', 'Terrified ', 'Longtime '])
    const said = { mention: `${modifier}${noun}`, head: noun }
    const cue = rng.pick(['say', 'said', 'told reporters', 'complained', 'warned'])
    if (rng.chance(0.5)) b.add(`${cap(`${modifier}${noun}`)} ${cue} the plan was `)
    else
      b.add(
        `${person.full} ${rng.pick(beats)}. But ${modifier.toLowerCase()}${noun} ${cue} it was `,
      )
    b.quote(bodyAfter(rng), said).add('.')
  } else if (shape === 1) {
    b.add(`${person.full} ${rng.pick(beats)}. ${rng.pick(pluralOpeners)}. `)
    if (rng.chance(0.5)) b.quote(bodyBefore(rng, true), speaker).add(` ${pronoun} said.`)
    else b.add(`${cap(pronoun)} ${rng.pick(['added', 'said'])}: `).quote(bodyAfter(rng), speaker)
  } else {
    const surname = rng.pick(['Williams', 'Adams', 'Reyes', 'Matthews', 'Peters', 'Santos'])
    b.add(`${surname} ${rng.pick(['said', 'told reporters', 'added'])} the plan was `).quote(
      bodyAfter(rng),
      { name: surname },
    )
    b.add(`. ${rng.pick(pluralOpeners)}.`)
  }
})

/** Words whose sentence ends with the quote, so that a later sentence may attribute them. */
const lines = [
  'We will win.',
  'There is still time to get this right.',
  'The numbers do not work.',
  'Nobody got everything they wanted.',
]

/**
 * Attributions that point back: a sentence after the quote names its speaker with a word that
 * stands for the words (`said so`, `said as much`, a cleft's `That was how`, `So said`), past
 * adverbials whose object a participle modifies (`in a statement posted online`), and someone
 * named before it; and a relative clause set off after a name that runs long.
 */
const pointingBack = castFamily('pointing-back', 6, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  const name = rng.pick([person.full, `Mayor ${person.full}`])
  if (rng.int(2) === 0) b.add(`${other.full} spoke first. `)
  const adverbial = rng.pick([
    '',
    ' in a statement',
    ' in a statement posted online',
    ' in a letter sent to reporters',
    ' in a post released after the vote',
    ' on Tuesday',
  ])
  if (shape === 0) {
    b.quote(rng.pick(lines), speaker).add(` ${name} said so${adverbial}.`)
  } else if (shape === 1) {
    b.quote(rng.pick(lines), speaker).add(` ${name} said as much${adverbial}.`)
  } else if (shape === 2) {
    const opener = rng.pick(['That was how', 'That is what', 'That’s what', 'This is how'])
    const cue = rng.pick(['summed up the night', 'put it', 'told reporters', 'described the plan'])
    b.quote(rng.pick(lines), speaker).add(` ${opener} ${name} ${cue}.`)
  } else if (shape === 3) {
    b.quote(rng.pick(lines), speaker).add(` So said ${name}.`)
  } else if (shape === 4) {
    const clause = rng.pick([
      'who has been in the job for three years and was once a bus driver',
      'who has worked with the county commission since 2015 and knows many of the families',
      'who sat through every hearing on the proposal and has rarely spoken publicly about it',
    ])
    const words = rng.pick(lines).replace(/\.$/u, ',')
    b.quote(words, speaker).add(` ${name}, ${clause}, said${adverbial}.`)
  } else {
    const words = rng.pick(lines).replace(/\.$/u, ',')
    b.quote(words, speaker).add(` ${name} said${adverbial}.`)
  }
})

/**
 * Ages and inscriptions: a name with its age set off opening a sentence (`Coelho, 29, was more
 * modest.`) is the later `the 29-year-old guard`, whatever the position's noun; words a
 * participle gives a thing they are written on (`a banner reading “…”`) are nobody's.
 */
const agedAndInscribed = castFamily(
  'aged-and-inscribed',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const age = 19 + rng.int(20)
    if (shape === 0) {
      const position = rng.pick(['guard', 'center', 'striker', 'forward', 'goalkeeper'])
      const setUp = rng.pick([
        'was more modest',
        'has now scored in three straight games',
        'shrugged',
      ])
      b.add(`${person.full} scored twice on Sunday.\n\n${person.surname}, ${age}, ${setUp}. `)
      b.quote(rng.pick(['My teammates found me,', 'We never stopped believing,']), speaker)
      b.add(` the ${age}-year-old ${position} ${rng.pick(['said', 'told the team’s website'])}.`)
      return
    }
    const [holders, thing, participle] = rng.pick([
      ['Fans in the home end', 'a banner', 'reading'],
      ['Protesters outside', 'signs', 'saying'],
      ['Supporters', 'placards', 'reading'],
      ['Volunteers', 't-shirts', 'saying'],
    ] as const)
    const verb = rng.pick(['unfurled', 'held up', 'carried', 'waved'])
    b.add(`${holders} ${verb} ${thing} ${participle} `)
    b.quote(rng.pick(['Never Give Up', 'Our Town, Our Team', 'Believe']), null)
    b.add(` ${rng.pick(['before kickoff', 'on Tuesday', 'all afternoon'])}.`)
    if (shape === 2) {
      b.add(' ')
      b.quote(rng.pick(['It was loud all night,', 'We felt them behind us,']), speaker)
      b.add(` ${person.full} said.`)
    }
  },
)

/**
 * Bodies named whole: a person of a body whose name holds a possessive (`of King’s College
 * London`); a body with a plural head before its link and a field joined by `and` (`Institutes
 * for Coastal Research and Development`), later `the agency` or its initials, past a region
 * after `along` or `across`; a title set off after a paper for the public is nobody's.
 */
const namedBodies = castFamily('named-bodies', 3, ({ b, person, speaker }, shape, rng) => {
  if (shape === 0) {
    const body = rng.pick(['King’s College London', 'St. Olaf’s University', 'Queen’s Hospital'])
    b.add(`The study was led by ${person.full} of ${body}. `)
    b.quote(rng.pick(['We were surprised by the effect,', 'The signal was consistent,']), speaker)
    b.add(` ${rng.pick([person.surname, person.full])} said.`)
    return
  }
  const [name, initials] = rng.pick([
    ['Centers for Coastal Research and Development', 'CCR'],
    ['Institutes for Water Safety and Prevention', 'IWS'],
    ['Office of Rural Health and Resilience', 'ORH'],
  ] as const)
  const region = rng.pick([
    'along the Gulf Coast',
    'across the Midwest',
    'throughout the Pacific Northwest',
  ])
  b.add(
    `Cases rose ${region}, and the ${name} issued guidance on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
  )
  if (shape === 1) {
    b.quote(rng.pick(['Call ahead before coming in,', 'Testing is free,']), { name })
    b.add(
      ` ${rng.pick(['the agency', `the ${initials}`])} said${rng.pick(['', ' in a statement'])}.`,
    )
    return
  }
  b.add(`The ${initials} also posted a ${rng.pick(['fact sheet', 'guide', 'brochure'])}, `)
  b.quote(rng.pick(['What Parents Should Know', 'Protecting Your Family']), null)
  b.add(', on its website. ')
  b.quote(rng.pick(['Most people recover at home,', 'Wash your hands often,']), { name })
  b.add(' the agency said.')
})

/**
 * Bodies described by what they do: `the software company` is the body named before whose name
 * has the modifier's word (`Nimbus Software`), as subject or object, even when the name looked
 * like a person's (`Cobalt Cloud Systems`), and `the airline` one whose last word says its sort
 * (`Skyward Air`); a modifier no body named has is a body of its own.
 */
const describedBodies = castFamily('described-bodies', 4, ({ b, person }, shape, rng) => {
  if (shape === 3) {
    // `Skyward Air … the airline`: a name whose last word says its sort, past someone quoted.
    const [body, noun] = rng.pick([
      ['Skyward Air', 'airline'],
      ['Bluepeak Airways', 'airline'],
      ['Halden Motors', 'carmaker'],
      ['Fenwick Bancorp', 'bank'],
    ] as const)
    b.add(`Complaints about ${body} have tripled this year.\n\n`)
    b.quote(rng.pick(['They charged me twice,', 'Nobody answered the phone,']), {
      name: person.full,
    })
    b.add(` said ${person.full}, a teacher.\n\n`)
    b.quote(rng.pick(['Most refunds are now processed quickly,', 'We apologize,']), { name: body })
    b.add(` the ${noun} said${rng.pick(['', ' in a statement'])}.`)
    return
  }
  const [name, modifier, head] = rng.pick([
    ['Nimbus Software', 'software', 'company'],
    ['Oakridge Snacks', 'snack', 'maker'],
    ['Cobalt Cloud Systems', 'cloud', 'provider'],
    ['Harrow Steel Works', 'steel', 'producer'],
    ['Lindqvist Freight Lines', 'freight', 'carrier'],
  ] as const)
  const other = rng.pick(['Palisade Holdings', 'Brightwater Capital', 'Meridian Partners'])
  const words = rng.pick(['We will keep every job,', 'The offer undervalues us,'])
  if (shape === 0) {
    b.add(`${name} cut 200 jobs on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
    b.quote(words, { name }).add(
      ` the ${modifier} ${head} said${rng.pick(['', ' in a statement'])}.`,
    )
  } else if (shape === 1) {
    b.add(`${other} agreed on Sunday to buy ${name} for about $2 billion.\n\n`)
    b.quote(words, { name }).add(` the ${modifier} ${head} said.`)
  } else {
    b.add(`${name} cut 200 jobs on Monday.\n\n`)
    b.quote(words, { mention: 'group', head: 'group' }).add(' the rights group said.')
  }
})

/**
 * Roles in full: a role with what it serves set off before a name (`the ambassador to Chile,
 * Jane Doe, told the council`, `Chile’s envoy to the United Nations, Jane Doe,`) is the name's;
 * a headline's title (`Chilean Foreign Minister: “…”`) is the one person the story gives it.
 */
const rolesInFull = castFamily('roles-in-full', 2, ({ b, person, speaker }, shape, rng) => {
  const [country, demonym] = rng.pick([
    ['Chile', 'Chilean'],
    ['Norway', 'Norwegian'],
    ['Kenya', 'Kenyan'],
    ['Japan', 'Japanese'],
  ] as const)
  if (shape === 0) {
    const role = rng.pick([
      `the ambassador to ${country}`,
      `${country}’s ambassador to the United Nations`,
      `${country}’s envoy to the talks`,
    ])
    b.add('The council met in emergency session on Sunday.\n\n')
    b.quote(
      rng.pick(['We call on all parties to return to the table,', 'The facts speak,']),
      speaker,
    )
    b.add(` ${role}, ${person.full}, ${rng.pick(['said', 'told the council', 'told reporters'])}.`)
    return
  }
  const title = `${demonym} Foreign Minister`
  b.add(`${title}: `)
  b.quote(rng.pick(['Our patience is not unlimited', 'The ball is in their court']), speaker, true)
  b.add(
    `\nThe two leaders met on Saturday.\n\nBut ${title} ${person.full} warned that tensions remained. `,
  )
  b.quote(rng.pick(['We have made our position clear,', 'Nothing is settled,']), speaker)
  b.add(` ${person.surname} said.`)
})

/**
 * Campaign groups: a capitalized plural for people, `for` or `against`, and a cause in capitals
 * (`Families for Safe Streets`, `Mothers Against Drunk Driving`), or friends of one (`Friends of
 * Harrow Farm`), name one body, after a quote, before a cue or opening a sentence that a later
 * `the group` takes up.
 */
const campaignGroups = castFamily('campaign-groups', 4, ({ b }, shape, rng) => {
  if (shape === 3) {
    // `Friends of Harrow Farm`: friends of a cause name a group too.
    const friends = rng.pick([
      'Friends of Harrow Farm',
      'Friends of Marlow Marsh',
      'Friends of Lakeview Park',
    ])
    const speaker = { name: friends }
    if (rng.int(2) === 0) {
      b.add(`${friends} disagreed. `)
      b.quote('We will appeal the decision,', speaker).add(' the group said.')
    } else
      b.quote('We will appeal the decision,', speaker).add(` ${friends} said in a news release.`)
    return
  }
  const name = rng.pick([
    'Families for Safe Streets',
    'Mothers Against Drunk Driving',
    'Parents for Clean Air',
    'Students for Fair Admissions',
    'Nurses for Safe Staffing',
  ])
  const words = rng.pick(['We have buried too many children,', 'This bill saves lives,'])
  if (shape === 0) {
    b.quote(words, { name }).add(` ${name} said${rng.pick(['', ' in a statement'])}.`)
  } else if (shape === 1) {
    b.quote(words, { name }).add(` said ${name}.`)
  } else {
    b.add(`${name} backed the bill on ${rng.pick(['Monday', 'Tuesday'])}. `)
    b.quote(words, { name }).add(` the ${rng.pick(['group', 'organization'])} said.`)
  }
})

/**
 * Crowds and inner asides: `60 people` between a speaker and a later `he` is a plural, no one
 * the pronoun takes up; a relative clause after the name opening a sentence, with an aside of
 * its own inside (`whose wife, Nomvula, was with him`), runs on to the name's cue.
 */
const crowdsAndAsides = castFamily(
  'crowds-and-asides',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      b.quote(rng.pick(['No one wanted this,', 'We heard every voice,']), speaker)
      b.add(` ${person.full} said.\n\n`)
      b.add(
        `The meeting ran past midnight, ${rng.pick(['with', 'and'])} ${rng.pick(['more than 60', 'about 200', 'dozens of'])} people ${rng.pick(['signing up to speak', 'waiting outside'])}.\n\n`,
      )
      b.quote(rng.pick(['Every student will have a seat,', 'The plan stands,']), speaker)
      b.add(` ${pronoun} said.`)
      return
    }
    const [relation, other] = rng.pick([
      [person.gender === 'female' ? 'husband' : 'wife', 'Nomvula'],
      ['daughter', 'Ines'],
      ['lawyer', 'Tomas Berg'],
    ] as const)
    b.add(
      `${person.full}, whose ${relation}, ${other}, was with ${pronoun === 'she' ? 'her' : 'him'} that day, said: `,
    )
    b.quote(rng.pick(['We will do everything we can.', 'Nobody told us anything.']), speaker)
  },
)

/**
 * Features' roles: roles joined by `and` in an aside after a name (`a retired bus mechanic and
 * grandmother of seven`) are each the name's, and an indefinite role set off before a name
 * (`A longtime customer, Wanjiru Obuya,`) is too, and so is where someone comes from (`came here
 * from Beirut`), for a later `the mechanic`, `the customer`, `the Beirut native`, past someone
 * else quoted.
 */
const featureRoles = castFamily('feature-roles', 3, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(
    people.filter((one) => one.surname !== person.surname && one.gender !== 'unknown'),
  )
  const otherPronoun = other.gender === 'female' ? 'she' : 'he'
  if (shape === 2) {
    // `came to Westbrook from Beirut` … `the Beirut native`: where someone comes from.
    const place = rng.pick(['Beirut', 'Accra', 'Ohio', 'Tel Aviv'])
    const origin = rng.pick([
      `came to Westbrook from ${place} in 2003`,
      `moved here from ${place} as a teenager`,
      `was born in ${place}`,
      `grew up in ${place}`,
    ])
    b.add(`${person.full} has run the corner stand for 22 years. ${person.surname} ${origin}.\n\n`)
    b.add(`${other.full}, the principal, has known ${person.surname} for years. `)
    b.quote(rng.pick(['Everyone trusts that corner,', 'It would not be the same,']), {
      name: other.full,
    })
    b.add(` ${otherPronoun} said.\n\n`)
    b.quote(rng.pick(['I know every kid by name,', 'I never miss a day,']), speaker)
    b.add(` the ${place} native said.`)
    return
  }
  const kin = person.gender === 'female' ? 'grandmother' : 'grandfather'
  if (shape === 0) {
    const job = rng.pick(['retired bus mechanic', 'former bank teller', 'retired pharmacist'])
    b.add(`${person.full} has run the corner stand for 22 years.\n\n`)
    b.add(
      `${person.surname}, a ${job} and ${kin} of ${rng.pick(['three', 'seven'])}, moved here in 1987.\n\n`,
    )
    b.add(`${other.full} has known ${person.surname} for years. `)
    b.quote(rng.pick(['Everyone trusts that corner,', 'It would not be the same,']), {
      name: other.full,
    })
    b.add(` ${otherPronoun} said.\n\n`)
    b.quote(rng.pick(['The kids still have to get to school,', 'I never miss a day,']), speaker)
    b.add(rng.pick([` the ${job} said.`, ` said the ${kin}.`]))
    return
  }
  const role = rng.pick(['longtime customer', 'neighbor', 'former student'])
  b.add(`A ${role}, ${person.full}, came in at six.\n\n`)
  b.add(`${other.full}, the owner, waved. `)
  b.quote(rng.pick(['Morning,', 'Same as always?']), { name: other.full })
  b.add(` ${otherPronoun} said.\n\n`)
  b.quote(rng.pick(['I come every Saturday,', 'Nobody bakes like this,']), speaker)
  b.add(` the ${role.split(' ').pop()} said.`)
})

/**
 * Names and signs: the words of a sign a relative clause gives (`holding a sign that read
 * “Save Lakeview,” said:`) are nobody's, and the quote after the cue is the holder's; a short
 * name in marks after `known` or `remembered` and `as` (`known locally as “the Bowl”`) names a
 * thing, whatever the phrase before it is.
 */
const namesAndSigns = castFamily('names-and-signs', 3, ({ b, person, speaker }, shape, rng) => {
  if (shape === 0) {
    b.add(`${person.full}, holding a sign that ${rng.pick(['read', 'said'])} `)
    b.quote(rng.pick(['Save Lakeview,', 'No Fish, No Future,', 'Pray for Rain,']), null)
    b.add(' said: ')
    b.quote(rng.pick(['We were told two weeks before the vote.', 'Nobody asked us.']), speaker)
    return
  }
  const [lead, name] =
    shape === 1
      ? [
          `Water pooled deepest in the low stretch of Mill Street ${rng.pick(['known locally', 'known', 'known among residents'])} as `,
          rng.pick(['the Bowl', 'the Sink', 'the Dip']),
        ]
      : [
          `Older farmers still talk about 1987, ${rng.pick(['remembered in the valley', 'remembered locally', 'known'])} as `,
          rng.pick(['the Dust Year', 'the Long Dry', 'the Bad Summer']),
        ]
  b.add(lead).quote(name, null).add('. ')
  b.quote(rng.pick(['Our well went dry in June,', 'We lost half the herd,']), speaker)
  b.add(` ${person.full} said.`)
})

/**
 * Quotes attributed after them, across a paragraph or a beat: a quote alone in its paragraph,
 * then a paragraph opening `So said …`, `That was how … put it` or `The words came from …`; a
 * quote opening a paragraph, a short beat (`Yael Rosen shook her head.`), then another quote.
 */
const backAcross = castFamily('back-across', 3, ({ b, person, speaker, pronoun }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  b.add(`${other.full} opened the meeting on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
  const name = rng.pick([person.full, `the mayor of Millbrook, ${person.full},`])
  const tail = rng.pick(['', ' in an interview on Thursday', ' at a packed meeting'])
  if (shape === 0) {
    b.quote(
      rng.pick(['We have put a fair offer on the table.', 'The pumps ran all night.']),
      speaker,
    )
    const opener = rng.pick(['So said', 'That was how', 'The words came from'])
    const end = opener === 'That was how' ? ' put it' : ''
    // A name set off after a role closes with a comma before more words, and with the stop.
    b.add(`\n\n${opener} ${name}${end}${tail}.`.replace(',.', '.'))
    return
  }
  if (shape === 1) {
    b.quote(rng.pick(['We ran.', 'It came fast.']), speaker)
    b.add(` The words came from ${person.full}${rng.pick(['', ', speaking on Friday'])}.`)
    return
  }
  const beat = rng.pick([
    'shook her head',
    'paused',
    'looked out the window',
    'let out a long breath',
  ])
  b.quote(rng.pick(['We have put a fair offer on the table.', 'The water came fast.']), speaker)
  b.add(` ${person.full} ${beat.replace('her', pronoun === 'she' ? 'her' : 'his')}. `)
  b.quote(
    rng.pick(['Our door has been open since Friday.', 'We grabbed the dog and drove.']),
    speaker,
  )
})

/**
 * Stand-ins of a group: `one`, `another` and `a third` after a sentence that opens with a
 * plural for people (`Fishermen on the wharf described a long week.`) are each someone new of
 * that group, named with it.
 */
const standInGroups: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const [group, noun] = rng.pick([
      ['Fishermen on the wharf', 'fishermen'],
      ['Shop owners on Fourth Avenue', 'owners'],
      ['Drivers on the picket line', 'drivers'],
      ['Evacuees at the fairgrounds', 'evacuees'],
      ['Some farmers at the market', 'farmers'],
      ['Regulars at the Axle Diner', 'regulars'],
      ['Fans outside the stadium', 'fans'],
    ] as const)
    b.add(`${group} ${rng.pick(['described a long week', 'had plenty to say on Thursday'])}. `)
    const lines = ['We lost it all,', 'Nothing moved,', 'Nobody called us,']
    const turn = rng.int(3)
    lines.push(...lines.splice(0, turn))
    const speaker = { mention: noun, head: noun }
    b.quote(lines[0] as string, speaker).add(' one said. ')
    b.quote(lines[1] as string, speaker).add(' said another.')
    if (rng.int(2) === 0)
      b.add(' ')
        .quote(lines[2] as string, speaker)
        .add(' a third added.')
    cases.push(b.done('stand-in-groups'))
  }
  return cases
}

/**
 * Bodies by their kind's noun: `the hospital`, `the authority`, `the cooperative` is the one body
 * named with that noun as its head, past someone quoted between.
 */
const bodiesByHead = castFamily('bodies-by-head', 2, ({ b, person }, shape, rng) => {
  const [name, noun] = rng.pick([
    ['Ashford General Hospital', 'hospital'],
    ['Tarn Valley Water Authority', 'authority'],
    ['Port Calder Fishermen’s Cooperative', 'cooperative'],
    ['Marlow Transit Authority', 'authority'],
    ['Westbrook Children’s Hospital', 'hospital'],
  ] as const)
  b.add(`${name} ${rng.pick(['took a different view', 'disagreed', 'responded on Monday'])}. `)
  if (shape === 1) {
    b.quote(rng.pick(['We waited six hours,', 'Nobody told us,']), { name: person.full })
    b.add(` said ${person.full}, a ${rng.pick(['nurse', 'parent', 'driver'])}.\n\n`)
  }
  b.quote(rng.pick(['Every patient was seen,', 'The plan protects everyone,']), { name })
  b.add(` the ${noun} said${rng.pick(['', ' in a statement'])}.`)
})

/**
 * Roles opening a sentence: a listed noun for people capitalized only because it opens the
 * sentence (`Retiree Arjun Chaudhry weighed in`, `Nurse Jane Doe said`) is what the person is,
 * not part of their name.
 */
const openingRoles = castFamily('opening-roles', 1, ({ b, person, speaker }, _shape, rng) => {
  const role = rng.pick(['Retiree', 'Nurse', 'Mechanic', 'Teacher', 'Student', 'Comedian'])
  const cue = rng.pick(['said:', 'weighed in,', 'told reporters:', 'said that'])
  b.add(`${role} ${person.full} ${cue} `)
  const words = cue === 'said that' ? 'the plant is done' : 'We need help.'
  b.quote(words, speaker)
  if (cue === 'said that') b.add('.')
})

/**
 * Teams: `the club` or `the team` said in a statement is the team named by its nickname in the
 * story (`The Westbrook Lakers beat the Ashford Blades`), not a player the sentence before named
 * by surname, however many paragraphs back the lede named it.
 */
const teams = castFamily('teams', 1, ({ b, person }, _shape, rng) => {
  const [team, other] = rng.pick([
    ['Westbrook Lakers', 'Ashford Blades'],
    ['Harwick Foxes', 'Calder Town'],
    ['Northgate United', 'Millbrook Millers'],
    ['Kessling Rovers', 'Marlow Sun Sox'],
  ] as const)
  b.add(
    `The ${team} beat the ${other} ${rng.pick(['98-91', '2-1', '5-3'])} on ${rng.pick(['Friday', 'Sunday'])}.\n\n`,
  )
  // The coach may speak between: the team is still the one the lede named.
  if (rng.int(2) === 0) {
    const coach = rng.pick(people.filter((one) => one.surname !== person.surname))
    b.quote(rng.pick(['The effort was outstanding,', 'We stuck to the plan,']), {
      name: coach.full,
    })
    b.add(` ${team} coach ${coach.full} said.\n\nThe crowd of 9,000 stayed to the end.\n\n`)
  }
  b.add(`${person.surname} left the game with a hamstring injury. `)
  b.quote(rng.pick(['He will be assessed in the morning,', 'The scan is on Monday,']), {
    name: team,
  })
  b.add(` the ${rng.pick(['club', 'team'])} said${rng.pick(['', ' in a statement'])}.`)
})

/**
 * Beats and pointing back over a carried speaker: a quote opening a paragraph after someone
 * else's quote is the speaker of a short beat after it (`“…” Astrid Nyberg paused. “…”`), and a
 * quote alone in its paragraph is the speaker a paragraph pointing back names (`So said …`),
 * though the speaker before would otherwise carry on.
 */
const overCarries = castFamily('over-carries', 2, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  b.quote(rng.pick(['We were never told,', 'The water rose fast,']), { name: other.full })
  b.add(` said ${other.full}, who has followed the issue for years.\n\n`)
  if (shape === 0) {
    b.quote(
      rng.pick(['Heat kills more people than any storm.', 'The corridors are full.']),
      speaker,
    )
    const beat = rng.pick(['paused', 'looked out the window', 'let out a long breath'])
    b.add(` ${person.full} ${beat}. `)
    b.quote(rng.pick(['Please check on your neighbors.', 'We need more staff.']), speaker)
    return
  }
  b.quote(rng.pick(['Heat kills more people than any storm.', 'The corridors are full.']), speaker)
  const opener = rng.pick(['So said', 'The words came from'])
  b.add(`\n\n${opener} ${person.full}${rng.pick(['', ' at a packed meeting on Thursday'])}.`)
})

/**
 * Who `he` and `she` may be: `he added` goes on from someone who spoke, past someone named since
 * who did not (and past a capitalized word opening a sentence, `Traffic backed up`); a name
 * after `the village of` or ending in `Street` is a place, no one; and a noun for a sort of
 * body (`the airline`) finds the one body whose name says that sort, however far back.
 */
const speakersInSight = castFamily(
  'speakers-in-sight',
  5,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const first = rng.pick(['We made them money every quarter,', 'Nobody hires at these wages,'])
    const later = rng.pick(['Half this town works at that plant.', 'We will not go quietly.'])
    if (shape === 4) {
      const [body, noun] = rng.pick([
        ['Skyward Air', 'airline'],
        ['Bluepeak Airways', 'airline'],
        ['Halden Motors', 'automaker'],
        ['Corran Bank', 'bank'],
      ] as const)
      b.add(`Complaints about ${body} have tripled since ${rng.pick(['April', 'the spring'])}.\n\n`)
      b.quote(first, speaker)
      b.add(` said ${person.full}, a ${rng.pick(['teacher', 'nurse', 'plumber'])}.\n\n`)
      b.add(`${rng.pick(['Some customers waited three days.', 'Refund requests piled up.'])}\n\n`)
      b.quote(rng.pick(['Most refunds now take ten days,', 'We apologize for the delays,']), {
        name: body,
      })
      b.add(` the ${noun} said${rng.pick(['', ' in a statement'])}.`)
      return
    }
    b.quote(first, speaker)
    b.add(` ${person.full} said.\n\n`)
    const other = pronoun === 'he' ? 'Rowena Sandoval' : 'Tomasz Achterberg'
    if (shape === 0) {
      // Someone named since, who did not speak: gender unknown, or the speaker's own.
      const [silent] = rng.pick(unknownGenderCast.filter(([, own]) => own === pronoun))
      b.add(
        `${silent} has ${rng.pick(['followed the dispute closely', 'lived in the town for years'])}.\n\n`,
      )
    } else if (shape === 1) {
      b.add(
        `${rng.pick(['Traffic on the bridge', 'Wheat yields', 'Ridership', 'Turnout at the rally'])} ${rng.pick(['fell by a third', 'backed up for two miles'])}.\n\n`,
      )
    } else if (shape === 2) {
      b.add(
        `${other} said rents in the ${rng.pick(['village', 'town', 'city'])} of ${rng.pick(['Dunmore', 'Tarnava', 'Kellerton'])} had doubled.\n\n`,
      )
    } else {
      b.add(
        `${other}, the owner of a store on ${rng.pick(['Mill Street', 'Fourth Avenue', 'Harbor Road'])}, has lived there for decades.\n\n`,
      )
    }
    const cue = shape <= 1 ? `${pronoun} added` : `${pronoun} said`
    if (rng.int(2) === 0) {
      b.add(`${cue[0]?.toUpperCase()}${cue.slice(1)}: `)
      b.quote(later, speaker)
    } else {
      b.quote(later.replace(/\.$/, ','), speaker)
      b.add(` ${cue}.`)
    }
  },
)

/**
 * Bodies named in full and taken up again: `it said` after a sentence whose subject put out a
 * paper is that subject, though another body was named before; a sentence opener written in
 * lower case elsewhere (`transit workers`) begins a body's name when capitals that end in a
 * body's noun follow (`Transit Workers Union`); a union local's number ends a paragraph with
 * its full stop; `the district` is the name in sight that ends in `District`.
 */
const bodiesInFull: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const shape = rng.int(4)
    const said = rng.pick(['We are reviewing the situation,', 'Service will resume on Monday,'])
    if (shape === 0) {
      const [other, otherNoun] = rng.pick([
        ['Public Utilities Commission', 'commission'],
        ['Marlow Courier', 'paper'],
        ['State Labor Board', 'board'],
      ] as const)
      const body = rng.pick(['Northstar Energy', 'Corvane Industries', 'Tarrow Logistics'])
      b.add(`The ${other} ${rng.pick(['disagreed', 'took a different view'])}. `)
      b.quote('The rules were broken,', { name: other })
      b.add(` the ${otherNoun} said.\n\n`)
      b.add(
        `${body} said in a ${rng.pick(['news release', 'statement'])} on ${rng.pick(['Monday', 'Friday'])} that it was reviewing the matter. `,
      )
      b.quote(said, { name: body })
      b.add(' it said.')
    } else if (shape === 1) {
      const [word, name] = rng.pick([
        ['transit', 'Transit Workers Union Local 1790'],
        ['water', 'Water Resources Authority'],
        ['nurses', 'Nurses Association of Kellerton'],
        ['harbor', 'Harbor Pilots Association'],
      ] as const)
      b.add(
        `About 2,400 ${word} workers walked off the job on ${rng.pick(['Monday', 'Sunday'])}.\n\n`,
      )
      b.add(`${name} said in a statement: `)
      b.quote(said.replace(/,$/, '.'), { name })
    } else if (shape === 2) {
      const name = `${rng.pick(['United Metalworkers', 'Transit Workers Union', 'Dockworkers'])} Local ${rng.pick(['412', '1790', '88'])}`
      b.quote(rng.pick(['The union will fight this closure,', 'We will not back down,']), { name })
      b.add(` according to a statement from ${name}.`)
    } else {
      const [name, noun] = rng.pick([
        ['Westbrook Unified School District', 'district'],
        ['Harwick Regional Water Trust', 'trust'],
        ['Kellerton Arts Festival', 'festival'],
      ] as const)
      b.add(`The school board voted 5-2 on ${rng.pick(['Monday', 'Tuesday'])}.\n\n`)
      b.add(`The ${name} took a different view. `)
      b.quote(said, { name })
      b.add(` the ${noun} said.`)
    }
    cases.push(b.done('bodies-in-full'))
  }
  return cases
}

/**
 * Roles of bodies named in full: `the chief executive of Ashford General Hospital, Jun Zhou,`
 * (a title word inside the body's name), `the president of Transit Workers Union, …` (no
 * article), `the president of United Metalworkers Local 412, …` (a number ends the name): the
 * name set off after the role speaks, before or after the cue, opening or closing the quote.
 */
const rolesOfBodies = castFamily('roles-of-bodies', 3, ({ b, person, speaker }, shape, rng) => {
  const role = rng.pick(['chief executive', 'president', 'head', 'general manager'])
  const body = rng.pick([
    'Ashford General Hospital',
    'Transit Workers Union',
    'United Metalworkers Local 412',
    'Transit Workers Union Local 1790',
    'Kellerton Regional Medical Center',
  ])
  const phrase = `the ${role} of ${body}, ${person.full}`
  const words = rng.pick(['They told us in a ten-minute meeting,', 'We are ready to meet,'])
  if (shape === 0) {
    b.quote(words, speaker)
    b.add(` ${phrase}, ${rng.pick(['said', 'explained', 'told reporters'])}.`)
  } else if (shape === 1) {
    b.quote(words, speaker)
    b.add(` said ${phrase}${rng.pick(['', ', on Sunday'])}.`)
  } else {
    b.add(`${phrase[0]?.toUpperCase()}${phrase.slice(1)}, said: `)
    b.quote(words.replace(/,$/, '.'), speaker)
  }
})

/**
 * Surnames and beats: a surname that is also a place's name (`Washington`, `Paris`) is the
 * person the text named in full; a beat between quotes that open a paragraph is short though an
 * aside set off by commas says who its subject is.
 */
const surnamesAndBeats = castFamily(
  'surnames-and-beats',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    if (shape === 0) {
      const surname = rng.pick(['Washington', 'Paris', 'Israel', 'Jordan', 'Georgia'])
      const full = `${person.full.split(' ')[0]} ${surname}`
      b.add(`${rng.pick(['Fisheries Minister', 'Mayor', 'Rep.'])} ${full} said: `)
      b.quote('We will support fishing communities.', { name: full })
      b.add(`\n\n${rng.pick(['The vote is on Monday.', 'Boats stayed in port.'])}\n\n`)
      if (rng.int(2) === 0) {
        b.add(`${surname} said, `)
        b.quote('If we do nothing, there will be no fishery.', { name: full })
      } else {
        b.quote('If we do nothing, there will be no fishery,', { name: full })
        b.add(` ${surname} said.`)
      }
      return
    }
    b.quote(rng.pick(['We were never told,', 'Nobody asked us,']), { name: other.full })
    b.add(` said ${other.full}.\n\n`)
    b.quote('This school is the heart of the neighborhood.', speaker)
    const aside = rng.pick([
      'a parent of two Lakeview students',
      'a nurse who has spent three years looking for a house',
      'who has lived on the street since 1987',
    ])
    b.add(` ${person.full}, ${aside}, ${rng.pick(beats)}. `)
    b.quote('We will be back at every meeting.', speaker)
  },
)

/**
 * Stand-ins in turn: after `said one military official` or `one said` among a group named two
 * paragraphs before, `another`, `a second` and `a third` are more of the same sort or group,
 * each a source of their own.
 */
const standInsInTurn: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const [noun, plural] = rng.pick([
      ['official', 'officials'],
      ['fisherman', 'fishermen'],
      ['homeowner', 'homeowners'],
      ['nurse', 'nurses'],
      ['teacher', 'teachers'],
    ] as const)
    const next = rng.pick(['another', 'a second', 'a third'])
    const later = rng.pick(['We have no water,', 'The roads are falling apart,'])
    if (rng.int(2) === 0) {
      b.add(`${rng.pick(['Talks resumed on Monday.', 'The vote passed 5-2.'])}\n\n`)
      const modifier = rng.pick(['', 'military ', 'senior ', 'veteran '])
      b.quote(rng.pick(['Our forces have withdrawn,', 'Nobody asked us,']), {
        mention: `one ${modifier}${noun}`,
        head: noun,
      })
      b.add(
        ` said one ${modifier}${noun}${rng.pick(['', ', who has lived nearby for decades'])}.\n\n`,
      )
      b.quote(later, { mention: noun, head: noun })
      b.add(rng.pick([` said ${next}.`, ` ${next} added.`]))
    } else {
      b.add(
        `${rng.pick(['Dozens of', 'A small group of', 'Several'])} ${plural} ${rng.pick(['lingered after the vote', 'waited outside the hospital'])}.\n\n`,
      )
      b.quote(rng.pick(['I have never seen this,', 'This is a disgrace,']), {
        mention: plural,
        head: plural,
      })
      b.add(' one said.\n\n')
      b.quote(later, { mention: plural, head: plural })
      b.add(` ${next} added.`)
    }
    cases.push(b.done('stand-ins-in-turn'))
  }
  return cases
}

/**
 * Roles by their ending: a noun in `-ist` opening a sentence or following a label's colon
 * (`Hydrologist Grzegorz Nowak`, `Q: Meteorologist Thuy Vo has called …`), or one in `-er`
 * before a given name (`Striker Katarzyna Wiśniewska`), is what the person is, not part of the
 * name, whether a cue or a beat follows.
 */
const rolesByEnding = castFamily('roles-by-ending', 2, ({ b, person, speaker }, shape, rng) => {
  const role =
    shape === 0
      ? rng.pick(['Hydrologist', 'Novelist', 'Economist', 'Meteorologist', 'Activist', 'Pianist'])
      : rng.pick(['Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Organizer'])
  b.add(`${rng.pick(['The match ended 1-1.', 'The river rose overnight.'])}\n\n`)
  const form = rng.int(3)
  if (form === 2) {
    // After a label's colon the role is capitalized as a sentence's first word is.
    b.add(`Q: ${role} ${person.full} has called the plan `)
    b.quote(rng.pick(['too slow.', 'embarrassing.']), speaker)
    b.add(' Is that fair?')
  } else if (form === 0) {
    b.add(`${role} ${person.full} ${rng.pick(['struck a different tone', 'was unconvinced'])}. `)
    b.quote(
      rng.pick(['The river is the reason this town exists.', 'We never stopped running.']),
      speaker,
    )
  } else {
    b.add(`${role} ${person.full} ${rng.pick(['said:', 'told reporters:'])} `)
    b.quote(rng.pick(['The fans carried us.', 'Nobody listened to the data.']), speaker)
  }
})

/**
 * Quotes over paragraphs in single marks: a mark left open where a sentence starts, after the
 * cue's sentence or its colon, runs on to the next paragraph, which opens with a mark of its
 * own; every paragraph of it is the speaker's, and the next speaker's quote is theirs.
 */
const singleMarkRuns = castFamily('single-mark-runs', 2, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  // British marks whatever the case's style: a straight single mark is an apostrophe's too.
  const say = (words: string, who: ExpectedSpeaker, open = false) => {
    b.add(open ? `‘${words}` : `‘${words}’`)
    b.expected.push({ quote: words, speaker: who })
  }
  b.add(`${rng.pick(['The spill spread on Friday.', 'Talks broke down on Monday.'])}\n\n`)
  if (shape === 0) {
    say('We followed every rule,', speaker)
    b.add(` ${person.full} said. `)
  } else {
    b.add(`${person.full} ${rng.pick(['wrote in a letter to members:', 'told the inquiry:'])} `)
  }
  say(rng.pick(['The fish stopped coming back.', 'Nobody from the company came.']), speaker, true)
  b.add('\n\n')
  say(rng.pick(['The spill has been contained.', 'We will not stop.']), speaker)
  b.add(`\n\n${other.full} ${rng.pick(['struck a different tone.', 'disagreed.'])} `)
  say('Once the wetland is gone, it is gone.', { name: other.full })
})

/**
 * Papers and forces: a paper from or owned by a definite noun for a body (`A statement from
 * the institute read:`, `The union’s statement called …`) speaks for the body the text named;
 * `police` is the one police force named; a network after `on` (`on X`) is no one.
 */
const papersAndForces: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const shape = rng.int(3)
    if (shape === 0) {
      const [name, noun] = rng.pick([
        ['Institute for Marine Research', 'institute'],
        ['Transit Workers Union', 'union'],
        ['Sollen Bar Association', 'association'],
        ['Trade Regulatory Commission', 'commission'],
      ] as const)
      b.add(`Officials at the ${name} met on ${rng.pick(['Monday', 'Friday'])}`)
      b.add(`${rng.pick(['', ' and posted the figures on X'])}.\n\n`)
      if (rng.int(2) === 0) {
        b.add(`A statement from the ${noun} ${rng.pick(['read:', 'said:'])} `)
        b.quote('The result is robust.', { name })
      } else {
        b.add(`The ${noun}’s statement called the plan `)
        b.quote(rng.pick(['overdue', 'a lifeline']), { name })
        b.add('.')
      }
    } else if (shape === 1) {
      const force = `${rng.pick(['Greyhaven', 'Kaldera', 'Lowmoor'])} Regional Police`
      b.add(`The ${force} arrested two men on ${rng.pick(['Friday', 'Sunday'])}.\n\n`)
      b.quote(rng.pick(['The investigation is continuing,', 'We are checking footage,']), {
        name: force,
      })
      b.add(` ${rng.pick(['police', 'the police'])} said.`)
    } else {
      const person = rng.pick(genderShown)
      b.add(
        `${person.full} has shared the figures on ${rng.pick(['X', 'Facebook', 'Instagram'])}. `,
      )
      b.quote('I was suspended,', { name: person.full })
      b.add(` ${person.gender === 'female' ? 'she' : 'he'} said.`)
    }
    cases.push(b.done('papers-and-forces'))
  }
  return cases
}

/**
 * Titles, inscriptions and crowds: a title in capitals right after a paper's noun (`whose
 * report “A City Out of Breath”`) and the words a thing written on gives as a cue's subject
 * (`A banner hung from the footbridge read “…”`) are nobody's; a crowd placed by an adverb
 * (`The crowd outside chanted “…”`) chants its words.
 */
const titlesAndCrowds = castFamily('titles-and-crowds', 3, ({ b, person, speaker }, shape, rng) => {
  if (shape === 0) {
    const paper = rng.pick(['report', 'study', 'paper'])
    b.add(`${person.full}, whose ${paper} `)
    b.quote(rng.pick(['A City Out of Breath', 'Counting the Cost']), null)
    b.add(` caused a stir in 2020, said: `)
    b.quote('The result is robust.', speaker)
  } else if (shape === 1) {
    b.quote('We were never consulted,', speaker)
    b.add(` ${person.full} said.\n\n`)
    const thing = rng.pick(['A banner', 'A sign', 'A placard'])
    b.add(
      `${thing} ${rng.pick(['hung from the footbridge', 'taped to the door', 'outside the hall'])} ${rng.pick(['read', 'said'])} `,
    )
    b.quote(rng.pick(['Trust the Data.', 'Save Our Schools.']), null)
  } else {
    b.quote('We were never consulted,', speaker)
    b.add(` ${person.full} said.\n\n`)
    const crowd = rng.pick(['crowd', 'protesters', 'demonstrators'])
    b.add(`The ${crowd} ${rng.pick(['outside', 'nearby'])} chanted `)
    b.quote(rng.pick(['Shame!', 'Stop the dam!']), { mention: crowd, head: crowd })
  }
})

/**
 * Owners of words: `in X’s words` and `in his own words` give the words' owner; a campaign's
 * name keeps its cause's article (`Friends of the Orun River`) opening a sentence or after
 * `according to a statement from`; a noun for what someone does before a long name
 * (`Composer Tran Quoc Hung`, `Engineer …`) is no part of it.
 */
const ownersOfWords = castFamily(
  'owners-of-words',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      b.add(`${person.full} spoke first.\n\n`)
      const owner = rng.pick([`${person.surname}’s`, `${pronoun === 'she' ? 'her' : 'his'} own`])
      b.add(`In ${owner} words, the renovation is `)
      b.quote(rng.pick(['overdue.', 'a lifeline.']), speaker)
    } else if (shape === 1) {
      const name = `Friends of the ${rng.pick(['Orun River', 'Earth', 'Harrow Wetlands'])}`
      if (rng.int(2) === 0) {
        b.add(`${name} said: `)
        b.quote('We are ready.', { name })
      } else {
        b.quote('The river is the reason this town exists,', { name })
        b.add(` according to a statement from ${name}.`)
      }
    } else {
      const role = rng.pick(['Composer', 'Engineer', 'Photographer', 'Commissioner'])
      const full = rng.pick([
        'Tran Quoc Hung',
        'Nguyen Thi Mai',
        'Maria José Ferreira',
        person.full,
      ])
      const who = { name: full }
      b.add(`${role} ${full} called the plan `)
      b.quote(rng.pick(['overdue.', 'a missed opportunity.']), who)
    }
  },
)

/**
 * Named in the quote: `he` or `she` after a quote that calls someone by surname alone (`“Bekele
 * and I agree,” he said`) is the other person of that gender in sight, not the one named.
 */
const namedInTheirWords = castFamily(
  'named-in-their-words',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    const other = rng.pick(
      genderShown.filter((one) => one.gender === person.gender && one.surname !== person.surname),
    )
    const [first, second] = rng.int(2) === 0 ? [person, other] : [other, person]
    b.add(`${first.full} met ${second.full} on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
    b.quote(
      rng.pick([
        `${other.surname} and I do not agree on everything, but we agree on this,`,
        `Without ${other.surname}, we would not be here,`,
        `I have known ${other.surname} for a long time,`,
      ]),
      speaker,
    )
    b.add(` ${pronoun} said.`)
  },
)

/**
 * Roles before names: a noun for what someone does right before their name (`meteorologist
 * Rania Mansour`, `bus driver …`), or set off after it with a relative clause (`…, a
 * hydrologist who collected the samples.`), is a role a later `the meteorologist` finds, past
 * someone else with a role of their own.
 */
const rolesBeforeNames = castFamily(
  'roles-before-names',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const role = rng.pick(['meteorologist', 'hydrologist', 'machinist', 'driver', 'economist'])
    const modifier = role === 'driver' ? rng.pick(['', 'bus ']) : ''
    b.quote(
      rng.pick(['The river rose faster than any model predicted,', 'Nobody saw this coming,']),
      speaker,
    )
    // Before the name, or set off after it with a relative clause of its own.
    if (shape === 0) b.add(` ${modifier}${role} ${person.full} said.\n\n`)
    else {
      const clause = rng.pick(['collected the samples', 'has worked here for years'])
      b.add(` said ${person.full}, ${article(role)} ${role} who ${clause}.\n\n`)
    }
    b.add(
      `${other.full}, ${rng.pick(['61', '44'])}, the town’s ${rng.pick(['fire chief', 'mayor'])}, said: `,
    )
    b.quote('Our shelters have beds for 400 people.', { name: other.full })
    b.add('\n\n')
    b.quote(rng.pick(['We are seeing more of these storms,', 'The worst is over,']), speaker)
    b.add(` the ${role} said.`)
  },
)

/**
 * Fronted clauses and schools: a clause a subordinator fronts (`After Gábor Balogh finished
 * speaking,`) has its own subject, and the cue's subject comes after its comma; a school named
 * by its grade (`Harbor View Elementary`) is a body after a role's `of`.
 */
const frontedClauses = castFamily('fronted-clauses', 2, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  if (shape === 0) {
    const opener = rng.pick(['After', 'When', 'Before', 'Once'])
    b.add(
      `${opener} ${other.full} ${rng.pick(['finished speaking', 'sat down', 'left the room'])}, `,
    )
    b.add(`${person.full} ${rng.pick(['stood up and said:', 'said:', 'told the hearing:'])} `)
    b.quote('I had ten minutes to grab what I could.', speaker)
  } else {
    const school = `${rng.pick(['Harbor View', 'Lakeview', 'Cedar Hill'])} ${rng.pick(['Elementary', 'Clinic', 'Museum'])}`
    b.add(`${person.full}, the ${rng.pick(['principal', 'director', 'head'])} of ${school}, said: `)
    b.quote('No one wants to close, but we have run out of options.', speaker)
  }
})

/**
 * Bodies before the phrases that used their noun: `The council` after `a council meeting` and
 * `the Caldera Bay City Council` is the council named; `the ministry’s statement` after
 * `Foreign Ministry spokesperson Oluwaseun Adeyemi` is the ministry, not its spokesperson; `the
 * Office`, capitalized, is the `Office of the Public Prosecutor`.
 */
const bodiesOverNouns = castFamily('bodies-over-nouns', 3, ({ b, person, speaker }, shape, rng) => {
  if (shape === 2) {
    // `the Office`: the noun alone, capitalized as the body's name is.
    const [name, noun] = rng.pick([
      ['Office of the Public Prosecutor', 'Office'],
      ['Washington Post', 'Post'],
      ['Ministry of Water Resources', 'Ministry'],
    ] as const)
    b.add(`The ${name} ${rng.pick(['filed charges', 'published the figures'])} on Monday.\n\n`)
    b.quote('We will be filing an appeal,', { name })
    b.add(` the ${noun} said.`)
    return
  }
  if (shape === 0) {
    const name = `${rng.pick(['Caldera Bay', 'Corbin Lake', 'Brenmouth'])} City Council`
    b.add(`Residents packed a council meeting on ${rng.pick(['Sunday', 'Monday'])} night.\n\n`)
    b.add(`Officials at the ${name} said more details would follow.\n\n`)
    b.add(
      `The council${rng.pick(['', `, whose former head ${person.full} resigned in March,`])} said in a statement: `,
    )
    b.quote('We were elected to make hard choices.', { name })
  } else {
    const name = `${rng.pick(['Norvaland', 'Varnia', 'Estmark'])} ${rng.pick(['Foreign', 'Defense'])} Ministry`
    b.add(`In a post on its website, the ${name} said: `)
    b.quote('We will defend every town.', { name })
    b.add(`\n\n${name} spokesperson ${person.full} said: `)
    b.quote('We will not negotiate under fire.', speaker)
    b.add(`\n\nThe ministry’s statement called the offensive `)
    b.quote(rng.pick(['a first step.', 'reckless.']), { name })
  }
})

/**
 * Nicknamed names: a name goes on past a nickname in marks (`Kenji “The Flood” Watanabe`, `Sipho
 * “Lightning” Dlamini`): the speaker is the whole name, a later surname finds it, and the
 * nickname is nobody's words.
 */
const nicknamedNames = castFamily('nicknamed-names', 2, ({ b, person: cast }, shape, rng) => {
  // (A given name that is also a month or a modal, `April`, `Will`, is read as one before a
  // nickname: a limit of its own, in the README.)
  const person = /^(?:April|May|June|Will|Mark)\b/u.test(cast.full)
    ? (genderShown[0] as typeof cast)
    : cast
  const speaker = { name: person.full }
  // The nickname goes between the given names and the surname.
  const at = person.full.lastIndexOf(person.surname)
  const given = person.full.slice(0, at).trim()
  const rest = person.full.slice(at)
  const nick = rng.pick(['The Flood', 'Lightning', 'The Iron Lady', 'Doc'])
  if (shape === 0) {
    b.quote('Nobody came to see the damage,', speaker)
    b.add(` said ${given} `)
    b.quote(nick, null)
    b.add(` ${rest}, ${rng.pick(['a farmer', 'who has fished here for 30 years'])}.\n\n`)
    b.quote('It rose fast,', speaker)
    b.add(` ${person.surname} said.`)
  } else {
    b.add(`${given} `)
    b.quote(nick, null)
    b.add(` ${rest} said: `)
    b.quote('We were elected to make hard choices.', speaker)
  }
})

/**
 * Sorts of speakers: a bare stand-in (`said another`, `a second added`) after a speaker set off
 * with a sort of person (`Defne Kaya, a school caretaker`) is one more of that sort, even when
 * a group of other people opened the story.
 */
const sortsOfSpeakers = castFamily('sorts-of-speakers', 3, ({ b, speaker, person }, shape, rng) => {
  const role = rng.pick(['caretaker', 'farmer', 'nurse', 'welder', 'pilot', 'ferryman'])
  const next = rng.pick(['another', 'a second', 'a third'])
  const modifier = rng.pick(['', 'school ', 'veteran ', 'local '])
  const other = { mention: role, head: role }
  if (shape === 2) {
    b.add(
      `${rng.pick(['Residents', 'Dozens of commuters', 'Shop owners'])} ${rng.pick(['returned home on Monday', 'gathered outside city hall'])}.\n\n`,
    )
  }
  if (shape === 1) {
    b.add(
      `${person.full}, ${article(modifier + role)} ${modifier}${role}, ${rng.pick(['was blunt', 'spoke first'])}: `,
    )
    b.quote(rng.pick(['We have no heat.', 'The water rose fast.']), speaker)
    b.add(' ')
    b.quote(rng.pick(['I have worked here for years,', 'We lost everything,']), other)
    b.add(` ${next} ${rng.pick(['added', 'said'])}.`)
    return
  }
  b.quote(rng.pick(['We have no heat,', 'The water rose fast,']), speaker)
  b.add(
    ` said ${person.full}, ${article(modifier + role)} ${modifier}${role}${rng.pick(['', ' from the valley'])}. `,
  )
  b.quote(rng.pick(['I have worked here for years,', 'We lost everything,']), other)
  b.add(
    rng.pick([` said ${next}.`, ` ${next} added.`, ` said ${next}, who declined to give a name.`]),
  )
})

/**
 * Transcript subheads: a short line in title case between paragraphs that announces the quotes
 * below it as someone's words (`Excerpts From Doe’s Remarks`, `How Roe Responded`, `In Her Own
 * Words`, `Statement From Acme Homes`). The quotes under it are the one it names, or, when it
 * names no one, the one the paragraph before it set up; the subhead's own words name no one.
 */
const transcriptSubheads = castFamily(
  'transcript-subheads',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const title = (surname: string) => surname.charAt(0).toUpperCase() + surname.slice(1)
    const lede = rng.pick([
      'The council voted 7-2 on Wednesday to close the Old Mill Bridge for at least 18 months.',
      'Two primary schools will close next year under a merger plan approved on Tuesday.',
    ])
    b.add(`${lede}\n\n`)
    const role = rng.pick(['Councillor', 'Headteacher', 'Mayor', 'Parent campaigner'])
    const setUp = rng.pick([
      'made a short statement to the press on Tuesday evening',
      'addressed the council late on Wednesday',
      'gave a speech to the chamber of commerce',
    ])
    const lines = rng.pick([
      ['We did everything we were asked to do.', 'Frankly, the timing could not be worse.'],
      ['Every week we wait, the bill goes up.', 'I think people are tired of waiting.'],
    ])
    const transcript = (who: { name: string } | { mention: string; head: string }) => {
      for (const line of lines.slice(0, 1 + rng.int(2))) {
        b.quote(line, who)
        b.add('\n\n')
      }
    }
    if (shape === 3) {
      const body = rng.pick([
        'Ashgrove Homes',
        'Corvane Industries',
        'the Santa Ines Pensioners Association',
      ])
      const named = { name: body.replace(/^the /u, '') }
      b.add(
        `${title(body)} issued a statement on Monday about the decision. It is reproduced below.\n\n`,
      )
      b.add(`${rng.pick([`Statement From ${title(body)}`, 'The Statement in Full'])}\n\n`)
      transcript(named)
      return
    }
    const other = genderShown.find(
      (candidate) => candidate.surname !== person.surname && candidate.gender !== person.gender,
    ) as Person
    b.add(`${role} ${person.full} ${setUp}.`)
    if (shape === 1) b.add(` ${other.full} responded later in the day.`)
    if (shape === 2)
      b.add(
        ` ${person.gender === 'female' ? 'Her' : 'His'} remarks have been lightly edited for length.`,
      )
    b.add('\n\n')
    const own = title(person.surname)
    b.add(
      `${
        shape === 2
          ? rng.pick([
              `In ${person.gender === 'female' ? 'Her' : 'His'} Own Words`,
              'The Remarks in Full',
            ])
          : rng.pick([
              `Excerpts From ${own}’s Remarks`,
              `${own}’s Remarks in Full`,
              `Read ${own}’s Full Statement`,
            ])
      }\n\n`,
    )
    transcript(speaker)
    if (shape === 1) {
      const theirs = title(other.surname)
      b.add(
        `${rng.pick([`The Reply From ${theirs}`, `How ${theirs} Responded`, `${theirs}’s Response`])}\n\n`,
      )
      b.quote(rng.pick(['The budget is what it is.', 'We will live within our means.']), {
        name: other.full,
      })
    }
  },
)

/**
 * Verdicts of someone: a sentence that equates the quote before it with someone's words
 * (`That was the verdict of economist Ama Owusu.`, `Such was the warning from …`) gives it to
 * them, and is spent on it: a later quote a sentence of its own points back at is that one's.
 */
const verdictsOf = castFamily('verdicts-of', 3, ({ b, person, speaker }, shape, rng) => {
  const noun = rng.pick(['verdict', 'warning', 'message', 'reply', 'response'])
  const role = rng.pick(['economist ', 'Mayor ', '', 'harbour master '])
  b.add(
    `${rng.pick(['Rents rose by 14 percent last year.', 'The bridge will close in March.'])}\n\n`,
  )
  b.quote(
    rng.pick(['Rents are rising because there are not enough homes.', 'The lads are devastated.']),
    speaker,
  )
  const link = rng.pick(['of', 'from'])
  b.add(
    ` ${rng.pick(['That was', 'Such was', 'This was'])} the ${rng.pick(['', 'blunt '])}${noun} ${link} ${role}${person.full}${shape === 1 ? `, ${rng.pick(['the chair of the committee', 'a local builder'])}` : ''}.`,
  )
  if (shape === 2) {
    const other = genderShown.find((candidate) => candidate.surname !== person.surname) as Person
    b.add('\n\n')
    b.quote(rng.pick(['We will see what happens next week.', 'Nobody saw this coming.']), {
      name: other.full,
    })
    b.add(
      ` That was how ${rng.pick(['Councillor ', ''])}${other.full} ${rng.pick(['put it', 'summed it up'])}.`,
    )
  }
})

/**
 * Interview turns: in an interview's turns (`Q:`/`A:`, `HOST:`/`ROE:`), an answer's `I` and
 * `my` are the interviewee, as the text introduced them (`The following interview with …`,
 * `… spoke to us about …`), and a question's `you` is the interviewee too.
 */
const interviewTurns = castFamily('interview-turns', 3, ({ b, person, speaker }, shape, rng) => {
  const topic = rng.pick(['the strike', 'the new stadium', 'the flood defences'])
  b.add(
    rng.pick([
      `The following interview with ${person.full}, ${rng.pick(['a marine biologist', 'the head of the parents association'])}, has been edited for length and clarity.`,
      `${person.full} spoke to ${rng.pick(['us', 'the Courier'])} about ${topic}. Excerpts:`,
    ]),
  )
  const named = shape === 2
  const asking = named ? rng.pick(['HOST', 'INTERVIEWER']) : 'Q'
  const answering = named ? person.surname.toUpperCase() : 'A'
  const turns = rng.int(2) === 0 ? ['called', 'message', 'told'] : ['message', 'called', 'told']
  for (const turn of turns.slice(0, 2 + rng.int(2))) {
    b.add('\n\n')
    if (turn === 'called') {
      b.add(`${asking}: Last month you called ${topic} `)
      b.quote(rng.pick(['an open wound.', 'a national embarrassment.']), speaker)
      b.add(' Do you still think so?')
    } else if (turn === 'message') {
      b.add(
        `${asking}: ${rng.pick(['What happens next?', 'Is there still time to fix this?'])}\n\n`,
      )
      b.add(`${answering}: My message to ${rng.pick(['our members', 'residents'])} is simple: `)
      b.quote(rng.pick(['It is not my job to defend the plan.', 'Nobody is leaving.']), speaker)
    } else {
      b.add(`${asking}: ${rng.pick(['What went wrong?', 'Why did it take so long?'])}\n\n`)
      b.add(`${answering}: I told the council at the time, `)
      b.quote(
        rng.pick(['We warned them months ago.', 'Every week of delay costs us more.']),
        speaker,
      )
      b.add(' Nothing has changed since then.')
    }
  }
})

/**
 * Linked set-ups: a sentence that sets a quote up (`Doe was unconvinced.`, `… saw it
 * differently.`) may open on a word linking it to the one before (`But`, `Yet`, `And`,
 * `Still`), with an aside after the name; the quote after it is still the subject's, not the
 * last speaker's.
 */
const linkedSetUps = castFamily('linked-set-ups', 2, ({ b, person, speaker }, shape, rng) => {
  const other = genderShown.find((candidate) => candidate.surname !== person.surname) as Person
  b.quote(rng.pick(['Nothing was decided behind closed doors,', 'The plan is sound,']), {
    name: other.full,
  })
  b.add(` said ${other.full}, ${rng.pick(['the festival director', 'a city planner'])}.\n\n`)
  const link = rng.pick(['But', 'Yet', 'And', 'Still'])
  const aside =
    shape === 0
      ? `, ${rng.pick(['who moved here a decade ago', 'who has coached the team for six seasons'])},`
      : ''
  b.add(
    `${link} ${person.full}${aside} ${rng.pick(['was unconvinced', 'saw it differently', 'was more cautious'])}. `,
  )
  b.quote(
    rng.pick([
      'Our members are angry, and they have every right to be.',
      'We warned them months ago.',
    ]),
    speaker,
  )
  if (rng.int(2) === 0) {
    b.add('\n\n')
    b.quote(
      rng.pick(['Nobody should have to wait this long.', 'The numbers do not add up.']),
      speaker,
    )
  }
})

/**
 * Asked and answered: `Doe was asked what comes next.` sets up the quote after it as the
 * subject's answer, though the verb in the passive is someone else's question.
 */
const askedAndAnswered = castFamily(
  'asked-and-answered',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = genderShown.find((candidate) => candidate.surname !== person.surname) as Person
    b.quote(rng.pick(['The plan was handled badly,', 'We will see,']), speaker)
    b.add(` said ${person.full}, ${rng.pick(['the museum curator', 'a union organizer'])}.\n\n`)
    b.quote(rng.pick(['Nobody saw this coming,', 'The numbers do not add up,']), {
      name: other.full,
    })
    b.add(` ${other.full} said.\n\n`)
    const name = shape === 0 ? person.surname : person.full
    b.add(
      `${name} was ${rng.pick(['asked', 'questioned'])} ${rng.pick(['what comes next', 'about the delay', 'whether the plan would survive'])}. `,
    )
    b.quote(
      rng.pick(['We are not giving up.', 'Everyone is tired, but this is not going away.']),
      speaker,
    )
  },
)

/**
 * Bodies of two portfolios: `the Ministry of Transport and Ports` is one body, its name going on
 * past `and` to a plural (a surname seldom is one), in a headline that capitalizes its cue as
 * in the story; `the ministry` later is that body.
 */
const portfolioBodies: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const head = rng.pick(['Ministry', 'Department', 'Office'])
    const name = `${head} of ${rng.pick(['Transport', 'Water', 'Agriculture', 'Culture'])} and ${rng.pick(['Ports', 'Forests', 'Fisheries', 'Waterways', 'Highways', 'Communications'])}`
    const speaker = { name }
    if (rng.int(2) === 0) {
      b.add(`${name} Says `)
      b.quote(rng.pick(['Nobody Is Above the Law', 'The Water Is Still Rising']), speaker)
      b.add('\n\n')
    }
    b.add(`The ${name} said ${rng.pick(['on Sunday', 'in a press release', 'on its website'])}: `)
    b.quote(rng.pick(['We will not give up on the harbour wall.', 'The levee held.']), speaker)
    b.add('\n\n')
    b.quote(rng.pick(['We owe it to the next generation,', 'Repairs start in May,']), speaker)
    b.add(` the ${head.toLowerCase()} ${rng.pick(['added', 'said'])}.`)
    cases.push(b.done('portfolio-bodies'))
  }
  return cases
}

/**
 * Letters of their writers: whoever a sentence says wrote to someone (`Doe wrote to the
 * council in May.`, `the residents who wrote to her`) sent the letter a later `the letter said`
 * quotes, in an interview's answer too (`A: I wrote to the minister …`).
 */
const lettersOfWriters = castFamily(
  'letters-of-writers',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const recipient = rng.pick(['the minister', 'the council', 'the board'])
    const letter = rng.pick([
      'We have asked for an independent review.',
      'Nobody should have to wait this long.',
    ])
    if (shape === 0) {
      b.add(
        `${rng.pick(['Residents are angry about the flooding.', 'The strike entered its third week.'])}\n\n`,
      )
      b.add(
        `${person.full} wrote to ${recipient} in ${rng.pick(['May', 'March'])}. The letter ${rng.pick(['said', 'read'])}: `,
      )
      b.quote(letter, speaker)
      return
    }
    b.add(
      `${person.full} spoke to us about ${rng.pick(['the waiting list', 'the strike'])}. Excerpts:\n\n`,
    )
    b.add(`Q: ${rng.pick(['Why did it take so long?', 'What went wrong?'])}\n\n`)
    b.add(`A: I wrote to ${recipient} in March. The letter said, `)
    b.quote(letter, speaker)
    b.add(' I never got a reply.')
  },
)

/**
 * Beats of newcomers: a short sentence with no cue that brings someone in by what they do (`A
 * pilot who has flown here for years sounded weary.`) or names them with an aside (`Laszlo
 * Roe, the director, paused before answering.`) sets up the quote after it, as a named
 * subject's beat does.
 */
const beatsOfNewcomers: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    b.add(
      `${rng.pick(['Ticket prices rose sharply this season.', 'The tunnel is two years behind schedule.'])}\n\n`,
    )
    const beat = rng.pick([
      'sounded weary',
      'paused before answering',
      'was in no mood for compromise',
      'did not mince words',
      'struck a more cautious note',
    ])
    if (rng.int(2) === 0) {
      const noun = rng.pick(['pilot', 'engineer', 'nurse', 'shopkeeper', 'paramedic'])
      b.add(
        `${cap(article(noun))} ${noun}${rng.pick(['', ' who has worked in Qadira for 15 years', ' from Mirhaven'])} ${beat}. `,
      )
      b.quote(
        rng.pick([
          'Nobody here expected it to go this badly.',
          'We can’t pretend it never happened.',
        ]),
        {
          mention: noun,
          head: noun,
        },
      )
    } else {
      const person = rng.pick(genderShown)
      b.add(
        `${person.full}, ${rng.pick(['the director of the research station', 'a local builder'])}, ${beat}. `,
      )
      b.quote(rng.pick(['What happened should worry everyone.', 'The numbers do not add up.']), {
        name: person.full,
      })
    }
    cases.push(b.done('beats-of-newcomers'))
  }
  return cases
}

/**
 * Broken off: words that break off (a quote ending on a dash or an ellipsis) and whoever
 * `began` them, right after the quote, with an aside or a relative clause between or not.
 */
const brokenOffWords: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    b.add(`${rng.pick(['Ticket prices rose sharply this season.', 'Polls closed at 8 p.m.'])}\n\n`)
    const end = rng.pick(['—', '…'])
    const words = rng.pick([
      `If we lose the project, then${end}`,
      `We had hoped that the final would${end}`,
    ])
    const after = rng.pick([', before stopping.', ', before being cut off.', ' and stopped.'])
    if (rng.int(2) === 0) {
      const person = rng.pick(genderShown)
      b.quote(words, { name: person.full })
      b.add(
        ` ${person.full}${rng.pick(['', ', a marine biologist,'])} ${rng.pick(['began', 'started'])}${after}`,
      )
    } else {
      const noun = rng.pick(['mechanic', 'paramedic', 'shopkeeper'])
      b.quote(words, { mention: noun, head: noun })
      b.add(
        ` ${article(noun)} ${noun}${rng.pick(['', ' who asked not to be named', ' from Kelvara'])} began${after}`,
      )
    }
    cases.push(b.done('broken-off'))
  }
  return cases
}

/**
 * Owners' newcomers: a phrase for someone with an owner for its article may hold an adverb and
 * a participle (`the hospital’s newly appointed pharmacist`, `the agency’s newly hired
 * accountant`); the speaker is the whole phrase, not the owner, and a later `the pharmacist`
 * finds it.
 */
const ownersNewcomers: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const owner = rng.pick(['hospital', 'agency', 'ministry', 'cooperative'])
    const noun = rng.pick(['pharmacist', 'accountant', 'engineer', 'surgeon'])
    const modifier = rng.pick(['newly appointed', 'newly hired', 'widely respected'])
    const who = { mention: noun, head: noun }
    b.add(`${rng.pick(['The review was published on Tuesday.', 'Polls closed at 8 p.m.'])}\n\n`)
    b.quote(rng.pick(['The plan was never going to be easy,', 'Nobody saw this coming,']), who)
    b.add(` said the ${owner}’s ${modifier} ${noun}.\n\n`)
    b.quote(rng.pick(['We will publish everything,', 'It is too early to say,']), who)
    b.add(` the ${noun} ${rng.pick(['added', 'said'])}.`)
    // (`the obvious question`: an adjective in -ous before a cue word's noun is no plural.)
    if (rng.int(2) === 0) {
      b.add(` She raised the ${rng.pick(['obvious', 'serious', 'previous'])} question: `)
      b.quote(rng.pick(['Who pays?', 'What comes next?']), who)
    }
    cases.push(b.done('owners-newcomers'))
  }
  return cases
}

/**
 * Relayed words: `Doe said Roe had told her in a letter: “…”` gives Roe's words as said: the
 * inner cue, right in the clause the outer one reports, opens a whole sentence in marks with
 * its colon. (A fragment inside the inner clause stays the outer source's: a row.)
 */
const relayedWords = castFamily('relayed-words', 3, ({ b, person, speaker }, shape, rng) => {
  const other = genderShown.find((candidate) => candidate.surname !== person.surname) as Person
  const pronoun = other.gender === 'female' ? 'her' : 'him'
  b.add(`${rng.pick(['The bridge has been closed since April.', 'Waiting times rose again.'])}\n\n`)
  if (shape === 2) {
    // Right after the inner cue, or past a comma, when the sentence names the inner speaker.
    b.add(
      `${other.full} testified that ${person.full} ${rng.pick(['shouted', 'yelled'])}${rng.pick(['', ','])} `,
    )
    b.quote(
      rng.pick([
        'Nobody needs to see those invoices',
        'Shred everything before the auditors get here',
      ]),
      speaker,
    )
    b.add(` when ${other.gender === 'female' ? 'she' : 'he'} asked.`)
    return
  }
  b.add(
    `${other.full}, ${rng.pick(['a family doctor', 'the festival director'])}, said${shape === 1 ? ' that' : ''} ${person.full} had told ${pronoun} ${rng.pick(['in a letter', 'during a private meeting', 'at the time'])}: `,
  )
  b.quote(rng.pick(['We warned them months ago.', 'My team has worked around the clock.']), speaker)
  if (rng.int(2) === 0) {
    b.add('\n\n')
    b.quote(rng.pick(['It remains deeply flawed,', 'Nobody listened,']), { name: other.full })
    b.add(` ${other.surname} said.`)
  }
})

/**
 * Places by their words: a name a word for a feature of the land ends (`Temu Valley`, `Korsun
 * Heights`), or a two-word name a word for a place's kind opens (`Port Maren`, `San Teodoro`),
 * is a place, never the `he` or `she` of a speaker, wherever it stands; a body named after one
 * (`Port Eldry Chronicle`) is still a body.
 */
const placesByWords = castFamily(
  'places-by-words',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const place = rng.pick([
      'Temu Valley',
      'Korsun Heights',
      'Ostrava Bay',
      'Port Maren',
      'San Teodoro',
      'Lake Anselm',
      'Mount Ida',
    ])
    b.add(
      `${person.full}, ${rng.pick(['a cannery worker', 'a geologist'])}, returned to ${place} on ${rng.pick(['Monday', 'Thursday'])}.\n\n`,
    )
    b.quote(rng.pick(['None of us signed up for this,', 'It was a hard year,']), speaker)
    b.add(` ${pronoun} said.\n\n`)
    b.add(
      `${rng.pick(['The port remains unpopular.', 'The plan has been paused twice.'])} ${place} ${rng.pick(['has been cut off for a month', 'voted against it in May'])}.\n\n`,
    )
    if (shape === 0) {
      b.add(`${cap(pronoun)} told reporters: `)
      b.quote(rng.pick(['It is too early to say.', 'We will be back.']), speaker)
    } else {
      b.quote(rng.pick(['It is too early to say,', 'We will be back,']), speaker)
      b.add(` ${pronoun} ${rng.pick(['noted', 'added'])}.`)
    }
  },
)

/**
 * Papers and outlets: a paper put out by someone speaks for them, past the participle that
 * puts it out (`A report published by Bridgewell Engineering said`); a noun for an outlet with
 * a word for what it is like (`the influential daily`, `the conservative newspaper`) is the
 * outlet that spoke last.
 */
const papersAndOutlets: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    b.add(
      `${rng.pick(['The council voted 7-2 on Thursday.', 'Fires burned for a third day.'])}\n\n`,
    )
    if (rng.int(2) === 0) {
      const body = rng.pick([
        'Bridgewell Engineering',
        'the Marrowby Health Authority',
        'the Coalition for Clean Rivers',
      ])
      b.add(
        `A ${rng.pick(['report', 'study', 'review'])} ${rng.pick(['published', 'released', 'issued'])} by ${body} ${rng.pick(['on Thursday', 'earlier this week'])} ${rng.pick(['said', 'concluded', 'found'])}: `,
      )
      b.quote(
        rng.pick([
          'Decisions were taken without adequate consultation.',
          'The evidence points to a failure of oversight.',
        ]),
        { name: body.replace(/^the /u, '') },
      )
    } else {
      const paper = rng.pick([
        'Valdora Gazette',
        'Coastal Observer',
        'Tallisford Post',
        'Ridgeport Sentinel',
      ])
      b.add(`In an editorial ${rng.pick(['on Friday', 'this week'])}, the ${paper} said: `)
      b.quote(
        rng.pick([
          'The public has been kept in the dark.',
          'The warning signs were there for years.',
        ]),
        { name: paper },
      )
      b.add(' ')
      b.quote(rng.pick(['Someone must take responsibility,', 'The time for excuses is over,']), {
        name: paper,
      })
      b.add(
        ` the ${rng.pick(['influential ', 'conservative ', 'local ', ''])}${rng.pick(['daily', 'newspaper', 'paper'])} ${rng.pick(['added', 'said'])}.`,
      )
    }
    cases.push(b.done('papers-and-outlets'))
  }
  return cases
}

/**
 * Terms in marks: words in marks nobody in the story says stay nobody's beside quotes that are
 * someone's: a term after `so-called`, even in a sentence a cue reports (`Critics say it is the
 * latest round of so-called “efficiency savings”`); a modifier in marks between an article and
 * its noun (`The “interim” budget`); a nickname with the link words of a title in lower case
 * between the words of a name (`Defne “the Mayor of Dock Street” Yılmaz`); what a name is
 * known as, however many words say by whom and where (`known to everyone in Lake Tamsin as
 * ‘Big Sal’`); and a title a noun for a work renames (`“The Salt Orchard,” a documentary`).
 */
const termsInMarks = castFamily('terms-in-marks', 6, ({ b, person: cast }, shape, rng) => {
  // (A given name that is also a month or a modal is read as one before a nickname: see
  // nicknamed-names.)
  const person = /^(?:April|May|June|Will|Mark)\b/u.test(cast.full)
    ? (genderShown[0] as typeof cast)
    : cast
  const speaker = { name: person.full }
  b.add(
    `${rng.pick(['A recount was ordered on Monday.', 'The bridge will close for 18 months.'])}\n\n`,
  )
  const line = rng.pick(['We were lucky,', 'The budget is what it is,'])
  if (shape === 2) {
    const at = person.full.lastIndexOf(person.surname)
    b.quote(line, speaker)
    b.add(` said ${person.full.slice(0, at).trim()} `)
    b.quote(rng.pick(['the Mayor of Dock Street', 'the Voice of the Valley']), null)
    b.add(
      ` ${person.full.slice(at)}, ${rng.pick(['the transport commissioner', 'a ferry captain'])}.`,
    )
    return
  }
  if (shape === 3) {
    b.add(
      `${person.full}, known to ${rng.pick(['everyone in Lake Tamsin', 'the regulars at the market'])} as `,
    )
    b.quote(rng.pick(['Big Sal', 'Doc']), null)
    b.add(', said: ')
    b.quote(rng.pick(['I think people are tired of waiting.', 'Nobody came.']), speaker)
    return
  }
  b.quote(line, speaker)
  b.add(` ${person.full} said. `)
  if (shape === 5) {
    // Words in marks inside the sentence's subject, a verb right after them.
    b.add(`${rng.pick(['Talks aimed at securing', 'Efforts to reach'])} `)
    b.quote(
      rng.pick([
        'a fair and lasting settlement',
        'a sustainable way forward',
        'meaningful consultation',
      ]),
      null,
    )
    b.add(
      ` ${rng.pick(['are due to resume next week', 'have stalled again', 'will continue after the holidays'])}.`,
    )
    return
  }
  if (shape === 4) {
    // A title a noun for a work renames after it, the comma inside the marks or out.
    b.add('\n\n')
    const inside = rng.int(2) === 0
    b.quote(
      `${rng.pick(['Everything the Tide Took', 'The Salt Orchard', 'A House of Small Rooms'])}${inside ? ',' : ''}`,
      null,
    )
    b.add(
      `${inside ? '' : ','} ${rng.pick(['a play', 'a documentary', 'a new novel'])} about the town, ${rng.pick(['opens on Monday', 'premieres next month'])}.`,
    )
    return
  }
  if (shape === 0) {
    b.add(
      `${rng.pick(['Critics say', 'Opponents argue'])} the plan is simply the latest round of so-called `,
    )
    b.quote(rng.pick(['efficiency savings', 'modernisation', 'streamlining']), null)
    b.add('.')
  } else {
    b.add('The ')
    b.quote(rng.pick(['interim', 'temporary', 'emergency']), null)
    b.add(
      ` ${rng.pick(['budget has been in force for two years', 'heaters have already broken down'])}.`,
    )
  }
})

/**
 * Titles after cues: right after a cue or a quote's closing mark, a capitalized noun for what
 * someone does before a name of two words is a title, no part of the name (`said Harbourmaster
 * Yannis Roe`, `“…—” Harbourmaster Piotr Roe began`), as at a sentence's start, a compound in
 * -man (`Ferryman`) and a noun no ending shows (`Publican`) too.
 */
const titlesAfterCues = castFamily('titles-after-cues', 3, ({ b, person, speaker }, shape, rng) => {
  const role = rng.pick([
    'Harbourmaster',
    'Stationmaster',
    'Groundskeeper',
    'Councillor',
    'Surveyor',
    'Ferryman',
    'Fisherman',
    'Publican',
  ])
  b.add(
    `${rng.pick(['Talks broke down late on Friday.', 'The strike entered its third week.'])}\n\n`,
  )
  if (shape === 2) {
    // Opening a sentence, where every first word is capitalized.
    b.add(`${role} ${person.full} said: `)
    b.quote(
      rng.pick(['We lost everything on the ground floor.', 'Where were the sandbags?']),
      speaker,
    )
  } else if (shape === 0) {
    b.quote(rng.pick(['Automation is coming,', 'The door is open,']), speaker)
    b.add(` said ${role} ${person.full}.`)
  } else {
    b.quote(rng.pick(['I’ve never seen—', 'If we lose the port, then—']), speaker)
    b.add(` ${role} ${person.full} began, before thinking better of it.`)
  }
  b.add('\n\n')
  b.quote(rng.pick(['It has always been open.', 'We will see.']), speaker)
  b.add(` ${person.surname} ${rng.pick(['said', 'added'])}.`)
})

/**
 * Roles in asides: an age with a word before it (`Roe, now 74, a retired librarian and
 * grandmother of seven,`) and a relative clause with a copula (`Nyberg, 42, a former student who
 * is now a paramedic,`) still give the roles a later `the retired librarian`, `the
 * grandmother`, `the paramedic` finds, past another speaker named between.
 */
const rolesInAsides: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const [host, guest] = rng.pick([
      [people[0], people[1]],
      [people[2], people[3]],
      [people[4], people[5]],
    ] as const) as [Person, Person]
    b.add(
      `Twice a week, ${host.full} ${rng.pick(['sits with adults who are learning to read', 'runs a boxing gym for teenagers'])}.\n\n`,
    )
    b.quote(rng.pick(['Reading is a door,', 'Showing up is the hard part,']), { name: host.full })
    b.add(` said ${host.surname}.\n\n`)
    const elder = host.gender === 'female' ? 'grandmother' : 'grandfather'
    b.add(
      `${host.surname}, ${rng.pick(['now', 'aged'])} ${rng.int(30) + 50}, a retired librarian and ${elder} of seven, came to Westbrook in 1998.\n\n`,
    )
    b.quote(rng.pick(['Nobody ever made me feel stupid,', 'You did your homework first,']), {
      name: guest.full,
    })
    b.add(
      ` said ${guest.full}, ${rng.int(30) + 20}, a former student who is now a ${rng.pick(['paramedic', 'nurse', 'welder'])}.\n\n`,
    )
    const later = rng.int(2) === 0
    b.quote(
      rng.pick(['Some of my students are older than I am,', 'I was one of these kids once,']),
      { name: host.full },
    )
    b.add(` said the ${later ? 'retired librarian' : `${elder} of seven`}.`)
    cases.push(b.done('roles-in-asides'))
  }
  return cases
}

/**
 * Denied words: a quote a colon opens after a denied cue, or after a question a denied verb
 * takes as its object (`The plan never addresses the obvious question: “Who pays?”`, `Doe did
 * not say: “…”`), is nobody's; an idiom that denies only how (`did not mince words:`) still
 * hands the quote to its subject.
 */
const deniedWords = castFamily('denied-words', 3, ({ b, person, speaker }, shape, rng) => {
  b.quote(rng.pick(['The plan is sound,', 'We did what we could,']), speaker)
  b.add(` ${person.full} said.\n\n`)
  if (shape === 2) {
    b.add(`${person.surname} did not mince words: `)
    b.quote(rng.pick(['The numbers do not add up.', 'Nobody came.']), speaker)
    return
  }
  const subject = rng.pick(['The plan', 'The review', 'The report'])
  b.add(
    shape === 0
      ? `${subject} ${rng.pick(['never addresses', 'does not answer', 'never tackles'])} the ${rng.pick(['obvious', 'central', ''])} question: `.replace(
          '  ',
          ' ',
        )
      : `${subject} ${rng.pick(['never says', 'does not say'])}: `,
  )
  b.quote(rng.pick(['Who pays?', 'What comes next?', 'Why here, and why now?']), null)
})

/**
 * Headline openings: title case runs a surname into the words after it (`“…”: Santos Breaks
 * Silence on Housing Crisis`); the headline's speaker is the one person the story names later
 * whose name ends in the words that open the run.
 */
const headlineOpenings = castFamily('headline-openings', 2, ({ b, person: cast }, shape, rng) => {
  // (A surname with particles, or a given name that is also a modal, is read otherwise in title
  // case: a limit in the README.)
  const person =
    /^(?:April|May|June|Will|Mark)\b/u.test(cast.full) || /\s\p{Ll}/u.test(cast.full)
      ? (genderShown[0] as typeof cast)
      : cast
  const speaker = { name: person.full }
  const surname = person.surname.charAt(0).toUpperCase() + person.surname.slice(1)
  const tail = rng.pick([
    'Breaks Silence on Housing Crisis',
    'Hits Back at Critics',
    'Speaks Out After Vote',
  ])
  if (shape === 0) {
    b.quote(rng.pick(['We’ll See What Happens Next Week', 'We Will Keep Fighting!']), speaker)
    b.add(`: ${surname} ${tail}`)
  } else {
    b.add(`${surname} ${tail}: `)
    b.quote(rng.pick(['We’ll See What Happens Next Week', 'We Will Keep Fighting']), speaker)
  }
  b.add(
    `\n\n${rng.pick(['Rents rose by 14 percent last year.', 'The strike entered its second month.'])}\n\n`,
  )
  b.add(
    `${rng.pick(['Developer', 'Union negotiator', 'Councillor'])} ${person.full} said the decision was `,
  )
  b.quote(rng.pick(['a lifeline for young families.', 'long overdue.']), speaker)
})

/**
 * Bodies past scenery: a sentence between a body's news and `the company said` may open on a
 * capital that only says which thing (`Ticket sales for the opera opened`, `Turnout in
 * Vesterholm reached 64 percent`); `the company` and `it` are still the body named before.
 */
const bodiesPastScenery: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const body = rng.pick([
      'Bluefen Energy',
      'Mirhaven Pharmaceuticals',
      'Halvorsen Shipping',
      'Sundgard Rail',
    ])
    const speaker = { name: body }
    b.add(
      `${body} ${rng.pick(['announced on Thursday', 'disclosed on Wednesday'])} that the project would be postponed. `,
    )
    b.add(
      `${rng.pick(['Ticket sales for the opera opened on Friday.', 'Turnout in Vesterholm reached 64 percent.', 'Wheat yields in the district fell by a third.', 'Grain prices rose again.'])}\n\n`,
    )
    b.quote(
      rng.pick(['We owe it to the next generation to get this right,', 'Nobody saw this coming,']),
      speaker,
    )
    b.add(` the ${rng.pick(['company', 'firm'])} said in a statement.\n\n`)
    b.quote(rng.pick(['It would be a mistake to rush this,', 'We will keep pushing,']), speaker)
    b.add(' it added.')
    cases.push(b.done('bodies-past-scenery'))
  }
  return cases
}

/**
 * Bodies named by plurals: a capitalized plural noun for people opens a body's name (`Tenants
 * First`, `Tenants United`, `Parents Together`), no role of a person, wherever it stands.
 */
const pluralNamedBodies: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const body = rng.pick([
      'Tenants First',
      'Tenants United',
      'Parents Together',
      'Riders Alliance',
      'Nurses United',
    ])
    const speaker = { name: body }
    b.add(`${rng.pick(['Rents rose by 14 percent last year.', 'The bus fare went up again.'])}\n\n`)
    if (rng.int(2) === 0) {
      b.quote(
        rng.pick([
          'We urge all parties to return to the table,',
          'Nobody should have to choose between heating and eating,',
        ]),
        speaker,
      )
      b.add(` ${body} said${rng.pick(['', ' in a statement'])}.`)
    } else {
      b.add(`${body} said${rng.pick(['', ' on Monday'])}: `)
      b.quote(
        rng.pick([
          'Lawmakers have listened for the first time in a decade.',
          'This is a win for everyone.',
        ]),
        speaker,
      )
    }
    cases.push(b.done('plural-named-bodies'))
  }
  return cases
}

/**
 * Companies' voices: `it said` after a name that put out a paper in its sentence (`Northstar
 * Energy said in a news release that it was reviewing …`) is that company, though its name
 * looked like a person's; whom a spokesperson speaks for (`a spokeswoman for Ridgeline Homes`)
 * is a body a later `the company` takes up.
 */
const companyVoices: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const name = rng.pick([
      'Northstar Energy',
      'Ridgeline Homes',
      'Corvane Industries',
      'Tarrow Logistics',
    ])
    const speaker = { name }
    if (rng.int(2) === 0) {
      b.add(
        `${name} said in a ${rng.pick(['news release', 'statement'])} on ${rng.pick(['Sunday', 'Monday'])} that it was reviewing the situation. `,
      )
      b.quote(rng.pick(['We regret the disruption,', 'Customers may be reimbursed,']), speaker)
      b.add(' it said.')
    } else {
      const spokes = rng.pick(['spokeswoman', 'spokesman', 'spokesperson'])
      b.quote(rng.pick(['We build the homes this region needs,', 'The plan is sound,']), {
        mention: spokes,
        head: spokes,
      })
      b.add(` a ${spokes} for ${name} said.\n\n`)
      b.quote(rng.pick(['Traffic will be routed away from homes,', 'Work starts in May,']), speaker)
      b.add(` the company said.`)
    }
    cases.push(b.done('company-voices'))
  }
  return cases
}

/**
 * Names that stand for no one: capitals alone after a time of day are its zone (`08:12 UTC`),
 * after an owner's pronoun a name before a noun for a thing says which thing is theirs (`his
 * Facebook page`), so neither is the body or the person a noun alone stands for, and a form of
 * address after `his` or `her` is the pronoun (`her Honour said`); and a one-word name the
 * text made no one's is the body a noun for one stands for (`Kudipay … The company added`), as
 * is a name a legal form ends (`Brightwater Freight AG`).
 */
const ownedNames = castFamily('owned-names', 5, ({ b, person, speaker }, shape, rng) => {
  const cue = rng.pick(plainCues)
  const owner = person.gender === 'female' ? 'her' : 'his'
  if (shape === 4) {
    // `built it into Brightwater Freight AG … the company said`: a legal form ends a company's
    // name wherever it is from, so `the company` stands for it, as for `Inc.` or `Ltd`.
    const company = `${rng.pick(['Brightwater', 'Nordhaven', 'Kestrel', 'Aldmoor'])} ${rng.pick([
      'Freight',
      'Logistics',
      'Foods',
    ])} ${rng.pick(['AG', 'GmbH', 'PLC', 'Holdings', 'Limited'])}`
    b.add(`${person.full} built it into ${company}, one of Europe’s largest firms.\n\n`)
    b.quote(bodyBefore(rng, true), { name: company }).add(` the company ${cue}.`)
    return
  }
  if (shape === 3) {
    // `Kudipay said … The company added`: a one-word name no given name, title or gender
    // makes someone's was the body, ahead of a body named before it.
    const body = rng.pick(organizations)
    const brand = rng.pick(['Kudipay', 'Zoomr', 'Veltrix', 'Lumeo', 'Quorvo', 'Paylance'])
    b.add(`${cap(body.written)} said it `).quote(
      rng.pick(['shares the concerns', 'was surprised']),
      {
        name: body.name,
      },
    )
    b.add('. ').quote(bodyBefore(rng, true), { name: brand })
    b.add(` ${brand} said in a statement. The ${rng.pick(['company', 'firm'])} added that users `)
    b.quote(rng.pick(['will not be affected', 'are safe', 'can keep their accounts']), {
      name: brand,
    })
    b.add('.')
    return
  }
  if (shape === 2) {
    // `her Honour said`: a form of address after `his` or `her` is the pronoun it stands for.
    const other = person.gender === 'female' ? 'Tom Lee' : 'Ann Lee'
    const address = rng.pick(['Honour', 'Honor', 'Excellency', 'Lordship'])
    b.add(`${rng.pick(['Judge', 'Ambassador', 'Justice'])} ${person.full} ${rng.pick(beats)}. `)
    b.add(`${other} had argued for less.${rng.chance(0.5) ? '\n\n' : ' '}`)
    b.quote(bodyBefore(rng, true), speaker).add(` ${owner} ${address} ${cue}.`)
    return
  }
  if (shape === 0) {
    const time = rng.pick(['08:12', '9am', '3 p.m.', '10.30pm', '7:45 a.m.'])
    const zone = rng.pick(['UTC', 'GMT', 'EST', 'PDT', 'AEST', 'CET'])
    const act = rng.pick([
      'went offline',
      'restored service',
      'closed its doors',
      'issued a recall',
    ])
    b.add(`The ${rng.pick(['firm', 'company', 'group'])} ${act} at ${time} ${zone} on Monday. `)
    b.quote(bodyBefore(rng, true), { name: 'the company' }).add(` the company ${cue}.`)
  } else {
    const thing = rng.pick([
      'Facebook page',
      'EU-West region',
      'Ford pickup',
      'Instagram story',
      'Boston apartment',
      'Netflix show',
    ])
    const act = rng.pick(['praised', 'defended', 'updated', 'showed off'])
    b.add(`${person.full} ${act} ${owner} ${thing}. `)
    b.quote(bodyBefore(rng, true), speaker).add(` the ${rng.pick(occupationNouns)} ${cue}.`)
  }
})

/**
 * Reporters and their asides: a subject set off by a clause with a cue of its own (`, who spoke
 * on condition of anonymity,`, `, speaking to reporters,`) still says what its sentence reports,
 * and hands it on to the next quote; the words after `said` are what was said, never who. Whom
 * a sentence reports has spoken, for a later `he added`, before someone quoted further back;
 * someone reported inside a clause a subordinator opens has not.
 */
const reportersAndAsides = castFamily(
  'reporters-and-asides',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const asides = [
      'who spoke at a rally',
      'speaking to reporters',
      'who spoke on condition of anonymity because the talks were private',
      'speaking after the vote',
      'who addressed the council for an hour',
    ]
    const reports = [
      'the plan was dead',
      'the deal would not survive the winter',
      'the budget would be cut again',
      'the ruling changed nothing',
    ]
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const source = rng.pick([
      { phrase: 'A senior official', mention: 'a senior official', head: 'official' },
      { phrase: 'A city aide', mention: 'a city aide', head: 'aide' },
      { phrase: 'One diplomat', mention: 'one diplomat', head: 'diplomat' },
    ])
    const named = rng.int(2) === 0
    const subject = named ? person.full : source.phrase
    const who = named ? speaker : { mention: source.mention, head: source.head }
    if (shape === 0) {
      // The reported sentence hands its speaker to the quote after it.
      b.add(`${subject}, ${rng.pick(asides)}, ${rng.pick(['said', 'told reporters'])} `)
      b.add(`${rng.pick(reports)}. `)
      b.quote(bodyAfter(rng), who)
      return
    }
    if (shape === 1) {
      // Someone quoted before, then a source who reports a third person, then `he added`.
      const first = rng.pick(people.filter((one) => one !== person && one !== other))
      b.add(`${first.full} met ${other.full} on Friday. Afterward, ${first.surname} `)
      b.add('said: ').quote('We trust each other completely.', { name: first.full })
      b.add('\n\n')
      const pronounOfSource = named ? pronoun : rng.pick(['he', 'she'])
      b.add(`${subject}, ${rng.pick(asides)}, said ${other.full} had been told of the decision. `)
      b.quote(bodyBefore(rng, true), who).add(` ${pronounOfSource} added.`)
      return
    }
    // Someone reported in a clause `after` opens is not who adds to a quote before it.
    const gender = person.gender === 'female' ? 'Her' : 'His'
    b.quote(bodyBefore(rng, true), speaker).add(` ${person.full} said.\n\n`)
    b.add(`${gender} remarks came a day after ${other.full} ${rng.pick(['suggested', 'said'])} `)
    b.add(`that ${rng.pick(reports)}.\n\n`)
    b.quote('We will keep pushing,', speaker).add(` ${pronoun} added.`)
  },
)

/**
 * Objects set off: a participle after someone the verb takes as its object, and a role or a
 * relative clause set off after that object (`spoke with Tom Roe, the chief engineer, noting
 * that “…”`), hangs on the clause's subject; what renames the object is the object's.
 */
const objectsSetOff = castFamily(
  'objects-set-off',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const verb = rng.pick(['spoke with', 'met', 'thanked', 'praised', 'sat down with'])
    const aside = rng.pick([
      'the chief engineer',
      'the project’s chief engineer',
      'president of the teachers association',
      'a nurse at the regional clinic',
      'who farms 200 hectares along the river',
      'who chairs the transport committee',
      'the union’s lead negotiator',
    ])
    const participle = rng.pick(['noting', 'adding', 'saying', 'warning', 'insisting'])
    const words = rng.pick([
      'the worst of the rain should pass by Thursday.',
      'we have asked for an independent review.',
      'nobody will be left behind.',
    ])
    if (shape === 0) {
      b.add(`${person.full} ${verb} ${other.full}, ${aside}, ${participle} that `)
      b.quote(words, speaker)
      return
    }
    // With the subject a pronoun for someone named in the sentence before.
    b.add(`${person.full} ${rng.pick(['spoke first', 'arrived late', 'toured the site'])}. `)
    b.add(`${pronoun === 'she' ? 'She' : 'He'} also ${verb} ${other.full}, ${aside}, `)
    b.add(`${participle} that `).quote(words, speaker)
  },
)

/**
 * Scenery capitals: a sentence about things that opens on a one-word capital (`Turnout in
 * Mirhaven reached 64 percent.`, `Wheat yields in the district fell.`) names no one a later
 * `he` or `she` could stand for; the person quoted before it is still who speaks.
 */
const sceneryCapitals = castFamily(
  'scenery-capitals',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const scenery = rng.pick([
      'Turnout in Mirhaven reached 64 percent.',
      'Enrollment in the district has fallen by 11 percent since 2015.',
      'Wheat yields in the district fell by a third last year.',
      'Ticket sales for the festival opened on Friday.',
      'Attendance at the meetings has doubled.',
      'Spending on the project rose again this year.',
    ])
    if (shape === 0) {
      b.quote(bodyBefore(rng, true), speaker).add(` ${person.full} said.\n\n${scenery}\n\n`)
      b.quote('We will keep pushing,', speaker).add(` ${pronoun} said.`)
      return
    }
    const Pronoun = pronoun === 'she' ? 'She' : 'He'
    b.add(`${person.full} ${rng.pick(['visited the site', 'spoke to residents'])} on Monday. `)
    b.add(`${scenery}\n\n${Pronoun} told reporters: `).quote(bodyAfter(rng), speaker)
  },
)

/**
 * Bodies and places: a paper from a body (`A statement from the city council read:`) is the
 * body's; a word a place's or a body's noun is `of` (`the central bank of Maresia`, `the north
 * of Velmora`), one joined to a placed word (`from Korvenia and Estrava`) and `official` before a
 * noun (`according to official figures`) are no one a later `she` stands for; a company's
 * legal form keeps its full stop (`Brightwater Energy Ltd.`).
 */
const bodiesAndPlaces = castFamily(
  'bodies-and-places',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const place = rng.pick(['Maresia', 'Velmora', 'Korvenia', 'Estrava', 'Talmara'])
    if (shape === 0) {
      const body = rng.pick([
        { phrase: 'the city council', head: 'council' },
        { phrase: 'the rebel group', head: 'group' },
        { phrase: 'the defense ministry', head: 'ministry' },
        { phrase: 'the largest opposition party', head: 'party' },
      ])
      const who = { mention: body.phrase, head: body.head }
      b.add(`Talks stalled again this week.\n\nA statement from ${body.phrase} read:\n\n`)
      b.quote('We will return to the table on Monday.', who).add('\n\n')
      b.quote('We remain committed to dialogue.', who)
      return
    }
    if (shape === 1) {
      const company = `${rng.pick(['Brightwater Energy', 'Aldmoor Foods', 'Tarrow Freight'])} ${rng.pick(['Ltd.', 'Pty.', 'PLC'])}`
      b.add(`${company} ${rng.pick(['said', 'replied in a statement', 'warned investors'])}: `)
      b.quote('We regret any inconvenience this may cause.', { name: company })
      return
    }
    const other = rng.pick(
      people.filter((one) => one.gender !== person.gender && one.gender !== 'unknown'),
    )
    const scene = rng.pick([
      `The central bank of ${place} raised its benchmark rate on Friday.`,
      `A ceasefire in the north of ${place} took effect at midnight.`,
      `Trade negotiators from ${place} and Ondaria resumed talks on Friday.`,
      'Rents rose by 14 percent last year, according to official figures published on Friday.',
    ])
    b.add(`${person.full} met ${other.full} on Friday.\n\n${scene}\n\n`)
    b.quote('We will keep talking,', speaker).add(` ${pronoun} said after the meeting.`)
  },
)

/**
 * Talks and headline cues: an interview's title (`‘This is not over’: a conversation with Jane
 * Doe`) gives its quote to the one talked with, who is `I` in the answers (`That is what I told
 * the board`); a cue right before a headline's quote (`Doe says ‘embarrassing’ as fans
 * protest`) is the quote's, whatever clause follows it.
 */
const talksAndHeadlineCues = castFamily(
  'talks-and-headline-cues',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    if (shape === 0) {
      const talk = rng.pick(['a conversation with', 'an interview with', 'in conversation with'])
      b.quote(rng.pick(['This is not over', 'Worth the wait', 'We will be back']), speaker)
      b.add(`: ${talk} ${person.full}\n\nInterview by ${other.full}\n\nQ: What happens next?\n\n`)
      b.add(`A: ${rng.pick(['Frankly, I expected more.', 'The public deserves answers.'])} `)
      b.quote('Football is a results business.', speaker).add(' That is what I told the board.')
      return
    }
    const cue = rng.pick(['says', 'warns', 'insists'])
    b.add(`${person.surname} ${cue} `).quote(rng.pick(['embarrassing', 'a sad day']), speaker)
    b.add(
      ` as ${rng.pick(['fans protest outside stadium', 'coalition talks stall', 'workers strike'])}\n\n`,
    )
    b.add(
      `${rng.pick(['The club sacked its manager on Monday.', 'Talks entered a third week.'])}\n\n`,
    )
    b.quote('We deserve better,', speaker).add(` ${person.full} told reporters.`)
  },
)

/**
 * Terms and groups: a present `use` that says what a term is for (`Economists use the term
 * “brain drain” to describe …`) quotes no one, nor does a name someone gives themselves (`calls
 * itself “Night Owl”`); a plural for people that opens a sentence (`Engineers who worked on the
 * line`, `Evacuees at the sports hall`) is a group whose words the quote gives.
 */
const termsAndGroups: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    b.add(`${rng.pick(['Prices rose again in March.', 'The line opened on Friday.'])}\n\n`)
    const shape = rng.int(3)
    if (shape === 0) {
      const who = rng.pick(['Economists', 'Doctors', 'Planners'])
      b.add(`${who} use the ${rng.pick(['term', 'phrase'])} `)
      b.quote(rng.pick(['brain drain', 'shrinkflation', 'ghost flights']), null)
      b.add(` ${rng.pick(['to describe', 'to refer to', 'for'])} the trend.`)
    } else if (shape === 1) {
      const group = rng.pick(['The hacking group', 'The band', 'The movement'])
      b.add(`${group} calls itself `)
        .quote(rng.pick(['Night Owl', 'Red Dawn']), null)
        .add('.')
    } else {
      const group = rng.pick([
        { word: 'Engineers', rest: 'who worked on the line' },
        { word: 'Evacuees', rest: 'at the sports hall' },
        { word: 'Volunteers', rest: 'who staffed the shelter' },
        { word: 'Commuters', rest: 'on the first train' },
      ])
      const who = { mention: group.word.toLowerCase(), head: group.word.toLowerCase() }
      if (rng.int(2) === 0) {
        b.add(`${group.word} ${group.rest} described the opening as `)
          .quote('worth the wait', who)
          .add('.')
      } else {
        b.add(`${group.word} ${group.rest} said in a joint letter:\n\n`).quote(
          'We lost it all.',
          who,
        )
      }
    }
    cases.push(b.done('terms-and-groups'))
  }
  return cases
}

/**
 * Adding speakers: `added` after a sentence that quoted someone (`“…,” Kang Hye-jin said of Kim
 * Su-bin. “…,” she added.`) is who spoke there, even when the one spoken of is known to agree
 * and the speaker's gender is known from nowhere else.
 */
const addingSpeakers: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const [name, pronoun] = rng.pick(unknownGenderCast)
    const gender = pronoun === 'she' ? 'female' : 'male'
    const other = rng.pick(people.filter((one) => one.gender === gender))
    b.add(`${rng.pick(['Talks stalled on Monday.', 'Rents rose again.'])}\n\n`)
    b.quote(rng.pick(['Nobody has worked harder on this file,', 'It is a loss for everyone,']), {
      name,
    })
    b.add(` ${name} ${rng.pick(['said of', 'said about'])} ${other.full}. `)
    b.quote('We have to own our mistakes,', { name }).add(
      ` ${pronoun} ${rng.pick(['added', 'continued'])}.`,
    )
    cases.push(b.done('adding-speakers'))
  }
  return cases
}

/**
 * Outlets, named groups and scenery: a paper's name is an outlet's, and its editorial is its
 * own (`The Meridian Post wrote in an editorial … “…,” the editorial said`); a preposition in
 * capitals inside a name keeps it one group's (`Hope Across Borders`); a capital before a noun
 * and a participle (`Personal data belonging to …`) is no one a later description stands for.
 */
const outletsAndGroups: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const shape = rng.int(5)
    if (shape === 3) {
      // `Review: ‘Copper Lanterns’ is a quiet triumph`: a rubric opening a headline is no one.
      b.add(`${rng.pick(['Review', 'Analysis', 'Opinion'])}: `).quote('Copper Lanterns', null)
      b.add(` is a quiet triumph\n\n`).quote('The curfew will go ahead as planned,', {
        name: 'Arjun Roe',
      })
      b.add(' said Arjun Roe, who directed it.')
      cases.push(b.done('outlets-and-groups'))
      continue
    }
    if (shape === 4) {
      // `Doctors for the Valley`: a campaign's cause may keep its article.
      const group = `${rng.pick(['Doctors', 'Parents', 'Nurses'])} for the ${rng.pick(['Valley', 'Coast', 'Harbor'])}`
      b.quote('We welcome the ruling on the hospital,', { name: group }).add(` ${group} said.`)
      cases.push(b.done('outlets-and-groups'))
      continue
    }
    b.add(
      `${rng.pick(['Floodwaters began to recede on Monday.', 'Rents rose again this year.'])}\n\n`,
    )
    if (shape === 0) {
      const outlet = `${rng.pick(['Meridian', 'Harbor', 'Valley'])} ${rng.pick(['Post', 'Times', 'Herald', 'Gazette'])}`
      b.add(`The ${outlet} ${rng.pick(['wrote', 'said'])} in an editorial on Saturday: `)
      b.quote('Silence is not a strategy.', { name: outlet }).add('\n\n')
      b.quote('Voters deserve better than another year of drift,', { name: outlet })
      b.add(' the editorial said.')
    } else if (shape === 1) {
      const group = rng.pick([
        'Hope Across Borders',
        'Doctors Without Borders',
        'Engineers Without Borders',
        'Music Beyond Walls',
      ])
      b.add(`The truce was `).quote('a violation of the agreement,', { name: group })
      b.add(` according to a statement from ${group}.`)
    } else {
      const noun = rng.pick(['seamstress', 'welder', 'farmer', 'nurse'])
      const who = { mention: `the 32-year-old ${noun}`, head: noun }
      b.add(
        `${rng.pick(['Personal data', 'Customer information'])} belonging to 3.2 million people was exposed on Tuesday.\n\n`,
      )
      b.add(`The 32-year-old ${noun} called the breach `).quote('a mess.', who).add(' ')
      const pronoun = noun === 'seamstress' ? 'she' : rng.pick(['she', 'he'])
      b.quote('Every company is a target now,', who).add(` ${pronoun} said.`)
    }
    cases.push(b.done('outlets-and-groups'))
  }
  return cases
}

/**
 * Names of the world: a given name of many origins shows the gender a later `he` or `she` needs
 * (`Sindre Berg … criticized Tom Lee … “…,” he said` is Berg's, the subject, once `Sindre` is
 * known to be a man's name as well as `Tom`).
 */
const worldNames = castFamily('world-names', 2, ({ b }, shape, rng) => {
  const gender = rng.chance(0.5) ? 'male' : 'female'
  const given =
    gender === 'male'
      ? rng.pick(['Sindre', 'Seung-ho', 'Xabier', 'Levente', 'Bence', 'Eero', 'Senthil', 'Amaru'])
      : rng.pick(['Leilani', 'Itziar', 'Aroha', 'Aino', 'Ulla', 'Mereana', 'Selam', 'Solveig'])
  const pronoun = gender === 'male' ? 'he' : 'she'
  const name = `${given} ${rng.pick(['Berg', 'Taufa', 'Okafor', 'Lindqvist', 'Moreau'])}`
  const other = rng.pick(
    people.filter((one) => one.gender === gender && !name.endsWith(one.surname)),
  )
  const speaker = { name }
  if (shape === 0) {
    b.add(`${name}, a ${rng.pick(['volunteer firefighter', 'patient advocate'])}, criticized `)
    b.add(`${other.full} over the plan on Tuesday. `)
    b.quote('These fires are getting bigger every year,', speaker).add(` ${pronoun} said.`)
    return
  }
  b.add(`${name}, who replaced ${other.full} as union president in March, spoke on Friday. `)
  b.quote('We have made three offers,', speaker).add(` ${pronoun} said.`)
})

/**
 * Turns to speak: a sentence that gives its subject the turn (`was the last to speak`, `rose to
 * speak`, `stepped forward to respond`) hands the quote after it to the subject, past an aside;
 * one that says no words came (`declined to comment`) hands nothing on.
 */
const turnsToSpeak = castFamily('turns-to-speak', 3, ({ b, person, speaker }, shape, rng) => {
  b.add(`${rng.pick(['Shares fell 18 percent on Friday.', 'The hearing ran late.'])}\n\n`)
  if (shape === 2) {
    // `A resident who had waited two hours spoke next.`: a weak cue that closes its sentence
    // past an adverb of turn still reports someone a phrase brings in.
    const noun = rng.pick(['resident', 'student', 'nurse', 'farmer'])
    b.add(
      `A ${noun} who had waited two hours for the microphone spoke ${rng.pick(['next', 'first'])}. `,
    )
    b.quote('What was the board looking at?', { mention: `a ${noun}`, head: noun })
    return
  }
  if (shape === 0) {
    const aside = rng.pick([', one of the largest investors,', ', a retired judge,', ''])
    const turn = rng.pick([
      'was the last to speak',
      'was the first to speak',
      'rose to speak',
      'stepped forward to respond',
      // (`was quick to respond`: a subject that took its turn readily.)
      'was quick to respond',
      'was happy to explain',
      'was eager to add',
    ])
    b.add(`${person.full}${aside} ${turn}. `).quote(
      'Science moves slowly, and that is good.',
      speaker,
    )
    return
  }
  b.add(`${person.full} ${rng.pick(['declined to comment', 'refused to comment'])}. `)
  b.quote('We will appeal.', null)
})

/**
 * Joined roles: an aside of two roles joined by `and` (`Eleni Papadakis, a former corrections
 * officer and mother of three,`) says both of the name, for a later `the former corrections
 * officer said` or `the mother of three said`.
 */
const joinedRoles = castFamily('joined-roles', 2, ({ b, person, speaker }, shape, rng) => {
  const first = rng.pick([
    { phrase: 'former corrections officer', later: 'former corrections officer' },
    { phrase: 'retired school nurse', later: 'retired nurse' },
    { phrase: 'veteran firefighter', later: 'firefighter' },
    { phrase: 'longtime union organizer', later: 'organizer' },
  ])
  const kin = person.gender === 'female' ? 'mother' : 'father'
  const second = `${rng.pick(['', 'grand'])}${kin} of ${rng.pick(['three', 'four', 'six'])}`
  const age = rng.pick(['', ` now ${rng.int(40) + 40},`])
  b.add(`${person.full},${age} a ${first.phrase} and ${second}, moved to Harwick in 1995. `)
  b.add(`${rng.pick(['The gym is open every day.', 'The bags are patched with tape.'])}\n\n`)
  b.quote('Nobody gets turned away for money,', speaker)
  b.add(` the ${shape === 0 ? first.later : second} said.`)
})

/**
 * Paper findings: a paper that opens its clause and a verb of finding right before the quote
 * (`A report by the Ministry of Health found “no evidence of wrongdoing”`) gives the paper's
 * words, and so theirs who put it out; a paper with no one behind it speaks for itself.
 */
const paperFindings: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    b.add(`${rng.pick(['The dam opened in March.', 'Talks collapsed last week.'])}\n\n`)
    const words = rng.pick([
      'no evidence of wrongdoing',
      'a culture of silence',
      'serious weaknesses',
    ])
    const verb = rng.pick(['found', 'concluded', 'identified'])
    if (rng.int(2) === 0) {
      const body = rng.pick([
        'the Ministry of Health',
        'Greenshore Energy',
        'the Quillan Chamber of Commerce',
        'Lantern House Press',
      ])
      const paper = rng.pick(['A report', 'An audit', 'A review'])
      b.add(`${paper} by ${body} ${verb} `).quote(words, { name: body.replace(/^the /u, '') })
    } else {
      const paper = rng.pick(['audit', 'study', 'survey', 'analysis'])
      b.add(`The ${paper} ${verb} `).quote(words, { mention: `the ${paper}`, head: paper })
    }
    b.add(' in the way the project was managed.')
    cases.push(b.done('paper-findings'))
  }
  return cases
}

/**
 * Shares of a group: `the other` of two, and `some`, `many`, `most` of a group in sight, are of
 * that group (`Two passengers spoke … “…,” said the other`, `Voters lined up … Some said …`); a
 * share (`Others were less sure`) is no group a later `one` is of.
 */
const groupShares: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const group = rng.pick(['passengers', 'teachers', 'workers', 'voters', 'fishermen', 'parents'])
    const who = { mention: group, head: group }
    if (rng.int(2) === 0) {
      b.add(`Two ${group} spoke to the Sentinel on the condition that their names not be used.\n\n`)
      b.quote('Nobody from the council has knocked on a single door,', who).add(' said one. ')
      b.quote('We are not against change,', who).add(' said the other.')
    } else {
      const Group = `${group.charAt(0).toUpperCase()}${group.slice(1)}`
      b.add(`${Group} ${rng.pick(['lined up outside the hall', 'gathered on the quay'])}.\n\n`)
      b.add(`${rng.pick(['Some', 'Many', 'Most'])} said they felt the decision was `)
      b.quote(rng.pick(['half-baked', 'the last straw']), who).add('. Others were less sure. ')
      b.quote('I am tired of meetings that change nothing,', who).add(' said one.')
    }
    cases.push(b.done('group-shares'))
  }
  return cases
}

/**
 * Words passed on: the one an active `quoted` names (`Emre Roe quoted Omar Saleh as saying: “…”`,
 * `quoted him as saying`), and the writer of a paper read out (`read aloud from a note left by
 * Tom Roe: “…”`, `read from the text message Tom Roe sent her: “…”`), said the words; the one
 * passing them on speaks for their own words after.
 */
const wordsPassedOn = castFamily(
  'words-passed-on',
  5,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 4) {
      // `The Valley Courier reported …, quoting Tom Roe as saying: “…”`: the one quoted.
      const paper = rng.pick(['The Valley Courier', 'The Kestrel Tribune'])
      b.add(`${paper} reported on Friday that the cap would be delayed, quoting ${person.full} `)
      b.add('as saying: ').quote('It is far too early to call it a failure.', speaker)
      return
    }
    const other = rng.pick(
      people.filter((one) => one.surname !== person.surname && one.gender !== 'unknown'),
    )
    const them = other.gender === 'female' ? 'her' : 'him'
    const words = rng.pick([
      'We made mistakes, and we own them.',
      'It is done.',
      'Do not sign anything.',
    ])
    b.add(`${rng.pick(['The trial lasted nine days.', 'Talks resumed on Monday.'])}\n\n`)
    if (shape === 0) {
      b.add(`${other.full} quoted ${person.full} as saying: `).quote(words, speaker)
    } else if (shape === 1) {
      b.add(
        `${person.full} spoke first.\n\n${other.full} quoted ${pronoun === 'she' ? 'her' : 'him'} as saying: `,
      )
      b.quote(words, speaker)
    } else if (shape === 3) {
      // `Aydın’s words, as relayed by Tom Roe, were blunt:`: an aside says how the words came.
      const owner = `${person.full}’s`
      b.add(
        `${owner} words, as ${rng.pick(['relayed', 'reported'])} by ${other.full}, were blunt: `,
      )
      b.quote(words, speaker)
    } else {
      const paper = rng.pick([
        `read aloud from a note left by ${person.full}`,
        `read from the text message ${person.full} sent ${them} that night`,
        `read from a letter signed by ${person.full}`,
      ])
      b.add(`${other.full} ${paper}: `).quote(words, speaker)
    }
    b.add('\n\n').quote('That stayed with me,', { name: other.full }).add(` ${other.surname} said.`)
  },
)

/**
 * Names in runs and papers' names: a person before `of` and a body's name in one run of capitals
 * (`Prof. Jane Roe of Dunmere State University`) is a person; initials after a comma open a
 * name (`, K.C. Mizrahi,`), not a degree; a body's noun before a paper's (`a court filing by …`)
 * only says which paper; a piece's headline (`an op-ed headlined “…”`) quotes no one.
 */
const namesInRuns = castFamily(
  'names-in-runs',
  4,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    if (shape === 0) {
      b.add(
        `Prof. ${person.full} of ${rng.pick(['Dunmere State University', 'Harlow Technical College'])} `,
      )
      b.add(`and Dr. ${other.full}, a statistician, led the study.\n\n`)
      b.quote('The funding cut will end two studies,', speaker).add(' the professor said.')
    } else if (shape === 1) {
      const initials = rng.pick(['K.C.', 'A.J.', 'M.E.'])
      const name = `${initials} ${person.surname}`
      b.add(`In an email to staff, ${name}, the director of the institute, wrote: `)
      b.quote('The talks were frank.', { name }).add(`\n\n`)
      b.quote('Both sides showed flexibility,', { name }).add(` ${pronoun} wrote.`)
    } else if (shape === 2) {
      const body = rng.pick(['the Council of Coastal States', 'the Pellham Health Trust'])
      b.quote('Our door remains open,', { name: body.replace(/^the /u, '') })
      b.add(` according to a ${rng.pick(['court filing', 'police report'])} by ${body}.`)
    } else {
      b.add('In an op-ed headlined ').quote('The Case for a Smaller Budget,', null)
      b.add(` ${person.full} argued that the deal was `)
        .quote('a step in the right direction', speaker)
        .add('.')
    }
  },
)

/**
 * Ranked titles: a title and the one ranked below it held by two people (`Gov. Jane Roe and Lt.
 * Gov. Tom Lee`, `Mayor … and Deputy Mayor …`): `the lieutenant governor` is the one whose
 * title has the rank word, abbreviated or not, and `the governor` the one whose title is the
 * head alone.
 */
const rankedTitles = castFamily('ranked-titles', 1, ({ b, person, speaker }, _shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  const pair = rng.pick([
    { high: 'Gov.', low: 'Lt. Gov.', highRole: 'governor', lowRole: 'lieutenant governor' },
    { high: 'Mayor', low: 'Deputy Mayor', highRole: 'mayor', lowRole: 'deputy mayor' },
    { high: 'President', low: 'Vice President', highRole: 'president', lowRole: 'vice president' },
  ])
  const lowFirst = rng.chance(0.5)
  const first = lowFirst ? `${pair.low} ${other.full}` : `${pair.high} ${person.full}`
  const second = lowFirst ? `${pair.high} ${person.full}` : `${pair.low} ${other.full}`
  b.add(
    `${first} and ${second} ${rng.pick(['appeared together on Friday', 'toured the site'])}.\n\n`,
  )
  b.quote('The snow came in sideways,', { name: other.full }).add(` the ${pair.lowRole} said.\n\n`)
  b.quote('The river rose four feet,', speaker).add(` the ${pair.highRole} said.`)
})

/**
 * Roles beside stand-ins and names: a role set off after a stand-in (`One of them, a retired
 * firefighter, said:`) names whom it stands for, for a later `the firefighter added`; two roles
 * joined, each with its article (`Lorenzo Roe, 66, a solar installer and a father of four,
 * said:`), are the name's aside, and the name speaks.
 */
const rolesBesideSpeakers = castFamily(
  'roles-beside-speakers',
  3,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 2) {
      // `A farmer who called the emergency line said:`: the object of a cue in a relative
      // clause is no subject.
      const noun = rng.pick(['farmer', 'resident', 'passenger', 'teacher'])
      const who = { mention: `a ${noun}`, head: noun }
      b.add(
        `A ${noun} who ${rng.pick(['called the emergency line', 'told reporters the story'])} said: `,
      )
      b.quote('We just want someone to tell us the truth.', who)
      return
    }
    if (shape === 0) {
      const group = rng.pick(['tenants', 'volunteers', 'fans', 'residents'])
      const role = rng.pick(['firefighter', 'carpenter', 'accountant', 'nurse'])
      const who = { mention: `a retired ${role}`, head: role }
      b.add(`Dozens of ${group} ${rng.pick(['met in the lobby', 'gathered outside'])}.\n\n`)
      b.add(`One of them, a retired ${role}, said: `).quote(
        'I do not know where we go from here.',
        who,
      )
      b.add('\n\n').quote('My kids are scared,', who).add(` the ${role} added.`)
      return
    }
    const kin = person.gender === 'female' ? 'mother' : 'father'
    const first = rng.pick([
      'a solar installer',
      'a probation officer',
      'a fire chief',
      'an emergency manager',
    ])
    const second = rng.pick([`a ${kin} of four`, 'a former member of the council'])
    b.add(`${person.full}, ${rng.int(40) + 30}, ${first} and ${second}, said: `)
    b.quote('The route goes straight through our water supply.', speaker)
  },
)

/**
 * Family names first and places with given names: a Korean name written family name first
 * (`Kang Seung-ho`) shows its gender by the given name after it, and a place whose name opens
 * with a given name (`Bakari Springs`, `Port Maren`) is no `he` or `she`.
 */
const familyNamesFirst = castFamily('family-names-first', 5, ({ b }, shape, rng) => {
  if (shape === 4) {
    // `Coach Jung: ‘…’` over `Coach Jung Ji-hoon`: the family name a headline gives alone is
    // the person the story names in full, though the given name's key is in no list.
    const given = rng.pick(['Ji-hoon', 'Woo-jin', 'Min-jun'])
    const full = `${rng.pick(['Jung', 'Yoo', 'Cho'])} ${given}`
    const family = full.split(' ')[0] as string
    b.add(`${rng.pick(['Coach', 'Mayor'])} ${family}: `).quote(
      'The fans are the club',
      { name: full },
      true,
    )
    b.add(
      `\n\n${rng.pick(['Coach', 'Mayor'])} ${full} said late Monday that no deal had been agreed.\n\n`,
    )
    b.quote('We need a stadium that can pay its way,', { name: full }).add(` ${family} said.`)
    return
  }
  if (shape === 2) {
    // `Chen says …` in a headline, then `Chen Meiling`: one person, written family name first.
    const full = rng.pick(['Chen Meiling', 'Wang Deming'])
    const family = full.split(' ')[0] as string
    b.add(`${family} says `).quote('the pumps were running around the clock', { name: full })
    b.add(`\n\nThe cleanup entered its second week.\n\n${full}, the director, said: `)
    b.quote('Please stay out of the floodwater.', { name: full }).add('\n\n')
    b.quote('We are going street by street,', { name: full }).add(` ${family} said.`)
    return
  }
  if (shape === 3) {
    // `Rep. Tran Van Duc`, `Nguyen Thi Mai`: a Vietnamese middle name says he or she.
    const male = rng.chance(0.5)
    const name = male
      ? rng.pick(['Tran Van Duc', 'Le Van Hung'])
      : rng.pick(['Nguyen Thi Mai', 'Pham Thi Lan'])
    const other = rng.pick(people.filter((one) => one.gender === (male ? 'female' : 'male')))
    b.add(`${other.full} spoke first.\n\n`)
    b.quote('I will ask the regulators to look at this,', { name }).add(` ${name} said.\n\n`)
    b.quote('Please check on your neighbors,', { name }).add(` ${male ? 'he' : 'she'} said.`)
    return
  }
  const male = rng.chance(0.5)
  const given = male
    ? rng.pick(['Seung-ho', 'Min-jun', 'Ji-hoon', 'Dong-hyun'])
    : rng.pick(['Seo-yeon', 'Hye-jin', 'Eun-ji'])
  const name = `${rng.pick(['Kang', 'Park', 'Choi', 'Yoon'])} ${given}`
  const pronoun = male ? 'he' : 'she'
  const other = rng.pick(people.filter((one) => one.gender === (male ? 'male' : 'female')))
  if (shape === 0) {
    b.add(`${name}, a volunteer firefighter, criticized ${other.full} over the order on Friday. `)
    b.quote('These fires are getting bigger every year,', { name }).add(` ${pronoun} insisted.`)
    return
  }
  const place = `${rng.pick(['Bakari', 'Amara', 'Tomas', 'Elena'])} ${rng.pick(['Springs', 'Falls', 'Valley', 'Bay'])}`
  b.add(`${name} met ${rng.pick(['reporters', 'volunteers'])} on Tuesday.\n\n`)
  b.add(`A wildfire near ${place} has burned more than 20,000 hectares.\n\n`)
  b.quote('I would do it all again tomorrow,', { name }).add(` ${pronoun} said.`)
})

/**
 * Plural owners: a plural's possessive mark stands after its `s` (`the nurses’ union`, `the
 * Dockworkers' Union`, `Reyes’ lawyer`), straight or curly, and the phrase goes on past it to
 * the noun owned, which speaks.
 */
const pluralOwners = castFamily('plural-owners', 4, ({ b }, shape, rng) => {
  const mark = rng.pick(['’', "'"])
  const words = rng.pick([
    'We were never consulted about the closures.',
    'The new rota leaves whole wards without cover.',
    'Nobody has explained where the money went.',
  ])
  if (shape === 0 || shape === 1) {
    const owners = rng.pick(['nurses', 'teachers', 'farmers', 'workers', 'residents', 'parents'])
    const body = rng.pick(['union', 'association', 'committee', 'cooperative', 'council'])
    const who = { mention: `the ${owners}${mark} ${body}`, head: body }
    if (shape === 0) {
      b.quote(words.replace(/\.$/u, ','), who).add(` the ${owners}${mark} ${body} said.`)
    } else {
      b.add(`The ${owners}${mark} ${body} said on ${rng.pick(['Monday', 'Friday'])}: `)
      b.quote(words, who)
    }
    return
  }
  if (shape === 2) {
    const name = `${rng.pick(['Dockworkers', 'Farmers', 'Bakers', 'Weavers'])}${mark} ${rng.pick(['Union', 'Federation', 'Guild'])}`
    b.quote(words.replace(/\.$/u, ','), { name }).add(` the ${name} said in a statement.`)
    return
  }
  const owner = `${rng.pick(['Ana', 'Tomasz', 'Efua', 'Ravi'])} ${rng.pick(['Reyes', 'Nunes', 'Kovacs', 'Jennings'])}`
  const role = rng.pick(['lawyer', 'spokeswoman', 'chief of staff'])
  const holder = rng.pick(['Lena Okafor', 'Marek Duda', 'Sun-hee Park'])
  b.add(`${owner}${mark} ${role}, ${holder}, said: `).quote(words, { name: holder })
})

/**
 * Papers from people: a paper from people the text does not name (`A letter from residents`,
 * `a petition from parents`) or from a body with its owner (`a statement from the mayor’s
 * office`) is theirs, as a paper from a name is.
 */
const papersFromPeople = castFamily('papers-from-people', 3, ({ b }, shape, rng) => {
  const words = rng.pick([
    'a danger to every child who crosses it',
    'the worst decision this council has made',
    'a plan drawn up without asking anyone',
  ])
  if (shape === 2) {
    const owner = rng.pick(['mayor', 'governor', 'district attorney'])
    const who = { mention: `the ${owner}’s office`, head: 'office' }
    b.add(`A ${rng.pick(['statement', 'letter', 'memo'])} from the ${owner}’s office said it was `)
    b.quote(words, who).add('.')
    return
  }
  const people = rng.pick(['residents', 'parents', 'teachers', 'shop owners', 'nurses'])
  const who = { mention: people, head: people.split(' ').pop() as string }
  const paper = rng.pick(['letter', 'petition', 'statement'])
  if (shape === 0) {
    b.add(`A ${paper} from ${people} called the ${rng.pick(['crossing', 'rezoning', 'budget'])} `)
    b.quote(words, who).add('.')
  } else {
    b.add(`The ${paper} from ${people} was blunt: `)
    b.quote(`${words.charAt(0).toUpperCase()}${words.slice(1)}.`, who)
  }
})

/**
 * Set-off roles of bodies: a role in lower case with what it is of, set off after a name with no
 * article (`Ravi Roe, chief executive of Arcturus Telecom, said`), is the name's role; the name
 * speaks, not the body after `of`.
 */
const setOffRolesOf = castFamily('set-off-roles-of', 3, ({ b, person, speaker }, shape, rng) => {
  const role = rng.pick(['chief executive', 'head', 'president', 'founder', 'director'])
  const body = rng.pick(['Arcturus Telecom', 'Halden Freight', 'Norland Rail', 'Brightwater Labs'])
  const words = rng.pick([
    'Demand came back faster than anyone expected.',
    'We are not going to raise prices this year.',
  ])
  if (shape === 0) {
    b.add(`${person.full}, ${role} of ${body}, ${rng.pick(['said', 'told reporters'])}: `)
    b.quote(words, speaker)
  } else if (shape === 1) {
    b.quote(words.replace(/\.$/u, ','), speaker)
    b.add(` said ${person.full}, ${role} of ${body}.`)
  } else {
    b.add(`${person.full}, ${role} of ${body}, said the plan was `)
    b.quote(rng.pick(['a bet on the long term', 'overdue']), speaker).add('.')
  }
})

/**
 * Bodies of roles: the body a role is of (`Arcturus Telecom’s chief executive`, `founder of
 * Brightwater Labs`) is in sight for a later `the company added`, and a name cut to its first
 * word (`Harlow’s chief executive` after `Harlow Bank`) is that body.
 */
const bodiesOfRoles = castFamily('bodies-of-roles', 3, ({ b, person, speaker }, shape, rng) => {
  const body = rng.pick(['Arcturus Telecom', 'Halden Freight', 'Brightwater Labs', 'Corvane Group'])
  const noun = rng.pick(['company', 'firm'])
  const first = rng.pick([
    'Demand came back faster than anyone expected.',
    'We are not going to raise prices this year.',
  ])
  const second = rng.pick([
    'We remain on track to deliver the savings we promised,',
    'The board has full confidence in the leadership team,',
  ])
  if (shape === 0) {
    b.add(
      `${body}’s ${rng.pick(['chief executive', 'founder', 'spokeswoman'])}, ${person.full}, said: `,
    )
  } else if (shape === 1) {
    b.add(
      `${person.full}, ${rng.pick(['chief executive', 'founder', 'director'])} of ${body}, said: `,
    )
  } else {
    const bank = `${rng.pick(['Harlow', 'Kestrel', 'Marden'])} ${rng.pick(['Bank', 'Airlines', 'Insurance'])}`
    b.add(`${bank} reported a ${rng.int(30) + 5}% rise in profit.\n\n`)
    b.add(`${bank.split(' ')[0]}’s chief executive, ${person.full}, said: `).quote(first, speaker)
    b.add('\n\n').quote(second, { name: bank }).add(` the ${noun} added.`)
    return
  }
  b.quote(first, speaker).add('\n\n').quote(second, { name: body }).add(` the ${noun} added.`)
})

/**
 * Shares and relatives: a quantifier's share of people (`some of the protesters chanted`) is a
 * source as `one of them` is; in `A sheep farmer whose land borders the site said`, what the
 * clause's verb takes is no subject, and the one it is about speaks.
 */
const sharesAndRelatives = castFamily('shares-and-relatives', 3, ({ b }, shape, rng) => {
  if (shape === 2) {
    // `One supporter who has held a season ticket since the 1980s said:`: what a preposition in
    // the relative clause governs is no subject; the one the clause is about is.
    const noun = rng.pick(['supporter', 'resident', 'customer', 'parent'])
    const clause = rng.pick([
      'who has held a season ticket since the 1980s',
      'who has lived on the street for decades',
      'who moved here from the coast',
    ])
    b.add(`One ${noun} ${clause} said: `)
    b.quote('We paid good money, and it was embarrassing.', { mention: `One ${noun}`, head: noun })
    return
  }
  if (shape === 0) {
    const group = rng.pick(['protesters', 'students', 'workers', 'residents', 'supporters'])
    const share = rng.pick(['some', 'many', 'most'])
    b.add(`${rng.pick(['Hundreds marched downtown.', 'The rally began at noon.'])}\n\n`)
    b.quote(rng.pick(['Save our school!', 'Keep the plant open!', 'We will not move!']), {
      mention: group,
      head: group,
    })
    b.add(
      ` ${share} of the ${group} ${rng.pick(['chanted', 'shouted'])}${rng.pick(['', ' as they marched'])}.`,
    )
    return
  }
  const noun = rng.pick(['sheep farmer', 'retired teacher', 'shop owner', 'nurse'])
  const head = noun.split(' ').pop() as string
  const clause = rng.pick([
    'whose land borders the site',
    'whose shop faces the quarry',
    'whose children attend the school',
  ])
  b.add(`A ${noun} ${clause} said: `)
  b.quote('The permit was issued without asking any of us.', { mention: `a ${noun}`, head })
})

/**
 * Outlets and surnames: a run of capitals after a noun for a body is that body's name though it
 * ends on a noun for people (`the influential weekly Qaryat Falls Observer`); of two surnames
 * after a given name, the first is used alone too (`Echeverría` for `Emiliano Echeverría
 * Orozco`).
 */
const outletsAndSurnames = castFamily('outlets-and-surnames', 2, ({ b, person }, shape, rng) => {
  if (shape === 0) {
    const paper = `${rng.pick(['Qaryat Falls', 'Belmora Springs', 'Weylan Bay'])} ${rng.pick(['Observer', 'Spectator', 'Review'])}`
    b.add(`${person.full} spoke at the hearing.\n\n`)
    b.quote('The council owes residents an answer,', { name: paper })
    b.add(
      ` the ${rng.pick(['influential weekly', 'local newspaper', 'weekly'])} ${paper} wrote in an editorial.`,
    )
    return
  }
  const given = rng.pick(['Emiliano', 'Lucía', 'Mateo', 'Valentina'])
  const first = rng.pick(['Echeverría', 'Castañeda', 'Villalobos'])
  const second = rng.pick(['Orozco', 'Quintero', 'Salinas'])
  const full = `${given} ${first} ${second}`
  b.add(`${full}, ${rng.pick(['the head of operations', 'a mining engineer'])}, called the permit `)
  b.quote('a step in the right direction', { name: full }).add('.\n\n')
  b.quote('They are promising jobs that may never come,', { name: full }).add(` ${first} said.`)
})

/**
 * Reports past asides: a name set off from its cue by asides one after another (`Ewa Roe, 49,
 * of Nyvik, said the move was rushed.`) reports its words, and a quote after the report, in
 * its paragraph or the next, is the name's.
 */
const reportsPastAsides = castFamily(
  'reports-past-asides',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const place = rng.pick(['Nyvik', 'Kaloba Point', 'Pelican Heights', 'Lissen'])
    b.add(`${rng.pick(['The vote was close.', 'The hearing ran late.'])}\n\n`)
    b.add(
      `${person.full}, ${rng.int(50) + 25}, of ${place}, said the ${rng.pick(['plan', 'move', 'closure'])} `,
    )
    b.add(`${rng.pick(['was rushed', 'deserved more attention', 'had been mishandled'])}.`)
    b.add(shape === 0 ? ' ' : '\n\n')
    b.quote(
      rng.pick(['We will look at every option.', 'The numbers simply do not add up.']),
      speaker,
    )
  },
)

/**
 * Masters as titles: `Harbor Master Dapo Lawal` is titled as `Fire Chief Sadie Roe` is, and
 * the name speaks; `master` in lower case before a noun (`master cells`) is no one.
 */
const mastersAsTitles = castFamily(
  'masters-as-titles',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const title = rng.pick(['Harbor Master', 'Harbour Master', 'Station Master'])
    if (shape === 0) {
      b.add(`${title} ${person.full} ${rng.pick(['weighed in', 'said'])}: `)
      b.quote('It is going to take time, and people need to be patient.', speaker)
      b.add('\n\n').quote('The cranes are older than the crews,', speaker).add(` ${pronoun} added.`)
      return
    }
    b.add('Embryonic stem cells are master cells, and researchers hope to use them for what is ')
    b.add('called ').quote('regenerative medicine', null).add('.')
  },
)

/**
 * Bodies named for agents: a run of capitals after `the` that ends on a noun for one who does
 * something, not a title (`the Ombria Energy Regulator`, `The Tirano Crossing Observer`), names
 * a body; one that ends on a party's word (`the Wisconsin Republican`) is still a person.
 */
const agentNamedBodies = castFamily(
  'agent-named-bodies',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const place = rng.pick(['Ombria', 'Tirano Crossing', 'Estmark', 'Belmora'])
    if (shape === 0) {
      const body = `${place} ${rng.pick(['Energy Regulator', 'Water Regulator', 'Rail Inspector'])}`
      b.add(`${rng.pick(['A fire cut power on Sunday.', 'The line closed for a week.'])}\n\n`)
      b.quote('The failure was caused by worn equipment,', { name: body }).add(` the ${body} said.`)
    } else if (shape === 1) {
      const paper = `${place} ${rng.pick(['Observer', 'Examiner', 'Guardian'])}`
      b.add(
        `${rng.pick(['Construction of a rail line was approved.', 'The council voted 5-2.'])}\n\n`,
      )
      b.add(`The ${paper} wrote in an editorial last week: `)
      b.quote('Further updates will be provided as they become available.', { name: paper })
    } else {
      const state = rng.pick(['Wisconsin', 'Utah', 'Ohio'])
      b.add(`Sen. ${person.full}, a ${state} Republican, spoke on Monday.\n\n`)
      b.quote('We will not back down,', speaker).add(` the ${state} Republican said.`)
    }
  },
)

/**
 * Other offices: a word for an office below or beside the noun's (`the deputy mayor`, `the
 * shadow health secretary`) names only one whose title has it, past another speaker, and no one
 * who holds the noun's office alone (`Mayor Jane Roe` is no `deputy mayor`).
 */
const otherOfficeTitles = castFamily('other-offices', 3, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  const words = rng.pick([
    'This bridge was built for horse carts and milk trucks,',
    'The cracks were not there at the last inspection,',
  ])
  if (shape === 0) {
    b.add(
      `${rng.pick(['The Old Mill Bridge was closed on Monday.', 'Inspectors found cracks.'])}\n\n`,
    )
    b.quote('If we had waited another winter,', speaker).add(
      ` Deputy Mayor ${person.full} said.\n\n`,
    )
    b.quote('Half my customers come from the other side,', { name: other.full })
    b.add(` ${other.full} said.\n\n`).quote(words, speaker).add(' the deputy mayor said.')
    return
  }
  const office = shape === 1 ? 'Mayor' : 'Health Secretary'
  const phrase = shape === 1 ? 'the deputy mayor' : 'the shadow health secretary'
  b.add(`${office} ${person.full} ${rng.pick(['spoke on Monday', 'toured the site'])}.\n\n`)
  b.quote('Half my customers come from the other side,', { name: other.full })
  b.add(` ${other.full} said.\n\n`)
  b.quote(words, { mention: phrase, head: shape === 1 ? 'mayor' : 'secretary' })
  b.add(` ${phrase} said.`)
})

/**
 * Headlines that name their speaker: a headline's quote it gives to a name of its own (`Prof.
 * Brandt: ‘We will stay’`, `Zhu Says Fire ‘Is Moving Faster’`) stays that name's, though
 * someone else says the same words in the story; one it gives to no name takes the story's.
 */
const headlinesNamed = castFamily('headlines-named', 2, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  const words = rng.pick(['We will stay until they listen', 'The fans are the club'])
  if (shape === 0) {
    b.add(`${rng.pick(['Prof.', 'Coach', 'Mayor'])} ${person.surname}: `)
    b.quote(words, speaker, true).add('\n\n')
    b.add(`${person.full} ${rng.pick(['met students on Monday', 'spoke late Monday'])}.\n\n`)
    b.quote(`${words},`, { name: other.full }).add(` said ${other.full}, a local shop owner.`)
    return
  }
  b.add('Town fears ').quote(words, { name: other.full }, true).add('\n\n')
  b.add(`${person.full} ${rng.pick(['met students on Monday', 'spoke late Monday'])}.\n\n`)
  b.quote(`${words},`, { name: other.full }).add(` said ${other.full}, a local shop owner.`)
})

/**
 * Title-case headlines around a quote: the words inside a headline's quote keep their own case
 * (`“We will not retreat,” Haddad Says of Trade Agreement`), and after a quote and a colon a
 * title-case name ends before its verb (`‘We Will Rebuild’: Moreau Rejects Criticism Over Library
 * Closure`); the story names the speaker in full.
 */
const titleCaseHeadlines = castFamily(
  'title-case-headlines',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const topic = rng.pick(['Trade Agreement', 'Library Closure', 'Border Checks', 'Rent Freeze'])
    // (Title case capitalizes a surname's particle: `De Wit Says`.)
    const surname = `${person.surname.charAt(0).toUpperCase()}${person.surname.slice(1)}`
    if (shape === 0) {
      b.quote(rng.pick(['We will not retreat,', 'No deal yet,', 'We need answers,']), speaker)
      b.add(` ${surname} Says of ${topic}\n\n`)
    } else {
      b.quote(
        rng.pick(['We Will Rebuild', 'Nobody Is Above the Law', 'Ready to Talk']),
        speaker,
        true,
      )
      b.add(`: ${surname} ${rng.pick(['Rejects Criticism Over', 'Defends'])} ${topic}\n\n`)
    }
    b.add(`${person.full} ${rng.pick(['defended the decision on Tuesday', 'spoke in Dunmere'])}. `)
    b.quote('The people who designed it never came to see us.', speaker)
  },
)

/**
 * Terms in reports: after a cue of saying, a word named as a word that opens a clause of its own
 * (`Doe said the term “rewilding” was overused`) is no one's wording; said as words (`said the
 * word “shame” three times`) it is the speaker's.
 */
const termsInReports = castFamily('terms-in-reports', 2, ({ b, person, speaker }, shape, rng) => {
  const term = rng.pick(['rewilding', 'sponge city', 'polycrisis', 'quiet quitting'])
  const noun = rng.pick(['term', 'word', 'phrase'])
  if (shape === 0) {
    b.add(`${person.full} said the ${noun} `).quote(term, null)
    b.add(` ${rng.pick(['was overused', 'has lost its meaning', 'is misleading'])}, then added: `)
    b.quote('Our engineers signed off on the plan in good faith.', speaker)
    return
  }
  b.add(`${person.full} said the ${noun} `).quote(term, speaker)
  b.add(` ${rng.pick(['three times', 'twice', 'again and again'])} during the hearing.`)
})

/**
 * Courts that rule: `ruled that` and `ruling that` report a court's or a judge's words (`The
 * Court of Appeal reversed the decision, ruling that the ban was “badly flawed”`); `the new
 * rules are` reports nothing.
 */
const courtsThatRule = castFamily('courts-that-rule', 3, ({ b, person, speaker }, shape, rng) => {
  const words = rng.pick(['badly flawed', 'plainly unconstitutional', 'long overdue'])
  const thing = rng.pick(['the flood barrier', 'the rent freeze', 'the search'])
  if (shape === 0) {
    // `…, ruling that it could not accept “…”`: the participle reports the clause's subject.
    const court = rng.pick([
      'Marrowdale District Court',
      'Supreme Court of Norland',
      'Court of Appeal',
    ])
    b.add(
      `The ${court} reversed the decision on ${rng.pick(['Monday', 'Friday'])}, ruling that ${thing} was `,
    )
    b.quote(words, { name: court }).add('.')
  } else if (shape === 1) {
    b.add(`Judge ${person.full} ruled that ${thing} was `).quote(words, speaker).add('.')
  } else {
    b.add('The new rules are meant to end what has long been seen as ')
    b.quote('a free-for-all', null).add('.')
  }
})

/**
 * Companies and regulators: a name that ends in a company's word is a company's (`Sylandt
 * Systems`, `Nerandt Devices Inc.`), cut to its first word later (`Nerandt said`); `the
 * regulator` is the public body in sight, never the company it fined.
 */
const companiesAndRegulators = castFamily('companies-and-regulators', 2, ({ b }, shape, rng) => {
  const stem = rng.pick(['Sylandt', 'Nerandt', 'Velant', 'Tamita', 'Corira'])
  const company = `${stem} ${rng.pick(['Systems', 'Devices Inc.', 'Logistics', 'Robotics Inc.'])}`
  const regulator = `${rng.pick(['Hollinhaven', 'Sallowton', 'Emberbrook'])} Financial Conduct Commission`
  b.add(
    `The ${regulator} fined ${company} $${rng.int(900) + 100} million on Thursday over fees.\n\n`,
  )
  if (shape === 0) {
    b.add(`${stem} said in a statement: `)
    b.quote('We disagree with the findings and are considering an appeal.', { name: company })
  } else {
    b.quote('Hidden fees are not a business model,', { name: regulator })
    b.add(` the ${rng.pick(['regulator', 'watchdog', 'authority'])} said in a statement.`)
  }
})

/**
 * Works renamed after their title: a title in marks that a noun for a work renames (`“Winter
 * Crossing,” the first feature from Halina Roe, opens`, `“Salt,” the debut of …`) is no
 * one's words, though a headline gave its director a quote just before.
 */
const worksRenamed = castFamily('works-renamed', 2, ({ b, person, speaker }, shape, rng) => {
  const title = rng.pick(['Winter Crossing', 'Cold Water', 'A House on Fenn Street', 'Salt'])
  b.add(`${person.surname}: `).quote('I wanted the audience to feel the cold', speaker, true)
  b.add('\n\n').quote(`${title},`, null)
  if (shape === 0) {
    b.add(
      ` the ${rng.pick(['first feature', 'new novella', 'long-awaited sequel'])} from ${person.full}, `,
    )
    b.add(`opens on ${rng.pick(['Saturday', 'Friday'])}.`)
  } else {
    b.add(` the ${rng.pick(['debut', 'first feature'])} of ${person.full}, sold out in a week.`)
  }
})

/**
 * Given names in `-inder`: a Punjabi given name opening a sentence (`Baljinder Singh Randhawa
 * said`) is the name's first word, not a role read by its ending as `Striker Lan Pham` is.
 */
const inderNames = castFamily('inder-names', 2, ({ b }, shape, rng) => {
  const given = rng.pick(['Baljinder', 'Rupinder', 'Kulwinder', 'Harjinder', 'Jatinder'])
  const middle = rng.pick(['Singh', 'Kaur'])
  const surname = rng.pick(['Randhawa', 'Brar', 'Dhillon', 'Sandhu'])
  const name = `${given} ${middle} ${surname}`
  b.add(`${rng.pick(['The club lost again on Saturday.', 'The vote was close.'])}\n\n`)
  if (shape === 0) {
    b.add(`${name} said: `).quote('We were second best from the start.', { name })
  } else {
    b.quote('We were second best from the start,', { name }).add(` said ${name}.\n\n`)
  }
  b.add('\n\n').quote('We paid for it,', { name }).add(` ${surname} added.`)
})

/**
 * Roles joined and clauses set apart: roles joined with `and` after a name (`the film’s
 * director and a former editor from Holmstead, who …,`) are the name's, and a later `the lead
 * author` finds it; a participle after a role ends it (`the judge hearing the case`); a
 * semicolon opens a clause with its own subject; a relative clause after an object closes
 * before the subject's next verb (`met with Y, a detective who testified, and said`).
 */
const rolesJoinedAndClauses = castFamily('roles-joined-and-clauses', 5, (cast, shape, rng) => {
  const { b, person, speaker, pronoun } = cast
  let other = rng.pick(genderShown)
  while (other.full === person.full || other.surname === person.surname)
    other = rng.pick(genderShown)
  const place = rng.pick(['Holmstead', 'Wendmoor', 'Carrick Bay', 'Saltmere'])
  if (shape === 0) {
    const [first, second] = rng.pick([
      ['the film’s director', 'a former documentary editor'],
      ['the team’s head coach', 'a former captain of the club'],
      ['an analyst at Harlow Securities', 'a former shipping executive'],
      ['the school’s principal', 'a onetime science teacher'],
    ])
    const clause = rng.pick([
      'who shot most of it on a borrowed camera',
      'who was hired two years ago',
      'whose family has lived there for a century',
    ])
    const from = rng.chance(0.5) ? ` from ${place}` : ''
    b.add(
      `${person.full}, ${first} and ${second}${from}, ${clause}, said ${rng.pick(['in an interview last week', 'on Tuesday', 'after the meeting'])}: `,
    )
    b.quote('We did the best we could with what we had.', speaker)
    return
  }
  if (shape === 1) {
    const [role, later] = rng.pick([
      ['the study’s lead author', 'lead author'],
      ['the board’s chairwoman', 'chairwoman'],
      ['the union’s chief negotiator', 'chief negotiator'],
    ])
    const at = rng.pick(['the University of Corranwick', `${place} College`, 'Harlow Securities'])
    b.quote('The result held up every time we checked it,', speaker)
    b.add(
      ` ${person.full}, a ${rng.pick(['hydrologist', 'researcher', 'economist'])} at ${at} and ${role}, said.\n\n`,
    )
    b.add(`${person.surname} spent the afternoon beside ${other.full}. `)
    b.quote('It is one result, and it needs to be repeated,', speaker)
    b.add(` the ${later} said.`)
    return
  }
  if (shape === 2) {
    const [role, participle] = rng.pick([
      ['judge', 'hearing the case'],
      ['lawyer', 'representing the family'],
      ['official', 'overseeing the count'],
    ])
    b.quote('We will resume at nine tomorrow morning,', speaker)
    b.add(` said ${person.full}, the ${role} ${participle}.\n\n`)
    b.add(`The ${role} spent the afternoon beside ${other.full}, and said later: `)
    b.quote('Nobody leaves until this is finished.', speaker)
    return
  }
  if (shape === 3) {
    const asked = rng.pick([
      'had asked for patience',
      'had called the plan a compromise',
      'had urged the council to wait',
    ])
    const aside = rng.pick([
      '',
      ', reading from a prepared statement,',
      ', gesturing at the packed gallery,',
    ])
    b.add(
      `${other.full}, the ${rng.pick(['mayor', 'committee chair', 'lead prosecutor'])}, ${asked}; ${person.full}${aside} would not hear of it: `,
    )
    b.quote('I have never seen anything like this in eleven years.', speaker)
    return
  }
  b.add(
    `${person.full}, the ${rng.pick(['lead prosecutor', 'union president', 'city manager'])}, told reporters, `,
  )
  b.quote('We have done everything the rules ask of us.', speaker)
  b.add(
    `\n\n${pronoun === 'she' ? 'She' : 'He'} later met privately with ${other.full}, a ${rng.pick(['detective', 'consultant', 'planner'])} who ${rng.pick(['testified earlier in the trial', 'drafted the report', 'advised the council'])}, and said afterward: `,
  )
  b.quote('Follow the records and you will find the truth.', speaker)
})

/**
 * Players and clubs: a player's position right before a name is a role for a later `the lock`,
 * though the word names things as often (`lock`, `prop`, `forward`); a body's noun held as a
 * role (`the Gulls’ center`) finds the player when no body with it was named; a team cut to
 * its last word (`the Comets`) and a club to its place's word (`Emberfield`) are the team and
 * the club.
 */
const playersAndClubs = castFamily('players-and-clubs', 4, ({ b, person, speaker }, shape, rng) => {
  const town = rng.pick(['Hollinbrook', 'Emberfield', 'Larkport', 'Quarrmere', 'Sablewick'])
  if (shape === 0) {
    const position = rng.pick(['lock', 'prop', 'forward', 'guard', 'winger', 'goalkeeper'])
    b.add(`${town} will be without ${position} ${person.full} for the rest of the month.\n\n`)
    b.add(`The ${position} said: `).quote('Some days I could not walk to the kitchen.', speaker)
    return
  }
  if (shape === 1) {
    const team = rng.pick(['Gulls', 'Kestrels', 'Badgers', 'Ospreys'])
    const position = rng.pick(['center', 'centre', 'guard'])
    b.quote('We knew it would be tight,', speaker)
    b.add(` ${person.full}, the ${team}’ ${position}, told reporters.\n\n`)
    b.quote('I just tried to stay calm,', speaker).add(` the ${position} said.`)
    return
  }
  if (shape === 2) {
    const team = `${town} ${rng.pick(['Comets', 'Stingrays', 'Wolves', 'Huskies'])}`
    const short = team.split(' ')[1] as string
    b.add(`The ${team} completed the signing of ${person.full} on Friday.\n\n`)
    b.quote('We are delighted to welcome the player to the club,', { name: team })
    b.add(` the ${short} said in a statement.`)
    return
  }
  const club = `${town} ${rng.pick(['County Cricket Club', 'Rugby Club', 'RFC', 'FC'])}`
  b.add(`${club} completed the signing of ${person.full} on Sunday.\n\n`)
  b.add(`${town} said in a statement: `)
  b.quote('The player has signed a contract running until 2029.', { name: club })
})

/**
 * Features and interviews: a headline's speaker may say what they speak on before the colon
 * (`Toor on ‘Night Ferries’: ‘…’`, the topic no one's words); a line that opens with a name and
 * goes on to a verb and its object is a sentence, no signature; a title after a noun for a work
 * made of another (`a studio version of “Glass Harbor”`) is no one's; in a Q&A the writers talk
 * with the interviewee (`We talked with X about …`), whose `I` in an answer speaks, and a word
 * after `A:` opens the answer's sentence (`A: Mostly Sun Lihua, my editor.`).
 */
const featuresAndInterviews = castFamily('features-and-interviews', 4, (cast, shape, rng) => {
  const { b, person, speaker, pronoun } = cast
  const work = rng.pick(['Night Ferries', 'Salt Year', 'Kitchen Hymns', 'The Long Light'])
  const kind = rng.pick(['album', 'record'])
  if (shape === 0) {
    b.add(`${person.surname} on `).quote(work, null, true).add(': ')
    b.quote('a letter to my younger self', speaker, true)
    b.add(
      `\n\n${person.full}, the ${rng.pick(['folk singer', 'jazz pianist', 'songwriter'])}, recorded ${pronoun === 'she' ? 'her' : 'his'} new ${kind} in eight days.\n\n`,
    )
    b.quote('Every song on it is about leaving somewhere,', speaker)
    b.add(` ${person.surname} ${rng.pick(['recalled', 'said', 'says'])}.`)
    return
  }
  if (shape === 1) {
    b.add(`${person.full} has a new ${kind} out on Friday.\n\n`)
    b.add(
      `Fans have been asking for a ${rng.pick(['studio version', 'recording', 'live recording'])} of `,
    )
    b.quote(work, null).add(` since ${person.surname} first played it in 2019.`)
    return
  }
  let other = rng.pick(genderShown)
  while (other.surname === person.surname) other = rng.pick(genderShown)
  b.add(
    `We talked with ${person.full} about ${pronoun === 'she' ? 'her' : 'his'} new ${kind}, “${work},” and what it took to finish it.\n\n`,
  )
  b.add('Q: Was there a moment you almost quit?\n\n')
  if (shape === 2) {
    b.add(
      `A: More than one. I ${rng.pick(['called my sister and said', 'told my manager', 'remember saying to myself'])}, `,
    )
    b.quote('I think I am done.', speaker)
    b.add(` ${rng.pick(['Nobody listened.', 'It passed.'])}`)
    return
  }
  b.add(
    `A: ${rng.pick(['Mostly', 'Honestly,', 'Luckily'])} ${other.full}, my producer, kept me going.\n\n`,
  )
  b.add('Q: What did they tell you?\n\n')
  b.add(`A: ${other.surname}, who is my producer, wrote to me, `)
  b.quote('Nobody finishes anything in a straight line.', { name: other.full })
})

/**
 * Headlines named short: a family name a headline gives alone, whose given name no table knows
 * (`Xu: ‘…’` over `Xu Yutong, the jazz pianist,`), is the person the story names in full, in the
 * story's own `Xu said` too; a headline that drops the article before an owner's role (`Study’s
 * lead author says ‘…’`) names the one the story gives that role.
 */
const headlinesNamedShort = castFamily('headlines-named-short', 2, ({ b }, shape, rng) => {
  if (shape === 0) {
    const full = `${rng.pick(['Xu', 'Sun', 'Guo', 'Luo'])} ${rng.pick(['Yutong', 'Zihan', 'Ruoxi', 'Haoyu'])}`
    const family = full.split(' ')[0] as string
    b.add(`${family}: `).quote('A letter to my younger self', { name: full }, true)
    b.add(
      `\n\n${full}, the ${rng.pick(['jazz pianist', 'novelist', 'cellist'])}, recorded the new work in eight days.\n\n`,
    )
    b.quote('Every song on it is about leaving somewhere,', { name: full })
    b.add(` ${family} ${rng.pick(['recalled', 'said', 'says'])}.`)
    return
  }
  const person = rng.pick(genderShown)
  const [owner, role] = rng.pick([
    ['Study’s', 'lead author'],
    ['Club’s', 'head coach'],
    ['Union’s', 'chief negotiator'],
  ])
  const the = owner.replace(/’s$/u, '').toLowerCase()
  b.add(`${owner} ${role} says `).quote(
    'larger than anything we predicted',
    { name: person.full },
    true,
  )
  b.add(`\n\nThe ${the}’s ${role}, ${person.full}, had not expected the result.\n\n`)
  b.add(`${person.surname} called it `).quote('encouraging but preliminary.', { name: person.full })
})

/**
 * Words in a noun's phrase: a quote between an article or owner and its noun (`the “smart”
 * meters`) modifies the noun; a verb of judging that holds it up (`Critics have mocked the
 * “routine” inspection`) judges someone else's word, and the verb after the noun (`the “smart”
 * meters promised under the deal`) says nothing of it. Set right after a cue, or as what a
 * judge calls something, the words are the speaker's.
 */
const wordsInPhrases = castFamily('words-in-phrases', 3, ({ b, person, speaker }, shape, rng) => {
  const [word, noun] = rng.pick([
    ['smart', 'meters'],
    ['routine', 'inspection'],
    ['green', 'fuel'],
    ['independent', 'review'],
    ['voluntary', 'scheme'],
  ])
  b.add(`${person.full} said on ${rng.pick(['Monday', 'Friday'])} that the deal was `)
  b.quote(rng.pick(['a cynical stunt', 'long overdue', 'a slap in the face']), speaker).add('.\n\n')
  if (shape === 0) {
    const judges = rng.pick(['Critics have mocked', 'Opponents derided', 'Residents ridiculed'])
    b.add(`${judges} ${rng.pick(['the', 'its'])} `).quote(word, null)
    b.add(` ${noun} promised under the deal.`)
    return
  }
  if (shape === 1) {
    b.add(`The `).quote(word, null)
    b.add(` ${noun} ${rng.pick(['promised', 'announced', 'touted'])} in the spring never arrived.`)
    return
  }
  b.add(`${person.surname} ${rng.pick(['dismissed', 'mocked', 'derided'])} the ${noun} as `)
  b.quote(rng.pick(['a gimmick', 'window dressing']), speaker).add('.')
})

/**
 * Houses of worship: a house of worship's noun may open its name (`Congregation Ohel Tamar`,
 * `Temple Sinai of Larkmoor`, `Gurdwara Sahib of Wexcombe`) or stand before its `of` (`St.
 * Brigid Parish of Quillan Falls`); the noun alone later (`the gurdwara`), or any noun for a
 * house of worship (`the congregation` for the temple), is the one named.
 */
const housesOfWorship = castFamily('houses-of-worship', 4, ({ b, person, speaker }, shape, rng) => {
  const town = rng.pick(['Larkmoor', 'Quillan Falls', 'Wexcombe', 'Ossendale', 'Brackwater'])
  const [body, later] = [
    [`Congregation ${rng.pick(['Ohel Tamar', 'Beth Arava', 'Shir Hadash'])}`, 'congregation'],
    [`Temple Sinai of ${town}`, 'congregation'],
    [`Gurdwara Sahib of ${town}`, 'gurdwara'],
    [`St. ${rng.pick(['Brigid', 'Odran', 'Casimir'])} Parish of ${town}`, 'parish'],
  ][shape] as [string, string]
  b.add(
    `${body} will open its hall as an overnight warming center starting ${rng.pick(['Monday', 'Friday'])}.\n\n`,
  )
  b.add(`${person.full}, who has led the ${later} since 2001, said: `)
  b.quote('We have fed more families this winter than in any year I can remember.', speaker)
  b.add('\n\n')
  b.quote('No one will be turned away,', { name: body })
  b.add(` the ${later} said in a statement.`)
})

/**
 * Phrases past participles: a phrase for someone goes on through a participle in `-ing` and its
 * preposition (`A man standing near the gate told reporters:`, a cue's participle too: `a user
 * posting under the handle …`), and a name of a word or two in marks right after a noun ends
 * the phrase as the noun would (`the handle “fogharbor” wrote:`); the name in marks is no one's.
 */
const phrasesPastParticiples: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const [noun, participle] = rng.pick([
      ['user', 'posting under'],
      ['man', 'standing near'],
      ['woman', 'sitting behind'],
      ['commenter', 'writing under'],
    ])
    const place = rng.pick(['the gate', 'the bench', 'the handle', 'the counter'])
    b.add(`${rng.pick(['The complaints began on Tuesday.', 'The hall was full by noon.'])}\n\n`)
    b.add(`A ${noun} ${participle} ${place}`)
    if (place === 'the handle')
      b.add(' ').quote(rng.pick(['fogharbor', 'quietriver', 'owl_77']), null)
    b.add(` ${rng.pick(['wrote', 'said', 'told reporters'])}: `)
    b.quote('The new design hides everything I actually use.', { mention: `a ${noun}`, head: noun })
    cases.push(b.done('phrases-past-participles'))
  }
  return cases
}

/**
 * Wire phrases: `state` before a noun it modifies after a capital or an article is no cue
 * (`told Drevanian state radio:`); an ampersand between capitals joins a name after a quote
 * (`Keswin Gas & Electric said`); what a preposition governs inside a relative clause, past an
 * owner and a place, is no subject (`One resident of Grenmoor who spent the night with her two
 * children said:`); a verb's form ends a phrase (`because the talks were private` is no one).
 */
const wirePhrases = castFamily('wire-phrases', 4, ({ b, person, speaker, pronoun }, shape, rng) => {
  if (shape === 0) {
    b.add(
      `${person.full} was summoned to the foreign ministry on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
    )
    const demonym = rng.pick(['Drevanian', 'Orlavian', 'Chinese', 'Russian'])
    const outlet = rng.pick(['state radio', 'state media', 'state television'])
    b.add(`${pronoun === 'she' ? 'She' : 'He'} later told ${demonym} ${outlet}: `)
    b.quote('We did not come all this way to talk about the weather.', speaker)
    return
  }
  if (shape === 1) {
    const body = rng.pick(['Keswin Gas & Electric', 'Morrow & Pike', 'Halden Water & Power'])
    b.quote('We cut power to 40,000 customers to reduce the risk of fire,', { name: body })
    b.add(` ${body} said in a statement.`)
    return
  }
  if (shape === 2) {
    const town = rng.pick(['Grenmoor', 'Halvik', 'Sorvik'])
    b.add(`Shells struck ${town} overnight.\n\n`)
    b.add(
      `One resident of ${town} who spent the night in a shelter with ${rng.pick(['her', 'his', 'their'])} two children said: `,
    )
    b.quote('We have nowhere else to go, so we will stay.', {
      mention: 'One resident',
      head: 'resident',
    })
    return
  }
  const noun = rng.pick(['diplomat', 'official', 'negotiator'])
  b.add(
    `A Western ${noun} who spoke on condition of anonymity because the talks were private described the talks as `,
  )
  b.quote('long overdue.', { mention: `A Western ${noun}`, head: noun })
})

/**
 * Bodies by their heads: a union's numbered local is a body (`Transit Workers Union Local 309`),
 * found by `the union`; a noun that heads one body's name finds that body, ahead of another body
 * named after it (`the Wexcombe Regional Transit Authority … Transit Workers Union Local 562 …
 * The authority said`).
 */
const bodiesByHeads = castFamily('bodies-by-heads', 2, ({ b, person, speaker }, shape, rng) => {
  const town = rng.pick(['Wexcombe', 'Vellston', 'Thistlewood', 'Pellworth'])
  const authority = `${town} Regional Transit Authority`
  const local = `${rng.pick(['Transit Workers Union', 'Teamsters', 'Rail Workers Union'])} Local ${rng.pick(['309', '562', '1187'])}`
  b.add(
    `Drivers walked off the job on ${rng.pick(['Monday', 'Friday'])}, halting most service run by the ${authority}.\n\n`,
  )
  b.quote('This city runs because our members get up at four in the morning,', speaker)
  b.add(` ${person.full}, president of ${local}, told a rally.\n\n`)
  if (shape === 0) {
    b.add(`The authority said in a statement: `)
    b.quote('The new timetable takes effect on Monday.', { name: authority })
  } else {
    b.quote('We will stay on the picket line for as long as it takes,', { name: local })
    b.add(' the union said in a statement.')
  }
})

/**
 * Kin in return: a name set off after kin that `his` or `her` owns (`His granddaughter, Rosa,`,
 * `her son, Felipe,`) makes the one the pronoun stands for the kin in return, for a later `the
 * grandfather of four` or `the mother of two` when another person of that sex is in sight.
 */
const kinInReturn = castFamily(
  'kin-in-return',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    let other = rng.pick(genderShown)
    while (other.gender !== person.gender || other.surname === person.surname)
      other = rng.pick(genderShown)
    const owner = pronoun === 'she' ? 'Her' : 'His'
    const [kin, role] =
      shape === 0
        ? [
            rng.pick(['granddaughter', 'grandson']),
            pronoun === 'she' ? 'grandmother' : 'grandfather',
          ]
        : [rng.pick(['daughter', 'son']), pronoun === 'she' ? 'mother' : 'father']
    b.add(`${person.full} has run the shoe repair shop on Fulton Street since 1994.\n\n`)
    const child = /daughter/u.test(kin)
      ? rng.pick(['Rosa', 'Helen'])
      : rng.pick(['Felipe', 'Tomas'])
    b.add(`${owner} ${kin}, ${child}, helps on weekends. `)
    b.add(`${other.full}, who runs the store next door, organized a fundraiser.\n\n`)
    b.quote('I wanted my children to have choices I never had,', speaker)
    b.add(` said the ${role} of ${rng.pick(['three', 'four', 'six'])}.`)
  },
)

/**
 * Bodies and objects: a name in title case that something is known by is nobody's words, with
 * an article before it or at any length (`known as the “Pelagon Charter,”`); a person named
 * before the first `of` is of the body and place after it (`Rabbi Jo Kane of Temple Sinai of
 * Ossendale`); a relative clause set off after an object, past a verb's particle or a name
 * joined to it (`singled out Tom Lee, who …,`, `thanked A and B, who …,`), leaves a participle
 * after it to the clause's subject; an owner's title to a place is a role, no name
 * (`Valmora’s ambassador to Orlavia`); a body named sets a quote up as a person does (`The
 * Orlavian Foreign Ministry rejected the claim. “…”`), but not one something is done to (`The
 * Tidewell Film Awards were handed out. “Salt and Meadow” won best picture`).
 */
const bodiesAndObjects = castFamily(
  'bodies-and-objects',
  6,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    let other = rng.pick(genderShown)
    while (other.surname === person.surname) other = rng.pick(genderShown)
    const town = rng.pick(['Ossendale', 'Larkmoor', 'Dover', 'Brackwater', 'Wexcombe'])
    if (shape === 0) {
      const name = rng.pick([
        'Pelagon Charter',
        'Festival of the Thousand Flowers',
        'Harbor Protocol',
        'Night of the Long Tables',
      ])
      const article = rng.pick(['the ', ''])
      b.add(`The town’s yearly gathering, known as ${article}`).quote(`${name},`, null)
      b.add(
        ` ${rng.pick(['both councils', 'the organizers', 'three churches'])} agreed to keep it going.\n\n`,
      )
      b.quote('It has outlived every mayor who tried to cancel it,', speaker)
      b.add(` ${person.full} said.`)
      return
    }
    if (shape === 1) {
      const [title, body] = rng.pick([
        ['Rabbi', `Temple Sinai of ${town}`],
        ['Pastor', `Grace Church of ${town}`],
        ['Imam', `Masjid al-Noor of ${town}`],
        ['', `Holloway Bible Church of ${town}`],
      ]) as [string, string]
      b.add(`${body} will open its hall to families ${rng.pick(['on Monday', 'this winter'])}.\n\n`)
      b.quote('We pray, and then we pick up a shovel,', speaker)
      b.add(` said ${title ? `${title} ` : ''}${person.full} of ${body}.`)
      return
    }
    if (shape === 2) {
      const joined = rng.int(2) === 1
      const third = rng.pick(
        genderShown.filter((p) => p.surname !== person.surname && p.surname !== other.surname),
      )
      b.add(`${person.full} retired on ${rng.pick(['Saturday', 'Friday'])} after 29 years.\n\n`)
      const verb = joined
        ? rng.pick(['thanked', 'praised'])
        : rng.pick(['singled out', 'called out', 'picked out'])
      const objects = joined ? `${other.full} and ${third.full}` : other.full
      const runs = joined ? 'run' : 'runs'
      b.add(
        `${pronoun === 'she' ? 'She' : 'He'} ${verb} ${objects}, who ${runs} the kitchen, calling ${joined ? 'them' : other.gender === 'female' ? 'her' : 'him'} `,
      )
      b.quote('the heart of this place.', speaker)
      return
    }
    if (shape === 3) {
      const [country, place] = rng.pick([
        ['Valmora', 'Orlavia'],
        ['Qarimor', 'Kaldera'],
        ['Drevany', 'Sorvik'],
      ]) as [string, string]
      b.add(
        `${person.full}, ${country}’s ambassador to ${place}, was summoned to the foreign ministry on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
      )
      b.add(
        `A deputy minister said ${rng.pick(['she', 'he'])} had handed the ambassador a formal note of protest.\n\n`,
      )
      if (rng.int(2) === 0) {
        b.add(`${pronoun === 'she' ? 'She' : 'He'} later told state radio: `)
        b.quote('The details matter more than the handshake.', speaker)
      } else {
        b.quote('The details matter more than the handshake,', speaker)
        b.add(' the ambassador said.')
      }
      return
    }
    if (shape === 5) {
      // A body something is done to sets nothing up: the titles after it are names.
      const awards = `${rng.pick(['Tidewell Film', 'Silver Lantern', 'Cassiope Screen'])} Awards`
      b.add(`The ${awards} were handed out on ${rng.pick(['Friday', 'Monday'])} in ${town}. `)
      b.quote(rng.pick(['Salt and Meadow', 'The Thistle Hours']), null).add(
        ' won best picture, and ',
      )
      b.quote(rng.pick(['Ashes Weather', 'A Borrowed Song']), null)
      b.add(' swept the technical categories.\n\n')
      b.quote('I am shaking, so I am going to keep this short,', speaker)
      b.add(` ${person.full}, who directed the winner, said.`)
      return
    }
    const ministry = `${rng.pick(['Orlavian', 'Lusandan', 'Eskarian'])} Foreign Ministry`
    b.quote('We will wait for a written reply,', speaker)
    b.add(` ${person.full} said on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
    b.add(
      `The ${ministry} ${rng.pick(['rejected the accusation', 'dismissed the claim', 'answered within the hour'])}. `,
    )
    b.quote('There were moments today when we might have walked away.', { name: ministry })
  },
)

/**
 * Machines and firms: a message a machine shows is no one's words, after `that read`, a colon
 * or right after it (`an error message that read “…”`, `the error message “…”`), and so is one
 * a picture shows (`a screenshot of the message “…”`); `the company` far from the lede that named
 * one company is that company (with two named, it stays a company nobody named).
 */
const machinesAndFirms = castFamily(
  'machines-and-firms',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const firm = rng.pick(['Hushway', 'Kettlepoint', 'Nimbledrop', 'Parrowby', 'Lumisk'])
    const shown = rng.pick([
      'Account temporarily locked.',
      'Something went wrong. Please try again later.',
      'Unable to sync. Check your connection.',
    ])
    if (shape === 0) {
      b.add(
        `Users of ${firm} were locked out for eleven hours on ${rng.pick(['Monday', 'Friday'])}. `,
      )
      const form = rng.int(3)
      if (form === 0) b.add('Many of them saw only an error message that read ')
      else if (form === 1) b.add('Many of them saw the same error message: ')
      else b.add('Many of them saw only the error message ')
      b.quote(shown, null).add('\n\n')
      b.quote('It was an ordinary mistake at scale,', speaker)
      b.add(` said ${person.full}, the company’s chief technology officer.`)
      return
    }
    if (shape === 1) {
      b.add(`${person.full}, a florist in Westerlow, posted a screenshot of the message `)
      b.quote(shown, null).add('\n\n')
      b.quote('It’s the only app my grandmother figured out on her own,', speaker)
      b.add(` ${person.surname} wrote beneath the image.`)
      return
    }
    const two = shape === 3
    const rival = rng.pick(['Orbweaver Games', 'Skerrow Labs'])
    b.add(
      `${person.full}, the founder and chief executive of ${firm}, apologized on ${rng.pick(['Friday', 'Monday'])} for a bug that deleted saved drafts`,
    )
    b.add(two ? `, a week after ${rival} had the same problem.\n\n` : '.\n\n')
    b.add(`${person.surname} posted on Chirrup: `)
    b.quote('Nobody’s data was lost, and nobody’s data was sold.', speaker).add('\n\n')
    b.quote('I owe every one of our users an apology.', speaker).add('\n\n')
    b.quote(
      'We take the security of our users’ accounts extremely seriously,',
      two ? { mention: 'the company', head: 'company' } : { name: firm },
    )
    b.add(' the company said in a blog post.')
  },
)

/**
 * Roles in profiles: a noun of any kind joined to a noun for someone in a role set off after a
 * name is a role too (`a former welterweight and grandfather of four` for a later `the former
 * welterweight`); a role set off before a name with a relative clause that says what else the
 * one in it is (`A former student who is now a paramedic, Jo Roe,`) gives both roles to the name.
 */
const rolesInProfiles = castFamily('roles-in-profiles', 2, ({ b, person, speaker }, shape, rng) => {
  let other = rng.pick(genderShown)
  while (other.surname === person.surname) other = rng.pick(genderShown)
  const gym = rng.pick(['boxing gym', 'bakery', 'bike shop', 'community garden'])
  const elder = person.gender === 'female' ? 'grandmother' : 'grandfather'
  if (shape === 0) {
    const former = rng.pick(['welterweight', 'stevedore', 'lineman', 'merchant mariner'])
    b.add(`${person.full} runs a ${gym} on the east side of Harwick.\n\n`)
    b.add(
      `${person.surname}, ${rng.pick(['now 56, ', ''])}a former ${former} and ${elder} of four, moved to Harwick in 1989.\n\n`,
    )
    b.quote('Half of them come in angry. Most of them leave tired,', speaker)
    b.add(` the former ${former} said.`)
    return
  }
  const now = rng.pick(['paramedic', 'firefighter', 'nurse', 'welder'])
  const them = { name: other.full }
  b.add(`${person.full} runs a ${gym} on the east side of Harwick.\n\n`)
  b.add(`A former student who is now a ${now}, ${other.full}, said: `)
  b.quote('You did your homework before you did anything else.', them).add('\n\n')
  b.quote('Nobody gets turned away for money,', speaker)
  b.add(` ${person.surname} said.\n\n`)
  b.quote('I walked in there at 14 with no plan,', them)
  b.add(` the ${now} added.`)
})

/**
 * Papers and their issuers: who sues files the lawsuit (`The Penhallow Workers Center sued …
 * The lawsuit alleges that …`); a paper conducted, prepared or compiled by a body is the
 * body's (`According to the audit, conducted by the Office of the Skellow State Auditor, “…”`);
 * a title's `for` reaches past the article of what it serves (`the Office of the Inspector
 * General for the Ostravian Department of Transport … the office wrote`).
 */
const papersAndIssuers = castFamily(
  'papers-and-issuers',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const place = rng.pick(['Skellow', 'Tessary', 'Northmarch', 'Ostravia'])
    if (shape === 0) {
      const plaintiff = `${place} ${rng.pick(['Workers Center', 'Residents Association', 'Tenants Union'])}`
      const firm = rng.pick(['Ostwick Chemicals', 'Brightmoor Mining', 'Hallowden Works'])
      b.add(
        `The ${plaintiff} sued ${firm} in district court on ${rng.pick(['Thursday', 'Monday'])}.\n\n`,
      )
      b.add('The lawsuit alleges that the company ')
      b.quote('ignored repeated warnings from its own engineers.', { name: plaintiff }).add('\n\n')
      b.add(`${person.full}, a lawyer for ${firm}, wrote: `)
      b.quote('The company has complied with every applicable regulation.', speaker)
      return
    }
    if (shape === 1) {
      const office = `Office of the ${place} State Auditor`
      const paper = rng.pick(['audit', 'review', 'survey'])
      const verb = rng.pick(['conducted', 'prepared', 'compiled'])
      b.add(
        `An ${paper === 'audit' ? 'audit' : `independent ${paper}`} of the state parks department found unverified payments.\n\n`,
      )
      b.add(`According to the ${paper}, ${verb} by the ${office}, `)
      b.quote('the agency paid invoices without verifying that the work had been done.', {
        name: office,
      })
      b.add('\n\n')
      b.quote('This is public money that cannot be traced,', speaker)
      b.add(` said ${person.full}, the state auditor.`)
      return
    }
    const office = `Office of the Inspector General for the ${rng.pick(['Ostravian', 'Pelagan', 'Lorvanian'])} Department of ${rng.pick(['Transport', 'Housing', 'Health'])}`
    b.add(
      `A report released on ${rng.pick(['Thursday', 'Tuesday'])} by the ${office} found failures in the department’s contracting unit.\n\n`,
    )
    b.quote('Records were altered after the start of the inquiry,', { name: office })
    b.add(` the office wrote.\n\n`)
    b.quote('I take full responsibility for what happened,', speaker)
    b.add(` said ${person.full}, the department’s chief of staff.`)
  },
)

/**
 * Names, owners and inversions: a name's particle stays with it (`Gethin ap Rhys`, `Ivone do
 * Amaral`, `Reinhold zu Waldeck`), and a given name in `-or` after a cue opens a name of three
 * words (`said Claudionor Rocha Pires`); a person named as a phrase's owner (`Usman Butt’s
 * election-night party`) is the one a later surname names; a phrase after an inverted cue with a
 * verb of its own is no speaker (`“The Salt Light,” said the nomination still felt …` has none:
 * a work a part is for is a title); `the festival` is the festival named.
 */
const namesOwnersAndInversions = castFamily(
  'names-owners-and-inversions',
  4,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      const [given, particle, surname] = rng.pick([
        ['Gethin', 'ap', 'Rhys'],
        ['Ivone', 'do', 'Amaral'],
        ['Reinhold', 'zu', 'Waldeck'],
        ['Claudionor', 'da', 'Rocha Pires'],
        ['Nerys', 'ap', 'Gwilym'],
        ['Rosalinda', 'dela', 'Cruz'],
      ]) as [string, string, string]
      const full = `${given} ${particle} ${surname}`
      b.quote('We are ready to go further,', { name: full })
      b.add(` said ${full}, ${rng.pick(['the environment minister', 'a retired surveyor'])}.\n\n`)
      b.quote('The rest is up to the others,', { name: full })
      b.add(` ${particle} ${surname} added.`)
      return
    }
    if (shape === 1) {
      b.add(
        `The mood at ${person.full}’s election-night party in Dunharrow turned quiet after ten o’clock.\n\n`,
      )
      b.add(`Speaking to reporters outside the hall, ${person.surname} said, `)
      b.quote('It is a long night, and I have been behind before.', speaker)
      return
    }
    if (shape === 2) {
      const title = rng.pick(['The Salt Light', 'A Late Harvest', 'Shore of Winter'])
      b.add(`${person.full}, nominated for best supporting performance for `)
      b.quote(`${title},`, null)
      b.add(' said the nomination still felt ')
      b.quote('like a clerical error.', speaker)
      return
    }
    const festival = `${rng.pick(['Penhallow', 'Ostermere', 'Saint Odile'])} International Film Festival`
    b.add(
      `The ${festival} announced its lineup on ${rng.pick(['Thursday', 'Monday'])}, with 71 features from 36 countries.\n\n`,
    )
    b.add(`${person.full}, the festival’s artistic director, said: `)
    b.quote('We wanted a lineup that felt like a conversation.', speaker).add('\n\n')
    b.quote('All screenings will be captioned for the first time this year,', { name: festival })
    b.add(' the festival said on its website.')
  },
)

/**
 * Roles served and trades named: what someone serves as after `as` names no one new (`won a
 * second term as mayor of Coldspring`, so a later `the mayor` is the one named Mayor); a verb
 * for holding a role in a relative clause gives the role (`who chairs the zoning board` for a
 * later `the chair`); a company's name that ends in its trade is the company a later `the
 * company` names (`Deepholm Resources`), and a school district goes by its schools
 * (`Sutterfield Public Schools … the district said`); a title set off after a name, with
 * modifiers in lower case after its article, is a role and its complement no one (`Fraser Roe,
 * the incumbent mayor of Gallowmere, said`).
 */
const rolesServedAndTrades = castFamily(
  'roles-served-and-trades',
  6,
  ({ b, person, speaker }, shape, rng) => {
    let other = rng.pick(genderShown)
    while (other.surname === person.surname) other = rng.pick(genderShown)
    const town = rng.pick(['Coldspring', 'Emberley', 'Keldmoor', 'Fernholt Mills'])
    if (shape === 0) {
      b.add(
        `Mayor ${person.full} won a second term as mayor of ${town} on ${rng.pick(['Monday', 'Tuesday'])}, defeating ${other.full} by 18 points.\n\n`,
      )
      b.quote('I will work just as hard for the people who did not vote for me,', speaker)
      b.add(' the mayor told supporters.')
      return
    }
    if (shape === 1) {
      const [verb, role] = rng.pick([
        ['chairs', 'chair'],
        ['founded', 'founder'],
        ['coaches', 'coach'],
        ['owns', 'owner'],
      ]) as [string, string]
      const body = rng.pick(['the zoning board', 'the youth league', 'the bakery on Pell Road'])
      b.add(
        `${person.full}, who ${verb} ${body}, opened the meeting on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
      )
      b.quote('We changed the plan four times,', { name: other.full })
      b.add(` ${other.full} said.\n\n`)
      b.quote('Our job is to apply the rules as written,', speaker)
      b.add(` the ${role} said.`)
      return
    }
    if (shape === 5) {
      // County offices are titles before a name: `County Assessor`, `County Recorder`.
      const office = rng.pick(['Assessor', 'Recorder', 'Auditor'])
      b.add(
        `Bills will rise by 13 percent next year, County ${office} ${person.full} said on Thursday.\n\n`,
      )
      b.quote('Every appeal gets a real review by a real person,', speaker)
      b.add(` the ${office.toLowerCase()} said.`)
      return
    }
    if (shape === 4) {
      // A title's modifiers in lower case stand between it and its article.
      const modifier = rng.pick(['incumbent', 'former', 'longtime', 'outgoing'])
      b.add(`${person.full}, the ${modifier} mayor of ${town}, said at a watch party: `)
      b.quote('Whatever happens tonight, this city is going to be fine.', speaker)
      return
    }
    if (shape === 2) {
      const firm = `${rng.pick(['Deepholm', 'Cortavian', 'Brightmoor'])} ${rng.pick(['Resources', 'Construction', 'Chemicals', 'Mining'])}`
      b.add(
        `A storage tank at a site operated by ${firm} leaked diesel into a creek near ${town} over the weekend.\n\n`,
      )
      b.quote('The leak has been contained, and crews are on site,', { name: firm })
      b.add(' the company said in a statement.')
      return
    }
    const district = `${rng.pick(['Sutterfield', 'Wendrick Point', 'Harrowgate'])} Public Schools`
    b.add(
      `Two years after ${district} began buying produce from nearby farms, lunch participation is up.\n\n`,
    )
    b.quote('We had to win over the kids one carrot at a time,', speaker)
    b.add(` said ${person.full}, the director of nutrition services.\n\n`)
    b.quote('The program will expand to all high schools next fall,', { name: district })
    b.add(' the district said.')
  },
)

/**
 * Writing and campaigns: writing on a thing is no one's words, even right after a quote someone
 * chanted in the same sentence (`chanted “…” and carried signs reading “…”`), and so is a code
 * name (`a program, code-named “Night Orchard,”`); a campaign's name keeps the article of its
 * cause (`Parents for a Safe Skelder Valley`, `Friends of a Clean Aldwin Valley`), and a ballot
 * campaign's name is read whole (`the Yes on Measure K Coalition`).
 */
const writingAndCampaigns = castFamily(
  'writing-and-campaigns',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const valley = `${rng.pick(['Skelder', 'Aldwin', 'Corran'])} Valley`
    if (shape === 0) {
      b.add(
        `Several hundred demonstrators blocked the entrance to a pipeline site on ${rng.pick(['Thursday', 'Monday'])}.\n\n`,
      )
      b.add('The protesters chanted ')
      b.quote(rng.pick(['Keep it in the ground!', 'Not here, not now!']), {
        mention: 'The protesters',
        head: 'protesters',
      })
      b.add(
        ` and carried ${rng.pick(['signs reading', 'a banner that said', 'placards reading'])} `,
      )
      b.quote(rng.pick(['Coal Is Over.', 'Water Is Life.']), null)
      return
    }
    if (shape === 1) {
      b.add(
        `Documents reviewed by the ${rng.pick(['Ostermere Record', 'Halden Courier'])} describe a surveillance program, ${rng.pick(['code-named', 'codenamed'])} `,
      )
      b.quote(`${rng.pick(['Night Orchard', 'Copper Vane', 'Stillwater'])},`, null)
      b.add(' that collected the phone records of union leaders.\n\n')
      b.quote('Every warning we received was acted on,', speaker)
      b.add(` ${person.full} said.`)
      return
    }
    if (shape === 2) {
      const group = rng.pick([`Parents for a Safe ${valley}`, `Friends of a Clean ${valley}`])
      b.quote('We will keep fighting this in court,', { name: group })
      b.add(` ${rng.pick([`said ${group}`, `${group} said in a statement`])}.`)
      return
    }
    const coalition = `${rng.pick(['Yes', 'No'])} on ${rng.pick(['Measure K', 'Question 2', 'Proposition 4'])} Coalition`
    b.add(`Voters approved a parcel tax on ${rng.pick(['Sunday', 'Tuesday'])}.\n\n`)
    b.quote('Every dollar of this money will be spent in the open,', { name: coalition })
    b.add(` the ${coalition} said in a statement.`)
  },
)

/**
 * Workers, growers and utilities: a relative clause with no mark inside that runs from the
 * phrase opening the sentence to the cue leaves the cue to that phrase, however long and
 * whatever it holds (`A worker who asked that her name not be used because she feared losing
 * the job said:`); `who farms` and `who grows` give roles (`the farmer`, `the grower`); a utility
 * goes by a name ending in what it sells (`Tessary Electric … the utility said`); a definite
 * phrase whose words all stand in one body's name is that body (`the Vellacourt Birth Center …
 * the birth center said`).
 */
const workersGrowersAndUtilities = castFamily(
  'workers-growers-and-utilities',
  5,
  ({ b, person, speaker }, shape, rng) => {
    const place = rng.pick(['Kinvara Bay', 'Maddow Valley', 'Tessary', 'Vellacourt'])
    if (shape === 0) {
      const noun = rng.pick(['worker', 'picker', 'nurse'])
      b.add(`Temperatures in ${place} reached 45 degrees on Tuesday.\n\n`)
      b.add(
        `A ${noun} who asked that ${rng.pick(['her', 'his'])} name not be used because ${rng.pick(['she', 'he'])} feared losing the job said: `,
      )
      b.quote('We start at five in the morning and finish when the truck is full.', {
        mention: `A ${noun}`,
        head: noun,
      })
      return
    }
    if (shape === 1) {
      const [verb, role] = rng.pick([
        ['farms', 'farmer'],
        ['grows', 'grower'],
      ]) as [string, string]
      const crop = verb === 'farms' ? '1,900 acres' : 'grapes on 600 acres'
      b.add(`${person.full}, 63, who ${verb} ${crop} outside ${place}, spoke first.\n\n`)
      b.quote('I have never seen the ground this dry in May,', speaker)
      b.add(` the ${role} said.`)
      return
    }
    if (shape === 4) {
      // A body named only as a thing's owner is the one a later noun for it finds.
      const hospital = `${place} Memorial Hospital`
      b.add(
        `${person.full}, 82, spent 26 hours on a stretcher in a corridor of ${hospital}’s emergency department last week.\n\n`,
      )
      b.quote('Patient safety is our first priority, and we are reviewing this case,', {
        name: hospital,
      })
      b.add(' the hospital said.')
      return
    }
    if (shape === 2) {
      const utility = `${rng.pick(['Tessary', 'Kelmark', 'Norhaven'])} ${rng.pick(['Electric', 'Power', 'Water'])}`
      b.add(
        `State regulators on Friday approved a rate increase for ${utility}, the first in five years.\n\n`,
      )
      b.quote('Safety is our first priority,', { name: utility })
      b.add(' the utility said.')
      return
    }
    const [kind, noun] = rng.pick([
      ['Birth Center', 'birth center'],
      ['Medical Center', 'medical center'],
      ['Historical Society', 'historical society'],
    ]) as [string, string]
    const body = `${place} ${kind}`
    b.add(
      `The ${body} announced the death of ${person.full} on ${rng.pick(['Wednesday', 'Monday'])}.\n\n`,
    )
    b.quote('We will do our best to deserve what we were given,', { name: body })
    b.add(` the ${noun} said in a statement.`)
  },
)

/**
 * Lists and owned papers: a quote joined by `and`, `or` or a comma right after a title or
 * writing on a thing is of its kind (`banners reading “This Is Our Home” and “We Live Here.”`),
 * and no attribution later in the sentence reaches it; a paper's owner is its sender (`According
 * to the Tarnby Historic Preservation Commission’s report, …`), named without the possessive.
 */
const listsAndOwnedPapers = castFamily(
  'lists-and-owned-papers',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const town = rng.pick(['Tarnby', 'Port Elsinby', 'Norhaven', 'Fenmarch'])
    if (shape === 0) {
      b.add(
        `At a rally on ${rng.pick(['Thursday', 'Sunday'])}, neighbors held ${rng.pick(['banners reading', 'signs reading', 'placards reading'])} `,
      )
      b.quote(rng.pick(['This Is Our Home', 'People Over Profit']), null)
      b.add(rng.pick([' and ', ', ']))
      b.quote('We Live Here.', null)
      b.add(' ')
      b.quote('We have documented 140 open repair requests,', speaker)
      b.add(` ${person.full} told the crowd.`)
      return
    }
    const body = `${town} Historic Preservation Commission`
    b.add(`Forty-two houses in ${town} became a protected historic district on Thursday.\n\n`)
    b.add(`According to the ${body}’s ${rng.pick(['report', 'findings', 'study'])}, the houses `)
    b.quote('represent the most intact collection of worker housing in the state.', { name: body })
  },
)

/**
 * Asides inside split quotes: between the parts of a split quote, a cue in a clause `as`,
 * `while` or `when` opens only says what went on while the words were said (`“…,” Roe said,
 * pausing as the audience applauded, “because …”`); one that runs into its own quote with a colon
 * speaks it (`Roe said as the heckler yelled: “You suck!”`).
 */
const asidesInSplitQuotes = castFamily(
  'asides-in-split-quotes',
  3,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 2) {
      // After a quote a cue introduces, a clause `as` opens says what went on meanwhile.
      const group = rng.pick(['teachers', 'nurses', 'strikers'])
      b.add(`Outside the headquarters, ${group} on the picket line chanted `)
      b.quote(rng.pick(['Smaller classes, better schools!', 'Fair pay now!']), {
        mention: `${group} on the picket line`,
        head: group,
      })
      b.add(` as ${rng.pick(['drivers honked', 'neighbors cheered', 'a band played'])} in support.`)
      return
    }
    const crowd = rng.pick(['the audience', 'the crowd', 'the hall'])
    const verb = rng.pick(['applauded', 'cheered', 'booed', 'shouted'])
    b.quote('I do not have a speech prepared,', speaker)
    if (shape === 0) {
      b.add(
        ` ${person.full} said, ${rng.pick(['pausing as', 'smiling while', 'laughing as'])} ${crowd} ${verb}, `,
      )
      b.quote('because I genuinely did not think this would happen.', speaker)
      return
    }
    const noun = rng.pick(['heckler', 'protester'])
    b.add(` ${person.full} said as a ${noun} yelled: `)
    b.quote(rng.pick(['You suck!', 'Go home!']), { mention: `a ${noun}`, head: noun })
  },
)

/**
 * Passives at colons: a passive of a cue before a colon, past an adverb or two, reports no one
 * (`a poster tagline that has been mocked online: “…”`, `The nurses were told repeatedly:
 * “…”`); an active cue there still does (`Roe told reporters repeatedly: “…”`). (Not yet past an
 * adverb before the verb too: `has been widely mocked online:`.)
 */
const passivesAtColons = castFamily(
  'passives-at-colons',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      b.add(
        `The opening film arrives with a poster tagline that has been ${rng.pick(['mocked online', 'ridiculed publicly', 'mocked again'])}: `,
      )
      b.quote(rng.pick(['Every family has a winter.', 'The past always sends a bill.']), null)
      return
    }
    b.add(`${person.full} told reporters ${rng.pick(['repeatedly', 'again', 'twice'])}: `)
    b.quote('The plan is not finished, and it will not be rushed.', speaker)
  },
)

/**
 * Lawyers by what they do: who represents a party in court is a lawyer (`Jasleen Grewal, who
 * represents the defendant,` for a later `the defense lawyer`), and a role goes by its other
 * nouns (`the defense attorney … the defense lawyer`, `a spokeswoman … the spokesperson`).
 */
const lawyersByWhatTheyDo = castFamily(
  'lawyers-by-what-they-do',
  2,
  ({ b, person, speaker }, shape, rng) => {
    let other = rng.pick(genderShown)
    while (other.surname === person.surname) other = rng.pick(genderShown)
    b.add(
      `${other.full}, 42, was sentenced on ${rng.pick(['Wednesday', 'Thursday'])} to nine years in prison.\n\n`,
    )
    if (shape === 0) {
      b.quote('Nobody disputes that this was a tragedy,', speaker)
      b.add(
        ` ${person.full}, who represents the ${rng.pick(['defendant', 'accused'])}, told reporters.\n\n`,
      )
    } else {
      b.add(`${person.full}, the defense ${rng.pick(['attorney', 'lawyer'])}, said: `)
      b.quote('My client has been punished enough.', speaker).add('\n\n')
    }
    b.quote('We will be filing an appeal,', speaker)
    b.add(` the defense ${rng.pick(['lawyer', 'attorney'])} said.`)
  },
)

/**
 * Bands and labels: `the band`, `the orchestra` or `the choir` is the latest name no one has in
 * sight, or one the story opened with, whatever its shape (`Copper Tide`, `The Sunday Cartels`);
 * `the label` is a name ending in what a label sells (`Greywater Records`); `the cruise line`
 * and `the health system` are a body whose name has the modifier's word (`Azure Meridian
 * Cruises`).
 */
const bandsAndLabels = castFamily('bands-and-labels', 3, ({ b, person, speaker }, shape, rng) => {
  if (shape === 0) {
    const band = rng.pick(['Copper Tide', 'Marlow Static', 'Lantern Choir Society'])
    const noun = band.endsWith('Society') ? 'choir' : 'band'
    b.add(`${band} opened a residency in Pellsworth on ${rng.pick(['Friday', 'Thursday'])}.\n\n`)
    b.quote('Twelve thousand people had a great night,', { name: band })
    b.add(` the ${noun} said in a statement.`)
    return
  }
  if (shape === 1) {
    const label = `${rng.pick(['Greywater', 'Kiteline', 'Harrowgate'])} ${rng.pick(['Records', 'Music'])}`
    b.add(`The singer ${person.full} has accused ${label} of withholding royalties.\n\n`)
    b.quote('I have not received a royalty statement in three years,', speaker)
    b.add(` ${person.surname} wrote.\n\n`)
    b.quote('We have honored every term of our contract,', { name: label })
    b.add(' the label said.')
    return
  }
  const line = `${rng.pick(['Azure Meridian', 'Halcyon', 'Brightwake'])} Cruises`
  b.add(
    `${line} docked the largest ship ever to call at Lysefjell on ${rng.pick(['Thursday', 'Monday'])}.\n\n`,
  )
  b.quote('We are proud to bring our guests to one of the most beautiful ports in the region,', {
    name: line,
  })
  b.add(' said the cruise line in a statement.')
})

/**
 * Owners, names and media: a body's office named by its owner's noun is the body (`the
 * sheriff’s office` for `Corrin County Sheriff’s Office`); a thing's name after `called` is no
 * one's (`a loan program called “First Keys”`); a cue denied attributes no quote before it (`The
 * critics did not agree …`); a participle after a cue set off at the end of a clause goes on
 * from that cue (`Arrivals doubled, the ministry said on Tuesday, describing …`); a paper's
 * title set off before `was written by` leaves the writer its issuer; a union is no company;
 * a platform words were put on is no one (`fired back on Quillpost:`); an owner set off before
 * a cue is no speaker (`Greywater Records, the band’s label, said`).
 */
const ownersNamesAndMedia = castFamily(
  'owners-names-and-media',
  8,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const place = rng.pick(['Corrin', 'Haldwick', 'Bramford', 'Ostley'])
    const day = rng.pick(['Tuesday', 'Friday', 'Sunday'])
    if (shape === 0) {
      const office = `${place} County ${rng.pick(['Sheriff’s Office', 'Assessor’s Office', 'Clerk’s Office'])}`
      const noun = office.split(' ').slice(-2).join(' ').toLowerCase()
      b.add(`Two men were arrested after a chase, the ${office} said.\n\n`)
      b.add(
        `${rng.pick(['In a news release, the', 'The'])} ${noun} said deputies had been called to the farm. `,
      )
      b.quote(rng.pick(['The investigation is active.', 'Both men are in custody.']), {
        name: office,
      })
      return
    }
    if (shape === 1) {
      const body = `${place} ${rng.pick(['Housing Authority', 'Transit Agency', 'Arts Council'])}`
      const thing = rng.pick(['program', 'scheme', 'fund', 'new app'])
      b.add(`The ${body} will lend money to 400 families under a ${thing} called `)
      b.quote(rng.pick(['First Keys.', 'Open Door.', 'Home Start.']), null)
      b.add(` ${person.full}, its director, said: `)
      b.quote('Nobody should be priced out of the town they grew up in.', speaker)
      return
    }
    if (shape === 2) {
      b.add(`${rng.pick(['Copper Tide', 'The Lantern Hours'])} closed the night with `)
      b.quote(rng.pick(['Night Bus Home.', 'Halfway Down the Pier.']), null)
      b.add(
        ` The ${rng.pick(['critics', 'reviewers', 'fans'])} did not ${rng.pick(['agree', 'say'])} ${rng.pick(['on what happened in between', 'much about the encore'])}.`,
      )
      return
    }
    if (shape === 3) {
      const ministry = `${rng.pick(['Nemerran', 'Valdessan', 'Orlavian'])} ${rng.pick(['Interior Ministry', 'Health Ministry', 'Transport Agency'])}`
      b.add(
        `${rng.pick(['More than 2,800 people crossed the border', 'Arrivals doubled', 'Waiting times rose'])} over the weekend, the ${ministry} said on ${day}, ${rng.pick(['describing the numbers as', 'calling the figures'])} `,
      )
      b.quote(rng.pick(['a temporary strain.', 'exceptional but manageable.']), { name: ministry })
      return
    }
    if (shape === 4) {
      const office = `Office of the ${rng.pick(['Nemerran', 'Valdessan'])} ${rng.pick(['Detention Inspector', 'Prisons Ombudsman'])}`
      b.add('The report, titled ')
      b.quote(rng.pick(['The Long Corridor,', 'Behind the Gate,']), null)
      b.add(` was written by the ${office} after a visit in ${rng.pick(['June', 'March'])}. `)
      b.quote('No one should wait nine days to see a doctor,', { name: office })
      b.add(' the report said.')
      return
    }
    if (shape === 5) {
      const union = `${place} ${rng.pick(['Warehouse Workers Union', 'Nurses Union', 'Drivers Union'])}`
      const firm = `${rng.pick(['Stackwell', 'Brightbox', 'Marlin'])} ${rng.pick(['Warehousing', 'Fulfillment', 'Distribution'])}`
      b.add(`Members of the ${union} voted to accept a new contract with ${firm} on ${day}.\n\n`)
      b.add('The union said in a statement: ')
      b.quote('Our members stood together, and it worked.', { name: union }).add('\n\n')
      b.add(`${firm} said it was pleased with the outcome. `)
      b.quote('We look forward to welcoming everyone back,', { name: firm })
      b.add(' said the company.')
      return
    }
    if (shape === 6) {
      const band = rng.pick(['Copper Tide', 'Marlow Static'])
      const platform = rng.pick(['Quillpost', 'Flicker Board', 'Loopline'])
      b.add(
        `${person.full}, the singer of ${band} since 2010, has left the band, ${pronoun} announced on ${day}.\n\n`,
      )
      b.quote('I love these people. I just cannot live in a van anymore,', speaker)
      b.add(` ${pronoun} wrote on ${platform}.\n\n`)
      b.quote('Nothing about this was easy,', { name: band })
      b.add(' the band said in a statement.')
      return
    }
    const band = rng.pick(['Copper Tide', 'Marlow Static'])
    const label = `${rng.pick(['Greywater', 'Kiteline'])} ${rng.pick(['Records', 'Music'])}`
    b.add(`${band} will finish the tour without ${person.full}.\n\n`)
    b.add(
      `${label}, the band’s label, said in a statement that it would release the album as planned. `,
    )
    b.quote('We are proud of the records we have made together.', { name: label })
  },
)

/**
 * Phrasal cues inverted: a cue whose particle makes it speech (`chimed in`, `fired back`,
 * `spoke up`) inverts as `said` does, and its speaker stands past the particle (`“…,” chimed in
 * Ferenc Farkas, a nurse.`, `“…,” shot back the mayor.`, `The plan, weighed in Doe, “…”`), as
 * well as before it (`Doe chimed in.`).
 */
const phrasalCuesInverted = castFamily(
  'phrasal-cues-inverted',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const cue = rng.pick([
      'chimed in',
      'weighed in',
      'cut in',
      'broke in',
      'jumped in',
      'blurted out',
      'cried out',
      'spoke up',
      'piped up',
      'fired back',
      'shot back',
      'hit back',
      'snapped back',
      'pushed back',
      'wrote back',
      'chipped in',
    ])
    if (shape === 0) {
      b.quote(rng.pick(['My car has been broken into twice,', 'Nobody came,']), speaker)
      b.add(` ${cue} ${person.full}, ${rng.pick(['a nurse', 'who lives on the block', '52'])}.`)
      return
    }
    if (shape === 1) {
      const role = rng.pick(['mayor', 'coach', 'union president', 'chief executive'])
      b.add(`${person.full} is the ${role}.\n\n`)
      b.quote('We will not back down,', speaker)
      b.add(` ${cue} the ${role}${rng.pick(['', ' on Tuesday', ' from the back of the room'])}.`)
      return
    }
    if (shape === 2) {
      b.add(`The plan, ${cue} ${person.full}, `)
      b.quote('will never work.', speaker)
      return
    }
    b.add(`${person.full} ${cue} ${rng.pick(['', 'at once ', 'from the floor '])}`.trimEnd())
    b.add(': ')
    b.quote('We have heard enough promises.', speaker)
  },
)

/**
 * Names people go by: a handle, stage name or nickname set off after someone's name or role
 * (`Ana Ruiz, who plays as Tarnhelm,`, `known in game as`, `better known by the handle`, `a
 * junior in computer science who competes as`, `known as Jed`) finds that person when used
 * alone later (`“…,” Tarnhelm said`).
 */
const namesPeopleGoBy = castFamily(
  'names-people-go-by',
  5,
  ({ b, person, speaker }, shape, rng) => {
    const alias = rng.pick(['Tarnhelm', 'Quillz', 'Brassica7', 'Nightowl', 'Velkor', 'Mossback'])
    const aside = [
      `, who plays as ${alias},`,
      `, known in game as ${alias},`,
      `, better known by the handle ${alias},`,
      `, a ${rng.pick(['junior in computer science', 'first-year nursing student', '19-year-old support player'])} who competes as ${alias},`,
      `, who streams as ${alias} and has 2 million followers,`,
    ][shape] as string
    b.add(
      `${person.full}${aside} ${rng.pick(['won the final on Sunday', 'signed with a new team', 'announced a break from competition'])}.\n\n`,
    )
    if (rng.int(2) === 0) {
      b.quote(
        rng.pick([
          'I have never played that well in my life,',
          'We practiced that play forty times,',
        ]),
        speaker,
      )
      b.add(` ${alias} said${rng.pick(['', ' through an interpreter', ' on a stream'])}.`)
    } else {
      b.add(`${alias} ${rng.pick(['said', 'wrote on Chirrupnet', 'told reporters'])}: `)
      b.quote('My wrists hurt, and I want to find out what a weekend is.', speaker)
    }
  },
)

/**
 * Headline roles from the lead: a headline that names its speaker by a bare noun for someone,
 * capitalized as it opens the headline (`Chef says closing the diner was ‘…’`, `Regulator says
 * …`), is the person the story gives that role by name, and failing that the one person the
 * story's first paragraph names in full and quotes.
 */
const headlineRolesFromTheLead = castFamily(
  'headline-roles-from-the-lead',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const role = rng.pick(['Chef', 'Curator', 'Ranger', 'Regulator', 'Pilot', 'Broker'])
    const words = rng.pick(['was not about the money', 'came too late', 'will not be the last'])
    b.add(`${role} says ${rng.pick(['the decision', 'closing the site', 'the recall'])} `)
    b.quote(words, speaker, true)
    b.add('\n\n')
    if (shape === 0) {
      b.add(
        `${person.full}, who has ${rng.pick(['worked there', 'led the team', 'spent her career there'])} for 27 years, spoke on ${rng.pick(['Thursday', 'Friday'])}. `,
      )
      b.quote('I do not read reviews. My mother reads them and calls me,', speaker)
      b.add(` ${person.surname} said.`)
      return
    }
    if (shape === 1) {
      b.add(
        `The ${role.toLowerCase()}, ${person.full}, said on ${rng.pick(['Monday', 'Sunday'])} that the decision ${words}. `,
      )
      b.quote('We did what we could with what we had.', speaker)
      return
    }
    b.add(`${person.full} said the decision ${words}: `)
    b.quote('We did what we could with what we had.', speaker)
  },
)

/**
 * Bodies far back and writing on things: a body's own noun finds the one body whose name ends
 * with it, however far back it was named (`the Gantry Cross School District … the district`);
 * a body named after a phrase that only used its noun is the one a later `the agency` means;
 * tags and packaging bear writing (`many with tags reading “…”`); a phrase for writing a thing
 * bears that runs to a colon gives no one the quote (`a slogan on posters in every hallway:`),
 * nor does a noun that names no saying (`under a rule that began on Thursday`).
 */
const bodiesAndWriting = castFamily(
  'bodies-and-writing',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const place = rng.pick(['Gantry Cross', 'Fenwick Hollow', 'Marrowby', 'Castlereagh'])
    if (shape === 0) {
      const noun = rng.pick([
        'School District',
        'Water District',
        'Transit Authority',
        'Housing Trust',
      ])
      const body = `${place} ${noun}`
      const head = noun.split(' ').at(-1)?.toLowerCase()
      b.add(`The ${body} is short 34 drivers, and eight routes have been cut.\n\n`)
      b.quote('We have buses. We do not have people to drive them,', speaker)
      b.add(` said ${person.full}, the transportation director.\n\n`)
      b.add(
        `${rng.pick(['Parents packed the meeting on Tuesday.', 'The cuts began in March.'])}\n\n`,
      )
      b.add(`The ${head} said in a statement: `)
      b.quote('Families will receive details before the start of the term.', { name: body })
      return
    }
    if (shape === 1) {
      const body = `${place} ${rng.pick(['Benefits Agency', 'Licensing Agency', 'Pensions Agency'])}`
      b.add('Committee chair says agency ')
      b.quote('misled the public for a year', speaker, true)
      b.add('\n\n')
      b.add(
        `${person.full}, who chairs the committee, questioned the head of the ${body} on ${rng.pick(['Monday', 'Thursday'])}. `,
      )
      b.quote('She waited nine months for a payment,', speaker)
      b.add(` said ${person.surname}.\n\n`)
      b.add('The agency said after the hearing: ')
      b.quote('The report does not reflect the improvements made this year.', { name: body })
      return
    }
    if (shape === 2) {
      b.add(
        `Officers seized about 4,200 fake ${rng.pick(['perfumes', 'handbags', 'headphones'])} from a market on ${rng.pick(['Saturday', 'Sunday'])}, many with ${rng.pick(['tags', 'packaging', 'wrappers'])} reading `,
      )
      b.quote(rng.pick(['Original Import.', 'Authentic Quality.']), null)
      return
    }
    b.add(
      `Students at ${place} Middle School now lock their phones away, under a rule that began on ${rng.pick(['Thursday', 'Monday'])} and a ${rng.pick(['slogan', 'motto'])} on posters in every hallway: `,
    )
    b.quote(rng.pick(['Look Up and Talk.', 'Phones Away for the Day.']), null)
  },
)

/**
 * Particles and two surnames: `binti`, `binte`, `delos` and `ab` stand inside a name
 * (`Nurul binti Yusof`, `Amihan delos Reyes`, `Gethin ab Owain`), which a Malay name's given
 * name or the rest after the particle refers back to; of a given name and two surnames the
 * first surname alone is the person, whether or not a table knows the given name (`Itzel
 * Quintero Bañuelos … Ms. Quintero`).
 */
const particlesAndTwoSurnames = castFamily('particles-and-two-surnames', 4, ({ b }, shape, rng) => {
  const full = [
    rng.pick(['Nurul binti Yusof', 'Farah binti Osman', 'Aziz bin Hamid']),
    rng.pick(['Amihan delos Reyes', 'Datu delos Santos']),
    rng.pick(['Gethin ab Owain', 'Dafydd ab Ithel']),
    rng.pick(['Itzel Quintero Bañuelos', 'Xóchitl Arriaga Benavides', 'Yaretzi Olvera Saucedo']),
  ][shape] as string
  const words = full.split(' ')
  // A Malay name goes by its given name; the others by what follows the given name, or by the
  // first of two surnames.
  const later =
    shape === 0
      ? (words[0] as string)
      : shape === 3
        ? `${rng.pick(['Ms.', 'Dr.'])} ${words[1]}`
        : words.slice(1).join(' ')
  const speaker = { name: full }
  b.add(
    `${full}, ${rng.pick(['who runs the shelter', 'a member of the board', 'the chief inspector'])}, ${rng.pick(['spoke first', 'was unconvinced', 'took the microphone'])}. `,
  )
  b.quote(rng.pick(['The numbers do not add up.', 'We asked for this three years ago.']), speaker)
  b.add('\n\n')
  b.quote('Nobody has explained where the money went,', speaker)
  b.add(
    ` ${later.charAt(0).toUpperCase()}${later.slice(1)} ${rng.pick(['said', 'added', 'wrote'])}.`,
  )
})

/**
 * Houses of the arts and titles after makers: a gallery, theatre, playhouse, library, zoo or
 * aquarium is a body its own noun finds (`the Pemberton Gallery … the gallery said`); a title
 * set off after a work and its maker renames the work (`A small oil painting by Kenechukwu Obi,
 * “Evening, Low Tide,” was taken`), nobody's words.
 */
const artsHousesAndTitles = castFamily('arts-houses-and-titles', 2, ({ b, person }, shape, rng) => {
  const place = rng.pick(['Pemberton', 'Calloway', 'Harrowgate', 'Old Foundry'])
  if (shape === 0) {
    const noun = rng.pick(['Gallery', 'Theatre', 'Playhouse', 'Library', 'Zoo', 'Aquarium'])
    const body = `${place} ${noun}`
    b.add(
      `The ${body} said on ${rng.pick(['Sunday', 'Monday'])} that it would close for repairs.\n\n`,
    )
    b.add(`The ${noun.toLowerCase()} said in a statement: `)
    b.quote('We are committed to reopening before the summer.', { name: body })
    return
  }
  const work = rng.pick(['oil painting', 'sculpture', 'photograph', 'drawing'])
  b.add(`A small ${work} by ${person.full}, `)
  b.quote(rng.pick(['Evening, Low Tide,', 'Study of Two Herons,', 'The Ropemaker’s Yard,']), null)
  b.add(
    ` was taken from the ${place} Museum on ${rng.pick(['Tuesday', 'Friday'])} night, police said.`,
  )
})

/**
 * Hospitals by their names and cue words as objects: `the hospital` is the one body named an
 * infirmary or a medical center (`Nettlecombe Regional Medical Center … the hospital said`);
 * a cue word right after a reporting verb is its object's noun, not a second verb (`Singer says
 * voice ‘is not broken’`), and the headline's bare role is the story's person.
 */
const hospitalsAndCueObjects = castFamily(
  'hospitals-and-cue-objects',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      const body = `${rng.pick(['Nettlecombe', 'Prestwold', 'Inchbrae', 'Hartsmere'])} ${rng.pick(['Regional Medical Center', 'Infirmary', 'Medical Centre', 'Hospitals'])}`
      b.add(`A data breach at the ${body} exposed the records of 118,000 patients.\n\n`)
      b.add(`${rng.pick(['Patients were told on Friday.', 'The breach began in March.'])}\n\n`)
      b.quote('We deeply regret this incident,', { name: body })
      b.add(' the hospital said.')
      return
    }
    const role = rng.pick(['Singer', 'Goalkeeper', 'Drummer'])
    const noun = rng.pick(['voice', 'note', 'message'])
    b.add(`${role} says ${noun} `)
    b.quote(rng.pick(['is not broken, only tired', 'will come back stronger']), speaker, true)
    b.add('\n\n')
    b.add(`${person.full}, the ${role.toLowerCase()}, has postponed the tour. `)
    b.quote('I will be back before you miss me,', speaker)
    b.add(` ${person.surname} said.`)
  },
)

/**
 * Bodies named as owners: a body's name in the possessive, after its article, is read as the
 * name, so a later `the agency` finds the body, named in full (`It described the Drisdale
 * Infrastructure Agency’s record` … `“…,” the agency said`); a school district is such a body
 * (`the Kelderwick School District’s offices` … `The district said`).
 */
const bodiesNamedAsOwners = castFamily(
  'bodies-named-as-owners',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 1) {
      // A school district, named only as the owner of its offices, is what `the district` means.
      const district = `${rng.pick(['Kelderwick', 'Portwenna', 'Hethersett Cross'])} School District`
      b.add(
        `A request to remove 11 books drew a crowd to the ${district}’s offices on ${rng.pick(['Thursday', 'Monday'])}.\n\n`,
      )
      b.quote('No family can decide for everyone else,', speaker)
      b.add(` ${person.full}, a school librarian, said.\n\n`)
      b.add('The district said in a statement: ')
      b.quote('No books have been removed while the review is under way.', { name: district })
      return
    }
    const body = `${rng.pick(['Drisdale', 'Copperlee', 'Asperton', 'Whitsand Cross'])} ${rng.pick(['Infrastructure Agency', 'Water Authority', 'Housing Commission'])}`
    const head =
      body.split(' ').at(-2) === 'Water' ? 'authority' : body.split(' ').at(-1)?.toLowerCase()
    b.add(
      `A committee report published on ${rng.pick(['Saturday', 'Monday'])} was sharply critical of the ${body}’s record.`,
    )
    b.add(
      `\n\n${person.full} declined to sign the report. In a dissent, ${person.gender === 'female' ? 'she' : 'he'} wrote: `,
    )
    b.quote('The report finds villains where there was only a badly written contract.', speaker)
    b.add('\n\n')
    b.quote('We accept the findings and have begun to act on them,', { name: body })
    b.add(` the ${head} said in a statement.`)
  },
)

/**
 * Firms where things happen and writing a clause runs from: a name that ends in a trade is a
 * firm even after `at` (`risks at Tamsey Mining … The company said`), unless someone works
 * there (`an analyst at Larkport Securities` stays a workplace); writing a thing bears, with a
 * relative clause that runs to the colon, is no one's whatever the clause's verb (`a poster
 * tagline that has already been widely mocked online: “…”`).
 */
const firmsAndTaglines = castFamily(
  'firms-and-taglines',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      const firm = `${rng.pick(['Tamsey', 'Cortavian', 'Brightwell'])} ${rng.pick(['Mining', 'Construction', 'Chemicals'])}`
      b.add(`A leaked memo warned of safety risks at ${firm} last year.\n\n`)
      b.add(`${person.full}, a former site manager, said: `)
      b.quote('Everyone on the night shift knew.', speaker).add('\n\n')
      b.add('The company said in a statement: ')
      b.quote('The concerns raised in the memo were reviewed and addressed.', { name: firm })
      return
    }
    b.add(`The opening film, `)
    b.quote(rng.pick(['Road of Iron,', 'Silver and Silver,']), null)
    b.add(
      ` arrives with a poster ${rng.pick(['tagline', 'slogan'])} that has ${rng.pick(['already been widely', 'been loudly', 'been'])} mocked online: `,
    )
    b.quote(rng.pick(['The past always sends a bill.', 'Every family has a winter.']), null)
  },
)

/**
 * Companies named after the state: a company's last word ends a body's name, title words and
 * all (`Norvessan State Railways`, `Federal Airways`, `National Bank`), where a title word read
 * as a person's title left only `Railways`.
 */
const companiesTitledByState = castFamily(
  'companies-titled-by-state',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const body = `${rng.pick(['Norvessan', 'Belvassan', 'Ardlish'])} ${rng.pick(['State', 'National', 'Federal'])} ${rng.pick(['Railways', 'Airways', 'Railway', 'Bank'])}`
    b.add(
      `Rail traffic was cut by about two-thirds on ${rng.pick(['Saturday', 'Friday'])} as signal workers began a strike.\n\n`,
    )
    if (shape === 0) {
      b.quote('Season tickets will be extended by the length of the strike,', { name: body })
      b.add(` ${body} said.\n\n`)
    } else {
      b.add(`The ${body} said in a statement: `)
      b.quote('Passengers should expect severe disruption until the weekend.', { name: body }).add(
        '\n\n',
      )
    }
    b.quote('Safety is not something you negotiate away,', speaker)
    b.add(` said ${person.full}, who leads the union.`)
  },
)

/**
 * Courts that rule on a day: a cue whose `that` is its particle (`ruled that`) keeps it past a
 * date between them (`The Supreme Court of Norland ruled on Wednesday that the barrier was
 * “…”`, `ruled last week that`), as `said on Wednesday that` does.
 */
const courtsRulingOnADay = castFamily('courts-ruling-on-a-day', 1, ({ b }, _shape, rng) => {
  const court = rng.pick([
    'Supreme Court of Norland',
    'Marrowdale District Court',
    'High Court of Esmarq',
    'Constitutional Court',
  ])
  const when = rng.pick(['on Wednesday', 'on Thursday', 'last week', 'in March'])
  b.add(
    `The ${court} ruled ${when} that the ${rng.pick(['flood barrier', 'landfill permit', 'library closure'])} was `,
  )
  b.quote(rng.pick(['badly flawed.', 'unlawful from the start.', 'a cynical stunt.']), {
    name: court,
  })
})

/**
 * Campaigns that open a sentence: a campaign's name read whole from its plural for people
 * (`Doctors for the Valley said`, `Parents for a Safe Aldwin Valley fired back`, `Friends of a
 * Clean Aldwin Valley said`), where the sentence's first word alone was read as a group.
 */
const campaignsOpeningSentences = castFamily(
  'campaigns-opening-sentences',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    const group = rng.pick([
      'Doctors for the Valley',
      'Parents for a Safe Aldwin Valley',
      'Friends of a Clean Aldwin Valley',
      'Nurses for Safe Staffing',
      'Farmers for a Fair Harvest',
    ])
    b.add(
      `The plant will stay open for another twenty years, ${person.full} said on ${rng.pick(['Monday', 'Friday'])}. `,
    )
    b.quote('We need the power, and we need the jobs.', speaker).add('\n\n')
    b.add(
      `${group} ${rng.pick(['said in a statement', 'fired back in a statement', 'responded'])}: `,
    )
    b.quote('A fifty-year-old reactor is not a climate solution.', { name: group })
  },
)

/**
 * People set beside bodies: a name whose given name no list knows is still a person's once a
 * role or an age is set beside it (`Tavrin Oskeli, 54, who went underground at 16,`, `Marwenna
 * Quist, a senior inspector with …,`), so a later `the company` goes past it to the company
 * named before, where it took the person for the body.
 */
const peopleBesideBodies = castFamily('people-beside-bodies', 3, ({ b }, shape, rng) => {
  const person = `${rng.pick(['Tavrin', 'Marwenna', 'Ardeth', 'Kessaly', 'Yorven', 'Tamsel'])} ${rng.pick(['Oskeli', 'Quist', 'Dravane', 'Mirelko', 'Sandovar'])}`
  const firm = `${rng.pick(['Ironbark', 'Soudan Ridge', 'Greyholt', 'Tellan'])} ${rng.pick(['Minerals', 'Mining', 'Metals', 'Resources'])}`
  const statement = rng.pick(['said in a statement', 'said', 'added in a statement'])
  if (shape === 0) {
    b.add(
      `After ${rng.pick(['82', '64', '91'])} years, the last shift came up from the colliery on ${rng.pick(['Monday', 'Friday'])}. ${firm} said the seam was no longer economic.\n\n`,
    )
    b.quote('Nobody goes underground for the view. We go for the wages,', { name: person })
    b.add(` ${person}, ${rng.pick(['54', '61', '47'])}, who went underground at 16, said.\n\n`)
  } else if (shape === 1) {
    const role = rng.pick(['inspector', 'auditor', 'engineer'])
    b.add(
      `${person}, a senior ${role} with the ${rng.pick(['Mines Inspectorate', 'Safety Authority'])}, told an inquiry on Tuesday that ${firm} had been warned about gas levels at least four times.\n\n`,
    )
    b.quote('The warnings were clear and they were ignored,', { name: person })
    b.add(` said the ${role}.\n\n`)
  } else {
    b.add(
      `${firm} will close its ${rng.pick(['smelter', 'mill', 'pit'])} at the end of the year.\n\n`,
    )
    b.add(
      `${person}, a ${rng.pick(['welder', 'shift supervisor', 'crane operator'])} who has worked there for thirty years, said: `,
    )
    b.quote('There is nothing else for us in this town.', { name: person }).add('\n\n')
  }
  b.quote('We thank every worker who kept the site safe,', { name: firm })
  b.add(` the company ${statement}.`)
})

/**
 * Bodies named far back: a definite noun for no one is the one body the text named with it as
 * its last word, however far back (`visited the Northgate Furniture Fair … (two paragraphs of
 * someone else) … the fair said`, `the biennale`, `the regatta`); and `the house` is a body
 * (`Studio Kelverne said … The house said in a statement:`).
 */
const bodiesNamedFarBack = castFamily(
  'bodies-named-far-back',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      const noun = rng.pick(['Fair', 'Biennale', 'Regatta', 'Expo', 'Show'])
      const body = `${rng.pick(['Northgate', 'Ossery', 'Kelmarsh'])} ${rng.pick(['Furniture', 'Design', 'Garden', 'Boat'])} ${noun}`
      b.add(
        `More than ${rng.pick(['36,000', '12,000', '80,000'])} people visited the ${body} in ${rng.pick(['Kirkbride Vale', 'Abbotsmere'])} over the weekend.\n\n`,
      )
      b.quote('We steamed the oak for three days before it would bend,', speaker)
      b.add(
        ` ${person.full}, a ${rng.pick(['furniture maker', 'boat builder', 'gardener'])}, said.\n\n`,
      )
      b.add(`${person.surname} said: `)
      b.quote('Good design should be boring to maintain.', speaker).add('\n\n')
      b.quote('Everything here is beautiful and nothing here is cheap,', {
        mention: 'one visitor',
        head: 'visitor',
      })
      b.add(' said one visitor.\n\n')
      b.add(`The ${noun.toLowerCase()} said in a news release: `)
      b.quote('Next year we will move to a larger hall.', { name: body })
      return
    }
    const house = `${rng.pick(['Studio', 'Atelier', 'Maison'])} ${rng.pick(['Kelverne', 'Brunswick', 'Ettrelle', 'Verlaque'])}`
    b.add(
      `${house} said on ${rng.pick(['Monday', 'Saturday'])} that ${person.full} would leave as creative director after the autumn show. The house said in a statement: `,
    )
    b.quote(
      rng.pick([
        'A successor will be named in due course.',
        'We thank our creative director for eleven remarkable years.',
      ]),
      { name: house },
    )
  },
)

/**
 * Roles set before names inside a sentence: a definite phrase for someone right before a name
 * set off by commas, after a fronted phrase's comma or a preposition (`At the end of the
 * inquest, the senior coroner, Azadeh Kazemi, said`, `Asked by the coroner, Roya Mohammadi,`,
 * `questioned by the adjudicator, …,`), is that name's role, so a later `the coroner` is that
 * person and not whoever spoke last.
 */
const rolesBeforeNamesInside = castFamily(
  'roles-before-names-inside',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const noun = rng.pick(['coroner', 'adjudicator', 'examiner', 'assessor', 'arbitrator'])
    const witness = `${rng.pick(['Kojo', 'Fionn', 'Ama', 'Teodor'])} ${rng.pick(['Owusu', 'Moriarty', 'Lindahl', 'Ruzicka'])}`
    const witnessSurname = witness.split(' ')[1] as string
    if (shape === 0) {
      b.add(
        `At the end of a ${rng.pick(['five', 'three'])}-day hearing on ${rng.pick(['Thursday', 'Monday'])}, the ${rng.pick(['senior ', 'area ', ''])}${noun}, ${person.full}, said the lighting had failed weeks earlier. `,
      )
      b.add(`${witness}, a ${rng.pick(['paramedic', 'caretaker'])}, said: `)
      b.quote('Nobody told us the lights were out.', { name: witness }).add('\n\n')
    } else if (shape === 1) {
      b.add(
        `Asked by the ${noun}, ${person.full}, whether the call had been graded correctly, ${witness} said: `,
      )
      b.quote('The call came in as a fall, and we were told it was not urgent.', { name: witness })
      b.add('\n\n')
    } else {
      b.add(`${witness} was questioned by the ${noun}, ${person.full}, about the delay. `)
      b.quote('We waited forty minutes,', { name: witness })
      b.add(` ${witnessSurname} said.\n\n`)
    }
    b.quote('I will need to hear from the control room before I reach any view,', speaker)
    b.add(` the ${noun} said.`)
  },
)

/**
 * Roles after fronted places: a phrase for someone set off after a name a preposition governs
 * (`Outside a school in Drayling, one voter, a pharmacist, said:`, `In Kinsale Cross, a
 * commuter, a night nurse, said:`) opens the clause and speaks; the place does not.
 */
const rolesAfterFrontedPlaces = castFamily(
  'roles-after-fronted-places',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const town = rng.pick([
      'Drayling',
      'Kinsale Cross',
      'Quantock Mill',
      'Fennimore Cross',
      'Glaswick',
    ])
    const noun = rng.pick(['voter', 'customer', 'commuter', 'resident', 'shopper'])
    const role = rng.pick([
      'a pharmacist',
      'a student',
      'a night nurse',
      'a bus driver',
      'a retired teacher',
    ])
    b.add(
      `Turnout was the highest in a decade, ${person.full} said on ${rng.pick(['Sunday', 'Monday'])}. `,
    )
    b.quote('Late deciders broke heavily for the opposition.', speaker).add('\n\n')
    b.add(
      shape === 0
        ? `Outside a ${rng.pick(['school', 'supermarket', 'library'])} in ${town}, ${rng.pick(['one', 'a', 'another'])} ${noun}, ${role}, ${rng.pick(['said', 'told reporters', 'said quietly'])}: `
        : `In ${town}, ${rng.pick(['one', 'a'])} ${noun}, ${role}, ${rng.pick(['said', 'added'])}: `,
    )
    b.quote(
      rng.pick([
        'Prices have doubled and nobody seems to notice.',
        'I voted the way my father did.',
      ]),
      {
        mention: noun,
        head: noun,
      },
    )
  },
)

/**
 * Objects a verb left out: in `described the count as “…” and the campaign as “…”`, the phrase
 * right before the second `as` has no verb of its own; it is an object, and the second quote is
 * the first one's speaker's, not the phrase's.
 */
const gappedAsObjects = castFamily(
  'gapped-as-objects',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const verb = rng.pick(['described', 'characterized', 'dismissed', 'praised'])
    const [first, second] = rng.pick([
      ['the count', 'the campaign'],
      ['the budget', 'the tax plan'],
      ['the stadium', 'the parking'],
    ]) as [string, string]
    const words = rng.pick([
      ['methodical', 'marred by intimidation.'],
      ['overdue', 'a mess.'],
      ['a triumph', 'an afterthought.'],
    ]) as [string, string]
    if (shape === 0) {
      b.add(`${person.full} ${verb} ${first} as `)
      b.quote(words[0], speaker).add(` and ${second} as `)
      b.quote(words[1], speaker)
      return
    }
    b.add(`${person.full} ${rng.pick(['said in a statement', 'told reporters'])}: `)
    b.quote('The process was open to everyone.', speaker).add('\n\n')
    b.add(`${pronoun === 'she' ? 'She' : 'He'} ${verb} ${first} as `)
    b.quote(words[0], speaker).add(` and ${second} as `)
    b.quote(words[1], speaker)
  },
)

/**
 * Objects renamed before `and said`: a role set off after a verb's object, whose phrase runs on
 * past a noun that is also a cue's base form (`She pointed to Wairimu Njoroge, the bank’s head
 * of customer support, and said:`), renames the object; the verb's subject speaks.
 */
const objectsRenamedBeforeAndSaid = castFamily(
  'objects-renamed-before-and-said',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = `${rng.pick(['Wairimu', 'Selamawit', 'Marcelino', 'Harriet'])} ${rng.pick(['Njoroge', 'Mengistu', 'del Olmo', 'Underhill'])}`
    const role = rng.pick([
      'the bank’s head of customer support',
      'the head of member support',
      'its director of technical support',
      'the company’s head of support',
    ])
    const verb = rng.pick(['pointed to', 'turned to', 'thanked', 'introduced'])
    if (shape === 0) {
      b.add(`${person.full}, the chief executive, ${rng.pick(['apologised', 'spoke first'])}. `)
      b.quote('We let people down.', speaker).add('\n\n')
      b.add(`${pronoun === 'she' ? 'She' : 'He'} ${verb} ${other}, ${role}, and said: `)
    } else {
      b.add(
        `${person.full} ${verb} ${other}, ${role}, and ${rng.pick(['said', 'told reporters'])}: `,
      )
    }
    b.quote('Every customer who missed a payment has been called.', speaker)
  },
)

/**
 * Short family names opening sentences: a family name of four letters written first that ends
 * as a noun for someone does (`Qian Deming refused …`, `Tian Mei said`) is a name, where the
 * reader took it for a role before a given name (`Librarian Jo Roe`) and kept only the given
 * name, so `Qian` alone later was someone new.
 */
const shortFamilyNamesFirst = castFamily('short-family-names-first', 2, ({ b }, shape, rng) => {
  const family = rng.pick(['Qian', 'Tian', 'Bian', 'Lian'])
  const given = rng.pick(['Deming', 'Mei'])
  const full = `${family} ${given}`
  const pronoun = given === 'Mei' ? 'she' : 'he'
  b.add(
    `${full}${shape === 0 ? ', who led the party to its worst result in decades,' : ''} refused on ${rng.pick(['Sunday', 'Monday'])} to step down.\n\n`,
  )
  b.add(`${family} ${rng.pick(['told reporters', 'said'])}: `)
  b.quote('I called to congratulate my opponent.', { name: full }).add('\n\n')
  b.quote('We will be back,', { name: full })
  b.add(` ${pronoun} added.`)
})

/**
 * Bulleted quotes after a cue: a paragraph that ends `… said:` introduces a list, and each item
 * that is a quote after a list's marker (`• “…”`, `- “…”`, `– “…”`) is that speaker's, as a bare
 * quote paragraph is; a label with no cue before a list of titles (`SHORT READS:`) gives none.
 */
const bulletedQuotesAfterACue = castFamily(
  'bulleted-quotes-after-a-cue',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const marker = rng.pick(['•', '-', '–'])
    const pool = [
      'The only complaint so far is that people do not want to go home.',
      'There are separate areas for small dogs and big dogs.',
      'We used to get fined for letting dogs off the leash.',
      'It saves the town about four hundred thousand dollars a year.',
    ]
    const start = rng.int(pool.length)
    const items = [0, 1, 2]
      .slice(0, rng.pick([2, 3]))
      .map((k) => pool[(start + k) % pool.length] as string)
    if (shape === 0) {
      b.add(
        `${rng.pick(['In a speech on Sunday', 'At the end of the meeting', 'Speaking to the council on Tuesday'])}, ${person.full}, ${rng.pick(['a kindergarten teacher', 'the parks director', 'a dog walker who campaigned for the park'])}, ${rng.pick(['said', 'told reporters', 'told the audience'])}:`,
      )
      for (const item of items) {
        b.add(`\n\n${marker} `)
        b.quote(item, speaker)
      }
      return
    }
    b.add(`${rng.pick(['SHORT READS', 'ALSO TODAY', 'ELSEWHERE'])}:`)
    for (const item of items) {
      b.add(`\n\n${marker} `)
      b.quote(item, null)
    }
  },
)

/**
 * Role headlines in title case: a noun for someone and the words before it, written as a name
 * (`Bin Collector Says ‘…’`, `Park Ranger Says ‘…’`), are the person the story gives that noun
 * to (`Adelheid von Bredow, a refuse collector`), however the words before it differ; the
 * role's opening word is no body's name (`Jervis Green Country Park`).
 */
const roleHeadlinesInTitleCase = castFamily(
  'role-headlines-in-title-case',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const [headRole, bodyRole] = rng.pick([
      ['Bin Collector', 'a refuse collector on the east side'],
      ['Park Ranger', 'a ranger at Jervis Green Country Park'],
      ['Emergency Doctor', 'a doctor at the county hospital'],
      ['Night Nurse', 'a nurse on the children’s ward'],
      ['Dairy Farmer', 'a farmer from the valley'],
    ]) as [string, string]
    b.add(`${headRole} Says `)
    b.quote(
      rng.pick([
        'A Green Bin for Every Kitchen',
        'Back on Stage at Last',
        'We Are Running on Empty',
      ]),
      speaker,
      true,
    )
    b.add('\n\n')
    if (shape === 0) {
      b.add(`${person.full}, ${bodyRole}, said the plan had taken years.\n\n`)
      b.quote('It saves the town a fortune,', speaker)
      b.add(` ${person.surname} said.`)
    } else {
      b.add(`The town will change its rules from May. `)
      b.quote('It saves the town a fortune,', speaker)
      b.add(` said ${person.full}, ${bodyRole}.`)
    }
  },
)

/**
 * Given names before initials: a word no list knows, opening a name, that ends as a noun for
 * someone does (`Fraser`, `Mortimer`, `Homer`, `Lester`), is a given name when a middle
 * initial follows it (`Fraser C. Mackintosh`), not a role before `C. Mackintosh`.
 */
const givenNamesBeforeInitials = castFamily(
  'given-names-before-initials',
  3,
  ({ b }, shape, rng) => {
    const full = `${rng.pick(['Fraser', 'Mortimer', 'Homer', 'Lester', 'Baxter', 'Foster'])} ${rng.pick(['C.', 'L.', 'J.', 'T.'])} ${rng.pick(['Mackintosh', 'Blenkinsop', 'Gathercole', 'Tredinnick'])}`
    const speaker = { name: full }
    b.add(
      `The county fair opened on ${rng.pick(['Thursday', 'Friday'])} with a record number of entries.\n\n`,
    )
    if (shape === 0) {
      b.quote('We had to turn away entries for the first time,', speaker)
      b.add(` said ${full}, ${rng.pick(['a dairy farmer', 'the show secretary'])}.`)
    } else if (shape === 1) {
      b.add(`${full} ${rng.pick(['said', 'told reporters'])}: `)
      b.quote('We had to turn away entries for the first time.', speaker)
    } else {
      b.quote('We had to turn away entries for the first time,', speaker)
      b.add(` ${full} (${rng.pick(['a dairy farmer', 'the show secretary'])}) said.`)
    }
  },
)

/**
 * Long speaker phrases: an article and up to five modifiers before the noun (`a visibly tired
 * part-time taxi dispatcher`, `one visibly moved veteran night-shift nurse`), and phrases after
 * the noun with a bare phrase between two links (`with 30 years on the job`, `with three
 * decades of experience`), before a relative clause or not: the phrase is the speaker.
 */
const longSpeakerPhrases = castFamily('long-speaker-phrases', 2, ({ b }, shape, rng) => {
  const noun = rng.pick(['dispatcher', 'nurse', 'mechanic', 'engineer', 'porter', 'retiree'])
  const opener = rng.pick(['A', 'One', 'The'])
  const modifiers =
    shape === 0
      ? rng.pick([
          'visibly tired part-time taxi',
          'visibly moved veteran night-shift',
          'clearly relieved longtime railway',
          'quietly furious soft-spoken',
        ])
      : rng.pick(['veteran', 'part-time', 'visibly tired'])
  const after =
    shape === 0
      ? rng.pick(['', ' who asked not to be named'])
      : rng.pick([
          ' with 30 years on the job',
          ' with three decades of experience',
          ' with 12 years in the trade',
        ])
  b.add(`The ferry will run twice as often from ${rng.pick(['May', 'June'])}.\n\n`)
  b.add(
    `${opener} ${modifiers} ${noun}${after} ${rng.pick(['said', 'told reporters', 'said quietly'])}, `,
  )
  b.quote(
    rng.pick(['There is room for forty cars now.', 'Winter is coming and we are not ready.']),
    {
      mention: noun,
      head: noun,
    },
  )
})

/**
 * Roles that end on a title: a role set off after a name whose phrase runs on to a work's title
 * in marks, its comma inside them (`Olena Honchar, the author of the novel “Bread and
 * Weather,” told the audience:`), is the name's; the name speaks, the title is no one's.
 */
const rolesEndingOnTitles = castFamily(
  'roles-ending-on-titles',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const [role, title] = rng.pick([
      ['the author of the novel', 'Bread and Weather'],
      ['the singer on the album', 'Come Home Slowly'],
      ['the director of the documentary', 'Northbound Local'],
      ['the author of the memoir', 'Nine Winters'],
    ]) as [string, string]
    b.add(`The library will close for repairs in ${rng.pick(['March', 'April'])}.\n\n`)
    b.add(`${person.full}, ${role} `)
    b.quote(`${title},`, null)
    b.add(` ${rng.pick(['told the audience', 'said', 'told reporters'])}: `)
    b.quote(
      shape === 0
        ? 'Nobody wants this closure, least of all the staff.'
        : 'The crossing takes the same time.',
      speaker,
    )
  },
)

/**
 * Names and laws in marks: after a quote with a speaker, a name in marks after `the name` (`The
 * name “Dorrington Mews” comes from …`) and a law's title in capitals after `the` (`Under the
 * “Village Services Act,” …`) are no one's words, where the speaker of the quote before them
 * carried on to them.
 */
const namesAndLawsInMarks = castFamily(
  'names-and-laws-in-marks',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${person.full}, ${rng.pick(['a local historian', 'a landscape gardener'])}, ${rng.pick(['called the plan', 'described the plan as'])} `,
    )
    b.quote(rng.pick(['a fairy tale.', 'the best news in years.']), speaker).add(' ')
    if (shape === 0) {
      b.add('The name ')
      b.quote(rng.pick(['Dorrington Mews', 'Foxbury Mead', 'Hazelrigg']), null)
      b.add(' comes from an old word for a river crossing.')
    } else {
      b.add('Under the ')
      b.quote(
        `${rng.pick(['Village Services', 'Small Libraries Protection', 'Clean Rivers and Harbors', 'Fair Rents'])} ${rng.pick(['Act', 'Act', 'Law', 'Code'])},`,
        null,
      )
      b.add(' the town must publish its repair backlog every year.')
    }
  },
)

/**
 * One of them: a share of `them` (`One of them said:`, `said one of them`) after a sentence
 * about a group (`Two collectors loaded the trucks`, `A handful of parents waited`) is one of
 * the group, named so (`one of the parents`), as a bare `one` already was.
 */
const oneOfThem = castFamily('one-of-them', 3, ({ b }, shape, rng) => {
  const [group, noun] = rng.pick([
    ['Two collectors loaded the new trucks at the depot.', 'collectors'],
    ['A handful of parents waited at the school gate.', 'parents'],
    ['Dozens of residents filled jugs at a tanker on the corner.', 'residents'],
    ['Several riders waited at the stop on Carver Street.', 'riders'],
    ['Some shopkeepers swept water out of their doorways.', 'shopkeepers'],
  ]) as [string, string]
  const speaker = { mention: noun, head: noun }
  const words = rng.pick([
    'The snow came down faster than we could clear it.',
    'Nobody told us anything.',
  ])
  b.add(`The town was still counting the cost on ${rng.pick(['Monday', 'Friday'])}.\n\n${group} `)
  if (shape === 0) {
    b.add('One of them said: ')
    b.quote(words, speaker)
  } else if (shape === 1) {
    b.quote(`${words.slice(0, -1)},`, speaker).add(' one of them said.')
  } else {
    b.quote(`${words.slice(0, -1)},`, speaker).add(' said one of them.')
  }
})

/**
 * Long roles before a cue: a role set off after a name with a relative clause of its own, past
 * ten words (`Teerapong Kongsuk, a kayaker who has organized the cleanup for ten years, said the
 * shopping carts would be returned.`), is an aside, so its closing comma does not make `said`
 * an inverted cue whose subject is the phrase after it (`the shopping carts`); the quote after
 * the sentence is the name's.
 */
const longRolesBeforeACue = castFamily(
  'long-roles-before-a-cue',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const role = rng.pick([
      'a kayaker who has organized the cleanup for ten years',
      'a volunteer who has run the food bank since it opened in 2009',
      'a bus driver who has worked the night route for two decades',
    ])
    const clause = rng.pick([
      'the shopping carts would be returned to the stores',
      'the old benches would be repaired by the spring',
      'several new routes would open next year',
    ])
    b.add(`${person.full}, ${role}, ${shape === 0 ? 'said' : 'told reporters'} ${clause}. `)
    b.quote(
      rng.pick(['We found a motorbike in the reeds.', 'Nobody expected this many people.']),
      speaker,
    )
  },
)

/**
 * Beats with asides and nouns: a sentence that only sets a quote up, whose subject has a long
 * aside set off by dashes or brackets (`Jurandir Pinheiro — a regular who has bought a loaf
 * there every morning for 40 years — paused.`), or whose words hold a cue's base form after a
 * preposition, a noun there (`sounded a note of caution`, `struck a tone of warning`), gives the
 * quote after it to its subject.
 */
const beatsWithAsidesAndNouns = castFamily(
  'beats-with-asides-and-nouns',
  3,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `The bakery on Market Street turned a hundred on ${rng.pick(['Saturday', 'Sunday'])}.\n\n`,
    )
    if (shape === 0) {
      b.add(
        `${person.full} — ${rng.pick(['a regular who has bought a loaf there every morning for 40 years', 'a retired baker who trained three of the current staff'])} — ${rng.pick(['paused', 'smiled', 'looked around the room'])}. `,
      )
    } else if (shape === 1) {
      b.add(
        `${person.full} (${rng.pick(['the principal of an elementary school on the east side of town', 'a member of the city council who represents the north side'])}) ${rng.pick(['paused', 'did not hesitate'])}. `,
      )
    } else {
      b.add(
        `${person.full} ${rng.pick(['sounded a note of caution', 'struck a tone of warning', 'added a word of caution'])}. `,
      )
    }
    b.quote(
      rng.pick(['The rent went up again in January.', 'I proposed right there by the ovens.']),
      speaker,
    )
  },
)

/**
 * Companies that own things: a company named by its trade only as the owner of something (`a
 * rockfall at Soudan Ridge Mining’s mine`, `Ironbark Minerals’ smelter`), in a sentence that
 * names no one, is the body a later `the company` stands for; it was in no table.
 */
const companiesOwningThings = castFamily(
  'companies-owning-things',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const firm = `${rng.pick(['Soudan Ridge', 'Ironbark', 'Tellan', 'Greyholt'])} ${rng.pick(['Mining', 'Minerals', 'Metals', 'Resources'])}`
    const owner = firm.endsWith('s') ? `${firm}’` : `${firm}’s`
    b.add(
      `${rng.pick(['Ten', 'Eight', 'Twelve'])} miners trapped by a rockfall at ${owner} ${rng.pick(['mine', 'pit', 'smelter'])} near ${rng.pick(['Eskmeals', 'Mirrowby'])} were brought to the surface on ${rng.pick(['Monday', 'Sunday'])}.\n\n`,
    )
    if (shape === 1) {
      b.quote('We could hear them tapping on the pipes,', speaker)
      b.add(` said ${person.full}, a rescue worker.\n\n`)
    }
    b.add('The company said in a statement: ')
    b.quote('The safety of our workforce is our first priority.', { name: firm })
  },
)

/**
 * Parties by their members: `the party` is the one party in sight whose name ends in a union or
 * in a plural for its members (`The Northfield Union said …`, `The Tidewater Democrats said …
 * The party said in a statement:`), as names that end in `Party` or `Alliance` were.
 */
const partiesByTheirMembers = castFamily(
  'parties-by-their-members',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const party = `${rng.pick(['Northfield', 'Tidewater', 'Lowland', 'Coastal'])} ${rng.pick(['Union', 'Democrats', 'Greens', 'Conservatives', 'Socialists'])}`
    b.add(
      `The ${party} said on ${rng.pick(['Friday', 'Monday'])} it would not join the next government. `,
    )
    if (shape === 0) {
      b.add('The party said in a statement: ')
      b.quote('Our negotiators remain ready to resume talks at any hour.', { name: party })
    } else {
      b.quote('The voters were clear,', speaker).add(
        ` ${person.full}, a political scientist, said.\n\n`,
      )
      b.quote('We will not enter a government that raises the retirement age,', { name: party })
      b.add(' the party said.')
    }
  },
)

/**
 * Words told to someone, relayed: in `Oyelaran testified that Ramirez told her “You will regret
 * this.”`, a whole sentence in marks right after an inner cue and its object pronoun gives the
 * named inner speaker's words, as one right after the cue or its comma did; a pronoun for the
 * inner speaker (`that he told her`) leaves them the witness's, as PolNeAR reads them.
 */
const relayedToSomeone = castFamily(
  'relayed-to-someone',
  2,
  ({ b, person, speaker }, shape, rng) => {
    // (Never the witness's own surname: two people of one surname would be one to a reader.)
    const surname = rng.pick(
      ['Ramirez', 'Marchetti', 'Voss', 'Nakamura'].filter((name) => name !== person.surname),
    )
    const defendant = `${rng.pick(['Jamal', 'Victor', 'Helen', 'Carmen'])} ${surname}`
    b.add(
      `The trial of ${defendant} entered its second week on ${rng.pick(['Monday', 'Tuesday'])}.\n\n`,
    )
    const words = rng.pick([
      'You will regret this.',
      'Shred everything before the auditors get here.',
    ])
    if (shape === 0) {
      b.add(
        `${person.full} ${rng.pick(['testified', 'said'])} that ${surname} ${rng.pick(['told', 'warned'])} ${rng.pick(['her', 'him', 'them'])} `,
      )
      b.quote(words, { name: defendant })
    } else {
      b.add(
        `${person.full} ${rng.pick(['testified', 'told the jury'])} that ${surname} had ${rng.pick(['told', 'warned'])} ${rng.pick(['her', 'him'])}, `,
      )
      b.quote(words, { name: defendant })
    }
    b.add('\n\n')
    b.quote('I was scared to say anything at the time,', speaker)
    b.add(` ${person.surname} said.`)
  },
)

/**
 * Words said to be words: after a cue of saying, `the word “…”` or `the term “…”` that opens a
 * clause with a verb of its own in the present or the past (`said the word “reasonable”
 * appears a dozen times`, `the term “affordable” means`) is a word used as a word, no one's;
 * only a form of `be` or an auxiliary opened such a clause.
 */
const wordsSaidAsWords = castFamily(
  'words-said-as-words',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(`The housing bill goes to a vote on ${rng.pick(['Thursday', 'Monday'])}.\n\n`)
    b.quote('It will help renters in every district,', speaker).add(` ${person.full} said.\n\n`)
    b.add(
      `${rng.pick(['Laura Lund', 'Tomasz Castillo', 'Naomi Mensah'])}, who directs a law clinic, said the ${rng.pick(['word', 'term'])} `,
    )
    b.quote(rng.pick(['reasonable', 'affordable', 'authorized']), null)
    b.add(
      shape === 0
        ? ` appears ${rng.pick(['a dozen', 'fourteen'])} times in the bill without a definition.`
        : ` ${rng.pick(['means', 'has'])} nothing to do with the law.`,
    )
  },
)

/**
 * Councils as groups: `the group` may be a council of members named in the sentence before it
 * (`The Technology Manufacturers Council opposed the bill. “…,” the group said.`), past a
 * coalition named before; a council was taken for a public body no `group` fits.
 */
const councilsAsGroups = castFamily('councils-as-groups', 2, ({ b }, shape, rng) => {
  const coalition = `${rng.pick(['Repair', 'Clean Air', 'Open Roads'])} Coalition`
  const council = `${rng.pick(['Technology Manufacturers', 'Retail Trade', 'Freight Operators'])} Council`
  b.quote('It is a win for farmers and small shops,', { name: coalition })
  b.add(` the ${coalition} said in a statement. The ${council} opposed the bill. `)
  if (shape === 0) {
    b.quote('The bill puts safety and security at risk,', { name: council }).add(' the group said.')
  } else {
    b.add('The group said: ')
    b.quote('The bill puts safety and security at risk.', { name: council })
  }
})

/**
 * Bodies that run a cause: a name that ends in `Initiative` or `Project` is a body's, words
 * joined by `and` inside it and all (`The Heat and Health Initiative said:`, `the Clean Water
 * Project`); `Heat and Health Initiative` was read as `Heat` and a person called `Health
 * Initiative`.
 */
const causesAsBodies = castFamily('causes-as-bodies', 2, ({ b }, shape, rng) => {
  const body = `${rng.pick(['Heat and Health', 'Food and Water', 'Clean Air', 'Rivers and Lakes'])} ${rng.pick(['Initiative', 'Project'])}`
  if (shape === 0) {
    b.add(`The ${body} ${rng.pick(['said', 'said in a statement', 'warned'])}: `)
    b.quote('Most coastal cities have no funded plan for rising seas.', { name: body })
    return
  }
  b.quote('Most coastal cities have no funded plan for rising seas,', { name: body })
  b.add(` the ${body} said on ${rng.pick(['Monday', 'Thursday'])}.`)
})

/**
 * Names of schemes and papers: words in capitals in marks between an article and a noun for a
 * scheme or a rule (`voted against the “Quiet Streets” bylaw`, `called the “Fair Pitch” scheme
 * “…”`) name it, and a paper named by a participle (`A council paper called “Fit for the Next
 * Decade”`) is titled; no one says either, where the speaker of the sentence, or the paper,
 * took them.
 */
const namesOfSchemesAndPapers = castFamily(
  'names-of-schemes-and-papers',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const name = rng.pick(['Quiet Streets', 'Fair Pitch', 'Clean Verges', 'Open Doors'])
    const noun = rng.pick(['bylaw', 'scheme', 'programme', 'policy'])
    if (shape === 0) {
      b.quote('Justice has been done for the people of this town,', speaker)
      b.add(` said ${person.full}, a councillor who voted against the `)
      b.quote(name, null).add(` ${noun}.`)
    } else if (shape === 1) {
      b.add(`${person.full}, a councillor, called the `)
      b.quote(name, null).add(` ${noun} `)
      b.quote('a river with a mind of its own.', speaker)
    } else {
      b.quote('The library will stay open,', speaker).add(` ${person.full} said.\n\n`)
      b.add(`A council ${rng.pick(['paper', 'report'])} called `)
      b.quote(rng.pick(['Fit for the Next Decade', 'Counting the Cost of Closure']), null)
      b.add(' sets out three options.')
    }
  },
)

/**
 * Bodies' papers: a paper a body owns (`The club’s statement also said:`, `the school’s notice
 * went on:`, `the council’s letter added:`) speaks for the body the owner's phrase stands for,
 * as the body's own `said` did; the paper was someone new.
 */
const bodiesPapers = castFamily('bodies-papers', 2, ({ b }, shape, rng) => {
  const [body, noun] = rng.pick([
    [`${rng.pick(['Selwick', 'Tanbury', 'Easterhope'])} Harriers`, 'club'],
    [`${rng.pick(['Hensley', 'Larkhall'])} High School`, 'school'],
    [`${rng.pick(['Fernhill', 'Islip'])} Town Council`, 'council'],
  ]) as [string, string]
  const paper = rng.pick(['statement', 'notice', 'letter'])
  b.add(`${body} ${rng.pick(['said in a written response', 'said on its website'])}: `)
  b.quote('We cannot afford another season like this one.', { name: body }).add('\n\n')
  b.add(`The ${noun}’s ${paper} ${shape === 0 ? 'also said' : rng.pick(['went on', 'added'])}: `)
  b.quote('Volunteers will be needed on Saturday mornings.', { name: body })
})

/**
 * Works appeared in, and `-ing` words after an article: a title after `appeared in`, `starred
 * in` or `featured in` names a work (`a florist who appeared in “We Never Left”`), and an
 * `-ing` word after an article modifies a noun (`The reading group spent the winter on “…”`),
 * no cue of inscriptions; both gave the title a speaker.
 */
const worksAppearedIn = castFamily('works-appeared-in', 2, ({ b, person, speaker }, shape, rng) => {
  if (shape === 0) {
    b.quote('We opened a second branch in the autumn,', speaker)
    b.add(
      ` said ${person.full}, a florist who ${rng.pick(['appeared', 'starred', 'featured'])} in `,
    )
    b.quote(rng.pick(['We Never Left', 'Weekend on the Green', 'Nobody Told Us']), null).add('.')
    return
  }
  b.quote('Our waiting list has doubled,', speaker).add(` ${person.full} said.\n\n`)
  b.add(`The ${rng.pick(['reading', 'walking', 'sewing'])} group spent the winter on `)
  b.quote(
    rng.pick(['A Field Guide to Small Rivers', 'The Borrowed Orchard', 'Lamps Along the Quay']),
    null,
  )
  b.add('.')
})

/**
 * Role labels in headlines: a noun for someone alone before a headline's colon (`Surgeon: ‘…’`,
 * `Librarian: ‘…’`), which no scan read as a mention, labels the headline as a name does, and
 * is the one person the story gives the noun.
 */
const roleLabelsInHeadlines = castFamily(
  'role-labels-in-headlines',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const role = rng.pick(['surgeon', 'librarian', 'headteacher', 'harbourmaster', 'groundskeeper'])
    b.add(`${role.charAt(0).toUpperCase()}${role.slice(1)}: `)
    b.quote(
      rng.pick(['The unit stays open', 'Books for every child', 'Give us a proper timetable']),
      speaker,
      true,
    )
    b.add('\n\n')
    if (shape === 0) {
      b.add(
        `The ${role} at ${rng.pick(['Dunmerrow', 'Arnsdale'])} ${rng.pick(['General Hospital', 'Library', 'Academy'])}, ${person.full}, said more help was needed.`,
      )
    } else {
      b.quote('The story hour has never been busier,', speaker)
      b.add(
        ` said ${person.full}, the ${role} at the ${rng.pick(['library', 'school', 'harbour'])}.`,
      )
    }
  },
)

/**
 * Shops by their trade: a definite noun that is the last word of a name of two words in sight,
 * when no given name makes the name a person's (`Garvock Bakery said … “…,” the bakery said`,
 * `the brewery`, `the dairy`), is that name's, as one of three words was.
 */
const shopsByTheirTrade = castFamily('shops-by-their-trade', 2, ({ b }, shape, rng) => {
  const trade = rng.pick(['Bakery', 'Brewery', 'Dairy', 'Creamery', 'Pottery'])
  const shop = `${rng.pick(['Garvock', 'Islip', 'Carrowmore', 'Langwathby'])} ${trade}`
  b.add(`${shop} said on ${rng.pick(['Sunday', 'Monday'])} it would review its plans. `)
  if (shape === 1) b.add('\n\n')
  b.quote('Online orders kept us going through the winter,', { name: shop })
  b.add(` the ${trade.toLowerCase()} said in a statement.`)
})

/**
 * Speech nouns owned and verbs' objects: a cue's plural or noun form after a possessive
 * determiner is the verb's object (`defended his comments as being “…”`, `dismissed her remarks
 * as “…”`), not a cue that ends the verb's clause; `as being` characterizes as `as` does; and
 * `made it clear` is a cue phrase as `made clear` is. Guard: a speech noun whose own `that`
 * runs to the quote (`over his comments that he would be “…”`) keeps it for its owner.
 */
const ownedSpeechNouns = castFamily(
  'owned-speech-nouns',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const own = pronoun === 'she' ? 'her' : 'his'
    if (shape === 0) {
      const verb = rng.pick(['defended', 'described', 'dismissed', 'characterized', 'saw'])
      const noun = rng.pick(['comments', 'remarks', 'tweets', 'posts', 'statements', 'notes'])
      const whose = rng.pick([own, 'their', 'its'])
      b.add(`${person.full} ${rng.pick(['', 'later ', 'on Tuesday ', 'again '])}${verb} `)
      b.add(`${whose} ${noun} as ${rng.pick(['', 'being '])}`)
      b.quote(rng.pick(['sarcastic.', 'a joke.', 'plainly misleading.', 'out of date.']), speaker)
    } else if (shape === 1) {
      b.add(`${person.full} ${rng.pick(['made it clear', 'made clear', 'has made it clear'])} `)
      b.add(`${rng.pick(['that ', ''])}${pronoun} had `)
      b.quote(
        rng.pick(['serious concerns', 'real doubts', 'no intention of backing down']),
        speaker,
      )
      b.add(` about the ${rng.pick(['deal', 'bill', 'merger'])}.`)
    } else {
      // (Courtesy titles show both genders, whatever the library knows of the given names.)
      const other = rng.pick(genderShown.filter((one) => one.gender !== person.gender))
      const [title, otherTitle] = pronoun === 'she' ? ['Ms.', 'Mr.'] : ['Mr.', 'Ms.']
      const verb = rng.pick(['challenged', 'pressed', 'confronted'])
      b.add(`${otherTitle} ${other.full} ${verb} ${title} ${person.full} `)
      b.add(`over ${own} ${rng.pick(['comments', 'remarks', 'claims'])} that ${pronoun} would be `)
      b.quote(rng.pick(['neutral', 'an honest broker', 'fair to both sides']), speaker)
      b.add(' in the talks.')
    }
  },
)

/**
 * Roles with `of` before names, modified: a modifier before a lower-case role and its
 * complement (`said former secretary of state Raj Roe`, `acting chief of staff`), or a role at
 * another time (`then-secretary of state`, `ex-director of communications`), belongs to the
 * name's phrase; a cue's base form in the complement (`state`) is a noun there. The role
 * alone was someone new, or no one.
 */
const modifiedRolesOf = castFamily('modified-roles-of', 3, ({ b, person, speaker }, shape, rng) => {
  const role = rng.pick([
    'secretary of state',
    'chief of staff',
    'director of communications',
    'minister of state',
    'head of research',
    'secretary of commerce',
  ])
  const modifier = rng.pick(['former ', 'acting ', 'interim ', 'outgoing ', 'then-', 'ex-'])
  const phrase = `${modifier}${role} ${person.full}`
  const body = rng.pick([
    'The talks will resume in the spring',
    'Nobody expected the vote to be this close',
    'We have asked for the figures twice',
  ])
  if (shape === 0) b.quote(`${body},`, speaker).add(` said ${phrase}.`)
  else if (shape === 1)
    b.quote(`${body},`, speaker).add(` ${phrase} ${rng.pick(['said', 'told reporters'])}.`)
  else {
    b.add(`${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} ${rng.pick(['said', 'wrote'])}: `)
    b.quote(`${body}.`, speaker)
  }
})

/**
 * Names seen alone first: a headline that names someone by the word the story goes on to call
 * them by (`‘…,’ says Sigrún`, `Morales: ‘…’`), then the full name in the body, given name
 * first (`Sigrún Hallsdóttir`) or a given name and two surnames (`Inés Morales Quintero`): the
 * full name is the lone word's person, and the word alone later is that person; it was a
 * second entity under the lone word, which the full name never reached.
 */
const namesSeenAloneFirst = castFamily('names-seen-alone-first', 2, ({ b }, shape, rng) => {
  const [full, alone] = rng.pick([
    ['Sigrún Hallsdóttir', 'Sigrún'],
    ['Einar Ólafsson', 'Einar'],
    ['Meenakshi Sundaram', 'Meenakshi'],
    ['Karthik Rajan', 'Karthik'],
    ['Aishah binti Kassim', 'Aishah'],
    ['Tigist Bekele', 'Tigist'],
    ['Dawit Haile', 'Dawit'],
    ['Inés Morales Quintero', 'Morales'],
    ['Rodrigo Peña Salcedo', 'Peña'],
    ['Solveig Arnardóttir', 'Solveig'],
  ]) as [string, string]
  const speaker = { name: full }
  // (The story's quote repeats the headline's words, as a story does.)
  const said = rng.pick(['We will not accept this offer', 'The clinic must stay open'])
  if (shape === 0) b.quote(`${said},`, speaker, true).add(` says ${alone}`)
  else b.add(`${alone}: `).quote(said, speaker, true)
  b.add('\n\n')
  const role = rng.pick(['Union President', 'Mayor', 'Health Minister', 'Council leader'])
  b.add(`${role} ${full} ${rng.pick(['told reporters', 'said'])}: `)
  b.quote(`${said}.`, speaker).add('\n\n')
  b.quote(rng.pick(['Nobody asked us first,', 'The numbers do not add up,']), speaker)
  b.add(` ${rng.pick([`${alone} added`, `added ${alone}`, `${alone} said`])}.`)
})

/**
 * Papers by more nouns: a body's guidance, order, opinion, platform or manifesto is a paper
 * like its statement (`“…,” the commission’s order said`, `The guidance, issued by the Health
 * Ministry on Friday, stated: “…”`), and speaks for the body that put it out; it was someone
 * new, the paper's own phrase.
 */
const morePaperNouns = castFamily('more-paper-nouns', 2, ({ b }, shape, rng) => {
  const [body, noun] = rng.pick([
    [`${rng.pick(['Halwell', 'Orrin Vale'])} Public Utilities Commission`, 'commission'],
    [`${rng.pick(['Valanian', 'Ostrevan'])} Health Ministry`, 'ministry'],
    [`${rng.pick(['Tamovian', 'Kelsian'])} Supreme Court`, 'court'],
    [`${rng.pick(['Carovian', 'Dunmerian'])} Social Democratic Party`, 'party'],
  ]) as [string, string]
  const paper = rng.pick(['guidance', 'order', 'opinion', 'platform', 'manifesto'])
  const said = rng.pick([
    'We expect full compliance within sixty days.',
    'The rules apply to everyone.',
  ])
  const speaker = { name: body }
  const day = rng.pick(['Friday', 'Sunday'])
  if (shape === 0) {
    b.add(
      `The ${body} ${rng.pick(['issued', 'published', 'released'])} ${article(paper)} ${paper} on ${day}. `,
    )
    b.quote(said.replace(/\.$/u, ','), speaker)
    b.add(` the ${noun}’s ${paper} ${rng.pick(['said', 'stated', 'read'])}.`)
  } else {
    b.add(
      `The ${paper}, ${rng.pick(['issued', 'released', 'circulated'])} by the ${body} on ${day}, `,
    )
    b.add(`${rng.pick(['said', 'stated', 'read'])}: `).quote(said, speaker)
  }
})

/**
 * Voices inside quotes: a quote inside a quote with an attribution of its own there (`“Years
 * ago my first coach, Rosalvo Bezerra, warned me, ‘Enjoy it,’” Doe recalled`, `“‘Sign it,’
 * Tom Roe told me. So I did,” Doe said`) is the named speaker's, read from the outer quote's
 * words as a paragraph of their own; it was the outer speaker's. Guard: one the outer speaker
 * voices (`I told them, ‘…’`) or that no one inside names stays the outer speaker's.
 */
const voicesInsideQuotes = castFamily(
  'voices-inside-quotes',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    const voice = { name: other.full }
    const [open, close] = b.style === 'straight' ? ["'", "'"] : ['‘', '’']
    const inner = rng.pick([
      'Enjoy it, because it goes quickly.',
      'Sign it before Monday.',
      'Never apologise to an audience.',
    ])
    const phrase = rng.pick([
      other.full,
      `my first coach, ${other.full},`,
      `the old chairman, ${other.full},`,
    ])
    const cue = rng.pick([
      'told me',
      'warned me',
      'rang me the night before and said',
      'said to me',
    ])
    if (shape === 0) {
      b.add(`${person.full} recalled: `)
      b.quote(
        `${rng.pick(['Years ago ', 'When I started, ', ''])}${phrase} ${cue}, ${open}${inner}${close} So I listened.`,
        speaker,
      )
      b.expected.push({ quote: inner, speaker: voice })
    } else if (shape === 1) {
      b.quote(`${cap(phrase)} ${cue}, ${open}${inner}${close} So I listened,`, speaker)
      b.expected.push({ quote: inner, speaker: voice })
      b.add(` ${person.full} said.`)
    } else if (shape === 2) {
      const told = rng.pick(['told me', 'warned me', 'said'])
      b.quote(
        `${open}${inner.replace(/\.$/u, ',')}${close} ${other.full} ${told}. So I listened,`,
        speaker,
      )
      b.expected.push({ quote: inner.replace(/\.$/u, ','), speaker: voice })
      b.add(` ${person.full} said.`)
    } else {
      b.quote(`I told them, ${open}${inner}${close} Nobody listened,`, speaker)
      b.expected.push({ quote: inner, speaker })
      b.add(` ${person.full} said.`)
    }
  },
)

/**
 * Names set off after the phrase a pointing sentence names (`That was the verdict of Mosscott
 * Rovers’ winger, Ebele Chukwuma.`, `So says the trust’s general manager, Meenal Dwivedi.`,
 * `Those were the words of the firm’s chief executive, Vesna Babić.`): the name holds the role
 * and is the speaker, as after a cue; the role was someone new.
 */
const namesAfterPointing = castFamily(
  'names-after-pointing',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const owner = rng.pick([
      'Mosscott Rovers’',
      'the Lindcleugh Heritage Trust’s',
      'Marbridge Data’s',
    ])
    const role = rng.pick(['winger', 'general manager', 'chief executive', 'head of product'])
    b.quote(rng.pick(['Nobody asked for a smarter kettle.', 'We have ten games left.']), speaker)
    b.add('\n\n')
    const opener = ['That was the verdict of', 'So says', 'Those were the words of'][
      shape
    ] as string
    b.add(`${opener} ${owner} ${role}, ${person.full}${rng.pick(['', ', on Monday'])}. `)
    b.quote(rng.pick(['The pitch was heavy,', 'The outage lasted four hours,']), speaker)
    b.add(` ${person.surname} added.`)
  },
)

/**
 * Names given to things, and words carried: a name a participle gives a thing (`the probe
 * nicknamed “Godwit”`, `the training ground, nicknamed the “Bowl”,`, `a mission code-named
 * “Pipit”`), a name a group gives itself past an article (`The gang called itself the “Long
 * Mile”`), and words on what a crowd holds up (`cards`, `flags`, `scarves` reading “…”) are
 * nobody's words; they went to the sentence's subject. A real quote beside them keeps its
 * speaker.
 */
const namesGivenToThings = castFamily(
  'names-given-to-things',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const name = rng.pick(['Godwit', 'Pipit', 'Curlew', 'Long Mile', 'Bowl'])
    if (shape === 0) {
      b.add(`${person.full} described the ${rng.pick(['probe', 'mission', 'prototype'])} `)
      b.add(`${rng.pick(['nicknamed', 'code-named', 'called'])} `).quote(name, null)
      b.add(' as ').quote(rng.pick(['years ahead of its time.', 'a real gamble.']), speaker)
    } else if (shape === 1) {
      b.add(`The club’s training ground, ${rng.pick(['nicknamed', 'called'])} the `).quote(
        name,
        null,
      )
      b.add(', sits behind the old gasworks. ')
      b.quote('We train there every morning,', speaker).add(` ${person.full} said.`)
    } else if (shape === 2) {
      b.add(`The ${rng.pick(['gang', 'group', 'crew'])} called itself the `).quote(name, null)
      b.add('. ').quote('They thought nobody was watching,', speaker).add(` said ${person.full}.`)
    } else {
      b.add(`Fans held up ${rng.pick(['cards', 'flags', 'scarves'])} reading `)
      b.quote(rng.pick(['Hands off our club', 'Every seat a story']), null)
      b.add(' before kick-off. ')
      b.quote('We sang for ninety minutes,', speaker).add(` said ${person.full}.`)
    }
  },
)

/**
 * Roles a body's noun owns: `the institute’s director`, `the club’s head coach`, `the
 * company’s founder`, after the one person the story gave that role (`Ettore Folliero, the
 * director of the Polton Institute,`, `Mosscott Rovers’ head coach, Jane Doe,`), is that
 * person, as `the director` is; it was someone new. Guard: a role no one was given stays
 * someone new.
 */
const rolesBodiesOwn = castFamily('roles-bodies-own', 3, ({ b, person, speaker }, shape, rng) => {
  const [body, noun, role] = rng.pick([
    ['the Polton Institute', 'institute', 'director'],
    ['Mosscott Rovers', 'club', 'head coach'],
    ['Blyfield Devices', 'company', 'founder'],
    ['the Orrwold Folk Festival', 'festival', 'artistic director'],
  ]) as [string, string, string]
  if (shape === 0) {
    b.quote('The response has been more than we hoped for,', speaker)
    b.add(` said ${person.full}, the ${role} of ${body}.\n\n`)
  } else {
    const owner = body.startsWith('the ')
      ? `${body.charAt(0).toUpperCase()}${body.slice(1)}’s`
      : `${body}’${body.endsWith('s') ? '' : 's'}`
    b.add(
      `${owner} ${role}, ${person.full}, ${rng.pick(['spoke after the meeting', 'was blunt'])}. `,
    )
    b.quote('We knew it would be tough,', speaker).add(` ${person.surname} said.\n\n`)
  }
  if (shape === 2) {
    b.quote('Nobody told us the road would close,', { mention: 'volunteer', head: 'volunteer' })
    b.add(` said the ${noun}’s ${rng.pick(['longest-serving volunteer', 'oldest volunteer'])}.`)
    return
  }
  b.quote(
    rng.pick(['We were surprised by how large the effect was,', 'We have ten games left,']),
    speaker,
  )
  b.add(rng.pick([` said the ${noun}’s ${role}.`, ` the ${noun}’s ${role} said.`]))
})

/**
 * Labelled items of a list after a cue: `Speaking at the briefing, X said:` and then `• On the
 * data: “…”`, `– On the cost: “…”`, each item a list marker, a label of a few words in lower
 * case and a colon, then the quote: each is the introduced speaker's, as an item with the marker
 * alone was; they were no one's. Guard: a label that is a name (`• Tom Roe: “…”`) labels the
 * quote with that name.
 */
const labelledListItems = castFamily(
  'labelled-list-items',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${rng.pick(['Speaking at a briefing', 'Speaking outside court', 'Speaking at the launch'])}, `,
    )
    b.add(`${person.full} ${rng.pick(['said', 'told reporters'])}:\n\n`)
    const marker = rng.pick(['•', '–', '-', '*'])
    b.add(`${marker} On ${rng.pick(['the data', 'the cost', 'the victims', 'competitors'])}: `)
    b.quote(
      rng.pick(['None of the volunteers reported side effects.', 'This was a planned attack.']),
      speaker,
    )
    b.add('\n\n')
    if (shape === 0) {
      b.add(`${marker} On ${rng.pick(['what comes next', 'the sentence', 'the outage'])}: `)
      b.quote(
        rng.pick(['The next step is a larger trial.', 'The team has worked every weekend.']),
        speaker,
      )
    } else {
      const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
      b.add(`${marker} ${other.full}: `)
      b.quote(rng.pick(['We were never told.', 'It took a year.']), { name: other.full })
    }
  },
)

/**
 * Bodies by their sort: `the force` for a name that ends in `Police` or `Constabulary`, `the
 * theatre` for a `Playhouse`, `the club` for a team named `… Albion` or `… Argyle`, as `the
 * airline` is one whose name says airline; and a noun any body fits (`the company`) after a
 * sentence that used it before the body was named (`The company released the update … Langgarth
 * Data wrote: “…” ¶ The company added:`) is the body now in sight. Each was someone new.
 */
const bodiesBySort = castFamily('bodies-by-sort', 4, ({ b }, shape, rng) => {
  const place = rng.pick(['Lindmoor', 'Sandwold', 'Brackminster', 'Isterness', 'Yarlminster'])
  const [name, noun, opener] = [
    [`${place} Police`, 'force', ''],
    [`${place} Playhouse`, 'theatre', ''],
    [`${place} ${rng.pick(['Albion', 'Argyle', 'Athletic'])}`, 'club', ''],
    [
      `${place} ${rng.pick(['Data', 'Brewing', 'Packaging'])}`,
      'company',
      'The company released the update last week. ',
    ],
  ][shape] as [string, string, string]
  const speaker = { name }
  b.add(`${opener}${name} ${rng.pick(['said', 'wrote in a letter'])}: `)
  b.quote(
    rng.pick([
      'Extra patrols will be in place this weekend.',
      'More dates will be announced soon.',
    ]),
    speaker,
  )
  b.add('\n\n')
  if (rng.chance(0.5))
    b.add(`The ${noun} ${rng.pick(['said', 'added'])}: `).quote(
      'We thank everyone for their patience.',
      speaker,
    )
  else b.quote('We thank everyone for their patience,', speaker).add(` the ${noun} said.`)
})

/**
 * Beats with objects, and verdicts by other nouns: a beat whose verb takes a cue's plural as
 * its object (`took questions for nearly an hour`, `fielded calls all morning`) sets the next
 * quote up as a beat does (the plural read as a verb stopped it); and `That was the assessment
 * of …`, `the reaction of …`, `the view of …` point back at the quote as `the verdict of` does.
 */
const beatsWithObjects = castFamily(
  'beats-with-objects',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      b.add(`${person.full}${rng.pick(['', ', the finance minister,'])} `)
      b.add(
        `${rng.pick(['took questions', 'fielded calls', 'answered questions'])} for nearly an hour. `,
      )
      b.quote(
        rng.pick([
          'The new tax has the support of the whole cabinet.',
          'Nobody has been left out.',
        ]),
        speaker,
      )
      return
    }
    b.quote(
      rng.pick(['My client has cooperated from day one.', 'The result speaks for itself.']),
      speaker,
    )
    b.add(` That was the ${rng.pick(['assessment', 'reaction', 'view'])} of `)
    b.add(`${rng.pick(['defense attorney ', 'campaign manager ', ''])}${person.full}`)
    b.add(`${rng.pick(['', ', speaking after the arraignment'])}.`)
  },
)

/**
 * A crowd's cries the sentence only hears: `As chants of “Hear us now” rose outside, …`, `Amid
 * cries of “Shame!”, …`, a phrase that opens its clause with no one named for the crowd, are no
 * one's the text names; they went to the speaker of the main clause. Guard: chants with
 * their chanters as subject (`Supporters responded with chants of “…”`) are theirs.
 */
const crowdCries = castFamily('crowd-cries', 3, ({ b, person, speaker }, shape, rng) => {
  const cry = rng.pick(['Hear us now', 'Shame!', 'Save our clinic', 'No new tolls'])
  if (shape === 2) {
    const group = rng.pick(['Supporters', 'Protesters', 'Fans'])
    b.add(`${group} responded with chants of `)
    b.quote(cry, { mention: group, head: group.toLowerCase() })
    b.add('. ').quote('We will not move,', speaker).add(` ${person.full} said.`)
    return
  }
  b.add(shape === 0 ? 'As chants of ' : 'Amid cries of ').quote(cry, null)
  b.add(shape === 0 ? ' rose outside, ' : ', ')
  b.add(
    `${rng.pick(['union President ', 'Mayor ', ''])}${person.full} ${rng.pick(['told reporters', 'said'])}: `,
  )
  b.quote(rng.pick(['Our members have been patient.', 'We are ready for either outcome.']), speaker)
})

/**
 * Roles set off after an inverted cue: `said the club’s defender, Sagal Aden.`, `said
 * Drumminster Rangers’ defender, Sagal Aden, after the match`: the role is the name's, for a
 * later `the defender`, as it was in a subject set off the same way; with another person
 * quoted in between, `the defender` went to that last speaker, a wrong answer.
 */
const rolesAfterInvertedCues = castFamily(
  'roles-after-inverted-cues',
  2,
  ({ b, person, speaker }, _shape, rng) => {
    const role = rng.pick(['defender', 'goalkeeper', 'midfielder', 'captain'])
    const owner = rng.pick(['the club’s', 'Drumminster Rangers’', 'Fensett Albion’s'])
    b.quote('It was never a penalty,', speaker)
    // (No second stop after `Jr.`.)
    const after = rng.pick(['', ', after the match'])
    const stop = after === '' && person.full.endsWith('.') ? '' : '.'
    b.add(` said ${owner} ${role}, ${person.full}${after}${stop}\n\n`)
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    b.quote('I drove 340 miles for that,', { name: other.full })
    b.add(` ${other.full}, a supporter from Yarlcleugh, said.\n\n`)
    b.quote('I have been waiting all season for a goal like that,', speaker)
    b.add(` the ${role} ${rng.pick(['added', 'said'])}.`)
  },
)

/**
 * Titles' words before bodies' heads: `Prof. Morenike Afolabi of Garmere General Hospital`,
 * `Dr. Jo Roe of the Tarnby General Infirmary`: a title's word (`General`) right before a
 * body's head is part of the body's name, not a title before a person's (`General Hospital` was
 * read as a general named Hospital, who spoke).
 */
const titlesBeforeBodies = castFamily(
  'titles-before-bodies',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const body = `${rng.pick(['Garmere', 'Prystow', 'Mosshaugh'])} General ${rng.pick(['Hospital', 'Infirmary'])}`
    const title = rng.pick(['Prof. ', 'Dr. ', ''])
    const body2 = rng.pick([body, `the ${body}`])
    if (shape === 0) {
      b.quote('It is careful work, and it deserves attention,', speaker)
      b.add(` said ${title}${person.full} of ${body2}.`)
    } else {
      b.add(`${title}${person.full} of ${body2} ${rng.pick(['said', 'told reporters'])}: `)
      b.quote('The results are interesting but preliminary.', speaker)
    }
  },
)

/**
 * Headlines that ask, and roles a name owns: a headline whose quote in single marks ends on a
 * question or an exclamation after its label (`Founder: ‘Why would anyone trust them?’`) is a
 * headline, not the story's first sentence, so the story's speaker of those words is its
 * speaker (it was `Founder`, someone new); and a role a name in capitals owns, set off after a
 * name (`Ovidiu Dobre, Pencott Games’ founder,`), is that person's for a later `the founder`.
 */
const askingHeadlines = castFamily('asking-headlines', 3, ({ b, person, speaker }, shape, rng) => {
  const asked = rng.pick([
    'Why would anyone trust them?',
    'Is anyone listening?',
    'Who pays for this?',
  ])
  const firm = rng.pick(['Pencott Games’', 'Blyfield Devices’', 'Harrowgate Foods’'])
  if (shape === 0) {
    b.add(`${rng.pick(['Founder', 'Chief executive', person.surname])}: `).quote(
      asked,
      speaker,
      true,
    )
    b.add('\n\n')
    b.quote(`${asked} The outage lasted four hours,`, speaker)
    b.add(` ${person.full}, ${firm} founder, said.`)
    return
  }
  if (shape === 1) {
    b.add(`${person.surname}: `).quote(asked, speaker, true).add('\n\n')
    b.add(`${person.full}, a ${rng.pick(['nurse', 'teacher', 'farmer'])}, said: `)
    b.quote(`${asked} Nobody has told us anything.`, speaker)
    return
  }
  b.quote('We are not selling anyone’s data,', speaker).add(
    ` ${person.full}, ${firm} founder, said.\n\n`,
  )
  const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
  b.add(`${other.full}, a technology consultant, called the headset `)
  b.quote('genuinely impressive.', { name: other.full }).add('\n\n')
  b.quote('It will ship in the spring,', speaker).add(' the founder said.')
})

/**
 * Roles after a dateline's dash: `ELMFORD, Wash. — Organizer Makoa Aumua, who …, stressed, “…”`,
 * `— Actress Rosario Dawson said …`: a noun for what someone does, capitalized only because it
 * opens the sentence after the dash, is what the person is, not a word of their name (the name
 * was `Organizer Makoa Aumua`, and a later `Aumua` another person).
 */
const rolesAfterDatelines = castFamily(
  'roles-after-datelines',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const role = rng.pick(['Organizer', 'Actress', 'Hydrologist', 'Volunteer', 'Farmer'])
    b.add(
      `${rng.pick(['ELMFORD, Wash.', 'TALGATE, Iowa', 'PRYNVILLE, Md.'])} — ${role} ${person.full}`,
    )
    if (shape === 0) {
      b.add(
        `, who ${rng.pick(['helped organize the first sit-in', 'has lived here for years'])}, stressed: `,
      )
      b.quote('We are going to keep blocking the highway.', speaker)
    } else {
      b.add(' spoke for an hour. ')
      b.quote('Nobody asked us,', speaker).add(` ${person.surname} said.`)
    }
  },
)

/**
 * Campaigns by what they ask for: `the campaign` after a body whose name opens on what it asks
 * (`Save Keshgate Schools`, `Stop the Toll`, `Yes on Measure K Coalition`) or says what it
 * stands for (`Merrville Families for Fair Rent`) is that body, as `the company` is the company
 * in sight; it was someone new.
 */
const campaignsByWhatTheyAsk = castFamily('campaigns-by-what-they-ask', 2, ({ b }, shape, rng) => {
  const place = rng.pick(['Keshgate', 'Halshaw', 'Radmere', 'Selville'])
  const name = rng.pick([
    `Save ${place} Schools`,
    `Protect ${place} Libraries`,
    `${place} Families for Fair Rent`,
    `Yes on Measure ${rng.pick(['K', 'B'])} Coalition`,
  ])
  const speaker = { name }
  b.add(`${rng.pick(['In a statement issued late Friday, the', 'The'])} ${name} said: `)
  b.quote('Every ballot will be counted.', speaker).add('\n\n')
  if (shape === 0)
    b.quote('We are running even in every county,', speaker).add(' the campaign said.')
  else b.add('The campaign added: ').quote('Turnout will decide it.', speaker)
})

/**
 * Cue nouns before cues: a cue's base form right before a finite cue is the noun its verb has
 * for a subject (`One sweeping question asked whether …`, `A police report stated: “…”`, `One
 * reader comment said …`), not a verb that ends the phrase; the words were no one's, or the
 * phrase before the noun's.
 */
const cueNounsBeforeCues = castFamily('cue-nouns-before-cues', 3, ({ b }, shape, rng) => {
  if (shape === 0) {
    b.add(
      `One ${rng.pick(['sweeping', 'blunt', 'final'])} question asked whether the candidates would `,
    )
    b.quote(rng.pick(['preserve collective bargaining', 'protect pensions']), {
      mention: 'question',
      head: 'question',
    })
    b.add('.')
  } else if (shape === 1) {
    b.add(
      `A ${rng.pick(['police', 'council', 'court'])} report ${rng.pick(['stated', 'said', 'noted'])}: `,
    )
    b.quote('The gate was left open overnight.', { mention: 'report', head: 'report' })
  } else {
    b.add(
      `One ${rng.pick(['reader', 'listener', 'viewer'])} comment ${rng.pick(['said', 'called'])} the plan `,
    )
    b.quote('a mess.', { mention: 'comment', head: 'comment' })
  }
})

/**
 * Subjects past their own clauses: `A longtime subscriber to the orchestra, who asked not to be
 * named, said …` (a relative `who` stands for the phrase a `to` phrase modifies, not for `the
 * orchestra`), and `A retired surgeon who reviewed the paper, speaking on condition of
 * anonymity, said …` (past a participle's aside, the relative clause's object, `the paper`, is
 * no subject). Both gave the quote to the body or the thing.
 */
const subjectsPastClauses = castFamily('subjects-past-clauses', 2, ({ b }, shape, rng) => {
  if (shape === 0) {
    const [head, body] = rng.pick([
      ['subscriber', 'the orchestra'],
      ['adviser', 'the minister'],
      ['donor', 'the museum'],
    ]) as [string, string]
    b.add(`A longtime ${head} to ${body}, who asked not to be named, said the season was `)
    b.quote(rng.pick(['a triumph for the whole cast.', 'an evening to remember.']), {
      mention: head,
      head,
    })
    return
  }
  const head = rng.pick(['surgeon', 'engineer', 'economist'])
  b.add(`A retired ${head} who reviewed the ${rng.pick(['paper', 'report', 'study'])}, `)
  b.add(
    `${rng.pick(['speaking on condition of anonymity', 'asking not to be named'])}, said the results were `,
  )
  b.quote(rng.pick(['better than we hoped.', 'very encouraging.']), { mention: head, head })
})

/**
 * A court's shorthand for whom a lawyer acts: `Lorna Dimaculangan, prosecuting,`, `Ryu
 * Seung-woo, for the prosecution,` make the name the prosecutor, for a later `the prosecutor`
 * (`, defending,` and `for the defence,` a lawyer); with someone else quoted in between, `the
 * prosecutor` went to that last speaker, a wrong answer.
 */
const courtShorthand = castFamily('court-shorthand', 2, ({ b, person, speaker }, shape, rng) => {
  const side = rng.pick([', prosecuting,', ', for the prosecution,'])
  b.quote('The defendant lied to the police from the very first interview,', speaker)
  b.add(` ${person.full}${side} ${rng.pick(['told the jury', 'explained'])}.\n\n`)
  const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
  b.quote('We want to thank the police for their patience,', { name: other.full })
  b.add(` ${other.full}, the victim’s ${rng.pick(['sister', 'mother', 'brother'])}, said.\n\n`)
  if (shape === 0)
    b.quote('The fire was started deliberately,', speaker).add(' the prosecutor told the court.')
  else b.add('The prosecutor added: ').quote('This was not a moment of madness.', speaker)
})

/**
 * Words that were someone's: `“…” The words were those of Public Utilities Commissioner Ritu
 * Malhotra.`, `The remarks were those of government spokesperson Lim Hye-won, who briefed
 * reporters.`: a sentence saying by a copula and `those of` whose the words were points back
 * at the quote, as `The words came from …` does; the quote was no one's.
 */
const wordsThatWereSomeones = castFamily(
  'words-that-were-someones',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.quote(
      rng.pick([
        'The lender has agreed to pay the full penalty.',
        'The audit will be published in two stages.',
      ]),
      speaker,
    )
    const noun = rng.pick(['words', 'remarks', 'comments'])
    const role = rng.pick(['Public Utilities Commissioner ', 'government spokesperson ', ''])
    b.add(` The ${noun} were those of ${role}${person.full}`)
    b.add(shape === 0 ? '.' : ', who briefed reporters after the meeting.')
  },
)

/**
 * Cue words before titles: `insisted state Insurance Commissioner Janani Shanmugam`, `state
 * Attorney General X began`: a cue's base form in lower case (`state`) right before words in
 * capitals that end on a title modifies the title, not a verb that ends the phrase; after an
 * inverted cue, or before a cue that follows, the quote was no one's.
 */
const cueWordsBeforeTitles = castFamily(
  'cue-words-before-titles',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const title = rng.pick(['Insurance Commissioner', 'Attorney General', 'Treasurer', 'Auditor'])
    const body = rng.pick([
      'Our investigation found problems at four sites,',
      'The audit will be published soon,',
    ])
    if (shape === 0)
      b.quote(body, speaker).add(
        ` ${rng.pick(['insisted', 'said'])} state ${title} ${person.full}.`,
      )
    else
      b.quote(body, speaker).add(
        ` state ${title} ${person.full} ${rng.pick(['said', 'told reporters'])}.`,
      )
  },
)

/**
 * Speech nouns before auxiliaries: `said the brief, angry email was a mistake and that …`,
 * `According to X, internal memo has shown that the “…”`: a speech noun that is also a cue's
 * base form (`email`, `post`, `tweet`, `report`), right before an auxiliary or a form of `be`,
 * is that verb's subject, since a verb would make two finite verbs side by side; read as a verb,
 * its modifier (`angry email`) became the speaker. With a plural subject and a clause after the
 * cue (`Residents report the water is “…”`), the cue stays a verb.
 */
const speechNounsBeforeAuxiliaries = castFamily(
  'speech-nouns-before-auxiliaries',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const noun = rng.pick(['email', 'message', 'post', 'tweet', 'report'])
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    if (shape === 0) {
      const [first, second] = rng.pick([
        ['brief', 'angry'],
        ['long', 'rambling'],
        ['leaked', 'unsigned'],
      ]) as [string, string]
      const verb = rng.pick([
        'was a mistake',
        'had been deleted',
        'is genuine',
        'will be published',
      ])
      b.add(
        `${person.full} said the ${first}, ${second} ${noun} ${verb} and that ${other.full} faced `,
      )
      b.quote(rng.pick(['a serious problem.', 'real questions.']), speaker)
      return
    }
    if (shape === 1) {
      const modifier = rng.pick(['internal', 'one', 'a single', 'that'])
      const verb = rng.pick(['was proof', 'is evidence', 'was a sign'])
      b.add(`According to ${person.full}, ${modifier} ${noun} ${verb} that the `)
      b.quote(rng.pick(['savings', 'reforms']), speaker).add(' never arrived.')
      return
    }
    const group = rng.pick(['Residents', 'Parents', 'Drivers'])
    b.add(
      `${group} ${rng.pick(['report', 'say'])} the ${rng.pick(['water', 'road', 'service'])} is `,
    )
    b.quote(rng.pick(['getting worse by the week.', 'a disgrace.']), {
      mention: group,
      head: group.toLowerCase(),
    })
  },
)

/**
 * Names in marks inside attributions: `“…,” Texas delegate X, wearing a cowboy hat and “Ted
 * Cruz” campaign pins, said`, `“…,” X, founder of the “Fair Pitch” campaign, told reporters`: a
 * name in capitals between marks that modifies a noun after it is part of the aside, and does
 * not end the text an attribution after the quote may stand in; it did, and the quote was no
 * one's. (The name's own marks are not judged: PolNeAR gives such names the sentence's speaker,
 * ANNOTATION.md none.)
 */
const namesInMarksInAttributions = castFamily(
  'names-in-marks-in-attributions',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const name = rng.pick(['Save Our Park', 'Vote Yes', 'Fair Pitch', 'Keep the Bus'])
    b.quote(rng.pick(['We are not going anywhere,', 'This is only the start,']), speaker)
    const cue = rng.pick(['said', 'told reporters', 'said quietly', 'added'])
    if (shape === 0) {
      const holding = rng.pick(['wearing a', 'holding a', 'carrying a', 'in a'])
      const noun = rng.pick(['badge', 'banner', 'campaign pin', 'sash'])
      b.add(` ${person.full}, ${holding} “${name}” ${noun}, ${cue}.`)
    } else if (shape === 1) {
      const role = rng.pick(['founder', 'chair', 'a volunteer'])
      const noun = rng.pick(['campaign', 'group', 'petition', 'coalition'])
      b.add(` ${person.full}, ${role} of the “${name}” ${noun}, ${cue} on Monday.`)
    } else {
      const noun = rng.pick(['placards', 'stickers', 'leaflets'])
      b.add(` ${person.full}, who handed out “${name}” ${noun} all week, ${cue}.`)
    }
  },
)

/**
 * Phrases before `kept saying`: `The landlord kept saying “…”`, `the old ferryman continued
 * insisting “…”`: after a verb that takes a participle as its own (`kept`, `continued`), the
 * phrase before that verb is the participle's subject, whatever its noun; a noun the lexicon
 * does not know as someone's left the quote no one's.
 */
const phrasesBeforeKeptSaying = castFamily('phrases-before-kept-saying', 2, ({ b }, shape, rng) => {
  const head = rng.pick(['landlord', 'caretaker', 'ferryman', 'neighbour', 'bus driver'])
  const modifier = rng.pick(['', 'old ', 'new '])
  const article = shape === 0 ? 'The' : 'A'
  b.add(rng.pick(['The flood came in the night. ', 'The power failed on Tuesday. ']))
  b.add(`${article} ${modifier}${head} ${rng.pick(['kept', 'continued'])} `)
  b.add(`${rng.pick(['saying', 'insisting', 'telling everyone'])} `)
  b.quote(rng.pick(['the water will go down by morning,', 'help is on the way,']), {
    mention: `${article} ${modifier}${head}`,
    head: head.split(' ').at(-1) as string,
  })
  b.add(' but nothing changed.')
})

/**
 * Phrases for someone inside quotes: `“When the landlord told us ‘…,’ we believed it,” said
 * Le Thi Lan`, `“A man from the ministry kept saying ‘…’ …”`: a phrase for someone with a cue
 * of its own inside the outer quote voices the inner one, as a name there does; it was left to
 * the outer speaker, or, when the definite role fell back to whoever was in sight, given to
 * the outer speaker by name.
 */
const phrasesInsideQuotes = castFamily(
  'phrases-inside-quotes',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const [phrase, head] = rng.pick([
      ['the landlord', 'landlord'],
      ['a man from the ministry', 'man'],
      ['the customs officer', 'officer'],
      ['our commander', 'commander'],
    ]) as [string, string]
    const capital = phrase.charAt(0).toUpperCase() + phrase.slice(1)
    const inner = rng.pick(['the road will be open by Friday,', 'every family will be paid,'])
    const [open, close] = b.style === 'straight' ? ["'", "'"] : ['‘', '’']
    const outer =
      shape === 0
        ? `When ${phrase} told us ${open}${inner}${close} we believed it,`
        : `${capital} kept saying ${open}${inner}${close} but nobody came,`
    b.quote(outer, speaker)
    b.add(` said ${person.full}, a ${rng.pick(['farmer', 'teacher', 'nurse'])}.`)
    b.expected.push({ quote: inner, speaker: { mention: phrase, head } })
  },
)

/**
 * Words pointed back at: a quote alone in its paragraph, then a sentence that names whose it
 * was by pointing at it, in parts that compose: the words (`That`, `The words`, `The
 * question`, `that blunt assessment`) linked to the speaker by a copula and `from` past words
 * of when (`That was the message on Tuesday from …`), by `belonged to`, by a participle and
 * `by` set off (`The question, posed by …, hung over the talks`), by `with` before the
 * speaker's clause (`With that blunt assessment, … opened the session`), or as the object of
 * the speaker's cue past its asides (`…, 49, said those words to the Courier`, `…, 62, owner of
 * a shop, said it quietly`, `… said it twice`).
 * The quote was no one's. Guard: `… said it would rain.` says nothing of the quote.
 */
const wordsPointedBack = castFamily(
  'words-pointed-back',
  7,
  ({ b, person, speaker }, shape, rng) => {
    const question = shape === 2
    b.quote(
      question
        ? rng.pick(['Why should our farmers carry the cost?', 'Who pays for the repairs?'])
        : rng.pick([
            'The old slide was older than some of the teachers.',
            'Nobody has a mandate to rewrite the rules.',
          ]),
      shape === 5 ? null : speaker,
    )
    b.add('\n\n')
    const day = rng.pick(['Monday', 'Tuesday', 'Friday'])
    const role = rng.pick(['a member of the school board', 'the county clerk', 'a father of two'])
    if (shape === 0) {
      const noun = rng.pick(['message', 'verdict', 'warning', 'assessment'])
      b.add(`That was the ${noun} on ${day} from ${person.full}, ${role}.`)
    } else if (shape === 1) {
      b.add(`The ${rng.pick(['words', 'remarks'])} belonged to ${person.full}, ${role}.`)
    } else if (shape === 2) {
      const verb = rng.pick(['posed', 'raised', 'asked'])
      b.add(
        `The question, ${verb} by ${person.full}, ${role}, at a forum on ${day}, hung over the meeting.`,
      )
    } else if (shape === 3) {
      const noun = rng.pick(['blunt assessment', 'warning', 'remark'])
      b.add(`With that ${noun}, ${person.full} opened the ${day} session.`)
    } else if (shape === 4) {
      const words = rng.pick(['those words', 'it twice', 'it quietly', 'that'])
      b.add(`${person.full}, ${30 + rng.int(40)}, said ${words} to the Harbour Courier on ${day}.`)
    } else if (shape === 6) {
      const owner = rng.pick([
        'owner of a hardware store on Fairview Avenue',
        'director of the county library',
      ])
      const words = rng.pick(['those words', 'it quietly'])
      b.add(`${person.full}, ${30 + rng.int(40)}, ${owner}, said ${words} on ${day}.`)
    } else {
      b.add(`${person.full} said it would rain on ${day}.`)
    }
    b.add('\n\nThe council meets again next month.')
  },
)

/**
 * Stand-ins before copulas: `Another was more cautious: “…”`, `Another is less sure: “…”`:
 * a stand-in for someone right before a copula or an auxiliary is the phrase's head, not a
 * count of the word after it (as `one demand` is); read so, no phrase opened the sentence, and
 * the quote continued the last speaker.
 */
const standInsBeforeCopulas = castFamily('stand-ins-before-copulas', 2, ({ b }, shape, rng) => {
  b.add(rng.pick(['Voters queued from before dawn.', 'Delegates left the hall in silence.']))
  b.add('\n\n')
  b.quote(rng.pick(['I voted for change,', 'It is weaker than the draft,']), {
    newAnonymous: true,
    notNames: [],
  })
  b.add(' one said.')
  b.add(shape === 0 ? '\n\n' : ' ')
  const copula = rng.pick(['was', 'is', 'had been'])
  b.add(`Another ${copula} ${rng.pick(['more cautious', 'blunt', 'less sure'])}: `)
  b.quote(rng.pick(['Nothing will change.', 'Ask me again in a year.']), {
    newAnonymous: true,
    notNames: [],
    distinctFrom: [0],
  })
})

/**
 * Names set apart, past how widely: `X, widely known as “the Iron Lady of the Delta,” did not
 * attend`, `X, popularly known as “…”`: what people call someone, after adverbs of how widely
 * before `known as`, is nobody's words; and a song a noun for one names (`sang the protest
 * anthem “Bread and Roses”`, `a hymn`, `a ballad`) is a title. Both were given to the
 * sentence's subject.
 */
const namesKnownWidely = castFamily(
  'names-known-widely',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      const how = rng.pick(['widely', 'popularly', 'affectionately', 'locally'])
      b.add(`${person.full}, ${how} known as `)
      b.quote(rng.pick(['the Iron Lady of the Delta,', 'the Professor of the Plains,']), null)
      b.add(` did not attend the ceremony. `)
    } else {
      const noun = rng.pick(['the protest anthem', 'an old hymn', 'a ballad'])
      b.add(`${rng.pick(['Crowds', 'The choir', 'Supporters'])} sang ${noun} `)
      b.quote(rng.pick(['Bread and Roses', 'Nine Bridges']), null)
      b.add(' as the results were read out. ')
    }
    b.quote(rng.pick(['We will keep going,', 'This is a good day,']), speaker)
    b.add(` ${person.full} said.`)
  },
)

/**
 * Numbered lists after introductions: `X made three points about the market in an interview
 * with the Record: ¶ 1. “…” ¶ 2. “…”`, `X said: ¶ 1) “…”`: a number or a letter with a stop
 * or a bracket marks a list's item as a bullet does, and a clause about someone ending in a
 * colon, with or without a cue, introduces the list below it. Both left the items no one's.
 * Guard: a label alone (`SHORT READS:`) heads a list of titles no one said.
 */
const numberedListsAfterIntroductions = castFamily(
  'numbered-lists-after-introductions',
  3,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      rng.pick([
        'The farmers market reopened on Saturday.',
        'The bridge closed for repairs on Monday.',
      ]),
    )
    b.add('\n\n')
    const items = [
      'The budget does not leave us a lot of room.',
      'These kids deserve classrooms that are warm and dry.',
      'We could not do any of this without the volunteers.',
    ]
    if (shape === 2) {
      b.add(`${rng.pick(['SHORT READS', 'ALSO TODAY'])}:\n\n`)
      b.add('1. ').quote(rng.pick(['A Town Under Water', 'Bread and Roses']), null)
      b.add('\n\n2. ').quote(rng.pick(['The Last Ferry', 'Nine Bridges']), null)
      return
    }
    if (shape === 0) {
      const about = rng.pick(['the market', 'the repairs', 'the budget'])
      const where = rng.pick(['', ' in an interview with the Harbour Record', ' on Tuesday'])
      b.add(`${person.full} made ${rng.pick(['three', 'several'])} points about ${about}${where}:`)
    } else {
      b.add(`${person.full} ${rng.pick(['said', 'told the council', 'wrote'])}:`)
    }
    const marker = rng.pick(['.', ')'])
    const joint = rng.pick(['\n\n', '\n'])
    b.add('\n\n')
    items.forEach((item, i) => {
      if (i > 0) b.add(joint)
      b.add(`${i + 1}${marker} `).quote(item, speaker)
    })
  },
)

/**
 * Joined given names and ages: a given name of two joined (`Mary-Beth`, `Anne-Marie`,
 * `Jean-Paul`) is of the sex its parts agree on, so `he` after `Mary-Beth Kessler` goes past
 * her to the man before (it agreed with no sex, and took her); and an age as a phrase's head
 * (`The 37-year-old was blunt: “…”`) is someone, as a noun for a person is (the colon's reader
 * took it for a thing defining the quote).
 */
const joinedNamesAndAges = castFamily(
  'joined-names-and-ages',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      const joined =
        person.gender === 'female'
          ? rng.pick(['Jean-Paul Marchetti', 'Karl-Heinz Vogt', 'Jean-Pierre Lebrun'])
          : rng.pick(['Mary-Beth Kessler', 'Anne-Marie Duval', 'Mary-Jo Bellamy'])
      b.add(`${person.full} said the shelter would stay open through the weekend.\n\n`)
      b.add(`${joined} is expected to weigh in next week.\n\n`)
      b.quote(
        rng.pick(['We are going to be dealing with this for weeks,', 'Nobody will be left out,']),
        speaker,
      )
      b.add(` ${pronoun} said.`)
      return
    }
    const age = 30 + rng.int(50)
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    b.add(`${person.full}, ${age}, has followed the issue closely since 2009.\n\n`)
    b.add(`${other.full} was traveling and could not be reached.\n\n`)
    b.add(`The ${age}-year-old was ${rng.pick(['blunt', 'unmoved', 'more cautious'])}: `)
    b.quote(
      rng.pick(['Protected lanes save lives, full stop.', 'The old slide had to go.']),
      speaker,
    )
  },
)

/**
 * Places gone to: `Ashworth is due to travel on to New Delhi. “…,” she said later`: a name after
 * `to` and a verb of going (past `on` or `back`) is where someone goes, however many words it
 * has, and no `he` or `she`; it was the nearest name whose sex nothing showed, and took the
 * pronoun from the speaker before.
 */
const placesGoneTo = castFamily(
  'places-gone-to',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    // (Someone whose given name shows the other sex: `he` must pass them by that.)
    const others =
      person.gender === 'female'
        ? [
            { full: 'Charles Ashworth', surname: 'Ashworth' },
            { full: 'Erik Lindqvist', surname: 'Lindqvist' },
          ]
        : [
            { full: 'Laura Brennan', surname: 'Brennan' },
            { full: 'Oksana Melnyk', surname: 'Melnyk' },
          ]
    const other = rng.pick(others.filter((one) => one.surname !== person.surname))
    b.add(`${person.full} hosted ${other.full} on Saturday.\n\n`)
    b.quote(rng.pick(['Monetary policy cannot fix this alone,', 'The talks were useful,']), speaker)
    b.add(` ${person.surname} said.\n\n`)
    const going = rng.pick(['is due to travel on to', 'flew back to', 'returned to', 'headed to'])
    const place = rng.pick(['New Delhi', 'Oslo', 'Port Maren', 'San Tomas'])
    b.add(`${other.surname} ${going} ${place} on Sunday.\n\n`)
    b.quote(rng.pick(['We stand ready to act,', 'Nothing is off the table,']), speaker)
    b.add(` ${pronoun} said later.`)
  },
)

/**
 * Function words that are given names: `Nor` (`Nor Azlina binti Yusof`, `Nor Hisham bin
 * Ahmad`), capitalized inside a sentence before another capital, is a given name, as `Will`,
 * `May` and `April` are; read as the conjunction, it cut the name short after an inverted cue
 * and the quote was no one's. (After a cue, a word of three letters is no role in `-or` either:
 * `said Nor Hisham bin Ahmad` was named `Hisham bin Ahmad`.)
 */
const functionWordsAsGivenNames = castFamily(
  'function-words-as-given-names',
  2,
  ({ b }, shape, rng) => {
    const name = rng.pick(['Nor Azlina binti Yusof', 'Nor Hisham bin Ahmad', 'Nor Aini binti Said'])
    const cue = rng.pick(['argued', 'said', 'added', 'insisted'])
    const quote = rng.pick([
      'Turnout was the highest in two decades,',
      'We will publish the count,',
    ])
    if (shape === 0) {
      b.quote(quote, { name }).add(` ${cue} ${name}, the mayor of Penang, on Sunday.`)
    } else {
      b.add(`On Sunday, ${name} told reporters in Penang: `).quote(quote.replace(/,$/u, '.'), {
        name,
      })
    }
  },
)

/**
 * Interviewees a pronoun introduces: `X, 41, the film’s producer, has had a busy year. She spoke
 * to the Sunday Lantern from Halifax. ¶ Q: You once described the launch as “…”` — the one who
 * talks is whom the pronoun stands for, the person a sentence before opened with; the paper
 * talked to was taken for the interviewee, and the turns' `you` and `I` went to no one.
 */
const intervieweesByPronoun = castFamily(
  'interviewees-by-pronoun',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const role = rng.pick(['the film’s producer', 'the study’s lead author', 'the shop’s owner'])
    const paper = rng.pick(['the Sunday Lantern', 'the Harbour Courier', 'Metro Morning'])
    b.add(`${person.full}, ${30 + rng.int(40)}, ${role}, has had a busy year. `)
    const talks = rng.pick(['spoke to', 'talked to', 'sat down with'])
    b.add(`${pronoun.charAt(0).toUpperCase()}${pronoun.slice(1)} ${talks} ${paper} from Halifax. `)
    b.add('This interview has been edited for length and clarity.\n\n')
    b.add('Q: Where did the idea come from?\n\nA: We wanted people to feel at home.\n\n')
    if (shape === 0) {
      b.add('Q: You once described the launch as ')
      b.quote(rng.pick(['overdue.', 'a kind of madness.']), speaker)
      b.add(' Do you still feel that way?\n\nA: Yes, and I still do.')
    } else {
      b.add('Q: Are prices going up?\n\nA: As I told my family at the time, ')
      b.quote(rng.pick(['We are not going to raise prices this year.', 'We will manage.']), speaker)
    }
  },
)

/**
 * Stand-ins across split quotes: `“I go home,” one said, “and I can’t sleep.”`: the second part
 * of a quote split by a stand-in's cue is read from the same words, and so stands for the same
 * one; each reading made a new stand-in, so the two parts had two speakers.
 */
const standInsAcrossSplitQuotes = castFamily(
  'stand-ins-across-split-quotes',
  2,
  ({ b }, shape, rng) => {
    const group = rng.pick([
      'Nurses at the clinic',
      'Supporters leaving the stadium',
      'Two neighbours',
    ])
    b.add(`${group} described the mood.\n\n`)
    b.quote(rng.pick(['I go home,', 'We will be back,']), { newAnonymous: true, notNames: [] })
    b.add(` ${rng.pick(['one said', 'said one', 'one told reporters'])}, `)
    b.quote(rng.pick(['and I can’t sleep.', 'we always are.']), {
      newAnonymous: true,
      notNames: [],
      sameAs: 0,
    })
    b.add(shape === 0 ? ' ' : '\n\n')
    b.quote(rng.pick(['My son cried all the way home,', 'Nobody thanks the night shift,']), {
      newAnonymous: true,
      notNames: [],
      distinctFrom: [0, 1],
    })
    b.add(` ${rng.pick(['said another', 'another added', 'said the other'])}.`)
  },
)

/**
 * Songs a noun for one names: `The crowd sang along to “Copper Sky,” a hit from 1998.`, `their
 * new track “Harbour Lights”`: `hit`, `track` and `tune` are nouns for works, so a title in
 * capitals they rename, or stand before, is nobody's words; it was the crowd's.
 */
const songsByTheirNouns = castFamily(
  'songs-by-their-nouns',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const title = rng.pick(['Copper Sky,', 'Slow Train to Mombasa,', 'Harbour Lights,'])
    if (shape === 0) {
      b.add(`${rng.pick(['The crowd', 'The fans', 'Everyone'])} sang along to `).quote(title, null)
      b.add(` a ${rng.pick(['hit', 'track', 'tune'])} from 1998. `)
    } else {
      b.add(`The band played its new ${rng.pick(['track', 'hit'])} `)
      b.quote(title.replace(/,$/u, ''), null)
      b.add(' twice. ')
    }
    b.quote(rng.pick(['We never get tired of it,', 'That one is for the town,']), speaker)
    b.add(` ${person.full} said.`)
  },
)

/**
 * Pressing questions: `“Will there be another rate increase this year?” a reporter from the BBC
 * pressed.`: pressing someone is asking again, a cue news style inverts too (`pressed a
 * reporter`); the question went to the one asked, as a continuation of their answer.
 */
const pressingQuestions = castFamily(
  'pressing-questions',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `At a briefing on Monday, ${person.full} was asked about the timing of the next decision.\n\n`,
    )
    b.quote(rng.pick(['We are not in a hurry to cut rates,', 'The ceasefire is holding,']), speaker)
    b.add(` ${person.surname} replied.\n\n`)
    const asker = rng.pick([
      ['a reporter from the BBC', 'reporter'],
      ['a correspondent for Reuters', 'correspondent'],
      ['one journalist', 'journalist'],
    ]) as [string, string]
    const question = rng.pick([
      'Will there be another increase this year?',
      'Is it holding everywhere?',
    ])
    if (shape === 0)
      b.quote(question, { mention: asker[0], head: asker[1] }).add(` ${asker[0]} pressed.`)
    else b.quote(question, { mention: asker[0], head: asker[1] }).add(` pressed ${asker[0]}.`)
    b.add('\n\n')
    b.quote(rng.pick(['Our reserves are more than adequate,', 'We will see,']), speaker)
    b.add(` ${person.surname} answered.`)
  },
)

/**
 * Turns labelled with a stop: `Q. You once described the trial as “…”`, `A. As I told the team,
 * “…”`: a letter and a stop label an interview's turn as a letter and a colon do; and a noun
 * `interviews` (`X rarely gives interviews.`) interviews no one, so the paragraph may still say
 * who talked (it was read as the verb, found no one after it, and ended the search).
 */
const turnsLabelledWithStops = castFamily(
  'turns-labelled-with-stops',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const opening = shape === 0 ? 'rarely gives interviews' : 'has had a busy year'
    b.add(`${person.full}, ${30 + rng.int(40)}, ${opening}. `)
    b.add(
      `${pronoun.charAt(0).toUpperCase()}${pronoun.slice(1)} spoke to Radio Meridian from Lima.\n\n`,
    )
    const [q, a] = rng.pick([
      ['Q.', 'A.'],
      ['Q:', 'A:'],
    ]) as [string, string]
    b.add(`${q} You once described the trial as `)
    b.quote(rng.pick(['worrying.', 'a missing piece.']), speaker)
    b.add(` Do you still feel that way?\n\n${a} As I told the team at the time, `)
    b.quote(rng.pick(['We will manage.', 'You learn more from the bad years.']), speaker)
  },
)

/**
 * Campaigns for places: `Homes for Kingsford said`, `said Streets for Millbrook`: a plural in
 * capitals for what a campaign wants, `for`, and a place in capitals that ends the name before
 * a cue is one body's name, as `Parents for a Safe Valley` is; only the plural was read, as
 * someone called `Homes`. Guard: `Homes for Kingsford families are “…”` names no body.
 */
const campaignsForPlaces = castFamily(
  'campaigns-for-places',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const body = `${rng.pick(['Homes', 'Streets', 'Parks'])} for ${rng.pick(['Kingsford', 'Millbrook', 'Ashford'])}`
    const words = rng.pick([
      'The project will break ground next year.',
      'We will keep campaigning.',
    ])
    if (shape === 0) b.add(`In a statement, ${body} said: `).quote(words, { name: body })
    else if (shape === 1) b.quote(words.replace(/\.$/u, ','), { name: body }).add(` said ${body}.`)
    else {
      b.add(`${body.split(' ')[0]} for ${body.split(' ')[2]} families are `)
      b.quote('stretched,', speaker).add(` ${person.full} said.`)
    }
  },
)

/**
 * Broken-off words past long asides: `“The nurses we have are working double shifts—” Raymond
 * Okafor, a labor and delivery nurse at Good Shepherd Regional Hospital, began, before stopping`:
 * `began` is looked for as far as an aside set off after the name reaches, not ten words; the
 * quote was no one's.
 */
const brokenOffPastLongAsides = castFamily(
  'broken-off-past-long-asides',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    b.quote(
      rng.pick(['The nurses we have are working double shifts—', 'If the bridge closes again…']),
      speaker,
    )
    const aside = rng.pick([
      'a labor and delivery nurse at Good Shepherd Regional Hospital',
      'who has driven the same school bus route in Ashford for twenty-two years',
      'the owner of a small hardware store on the corner of Fairview Avenue',
    ])
    b.add(` ${person.full}, ${aside}, ${rng.pick(['began', 'started'])}, before stopping.`)
  },
)

/**
 * Stand-ins with verbs of their own: `Another shrugged: “…”`, `One sighed: “…”`, `Another
 * laughed. “…”`: a stand-in alone before a verb that is no cue (a past form, then the colon
 * or the stop) is a new source, in its own paragraph or after a split quote. Both read as
 * the last quote's speaker, since `another` before a word was read as its article.
 */
const standInsWithTheirOwnVerbs = castFamily(
  'stand-ins-with-their-own-verbs',
  4,
  ({ b, person, pronoun }, shape, rng) => {
    const verb = rng.pick(['shrugged', 'laughed', 'sighed', 'frowned', 'grinned', 'scoffed'])
    const second = rng.pick(['Nothing will change.', 'Ask me again in a year.', 'It ran long.'])
    if (shape === 2) {
      b.add(`${person.full} spoke first. `)
      b.quote(rng.pick(['We won,', 'It was a good night,']), { name: person.full })
      b.add(` ${pronoun} said.\n\n`)
      b.add(`${rng.pick(['One', 'Another'])} ${verb}: `)
      b.quote(second, { newAnonymous: true, notNames: [person.full] })
      return
    }
    b.add(rng.pick(['Fans lingered outside.', 'Residents of the street were uneasy.']))
    b.add('\n\n')
    b.quote(rng.pick(['I voted for change,', 'It was loud,']), {
      newAnonymous: true,
      notNames: [],
    })
    b.add(' one said.')
    b.add(shape === 1 ? ' ' : '\n\n')
    b.add(shape === 3 ? `Another ${verb}. ` : `Another ${verb}: `)
    b.quote(second, { newAnonymous: true, notNames: [], distinctFrom: [0] })
  },
)

/**
 * Companies past the papers they cite: `Lumenpay said … According to a memo seen by the
 * Harbour Gazette, … “…,” the company added`: a noun for a company is the company in sight,
 * never the paper the story cites, whose name ends on a word only papers end on. The quote
 * went to the paper.
 */
const companiesPastPapersTheyCite = castFamily(
  'companies-past-papers-they-cite',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const company = rng.pick(['Lumenpay', 'Kestrel Systems', 'Baobab Logistics', 'Orrin Foods'])
    const paper = `the ${rng.pick(['Harbour', 'Evening', 'Lakeside', 'Northern'])} ${rng.pick([
      'Gazette',
      'Courier',
      'Ledger',
      'Times',
      'Chronicle',
      'Tribune',
    ])}`
    b.add(`${company} said in a statement on ${rng.pick(['Monday', 'Friday'])} that `)
    b.add(`${rng.pick(['no customer data had been lost', 'the board backed the deal'])}.\n\n`)
    const words = rng.pick(['We shipped too early.', 'We are not raising prices.'])
    if (shape === 0) {
      b.add(`According to a memo seen by ${paper}, ${person.full} told staff: `)
      b.quote(words, speaker)
    } else if (shape === 1) {
      b.add(`${person.full} told ${paper}: `)
      b.quote(words, speaker)
    } else {
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` ${person.full} said in an interview with ${paper}.`)
    }
    b.add('\n\n')
    b.quote(rng.pick(['Customers told us the app was confusing,', 'Demand held up,']), {
      name: company,
    })
    b.add(` the ${rng.pick(['company', 'firm'])} ${rng.pick(['added', 'said'])}.`)
  },
)

/**
 * Clauses set off by dashes between two quotes: `“We have the votes” — Moreau paused — “and we
 * will use them.”`: a name or a pronoun and a verb of any kind between dashes break into the
 * words as they would between commas; both parts are theirs, not the person named in the
 * sentence before, nor no one's.
 */
const dashedClausesBetweenQuotes = castFamily(
  'dashed-clauses-between-quotes',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    b.add(`${other.full} has tabled ${rng.int(20) + 2} amendments to the text.`)
    if (shape === 1) b.add(` ${person.full} arrived late.`)
    b.add(shape === 2 ? ' ' : '\n\n')
    if (shape === 2) b.add(`${person.full} rose to speak. `)
    const verb = rng.pick(['paused', 'smiled', 'shrugged', 'hesitated', 'sighed', 'said', 'added'])
    b.quote(
      rng.pick(['We have the votes', 'The ceasefire is fragile', 'Nobody in this room']),
      speaker,
    )
    b.add(
      ` ${rng.pick(['—', '–'])} ${shape === 0 ? person.full : shape === 1 ? person.surname : pronoun} ${verb} — `,
    )
    b.quote(rng.pick(['and we intend to use them.', 'but it is holding.']), speaker)
  },
)

/**
 * Pronouns after speeches quoted at length: a speech run over several paragraphs, each opening
 * a mark the paragraph does not close, then `“…,” she said, to applause.`: the pronoun reaches
 * back past the speech to the sentence before it began, since paragraphs of quoted words alone
 * name no one and are no distance. Past three such paragraphs, every part was no one's.
 */
const pronounsAfterSpeechesAtLength = castFamily(
  'pronouns-after-speeches-at-length',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const minutes = rng.int(60) + 10
    b.add(`In a ${minutes}-minute address on ${rng.pick(['Tuesday', 'Friday'])}, ${person.full} `)
    b.add(`set out ${pronoun === 'she' ? 'her' : 'his'} plans. `)
    b.add(rng.pick(['Early voting opens next week.', 'The session ran past midnight.']))
    const sentences: string[] = [
      'We started with four volunteers.',
      'Our message is simple.',
      'The polls were wrong.',
      'We will not be intimidated.',
      'I have been to every county.',
      'My opponent had eight years.',
      'Young people turned out.',
      'This is about the next 20 years.',
      'We kept every promise.',
      'The work is not finished.',
    ]
    const open = b.style === 'straight' ? '"' : '“'
    for (let part = 0; part < shape + 3; part++) {
      // (Each sentence once: a case's quotes have distinct texts.)
      const take = () => sentences.splice(rng.int(sentences.length), 1)[0] as string
      const words = `${take()} ${take()}`
      b.add(`\n\n${open}${words}`)
      b.expected.push({ quote: words, speaker })
    }
    b.add('\n\n')
    b.quote(rng.pick(['I was elected to fix the roads,', 'We will keep going,']), speaker)
    b.add(` ${pronoun} said${rng.pick(['', ', to applause', ' as the chamber heckled'])}.`)
  },
)

/**
 * Roles said of names by a copula, and ages before verbs: `Fernández is a former journalist;
 * Whitehorse is a former football coach.` gives each their role, listed noun or not, so that a
 * later `the former journalist` is Fernández past someone named in between; and `The
 * 59-year-old returned to the point: “…”` ends its phrase at the verb after the age. Both went
 * to the person named last.
 */
const rolesSaidByCopulas = castFamily(
  'roles-said-by-copulas',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const rival = rng.pick(people.filter((one) => one.surname !== person.surname))
    const later = rng.pick(
      people.filter((one) => one.surname !== person.surname && one.surname !== rival.surname),
    )
    const roles = ['journalist', 'novelist', 'pharmacist', 'economist', 'historian', 'translator']
    const mine = rng.pick(roles)
    const theirs = rng.pick(roles.filter((role) => role !== mine))
    const age = 30 + rng.int(40)
    b.add(`${person.full}, ${age}, and ${rival.full}, ${age + 5}, clashed on Friday. `)
    const former = rng.pick(['a former', 'a', 'a retired'])
    b.add(`${cap(person.surname)} is ${former} ${mine}`)
    b.add(shape === 0 ? '; ' : '. ')
    b.add(`${cap(rival.surname)} is ${former} ${theirs}.\n\n`)
    b.add(`A rival plan came from ${later.full}.\n\n`)
    const phrase =
      shape === 2 ? `the ${age}-year-old` : `the ${former.replace(/^a ?/u, '')} ${mine}`
    const words = rng.pick([
      'The cuts will fall hardest on the poor',
      'We will publish the costings',
    ])
    if (shape === 2) {
      b.add(`${cap(phrase.replace(/ {2,}/gu, ' '))} returned to the point: `)
      b.quote(`${words}.`, speaker)
    } else {
      b.quote(`${words},`, speaker)
      b.add(
        ` ${phrase.replace(/ {2,}/gu, ' ')} ${rng.pick(['said', 'told reporters', 'insisted'])}.`,
      )
    }
  },
)

/**
 * Runs of quotes pointed back at: one to three paragraphs that are only quotes, then `Those
 * were the words Thomas Avery chose to open his remarks.`, `That was the message that Mayor Ann
 * Lee gave.`, `That was how Ann Lee summed up the night.`: the words pointing back take up every
 * quote of the run, and a relative clause on the words (no `of` or `from`) names whose they
 * were by its subject. All were no one's.
 */
const runsPointedBackAt = castFamily(
  'runs-pointed-back-at',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const lines = [
      'There are three issues on which we disagree.',
      'We came here to negotiate, not to be lectured.',
      'The results are still coming in.',
      'Every vote will be counted by hand.',
    ]
    for (let part = 0; part <= shape; part++) {
      b.quote(lines.splice(rng.int(lines.length), 1)[0] as string, speaker)
      b.add('\n\n')
    }
    const own = pronoun === 'she' ? 'her' : 'his'
    const day = rng.pick(['Tuesday', 'Saturday'])
    b.add(
      rng.pick([
        `Those were the words ${person.full} chose to open ${own} remarks on ${day}.`,
        `That was the message that ${person.full} gave on ${day}.`,
        `Those were the words ${person.full} used at a rally on ${day}.`,
        `That was how ${person.full} summed up the night on ${day}.`,
      ]),
    )
    b.add(` ${rng.pick(['Turnout was high.', 'The count went on past midnight.'])}`)
  },
)

/**
 * Press-conference turns with beats and follow-ups: `“…?” a reporter asked. ¶ “…,” Lee said. ¶
 * “…?” another reporter asked. ¶ “Absolutely not.” Lee then ended the briefing.`: the answer
 * after a question is the answerer's even when a sentence of what they did follows it, and
 * `“…?” Nyberg followed up.` is Nyberg's (a verb the lexicon does not know, with its particle,
 * after a name). The answer went to the asker, and the follow-up to the last answerer.
 */
const pressConferenceTurns = castFamily(
  'press-conference-turns',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const analyst = rng.pick(people.filter((one) => one.surname !== person.surname))
    b.add(`At a news conference, ${person.full} faced questions about the deal.\n\n`)
    const firstAsker =
      shape === 0 ? { mention: 'a reporter', head: 'reporter' } : { name: analyst.full }
    b.quote(rng.pick(['Is the deal still on?', 'Are more layoffs coming?']), firstAsker)
    // (`Marcus Bell Jr.` ends its sentence with its own stop.)
    const stop = analyst.full.endsWith('.') ? '' : '.'
    b.add(shape === 0 ? ' a reporter asked.\n\n' : ` asked analyst ${analyst.full}${stop}\n\n`)
    b.quote(rng.pick(['Not this year,', 'We have no plans to do that,']), speaker)
    b.add(` ${person.surname} said.\n\n`)
    if (shape === 0) {
      b.quote(rng.pick(['Will you resign?', 'Is the board behind you?']), {
        mention: 'another reporter',
        head: 'reporter',
      })
      b.add(' another reporter asked.\n\n')
    } else {
      b.quote(rng.pick(['Will you resign?', 'Is the board behind you?']), { name: analyst.full })
      b.add(` ${analyst.surname} ${rng.pick(['followed up', 'pressed on', 'shot back'])}.\n\n`)
    }
    b.quote(rng.pick(['Absolutely not.', 'The short answer is no.']), speaker)
    b.add(
      ` ${person.surname} ${rng.pick(['then ended the briefing', 'left the room soon after'])}.`,
    )
  },
)

/**
 * Roles of bodies set off after names: `Fatoumata Diallo — chief executive of Okavango
 * Beverages — described …`, `(chief executive of …)`, `said Rafael Montoya, chief executive of
 * Jade River Textiles, who called …`: a title in lower case set off after a name, by a comma,
 * a dash or a bracket, is that name's role with all its complement, and names no one of its
 * own; the body's last two words were read as a person's name, who took the quote.
 */
const rolesOfBodiesSetOff = castFamily(
  'roles-of-bodies-set-off',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const title = rng.pick([
      'chief executive',
      'chair',
      'finance director',
      'chief operating officer',
    ])
    const body = rng.pick([
      'Okavango Beverages',
      'Jade River Textiles',
      'Blue Harbor Freight',
      'Kestrel Bay Minerals',
    ])
    const words = rng.pick(['deeply disappointing', 'a recipe for chaos', 'long overdue'])
    if (shape === 2) {
      b.quote(rng.pick(['We have no exposure,', 'Guidance is unchanged,']), speaker)
      b.add(` said ${person.full}, ${title} of ${body}, who called the budget `)
      b.quote(words, speaker)
      b.add('.')
      return
    }
    const [open, close] = shape === 0 ? [' — ', ' — '] : [' (', ') ']
    b.add(`${person.full}${open}${title} of ${body}${close}described the talks as `)
    b.quote(words, speaker)
    b.add(' but said the company would review its options.')
  },
)

/**
 * Shares opening their clauses: `Some were blunter: “…”`, `Many were furious: “…”`: a quantifier
 * that stands for part of a group, opening its sentence before a copula or a verb of its own,
 * is a phrase for a new source, as `A third was blunter:` is. The quote was no one's.
 */
const sharesOpeningTheirClauses = castFamily(
  'shares-opening-their-clauses',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      rng.pick(['Drivers queuing for fuel were angry.', 'Residents of the town had mixed views.']),
    )
    b.add('\n\n')
    const share = rng.pick(['Some', 'Many', 'Several', 'Most'])
    b.add(`${share} ${rng.pick(['were blunter', 'were furious', 'sounded weary', 'shrugged'])}: `)
    b.quote(rng.pick(['Every week the bill is higher.', 'We just want the buses running.']), {
      newAnonymous: true,
      notNames: [person.full],
    })
    b.add('\n\n')
    if (shape === 1) b.add(`${rng.pick(['Others were more hopeful.', 'Not everyone agreed.'])} `)
    b.quote(rng.pick(['I had to close two days a week,', 'We queued for three hours,']), {
      newAnonymous: true,
      notNames: [person.full],
      distinctFrom: [0],
    })
    b.add(` said one, ${rng.pick(['a father of three', 'who did not want to be named'])}.\n\n`)
    b.quote(
      rng.pick(['Storage is fuller than a year ago,', 'The data have been encouraging,']),
      speaker,
    )
    b.add(` ${person.full} said.`)
  },
)

/**
 * Names inside quotes: `“We called it ‘Project Phoenix’ because we needed hope,” Zhang
 * recalled.`: a name in capitals that the speaker's words give a thing (`called it`, `dubbed
 * it`, `a plan known as`) is no one's words, where other words in marks inside a quote are the
 * speaker's own (`I told them, ‘We need a plan B’`). Names went to the outer speaker.
 */
const namesInsideQuotes = castFamily(
  'names-inside-quotes',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const name = rng.pick(['Project Phoenix', 'Second Wind', 'Operation Lantern', 'Blue Door'])
    const [open, close] = b.style === 'straight' ? ["'", "'"] : ['‘', '’']
    const outer =
      shape === 0
        ? `We ${rng.pick(['called it', 'dubbed it', 'named it'])} ${open}${name}${close} because we needed hope,`
        : `The plan, known internally as ${open}${name}${close}, is finished,`
    b.quote(outer, speaker)
    b.expected.push({ quote: name, speaker: null })
    b.add(` ${person.full} ${rng.pick(['recalled', 'said', 'told reporters'])}.\n\n`)
    b.quote(`I told them, ${open}We need a plan B,${close} and they listened,`, speaker)
    b.expected.push({ quote: 'We need a plan B,', speaker })
    b.add(` ${person.surname} added.`)
  },
)

/**
 * Remarks introducing lists: `Among the remarks by Jane Doe, chief executive of Acme, on
 * Friday:`, `Highlights of Energy Minister Jane Doe’s remarks at the briefing:`, `Some of the
 * comments from Jane Doe:`, then quotes as bullets or numbered lines: a speech noun whose owner
 * `by`, `of` or `from` names, or a possessive holds, in a line with no verb of report, hands the
 * list to its owner. Every item was no one's.
 */
const remarksIntroducingLists = castFamily(
  'remarks-introducing-lists',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const day = rng.pick(['Friday', 'Tuesday'])
    const own = pronoun === 'she' ? 'her' : 'his'
    b.add(
      shape === 0
        ? `Among the remarks by ${person.full}, ${rng.pick(['chief executive of Acme', 'a trader in Lima'])}, on ${day}:`
        : shape === 1
          ? `Highlights of ${person.full}’s remarks at the briefing:`
          : `Some of the comments from ${person.full} after ${own} speech:`,
    )
    const gap = rng.pick(['\n', '\n\n'])
    const items = [
      'It was a tough quarter.',
      'We made mistakes on pricing.',
      'Demand is holding up.',
    ]
    items.forEach((item, index) => {
      b.add(`${gap}${rng.int(2) === 0 ? '•' : `${index + 1}.`} `)
      b.quote(item, speaker)
    })
    b.add(`\n\n${rng.pick(['Shares rose 3% on the news.', 'Trading volumes were high.'])}`)
  },
)

/**
 * Songs sung by their titles: `Mourners sang “Lead Us Home” as candles were lit`: a song in
 * title case right after a verb of singing is its title, no one's words; a line sung in lower
 * case (`sang “we shall overcome”`) and a chant (`chanted “Build The Wall!”`) are still the
 * crowd's. The title went to the singers. (PolNeAR's dev split gives one such title to its
 * singers: see the closing note.)
 */
const songsSungByTitle = castFamily(
  'songs-sung-by-title',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.quote(rng.pick(['We will carry her name with us,', 'She was the first to help,']), speaker)
    b.add(` ${person.full} said.\n\n`)
    const [singers, head] = rng.pick([
      ['Mourners', 'mourners'],
      ['The choir', 'choir'],
      ['Fans outside the arena', 'fans'],
    ] as const)
    if (shape === 0) {
      b.add(`${singers} ${rng.pick(['sang', 'were singing'])} `)
      b.quote(rng.pick(['Lead Us Home', 'Rivers of Mercy', 'Home Again']), null)
    } else {
      b.add(`${singers} chanted `)
      b.quote(rng.pick(['Bring Them Home!', 'Never Again!']), {
        mention: singers.charAt(0).toLowerCase() + singers.slice(1),
        head,
      })
    }
    b.add(' as candles were lit.')
  },
)

/**
 * Ledes pointed back at by any verb: `“…” ¶ That is how Olga Petrenko, a retired nurse, remembers
 * the moment.`, `That is what Petrenko recalls.`, `Petrenko, a grandmother, repeated the sentence
 * several times on Sunday.`: after `how` or `what` the words pointed back at are the subject's,
 * whatever verb follows, cue or not; and `the sentence`, `the line`, `the phrase` are the words
 * a cue said, as `those words` are. The lede was no one's.
 */
const ledesPointedBackByAnyVerb = castFamily(
  'ledes-pointed-back-by-any-verb',
  3,
  ({ b, person, speaker }, shape, rng) => {
    b.quote(
      rng.pick(['The water came through the door in minutes.', 'We grabbed the children and ran.']),
      speaker,
    )
    b.add('\n\n')
    const aside = rng.pick([
      '',
      `, ${rng.pick(['a retired nurse', 'a grandmother who lost her home'])},`,
    ])
    const day = rng.pick(['Sunday', 'Wednesday'])
    if (shape === 0) {
      b.add(
        `That is how ${person.full}${aside} ${rng.pick(['remembers', 'recalls', 'remembered'])} the moment on ${day}.`,
      )
    } else if (shape === 1) {
      b.add(`That is what ${person.full}${aside} ${rng.pick(['remembers', 'recalls'])} most.`)
    } else {
      b.add(
        `${person.full}${aside} repeated the ${rng.pick(['sentence', 'line', 'phrase'])} several times on ${day}.`,
      )
    }
    b.add(
      ` ${rng.pick(['Rescue crews reached the village on Monday.', 'The river rose overnight.'])}`,
    )
  },
)

/**
 * Letters read out for their writers: `The letter, signed by 128 nurses and read into the record
 * by …, said: “…”` speaks for its signers, a participle of putting it out set off by commas as
 * well as not; and after `Liam O’Connor, 39, wrote to the Morning Sentinel`, `The letter, read on
 * air by …, began: “…”` is the writer's, past the aside after the writer's name. Both were the
 * letter's own.
 */
const lettersReadForWriters = castFamily(
  'letters-read-for-writers',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const reader = rng.pick(people.filter((one) => one.surname !== person.surname))
    const words = rng.pick(['I locked the door and waited.', 'We finally feel heard.'])
    if (shape === 0) {
      const signers = rng.pick(['128 nurses', '40 parents', '312 residents'])
      b.add(
        `The ${rng.pick(['letter', 'petition'])}, signed by ${signers} and read into the record by ${reader.full}, said: `,
      )
      b.quote(words, { mention: signers, head: signers.split(' ').at(-1) as string })
      return
    }
    b.add(`${person.full}, ${30 + rng.int(40)}, wrote to the Morning Sentinel from the shelter. `)
    b.add(`The letter, read on air by ${reader.full}, ${rng.pick(['began', 'said'])}: `)
    b.quote(words, speaker)
  },
)

/**
 * Shows of broadcasters: `In an interview on Kiwa Community Radio’s “The Breakfast Show” on
 * Friday, host Emmanuel Asante asked Police Chief Leilani Akana: “…?”`: a name in title case
 * owned by a broadcaster or a paper is one of its shows or columns, no one's words; the host's
 * question and the answer are theirs. The show's title went to the host.
 */
const showsOfBroadcasters = castFamily(
  'shows-of-broadcasters',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    const host = rng.pick(people.filter((one) => one.surname !== person.surname))
    const owner = rng.pick(['Kiwa Community Radio', 'Harbor Public Radio', 'Channel 9 News'])
    b.add(`In an interview on ${owner}’s `)
    b.quote(rng.pick(['The Breakfast Show', 'City Hour', 'Morning Edition']), null)
    b.add(` on ${rng.pick(['Friday', 'Sunday'])}, host ${host.full} asked ${person.full}: `)
    b.quote(rng.pick(['What happens next?', 'Is the worst behind us?']), { name: host.full })
    b.add('\n\n')
    b.quote(rng.pick(['We will not stop searching,', 'The evidence points one way,']), speaker)
    b.add(` ${person.surname} replied.`)
  },
)

/**
 * Roles with clauses set off by dashes or brackets: `Marcus Bell — a rice farmer who lost most of
 * his crop — has followed the situation. … “…,” the farmer said.`: a role with a relative clause
 * set off after a name by dashes or brackets, as by commas, is the name's, and so is `who`. The
 * role was someone of its own, who took the quote.
 */
const rolesWithClausesSetOff = castFamily(
  'roles-with-clauses-set-off',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const [role, noun] = rng.pick([
      ['a rice farmer', 'farmer'],
      ['a retired welder', 'welder'],
      ['a night-shift nurse', 'nurse'],
    ] as const)
    const own = pronoun === 'she' ? 'her' : 'his'
    const clause = `${role} who lost most of ${own} savings`
    b.add(`Floodwaters rose across the valley on Tuesday. ${person.full}`)
    b.add(shape === 0 ? ` — ${clause} — ` : ` (${clause}) `)
    b.add(
      `has followed the situation closely.\n\n${other.full}, a volunteer, ferried residents to higher ground.\n\n`,
    )
    b.quote(
      rng.pick(['There is nothing left of the shop,', 'We lost everything in an hour,']),
      speaker,
    )
    b.add(` the ${noun} said.`)
  },
)

const datelinesOpeningParagraphs = castFamily(
  'datelines-opening-paragraphs',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const dateline = rng.pick([
      'HARBOURTON —',
      'LAKEVIEW, Ont. —',
      'PORT ELLIS (Wire) —',
      'SAN MIGUEL, Calif. (AP) —',
      'KESTREL BAY, Tasmania (Reuters) -',
      'NEW ALDEN –',
    ])
    const role = rng.pick(['a school librarian', 'the town’s harbourmaster', 'a retired judge'])
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const [first, second] = rng.pick([
      ['Nobody here has seen water like this.', 'We moved the books upstairs at midnight.'],
      ['The bridge was never built for this traffic.', 'We asked for repairs three times.'],
    ] as const)
    b.add(`${dateline} `)
    if (shape === 0) {
      // A lede quote alone after the dateline, pointed back at from the next paragraph.
      b.quote(first, speaker)
      const pointer = rng.pick([
        `Those were the words of ${person.full}, ${role}, on Tuesday.`,
        `So said ${person.full}, ${role}, at a meeting on Tuesday.`,
        `With those words, ${person.full}, ${role}, opened the meeting on Tuesday.`,
      ])
      b.add(`\n\n${pointer} ${other.full}, a councillor, listened.\n\n`)
    } else if (shape === 1) {
      // A name owning the dateline's first noun is the one a surname stands for later.
      b.add(
        `${person.full}’s ${rng.pick(['bookshop', 'ferry service', 'bakery'])} reopened on Tuesday. ${other.full}, a councillor, cut the ribbon.\n\n`,
      )
    } else {
      b.add(`${person.full}, ${role}, said on Tuesday that the road would stay shut.\n\n`)
      b.quote(first, speaker)
      b.add('\n\n')
    }
    b.quote(second.replace(/\.$/, ','), speaker)
    b.add(` ${person.surname} said.`)
  },
)

const pronounsBoundInTheirClause = castFamily(
  'pronouns-bound-in-their-clause',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    // Someone of the same gender speaks last, so only the clause can rule them out.
    const other = rng.pick(
      genderShown.filter((one) => one.gender === person.gender && one.surname !== person.surname),
    )
    const named = rng.pick([other.surname, other.full])
    b.add(`The council met on ${rng.pick(['Monday', 'Thursday'])} to vote on the budget. `)
    b.quote(rng.pick(['We cannot keep borrowing,', 'The numbers do not add up,']), speaker)
    b.add(` ${person.full} said. ${other.full}, the treasurer, defended the plan.\n\n`)
    b.quote(rng.pick(['Every line has been checked twice,', 'We can afford this,']), {
      name: other.full,
    })
    b.add(` ${other.surname} said.\n\n`)
    const text = rng.pick(['That is simply not true.', 'Then show us the figures.'])
    const tail = rng.pick([
      `${pronoun} told ${named}`,
      `${pronoun} replied, turning to ${named}`,
      `${pronoun} said, pointing at ${named}`,
      `${pronoun} said of ${named}`,
      `${pronoun} shot back at ${named}`,
    ])
    if (shape === 0) {
      b.quote(text.replace(/\.$/, ','), speaker)
      b.add(` ${tail}.`)
    } else {
      b.add(`${cap(tail)}: `)
      b.quote(text, speaker)
    }
  },
)

const objectsListedBeforeParticiples = castFamily(
  'objects-listed-before-participles',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const others: string[] = []
    while (others.length < 3) {
      const one = rng.pick(people)
      if (one.surname === person.surname || others.some((name) => name.endsWith(one.full))) continue
      others.push(rng.int(2) === 0 ? one.full : `Judge ${one.full}`)
    }
    const list = `${others[0]}, ${others[1]} and ${others[2]}`
    b.add(
      `${person.full} ${rng.pick(['chaired the hearing', 'spoke first', 'opened the session'])}. `,
    )
    b.add(
      `${cap(pronoun)} also ${rng.pick(['thanked', 'met', 'praised'])} ${list}${shape === 0 ? ` on ${rng.pick(['Sunday', 'Tuesday'])}` : ''}, ${rng.pick(['noting', 'adding', 'saying'])} that the talks had been `,
    )
    b.quote(rng.pick(['deeply flawed', 'an insult to residents', 'dead on arrival']), speaker)
    b.add('.')
  },
)

const cleftsOnSpeakersPointingBack = castFamily(
  'clefts-on-speakers-pointing-back',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const role = rng.pick([', a marine biologist,', ', the majority whip,', ''])
    b.quote(rng.pick(['Who among us has read this bill?', 'Could it be contamination?']), speaker)
    const pointer =
      shape === 0
        ? `That was the question ${person.full}${role} ${rng.pick(['put', 'posed', 'asked'])} to the meeting on ${rng.pick(['Monday', 'Friday'])}.`
        : `It was ${person.full}${role} who ${rng.pick(['asked it', 'said it', 'put it to the meeting', 'raised it'])}${shape === 1 ? ', to an awkward silence' : ''}.`
    b.add(`\n\n${pointer} ${other.full} did not answer.\n\n`)
    b.quote(rng.pick(['We need the samples tested,', 'Nobody has read it,']), speaker)
    b.add(` ${person.surname} said.`)
  },
)

const wordsNamedInsideQuotes = castFamily(
  'words-named-inside-quotes',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const word = rng.pick(['closure', 'transparency', 'resilience', 'reform'])
    const noun = rng.pick(['word', 'term'])
    b.add(`The plant closed on ${rng.pick(['Monday', 'Friday'])}. `)
    const opening =
      shape === 0
        ? rng.pick(['He kept using', 'They are using', 'Everyone is using'])
        : 'I would use'
    b.add(shape === 0 ? '“' : '“')
    const text = `${opening} the ${noun} ‘${word}’ but that does not describe it,`
    b.expected.push({ quote: text, speaker })
    b.expected.push({ quote: word, speaker: shape === 0 ? null : speaker })
    b.add(`${text}” ${person.full} said.`)
  },
)

const frontedClausesBeforeSubjects = castFamily(
  'fronted-clauses-before-subjects',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    const asker = rng.pick(['I', 'reporters', 'the committee', 'we'])
    const when = rng.pick(['When', 'After', 'Before'])
    const verb = rng.pick(['asked', 'pressed', 'told'])
    const role = rng.pick(['', ', who was laid off in the spring,', ' (the paper’s former editor)'])
    b.add(`The newspaper cut 40 jobs on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
    b.add(
      `${when} ${asker} ${verb} ${person.full}${role} about the cuts, ${pronoun} ${rng.pick(['did not hesitate', 'was blunt', 'sighed', 'replied'])}: `,
    )
    b.quote(rng.pick(['We checked every figure twice.', 'Trust takes years to build.']), speaker)
  },
)

const subheadsRepeatingTheStory = castFamily(
  'subheads-repeating-the-story',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const [title, words] = rng.pick([
      ['Not Fit for Purpose', 'not fit for purpose'],
      ['Deeply Flawed', 'deeply flawed'],
      ['A Step Backwards', 'a step backwards'],
    ] as const)
    b.add(`The council approved the archive plan on ${rng.pick(['Monday', 'Friday'])}. `)
    b.quote('We had no other option,', { name: other.full })
    b.add(` ${other.full}, the council leader, said.\n\n`)
    b.add(
      `${shape === 0 ? `${cap(person.surname)}: ` : ''}${rng.pick(['Plan Is', 'Archive Plan'])} `,
    )
    b.quote(title, speaker, true)
    b.add(
      `\n\n${person.full}, ${rng.pick(['the president of the press association', 'a historian at the university'])}, said the plan was `,
    )
    b.quote(`${words}.`, speaker)
  },
)

const ownersOpeningPhrases = castFamily(
  'owners-opening-phrases',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const [owner, noun] = rng.pick([
      ['My', 'editor'],
      ['My', 'father'],
      ['Our', 'coach'],
      ['My', 'old teacher'],
    ] as const)
    const verb = rng.pick([
      'called me at midnight and said',
      'pulled me aside and told me',
      'looked up and said',
    ])
    const words = rng.pick([
      'Do not publish until we have a second source.',
      'Keep your head down.',
    ])
    const head = noun.split(' ').at(-1) as string
    if (shape === 0) {
      // Inside someone's words: the owner's phrase is the inner quote's speaker.
      b.add(`${person.full} remembers the night clearly.\n\n`)
      const text = `${owner} ${noun} ${verb}, ‘${words}’ So that is what we did,`
      b.add(`“${text}” ${person.surname} said.`)
      b.expected.push({ quote: text, speaker })
      b.expected.push({ quote: words, speaker: { mention: `${owner} ${noun}`, head } })
    } else {
      const own = pronoun === 'she' ? 'Her' : 'His'
      b.add(
        `${person.full} was 17 when the letter came. ${own} ${noun} ${verb.replace(/me/g, pronoun === 'she' ? 'her' : 'him')}, `,
      )
      b.quote(words, { mention: `${own} ${noun}`, head })
    }
  },
)

const adverbsSetOffAfterSubjects = castFamily(
  'adverbs-set-off-after-subjects',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const [role, noun] = rng.pick([
      ['the station’s longtime weather presenter', 'presenter'],
      ['the coroner for the northern district', 'coroner'],
      ['a retired harbourmaster', 'harbourmaster'],
    ] as const)
    const age = 30 + rng.int(50)
    b.add(`${person.full}, ${age}, ${role}, has asked questions about the contract for months. `)
    b.quote('This is not a small story,', speaker)
    b.add(
      ` ${person.surname} said.\n\n${other.full}, ${age + 3}, a first-term senator, disagrees. `,
    )
    b.quote('That is the job,', { name: other.full })
    b.add(` ${other.surname} said.\n\n`)
    const subject = shape === 0 ? `The ${noun}` : `The ${age}-year-old`
    const adverb = rng.pick([
      'however',
      'though',
      `for ${pronoun === 'she' ? 'her' : 'his'} part`,
      'meanwhile',
    ])
    const beat = rng.pick(['was unmoved', 'had the last word', 'did not back down'])
    b.add(`${subject}, ${adverb}, ${beat}: `)
    b.quote(
      rng.pick(['I have never seen anything like it.', 'We stand by our reporting.']),
      speaker,
    )
  },
)

const rolesLabellingTranscripts = castFamily(
  'roles-labelling-transcripts',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const prosecutor = rng.pick(people.filter((one) => one.surname !== person.surname))
    const judge = rng.pick(
      people.filter((one) => one.surname !== person.surname && one.surname !== prosecutor.surname),
    )
    b.add(
      `${person.full}, ${40 + rng.int(30)}, is on trial at the High Court on fraud charges.\n\n`,
    )
    b.add(
      `On ${rng.pick(['Tuesday', 'Friday'])}, the prosecutor, ${prosecutor.full}, questioned ${person.surname}, the defendant. Judge ${judge.full} presided.\n\nAn excerpt from the transcript:\n\n`,
    )
    const judgeLabel = shape === 0 ? `JUDGE ${judge.surname.toUpperCase()}` : 'THE JUDGE'
    b.add('PROSECUTOR: ')
    b.quote(rng.pick(['Did you sign the transfer?', 'Did you read the report?']), {
      name: prosecutor.full,
    })
    b.add('\n\nDEFENDANT: ')
    b.quote(rng.pick(['I do not remember.', 'I skimmed it.']), speaker)
    b.add(`\n\n${judgeLabel}: `)
    b.quote(rng.pick(['Counsel, move on.', 'Please answer the question.']), { name: judge.full })
  },
)

const interviewsInThePassive = castFamily(
  'interviews-in-the-passive',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const asker = rng.pick(people.filter((one) => one.surname !== person.surname))
    b.add(`${person.full} gave evidence to the inquiry on ${rng.pick(['Monday', 'Thursday'])}.\n\n`)
    const verb = shape === 0 ? 'was questioned' : 'was interviewed'
    b.add(
      `${person.surname} ${verb} ${rng.pick(['for two hours ', 'at length ', ''])}by ${rng.pick(['counsel to the inquiry, ', 'the presenter ', ''])}${asker.full}.\n\nQ: `,
    )
    b.quote(rng.pick(['Did you see the memo?', 'When did you first hear of it?']), {
      name: asker.full,
    })
    b.add('\n\nA: ')
    b.quote(rng.pick(['I saw it afterwards.', 'Not until the inspection.']), speaker)
  },
)

const intervieweesAnsweringQuestions = castFamily(
  'interviewees-answering-questions',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    b.add(`The trial ended on ${rng.pick(['Monday', 'Wednesday'])}.\n\n`)
    b.add(
      `${rng.pick(['Judge ', 'Dr. ', ''])}${person.full}${rng.pick([', who led the study,', ''])} ${rng.pick(['answered questions', 'took questions', 'fielded questions'])} from ${rng.pick(['the Morning Standard', 'readers', 'the Ledger'])} on ${rng.pick(['Tuesday', 'Sunday'])}. This transcript has been lightly edited.\n\nQ: What happens next?\n\nA: `,
    )
    b.quote(rng.pick(['It has been a long road.', 'Nobody expected this.']), speaker)
    b.add('\n\nQ: Why now?\n\nA: ')
    b.quote(rng.pick(['No sentence will bring him back.', 'The data were clear.']), speaker)
  },
)

const phrasesLabellingBullets = castFamily(
  'phrases-labelling-bullets',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const bullet = rng.pick(['•', '*', '-'])
    const [label, head] =
      shape === 0
        ? rng.pick([
            ['A former subeditor', 'subeditor'],
            ['A night-shift nurse', 'nurse'],
            ['One longtime resident', 'resident'],
          ] as const)
        : rng.pick([
            ['One of the study’s reviewers', 'one'],
            ['Some of the protesters', 'some'],
          ] as const)
    b.add(
      `Key quotes from ${rng.pick(['Wednesday’s', 'Friday’s'])} hearing:\n\n${bullet} ${person.full}, ${rng.pick(['a lecturer', 'the station’s editor'])}: `,
    )
    b.quote(rng.pick(['That is the job.', 'We will publish everything.']), speaker)
    b.add(`\n\n${bullet} ${label}: `)
    b.quote(rng.pick(['There was no pressure at all.', 'The data do not support that.']), {
      mention: label,
      head,
    })
  },
)

const askersAndProgrammes = castFamily(
  'askers-and-programmes',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    // The asker is of the same gender, so only the phrase can rule them out.
    const asker = rng.pick(
      genderShown.filter((one) => one.gender === person.gender && one.surname !== person.surname),
    )
    const show = rng.pick(['Hard Questions', 'The Week in Review', 'Morning Edition'])
    const programme = rng.pick(['programme', 'program', 'show'])
    b.quote(rng.pick(['It is going to take time,', 'We are not finished yet,']), speaker)
    b.add(
      ` said ${person.full}, the network’s head of news, in an interview broadcast on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
    )
    if (shape === 0) {
      b.add(
        `Asked by ${asker.full}, the ${programme}’s presenter, whether the story would have run, ${pronoun} said: `,
      )
      b.quote(rng.pick(['Trust takes years to build.', 'We owe the families an answer.']), speaker)
    } else {
      b.add(`${person.surname} told host ${asker.full} on the Kestrel TV ${programme} `)
      b.quote(show, null)
      b.add(` that the archive would stay open.`)
    }
  },
)

/**
 * Names with a patronymic (`Nur Aisyah binti Kamal`, `Dalia ben Youssef`) named again by their
 * given names or by the particle and father's name, and a capitalized `Ben` that is a given
 * name.
 */
const patronymicNames = castFamily(
  'patronymic-names-named-again',
  4,
  ({ b, person }, shape, rng) => {
    const female = rng.chance(0.5)
    const givens = female
      ? ['Nur Aisyah', 'Siti Hajar', 'Farah Diyana', 'Nurul Izzah', 'Aina Sofea']
      : ['Ahmad Faizal', 'Mohd Azlan', 'Muhammad Hafiz', 'Wan Haziq', 'Amirul Hakim']
    const fathers = ['Kamal', 'Osman', 'Rahman', 'Ismail', 'Yusof', 'Hamid']
    const particle = female ? rng.pick(['binti', 'bt.']) : 'bin'
    const given = rng.pick(givens)
    const father = rng.pick(fathers)
    const pronoun = female ? 'she' : 'he'
    const role = rng.pick(['the state’s health minister', 'the council’s leader', 'a lawyer'])
    const day = rng.pick(['Monday', 'Thursday', 'Saturday'])
    // Someone of the other sex between the two quotes, whom the pronoun passes over.
    const other = {
      full: female
        ? rng.pick(['David Mensah', 'Peter Lindqvist', 'Marco Rossi'])
        : rng.pick(['Maria Lopez', 'Anna Kowalska', 'Helen Park']),
    }
    if (shape === 0 || shape === 1) {
      const full = `${given} ${particle === 'bt.' ? 'binti' : particle} ${father}`
      const speaker = { name: full }
      b.add(`${full}, ${role}, set out the plan on ${day} in Kuala Lumpur.\n\n`)
      // Named again by both given names, or by the second alone (`Azlan`).
      const again = shape === 0 ? given : (given.split(' ')[1] as string)
      b.quote(
        rng.pick(['We will not wait for the floods,', 'The money is already there,']),
        speaker,
      )
      b.add(` ${again} ${rng.pick(['said', 'told reporters', 'added'])}.\n\n`)
      b.add(`${other.full} has criticized the plan.\n\n`)
      b.quote(rng.pick(['Nobody will be left behind,', 'This is only the start,']), speaker)
      b.add(` ${pronoun} said.`)
    } else if (shape === 2) {
      const name = rng.pick(female ? ['Dalia', 'Leila', 'Samira'] : ['Tariq', 'Karim', 'Nabil'])
      const surname = rng.pick(['Youssef', 'Ammar', 'Salem', 'Haddad'])
      const link = female ? rng.pick(['ben', 'bint']) : rng.pick(['ben', 'ould'])
      const full = `${name} ${link} ${surname}`
      b.add(`${full}, ${role}, spoke after the vote on ${day}.\n\n`)
      b.quote(rng.pick(['We expected this result,', 'The count was fair,']), { name: full })
      b.add(` ${link} ${surname} said.\n\n`)
      b.add(`${other.full} did not comment.\n\n`)
      b.quote(rng.pick(['We will appeal,', 'It was a long night,']), { name: full })
      b.add(` ${pronoun} added.`)
    } else {
      // `Ben` capitalized is a given name, not a particle.
      b.add(`Ben ${person.surname}, ${role}, spoke after the vote on ${day}.\n\n`)
      b.quote(rng.pick(['We expected this result,', 'The count was fair,']), {
        name: `Ben ${person.surname}`,
      })
      b.add(` ${person.surname} said.`)
    }
  },
)

/**
 * Bodies whose names hold a number or an ampersand beside a person: `Imran Qureshi of Channel 7
 * News` is Qureshi, `Okoro & Partners analyst Tane Walker` is Walker, and `Okoro & Partners`
 * alone is the firm.
 */
const bodiesBesideNames = castFamily(
  'bodies-beside-names',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const day = rng.pick(['Monday', 'Wednesday', 'Sunday'])
    if (shape === 0) {
      const outlet = `${rng.pick(['Channel', 'Radio', 'Studio'])} ${rng.int(12) + 2} ${rng.pick(['News', 'Network', 'Group'])}`
      b.add(
        `The ${rng.pick(['debate', 'forum', 'town hall'])} on ${day} was moderated by ${person.full} of ${outlet}.\n\n`,
      )
      b.add(`${cap(person.surname)} ${rng.pick(['asked', 'pressed', 'interrupted'])}: `)
      b.quote(rng.pick(['Who gave the order?', 'Is the money actually there?']), speaker)
    } else {
      const firm = `${rng.pick(['Okoro', 'Crane', 'Halden', 'Brightwater'])} & ${rng.pick(['Partners', 'Osei Capital', 'Associates', 'Webb'])}`
      const role = rng.pick(['analyst', 'chief economist', 'managing director', 'strategist'])
      if (shape === 1) {
        b.add(
          `${firm} ${role} ${person.full} ${rng.pick(['summed up the mood', 'was more cautious'])} on ${day}.\n\n`,
        )
        b.quote(
          rng.pick(['Liquidity dried up within minutes,', 'We see value in local debt,']),
          speaker,
        )
        b.add(` ${person.surname} said.\n\n`)
        b.quote(
          rng.pick(['The rally has run ahead of itself,', 'Spreads tell another story,']),
          speaker,
        )
        b.add(` ${pronoun} added.`)
      } else {
        b.add(`In a statement on ${day}, ${firm} said: `)
        b.quote(rng.pick(['Our capital remains strong.', 'We will cooperate fully.']), {
          name: firm,
        })
      }
    }
  },
)

/**
 * Who a speaker is, set off by commas or dashes between the name and any verb that closes the
 * quote's sentence (`“…,” Tariq Haddad, a rice farmer, remembered.`), and words for speech in
 * nouns' places inside a role (`the regional fire service`, `the local post office`).
 */
const asidesBeforeAnyVerb = castFamily(
  'asides-before-any-verb',
  3,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${rng.pick(['Rescue crews reached the villages on Tuesday.', 'The ward opened on Saturday.', 'The river crested overnight.'])}\n\n`,
    )
    const first = rng.pick([
      'There is nothing left of the shop,',
      'We waited on the roof all night,',
      'The staff were kind, but they were exhausted,',
    ])
    if (shape === 2) {
      const role = rng.pick([
        'the chief of the regional fire service',
        'a manager at the local post office',
        'the head of the county fire brigade',
        'a clerk at the village post office',
      ])
      b.quote(first, speaker)
      b.add(
        ` ${role}, ${person.full}, ${rng.pick(['said in a statement', 'told reporters', 'said'])}.`,
      )
    } else {
      const aside = rng.pick([
        'a rice farmer who lost most of the crop',
        'a nurse at the district hospital',
        '54',
        'who runs the shelter',
        'the town’s longtime pharmacist',
      ])
      const [open, close] = shape === 0 ? [',', ','] : [' —', ' —']
      b.quote(first, speaker)
      b.add(
        ` ${person.full}${open} ${aside}${close} ${rng.pick(['remembered', 'reflected', 'marvelled', 'recalled', 'explained'])}. `,
      )
      b.quote(
        rng.pick(['Nobody told us to leave.', 'I carried my grandmother to the school.']),
        speaker,
      )
    }
  },
)

/**
 * Answers and set-off subjects: the one asked a question gives the answer the next sentence
 * quotes, after a label for an answer too (`The reply: “…”`); a surname that is a word
 * (`Price`, `Park`) opens a sentence before a phrase or an adverb set off ahead of its cue.
 */
const answersAndSetOffSubjects = castFamily(
  'answers-and-set-off-subjects',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const question = rng.pick([
      'whether the company had failed to cooperate',
      'whether prices would stay high through the winter',
      'if the talks had broken down',
      'about the timing of the next decision',
    ])
    const answer = rng.pick([
      'It is too early to say.',
      'Ask me again after the vote.',
      'Not this year.',
    ])
    if (shape === 0) {
      b.add(`${rng.pick(['Shares fell on Tuesday.', 'The strike entered its third week.'])} `)
      b.add(
        `${person.full}, ${rng.pick(['the company’s chief executive', 'a union organizer', 'the regulator’s chair'])}, was asked ${question}. `,
      )
      b.add(`${rng.pick(['The reply', 'The response', 'The answer', 'The retort'])}: `)
      b.quote(answer, speaker)
    } else if (shape === 1) {
      const asker = rng.pick(['Reporters', 'A reporter from the Ledger', 'Two council members'])
      b.add(`${asker} asked ${person.full} ${question}.\n\n`)
      b.quote(answer, speaker)
    } else {
      const worded = rng.pick([
        { full: 'Park Hye-rin', surname: 'Park', pronoun: 'she' },
        { full: 'Daniel Price', surname: 'Price', pronoun: 'he' },
        { full: 'Sarah Young', surname: 'Young', pronoun: 'she' },
        { full: 'Tomás Rice', surname: 'Rice', pronoun: 'he' },
      ])
      b.add(`${worded.full} spent the day in the capital. ${person.full} was blunt: `)
      b.quote(rng.pick(['We will not be intimidated.', 'The polls were wrong.']), speaker)
      b.add(
        `\n\n${worded.surname}, ${rng.pick(['speaking later', 'however', 'speaking to reporters'])}, ${rng.pick(['said', 'added', 'countered'])}: `,
      )
      b.quote(rng.pick(['This is the most important election.', 'We have the votes.']), {
        name: worded.full,
      })
    }
  },
)

/**
 * Words pointed back at or read from a post: `Those were the words the party’s chief
 * negotiator, Hans-Peter von Ahlen, chose …` takes the quotes before it, and `The post read:`
 * after `X posted on Facebook` is X's.
 */
const choosersAndPosts = castFamily(
  'choosers-and-posts',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      b.quote(rng.pick(['We don’t legislate by press release.', 'We have the votes.']), speaker)
      b.add('\n\n')
      b.quote(rng.pick(['The amendment guts the bill.', 'We will table our own version.']), speaker)
      const role = rng.pick([
        'the party’s chief negotiator',
        'the ruling bloc’s parliamentary leader',
        'the committee’s longest-serving member',
      ])
      b.add(
        `\n\nThose were the words ${role}, ${person.full}, chose to open ${pronoun === 'she' ? 'her' : 'his'} remarks in ${rng.pick(['Bergen', 'Dhaka', 'Quito'])} on ${rng.pick(['Sunday', 'Tuesday'])}.`,
      )
    } else {
      b.add(
        `${person.full} posted on ${rng.pick(['Facebook', 'Instagram', 'X'])} on ${rng.pick(['Monday', 'Friday'])}.${rng.pick([' ', '\n\n'])}`,
      )
      b.add('The post read: ')
      b.quote(
        rng.pick(['We are closed until further notice.', 'Thank you for every message.']),
        speaker,
      )
    }
  },
)

/**
 * Surnames a particle opens in lower case that end like a past (`Karim el-Sayed`), and a
 * pronoun that speaks in a clause of its own (`Doe was candid when she spoke to reporters.`)
 * before the quote that follows.
 */
const particlesAndPronounReports = castFamily(
  'particles-and-pronoun-reports',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      const given = rng.pick(['Karim', 'Layla', 'Samir', 'Nadia', 'Omar'])
      const surname = rng.pick(['el-Sayed', 'al-Rasheed', 'al-Majeed', 'el-Saeed', 'al-Hamed'])
      const full = `${given} ${surname}`
      b.add(
        `${rng.pick(['The dispute reached the court on Sunday.', 'The archive will close in May.'])}\n\n`,
      )
      b.quote(
        rng.pick(['The data simply do not support that claim,', 'People have a right to know,']),
        {
          name: full,
        },
      )
      b.add(
        rng.pick([
          ` said ${rng.pick(['Dr. ', ''])}${full}, ${rng.pick(['a lawyer', 'the group’s director', '41'])}.`,
          ` ${full} said.`,
        ]),
      )
    } else {
      b.add(
        `${cap(rng.pick(['lawmakers have until Wednesday to agree a budget.', 'the club sacked its manager on Monday.']))}\n\n`,
      )
      b.add(
        `${person.full} was ${rng.pick(['candid', 'reflective', 'in a defiant mood', 'blunt'])} when ${pronoun} ${rng.pick(['spoke to reporters', 'spoke at the meeting', 'spoke to supporters'])} on ${rng.pick(['Tuesday', 'Thursday'])}.\n\n`,
      )
      b.quote(
        rng.pick([
          'Nobody reads a 900-page bill in two days.',
          'We came here to win and we didn’t.',
        ]),
        speaker,
      )
      b.add('\n\n')
      b.quote(
        rng.pick(['The other side has walked away.', 'We will go again on Saturday.']),
        speaker,
      )
    }
  },
)

/**
 * Words in title case inside someone's quote, with no sentence of their own, are a title or a
 * sign, no one's (`“I reread ‘The Salt Road’ every winter”`); words the speaker says they say
 * stay theirs (`“I always tell them, ‘Keep the receipts,’”`).
 */
const titlesInsideQuotes = castFamily(
  'titles-inside-quotes',
  3,
  ({ b, person, speaker }, shape, rng) => {
    b.add(`${rng.pick(['The market reopened on Monday.', 'The book has found new readers.'])}\n\n`)
    const [open, close] = b.style === 'curly' ? ['‘', '’'] : ["'", "'"]
    if (shape === 0) {
      const sign = rng.pick([
        'Back Soon',
        'Out of Order',
        'No Entry',
        'Closed Until Further Notice',
      ])
      b.quote(
        `The sign on the door just said ${open}${sign}${close}, and that was all anybody told us,`,
        speaker,
      )
      b.expected.push({ quote: sign, speaker: null })
    } else if (shape === 1) {
      const title = rng.pick([
        'Notes from the Night Desk',
        'The Salt Road',
        'Ink and Silence',
        'Call Me Home',
      ])
      b.quote(`I reread ${open}${title}${close} every winter,`, speaker)
      b.expected.push({ quote: title, speaker: null })
    } else {
      const words = rng.pick(['Keep the receipts,', 'Finish what you start,'])
      b.quote(`I always tell them, ${open}${words}${close}`, speaker)
      b.expected.push({ quote: words, speaker })
    }
    b.add(` ${person.full} said.`)
  },
)

/**
 * A pronoun past names written family name first (`Zhang Meiling`, `Wu Jianguo`), whose given
 * name last shows the sex, and past a team or an observatory, which no `he` or `she` is.
 */
const familyFirstAndTeams = castFamily(
  'family-first-and-teams',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    b.add(`${rng.pick(['The study was published on Thursday.', 'The club drew on Saturday.'])}\n\n`)
    if (shape === 0) {
      const female = rng.chance(0.5)
      const one = female
        ? rng.pick(['Zhang Meiling', 'Wang Xiuying', 'Li Dongmei', 'Park Seo-yeon', 'Kim Hye-jin'])
        : rng.pick(['Chen Haoran', 'Wu Jianguo', 'Liu Guoqiang', 'Lee Min-jun', 'Choi Ji-hoon'])
      const other = female
        ? rng.pick(['Chen Haoran', 'Wu Jianguo', 'Liu Guoqiang', 'Lee Min-jun', 'Choi Ji-hoon'])
        : rng.pick(['Zhang Meiling', 'Wang Xiuying', 'Li Dongmei', 'Park Seo-yeon', 'Kim Hye-jin'])
      b.quote(rng.pick(['Parents should not change anything yet,', 'The sample is small,']), {
        name: one,
      })
      b.add(` ${rng.pick(['Professor ', 'Dr. ', ''])}${one} said.\n\n`)
      b.quote(rng.pick(['We don’t yet know why it works,', 'It is a good first step,']), {
        name: other,
      })
      b.add(` ${other} ${rng.pick(['chimed in', 'countered', 'said'])}.\n\n`)
      b.quote(rng.pick(['It needs to be repeated,', 'Nobody should overstate it,']), { name: one })
      b.add(` ${female ? 'she' : 'he'} ${rng.pick(['added', 'said', 'pointed out'])}.`)
    } else {
      const body = rng.pick([
        'Ashby Athletic',
        'Kestrel Bay United',
        'Harbour City Rovers',
        'Northmoor Observatory',
        'Glenmore Wanderers',
      ])
      b.quote(rng.pick(['It was a night for the fans,', 'The data are very clean,']), speaker)
      b.add(` ${person.full} said.\n\n`)
      b.add(`${body} has backed the plan.\n\n`)
      b.quote(rng.pick(['The referee got it wrong,', 'The funding cuts have hurt,']), speaker)
      b.add(` ${pronoun} ${rng.pick(['argued', 'warned', 'said'])}.`)
    }
  },
)

/**
 * A noun for the words set off after a quote in a reduced relative (`“…”, a phrase repeated by
 * several others in the room`) names no one who said them: the quote stays the cue's before it.
 */
const phrasesRepeatedAfter = castFamily(
  'phrases-repeated-after',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${rng.pick(['The bakery closed on Thursday.', 'Planners rejected the terminal on Monday.'])}\n\n`,
    )
    const noun = rng.pick(['a phrase', 'a line', 'a label', 'words'])
    const after = rng.pick([
      'repeated by several others in the room',
      'echoed by residents later that night',
      'picked up by the opposition within the hour',
    ])
    if (shape === 0) {
      b.add(
        `On ${rng.pick(['Thursday', 'Monday'])}, ${person.full}, ${rng.pick(['the town’s mayor', 'the regional minister'])}, called the ruling `,
      )
      b.quote(rng.pick(['a historic win for the bay', 'long overdue']), speaker)
      b.add(`, ${noun} ${after}.`)
    } else {
      b.add(`${person.full} said the closing felt like `)
      b.quote(rng.pick(['losing a member of the family', 'the end of an era']), speaker)
      b.add(`, ${noun} ${after}.`)
    }
  },
)

/**
 * Someone a phrase describes reports words after `that` with a cue of other senses too
 * (`A nurse on the picket line conceded that …`), and hands the speaker to the quote after.
 */
const describedReportsWithThat = castFamily(
  'described-reports-with-that',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    b.add(`${rng.pick(['Talks resumed on Monday.', 'Shares fell sharply on Friday.'])}\n\n`)
    const cue = rng.pick(['conceded', 'acknowledged', 'admitted', 'maintained', 'answered'])
    const clause = rng.pick(['the offer was an insult', 'a decision would come by October'])
    const gap = rng.pick([' ', '\n\n'])
    const words = rng.pick(['We kept this place running.', 'The banking system is sound.'])
    if (shape === 0) {
      const [phrase, head] = rng.pick([
        ['A nurse on the picket line', 'nurse'],
        ['A senior official at the finance ministry', 'official'],
        ['A spokesman for the directorate', 'spokesman'],
        ['A source at the regulator', 'source'],
      ]) as [string, string]
      b.add(`${phrase} ${cue} that ${clause}.${gap}`)
      b.quote(words, { mention: phrase, head })
    } else {
      b.add(`${person.full} met the union on ${rng.pick(['Monday', 'Tuesday'])}. `)
      b.add(`${cap(pronoun)} ${cue} that ${clause}.${gap}`)
      b.quote(words, speaker)
    }
  },
)

/**
 * Words that point back (`So said …`, `That was the message from …`, `With those words, …`,
 * `The question, put by …`) take up the quote that ends the paragraph before when it is a
 * sentence of its own after others, not only a paragraph of quotes alone.
 */
const pointedBackPastLeads = castFamily(
  'pointed-back-past-leads',
  5,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${rng.pick(['The figures were published on Monday.', 'Talks resumed at dawn.', 'The verdict came late on Friday.'])} `,
    )
    const day = rng.pick(['Monday', 'Tuesday', 'Friday'])
    if (shape === 4) {
      b.quote(
        rng.pick(['Who is going to pay for this?', 'Is this really the best they can offer?']),
        speaker,
      )
      b.add(
        `\n\nThe question, put by ${person.full} at a hearing on ${day}, hung over the rest of the session.`,
      )
      return
    }
    b.quote(
      rng.pick(['We see value in local debt.', 'Nothing is agreed until everything is agreed.']),
      speaker,
    )
    const role = rng.pick([
      '',
      ', 43, a government-appointed mediator,',
      ', chief economist at Ridgeline Partners,',
    ])
    if (shape === 0)
      b.add(`\n\nThat was the message from ${person.full}${role} to clients on ${day}.`)
    else if (shape === 1)
      b.add(`\n\nSo said ${person.full}${role.replace(/,$/u, '')}, speaking on ${day}.`)
    else if (shape === 2)
      b.add(`\n\nWith those words, ${person.full}${role} began a news conference on ${day}.`)
    else
      b.add(
        `\n\n${person.full}${role} said ${rng.pick(['those words to the Chronicle', 'it quietly', 'it twice'])} on ${day}.`,
      )
  },
)

/**
 * A lede's words taken up by a noun for an admission (`The admission came from …`) or by a
 * speaker in the progressive (`X, the town's clerk, was speaking after the vote.`).
 */
const admissionsAndProgressives = castFamily(
  'admissions-and-progressives',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const role = rng.pick([
      '',
      ', the town’s longtime clerk,',
      ', who sat through every day of the trial,',
    ])
    b.quote(
      rng.pick(['The money simply isn’t there.', 'Nobody expected the bacteria to survive.']),
      speaker,
    )
    if (shape === 0) {
      b.add(
        ` The ${rng.pick(['admission', 'confession', 'observation'])} came from ${person.full}, ${rng.pick(['a computer scientist', 'the city’s chief prosecutor'])}, who retires next month.`,
      )
    } else {
      b.add(
        `\n\n${person.full}${role} was speaking ${rng.pick(['after the vote', 'at a news conference', 'outside the building'])} on ${rng.pick(['Sunday', 'Wednesday'])}.`,
      )
    }
  },
)

/**
 * The word after a dateline's dash opens a sentence, capitalized whatever it is: in `BRISTOL,
 * England (Wire) — Shares of Sahel Solar fell …`, `Shares` is no name, so `the company` later
 * is Sahel Solar.
 */
const openersAfterDatelines = castFamily('openers-after-datelines', 1, ({ b }, _shape, rng) => {
  const company = rng.pick(['Sahel Solar', 'Kestrel Foods', 'Northwind Freight', 'Lumen Pay'])
  const opener = rng.pick(['Shares of', 'Investors in', 'Customers of', 'Workers at'])
  b.add(
    `${rng.pick(['BRISTOL, England', 'LAGOS, Nigeria', 'PERTH, Australia'])} (${rng.pick(['Wire', 'Reuters', 'AP'])}) — ${opener} ${company} ${rng.pick(['fell sharply', 'were told to wait'])} on ${rng.pick(['Wednesday', 'Friday'])}. ${company} said in a statement that it would appeal.\n\n`,
  )
  b.quote(rng.pick(['The decision is disappointing,', 'We will not cut jobs this year,']), {
    name: company,
  })
  b.add(` the company ${rng.pick(['added', 'said'])}.`)
})

/**
 * Asides stack after a name before a cue with an object (`Jane Doe, 46, a tailor, asked the
 * officials: “…”`): the name speaks, not the ones asked or told.
 */
const stackedAsidesBeforeObjects = castFamily(
  'stacked-asides-before-objects',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${rng.pick(['The clinic closed in August.', 'Floodwaters rose overnight.', 'The market was cleared on Monday.'])}\n\n`,
    )
    const asides = rng.pick([
      `${18 + rng.int(62)}, a tailor`,
      `${18 + rng.int(62)}, a retired teacher from Kisumu`,
      `a market trader, ${18 + rng.int(62)}`,
      `${18 + rng.int(62)}, a parent of five, from Lekhnath`,
    ])
    const cue =
      shape === 0
        ? `asked ${rng.pick(['the officials', 'the mayor', 'the visiting minister', 'Governor Ruth Alder'])}`
        : `told ${rng.pick(['the crowd', 'reporters', 'the Southern Tribune', 'the council'])}`
    const when = rng.pick(['', ' on Tuesday', ' outside the hall'])
    b.add(`${person.full}, ${asides}, ${cue}${when}${rng.pick([':', ','])} `)
    b.quote(
      shape === 0
        ? rng.pick(['Who will pay for this?', 'How long must we wait? Why were we not told?'])
        : rng.pick(['We will not be moved.', 'Our children have nothing to eat.']),
      speaker,
    )
  },
)

/**
 * A family name written first (`Vo`, `Nguyen`, `Park`) opens a full name whose last word may
 * be a noun for someone in capitals (`Vo Thanh Son`, `Nguyen Van Man`): the name speaks.
 */
const givenNounsAfterFamilyNames = castFamily(
  'given-nouns-after-family-names',
  2,
  ({ b }, shape, rng) => {
    const name = `${rng.pick(['Vo', 'Nguyen', 'Tran', 'Park', 'Lee'])} ${rng.pick(['Thanh', 'Van', 'Duc', 'Ji'])} ${rng.pick(['Son', 'Man'])}`
    b.add(
      `${rng.pick(['Patients are being turned away.', 'The river rose overnight.'])} Dr. Ana Lobo, a regional director, has promised help.\n\n`,
    )
    const role = rng.pick([
      `, ${18 + rng.int(62)}, a university student in Hue,`,
      `, ${18 + rng.int(62)}, a rice farmer,`,
      ', a nurse at the district clinic,',
    ])
    const words = rng.pick(['We just did what we were told.', 'The water came in an hour.'])
    if (shape === 0) {
      b.add(`${name}${role} said: `)
      b.quote(words, { name })
    } else {
      b.quote(words.replace(/\.$/u, ','), { name })
      b.add(` said ${name}${role.replace(/,$/u, '')}.`)
    }
  },
)

/**
 * A paragraph may open with a name in initials set off by dashes (`P. K. Raghavan — the mayor
 * of Biratnagar — told …`): an initial is no dateline's city, and the name speaks.
 */
const initialsBeforeDashes = castFamily('initials-before-dashes', 1, ({ b }, _shape, rng) => {
  const name = `${rng.pick(['P.', 'V.', 'K. R.', 'A. J.'])} ${rng.pick(['Raghavan', 'Ganesan', 'Subramaniam', 'Okafor'])}`
  b.add(`${rng.pick(['The council met on Thursday.', 'The school board voted 6 to 3.'])}\n\n`)
  const role = rng.pick([
    'the mayor of Biratnagar',
    'the head teacher of Hemja Primary School',
    'a regional fisheries director',
  ])
  b.add(
    `${name} ${rng.pick(['—', '–'])} ${role} ${rng.pick(['—', '–'])} ${rng.pick(['told the Southern Tribune', 'said', 'told reporters'])}: `,
  )
  b.quote(rng.pick(['The council will meet the traders again.', 'Our pupils did well.']), {
    name,
  })
})

/**
 * An interview introduced as one person talking to another (`Bilal Roe spoke to him on
 * Monday`, `… spoke to Jane Doe`): the one talked to answers the `A:` turns; one who talks to
 * a paper answers them too.
 */
const interviewsTalkedTo = castFamily(
  'interviews-talked-to',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const asker = rng.pick(['Bilal Chaudhry', 'Kwame Asante-Boateng', 'Ines Moreau', 'Tomás Reyes'])
    const when = rng.pick(['on Monday', 'last week', 'by phone'])
    const intro = `${person.full}, ${rng.pick(['the regional planning director', 'a Democrat from Oregon', 'the club’s captain'])}, has spent ${2 + rng.int(30)} years working in ${rng.pick(['Phoenix', 'Porto Alegre', 'Dundee'])}.`
    if (shape === 0)
      b.add(`${intro} ${asker} spoke to ${pronoun === 'she' ? 'her' : 'him'} ${when}.`)
    else if (shape === 1)
      b.add(`${asker} ${rng.pick(['spoke to', 'talked with'])} ${person.full} ${when}.`)
    else b.add(`${person.full} spoke to the ${rng.pick(['Ledger', 'Courier', 'Lantern'])} ${when}.`)
    b.add(' The interview has been edited for length and clarity.')
    const [question, answer] = rng.pick([
      ['What should cities do?', 'We are seeing patients who never had heart trouble before.'],
      ['Who decided?', 'The board has gambled the club’s future on a property deal.'],
      ['Did the warnings work?', 'The nights are what kill people.'],
    ] as const)
    b.add(`\n\nQ: ${question}\n\nA: `)
    b.quote(answer, speaker)
    b.add('\n\nQ: What comes next?\n\nA: ')
    b.quote(rng.pick(['We keep going.', 'Nobody knows yet.']), speaker)
  },
)

/**
 * Ages and roles said of someone in other ways than set off after the name (`For 35-year-old
 * Jane Doe`, `She is 29 now`, `Jane Doe, 28, has been a goalkeeper`, `a 35-year-old striker`)
 * find them again as `the 35-year-old` or `the goalkeeper` past another person who speaks.
 */
const agesAndRolesSaidOf = castFamily(
  'ages-and-roles-said-of',
  4,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const age = 19 + rng.int(60)
    const role = rng.pick(['goalkeeper', 'librarian', 'winger', 'pastry chef'])
    const own = pronoun === 'she' ? 'her' : 'his'
    let later = `the ${age}-year-old`
    if (shape === 0) {
      b.add(`For ${age}-year-old ${person.full}, the season was supposed to be a quiet farewell.`)
    } else if (shape === 1) {
      b.add(
        `${cap(role)} ${person.full} was ${age - 10} when ${pronoun} first left home. ${cap(pronoun)} is ${age} now.`,
      )
    } else if (shape === 2) {
      b.add(`${person.full}, ${age}, has been a ${role} in Halifax for most of ${own} adult life.`)
      later = `the ${role}`
    } else {
      b.add(
        `${person.full}, a ${age}-year-old ${role}, ${rng.pick(['left home at 17', 'grew up in Izmir'])}.`,
      )
    }
    b.add(
      ` ${rng.pick(['Hillcrest beat Linden Town 1-0 on Saturday.', 'The new season opened on Monday.'])}\n\n`,
    )
    const other = rng.pick(['Dewi Siriwat', 'Losana Havili', 'Katarzyna Horvat', 'Tesfaye Wanyama'])
    b.add(`${cap(own)} first coach was ${other}, who still calls every Sunday.\n\n`)
    b.quote(rng.pick(['Some people are just born restless,', 'You could see it even then,']), {
      name: other,
    })
    b.add(` ${other.split(' ')[1]} said.\n\n`)
    b.quote(rng.pick(['The fans carried us when we were tired,', 'This one means a lot,']), speaker)
    b.add(` ${later} ${rng.pick(['added', 'insisted', 'said'])}.`)
  },
)

/**
 * A person named in full as the owner of what a verb takes (`Reza Roe praised Jane Doe’s
 * handling of the offer`) is in sight for a later pronoun that the subject does not agree with.
 */
const ownersOfObjects = castFamily(
  'owners-of-objects',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other =
      pronoun === 'she'
        ? rng.pick(['Reza Farahani', 'Youssef Benali', 'Friedrich von Hallberg'])
        : rng.pick(['Carmen Villanueva-Ortiz', 'Ingrid Solberg', 'Priya Raghunathan'])
    b.add(
      `${rng.pick(['Rents rose 25 per cent in a year.', 'The walkout began in November.'])}\n\n`,
    )
    b.add(
      `${other} ${rng.pick(['praised', 'questioned', 'defended'])} ${person.full}’s handling of the ${rng.pick(['pay offer', 'rent cap', 'stadium move'])} on ${rng.pick(['Saturday', 'Monday'])}. `,
    )
    if (shape === 0) {
      b.add(`But ${pronoun} was cautious: `)
      b.quote(rng.pick(['We cannot pay teachers more.', 'The port has grown too fast.']), speaker)
    } else {
      b.add(`The proposal was first drafted in ${2000 + rng.int(20)}.\n\n`)
      b.quote(
        rng.pick(['Nobody listened until we did,', 'A club without its ground is a company,']),
        speaker,
      )
      b.add(` ${pronoun} ${rng.pick(['said later', 'wrote in a follow-up post', 'added'])}.`)
    }
  },
)

/**
 * Abbreviated ranks and offices of many countries' papers before a name (`Eng. Le Minh Tuan`,
 * `Atty. Jane Doe`, `Brig. Gen. Tom Roe`, `Rt. Hon. Jane Doe`) end no sentence at their full
 * stop and are no part of the name.
 */
const abbreviatedTitles = castFamily(
  'abbreviated-titles',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const title = rng.pick([
      'Eng.',
      'Atty.',
      'Brig. Gen.',
      'Rt. Hon.',
      'Asst. Commr.',
      'Mme.',
      'Cdr.',
      'Bp.',
    ])
    b.add(`${rng.pick(['The main pipe burst on Monday.', 'The inquiry opened on Tuesday.'])}\n\n`)
    const words = rng.pick(['We apologise for the inconvenience.', 'The repairs will take a week.'])
    if (shape === 0) {
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` ${title} ${person.full} ${rng.pick(['said', 'cut in', 'told reporters'])}.`)
    } else if (shape === 1) {
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` said ${title} ${person.full}.`)
    } else {
      b.add(
        `${title} ${person.full} said ${rng.pick(['in Sasak', 'on Friday', ''])}: `.replace(
          ' :',
          ':',
        ),
      )
      b.quote(words, speaker)
    }
  },
)

/**
 * A fact-check's claim, set out after a label (`The claim: “…”`) or alone, is taken up by the
 * sentence after it that says who made it (`Sen. Jane Doe (D-Ore.) made the claim in a radio
 * interview`); with no such sentence it stays no one's.
 */
const claimsMadeAfterLabels = castFamily(
  'claims-made-after-labels',
  3,
  ({ b, person }, shape, rng) => {
    const label = rng.pick(['The claim: ', 'What was said: ', 'The quote: ', ''])
    const claim = rng.pick([
      'Most landlords own only one flat.',
      'Fares have tripled in five years.',
      'The port is the busiest in the region.',
    ])
    b.add(label)
    if (shape === 2) {
      b.quote(claim, null)
      b.add(`\n\nThe figures came out on ${rng.pick(['Monday', 'Friday'])}.`)
      return
    }
    b.quote(claim, { name: person.full })
    const title = rng.pick(['Sen. ', 'Gov. ', 'Finance Minister ', ''])
    const tag = rng.pick(['', ' (D-Ore.)', ' (Labour)'])
    const noun =
      shape === 0 ? 'the claim' : rng.pick(['the remarks', 'that statement', 'the comment'])
    b.add(
      `\n\n${title}${person.full}${tag} ${rng.pick(['made', 'has made'])} ${noun} ${rng.pick(['in a Tuesday radio interview', 'on Facebook on October 10', 'at a rally in Bogotá'])}.\n\nThe verdict: ${rng.pick(['False.', 'Missing context.'])}`,
    )
  },
)

/**
 * A transcript whose turns a name in title case labels (`Huamán: In 2011 you told the Gazette,
 * “…”`): `you` is the other party the introduction named, `I` the label's own.
 */
const turnsLabelledByName = castFamily(
  'turns-labelled-by-name',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    // (An outlet may ask too: `She sat down with Tidewater`, `Tidewater: …`.)
    const [asker, askerSurname] = rng.pick([
      ['Wilmer Huamán', 'Huamán'],
      ['Ximena Salgado', 'Salgado'],
      ['Faisal al-Harthy', 'Al-Harthy'],
      ['Tidewater', 'Tidewater'],
      ['The Harbour Review', 'The Harbour Review'],
    ] as const)
    // (A label is one word in capitals here: `de la Fuente` labels no turn of this family.)
    const surname = /^\p{Lu}[^\s]*$/u.test(person.surname) ? person.surname : 'Roe'
    if (surname === 'Roe') shape = 0
    b.add(
      `${person.full}, ${30 + rng.int(50)}, is a ${rng.pick(['documentary maker', 'bassist', 'photographer'])} from ${rng.pick(['Heraklion', 'Brisbane', 'Lagos'])}. `,
    )
    // (A sentence about something of theirs may come between: `His new film, “Afterlight”, is
    // out on Thursday.`)
    if (rng.chance(0.5)) {
      const work = rng.pick(['Afterlight', 'The Glass Orchard'])
      b.add(`${pronoun === 'she' ? 'Her' : 'His'} new film, `)
      b.quote(work, null)
      b.add(', is out on Thursday. ')
    }
    b.add(
      asker === 'Tidewater' || asker === 'The Harbour Review'
        ? `${cap(pronoun)} sat down with ${asker} in Lisbon in July. `
        : rng.chance(0.5)
          ? `${cap(pronoun)} spoke with ${asker} by video. `
          : `${asker} spoke to ${pronoun === 'she' ? 'her' : 'him'} by video. `,
    )
    b.add('This conversation has been edited and condensed.\n\n')
    b.add(`${askerSurname}: Who taught you the most?\n\n${surname}: My teachers, mostly.\n\n`)
    const year = 1995 + rng.int(25)
    if (shape === 0) {
      b.add(`${askerSurname}: In ${year} you told the Ashgrove Gazette, `)
      b.quote(rng.pick(['Some days the work goes well.', 'I stopped chasing trends.']), speaker)
      b.add(' Do you still believe that?')
    } else if (shape === 1) {
      b.add(`${surname}: I told my editor, `)
      b.quote(rng.pick(['Give me one more year.', 'This is the last one.']), speaker)
      b.add(' And it was.')
    } else {
      const critic = rng.pick(['Arjun D. Chatterjee', 'Oluwaseun Olatunji', 'Jericho Santiago'])
      b.add(`${askerSurname}: The critic ${critic} called the last film `)
      b.quote(rng.pick(['a slow-burning marvel.', 'oddly weightless.']), { name: critic })
      b.add(' Was that fair?')
    }
  },
)

/**
 * Habits of speech (`used to say`, `liked to tell reporters`): the verb of habit and its `to`
 * stand where an auxiliary does, so the phrase before them speaks, inside a quote too.
 */
const habitsOfSpeech = castFamily(
  'habits-of-speech',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const habit = rng.pick(['used to say', 'liked to say', 'used to tell us', 'loved to say'])
    const words = rng.pick(['Go home and make something true.', 'Nobody is coming to save you.'])
    if (shape === 0) {
      b.add(`${person.full} ${habit}, `)
      b.quote(words, speaker)
    } else if (shape === 1) {
      const [kin, head] = rng.pick([
        ['My grandmother', 'grandmother'],
        ['My father', 'father'],
        ['Her old coach', 'coach'],
      ] as const)
      b.add(`${person.full} ${rng.pick(['smiled', 'paused'])}.\n\n`)
      b.add(`${kin} ${habit}, `)
      b.quote(words, { mention: kin, head })
    } else {
      b.add(`${person.full} paused. `)
      const inner = rng.pick(['Go home and make something true.', 'Start before you are ready.'])
      const marks = b.style === 'curly' ? ['‘', '’'] : ["'", "'"]
      const outer = `My grandmother ${habit}, ${marks[0]}${inner}${marks[1]} I did not understand it until I was 40,`
      b.quote(outer, speaker)
      b.expected.push({ quote: inner, speaker: { mention: 'My grandmother', head: 'grandmother' } })
      b.add(` ${pronoun} said.`)
    }
  },
)

/**
 * A title is no quote of its sentence's own: a paragraph of prose whose only quote is a title
 * ends a chain of quotes (`The panel ended with a screening of “The Quiet Crossing”. Its most
 * quoted lines:` ¶ lines no one here said), and a sentence that reports someone around a title
 * hands them the next quote (`Doe said the film “Jaws” changed her life.` ¶ `“…”`).
 */
const titlesBetweenQuotes = castFamily(
  'titles-between-quotes',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const title = rng.pick(['The Quiet Crossing', 'Salt and Smoke', 'Low Tide in Mombasa'])
    const mark = (words: string) => (b.style === 'curly' ? `“${words}”` : `"${words}"`)
    b.quote(
      rng.pick([
        'Most writers earn less than the minimum wage,',
        'Poetry has never had more readers,',
      ]),
      speaker,
    )
    b.add(` said ${person.full}, ${rng.pick(['an essayist', 'a painter from Patras'])}.\n\n`)
    if (shape === 0) {
      b.add(
        `The panel ended with a screening of ${mark(title)}. Its ${rng.pick(['three', 'two'])} most quoted lines:\n\n`,
      )
      b.expected.push({ quote: title, speaker: null })
      b.quote(
        rng.pick(['Tell your mother I said goodbye.', 'Nobody leaves this island twice.']),
        null,
      )
    } else {
      const surname = person.surname
      b.add(
        `${cap(surname)} said the ${rng.pick(['film', 'novel'])} ${mark(title)} changed ${pronoun === 'she' ? 'her' : 'his'} life.\n\n`,
      )
      b.expected.push({ quote: title, speaker: null })
      b.quote(rng.pick(['I saw it nine times.', 'I still read it every winter.']), speaker)
    }
  },
)

/**
 * `he` or `she` opening a quote with a cue before a quote inside it (`“She used to say, ‘…’,”
 * her niece said`) is someone the speaker tells of, in sight before, never the speaker.
 */
const thirdPersonsInsideQuotes = castFamily(
  'third-persons-inside-quotes',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const own = pronoun === 'she' ? 'her' : 'his'
    const object = pronoun === 'she' ? 'her' : 'him'
    b.add(
      `${person.full}, the ${rng.pick(['celebrated composer', 'restless printmaker', 'prolific director'])}, died on ${rng.pick(['Wednesday', 'Saturday'])}. ${cap(pronoun)} was ${70 + rng.int(28)}.\n\n`,
    )
    const [relative, kin] = rng.pick([
      ['Aroha Parata', 'niece'],
      ['Lachlan Tremblay', 'brother'],
      ['Rana Khoury', 'granddaughter'],
      ['Tomasz Wierzbicki', 'nephew'],
    ] as const)
    const habit = rng.pick(['used to say', 'always said', 'would say'])
    const inner = rng.pick(['Fame is a rented coat.', 'Art is what you do when nobody pays you.'])
    const marks = b.style === 'curly' ? ['‘', '’'] : ["'", "'"]
    if (shape === 0) {
      b.add(
        `${relative}, ${own} ${kin}, said the family would remember ${object} at the kitchen table. `,
      )
      b.quote(`${cap(pronoun)} ${habit}, ${marks[0]}${inner}${marks[1]}`, { name: relative })
    } else {
      b.quote(`${cap(pronoun)} ${habit}, ${marks[0]}${inner}${marks[1]} I used to roll my eyes,`, {
        name: relative,
      })
      b.add(` ${own} ${kin}, ${relative}, recalled.`)
    }
    b.expected.push({ quote: inner, speaker })
  },
)

/**
 * A lede's quote followed by a beat that names no one (`“…” Then a long pause.`) is taken up by
 * words that point back in the next paragraph (`So says Jane Doe, whose …`, `Jane Doe says this
 * with a laugh`); a next paragraph that does not point back leaves it no one's.
 */
const ledesPastBeats = castFamily('ledes-past-beats', 3, ({ b, person, speaker }, shape, rng) => {
  const words = rng.pick([
    'We rewrote the second act in a hotel lobby.',
    'Honestly, I thought the whole thing would be a disaster.',
    'I was broke for most of my twenties.',
  ])
  b.quote(words, shape === 2 ? null : speaker)
  b.add(
    ` ${rng.pick(['Then a long pause.', 'It is not a complaint.', 'The words come out quickly, as if rehearsed.'])}\n\n`,
  )
  const day = rng.pick(['Saturday', 'Thursday'])
  if (shape === 0) b.add(`So says ${person.full}, whose new production opens on ${day}.`)
  else if (shape === 1)
    b.add(`${person.full} says this with a laugh, sitting in a rehearsal room on ${day} morning.`)
  else b.add(`${person.full} opened a new production on ${day}.`)
})

/**
 * A role with a relative clause set off after a name (`Femke Mulder, 63, a Dutch printmaker who
 * has lived in Lahore since the 1980s,`) is the name's, found again as `the printmaker` past
 * someone else who speaks.
 */
const relativeRolesAfterNames = castFamily(
  'relative-roles-after-names',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const [nationality, role] = rng.pick([
      ['Dutch', 'printmaker'],
      ['French', 'essayist'],
      ['Scottish', 'trumpeter'],
      ['Nigerian', 'stage actor'],
    ] as const)
    const own = pronoun === 'she' ? 'Her' : 'His'
    const object = pronoun === 'she' ? 'her' : 'him'
    const other = rng.pick(['Alejandro Ibarra', 'Tomás Reyes', 'Aroha Parata'])
    const age = shape === 0 ? `${30 + rng.int(50)}, ` : ''
    b.add(
      `${person.full}, ${age}a ${nationality} ${role} who has lived in ${rng.pick(['Lahore', 'Valparaíso'])} since the 1980s, ${rng.pick(['opens a new show this month', 'publishes a new book this month'])}. ${own} agent, ${other}, has worked with ${object} for ${5 + rng.int(20)} years.\n\n`,
    )
    b.quote(rng.pick(['There are people who are talented and people who are serious,']), {
      name: other,
    })
    b.add(` said ${other.split(' ')[1]}.\n\n`)
    b.quote(
      rng.pick(['The clay decides more than I do,', 'The city taught me how to listen,']),
      speaker,
    )
    b.add(` the ${rng.chance(0.5) ? `${nationality} ` : ''}${role} said.`)
  },
)

/**
 * A lede's words owned by a copula and a name standing alone (`The sentence is Murat Yılmaz’s,
 * from his 1998 memoir, “After the Flood”.`), past a title in the same sentence: the name spoke
 * them, and is found again by the surname.
 */
const wordsOwnedByNames = castFamily(
  'words-owned-by-names',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const own = pronoun === 'she' ? 'her' : 'his'
    const apostrophe = b.style === 'curly' ? '’' : "'"
    b.quote(rng.pick(['Fame is a rented coat.', 'Every book is a letter to a stranger.']), speaker)
    const noun = rng.pick(['The sentence is', 'The words are', 'The line was'])
    b.add(`\n\n${noun} ${person.full}${apostrophe}s`)
    if (shape === 0) {
      b.add(`, from ${own} ${1980 + rng.int(40)} memoir, `)
      b.quote(rng.pick(['After the Flood', 'Nine Bridges']), null)
    }
    b.add(`. At ${60 + rng.int(30)}, ${pronoun} still believes it.\n\n`)
    b.quote(
      rng.pick(['My first studio was a garage with no windows,', 'I never planned any of this,']),
      speaker,
    )
    b.add(` ${person.surname} said.`)
  },
)

/**
 * A playing position in capitals opening a sentence before a name (`Scrum-half Syazwani binti
 * Jalil told Metro FM:`, `Lock Daisuke Fujii said:`) is the player's role, no part of the name.
 */
const positionsBeforeNames = castFamily(
  'positions-before-names',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const position = rng.pick(['Scrum-half', 'Fly-half', 'Lock', 'Forward', 'Prop', 'Guard'])
    b.add(
      `${rng.pick(['Port Elsby lost 22-21 on Sunday.', 'Ondo Comets won the derby on Saturday.'])}\n\n`,
    )
    const words = rng.pick(['The fans carried us when we were tired.', 'My legs were gone.'])
    if (shape === 0) {
      b.add(`${position} ${person.full} ${rng.pick(['told Metro FM', 'said', 'admitted'])}: `)
      b.quote(words, speaker)
    } else {
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` ${position} ${person.full} said.`)
    }
  },
)

/**
 * Fiji's chiefly title for a man before a name (`Ratu Epeli Nawadra`) is no part of the name,
 * found again by the surname; `Adi`, which opens Indonesian names too (`Adi Nugroho`), stays.
 */
const chieflyTitles = castFamily('chiefly-titles', 2, ({ b }, shape, rng) => {
  const given = rng.pick(['Epeli', 'Tevita', 'Semi', 'Siosaia'])
  const surname = rng.pick(['Nawadra', 'Vakacegu', 'Tuilagi', 'Vaipulu'])
  const name =
    shape === 0 ? `${given} ${surname}` : `Adi ${rng.pick(['Nugroho', 'Putra', 'Santoso'])}`
  const shown = shape === 0 ? `Ratu ${name}` : name
  b.add(
    `${rng.pick(['Floodwaters rose overnight in Nadi.', 'The fisheries ban began on Monday.'])}\n\n`,
  )
  b.quote(rng.pick(['We are asking people to move now,', 'The ban is the only way,']), { name })
  b.add(` said ${rng.pick(['', 'district officer '])}${shown}.\n\n`)
  b.quote(rng.pick(['Nobody will be left behind,', 'The stocks will recover,']), { name })
  b.add(` ${name.split(' ').at(-1)} added.`)
})

/**
 * Crowds by their count: `Hundreds of residents marched through central Lahore on Sunday,
 * chanting “…”`, `In a letter sent to the ministry, more than 40 nurses wrote: “…”`, `A
 * handful of senators said: “…”`: the count (`hundreds of`, `more than 40`, `a handful of`) is
 * part of the phrase, so the crowd is the subject its cue or its participle reports; the quote
 * had no speaker, as the phrase opened after a word of its own clause.
 */
const countedCrowds = castFamily('counted-crowds', 3, ({ b, person, speaker }, shape, rng) => {
  const group = rng.pick(['residents', 'health workers', 'farmers', 'nurses', 'students'])
  const head = group.split(' ').at(-1) as string
  const day = rng.pick(['Sunday', 'Tuesday', 'Friday'])
  if (shape === 0) {
    const count = rng.pick(['Hundreds of', 'Thousands of', 'Dozens of', 'Tens of thousands of'])
    b.add(
      `${count} ${group} marched through ${rng.pick(['central Lahore', 'the old town', 'Ludhiana'])} on ${day}, ${rng.pick(['chanting', 'shouting'])} `,
    )
    b.quote(rng.pick(['Clean air now!', 'Water for all!', 'Fund our clinics!']), {
      mention: `${count} ${group}`,
      head,
    })
    b.add(` as they ${rng.pick(['made their way to the ministry', 'passed the town hall'])}.\n\n`)
  } else {
    const count =
      shape === 1
        ? `${rng.pick(['more than', 'at least', 'nearly', 'about'])} ${20 + rng.int(900)}`
        : rng.pick(['a handful of', 'a group of', 'hundreds of'])
    const opener = rng.pick([
      `In a letter sent to the ministry on ${day}, `,
      `On ${day}, `,
      `In an open letter, `,
      '',
    ])
    const shown = opener === '' ? count.charAt(0).toUpperCase() + count.slice(1) : count
    b.add(`${opener}${shown} ${group} ${rng.pick(['wrote', 'said', 'warned'])}: `)
    b.quote(rng.pick(['The plan is years overdue.', 'We cannot wait another season.']), {
      mention: `${shown} ${group}`,
      head,
    })
    b.add('\n\n')
  }
  b.add(`${person.full}, ${rng.pick(['an organiser', 'a spokesperson'])} for the campaign, said: `)
  b.quote(rng.pick(['We will be back next week.', 'Nobody is going away.']), speaker)
})

/**
 * A paper that speaks goes on as `it`: `The audit states: “…” It adds: “…”`, in the same
 * paragraph or the next: the paper, the subject of the sentence that spoke, is the one `it`
 * can be. Guard: a person who speaks in between (`she added`) keeps the words.
 */
const papersGoingOn = castFamily(
  'papers-going-on',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const paper = rng.pick(['The audit', 'The report', 'The review', 'The inspection report'])
    const head = paper.split(' ').at(-1) as string
    const body = rng.pick(['the Medicines Regulatory Board', 'the Ministry of Environment'])
    b.add(
      `${paper}, carried out by ${body} between ${rng.pick(['July and April', 'January and June'])}, examined ${10 + rng.int(80)} sites.\n\n`,
    )
    b.add(`${paper} ${rng.pick(['states', 'says', 'said', 'concluded'])}: `)
    b.quote(
      rng.pick(['No safety signal of concern was identified.', 'Voluntary targets were missed.']),
      {
        mention: paper,
        head,
      },
    )
    if (shape === 2) {
      b.add(`\n\n${person.full}, who led the inspections, disagreed. `)
      b.quote(rng.pick(['We saw problems at every site,', 'The sample was too small,']), speaker)
      b.add(` ${pronoun} ${rng.pick(['added', 'said'])}.`)
      return
    }
    b.add(shape === 0 ? ' ' : '\n\n')
    b.add(`It ${rng.pick(['adds', 'goes on', 'added', 'continues'])}: `)
    b.quote(
      rng.pick([
        'Fewer than one in ten packages was recycled.',
        'Protection waned without a booster.',
      ]),
      {
        mention: paper,
        head,
      },
    )
  },
)

/**
 * A body set off by its sort (`Pacifica Fisheries, a fishing company, said:`) is found again
 * by that sort (`the company said`) past another body that speaks: the role is the name's, as
 * it is a person's, not someone new called `a fishing company`.
 */
const bodiesSetOffBySort = castFamily('bodies-set-off-by-sort', 2, ({ b }, shape, rng) => {
  const [name, sort, noun] = rng.pick([
    ['Pacifica Fisheries', 'a fishing company', 'company'],
    ['Kestrel Seeds', 'a seed company', 'company'],
    ['Harrowgate Trust', 'a housing charity', 'charity'],
    ['Breakwater Partners', 'an investment firm', 'firm'],
  ] as const)
  const other = rng.pick(['The Marine Parks Authority', 'The Ministry of Agriculture'])
  b.add(
    `${other} said in a statement on ${rng.pick(['Monday', 'Thursday'])} that it was reviewing the evidence. `,
  )
  b.quote('The rules will be enforced from July,', { name: other.replace(/^The /u, '') })
  b.add(
    ` the ${other.split(' ').at(-1)?.toLowerCase() === 'authority' ? 'authority' : 'ministry'} said.\n\n`,
  )
  if (shape === 0) b.add(`${name}, ${sort}, said in a statement: `)
  else b.add(`${name}, ${sort} based in ${rng.pick(['Suva', 'Nakuru', 'Cork'])}, said: `)
  b.quote(rng.pick(['None of our boats work inside the park.', 'We have frozen our prices.']), {
    name,
  })
  b.add('\n\n')
  b.quote(rng.pick(['Demand has tripled since March,', 'We acted as soon as we knew,']), { name })
  b.add(` the ${noun} ${rng.pick(['said', 'added'])}.`)
})

/**
 * A lede's quote, then a beat set in a place (`The words hang in the air of a small room in
 * Iquitos.`) and a pointer in the next paragraph (`So says …`, `The warning comes from …`), or
 * a cleft after it (`That was all Dr. Li would say on the subject.`): a place's name names no
 * one, so the pointer reaches back past it; `all` points back as `what` and `how` do.
 */
const beatsInPlaces = castFamily('beats-in-places', 3, ({ b, person, speaker }, shape, rng) => {
  const words = rng.pick([
    'We enrolled more than 4,000 children across five countries.',
    'The models have been warning about this for a decade.',
    'My leg is healed, but I still have nightmares about that ward.',
  ])
  const place = rng.pick(['Iquitos', 'Nakuru', 'Guadalajara', 'Chiang Rai'])
  const role = rng.pick([
    'a pediatrician at the Coastal Institute',
    'an agronomist at Eastmoor University',
  ])
  if (shape === 2) {
    b.add(`${rng.pick(['The meeting ran late.', 'About 200 residents came.'])} `)
    b.quote(words, speaker)
    b.add(
      ` That was all ${rng.pick(['Dr. ', 'Prof. ', ''])}${person.full} would say on the subject.`,
    )
    return
  }
  b.quote(words, speaker)
  b.add(
    ` ${rng.pick([`The words hang in the air of a small room in ${place}.`, `It is a sentence heard often in ${place} these days.`])}\n\n`,
  )
  b.add(
    shape === 0
      ? `So says ${person.full}, ${role}.`
      : `The warning comes from ${person.full}, ${role}.`,
  )
})

/**
 * A share of the people somewhere, opening its clause (`Some in the audience shouted “…”`,
 * `Many at the meeting chanted`): the quantifier and the place it is placed in are the phrase,
 * as `someone in the crowd` is; the cry had no speaker.
 */
const sharesPlacedInCrowds = castFamily(
  'shares-placed-in-crowds',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const body = rng.pick(['town council', 'school board', 'city council'])
    b.add(
      `The ${rng.pick(['Calder Bay', 'Port Ellis', 'North Ashby'])} ${body} voted ${4 + rng.int(3)}-2 on ${rng.pick(['Monday', 'Tuesday'])} night to ${rng.pick(['close the Elm Street fire station', 'raise property taxes by 3 percent'])}.\n\n`,
    )
    b.quote(
      rng.pick(['Nobody up here wanted this,', 'We owe it to taxpayers to get this right,']),
      speaker,
    )
    b.add(` ${rng.pick(['Mayor', 'Council Member', 'Board chair'])} ${person.full} said.\n\n`)
    const share = rng.pick(['Some', 'Many', 'Several'])
    const place =
      shape === 0
        ? rng.pick(['in the audience', 'in the crowd'])
        : rng.pick(['at the meeting', 'in the public gallery'])
    const noun = place.split(' ').at(-1) as string
    b.add(`${share} ${place} ${rng.pick(['shouted', 'chanted', 'yelled'])} `)
    b.quote(rng.pick(['Recount!', 'Shame!', 'Not in our town!']), {
      mention: `${share} ${place}`,
      head: noun,
    })
    b.add(` as the result was read out.`)
  },
)

/**
 * A role set off after a name with a participle that says what the role does (`Fatima Benali,
 * a lawyer representing the bondholders in a lawsuit against Korvata,`) is the name's: the
 * role was someone new, whom a later `the lawyer`, and a `he` or `she`, went to.
 */
const rolesDoingThings = castFamily(
  'roles-doing-things',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const [role, doing] = rng.pick([
      ['lawyer', 'representing a group of bondholders in a separate lawsuit against Korvata'],
      ['nurse', 'working nights on the cardiac ward'],
      ['engineer', 'leading the repairs on the north span'],
    ] as const)
    // (For a pronoun, someone of the other sex: the same sex twice is no careful reader's.)
    const other = rng.pick(
      genderShown.filter(
        (one) => one.surname !== person.surname && (shape === 0 || one.gender !== person.gender),
      ),
    )
    b.add(
      `${other.full}, ${rng.pick(['an analyst at Oduya Research', 'the company’s chief operating officer'])}, ${rng.pick(['questioned whether the savings were real', 'said the slowdown was seasonal'])}. `,
    )
    b.add(
      `${person.full}, a ${role} ${doing}, ${rng.pick(['said outside court that a settlement was unlikely', 'told reporters the work was behind'])}.\n\n`,
    )
    b.quote(rng.pick(['Nobody is above the rules,', 'We warned them for months,']), speaker)
    b.add(
      shape === 0 ? ` the ${role} said.` : ` ${person.gender === 'female' ? 'she' : 'he'} said.`,
    )
  },
)

/**
 * A role the name's own verb gives with `as` (`Klaus Brenner stepped down as chief executive`,
 * `served as mayor for 12 years`) is the name's, for a later `the departing chief executive`
 * past someone else set off by another role: the phrase went to that other person, or to
 * someone new.
 */
const rolesTakenAs = castFamily('roles-taken-as', 2, ({ b, person, speaker }, shape, rng) => {
  const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
  const [verb, role, later] =
    shape === 0
      ? rng.pick([
          ['stepped down as', 'chief executive', 'departing chief executive'],
          ['retired as', 'chief executive', 'outgoing chief executive'],
        ] as const)
      : rng.pick([
          ['served as', 'mayor', 'former mayor'],
          ['resigned as', 'treasurer', 'former treasurer'],
        ] as const)
  const years = 5 + rng.int(25)
  b.add(
    `${person.full} ${verb} ${role} on ${rng.pick(['Monday', 'Friday'])} after ${years} years. ${other.full}, the ${rng.pick(['chief operating officer', 'deputy director'])}, will take over on an interim basis.

`,
  )
  b.quote(rng.pick(['We leave the books in good order,', 'It was time for new hands,']), speaker)
  b.add(` the ${later} said in a farewell ${rng.pick(['memo', 'letter'])}.`)
})

/**
 * A verb of saying that news inverts, with a clause and no `that` after it (`The victim’s father
 * recalled his son had been celebrating`, `She stressed she had spent the night at a shelter`),
 * reports its subject to the quote in the next paragraph, as `said` does: with a verb other
 * than `said`, the quote had no speaker.
 */
const clausesWithoutThat = castFamily(
  'clauses-without-that',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const verb = rng.pick([
      'recalled',
      'stressed',
      'admitted',
      'conceded',
      'acknowledged',
      'replied',
    ])
    b.add(
      `${rng.pick(['A tornado touched down on the edge of Ravensworth on Saturday.', 'A 19-year-old man died in hospital on Sunday after a stabbing on Victoria Road.'])}\n\n`,
    )
    let who: ExpectedSpeaker
    if (shape === 0) {
      const phrase = rng.pick([
        'The victim’s father',
        'A neighbour who saw the crash',
        'A senior official at the transit authority',
      ])
      const head = phrase.includes('father')
        ? 'father'
        : phrase.includes('neighbour')
          ? 'neighbour'
          : 'official'
      who = { mention: phrase, head }
      b.add(
        `${phrase} ${verb} ${rng.pick(['the family had been told nothing', 'his son had been celebrating a birthday', 'the review would be critical'])}.\n\n`,
      )
    } else {
      who = speaker
      b.add(
        `${person.full}, who ${rng.pick(['chairs the neighbourhood association', 'coaches the under-12 team'])}, ${rng.pick(['was at home when it hit', 'lost the roof of the family home'])}.\n\n`,
      )
      b.add(
        `${pronoun === 'she' ? 'She' : 'He'} ${verb} ${pronoun} had ${rng.pick(['spent the night at a shelter', 'lived on the street for 30 years'])}.\n\n`,
      )
    }
    b.quote(
      rng.pick([
        'The tree came straight through the roof of the kitchen.',
        'Nobody has told us anything.',
      ]),
      who,
    )
  },
)

/**
 * A sentence in the quote's own paragraph whose subject speaks next sets the quote up, even
 * when its cue goes on (`Before the hearing ended, Youssef Nasser addressed the court. “…,” he
 * added.`): `added` took the last person who had spoken instead, a witness in the paragraph
 * before; so does someone a sentence names when its subject is no one (`For Rina Kusumawati, a
 * charcoal seller, the case is personal.`).
 */
const setUpsBeforeAdded = castFamily(
  'set-ups-before-added',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(
      genderShown.filter((one) => one.surname !== person.surname && one.gender === person.gender),
    )
    b.add(
      `${person.full}, ${20 + rng.int(50)}, was sentenced on ${rng.pick(['Tuesday', 'Friday'])} to ${3 + rng.int(12)} years in prison.\n\n`,
    )
    b.quote(
      rng.pick(['He looked right at me before he drove off,', 'I was terrified for my life,']),
      { name: other.full },
    )
    b.add(` ${other.full}, the first witness called, ${rng.pick(['recalled', 'told jurors'])}.\n\n`)
    // (`For Rina Kusumawati, the case is personal.`: someone the sentence names when its
    // subject is no one.)
    if (shape === 2) {
      b.add(
        `For ${person.full}, ${rng.pick(['a charcoal seller', 'a retired nurse'])}, the ${rng.pick(['case', 'sentence'])} is personal. `,
      )
    } else {
      b.add(
        `${rng.pick(['Before the hearing ended, ', 'At the end, '])}${person.surname} ${shape === 0 ? 'addressed the court' : 'stood up'}. `,
      )
    }
    b.quote(
      rng.pick(['I think about it every day,', 'I never meant for anyone to get hurt,']),
      speaker,
    )
    b.add(` ${pronoun} ${rng.pick(['added', 'continued'])}.`)
  },
)

/**
 * Given names that end in `-ed` (`Ahmed`, `Hamed`, `Javed`) are no past forms: in a headline
 * whose quote opens it (`‘I Make Things Slowly’: Hamed Halvorsen on Home`), the name is the
 * speaker, as any other is; it read as a participle, and the headline had no speaker.
 */
const givenNamesInEd = castFamily('given-names-in-ed', 1, ({ b }, _shape, rng) => {
  const name = `${rng.pick(['Ahmed', 'Hamed', 'Javed', 'Mohamed', 'Saeed'])} ${rng.pick(['Halvorsen', 'Oyelaran', 'Castellanos'])}`
  b.quote(rng.pick(['I Make Things Slowly', 'I Was Broke and Happy']), { name })
  b.add(`: ${name} on ${rng.pick(['Home', 'Getting Older', 'Exile'])}\n\n`)
  b.add(
    `${name}, ${30 + rng.int(40)}, is a ${rng.pick(['printmaker', 'oud player'])} from ${rng.pick(['Kazan', 'Thessaloniki'])}. This conversation has been edited and condensed.`,
  )
})

/**
 * Live updates whose subheads open with a time (`06:52 GMT — Kim Says Front Faces ‘A Long
 * Winter’`): a number has no case, so the line is still a subhead in title case, and its quote
 * is the words the story gives below it; the time made it read as a sentence, past a long
 * paragraph, and the quote had no speaker.
 */
const timestampedSubheads = castFamily(
  'timestamped-subheads',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const place = rng.pick(['Bogotá', 'Port Sudan', 'Juba', 'Doha'])
    b.add(
      `Live updates: The ${rng.pick(['border negotiations', 'prisoner exchange'])} in ${place}\n\n`,
    )
    b.add(
      `${rng.pick(['06:35 GMT', '10:50 GMT', '7:15 a.m.'])} — ${rng.pick(['Delegations Break for Lunch', 'Talks Resume'])}\n\n`,
    )
    b.add(
      `Shelling overnight damaged a power substation and ${10 + rng.int(80)} homes on the outskirts of the city.\n\n`,
    )
    const words = rng.pick([
      [
        'A Long Winter',
        'We are preparing for a long winter, and we are not hiding that from anyone.',
      ],
      ['Real Guarantees', 'We want real guarantees, not promises on paper.'],
    ] as const)
    const time = rng.pick(['06:52 GMT', '11:46 GMT', '8:02 a.m.'])
    // (A title-case line capitalizes a particle too: `Al-Mansouri Says …`.)
    if (shape === 0) b.add(`${time} — ${cap(person.surname)} Says Talks Need `)
    else b.add(`${time} — ${cap(person.surname)}: Talks Need `)
    b.quote(words[0], speaker)
    b.add('\n\n')
    b.add(
      `${rng.pick(['Col.', 'Governor', 'Ambassador'])} ${person.full} ${rng.pick(['wrote on X', 'told reporters'])}: `,
    )
    b.quote(words[1], speaker)
  },
)

/**
 * A name in title case after `on`, where someone speaks or appears (`said on “Face the Voters”
 * on Monday`, `Appearing on Channel 7’s “The Ballot Box,”`, `Asked by Jo Roe on “Capitol
 * Week”`), is the programme they were on: no one's words. It went to the speaker.
 */
const programmesAfterOn = castFamily(
  'programmes-after-on',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const show = rng.pick([
      'Face the Voters',
      'Capitol Week',
      'The Ballot Box',
      'Sunday Morning Politics',
    ])
    if (shape === 0) {
      b.add(`${rng.pick(['Sen.', 'Party chair', 'Mayor'])} ${person.full} said on `)
      b.quote(show, null)
      b.add(` on ${rng.pick(['Monday', 'Sunday'])} that the party had underestimated turnout. `)
    } else if (shape === 1) {
      b.add(`Appearing on ${rng.pick(['Channel 7’s', 'WKRT’s'])} `)
      b.quote(`${show},`, null)
      b.add(` ${person.full} sounded conciliatory. `)
    } else {
      b.add(`Asked by ${rng.pick(['Faizal bin Osman', 'Anneke de Vries'])} on `)
      b.quote(show, null)
      b.add(` whether a deal was close, ${person.full} ${rng.pick(['smiled', 'hesitated'])}. `)
    }
    b.quote(
      rng.pick([
        'It was a good night, but it was only one night,',
        'Rural voters are not an afterthought,',
      ]),
      speaker,
    )
    b.add(` ${pronoun} said.`)
  },
)

/**
 * A list item's label whose aside ends in a relative clause on a body (`• Elif Yılmaz, partner
 * at Pryce Albright LLP, which represents investors suing the company: “…”`): `which` is inside
 * the aside, and the name that opens the label speaks; the firm did.
 */
const labelsPastRelatives = castFamily(
  'labels-past-relatives',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const firm = rng.pick(['Pryce Albright LLP', 'Brandt Leclerc LLP', 'Harwick Securities'])
    b.add(
      `${rng.pick(['Korvata Bank', 'Banyan Pay'])} lost a third of its market value since March.\n\nWhat they said:\n\n`,
    )
    const chief = rng.pick(['Yuki Tanaka', 'Isabel Quispe'])
    b.add(`• ${chief}, chief executive: `)
    b.quote('We expect to return to profit in the second half.', { name: chief })
    b.add(
      `\n• ${person.full}, ${shape === 0 ? 'partner' : 'a lawyer'} at ${firm}, which ${rng.pick(['represents investors suing the company', 'manages the fund’s bond portfolio'])}: `,
    )
    b.quote(
      rng.pick([
        'The evidence will show that the board was warned.',
        'There is still no clear answer on the debt.',
      ]),
      speaker,
    )
  },
)

/**
 * What something is billed, branded or styled as (`The campaign, billed as “Safe Streets
 * Summer”, begins on Wednesday.`) is a name for it, as what it is known as is: no one's words,
 * where the thing became their speaker.
 */
const namesBilledAs = castFamily('names-billed-as', 1, ({ b, person, speaker }, _shape, rng) => {
  const thing = rng.pick(['The campaign', 'The festival', 'The scheme'])
  b.add(`${thing}, ${rng.pick(['billed', 'branded', 'styled'])} as `)
  b.quote(rng.pick(['Safe Streets Summer', 'Green Corners', 'Open Doors Week']), null)
  b.add(`, begins on ${rng.pick(['Wednesday', 'Saturday'])}.\n\n`)
  b.quote(
    rng.pick(['We want every street to take part,', 'It costs the city very little,']),
    speaker,
  )
  b.add(` ${rng.pick(['organiser', 'councillor'])} ${person.full} said.`)
})

/**
 * A speaker the story names by a role first and by name only later, referring back with the
 * role: `The duty controller told reporters: “…”` … `The duty controller, Leilani Ferreira,
 * added: “…”`; `“…,” a spokeswoman for the operator said.` … `The spokeswoman was later
 * identified as Zanele Achterberg.` The first quote is the named person's; it stayed with
 * someone the text never named.
 */
const rolesNamedLater = castFamily(
  'roles-named-later',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const [role, head] = rng.pick([
      ['duty controller', 'controller'],
      ['night-shift supervisor', 'supervisor'],
      ['lead investigator', 'investigator'],
    ] as const)
    b.add(
      `${rng.pick(['A freight train and a passenger service collided at low speed at San Telmo on Friday.', 'Ventilation fans failed inside the Kessel Tunnel during the Thursday rush hour.'])}\n\n`,
    )
    const filler = `${rng.pick(['Replacement buses were running between the two stations.', 'A tug was standing by in case of a fuel leak.'])}\n\n`
    if (shape === 0) {
      b.add(`The ${role} told reporters: `)
      b.quote('Every carriage has been checked and there is no one left on board.', speaker)
      b.add(`\n\n${filler}The ${head}, ${person.full}, added: `)
      b.quote('Our first priority is the people who were hurt.', speaker)
    } else if (shape === 1) {
      const spokes = pronoun === 'she' ? 'spokeswoman' : 'spokesman'
      b.quote('We have brought in specialist pumps from abroad,', speaker)
      b.add(` a ${spokes} for the operator said on Thursday.\n\n${filler}`)
      b.add(`The ${spokes} was later identified as ${person.full}, ${30 + rng.int(40)}.`)
    } else {
      b.quote('What happens to the people who built this company?', speaker)
      b.add(` said an analyst at a research firm that follows the company.\n\n${filler}`)
      b.add(`The analyst, ${person.full}, said the cuts would save about $210 million a year. `)
      b.quote('The whole industry is going through this right now,', speaker)
      b.add(` ${pronoun} said.`)
    }
  },
)

/**
 * A question after a sentence that brings its asker back (`Mr. le Roux returned to the
 * microphone. “Why …?” he asked.`) opens a turn of the asker's own, not one put to the one who
 * spoke before: the quote alone in the paragraph after it goes on from the asker; it went to
 * the other party, as the answer to a question in an exchange does.
 */
const questionsPastSetUps = castFamily(
  'questions-past-set-ups',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    const otherPronoun = other.gender === 'female' ? 'she' : 'he'
    b.add(
      `${rng.pick(['Families near the plant have been drinking bottled water since March.', 'About 3,400 dockworkers walked off the job on Monday.'])}\n\n`,
    )
    b.add(`${person.full} told reporters, `)
    b.quote('These families deserve to know what is coming out of their taps.', speaker)
    b.add(`\n\n${other.full} was less optimistic. `)
    b.quote('We followed every rule we were given,', { name: other.full })
    b.add(` ${otherPronoun} replied.\n\n`)
    b.add(
      shape === 0
        ? `${person.surname} returned to the microphone. `
        : `${person.surname} spoke again later. `,
    )
    b.quote(
      rng.pick([
        'Why did it take until March for anyone to test these wells?',
        'Can anyone tell me who pays my rent this month?',
      ]),
      speaker,
    )
    b.add(` ${pronoun} asked.\n\n`)
    b.quote('The levels we found are a reason for action.', speaker)
  },
)

/**
 * Buddhist and Hindu clergy's titles (`The Venerable Hiwot Bekele`, `Swami Ananda`), before a
 * name with an aside in brackets: the title is no part of the name, so a later `Bekele` is the
 * same person; `The Venerable Hiwot Bekele` read as a body's name, and `Bekele` as someone new.
 */
const clergyTitles = castFamily('clergy-titles', 2, ({ b, person, speaker }, shape, rng) => {
  const title = shape === 0 ? 'The Venerable' : rng.pick(['Swami', 'Ajahn'])
  b.add(
    `${title} ${person.full} (${30 + rng.int(40)}, in ${rng.pick(['Porto', 'Penang'])} since ${1980 + rng.int(40)}) told about ${100 + rng.int(400)} practitioners at the ${rng.pick(['Lotus Dharma Center', 'Vedanta Hall'])} on Sunday that the housing crisis was a test of the community’s faith.\n\n`,
  )
  b.quote(
    rng.pick(['I have buried too many young people this year,', 'Our doors were built to open,']),
    speaker,
  )
  b.add(` ${person.surname} ${rng.pick(['explained afterward', 'said'])}.`)
})

/**
 * Words in marks inside a clause that goes on past them (`said in a letter that it “fully
 * supports” the administration, a position that Luiza Oliveira called “baffling”`): the
 * phrase after the marks is the clause's object, and the cue further on another clause's; the
 * words are the reporting subject's. They went to the object.
 */
const marksInsideObjects = castFamily(
  'marks-inside-objects',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    const body = rng.pick(['The board of trustees', 'The faculty senate', 'The athletics council'])
    b.add(`${body} said in a letter to faculty that it `)
    b.quote(rng.pick(['fully supports', 'stands behind']), {
      mention: body,
      head: body.split(' ')[1] === 'of' ? 'board' : (body.split(' ').at(-1) as string),
    })
    b.add(
      ` the administration, a position that ${person.full}, a professor of ${rng.pick(['geology', 'philosophy'])}, called `,
    )
    b.quote(rng.pick(['baffling', 'short-sighted']), speaker)
    b.add('.')
  },
)

/**
 * A body's draft speaks for the body (`The Undergraduate Assembly plans to vote next week. Its
 * draft calls the cancellation “shortsighted”.`), as its letter or its statement does.
 */
const draftsOfBodies = castFamily('drafts-of-bodies', 1, ({ b }, _shape, rng) => {
  const body = rng.pick(['Undergraduate Assembly', 'Graduate Student Council', 'Faculty Senate'])
  b.add(
    `The ${body} plans to vote on a resolution next week. Its draft calls the ${rng.pick(['cancellation', 'decision'])} `,
  )
  b.quote(rng.pick(['shortsighted', 'a betrayal of trust']), { name: body })
  b.add('.')
})

/**
 * A cue group whose object and adverbials run to the comma before the quote (`A student asked
 * me last week, “Why should I trust you?” I think about that every day.`) introduces it, as a
 * cue right before the comma does, so a weak cue after the quote (`I think`) is no attribution
 * of its own; the words went to the writer, and inside a quote to its outer speaker.
 */
const groupsPastObjects = castFamily(
  'groups-past-objects',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const [asker, head] = rng.pick([
      ['A student', 'student'],
      ['A first-year student', 'student'],
      ['A parishioner', 'parishioner'],
    ] as const)
    const question = rng.pick(['Why should I trust you?', 'What if I am not good enough?'])
    b.add(
      `${person.full}, a retired bishop, spoke to ${100 + rng.int(800)} teachers on ${rng.pick(['Thursday', 'Sunday'])} about doubt.\n\n`,
    )
    if (shape === 0) {
      b.add(`${asker} asked ${rng.pick(['me', 'her', 'him'])} last week, `)
      b.quote(question, { mention: asker, head })
      b.add(` I think about that every day.`)
      return
    }
    b.quote(`${asker} asked me last week, ‘${question}’ I think about that every day,`, speaker)
    b.expected.push({ quote: question, speaker: { mention: asker, head } })
    b.add(` ${person.surname} ${rng.pick(['added', 'told the audience'])}.`)
  },
)

/**
 * Clergy's titles name their role for a later phrase (`The Rev. Sadia Qureshi` … `the pastor
 * acknowledged`), past someone else set off by another role, as `Justice` names a judge: the
 * pastor was someone new.
 */
const clergyRoles = castFamily('clergy-roles', 2, ({ b, person, speaker }, shape, rng) => {
  const [title, role] =
    shape === 0
      ? rng.pick([
          ['The Rev.', 'pastor'],
          ['The Reverend', 'preacher'],
          ['The Rev.', 'vicar'],
        ] as const)
      : rng.pick([
          ['Imam', 'cleric'],
          ['Rabbi', 'cleric'],
        ] as const)
  b.add(
    `${title} ${person.full} — who arrived in ${rng.pick(['Boston', 'Leeds'])} in ${1970 + rng.int(40)} — told about ${100 + rng.int(1900)} worshippers on ${rng.pick(['Sunday', 'Friday'])} that loneliness was a test of the community’s faith.\n\n`,
  )
  b.add(
    `The address came a week after ${rng.pick(['Rafael de Souza', 'Lucia Georgiou'])}, its longtime volunteer coordinator, announced that the shelter would lose ${2 + rng.int(8)} staff members.\n\n`,
  )
  b.quote(
    rng.pick(['We are not called to be comfortable,', 'A house of worship is not a museum,']),
    speaker,
  )
  b.add(` the ${role} ${rng.pick(['acknowledged', 'said'])}.`)
})

/**
 * A question its cue gives as said, not asked (`“If this were your well, would you wait for
 * another study?” the commissioner said flatly.`), is put to no one: the quote alone in the
 * paragraph after it goes on from its speaker, where it was read as the other party's answer in
 * an exchange. Guard: a question `asked` is still answered by the other party.
 */
const questionsSaidNotAsked = castFamily(
  'questions-said-not-asked',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    b.add(
      `${rng.pick(['A bill before the committee would require testing of wells near industrial sites.', 'The district plans to close two schools.'])}\n\n`,
    )
    b.add(`${rng.pick(['State senator', 'Councillor'])} ${other.full} told reporters, `)
    b.quote('We will not let this bill die in committee.', { name: other.full })
    b.add('\n\n')
    b.quote(
      rng.pick([
        'If this were your well, would you wait for another study?',
        'Who asked the families?',
      ]),
      speaker,
    )
    if (shape === 0) {
      b.add(` ${person.full} said ${rng.pick(['flatly', 'quietly'])}.\n\n`)
      b.quote('The testing should have started years ago.', speaker)
    } else {
      b.add(` ${person.full} asked.\n\n`)
      b.quote('Because the law does not require it yet.', { name: other.full })
    }
  },
)

/**
 * A question, then its answer introduced by a cue group that runs past adverbials or a hearer
 * to a colon or a comma (`“…?” Doe said in a statement: “…”`, `“…?” Doe told reporters on
 * Friday, “…”`): the group introduces the answer, and the question stays its asker's.
 */
const answersPastCueGroups = castFamily(
  'answers-past-cue-groups',
  2,
  ({ b, person, speaker }, shape, rng) => {
    b.add(
      `${rng.pick(['A pile-up closed the expressway for most of Saturday.', 'The council voted to delay the budget again.', 'Flooding cut power to 4,000 homes overnight.'])} ${person.full} took questions ${rng.pick(['from reporters', 'at a briefing'])} on ${rng.pick(['Saturday', 'Monday'])}.\n\n`,
    )
    const asker = rng.pick(['One reporter', 'A reporter', 'A local reporter'])
    b.add(`${asker} ${rng.pick(['pressed', 'asked', 'wanted to know'])}: `)
    b.quote(
      rng.pick(['Why did it take so long?', 'Can you rule out a mistake?', 'Who will pay for it?']),
      {
        mention: asker,
        head: 'reporter',
      },
    )
    const cue = rng.pick(['said', 'replied', 'answered', 'told reporters', 'said quietly'])
    const adverbial = rng.pick([
      ' in a statement',
      ' on Friday evening',
      ' during a visit to the site',
      ' to reporters outside the building',
      ' later',
      ' after a pause',
    ])
    b.add(
      ` ${cap(rng.pick([person.surname, person.full]))} ${cue}${adverbial}${shape === 0 ? ':' : ','} `,
    )
    b.quote(
      rng.pick([
        'Because we had to get it right.',
        'Not yet, and I won’t guess.',
        'We will, in the end.',
      ]),
      speaker,
    )
  },
)

/**
 * Words one party carries from another: `the agency quoted X as saying`, `cited X as saying`,
 * `X was quoted by … as saying`, before or after the quote, with an aside set off after the
 * one quoted; the one quoted speaks, not the outlet that carried the words.
 */
const quotedAsSaying = castFamily('quoted-as-saying', 5, ({ b, person, speaker }, shape, rng) => {
  const outlet = rng.pick([
    'the state news agency',
    'the official news agency',
    'the agency',
    'the newspaper',
    'state television',
    'Radio Halvan',
  ])
  const verb = rng.pick(['quoted', 'cited'])
  const aside = rng.pick(['', `, ${rng.pick(['the foreign minister', 'a senior aide', '54'])},`])
  const participle = rng.pick(['saying', 'telling reporters'])
  const adverbial = rng.pick(['', ' on Monday', ' after a cabinet meeting'])
  const line = rng.pick(['We will not yield to pressure.', 'The door to talks remains open.'])
  b.add(
    `${rng.pick(['Talks on the border dispute resumed this week.', 'The two sides traded accusations again.'])} `,
  )
  if (shape === 0) {
    b.quote(line.replace(/\.$/u, ','), speaker)
    b.add(` ${outlet} ${verb} ${person.full}${aside} as ${participle}${adverbial}.`)
  } else if (shape === 1) {
    b.add(`${cap(outlet)} ${verb} ${person.full}${aside} as ${participle} the talks were `)
    b.quote(rng.pick(['going nowhere', 'useful but slow']), speaker)
    b.add('.')
  } else if (shape === 2) {
    b.add(`${cap(outlet)} ${verb} ${person.full}${aside} as ${participle}${adverbial}: `)
    b.quote(line, speaker)
  } else if (shape === 3) {
    b.add(`${person.full} was quoted by ${outlet} as ${participle}${adverbial}: `)
    b.quote(line, speaker)
  } else {
    b.add(
      `${cap(outlet)} ${verb} ${person.full}${aside} as ${participle}${adverbial} that the plan was `,
    )
    b.quote(rng.pick(['dead on arrival', 'a step in the right direction']), speaker)
    b.add('.')
  }
})

/**
 * A relative clause on a body, `, which said`, after the body a verb names as its object or as
 * whose a statement is (`cited the ministry, which said`, `a statement from the Sahel
 * Security Compact, which said`): `which` is the body, not the clause's subject; a body whose
 * name holds a title's modifier (`Security`, `National`) is still a body's name.
 */
const bodiesWhichSaid = castFamily('bodies-which-said', 3, ({ b }, shape, rng) => {
  const body = rng.pick([
    ['the foreign ministry', { mention: 'the foreign ministry', head: 'ministry' }],
    ['the port authority', { mention: 'the port authority', head: 'authority' }],
    ['the prime minister’s office', { mention: 'the prime minister’s office', head: 'office' }],
    ['the Nordic Security Compact', { name: 'Nordic Security Compact' }],
    ['the Andean National Accord', { name: 'Andean National Accord' }],
    ['the Baltic Energy Pact', { name: 'Baltic Energy Pact' }],
  ] as const)
  const subject = rng.pick(['The agency', 'The newspaper', 'State television', 'Officials'])
  const line = rng.pick(['well known', 'unchanged', 'not up for negotiation'])
  if (shape === 0) {
    b.add(`${subject} cited ${body[0]}, which said the position was `)
  } else if (shape === 1) {
    b.add(`${subject} carried a statement from ${body[0]}, which said the position was `)
  } else {
    b.add(
      `${cap(body[0])} said ${rng.pick(['', 'on Monday ', 'in a statement '])}that the position was `,
    )
  }
  b.quote(line, body[1] as ExpectedSpeaker)
  b.add('.')
})

/**
 * An interview that runs long: its introduction (`X, 63, …, sat down with the Gazette reporter
 * Y`) stands many turns before a question that says `you` and an answer that says `I`; the
 * guest is the one who talks, not the reporter talked with, and a name written family name
 * first (`Zhou Jianhua`) is the headline's `Zhou`.
 */
const interviewsRunLong = castFamily('interviews-run-long', 2, ({ b, person }, shape, rng) => {
  const familyFirst = rng.pick([
    ['Zhou Jianhua', 'Zhou'],
    ['Park Ji-won', 'Park'],
    ['Chen Meiling', 'Chen'],
    ['Kang Seung-ho', 'Kang'],
    ['Huang Xiaoyu', 'Huang'],
  ] as const)
  const guest = shape === 0 ? { full: familyFirst[0], surname: familyFirst[1] } : person
  const interviewer = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
  const topic = rng.pick(['housing plan', 'flood barrier', 'plant closure', 'rail extension'])
  const capitals = rng.int(2) === 0
  const label = (who: { surname: string }) =>
    `${capitals ? who.surname.toUpperCase() : cap(who.surname)}:`
  b.add(rng.pick([`Q&A: ${cap(guest.surname)} on the ${topic}`, `Ten minutes with ${guest.full}`]))
  b.add(
    `\n\n${guest.full}, ${20 + rng.int(60)}, ${rng.pick(['the festival’s artistic director', 'a nurse at St. Brendan’s Hospital', 'an independent from Ohio'])}, sat down with ${rng.pick(['The Riverside Gazette', 'Channel 9 News', 'the Prairie Dispatch'])} reporter ${interviewer.full} this week to talk about the ${topic}. The conversation has been edited for length and clarity.`,
  )
  const fillers = [
    ['What happens next?', 'We keep working. There is a hearing on Monday.'],
    [
      'How did you first get involved?',
      'Honestly, by accident. A neighbor asked me to come to one meeting.',
    ],
    ['What has surprised you most this year?', 'How many people care.'],
    ['Walk me through the last week.', 'Long days and short nights, but we are close.'],
  ]
  const turns = 2 + rng.int(9)
  for (let turn = 0; turn < turns; turn++) {
    const [question, answer] = rng.pick(fillers) as [string, string]
    b.add(`\n\n${label(interviewer)} ${question}\n\n${label(guest)} ${answer}`)
  }
  b.add(`\n\n${label(interviewer)} In 2019 you called the ${topic} `)
  b.quote(rng.pick(['deeply flawed', 'a wake-up call', 'a mess']), { name: guest.full })
  b.add(`. Do you still feel that way?\n\n${label(guest)} Less than I did.`)
  b.add(
    `\n\n${label(interviewer)} What did you tell the board?\n\n${label(guest)} I told the board, `,
  )
  b.quote(rng.pick(['We did everything by the book.', 'The review will be independent.']), {
    name: guest.full,
  })
  b.add(' I still believe that.')
})

/**
 * A piece in the first person whose writer a byline (`By X`, `By X | Columnist`, `X,
 * Contributing Columnist`) or a closing line (`X writes about … for …`) names: `I wrote` is the
 * writer; what `my first editor` said is the editor's, whatever ordinal or adjective stands in
 * the owned phrase.
 */
const writersNamed = castFamily('writers-named', 5, ({ b, person, speaker }, shape, rng) => {
  const topic = rng.pick(['stadium deal', 'plant closure', 'bus network'])
  b.add(`${rng.pick(['OPINION', 'Column', 'Viewpoint'])}: What I got wrong about the ${topic}\n\n`)
  if (shape === 0) b.add(`By ${person.full}\n\n`)
  else if (shape === 1)
    b.add(`By ${person.full} | ${rng.pick(['Columnist', 'Contributing Writer'])}\n\n`)
  else if (shape === 2)
    b.add(`${person.full}, ${rng.pick(['Contributing Columnist', 'Guest Contributor'])}\n\n`)
  b.add(`Every few years the city discovers a new fix for the ${topic}.\n\n`)
  const owner = rng.pick([
    'My first editor',
    'My late father',
    'My old coach',
    'Our first landlord',
  ])
  b.add(`${owner} had a line for moments like this: `)
  b.quote(rng.pick(['If you do it, do it right.', 'Never sign anything twice.']), {
    mention: owner,
    head: owner.split(' ').at(-1) as string,
  })
  b.add(`\n\nIn ${2010 + rng.int(12)}, I wrote in this space that the ${topic} was `)
  b.quote(rng.pick(['unworkable', 'long overdue']), speaker)
  b.add('. I still believe it.\n\nThe council votes next month.')
  if (shape === 3)
    b.add(`\n\n${person.full} writes about local government for the Riverside Gazette.`)
  if (shape === 4) b.add(`\n\n${person.full} is a columnist for the Prairie Dispatch.`)
})

/**
 * Words in marks inside someone's quote: a sign's (`The sign on the door just said ‘…’`) and a
 * title read (`I must have read ‘What the Tide Left’ a dozen times`) are no one's; what a
 * person the words name said (`When I finally asked Zhang about it, he said, ‘…’`) is theirs,
 * not the outer speaker's.
 */
const voicesInsideWords = castFamily(
  'voices-inside-words',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    b.add(
      `${person.full} spent weeks trying to get answers from ${rng.pick(['Dr. ', 'Councillor ', ''])}${other.full}.\n\n`,
    )
    let inner: string
    let voice: ExpectedSpeaker
    let words: string
    if (shape === 0) {
      inner = rng.pick(['Do not enter', 'Closed until further notice'])
      voice = null
      words = `The sign on the door ${rng.pick(['just ', 'only ', ''])}said ‘${inner}’. That was it. No phone number,`
    } else if (shape === 1) {
      inner = rng.pick(['What the Tide Left', 'Notes from the Night Shift'])
      voice = null
      words = `I must have read ‘${inner}’ ${rng.pick(['a dozen times', 'twice'])} looking for answers,`
    } else {
      inner = 'Nothing about this was ever going to be easy,'
      voice = { name: other.full }
      words = `When I finally asked ${other.surname} about it, ${other.gender === 'female' ? 'she' : 'he'} said, ‘${inner}’ and then the line went dead,`
    }
    b.quote(words, speaker)
    b.expected.push({ quote: inner, speaker: voice })
    b.add(` ${cap(person.surname)} ${rng.pick(['said', 'recalled', 'told reporters'])}.`)
  },
)

/**
 * A transcript whose turns a role labels (`THE WITNESS:`, `THE DEFENDANT:`), after a sentence
 * that gave the role its name (`The witness, Yoon Ji-won, the company’s former bookkeeper, was
 * questioned by …`): `I` in such a turn is the person who holds the role.
 */
const roleLabelledTurns = castFamily(
  'role-labelled-turns',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const lawyer = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    const role = shape === 0 ? 'witness' : 'defendant'
    const honorific = lawyer.gender === 'female' ? 'MS.' : 'MR.'
    b.add(
      `The following is an excerpt from ${rng.pick(['Tuesday’s', 'Friday’s'])} testimony in the fraud trial. The ${role}, ${person.full}, ${rng.pick(['the company’s former bookkeeper', 'a retired accountant', '47'])}, was questioned by ${rng.pick(['Assistant District Attorney', 'defense lawyer'])} ${lawyer.full}.`,
    )
    const label = `${honorific} ${lawyer.surname.toUpperCase()}:`
    const turns = 1 + rng.int(3)
    for (let turn = 0; turn < turns; turn++) {
      b.add(`\n\n${label} ${rng.pick(['Where were you that morning?', 'What happened next?'])}`)
      b.add(`\n\nTHE ${role.toUpperCase()}: ${rng.pick(['At the office.', 'I went home.'])}`)
    }
    b.add(
      `\n\n${label} What did you do then?\n\nTHE ${role.toUpperCase()}: I called my sister that night and told her, `,
    )
    b.quote(
      rng.pick(['They want me to lie for them.', 'I think I am going to lose my job.']),
      speaker,
    )
    b.add(' Then I hung up.')
  },
)

/**
 * A subhead that gives someone's stand with a phrasal verb after their quote (`‘Deeply Flawed’:
 * Haddad Digs In on Flood Barrier`, `… Roe Hits Back at Critics`), at the top or further down
 * a newsletter, the story under it naming them in full.
 */
const subheadStands = castFamily('subhead-stands', 2, ({ b, person, speaker }, shape, rng) => {
  const topic = rng.pick(['Flood Barrier', 'Plant Closure', 'Water Rates'])
  if (shape === 0) {
    b.add(
      `${rng.pick(['The Lower Bexley Briefing', 'Morning Memo'])}\n\nMonday, April 4\n\nA similar proposal failed by a single vote in 2011, and the council has argued about it ever since.\n\n`,
    )
  }
  b.quote(rng.pick(['Deeply Flawed', 'More Work to Do', 'Not for Sale']), speaker, true)
  b.add(
    `: ${cap(person.surname)} ${rng.pick(['Digs In', 'Hits Back', 'Speaks Out', 'Doubles Down'])} on ${topic}\n\n${person.full}, ${rng.pick(['the mayor', 'the chair of the transport committee', '47'])}, said on Monday that the ${topic.toLowerCase()} was `,
  )
  b.quote(rng.pick(['a mess', 'long overdue']), speaker)
  b.add('.')
})

/**
 * A pronoun far past the person it stands for, out of the sentences in sight, when the text has
 * named no one else it could be (`Sander Verbeek … died Saturday.` … three paragraphs quoting
 * women … `In a 1998 interview, he said his philosophy was simple: “…”`).
 */
const pronounsFarBack = castFamily(
  'pronouns-far-back',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    // (Only given names a reader of any origin would take for one sex: `Minh`, `Yuki`, `Lan` and
    // `Oluwaseun` leave it open, and a pronoun may well stand for them.)
    const others = genderShown.filter(
      (one) =>
        one.gender !== person.gender &&
        one.surname !== person.surname &&
        !['Minh Tran', 'Lan Pham', 'Yuki Moriyama', 'Oluwaseun Balogun'].includes(one.full),
    )
    const first = rng.pick(others)
    const second = rng.pick(others.filter((one) => one.surname !== first.surname))
    b.add(
      `${person.full}, who founded the town’s first food bank, died Saturday at ${rng.pick(['Harborview Hospital', 'home'])}. ${cap(pronoun)} was ${70 + rng.int(25)}.\n\n`,
    )
    b.add(`The death was confirmed by ${first.full}, a longtime friend.\n\n`)
    b.quote(rng.pick(['Stubborn, funny and generous to a fault,', 'Nobody worked harder,']), {
      name: first.full,
    })
    b.add(` said ${first.surname}.\n\n${second.full}, a neighbour, called the loss `)
    b.quote(rng.pick(['enormous', 'hard to put into words']), { name: second.full })
    b.add('.\n\nThe food bank now serves 400 families a week.\n\n')
    b.add(
      `In a ${1990 + rng.int(20)} interview with the Harbor Ledger, ${pronoun} said ${person.gender === 'female' ? 'her' : 'his'} philosophy was simple: `,
    )
    b.quote('The secret is that there is no secret.', speaker)
  },
)

/**
 * A cleft that sets one speaker against another (`It was Anouk Verbeek, not Huang Min, who
 * said …`, as a correction puts it): `who` is the one the sentence puts first.
 */
const cleftsSetAgainst = castFamily(
  'clefts-set-against',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    b.add(
      `${rng.pick(['CORRECTION', 'Editor’s note'])}: An earlier version of this article incorrectly attributed a quote. `,
    )
    const first = shape === 0 ? person.full : 'the mayor'
    const who: ExpectedSpeaker = shape === 0 ? speaker : { mention: 'the mayor', head: 'mayor' }
    b.add(
      `It was ${first}, not ${rng.pick([other.full, 'the governor'])}, who said the proposal was `,
    )
    b.quote(rng.pick(['a good start', 'deeply flawed', 'not on the table']), who)
    b.add('.')
  },
)

/**
 * A quote that leads, and a sentence after it whose subject is a noun for the words with whose
 * they are set off after it (`“…” The words, from Anouk de Wit, who chairs the committee, drew
 * a long silence`).
 */
const wordsSetOffFrom = castFamily(
  'words-set-off-from',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    b.add(
      `${rng.pick(['Decision on the rail extension delayed again', 'After months of debate, a vote'])}\n\n`,
    )
    b.quote(rng.pick(['There is no plan B.', 'We will not be rushed.']), speaker)
    const aside = rng.pick([
      '',
      ' who chairs the transport committee,',
      ` ${30 + rng.int(40)}, an epidemiologist,`,
    ])
    b.add(
      ` The ${rng.pick(['words', 'remark', 'warning', 'line'])}, from ${person.full},${aside} ${rng.pick(['drew a long silence from the room', 'set the tone for the night'])}.`,
    )
  },
)

/**
 * A profile whose title opens with a verb (`Meet Haddad, the baker …`, `Remembering …`): the
 * verb is no given name, so the surname after it is the person the story names in full, and
 * what the story's back-references say is theirs.
 */
const titlesOpenedByVerbs = castFamily(
  'titles-opened-by-verbs',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    const role = rng.pick(['baker', 'lawyer', 'governor'])
    const age = 30 + rng.int(50)
    b.add(
      `${rng.pick(['Meet', 'Remembering', 'Introducing', 'Celebrating'])} ${cap(person.surname)}, the ${role} Kestrel Bay can’t stop talking about\n\nOn a gray Tuesday morning, ${person.full} is already at work by 6 a.m.\n\n${cap(person.surname)}, ${age}, is the town’s ${role}. ${cap(pronoun)} says the hard years are over.\n\n`,
    )
    b.quote(
      rng.pick(['It has been a hard year, but we are still standing,', 'There is no plan B,']),
      speaker,
    )
    b.add(` ${rng.pick([`the ${age}-year-old says`, `${person.surname} adds`])}.`)
  },
)

/**
 * A relative clause after asides set off after a name (`Sanjay Pillai, 60, who called her
 * “…”`, `Han Ji-hoon, the county’s health commissioner, who`, `Ana Roe, a lawyer for the
 * residents, who`): whatever the asides hold, the clause is the name's, and a cue after the
 * clause set off by commas is the name's too (`…, who did not sign the letter, said she shared
 * its concerns. “…”`).
 */
const relativesPastAsides = castFamily(
  'relatives-past-asides',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(genderShown.filter((one) => one.surname !== person.surname))
    const otherPronoun = other.gender === 'female' ? 'she' : 'he'
    const age = 30 + rng.int(50)
    const aside = rng.pick([
      `${age}`,
      `${age}, a retired teacher`,
      'the county’s public health commissioner',
      'a lawyer for the residents',
      'the head coach of the Kestrel Bay Gulls',
      'an ecologist at the Institute of Agroecology',
      'the owner of a bakery on Station Street',
    ])
    if (shape === 0) {
      b.add(
        `${other.full} told a crowd of about ${100 + rng.int(400)} supporters on ${rng.pick(['Friday', 'Sunday'])} night that the flood barrier would be finished on time.\n\n${cap(otherPronoun)} was introduced by ${person.full}, ${aside}, who ${rng.pick(['called', 'described'])} ${otherPronoun === 'she' ? 'her' : 'him'} as `,
      )
      b.quote(rng.pick(['the real deal', 'a fighter', 'one of us']), speaker)
      b.add('.')
      return
    }
    b.add(
      `In a letter sent to the water board on ${rng.pick(['Monday', 'Tuesday'])}, more than ${20 + rng.int(800)} residents asked for an inquiry. ${other.full} signed it first.\n\n${person.full}, ${aside}, who ${rng.pick(['did not sign the letter', 'was not involved in the study', 'has read the report'])}, `,
    )
    if (rng.int(2) === 0) {
      b.add(`said ${pronoun} shared its concerns. `)
      b.quote(
        rng.pick(['The numbers simply do not add up.', 'We have waited long enough.']),
        speaker,
      )
    } else {
      b.add(`${rng.pick(['said', 'warned'])}: `)
      b.quote(
        rng.pick(['The numbers simply do not add up.', 'We have waited long enough.']),
        speaker,
      )
    }
  },
)

/**
 * Heads whose phrase a reader takes whole though a word in it is often something else: a
 * preposition right after an article is an adjective (`an outside expert who was not involved
 * in the study said`), `co-` before a title keeps it a title (`Co-author J. Amara Roe`, not a
 * given name `Co-author`), and a noun for someone after a role's head ends the phrase (`Sofia
 * Haddad, 55, the mission’s chief engineer,` is one person, no `chief` a later `he` could be).
 */
const headsReadWhole = castFamily(
  'heads-read-whole',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const line = rng.pick([
      'The methods are careful',
      'It is a real advance',
      'The data look clean',
    ])
    if (shape === 0) {
      const phrase = rng.pick([
        ['an outside expert', 'expert'],
        ['one outside researcher', 'researcher'],
        ['an outside scientist', 'scientist'],
      ]) as [string, string]
      const clause = rng.pick(['who was not involved in the study', 'who reviewed the paper'])
      b.add(
        `${person.full} and colleagues published the study on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
      )
      if (rng.int(2) === 0) {
        b.quote(`${line},`, { mention: phrase[0], head: phrase[1] })
        b.add(` said ${phrase[0]} ${clause}.`)
      } else {
        b.add(`${cap(phrase[0])} ${clause} said: `)
        b.quote(`${line}.`, { mention: cap(phrase[0]), head: phrase[1] })
      }
      return
    }
    if (shape === 1) {
      const initial = rng.pick(['J.', 'R.', 'M.'])
      const title = rng.pick(['Co-author', 'Co-chair', 'Co-founder'])
      b.add(`${title} ${initial} ${person.full} said the findings should be treated with caution. `)
      b.quote(`${line},`, { name: `${initial} ${person.full}` })
      b.add(` ${person.surname} said.`)
      return
    }
    // (Given names whose gender any reader knows: the pronoun's person is not in question.)
    const other = `${rng.pick(person.gender === 'female' ? ['Viktor', 'Diego', 'Thomas', 'Ahmed'] : ['Sofia', 'Maria', 'Anna', 'Fatima'])} ${rng.pick(['Haddad', 'Moreau', 'Lindgren', 'Castillo'])}`
    b.quote(`${line},`, speaker)
    b.add(
      ` ${person.full}, the lead scientist, said.\n\n${other}, ${30 + rng.int(40)}, the ${rng.pick(['mission’s', 'agency’s', 'lab’s'])} chief ${rng.pick(['engineer', 'scientist', 'designer'])}, joined the effort only in June.\n\n`,
    )
    b.quote(rng.pick(['We did it,', 'It worked,']), speaker)
    b.add(` ${pronoun} said at the briefing.`)
  },
)

/**
 * Words a paper carries, whose writer the paper's phrase names: a place in the paper is the
 * paper's (`“…,” reads the first line of an email Jane Doe sent to staff`), and the paper set
 * off with a participle of writing and its agent names the writer (`“…” The message, posted by
 * Jane Doe at 9:14 p.m., was shared thousands of times`).
 */
const papersPlacedAndPosted = castFamily(
  'papers-placed-and-posted',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const line = rng.pick([
      'We would rather recall a product than risk a single fire',
      'Our priority is understanding what happened',
      'Honestly, it is too early to say',
    ])
    const day = rng.pick(['Monday', 'Tuesday', 'Friday'])
    if (shape === 0) {
      b.quote(`${line},`, speaker)
      const aside = rng.pick([
        '',
        `, ${rng.pick(['the company’s', 'the lab’s'])} ${rng.pick(['safety chief', 'lead designer'])},`,
      ])
      b.add(
        ` reads the ${rng.pick(['first', 'last', 'opening'])} ${rng.pick(['line', 'sentence', 'paragraph'])} of ${rng.pick(['an email', 'a memo', 'a letter'])} ${person.full}${aside} sent to staff on ${day}.`,
      )
      return
    }
    b.quote(`${line}.`, speaker)
    b.add(
      `${rng.pick([' ', '\n\n'])}The ${rng.pick(['message', 'post', 'words'])}, ${rng.pick(['posted', 'written', 'sent'])} by ${person.full} at ${1 + rng.int(11)}:${10 + rng.int(49)} p.m. on ${day}, ${rng.pick(['was shared thousands of times', 'drew hundreds of replies'])}.`,
    )
  },
)

/**
 * A quote that leads, then a sentence whose subject is a noun for the one who spoke, linked to
 * a name by a copula (`“…” The speaker was Bernadette Quispe, a retired schoolteacher, and the
 * crowd rose to its feet`).
 */
const speakersNamedAfter = castFamily(
  'speakers-named-after',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    b.quote(
      rng.pick([
        'The water tower is older than anyone in this room.',
        'You cannot close the clinic and call it savings.',
      ]),
      speaker,
    )
    const aside = rng.pick([
      '',
      ', a retired schoolteacher',
      ', owner of the diner across from the plant',
      `, ${30 + rng.int(50)},`,
    ])
    const rest = aside.endsWith(',') ? ' and' : ', and'
    b.add(
      `${rng.pick([' ', '\n\n'])}The speaker was ${person.full}${aside}${rest} the crowd of about ${50 + rng.int(300)} rose to its feet.\n\n${rng.pick(['The council meets again in May.', 'The vote is set for June.'])}`,
    )
  },
)

/**
 * Crowds and bodies counted, after the quote they speak: a crowd's count or its degree opens
 * the phrase (`dozens of farmers said`, `about 40 residents said`, `more than 200 nurses
 * said`), and so does a count after the article (`the two unions said`, `said the three farm
 * groups`).
 */
const crowdsCounted = castFamily('crowds-counted', 2, ({ b }, shape, rng) => {
  const phrase = rng.pick([
    ['dozens of farmers', 'farmers'],
    [`about ${20 + rng.int(80)} residents`, 'residents'],
    [`more than ${100 + rng.int(400)} nurses`, 'nurses'],
    ['hundreds of workers', 'workers'],
    ['the two unions', 'unions'],
    ['the three farm groups', 'groups'],
  ]) as [string, string]
  b.add(`${rng.pick(['The plant closes in March.', 'The levy vote is on Tuesday.'])} `)
  b.quote(
    rng.pick([
      'We owe it to the next generation to get this right,',
      'The bank has been patient, but patience runs out,',
    ]),
    { mention: phrase[0], head: phrase[1] },
  )
  b.add(
    shape === 0
      ? ` ${phrase[0]} said in ${rng.pick(['a statement', 'a joint statement', 'a letter'])}.`
      : ` said ${phrase[0]}${rng.pick(['', ' in a statement'])}.`,
  )
})

/**
 * A quote whose words open with `he` or `she` for someone the story named, the one the speaker
 * tells of, past the one told (`“He told me, ‘…,’ and I believed him,” Ruiz said`) or a verb
 * joined before the cue (`“She looked at me and said, ‘…’”`): the inner words are that
 * person's, not the speaker's.
 */
const toldOfInside = castFamily('told-of-inside', 2, ({ b, person, speaker }, shape, rng) => {
  // (Given names whose gender any reader knows: the pronoun's person is not in question.)
  const teller = `${rng.pick(person.gender === 'female' ? ['Viktor', 'Diego', 'Thomas', 'Ahmed'] : ['Sofia', 'Maria', 'Anna', 'Fatima'])} ${rng.pick(['Lindgren', 'Castillo', 'Moreau'])}`
  const tellerSurname = teller.split(' ')[1] as string
  const pronoun = person.gender === 'female' ? 'She' : 'He'
  const object = person.gender === 'female' ? 'her' : 'him'
  b.add(
    `${person.full} met ${teller} in ${rng.pick(['May', 'March', 'the capital'])} to discuss the ceasefire.\n\n`,
  )
  const inner = rng.pick([
    'We will not retreat',
    'There is nothing left to discuss',
    'The border stays closed',
  ])
  const words =
    shape === 0
      ? `${pronoun} ${rng.pick(['told me', 'warned us', 'told us'])}, `
      : `${pronoun} ${rng.pick(['looked at me and', 'leaned over and', 'stood up and'])} said, `
  const outer: ExpectedSpeaker = { name: teller }
  const innerMarks = b.style === 'straight' ? ["'", "'"] : ['‘', '’']
  b.quote(`${words}${innerMarks[0]}${inner},${innerMarks[1]} and I believed ${object},`, outer)
  b.expected.push({ quote: `${inner},`, speaker })
  b.add(` ${tellerSurname} said.`)
})

/**
 * Courtesy titles other languages write before a name, with no stop (`Mme`, `Herr`, `Frau`,
 * `Sayyid`, `Sheikha`, `Datuk`): a title, no part of the name, and one that shows a gender for a
 * later pronoun.
 */
const courtesyTitles = castFamily('courtesy-titles', 1, ({ b, person, speaker }, _shape, rng) => {
  const title =
    person.gender === 'female'
      ? rng.pick(['Mme', 'Frau', 'Sheikha', 'Señora', 'Signora', 'Datin'])
      : rng.pick(['Herr', 'Monsieur', 'Sayyid', 'Señor', 'Signor', 'Datuk'])
  const pronoun = person.gender === 'female' ? 'she' : 'he'
  b.add(`${title} ${person.full} ${rng.pick(['told the envoys', 'said on Sunday'])}: `)
  b.quote(rng.pick(['The border stays closed.', 'We will not be rushed.']), speaker)
  b.add('\n\n')
  b.quote(rng.pick(['There is nothing left to discuss,', 'The talks are over,']), speaker)
  b.add(` ${pronoun} added.`)
})

/**
 * A name and the role set off after it with no closing comma before the cue, right after the
 * quote (`“…,” Choi Seung-woo, a nurse at St. Brendan’s Hospital tweeted`, `…, 48, a veteran
 * of the fire department wrote`): one phrase, and the name speaks.
 */
const rolesLeftOpen = castFamily('roles-left-open', 1, ({ b, person, speaker }, _shape, rng) => {
  b.add(
    `${rng.pick(['The festival drew 17,000 visitors last year.', 'Turnout was just 25 percent.'])}\n\n`,
  )
  b.quote(
    rng.pick(['The easy part is over,', 'Those are real people with real bills to pay,']),
    speaker,
  )
  const age = rng.int(2) === 0 ? '' : ` ${20 + rng.int(60)},`
  b.add(
    ` ${person.full},${age} ${rng.pick(['a nurse at St. Brendan’s Hospital', 'a 20-year veteran of the fire department', 'the owner of a bakery on Main Street'])} ${rng.pick(['tweeted', 'wrote on Facebook', 'posted'])}${rng.pick(['', ' on Saturday'])}.`,
  )
})

/**
 * A copula and an adjective that is also a cue's bare form before the colon (`Marchand was
 * direct: “…”`): no passive, which wants a participle (`were told:`); the subject speaks.
 */
const copulaAdjectives = castFamily(
  'copula-adjectives',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    b.add(
      `${person.full} spoke first.\n\n${rng.pick(['At a news conference on Thursday, ', 'On Friday, ', ''])}${person.surname} was ${rng.pick(['direct', 'blunt', 'frank'])}: `,
    )
    b.quote(
      rng.pick(['None of this happens without volunteers.', 'If you live here, you know.']),
      speaker,
    )
  },
)

/**
 * Words in marks that are a name or a label no one is said to have said: a thing a participle
 * names, after an article that opens the sentence (`A camera mode called “Dusk Mode” brightens
 * …`), and a passive with no agent before `as` (`Fusion has long been described as the “holy
 * grail” of energy research`); the quote a named speaker gives after them is still theirs.
 */
const labelsNoOneSaid = castFamily(
  'labels-no-one-said',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      b.add(
        `${rng.pick(['A', 'The'])} ${rng.pick(['camera mode', 'loan program', 'new tool', 'feature'])} ${rng.pick(['called', 'named', 'dubbed'])} `,
      )
      b.quote(rng.pick(['Dusk Mode', 'First Keys', 'Night Owl']), null)
      b.add(` ${rng.pick(['brightens scenes shot in near darkness', 'launches in the spring'])}. `)
    } else {
      b.add(
        `${rng.pick(['Fusion', 'The project', 'The reef'])} ${rng.pick(['has long been described as', 'was widely seen as', 'is often described as'])} the `,
      )
      b.quote(rng.pick(['holy grail', 'crown jewel', 'last frontier']), null)
      b.add(` of ${rng.pick(['energy research', 'the program', 'marine science'])}. `)
    }
    b.quote(rng.pick(['We knew the risks going in,', 'It is a real advance,']), speaker)
    b.add(` ${person.full} said.`)
  },
)

/**
 * A sentence that sets up the next paragraph's quote, whose subject is a phrase for someone
 * with a postmodifier before its cue: a phrase a preposition opens (`An aide to the governor
 * said the plan was dead.`) or a relative clause with a verb of its own (`A bus driver who has
 * worked the route for 14 years argued that …`). The quote after it is the subject's.
 */
const setUpsPostmodified = castFamily('set-ups-postmodified', 2, ({ b }, shape, rng) => {
  b.add(`${rng.pick(['Live updates: the strike, day two', 'The council met on Tuesday.'])}\n\n`)
  const [phrase, head] = (
    shape === 0
      ? rng.pick([
          ['An aide to the governor', 'aide'],
          ['A nurse at the clinic', 'nurse'],
          ['A spokeswoman for the port', 'spokeswoman'],
        ])
      : rng.pick([
          ['A bus driver who has worked the route for 14 years', 'driver'],
          ['A teacher who has taught in the town since 1998', 'teacher'],
          ['A farmer who lost his crop last year', 'farmer'],
        ])
  ) as [string, string]
  b.add(
    `${phrase} ${rng.pick(['said', 'argued', 'warned'])} that the ${rng.pick(['delays were avoidable', 'plan was dead', 'costs had risen sharply'])}.${rng.pick([' ', '\n\n'])}`,
  )
  b.quote(rng.pick(['My phone has not stopped ringing since Monday.', 'It is over.']), {
    mention: phrase,
    head,
  })
})

/**
 * A bare speech noun a verb takes as its object, whose clause's subject is an event or a thing
 * (`The outage revived talk of a “single point of failure”`): no one is said to have said the
 * words; the quote a named speaker gives after them is still theirs.
 */
const talkOfThings = castFamily('talk-of-things', 1, ({ b, person, speaker }, _shape, rng) => {
  b.add(
    `The ${rng.pick(['outage', 'storm', 'blackout', 'recall'])} ${rng.pick(['revived', 'sparked', 'fueled', 'renewed'])} ${rng.pick(['talk', 'word'])} of a `,
  )
  b.quote(rng.pick(['single point of failure', 'lost decade', 'perfect storm']), null)
  b.add(` ${rng.pick(['in the industry', 'across the region', 'among investors'])}.\n\n`)
  b.quote(rng.pick(['We knew the risks going in,', 'Nobody saw this coming,']), speaker)
  b.add(` ${person.full} said.`)
})

/**
 * A press release whose kicker and headline stand above its lede (`FOR IMMEDIATE RELEASE`, a
 * Title Case headline): the lede is the first paragraphs with a sentence's subject, so the one
 * company it brings in is still the story's own when `the company said` comes paragraphs on.
 */
const releasesPastKickers = castFamily(
  'releases-past-kickers',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    const company = rng.pick([
      'Redline Freight',
      'Harborline Foods',
      'Nimbus Software',
      'Copperfield Mining',
    ])
    const city = rng.pick(['Granite City', 'Cold Harbor', 'Port Carys'])
    b.add(
      `FOR IMMEDIATE RELEASE\n\n${company} Announces New Partnership With ${city}\n\n${city.toUpperCase()} — June ${1 + rng.int(27)}, 2024 — ${company} today announced a $${2 + rng.int(9)} million investment in ${city}. The county has spent millions on consultants since 1997.\n\n`,
    )
    b.quote(
      rng.pick(['This is the best chance we have had in a decade,', 'We are here to stay,']),
      speaker,
    )
    b.add(
      ` said ${person.full}, founder of ${company}.\n\nThe program will launch in June.\n\nThe county expects to reach 270 households in the first year.\n\n`,
    )
    b.quote(rng.pick(['The community spoke, and we listened,', 'We are proud of this work,']), {
      name: company,
    })
    b.add(' the company said.')
  },
)

/**
 * A company's name after a role written as a title and its `of` (`said Dana Whitlock, founder
 * and CEO of Harborline Foods`, `Ines Roe, President of Lakeview Bank, said`): the title is the
 * person's role, the name after it the company's, so `the company said` later is that company,
 * not a body called `CEO of Harborline Foods`.
 */
const titlesOfBodies = castFamily('titles-of-bodies', 2, ({ b, person, speaker }, shape, rng) => {
  const [company, noun] = rng.pick([
    ['Harborline Foods', 'company'],
    ['Nimbus Software', 'company'],
    ['Lakeview Bank', 'bank'],
    ['Corvane Insurance', 'company'],
    ['Tessaly Group', 'company'],
  ]) as [string, string]
  const title = rng.pick(['CEO', 'President', 'founder and CEO', 'President and CEO', 'Chairman'])
  b.add(
    `${company} said on ${rng.pick(['Monday', 'Thursday'])} it would open a plant in ${rng.pick(['Tacoma', 'Port Carys', 'Granite City'])}. `,
  )
  if (shape === 0) {
    b.quote(rng.pick(['This is a big day for us,', 'We are here to stay,']), speaker)
    b.add(` said ${person.full}, ${title} of ${company}.`)
  } else {
    b.add(`${person.full}, ${title} of ${company}, said the plant would employ 200 people. `)
    b.quote(rng.pick(['Hiring starts in May.', 'We have waited a long time for this.']), speaker)
  }
  b.add(`\n\nThe plant will ${rng.pick(['run two shifts', 'open in the spring'])}.\n\n`)
  b.quote(rng.pick(['We expect to be profitable by 2027,', 'The site was the right choice,']), {
    name: company,
  })
  b.add(` the ${noun} said.`)
})

/**
 * Honorifics of South and Southeast Asia's and East Africa's press before a name (`Haji Rahman
 * Salleh`, `Smt. Lakshmi Rao`, `Ustazah Nur Aina`, `Mzee Juma Otieno`): the honorific is no part
 * of the name, and it tells a later `he` or `she` from someone of the other sex named before.
 */
const honorificsOfManyLands = castFamily('honorifics-of-many-lands', 1, ({ b }, _shape, rng) => {
  const [honorific, given, surname, gender] = rng.pick([
    ['Haji', 'Rahman', 'Salleh', 'male'],
    ['Hajjah', 'Noraini', 'Ismail', 'female'],
    ['Ustaz', 'Firdaus', 'Halim', 'male'],
    ['Ustazah', 'Nur', 'Aina', 'female'],
    ['Shri', 'Ramesh', 'Iyer', 'male'],
    ['Smt.', 'Lakshmi', 'Rao', 'female'],
    ['Shrimati', 'Kavita', 'Menon', 'female'],
    ['Mzee', 'Juma', 'Otieno', 'male'],
  ]) as [string, string, string, string]
  const other =
    gender === 'male'
      ? rng.pick(['Sofia Lindqvist', 'Maria Okafor'])
      : rng.pick(['Viktor Hale', 'Diego Marín'])
  const full = `${given} ${surname}`
  b.add(
    `${other} ${rng.pick(['opened the meeting', 'read the notice'])} on ${rng.pick(['Friday', 'Sunday'])}. `,
  )
  b.quote(rng.pick(['The well will be ready by June,', 'We have waited long enough,']), {
    name: full,
  })
  b.add(
    ` said ${honorific} ${full}, ${rng.pick(['who chairs the village council', 'a retired teacher'])}.\n\n`,
  )
  b.quote(rng.pick(['Everyone will have water,', 'No one will be left out,']), { name: full })
  b.add(
    ` ${gender === 'male' ? 'he' : 'she'} ${rng.pick(['said', 'added'])} after ${other.split(' ')[0]} had left.`,
  )
})

/** Two different names from a list, in the order drawn. */
function twoOf(rng: Random, names: readonly string[]): [string, string] {
  const first = rng.pick(names)
  return [first, rng.pick(names.filter((name) => name !== first))]
}

/**
 * A phrase for someone opening a clause joined to a sentence that named them (`Ziad Roe has
 * coached the side for six years, and the 53-year-old looked relaxed`, `Ana Roe, the coach,
 * named Ibi Lee in the side, and the winger scored twice`): it stands for the one person of the
 * sentence no other role describes, and a later `the 53-year-old` or `the winger` is that person,
 * not whoever was named last.
 */
const joinedEpithets = castFamily('joined-epithets', 2, ({ b }, shape, rng) => {
  const [first, second] = twoOf(rng, [
    'Ziad Khoury',
    'Reza Rahimi',
    'Chidi Ezeh',
    'Johan Holm',
    'Ingrid Haugen',
    'Meera Menon',
  ])
  const team = rng.pick(['Copperhill', 'Solano Athletic', 'Bramford Bears'])
  if (shape === 0) {
    const age = 38 + rng.int(20)
    b.add(
      `${first} has been in charge of ${team} for ${3 + rng.int(5)} years, and the ${age}-year-old had rarely looked as ${rng.pick(['relaxed', 'frustrated'])} as on ${rng.pick(['Sunday', 'Friday'])}. ${rng.pick(['Defender', 'Forward', 'Goalkeeper'])} ${second} ${rng.pick(['scored the winner', 'made five saves'])}.\n\n`,
    )
    b.quote(rng.pick(['We were clinical when it mattered,', 'A point is a point,']), {
      name: first,
    })
    b.add(` the ${age}-year-old said.`)
  } else {
    const [role, position] = rng.pick([
      ['coach', 'winger'],
      ['manager', 'striker'],
      ['coach', 'goalkeeper'],
    ]) as [string, string]
    b.add(
      `${first}, the ${role}, named ${second} in the starting line-up, and the ${position} ${rng.pick(['scored twice', 'kept a clean sheet'])}.\n\n`,
    )
    b.quote(rng.pick(['The young players showed they belong,', 'We were excellent,']), {
      name: first,
    })
    b.add(` the ${role} said.\n\n`)
    b.quote(rng.pick(['I have worked so hard for this,', 'The dressing room deserves it,']), {
      name: second,
    })
    b.add(` the ${position} said.`)
  }
})

/**
 * Roles read from a title's abbreviation and a role's people word: `CEO Helen Roe` is who `the
 * chief executive` is, and `Tereza Roe, a Czech international,` is who `the Czech` is, past
 * someone named after her.
 */
const rolesByOtherWords = castFamily('roles-by-other-words', 2, ({ b }, shape, rng) => {
  const [first, second] = twoOf(rng, [
    'Tereza Svobodová',
    'Houda Benali',
    'Gustavo Moreira',
    'Alejandro Nair',
    'Helen Salazar',
  ])
  if (shape === 0) {
    const people = rng.pick(['Czech', 'Moroccan', 'Brazilian', 'Pakistani', 'Egyptian'])
    b.add(
      `${first}, ${rng.pick([`a ${people} international`, `the ${people} coach`])}, ${rng.pick(['scored the winner', 'endured a tense afternoon'])} on ${rng.pick(['Friday', 'Saturday'])}.\n\nThe visitors’ full-back, ${second}, was among those who impressed.\n\n`,
    )
    b.quote(rng.pick(['A point is a point,', 'We have to be honest with each other,']), {
      name: first,
    })
    b.add(` the ${people} ${rng.pick(['said', 'added'])}.`)
  } else {
    b.add(
      `CEO ${first} was among the first to arrive. ${second}, a longtime supplier, came later.\n\n`,
    )
    b.quote(
      rng.pick(['The next two quarters will be difficult,', 'We are not planning layoffs,']),
      {
        name: first,
      },
    )
    b.add(` the chief executive said.`)
  }
})

/**
 * Words someone else relays in court: a recording in which one `could be heard saying` them
 * (the one heard, not the prosecutor who plays it), a message one sent that a lawyer `read
 * aloud` (`a message that Kaya sent`, `one that Kaya sent` after the messages it is one of), and
 * a headline's `Lawyer for Roe`, who is the lawyer, not Roe.
 */
const wordsRelayedInCourt = castFamily('words-relayed-in-court', 3, ({ b }, shape, rng) => {
  const names = [
    'Zofia Marchenko',
    'Hamza Nasser',
    'Reza Aydin',
    'Esperanza Villalobos',
    'Dariush Kaya',
  ]
  const lawyers = ['Bogdan Zielinski', 'Yuki Yoon', 'Alejandro Mendoza', 'Thao Pham']
  const speaker = rng.pick(names)
  const lawyer = rng.pick(lawyers)
  const surname = speaker.split(' ')[1] as string
  if (shape === 0) {
    b.add(
      `A recording of the emergency call made by ${speaker} was played on ${rng.pick(['Thursday', 'Monday'])} for jurors.\n\n${rng.pick(['Prosecutor', 'Deputy District Attorney'])} ${lawyer} paused the tape at the moment ${surname} could be heard ${rng.pick(['saying', 'shouting'])}: `,
    )
    b.quote(
      rng.pick(['Please hurry, there is someone on the floor.', 'Send an ambulance, please.']),
      {
        name: speaker,
      },
    )
  } else if (shape === 1) {
    const one = rng.chance(0.5)
    b.add(
      `Jurors in the trial of ${speaker} were shown a series of text messages on ${rng.pick(['Friday', 'Tuesday'])}.\n\n${rng.pick(['Prosecutor', 'Senior Crown Counsel'])} ${lawyer} read aloud ${one ? 'one' : 'a message'} that ${surname} sent ${rng.pick(['to a friend', 'hours after the crash'])}: `,
    )
    b.quote(
      rng.pick(['It is done. Do not call this number again.', 'I am outside. Come down now.']),
      {
        name: speaker,
      },
    )
  } else {
    b.add(`${rng.pick(['Lawyer', 'Attorney'])} for ${surname} calls verdict `)
    b.quote(rng.pick(['a rush to judgment', 'a miscarriage of justice']), { name: lawyer })
    b.add(
      `\n\n${lawyer}, ${rng.pick(['a lawyer', 'an attorney'])} for ${speaker}, said on ${rng.pick(['Friday', 'Monday'])} the conviction would be challenged.\n\n`,
    )
    b.quote(rng.pick(['We will appeal,', 'The jury never heard the evidence,']), { name: lawyer })
    b.add(` ${lawyer.split(' ')[1]} said.`)
  }
})

/**
 * Two people a story names as one pair of given names and one surname (`Maria and Tomas
 * Okafor`): each is the given name with the shared surname, and `Ms. Okafor` and `Mr. Okafor`
 * are told apart by the gender each title shows, whichever speaks first.
 */
const couplesSharingSurnames = castFamily('couples-sharing-surnames', 2, ({ b }, shape, rng) => {
  const [woman, man] = rng.pick([
    ['Maria', 'Tomas'],
    ['Sofia', 'Viktor'],
    ['Fatima', 'Ahmed'],
    ['Anna', 'Diego'],
  ]) as [string, string]
  const surname = rng.pick(['Okafor', 'Lindqvist', 'Haddad', 'Marín', 'Novak'])
  const [first, second] = rng.chance(0.5) ? [woman, man] : [man, woman]
  b.add(
    `${first} and ${second} ${surname} have ${rng.pick(['run the bakery', 'farmed the valley', 'owned the hotel'])} for ${10 + rng.int(30)} years.\n\n`,
  )
  const order = shape === 0 ? [woman, man] : [man, woman]
  for (const [index, given] of order.entries()) {
    b.quote(
      index === 0
        ? rng.pick(['We never expected this,', 'It was a hard winter,'])
        : rng.pick(['We will rebuild,', 'Neither of us wants to leave,']),
      { name: `${given} ${surname}` },
    )
    b.add(
      ` ${given === woman ? 'Ms.' : 'Mr.'} ${surname} ${index === 0 ? 'said' : 'added'}.${index === 0 ? '\n\n' : ''}`,
    )
  }
})

/**
 * Speeches named at their end: someone the story is about is named (`Lena Ruiz was acquitted
 * on Tuesday.`), then a quote runs over paragraphs, each opening a mark it does not close, and
 * only its last paragraph names who spoke (`“…,” her lawyer Tomas Berg said.`), or a middle
 * one does and the quote runs on after it. Every paragraph is that speaker's, not the one the
 * sentence before the quote named.
 */
const speechesNamedAtTheirEnd = castFamily(
  'speeches-named-at-their-end',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    b.add(
      `${other.full} ${rng.pick([
        'was acquitted of fraud',
        'was elected to the council',
        'lost the appeal',
        'was named chief executive',
        'was cleared of all charges',
      ])} on ${rng.pick(['Tuesday', 'Friday'])}.`,
    )
    const sentences = [
      'Today the jury got it right.',
      'Nobody expected this result.',
      'We have waited three years for this.',
      'The evidence was never there.',
      'This is a day for the whole town.',
      'We will keep working.',
      'The voters have spoken.',
    ]
    const take = () => sentences.splice(rng.int(sentences.length), 1)[0] as string
    const open = b.style === 'straight' ? '"' : '“'
    const opened = (words: string) => {
      b.add(`\n\n${open}${words}`)
      b.expected.push({ quote: words, speaker })
    }
    const role = rng.pick(['the family’s lawyer', 'defense attorney', 'campaign manager'])
    const cue = rng.pick(['said', 'told reporters', 'said outside the court'])
    const closing = () => take().replace(/\.$/u, ',')
    // One to three paragraphs left open, the attribution after the last (or, in the fourth
    // shape, after the second, with the quote going on past it).
    for (let part = 0; part < 1 + (shape % 3); part++) opened(take())
    b.add('\n\n')
    b.quote(closing(), speaker)
    if (shape === 1)
      b.add(` said ${person.full}, ${rng.pick(['a longtime friend', 'who led the campaign'])}.`)
    else b.add(` ${rng.chance(0.5) ? `${role} ` : ''}${person.full} ${cue}.`)
    if (shape === 3) {
      const words = take()
      b.add(` ${open}${words}`)
      b.expected.push({ quote: words, speaker })
      b.add('\n\n').quote(take(), speaker)
    }
  },
)

/**
 * Titles of the law and letters after names: `Senior Crown Counsel Jane Doe`, `Special
 * Counsel Tom Roe` (a counsel's title in capitals, kept apart from the name), and `Jane Doe
 * KC`, `Tom Roe MP`, `Ann Lee OBE` (a barrister's, a member's or an honour's letters after a
 * name, with no comma): the speaker is the name alone, in full when a surname comes back.
 */
const lettersAndCounsel = castFamily(
  'letters-and-counsel',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const phrase =
      shape === 0
        ? `${rng.pick(['Senior Crown Counsel', 'Crown Counsel', 'Special Counsel', 'General Counsel', 'Crown Prosecutor'])} ${person.full}`
        : `${person.full} ${rng.pick(['KC', 'QC', 'MP', 'OBE', 'MBE', 'MSP'])}`
    b.add(
      `${rng.pick(['The hearing resumed on Monday.', 'The inquiry sat late on Thursday.'])}\n\n`,
    )
    if (rng.chance(0.5)) {
      b.quote(rng.pick(['The evidence is clear,', 'This was never a fair process,']), speaker)
      b.add(` ${phrase} ${rng.pick(['said', 'told the court', 'said in a statement'])}.`)
    } else {
      b.quote(rng.pick(['We will appeal,', 'The ruling stands,']), speaker)
      b.add(` said ${phrase}${rng.pick(['', ', for the defence', ', who led the inquiry'])}.`)
    }
    b.add('\n\n')
    b.quote(rng.pick(['Nothing has changed,', 'We expect a decision soon,']), speaker)
    b.add(` ${person.surname} ${rng.pick(['added', 'said later'])}.`)
  },
)

/**
 * Phrases sharing a word with what was said of someone: a person named with words beside the
 * name (`president of the Rail Workers Union`, `who runs a bakery in Lyon`, `Quilla Foods
 * chief financial officer`, `Born in Osaka,`), then another person named and described, then
 * `the union leader`, `the bakery owner`, `the finance chief`, `the Osaka-born executive`: the
 * first, whose words the phrase shares, not the one in sight.
 */
const phrasesSharingAWord = castFamily(
  'phrases-sharing-a-word',
  4,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const city = rng.pick(['Lyon', 'Osaka', 'Recife', 'Tampere', 'Kisumu'])
    const [introduced, phrase] = (
      [
        [
          `${person.full}, president of the ${rng.pick(['Rail', 'Dock', 'Bakery'])} Workers Union, said talks had stalled.`,
          rng.pick(['the union leader', 'the union chief']),
        ],
        [
          `${person.full}, who runs a ${rng.pick(['bakery', 'laundry', 'hair salon'])} in ${city}, said costs had doubled.`,
          rng.pick(['the shop owner', 'the owner']),
        ],
        [
          `${rng.pick(['Quilla Foods', 'Harrow Cement'])} chief financial officer ${person.full} said sales would fall.`,
          'the finance chief',
        ],
        [
          `Born in ${city}, ${person.full} left school at 16 and now runs a ${rng.pick(['shipping line', 'mill'])}.`,
          `the ${city}-born executive`,
        ],
      ] as const
    )[shape] as readonly [string, string]
    b.add(`${introduced}\n\n`)
    b.add(
      `${other.full}, ${rng.pick(['a 60-year-old electrician', 'a retired nurse', 'a student'])}, ${rng.pick(['welcomed the move', 'had cut back on shopping'])}.\n\n`,
    )
    b.quote(rng.pick(['Nobody is listening to us,', 'We cannot go on like this,']), speaker)
    b.add(` ${phrase} ${rng.pick(['said', 'told reporters'])}.`)
  },
)

/**
 * Bodies and people in business copy: a company named only in a person's title (`Ostrander
 * Builders chief executive Lakshmi Roe has resigned`) is `the company` later; a name no one
 * has, the one subject of the sentence before, is what `it said` stands for; a maker by what it
 * makes (`Hanabi Semiconductor … the chipmaker`); a role owned by a body's name set off after a
 * man's name is his, no one for a later `she`; a name with an age beside it is a person's,
 * whatever its role (`a security guard`).
 */
const bodiesInBusinessCopy = castFamily(
  'bodies-in-business-copy',
  5,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const company = `${rng.pick(['Ostrander', 'Kaskade', 'Norvik', 'Azul'])} ${rng.pick(['Builders', 'Textiles', 'Breweries', 'Supermarkets'])}`
    const words = rng.pick([
      'We regret the disruption to customers,',
      'An interim successor will be named shortly,',
    ])
    if (shape === 0) {
      b.add(
        `${company} ${rng.pick(['chief executive', 'chairman', 'founder'])} ${person.full} has resigned, the company said.\n\n`,
      )
      b.quote(words, { name: company })
      b.add(` the company said in a statement.`)
    } else if (shape === 1) {
      b.add(
        `${person.full}, an industry consultant, said the move was overdue. ${company} disagreed. `,
      )
      b.quote(words, { name: company })
      b.add(' it said.')
    } else if (shape === 2) {
      const [maker, name] = rng.pick([
        ['chipmaker', 'Hanabi Semiconductor'],
        ['drugmaker', 'Halvard Pharma'],
        ['retailer', 'Brightwell Supermarkets'],
      ])
      b.add(`${name} released its latest figures on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
      b.quote(words, { name })
      b.add(` the ${maker} said.`)
    } else if (shape === 3) {
      const woman = rng.pick(people.filter((one) => one.gender === 'female'))
      const man = rng.pick(
        people.filter((one) => one.gender === 'male' && one.surname !== woman.surname),
      )
      b.add(
        `${woman.full}, who runs a cafe, said trade had slowed. Ms. ${woman.surname} has followed the dispute closely.\n\n`,
      )
      b.add(
        `Asked whether ${man.full}, the ${rng.pick(['National Union of Bakery Workers’', 'Dock Workers Union’s'])} lead negotiator, had been consulted, she said: `,
      )
      b.quote('The banks won’t lend to a business like mine.', { name: woman.full })
    } else {
      b.add(
        `Asked about the ruling, ${person.full}, ${25 + rng.int(40)}, a ${rng.pick(['security guard', 'bus driver'])}, called it `,
      )
      b.quote('historic.', speaker)
      b.add(' ')
      b.quote('Everything costs more,', speaker)
      b.add(` ${pronoun} said.`)
    }
  },
)

/**
 * Pleas, forces and court titles: a plea in court says nothing (`pleaded guilty to charges
 * linked to the “sovereign citizen” movement` gives the term to no one); `police` and `the
 * force` are the one force named, by `Police Service` or `Police Department` too, and a
 * headline's `Police say ‘…’` over it is that force throughout; `Assistant District Attorney
 * Jane Roe` is who `the prosecutor` is, not the defense attorney; a magistrate is `the judge`;
 * a witness `called by the prosecution` was called to testify, which says nothing.
 */
const pleasForcesAndCourtTitles = castFamily(
  'pleas-forces-and-court-titles',
  6,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const town = rng.pick(['Halden', 'Norhaven', 'Greywater', 'Oakhollow'])
    const force = `${town} ${rng.pick(['Police Service', 'Police Department'])}`
    const words = rng.pick([
      'This remains an active investigation,',
      'We are not looking for anyone else,',
    ])
    if (shape === 0) {
      b.add(
        `${person.full} ${rng.pick(['pleaded guilty', 'pleaded not guilty'])} on ${rng.pick(['Monday', 'Thursday'])} to charges linked to the `,
      )
      b.quote(rng.pick(['sovereign citizen', 'smash-and-grab']), null)
      b.add(' movement.')
    } else if (shape === 1) {
      b.add(
        `Officers from the ${force} were called to a house on ${rng.pick(['Elm Road', 'Canal Walk'])} on Tuesday.\n\n`,
      )
      b.quote(words, { name: force })
      b.add(` ${rng.pick(['police', 'the force'])} said.`)
    } else if (shape === 2) {
      b.add('Police say ')
      b.quote(rng.pick(['we will not rest', 'no ongoing threat']), { name: force }, true)
      b.add(
        ` after fire in ${rng.pick(['Wenlow', 'Port Elsin'])}\n\nThe ${force} said on Friday that a man had been arrested.\n\n`,
      )
      b.quote(words, { name: force })
      b.add(' the force said in a statement.')
    } else if (shape === 3) {
      b.add(
        `Defense attorney ${other.full} and Assistant District Attorney ${person.full} argued over the recording on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
      )
      b.quote(rng.pick(['The timeline simply does not work,', 'The call is admissible,']), speaker)
      b.add(' the prosecutor said.')
    } else if (shape === 4) {
      b.add(
        `Magistrate ${person.full} sentenced ${other.full} to ${2 + rng.int(20)} years on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
      )
      b.quote(
        rng.pick(['The harm you caused cannot be undone,', 'You showed no remorse,']),
        speaker,
      )
      b.add(' the judge said.')
    } else if (shape === 5) {
      b.add(
        `According to ${person.full}, who was called by the ${rng.pick(['prosecution', 'defence'])}, `,
      )
      b.quote(
        rng.pick(['An accelerant was poured along the hallway.', 'There was no struggle.']),
        speaker,
      )
    }
  },
)

/**
 * Relatives who share a surname, told apart by titles and ages: `Dr. Hiroshi Roe … his
 * sister, Layla Roe` makes `Dr. Roe` Hiroshi whichever spoke first and `Ms. Roe` Layla; `Daniela
 * Roe … her daughter, Astrid Roe, 10,` makes `Ms. Roe` the mother, the child going by her given
 * name.
 */
const relativesToldApart: Family = (rng, count) => {
  const cases: Case[] = []
  while (cases.length < count) {
    const b = new Builder(styleOf(rng))
    const surname = rng.pick(['Farouk', 'Sokolov', 'Varga', 'Okonkwo', 'Lindqvist'])
    const [doctor, sibling, relation] = rng.pick([
      ['Hiroshi', 'Layla', 'his sister'],
      ['Babatunde', 'Yasmin', 'his sister'],
      ['Katarzyna', 'Ivan', 'her brother'],
      ['Priya', 'Tomas', 'her brother'],
    ] as const)
    const siblingTitle = relation === 'his sister' ? 'Ms.' : 'Mr.'
    const lines = ['I was scared every day,', 'The hours do not matter,', 'Nobody handed me a map,']
    if (rng.chance(0.5)) {
      b.add(
        `Dr. ${doctor} ${surname}, a ${rng.pick(['dentist', 'family doctor'])}, and ${relation}, ${sibling} ${surname}, have shared a house for ${20 + rng.int(30)} years.\n\n`,
      )
      const order = rng.chance(0.5) ? [0, 1] : [1, 0]
      for (const [at, who] of order.entries()) {
        b.quote(lines[at] as string, { name: `${who === 0 ? doctor : sibling} ${surname}` })
        b.add(` ${who === 0 ? 'Dr.' : siblingTitle} ${surname} said.${at === 0 ? '\n\n' : ''}`)
      }
    } else {
      const [mother, child] = rng.pick([
        ['Daniela', 'Astrid'],
        ['Marisol', 'Yasmin'],
        ['Oksana', 'Zainab'],
      ] as const)
      b.add(
        `${mother} ${surname} has run the bakery for ${10 + rng.int(20)} years. These days, her daughter, ${child} ${surname}, ${9 + rng.int(7)}, helps out after school.\n\n`,
      )
      b.quote(lines[0] as string, { name: `${mother} ${surname}` })
      b.add(` Ms. ${surname} said.\n\n`)
      b.quote(lines[1] as string, { name: `${child} ${surname}` })
      b.add(` said ${child}.`)
    }
    cases.push(b.done('relatives-told-apart'))
  }
  return cases
}

/**
 * Roles before a name and in a copula with a relative clause: `The novelist Ann Lee and the
 * composer Tom Roe …` makes `the novelist` Ann Lee and `the composer` Tom Roe; `Wei Roe is a
 * choreographer who grew up in Accra.` makes `the choreographer` Wei Roe, past someone else
 * named and described since; so does `She became a choreographer who …`.
 */
const rolesBeforeNamesAndCopulas = castFamily(
  'roles-before-names-and-copulas',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const roles = ['novelist', 'composer', 'choreographer', 'photographer', 'violinist', 'poet']
    const mine = rng.pick(roles)
    const theirs = rng.pick(roles.filter((role) => role !== mine))
    if (shape === 0) {
      const first = rng.chance(0.5)
      const pair = first
        ? [`the ${mine} ${person.full}`, `the ${theirs} ${other.full}`]
        : [`the ${theirs} ${other.full}`, `the ${mine} ${person.full}`]
      b.add(`${cap(pair[0] as string)} and ${pair[1]} have been friends since school.\n\n`)
    } else if (shape === 1) {
      b.add(
        `${person.full} is ${article(mine)} ${mine} who grew up in ${rng.pick(['Accra', 'Krakow', 'Osaka'])}. ${other.full}, ${article(theirs)} ${theirs}, joined the project last year.\n\n`,
      )
    } else {
      b.add(
        `${person.full} arrived in ${1950 + rng.int(30)} with two suitcases. ${cap(pronoun)} became ${article(mine)} ${mine} who ${rng.pick(['played the harbor lounges', 'taught half the town'])} for decades.\n\n`,
      )
    }
    b.quote(
      rng.pick(['Reading aloud still terrifies me,', 'There were nights I wanted to quit,']),
      speaker,
    )
    b.add(` the ${mine} said${rng.pick(['', ' after the show', ' in an interview'])}.`)
  },
)

/**
 * Words a verb of naming gives its object, before another's attribution: `Responding to Ann Lee,
 * who had called the festival “far too cautious,” Tom Roe, its director, said: “…”` and `Ann Lee
 * called the plan “reckless,” Tom Roe said.`: the words in marks are Ann Lee's, whose verb
 * names the object by them; the attribution after them is someone reporting or answering.
 */
const namedByTheirCallers = castFamily(
  'named-by-their-callers',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const words = rng.pick(['far too cautious,', 'a slap in the face,', 'reckless,'])
    const verb = rng.pick(['called', 'dubbed', 'branded'])
    const thing = rng.pick(['the festival', 'the plan', 'the decision'])
    if (shape === 0) {
      b.add(`Responding to ${person.full}, who had ${verb} ${thing} `)
      b.quote(words, speaker)
      b.add(` ${other.full}, its director, said: `)
      b.quote('We take these concerns seriously.', { name: other.full })
    } else {
      b.add(`${person.full} ${verb} ${thing} `)
      b.quote(words, speaker)
      b.add(` ${other.full} said${rng.pick(['', ' on Tuesday'])}.`)
    }
  },
)

/**
 * Works named in the sentence: a phrase a preposition opens the sentence with, past its comma,
 * holds no subject, a work's title in capitals least of all (`At the premiere of The Last Tram
 * to Orlovka, Ann Lee kept it short: “…”` is Ann Lee's); and a work in title case right after a
 * verb of making it is its title, no one's words (`she wrote “Small Hours” in an afternoon`).
 */
const worksInTheSentence = castFamily(
  'works-in-the-sentence',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const work = rng.pick([
      'The Last Tram to Orlovka',
      'What the River Kept',
      'Small Hours',
      'The Drowned Piano',
    ])
    if (shape === 0) {
      b.add(
        `At the premiere of ${work}, ${person.full}, ${30 + rng.int(40)}, ${rng.pick(['kept it short', 'was blunt'])}: `,
      )
      b.quote(
        rng.pick([
          'The next one will be quieter.',
          'If people walk out, at least they felt something.',
        ]),
        speaker,
      )
    } else {
      b.add(`${person.full} said ${pronoun} ${rng.pick(['wrote', 'recorded', 'composed'])} `)
      b.quote(work, null)
      b.add(` in a single afternoon.`)
    }
  },
)

/**
 * Sport copy: a manager named in full only as an owner (`leaving Iryna Roe’s side eighth`) is who
 * the surname alone is later; a governing body of a sport (`the Southern Cricket Board`, `the
 * Premier Rugby Championship`) is `the league`; a phrase for someone with a club's name inside
 * it (`the former Eastmoor Rangers defender`) is the one person in sight.
 */
const sportCopy = castFamily('sport-copy', 3, ({ b, person, speaker, pronoun }, shape, rng) => {
  const words = rng.pick(['I’ll take the point, but I’m frustrated,', 'We showed resilience,'])
  if (shape === 0) {
    b.add(
      `${rng.pick(['Northgate Wanderers', 'Greywater Knights'])} were held to a draw on ${rng.pick(['Monday', 'Friday'])}, leaving ${person.full}’s side ${rng.pick(['eighth', 'third'])}.\n\n`,
    )
    b.quote(words, speaker)
    b.add(` ${person.surname} ${rng.pick(['insisted', 'conceded', 'said'])}.`)
  } else if (shape === 1) {
    const body = `The ${rng.pick(['Southern', 'Eastern', 'National'])} ${rng.pick(['Cricket Board', 'Rugby Championship', 'Football Association'])}`
    b.add(`${body} announced its new fixture calendar on ${rng.pick(['Tuesday', 'Sunday'])}.\n\n`)
    b.quote('Every club will have three days between fixtures,', { name: body.slice(4) })
    b.add(' the league said in a statement.')
  } else {
    const club = rng.pick(['Eastmoor Rangers', 'Stonebridge Celtic', 'Port Halden'])
    b.add(
      `${person.full} completed ${pronoun === 'she' ? 'her' : 'his'} move from ${club} to Sable City on Thursday.\n\n`,
    )
    b.quote(words, speaker)
    b.add(` the former ${club} ${rng.pick(['defender', 'striker', 'midfielder'])} said.`)
  }
})

/**
 * What someone is remembered and known as: `Her son, Tom Roe, remembered her as “…,”` is Tom
 * Roe's word for her; `Customers have called him “Doc” for years` is a nickname people at large
 * give, no one's words; `The family asked that, in lieu of flowers, …` after a quote attributes
 * nothing (its `that` opens what was asked); a headline's `Chemistry Teacher Ochoa:` is the
 * Ochoa the story names in full, the words before the surname what the person does; the one a
 * headline remembers or praises (`Remembering Ann Lee: ‘…’`, `Ann Lee, Remembered: ‘…’`) is
 * no speaker, and the story's speaker of the same words is.
 */
const rememberedAndKnownAs = castFamily(
  'remembered-and-known-as',
  5,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(people.filter((one) => one.surname !== person.surname))
    const object = pronoun === 'she' ? 'her' : 'him'
    const owner = pronoun === 'she' ? 'Her' : 'His'
    const relation = rng.pick(['nephew', 'daughter', 'grandson', 'neighbor'])
    const line = rng.pick(['The day we opened, three people came.', 'Nobody handed me a map.'])
    if (shape === 0) {
      b.add(
        `${person.full}, a ${rng.pick(['potter', 'ferry captain', 'choir director'])}, died on ${rng.pick(['Sunday', 'Thursday'])}. ${cap(pronoun)} was ${70 + rng.int(25)}.\n\n${owner} ${relation}, ${other.full}, ${rng.pick(['remembered', 'remembers'])} ${object} as `,
      )
      b.quote(rng.pick(['unflappable,', 'the conscience of the whole block,']), {
        name: other.full,
      })
      b.add(` someone who ${rng.pick(['never missed a recital', 'kept candy in every pocket'])}.`)
    } else if (shape === 1) {
      const namers = rng.pick(['Customers', 'Longtime regulars', 'Friends', 'The fishermen'])
      b.add(
        `${person.full}, ${60 + rng.int(30)}, is closing the shop for good. ${namers} have ${rng.pick(['', 'long ', 'always '])}called ${object} `,
      )
      b.quote(rng.pick(['Doc', 'the Night Owl', 'Mister Fix-It']), null)
      b.add(` for as long as anyone can remember.\n\n`)
      b.quote(line, speaker)
      b.add(` ${person.surname} said.`)
    } else if (shape === 2) {
      b.add(
        `${person.full} died last week. ${owner} ${relation}, ${other.full}, said ${pronoun} had been sharp until the end. `,
      )
      b.quote(rng.pick(['She never wanted credit.', 'He never wanted credit.']), {
        name: other.full,
      })
      b.add(
        `\n\nThe family asked that, ${rng.pick(['in lieu of flowers', 'if possible', 'instead of flowers'])}, donations be made to the local library.`,
      )
    } else if (shape === 4) {
      // `Remembering Ann Lee: ‘…’`, `Ann Lee, Remembered: ‘…’`: the one a headline remembers is
      // no speaker; the story says whose the words are.
      // (A name with particles in title case: a limit in the README.)
      const one = /\s\p{Ll}/u.test(person.full) ? (genderShown[0] as typeof person) : person
      const words = rng.pick(['She Fed the Whole Street', 'He Never Closed Early'])
      b.add(
        rng.pick([
          `Remembering ${one.full}: `,
          `Praising ${one.full}: `,
          `${one.full}, Remembered: `,
        ]),
      )
      b.quote(words, { name: other.full }, true)
      b.add(
        `\n\n${one.full}, a ${rng.pick(['baker', 'ferry captain'])}, died on ${rng.pick(['Sunday', 'Monday'])}.\n\n`,
      )
      b.quote(`${cap(words.toLowerCase())},`, { name: other.full })
      b.add(
        ` said ${one.gender === 'female' ? 'her' : 'his'} ${relation}, ${other.full}, on Tuesday.`,
      )
    } else {
      // (A surname with particles, or a given name that is also a modal, is read otherwise in
      // title case: a limit in the README.)
      const plain =
        /^(?:April|May|June|Will|Mark)\b/u.test(person.full) || /\s\p{Ll}/u.test(person.full)
      const one = plain ? (genderShown[0] as typeof person) : person
      const role = rng.pick(['Chemistry Teacher', 'School Librarian', 'Village Pharmacist'])
      b.add(`${role} ${one.surname}: `)
      b.quote(
        rng.pick(['This Job Gave Me Everything', 'Retirement Is for Quitters']),
        {
          name: one.full,
        },
        true,
      )
      b.add(
        `\n\n${one.full}, ${60 + rng.int(30)}, a ${role.toLowerCase()}, is stepping away after ${20 + rng.int(20)} years.\n\n`,
      )
      b.quote(line, { name: one.full })
      b.add(` ${one.surname} said.`)
    }
  },
)

/**
 * Roles as features give them: `Ann Lee is the founder of North Star Chocolates` (a body of
 * three words after the title's `of` is all its complement); `At Red Lantern Pottery, the
 * potter, Ann Lee, works …` (a role set off before the name is the name's, not the body's
 * before it); `Long before Ann Lee became Oaxaca’s headmaster, …` (an opening `Long` is no
 * one); `the last chocolatier left in Marfa` (trades no ending shows). A later `the founder`,
 * `the potter`, `the headmaster`, `the chocolatier` is that person.
 */
const rolesInFeatures = castFamily('roles-in-features', 4, ({ b, person: cast }, shape, rng) => {
  // (A given name that is also a month reads as a date after `before`: a limit in the
  // README.)
  const person = /^(?:April|May|June)\b/u.test(cast.full) ? (genderShown[0] as typeof cast) : cast
  const pronoun = person.gender === 'female' ? 'she' : 'he'
  const speaker = { name: person.full }
  const other = rng.pick(people.filter((one) => one.surname !== person.surname))
  const shop = `${rng.pick(['North Star', 'Red Lantern', 'Old Mill', 'Blue Door'])} ${rng.pick(['Chocolates', 'Pottery', 'Clocks', 'Honey'])}`
  const line = rng.pick([
    'I still get nervous before we open,',
    'Nobody gets into this for the money,',
  ])
  let role: string
  if (shape === 0) {
    role = rng.pick(['founder', 'owner'])
    b.add(
      `${person.full} is the ${role} of ${shop}. The books are kept by ${other.full}, a cousin who arrived ${3 + rng.int(9)} years ago.\n\n`,
    )
  } else if (shape === 1) {
    role = rng.pick(['potter', 'clockmaker', 'chocolatier', 'florist'])
    b.add(
      `${rng.pick(['', 'KUMASI, Ghana — '])}At ${shop}, the ${role}, ${person.full}, works at the front while customers wait.\n\n`,
    )
    b.quote('If this place closed, half the street would move away,', { name: other.full })
    b.add(` said ${other.full}, a longtime customer.\n\n`)
  } else if (shape === 2) {
    role = rng.pick(['headmaster', 'harbourmaster', 'parish priest'])
    b.add(
      `${rng.pick(['Long', 'Shortly', 'Well'])} before ${person.full} became ${rng.pick(['Oaxaca', 'Tainan', 'Lamu'])}’s ${role}, ${pronoun} was a ${rng.pick(['boatbuilder', 'tailor', 'florist'])}.\n\n`,
    )
  } else {
    role = rng.pick(['chocolatier', 'hotelier', 'luthier', 'sommelier'])
    b.add(
      `${person.full} is the last ${role} left in ${rng.pick(['Marfa', 'Ghent', 'Sibiu'])}.\n\n`,
    )
  }
  b.quote(line, speaker)
  b.add(` the ${role} ${rng.pick(['said', 'says'])}.`)
})

/**
 * Pronouns and colons past what a feature names on the way: `she said` after a supplier `who has
 * supplied Copper Kettle Violins` is the woman the story is about, not the shop (a name with no
 * person's shape, named on the way, is no one a pronoun prefers); a colon after a relative
 * clause whose cue has its own words (`a critic who once called her work a revelation:`, `the
 * people who tell him to retire:`) introduces the main clause's subject's quote.
 */
const pronounsPastThingsNamed = castFamily(
  'pronouns-past-things-named',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(
      genderShown.filter((one) => one.gender !== person.gender && one.surname !== person.surname),
    )
    const owner = pronoun === 'she' ? 'Her' : 'His'
    const object = pronoun === 'she' ? 'her' : 'him'
    const honorific = other.gender === 'female' ? 'Ms.' : 'Mr.'
    const line = rng.pick([
      'I still get nervous before we open,',
      'It is hard work, but it is honest work.',
    ])
    if (shape === 0) {
      b.add(
        `${person.full} opened a ${rng.pick(['violin workshop', 'forge', 'bakery'])} in ${2000 + rng.int(20)}.\n\n${owner} ${rng.pick(['spruce', 'flour', 'steel'])} comes from ${other.full}, a farmer outside ${rng.pick(['Ghent', 'Iloilo', 'Cusco'])}, who has supplied ${rng.pick(['Copper Kettle Violins', 'Salt Road Boatyard', 'Rua das Flores Bakery'])} for ${5 + rng.int(20)} years. ${honorific} ${other.surname} delivers every ${rng.pick(['Monday', 'Thursday'])}.\n\n`,
      )
      b.quote(line, speaker)
      b.add(` ${pronoun} ${rng.pick(['said', 'says'])}.`)
    } else if (shape === 1) {
      b.add(
        `${person.full} does not think of ${object}self as an artist.\n\n${cap(pronoun)} laughed when asked about ${other.full}, a ${rng.pick(['gallery owner', 'food critic'])} from ${rng.pick(['Kraków', 'Halifax'])} who once called ${owner.toLowerCase()} work a revelation: `,
      )
      b.quote(line, speaker)
    } else {
      b.add(
        `${person.full}, ${40 + rng.int(30)}, has run a radio repair shop for ${10 + rng.int(20)} years.\n\n${person.surname} is blunt about the people who tell ${object} to ${rng.pick(['retire', 'slow down'])}: `,
      )
      b.quote(line, speaker)
    }
  },
)

/**
 * Words remembered inside a quote: `“When I was 13, he stood me at the grill and said, ‘…,’” Ms.
 * Okoro recalled` gives the inner words to the uncle the story named (`he` past a clause that
 * names no one, a verb and its object before the cue); `“I asked Cormac what to charge, and all
 * he said was ‘…,’ so that is what I do,” Kulkarni says` gives them to Cormac (a cleft on what
 * was said).
 */
const wordsRememberedInside = castFamily(
  'words-remembered-inside',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const elder = rng.pick(
      // (No particles, which the cleft's given name would split, and no `Jr.` to end a sentence.)
      genderShown.filter(
        (one) =>
          one.surname !== person.surname && !/\s\p{Ll}/u.test(one.full) && !one.full.endsWith('.'),
      ),
    )
    const given = elder.full.split(' ')[0] as string
    const third = elder.gender === 'female' ? 'she' : 'he'
    const owner = pronoun === 'she' ? 'her' : 'his'
    const advice = rng.pick([
      'Do not sell it cheap,',
      'Never rush the clay,',
      'Slow hands, clean work,',
    ])
    const honorific = pronoun === 'she' ? 'Ms.' : 'Mr.'
    if (shape === 0) {
      b.add(
        `${person.full} ${rng.pick(['inherited', 'took over'])} ${rng.pick(['Green Gate Grill', 'Harbour Light Pottery'])} from ${owner} ${elder.gender === 'female' ? rng.pick(['aunt', 'mother']) : rng.pick(['uncle', 'father'])}, ${elder.full}.\n\n`,
      )
      const words = `When I was ${10 + rng.int(8)}, ${third} stood me at the ${rng.pick(['grill', 'wheel'])} and said, ‘${advice}’`
      b.quote(words, speaker)
      b.expected.push({ quote: advice, speaker: { name: elder.full } })
      b.add(` ${honorific} ${person.surname} ${rng.pick(['recalled', 'said'])}.`)
    } else {
      b.add(
        `${person.full} opened a ${rng.pick(['pottery', 'forge'])} in ${2000 + rng.int(20)}. ${cap(owner)} oldest friend in the trade is ${elder.full}, who retired last year.\n\n`,
      )
      const words = `I asked ${given} what to charge, and all ${third} said was ‘${advice}’ so that is what I do,`
      b.quote(words, speaker)
      b.expected.push({ quote: advice, speaker: { name: elder.full } })
      b.add(` ${person.surname} ${rng.pick(['says', 'said'])}.`)
    }
  },
)

/**
 * Whose view a fronted `for` gives: `For Agyeman, it comes down to one thing: “…”`, `For Ms.
 * Diallo, the answer is simple: “…”`, `For him, the secret is patience: “…”` are the words of the
 * one the `for` names, when the clause after it has no one for its subject; `For Ann Lee, the
 * mayor was blunt: “…”` stays the mayor's.
 */
const viewsAfterFor = castFamily(
  'views-after-for',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const honorific = pronoun === 'she' ? 'Ms.' : 'Mr.'
    b.add(
      `${person.full}, ${30 + rng.int(40)}, has run ${rng.pick(['Juniper Coffee', 'a noodle shop', 'the corner bakery'])} for ${5 + rng.int(30)} years.\n\n`,
    )
    const line = rng.pick([
      'We are not getting rich. We are getting by.',
      'I would rather do less and do it properly.',
    ])
    if (shape === 0) {
      b.add(
        `For ${rng.pick([person.surname, `${honorific} ${person.surname}`, pronoun === 'she' ? 'her' : 'him'])}, ${rng.pick(['it comes down to one thing', 'the answer is simple', 'the secret is patience', 'it is not about the money'])}: `,
      )
      b.quote(line, speaker)
    } else if (shape === 1) {
      const other = rng.pick(people.filter((one) => one.surname !== person.surname))
      b.add(`For ${person.surname}, ${other.full}, the landlord, had a blunt message: `)
      b.quote('The rent goes up in May.', { name: other.full })
    } else {
      const role = rng.pick(['mayor', 'inspector'])
      b.add(`For ${person.surname}, the ${role} was blunt: `)
      b.quote('The rent goes up in May.', { mention: `the ${role}`, head: role })
    }
  },
)

/**
 * Public-safety copy: `She also praised Tom Roe, who called for help within seconds, saying: “…”`
 * (a participle after a relative clause set off goes on from the main clause); `Coxswain Michael
 * Whitfield replied:` (a listed noun for someone before a known given name is a title, wherever
 * it stands); `appealed for “any sighting, however small”` (an appeal's words); `the State
 * Highway Patrol said` (a force named so); `warned by the new “RiverWatch” text alert system` (a
 * name in capitals inside a noun's phrase is no one's words); `said Makena Wekesa, a resident of
 * the block and grandmother` (a bare noun for someone joined by `and` where the aside closes is
 * a second role, for a later `the grandmother`).
 */
const publicSafetyCopy = castFamily(
  'public-safety-copy',
  6,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = anotherPerson(rng, person)
    if (shape === 0) {
      b.quote('Two people have been arrested,', speaker)
      b.add(
        ` ${rng.pick(['Police Chief', 'Inspector'])} ${person.full} said.\n\n${cap(pronoun)} also praised ${other.full}, who called for help within seconds, saying: `,
      )
      b.quote(
        rng.pick(['That kind of courage is rare.', 'The whole street owes a debt of gratitude.']),
        speaker,
      )
    } else if (shape === 1) {
      const given = rng.pick(['Michael', 'Maria', 'David', 'Anna', 'Peter', 'Sarah'])
      const surname = rng.pick(['Whitfield', 'Bautista', 'Demir', 'Okafor'])
      const role = rng.pick(['Coxswain', 'Paramedic', 'Lifeguard', 'Chaplain'])
      b.add(
        `Asked whether more could have been done, ${role} ${given} ${surname} ${rng.pick(['replied', 'said'])}: `,
      )
      b.quote('Our volunteers were out for hours in driving rain.', { name: `${given} ${surname}` })
    } else if (shape === 2) {
      b.add(`${rng.pick(['Superintendent', 'Detective Inspector'])} ${person.full} appealed for `)
      b.quote(rng.pick(['any sighting, however small', 'dashcam footage from the area']), speaker)
      b.add(' and said the family were ')
      b.quote('desperate for news.', speaker)
    } else if (shape === 3) {
      const force = `${rng.pick(['State', 'County', 'Border'])} ${rng.pick(['Highway Patrol', 'Patrol'])}`
      b.quote('It was a very difficult scene for everyone who attended,', { name: force })
      b.add(` the ${force} said.`)
    } else if (shape === 5) {
      const kin = pronoun === 'she' ? 'grandmother' : 'grandfather'
      b.quote('The smoke was so thick you could not see your hand,', speaker)
      b.add(
        ` said ${person.full}, ${rng.pick(['a resident of the block', 'a volunteer with the rest centre'])} and ${kin}.\n\n${other.full}, ${18 + rng.int(40)}, was taken to hospital.\n\n`,
      )
      b.quote('I have never seen anything like it,', speaker)
      b.add(` the ${kin} ${rng.pick(['added', 'said'])}.`)
    } else {
      b.add(`Residents had already been warned by the new `)
      b.quote(rng.pick(['RiverWatch', 'FloodLine', 'TideAlert']), null)
      b.add(` ${rng.pick(['text alert system', 'alert app', 'warning service'])}.\n\n`)
      b.quote('The river rose faster than any of our models predicted,', speaker)
      b.add(` said ${rng.pick(['Chief Officer', 'Inspector'])} ${person.full}.`)
    }
  },
)

/**
 * Links and denials: after `as`, `while` or `when` no cue inverts (`Sharma says service cut ‘a
 * mess’ as signal failure strands riders` is Sharma's, not `failure strands riders`'s); a denied
 * cue whose clause asks `whether` reports nothing said (`Officials have not said whether the
 * “food deserts” debate will reach the council` quotes no one).
 */
const linksAndDenials = castFamily('links-and-denials', 2, ({ b, person, speaker }, shape, rng) => {
  // (A surname with particles, or a given name that is also a modal, is read otherwise in title
  // case: a limit in the README.)
  const one =
    /^(?:April|May|June|Will|Mark)\b/u.test(person.full) || /\s\p{Ll}/u.test(person.full)
      ? (genderShown[0] as typeof person)
      : person
  if (shape === 0) {
    b.add(`${one.surname} says service cut `)
    b.quote(rng.pick(['a mess', 'long overdue', 'a betrayal']), { name: one.full }, true)
    b.add(
      ` as ${rng.pick(['signal failure strands riders', 'storm damage closes line', 'report warns of delays'])}\n\n${rng.pick(['General Manager', 'Councillor'])} ${one.full} has followed the issue for years.\n\n`,
    )
    b.quote('Riders deserve trains that show up on time,', { name: one.full })
    b.add(` ${one.surname} said.`)
  } else {
    b.add(
      `${rng.pick(['Officials', 'The mayor', 'Council leaders'])} ${rng.pick(['have not said', 'did not say', 'would not say'])} whether the `,
    )
    b.quote(rng.pick(['food deserts', 'rain tax', 'missing middle']), null)
    b.add(` debate will reach the council.\n\n`)
    b.quote('We will look at every option,', speaker)
    b.add(` ${person.full} said.`)
  }
})

/**
 * Clubs and the names supporters give: `Copperhill confirmed … the club said` (failing a team's
 * name in sight, the subject before whose name nothing shows to be a person's is the club);
 * `whose supporters know her as “Iron Lung”` (what people know someone as, in capitals, is a name
 * they go by, no one's words).
 */
const clubsAndNicknames = castFamily(
  'clubs-and-nicknames',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    if (shape === 0) {
      const club = rng.pick(['Copperhill', 'Greywater', 'Westfield Orient', 'Ashgrove'])
      b.add(
        `${club} confirmed on ${rng.pick(['Saturday', 'Monday'])} that ${rng.pick(['forward', 'defender'])} ${person.full} would be out for ${rng.pick(['a month', 'six weeks'])} after surgery.\n\n`,
      )
      b.quote(
        rng.pick([
          'The operation was a success,',
          'We will support the player every step of the way,',
        ]),
        { name: club },
      )
      b.add(` the club ${rng.pick(['said', 'added'])}.`)
    } else {
      b.quote('We owe the fans a reaction next week,', speaker)
      b.add(
        ` said ${person.full}, the ${18 + rng.int(20)}-year-old ${rng.pick(['striker', 'centre-back'])} whose supporters know ${pronoun === 'she' ? 'her' : 'him'} as `,
      )
      b.quote(rng.pick(['Iron Lung', 'Cobra', 'Hurricane', 'the Wall']), null)
      b.add('.')
    }
  },
)

/**
 * Whose words a label gives, with whom they were for: `Her advice to anyone starting out: “…”`,
 * `His first words to her: “…”` are the owner's, past the `to` phrase and an ordinal before the
 * noun for the words.
 */
const wordsForSomeone = castFamily(
  'words-for-someone',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = rng.pick(
      genderShown.filter((one) => one.gender !== person.gender && one.surname !== person.surname),
    )
    const owner = pronoun === 'she' ? 'Her' : 'His'
    if (shape === 0) {
      b.add(
        `${person.full} has run ${rng.pick(['a tailoring shop', 'the ferry', 'the choir'])} since ${1990 + rng.int(30)}. ${cap(pronoun)} took over from ${other.full}, who retired after ${20 + rng.int(20)} years.\n\n${owner} ${rng.pick(['advice', 'message', 'warning'])} to ${rng.pick(['anyone starting out', 'young people', 'newcomers'])}: `,
      )
      b.quote(rng.pick(['Finish what you start.', 'Measure twice and cut once.']), speaker)
    } else {
      const object = other.gender === 'female' ? 'her' : 'him'
      b.add(
        `${person.full} met ${other.full} at ${rng.pick(['a dance in the church hall', 'night school'])} in ${1990 + rng.int(30)}.\n\n${owner} ${rng.pick(['first', 'last'])} words to ${object}: `,
      )
      b.quote(rng.pick(['Is this seat taken?', 'I think you are standing on my coat.']), speaker)
      b.add(`\n\n${other.surname} still teases ${pronoun === 'she' ? 'her' : 'him'} about it.`)
    }
  },
)

/**
 * A colon's speaker past a clause a subordinator fronts: `When Henrik Berg left Mombasa in 1995,
 * his wife, Sigrid Roe, gave him one piece of advice: “…”` is the wife's, the fronted clause's
 * subject its own.
 */
const colonsPastFrontedClauses = castFamily(
  'colons-past-fronted-clauses',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const owner = other.gender === 'female' ? 'her' : 'his'
    const object = other.gender === 'female' ? 'her' : 'him'
    const relation =
      person.gender === 'female'
        ? rng.pick(['aunt', 'wife', 'niece'])
        : rng.pick(['uncle', 'husband', 'nephew'])
    if (shape === 0) {
      b.add(
        `${rng.pick(['When', 'Before'])} ${other.full} left ${rng.pick(['Mombasa', 'Sendai', 'Limerick'])} in ${1980 + rng.int(30)}, ${owner} ${relation}, ${person.full}, gave ${object} one piece of advice: `,
      )
    } else {
      b.add(
        `${rng.pick(['After', 'Once'])} ${other.full} had finished speaking, ${person.full} ${rng.pick(['was blunt', 'kept it short'])}: `,
      )
    }
    b.quote(rng.pick(['Write it down or it did not happen.', 'Finish what you start.']), speaker)
  },
)

/**
 * Words that come when someone talks at last: `Ines Okafor, 81, rarely talks about the war.
 * When she does, it comes out in a rush. ¶ “I was nine …”` is hers, the sentence between only
 * going on about her, and so is the quote after `likes to talk about the old days`.
 */
const wordsWhenTheyTalk = castFamily(
  'words-when-they-talk',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const owner = pronoun === 'she' ? 'her' : 'his'
    const object = pronoun === 'she' ? 'her' : 'him'
    const habit = rng.pick([
      'does not like to talk about',
      'rarely talks about',
      'seldom speaks about',
      'likes to talk about',
      'loves to talk about',
      'hates to talk about',
      'sometimes talks about',
      'does not often talk about',
    ])
    const topic = rng.pick(['the war years', 'the old days', 'the flood', 'how it began'])
    b.add(`${person.full}, ${60 + rng.int(30)}, ${habit} ${topic}.`)
    if (shape === 0) {
      b.add(
        ` ${rng.pick([
          `When ${pronoun} does, it comes out in a rush.`,
          `Once ${pronoun} starts, there is no stopping ${object}.`,
          `When ${pronoun} does, ${owner} hands never stop moving.`,
        ])}`,
      )
    }
    b.add('\n\n')
    b.quote(
      rng.pick([
        'I was nine when the water came. My mother carried the radio up the stairs.',
        'We left with two suitcases and a box of spices. The boat took nine days.',
        'My first day at the mill, I lied about my age. The foreman laughed at my hands.',
      ]),
      speaker,
    )
    b.add(
      `\n\n${cap(owner)} ${rng.pick(['cousin', 'neighbor', 'friend'])}, ${other.full}, has heard the story many times. `,
    )
    b.quote(rng.pick(['It never changes, not one word,', 'You could set a clock by it,']), {
      name: other.full,
    })
    b.add(` ${other.surname} said.`)
  },
)

/**
 * Colons on the stump: `Then Roe turned to her opponent, Tom Poe: “…”` is Roe's, the name set
 * off after the phrase her verb takes renaming that phrase; `Roe’s closing message to volunteers
 * was simple: “…”` is Roe's, past a word that modifies the noun; and `The promise, she said: “…”
 * The warning: “…”` gives both to her, a label that names the words naming no one.
 */
const colonsOnTheStump = castFamily(
  'colons-on-the-stump',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const owner = pronoun === 'she' ? 'her' : 'his'
    const words = [
      'Who is going to pay for all of that?',
      'Nobody should need a second job to keep the lights on.',
      'We are outspent three to one, and we are still ahead.',
    ]
    if (shape === 0) {
      b.add(
        `${person.full} spent most of the forum on ${rng.pick(['housing costs', 'school funding', 'water rights'])}.\n\nThen ${person.surname} ${rng.pick(['turned to', 'looked across at', 'pointed at'])} ${owner} ${rng.pick(['opponent', 'rival', 'challenger'])}, ${rng.pick(['', 'state Sen. ', 'Rep. '])}${other.full}: `,
      )
      b.quote(rng.pick(words), speaker)
    } else if (shape === 1) {
      b.add(
        `${person.full}’s ${rng.pick(['closing', 'final', 'parting', 'first'])} ${rng.pick(['message', 'words', 'promise'])} to ${rng.pick(['volunteers', 'supporters', 'the crowd'])} in ${rng.pick(['Macon', 'Duluth', 'Saginaw'])} was ${rng.pick(['simple', 'short', 'blunt'])}: `,
      )
      b.quote(rng.pick(words), speaker)
    } else {
      b.add(
        `At a union hall on ${rng.pick(['Sunday', 'Tuesday'])}, ${person.full} offered supporters a promise and a warning.\n\nThe promise, ${pronoun} said: `,
      )
      b.quote(rng.pick(words), speaker)
      b.add(` ${rng.pick(['The warning', 'And the warning', 'Then the warning'])}: `)
      b.quote(
        rng.pick(['Nobody is going to outwork this campaign.', 'Do not take this for granted.']),
        speaker,
      )
    }
  },
)

/**
 * Sources a campaign story names: `the Committee for a Stronger Arizona` (a cause's `a` inside
 * the body's name); `…, according to a senior campaign official, who described it as “…”` (the
 * relative clause after a source set off is the source's, not the name's before it); and `the
 * former Marine` after `Jane Doe, a former Marine,` (a word in capitals said of her).
 */
const campaignSources = castFamily('campaign-sources', 3, ({ b, person, speaker }, shape, rng) => {
  const other = anotherPerson(rng, person)
  if (shape === 0) {
    const body = `${rng.pick(['Committee', 'Coalition', 'Center', 'Alliance'])} for a ${rng.pick(['Stronger', 'Better', 'Safer', 'Fairer'])} ${rng.pick(['Arizona', 'Ohio', 'Georgia', 'Future'])}`
    b.add(
      `${other.full} unveiled a plan on ${rng.pick(['gas prices', 'child care'])} on ${rng.pick(['Sunday', 'Monday'])}.\n\n${rng.pick(['In a statement, the', 'The'])} ${body} called the plan `,
    )
    b.quote(rng.pick(['junk science.', 'a gift to landlords.', 'cheap theater.']), {
      name: body,
    })
  } else if (shape === 1) {
    const noun = rng.pick(['official', 'adviser', 'strategist'])
    const mention = `a senior campaign ${noun}`
    b.add(
      `${person.full}’s team has grown frustrated with ${other.full}, the party’s Senate candidate, according to ${mention}, who described the relationship as `,
    )
    b.quote(rng.pick(['a cold war.', 'frosty at best.', 'a marriage of convenience.']), {
      mention,
      head: noun,
    })
  } else {
    const word = rng.pick(['Marine', 'Green Beret', 'Navy SEAL'])
    b.add(
      `${person.full}, a former ${word}, drew the biggest crowd of the week.\n\n${other.full}, the county sheriff, stood at the back.\n\n`,
    )
    b.quote(
      rng.pick([
        'The last time a candidate came through here, it was to film an ad,',
        'Save the booing for the ballot box,',
      ]),
      speaker,
    )
    b.add(` the former ${word} said.`)
  }
})

/**
 * An inquiry's copy: `Tom Doe was told by the chair, Jane Roe: “…”` is the chair's, named; `the
 * company` after an inquiry's findings and a company's reply is the company, no inquiry being
 * one; and `holding up a folder marked “URGENT”` quotes what is written on the folder, no one.
 */
const inquiryCopy = castFamily('inquiry-copy', 3, ({ b, person, speaker }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const words = [
    'That answer is not good enough.',
    'This inquiry will follow the evidence wherever it leads.',
    'Please take your time, there is no rush.',
  ]
  if (shape === 0) {
    b.add(
      `${other.full}, ${rng.pick(['a former site manager', 'a senior nurse on the ward', 'a retired surveyor'])}, was told by the ${rng.pick(['chair', 'judge', 'coroner'])}, ${person.full}: `,
    )
    b.quote(rng.pick(words), speaker)
  } else if (shape === 1) {
    const company = `${rng.pick(['Norvale', 'Castell', 'Brennholt', 'Stanmore'])} ${rng.pick(['Ferries', 'Water', 'Rail'])}`
    const inquiry = `${rng.pick(['Ashvale', 'Corrin Bay', 'Fennick'])} ${rng.pick(['Ferry Disaster', 'Flood', 'Tower Fire'])} Inquiry`
    b.quote(
      rng.pick([
        'There was a systemic failure of leadership,',
        'Basic checks were not carried out,',
      ]),
      { name: inquiry },
    )
    b.add(` the ${inquiry} concluded.\n\n${company} said it accepted the findings in full. `)
    b.quote(
      rng.pick([
        'We are deeply sorry for the pain the families have suffered,',
        'We will study the findings carefully,',
      ]),
      { name: company },
    )
    b.add(` the ${rng.pick(['company', 'firm'])} said in a statement.`)
  } else {
    b.quote(
      rng.pick(['The phones rang for forty minutes,', 'I raised it at every meeting,']),
      speaker,
    )
    b.add(` ${person.full} said, holding up a folder ${rng.pick(['marked', 'stamped'])} `)
    b.quote(rng.pick(['URGENT', 'Confidential', 'Not for circulation']), null)
    b.add('.')
  }
})

/**
 * A colon past what sets it up: `She then turned to Tom Roe, the fire chief, who had questioned
 * her figures: “…”` is hers, the relative clause's cue having said what it says; `Asked about
 * the budget, the correspondent was unapologetic: “…”` is the correspondent's, the subject
 * standing past the participle's clause.
 */
const colonsPastAsides = castFamily(
  'colons-past-asides',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const owner = pronoun === 'she' ? 'her' : 'his'
    const words = [
      'It was a tough conversation, but a necessary one.',
      'We are talking to the unions every day.',
      'The numbers do not support what the ministry is claiming.',
    ]
    if (shape === 0) {
      b.add(
        `${person.full} spoke for nearly twenty minutes. ${cap(pronoun)} then turned to the criticism from ${other.full}, ${rng.pick(['the city’s fire chief', 'a dairy farmer', 'a member of the finance committee'])}, who had ${rng.pick(['questioned', 'mocked', 'attacked'])} ${owner} figures the day before: `,
      )
    } else {
      const role = rng.pick(['correspondent', 'meteorologist', 'epidemiologist'])
      b.add(
        `${person.full}, a veteran ${role}, sat down with ${other.full} for a wide-ranging interview. Asked about the ${rng.pick(['flood response', 'transit budget', 'hospital closures'])}, the ${role} was ${rng.pick(['unapologetic', 'blunt', 'candid'])}: `,
      )
    }
    b.quote(rng.pick(words), speaker)
  },
)

/**
 * Bodies whose names end in `-ing`: `Jane Doe told listeners of Blue Ridge Broadcasting: “…”`
 * is hers, the capitalized `Broadcasting` the name's last word and no heading's cue.
 */
const namesEndingInIng = castFamily(
  'names-ending-in-ing',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    const body = `${rng.pick(['Blue Ridge', 'Harbourline', 'Meridian', 'Sinclair'])} ${rng.pick(['Broadcasting', 'Publishing', 'Engineering', 'Consulting'])}`
    b.add(
      `${person.full} told ${rng.pick(['listeners of ', 'viewers of ', 'staff at ', ''])}${body}${rng.pick([':', ' on Friday:'])} `,
    )
    b.quote(
      rng.pick(['Every option is still on the table.', 'We will not cut a single job.']),
      speaker,
    )
  },
)

/**
 * Whose words a noun for them gives: `rejected claims by Tom Roe, counsel to the inquiry, that
 * she had been “evasive”` quotes Roe, past the role set off after his name; `Her message, which
 * was shown to the panel, was short: “…”` quotes its owner, past the relative clause.
 */
const wordsByTheirOwners = castFamily(
  'words-by-their-owners',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const other = anotherPerson(rng, person)
    if (shape === 0) {
      const them = other.gender === 'female' ? 'she' : 'he'
      b.add(
        `${other.full}, ${rng.pick(['a retired surveyor', 'a structural engineer', 'the night manager'])}, rejected ${rng.pick(['claims', 'remarks'])} by ${person.full}${rng.pick(['', ', counsel to the inquiry,'])} that ${them} had been `,
      )
      b.quote(rng.pick(['evasive', 'dishonest', 'negligent']), speaker)
      b.add('.')
    } else {
      const owner = pronoun === 'she' ? 'Her' : 'His'
      b.add(
        `${person.full} said ${pronoun} had sent a message to colleagues that evening.\n\n${owner} ${rng.pick(['message', 'email', 'letter'])}, which was shown to the ${rng.pick(['panel', 'inquiry'])}, was ${rng.pick(['short', 'blunt'])}: `,
      )
      b.quote(
        rng.pick([
          'I signed it because I was told everyone else had.',
          'The warning light had been on for days.',
        ]),
        speaker,
      )
    }
  },
)

/**
 * Someone who names themselves later: `A man in a union jacket interrupted Roe: “…” ¶ The man,
 * who later identified himself as Tom Doe, …` gives the quote to Doe, once the whole text is
 * read; so does `, who gave his name as Tom Doe,`.
 */
const selfNamedLater = castFamily(
  'self-named-later',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    const other = anotherPerson(rng, person)
    const noun = pronoun === 'she' ? 'woman' : 'man'
    const self = pronoun === 'she' ? 'herself' : 'himself'
    const owner = pronoun === 'she' ? 'her' : 'his'
    b.add(
      `A ${noun} in a ${rng.pick(['union jacket', 'red cap', 'grey coat'])} interrupted ${other.full} with a question: `,
    )
    b.quote(
      rng.pick([
        'Answer the question!',
        'Where were you during the flood?',
        'You voted for the tariffs!',
      ]),
      speaker,
    )
    b.add(
      `\n\nThe ${noun}, who ${rng.pick(['later ', ''])}${rng.pick([`identified ${self} as`, `gave ${owner} name as`])} ${person.full}, ${rng.pick(['a nurse from the county', 'a retired teacher'])}, said ${pronoun} had driven an hour to ask it.`,
    )
  },
)

/**
 * Papers passed on: `Roe reposted a message from Tom Doe that read: “…”` and `received a letter
 * from Tom Doe that said: “…”` quote the sender, whose paper the relative clause reads from.
 */
const papersPassedOn = castFamily('papers-passed-on', 1, ({ b, person, speaker }, _shape, rng) => {
  const other = anotherPerson(rng, person)
  b.add(
    `${other.full} ${rng.pick(['reposted', 'shared', 'received', 'forwarded'])} a ${rng.pick(['message', 'letter', 'post', 'email'])} from ${person.full} that ${rng.pick(['read', 'said'])}: `,
  )
  b.quote(
    rng.pick(['We have knocked on twelve thousand doors.', 'I am not running against anybody.']),
    speaker,
  )
})

/**
 * Names people give: a name in capitals that people at large give a thing or someone (`the block
 * they call “the Cheese Grater”`, `Locals call the tower “the Wedge”`) is no one's words, and a
 * term inside a sentence that a later `Tenants complained …` follows is not taken up by it, as
 * a quote that is a sentence of its own would be; one person's word for a thing is theirs.
 */
const namesPeopleGive = castFamily('names-people-give', 3, ({ b, person, speaker }, shape, rng) => {
  const place = rng.pick(['Fenwick Green', 'Old Mill', 'Calder Quay', 'Ashford Vale'])
  const thing = rng.pick(['block', 'tower', 'bridge', 'car park'])
  const nickname = rng.pick(['the Cheese Grater', 'the Wedge', 'the Toaster', 'the Filing Cabinet'])
  const words = [
    'They promised us a right to return and then they sold the land,',
    'The lift has been broken since March,',
    'Nobody on this estate was consulted,',
  ]
  if (shape === 0) {
    b.add(
      `${rng.pick(['Residents', 'Tenants', 'Commuters'])} of ${place} have long ${rng.pick(['complained about', 'joked about'])} the ${thing} ${rng.pick(['they', 'that they', 'locals'])} call `,
    )
    b.quote(nickname, null)
    b.add('.\n\n')
    b.quote(rng.pick(words), speaker)
    b.add(
      ` said ${person.full}, ${rng.pick(['a housing lawyer', 'who runs a bakery nearby', 'chair of the tenants’ committee'])}.`,
    )
  } else if (shape === 1) {
    b.add(
      `${rng.pick(['Locals', 'Residents', 'Many commuters', 'Fans'])} ${rng.pick(['call', 'have long called', 'still call'])} the ${rng.pick(['', 'old ', 'concrete '])}${thing} `,
    )
    b.quote(nickname, null)
    b.add(`. ${person.full} called the plan to demolish it `)
    b.quote(rng.pick(['a land grab', 'reckless', 'a betrayal']), speaker)
    b.add('.')
  } else {
    b.add(`Much of the film is shot in ${place}, in the shadow of the ${thing} known as `)
    b.quote(nickname, null)
    b.add(
      `. ${rng.pick(['Tenants', 'Residents', 'Neighbours'])} have ${rng.pick(['complained', 'protested'])} for years about damp and broken lifts.\n\n`,
    )
    b.quote(rng.pick(words), speaker)
    b.add(` ${person.full} said.`)
  }
})

/**
 * Papers and their authors: a paper whose participle puts it out by someone past words of where
 * or to whom (`The notice, posted in the lobby by the Eastfield Housing Authority on Friday,
 * reads:`, `A letter sent to residents and signed by Tom Doe, the estate manager, says:`) speaks
 * for that one; minutes that `record Tom Doe as saying` quote him, as `quoted … as saying` does.
 */
const papersAndAuthors = castFamily(
  'papers-and-their-authors',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const words = [
      'Access to floors 8 to 14 is suspended until further notice.',
      'Rents will increase by 12 per cent from next month.',
      'There will be no net loss of affordable homes on this site.',
    ]
    if (shape === 0) {
      const body = `${rng.pick(['the Eastfield', 'the Port Ellery', 'the Linden Park'])} ${rng.pick(['Housing Authority', 'Town Council', 'Water Board'])}`
      b.add(
        `The ${rng.pick(['notice', 'letter', 'memo'])}, ${rng.pick(['posted in the lobby', 'sent to every tenant', 'issued', 'published on its website'])} by ${body} on ${rng.pick(['Tuesday', 'Friday'])}, ${rng.pick(['reads', 'says', 'states'])}: `,
      )
      b.quote(rng.pick(words), { name: body.replace(/^the /u, '') })
    } else if (shape === 1) {
      b.add(
        `A ${rng.pick(['letter', 'memo', 'notice'])} ${rng.pick(['sent to residents and signed by', 'signed by', 'delivered to every flat and signed by', 'written to the council by'])} ${person.full}, ${rng.pick(['the estate manager', 'the regeneration director', 'the association’s chief executive'])}, ${rng.pick(['says', 'reads', 'warns'])}: `,
      )
      b.quote(rng.pick(words), speaker)
    } else {
      b.add(
        `The ${rng.pick(['minutes of the October meeting', 'minutes', 'official transcript'])} ${rng.pick(['record', 'records', 'recorded'])} ${person.full}, ${rng.pick(['then the council’s head of housing', 'a planning officer'])}, as ${rng.pick(['saying', 'telling members'])}: `,
      )
      b.quote(rng.pick(words), speaker)
    }
  },
)

/**
 * Titles in asides: a title whose comma stands inside its closing marks ends an aside as a comma
 * after them would (`Jane Doe, who hosts the podcast “Local Matters,” told listeners:`), so the
 * work's noun before it is no subject; and a title a preposition takes, renamed by a paper after
 * it (`In “Trust in the Cloud,” a report released on Wednesday, the bank said`), is no one's.
 */
const titlesInAsides = castFamily('titles-in-asides', 3, ({ b, person, speaker }, shape, rng) => {
  const title = rng.pick(['Local Matters', 'Kitchen Table', 'The Reef Keepers', 'Off the Record'])
  const words = [
    'We want people to feel they own this festival.',
    'Nobody is being forced onto the street.',
    'The data are unambiguous.',
  ]
  if (shape === 0) {
    b.add(
      `${person.full}, who ${rng.pick(['hosts the podcast', 'presents the radio show', 'wrote the book', 'directed the film'])} `,
    )
    b.quote(`${title},`, null)
    b.add(
      ` ${rng.pick(['told listeners on Thursday', 'said', 'told reporters after the screening', 'added'])}: `,
    )
    b.quote(rng.pick(words), speaker)
  } else if (shape === 1) {
    const other = rng.pick(['Blue Cathedral', 'Night Shift', 'Justice Delayed'])
    b.add(`${person.full}, whose work includes the ${rng.pick(['book', 'report'])} `)
    b.quote(title, null)
    b.add(` and the ${rng.pick(['documentary', 'podcast', 'film'])} `)
    b.quote(`${other},`, null)
    b.add(` ${rng.pick(['said', 'told the audience'])}: `)
    b.quote(rng.pick(words), speaker)
  } else {
    const body = rng.pick([
      'Polaris Bank',
      'the Eastbank Transit Authority',
      'the National Teachers Union',
    ])
    b.add('In ')
    b.quote(
      `${rng.pick(['Trust in the Cloud', 'Moving Eastbank Forward', 'Every Child, Every Village'])},`,
      null,
    )
    b.add(
      ` a ${rng.pick(['report', 'study', 'review'])} released ${rng.pick(['on Wednesday', 'last week'])}, ${body} said the ${rng.pick(['decision', 'cuts'])} ${rng.pick(['were', 'was'])} `,
    )
    b.quote(rng.pick(['fully justified', 'the right decision', 'rushed']), {
      name: body.replace(/^the /u, ''),
    })
    b.add('.')
  }
})

/**
 * Companies cut short: a headline names a company by its first word or words (`Ridgeback says
 * …`, `Sabre Point says …`) and the story by its name in full, ending in its trade (`Ridgeback
 * Vehicles`, `Sabre Point Electronics`); the two are one body, named in full, and `the company`
 * after them is it.
 */
const companiesCutShort = castFamily('companies-cut-short', 2, ({ b }, shape, rng) => {
  const cut =
    shape === 0
      ? rng.pick(['Ridgeback', 'Corvane', 'Norvik', 'Aldmoor'])
      : rng.pick(['Sabre Point', 'Iron Vale', 'Blue Heron'])
  const name = `${cut} ${rng.pick(['Vehicles', 'Munitions', 'Aerospace', 'Electronics', 'Shipyards', 'Engineering', 'Mining'])}`
  const term = rng.pick(['fully funded', 'on schedule', 'not at risk', 'back on track'])
  const project = rng.pick(['radar contract', 'frigate programme', 'tank upgrade'])
  b.add(`${cut} says ${project} `)
  b.quote(term, { name }, true)
  b.add(
    `\n\n${rng.pick(['AMMAN, Jordan', 'TALLINN, Estonia', 'PLYMOUTH, England'])} — ${name} said on ${rng.pick(['Saturday', 'Tuesday'])} that the ${project} remained `,
  )
  b.quote(`${term} and within budget`, { name })
  b.add(` despite ${rng.pick(['a shortage of parts', 'the strike at its plant'])}.\n\n`)
  b.quote(
    rng.pick([
      'We are cooperating fully with the investigation,',
      'Our engineers are working around the clock to fix the fault,',
    ]),
    { name },
  )
  b.add(` the ${rng.pick(['company', 'firm'])} said in a statement.`)
})

/**
 * Asides before the verb: a bracketed age closes an aside as a comma does (`Jane Doe (54), a
 * cattle rancher, said the mood had changed. “…”` is hers, not the mood's), and a relative
 * clause with a verb of its own after a body's name leaves the main verb to the body (`The
 * Ministry of Health, whose director, Jane Doe, resigned in May, said: “…”`); with no verb of
 * its own, the name set off inside it speaks.
 */
const asidesBeforeVerb = castFamily(
  'asides-before-the-verb',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const words = [
      'I have never seen the ground this dry.',
      'We will respond in full once we have studied the details.',
      'Our priority is the people who depend on us.',
    ]
    const body = rng.pick([
      'the Ministry of Health',
      'the Lunmouth School Board',
      'the Dock and Harbour Workers Union',
    ])
    const role = rng.pick(['chair', 'director', 'chief executive'])
    if (shape === 0) {
      b.add(
        `${person.full} (${rng.int(50) + 25}), ${rng.pick(['a cattle rancher', 'a shop owner in Northfield', 'a nurse who commutes from the suburbs'])}, said the ${rng.pick(['mood', 'feeling in town', 'situation'])} had changed. `,
      )
      b.quote(rng.pick(words), speaker)
    } else if (shape === 1) {
      b.add(
        `${cap(body)}, whose ${role}, ${person.full}, ${rng.pick(['resigned in April', 'stepped down last year', 'was suspended in May'])}, said ${rng.pick(['on Sunday', 'last week', 'in a statement'])}: `,
      )
      b.quote(rng.pick(words), { name: body.replace(/^the /u, '') })
    } else {
      b.add(
        `${cap(body)}, whose ${role}, ${person.full}, said ${rng.pick(['on Sunday', 'last week'])}: `,
      )
      b.quote(rng.pick(words), speaker)
    }
  },
)

/**
 * Terms people use: a term a trade or people at large give a thing, after `what` (`what the
 * industry calls the “quiet period”`) or a noun a relative clause names (`the years some called
 * the “dead season”`), is no one's words, in any case; so is a plan's title after its noun (`the
 * strategy “Healthy Norvale 2030”`). A headline in title case shows nothing by its quote's case:
 * `Doe Says Parking Plan ‘A Slap in the Face’` is Doe's.
 */
const termsPeopleUse = castFamily('terms-people-use', 4, ({ b, person, speaker }, shape, rng) => {
  const words = [
    'Every family here is cutting back,',
    'These are our neighbours, not numbers on a spreadsheet,',
    'We heard the residents loud and clear,',
  ]
  if (shape === 0) {
    b.add(
      `The ${rng.pick(['podcast', 'documentary', 'report'])} spends its third ${rng.pick(['episode', 'chapter'])} on what the ${rng.pick(['industry', 'trade', 'profession'])} calls the `,
    )
    b.quote(rng.pick(['quiet period', 'cold open', 'drive-time slot']), null)
    b.add('.\n\n')
    b.quote(rng.pick(words), speaker)
    b.add(` ${person.full} said.`)
  } else if (shape === 1) {
    b.add(
      `${person.full}, ${rng.pick(['a retired teacher', 'a dairy farmer'])}, described the ${rng.pick(['old market', 'union hall'])} as `,
    )
    b.quote(rng.pick(['my second family,', 'the living room of the town,']), speaker)
    b.add(` especially in the years ${rng.pick(['some', 'many', 'locals'])} called the `)
    b.quote(rng.pick(['dead season.', 'golden age.', 'brain drain.']), null)
  } else if (shape === 2) {
    b.quote(rng.pick(words), speaker)
    b.add(
      ` said ${person.full}, who helped write the ${rng.pick(['plan', 'strategy', 'blueprint'])} `,
    )
    b.quote(
      `${rng.pick(['Water for All', 'Healthy Norvale', 'Lunmouth Living'])} 20${rng.pick(['30', '40'])}.`,
      null,
    )
  } else {
    b.add(`${cap(person.surname)} Says ${rng.pick(['Parking', 'Closure', 'Housing'])} Plan `)
    b.quote(rng.pick(['A Slap in the Face', 'Deeply Troubling', 'Long Overdue']), speaker, true)
    b.add(`\n\n${person.full} ${rng.pick(['spoke on Monday.', 'met reporters after the vote.'])}`)
  }
})

/**
 * Speeches at places: a paragraph that ends in a colon introduces the quote after it, and a
 * cue's noun in an article's phrase near the colon is no verb (`spoke at a VFW post:`, `laid out
 * the stakes in a speech to a crowd at a VFW post:`); the clause's subject speaks, not the name
 * that modifies the noun.
 */
const speechesAtPlaces = castFamily(
  'speeches-at-places',
  3,
  ({ b, person, speaker }, shape, rng) => {
    const place = `a ${rng.pick(['VFW', 'YMCA', 'Teamsters', 'Rotary'])} post`
    const words = [
      'The last time a candidate came through here, it was to film a commercial.',
      'Nobody should need a second job just to keep the lights on.',
    ]
    if (shape === 0) {
      b.add(`${person.full} ${rng.pick(['spoke', 'appeared'])} at ${place}:\n\n`)
    } else if (shape === 1) {
      b.add(
        `${person.full} laid out the stakes in a speech to a ${rng.pick(['lunchtime', 'packed'])} crowd at ${place}:\n\n`,
      )
    } else {
      b.add(`${person.full} ${rng.pick(['told', 'warned'])} a crowd at ${place}:\n\n`)
    }
    b.quote(rng.pick(words), speaker)
  },
)

/**
 * Bodies named for their fields: `and` joins two fields by their activity inside a body's name
 * (`the Department of Planning and Zoning`, `the Office of Licensing and Consumer Protection`),
 * which stays one name, its initials after it (`the DPZ`) the same body's.
 */
const bodiesWithFields = castFamily('bodies-with-fields', 2, ({ b }, shape, rng) => {
  const [first, second] = rng.pick([
    ['Planning', 'Zoning'],
    ['Licensing', 'Permitting'],
    ['Housing', 'Planning'],
    ['Mining', 'Engineering'],
  ]) as [string, string]
  const name = `${rng.pick(['Department', 'Office', 'Bureau'])} of ${first} and ${second}`
  const words = [
    'We cannot keep blocking homes on the grounds that they change the view.',
    'We have made a generous offer to every leaseholder.',
  ]
  if (shape === 0) {
    b.add(`In a statement on ${rng.pick(['Monday', 'Friday'])}, the ${name} said: `)
    b.quote(rng.pick(words), { name })
  } else {
    const initials = name
      .split(' ')
      .filter((word) => word !== 'of' && word !== 'and')
      .map((word) => word.charAt(0))
      .join('')
    b.add(`The ${name} (${initials}) has promised to inspect every property on the estate.\n\n`)
    b.quote(rng.pick(words).replace(/\.$/u, ','), { name })
    b.add(` the ${initials} said.`)
  }
})

/**
 * Sides of a race: when the sentence before names two people, a definite phrase for someone by
 * their sort (`the challenger`, `the newcomer`) stands for that sentence's subject once every
 * other person there was set beside a role of their own (`Tom Roe, a Democrat who has held the
 * seat since 2014`).
 */
const sidesOfRace = castFamily('sides-of-a-race', 2, ({ b, person, speaker }, shape, rng) => {
  const other = anotherPerson(rng, person)
  b.add(
    `${person.full}, ${rng.pick(['a 48-year-old former Navy pilot', 'a former public defender', 'a retired schoolteacher'])}, is running against ${other.full}, `,
  )
  b.add(
    shape === 0
      ? `a ${rng.pick(['Democrat', 'Republican'])} who has held the seat since ${rng.pick(['2014', '2016'])}.\n\n`
      : `the ${rng.pick(['two-term incumbent', 'sitting mayor', 'county’s longtime sheriff'])}.\n\n`,
  )
  b.quote(
    rng.pick([
      'The polls were wrong last time, and they can be wrong again,',
      'Turnout is everything,',
    ]),
    speaker,
  )
  b.add(
    ` the ${rng.pick(['challenger', 'newcomer', 'insurgent'])} said ${rng.pick(['in remarks to reporters', 'on Wednesday'])}.`,
  )
})

/**
 * Captions on posts: the caption someone gave what they posted or shared is their words, the
 * subject's of the verb of posting (`Jane Doe shared a video from the rally with the caption
 * “Packed house in Reno”`, `She posted a photo with the caption …`); a caption a thing carries,
 * with no one posting it, is no one's.
 */
const captionsOnPosts = castFamily(
  'captions-on-posts',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const caption = rng.pick([
      'Packed house in Reno',
      'Thank you, Mesa',
      'This is what momentum looks like',
    ])
    const thing = rng.pick([
      'a video from the rally',
      'a photo of the crowd',
      'a clip of the speech',
    ])
    if (shape === 0) {
      b.add(
        `${person.full} ${rng.pick(['shared', 'posted', 'tweeted'])} ${thing} ${rng.pick(['', 'on Tuesday '])}with the caption `,
      )
      b.quote(caption, speaker)
      b.add('.')
    } else if (shape === 1) {
      b.add(
        `${person.full} spoke for forty minutes. ${cap(pronoun)} later ${rng.pick(['posted', 'shared'])} ${thing} with the caption `,
      )
      b.quote(caption, speaker)
      b.add('.')
    } else {
      b.add(
        `The ${rng.pick(['photo', 'poster', 'banner'])} ${rng.pick(['carried', 'bore'])} the caption `,
      )
      b.quote(caption, null)
      b.add(`. ${person.full} said it was taken by a volunteer.`)
    }
  },
)

/**
 * Headlines with two verbs: in a headline in title case a cue set off by a comma right before
 * the quote shares the subject that opens the headline (`Ríos Rejects Petrenko’s Call, Says
 * ‘Deeply Irresponsible’`, `Ríos Digs In, Warns ‘No Deal’`), the name before its first verb;
 * the story names that person in full.
 */
const headlinesTwoVerbs = castFamily(
  'headlines-with-two-verbs',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const surname = cap(person.surname)
    const first =
      shape === 0
        ? `${rng.pick(['Rejects', 'Dismisses', 'Slams'])} ${cap(other.surname)}’s ${rng.pick(['Call', 'Plan', 'Proposal'])}`
        : rng.pick(['Digs In', 'Hits Back', 'Defends Record'])
    b.add(`${surname} ${first}, ${rng.pick(['Says', 'Warns', 'Insists'])} `)
    b.quote(
      rng.pick(['Deeply Irresponsible', 'A Step in the Right Direction', 'No Deal']),
      speaker,
      true,
    )
    b.add(
      `\n\n${person.full}, ${rng.pick(['the school district’s superintendent', 'a dairy farmer from outside Spokane'])}, dismissed a proposal by ${other.full} on ${rng.pick(['Thursday', 'Monday'])}.`,
    )
  },
)

/**
 * Findings that: a paper or a public body that finds `that` holds the words in marks the clause
 * after it quotes (`In its report, the Fennick Tower Fire Inquiry found that oversight had been
 * “evasive”`, `The study found that …`), as a cue's subject would; `found` alone is no cue.
 */
const findingsThat = castFamily('findings-that', 2, ({ b }, shape, rng) => {
  const words = rng.pick(['cynical and dishonest', 'riddled with errors', 'wilfully blind'])
  if (shape === 0) {
    const inquiry = `${rng.pick(['Redwater', 'Fennick', 'Stanbridge'])} ${rng.pick(['Tower Fire', 'Flood', 'Rail Crash'])} Inquiry`
    b.add(`In its report, the ${inquiry} found that oversight had been `)
    b.quote(words, { name: inquiry })
    b.add(' and that the response of managers amounted to ')
    b.quote(rng.pick(['a culture of silence', 'a cover-up']), { name: inquiry })
    b.add('.')
  } else {
    const paper = rng.pick(['study', 'review', 'audit'])
    b.add(`The ${paper} found that the ${rng.pick(['programme', 'records'])} had been `)
    b.quote(words, { mention: `the ${paper}`, head: paper })
    b.add('.')
  }
})

/**
 * Headlines that remember: a headline's clause that title case ran into one name before its
 * colon (`Family Remembers Irina Yilmaz: ‘She Never Stopped Teaching’`) labels no one's words;
 * the story under it, which repeats them, says whose they are. A name alone before the colon
 * (`Sen. Jane Williams: ‘…’`) still labels its own words.
 */
const headlinesRemember = castFamily(
  'headlines-that-remember',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = anotherPerson(rng, person)
    if (shape === 0) {
      b.add(
        `${rng.pick(['Family', 'Town', 'Friends'])} ${rng.pick(['Remembers', 'Mourns', 'Honors'])} ${other.full}: `,
      )
      b.quote('Always the First to Help', speaker, true)
      b.add(
        `\n\n${other.full}, ${rng.pick(['a volunteer firefighter', 'a potter who taught generations of children'])}, died last week. ${other.gender === 'female' ? 'She' : 'He'} was ${rng.int(30) + 61}.\n\n`,
      )
      b.quote(
        `${other.gender === 'female' ? 'She' : 'He'} was always the first to help and the last to leave,`,
        speaker,
      )
      // (No second stop after a suffix's: `Marcus Bell Jr.`)
      const stop = person.full.endsWith('.') ? '' : '.'
      b.add(` said ${rng.pick(['a neighbour', 'a longtime friend'])}, ${person.full}${stop}`)
    } else {
      b.add(`${person.full}: `)
      b.quote(rng.pick(['We Will Win', 'Not Over Yet']), speaker, true)
      b.add(`\n\n${person.full} spoke to supporters on ${rng.pick(['Monday', 'Friday'])}.`)
    }
  },
)

/**
 * Titles of trade before names: a capitalized noun for someone right before a name of two words
 * (`according to Paramedic Oluwaseun Okonkwo`, `with Lifeguard Ama Owusu`) says what the person
 * is, as a title does, for a later `the paramedic`; it is no word of their name, whatever the
 * given name.
 */
const tradeTitles = castFamily('titles-of-trade', 1, ({ b, person, speaker }, _shape, rng) => {
  const noun = rng.pick(['Paramedic', 'Lifeguard', 'Midwife', 'Ranger', 'Nurse'])
  const other = anotherPerson(rng, person)
  b.add(
    `${other.full}, ${rng.int(50) + 20}, was ${rng.pick(['cut free from the wreckage', 'pulled from the water', 'treated at the scene'])}, according to ${noun} ${person.full}, who was among the first to arrive.\n\n`,
  )
  b.quote(
    rng.pick([
      'Please slow down, especially on rural roads in the dark,',
      'We got there just in time,',
    ]),
    speaker,
  )
  b.add(` said the ${noun.toLowerCase()}.`)
})

/**
 * Missions abroad: a country's embassy or consulate is named with the city it sits in (`the
 * Chilean Embassy in Vienna`), one body, and `the embassy` after it is that body; a mission in
 * lower case (`the embassy in Vienna`) is only described.
 */
const missionsAbroad = castFamily('missions-abroad', 2, ({ b }, shape, rng) => {
  const name = `${rng.pick(['Chilean', 'Norwegian', 'Nigerian', 'Croatian'])} ${rng.pick(['Embassy', 'Consulate'])} in ${rng.pick(['Vienna', 'Muscat', 'Addis Ababa', 'Astana'])}`
  const head = name.includes('Embassy') ? 'embassy' : 'consulate'
  b.add(`The ${name} said ${rng.pick(['on Monday', 'in a statement'])}: `)
  b.quote(
    rng.pick(['We call on all parties to exercise maximum restraint.', 'Our staff are safe.']),
    { name },
  )
  if (shape === 0) {
    b.add('\n\n')
    b.quote(rng.pick(['We will not comment further,', 'Consular services remain open,']), { name })
    b.add(` the ${head} said.`)
  }
})

/**
 * Roles with their agents: a role set off beside a name may run on with a past participle and
 * the one who gave it (`Gareth Saleh, a safety consultant hired by the operator,`); the role is
 * still the name's, so a later `the consultant` is that person, past another one named between.
 */
const rolesWithAgents = castFamily('roles-with-agents', 2, ({ b, person, speaker }, shape, rng) => {
  const [role, head] = rng.pick([
    ['a safety consultant', 'consultant'],
    ['an engineer', 'engineer'],
    ['a lawyer', 'lawyer'],
    ['an investigator', 'investigator'],
    ['a translator', 'translator'],
  ])
  const made = `${rng.pick(['hired', 'retained', 'appointed', 'employed', 'commissioned'])} by the ${rng.pick(['operator', 'council', 'families', 'port authority'])}`
  const other = anotherPerson(rng, person)
  const words = rng.pick([
    'Those figures were shared with the board in March,',
    'Nobody asked me to check the valves,',
    'I raised it twice and heard nothing back,',
  ])
  if (shape === 0) {
    b.add(
      `${person.full}, ${role} ${made}, ${rng.pick(['gave evidence on Friday', 'was questioned for three hours', 'spoke to reporters outside the hearing'])}.\n\n${other.full}, ${rng.pick(['counsel to the inquiry', 'the chair of the panel'])}, listened from the back of the room. `,
    )
    b.quote(words, speaker)
    b.add(` the ${head} said.`)
  } else {
    b.add(
      `The ${rng.pick(['readings', 'warnings'])} were ignored for months, said ${person.full}, ${role} ${made}.\n\n`,
    )
    b.quote(words, speaker)
    b.add(rng.pick([` said the ${head}.`, ` the ${head} added.`]))
  }
})

/**
 * Operators beside public bodies: a noun for a company (`the operator`, `the carrier`, `the
 * lender`, `the insurer`) is the company a story names, never the inquiry or regulator named
 * beside it; a name ending in a trade (`Meridian Rail`) is a company's.
 */
const operatorsBesideBodies = castFamily('operators-beside-bodies', 2, ({ b }, shape, rng) => {
  const [trade, noun] = rng.pick([
    ['Rail', 'operator'],
    ['Railways', 'operator'],
    ['Airways', 'carrier'],
    ['Bank', 'lender'],
    ['Insurance', 'insurer'],
    ['Construction', 'contractor'],
  ])
  const company = `${rng.pick(['Meridian', 'Castlegate', 'Northway', 'Pellmouth'])} ${trade}`
  const body =
    shape === 0
      ? `${rng.pick(['Castlebrook', 'Redwater', 'Glenarrow'])} ${rng.pick(['Crash', 'Flood', 'Collapse'])} Inquiry`
      : `${rng.pick(['Transport', 'Financial', 'Safety'])} ${rng.pick(['Regulation Authority', 'Standards Commission'])}`
  b.add('')
  b.quote(
    rng.pick(['Basic checks were not carried out for years,', 'The warnings were ignored,']),
    { name: body },
  )
  b.add(
    ` the ${body} ${shape === 0 ? 'concluded' : 'said'}.\n\n${company} said it accepted the findings in full. `,
  )
  b.quote(rng.pick(['We will study the findings carefully,', 'Lessons have been learned,']), {
    name: company,
  })
  b.add(` the ${noun} said in a statement.`)
})

/**
 * Intents after quotes: a verb of intent with its infinitive (`as union vows to fight`, `as the
 * council promised to appeal`) in a clause after a quote says what its subject means to do, not
 * that it said the words; the quote stays with the one the sentence opened on.
 */
const intentsAfterQuotes = castFamily(
  'intents-after-quotes',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const words = rng.pick(['regrettable but necessary', 'a difficult decision', 'unavoidable'])
    const group = rng.pick(['union', 'council', 'residents'])
    const aim = rng.pick(['fight', 'appeal', 'strike', 'resist'])
    if (shape === 0) {
      b.add(`${cap(person.surname)} says job cuts `)
      b.quote(words, speaker, true)
      b.add(
        ` as ${group} ${rng.pick(['vows', 'promises', 'threatens', 'pledges'])} to ${aim}\n\n${person.full}, ${rng.pick(['chief executive of the company', 'the plant manager'])}, announced the cuts on ${rng.pick(['Monday', 'Friday'])}.`,
      )
    } else {
      b.add(`${person.full} called the cuts `)
      b.quote(words, speaker)
      b.add(
        ` as the ${group} ${rng.pick(['vowed', 'promised', 'threatened', 'pledged'])} to ${aim} on ${rng.pick(['Monday', 'Friday'])}.`,
      )
    }
  },
)

/**
 * Signs after asides: a thing words are written on (a sign, a banner, a notice) that opens the
 * clause after a phrase set off before it (`On the door of the office, a notice said only:`)
 * shows an inscription, nobody's words; people who hold signs and chant say their chant.
 */
const signsAfterAsides = castFamily(
  'signs-after-asides',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      b.add(
        `${rng.pick(['On the door of the office', 'Outside the gates', 'Above the entrance', 'By the main road'])}, ${rng.pick(['a sign', 'a notice', 'a banner', 'a hand-painted placard'])} ${rng.pick(['said only', 'read', 'said'])}: `,
      )
      b.quote(rng.pick(['Nurses on Strike', 'Road Closed: Flooding', 'People Before Cranes']), null)
      b.add(`\n\n${person.full}, ${rng.pick(['a shop owner', 'a night-shift nurse'])}, said: `)
      b.quote(rng.pick(['We have waited long enough.', 'Nobody asked us.']), speaker)
    } else {
      const crowd = rng.pick(['About 200 protesters', 'Dozens of workers', 'Hundreds of parents'])
      b.add(
        `${crowd} gathered ${rng.pick(['outside city hall', 'at the gates'])}, holding ${rng.pick(['signs', 'banners', 'placards'])} and chanting `,
      )
      b.quote(rng.pick(['Save our jobs!', 'No cuts!']), {
        mention: crowd.toLowerCase(),
        head: crowd.split(' ').at(-1) as string,
      })
      b.add('.')
    }
  },
)

/**
 * Questions put directly: a speech noun a verb takes as its object stays a cue past an adverb
 * before its hearer (`put the question directly to Samuel Kaya, a shipping analyst:`), so the
 * asker speaks, not the one the aside describes.
 */
const questionsPutDirectly = castFamily(
  'questions-put-directly',
  1,
  ({ b, person, speaker }, _shape, rng) => {
    const other = anotherPerson(rng, person)
    b.add(
      `${rng.pick(['In a podcast interview, ', 'On Monday, ', ''])}${person.full} put the question ${rng.pick(['directly', 'bluntly', 'squarely'])} to ${other.full}, ${rng.pick(['a shipping analyst', 'the town’s deputy mayor', 'a student who commutes from the suburbs'])}: `,
    )
    b.quote(
      rng.pick(['How many jobs will the cranes replace?', 'Who pays for the repairs?']),
      speaker,
    )
  },
)

/**
 * Parts by agents: the agent of a participle for holding a part (`the programme “First Light,”
 * hosted by Valentina Diallo`, `a panel chaired by …`) holds that part, so a later `the host`
 * or `the chair` is that person, past the guest who spoke between.
 */
const partsByAgents = castFamily('parts-by-agents', 2, ({ b, person, speaker }, shape, rng) => {
  const guest = anotherPerson(rng, person)
  const [participle, noun] =
    shape === 0
      ? rng.pick([
          ['hosted', 'host'],
          ['presented', 'presenter'],
        ])
      : rng.pick([
          ['chaired', 'chair'],
          ['moderated', 'moderator'],
        ])
  const setting =
    shape === 0
      ? `appeared on ${rng.pick(['Tuesday', 'Sunday'])} on the ${rng.pick(['television', 'radio'])} programme “${rng.pick(['First Light', 'Straight Talk', 'The Long Table'])},” ${participle} by ${person.full}`
      : `spoke at a public meeting ${participle} by ${person.full}`
  b.add(
    `${guest.full}, ${rng.pick(['a retired plumber', 'a season-ticket holder'])}, ${setting}.\n\n`,
  )
  b.quote(
    rng.pick(['Nobody told us anything until the water was off,', 'We were the last to know,']),
    { name: guest.full },
  )
  b.add(` ${cap(guest.surname)} said.\n\n`)
  b.quote(rng.pick(['Why were the eastern districts cut first?', 'Who decided that?']), speaker)
  b.add(` the ${noun} asked.`)
})

/**
 * Cues with their link before a clause of time: a quote a cue introduces through `of` or
 * `that` (`Doe Warns of ‘A Breaking Point’ as Roe Urges Calm`) is that cue's; the clause `as`,
 * `while` or `when` opens after it, with a cue of its own, is about someone else.
 */
const cuesLinkedBeforeTime = castFamily(
  'cues-linked-before-time',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const words = rng.pick(['A Breaking Point', 'Chaos on the Streets', 'A Lost Decade'])
    const verb = rng.pick(['Warns', 'Speaks', 'Talks'])
    if (shape === 0) {
      b.add(`${cap(person.surname)} ${verb} of `)
      b.quote(words, speaker, true)
      b.add(
        ` as ${cap(other.surname)} ${rng.pick(['Urges Calm', 'Says Talks Will Resume', 'Calls for Patience'])}\n\n${person.full}, ${rng.pick(['a retired plumber', 'the town’s deputy mayor'])}, spoke on ${rng.pick(['Monday', 'Thursday'])}.`,
      )
    } else {
      const past = { Warns: 'warned', Speaks: 'spoke', Talks: 'talked' }[verb]
      b.add(`${person.full} ${past} of `)
      b.quote(words.toLowerCase(), speaker)
      b.add(
        ` ${rng.pick(['as', 'while'])} ${other.full} ${rng.pick(['urged calm', 'said talks would resume', 'called for patience'])}.`,
      )
    }
  },
)

/**
 * Works that say who someone is: a relative clause that names a person by what they made (`said
 * Daniel Roe, who wrote “The Quiet River.”`, `who curated “Station and Harbor,”`) holds a
 * title in title case, nobody's words, whatever stop closes it; a colon still gives the words
 * written.
 */
const worksSayWho = castFamily(
  'works-say-who',
  2,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const title = rng.pick(['The Quiet River', 'Field and Station', 'Notes From the Kitchen'])
    const verb = rng.pick(['wrote', 'directed', 'curated', 'produced', 'composed'])
    b.add('')
    b.quote(
      rng.pick(['I did not set out to make anything political,', 'It took eleven years,']),
      speaker,
    )
    if (shape === 0) {
      b.add(` said ${person.full}, who ${verb} `)
      b.quote(`${title}.`, null)
      b.add('\n\n')
      b.quote(
        rng.pick(['People keep telling me it made them cry,', 'We made it on weekends,']),
        speaker,
      )
      b.add(` ${pronoun} added.`)
    } else {
      b.add(` said ${person.full}, who ${verb} `)
      b.quote(`${title},`, null)
      b.add(` ${rng.pick(['a film about the harbour', 'a show about her grandmother'])}.`)
    }
  },
)

/**
 * Words held up: a few words in marks that modify a noun (`The city’s “affordable” housing
 * list`, `the “express” buses`) in a sentence with no cue or source are the writer's, even
 * between two quotes of one speaker; a cue in the sentence (`Doe called it a “cynical” move`)
 * or a quote around them (`“a ‘voluntary’ scheme,” Doe said`) makes them someone's.
 */
const wordsHeldUp = castFamily(
  'words-held-up',
  3,
  ({ b, person, speaker, pronoun }, shape, rng) => {
    const word = rng.pick(['affordable', 'voluntary', 'express', 'temporary'])
    const [owner, noun] = rng.pick([
      ['The city’s', 'housing list'],
      ['The plant’s', 'redundancy scheme'],
      ['The', 'buses'],
      ['The district’s', 'plan'],
    ])
    b.add('')
    b.quote(rng.pick(['The orders simply are not there anymore,', 'Rents follow demand,']), speaker)
    b.add(` said ${person.full}, ${rng.pick(['a loom operator', 'a landlord', 'a bus driver'])}. `)
    if (shape === 0) {
      b.add(`${owner} `)
      b.quote(word, null)
      b.add(
        ` ${noun} ${rng.pick(['closed after eleven days', 'has a waiting time of nine years'])}. `,
      )
    } else if (shape === 1) {
      b.add(`${cap(pronoun)} called it a `)
      b.quote(word, speaker)
      b.add(` ${noun}. `)
    } else {
      b.add('')
      b.quote(`It was a ‘${word}’ ${noun} in name only,`, speaker)
      b.add(` ${pronoun} said. `)
    }
    b.quote(rng.pick(['We are not leaving without a fight,', 'Nobody asked us,']), speaker)
    b.add(` ${pronoun} added.`)
  },
)

/**
 * Second roles past a placed first: a role joined by `and` to a first role that a phrase with a
 * name in capitals places (`Anders Popescu, 45, chief negotiator for the Federation of Health
 * Employees and a father of three,`) is the name's too, for a later `the father of three`; a
 * clause that lists people (`who met Tom Roe and a lawyer`) gives no one a role.
 */
const secondRolesPlaced = castFamily(
  'second-roles-placed',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const kin = `${person.gender === 'female' ? rng.pick(['mother', 'grandmother']) : rng.pick(['father', 'grandfather'])} of ${rng.pick(['three', 'four', 'two'])}`
    const first = `${rng.pick(['chief negotiator', 'a shop steward', 'president', 'a machine operator'])} ${rng.pick(['for', 'at', 'of'])} the ${rng.pick(['Federation of Health Employees', 'Allied Dockworkers Union', 'Tessaly Motors plant'])}`
    if (shape === 0) {
      b.add(
        `${person.full}, ${rng.int(30) + 30}, ${first} and a ${kin}, ${rng.pick(['joined the picket line on its first morning', 'works nights to cover childcare'])}.\n\n`,
      )
      b.quote(
        rng.pick(['My rent went up twice this year,', 'Nobody should have to choose,']),
        speaker,
      )
      b.add(` the ${kin} said.`)
    } else {
      const other = anotherPerson(rng, person)
      const noun = rng.pick(['lawyer', 'mediator'])
      b.add(
        `${person.full}, who met ${other.full} and a ${noun} on ${rng.pick(['Monday', 'Friday'])}, ${rng.pick(['said little', 'left early'])}.\n\n`,
      )
      b.quote(rng.pick(['The talks are over,', 'We will be back,']), {
        mention: `a ${noun}`,
        head: noun,
      })
      b.add(` the ${noun} said.`)
    }
  },
)

/**
 * Companies by what they make: a name ending in what a plant makes or does (`Orinoco
 * Packaging`, `Meridian Steel`, `Sunreach Solar`) is a company's, so a headline that cuts it to
 * its first word (`Orinoco says job cuts ‘regrettable’`) and a later `the company` are that one
 * body, named in full.
 */
const companiesByProduct = castFamily('companies-by-product', 1, ({ b }, _shape, rng) => {
  const first = rng.pick(['Orinoco', 'Sunreach', 'Lakeshore', 'Bramwell', 'Kettering'])
  const name = `${first} ${rng.pick(['Packaging', 'Steel', 'Solar', 'Retail', 'Bottling', 'Components', 'Plastics'])}`
  b.add(`${first} says job cuts `)
  b.quote(rng.pick(['regrettable but necessary', 'unavoidable']), { name }, true)
  b.add(
    ` as ${rng.pick(['profits slide', 'demand slumps'])}\n\n${name} said on ${rng.pick(['Thursday', 'Monday'])} it would cut about ${rng.int(900) + 100} jobs.\n\n`,
  )
  b.quote(rng.pick(['Small firms cannot carry these costs,', 'Demand has fallen sharply,']), {
    name,
  })
  b.add(' the company said in a statement.')
})

/**
 * Names that open on a thing in `-or`: a capitalized noun in `-or` for a thing (`Harbor`,
 * `Labor`, `Corridor`) opening a sentence starts a body's name, no role before one: `Harbor
 * Town Athletic said` is the club in full, and its initials later are it; a noun in `-or` for
 * someone (`Surveyor Ana Roe`) is still her role.
 */
const namesOpeningOnThings = castFamily(
  'names-opening-on-things',
  2,
  ({ b, person, speaker }, shape, rng) => {
    if (shape === 0) {
      const name = `${rng.pick(['Harbor', 'Corridor', 'Labor', 'Valor'])} ${rng.pick(['Town', 'City', 'Valley'])} ${rng.pick(['Athletic', 'Rovers', 'Housing Trust'])}`
      const initials = name
        .split(' ')
        .map((word) => word[0])
        .join('')
      b.add(`${name} (${initials}) issued a statement on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
      b.quote(rng.pick(['The club cannot survive in that ground,', 'We will appeal,']), { name })
      b.add(` ${initials} said.`)
    } else {
      b.add(`${rng.pick(['Surveyor', 'Inspector', 'Counselor'])} ${person.full} said: `)
      b.quote(rng.pick(['The ground is sound.', 'We found nothing wrong.']), speaker)
    }
  },
)

/**
 * Participle clauses that ask: a cue inside a participle's clause opening the sentence (`Asked
 * what he would say to the officials in charge,`) introduces nothing past the main clause's own
 * subject, who answers at the colon (`Ahmed Amadi, a city council member, did not hesitate:`),
 * whoever the sentence before was about.
 */
const askedClauses = castFamily(
  'asked-clauses',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    const other = anotherPerson(rng, person)
    b.add(
      `${other.full} ${rng.pick(['opened the meeting', 'read out the figures'])} on ${rng.pick(['Monday', 'Friday'])}.\n\nAsked what ${pronoun} would ${rng.pick(['say', 'tell'])} ${rng.pick(['to the officials in charge', 'the minister'])}, ${person.full}, ${rng.pick(['a city council member', 'a teacher at the school for 19 years', 'a former pupil who now runs the after-school club'])}, ${rng.pick(['did not hesitate', 'was blunt', 'put it simply'])}: `,
    )
    b.quote(rng.pick(['Culture is not a luxury.', 'We cannot heat two buildings.']), speaker)
  },
)

/**
 * Workplaces are no one: a company named as where someone works (`head of human resources at
 * Vantis Chemicals`) is never `he` or `she`, however its name was read, so a reply by pronoun
 * goes back past it to the person of that gender who spoke before.
 */
const workplacesNoOne = castFamily(
  'workplaces-no-one',
  1,
  ({ b, person, speaker, pronoun }, _shape, rng) => {
    let other = anotherPerson(rng, person)
    while (other.gender === person.gender) other = anotherPerson(rng, person)
    const otherPronoun = other.gender === 'female' ? 'she' : 'he'
    b.add('')
    b.quote(
      rng.pick(['I trained the people who are replacing me,', 'We cannot live on promises,']),
      speaker,
    )
    b.add(
      ` said ${person.full}, ${rng.pick(['chief negotiator for the United Care Workers Federation', 'president of the Northern Metalworkers Union'])}.\n\n${other.full}, ${rng.pick(['head of human resources', 'the plant manager', 'a spokesperson'])} at ${rng.pick(['Vantis', 'Orinoco', 'Lakeshore'])} ${rng.pick(['Chemicals', 'Packaging', 'Bottling', 'Steel'])}, rejected that. `,
    )
    b.quote(rng.pick(['Small firms cannot carry these costs,', 'The offer is fair,']), {
      name: other.full,
    })
    b.add(` ${otherPronoun} said.\n\n`)
    b.quote(
      rng.pick(['We are tired of being told to wait,', 'Nobody wanted this strike,']),
      speaker,
    )
    b.add(` ${pronoun} replied.`)
  },
)

/**
 * Things named by a participle: a thing a participle names (`a scoring system called “acuity
 * points”`, `a scheme dubbed “the quiet period”`) goes by the words in marks, in any case, and
 * no one in the sentence said them; a quote someone gives after a finite cue is still theirs.
 */
const thingsNamed = castFamily('things-named', 1, ({ b, person, speaker }, _shape, rng) => {
  b.add(
    `${rng.pick(['Managers use', 'The hospital adopted', 'The council runs'])} a ${rng.pick(['scoring system', 'scheme', 'rota', 'formula'])} ${rng.pick(['called', 'dubbed', 'named'])} `,
  )
  b.quote(rng.pick(['acuity points', 'flexible cover', 'the quiet period']), null)
  b.add(
    ` to ${rng.pick(['assign nurses to wards', 'plan the shifts'])}.\n\n${person.full}, ${rng.pick(['a ward sister', 'a union steward'])}, called it `,
  )
  b.quote(rng.pick(['a crisis years in the making', 'unsafe']), speaker)
  b.add('.')
})

/**
 * Where people are from: a people's word before a name (`Norwegian Lars Haugen`, `Mexican
 * cyclist Alejandro Salazar`), a country owning it (`Colombia’s Camilo Cárdenas`) or a country
 * after `of` (`Amira Farouk of Egypt`) says what a later `the Norwegian`, `the Colombian` or
 * `the Egyptian` calls that person, past a coach quoted between.
 */
const whereFrom = castFamily('where-from', 3, ({ b }, shape, rng) => {
  const [winnerPlace, winnerWord] = rng.pick([
    ['Mexico', 'Mexican'],
    ['Colombia', 'Colombian'],
    ['Serbia', 'Serb'],
    ['Ghana', 'Ghanaian'],
    ['Poland', 'Pole'],
  ])
  const [loserPlace, loserWord] = rng.pick([
    ['Norway', 'Norwegian'],
    ['Egypt', 'Egyptian'],
    ['Sweden', 'Swede'],
    ['Pakistan', 'Pakistani'],
    ['Peru', 'Peruvian'],
    ['Finland', 'Finn'],
  ])
  const winner = rng.pick(['Alejandro Salazar', 'Ivana Marković', 'Kwame Asante'])
  const loser = rng.pick(['Lars Haugen', 'Amira Farouk', 'Linnea Bergström'])
  const race = rng.pick(['road race', 'giant slalom', '1,500 meters'])
  if (shape === 0) {
    // (The adjective, where the noun for one of the people differs.)
    const adjectives: Record<string, string> = {
      Serb: 'Serbian',
      Pole: 'Polish',
      Swede: 'Swedish',
      Finn: 'Finnish',
    }
    const demonym = adjectives[winnerWord] ?? winnerWord
    const loserAdjective = adjectives[loserWord] ?? loserWord
    b.add(
      `${demonym} ${rng.pick(['cyclist', 'runner', ''])} ${winner} won the ${race}, finishing ahead of ${loserAdjective} ${loser}.`.replace(
        '  ',
        ' ',
      ),
    )
  } else if (shape === 1) {
    b.add(`${winnerPlace}’s ${winner} won the ${race}, holding off ${loserPlace}’s ${loser}.`)
  } else {
    b.add(
      `${winner} of ${winnerPlace} beat ${loser} of ${loserPlace} in the ${race} on ${rng.pick(['Monday', 'Sunday'])}.`,
    )
  }
  const coach = rng.pick(['Goran Stanković', 'Akosua Darko', 'Faisal Siddiqui'])
  b.add(`\n\n${winner.split(' ')[1]}’s coach, ${coach}, said the race had gone to plan. `)
  b.quote('There was no luck involved today.', { name: coach })
  b.add('\n\n')
  b.quote(rng.pick(['Second place hurts now,', 'The conditions were hard for everyone,']), {
    name: loser,
  })
  b.add(` the ${loserWord} said.\n\n`)
  b.quote(rng.pick(['I knew I had something left,', 'I felt strong from the start,']), {
    name: winner,
  })
  b.add(` said the ${winnerWord}.`)
})

/**
 * Doers of deeds: a relative clause set off beside a name says what the person did (`who
 * invented the low-cost water filter`, `who won Sunday’s marathon`, `who was driving the bus`),
 * and the noun for whoever did it (`the inventor`, `the winner`, `the driver`) is that person
 * later, past an official quoted between.
 */
const doersOfDeeds = castFamily('doers-of-deeds', 1, ({ b, person, speaker }, _shape, rng) => {
  const [deed, noun] = rng.pick([
    ['invented the low-cost water filter', 'inventor'],
    ['won Sunday’s city marathon', 'winner'],
    ['was driving the bus when it skidded', 'driver'],
    ['discovered the shipwreck', 'discoverer'],
    ['founded the food bank', 'founder'],
    ['organized the protest', 'organizer'],
  ])
  const other = anotherPerson(rng, person)
  b.add(
    `${person.full}, who ${deed}, ${rng.pick(['said it had not sunk in yet', 'spoke to reporters on Sunday'])}.\n\n${other.full}, ${rng.pick(['a regional official', 'a neighbor'])}, ${rng.pick(['praised the community', 'said a review was under way'])}. `,
  )
  b.quote(rng.pick(['We are all very proud.', 'We are taking this very seriously.']), {
    name: other.full,
  })
  b.add('\n\n')
  b.quote(
    rng.pick([
      'I have not been able to sleep properly since,',
      'It was lying there the whole time,',
    ]),
    speaker,
  )
  b.add(` the ${noun} said.`)
})

/**
 * Numbers with thousands: a comma between groups of digits (`9,000 people`, `1,250,000`) is part
 * of the number, not a comma that closes an aside, so the relative clause set off after a
 * subject (`The steelmaker, which employs more than 9,000 people,`) still ends where it should
 * and the subject speaks.
 */
const numbersWithThousands = castFamily(
  'numbers-with-thousands',
  2,
  ({ b, person, speaker }, shape, rng) => {
    const count = `${rng.int(90) + 2},${rng.pick(['000', '500', '250'])}`
    if (shape === 0) {
      const [trade, maker] = rng.pick([
        ['Steel', 'steelmaker'],
        ['Motors', 'carmaker'],
        ['Pharmaceuticals', 'drugmaker'],
      ])
      const name = `${rng.pick(['Sarmatia', 'Okonkwo', 'Meridian'])} ${trade}`
      b.add(
        `${name} said on ${rng.pick(['Monday', 'Friday'])} it would idle two plants.\n\nThe ${maker}, which employs more than ${count} people, said it was `,
      )
      b.quote(rng.pick(['hopeful of a recovery', 'confident in the long-term outlook']), { name })
      b.add('.')
    } else {
      b.add(`${person.full}, whose petition drew ${count} signatures, said the council had `)
      b.quote(rng.pick(['ignored the town', 'stopped listening']), speaker)
      b.add('.')
    }
  },
)

/**
 * Makers are companies: a noun for a maker of anything (`the drugmaker`, `the steelmaker`) is a
 * company, never the paper someone else spoke to (`told the Evening Chronicle`) nor a regulator,
 * so it goes back past them to the company the story named.
 */
const makersAreCompanies = castFamily('makers-are-companies', 1, ({ b, person }, _shape, rng) => {
  const [trade, maker] = rng.pick([
    ['Pharmaceuticals', 'drugmaker'],
    ['Steel', 'steelmaker'],
    ['Motors', 'carmaker'],
    ['Semiconductor', 'chipmaker'],
  ])
  const company = `${rng.pick(['Kestrel', 'Sarmatia', 'Tessera'])} ${trade}`
  const paper = `${rng.pick(['Evening', 'Morning', 'Valley'])} ${rng.pick(['Chronicle', 'Courier', 'Herald'])}`
  b.add(
    `On ${rng.pick(['Monday', 'Friday'])}, ${company} said it would cut ${rng.int(900) + 100} jobs.\n\n`,
  )
  b.quote(rng.pick(['We want guarantees in writing,', 'This was entirely predictable,']), {
    name: person.full,
  })
  b.add(
    ` ${person.full}, ${rng.pick(['a union representative', 'an analyst'])}, told the ${paper}.\n\n`,
  )
  b.quote(rng.pick(['We will share the full data,', 'Demand has fallen sharply,']), {
    name: company,
  })
  b.add(` the ${maker} said.`)
})

/**
 * Answers after beats: a question someone put, then a sentence about the one who answers
 * (`Mr. Nyberg smiled.`, `Nyberg shook his head, then answered.`), then the answer. A question
 * a cue introduced (`A reporter asked, “…?”`) waits for no attribution after it; a second verb
 * joined to the subject's first (`paused, then answered`) is theirs; no noun stands between a
 * name and `his`.
 */
const answersAfterBeats = castFamily('answers-after-beats', 4, ({ b, person }, shape, rng) => {
  const owner = person.gender === 'female' ? 'her' : 'his'
  const asker = anotherPerson(rng, person)
  const question = rng.pick([
    'Were all the objects returned?',
    'Is your job safe after tonight?',
    'When will families be able to go home?',
    'Did investors force your hand?',
  ])
  const answer = rng.pick([
    'We are not there yet.',
    'The players gave everything.',
    'Nobody has told us anything.',
    'Twenty-six objects came back.',
  ])
  const beat = rng.pick([
    `shook ${owner} head`,
    `bit ${owner} lip`,
    `rubbed ${owner} eyes`,
    'paused',
    'leaned back',
    'smiled',
  ])
  const reporter = rng.pick(['a reporter', 'a radio reporter', 'one journalist'])
  b.add(
    `${person.full}, ${rng.pick(['a historian', 'the club’s director', 'a union steward'])}, took questions on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
  )
  if (shape === 0 || shape === 1) {
    b.add(shape === 0 ? `When ${reporter} asked, ` : `${cap(reporter)} asked, `)
    b.quote(question, { mention: reporter, head: reporter.split(' ').at(-1) as string })
    b.add(` ${cap(person.surname)} ${beat}. `)
    b.quote(answer, { name: person.full })
  } else {
    b.quote(question, { name: asker.full })
    b.add(` asked ${asker.full} of the ${rng.pick(['Daily Lantern', 'Valley Gazette'])}. `)
    const joined = rng.pick([', then answered', ' and answered', ', then replied'])
    if (shape === 2) {
      b.add(`${cap(person.surname)} ${beat}${joined}.\n\n`)
      b.quote(answer, { name: person.full })
    } else {
      b.add(`\n\n${cap(person.surname)} ${beat}${joined}. `)
      b.quote(answer, { name: person.full })
    }
  }
})

/**
 * Unnamed speakers a pronoun finds: a phrase for someone the text does not name, with a second
 * phrase set off after it (`a teacher who has worked there for a decade, a father of seven`,
 * no one new), or placed on a street (`a shopkeeper on Copper Street, who did not want her name
 * published`: a street's name takes no `who` and no `her`), past a place that modifies a noun
 * (`the damaged Nilo bridge`, no one); then `he` or `she` after a named person of the other
 * gender.
 */
const unnamedThenPronoun = castFamily('unnamed-then-pronoun', 3, ({ b, person }, shape, rng) => {
  const female = rng.int(2) === 0
  const pronoun = female ? 'she' : 'he'
  const owner = female ? 'her' : 'his'
  const other = rng.pick(genderShown.filter((one) => one.gender !== (female ? 'female' : 'male')))
  const [job, where] = rng.pick([
    ['teacher', 'at the school'],
    ['shopkeeper', 'on the square'],
    ['midwife', 'who has worked in the district for years'],
    ['lorry driver', 'stuck at the detour'],
    ['electrician', 'working on the lines'],
  ])
  const opener = rng.pick(['a', 'one']) === 'a' ? (/^[aeiou]/u.test(job) ? 'an' : 'a') : 'one'
  const phrase = `${opener} ${job}`
  const speaker = { mention: phrase, head: job.split(' ').at(-1) as string }
  const place = rng.pick(['Nilo', 'Esk', 'Tana', 'Sava'])
  b.add(
    `${rng.pick(['Engineers', 'Crews'])} returned to the ${rng.pick(['damaged', 'flooded', 'closed'])} ${place} bridge on ${rng.pick(['Tuesday', 'Sunday'])}.\n\n`,
  )
  b.quote(rng.pick(['Cracks appeared within a year,', 'The supports were never checked,']), {
    name: other.full,
  })
  b.add(` ${other.full} said.\n\n`)
  const line = rng.pick(['It has been a very long week', 'Nobody in charge has come'])
  if (shape === 0) {
    b.quote(`${line},`, speaker)
    b.add(
      ` said ${phrase} ${where}, a ${female ? 'mother' : 'father'} of ${rng.pick(['two', 'six', 'seven'])}. ${cap(pronoun)} said ${other.surname} had visited the site. `,
    )
  } else if (shape === 1) {
    b.add(
      `${cap(phrase)} ${where}, a ${female ? 'mother' : 'father'} of ${rng.pick(['two', 'four'])}, said, `,
    )
    b.quote(`${line}.`, speaker)
    b.add(`\n\n${cap(pronoun)} said ${other.surname} had not called. `)
  } else {
    const street = `${rng.pick(['Copper', 'Fisher', 'Kilima', 'Mill'])} ${rng.pick(['Street', 'Avenue', 'Lane', 'Road'])}`
    b.add(
      `${rng.pick(['At the scene', 'A few streets away'])}, ${phrase} on ${street}, who did not want ${owner} name published, told a different story. `,
    )
    b.quote(`${line},`, speaker)
    b.add(` ${pronoun} said.\n\n`)
  }
  b.quote(rng.pick(['We just want to know what happens next,', 'We will rebuild,']), speaker)
  b.add(` ${pronoun} added.`)
})

/**
 * Names in asides: a name someone goes by, in marks inside an aside set off after their name
 * (`Mateo Dlamini, the chair of the council, known locally as “the Lighthouse”, said the report
 * was accurate.`), is nobody's words, and the aside stays one: the cue after it is the name's,
 * not an inverted cue with the clause after it for a speaker, and the quote opening the next
 * sentence is theirs.
 */
const namesInAsides = castFamily('names-in-asides', 3, ({ b, person }, shape, rng) => {
  const nick = rng.pick(['the Lighthouse', 'the Professor', 'the General', 'the Wall'])
  const role = rng.pick(['the chair of the council', 'a curator', 'a retired nurse'])
  const what = rng.pick([
    'the report was accurate',
    'the figures were wrong',
    'the plan had failed',
  ])
  b.add(`${person.full}, ${role}, `)
  if (shape === 0) {
    b.add(`known ${rng.pick(['in the neighbourhood', 'to everyone', 'locally'])} as `)
    b.quote(nick, null)
    b.add(`, said ${what}. `)
  } else if (shape === 1) {
    b.add('nicknamed ')
    b.quote(nick, null)
    b.add(`, ${rng.pick(['said', 'told reporters'])} ${what}. `)
  } else {
    b.add('known as ')
    b.quote(`${nick},`, null)
    b.add(` said ${what}. `)
  }
  b.quote(rng.pick(['Nobody from the ministry has visited.', 'We warned them in March.']), {
    name: person.full,
  })
})

/**
 * Titles in roles: a title in marks inside a role set off after a name (`Aisha Salazar, host of
 * the radio programme “The Briefing Room”,`, `Akhil Amar, author of “The Unwritten Rules,”`) is
 * part of the role, so the role is the name's for a later `the host`, and a cue after the aside
 * is the name's.
 */
const titlesInRoles = castFamily('titles-in-roles', 2, ({ b, person }, shape, rng) => {
  const title = rng.pick(['The Briefing Room', 'Open Line', 'The Long Table', 'Sunday Matters'])
  if (shape === 0) {
    const guest = anotherPerson(rng, person)
    b.add(
      `${guest.full}, ${rng.pick(['a shopkeeper', 'a maize farmer', 'a landlord'])}, sat down with ${person.full}, host of the ${rng.pick(['radio program', 'weekly show', 'podcast'])} `,
    )
    b.quote(title, null)
    b.add(', for an interview.\n\n')
    b.quote(rng.pick(['How much water is left?', 'What are the banks telling you?']), {
      name: person.full,
    })
    b.add(` asked ${cap(person.surname)}. `)
    b.quote(rng.pick(['We lost two-thirds of the crop,', 'The reservoir is nearly empty,']), {
      name: guest.full,
    })
    b.add(` ${cap(guest.surname)} said.\n\n`)
    b.quote(rng.pick(['What should families do?', 'Who decides what is fair?']), {
      name: person.full,
    })
    b.add(` the host ${rng.pick(['asked', 'pressed', 'followed up'])}.`)
  } else {
    b.add(`As ${person.full}, ${rng.pick(['author', 'editor', 'co-author'])} of `)
    b.quote(`${title},`, null)
    b.add(' put it, ')
    b.quote(
      rng.pick(['A compromise today may be far better for them.', 'Nobody reads the fine print.']),
      {
        name: person.full,
      },
    )
  }
})

/**
 * Roles said of pronouns: `He is a crane operator.` opening a sentence about someone named
 * before gives them the role, as `Jane Doe is a crane operator.` does, for a later `the
 * operator` past someone else who spoke in between.
 */
const rolesSaidOfPronouns = castFamily(
  'roles-said-of-pronouns',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const [job, head] = rng.pick([
      ['a mathematics teacher', 'teacher'],
      ['a crane operator', 'operator'],
      ['a night-shift nurse', 'nurse'],
      ['a structural engineer', 'engineer'],
    ])
    const other = anotherPerson(rng, person)
    b.add(
      `${person.full} has become the public face of the fight over ${rng.pick(['the closures', 'the strike', 'the new rota'])}. ${cap(pronoun)} is ${job}.\n\n`,
    )
    if (shape === 0) {
      b.add(
        `${other.full}, a correspondent for the ${rng.pick(['Evening Courier', 'Valley Gazette'])}, asked about the next steps. `,
      )
      b.quote(rng.pick(['Why close schools that are full?', 'What would it take to end this?']), {
        name: other.full,
      })
      b.add(` ${cap(other.surname)} asked.\n\n`)
    } else {
      b.quote(rng.pick(['The numbers do not add up,', 'We will appeal,']), { name: other.full })
      b.add(
        ` said ${other.full}, a ${rng.pick(['council spokesperson', 'regional director'])}.\n\n`,
      )
    }
    b.quote(rng.pick(['Nobody from the ministry has visited,', 'We have waited long enough,']), {
      name: person.full,
    })
    b.add(` the ${head} ${rng.pick(['answered', 'said', 'replied'])}.`)
  },
)

/**
 * Names by nouns: a name in marks right after a noun for a name, with an article or an owner
 * (`earned the nickname “the Wall”`, `under the alias “Kestrel”`, `her pen name “…”`), is
 * nobody's words, even closing the sentence of a speaker's cue.
 */
const namesByNouns = castFamily('names-by-nouns', 3, ({ b, person, pronoun }, shape, rng) => {
  const owner = pronoun === 'she' ? 'her' : 'his'
  const name = rng.pick(['the Accountant', 'the Wall', 'the Night Mayor', 'Kestrel'])
  const noun = rng.pick(['nickname', 'moniker', 'alias'])
  b.quote(rng.pick(['Every delay costs the city money,', 'The market is broken,']), {
    name: person.full,
  })
  if (shape === 0) {
    b.add(
      ` said ${person.full}, a ${rng.pick(['hydrologist', 'street vendor', 'housing lawyer'])} who earned the ${noun} `,
    )
    b.quote(name, null)
    b.add(` for ${owner} ${rng.pick(['habit of reading budgets aloud', 'refusal to budge'])}.`)
  } else if (shape === 1) {
    b.add(
      ` ${person.full} said. ${cap(pronoun)} ${rng.pick(['writes', 'posts'])} under the ${noun} `,
    )
    b.quote(name, null)
    b.add('.')
  } else {
    b.add(` ${person.full} said. ${cap(owner)} ${noun} `)
    b.quote(name, null)
    b.add(` ${rng.pick(['stuck', 'came from a newspaper profile'])}.`)
  }
})

/**
 * Titles after colons: a colon after a noun for a title or a name (`carries a stark title:
 * “Missed Connections.”`, `Her nickname: “the Wall”.`) gives it, nobody's words, where a colon
 * after a clause about someone introduces their words.
 */
const titlesAfterColons = castFamily(
  'titles-after-colons',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const body = `the ${rng.pick(['Meridian Foundation', 'Delta Policy Institute', 'Lakeside Research Group'])}`
    if (shape === 0) {
      b.add(
        `A new ${rng.pick(['study', 'report'])} from ${body} carries a ${rng.pick(['stark', 'blunt', 'long'])} title: `,
      )
      b.quote(`${rng.pick(['Missed Connections', 'The Leaking City', 'Chalk and Debt'])}.`, null)
      b.add(`\n\n${person.full}, one of its authors, put it more plainly: `)
    } else {
      b.add(
        `${person.full} has run the night shelter for a decade. ${cap(pronoun === 'she' ? 'her' : 'his')} ${rng.pick(['nickname', 'alias'])}: `,
      )
      b.quote(rng.pick(['the Wall', 'the Night Mayor']), null)
      b.add('.\n\n')
    }
    b.quote(
      rng.pick(['Nobody should be surprised by these findings,', 'The data tell a clear story,']),
      {
        name: person.full,
      },
    )
    b.add(` ${pronoun} said.`)
  },
)

/**
 * Titles of papers: a title in capitals set off by commas after a noun for a paper (`Dmitri
 * Adeyemi’s report, “Empty Nets,” three times`, `the study, “Culture Counts,” was …`) renames
 * it, as one after a noun for a work does; a fragment after it stays the speaker's.
 */
const titlesOfPapers = castFamily('titles-of-papers', 2, ({ b, person, pronoun }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const paper = rng.pick(['report', 'study', 'review'])
  const title = rng.pick(['Empty Nets', 'The Price of a Ticket', 'Culture Counts', 'Last Catch'])
  if (shape === 0) {
    b.add(
      `${person.full}, a ${rng.pick(['violinist', 'marine biologist', 'shift supervisor'])}, says ${pronoun} has read ${other.full}’s ${paper}, `,
    )
    b.quote(`${title},`, null)
    b.add(' three times. ')
    b.quote(
      rng.pick([
        'Nobody from the ministry has been out with us,',
        'The cuts made every season a fight,',
      ]),
      {
        name: person.full,
      },
    )
    b.add(` ${pronoun} said.`)
  } else {
    b.add(
      `${person.full}, a ${rng.pick(['delivery rider', 'first-time voter'])}, spent the weekend with the new ${paper} by ${other.full}. On ${rng.pick(['Saturday', 'Monday'])}, ${pronoun} said the ${paper}, `,
    )
    b.quote(`${title},`, null)
    b.add(' was ')
    b.quote(`${rng.pick(['a wake-up call', 'deeply flawed', 'long overdue'])}.`, {
      name: person.full,
    })
  }
})

/**
 * Views from someone: `The view from a parish priest, who has lived here all his life: “…”`
 * opening a sentence gives the quote to whom the view is from (`the word from`, `the verdict
 * from`); and a participle right after `anyone` (`a message for anyone thinking of leaving:`)
 * modifies it, so the colon's quote stays the subject's.
 */
const viewsFromSomeone = castFamily(
  'views-from-someone',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    b.add(
      `The ${rng.pick(['river burst its banks', 'bridge was closed', 'plant shut'])} on ${rng.pick(['Monday', 'Friday'])}.\n\n`,
    )
    const line = rng.pick([
      'Retraining sounds fine until you ask where the jobs are.',
      'We will rebuild.',
    ])
    if (shape === 0) {
      const [phrase, head] = rng.pick([
        ['a parish priest', 'priest'],
        ['one baker', 'baker'],
        ['a shopkeeper on the square', 'shopkeeper'],
        ['the harbour master', 'master'],
      ])
      const aside = rng.pick([
        `, who said ${pronoun} had lived there all ${pronoun === 'she' ? 'her' : 'his'} life`,
        `, a ${pronoun === 'she' ? 'mother' : 'father'} of three`,
        '',
      ])
      b.add(`The ${rng.pick(['view', 'word', 'verdict'])} from ${phrase}${aside}: `)
      b.quote(line, { mention: phrase, head })
    } else {
      const other = anotherPerson(rng, person)
      b.add(
        `${person.full}, the landlord of the building, said later that repairs would take months.\n\n`,
      )
      b.quote('Several people were treated at the scene.', { name: other.full })
      b.add(` said ${other.full}, a paramedic.\n\n`)
      b.add(
        `The landlord had a message for ${rng.pick(['anyone', 'everyone', 'anybody'])} thinking of leaving: `,
      )
      b.quote(line, { name: person.full })
    }
  },
)

/**
 * Set-ups with asides: a sentence that only sets a quote up, opened by a phrase for someone the
 * text does not name, with words that run on from it and an aside set off after them (`An
 * electrician working on the lines, who declined to give her name, was less sure.`), or a
 * second phrase set off after it (`A parish priest in Novi Sad, a father of three, was less
 * sure.`), hands the quote after it to that phrase.
 */
const setUpsWithAsides = castFamily(
  'set-ups-with-asides',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const owner = pronoun === 'she' ? 'her' : 'his'
    b.quote(rng.pick(['Several people were treated at the scene,', 'We got everyone out,']), {
      name: person.full,
    })
    b.add(` said ${person.full}, a ${rng.pick(['paramedic', 'city councillor'])}.\n\n`)
    const [phrase, head, runOn] = rng.pick([
      ['an electrician', 'electrician', 'working on the lines'],
      ['a lawyer', 'lawyer', 'representing several residents'],
      ['a parish priest', 'priest', 'in the old town'],
      ['one nurse', 'nurse', 'at the district clinic'],
    ])
    const aside =
      shape === 0
        ? `who declined to give ${owner} name`
        : `a ${pronoun === 'she' ? 'mother' : 'father'} of ${rng.pick(['three', 'two'])}`
    b.add(
      `${cap(phrase)} ${runOn}, ${aside}, ${rng.pick(['was less sure', 'saw it differently', 'was not convinced'])}. `,
    )
    b.quote(
      rng.pick(['Nobody in charge has come to see this.', 'We are still trying to work it out.']),
      {
        mention: phrase,
        head,
      },
    )
  },
)

/**
 * Names given by participles: a name in capitals after `called` or `named` right after a
 * noun, with an auxiliary after it (`A public information campaign called “Ready for Winter”
 * had urged people to stock up`), was given by a participle, whatever the noun names; nobody
 * said it.
 */
const namesByParticiples = castFamily('names-by-participles', 1, ({ b, person }, _shape, rng) => {
  b.quote(rng.pick(['Crews are working around the clock,', 'Several roads are still closed,']), {
    name: person.full,
  })
  b.add(` ${person.full} said.\n\n`)
  b.add(
    `${cap(rng.pick(['a public information campaign', 'a 2021 safety campaign', 'a volunteer group', 'a local trawler']))} ${rng.pick(['called', 'named'])} `,
  )
  b.quote(rng.pick(['Ready for Winter', 'Safe at Home', 'Northern Star']), null)
  b.add(
    ` ${rng.pick(['had urged people to stock up', 'has spent months on the coast', 'had been warned twice'])}.`,
  )
})

/**
 * Roles held by verbs: the verb after the asides set off after a name opening a sentence names
 * a role (`Priya Horvat, 51, a former accountant, testified on Monday in the trial of …, who is
 * accused of …` for a later `the witness`; `Ana Roe chairs the zoning board` for `the chair`),
 * whoever a later clause of the sentence makes its subject.
 */
const rolesHeldByVerbs = castFamily('roles-held-by-verbs', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const asker = anotherPerson(rng, other)
  if (shape === 0) {
    b.add(
      `${person.full}, ${rng.int(40) + 25}, a ${rng.pick(['former accountant at the firm', 'delivery driver', 'night security guard'])}, testified on ${rng.pick(['Monday', 'Thursday'])} in the trial of ${other.full}, who is accused of ${rng.pick(['fraud', 'bribing a customs officer'])}.\n\n`,
    )
  } else {
    b.add(
      `${person.full} chairs the ${rng.pick(['zoning board', 'parents’ council', 'water committee'])}, which meets on ${rng.pick(['Mondays', 'Fridays'])}.\n\n`,
    )
  }
  b.quote(rng.pick(['Who told you to move the money?', 'Where were you that night?']), {
    name: asker.full,
  })
  b.add(` ${asker.full} asked. `)
  b.quote(rng.pick(['My manager did,', 'At home, with my family,']), { name: person.full })
  b.add(` the ${shape === 0 ? 'witness' : 'chair'} ${rng.pick(['answered', 'said'])}.`)
})

/**
 * Fronted names: a phrase that opens a sentence may end in someone's name (`After a meeting with
 * Tom Roe,`, `In a speech in Velmora,`); the phrase after its comma is the subject of the clause
 * it opens, not an aside about the name (`…, the 46-year-old said`, `…, the Norwegian told
 * reporters`), and stands for whoever the text gave that age or people's word.
 */
const frontedNames = castFamily('fronted-names', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const age = rng.int(40) + 30
  const people = rng.pick(['Norwegian', 'Chilean', 'Kenyan', 'Portuguese'])
  if (shape === 0) {
    b.add(
      `${person.full}, ${age}, ${rng.pick(['has led the delegation since March', 'took over the ministry last year', 'is seen as a likely successor'])}.\n\n`,
    )
  } else {
    b.add(
      `${people} ${rng.pick(['negotiator', 'envoy', 'coach'])} ${person.full} ${rng.pick(['arrived on Monday', 'met the committee on Friday', 'spent the morning in talks'])}.\n\n`,
    )
  }
  const fronted = rng.pick([
    `After a meeting with ${other.full}`,
    `Speaking beside ${other.full}`,
    `In a letter to ${other.full}`,
    `In a speech in ${rng.pick(['Velmora', 'Ostrakov', 'Port Elvin'])}`,
  ])
  const who = shape === 0 ? `the ${age}-year-old` : `the ${people}`
  b.add(
    `${fronted}, ${who} ${rng.pick(['said', 'told reporters', 'said on Tuesday'])}${rng.pick([':', ','])} `,
  )
  b.quote(
    rng.pick([
      'The deal is closer than it looks.',
      'We will not sign this week.',
      'Nobody here wants a delay.',
    ]),
    { name: person.full },
  )
})

/**
 * Roles with participles: a role set off after a name may go on with a past participle and its
 * preposition (`Ayesha Iyer, an economist educated in Paris,`, `a surveyor trained at the
 * institute`); the role is still the name's, for a later `the economist`, and no one new.
 */
const rolesWithParticiples = castFamily(
  'roles-with-participles',
  2,
  ({ b, person }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const role = rng.pick(['economist', 'surveyor', 'chemist', 'geologist', 'architect'])
    const otherRole = rng.pick(['a former diplomat', 'a retired judge', 'a television presenter'])
    const participle = rng.pick([
      'educated in Paris',
      'trained at the national institute',
      'born in a mining town',
      'raised on the coast',
      'employed by the regional council',
    ])
    b.add(
      `${person.full}, ${/^[aeiou]/u.test(role) ? 'an' : 'a'} ${role} ${participle}, ${rng.pick(['took over the committee on Sunday', 'won the vote on Friday', 'was named to the panel this week'])}${shape === 0 ? '' : `, defeating ${other.full}, ${otherRole}`}.\n\n`,
    )
    if (shape === 0)
      b.add(
        `${other.full}, ${otherRole}, ${rng.pick(['was not present', 'declined to comment'])}.\n\n`,
      )
    b.quote(
      rng.pick([
        'The figures do not lie,',
        'We start work in the spring,',
        'Nothing will change overnight,',
      ]),
      { name: person.full },
    )
    b.add(` the ${role} ${rng.pick(['said', 'told reporters', 'said on Monday'])}.`)
  },
)

/**
 * Roles ending in a cue's form: the noun that ends the phrase of a role may be a word that is
 * also a cue (`special envoy to the peace talks`, `coordinator of the flood appeal`), before or
 * after the name; the role is still the name's, and a later
 * `the envoy` finds them.
 */
const rolesEndingInCues = castFamily('roles-ending-in-cues', 2, ({ b, person }, shape, rng) => {
  const [head, complement] = rng.pick([
    ['envoy', 'to the peace talks'],
    ['negotiator', 'at the trade talks'],
    ['coordinator', 'of the flood appeal'],
    ['delegate', 'to the climate talks'],
    ['organizer', 'of the winter appeal'],
  ] as const)
  const owner = rng.pick(['Norland’s', 'the union’s', 'the council’s'])
  const other = anotherPerson(rng, person)
  if (shape === 0) {
    b.add(
      `${cap(owner)} ${head} ${complement}, ${person.full}, ${rng.pick(['sounded a note of caution', 'arrived late on Monday', 'declined to give details'])}.\n\n`,
    )
  } else {
    b.add(
      `${person.full}, ${owner} ${head} ${complement}, ${rng.pick(['rejected the offer on Friday', 'met the delegation this week', 'spoke after the vote'])}.\n\n`,
    )
  }
  b.add(
    `${other.full}, ${rng.pick(['a retired judge', 'a local farmer'])}, ${rng.pick(['was not present', 'watched from the gallery'])}.\n\n`,
  )
  b.quote(
    rng.pick(['We are ready to talk,', 'Nothing has been agreed yet,', 'The money is there,']),
    {
      name: person.full,
    },
  )
  b.add(` the ${head} ${rng.pick(['said', 'told reporters', 'said on Tuesday'])}.`)
})

/**
 * Objects of reporting verbs: a pronoun a verb takes as its object after its sentence's subject
 * (`Jane Welle reported that Ana Roe had resigned, quoting her as saying:`) is someone else of
 * the sentence, even when the subject shares the pronoun's gender.
 */
const objectsOfReporters = castFamily('objects-of-reporters', 2, ({ b, person }, shape, rng) => {
  const reporter = rng.pick(
    genderShown.filter(
      (one) =>
        one.gender === person.gender && one.surname !== person.surname && !one.full.endsWith('.'),
    ),
  )
  const object = person.gender === 'female' ? 'her' : 'him'
  const done = rng.pick(['had resigned', 'had cancelled a trip abroad', 'had met the rebels'])
  const reported = rng.pick(['reported', 'wrote', 'said on Sunday'])
  if (shape === 0) {
    b.add(
      `${reporter.full} ${reported} that ${person.full} ${done}, quoting ${object} as saying${rng.pick([':', ''])} `,
    )
  } else {
    b.add(
      `${reporter.full} ${reported} that ${person.full} ${done}. ${reporter.surname} quoted ${object} as saying${rng.pick([':', ''])} `,
    )
  }
  b.quote(rng.pick(['We have done everything that was asked of us.', 'Nobody forced my hand.']), {
    name: person.full,
  })
})

/**
 * Messages to someone set off: whom someone's words were for may have a role set off after their
 * name (`Her message to Tom Roe, a marine scientist, was blunt:`, `Lund’s advice to Ana Diaz,
 * the fire chief, was simple:`); the words are still the owner's.
 */
const messagesToSomeone = castFamily(
  'messages-to-someone',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const other = anotherPerson(rng, person)
    b.add(
      `${person.full}, ${rng.pick(['a trawler skipper for 20 years', 'a hydrologist at the university', 'the head of the tenants’ association'])}, said ${rng.pick(['the plants had cut shifts', 'the river had risen fast', 'nobody had visited the street'])}.\n\n`,
    )
    const owner = shape === 0 ? (pronoun === 'she' ? 'Her' : 'His') : `${person.surname}’s`
    b.add(
      `${owner} ${rng.pick(['message', 'advice', 'answer', 'warning'])} to ${other.full}, ${rng.pick(['a marine scientist', 'the regional fire chief', 'the company’s chief executive', 'a freshman lawmaker from Duluth'])}, was ${rng.pick(['blunt', 'simple', 'short'])}: `,
    )
    b.quote(
      rng.pick([
        'The data we were shown is old.',
        'People are exhausted.',
        'Fix the embankment first.',
      ]),
      {
        name: person.full,
      },
    )
  },
)

/**
 * Places by their last word: a name that ends in a feature of the land or water (`the Tenne
 * River`, `Lake Orla`, `the Varde Glacier`) is a place, never the body a later `the company`
 * stands for.
 */
const placesNotBodies = castFamily('places-not-bodies', 2, ({ b }, shape, rng) => {
  const [body, head] = rng.pick([
    ['Kivu Mining', 'company'],
    ['Orinoco Textiles', 'firm'],
    ['Saltmarsh Chemicals', 'company'],
    ['Halden Paper Group', 'group'],
  ] as const)
  const place = rng.pick([
    'the Tenne River',
    'the Orla Reservoir',
    'the Varde Glacier',
    'the Kessel Forest',
    'the Maren Sea',
    'the Ostrava Delta',
  ])
  b.add(
    shape === 0
      ? `${body} was fined on ${rng.pick(['Tuesday', 'Friday'])} for polluting ${place}.\n\n`
      : `${body} ${rng.pick(['will expand its plant beside', 'has drawn water from'])} ${place} ${rng.pick(['since 2019', 'for a decade'])}.\n\n`,
  )
  b.quote(rng.pick(['We accept the decision,', 'Water quality has returned to normal,']), {
    name: body,
  })
  b.add(` the ${head} ${rng.pick(['said', 'said in a statement', 'added'])}.`)
})

/**
 * Responses of described owners: a definite phrase for someone or a body may own the words a
 * colon or a copula hands over (`The ministry’s response was brief: “…”`, `The mayor’s reply:`),
 * as a name or a pronoun does; the words are whoever the phrase stands for.
 */
const responsesOfDescribed = castFamily(
  'responses-of-described',
  2,
  ({ b, person }, shape, rng) => {
    let speaker: { name: string }
    let phrase: string
    if (shape === 0) {
      const [body, head] = rng.pick([
        ['Ministry of Energy', 'ministry'],
        ['Orinoco Textiles', 'company'],
        ['Civic Democratic Movement', 'party'],
        ['Red Lantern Relief', 'charity'],
      ] as const)
      b.add(
        `The ${body} ${rng.pick(['raised prices on Saturday', 'announced cuts on Monday', 'was criticised this week'])}.\n\n`,
      )
      speaker = { name: body }
      phrase = `The ${head}’s`
    } else {
      const title = rng.pick(['Mayor', 'Governor', 'Judge'])
      b.add(
        `${title} ${person.full} ${rng.pick(['raised fees on Saturday', 'was criticised this week', 'took questions on Monday'])}.\n\n`,
      )
      speaker = { name: person.full }
      phrase = `The ${title.toLowerCase()}’s`
    }
    b.add(
      `${phrase} ${rng.pick(['response', 'reply', 'answer'])}${rng.pick([' was brief', ' was blunt', ''])}: `,
    )
    b.quote(
      rng.pick(['Supplies are sufficient for three months.', 'We will not change course.']),
      speaker,
    )
  },
)

/**
 * State tags: a tag beside a name gives the U.S. state a lawmaker is from (`Marco Rubio (Fla.)`,
 * `Sen. Tom Roe (R-Ky.)`, `Jane Doe, D-N.Y.,`, `R-TX`), so that a later `the Florida senator`
 * tells them from another senator with a state of their own.
 */
const stateTags = castFamily('state-tags', 3, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const states = [
    ['Fla.', 'FL', 'Florida'],
    ['Ky.', 'KY', 'Kentucky'],
    ['N.Y.', 'NY', 'New York'],
    ['Texas', 'TX', 'Texas'],
    ['Ohio', 'OH', 'Ohio'],
    ['Calif.', 'CA', 'California'],
  ] as const
  const mine = rng.pick(states)
  const theirs = rng.pick(states.filter((state) => state !== mine))
  const party = rng.pick(['R', 'D'])
  const tag = (state: (typeof states)[number]) =>
    shape === 0
      ? `(${state[0]})`
      : shape === 1
        ? `(${party}-${state[0]})`
        : `(${party}-${state[1]})`
  const [first, second] = rng.int(2) === 0 ? [person, other] : [other, person]
  const [firstTag, secondTag] =
    first === person ? [tag(mine), tag(theirs)] : [tag(theirs), tag(mine)]
  b.add(
    `Sens. ${first.full} ${firstTag} and ${second.full} ${secondTag} ${rng.pick(['clashed over the budget on Tuesday', 'debated tax credits at the hearing', 'traded barbs on the Senate floor'])}.\n\n`,
  )
  b.quote(rng.pick(['This bill spends money we do not have,', 'Families need the credit now,']), {
    name: person.full,
  })
  b.add(
    ` the ${mine[2]} ${rng.pick(['senator', 'lawmaker'])} ${rng.pick(['said', 'told reporters'])}.`,
  )
})

/**
 * Perceived speakers: the one a verb of perceiving or remembering takes as its object says the
 * words its participle gives (`Tom Roe heard the coach saying “…”`, `She still remembers an old
 * neighbour telling the crowd “…”`), whatever the phrase for them; not the verb's subject.
 */
const perceivedSpeakers = castFamily(
  'perceived-speakers',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const [phrase, head] = rng.pick([
      ['the coach', 'coach'],
      ['a steward', 'steward'],
      ['the referee', 'referee'],
      ['an old neighbour', 'neighbour'],
    ] as const)
    const verb = rng.pick(['heard', 'still hears', 'remembers', 'recalled', 'saw'])
    const participle = rng.pick(['saying', 'shouting', 'telling the crowd'])
    const words = rng.pick([
      'play the ball, not the man.',
      'keep your heads up.',
      'nobody leaves early.',
    ])
    if (shape === 0) b.add(`${person.full} ${verb} ${phrase} ${participle} `)
    else {
      b.add(
        `${person.full} ${rng.pick(['grew up near the old ground', 'has coached the juniors for a decade'])}. `,
      )
      b.add(`${cap(pronoun)} ${verb} ${phrase} ${participle}${rng.pick([',', ':', ''])} `)
    }
    b.quote(words, { mention: phrase, head })
  },
)

/**
 * Owned roles: `the fisherman’s daughter` is the one the text called `the daughter of a
 * fisherman`, and `the owners’ representative` the one it called `a representative of the
 * building’s owners`: a role a common noun owns finds the person given that role of that noun.
 */
const ownedRoles = castFamily('owned-roles', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const [ofPhrase, owned] = rng.pick([
    ['the daughter of a fisherman', 'fisherman’s daughter'],
    ['the son of a miner', 'miner’s son'],
    ['a representative of the building’s owners', 'owners’ representative'],
    ['the widow of a sailor', 'sailor’s widow'],
  ] as const)
  b.add(
    `${person.full}, ${ofPhrase}, ${rng.pick(['was elected on Friday', 'spoke at the hearing on Tuesday', 'took over the committee this week'])}${shape === 0 ? `, defeating ${other.full}, a former diplomat` : ''}.\n\n`,
  )
  if (shape === 1)
    b.add(`${other.full}, ${rng.pick(['a retired judge', 'a local farmer'])}, did not attend.\n\n`)
  b.quote(
    rng.pick([
      'The ships are ready,',
      'Cracks like that do not appear overnight,',
      'We will keep going,',
    ]),
    {
      name: person.full,
    },
  )
  b.add(` the ${owned} ${rng.pick(['said', 'told reporters', 'said on Monday'])}.`)
})

/**
 * Headlines of stance: a headline that opens with a quote may join it to a name with a colon or
 * a dash and then say how they stand, dropping `is` (`‘We will not retreat’: Gunawardena
 * defiant as talks resume`), or end at the name (`‘We will not retreat’ — Gunawardena`).
 */
const stanceHeadlines = castFamily('stance-headlines', 3, ({ b, person }, shape, rng) => {
  const joint = rng.pick([':', ' —'])
  const tail =
    shape === 0
      ? ` ${rng.pick(['defiant', 'upbeat', 'unrepentant', 'confident'])} as ${rng.pick(['talks resume', 'rebels advance', 'deadline looms'])}`
      : shape === 1
        ? ` ${rng.pick(['vows to fight on', 'rejects calls to quit'])}`
        : ''
  b.quote(
    rng.pick(['We will not retreat', 'Our patience has limits', 'This is not over']),
    {
      name: person.full,
    },
    true,
  )
  // (Ending at a surname that opens in lower case, `de la Fuente`, is not read yet: the full
  // name there.)
  const name = shape === 2 && /^\p{Ll}/u.test(person.surname) ? person.full : person.surname
  b.add(`${joint} ${name}${tail}\n\n`)
  b.add(
    `${rng.pick(['Defence Minister', 'Mayor', 'Party leader'])} ${person.full} ${rng.pick(['rejected calls for early elections on Thursday', 'met union leaders on Monday'])}.`,
  )
})

/**
 * Owners in the plural: a role a plural common noun owns, written with a bare mark (`the
 * tenants’ leader`, `the processors’ leader`), finds the one whose role was said of that noun
 * (`Yusuf Haddad, the head of the tenants’ association,`), `leader` standing for `head`.
 */
const ownersInPlural = castFamily('owners-in-plural', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const [group, mark] = rng.pick([
    ['tenants', rng.pick(['’', "'"])],
    ['fish processors', '’'],
    ['growers', '’'],
    ['taxi drivers', '’'],
  ] as const)
  const owner = group.split(' ').at(-1) as string
  b.add(
    `${person.full}, the head of the ${group}${mark} association, ${rng.pick(['said members had not been consulted', 'spoke at the hearing on Tuesday'])}.\n\n`,
  )
  if (shape === 1)
    b.add(
      `${other.full}, ${rng.pick(['a structural engineer', 'a ministry economist'])}, left early.\n\n`,
    )
  b.quote(rng.pick(['Most of us cannot afford anything else,', 'Nobody asked us,']), {
    name: person.full,
  })
  b.add(` the ${owner}${mark} leader ${rng.pick(['said', 'added', 'told reporters'])}.`)
})

/**
 * Posts held without an article: a noun for someone with no article before where the post is
 * held, set off after a name (`Ines Roe, registrar of Kestrel University,`), in a relative
 * clause (`who has been dean of the law faculty for 15 years`) or after a copula (`has been
 * curator of the city museum since 2012`), is the name's role, for a later `the registrar`,
 * past someone else with another role.
 */
const barePosts = castFamily('bare-posts', 3, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const post = rng.pick(['registrar', 'dean', 'curator', 'treasurer', 'librarian', 'warden'])
  const place = rng.pick([
    'Kestrel University',
    'the law faculty at Ridgeway College',
    'the Harbour Museum',
    'St Aldric’s College',
  ])
  const years = rng.int(20) + 4
  if (shape === 0)
    b.add(
      `${person.full}, ${post} of ${place}, ${rng.pick(['addressed staff on Thursday', 'said the decision had been taken in March'])}.\n\n`,
    )
  else if (shape === 1)
    b.add(
      `${person.full}, ${rng.int(30) + 35}, who has been ${post} of ${place} for ${years} years, ${rng.pick(['was in the hall', 'chaired the meeting'])}.\n\n`,
    )
  else
    b.add(
      `${person.full} has been ${post} of ${place} since ${2026 - years}. The dispute has rumbled on.\n\n`,
    )
  b.quote(rng.pick(['This is about the future of the place,', 'Nobody was consulted,']), {
    name: other.full,
  })
  b.add(
    ` said ${other.full}, ${rng.pick(['a local councillor', 'a retired engineer', 'a parent of three'])}.\n\n`,
  )
  b.quote(rng.pick(['We will review the findings carefully,', 'Our members deserve better,']), {
    name: person.full,
  })
  b.add(` the ${post} ${rng.pick(['said', 'replied', 'added'])}.`)
})

/**
 * Bodies by their trade and standing: a noun for a trade is the one body whose name says the
 * trade, past a body in sight whose name does not (`Tidewater Foods agreed to buy Norrland
 * Energy … the utility said`); a word for a body's standing is no part of its name (`The
 * Reserve Bank of Tamaru … the central bank said`); and a firm a trade names is no regulator
 * (`Silvercrest Steel … a fine imposed by the Capital Markets Council … The regulator said`).
 */
const bodiesByTrade = castFamily('bodies-by-trade', 3, ({ b }, shape, rng) => {
  const stem = () => rng.pick(['Tidewater', 'Norrland', 'Kestrel', 'Halcyon', 'Lumora', 'Baobab'])
  const first = stem()
  let second = stem()
  while (second === first) second = stem()
  if (shape === 0) {
    const [buyer, buyerNoun] = rng.pick([
      ['Foods', 'food group'],
      ['Logistics', 'logistics group'],
      ['Retail', 'retailer'],
    ] as const)
    const [target, targetNoun] = rng.pick([
      ['Energy', 'utility'],
      ['Bank', 'lender'],
      ['Insurance', 'insurer'],
      ['Motors', 'carmaker'],
      ['Steel', 'steelmaker'],
    ] as const)
    b.add(
      `${first} ${buyer} agreed to buy ${second} ${target} for $${rng.int(8) + 2}.${rng.int(9)} billion, ending months of talks.\n\n`,
    )
    b.quote(
      rng.pick([
        'This deal accelerates our strategy,',
        'Together we will have the scale to compete,',
      ]),
      {
        name: `${first} ${buyer}`,
      },
    )
    b.add(` the ${buyerNoun} said.\n\n`)
    b.quote(
      rng.pick([
        'The board believes the offer is fair,',
        'Our staff will be part of a stronger group,',
      ]),
      {
        name: `${second} ${target}`,
      },
    )
    b.add(` the ${targetNoun} said in a separate statement.`)
  } else if (shape === 1) {
    const bank = rng.pick([
      `Reserve Bank of ${first}`,
      `Bank of ${first}`,
      `Monetary Authority of ${first}`,
    ])
    b.add(
      `The ${bank} left its main interest rate unchanged ${rng.pick(['on Tuesday', 'for a third meeting'])}.\n\n`,
    )
    b.add(`The central bank said price pressures were `)
    b.quote(rng.pick(['easing only gradually', 'still broad-based']), { name: bank })
    b.add(' and that it would watch wage data closely.')
  } else {
    const firm = `${first} ${rng.pick(['Steel', 'Chemicals', 'Mining', 'Packaging'])}`
    const regulator = rng.pick([
      'Capital Markets Council',
      'Securities Commission',
      'Banking Supervisor',
    ])
    b.add(
      `${firm} said on ${rng.pick(['Monday', 'Thursday'])} it would appeal a fine imposed by the ${second} ${regulator}.\n\n`,
    )
    b.quote(
      rng.pick(['The decision was not taken lightly,', 'We will defend ourselves vigorously,']),
      {
        name: firm,
      },
    )
    b.add(' the company said.\n\n')
    b.add(`The ${rng.pick(['regulator', 'watchdog'])} said the penalty reflected `)
    b.quote(rng.pick(['repeated failures', 'years of poor controls']), {
      name: `${second} ${regulator}`,
    })
    b.add('.')
  }
})

/**
 * Long relative clauses after an opening name: `X, who has taught there for 18 years and whose
 * own children studied there before Y took over as head, said: “…”` is X's, however long the
 * clause set off after the name runs and whoever it names as a subject of its own.
 */
const longRelatives = castFamily('long-relatives', 3, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const years = rng.int(25) + 5
  const place = rng.pick([
    'Harbour View High School',
    'the Coastal Ferry Company',
    'Kestrel Hospital',
  ])
  const clause =
    shape === 0
      ? `who has worked at ${place} for ${years} years and whose own children ${rng.pick(['studied', 'trained'])} there before ${other.full} took over as head`
      : shape === 1
        ? `who first met ${other.full} at ${place} in the years when ${other.full} was still running the night shift there`
        : `whose father spent ${years} years at ${place} before ${other.full} closed the site and moved the work abroad`
  b.add(`${person.full}, ${clause}, ${rng.pick(['said:', 'told reporters:', 'said on Tuesday:'])} `)
  b.quote(
    rng.pick([
      'Nobody was consulted before the decision was made.',
      'We followed the guidance to the letter.',
    ]),
    {
      name: person.full,
    },
  )
})

/**
 * Words put out before they are quoted: a sentence in which someone publishes, sends or posts
 * a letter or a statement, or addresses an audience, however long it runs after the noun or
 * the audience (`Magnus Roe, managing partner of Yarrow Point, published an open letter to
 * Baobab Airways’ chair, Fatima Khoury, on Wednesday.`), reports the quotes of the paragraphs
 * after it, with no cue of their own.
 */
const wordsPutOut = castFamily('words-put-out', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const firm = rng.pick(['Baobab Airways', 'Cascara Mining', 'Talvik Steel'])
  if (shape === 0)
    b.add(
      `${person.full}, managing partner of ${rng.pick(['Yarrow Point Investors', 'Sandoval Partners'])}, ${rng.pick(['published', 'sent', 'posted'])} an open ${rng.pick(['letter', 'memo'])} to ${firm}’s chair, ${other.full}, on ${rng.pick(['Wednesday', 'Friday'])}.\n\n`,
    )
  else
    b.add(
      `${person.full}, chair of ${firm}, addressed ${rng.pick(['shareholders', 'the crowd', 'staff'])} at the annual meeting in ${rng.pick(['São Paulo', 'Lagos', 'Oslo'])} on ${rng.pick(['Thursday', 'Monday'])}.\n\n`,
    )
  const first = rng.pick([
    'We have been patient, but patience has limits.',
    'The integration is running ahead of schedule.',
  ])
  const second = rng.pick(['The offer undervalues the business.', 'There is more to come.'])
  // A mark left open at the paragraph's end: the quote runs on to the next paragraph.
  b.add(`“${first}\n\n“${second}”`)
  b.expected.push({ quote: first, speaker: { name: person.full } })
  b.expected.push({ quote: second, speaker: { name: person.full } })
  if (shape === 0)
    b.add(`\n\n${other.full.split(' ').at(-1)} did not respond to a request for comment.`)
})

/**
 * Generations: a generational suffix makes another person (`Baraka Nkosi Jr.` is not `Baraka
 * Nkosi Sr.`, nor `Charles Elliott III` his father `Charles Elliott Jr.`), and `the younger
 * Nkosi`, `the elder Nkosi` are the one of the latest generation and the one of the first.
 */
const generationsFamily = castFamily('generations', 2, ({ b, person, pronoun }, shape, rng) => {
  const [elderSuffix, youngerSuffix] = shape === 0 ? ['Sr.', 'Jr.'] : ['Jr.', 'III']
  const elder = `${person.full} ${elderSuffix}`
  const younger = `${person.full} ${youngerSuffix}`
  const surname = person.full.split(' ').at(-1) as string
  b.add(
    `${elder} ${rng.pick(['started the family business in 1972', 'opened the bakery in 1980'])}. ${pronoun === 'she' ? 'Her daughter' : 'His son'}, ${younger}, has run it since ${rng.pick(['2011', '2016'])}.\n\n`,
  )
  const youngerFirst = rng.int(2) === 0
  const say = (who: 'younger' | 'elder') => {
    const words =
      who === 'younger'
        ? ['Where are we supposed to go?', 'We were never asked,']
        : ['We will take this to the courts,', 'I built this place,']
    b.quote(rng.pick(words), { name: who === 'younger' ? younger : elder })
    b.add(
      ` said the ${who} ${surname}, ${who === 'younger' ? rng.int(20) + 30 : rng.int(15) + 70}.`,
    )
  }
  say(youngerFirst ? 'younger' : 'elder')
  b.add('\n\n')
  say(youngerFirst ? 'elder' : 'younger')
})

/**
 * Parts of papers: a line, a passage or a sentence of a letter, a memo or a statement speaks as
 * the paper does, for its owner (`One line in Yamada’s letter stood out:`, `A passage of her
 * memo read:`) or for whoever put it out (`One sentence of the statement was blunt:` after the
 * body's statement); the part itself is no one.
 */
const partsOfPapers = castFamily('parts-of-papers', 3, ({ b, person, pronoun }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const surname = person.surname
  const paper = rng.pick(['letter', 'memo'])
  const part = rng.pick(['One line', 'A passage', 'One sentence', 'A line'])
  const verb = rng.pick(['stood out:', 'was blunt:', 'read:'])
  const words = rng.pick([
    'The cracks were found during a routine inspection.',
    'Funding for the arts is not a luxury.',
  ])
  if (shape === 2) {
    const body = rng.pick(['Ministry of Water', 'Harbour Trust', 'Coastal Rail Authority'])
    b.add(
      `The ${body} issued a statement on ${rng.pick(['Monday', 'Friday'])} after ${other.full} resigned.\n\n`,
    )
    b.add(`${part} of the statement ${verb} `)
    b.quote(words, { name: body })
    return
  }
  b.add(
    `${person.full}, ${rng.pick(['a commuter who works at the harbour', 'the hospital’s chief executive', 'a bookseller'])}, wrote to ${other.full} last month.\n\n`,
  )
  const owner = shape === 0 ? `${surname}’s` : pronoun === 'she' ? 'her' : 'his'
  b.add(`${part} ${rng.pick(['in', 'of'])} ${owner} ${paper} ${verb} `)
  b.quote(words, { name: person.full })
})

/**
 * Counted cue words: a cue's plural after a count is a noun (`who has served six terms`, `who
 * made several calls to the ministry`, `who wrote 40 reports`), so the role set off with it is
 * still the name's, for a later `the veteran lawmaker`.
 */
const countedCueWords = castFamily('counted-cue-words', 1, ({ b, person }, _shape, rng) => {
  const other = anotherPerson(rng, person)
  const role = rng.pick(['veteran lawmaker', 'lawmaker', 'senior official', 'official'])
  const clause = rng.pick([
    `who has served ${rng.pick(['six', 'three', '4'])} terms`,
    `who made ${rng.pick(['several', 'dozens of', 'two'])} calls to the ministry`,
    `who has written ${rng.pick(['40', 'many', 'twelve'])} reports on the port`,
  ])
  b.add(
    `${person.full}, ${article(role)} ${role} ${clause}, ${rng.pick(['spoke to residents on Monday', 'visited the site'])}.\n\n`,
  )
  b.quote(rng.pick(['I will not talk about the referee,', 'We lost everything,']), {
    name: other.full,
  })
  b.add(` said ${other.full}, ${rng.pick(['a retired bus driver', 'a student'])}.\n\n`)
  b.quote(rng.pick(['The warnings came far too late,', 'Nobody listened to us,']), {
    name: person.full,
  })
  b.add(` the ${role} said.`)
})

/**
 * Honorifics and patronymics: Burmese honorifics (`U Kyaw Zin Htet`, `Daw Nilar Win`), styles
 * and titles of several words (`the Most Rev.`, `Mother Superior`) are no part of the name; and
 * a headline that names someone by the given names before a patronymic (`Nur Aisyah on mine
 * collapse: ‘…’`) names the one the body calls `Nur Aisyah binti Rahman`.
 */
const honorificsAndPatronymics = castFamily(
  'honorifics-and-patronymics',
  3,
  ({ b }, shape, rng) => {
    if (shape === 0) {
      const [honorific, name, pronoun] = rng.pick([
        ['U', 'Kyaw Zin Htet', 'he'],
        ['U', 'Zaw Min Oo', 'he'],
        ['Daw', 'Nilar Win', 'she'],
        ['Daw', 'Khin Myat Thu', 'she'],
      ] as const)
      b.add(
        `${honorific} ${name}, ${rng.pick(['a tailor who has lived in the settlement for 25 years', 'a primary teacher'])}, ${rng.pick(['said the fire may have been started deliberately', 'spoke at the meeting'])}.\n\n`,
      )
      b.quote(rng.pick(['We had ten minutes to get out,', 'Nobody warned us,']), { name })
      b.add(rng.pick([` ${pronoun} said.`, ` ${name} said.`]))
    } else if (shape === 1) {
      const [style, name] = rng.pick([
        ['the Most Rev.', 'Miroslav Bondarenko'],
        ['Mother Superior', 'Layla Farouk'],
        ['the Most Reverend', 'Anselm Kirui'],
      ] as const)
      b.quote(
        rng.pick([
          'The big trawlers are the problem, not us,',
          'We have increased funding every year,',
        ]),
        { name },
      )
      b.add(
        ` said ${style} ${name}, ${rng.pick(['head of the convent', 'archbishop of the province'])}, in an address on ${rng.pick(['Monday', 'Friday'])}.`,
      )
    } else {
      const [given, full] = rng.pick([
        ['Nur Aisyah', 'Nur Aisyah binti Rahman'],
        ['Siti Hajar', 'Siti Hajar binti Osman'],
        ['Ahmad Faiz', 'Ahmad Faiz bin Ismail'],
      ] as const)
      const words = rng.pick([
        'We had ten minutes to get out',
        'The inspectors flagged this tunnel last year',
      ])
      b.add(`${given} on ${rng.pick(['mine collapse', 'the fire'])}: `)
      b.quote(words, { name: full }, true)
      b.add(
        `\n\n${full}, ${rng.pick(['a shift supervisor at the mine', 'a farmer who lost two barns'])}, spoke to reporters on Friday.\n\n`,
      )
      b.quote(`${words},`, { name: full })
      b.add(` ${given} said.`)
    }
  },
)

/**
 * Firms whose names hold a title word: a title word before a firm's trade is part of the
 * firm's name (`Elif Demir of Mistral Activist Partners`, `of Harbour Pilot Logistics`), not a
 * title before a name `Partners`; the person named before `of` speaks.
 */
const firmsWithTitleWords = castFamily('firms-with-title-words', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const firm = `${rng.pick(['Mistral', 'Kanazawa', 'Halden'])} ${rng.pick(['Activist', 'Pilot', 'Governor', 'Captain'])} ${rng.pick(['Partners', 'Capital', 'Logistics', 'Holdings'])}`
  if (shape === 0) {
    b.add(
      `${other.full} of Kanazawa Advisors and ${person.full} of ${firm} disagreed about the deal.\n\n`,
    )
  } else {
    b.add(`${person.full} of ${firm} spoke to reporters on ${rng.pick(['Monday', 'Friday'])}.\n\n`)
  }
  b.quote(
    rng.pick([
      'Investors are paying for growth that has not shown up yet,',
      'Margins are the whole story here,',
    ]),
    {
      name: person.full,
    },
  )
  b.add(` said ${person.surname}.`)
})

/**
 * Titles named by a copula: a quote in title case that is the subject of `is`, `was`,
 * `remains` or `became` and a noun for a work or a paper (`“Futures on Hold” is the third
 * report on the subject`, `“A Fair Start” was her first novel`) is a title, no one's words,
 * right after someone's quote.
 */
const titlesByCopula = castFamily('titles-by-copula', 1, ({ b, person }, _shape, rng) => {
  b.add(
    `${person.full}, ${rng.pick(['deputy head at Northgate Academy', 'a researcher at the institute'])}, said: `,
  )
  b.quote(
    rng.pick([
      'We have asked the police to look into the matter.',
      'The children have been through enough.',
    ]),
    {
      name: person.full,
    },
  )
  b.add('\n\n')
  b.quote(
    rng.pick([
      'Futures on Hold',
      'Every Child Counts',
      'The Rural Gap',
      'Schools at the Crossroads',
    ]),
    null,
  )
  b.add(
    ` ${rng.pick(['is the third report on the subject in five years.', 'was the first novel about the strike.', 'remains the best-selling book on the strike.', 'became a hit documentary.'])}`,
  )
})

/**
 * Posts given by appointing: the object of a verb of appointing holds the post after it (`Cascara
 * appointed Ximena Roe as chief financial officer`, `named Ximena Roe its new chief executive`,
 * `named Ximena Roe to the new role of chief digital officer`), for a later `the chief
 * executive`, past someone else quoted between.
 */
const appointedPosts = castFamily('appointed-posts', 3, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const firm = rng.pick(['Cascara Chemicals', 'Veltra Insurance', 'Harbour Mutual'])
  const post = rng.pick([
    'chief financial officer',
    'chief executive',
    'managing director',
    'chief digital officer',
  ])
  const verb = rng.pick(['appointed', 'named', 'hired'])
  const given =
    shape === 0 ? `as ${post}` : shape === 1 ? `its new ${post}` : `to the new role of ${post}`
  b.add(`${firm} ${verb} ${person.full} ${given} on ${rng.pick(['Monday', 'Thursday'])}.\n\n`)
  b.quote(rng.pick(['The market had priced in a worse outcome,', 'Margins are the whole story,']), {
    name: other.full,
  })
  b.add(
    ` said ${other.full}, an analyst at ${rng.pick(['Halden Securities', 'Marula Research'])}.\n\n`,
  )
  b.quote(rng.pick(['We expect margins to recover,', 'We are confident in our guidance,']), {
    name: person.full,
  })
  b.add(` the ${post} said in a statement.`)
})

/**
 * Replies answer someone: a pronoun before (or after) a cue of replying (`he replied`, `she
 * retorted`, `countered he`) is not the one who spoke last, when anyone else in sight agrees,
 * even of the same gender.
 */
const repliesAnswer = castFamily('replies-answer', 2, ({ b, person, pronoun }, shape, rng) => {
  let other = anotherPerson(rng, person)
  while (other.gender !== person.gender) other = anotherPerson(rng, person)
  b.add(
    `${person.full}, ${rng.pick(['the finance chief', 'the club’s owner', 'the mayor'])}, and ${other.full}, ${rng.pick(['an analyst', 'a fan representative', 'a councillor'])}, clashed on ${rng.pick(['Monday', 'the call', 'the radio'])}.\n\n`,
  )
  b.quote(rng.pick(['The market is cooling, not collapsing,', 'You promised us a new stand,']), {
    name: other.full,
  })
  b.add(` ${other.surname} said.\n\n`)
  const words = rng.pick([
    'Nobody should read too much into a single quarter,',
    'We kept every promise we made,',
  ])
  const cue = rng.pick(['replied', 'retorted', 'countered', 'responded'])
  b.quote(words, { name: person.full })
  b.add(shape === 0 ? ` ${pronoun} ${cue}.` : ` ${pronoun} ${cue} sharply.`)
})

/**
 * Turning to someone: a relative clause about whom the subject turns to, looks at or faces,
 * before a colon (`She then turned to Mr. Abdullahi Roe, who was sitting in the front row:`),
 * leaves the quote to the subject, who speaks to them.
 */
const turningTo = castFamily('turning-to', 1, ({ b, person, pronoun }, _shape, rng) => {
  const other = anotherPerson(rng, person)
  b.add(
    `${person.full}, ${rng.pick(['chair of the education committee', 'the registrar'])}, rose to speak. `,
  )
  b.add(
    `${cap(pronoun)} ${rng.pick(['then turned to', 'looked at', 'faced', 'turned towards'])} ${other.full}, who ${rng.pick(['was sitting in the front row', 'had arrived late', 'chairs the board'])}: `,
  )
  b.quote(
    rng.pick([
      'Nobody goes into teaching for the money.',
      'The grading system punished poorer schools.',
    ]),
    {
      name: person.full,
    },
  )
})

/**
 * Headline bare roles: a headline drops the article of the role after an inverted cue that
 * ends it (`‘Stop punishing the poorest,’ says registrar`); the role is a phrase for someone,
 * whom the body names with that role.
 */
const headlineBareRoles = castFamily('headline-bare-roles', 2, ({ b, person }, shape, rng) => {
  const role = rng.pick(['registrar', 'nurse', 'vice-chancellor', 'curator', 'head teacher'])
  b.quote(
    rng.pick(['Stop punishing the poorest', 'Save our library', 'We are exhausted']) + ',',
    { name: person.full },
    true,
  )
  b.add(` ${rng.pick(['says', 'warns'])} ${role}\n\n`)
  b.add(
    `${rng.pick(['Inspectors rated the school as inadequate on Tuesday.', 'Wards at the hospital are full again.'])}\n\n`,
  )
  if (shape === 0) {
    b.add(
      `${person.full}, ${role} of ${rng.pick(['Southland Polytechnic', 'the Harbour Museum'])}, spoke after a meeting with staff. `,
    )
    b.quote(rng.pick(['We will appeal every grade,', 'Nobody listened to us,']), {
      name: person.full,
    })
    b.add(` ${person.surname} said.`)
  } else {
    b.quote(rng.pick(['We will appeal every grade,', 'Nobody listened to us,']), {
      name: person.full,
    })
    b.add(
      ` said ${person.full}, ${article(role)} ${role} at ${rng.pick(['the hospital', 'the college'])}.`,
    )
  }
})

/**
 * Apposed names closed by adverbials: a name set off after a role may end with the clause's
 * adverbials instead of a comma (`said his daughter, Adaeze Okafor in a phone interview`);
 * the name, not the role, speaks.
 */
const apposedNamesClosedByAdverbials = castFamily(
  'apposed-names-closed-by-adverbials',
  3,
  ({ b, person }, shape, rng) => {
    const other = anotherPerson(rng, person)
    b.add(
      `${other.full}, ${rng.pick(['a potter', 'the founder of a bakery chain', 'a retired judge'])}, ${rng.pick(['has died', 'died on Sunday', 'was honoured on Friday'])}. ${rng.pick(['The cause was heart failure.', 'Hundreds attended.', 'Tributes poured in.'])}\n\n`,
    )
    const role =
      shape === 0
        ? `${other.gender === 'female' ? 'her' : 'his'} ${rng.pick(['daughter', 'son', 'nephew', 'niece'])}`
        : shape === 1
          ? `the ${rng.pick(['coach', 'head of the trust', 'family’s lawyer'])}`
          : `${other.surname}’s ${rng.pick(['business partner', 'longtime editor', 'neighbour'])}`
    const adverbial = rng.pick([
      'in a phone interview from Lagos',
      'on Tuesday',
      'by phone',
      'at the funeral',
      'after the service',
      'in an interview',
    ])
    b.quote(
      rng.pick([
        'I was nineteen and terrified,',
        'Nobody worked harder,',
        'The house was always full,',
      ]),
      {
        name: person.full,
      },
    )
    b.add(` said ${role}, ${person.full} ${adverbial}.`)
  },
)

/**
 * Ages said of subjects: an age the sentence gives its subject, fronted (`At 95, Naledi Ndlovu
 * still …`) or said by its verb past the asides set off after the name (`…, the surgeon whose
 * team …, turned 82 this spring`), is theirs for a later `the 82-year-old`, whoever was named
 * with another age in between.
 */
const agesSaidOfSubjects = castFamily('ages-said-of-subjects', 3, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const age = 60 + rng.int(40)
  const otherAge = 25 + rng.int(20)
  if (shape === 0) {
    b.add(
      `At ${age}, ${person.full} still ${rng.pick(['keeps long hours', 'opens the shop every morning', 'teaches two classes a week'])}.\n\n`,
    )
  } else if (shape === 1) {
    b.add(
      `${person.full}, the ${rng.pick(['surgeon whose team operated on thousands of children', 'poet whose verses are recited at weddings', 'tailor whose suits dressed three generations'])}, turned ${age} ${rng.pick(['this spring', 'on Monday', 'last week'])}.\n\n`,
    )
  } else {
    b.add(
      `${person.full}, ${age - 1}, a ${rng.pick(['former accountant', 'retired nurse', 'veteran organizer'])}, turned ${age} ${rng.pick(['on Monday', 'this week'])}.\n\n`,
    )
  }
  b.add(
    `${other.full}, ${otherAge}, a ${rng.pick(['visiting journalist', 'student', 'neighbour'])}, watched from the doorway.\n\n`,
  )
  b.quote(
    rng.pick([
      'Nobody remembers the easy years,',
      'Talent is cheap,',
      'I would rather be useful than admired,',
    ]),
    {
      name: person.full,
    },
  )
  b.add(` the ${age}-year-old said${rng.pick(['', ' on Friday', ', without looking up'])}.`)
})

/**
 * Infinitive cues: a verb that takes an infinitive hands the clause on to the cue after `to`,
 * its hearer and adverbials (`“…,” she liked to tell visitors`, `Doe loved to remind
 * students`); a pronoun there still skips the other person named in between.
 */
const infinitiveCues = castFamily('infinitive-cues', 2, ({ b, person, pronoun }, shape, rng) => {
  let other = anotherPerson(rng, person)
  while (other.gender === person.gender) other = anotherPerson(rng, person)
  b.add(
    `${person.full} ${rng.pick(['kept a notebook of rules for apprentices', 'ran the workshop for 40 years', 'taught at the academy'])}.\n\n`,
  )
  b.add(
    `${person.gender === 'female' ? 'Her' : 'His'} ${rng.pick(['former student', 'assistant', 'colleague'])}, ${other.gender === 'female' ? 'Ms.' : 'Mr.'} ${other.full}, ${rng.pick(['found it after the funeral', 'still works there', 'spoke at the service'])}.\n\n`,
  )
  const verb = rng.pick(['liked to tell', 'loved to remind', 'used to tell', 'wanted to tell'])
  const hearer = rng.pick(['visitors', 'students', 'reporters', 'the apprentices', 'new staff'])
  b.quote(
    rng.pick([
      'I have never trusted a straight line,',
      'Measure twice and cut once,',
      'Work is the only prayer I know,',
    ]),
    {
      name: person.full,
    },
  )
  b.add(shape === 0 ? ` ${pronoun} ${verb} ${hearer}.` : ` ${person.surname} ${verb} ${hearer}.`)
})

/**
 * Past forms modifying nouns: a past form between an article and a noun (`in an emailed
 * statement`, `in a written reply`) modifies the noun; it is no verb, and the hearer before it
 * is no speaker.
 */
const pastFormsModifyingNouns = castFamily(
  'past-forms-modifying-nouns',
  2,
  ({ b, person }, shape, rng) => {
    const outlet = rng.pick([
      'Lab Notes magazine',
      'Science Desk Weekly',
      'the Coastal Herald',
      'Harbour FM radio',
      'the Evening Ledger',
    ])
    const modifier = rng.pick([
      'an emailed',
      'a written',
      'a prepared',
      'a recorded',
      'an unsigned',
    ])
    const noun =
      modifier === 'a recorded' ? 'message' : rng.pick(['statement', 'reply', 'response'])
    const words = rng.pick([
      'Patient safety is and will remain our first priority.',
      'We will review the findings before making any decision.',
      'All research here is subject to strict ethical oversight.',
    ])
    if (shape === 0) {
      const body = rng.pick([
        'Veridian Therapeutics',
        'Northfield Institute of Technology',
        'Kestrel Batteries',
      ])
      b.add(`${body} told ${outlet} in ${modifier} ${noun}: `)
      b.quote(words, { name: body })
    } else {
      b.add(
        `${person.full}, ${rng.pick(['the lead author', 'a spokesperson for the trial', 'the lab’s director'])}, told ${outlet} in ${modifier} ${noun}: `,
      )
      b.quote(words, { name: person.full })
    }
  },
)

/**
 * Owners of saying: a phrase for what someone said or judged (`Tehrani’s verdict on the
 * findings`, `her assessment`), owned by them, gives their words after a colon.
 */
const ownersOfSaying = castFamily('owners-of-saying', 2, ({ b, person, pronoun }, shape, rng) => {
  let other = anotherPerson(rng, person)
  while (other.gender === person.gender) other = anotherPerson(rng, person)
  b.add(
    `${person.full}, ${rng.pick(['an epidemiologist at Lakemont University', 'a glaciologist', 'the mission’s chief scientist'])}, ${rng.pick(['reviewed the study', 'has spent years on the question', 'was not involved in the work'])}. ${other.gender === 'female' ? 'Ms.' : 'Mr.'} ${other.full} ${rng.pick(['led the trial', 'wrote the paper', 'funded the project'])}.\n\n`,
  )
  const noun = rng.pick(['verdict', 'assessment', 'advice', 'reaction', 'prediction', 'conclusion'])
  const owner = shape === 0 ? `${person.surname}’s` : `${pronoun === 'she' ? 'Her' : 'His'}`
  b.add(
    `${owner} ${noun}${rng.pick([' on the findings', '', ' to the team'])} was ${rng.pick(['short', 'blunt', 'simple'])}: `,
  )
  b.quote(
    rng.pick([
      'Bed nets and vaccines work best together.',
      'We need ten more years of data.',
      'Nobody should panic yet.',
    ]),
    {
      name: person.full,
    },
  )
})

/**
 * Names before nouns for places: words in capitals in marks between an article or an owner
 * and a noun for a business, a place or a vessel (`the “Rusty Anchor” diner`) name it; no one
 * says them, whoever the sentence quotes.
 */
const namesBeforePlaceNouns = castFamily(
  'names-before-place-nouns',
  2,
  ({ b, person }, shape, rng) => {
    const name = rng.pick(['Rusty Anchor', 'Sweet Basil', 'Blue Heron', 'Golden Hour', 'Night Owl'])
    const noun = rng.pick(['diner', 'bakery', 'trawler', 'motel', 'gallery', 'pub'])
    const words = rng.pick([
      'We just kept driving and never looked back,',
      'You can replace things, not people,',
      'The whole ridge was glowing,',
    ])
    if (shape === 0) {
      b.quote(words, { name: person.full })
      b.add(` said ${person.full}, whose family has run the `)
      b.quote(name, null)
      b.add(
        ` ${noun} on ${rng.pick(['Harbor Street', 'Mill Road', 'the quay'])} for ${rng.int(50) + 5} years.`,
      )
    } else {
      b.add(
        `${person.full} ${rng.pick(['reopened', 'sold', 'repainted'])} ${rng.pick(['the', 'her family’s', 'his family’s'])} `,
      )
      b.quote(name, null)
      b.add(` ${noun} ${rng.pick(['on Tuesday', 'last month', 'after the flood'])}. `)
      b.quote(words, { name: person.full })
      b.add(` ${person.surname} said.`)
    }
  },
)

/**
 * Set-ups past fronted clauses: a short sentence whose main clause brings someone to speak with
 * no cue (`After Capt. Jane Doe finished speaking, Tom Roe stepped to the microphone.`) sets up
 * the quote after it, past a clause a subordinator fronts with a subject and a cue of its own.
 */
const setUpsPastFrontedClauses = castFamily(
  'set-ups-past-fronted-clauses',
  2,
  ({ b, person }, shape, rng) => {
    const other = anotherPerson(rng, person)
    const first = `${rng.pick(['Capt.', 'County Commissioner', 'Fire Chief', 'Dr.'])} ${other.full}`
    const next =
      shape === 0
        ? `${rng.pick(['Incident Commander', 'Gov.', 'Police Chief', 'Rep.'])} ${person.full}`
        : person.full
    b.add(
      `${rng.pick(['After', 'When', 'Once'])} ${first} ${rng.pick(['finished speaking', 'had spoken', 'sat down'])}, ${next} ${rng.pick(['stepped to the microphone', 'took the podium', 'stood up'])}. `,
    )
    b.quote(
      rng.pick([
        'The next 48 hours are going to be critical.',
        'Nobody should be driving through standing water.',
        'We are still in a rescue phase.',
      ]),
      {
        name: person.full,
      },
    )
  },
)

/**
 * People plurals opening sentences: a plural the lexicon knows as people opens its sentence as
 * a group, however short and whatever verb follows (`Fans called her …`, `Nurses said`), never
 * a person a later `she` could stand for.
 */
const peoplePluralsOpening = castFamily(
  'people-plurals-opening',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    b.add(
      `${person.full} ${rng.pick(['died last week', 'retired on Friday', 'was honoured on Sunday'])}. ${pronoun === 'she' ? 'She' : 'He'} was ${rng.int(30) + 60}.\n\n`,
    )
    const group = rng.pick(['Fans', 'Nurses', 'Cooks', 'Judges', 'Priests'])
    if (shape === 0) {
      b.add(`${group} called ${pronoun === 'she' ? 'her' : 'him'} `)
      b.quote(rng.pick(['Auntie', 'Old Thunder', 'the Needle']), null)
      b.add(`, a name ${pronoun} said ${pronoun} never liked. `)
    } else {
      b.add(
        `${group} ${rng.pick(['lined the street', 'sent flowers', 'filled the hall'])} on ${rng.pick(['Monday', 'Saturday'])}. `,
      )
    }
    b.quote(
      rng.pick(['I’m not brave, just stubborn,', 'Talent is cheap,', 'The hands remember,']),
      { name: person.full },
    )
    b.add(
      ` ${pronoun} told ${rng.pick(['the Evening Courier', 'a film magazine', 'reporters'])} in ${rng.int(40) + 1975}.`,
    )
  },
)

/**
 * Names in title case: a nickname or a work's title in marks may hold a title's short link
 * words in lower case past a capital (`called her “the Lion of the Valley”`), and of two quotes
 * a verb of calling takes back to back the first in title case is the thing called (`called “A
 * Loud Life” “an ordinary life”`); neither is anyone's words.
 */
const namesInTitleCase = castFamily('names-in-title-case', 2, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  b.add(
    `${other.full}, ${rng.pick(['the choreographer', 'a potter', 'the novelist'])}, ${rng.pick(['has died', 'turned 80 on Monday'])}.\n\n`,
  )
  if (shape === 0) {
    b.add(
      `${rng.pick(['Neighbours', 'Students', 'Colleagues'])} called ${other.gender === 'female' ? 'her' : 'him'} `,
    )
    b.quote(
      rng.pick([
        'the Lion of the Valley',
        'the Queen of the Night Shift',
        'the Voice of the River',
      ]),
      null,
    )
    b.add('. ')
    b.quote(rng.pick(['Nobody worked harder,', 'The house was always full,']), {
      name: person.full,
    })
    b.add(` said ${person.full}, a ${rng.pick(['neighbour', 'former student'])}.`)
  } else {
    b.add(`The critic ${person.full} called `)
    b.quote(rng.pick(['A Loud Life', 'Still Here', 'The Long Table', 'Borrowed Shoes']), null)
    b.add(' ')
    b.quote(
      rng.pick([
        'an ordinary life, done carefully',
        'a stubborn old goat',
        'impossible to say no to',
      ]),
      {
        name: person.full,
      },
    )
    b.add(` in a ${rng.int(40) + 1975} review.`)
  }
})

/**
 * Roles held by running: a verb of holding a role, in the present or the perfect, after the name
 * opening a sentence gives that role (`has run the Deepwell Underground Laboratory since 2016`
 * is its director; `has long chaired the panel`, its chair; `runs a bakery`, its owner), for a
 * later phrase of the role past someone else named.
 */
const rolesHeldByRunning = castFamily('roles-held-by-running', 3, ({ b, person }, shape, rng) => {
  const other = anotherPerson(rng, person)
  const [verb, role] =
    shape === 0
      ? [
          `${rng.pick(['has run', 'runs', 'has directed'])} the ${rng.pick(['Deepwell Underground Laboratory', 'Sahel Bird Observatory', 'Vector Control Research Unit', 'Institute for Tropical Disease Research'])}`,
          'director',
        ]
      : shape === 1
        ? [
            `${rng.pick(['has chaired', 'has long chaired', 'chairs'])} the ${rng.pick(['review panel', 'ethics board'])}`,
            'chair',
          ]
        : [
            `${rng.pick(['runs', 'has run'])} a ${rng.pick(['bakery', 'hardware shop', 'ferry service'])} on ${rng.pick(['Main Street', 'the quay'])}`,
            'owner',
          ]
  b.add(`${person.full} ${verb} ${rng.pick(['since 2016', 'for a decade', ''])}`.trimEnd() + '. ')
  b.add(
    `${other.full}, ${rng.pick(['a visiting student', 'a technician', 'a neighbour'])}, ${rng.pick(['watched the results come in', 'was not involved', 'arrived later'])}.\n\n`,
  )
  b.quote(
    rng.pick([
      'Most anomalies like this one fade,',
      'Regulators asked hard questions,',
      'We will keep monitoring,',
    ]),
    {
      name: person.full,
    },
  )
  b.add(` the ${role} said${rng.pick(['', ' on Sunday', ' in an interview'])}.`)
})

/**
 * Joined relative clauses: a second relative clause joined to the first by `, and who` or `,
 * but who` is set off as an aside is; the first clause's object is no subject, and the one the
 * clauses are about speaks (`A reviewer who evaluated the paper, and who asked not to be named,
 * said …`).
 */
const joinedRelativeClauses = castFamily(
  'joined-relative-clauses',
  2,
  ({ b, person }, shape, rng) => {
    b.add(
      `${rng.pick(['Physicists reported a rare particle decay on Monday.', 'A malaria vaccine cut cases by half, a trial found.', 'Corals on the reef recovered faster than expected.'])}\n\n`,
    )
    const object = rng.pick(['the paper', 'the study', 'the trial data', 'the report'])
    const joint = rng.pick(['and who', 'but who'])
    const rest = rng.pick([
      'asked not to be named',
      'was not authorized to speak publicly',
      'requested anonymity',
    ])
    const words = rng.pick(['premature', 'important but limited', 'a solid piece of work'])
    if (shape === 0) {
      const noun = rng.pick(['reviewer', 'scientist', 'official', 'researcher'])
      b.add(
        `${article(noun)} ${noun} who ${rng.pick(['evaluated', 'read', 'checked'])} ${object}, ${joint} ${rest}, said the analysis was `,
      )
      b.quote(words, { mention: `${noun} who`, head: noun })
    } else {
      b.add(
        `${person.full}, who ${rng.pick(['evaluated', 'read', 'checked'])} ${object}, ${joint} ${rng.pick(['has worked in the field for 30 years', 'chairs the journal’s board'])}, said the analysis was `,
      )
      b.quote(words, { name: person.full })
    }
    b.add('.')
  },
)

/**
 * Portfolio ministries: a body's name of two portfolios joined by `and` (`the Ministry of
 * Environment and Water`) is one name, whether it speaks or someone speaks for it.
 */
const portfolioMinistries = castFamily('portfolio-ministries', 2, ({ b }, shape, rng) => {
  const [a, c] = rng.pick([
    ['Environment', 'Water'],
    ['Culture', 'Heritage'],
    ['Energy', 'Climate'],
    ['Agriculture', 'Irrigation'],
    ['Transport', 'Aviation'],
    ['Science', 'Research'],
  ])
  const body = `${rng.pick(['Ministry', 'Department'])} of ${a} and ${c}`
  const words = rng.pick([
    'The ministry will review the findings,',
    'We will fund the next phase,',
    'No decision has been made,',
  ])
  if (shape === 0) {
    b.quote(words, { name: body })
    b.add(` the ${body} said in a statement${rng.pick(['', ' on Monday'])}.`)
  } else {
    b.add(
      `The ${body} told ${rng.pick(['the Coastal Herald', 'Reuters', 'reporters'])} in a statement: `,
    )
    b.quote(words.replace(/,$/u, '.'), { name: body })
  }
})

/**
 * Subjects past participle asides: a participle's aside set off before the cue (`, speaking on
 * condition of anonymity because the family had asked for privacy,`) holds no subject, however
 * long; the phrase that opens the clause before it speaks, a share before `of` first (`One of
 * his oldest friends`), past the phrases that modify it (`A trader in London`).
 */
const subjectsPastParticipleAsides = castFamily(
  'subjects-past-participle-asides',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    b.add(
      `${person.full} ${rng.pick(['died on Friday', 'resigned on Monday', 'was arrested on Tuesday'])}. ${pronoun === 'she' ? 'She' : 'He'} was ${rng.int(40) + 40}.\n\n`,
    )
    const phrase =
      shape === 0
        ? `One of ${pronoun === 'she' ? 'her' : 'his'} ${rng.pick(['oldest friends', 'former colleagues', 'neighbours'])}`
        : shape === 1
          ? `${rng.pick(['A trader', 'An executive', 'A nurse'])} ${rng.pick(['in London', 'at one of the rival firms', 'from the clinic'])}`
          : rng.pick(['A neighbour', 'A former aide', 'A family friend'])
    const head = phrase.split(' ').at(-1) as string
    const noun =
      shape === 1
        ? (phrase.split(' ')[1] as string).toLowerCase()
        : shape === 0
          ? head
          : head.toLowerCase()
    b.add(
      `${phrase}, ${rng.pick(['speaking on condition of anonymity', 'asking not to be named', 'declining to give a name'])} ${rng.pick(['because the family had asked for privacy', 'because the company had forbidden it', 'since the inquiry was still open'])}, said: `,
    )
    b.quote(
      rng.pick([
        'He would give you his coat.',
        'Nobody saw this coming.',
        'It was the right call.',
      ]),
      {
        mention: noun,
        head: noun,
      },
    )
  },
)

/**
 * Titles that are given names: `Canon` and `Dean` are titles before a given name and a surname
 * (`Canon Margaret Obi`), and before the surname alone name the one who holds the title (`Dean
 * Lindqvist` after `Dean Ana Lindqvist`), not someone new called Dean.
 */
const titlesThatAreGivenNames = castFamily(
  'titles-that-are-given-names',
  2,
  ({ b, person }, shape, rng) => {
    const title = rng.pick(['Canon', 'Dean'])
    const other = anotherPerson(rng, person)
    b.add(
      `${title} ${person.full} ${rng.pick(['opened the service', 'led the memorial', 'welcomed the choir'])}. ${other.full}, ${rng.pick(['a churchwarden', 'a volunteer', 'the organist'])}, ${rng.pick(['read the lesson', 'rang the bell'])}.\n\n`,
    )
    b.quote(
      rng.pick(['We grieve together,', 'Nobody is turned away,', 'This city will rebuild,']),
      { name: person.full },
    )
    b.add(shape === 0 ? ` ${title} ${person.surname} said.` : ` said ${title} ${person.surname}.`)
  },
)

/**
 * Papers read for their writers: words read out of a paper are its writer's, whether the paper
 * is owned (`read from Jane Roe’s diary`), sent from someone (`read aloud a letter from his
 * grandmother, Jane Roe`) or written by the name set off in its relative clause (`read a letter
 * his late mother, Jane Roe, had written in 1990`), never the reader's.
 */
const papersReadForWriters = castFamily(
  'papers-read-for-writers',
  3,
  ({ b, person }, shape, rng) => {
    let reader = anotherPerson(rng, person)
    while (reader.surname === person.surname) reader = anotherPerson(rng, person)
    const paper = rng.pick(['letter', 'diary', 'note', 'email'])
    const kin = rng.pick(['mother', 'sister', 'grandmother', 'friend', 'teacher'])
    b.add(
      `${rng.pick(['At the funeral, ', 'On Tuesday, ', ''])}${reader.full} read ${rng.pick(['', 'aloud '])}`,
    )
    if (shape === 0) b.add(`from ${person.full}’s ${paper}: `)
    else if (shape === 1)
      b.add(
        `a ${paper} from ${reader.gender === 'female' ? 'her' : 'his'} ${kin}, ${person.full}: `,
      )
    else
      b.add(
        `a ${paper} ${rng.pick(['', 'that '])}${reader.gender === 'female' ? 'her' : 'his'} ${rng.pick(['late ', ''])}${kin}, ${person.full}, ${rng.pick(['had written', 'wrote', 'had sent'])} in ${rng.int(40) + 1970}: `,
      )
    b.quote(
      rng.pick([
        'Do not grieve for me. I have had a full life.',
        'Today the river came into the kitchen.',
        'Keep the shop open whatever happens.',
      ]),
      {
        name: person.full,
      },
    )
  },
)

/**
 * Kin of the named: a noun of kinship whose `of` names someone (`Daughter of cellist Odhiambo
 * says …`, a headline's bare phrase) is the kin who speaks, not the one named; the body's name
 * for the kin then speaks the headline's words.
 */
const kinOfTheNamed = castFamily('kin-of-the-named', 2, ({ b, person }, shape, rng) => {
  let kin = anotherPerson(rng, person)
  while (kin.surname === person.surname) kin = anotherPerson(rng, person)
  const relation =
    kin.gender === 'female'
      ? rng.pick(['Daughter', 'Widow', 'Sister'])
      : rng.pick(['Son', 'Brother', 'Widower'])
  const role = rng.pick(['cellist', 'football coach', 'architect', 'midwife'])
  const words = rng.pick(['never gave up', 'never stopped working', 'never stopped laughing'])
  const pronoun = person.gender === 'female' ? 'she' : 'he'
  b.add(`${relation} of ${role} ${person.surname} says ${pronoun} `)
  b.quote(words, { name: kin.full }, true)
  b.add('\n\n')
  b.add(
    `${person.full}, ${article(role)} ${role}, died on ${rng.pick(['Sunday', 'Tuesday'])}. ${pronoun === 'she' ? 'She' : 'He'} was ${rng.int(30) + 65}.\n\n`,
  )
  const owner = pronoun === 'she' ? 'her' : 'his'
  b.add(
    shape === 0
      ? `${owner === 'her' ? 'Her' : 'His'} ${relation.toLowerCase()}, ${kin.full}, said ${pronoun} `
      : `${kin.full}, ${owner} ${relation.toLowerCase()}, said ${pronoun} `,
  )
  b.quote(`${words}, not once`, { name: kin.full })
  b.add(' right until the end.')
})

/**
 * Learned titles apart: of two people who share a surname, one the text calls `Mr.` or `Ms.` is
 * not the one it calls `Dr.` or `Prof.` (`Agnieszka Nowak … her husband, Pavel Nowak … Mr. Nowak
 * said … Dr. Nowak told the Courier`).
 */
const learnedTitlesApart = castFamily('learned-titles-apart', 2, ({ b, person }, shape, rng) => {
  let kin = anotherPerson(rng, person)
  // (A given name that is also a month, `April`, may open a date: no reader's case.)
  while (kin.gender === person.gender || /^(?:April|May|June)\b/u.test(kin.full))
    kin = anotherPerson(rng, person)
  const surname = person.surname
  const kinFull = `${kin.full.split(' ')[0]} ${surname}`
  const relation =
    kin.gender === 'female'
      ? rng.pick(['wife', 'sister', 'daughter'])
      : rng.pick(['husband', 'brother', 'son'])
  b.add(
    `${person.full}, ${rng.pick(['a mathematician', 'a surgeon', 'a marine biologist'])}, ${rng.pick(['died on Sunday', 'retired on Friday'])}. ${person.gender === 'female' ? 'She' : 'He'} was ${rng.int(30) + 60}.\n\n`,
  )
  b.add(
    `${person.gender === 'female' ? 'Her' : 'His'} ${relation}, ${kinFull}, ${rng.pick(['was at the service', 'spoke to reporters'])}.\n\n`,
  )
  b.quote(rng.pick(['Nobody worked harder,', 'The house was always full,']), { name: kinFull })
  b.add(` ${kin.gender === 'female' ? 'Ms.' : 'Mr.'} ${surname} said.\n\n`)
  b.quote(rng.pick(['Listen twice as long as you talk,', 'Nobody remembers the easy years,']), {
    name: person.full,
  })
  b.add(
    shape === 0
      ? ` ${rng.pick(['Dr.', 'Prof.'])} ${surname} told ${rng.pick(['the Evening Courier', 'a radio station'])} in ${rng.int(30) + 1990}.`
      : ` said ${rng.pick(['Dr.', 'Prof.'])} ${surname} in ${rng.int(30) + 1990}.`,
  )
})

/**
 * Subjects with verbs of their own: a sentence after an unattributed quote whose source phrase
 * goes straight on to its own verb (`The company did not disclose financial terms.`) attributes
 * nothing, though a later word is a cue's form (`terms`, `remarks`, `notes`).
 */
const subjectsWithVerbsOfTheirOwn = castFamily(
  'subjects-with-verbs-of-their-own',
  2,
  ({ b, person }, shape, rng) => {
    const role = rng.pick(['the chief executive', 'the director', 'the founder', 'the chair'])
    b.add(
      shape === 0
        ? `${person.full}, ${role}, ${rng.pick(['announced the plan', 'unveiled the deal', 'spoke to staff'])} on ${rng.pick(['Monday', 'Thursday'])}. `
        : `${rng.pick(['On Monday', 'Late on Thursday'])}, ${person.full}, ${role}, ${rng.pick(['announced the plan', 'unveiled the deal'])}.\n\n`,
    )
    b.quote(rng.pick(['It is a new start for us.', 'We have waited a long time for this.']), {
      name: person.full,
    })
    const subject = rng.pick([
      'The company',
      'The agency',
      'The ministry',
      'A spokesman',
      'The union',
    ])
    const verb = rng.pick([
      'did not disclose',
      'has not released',
      'would not share',
      'will publish',
      'did not give',
    ])
    const modifier = rng.pick(['financial', 'written', 'detailed', 'further', 'exact', 'fresh'])
    const noun = rng.pick(['terms', 'remarks', 'notes', 'answers', 'reports', 'comments'])
    b.add(` ${subject} ${verb} ${modifier} ${noun}.`)
  },
)

/**
 * Companies by their openings: a company's name cut to its first word or two (`Cobalt Ridge said` after
 * `Cobalt Ridge Mining`, `Marlowe said` after `Marlowe Media`) is that company, when one company
 * alone opens with them.
 */
const companiesByOpenings = castFamily('companies-by-openings', 2, ({ b }, shape, rng) => {
  const first = rng.pick(['Cobalt', 'Marlowe', 'Brightwater', 'Kestrel', 'Halvard', 'Orsino'])
  const second = rng.pick(['Ridge', 'Bay', 'Peak', 'Harbor'])
  const trade = rng.pick(['Mining', 'Media', 'Aerospace', 'Construction', 'Resources', 'Logistics'])
  const full = shape === 0 ? `${first} ${second} ${trade}` : `${first} ${trade}`
  const short = shape === 0 ? `${first} ${second}` : first
  b.add(
    `${full} ${rng.pick(['said on Tuesday that it would cut about 1,100 jobs', 'reported second-quarter revenue of $2.4 billion', 'raised its dividend'])}. `,
  )
  b.quote(
    rng.pick([
      'Nobody in this industry is immune to higher rates,',
      'We see a clear path to profitability,',
    ]),
    { name: full },
  )
  b.add(` ${short} said ${rng.pick(['in a statement', 'on Tuesday', 'in a filing'])}.`)
})

/**
 * What someone by role called: `what the mayor called “a disgrace”`, `what the senior official
 * called “…”` are that one's words, where `what the industry calls the “quiet period”` is a
 * trade's term and no one's.
 */
const whatTheRoleCalled = castFamily('what-the-role-called', 2, ({ b, person }, shape, rng) => {
  const [title, role] = rng.pick([
    ['Mayor', 'mayor'],
    ['Senator', 'senator'],
    ['Judge', 'judge'],
    ['Commissioner', 'commissioner'],
  ] as const)
  const words = rng.pick([
    'a disgrace',
    'a betrayal of trust',
    'reckless and cruel',
    'long overdue',
  ])
  if (shape === 0) {
    b.add(
      `${title} ${person.full} ${rng.pick(['spoke on Monday', 'met reporters after the vote'])}. The ${rng.pick(['decision', 'vote', 'ruling'])} was what the ${role} called `,
    )
    b.quote(`${words}.`, { name: person.full })
  } else {
    b.add(
      `The ${rng.pick(['cuts', 'delays', 'closures'])} came after what the senior official called `,
    )
    b.quote(words, { mention: 'the senior official', head: 'official' })
    b.add(`, and what the industry calls the `)
    b.quote(rng.pick(['quiet period', 'lean season', 'dead months']), null)
    b.add(' began.')
  }
})

/**
 * Names given by participles set off: `The campaign, called “Shot of Hope,” will run` and
 * `Tobias Kowalski, the man dubbed the “Midnight Burglar,” was arrested` name a thing or someone;
 * no one speaks the name.
 */
const namesGivenSetOff = castFamily('names-given-set-off', 2, ({ b, person }, shape, rng) => {
  if (shape === 0) {
    b.add(
      `The ${rng.pick(["government's vaccination campaign", 'city’s recycling drive', 'new ferry service'])}, ${rng.pick(['called', 'dubbed', 'named'])} `,
    )
    b.quote(`${rng.pick(['Shot of Hope', 'Clean Streets First', 'Blue Harbor Link'])},`, null)
    b.add(` ${rng.pick(['will run until the end of the year', 'has cost $4 million so far'])}. `)
  } else {
    const noun = person.gender === 'female' ? 'woman' : 'man'
    b.add(`${person.full}, the ${noun} ${rng.pick(['dubbed', 'nicknamed'])} the `)
    b.quote(`${rng.pick(['Midnight Burglar', 'Gentleman Thief', 'Candy Bar Robber'])},`, null)
    b.add(` was arrested in ${rng.pick(['Savannah', 'Spokane', 'Reno'])} last year. `)
  }
  const other = anotherPerson(rng, person)
  b.quote(rng.pick(['Our family will never be the same,', 'We expected more from them,']), {
    name: other.full,
  })
  b.add(` ${other.full} said.`)
})

/**
 * Owned views: `In Lucia Mbatha’s view, the indictment was “…”`, `In the opinion of …, …`: a
 * fronted `in` and someone's view, opinion or words makes the owner the sentence's source.
 */
const ownedViews = castFamily('owned-views', 2, ({ b, person: cast }, shape, rng) => {
  // (A given name that is also a month, `April`, may open a date: no reader's case.)
  let person = cast
  while (/^(?:April|May|June)\b/u.test(person.full)) person = anotherPerson(rng, cast)
  const noun = rng.pick(['view', 'opinion', 'estimation'])
  const thing = rng.pick(['the indictment', 'the ruling', 'the plea agreement', 'the sentence'])
  b.add(
    shape === 0
      ? `In ${person.full}’s ${noun}, ${thing} was `
      : `In the ${noun === 'estimation' ? 'view' : noun} of ${person.full}, ${thing} was `,
  )
  b.quote(
    `${rng.pick(['a politically motivated witch hunt', 'fair and proportionate', 'a dangerous precedent'])},`,
    { name: person.full },
  )
  b.add(
    ` and ${person.gender === 'female' ? 'she' : 'he'} ${rng.pick(['said so repeatedly on Thursday', 'said so in a statement'])}.`,
  )
})

/**
 * View holders past their roles: `For Raúl Galloway, chief executive of Brightwell Health, the
 * lesson is simple: “…”`: the role set off after the name is the holder's, and the quote the
 * holder's, not the role's.
 */
const viewHoldersPastRoles = castFamily(
  'view-holders-past-roles',
  2,
  ({ b, person }, shape, rng) => {
    const role =
      shape === 0
        ? rng.pick([
            'a public health expert at Eastmoor University',
            'a lawyer',
            'a senior official at the Ministry of Health',
          ])
        : rng.pick(['chief executive of Brightwell Health', 'director of the county clinic'])
    const title = rng.pick(['', 'Dr. ', 'Prof. '])
    b.add(
      `For ${title}${person.full}, ${role}, the ${rng.pick(['lesson', 'answer', 'message'])} is ${rng.pick(['simple', 'clear'])}: `,
    )
    b.quote(
      rng.pick([
        'Nobody should have to wait eleven hours for a bed.',
        'We found traces of the bacteria in two cooling towers.',
      ]),
      { name: person.full },
    )
  },
)

/**
 * Suffixes set off: `Marcus Bell, Jr., said` and `said Marcus Bell, Jr., who …`: a generational
 * suffix after a comma is the name's, in any position.
 */
const suffixesSetOff = castFamily('suffixes-set-off', 3, ({ b, person }, shape, rng) => {
  const suffix = rng.pick(['Jr.', 'Sr.', 'III'])
  const named = `${person.full}, ${suffix}`
  const speaker = { name: `${person.full} ${suffix}` }
  const words = rng.pick(['I just kept going,', 'We earned every point tonight,'])
  if (shape === 0) {
    b.quote(words, speaker)
    b.add(` said ${named}, who ${rng.pick(['scored twice', 'chairs the board'])}.`)
  } else if (shape === 1) {
    b.add(`${named}, ${rng.pick(['said', 'told reporters'])}: `)
    b.quote(words.replace(/,$/u, '.'), speaker)
  } else {
    b.quote(words, speaker)
    b.add(` ${named} said.`)
  }
})

/**
 * Headline moods: `Defiant Okafor vows ‘…’`, `Embattled Mayor Roe says ‘…’`: a word for a mood
 * or a plight a headline sets before a name is what the person is, not a word of the name.
 */
const headlineMoods = castFamily('headline-moods', 2, ({ b, person }, shape, rng) => {
  const mood = rng.pick(['Defiant', 'Upbeat', 'Embattled', 'Tearful', 'Cautious', 'Confident'])
  const cue = rng.pick(['vows', 'says', 'insists', 'warns'])
  b.add(shape === 0 ? `${mood} ${person.surname} ${cue} ` : `${mood} ${person.full} ${cue} `)
  b.quote(rng.pick(['we will fight on', 'the numbers are with us', 'I will not resign']), {
    name: person.full,
  })
  b.add(`\n\n${person.full} ${rng.pick(['spoke on Tuesday', 'addressed supporters on Monday'])}. `)
  b.quote(rng.pick(['Nothing has changed for me,', 'This is far from over,']), {
    name: person.full,
  })
  b.add(` ${person.gender === 'female' ? 'she' : 'he'} said.`)
})

/**
 * Positions and ranks before names: a playing position (`Wing Omar Haddad`, `Flanker …`) or a
 * rank written without stops (`Det Insp Ngozi Ochoa`, `Pte …`) is what the person is.
 */
const positionsAndRanks = castFamily('positions-and-ranks', 2, ({ b, person }, shape, rng) => {
  const words = rng.pick(['I saw the gap and went,', 'We are appealing for witnesses,'])
  if (shape === 0) {
    b.add(
      `${rng.pick(['Wing', 'Flanker', 'Linebacker', 'Outfielder'])} ${person.full} was the hero. `,
    )
    b.quote(words, { name: person.full })
    b.add(` ${person.surname} said.`)
  } else {
    b.quote(words, { name: person.full })
    b.add(
      ` said ${rng.pick(['Det Insp', 'Insp', 'Det Supt', 'Pte', 'Flt Lt'])} ${person.full}${rng.pick(['', ' of South Wales Police'])}.`,
    )
  }
})

/**
 * British spellings of cues: a final `l` doubled after one vowel (`labelled`, `signalled`,
 * `marvelled`) is the cue its American spelling is.
 */
const britishDoubledL = castFamily('british-doubled-l', 2, ({ b, person }, shape, rng) => {
  if (shape === 0) {
    b.add(
      `${person.full} ${rng.pick(['labelled', 'labeled'])} the ${rng.pick(['referee’s decision', 'ruling', 'new rules'])} `,
    )
    b.quote(rng.pick(['a disgrace', 'a farce', 'deeply unfair']), { name: person.full })
    b.add(` and said ${person.gender === 'female' ? 'she' : 'he'} would appeal.`)
  } else {
    b.add(
      `${person.full} ${rng.pick(['signalled', 'marvelled'])} that the ${rng.pick(['squad', 'club', 'council'])} had `,
    )
    b.quote(rng.pick(['never looked stronger.', 'come a very long way.']), { name: person.full })
  }
})

/**
 * Bodies by their sort, more sorts: `the union` for a workers' body named otherwise (`the
 * National Nurses Alliance`, `… Federation`, `… Guild`), `the planemaker` for `Aeris Aerospace`,
 * `the miner` for `… Mining`, `the brewer` for `… Brewing`.
 */
const moreSortsOfBodies = castFamily('more-sorts-of-bodies', 2, ({ b }, shape, rng) => {
  const stem = rng.pick(['Aeris', 'Norrland', 'Kestrel', 'Halcyon', 'Lumora', 'Baobab'])
  const [name, noun] =
    shape === 0
      ? rng.pick([
          [`National Nurses Alliance`, 'union'],
          [`${stem} Dockworkers Federation`, 'union'],
          [`${stem} Screenwriters Guild`, 'union'],
        ] as const)
      : rng.pick([
          [`${stem} Aerospace`, 'planemaker'],
          [`${stem} Mining`, 'miner'],
          [`${stem} Brewing`, 'brewer'],
          [`${stem} Shipyards`, 'shipbuilder'],
        ] as const)
  b.add(
    `The ${name} ${rng.pick(['said on Tuesday that it would extend the program', 'announced a new agreement on Friday'])}. `,
  )
  b.quote(
    rng.pick(['Prevention is always cheaper than treatment,', 'We will keep our promises,']),
    {
      name,
    },
  )
  b.add(` the ${noun} ${rng.pick(['said', 'added', 'said in a statement'])}.`)
})

/**
 * Words used and captions given: `Ana Ortiz has repeatedly used the word “unacceptable”`,
 * `coined the phrase “…”` are the user's wording; `shared a video on TikTok captioned “…”` is
 * the poster's caption. `Economists use the term “…” to describe` defines a term: no one's.
 */
const wordsUsedAndCaptions = castFamily(
  'words-used-and-captions',
  3,
  ({ b, person }, shape, rng) => {
    if (shape === 0) {
      b.add(
        `${rng.pick(['The manager', 'The senator', 'The chief executive'])}, ${person.full}, has ${rng.pick(['repeatedly', 'often', ''])} `.replace(
          '  ',
          ' ',
        ),
      )
      b.add(`${rng.pick(['used', 'invoked'])} the ${rng.pick(['word', 'term', 'phrase'])} `)
      b.quote(rng.pick(['unacceptable', 'a new era', 'reckless']), { name: person.full })
      b.add(` ${rng.pick(['this season', 'in recent weeks', 'since the vote'])}.`)
    } else if (shape === 1) {
      b.add(
        `${person.full} ${rng.pick(['shared a video on TikTok', 'posted a photo of the trophy', 'uploaded a clip from the rally'])} captioned `,
      )
      b.quote(rng.pick(['Dreams do come true.', 'We did it.', 'Back stronger.']), {
        name: person.full,
      })
    } else {
      b.add(`${rng.pick(['Economists', 'Doctors', 'Planners'])} use the term `)
      b.quote(rng.pick(['brain drain', 'long tail', 'food desert']), null)
      b.add(
        ` to describe the ${rng.pick(['loss', 'pattern', 'gap'])}. ${person.full} ${rng.pick(['coined', 'used'])} the phrase `,
      )
      b.quote(rng.pick(['the quiet season', 'a lost decade']), { name: person.full })
      b.add(` in ${rng.int(20) + 2000}.`)
    }
  },
)

/**
 * Accounts online: `The official Rovers account posted: “…”`, `The Halvard Rovers account
 * replied:`, `Ana Silva’s Instagram account posted:` speak for the one named in them, past a
 * platform's name or `official`; an account of something is a story told.
 */
const accountsOnline = castFamily('accounts-online', 3, ({ b, person }, shape, rng) => {
  if (shape === 2) {
    b.add(
      `${person.full}’s ${rng.pick(['', 'official ', 'Instagram ', 'verified X '])}account ${rng.pick(['posted', 'replied'])}: `,
    )
    b.quote(rng.pick(['Back stronger.', 'See you next season.']), { name: person.full })
    return
  }
  const club = `${rng.pick(['Halvard', 'Kestrel Bay', 'Norrland', 'Ashby'])} ${rng.pick(['Rovers', 'United', 'Athletic'])}`
  b.add(
    shape === 0
      ? `The official ${club} ${rng.pick(['account', 'X account', 'Instagram account'])} ${rng.pick(['posted', 'replied'])}: `
      : `The ${club} ${rng.pick(['account', 'feed'])} ${rng.pick(['posted', 'replied', 'wrote'])}: `,
  )
  b.quote(
    rng.pick(['Full time: what a night.', 'See you next season.', 'Thank you for your support.']),
    {
      name: club,
    },
  )
})

/**
 * Federal prosecutors: `U.S. Attorney Ana Abernathy`, `United States Attorney …` is who `the
 * prosecutor` is, as a district attorney is.
 */
const federalProsecutors = castFamily('federal-prosecutors', 2, ({ b, person }, shape, rng) => {
  b.add(
    `${shape === 0 ? rng.pick(['U.S. Attorney', 'United States Attorney']) : rng.pick(['District Attorney', 'Crown Prosecutor'])} ${person.full} ${rng.pick(['spoke for several minutes on Tuesday', 'met reporters outside the courthouse'])}. `,
  )
  b.quote(rng.pick(['The victims deserve to be heard,', 'This verdict sends a clear message,']), {
    name: person.full,
  })
  b.add(
    ` the prosecutor said. A jury in ${rng.pick(['Richmond', 'Reno', 'Dayton'])} ${rng.pick(['returned its verdict', 'deliberated for two days'])}.`,
  )
})

/**
 * Relatives past a participle's object: `A lawyer representing the family, who declined to be
 * named, said: “…”` is the lawyer's; the clause set off after the participle's object (`the
 * family`, `the ministry`) is an aside, and the phrase the participle hangs on speaks.
 */
const relativesPastParticipleObjects = castFamily(
  'relatives-past-participle-objects',
  2,
  ({ b }, shape, rng) => {
    const [phrase, head] = rng.pick([
      ['A lawyer', 'lawyer'],
      ['An epidemiologist', 'epidemiologist'],
      ['A senior adviser', 'adviser'],
      ['A spokesman', 'spokesman'],
    ] as const)
    b.add(
      `${phrase} ${rng.pick(['representing', 'advising', 'assisting'])} the ${rng.pick(['family', 'ministry', 'union', 'victims'])}, who ${rng.pick(['declined to be named', 'asked not to be named', 'spoke on condition of anonymity'])}, `,
    )
    if (shape === 0) {
      b.add('said: ')
      b.quote(rng.pick(['We will review every single case.', 'We will appeal.']), {
        mention: phrase.toLowerCase(),
        head,
      })
    } else {
      b.add(`said the decision was `)
      b.quote(rng.pick(['deeply troubling.', 'long overdue.']), {
        mention: phrase.toLowerCase(),
        head,
      })
    }
  },
)

/**
 * Works at their launch: a title in capitals after `the launch of`, `the premiere of` or `the
 * publication of` names a work, no one's words, while the quote of the clause is the speaker's.
 */
const worksAtTheirLaunch = castFamily('works-at-their-launch', 2, ({ b, person }, shape, rng) => {
  const event = rng.pick(['launch', 'premiere', 'publication', 'unveiling'])
  const title = rng.pick(['Dry Seasons', 'A Loud Life', 'The Salt Orchard', 'Rivers of Home'])
  if (shape === 0) {
    b.add(`Speaking at the ${event} of `)
    b.quote(`${title},`, null)
    b.add(` ${person.full} said: `)
    b.quote(rng.pick(['We made it for our mothers.', 'The drought is getting worse.']), {
      name: person.full,
    })
  } else {
    b.quote(rng.pick(['We made it for our mothers,', 'The drought is getting worse,']), {
      name: person.full,
    })
    b.add(` ${person.full} said at the ${event} of `)
    b.quote(`${title}.`, null)
  }
})

/**
 * Titles in charge: `Special Agent in Charge Ana Abernathy`, `Editor in Chief …` is one title,
 * its `in` and the capital after it the title's, not a name's; `a Spokesman in Brussels` stays
 * a role with the place where it serves.
 */
const titlesInCharge = castFamily('titles-in-charge', 3, ({ b, person }, shape, rng) => {
  const title = rng.pick([
    'Special Agent in Charge',
    'Agent in Charge',
    'Officer in Charge',
    'Commander in Chief',
    'Editor in Chief',
    'Writer in Residence',
  ])
  const words = rng.pick(['We followed every lead.', 'The work is not finished.'])
  if (shape === 0) {
    b.add(`${title} ${person.full} ${rng.pick(['said', 'told reporters'])}: `)
    b.quote(words, { name: person.full })
  } else if (shape === 1) {
    b.quote(words.replace(/\.$/u, ','), { name: person.full })
    b.add(` said ${title} ${person.full}.`)
  } else {
    b.quote(words.replace(/\.$/u, ','), { name: person.full })
    b.add(` ${title} ${person.full} said. `)
    b.quote(rng.pick(['Nobody here will rest.', 'We owe them answers.']), { name: person.full })
    b.add(` ${person.surname} added.`)
  }
})

/**
 * Headline nouns before surnames: `Dancer Abernathy says ‘…’`, `Beekeeper Abernathy: ‘…’` over
 * a story that names Ana Abernathy in full. A title-case headline writes the noun for what
 * someone does as a name's first word; the surname is the one person's the story names, and
 * so is the surname alone in the story.
 */
const headlineNounsBeforeSurnames = castFamily(
  'headline-nouns-before-surnames',
  3,
  ({ b, person }, shape, rng) => {
    const speaker = { name: person.full }
    const noun = rng.pick([
      'Dancer',
      'Filmmaker',
      'Beekeeper',
      'Shipbuilder',
      'Choreographer',
      'Sculptor',
      'Winemaker',
    ])
    const words = rng.pick(['we did it for the small towns', 'no regrets', 'the show goes on'])
    if (shape === 2) {
      b.add(`${noun} ${person.surname}: `)
      b.quote(
        words.replace(/^./u, (first) => first.toUpperCase()),
        speaker,
        true,
      )
    } else {
      b.add(`${noun} ${person.surname} ${rng.pick(['says', 'vows'])} `)
      b.quote(words, speaker, true)
      b.add(` ${rng.pick(['after a hard year', 'ahead of final season'])}`)
    }
    b.add(
      `\n${person.full} ${rng.pick(['spoke to reporters on Sunday.', 'met the press on Friday.'])} `,
    )
    b.quote(rng.pick(['It has been the hardest year,', 'We kept going,']), speaker)
    b.add(` ${person.surname} said.`)
  },
)

/**
 * Papers shared: `Ana Abernathy shared a handwritten note with fans. The note read: “…”` is
 * hers, as a statement she issued is; so is a message she posted (the verb names a post, its
 * object the paper).
 */
const papersShared = castFamily('papers-shared', 3, ({ b, person }, shape, rng) => {
  const speaker = { name: person.full }
  const [put, paper] = rng.pick([
    ['shared a handwritten note', 'note'],
    ['left a note', 'note'],
    ['posted a message', 'message'],
    ['posted a short message', 'message'],
    ['shared a letter', 'letter'],
  ] as const)
  b.add(
    `${person.full} ${put} ${rng.pick(['with fans', 'on Instagram', 'for the crew'])} ${rng.pick(['on Sunday', 'after the final show', 'late Friday'])}. `,
  )
  const words = rng.pick(['Thank you for every night.', 'We will be back.', 'I owe you all.'])
  if (shape === 0) {
    b.add(`The ${paper} read: `)
    b.quote(words, speaker)
  } else if (shape === 1) {
    b.quote(words.replace(/\.$/u, ','), speaker)
    b.add(` the ${paper} read.`)
  } else {
    b.add(`It ${rng.pick(['read', 'said'])}: `)
    b.quote(words, speaker)
  }
})

/**
 * Owners alone before colons: `Abernathy’s answer: “…” Roe’s: “…”` gives the second quote to
 * the owner alone before its colon, the noun left out as the sentence before gave it.
 */
const ownersAloneBeforeColons = castFamily(
  'owners-alone-before-colons',
  2,
  ({ b, person }, shape, rng) => {
    const other = rng.pick(genderShown.filter((someone) => someone.surname !== person.surname))
    const noun = rng.pick(['answer', 'reply', 'verdict', 'advice'])
    b.add(`${person.full} and ${other.full} were asked the same question. `)
    b.add(`${person.surname}’s ${noun}: `)
    b.quote(rng.pick(['Keep it short.', 'Never look back.']), { name: person.full })
    b.add(shape === 0 ? ` ${other.surname}’s: ` : ` And ${other.surname}’s? `)
    if (shape === 0) b.quote(rng.pick(['Say less.', 'Trust the crowd.']), { name: other.full })
    else b.add('Nothing yet.')
  },
)

/**
 * Titles said of and taught: `Doe said of “Midnight Ferry,” which she began in 2016` and `who
 * teaches the course “Physics for Poets”` name works, no one's words, while a crowd's `chants
 * of “Ted! Ted!”` stay its words.
 */
const titlesSaidOfAndTaught = castFamily(
  'titles-said-of-and-taught',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    const speaker = { name: person.full }
    const title = rng.pick(['Midnight Ferry', 'Physics for Poets', 'The Salt Road', 'Small Hours'])
    if (shape === 0) {
      b.quote(rng.pick(['My hands were shaking the whole time,', 'It took me years,']), speaker)
      b.add(` ${person.full} said of `)
      b.quote(`${title},`, null)
      b.add(` which ${pronoun} began in ${rng.pick(['2014', '2019'])}.`)
    } else if (shape === 1) {
      b.quote(rng.pick(['The budget will not balance itself,', 'We will stay open,']), speaker)
      b.add(
        ` said ${person.full}, who teaches the ${rng.pick(['popular ', ''])}${rng.pick(['course', 'seminar', 'class'])} `,
      )
      b.quote(title, null)
      b.add(` at ${rng.pick(['Northgate University', 'Lakemont College'])}.`)
    } else {
      b.add(`Supporters of ${person.full} broke into chants of `)
      b.quote(`${person.surname}! ${person.surname}!`, {
        mention: 'supporters of ' + person.full,
        head: 'supporters',
      })
      b.add(' as the results came in.')
    }
  },
)

/**
 * Sentences ending at the clock: `The agency confirmed the closure shortly after 9 p.m. “…,”
 * according to Ana Abernathy` — a clock's `p.m.` before a capital or an opening mark ends its
 * sentence, so the cue before it is no cue of the quote after it; `at 9 p.m. Friday` goes on.
 */
const sentencesEndingAtTheClock = castFamily(
  'sentences-ending-at-the-clock',
  4,
  ({ b, person }, shape, rng) => {
    const speaker = { name: person.full }
    const body = rng.pick(['The Weather Service', 'The county', 'The utility'])
    const time = `${rng.pick(['shortly after', 'just before', 'at'])} ${rng.pick(['9', '11:30', '6'])} ${rng.pick(['p.m.', 'a.m.'])}`
    b.add(`${body} ${rng.pick(['confirmed', 'announced', 'said'])} the road closed ${time} `)
    if (shape === 0) {
      b.quote(rng.pick(['I have never been so scared,', 'The water came so fast,']), speaker)
      b.add(` according to ${person.full}, a ${rng.pick(['truck driver', 'nurse', 'farmer'])}.`)
    } else if (shape === 1) {
      b.add(`According to ${person.full}, the scene was `)
      b.quote(rng.pick(['a war zone.', 'pure chaos.']), speaker)
    } else if (shape === 2) {
      b.add(`${person.full} ${rng.pick(['said', 'told reporters'])}: `)
      b.quote(rng.pick(['Stay off the roads.', 'We are not done yet.']), speaker)
    } else {
      // (`A.M. Okafor`: initials that spell a clock's abbreviation, before no number, are a
      // name's.)
      const initialed = `${rng.pick(['A.M.', 'P.M.'])} ${person.surname}`
      b.add(`Chief executive ${initialed} told analysts: `)
      b.quote(rng.pick(['Margins will hold.', 'We are not done yet.']), { name: initialed })
    }
  },
)

/**
 * Cues after remembering: `“…!” Ana Abernathy remembered shouting to her family` — a verb that
 * takes a gerund hands the clause on to the cue it takes, as one with an infinitive does.
 */
const cuesAfterRemembering = castFamily(
  'cues-after-remembering',
  2,
  ({ b, person }, shape, rng) => {
    const speaker = { name: person.full }
    const verb = rng.pick(['remembered', 'remembers', 'recalled', 'kept', 'started', 'began'])
    const cue = rng.pick(['shouting', 'yelling', 'telling', 'saying'])
    const words = rng.pick([
      'The water is coming in!',
      'Get to the roof!',
      'Stay back from the wires!',
    ])
    b.add(`${rng.pick(['The river crested early Friday.', 'Crews pulled people from rooftops.'])} `)
    b.quote(words, speaker)
    b.add(` ${person.full} ${verb} ${cue}`)
    b.add(shape === 0 ? ` to ${rng.pick(['the family', 'the neighbors', 'the children'])}.` : '.')
  },
)

/**
 * Surnames joined by hyphens: `Olamide Adebayo-Smith` is a given name and two surnames, each
 * with its capital; `she` after her is hers. A Korean given name of two syllables (`Kang
 * Seung-ho`) writes its second in lower case.
 */
const surnamesJoinedByHyphens = castFamily('surnames-joined-by-hyphens', 2, ({ b }, shape, rng) => {
  const [given, pronoun] = rng.pick([
    ['Olamide', 'she'],
    ['Maria', 'she'],
    ['Tunde', 'he'],
    ['Chidi', 'he'],
  ] as const)
  const full = `${given} ${rng.pick(['Adebayo', 'Okafor', 'Tran'])}-${rng.pick(['Smith', 'Lopez', 'Brennan'])}`
  b.add(
    `${full} ${rng.pick(['was among the residents allowed back', 'runs the shelter on Elm Street'])}. `,
  )
  const speaker = { name: full }
  if (shape === 0) {
    b.quote(rng.pick(['Everyone just showed up to help,', 'We lost the roof,']), speaker)
    b.add(` ${pronoun} said.`)
  } else {
    b.add(`${pronoun === 'she' ? 'She' : 'He'} ${rng.pick(['said', 'added'])}: `)
    b.quote(rng.pick(['That is this town.', 'We will rebuild.']), speaker)
  }
})

/**
 * Collective plurals: `“…,” rescue crews said`, `Search teams called the damage “…”` — the
 * plural of a noun for a body of people is a source the text does not name.
 */
const collectivePlurals = castFamily('collective-plurals', 3, ({ b }, shape, rng) => {
  const [modifier, head] = rng.pick([
    ['rescue', 'crews'],
    ['search', 'teams'],
    ['medical', 'teams'],
    ['volunteer', 'groups'],
    ['repair', 'crews'],
  ] as const)
  const speaker = { mention: `${modifier} ${head}`, head }
  b.add(
    `${rng.pick(['A blaze sent smoke over the town.', 'The river broke its banks overnight.'])} `,
  )
  if (shape === 0) {
    b.quote(
      rng.pick(['One firefighter was treated at the scene,', 'The road will stay shut,']),
      speaker,
    )
    b.add(` ${modifier} ${head} said ${rng.pick(['Thursday', 'in a statement', 'late Friday'])}.`)
  } else if (shape === 1) {
    b.add(
      `${modifier.replace(/^./u, (first) => first.toUpperCase())} ${head} ${rng.pick(['said', 'warned'])}: `,
    )
    b.quote(rng.pick(['Stay away from the river.', 'We need more boats.']), speaker)
  } else {
    b.add(`${modifier.replace(/^./u, (first) => first.toUpperCase())} ${head} called the damage `)
    b.quote(rng.pick(['apocalyptic', 'the worst in decades']), speaker)
    b.add(' and urged people to stay away.')
  }
})

/**
 * Phrases listed after objects: `Ana Abernathy praised Mayor Tom Roe and volunteers from
 * the Red Cross on Saturday, adding: “…”` — a phrase listed after the verb's object is one more
 * object; the participle goes on from the sentence's subject.
 */
const phrasesListedAfterObjects = castFamily(
  'phrases-listed-after-objects',
  2,
  ({ b, person }, shape, rng) => {
    const other = rng.pick(genderShown.filter((someone) => someone.surname !== person.surname))
    const group = rng.pick(['volunteers', 'firefighters', 'nurses', 'neighbors'])
    b.add(
      `${person.full} ${rng.pick(['praised', 'thanked'])} ${rng.pick(['Mayor ', 'Sen. ', ''])}${other.full} and ${group}${shape === 0 ? ` from the ${rng.pick(['Red Cross', 'Salvation Army'])}` : ''} ${rng.pick(['on Saturday', 'late Monday'])}, ${rng.pick(['adding', 'saying'])}: `,
    )
    b.quote(rng.pick(['We are tired, but we will be fine.', 'The next two days will be hard.']), {
      name: person.full,
    })
  },
)

/**
 * Cue words in objects: `Between the boom in “slow cinema” and the fuss over “Oscar bait,” the
 * season has had no shortage of labels.` — a phrase with a verb phrase of its own (`has had`)
 * says nothing, and a cue word in its object (`labels`) is a noun there.
 */
const cueWordsInObjects = castFamily('cue-words-in-objects', 2, ({ b, person }, shape, rng) => {
  b.add('Between the boom in ')
  b.quote(rng.pick(['slow cinema', 'cozy crime', 'quiet luxury']), null)
  b.add(' and the fuss over ')
  b.quote(`${rng.pick(['Oscar bait', 'sad-girl pop', 'hopepunk'])},`, null)
  b.add(
    ` the ${rng.pick(['season', 'year', 'festival'])} ${rng.pick(['has had', 'had', 'has seen'])} no shortage of ${rng.pick(['labels', 'claims', 'comments'])}. `,
  )
  if (shape === 0) {
    b.add(`${person.full} told reporters: `)
    b.quote(rng.pick(['I ignore all of it.', 'Labels sell tickets.']), { name: person.full })
  }
})

/**
 * Dotted initials opening asides: `C.J. Abernathy — a singer from Leeds — said: “…”` opens with a name
 * whose initials are in capitals, which no dateline (`COLUMBUS, Ohio —`) opens with; the aside
 * set off by dashes is the name's.
 */
const dottedInitialsOpeningAsides = castFamily(
  'dotted-initials-opening-asides',
  3,
  ({ b, person }, shape, rng) => {
    const name = `${rng.pick(['C.J.', 'A.B.', 'T.K.', 'P.M.'])} ${person.surname}`
    const speaker = { name }
    const aside = rng.pick([
      'a singer from Leeds',
      'nicknamed “the Professor” early on',
      'who has coached here for a decade',
    ])
    const nickname = aside.includes('“')
    const words = rng.pick(['It is the hardest role I have played.', 'We start again on Monday.'])
    const open = () => {
      b.add(`${name} — `)
      if (nickname) {
        b.add('nicknamed ')
        b.quote('the Professor', null)
        b.add(' early on')
      } else b.add(aside)
      b.add(' — ')
    }
    if (shape === 0) {
      open()
      b.add(`${rng.pick(['said', 'told Soundcheck magazine'])}: `)
      b.quote(words, speaker)
    } else if (shape === 1) {
      open()
      b.add('was blunt: ')
      b.quote(words, speaker)
    } else {
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` said ${name}.`)
    }
  },
)

/**
 * Adverbs opening sentences: `Long known as “Golden Voice,” R.R. Abernathy has rarely given
 * interviews. “…,” she said.` — a word that opens sentences as an adverb (`Long`, `Back`) is no
 * name when the text never writes it capitalized inside one, and `she` is the one person named.
 */
const adverbsOpeningSentences = castFamily(
  'adverbs-opening-sentences',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const opener = rng.pick([
      ['Long known as', 'Golden Voice'],
      ['Long billed as', 'the Quiet Giant'],
      ['Back in the days of', 'the Old Mill'],
    ] as const)
    b.add(`${opener[0]} `)
    b.quote(`${opener[1]},`, null)
    // (Initials show no gender: only the word that opens the sentence could take the pronoun
    // from the one person named.)
    const name = `${rng.pick(['R.R.', 'N.K.', 'T.J.'])} ${person.surname}`
    b.add(` ${name} ${rng.pick(['has rarely given interviews', 'kept out of the spotlight'])}. `)
    const words = rng.pick([
      'I wanted to make something my younger self would love.',
      'I never chased fame.',
    ])
    if (shape === 0) {
      b.quote(words.replace(/\.$/u, ','), { name })
      b.add(` ${pronoun} said.`)
    } else {
      b.add(`${pronoun === 'she' ? 'She' : 'He'} ${rng.pick(['said', 'added'])}: `)
      b.quote(words, { name })
    }
  },
)

/**
 * Sources familiar with papers: `A researcher familiar with the study, who requested anonymity,
 * said: “…”` — `who` wants someone, and a paper after an adjective's preposition (`familiar
 * with`, `close to`) is no one; the phrase the adjective hangs on speaks.
 */
const sourcesFamiliarWithPapers = castFamily(
  'sources-familiar-with-papers',
  2,
  ({ b }, shape, rng) => {
    const [phrase, head] = rng.pick([
      ['A researcher', 'researcher'],
      ['An official', 'official'],
      ['A person', 'person'],
      ['An analyst', 'analyst'],
    ] as const)
    const speaker = { mention: phrase.toLowerCase(), head }
    b.add(
      `${phrase} ${rng.pick(['familiar with', 'close to', 'critical of'])} the ${rng.pick(['study', 'report', 'memo', 'review'])}, who ${rng.pick(['requested anonymity', 'asked not to be named', 'spoke on condition of anonymity'])}${rng.pick(['', ' to discuss internal deliberations'])}, `,
    )
    if (shape === 0) {
      b.add('said: ')
      b.quote(
        rng.pick([
          'It is a small study, and it should be read as one.',
          'The numbers do not add up.',
        ]),
        speaker,
      )
    } else {
      b.add('said the findings were ')
      b.quote(rng.pick(['overstated.', 'premature.']), speaker)
    }
  },
)

/**
 * Phrases with past verbs after quotes: `“…,” Ana Abernathy said. “…” The vote followed more
 * than three hours of public comment.` — a phrase with a past verb of its own right after it
 * (`followed`) is no source whose cue comes later (`comment` is a noun in its object); the
 * quote goes on with its speaker.
 */
const phrasesWithPastVerbsAfterQuotes = castFamily(
  'phrases-with-past-verbs-after-quotes',
  2,
  ({ b, person }, shape, rng) => {
    const speaker = { name: person.full }
    b.quote(
      rng.pick(['This is about giving students a fair shot,', 'We did what we promised,']),
      speaker,
    )
    b.add(` ${person.full} said. `)
    b.quote(
      rng.pick([
        'The campus will stay open. Nobody will lose a place.',
        'The money is there. It will be spent.',
      ]),
      speaker,
    )
    b.add(
      ` The ${rng.pick(['vote', 'decision', 'meeting', 'debate'])} ${rng.pick(['followed', 'drew', 'capped'])} ${rng.pick(['more than three hours of public comment', 'a long night of comment', 'two hours of remarks'])}.`,
    )
    if (shape === 1)
      b.add(` ${rng.pick(['The board adjourned at midnight.', 'No one else spoke.'])}`)
  },
)

/**
 * Leading initials before given names: `A. Emeka Kristiansen led the review. “…,” Kristiansen
 * said.` — `A.` opening a paragraph before a known given name and a surname is an initial, no
 * answer's label (`A. It is a small trial`), and the surname alone finds the full name.
 */
const leadingInitialsBeforeGivenNames = castFamily(
  'leading-initials-before-given-names',
  2,
  ({ b }, shape, rng) => {
    const given = rng.pick(['Emeka', 'Maria', 'Tomas', 'Ngozi', 'Carlos'])
    const surname = rng.pick(['Kristiansen', 'Abernathy', 'Okafor', 'Lindqvist'])
    const full = `${rng.pick(['A.', 'Q.'])} ${given} ${surname}`
    b.add(
      `${full}${shape === 0 ? `, chair of the ${rng.pick(['department', 'panel'])},` : ''} led the review. `,
    )
    b.quote(rng.pick(['We need five more years of data,', 'The results are clear,']), {
      name: full,
    })
    b.add(` ${surname} said.`)
  },
)

/**
 * Roles whose `of` says what they have charge of, in lower case right before a name:
 * `said dean of students Ana Ruiz`, `curator of prints Tom Reyes said`, `said captain of the
 * team Jo Roe` — the role and its complement belong to the name's phrase, whatever the role's
 * noun, once it is a title or a noun for someone; after a noun of kinship the phrase is the
 * kin's (`the widow of farmer Jo Roe`).
 */
const rolesWithCharges = castFamily(
  'roles-with-charges',
  5,
  ({ b, person, pronoun }, shape, rng) => {
    const role = rng.pick([
      'dean of students',
      'curator of prints',
      'master of ceremonies',
      'professor of history',
      'captain of the team',
      'director of the museum',
      'editor of the yearbook',
      'head of the delegation',
      'dean of admissions',
      'professor of law',
    ])
    const modifier = rng.pick(['', '', 'longtime ', 'former '])
    const words = rng.pick([
      'We knew the night would be long,',
      'Nobody expected a crowd this size,',
      'This has been a hard year for all of us,',
    ])
    const speaker = { name: person.full }
    if (shape === 0) {
      b.quote(words, speaker)
      b.add(` said ${modifier}${role} ${person.full}.`)
    } else if (shape === 1) {
      b.quote(words, speaker)
      b.add(
        ` ${modifier}${role} ${person.full} ${rng.pick(['said', 'told reporters', 'recalled'])}.`,
      )
    } else if (shape === 2) {
      const opening = `${modifier}${role}`
      b.add(
        `${opening.charAt(0).toUpperCase()}${opening.slice(1)} ${person.full} ${rng.pick(['said', 'told the audience', 'wrote'])}: `,
      )
      b.quote(words.replace(/,$/u, '.'), speaker)
    } else if (shape === 3) {
      b.add(`The evening ran late, said ${modifier}${role} ${person.full}. `)
      b.quote(words.replace(/,$/u, '.'), speaker)
      b.add(
        ` ${pronoun === 'she' ? 'She' : 'He'} ${rng.pick(['added', 'said'])} that tickets had sold out.`,
      )
    } else {
      const kin = rng.pick(['widow', 'daughter', 'son'] as const)
      const farmer = rng.pick(['farmer', 'fisherman', 'teacher'])
      b.quote(words, { mention: `the ${kin} of ${farmer} ${person.full}`, head: kin })
      b.add(` said the ${kin} of ${farmer} ${person.full}.`)
    }
  },
)

/**
 * Titles in capitals with a role's ending that no list holds, right before a known given name
 * and a surname: `County Supervisor Lena Moss said`, `“…,” said Tax Collector Omar Haddad` —
 * the title is no part of the name, so the surname alone later finds the person too.
 */
const roleShapedTitles = castFamily('role-shaped-titles', 4, ({ b }, shape, rng) => {
  // (Given names the lexicon knows, of both genders: the title stands before a known one.)
  const [given, pronoun] = rng.pick([
    ['Lena', 'she'],
    ['Omar', 'he'],
    ['Priya', 'she'],
    ['Tomas', 'he'],
    ['Grace', 'she'],
    ['Samuel', 'he'],
  ] as const)
  const surname = rng.pick(['Moss', 'Haddad', 'Moriyama', 'Balogun', 'Lindqvist'])
  const person = { full: `${given} ${surname}`, surname }
  const title = rng.pick([
    'County Supervisor',
    'District Supervisor',
    'County Surveyor',
    'Tax Collector',
    'Water Commissioner',
    'Harbor Supervisor',
    'Parks Administrator',
  ])
  const words = rng.pick([
    'We have the votes, and we intend to use them.',
    'Nobody on this block was asked what they wanted.',
    'The permit was issued in full compliance with the code.',
  ])
  const speaker = { name: person.full }
  if (shape === 0) {
    b.add(`${title} ${person.full} ${rng.pick(['told the council', 'said', 'wrote'])}: `)
    b.quote(words, speaker)
  } else if (shape === 1) {
    b.quote(words.replace(/\.$/u, ','), speaker)
    b.add(` said ${title} ${person.full}.`)
  } else if (shape === 2) {
    b.add(`${title} ${person.full} introduced the measure on Thursday.\n\n`)
    b.quote(words.replace(/\.$/u, ','), speaker)
    b.add(` ${person.surname} said.`)
  } else {
    b.add(`${title} ${person.full} voted against the plan. `)
    b.quote(words.replace(/\.$/u, ','), speaker)
    b.add(` ${pronoun} said.`)
  }
})

/**
 * `the statement` after any paper put out: `In an email, the Tenants Union said …` or `The
 * union said in a written response that …`, then `“…,” the statement said` — a statement is
 * whatever paper the text last said someone put out; `written` makes a paper of any noun.
 */
const statementsForAnyPaper = castFamily('statements-for-any-paper', 3, ({ b }, shape, rng) => {
  const body = rng.pick([
    'the Eastside Tenants Union',
    'the Metro Property Owners Association',
    'the Northgate Chamber of Commerce',
    'the Coalition for Fair Rents',
  ])
  const name = body.replace(/^the /u, '')
  const paper = rng.pick(['an email', 'a news release', 'a written response', 'a written reply'])
  const claim = rng.pick([
    'taxes and insurance had outpaced rents',
    'nobody on the council had read the study',
  ])
  if (shape === 0) {
    b.add(`In ${paper}, ${body} said ${claim}. `)
  } else if (shape === 1) {
    b.add(`${body.charAt(0).toUpperCase()}${body.slice(1)} said in ${paper} that ${claim}. `)
  } else {
    b.add(`In ${paper} on ${rng.pick(['Monday', 'Friday'])}, ${body} said ${claim}.\n\n`)
  }
  b.quote(
    rng.pick([
      'Small landlords are being squeezed,',
      'It feels like the city has made up its mind,',
    ]),
    { name },
  )
  b.add(' the statement said.')
})

/**
 * A body's one-word name opening a sentence, set off before `which`: `NPR, which aired the
 * interview, said: “…”`, `Arvetta, which makes the sensors, said the recall was “…”` — what
 * `which` follows is named, however the text writes its first word elsewhere.
 */
const bodiesSetOffBeforeWhich = castFamily(
  'bodies-set-off-before-which',
  3,
  ({ b }, shape, rng) => {
    const name = rng.pick(['NPR', 'CBS', 'KVRX', 'WBNT', 'Arvetta', 'Zoomr', 'Kelvance'])
    const clause = rng.pick([
      'which aired the interview',
      'which broke the story',
      'which has covered the case for months',
      'which employs 400 people in the city',
    ])
    const speaker = { name }
    if (shape === 0) {
      b.add(`${name}, ${clause}, ${rng.pick(['said', 'said in a statement'])}: `)
      b.quote(rng.pick(['We stand by our reporting.', 'The complaint is misleading.']), speaker)
    } else if (shape === 1) {
      b.add(`${name}, ${clause}, said the ruling was `)
      b.quote(rng.pick(['long overdue', 'the right call', 'misleading']), speaker)
      b.add('.')
    } else {
      b.add(`The inquiry opened on Monday. ${name}, ${clause}, ${rng.pick(['said', 'added'])}: `)
      b.quote(rng.pick(['We will cooperate fully.', 'Nobody told us in advance.']), speaker)
    }
  },
)

/**
 * Nouns of characterizing and the case made: `Opponents seized on Mayor Ana Ruiz’s description
 * of the budget as “…”`, `Ruiz’s portrayal of the deal as “…” drew fire`, `Ruiz made the case
 * that “…”` — the owner of the noun, or the one who made the case, speaks.
 */
const characterizingNouns = castFamily('characterizing-nouns', 3, ({ b, person }, shape, rng) => {
  const noun = rng.pick(['description', 'characterization', 'portrayal'])
  const object = rng.pick(['the budget', 'the compromise', 'the interview', 'the plan'])
  const words = rng.pick(['a good first step', 'a land grab', 'a calculated insult', 'reckless'])
  const title = rng.pick(['', 'Mayor ', 'Councilwoman ', 'Dr. '])
  const speaker = { name: person.full }
  if (shape === 0) {
    b.add(`Opponents seized on ${title}${person.full}’s ${noun} of ${object} as `)
    b.quote(`${words}.`, speaker)
  } else if (shape === 1) {
    b.add(`${person.full}’s ${noun} of ${object} as `)
    b.quote(words, speaker)
    b.add(` drew criticism from ${rng.pick(['colleagues', 'the opposition'])}.`)
  } else {
    b.add(`${title}${person.full} made the case that `)
    b.quote(
      rng.pick(['the comment period was far too short,', 'tenants were being pushed out,']),
      speaker,
    )
    b.add(' and urged colleagues to act.')
  }
})

/**
 * Words in marks after a noun for words, with a clause after them that says who used them:
 * `The phrase “…,” which Planning Director Ana Ruiz used in her address, has become a rallying
 * cry`, `the slogan “…,” coined by Ana Ruiz` — theirs; with no such clause the words are only
 * named (`the phrase “…” appears in the plan`).
 */
const wordsUsedAfterMarks = castFamily(
  'words-used-after-marks',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    const noun = rng.pick(['phrase', 'slogan', 'term'])
    const words = rng.pick(['a city for all incomes,', 'housing for everyone,', 'fair rents now,'])
    const title = rng.pick(['', 'Planning Director ', 'Comptroller '])
    const speaker = { name: person.full }
    if (shape === 0) {
      b.add(`The ${noun} `)
      b.quote(words, speaker)
      b.add(
        ` which ${title}${person.full} ${rng.pick(['used', 'first used', 'coined'])} in ${pronoun === 'she' ? 'her' : 'his'} ${rng.pick(['State of the City address', 'campaign launch'])}, has become a rallying cry.`,
      )
    } else if (shape === 1) {
      b.add(`The ${noun} `)
      b.quote(words, speaker)
      b.add(
        ` ${rng.pick(['coined', 'popularized'])} by ${title}${person.full} during the last campaign, is back on lawn signs.`,
      )
    } else {
      b.add(`The ${noun} `)
      b.quote(words.replace(/,$/u, ''), null)
      b.add(` appears ${rng.pick(['twice', 'on every page'])} in the draft plan.`)
    }
  },
)

/**
 * A name `its` takes up in any clause is a body's, no `he`: `Rajesh Osei said members would stay
 * out until Harbourline Ports improved its offer. … “…,” he said.` — `he` is Osei, not the
 * company named later with no title or gender.
 */
const bodiesItsTakesUp = castFamily(
  'bodies-its-takes-up',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const company = rng.pick([
      'Harbourline Ports',
      'Orbis Parcel',
      'Metrolink Buses',
      'Vantor Packaging',
    ])
    const other =
      pronoun === 'she'
        ? { full: 'Tomasz Wojcik', pronoun: 'he' }
        : { full: 'Amara Cardoso', pronoun: 'she' }
    const speaker = { name: person.full }
    b.add(
      `${person.full} said members would stay out until ${company} ${rng.pick(['improved its offer', 'raised its pay offer', 'changed its rota'])}. `,
    )
    b.quote(
      rng.pick(['The offer would not keep up with inflation,', 'Our patience has run out,']),
      speaker,
    )
    b.add(` ${person.surname} said.\n\n`)
    if (shape === 0) {
      b.add(`${other.full}, a director at ${company}, said the company was willing to talk. `)
      b.quote('We value every member of our team,', { name: other.full })
      b.add(` ${other.pronoun} said.\n\n`)
    } else {
      b.add(`${company} said most services were running normally.\n\n`)
    }
    b.quote(
      rng.pick(['The strike fund is strong,', 'This contract would lock in two tiers,']),
      speaker,
    )
    b.add(` ${pronoun} said on ${rng.pick(['Monday', 'Sunday'])}.`)
  },
)

/**
 * A day after `on` between the subject and the cue dates the verb: `The Federation of Metal
 * and Rail Workers on Sunday branded the proposal “…”` — the body speaks, named without the day.
 */
const daysBetweenSubjectsAndCues = castFamily(
  'days-between-subjects-and-cues',
  2,
  ({ b }, shape, rng) => {
    const body = rng.pick([
      'Federation of Metal and Rail Workers',
      'National Union of Rail Workers',
      'Coastal Nurses Federation',
      'Allied Warehouse Workers Union',
    ])
    const day = rng.pick(['Sunday', 'Thursday', 'Monday'])
    if (shape === 0) {
      b.add(`The ${body} on ${day} branded the company’s proposal `)
      b.quote(rng.pick(['totally out of touch', 'a slap in the face']), { name: body })
      b.add(' and announced a second week of strikes.')
    } else {
      b.add(`The ${body} on ${day} ${rng.pick(['said', 'warned'])}: `)
      b.quote(rng.pick(['Our members will not back down.', 'The offer is an insult.']), {
        name: body,
      })
    }
  },
)

/**
 * A headline's noun for whoever heads a body, or for a kind of body, over a story that names
 * them: `Arden Care Homes chief calls pay demands ‘excessive’` over `Ngozi Grigoryan, chief
 * executive of Arden Care Homes, said …`; `Union boss warns …` over `…, general secretary of the
 * union`; `Union warns of ‘…’ at Norvik Steel` over `The Federation of Metal and Rail Workers
 * said …` — the holder of the office, or the first body the story names that the headline does
 * not.
 */
const headlineHeadsOfBodies = castFamily(
  'headline-heads-of-bodies',
  3,
  ({ b, person }, shape, rng) => {
    const company = rng.pick([
      'Arden Care Homes',
      'Citylink Transit',
      'Meridian Rail',
      'Greyfield Mining',
    ])
    const words = rng.pick(['excessive', 'unrealistic', 'unaffordable'])
    const speaker = { name: person.full }
    if (shape === 0) {
      b.add(`${company} ${rng.pick(['chief', 'head'])} calls pay demands `)
      b.quote(words, speaker, true)
      b.add(
        `\n\n${person.full}, ${rng.pick(['chief executive', 'managing director', 'president'])} of ${company}, said the union’s claim would cost the company millions. `,
      )
      b.quote(
        rng.pick(['We urge the union to return to talks,', 'We value every member of our team,']),
        speaker,
      )
      b.add(` ${person.surname} said.`)
    } else if (shape === 1) {
      b.add(`Union ${rng.pick(['boss', 'chief', 'leader'])} warns of `)
      b.quote(rng.pick(['a long strike', 'months of disruption']), speaker, true)
      b.add(
        `\n\n${person.full}, ${rng.pick(['general secretary', 'president'])} of the ${rng.pick(['Bus Drivers Union', 'Dockers Union'])}, said members would stay out. `,
      )
      b.quote(rng.pick(['Our patience has run out,', 'The strike fund is strong,']), speaker)
      b.add(` ${person.surname} said.`)
    } else {
      const body = rng.pick([
        'Federation of Metal and Rail Workers',
        'Professional Pilots Association',
        'Hospitality Workers Guild',
      ])
      b.add('Union warns of ')
      b.quote(rng.pick(['serious safety risks', 'a summer of disruption']), { name: body }, true)
      b.add(
        ` at ${company}\n\nThe ${body} said on ${rng.pick(['Tuesday', 'Friday'])} that talks with ${company} were close to collapse. ${company} said it had made a fair offer.`,
      )
    }
  },
)

/**
 * Views stated at a colon with no verb of saying: `For the Interior Ministry, the priority is
 * clear: “…”`, `To Amina Yusuf, the camp is a prison: “…”`, `The agency’s position was
 * unambiguous: “…”`, `Her stance was plain: “…”`, `Amina Yusuf’s biggest fear: “…”`, `For
 * Amina Yusuf, 34, the answer is simple: “…”` — a body named states a view as a person does,
 * `to` frames it as `for` does, a position, a stance or a fear is its owner's saying, with a
 * copula or alone at the colon, and an age set off after the name is passed over.
 */
const viewsStatedAtColons = castFamily(
  'views-stated-at-colons',
  6,
  ({ b, person, pronoun }, shape, rng) => {
    const body = rng.pick(['Interior Ministry', 'Border Agency', 'Refugee Council', 'UNHCR'])
    const article = body === 'UNHCR' ? '' : 'the '
    const words = rng.pick([
      'Borders must be secure.',
      'We need safe routes.',
      'Nobody should sleep outside.',
    ])
    if (shape === 0) {
      b.add(
        `For ${article}${body}, the ${rng.pick(['priority', 'answer', 'lesson'])} is ${rng.pick(['clear', 'simple'])}: `,
      )
      b.quote(words, { name: body })
    } else if (shape === 1) {
      b.add(`To ${person.full}, the camp is ${rng.pick(['a prison', 'a trap', 'home for now'])}: `)
      b.quote(rng.pick(['We cannot leave.', 'Nobody tells us anything.']), { name: person.full })
    } else if (shape === 2) {
      b.add(
        `${article ? 'The ' : ''}${body} said the centre was full. The ${body === 'UNHCR' ? 'agency' : body.split(' ').pop()?.toLowerCase()}’s ${rng.pick(['position', 'stance'])} was ${rng.pick(['unambiguous', 'plain'])}: `,
      )
      b.quote(words, { name: body })
    } else if (shape === 3) {
      b.add(
        `${person.full} ${rng.pick(['runs a shelter in Calais', 'has volunteered at the port for years'])}. ${pronoun === 'she' ? 'Her' : 'His'} ${rng.pick(['stance', 'position', 'view'])} is ${rng.pick(['plain', 'simple'])}: `,
      )
      b.quote(words, { name: person.full })
    } else if (shape === 4) {
      b.add(`${person.full}’s ${rng.pick(['biggest fear', 'one hope', 'only wish', 'request'])}: `)
      b.quote(rng.pick(['Being sent back.', 'A safe home.', 'Let my children stay.']), {
        name: person.full,
      })
    } else {
      b.add(
        `For ${person.full}, ${rng.int(40) + 20}, the ${rng.pick(['answer', 'lesson'])} is simple: `,
      )
      b.quote(words, { name: person.full })
    }
  },
)

/**
 * Papers and who wrote them: `Chief Whip Tom Reyes’s leaked memo read: “…”`, `A memo written
 * by a senior Treasury official said: “…”`, `The email, which Tom Reyes sent to staff on
 * Friday, said: “…”` — the owner past a participle, an author the text only describes, and the
 * subject of a relative clause that sends the paper speak for it.
 */
const papersAndTheirWriters = castFamily(
  'papers-and-their-writers',
  3,
  ({ b, person }, shape, rng) => {
    const paper = rng.pick(['memo', 'email', 'letter'])
    const words = rng.pick([
      'The numbers do not add up.',
      'We cannot win this vote.',
      'Hold the line.',
    ])
    if (shape === 0) {
      b.add(
        `${rng.pick(['', 'Chief Whip ', 'Minister '])}${person.full}’s ${rng.pick(['leaked', 'unpublished', 'confidential'])} ${paper} ${rng.pick(['read', 'said'])}: `,
      )
      b.quote(words, { name: person.full })
    } else if (shape === 1) {
      const [author, head] = rng.pick([
        ['a senior Treasury official', 'official'],
        ['a veteran backbencher', 'backbencher'],
        ['a party strategist', 'strategist'],
      ] as const)
      b.add(
        `A ${rng.pick(['leaked ', ''])}${paper} ${rng.pick(['written by', 'from'])} ${author} ${rng.pick(['said', 'warned'])}: `,
      )
      b.quote(words, { mention: author, head })
    } else {
      b.add(
        `The ${paper}, ${rng.pick(['which', 'that'])} ${person.full} ${rng.pick(['sent to staff on Friday', 'wrote last week'])}, ${rng.pick(['said', 'read'])}: `,
      )
      b.quote(words, { name: person.full })
    }
  },
)

/**
 * Titles whose words a hyphen joins with `in`: `Editor-in-chief Priya Whitfield spoke …`,
 * `said Commander-in-Chief Tom Roe` — the title is no part of the name.
 */
const titlesJoinedByIn = castFamily(
  'titles-joined-by-in',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    const title = rng.pick(['Editor-in-chief', 'Editor-in-Chief', 'Commander-in-chief'])
    const speaker = { name: person.full }
    const words = rng.pick(['We will fix this.', 'We are proud of the investigation.'])
    if (shape === 0) {
      b.add(`${title} ${person.full} spoke to reporters on Monday. `)
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` ${person.surname} said.`)
    } else if (shape === 1) {
      b.add(`${title} ${person.full} ${rng.pick(['said', 'wrote'])}: `)
      b.quote(words, speaker)
    } else {
      b.add(`${title} ${person.full} defended the story. `)
      b.quote(words.replace(/\.$/u, ','), speaker)
      b.add(` ${pronoun} said.`)
    }
  },
)

/**
 * `call for` and `call on` ask for something: a sentence of them after a quote attributes
 * nothing (`“…,” Anders Moe said. “…” The hosts’ union has called for an inquiry.`); the quote
 * goes on with the speaker before it.
 */
const callsForAfterQuotes = castFamily('calls-for-after-quotes', 2, ({ b, person }, shape, rng) => {
  const speaker = { name: person.full }
  b.quote(rng.pick(['It’s been a rough week,', 'I stand by what I said,']), speaker)
  b.add(` ${person.full} said on the station’s morning show. `)
  b.quote(rng.pick(['My words were clumsy, but my point stands.', 'I will not resign.']), speaker)
  b.add(
    shape === 0
      ? ` The ${rng.pick(['hosts’ union', 'station’s board', 'press council'])} has called for an inquiry.`
      : ` ${rng.pick(['Critics', 'Several lawmakers'])} called on the station to act.`,
  )
})

/**
 * A title in capitals set off by commas after a noun for a published paper names it: `Asked
 * about the budget document, “Building Forward,” Councilwoman Ana Ruiz said: “…”`, `Ana Ruiz,
 * who helped write the proposal, “A Home for Everyone,” said: “…”` — the title is no one's words.
 */
const titlesSetOffAfterPapers = castFamily(
  'titles-set-off-after-papers',
  2,
  ({ b, person }, shape, rng) => {
    const paper = rng.pick(['budget document', 'proposal', 'housing blueprint', 'draft framework'])
    const title = rng.pick(['Building Forward,', 'A Home for Everyone,', 'Keys to the City,'])
    const words = rng.pick([
      'I am proud of the work this council has done.',
      'The plan sets aside 300 units.',
    ])
    const speaker = { name: person.full }
    if (shape === 0) {
      b.add(`Asked about the ${paper}, `)
      b.quote(title, null)
      b.add(` ${rng.pick(['', 'Councilwoman ', 'Deputy Mayor '])}${person.full} said: `)
      b.quote(words, speaker)
    } else {
      b.add(`${person.full}, who helped write the ${paper}, `)
      b.quote(title, null)
      b.add(' said: ')
      b.quote(words, speaker)
    }
  },
)

/**
 * A described subject past what stands around it: after a short phrase a preposition fronts
 * with no comma (`At one point a reporter from a local station shouted: “…”`), and before a
 * relative clause set off after a phrase a preposition adds to it (`An aide to the minister,
 * who spoke on condition of anonymity because they were not authorized to discuss the matter,
 * said: “…”`) — the described one speaks.
 */
const describedSubjectsPastPhrases = castFamily(
  'described-subjects-past-phrases',
  2,
  ({ b, person }, shape, rng) => {
    if (shape === 0) {
      const [phrase, head] = rng.pick([
        ['a reporter from a local station', 'reporter'],
        ['a journalist at the back of the room', 'journalist'],
        ['a protester outside the hall', 'protester'],
      ] as const)
      b.add(
        `${person.full} took questions for twenty minutes. ${rng.pick(['At one point', 'At the end', 'On Monday'])} ${phrase} ${rng.pick(['shouted', 'asked'])}: `,
      )
      b.quote(rng.pick(['How do you respond to your critics?', 'Are you resigning?']), {
        mention: phrase,
        head,
      })
    } else {
      const [phrase, head] = rng.pick([
        ['An aide to the minister', 'aide'],
        ['An adviser to the mayor', 'adviser'],
        ['A spokesperson for the agency', 'spokesperson'],
      ] as const)
      b.add(
        `${phrase}, who spoke on condition of anonymity because ${rng.pick(['they were', 'the talks were', 'nobody was'])} not authorized to discuss the matter, said: `,
      )
      b.quote(rng.pick(['The lawyers saw the script the night before.', 'We knew nothing.']), {
        mention: phrase.replace(/^A/u, 'a'),
        head,
      })
    }
  },
)

/**
 * A company known by what it owns or by its kind online: `Zoomr’s shares fell 8 percent. “…,”
 * the company said`, `Orbit Social removed the posts. “…,” the platform said` — a name that owns
 * shares, servers or customers is a company's, and `the platform` is a body's noun.
 */
const companiesByWhatTheyOwn = castFamily('companies-by-what-they-own', 2, ({ b }, shape, rng) => {
  const name = rng.pick(['Zoomr', 'Lumeo', 'Quillbyte', 'Orbit Social', 'Brightnest'])
  const words = rng.pick([
    'We are cooperating fully,',
    'No card data was exposed,',
    'They violated our rules,',
  ])
  if (shape === 0) {
    b.add(
      `${name}’s ${rng.pick(['shares fell 8 percent on Tuesday', 'servers went dark for six hours', 'customers were told to reset passwords'])}. `,
    )
    b.quote(words, { name })
    b.add(` the company ${rng.pick(['said', 'said in a blog post'])}.`)
  } else {
    b.add(`${name} removed the posts on ${rng.pick(['Monday', 'Friday'])}. `)
    b.quote(words, { name })
    b.add(' the platform said.')
  }
})

/**
 * A headline's role with a word that says which, and no article: `Security researcher: ‘…’`,
 * `Security researcher says ‘…’` over a story whose one person named in full holds that role —
 * the role is that person, as a bare one is (`Researcher: ‘…’`).
 */
const headlineRolesWithAModifier = castFamily(
  'headline-roles-with-a-modifier',
  2,
  ({ b, person }, shape, rng) => {
    const [modifier, noun] = rng.pick([
      ['Security', 'researcher'],
      ['Veteran', 'engineer'],
      ['Local', 'teacher'],
    ] as const)
    const speaker = { name: person.full }
    const words = rng.pick(['The flaw was trivial', 'We saw it coming', 'Nobody listened'])
    if (shape === 0) {
      b.add(`${modifier} ${noun}: `)
      b.quote(words, speaker, true)
    } else {
      b.add(`${modifier} ${noun} says `)
      b.quote(words.charAt(0).toLowerCase() + words.slice(1), speaker, true)
    }
    b.add(
      `\n\n${person.full}, a ${modifier.toLowerCase()} ${noun} ${rng.pick(['at Halcyon', 'in Lagos', 'from Leeds'])}, spoke on Tuesday. `,
    )
    b.quote(rng.pick(['It took minutes,', 'We warned them twice,']), speaker)
    b.add(` ${person.surname} said.`)
  },
)

const quotingParticiples = castFamily(
  'quoting-participles',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    const speaker = { name: person.full }
    const object = pronoun === 'she' ? 'her' : 'him'
    const title = rng.pick(['Mayor', 'Senator', 'Dr.', 'Commissioner'])
    const paper = rng.pick(['a statement', 'a short statement', 'a press release'])
    const verb = rng.pick(['released', 'issued', 'put out'])
    const words = rng.pick([
      'The decision was based on cost',
      'Every delay has a price',
      'We are not done yet',
    ])
    b.add(rng.pick(['The vote is due next week. ', 'Critics called the plan rushed. ', '']))
    if (shape === 0) {
      b.add(`${title} ${person.full}’s office ${verb} ${paper} quoting ${object}: `)
      b.quote(`${words}.`, speaker)
    } else if (shape === 1) {
      b.add(
        `${person.full} did not attend. ${rng.pick(['Aides', 'Staff members'])} ${verb} ${paper} quoting ${person.surname}: `,
      )
      b.quote(`${words}.`, speaker)
    } else {
      // Citing a quality of someone's in marks gives the words of the one who cites it.
      const union = rng.pick(['Harbor Workers Union', 'Teachers Federation'])
      b.add(`The ${union} endorsed ${person.full} on Monday, citing ${object} `)
      b.quote(rng.pick(['long experience', 'firm grasp of the issues']), { name: union })
      b.add(' and record.')
    }
  },
)

const regionsAfterPlaces = castFamily('regions-after-places', 3, ({ b, person }, shape, rng) => {
  const speaker = { name: person.full }
  const [town, region] = rng.pick([
    ['Brandon', 'Manitoba'],
    ['Tarbes', 'Occitanie'],
    ['Ballarat', 'Victoria'],
    ['Salta', 'Jujuy'],
    ['Kisumu', 'Nyanza'],
  ] as const)
  const role = rng.pick([
    'a corn farmer',
    'a retired nurse',
    'a grain grower',
    'a school bus driver',
  ])
  const preposition = rng.pick(['near', 'in', 'from', 'outside'])
  const words = rng.pick([
    'We used to plan a year ahead',
    'Nobody here can afford it',
    'We wait and hope',
  ])
  if (shape === 0) {
    b.add(
      `${person.full}, ${role} ${preposition} ${town}, ${region}, ${rng.pick(['said', 'told reporters', 'wrote'])}: `,
    )
    b.quote(`${words}.`, speaker)
  } else if (shape === 1) {
    b.quote(`${words},`, speaker)
    b.add(` said ${person.full}, ${role} ${preposition} ${town}, ${region}.`)
  } else {
    b.add(
      `In a letter to the minister, ${person.full}, ${role} ${preposition} ${town}, ${region}, wrote: `,
    )
    b.quote(`${words}.`, speaker)
  }
})

const listedLabels = castFamily('listed-labels', 2, ({ b, person }, shape, rng) => {
  const speaker = { name: person.full }
  const other = rng.pick(genderShown.filter((one) => one.full !== person.full))
  const role = rng.pick(['apple grower', 'dairy farmer', 'market trader', 'bus driver'])
  const place = rng.pick([
    'Yakima Valley',
    'Lincolnshire',
    'Almeria',
    'Lower Saxony',
    'Ashanti region',
  ])
  b.add(
    `${rng.pick(['In their own words', 'What growers are saying', 'Voices from the market'])}\n\nWe asked people about the new rules.\n\n`,
  )
  if (shape === 0) {
    b.add(`${person.full}, ${role}, ${place}: `)
  } else {
    b.add(`${person.full}, ${20 + rng.int(50)}, ${place}: `)
  }
  b.quote(rng.pick(['We get a fraction of what shoppers pay.', 'Nobody asked us first.']), speaker)
  b.add(
    `\n\n${other.full}, ${rng.pick(['teacher', 'retired engineer'])}, ${rng.pick(['Norfolk', 'Salinas Valley'])}: `,
  )
  b.quote(rng.pick(['There is no plan B.', 'It will cost us the season.']), { name: other.full })
})

const reportedSources = castFamily('reported-sources', 3, ({ b, person }, shape, rng) => {
  const body = rng.pick(['Fair Cocoa Network', 'Milk Producers Guild', 'Agriculture Ministry'])
  const fact = rng.pick([
    'farmers were selling beans across the border',
    'the milk price no longer covered costs',
    'a quarter of the crop had gone unpicked',
  ])
  const words = rng.pick([
    'Our members have been patient long enough.',
    'Someone has to pay for this.',
  ])
  if (shape === 0) {
    b.add(
      `According to ${person.full}, ${rng.pick(['president', 'chair', 'director'])} of the ${body}, ${fact}. `,
    )
    b.quote(words, { name: person.full })
  } else if (shape === 1) {
    b.add(`According to the ${body}, ${fact}. `)
    b.quote(words, { name: body })
  } else {
    // A paper only carries words: the quote after it stays no one's.
    b.add(`According to ${rng.pick(['the report', 'the filing', 'a court document'])}, ${fact}. `)
    b.quote(words, null)
  }
})

const itInItsOwnSentence = castFamily('it-in-its-own-sentence', 2, ({ b, person }, shape, rng) => {
  const company = rng.pick([
    'Dunmore Ordnance',
    'Tarragon Avionics',
    'Orison Munitions',
    'Velmont Armor',
  ])
  const reply = rng.pick(['in a written reply', 'in an email', 'later'])
  if (shape === 0) {
    b.add(`${company} declined an interview request, but ${reply} it said: `)
    b.quote(rng.pick(['Our systems have performed well.', 'Safety is our first priority.']), {
      name: company,
    })
  } else {
    // An `it` that does not speak in its own sentence makes no body of a name.
    b.add(`${person.full} also asked how it was fair to cut the budget. `)
    b.quote(
      rng.pick(['You cannot keep promising what you will not pay for,', 'This is not serious,']),
      { name: person.full },
    )
    b.add(` ${person.surname} said.`)
  }
})

const progressiveNonSpeakers = castFamily(
  'progressive-non-speakers',
  2,
  ({ b, person }, shape, rng) => {
    const speaker = { name: person.full }
    const closing = rng.pick([
      'The investigation is continuing.',
      'The search is continuing.',
      'The inquiry is continuing.',
    ])
    b.add(rng.pick(['A string of break-ins has rattled residents. ', 'The shop was hit twice. ']))
    b.quote(
      rng.pick(['They took my car right out of the driveway,', 'We heard glass breaking,']),
      speaker,
    )
    b.add(` said ${person.full}, ${rng.pick(['a nurse who lives nearby', 'the owner'])}. `)
    b.quote(
      rng.pick([
        'It happens so often that people stopped reporting it.',
        'Nobody came for an hour.',
      ]),
      speaker,
    )
    b.add(shape === 0 ? ` ${closing}` : `\n\n${closing} Police asked for help.`)
  },
)

const postsOnPages = castFamily('posts-on-pages', 3, ({ b, person }, shape, rng) => {
  const body = rng.pick([
    'Halden Police Department',
    'Marsh County District Attorney’s Office',
    'Oakmere Fire Service',
  ])
  const platform = rng.pick(['Facebook', 'Instagram', 'X'])
  const noun = rng.pick(['page', 'account'])
  b.add(rng.pick(['Bail was denied on Friday. ', 'Thieves broke into a dozen cars overnight. ']))
  if (shape === 0) {
    b.add(`A post on the ${body}’s ${platform} ${noun} read: `)
    b.quote('Additional patrols have been assigned to the area.', { name: body })
  } else if (shape === 1) {
    b.add(`A ${rng.pick(['post', 'message'])} on ${person.full}’s ${platform} ${noun} said: `)
    b.quote('I am grateful to everyone who helped.', { name: person.full })
  } else {
    // A post on a platform no one owns is the post's own, no one named.
    b.add(`A post on ${platform} read: `)
    b.quote('Stay away from the river tonight.', { mention: 'a post', head: 'post' })
  }
})

const recordsShowing = castFamily('records-showing', 2, ({ b, person }, shape, rng) => {
  const defendant = rng.pick(['Kariuki', 'Okonkwo', 'Mwangi'])
  const title = rng.pick(['Judge', 'Circuit Judge', 'Superior Court Judge'])
  b.add(`A jury convicted ${defendant} on ${rng.pick(['Monday', 'Friday'])}. `)
  const opener =
    shape === 0
      ? `A transcript of the ${rng.pick(['hearing', 'sentencing'])} ${rng.pick(['shows', 'reveals'])}`
      : `Court records ${rng.pick(['show', 'indicate'])}`
  b.add(`${opener} ${title} ${person.full} told ${defendant}: `)
  b.quote(rng.pick(['Sentencing will be held in six weeks.', 'The court has read every letter.']), {
    name: person.full,
  })
})

const officeHoldersOffices = castFamily(
  'office-holders-offices',
  3,
  ({ b, person }, shape, rng) => {
    const county = rng.pick(['Haverford', 'Sable', 'Wexley', 'Calder'])
    const [title, lower] = rng.pick([
      ['District Attorney’s Office', 'district attorney’s office'],
      ['Sheriff’s Office', 'county sheriff’s office'],
      ['Public Defender’s Office', 'county public defender’s office'],
    ] as const)
    const body = `${county} County ${title}`
    b.add(
      `${person.full}, ${30 + rng.int(30)}, pleaded not guilty on Tuesday. The ${body} has handled the case since the arrest.\n\n`,
    )
    const words = rng.pick([
      'Our office will not comment on the evidence.',
      'We hope today brings the family some comfort.',
    ])
    if (shape === 0) {
      b.add(`The ${lower} said in a statement: `)
      b.quote(words, { name: body })
    } else if (shape === 1) {
      b.quote(words.replace(/\.$/u, ','), { name: body })
      b.add(` the ${lower} said.`)
    } else {
      b.add(`A spokesperson did not return calls, but the ${lower} said in an emailed statement: `)
      b.quote(words, { name: body })
    }
  },
)

const hearersWithAsides = castFamily(
  'hearers-with-asides',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const witness = rng.pick(genderShown.filter((one) => one.gender !== person.gender))
    const other = pronoun === 'she' ? 'he' : 'she'
    const aside = rng.pick([
      'a cab driver who was parked outside',
      'a neighbor who called 911',
      'a clerk who was working that night',
    ])
    const question = rng.pick([
      'Could you see the face?',
      'Were you afraid?',
      'How far away were you?',
    ])
    b.add('Testimony began on Wednesday.\n\n')
    if (shape === 0) {
      b.add(`When prosecutor ${person.full} asked ${witness.full}, ${aside}, `)
      b.quote(question, { name: person.full })
      // (The answer by surname: the point is the aside, not whose gender a name shows.)
      b.add(` ${rng.int(2) === 0 ? witness.surname : other} answered, `)
      b.quote(rng.pick(['The streetlight was on, so yes.', 'I was terrified.']), {
        name: witness.full,
      })
    } else {
      b.add(`Prosecutor ${person.full} told ${witness.full}, ${aside}, `)
      b.quote(rng.pick(['Take your time and answer.', 'Look at the jury when you answer.']), {
        name: person.full,
      })
    }
  },
)

const bodiesInSightAsObjects = castFamily(
  'bodies-in-sight-as-objects',
  4,
  ({ b, person, pronoun }, shape, rng) => {
    const company = rng.pick([
      'Kestrel Marine Works',
      'Solvik Robotics',
      'Velmont Armor',
      'Leafwell Farms',
      'Marlow Rice Exports',
    ])
    const words = rng.pick([
      'We will open a second line next spring.',
      'Our workforce has doubled.',
      'The delays have been resolved.',
    ])
    if (shape === 0) {
      b.add(
        `Shares in ${company} ${rng.pick(['rose', 'fell'])} ${rng.int(9) + 2} percent on ${rng.pick(['Monday', 'Friday'])}. `,
      )
      b.quote(words.replace(/\.$/u, ','), { name: company })
      b.add(` the ${rng.pick(['company', 'firm'])} said in a filing.`)
    } else if (shape === 1) {
      b.add(`${person.full} said the contract with ${company} was under review. `)
      b.quote('We will decide by the end of the month,', { name: person.full })
      b.add(
        ` ${pronoun} said.\n\nThe ${rng.pick(['manufacturer', 'company', 'drone maker', 'contractor'])} said: `,
      )
      b.quote(words, { name: company })
    } else if (shape === 2) {
      // A trade a company plies is no person's role in sight (`a beef farmer` is no meatpacker).
      b.add(`${company} cut a shift at its plant on Monday. `)
      b.quote('We will get through it,', { name: person.full })
      b.add(
        ` said ${person.full}, a ${rng.pick(['beef farmer', 'soybean farmer', 'lettuce grower'])}.\n\n`,
      )
      b.quote(words.replace(/\.$/u, ','), { name: company })
      b.add(` the ${rng.pick(['processor', 'meatpacker', 'packer'])} said.`)
    } else {
      // Two names in sight that may be bodies, neither the subject: `the company` names neither.
      const other = rng.pick(
        ['Leafwell Farms', 'Marlow Rice Exports'].filter((one) => one !== company),
      )
      b.add(
        `Shares in ${rng.pick(['Tarragon Avionics', 'Brisk Orchard Foods'])} and ${other} ${rng.pick(['rose', 'fell'])} on Monday. `,
      )
      b.quote(words.replace(/\.$/u, ','), { mention: 'the company', head: 'company' })
      b.add(' the company said.')
    }
  },
)

const unitsAndPortfolios = castFamily('units-and-portfolios', 3, ({ b }, shape, rng) => {
  const words = rng.pick([
    'Three drones were shot down overnight.',
    'We are listening and we will act.',
  ])
  if (shape === 0) {
    const unit = `${rng.pick(['1st', '12th', '47th', '3rd'])} ${rng.pick(['Marine Battalion', 'Air Defence Regiment', 'Mechanized Brigade', 'Assault Brigade'])}`
    const noun = unit.split(' ').at(-1)?.toLowerCase() ?? 'unit'
    b.add(
      `The ${unit} wrote on ${rng.pick(['Telegram', 'X', 'Facebook'])} that its soldiers had held the line. `,
    )
    b.quote(words.replace(/\.$/u, ','), { name: unit })
    b.add(` the ${noun} said in the post.`)
  } else if (shape === 1) {
    const ministry = rng.pick([
      'Ministry of Food and Agriculture',
      'Ministry of Trade and Industry',
      'Department of Health and Human Services',
    ])
    b.add(`The ${ministry} opened an inquiry on ${rng.pick(['Tuesday', 'Thursday'])}. `)
    b.quote(words, { name: ministry })
    b.add(
      ` the ${ministry.split(' ')[0]?.toLowerCase()} said.`
        .replace(' the ', ' ')
        .replace(/^ /u, ' the '),
    )
  } else {
    const ministry = rng.pick([
      'Ministry of Food and Agriculture',
      'Ministry of Agriculture and Food',
    ])
    b.quote(words.replace(/\.$/u, ','), { name: ministry })
    b.add(` said the ${ministry}, which oversees farm policy.`)
  }
})

const causesNamingBodies = castFamily('causes-naming-bodies', 2, ({ b, person }, shape, rng) => {
  const body = rng.pick([
    'Homes for Heroes Trust',
    'Farmers for Fair Trade Coalition',
    'Parents for Safe Streets Foundation',
  ])
  const noun = body.split(' ').at(-1)?.toLowerCase() ?? 'group'
  if (shape === 0) {
    b.add(
      `Minister ${person.full} announced the plan on Wednesday. The ${body} was unimpressed.\n\n`,
    )
    b.quote('Families should never have to choose between rent and medicine,', { name: body })
    b.add(` the ${noun} said in a statement.`)
  } else {
    // A sentence's opening capital before `for` is any word, not a name's.
    b.add(`Fundraising for the ${body} grew last year. `)
    b.quote('We have never been busier,', { name: person.full })
    b.add(` said ${person.full}, its director.`)
  }
})

const showsNamedInMarks = castFamily('shows-named-in-marks', 3, ({ b, person }, shape, rng) => {
  const speaker = { name: person.full }
  const title = rng.pick([
    'Soil and Society',
    'Down on the Farm',
    'Field Notes',
    'The Weekly Yield',
    'Open Skies',
  ])
  const words = rng.pick([
    'Nobody wants to spray more than they have to.',
    'We lost all 60,000 hens in three days.',
  ])
  if (shape === 0) {
    b.add(
      `${person.full}, ${rng.pick(['an arable farmer', 'a poultry farmer', 'a pilot'])}, said on the `,
    )
    b.quote(title, null)
    b.add(` ${rng.pick(['podcast', 'show', 'series'])}: `)
    b.quote(words, speaker)
  } else if (shape === 1) {
    b.add(`In an episode of the `)
    b.quote(title, null)
    b.add(` podcast, ${person.full} said: `)
    b.quote(words, speaker)
  } else {
    b.add(
      `${person.full} wrote in ${rng.pick(['his', 'her'])} ${rng.pick(['newsletter', 'blog'])}, `,
    )
    b.quote(`${title},`, null)
    b.add(' that prices had fallen: ')
    b.quote(words, speaker)
  }
})

const institutionsAsPlaces = castFamily(
  'institutions-as-places',
  3,
  ({ b, person }, shape, rng) => {
    const company = rng.pick(['Agrisol Chemicals', 'Kestrel Crop Science', 'Tarragon Avionics'])
    const words = rng.pick([
      'A ban will push production abroad,',
      'Our products are safe when used as labelled,',
    ])
    if (shape === 0) {
      // A bare `court` after `in` is where, not a body that could be `it`.
      b.add(
        `${company} challenged the ban in ${rng.pick(['court', 'court on Tuesday', 'court last week'])}.\n\n`,
      )
      b.quote(words, { name: company })
      b.add(' it said.')
    } else if (shape === 1) {
      b.add(`${company} took the regulator to court on ${rng.pick(['Monday', 'Friday'])}. `)
      b.quote(words, { name: company })
      b.add(' it said in a statement.')
    } else {
      // A street by its last word is a place, no company in sight.
      const street = rng.pick(['Cannery Row', 'Laurel Crescent', 'Quay Terrace'])
      b.add(
        `Three shops on ${street} were burglarized overnight. ${person.full} owns one of them.\n\n`,
      )
      b.quote('We are grateful no one was hurt,', { name: person.full })
      b.add(` ${person.surname} said.`)
    }
  },
)

const headlineBodyPhrases = castFamily('headline-body-phrases', 3, ({ b }, shape, rng) => {
  const fragment = rng.pick(['lost decade', 'a fresh start', 'inadequate', 'last chance'])
  if (shape === 0) {
    const town = rng.pick(['Hartlepool Bay', 'Kestrel Point', 'Ashby Vale'])
    const body = `${town} City Council`
    b.add(`${town} council ${rng.pick(['admits', 'says', 'concedes'])} heritage plan was `)
    b.quote(fragment, { name: body }, true)
    b.add(
      `\n\nThe ${body} has conceded that its plan was badly handled. In a report, the council said: `,
    )
    b.quote('We recognise the strength of feeling.', { name: body })
  } else if (shape === 1) {
    const [field, body] = rng.pick([
      ['Culture', 'Department for Culture and Heritage'],
      ['Transport', 'Department for Transport and Roads'],
    ] as const)
    b.add(`${field} department says new grants are `)
    b.quote(fragment, { name: body }, true)
    b.add(
      `\n\nThe ${body} has defended its latest funding round. The department said in a statement: `,
    )
    b.quote('This investment will reach every region.', { name: body })
  } else {
    const [words, body] = rng.pick([
      ['Museums regulator', 'Museums Accreditation Board'],
      ['Rail watchdog', 'Office of Rail Standards'],
    ] as const)
    b.add(`${words} warns of `)
    b.quote(fragment, { name: body }, true)
    b.add(
      `\n\nThe ${body}, the ${words.toLowerCase()}, said on Saturday that dozens were at risk. `,
    )
    b.quote('Trustees must understand the risks.', { name: body })
  }
})

const voxPopsWithPlaces = castFamily('vox-pops-with-places', 2, ({ b, person }, shape, rng) => {
  const other = rng.pick(genderShown.filter((one) => one.full !== person.full))
  const town = rng.pick(['Exeter', 'Bradford', 'Belfast', 'Plymouth', 'Coventry'])
  b.add('We asked people in the town centre what they thought.\n\n')
  if (shape === 0) b.add(`${person.full}, ${town}: `)
  else b.add(`${person.full} (${20 + rng.int(60)}), from ${town}: `)
  b.quote(
    rng.pick([
      'They should charge tourists and keep it free for locals.',
      'Close it and you close the town.',
    ]),
    { name: person.full },
  )
  b.add(
    `\n\n${other.full}, ${30 + rng.int(40)}, a ${rng.pick(['carpenter', 'teacher', 'nurse'])}: `,
  )
  b.quote(rng.pick(['Keep it free, that is all I ask.', 'It is the only warm place in town.']), {
    name: other.full,
  })
})

const reportsTakenUp = castFamily('reports-taken-up', 3, ({ b }, shape, rng) => {
  const body = rng.pick([
    'National Audit Office',
    'Hospitality Workers Union',
    'Airport Staff Federation',
    'Heritage Trust Council',
  ])
  const words = rng.pick([
    'The board did not receive adequate information,',
    'Our members want a fair share,',
  ])
  if (shape === 0) {
    b.add(
      `The ${body} has published its long-awaited ${rng.pick(['review', 'audit', 'study'])} of the museum.\n\n`,
    )
    b.quote(words, { name: body })
    b.add(' the report said.')
  } else if (shape === 1) {
    b.add(`The ${body} told members in its monthly newsletter that the pay offer was poor. `)
    b.quote(words, { name: body })
    b.add(' the newsletter said.')
  } else {
    // A report no one in the text put out is its own.
    b.add('Visitor numbers fell by a third last year.\n\n')
    b.quote(words, { mention: 'the report', head: 'report' })
    b.add(' the report said.')
  }
})

const headlineTradeBodies = castFamily('headline-trade-bodies', 2, ({ b, person }, shape, rng) => {
  const [noun, body] = rng.pick([
    ['Airline', 'Bluehaven Air'],
    ['Carrier', 'Estrela Airlines'],
    ['Insurer', 'Marlow Mutual'],
    ['Retailer', 'Copperfield Stores'],
  ] as const)
  const fragment = rng.pick(['staff shortages', 'full refunds for all', 'a difficult winter'])
  b.add(`${noun} ${rng.pick(['blames', 'vows', 'warns of'])} `)
  b.quote(fragment, { name: body }, true)
  if (shape === 0) {
    b.add(`\n\n${body} said on Thursday that customers should prepare for a busy season. `)
    b.quote('Customers can rebook free of charge.', { name: body })
  } else {
    b.add(`\n\nBookings are up. ${body} told reporters: `)
    b.quote('We are working closely with the authorities.', { name: body })
    b.add(`\n\n${person.full}, a regular traveller, was less sure. `)
    b.quote('We have heard all this before,', { name: person.full })
    b.add(` ${person.surname} said.`)
  }
})

const pinnedMessages = castFamily('pinned-messages', 2, ({ b }, shape, rng) => {
  const body = rng.pick([
    'State Corporation Commission',
    'Energy Markets Authority',
    'Halden Water Board',
  ])
  const noun = rng.pick(['message', 'notice', 'post'])
  const where = rng.pick(['Instagram page', 'Facebook page', 'website'])
  if (shape === 0) {
    b.add(`A ${noun} pinned to the top of the ${body}’s ${where} reads: `)
  } else {
    b.add(`A ${noun} posted overnight on the ${body}’s ${where} said: `)
  }
  b.quote(rng.pick(['Any savings must reach customers.', 'We will not hesitate to act.']), {
    name: body,
  })
})

const papersByAuthors = castFamily('papers-by-authors', 3, ({ b, person }, shape, rng) => {
  const body = rng.pick([
    'Creative Economy Unit',
    'Institute for Cultural Policy',
    'Centre for Public Arts',
  ])
  if (shape === 0) {
    const noun = rng.pick(['study', 'report', 'review'])
    b.add(`A ${noun} by the ${body} found that attendance has not recovered. `)
    b.quote('Regional museums have lost a third of their funding,', { name: body })
    b.add(` the ${noun} said.`)
  } else if (shape === 1) {
    b.add(
      `${person.full} left a ${rng.pick(['scathing', 'glowing', 'short'])} ${rng.pick(['review', 'comment'])} on ${rng.pick(['Booking.com', 'Yelp', 'Tripadvisor'])} after a weekend at the Villa Serrano. `,
    )
    b.quote(
      rng.pick([
        'The air conditioning rattled all night.',
        'The views from the terrace are unforgettable.',
      ]),
      { name: person.full },
    )
  } else {
    // Someone who only read a review is no author of it.
    b.add(
      `${person.full} read a ${rng.pick(['scathing', 'glowing'])} review of the hotel on ${rng.pick(['Yelp', 'Tripadvisor'])}. `,
    )
    b.quote(rng.pick(['I was shocked,', 'I could not believe it,']), { name: person.full })
    b.add(` ${person.surname} said.`)
  }
})

const sentenceEndsAfterSums = castFamily(
  'sentence-ends-after-sums',
  2,
  ({ b, person }, shape, rng) => {
    const sum = rng.pick(['£400,000', '$2,500,000', '€750', '12,000', '£90'])
    const body = rng.pick([
      'Ministry of Culture',
      'Department for Culture and Heritage',
      'Arts Council of Wales',
    ])
    if (shape === 0) {
      b.add(
        `The Museum of Harwick asked for an emergency grant of ${sum}. The verdict from the ${body}: `,
      )
      b.quote('We cannot fund every organisation that applies.', { name: body })
    } else {
      b.add(`${person.full} asked for ${sum}. `)
      b.quote('We will not get another chance,', { name: person.full })
      b.add(` ${person.surname} said.`)
    }
  },
)

const ownedSayingsWithPhrases = castFamily(
  'owned-sayings-with-phrases',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    const owner = pronoun === 'she' ? 'Her' : 'His'
    const noun = rng.pick(['assessment', 'verdict', 'advice', 'message'])
    b.add(
      `${person.full}, the director of the ${rng.pick(['Pellham Museum', 'city orchestra'])}, has seen three restructurings in a decade. `,
    )
    if (shape === 0) b.add(`${owner} ${noun} on the latest one: `)
    else if (shape === 1) b.add(`${owner} ${noun} for the ministers: `)
    else {
      // A title a participle gives, in any case, is nobody's words.
      b.add(`In a blog post titled `)
      b.quote(rng.pick(['Five myths about museum funding,', 'What the cuts really mean,']), null)
      b.add(` ${person.surname} was blunt: `)
    }
    b.quote('Culture is what makes people want to live in a place.', { name: person.full })
  },
)

const papersFindingThat = castFamily('papers-finding-that', 2, ({ b }, shape, rng) => {
  const body = rng.pick([
    'Audit Commission',
    'National Audit Office',
    'Institute for Fiscal Studies',
  ])
  const noun = rng.pick(['audit', 'report', 'study', 'review'])
  if (shape === 0) {
    b.add(
      `An ${noun === 'audit' ? 'audit' : `independent ${noun}`} by the ${body} found that the insulation programme was `,
    )
    b.quote(rng.pick(['poorly targeted', 'not value for money']), { name: body })
    b.add('.')
  } else {
    // A title the finding names stays nobody's.
    b.add(`A recent survey by the ${body} found that `)
    b.quote(rng.pick(['The Sopranos,', 'The Wire,']), null)
    b.add(' a show that ended years ago, is still watched.')
  }
})

const papersTakenUp = castFamily('papers-taken-up', 6, ({ b, person }, shape, rng) => {
  const firm = rng.pick(['Corbel Partners', 'Brightwater Audit Group', 'Halloway & Finch'])
  const body = rng.pick([
    'Northmoor Science Foundation',
    'Halden Research Council',
    'Tarrow Valley Staff Association',
  ])
  const other = rng.pick(['Priya Zielinski', 'Tomasz Brenner', 'Ingrid Albuquerque'])
  const day = rng.pick(['Tuesday', 'Friday', 'last week'])
  if (shape === 0) {
    // The owner of `its audit` is the verb's subject.
    const noun = rng.pick(['audit', 'review', 'report'])
    b.add(
      `${firm} ${rng.pick(['delivered', 'published', 'released'])} its ${noun} of Redvale Comets to the league on ${day}. The ${noun} ${rng.pick(['described', 'called'])} the position `,
    )
    b.quote(rng.pick(['serious but recoverable.', 'deeply worrying.']), { name: firm })
  } else if (shape === 1) {
    // `by` past the `of` phrase of what the paper is about.
    const noun = rng.pick(['audit', 'review'])
    b.add(
      `An ${noun} of the finances at Glenholt Lions by ${rng.pick(['accounting firm ', 'consultancy ', ''])}${firm} found that `,
    )
    b.quote('controls over cash handling were weak.', { name: firm })
    b.add(` The ${noun} also said `)
    b.quote('wage commitments exceed projected income.', { name: firm })
  } else if (shape === 2) {
    b.add(
      `${person.full} is the ${rng.pick(['sole', 'lead', ''])} author of a new paper on the samples.\n\n`.replace(
        'the  author',
        'the author',
      ),
    )
    b.quote('The signatures are too abundant to be contamination,', { name: person.full })
    b.add(` the paper ${rng.pick(['concludes', 'says', 'argues'])}.`)
  } else if (shape === 3) {
    b.add(
      `${rng.pick(['A white paper', 'A report'])} ${rng.pick(['issued', 'published'])} by the ${body} says the plan is `,
    )
    b.quote('deeply concerning.', { name: body })
    b.add('\n\n')
    b.quote('The risks were understood but never assessed,', { name: body })
    b.add(` the document ${rng.pick(['states', 'says', 'adds'])}.`)
  } else if (shape === 4) {
    // `wrote on Friday to X`: the writer's letter, not the one it was sent to.
    b.add(`${person.full} wrote on ${day} to ${other}: `)
    b.quote('Every launch window we miss pushes the landing back by two years.', {
      name: person.full,
    })
    b.add(`\n\nThe letter ${rng.pick(['adds', 'goes on', 'continues'])}: `)
    b.quote('Safety reviews will be completed first.', { name: person.full })
  } else {
    b.add(
      `In a letter to ${other}, who chairs the science committee, ${person.full} wrote that the cuts would be `,
    )
    b.quote('an avoidable failure.', { name: person.full })
    b.add('\n\nThe letter adds: ')
    b.quote('The estimate was too optimistic from the first day.', { name: person.full })
  }
})

const rolesAfterTeamNames = castFamily('roles-after-team-names', 3, ({ b, person }, shape, rng) => {
  const team = rng.pick(['Port Esker United', 'Glenholt Lions', 'Kestrel Bay Mariners'])
  const role = rng.pick([
    'point guard',
    'fly-half',
    'centre-back',
    'sprinter',
    'winger',
    'wicketkeeper',
    'quarterback',
  ])
  if (shape === 0) {
    b.quote('We respect every opponent,', { name: person.full })
    b.add(` said ${team} ${role} ${person.full}, `)
    b.quote('but we fear nobody in this league.', { name: person.full })
  } else if (shape === 1) {
    // A colon label: the name, then what the person is at which club.
    b.add(`Reaction after the final:\n\n${person.full}, ${team} ${role}: `)
    b.quote('We knew the second half would be a real battle.', { name: person.full })
  } else {
    b.add(
      `${person.full} broke ${person.gender === 'female' ? 'her' : 'his'} silence on Sunday.\n\n`,
    )
    b.quote('We will learn from this,', { name: person.full })
    // (Not `the … point guard`: a bare `guard` after `the` is read as a body's noun.)
    b.add(
      ` the ${team} ${role === 'point guard' ? 'captain' : role} posted on ${rng.pick(['Instagram', 'Facebook', 'X'])}. The post also said `,
    )
    b.quote('the referee made a decision.', { name: person.full })
  }
})

const headlineRolePhrases = castFamily('headline-role-phrases', 3, ({ b, person }, shape, rng) => {
  const cue = rng.pick(['says', 'warns', 'admits', 'insists'])
  if (shape === 0) {
    // A headline's phrase for a body whose words the body's name need not hold.
    const [phrase, body] = rng.pick([
      ['Governing body', 'Velmora Boxing Board'],
      ['Space agency', 'Arden Space Administration'],
      ['Research lab', 'Meridian Climate Laboratory'],
      ['Trade body', 'Northern Freight Association'],
      ['Port regulator', 'Harwick Maritime Authority'],
      ['Energy watchdog', 'Office of Power Markets'],
    ])
    b.add(`${phrase} ${cue} ${rng.pick(['the delay', 'the case', 'new rules'])} `)
    b.quote('a test of our resolve', { name: body }, true)
    b.add(
      `\n\nThe ${body} said on ${rng.pick(['Monday', 'Thursday'])} that its review was nearly complete. `,
    )
    b.quote('All fixtures will go ahead as planned,', { name: body })
    b.add(` the ${body} said.`)
  } else if (shape === 1) {
    // A bare role the story writes in lower case too.
    const role = rng.pick(['Captain', 'Coach', 'Skipper', 'Goalkeeper'])
    b.add(`${role} ${cue} `)
    b.quote('nowhere near good enough', { name: person.full }, true)
    b.add('\n\n')
    b.quote('The referee made a decision and we live with it,', { name: person.full })
    b.add(` said ${person.full}, the Hartwell Rovers ${role.toLowerCase()}, after the draw.`)
  } else {
    const office = rng.pick(['vice-chancellor', 'chief executive', 'director-general'])
    b.add('University head calls new syllabus ')
    b.quote('rushed and badly planned', { name: person.full }, true)
    b.add(
      `\n\n${person.full}, the ${office} of Brightwater Polytechnic, said on Monday that the syllabus would be reviewed. `,
    )
    b.quote('Reading for pleasure has fallen sharply,', { name: person.full })
    b.add(` ${person.surname} said.`)
  }
})

const sourcesTakenUpLater = castFamily('sources-taken-up-later', 5, ({ b, person }, shape, rng) => {
  const club = rng.pick(['Brannock City', 'Redvale Comets', 'Fernhill Storm'])
  const body = rng.pick(['Western Volleyball League', 'Southern Rowing Association'])
  const firm = rng.pick(['Corbel Partners', 'Hendry Voss'])
  if (shape === 0) {
    // An account a platform names is the holder's its `of` names.
    b.add(
      `The official ${rng.pick(['Instagram', 'Threads', 'Facebook', 'X'])} account of ${club} posted a photo with the caption `,
    )
    b.quote('Full time. A night this city will never forget.', { name: club })
    b.add(' The post drew thousands of replies.')
  } else if (shape === 1) {
    b.add(
      `In ${rng.pick(['papers', 'documents'])} filed with the High Court, ${club} argued that the points deduction was `,
    )
    b.quote('grossly excessive.', { name: club })
    b.add(' The filing also said: ')
    b.quote('The rules were applied unfairly.', { name: club })
  } else if (shape === 2) {
    // An owner past the words that say which paper.
    b.add(
      `The ${body}’s ${rng.pick(['monthly', 'weekly', 'latest'])} newsletter to member clubs said `,
    )
    b.quote('we are considering an appeal.', { name: body })
    b.add(' The newsletter added: ')
    b.quote('Safety remains our first priority.', { name: body })
  } else if (shape === 3) {
    b.add(
      `An independent review of refereeing standards, ${rng.pick(['written', 'prepared'])} by ${rng.pick(['sports lawyer ', 'barrister ', ''])}${person.full}, concluded that `,
    )
    b.quote('training was inconsistent between regions.', { name: person.full })
    b.add(' The review also called the system ')
    b.quote('badly out of date.', { name: person.full })
  } else {
    // Who audits writes the audit.
    b.add(`Accounting firm ${firm}, which audited the books at ${club}, said `)
    b.quote('controls over cash were weak.', { name: firm })
    b.add('\n\n')
    b.quote('The club cannot meet its obligations,', { name: firm })
    b.add(' the audit said.')
  }
})

const ownersOfTeamSides = castFamily(
  'owners-of-team-sides',
  2,
  ({ b, person, pronoun }, shape, rng) => {
    const other = person.gender === 'female' ? 'Anders Zubiri' : 'Nadia Nakashima'
    const team = rng.pick(['Port Esker United', 'Kestrel Bay Mariners', 'Glenholt Lions'])
    const noun = rng.pick(['side', 'squad', 'team'])
    b.add(
      `${other} scored twice as ${person.full}’s ${team} ${noun} beat Sandridge Albion on ${rng.pick(['Saturday', 'Sunday'])}. `,
    )
    b.quote('The group has shown real character,', { name: person.full })
    b.add(` ${pronoun} ${rng.pick(['told reporters', 'said', 'added'])}.`)
    if (shape === 1) {
      b.add(' ')
      b.quote('Nobody is thinking about relegation.', { name: person.full })
    }
  },
)

const disownedWordsFamily = castFamily(
  'disowned-words',
  4,
  ({ b, person, pronoun }, shape, rng) => {
    const words = rng.pick([
      'we will cancel the vote if we lose.',
      'the jury was bought.',
      'pensioners should not be allowed to vote.',
    ])
    if (shape === 0) {
      b.add(
        `${rng.pick(['Contrary to claims circulating online, ', '', 'Despite the posts, '])}${person.full} ${rng.pick(['never said', 'did not say', 'didn’t say', 'has never said'])} `,
      )
      b.quote(words, null)
    } else if (shape === 1) {
      b.add(
        `${person.full} ${rng.pick(['denied saying', 'denies saying', 'denied telling staff'])} `,
      )
      b.quote(words, null)
      b.add(' ')
      b.quote('I never said that,', { name: person.full })
      b.add(` ${pronoun} told reporters.`)
    } else if (shape === 2) {
      b.add(`An earlier version of this article misquoted ${person.full} as saying `)
      b.quote(words, null)
      b.add(` ${pronoun[0]?.toUpperCase()}${pronoun.slice(1)} said: `)
      b.quote('Every vote must be counted.', { name: person.full })
    } else {
      // A cue that is not denied still gives the words.
      b.add(`${person.full} ${rng.pick(['said', 'told reporters'])} `)
      b.quote(words, { name: person.full })
      b.add(` ${pronoun[0]?.toUpperCase()}${pronoun.slice(1)} has not denied it.`)
    }
  },
)

const namesOfficersAndSuits = castFamily(
  'names-officers-and-suits',
  3,
  ({ b, person }, shape, rng) => {
    const firm = rng.pick(['Brightmart', 'Nuvana Mobile', 'Kelvane Home'])
    if (shape === 0) {
      // A word for a thing words are written on, inside a body's name in capitals.
      const body = rng.pick([
        'National Packaging Review Board',
        'Signage Standards Council',
        'Label Makers Federation',
      ])
      b.add(`${body} ${rng.pick(['warns', 'says'])} `)
      b.quote('the high street is not dead', { name: body }, true)
      b.add(`\n\nThe ${body} said on Thursday that independent shops were closing.`)
    } else if (shape === 1) {
      b.add(
        `In a lawsuit filed ${rng.pick(['this week', 'on Monday'])}, ${firm} accused Quillbay of copying its charger. `,
      )
      b.quote('The design was copied down to the last detail,', { name: firm })
      b.add(' the complaint said.')
    } else {
      b.add(`${firm} ${rng.pick(['CEO', 'chief executive'])} says `)
      b.quote('prices will not come down soon', { name: person.full }, true)
      b.add(
        `\n\n${person.full}, ${firm}’s chief executive, said this week that shoppers were waiting longer.`,
      )
    }
  },
)

const closeSourcesAndNounCues = castFamily(
  'close-sources-and-noun-cues',
  3,
  ({ b, person }, shape, rng) => {
    if (shape === 0) {
      // Any noun for someone before the words that say how close a source is.
      const head = rng.pick(['engineer', 'negotiator', 'officer', 'lawmaker', 'analyst'])
      b.add(
        `${person.full} declined to comment. ${rng.pick(['An', 'A senior', 'One'])} ${head} ${rng.pick(['familiar with the talks', 'close to the negotiations', 'briefed on the plan'])} said the deal was `,
      )
      b.quote('not yet ready to sign.', { mention: head, head })
    } else if (shape === 1) {
      // A passive with no agent says what its subject is called, by no one named.
      b.add(
        `The ${rng.pick(['physics paper', 'new stadium', 'budget'])} was ${rng.pick(['widely', 'often', ''])} described as `.replace(
          'was  described',
          'was described',
        ),
      )
      b.quote('the hardest in years', null)
      b.add(` on social media. ${person.full} did not comment.`)
    } else {
      // A cue word that is a plural noun, before a plural verb, is the verb's subject.
      b.add(
        `${rng.pick(['Coalition', 'Peace', 'Trade'])} talks${rng.pick([', which resume on Tuesday,', ''])} are aimed at producing `,
      )
      b.quote('a credible timetable for reform.', null)
    }
  },
)

const papersByOtherNames = castFamily(
  'papers-by-other-names',
  3,
  ({ b, person, pronoun }, shape, rng) => {
    const body = rng.pick([
      'Harwick Port Authority',
      'Coastal Freight Council',
      'Tarn Valley Water Board',
    ])
    if (shape === 0) {
      // A message put online, taken up as `the post`, past a paragraph naming someone else.
      b.add(
        `${person.full} posted a ${rng.pick(['message', 'tweet', 'update'])} on ${rng.pick(['Facebook', 'LinkedIn', 'X'])} on Sunday night.\n\nThe union’s chair, Tomasz Brenner, had earlier praised the crew.\n\nThe post ${rng.pick(['read', 'said'])}: `,
      )
      b.quote('We will not be silenced.', { name: person.full })
    } else if (shape === 1) {
      const noun = rng.pick(['assessment', 'evaluation'])
      b.add(`The ${body} released an ${noun} of the harbour on Monday.\n\n`)
      b.quote('The berths are at capacity,', { name: body })
      b.add(` according to the ${noun}.`)
    } else {
      // `only` singles the subject of the second clause out of the pair.
      const other = person.gender === 'female' ? 'Dmitri Eze' : 'Zanele Osei'
      b.add(
        `${other} and ${person.full} left the meeting together, but only ${person.surname} stopped to speak to reporters: `,
      )
      b.quote('The chamber has spoken, and the bill is dead.', { name: person.full })
      if (rng.int(2) === 0) b.add(` ${pronoun[0]?.toUpperCase()}${pronoun.slice(1)} then left.`)
    }
  },
)

const bodiesOpeningOnTheirHead = castFamily(
  'bodies-opening-on-their-head',
  2,
  ({ b }, shape, rng) => {
    // A name that opens on its body's noun and a link, whose noun the story writes in lower case.
    const [body, noun] = rng.pick([
      ['Centre for Retail Futures', 'centre'],
      ['Institute of Coastal Studies', 'institute'],
      ['Council on Fair Trade', 'council'],
      ['Office of Rail Safety', 'office'],
    ])
    b.add(`${body} ${rng.pick(['says', 'warns'])} `)
    b.quote('holiday sales will disappoint', { name: body }, true)
    b.add('\n\n')
    if (shape === 1) b.add(`The ${body} said this week that charges were still common. `)
    b.quote('Sales are slow,', { name: body })
    b.add(` the ${noun} said.`)
  },
)

export const families: readonly { name: string; count: number; make: Family }[] = [
  { name: 'speaker-names', count: 500, make: speakerNames },
  { name: 'descriptions', count: 300, make: descriptionsFamily },
  { name: 'appositions', count: 400, make: appositions },
  { name: 'cue-lexicon', count: 0, make: cueLexicon },
  { name: 'cue-groups', count: 500, make: cueGroups },
  { name: 'positions', count: 500, make: positions },
  { name: 'headlines', count: 150, make: headlines },
  { name: 'continuation', count: 400, make: continuation },
  { name: 'anonymous-heads', count: 300, make: anonymousHeads },
  { name: 'pronouns', count: 400, make: pronouns },
  { name: 'leading-sentences', count: 200, make: leading },
  { name: 'null-quotes', count: 300, make: nullQuotes },
  { name: 'role-references', count: 300, make: roleReferences },
  { name: 'modified-subjects', count: 300, make: modifiedSubjects },
  { name: 'they-groups', count: 300, make: theyGroups },
  { name: 'read-past', count: 300, make: readPast },
  { name: 'set-off-words', count: 300, make: setOffWords },
  { name: 'papers', count: 200, make: papers },
  { name: 'described-people', count: 200, make: describedPeople },
  { name: 'labels', count: 150, make: labels },
  { name: 'inner-clauses', count: 200, make: innerClauses },
  { name: 'exchanges', count: 150, make: exchanges },
  { name: 'source-words', count: 200, make: sourceWords },
  { name: 'office-nouns', count: 200, make: officeNouns },
  { name: 'report-clauses', count: 150, make: reportClauses },
  { name: 'plural-nouns', count: 150, make: pluralNouns },
  { name: 'owned-names', count: 100, make: ownedNames },
  // Last, so that the families before it keep the cases their seeds draw.
  { name: 'roles-and-bodies', count: 400, make: rolesAndBodies },
  { name: 'pointing-back', count: 200, make: pointingBack },
  { name: 'aged-and-inscribed', count: 150, make: agedAndInscribed },
  { name: 'named-bodies', count: 150, make: namedBodies },
  { name: 'described-bodies', count: 150, make: describedBodies },
  { name: 'roles-in-full', count: 150, make: rolesInFull },
  { name: 'campaign-groups', count: 150, make: campaignGroups },
  { name: 'crowds-and-asides', count: 150, make: crowdsAndAsides },
  { name: 'feature-roles', count: 150, make: featureRoles },
  { name: 'names-and-signs', count: 150, make: namesAndSigns },
  { name: 'back-across', count: 150, make: backAcross },
  { name: 'stand-in-groups', count: 150, make: standInGroups },
  { name: 'bodies-by-head', count: 150, make: bodiesByHead },
  { name: 'opening-roles', count: 150, make: openingRoles },
  { name: 'teams', count: 150, make: teams },
  { name: 'over-carries', count: 150, make: overCarries },
  { name: 'company-voices', count: 150, make: companyVoices },
  { name: 'speakers-in-sight', count: 150, make: speakersInSight },
  { name: 'bodies-in-full', count: 150, make: bodiesInFull },
  { name: 'roles-of-bodies', count: 150, make: rolesOfBodies },
  { name: 'surnames-and-beats', count: 150, make: surnamesAndBeats },
  { name: 'stand-ins-in-turn', count: 150, make: standInsInTurn },
  { name: 'roles-by-ending', count: 150, make: rolesByEnding },
  { name: 'single-mark-runs', count: 150, make: singleMarkRuns },
  { name: 'papers-and-forces', count: 150, make: papersAndForces },
  { name: 'titles-and-crowds', count: 150, make: titlesAndCrowds },
  { name: 'owners-of-words', count: 150, make: ownersOfWords },
  { name: 'named-in-their-words', count: 150, make: namedInTheirWords },
  { name: 'roles-before-names', count: 150, make: rolesBeforeNames },
  { name: 'fronted-clauses', count: 150, make: frontedClauses },
  { name: 'bodies-over-nouns', count: 150, make: bodiesOverNouns },
  { name: 'nicknamed-names', count: 150, make: nicknamedNames },
  { name: 'sorts-of-speakers', count: 150, make: sortsOfSpeakers },
  { name: 'transcript-subheads', count: 150, make: transcriptSubheads },
  { name: 'verdicts-of', count: 150, make: verdictsOf },
  { name: 'interview-turns', count: 150, make: interviewTurns },
  { name: 'linked-set-ups', count: 150, make: linkedSetUps },
  { name: 'asked-and-answered', count: 150, make: askedAndAnswered },
  { name: 'portfolio-bodies', count: 150, make: portfolioBodies },
  { name: 'letters-of-writers', count: 150, make: lettersOfWriters },
  { name: 'beats-of-newcomers', count: 150, make: beatsOfNewcomers },
  { name: 'broken-off', count: 150, make: brokenOffWords },
  { name: 'owners-newcomers', count: 150, make: ownersNewcomers },
  { name: 'relayed-words', count: 150, make: relayedWords },
  { name: 'places-by-words', count: 150, make: placesByWords },
  { name: 'papers-and-outlets', count: 150, make: papersAndOutlets },
  { name: 'terms-in-marks', count: 150, make: termsInMarks },
  { name: 'titles-after-cues', count: 150, make: titlesAfterCues },
  { name: 'roles-in-asides', count: 150, make: rolesInAsides },
  { name: 'denied-words', count: 150, make: deniedWords },
  { name: 'headline-openings', count: 150, make: headlineOpenings },
  { name: 'bodies-past-scenery', count: 150, make: bodiesPastScenery },
  { name: 'plural-named-bodies', count: 150, make: pluralNamedBodies },
  { name: 'reporters-and-asides', count: 150, make: reportersAndAsides },
  { name: 'objects-set-off', count: 150, make: objectsSetOff },
  { name: 'scenery-capitals', count: 150, make: sceneryCapitals },
  { name: 'bodies-and-places', count: 150, make: bodiesAndPlaces },
  { name: 'talks-and-headline-cues', count: 150, make: talksAndHeadlineCues },
  { name: 'terms-and-groups', count: 150, make: termsAndGroups },
  { name: 'adding-speakers', count: 150, make: addingSpeakers },
  { name: 'outlets-and-groups', count: 150, make: outletsAndGroups },
  { name: 'world-names', count: 150, make: worldNames },
  { name: 'turns-to-speak', count: 150, make: turnsToSpeak },
  { name: 'joined-roles', count: 150, make: joinedRoles },
  { name: 'paper-findings', count: 150, make: paperFindings },
  { name: 'group-shares', count: 150, make: groupShares },
  { name: 'words-passed-on', count: 150, make: wordsPassedOn },
  { name: 'names-in-runs', count: 150, make: namesInRuns },
  { name: 'ranked-titles', count: 150, make: rankedTitles },
  { name: 'roles-beside-speakers', count: 150, make: rolesBesideSpeakers },
  { name: 'family-names-first', count: 150, make: familyNamesFirst },
  { name: 'plural-owners', count: 150, make: pluralOwners },
  { name: 'papers-from-people', count: 150, make: papersFromPeople },
  { name: 'set-off-roles-of', count: 150, make: setOffRolesOf },
  { name: 'bodies-of-roles', count: 150, make: bodiesOfRoles },
  { name: 'shares-and-relatives', count: 150, make: sharesAndRelatives },
  { name: 'outlets-and-surnames', count: 150, make: outletsAndSurnames },
  { name: 'reports-past-asides', count: 150, make: reportsPastAsides },
  { name: 'masters-as-titles', count: 150, make: mastersAsTitles },
  { name: 'agent-named-bodies', count: 150, make: agentNamedBodies },
  { name: 'other-offices', count: 150, make: otherOfficeTitles },
  { name: 'headlines-named', count: 150, make: headlinesNamed },
  { name: 'title-case-headlines', count: 150, make: titleCaseHeadlines },
  { name: 'terms-in-reports', count: 150, make: termsInReports },
  { name: 'courts-that-rule', count: 150, make: courtsThatRule },
  { name: 'companies-and-regulators', count: 150, make: companiesAndRegulators },
  { name: 'works-renamed', count: 150, make: worksRenamed },
  { name: 'inder-names', count: 150, make: inderNames },
  { name: 'roles-joined-and-clauses', count: 150, make: rolesJoinedAndClauses },
  { name: 'players-and-clubs', count: 150, make: playersAndClubs },
  { name: 'features-and-interviews', count: 150, make: featuresAndInterviews },
  { name: 'headlines-named-short', count: 150, make: headlinesNamedShort },
  { name: 'words-in-phrases', count: 150, make: wordsInPhrases },
  { name: 'houses-of-worship', count: 150, make: housesOfWorship },
  { name: 'phrases-past-participles', count: 150, make: phrasesPastParticiples },
  { name: 'wire-phrases', count: 150, make: wirePhrases },
  { name: 'bodies-by-heads', count: 150, make: bodiesByHeads },
  { name: 'kin-in-return', count: 150, make: kinInReturn },
  { name: 'bodies-and-objects', count: 150, make: bodiesAndObjects },
  { name: 'machines-and-firms', count: 150, make: machinesAndFirms },
  { name: 'roles-in-profiles', count: 150, make: rolesInProfiles },
  { name: 'papers-and-issuers', count: 150, make: papersAndIssuers },
  { name: 'names-owners-and-inversions', count: 150, make: namesOwnersAndInversions },
  { name: 'roles-served-and-trades', count: 150, make: rolesServedAndTrades },
  { name: 'writing-and-campaigns', count: 150, make: writingAndCampaigns },
  { name: 'workers-growers-and-utilities', count: 150, make: workersGrowersAndUtilities },
  { name: 'lists-and-owned-papers', count: 150, make: listsAndOwnedPapers },
  { name: 'asides-in-split-quotes', count: 150, make: asidesInSplitQuotes },
  { name: 'passives-at-colons', count: 150, make: passivesAtColons },
  { name: 'lawyers-by-what-they-do', count: 150, make: lawyersByWhatTheyDo },
  { name: 'bands-and-labels', count: 150, make: bandsAndLabels },
  { name: 'owners-names-and-media', count: 150, make: ownersNamesAndMedia },
  { name: 'phrasal-cues-inverted', count: 150, make: phrasalCuesInverted },
  { name: 'names-people-go-by', count: 150, make: namesPeopleGoBy },
  { name: 'headline-roles-from-the-lead', count: 150, make: headlineRolesFromTheLead },
  { name: 'bodies-and-writing', count: 150, make: bodiesAndWriting },
  { name: 'particles-and-two-surnames', count: 150, make: particlesAndTwoSurnames },
  { name: 'arts-houses-and-titles', count: 150, make: artsHousesAndTitles },
  { name: 'hospitals-and-cue-objects', count: 150, make: hospitalsAndCueObjects },
  { name: 'bodies-named-as-owners', count: 150, make: bodiesNamedAsOwners },
  { name: 'firms-and-taglines', count: 150, make: firmsAndTaglines },
  { name: 'companies-titled-by-state', count: 150, make: companiesTitledByState },
  { name: 'courts-ruling-on-a-day', count: 150, make: courtsRulingOnADay },
  { name: 'campaigns-opening-sentences', count: 150, make: campaignsOpeningSentences },
  { name: 'people-beside-bodies', count: 150, make: peopleBesideBodies },
  { name: 'bodies-named-far-back', count: 150, make: bodiesNamedFarBack },
  { name: 'roles-before-names-inside', count: 150, make: rolesBeforeNamesInside },
  { name: 'roles-after-fronted-places', count: 150, make: rolesAfterFrontedPlaces },
  { name: 'gapped-as-objects', count: 150, make: gappedAsObjects },
  { name: 'objects-renamed-before-and-said', count: 150, make: objectsRenamedBeforeAndSaid },
  { name: 'short-family-names-first', count: 150, make: shortFamilyNamesFirst },
  { name: 'bulleted-quotes-after-a-cue', count: 150, make: bulletedQuotesAfterACue },
  { name: 'role-headlines-in-title-case', count: 150, make: roleHeadlinesInTitleCase },
  { name: 'given-names-before-initials', count: 150, make: givenNamesBeforeInitials },
  { name: 'long-speaker-phrases', count: 150, make: longSpeakerPhrases },
  { name: 'roles-ending-on-titles', count: 150, make: rolesEndingOnTitles },
  { name: 'names-and-laws-in-marks', count: 150, make: namesAndLawsInMarks },
  { name: 'one-of-them', count: 150, make: oneOfThem },
  { name: 'long-roles-before-a-cue', count: 150, make: longRolesBeforeACue },
  { name: 'beats-with-asides-and-nouns', count: 150, make: beatsWithAsidesAndNouns },
  { name: 'companies-owning-things', count: 150, make: companiesOwningThings },
  { name: 'parties-by-their-members', count: 150, make: partiesByTheirMembers },
  { name: 'relayed-to-someone', count: 150, make: relayedToSomeone },
  { name: 'words-said-as-words', count: 150, make: wordsSaidAsWords },
  { name: 'councils-as-groups', count: 150, make: councilsAsGroups },
  { name: 'causes-as-bodies', count: 150, make: causesAsBodies },
  { name: 'names-of-schemes-and-papers', count: 150, make: namesOfSchemesAndPapers },
  { name: 'bodies-papers', count: 150, make: bodiesPapers },
  { name: 'works-appeared-in', count: 150, make: worksAppearedIn },
  { name: 'role-labels-in-headlines', count: 150, make: roleLabelsInHeadlines },
  { name: 'shops-by-their-trade', count: 150, make: shopsByTheirTrade },
  { name: 'owned-speech-nouns', count: 150, make: ownedSpeechNouns },
  { name: 'modified-roles-of', count: 150, make: modifiedRolesOf },
  { name: 'names-seen-alone-first', count: 150, make: namesSeenAloneFirst },
  { name: 'more-paper-nouns', count: 150, make: morePaperNouns },
  { name: 'voices-inside-quotes', count: 150, make: voicesInsideQuotes },
  { name: 'names-after-pointing', count: 150, make: namesAfterPointing },
  { name: 'names-given-to-things', count: 150, make: namesGivenToThings },
  { name: 'roles-bodies-own', count: 150, make: rolesBodiesOwn },
  { name: 'labelled-list-items', count: 150, make: labelledListItems },
  { name: 'bodies-by-sort', count: 150, make: bodiesBySort },
  { name: 'beats-with-objects', count: 150, make: beatsWithObjects },
  { name: 'crowd-cries', count: 150, make: crowdCries },
  { name: 'roles-after-inverted-cues', count: 150, make: rolesAfterInvertedCues },
  { name: 'titles-before-bodies', count: 150, make: titlesBeforeBodies },
  { name: 'asking-headlines', count: 150, make: askingHeadlines },
  { name: 'roles-after-datelines', count: 150, make: rolesAfterDatelines },
  { name: 'campaigns-by-what-they-ask', count: 150, make: campaignsByWhatTheyAsk },
  { name: 'cue-nouns-before-cues', count: 150, make: cueNounsBeforeCues },
  { name: 'subjects-past-clauses', count: 150, make: subjectsPastClauses },
  { name: 'court-shorthand', count: 150, make: courtShorthand },
  { name: 'words-that-were-someones', count: 150, make: wordsThatWereSomeones },
  { name: 'cue-words-before-titles', count: 150, make: cueWordsBeforeTitles },
  { name: 'speech-nouns-before-auxiliaries', count: 150, make: speechNounsBeforeAuxiliaries },
  { name: 'names-in-marks-in-attributions', count: 150, make: namesInMarksInAttributions },
  { name: 'phrases-before-kept-saying', count: 150, make: phrasesBeforeKeptSaying },
  { name: 'phrases-inside-quotes', count: 150, make: phrasesInsideQuotes },
  { name: 'words-pointed-back', count: 180, make: wordsPointedBack },
  { name: 'stand-ins-before-copulas', count: 150, make: standInsBeforeCopulas },
  { name: 'names-known-widely', count: 150, make: namesKnownWidely },
  { name: 'numbered-lists-after-introductions', count: 150, make: numberedListsAfterIntroductions },
  { name: 'joined-names-and-ages', count: 150, make: joinedNamesAndAges },
  { name: 'places-gone-to', count: 150, make: placesGoneTo },
  { name: 'function-words-as-given-names', count: 150, make: functionWordsAsGivenNames },
  { name: 'interviewees-by-pronoun', count: 150, make: intervieweesByPronoun },
  { name: 'stand-ins-across-split-quotes', count: 150, make: standInsAcrossSplitQuotes },
  { name: 'songs-by-their-nouns', count: 150, make: songsByTheirNouns },
  { name: 'pressing-questions', count: 150, make: pressingQuestions },
  { name: 'turns-labelled-with-stops', count: 150, make: turnsLabelledWithStops },
  { name: 'campaigns-for-places', count: 150, make: campaignsForPlaces },
  { name: 'broken-off-past-long-asides', count: 150, make: brokenOffPastLongAsides },
  { name: 'stand-ins-with-their-own-verbs', count: 150, make: standInsWithTheirOwnVerbs },
  { name: 'companies-past-papers-they-cite', count: 150, make: companiesPastPapersTheyCite },
  { name: 'dashed-clauses-between-quotes', count: 150, make: dashedClausesBetweenQuotes },
  {
    name: 'pronouns-after-speeches-at-length',
    count: 150,
    make: pronounsAfterSpeechesAtLength,
  },
  { name: 'roles-said-by-copulas', count: 150, make: rolesSaidByCopulas },
  { name: 'runs-pointed-back-at', count: 150, make: runsPointedBackAt },
  { name: 'press-conference-turns', count: 150, make: pressConferenceTurns },
  { name: 'roles-of-bodies-set-off', count: 150, make: rolesOfBodiesSetOff },
  { name: 'shares-opening-their-clauses', count: 150, make: sharesOpeningTheirClauses },
  { name: 'names-inside-quotes', count: 150, make: namesInsideQuotes },
  { name: 'remarks-introducing-lists', count: 150, make: remarksIntroducingLists },
  { name: 'songs-sung-by-title', count: 150, make: songsSungByTitle },
  { name: 'ledes-pointed-back-by-any-verb', count: 150, make: ledesPointedBackByAnyVerb },
  { name: 'letters-read-for-writers', count: 150, make: lettersReadForWriters },
  { name: 'shows-of-broadcasters', count: 150, make: showsOfBroadcasters },
  { name: 'roles-with-clauses-set-off', count: 150, make: rolesWithClausesSetOff },
  { name: 'datelines-opening-paragraphs', count: 150, make: datelinesOpeningParagraphs },
  { name: 'pronouns-bound-in-their-clause', count: 150, make: pronounsBoundInTheirClause },
  { name: 'objects-listed-before-participles', count: 150, make: objectsListedBeforeParticiples },
  { name: 'clefts-on-speakers-pointing-back', count: 150, make: cleftsOnSpeakersPointingBack },
  { name: 'words-named-inside-quotes', count: 150, make: wordsNamedInsideQuotes },
  { name: 'fronted-clauses-before-subjects', count: 150, make: frontedClausesBeforeSubjects },
  { name: 'subheads-repeating-the-story', count: 150, make: subheadsRepeatingTheStory },
  { name: 'owners-opening-phrases', count: 150, make: ownersOpeningPhrases },
  { name: 'adverbs-set-off-after-subjects', count: 150, make: adverbsSetOffAfterSubjects },
  { name: 'roles-labelling-transcripts', count: 150, make: rolesLabellingTranscripts },
  { name: 'interviews-in-the-passive', count: 150, make: interviewsInThePassive },
  { name: 'interviewees-answering-questions', count: 150, make: intervieweesAnsweringQuestions },
  { name: 'phrases-labelling-bullets', count: 150, make: phrasesLabellingBullets },
  { name: 'askers-and-programmes', count: 150, make: askersAndProgrammes },
  { name: 'patronymic-names-named-again', count: 150, make: patronymicNames },
  { name: 'bodies-beside-names', count: 150, make: bodiesBesideNames },
  { name: 'asides-before-any-verb', count: 150, make: asidesBeforeAnyVerb },
  { name: 'answers-and-set-off-subjects', count: 150, make: answersAndSetOffSubjects },
  { name: 'choosers-and-posts', count: 150, make: choosersAndPosts },
  { name: 'particles-and-pronoun-reports', count: 150, make: particlesAndPronounReports },
  { name: 'titles-inside-quotes', count: 150, make: titlesInsideQuotes },
  { name: 'family-first-and-teams', count: 150, make: familyFirstAndTeams },
  { name: 'phrases-repeated-after', count: 150, make: phrasesRepeatedAfter },
  { name: 'described-reports-with-that', count: 150, make: describedReportsWithThat },
  { name: 'pointed-back-past-leads', count: 150, make: pointedBackPastLeads },
  { name: 'admissions-and-progressives', count: 150, make: admissionsAndProgressives },
  { name: 'openers-after-datelines', count: 150, make: openersAfterDatelines },
  { name: 'stacked-asides-before-objects', count: 150, make: stackedAsidesBeforeObjects },
  { name: 'given-nouns-after-family-names', count: 150, make: givenNounsAfterFamilyNames },
  { name: 'initials-before-dashes', count: 150, make: initialsBeforeDashes },
  { name: 'interviews-talked-to', count: 150, make: interviewsTalkedTo },
  { name: 'ages-and-roles-said-of', count: 150, make: agesAndRolesSaidOf },
  { name: 'owners-of-objects', count: 150, make: ownersOfObjects },
  { name: 'abbreviated-titles', count: 150, make: abbreviatedTitles },
  { name: 'claims-made-after-labels', count: 150, make: claimsMadeAfterLabels },
  { name: 'turns-labelled-by-name', count: 150, make: turnsLabelledByName },
  { name: 'habits-of-speech', count: 150, make: habitsOfSpeech },
  { name: 'titles-between-quotes', count: 150, make: titlesBetweenQuotes },
  { name: 'third-persons-inside-quotes', count: 150, make: thirdPersonsInsideQuotes },
  { name: 'ledes-past-beats', count: 150, make: ledesPastBeats },
  { name: 'relative-roles-after-names', count: 150, make: relativeRolesAfterNames },
  { name: 'words-owned-by-names', count: 150, make: wordsOwnedByNames },
  { name: 'positions-before-names', count: 150, make: positionsBeforeNames },
  { name: 'chiefly-titles', count: 150, make: chieflyTitles },
  { name: 'counted-crowds', count: 150, make: countedCrowds },
  { name: 'papers-going-on', count: 150, make: papersGoingOn },
  { name: 'bodies-set-off-by-sort', count: 150, make: bodiesSetOffBySort },
  { name: 'beats-in-places', count: 150, make: beatsInPlaces },
  { name: 'shares-placed-in-crowds', count: 150, make: sharesPlacedInCrowds },
  { name: 'roles-doing-things', count: 150, make: rolesDoingThings },
  { name: 'roles-taken-as', count: 150, make: rolesTakenAs },
  { name: 'clauses-without-that', count: 150, make: clausesWithoutThat },
  { name: 'set-ups-before-added', count: 150, make: setUpsBeforeAdded },
  { name: 'given-names-in-ed', count: 150, make: givenNamesInEd },
  { name: 'timestamped-subheads', count: 150, make: timestampedSubheads },
  { name: 'programmes-after-on', count: 150, make: programmesAfterOn },
  { name: 'labels-past-relatives', count: 150, make: labelsPastRelatives },
  { name: 'names-billed-as', count: 150, make: namesBilledAs },
  { name: 'roles-named-later', count: 150, make: rolesNamedLater },
  { name: 'questions-past-set-ups', count: 150, make: questionsPastSetUps },
  { name: 'clergy-titles', count: 150, make: clergyTitles },
  { name: 'marks-inside-objects', count: 150, make: marksInsideObjects },
  { name: 'drafts-of-bodies', count: 150, make: draftsOfBodies },
  { name: 'groups-past-objects', count: 150, make: groupsPastObjects },
  { name: 'clergy-roles', count: 150, make: clergyRoles },
  { name: 'questions-said-not-asked', count: 150, make: questionsSaidNotAsked },
  { name: 'answers-past-cue-groups', count: 150, make: answersPastCueGroups },
  { name: 'quoted-as-saying', count: 150, make: quotedAsSaying },
  { name: 'bodies-which-said', count: 150, make: bodiesWhichSaid },
  { name: 'interviews-run-long', count: 150, make: interviewsRunLong },
  { name: 'writers-named', count: 150, make: writersNamed },
  { name: 'voices-inside-words', count: 150, make: voicesInsideWords },
  { name: 'role-labelled-turns', count: 150, make: roleLabelledTurns },
  { name: 'subhead-stands', count: 150, make: subheadStands },
  { name: 'pronouns-far-back', count: 150, make: pronounsFarBack },
  { name: 'clefts-set-against', count: 150, make: cleftsSetAgainst },
  { name: 'words-set-off-from', count: 150, make: wordsSetOffFrom },
  { name: 'titles-opened-by-verbs', count: 150, make: titlesOpenedByVerbs },
  { name: 'relatives-past-asides', count: 150, make: relativesPastAsides },
  { name: 'heads-read-whole', count: 150, make: headsReadWhole },
  { name: 'papers-placed-and-posted', count: 150, make: papersPlacedAndPosted },
  { name: 'speakers-named-after', count: 150, make: speakersNamedAfter },
  { name: 'crowds-counted', count: 150, make: crowdsCounted },
  { name: 'told-of-inside', count: 150, make: toldOfInside },
  { name: 'courtesy-titles', count: 150, make: courtesyTitles },
  { name: 'roles-left-open', count: 150, make: rolesLeftOpen },
  { name: 'copula-adjectives', count: 150, make: copulaAdjectives },
  { name: 'labels-no-one-said', count: 150, make: labelsNoOneSaid },
  { name: 'set-ups-postmodified', count: 150, make: setUpsPostmodified },
  { name: 'talk-of-things', count: 150, make: talkOfThings },
  { name: 'releases-past-kickers', count: 150, make: releasesPastKickers },
  { name: 'titles-of-bodies', count: 150, make: titlesOfBodies },
  { name: 'honorifics-of-many-lands', count: 150, make: honorificsOfManyLands },
  { name: 'joined-epithets', count: 150, make: joinedEpithets },
  { name: 'roles-by-other-words', count: 150, make: rolesByOtherWords },
  { name: 'words-relayed-in-court', count: 150, make: wordsRelayedInCourt },
  { name: 'couples-sharing-surnames', count: 150, make: couplesSharingSurnames },
  { name: 'speeches-named-at-their-end', count: 150, make: speechesNamedAtTheirEnd },
  { name: 'letters-and-counsel', count: 150, make: lettersAndCounsel },
  { name: 'phrases-sharing-a-word', count: 150, make: phrasesSharingAWord },
  { name: 'bodies-in-business-copy', count: 150, make: bodiesInBusinessCopy },
  { name: 'pleas-forces-and-court-titles', count: 150, make: pleasForcesAndCourtTitles },
  { name: 'relatives-told-apart', count: 150, make: relativesToldApart },
  { name: 'roles-before-names-and-copulas', count: 150, make: rolesBeforeNamesAndCopulas },
  { name: 'named-by-their-callers', count: 150, make: namedByTheirCallers },
  { name: 'works-in-the-sentence', count: 150, make: worksInTheSentence },
  { name: 'sport-copy', count: 150, make: sportCopy },
  { name: 'remembered-and-known-as', count: 150, make: rememberedAndKnownAs },
  { name: 'roles-in-features', count: 150, make: rolesInFeatures },
  { name: 'pronouns-past-things-named', count: 150, make: pronounsPastThingsNamed },
  { name: 'words-remembered-inside', count: 150, make: wordsRememberedInside },
  { name: 'views-after-for', count: 150, make: viewsAfterFor },
  { name: 'public-safety-copy', count: 150, make: publicSafetyCopy },
  { name: 'links-and-denials', count: 150, make: linksAndDenials },
  { name: 'clubs-and-nicknames', count: 150, make: clubsAndNicknames },
  { name: 'words-for-someone', count: 150, make: wordsForSomeone },
  { name: 'colons-past-fronted-clauses', count: 150, make: colonsPastFrontedClauses },
  { name: 'words-when-they-talk', count: 150, make: wordsWhenTheyTalk },
  { name: 'colons-on-the-stump', count: 150, make: colonsOnTheStump },
  { name: 'campaign-sources', count: 150, make: campaignSources },
  { name: 'inquiry-copy', count: 150, make: inquiryCopy },
  { name: 'colons-past-asides', count: 150, make: colonsPastAsides },
  { name: 'names-ending-in-ing', count: 150, make: namesEndingInIng },
  { name: 'words-by-their-owners', count: 150, make: wordsByTheirOwners },
  { name: 'self-named-later', count: 150, make: selfNamedLater },
  { name: 'papers-passed-on', count: 150, make: papersPassedOn },
  { name: 'names-people-give', count: 150, make: namesPeopleGive },
  { name: 'papers-and-their-authors', count: 150, make: papersAndAuthors },
  { name: 'titles-in-asides', count: 150, make: titlesInAsides },
  { name: 'companies-cut-short', count: 150, make: companiesCutShort },
  { name: 'asides-before-the-verb', count: 150, make: asidesBeforeVerb },
  { name: 'terms-people-use', count: 150, make: termsPeopleUse },
  { name: 'speeches-at-places', count: 150, make: speechesAtPlaces },
  { name: 'bodies-with-fields', count: 150, make: bodiesWithFields },
  { name: 'sides-of-a-race', count: 150, make: sidesOfRace },
  { name: 'captions-on-posts', count: 150, make: captionsOnPosts },
  { name: 'headlines-with-two-verbs', count: 150, make: headlinesTwoVerbs },
  { name: 'findings-that', count: 150, make: findingsThat },
  { name: 'headlines-that-remember', count: 150, make: headlinesRemember },
  { name: 'titles-of-trade', count: 150, make: tradeTitles },
  { name: 'missions-abroad', count: 150, make: missionsAbroad },
  { name: 'roles-with-agents', count: 150, make: rolesWithAgents },
  { name: 'operators-beside-bodies', count: 150, make: operatorsBesideBodies },
  { name: 'intents-after-quotes', count: 150, make: intentsAfterQuotes },
  { name: 'signs-after-asides', count: 150, make: signsAfterAsides },
  { name: 'questions-put-directly', count: 150, make: questionsPutDirectly },
  { name: 'parts-by-agents', count: 150, make: partsByAgents },
  { name: 'cues-linked-before-time', count: 150, make: cuesLinkedBeforeTime },
  { name: 'works-say-who', count: 150, make: worksSayWho },
  { name: 'words-held-up', count: 150, make: wordsHeldUp },
  { name: 'second-roles-placed', count: 150, make: secondRolesPlaced },
  { name: 'companies-by-product', count: 150, make: companiesByProduct },
  { name: 'names-opening-on-things', count: 150, make: namesOpeningOnThings },
  { name: 'asked-clauses', count: 150, make: askedClauses },
  { name: 'workplaces-no-one', count: 150, make: workplacesNoOne },
  { name: 'things-named', count: 150, make: thingsNamed },
  { name: 'where-from', count: 150, make: whereFrom },
  { name: 'doers-of-deeds', count: 150, make: doersOfDeeds },
  { name: 'numbers-with-thousands', count: 150, make: numbersWithThousands },
  { name: 'makers-are-companies', count: 150, make: makersAreCompanies },
  { name: 'answers-after-beats', count: 150, make: answersAfterBeats },
  { name: 'unnamed-then-pronoun', count: 150, make: unnamedThenPronoun },
  { name: 'names-in-asides', count: 150, make: namesInAsides },
  { name: 'titles-in-roles', count: 150, make: titlesInRoles },
  { name: 'roles-said-of-pronouns', count: 150, make: rolesSaidOfPronouns },
  { name: 'names-by-nouns', count: 150, make: namesByNouns },
  { name: 'titles-after-colons', count: 150, make: titlesAfterColons },
  { name: 'titles-of-papers', count: 150, make: titlesOfPapers },
  { name: 'views-from-someone', count: 150, make: viewsFromSomeone },
  { name: 'set-ups-with-asides', count: 150, make: setUpsWithAsides },
  { name: 'names-by-participles', count: 150, make: namesByParticiples },
  { name: 'roles-held-by-verbs', count: 150, make: rolesHeldByVerbs },
  { name: 'joined-relative-clauses', count: 150, make: joinedRelativeClauses },
  { name: 'portfolio-ministries', count: 150, make: portfolioMinistries },
  { name: 'subjects-past-participle-asides', count: 150, make: subjectsPastParticipleAsides },
  { name: 'titles-that-are-given-names', count: 150, make: titlesThatAreGivenNames },
  { name: 'papers-read-for-writers', count: 150, make: papersReadForWriters },
  { name: 'kin-of-the-named', count: 150, make: kinOfTheNamed },
  { name: 'learned-titles-apart', count: 150, make: learnedTitlesApart },
  { name: 'subjects-with-verbs-of-their-own', count: 150, make: subjectsWithVerbsOfTheirOwn },
  { name: 'companies-by-openings', count: 150, make: companiesByOpenings },
  { name: 'what-the-role-called', count: 150, make: whatTheRoleCalled },
  { name: 'names-given-set-off', count: 150, make: namesGivenSetOff },
  { name: 'owned-views', count: 150, make: ownedViews },
  { name: 'view-holders-past-roles', count: 150, make: viewHoldersPastRoles },
  { name: 'suffixes-set-off', count: 150, make: suffixesSetOff },
  { name: 'headline-moods', count: 150, make: headlineMoods },
  { name: 'positions-and-ranks', count: 150, make: positionsAndRanks },
  { name: 'british-doubled-l', count: 150, make: britishDoubledL },
  { name: 'more-sorts-of-bodies', count: 150, make: moreSortsOfBodies },
  { name: 'words-used-and-captions', count: 150, make: wordsUsedAndCaptions },
  { name: 'accounts-online', count: 150, make: accountsOnline },
  { name: 'federal-prosecutors', count: 150, make: federalProsecutors },
  { name: 'relatives-past-participle-objects', count: 150, make: relativesPastParticipleObjects },
  { name: 'works-at-their-launch', count: 150, make: worksAtTheirLaunch },
  { name: 'titles-in-charge', count: 150, make: titlesInCharge },
  { name: 'headline-nouns-before-surnames', count: 150, make: headlineNounsBeforeSurnames },
  { name: 'papers-shared', count: 150, make: papersShared },
  { name: 'owners-alone-before-colons', count: 150, make: ownersAloneBeforeColons },
  { name: 'titles-said-of-and-taught', count: 150, make: titlesSaidOfAndTaught },
  { name: 'sentences-ending-at-the-clock', count: 150, make: sentencesEndingAtTheClock },
  { name: 'cues-after-remembering', count: 150, make: cuesAfterRemembering },
  { name: 'surnames-joined-by-hyphens', count: 150, make: surnamesJoinedByHyphens },
  { name: 'collective-plurals', count: 150, make: collectivePlurals },
  { name: 'phrases-listed-after-objects', count: 150, make: phrasesListedAfterObjects },
  { name: 'cue-words-in-objects', count: 150, make: cueWordsInObjects },
  { name: 'dotted-initials-opening-asides', count: 150, make: dottedInitialsOpeningAsides },
  { name: 'adverbs-opening-sentences', count: 150, make: adverbsOpeningSentences },
  { name: 'sources-familiar-with-papers', count: 150, make: sourcesFamiliarWithPapers },
  {
    name: 'phrases-with-past-verbs-after-quotes',
    count: 150,
    make: phrasesWithPastVerbsAfterQuotes,
  },
  {
    name: 'leading-initials-before-given-names',
    count: 150,
    make: leadingInitialsBeforeGivenNames,
  },
  { name: 'roles-with-charges', count: 150, make: rolesWithCharges },
  { name: 'role-shaped-titles', count: 150, make: roleShapedTitles },
  { name: 'statements-for-any-paper', count: 150, make: statementsForAnyPaper },
  { name: 'bodies-set-off-before-which', count: 150, make: bodiesSetOffBeforeWhich },
  { name: 'characterizing-nouns', count: 150, make: characterizingNouns },
  { name: 'words-used-after-marks', count: 150, make: wordsUsedAfterMarks },
  { name: 'bodies-its-takes-up', count: 150, make: bodiesItsTakesUp },
  { name: 'days-between-subjects-and-cues', count: 150, make: daysBetweenSubjectsAndCues },
  { name: 'headline-heads-of-bodies', count: 150, make: headlineHeadsOfBodies },
  { name: 'views-stated-at-colons', count: 150, make: viewsStatedAtColons },
  { name: 'papers-and-their-writers', count: 150, make: papersAndTheirWriters },
  { name: 'titles-joined-by-in', count: 150, make: titlesJoinedByIn },
  { name: 'calls-for-after-quotes', count: 150, make: callsForAfterQuotes },
  { name: 'titles-set-off-after-papers', count: 150, make: titlesSetOffAfterPapers },
  { name: 'described-subjects-past-phrases', count: 150, make: describedSubjectsPastPhrases },
  { name: 'companies-by-what-they-own', count: 150, make: companiesByWhatTheyOwn },
  { name: 'headline-roles-with-a-modifier', count: 150, make: headlineRolesWithAModifier },
  { name: 'quoting-participles', count: 150, make: quotingParticiples },
  { name: 'regions-after-places', count: 150, make: regionsAfterPlaces },
  { name: 'listed-labels', count: 150, make: listedLabels },
  { name: 'reported-sources', count: 150, make: reportedSources },
  { name: 'it-in-its-own-sentence', count: 150, make: itInItsOwnSentence },
  { name: 'progressive-non-speakers', count: 150, make: progressiveNonSpeakers },
  { name: 'posts-on-pages', count: 150, make: postsOnPages },
  { name: 'records-showing', count: 150, make: recordsShowing },
  { name: 'office-holders-offices', count: 150, make: officeHoldersOffices },
  { name: 'hearers-with-asides', count: 150, make: hearersWithAsides },
  { name: 'bodies-in-sight-as-objects', count: 150, make: bodiesInSightAsObjects },
  { name: 'units-and-portfolios', count: 150, make: unitsAndPortfolios },
  { name: 'causes-naming-bodies', count: 150, make: causesNamingBodies },
  { name: 'shows-named-in-marks', count: 150, make: showsNamedInMarks },
  { name: 'institutions-as-places', count: 150, make: institutionsAsPlaces },
  { name: 'headline-body-phrases', count: 150, make: headlineBodyPhrases },
  { name: 'vox-pops-with-places', count: 150, make: voxPopsWithPlaces },
  { name: 'reports-taken-up', count: 150, make: reportsTakenUp },
  { name: 'headline-trade-bodies', count: 150, make: headlineTradeBodies },
  { name: 'pinned-messages', count: 150, make: pinnedMessages },
  { name: 'papers-by-authors', count: 150, make: papersByAuthors },
  { name: 'sentence-ends-after-sums', count: 150, make: sentenceEndsAfterSums },
  { name: 'owned-sayings-with-phrases', count: 150, make: ownedSayingsWithPhrases },
  { name: 'papers-finding-that', count: 150, make: papersFindingThat },
  { name: 'papers-taken-up', count: 180, make: papersTakenUp },
  { name: 'roles-after-team-names', count: 150, make: rolesAfterTeamNames },
  { name: 'headline-role-phrases', count: 150, make: headlineRolePhrases },
  { name: 'sources-taken-up-later', count: 150, make: sourcesTakenUpLater },
  { name: 'owners-of-team-sides', count: 100, make: ownersOfTeamSides },
  { name: 'disowned-words', count: 150, make: disownedWordsFamily },
  { name: 'names-officers-and-suits', count: 150, make: namesOfficersAndSuits },
  { name: 'close-sources-and-noun-cues', count: 150, make: closeSourcesAndNounCues },
  { name: 'papers-by-other-names', count: 150, make: papersByOtherNames },
  { name: 'bodies-opening-on-their-head', count: 100, make: bodiesOpeningOnTheirHead },
  { name: 'fronted-names', count: 150, make: frontedNames },
  { name: 'roles-with-participles', count: 150, make: rolesWithParticiples },
  { name: 'roles-ending-in-cues', count: 150, make: rolesEndingInCues },
  { name: 'objects-of-reporters', count: 150, make: objectsOfReporters },
  { name: 'messages-to-someone', count: 150, make: messagesToSomeone },
  { name: 'places-not-bodies', count: 150, make: placesNotBodies },
  { name: 'responses-of-described', count: 150, make: responsesOfDescribed },
  { name: 'state-tags', count: 150, make: stateTags },
  { name: 'perceived-speakers', count: 150, make: perceivedSpeakers },
  { name: 'owned-roles', count: 150, make: ownedRoles },
  { name: 'stance-headlines', count: 150, make: stanceHeadlines },
  { name: 'owners-in-plural', count: 150, make: ownersInPlural },
  { name: 'bare-posts', count: 150, make: barePosts },
  { name: 'bodies-by-trade', count: 150, make: bodiesByTrade },
  { name: 'long-relatives', count: 150, make: longRelatives },
  { name: 'words-put-out', count: 150, make: wordsPutOut },
  { name: 'generations', count: 150, make: generationsFamily },
  { name: 'parts-of-papers', count: 150, make: partsOfPapers },
  { name: 'counted-cue-words', count: 150, make: countedCueWords },
  { name: 'honorifics-and-patronymics', count: 150, make: honorificsAndPatronymics },
  { name: 'firms-with-title-words', count: 150, make: firmsWithTitleWords },
  { name: 'titles-by-copula', count: 150, make: titlesByCopula },
  { name: 'appointed-posts', count: 150, make: appointedPosts },
  { name: 'replies-answer', count: 150, make: repliesAnswer },
  { name: 'turning-to', count: 150, make: turningTo },
  { name: 'headline-bare-roles', count: 150, make: headlineBareRoles },
  { name: 'apposed-names-closed-by-adverbials', count: 150, make: apposedNamesClosedByAdverbials },
  { name: 'ages-said-of-subjects', count: 150, make: agesSaidOfSubjects },
  { name: 'infinitive-cues', count: 150, make: infinitiveCues },
  { name: 'past-forms-modifying-nouns', count: 150, make: pastFormsModifyingNouns },
  { name: 'owners-of-saying', count: 150, make: ownersOfSaying },
  { name: 'names-before-place-nouns', count: 150, make: namesBeforePlaceNouns },
  { name: 'set-ups-past-fronted-clauses', count: 150, make: setUpsPastFrontedClauses },
  { name: 'people-plurals-opening', count: 150, make: peoplePluralsOpening },
  { name: 'names-in-title-case', count: 150, make: namesInTitleCase },
  { name: 'roles-held-by-running', count: 150, make: rolesHeldByRunning },
]

/** Every case of the suite; each family draws from its own PRNG so families stay independent. */
export function generate(seed: number = defaultSeed): Case[] {
  return families.flatMap((family, i) => family.make(createRandom(seed + i * 7919), family.count))
}
