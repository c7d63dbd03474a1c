import type { CorpusResult } from '../api/quote-corpus.js'

/** The columns of `--format csv`, one row per quote. */
export const csvColumns = [
  'file',
  'line',
  'column',
  'quote',
  'speaker',
  'kind',
  'method',
  'confidence',
  'cluster',
  'outlets',
] as const

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a double quote or a line break, its
 * double quotes doubled. A text that a spreadsheet would run as a formula (it starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, which spreadsheets hide.
 *
 * @param value The value.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The header line of the CSV output.
 */
export function csvHeader(): string {
  return `${csvColumns.join(',')}\r\n`
}

/**
 * CSV rows for a run's quotes, in reading order: where each is, its words, its speaker (run-wide
 * name), how it was attributed, its cluster and how many outlets carry that cluster.
 *
 * @param paths The path of each document of `corpus`, in order.
 * @param corpus The run's result.
 */
export function* csvRows(paths: readonly string[], corpus: CorpusResult): Generator<string> {
  const clusterOf = new Map<string, { id: string; outlets: number }>()
  for (const cluster of corpus.clusters)
    for (const quote of cluster.quotes) clusterOf.set(quote, cluster)
  for (const [index, document] of corpus.documents.entries()) {
    const rows: string[] = []
    for (const quote of document.quotes) {
      const cluster = clusterOf.get(quote.id)
      rows.push(
        [
          paths[index] ?? document.id,
          quote.position.start.line,
          quote.position.start.column,
          quote.text,
          quote.speaker?.name ?? null,
          quote.speaker?.kind ?? null,
          quote.method,
          quote.confidence,
          cluster?.id ?? null,
          cluster?.outlets ?? null,
        ]
          .map(csvField)
          .join(','),
      )
    }
    if (rows.length > 0) yield `${rows.join('\r\n')}\r\n`
  }
}
