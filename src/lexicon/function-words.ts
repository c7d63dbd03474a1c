/**
 * Closed-class words, as data. Without a part-of-speech tagger, these tell the speaker finder
 * where a noun phrase starts and stops: a capitalized `In` opens a phrase, not a name.
 */
import { indefinitePronouns, otherPronouns, subjectPronouns } from './pronouns.js'

/** Words that begin a noun phrase and belong to it (`a senior official`, `the ministry`). */
export const determiners: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'another',
  'other',
  'both',
  'multiple',
  'few',
  'numerous',
  'various',
  'this',
  'that',
  'these',
  'those',
])

/** Prepositions: a name right after one is its object, not a subject. */
export const prepositions: ReadonlySet<string> = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'amid',
  'among',
  'around',
  'as',
  'at',
  'before',
  'behind',
  'below',
  'beside',
  'besides',
  'between',
  'beyond',
  'by',
  'despite',
  'during',
  'except',
  'for',
  'from',
  'in',
  'inside',
  'outside',
  'beneath',
  'underneath',
  'alongside',
  'amongst',
  'into',
  'like',
  'near',
  'of',
  'off',
  'on',
  'onto',
  'over',
  'per',
  'since',
  'than',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'unlike',
  'until',
  'upon',
  'via',
  'with',
  'within',
  'without',
  'following',
  'regarding',
  'concerning',
  'including',
])

/** Words that join clauses: a cue right after one shares the clause's subject. */
export const conjunctions: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'nor',
  'yet',
  'so',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'if',
  'when',
  'where',
  'after',
  'before',
  'since',
  'as',
  'then',
])

/** Words that open a subordinate clause fronted before the main one (`After Doe spoke, …`). */
export const subordinators: ReadonlySet<string> = new Set([
  'after',
  'when',
  'although',
  'though',
  'because',
  'since',
  'while',
  'before',
  'once',
  'if',
  'until',
  'whereas',
])

/** Forms of `be`: a copula, or with a participle a passive (`was told`) or a progressive. */
export const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been'])

/** Auxiliary verbs: with a verb they make, never a noun phrase's modifiers. */
export const auxiliaryVerbs: readonly string[] = [
  'has',
  'had',
  'have',
  'having',
  'will',
  'would',
  'did',
  'does',
  'do',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
]

/**
 * Adverbs that can stand between a subject and its verb (`Doe also said`), and after a verb
 * among its adverbials (`said again`).
 */
export const verbAdverbs: ReadonlySet<string> = new Set([
  'also',
  'then',
  'later',
  'once',
  'again',
  'further',
  'still',
  'never',
  'just',
  'even',
  'first',
  // (`A resident spoke next.`)
  'next',
  'since',
  'previously',
  'recently',
  'repeatedly',
  'separately',
  'earlier',
  'often',
  'always',
  'already',
  'now',
  'soon',
  'simply',
  'merely',
  'reportedly',
  'publicly',
  'privately',
  'only',
  'too',
  // (How often: `Doe rarely talks about it.`)
  'rarely',
  'seldom',
  'sometimes',
  'usually',
  'occasionally',
  'frequently',
])

/**
 * Verbs of habit or liking that, with `to`, stand before another verb where an auxiliary does
 * (`used to say`, `liked to tell`, `does not like to talk about`).
 */
export const habitVerbs: ReadonlySet<string> = new Set(
  `used like likes liked love loves loved hate hates hated tended tends`.split(' '),
)

/** Quantifiers that float off a subject to stand where an adverb does: `they all said`. */
export const floatedQuantifiers: ReadonlySet<string> = new Set(['all', 'both', 'each'])

/** Words that can stand between a subject and its verb (`Doe has also said`). */
export const verbModifiers: ReadonlySet<string> = new Set([
  ...auxiliaryVerbs,
  ...verbAdverbs,
  'not',
  'more',
  'most',
  'herself',
  'himself',
  'themselves',
  'itself',
])

/** Forms of `be` that make a cue passive (`was described as`): its subject is not the speaker. */
export const passiveAuxiliaries: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  '’s',
])

/** Days of the week, capitalized whatever they do in a sentence (`on Monday`, `said Monday`). */
export const weekdays: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]

/**
 * Days and months, capitalized whatever they do in a sentence. `may` is left out: as a modal
 * it is a function word of its own.
 */
export const calendarWords: readonly string[] = [
  ...weekdays,
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/**
 * Adverbs and spans of time that open sentences (`Back at his farm, …`, `Late Wednesday, …`,
 * `Hours later, …`) and that a few surnames share: opening a sentence, they are names only if
 * the text also writes them capitalized inside one.
 */
export const openingAdverbs: ReadonlySet<string> = new Set(
  `back late early elsewhere overall instead together almost afterward afterwards lately nearby
upstairs downstairs abroad minutes hours days weeks months years decades moments long`.split(/\s+/),
)

/** The articles. */
export const articles: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** The auxiliaries of the perfect (`has run`, `had written`). */
export const perfectAuxiliaries: ReadonlySet<string> = new Set(['has', 'had', 'have'])

/** Possessive determiners (`his plan`, `their union`). */
export const possessiveDeterminers: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
])

/** Words between a preposition and the name it governs (`to the House`, `to its Facebook page`). */
export const nameArticles: ReadonlySet<string> = new Set([
  ...articles,
  'its',
  'his',
  'her',
  'their',
  'our',
])

