import { describe, expect, it } from 'vitest'
import { defaultSeed, families, generate } from './behaviour/generate.js'
import { judge, type PredictedQuote } from './behaviour/judge.js'
import type { Case } from './behaviour/parts.js'
import { runSuite } from './behaviour/run.js'

// Per-family floors: issue 10's target, 0.99 for every family, now that each meets it (`npm run
// eval` prints the rates). The test runs the whole suite, not a sample: it takes about two
// seconds, and a sample's rate wanders a few points around the full one.
const target = 0.99
const floors: Record<string, number> = Object.fromEntries(
  [
    'speaker-names',
    'descriptions',
    'appositions',
    'cue-lexicon',
    'cue-groups',
    'positions',
    'headlines',
    'continuation',
    'anonymous-heads',
    'pronouns',
    'leading-sentences',
    'null-quotes',
    'role-references',
    'modified-subjects',
    'they-groups',
    'read-past',
    'set-off-words',
    'papers',
    'described-people',
    'labels',
    'inner-clauses',
    'exchanges',
    'source-words',
    'office-nouns',
    'report-clauses',
    'plural-nouns',
    'owned-names',
    'roles-and-bodies',
    'pointing-back',
    'aged-and-inscribed',
    'named-bodies',
    'described-bodies',
    'roles-in-full',
    'campaign-groups',
    'crowds-and-asides',
    'feature-roles',
    'names-and-signs',
    'back-across',
    'stand-in-groups',
    'bodies-by-head',
    'opening-roles',
    'teams',
    'over-carries',
    'company-voices',
    'speakers-in-sight',
    'bodies-in-full',
    'roles-of-bodies',
    'surnames-and-beats',
    'stand-ins-in-turn',
    'roles-by-ending',
    'single-mark-runs',
    'papers-and-forces',
    'titles-and-crowds',
    'owners-of-words',
    'named-in-their-words',
    'roles-before-names',
    'fronted-clauses',
    'bodies-over-nouns',
    'nicknamed-names',
    'sorts-of-speakers',
    'transcript-subheads',
    'verdicts-of',
    'interview-turns',
    'linked-set-ups',
    'asked-and-answered',
    'portfolio-bodies',
    'letters-of-writers',
    'beats-of-newcomers',
    'broken-off',
    'owners-newcomers',
    'relayed-words',
    'places-by-words',
    'papers-and-outlets',
    'terms-in-marks',
    'titles-after-cues',
    'roles-in-asides',
    'denied-words',
    'headline-openings',
    'bodies-past-scenery',
    'plural-named-bodies',
    'reporters-and-asides',
    'objects-set-off',
    'scenery-capitals',
    'bodies-and-places',
    'talks-and-headline-cues',
    'terms-and-groups',
    'adding-speakers',
    'outlets-and-groups',
    'world-names',
    'turns-to-speak',
    'joined-roles',
    'paper-findings',
    'group-shares',
    'words-passed-on',
    'names-in-runs',
    'ranked-titles',
    'roles-beside-speakers',
    'family-names-first',
    'plural-owners',
    'papers-from-people',
    'set-off-roles-of',
    'bodies-of-roles',
    'shares-and-relatives',
    'outlets-and-surnames',
    'reports-past-asides',
    'masters-as-titles',
    'agent-named-bodies',
    'other-offices',
    'headlines-named',
    'title-case-headlines',
    'terms-in-reports',
    'courts-that-rule',
    'companies-and-regulators',
    'works-renamed',
    'inder-names',
    'roles-joined-and-clauses',
    'players-and-clubs',
    'features-and-interviews',
    'headlines-named-short',
    'words-in-phrases',
    'houses-of-worship',
    'phrases-past-participles',
    'wire-phrases',
    'bodies-by-heads',
    'kin-in-return',
    'bodies-and-objects',
    'machines-and-firms',
    'roles-in-profiles',
    'papers-and-issuers',
    'names-owners-and-inversions',
    'roles-served-and-trades',
    'writing-and-campaigns',
    'workers-growers-and-utilities',
    'lists-and-owned-papers',
    'asides-in-split-quotes',
    'passives-at-colons',
    'lawyers-by-what-they-do',
    'bands-and-labels',
    'owners-names-and-media',
    'phrasal-cues-inverted',
    'names-people-go-by',
    'headline-roles-from-the-lead',
    'bodies-and-writing',
    'particles-and-two-surnames',
    'arts-houses-and-titles',
    'hospitals-and-cue-objects',
    'bodies-named-as-owners',
    'firms-and-taglines',
    'companies-titled-by-state',
    'courts-ruling-on-a-day',
    'campaigns-opening-sentences',
    'people-beside-bodies',
    'bodies-named-far-back',
    'roles-before-names-inside',
    'roles-after-fronted-places',
    'gapped-as-objects',
    'objects-renamed-before-and-said',
    'short-family-names-first',
    'bulleted-quotes-after-a-cue',
    'role-headlines-in-title-case',
    'given-names-before-initials',
    'long-speaker-phrases',
    'roles-ending-on-titles',
    'names-and-laws-in-marks',
    'one-of-them',
    'long-roles-before-a-cue',
    'beats-with-asides-and-nouns',
    'companies-owning-things',
    'parties-by-their-members',
    'relayed-to-someone',
    'words-said-as-words',
    'councils-as-groups',
    'causes-as-bodies',
    'names-of-schemes-and-papers',
    'bodies-papers',
    'works-appeared-in',
    'role-labels-in-headlines',
    'shops-by-their-trade',
    'owned-speech-nouns',
    'modified-roles-of',
    'names-seen-alone-first',
    'more-paper-nouns',
    'voices-inside-quotes',
    'names-after-pointing',
    'names-given-to-things',
    'roles-bodies-own',
    'labelled-list-items',
    'bodies-by-sort',
    'beats-with-objects',
    'crowd-cries',
    'roles-after-inverted-cues',
    'titles-before-bodies',
    'asking-headlines',
    'roles-after-datelines',
    'campaigns-by-what-they-ask',
    'cue-nouns-before-cues',
    'subjects-past-clauses',
    'court-shorthand',
    'words-that-were-someones',
    'cue-words-before-titles',
    'speech-nouns-before-auxiliaries',
    'names-in-marks-in-attributions',
    'phrases-before-kept-saying',
    'phrases-inside-quotes',
    'words-pointed-back',
    'stand-ins-before-copulas',
    'names-known-widely',
    'numbered-lists-after-introductions',
    'joined-names-and-ages',
    'places-gone-to',
    'function-words-as-given-names',
    'interviewees-by-pronoun',
    'stand-ins-across-split-quotes',
    'songs-by-their-nouns',
    'pressing-questions',
    'turns-labelled-with-stops',
    'campaigns-for-places',
    'broken-off-past-long-asides',
    'stand-ins-with-their-own-verbs',
    'companies-past-papers-they-cite',
    'dashed-clauses-between-quotes',
    'pronouns-after-speeches-at-length',
    'roles-said-by-copulas',
    'runs-pointed-back-at',
    'press-conference-turns',
    'roles-of-bodies-set-off',
    'shares-opening-their-clauses',
    'names-inside-quotes',
    'remarks-introducing-lists',
    'songs-sung-by-title',
    'ledes-pointed-back-by-any-verb',
    'letters-read-for-writers',
    'shows-of-broadcasters',
    'roles-with-clauses-set-off',
    'datelines-opening-paragraphs',
    'pronouns-bound-in-their-clause',
    'objects-listed-before-participles',
    'clefts-on-speakers-pointing-back',
    'words-named-inside-quotes',
    'fronted-clauses-before-subjects',
    'subheads-repeating-the-story',
    'owners-opening-phrases',
    'adverbs-set-off-after-subjects',
    'roles-labelling-transcripts',
    'interviews-in-the-passive',
    'interviewees-answering-questions',
    'phrases-labelling-bullets',
    'askers-and-programmes',
    'patronymic-names-named-again',
    'bodies-beside-names',
    'asides-before-any-verb',
    'answers-and-set-off-subjects',
    'choosers-and-posts',
    'particles-and-pronoun-reports',
    'titles-inside-quotes',
    'family-first-and-teams',
    'phrases-repeated-after',
    'described-reports-with-that',
    'pointed-back-past-leads',
    'admissions-and-progressives',
    'openers-after-datelines',
    'stacked-asides-before-objects',
    'given-nouns-after-family-names',
    'initials-before-dashes',
    'interviews-talked-to',
    'ages-and-roles-said-of',
    'owners-of-objects',
    'abbreviated-titles',
    'claims-made-after-labels',
    'turns-labelled-by-name',
    'habits-of-speech',
    'titles-between-quotes',
    'third-persons-inside-quotes',
    'ledes-past-beats',
    'relative-roles-after-names',
    'words-owned-by-names',
    'positions-before-names',
    'chiefly-titles',
    'counted-crowds',
    'papers-going-on',
    'bodies-set-off-by-sort',
    'beats-in-places',
    'shares-placed-in-crowds',
    'roles-doing-things',
    'roles-taken-as',
    'clauses-without-that',
    'set-ups-before-added',
    'given-names-in-ed',
    'timestamped-subheads',
    'programmes-after-on',
    'labels-past-relatives',
    'names-billed-as',
    'roles-named-later',
    'questions-past-set-ups',
    'clergy-titles',
    'marks-inside-objects',
    'drafts-of-bodies',
    'groups-past-objects',
    'clergy-roles',
    'questions-said-not-asked',
    'answers-past-cue-groups',
    'quoted-as-saying',
    'bodies-which-said',
    'interviews-run-long',
    'writers-named',
    'voices-inside-words',
    'role-labelled-turns',
    'subhead-stands',
    'pronouns-far-back',
    'clefts-set-against',
    'words-set-off-from',
    'titles-opened-by-verbs',
    'relatives-past-asides',
    'heads-read-whole',
    'papers-placed-and-posted',
    'speakers-named-after',
    'crowds-counted',
    'told-of-inside',
    'courtesy-titles',
    'roles-left-open',
    'copula-adjectives',
    'labels-no-one-said',
    'set-ups-postmodified',
    'talk-of-things',
    'releases-past-kickers',
    'titles-of-bodies',
    'honorifics-of-many-lands',
    'joined-epithets',
    'roles-by-other-words',
    'words-relayed-in-court',
    'couples-sharing-surnames',
    'speeches-named-at-their-end',
    'letters-and-counsel',
    'phrases-sharing-a-word',
    'bodies-in-business-copy',
    'pleas-forces-and-court-titles',
    'relatives-told-apart',
    'roles-before-names-and-copulas',
    'named-by-their-callers',
    'works-in-the-sentence',
    'sport-copy',
    'remembered-and-known-as',
  ].map((family) => [family, target]),
)

