import { isQuoteMark } from '../lexicon/quote-marks.js'
import { isNameParticle } from '../lexicon/titles.js'
import { readCueGroup } from '../tokenize/cue-group.js'
import { datelineDash } from '../tokenize/dateline.js'
import { itemAt } from '../tokenize/item-at.js'
import { packedMap } from '../tokenize/packed-map.js'
import type { Token, TokenizedParagraph } from '../tokenize/tokens.js'
import { joinPluralPossessives, tokenizeParagraph } from '../tokenize/tokens.js'
import { visibleText } from '../tokenize/visible-text.js'
import type { FrameToken } from '../tokenize/word-classes.js'
import { classifyTokens, cueWordsEnd, isClosedClass } from '../tokenize/word-classes.js'
import type { ParagraphQuote } from './find-quotes.js'
import { findParagraphQuotes } from './find-quotes.js'

/** A sentence as the speaker finder sees it: sentence breaks inside quotes do not count. */
export interface Frame {
  /** Index of its first token. */
  first: number
  /** Index past its last token. */
  end: number
  /** Indexes (into the paragraph's quotes) of the top-level quotes in it, in order. */
  quotes: number[]
}

/**
 * One paragraph read for quotes: its tokens, quotes and frames, offsets relative to its visible
 * text (see `offsets` for the way back to the paragraph as written).
 */
export interface QuotedParagraph {
  /** The paragraph's text as it reads: characters that show nothing dropped (`visibleText`). */
  text: string
  /**
   * For each offset in `text` (and one past its end), the offset in the paragraph as written;
   * `null` when nothing was dropped.
   */
  offsets: Int32Array | null
  /** Tokens, each marked with the top-level quote it belongs to. */
  tokens: FrameToken[]
  /** Quotes in reading order. */
  quotes: ParagraphQuote[]
  /** Index of the first token of each quote (its first word), or -1 if it has none. */
  quoteTokens: { first: number; end: number }[]
  /** Sentences, joined where a break falls inside a quote. */
  frames: Frame[]
  /** Offsets of the marks left open at the paragraph's end (see `findParagraphQuotes`). */
  unclosed: number[]
  /** Offsets of the double marks never closed before another of their kind opened. */
  interrupted: number[]
  /** Closing marks with nothing to close. */
  strayClosers: number[]
  /** Whether it is in title case (`Doe Corners Roe On Pay`), where capitals say nothing. */
  titleCase: boolean
}

// What a nested quote has in `quoteTokens` (only top-level quotes mark tokens): one shared
// entry, frozen since every such quote holds it.
const noTokens: Readonly<{ first: number; end: number }> = Object.freeze({ first: -1, end: -1 })

/**
 * Read one paragraph: tokenize it, pair its quotation marks, and find the sentences its
 * attributions live in. Pure and self-contained, so results can be cached per paragraph text
 * and reused when someone edits another paragraph.
 *
 * It reads the paragraph as it shows: a zero-width space, a byte order mark or a soft hyphen
 * beside a mark or inside a name changes nothing (offsets still lead back to the text as written).
 *
 * @param written The paragraph's text.
 * @param tokenized Its tokens and sentences, when a parse of the whole text gave them already
 *   (used only when the paragraph has no invisible character to take out).
 */
