import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clusterView, corpusView } from '../scripts/lib/canonical.js'
import { compareIds } from '../src/clusters/order.js'
import {
  attributeDocuments,
  attributeText,
  ClusterIndex,
  type ClusterInput,
  type ClusterOptions,
  clusterQuotes,
  type DocumentInput,
  type DocumentResult,
  DuplicateIdError,
  QuoteCorpus,
} from '../src/index.js'

// Every order of a few items (the tables below have at most four documents: 24 orders).
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  )
}

// The speaker id of each document's quotes, by document id, in a run over the documents.
function speakerIds(inputs: readonly DocumentInput[]): Record<string, (string | undefined)[]> {
  const out: Record<string, (string | undefined)[]> = {}
  for (const document of attributeDocuments(inputs).documents) {
    out[document.id] = document.quotes.map((quote) => quote.speaker?.id)
  }
  return out
}

type SurnameRow = [why: string, texts: string[], ids: (string | undefined)[][]]

// Documents `a`, `b`, … in order; each row's ids hold for every order of its documents.
const SURNAMES: SurnameRow[] = [
  [
    'spouses, each with the surname after the full name',
    [
      'Bill Clinton said: “It is complicated.”\n“Very,” Clinton added.',
      'Hillary Clinton said: “We made progress.”\n“More work remains,” Clinton said.',
    ],
    [
      ['bill-clinton', 'bill-clinton'],
      ['hillary-clinton', 'hillary-clinton'],
    ],
  ],
  [
    'a surname-only article between the spouses joins neither',
    [
      'Bill Clinton said: “It is complicated.”',
      '“We will see,” Clinton said.',
      'Hillary Clinton said: “We made progress.”',
    ],
    [['bill-clinton'], ['clinton'], ['hillary-clinton']],
  ],
  [
    'a title’s gender leaves one spouse to fit',
    [
      'Bill Clinton said: “It is complicated.”',
      '“We will see,” Mrs. Clinton said.',
      'Hillary Clinton said: “We made progress.”',
    ],
    [['bill-clinton'], ['hillary-clinton'], ['hillary-clinton']],
  ],
  [
    'parent and child: the bare surname fits both',
    [
      'Donald Trump said: “We will win.”',
      'Ivanka Trump said: “We will work.”',
      '“It is a great day,” Trump said.',
    ],
    [['donald-trump'], ['ivanka-trump'], ['trump']],
  ],
  [
    'one full name in the run: the surname joins it',
    ['Jane Doe said: “We will win.”', '“We are ready,” Doe said.'],
    [['jane-doe'], ['jane-doe']],
  ],
  [
    'a full name keeps its own id and name beside another of the same surname',
    ['“We will win,” John Doe said.', '“We may lose,” Jane Doe said.'],
    [['john-doe'], ['jane-doe']],
  ],
  [
    'a man’s title does not fit the one full name, a woman’s',
    ['Jane Doe said: “We will win.”', '“We are ready,” Mr. Doe said.'],
    [['jane-doe'], ['doe']],
  ],
  [
    'namesakes with one full name cannot be told apart: one id',
    ['“We will win,” Sam Roe said.', '“We are ready,” Sam Roe said.'],
    [['sam-roe'], ['sam-roe']],
  ],
  [
    'namesakes sharing a given name and a surname, with other middle names, stay apart',
    ['“We will win,” George H. Walker said.', '“We are ready,” George W. Walker said.'],
    [['george-h-walker'], ['george-w-walker']],
  ],
  [
    'a shorter form a document used joins the run to the full name',
    [
      'Donald J. Trump said: “We will win.”\n“Big,” Donald Trump said.',
      '“It is a great day,” Donald Trump said.',
    ],
    [['donald-j-trump', 'donald-j-trump'], ['donald-j-trump']],
  ],
  [
    'one document taking one namesake for the other does not join them for the run',
    [
      'George H. Walker said: “We will win.”\n“We lost,” George W. Walker said.',
      '“We are ready,” George W. Walker said.',
    ],
    [['george-h-walker', 'george-h-walker'], ['george-w-walker']],
  ],
  [
    'two surname-only articles share an id when no full name fits',
    [
      '“We will win,” Roe said.',
      '“We are ready,” Roe said.',
      'Sam Roe said: “Yes.”',
      'Ann Roe said: “No.”',
    ],
    [['roe'], ['roe'], ['sam-roe'], ['ann-roe']],
  ],
]

