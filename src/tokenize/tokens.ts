import type {
  Paragraph as NlcstParagraph,
  Root as NlcstRoot,
  Sentence as NlcstSentence,
} from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { calendarWords } from '../lexicon/function-words.js'
import { closingMarks, possessiveMarks } from '../lexicon/quote-marks.js'
import { nameSuffixes, titleWords } from '../lexicon/titles.js'
import { wordListsOf } from '../lexicon/word-lists.js'
import { itemAt } from './item-at.js'
import { packedMap } from './packed-map.js'
import type { Paragraph } from './paragraphs.js'
import { textAt } from './word-at.js'

// Bits of `Token`'s flags: eight booleans in one small integer rather than eight fields, and
// above them the word's lists (`lists`), up to bit 30 so that the integer stays small.
const wordBit = 1
const capitalizedBit = 2
const possessiveBit = 4
const cueBit = 8
const nameWordBit = 16
const nameFormBit = 32
const initialBit = 64
const pronounBit = 128
const booleanBits = 255
const listsShift = 8

/**
 * A word or punctuation mark of a paragraph, with offsets relative to the paragraph.
 *
 * A class rather than an object literal: a paragraph of a million marks keeps a million tokens,
 * and its eight booleans share one field here (read and written through the prototype's
 * accessors), where a literal gives each its own.
 */
export class Token {
  // The word's three spellings change only together with `lists`, in `respell`.
  /** The token's text. */
  readonly text: string
  /** Lower-case text, for lexicon lookups (`text` itself when it has no capital). */
  readonly lower: string
  /** Lower case without a possessive ending (`kazakhstan’s` → `kazakhstan`). */
  readonly bare: string
  /** Offset of the first code unit in the paragraph. */
  start: number
  /** Index of the top-level quote whose marks enclose the token, or -1 (set by the quote stage). */
  quote: number
  // The booleans below and the word's lists, packed; a field (not `#private`) so that deep
  // equality still sees them.
  private flags: number

  /**
   * @param text The token's text.
   * @param lower Its lower case.
   * @param bare Its lower case without a possessive ending.
   * @param start Offset of its first code unit.
   * @param flags Its booleans, as `Token` packs them (copied from another token; its lists are
   *   found again from `lower` and `bare`).
   */
  constructor(text: string, lower: string, bare: string, start: number, flags: number) {
    this.text = text
    this.lower = lower
    this.bare = bare
    this.start = start
    this.quote = -1
    this.flags = (flags & booleanBits) | (wordListsOf(lower, bare) << listsShift)
  }

  /**
   * Spell the token's word anew, and give it the lists of the new spelling.
   *
   * @param text Its text.
   * @param lower Its lower case.
   * @param bare Its lower case without a possessive ending.
   */
  respell(text: string, lower: string, bare: string): void {
    ;(this as { text: string }).text = text
    ;(this as { lower: string }).lower = lower
    ;(this as { bare: string }).bare = bare
    this.flags = (this.flags & booleanBits) | (wordListsOf(lower, bare) << listsShift)
  }

  /**
   * The `WordList` bits of its word (`lexicon/word-lists.ts`): the lists its lower case and its
   * bare form are in, kept with them (in `flags`, no field of their own) so that a bit answers
   * as the list would.
   */
  get lists(): number {
    return this.flags >>> listsShift
  }

  /** A copy of the token, every field the same. */
  copy(): Token {
    const copy = new Token(this.text, this.lower, this.bare, this.start, this.flags)
    copy.quote = this.quote
    return copy
  }

  /**
   * Offset just past the token. Read from its text, which always spans it, rather than kept:
   * one field less on every token.
   */
  get end(): number {
    return this.start + this.text.length
  }

  /** Whether it is a word (letters or digits) rather than punctuation or a symbol. */
  get word(): boolean {
    return (this.flags & wordBit) !== 0
  }
  set word(value: boolean) {
    this.flags = value ? this.flags | wordBit : this.flags & ~wordBit
  }

  /** Whether it begins with an upper-case letter. */
  get capitalized(): boolean {
    return (this.flags & capitalizedBit) !== 0
  }
  set capitalized(value: boolean) {
    this.flags = value ? this.flags | capitalizedBit : this.flags & ~capitalizedBit
  }

