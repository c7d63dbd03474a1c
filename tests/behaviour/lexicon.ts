/**
 * Word lists for the behavioural suite: invented people, descriptions, cues, adverbials,
 * asides and quotes. Written from the issue and from news style, not from the library's own
 * lexicons (only the speech cues are imported, so every cue the library claims is tested).
 * Every name is an invented combination; none is meant to be a real person.
 */

/** A person's gender as a careful reader tells it from a given name or a title. */
export type Gender = 'female' | 'male' | 'unknown'

/** An invented person: how the name is written in full and how a later sentence calls them. */
export interface Person {
  /** The full name as written on first mention, suffix included (`Marcus Bell Jr.`). */
  full: string
  /** How later sentences refer to them (the surname, particles kept: `de la Fuente`). */
  surname: string
  /** Gender a reader can tell from the given name; `unknown` for initials. */
  gender: Gender
  /** Where the name comes from, for the variety of the suite. */
  origin: string
}

const p = (full: string, surname: string, gender: Gender, origin: string): Person => ({
  full,
  surname,
  gender,
  origin,
})

/** Invented people of many origins, with particles, apostrophes, hyphens, initials and suffixes. */
export const people: readonly Person[] = [
  p('Chinedu Okonkwo-Eze', 'Okonkwo-Eze', 'male', 'Nigerian'),
  p('Ngozi Adebayo', 'Adebayo', 'female', 'Nigerian'),
  p('Emeka Nwachukwu', 'Nwachukwu', 'male', 'Nigerian'),
  p('Folake Ogunleye', 'Ogunleye', 'female', 'Nigerian'),
  p('Oluwaseun Balogun', 'Balogun', 'male', 'Nigerian'),
  p('Adaeze Obi', 'Obi', 'female', 'Nigerian'),
  p('Minh Tran', 'Tran', 'male', 'Vietnamese'),
  p('Lan Pham', 'Pham', 'female', 'Vietnamese'),
  p('Thanh Hoang', 'Hoang', 'unknown', 'Vietnamese'),
  p('Katarzyna Wójcik', 'Wójcik', 'female', 'Polish'),
  p('Grzegorz Kowalczyk', 'Kowalczyk', 'male', 'Polish'),
  p('Małgorzata Zielińska', 'Zielińska', 'female', 'Polish'),
  p('Paweł Dąbrowski', 'Dąbrowski', 'male', 'Polish'),
  p('Khalid al-Mansouri', 'al-Mansouri', 'male', 'Arabic'),
  p('Layla Haddad', 'Haddad', 'female', 'Arabic'),
  p('Youssef El-Amrani', 'El-Amrani', 'male', 'Arabic'),
  p('Fatima Benali', 'Benali', 'female', 'Arabic'),
  p('Omar Abu Zaid', 'Abu Zaid', 'male', 'Arabic'),
  p('María José de la Fuente', 'de la Fuente', 'female', 'Spanish'),
  p('Carlos de los Santos', 'de los Santos', 'male', 'Spanish'),
  p('Javier del Río', 'del Río', 'male', 'Spanish'),
  p('Lucía Garrido Márquez', 'Garrido Márquez', 'female', 'Spanish'),
  p('Annelies van der Meer', 'van der Meer', 'female', 'Dutch'),
  p('Joost van Dalen', 'van Dalen', 'male', 'Dutch'),
  p('Sander de Wit', 'de Wit', 'male', 'Dutch'),
  p("Siobhán O'Rourke", "O'Rourke", 'female', 'Irish'),
  p("Declan O'Shea", "O'Shea", 'male', 'Irish'),
  p('Aoife MacCarthy', 'MacCarthy', 'female', 'Irish'),
  p('Anne-Marie Lefebvre-Dupont', 'Lefebvre-Dupont', 'female', 'French'),
  p('Jean-Luc Marchetti', 'Marchetti', 'male', 'French'),
  p('Sarah Holt-Whitaker', 'Holt-Whitaker', 'female', 'English'),
  p('J. R. Whitfield', 'Whitfield', 'unknown', 'initials'),
  p('A. J. Ostrowski', 'Ostrowski', 'unknown', 'initials'),
  p('Marcus Bell Jr.', 'Bell', 'male', 'suffix'),
  p('Robert Keane III', 'Keane', 'male', 'suffix'),
  p('Priya Raghunathan', 'Raghunathan', 'female', 'Indian'),
  p('Arjun Mehta', 'Mehta', 'male', 'Indian'),
  p('Hiroshi Tanabe', 'Tanabe', 'male', 'Japanese'),
  p('Yuki Moriyama', 'Moriyama', 'female', 'Japanese'),
  p('Ingrid Solberg', 'Solberg', 'female', 'Norwegian'),
  p('Tomasz Wierzbicki', 'Wierzbicki', 'male', 'Polish'),
  p('Dmitri Volkonsky', 'Volkonsky', 'male', 'Russian'),
  p('Amara Nwosu', 'Nwosu', 'female', 'Nigerian'),
  p('Will Okafor', 'Okafor', 'male', 'a modal as given name'),
  p('April Lindqvist', 'Lindqvist', 'female', 'a month as given name'),
  p('Élodie Le Pen', 'Le Pen', 'female', 'an abbreviation the parser knows as surname'),
  p('Jane Doe', 'Doe', 'female', 'placeholder'),
  p('John Roe', 'Roe', 'male', 'placeholder'),
]

