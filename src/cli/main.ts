#!/usr/bin/env node
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, workerData } from 'node:worker_threads'
import { QuoteCorpus } from '../api/quote-corpus.js'
import type { DocumentResult, Quote } from '../types.js'
import { csvHeader, csvRows } from './csv.js'
import { setJitFlags } from './jit-flags.js'
import type { CliOptions } from './options.js'
import { parseOptions, UsageError, usage } from './options.js'
import { Output } from './output.js'
import { createProgress } from './progress.js'
import { readDocuments, threadCount } from './read-documents.js'
import type { ReadText } from './read-file.js'
import { decode, formatBytes } from './read-file.js'
import { listInputs, textExtensions } from './read-inputs.js'
import type { ReportedDocument } from './report.js'
import { formatDocument, formatRun } from './report.js'
import { createStyler, wantsColour } from './style.js'
import { createTimings, formatTimings } from './timings.js'

// The CLI's bundle is also its workers' module: a pool thread loads this file for
// `attributeFile` and must not run the command line again. The marker tells the two apart.
export { attributeFile } from './worker.js'

/** The package's version, set by the build (tsup `define`). */
declare const PACKAGE_VERSION: string

const workerMarker = { quoteAttributionWorker: true }
// Piscina hands its threads the pool's `workerData` as the thread's own.
const isPoolWorker =
  !isMainThread && (workerData as typeof workerMarker | undefined)?.quoteAttributionWorker === true

const name = 'quote-attribution'

async function readStdin(maxBytes: number): Promise<ReadText> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    // Standard input may never end (`< /dev/zero`): stop at the limit rather than fill memory.
    if (size > maxBytes) {
      process.stdin.destroy()
      return { error: `too large (over ${formatBytes(maxBytes)}; see --max-size)` }
    }
    chunks.push(chunk as Buffer)
  }
  return decode(Buffer.concat(chunks))
}

/**
 * What the run keeps of a document it streams out (`--ndjson`): what clusters and run-wide
 * speakers need, and no more, so memory grows with them rather than with every quote's places
 * and spans.
 */
function slim(result: DocumentResult): DocumentResult {
  const quotes = result.quotes.map(
    (quote) =>
      ({
        id: quote.id,
        text: quote.text,
        speaker: quote.speaker && { id: quote.speaker.id, name: quote.speaker.name },
      }) as Quote,
  )
  return { id: result.id, quotes, speakers: result.speakers, warnings: [] }
}

// The document's quotes with the run's speaker ids and names, as the corpus gave them for its
// slim copy.
function withSpeakerIds(quotes: readonly Quote[], run: readonly Quote[]): Quote[] {
  return quotes.map((quote, index) => {
    const speaker = run[index]?.speaker
    return quote.speaker && speaker
      ? { ...quote, speaker: { ...quote.speaker, id: speaker.id, name: speaker.name } }
      : quote
  })
}

// One line, for a person at a terminal: what went wrong and where to look.
function complain(message: string): void {
  process.stderr.write(`${name}: ${message}\n`)
}

