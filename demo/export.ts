import type { CorpusResult } from '../src/index.js'

/** An article as exported: its name and its text (for line and column). */
export interface NamedText {
  id: string
  name: string
}

const columns = [
  'article',
  'line',
  'column',
  'quote',
  'speaker',
  'kind',
  'method',
  'confidence',
  'cluster',
  'outlets',
]

/** The run as CSV, one row per quote, for a spreadsheet. */
export function toCsv(run: CorpusResult, articles: readonly NamedText[]): string {
  const names = new Map(articles.map((article) => [article.id, article.name]))
  const clusterOf = new Map<string, { id: string; outlets: number }>()
  for (const cluster of run.clusters) {
    for (const quote of cluster.quotes) clusterOf.set(quote, cluster)
  }
  const rows = [columns]
  for (const document of run.documents) {
    for (const quote of document.quotes) {
      const cluster = clusterOf.get(quote.id)
      rows.push([
        names.get(document.id) ?? document.id,
        String(quote.position.start.line),
        String(quote.position.start.column),
        quote.text,
        quote.speaker?.name ?? '',
        quote.speaker?.kind ?? '',
        quote.method,
        quote.confidence.toFixed(2),
        cluster?.id ?? '',
        String(cluster?.outlets ?? 1),
      ])
    }
  }
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}

// RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. A cell
// starting with = + - @ is prefixed so a spreadsheet does not run it as a formula.
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The run as JSON, with each document's name. */
export function toJson(run: CorpusResult, articles: readonly NamedText[]): string {
  const names = new Map(articles.map((article) => [article.id, article.name]))
  return `${JSON.stringify(
    {
      ...run,
      documents: run.documents.map((document) => ({
        name: names.get(document.id) ?? document.id,
        ...document,
      })),
    },
    null,
    2,
  )}\n`
}

/** Offer a text as a file download. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