  /** Whether the word ends in a possessive (`Freedonia’s`, `teachers’`). */
  get possessive(): boolean {
    return (this.flags & possessiveBit) !== 0
  }
  set possessive(value: boolean) {
    this.flags = value ? this.flags | possessiveBit : this.flags & ~possessiveBit
  }

  /** Whether it is a speech cue (set by the quote stage, which knows the paragraph's case). */
  get cue(): boolean {
    return (this.flags & cueBit) !== 0
  }
  set cue(value: boolean) {
    this.flags = value ? this.flags | cueBit : this.flags & ~cueBit
  }

  /** Whether it can be part of a proper name (set with `cue`; see `readDocumentNames`). */
  get nameWord(): boolean {
    return (this.flags & nameWordBit) !== 0
  }
  set nameWord(value: boolean) {
    this.flags = value ? this.flags | nameWordBit : this.flags & ~nameWordBit
  }

  /** Whether its form alone allows a name: capitalized, not a closed-class word or a cue. */
  get nameForm(): boolean {
    return (this.flags & nameFormBit) !== 0
  }
  set nameForm(value: boolean) {
    this.flags = value ? this.flags | nameFormBit : this.flags & ~nameFormBit
  }

  /** Whether it is the first word of its sentence, where any word is capitalized. */
  get initial(): boolean {
    return (this.flags & initialBit) !== 0
  }
  set initial(value: boolean) {
    this.flags = value ? this.flags | initialBit : this.flags & ~initialBit
  }

  /** Whether it is a subject pronoun: `he`, `she`, `they`, `it`. */
  get pronoun(): boolean {
    return (this.flags & pronounBit) !== 0
  }
  set pronoun(value: boolean) {
    this.flags = value ? this.flags | pronounBit : this.flags & ~pronounBit
  }
}

/** A sentence as retext-english found it, by token indexes and offsets. */
export interface SentenceSpan {
  /** Offset of the sentence's start in the paragraph. */
  start: number
  /** Offset of its end. */
  end: number
  /** Index of its first token. */
  firstToken: number
  /** Index past its last token. */
  endToken: number
}

/** The words and sentences of one paragraph. */
export interface TokenizedParagraph {
  /** Words and punctuation in order; white space dropped. */
  tokens: Token[]
  /** Sentences in order. */
  sentences: SentenceSpan[]
}

// One frozen processor for every paragraph: retext-english keeps `Mr. Roe` in one sentence,
// where the generic Latin parser would split it.
const processor = unified().use(retextEnglish).freeze()
const upperCase = /^\p{Lu}/u
const possessiveEnding = /['’]s?$/u

/**
 * Tokenize one paragraph with retext-english.
 *
 * The caller hands over a paragraph at a time: the parser's cost grows faster than linearly
 * with the length of the string, and a paragraph is where sentences and quotes end anyway.
 *
 * @param text The paragraph's text.
 * @returns Its tokens and sentences, with offsets relative to the paragraph.
 */
export function tokenizeParagraph(text: string): TokenizedParagraph {
  const tokens: Token[] = []
  const sentences: SentenceSpan[] = []
  // A very long paragraph is parsed in pieces cut at sentence ends, so that time stays linear.
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start)
    const root = processor.parse(start === 0 && end === text.length ? text : text.slice(start, end))
    for (const paragraph of root.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of (paragraph as NlcstParagraph).children) {
        if (sentence.type !== 'SentenceNode') continue
        addSentence(text, start, sentence, tokens, sentences)
      }
    }
    start = end
  }
  return settleTokens(tokens, sentences)
}

// The passes that mend the parser's tokens, whichever way they were read: stops split off
// words, stops of titles joined back, groups of digits joined into their number.
function settleTokens(tokens: Token[], sentences: SentenceSpan[]): TokenizedParagraph {
  return joinDigitGroups(joinTitleStops(splitWordStops(tokens, sentences)))
}

