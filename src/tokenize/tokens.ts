import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'

/** A word or punctuation mark of a paragraph, with offsets relative to the paragraph. */
export interface Token {
  /** The token's text. */
  text: string
  /** Lower-case text, for lexicon lookups. */
  lower: string
  /** Offset of the first code unit in the paragraph. */
  start: number
  /** Offset just past the token. */
  end: number
  /** Whether it is a word (letters or digits) rather than punctuation or a symbol. */
  word: boolean
  /** Whether it begins with an upper-case letter. */
  capitalized: boolean
  /** Index of the sentence it belongs to. */
  sentence: number
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

// One frozen processor for every paragraph: retext-english keeps `Mr. Witkoff` in one sentence,
// where the generic Latin parser would split it.
const processor = unified().use(retextEnglish).freeze()
const upperCase = /^\p{Lu}/u

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
  const root = processor.parse(text)
  const tokens: Token[] = []
  const sentences: SentenceSpan[] = []
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of (paragraph as NlcstParagraph).children) {
      if (sentence.type !== 'SentenceNode') continue
      addSentence(text, sentence, tokens, sentences)
    }
  }
  return { tokens, sentences }
}

function addSentence(
  text: string,
  sentence: NlcstSentence,
  tokens: Token[],
  sentences: SentenceSpan[],
): void {
  const firstToken = tokens.length
  const index = sentences.length
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode' || !child.position) continue
    const start = child.position.start.offset ?? 0
    const end = child.position.end.offset ?? start
    const value = text.slice(start, end)
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      word: child.type === 'WordNode',
      capitalized: child.type === 'WordNode' && upperCase.test(value),
      sentence: index,
    })
  }
  sentences.push({
    start: sentence.position?.start.offset ?? 0,
    end: sentence.position?.end.offset ?? 0,
    firstToken,
    endToken: tokens.length,
  })
}
