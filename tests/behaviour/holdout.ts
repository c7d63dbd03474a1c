/**
 * A second, independent behavioural suite for issue 10: the stand-in for the hidden suite "built
 * the same way (other templates, other words)". Written without reading `generate.ts` or
 * `lexicon.ts`; it shares only the judge, the runner, the PRNG and the case types. Expectations
 * come from ANNOTATION.md and a careful reader, never from what the library answers.
 */
import {
  type HoldoutPerson,
  holdoutAdverbials,
  holdoutAnonymous,
  holdoutCues,
  holdoutDescriptions,
  holdoutExclamations,
  holdoutFollowUps,
  holdoutLeadCues,
  holdoutNicknames,
  holdoutOrganizations,
  holdoutPartyTags,
  holdoutPeople,
  holdoutPlaces,
  holdoutQuestions,
  holdoutScareFrames,
  holdoutScareWords,
  holdoutSentences,
  holdoutSettings,
  holdoutTitles,
  holdoutTrailers,
  holdoutWordFrames,
  holdoutWordWords,
  holdoutWorks,
} from './holdout-lexicon.js'
import type { Case, ExpectedQuote, ExpectedSpeaker } from './parts.js'
import { createRandom, type Random } from './random.js'

/** The holdout's own seed (the main suite's is another). */
export const holdoutSeed = 0x5eed_2c0d

/** Cases drawn per family. */
export const holdoutPerFamily = 220

/** Writes one case: text pieces and the quotes a careful reader attributes. */
class Writer {
  private text = ''
  readonly expected: ExpectedQuote[] = []
  readonly open: string
  readonly close: string

  constructor(r: Random) {
    const straight = r.chance(0.2)
    this.open = straight ? '"' : '“'
    this.close = straight ? '"' : '”'
  }

  /** Plain text. */
  add(text: string): this {
    this.text += text
    return this
  }

  /** A quote between marks, recorded with its speaker. */
  quote(words: string, speaker: ExpectedSpeaker): this {
    this.text += `${this.open}${words}${this.close}`
    this.expected.push({ quote: words.trim(), speaker })
    return this
  }

  /** A paragraph of a multi-paragraph quote: an opening mark and no closing one. */
  openQuote(words: string, speaker: ExpectedSpeaker): this {
    this.text += `${this.open}${words}`
    this.expected.push({ quote: words.trim(), speaker })
    return this
  }

  done(family: string): Case {
    return { family, text: this.text, expected: this.expected }
  }
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
// `I` stays upper case mid-sentence.
const lower = (text: string): string =>
  /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)

/** Draws quotable sentences that differ from each other within a case. */
function sentences(r: Random, n: number): string[] {
  const out: string[] = []
  while (out.length < n) {
    const s = r.pick(r.chance(0.7) ? holdoutSentences : holdoutFollowUps)
    if (!out.includes(s)) out.push(s)
  }
  return out
}

/** Two different people; `opposite` asks for different genders. */
function twoPeople(r: Random, opposite: boolean, obvious = false): [HoldoutPerson, HoldoutPerson] {
  const pool = obvious ? holdoutPeople.filter((p) => p.obvious) : holdoutPeople
  const a = r.pick(pool)
  const rest = pool.filter(
    (p) => p !== a && p.short !== a.short && (!opposite || p.gender !== a.gender),
  )
  return [a, r.pick(rest)]
}

const possessive = (p: HoldoutPerson): string => (p.gender === 'f' ? 'her' : 'his')
const pronoun = (p: HoldoutPerson): string => (p.gender === 'f' ? 'she' : 'he')

/** A cue after the quote, fitted to the speaker's gender where it names an office. */
function tailCue(r: Random, p?: HoldoutPerson): string {
  const cue = r.pick(holdoutCues)
  if (p === undefined) return cue.replace(/ released by (her|his) office/, '')
  return cue.replace(/released by (her|his) office/, `released by ${possessive(p)} office`)
}

