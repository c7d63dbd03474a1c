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
    expect(await tooltip.locator('.details').textContent()).toMatch(/method: \w+/)

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
    expect(await first.locator('.relation').allTextContents()).toEqual(['canonical', 'variant'])
    expect(await first.locator('.differences').allTextContents()).toEqual(['−word +promise'])
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
