/**
 * Words for the blind suite, chosen apart from the other two suites' lexicons: invented people of
 * many origins, organizations and outlets, descriptions, cues, adverbials and quote contents.
 */

/** Grammatical gender a pronoun would agree with; `x` when the name does not tell. */
export type BlindGender = 'f' | 'm' | 'x'

/** A person: how the name is written first, and the name a careful reader gives. */
export interface BlindPerson {
  /** The full name as first written (no title). */
  full: string
  /** The later short reference (surname, or family name for family-name-first). */
  short: string
  gender: BlindGender
}

/** Given-first people of many origins, plain forms. */
export const blindPeople: readonly BlindPerson[] = [
  { full: 'Adaeze Okonkwo', short: 'Okonkwo', gender: 'f' },
  { full: 'Tomasz Wieczorek', short: 'Wieczorek', gender: 'm' },
  { full: 'Ingrid Halvorsen', short: 'Halvorsen', gender: 'f' },
  { full: 'Rafael Quintanilla', short: 'Quintanilla', gender: 'm' },
  { full: 'Priya Raghunathan', short: 'Raghunathan', gender: 'f' },
  { full: 'Oluwaseun Adebayo', short: 'Adebayo', gender: 'm' },
  { full: 'Marguerite Fontaine', short: 'Fontaine', gender: 'f' },
  { full: 'Dmitri Volkonsky', short: 'Volkonsky', gender: 'm' },
  { full: 'Leilani Kahananui', short: 'Kahananui', gender: 'f' },
  { full: 'Bongani Mthembu', short: 'Mthembu', gender: 'm' },
  { full: 'Svetlana Morozova', short: 'Morozova', gender: 'f' },
  { full: 'Hamid Rezaei', short: 'Rezaei', gender: 'm' },
  { full: 'Catalina Echeverría', short: 'Echeverría', gender: 'f' },
  { full: 'Eamon Fitzgerald', short: 'Fitzgerald', gender: 'm' },
  { full: 'Yasmin Haddad', short: 'Haddad', gender: 'f' },
  { full: 'Gustavo Pereira', short: 'Pereira', gender: 'm' },
  { full: 'Annika Lindqvist', short: 'Lindqvist', gender: 'f' },
  { full: 'Kofi Asante', short: 'Asante', gender: 'm' },
  { full: 'Mei-Ling Chou', short: 'Chou', gender: 'f' },
  { full: 'Arjun Mehrotra', short: 'Mehrotra', gender: 'm' },
  { full: 'Bridget Callahan', short: 'Callahan', gender: 'f' },
  { full: 'Tariq Benali', short: 'Benali', gender: 'm' },
  { full: 'Zsófia Kertész', short: 'Kertész', gender: 'f' },
  { full: 'Mateus Carvalho', short: 'Carvalho', gender: 'm' },
  { full: 'Nokuthula Dlamini', short: 'Dlamini', gender: 'f' },
  { full: 'Henrik Ødegaard', short: 'Ødegaard', gender: 'm' },
  { full: 'Rosalind Achterberg', short: 'Achterberg', gender: 'f' },
  { full: 'Wendell Pruitt', short: 'Pruitt', gender: 'm' },
  { full: 'Esperanza Villalobos', short: 'Villalobos', gender: 'f' },
  { full: 'Emre Yıldırım', short: 'Yıldırım', gender: 'm' },
]