// `9,000 people`, `1,250,000`: the parser keeps a comma between groups of digits apart, and a
// phrase read word by word would stop at it as at a clause's comma. A comma with digits right on
// both sides, three after it, is part of the number.
function joinDigitGroups(paragraph: TokenizedParagraph): TokenizedParagraph {
  const { tokens } = paragraph
  const joins = (index: number): boolean => {
    const comma = tokens[index] as Token
    if (comma.text !== ',') return false
    const before = itemAt(tokens, index - 1)
    const after = itemAt(tokens, index + 1)
    return (
      before !== undefined &&
      after !== undefined &&
      before.end === comma.start &&
      after.start === comma.start + 1 &&
      /\d$/u.test(before.text) &&
      /^\d{3}(?!\d)/u.test(after.text)
    )
  }
  // (The comma and the group after it join the number read so far.)
  return foldTokens(
    paragraph,
    (index) => (joins(index) ? 2 : 0),
    (number, [, group]) => {
      const joined = number.copy()
      const text = `${number.text},${(group as Token).text}`
      joined.respell(text, lowerCase(text), lowerCase(text))
      return joined
    },
  )
}

// Rebuilds a paragraph's tokens and sentence spans, folding into the token before it the
// `fold(index)` tokens from each index that asks for it (none where it gives 0), within its
// sentence: the same paragraph when nothing folds.
function foldTokens(
  paragraph: TokenizedParagraph,
  fold: (index: number) => number,
  merge: (previous: Token, folded: readonly Token[]) => Token,
): TokenizedParagraph {
  const { tokens, sentences } = paragraph
  let found = false
  for (let index = 1; index + 1 < tokens.length && !found; index++) found = fold(index) > 0
  if (!found) return paragraph
  const joined: Token[] = []
  const spans: SentenceSpan[] = []
  for (const sentence of sentences) {
    const first = joined.length
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      const count = joined.length > first ? fold(index) : 0
      if (count > 0 && index + count <= sentence.endToken) {
        joined[joined.length - 1] = merge(
          joined[joined.length - 1] as Token,
          tokens.slice(index, index + count),
        )
        index += count - 1
        continue
      }
      joined.push(tokens[index] as Token)
    }
    spans.push({ ...sentence, firstToken: first, endToken: joined.length })
  }
  return { tokens: joined, sentences: spans }
}

/**
 * Join a plural's possessive mark to the plural (`the nurses’ union`, `Davis’ aides`): the
 * parser keeps the mark apart, and a phrase read word by word would stop at it. A mark that
 * opens or closes a quote stays a mark.
 *
 * @param paragraph The paragraph's tokens and sentences.
 * @param quoteMarks Offsets of the marks that open or close the paragraph's quotes.
 * @returns The same paragraph when nothing joins; otherwise one with new arrays.
 */
export function joinPluralPossessives(
  paragraph: TokenizedParagraph,
  quoteMarks: ReadonlySet<number>,
): TokenizedParagraph {
  const { tokens } = paragraph
  const joins = (index: number): boolean => {
    const mark = tokens[index] as Token
    if (!possessiveMarks.has(mark.text)) return false
    const plural = itemAt(tokens, index - 1)
    const next = itemAt(tokens, index + 1)
    return (
      plural !== undefined &&
      next !== undefined &&
      plural.word &&
      !plural.possessive &&
      plural.end === mark.start &&
      // A space, then a word: `nurses’ union`, not `nurses’.` or `nurses’union`.
      next.start === mark.start + 2 &&
      next.word &&
      (plural.lower.endsWith('s') || plural.lower.endsWith('z') || plural.lower.endsWith('x')) &&
      !quoteMarks.has(mark.start)
    )
  }
  return foldTokens(
    paragraph,
    (index) => (joins(index) ? 1 : 0),
    (plural, [mark]) => {
      const possessive = plural.copy()
      const text = `${plural.text}${(mark as Token).text}`
      possessive.respell(text, lowerCase(text), plural.lower)
      possessive.possessive = true
      return possessive
    },
  )
}

