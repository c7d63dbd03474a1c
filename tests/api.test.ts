import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { cueCount, cueForms } from '../src/lexicon/speech-cues.js'
import { LineIndex } from '../src/tokenize/position.js'

describe('public API', () => {
  it('exports the documented functions and classes', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ClusterIndex',
      'DuplicateIdError',
      'InvalidInputError',
      'QuoteCorpus',
      'attributeDocuments',
      'attributeText',
      'clusterQuotes',
      'createAttributor',
      'default',
    ])
  })

  it('knows at least 100 speech cues (an internal table, not exported)', () => {
    expect(cueCount).toBeGreaterThanOrEqual(100)
    expect(cueForms.get('said')).toMatchObject({ base: 'say', form: 'finite', inverts: true })
    expect(cueForms.get('noting')).toMatchObject({ base: 'note', form: 'participle' })
  })

  it('reuses unchanged paragraphs when re-reading an edited text', () => {
    const text = readFileSync('seeds/001_8cafd4e87f556505.txt', 'utf8')
    const attributor = api.createAttributor('doc')
    const first = attributor.attribute(text)
    const paragraphs = attributor.cachedParagraphs
    const edited = text.replace('Much work remains.', 'Much work remainss.')
    const second = attributor.attribute(edited)
    // Only the edited paragraph is new; the others are the very objects read before.
    expect(attributor.cachedParagraphs).toBe(paragraphs)
    expect(second).toEqual(api.attributeText(edited, { id: 'doc' }))
    expect(first.quotes.length).toBe(second.quotes.length)
  })

  it('reads a set of documents incrementally, the same as in one go', () => {
    const inputs = ['“We will win,” Jane Doe said.', 'Jane Doe said: “We will win.”'].map(
      (text, index) => ({
        id: `d${index}`,
        text,
      }),
    )
    const corpus = new api.QuoteCorpus()
    for (const input of inputs) corpus.add(input)
    expect(corpus.result()).toEqual(api.attributeDocuments(inputs))
    expect(corpus.result().clusters.filter((cluster) => cluster.quotes.length > 1)).toHaveLength(1)
  })

  it('joins people across documents by name, but not a man’s title to a woman’s name', () => {
    const texts = [
      '“We will win,” Mr. Doe said.',
      '“We may lose,” Jane Doe said.',
      '“We will govern,” Doe said.',
      '“We are ready,” John Doe said.',
    ]
    const { documents } = api.attributeDocuments(
      texts.map((text, index) => ({ id: `d${index}`, text })),
    )
    const ids = documents.map((document) => document.quotes[0]?.speaker?.id)
    // Mr. Doe fits John Doe alone; the bare Doe fits both full names, so it joins neither.
    expect(ids).toEqual(['john-doe', 'jane-doe', 'doe', 'john-doe'])
  })
})

describe('quote positions', () => {
  it('gives each quote the line and column of its offsets, whatever ends the lines', () => {
    // A quote's position is read off its paragraph's line: it must be what an index of all the
    // text's line ends (`\n`, `\r\n`, `\r`, blank lines between) gives.
    const lines = ['Jane Doe spoke.', '', '“We will win,” she said.', ' ', 'Tom Roe said, “No.”']
    for (const end of ['\n', '\r\n', '\r']) {
      const text = lines.join(end)
      const index = new LineIndex(text)
      const { quotes } = api.attributeText(text)
      expect(quotes).toHaveLength(2)
      for (const quote of quotes)
        expect(quote.position).toEqual(index.position(quote.start, quote.end))
    }
  })
})

describe('README example', () => {
  it('gives the result the README shows', () => {
    const result = api.attributeText(
      'Secretary of State Marco Rubio arrived on Sunday.\n“There is more work to be done,” he added.',
    )
    expect(result.quotes[0]).toEqual({
      id: 'q0',
      text: 'There is more work to be done,',
      start: 51,
      end: 81,
      position: {
        start: { line: 2, column: 2, offset: 51 },
        end: { line: 2, column: 32, offset: 81 },
      },
      open: '“',
      close: '”',
      depth: 0,
      parent: null,
      continued: false,
      speaker: {
        id: 'marco-rubio',
        name: 'Marco Rubio',
        kind: 'person',
        mention: { text: 'he', start: 83, end: 85 },
      },
      cue: { text: 'added', start: 86, end: 91 },
      method: 'pronoun',
      rule: 'quote-speaker-cue',
      confidence: 0.81,
    })
  })
})

describe('clusters across outlets', () => {
  const words = 'We will never recognize the occupied territories as anything but ours'

  it('joins an anonymous source to the named speaker of the same words', () => {
    const { clusters, documents } = api.attributeDocuments([
      { id: 'a', text: `Jane Doe said: “${words}.”` },
      { id: 'b', text: `“${words},” a senior official said.` },
    ])
    const joined = clusters.filter((cluster) => cluster.members.length > 1)
    expect(joined).toHaveLength(1)
    expect(joined[0]?.speaker).toBe(documents[0]?.quotes[0]?.speaker?.id)
    expect(documents[0]?.quotes[0]?.speaker?.name).toBe('Jane Doe')
  })

  it('keeps two named speakers of the same words apart', () => {
    const { clusters } = api.attributeDocuments([
      { id: 'a', text: `Jane Doe said: “${words}.”` },
      { id: 'b', text: `“${words},” Sam Roe said.` },
    ])
    expect(clusters.filter((cluster) => cluster.members.length > 1)).toHaveLength(0)
  })

  it('names the anonymous source of a cluster of its own quotes', () => {
    const { clusters, documents } = api.attributeDocuments([
      { id: 'a', text: `A senior official said: “${words}.”` },
      { id: 'b', text: `“${words},” a senior official said.` },
    ])
    const joined = clusters.filter((cluster) => cluster.members.length > 1)
    expect(joined).toHaveLength(1)
    expect(joined[0]?.speaker).toBe(documents[0]?.quotes[0]?.speaker?.id)
    expect(joined[0]?.speaker).toBeTruthy()
  })
})