describe('speaker ids across documents', () => {
  it.each(SURNAMES)('%s, in every order', (_why, texts, ids) => {
    const inputs = texts.map((text, index) => ({ id: String.fromCharCode(97 + index), text }))
    const expected = Object.fromEntries(inputs.map((input, index) => [input.id, ids[index]]))
    for (const order of permutations(inputs)) expect(speakerIds(order)).toEqual(expected)
  })

  it('names a document’s only Doe by its own full name beside another Doe', () => {
    const { documents, speakers } = attributeDocuments([
      { id: 'a', text: '“We will win,” John Doe said.\n“Soon,” Doe added.' },
      { id: 'b', text: '“We may lose,” Jane Doe said.' },
    ])
    expect(documents[0]?.quotes.map((quote) => quote.speaker?.name)).toEqual([
      'John Doe',
      'John Doe',
    ])
    expect(speakers.map((speaker) => speaker.id)).toEqual(['jane-doe', 'john-doe'])
  })

  it('carries a description resolved to a named person into clustering', () => {
    const { documents, clusters } = attributeDocuments([
      {
        id: 'a',
        text: 'Port chief Sam Roe spoke on Monday.\n“Cranes by June,” the port chief said.',
      },
      { id: 'b', text: '“Cranes by June,” Roe said.' },
    ])
    expect(documents[0]?.quotes[0]?.method).toBe('description')
    // Two content words join only the same known speaker's quote: the description made it one.
    expect(clusters.map((cluster) => [cluster.quotes, cluster.speaker])).toEqual([
      [['a#0', 'b#0'], 'sam-roe'],
    ])
  })
})

describe('clusters whatever the order', () => {
  it('attaches a fragment to the same cluster in every order', () => {
    const texts = [
      'Jane Doe said she was “troubled.”',
      '“I am very troubled by what I saw,” Jane Doe said.',
      '“We live in a very troubled world,” Jane Doe said.',
    ]
    const inputs = texts.map((text, index) => ({ id: String.fromCharCode(97 + index), text }))
    for (const order of permutations(inputs)) {
      const { clusters } = attributeDocuments(order)
      expect(clusters.map((cluster) => [...cluster.quotes].sort())).toEqual([
        ['a#0', 'b#0'],
        ['c#0'],
      ])
    }
  })

  it('names the source of a one-quote cluster of an anonymous source', () => {
    const { clusters } = attributeDocuments([
      { id: 'a', text: '“We will never give up the port,” a senior official said.' },
    ])
    expect(clusters[0]?.speaker).toBe('senior-official')
  })

  it('keeps one source and another of the same sort apart in the run', () => {
    const { documents } = attributeDocuments([
      {
        id: 'a',
        text: '“It is great fun,” one user wrote.\n\n“It is a circus,” another user wrote.',
      },
    ])
    const [one, another] = documents[0]?.quotes.map((quote) => quote.speaker) ?? []
    expect([one?.name, another?.name]).toEqual(['one user', 'another user'])
    expect(one?.id).not.toBe(another?.id)
  })
})