// `Adm. Jane Doe`, `Gov. Doe`, `the No. 2 in the leadership`: an abbreviated title before a
// name, or an abbreviation before a number, that the parser does not know ends no sentence;
// its full stop belongs to it. Titles whose stop the parser keeps need nothing.
function joinTitleStops(paragraph: TokenizedParagraph): TokenizedParagraph {
  const { tokens, sentences } = paragraph
  let found = false
  // A full stop glued to a capitalized word comes first: most words skip the lookup.
  for (let index = 1; index + 1 < tokens.length; index++) {
    const stop = tokens[index] as Token
    if (stop.text !== '.') continue
    if (joinsStop(itemAt(tokens, index - 1) as Token, stop, tokens[index + 1])) {
      found = true
      break
    }
  }
  if (!found) return paragraph
  const joined: Token[] = []
  const spans: SentenceSpan[] = []
  let open: SentenceSpan | null = null
  for (const sentence of sentences) {
    const first = joined.length
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      const token = tokens[index] as Token
      const stop = tokens[index + 1]
      if (token.word && stop && joinsStop(token, stop, tokens[index + 2])) {
        const joinedToken = token.copy()
        const text = `${token.text}.`
        const lower = lowerCase(text)
        joinedToken.respell(text, lower, lower)
        joined.push(joinedToken)
        index++
        continue
      }
      joined.push(token)
    }
    const span = { ...sentence, firstToken: first, endToken: joined.length }
    // A sentence that ended at the title's stop goes on into the next one.
    const last = itemAt(joined, joined.length - 1)
    if (open) {
      open.end = span.end
      open.endToken = span.endToken
    } else spans.push(span)
    open = last && (isTitleStop(last.lower) || numberStops.has(last.lower)) ? (open ?? span) : null
  }
  return { tokens: joined, sentences: spans }
}

// Whether the full stop after a word belongs to it: a title before a name (`Gov. Doe`) or an
// abbreviation before a number (`No. 2`, `art. 12`).
function joinsStop(token: Token, stop: Token, next: Token | undefined): boolean {
  if (stop.text !== '.' || stop.start !== token.end || !next) return false
  if (next.capitalized) return titleCased(token) && isTitleStop(`${token.lower}.`)
  return /^\d/u.test(next.text) && numberStops.has(`${token.lower}.`)
}

// Abbreviations that stand before a number and end no sentence there.
const numberStops: ReadonlySet<string> = new Set(['no.', 'nos.', 'art.', 'vol.', 'fig.', 'sec.'])

// Abbreviated titles, with their full stop, as the title lexicon spells them.
const titleStops: ReadonlySet<string> = new Set(
  [...titleWords].filter((word) => word.endsWith('.')),
)

// `Gov.`, and `ex-Gov.` with it.
function isTitleStop(word: string): boolean {
  if (titleStops.has(word)) return true
  const dash = word.indexOf('-')
  // `ex-Gov.`, `then-Gov.`
  return dash > 0 && dash < 5 && titleStops.has(word.slice(dash + 1))
}

// A title is capitalized, after its `ex-` or `then-` too.
function titleCased(token: Token): boolean {
  return token.capitalized || /^(?:ex|then)-\p{Lu}/u.test(token.text)
}

// Words the parser reads as unit abbreviations (`in.` for inches) that news writes far more
// often as the last word of a sentence (`Doe chimed in.`).
const wordsBeforeStop: ReadonlySet<string> = new Set(['in.'])

