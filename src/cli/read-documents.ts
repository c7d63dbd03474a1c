import type { Piscina } from 'piscina'
import type { DocumentResult } from '../types.js'
import type { ReadText } from './read-file.js'
import { readTextFile } from './read-file.js'
import type { ListedInput } from './read-inputs.js'
import { extensionOf, markdownExtensions } from './read-inputs.js'
import type { Timings } from './timings.js'
import type { WarningPlace, WorkerOutcome, WorkerTask } from './worker.js'
import { attributeFile } from './worker.js'

/** A document read, or the reason it could not be. */
export type ReadDocument =
  | { path: string; result: DocumentResult; places: WarningPlace[]; error?: undefined }
  | { path: string; result?: undefined; places?: undefined; error: string }

/** How to read a batch. */
export interface ReadOptions {
  /** Threads to use; 1 reads in the main thread. */
  workers: number
  /** The largest file read, in bytes. */
  maxBytes: number
  /** Heap limit of each worker thread in MB, if any (V8's default otherwise). */
  workerMemory?: number | undefined
  /** Reads standard input, for `-`, refusing more than `maxBytes`. */
  stdin: (maxBytes: number) => Promise<ReadText>
  /** The module that exports `attributeFile` (the CLI's own bundle). */
  workerFile: string
  /** Marker passed to workers, so the module knows it was loaded as one. */
  workerData: unknown
  /** Where the time goes, added to as the batch is read. */
  timings?: Timings | undefined
}

/**
 * In a batch read by the main thread, a text longer than this (in UTF-16 code units) is handed
 * to a worker thread of its own: if it exhausts memory, only that thread dies and only that
 * file is lost, where the main thread would take the whole run down with it.
 */
export const isolateOver = 1_000_000

/** Below this many files a pool costs more to start than it saves, whatever the cores. */
export const minPoolBatch = 8

/**
 * Files from which the default reads with a pool, on two cores. Each pool thread loads the
 * bundle and warms up the JIT on its own first files, and the main thread, which joins,
 * clusters and writes, competes with the workers for the cores: on 2 cores, over PolNeAR-sized
 * articles (4.6 KB), one thread took 1.75 s for 840 files against 2.0 s for two, and 11.7 s
 * for 8,400 files against 9.9 s; the lines through those points cross near 1,800 files.
 */
export const poolFilesOnTwoCores = 2000

/**
 * The smallest batch the default reads with a pool: never on one core; on more, the two-core
 * threshold shared out over the cores beyond the first (each one more shortens the run).
 *
 * @param cores Cores available.
 */
export function poolFrom(cores: number): number {
  if (cores < 2) return Number.POSITIVE_INFINITY
  return Math.max(minPoolBatch, Math.ceil(poolFilesOnTwoCores / (cores - 1)))
}

/**
 * The number of threads to read a batch with: as asked, but never more than the cores or the
 * files; by default one (the main thread) until the batch is large enough for a pool to pay
 * ({@link poolFrom}), then one per core.
 *
 * @param asked `--workers`, if given.
 * @param cores Cores available.
 * @param files Files in the batch.
 */
export function threadCount(asked: number | undefined, cores: number, files: number): number {
  if (files < minPoolBatch) return 1
  if (asked !== undefined) return Math.max(1, Math.min(asked, cores, files))
  return files >= poolFrom(cores) ? Math.min(cores, files) : 1
}

/**
 * Read every listed input, in a worker pool when `workers` > 1, and yield the documents in
 * input order whatever order the workers finish in. A few files per thread are read ahead, no
 * more, so memory stays bounded on a large batch. A worker that dies (out of memory, say) costs
 * only the file it was reading, which is yielded with the reason.
 *
 * @param listed Inputs from `listInputs`.
 * @param options Threads, limits and standard input.
 */
