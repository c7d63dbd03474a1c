/**
 * Child process of `scripts/bench.ts`: heap while streaming a growing corpus through a
 * QuoteCorpus. Each article is read from disk, attributed and dropped; only the corpus's
 * results stay. Prints one JSON line. Run with `node --expose-gc --import tsx`.
 *
 *   node --expose-gc --import tsx scripts/lib/bench-memory.ts [multiples…]   (default 1 5 10)
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getHeapStatistics } from 'node:v8'
import { QuoteCorpus } from '../../src/index.js'
import { bytesOf, corpusFolder, heapUsed, loadCorpus } from './bench-corpus.js'

const multiples = process.argv.slice(2).map(Number)
if (multiples.length === 0) multiples.push(1, 5, 10)

const corpus = loadCorpus()
// Polnear articles are read from disk on each pass, as a stream would; seeds stay in memory.
const fromDisk = corpus.source === corpusFolder
const paths = corpus.articles.map((article) => article.id)
const texts = fromDisk ? null : corpus.articles.map((article) => article.text)
const size = fromDisk ? 0 : bytesOf(corpus.articles)
corpus.articles.length = 0

const baseline = heapUsed()
const store = new QuoteCorpus()
let peak = 0
let bytes = 0
let done = 0
const rows: {
  multiple: number
  inputMB: number
  heapMB: number
  peakMB: number
  seconds: number
}[] = []
const start = performance.now()
for (let copy = 1; copy <= Math.max(...multiples); copy++) {
  for (let index = 0; index < paths.length; index++) {
    const text = texts
      ? (texts[index] as string)
      : readFileSync(join(corpus.source, paths[index] as string), 'utf8')
    bytes += Buffer.byteLength(text)
    store.add({ id: `${copy}/${paths[index]}`, text })
    if (++done % 16 === 0) peak = Math.max(peak, getHeapStatistics().used_heap_size)
  }
  if (multiples.includes(copy)) {
    const heap = heapUsed() - baseline
    rows.push({
      multiple: copy,
      inputMB: bytes / 1e6,
      heapMB: heap / 1e6,
      peakMB: (Math.max(peak, heap + baseline) - baseline) / 1e6,
      seconds: (performance.now() - start) / 1000,
    })
  }
}
process.stdout.write(
  `${JSON.stringify({ exactHeap: typeof (globalThis as { gc?: unknown }).gc === 'function', size, rows })}\n`,
)
