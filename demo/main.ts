import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Attributor, CorpusResult, DocumentResult, Quote } from '../src/index.js'
import { createAttributor, QuoteCorpus } from '../src/index.js'
import { attributeMarkdown } from '../src/plugin/markdown-places.js'
import { download, toCsv, toJson } from './export.js'
import { howFound, ruleIds } from './words.js'

/** One article box: its editor, the layer of highlights behind it, and its last result. */
interface Article {
  id: string
  /** Plain text (one paragraph a line) or Markdown (read through remark-parse). */
  format: 'text' | 'markdown'
  attributor: Attributor
  element: HTMLElement
  title: HTMLInputElement
  /** Whether the reader named it; if not, its name follows its first line. */
  named: boolean
  textarea: HTMLTextAreaElement
  mirror: HTMLElement
  quoteList: HTMLElement
  warningList: HTMLElement
  status: HTMLElement
  result: DocumentResult
}

const example = [
  [
    'Council passes budget after long night',
    'Jane Doe, the council leader, said: “We will win the vote today, and we will keep our word.”',
    '“Nobody wants higher taxes,” she told reporters after the meeting.',
    'Bob Roe, who leads the opposition, called the plan “a gift to developers”.',
  ].join('\n'),
  [
    'Budget approved',
    '“We will win the vote today, and we will keep our promise,” Doe said on Tuesday.',
    'Roe said the budget was “a gift to developers” and promised to fight it.',
    'According to a council spokesperson, “the figures are final”.',
  ].join('\n'),
]

const markdownParser = unified().use(remarkParse).freeze()
const articles: Article[] = []
let made = 0
let lastRun: CorpusResult | null = null

const container = byId('articles')
const clusterList = byId('clusters')
const clusterSummary = byId('clusters-summary')
const speakerList = byId('speakers')
const tooltip = byId('tooltip')
const allClusters = byId('all-clusters') as HTMLInputElement
const showRules = byId('show-rules') as HTMLInputElement
const filePicker = byId('file-picker') as HTMLInputElement

function byId(id: string): HTMLElement {
  const element = document.getElementById(id)
  if (!element) throw new Error(`#${id} is missing from index.html`)
  return element
}

