/**
 * Speech cues as data: verbs (and a few phrases) that report what someone said.
 *
 * Each row is a base form, with irregular forms spelled out; regular forms (`-ed`, `-s`,
 * `-ing`) are derived. `inverts` marks verbs that news style puts before their subject
 * (`“…,” said Doe`); verbs that take the hearer as object (`told`) do not.
 */
interface CueRow {
  /** Base form (`say`). */
  base: string
  /** Past tense and participle when irregular (`said`). */
  past?: string
  /** Present participle when the regular rule gets it wrong (`lying`). */
  ing?: string
  /** Whether `“…,” <cue> <speaker>` is idiomatic. */
  inverts?: boolean
  /**
   * Whether the verb has common senses that are not speech (`maintained contact`, `reported
   * losses`): before a quote it counts only when it introduces one (`that`, `:`, `,`, `as`).
   */
  weak?: boolean
  /**
   * Whether only the past and the `-ing` form are cues (`pressed`, `pressing`): the base form
   * and its `-s` are nouns as often (`a press release`, `the press`).
   */
  pastOnly?: boolean
}

const rows: readonly CueRow[] = [
  { base: 'say', past: 'said', inverts: true },
  { base: 'tell', past: 'told' },
  { base: 'add', inverts: true },
  { base: 'note', inverts: true },
  { base: 'warn', inverts: true },
  { base: 'caution', inverts: true },
  { base: 'insist', inverts: true },
  { base: 'text', inverts: true },
  { base: 'post', inverts: true, weak: true },
  { base: 'write', past: 'wrote', inverts: true },
  { base: 'describe' },
  { base: 'call' },
  { base: 'denounce' },
  { base: 'state', inverts: true, weak: true },
  { base: 'claim', inverts: true },
  { base: 'announce', inverts: true, weak: true },
  { base: 'argue', inverts: true },
  { base: 'explain', inverts: true },
  { base: 'assert', inverts: true },
  { base: 'declare', inverts: true },
  { base: 'remark', inverts: true },
  { base: 'reply', past: 'replied', inverts: true, weak: true },
  { base: 'respond', inverts: true, weak: true },
  { base: 'answer', inverts: true, weak: true },
  { base: 'ask', inverts: true },
  // (`“Will there be another rise?” a reporter pressed.`: pressing someone is asking again.)
  { base: 'press', inverts: true, weak: true, pastOnly: true },
  { base: 'comment', inverts: true, weak: true },
  { base: 'acknowledge', inverts: true, weak: true },
  { base: 'admit', past: 'admitted', inverts: true, weak: true },
  { base: 'concede', inverts: true, weak: true },
  { base: 'confirm', inverts: true, weak: true },
  // `Trump thinks she has done a “serviceable job”`, `said he believed “there’s a good chance
  // …”`: a belief reported in someone's own words is theirs, as PolNeAR annotates it; weak,
  // since `I think` opens many sentences that quote no one.
  { base: 'think', past: 'thought', weak: true },
  { base: 'believe', weak: true },
  // `expressed hope that …`, `echoing Doe's “…”`, `considers it “…”`: weak for the same reason.
  { base: 'express', weak: true },
  { base: 'echo', weak: true },
  { base: 'consider', weak: true },
  // `portrayed himself as “…”`, `delivered a defense of “…”`, `supports “a balanced
  // approach”`: what someone puts forward in their own words. (Not `offer`, a noun as often:
  // `the fresh food offer`; nor `use`, whose object in marks is a word discussed.)
  { base: 'portray', weak: true },
  { base: 'deliver', weak: true },
  { base: 'support', weak: true },
  // `welcomed the “…”`, `fears a “…”`: a stance, likewise. (Not `reject`: `“…,” a claim
  // officials rejected` is what they heard, not their words.)
  { base: 'welcome', weak: true },
  { base: 'fear', weak: true },
  { base: 'deny', past: 'denied', inverts: true, weak: true },
  { base: 'emphasize', inverts: true, weak: true },
  { base: 'emphasise', inverts: true, weak: true },
  { base: 'stress', inverts: true, weak: true },
  { base: 'reiterate', inverts: true },
  { base: 'repeat', inverts: true, weak: true },
  { base: 'recall', inverts: true, weak: true },

  { base: 'predict', inverts: true, weak: true },
  { base: 'promise', inverts: true, weak: true },
  { base: 'pledge', inverts: true },
  { base: 'vow', inverts: true },
  { base: 'urge', inverts: true },
  { base: 'tweet', inverts: true, weak: true },
  { base: 'testify', past: 'testified', inverts: true },
  { base: 'suggest', inverts: true },
  { base: 'contend', inverts: true },
  { base: 'maintain', inverts: true, weak: true },
  { base: 'observe', inverts: true, weak: true },
  { base: 'complain', inverts: true },
  { base: 'lament', inverts: true },
  { base: 'boast', inverts: true },
  { base: 'joke', inverts: true },
  { base: 'quip', past: 'quipped', inverts: true },
  { base: 'mock' },
  { base: 'charge', inverts: true, weak: true },
  { base: 'accuse' },
  { base: 'allege', inverts: true },
  { base: 'blast' },
  { base: 'slam', past: 'slammed' },
  { base: 'criticize' },
  { base: 'criticise' },
  { base: 'praise' },
  { base: 'hail' },
  { base: 'dub', past: 'dubbed' },
  { base: 'label', past: 'labeled' },
  { base: 'brand' },
  { base: 'term' },
  { base: 'characterize' },
  { base: 'characterise' },
  { base: 'downplay' },
  { base: 'dismiss' },
  { base: 'conclude', inverts: true, weak: true },
  { base: 'continue', inverts: true, weak: true },
  { base: 'recount', inverts: true },
  { base: 'shout', inverts: true },
  { base: 'yell', inverts: true },
  { base: 'whisper', inverts: true },
  { base: 'report', inverts: true, weak: true },
  { base: 'reveal', inverts: true, weak: true },
  { base: 'mention', inverts: true, weak: true },
  { base: 'point', inverts: true, weak: true },
  { base: 'agree', inverts: true, weak: true },
  { base: 'counter', inverts: true, weak: true },
  { base: 'retort', inverts: true },
  { base: 'object', inverts: true, weak: true },
  { base: 'protest', inverts: true, weak: true },
  { base: 'demand', inverts: true, weak: true },
  { base: 'plead', inverts: true },
  // (`appealed for “any sighting, however small”`: what a police appeal asks for, in its words.)
  { base: 'appeal', inverts: true, weak: true },
  { base: 'beg', past: 'begged', inverts: true },
  { base: 'implore', inverts: true },
  { base: 'assure' },
  { base: 'reassure' },
  { base: 'remind' },
  { base: 'inform' },
  { base: 'advise', inverts: true, weak: true },
  { base: 'recommend', inverts: true, weak: true },
  { base: 'propose', inverts: true, weak: true },
  { base: 'speculate', inverts: true },
  { base: 'estimate', inverts: true, weak: true },
  { base: 'forecast', past: 'forecast', inverts: true, weak: true },
  { base: 'tout' },
  { base: 'brag', past: 'bragged', inverts: true },
  { base: 'scoff', inverts: true },
  { base: 'sneer', inverts: true },
  { base: 'snap', past: 'snapped', inverts: true },
  { base: 'fume', inverts: true },
  { base: 'rail', inverts: true, weak: true },
  { base: 'thunder', inverts: true },
  { base: 'exclaim', inverts: true },
  { base: 'muse', inverts: true, weak: true },
  { base: 'wonder', inverts: true, weak: true },
  { base: 'sigh', inverts: true },
  { base: 'lash', inverts: true, weak: true },
  { base: 'concur', past: 'concurred', inverts: true },
  { base: 'affirm', inverts: true },
  { base: 'proclaim', inverts: true },
  { base: 'underscore', inverts: true, weak: true },
  { base: 'highlight', inverts: true, weak: true },
  { base: 'signal', past: 'signalled', inverts: true, weak: true },
  { base: 'indicate', inverts: true, weak: true },
  { base: 'insinuate', inverts: true },
  { base: 'hint', inverts: true, weak: true },
  { base: 'tease', weak: true },
  { base: 'thank', weak: true },
  { base: 'read', past: 'read', inverts: true, weak: true },
  { base: 'blog', past: 'blogged', inverts: true },
  { base: 'broadcast', past: 'broadcast', inverts: true },
  { base: 'preach', inverts: true, weak: true },
  { base: 'opine', inverts: true },
  { base: 'surmise', inverts: true },
  { base: 'summarize', inverts: true },
  { base: 'summarise', inverts: true },
  { base: 'pronounce', weak: true },
  { base: 'cry', past: 'cried', inverts: true, weak: true },
  { base: 'scold' },
  { base: 'condemn' },
  { base: 'decry', past: 'decried' },
  { base: 'lambaste' },
  { base: 'rebuke' },
  { base: 'chide' },
  { base: 'exhort', inverts: true },
  { base: 'liken' },
  { base: 'chant', inverts: true, weak: true },
  { base: 'sing', past: 'sang', inverts: true, weak: true },
  { base: 'groan', inverts: true },
  { base: 'gush', inverts: true },
  { base: 'rave', inverts: true },
  { base: 'vent', inverts: true, weak: true },
  { base: 'gripe', inverts: true },
  { base: 'grouse', inverts: true },
  { base: 'email', inverts: true },
  { base: 'message', inverts: true, weak: true },
  { base: 'interject', inverts: true },
  { base: 'talk', weak: true },
  { base: 'speak', past: 'spoke', weak: true },
  { base: 'shoot', past: 'shot', weak: true },
  { base: 'fire', weak: true },
  { base: 'compare', weak: true },
  { base: 'blame', weak: true },
  { base: 'deride', weak: true },
  { base: 'defend', weak: true },
  { base: 'instruct', weak: true },
  { base: 'direct', weak: true },
  { base: 'assail', weak: true },
  { base: 'bemoan', weak: true },
  { base: 'ridicule', weak: true },
  { base: 'applaud', weak: true },
  { base: 'laud', weak: true },
  { base: 'credit', weak: true },
  { base: 'coin', weak: true },
  { base: 'reference', weak: true },
  { base: 'refer', past: 'referred', weak: true },
  { base: 'attack', weak: true },
  { base: 'cite', weak: true },
  { base: 'threaten', inverts: true, weak: true },
  { base: 'disagree', past: 'disagreed', inverts: true, weak: true },
  // Manners of speaking: how the words came out says that they were said.
  { base: 'murmur', inverts: true },
  { base: 'mutter', inverts: true },
  { base: 'mumble', inverts: true },
  { base: 'grumble', inverts: true },
  { base: 'stammer', inverts: true },
  { base: 'bellow', inverts: true },
  { base: 'holler', inverts: true },
  { base: 'scream', inverts: true },
  { base: 'shriek', inverts: true },
  { base: 'growl', inverts: true },
  { base: 'hiss', inverts: true },
  { base: 'purr', past: 'purred', inverts: true },
  { base: 'drawl', inverts: true },
  { base: 'croak', inverts: true },
  { base: 'sob', past: 'sobbed', inverts: true },
  { base: 'marvel', past: 'marveled', inverts: true },
  { base: 'exult', inverts: true },
  { base: 'reason', inverts: true, weak: true },
  { base: 'quote', inverts: true, weak: true },
  // Manner of speaking, and what news reports as speech: `“…,” she chuckled`.
  { base: 'chuckle', inverts: true },
  { base: 'laugh', inverts: true },
  { base: 'giggle', inverts: true },
  { base: 'snort', inverts: true },
  { base: 'snarl', inverts: true },
  { base: 'gloat', inverts: true },
  { base: 'whine', inverts: true },
  { base: 'moan', inverts: true },
  { base: 'seethe', inverts: true },
  { base: 'fret', past: 'fretted', inverts: true },
  { base: 'bark', inverts: true, weak: true },
  { base: 'roar', inverts: true, weak: true },
  { base: 'blurt', inverts: true },
  { base: 'confess', inverts: true },
  { base: 'confide', inverts: true },
  { base: 'rebut', past: 'rebutted', inverts: true },
  { base: 'riposte', inverts: true },
  { base: 'clarify', past: 'clarified', inverts: true },
  { base: 'reminisce', inverts: true },
  { base: 'recite', inverts: true, weak: true },
  { base: 'inquire', inverts: true },
  { base: 'enquire', inverts: true },
  { base: 'query', past: 'queried', inverts: true },
  { base: 'question', inverts: true, weak: true },
  { base: 'challenge', inverts: true, weak: true },
  { base: 'interrupt', inverts: true, weak: true },
  { base: 'lecture', inverts: true, weak: true },
  { base: 'berate', inverts: true },
  { base: 'swear', past: 'swore', inverts: true, weak: true },
  { base: 'voice', weak: true },
  { base: 'ponder', inverts: true, weak: true },
]