export async function* readDocuments(
  listed: readonly ListedInput[],
  options: Readonly<ReadOptions>,
): AsyncGenerator<ReadDocument> {
  let pool: Piscina<WorkerTask, WorkerOutcome> | undefined
  // The pool's module is loaded when a pool is first needed: most small runs never need one.
  const poolOf = async (threads: number) => {
    const { Piscina } = await import('piscina')
    pool ??= new Piscina<WorkerTask, WorkerOutcome>({
      filename: options.workerFile,
      name: 'attributeFile',
      minThreads: threads,
      maxThreads: threads,
      workerData: options.workerData,
      ...(options.workerMemory
        ? { resourceLimits: { maxOldGenerationSizeMb: options.workerMemory } }
        : {}),
    })
    return pool
  }
  try {
    if (options.workers <= 1) {
      for (const entry of listed) {
        if (entry.error !== undefined) {
          yield { path: entry.path, error: entry.error }
          continue
        }
        let at = performance.now()
        const read =
          entry.source === null
            ? await options.stdin(options.maxBytes)
            : readTextFile(entry.source, options.maxBytes)
        const timings = options.timings
        if (timings) timings.reading += performance.now() - at
        if (read.error !== undefined) {
          yield { path: entry.path, error: read.error }
          continue
        }
        const task = taskOf(entry, options.maxBytes, read.text)
        at = performance.now()
        const outcome =
          read.text.length > isolateOver
            ? await runIsolated(await poolOf(1), task)
            : await attributeFile(task)
        if (timings) timings.attribution += performance.now() - at
        yield withPath(entry.path, outcome)
      }
      return
    }
    const threads = await poolOf(options.workers)
    // Up to this many files are queued ahead of the one being yielded.
    const ahead = options.workers * 4
    const queue: Promise<ReadDocument>[] = []
    let next = 0
    while (next < listed.length || queue.length > 0) {
      while (next < listed.length && queue.length < ahead) {
        queue.push(attributeInPool(threads, listed[next++] as ListedInput, options))
      }
      const at = performance.now()
      const document = await (queue.shift() as Promise<ReadDocument>)
      if (options.timings) options.timings.waiting += performance.now() - at
      yield document
    }
  } finally {
    await pool?.destroy()
  }
}

function taskOf(entry: ListedInput, maxBytes: number, text?: string): WorkerTask {
  return {
    path: entry.path,
    source: entry.source ?? undefined,
    text,
    maxBytes,
    markdown: entry.source !== null && markdownExtensions.has(extensionOf(entry.path)),
  }
}

// A file is read by the worker that attributes it; only standard input is read here.
async function attributeInPool(
  pool: Piscina<WorkerTask, WorkerOutcome>,
  entry: ListedInput,
  options: Readonly<ReadOptions>,
): Promise<ReadDocument> {
  if (entry.error !== undefined) return { path: entry.path, error: entry.error }
  if (entry.source !== null) {
    return withPath(entry.path, await runIsolated(pool, taskOf(entry, options.maxBytes)))
  }
  const read = await options.stdin(options.maxBytes)
  if (read.error !== undefined) return { path: entry.path, error: read.error }
  return withPath(entry.path, await runIsolated(pool, taskOf(entry, options.maxBytes, read.text)))
}

// A task whose thread dies is that file's error; the pool starts another thread for the rest.
async function runIsolated(
  pool: Piscina<WorkerTask, WorkerOutcome>,
  task: WorkerTask,
): Promise<WorkerOutcome> {
  try {
    return await pool.run(task)
  } catch (error) {
    return { error: workerDied(error) }
  }
}

/**
 * Why a worker thread stopped, in words.
 *
 * @param error What the pool rejected the task with.
 */
export function workerDied(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'ran out of memory while reading it (its thread was stopped; other files are not affected; see --max-size)'
  }
  const message = error instanceof Error ? error.message : String(error)
  return `the thread reading it stopped: ${message.split('\n')[0]}`
}

function withPath(path: string, outcome: WorkerOutcome): ReadDocument {
  return outcome.error !== undefined
    ? { path, error: outcome.error }
    : { path, result: outcome.result, places: outcome.places }
}