/** Make an element with a class and, optionally, text. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (className) element.className = className
  if (text !== undefined) element.textContent = text
  return element
}

/** The name an article takes from its first line, until the reader gives it one. */
function nameFrom(text: string, format: Article['format']): string {
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? ''
  // A Markdown heading's `#` marks are not part of its name.
  const line = (format === 'markdown' ? first.replace(/^\s{0,3}#{1,6}\s+/, '') : first).trim()
  if (line === '') return `Article ${made}`
  return line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line
}

/** Add an article box, with a text to start from. */
function addArticle(
  text = '',
  options: { format?: Article['format']; name?: string } = {},
): Article {
  made++
  const id = `article-${made}`
  const format = options.format ?? 'text'
  const element = make('section', 'article')
  element.dataset.article = id
  element.id = id
  const header = make('header', 'article-header')
  const title = make('input', 'article-title')
  title.type = 'text'
  title.setAttribute('aria-label', 'Article name')
  const status = make('span', 'status')
  const remove = make('button', 'remove', 'Remove')
  remove.type = 'button'
  header.append(title, status, remove)

  // The textarea keeps the text and the caret; the mirror behind it draws the highlights,
  // so re-rendering on each keystroke never moves the caret or the selection.
  const editor = make('div', 'editor')
  const mirror = make('div', 'mirror')
  mirror.setAttribute('aria-hidden', 'true')
  const textarea = make('textarea', 'input')
  textarea.spellcheck = false
  textarea.placeholder = 'Paste an article: one paragraph per line.'
  textarea.setAttribute('aria-label', 'Article text')
  textarea.value = text
  editor.append(mirror, textarea)

  const side = make('div', 'side')
  const quoteList = make('ol', 'quote-list')
  const warningList = make('ul', 'warning-list')
  side.append(make('h3', '', 'Quotes'), quoteList, make('h3', '', 'Warnings'), warningList)
  element.append(header, editor, side)
  container.append(element)

  const article: Article = {
    id,
    format,
    attributor: createAttributor(id),
    element,
    title,
    named: options.name !== undefined,
    textarea,
    mirror,
    quoteList,
    warningList,
    status,
    result: { id, quotes: [], speakers: [], warnings: [] },
  }
  title.value = options.name ?? nameFrom(text, format)
  articles.push(article)
  textarea.addEventListener('input', () => update(article))
  textarea.addEventListener('mousemove', (event) => hover(article, event))
  textarea.addEventListener('mouseleave', () => hideTooltip())
  title.addEventListener('input', () => {
    article.named = title.value.trim() !== ''
    renderRun()
  })
  title.addEventListener('change', () => {
    if (!article.named) title.value = nameFrom(textarea.value, format)
  })
  remove.addEventListener('click', () => removeArticle(article))
  update(article)
  return article
}

function removeArticle(article: Article): void {
  const index = articles.indexOf(article)
  if (index < 0) return
  articles.splice(index, 1)
  article.element.remove()
  hideTooltip()
  renderRun()
}

/** Read an article again after an edit and redraw everything that depends on it. */
function update(article: Article): void {
  const started = performance.now()
  const text = article.textarea.value
  article.result =
    article.format === 'markdown'
      ? attributeMarkdown(markdownParser.parse(text), text, { id: article.id })
      : article.attributor.attribute(text)
  const took = performance.now() - started
  const count = article.result.quotes.length
  article.status.textContent = `${count} quote${count === 1 ? '' : 's'}${article.format === 'markdown' ? ' · Markdown' : ''}`
  article.status.title = `read in ${took.toFixed(1)} ms; ${article.attributor.cachedParagraphs} paragraphs reused from the last edit`
  if (!article.named) article.title.value = nameFrom(text, article.format)
  renderMirror(article)
  grow(article.textarea)
  renderRun()
}

// The textarea grows with its text, so it never scrolls apart from its mirror.
function grow(textarea: HTMLTextAreaElement): void {
  textarea.style.height = 'auto'
  textarea.style.height = `${textarea.scrollHeight}px`
}

/** Draw the text with a `<mark>` per quote; a nested quote's mark sits inside its parent's. */
function renderMirror(article: Article): void {
  const text = article.textarea.value
  const quotes = article.result.quotes
  const unclosed = unclosedQuotes(article.result, text)
  let next = 0
  const fill = (parent: Node, from: number, to: number): void => {
    let at = from
    while (next < quotes.length && (quotes[next] as Quote).start < to) {
      const quote = quotes[next] as Quote
      const index = next++
      if (quote.start < at) continue
      parent.appendChild(document.createTextNode(text.slice(at, quote.start)))
      const mark = make('mark', markClass(quote, unclosed.has(index)))
      mark.dataset.quote = String(index)
      const end = Math.min(quote.end, to)
      fill(mark, quote.start, end)
      parent.appendChild(mark)
      at = end
    }
    parent.appendChild(document.createTextNode(text.slice(at, to)))
  }
  const fragment = document.createDocumentFragment()
  fill(fragment, 0, text.length)
  // A text ending in a line break has an empty last line the mirror must show too.
  fragment.appendChild(document.createTextNode('\n'))
  article.mirror.replaceChildren(fragment)
}

function markClass(quote: Quote, unclosed: boolean): string {
  const classes = ['quote', `depth-${Math.min(quote.depth, 2)}`]
  if (!quote.speaker) classes.push('unattributed')
  if (unclosed) classes.push('unclosed')
  return classes.join(' ')
}

// Quotes whose own opening mark (just before the quote, blanks aside) is never closed.
function unclosedQuotes(result: DocumentResult, text: string): Set<number> {
  const marks = new Set<number>()
  for (const warning of result.warnings) {
    if (warning.code === 'unclosed-quote' && warning.start !== null) marks.add(warning.start)
  }
  const found = new Set<number>()
  result.quotes.forEach((quote, index) => {
    if (quote.close !== null) return
    let end = quote.start
    while (end > 0 && /[^\S\r\n]/u.test(text.charAt(end - 1))) end--
    if (marks.has(end - quote.open.length)) found.add(index)
  })
  return found
}

/** Read the whole set again: run-wide speakers and the clusters, then every side panel. */
function renderRun(): void {
  // Each article's result is reused: only the clustering is redone, nothing is parsed again.
  const corpus = new QuoteCorpus()
  for (const article of articles) corpus.addResult(article.result)
  const run = corpus.result()
  lastRun = run
  articles.forEach((article, index) => {
    const document = run.documents[index] ?? article.result
    renderQuotes(article, document)
    renderWarnings(article)
  })
  renderSpeakers(run)
  renderClusters(run)
}

function renderQuotes(article: Article, result: DocumentResult): void {
  const items = result.quotes.map((quote, index) => {
    const item = make('li', `quote-item depth-${Math.min(quote.depth, 2)}`)
    item.dataset.quote = String(index)
    item.append(make('q', 'quote-text', quote.text))
    const who = make('div', 'who')
    who.append(
      make('span', 'speaker', quote.speaker ? quote.speaker.name : 'no speaker found'),
      make('span', 'kind', quote.speaker ? ` (${kindWord(quote.speaker.kind)})` : ''),
    )
    item.append(who, make('div', 'details', howFound(quote)), make('div', 'rule', ruleIds(quote)))
    item.addEventListener('mouseenter', () => activate(article, index, true))
    item.addEventListener('mouseleave', () => activate(article, index, false))
    item.addEventListener('click', () => select(article, quote))
    return item
  })
  if (items.length === 0) items.push(make('li', 'empty', 'No quotes yet.'))
  article.quoteList.replaceChildren(...items)
}

function kindWord(kind: string): string {
  return kind === 'anonymous' ? 'unnamed source' : kind
}

function renderWarnings(article: Article): void {
  const text = article.textarea.value
  const items = article.result.warnings.map((warning) => {
    const item = make('li', `warning ${warning.code}`)
    item.append(make('code', 'code rule', warning.code), make('span', 'message', warning.message))
    if (warning.start !== null) {
      const line = text.slice(0, warning.start).split(/\r\n|\r|\n/).length
      item.append(make('span', 'where', ` (line ${line})`))
    }
    return item
  })
  if (items.length === 0) items.push(make('li', 'empty', 'None.'))
  article.warningList.replaceChildren(...items)
}

/** Put the caret on a quote: scroll its article into view and select the quoted words. */
function select(article: Article, quote: Quote): void {
  article.element.scrollIntoView({ block: 'nearest' })
  article.textarea.focus()
  article.textarea.setSelectionRange(quote.start, quote.end)
}

/** A link to a quote's place: the article's name, selecting the quote when followed. */
function quoteLink(documentId: string, quoteId: string): HTMLElement {
  const article = articles.find((candidate) => candidate.id === documentId)
  const quote = article?.result.quotes.find((candidate) => candidate.id === quoteId)
  const name = article?.title.value ?? documentId
  const link = make('a', 'document', name)
  link.href = `#${documentId}`
  if (article && quote) {
    link.title = `Line ${quote.position.start.line} of ${name}`
    link.addEventListener('click', (event) => {
      event.preventDefault()
      select(article, quote)
    })
  }
  return link
}

function renderSpeakers(run: CorpusResult): void {
  const quotesBy = new Map<string, { document: string; quote: Quote }[]>()
  for (const document of run.documents) {
    for (const quote of document.quotes) {
      if (!quote.speaker) continue
      const list = quotesBy.get(quote.speaker.id) ?? []
      list.push({ document: document.id, quote })
      quotesBy.set(quote.speaker.id, list)
    }
  }
  const speakers = run.speakers
    .filter((speaker) => quotesBy.has(speaker.id))
    .sort((a, b) => (quotesBy.get(b.id)?.length ?? 0) - (quotesBy.get(a.id)?.length ?? 0))
  const items = speakers.map((speaker) => {
    const item = make('li', 'person')
    const quotes = quotesBy.get(speaker.id) ?? []
    const head = make('div', 'person-head')
    head.append(
      make('span', 'speaker', speaker.name),
      make('span', 'kind', ` (${kindWord(speaker.kind)})`),
      make('span', 'count', ` · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}`),
    )
    const list = make('ul', 'person-quotes')
    for (const { document, quote } of quotes) {
      const row = make('li', '')
      row.append(make('q', 'quote-text', quote.text), ' ', quoteLink(document, quote.id))
      list.append(row)
    }
    item.append(head, list)
    return item
  })
  if (items.length === 0) items.push(make('li', 'empty', 'No one quoted yet.'))
  speakerList.replaceChildren(...items)
}

function renderClusters(run: CorpusResult): void {
  const names = new Map(run.speakers.map((speaker) => [speaker.id, speaker.name]))
  // Quotes carried by several articles first, then the most repeated.
  const clusters = [...run.clusters].sort(
    (a, b) => b.outlets - a.outlets || b.members.length - a.members.length,
  )
  const shared = clusters.filter((cluster) => cluster.outlets > 1)
  const shown = allClusters.checked ? clusters : shared
  clusterSummary.textContent = `${shared.length} of ${clusters.length} distinct quotes appear in more than one article.`
  const items = shown.map((cluster) => {
    const item = make('li', cluster.outlets > 1 ? 'cluster shared' : 'cluster')
    const head = make('div', 'cluster-head')
    head.append(
      make('q', 'quote-text', cluster.text),
      make(
        'span',
        'speaker',
        cluster.speaker ? (names.get(cluster.speaker) ?? '') : 'no speaker found',
      ),
      make('span', 'outlets', `${cluster.outlets} article${cluster.outlets === 1 ? '' : 's'}`),
    )
    const members = make('ul', 'members')
    for (const member of cluster.members) {
      const row = make('li', `member ${member.relation}`)
      row.append(
        quoteLink(member.document, member.quote),
        make('span', 'relation', relationWord(member.relation)),
      )
      if (member.differences) {
        const { removed, added } = member.differences
        const change = [...removed.map((word) => `−${word}`), ...added.map((word) => `+${word}`)]
        row.append(make('span', 'differences', change.join(' ')))
      }
      members.append(row)
    }
    item.append(head, members)
    return item
  })
  if (items.length === 0) {
    items.push(make('li', 'empty', 'No quote appears in more than one article yet.'))
  }
  clusterList.replaceChildren(...items)
}

// The relation of a cluster member to the fullest wording, in plain words.
function relationWord(relation: string): string {
  switch (relation) {
    case 'canonical':
      return 'fullest wording'
    case 'exact':
      return 'same words'
    case 'fragment':
      return 'part of it'
    default:
      return 'worded differently'
  }
}

/** Mark one quote as the one pointed at, in the mirror and in the side panel. */
function activate(article: Article, index: number, on: boolean): void {
  for (const element of article.element.querySelectorAll(`[data-quote="${index}"]`)) {
    element.classList.toggle('active', on)
  }
}

// The textarea lies over the marks, so the mark under the pointer is found by position.
function hover(article: Article, event: MouseEvent): void {
  const mark = document
    .elementsFromPoint(event.clientX, event.clientY)
    .find(
      (element): element is HTMLElement =>
        element instanceof HTMLElement &&
        element.tagName === 'MARK' &&
        article.mirror.contains(element),
    )
  for (const active of article.mirror.querySelectorAll('mark.active')) {
    if (active !== mark) active.classList.remove('active')
  }
  if (!mark) {
    hideTooltip()
    return
  }
  const index = Number(mark.dataset.quote)
  const quote = article.result.quotes[index]
  if (!quote) return
  mark.classList.add('active')
  showTooltip(quote, event.clientX, event.clientY)
}

function showTooltip(quote: Quote, x: number, y: number): void {
  const who = make('div', 'speaker', quote.speaker ? quote.speaker.name : 'No speaker found')
  const kind = make('div', 'kind', quote.speaker ? kindWord(quote.speaker.kind) : '')
  tooltip.replaceChildren(
    who,
    kind,
    make('div', 'details', howFound(quote)),
    make('div', 'rule', ruleIds(quote)),
  )
  tooltip.hidden = false
  const width = tooltip.offsetWidth
  tooltip.style.left = `${Math.max(8, Math.min(x + 12, window.innerWidth - width - 8))}px`
  tooltip.style.top = `${y + 16}px`
}

function hideTooltip(): void {
  tooltip.hidden = true
}

/** Open text and Markdown files, one article each, named from the file. */
async function openFiles(files: Iterable<File>): Promise<void> {
  for (const file of files) {
    const markdown = /\.(md|markdown)$/i.test(file.name) || file.type === 'text/markdown'
    const text = await file.text()
    // An empty first box is replaced rather than left behind.
    const empty = articles.length === 1 && articles[0]?.textarea.value === ''
    if (empty && articles[0]) removeArticle(articles[0])
    addArticle(text, { format: markdown ? 'markdown' : 'text' })
  }
}

function exportAs(kind: 'json' | 'csv'): void {
  if (!lastRun) return
  const named = articles.map((article) => ({ id: article.id, name: article.title.value }))
  if (kind === 'json') download('quotes.json', 'application/json', toJson(lastRun, named))
  else download('quotes.csv', 'text/csv', toCsv(lastRun, named))
}

byId('add-article').addEventListener('click', () => addArticle().textarea.focus())
byId('load-example').addEventListener('click', () => {
  for (const article of [...articles]) removeArticle(article)
  made = 0
  for (const text of example) addArticle(text)
})
byId('open-files').addEventListener('click', () => filePicker.click())
filePicker.addEventListener('change', () => {
  void openFiles(filePicker.files ?? []).then(() => {
    filePicker.value = ''
  })
})
byId('export-json').addEventListener('click', () => exportAs('json'))
byId('export-csv').addEventListener('click', () => exportAs('csv'))
allClusters.addEventListener('change', () => renderRun())
showRules.addEventListener('change', () => {
  document.body.classList.toggle('show-rules', showRules.checked)
})
// Files dropped anywhere on the page open as articles.
document.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) {
    event.preventDefault()
    document.body.classList.add('dropping')
  }
})
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'))
document.addEventListener('drop', (event) => {
  document.body.classList.remove('dropping')
  const files = event.dataTransfer?.files
  if (!files || files.length === 0) return
  event.preventDefault()
  void openFiles(files)
})
window.addEventListener('resize', () => {
  for (const article of articles) grow(article.textarea)
})

addArticle()
