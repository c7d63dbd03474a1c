/**
 * The parts the families combine: quote marks, speaker phrases, cue forms, and a builder that
 * writes a text while it records each quote with the speaker a careful reader names.
 */
import { cueForms } from '../../src/lexicon/speech-cues.js'
import {
  descriptions,
  type Gender,
  nameModifiers,
  organizations,
  type Person,
  partyTags,
  people,
  titles,
} from './lexicon.js'
import type { Random } from './random.js'

/**
 * Who a careful reader says speaks a quote:
 * - `{name}`: a named person or organization; the predicted canonical name must be this name;
 * - `{mention, head}`: a description that names no one; the predicted mention must contain `head`;
 * - `{newAnonymous}`: `one said`, `said another`: someone, but none of `notNames`, not the
 *   speaker the library gives the quotes at `distinctFrom`, and the one it gives the quote at
 *   `sameAs` (indexes in the case's `expected`; `sameAs` for a continued anonymous quote);
 * - `null`: nobody (scare quotes, titles, no attribution).
 */
export type ExpectedSpeaker =
  | { name: string }
  | { mention: string; head: string; kind?: 'anonymous' }
  | {
      newAnonymous: true
      notNames: string[]
      distinctFrom?: number[]
      sameAs?: number
    }
  | null

/** One quote of a case: its text between the marks (trimmed), and its speaker. */
export interface ExpectedQuote {
  quote: string
  speaker: ExpectedSpeaker
}

/** A generated case. */
export interface Case {
  family: string
  text: string
  expected: ExpectedQuote[]
}

/** Which pair of double marks a case uses. */
export type MarkStyle = 'curly' | 'straight'

const doubleMarks: Record<MarkStyle, [string, string]> = {
  curly: ['“', '”'],
  straight: ['"', '"'],
}
const singleMarks: Record<MarkStyle, [string, string]> = {
  curly: ['‘', '’'],
  straight: ["'", "'"],
}

/** Writes a text piece by piece; `quote` records what it puts between marks. */
export class Builder {
  private readonly parts: string[] = []
  readonly expected: ExpectedQuote[] = []

  constructor(readonly style: MarkStyle) {}

  /** Appends plain text; after a quote closed by a full stop, a new sentence starts capitalized. */
  add(text: string): this {
    const last = this.expected.at(-1)
    const afterStop = last !== undefined && this.parts.length > 0 && last.quote.endsWith('.')
    const quoteLast = afterStop && /^[‘“"']/.test(this.parts.at(-1) ?? '')
    this.parts.push(
      quoteLast ? text.replace(/^ ([a-z])/, (_, c: string) => ` ${c.toUpperCase()}`) : text,
    )
    return this
  }

  /** Appends a quote in double marks (single with `single`) and records its speaker. */
  quote(content: string, speaker: ExpectedSpeaker, single = false): this {
    const [open, close] = (single ? singleMarks : doubleMarks)[this.style]
    this.parts.push(`${open}${content}${close}`)
    this.expected.push({ quote: content.trim(), speaker })
    return this
  }

  /** Index the next recorded quote will have. */
  get next(): number {
    return this.expected.length
  }

  /** The finished case. */
  done(family: string): Case {
    return { family, text: this.parts.join(''), expected: this.expected }
  }
}

/** Upper-cases the first letter (sentence starts). */
export const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

const smallWords = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'but', 'at'])

/** Title Case as headlines write it: every word capitalized but short function words. */
export const titleCase = (text: string): string =>
  text
    .split(' ')
    .map((word, i) => (i > 0 && smallWords.has(word.toLowerCase()) ? word : cap(word)))
    .join(' ')

/** `a` or `an` before a word, by its sound as far as spelling tells. */
export function article(word: string): 'a' | 'an' {
  if (/^(uni|use|usu|eu|one)/i.test(word)) return 'a'
  return /^[aeiou]/i.test(word) ? 'an' : 'a'
}

/** A speaker phrase as written, with what a reader names and what a pronoun would agree with. */
export interface Phrase {
  /** The phrase as written mid-sentence. */
  text: string
  speaker: ExpectedSpeaker
  gender: Gender
  /** Whether the phrase can take `said` before it (`said Jane Doe`); pronoun-like heads cannot. */
  invertible: boolean
  /** What the phrase names. */
  kind: 'person' | 'organization' | 'description'
}

/**
 * A named person's phrase: name, title, party tag, or (unless `plain`) an article and a
 * modifier before it (`a smiling Jane Doe`).
 */
export function personPhrase(
  rng: Random,
  person: Person = rng.pick(people),
  plain = false,
): Phrase {
  const speaker = { name: person.full }
  const gender = person.gender
  const shape = plain ? rng.int(3) : rng.int(6)
  let text = person.full
  if (shape === 1) text = `${rng.pick(titles)} ${person.full}`
  else if (shape === 2) text = `${rng.pick(['Sen.', 'Rep.'])} ${person.full} ${rng.pick(partyTags)}`
  else if (shape === 3) {
    const modifier = rng.pick(nameModifiers)
    text = `${article(modifier)} ${modifier} ${person.full}`
  }
  return { text, speaker, gender, invertible: true, kind: 'person' }
}

/** A named organization's phrase. */
export function organizationPhrase(rng: Random): Phrase {
  const org = rng.pick(organizations)
  return {
    text: org.written,
    speaker: { name: org.name },
    gender: 'unknown',
    invertible: true,
    kind: 'organization',
  }
}

/** A description that names no one: determiner, modifiers, head. */
export function descriptionPhrase(rng: Random): Phrase {
  const description = rng.pick(descriptions)
  const determiner = rng.chance(0.5) ? article(description.phrase) : 'the'
  const text = `${determiner} ${description.phrase}`
  return {
    text,
    speaker: { mention: text, head: description.head, kind: 'anonymous' },
    gender: 'unknown',
    invertible: true,
    kind: 'description',
  }
}

/**
 * Any speaker phrase: mostly people, some organizations and descriptions. `plain` leaves out
 * the modifier before a name, for families that test another part than the phrase.
 */
export function anyPhrase(rng: Random, plain = false): Phrase {
  const roll = rng.next()
  if (roll < 0.6) return personPhrase(rng, rng.pick(people), plain)
  if (roll < 0.75) return organizationPhrase(rng)
  return descriptionPhrase(rng)
}

/** A cue verb of the library's lexicon: its base, past form, and whether it inverts. */
export interface Cue {
  base: string
  past: string
  inverts: boolean
}

function regularThird(base: string): string {
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`
  return `${base}s`
}

/**
 * Every cue verb the library lists, with its past tense: of a verb's finite forms, the one
 * that is neither the base nor the third person (the base itself for `read`, `forecast`).
 */
export function lexiconCues(): Cue[] {
  const byBase = new Map<string, { forms: string[]; inverts: boolean }>()
  for (const [form, entry] of cueForms) {
    if (entry.form !== 'finite') continue
    const row = byBase.get(entry.base) ?? { forms: [], inverts: entry.inverts }
    row.forms.push(form)
    byBase.set(entry.base, row)
  }
  return [...byBase].map(([base, row]) => {
    const past = row.forms.find((form) => form !== base && form !== regularThird(base)) ?? base
    return { base, past, inverts: row.inverts }
  })
}

/** Joins a quote body and the punctuation that closes it inside the marks. */
export const closed = (body: string, mark: string): string => `${body}${mark}`
