import { describe, expect, it } from 'vitest'
import {
  type CliOutput,
  context,
  exactMatch,
  isSameEntity,
  lenientMatch,
  matchQuotes,
  nameEndsWithSourceWord,
  normalizeName,
  normalizeQuoteText,
  type OutputQuote,
  type OutputSpeaker,
  type PolnearGold,
  type SeedsGold,
  scorePolnear,
  scoreSeeds,
} from '../scripts/lib/score.js'

// Offsets only need to be consistent between gold and output: the scorer never reads the text.
const seedsGold = (): SeedsGold => ({
  entities: {
    rubio: { name: 'Marco Rubio', kind: 'person', aliases: ['Rubio', 'Marco Rubio'] },
    zelenskyy: {
      name: 'Volodymyr Zelenskyy',
      kind: 'person',
      aliases: ['Zelenskyy', 'Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    },
  },
  unscoredPairs: [],
  documents: [
    {
      file: 'a.txt',
      quotes: [
        q(0, 10, 'very productive', 'rubio', 'explicit', 'C1'),
        q(1, 30, 'we will win', 'zelenskyy', 'pronoun', 'C2'),
        q(2, 50, 'reliable guarantees', null, 'unattributed', 'C3'),
      ],
    },
    {
      file: 'b.txt',
      quotes: [
        q(0, 5, 'very productive', 'rubio', 'explicit', 'C1'),
        q(1, 40, 'we will win', 'zelenskyy', 'continuation', 'C2'),
      ],
    },
  ],
})

function q(
  index: number,
  start: number,
  text: string,
  speaker: string | null,
  how: string,
  cluster: string,
) {
  return { index, start, end: start + text.length, text, speaker, how, cluster }
}

const SPEAKERS: Record<string, { id: string; name: string }> = {
  rubio: { id: 's1', name: 'Marco Rubio' },
  zelenskyy: { id: 's2', name: 'Volodymyr Zelenskyy' },
}

/** The output that reproduces the gold exactly, quote ids `<file>#<index>`, clusters by label. */
function perfectOutput(gold: SeedsGold): CliOutput {
  const clusters = new Map<string, string[]>()
  const documents = gold.documents.map((d) => ({
    path: `seeds/${d.file}`,
    quotes: d.quotes.map((g): OutputQuote => {
      const id = `${d.file}#${g.index}`
      clusters.set(g.cluster, [...(clusters.get(g.cluster) ?? []), id])
      const who = g.speaker === null ? undefined : SPEAKERS[g.speaker]
      return {
        id,
        text: g.text,
        start: g.start,
        end: g.end,
        speaker: who ? { ...who, kind: 'person', mention: { text: 'x', start: 0, end: 1 } } : null,
      }
    }),
  }))
  return {
    documents,
    speakers: Object.values(SPEAKERS).map((s) => ({ ...s, kind: 'person', aliases: [s.name] })),
    clusters: [...clusters].map(([label, quotes]) => ({ id: `c-${label}`, quotes })),
  }
}

function quoteOf(output: CliOutput, file: string, index: number): OutputQuote {
  const quote = output.documents.find((d) => d.path?.endsWith(file))?.quotes?.[index]
  if (!quote) throw new Error(`no quote ${file}#${index}`)
  return quote
}

describe('normalizers', () => {
  it.each([
    ['“Very productive,”', 'very productive'],
    ['  it’s done.  ', "it's done"],
    ['‘more work remains’', 'more work remains'],
    ['We‘ll see\n  what happens...', "we'll see what happens"],
    ['say “no” now', 'say "no" now'],
  ])('normalizeQuoteText(%j) = %j', (input, expected) => {
    expect(normalizeQuoteText(input)).toBe(expected)
  })

  it.each([
    ['José  Andrés', 'jose andres'],
    ['Kazakhstan’s Foreign Ministry', "kazakhstan's foreign ministry"],
    ['The CPC', 'cpc'],
    ['Theresa Fallon', 'theresa fallon'],
    ['Zelenskýy', 'zelenskyy'],
  ])('normalizeName(%j) = %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected)
  })

  it('context shows the span in brackets with 60 characters each side', () => {
    const text = `${'a'.repeat(100)}QUOTE${'b'.repeat(100)}`
    expect(context(text, 100, 105)).toBe(`…${'a'.repeat(60)}⟦QUOTE⟧${'b'.repeat(60)}…`)
  })
})

describe('matchQuotes', () => {
  const gold = [{ start: 10, end: 25, text: 'very productive' }]

  it('exact needs identical offsets; lenient needs overlap and the same normalized text', () => {
    const shifted = [{ start: 9, end: 27, text: '“Very productive,' }]
    expect(matchQuotes(shifted, gold, exactMatch)).toEqual([-1])
    expect(matchQuotes(shifted, gold, lenientMatch)).toEqual([0])
    const elsewhere = [{ start: 100, end: 115, text: 'very productive' }]
    expect(matchQuotes(elsewhere, gold, lenientMatch)).toEqual([-1])
    const otherWords = [{ start: 10, end: 25, text: 'very productive indeed' }]
    expect(matchQuotes(otherWords, gold, lenientMatch)).toEqual([-1])
  })

  it('uses a prediction once', () => {
    const twice = [...gold, { start: 12, end: 20, text: 'very productive' }]
    expect(
      matchQuotes([{ start: 10, end: 25, text: 'very productive' }], twice, lenientMatch),
    ).toEqual([0, -1])
  })
})

describe('isSameEntity', () => {
  const entity = seedsGold().entities.zelenskyy
  if (!entity) throw new Error('fixture')
  const none = new Map<string, OutputSpeaker>()

  it.each([
    ['Zelensky', true],
    ['Volodymyr Zelensky', true],
    ['Zelenskýy', true],
    ['ZELENSKYY', true],
    ['Yermak', false],
    ['Volodymyr', false],
  ])('name %j matches Zelenskyy: %j', (name, expected) => {
    expect(isSameEntity({ id: 'x', name }, none, entity)).toBe(expected)
  })

  it('looks up aliases of the speaker id in the run speaker list', () => {
    const speaker = { id: 'x', name: 'the Ukrainian leader' }
    expect(isSameEntity(speaker, none, entity)).toBe(false)
    const known = new Map([['x', { id: 'x', name: 'Ukrainian leader', aliases: ['Zelensky'] }]])
    expect(isSameEntity(speaker, known, entity)).toBe(true)
  })

  it('matches an entity whose alias has diacritics and a typographic apostrophe', () => {
    const ministry = { name: 'Kazakhstan’s Foreign Ministry', aliases: ['Ministère kazakh'] }
    expect(isSameEntity({ id: 'y', name: "Kazakhstan's foreign ministry" }, none, ministry)).toBe(
      true,
    )
    expect(isSameEntity({ id: 'y', name: 'Ministere Kazakh' }, none, ministry)).toBe(true)
    expect(isSameEntity({ id: 'y', name: 'Foreign Ministry' }, none, ministry)).toBe(false)
  })
})

describe('scoreSeeds', () => {
  it('scores a perfect prediction 1.0 everywhere', () => {
    const gold = seedsGold()
    const score = scoreSeeds(perfectOutput(gold), gold)
    expect(score.quotes.exact).toMatchObject({ precision: 1, recall: 1, f1: 1, truePositives: 5 })
    expect(score.quotes.lenient).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(score.speakers).toMatchObject({ accuracy: 1, total: 5, missing: 0, wrong: 0 })
    expect(score.speakerIds).toEqual({ entities: 2, split: [], merged: [] })
    expect(score.clusters).toMatchObject({ precision: 1, recall: 1, f1: 1, truePositives: 2 })
    expect(score.errors).toEqual({ missed: [], spurious: [], wrongSpeakers: [] })
  })

  it('lowers recall for a missed quote and lists it', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    output.documents[1]?.quotes?.splice(1, 1)
    const score = scoreSeeds(output, gold)
    expect(score.quotes.exact).toMatchObject({ precision: 1, recall: 4 / 5, falseNegatives: 1 })
    expect(score.quotes.lenient.recall).toBe(4 / 5)
    expect(score.errors.missed).toEqual([
      {
        file: 'b.txt',
        start: 40,
        end: 51,
        text: 'we will win',
        speaker: 'Volodymyr Zelenskyy',
        how: 'continuation',
      },
    ])
    // One fewer found quote in cluster C2, so its pair is gone from the pairwise figures.
    expect(score.clusters.truePositives).toBe(1)
  })

  it('lowers precision for a spurious quote and lists it', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    output.documents[0]?.quotes?.push({
      id: 'extra',
      text: 'title',
      start: 90,
      end: 95,
      speaker: null,
    })
    const score = scoreSeeds(output, gold)
    expect(score.quotes.exact.precision).toBe(5 / 6)
    expect(score.quotes.lenient.precision).toBe(5 / 6)
    expect(score.errors.spurious).toEqual([
      { file: 'a.txt', start: 90, end: 95, text: 'title', speaker: null },
    ])
  })

  it('counts a lenient match that is not exact', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    Object.assign(quoteOf(output, 'a.txt', 0), { start: 9, end: 26, text: '“very productive,' })
    const score = scoreSeeds(output, gold)
    expect(score.quotes.exact.truePositives).toBe(4)
    expect(score.quotes.lenient.truePositives).toBe(5)
  })

  it('counts wrong, missing and should-be-null speakers; null vs null is right', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    const rubio = quoteOf(output, 'a.txt', 0)
    quoteOf(output, 'a.txt', 1).speaker = rubio.speaker
    quoteOf(output, 'b.txt', 1).speaker = null
    let score = scoreSeeds(output, gold)
    expect(score.speakers).toMatchObject({
      correct: 3,
      total: 5,
      wrong: 1,
      missing: 1,
      spurious: 0,
    })
    expect(score.speakers.byHow.unattributed).toEqual({ total: 1, correct: 1, accuracy: 1 })
    expect(score.speakers.byHow.pronoun).toEqual({ total: 1, correct: 0, accuracy: 0 })
    expect(score.speakers.byHow.explicit?.accuracy).toBe(1)
    expect(score.errors.wrongSpeakers.map((w) => [w.how, w.gold, w.predicted])).toEqual([
      ['pronoun', 'Volodymyr Zelenskyy', 'Marco Rubio'],
      ['continuation', 'Volodymyr Zelenskyy', null],
    ])

    quoteOf(output, 'a.txt', 2).speaker = rubio.speaker
    score = scoreSeeds(output, gold)
    expect(score.speakers).toMatchObject({ correct: 2, spurious: 1 })
    expect(score.speakers.byHow.unattributed?.accuracy).toBe(0)
  })

  it('accepts a speaker by an alias in the run speaker list, with diacritics', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    const mention = { text: 'he', start: 0, end: 2 }
    quoteOf(output, 'a.txt', 1).speaker = { id: 's9', name: 'Volodymyr Zelenskýj', mention }
    expect(scoreSeeds(output, gold).speakers.wrong).toBe(1)
    output.speakers?.push({ id: 's9', name: 'Volodymyr Zelenskýj', aliases: ['Zelensky'] })
    const score = scoreSeeds(output, gold)
    expect(score.speakers.wrong).toBe(0)
    // Right entity, but under a second id: the person is split.
    expect(score.speakerIds.split).toEqual([{ entity: 'zelenskyy', ids: ['s2', 's9'] }])
  })

  it('reports one id covering two entities as merged', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    output.speakers = [{ id: 's1', name: 'Marco Rubio', aliases: ['Rubio', 'Zelensky'] }]
    const rubio = quoteOf(output, 'a.txt', 0).speaker
    quoteOf(output, 'a.txt', 1).speaker = rubio
    quoteOf(output, 'b.txt', 1).speaker = rubio
    const score = scoreSeeds(output, gold)
    expect(score.speakers.wrong).toBe(0)
    expect(score.speakerIds.merged).toEqual([{ id: 's1', entities: ['rubio', 'zelenskyy'] }])
    expect(score.speakerIds.split).toEqual([])
  })

  it('scores cluster pairs and skips loose quotes and unscored pairs', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    // Everything in one predicted cluster: 10 pairs, 2 of them right.
    output.clusters = [
      { id: 'all', quotes: output.documents.flatMap((d) => d.quotes ?? []).map((x) => x.id) },
    ]
    let score = scoreSeeds(output, gold)
    expect(score.clusters).toMatchObject({ truePositives: 2, falsePositives: 8, falseNegatives: 0 })

    // The loose quote a#2 takes part in 4 pairs, all false positives.
    const loose = gold.documents[0]?.quotes[2]
    if (!loose) throw new Error('fixture')
    Object.assign(loose, { loose: 'debatable' })
    score = scoreSeeds(output, gold)
    expect(score.clusters).toMatchObject({ truePositives: 2, falsePositives: 4 })

    // An unscored pair (given in either order) drops out too.
    gold.unscoredPairs = [{ a: { file: 'b.txt', index: 1 }, b: { file: 'a.txt', index: 0 } }]
    score = scoreSeeds(output, gold)
    expect(score.clusters).toMatchObject({ truePositives: 2, falsePositives: 3 })
  })

  it('a predicted quote in no cluster is a cluster of its own', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    output.clusters = []
    const score = scoreSeeds(output, gold)
    expect(score.clusters).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 2 })
  })

  it('counts the quotes of an errored or missing document as missed', () => {
    const gold = seedsGold()
    const output = perfectOutput(gold)
    output.documents[1] = { path: 'seeds/b.txt', error: 'EACCES' }
    let score = scoreSeeds(output, gold)
    expect(score.documents.errored).toEqual(['b.txt'])
    expect(score.quotes.exact).toMatchObject({ truePositives: 3, falseNegatives: 2 })
    expect(score.speakers.total).toBe(3)

    output.documents.splice(1, 1, { path: 'seeds/c.txt', quotes: [] })
    score = scoreSeeds(output, gold)
    expect(score.documents).toMatchObject({ missing: ['b.txt'], extra: ['c.txt'] })
    expect(score.quotes.lenient.recall).toBe(3 / 5)
  })
})

