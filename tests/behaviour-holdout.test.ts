import { describe, expect, it } from 'vitest'
import { generateHoldout, holdoutFamilies, holdoutSeed } from './behaviour/holdout.js'
import { runSuite } from './behaviour/run.js'

// The holdout suite: its generator, and a floor per family. It was written apart from the first
// suite, from the annotation rules alone; its failures were read once to find missing mechanisms,
// so it now guards them, at the hidden suite's bar for a mean (0.98).
const floor = 0.98
const cases = generateHoldout()
const opening = '“"‘\''
const closing = '”"’\''

describe('holdout suite: generator', () => {
  it('is deterministic: the same seed gives the same cases, another seed others', () => {
    expect(generateHoldout(holdoutSeed)).toEqual(cases)
    expect(generateHoldout(holdoutSeed + 1).map((c) => c.text)).not.toEqual(
      cases.map((c) => c.text),
    )
  })

  it('draws at least 2,500 cases, at least 100 in every family, all named holdout-*', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2500)
    for (const { name } of holdoutFamilies) {
      expect(name).toMatch(/^holdout-/)
      expect(cases.filter((c) => c.family === name).length, name).toBeGreaterThanOrEqual(100)
    }
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(holdoutFamilies.map((f) => f.name)))
  })

  it('puts every expected quote in its text right after an opening mark, in order', () => {
    for (const c of cases) {
      let from = 0
      for (const { quote } of c.expected) {
        const at = c.text.indexOf(quote, from)
        expect(at, `${quote} in ${c.text}`).toBeGreaterThan(0)
        expect(opening.includes(c.text.charAt(at - 1)), c.text).toBe(true)
        from = at + quote.length
      }
    }
  })

  it('ends every closed quote at a mark and every open one at a paragraph end', () => {
    for (const c of cases) {
      let from = 0
      for (const { quote } of c.expected) {
        const end = c.text.indexOf(quote, from) + quote.length
        const next = c.text.charAt(end)
        expect(closing.includes(next) || c.text.startsWith('\n\n', end), c.text).toBe(true)
        from = end
      }
    }
  })

  it('gives the quotes of a case distinct texts, so matching by text is unambiguous', () => {
    for (const c of cases) {
      const texts = c.expected.map((e) => e.quote)
      expect(new Set(texts).size, c.text).toBe(texts.length)
    }
  })

  it('expects a speaker somewhere in every family but the null one, and null there', () => {
    for (const { name } of holdoutFamilies) {
      const speakers = cases.filter((c) => c.family === name).flatMap((c) => c.expected)
      if (name === 'holdout-nulls') expect(speakers.some((e) => e.speaker === null)).toBe(true)
      else
        expect(
          speakers.every((e) => e.speaker !== null),
          name,
        ).toBe(true)
    }
  })
})

describe('holdout suite: pass rates', () => {
  it('meets the floor in every family', () => {
    for (const score of runSuite(cases)) {
      console.log(`${score.family} ${(score.rate * 100).toFixed(1)}%`)
      expect(score.rate, score.family).toBeGreaterThanOrEqual(floor)
    }
  })
})
