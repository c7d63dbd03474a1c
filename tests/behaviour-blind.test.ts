import { describe, expect, it } from 'vitest'
import { blindFamilies, blindSeed, generateBlind } from './behaviour/blind.js'

// The blind suite's generator only: its rates are read by `scripts/blind.ts`, never asserted,
// so the suite stays an estimate of the hidden one rather than a target.
const cases = generateBlind()
const opening = '“"‘\''
const closing = '”"’\''

describe('blind suite: generator', () => {
  it('is deterministic: the same seed gives the same cases, another seed others', () => {
    expect(generateBlind(blindSeed)).toEqual(cases)
    expect(generateBlind(blindSeed + 1).map((c) => c.text)).not.toEqual(cases.map((c) => c.text))
  })

  it('draws at least 2,000 cases, at least 100 in every family, all named blind-*', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2000)
    for (const { name } of blindFamilies) {
      expect(name).toMatch(/^blind-/)
      expect(cases.filter((c) => c.family === name).length, name).toBeGreaterThanOrEqual(100)
    }
    expect(new Set(cases.map((c) => c.family))).toEqual(new Set(blindFamilies.map((f) => f.name)))
  })

  it('puts every expected quote in its text between marks, in order', () => {
    for (const c of cases) {
      let from = 0
      for (const { quote } of c.expected) {
        const at = c.text.indexOf(quote, from)
        expect(at, `${quote} in ${c.text}`).toBeGreaterThan(0)
        expect(opening.includes(c.text.charAt(at - 1)), c.text).toBe(true)
        const end = at + quote.length
        // A quote ends at a closing mark, or at a paragraph end when it runs on.
        expect(closing.includes(c.text.charAt(end)) || c.text.startsWith('\n\n', end), c.text).toBe(
          true,
        )
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
})
