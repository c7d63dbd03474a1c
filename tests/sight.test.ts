import { describe, expect, it } from 'vitest'
import type { Memory } from '../src/speakers/fold-state.js'
import { Sight } from '../src/speakers/fold-state.js'
import { FoldTrace } from '../src/speakers/fold-trace.js'

// An editor keeps a later paragraph's reading only while no remembered sentence it looked at
// changed: `Sight` must note every earlier sentence it hands out, however it is asked.
function entry(paragraph: number): Memory {
  return {
    paragraph,
    speakers: [],
    subject: null,
    subjectAt: -1,
    others: [],
    owners: [],
    reporter: undefined,
    tokens: [],
    first: 0,
    end: 0,
    turn: undefined,
  }
}

describe('Sight', () => {
  const entries = [entry(3), entry(4), entry(4), entry(6)]

  it('notes the paragraph of each earlier sentence it hands out, and no other', () => {
    const trace = new FoldTrace()
    const sight = new Sight(entries.slice(), trace, 6)
    expect(sight.entry(1)?.paragraph).toBe(4)
    expect(trace.sentences).toEqual([4])
    // The paragraph's own sentences are its own to read.
    expect(sight.newest()?.paragraph).toBe(6)
    expect(trace.sentences).toEqual([4])
  })

  it('notes every sentence of a recent stretch', () => {
    const trace = new FoldTrace()
    const sight = new Sight(entries.slice(), trace, 7)
    expect(sight.recent(3).map((one) => one.paragraph)).toEqual([4, 4, 6])
    expect(trace.sentences.sort()).toEqual([4, 6])
  })

  it('adds a sentence read to what it holds, and notes nothing untraced', () => {
    const held = entries.slice()
    const sight = new Sight(held, null, 7)
    sight.push(entry(7))
    expect(sight.length).toBe(5)
    expect(held.length).toBe(5)
    expect(sight.entry(0)?.paragraph).toBe(3)
  })
})
