import { lookupTable } from './lookup-table.js'

/** Grammatical gender a pronoun or a name can show. */
export type Gender = 'male' | 'female' | 'unknown'

/** What a personal pronoun can stand for, for agreement with its antecedent. */
export interface PronounSense {
  /** Gender it agrees with. */
  gender: Gender
  /** Whether it stands for several (a group, officials) rather than one. */
  plural: boolean
  /** Whether it can stand for a person (`it` stands for organizations only). */
  person: boolean
  /** Whether it stands for the writer of the text (`“…,” I said.` in a first-person piece). */
  author?: boolean
  /** Whether it stands for whom the words address (`you`). */
  addressee?: boolean
}

/** Subject pronouns that can head an attribution (`he added`, `she warned`, `they said`). */
export const subjectPronouns: Readonly<Record<string, PronounSense>> = lookupTable({
  he: { gender: 'male', plural: false, person: true },
  she: { gender: 'female', plural: false, person: true },
  they: { gender: 'unknown', plural: true, person: true },
  it: { gender: 'unknown', plural: false, person: false },
  i: { gender: 'unknown', plural: false, person: true, author: true },
  you: { gender: 'unknown', plural: false, person: true, addressee: true },
})

/** Possessive and object pronouns: never a speaker themselves, but never a name either. */
export const otherPronouns: ReadonlySet<string> = new Set([
  'his',
  'her',
  'hers',
  'him',
  'its',
  'their',
  'them',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'this',
  'these',
  'those',
])

/**
 * Indefinite pronouns (`Neither had been vaccinated`, `Nobody answered`): capitalized only to
 * open a sentence, never a name.
 */
export const indefinitePronouns: ReadonlySet<string> = new Set([
  'neither',
  'either',
  'none',
  'nobody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'nothing',
  'everything',
  'something',
  'anything',
])

/** Words for a gender neither male nor female, after which `they` may be one person. */
export const nonbinaryWords: ReadonlySet<string> = new Set([
  'nonbinary',
  'non-binary',
  'genderqueer',
  'genderfluid',
  'agender',
])