/** People whose given name shows their gender, for the pronoun family. */
export const gendered = (gender: 'female' | 'male'): Person[] =>
  people.filter((person) => person.gender === gender)

/** Titles written before a name; the name, not the title, is the speaker's name. */
export const titles: readonly string[] = [
  'Sen.',
  'Rep.',
  'Dr.',
  'Gen.',
  'Gov.',
  'Prof.',
  'Mayor',
  'Judge',
  'Ambassador',
  'Finance Minister',
  'Police Chief',
  'Mayor-elect',
  'Prime Minister-designate',
  'Cpl.',
  'Msgr.',
  'Superintendent',
  'Dean',
  'Fr.',
  'Coroner',
  'Warden',
  'Assemblywoman',
  'Rabbi',
  'Detective',
  'Minority Whip',
  'then-Gov.',
  'President and CEO',
  'Councilmember',
  'state Sen.',
  'Republican presidential candidate',
  'Democratic mayoral hopeful',
]

/** Party tags set after a legislator's name. */
export const partyTags: readonly string[] = ['(D-N.Y.)', '(R-Texas)', '(I-Vt.)', '(D-Calif.)']

/** Participles and adjectives that can stand between an article and a name. */
export const nameModifiers: readonly string[] = [
  'smiling',
  'visibly tired',
  'defiant',
  'beaming',
  'somber',
  'newly elected',
]

/** Invented organizations, named without a leading article where one would go. */
export const organizations: readonly { written: string; name: string }[] = [
  { written: 'the Coalition for Fair Housing', name: 'Coalition for Fair Housing' },
  { written: 'the Harbor Valley Water Authority', name: 'Harbor Valley Water Authority' },
  { written: 'Northgate Logistics', name: 'Northgate Logistics' },
  { written: 'the Ministry of Rural Development', name: 'Ministry of Rural Development' },
  { written: 'the Union of Transit Workers', name: 'Union of Transit Workers' },
  { written: 'Bellweather Analytics', name: 'Bellweather Analytics' },
]

/** Descriptions that name no one: determiner, modifiers, head (the head decides the match). */
export interface Description {
  /** The phrase as written after its determiner (`exasperated spokesman`). */
  phrase: string
  /** The word the predicted mention must contain. */
  head: string
}

const d = (phrase: string, head = phrase.split(' ').at(-1) ?? phrase): Description => ({
  phrase,
  head,
})

/** Descriptions with heads a reader knows as sources and heads one simply reads as nouns. */
export const descriptions: readonly Description[] = [
  d('exasperated spokesman'),
  d('influential daily'),
  d('senior official'),
  d('weary shopkeeper'),
  d('local fisherman'),
  d('retired schoolteacher'),
  d('longtime resident'),
  d('night-shift nurse'),
  d('veteran lawmaker'),
  d('state-run broadcaster'),
  d('conservative tabloid'),
  d('independent watchdog'),
  d('young protester'),
  d('soybean farmer'),
  d('union organizer'),
  d('startled bystander'),
  d('second-year medical student'),
  d('hospital administrator'),
  d('senior diplomat'),
  d('campaign aide'),
  d('ministry spokeswoman'),
  d('regional analyst'),
  d('exhausted firefighter'),
  d('taxi driver'),
  d('pastry chef'),
  d('beekeeper'),
  d('commuter'),
  d('trade negotiator'),
  d('spokesman for the ministry', 'spokesman'),
  d('person familiar with the talks', 'person'),
  d('official who asked not to be named', 'official'),
  d('member of the negotiating team', 'member'),
]

/**
 * Pronoun-like heads that introduce a new, unnamed speaker: whether they can open a series
 * (`one`, `some`: `always`; `another` needs someone before it: `never`; `later` for both), and
 * whether news style puts them after the cue (`said another`, not `said one of them`).
 */
export const pronounHeads: readonly {
  subject: string
  first: 'always' | 'never' | 'later'
  inverts: boolean
}[] = [
  { subject: 'one', first: 'always', inverts: true },
  { subject: 'one of them', first: 'always', inverts: false },
  { subject: 'some', first: 'always', inverts: false },
  { subject: 'most', first: 'always', inverts: false },
  { subject: 'many', first: 'always', inverts: false },
  { subject: 'several', first: 'always', inverts: false },
  { subject: 'another', first: 'never', inverts: true },
  { subject: 'a third', first: 'never', inverts: true },
  { subject: 'another resident', first: 'never', inverts: true },
]

