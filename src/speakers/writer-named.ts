import { pressRoles } from '../lexicon/people-nouns.js'
import type { QuotedParagraph } from '../quotes/quoted-paragraph.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import type { Attribution } from './attribute-speakers.js'
import { renameSpeakers } from './attribution-copy.js'
import type { Entity, EntityTable } from './entities.js'
import type { Mention } from './mentions.js'
import { mentionStartingAt } from './mentions.js'

/**
 * Give the writer's quotes (`In 2014, I wrote in this space that the plan was “unworkable.”`)
 * the writer's name, where the text gives it in a byline (`By Anna Vogt`, `Stefan Vogt,
 * Contributing Columnist`, `By Ana Roe | Columnist`) or in a line about the writer at its end
 * (`Anna Vogt writes about local government for the Gazette.`, `Tom Roe is a columnist for
 * …`). Only once the whole text is read is the last line known, and a byline names no one in
 * the table until then: so this is done after the speakers are found, on every `I` at once.
 *
 * Only when one name is given: two bylines say nothing of which one is `I`.
 *
 * @param read The document's paragraphs.
 * @param attributions Each paragraph's attributions, changed in place.
 * @param entities The document's entities.
 */
export function nameTheWriter(
  read: readonly QuotedParagraph[],
  attributions: (Attribution | null)[][],
  entities: EntityTable,
): void {
  let writer: Entity | undefined
  for (const row of attributions) {
    for (const attribution of row) if (attribution?.entity.writer) writer = attribution.entity
  }
  if (writer?.kind !== 'anonymous') return
  const names = new Set<string>()
  let found: Mention | null = null
  read.forEach((paragraph, index) => {
    const near = index < bylineReach || index >= read.length - taglineReach
    const name = near && paragraph.quotes.length === 0 ? writerNamed(paragraph.tokens) : null
    if (!name) return
    names.add(name.name)
    found = name
  })
  if (!found || names.size !== 1) return
  renameSpeakers(attributions, new Map([[writer, entities.add(found)]]))
}

// How many paragraphs from the top a byline may stand, and from the end a line on the writer.
const bylineReach = 4
const taglineReach = 2

// The writer a paragraph names: `By Anna Vogt` (then, set off, anything: `| Columnist`), a name
// with a writer's role set off after it (`Stefan Vogt, Contributing Columnist`), or a name and
// `writes` or `is` and a writer's role (`Anna Vogt writes about …`, `Tom Roe is a columnist`).
function writerNamed(tokens: readonly FrameToken[]): Mention | null {
  const by = tokens[0]?.lower === 'by'
  const name = mentionStartingAt(tokens, by ? 1 : 0, tokens.length)
  if (name?.kind !== 'name' || name.organization || name.first !== (by ? 1 : 0)) return null
  const next = tokens[name.end]
  if (by) return next === undefined || bylineMarks.has(next.text) ? name : null
  if (next?.lower === 'writes') return name
  if (next === undefined || (!bylineMarks.has(next.text) && next.lower !== 'is')) return null
  // (A short line: the role within a few words, `is a columnist`, `, Contributing Columnist`.)
  for (let at = name.end + 1; at < tokens.length && at <= name.end + 4; at++) {
    const token = tokens[at] as FrameToken
    if (token.word && writerRoles.has(token.lower)) return name
  }
  return null
}

const bylineMarks = new Set(['|', ',', '—', '–', '-', '/'])

// Roles of those who write a piece (`columnist`, `contributor`), with those of the press.
const writerRoles: ReadonlySet<string> = new Set([...pressRoles, 'contributor', 'author'])
