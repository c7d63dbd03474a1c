import { execFile } from 'node:child_process'
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { jitFlags, unsetJitFlags } from '../src/cli/jit-flags.js'
import { parseOptions, UsageError } from '../src/cli/options.js'
import { threadCount } from '../src/cli/read-documents.js'
import { listInputs } from '../src/cli/read-inputs.js'
import { scratchFolder } from './scratch-folders.js'

// The CLI is tested as it ships: the built binary (`npm test` builds before it tests).
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js')

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'node',
      [cli, ...args],
      { maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
    child.stdin?.end(input ?? '')
  })
}

let folder = ''

beforeAll(async () => {
  folder = await scratchFolder('quote-attribution-cli-')
  await writeFile(join(folder, 'a.txt'), '“We will win,” Jane Doe said.\n')
  await writeFile(join(folder, 'b.txt'), 'Jane Doe said: “We will win.”\n')
  await writeFile(join(folder, 'binary.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00]))
  await writeFile(join(folder, 'latin1.txt'), Buffer.from([0x93, 0x68, 0x69, 0x94]))
  await writeFile(join(folder, 'locked.txt'), 'secret')
  await chmod(join(folder, 'locked.txt'), 0o000)
})

describe('quote-attribution CLI', () => {
  it('prints the JSON shape with --json', async () => {
    const { code, stdout } = await run(['--json', join(folder, 'a.txt')])
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(['documents', 'speakers', 'clusters'])
    const quote = json.documents[0].quotes[0]
    expect(quote).toMatchObject({
      text: 'We will win,',
      start: 1,
      end: 13,
      position: {
        start: { line: 1, column: 2, offset: 1 },
        end: { line: 1, column: 14, offset: 13 },
      },
      speaker: {
        id: 'jane-doe',
        name: 'Jane Doe',
        kind: 'person',
        mention: { text: 'Jane Doe', start: 15, end: 23 },
      },
      cue: { text: 'said', start: 24, end: 28 },
      method: 'explicit',
    })
    expect(json.speakers).toEqual([
      { id: 'jane-doe', name: 'Jane Doe', kind: 'person', aliases: ['Jane Doe'], titles: [] },
    ])
    expect(json.clusters[0].quotes).toEqual([quote.id])
  })

  it('reads standard input when given no path, and with -', async () => {
    for (const args of [['--json'], ['--json', '-']]) {
      const { code, stdout } = await run(args, '“Hello,” Jane Doe said.')
      expect(code).toBe(0)
      expect(JSON.parse(stdout).documents[0]).toMatchObject({
        path: '-',
        quotes: [{ text: 'Hello,' }],
      })
    }
  })

  it('walks a folder, reports bad files and still prints every good one', async () => {
    const { code, stdout, stderr } = await run(['--json', folder])
    expect(code).toBe(1)
    const documents = JSON.parse(stdout).documents as {
      path: string
      error?: string
      quotes?: unknown[]
    }[]
    const byName = Object.fromEntries(
      documents.map((document) => [document.path.split('/').pop(), document]),
    )
    expect(byName['a.txt']?.quotes).toHaveLength(1)
    expect(byName['b.txt']?.quotes).toHaveLength(1)
    expect(byName['binary.txt']?.error).toMatch(/binary/)
    expect(byName['latin1.txt']?.error).toMatch(/UTF-8/)
    if (process.getuid?.() !== 0) expect(byName['locked.txt']?.error).toMatch(/permission/)
    expect(stderr).toMatch(/binary\.txt: binary file/)
    // One person across the folder's files keeps one id.
    expect(JSON.parse(stdout).speakers.map((speaker: { id: string }) => speaker.id)).toEqual([
      'jane-doe',
    ])
  })

  it('reports a missing path on stderr and in the output, with exit code 1', async () => {
    const { code, stdout, stderr } = await run([
      '--json',
      join(folder, 'missing.txt'),
      join(folder, 'a.txt'),
    ])
    expect(code).toBe(1)
    expect(stderr).toMatch(/missing\.txt: no such file/)
    const documents = JSON.parse(stdout).documents
    expect(documents.map((document: { error?: string }) => Boolean(document.error))).toEqual([
      true,
      false,
    ])
  })

  it('prints a readable report by default', async () => {
    const { code, stdout } = await run([join(folder, 'a.txt'), join(folder, 'b.txt')])
    expect(code).toBe(0)
    expect(stdout).toContain('a.txt: 1 quote\n')
    expect(stdout).toContain('“We will win,”')
    expect(stdout).toContain('— Jane Doe (explicit, “said”')
    expect(stdout).toContain('Quotes carried by more than one outlet (1):')
    expect(stdout).toMatch(/Summary: 2 files, 2 quotes, 100% attributed, 1 speaker, 1 quote shared/)
    // Not a terminal: no colour codes.
    expect(stdout).not.toContain('\u001b[')
  })

  it('reads a file named twice once (its path is its id)', async () => {
    const a = join(folder, 'a.txt')
    const { code, stdout } = await run(['--json', a, a])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).documents.map((document: { path: string }) => document.path)).toEqual(
      [a],
    )
  })

  it('answers an unknown option with one line that names it', async () => {
    const { code, stdout, stderr } = await run(['--bogus'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      "quote-attribution: unknown option '--bogus' (quote-attribution --help lists the options)\n",
    )
  })
})

describe('command line options', () => {
  it.each([
    // Defaults: text report, cores decide the threads, no path (standard input), 10 MB files.
    [[], { format: 'text', workers: undefined, paths: [], maxBytes: 10_000_000 }],
    [['--ndjson', 'a.txt'], { format: 'ndjson', paths: ['a.txt'] }],
    [['--json'], { format: 'json' }],
    [['--format', 'csv'], { format: 'csv' }],
    [['--format=json', '--json'], { format: 'json' }], // the same format twice is no clash
    [['--max-size', '500KB'], { maxBytes: 500_000 }],
    [['--max-size=2.5mb'], { maxBytes: 2_500_000 }],
    [['--max-size', '1024'], { maxBytes: 1024 }], // a bare number is bytes
    [['--max-memory', '64'], { workerMemory: 64 }],
    [['--workers', '3', 'a'], { workers: 3 }],
    [['--workers=1'], { workers: 1 }],
  ])('reads %j', (args, expected) => {
    expect(parseOptions(args)).toMatchObject(expected)
  })

  it.each([
    [['--json', '--ndjson']],
    [['--format', 'csv', '--json']],
    [['--format', 'xml']],
    [['--max-size', 'big']],
    [['--max-size', '0']],
    [['--max-size', '10 parsecs']],
    [['--max-memory', '0']],
    [['--workers', '0']],
    [['--workers', 'abc']],
    [['--workers', '2x']],
    [['--workers', '']],
    [['--nope']],
  ])('refuses %j as a usage error', (args) => {
    expect(() => parseOptions(args)).toThrow(UsageError)
  })

  it.each([
    // [asked, cores, files, threads]
    [undefined, 2, 100, 1], // the default: one thread until a pool pays
    [undefined, 2, 1999, 1],
    [undefined, 2, 2000, 2], // 2,000 files on 2 cores
    [undefined, 8, 10, 1],
    [undefined, 8, 286, 8], // 2,000 / 7 on 8 cores
    [undefined, 1, 100_000, 1], // never a pool on one core
    [undefined, 2, 7, 1],
    [4, 2, 3, 1], // a small batch is read in-process, whatever was asked
    [4, 2, 100, 2], // never more threads than cores: more only wait on each other
    [64, 2, 100, 2],
    [16, 8, 10, 8],
    [16, 16, 10, 10], // never more threads than files
    [1, 8, 100, 1],
  ])('uses %s asked, %i cores, %i files → %i threads', (asked, cores, files, threads) => {
    expect(threadCount(asked, cores, files)).toBe(threads)
  })
})

describe('quote-attribution --version', () => {
  it('prints the version of the package it was built from', async () => {
    const { readFileSync } = await import('node:fs')
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    const { code, stdout } = await run(['--version'])
    expect([code, stdout.trim()]).toEqual([0, version])
  })
})

describe('walking folders', () => {
  it('lists text files in name order, folders and links followed, hidden and other files not', async () => {
    const root = await scratchFolder('quote-attribution-walk-')
    const outside = await scratchFolder('quote-attribution-outside-')
    await writeFile(join(outside, 'linked.txt'), 'x')
    await mkdir(join(outside, 'linked-folder'))
    await writeFile(join(outside, 'linked-folder', 'inner.md'), 'x')
    await mkdir(join(root, 'b'))
    await writeFile(join(root, 'b', 'c.txt'), 'x')
    await writeFile(join(root, 'a.md'), 'x')
    await writeFile(join(root, 'image.png'), 'x')
    await writeFile(join(root, '.hidden.txt'), 'x')
    await symlink(join(outside, 'linked.txt'), join(root, 'd.txt'))
    await symlink(join(outside, 'linked-folder'), join(root, 'e'))
    await symlink(join(outside, 'missing.txt'), join(root, 'f.txt'))
    const listed = listInputs([root], { maxBytes: 1e6 })
    expect(listed.map((entry) => [entry.path.slice(root.length + 1), entry.error])).toEqual([
      ['a.md', undefined],
      [join('b', 'c.txt'), undefined],
      ['d.txt', undefined],
      [join('e', 'inner.md'), undefined],
      ['f.txt', 'no such file or folder'],
    ])
  })
})

describe('V8 flags of the command line', () => {
  it('sets its flags unless the user named them, on the command line or in NODE_OPTIONS', () => {
    expect(unsetJitFlags([], undefined)).toEqual(jitFlags)
    expect(unsetJitFlags(['--max-old-space-size=4096'], '--trace-warnings')).toEqual(jitFlags)
    const others = jitFlags.filter((flag) => !flag.startsWith('--max-inlined-bytecode-size'))
    expect(unsetJitFlags(['--max-inlined-bytecode-size-cumulative=920'], undefined)).toEqual(others)
    expect(unsetJitFlags([], ' --max_inlined_bytecode_size_cumulative=500')).toEqual(others)
    // A flag turned on or off by the user is the user's either way.
    expect(unsetJitFlags(['--turbo-loop-peeling'], undefined)).not.toContain(
      '--no-turbo-loop-peeling',
    )
    expect(unsetJitFlags([], '--no_turbo_loop_peeling')).not.toContain('--no-turbo-loop-peeling')
  })
})
