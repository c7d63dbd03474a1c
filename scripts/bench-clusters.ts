/**
 * Throughput, memory and recall of ClusterIndex on synthetic news-like quotes.
 *
 *   npx tsx scripts/bench-clusters.ts [count] [shuffled]          (default 1,000,000)
 *   node --expose-gc --import tsx scripts/bench-clusters.ts 100000   (exact heap figures)
 *
 * Quotes draw words from a Zipf-distributed vocabulary (function words plus 4,000 content words),
 * 3–60 words long, from 5,000 speakers (10% unknown). Duplicates of recent originals (a reservoir
 * of 50,000) are planted at known rates: exact repeats (case, punctuation, apostrophe changes;
 * 15% lose their speaker), fragments (2–12 contiguous words holding a content word, same speaker)
 * and one-word variants (one word substituted, inserted or deleted in a quote of ≥ 8 words, same
 * speaker). Only the time spent in `add` and in the first read (the final pass, which rebuilds the
 * clusters in id order if a quote came out of order) is counted, as wall-clock time and as CPU
 * time (the fair figure when other work shares the machine). Recall is also given over the
 * planted duplicates that the precision guards allow to merge.
 *
 * Quote ids are `q<n>` in generation order, so the quotes come in id order and are clustered as
 * they come; with `shuffled`, quote n is named `q<n × 7919 mod count>` instead, so that they come
 * in no order and all the clustering happens in the final pass.
 */
import { ClusterIndex, type ClusterInput } from '../src/clusters/index.js'
import { FUNCTION_WORD, tokenize, wordKind } from '../src/clusters/normalize.js'

const count = Number(process.argv[2] ?? 1_000_000)
const shuffledIds = process.argv[3] === 'shuffled'
if (shuffledIds && count % 7919 === 0) throw new Error('count must be prime to 7919')
// The id of the n-th quote generated.
const idOf = (n: number): string => `q${shuffledIds ? (n * 7919) % count : n}`
const SEED = 0x5eed

// mulberry32: small, fast, reproducible.
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(SEED)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

/** Sampler over ranks 0..n-1 with weight 1/(rank+1)^s. */
function zipf(n: number, s: number): () => number {
  const cdf = new Float64Array(n)
  let total = 0
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** s
    cdf[i] = total
  }
  return () => {
    const x = random() * total
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cdf[mid] ?? 0) < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

const FUNCTION_WORDS = (
  'the of and to a in that is for it with as on be at by this we have are not but from or ' +
  "will an they which you their has would there been it's we're don't there's can all if more " +
  'about when so what its also than into them could only other these some up out our us very'
).split(' ')
const SYLLABLES = 'ka ro mi sen tal vo re ni dur pa lo ges tri an ul mor fe bi cas hor'.split(' ')
const CONTENT_WORDS: string[] = []
{
  const seen = new Set<string>()
  while (CONTENT_WORDS.length < 4000) {
    const parts = 2 + Math.floor(random() * 2)
    let word = ''
    for (let i = 0; i < parts; i++) word += pick(SYLLABLES)
    if (!seen.has(word)) {
      seen.add(word)
      CONTENT_WORDS.push(word)
    }
  }
}
const functionRank = zipf(FUNCTION_WORDS.length, 1)
const contentRank = zipf(CONTENT_WORDS.length, 1)
const speakerRank = zipf(5000, 0.8)
const nextWord = () =>
  random() < 0.45
    ? (FUNCTION_WORDS[functionRank()] as string)
    : (CONTENT_WORDS[contentRank()] as string)
const isContent = (word: string) => !FUNCTION_WORDS.includes(word)

/** Sentence length 3–60, skewed towards 10–25 words like news quotes. */
const sentenceLength = () => 3 + Math.floor(57 * random() ** 1.8)

