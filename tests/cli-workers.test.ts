import { execFile } from 'node:child_process'
import { copyFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { scratchFolder } from './scratch-folders.js'

// The built binary, as it ships: the pool's threads load it too (`npm test` builds first).
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')
const seeds = join(import.meta.dirname, '..', 'seeds')

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [cli, ...args],
      { maxBuffer: 1 << 28 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
    child.stdin?.end('')
  })
}

let folder = ''
let files: string[] = []

beforeAll(async () => {
  // Four copies of each seed under other names: 20 files, enough for a pool and a progress bar,
  // and the same quotes in several documents, so clusters and run-wide speakers have work to do.
  folder = await scratchFolder('quote-attribution-workers-')
  const names = (await readdir(seeds)).filter((name) => name.endsWith('.txt')).sort()
  for (const copy of ['a', 'b', 'c', 'd']) {
    for (const name of names) await copyFile(join(seeds, name), join(folder, `${copy}-${name}`))
  }
  files = (await readdir(folder)).sort().map((name) => join(folder, name))
})

describe('quote-attribution CLI with workers', () => {
  it('prints the same JSON with one thread and with two', async () => {
    expect(files.length).toBeGreaterThanOrEqual(12)
    const one = await run(['--json', '--workers', '1', folder])
    const two = await run(['--json', '--workers', '2', folder])
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    const json = JSON.parse(one.stdout)
    expect(json.documents.map((document: { path: string }) => document.path)).toEqual(files)
    expect(json.clusters.some((cluster: { quotes: string[] }) => cluster.quotes.length === 4)).toBe(
      true,
    )
    // Standard error is not a terminal here: no progress bar, nothing at all.
    expect(one.stderr).toBe('')
    expect(two.stderr).toBe('')
  })

  it('streams one NDJSON line per document in input order, then speakers and clusters', async () => {
    const { code, stdout } = await run(['--ndjson', '--workers', '2', folder])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(files.length + 2)
    const values = lines.map((line) => JSON.parse(line))
    const documents = values.slice(0, files.length)
    expect(documents.map((document) => document.path)).toEqual(files)
    for (const document of documents) {
      expect(Object.keys(document)).toEqual(['path', 'quotes', 'speakers', 'warnings'])
    }
    expect(Object.keys(values[files.length])).toEqual(['speakers'])
    expect(Object.keys(values[files.length + 1])).toEqual(['clusters'])
    // The closing lines are the whole run's, as --json gives them.
    const json = JSON.parse((await run(['--json', '--workers', '1', folder])).stdout)
    expect(values[files.length].speakers).toEqual(json.speakers)
    expect(values[files.length + 1].clusters).toEqual(json.clusters)
    expect(documents.map((document) => document.quotes.length)).toEqual(
      json.documents.map((document: { quotes: unknown[] }) => document.quotes.length),
    )
  })

  it('gives an unreadable file its own NDJSON line and exit code 1', async () => {
    const missing = join(folder, 'missing.txt')
    const { code, stdout, stderr } = await run(['--ndjson', missing, files[0] as string])
    expect(code).toBe(1)
    expect(stderr).toMatch(/missing\.txt: no such file/)
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines[0]).toEqual({ path: missing, error: 'no such file or folder' })
    expect(lines[1].path).toBe(files[0])
    expect(lines).toHaveLength(4)
  })

  it('has a worker report a file it cannot decode, and reads the rest', async () => {
    const binary = join(folder, 'zz-binary.txt')
    await writeFile(binary, Buffer.from([0x00, 0xff, 0x10, 0x00]))
    try {
      const { code, stdout } = await run(['--ndjson', '--workers', '2', folder])
      expect(code).toBe(1)
      const lines = stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line))
      const documents = lines.filter((line) => line.path !== undefined)
      expect(documents).toHaveLength(files.length + 1)
      expect(documents.at(-1)).toEqual({
        path: binary,
        error: 'binary file (it holds NUL bytes), not text',
      })
      expect(documents.slice(0, -1).every((line) => Array.isArray(line.quotes))).toBe(true)
    } finally {
      await rm(binary)
    }
  })

  it.each([
    [['--json', '--ndjson'], /choose one output format \(got json and ndjson\)/],
    [['--workers', '0'], /--workers takes a whole number, 1 or more \(got '0'\)/],
    [['--workers', 'abc'], /--workers takes a whole number, 1 or more \(got 'abc'\)/],
    [['--workers', '-2'], /--workers/],
    [['--workers', '1.5'], /got '1\.5'/],
    [['--workers'], /--workers needs a value/],
  ])('answers %j with one line, not a stack trace', async (args, message) => {
    const { code, stdout, stderr } = await run([folder, ...args])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).toMatch(/\(quote-attribution --help lists the options\)\n$/)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