const cases = generate()

describe('behavioural suite: generator', () => {
  it('is deterministic: the same seed gives the same cases, another seed others', () => {
    expect(generate(defaultSeed)).toEqual(cases)
    expect(generate(defaultSeed + 1).map((c) => c.text)).not.toEqual(cases.map((c) => c.text))
  })

  it('draws thousands of cases, at least 100 in every family', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3000)
    for (const { name } of families) {
      expect(cases.filter((c) => c.family === name).length, name).toBeGreaterThanOrEqual(100)
    }
  })

  it('puts every expected quote in its text, between marks, in order', () => {
    for (const c of cases) {
      let from = 0
      for (const { quote } of c.expected) {
        const at = c.text.indexOf(quote, from)
        expect(at, `${quote} in ${c.text}`).toBeGreaterThan(0)
        expect('“"‘\''.includes(c.text.charAt(at - 1)), c.text).toBe(true)
        // (A quote inside a quote opens before the outer one closes: order is by where each
        // opens.)
        from = at + 1
      }
    }
  })

  it('gives the quotes of a case distinct texts, so matching by text is unambiguous', () => {
    for (const c of cases) {
      const texts = c.expected.map((e) => e.quote)
      expect(new Set(texts).size, c.text).toBe(texts.length)
    }
  })

  it('has a floor for every family and no floor without a family', () => {
    expect(Object.keys(floors).sort()).toEqual(families.map((f) => f.name).sort())
  })
})

