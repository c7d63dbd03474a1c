import { parseArgs } from 'node:util'

/** The command line, checked. */
export interface CliOptions {
  /** Print the whole result as one JSON document. */
  json: boolean
  /** Print one JSON line per document as it is read, then speakers and clusters. */
  ndjson: boolean
  /** `--workers`, if given: threads to read with (1 reads in the main thread). */
  workers: number | undefined
  /** Show the help. */
  help: boolean
  /** Show the version. */
  version: boolean
  /** Files, folders or `-`. */
  paths: string[]
}

/** A command line that makes no sense; the CLI prints the message and the usage, exit code 2. */
export class UsageError extends Error {}

/** The help text `--help` prints, and a bad command line after its message. */
export const usage = `Usage: quote-attribution [options] [files or folders…]

Find every direct quote in news articles, who said it, and the same quote across outlets.
With no path, or with -, reads standard input. Folders are walked for .txt and .md files.

Options:
  --json           print the whole result as one JSON document
  --ndjson         print one JSON line per document as soon as it is read, in input order,
                   then a {"speakers":[…]} line and a {"clusters":[…]} line; speaker ids on a
                   document line are the ones known when it was printed and can change when a
                   later document names that person more fully: the speakers line has the
                   final ids, with every alias, and the clusters line uses them
  --workers <n>    threads to read with (default: the number of cores, at most one per file);
                   1 reads in the main thread, and so does any batch of fewer than 8 files
  -h, --help       show this help
  -v, --version    show the version
Exit code: 0 when every input was read, 1 when one could not be, 2 on a usage error.`

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
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.json && values.ndjson) {
    throw new UsageError('--json and --ndjson cannot be used together; choose one')
  }
  return {
    json: values.json,
    ndjson: values.ndjson,
    workers: values.workers === undefined ? undefined : workerCount(values.workers),
    help: values.help,
    version: values.version,
    paths: positionals.length > 0 ? positionals : ['-'],
  }
}

function parseRaw(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean', default: false },
      ndjson: { type: 'boolean', default: false },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
    allowPositionals: true,
    strict: true,
  })
}

function workerCount(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new UsageError(`--workers takes a whole number of threads, 1 or more (got '${value}')`)
  }
  return Number(value)
}
