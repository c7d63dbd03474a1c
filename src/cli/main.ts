#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { QuoteCorpus } from '../api/quote-corpus.js'
import { readInputs } from './read-inputs.js'
import type { ReportedDocument } from './report.js'
import { formatReport } from './report.js'

const usage = `Usage: quote-attribution [options] [files or folders…]

Find every direct quote in news articles, who said it, and the same quote across outlets.
With no path, or with -, reads standard input. Folders are walked for .txt and .md files.

Options:
  --json       print the whole result as JSON
  -h, --help   show this help
  -v, --version
Exit code: 0 when every input was read, 1 when one could not be, 2 on a usage error.`

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse()
  } catch (error) {
    process.stderr.write(`quote-attribution: ${(error as Error).message}\n\n${usage}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${process.env.npm_package_version ?? '0.1.0'}\n`)
    return 0
  }
  const corpus = new QuoteCorpus()
  const documents: ReportedDocument[] = []
  const failed: ReportedDocument[] = []
  for await (const input of readInputs(positionals.length > 0 ? positionals : ['-'], readStdin)) {
    if (input.error !== undefined) {
      process.stderr.write(`quote-attribution: ${input.path}: ${input.error}\n`)
      const entry = { path: input.path, error: input.error }
      documents.push(entry)
      failed.push(entry)
      continue
    }
    corpus.add({ id: input.path, text: input.text })
    documents.push({ path: input.path })
  }
  const result = corpus.result()
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
  if (values.json) {
    const json = { documents: reported, speakers: result.speakers, clusters: result.clusters }
    process.stdout.write(`${JSON.stringify(json)}\n`)
  } else {
    process.stdout.write(formatReport(reported, result))
  }
  return failed.length > 0 ? 1 : 0
}

function parse() {
  return parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
    allowPositionals: true,
    strict: true,
  })
}

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
