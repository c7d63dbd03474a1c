import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { csvField } from '../src/cli/csv.js'
import { timeLeft } from '../src/cli/progress.js'
import { wrap } from '../src/cli/report.js'
import { wantsColour } from '../src/cli/style.js'
import retextQuoteAttribution from '../src/plugin/retext-quote-attribution.js'
import type { DocumentResult } from '../src/types.js'
import { scratchFolder } from './scratch-folders.js'

// Issue 13's CLI items, against the built binary (`npm test` builds first).
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env }
    if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR
    const child = execFile(
      'node',
      [cli, ...args],
      { maxBuffer: 1 << 26, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
    child.stdin?.end(options.stdin ?? '')
  })
}

let folder = ''

// A Markdown article: a quote wrapped over two lines with emphasis inside, and a fenced code
// block whose marks are not a quote.
const markdown = [
  '# Vote',
  '',
  'Jane Doe said: “We *will* win the',
  'race, whatever it takes.”',
  '',
  '```',
  '“not a quote,” said the code.',
  '```',
  '',
].join('\n')

// The fullest wording of a quote, a fragment of it, and the same words elsewhere.
const long =
  'We will build the new bridge before the winter comes, and we will pay for it without raising a single tax on the families of this city'

beforeAll(async () => {
  folder = await scratchFolder('quote-attribution-report-')
  await writeFile(join(folder, 'article.md'), markdown)
  await mkdir(join(folder, 'outlets'))
  await writeFile(
    join(folder, 'outlets', 'a.txt'),
    `“We will build the new bridge before the winter comes,” Jane Doe said.\n`,
  )
  await writeFile(join(folder, 'outlets', 'b.txt'), `“${long},” Jane Doe said.\n`)
  await writeFile(join(folder, 'outlets', 'c.txt'), `Jane Doe said: “${long}.”\n`)
  await writeFile(join(folder, 'unclosed.txt'), 'A first line.\n\nJane Doe said: “We will win\n')
})

describe('Markdown', () => {
  it('reads .md through remark as the plugin does: wrapped paragraphs whole, code skipped', async () => {
    const { code, stdout } = await run(['--json', join(folder, 'article.md')])
    expect(code).toBe(0)
    const [document] = JSON.parse(stdout).documents
    expect(document.quotes.map((quote: { text: string }) => quote.text)).toEqual([
      'We will win the race, whatever it takes.',
    ])
    // Places in the Markdown source: the quote starts after `“` on line 3.
    expect(document.quotes[0].position.start).toEqual({ line: 3, column: 17, offset: 24 })
    expect(markdown.slice(document.quotes[0].start, document.quotes[0].start + 9)).toBe('We *will*')
    // The same as the plugin's Markdown mode, from the same source.
    const file = new VFile({ value: markdown })
    retextQuoteAttribution({ id: join(folder, 'article.md') })(
      unified().use(remarkParse).parse(file),
      file,
    )
    const plugin = file.data.quoteAttribution as DocumentResult
    expect(document.quotes).toEqual(plugin.quotes)
  })

  it('reads .txt as plain text, marks in code and all', async () => {
    const path = join(folder, 'article.txt')
    await writeFile(path, markdown)
    const { stdout } = await run(['--json', path])
    const texts = JSON.parse(stdout).documents[0].quotes.map(
      (quote: { text: string }) => quote.text,
    )
    expect(texts).toContain('not a quote,')
  })
})

describe('the report', () => {
  it('names every outlet of a shared quote, the fullest wording first', async () => {
    const { code, stdout } = await run([join(folder, 'outlets')])
    expect(code).toBe(0)
    const section = stdout.slice(stdout.indexOf('Quotes carried by more than one outlet (1):'))
    const members = section
      .split('\n')
      .filter((line) => /^ {6}\S/.test(line))
      .map((line) => line.trim().split(/\s+/).slice(0, 2))
    expect(members.map(([relation, path]) => [relation, path?.split('/').pop()])).toEqual([
      ['canonical', 'b.txt'],
      ['fragment', 'a.txt'],
      ['exact', 'c.txt'],
    ])
  })

  it('prints quotes whole, wrapped at the width', async () => {
    const { stdout } = await run([join(folder, 'outlets', 'b.txt')])
    const quote = stdout.slice(stdout.indexOf('“'), stdout.indexOf('”') + 1)
    expect(quote.replace(/\s+/g, ' ')).toBe(`“${long},”`)
    expect(quote).toContain('\n')
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })

  it('gives warnings as line:column', async () => {
    const { stdout } = await run([join(folder, 'unclosed.txt')])
    expect(stdout).toMatch(/^ {2}warning 3:16: Quotation mark “ is never closed/m)
  })

  it('ends with a summary: files, quotes, share attributed, speakers, shared quotes', async () => {
    const { stdout } = await run([join(folder, 'outlets'), join(folder, 'missing.txt')])
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'Summary: 4 files (1 not read), 3 quotes, 100% attributed, 1 speaker, 1 quote shared across outlets',
    )
  })

  it.each([
    // [environment, colour wanted]
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false], // NO_COLOR wins
    [{}, false], // not a terminal
  ])('colours with %j: %s', async (env, coloured) => {
    const { stdout } = await run([join(folder, 'outlets', 'a.txt')], { env })
    expect(stdout.includes('\u001b[')).toBe(coloured)
  })
})

