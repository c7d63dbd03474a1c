/**
 * The blind suite: a third generator, written apart from the other two from the annotation rules
 * alone, whose failures are not read while the library is tuned. Only its per-family rates are
 * looked at, as an estimate of the issue's hidden suite (other templates, other words).
 */
import {
  type BlindGender,
  type BlindPerson,
  blindAdverbials,
  blindComplexCues,
  blindContexts,
  blindDatelines,
  blindExclamations,
  blindGroups,
  blindHeads,
  blindModifiers,
  blindNameForms,
  blindNicknames,
  blindOrgs,
  blindPartyTags,
  blindPeople,
  blindPostmodifiers,
  blindQuestions,
  blindScare,
  blindSentences,
  blindSimpleCues,
  blindTitles,
  blindTrailing,
  blindUnisex,
  blindWords,
  blindWorks,
} from './blind-lexicon.js'
import type { Case, ExpectedQuote, ExpectedSpeaker } from './parts.js'
import { createRandom, type Random } from './random.js'

/** The fixed seed of the blind suite (another than the other suites'). */
export const blindSeed = 0x5eed_b11d

/** Questions and exclamations already drawn for the case being written (kept distinct). */
const usedInCase = new Set<string>()

/** A question or exclamation not yet used in this case, or null when none is left. */
function fresh(r: Random, list: readonly string[]): string | null {
  const left = list.filter((x) => !usedInCase.has(x))
  if (left.length === 0) return null
  const pick = r.pick(left)
  usedInCase.add(pick)
  return pick
}

/** Writes a text piece by piece and records each quote with its expected speaker. */
class Writer {
  private readonly parts: string[] = []
  readonly expected: ExpectedQuote[] = []
  readonly open: string
  readonly close: string
  readonly open1: string
  readonly close1: string

  constructor(curly: boolean) {
    usedInCase.clear()
    this.open = curly ? '“' : '"'
    this.close = curly ? '”' : '"'
    this.open1 = curly ? '‘' : "'"
    this.close1 = curly ? '’' : "'"
  }

  add(text: string): this {
    this.parts.push(text)
    return this
  }

  /** A closed quote in double (or single) marks. */
  q(content: string, speaker: ExpectedSpeaker, single = false): this {
    this.parts.push(single ? this.open1 : this.open, content, single ? this.close1 : this.close)
    this.expected.push({ quote: content, speaker })
    return this
  }

  /** A quote paragraph that opens and does not close (it continues in the next paragraph). */
  openParagraph(content: string, speaker: ExpectedSpeaker): this {
    this.parts.push(this.open, content, '\n\n')
    this.expected.push({ quote: content, speaker })
    return this
  }

  /** How many quotes so far (the index of the next one). */
  get count(): number {
    return this.expected.length
  }

