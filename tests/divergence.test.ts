import { describe, expect, it } from 'vitest'
import { Divergence } from '../src/speakers/divergence.js'
import type { Entity } from '../src/speakers/entities.js'
import { EntityTable } from '../src/speakers/entities.js'
import { FoldTrace } from '../src/speakers/fold-trace.js'
import type { Mention } from '../src/speakers/mentions.js'

// What an editor compares the last reading with: the keys of the entity table the two readings
// may disagree on, told by what each left there.
function name(text: string): Mention {
  return {
    kind: 'name',
    first: 0,
    end: 2,
    name: text,
    titles: [],
    head: text.split(' ').at(-1)?.toLowerCase() ?? '',
    organization: false,
    gender: 'unknown',
    plural: false,
    antecedent: undefined,
    role: undefined,
  }
}

describe('Divergence', () => {
  it('finds a key the last reading wrote and this one did not', () => {
    // The last reading of paragraph 0 made Jane Doe; this one made no one: what her keys hold
    // differs, though this reading's table holds there what was there before.
    const last = new EntityTable()
    const before = new FoldTrace()
    last.trace = before
    last.add(name('Jane Doe'))
    last.trace = null
    const divergence = new Divergence()
    divergence.add(0, new FoldTrace(), before)
    const keys = divergence.keysAt(new EntityTable(), () => '')
    expect(keys.some((slot) => slot?.has('Jane Doe'))).toBe(true)
  })

  it('finds no key that both readings left alike', () => {
    const tables = [new EntityTable(), new EntityTable()]
    const traces = [new FoldTrace(), new FoldTrace()]
    tables.forEach((table, index) => {
      table.trace = traces[index] as FoldTrace
      table.add(name('Jane Doe'))
      table.trace = null
    })
    // (Unlike traces, so that what the paragraph wrote is taken in.)
    traces[0]?.note('unlike')
    const divergence = new Divergence()
    divergence.add(0, traces[0] as FoldTrace, traces[1] as FoldTrace)
    expect(divergence.keys.some((slot) => slot?.has('Jane Doe'))).toBe(true)
    const keys = divergence.keysAt(tables[0] as EntityTable, () => '')
    expect(keys.every((slot) => !slot || slot.size === 0)).toBe(true)
  })

  it('keeps what a traced reading noted as it was, whatever is written after', () => {
    // A key changed in place (another person of the same surname) keeps, in the trace of the
    // paragraph before, what it held then: a traced change writes a copy.
    const table = new EntityTable()
    const first = new FoldTrace()
    table.trace = first
    table.add(name('Jane Doe'))
    table.trace = new FoldTrace()
    table.add(name('Tom Doe'))
    const written = first.written
    const surnames: Entity[][] = []
    for (let at = 0; at < written.length; at += 3) {
      if (written[at + 1] === 'doe' && Array.isArray(written[at + 2]))
        surnames.push(written[at + 2] as Entity[])
    }
    expect(surnames.map((list) => list.map((entity) => entity.name))).toEqual([['Jane Doe']])
  })

  it('puts back a key changed in place when the table rewinds', () => {
    const table = new EntityTable()
    table.add(name('Jane Doe'))
    table.trace = new FoldTrace()
    table.begin()
    table.add(name('Tom Doe'))
    table.rewind()
    table.trace = null
    // `Doe` alone is Jane Doe again, the one person of that surname.
    expect(table.add(name('Doe')).name).toBe('Jane Doe')
    expect(table.size).toBe(1)
  })
})
