/**
 * How fast and how lean the pipeline is, as users meet it: the CLI cold over a folder, the
 * library in-process, an editor's keystrokes, memory and hostile input. One run, one table.
 *
 *   npm run bench [-- <folder>]          (builds first)
 *   npx tsx scripts/bench.ts [--quick] [--limit=<s>] [<folder>]
 *
 * <folder>: what the cold CLI runs read (default: the PolNeAR train split).
 * --quick: smaller memory, hostile and cluster runs. --limit: seconds a hostile-input run may
 * take before it is stopped and reported as too slow (default 60).
 *
 * Input: the articles of /work/shared/polnear/train, read in place (third-party data, never
 * copied here); the seeds repeated when that folder is missing. Memory and hostile-input runs go
 * in child processes: memory gets `--expose-gc` and a clean heap, and a hostile run that takes
 * too long can be stopped. Figures move by 10–20% between runs on a shared machine; the load
 * average is printed so a reader can tell a busy run.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import nlp from 'compromise'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { attributeDocuments, attributeText, createAttributor } from '../src/index.js'
import { readParagraph } from '../src/quotes/quoted-paragraph.js'
import { projectRoot, runChild } from './lib/bench-child.js'
import {
  cliArgs,
  coldRun,
  folderFiles,
  median,
  parseOnlyArgs,
  passesArgs,
  readTexts,
  readTimings,
  sizeOf,
} from './lib/bench-cli.js'
import type { Article } from './lib/bench-corpus.js'
import {
  bytesOf,
  corpusFolder,
  fixed,
  loadCorpus,
  loadSeeds,
  paragraphsOf,
  quantile,
  sample,
  seedsFolder,
  time,
  wordCount,
} from './lib/bench-corpus.js'

const quick = process.argv.includes('--quick')
const limitArgument = process.argv.find((arg) => arg.startsWith('--limit='))
const hostileLimit = limitArgument ? Number(limitArgument.slice('--limit='.length)) : 60
const MB = 1e6

interface Row {
  measure: string
  figure: string
  target?: string
  met?: boolean | null
}
const rows: Row[] = []
const notes: string[] = []
const say = (line: string): void => {
  process.stderr.write(`${line}\n`)
}

const corpus = loadCorpus()
const articles = corpus.articles
const corpusMB = corpus.bytes / MB

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`
const load = loadavg().map((value) => value.toFixed(2))
say(`bench: ${machine}; load average ${load.join(' ')}`)
say(`bench: corpus ${articles.length} articles, ${fixed(corpusMB)} MB from ${corpus.source}`)

// (h): the CLI as users meet it, cold processes over a folder, before anything here warms up.
{
  const folder =
    process.argv.slice(2).find((arg) => !arg.startsWith('--')) ??
    (existsSync(corpusFolder) ? corpusFolder : seedsFolder)
  const files = folderFiles(folder)
  const mb = sizeOf(files) / MB
  const list = join(mkdtempSync(join(tmpdir(), 'quote-attribution-bench-')), 'files.json')
  writeFileSync(list, JSON.stringify(files))
  say(`bench: (h) cold CLI over ${folder} (${files.length} files, ${fixed(mb)} MB)`)
  // Interleaved rounds, medians: a burst of load on the machine hurts no side alone.
  const rounds = quick ? 1 : 3
  const parse: number[] = []
  const one: number[] = []
  const chosen: number[] = []
  const stages: Map<string, number>[] = []
  let threads = ''
  for (let round = 0; round < rounds; round++) {
    parse.push((await coldRun(parseOnlyArgs(list))).ms)
    const single = await coldRun(cliArgs(folder, ['--workers', '1', '--timings']))
    one.push(single.ms)
    stages.push(readTimings(single.stderr))
    const many = await coldRun(cliArgs(folder, ['--timings']))
    chosen.push(many.ms)
    threads = /; (\d+ threads?)/.exec(many.stderr)?.[1] ?? '?'
  }
  const parseMs = median(parse)
  const oneMs = median(one)
  const chosenMs = median(chosen)
  const rate = (ms: number) => `${fixed(ms / 1000)} s, ${fixed(mb / (ms / 1000))} MB/s`
  rows.push({ measure: '(h) cold parse-only process (retext-english)', figure: rate(parseMs) })
  rows.push({
    measure: '(h) CLI cold, --workers 1: time, × parse-only rate',
    figure: `${rate(oneMs)} = ${fixed(parseMs / oneMs)}×`,
    target: '≥ 0.45×',
    met: parseMs / oneMs >= 0.45,
  })
  rows.push({
    measure: `(h) CLI cold, default (${threads}): time / one worker's`,
    figure: `${rate(chosenMs)} = ${fixed(chosenMs / oneMs)}×`,
    target: '≤ 1.05×',
    met: chosenMs / oneMs <= 1.05,
  })
  // Where the one-worker run's time goes: its own --timings, stage by stage (medians), and the
  // JIT's warm-up as the cold attribution time less the same work on warm code.
  const stage = (name: string) => median(stages.map((timings) => timings.get(name) ?? 0))
  const texts = readTexts(files)
  const attributeAll = () => {
    for (const { id, text } of texts) attributeText(text, { id })
  }
  attributeAll()
  const warmMs = Math.min(time(attributeAll), time(attributeAll))
  const attribution = stage('attribution')
  const measured = [
    'startup',
    'listing',
    'reading',
    'attribution',
    'corpus',
    'result',
    'writing',
  ].reduce((sum, name) => sum + stage(name), 0)
  const ms = (value: number) => `${Math.round(value)} ms`
  rows.push({
    measure: '(h) one-worker cold run: start-up and module load / listing / reading',
    figure: `${ms(stage('startup'))} / ${ms(stage('listing'))} / ${ms(stage('reading'))}`,
  })
  rows.push({
    measure: '(h) … attribution (of which JIT warm-up) / corpus (speakers, clusters)',
    figure: `${ms(attribution)} (${ms(Math.max(0, attribution - warmMs))}) / ${ms(stage('corpus'))}`,
  })
  rows.push({
    measure: '(h) … final result / writing / exit and the rest',
    figure: `${ms(stage('result'))} / ${ms(stage('writing'))} / ${ms(Math.max(0, oneMs - measured))}`,
  })
  // The library in a fresh process: its first pass, and passes once the JIT has compiled it.
  const passes = await coldRun(passesArgs(list))
  const times = JSON.parse(passes.stderr) as number[]
  const first = times[0] as number
  const warm = Math.min(...times.slice(1))
  rows.push({
    measure: '(h) in-process attributeDocuments: first pass / warm passes',
    figure: `${fixed(mb / (first / 1000))} / ${fixed(mb / (warm / 1000))} MB/s`,
  })
}

// retext-english as the library calls it: one frozen processor, one paragraph (line) at a time.
const processor = unified().use(retextEnglish).freeze()
function parseOnly(texts: readonly Article[]): void {
  for (const article of texts)
    for (const paragraph of paragraphsOf(article.text)) processor.parse(paragraph)
}
const ours = (texts: readonly Article[]) => attributeDocuments(texts)

// (a), (b): the whole corpus, both warmed on a tenth of it, best of two interleaved passes so a
// burst of load on the machine hurts neither side alone.
{
  say('bench: (a) parse-only and (b) end-to-end throughput')
  const warm = articles.slice(0, Math.max(1, Math.ceil(articles.length / 10)))
  parseOnly(warm)
  ours(warm)
  const alone = (texts: readonly Article[]) => {
    for (const article of texts) attributeText(article.text, { id: article.id })
  }
  alone(warm)
  // The first stage alone: tokens, quotation marks and word classes, paragraph by paragraph.
  const readOnly = (texts: readonly Article[]) => {
    for (const article of texts)
      for (const paragraph of paragraphsOf(article.text)) readParagraph(paragraph)
  }
  readOnly(warm)
  let parseMs = Number.POSITIVE_INFINITY
  let oursMs = Number.POSITIVE_INFINITY
  let aloneMs = Number.POSITIVE_INFINITY
  let readMs = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < 2; pass++) {
    parseMs = Math.min(
      parseMs,
      time(() => parseOnly(articles)),
    )
    readMs = Math.min(
      readMs,
      time(() => readOnly(articles)),
    )
    oursMs = Math.min(
      oursMs,
      time(() => ours(articles)),
    )
    aloneMs = Math.min(
      aloneMs,
      time(() => alone(articles)),
    )
  }
  const parseRate = corpusMB / (parseMs / 1000)
  const oursRate = corpusMB / (oursMs / 1000)
  const aloneRate = corpusMB / (aloneMs / 1000)
  rows.push({ measure: '(a) retext-english parse only', figure: `${fixed(parseRate)} MB/s` })
  rows.push({
    measure: '(b) end to end (quotes, speakers, clusters)',
    figure: `${fixed(oursRate)} MB/s`,
  })
  rows.push({
    measure: '(b) of which attributeText alone (no corpus)',
    figure: `${fixed(aloneRate)} MB/s (${fixed(aloneRate / parseRate)} of parse only)`,
  })
  // Where the time beyond the parse goes, each stage as a multiple of the parse: 0.6 leaves
  // the three together 1 / 0.6 - 1 = 0.67 parses.
  const share = (ms: number): string => `${fixed(ms / parseMs)}×`
  rows.push({
    measure: '(b) beyond the parse, × parse: tokens+quotes / speakers / corpus',
    figure: `${share(readMs - parseMs)} / ${share(aloneMs - readMs)} / ${share(oursMs - aloneMs)} = ${share(oursMs - parseMs)}`,
    target: '≤ 0.67× (for 0.6)',
    met: oursMs - parseMs <= parseMs / 0.6 - parseMs,
  })
  rows.push({
    measure: '(b/a) end to end / parse only',
    figure: fixed(oursRate / parseRate),
    target: '≥ 0.5',
    met: oursRate / parseRate >= 0.5,
  })
}

// (c): compromise is slow, so both sides read the first ~300 KB (quick: 100 KB) of the corpus.
{
  say('bench: (c) compromise quotations()')
  const budget = (quick ? 100 : 300) * 1000
  const prefix: Article[] = []
  for (const article of articles) {
    if (bytesOf(prefix) >= budget) break
    prefix.push(article)
  }
  const prefixMB = bytesOf(prefix) / MB
  nlp(prefix[0]?.text ?? '')
    .quotations()
    .out('array')
  let found = 0
  const theirsMs = time(() => {
    for (const article of prefix) found += nlp(article.text).quotations().out('array').length
  })
  ours(prefix)
  const oursMs = Math.min(...sample(() => ours(prefix), 3, 0))
  const theirs = prefixMB / (theirsMs / 1000)
  const mine = prefixMB / (oursMs / 1000)
  rows.push({
    measure: `(c) compromise quotations(), first ${fixed(prefixMB * 1000, 0)} KB`,
    figure: `${fixed(theirs, 3)} MB/s (${found} quotes)`,
  })
  rows.push({
    measure: '(c) end to end / compromise, same text',
    figure: `${fixed(mine / theirs, 1)}×`,
    target: '≥ 30×',
    met: mine / theirs >= 30,
  })
}

// (d): latency of one article, as an editor or a request handler sees it.
{
  say('bench: (d) latency')
  const seeds = loadSeeds()
  const largest = seeds.reduce((a, b) => (b.text.length > a.text.length ? b : a))
  const runs = quick ? 100 : 300
  const times = sample(() => attributeText(largest.text), runs, 30)
  rows.push({
    measure: `(d) attributeText latency, ${largest.id} (${wordCount(largest.text)} words), ${runs} runs`,
    figure: `median ${fixed(quantile(times, 0.5))} ms, p95 ${fixed(quantile(times, 0.95))} ms`,
  })
  const thousand = seeds.reduce((a, b) =>
    Math.abs(wordCount(b.text) - 1000) < Math.abs(wordCount(a.text) - 1000) ? b : a,
  )
  const parseMedian = quantile(
    sample(() => parseOnly([thousand]), runs, 30),
    0.5,
  )
  const oursMedian = quantile(
    sample(() => attributeText(thousand.text), runs, 30),
    0.5,
  )
  rows.push({
    measure: `(d) ~1,000 words (${wordCount(thousand.text)}): latency / parse only`,
    figure: `${fixed(oursMedian)} / ${fixed(parseMedian)} ms = ${fixed(oursMedian / parseMedian)}×`,
    target: '≤ 2×',
    met: oursMedian / parseMedian <= 2,
  })
}

// (f): one keystroke in a long article, against reading it all again.
{
  say('bench: (f) incremental editing')
  const longest = articles.reduce((a, b) => (b.text.length > a.text.length ? b : a))
  const paragraphs = longest.text.split('\n')
  const middle = paragraphs.findIndex(
    (line, index) => index >= paragraphs.length / 2 && line.trim().length > 40,
  )
  const at = Math.floor((paragraphs[middle] ?? '').length / 2)
  const attributor = createAttributor(longest.id)
  attributor.attribute(longest.text)
  // Each run changes one letter of the same paragraph, so it is never the one cached last time.
  let keystroke = 0
  const edited = (): string => {
    const letter = String.fromCharCode(97 + (keystroke++ % 26))
    const copy = [...paragraphs]
    const line = copy[middle] ?? ''
    copy[middle] = `${line.slice(0, at)}${letter}${line.slice(at + 1)}`
    return copy.join('\n')
  }
  const runs = quick ? 50 : 150
  const texts = Array.from({ length: runs + 15 }, edited)
  let next = 0
  const edits = sample(() => attributor.attribute(texts[next++] as string), runs, 15)
  const incremental = quantile(edits, 0.5)
  const full = quantile(
    sample(() => attributeText(longest.text, { id: longest.id }), runs, 15),
    0.5,
  )
  rows.push({
    measure: `(f) one-letter edit, ${wordCount(longest.text)}-word article: createAttributor / full`,
    figure: `${fixed(incremental)} / ${fixed(full)} ms = ${fixed(incremental / full)}×`,
    target: '≤ 0.3×',
    met: incremental / full <= 0.3,
  })
  rows.push({
    measure: `(f) one-letter edit, ${wordCount(longest.text)}-word article: p95`,
    figure: `${fixed(quantile(edits, 0.95))} ms`,
    target: '≤ 1 ms',
    met: quantile(edits, 0.95) <= 1,
  })
  // Typing at the end of a paragraph of 400 transliterated names, each opening with a single
  // mark that is never closed (‘Ali, ‘Umar, …): each keystroke reads that paragraph again.
  const names = ['‘Ali', '‘Umar', '‘Abd al-Rahman', '‘Aisha', '‘Uthman']
  const roll = Array.from({ length: 400 }, (_, index) => names[index % names.length]).join(', ')
  const typing = createAttributor('names')
  let typed = ''
  typing.attribute(`A list.\n\n${roll}`)
  // Until 100 keystrokes or 15 s: while the quote finder is slow on this paragraph, a fixed
  // count of seconds-long keystrokes would hold up the whole bench.
  const keystrokes: number[] = []
  const until = performance.now() + 15_000
  while (
    keystrokes.length < (quick ? 30 : 100) &&
    (keystrokes.length < 5 || performance.now() < until)
  ) {
    typed += String.fromCharCode(97 + (typed.length % 26))
    const text = `A list.\n\n${roll} ${typed}`
    keystrokes.push(time(() => typing.attribute(text)))
  }
  rows.push({
    measure: '(f) keystroke in a paragraph of 400 names with unclosed single marks: p95',
    figure: `${fixed(quantile(keystrokes, 0.95))} ms (median ${fixed(quantile(keystrokes, 0.5))} ms, ${keystrokes.length} keystrokes)`,
    target: '≤ 5 ms',
    met: quantile(keystrokes, 0.95) <= 5,
  })
}

// (e): heap while a growing corpus streams through a QuoteCorpus (child, with --expose-gc).
{
  const multiples = quick ? ['1', '2'] : ['1', '5', '10']
  say(`bench: (e) memory at ${multiples.join(', ')}× the corpus (child process)`)
  const outcome = await runChild('scripts/lib/bench-memory.ts', multiples, 600)
  if (outcome.status === 'ok') {
    const report = JSON.parse(outcome.stdout) as {
      exactHeap: boolean
      rows: { multiple: number; inputMB: number; heapMB: number; peakMB: number; seconds: number }[]
    }
    for (const row of report.rows) {
      rows.push({
        measure: `(e) heap after ${row.multiple}× corpus (${fixed(row.inputMB, 1)} MB in, ${fixed(row.seconds, 0)} s)`,
        figure: `${fixed(row.heapMB, 1)} MB kept (${fixed(row.heapMB / row.inputMB)} MB/MB), peak ${fixed(row.peakMB, 1)} MB (${fixed(row.peakMB / row.inputMB)} MB/MB)`,
      })
    }
    if (!report.exactHeap) notes.push('(e) heap figures are without a full GC (no --expose-gc)')
  } else {
    rows.push({ measure: '(e) memory', figure: describeFailure(outcome), met: false })
  }
}

// (g): a hostile input must cost time in proportion to its size.
{
  const sizes = quick ? [1, 5] : [1, 10, 50]
  const limit = hostileLimit
  for (const shape of ['many', 'giant'] as const) {
    const rates = new Map<number, number>()
    let stopped = ''
    for (const megabytes of sizes) {
      const label = `(g) ${megabytes} MB, ${shape === 'many' ? 'many paragraphs' : 'one paragraph'}`
      if (stopped) {
        rows.push({ measure: label, figure: `not run: ${stopped}` })
        continue
      }
      say(`bench: ${label} (child process, limit ${limit} s)`)
      // The limit covers the call; the child gets a little more to build its text.
      const outcome = await runChild(
        'scripts/lib/bench-hostile.ts',
        [shape, String(megabytes)],
        limit + 15 + megabytes / 2,
      )
      if (outcome.status === 'timeout') {
        rows.push({
          measure: label,
          figure: `over ${limit} s: stopped, so under ${fixed(megabytes / limit)} MB/s`,
        })
        stopped = `${megabytes} MB already took over ${limit} s`
        continue
      }
      if (outcome.status !== 'ok') {
        rows.push({ measure: label, figure: describeFailure(outcome), met: false })
        stopped = `${megabytes} MB already failed`
        continue
      }
      const run = JSON.parse(outcome.stdout) as {
        bytes: number
        seconds: number
        quotes: number
        attributed: number
      }
      const rate = run.bytes / MB / run.seconds
      rates.set(megabytes, rate)
      const slow = run.seconds > limit
      rows.push({
        measure: label,
        figure: `${fixed(rate)} MB/s (${fixed(run.seconds, 1)} s; ${run.quotes} quotes, ${run.attributed} with a speaker)${slow ? ` — over the ${limit} s limit` : ''}`,
      })
      if (slow) stopped = `${megabytes} MB took over ${limit} s`
    }
    const first = rates.get(sizes[0] as number)
    const last = rates.get(sizes[sizes.length - 1] as number)
    rows.push({
      measure: `(g) ${shape === 'many' ? 'many paragraphs' : 'one paragraph'}: rate at ${sizes[0]} MB / rate at ${sizes[sizes.length - 1]} MB`,
      figure: first && last ? `${fixed(first / last)}×` : 'unknown (a run was stopped or failed)',
      target: '≤ 2×',
      met: first && last ? first / last <= 2 : null,
    })
  }
}

// The cluster index's own benchmark, written alongside this one.
let clusterReport = ''
if (existsSync(join(projectRoot, 'scripts', 'bench-clusters.ts'))) {
  const count = quick ? '50000' : '200000'
  say(`bench: clusters (scripts/bench-clusters.ts ${count}, child process)`)
  const outcome = await runChild('scripts/bench-clusters.ts', [count], 600)
  clusterReport =
    outcome.status === 'ok'
      ? outcome.stdout.trimEnd().replace(/^/gm, '  ')
      : `  ${describeFailure(outcome)}`
}

function describeFailure(outcome: Awaited<ReturnType<typeof runChild>>): string {
  if (outcome.status === 'timeout')
    return `stopped: over the time limit (${fixed(outcome.seconds, 0)} s)`
  if (outcome.status === 'failed') return `failed: ${outcome.reason}`
  return 'ok'
}

const width = Math.max(...rows.map((row) => row.measure.length))
const out: string[] = [
  `Machine: ${machine}; load average at start ${load.join(' ')}`,
  `Input: ${articles.length} articles, ${fixed(corpusMB)} MB (${corpus.source})`,
  '',
]
for (const row of rows) {
  const verdict =
    row.target === undefined
      ? ''
      : `  target ${row.target}: ${row.met === null ? 'not measured' : row.met ? 'met' : 'MISSED'}`
  out.push(`${row.measure.padEnd(width)}  ${row.figure}${verdict}`)
}
if (clusterReport) out.push('', 'Clusters (scripts/bench-clusters.ts):', clusterReport)
for (const note of notes) out.push(`Note: ${note}`)
process.stdout.write(`${out.join('\n')}\n`)
