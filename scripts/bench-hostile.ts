/**
 * Hostile inputs against the targets of the issue "Hostile input, round two": for each pattern
 * of `scripts/lib/hostile-patterns.ts`, one `attributeText` call at 1 MB and at 8 MB, each in a
 * child process, printing time and heap.
 *
 *   npm run bench:hostile
 *   npx tsx scripts/bench-hostile.ts [--limit=<s>] [--sizes=1,8] [--budget=<bytes per char>]
 *
 * Targets: 8 MB within 10× the 1 MB time; at most `--budget` (default 100) bytes of heap per
 * input character; no crash, no hang. Per character: "live" is the largest heap left after a
 * full collection during the run (the child runs with `--trace-gc`; after a scavenge when no
 * full collection ran), the best figure for the peak of what the run holds at once; "taken" is the heap the engine had reserved when the call returned
 * (it rarely gives any back at once, so this is an upper bound of the peak, garbage included);
 * "kept" what the result holds after a full collection. The budget is checked on "live". A run that hangs past `--limit` seconds or
 * dies (out of memory: the child's heap is capped at 4 GB) is reported as such.
 */

import { runChild } from './lib/bench-child.js'
import { fixed } from './lib/bench-corpus.js'
import { hostilePatterns } from './lib/hostile-patterns.js'

const option = (name: string, fallback: string): string =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const limit = Number(option('limit', '120'))
const sizes = option('sizes', '1,8').split(',').map(Number)
const budget = Number(option('budget', '100'))

interface Run {
  name: string
  characters: number
  seconds: number
  totalHeap: number
  kept: number
  maxRss: number
  quotes: number
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`)
}
say(
  'pattern                     size    chars      time    live/char taken/char kept/char   quotes  heap',
)
let failures = 0
for (const [index, [name]] of hostilePatterns.entries()) {
  const times = new Map<number, number>()
  for (const megabytes of sizes) {
    const label = `${name.padEnd(26)} ${String(megabytes).padStart(2)} MB`
    const heapMB = 4096
    const outcome = await runChild(
      'scripts/lib/bench-hostile-pattern.ts',
      [String(index), String(megabytes)],
      limit,
      heapMB,
      ['--trace-gc'],
    )
    if (outcome.status !== 'ok') {
      failures++
      const why =
        outcome.status === 'timeout'
          ? `hung: stopped after ${limit} s`
          : `failed (heap capped at ${heapMB} MB): ${outcome.reason}`
      say(`${label}  ${why}`)
      continue
    }
    const lines = outcome.stdout.split('\n')
    const run = JSON.parse(lines.find((line) => line.startsWith('{')) ?? '{}') as Run
    // `--trace-gc` lines read `… Mark-Compact 150.2 (160.0) -> 120.1 (170.0) MB, …`: the heap
    // after each collection, in MB of 2^20 bytes. The input string itself is in it.
    // A scavenge leaves the old generation's garbage in the figure; a full collection does not.
    const full = lines.filter((line) => line.includes('Mark-Compact'))
    let live = 0
    for (const line of full.length > 0 ? full : lines) {
      const after = /-> ([\d.]+) \(/.exec(line)?.[1]
      if (after !== undefined) live = Math.max(live, Number(after) * 2 ** 20)
    }
    times.set(megabytes, run.seconds)
    const perChar = (bytes: number) => fixed(bytes / run.characters, 0).padStart(6)
    const lean = live / run.characters <= budget
    if (!lean) failures++
    say(
      `${label} ${String(run.characters).padStart(8)} ${fixed(run.seconds, 2).padStart(8)} s ${perChar(live)} B ${perChar(run.totalHeap)} B ${perChar(run.kept)} B ${String(run.quotes).padStart(8)}  ${lean ? 'met' : `over ${budget} B/char`}`,
    )
  }
  const small = times.get(sizes[0] as number)
  const large = times.get(sizes[sizes.length - 1] as number)
  if (small !== undefined && large !== undefined && sizes.length > 1) {
    const ratio = large / small
    const allowed = 10 * ((sizes[sizes.length - 1] as number) / (sizes[0] as number) / 8)
    if (ratio > allowed) failures++
    say(
      `${''.padEnd(26)} ${sizes[sizes.length - 1]} MB / ${sizes[0]} MB time: ${fixed(ratio, 1)}× (target ≤ ${fixed(allowed, 0)}×) ${ratio <= allowed ? 'met' : 'NOT MET'}`,
    )
  }
}
say(failures === 0 ? 'every pattern met its targets' : `${failures} target(s) not met`)
process.exitCode = failures === 0 ? 0 : 1
