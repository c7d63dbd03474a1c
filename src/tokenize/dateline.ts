import { calendarWords } from '../lexicon/function-words.js'
import { opensWithDigit } from './char-code.js'
import type { FrameToken } from './word-classes.js'
import { isClosedClass } from './word-classes.js'

/**
 * Index of the dash that ends a dateline in capitals opening a paragraph (`COLUMBUS, Ohio (AP)
 * —`), or -1: the places in it say where the story was filed, and no one speaks there.
 *
 * @param tokens The paragraph's tokens.
 */
export function datelineDash(tokens: readonly FrameToken[]): number {
  const city = tokens[0]
  // Most paragraphs open with a word in lower case after its capital: no dateline.
  // (Read within the text: a character past its end is NaN, which code compiled for character
  // codes does not take.)
  const second = city !== undefined && city.text.length > 1 ? city.text.charCodeAt(1) : 0
  if (second >= 97 && second <= 122) return -1
  if (!city?.word || city.text.length < 2 || city.text !== city.text.toUpperCase()) return -1
  // `P. K. Roe — the mayor — said`, `C.J. Roe — a singer —`: initials open a name, never a
  // place.
  if (initials.test(city.text)) return -1
  for (let index = 1; index < tokens.length && index < 14; index++) {
    const token = tokens[index] as FrameToken
    if (token.text === '—' || token.text === '–' || token.text === '-') return index
    // (`DUBLIN, June 24 —`: a date may follow the place.)
    if (opensWithDigit(token.text) || months.has(token.lower)) continue
    if (token.word ? !token.capitalized : !datelinePunctuation.has(token.text)) return -1
    // `NEW YORK AT ITS CORE—`: a heading in capitals has words a place's name lacks.
    if (token.word && isClosedClass(token)) return -1
  }
  return -1
}

const datelinePunctuation = new Set([',', '.', '(', ')', '/'])
const initials = /^(?:\p{Lu}\.)+$/u
// Days and months, closed-class words elsewhere; `may` too, which is a month after a place.
const months: ReadonlySet<string> = new Set([...calendarWords, 'may'])
