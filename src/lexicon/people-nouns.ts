import { lookupTable } from './lookup-table.js'

/**
 * Common nouns for people that no ending shows (`nun`, `surgeon`, `pilot`, `cousin`), with
 * their plurals. Endings (`-er`, `-ist`, `-ian`, …) cover most nouns for someone; these are
 * the ones they miss, so that `The surgeons walked out. “…,” they said` finds its group and
 * `A nun from the village said` its someone.
 */

// Singular forms, lower case. Nouns that also name things often (`star`, `guide`, `host`)
// stay out: a wrong someone is worse than none.
const singulars = [
  // Work.
  'accountant',
  'aide',
  'architect',
  'artist',
  'astronaut',
  'athlete',
  'attorney',
  'author',
  'bodyguard',
  'boss',
  'bureaucrat',
  'cadet',
  'captain',
  'cashier',
  'chef',
  'clerk',
  'cleric',
  'coach',
  'comedian',
  'counsel',
  'contractor',
  'cook',
  'courier',
  'coxswain',
  'curator',
  'deputy',
  'diplomat',
  'doctor',
  'envoy',
  'executive',
  'intern',
  'janitor',
  'journalist',
  'judge',
  'juror',
  'lawyer',
  'magistrate',
  'mechanic',
  'medic',
  'midwife',
  'monk',
  'nun',
  'nurse',
  'paramedic',
  'pastor',
  'pilot',
  'playwright',
  'poet',
  'priest',
  'publican',
  'rabbi',
  'imam',
  'ranger',
  'referee',
  'sailor',
  'scholar',
  'sergeant',
  'servant',
  'sheriff',
  'soldier',
  'stevedore',
  'surgeon',
  'tailor',
  'technician',
  'trooper',
  'tutor',
  'umpire',
  'veteran',
  'warden',
  'waitress',
  'actress',
  // Sport: positions and roles that no ending shows (`the Rovers centre-back said`).
  'goalie',
  'guard',
  'centre-back',
  'center-back',
  'centre-half',
  'full-back',
  'fullback',
  'fly-half',
  'scrum-half',
  'halfback',
  'quarterback',
  'tailback',
  'shortstop',
  'cox',
  // Kin, company and household.
  'aunt',
  'uncle',
  'niece',
  'nephew',
  'cousin',
  'sibling',
  'brother',
  'sister',
  'mother',
  'father',
  'mom',
  'dad',
  'parent',
  'grandparent',
  'grandmother',
  'grandfather',
  'grandson',
  'granddaughter',
  'son',
  'daughter',
  'child',
  'kid',
  'husband',
  'wife',
  'spouse',
  'widow',
  'widower',
  'fiancé',
  'fiancée',
  'friend',
  'neighbor',
  'neighbour',
  'classmate',
  'roommate',
  'colleague',
  'coworker',
  'co-worker',
  'teammate',
  'boyfriend',
  'girlfriend',
  'relative',
  'twin',
  'orphan',
  // Age and standing.
  'adult',
  'teen',
  'teenager',
  'youth',
  'boy',
  'girl',
  'gentleman',
  'lady',
  'elder',
  'retiree',
  'pensioner',
  'citizen',
  'immigrant',
  'migrant',
  'refugee',
  'expatriate',
  'tourist',
  'visitor',
  'passenger',
  'pedestrian',
  'cyclist',
  'motorist',
  'shopper',
  'customer',
  'client',
  'consumer',
  'homeowner',
  'tenant',
  'taxpayer',
  'employee',
  'volunteer',
  'activist',
  'advocate',
  'supporter',
  'opponent',
  'critic',
  'skeptic',
  'sceptic',
  'fan',
  'follower',
  'believer',
  'parishioner',
  'pilgrim',
  'donor',
  'sponsor',
  'stakeholder',
  'hostage',
  'captive',
  'detainee',
  'prisoner',
  'inmate',
  'convict',
  'suspect',
  'defendant',
  'plaintiff',
  'fugitive',
  'rebel',
  'insurgent',
  'militant',
  'recruit',
  'victim',
  'survivor',
  'witness',
  'eyewitness',
  'bystander',
  'onlooker',
  'passerby',
  'patient',
  'spectator',
  'attendee',
  'participant',
  'contestant',
  'champion',
  'rookie',
  'guest',
  'delegate',
  'incumbent',
  'legislator',
  'regulator',
  'monarch',
  'aristocrat',
  'peasant',
  'villager',
  'nomad',
  'settler',
  'colonist',
  'vendor',
  'merchant',
  'landlord',
  'shepherd',
  'herder',
  'rancher',
  'veterinarian',
  'barista',
  // (Trades in `-ier` and `-smith` that no ending shows: `the chocolatier said`.)
  'chocolatier',
  'hotelier',
  'sommelier',
  'couturier',
  'luthier',
  'farrier',
  'silversmith',
  'goldsmith',
  'councillor',
  'graduate',
  'patron',
  'rival',
  'holdout',
  'rescuer',
  'admiral',
  'colonel',
  'conscript',
  'vigilante',
  'apprentice',
  'blacksmith',
  'caddie',
  'chaplain',
  'concierge',
  'constable',
  'counselor',
  'counsellor',
  'entrepreneur',
  'gymnast',
  'jockey',
  'lifeguard',
  'locksmith',
  'maid',
  'missionary',
  'paralegal',
  'registrar',
  'seamstress',
  'steward',
  'stewardess',
  'surveyor',
  'valet',
  'vicar',
  'agent',
  'preacher',
  'deacon',
  'nanny',
  'babysitter',
  'housekeeper',
  'cowboy',
  'bride',
  'groom',
  'heir',
  'heiress',
  'hero',
  'heroine',
  'idol',
  'matriarch',
  'patriarch',
  'novice',
  'scout',
  'sentry',
  'spy',
  'thief',
  'burglar',
  'bandit',
  'pirate',
  'smuggler',
  'hitman',
  'sniper',
  'vet',
  'pundit',
  'pupil',
  'undergraduate',
  'hooligan',
  'expat',
  'skier',
  'alumnus',
]

