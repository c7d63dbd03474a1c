import { Piscina } from 'piscina'
import type { DocumentResult } from '../types.js'
import type { InputFile, ListedInput } from './read-inputs.js'
import { readListed } from './read-inputs.js'
import type { WorkerOutcome, WorkerTask } from './worker.js'
import { attributeFile } from './worker.js'

/** A document read, or the reason it could not be. */
export type ReadDocument =
  | { path: string; result: DocumentResult; error?: undefined }
  | { path: string; result?: undefined; error: string }

/** How to read a batch. */
export interface ReadOptions {
  /** Threads to use; 1 reads in the main thread. */
  workers: number
  /** Reads standard input, for `-`. */
  stdin: () => Promise<Buffer>
  /** The module that exports `attributeFile` (the CLI's own bundle). */
  workerFile: string
  /** Marker passed to workers, so the module knows it was loaded as one. */
  workerData: unknown
}

// Files read ahead of the one being attributed in the main thread.
const readAhead = 8

/** Below this many files a pool costs more to start than it saves. */
export const minPoolBatch = 8

/**
 * The number of threads worth using for a batch: the number asked for (or the cores),
 * never more than the files, and 1 for a small batch.
 *
 * @param asked `--workers`, if given.
 * @param cores Cores available.
 * @param files Files in the batch.
 */
export function threadCount(asked: number | undefined, cores: number, files: number): number {
  if (files < minPoolBatch) return 1
  return Math.max(1, Math.min(asked ?? cores, files))
}

/**
 * Read every listed input, in a worker pool when `workers` > 1, and yield the documents in
 * input order whatever order the workers finish in. A few files per thread are read ahead,
 * no more, so memory stays bounded on a large batch.
 *
 * @param listed Inputs from `listInputs`.
 * @param options Threads and standard input.
 */
export async function* readDocuments(
  listed: readonly ListedInput[],
  options: Readonly<ReadOptions>,
): AsyncGenerator<ReadDocument> {
  if (options.workers <= 1) {
    // A few reads in flight while the main thread works: awaiting each file in turn leaves the
    // thread idle for every round trip to the disk.
    const reads: Promise<InputFile>[] = []
    let next = 0
    while (next < listed.length || reads.length > 0) {
      while (next < listed.length && reads.length < readAhead) {
        const read = readListed(listed[next++] as ListedInput, options.stdin)
        reads.push(read)
      }
      yield attributeInProcess(await (reads.shift() as Promise<InputFile>))
    }
    return
  }
  const pool = new Piscina<WorkerTask, WorkerOutcome>({
    filename: options.workerFile,
    name: 'attributeFile',
    minThreads: options.workers,
    maxThreads: options.workers,
    workerData: options.workerData,
  })
  // Up to this many files are read and queued ahead of the one being yielded.
  const ahead = options.workers * 4
  const queue: Promise<ReadDocument>[] = []
  let next = 0
  try {
    while (next < listed.length || queue.length > 0) {
      while (next < listed.length && queue.length < ahead) {
        const entry = listed[next++] as ListedInput
        const task = attributeInPool(pool, entry, options.stdin)
        // If a task fails, the batch stops at it; the tasks behind it must not fail unheard.
        task.catch(() => {})
        queue.push(task)
      }
      yield await (queue.shift() as Promise<ReadDocument>)
    }
  } finally {
    await pool.destroy()
  }
}

function attributeInProcess(input: InputFile): ReadDocument {
  if (input.error !== undefined) return { path: input.path, error: input.error }
  return withPath(input.path, attributeFile({ path: input.path, text: input.text }))
}

// A file is read by the worker that attributes it; only standard input is read here.
async function attributeInPool(
  pool: Piscina<WorkerTask, WorkerOutcome>,
  entry: ListedInput,
  stdin: () => Promise<Buffer>,
): Promise<ReadDocument> {
  if (entry.error !== undefined) return { path: entry.path, error: entry.error }
  if (entry.path !== '-') return withPath(entry.path, await pool.run({ path: entry.path }))
  const input = await readListed(entry, stdin)
  if (input.error !== undefined) return { path: input.path, error: input.error }
  return withPath(input.path, await pool.run({ path: input.path, text: input.text }))
}

function withPath(path: string, outcome: WorkerOutcome): ReadDocument {
  return outcome.error !== undefined
    ? { path, error: outcome.error }
    : { path, result: outcome.result }
}
