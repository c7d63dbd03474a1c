/**
 * Words for the holdout suite (issue 10's hidden-suite stand-in): invented people of many
 * origins, titles, party tags, organizations, descriptions, cues, adverbials and quotes. Written
 * apart from `lexicon.ts` (not read) so the two suites share no template and few words.
 */

/** A reader's idea of a person's gender from the given name, or none when the name is unisex. */
export type HoldoutGender = 'f' | 'm'

/** An invented person: the full name a careful reader uses, the short form and the gender. */
export interface HoldoutPerson {
  /** The full name, no title (the canonical name the judge expects). */
  full: string
  /** The form a later reference uses (the surname; the family name in East Asian order). */
  short: string
  gender: HoldoutGender
  /** Whether an English-language reader knows the gender from the given name alone. */
  obvious: boolean
}

// `m?`/`f?`: the gender is the person's, but a reader of English news could not tell it from
// the given name, so a pronoun needs a `Mr.`/`Ms.` to pick the person out.
const person = (
  full: string,
  gender: HoldoutGender | 'm?' | 'f?',
  short?: string,
): HoldoutPerson => ({
  full,
  gender: gender.charAt(0) as HoldoutGender,
  obvious: !gender.endsWith('?'),
  short: short ?? full.split(' ').at(-1) ?? full,
})

/** People of many origins, written as English-language news writes them. */
export const holdoutPeople: readonly HoldoutPerson[] = [
  // Chinese, family name first.
  person('Liu Yang', 'm?', 'Liu'),
  person('Chen Meiling', 'f?', 'Chen'),
  person('Zhou Jianguo', 'm?', 'Zhou'),
  person('Huang Xiuying', 'f?', 'Huang'),
  // Korean.
  person('Park Min-jun', 'm?', 'Park'),
  person('Kim Seo-yeon', 'f?', 'Kim'),
  person('Hyun-woo Cho', 'm?'),
  person('Ji-eun Yoon', 'f?'),
  // Japanese.
  person('Haruto Nakamura', 'm?'),
  person('Yuki Tanabe', 'f?'),
  person('Kenji Morioka', 'm?'),
  person('Sakura Ishikawa', 'f?'),
  // Turkish.
  person('Emre Yıldırım', 'm?'),
  person('Elif Korkmaz', 'f?'),
  person('Mehmet Öztürk', 'm?'),
  // Indian.
  person('Arjun Venkataraman', 'm'),
  person('Priya Raghunathan', 'f'),
  person('Sanjay Bhattacharya', 'm'),
  person('Lakshmi Iyer', 'f'),
  // Greek.
  person('Giorgos Papadakis', 'm'),
  person('Eleni Karamanlis', 'f'),
  person('Dimitris Alexiou', 'm'),
  // Scandinavian.
  person('Sigrid Halvorsen', 'f'),
  person('Lars Søndergaard', 'm'),
  person('Astrid Lindqvist', 'f'),
  person('Bjørn Aasheim', 'm'),
  // Hungarian, Czech.
  person('Zsófia Szabó', 'f'),
  person('Gábor Kertész', 'm?'),
  person('Tomáš Dvořák', 'm'),
  person('Kateřina Horáková', 'f'),
  // Portuguese, Brazilian.
  person('João Carvalho', 'm'),
  person('Fernanda Albuquerque', 'f'),
  person('Thiago dos Santos', 'm', 'dos Santos'),
  person('Luiza Bittencourt', 'f'),
  // Swahili.
  person('Baraka Mwangi', 'm?'),
  person('Zawadi Achieng', 'f?'),
  person('Juma Kiprotich', 'm?'),
  person('Neema Wanjiru', 'f?'),
  // Hebrew.
  person('Yael Ben-David', 'f?'),
  person('Avraham Rosenthal', 'm'),
  person('Noa Shapira', 'f?'),
  // Ukrainian transliterations.
  person('Oleksandr Bondarenko', 'm'),
  person('Kateryna Tkachenko', 'f'),
  person('Mykola Hrytsenko', 'm?'),
  // Double-barrelled, Mc/Mac, St.
  person('Harriet Fenwick-Moore', 'f'),
  person('Rupert Ashby-Vane', 'm'),
  person('Alasdair MacLennan', 'm'),
  person('Siobhan McCreevy', 'f'),
  person('Caitriona McGovern', 'f'),
  person('Lucienne St. Clair', 'f', 'St. Clair'),
  person('Bernard St. John', 'm', 'St. John'),
  // Initials and suffixes.
  person('T. J. Okonkwo', 'm?'),
  person('Margaret A. Delacroix', 'f'),
]