describe('CSV', () => {
  it('writes one row per quote with the columns fact-checkers sort on', async () => {
    const { code, stdout } = await run(['--format', 'csv', join(folder, 'outlets')])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\r\n')
    expect(lines[0]).toBe('file,line,column,quote,speaker,kind,method,confidence,cluster,outlets')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toBe(
      `${join(folder, 'outlets', 'a.txt')},1,2,"We will build the new bridge before the winter comes,",Jane Doe,person,explicit,0.95,c:${join(folder, 'outlets', 'b.txt')}#0,3`,
    )
  })

  it.each([
    // [value, field]
    ['plain words', 'plain words'],
    ['a, b', '"a, b"'], // a comma is quoted
    ['he said "no"', '"he said ""no"""'], // double quotes are doubled
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"], // a spreadsheet would run it as a formula
    ['-1 and +2', "'-1 and +2"],
    [0.95, '0.95'],
    [null, ''],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field)
  })
})

describe('clear lines for empty and wrong input', () => {
  it('says so when a folder holds nothing to read', async () => {
    const empty = await scratchFolder('quote-attribution-empty-')
    await writeFile(join(empty, 'notes.json'), '{}')
    const { code, stdout, stderr } = await run([empty])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `quote-attribution: nothing to read: no .txt, .text, .md, .markdown file in ${empty}\n`,
    )
  })

  it('warns on empty standard input', async () => {
    const { code, stdout } = await run([], { stdin: '' })
    expect(code).toBe(0)
    expect(stdout).toContain('  warning: The text is empty or blank\n')
  })

  // `script` gives the CLI a terminal for standard input (util-linux's form of the command).
  it.runIf(process.platform === 'linux')(
    'asks for input, in one line, when run bare on a terminal',
    async () => {
      const result = await new Promise<Run>((resolve) => {
        execFile(
          'script',
          ['-qec', `node ${cli}`, '/dev/null'],
          { timeout: 20_000 },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        ).stdin?.end()
      })
      expect(result.code).toBe(2)
      expect(result.stdout.trim()).toBe(
        'quote-attribution: no input: name files or folders, or pipe text in (quote-attribution --help)',
      )
    },
  )
})

describe('report helpers', () => {
  it.each([
    // [text, width, indent, wrapped]
    ['a b c', 80, 2, 'a b c'],
    ['aaaa bbbb cccc', 29, 2, 'aaaa bbbb cccc'], // room never under 20 columns
    ['one two three four five six seven', 27, 4, 'one two three four five\n    six seven'],
    ['spaces\n\n  collapse', 80, 0, 'spaces collapse'],
  ])('wraps %j at %i columns, indent %i', (text, width, indent, wrapped) => {
    expect(wrap(text, width, indent)).toBe(wrapped)
  })

  it.each([
    // [stream is a terminal, environment, colour]
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true], // an empty NO_COLOR is unset (no-color.org)
    [false, {}, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '0' }, false],
  ])('colour on a terminal %s with %j: %s', (isTTY, env, colour) => {
    expect(wantsColour({ isTTY }, env)).toBe(colour)
  })

  it.each([
    // [done, total, first done at, now, ms left]
    [1, 840, 1000, 1000, null], // no pace yet
    [40, 840, 1000, 2000, null], // under a twentieth of the batch
    [43, 840, 1000, 2000, (1000 / 42) * 797], // the pace since the first, start-up left out
    [10, 10, 0, 500, 0],
  ])('estimates %i of %i done → %s ms left', (done, total, firstAt, now, left) => {
    expect(timeLeft(done, total, firstAt, now)).toBe(left)
  })
})