export function readParagraph(written: string, tokenized?: TokenizedParagraph): QuotedParagraph {
  const { text, offsets } = visibleText(written)
  const { quotes, unclosed, interrupted, strayClosers } = findParagraphQuotes(text)
  const { tokens, sentences } = joinPluralPossessives(
    tokenized !== undefined && offsets === null ? tokenized : tokenizeParagraph(text),
    quoteMarks(quotes),
  )
  const titleCase = isTitleCase(tokens, quotes)
  classifyTokens(tokens, titleCase)
  const quoteTokens = packedMap(quotes, () => noTokens)
  // Mark tokens inside top-level quotes (marks included); a pointer walk keeps it linear.
  let cursor = 0
  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index] as ParagraphQuote
    if (quote.depth > 0) continue
    while (cursor < tokens.length && (tokens[cursor] as FrameToken).end <= quote.openAt) cursor++
    let inside = cursor
    while (inside < tokens.length && (tokens[inside] as FrameToken).start < quote.closeAt) {
      ;(tokens[inside] as FrameToken).quote = index
      inside++
    }
    quoteTokens[index] = { first: cursor, end: inside }
    cursor = inside
  }
  const frames: Frame[] = []
  for (const sentence of sentences) {
    const last = itemAt(frames, frames.length - 1)
    const boundary = itemAt(tokens, sentence.firstToken - 1)
    const next = tokens[sentence.firstToken]
    // A break between two tokens of one quote is inside it, and a break after a quote that
    // ends in `?` or `!` before its attribution (`“…?” Graham asked.`) is none: the frame goes on.
    const inside =
      last !== undefined &&
      boundary !== undefined &&
      next !== undefined &&
      boundary.quote >= 0 &&
      (boundary.quote === next.quote ||
        opensWithByline(tokens, sentence.firstToken) ||
        (awaitsAttribution(text, quotes[boundary.quote]) &&
          !introducedByCue(tokens, last.first, quoteTokens[boundary.quote]?.first ?? -1) &&
          opensWithAttribution(tokens, sentence.firstToken, sentence.endToken)))
    // `Sen. Jane Doe (D-Vt.) said`, `(D-Vt.) — a retired teacher — wrote`: the parser ends a
    // sentence at an abbreviation's stop, but a sentence does not open in lower case or with a
    // dash or comma.
    // `Rep. Jane Doe (D-Calif.) (the panel's chair) said`: a bracket right after the bracket
    // the parser ended a sentence in goes on with it.
    const bracketed = next?.text === '(' && itemAt(tokens, sentence.firstToken - 1)?.text === ')'
    const resumed =
      last !== undefined && next !== undefined && (opensMidSentence(next) || bracketed)
    if (inside || resumed) last.end = sentence.endToken
    else frames.push({ first: sentence.firstToken, end: sentence.endToken, quotes: [] })
  }
  // `COLUMBUS, Ohio (AP) — “…”`: a dateline says where the story was filed; the paragraph's
  // first sentence, and whatever opens it, comes after its dash.
  const opening = frames[0]
  const dash = opening?.first === 0 ? datelineDash(tokens) : -1
  if (opening && dash >= 0 && dash + 1 < opening.end) opening.first = dash + 1
  // Quotes and frames are both in reading order: one walk places every quote.
  let frameIndex = 0
  for (let index = 0; index < quotes.length; index++) {
    if ((quotes[index] as ParagraphQuote).depth > 0) continue
    const first = (quoteTokens[index] as { first: number }).first
    while (frameIndex < frames.length - 1 && (frames[frameIndex] as Frame).end <= first)
      frameIndex++
    const frame = frames[frameIndex]
    if (frame && first >= frame.first && first < frame.end) frame.quotes.push(index)
  }
  return {
    text,
    offsets,
    tokens,
    quotes,
    quoteTokens,
    frames,
    unclosed,
    interrupted,
    strayClosers,
    titleCase,
  }
}

// A headline in title case capitalizes its verbs too (`Doe Says …`). Outside its quotes, it
// writes no longer content word in lower case; `Secretary of State Jane Doe said` does.
function isTitleCase(tokens: readonly Token[], quotes: readonly ParagraphQuote[]): boolean {
  let words = 0
  let capitalized = 0
  let quoted = 0
  let quote = 0
  for (const token of tokens) {
    if (!token.word) continue
    while (quote < quotes.length && (quotes[quote] as ParagraphQuote).closeAt <= token.start)
      quote++
    // A headline that opens with a quote keeps its words' own case (`“We will not retreat,”
    // Haddad Says of Trade Agreement`): only the words after it say how it is written, though
    // the quote's count toward its length. (A quote inside, `Council Approves ‘temporary’ Fee`,
    // counts as written.)
    const inside = quote < quotes.length && (quotes[quote] as ParagraphQuote).openAt < token.start
    if (inside && (quotes[quote] as ParagraphQuote).openAt === 0) {
      quoted++
      continue
    }
    // A short word counts only against: title case capitalizes short verbs too (`Doe Met Roe`),
    // so `The Tigers met Ana Lindqvist` is a sentence. (A name's particle keeps its case: `Van
    // der Meer Says`.)
    if (token.lower.length < 4) {
      if (
        !token.capitalized &&
        !inside &&
        !isClosedClass(token) &&
        !isNameParticle(token.text, token.lower)
      )
        return false
      continue
    }
    words++
    if (token.capitalized) capitalized++
    else if (!inside && !isClosedClass(token)) return false
  }
  return words > 0 && words + quoted >= 3 && capitalized / words > 0.7
}

const dashes = new Set(['―', '—', '–', '-'])

// Whether a token can only go on a sentence: a lower-case word, or a mark no sentence opens with.
function opensMidSentence(token: Token): boolean {
  if (token.quote >= 0) return false
  if (!token.word) return midSentenceMarks.has(token.text)
  const code = token.text.charCodeAt(0)
  return code >= 97 && code <= 122
}

// Marks no sentence opens with: after one the parser's break is inside a sentence (`Rep. Jane
// Doe (D-Vt.): “…”`).
const midSentenceMarks = new Set([',', ':', ';', '—', '–'])
const bylineArticles = new Set(['a', 'an', 'the'])
const asideMarks = new Set([',', '(', ')', '-', '.'])

/**
 * The last character a quote's words end with, past the closing marks of quotes nested at its
 * end (`…everything you do,’”` ends with `,`).
 *
 * @param text The paragraph's text.
 * @param quote The quote.
 */
export function lastQuotedCharacter(text: string, quote: ParagraphQuote): string {
  let end = quote.end
  while (end > quote.start && isQuoteMark(text.charAt(end - 1))) end--
  return text.charAt(end - 1)
}