/** Quotes to put between marks: a body without closing punctuation, some questions. */
export const quoteBodies: readonly string[] = [
  'We will win this fight',
  'The numbers simply do not add up',
  'Nobody told us anything until the water was already in the street',
  'This is a good day for the city',
  'I have never seen anything like it',
  'We are not going anywhere',
  'The plan could work if the council funds it',
  'It is too early to say',
  'They owe the workers an apology',
  'Our doors stay open',
  'We asked for help and got a form letter',
  'The market will decide',
  'There is more work to be done',
  'I am proud of what we built here',
  'Nothing about this was fair',
  'We expect a decision by the spring',
]

/** Second parts for split and continued quotes. */
export const quoteTails: readonly string[] = [
  'But we are ready for it',
  'And the people here know that',
  'That is what matters now',
  'We will keep saying so',
  'Anyone who tells you otherwise is guessing',
  'The rest is up to them',
]

/** Questions, for `?` and `asked`. */
export const questions: readonly string[] = [
  'Why was that money sitting in the bank',
  'Who is going to pay for this',
  'What happens to the families now',
  'How long do we have to wait',
]

/** Adverbials that can follow a cue group before the quote or the end of the sentence. */
export const adverbials: readonly string[] = [
  'on Tuesday',
  'in an interview with a local radio station',
  'to cheers',
  'at a news conference',
  'late Friday',
  'in a statement on Monday',
  'on social media',
  'during a town hall in Dayton',
  'without elaborating',
  'to a packed room',
  'in a phone call',
  'again',
  'by email',
  'in a blog post',
]

/** Clauses that can trail the cue group after a comma. */
export const trailingClauses: readonly string[] = [
  'echoing many Democrats',
  'before leaving',
  'looking tired',
  'pointing to the budget',
  'as the crowd applauded',
  'adding that the vote was close',
  'according to a transcript',
  'in a rare rebuke',
]

/** Multi-word cues: a verb with its particle or its fixed complement. */
export const multiWordCues: readonly { before: string; after: string }[] = [
  { before: 'chimed in', after: 'chimed in' },
  { before: 'blurted out', after: 'blurted out' },
  { before: 'weighed in', after: 'weighed in' },
  { before: 'fired back', after: 'fired back' },
  { before: 'told reporters', after: 'told reporters' },
  { before: 'said in a statement', after: 'said in a statement' },
  { before: 'shot back', after: 'shot back' },
  { before: 'spoke up', after: 'spoke up' },
  { before: 'went on', after: 'went on' },
  { before: 'cut in', after: 'cut in' },
  { before: 'told the committee', after: 'told the committee' },
  { before: 'wrote on social media', after: 'wrote on social media' },
]

/** Appositions: ages, roles and relative clauses set off after a name. */
export const ages: readonly string[] = ['54', '31', '72', '19', '46']

/** Role phrases that rename a person (`a retired teacher from Ohio`). */
export const roles: readonly string[] = [
  'a retired teacher from Ohio',
  'the committee chair',
  'a spokesman for the mayor',
  'the group’s founder',
  'a nurse at the county hospital',
  'an economist at a Lisbon bank',
  'the union’s lead negotiator',
  'a former deputy minister',
]

/** Relative clauses that can follow a name. */
export const relatives: readonly string[] = [
  'who chairs the committee',
  'who has run the shelter since 2009',
  'who lost the last election',
  'who asked not to be quoted on other matters',
  'whose district borders the river',
  'who was elected in March',
]

/** Sentences with no quote and no speech, to lead into a case. */
export const leadSentences: readonly string[] = [
  'The council met for six hours on Monday.',
  'Rain had flooded the lower town by noon.',
  'The vote is expected next week.',
  'Prices rose for the third month in a row.',
  'Hundreds of people gathered outside the courthouse.',
]

/** Scare quotes in their sentence: the text before the marks, the word, the text after. */
export const scareQuotes: readonly [string, string, string][] = [
  ['The so-called ', 'reform', ' passed on Tuesday.'],
  ['The council approved a ', 'voluntary', ' fee that every household must pay.'],
  ['Critics doubt the ', 'savings', ' will ever appear.'],
  // Not `What the city calls “temporary” housing`: ANNOTATION.md makes a phrase presented as
  // someone's wording a quote of theirs (the city's), so it cannot be a null case.
  ['The panel of ', 'experts', ' met once.'],
  ['After the so-called ', 'debate', ', nothing changed.'],
]

/** Titles of invented and well-known works. */
export const workTitles: readonly { title: string; kind: string }[] = [
  { title: 'Jaws', kind: 'film' },
  { title: 'The Long Harbor', kind: 'novel' },
  { title: 'Night Shift Blues', kind: 'song' },
  { title: 'Rivers of Salt', kind: 'documentary' },
  { title: 'A Quiet Year', kind: 'memoir' },
  { title: 'The Glass Orchard', kind: 'play' },
]
