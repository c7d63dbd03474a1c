import { determiners, prepositions, verbModifiers } from '../lexicon/function-words.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import { isClosedClass } from '../tokenize/word-classes.js'
import { personNoun, scanMentions } from './clauses.js'
import type { Mention } from './mentions.js'
import { genericEndingAt, textOf } from './mentions.js'

/**
 * The people or bodies joined by `and` that open a sentence as its subject (`Jane Doe and Tom
 * Roe filed the suit`, `The mayor, the governor and two aides met`), as one plural phrase for
 * the `they` that may follow; or null.
 *
 * Each part is a phrase for one speaker (a name or a singular description); the joined phrase
 * is a group, not any one of them, so it is read only where a plural pronoun asks for it.
 *
 * @param tokens The sentence's paragraph tokens.
 * @param first Index of the sentence's first token.
 * @param end Index past the sentence's last token.
 */
export function coordinatedOpening(
  tokens: readonly FrameToken[],
  first: number,
  end: number,
): Mention | null {
  // `Both the mayor and the governor`: `both` only stresses the pair.
  const start = tokens[first]?.lower === 'both' ? first + 1 : first
  let at = start
  let parts = 0
  let joined = false
  let last: Mention | null = null
  // A list is short in news (`A, B and C`): a long run of commas is not one subject.
  while (parts < 6) {
    const part = partAt(tokens, at, end)
    if (!part || part.plural || part.kind === 'pronoun') return null
    parts++
    last = part
    const joint = tokens[part.end]
    if (joined || !joint) break
    if (joint.lower === 'and') joined = true
    else if (joint.text !== ',') break
    // The Oxford comma: `A, B, and C`.
    at = tokens[part.end + 1]?.lower === 'and' ? part.end + 2 : part.end + 1
    if (tokens[part.end + 1]?.lower === 'and') joined = true
  }
  if (!joined || parts < 2 || !last) return null
  // The phrase is the subject only when a verb follows it: a lower-case word that opens no
  // phrase of its own (`filed`, `were`, `also`, not `of` or `the`).
  const next = tokens[last.end]
  if (!next?.word || next.capitalized || prepositions.has(next.lower)) return null
  if (isClosedClass(next) && !verbModifiers.has(next.lower)) return null
  const name = textOf(tokens, start, last.end - 1)
  // An article opening a sentence is written as it reads inside one (`the mayor and …`).
  const article = determiners.has((tokens[start] as FrameToken).lower)
  return {
    kind: 'anonymous',
    first: start,
    end: last.end,
    name: article ? name.charAt(0).toLowerCase() + name.slice(1) : name,
    titles: [],
    head: last.head,
    organization: false,
    gender: 'unknown',
    plural: true,
  }
}

// One part of the list: a mention as a clause's subject is read (not the longest phrase from
// here, which runs on into the verb: `the governor attended`), or else the shortest article
// phrase for someone (`the bus driver`), in no list.
function partAt(tokens: readonly FrameToken[], at: number, end: number): Mention | null {
  const mention = scanMentions(tokens, at, end)[0]
  if (mention?.first === at) return mention
  const high = mention ? Math.min(mention.first, end) : end
  for (let last = at + 1; last < high && last <= at + 4; last++) {
    const phrase = genericEndingAt(tokens, last, at)
    if (phrase?.first === at && personNoun(phrase.head)) return phrase
  }
  return null
}