/** Titles that go before a name and are not part of it. */
export const holdoutTitles: readonly string[] = [
  'Dr.',
  'Prof.',
  'Gen.',
  'Lt. Gov.',
  'Sheikh',
  'Rep.',
  'Sen.',
  'Gov.',
  'Ambassador',
  'Councilwoman',
  'Commissioner',
  'Chief Justice',
  'Deputy Mayor',
  'Archbishop',
  'Adm.',
  'Col.',
]

/** Party-state tags that follow a name and are not part of it. */
export const holdoutPartyTags: readonly string[] = [
  '(R-Ariz.)',
  '(D-Minn.)',
  '(R-Okla.)',
  '(D-Vt.)',
  '(I-Maine)',
  '(D-Hawaii)',
  '(R-S.C.)',
  '(D-N.M.)',
]

/** Organizations, some with linking words in their names, as the judge expects them. */
export const holdoutOrganizations: readonly string[] = [
  'Society for Coastal Preservation',
  'Union of Dockworkers and Porters',
  'Federation of Rural Pharmacists',
  'Alliance for Safe Bridges',
  'Institute of Maritime Law',
  'Council on Arctic Affairs',
  'Northgate Water Authority',
  'League of Women Engineers',
  'Association of Hill Farmers',
  'Brightwater Health Trust',
  'Commission for Transit Equity',
  'Guild of Independent Booksellers',
]

/** Descriptions that name no one: the phrase and the head the judge looks for. */
export const holdoutDescriptions: readonly [string, string][] = [
  ['a veteran paramedic', 'paramedic'],
  ['the harbor master', 'master'],
  ['a retired schoolteacher', 'schoolteacher'],
  ['the county coroner', 'coroner'],
  ['a weary shopkeeper', 'shopkeeper'],
  ['the chief economist', 'economist'],
  ['a longtime fisherman', 'fisherman'],
  ['the visiting delegation', 'delegation'],
  ['one cautious investor', 'investor'],
  ['a local beekeeper', 'beekeeper'],
  ['the night-shift nurse', 'nurse'],
  ['an elderly farmer', 'farmer'],
]

/** Anonymous sources: the phrase and its head. */
export const holdoutAnonymous: readonly [string, string][] = [
  ['a senior official', 'official'],
  ['two people familiar with the matter', 'people'],
  ['a spokesperson who declined to be named', 'spokesperson'],
  ['a diplomat briefed on the talks', 'diplomat'],
  ['an aide speaking on condition of anonymity', 'aide'],
  ['a person close to the negotiations', 'person'],
  ['three officials with knowledge of the plan', 'officials'],
  ['a senior military officer', 'officer'],
  ['an adviser who was not authorized to speak publicly', 'adviser'],
  ['a source at the ministry', 'source'],
]

/**
 * Cues after the quote (`“…,” X <cue>`) in their past form; each may take a speaker before it.
 * Multi-word cues carry their own objects (`told CNN`, `wrote on Facebook`).
 */
export const holdoutCues: readonly string[] = [
  'said',
  'told CNN',
  'told the Associated Press',
  'wrote on Facebook',
  'posted on X',
  'said in a statement released by her office',
  'said in a statement released by his office',
  'added later',
  'went on',
  'shot back',
  'conceded',
  'recalled',
  'countered',
  'cautioned',
  'insisted',
  'acknowledged',
  'remarked',
  'quipped',
  'testified',
  'murmured',
  'texted',
  'told lawmakers',
  'said in an email',
  'told a packed town hall',
  'wrote in a memo to staff',
  'said on a podcast',
]

/** Cues that read `X <cue>: “…”` or `X <cue>, “…”` before the quote. */
export const holdoutLeadCues: readonly string[] = [
  'said',
  'told CNN',
  'wrote on Facebook',
  'posted on X',
  'was quoted as saying',
  'declared',
  'wrote',
  'told the crowd',
  'said in a statement',
  'put it this way',
  'explained',
  'replied',
]

/** Adverbials a cue may carry. */
export const holdoutAdverbials: readonly string[] = [
  'on Thursday',
  'late Sunday',
  'during a visit to Nairobi',
  'in a televised address',
  'at a news conference in Lisbon',
  'without elaborating',
  'in a brief phone interview',
  'earlier this month',
  'before the vote',
  'to scattered applause',
  'under questioning from reporters',
  'in remarks to the chamber',
]

/** Trailing clauses after a cue and its adverbials. */
export const holdoutTrailers: readonly string[] = [
  ', drawing applause',
  ', before heading to the airport',
  ', pointing to the budget figures',
  ', adding that talks would continue',
  ', visibly frustrated',
  ', as aides looked on',
  ', declining to say more',
  ', waving a copy of the report',
]