  done(family: string): Case {
    return { family, text: this.parts.join(''), expected: this.expected }
  }
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
/** Lower-cases a sentence's first letter to run it on mid-sentence, but not the pronoun `I`. */
const lowerFirst = (text: string): string =>
  /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
const an = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a')
const pronoun = (g: BlindGender): string => (g === 'f' ? 'she' : 'he')
const other = (g: BlindGender): BlindGender => (g === 'f' ? 'm' : 'f')
const head = (h: string): string => h.split(' ').at(-1) ?? h

/** Distinct sentence contents for one case. */
function contents(r: Random, n: number): string[] {
  const out = new Set<string>()
  while (out.size < n) out.add(r.pick(blindSentences))
  return [...out]
}

/** A quote content with closing punctuation fitting a quote that comes before its cue. */
function before(r: Random, base: string): string {
  const roll = r.int(10)
  const special =
    roll === 0 ? fresh(r, blindQuestions) : roll === 1 ? fresh(r, blindExclamations) : null
  if (special !== null) return `${special}${roll === 0 ? '?' : '!'}`
  if (roll === 2) return `${base}—`
  if (roll === 3) return `${base}…`
  return `${base},`
}

/** A quote content that ends a sentence (quote after its cue). */
function after(r: Random, base: string): string {
  const roll = r.int(8)
  const special =
    roll === 0 ? fresh(r, blindQuestions) : roll === 1 ? fresh(r, blindExclamations) : null
  if (special !== null) return `${special}${roll === 0 ? '?' : '!'}`
  if (roll === 2) return `${base}…`
  return `${base}.`
}

/** A gendered person picked from the plain list, optionally of a gender. */
function person(r: Random, gender?: BlindGender): BlindPerson {
  const pool = gender ? blindPeople.filter((p) => p.gender === gender) : blindPeople
  return r.pick(pool)
}

/** A cue with maybe an adverbial or trailing clause, after a speaker (`X said on Monday`). */
function cueTail(r: Random, simpleOnly = false, trailing = true): string {
  const verb = simpleOnly || r.chance(0.4) ? r.pick(blindSimpleCues) : r.pick(blindComplexCues)
  let tail = verb
  if (r.chance(0.35)) tail += ` ${r.pick(blindAdverbials)}`
  if (trailing && r.chance(0.2)) tail += `, ${r.pick(blindTrailing)}`
  return tail
}

type Family = (r: Random) => Case

/** Places a speaker phrase and one quote in one of the basic positions. */
function place(
  w: Writer,
  r: Random,
  phrase: string,
  speaker: ExpectedSpeaker,
  base: string,
  invertible: boolean,
): void {
  const pos = r.int(5)
  if (pos === 0) w.q(before(r, base), speaker).add(` ${phrase} ${cueTail(r)}.`)
  else if (pos === 1 && invertible)
    w.q(before(r, base), speaker).add(` ${r.pick(blindSimpleCues)} ${phrase}.`)
  else if (pos === 2)
    w.add(`${cap(phrase)} ${cueTail(r, false, false)}, `).q(after(r, base), speaker)
  else if (pos === 3) w.add(`${cap(phrase)} ${cueTail(r)}: `).q(after(r, base), speaker)
  else
    w.add(
      `${r.pick(['On Monday', 'Asked about the delay', 'Speaking to reporters in Geneva', 'Later'])}, ${phrase} ${r.pick(blindSimpleCues)}: `,
    ).q(after(r, base), speaker)
}

const families: Record<string, Family> = {
  /** Name forms: initials, suffixes, particles, hyphens, apostrophes, family name first. */
  'blind-names': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = r.chance(0.7) ? r.pick(blindNameForms) : person(r)
    const [a, b] = contents(r, 2)
    const speaker = { name: p.full }
    if (r.chance(0.5)) {
      place(w, r, p.full, speaker, a as string, true)
    } else {
      w.add(`${p.full} has run the cooperative since 2011. `)
      place(w, r, p.short, speaker, a as string, true)
    }
    if (r.chance(0.4))
      w.add(' ')
        .q(before(r, b as string), speaker)
        .add(` ${p.short} added.`)
    return w.done('blind-names')
  },

  /** Titles (civil, military, religious, academic, royal, honorific) and party tags. */
  'blind-titles': (r) => {
    const w = new Writer(r.chance(0.5))
    const [title, tg] = r.pick(blindTitles)
    const p = tg === 'x' ? person(r) : person(r, tg)
    const speaker = { name: p.full }
    const [a, b] = contents(r, 2)
    let phrase = `${title} ${p.full}`
    if ((title === 'Sen.' || title === 'Rep.') && r.chance(0.7)) {
      const tag = r.pick(blindPartyTags)
      phrase = tag.startsWith(',') ? `${phrase}${tag}` : `${phrase} ${tag}`
      if (tag.startsWith(',')) {
        // A comma-set tag reads only before the cue.
        w.add(`${cap(phrase)} ${cueTail(r)}: `).q(after(r, a as string), speaker)
        return w.done('blind-titles')
      }
    }
    place(w, r, phrase, speaker, a as string, true)
    if (!/^(Sir|Dame|Prince|Princess)$/.test(title) && r.chance(0.5)) {
      const later = title.startsWith('the ')
        ? `${title.slice(4)} ${p.short}`
        : `${title} ${p.short}`
      w.add(
        `\n\n${cap(later)} ${r.pick(['said', 'added', 'insisted', 'argued', 'warned'])} the matter was closed. `,
      )
      w.q(after(r, b as string), speaker)
    }
    return w.done('blind-titles')
  },

