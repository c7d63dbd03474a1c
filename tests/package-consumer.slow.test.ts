import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// A project that uses the package as the README shows, installed from the packed tarball
// (so only what `files` ships, and only the dependencies it declares), then type-checked
// with `skipLibCheck` off: a type the `.d.ts` imports from a package that is not a
// dependency fails here, where a loose install would find it hoisted.
const repository = fileURLToPath(new URL('..', import.meta.url))
const tsc = join(repository, 'node_modules/typescript/bin/tsc')

const consumer = `
import quoteAttribution, {
  attributeDocuments,
  attributeText,
  createAttributor,
  type DocumentResult,
  type Position,
  type Quote,
} from 'quote-attribution'
import retextQuoteAttribution, { type Options } from 'quote-attribution/retext'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'

const result: DocumentResult = attributeText('“We will win,” Jane Doe said.')
const quote: Quote | undefined = result.quotes[0]
const place: Position | undefined = quote?.position
const line: number | undefined = place?.start.line
// Fails to compile if \`Position\` were \`any\` (an unresolved import under skipLibCheck).
// @ts-expect-error a line is a number
const wrong: string | undefined = place?.start.line
const corpus = attributeDocuments([{ id: 'a', text: '“Yes,” Jane Doe said.' }])
const attributor = createAttributor('draft')
const options: Options = { id: 'article' }
const processor = unified().use(retextEnglish).use(retextQuoteAttribution, options)
const same = unified().use(retextEnglish).use(quoteAttribution)
const file = new VFile('“We will win,” Jane Doe said.')
await processor.run(processor.parse(file), file)
const quotes: Quote[] | undefined = file.data.quoteAttribution?.quotes
console.log(line, wrong, corpus.clusters.length, attributor.cachedParagraphs, same, quotes)
`

const compilerOptions = {
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
}

let temporary = ''
let tarball = ''

beforeAll(() => {
  temporary = mkdtempSync(join(tmpdir(), 'quote-attribution-consumer-'))
  execFileSync('npm', ['pack', '--silent', '--pack-destination', temporary], {
    cwd: repository,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const packed = readdirSync(temporary).find((name) => name.endsWith('.tgz'))
  if (!packed) throw new Error('npm pack wrote no tarball')
  tarball = join(temporary, packed)
})

afterAll(() => {
  if (temporary) rmSync(temporary, { recursive: true, force: true })
})

/** A consumer project in its own folder, with the README's dependencies. */
function makeProject(name: string): string {
  const folder = join(temporary, name)
  mkdirSync(folder)
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({
      name: `consumer-${name}`,
      private: true,
      type: 'module',
      dependencies: {
        'quote-attribution': `file:${tarball}`,
        'retext-english': '^5.0.0',
        unified: '^11.0.5',
        vfile: '^6.0.3',
      },
    }),
  )
  writeFileSync(join(folder, 'index.ts'), consumer)
  return folder
}

/** Type-check the project under one module setting; the compiler's output, or `''`. */
function typeCheck(folder: string, mode: keyof typeof compilerOptions): string {
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions[mode],
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['index.ts'],
    }),
  )
  try {
    execFileSync(process.execPath, [tsc, '-p', folder], { cwd: folder, encoding: 'utf8' })
    return ''
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error)
  }
}

describe('a consumer project type-checks against the packed package', () => {
  it('installed with npm', () => {
    const folder = makeProject('npm')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: folder,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    expect(typeCheck(folder, 'nodenext')).toBe('')
    expect(typeCheck(folder, 'bundler')).toBe('')
  })

  it('installed with pnpm, strict: a package sees only the dependencies it declares', () => {
    const folder = makeProject('pnpm')
    // pnpm hoists every package into `.pnpm/node_modules` by default, where an undeclared
    // `@types/*` would still be found; strict setups turn that off.
    writeFileSync(join(folder, '.npmrc'), 'hoist=false\npublic-hoist-pattern=\n')
    execFileSync('npx', ['-y', 'pnpm@9', 'install', '--ignore-scripts', '--reporter=silent'], {
      cwd: folder,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    expect(typeCheck(folder, 'nodenext')).toBe('')
    expect(typeCheck(folder, 'bundler')).toBe('')
  })
})
