/**
 * The people of a run: each document's speakers joined across documents by rules that read the
 * set of documents, never their order.
 *
 * - A full name (two words or more) joins every other spelling of the same name (same name
 *   keys), and every name a document gave the same speaker; two different full names never
 *   join, whatever they share.
 * - A surname alone (or an acronym alone), where its document has no fuller name for that
 *   speaker, joins the one full name of the run it fits (same last words, or initials), when
 *   exactly one fits and the gender does not conflict; otherwise it keeps an id of its own,
 *   shared with the same surname alone in other documents (apart by gender when one shows).
 * - An anonymous source joins the sources of the run described in the same words.
 */
import { givenNameGender } from '../lexicon/first-names.js'
import type { Gender } from '../lexicon/pronouns.js'
import { genderedTitles, nameParticles } from '../lexicon/titles.js'
import { phraseKey } from '../speakers/entities.js'
import { isBlank, nameKeys, slug } from '../speakers/name-key.js'
import type { Speaker, SpeakerKind } from '../types.js'

// Words that open a phrase for one source among several (`one user`, `another of the
// fishermen`, `a third`).
const standIn = /^(?:one|another|a (?:second|third|fourth|fifth))(?:\s|$)/iu

/** One document's speaker, read for joining. */
export interface Member {
  /** Person, organization or anonymous source. */
  kind: SpeakerKind
  /** Its canonical name in its document. */
  name: string
  /** Every spelling its document used. */
  aliases: readonly string[]
  /** Titles its document gave it. */
  titles: readonly string[]
  /** Gender shown by a title or a given name. */
  gender: Gender
  /** Keys of its full spellings (`p:jane doe`, `o:caspian pipeline consortium`). */
  full: string[]
  /** Initials of each full spelling of an organization (capitalized words), as `full`. */
  initials: string[]
  /** Name keys of its short form when it has no full spelling (surname or acronym). */
  short: string[] | null
  /** Key of an anonymous source's phrase. */
  phrase: string | null
}

// Counts of the genders shown by the members of a group.
interface Genders {
  male: number
  female: number
}

/**
 * Read a document's speaker for joining.
 *
 * @param speaker The speaker as its document reports it.
 */
export function toMember(speaker: Speaker): Member {
  const spellings = [speaker.name, ...speaker.aliases.filter((alias) => alias !== speaker.name)]
  let gender = titlesGender(speaker.titles)
  const member: Member = {
    kind: speaker.kind,
    name: speaker.name,
    aliases: speaker.aliases,
    titles: speaker.titles,
    gender,
    full: [],
    initials: [],
    short: null,
    phrase: null,
  }
  if (speaker.kind === 'anonymous') {
    // `one user … another user`: a stand-in's word says it is another source than the one
    // before, and stays in its key.
    member.phrase = standIn.test(speaker.name)
      ? speaker.name.toLowerCase()
      : phraseKey(speaker.name)
    return member
  }
  const canonical = nameKeys(speaker.name)
  for (const spelling of spellings) {
    const keys = nameKeys(spelling)
    if (speaker.kind === 'person') {
      // Another full name the document gave the speaker joins only as a shorter form of the
      // canonical one (`Donald Trump` of `Donald J. Trump`): a document that took `George
      // H. W. Bush` for `George W. Bush` must not join them for the whole run.
      if (isFullName(keys) && (spelling === speaker.name || shortens(canonical, keys))) {
        member.full.push(`p:${keys.join(' ')}`)
      }
    } else if (!acronymOf(spelling)) {
      member.full.push(`o:${keys.join(' ')}`)
      member.initials.push(initialsOf(spelling))
    }
  }
  if (member.full.length === 0) {
    const acronym = speaker.kind === 'organization' ? acronymOf(speaker.name) : ''
    const keys = acronym ? [acronym.toLowerCase()] : nameKeys(speaker.name)
    member.short = keys.length > 0 ? keys : [speaker.name]
  } else if (gender === 'unknown' && speaker.kind === 'person') {
    gender = givenNameGender.get(firstWord(speaker.name).toLowerCase()) ?? 'unknown'
    member.gender = gender
  }
  return member
}

