// Writes docs/demo.png, the README's picture of the editor demo: the demo built, served from a
// temporary folder, the example loaded, one quote pointed at. `npx tsx scripts/demo-screenshot.ts`
// (needs a Chromium, found as the browser tests find it).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { findChromium } from '../tests/setup/chromium.js'

const repository = fileURLToPath(new URL('..', import.meta.url))
const width = Number(process.argv[2] ?? 1280)
const output = join(repository, process.argv[3] ?? 'docs/demo.png')
const executablePath = findChromium()
if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH')

const folder = mkdtempSync(join(tmpdir(), 'quote-attribution-shot-'))
await build({
  configFile: join(repository, 'demo/vite.config.ts'),
  root: join(repository, 'demo'),
  logLevel: 'silent',
  build: { outDir: folder, emptyOutDir: true },
})
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
}
const server = createServer((request, response) => {
  const path = normalize(new URL(request.url ?? '/', 'http://x').pathname)
  const file = join(folder, path.endsWith('/') ? 'index.html' : path)
  if (!file.startsWith(folder) || !existsSync(file)) return void response.writeHead(404).end()
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
  response.end(readFileSync(file))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless'] })
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 })
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`)
  await page.getByRole('button', { name: 'Load example' }).click()
  // The first line box of the first highlight (a highlight over two lines has a gap mid-box).
  const rect = await page
    .locator('.article .mirror mark')
    .first()
    .evaluate((mark) => {
      const first = mark.getClientRects()[0]
      return first ? { x: first.x, y: first.y, width: first.width, height: first.height } : null
    })
  if (rect) {
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 })
    await page.locator('#tooltip').waitFor({ state: 'visible', timeout: 5000 })
  }
  await page.screenshot({ path: output, fullPage: false })
  console.log(`wrote ${output}`)
} finally {
  await browser.close()
  server.close()
  rmSync(folder, { recursive: true, force: true })
}
