import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Postings } from '../src/clusters/candidates.js'
import {
  ClusterIndex,
  type ClusterInput,
  clusterQuotes,
  type QuoteCluster,
} from '../src/clusters/index.js'
import { tokenize } from '../src/clusters/normalize.js'
import { Vocabulary } from '../src/clusters/vocabulary.js'

const RUBIO = 'marco-rubio'
const ZELENSKYY = 'volodymyr-zelenskyy'
const UMEROV = 'rustem-umerov'

const WITKOFF_A =
  'That will continue later this week when Mr. Witkoff will travel to Moscow, but we have also been in touch with the Russians in varying degrees,'
const WITKOFF_B =
  'There are a lot of moving parts, and obviously there’s another party involved here that will have to be a part of the equation, and that will continue later this week, when Mr. Witkoff travels to Moscow, although we’ve also been in touch in varying degrees with the Russian side, but we have a pretty good understanding of their views as well.'
const AMERICAN_SIDE =
  'The American side is demonstrating a constructive approach, and in the coming days it is feasible to flesh out the steps to determine how to bring the war to a dignified end,'

type Row = [
  a: string,
  b: string,
  speakers: [string | null, string | null],
  merge: boolean,
  why: string,
]

const PAIRS: Row[] = [
  [
    'We Had A Very Productive Session.',
    'we had a very productive session',
    [RUBIO, RUBIO],
    true,
    'exact after case and punctuation',
  ],
  [
    'We don’t want to only end the war but make Ukraine safe forever,',
    "We don't want to only end the war, but make Ukraine safe forever.",
    [RUBIO, RUBIO],
    true,
    'curly vs straight apostrophe',
  ],
  [
    'there is more work to be done',
    'There’s more work to be done.',
    [RUBIO, RUBIO],
    true,
    'contraction expanded',
  ],
  [
    'I think we build on that today, but there’s more work to be done.',
    'there is more work to be done',
    [RUBIO, RUBIO],
    true,
    'fragment after contraction expansion',
  ],
  [
    'We are working to secure real peace for Ukraine and reliable, long‑term security guarantees.',
    'We are working to secure real peace for Ukraine and reliable, long-term security guarantees',
    [UMEROV, null],
    true,
    'non-breaking hyphen; unknown speaker with many words',
  ],
  ['constructive approach', AMERICAN_SIDE, [ZELENSKYY, ZELENSKYY], true, 'fragment contained'],
  [WITKOFF_A, WITKOFF_B, [RUBIO, RUBIO], true, 'two transcripts of the same passage'],
  [
    WITKOFF_A,
    WITKOFF_B,
    [null, RUBIO],
    true,
    'transcript variant, unknown speaker: strong evidence',
  ],
  [
    'never has another war again',
    'never have another war again.',
    [RUBIO, RUBIO],
    true,
    'function-word variant in a short quote',
  ],
  [
    'This is not just about ending a war this is about ending a war in a way that creates a mechanism',
    'This is not just about peace deals.',
    [RUBIO, RUBIO],
    false,
    'shared stock phrase only',
  ],
  [
    'We are working to secure real peace for Ukraine.',
    'We are working to secure real peace for Ukraine.',
    [UMEROV, ZELENSKYY],
    false,
    'same words, two different speakers',
  ],
  [
    'productive',
    'We had a very productive session.',
    [RUBIO, RUBIO],
    true,
    'one word, same speaker',
  ],
  [
    'productive',
    'We had a very productive session.',
    [UMEROV, RUBIO],
    false,
    'one word, other speaker',
  ],
  [
    'productive',
    'We had a very productive session.',
    [null, RUBIO],
    false,
    'one word, unknown speaker',
  ],
  ['constructive approach', AMERICAN_SIDE, [null, ZELENSKYY], false, 'two words, unknown speaker'],
  ['U.S. is hearing us,', 'U.S. is supporting us.', [UMEROV, UMEROV], false, 'one of four words'],
  [
    'Much work remains.',
    'there is more work to be done',
    [RUBIO, RUBIO],
    false,
    'same topic, other words',
  ],
  [
    'We will accept the proposal that is on the table today',
    'We will not accept the proposal that is on the table today',
    [RUBIO, RUBIO],
    false,
    'a negation is not a small difference',
  ],
  [
    'The Ukrainians know what we expect from them.',
    'The Ukrainians know what we expect from them',
    [null, 'senior-us-official'],
    false,
    'unknown speaker, only three content words',
  ],
  [
    'The dialogue based on the Geneva points will continue. Diplomacy remains active.',
    'the dialogue based on the geneva points will continue',
    [ZELENSKYY, ZELENSKYY],
    true,
    'sentence fragment',
  ],
]

