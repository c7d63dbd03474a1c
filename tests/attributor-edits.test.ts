import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attributeText, createAttributor } from '../src/index.js'

// The attributor keeps its last reading and reads again only what an edit changed: whatever the
// edits, each result must be the one a fresh reading of the text gives.
const seeds = readdirSync('seeds')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(`seeds/${name}`, 'utf8'))

// A short text dense in what carries over from one paragraph to the next: names a surname
// joins, pronouns, a title, a multi-paragraph quote, a byline, an introduction, subheads, an interview's turns.
const dense = [
  'Senator Jane Doe met Tom Baker, the mayor, on Monday.',
  '“We will win,” Doe said. She added that the talks went well.',
  'Baker disagreed. “It is too early,” he said, and the mayor left.',
  'Officials at the ministry said: ',
  '“The plan stands.',
  '“Nothing has changed,” they said.',
  'Residents were unhappy. “We were not asked,” they said.',
  '“This is the end.”',
  '- Jane Doe',
  'Afterwards Doe told reporters, “I am done.”',
  '“Enough.”',
  'So said Tom Baker on Monday.',
  '“We hold.”',
  '“We hold on.”',
  'Those were the words Jane Doe chose.',
  'Excerpts From Doe’s Remarks',
  '“We stay.”',
  'In His Own Words',
  '“We go.”',
  'Tom Baker spoke to us about the vote.',
  'Q: You called it “a mess.”',
  'A: I said, “Yes.”',
].join('\n')

const pieces = [
  'a',
  'e',
  'S',
  ' ',
  '.',
  ',',
  '“',
  '”',
  '"',
  '\n',
  ' said ',
  ' he ',
  ' she ',
  ' they ',
  'Mr. ',
  'Ms. ',
  'Doe',
  'Baker',
  'Tom ',
  '“Yes,” she said. ',
  'Afterwards ',
]

// An edit: where (a fraction of the text's length), what, and what to insert.
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('delete', 'insert', 'case', 'word'),
  piece: fc.constantFrom(...pieces),
  // Editors type in one place: most edits stay near the last.
  near: fc.boolean(),
})

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