// Whether the parser kept a full stop that ends a sentence with the word before it: `in.`, or
// the last word of a name that is also an abbreviation the parser knows (`Marine Le Pen.`,
// `Sean Penn.`), after another capitalized word and before a capital, a mark or nothing. A
// title's stop (`Sen. Doe`), an initial (`J.`), a name's suffix (`Jr.`) and dotted forms
// (`D.C.`) keep theirs.
function keptStop(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  if (wordsBeforeStop.has(token.lower)) return true
  // `She won by 30. He cried.`: the parser keeps the stop after a short number as an
  // ordinal's; after a word and before a capital, or at the paragraph's end (`… from
  // Metalworkers Local 412.`), it ends the sentence (a list's `1.` opens one).
  const code = token.text.charCodeAt(0)
  if (code >= 48 && code <= 57 && shortNumberStop.test(token.text)) {
    const next = tokens[index + 1]
    // (`a grant of £400.`, `rose to 400,000. The …`: past a currency's sign, or the groups of
    // digits before the last, the number still follows a word.)
    const previous = itemAt(tokens, index - 1)
    const numberOpens =
      previous?.word === true ||
      (previous !== undefined && currencySigns.has(previous.text)) ||
      (previous?.text === ',' && /\d$/u.test(itemAt(tokens, index - 2)?.text ?? ''))
    return numberOpens && (next === undefined || (next.word && next.capitalized))
  }
  // `after 9 p.m. “I’ve never been so scared,”`, `at 6 a.m. According to …`: a clock's
  // abbreviation ends the sentence before a capital that is no day, month or zone (`9 p.m.
  // Friday`, `p.m. EST`), or before an opening mark.
  // (After a time's number only: `A.M. Ahmadi` is a name's initials.)
  if (clockStops.has(token.lower) && /^\d/u.test(itemAt(tokens, index - 1)?.text ?? '')) {
    const next = tokens[index + 1]
    if (!next) return false
    // (`7:02 a.m. Pacific time`, `9 p.m. Moscow time`: a zone named before `time` too; `3 p.m.
    // AEST`: a zone's letters in capitals ending in `T`, as most zones' do.)
    return next.word
      ? next.capitalized &&
          !clockFollowers.has(next.lower) &&
          !zoneLetters.test(next.text) &&
          tokens[index + 2]?.lower !== 'time'
      : // (A mark after a space opens; one right after the stop closes the quote it ends.)
        next.start > token.end && closingMarks[next.text] !== undefined
  }
  const text = token.text
  // `posted on X. The post …`: a letter alone after a word in lower case is no initial of a
  // name, before a word that opens sentences.
  if (singleLetterStop.test(text)) {
    const previous = itemAt(tokens, index - 1)
    const next = itemAt(tokens, index + 1)
    return (
      previous?.word === true &&
      !previous.capitalized &&
      next?.word === true &&
      sentenceOpeners.has(next.lower)
    )
  }
  if (!token.capitalized || text.length < 4 || text.indexOf('.') !== text.length - 1) return false
  const word = token.lower.slice(0, -1)
  if (isTitleStop(token.lower) || nameSuffixes.has(word) || companySuffixes.has(word)) return false
  const previous = itemAt(tokens, index - 1)
  const next = itemAt(tokens, index + 1)
  if (!previous?.word || !previous.capitalized || previous.text.endsWith('.')) return false
  return !next || next.capitalized || !next.word
}

const shortNumberStop = /^\d{1,3}\.$/u
const singleLetterStop = /^\p{Lu}\.$/u

// Capitalized words that open sentences and no name goes on with (`The`, `It`).
const sentenceOpeners: ReadonlySet<string> = new Set(
  'the a an it he she they we i this that his her its their but and in on at'.split(' '),
)
const currencySigns = new Set(['£', '$', '€', '¥', '₹'])

const zoneLetters = /^\p{Lu}{1,4}T$/u

// A clock's abbreviations, and the capitals that go on with the time after them.
const clockStops: ReadonlySet<string> = new Set(['a.m.', 'p.m.'])
const clockFollowers: ReadonlySet<string> = new Set([
  ...calendarWords,
  ...'et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet eastern central mountain pacific'.split(
    ' ',
  ),
])

// Abbreviations that end a company's name, as suffixes end a person's.
const companySuffixes: ReadonlySet<string> = new Set(['inc', 'ltd', 'co', 'corp'])

// `Doe chimed in. “…”`: a word and its full stop, where the parser kept `in.` whole; a sentence
// ends there when a capital or an opening mark follows.
function splitWordStops(tokens: Token[], sentences: SentenceSpan[]): TokenizedParagraph {
  if (!tokens.some((token, index) => token.word && keptStop(tokens, index))) {
    return { tokens, sentences }
  }
  const split: Token[] = []
  const spans: SentenceSpan[] = []
  for (const sentence of sentences) {
    let first = split.length
    let start = sentence.start
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      const token = tokens[index] as Token
      if (!token.word || !keptStop(tokens, index)) {
        split.push(token)
        continue
      }
      const word = token.copy()
      const text = token.text.slice(0, -1)
      const lower = lowerCase(text)
      word.respell(text, lower, lower)
      split.push(word)
      const stop = token.copy()
      stop.respell('.', '.', '.')
      stop.start = token.end - 1
      stop.word = false
      stop.capitalized = false
      stop.initial = false
      split.push(stop)
      const next = tokens[index + 1]
      if (index + 1 < sentence.endToken && next && (next.capitalized || !next.word)) {
        spans.push({ start, end: token.end, firstToken: first, endToken: split.length })
        first = split.length
        start = next.start
        next.initial = next.word
      }
    }
    spans.push({ start, end: sentence.end, firstToken: first, endToken: split.length })
  }
  return { tokens: split, sentences: spans }
}