/**
 * Index of the last quote of a paragraph at depth 0 (no quote inside another), or -1.
 *
 * @param quotes The paragraph's quotes, in reading order.
 */
export function lastTopLevelQuote(quotes: readonly ParagraphQuote[]): number {
  for (let index = quotes.length - 1; index >= 0; index--) {
    if ((quotes[index] as ParagraphQuote).depth === 0) return index
  }
  return -1
}

/**
 * Whether a quote leaves its sentence open for an attribution: it ends in `?`, `!` or `,` (or
 * is never closed). One ending in a full stop has closed it, and `He added, “…”` after it
 * introduces the next quote instead.
 *
 * @param text The paragraph's text.
 * @param quote The quote.
 */
export function awaitsAttribution(text: string, quote: ParagraphQuote | undefined): boolean {
  if (!quote) return false
  const last = lastQuotedCharacter(text, quote)
  // A dash breaks the words off (`“We will —” Doe began`): the sentence goes on to say who.
  return (
    last === '?' ||
    last === '!' ||
    last === ',' ||
    last === '…' ||
    last === '—' ||
    last === '–' ||
    quote.close === null
  )
}

// Whether a cue before a quote in its sentence introduces it (`A reporter asked, “…?”`): the
// quote has its speaker, and a short sentence after it is one of its own (`Mr. Nyberg smiled.`),
// not the attribution a quote ending in `?` may wait for.
function introducedByCue(tokens: readonly FrameToken[], first: number, quote: number): boolean {
  for (let index = first; index < quote; index++) {
    if ((tokens[index] as FrameToken).cue && readCueGroup(tokens, index, quote).close === 'quote')
      return true
  }
  return false
}

// Whether a sentence opens with a dash and a name, signing the quote before it.
function opensWithByline(tokens: readonly FrameToken[], first: number): boolean {
  const lead = tokens[first]
  const next = tokens[first + 1]
  // A name (`— Jane Doe`) or an article phrase (`— a startled bystander`).
  return (
    lead !== undefined &&
    !lead.word &&
    dashes.has(lead.text) &&
    next !== undefined &&
    (next.capitalized || bylineArticles.has(next.lower))
  )
}

// Whether a sentence opens with a short attribution: a few words, then a cue that ends the
// clause (`“…?” Graham asked.`), rather than one that introduces another quote.
function opensWithAttribution(tokens: readonly FrameToken[], first: number, end: number): boolean {
  if (nameAndVerb(tokens, first, end)) return true
  for (let index = first; index < end && index < first + 12; index++) {
    const token = tokens[index] as FrameToken
    if (token.quote >= 0) return false
    // An aside may stand between the speaker and the cue (`Rep. Jane Doe, R-Pa., said`).
    if (!token.word) {
      if (asideMarks.has(token.text)) continue
      return false
    }
    if (token.cue) {
      // `“…?” Doe asked, echoing …`: past the cue's own words (`chimed in`), a comma may set
      // off a trailing clause; a colon or a quote introduces the next quote instead.
      // (`Doe said in a statement: “…”`: past its adverbials too, a cue group may introduce.)
      if (readCueGroup(tokens, index, end).close === 'quote') return false
      const after = cueWordsEnd(tokens, index)
      const next = tokens[after]
      return (
        next === undefined ||
        after >= end ||
        next.word ||
        next.text === '.' ||
        (next.text === ',' && tokens[after + 1]?.quote === -1)
      )
    }
  }
  return false
}

// `“…?” Hannity pressed.`: a sentence of a name and one past-tense verb the lexicon does not
// know, which says who asked or exclaimed the quote before it.
function nameAndVerb(tokens: readonly FrameToken[], first: number, end: number): boolean {
  let index = first
  // Particles inside a name (`Annelies van der Meer`) after its first word.
  while (
    index < end &&
    index < first + 6 &&
    ((tokens[index] as FrameToken).nameWord ||
      (index > first &&
        isNameParticle((tokens[index] as FrameToken).text, (tokens[index] as FrameToken).lower)))
  )
    index++
  if (itemAt(tokens, index - 1)?.nameWord !== true) return false
  const verb = tokens[index]
  if (index === first || !verb?.word || verb.capitalized || !verb.lower.endsWith('ed')) return false
  // (`“…?” Nyberg followed up.`: a particle of the verb's own may close it.)
  if (verbParticles.has(tokens[index + 1]?.lower ?? '')) index++
  const stop = tokens[index + 1]
  return index + 1 >= end || (stop !== undefined && stop.text === '.' && index + 2 >= end)
}

const verbParticles = new Set(['up', 'on', 'in', 'back', 'out', 'off'])

// Offsets of the marks that open and close the quotes, nested ones too.
function quoteMarks(quotes: readonly ParagraphQuote[]): Set<number> {
  const marks = new Set<number>()
  for (const quote of quotes) {
    marks.add(quote.openAt)
    if (quote.close !== null) marks.add(quote.closeAt - quote.close.length)
  }
  return marks
}
