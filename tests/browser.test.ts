import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { attributeDocuments, attributeText } from '../src/index.js'

// Found by the global setup (`tests/setup/chromium.ts`): `CHROMIUM_PATH` or a usual install
// path. Without one these tests are skipped, and the setup says so in one line.
const executablePath = inject('chromium')
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const repository = fileURLToPath(new URL('..', import.meta.url))
const seeds = join(repository, 'seeds')
const seed = readFileSync(join(seeds, '001_8cafd4e87f556505.txt'), 'utf8')

let temporary = ''
let context: BrowserContext | undefined

beforeAll(async () => {
  temporary = mkdtempSync(join(tmpdir(), 'quote-attribution-browser-'))
  if (!executablePath) return
  // A fresh profile each run, so no state of an earlier run (or of a person) leaks in.
  context = await chromium.launchPersistentContext(join(temporary, 'profile'), {
    executablePath,
    headless: true,
    args,
  })
})

afterAll(async () => {
  await context?.close()
  if (temporary) rmSync(temporary, { recursive: true, force: true })
})

/** A new page, with every uncaught error and console error it has kept in `errors`. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  if (!context) throw new Error('Chromium did not start')
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`)
  })
  return { page, errors }
}

describe.skipIf(!executablePath)('the core in a browser', () => {
  let bundle = ''

  beforeAll(async () => {
    // The library as a browser would load it: one IIFE with its dependencies, Node left out.
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: repository,
      build: {
        write: false,
        minify: false,
        target: 'es2022',
        lib: {
          entry: join(repository, 'src/index.ts'),
          formats: ['iife'],
          name: 'QuoteAttribution',
        },
      },
    })
    const outputs = Array.isArray(output) ? output : [output]
    for (const result of outputs) {
      if (!('output' in result)) continue
      for (const chunk of result.output) if (chunk.type === 'chunk') bundle += chunk.code
    }
    expect(bundle).toContain('QuoteAttribution')
  })

  it('gives the same result as Node for a seed article', async () => {
    const { page, errors } = await openPage()
    await page.setContent('<!doctype html><meta charset="utf-8"><title>core</title>')
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(
      (text) => JSON.stringify(window.QuoteAttribution.attributeText(text)),
      seed,
    )
    const inNode = JSON.stringify(attributeText(seed))
    expect(JSON.parse(inBrowser).quotes.length).toBeGreaterThan(0)
    expect(inBrowser).toBe(inNode)
    expect(errors).toEqual([])
    await page.close()
  })

  it('gives the same speakers and clusters as Node for all seed articles', async () => {
    const inputs = ['000_c086f50b8a45e909', '001_8cafd4e87f556505', '002_c82fd8c73295499a']
      .concat(['003_6ebb02524a7f715b', '004_a7a738c0c0c2f7cb'])
      .map((id) => ({ id, text: readFileSync(join(seeds, `${id}.txt`), 'utf8') }))
    const { page, errors } = await openPage()
    await page.setContent('<!doctype html><meta charset="utf-8"><title>core</title>')
    await page.addScriptTag({ content: bundle })
    const inBrowser = await page.evaluate(
      (documents) => JSON.stringify(window.QuoteAttribution.attributeDocuments(documents)),
      inputs,
    )
    expect(inBrowser).toBe(JSON.stringify(attributeDocuments(inputs)))
    expect(errors).toEqual([])
    await page.close()
  })
})

describe.skipIf(!executablePath)('the editor demo', () => {
  let server: Server | undefined
  let origin = ''

  beforeAll(async () => {
    const outDir = join(temporary, 'demo')
    await build({
      configFile: join(repository, 'demo/vite.config.ts'),
      root: join(repository, 'demo'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    })
    server = await serve(outDir)
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    // A page may still hold a keep-alive connection, and close() waits for every one.
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('highlights an unclosed quote up to the end of its paragraph as it is typed', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    const textarea = page.locator('textarea').first()
    await textarea.click()
    const typed = 'Jane Doe said: “We will win\nThe next paragraph is prose.'
    await page.keyboard.type(typed)
    // The editor keeps the text and the caret: re-rendering happens behind it.
    expect(await textarea.inputValue()).toBe(typed)
    expect(await textarea.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(
      typed.length,
    )
    const marks = page.locator('.article .mirror mark')
    expect(await marks.allTextContents()).toEqual(['We will win'])
    expect(await marks.first().getAttribute('class')).toContain('unclosed')
    // The second paragraph is drawn as plain text, outside every mark.
    const plain = await page.locator('.article .mirror').evaluate((mirror) =>
      Array.from(mirror.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join(''),
    )
    expect(plain).toContain('The next paragraph is prose.')
    expect(await page.locator('.quote-list .speaker').allTextContents()).toEqual(['Jane Doe'])
    expect(await page.locator('.warning-list .code').allTextContents()).toEqual(['unclosed-quote'])

    // Pointing at the highlight (through the textarea over it) shows who said it.
    const box = await marks.first().boundingBox()
    if (!box) throw new Error('the highlight has no box')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    const tooltip = page.locator('#tooltip')
    await tooltip.waitFor({ state: 'visible' })
    expect(await tooltip.locator('.speaker').textContent()).toBe('Jane Doe')
    // Plain words by default; the method's id only when rule ids are asked for.
    expect(await tooltip.locator('.details').textContent()).toMatch(
      /^named before a colon · verb “said” · \d+% sure$/,
    )
    expect(await tooltip.locator('.rule').isVisible()).toBe(false)

    // An edit in the middle keeps the caret where it was typed.
    await textarea.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(27, 27))
    await page.keyboard.type('.”')
    expect(await textarea.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(
      29,
    )
    expect(await marks.allTextContents()).toEqual(['We will win.'])
    expect(await page.locator('.warning-list .code').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('lists the quotes that several articles carry', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    await page.getByRole('button', { name: 'Load example' }).click()
    expect(await page.locator('.article').count()).toBe(2)
    const shared = page.locator('.cluster.shared')
    expect(await shared.count()).toBe(2)
    const first = shared.first()
    expect(await first.locator('.speaker').first().textContent()).toBe('Jane Doe')
    expect(await first.locator('.outlets').textContent()).toBe('2 articles')
    expect(await first.locator('.relation').allTextContents()).toEqual([
      'fullest wording',
      'worded differently',
    ])
    expect(await first.locator('.differences').allTextContents()).toEqual(['−word +promise'])
    // Each member is named by its article, whose name is its first line.
    expect(await first.locator('.document').allTextContents()).toEqual([
      'Council passes budget after long night',
      'Budget approved',
    ])
    expect(errors).toEqual([])
    await page.close()
  })

  it('lists only the shared quotes until asked for all, each member linked to its place', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    await page.getByRole('button', { name: 'Load example' }).click()
    // Two quotes are in both articles; two more are in one article only.
    expect(await page.locator('.cluster').count()).toBe(2)
    expect(await page.locator('#clusters-summary').textContent()).toBe(
      '2 of 4 distinct quotes appear in more than one article.',
    )
    await page.getByLabel('Also list quotes found in one article').check()
    expect(await page.locator('.cluster').count()).toBe(4)
    // Following a member's link selects that quote in its article.
    const link = page.locator('.cluster.shared').first().locator('.document').nth(1)
    await link.click()
    const selected = await page.evaluate(() => {
      const active = document.activeElement as HTMLTextAreaElement
      return active.value.slice(active.selectionStart, active.selectionEnd)
    })
    expect(selected).toBe('We will win the vote today, and we will keep our promise,')
    expect(errors).toEqual([])
    await page.close()
  })

  it('lists each speaker with their quotes across articles', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    await page.getByRole('button', { name: 'Load example' }).click()
    const people = page.locator('.speaker-list .person')
    expect(await people.locator('.person-head .speaker').allTextContents()).toEqual([
      'Jane Doe',
      'Bob Roe',
      'a council spokesperson',
    ])
    const jane = people.first()
    expect(await jane.locator('.count').textContent()).toBe(' · 3 quotes')
    expect(await jane.locator('.document').allTextContents()).toEqual([
      'Council passes budget after long night',
      'Council passes budget after long night',
      'Budget approved',
    ])
    expect(await people.nth(2).locator('.kind').textContent()).toBe(' (unnamed source)')
    expect(errors).toEqual([])
    await page.close()
  })

  it('names an article from its first line until the reader names it', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    const title = page.locator('.article-title').first()
    await page.locator('textarea').first().click()
    await page.keyboard.type('Vote tonight\n“We will win,” Jane Doe said.')
    expect(await title.inputValue()).toBe('Vote tonight')
    await title.fill('Evening Post')
    await page.locator('textarea').first().press('End')
    await page.keyboard.type(' More.')
    expect(await title.inputValue()).toBe('Evening Post')
    expect(await page.locator('.speaker-list .document').allTextContents()).toEqual([
      'Evening Post',
    ])
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens .txt and .md files picked or dropped, one article each, Markdown placed in its source', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    await page.locator('#file-picker').setInputFiles([
      {
        name: 'plain.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Plain news\n“We will win,” Jane Doe said.\n'),
      },
      {
        name: 'marked.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          '# Marked news\n\nBob Roe said: “We *will*\nwin.”\n\n```\n“code”\n```\n',
        ),
      },
    ])
    await page.locator('.article').nth(1).waitFor()
    expect(
      await page
        .locator('.article-title')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(['Plain news', 'Marked news'])
    // The empty box the page opened with gave way to the files.
    expect(await page.locator('.article').count()).toBe(2)
    // Markdown: the quote is marked on its source, emphasis and line break included; the
    // code block is not a quote.
    const marked = page.locator('.article').nth(1)
    expect(await marked.locator('.mirror mark').allTextContents()).toEqual(['We *will*\nwin.'])
    expect(await marked.locator('.quote-list .speaker').allTextContents()).toEqual(['Bob Roe'])

    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(
        new File(['Dropped\n“Yes,” Ann Lee said.'], 'dropped.txt', { type: 'text/plain' }),
      )
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      )
    })
    await page.locator('.article').nth(2).waitFor()
    expect(await page.locator('.article-title').nth(2).inputValue()).toBe('Dropped')
    expect(errors).toEqual([])
    await page.close()
  })

  it('exports the run as JSON and as CSV, one row per quote', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    await page.getByRole('button', { name: 'Load example' }).click()
    const read = async (name: string): Promise<{ file: string; text: string }> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ])
      const path = await download.path()
      return { file: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
    }
    const json = await read('Export JSON')
    expect(json.file).toBe('quotes.json')
    const run = JSON.parse(json.text)
    expect(run.documents.map((document: { name: string }) => document.name)).toEqual([
      'Council passes budget after long night',
      'Budget approved',
    ])
    expect(run.documents[0].quotes[0].speaker.name).toBe('Jane Doe')
    const csv = await read('Export CSV')
    expect(csv.file).toBe('quotes.csv')
    const rows = csv.text.trimEnd().split('\r\n')
    expect(rows[0]).toBe('article,line,column,quote,speaker,kind,method,confidence,cluster,outlets')
    expect(rows).toHaveLength(1 + 6)
    // A quote with a comma is quoted, as RFC 4180 has it.
    expect(rows[1]).toMatch(
      /^Council passes budget after long night,2,38,"We will win the vote today, and we will keep our word\.",Jane Doe,person,colon,0\.\d\d,c:article-1#0,2$/,
    )
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows rule ids only on demand, and a legend of the highlights', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${origin}/index.html`)
    await page.getByRole('button', { name: 'Load example' }).click()
    const rule = page.locator('.quote-list .rule').first()
    expect(await rule.isVisible()).toBe(false)
    expect(await page.locator('.quote-list .details').first().textContent()).toBe(
      'named before a colon · verb “said” · 90% sure',
    )
    await page.getByLabel('Show rule ids').check()
    expect(await rule.isVisible()).toBe(true)
    expect(await rule.textContent()).toMatch(/^method: colon · rule: [a-z-]+$/)
    expect(await page.locator('.legend li').allTextContents()).toEqual([
      'quote with a speaker',
      'no speaker found',
      'quote inside a quote',
      'mark never closed',
    ])
    expect(errors).toEqual([])
    await page.close()
  })

  it('is usable at 420 px: nothing wider than the screen, the shared quotes before the articles', async () => {
    const { page, errors } = await openPage()
    await page.setViewportSize({ width: 420, height: 800 })
    await page.goto(`${origin}/index.html`)
    await page.getByRole('button', { name: 'Load example' }).click()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420)
    const run = await page.locator('.run').boundingBox()
    const article = await page.locator('.article').first().boundingBox()
    const editor = await page.locator('textarea').first().boundingBox()
    if (!run || !article || !editor) throw new Error('a panel has no box')
    expect(run.y).toBeLessThan(article.y)
    // The editor takes the width of the screen, less the page's margins.
    expect(editor.width).toBeGreaterThan(380)
    expect(errors).toEqual([])
    await page.close()
  })
})

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** A static file server for a folder, on a free port of the loopback interface. */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const file = join(folder, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

declare global {
  interface Window {
    QuoteAttribution: typeof import('../src/index.js')
  }
}
