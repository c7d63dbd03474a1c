/**
 * Child process of `scripts/bench-hostile.ts`: one `attributeText` call on one hostile pattern
 * of a given size, in a process of its own so that time and memory are its alone and a run that
 * hangs or runs out of heap is reported rather than fatal. Prints one JSON line.
 *
 *   node --expose-gc --import tsx scripts/lib/bench-hostile-pattern.ts <pattern index> <MB>
 */
import { getHeapStatistics } from 'node:v8'
import { attributeText } from '../../src/index.js'
import { heapUsed } from './bench-corpus.js'
import { hostilePatterns, hostileText } from './hostile-patterns.js'

const [name, unit] = hostilePatterns[Number(process.argv[2])] ?? hostilePatterns[0] ?? ['', '']
const megabytes = Number(process.argv[3] ?? 1)
const text = hostileText(unit, megabytes * 1e6)
const before = heapUsed()
// The read paragraphs are kept in a cache past the call, so that after it the heap still holds
// all the call held at its end: the result and every paragraph's tokens and quotes.
const cache = new Map()
const start = performance.now()
const result = attributeText(text, { cache })
const seconds = (performance.now() - start) / 1000
// The heap the engine had to take for the run (it rarely gives any back at once): near its peak.
const totalHeap = getHeapStatistics().total_heap_size
const held = heapUsed() - before
cache.clear()
const kept = heapUsed() - before
process.stdout.write(
  `${JSON.stringify({
    name,
    characters: text.length,
    seconds,
    totalHeap,
    held,
    kept,
    maxRss: process.resourceUsage().maxRSS * 1024,
    quotes: result.quotes.length,
  })}\n`,
)