/** `“S,” X cue.` / `“S,” cue X.` / `X cue: “S.”` / `X cue, “S.”` with the given speaker phrase. */
function simple(w: Writer, r: Random, phrase: string, speaker: ExpectedSpeaker, cue: string): void {
  const s = r.pick(holdoutSentences)
  // `quipped Doe`, `said Doe`; a multi-word cue keeps its speaker first (`Doe told CNN`).
  const verbFirst = !cue.includes(' ')
  switch (r.int(4)) {
    case 0:
      w.quote(`${s},`, speaker).add(` ${phrase} ${cue}.`)
      break
    case 1:
      if (verbFirst) w.quote(`${s},`, speaker).add(` ${cue} ${phrase}.`)
      else w.quote(`${s},`, speaker).add(` ${phrase} ${cue}.`)
      break
    case 2:
      w.add(`${cap(phrase)} ${leadCue(r, cue)}: `).quote(`${s}.`, speaker)
      break
    default:
      w.add(`${cap(phrase)} ${leadCue(r, cue)}, `).quote(`${s}.`, speaker)
  }
}

/** A cue that reads before a quote; tail-only cues (`went on`, `shot back`) become `said`. */
function leadCue(r: Random, cue: string): string {
  if (/^(added later|went on|shot back)$/.test(cue)) return r.pick(holdoutLeadCues)
  return cue
}

/** A person's full mention: optional title and party tag, never part of the name. */
function fullMention(r: Random, p: HoldoutPerson, title: boolean, tag: boolean): string {
  const drawn = r.pick(holdoutTitles)
  const fitted = p.gender === 'm' ? drawn.replace('Councilwoman', 'Councilman') : drawn
  return `${title ? `${fitted} ` : ''}${p.full}${tag ? ` ${r.pick(holdoutPartyTags)}` : ''}`
}

/** Names of many origins in the plain positions, first mention or a later surname. */
function names(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople)
  const speaker = { name: p.full }
  if (r.chance(0.35)) {
    // A first mention with no quote, then the short form speaks.
    w.add(
      `${fullMention(r, p, r.chance(0.4), false)} arrived in ${r.pick(holdoutPlaces)} on Monday. `,
    )
    simple(w, r, p.short, speaker, 'said')
  } else {
    simple(w, r, p.full, speaker, r.pick(['said', 'told reporters', 'said on Tuesday']))
  }
  return w.done('holdout-names')
}

/** Titles, party tags and appositions around a name: the name speaks. */
function titled(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople)
  const speaker = { name: p.full }
  const tag = r.chance(0.4)
  let phrase = fullMention(r, p, true, tag)
  const aside = r.int(4)
  if (aside === 1) phrase += `, ${40 + r.int(40)},`
  else if (aside === 2) phrase += `, a former ${r.pick(['diplomat', 'surgeon', 'pilot', 'judge'])},`
  else if (aside === 3)
    phrase += ` — ${r.pick(['a frequent critic of the plan', 'who rarely speaks to the press', 'newly re-elected'])} —`
  const s = r.pick(holdoutSentences)
  if (r.chance(0.5)) w.add(`${phrase} said: `).quote(`${s}.`, speaker)
  else w.quote(`${s},`, speaker).add(` said ${phrase.replace(/[,—]\s*$/, '').trim()}.`)
  return w.done('holdout-titles')
}

/** Organizations with linking words, and `they` for them. */
function organizations(r: Random): Case {
  const w = new Writer(r)
  const org = r.pick(holdoutOrganizations)
  const speaker = { name: org }
  const [s1, s2] = sentences(r, 2) as [string, string]
  switch (r.int(5)) {
    case 0:
      w.quote(`${s1},`, speaker).add(` the ${org} said in a statement.`)
      break
    case 1:
      w.add(`The ${org} ${r.pick(['said', 'wrote on Facebook', 'posted on X', 'warned'])}: `).quote(
        `${s1}.`,
        speaker,
      )
      break
    case 2:
      w.add(
        `The ${org} issued a statement ${r.pick(['on Friday', 'late Sunday', 'earlier this month'])}. `,
      )
        .quote(`${s1},`, speaker)
        .add(' they said.')
      break
    case 3:
      w.quote(`${s1},`, speaker).add(
        ` said the ${org}, which ${r.pick(['represents about 4,000 members', 'was founded in 1987', 'has sued the city twice'])}.`,
      )
      break
    default:
      w.add(`In a letter to members, the ${org} said: `)
        .quote(`${s1}.`, speaker)
        .add(' ')
        .quote(`${s2}.`, speaker)
  }
  return w.done('holdout-organizations')
}

