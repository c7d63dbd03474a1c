import { readFileSync } from 'node:fs'
import { attributeText } from '../api/attribute-text.js'
import type { DocumentResult } from '../types.js'
import { decode, readError } from './read-inputs.js'

/** What the CLI sends a worker: a file to read, or text the main thread read (standard input). */
export interface WorkerTask {
  /** The path, used as the document id. */
  path: string
  /** The text, when the main thread read it; otherwise the worker reads `path`. */
  text?: string | undefined
}

/** What a worker sends back: the document's result, or why the file could not be read. */
export type WorkerOutcome =
  | { result: DocumentResult; error?: undefined }
  | { result?: undefined; error: string }

/**
 * Read one document in a worker thread. The worker reads the file itself, so the main thread,
 * which joins speakers, clusters and writes in input order, has less to do. Only the
 * per-document work runs here, so the output does not depend on how many workers there are.
 *
 * @param task The file.
 * @returns Its result, with document-level speaker ids, or the reason it could not be read.
 */
export function attributeFile(task: WorkerTask): WorkerOutcome {
  let text = task.text
  if (text === undefined) {
    let bytes: Uint8Array
    try {
      bytes = readFileSync(task.path)
    } catch (error) {
      return { error: readError(error) }
    }
    const input = decode(task.path, bytes)
    if (input.error !== undefined) return { error: input.error }
    text = input.text
  }
  return { result: attributeText(text, { id: task.path }) }
}