/** Quotable sentences (ending in a full stop, no marks inside). */
export const holdoutSentences: readonly string[] = [
  'The levee will hold through the spring',
  'Nobody in this building wanted that outcome',
  'We have the money and we have the plan',
  'Our nurses are exhausted and they deserve better',
  'This is the last extension we will grant',
  'The harbor has never been busier',
  'I am not going to apologize for asking questions',
  'The numbers simply do not add up',
  'Every family on this street lost something',
  'We will keep the clinics open all winter',
  'That promise was broken years ago',
  'The river is rising faster than the models predicted',
  'I signed the letter because it was the right thing to do',
  'There is no shortcut around the courts',
  'Farmers cannot wait another season',
  'Frankly, the ministry was caught off guard',
  'It took us nine months to get a meeting',
  'The new line opens in March',
  'We were told the money had already been spent',
  'Our volunteers built this library by hand',
  'The committee has done its homework',
  'Nothing about this deal is final',
  'Tourists keep coming back for the food',
  'I trust the inspectors to do their job',
]

/** Second sentences to extend a quote. */
export const holdoutFollowUps: readonly string[] = [
  'That is all I can say today',
  'The rest is up to the council',
  'We will know more by Friday',
  'Anyone who says otherwise is mistaken',
  'I hope the governor is listening',
  'Our door remains open',
  'The data will speak for itself',
  'It is a matter of basic fairness',
]

/** Questions and exclamations (without their final mark). */
export const holdoutQuestions: readonly string[] = [
  'Who is going to pay for all of this',
  'Why did nobody warn the residents',
  'How many more reports do we need',
  'What exactly were they hiding',
  'Is this really the best we can do',
]

/** Exclamations (without their final mark). */
export const holdoutExclamations: readonly string[] = [
  'Enough is enough',
  'We did it',
  'Get those trucks moving',
  'Not on my watch',
  'This is a great day for the valley',
]

/** Works a title names, with the noun that introduces them. */
export const holdoutWorks: readonly [string, string][] = [
  ['the documentary', 'Salt and Iron'],
  ['the novel', 'A Winter in Tbilisi'],
  ['the podcast', 'Borderline'],
  ['the album', 'Paper Lanterns'],
  ['the exhibition', 'Rivers of Glass'],
  ['the television series', 'Night Harbor'],
  ['the opera', 'The Silent Bell'],
  ['the report, titled', 'Roads to Nowhere'],
]

/** Nicknames for the `John “Jack” Doe` pattern: given name, nickname, surname. */
export const holdoutNicknames: readonly [string, string, string][] = [
  ['Robert', 'Bobby', 'Kowalczyk'],
  ['Margaret', 'Peggy', 'Lindgren'],
  ['Abdullah', 'Abdi', 'Farah'],
  ['Theodore', 'Teddy', 'Vasquez'],
  ['Elizabeth', 'Bette', 'Mortensen'],
  ['William', 'Buck', 'Okafor'],
]

/** Scare-quoted words with a frame that presents them as no one's words. */
export const holdoutScareFrames: readonly [string, string][] = [
  ['The so-called ', ' plan stalled in committee for a third year.'],
  ['Shoppers lined up before dawn for the ', ' sale.'],
  ['The ', ' district has become a magnet for young families.'],
  ['Construction of the ', ' bridge began in April.'],
  ['The city painted the ', ' lane bright green last summer.'],
]

/** Words for the scare-quote frames. */
export const holdoutScareWords: readonly string[] = [
  'Green Corridor',
  'midnight madness',
  'Arts Quarter',
  'temporary',
  'smart',
  'express',
]

/** Words discussed as words (`the word “maybe”`). */
export const holdoutWordFrames: readonly [string, string][] = [
  ['The word ', ' appears nowhere in the contract.'],
  ['Linguists trace the term ', ' to a 19th-century sailing manual.'],
  ['The menu spells ', ' with two l’s.'],
  ['Dictionaries added the entry ', ' last year.'],
]

/** Words for the word-as-word frames. */
export const holdoutWordWords: readonly string[] = [
  'maybe',
  'gerrymander',
  'broadband',
  'staycation',
  'vellum',
  'tariff',
]

/** Places for leading sentences and asides. */
export const holdoutPlaces: readonly string[] = [
  'Ohio',
  'Tromsø',
  'Mombasa',
  'Porto',
  'Brno',
  'Izmir',
  'Chennai',
  'Thessaloniki',
]

/** Neutral sentences that name no speaker. */
export const holdoutSettings: readonly string[] = [
  'The hearing ran past midnight.',
  'Rain had delayed the start of the session.',
  'The vote is expected next week.',
  'Hundreds of residents filled the gymnasium.',
  'The report was released on Monday.',
]
