/**
 * Speech cues as data: verbs (and a few phrases) that report what someone said.
 *
 * Each row is a base form, with irregular forms spelled out; regular forms (`-ed`, `-s`,
 * `-ing`) are derived. `inverts` marks verbs that news style puts before their subject
 * (`“…,” said Rubio`); verbs that take the hearer as object (`told`) do not.
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
  { base: 'post', inverts: true },
  { base: 'write', past: 'wrote', inverts: true },
  { base: 'describe' },
  { base: 'call' },
  { base: 'denounce' },
  { base: 'state', inverts: true },
  { base: 'claim', inverts: true },
  { base: 'announce', inverts: true },
  { base: 'argue', inverts: true },
  { base: 'explain', inverts: true },
  { base: 'assert', inverts: true },
  { base: 'declare', inverts: true },
  { base: 'remark', inverts: true },
  { base: 'reply', past: 'replied', inverts: true },
  { base: 'respond', inverts: true },
  { base: 'answer', inverts: true },
  { base: 'ask', inverts: true },
  { base: 'comment', inverts: true },
  { base: 'acknowledge', inverts: true },
  { base: 'admit', past: 'admitted', inverts: true },
  { base: 'concede', inverts: true },
  { base: 'confirm', inverts: true },
  { base: 'deny', past: 'denied', inverts: true },
  { base: 'emphasize', inverts: true },
  { base: 'emphasise', inverts: true },
  { base: 'stress', inverts: true },
  { base: 'reiterate', inverts: true },
  { base: 'repeat', inverts: true },
  { base: 'recall', inverts: true },
  { base: 'predict', inverts: true },
  { base: 'promise', inverts: true },
  { base: 'pledge', inverts: true },
  { base: 'vow', inverts: true },
  { base: 'urge', inverts: true },
  { base: 'tweet', inverts: true },
  { base: 'testify', past: 'testified', inverts: true },
  { base: 'suggest', inverts: true },
  { base: 'contend', inverts: true },
  { base: 'maintain', inverts: true },
  { base: 'observe', inverts: true },
  { base: 'complain', inverts: true },
  { base: 'lament', inverts: true },
  { base: 'boast', inverts: true },
  { base: 'joke', inverts: true },
  { base: 'quip', past: 'quipped', inverts: true },
  { base: 'mock' },
  { base: 'charge', inverts: true },
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
  { base: 'conclude', inverts: true },
  { base: 'continue', inverts: true },
  { base: 'recount', inverts: true },
  { base: 'shout', inverts: true },
  { base: 'yell', inverts: true },
  { base: 'whisper', inverts: true },
  { base: 'report', inverts: true },
  { base: 'reveal', inverts: true },
  { base: 'mention', inverts: true },
  { base: 'point', inverts: true },
  { base: 'agree', inverts: true },
  { base: 'counter', inverts: true },
  { base: 'retort', inverts: true },
  { base: 'object', inverts: true },
  { base: 'protest', inverts: true },
  { base: 'demand', inverts: true },
  { base: 'plead', inverts: true },
  { base: 'beg', past: 'begged', inverts: true },
  { base: 'implore', inverts: true },
  { base: 'assure' },
  { base: 'reassure' },
  { base: 'remind' },
  { base: 'inform' },
  { base: 'advise', inverts: true },
  { base: 'recommend', inverts: true },
  { base: 'propose', inverts: true },
  { base: 'speculate', inverts: true },
  { base: 'estimate', inverts: true },
  { base: 'forecast', past: 'forecast', inverts: true },
  { base: 'tout' },
  { base: 'brag', past: 'bragged', inverts: true },
  { base: 'scoff', inverts: true },
  { base: 'sneer', inverts: true },
  { base: 'snap', past: 'snapped', inverts: true },
  { base: 'fume', inverts: true },
  { base: 'rail', inverts: true },
  { base: 'thunder', inverts: true },
  { base: 'exclaim', inverts: true },
  { base: 'muse', inverts: true },
  { base: 'wonder', inverts: true },
  { base: 'sigh', inverts: true },
  { base: 'lash', inverts: true },
  { base: 'concur', past: 'concurred', inverts: true },
  { base: 'affirm', inverts: true },
  { base: 'proclaim', inverts: true },
  { base: 'underscore', inverts: true },
  { base: 'highlight', inverts: true },
  { base: 'signal', past: 'signalled', inverts: true },
  { base: 'indicate', inverts: true },
  { base: 'insinuate', inverts: true },
  { base: 'hint', inverts: true },
  { base: 'tease' },
  { base: 'thank' },
  { base: 'read', past: 'read', inverts: true },
  { base: 'blog', past: 'blogged', inverts: true },
  { base: 'broadcast', past: 'broadcast', inverts: true },
  { base: 'preach', inverts: true },
  { base: 'opine', inverts: true },
  { base: 'surmise', inverts: true },
  { base: 'summarize', inverts: true },
  { base: 'summarise', inverts: true },
  { base: 'pronounce' },
  { base: 'cry', past: 'cried', inverts: true },
  { base: 'threaten', inverts: true },
]

/** Phrases that report speech without a speech verb (`according to X`). */
export const cuePhrases: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'a', 'statement'],
  ['put', 'it'],
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
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`
  return `${base}ed`
}

function regularThird(base: string): string {
  if (/(s|sh|ch|x|z)$/.test(base)) return `${base}es`
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
    const past = row.past ?? regularPast(row.base)
    const ing = row.ing ?? regularIng(row.base, past)
    for (const word of [row.base, past, regularThird(row.base)]) {
      if (!forms.has(word)) forms.set(word, { base: row.base, form: 'finite', inverts })
    }
    forms.set(ing, { base: row.base, form: 'participle', inverts: false })
  }
  return forms
}

/** Every inflected form of every cue verb, lower case, to its entry. */
export const cueForms: ReadonlyMap<string, CueEntry> = buildCueForms()

/** Number of distinct cue verbs and phrases the lexicon knows. */
export const cueCount: number = new Set(rows.map((row) => row.base)).size + cuePhrases.length