  /** Organizations and outlets: ministries, agencies, unions, companies, newspapers, wires. */
  'blind-orgs': (r) => {
    const w = new Writer(r.chance(0.5))
    const org = r.pick(blindOrgs)
    const speaker = { name: org.name }
    const [a] = contents(r, 1)
    if (r.chance(0.2)) w.add(`${r.pick(blindContexts)} `)
    const pos = r.int(4)
    if (pos === 0) w.q(before(r, a as string), speaker).add(` ${org.text} ${cueTail(r)}.`)
    else if (pos === 1)
      w.q(before(r, a as string), speaker).add(
        ` ${r.pick(['said', 'added', 'wrote', 'reported'])} ${org.text}.`,
      )
    else if (pos === 2)
      w.add(
        `In a statement ${r.pick(['on Thursday', 'issued overnight', ''])}`.trimEnd() +
          `, ${org.text} said: `,
      ).q(after(r, a as string), speaker)
    else
      w.add(`${cap(org.text)} ${cueTail(r, false, false)} that `)
        .q(`${lowerFirst(a as string)}`, speaker)
        .add('.')
    return w.done('blind-orgs')
  },

  /** Descriptions and anonymous sources, with and without modifiers and postmodifiers. */
  'blind-descriptions': (r) => {
    const w = new Writer(r.chance(0.5))
    const [h] = r.pick(blindHeads)
    const mod = r.chance(0.6) ? `${r.pick(blindModifiers)} ` : ''
    const det = r.pick(['a', 'the', 'one', 'another']) // one/another + head is a description
    const article = det === 'a' ? an(mod || h) : det
    const post = r.chance(0.5) ? r.pick(blindPostmodifiers) : ''
    const speaker = { mention: h, head: head(h) }
    const [a] = contents(r, 1)
    const phrase = `${article} ${mod}${h}`
    const pos = r.int(4)
    if (pos === 0)
      w.q(before(r, a as string), speaker).add(` said ${phrase}${post ? ` ${post}` : ''}.`)
    else if (pos === 1)
      w.q(before(r, a as string), speaker).add(
        ` ${phrase}${post ? `, ${post},` : ''} ${cueTail(r)}.`,
      )
    else if (pos === 2)
      w.add(`${cap(phrase)}${post ? ` ${post}` : ''} ${cueTail(r)}: `).q(
        after(r, a as string),
        speaker,
      )
    else
      w.add(`${cap(phrase)}${post ? `, ${post},` : ''} ${cueTail(r, false, false)}, `).q(
        after(r, a as string),
        speaker,
      )
    return w.done('blind-descriptions')
  },

  /** Pronouns across sentences: gender from given names, titles or an earlier pronoun. */
  'blind-pronouns': (r) => {
    const w = new Writer(r.chance(0.5))
    const how = r.int(3)
    let first: string
    let full: string
    let short: string
    let g: BlindGender
    if (how === 0) {
      const p = person(r)
      full = p.full
      short = p.short
      g = p.gender
      first = p.full
    } else {
      const u = r.pick(blindUnisex)
      g = r.chance(0.5) ? 'f' : 'm'
      full = `${u.given} ${u.family}`
      short = u.family
      first =
        how === 1
          ? `${g === 'f' ? r.pick(['Ms.', 'Mrs.', 'Sister']) : r.pick(['Mr.', 'Father'])} ${full}`
          : full
    }
    const speaker = { name: full }
    const b = person(r, other(g))
    const [q1, q2, q3] = contents(r, 3)
    if (how === 2) w.add(`${first} said ${pronoun(g)} had not slept since the fire. `)
    else if (r.chance(0.5)) w.q(before(r, q1 as string), speaker).add(` ${first} said. `)
    else
      w.add(
        `${first} ${r.pick(['arrived at the hearing early', 'spoke for nearly an hour', 'met donors on Tuesday'])}. `,
      )
    w.add(
      r.pick([
        `${b.full}, who chairs the oversight panel, had called the plan reckless. `,
        `The remarks followed a letter from ${b.full}, a rival candidate. `,
        `${short} was joined by ${b.full}, the deputy director. `,
        `Critics, including ${b.full}, say the measure goes too far. `,
        `${b.full} has not responded to requests for comment. `,
        `Earlier, ${b.full} told the committee that the budget was exhausted. `,
      ]),
    )
    if (r.chance(0.3)) w.add('\n\n')
    const pr = pronoun(g)
    const pos = r.int(3)
    if (pos === 0) w.q(before(r, q2 as string), speaker).add(` ${pr} ${cueTail(r, true)}.`)
    else if (pos === 1) w.add(`${cap(pr)} ${cueTail(r)}: `).q(after(r, q2 as string), speaker)
    else
      w.q(`${q2},`, speaker)
        .add(` ${pr} said, `)
        .q(`${lowerFirst(q3 as string)}.`, speaker)
    if (pos !== 2 && r.chance(0.3)) w.add(' ').q(after(r, q3 as string), speaker)
    return w.done('blind-pronouns')
  },

