import { describe, expect, it } from 'vitest'
import { attributeText } from '../src/index.js'

// Minutes of work each, so they run in `npm run test:slow` (and in CI), not in `npm test`.
describe('hostile input: size', () => {
  const paragraph =
    '“We will win the vote,” Jane Doe said on Sunday. The teachers’ union said it’s over. '
  for (const [name, separator] of [
    ['in one paragraph', ''],
    ['in many paragraphs', '\n'],
  ] as const) {
    it(`reads a 50 MB article ${name}`, () => {
      const unit = paragraph + separator
      const text = unit.repeat(Math.ceil(50_000_000 / unit.length))
      const result = attributeText(text)
      const expected = Math.ceil(50_000_000 / unit.length)
      expect(result.quotes.length).toBe(expected)
      const last = result.quotes.at(-1)
      expect(text.slice(last?.start, last?.end)).toBe('We will win the vote,')
      expect(last?.speaker?.name).toBe('Jane Doe')
    })
  }
})