/**
 * Phrasal verbs that report speech only with their particle (`chimed in`, `fired back`): the
 * verb alone is no cue (`fired the coach`) or a weak one (`pointed`), with the particle a sure
 * one. The verb is the cue token; the particle belongs to its cue group.
 */
interface PhrasalRow {
  /** Base form of the verb. */
  base: string
  /** Past tense and participle when irregular. */
  past?: string
  /** Particles that make it a speech cue. */
  particles: readonly string[]
}

const phrasalRows: readonly PhrasalRow[] = [
  { base: 'chime', particles: ['in'] },
  // `The court ruled that the ban was “plainly unconstitutional”`: a court's words, with the
  // clause they rule; `the new rules are` and `ruled the country` rule nothing said.
  { base: 'rule', particles: ['that'] },
  { base: 'weigh', particles: ['in'] },
  { base: 'cut', past: 'cut', particles: ['in'] },
  { base: 'break', past: 'broke', particles: ['in'] },
  { base: 'jump', particles: ['in'] },
  { base: 'butt', past: 'butted', particles: ['in'] },
  { base: 'blurt', particles: ['out'] },
  { base: 'lash', particles: ['out'] },
  { base: 'cry', past: 'cried', particles: ['out'] },
  { base: 'call', particles: ['out'] },
  { base: 'point', particles: ['out'] },
  { base: 'spell', particles: ['out'] },
  { base: 'speak', past: 'spoke', particles: ['up', 'out'] },
  { base: 'pipe', particles: ['up'] },
  { base: 'fire', particles: ['back'] },
  { base: 'shoot', past: 'shot', particles: ['back'] },
  { base: 'hit', past: 'hit', particles: ['back', 'out'] },
  { base: 'snap', past: 'snapped', particles: ['back'] },
  { base: 'push', particles: ['back'] },
  { base: 'write', past: 'wrote', particles: ['back'] },
  { base: 'go', past: 'went', particles: ['on'] },
  { base: 'sound', particles: ['off'] },
  { base: 'trail', particles: ['off'] },
  { base: 'chip', past: 'chipped', particles: ['in'] },
  { base: 'sum', past: 'summed', particles: ['up'] },
]