function apply(text: string, step: Edit, last: number): { text: string; at: number } {
  const spot = step.near ? last + Math.round((step.at - 0.5) * 20) : step.at * text.length
  const at = Math.max(0, Math.min(text.length, Math.floor(spot)))
  switch (step.kind) {
    case 'delete':
      return { text: text.slice(0, at) + text.slice(at + 1), at }
    case 'insert':
      return { text: text.slice(0, at) + step.piece + text.slice(at), at }
    case 'case': {
      const letter = text.charAt(at)
      const swapped = letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase()
      return { text: text.slice(0, at) + swapped + text.slice(at + 1), at }
    }
    default: {
      // Replace the word at `at` with a name or a pronoun.
      const word = /[\p{L}’']+/gu
      word.lastIndex = at
      const hit = word.exec(text)
      if (!hit) return { text, at }
      const name = step.piece.trim() || 'Doe'
      return {
        text: text.slice(0, hit.index) + name + text.slice(hit.index + hit[0].length),
        at: hit.index,
      }
    }
  }
}

// An attributor that read one text and then the other gives what a fresh reading of the other
// gives, in both directions.
function expectEditsBothWays(one: string, other: string): void {
  for (const [from, to] of [
    [one, other],
    [other, one],
  ] as const) {
    const attributor = createAttributor('doc')
    attributor.attribute(from)
    expect(attributor.attribute(to)).toEqual(attributeText(to, { id: 'doc' }))
  }
}

// An attributor that read `before` and then `detour` gives, for each edit, what a fresh reading
// of it gives, and for `before` again after it.
function expectEditsAfterDetour(before: string, detour: string, edits: readonly string[]): void {
  for (const after of edits) {
    const attributor = createAttributor('doc')
    attributor.attribute(before)
    attributor.attribute(detour)
    expect(attributor.attribute(after)).toEqual(attributeText(after, { id: 'doc' }))
    expect(attributor.attribute(before)).toEqual(attributeText(before, { id: 'doc' }))
  }
}

describe('createAttributor under edits', () => {
  it('gives what a fresh reading gives, after every edit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(dense, ...seeds),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, edits, from) => {
          const attributor = createAttributor('doc')
          attributor.attribute(start)
          let text = start
          let at = Math.floor(from * text.length)
          for (const step of edits) {
            ;({ text, at } = apply(text, step, at))
            const fresh = attributeText(text, { id: 'doc' })
            expect(JSON.stringify(attributor.attribute(text))).toBe(JSON.stringify(fresh))
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  it('reads again a quote whose `they` stands for a group named in the edited paragraph', () => {
    const before = 'Jane Doe spoke with the nurses on Monday.\n“We are tired,” they said.'
    const after = before.replace('nurses', 'farmers')
    const attributor = createAttributor('doc')
    attributor.attribute(before)
    attributor.attribute(before.replace('Monday', 'Sunday'))
    expect(attributor.attribute(after)).toEqual(attributeText(after, { id: 'doc' }))
    expect(attributor.attribute(after).quotes[0]?.speaker?.name).toBe('the farmers')
  })

  // Each pair edits a paragraph whose words (not its names) a later paragraph's speaker rests
  // on: the group `they` stands for, the people joined as a subject, a capital that only opens
  // a sentence, a cue word opening a sentence.
  const carried: [string, string][] = [
    ['The nurses walked out.\n“We are tired,” they said.', 'The plans walked out.'],
    [
      'Jane Doe and Tom Roe filed the suit.\n“We had no choice,” they said.',
      'Jane Doe met Tom Roe.',
    ],
    ['The Smiths rose again.\n“We are tired,” they said.', 'Prices rose again.'],
    [
      'Kim Lee and Tom Roe run the bakery.\n“We are tired,” the couple said.',
      'Kim Lee or Tom Roe run the bakery.',
    ],
    ['It was late.\nSaid Tom Roe, “We win.”', 'It was said late.'],
    [
      '“And if they refuse?” Judge Ann Roe asked.\n“Then we come back.”',
      '“And if they refuse!” Judge Ann Roe asked.',
    ],
  ]
  for (const [body, edited] of carried) {
    it(`reads the next paragraph again after an edit of its words: ${edited}`, () => {
      // An exchange needs a turn before the question.
      const text = body.startsWith('“And') ? `“We want a deadline,” Kim Lee said.\n${body}` : body
      const first = body.slice(0, body.indexOf('\n'))
      const after = text.replace(first, edited)
      expectEditsBothWays(text, after)
    })
  }

  it('reads again a byline when the quote before it no longer ends its paragraph', () => {
    const before = 'Jane Doe spoke.\n“This is the end.”\n- Tom Baker'
    const after = before.replace('end.”', 'end”..')
    const attributor = createAttributor('doc')
    attributor.attribute(before)
    attributor.attribute(before.replace('end', 'fin'))
    expect(attributor.attribute(after)).toEqual(attributeText(after, { id: 'doc' }))
  })

  it('reads again a paragraph pointing back when the quote before it changes', () => {
    const before = 'Jane Doe spoke.\n“This is the end.”\nSo said Tom Baker on Monday.'
    expectEditsAfterDetour(before, before.replace('end', 'fin'), [
      before.replace('end.”', 'end”..'),
      before.replace('So said', 'So did'),
      before.replace('“This is the end.”', '“This is the end,” Doe said.'),
    ])
  })

  it('reads again words pointing back at a run of quotes when a quote of the run changes', () => {
    const before =
      'Polls closed.\n“We won.”\n“We will govern.”\nThose were the words Jane Doe chose.'
    expectEditsAfterDetour(before, before.replace('won', 'wan'), [
      before.replace('“We won.”', '“We won,” Tom Roe said.'),
      before.replace('“We won.”', 'We won.'),
      before.replace('chose', 'chase'),
      before.replace('“We will govern.”', 'Votes were counted.'),
    ])
    expect(attributeText(before).quotes.map((quote) => quote.speaker?.name)).toEqual([
      'Jane Doe',
      'Jane Doe',
    ])
  })

  it('puts back every row that words pointing back filled, for the next edit of their paragraph', () => {
    // The state before the pointing paragraph is read on in place and put back after: the rows
    // of the whole run it took up, not only the row before it, must go back as they were.
    // (An edit of lower-case words only, so that the names stay and the reading goes on from
    // the state before the edited paragraph.)
    const text = '“We won.”\n“We will govern.”\n“We stay.”\nThose were the words Jane Doe chose.'
    const denied = text.replace('were the', 'were not the')
    const attributor = createAttributor('doc')
    attributor.attribute(text)
    for (const edited of [denied, text, denied, text, denied]) {
      expect(attributor.attribute(edited)).toEqual(attributeText(edited, { id: 'doc' }))
    }
  })

  it('reads an exchange’s turns after a second edit of a turn as a fresh reading does', () => {
    // The second edit reads on from the state kept before the edited turn, which must hold the
    // rows of the turns two paragraphs back that the exchange reads.
    const before = [
      'Tom Roe met Jane Doe on Monday.',
      '“Will you go?” Tom Roe asked.',
      '“No,” Jane Doe said.',
      '“Why not?”',
      '“Because I am tired.”',
    ].join('\n')
    const attributor = createAttributor('doc')
    attributor.attribute(before)
    for (const after of [before.replace('not', 'nat'), before.replace('not', 'nbt'), before]) {
      expect(attributor.attribute(after)).toEqual(attributeText(after, { id: 'doc' }))
    }
    expect(attributor.attribute(before).quotes[2]?.rule).toBe('exchange-turn')
  })

  // An edit that changes what the entity table holds (a name, a gender) keeps the paragraphs
  // after it only while none of them looked at what changed. Seven sentences without a name
  // stand between the edit and the paragraph that depends on it, so that the edited sentence is
  // out of sight there and only what that paragraph looked up in the table tells.
  const far = Array.from({ length: 7 }, (_, day) => `The weather was cold on day ${day + 1}.`)
  // Each: what the later paragraph depends on, the text, and the words the edit replaces.
  const tableEdits: [string, string, string, string][] = [
    // A surname a later paragraph looks up: it joins someone else, or no one, after the edit.
    [
      'a surname looked up later',
      ['Jane Doe met Tom Roe on Monday.', ...far, '“We will win,” Doe said.'].join('\n'),
      'Jane Doe',
      'Jane Dox',
    ],
    // A later paragraph writes the key the edit changed (another Doe) after looking at it.
    [
      'a surname another person takes later',
      [
        'Jane Doe met Tom Roe on Monday.',
        ...far,
        'Tom Doe spoke.',
        ...far,
        '“We will win,” Doe said.',
      ].join('\n'),
      'Jane Doe',
      'Jane Dox',
    ],
    // A body's name a later paragraph names by its initials.
    [
      'an initialism used later',
      ['Officials at Harlow Bank met on Monday.', ...far, '“We will win,” HB said.'].join('\n'),
      'Harlow Bank',
      'Harlow Bunk',
    ],
    // A role a later description finds its holder by.
    [
      'a role looked up later',
      [
        'Jane Doe, the mayor, met Tom Roe on Monday.',
        ...far,
        '“We will win,” the mayor said.',
      ].join('\n'),
      'the mayor, met',
      'the major, met',
    ],
    // The speaker's own name, which no later paragraph reads once another has spoken: the
    // result names them anew.
    [
      'a speaker’s own name',
      ['“We won,” said Jane Doe.', '“We lost,” said Tom Roe.', ...far].join('\n'),
      'Jane Doe',
      'Jane Dox',
    ],
  ]
  for (const [what, text, original, replacement] of tableEdits) {
    it(`reads again what depends on an edit of the entity table: ${what}`, () => {
      const edited = text.replace(original, replacement)
      expectEditsBothWays(text, edited)
    })
  }

  it('reads again a pronoun in sight of a person the edit changed', () => {
    // `she` in the next paragraph reads the edited sentence's subject from memory, not from
    // the table.
    const before = 'The crowd cheered for Jane Doe on Monday.\n“It is over,” she said.'
    const after = before.replace('Jane Doe', 'Tom Doe')
    expectEditsBothWays(before, after)
  })

  it('reads again a later paragraph that looks back at a sentence the edit changed', () => {
    // `she` or `he` makes another person the edited sentence's subject, and no entity changes:
    // `the leader` in the next paragraph looks back at that sentence for whom it stands for.
    const before = [
      'Jane Doe met Tom Roe on Monday.',
      'Later she was late for the vote.',
      '“We lost,” the leader said.',
      '“It is over,” she said.',
    ].join('\n')
    const after = before.replace('Later she', 'Later he')
    expectEditsBothWays(before, after)
  })

  it('reads again what follows an edit that adds an entity', () => {
    // The edit adds a person no one else names: every entity made after it has another place.
    // (Both the count of entities and the places later paragraphs made guard this.)
    const quiet = Array.from({ length: 7 }, () => 'It was cold.')
    const before = [
      'On Monday, Jane Doe met Tom Roe.',
      ...quiet,
      '“We will win,” Kim Park said.',
    ].join('\n')
    const after = before.replace('Tom Roe.', 'Tom Roe and Ann Lee.')
    expectEditsBothWays(before, after)
  })

  it('reads again a subhead that looks over every entity for the name it holds', () => {
    // `Excerpts From Doe’s Remarks` finds who it names among all the entities, by no key.
    const before = [
      'On Monday, Jane Doe met Tom Roe.',
      ...far,
      'Excerpts From Doe’s Remarks',
      '“We stay.”',
    ].join('\n')
    const after = before.replace('Jane Doe', 'Jane Dox')
    expectEditsBothWays(before, after)
  })

  it('reads again an exchange’s turn that reads the rows of an edited turn out of sight', () => {
    // `“Minister, thank you.”` looks back over the rows for who asked the minister: the edit
    // gives the question a speaker, or takes it away, without changing any entity.
    const before = [
      'Tom Roe met Minister Jane Doe on Monday.',
      '“Will the plan pass?” Tom Roe asked.',
      ...far,
      '“It will,” Minister Jane Doe said.',
      '“Minister, thank you.”',
    ].join('\n')
    const after = before.replace(' Tom Roe asked.', ' Tom Roe, asked.')
    expectEditsBothWays(before, after)
  })

  it('gives what a fresh reading gives as each letter of a text is changed in turn', () => {
    // One letter after another, as a user types over a text: most edits change a word that no
    // later paragraph looked at, some a name, a cue, a quote mark's neighbour.
    for (const start of [dense, seeds[0] as string]) {
      const attributor = createAttributor('doc')
      let text = start
      attributor.attribute(text)
      for (let at = 0; at < text.length; at += 3) {
        const letter = text.charAt(at)
        if (!/\p{L}/u.test(letter)) continue
        text = `${text.slice(0, at)}${letter === 'x' ? 'y' : 'x'}${text.slice(at + 1)}`
        expect(JSON.stringify(attributor.attribute(text))).toBe(
          JSON.stringify(attributeText(text, { id: 'doc' })),
        )
      }
    }
  })

  it('reads each edit of a paragraph from the state before it, whatever the last edit did', () => {
    // The state before the edited paragraph is read on in place and put back after: `a mother`
    // shows Sam Doe is a woman, and the next edit must find Sam Doe as before it (`he` is Sam).
    const text = [
      'On Monday, Sam Doe met Tom Roe.',
      'Doe, a mother of two, spoke first.',
      '“We will win,” Doe said.',
      '“We always do,” he said.',
    ].join('\n')
    const other = text.replace('mother', 'mothxr')
    const attributor = createAttributor('doc')
    attributor.attribute(text)
    for (const edited of [other, text, other, text]) {
      expect(attributor.attribute(edited)).toEqual(attributeText(edited, { id: 'doc' }))
    }
    expect(attributor.attribute(other).quotes[1]?.speaker?.name).toBe('Sam Doe')
  })

  it('gives `he added` the one the sentence before reported, as the entity of this reading', () => {
    // `he` is Sam Roe, who spoke in the sentence before, and shows Sam Roe is a man: `she` is
    // then no one. The second edit reads from a copy of the state before the quote, whose
    // remembered reporter must be the copy's Sam Roe, or the gender goes to another object.
    const text = [
      'Sam Roe said the talks had failed.',
      '“It was wrong,” he added.',
      '“We will see,” she said.',
    ].join('\n')
    const attributor = createAttributor('doc')
    attributor.attribute(text)
    for (const edited of [text.replace('wrong', 'wronx'), text.replace('wrong', 'wrony'), text]) {
      expect(attributor.attribute(edited)).toEqual(attributeText(edited, { id: 'doc' }))
    }
    expect(attributor.attribute(text).quotes[1]?.speaker).toBeNull()
  })

  it('gives results that share nothing with what it keeps', () => {
    const attributor = createAttributor('doc')
    const first = attributor.attribute(dense)
    for (const speaker of first.speakers) {
      speaker.aliases.push('changed')
      speaker.titles.push('changed')
      speaker.name = 'changed'
    }
    for (const quote of first.quotes) if (quote.speaker) quote.speaker.name = 'changed'
    // An edit that changes no speaker keeps the last reading: it must not show those changes.
    const edited = dense.replace('on Monday', 'on Tuesday')
    expect(attributor.attribute(edited)).toEqual(attributeText(edited, { id: 'doc' }))
    expect(attributor.attribute(dense)).toEqual(attributeText(dense, { id: 'doc' }))
  })
})
