/**
 * Runs cases through the library and tallies the verdicts per family.
 */
import { attributeText } from '../../src/index.js'
import { type CaseVerdict, judge } from './judge.js'
import type { Case } from './parts.js'

/** A failing case with its verdict. */
export interface Failure {
  case: Case
  verdict: CaseVerdict
}

/** Per-family tally: cases, passes, rate and the failures in generation order. */
export interface FamilyScore {
  family: string
  total: number
  passed: number
  rate: number
  failures: Failure[]
}

/** Attributes every case's text on its own and judges it; families in first-seen order. */
export function runSuite(cases: readonly Case[]): FamilyScore[] {
  const byFamily = new Map<string, FamilyScore>()
  for (const c of cases) {
    const score = byFamily.get(c.family) ?? {
      family: c.family,
      total: 0,
      passed: 0,
      rate: 0,
      failures: [],
    }
    byFamily.set(c.family, score)
    const verdict = judge(c, attributeText(c.text).quotes)
    score.total++
    if (verdict.pass) score.passed++
    else score.failures.push({ case: c, verdict })
  }
  for (const score of byFamily.values())
    score.rate = score.total === 0 ? 0 : score.passed / score.total
  return [...byFamily.values()]
}

/** One line per expected quote of a failure: the quote, who was expected, what was answered. */
export function describeFailure(failure: Failure): string[] {
  const lines = [failure.case.text.replace(/\n/g, ' ⏎ ')]
  for (const q of failure.verdict.quotes) {
    const want = q.expected.speaker
    const expected =
      want === null
        ? 'null'
        : 'name' in want
          ? want.name
          : 'mention' in want
            ? `mention ~ ${want.head}`
            : `new anonymous${want.notNames.length > 0 ? ` (not ${want.notNames.join(', ')})` : ''}`
    const got =
      q.predicted === null
        ? 'quote not found'
        : q.predicted.speaker === null
          ? 'null'
          : `${q.predicted.speaker.name} [${q.predicted.speaker.id}] via “${q.predicted.speaker.mention?.text ?? ''}” (${q.predicted.rule ?? q.predicted.method ?? ''})`
    lines.push(
      `  ${q.pass ? 'ok  ' : 'FAIL'} “${q.expected.quote}” → expected ${expected}; got ${got}`,
    )
  }
  return lines
}
