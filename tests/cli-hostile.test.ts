import { execFile, execFileSync, spawn } from 'node:child_process'
import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { scratchFolder } from './scratch-folders.js'

// Issue 12's CLI findings, each against the built binary (`npm test` builds first).
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')
const seeds = join(import.meta.dirname, '..', 'seeds')

interface Run {
  code: number
  stdout: string
  stderr: string
}

interface Document {
  path: string
  error?: string
  quotes?: { text: string; speaker: { name: string } | null }[]
}

function run(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [cli, ...args],
      { maxBuffer: 1 << 28, cwd: options.cwd, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
    child.stdin?.end(options.stdin ?? '')
  })
}

const documentsOf = (stdout: string): Document[] => JSON.parse(stdout).documents
const byName = (documents: Document[]) =>
  Object.fromEntries(documents.map((document) => [document.path.split('/').pop(), document]))

let good = ''
const goodNames: string[] = []

beforeAll(async () => {
  // Seven good files: seeds, whose quotes a reader can check against `npm run eval`.
  good = await scratchFolder('quote-attribution-hostile-')
  const names = (await import('node:fs')).readdirSync(seeds).filter((name) => name.endsWith('.txt'))
  for (const name of names.sort().slice(0, 7)) {
    await writeFile(join(good, name), await readFile(join(seeds, name)))
    goodNames.push(name)
  }
})

