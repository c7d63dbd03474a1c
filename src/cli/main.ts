#!/usr/bin/env node
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import { QuoteCorpus } from '../api/quote-corpus.js'
import type { CliOptions } from './options.js'
import { parseOptions, UsageError, usage } from './options.js'
import { createProgress } from './progress.js'
import { readDocuments, threadCount } from './read-documents.js'
import { listInputs } from './read-inputs.js'
import type { ReportedDocument } from './report.js'
import { formatReport } from './report.js'

// The CLI's bundle is also its workers' module: a pool thread loads this file for
// `attributeFile` and must not run the command line again. The marker tells the two apart.
export { attributeFile } from './worker.js'

/** The package's version, set by the build (tsup `define`). */
declare const PACKAGE_VERSION: string

const workerMarker = { quoteAttributionWorker: true }
const isPoolWorker =
  Piscina.isWorkerThread &&
  (Piscina.workerData as typeof workerMarker | undefined)?.quoteAttributionWorker === true

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function main(): Promise<number> {
  let options: CliOptions
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`quote-attribution: ${error.message}\n\n${usage}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  if (options.version) {
    process.stdout.write(`${PACKAGE_VERSION}\n`)
    return 0
  }
  const listed = await listInputs(options.paths)
  const progress = createProgress(listed.length)
  const corpus = new QuoteCorpus()
  const documents: ReportedDocument[] = []
  let failed = 0
  const read = readDocuments(listed, {
    workers: threadCount(options.workers, availableParallelism(), listed.length),
    stdin: readStdin,
    workerFile: fileURLToPath(import.meta.url),
    workerData: workerMarker,
  })
  try {
    for await (const document of read) {
      progress.tick()
      if (document.error !== undefined) {
        progress.log(`quote-attribution: ${document.path}: ${document.error}\n`)
        const entry = { path: document.path, error: document.error }
        if (options.ndjson) process.stdout.write(`${JSON.stringify(entry)}\n`)
        else documents.push(entry)
        failed++
        continue
      }
      // Speakers are joined across documents in input order, whichever thread read them.
      const added = corpus.addResult(document.result)
      if (options.ndjson) {
        const { quotes, speakers, warnings } = added
        process.stdout.write(
          `${JSON.stringify({ path: document.path, quotes, speakers, warnings })}\n`,
        )
      } else {
        documents.push({ path: document.path })
      }
    }
  } finally {
    progress.stop()
  }
  const result = corpus.result()
  if (options.ndjson) {
    process.stdout.write(`${JSON.stringify({ speakers: result.speakers })}\n`)
    process.stdout.write(`${JSON.stringify({ clusters: result.clusters })}\n`)
    return failed > 0 ? 1 : 0
  }
  let next = 0
  const reported = documents.map((entry) => {
    if (entry.error) return entry
    const document = result.documents[next++]
    return {
      path: entry.path,
      quotes: document?.quotes ?? [],
      speakers: document?.speakers ?? [],
      warnings: document?.warnings ?? [],
    }
  })
  if (options.json) {
    const json = { documents: reported, speakers: result.speakers, clusters: result.clusters }
    process.stdout.write(`${JSON.stringify(json)}\n`)
  } else {
    process.stdout.write(formatReport(reported, result))
  }
  return failed > 0 ? 1 : 0
}

if (!isPoolWorker) {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(
        `quote-attribution: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
      )
      process.exitCode = 70
    },
  )
}