describe('behavioural suite: judge', () => {
  const speaker = (name: string, mention = name, id = name.toLowerCase()) => ({
    id,
    name,
    kind: 'person',
    mention: { text: mention, start: 0, end: mention.length },
  })
  const one = (expected: Case['expected'], predicted: PredictedQuote[]): boolean =>
    judge({ family: 't', text: '', expected }, predicted).pass
  const q = (text: string, s: PredictedQuote['speaker']): PredictedQuote => ({ text, speaker: s })

  // Each row: expected quotes, predicted quotes, verdict, and what the row proves.
  const rows: [Case['expected'], PredictedQuote[], boolean, string][] = [
    [
      [{ quote: 'A', speaker: { name: 'J. R. Doe' } }],
      [q('A', speaker('J.R. Doe'))],
      true,
      'initials spacing',
    ],
    [
      [{ quote: 'A', speaker: { name: 'Jane Doe' } }],
      [q('A', speaker('Doe'))],
      false,
      'surname alone is not the canonical name',
    ],
    [
      [{ quote: 'A', speaker: { name: 'Jane Doe' } }],
      [q('A', speaker('Sen. Jane Doe'))],
      false,
      'a title is not part of the name',
    ],
    [
      [{ quote: 'A', speaker: { name: 'Paweł Dąbrowski' } }],
      [q('A ', speaker('Pawel Dabrowski'))],
      true,
      'diacritics and trimmed text',
    ],
    [
      [{ quote: 'A', speaker: { name: 'Union of Workers' } }],
      [q('A', speaker('the Union of Workers'))],
      true,
      'a leading the',
    ],
    [
      [{ quote: 'A', speaker: { mention: 'an exasperated spokesman', head: 'spokesman' } }],
      [q('A', speaker('spokesman', 'An exasperated spokesman'))],
      true,
      'mention holds the head',
    ],
    [
      [{ quote: 'A', speaker: { mention: 'an exasperated spokesman', head: 'spokesman' } }],
      [q('A', speaker('exasperated', 'exasperated'))],
      false,
      'a modifier is not the head',
    ],
    [
      [{ quote: 'A', speaker: { mention: 'an official who asked', head: 'official' } }],
      [q('A', speaker('an official', 'who'))],
      true,
      'the head in the name, the mention a relative pronoun',
    ],
    [[{ quote: 'A', speaker: null }], [], true, 'null: not found as a quote'],
    [[{ quote: 'A', speaker: null }], [q('A', speaker('Doe'))], false, 'null: a guess fails'],
    [
      [{ quote: 'A', speaker: { name: 'Doe' } }],
      [],
      false,
      'a speaker expected, the quote not found',
    ],
    [
      [
        { quote: 'A', speaker: { name: 'Jane Doe' } },
        { quote: 'B', speaker: { newAnonymous: true, notNames: ['Jane Doe'], distinctFrom: [0] } },
      ],
      [q('A', speaker('Jane Doe')), q('B', speaker('one', 'one', 'one-1'))],
      true,
      'a new anonymous speaker',
    ],
    [
      [
        { quote: 'A', speaker: { name: 'Jane Doe' } },
        { quote: 'B', speaker: { newAnonymous: true, notNames: ['Jane Doe'], distinctFrom: [0] } },
      ],
      [q('A', speaker('Jane Doe')), q('B', speaker('Doe', 'Doe', 'jane doe'))],
      false,
      'the last named speaker is not new',
    ],
    [
      [
        { quote: 'A', speaker: { newAnonymous: true, notNames: [] } },
        { quote: 'B', speaker: { newAnonymous: true, notNames: [], sameAs: 0 } },
      ],
      [q('A', speaker('one', 'one', 'x')), q('B', speaker('another', 'another', 'y'))],
      false,
      'a continued anonymous quote keeps its speaker',
    ],
  ]
  it.each(rows)('%#: %s', (expected, predicted, pass, _why) => {
    expect(one(expected, predicted)).toBe(pass)
  })
})

describe('behavioural suite: rates', () => {
  it('meets every family floor', () => {
    const scores = runSuite(cases)
    console.log(
      scores.map((s) => `${s.family}: ${s.rate.toFixed(3)} (${s.passed}/${s.total})`).join('\n'),
    )
    for (const s of scores) {
      expect(s.rate, s.family).toBeGreaterThanOrEqual(floors[s.family] ?? 1)
    }
  })

  // The fixed seed draws one combination of each template's parts; another seed draws others
  // (the run that found this round's mechanisms used a hundred seeds). One more seed, same floors.
  it('meets every family floor on cases from another seed', () => {
    for (const s of runSuite(generate(defaultSeed + 1))) {
      expect(s.rate, s.family).toBeGreaterThanOrEqual(floors[s.family] ?? 1)
    }
  })
})
