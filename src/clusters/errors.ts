/**
 * Thrown when an id is given twice: a quote id to a `ClusterIndex`, a document id to a
 * `QuoteCorpus` or `attributeDocuments`. Thrown before anything is added, so the index or
 * corpus is as it was.
 */
export class DuplicateIdError extends Error {
  /** The repeated id. */
  readonly id: string
  /** What it identifies. */
  readonly kind: 'quote' | 'document'

  /**
   * @param kind What the id identifies.
   * @param id The repeated id.
   */
  constructor(kind: 'quote' | 'document', id: string) {
    super(`Duplicate ${kind} id: ${id}`)
    this.name = 'DuplicateIdError'
    this.kind = kind
    this.id = id
  }
}
