import { describe, expect, it, vi } from 'vitest'
import type { WorkerTask } from '../src/cli/worker.js'

// A fault in the library on one text, stood in for by a mock that throws on a marker word.
vi.mock('../src/api/attribute-text.js', async (original) => {
  const real = await original<typeof import('../src/api/attribute-text.js')>()
  return {
    ...real,
    attributeText: (text: string, options?: { id?: string }) => {
      if (text.includes('TRIGGER-FAULT')) throw new TypeError('a fault inside the library')
      return real.attributeText(text, options)
    },
  }
})

const { attributeFile } = await import('../src/cli/worker.js')
const task = (path: string, text: string): WorkerTask => ({
  path,
  text,
  maxBytes: 1_000_000,
  markdown: false,
})

describe('one file the library fails on', () => {
  it('is that file’s error, and the next file is still read', async () => {
    const failed = await attributeFile(task('bad.txt', 'TRIGGER-FAULT “We win,” Doe said.'))
    expect(failed.error).toMatch(/^internal error, please report it with this file: a fault/)
    expect(failed.result).toBeUndefined()
    const next = await attributeFile(task('good.txt', '“We win,” Jane Doe said.'))
    expect(next.error).toBeUndefined()
    expect(next.result?.quotes[0]?.speaker?.name).toBe('Jane Doe')
  })
})
