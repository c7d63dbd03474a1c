import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

// The README's examples, run: each `console.log(x) // y` must print y, and the Use example
// must print the object shown under it. The package's own names are mapped onto its sources.
const repository = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(join(repository, 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1] as string)
const folder = mkdtempSync(join(tmpdir(), 'quote-attribution-readme-'))
// The examples' modules sit in the repository, so that their imports resolve from it.
const scratch = join(repository, '.scratch', 'readme-examples')
mkdirSync(scratch, { recursive: true })

afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

/** Run one example; what each commented `console.log` printed, and what the comment says. */
async function run(code: string, name: string): Promise<[unknown, unknown][]> {
  const source = code
    .replaceAll("'quote-attribution/retext'", JSON.stringify(join(repository, 'src/retext.ts')))
    .replaceAll("'quote-attribution'", JSON.stringify(join(repository, 'src/index.ts')))
    .replaceAll("readFile('article.txt'", `readFile(${JSON.stringify(join(folder, 'article.txt'))}`)
    .replace(/^console\.log\((.*)\) \/\/ (.*)$/gm, 'checks.push([$1, $2])')
  const file = join(scratch, `${name}.mjs`)
  writeFileSync(file, `export const checks = []\n${source}`)
  const module = (await import(pathToFileURL(file).href)) as { checks: [unknown, unknown][] }
  return module.checks
}

describe('README examples', () => {
  it('the Use example prints the quote shown under it', async () => {
    const index = blocks.findIndex((block) => block.includes('console.log(result.quotes[0])'))
    const example = blocks[index] as string
    const shown = blocks[index + 1] as string
    // The text of the Use example is the `article.txt` of the plugin example.
    const text = /attributeText\(\n\s*('.*')\s*\+\n\s*('.*')\n\)/.exec(example)
    if (!text) throw new Error('the Use example has changed shape')
    // Single-quoted literals whose only escape is `\n`.
    const literal = (value: string) => value.slice(1, -1).replaceAll('\\n', '\n')
    writeFileSync(
      join(folder, 'article.txt'),
      `${literal(text[1] as string)}${literal(text[2] as string)}\n`,
    )
    const checks = await run(
      example.replace(
        'console.log(result.quotes[0])',
        `console.log(result.quotes[0]) // ${shown.replace(/\n/g, ' ')}`,
      ),
      'use',
    )
    expect(checks).toHaveLength(1)
    const [printed, expected] = checks[0] as [unknown, unknown]
    expect(printed).toEqual(expected)
  })

  it.each([
    ['the retext plugin', 'retext()'],
    ['Markdown', 'remarkParse'],
  ])('the %s example prints what its comment says', async (name, marker) => {
    const example = blocks.find((block) => block.includes(marker) && block.includes('// ['))
    if (!example) throw new Error(`no ${name} example`)
    const checks = await run(example, name.replace(/\W+/g, '-'))
    expect(checks.length).toBeGreaterThan(0)
    for (const [printed, expected] of checks) expect(printed).toEqual(expected)
  })
})
