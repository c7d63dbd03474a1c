import { attributeText } from '../api/attribute-text.js'
import { LineIndex } from '../tokenize/position.js'
import type { DocumentResult } from '../types.js'
import { readTextFile } from './read-file.js'

/**
 * What the CLI sends a worker: a file to read, or text the main thread read (standard input, a
 * file the main thread hands on).
 */
export interface WorkerTask {
  /** The path as printed, used as the document id. */
  path: string
  /** What to open, when the worker reads the file itself. */
  source?: string | Uint8Array | undefined
  /** The text, when the main thread read it. */
  text?: string | undefined
  /** The largest file read, in bytes. */
  maxBytes: number
  /** Read it as Markdown. */
  markdown: boolean
}

/** A warning's place, as 1-based line and column, or `null` for one without a place. */
export type WarningPlace = readonly [line: number, column: number] | null

/** What a worker sends back: the document's result, or why the file could not be read. */
export type WorkerOutcome =
  | { result: DocumentResult; places: WarningPlace[]; error?: undefined }
  | { result?: undefined; places?: undefined; error: string }

/**
 * Read and attribute one document. A pool thread runs it for a file it reads itself, so the
 * main thread, which joins speakers, clusters and writes in input order, has less to do; the
 * main thread runs it too when it reads a batch alone. Only the per-document work runs here, so
 * the output does not depend on how many threads there are.
 *
 * @param task The file.
 * @returns Its result, with document-level speaker ids, or the reason it could not be read.
 */
export async function attributeFile(task: WorkerTask): Promise<WorkerOutcome> {
  let text = task.text
  if (text === undefined) {
    const read = readTextFile(task.source ?? task.path, task.maxBytes)
    if (read.error !== undefined) return { error: read.error }
    text = read.text
  }
  // A fault of ours on one file is that file's error: the batch goes on without it.
  try {
    // remark is loaded for the first Markdown file only: a batch of plain text never pays for it.
    const result = task.markdown
      ? (await import('./markdown.js')).attributeMarkdown(text, task.path)
      : attributeText(text, { id: task.path })
    return { result, places: warningPlaces(text, result) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { error: `internal error, please report it with this file: ${reason}` }
  }
}

// Line and column of each warning, while the text is at hand (results carry offsets only).
function warningPlaces(text: string, result: DocumentResult): WarningPlace[] {
  if (result.warnings.length === 0) return []
  const lines = new LineIndex(text)
  return result.warnings.map((warning) => {
    if (warning.start === null) return null
    const point = lines.point(warning.start)
    return [point.line, point.column]
  })
}
