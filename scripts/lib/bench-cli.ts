/**
 * The CLI as users meet it: cold processes over a folder, each timed from spawn to exit, against
 * a cold process that only parses the same text with retext-english. Used by `scripts/bench.ts`;
 * the CLI is the built one (`dist/cli.js`; `npm run bench` builds first).
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from './bench-child.js'

const cli = join(projectRoot, 'dist', 'cli.js')

/** How one cold process went. */
export interface ColdRun {
  ms: number
  code: number | null
  stderr: string
}

/**
 * Spawn `node <args>` from the project root, its output thrown away, and time it to its exit.
 *
 * @param args Node's arguments.
 */
export function coldRun(args: readonly string[]): Promise<ColdRun> {
  return new Promise((resolve) => {
    const start = performance.now()
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('close', (code) => resolve({ ms: performance.now() - start, code, stderr }))
  })
}

/** The text files the CLI reads from a folder, walked the same way (name order, no hidden). */
export function folderFiles(folder: string): string[] {
  const files: string[] = []
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue
      const child = join(path, name)
      if (statSync(child).isDirectory()) walk(child)
      else if (/\.(txt|text|md|markdown)$/i.test(name)) files.push(child)
    }
  }
  walk(folder)
  return files
}

/** Bytes of some files. */
export function sizeOf(files: readonly string[]): number {
  let total = 0
  for (const file of files) total += statSync(file).size
  return total
}

// A cold process that does only what the library's first stage stands on: read each file and
// parse it with retext-english, a paragraph (non-blank line) at a time, as the library calls it.
// Plain Node, no TypeScript loader, so it starts as fast as the CLI does.
const parseOnly = `
import { readFileSync } from 'node:fs'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
const processor = unified().use(retextEnglish).freeze()
for (const file of JSON.parse(readFileSync(process.argv[1], 'utf8'))) {
  for (const line of readFileSync(file, 'utf8').split(/\\r\\n|\\r|\\n/)) if (line.trim() !== '') processor.parse(line)
}
`

/**
 * Arguments for the cold parse-only process over the files listed in `listFile` (a JSON array).
 *
 * @param listFile Where the list of files is.
 */
export function parseOnlyArgs(listFile: string): string[] {
  return ['--input-type=module', '-e', parseOnly, listFile]
}

/**
 * Arguments for the CLI over a folder.
 *
 * @param folder The folder.
 * @param extra More options (`--workers 1`, `--timings`).
 */
export function cliArgs(folder: string, extra: readonly string[]): string[] {
  return [cli, '--json', ...extra, folder]
}

// The built bundle's own first pass and later passes, in a fresh process: the rate a user's
// program sees on its first call, and once the JIT has compiled the library.
const passes = `
import { readFileSync } from 'node:fs'
const { attributeDocuments } = await import(process.argv[2])
const files = JSON.parse(readFileSync(process.argv[1], 'utf8'))
const inputs = files.map((file) => ({ id: file, text: readFileSync(file, 'utf8') }))
const times = []
for (let pass = 0; pass < 4; pass++) {
  const start = performance.now()
  attributeDocuments(inputs)
  times.push(performance.now() - start)
}
process.stderr.write(JSON.stringify(times))
`

/**
 * Arguments for a fresh process that times four in-process passes of `attributeDocuments` over
 * the listed files, printing the milliseconds of each as JSON on standard error.
 *
 * @param listFile Where the list of files is.
 */
export function passesArgs(listFile: string): string[] {
  return ['--input-type=module', '-e', passes, listFile, join(projectRoot, 'dist', 'index.js')]
}

/**
 * The stages `--timings` printed, in milliseconds.
 *
 * @param stderr The CLI's standard error.
 */
export function readTimings(stderr: string): Map<string, number> {
  const line = /timings: (.*)$/m.exec(stderr)?.[1] ?? ''
  const stages = new Map<string, number>()
  for (const [, stage, ms] of line.matchAll(/(\w+) (\d+) ms/g))
    stages.set(stage as string, Number(ms))
  return stages
}

/** The texts of some files, for in-process timing. */
export function readTexts(files: readonly string[]): { id: string; text: string }[] {
  return files.map((file) => ({ id: file, text: readFileSync(file, 'utf8') }))
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