/**
 * The document speakers of a run, joined into people. Adding a member costs a few map
 * lookups; which group a member is in is read at any time from the current set.
 */
export class RunSpeakers {
  // Union-find over full-name keys; the root of a set is its smallest key.
  readonly #parent = new Map<string, string>()
  readonly #genders = new Map<string, Genders>()
  // Keys of each full name, and full names by last key (people) or initials (organizations).
  readonly #keys = new Map<string, string[]>()
  readonly #byLast = new Map<string, Set<string>>()
  readonly #byInitials = new Map<string, Set<string>>()
  // Short forms without a full name, by key and gender: `Mr. Doe` and `Ms. Doe` stay apart.
  readonly #shortGenders = new Map<string, Set<Gender>>()

  /** Add a member. */
  add(member: Member): void {
    if (member.short) {
      const key = member.short.join(' ')
      let genders = this.#shortGenders.get(key)
      if (!genders) {
        genders = new Set()
        this.#shortGenders.set(key, genders)
      }
      genders.add(member.gender)
      return
    }
    const [first] = member.full
    if (first === undefined) return
    member.full.forEach((key, index) => {
      this.#node(key, member, member.initials[index] ?? '')
    })
    for (const key of member.full) this.#union(first, key)
    const root = this.#genders.get(this.#find(first))
    if (root && member.gender === 'male') root.male++
    if (root && member.gender === 'female') root.female++
  }

  /** The key of the group a member is in now. */
  groupOf(member: Member): string {
    if (member.phrase !== null) return `a:${member.phrase}`
    const [first] = member.full
    if (first !== undefined) return this.#find(first)
    const short = member.short ?? []
    const fits = this.#fits(member.kind, short, member.gender)
    if (fits.length === 1) return fits[0] as string
    const key = short.join(' ')
    const prefix = member.kind === 'person' ? 's' : 'oa'
    if (member.kind !== 'person') return `${prefix}:${key}`
    let gender = member.gender
    if (gender === 'unknown') {
      // A bare surname joins the one gendered use of it that no full name took, if one.
      const known = (['male', 'female'] as const).filter(
        (candidate) =>
          this.#shortGenders.get(key)?.has(candidate) &&
          this.#fits('person', short, candidate).length !== 1,
      )
      if (known.length === 1) gender = known[0] as Gender
    }
    return `${prefix}:${key}:${gender}`
  }