  /** Plural `they` for groups and organizations, with a single person named in between. */
  'blind-they': (r) => {
    const w = new Writer(r.chance(0.5))
    const [q1, q2] = contents(r, 2)
    const b = person(r)
    let speaker: ExpectedSpeaker
    if (r.chance(0.6)) {
      const [group, h] = r.pick(blindGroups)
      speaker = { mention: group.toLowerCase(), head: h }
      w.add(
        `${group} ${r.pick(['gathered outside the town hall on Monday', 'waited for news through the night', 'walked off the job last week'])}. `,
      )
    } else {
      const org = r.pick(
        blindOrgs.filter(
          (o) =>
            !/^(the Times|the Guardian|Reuters|Al Jazeera|the Wall Street Journal)$/.test(o.text),
        ),
      )
      speaker = { name: org.name }
      w.add(
        `${cap(org.text)} ${r.pick(['rejected the findings', 'published its own figures on Friday', 'has not changed its position'])}. `,
      )
    }
    w.add(
      `${b.full} ${r.pick(['had urged calm', 'met with them briefly', 'declined to comment', 'was not among them', 'said on Sunday that the site would reopen'])}. `,
    )
    if (r.chance(0.5)) w.q(before(r, q1 as string), speaker).add(` they ${cueTail(r, true)}.`)
    else
      w.add(
        `They ${r.pick(['said', 'insisted', 'wrote in a joint letter', 'told reporters'])}: `,
      ).q(after(r, q1 as string), speaker)
    if (r.chance(0.3)) w.add(' ').q(after(r, q2 as string), speaker)
    return w.done('blind-they')
  },

