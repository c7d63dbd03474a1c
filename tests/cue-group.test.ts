import { describe, expect, it } from 'vitest'
import { readParagraph } from '../src/quotes/quoted-paragraph.js'
import { readCueGroup } from '../src/tokenize/cue-group.js'

// Each row: a sentence, the cue word, the words the cue group spans (cue to its last
// adverbial), how the clause goes on after it, and what the row proves.
const rows: [string, string, string, 'end' | 'quote' | 'content', string][] = [
  ['Jane Doe said.', 'said', 'said', 'end', 'a bare cue closes'],
  ['Jane Doe chimed in.', 'chimed', 'chimed in', 'end', 'a phrasal cue keeps its particle'],
  ['Jane Doe fired back: “No.”', 'fired', 'fired back', 'quote', 'a colon introduces a quote'],
  [
    'Jane Doe told reporters on Tuesday.',
    'told',
    'told reporters on Tuesday',
    'end',
    'a hearer, then a time',
  ],
  [
    'Jane Doe recalled in an interview with a local radio station, “We won.”',
    'recalled',
    'recalled in an interview with a local radio station',
    'quote',
    'a long adverbial, then a comma and the quote',
  ],
  [
    'Jane Doe said to cheers, before leaving.',
    'said',
    'said to cheers',
    'end',
    'a trailing clause after a comma only goes on',
  ],
  [
    'Jane Doe said, echoing many others.',
    'said',
    'said',
    'end',
    'a participle clause after a comma',
  ],
  ['Jane Doe said again quietly.', 'said', 'said again quietly', 'end', 'adverbs'],
  ['Jane Doe said last week.', 'said', 'said last week', 'end', 'a time phrase'],
  ['Jane Doe said that it was over.', 'said', 'said', 'content', 'a that clause is content'],
  [
    'Jane Doe said on Tuesday that it was over.',
    'said',
    'said on Tuesday',
    'content',
    'an adverbial, then content',
  ],
  ['Jane Doe said the plan works.', 'said', 'said', 'content', 'reported content'],
  [
    'Jane Doe told him that it was over.',
    'told',
    'told him',
    'content',
    'a pronoun hearer, then content',
  ],
  [
    'Jane Doe promised to “end it.”',
    'promised',
    'promised',
    'content',
    'an infinitive is no adverbial',
  ],
  ['Jane Doe said, “We won.”', 'said', 'said', 'quote', 'a comma introduces a quote'],
]

describe('readCueGroup', () => {
  it.each(rows)('%s', (text, cueWord, span, close) => {
    const paragraph = readParagraph(text)
    const tokens = paragraph.tokens
    const cue = tokens.findIndex((token) => token.text === cueWord)
    expect(tokens[cue]?.cue).toBe(true)
    const high = tokens.findIndex((token) => token.quote >= 0)
    const group = readCueGroup(tokens, cue, high < 0 ? tokens.length : high)
    const last = tokens[group.end - 1]
    expect(text.slice(tokens[cue]?.start, last?.end)).toBe(span)
    expect(group.close).toBe(close)
  })
})