function render(words: readonly string[]): string {
  const parts = words.map((word, i) => (i > 0 && random() < 0.08 ? `${word},` : word))
  const text = parts.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

// A bounded reservoir of recent original quotes to copy from: duplicates in the news follow the
// story within days, and keeping every source would inflate the measured heap.
const RESERVOIR = 50_000
interface Source {
  index: number
  words: string[]
  text: string
  speaker: string | null
}
const reservoir: Source[] = []

type Kind = 'exact' | 'fragment' | 'variant'
const KINDS: Kind[] = ['exact', 'fragment', 'variant']
const plantedQuote = new Int32Array(count)
const plantedSource = new Int32Array(count)
const plantedKind = new Uint8Array(count)
// 1 when the precision guards forbid the merge by design (no content word; one or two content
// words without the same known speaker; fewer than four with an unknown speaker on one side).
const plantedGuarded = new Uint8Array(count)
let planted = 0
const isOriginal = new Uint8Array(count)

function speaker(): string | null {
  return random() < 0.1 ? null : `s${speakerRank()}`
}

function makeQuote(i: number): ClusterInput {
  const id = idOf(i)
  const documentId = `d${Math.floor(i / 20)}`
  const roll = random()
  const source = reservoir.length > 100 ? pick(reservoir) : undefined
  if (source && roll < 0.08) {
    // Exact repeat with surface changes.
    let text = source.text
    if (random() < 0.5) text = text.toLowerCase()
    text = random() < 0.5 ? text.replaceAll("'", '\u2019') : text
    text = random() < 0.5 ? text.replace(/[.]$/, ',') : `${text} `
    const copySpeaker = random() < 0.85 ? source.speaker : null
    plant(i, source.index, 0, guarded(text, source.speaker, copySpeaker))
    return { id, documentId, text, speakerId: copySpeaker }
  }
  if (source && source.speaker !== null && roll < 0.16 && source.words.length > 3) {
    // Fragment: 2–12 contiguous words, shorter than the source, holding a content word.
    const size = Math.min(2 + Math.floor(random() * 11), source.words.length - 1)
    const start = Math.floor(random() * (source.words.length - size + 1))
    const words = source.words.slice(start, start + size)
    if (words.some(isContent)) {
      plant(i, source.index, 1)
      return { id, documentId, text: words.join(' '), speakerId: source.speaker }
    }
  }
  if (source && source.speaker !== null && roll < 0.21 && source.words.length >= 8) {
    const words = [...source.words]
    const at = Math.floor(random() * words.length)
    const edit = random()
    if (edit < 1 / 3) words[at] = pick(CONTENT_WORDS)
    else if (edit < 2 / 3) words.splice(at, 0, pick(CONTENT_WORDS))
    else words.splice(at, 1)
    plant(i, source.index, 2)
    return { id, documentId, text: render(words), speakerId: source.speaker }
  }
  const length = sentenceLength()
  const words: string[] = []
  for (let k = 0; k < length; k++) words.push(nextWord())
  const text = render(words)
  const quote = { id, documentId, text, speakerId: speaker() }
  isOriginal[i] = 1
  const entry = { index: i, words, text, speaker: quote.speakerId }
  if (reservoir.length < RESERVOIR) reservoir.push(entry)
  else reservoir[Math.floor(random() * RESERVOIR)] = entry
  return quote
}

function plant(quote: number, source: number, kind: number, guard = false): void {
  plantedQuote[planted] = quote
  plantedSource[planted] = source
  plantedKind[planted] = kind
  plantedGuarded[planted] = guard ? 1 : 0
  planted++
}

function guarded(text: string, a: string | null, b: string | null): boolean {
  const content = tokenize(text).filter((word) => wordKind(word) !== FUNCTION_WORD).length
  if (content === 0) return true
  if (content < 3 && (a === null || a !== b)) return true
  return (a === null) !== (b === null) && content < 4
}

function memory(): { heap: number; buffers: number } {
  ;(globalThis as { gc?: () => void }).gc?.()
  const usage = process.memoryUsage()
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers }
}

