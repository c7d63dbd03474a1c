import type { CorpusCluster, CorpusResult } from '../api/quote-corpus.js'
import type { Quote } from '../types.js'
import type { Styler } from './style.js'
import type { WarningPlace } from './worker.js'

/** A document in the CLI's output: its result, or why it could not be read. */
export interface ReportedDocument {
  /** The path as given (`-` for standard input). */
  path: string
  /** Quotes, when it was read. */
  quotes?: Quote[]
  /** Its speakers, when it was read. */
  speakers?: unknown[]
  /** Warnings about it. */
  warnings?: { message: string; start: number | null }[]
  /** Line and column of each warning. */
  places?: readonly WarningPlace[]
  /** Why it could not be read. */
  error?: string
}

/** How the report is laid out. */
export interface ReportOptions {
  /** Columns to wrap quotes at. */
  width: number
  /** Colour, or none. */
  style: Styler
}

/**
 * Words of `text` in lines of at most `width` columns (a longer word stands alone), every
 * line after the first indented by `indent` columns.
 *
 * @param text The text; runs of white space become one space.
 * @param width Columns, indentation included.
 * @param indent Columns before the text on every line; the first line's are the caller's.
 */
export function wrap(text: string, width: number, indent: number): string {
  const room = Math.max(20, width - indent)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (word === '') continue
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`)
}

/**
 * One document's part of the report: its quotes with speakers, then its warnings as
 * line:column.
 *
 * @param document The document, read or not.
 * @param options Width and colour.
 */
export function formatDocument(document: ReportedDocument, options: ReportOptions): string {
  const { style, width } = options
  if (document.error) {
    return `${style('bold', document.path)}: ${style('red', `error: ${document.error}`)}\n\n`
  }
  const quotes = document.quotes ?? []
  const out = [`${style('bold', document.path)}: ${plural(quotes.length, 'quote')}`]
  for (const quote of quotes) {
    const where = `${quote.position.start.line}:${quote.position.start.column}`
    const who = quote.speaker
      ? `${style('green', quote.speaker.name)} (${quote.method}${quote.cue ? `, “${quote.cue.text}”` : ''}, ${quote.confidence})`
      : style('yellow', 'no speaker')
    out.push(
      `  ${style('dim', where.padEnd(8))} “${wrap(quote.text, width, 12)}”`,
      `           — ${who}`,
    )
  }
  for (const [index, warning] of (document.warnings ?? []).entries()) {
    const place = document.places?.[index]
    const at = place ? `${place[0]}:${place[1]} ` : ''
    out.push(`  ${style('yellow', `warning ${at}`.trimEnd())}: ${warning.message}`)
  }
  return `${out.join('\n')}\n\n`
}

function describeCluster(
  cluster: CorpusCluster,
  names: ReadonlyMap<string, string>,
  quotes: ReadonlyMap<string, { path: string; quote: Quote }>,
  options: ReportOptions,
): string {
  const { style, width } = options
  const who = cluster.speaker
    ? style('green', names.get(cluster.speaker) ?? cluster.speaker)
    : style('yellow', 'no speaker')
  const lines = [
    `  “${wrap(cluster.text, width, 3)}”`,
    `   — ${who}; ${plural(cluster.outlets, 'outlet')}, ${plural(cluster.quotes.length, 'quote')}`,
  ]
  // The canonical member (the fullest wording) first, then the others in reading order.
  const members = [
    ...cluster.members.filter((member) => member.relation === 'canonical'),
    ...cluster.members.filter((member) => member.relation !== 'canonical'),
  ]
  for (const member of members) {
    const found = quotes.get(member.quote)
    const where = found
      ? `${found.path} ${found.quote.position.start.line}:${found.quote.position.start.column}`
      : member.document
    const change = member.differences
      ? ` (− ${member.differences.removed.join(' ') || '∅'}; + ${member.differences.added.join(' ') || '∅'})`
      : ''
    lines.push(`      ${style('dim', member.relation.padEnd(9))} ${where}${change}`)
  }
  return lines.join('\n')
}

/** Figures of a run, for the report's last line. */
export interface Summary {
  files: number
  unread: number
  quotes: number
  attributed: number
  speakers: number
  shared: number
}

/**
 * The figures of a run.
 *
 * @param documents Documents in order, read or not.
 * @param corpus The run's result.
 */
export function summarize(documents: readonly ReportedDocument[], corpus: CorpusResult): Summary {
  let quotes = 0
  let attributed = 0
  let unread = 0
  for (const document of documents) {
    if (document.error) unread++
    for (const quote of document.quotes ?? []) {
      quotes++
      if (quote.speaker) attributed++
    }
  }
  const shared = corpus.clusters.filter((cluster) => cluster.outlets > 1).length
  return {
    files: documents.length,
    unread,
    quotes,
    attributed,
    speakers: corpus.speakers.length,
    shared,
  }
}

/**
 * The report's closing part: the run's speakers, the quotes carried by more than one outlet
 * (every outlet named, the one with the fullest wording first) and a summary line.
 *
 * @param documents Documents in order, read or not.
 * @param corpus The run's result.
 * @param options Width and colour.
 */
export function formatRun(
  documents: readonly ReportedDocument[],
  corpus: CorpusResult,
  options: ReportOptions,
): string {
  const { style } = options
  const out: string[] = []
  const names = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]))
  out.push(style('bold', `Speakers (${corpus.speakers.length}):`))
  for (const speaker of corpus.speakers) {
    const aliases = speaker.aliases.filter((alias) => alias !== speaker.name)
    out.push(
      `  ${speaker.name} [${speaker.kind}]${aliases.length ? ` also: ${aliases.join(', ')}` : ''}`,
    )
  }
  const quotes = new Map<string, { path: string; quote: Quote }>()
  for (const document of documents)
    for (const quote of document.quotes ?? []) quotes.set(quote.id, { path: document.path, quote })
  const shared = corpus.clusters.filter((cluster) => cluster.outlets > 1)
  out.push('', style('bold', `Quotes carried by more than one outlet (${shared.length}):`))
  for (const cluster of shared) out.push(describeCluster(cluster, names, quotes, options))
  const figures = summarize(documents, corpus)
  const share = figures.quotes ? Math.round((100 * figures.attributed) / figures.quotes) : 0
  out.push(
    '',
    style(
      'bold',
      `Summary: ${plural(figures.files, 'file')}${figures.unread ? ` (${figures.unread} not read)` : ''}, ${plural(figures.quotes, 'quote')}, ${share}% attributed, ${plural(figures.speakers, 'speaker')}, ${plural(figures.shared, 'quote')} shared across outlets`,
    ),
  )
  return `${out.join('\n')}\n`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
