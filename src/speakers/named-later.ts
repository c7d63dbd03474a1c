import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import type { Attribution } from './attribute-speakers.js'
import { renameSpeakers } from './attribution-copy.js'
import { personNoun } from './clauses.js'
import type { Entity, EntityTable } from './entities.js'
import type { Mention } from './mentions.js'
import { mentionStartingAt } from './mentions.js'

/**
 * Give a quote its speaker's name where the story named them by a role first and by name only
 * later, referring back with the role: `The duty controller told reporters: “…”` … `The duty
 * controller, Leilani Ferreira, added`; `“…,” a spokeswoman said.` … `The spokeswoman was later
 * identified as Zanele Achterberg.` The role's phrase, definite, set beside the name, says the
 * two are one person, and only once the whole text is read is it known.
 *
 * Only a role that spoke as someone the text did not name (one person, not a group), and only
 * when one name is given it later.
 *
 * @param read The document's paragraphs.
 * @param attributions Each paragraph's attributions, changed in place.
 * @param entities The document's entities.
 */
export function nameRolesGivenLater(
  read: readonly QuotedParagraph[],
  attributions: (Attribution | null)[][],
  entities: EntityTable,
): void {
  // The described speakers, each with the first paragraph it spoke in.
  const described = new Map<Entity, number>()
  attributions.forEach((row, index) => {
    for (const attribution of row) {
      const entity = attribution?.entity
      if (!entity || described.has(entity) || !unnamedSomeone(entity)) continue
      described.set(entity, index)
    }
  })
  if (described.size === 0) return
  const heads = new Set([...described.keys()].map((entity) => entity.head))
  const renamed = new Map<Entity, Entity | null>()
  read.forEach((paragraph, index) => {
    for (const { head, name } of rolesNamedIn(paragraph)) {
      if (!heads.has(head)) continue
      const person = personNamed(name, entities)
      if (!person) continue
      for (const [entity, first] of described) {
        if (entity.head !== head || first > index || entity === person) continue
        // (Two names for one role: which is whom is unknown.)
        const known = renamed.get(entity)
        renamed.set(entity, known === undefined || known === person ? person : null)
      }
    }
  })
  renameSpeakers(attributions, renamed)
}

// A definite role's head word and the name the paragraph gives it.
interface RoleNamed {
  head: string
  name: Mention
}

// The roles a paragraph names, kept by paragraph: they depend on its words alone, and an
// editor asks again on every keystroke of the paragraphs it did not change.
const namedRoles = new WeakMap<QuotedParagraph, readonly RoleNamed[]>()

function rolesNamedIn(paragraph: QuotedParagraph): readonly RoleNamed[] {
  let found = namedRoles.get(paragraph)
  if (found) return found
  const tokens = paragraph.tokens
  const roles: RoleNamed[] = []
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as FrameToken
    if (!token.word || token.quote >= 0 || !definiteBefore(tokens, at)) continue
    const name = laterName(tokens, at + 1, tokens.length)
    if (name) roles.push({ head: token.lower, name })
  }
  found = roles
  namedRoles.set(paragraph, found)
  return found
}

// One person the text describes and never names: no name keys, not a group, a noun for someone.
function unnamedSomeone(entity: Entity): boolean {
  return (
    entity.kind === 'anonymous' &&
    entity.keys.length === 0 &&
    !entity.plural &&
    !entity.writer &&
    personNoun(entity.head)
  )
}

// Whether `the` stands within four words before the word at `at` (`the duty controller`).
function definiteBefore(tokens: readonly FrameToken[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - 4; index--) {
    const token = tokens[index] as FrameToken
    if (!token.word) return false
    if (token.lower === 'the') return true
  }
  return false
}

// The name a definite role phrase, ending right before `at`, gives its person: set off after it
// (`The duty controller, Leilani Ferreira,`), after `was identified as` (`The spokeswoman was
// later identified as Zanele Achterberg`), or in a relative clause of naming themselves (`The
// man, who later identified himself as Erik Demir,`); or null.
function laterName(tokens: readonly FrameToken[], at: number, end: number): Mention | null {
  // `The man, who later identified himself as Erik Demir,`, `The caller, who gave her name as
  // Ana Roe,`: a relative clause in which they name themselves.
  if (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'who') {
    let verb = at + 2
    if (laterWords.has(tokens[verb]?.lower ?? '')) verb++
    const lower = tokens[verb]?.lower
    const named =
      (lower === 'identified' && reflexives.has(tokens[verb + 1]?.lower ?? '')) ||
      (lower === 'gave' && tokens[verb + 2]?.lower === 'name')
    const as = lower === 'identified' ? verb + 2 : verb + 3
    if (!named || tokens[as]?.lower !== 'as') return null
    const name = mentionStartingAt(tokens, as + 1, end)
    return name?.kind === 'name' ? name : null
  }
  if (tokens[at]?.text === ',') {
    const name = mentionStartingAt(tokens, at + 1, end)
    // (Set off: a comma or a bracket after it, or a verb right after, `The analyst, Siti
    // binti Aminah said`.)
    const after = name ? tokens[name.end] : undefined
    const setOff = after !== undefined && (after.text === ',' || after.text === '(' || after.cue)
    return name?.kind === 'name' && setOff ? name : null
  }
  if (tokens[at]?.lower !== 'was' && tokens[at]?.lower !== 'is') return null
  at++
  if (laterWords.has(tokens[at]?.lower ?? '')) at++
  if (!identifyingVerbs.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'as') return null
  const name = mentionStartingAt(tokens, at + 2, end)
  return name?.kind === 'name' ? name : null
}

const identifyingVerbs = new Set(['identified', 'named'])

// Words between the subject and the verb that names them (`was later identified`).
const laterWords = new Set(['later', 'since', 'then'])

const reflexives = new Set(['himself', 'herself', 'themselves'])

// The person the table holds under a name's spelling, or undefined.
function personNamed(name: Mention, entities: EntityTable): Entity | undefined {
  let found: Entity | undefined
  for (const entity of entities.everyone()) {
    if (entity.kind !== 'person' || !entity.aliases.has(name.name)) continue
    if (found) return undefined
    found = entity
  }
  return found
}
