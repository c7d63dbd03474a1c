/**
 * What the benchmarks read and how they time it: the corpus, news-like text of any size, and
 * small timing and formatting helpers. Shared by `scripts/bench.ts` and its child processes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Third-party articles: read in place at run time, never copied into the project. */
export const corpusFolder = '/work/shared/polnear/train'
export const seedsFolder = join(import.meta.dirname, '..', '..', 'seeds')

/** One article of the corpus. */
export interface Article {
  id: string
  text: string
}

/** The corpus and where it came from. */
export interface Corpus {
  source: string
  articles: Article[]
  bytes: number
}

function readFolder(folder: string): Article[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ id: name, text: readFileSync(join(folder, name), 'utf8') }))
}

/**
 * The polnear training articles, or the seeds repeated to about 1 MB when that folder is missing.
 */
export function loadCorpus(): Corpus {
  let articles: Article[]
  let source: string
  if (existsSync(corpusFolder) && readFolder(corpusFolder).length > 0) {
    articles = readFolder(corpusFolder)
    source = corpusFolder
  } else {
    const seeds = readFolder(seedsFolder)
    articles = []
    for (let copy = 0; bytesOf(articles) < 1e6; copy++) {
      for (const seed of seeds) articles.push({ id: `${copy}-${seed.id}`, text: seed.text })
    }
    source = `${seedsFolder} (repeated; ${corpusFolder} is missing)`
  }
  return { source, articles, bytes: bytesOf(articles) }
}

/** The seed articles. */
export function loadSeeds(): Article[] {
  return readFolder(seedsFolder)
}

/** UTF-8 size of some articles. */
export function bytesOf(articles: readonly Article[]): number {
  let total = 0
  for (const article of articles) total += Buffer.byteLength(article.text)
  return total
}

/** Words in a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * About `megabytes` MB of news-like text: corpus articles one after another, paragraphs kept
 * (`many`) or every line break made a space (`giant`: one paragraph).
 */
export function newsText(
  articles: readonly Article[],
  megabytes: number,
  shape: 'many' | 'giant',
): string {
  const target = megabytes * 1e6
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < target; index++) {
    const text = (articles[index % articles.length] as Article).text
    const part = shape === 'giant' ? text.replace(/[\r\n]+/g, ' ') : text
    parts.push(part)
    size += Buffer.byteLength(part) + 2
  }
  return parts.join(shape === 'giant' ? ' ' : '\n\n')
}

/** The paragraphs the library reads: non-blank lines. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '')
}

/** Milliseconds taken by `run`. */
export function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

/** Milliseconds of each of `runs` calls, after `warmup` untimed ones. */
export function sample(run: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): number[] {
  for (let index = 0; index < warmup; index++) run()
  const times: number[] = []
  for (let index = 0; index < runs; index++) times.push(time(run))
  return times
}

/** The `q` quantile (0–1) of some numbers. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at] ?? Number.NaN
}

/** A number with `digits` significant-looking decimals. */
export function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value)
}

/** Heap in use after a full collection when `--expose-gc` is on, else as it stands. */
export function heapUsed(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().heapUsed
}
