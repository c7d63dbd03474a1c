/** Progress on a batch, shown on a terminal and silent elsewhere. */
export interface Progress {
  /** One more document done. */
  tick(): void
  /** Print a line (an error about a file) without breaking the bar. */
  log(line: string): void
  /** Remove the bar. */
  stop(): void
}

/** A batch this size or larger gets a bar. */
export const minProgressBatch = 20

/**
 * Time left, from the pace since the first document was done: the time before it is start-up
 * (loading, threads, the first files' JIT warm-up), which an estimate from the start would
 * count once per file left and so overstate many times over. `null` until the pace is known
 * (a twentieth of the batch, and at least 5 documents, done since).
 *
 * @param done Documents done.
 * @param total Documents in the batch.
 * @param firstAt When the first was done (ms).
 * @param now Now (ms).
 */
export function timeLeft(done: number, total: number, firstAt: number, now: number): number | null {
  const since = done - 1
  if (since < Math.max(5, total / 20) || now <= firstAt) return null
  return ((now - firstAt) / since) * (total - done)
}

/** Milliseconds as `1m5s` or `12s`. */
export function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${seconds % 60}s` : `${seconds}s`
}

/**
 * A progress bar on standard error, when it is a terminal and the batch is large; otherwise
 * lines go straight to standard error and ticks do nothing. Standard output is never touched,
 * so JSON and NDJSON stay clean.
 *
 * @param total Documents in the batch.
 * @param stream Where the bar and lines go.
 */
export async function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<Progress> {
  if (!stream.isTTY || total < minProgressBatch) {
    return { tick() {}, log: (line) => stream.write(line), stop() {} }
  }
  // Loaded only when a bar is shown: a run in a pipe or a script never pays for it.
  const { default: cliProgress } = await import('cli-progress')
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'quote-attribution [{bar}] {value}/{total} files{left}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, { left: '' })
  let done = 0
  let firstAt = 0
  return {
    tick() {
      done++
      const now = performance.now()
      if (done === 1) firstAt = now
      const left = timeLeft(done, total, firstAt, now)
      bar.increment(1, { left: left === null ? '' : `, ${formatDuration(left)} left` })
    },
    log(line) {
      // Clear the bar's line, print, and let the next tick draw the bar again below.
      stream.write(`\r\u001b[2K${line}`)
      bar.render()
    },
    stop: () => bar.stop(),
  }
}