describe('each file’s work is bounded', () => {
  it('refuses a file over the default 10 MB limit with its own error, unread', async () => {
    // A sparse file: 20 MB by its size, no disk, and never read (it is all NUL bytes).
    const folder = await scratchFolder('quote-attribution-size-')
    await writeFile(join(folder, 'huge.txt'), '')
    await truncate(join(folder, 'huge.txt'), 20_000_000)
    for (const args of [[folder], [join(folder, 'huge.txt')]]) {
      const { code, stdout, stderr } = await run(['--json', ...args])
      expect(code).toBe(1)
      expect(documentsOf(stdout)[0]?.error).toBe(
        'too large (20 MB; the limit is 10 MB, see --max-size)',
      )
      expect(stderr).toMatch(/huge\.txt: too large/)
    }
  })

  it('takes another limit from --max-size', async () => {
    const folder = await scratchFolder('quote-attribution-size-')
    await writeFile(join(folder, 'a.txt'), '“We will win,” Jane Doe said.\n'.repeat(100))
    const refused = await run(['--json', '--max-size', '1KB', folder])
    expect(documentsOf(refused.stdout)[0]?.error).toMatch(
      /^too large \(3\.\d KB; the limit is 1 KB/,
    )
    const read = await run(['--json', '--max-size', '1MB', folder])
    expect(documentsOf(read.stdout)[0]?.quotes).toHaveLength(100)
  })

  it('stops reading endless standard input at the limit', async () => {
    const child = spawn('node', [cli, '--json', '--max-size', '100KB'], {
      stdio: [(await import('node:fs')).openSync('/dev/zero', 'r'), 'pipe', 'pipe'],
    })
    let stdout = ''
    child.stdout?.on('data', (chunk) => {
      stdout += chunk
    })
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(1)
    expect(documentsOf(stdout)[0]).toEqual({
      path: '-',
      error: 'too large (over 100 KB; see --max-size)',
    })
  })

  it('prints 7 good files in full and one error for a hostile 20 MB file', async () => {
    const folder = await scratchFolder('quote-attribution-batch-')
    for (const name of goodNames)
      await writeFile(join(folder, name), await readFile(join(good, name)))
    await writeFile(join(folder, 'hostile.txt'), '“a '.repeat(4_000_000)) // 5 bytes each: 20 MB
    const alone = documentsOf((await run(['--json', good])).stdout)
    for (const workers of ['1', '2']) {
      const { code, stdout } = await run(['--json', '--workers', workers, folder])
      expect(code).toBe(1)
      const documents = byName(documentsOf(stdout))
      expect(documents['hostile.txt']?.error).toMatch(/^too large \(20 MB/)
      for (const document of alone) {
        const name = document.path.split('/').pop() as string
        expect(documents[name]?.quotes).toEqual(
          document.quotes?.map((quote) => expect.objectContaining({ text: quote.text })),
        )
        expect(documents[name]?.quotes?.length).toBeGreaterThan(0)
      }
    }
  })

  it.each([
    ['1'], // the main thread hands a large file to a thread of its own
    ['2'], // a pool thread dies; the pool goes on with another
  ])('loses only the file whose thread runs out of memory (--workers %s)', async (workers) => {
    const folder = await scratchFolder('quote-attribution-memory-')
    for (const name of goodNames)
      await writeFile(join(folder, name), await readFile(join(good, name)))
    // 3.5 MB of unclosed marks, against a 32 MB heap per worker thread.
    await writeFile(join(folder, 'marks.txt'), '“a '.repeat(700_000))
    const { code, stdout, stderr } = await run([
      '--json',
      '--max-memory',
      '32',
      '--workers',
      workers,
      folder,
    ])
    expect(code).toBe(1)
    const documents = byName(documentsOf(stdout))
    expect(documents['marks.txt']?.error).toMatch(/^ran out of memory while reading it/)
    expect(stderr).toMatch(/marks\.txt: ran out of memory/)
    for (const name of goodNames) expect(documents[name]?.quotes?.length).toBeGreaterThan(0)
    expect(stderr).not.toMatch(/internal error|at .*\.js:\d+/)
  })
})

describe('real paths are read once', () => {
  it('walks a folder with a link to itself once', async () => {
    const folder = await scratchFolder('quote-attribution-loop-')
    await writeFile(join(folder, 'a.txt'), '“We will win,” Jane Doe said.\n')
    await symlink('.', join(folder, 'self'))
    const { code, stdout } = await run(['--json', folder])
    expect(code).toBe(0)
    expect(documentsOf(stdout).map((document) => document.path)).toEqual([join(folder, 'a.txt')])
  })

  it('walks two links to ancestor folders without hanging, each file once', async () => {
    const folder = await scratchFolder('quote-attribution-loops-')
    await mkdir(join(folder, 'inner'))
    await writeFile(join(folder, 'a.txt'), '“We will win,” Jane Doe said.\n')
    await writeFile(join(folder, 'inner', 'b.txt'), 'Jane Doe said: “We lost.”\n')
    await symlink('..', join(folder, 'inner', 'up'))
    await symlink(folder, join(folder, 'inner', 'root'))
    const { code, stdout } = await run(['--json', folder])
    expect(code).toBe(0)
    expect(documentsOf(stdout).map((document) => document.path)).toEqual([
      join(folder, 'a.txt'),
      join(folder, 'inner', 'b.txt'),
    ])
  })

  it('reads `file`, `./file` and `//file` as one document', async () => {
    const { code, stdout } = await run(
      [
        '--json',
        goodNames[0] as string,
        `./${goodNames[0]}`,
        `/${join(good, goodNames[0] as string)}`,
      ],
      { cwd: good },
    )
    expect(code).toBe(0)
    expect(documentsOf(stdout).map((document) => document.path)).toEqual([goodNames[0]])
  })
})

describe('files that are not regular files are reported, never read', () => {
  it('reports a FIFO named on the command line, without waiting for a writer', async () => {
    const folder = await scratchFolder('quote-attribution-fifo-')
    execFileSync('mkfifo', [join(folder, 'pipe.txt')])
    const { code, stdout } = await run(['--json', join(folder, 'pipe.txt')])
    expect(code).toBe(1)
    expect(documentsOf(stdout)[0]?.error).toBe('not a regular file (a FIFO), not read')
  })

  it('reports a FIFO and a socket found in a folder, and reads the rest', async () => {
    const folder = await scratchFolder('quote-attribution-special-')
    execFileSync('mkfifo', [join(folder, 'pipe.txt')])
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(join(folder, 'socket.txt'), resolve))
    await writeFile(join(folder, 'z.txt'), '“We will win,” Jane Doe said.\n')
    try {
      const { code, stdout } = await run(['--json', folder])
      expect(code).toBe(1)
      const documents = byName(documentsOf(stdout))
      expect(documents['pipe.txt']?.error).toBe('not a regular file (a FIFO), not read')
      expect(documents['socket.txt']?.error).toBe('not a regular file (a socket), not read')
      expect(documents['z.txt']?.quotes).toHaveLength(1)
    } finally {
      server.close()
    }
  })

  it('reports /dev/zero as a device, without reading it', async () => {
    const { code, stdout } = await run(['--json', '/dev/zero'])
    expect(code).toBe(1)
    expect(documentsOf(stdout)[0]).toEqual({
      path: '/dev/zero',
      error: 'not a regular file (a device), not read',
    })
  })
})

describe('names and pipes', () => {
  // Linux file names are bytes; some file systems elsewhere refuse names that are not UTF-8.
  it.runIf(process.platform === 'linux')('reads a file whose name is not UTF-8', async () => {
    const folder = await scratchFolder('quote-attribution-names-')
    const name = Buffer.concat([
      Buffer.from(`${folder}/caf`),
      Buffer.from([0xe9]),
      Buffer.from('.txt'),
    ])
    await writeFile(name, '“We will win,” Jane Doe said.\n')
    const { code, stdout } = await run(['--json', folder])
    expect(code).toBe(0)
    const [document] = documentsOf(stdout)
    // The byte that is not UTF-8 is printed escaped, so two such names never print alike.
    expect(document?.path).toBe(join(folder, 'caf\\xe9.txt'))
    expect(document?.quotes).toHaveLength(1)
  })

  it('ends quietly with exit code 0 when the reader closes the pipe', async () => {
    // A hundred copies of a seed: about 0.5 MB of NDJSON, written in several chunks, so the
    // run still has output to write after the pipe is closed.
    const folder = await scratchFolder('quote-attribution-pipe-')
    const text = await readFile(join(good, goodNames[0] as string))
    for (let copy = 0; copy < 100; copy++) await writeFile(join(folder, `${copy}.txt`), text)
    const child = spawn('node', [cli, '--ndjson', '--workers', '1', folder], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    // As `… | head -1` does: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })

  it('caps --workers at the cores and prints what one worker prints', async () => {
    const many = await run(['--json', '--workers', '64', good, seeds])
    const one = await run(['--json', '--workers', '1', good, seeds])
    expect(many.code).toBe(0)
    expect(many.stdout).toBe(one.stdout)
  })
})
