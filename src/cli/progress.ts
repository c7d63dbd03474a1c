import cliProgress from 'cli-progress'

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
 * A progress bar on standard error, when it is a terminal and the batch is large; otherwise
 * lines go straight to standard error and ticks do nothing. Standard output is never touched,
 * so JSON and NDJSON stay clean.
 *
 * @param total Documents in the batch.
 * @param stream Where the bar and lines go.
 */
export function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  if (!stream.isTTY || total < minProgressBatch) {
    return { tick() {}, log: (line) => stream.write(line), stop() {} }
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'quote-attribution [{bar}] {value}/{total} files, {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0)
  return {
    tick: () => bar.increment(),
    log(line) {
      // Clear the bar's line, print, and let the next tick draw the bar again below.
      stream.write(`\r\u001b[2K${line}`)
      bar.render()
    },
    stop: () => bar.stop(),
  }
}
