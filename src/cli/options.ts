import { parseArgs } from 'node:util'

/** What the CLI prints. */
export type OutputFormat = 'text' | 'json' | 'ndjson' | 'csv'

/** The command line, checked. */
export interface CliOptions {
  /** What to print: the readable report, JSON, NDJSON or CSV. */
  format: OutputFormat
  /** `--workers`, if given: threads to read with (1 reads in the main thread). */
  workers: number | undefined
  /** The largest file read, in bytes. */
  maxBytes: number
  /** Heap limit of each worker thread in MB, if given. */
  workerMemory: number | undefined
  /** Print where the time went on standard error. */
  timings: boolean
  /** Show the help. */
  help: boolean
  /** Show the version. */
  version: boolean
  /** Files, folders or `-`; empty when none was given. */
  paths: string[]
}

/** A command line that makes no sense; the CLI prints the message on one line, exit code 2. */
export class UsageError extends Error {}

/** Files larger than this are not read unless `--max-size` says otherwise. */
export const defaultMaxBytes = 10_000_000

/** The help text `--help` prints. */
export const usage = `Usage: quote-attribution [options] [files or folders…]

Find every direct quote in news articles, who said it, and the same quote across outlets.
Folders are walked in name order for .txt, .text, .md and .markdown files (hidden entries and
files of other names skipped; a file named on the command line is read whatever its name);
each real file is read once, however many paths or links lead to it. .md and .markdown files
are read as Markdown (code skipped, places in the Markdown source). - reads standard input.

Options:
  --format <f>       text (default: a report for people), json, ndjson or csv
  --json             the same as --format json: the whole result as one JSON document
  --ndjson           the same as --format ndjson: one JSON line per document as soon as it
                     is read, in input order, then a {"speakers":[…]} line and a
                     {"clusters":[…]} line; speaker ids on a document line are the ones known
                     when it was printed and can change when a later document names that
                     person more fully: the speakers line has the final ids, with every
                     alias, and the clusters line uses them
  --workers <n>      threads to read with, at most the number of cores (default: one, the
                     main thread, until the batch is large enough for a pool to pay: 2,000
                     files on 2 cores, 2,000 / (cores - 1) on more)
  --max-size <size>  skip, with an error, files larger than this (default 10MB; 500KB, 2MB, …)
  --max-memory <mb>  heap limit of each worker thread, in MB (default: Node's); a file that
                     exhausts it is reported and the others are read
  --timings          print where the time went (start-up, reading, attribution, …) on
                     standard error
  -h, --help         show this help
  -v, --version      show the version
Colour is used on a terminal, unless NO_COLOR is set.
Exit code: 0 when every input was read, 1 when one could not be or there was none, 2 on a
usage error.`

/**
 * Parse and check the command line.
 *
 * @param args Arguments after the script's path.
 * @throws {UsageError} When an option is unknown, malformed or clashes with another.
 */
export function parseOptions(args: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseRaw>
  try {
    parsed = parseRaw(args)
  } catch (error) {
    throw new UsageError(parseMessage(error))
  }
  const { values, positionals } = parsed
  const chosen = [
    values.json ? ('json' as const) : undefined,
    values.ndjson ? ('ndjson' as const) : undefined,
    values.format === undefined ? undefined : outputFormat(values.format),
  ].filter((format): format is OutputFormat => format !== undefined)
  if (new Set(chosen).size > 1) {
    throw new UsageError(`choose one output format (got ${chosen.join(' and ')})`)
  }
  return {
    format: chosen[0] ?? 'text',
    workers: values.workers === undefined ? undefined : count('--workers', values.workers),
    maxBytes: values['max-size'] === undefined ? defaultMaxBytes : size(values['max-size']),
    workerMemory:
      values['max-memory'] === undefined ? undefined : count('--max-memory', values['max-memory']),
    timings: values.timings,
    help: values.help,
    version: values.version,
    paths: positionals,
  }
}

function parseRaw(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      format: { type: 'string' },
      json: { type: 'boolean', default: false },
      ndjson: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'max-size': { type: 'string' },
      'max-memory': { type: 'string' },
      timings: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
    allowPositionals: true,
    strict: true,
  })
}

// Node's messages are long and say how to pass a positional that starts with `-`: one line
// that names the option is what a person needs.
function parseMessage(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}'`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /argument missing/.test(message) ? `${option} needs a value` : `${option} takes no value`
  }
  return message.split('\n')[0] ?? message
}

function outputFormat(value: string): OutputFormat {
  if (value === 'text' || value === 'json' || value === 'ndjson' || value === 'csv') return value
  throw new UsageError(`--format takes text, json, ndjson or csv (got '${value}')`)
}

function count(name: string, value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new UsageError(`${name} takes a whole number, 1 or more (got '${value}')`)
  }
  return Number(value)
}

const units: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  k: 1e3,
  mb: 1e6,
  m: 1e6,
  gb: 1e9,
  g: 1e9,
}

function size(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = units[match?.[2]?.toLowerCase() ?? 'x']
  if (!match || unit === undefined || Number(match[1]) * unit < 1) {
    throw new UsageError(`--max-size takes a size such as 500KB, 10MB or 1GB (got '${value}')`)
  }
  return Math.floor(Number(match[1]) * unit)
}