/** Harder name forms: initials, suffixes, particles, hyphens, apostrophes, family name first. */
export const blindNameForms: readonly BlindPerson[] = [
  { full: 'J.T. Barrowman', short: 'Barrowman', gender: 'x' },
  { full: 'R. Kelley Ambrose', short: 'Ambrose', gender: 'x' },
  { full: 'Lorna J. Whitcombe', short: 'Whitcombe', gender: 'f' },
  { full: 'Curtis L. Oyelaran Jr.', short: 'Oyelaran', gender: 'm' },
  { full: 'Harold Dunmore III', short: 'Dunmore', gender: 'm' },
  { full: 'Franklin T. Mosely Sr.', short: 'Mosely', gender: 'm' },
  { full: 'Ana Lucía de la Vega', short: 'de la Vega', gender: 'f' },
  { full: 'Pieter van der Wal', short: 'van der Wal', gender: 'm' },
  { full: 'Giulia Di Benedetto', short: 'Di Benedetto', gender: 'f' },
  { full: 'Khalid bin Saqr', short: 'bin Saqr', gender: 'm' },
  { full: 'Nour al-Khatib', short: 'al-Khatib', gender: 'f' },
  { full: 'Siobhan O’Rourke', short: 'O’Rourke', gender: 'f' },
  { full: "Declan O'Shaughnessy", short: "O'Shaughnessy", gender: 'm' },
  { full: 'Maria-Elena Castellanos-Ruiz', short: 'Castellanos-Ruiz', gender: 'f' },
  { full: 'Jean-Baptiste Mbarga', short: 'Mbarga', gender: 'm' },
  { full: 'Kwabena Owusu-Ansah', short: 'Owusu-Ansah', gender: 'm' },
  { full: 'Park Seo-yeon', short: 'Park', gender: 'f' },
  { full: 'Choi Dong-hyun', short: 'Choi', gender: 'm' },
  { full: 'Nguyen Thi Thanh Huong', short: 'Huong', gender: 'f' },
  { full: 'Zhou Jianguo', short: 'Zhou', gender: 'm' },
  { full: 'Alasdair MacLeod', short: 'MacLeod', gender: 'm' },
  { full: 'Hélène Du Plessis', short: 'Du Plessis', gender: 'f' },
  { full: 'D’Andre Whitfield-Hayes', short: 'Whitfield-Hayes', gender: 'm' },
  { full: 'Ebere N. Chukwuma', short: 'Chukwuma', gender: 'f' },
]

/** Names a given name does not gender; a title or an earlier pronoun must. */
export const blindUnisex: readonly { given: string; family: string }[] = [
  { given: 'Robin', family: 'Ashcombe' },
  { given: 'Sasha', family: 'Petrenko' },
  { given: 'Jordan', family: 'Ekwueme' },
  { given: 'Morgan', family: 'Tillery' },
  { given: 'Avery', family: 'Lindgren' },
  { given: 'Kendall', family: 'Okafor' },
  { given: 'Rowan', family: 'Castellano' },
  { given: 'Quinn', family: 'Bradshaw' },
  { given: 'Emerson', family: 'Vasquez' },
  { given: 'Taylor', family: 'Moreau' },
]

/** Titles: [title, gender it implies or x]. Civil, military, religious, academic, royal, honorific. */
export const blindTitles: readonly [string, BlindGender][] = [
  ['Sen.', 'x'],
  ['Rep.', 'x'],
  ['Gov.', 'x'],
  ['Mayor', 'x'],
  ['Deputy Prime Minister', 'x'],
  ['Attorney General', 'x'],
  ['Finance Minister', 'x'],
  ['Ambassador', 'x'],
  ['Judge', 'x'],
  ['Gen.', 'x'],
  ['Lt. Gen.', 'x'],
  ['Col.', 'x'],
  ['Adm.', 'x'],
  ['Sgt. Maj.', 'x'],
  ['Capt.', 'x'],
  ['the Rev.', 'x'],
  ['Rabbi', 'x'],
  ['Imam', 'x'],
  ['Archbishop', 'm'],
  ['Sister', 'f'],
  ['Father', 'm'],
  ['Dr.', 'x'],
  ['Professor', 'x'],
  ['Prof.', 'x'],
  ['Dean', 'x'],
  ['Prince', 'm'],
  ['Princess', 'f'],
  ['Sir', 'm'],
  ['Dame', 'f'],
  ['Mrs.', 'f'],
  ['Ms.', 'f'],
  ['Mr.', 'm'],
]

/** US-style party tags, written after a legislator's name. */
export const blindPartyTags: readonly string[] = [
  '(D-Ore.)',
  '(R-Ind.)',
  '(I-Vt.)',
  '(D-N.M.)',
  '(R-S.C.)',
  ', D-Minn.,',
  ', R-Ky.,',
]