function input(id: string, text: string, speakerId: string | null, documentId = id): ClusterInput {
  return { id, documentId, text, speakerId }
}

/** Clusters as sorted lists of sorted member ids, for partition comparisons. */
function partition(clusters: QuoteCluster[]): string[][] {
  return clusters
    .map((cluster) => [...cluster.quotes].sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
}

describe('tokenize', () => {
  it('normalizes case, apostrophes, dashes, numbers and contractions', () => {
    expect(tokenize('There’s more WORK; we’ve seen it, isn’t it?')).toEqual(
      'there is more work we have seen it is not it'.split(' '),
    )
    expect(tokenize("It won't, can't and cannot: they're here, I'm sure, he'd go")).toEqual(
      'it will not can not and can not they are here i am sure he would go'.split(' '),
    )
    expect(tokenize('Ukraine’s long‑term future, U.S. aid of 1,400 drones — Zélensky')).toEqual(
      'ukraine long term future u.s aid of 1400 drones zelensky'.split(' '),
    )
  })
})

describe('Vocabulary', () => {
  it('gives a word one id, whether read from a text or interned alone', () => {
    const texts = fc.string({
      unit: fc.constantFrom(..."ab AB 1,.'’—é".split('')),
      maxLength: 40,
    })
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 8 }), (batch) => {
        const fromText = new Vocabulary()
        const alone = new Vocabulary()
        const out: number[] = []
        for (const text of batch) {
          const count = fromText.internText(text, out)
          expect(out.slice(0, count)).toEqual(tokenize(text).map((word) => alone.intern(word)))
          // A word read from a text is found again when interned alone.
          for (const word of tokenize(text)) expect(fromText.intern(word)).toBe(alone.intern(word))
        }
        expect(fromText.words()).toEqual(alone.words())
      }),
    )
  })
})

describe('Postings', () => {
  it('behaves like a map of lists with a stock marker', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -40, max: 40 }), fc.nat(1000), fc.boolean()), {
          maxLength: 400,
        }),
        (operations) => {
          const postings = new Postings(4)
          const model = new Map<number, number[] | 'stock'>()
          for (const [key, value, stock] of operations) {
            const list = model.get(key)
            if (stock && value % 7 === 0) {
              postings.markStock(key)
              model.set(key, 'stock')
            } else if (list !== 'stock') {
              postings.insert(key, value)
              model.set(key, [...(list ?? []), value])
            }
          }
          for (const [key, list] of model) {
            const out: number[] = []
            const found = postings.lookup(key, out)
            if (list === 'stock') {
              expect(found).toBe(-1)
              expect(postings.count(key)).toBe(-1)
            } else {
              expect(out).toEqual(list)
              expect(postings.count(key)).toBe(list.length)
            }
          }
          expect(postings.size).toBe(model.size)
        },
      ),
    )
  })
})

