/** A stream the CLI writes to. */
export interface Writable {
  write(chunk: string): unknown
}

/**
 * Standard output, gathered into chunks of about 64 KB: one write per small document would
 * cost a system call each, one string of the whole run would hold it all in memory.
 */
export class Output {
  readonly #stream: Writable
  readonly #limit: number
  #parts: string[] = []
  #size = 0

  /**
   * @param stream Where the text goes.
   * @param limit Characters gathered before they are written.
   */
  constructor(stream: Writable, limit = 1 << 16) {
    this.#stream = stream
    this.#limit = limit
  }

  /** Add text; written once enough has gathered. */
  write(text: string): void {
    this.#parts.push(text)
    this.#size += text.length
    if (this.#size >= this.#limit) this.flush()
  }

  /** Write what has gathered. */
  flush(): void {
    if (this.#size === 0) return
    this.#stream.write(this.#parts.join(''))
    this.#parts = []
    this.#size = 0
  }

  /** Write the rest. */
  end(): void {
    this.flush()
  }
}