// Longest piece of a paragraph given to the parser at once, in UTF-16 code units.
const pieceLength = 4096

// Where the piece that starts at `start` ends: after a sentence end and its blanks if one falls
// in the second half of the window, else at a blank, else anywhere but inside a surrogate pair.
function pieceEnd(text: string, start: number): number {
  const limit = start + pieceLength
  if (limit >= text.length) return text.length
  let blank = -1
  for (let index = limit; index > start + pieceLength / 2; index--) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) continue
    const before = text.charCodeAt(index - 1)
    if (before === 46 || before === 33 || before === 63) return index + 1
    if (blank < 0) blank = index + 1
  }
  if (blank > 0) return blank
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit
}

function addSentence(
  text: string,
  offset: number,
  sentence: NlcstSentence,
  tokens: Token[],
  sentences: SentenceSpan[],
): void {
  const firstToken = tokens.length
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode' || !child.position) continue
    const start = offset + (child.position.start.offset ?? 0)
    const end = offset + (child.position.end.offset ?? 0)
    tokens.push(makeToken(text, start, end, child.type === 'WordNode'))
  }
  closeSentence(tokens, sentences, firstToken, {
    start: offset + (sentence.position?.start.offset ?? 0),
    end: offset + (sentence.position?.end.offset ?? 0),
  })
}

/**
 * Tokenize every paragraph (line) of a text from an nlcst tree already parsed from it, as
 * retext-english makes it, rather than parsing each line again.
 *
 * retext-english keeps a paragraph over several lines and ends sentences only at marks, where
 * the library reads a line as a paragraph. A line whose sentences all start and end on it is
 * read from the tree: it holds the tokens a parse of the line alone gives. Some lines are
 * parsed alone, since there the parser reads marks by what follows the line (`policies.` stays
 * one word before a line that goes on with the sentence) and results must not depend on how
 * the text was parsed: a line a sentence of the tree runs into or out of, one whose last word
 * took in a full stop, one with a sentence of no words, and one longer than the piece
 * `tokenizeParagraph` parses at once. In the PolNeAR train articles that is one line in twelve.
 *
 * @param tree The nlcst tree of a text, with positions (offsets into the text).
 * @param paragraphs The text's paragraphs, as `splitParagraphs` gives them.
 * @returns One tokenized paragraph per paragraph, offsets relative to it.
 */
export function tokenizeTree(
  tree: NlcstRoot,
  paragraphs: readonly Paragraph[],
): TokenizedParagraph[] {
  const out: TokenizedParagraph[] = packedMap(paragraphs, () => ({ tokens: [], sentences: [] }))
  const straddled = packedMap(paragraphs, (paragraph) => paragraph.text.length > pieceLength)
  let at = 0
  const visitSentence = (sentence: NlcstSentence): void => {
    let open: { paragraph: number; firstToken: number } | null = null
    const close = (): void => {
      if (!open) return
      const into = out[open.paragraph] as TokenizedParagraph
      const first = into.tokens[open.firstToken] as Token
      const last = itemAt(into.tokens, into.tokens.length - 1) as Token
      closeSentence(into.tokens, into.sentences, open.firstToken, {
        start: first.start,
        end: last.end,
      })
      open = null
    }
    for (const child of sentence.children) {
      if (child.type === 'WhiteSpaceNode' || !child.position) continue
      const start = child.position.start.offset ?? 0
      const end = child.position.end.offset ?? 0
      while (at < paragraphs.length - 1 && paragraphEnd(paragraphs[at] as Paragraph) <= start) at++
      const paragraph = paragraphs[at]
      if (!paragraph || start < paragraph.start) continue
      if (open && open.paragraph !== at) {
        straddled[open.paragraph] = true
        straddled[at] = true
        close()
      }
      const into = out[at] as TokenizedParagraph
      if (!open) open = { paragraph: at, firstToken: into.tokens.length }
      const base = paragraph.start
      into.tokens.push(
        makeToken(paragraph.text, start - base, end - base, child.type === 'WordNode'),
      )
    }
    close()
  }
  const visit = (node: NlcstRoot | NlcstParagraph | NlcstSentence): void => {
    if (node.type === 'SentenceNode') {
      visitSentence(node)
      return
    }
    for (const child of node.children) {
      if (child.type === 'ParagraphNode' || child.type === 'SentenceNode') visit(child)
    }
  }
  visit(tree)
  return packedMap(out, (tokenized, index) =>
    straddled[index] || endsInMergedStop(tokenized.tokens) || hasWordlessSentence(tokenized)
      ? tokenizeParagraph((paragraphs[index] as Paragraph).text)
      : settleTokens(tokenized.tokens, tokenized.sentences),
  )
}

