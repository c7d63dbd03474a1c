import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { attributeDocuments } from '../src/index.js'

interface GoldQuote {
  index: number
  start: number
  end: number
  text: string
  speaker: string | null
}
interface Gold {
  entities: Record<string, { name: string; aliases: string[] }>
  documents: { file: string; quotes: GoldQuote[] }[]
}

const gold = JSON.parse(readFileSync('fixtures/seeds.gold.json', 'utf8')) as Gold
const inputs = gold.documents.map((document) => ({
  id: document.file,
  text: readFileSync(`seeds/${document.file}`, 'utf8'),
}))
const run = attributeDocuments(inputs)
const normalize = (name: string) => name.toLowerCase().replace(/[’']/g, "'")

// Whether a predicted speaker is the gold entity: its name or an alias is one of the entity's.
function isEntity(speakerId: string, entityId: string): boolean {
  const speaker = run.speakers.find((candidate) => candidate.id === speakerId)
  const entity = gold.entities[entityId]
  if (!speaker || !entity) return false
  const names = new Set([entity.name, ...entity.aliases].map(normalize))
  return [speaker.name, ...speaker.aliases].some((alias) => names.has(normalize(alias)))
}

describe('seed articles', () => {
  for (const [index, document] of gold.documents.entries()) {
    const result = run.documents[index]
    describe(document.file, () => {
      it('finds exactly the gold quotes, with exact spans', () => {
        expect(result?.quotes.map((quote) => [quote.start, quote.end, quote.text])).toEqual(
          document.quotes.map((quote) => [quote.start, quote.end, quote.text]),
        )
      })
      for (const quote of document.quotes) {
        it(`quote ${quote.index} (${quote.text.slice(0, 30)}…) is ${quote.speaker ?? 'unattributed'}`, () => {
          const found = result?.quotes.find((candidate) => candidate.start === quote.start)
          expect(found?.text).toBe(quote.text)
          if (quote.speaker === null) expect(found?.speaker).toBeNull()
          else expect(isEntity(found?.speaker?.id ?? '', quote.speaker)).toBe(true)
        })
      }
    })
  }

  it('gives each person one id across the five outlets', () => {
    const idsByEntity = new Map<string, Set<string>>()
    for (const [index, document] of gold.documents.entries()) {
      for (const quote of document.quotes) {
        const found = run.documents[index]?.quotes.find(
          (candidate) => candidate.start === quote.start,
        )
        if (!quote.speaker || !found?.speaker) continue
        const ids = idsByEntity.get(quote.speaker) ?? new Set()
        ids.add(found.speaker.id)
        idsByEntity.set(quote.speaker, ids)
      }
    }
    for (const [entity, ids] of idsByEntity)
      expect([entity, [...ids]]).toEqual([entity, [...ids].slice(0, 1)])
    const allIds = [...idsByEntity.values()].flatMap((ids) => [...ids])
    expect(new Set(allIds).size).toBe(allIds.length)
  })

  it('names each person by the fullest form of the name', () => {
    const names = run.speakers.map((speaker) => speaker.name)
    expect(names).toContain('Marco Rubio')
    expect(names).toContain('Volodymyr Zelenskyy')
    expect(names).toContain('Andriy Yermak')
  })

  it('reports the mention that attributes each quote, inside the text', () => {
    for (const [index, result] of run.documents.entries()) {
      const text = inputs[index]?.text ?? ''
      for (const quote of result.quotes) {
        if (!quote.speaker) continue
        const { mention } = quote.speaker
        expect(text.slice(mention.start, mention.end)).toBe(mention.text)
        if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
      }
    }
  })
})