async function main(): Promise<number> {
  const timings = createTimings()
  // Milliseconds since the process started: Node's start-up and the bundle's loading.
  timings.startup = performance.now()
  let options: CliOptions
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    complain(`${error.message} (${name} --help lists the options)`)
    return 2
  }
  const output = new Output(process.stdout)
  if (options.help) {
    output.write(`${usage}\n`)
    output.end()
    return 0
  }
  if (options.version) {
    output.write(`${PACKAGE_VERSION}\n`)
    output.end()
    return 0
  }
  if (options.paths.length === 0) {
    if (process.stdin.isTTY) {
      complain(`no input: name files or folders, or pipe text in (${name} --help)`)
      return 2
    }
    options.paths.push('-')
  }
  let at = performance.now()
  const listed = listInputs(options.paths, { maxBytes: options.maxBytes })
  timings.listing = performance.now() - at
  if (listed.length === 0) {
    complain(
      `nothing to read: no ${[...textExtensions].join(', ')} file in ${options.paths.join(', ')}`,
    )
    return 1
  }
  const progress = await createProgress(listed.length)
  const corpus = new QuoteCorpus()
  const documents: ReportedDocument[] = []
  let failed = 0
  const threads = threadCount(options.workers, availableParallelism(), listed.length)
  const read = readDocuments(listed, {
    workers: threads,
    maxBytes: options.maxBytes,
    workerMemory: options.workerMemory,
    stdin: readStdin,
    workerFile: fileURLToPath(import.meta.url),
    workerData: workerMarker,
    timings,
  })
  try {
    for await (const document of read) {
      progress.tick()
      if (document.error !== undefined) {
        progress.log(`${name}: ${document.path}: ${document.error}\n`)
        const entry = { path: document.path, error: document.error }
        if (options.format === 'ndjson') output.write(`${JSON.stringify(entry)}\n`)
        else documents.push(entry)
        failed++
        continue
      }
      // Speakers are joined across documents in input order, whichever thread read them.
      at = performance.now()
      const ndjson = options.format === 'ndjson'
      const added = corpus.addResult(ndjson ? slim(document.result) : document.result)
      timings.corpus += performance.now() - at
      if (ndjson) {
        at = performance.now()
        const { quotes, warnings } = document.result
        const line = {
          path: document.path,
          quotes: withSpeakerIds(quotes, added.quotes),
          speakers: added.speakers,
          warnings,
        }
        output.write(`${JSON.stringify(line)}\n`)
        timings.writing += performance.now() - at
      } else {
        documents.push({ path: document.path, places: document.places })
      }
    }
  } finally {
    progress.stop()
  }
  at = performance.now()
  const result = corpus.result()
  timings.result = performance.now() - at
  at = performance.now()
  const done = (): number => {
    output.end()
    timings.writing += performance.now() - at
    if (options.timings) process.stderr.write(formatTimings(timings, performance.now(), threads))
    return failed > 0 ? 1 : 0
  }
  if (options.format === 'ndjson') {
    output.write(`${JSON.stringify({ speakers: result.speakers })}\n`)
    output.write(`${JSON.stringify({ clusters: result.clusters })}\n`)
    return done()
  }
  // The documents with their run-wide speaker ids, unread ones in their places.
  let next = 0
  const reported = documents.map((entry): ReportedDocument => {
    if (entry.error) return entry
    const document = result.documents[next++]
    return {
      path: entry.path,
      quotes: document?.quotes ?? [],
      speakers: document?.speakers ?? [],
      warnings: document?.warnings ?? [],
      ...(options.format === 'text' ? { places: entry.places } : {}),
    } as ReportedDocument
  })
  if (options.format === 'json') {
    // Written a document at a time: one string of the whole run would double its memory.
    output.write('{"documents":[')
    for (const [index, document] of reported.entries()) {
      output.write(`${index > 0 ? ',' : ''}${JSON.stringify(document)}`)
    }
    output.write(`],"speakers":${JSON.stringify(result.speakers)}`)
    output.write(`,"clusters":${JSON.stringify(result.clusters)}}\n`)
  } else if (options.format === 'csv') {
    output.write(csvHeader())
    const paths = reported.filter((document) => !document.error).map((document) => document.path)
    for (const rows of csvRows(paths, result)) output.write(rows)
  } else {
    const style = createStyler(wantsColour(process.stdout, process.env))
    const layout = { style, width: Math.min(process.stdout.columns ?? 100, 120) }
    for (const document of reported) output.write(formatDocument(document, layout))
    output.write(formatRun(reported, result, layout))
  }
  return done()
}

if (!isPoolWorker) {
  // Before any document is read, and before the pool starts: its threads share the flags.
  setJitFlags()
  // A reader that stops early (`… | head -1`) closes the pipe: the run has nothing left to do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode === 70 ? 70 : 0)
    throw error
  })
  process.stderr.on('error', () => {})
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      complain(`internal error: ${(error as Error)?.stack ?? String(error)}`)
      process.exitCode = 70
    },
  )
}