describe('tricky pairs', () => {
  it.each(PAIRS)('%#: %s | %s (%j) → %s: %s', (a, b, [sa, sb], merge) => {
    for (const order of [
      [input('a', a, sa), input('b', b, sb)],
      [input('b', b, sb), input('a', a, sa)],
    ]) {
      const clusters = clusterQuotes(order)
      expect(clusters.length).toBe(merge ? 1 : 2)
    }
  })

  it('attaches a fragment that fits two clusters to one, without chaining them', () => {
    const quotes = [
      input('A', AMERICAN_SIDE, ZELENSKYY),
      input(
        'B',
        'We value the constructive approach of our European partners in these difficult weeks.',
        ZELENSKYY,
      ),
      input('F', 'constructive approach', ZELENSKYY),
    ]
    fc.assert(
      fc.property(fc.shuffledSubarray(quotes, { minLength: 3 }), (order) => {
        const clusters = clusterQuotes(order)
        expect(clusters).toHaveLength(2)
        const a = clusters.find((cluster) => cluster.quotes.includes('A'))
        expect(a?.quotes.includes('B')).toBe(false)
      }),
    )
    // The tie goes to the earliest cluster in id order.
    expect(partition(clusterQuotes(quotes))).toEqual([['A', 'F'], ['B']])
  })

  it('joins fragments through a longer quote that contains them (transitivity)', () => {
    const clusters = clusterQuotes([
      input('f1', 'demonstrating a constructive approach.', ZELENSKYY),
      input('f2', 'the Ukrainian delegation has the necessary directives', ZELENSKYY),
      input(
        'long',
        `${AMERICAN_SIDE} The Ukrainian delegation has the necessary directives, and I expect the guys to work in accordance with clear Ukrainian priorities,`,
        ZELENSKYY,
      ),
    ])
    expect(partition(clusters)).toEqual([['f1', 'f2', 'long']])
    expect(clusters[0]?.speaker).toBe(ZELENSKYY)
  })

  it('never merges two known speakers, not even through an unattributed quote', () => {
    const long = `${AMERICAN_SIDE} The Ukrainian delegation has the necessary directives.`
    const quotes = [
      input('long', long, null),
      input(
        'z',
        'demonstrating a constructive approach, and in the coming days it is feasible',
        ZELENSKYY,
      ),
      input('u', 'The Ukrainian delegation has the necessary directives', UMEROV),
    ]
    // The unattributed quote contains both, but can only join one speaker: the first in id
    // order (`u` before `z`), whatever the arrival order.
    fc.assert(
      fc.property(fc.shuffledSubarray(quotes, { minLength: 3 }), (order) => {
        const clusters = clusterQuotes(order)
        expect(partition(clusters)).toEqual([['long', 'u'], ['z']])
        expect(clusters[0]?.speaker).toBe(UMEROV)
      }),
    )
  })

  it('keeps the partition of clear duplicates whatever the arrival order', () => {
    const quotes = [
      input('w1', WITKOFF_A, RUBIO),
      input('w2', WITKOFF_B, RUBIO),
      input('w3', 'a lot of moving parts', RUBIO),
      input('p1', 'We had a very productive session.', RUBIO),
      input('p2', 'Very Productive,', RUBIO),
      input('p3', 'productive', RUBIO),
      input('z1', AMERICAN_SIDE, ZELENSKYY),
      input('z2', 'In the coming days it is feasible to flesh out the steps', null),
      input('u1', 'U.S. is hearing us,', UMEROV),
    ]
    const expected = partition(clusterQuotes(quotes))
    expect(expected).toEqual([['p1', 'p2', 'p3'], ['u1'], ['w1', 'w2', 'w3'], ['z1', 'z2']])
    fc.assert(
      fc.property(fc.shuffledSubarray(quotes, { minLength: quotes.length }), (order) => {
        expect(partition(clusterQuotes(order))).toEqual(expected)
      }),
    )
  })
})

