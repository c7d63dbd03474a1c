import { attributeText } from '../api/attribute-text.js'
import type { DocumentResult } from '../types.js'

/** What the CLI sends a worker: one decoded file. */
export interface WorkerTask {
  /** The path, used as the document id. */
  path: string
  /** The file's text. */
  text: string
}

/**
 * Read one document in a worker thread. Only the per-document work runs here; joining speakers
 * across documents and clustering stay on the main thread, fed in input order, so the output
 * does not depend on how many workers there are.
 *
 * @param task The file.
 * @returns Its result, with document-level speaker ids.
 */
export function attributeFile(task: WorkerTask): DocumentResult {
  return attributeText(task.text, { id: task.path })
}