describe('PolNeAR', () => {
  const gold = (): PolnearGold => ({
    documents: [
      {
        file: 'p.txt',
        quotes: [
          {
            index: 0,
            start: 100,
            end: 111,
            text: 'we will win',
            sources: [[80, 85]],
            sourceText: 'Trump',
          },
          {
            index: 1,
            start: 200,
            end: 212,
            text: 'not a chance',
            sources: [[150, 167]],
            sourceText: 'The New York Post',
          },
          { index: 2, start: 300, end: 304, text: 'fake', sources: [], sourceText: '' },
        ],
      },
    ],
  })

  const quote = (
    start: number,
    text: string,
    name: string | null,
    mention: [number, number] = [0, 2],
  ): OutputQuote => ({
    id: `q${start}`,
    text,
    start,
    end: start + text.length,
    speaker:
      name === null
        ? null
        : { id: name, name, mention: { text: 'm', start: mention[0], end: mention[1] } },
  })

  const output = (...quotes: OutputQuote[]): CliOutput => ({
    documents: [{ path: 'dev/p.txt', quotes }],
  })

  it('scores a perfect prediction 1.0', () => {
    const score = scorePolnear(
      output(
        quote(100, 'we will win', 'Donald Trump', [80, 85]),
        quote(200, 'not a chance', 'New York Post', [154, 167]),
        quote(300, 'fake', null),
      ),
      gold(),
    )
    expect(score.quotes).toMatchObject({ gold: 3, found: 3, recall: 1, unmatchedPredictions: 0 })
    expect(score.attribution).toMatchObject({ withSource: 2, right: 2, share: 1, noSpeaker: 0 })
  })

  it('tells mention overlap from the name-ends-with rule', () => {
    const score = scorePolnear(
      output(
        quote(100, 'we will win', 'Somebody Else', [82, 90]),
        quote(200, 'not a chance', 'Post', [10, 14]),
      ),
      gold(),
    )
    expect(score.attribution).toMatchObject({ right: 2, rightByMention: 1, rightByNameOnly: 1 })
  })

  it('counts a wrong speaker and a missing one', () => {
    const score = scorePolnear(
      output(
        quote(99, '“We will win,', 'Hillary Clinton', [10, 20]),
        quote(200, 'not a chance', null),
        quote(400, 'scare quote', 'Nobody'),
      ),
      gold(),
    )
    expect(score.quotes).toMatchObject({ found: 2, recall: 2 / 3, unmatchedPredictions: 1 })
    expect(score.attribution).toMatchObject({
      withSource: 2,
      right: 0,
      share: 0,
      noSpeaker: 1,
      wrong: 1,
    })
    expect(score.errors.missed.map((m) => m.text)).toEqual(['fake'])
    expect(score.errors.wrongAttributions.map((w) => w.predicted)).toEqual([
      'Hillary Clinton',
      null,
    ])
  })

  it.each([
    ['Donald Trump', 'Trump', true],
    ['New York Post', 'The New York Post', true],
    ['Donald Trump', 'he', false],
    ['Hillary Clinton', 'Trump', false],
    ['Office of the', 'head of the office', false], // stop word
    ['Kim Jong Un', 'Un', false], // two letters
    ['Jill Stein', 'Green Party candidate Jill Stein', true],
    ['Stein', 'Jill', false],
  ])('name %j ends with a word of %j: %j', (name, sourceText, expected) => {
    expect(nameEndsWithSourceWord(name, sourceText)).toBe(expected)
  })
})
