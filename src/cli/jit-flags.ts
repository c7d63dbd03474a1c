import { setFlagsFromString } from 'node:v8'

/**
 * V8 flags the command line sets for its own process. A run over a folder is short and cold:
 * most of its CPU goes to the optimizing compiler, and the readers of a paragraph are large
 * functions that inline one another, so that each time one meets a case it has not seen, a
 * whole nest of them is thrown away and compiled again. A smaller budget for what one
 * compilation may inline (V8's default is 920 bytes of bytecode) makes each compilation and
 * each recompilation smaller. Over the PolNeAR train articles (840 files, one thread) it cut
 * the run's CPU time by about a sixth (4.9 s → 4.1 s, medians of interleaved runs) and left
 * the rate of a warm process as it was.
 *
 * Only the command line sets them, for a process it owns: the library never changes its
 * host's flags.
 */
export const jitFlags: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=200',
  // Loop peeling copies the first iteration of each loop in a compiled function, which makes
  // the graphs of the readers, full of small loops, larger to compile. Without it, the cold run
  // over train (one thread) used about 300 ms less CPU (4.59 → 4.23 s, medians of six
  // interleaved runs) for the same main-thread time; it is the background compiles that shrink.
  '--no-turbo-loop-peeling',
]

/**
 * The flags of {@link jitFlags} the user has not set: one named on Node's command line or in
 * `NODE_OPTIONS` is the user's choice and is left as it is.
 *
 * @param execArgv Node's own arguments (`process.execArgv`).
 * @param nodeOptions `NODE_OPTIONS`, if set.
 */
export function unsetJitFlags(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].map(flagName)
  return jitFlags.filter((flag) => !given.includes(flagName(flag)))
}

// `--max-inlined-bytecode-size-cumulative=200` → `max_inlined_bytecode_size_cumulative`: V8
// reads `-` and `_` alike; `--no-turbo-loop-peeling` and `--turbo-loop-peeling` name one flag.
function flagName(argument: string): string {
  return (
    argument
      .replace(/^--?(no[-_])?/u, '')
      .split('=')[0]
      ?.replaceAll('-', '_') ?? ''
  )
}

/**
 * Set the flags of {@link jitFlags} the user has not set, for this process and the worker
 * threads it starts after. V8 reads them when it compiles, so this is called before any
 * document is read; loading the bundle runs nothing hot enough to be compiled.
 */
export function setJitFlags(): void {
  for (const flag of unsetJitFlags(process.execArgv, process.env.NODE_OPTIONS)) {
    setFlagsFromString(flag)
  }
}
