import type { Attributor, CorpusResult, DocumentResult, Quote } from '../src/index.js'
import { createAttributor, QuoteCorpus } from '../src/index.js'

/** One article box: its editor, the layer of highlights behind it, and its last result. */
interface Article {
  id: string
  attributor: Attributor
  element: HTMLElement
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

const articles: Article[] = []
let made = 0

const container = byId('articles')
const clusterList = byId('clusters')
const clusterSummary = byId('clusters-summary')
const tooltip = byId('tooltip')

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

/** Add an article box, with a text to start from. */
function addArticle(text = ''): Article {
  made++
  const id = `article-${made}`
  const element = make('section', 'article')
  element.dataset.article = id
  const header = make('header', 'article-header')
  const title = make('h2', 'article-title', `Article ${made}`)
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
  textarea.setAttribute('aria-label', `Text of article ${made}`)
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
    attributor: createAttributor(id),
    element,
    textarea,
    mirror,
    quoteList,
    warningList,
    status,
    result: { id, quotes: [], speakers: [], warnings: [] },
  }
  articles.push(article)
  textarea.addEventListener('input', () => update(article))
  textarea.addEventListener('mousemove', (event) => hover(article, event))
  textarea.addEventListener('mouseleave', () => hideTooltip())
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
  article.result = article.attributor.attribute(article.textarea.value)
  const took = performance.now() - started
  article.status.textContent = `${article.result.quotes.length} quotes · ${took.toFixed(1)} ms · ${article.attributor.cachedParagraphs} paragraphs kept`
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
  const unclosed = unclosedQuotes(article.result)
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

// Quotes whose opening mark an `unclosed-quote` warning points at (blanks aside).
function unclosedQuotes(result: DocumentResult): Set<number> {
  const marks = new Set<number>()
  for (const warning of result.warnings) {
    if (warning.code === 'unclosed-quote' && warning.start !== null) marks.add(warning.start)
  }
  const found = new Set<number>()
  result.quotes.forEach((quote, index) => {
    if (quote.close !== null) return
    for (let at = quote.start - 1; at >= quote.start - 8 && at >= 0; at--) {
      if (marks.has(at)) found.add(index)
    }
  })
  return found
}

/** Read the whole set again: run-wide speakers and the clusters, then every side panel. */
function renderRun(): void {
  // Each article's result is reused: only the clustering is redone, nothing is parsed again.
  const corpus = new QuoteCorpus()
  for (const article of articles) corpus.addResult(article.result)
  const run = corpus.result()
  articles.forEach((article, index) => {
    const document = run.documents[index] ?? article.result
    renderQuotes(article, document)
    renderWarnings(article)
  })
  renderClusters(run)
}

function renderQuotes(article: Article, result: DocumentResult): void {
  const items = result.quotes.map((quote, index) => {
    const item = make('li', `quote-item depth-${Math.min(quote.depth, 2)}`)
    item.dataset.quote = String(index)
    item.append(make('q', 'quote-text', quote.text))
    const who = make('div', 'who')
    who.append(
      make('span', 'speaker', quote.speaker ? quote.speaker.name : 'unattributed'),
      make('span', 'kind', quote.speaker ? ` (${quote.speaker.kind})` : ''),
    )
    item.append(who, make('div', 'details', details(quote)))
    item.addEventListener('mouseenter', () => activate(article, index, true))
    item.addEventListener('mouseleave', () => activate(article, index, false))
    item.addEventListener('click', () => {
      article.textarea.focus()
      article.textarea.setSelectionRange(quote.start, quote.end)
    })
    return item
  })
  if (items.length === 0) items.push(make('li', 'empty', 'No quotes yet.'))
  article.quoteList.replaceChildren(...items)
}

function details(quote: Quote): string {
  const parts = [
    `method: ${quote.method}`,
    `confidence: ${quote.confidence.toFixed(2)}`,
    `cue: ${quote.cue ? quote.cue.text : '—'}`,
  ]
  if (quote.speaker) parts.push(`mention: “${quote.speaker.mention.text}”`)
  if (quote.rule) parts.push(`rule: ${quote.rule}`)
  if (quote.continued) parts.push('continued')
  return parts.join(' · ')
}

function renderWarnings(article: Article): void {
  const text = article.textarea.value
  const items = article.result.warnings.map((warning) => {
    const item = make('li', `warning ${warning.code}`)
    item.append(make('code', 'code', warning.code), ` ${warning.message}`)
    if (warning.start !== null) {
      const line = text.slice(0, warning.start).split(/\r\n|\r|\n/).length
      item.append(make('span', 'where', ` (line ${line})`))
    }
    return item
  })
  if (items.length === 0) items.push(make('li', 'empty', 'None.'))
  article.warningList.replaceChildren(...items)
}

function renderClusters(run: CorpusResult): void {
  const names = new Map(run.speakers.map((speaker) => [speaker.id, speaker.name]))
  const titles = new Map(
    articles.map((article) => [
      article.id,
      article.element.querySelector('.article-title')?.textContent ?? article.id,
    ]),
  )
  // Quotes carried by several articles first, then the most repeated.
  const clusters = [...run.clusters].sort(
    (a, b) => b.outlets - a.outlets || b.members.length - a.members.length,
  )
  const shared = clusters.filter((cluster) => cluster.outlets > 1).length
  clusterSummary.textContent = `${clusters.length} distinct quotes, ${shared} in more than one article.`
  clusterList.replaceChildren(
    ...clusters.map((cluster) => {
      const item = make('li', cluster.outlets > 1 ? 'cluster shared' : 'cluster')
      const head = make('div', 'cluster-head')
      head.append(
        make('q', 'quote-text', cluster.text),
        make(
          'span',
          'speaker',
          cluster.speaker ? (names.get(cluster.speaker) ?? '') : 'unattributed',
        ),
        make('span', 'outlets', `${cluster.outlets} article${cluster.outlets === 1 ? '' : 's'}`),
      )
      const members = make('ul', 'members')
      for (const member of cluster.members) {
        const row = make('li', `member ${member.relation}`)
        row.append(
          make('span', 'document', titles.get(member.document) ?? member.document),
          make('span', 'relation', member.relation),
        )
        if (member.differences) {
          const { removed, added } = member.differences
          const change = [
            ...removed.map((word) => `−${word}`),
            ...added.map((word) => `+${word}`),
          ].join(' ')
          row.append(make('span', 'differences', change))
        }
        members.append(row)
      }
      item.append(head, members)
      return item
    }),
  )
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
  const kind = make('div', 'kind', quote.speaker ? quote.speaker.kind : '')
  tooltip.replaceChildren(who, kind, make('div', 'details', details(quote)))
  tooltip.hidden = false
  const width = tooltip.offsetWidth
  tooltip.style.left = `${Math.min(x + 12, window.innerWidth - width - 8)}px`
  tooltip.style.top = `${y + 16}px`
}

function hideTooltip(): void {
  tooltip.hidden = true
}

byId('add-article').addEventListener('click', () => addArticle().textarea.focus())
byId('load-example').addEventListener('click', () => {
  for (const article of [...articles]) removeArticle(article)
  made = 0
  for (const text of example) addArticle(text)
})
window.addEventListener('resize', () => {
  for (const article of articles) grow(article.textarea)
})

addArticle()
