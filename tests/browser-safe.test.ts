import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The core runs in browsers and editors: only the CLI may use Node.
const root = new URL('../src/', import.meta.url).pathname
const nodeOnly = ['cli']

// Every module Node ships, with or without `node:`, and their subpaths (`fs/promises`).
const builtins = new Set(
  [
    ...builtinModules,
    'fs',
    'path',
    'os',
    'child_process',
    'worker_threads',
    'url',
    'util',
    'stream',
    'crypto',
    'buffer',
    'process',
  ].map((name) => name.replace(/^node:/, '')),
)

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
const specifier =
  /\b(?:from\s*|import\s*\(?\s*|require\s*\(\s*)(['"`])([^'"`\n]+)\1|\bimport\s+(['"])([^'"\n]+)\3/g
// Globals that only Node has.
const nodeGlobal = /\b(?:process\.|Buffer\.|__dirname\b|__filename\b|require\.resolve\b)/g

/** Module specifiers a source file loads. */
function specifiers(code: string): string[] {
  return [...code.matchAll(specifier)].map((match) => (match[2] ?? match[4]) as string)
}

/** True for `node:x`, and for `x` or `x/y` when `x` is a Node built-in module. */
function isBuiltin(name: string): boolean {
  if (name.startsWith('node:')) return true
  return builtins.has(name.split('/')[0] as string)
}

// Comments may name Node modules and globals; only code counts.
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      return nodeOnly.includes(relative(root, path)) ? [] : sourceFiles(path)
    }
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : []
  })
}

describe('browser-safe core', () => {
  it('reads the forms of import the check looks for', () => {
    // Each row: a line of code, the built-ins it loads.
    const rows: [string, string[]][] = [
      ["import { readFileSync } from 'node:fs'", ['node:fs']],
      ["import path from 'path'", ['path']],
      ["import type { Worker } from 'worker_threads'", ['worker_threads']],
      ["export { promisify } from 'util'", ['util']],
      ["import 'node:process'", ['node:process']],
      ["const fs = await import('fs/promises')", ['fs/promises']],
      ["const os = require('os')", ['os']],
      ["import { unified } from 'unified'", []],
      ["import { LineIndex } from '../tokenize/position.js'", []],
      ["import { x } from 'urlpattern'", []],
    ]
    expect(rows.map(([code]) => specifiers(code).filter(isBuiltin))).toEqual(
      rows.map(([, loaded]) => loaded),
    )
  })

  it('finds source files to check', () => {
    const files = sourceFiles(root).map((path) => relative(root, path))
    expect(files).toContain('index.ts')
    expect(files).toContain('plugin/retext-quote-attribution.ts')
    expect(files.some((path) => path.startsWith('cli/'))).toBe(false)
  })

  it('imports no Node built-in module outside src/cli', () => {
    const found: string[] = []
    for (const path of sourceFiles(root)) {
      const code = withoutComments(readFileSync(path, 'utf8'))
      for (const name of specifiers(code).filter(isBuiltin)) {
        found.push(`src/${relative(root, path)}: ${name}`)
      }
    }
    expect(found, 'Node built-ins in the browser-safe core').toEqual([])
  })

  it('uses no Node-only global outside src/cli', () => {
    const found: string[] = []
    for (const path of sourceFiles(root)) {
      const code = withoutComments(readFileSync(path, 'utf8'))
      for (const match of code.matchAll(nodeGlobal)) {
        found.push(`src/${relative(root, path)}: ${match[0]}`)
      }
    }
    expect(found, 'Node globals in the browser-safe core').toEqual([])
  })
})