/** Descriptions with modifiers as speakers. */
function descriptions(r: Random): Case {
  const w = new Writer(r)
  const [phrase, head] = r.pick(holdoutDescriptions)
  simple(w, r, phrase, { mention: phrase, head }, tailCue(r))
  return w.done('holdout-descriptions')
}

/** Cue lexicon with adverbials and trailing clauses, before or after the quote. */
function cues(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople)
  const speaker = { name: p.full }
  const s = r.pick(holdoutSentences)
  const adverbial = r.chance(0.6) ? ` ${r.pick(holdoutAdverbials)}` : ''
  const trailer = r.chance(0.4) ? r.pick(holdoutTrailers) : ''
  if (r.chance(0.6)) {
    const cue = tailCue(r, p)
    w.quote(`${s},`, speaker).add(` ${p.full} ${cue}${adverbial}${trailer}.`)
  } else {
    const cue = leadCue(r, r.pick(holdoutLeadCues))
    if (cue === 'was quoted as saying')
      w.add(`${p.full} ${cue}${adverbial}, `).quote(`${s}.`, speaker)
    else
      w.add(`${p.full} ${cue}${adverbial}${trailer}${r.chance(0.7) ? ':' : ','} `).quote(
        `${s}.`,
        speaker,
      )
  }
  return w.done('holdout-cues')
}

/** Split quotes: the attribution in the middle, or between two sentences of one quote. */
function split(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople)
  const speaker = { name: p.full }
  const [s1, s2, s3] = sentences(r, 3) as [string, string, string]
  const who = r.chance(0.5) ? `${p.full} said` : `said ${p.full}`
  switch (r.int(3)) {
    case 0:
      w.quote(`${s1},`, speaker)
        .add(` ${who}, `)
        .quote(`${r.pick(['but', 'and', 'so'])} ${lower(s2)}.`, speaker)
      break
    case 1:
      w.quote(`${s1},`, speaker).add(` ${who}. `).quote(`${s2}. ${s3}.`, speaker)
      break
    default:
      w.quote(`${s1}. ${s2},`, speaker)
        .add(` ${who} ${r.pick(holdoutAdverbials)}. `)
        .quote(`${s3}.`, speaker)
  }
  return w.done('holdout-split')
}

/** `according to X`, `as X put it`, `in the words of X`, `X’s spokesman said`, colons, asides. */
function framings(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople)
  const speaker = { name: p.full }
  const s = r.pick(holdoutSentences)
  switch (r.int(8)) {
    case 0:
      w.quote(`${s},`, speaker).add(` according to ${p.full}.`)
      break
    case 1:
      w.add(`As ${p.full} put it, `).quote(`${s}.`, speaker)
      break
    case 2:
      w.add(`In the words of ${p.full}, `).quote(`${s}.`, speaker)
      break
    case 3: {
      const [aide, head] = r.pick([
        ['spokesman', 'spokesman'],
        ['spokeswoman', 'spokeswoman'],
        ['press secretary', 'secretary'],
        ['lawyer', 'lawyer'],
        ['campaign manager', 'manager'],
      ] as const)
      const mention = `${p.full}’s ${aide}`
      if (r.chance(0.5)) w.add(`${mention} said: `).quote(`${s}.`, { mention, head })
      else w.quote(`${s},`, { mention, head }).add(` ${mention} said.`)
      break
    }
    case 4: {
      const [phrase, head] = r.pick(holdoutDescriptions)
      w.add(
        `${cap(phrase)} ${r.pick(['summed it up', 'put it bluntly', 'had a simple message for the crowd'])}: `,
      ).quote(`${s}.`, { mention: phrase, head })
      break
    }
    case 5:
      w.add(`${p.full}, speaking at a rally in ${r.pick(holdoutPlaces)}, said: `).quote(
        `${s}.`,
        speaker,
      )
      break
    case 6:
      w.quote(`${s},`, speaker).add(
        ` said ${p.full}, who ${r.pick(['chairs the transport committee', 'has led the agency since 2019', 'lost the primary in May', 'grew up two blocks from the plant'])}.`,
      )
      break
    default:
      w.add(`According to ${p.full}, the plan `).quote(
        `${r.pick(['would cost far more than promised', 'was never properly reviewed', 'could collapse within a year', 'had broad support among nurses'])}.`,
        speaker,
      )
  }
  return w.done('holdout-framings')
}

