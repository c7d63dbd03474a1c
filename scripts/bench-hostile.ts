/**
 * Hostile inputs against the targets of the issue "Hostile input, round two": for each pattern
 * of `scripts/lib/hostile-patterns.ts`, one `attributeText` call at 1 MB and at 8 MB, each in a
 * child process, printing time and heap.
 *
 *   npm run bench:hostile
 *   npx tsx scripts/bench-hostile.ts [--limit=<s>] [--sizes=1,8] [--budget=<bytes per char>]
 *
 * Targets: 8 MB within 10× the 1 MB time; at most `--budget` (default 100) bytes of heap per
 * input character; no crash, no hang. Per character: "held" is the heap the call holds as it
 * ends, after a full collection (the result and every paragraph read: tokens, marks, quotes),
 * the best figure for the peak of what a run holds at once; "taken" the heap the engine had
 * reserved when the call returned (it rarely gives any back at once, so this is an upper bound
 * of the peak, garbage included); "kept" what the result alone holds. The budget is checked on
 * "held". A run that hangs past `--limit` seconds or dies (the child's heap is capped at 4 GB)
 * is reported as such.
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
  held: number
  kept: number
  maxRss: number
  quotes: number
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`)
}
say(
  'pattern                     size    chars      time    held/char taken/char kept/char   quotes  heap',
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
    const run = JSON.parse(outcome.stdout) as Run
    times.set(megabytes, run.seconds)
    const perChar = (bytes: number) => fixed(bytes / run.characters, 0).padStart(6)
    const lean = run.held / run.characters <= budget
    if (!lean) failures++
    say(
      `${label} ${String(run.characters).padStart(8)} ${fixed(run.seconds, 2).padStart(8)} s ${perChar(run.held)} B ${perChar(run.totalHeap)} B ${perChar(run.kept)} B ${String(run.quotes).padStart(8)}  ${lean ? 'met' : `over ${budget} B/char`}`,
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