// Whether the line's last word took in a full stop (`Americans.`), as the parser does when it
// reads the next line as going on with the sentence; parsed alone, the stop ends it.
function endsInMergedStop(tokens: readonly Token[]): boolean {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] as Token
    if (token.word) return terminal.test(token.text)
  }
  return false
}

const terminal = /[.?!…]$/u

// Whether a sentence of the line has no word (`“` alone at its end): the parser joins such a
// sentence to a neighbour, the next one when the text goes on, the one before when it ends.
function hasWordlessSentence({ tokens, sentences }: TokenizedParagraph): boolean {
  return sentences.some((sentence) => {
    for (let index = sentence.firstToken; index < sentence.endToken; index++) {
      if ((tokens[index] as Token).word) return false
    }
    return true
  })
}

function paragraphEnd(paragraph: Paragraph): number {
  return paragraph.start + paragraph.text.length
}

/** A token of `text` from `start` to `end`. */
function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const value = end - start === 1 ? singleCharacter(text, start) : text.slice(start, end)
  const lower = lowerCase(value)
  const last = value.charCodeAt(value.length - 1)
  // Cheap tests first: most words end in neither an apostrophe nor an `s`.
  const possessive =
    word &&
    value.length > 2 &&
    (last === 39 || last === 0x2019 || last === 115 || last === 83) &&
    possessiveEnding.test(value)
  const first = value.charCodeAt(0)
  const capitalized =
    word && (first >= 65 && first <= 90 ? true : first > 127 && upperCase.test(value))
  return new Token(
    value,
    lower,
    possessive ? lower.replace(possessiveEnding, '') : lower,
    start,
    (word ? wordBit : 0) | (capitalized ? capitalizedBit : 0) | (possessive ? possessiveBit : 0),
  )
}

// The lower case of a token's text, as the same string when it has no capital: a new copy of
// every mark and lower-case word would only double what a paragraph holds.
function lowerCase(text: string): string {
  const lower = text.toLowerCase()
  return lower === text ? text : lower
}

// One string per character for one-character tokens: the engine shares those of Latin-1 only,
// and a paragraph of a million `“` would hold a million copies of it.
const singles = new Map<number, string>()
function singleCharacter(text: string, at: number): string {
  const code = text.charCodeAt(at)
  if (code < 256) return text.charAt(at)
  let single = singles.get(code)
  if (single === undefined) {
    single = text.charAt(at)
    // Bounded, should a text run through every character there is.
    if (singles.size < 4096) singles.set(code, single)
  }
  return single
}

// A speaker's label: a word in capitals (`Q`, `A`, `SHIN`).
const labelCapitals = /^\p{Lu}+$/u

/** Mark the sentence's first word and record its span. */
function closeSentence(
  tokens: Token[],
  sentences: SentenceSpan[],
  firstToken: number,
  span: { start: number; end: number },
): void {
  for (let index = firstToken; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (!token.word) continue
    token.initial = true
    // `A: Mostly Sun Lihua`, `SHIN: Honestly, …`: after a speaker's label in capitals and its
    // colon the turn's sentence opens.
    const after = tokens[index + 2]
    if (textAt(tokens, index + 1) === ':' && labelCapitals.test(token.text) && after?.word)
      after.initial = true
    break
  }
  sentences.push({ start: span.start, end: span.end, firstToken, endToken: tokens.length })
}
