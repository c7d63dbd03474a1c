/**
 * Order and save/load check over real articles: random subsets of a folder's articles, read
 * in a random order with the result read at random points, must give the same speakers and
 * clusters as the same subset read in id order; and their quotes, clustered in a random
 * order with the index saved to JSON and loaded again at random points, the same clusters.
 *
 *   npx tsx scripts/order-check.ts [folder] [cases] [seed]
 *   npx tsx scripts/order-check.ts ../shared/polnear/dev 1000
 *
 * Each article is read once (`attributeText`); the cases then cost only the corpus and the
 * clustering. Prints the number of differences of each kind; exits 1 if there is any.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareIds } from '../src/clusters/order.js'
import {
  attributeText,
  ClusterIndex,
  type ClusterInput,
  type CorpusResult,
  clusterQuotes,
  type DocumentResult,
  QuoteCorpus,
} from '../src/index.js'
import { clusterView, corpusView, seeded, shuffled } from './lib/canonical.js'

const folder = process.argv[2] ?? '../shared/polnear/dev'
const cases = Number(process.argv[3] ?? 1000)
const seed = Number(process.argv[4] ?? 0x0de5)
const random = seeded(seed)

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
const articles: DocumentResult[] = files.map((name) =>
  attributeText(readFileSync(join(folder, name), 'utf8'), { id: name }),
)

function read(order: readonly DocumentResult[], reads: number): CorpusResult {
  const corpus = new QuoteCorpus()
  for (const article of order) {
    corpus.addResult(article)
    if (random() < reads) corpus.result()
  }
  return corpus.result()
}

// The quotes of a result as cluster inputs, with the run's speaker ids (anonymous: none).
function inputs(result: CorpusResult): ClusterInput[] {
  return result.documents.flatMap((document) =>
    document.quotes.map((quote) => ({
      id: quote.id,
      documentId: document.id,
      text: quote.text,
      speakerId: quote.speaker && quote.speaker.kind !== 'anonymous' ? quote.speaker.id : null,
    })),
  )
}

function clusterWithSaves(quotes: readonly ClusterInput[]): ReturnType<typeof clusterView> {
  let index = new ClusterIndex()
  // About three saves and three reads per case, anywhere in it.
  const chance = 3 / Math.max(1, quotes.length)
  for (const quote of quotes) {
    index.add(quote)
    const roll = random()
    if (roll < chance) index = ClusterIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())))
    else if (roll < 2 * chance) index.clusters()
  }
  return clusterView(index.clusters())
}

let corpusDifferences = 0
let saveDifferences = 0
let documents = 0
let quotes = 0
const started = performance.now()
for (let n = 0; n < cases; n++) {
  const size = 2 + Math.floor(random() * (articles.length - 1))
  const subset = shuffled(articles, random).slice(0, size)
  const sorted = [...subset].sort((a, b) => compareIds(a.id, b.id))
  const expected = read(sorted, 0)
  const actual = read(subset, 3 / size)
  if (JSON.stringify(corpusView(actual)) !== JSON.stringify(corpusView(expected))) {
    corpusDifferences++
    console.log(`case ${n}: corpus differs (${subset.map((article) => article.id).join(' ')})`)
  }
  const all = inputs(expected)
  const clusters = clusterView(clusterQuotes(all))
  if (JSON.stringify(clusterWithSaves(shuffled(all, random))) !== JSON.stringify(clusters)) {
    saveDifferences++
    console.log(`case ${n}: clusters differ after save/load (${all.length} quotes)`)
  }
  documents += size
  quotes += all.length
}
const seconds = (performance.now() - started) / 1000
console.log(
  `${cases} shuffled subsets of ${articles.length} articles in ${folder} (seed ${seed}; ` +
    `${documents} documents, ${quotes} quotes in all; ${seconds.toFixed(0)} s)`,
)
console.log(`  speakers and clusters differing from id order: ${corpusDifferences}`)
console.log(`  clusters differing after random order and save/load: ${saveDifferences}`)
process.exitCode = corpusDifferences + saveDifferences > 0 ? 1 : 0
