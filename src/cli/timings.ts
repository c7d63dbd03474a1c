/** Where a run's time went, in milliseconds, for `--timings`. */
export interface Timings {
  /** Process start to the command line read: Node's start-up and loading the bundle. */
  startup: number
  /** Walking the paths. */
  listing: number
  /** Reading files, in the main thread. */
  reading: number
  /** Finding quotes and speakers, in the main thread. */
  attribution: number
  /** Waiting for worker threads' results. */
  waiting: number
  /** Joining each document's speakers to the run's and its quotes to the clusters. */
  corpus: number
  /** Settling the run's speaker ids and clusters at the end. */
  result: number
  /** Building and writing the output. */
  writing: number
}

/** Timings all at zero. */
export function createTimings(): Timings {
  return {
    startup: 0,
    listing: 0,
    reading: 0,
    attribution: 0,
    waiting: 0,
    corpus: 0,
    result: 0,
    writing: 0,
  }
}

/**
 * The line `--timings` prints on standard error.
 *
 * @param timings The run's timings.
 * @param total Milliseconds from the process's start.
 * @param threads Threads the batch was read with.
 */
export function formatTimings(timings: Readonly<Timings>, total: number, threads: number): string {
  const parts = Object.entries(timings).map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`)
  return `quote-attribution: timings: ${parts.join(', ')}, total ${Math.round(total)} ms; ${threads} thread${threads === 1 ? '' : 's'}\n`
}