  // The full-name groups a short form fits: same last words (people) or initials
  // (organizations), gender not in conflict.
  #fits(kind: SpeakerKind, short: readonly string[], gender: Gender): string[] {
    const roots = new Set<string>()
    if (kind === 'person') {
      for (const key of this.#byLast.get(short[short.length - 1] ?? '') ?? []) {
        if (!endsWith(this.#keys.get(key) ?? [], short)) continue
        const root = this.#find(key)
        if (conflicts(gender, this.#genders.get(root))) continue
        roots.add(root)
      }
    } else {
      for (const key of this.#byInitials.get(short.join('')) ?? []) roots.add(this.#find(key))
    }
    return [...roots]
  }

  #node(key: string, member: Member, initials: string): void {
    if (this.#parent.has(key)) return
    this.#parent.set(key, key)
    this.#genders.set(key, { male: 0, female: 0 })
    const keys = key.slice(2).split(' ')
    this.#keys.set(key, keys)
    if (member.kind === 'person') addTo(this.#byLast, keys[keys.length - 1] ?? '', key)
    else if (initials.length >= 2) addTo(this.#byInitials, initials, key)
  }

  #find(key: string): string {
    let root = key
    for (let up = this.#parent.get(root); up !== undefined && up !== root; ) {
      root = up
      up = this.#parent.get(root)
    }
    // Path compression: every key on the way points at the root.
    for (let at = key; at !== root; ) {
      const up = this.#parent.get(at) as string
      this.#parent.set(at, root)
      at = up
    }
    return root
  }

  #union(a: string, b: string): void {
    const ra = this.#find(a)
    const rb = this.#find(b)
    if (ra === rb) return
    // The smaller key stays root, so that a group's key is a function of its names.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra]
    this.#parent.set(child, root)
    const kept = this.#genders.get(root)
    const merged = this.#genders.get(child)
    if (kept && merged) {
      kept.male += merged.male
      kept.female += merged.female
    }
  }
}

/**
 * Group the members of a run and give each group an id: its canonical name as a slug,
 * numbered apart (`-2`) in the order of the groups' keys when two would share one.
 *
 * @param groups Members by group key.
 * @returns Id, name, aliases and titles of each group, by group key.
 */
export function nameGroups(groups: ReadonlyMap<string, readonly Member[]>): Map<string, Speaker> {
  const named = [...groups].map(([key, members]) => {
    const name = canonicalName(members)
    const kind = members[0]?.kind ?? 'person'
    const base = slug(kind === 'anonymous' ? phraseKey(name) : name)
    return { key, members, name, kind, base }
  })
  named.sort((a, b) => compare(a.base, b.base) || compare(a.key, b.key))
  const taken = new Set<string>()
  const speakers = new Map<string, Speaker>()
  for (const { key, members, name, kind, base } of named) {
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    const aliases = new Set<string>()
    const titles = new Set<string>()
    for (const member of members) {
      for (const alias of member.aliases) aliases.add(alias)
      for (const title of member.titles) titles.add(title)
    }
    aliases.delete(name)
    speakers.set(key, {
      id,
      name,
      kind,
      aliases: [name, ...[...aliases].sort(compare)],
      titles: [...titles].sort(compare),
    })
  }
  return speakers
}

// The fullest name of a group: most name words, then the most used, then the first by code
// unit; a function of the members, not of their order.
function canonicalName(members: readonly Member[]): string {
  const uses = new Map<string, number>()
  for (const member of members) uses.set(member.name, (uses.get(member.name) ?? 0) + 1)
  let best = ''
  let bestWords = -1
  let bestUses = 0
  for (const [name, count] of uses) {
    const words = nameKeys(name).length
    if (
      words > bestWords ||
      (words === bestWords && (count > bestUses || (count === bestUses && compare(name, best) < 0)))
    ) {
      best = name
      bestWords = words
      bestUses = count
    }
  }
  return best
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// A name of two words or more that does not open with a particle (`von der Leyen` is a
// surname).
function isFullName(keys: readonly string[]): boolean {
  return keys.length >= 2 && !nameParticles.has(keys[0] ?? '')
}

function conflicts(gender: Gender, genders: Genders | undefined): boolean {
  if (gender === 'unknown' || !genders) return false
  // A group whose documents disagree shows no gender.
  if (genders.male > 0 && genders.female > 0) return false
  return gender === 'male' ? genders.female > 0 : genders.male > 0
}

// Whether `short` is `long` with middle words left out: the same first and last word, the
// others in order.
function shortens(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false
  if (short[short.length - 1] !== long[long.length - 1]) return false
  let at = 1
  for (let index = 1; index < short.length - 1; index++) {
    while (at < long.length - 1 && long[at] !== short[index]) at++
    if (at >= long.length - 1) return false
    at++
  }
  return true
}

// Whether `longer` ends with the keys of `shorter` and has more of them.
function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  if (shorter.length >= longer.length) return false
  const offset = longer.length - shorter.length
  return shorter.every((key, index) => longer[offset + index] === key)
}

// `Mr.` in one document and `Jane` in another must not join: the titles keep their gender.
function titlesGender(titles: readonly string[]): Gender {
  for (const title of titles) {
    for (const word of title.toLowerCase().split(/\s+/)) {
      const gender = genderedTitles[word]
      if (gender) return gender
    }
  }
  return 'unknown'
}

function firstWord(name: string): string {
  let end = 0
  while (end < name.length && !isBlank(name.charCodeAt(end))) end++
  return name.slice(0, end)
}

const acronymForm = /^\p{Lu}{2,8}$/u

function acronymOf(name: string): string {
  const bare = name.replace(/['’]s$/u, '').replace(/\./g, '')
  return acronymForm.test(bare) ? bare : ''
}

// Initials of the capitalized words of a name, lower case (`cpc`).
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => capitalStart.test(word))
    .map((word) => word.charAt(0).toLowerCase())
    .join('')
}

const capitalStart = /^\p{Lu}/u

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key)
  if (!set) {
    set = new Set()
    index.set(key, set)
  }
  set.add(value)
}