/**
 * Roles of those who ask for a living (`reporter Claire Roe`, `the Gazette’s correspondent`):
 * one talked with in such a role interviews, and the one who talks answers.
 */
export const pressRoles: ReadonlySet<string> = new Set([
  'reporter',
  'correspondent',
  'journalist',
  'editor',
  'columnist',
  'interviewer',
  'host',
  'anchor',
  'writer',
])

/**
 * Positions a player plays that name things as often (`lock`, `prop`, `forward`, `guard`): a
 * role only right before a name (`lock Ignacio Bañuelos`), where nothing else can stand.
 */
export const playingPositions: ReadonlySet<string> = new Set(
  `lock prop hooker fly-half scrum-half fullback full-back halfback quarterback shortstop
  batsman wicketkeeper forward guard center centre midfielder winger striker goalkeeper keeper
  sweeper playmaker setter libero wing flanker wing-back left-back right-back centre-back
  center-back linebacker goaltender defenceman defenseman outfielder infielder`.split(/\s+/),
)

/**
 * Adjectives for someone's mood or plight that a headline sets before a name with no article
 * (`Defiant Okafor vows …`, `Embattled Roe says …`): what the person is, not a word of the name.
 */
export const headlineModifiers: ReadonlySet<string> = new Set(
  `defiant upbeat confident emotional tearful angry furious cautious relieved buoyant bullish
  combative frustrated jubilant delighted humbled gracious bitter unrepentant
  unbowed embattled beleaguered outgoing ousted injured retiring triumphant optimistic
  pessimistic downbeat determined stoic candid contrite apologetic`.split(/\s+/),
)

/** Plurals no rule makes from their singular. */
const irregularPlurals: Readonly<Record<string, string>> = lookupTable({
  child: 'children',
  thief: 'thieves',
  passerby: 'passersby',
  alumnus: 'alumni',
  person: 'people',
})

/**
 * The plural of a noun for people: `-man` → `-men`, `-y` after a consonant → `-ies`,
 * `-fe` → `-ves`, a sibilant takes `-es`, anything else `-s`.
 *
 * @param noun Lower-case singular noun.
 */
export function pluralOf(noun: string): string {
  const irregular = irregularPlurals[noun]
  if (irregular) return irregular
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`
  if (noun.endsWith('fe')) return `${noun.slice(0, -2)}ves`
  if (/(?:s|sh|ch|x|z)$/u.test(noun)) return `${noun}es`
  return `${noun}s`
}

const singularSet: ReadonlySet<string> = new Set(singulars)
// Plurals whose singular names a thing or a quality as often (`a moderate rise`, `the guard`).
const pluralsOnly = [
  'moderates',
  'progressives',
  'guards',
  'marines',
  'hosts',
  'anchors',
  'academics',
  'newlyweds',
  'triplets',
  'in-laws',
]

/** The plurals of the nouns for people in the list (`surgeons`, `nuns`, `children`). */
export const peoplePlurals: ReadonlySet<string> = new Set([
  ...singulars.map(pluralOf),
  ...pluralsOnly,
])

/**
 * Whether a lower-case word is a plural noun for people in the list (`surgeons`, `nuns`,
 * `children`).
 *
 * @param word Lower-case word.
 */
export function isPeoplePlural(word: string): boolean {
  return peoplePlurals.has(word) || compoundOf(word, compoundPlurals)
}

/**
 * Whether a lower-case word is a noun for people in the list, singular or plural.
 *
 * @param word Lower-case word.
 */
export function isPeopleNoun(word: string): boolean {
  return (
    singularSet.has(word) ||
    peoplePlurals.has(word) ||
    compoundOf(word, compoundSingulars) ||
    compoundOf(word, compoundPlurals)
  )
}

// Heads that make a closed compound for someone of whatever comes before them (`bandmates`,
// `moviegoers`, `housewives`, `schoolchildren`, `salespeople`, `girlfriends`), so that no list
// has to hold every compound.
const compoundHeads = ['mate', 'goer', 'wife', 'person', 'folk', 'child', 'parent', 'friend']
const compoundSingulars: readonly string[] = compoundHeads
const compoundPlurals: readonly string[] = compoundHeads.map(pluralOf)

// Whether `word` is a head from `heads` after at least three letters of something else.
function compoundOf(word: string, heads: readonly string[]): boolean {
  for (const head of heads) {
    if (word.length >= head.length + 3 && word.endsWith(head)) return true
  }
  return false
}

/**
 * Nouns for someone's kin or circle, whose `of` names the other person (`Daughter of …`,
 * `the widow of …`), not what the role has charge of.
 */
export const kinNouns: ReadonlySet<string> = new Set(
  'daughter son widow widower wife husband mother father sister brother niece nephew grandson granddaughter grandmother grandfather cousin friend fiancé fiancée'.split(
    ' ',
  ),
)
