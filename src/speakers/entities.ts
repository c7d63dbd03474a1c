import { familyNamesFirst, givenNameGender, givenNameGenderOf } from '../lexicon/first-names.js'
import { determiners } from '../lexicon/function-words.js'
import { placeFirstWords, placeLastWords, placeNames } from '../lexicon/places.js'
import type { Gender } from '../lexicon/pronouns.js'
import {
  clubWords,
  companyWords,
  missionHeads,
  organizationHeads,
  organizationLinks,
  teamWords,
  tradeEndings,
} from '../lexicon/source-nouns.js'
import { cueForms, phrasalCueForms } from '../lexicon/speech-cues.js'
import {
  genderedTitles,
  givenNameTitles,
  headTitleRoles,
  isNameParticle,
  nameParticles,
  nameSuffixes,
  otherOffices,
  patronymics,
  roleHeads,
  roleSynonyms,
  titleAbbreviations,
} from '../lexicon/titles.js'
import { itemAt } from '../tokenize/item-at.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { SpeakerKind } from '../types.js'
import type { FoldTrace, SlotKeys } from './fold-trace.js'
import type { Mention } from './mentions.js'
import { isBlank, nameKeys, wordKey } from './name-key.js'
import type { ValueShape } from './table-index.js'
import { TableIndex } from './table-index.js'

/** One person, organization or anonymous source of a document, with every spelling seen. */
export interface Entity {
  /** Position in the document's entity table. */
  index: number
  /** Canonical name: the fullest spelling seen. */
  name: string
  /** Person, organization or anonymous source. */
  kind: SpeakerKind
  /** Every spelling seen. */
  aliases: Set<string>
  /** Titles seen before the name. */
  titles: Set<string>
  /** Gender, when a title, a given name or a pronoun showed it. */
  gender: Gender
  /** Whether it stands for several (`officials`). */
  plural: boolean
  /** Lower-case head word of its phrase (for `the official`, `the ministry`). */
  head: string
  /** Name keys of the canonical name (see `nameKeys`); none for an anonymous source. */
  keys: string[]
  /** Whether it is a place standing for its government (`Freedonia said`). */
  place: boolean
  /** Whether it is the text's writer, who speaks as `I` (never `he`, `she` or `the author`). */
  writer: boolean
  /** Whether the text says the person goes by `they` (`who uses they/them pronouns`). */
  byThey: boolean
  /**
   * Whether every mention so far stood where a place does, after `in`, `at`, `from` or `near`
   * (`her home in Chappaqua`): a one-word name seen only there is no `he` or `she`.
   */
  placedOnly: boolean
  /**
   * The last role a phrase set beside the person gave (`caretaker` of `Jane Doe, a school
   * caretaker`), or `undefined`.
   */
  role: string | undefined
}

// Titles of courtesy, which news gives adults.
const courtesyTitles = new Set(['mr.', 'mr', 'ms.', 'ms', 'mrs.', 'mrs', 'dr.', 'dr'])
// Courtesy titles of no learning, and the titles of learning a text never gives the same person.
const plainCourtesy = new Set(['mr.', 'mr', 'ms.', 'ms', 'mrs.', 'mrs', 'miss'])
const learnedTitles = new Set(['dr.', 'dr', 'prof.', 'prof', 'professor', 'doctor'])

// Whether a person holds a title that is a given name too (`Dean`, `Canon`), as `word` writes it.
function titledBy(entity: Entity, word: string): boolean {
  const lower = word.toLowerCase()
  if (!givenNameTitles.has(lower)) return false
  for (const title of entity.titles) if (title.toLowerCase() === lower) return true
  return false
}

// `Dr. Nowak` after `Agnieszka Nowak … her husband, Pavel Nowak … Mr. Nowak said`: one the text
// calls `Mr.` or `Ms.` is not the one it calls `Dr.` or `Prof.`; the one other who shares the
// surname and was never so called, when `titles` hold a title of learning and `known` (if any)
// was called so. Or undefined.
function learnedOther(
  known: Entity | undefined,
  others: readonly Entity[],
  titles: readonly string[],
): Entity | undefined {
  if (!titles.some((title) => learnedTitles.has(title.toLowerCase()))) return undefined
  if (known && !plainlyTitled(known)) return undefined
  const unplain = others.filter((entity) => !plainlyTitled(entity))
  return unplain.length === 1 ? unplain[0] : undefined
}

// Whether the text called someone `Mr.`, `Ms.`, `Mrs.` or `Miss`.
function plainlyTitled(entity: Entity): boolean {
  for (const title of entity.titles) if (plainCourtesy.has(title.toLowerCase())) return true
  return false
}

// The one of the entities written with one of the titles (`Dr. Farouk` of two Farouks), if only
// one was.
function oneWithTitle(entities: readonly Entity[], titles: readonly string[]): Entity | undefined {
  const titled = entities.filter((entity) => titles.some((title) => entity.titles.has(title)))
  return titled.length === 1 ? titled[0] : undefined
}

// An entity's copy, written out field by field in the order `EntityTable` creates them: a
// spread would give the copies a shape of their own. Keys are replaced, never changed in place:
// they can be shared.
function copyEntity(entity: Entity): Entity {
  return {
    index: entity.index,
    name: entity.name,
    kind: entity.kind,
    aliases: new Set(entity.aliases),
    titles: new Set(entity.titles),
    gender: entity.gender,
    plural: entity.plural,
    head: entity.head,
    keys: entity.keys,
    place: entity.place,
    writer: entity.writer,
    byThey: entity.byThey,
    placedOnly: entity.placedOnly,
    role: entity.role,
  }
}

// Who put out a paper of a kind, and where the text said so.
interface Issuer {
  entity: Entity
  paragraph: number
}

// The values the table's indexes hold: what entities each holds, and its copy for another
// table.
// (Plain values: entities by their place, in order, never empty.)
const oneEntity: ValueShape<Entity, Entity> = {
  see: (entity, trace) => trace.saw(entity),
  move: (entity, same) => same(entity),
  plain: (entity) => `e${entity.index}`,
}
const entityList: ValueShape<Entity[], Entity> = {
  see: (list, trace) => {
    for (const entity of list) trace.saw(entity)
  },
  move: (list, same) => list.map(same),
  plain: (list) => `l${list.map((entity) => entity.index).join(',')}`,
}
const entitySet: ValueShape<Set<Entity>, Entity> = {
  see: (set, trace) => {
    for (const entity of set) trace.saw(entity)
  },
  move: (set, same) => {
    const copy = new Set<Entity>()
    for (const entity of set) copy.add(same(entity))
    return copy
  },
  plain: (set) => `s${[...set].map((entity) => entity.index).join(',')}`,
}
const issuerShape: ValueShape<Issuer, Entity> = {
  see: (known, trace) => trace.saw(known.entity),
  move: (known, same) => ({ entity: same(known.entity), paragraph: known.paragraph }),
  plain: (known) => `i${known.entity.index}@${known.paragraph}`,
}
const countShape: ValueShape<number, Entity> = {
  see: () => undefined,
  move: (count) => count,
  plain: (count) => `n${count}`,
}

// An index of any value, for the table's list of them by name.
type AnyIndex = TableIndex<unknown, Entity>

// Words that rank a title below its head (`Deputy Mayor`, `Lt. Gov.`, `Vice President`).
const rankWords = new Set([
  'deputy',
  'vice',
  'lieutenant',
  'lt',
  'assistant',
  'associate',
  'acting',
  'under',
])

/**
 * The entities of one document. Mentions are added in reading order; a mention that names an
 * entity already seen (a surname, another transliteration, an acronym) joins it.
 */