/** Questions, exclamations, ellipsis and dash endings inside the quote. */
function endings(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople)
  const speaker = { name: p.full }
  switch (r.int(5)) {
    case 0: {
      const q = `${r.pick(holdoutQuestions)}?`
      if (r.chance(0.5)) w.quote(q, speaker).add(` ${p.full} asked.`)
      else w.quote(q, speaker).add(` asked ${p.full}.`)
      break
    }
    case 1: {
      const e = `${r.pick(holdoutExclamations)}!`
      w.quote(e, speaker).add(` ${r.chance(0.5) ? `${p.full} shouted` : `said ${p.full}`}.`)
      break
    }
    case 2:
      w.quote(`${r.pick(holdoutSentences)}…`, speaker).add(` ${p.full} said, trailing off.`)
      break
    case 3:
      // A broken-off quote: the dash alone, or with `began` and a trailing clause.
      w.quote(`${r.pick(holdoutSentences)} —`, speaker).add(
        r.chance(0.5) ? ` ${p.full} said.` : ` ${p.full} began, before an aide cut in.`,
      )
      break
    default:
      w.add(`${p.full} asked: `).quote(`${r.pick(holdoutQuestions)}?`, speaker)
  }
  return w.done('holdout-endings')
}

/** Pronouns after two people, where gender (given name, Mr./Ms., queen/king) decides. */
function pronouns(r: Random): Case {
  const w = new Writer(r)
  const [s1, s2] = sentences(r, 2) as [string, string]
  switch (r.int(4)) {
    case 0: {
      const [a, b] = twoPeople(r, true, true)
      const target = r.chance(0.5) ? a : b
      w.add(`${a.full} met ${b.full} in ${r.pick(holdoutPlaces)} on Monday. `)
      w.quote(`${s1},`, { name: target.full }).add(
        ` ${pronoun(target)} ${r.pick(['said', 'told reporters', 'added'])}.`,
      )
      break
    }
    case 1: {
      const [a, b] = twoPeople(r, true)
      const target = r.chance(0.5) ? a : b
      const t = (p: HoldoutPerson) => `${p.gender === 'f' ? 'Ms.' : 'Mr.'} ${p.short}`
      w.add(
        `${t(a)} and ${t(b)} ${r.pick(['disagreed sharply over the budget', 'sat on opposite sides of the table', 'arrived together'])}. `,
      )
      w.quote(`${s1},`, { name: target.short }).add(` ${pronoun(target)} said.`)
      break
    }
    case 2: {
      const [a, b] = twoPeople(r, true, true)
      w.quote(`${s1},`, { name: a.full }).add(
        ` ${a.full} said. ${b.full} ${r.pick(['disagreed', 'was not convinced', 'shook her head'.replace('her', possessive(b))])}. `,
      )
      w.quote(`${s2},`, { name: b.full }).add(` ${pronoun(b)} said.`)
      break
    }
    default: {
      const royalF = r.chance(0.5)
      const [role, head] = royalF
        ? r.pick([
            ['The queen', 'queen'],
            ['The duchess', 'duchess'],
            ['The princess', 'princess'],
          ] as const)
        : r.pick([
            ['The king', 'king'],
            ['The duke', 'duke'],
            ['The prince', 'prince'],
          ] as const)
      const other = r.pick(holdoutPeople.filter((p) => p.obvious && (p.gender === 'f') !== royalF))
      w.add(`${role} greeted ${other.full} at the palace. `)
      w.quote(`${s1},`, { mention: lower(role), head }).add(` ${royalF ? 'she' : 'he'} said.`)
    }
  }
  return w.done('holdout-pronouns')
}

/** Continuation over paragraphs, news style, and a new speaker per paragraph. */
function paragraphs(r: Random): Case {
  const w = new Writer(r)
  const [a, b] = twoPeople(r, false)
  const [s1, s2, s3] = sentences(r, 3) as [string, string, string]
  const A = { name: a.full }
  const B = { name: b.full }
  switch (r.int(4)) {
    case 0:
      w.add(`${a.full} ${r.pick(['told the council', 'said in a speech', 'wrote'])}: `)
      w.openQuote(`${s1}.`, A).add('\n\n').openQuote(`${s2}.`, A).add('\n\n').quote(`${s3}.`, A)
      break
    case 1:
      w.quote(`${s1},`, A).add(` ${a.full} said.\n\n`).quote(`${s2}.`, A)
      break
    case 2:
      w.quote(`${s1},`, A)
        .add(` ${a.full} said.\n\n`)
        .quote(`${s2},`, B)
        .add(` ${b.full} ${r.pick(['countered', 'replied', 'said'])}.\n\n`)
        .quote(`${s3}.`, B)
      break
    default:
      w.add(`${r.pick(holdoutSettings)}\n\n`)
        .quote(`${s1},`, A)
        .add(` said ${a.full}. `)
        .openQuote(`${s2}.`, A)
        .add('\n\n')
        .quote(`${s3}.`, A)
  }
  return w.done('holdout-paragraphs')
}

