/**
 * The behavioural suite's section of the eval report (issue 10): pass rate per family of the
 * full generated suite, and with `verbose` a few failing cases per family.
 */
import { generate } from '../../tests/behaviour/generate.js'
import { generateHoldout } from '../../tests/behaviour/holdout.js'
import { describeFailure, type FamilyScore, runSuite } from '../../tests/behaviour/run.js'

/** Runs the whole suite from its fixed seed. */
export function scoreBehaviour(): FamilyScore[] {
  return runSuite(generate())
}

/** Runs the holdout suite (other templates, other words) from its own fixed seed. */
export function scoreHoldout(): FamilyScore[] {
  return runSuite(generateHoldout())
}

/** The report's lines: one row per family, then (verbose) up to `shown` failures each. */
export function behaviourLines(
  scores: readonly FamilyScore[],
  verbose: boolean,
  shown = 3,
  title = 'behaviour — generated suite',
  target = '≥ 0.99 each',
): string[] {
  const total = scores.reduce((sum, s) => sum + s.total, 0)
  const passed = scores.reduce((sum, s) => sum + s.passed, 0)
  const width = Math.max(...scores.map((s) => s.family.length))
  const lines = [
    `${title} (${total} cases, ${scores.length} families; target ${target})`,
    ...scores.map(
      (s) =>
        `  ${s.family.padEnd(width)}  ${(s.rate * 100).toFixed(1).padStart(5)}%  ${s.passed}/${s.total}`,
    ),
    `  ${'all'.padEnd(width)}  ${((passed / total) * 100).toFixed(1).padStart(5)}%  ${passed}/${total}` +
      `  (lowest family ${(Math.min(...scores.map((s) => s.rate)) * 100).toFixed(1)}%)`,
  ]
  if (verbose) {
    for (const s of scores) {
      if (s.failures.length === 0) continue
      lines.push(`  failing in ${s.family} (${s.failures.length}; first ${shown}):`)
      for (const failure of s.failures.slice(0, shown)) {
        lines.push(...describeFailure(failure).map((line) => `    ${line}`))
      }
    }
  }
  return lines
}