/** Organizations and outlets: as written mid-sentence, the name a reader gives, singular cue ok. */
export const blindOrgs: readonly { text: string; name: string }[] = [
  { text: 'the Times', name: 'Times' },
  { text: 'Reuters', name: 'Reuters' },
  { text: 'the Interior Ministry', name: 'Interior Ministry' },
  { text: 'the Ministry of Agriculture', name: 'Ministry of Agriculture' },
  { text: 'the Federal Aviation Administration', name: 'Federal Aviation Administration' },
  { text: 'the Environmental Protection Agency', name: 'Environmental Protection Agency' },
  { text: 'Amnesty International', name: 'Amnesty International' },
  { text: 'the Red Crescent', name: 'Red Crescent' },
  { text: 'Halvard Shipping', name: 'Halvard Shipping' },
  { text: 'Norrland Power', name: 'Norrland Power' },
  { text: 'Brightwater Foods Inc.', name: 'Brightwater Foods Inc.' },
  { text: 'the Teamsters', name: 'Teamsters' },
  { text: 'the National Nurses Union', name: 'National Nurses Union' },
  { text: 'the Kremlin', name: 'Kremlin' },
  { text: 'the Pentagon', name: 'Pentagon' },
  { text: 'the State Department', name: 'State Department' },
  { text: 'the European Commission', name: 'European Commission' },
  { text: 'the Guardian', name: 'Guardian' },
  { text: 'Al Jazeera', name: 'Al Jazeera' },
  { text: 'the Wall Street Journal', name: 'Wall Street Journal' },
  { text: 'Kestrel Analytics', name: 'Kestrel Analytics' },
  { text: 'the World Food Programme', name: 'World Food Programme' },
]

/** Description heads with the gender a pronoun would agree with. */
export const blindHeads: readonly [string, BlindGender][] = [
  ['official', 'x'],
  ['diplomat', 'x'],
  ['spokeswoman', 'f'],
  ['spokesman', 'm'],
  ['analyst', 'x'],
  ['economist', 'x'],
  ['shopkeeper', 'x'],
  ['fisherman', 'm'],
  ['midwife', 'f'],
  ['paramedic', 'x'],
  ['pharmacist', 'x'],
  ['retiree', 'x'],
  ['commuter', 'x'],
  ['prosecutor', 'x'],
  ['aide', 'x'],
  ['veteran', 'x'],
  ['grandmother', 'f'],
  ['schoolteacher', 'x'],
  ['firefighter', 'x'],
  ['vineyard owner', 'x'],
]

/** Modifiers before a description head. */
export const blindModifiers: readonly string[] = [
  'senior',
  'visibly tired',
  'longtime',
  '58-year-old',
  'former',
  'soft-spoken',
  'local',
  'frustrated',
  'veteran',
  'Western',
]

/** Postmodifiers after a description head (relative clauses, participles, prepositions). */
export const blindPostmodifiers: readonly string[] = [
  'who spoke on condition of anonymity',
  'familiar with the negotiations',
  'who was not authorized to discuss the matter',
  'with direct knowledge of the plans',
  'from the coastal village of Port Elmsworth',
  'who has worked at the plant for two decades',
  'briefed on the investigation',
  'standing outside the courthouse',
]

/** Group nouns a plural `they` refers to. */
export const blindGroups: readonly [string, string][] = [
  ['Two nurses at the clinic', 'nurses'],
  ['Several dockworkers', 'dockworkers'],
  ['The parents of the missing hikers', 'parents'],
  ['Three farmers from the valley', 'farmers'],
  ['The striking bus drivers', 'drivers'],
  ['A group of volunteers', 'volunteers'],
  ['Residents of the tower block', 'residents'],
]

/** Cues that can follow the speaker (`X said`) and come inverted (`said X`). */
export const blindSimpleCues: readonly string[] = [
  'said',
  'added',
  'explained',
  'recalled',
  'noted',
  'wrote',
  'continued',
  'insisted',
  'warned',
  'argued',
  'conceded',
]

/** Cues that only follow the speaker: verbs, phrasal verbs, verb + hearer, speech nouns. */
export const blindComplexCues: readonly string[] = [
  'says',
  'acknowledged',
  'countered',
  'cautioned',
  'quipped',
  'remarked',
  'complained',
  'declared',
  'chimed in',
  'weighed in',
  'fired back',
  'shot back',
  'pointed out',
  'went on',
  'cut in',
  'spoke up',
  'told reporters',
  'told lawmakers',
  'told the BBC',
  'told a crowd of supporters',
  'told the tribunal',
  'told Reuters',
  'said in a statement',
  'said in a written statement',
  'wrote in an email',
  'wrote in a post on social media',
  'said in a televised address',
  'said in an interview',
  'told The Associated Press',
]

/** Adverbials and trailing clauses after a cue. */
export const blindAdverbials: readonly string[] = [
  'on Wednesday',
  'late Friday',
  'earlier this month',
  'at a news conference in Rotterdam',
  'in an interview with a regional radio station',
  'by telephone from the capital',
  'during a visit to the flooded district',
  'with a shrug',
  'to loud applause',
  'without elaborating',
  'after the vote',
  'outside the parliament building',
  'in remarks broadcast on state television',
]