describe('corpus input and output', () => {
  it('rejects a repeated document id before reading anything', () => {
    const corpus = new QuoteCorpus()
    corpus.add({ id: 'a', text: '“We will win,” Jane Doe said.' })
    const before = corpus.result()
    expect(() => corpus.add({ id: 'a', text: '“We lost,” Sam Roe said.' })).toThrow(
      DuplicateIdError,
    )
    expect(corpus.size).toBe(1)
    expect(corpus.result()).toEqual(before)
    expect(() =>
      attributeDocuments([
        { id: 'x', text: '“One,” Roe said.' },
        { id: 'x', text: '“Two,” Doe said.' },
      ]),
    ).toThrow(/Duplicate document id: x/)
  })

  it('rejects a result whose quote ids were added before, leaving the corpus as it was', () => {
    const corpus = new QuoteCorpus()
    corpus.addResult(attributeText('“We will win,” Jane Doe said.', { id: 'a' }))
    const before = corpus.result()
    const clash = attributeText('“We lost,” Sam Roe said.', { id: 'b' })
    clash.quotes[0] = { ...(clash.quotes[0] as DocumentResult['quotes'][0]), id: 'a#0' }
    expect(() => corpus.addResult(clash)).toThrow(DuplicateIdError)
    expect(corpus.size).toBe(1)
    expect(corpus.result()).toEqual(before)
  })

  it('names documents without ids by their text, in any order', () => {
    const texts = ['“We will win,” Jane Doe said.', '“We will win,” Jane Doe said.', '“No.”']
    const { documents } = attributeDocuments(texts.map((text) => ({ text })))
    const ids = documents.map((document) => document.id)
    expect(new Set(ids).size).toBe(3)
    expect(ids[0]).toMatch(/^doc-[0-9a-f]{8}$/)
    expect(ids[1]).toBe(`${ids[0]}-2`)
    expect(documents[2]?.quotes[0]?.id).toBe(`${ids[2]}#0`)
    const reversed = attributeDocuments([...texts].reverse().map((text) => ({ text })))
    expect(reversed.documents.map((document) => document.id).sort()).toEqual([...ids].sort())
  })

  it('hands out copies: changing a result changes no later one', () => {
    const corpus = new QuoteCorpus()
    const added = corpus.add({ id: 'a', text: '“We will win,” Jane Doe said.' })
    const first = corpus.result()
    const pristine = structuredClone(first)
    const quote = first.documents[0]?.quotes[0]
    if (!quote?.speaker) throw new Error('the fixture has a speaker')
    quote.speaker.id = 'changed'
    quote.speaker.mention.start = -1
    quote.position.start.line = 99
    first.speakers[0]?.aliases.push('changed')
    first.clusters[0]?.quotes.push('changed')
    ;(added.quotes[0] as { text: string }).text = 'changed'
    expect(corpus.result()).toEqual(pristine)
  })
})

// ---- properties ----

const WORDS = 'port cranes winter storm talks progress ukraine peace deal border vote tax'.split(
  ' ',
)
const FUNCTION = 'we will the a of to and is not very'.split(' ')

// Quotes that repeat, contain or vary one another, with a speaker or none.
const quoteText = fc.oneof(
  fc.array(fc.constantFrom(...WORDS, ...FUNCTION), { minLength: 1, maxLength: 12 }),
  fc.constantFrom(
    ['we', 'will', 'rebuild', 'the', 'port', 'before', 'the', 'winter', 'storms'],
    ['rebuild', 'the', 'port'],
    ['we', 'will', 'rebuild', 'the', 'harbor', 'before', 'the', 'winter', 'storms'],
    ['the', 'talks', 'were', 'very', 'productive'],
    ['very', 'productive'],
  ),
)
const clusterInputs = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-c]?[0-9]{1,2}$/),
    words: quoteText,
    speaker: fc.constantFrom(null, 's1', 's2', 's3'),
    document: fc.constantFrom('a', 'b', 'c'),
  }),
  { selector: (quote) => quote.id, minLength: 1, maxLength: 14 },
)
const clusterOptions: fc.Arbitrary<ClusterOptions> = fc.record({
  maxPostings: fc.constantFrom(1, 2, 16),
  maxCandidates: fc.constantFrom(1, 16),
  maxSpeakerPostings: fc.constantFrom(1, 64),
})