/**
 * Phrases that report speech (`as the memo put it`): their first word counts as a cue when the
 * rest follows. (`according to X` has a rule of its own.)
 */
export const cuePhrases: readonly (readonly string[])[] = [
  ['put', 'it'],
  ['puts', 'it'],
  ['sum', 'it', 'up'],
  ['sums', 'it', 'up'],
  ['summed', 'it', 'up'],
  // `made the case that “…”`: argued.
  ['made', 'the', 'case'],
  ['makes', 'the', 'case'],
  ['made', 'clear'],
  ['makes', 'clear'],
  ['made', 'it', 'clear'],
  ['makes', 'it', 'clear'],
  ['wanted', 'to', 'know'],
  ['wants', 'to', 'know'],
]

/** Whether a form of a cue is finite (`said`) or a participle (`saying`), whose subject is the clause's. */
export type CueForm = 'finite' | 'participle'

/** What the lexicon knows of one word form. */
export interface CueEntry {
  /** The base form it belongs to. */
  base: string
  /** Finite or `-ing` participle. */
  form: CueForm
  /** Whether the cue can come before its subject. */
  inverts: boolean
  /** Whether it has senses that are not speech (see the row's `weak`). */
  weak: boolean
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`
  return `${base}ed`
}

function regularThird(base: string): string {
  // (`go` → `goes`, `echo` → `echoes`.)
  if (/(s|sh|ch|x|z|[^aeiou]o)$/.test(base)) return `${base}es`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`
  return `${base}s`
}