/** Trailing clauses set off by a comma after the cue. */
export const blindTrailing: readonly string[] = [
  'adding that talks would resume next week',
  'pointing to the cracked wall behind him',
  'before leaving the podium',
  'echoing remarks made by the premier a day earlier',
  'as protesters chanted outside',
  'according to a transcript released later',
  'noting that the figures were preliminary',
]

/** Quote contents: full sentences without their final punctuation. */
export const blindSentences: readonly string[] = [
  'We are not going to walk away from the table',
  'The numbers simply do not add up',
  'Nobody told us the bridge was closing',
  'This is the worst harvest I have seen in thirty years',
  'We have asked for an independent inquiry',
  'Our members will not accept a pay freeze',
  'It is too early to say what caused the outage',
  'The water came up faster than anyone expected',
  'We expect a decision before the end of the year',
  'I have lived here all my life and I will not leave now',
  'The ceasefire is holding, but it is fragile',
  'These cuts will fall hardest on rural hospitals',
  'There was no warning at all',
  'We will appeal the ruling',
  'The company regrets any inconvenience to passengers',
  'Prices at the pump have doubled since spring',
  'Frankly, the plan was never properly funded',
  'We followed every rule in the book',
  'The evidence speaks for itself',
  'My daughter still has nightmares about that night',
  'We need more inspectors, not fewer',
  'The talks were difficult but constructive',
  'I did not sign anything',
  'The shelters are already full',
  'That decision was made above my head',
  'We are running out of time to fix this',
  'No one should have to wait eight hours for an ambulance',
  'This market has been here since my grandfather was a boy',
  'The vaccine supply will be restored by Monday',
  'We owe the families an answer',
  'The river has never been this low',
  'Our doors remain open to dialogue',
  'I was stunned when I read the report',
  'The airline has grounded the entire fleet as a precaution',
  'They took everything we had',
  'We will rebuild, one house at a time',
  'It felt like the ground was moving under my feet',
  'The board acted within its authority',
  'We have seen a sharp rise in cyberattacks',
  'Teachers are leaving faster than we can hire them',
]

/** Quote contents that are questions (no mark). */
export const blindQuestions: readonly string[] = [
  'Who is going to pay for this',
  'Why did nobody warn us',
  'Where were the inspectors',
  'How can they justify these fees',
  'What are we supposed to tell our children',
  'Is this really the best we can do',
]

/** Short exclamations (no mark). */
export const blindExclamations: readonly string[] = [
  'Enough is enough',
  'We did it',
  'Get out of the water now',
  'This is a disgrace',
  'Not one more cut',
]

/** Leading context sentences, no quotes, no people. */
export const blindContexts: readonly string[] = [
  'The storm knocked out power to more than 40,000 homes.',
  'Negotiations entered their third week on Monday.',
  'The factory has been idle since March.',
  'Fuel prices rose for the sixth straight week.',
  'The vote was delayed twice because of procedural disputes.',
  'Floodwaters began to recede overnight.',
  'The hospital says it treated dozens of patients for smoke inhalation.',
  'Shares in the company fell 9 percent in early trading.',
]

/** Datelines for the byline-dash position. */
export const blindDatelines: readonly string[] = [
  'MOMBASA, Kenya —',
  'GDAŃSK, Poland —',
  'TUCSON, Ariz. —',
  'CEBU, Philippines (Reuters) —',
  'VALPARAÍSO, Chile —',
]

/** Null material: scare quotes, titles of works, nicknames, words as words. */
export const blindScare: readonly string[] = [
  'reform',
  'temporary',
  'efficiency savings',
  'voluntary',
  'experts',
  'free',
]

/** Titles of works. */
export const blindWorks: readonly string[] = [
  'The Salt Road',
  'Northern Lights Over Tromsø',
  'A Quiet Reckoning',
  'Harbor of Glass',
  'The Last Ferry',
  'Songs for the Drowned Valley',
]

/** Nicknames between a given name and a family name. */
export const blindNicknames: readonly [string, string, string][] = [
  ['Marcus', 'The Hammer', 'Delacroix'],
  ['Eddie', 'Fast Eddie', 'Brannigan'],
  ['Luisa', 'La Jefa', 'Montoya'],
  ['Thomas', 'Tiny', 'Abernathy'],
  ['Grace', 'Iron Grace', 'Mwangi'],
]

/** Words written as words. */
export const blindWords: readonly string[] = [
  'resilience',
  'synergy',
  'unprecedented',
  'ain’t',
  'literally',
]