describe('cluster output', () => {
  const quotes = [
    input('a#0', 'constructive approach', ZELENSKYY, 'a'),
    input('b#0', AMERICAN_SIDE, ZELENSKYY, 'b'),
    input('c#0', AMERICAN_SIDE.toUpperCase(), null, 'c'),
    input('c#1', WITKOFF_A, RUBIO, 'c'),
    input('d#0', WITKOFF_B, null, 'd'),
  ]

  it('reports canonical text, speaker, members, relations and outlets', () => {
    const [american, witkoff] = clusterQuotes(quotes)
    expect(american).toEqual({
      id: 'c:b#0',
      text: AMERICAN_SIDE,
      speaker: ZELENSKYY,
      quotes: ['a#0', 'b#0', 'c#0'],
      members: [
        { quote: 'a#0', document: 'a', relation: 'fragment', differences: null },
        { quote: 'b#0', document: 'b', relation: 'canonical', differences: null },
        { quote: 'c#0', document: 'c', relation: 'exact', differences: null },
      ],
      outlets: 3,
    })
    expect(witkoff?.id).toBe('c:d#0')
    expect(witkoff?.text).toBe(WITKOFF_B)
    expect(witkoff?.speaker).toBe(RUBIO)
    expect(witkoff?.members[0]).toEqual({
      quote: 'c#1',
      document: 'c',
      relation: 'variant',
      differences: {
        removed: ['travels', 'although'],
        added: ['will', 'travel', 'but', 'with', 'the', 'russians'],
      },
    })
  })

  it('looks clusters up by quote id', () => {
    const index = new ClusterIndex()
    for (const quote of quotes) index.add(quote)
    expect(index.size).toBe(5)
    expect(index.clusterOf('a#0')?.id).toBe('c:b#0')
    expect(index.clusterIdOf('c#1')).toBe('c:d#0')
    expect(index.clusterOf('nope')).toBeUndefined()
    expect(() => index.add(quotes[0] as ClusterInput)).toThrow(/Duplicate/)
  })

  it('keeps every quote in exactly one cluster, singletons included', () => {
    const clusters = clusterQuotes([...quotes, input('e#0', 'Something else entirely.', null, 'e')])
    const ids = clusters.flatMap((cluster) => cluster.quotes).sort()
    expect(ids).toEqual(['a#0', 'b#0', 'c#0', 'c#1', 'd#0', 'e#0'])
  })
})

describe('incremental use and serialization', () => {
  const quotes: ClusterInput[] = [
    input('1', 'Very Productive,', RUBIO),
    input('2', WITKOFF_A, RUBIO),
    input('3', 'constructive approach', ZELENSKYY),
    input('4', 'We had a very productive session.', RUBIO),
    input('5', AMERICAN_SIDE, ZELENSKYY),
    input('6', WITKOFF_B, null),
    input('7', 'in varying degrees', RUBIO),
    input('8', 'U.S. is hearing us,', UMEROV),
    input('9', 'productive', RUBIO),
    input('10', 'The American side is demonstrating a constructive approach', null),
  ]

  it('gives the same clusters one at a time (read in between) as in a batch', () => {
    const index = new ClusterIndex()
    for (const quote of quotes) {
      index.add(quote)
      expect(index.clusters().flatMap((cluster) => cluster.quotes)).toHaveLength(index.size)
    }
    expect(index.clusters()).toEqual(clusterQuotes(quotes))
  })

  it('clusters a quote whose speaker changed as if it had had that speaker from the start', () => {
    // A corpus learns who spoke from later documents: the change may come before the quote is
    // clustered (at the next read) or after (a rebuild).
    const changes = new Map([
      ['6', ZELENSKYY],
      ['10', UMEROV],
    ])
    const changed = quotes.map((quote) => ({
      ...quote,
      speakerId: changes.get(quote.id) ?? quote.speakerId,
    }))
    const expected = clusterQuotes(changed)
    expect(partition(expected)).not.toEqual(partition(clusterQuotes(quotes)))
    for (let read = 0; read <= quotes.length; read++) {
      const index = new ClusterIndex()
      quotes.forEach((quote, position) => {
        index.add(quote)
        if (position + 1 === read) index.clusters()
      })
      for (const [id, speaker] of changes) index.setSpeaker(id, speaker)
      expect(index.clusters()).toEqual(expected)
    }
  })

  it('round-trips through JSON, and keeps clustering after loading', () => {
    const index = new ClusterIndex()
    for (const quote of quotes.slice(0, 6)) index.add(quote)
    const loaded = ClusterIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())))
    expect(loaded.clusters()).toEqual(index.clusters())
    expect(loaded.size).toBe(6)
    for (const quote of quotes.slice(6)) {
      index.add(quote)
      loaded.add(quote)
    }
    expect(loaded.clusters()).toEqual(index.clusters())
    expect(loaded.clusters()).toEqual(clusterQuotes(quotes))
  })

  it('rejects an unknown format version', () => {
    const json = { ...new ClusterIndex().toJSON(), version: 2 as unknown as 1 }
    expect(() => ClusterIndex.fromJSON(json)).toThrow(/version/)
  })
})
