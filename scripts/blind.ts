/**
 * Prints the blind suite's pass rate per family and overall, and nothing of its failing texts:
 * the suite estimates the hidden one only while nobody tunes the library to its cases.
 *
 *   npx tsx scripts/blind.ts
 */
import { generateBlind } from '../tests/behaviour/blind.js'
import { runSuite } from '../tests/behaviour/run.js'

const cases = generateBlind()
const scores = runSuite(cases)
const width = Math.max(...scores.map((s) => s.family.length))
for (const s of scores)
  console.log(`${s.family.padEnd(width)}  ${s.rate.toFixed(3)}  (${s.passed}/${s.total})`)
const passed = scores.reduce((sum, s) => sum + s.passed, 0)
const mean = scores.reduce((sum, s) => sum + s.rate, 0) / scores.length
const lowest = Math.min(...scores.map((s) => s.rate))
console.log(
  `overall ${(passed / cases.length).toFixed(3)} (${passed}/${cases.length}); mean per family ${mean.toFixed(3)}; lowest ${lowest.toFixed(3)}`,
)
