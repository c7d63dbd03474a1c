import type { CorpusCluster, CorpusResult } from '../api/quote-corpus.js'
import type { Quote } from '../types.js'

/** A document in the CLI's output: its result, or why it could not be read. */
export interface ReportedDocument {
  /** The path as given (`-` for standard input). */
  path: string
  /** Quotes, when it was read. */
  quotes?: Quote[]
  /** Warnings about it. */
  warnings?: unknown[]
  /** Why it could not be read. */
  error?: string
}

const maxQuote = 110

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > maxQuote ? `${flat.slice(0, maxQuote - 1)}…` : flat
}

function describeQuote(quote: Quote): string {
  const where = `${quote.position.start.line}:${quote.position.start.column}`
  const who = quote.speaker
    ? `${quote.speaker.name} (${quote.method}${quote.cue ? `, “${quote.cue.text}”` : ''}, ${quote.confidence})`
    : 'no speaker'
  return `  ${where.padEnd(8)} “${shorten(quote.text)}”\n           — ${who}`
}

function describeCluster(cluster: CorpusCluster, speakers: Map<string, string>): string {
  const who = cluster.speaker ? (speakers.get(cluster.speaker) ?? cluster.speaker) : 'no speaker'
  const lines = [
    `  “${shorten(cluster.text)}” — ${who}, ${cluster.outlets} outlet(s), ${cluster.quotes.length} quotes`,
  ]
  for (const member of cluster.members) {
    if (member.relation === 'canonical') continue
    const change = member.differences
      ? ` (− ${member.differences.removed.join(' ') || '∅'}; + ${member.differences.added.join(' ') || '∅'})`
      : ''
    lines.push(`      ${member.relation.padEnd(8)} ${member.document}${change}`)
  }
  return lines.join('\n')
}

/**
 * The readable report: each document's quotes with speakers, then the speakers of the run,
 * then the quotes carried more than once.
 *
 * @param documents Documents in order, read or not.
 * @param corpus The run's result.
 */
export function formatReport(documents: readonly ReportedDocument[], corpus: CorpusResult): string {
  const out: string[] = []
  for (const document of documents) {
    if (document.error) {
      out.push(`${document.path}: error: ${document.error}`, '')
      continue
    }
    const quotes = document.quotes ?? []
    out.push(`${document.path}: ${quotes.length} quote(s)`)
    for (const quote of quotes) out.push(describeQuote(quote))
    for (const warning of (document.warnings ?? []) as {
      message: string
      start: number | null
    }[]) {
      out.push(
        `  warning: ${warning.message}${warning.start === null ? '' : ` (at offset ${warning.start})`}`,
      )
    }
    out.push('')
  }
  const names = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]))
  out.push(`Speakers (${corpus.speakers.length}):`)
  for (const speaker of corpus.speakers) {
    const aliases = speaker.aliases.filter((alias) => alias !== speaker.name)
    out.push(
      `  ${speaker.name} [${speaker.kind}]${aliases.length ? ` also: ${aliases.join(', ')}` : ''}`,
    )
  }
  const shared = corpus.clusters.filter((cluster) => cluster.quotes.length > 1)
  out.push('', `Quotes carried more than once (${shared.length} clusters):`)
  for (const cluster of shared) out.push(describeCluster(cluster, names))
  return `${out.join('\n')}\n`
}