function regularIng(base: string, past: string): string {
  // Doubling shows in the past tense (`admitted` → `admitting`); reuse it.
  const doubled = past.length === base.length + 3 && past.endsWith('ed') && !base.endsWith('e')
  if (doubled) return `${past.slice(0, -2)}ing`
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`
  return `${base}ing`
}

function buildCueForms(): Map<string, CueEntry> {
  const forms = new Map<string, CueEntry>()
  for (const row of rows) {
    const inverts = row.inverts === true
    const weak = row.weak === true
    const past = row.past ?? regularPast(row.base)
    const ing = row.ing ?? regularIng(row.base, past)
    const finite = row.pastOnly ? [past] : [row.base, past, regularThird(row.base)]
    for (const word of finite) {
      if (!forms.has(word)) forms.set(word, { base: row.base, form: 'finite', inverts, weak })
    }
    forms.set(ing, { base: row.base, form: 'participle', inverts: false, weak })
    // British spelling doubles a final `l` after one vowel (`labelled`, `signalling`).
    if (/[^aeiou][aeiou]l$/.test(row.base) && row.base.length >= 5) {
      const british = `${row.base}l`
      if (!forms.has(`${british}ed`))
        forms.set(`${british}ed`, { base: row.base, form: 'finite', inverts, weak })
      if (!forms.has(`${british}ing`))
        forms.set(`${british}ing`, { base: row.base, form: 'participle', inverts: false, weak })
    }
  }
  return forms
}

/**
 * Nouns of the verbs that characterize (`description`, `portrayal`): cues only for their owner,
 * and only with what they call it after `as` (`Doe’s description of the budget as “…”`). Weak,
 * as such a noun is mostly no speech; each its own base, as no form of it is past.
 */
export const characterizingNouns: ReadonlySet<string> = new Set([
  'description',
  'characterization',
  'characterisation',
  'portrayal',
])

/** Every inflected form of every cue verb, lower case, to its entry. */
export const cueForms: ReadonlyMap<string, CueEntry> = (() => {
  const forms = buildCueForms()
  for (const noun of characterizingNouns) {
    forms.set(noun, { base: noun, form: 'finite', inverts: false, weak: true })
  }
  return forms
})()

/** A phrasal cue's entry and the particles that make a form of it a cue. */
export interface PhrasalCue {
  /** The entry the form has with its particle (never weak). */
  entry: CueEntry
  /** Particles that complete it. */
  particles: ReadonlySet<string>
}

function buildPhrasalForms(): Map<string, PhrasalCue> {
  const forms = new Map<string, PhrasalCue>()
  for (const row of phrasalRows) {
    const particles = new Set(row.particles)
    const past = row.past ?? regularPast(row.base)
    const ing = regularIng(row.base, past)
    for (const word of [row.base, past, regularThird(row.base)]) {
      forms.set(word, {
        entry: { base: row.base, form: 'finite', inverts: true, weak: false },
        particles,
      })
    }
    forms.set(ing, {
      entry: { base: row.base, form: 'participle', inverts: false, weak: false },
      particles,
    })
  }
  return forms
}

/** Every inflected form of every phrasal cue verb (`chimed` of `chime in`), lower case. */
export const phrasalCueForms: ReadonlyMap<string, PhrasalCue> = buildPhrasalForms()

/**
 * The lexicon's entry for the word at `index` of a list of lower-case words: a phrasal cue
 * when its particle follows (`fired back` is sure where `fired` alone is not), else the
 * single-word entry.
 *
 * @param lower The word, lower case.
 * @param next The next word, lower case, if any.
 */
export function cueEntryOf(lower: string, next: string | undefined): CueEntry | undefined {
  const phrasal = phrasalCueForms.get(lower)
  if (phrasal && next !== undefined && phrasal.particles.has(next)) return phrasal.entry
  return cueForms.get(lower)
}

/** Number of distinct cue verbs and phrases the lexicon knows. */
export const cueCount: number =
  new Set(rows.map((row) => row.base)).size + phrasalRows.length + cuePhrases.length

/**
 * Verbs of judging, whose object is a person (`accused Doe of …`, `praised Roe for …`): right
 * before `of` or `for` their past is a passive, and the one judged does not speak.
 */
export const judgingCues: ReadonlySet<string> = new Set([
  'accuse',
  'criticize',
  'criticise',
  'slam',
  'blast',
  'praise',
  'mock',
  'condemn',
  'lambast',
  'ridicule',
  'rebuke',
  'chide',
  'fault',
  'berate',
  'scold',
  'hail',
  'applaud',
  'commend',
  'deride',
])

/**
 * Verbs of intent, whose `to` opens what their subject means to do (`vows to fight`, `promised
 * to appeal`): with an infinitive after them they report no words.
 */
export const intentCues: ReadonlySet<string> = new Set([
  'vow',
  'pledge',
  'promise',
  'threaten',
  'swear',
  'offer',
  'agree',
  'refuse',
  'decline',
])

/** Forms of `write` (`wrote to the council`). */
export const writingForms: ReadonlySet<string> = new Set(['wrote', 'writes', 'write', 'written'])