  /** Cues: single verbs, phrasal verbs, verb + hearer, adverbials, speech nouns, trailing clauses. */
  'blind-cues': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = person(r)
    const speaker = { name: p.full }
    const [a] = contents(r, 1)
    const cue = r.pick(blindComplexCues)
    const adv = r.chance(0.6) ? ` ${r.pick(blindAdverbials)}` : ''
    const trail = r.chance(0.35) ? `, ${r.pick(blindTrailing)}` : ''
    const pos = r.int(6)
    if (pos === 0) w.q(before(r, a as string), speaker).add(` ${p.full} ${cue}${adv}${trail}.`)
    else if (pos === 1) w.add(`${p.full} ${cue}${adv}: `).q(after(r, a as string), speaker)
    else if (pos === 2) w.add(`${p.full} ${cue}${adv}, `).q(after(r, a as string), speaker)
    else if (pos === 3)
      w.add(`In a statement${adv}, ${p.full} said: `).q(after(r, a as string), speaker)
    else if (pos === 4) w.add(`According to ${p.full}, `).q(after(r, a as string), speaker)
    else
      w.add(
        `${p.full} ${r.pick(['had a blunt message for critics', 'issued a statement', 'posted a short reply'])}: `,
      ).q(after(r, a as string), speaker)
    return w.done('blind-cues')
  },

  /** Positions: split quotes, colons, headlines, subheads, dateline and epigraph dashes. */
  'blind-positions': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = r.chance(0.5) ? person(r) : r.pick(blindNameForms)
    const speaker = { name: p.full }
    const [a, b] = contents(r, 2)
    const pos = r.int(6)
    if (pos === 0) {
      // Split around its cue, the second part either a new sentence or the same one.
      w.q(`${a},`, speaker)
        .add(` ${p.full} ${r.pick(blindSimpleCues)}. `)
        .q(`${b}.`, speaker)
    } else if (pos === 1) {
      w.q(`${a},`, speaker)
        .add(` ${r.pick(blindSimpleCues)} ${p.full}, `)
        .q(`${lowerFirst(b as string)}.`, speaker)
    } else if (pos === 2) {
      // A headline with single marks, then the body that names the speaker in full.
      w.add(`${p.short} ${r.pick(['says', 'warns', 'vows'])} `).q(
        lowerFirst(a as string)
          .split(' ')
          .slice(0, 5)
          .join(' '),
        speaker,
        true,
      )
      w.add(`\n\n${p.full} ${r.pick(['spoke', 'appeared'])} at the hearing on Tuesday.`)
    } else if (pos === 3) {
      // A colon headline / subhead with no verb, then a paragraph.
      w.add(`${p.short}: `).q(
        (a as string).split(' ').slice(0, 4).map(cap).join(' '),
        speaker,
        true,
      )
      w.add(`\n\nThe remarks came as ${p.full} prepared to leave office.`)
    } else if (pos === 4) {
      w.add(`${r.pick(blindDatelines)} `)
        .q(before(r, a as string), speaker)
        .add(` ${p.full} said ${r.pick(blindAdverbials)}.`)
    } else {
      w.q(`${a}.`, speaker).add(
        ` — ${p.full}, ${r.pick(['chair of the port authority', 'speaking in 2019', 'in a memoir', 'union organizer'])}`,
      )
    }
    return w.done('blind-positions')
  },

  /** Continuation: a cue sentence with no quote, new paragraphs, quotes over paragraphs. */
  'blind-continuation': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = person(r)
    const speaker = { name: p.full }
    const [a, b, c] = contents(r, 3)
    const pos = r.int(4)
    if (pos === 0) {
      w.add(`${p.full} ${r.pick(['chimed in', 'weighed in', 'spoke up', 'cut in'])}. `).q(
        after(r, a as string),
        speaker,
      )
    } else if (pos === 1) {
      w.add(`The plan could still pass, said ${p.full}, who chairs the finance committee.\n\n`).q(
        after(r, a as string),
        speaker,
      )
    } else if (pos === 2) {
      w.q(`${a},`, speaker)
        .add(` ${p.full} said.\n\n`)
        .q(after(r, b as string), speaker)
      if (r.chance(0.5)) w.add('\n\n').q(after(r, c as string), speaker)
    } else {
      w.add(`${p.full} ${r.pick(['said', 'told the committee', 'recalled'])}: `)
        .openParagraph(`${a}.`, speaker)
        .q(`${b}.`, speaker)
    }
    return w.done('blind-continuation')
  },

  /** Punctuation inside quotes: commas, semicolons, dashes, ellipses, questions, exclamations. */
  'blind-punctuation': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = person(r)
    const speaker = { name: p.full }
    const [a, b] = contents(r, 2)
    const inner = r.pick([
      `${a}; ${lowerFirst(b as string)}`,
      `${a} — and ${lowerFirst(b as string)}`,
      `${a}… ${b}`,
      `${a}, ${lowerFirst(b as string)}`,
      `${a}. ${b}`,
      `${a} (${'and I mean it'})`,
    ])
    const end = r.pick([',', '.', '?', '!', '—', '…', '?!'])
    const text =
      end === '?' || end === '?!'
        ? `${inner.replace(/[.…]$/, '')}. ${r.pick(blindQuestions)}`
        : inner
    if (end === '.') w.add(`${p.full} ${r.pick(blindSimpleCues)}, `).q(`${text}.`, speaker)
    else if (end === ',') w.q(`${text},`, speaker).add(` ${p.full} ${r.pick(blindSimpleCues)}.`)
    else
      w.q(`${text}${end}`, speaker).add(
        ` ${r.chance(0.5) ? `${p.full} ${r.pick(blindSimpleCues)}` : `${r.pick(blindSimpleCues)} ${p.full}`}.`,
      )
    return w.done('blind-punctuation')
  },

  /** Leading context sentences, other people named without quotes, then the attributed quote. */
  'blind-context': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = person(r)
    const b = person(r, other(p.gender))
    const speaker = { name: p.full }
    const [a, c] = contents(r, 2)
    const n = 1 + r.int(3)
    for (let i = 0; i < n; i++) w.add(`${r.pick(blindContexts)} `)
    if (r.chance(0.5)) w.add(`The decision was criticized last week by ${b.full}. `)
    if (r.chance(0.3)) {
      // An earlier quote by someone else first.
      w.q(before(r, c as string), { name: b.full }).add(` ${b.full} said.\n\n`)
    }
    place(w, r, p.full, speaker, a as string, true)
    return w.done('blind-context')
  },

  /** Nested reported speech: a quote inside a quote, the outer speaker's words. */
  'blind-nested': (r) => {
    const w = new Writer(r.chance(0.5))
    const p = person(r)
    const b = person(r, other(p.gender))
    const speaker = { name: p.full }
    const [a, c] = contents(r, 2)
    const innerText = `${w.open1}${c}${w.close1}`
    const outer = r.pick([
      `${b.short} looked at me and said, ${innerText}, and then ${pronoun(b.gender)} left`,
      `They kept telling us ${innerText} — but nobody came`,
      `When I read ${innerText} in the letter, I knew it was over`,
      `${a}. My manager just said ${innerText}`,
    ])
    if (r.chance(0.5)) w.q(`${outer},`, speaker).add(` ${p.full} said.`)
    else
      w.add(`${p.full} ${r.pick(['recalled', 'said', 'told reporters'])}: `).q(`${outer}.`, speaker)
    return w.done('blind-nested')
  },

  /** Anonymous pronoun-like sources: one, another, a third; each a new speaker. */
  'blind-anonymous': (r) => {
    const w = new Writer(r.chance(0.5))
    const [a, b, c] = contents(r, 3)
    const notNames: string[] = []
    if (r.chance(0.4)) {
      const p = person(r)
      notNames.push(p.full)
      w.q(before(r, c as string), { name: p.full }).add(` ${p.full} said. `)
    }
    const base = w.count
    w.add(
      `${r.pick(['Workers at the depot were divided.', 'Opinions in the queue varied.', 'Not everyone agreed.'])} `,
    )
    w.q(before(r, a as string), { newAnonymous: true, notNames }).add(
      ` ${r.pick(['one said', 'said one', 'one of them said'])}. `,
    )
    w.q(before(r, b as string), { newAnonymous: true, notNames, distinctFrom: [base] }).add(
      ` ${r.pick(['another said', 'said another', 'another added', 'added a second'])}.`,
    )
    return w.done('blind-anonymous')
  },

  /** Nothing said: scare quotes, titles of works, nicknames, words as words. */
  'blind-null': (r) => {
    const w = new Writer(r.chance(0.5))
    const kind = r.int(4)
    if (kind === 0) {
      w.add(`The ministry's so-called `)
        .q(r.pick(blindScare), null)
        .add(` measures took effect on Monday.`)
    } else if (kind === 1) {
      const p = person(r)
      w.add(`${p.full}'s ${r.pick(['novel', 'documentary', 'album'])} `)
        .q(r.pick(blindWorks), null)
        .add(
          ` ${r.pick(['goes on sale next week', 'won a prize in Berlin', 'was filmed over three winters'])}.`,
        )
    } else if (kind === 2) {
      const [g, nick, fam] = r.pick(blindNicknames)
      w.add(`${g} `)
        .q(nick, null)
        .add(
          ` ${fam} ${r.pick(['retired from the ring in 1998', 'ran the market stalls for decades', 'was released on bail'])}.`,
        )
    } else {
      w.add(`The word `)
        .q(r.pick(blindWords), null)
        .add(
          ` appears ${2 + r.int(40)} times in the ${r.pick(['report', 'transcript', 'speech'])}.`,
        )
    }
    if (r.chance(0.3)) {
      const p = person(r)
      const [a] = contents(r, 1)
      w.add(' ')
        .q(before(r, a as string), { name: p.full })
        .add(` ${p.full} said.`)
    }
    return w.done('blind-null')
  },
}

/** The blind families, each with how many cases it draws. */
export const blindFamilies: readonly { name: string; count: number }[] = Object.keys(families).map(
  (name) => ({ name, count: 170 }),
)

/** Generates the blind suite from a seed: every family's cases, in family order. */
export function generateBlind(seed: number = blindSeed): Case[] {
  const r = createRandom(seed)
  const cases: Case[] = []
  for (const { name, count } of blindFamilies) {
    const make = families[name] as Family
    for (let i = 0; i < count; i++) cases.push(make(r))
  }
  return cases
}