/** Words that open a phrase a name inside only modifies (`a Dayton machine shop`). */
export const nounDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...possessiveDeterminers,
  'this',
  'these',
  'those',
  'every',
  'each',
])

/** Possessive determiners for people (`his daughter`, `their lawyer`): a role they own is one. */
export const personalPossessives: ReadonlySet<string> = new Set(['his', 'her', 'their'])

/** Capitalized words that are never part of a name: sentence openers and the calendar. */
export const nonNameWords: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'and',
  'but',
  'or',
  'so',
  'yet',
  'if',
  'in',
  'on',
  'at',
  'as',
  'by',
  'for',
  'from',
  'of',
  'to',
  'with',
  'after',
  'before',
  'during',
  'since',
  'while',
  'when',
  'where',
  'what',
  'why',
  'how',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'there',
  'here',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'no',
  'not',
  'yes',
  'meanwhile',
  'however',
  'nevertheless',
  'still',
  'also',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'last',
  'next',
  'earlier',
  'later',
  'according',
  'despite',
  'following',
  'prior',
  'although',
  'though',
  'because',
  'even',
  'ever',
  'only',
  'just',
  'all',
  'some',
  'many',
  'most',
  'both',
  'each',
  'every',
  'another',
  'other',
  'such',
  'one',
  'two',
  'three',
  ...calendarWords,
  // `spends Tuesdays at the pantry`: a day's plural is no name either.
  ...weekdays.map((day) => `${day}s`),
])

/**
 * Abbreviated months and days, never part of a name when written with their full stop
 * (`Jan. 5`, `Wed.`); without it they are names as often (`Ai Jun`, `Sun Li`, `Jan Novak`).
 */
export const calendarAbbreviations: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
])

/**
 * Past forms of common irregular verbs (`met`, `gave`, `led`), which no ending shows. Only
 * forms that are rarely anything else: `read`, `lost` and `set` stay out.
 */
export const irregularPasts: ReadonlySet<string> = new Set([
  'met',
  'gave',
  'took',
  'made',
  'saw',
  'led',
  'won',
  'beat',
  'left',
  'sent',
  'brought',
  'bought',
  'kept',
  'held',
  'found',
  'thought',
  'paid',
  'sold',
  'fought',
  'taught',
  'caught',
  'sought',
  'built',
  'heard',
  'felt',
  'came',
  'went',
  'got',
  'drew',
  'threw',
  'knew',
  'chose',
  'drove',
  'struck',
  'stood',
  'hid',
  'fed',
  'fled',
  'shot',
  'spent',
  'dealt',
  'hung',
  'swore',
  'urged',
  'began',
  'became',
  'rose',
  'fell',
  'ran',
  'sat',
  'broke',
  'grew',
  'lost',
  'stuck',
])

/**
 * Irregular past participles that are not also past tenses in `irregularPasts` (`seen`,
 * `known`): with those and the forms in `-ed`, what a passive is built on.
 */
export const irregularParticiples: ReadonlySet<string> = new Set([
  'seen',
  'known',
  'given',
  'taken',
  'written',
  'shown',
  'chosen',
  'thrown',
  'drawn',
  'sworn',
  'spoken',
  'beaten',
  'driven',
  'hidden',
  'born',
  'grown',
  'told',
  'put',
  'cast',
  'hit',
])

/** Quantifiers that stand for a share of a group (`some said`, `many of the residents`). */
export const quantifiers: ReadonlySet<string> = new Set(['some', 'most', 'many', 'several'])

/** Words that round a number right after them (`about 50 protesters`, `nearly 40`). */
export const countApproximators: ReadonlySet<string> = new Set([
  'about',
  'around',
  'over',
  'under',
  'nearly',
  'almost',
])

/** Counts written as words (`her two children`, `with three decades of experience`). */
export const countWords: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty'.split(' '),
)

/** Words that open a relative clause after a phrase (`who`, `which`, `that`, `whose`). */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose'])

/** Words that open an article phrase for someone, known head or not (`one cautious investor`). */
export const genericOpeners: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  // (`our first landlord`, `your editor`: the first and second persons' owners open one as an
  // article does; `my` is read as the writer's own, an owner.)
  'our',
  'your',
])

/** Quantifiers that open an article phrase for a group (`some residents`, `both candidates`). */
export const quantifierOpeners: ReadonlySet<string> = new Set([...quantifiers, 'both'])

/** Prepositions that stand inside names of groups in capitals (`Doctors Without Borders`). */
export const namePrepositions: ReadonlySet<string> = new Set([
  'without',
  'across',
  'against',
  'beyond',
  'within',
  'among',
])

/** Every closed-class word in one set: one lookup per capitalized word. */
export const closedClassWords: ReadonlySet<string> = new Set([
  ...nonNameWords,
  ...prepositions,
  ...conjunctions,
  ...determiners,
  ...verbModifiers,
  ...otherPronouns,
  ...indefinitePronouns,
  ...Object.keys(subjectPronouns),
])

/**
 * Verbs a headline or a profile's title opens with, capitalized only for opening it (`Meet
 * Haddad, the baker …`, `Remembering Ana Roe`): never a given name, though nothing in the text
 * writes them in lower case.
 */
export const openingImperatives: ReadonlySet<string> = new Set([
  'meet',
  'remembering',
  'introducing',
  'celebrating',
  'honoring',
  'honouring',
  'saluting',
])
