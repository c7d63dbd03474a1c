import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pairwiseScores } from '../scripts/lib/pairwise.js'
import { type ClusterInput, clusterQuotes, type QuoteCluster } from '../src/clusters/index.js'

interface GoldQuote {
  index: number
  text: string
  speaker: string | null
  cluster: string
  loose?: string
}
interface GoldRef {
  file: string
  index: number
}
interface Gold {
  unscoredPairs: { a: GoldRef; b: GoldRef; why: string }[]
  documents: { file: string; quotes: GoldQuote[] }[]
}

const gold = JSON.parse(
  readFileSync(new URL('../fixtures/seeds.gold.json', import.meta.url), 'utf8'),
) as Gold

const inputs: ClusterInput[] = []
const goldLabels = new Map<string, string>()
const loose = new Set<string>()
for (const document of gold.documents) {
  for (const quote of document.quotes) {
    const id = `${document.file}#${quote.index}`
    inputs.push({ id, documentId: document.file, text: quote.text, speakerId: quote.speaker })
    goldLabels.set(id, quote.cluster)
    if (quote.loose !== undefined) loose.add(id)
  }
}
const unscored = new Set(
  gold.unscoredPairs.flatMap(({ a, b }) => {
    const x = `${a.file}#${a.index}`
    const y = `${b.file}#${b.index}`
    return [`${x}\n${y}`, `${y}\n${x}`]
  }),
)
const skip = (a: string, b: string) => loose.has(a) || loose.has(b) || unscored.has(`${a}\n${b}`)

function score(clusters: QuoteCluster[]) {
  const predicted = new Map<string, string>()
  for (const cluster of clusters)
    for (const quote of cluster.quotes) predicted.set(quote, cluster.id)
  return pairwiseScores(predicted, goldLabels, skip)
}

function speakersOf(cluster: QuoteCluster): Set<string> {
  const byId = new Map(inputs.map((input) => [input.id, input.speakerId]))
  const speakers = new Set<string>()
  for (const quote of cluster.quotes) {
    const speaker = byId.get(quote)
    if (speaker) speakers.add(speaker)
  }
  return speakers
}

describe('seed articles', () => {
  it('clusters the gold quotes with pairwise F1 ≥ 0.95', () => {
    const clusters = clusterQuotes(inputs)
    const scores = score(clusters)
    expect(scores.f1, JSON.stringify(scores)).toBeGreaterThanOrEqual(0.95)
  })

  it('keeps the score when the articles come in reverse order', () => {
    const scores = score(clusterQuotes([...inputs].reverse()))
    expect(scores.f1, JSON.stringify(scores)).toBeGreaterThanOrEqual(0.95)
  })

  it('never puts two known speakers in one cluster', () => {
    for (const cluster of clusterQuotes(inputs)) {
      expect(speakersOf(cluster).size, cluster.quotes.join(', ')).toBeLessThanOrEqual(1)
    }
  })
})