const before = memory()
const index = new ClusterIndex()
let addTime = 0
// CPU time of this process (user + system, GC threads included) while adding: the fair figure
// when other work shares the machine and wall-clock time is stretched.
let addCpu = 0
let finalTime = 0
let finalCpu = 0
const CHUNK = 2000
const chunk: ClusterInput[] = []
for (let i = 0; i < count; i += CHUNK) {
  chunk.length = 0
  for (let k = i; k < Math.min(count, i + CHUNK); k++) chunk.push(makeQuote(k))
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  for (const quote of chunk) index.add(quote)
  const cpu = process.cpuUsage(cpu0)
  addCpu += (cpu.user + cpu.system) / 1000
  addTime += performance.now() - t0
  if (i > 0 && i % 200_000 === 0) {
    process.stderr.write(
      `  ${i} quotes, ${Math.round(i / (addTime / 1000))}/s wall, ${Math.round(i / (addCpu / 1000))}/s cpu\n`,
    )
  }
}
chunk.length = 0
{
  // The final pass: the first read settles the clusters.
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  index.clusterIdOf(idOf(0))
  const cpu = process.cpuUsage(cpu0)
  finalCpu = (cpu.user + cpu.system) / 1000
  finalTime = performance.now() - t0
  addCpu += finalCpu
  addTime += finalTime
}
const after = memory()

const recall = KINDS.map(() => ({ total: 0, same: 0, allowed: 0, allowedSame: 0 }))
for (let p = 0; p < planted; p++) {
  const row = recall[plantedKind[p] ?? 0]
  if (!row) continue
  const same =
    index.clusterIdOf(idOf(plantedQuote[p] ?? 0)) === index.clusterIdOf(idOf(plantedSource[p] ?? 0))
  row.total++
  if (same) row.same++
  if (!plantedGuarded[p]) {
    row.allowed++
    if (same) row.allowedSame++
  }
}

// False merges: random pairs of original (unplanted) quotes that share a cluster, and originals
// whose cluster holds another original.
const originals: number[] = []
for (let i = 0; i < count; i++) if (isOriginal[i]) originals.push(i)
const SAMPLE = 200_000
let falsePairs = 0
for (let s = 0; s < SAMPLE; s++) {
  const a = pick(originals)
  const b = pick(originals)
  if (a !== b && index.clusterIdOf(idOf(a)) === index.clusterIdOf(idOf(b))) falsePairs++
}
const originalsPerCluster = new Map<string, number>()
for (const i of originals) {
  const id = index.clusterIdOf(idOf(i)) ?? ''
  originalsPerCluster.set(id, (originalsPerCluster.get(id) ?? 0) + 1)
}
let mergedOriginals = 0
for (const n of originalsPerCluster.values()) if (n > 1) mergedOriginals += n

const kb = (bytes: number) => `${Math.round(bytes / count)} B`
const pct = (x: number) => `${(100 * x).toFixed(2)}%`
const rows: [string, string][] = [
  ['quotes', count.toLocaleString('en')],
  ['quote ids', shuffledIds ? 'shuffled (all clustering in the final pass)' : 'in order'],
  [
    'quotes/s (add + final pass, wall clock)',
    Math.round(count / (addTime / 1000)).toLocaleString('en'),
  ],
  [
    'quotes/s (add + final pass, CPU time)',
    Math.round(count / (addCpu / 1000)).toLocaleString('en'),
  ],
  [
    'final pass (wall clock, CPU time)',
    `${(finalTime / 1000).toFixed(2)} s, ${(finalCpu / 1000).toFixed(2)} s`,
  ],
  ['heap / quote', kb(after.heap - before.heap)],
  ['heap + typed arrays / quote', kb(after.heap + after.buffers - before.heap - before.buffers)],
  ['exact gc', (globalThis as { gc?: unknown }).gc ? 'yes' : 'no (run with --expose-gc)'],
  ...KINDS.map((kind, k): [string, string] => {
    const row = recall[k] ?? { total: 0, same: 0, allowed: 0, allowedSame: 0 }
    const allowed = `${pct(row.allowedSame / Math.max(1, row.allowed))} of ${row.allowed} the guards allow`
    return [
      `recall ${kind} (n=${row.total})`,
      `${pct(row.same / Math.max(1, row.total))}  (${allowed})`,
    ]
  }),
  [`false merges, random original pairs (n=${SAMPLE})`, `${falsePairs}`],
  ['originals sharing a cluster with another original', pct(mergedOriginals / originals.length)],
]
const width = Math.max(...rows.map(([name]) => name.length))
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`)