describe('order and save/load properties', () => {
  it('clusters the same in every order, read or saved and loaded at any point', () => {
    fc.assert(
      fc.property(
        clusterInputs,
        clusterOptions,
        // About one step in six reads the clusters, one in six saves and loads the index.
        fc.array(fc.constantFrom('add', 'add', 'add', 'add', 'read', 'save'), {
          minLength: 14,
          maxLength: 14,
        }),
        fc.func(fc.integer()),
        (raw, options, steps, rank) => {
          const quotes: ClusterInput[] = raw.map((quote) => ({
            id: quote.id,
            documentId: quote.document,
            text: quote.words.join(' '),
            speakerId: quote.speaker,
          }))
          const byId = [...quotes].sort((a, b) => compareIds(a.id, b.id))
          const expected = clusterView(clusterQuotes(byId, options))
          // A random order: quotes ranked by an arbitrary function of their ids.
          const order = [...quotes].sort(
            (a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1),
          )
          let index = new ClusterIndex(options)
          let step = 0
          for (const quote of order) {
            index.add(quote)
            const action = steps[step++ % steps.length]
            if (action === 'read') index.clusters()
            if (action === 'save') {
              index = ClusterIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())), options)
            }
          }
          expect(clusterView(index.clusters())).toEqual(expected)
        },
      ),
      { numRuns: 10_000 },
    )
  })

  it('reads the seed articles the same in any order and subset', () => {
    const results = readdirSync('seeds')
      .sort()
      .map((name) => attributeText(readFileSync(`seeds/${name}`, 'utf8'), { id: name }))
    fc.assert(
      fc.property(
        fc.shuffledSubarray(results, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (order, reads) => {
          expect(readView(order, reads)).toEqual(readView(sortById(order), []))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('joins the speakers of random articles the same in any order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(syntheticDocument, {
          selector: (document) => document.id,
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.func(fc.integer()),
        (inputs, reads, rank) => {
          const results = inputs.map((input) => attributeText(input.text, { id: input.id }))
          const order = [...results].sort(
            (a, b) => rank(a.id) - rank(b.id) || compareIds(a.id, b.id),
          )
          expect(readView(order, reads)).toEqual(readView(sortById(results), []))
          expect(corpusView(attributeDocuments(inputs))).toEqual(readView(sortById(results), []))
        },
      ),
      { numRuns: 400 },
    )
  })
})

function sortById(results: readonly DocumentResult[]): DocumentResult[] {
  return [...results].sort((a, b) => compareIds(a.id, b.id))
}

// A corpus over the results in the given order, read after the documents flagged in `reads`.
function readView(order: readonly DocumentResult[], reads: readonly boolean[]): unknown {
  const corpus = new QuoteCorpus()
  order.forEach((result, index) => {
    corpus.addResult(result)
    if (reads[index]) corpus.result()
  })
  return corpusView(corpus.result())
}

// Articles of a few sentences by people who share surnames, by sources and organizations.
const SPEAKERS = [
  'Jane Doe',
  'John Doe',
  'Doe',
  'Mr. Doe',
  'Ms. Doe',
  'Sam Roe',
  'Roe',
  'Bill Clinton',
  'Hillary Clinton',
  'Clinton',
  'a senior official',
  'the Caspian Pipeline Consortium',
  'CPC',
]
const SAYINGS = [
  'We will rebuild the port before the winter storms',
  'rebuild the port',
  'The talks were very productive',
  'We made progress on the border',
  'very productive',
]
const sentence = fc
  .tuple(fc.constantFrom(...SPEAKERS), fc.constantFrom(...SAYINGS), fc.boolean())
  .map(([speaker, saying, before]) =>
    before ? `${speaker} said: “${saying}.”` : `“${saying},” ${speaker} said.`,
  )
const syntheticDocument = fc.record({
  id: fc.stringMatching(/^[a-z][0-9]?$/),
  text: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
})