/** Anonymous sources as speakers, and `another` as a new one. */
function anonymous(r: Random): Case {
  const w = new Writer(r)
  const [phrase, head] = r.pick(holdoutAnonymous)
  const speaker = { mention: phrase, head, kind: 'anonymous' as const }
  const [s1, s2] = sentences(r, 2) as [string, string]
  switch (r.int(4)) {
    case 0:
      w.quote(`${s1},`, speaker).add(` ${phrase} said.`)
      break
    case 1:
      w.quote(`${s1},`, speaker).add(` said ${phrase}.`)
      break
    case 2:
      w.add(`${cap(phrase)} told ${r.pick(['Reuters', 'the BBC', 'this newspaper'])}: `).quote(
        `${s1}.`,
        speaker,
      )
      break
    default:
      w.quote(`${s1},`, speaker)
        .add(` said ${phrase}. `)
        .quote(`${s2},`, { newAnonymous: true, notNames: [], distinctFrom: [0] })
        .add(' said another.')
  }
  return w.done('holdout-anonymous')
}

/** Marks around no one's words: scare quotes, titles of works, nicknames, words as words. */
function nulls(r: Random): Case {
  const w = new Writer(r)
  const p = r.pick(holdoutPeople.filter((x) => x.obvious))
  switch (r.int(5)) {
    case 0: {
      const [before, after] = r.pick(holdoutScareFrames)
      w.add(before).quote(r.pick(holdoutScareWords), null).add(after)
      break
    }
    case 1: {
      const [noun, title] = r.pick(holdoutWorks)
      w.add(`${p.full} said ${noun} `)
        .quote(title, null)
        .add(` had changed ${possessive(p)} mind.`)
      break
    }
    case 2: {
      const [noun, title] = r.pick(holdoutWorks)
      const s = r.pick(holdoutSentences)
      w.add(`${cap(noun)} `)
        .quote(title, null)
        .add(` opens next month. `)
        .quote(`${s},`, { name: p.full })
        .add(` ${p.full} said.`)
      break
    }
    case 3: {
      const [given, nick, surname] = r.pick(holdoutNicknames)
      w.add(`${given} `)
        .quote(nick, null)
        .add(
          ` ${surname} ${r.pick(['said the plan was sound', 'declined to comment', 'told reporters the race was far from over'])}.`,
        )
      break
    }
    default: {
      const [before, after] = r.pick(holdoutWordFrames)
      w.add(before).quote(r.pick(holdoutWordWords), null).add(after)
    }
  }
  return w.done('holdout-nulls')
}

/** The families, in report order. */
export const holdoutFamilies: readonly { name: string; draw: (r: Random) => Case }[] = [
  { name: 'holdout-names', draw: names },
  { name: 'holdout-titles', draw: titled },
  { name: 'holdout-organizations', draw: organizations },
  { name: 'holdout-descriptions', draw: descriptions },
  { name: 'holdout-cues', draw: cues },
  { name: 'holdout-split', draw: split },
  { name: 'holdout-framings', draw: framings },
  { name: 'holdout-endings', draw: endings },
  { name: 'holdout-pronouns', draw: pronouns },
  { name: 'holdout-paragraphs', draw: paragraphs },
  { name: 'holdout-anonymous', draw: anonymous },
  { name: 'holdout-nulls', draw: nulls },
]

/** Every holdout case from `seed`: `holdoutPerFamily` per family, the same on every run. */
export function generateHoldout(seed: number = holdoutSeed): Case[] {
  const r = createRandom(seed)
  return holdoutFamilies.flatMap(({ draw }) =>
    Array.from({ length: holdoutPerFamily }, () => draw(r)),
  )
}