export class EntityTable {
  // Every entity, in order of first mention. Private, so that a reading can look over them only
  // through `everyone`, which an editor's trace notes.
  readonly #entities: Entity[] = []
  /** Where changes are noted while an editor's reading is traced (see `FoldTrace`), or null. */
  trace: FoldTrace | null = null
  // Copies of the entities changed since `begin`, by place, and how many there were then; null
  // when not kept.
  #saved: Map<number, Entity> | null = null
  #savedCount = 0
  // Every index is a `TableIndex`, so that an editor's trace notes each key a reading looked up
  // or wrote (see `FoldTrace`).
  readonly #byKey = new TableIndex(0, this, oneEntity)
  // Anonymous sources by their phrase key (`senior official`).
  readonly #anonymousByPhrase = new TableIndex(1, this, oneEntity)
  // Who put out the latest paper of each kind (`statement` → the ministry).
  readonly #issuers = new TableIndex(2, this, issuerShape)
  // The writer, under the empty key.
  readonly #author = new TableIndex(3, this, oneEntity)
  // People by the key of their surname, so that a surname finds its full name without a scan.
  readonly #bySurname = new TableIndex(4, this, entityList)
  // People by the key of their first word, for family names written first (`Park Min-jun`).
  readonly #byFirstWord = new TableIndex(5, this, entityList)
  // People by the first of two surnames (`echeverria` of `Emiliano Echeverría Orozco`), asked
  // only when no surname fits: a headline's run (`Donald Trump Is`) is no second surname.
  readonly #byFirstSurname = new TableIndex(6, this, entityList)
  // Keys of names already seen: news repeats names, and keying is the costly part.
  #keyCache = new Map<string, string[]>()
  // Entities by a spelling seen before, one map per kind of mention so that the spelling itself
  // is the key: no kind-prefixed string to build per mention.
  readonly #seenPeople = new TableIndex(7, this, oneEntity)
  readonly #seenOrganizations = new TableIndex(8, this, oneEntity)
  readonly #seenAnonymous = new TableIndex(9, this, oneEntity)
  // Indexes that keep every lookup independent of the number of entities.
  readonly #byTitleWord = new TableIndex(10, this, entitySet)
  // For each title word, how many entities there were when someone was last given it: a
  // source introduced after that is newer than the role.
  readonly #titleGivenAt = new TableIndex(11, this, countShape)
  readonly #byLastWord = new TableIndex(12, this, entitySet)
  // Bodies by their name's first word, for the name cut short (`Harlow` for `Harlow Bank`).
  readonly #byOpeningWord = new TableIndex(13, this, entitySet)
  readonly #byInitials = new TableIndex(14, this, oneEntity)
  readonly #byAcronym = new TableIndex(15, this, oneEntity)
  readonly #latestByHead = new TableIndex(16, this, oneEntity)
  // People by the given names before a patronymic (`Nur Aisyah` and `Aisyah` of `Nur Aisyah
  // binti Kamal`), which is how news names them again.
  readonly #byGivenPart = new TableIndex(17, this, entityList)
  // People by the stems of what a sentence said of them beside their name (see `describe`).
  readonly #byDescribingStem = new TableIndex(18, this, entitySet)
  // Every index by its slot, for an editor bringing a table up to date key by key.
  readonly #indexes: readonly AnyIndex[] = (
    [
      this.#byKey,
      this.#anonymousByPhrase,
      this.#issuers,
      this.#author,
      this.#bySurname,
      this.#byFirstWord,
      this.#byFirstSurname,
      this.#seenPeople,
      this.#seenOrganizations,
      this.#seenAnonymous,
      this.#byTitleWord,
      this.#titleGivenAt,
      this.#byLastWord,
      this.#byOpeningWord,
      this.#byInitials,
      this.#byAcronym,
      this.#latestByHead,
      this.#byGivenPart,
      this.#byDescribingStem,
    ] as AnyIndex[]
  ).sort((a, b) => a.slot - b.slot)

  /**
   * The entity a name or anonymous mention stands for, created if new.
   *
   * @param mention A mention of kind `name` or `anonymous`.
   */
  add(mention: Mention): Entity {
    if (this.trace) {
      this.trace.note('add')
      this.trace.mention(mention)
    }
    // News repeats the same spelling: a name seen before resolves without keying it again.
    const seenSpellings =
      mention.kind !== 'name'
        ? this.#seenAnonymous
        : mention.organization
          ? this.#seenOrganizations
          : this.#seenPeople
    const seen = seenSpellings.get(mention.name)
    // (`Mr. Okafor` after `Ms. Okafor`, of `Maria and Tomas Okafor`: the same spelling with
    // another gender shown is someone else.)
    // (Nor is it when a title shows that the entity lacks: `Dr. Sokolov` after `Ms. Sokolov`,
    // of `Dr. Babatunde Sokolov … his sister, Yasmin Sokolov`, is looked up afresh.)
    if (
      seen &&
      (mention.kind !== 'name' ||
        (gendersAgree(mention.gender, seen) &&
          mention.titles.every((title) => seen.titles.has(title))))
    ) {
      this.#addTitles(seen, mention.titles)
      return seen
    }
    const entity = this.#add(mention)
    // (The spelling keeps the entity it found first: one `Ms. Okafor` among many `Mr. Okafor`s
    // does not take them over.)
    if (!seen) seenSpellings.set(mention.name, entity)
    return entity
  }

  /**
   * A new anonymous source for a stand-in (`one`, `another`, `a third`): each is someone else,
   * never joined to an earlier source of the same words.
   *
   * @param mention The stand-in's mention.
   */
  addStandIn(mention: Mention): Entity {
    if (this.trace) {
      this.trace.note('stand-in')
      this.trace.mention(mention)
    }
    const entity = this.#create(mention, 'anonymous', [])
    entity.aliases.add(mention.name)
    return entity
  }

  #add(mention: Mention): Entity {
    if (mention.kind === 'anonymous' || mention.kind === 'description') {
      return this.#addAnonymous(mention)
    }
    const keys = this.#keysOf(mention.name)
    // `Washington said` after `Latoya Washington`: a place's name that is the surname of someone
    // the text named in full is that person's.
    const place =
      !mention.organization &&
      keys.length === 1 &&
      placeNames.has(keys[0] ?? '') &&
      !this.#bySurname.get(keys[0] ?? '')?.some((entity) => entity.keys.length > 1)
    // (`Sylandt Systems`, `Nerandt Devices Inc.`: a name that ends in a company's word; `Ashby
    // Athletic`, `Kestrel Bay United`: one that ends in a team's word and opens with no given
    // name.)
    const ending = lastWordOf(mention.name)
    const company =
      keys.length > 1 &&
      (companyWords.has(ending) ||
        (teamWords.has(ending) &&
          givenNameGenderOf(mention.name.slice(0, mention.name.indexOf(' ')).toLowerCase()) ===
            undefined))
    const kind: SpeakerKind = mention.organization || place || company ? 'organization' : 'person'
    const gender = kind === 'person' ? genderOf(mention, keys) : 'unknown'
    // Found or made, the entity is of this kind: one key serves the lookup and the merge.
    const key = `${kind}:${keys.join(' ')}`
    const entity =
      this.#find(key, keys, kind, mention.name, gender, mention.titles) ??
      this.#create(mention, kind, keys)
    this.#merge(entity, mention, keys, key)
    return entity
  }

  /**
   * Whether a person's name of two words or more holds a word (`waters` of `David Waters`), in
   * any case.
   *
   * @param word Lower-case word.
   */
  namesSomeone(word: string): boolean {
    const singular = word.toLowerCase()
    // (A name of more words: the group noun itself, read as a name at a sentence's start, is
    // no one's.)
    return this.everyone().some(
      (entity) =>
        entity.kind === 'person' &&
        entity.keys.length > 1 &&
        entity.name
          .toLowerCase()
          .split(/\s+/)
          .some((part) => part === singular || part === `${singular}s`),
    )
  }

  /**
   * Whether any name the text gave holds a word in capitals (`huamán` of `Wilmer Huamán`,
   * `tidewater` of `Tidewater`, `review` of `the Harbour Review`).
   *
   * @param word Lower-case word.
   */
  namesAnyone(word: string): boolean {
    return this.everyone().some((entity) =>
      entity.name
        .split(/\s+/)
        .some((part) => part.toLowerCase() === word && part !== part.toLowerCase()),
    )
  }

  /**
   * Whether a person the table holds has a name that ends with the words of `name` (`Zhang`,
   * `Jane Doe`), as a surname or a full name, not only a place's or a body's.
   *
   * @param name The name as written.
   */
  namesPerson(name: string): boolean {
    const words = name.toLowerCase().split(/\s+/u)
    return this.everyone().some((entity) => {
      if (entity.kind !== 'person' || entity.placedOnly) return false
      const theirs = entity.name.toLowerCase().split(/\s+/u)
      return words.every((word) => theirs.includes(word))
    })
  }

  /**
   * The one body whose name opens with a word, for a body's name cut short (`Harlow’s chief
   * executive` after `Harlow Bank`), or undefined when none or several do.
   *
   * @param word Lower-case word.
   */
  bodyOpeningWith(word: string): Entity | undefined {
    const bodies = this.#byOpeningWord.get(this.#keysOf(word)[0] ?? '')
    return bodies?.size === 1 ? [...bodies][0] : undefined
  }

  /**
   * How many entities were given a title or role word.
   *
   * @param head Lower-case title word.
   */
  titleHolders(head: string): number {
    return this.#byTitleWord.get(head)?.size ?? 0
  }

  /**
   * The person a description stands for (`the minister`): the one whose title has that
   * head, if exactly one has.
   *
   * @param head Lower-case head word of the description.
   * @param modifiers Lower-case words before the head (`deputy` of `the deputy mayor`).
   */
  byTitle(head: string, modifiers: readonly string[] = []): Entity | undefined {
    const matches = this.#byTitleWord.get(head)
    if (!matches || matches.size === 0) return undefined
    // `the deputy mayor`: a word for another office names only one whose title has it.
    const office = modifiers.find((word) => otherOffices.has(word))
    if (office) {
      const holders = [...matches].filter((entity) =>
        [...entity.titles].some((title) => officeWords(title).includes(office)),
      )
      return holders.length === 1 ? holders[0] : undefined
    }
    if (matches.size === 1) return [...matches][0]
    // `the Senate Democratic leader` after `Senate Minority Leader Harry Reid` and `Ben Jealous,
    // a former NAACP leader`: the one holder whose title shares a word of the phrase.
    if (modifiers.length > 0) {
      // (`Lt. Gov. Tom Lee` is who `the lieutenant governor` is: an abbreviation's words too.)
      const sharing = [...matches].filter((entity) =>
        [...entity.titles].some((title) =>
          titleWords(title)
            .flatMap((word) => [word, ...(titleAbbreviations[word] ?? [])])
            .some((word) => word !== head && modifiers.includes(word)),
        ),
      )
      if (sharing.length === 1) return sharing[0]
    }
    // `the mayor` after `Deputy Mayor Tom Lee and Mayor Jane Roe`: with no word of its own, the
    // one whose title is the head alone.
    // (Only when every other holder's title ranks below the head: `the senator` is no surer of
    // `Sen. Rand Paul` than of `the Texas senator`.)
    if (modifiers.length === 0) {
      const plain = [...matches].filter((entity) =>
        [...entity.titles].some((title) => {
          const words = titleWords(title)
          const word = words[0] ?? ''
          return (
            words.length === 1 && (word === head || (titleAbbreviations[word] ?? []).includes(head))
          )
        }),
      )
      const ranked = (entity: Entity) =>
        [...entity.titles].some((title) => titleWords(title).some((word) => rankWords.has(word)))
      const others = [...matches].filter((entity) => !plain.includes(entity))
      if (plain.length === 1 && others.every(ranked)) return plain[0]
    }
    // `the congresswoman` after two members, one a woman: a word's sex tells them apart.
    const gender = genderedTitles[head]
    if (!gender) return undefined
    // Those known to be of the other sex are out; of the rest, one known to agree goes first.
    const rest = [...matches].filter(
      (entity) => entity.gender === gender || entity.gender === 'unknown',
    )
    const agreeing = rest.filter((entity) => entity.gender === gender)
    if (agreeing.length === 1) return agreeing[0]
    return rest.length === 1 ? rest[0] : undefined
  }

  /**
   * How many entities the table held when someone was last given a title or role with this
   * word (0 when no one was).
   *
   * @param head Lower-case head word.
   */
  titleGivenAt(head: string): number {
    return this.#titleGivenAt.get(head) ?? 0
  }

  /**
   * Whether the text gave someone a title or a role with this word (`Jane Doe, the daughter of
   * a fisherman,` has `daughter`).
   *
   * @param entity The person.
   * @param head Lower-case word for a title or a role.
   */
  holdsRole(entity: Entity, head: string): boolean {
    this.trace?.saw(entity)
    return this.#byTitleWord.get(head)?.has(entity) === true
  }

  /**
   * Whether the text gave someone an age other than this one (`Lan Pham, 31,` is no `the
   * 78-year-old`).
   *
   * @param entity The person.
   * @param head Lower-case age (`78-year-old`).
   */
  holdsOtherAge(entity: Entity, head: string): boolean {
    this.trace?.saw(entity)
    for (const [word, holders] of this.#byTitleWord.entries()) {
      if (word !== head && word.endsWith('-year-old') && holders.has(entity)) return true
    }
    return false
  }

  /**
   * Whether someone holds an office the text gave them and none with this word: `Mayor Bill
   * Roe` is no `the presidential candidate`.
   *
   * @param entity The person.
   * @param head Lower-case word for an office.
   */
  holdsOtherOffice(entity: Entity, head: string): boolean {
    if (this.holdsRole(entity, head)) return false
    for (const [word, holders] of this.#byTitleWord.entries()) {
      if (holders.has(entity) && roleHeads.has(word)) return true
    }
    return false
  }

  /**
   * Whether someone holds the office of a noun without a word for another office that a phrase
   * gives it: `Health Secretary Jane Roe` is no `shadow health secretary`.
   *
   * @param entity The person.
   * @param head Lower-case word for the office (`secretary`).
   * @param office Lower-case word for another office (`shadow`).
   */
  holdsPlainOffice(entity: Entity, head: string, office: string): boolean {
    this.trace?.saw(entity)
    return [...entity.titles].some((title) => {
      const words = officeWords(title)
      return words.includes(head) && !words.includes(office)
    })
  }

  // Whether the text gave a person an age under 18 (`Astrid Varga, 10,`).
  #minor(entity: Entity): boolean {
    for (let age = 1; age < 18; age++)
      if (this.#byTitleWord.get(`${age}-year-old`)?.has(entity)) return true
    return false
  }

  #giveTitle(word: string, entity: Entity): void {
    this.#changing(entity)
    addTo(this.#byTitleWord, word, entity)
    this.#titleGivenAt.set(word, this.#entities.length)
  }

  /**
   * The organization a description stands for (`the ministry`): the only one whose name ends
   * in that head.
   *
   * @param head Lower-case head word.
   */
  byOrganizationHead(head: string): Entity | undefined {
    const matches = this.#byLastWord.get(head)
    return matches?.size === 1 ? [...matches][0] : undefined
  }

  #find(
    key: string,
    keys: string[],
    kind: SpeakerKind,
    name: string,
    gender: Gender,
    titles: readonly string[] = [],
  ): Entity | undefined {
    const exact = this.#byKey.get(key)
    if (exact && gendersAgree(gender, exact)) {
      // (`Dr. Sokolov` once `Sokolov` stood for the sister: another who shares the surname and
      // was written with the title is the one meant.)
      if (titles.every((title) => exact.titles.has(title))) return exact
      const others = (this.#bySurname.get(itemAt(keys, keys.length - 1) ?? '') ?? []).filter(
        (entity) => entity !== exact && gendersAgree(gender, entity),
      )
      return oneWithTitle(others, titles) ?? learnedOther(exact, others, titles) ?? exact
    }
    // `Jane Doe Jr.` looks for the `Doe` seen alone.
    const last =
      keys.length > 2 && endsInSuffix(name)
        ? itemAt(keys, keys.length - 2)
        : itemAt(keys, keys.length - 1)
    if (kind === 'person' && last) {
      // A surname alone, or a full name whose surname was seen alone: the same person when
      // only one person fits.
      // `Mr. Doe` is not `Jane Doe`: a gender shown on both sides must agree.
      const fits = (this.#bySurname.get(last) ?? []).filter((entity) => {
        const theirs = entity.keys
        if (!gendersAgree(gender, entity)) return false
        // `Baraka Nkosi Jr.` after `Baraka Nkosi Sr.`: another generation, another person.
        const suffix = suffixOf(name)
        if (suffix && endsInSuffix(entity.name) && suffixOf(entity.name) !== suffix) return false
        return (
          keys.length === 1 ||
          theirs.length === 1 ||
          theirs[0] === keys[0] ||
          // `Dean Lindqvist` after `Dean Ana Lindqvist`: a title that is a given name too, read
          // as one before the surname alone, is the title of one who holds it.
          (keys.length === 2 && titledBy(entity, name.slice(0, name.indexOf(' ')))) ||
          // `von der Leyen` after `Ursula von der Leyen`: a surname of several words.
          endsWithKeys(theirs, keys, name) ||
          endsWithKeys(keys, theirs, entity.name) ||
          // `de León` after `Mateo de León Jr.`: the surname before the suffix.
          (endsInSuffix(entity.name) && endsWithKeys(theirs.slice(0, -1), keys, name))
        )
      })
      if (fits.length === 1) return fits[0]
      // `Dr. Farouk` after `Dr. Hiroshi Farouk … his sister, Layla Farouk`: of several who share
      // the surname, the one the same title was written with.
      if (fits.length > 1 && titles.length > 0) {
        const titled = oneWithTitle(fits, titles)
        if (titled) return titled
        // `Ms. Varga` after `Daniela Varga … her daughter, Astrid Varga, 10,`: a courtesy
        // title is an adult's; a child the text gave an age under 18 goes by her given name.
        if (titles.some((title) => courtesyTitles.has(title.toLowerCase()))) {
          const adults = fits.filter((entity) => !this.#minor(entity))
          if (adults.length === 1) return adults[0]
        }
        // `Dr. Nowak` after `Agnieszka Nowak … her husband, Pavel Nowak … Mr. Nowak said`: one
        // the text calls `Mr.` or `Ms.` is not the one it calls `Dr.` or `Prof.`.
        const learned = learnedOther(undefined, fits, titles)
        if (learned) return learned
      }
      if (fits.length === 0 && keys.length === 1) {
        const surnamed = (this.#byFirstSurname.get(last) ?? []).filter((entity) =>
          gendersAgree(gender, entity),
        )
        if (surnamed.length === 1) return surnamed[0]
      }
      // `Park` after `Park Min-jun`, `Xi` after `Xi Jinping`: a family name written first (or a
      // given name used alone), when no full name ends with the word and one person alone
      // opens with it. A table of given names cannot tell the two apart (`Xi` is both).
      if (fits.length === 0 && keys.length === 1) {
        const opening = (this.#byFirstWord.get(last) ?? []).filter((entity) =>
          gendersAgree(gender, entity),
        )
        if (opening.length === 1) return opening[0]
        // `Nerandt said` after `Nerandt Devices Inc.`: a company's name cut to its first word,
        // when one company alone opens with it and no person fits. (Only a name that says it is
        // a company: `Trump Train` and `Clinton Foundation` are named for people.) So is a
        // club's, by its place's word (`Emberfield` for `Emberfield County Cricket Club`).
        if (opening.length === 0) {
          const cut = this.#companyOpeningWith(keys)
          if (cut) return cut
        }
      }
      // `Cobalt Ridge said` after `Cobalt Ridge Mining`: so is one cut to its first words.
      if (fits.length === 0 && keys.length === 2) {
        const cut = this.#companyOpeningWith(keys)
        if (cut) return cut
      }
      // `Chen Meiling` after `Chen says …` in a headline: a full name opening with a word seen
      // alone, which no table of given names knows, is that person's name written family name
      // first. So is one opening with a given name seen alone (`Vigdís Karlsdóttir` after
      // `says Vigdís`), or with a given name and then the word seen alone, the first of two
      // surnames (`Ezequiel Carrasco Tapia` after `Carrasco calls …`).
      // (Only when a given name shows the full name a person's: `Trump Tower` is no Trump's.)
      // (The words as written, not their keys: `Ji-hoon` is keyed `ihon`, which no list holds.)
      if (fits.length === 0 && (keys.length === 2 || keys.length === 3)) {
        const [first, second] = name.toLowerCase().split(/\s+/u)
        const givenFirst = givenNameGenderOf(first ?? '') !== undefined
        // (`Zhou Jianhua` after `Zhou`: a family name the lexicon knows is written first says
        // so, whatever the given name after it.)
        const familyFirst =
          keys.length === 2 &&
          !givenFirst &&
          (givenNameGenderOf(second ?? '') !== undefined || familyNamesFirst.has(first ?? ''))
        const alone =
          givenFirst || familyFirst
            ? (this.#byKey.get(`person:${keys[0]}`) ??
              (givenFirst && keys.length === 3 ? this.#byKey.get(`person:${keys[1]}`) : undefined))
            : undefined
        if (
          alone?.kind === 'person' &&
          alone.keys.length === 1 &&
          !alone.placedOnly &&
          gendersAgree(gender, alone)
        )
          return alone
      }
    }
    // `Ridgeback Vehicles` after `Ridgeback says …` in a headline: a company's name, by its
    // trade, opening with the words of a name seen alone.
    const cut = this.#companyCutTo(keys, name)
    if (cut) return cut
    // `Nur Aisyah` or `Azlan` after `Mohd Azlan bin Ismail`: given names before a patronymic,
    // when no surname fits and one person alone has them.
    // (And the other way round: `Nur Aisyah binti Rahman` after `Nur Aisyah on mine collapse:
    // ‘…’`, a headline that named her as the body goes on to.)
    const given = kind === 'person' ? givenKeysBeforePatronymic(name) : []
    if (given.length > 0) {
      const alone = this.#byKey.get(`person:${given.join(' ')}`)
      if (alone?.kind === 'person' && !alone.placedOnly && gendersAgree(gender, alone)) return alone
    }
    if (kind === 'person') {
      const given = (this.#byGivenPart.get(keys.join(' ')) ?? []).filter((entity) =>
        gendersAgree(gender, entity),
      )
      if (given.length === 1) return given[0]
    }
    if (kind === 'organization') {
      // `the Comets` after `the Hollinbrook Comets`: a plural name cut to its last word is the
      // one body whose name ends with it.
      if (keys.length === 1 && /s$/u.test(name)) {
        const team = this.byOrganizationHead(name.toLowerCase())
        if (team && team.keys.length > 1) return team
      }
      // `CPC` after `Caspian Pipeline Consortium`, or the other way round.
      const acronym = acronymOf(name)
      return acronym ? this.#byInitials.get(acronym) : this.#byAcronym.get(initialsOf(name))
    }
    return undefined
  }

  // The one company or club whose name opens with these keys and runs on past them, when one
  // alone does.
  // (A company read as a person's name, `Cobalt Ridge Mining`, is indexed by its first word as
  // a person's.)
  #companyOpeningWith(keys: readonly string[]): Entity | undefined {
    let found: Entity | undefined
    const first = keys[0] ?? ''
    for (const bodies of [this.#byOpeningWord.get(first), this.#byFirstWord.get(first)]) {
      for (const entity of bodies ?? []) {
        if (!namedAsCompany(entity) || entity.keys.length <= keys.length) continue
        if (!keys.every((key, index) => entity.keys[index] === key)) continue
        if (found && found !== entity) return undefined
        found = entity
      }
    }
    return found
  }

  // The entity a company's name was cut to before it was given in full (`Ridgeback` or `Sabre
  // Point` before `Ridgeback Vehicles`, `Sabre Point Electronics`): a name of fewer words that
  // opens it, which no given name, title, gender or place shows to be someone's or somewhere.
  // (Only a name that ends in a trade: `Trump Tower` is no Trump's.)
  #companyCutTo(keys: readonly string[], name: string): Entity | undefined {
    if (keys.length < 2 || !tradeEndings.has(lastWordOf(name))) return undefined
    if (givenNameGenderOf(name.slice(0, name.indexOf(' ')).toLowerCase()) !== undefined)
      return undefined
    for (let length = keys.length - 1; length > 0; length--) {
      const opening = keys.slice(0, length).join(' ')
      const entity =
        this.#byKey.get(`organization:${opening}`) ?? this.#byKey.get(`person:${opening}`)
      if (!entity || entity.keys.length !== length || entity.place || entity.placedOnly) continue
      if (entity.kind === 'person' && (entity.gender !== 'unknown' || entity.titles.size > 0))
        continue
      return entity
    }
    return undefined
  }

  #create(mention: Mention, kind: SpeakerKind, keys: string[]): Entity {
    const entity: Entity = {
      index: this.#entities.length,
      name: mention.name,
      kind,
      aliases: new Set(),
      titles: new Set(),
      gender: 'unknown',
      plural: mention.plural,
      head: mention.head,
      keys,
      // (A body's name the table took for a place's: not one that ends in a company's word.)
      place:
        kind === 'organization' &&
        !mention.organization &&
        !companyWords.has(lastWordOf(mention.name)) &&
        !teamWords.has(lastWordOf(mention.name)),
      writer: false,
      byThey: false,
      placedOnly: false,
      // Present from the start, though most entities never get one: every entity has the same
      // fields in the same order, so the readers that take one stay monomorphic.
      role: undefined,
    }
    this.#entities.push(entity)
    this.#changing(entity)
    if (kind === 'person') this.#indexSurname(entity)
    if (kind === 'anonymous') this.#latestByHead.set(entity.head, entity)
    if (kind === 'organization') this.#indexOrganization(entity)
    return entity
  }

  /**
   * Records the acronym a text gives a body in brackets after its name (`Humber and Dales
   * Integrated Care Board (ICB)`), so that the acronym alone finds it.
   *
   * @param entity The organization.
   * @param acronym The capitals in brackets.
   */
  nameAcronym(entity: Entity, acronym: string): void {
    this.trace?.saw(entity)
    if (acronymOf(entity.name) || this.#byInitials.get(acronym) === entity) return
    this.trace?.note('acronym', entity.index, acronym)
    this.#byInitials.set(acronym, entity)
  }

  /**
   * Records a name someone goes by (`Adelheid Baumgärtner, who plays as Kestrl,`), so that the
   * name alone finds them; a name the table already gives someone else stays theirs.
   *
   * @param entity The person.
   * @param alias The name they go by.
   */
  nameAlias(entity: Entity, alias: string): void {
    this.trace?.saw(entity)
    const key = `person:${this.#keysOf(alias).join(' ')}`
    if (this.#byKey.get(key)) return
    this.trace?.note('alias', entity.index, alias)
    this.#changing(entity)
    entity.aliases.add(alias)
    this.#byKey.set(key, entity)
  }

  // Organizations by last word, initials and acronym, for descriptions and acronyms.
  #indexOrganization(entity: Entity): void {
    const words = entity.name.toLowerCase().split(/\s+/)
    addTo(this.#byLastWord, itemAt(words, words.length - 1) ?? '', entity)
    // (By the first word's key, as a name cut to it is looked up: `Sylandt` for `Sylandt
    // Systems`.)
    const opening = words[0] ?? ''
    const key = entity.keys[0]
    if (
      key &&
      words.length > 1 &&
      !sharedOpenings.has(opening) &&
      !organizationHeads.has(opening)
    ) {
      addTo(this.#byOpeningWord, key, entity)
    }
    // `the committee` is the `Select Committee on Benghazi`: the head stands before the link.
    // (`the embassy` is the `Chilean Embassy in Vienna`: a mission's `in` too.)
    const link = words.findIndex(
      (word, index) =>
        index > 0 &&
        (organizationLinks.has(word) ||
          (word === 'in' && missionHeads.has(words[index - 1] ?? ''))),
    )
    if (link > 0) addTo(this.#byLastWord, itemAt(words, link - 1) ?? '', entity)
    // `the union` is `Transit Workers Union Local 309`, `Teamsters Local 727`: a union's local,
    // numbered, goes by the union's noun.
    if (words.length > 2 && words[words.length - 2] === 'local' && /^\d/u.test(words.at(-1) ?? ''))
      addTo(this.#byLastWord, 'union', entity)
    // `the congregation` is `Congregation Ohel Tamar`, `the temple` `Temple Sinai of Larkmoor`:
    // a body's noun may open its name.
    const first = words[0] ?? ''
    if (
      words.length > 1 &&
      link !== 1 &&
      organizationHeads.has(first) &&
      !sharedOpenings.has(first)
    )
      addTo(this.#byLastWord, first, entity)
    const acronym = acronymOf(entity.name)
    if (acronym) {
      if (!this.#byAcronym.has(acronym)) this.#byAcronym.set(acronym, entity)
    } else {
      // `CDC` for the `Centers for Disease Control and Prevention`: a body keeps the initials it
      // had before a field joined its name.
      const before = entity.name.replace(/ and \S+$/u, '')
      for (const name of before === entity.name ? [before] : [entity.name, before]) {
        const initials = initialsOf(name)
        if ((name === entity.name || initials.length > 1) && !this.#byInitials.has(initials))
          this.#byInitials.set(initials, entity)
      }
    }
  }

  #keysOf(name: string): string[] {
    let keys = this.#keyCache.get(name)
    if (!keys) {
      keys = nameKeys(name)
      this.#keyCache.set(name, keys)
    }
    return keys
  }

  #indexSurname(entity: Entity): void {
    const keys = entity.keys
    const last = itemAt(keys, keys.length - 1)
    if (!last) return
    this.#addSurname(last, entity)
    const first = keys[0]
    if (first && keys.length > 1) addToList(this.#byFirstWord, first, entity)
    const given = givenKeysBeforePatronymic(entity.name)
    if (given.length > 0) {
      addToList(this.#byGivenPart, given.join(' '), entity)
      if (given.length > 1) for (const key of given) addToList(this.#byGivenPart, key, entity)
    }
    // `Mr. Doe` after `Jane Doe Jr.`: the surname stands before a generational suffix.
    const before = itemAt(keys, keys.length - 2)
    if (before && endsInSuffix(entity.name)) this.#addSurname(before, entity)
    // `Echeverría` after `Emiliano Echeverría Orozco`: of two surnames after a given name, the
    // first is used alone too.
    // (Whether or not a table knows the given name, `Nayeli Mendívil Villarreal`, but not when
    // the last word is a verb a title-case headline ran on to: `Hillary Clinton Goes …`.)
    else if (
      before &&
      ((keys.length === 3 && !verbWord(lastWordOf(entity.name).toLowerCase())) ||
        (keys.length > 3 && givenNameGender.has(first ?? ''))) &&
      !givenNameGender.has(before) &&
      !nameParticles.has(before)
    )
      addToList(this.#byFirstSurname, before, entity)
  }

  #addSurname(key: string, entity: Entity): void {
    addToList(this.#bySurname, key, entity)
  }

  #merge(entity: Entity, mention: Mention, keys: string[], key: string): void {
    this.#changing(entity)
    entity.aliases.add(mention.name)
    this.#addTitles(entity, mention.titles)
    if (keys.length > entity.keys.length) {
      entity.name = mention.name
      entity.keys = keys
      if (entity.kind === 'person') this.#indexSurname(entity)
      if (entity.kind === 'organization') this.#indexOrganization(entity)
    }
    if (entity.kind === 'person' && entity.gender === 'unknown') {
      entity.gender = genderOf(mention, keys)
    }
    this.#byKey.set(key, entity)
  }

  // Titles seen with an entity, their words indexed for descriptions (`the minister`).
  #addTitles(entity: Entity, titles: readonly string[]): void {
    for (const title of titles) {
      if (entity.titles.has(title)) continue
      this.#changing(entity)
      entity.titles.add(title)
      if (entity.kind === 'anonymous') continue
      const words = title.toLowerCase().split(/\s+/)
      for (const word of words) {
        this.#giveTitle(word, entity)
        // `Sen.` is who `the senator` is.
        const expanded = titleAbbreviations[word.endsWith('.') ? word.slice(0, -1) : word]
        if (expanded) for (const role of expanded) this.#giveTitle(role, entity)
      }
      const two = words.slice(-2).join(' ')
      const head = itemAt(words, words.length - 1) as string
      for (const role of headTitleRoles[two] ?? headTitleRoles[head] ?? []) {
        this.#giveTitle(role, entity)
      }
      // `Deputy Solicitor General Ana Roe` is who `the DSG` is, `Chief Minister Ravi Roe` `the
      // CM`: a title of capitals is written by its initials too.
      const initials = titleInitials(title)
      if (initials) this.#giveTitle(initials, entity)
    }
  }

  /**
   * Records a role a person was described by in apposition (`Jane Doe, a retired teacher,`),
   * so that a later description with its head (`the teacher`) finds them.
   *
   * @param entity The person.
   * @param head Lower-case head word of the role phrase.
   */
  addRole(entity: Entity, head: string): void {
    this.trace?.saw(entity)
    if (entity.kind !== 'person') return
    this.trace?.note('role', entity.index, head)
    this.#giveTitle(head, entity)
    // `the defense attorney … the defense lawyer`: a role goes by its other nouns too.
    for (const other of roleSynonyms.get(head) ?? []) this.#giveTitle(other, entity)
    entity.role = head
    // `Tom, her husband`: the role tells the gender a name may not.
    const gender = genderedTitles[head]
    if (gender && entity.gender === 'unknown') entity.gender = gender
  }

  /**
   * Records what a sentence said of a person beside their name (`Pedro Roe, who runs a
   * bakery,`), as stems, so that a later phrase for someone sharing one of them (`the bakery
   * owner`) can find them.
   *
   * @param entity The person.
   * @param stems Stems of the words said of them (see `describingStems`).
   */
  describe(entity: Entity, stems: readonly string[]): void {
    if (entity.kind !== 'person' || stems.length === 0) return
    // (The index alone changes, not the entity: its keys are noted and put back as any index's.)
    for (const stem of stems) addTo(this.#byDescribingStem, stem, entity)
  }

  /**
   * Whether a word is the surname (or first word) of a person named in full, asked by key
   * (`christie` of `Chris Christie`): an editor's reading then depends on that key alone, not
   * on every entity, as `namesSomeone` does.
   *
   * @param word The word in any case.
   */
  surnameOfSomeone(word: string): boolean {
    const key = wordKey(word)
    const full = (entity: Entity) => entity.kind === 'person' && entity.keys.length > 1
    return (
      (this.#bySurname.get(key) ?? []).some(full) || (this.#byFirstWord.get(key) ?? []).some(full)
    )
  }

  /**
   * The one person something said of them shares a stem with a phrase's words, or undefined
   * when no one or more than one does.
   *
   * @param stems Stems of the phrase's words.
   */
  byDescribingStems(stems: readonly string[]): Entity | undefined {
    let found: Entity | undefined
    for (const stem of stems) {
      for (const entity of this.#byDescribingStem.get(stem) ?? []) {
        if (found && found !== entity) return undefined
        found = entity
      }
    }
    return found
  }

  /**
   * A person a `he` or `she` stood for shows their gender from then on.
   *
   * @param entity The entity the pronoun resolved to.
   * @param gender The pronoun's gender.
   */
  showGender(entity: Entity, gender: Gender): void {
    this.trace?.saw(entity)
    if (gender !== 'unknown' && entity.gender === 'unknown' && entity.kind === 'person') {
      this.trace?.note('gender', entity.index, gender)
      this.#changing(entity)
      entity.gender = gender
    }
  }

  /**
   * A name the text sets beside a noun for a body (`Zoomr, the Silicon Valley startup,`) names
   * a body: it is an organization from then on, and the noun finds it (`the startup`). Only a
   * name nothing showed to be a person's (no title, no given name, no gender) changes kind.
   *
   * @param entity The entity the name stands for.
   * @param head Lower-case noun for a body, or null when something else showed it (`its`).
   */
  showBody(entity: Entity, head: string | null): void {
    this.trace?.saw(entity)
    if (entity.kind === 'person') {
      // A title of a person's (`Sen.`, `mayor`), not a word read as one (`the white Zoomr car`).
      for (const title of entity.titles) {
        if (roleHeads.has(title) || title.replace(/\.$/u, '') in titleAbbreviations) return
      }
      if (entity.gender !== 'unknown') return
      this.trace?.note('body', entity.index)
      this.#changing(entity)
      entity.kind = 'organization'
    }
    if (entity.kind !== 'organization' || head === null) return
    this.trace?.note('role', entity.index, head)
    this.#giveTitle(head, entity)
  }

  /**
   * Record that a person goes by `they`, as the text says.
   *
   * @param entity The person.
   */
  showByThey(entity: Entity): void {
    this.trace?.saw(entity)
    if (entity.kind !== 'person' || entity.byThey) return
    this.trace?.note('they', entity.index)
    this.#changing(entity)
    entity.byThey = true
  }

  /**
   * Record where a name was mentioned: only where a place stands (after `in`, `at`, …), or
   * elsewhere too. Its first mention decides, and any other mention clears it.
   *
   * @param entity The entity the mention named.
   * @param first Whether the mention made the entity.
   * @param placed Whether the mention stood where a place does.
   */
  showPlaced(entity: Entity, first: boolean, placed: boolean): void {
    this.trace?.saw(entity)
    const value = first ? placed : entity.placedOnly && placed
    if (value === entity.placedOnly) return
    this.trace?.note('placed', entity.index, value)
    this.#changing(entity)
    entity.placedOnly = value
  }

  /**
   * A copy that shares nothing that changes: its entities are new objects at the same indexes,
   * so that reading on from the copy leaves this table as it is.
   */
  copy(): EntityTable {
    const copy = new EntityTable()
    for (const entity of this.#entities) {
      copy.#entities.push(copyEntity(entity))
    }
    const same = (entity: Entity): Entity => copy.#entities[entity.index] as Entity
    for (const index of this.#indexes) copy.#indexes[index.slot]?.copyAll(index, same)
    // Keys of a spelling are the same in any table.
    copy.#keyCache = this.#keyCache
    return copy
  }

  /**
   * Keep what the table holds now, to come back to it with `rewind` after reading on: an editor
   * reads on from the state before an edit without copying it first.
   */
  begin(): void {
    this.#saved = new Map()
    this.#savedCount = this.#entities.length
    for (const index of this.#indexes) index.begin()
  }

  /**
   * Put the table back as it was at `begin`: the entities made since dropped, the others given
   * back their fields (the same objects, so what holds one sees it as it was), every key as it
   * was.
   */
  rewind(): void {
    const saved = this.#saved
    this.#saved = null
    if (!saved) return
    for (const [place, copy] of saved) takeEntity(this.#entities[place] as Entity, copy)
    this.#entities.length = this.#savedCount
    for (const index of this.#indexes) index.rewind()
  }

  // Note an entity about to change, and keep a copy of it for `rewind` (once, and only of one
  // that was there at `begin`: one made since is dropped).
  #changing(entity: Entity): void {
    this.trace?.changed(entity)
    const saved = this.#saved
    if (saved && entity.index < this.#savedCount && !saved.has(entity.index)) {
      saved.set(entity.index, copyEntity(entity))
    }
  }

  /**
   * Every entity, noted as read whole: a reading that looks over them all depends on each.
   */
  everyone(): readonly Entity[] {
    this.trace?.sawAll()
    return this.#entities
  }

  /** How many entities there are (an editor's session compares the count itself). */
  get size(): number {
    return this.#entities.length
  }

  /**
   * The entity at a place, for a state or a result that maps an entity of one table to the
   * same one in another; a reading looks entities up by their keys instead.
   *
   * @param place The entity's index.
   */
  entityAt(place: number): Entity | undefined {
    return this.#entities[place]
  }

  /**
   * What a key of one of the indexes holds, as plain text (entities by their place; `''` for
   * nothing): equal in two tables when the key holds the same there.
   *
   * @param slot The index's slot.
   * @param key The key.
   */
  plainValue(slot: number, key: string): string {
    return this.#indexes[slot]?.plainValue(key) ?? ''
  }

  /**
   * What a key of one of the indexes held at `begin` (see `plainValue`), as long as the table
   * keeps it.
   *
   * @param slot The index's slot.
   * @param key The key.
   */
  plainValueAtBegin(slot: number, key: string): string {
    return this.#indexes[slot]?.plainValueAtBegin(key) ?? ''
  }

  /**
   * A value a trace noted for a key of one of the indexes, as plain text (see `plainValue`).
   *
   * @param slot The index's slot.
   * @param value The value, or undefined for none.
   */
  plainOf(slot: number, value: unknown): string {
    return this.#indexes[slot]?.plain(value) ?? ''
  }

  /**
   * Bring this table up to date with another reading of the same text, which differs from the
   * reading that made this one only in some entities and some keys of the indexes (as an
   * editor's traces tell): those are taken from it, the rest kept. The entities keep their
   * objects (what holds one sees the update).
   *
   * @param from The other reading's table, with at least as many entities as are taken.
   * @param entities Places of the entities to take.
   * @param keys Keys to take, by the index's slot.
   */
  adopt(from: EntityTable, entities: Iterable<number>, keys: SlotKeys): void {
    const same = (entity: Entity): Entity => this.#entities[entity.index] as Entity
    for (const place of entities) {
      const target = this.#entities[place]
      const source = from.#entities[place]
      if (target && source) takeEntity(target, source)
    }
    keys.forEach((slotKeys, slot) => {
      const target = this.#indexes[slot]
      const source = from.#indexes[slot]
      if (!slotKeys || !target || !source) return
      for (const key of slotKeys) target.takeKey(source, key, same)
    })
  }

  /**
   * Record who put out a paper of a kind (`Acme said in a statement`): `the statement` said
   * after it speaks for them.
   *
   * @param head The paper's noun (`statement`).
   * @param issuer Who put it out.
   * @param paragraph Where the text said so.
   */
  showIssuer(head: string, issuer: Entity, paragraph: number): void {
    this.trace?.saw(issuer)
    const known = this.#issuers.get(head)
    if (known?.entity === issuer && known.paragraph === paragraph) return
    this.trace?.note('issuer', head, issuer.index, paragraph)
    this.#issuers.set(head, { entity: issuer, paragraph })
  }

  /**
   * Who last put out a paper of this kind, if the text said so in the last few paragraphs.
   *
   * @param head The paper's noun.
   * @param paragraph The paragraph being read.
   */
  issuerOf(head: string, paragraph: number): Entity | undefined {
    const known = this.#issuers.get(head)
    return known && paragraph - known.paragraph <= 2 ? known.entity : undefined
  }

  /**
   * Who put out the paper the text said so of last, of any kind, in the last few paragraphs:
   * an entry or a page is of the diary or notebook someone was said to keep.
   *
   * @param paragraph The paragraph being read.
   * @param reach How many paragraphs back the text may have said so.
   */
  latestIssuer(paragraph: number, reach = 2): Entity | undefined {
    let latest: { entity: Entity; paragraph: number } | undefined
    for (const known of this.#issuers.values()) {
      if (!latest || known.paragraph >= latest.paragraph) latest = known
    }
    if (latest) this.trace?.saw(latest.entity)
    return latest && paragraph - latest.paragraph <= reach ? latest.entity : undefined
  }

  #addAnonymous(mention: Mention): Entity {
    const key = phraseKey(mention.name)
    let entity = this.#anonymousByPhrase.get(key)
    if (!entity) {
      // Anonymous sources join by their phrase alone: they need no name keys.
      entity = this.#create(mention, 'anonymous', [])
      entity.aliases.add(mention.name)
      entity.gender = mention.gender
      this.#anonymousByPhrase.set(key, entity)
    }
    return entity
  }

  /** The writer of the text, who speaks as `I` (one entity per document, created when needed). */
  author(): Entity {
    this.trace?.note('author')
    // Every `I` of a document asks: the entity, once made, stays the one for the writer. It
    // joins no phrase and has no head, so that `the author` of a book said is someone else.
    let author = this.#author.get('')
    if (!author) {
      author = this.#create(
        {
          kind: 'anonymous',
          first: 0,
          end: 0,
          name: 'the author',
          titles: [],
          head: '',
          organization: false,
          gender: 'unknown',
          plural: false,
          antecedent: undefined,
          role: undefined,
        },
        'anonymous',
        [],
      )
      author.aliases.add('the author')
      author.writer = true
      this.#author.set('', author)
    }
    return author
  }

  /**
   * The most recent anonymous source with a head (`the official` after `a senior official`).
   *
   * @param head Lower-case head word.
   */
  anonymousByHead(head: string): Entity | undefined {
    return this.#latestByHead.get(head)
  }
}

// Whether a gender a mention shows and an entity's agree: equal, or either unknown.
function gendersAgree(gender: Gender, entity: Entity): boolean {
  return gender === 'unknown' || entity.gender === 'unknown' || entity.gender === gender
}

/**
 * Whether an entity's name ends in the name keys given, or does before a generational suffix
 * (`Doe` for `Tom Doe III`): how a surname alone, in a subhead or a headline, finds the person.
 *
 * @param entity The entity.
 * @param keys Name keys (see `nameKeys`).
 */
export function nameEndsWith(entity: Entity, keys: readonly string[]): boolean {
  return (
    lastKeysAre(entity.keys, keys) ||
    (endsInSuffix(entity.name) && lastKeysAre(entity.keys.slice(0, -1), keys))
  )
}

// Whether `keys` are the last keys of a name's, or all of them.
function lastKeysAre(name: readonly string[], keys: readonly string[]): boolean {
  if (keys.length > name.length) return false
  const offset = name.length - keys.length
  return keys.every((key, index) => name[offset + index] === key)
}

/**
 * Whether a name ends in a generational suffix (`Jane Doe Jr.`, `Tom Roe III`).
 *
 * @param name The name as written.
 */
export function endsInSuffix(name: string): boolean {
  return suffixOf(name) !== ''
}

/**
 * The generational suffix a name ends in, lower case without its stop (`jr` of `Jane Doe
 * Jr.`), or ''.
 *
 * @param name The name as written.
 */
export function suffixOf(name: string): string {
  const last = name
    .slice(name.lastIndexOf(' ') + 1)
    .replace(/[.,]/g, '')
    .toLowerCase()
  return nameSuffixes.has(last) ? last : ''
}

// A title's words, lower case, without an abbreviation's full stop (`Lt. Gov.` → `lt`, `gov`).
// A title's words and the parts of its hyphenated ones (`vice` of `Vice-President`).
function officeWords(title: string): string[] {
  return titleWords(title).flatMap((word) => word.split('-'))
}

function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/\.$/u, ''))
}

// The gender a name mention shows: by its title (`Mr.`), else by a known given name.
function genderOf(mention: Mention, keys: readonly string[]): Gender {
  if (mention.gender !== 'unknown' || keys.length < 2) return mention.gender
  const name = mention.name
  let end = 0
  while (end < name.length && !isBlank(name.charCodeAt(end))) end++
  const written = name.slice(0, end)
  const given = written.toLowerCase()
  // (`bin Salman`, `ben Youssef`: a surname a particle opens shows no given name.)
  if (isNameParticle(written, given)) return 'unknown'
  // `Bakari Springs`, `Port Maren`: a name its own words make a place's shows no one's gender,
  // whatever given name it opens with.
  const lastWritten = name.slice(name.lastIndexOf(' ') + 1)
  const last = lastWritten.toLowerCase()
  if (placeLastWords.has(last) || (keys.length === 2 && placeFirstWords.has(given)))
    return 'unknown'
  // `Nur Aisyah binti Kamal`: a patronymic says whose daughter or son.
  const patronymic = patronymicAt(name)
  if (patronymic > 0)
    return patronymics.get(name.split(' ')[patronymic]?.toLowerCase() ?? '') ?? 'unknown'
  const gender = givenNameGenderOf(given)
  if (gender) return gender
  // `Tran Van Duc`, `Nguyen Thi Mai`: a Vietnamese middle name in capitals says which.
  const words = name.split(' ')
  if (words.length === 3 && words[1] === 'Van') return 'male'
  if (words.length === 3 && words[1] === 'Thi') return 'female'
  // `Kang Seung-ho`, `Lee Seo-yeon`: a family name first and a given name of two syllables
  // joined by a hyphen last, as Korean names are written; so `Zhang Meiling` after a family
  // name that is written first. (Not `Deja Stewart`: a surname that is a given name too; nor
  // `Olamide Adebayo-Smith`, two surnames joined, each with its capital.)
  const syllables = /-\p{Ll}/u.test(lastWritten)
  return keys.length === 2 && (syllables || familyNamesFirst.has(given))
    ? (givenNameGenderOf(last) ?? 'unknown')
    : 'unknown'
}

/** The words of a source phrase without its determiner, lower case (`senior u.s. official`). */
export function phraseKey(phrase: string): string {
  let text = phrase.toLowerCase()
  if (text.includes('’')) text = text.replaceAll('’', "'")
  // Phrases come as the text writes them, words one space apart: then the first space ends the
  // first word and nothing needs splitting. Other spacing takes the general path.
  const space = singleSpaced(text) ? text.indexOf(' ') : -2
  if (space === -2) {
    const words = text.split(/\s+/)
    if (words.length > 1 && determiners.has(words[0] ?? '')) words.shift()
    return words.join(' ')
  }
  return space > 0 && determiners.has(text.slice(0, space)) ? text.slice(space + 1) : text
}

// Whether words are one plain space apart, with no blank at either end.
function singleSpaced(text: string): boolean {
  let previousBlank = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const blank = code === 32
    if (blank ? previousBlank : isBlank(code)) return false
    previousBlank = blank
  }
  return !previousBlank || text.length === 0
}

// Built once: the bundler turns a `\p{…}` literal into a `new RegExp` call, made at each call
// when it stands inside a function.
const acronymForm = /^\p{Lu}{2,8}$/u
const capitalStart = /^\p{Lu}/u

/** Whether a word is written as an acronym: capitals alone (`ICB`, `DSG`). */
export function isAcronym(text: string): boolean {
  return acronymForm.test(text)
}

function acronymOf(name: string): string {
  const bareName = name.replace(/['’]s$/u, '').replace(/\./g, '')
  return acronymForm.test(bareName) ? bareName : ''
}

function initialsOf(name: string): string {
  // (Mapped packed: see `packedMap`.)
  return packedMap(
    name.split(/[\s-]+/).filter((word) => capitalStart.test(word)),
    (word) => word.charAt(0),
  ).join('')
}

// Whether the keys of a name end with those of a shorter one that opens with a particle
// (`von der Leyen`): `Republican Donald Trump` is a modifier before a name, not a longer name.
function endsWithKeys(
  longer: readonly string[],
  shorter: readonly string[],
  shorterName: string,
): boolean {
  if (shorter.length >= longer.length) return false
  // `von der Leyen`, `Garrido Márquez`, `Abu Zaid`: a surname of several words opens with a
  // particle or a word that is no given name (`Ann Smith` is not `Mary Ann Smith`).
  const written = shorterName.slice(0, shorterName.indexOf(' '))
  const opening = written.toLowerCase()
  const folded = opening.normalize('NFD').replace(/\p{M}/gu, '')
  if (!isNameParticle(written, opening) && givenNameGender.has(folded)) return false
  const offset = longer.length - shorter.length
  return shorter.every((key, index) => longer[offset + index] === key)
}

// Add an entity to the set under a key: a change of what the key held (the entities in it are
// not read).
function addTo(index: TableIndex<Set<Entity>, Entity>, key: string, entity: Entity): void {
  index.update(key, (set = new Set()) => set.add(entity))
}

// Add an entity to the list under a key once (see `addTo`).
function addToList(index: TableIndex<Entity[], Entity>, key: string, entity: Entity): void {
  index.update(key, (list = []) => {
    if (!list.includes(entity)) list.push(entity)
    return list
  })
}

// Make an entity hold what another reading's entity at its place holds: field by field, in the
// order of `copyEntity`, its sets copied and its keys shared (they are replaced, never changed).
// (No field holds another entity: nothing to make this table's.)
function takeEntity(target: Entity, source: Entity): void {
  target.name = source.name
  target.kind = source.kind
  target.aliases = new Set(source.aliases)
  target.titles = new Set(source.titles)
  target.gender = source.gender
  target.plural = source.plural
  target.head = source.head
  target.keys = source.keys
  target.place = source.place
  target.writer = source.writer
  target.byThey = source.byThey
  target.placedOnly = source.placedOnly
  target.role = source.role
}

// The initials of a title's capitalized words, lower case (`dsg` for `Deputy Solicitor
// General`, `mp` for `Member of Parliament`), or null for a title of fewer than two.
function titleInitials(title: string): string | null {
  const capitals = title.split(/[\s-]+/u).filter((word) => /^\p{Lu}\p{Ll}/u.test(word))
  return capitals.length >= 2
    ? packedMap(capitals, (word) => word.charAt(0).toLowerCase()).join('')
    : null
}

// Words that open the names of many bodies (`National …`, `United …`): no name cut to one of
// them says which.
const sharedOpenings: ReadonlySet<string> = new Set(
  `the national united american international royal federal first new general global central
  north south east west northern southern eastern western state city county public people's
  people’s great british european world`.split(/\s+/),
)

// Whether a body's name ends in a word that says it is a company or a club (`Inc.`,
// `Logistics`, `Mining`, `Media`, `Cricket Club`).
function namedAsCompany(entity: Entity): boolean {
  const last = lastWordOf(entity.name)
  if (companyWords.has(last) || clubWords.has(last)) return true
  if (!tradeEndings.has(last) || entity.keys.length < 2) return false
  // (`Cobalt Ridge Mining`, read as a person's name, is a company's too, unless a title said it
  // was someone's.)
  return entity.kind === 'organization' || entity.titles.size === 0
}

// Where a patronymic particle stands among a name's words (`binti` of `Nur Aisyah binti
// Kamal`), or -1: the words before it are given names, not a surname.
function patronymicAt(name: string): number {
  const words = name.split(' ')
  return words.findIndex(
    (word, index) =>
      index > 0 && isNameParticle(word, word.toLowerCase()) && patronymics.has(word.toLowerCase()),
  )
}

// The keys of the given names before a patronymic (`nur`, `aisyah` of `Nur Aisyah binti
// Rahman`), or none.
function givenKeysBeforePatronymic(name: string): string[] {
  const patronymic = patronymicAt(name)
  return patronymic > 0 ? nameKeys(name.split(' ').slice(0, patronymic).join(' ')) : []
}

/**
 * A name's last word in lower case, without a full stop (`inc` of `Nerandt Devices Inc.`).
 *
 * @param name The name as written.
 */
export function lastWordOf(name: string): string {
  return name
    .slice(name.lastIndexOf(' ') + 1)
    .toLowerCase()
    .replace(/\.$/u, '')
}

// Whether a word is a form of a verb the cue lexicon knows (`goes`, `says`).
function verbWord(word: string): boolean {
  return cueForms.has(word) || phrasalCueForms.has(word)
}
